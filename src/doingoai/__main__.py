"""``python -m doingoai``: a readable summary of articles (the bundled sample by default).

Usage: ``python -m doingoai [PATH ...]`` where each PATH is a file, a folder or a
glob pattern. Bad files are reported on standard error, one line each; the exit
status is 1 when any file failed, else 0.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

from doingoai.model import Article, BlockKind
from doingoai.reading import read
from doingoai.samples import sample

__all__ = ["main", "summarize"]


def summarize(article: Article) -> str:
    """A few lines describing one article: date, format, title, blocks, people, events."""
    kinds: dict[str, int] = {}
    for block in article.blocks:
        kinds[block.kind.value] = kinds.get(block.kind.value, 0) + 1
    title = article.title or _shorten(article.lead or article.text, 90)
    lines = [f"{article.published or 'undated':<10}  {article.format.value:<11}  {title}"]
    details = []
    if article.topic:
        details.append(f"topic: {article.topic}")
    if article.outlet:
        details.append(f"outlet: {article.outlet}")
    if article.categories:
        details.append("categories: " + ", ".join(article.categories))
    if not article.published_flag:
        details.append("unpublished")
    details.append("blocks: " + ", ".join(f"{count} {kind}" for kind, count in kinds.items()))
    lines.extend(f"{'':12}{detail}" for detail in details)
    for speaker in article.speakers:
        titles = "; ".join(map(str, speaker.titles))
        lines.append(f"{'':12}person: {speaker.name}" + (f" ({titles})" if titles else ""))
    for meeting in article.meetings:
        when = f"{meeting.part_of_day.value} " if meeting.part_of_day else ""
        when += str(meeting.date) if meeting.date else "undated"
        where = f" at {meeting.location}" if meeting.location else ""
        source = " (photo)" if meeting.from_caption else ""
        lines.append(f"{'':12}event: {meeting.kind.value}, {when}{where}{source}")
    for directive in article.directives:
        to = f" {', '.join(directive.addressees)}" if directive.addressees else ""
        lines.append(
            f"{'':12}directive: {directive.issuer} {directive.verb}{to}: "
            + _shorten(directive.content, 60)
        )
    for document in article.documents:
        lines.append(f"{'':12}document: {document.text}")
    credits = sorted({b.credit for b in article.blocks_of(BlockKind.CAPTION) if b.credit})
    if credits:
        lines.append(f"{'':12}photo credits: {', '.join(credits)}")
    return "\n".join(lines)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def main(argv: Sequence[str] | None = None) -> int:
    """Print a summary of each article; return the process exit status."""
    paths = list(sys.argv[1:] if argv is None else argv)
    failed = 0
    articles: Iterable[Article]
    if not paths:
        articles = sample()
        print("doingoai sample corpus\n")
    else:
        articles = []
    for article in articles:
        print(summarize(article), end="\n\n")
    for path in paths:
        try:
            reader = read(path, errors="collect")
            for article in reader:
                print(summarize(article), end="\n\n")
        except FileNotFoundError as error:
            print(f"doingoai: {error}", file=sys.stderr)
            failed += 1
            continue
        for problem in reader.errors:
            print(f"doingoai: {problem}", file=sys.stderr)
        failed += len(reader.errors)
    return 1 if failed else 0


def _run() -> int:
    try:
        return main()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        sys.stdout = None
        return 0


if __name__ == "__main__":
    raise SystemExit(_run())
