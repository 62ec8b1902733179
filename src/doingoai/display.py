"""HTML for notebooks: highlighted articles, corpus summaries, titles, result tables.

Every piece of article text is escaped; highlights come from the spans the
extractors found, so what is shown is exactly what was read.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from doingoai.extract.dates import find_dates
from doingoai.model import Article

if TYPE_CHECKING:
    from doingoai.corpus import Corpus
    from doingoai.query import PersonProfile

__all__ = ["article_html", "corpus_html", "profile_html", "results_html"]

_STYLE = """<style>
.dng{font-family:system-ui,sans-serif;line-height:1.6;max-width:60em}
.dng .legend span{margin-right:1em;padding:0 .3em}
.dng .person{background:#ffe08a;border-radius:3px}
.dng .date{background:#b9e6ff;border-radius:3px}
.dng .meeting{border-bottom:2px solid #3a9d5d}
.dng .directive{background:#f6d5f7}
.dng table{border-collapse:collapse}.dng td,.dng th{padding:.2em .6em;text-align:left;
border-bottom:1px solid #ddd;vertical-align:top}
</style>"""
_LEGEND = (
    '<div class="legend"><span class="person">person</span><span class="date">date</span>'
    '<span class="meeting">meeting</span><span class="directive">directive</span></div>'
)


def article_html(article: Article) -> str:
    """The article's text with persons, dates, meetings and directives highlighted."""
    layers: list[tuple[int, int, str]] = []
    for speaker in article.speakers:
        layers += [(m.start, m.end, "person") for m in speaker.mentions]
    layers += [
        (d.span.start, d.span.end, "date") for d in find_dates(article.text, article.published)
    ]
    layers += [(m.span.start, m.span.end, "meeting") for m in article.meetings]
    layers += [(d.span.start, d.span.end, "directive") for d in article.directives]
    # One sweep over the cuts, keeping count of the layers open at each: linear in the
    # number of highlights, where testing every cut against every layer was quadratic.
    changes: dict[int, Counter[str]] = {}
    for start, end, kind in layers:
        changes.setdefault(start, Counter())[kind] += 1
        changes.setdefault(end, Counter())[kind] -= 1
    cuts = sorted({0, len(article.text), *changes})
    open_layers: Counter[str] = Counter()
    pieces = []
    for start, end in itertools.pairwise(cuts):
        open_layers.update(changes.get(start, {}))
        classes = sorted(kind for kind, count in open_layers.items() if count > 0)
        chunk = html.escape(article.text[start:end]).replace("\n", "<br>")
        pieces.append(f'<span class="{" ".join(classes)}">{chunk}</span>' if classes else chunk)
    heading = html.escape(article.title or "")
    meta = html.escape(
        " · ".join(
            x
            for x in (str(article.published or ""), article.outlet or "", article.format.value)
            if x
        )
    )
    return (
        f'{_STYLE}<div class="dng"><h3>{heading}</h3><p><small>{meta}</small></p>'
        f"{_LEGEND}<p>{''.join(pieces)}</p></div>"
    )


def corpus_html(corpus: Corpus) -> str:
    """A compact summary: size, dates, formats, outlets, the most named people."""
    dated = [a.published for a in corpus if a.published is not None]
    people = Counter(s.name for a in corpus for s in a.speakers)
    outlets = Counter(a.outlet for a in corpus if a.outlet)
    formats = Counter(a.format.value for a in corpus)
    rows = [
        ("articles", str(len(corpus))),
        ("published", f"{dated[0]} – {dated[-1]}" if dated else "–"),
        ("formats", ", ".join(f"{k} {v}" for k, v in formats.most_common())),
        ("outlets", ", ".join(f"{k} {v}" for k, v in outlets.most_common(5)) or "–"),
        ("people", ", ".join(f"{k} {v}" for k, v in people.most_common(8)) or "–"),
        ("meetings", str(sum(len(a.meetings) for a in corpus))),
        ("directives", str(sum(len(a.directives) for a in corpus))),
    ]
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'{_STYLE}<div class="dng"><table>{body}</table></div>'


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


def results_html(items: Sequence[object]) -> str:
    """A table of query results: people, meetings, directives, documents or pairs."""
    from doingoai.exports import directive_record, meeting_record
    from doingoai.model import Directive, DocumentRef, Meeting
    from doingoai.query import PersonProfile

    rows: list[dict[str, object]] = []
    for item in items:
        if isinstance(item, PersonProfile):
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
    columns = [c for c in rows[0] if c != "article"]

    def cell(value: object) -> str:
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        return html.escape("" if value is None else str(value))

    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{cell(row.get(c))}</td>" for c in columns) + "</tr>" for row in rows
    )
    count = f"<p>{len(rows)} result{'s' if len(rows) != 1 else ''}</p>"
    return f'{_STYLE}<div class="dng">{count}<table><tr>{head}</tr>{body}</table></div>'
