"""Vietnamese dates in running text: find them, with their spans, and resolve them.

Usable alone::

    >>> from doingoai.extract.dates import find_dates
    >>> [(str(d.date), d.part_of_day.value) for d in find_dates("Chiều 29-12, hội nghị…",
    ...                                                          reference="2026-01-02")]
    [('2025-12-29', 'chiều')]

Forms: ``Sáng ngày 25/1``, ``Chiều 29-12``, ``từ ngày 11 đến 12/7/2024``, ``từ 10-12/11``,
``ngày 10 và 11/11`` (a range or two days are dated by the first), ``Sáng 3-8-2024``, ``Chiều 2.2``,
``ngày 14/4/2025``, ``(14/4/2025)``, ``Tối nay (21/2)``, ``ngày 25 tháng 1 năm 2026``,
``tháng 1/2026``, ``năm 2025``, ``đầu Xuân 2026``, ``hôm qua``, ``sáng nay``,
``ngày mai``, weekdays (``thứ Hai``, ``Chủ nhật``), and ``(giờ địa phương)``.

A day and month without a year take the reference's year, unless that puts a
reported event after the reference: an article of 2026-01-02 reporting ``Chiều 29-12``
means 2025-12-29. A planned event (``sẽ``, ``tới đây``, ``dự kiến``) may lie after the
reference instead: ``sẽ diễn ra ngày 5/1`` in late December is next January. Numbers
that are not dates (``100 năm``, ``1,5 lần``, ``3 trong 1``, ``Nghị quyết 59``) are not
read as dates: a date needs a day and a month with a cue word, a year, or parentheses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

from doingoai.model import PartialDate, PartOfDay, Span
from doingoai.text import AIMED, SAID, SENTENCE, aside_start, match_key

_T = TypeVar("_T")

__all__ = ["DateMention", "dateline", "find_dates", "latest_full_date", "resolve_day_month"]


@attrs.frozen
class DateMention:
    """A date expression found in a text."""

    span: Span
    """Where the expression lies in the text."""
    date: PartialDate | None
    """The date it means, at its precision; ``None`` when the reference is needed but
    missing (``hôm qua`` with no reference)."""
    part_of_day: PartOfDay | None = None
    """``sáng``, ``chiều``… when the expression gives one."""
    planned: bool = False
    """The sentence announces it (``sẽ``, ``tới đây``, ``dự kiến``): it may be ahead."""
    local_time: bool = False
    """Followed by ``(giờ địa phương)``: the date is the local one, abroad."""


_PARTS = r"rạng sáng|sáng|trưa|chiều|tối|đêm|khuya"  # "Khuya 3-12": late at night
_DAYS = r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật"
_MUNG = r"(?:mùng|mồng)"  # "ngày mùng 5/3", "Sáng mồng 2/9": the first ten days of a month
# "sáng sớm", "tối muộn", "đêm khuya": still the morning, the evening, the night
_LATE = r"(?: sớm| muộn| khuya)?"
_PATTERNS = re.compile(
    # Every expression starts with one of these characters: positions that hold none
    # are left at once, instead of after trying each branch.
    r"(?=[0-9(tnrscđhxvmg]|khuya)(?:"
    # "từ ngày 11 đến 12/7/2024", "ngày 12-13/12", "từ 10-12/11", "ngày 10 và 11/11",
    # "(18-20/8)", "các ngày 8, 9 và 10/5": a range, or days listed, dated by the first;
    # across months too, "từ ngày 31/7-3/8"
    r"(?:từ\s+(?:ngày\s+)?|ngày |(?P<gparen>\())(?P<gday>[0-9]{1,2})(?:[/.](?P<gfirst>[0-9]{1,2}))?"
    r"(?:,\s*[0-9]{1,2})*\s*(?:đến|-|–|và)\s*(?:ngày\s+)?[0-9]{1,2}"
    r"(?P<gsep>[/.-])(?P<gmonth>[0-9]{1,2})(?:(?P=gsep)(?P<gyear>[0-9]{4}))?(?![0-9])|"
    # "sáng nay", "hôm qua", "Tối nay (21/2)", "ngày mai", "tối hôm qua", "sáng hôm nay",
    # "sáng sớm nay", "tối muộn hôm qua", "hôm kia" (two days before), "ngày kia" (after)
    rf"(?P<relative>(?:(?P<rpart>{_PARTS}){_LATE}(?: hôm)?|hôm) (?P<when>nay|qua|mai|kia)"
    r"|ngày (?P<tomorrow>mai|kia))"
    # "Chiều nay (3 tháng 4)": the day in brackets, in figures or in words
    r"(?:\s*\((?P<rday>[0-9]{1,2})(?:[/.-]| tháng )(?P<rmonth>[0-9]{1,2})\)"
    # "Chiều nay 4/11": the day, without brackets
    r"|\s+(?P<nday>[0-9]{1,2})[/.-](?P<nmonth>[0-9]{1,2})(?![0-9]|[/.-][0-9]))?"
    # "ngày 25 tháng 1 năm 2026", "Sáng thứ Hai, ngày 25 tháng 1"
    rf"|(?:(?P<wpart>{_PARTS}){_LATE}\s+)?(?:(?P<wweekday>{_DAYS})\s*,?\s*)?"
    rf"ngày (?:{_MUNG} )?(?P<wday>[0-9]{{1,2}}) tháng (?P<wmonth>[0-9]{{1,2}})"
    r"(?: năm (?P<wyear>[0-9]{4}))?"
    # "Sáng 25 tháng 1": after a part of the day, "ngày" may go unsaid; so with the year,
    # "25 tháng 1 năm 2026" ("3 tháng" alone is a span of three months)
    rf"|(?:(?P<xpart>{_PARTS}){_LATE}\s+)?"
    r"(?P<xday>[0-9]{1,2}) tháng (?P<xmonth>[0-9]{1,2})"
    r"(?(xpart)(?: năm (?P<xyear>[0-9]{4}))?| năm (?P<xyear2>[0-9]{4}))"
    # "Sáng ngày 25/1", "Chiều 29-12", "Chiều 2.2", "ngày 14/4/2025", "thứ Hai (3/3)", "(14/4)",
    # "Sáng sớm 25/1", "Sáng thứ Hai (3/3)", "Trưa cùng ngày 14/3", "chiều hôm 9/5"
    rf"|(?:(?:(?P<part>{_PARTS}){_LATE}(?:\s+(?:{_DAYS}))?|(?P<dweekday>{_DAYS}))"
    rf"(?:\s*,?\s*(?:(?:cùng\s+)?(?:ngày|hôm)\s+)?(?:{_MUNG}\s+)?|\s*\()"
    rf"|(?P<ngay>(?:ngày(?:\s+{_MUNG})?|hôm|vào|từ|{_MUNG})\s+)|(?P<paren>\())?"
    r"(?P<day>[0-9]{1,2})(?P<sep>[/.-])(?P<month>[0-9]{1,2})(?:(?P=sep)(?P<year>[0-9]{4}))?"
    r"(?![0-9]|[/.-][0-9])"
    # "tháng 1/2026", "tháng 1 năm 2026"
    r"|tháng (?P<mmonth>[0-9]{1,2})(?:/| năm )(?P<myear>[0-9]{4})(?![0-9])"
    # A month without its year, said to be when: "vào tháng 8", "cuối tháng 8", "tháng 8
    # tới", "trung tuần tháng 8 năm nay" (not "tháng 8" alone, nor "8 tháng", a span)
    r"|(?:(?P<aat>(?:vào )?(?:đầu|giữa|cuối|trung tuần|thượng tuần|hạ tuần) |vào )"
    r"tháng (?P<amonth>[0-9]{1,2})(?P<acue> tới| này| năm nay| sau| trước| vừa qua)?"
    r"|tháng (?P<bmonth>[0-9]{1,2})(?P<bcue> tới| này| năm nay| sau| trước| vừa qua))"
    r"(?![0-9]|[/.-][0-9]|\s+năm\s+[0-9])"
    # "năm 2025", "đầu Xuân 2026"
    r"|(?:năm|(?:đầu |cuối )?(?:xuân|hè|thu|đông)) (?P<yyear>[12][0-9]{3})(?![0-9])"
    # "thứ Hai", "sáng Chủ nhật": a weekday alone
    # (not before its day in brackets, read above; but "thứ Tư (giờ địa phương)" is one)
    rf"|(?:(?P<kpart>{_PARTS})\s+)?(?P<kweekday>{_DAYS})(?!\s*\((?!giờ )|\s*,?\s*ngày))",
)
"""Matched on the lower-cased text: without IGNORECASE the engine skips fast to the
characters an expression can start with."""
# What every date expression holds: a digit, or a relative word or a weekday.
_CUE = re.compile(r"[0-9]|nay|qua|mai|kia|thứ|chủ nhật")
# After "vào D/M", words of a share: "vào 1/3 số dân", "vào 2/3 tổng …".
_AMOUNT_AFTER = re.compile(
    r"\s+(?:số|tổng|dân|diện|lượng|phần|thời gian|trong|điểm|xuống|lên)(?!\w)"
)
_LOCAL_TIME = re.compile(r"\s*\(giờ địa phương\)")
_LUNAR = re.compile(r"\s*\(?\s*(?:âm lịch|al)(?!\w)")
# A dateline opening a paragraph: "HÀ NỘI, 5/9 -", "Washington, 12/3/2025 –", and with
# the agency that sends it, as the news agency and its papers write: "Hà Nội, 27/11
# (TTXVN) -", "Viêng Chăn, 5/9 (TTXVN/Vietnam+) –", "Bắc Kinh, ngày 8/5 (TTXVN) -".
_DATELINE = re.compile(
    r"[^\W\d_]+(?: [^\W\d_]+){0,3}, (?:ngày )?(?P<day>[0-9]{1,2})[/.-](?P<month>[0-9]{1,2})"
    r"(?:[/.-](?P<year>[0-9]{4}))?(?: \([^()\n]{1,30}\))? ?[-–—](?= )"
)
_PLANNED = re.compile(
    r"\b(?:sẽ|tới đây|dự kiến|dự định|sắp|theo kế hoạch|tuần tới|tháng tới|năm tới|sắp tới)\b"
)
# Cues that plan nothing (in lower case): "sắp mãn nhiệm" (outgoing) describes a person,
# "sắp xếp" is to arrange, and "dự kiến" or "dự định" after "về", "các" … is a noun, a
# draft or an intention ("họp báo về dự kiến chương trình kỳ họp", "về những dự định tương
# lai của anh").
NOT_PLANNED = re.compile(
    r"(?<!\w)(?:sắp (?:mãn nhiệm|xếp|đặt)"
    r"|(?:về|vào|các|những|bản|thông qua) dự (?:kiến|định))(?!\w)"
)


def _said_or_aside(lowered: str, start: int, end: int) -> int | None:
    """Where the words said or an aside (:data:`~doingoai.text.AIMED`) open, if they do."""
    said = SAID.search(lowered, start, end)
    end = end if said is None else said.start()
    aside = aside_start(lowered, AIMED.finditer(lowered, start, end), start)
    return aside if aside is not None else (None if said is None else said.start())


def plans(lowered: str) -> bool:
    """Whether lower-case ``lowered`` holds a planned cue (``sẽ``, ``dự kiến`` …)."""
    # Most text holds no cue: the words that plan nothing are looked for only if it does.
    return _PLANNED.search(lowered) is not None and (
        _PLANNED.search(NOT_PLANNED.sub("", lowered)) is not None
    )


# "hôm thứ năm": the day of the week before a weekday in lower case.
_HOM_BEFORE = re.compile(r"(?<!\w)hôm\s+$", re.IGNORECASE)
_BUOI_BEFORE = re.compile(r"(?<!\w)buổi\s+$", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(r"\s*(?:[,.;:(]|$|(?:tuần|vừa qua|này|tới)(?!\w))", re.IGNORECASE)
# "thứ Năm tuần trước", "Chủ nhật tuần này", "thứ Hai tuần tới": which week the day is of.
_WHICH_WEEK = re.compile(r"\s+tuần\s+(trước|qua|này|tới|sau)(?!\w)", re.IGNORECASE)
_WEEK_SHIFT = {"trước": -1, "qua": -1, "này": 0, "tới": 1, "sau": 1}
_WEEKDAYS = {"thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4,
             "thứ bảy": 5, "chủ nhật": 6}  # fmt: skip
_RELATIVE = {"nay": 0, "qua": -1, "mai": 1, "kia": -2}
_AHEAD = {"mai": 1, "kia": 2}  # "ngày mai", "ngày kia"


def _as_reference(reference: PartialDate | dt.date | str | None) -> PartialDate | None:
    if reference is None or isinstance(reference, PartialDate):
        return reference
    if isinstance(reference, dt.date):
        return PartialDate.from_date(reference)
    return PartialDate.parse(reference)


def resolve_day_month(
    day: int, month: int, reference: PartialDate, *, planned: bool = False
) -> PartialDate | None:
    """The date of a day and month without a year, as of ``reference``.

    A reported event is not long after the reference: more than a month past its end,
    the year before is meant. A planned one is not long before it: more than a month
    before its start, the year after.
    ``None`` for a day that no year makes valid (31/2).

    >>> resolve_day_month(29, 12, PartialDate(2026, 1, 2))
    PartialDate(year=2025, month=12, day=29)
    >>> resolve_day_month(5, 1, PartialDate(2025, 12, 30), planned=True)
    PartialDate(year=2026, month=1, day=5)
    """
    for year in _years(reference, day, month, planned):
        try:
            return PartialDate(year, month, day)
        except ValueError:
            continue  # 29/2 outside a leap year
    return None


def _years(reference: PartialDate, day: int, month: int, planned: bool) -> Iterator[int]:
    year = reference.year
    try:
        candidate = dt.date(year, month, min(day, 28))
    except ValueError:
        return
    if planned:
        yield year + 1 if candidate < (_shifted(reference.start, -31) or dt.date.min) else year
    else:
        # A day a few weeks past the reference is one coming up ("diễn ra ngày 25-28/10"
        # in a report of 22/10), not one eleven months back.
        yield year - 1 if candidate > (_shifted(reference.end, 31) or dt.date.max) else year
    yield year - 1


# Whose clock a day is told by: "… tối 3/12 (giờ địa phương) tuyên bố …", "theo giờ Hà
# Nội" (the date pattern marks a date as local, abroad; this one only skips the words).
_WHOSE_CLOCK = re.compile(r"(?<!\w)(?:theo )?giờ (?:địa phương|hà nội|việt nam)(?!\w)")


def without_days(
    text: str,
    reference: PartialDate | dt.date | str | None,
    start: int,
    end: int,
    keyed: str | None = None,
) -> str:
    """The folded text of ``[start, end)`` with the days it tells blanked out.

    Offsets carry over. What lies between a person and their verb may be a day ("Tổng
    thống Hàn Quốc … ngày 3/12 tuyên bố", "… tối 3/12 (giờ địa phương) đã tuyên bố"):
    the days, whose clock and the brackets round them become spaces.
    """
    lowered = match_key(text[start:end]) if keyed is None else keyed[start:end]
    gap = list(lowered)
    for mention in find_dates(text, reference, start=start, end=end, keyed=keyed):
        at = mention.span.start - start
        gap[at : at + len(mention.span)] = " " * len(mention.span)
    return _WHOSE_CLOCK.sub(_spaces, "".join(gap)).replace("(", " ").replace(")", " ")


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def find_dates(
    text: str,
    reference: PartialDate | dt.date | str | None = None,
    *,
    start: int = 0,
    end: int | None = None,
    keyed: str | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, in order, resolved against ``reference``.

    ``reference`` is the publication date (a PartialDate, a date or an ISO string).
    Without one, only expressions that give their year resolve; the others are found
    with ``date=None``. ``start`` and ``end`` limit the search to part of the text
    (spans stay offsets into the whole text). ``keyed`` is ``match_key(text)`` when the
    caller has it already (a caller reading many parts of one text).
    """
    ref = _as_reference(reference)
    end = len(text) if end is None else end
    # Lower case keeps the length, so offsets carry over; it is cut to the part read.
    lowered = " " * start + match_key(text[start:end]) if keyed is None else keyed
    found: list[DateMention] = []
    for sentence in SENTENCE.finditer(lowered, start, end):
        if _CUE.search(lowered, sentence.start(), sentence.end()) is None:
            continue  # no digit and no relative word: no date (most sentences)
        planned = plans(sentence.group())
        # "Ngày 11/9, … hội đàm …, nói rằng … sẽ …": a "sẽ" in the words said plans
        # nothing dated before them.
        said = _said_or_aside(lowered, sentence.start(), sentence.end()) if planned else None
        planned_before = planned if said is None else plans(lowered[sentence.start() : said])
        search_from = sentence.start()
        if search_from == 0 or text[search_from - 1] == "\n":
            dateline = _DATELINE.match(lowered, search_from, sentence.end())
            if dateline is not None:
                year = int(dateline.group("year")) if dateline.group("year") else None
                day, month = int(dateline.group("day")), int(dateline.group("month"))
                date = _in_calendar(_day_month, day, month, year, ref, planned_before)
                found.append(DateMention(Span(dateline.start(), dateline.end()), date))
                search_from = dateline.end()
        for match in _PATTERNS.finditer(lowered, search_from, sentence.end()):
            if match.start() and text[match.start() - 1].isalnum():
                continue  # inside a word or a number
            before = said is not None and match.start() < said
            mention = _in_calendar(
                _mention, match, text, ref, planned_before if before else planned
            )
            if mention is None:
                continue
            local = _LOCAL_TIME.match(lowered, match.end(), end)
            if local is not None:
                mention = attrs.evolve(mention, local_time=True)
            found.append(mention)
    return found


_DATELINE_STAMP = re.compile(
    # "14/02/2020 11:36", "ngày 23 tháng 08 năm 2019, 09:25" (or without "ngày"): a
    # page's own date, with the time it was posted; some outlets write it with dots or
    # dashes, a bar before the time ("03.04.2019 | 10:15", "03-04-2019 - 10:15").
    r"(?<![\d.])(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})"
    r"(?=,?\s+(?:[|-]\s+)?\d{1,2}:\d{2})"
    r"|(?<![\d.])(?:ngày )?(?P<day3>\d{1,2}) tháng (?P<month3>\d{1,2}) năm (?P<year3>\d{4})"
    r"(?=,?\s+(?:[|-]\s+)?\d{1,2}:\d{2})"
    # After the time: "06:05, 10/06/2025", "14:08 - 17/03/2023", "11:36 ngày 14/02/2020",
    # "06:05, 10 tháng 6 năm 2025".
    r"|(?<=\d:\d\d)(?:,| -| \|)? +(?:ngày )?"
    r"(?P<day2>\d{1,2})(?: tháng |(?P<sep>[/.-]))(?P<month2>\d{1,2})(?(sep)(?P=sep)| năm )"
    r"(?P<year2>\d{4})(?!\d)"
    # "Cập nhật ngày: 14/02/2020", "Ngày đăng: 14-02-2020": a stamp named as such.
    r"|(?i:cập nhật|ngày đăng|đăng ngày|ngày cập nhật)(?: (?i:lúc|ngày))?:?\s*"
    r"(?P<day4>\d{1,2})[/-](?P<month4>\d{1,2})[/-](?P<year4>\d{4})(?!\d)"
    # "2025-06-12 10:15", "2025-06-12T10:15": written the ISO way, the year first.
    r"|(?<![\d-])(?P<year5>\d{4})-(?P<month5>\d{2})-(?P<day5>\d{2})(?=[ T]\d{1,2}:\d{2})"
    # "September 12, 2024": the English way, as some outlets stamp their pages.
    r"|(?<![\w])(?P<month6>January|February|March|April|May|June|July|August|September"
    r"|October|November|December) (?P<day6>\d{1,2}), (?P<year6>\d{4})(?!\d)"
)
_ENGLISH_MONTHS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November"
        " December".split(),
        start=1,
    )
}
_DATELINE_REACH = 600


def dateline(text: str) -> PartialDate | None:
    r"""The date a page without a date header gives itself near its top, or ``None``.

    Scraped pages carry the outlet's stamp (``14/02/2020 11:36``, ``PV - 06:05,
    10/06/2025``); the last one in the first 600 characters is the article's (a site
    header's date may come first). It dates the events of the page, not the page:
    ``Article.published`` stays what the header says.

    >>> dateline("Tin\n\n14/02/2020 11:36\n\nChiều 13/2, …")
    PartialDate(year=2020, month=2, day=14)
    >>> dateline("Tin\n\nCập nhật ngày: 14/02/2020\n\nChiều 13/2, …")
    PartialDate(year=2020, month=2, day=14)
    >>> dateline("Tin\n\n2020-02-14 11:36\n\nChiều 13/2, …")
    PartialDate(year=2020, month=2, day=14)
    >>> dateline("Tin\n\n14.02.2020 | 11:36\n\nChiều 13/2, …")
    PartialDate(year=2020, month=2, day=14)
    >>> dateline("Tin\n\nFebruary 14, 2020\n\nChiều 13/2, …")
    PartialDate(year=2020, month=2, day=14)
    >>> dateline("Chiều 13/2, Thủ tướng tiếp …") is None
    True
    """
    found = None
    for match in _DATELINE_STAMP.finditer(text, 0, _DATELINE_REACH):
        if match.group("month6"):
            year, day = match.group("year6", "day6")
            month = str(_ENGLISH_MONTHS[match.group("month6")])
        else:
            suffix = next(s for s in ("", "2", "3", "4", "5") if match.group("year" + s))
            day, month, year = match.group("day" + suffix, "month" + suffix, "year" + suffix)
        try:
            found = PartialDate(int(year), int(month), int(day))
        except ValueError:
            continue
    return found


def latest_full_date(text: str) -> PartialDate | None:
    """The latest day a text gives with its year, or ``None``: a page's last resort.

    A page with no date header and no dateline still dates its events by the days it
    states in full ("Từ ngày 24/02/2022, …" makes "sáng 3/3" a day of 2022). The latest
    is taken: a page cites past days (a founding, a treaty) more than days to come.

    >>> latest_full_date("Ngày 2/9/1945 … Từ ngày 24/02/2022, … Sáng 3/3, …")
    PartialDate(year=2022, month=2, day=24)
    >>> latest_full_date("Sáng 3/3, Thủ tướng …") is None
    True
    """
    days = [
        found.date
        for found in find_dates(text)
        if found.date is not None and found.date.day is not None
    ]
    return max(days, key=lambda day: day.start, default=None)


def _in_calendar(read: Callable[..., _T], *args: Any) -> _T | None:
    """``read(*args)``, or ``None`` for a date past the calendar's ends.

    "hôm qua" in an article of 0001-01-01, "năm 0" or "ngày mai" on 9999-12-31 name
    no date Python can hold: they are no date, not a crash.
    """
    try:
        return read(*args)
    except (OverflowError, ValueError):
        return None


def _part(match: re.Match[str], *groups: str) -> PartOfDay | None:
    for group in groups:
        value = match.group(group)
        if value:
            value = value.lower()
            return PartOfDay.NIGHT if value == "khuya" else PartOfDay(value)
    return None


def _mention(
    match: re.Match[str], text: str, ref: PartialDate | None, planned: bool
) -> DateMention | None:
    if _LUNAR.match(match.string, match.end()):
        return None  # "ngày mùng 3/3 Âm lịch": a day of the lunar calendar, no event's
    span = Span(match.start(), match.end())
    groups = match.groupdict()
    if groups["relative"]:
        part = _part(match, "rpart")
        day = groups["rday"] or groups["nday"]  # "Tối nay (21/2)", "Chiều nay 4/11"
        if day:
            month = groups["rmonth"] or groups["nmonth"]
            date = _day_month(int(day), int(month), None, ref, planned)
        elif ref is not None and ref.day is not None:
            # "hôm kia" is two days before, "ngày kia" two days after.
            days = _RELATIVE[groups["when"]] if groups["when"] else _AHEAD[groups["tomorrow"]]
            shifted = _shifted(ref.to_date(), days)
            date = PartialDate.from_date(shifted) if shifted is not None else None
        else:
            date = None
        ahead = groups["tomorrow"] is not None or groups["when"] == "mai"
        return DateMention(span, date, part, planned or ahead)
    if groups["gday"]:
        if groups["gparen"]:
            if match.string[match.end() : match.end() + 1] != ")":
                return None  # "(18-20/8)" is a range of days; "(5-7/10 điểm" is not
            span = Span(span.start, span.end + 1)
        year = int(groups["gyear"]) if groups["gyear"] else None
        if year is None and _AMOUNT_AFTER.match(match.string, match.end()):
            return None  # "từ 5-7/10 điểm": a score
        month = int(groups["gmonth"])
        if groups["gfirst"]:
            first = int(groups["gfirst"])
            if year is not None and first > month:
                year -= 1  # "từ 30/12-2/1/2025": the range began the year before
            month = first
        date = _day_month(int(groups["gday"]), month, year, ref, planned)
        return DateMention(span, date, None, planned)
    if groups["wday"] or groups["xday"]:
        # In words: "ngày 25 tháng 1 năm 2026" (w…), "Sáng 25 tháng 1" (x…).
        w = "w" if groups["wday"] else "x"
        written = groups[f"{w}year"] or groups["xyear2"]  # "25 tháng 1 năm 2026": x…, a year
        year = int(written) if written else None
        date = _day_month(int(groups[f"{w}day"]), int(groups[f"{w}month"]), year, ref, planned)
        return (
            DateMention(span, date, _part(match, f"{w}part"), planned) if date or not year else None
        )
    if groups["day"]:
        if groups["sep"] == "." and not (groups["part"] or groups["ngay"] or groups["dweekday"]):
            return None  # "1.5" is a number unless a cue word says it is a date
        year = int(groups["year"]) if groups["year"] else None
        if year is None and not (
            groups["part"] or groups["ngay"] or groups["dweekday"] or groups["paren"]
        ):
            return None
        if groups["paren"] and year is None and match.string[match.end() : match.end() + 1] != ")":
            return None  # "(21/2)" is a date; "(3/4 số phiếu" is not
        if (
            groups["ngay"]
            and groups["ngay"].startswith(("vào", "từ"))
            and year is None
            and _AMOUNT_AFTER.match(match.string, match.end())
        ):
            return None  # "vào 4/9, …" is a date; "vào 1/3 số dân", "từ 2/3 xuống" a share
        date = _day_month(int(groups["day"]), int(groups["month"]), year, ref, planned)
        if date is None and (year is not None or ref is not None):
            return None  # 31/2, 45/13: not a date
        if "(" in match.group() and match.string[match.end() : match.end() + 1] == ")":
            span = Span(span.start, span.end + 1)  # "(14/4/2025)", "thứ Hai (3/3)"
        return DateMention(span, date, _part(match, "part"), planned)
    if groups["mmonth"]:
        month = int(groups["mmonth"])
        if not 1 <= month <= 12:
            return None
        return DateMention(span, PartialDate(int(groups["myear"]), month), None, planned)
    if groups["amonth"] or groups["bmonth"]:
        return _month_mention(span, groups, ref, planned)
    if groups["yyear"]:
        return DateMention(span, PartialDate(int(groups["yyear"])), None, planned)
    if groups["kweekday"]:
        day_name = text[match.start("kweekday") : match.end("kweekday")]
        if (
            not day_name.split()[-1][0].isupper()
            and day_name.lower() != "chủ nhật"
            and not (
                (groups["kpart"] or _HOM_BEFORE.search(text, max(0, span.start - 4), span.start))
                and not _BUOI_BEFORE.search(text, max(0, span.start - 5), span.start)
                and _WEEKDAY_AFTER.match(text, match.end("kweekday"))
            )
        ):
            # "lần thứ hai" counts; "thứ Hai" names a day, as "Chủ nhật" always, and so
            # does "thứ hai" after a part of the day or "hôm" when a mark or the week
            # follows ("tối thứ năm, …"; not "buổi sáng thứ hai của hội nghị").
            return None
        week = _WHICH_WEEK.match(text, match.end("kweekday"))
        if week is not None:
            span = Span(span.start, week.end())  # "thứ Năm tuần trước", not the last Thursday
        shift = _WEEK_SHIFT[week[1].lower()] if week is not None else None
        date = _weekday(groups["kweekday"].lower(), ref, planned, shift)
        return DateMention(span, date, _part(match, "kpart"), planned)
    return None


def _month_mention(
    span: Span, groups: dict[str, str | None], ref: PartialDate | None, planned: bool
) -> DateMention | None:
    """A month without its year ("cuối tháng 8", "tháng 8 tới"), dated as of ``ref``.

    "tới", "sau": the next such month, planned; "trước", "vừa qua": the last; "này", "năm
    nay": the reference's year; else the next when ``planned``, the last if not.
    """
    month = int(groups["amonth"] or groups["bmonth"] or 0)
    cue = (groups["acue"] or groups["bcue"] or "").strip()
    if not 1 <= month <= 12:
        return None
    planned = planned or cue in ("tới", "sau")
    if ref is None:
        return DateMention(span, None, None, planned)
    if cue in ("này", "năm nay"):
        year: int | None = ref.year
    else:
        first = resolve_day_month(
            1, month, ref, planned=planned and cue not in ("trước", "vừa qua")
        )
        year = first.year if first is not None else None
    return DateMention(span, PartialDate(year, month) if year else None, None, planned)


def _day_month(
    day: int, month: int, year: int | None, ref: PartialDate | None, planned: bool
) -> PartialDate | None:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year is not None:
        try:
            return PartialDate(year, month, day)
        except ValueError:
            return None
    if ref is None:
        return None
    return resolve_day_month(day, month, ref, planned=planned)


def _weekday(
    name: str, ref: PartialDate | None, planned: bool, week: int | None = None
) -> PartialDate | None:
    """The day ``name`` nearest the reference: the last one, the next when ``planned``.

    With ``week``, that day of the week so many weeks from the reference's (weeks run
    from Monday): -1 for "tuần trước", 0 "tuần này", 1 "tuần tới".
    """
    if ref is None or ref.day is None:
        return None
    today = ref.to_date()
    wanted = _WEEKDAYS[" ".join(name.split())]
    if week is not None:
        found = _shifted(today, wanted - today.weekday() + 7 * week)
    elif planned:
        found = _shifted(today, (wanted - today.weekday()) % 7)
    else:
        found = _shifted(today, -((today.weekday() - wanted) % 7))
    return PartialDate.from_date(found) if found is not None else None


def _shifted(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or ``None`` past the calendar's ends (year 1, 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None
