r"""The command line: ``doingoai`` (or ``python -m doingoai``), a thin layer on the API.

Commands, each taking files, folders or glob patterns (the bundled sample by default):

- ``summary [PATH…]``: a readable summary of each article (the default command);
- ``people [PATH…]``: every person, with their titles over time;
- ``meetings [PATH…] [--kind K] [--participant P]``: the meetings reported;
- ``events [PATH…] [--kind K] [--participant P]``: the events, each meeting that several
  articles report grouped into one, with how many reports and outlets;
- ``directives [PATH…] [--issuer I] [--addressee A]``: who directed whom to do what;
- ``search QUERY [PATH…]``: articles ranked for a full-text query;
- ``export --kind K --format jsonl|csv [PATH…]``: records on standard output;
- ``index PATH… --db FILE``: add articles to a store (a SQLite file, made when missing);
  every other command then takes ``--db FILE`` instead of paths, and reads nothing else.

``--json`` prints one JSON array instead of tables, ``--output FILE`` writes to a file,
``--between START END`` keeps what is dated in that range. Bad files are reported on
standard error, one line each, and so are the warnings of flawed files that were read;
the rest is processed. Exit status: 0 when all went well (also when the reader of the
output went away, as with ``| head``), 1 when a file failed or a path matched no
readable file, 2 for a usage error (an unknown command, kind or date: the message says
what is valid), 130 when interrupted. No Python traceback is shown for any of these.
``--strict`` makes flaws errors (see :func:`doingoai.parse`). Text from articles is
shown with its control characters escaped (``\x1b``), so an article cannot drive the
terminal, and CSV cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``,
``@``) are quoted.
A progress bar shows on standard error for long loads when tqdm is installed (the
``progress`` extra) and standard error is a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import difflib
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from doingoai import __version__
from doingoai.corpus import RECORD_KINDS, Corpus
from doingoai.exports import directive_record, event_records, meeting_record
from doingoai.model import Article, BlockKind
from doingoai.query import as_partial_date
from doingoai.reading import read
from doingoai.samples import sample
from doingoai.serialize import to_json
from doingoai.text import shorten

if TYPE_CHECKING:
    from doingoai.store import Store

__all__ = ["COMMANDS", "UsageError", "csv_cell", "main", "safe_text", "summarize"]


def summarize(article: Article) -> str:
    """A few lines describing one article: date, format, title, blocks, people, events."""
    kinds: dict[str, int] = {}
    for block in article.blocks:
        kinds[block.kind.value] = kinds.get(block.kind.value, 0) + 1
    title = article.title or shorten(article.lead or article.text, 90)
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
            f"{'':12}directive: {article.issuer_of(directive)} {directive.verb}{to}: "
            + shorten(directive.content, 60)
        )
    for document in article.documents:
        lines.append(f"{'':12}document: {document.text}")
    credits = sorted({b.credit for b in article.blocks_of(BlockKind.CAPTION) if b.credit})
    if credits:
        lines.append(f"{'':12}photo credits: {', '.join(credits)}")
    return "\n".join(lines)


# C0 and C1 controls but newline and tab, DEL, and the bidirectional overrides that can
# make text display other than it reads.
_CONTROLS = [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
_CONTROLS += [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_ESCAPES = {code: ascii(chr(code))[1:-1] for code in _CONTROLS}


def safe_text(text: str) -> str:
    r"""``text`` with the characters that could drive a terminal written as escapes.

    >>> safe_text("Hà Nội[2J")
    'Hà Nội\x1b[2J\x07'
    """
    return text.translate(_ESCAPES)


_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in _CONTROLS if code >= 0x7F}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula.

    A string starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
    a leading apostrophe (OWASP's advice); lists are joined with ``; ``.

    >>> csv_cell("=HYPERLINK(1)"), csv_cell(["a", "b"]), csv_cell(-3)
    ("'=HYPERLINK(1)", 'a; b', -3)
    """
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return f"'{value}"
    return value


def _write(text: str, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(safe_text(text))


def _progress(articles: Iterable[Article], count: int) -> Iterable[Article]:
    if count < 200 or not sys.stderr.isatty():
        return articles
    try:
        from tqdm import tqdm  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return articles
    return tqdm(articles, total=count, unit="article", file=sys.stderr)  # type: ignore[no-any-return,unused-ignore]


def _report(message: str) -> None:
    print(f"doingoai: {safe_text(message)}", file=sys.stderr)


def _load(paths: Sequence[str], *, strict: bool = False) -> tuple[Corpus, int]:
    """The articles of ``paths`` (the sample when empty), and how many files failed.

    Each bad file and each warning of a file read is reported on standard error.
    """
    if not paths:
        return sample(), 0
    failures: list[int] = []
    corpus = Corpus(_articles(paths, strict, failures))
    return corpus, sum(failures)


def _articles(
    paths: Sequence[str], strict: bool, failures: list[int], workers: int = 1
) -> Iterator[Article]:
    """The articles of ``paths``, reporting bad files and warnings; counts failures."""
    for path in paths:
        try:
            reader = read(path, errors="collect", strict=strict, workers=workers)
        except FileNotFoundError as error:
            _report(str(error))
            failures.append(1)
            continue
        count = len(reader.paths)
        if not count:
            _report(f"{path}: no files to read there")
            failures.append(1)
            continue
        for article in _progress(reader, count):
            for warning in article.warnings:
                where = (
                    article.source if warning.line is None else f"{article.source}:{warning.line}"
                )
                _report(f"{where}: warning: {warning.reason}")
            yield article
        for problem in reader.errors:
            _report(str(problem))
        failures.append(len(reader.errors))


def _open_store(path: str, *, create: bool = False) -> Store:
    from doingoai.store import Store, StoreError

    try:
        return Store(path, create=create)
    except FileNotFoundError as error:
        message = f"{path}: no store there; `doingoai index PATH… --db {path}` makes one"
        raise _FailedError(message) from error
    except StoreError as error:
        raise _FailedError(str(error)) from error


def _index(options: argparse.Namespace) -> int:
    """``doingoai index PATH… --db FILE``: add the articles to a store."""
    if not options.paths:
        raise UsageError("index needs the files to add: doingoai index PATH… --db FILE")
    failures: list[int] = []
    with _open_store(options.db, create=True) as store:
        articles = _articles(options.paths, options.strict, failures, options.workers)
        added = store.add(articles)
    for replaced in added.replaced:
        _report(f"{replaced.source}: changed since it was stored; replaced")
    _write(f"{options.db}: {added}\n")
    return 1 if sum(failures) else 0


class _FailedError(Exception):
    """A failure reported in one line, exit status 1 (a store that cannot be opened)."""


def _table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    def cell(value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(map(str, value))
        return "" if value is None else str(value)

    cells = [[cell(row.get(column)) for column in columns] for row in rows]
    widths = [min(40, max([len(c), *(len(r[i]) for r in cells)])) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    for row in cells:
        lines.append("  ".join(shorten(v, w).ljust(w) for v, w in zip(row, widths, strict=True)))
    return "\n".join(lines)


def _emit(rows: list[dict[str, Any]], columns: Sequence[str], as_json: bool, out: TextIO) -> None:
    if as_json:
        # JSON escapes C0 controls itself; C1 and the overrides are escaped too.
        out.write(json.dumps(rows, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES))
        out.write("\n")
    else:
        _write((_table(rows, columns) if rows else "(nothing found)") + "\n", out)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="doingoai",
        description="Typed data from Vietnamese foreign-affairs news. Each command reads "
        "files, folders or glob patterns, or the bundled sample when given none.",
        epilog="Exit status: 0 done, 1 a file failed, 2 usage error, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"doingoai {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, help_text: str, *, as_json: bool = True, query: bool = False
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if query:  # before the paths: `doingoai search QUERY [PATH…]`
            sub.add_argument(
                "query", nargs="?", help='words, or "a phrase" in quotes; marks optional'
            )
        sub.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="files, folders or glob patterns (default: the bundled sample)",
        )
        sub.add_argument(
            "--db",
            metavar="FILE",
            help="query this store (made by `doingoai index`) instead of reading PATHs",
        )
        if as_json:
            sub.add_argument("--json", action="store_true", help="print one JSON array")
        sub.add_argument(
            "--strict",
            action="store_true",
            help="a flawed file (bad date, broken YAML, bad bytes) fails instead of a warning",
        )
        sub.add_argument(
            "--between",
            nargs=2,
            metavar=("START", "END"),
            help="only articles published in this range, both ends included (2024-01 2024-06)",
        )
        sub.add_argument("--output", "-o", metavar="FILE", help="write to FILE, not stdout")
        return sub

    command("summary", "a readable summary of each article")
    command("people", "every person, with their titles over time")
    meetings = command("meetings", "the meetings reported")
    meetings.add_argument(
        "--kind", help="a meeting kind, any case and marks or in English: 'hoi dam', talks"
    )
    meetings.add_argument("--participant", help="a person taking part, by name or key")
    events = command("events", "the events reported: one meeting, many reports, grouped")
    events.add_argument(
        "--kind", help="an event kind, any case and marks or in English: 'hoi dam', talks"
    )
    events.add_argument("--participant", help="a person taking part, by name or key")
    directives = command("directives", "who directed whom to do what")
    directives.add_argument("--issuer", help="who directed, by name or key")
    directives.add_argument("--addressee", help="to whom, words of it: 'bo ngoai giao'")
    command("search", "articles ranked for a full-text query", query=True)
    index = commands.add_parser(
        "index",
        help="add articles to a store (a SQLite file) that the other commands query with --db",
        description="Add the articles of PATHs to the store FILE, made when missing; "
        "articles it holds are left alone, a changed file replaces its article.",
    )
    index.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or glob patterns")
    index.add_argument("--db", metavar="FILE", required=True, help="the store to add to")
    index.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="read with N processes (0: one per core); the articles are the same",
    )
    index.add_argument(
        "--strict",
        action="store_true",
        help="a flawed file (bad date, broken YAML, bad bytes) fails instead of a warning",
    )
    export = command("export", "records on standard output", as_json=False)
    export.add_argument(
        "--kind", choices=RECORD_KINDS, default="articles", help="what each row is (articles)"
    )
    export.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="JSON lines (articles: whole, as Corpus.to_jsonl) or CSV (jsonl)",
    )
    export.add_argument(
        "--excel", action="store_true", help="CSV that Excel opens as UTF-8 (a byte order mark)"
    )
    return parser


COMMANDS = (
    "summary",
    "people",
    "meetings",
    "events",
    "directives",
    "search",
    "export",
    "index",
)
"""The subcommands; ``doingoai PATH…`` without one is ``summary``."""


class UsageError(Exception):
    """A command line that asks for something invalid: exit status 2, no traceback."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status (see the module's doc)."""
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do. Python would
        # flush standard output again at exit and fail the same way: point it nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except UsageError as error:
        _report(str(error))
        return 2


def _main(args: list[str]) -> int:
    if args and args[0] not in (*COMMANDS, "-h", "--help", "--version"):
        if not args[0].startswith("-") and not _names_input(args[0]):
            close = difflib.get_close_matches(args[0], COMMANDS, n=1, cutoff=0.6)
            if close:
                raise UsageError(f"unknown command {args[0]!r}; did you mean {close[0]!r}?")
        args = ["summary", *args]  # `doingoai PATH…` summarises
    elif not args:
        args = ["summary"]
    options = _parser().parse_args(args)
    try:
        if options.command == "index":
            return _index(options)
        between = _between(options.between)
        with contextlib.ExitStack() as stack:
            corpus: Corpus
            if options.db is not None:
                if options.paths:
                    raise UsageError("give PATHs or --db, not both")
                corpus, failed = stack.enter_context(_open_store(options.db)), 0
            else:
                corpus, failed = _load(options.paths, strict=options.strict)
            if between is not None:
                corpus = corpus.between(*between)
            _command(options, corpus, stack.enter_context(_output(options.output)))
    except ValueError as error:  # a bad kind or date in a query
        raise UsageError(str(error)) from error
    except _FailedError as error:
        _report(str(error))
        return 1
    return 1 if failed else 0


def _names_input(arg: str) -> bool:
    """Whether ``arg`` reads as a path, a folder or a glob pattern rather than a command."""
    return os.path.exists(arg) or glob.has_magic(arg) or "/" in arg or "." in arg


def _between(dates: Sequence[str] | None) -> tuple[str, str] | None:
    if dates is None:
        return None
    for value in dates:
        as_partial_date(value, "--between")  # its ValueError names the option
    return dates[0], dates[1]


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        stream = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as error:
        raise UsageError(f"--output: cannot write {path!r}: {error.strerror}") from error
    with stream:
        yield stream


def _command(options: argparse.Namespace, corpus: Corpus, out: TextIO) -> None:
    as_json = getattr(options, "json", False)
    if options.command == "summary":
        if as_json:
            _emit(corpus.to_records("articles"), (), True, out)
        else:
            if not options.paths and options.db is None:
                _write("doingoai sample corpus\n\n", out)
            for article in corpus:
                _write(summarize(article) + "\n\n", out)
    elif options.command == "people":
        rows = corpus.to_records("titles")
        _emit(rows, ("name", "title", "first_seen", "last_seen"), as_json, out)
    elif options.command == "meetings":
        found = corpus.meetings(kind=options.kind, participant=options.participant)
        rows = [meeting_record(article, meeting) for article, meeting in found]
        columns = ("published", "kind", "date", "location", "chair", "participants")
        _emit(rows, columns, as_json, out)
    elif options.command == "events":
        grouped = corpus.events(kind=options.kind, participant=options.participant)
        columns = ("date", "kind", "location", "principals", "reports", "outlets")
        _emit(event_records(grouped), columns, as_json, out)
    elif options.command == "directives":
        pairs = corpus.directives(issuer=options.issuer, addressee=options.addressee)
        rows = [directive_record(article, directive) for article, directive in pairs]
        _emit(rows, ("published", "issuer", "verb", "addressees", "content"), as_json, out)
    elif options.command == "search":
        if not options.query:
            raise UsageError("search needs a QUERY: doingoai search 'hội đàm' [PATH…]")
        rows = [
            {
                "id": a.id,
                "published": str(a.published or ""),
                "title": a.title or shorten(a.text, 80),
                "source": a.source,
            }
            for a in corpus.search(options.query)
        ]
        _emit(rows, ("published", "title", "source"), as_json, out)
    elif options.command == "export":
        if options.kind == "articles" and options.format == "jsonl":
            for article in corpus:  # whole articles, as Corpus.to_jsonl writes them
                out.write(to_json(article).translate(_JSON_ESCAPES) + "\n")
            return
        _export(corpus.to_records(options.kind), options.format, out, excel=options.excel)


def _export(rows: Iterable[dict[str, Any]], form: str, out: TextIO, *, excel: bool) -> None:
    rows = list(rows)
    if form == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False).translate(_JSON_ESCAPES) + "\n")
        return
    if excel:
        out.write("\ufeff")  # the byte order mark Excel needs to read UTF-8
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({key: csv_cell(value) for key, value in row.items()})


if __name__ == "__main__":
    raise SystemExit(main())
