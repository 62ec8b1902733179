"""The Jekyll format: YAML front matter between ``---`` lines, then Markdown.

Jekyll's own rules apply (see ``docs/formats.md`` for the evidence and the few
deliberate differences): the delimiters of ``lib/jekyll/document.rb``, any date
Ruby's ``Time.parse`` reads, a front matter date beating the file name's
``YYYY-MM-DD-slug`` date, ``categories``/``category``/``tags``/``tag`` as strings
or lists, and ``published: false`` kept as a flag.

The front matter itself is read by :mod:`doingoai.formats.front_matter`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping
from pathlib import PurePath
from typing import Any

from doingoai.errors import ParseError, quoted
from doingoai.formats._base import RawDocument, opens_front_matter
from doingoai.model import Article, ArticleFormat, ArticleWarning, PartialDate, _thaw

__all__ = [
    "JekyllFormat",
    "filename_date",
    "leading_day",
    "parse_date",
    "slug_title",
    "split_topic",
]

_FILENAME_DATE = re.compile(r"(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)(\.[^.]+)", re.ASCII)
# A `[topic]` label, after any marks an aggregator puts first ("🔥🔥 [topic] title").
_TOPIC = re.compile(r"[^\w\[\]]*\[(?P<topic>[^\[\]\n]+)\]\s*(?P<title>.*)", re.DOTALL)
_URL_KEYS = ("link", "canonical_url", "source_url", "original_url", "source", "url")
_IMAGE_KEYS = ("image", "image_url", "thumbnail", "featured_image", "cover_image", "og_image")

_YEAR_OR_MONTH = re.compile(r"[0-9]{4}(?:-[0-9]{2})?")
# Time zone names Ruby's Time.parse knows, plus Indochina Time.
_ZONES: dict[str, int] = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "ICT": 7,
}  # fmt: skip
_TZINFOS = {name: hours * 3600 for name, hours in _ZONES.items()}
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?)?"
    r"\s*(?P<z>Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,4})?",
    re.ASCII,
)
_RFC2822 = re.compile(
    r"(?:[A-Za-z]{3},?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\s+(?P<y>\d{4})"
    r"\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<z>[+-]\d{4}|[A-Za-z]{1,4})?",
    re.ASCII,
)
_MONTHS = {
    name: number
    for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}
_FALLBACK_DEFAULTS = (dt.datetime(2001, 1, 1, 0, 0, 0), dt.datetime(2002, 2, 2, 1, 1, 1))


class JekyllFormat:
    """Handler for Jekyll posts: YAML front matter, then a Markdown body."""

    format = ArticleFormat.JEKYLL

    def detect(self, text: str) -> bool:
        """Whether ``text`` opens front matter: ``---`` alone on the first line."""
        return opens_front_matter(text)

    def parse(
        self, text: str, *, source: str | None, tz: dt.tzinfo, strict: bool = False
    ) -> RawDocument:
        """Read the front matter by Jekyll's rules; the rest is the body.

        With ``strict``, front matter that is not valid YAML and a date that is not one
        are errors, as in Jekyll. Otherwise they are warnings: the ``key: value`` lines
        are kept as plain strings, and an unreadable date gives way to the file name's.
        """
        warnings: list[ArticleWarning] = []
        # YAML is imported with the first post read, not with doingoai.
        from doingoai.formats.front_matter import split_front_matter

        metadata, body = split_front_matter(text, source=source, strict=strict, warnings=warnings)
        published: PartialDate | None = None
        published_at: dt.datetime | None = None
        date_value = metadata.get("date")
        if (
            isinstance(date_value, int)
            and not isinstance(date_value, bool)
            and (1000 <= date_value <= 9999)
        ):
            date_value = str(date_value)  # `date: 2024` is a year, as `date: 2024-08` a month
        if date_value is not None:
            try:
                if not isinstance(date_value, str):
                    raise ParseError(
                        f"invalid date {quoted(str(date_value))}: expected a date string"
                    )
                published, published_at = parse_date(date_value, tz=tz)
            except ParseError as error:
                line = _key_line(text, "date")
                if strict:
                    raise ParseError(
                        f"{error.reason} in front matter", source=source, line=line
                    ) from error
                if isinstance(error, _TimeUnreadError):
                    published = error.day
                else:
                    published = leading_day(date_value) if isinstance(date_value, str) else None
                if published is not None:
                    fallback = "its day kept, its time left out"
                elif filename_date(source or ""):
                    fallback = "the file name's date used"
                else:
                    fallback = "undated"
                warnings.append(ArticleWarning(f"{error.reason} in front matter; {fallback}", line))
        return RawDocument(
            format=self.format,
            body=body,
            published=published,
            published_at=published_at,
            title=_scalar_text(metadata.get("title")),
            url=_metadata_url(metadata, _URL_KEYS),
            image_url=_metadata_url(metadata, _IMAGE_KEYS),
            categories=_categories(metadata),
            tags=_tags(metadata),
            published_flag=metadata.get("published", True) is not False,
            metadata=metadata,
            warnings=tuple(warnings),
        )

    def dump(self, article: Article) -> str:
        """Front matter (the article's own, or built from its fields) and the body."""
        if article.format is ArticleFormat.JEKYLL:
            metadata: dict[str, Any] = _thaw(article.metadata)
        else:
            metadata = {}
            if article.title is not None:
                metadata["title"] = (
                    f"[{article.topic}] {article.title}" if article.topic else article.title
                )
            if article.categories:
                metadata["categories"] = list(article.categories)
            if article.tags:
                metadata["tags"] = list(article.tags)
            if not article.published_flag:
                metadata["published"] = False
        if metadata.get("date") is None and article.published is not None:
            # A date that came from a file name or a date header would otherwise be lost.
            metadata["date"] = (
                article.published_at.isoformat(sep=" ")
                if article.published_at is not None
                else str(article.published)
            )
        from doingoai.formats.front_matter import dump_front_matter

        return f"{dump_front_matter(metadata)}\n{article.text}\n"


def _key_line(text: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


@functools.lru_cache(maxsize=8192)  # dates repeat across a corpus; results are immutable
def parse_date(
    value: str, *, tz: dt.tzinfo = dt.timezone.utc
) -> tuple[PartialDate, dt.datetime | None]:
    """Read a front matter date as Jekyll (Ruby's ``Time.parse``) would.

    Returns the date as written and, when a time is given, the timezone-aware
    datetime; a time without offset is taken in ``tz`` (Jekyll uses the build's
    time zone, UTC in its own test suite). ``YYYY`` and ``YYYY-MM`` are accepted
    at their precision. Impossible dates (Feb 30) are errors, where Ruby rolls over.

    >>> date, moment = parse_date("Thu, 29 Aug 2024 20:00:00 +0700")
    >>> str(date), moment.isoformat()
    ('2024-08-29', '2024-08-29T20:00:00+07:00')
    >>> parse_date("2010-01-10")
    (PartialDate(year=2010, month=1, day=10), None)
    """
    text = value.strip()
    if _YEAR_OR_MONTH.fullmatch(text):
        return PartialDate.parse(text), None
    try:
        return _parse_datetime(text, tz)
    except (ValueError, OverflowError) as error:
        if isinstance(error, ParseError):
            raise
        raise ParseError(f"invalid date {quoted(value)}: {error}") from error


def _parse_datetime(text: str, tz: dt.tzinfo) -> tuple[PartialDate, dt.datetime | None]:
    if match := _ISO.fullmatch(text):
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
        hour, zone = match["H"], match["z"]
        fraction = (match["f"] or "0")[:6].ljust(6, "0")
        if hour is None:
            if zone is not None:
                raise ParseError(f"invalid date {quoted(text)}: a time zone without a time")
            return PartialDate(year, month, day), None
        moment = dt.datetime(
            year, month, day, int(hour), int(match["M"]), int(match["S"] or 0), int(fraction)
        )
        return PartialDate(year, month, day), moment.replace(tzinfo=_zone(zone, tz, text))
    if match := _RFC2822.fullmatch(text):
        month_number = _MONTHS.get(match["mon"].lower())
        if month_number is None:
            raise ParseError(f"invalid date {quoted(text)}: unknown month {match['mon']!r}")
        year, day = int(match["y"]), int(match["d"])
        moment = dt.datetime(
            year, month_number, day, int(match["H"]), int(match["M"]), int(match["S"] or 0)
        )
        return PartialDate(year, month_number, day), moment.replace(
            tzinfo=_zone(match["z"], tz, text)
        )
    return _parse_fuzzy(text, tz)


def _zone(name: str | None, default: dt.tzinfo, text: str) -> dt.tzinfo:
    if name is None:
        return default
    zone = _ZONE_CACHE.get(name)
    if zone is None:
        zone = _ZONE_CACHE[name] = _make_zone(name, text)
    return zone


_ZONE_CACHE: dict[str, dt.tzinfo] = {}


def _make_zone(name: str, text: str) -> dt.tzinfo:
    if name[0] in "+-":
        digits = name[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        if hours > 23 or minutes > 59:
            raise ParseError(f"invalid date {quoted(text)}: bad UTC offset {name!r}")
        seconds = (hours * 3600 + minutes * 60) * (-1 if name[0] == "-" else 1)
        return dt.timezone(dt.timedelta(seconds=seconds))
    offset = _ZONES.get(name.upper())
    if offset is None:
        raise ParseError(f"invalid date {quoted(text)}: unknown time zone {name!r}")
    return dt.timezone.utc if offset == 0 else dt.timezone(dt.timedelta(hours=offset), name.upper())


def _parse_fuzzy(text: str, tz: dt.tzinfo) -> tuple[PartialDate, dt.datetime | None]:
    """Read the other forms Ruby reads (``Jan 10 2010 13:07``).

    The text is parsed twice with different defaults to see which parts it really
    gives, so nothing is taken from the defaults.
    """
    from dateutil import parser as dateutil_parser  # only dates Jekyll's forms miss
    from dateutil import tz as dateutil_tz

    unknown: list[str] = []

    def zone(name: str | None, offset: int | None) -> dt.tzinfo | None:
        # Every zone dateutil finds comes here, so none is read from this machine's own
        # zone names, and an unknown one is noted (dateutil would warn and go on).
        if offset is not None:
            return dateutil_tz.tzoffset(name, offset)
        if name is None:
            return None
        if name not in _TZINFOS:
            unknown.append(name)
            return None
        return dateutil_tz.tzoffset(name, _TZINFOS[name])

    try:
        first, second = (
            dateutil_parser.parse(text, default=default, tzinfos=zone)
            for default in _FALLBACK_DEFAULTS
        )
    except (dateutil_parser.ParserError, ValueError, OverflowError) as error:
        raise ParseError(f"invalid date {quoted(text)}: not a date Jekyll can read") from error
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        raise ParseError(f"invalid date {quoted(text)}: needs a year, a month and a day")
    date = PartialDate(first.year, first.month, first.day)
    if unknown:
        reason = f"invalid date {quoted(text)}: unknown time zone {unknown[0]!r}"
        raise _TimeUnreadError(reason, day=date)
    if (first.hour, first.minute) != (second.hour, second.minute):
        return date, None
    moment = first if first.tzinfo is not None else first.replace(tzinfo=tz)
    try:
        moment.utcoffset()  # dateutil accepts offsets Python cannot hold ("+70")
    except ValueError as error:
        raise _TimeUnreadError(f"invalid date {quoted(text)}: bad UTC offset", day=date) from error
    return date, moment


_LEADING_DAY = re.compile(
    r"\s*(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"
    r"|(?:[A-Za-z]{3},?\s+)?(?P<d2>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\s+(?P<y2>\d{4})(?!\d))",
    re.ASCII,
)


class _TimeUnreadError(ParseError):
    """A date whose day is read and whose time is not: its zone unknown, its offset past a day."""

    def __init__(self, reason: str, *, day: PartialDate) -> None:
        super().__init__(reason)
        self.day = day
        """The day the date gives."""


def leading_day(value: str) -> PartialDate | None:
    """The day an unreadable date opens with (ISO or RFC 2822), or ``None``.

    What a lenient read keeps of ``Thu, 04 Apr 2024 00 00 00 +0700`` (a time without
    colons): the day as written, which a file name's UTC day may not be.

    >>> leading_day("Thu, 04 Apr 2024 00 00 00 +0700")
    PartialDate(year=2024, month=4, day=4)
    >>> leading_day("2024-02-30 10h") is None
    True
    """
    match = _LEADING_DAY.match(value)
    if match is None:
        return None
    if match["y"] is not None:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        month = _MONTHS.get(match["mon"].lower(), 0)
        year, day = int(match["y2"]), int(match["d2"])
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def filename_date(path: str) -> tuple[str, str] | None:
    """The ``(date, slug)`` of a ``YYYY-MM-DD-slug.ext`` file name, or ``None``.

    >>> filename_date("_posts/2017-2-5-i-dont-like-zeroes.md")
    ('2017-02-05', 'i-dont-like-zeroes')
    """
    match = _FILENAME_DATE.fullmatch(_basename(path))
    if match is None:
        return None
    year, month, day, slug, _ = match.groups()
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}", slug


def slug_title(path: str) -> str | None:
    """Jekyll's title for a document without one: its slug, each word capitalised.

    Only documents (files inside a folder whose name starts with ``_``, such as
    ``_posts``) get one; Jekyll pages do not.

    >>> slug_title("_posts/2009-06-22-no-yaml.markdown")
    'No Yaml'
    >>> slug_title("about/contact-us.md") is None
    True
    """
    if "_" not in path:
        return None
    folders = path.replace("\\", "/").split("/")[:-1]
    if not any(folder.startswith("_") for folder in folders):
        return None
    dated = filename_date(path)
    slug = dated[1] if dated else PurePath(path).stem
    return " ".join(word.capitalize() for word in slug.split("-"))


def _basename(path: str) -> str:
    return path.replace("\\", "/").rpartition("/")[2]


def _metadata_url(metadata: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of these keys whose value is an absolute http(s) URL."""
    if metadata.keys().isdisjoint(keys):  # the common case, without a loop
        return None
    for key in keys:
        value = metadata.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
    return None


def _scalar_text(value: Any) -> str | None:
    if value is None or isinstance(value, Mapping | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).strip()
    return text or None


def split_topic(title: str) -> tuple[str | None, str]:
    """Split an aggregator's ``[topic]`` label off a title.

    Marks before the label (the hot-marks ``🔥🔥`` of a trends feed, punctuation) go
    with it; they stay in ``Article.metadata["title"]``.

    >>> split_topic(" [Tô Lâm Chủ tịch nước] Tổng Bí thư, Chủ tịch nước Tô Lâm: …")
    ('Tô Lâm Chủ tịch nước', 'Tổng Bí thư, Chủ tịch nước Tô Lâm: …')
    >>> split_topic("🔥🔥🔥 [Hội nghị APEC] Chủ tịch nước dự Hội nghị APEC")
    ('Hội nghị APEC', 'Chủ tịch nước dự Hội nghị APEC')
    """
    match = _TOPIC.fullmatch(title.strip())
    if match is None or not match["title"].strip():
        return None, title.strip()
    return match["topic"].strip(), match["title"].strip()


def _ruby_string(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _flatten(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        for item in value:
            yield from _flatten(item)
    elif value is not None:
        yield value


def _plural(metadata: Mapping[str, Any], singular: str, plural: str) -> list[Any]:
    """Jekyll's ``Utils.pluralized_array_from_hash``.

    The singular key wins when set; a plural string is split on whitespace.
    """
    value = metadata.get(singular)
    if value is not None:
        return list(_flatten(value))
    value = metadata.get(plural)
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list):
        return list(_flatten(value))
    return []


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _categories(metadata: Mapping[str, Any]) -> tuple[str, ...]:
    plural = metadata.get("categories")
    if isinstance(plural, str) and "category" not in metadata:  # the common case, at once
        return _unique(plural.split())
    values = plural.split() if isinstance(plural, str) else list(_flatten(plural))
    if metadata.get("category") is not None:
        # Jekyll adds the pluralized category/categories to the categories list.
        values += _plural(metadata, "category", "categories")
    return _unique([value if isinstance(value, str) else _ruby_string(value) for value in values])


def _tags(metadata: Mapping[str, Any]) -> tuple[str, ...]:
    if "tag" not in metadata and "tags" not in metadata:
        return ()
    return _unique([_ruby_string(value) for value in _plural(metadata, "tag", "tags")])
