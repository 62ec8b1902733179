"""HTML for notebooks: highlighted articles, corpus summaries, titles, result tables.

Every piece of article text is escaped; highlights come from the spans the
extractors found, so what is shown is exactly what was read.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from doingoai.extract.dates import find_dates
from doingoai.model import Article, BlockKind
from doingoai.text import shorten

if TYPE_CHECKING:
    from doingoai.corpus import Corpus
    from doingoai.model import Event
    from doingoai.query import PersonProfile

__all__ = ["article_html", "corpus_html", "profile_html", "results_html"]

_STYLE = """<style>
.dng{font-family:system-ui,sans-serif;line-height:1.9;max-width:62em;color:#222}
.dng .hdr{margin:0 0 .2em 0}.dng .meta{color:#666;font-size:.9em;margin:0 0 .6em 0}
.dng .legend span{margin-right:.8em;padding:0 .35em;font-size:.85em}
.dng .person{background:#ffe08a;border-radius:3px}
.dng .date{background:#b9e6ff;border-radius:3px}
.dng .document{background:#d7f0d2;border-radius:3px}
.dng .meeting{border-bottom:3px solid #3a9d5d}
.dng .directive{background:#f6d5f7}
.dng .statement{border-bottom:2px dotted #8a5cd6}
.dng .directive.person,.dng .statement.person{background:#ffe08a}
.dng .directive.date{background:#b9e6ff}
.dng .lbl{font-size:.7em;font-weight:600;color:#444;background:#fff;border:1px solid #ccc;
border-radius:3px;padding:0 .25em;margin-left:.2em;vertical-align:middle;white-space:nowrap}
.dng h4.blk{margin:.8em 0 .2em 0}.dng p.lead{font-weight:600}
.dng p.caption{font-style:italic;font-size:.9em;color:#555}
.dng p.question{font-weight:600}.dng p.answer{margin-left:1.2em}
.dng table{border-collapse:collapse;max-width:1000px;table-layout:auto}
.dng td,.dng th{padding:.2em .6em;text-align:left!important;border-bottom:1px solid #ddd;
vertical-align:top;max-width:22em;overflow-wrap:break-word}
.dng th{white-space:nowrap}
</style>"""
_LEGEND = (
    '<div class="legend"><span class="person">person</span><span class="date">date</span>'
    '<span class="meeting">meeting</span><span class="directive">directive</span>'
    '<span class="statement">statement</span><span class="document">document</span></div>'
)
_FORMATS = {"jekyll": "Jekyll post", "date-header": "dated text", "plain": "plain text"}
_SHOWN_BLOCKS = {
    BlockKind.HEADING: ("h4", "blk"),
    BlockKind.LEAD: ("p", "lead"),
    BlockKind.PARAGRAPH: ("p", "paragraph"),
    BlockKind.CAPTION: ("p", "caption"),
    BlockKind.QUESTION: ("p", "question"),
    BlockKind.ANSWER: ("p", "answer"),
}


_TIP_TITLES = 6  # titles a person's tooltip lists


class _Layer(NamedTuple):
    start: int
    end: int
    kind: str
    label: str  # shown after the highlight, as displaCy shows an entity's label
    tip: str  # shown on hover


def _layers(article: Article) -> list[_Layer]:
    """Every highlight: what it is, the label after it and the tooltip on it."""
    layers: list[_Layer] = []
    for speaker in article.speakers:
        # A few titles in the tooltip: each mention carries it, and a person given a
        # thousand posts would make the page a thousand times longer for each one.
        shown = [t.text for t in speaker.titles[:_TIP_TITLES]]
        if len(speaker.titles) > _TIP_TITLES:
            shown.append(f"… {len(speaker.titles) - _TIP_TITLES} more")
        titles = "; ".join(shown)
        tip = f"{speaker.name}" + (f" — {titles}" if titles else "")
        for mention in speaker.mentions:
            written = article.text[mention.start : mention.end]
            # "Thủ tướng", "ông": the label names whom the words stand for.
            label = "" if written == speaker.name else speaker.name
            layers.append(_Layer(mention.start, mention.end, "person", label, tip))
    for found in find_dates(article.text, article.published):
        when = str(found.date) if found.date else "date unknown"
        layers.append(_Layer(found.span.start, found.span.end, "date", "", when))
    for meeting in article.meetings:
        when = " ".join(
            str(x) for x in (meeting.part_of_day and meeting.part_of_day.value, meeting.date) if x
        )
        label = f"{meeting.kind.value}" + (f" · {when}" if when else "")
        chair = article.name_of(meeting.chair)
        tip = label + (f" · chair: {chair}" if chair else "")
        layers.append(_Layer(meeting.span.start, meeting.span.end, "meeting", label, tip))
    for directive in article.directives:
        issuer = article.issuer_of(directive) or ""
        tip = f"{issuer} {directive.verb}: {', '.join(directive.addressees)}"
        label = f"{directive.verb} · {issuer}"
        layers.append(_Layer(directive.span.start, directive.span.end, "directive", label, tip))
    for statement in article.statements:
        speaker_name = article.name_of(statement.speaker) or ""
        verb = statement.verb or "said"
        tip = f"{speaker_name}: {verb}"
        span = statement.span
        layers.append(_Layer(span.start, span.end, "statement", "", tip))
    for document in article.documents:
        for span in document.spans:
            layers.append(_Layer(span.start, span.end, "document", "", document.kind))
    return layers


def _highlighted(text: str, start: int, end: int, layers: list[_Layer]) -> str:
    """``text[start:end]`` escaped, with the layers that touch it highlighted.

    One sweep over the cuts keeps count of the layers open at each: linear in the
    number of highlights. A piece inside several layers carries all their classes,
    so a person inside a directive stays visible; each label follows its layer's end.
    """
    changes: dict[int, list[tuple[int, _Layer]]] = {}
    for layer in layers:
        low, high = max(start, layer.start), min(end, layer.end)
        if low >= high:
            continue
        changes.setdefault(low, []).append((1, layer))
        changes.setdefault(high, []).append((-1, layer))
    cuts = sorted({start, end, *changes})
    active: dict[_Layer, int] = {}
    pieces = []
    for low, high in itertools.pairwise(cuts):
        for sign, layer in changes.get(low, ()):
            if sign > 0:
                active[layer] = active.get(layer, 0) + 1
        chunk = html.escape(text[low:high]).replace("\n", "<br>")
        if active:
            classes = " ".join(sorted({layer.kind for layer in active}))
            tip = html.escape(" | ".join(dict.fromkeys(layer.tip for layer in active)))
            pieces.append(f'<span class="{classes}" title="{tip}">{chunk}</span>')
        else:
            pieces.append(chunk)
        for sign, layer in changes.get(high, ()):
            if sign < 0 and layer in active:
                del active[layer]
                if layer.label and layer.end <= end:
                    name = " name" if layer.kind == "person" else ""
                    pieces.append(f'<span class="lbl{name}">{html.escape(layer.label)}</span>')
    return "".join(pieces)


def article_html(article: Article) -> str:
    """The article as displaCy shows entities: blocks by kind, highlights with labels.

    Persons (labelled with the name a title or pronoun stands for), dates, meetings
    (their kind and date), directives (verb and issuer), statements and documents are
    highlighted from the spans the extractors found; hovering shows more. Link and image
    lines of Jekyll posts are left out; a short header gives the title, outlet, date at
    its precision and link.
    """
    shown_blocks = [block for block in article.blocks if block.kind in _SHOWN_BLOCKS]
    # Each block is given the layers that touch it, not every layer of the article: a
    # page of thousands of paragraphs is not swept once per paragraph.
    starts = [block.span.start for block in shown_blocks]
    touching: list[list[_Layer]] = [[] for _ in shown_blocks]
    for layer in _layers(article):
        first = max(0, bisect.bisect_right(starts, layer.start) - 1)
        for number in range(first, bisect.bisect_left(starts, layer.end)):
            touching[number].append(layer)
    blocks = []
    for block, layers in zip(shown_blocks, touching, strict=True):
        tag, css = _SHOWN_BLOCKS[block.kind]
        inner = _highlighted(article.text, block.span.start, block.span.end, layers)
        blocks.append(f'<{tag} class="{css}">{inner}</{tag}>')
    title = article.title or shorten(article.lead or article.text, 90) or "(no text)"
    date = article.published
    when = f"{date} ({date.precision.value})" if date is not None else "undated"
    meta = [when, article.outlet or "", _FORMATS.get(article.format.value, article.format.value)]
    link = ""
    if article.url:
        link = f' · <a href="{html.escape(article.url, quote=True)}">link</a>'
    header = (
        f'<h3 class="hdr">{html.escape(title)}</h3>'
        f'<p class="meta">{html.escape(" · ".join(m for m in meta if m))}{link}</p>'
    )
    return f'{_STYLE}<div class="dng">{header}{_LEGEND}{"".join(blocks)}</div>'


def corpus_html(corpus: Corpus) -> str:
    """A compact summary: size, dates, formats, outlets, the most named people."""
    facts = corpus._summary()
    first, last = facts["published"]

    def most(counts: Counter[str], n: int | None = None) -> str:
        # Ties by name, so that every corpus and store shows the same for the same articles.
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
        return ", ".join(f"{key} {count}" for key, count in ranked) or "–"

    rows = [
        ("articles", str(len(corpus))),
        ("published", f"{first} – {last}" if first else "–"),
        ("formats", most(facts["formats"])),
        ("outlets", most(facts["outlets"], 5)),
        ("people", most(facts["people"], 8)),
        ("meetings", str(facts["meetings"])),
        ("directives", str(facts["directives"])),
    ]
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'{_STYLE}<div class="dng"><table>{body}</table></div>'


def event_html(event: Event) -> str:
    """One event: what, when, where, who, and its reports with their outlets."""
    who = ", ".join(event.name_of(key) for key in event.principals) or "–"
    when = [event.part_of_day.value] if event.part_of_day else []
    when += [str(event.date)] if event.date else ["undated"]
    head = f"{event.kind.value}, {' '.join(when)}"
    head += f", {event.location}" if event.location else ""
    rows = "".join(
        f"<tr><td>{html.escape(str(r.published or '–'))}</td>"
        f"<td>{html.escape(r.outlet or '–')}</td><td>{html.escape(r.article)}</td></tr>"
        for r in event.reports
    )
    return (
        f'{_STYLE}<div class="dng"><h4>{html.escape(head)}</h4>'
        f"<p>{html.escape(who)} · {len(event.reports)} report(s), {event.outlets} outlet(s)</p>"
        f"<table><tr><th>published</th><th>outlet</th><th>article</th></tr>{rows}</table></div>"
    )


def profile_html(profile: PersonProfile) -> str:
    """A person's titles over time, as a table."""
    rows = "".join(
        f"<tr><td>{html.escape(r.title)}</td><td>{r.first_seen or '–'}</td>"
        f"<td>{r.last_seen or '–'}</td><td>{len(r.articles)}</td></tr>"
        for r in profile.titles
    )
    return (
        f'{_STYLE}<div class="dng"><h4>{html.escape(profile.name)}</h4><table>'
        f"<tr><th>title</th><th>first seen</th><th>last seen</th><th>articles</th></tr>"
        f"{rows}</table></div>"
    )


_HIDDEN_COLUMNS = frozenset(
    {"article", "url", "title", "chair_key", "participant_keys", "issuer_key", "items",
     "documents", "from_caption", "occasion"}
)  # fmt: skip


def results_html(items: Sequence[object]) -> str:
    """A table of query results: people, meetings, events, directives, documents or pairs."""
    from doingoai.exports import directive_record, meeting_record
    from doingoai.model import Directive, DocumentRef, Event, Meeting
    from doingoai.query import Holder, PersonProfile

    rows: list[dict[str, object]] = []
    for item in items:
        if isinstance(item, Event):
            rows.append(
                {
                    "date": item.date or item.first_report.published,
                    "kind": item.kind.value,
                    "who": [item.name_of(key) for key in item.principals],
                    "where": item.location,
                    "reports": len(item.reports),
                    "outlets": item.outlets,
                }
            )
        elif isinstance(item, Holder):
            # How fresh the answer is: the last day the corpus saw them in the post.
            rows.append({"name": item.name, "post": item.post, "last seen": item.last_seen})
        elif isinstance(item, PersonProfile):
            titles = "; ".join(record.title for record in item.titles)
            rows.append({"name": item.name, "titles": titles, "articles": len(item.articles)})
        elif isinstance(item, tuple) and len(item) == 2:
            first, second = item
            if isinstance(first, Article) and isinstance(second, Meeting):
                rows.append(meeting_record(first, second))
            elif isinstance(first, Article) and isinstance(second, Directive):
                rows.append(directive_record(first, second))
            elif isinstance(first, DocumentRef):
                rows.append({"document": first.text, "citations": second})
            elif isinstance(first, tuple):
                rows.append({"first": first[0], "second": first[1], "meetings": second})
            else:
                rows.append({"value": repr(item)})
        else:
            rows.append({"value": repr(item)})
    if not rows:
        return f'{_STYLE}<div class="dng"><p>No results.</p></div>'
    # The columns a person reads; the keys and ids stay in to_records().
    columns = [c for c in rows[0] if c not in _HIDDEN_COLUMNS]

    def cell(value: object) -> str:
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        return html.escape(shorten("" if value is None else str(value), 160))

    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    count = f"<p>{len(rows)} result{'s' if len(rows) != 1 else ''}</p>"
    return f'{_STYLE}<div class="dng">{count}<table><tr>{head}</tr>{body}</table></div>'
