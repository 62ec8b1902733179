"""One event, many reports: the meetings that several articles report, grouped.

A state visit or a phone call is reported by a dozen outlets, each with its own wording,
date form and subset of people. :func:`events` groups their meetings into
:class:`~doingoai.model.Event` values, so that "how often did A meet B" counts meetings,
not reports.

Two reports — meetings of two different articles — are one event when:

- **their kinds are compatible**: the same kind; or ``gặp`` (a meeting in person, the
  general word) with talks, a courtesy call, a reception or a working session; or talks
  with a working session. A reception and the talks of the same day are two events
  (a leader receives a minister, then holds talks with the president), and so are a
  visit and a ceremony (but a welcome ceremony, ``lễ đón``, is grouped as its visit),
  or a phone call and a meeting in person; no chain of merges may join two kinds that
  are not compatible themselves, nor two gatherings whose names disagree;
- **their dates agree at the precision both give**: the same day, or a day inside the
  other's month or year. A meeting the text does not date stands for its article's day
  or the day before (the morning papers report yesterday). Two undated reports are one
  only when published the same day and naming whom it was held with in the same words
  (a history piece retold twice is no event of that day);
- **their people agree**: the chair and the others at the meeting, by person key, a
  short form standing for the full name (``Trump``, ``Donald Trump``). Two reports
  naming two people or more must share two (a leader meets several people a day); a
  report naming one must share that one and, when both say whom it was held with
  (``counterpart``), say it in words one of which holds the other. A visit has one
  visitor: sharing one is enough;
- **gatherings** — conferences, seminars, meetings (``họp``), ceremonies, interviews,
  other events — where many come and each report names a few: when both name it, the
  names must agree (one holds the other, or the first five words are the same: ``Lễ
  truy điệu đồng chí …``; not ``Hội nghị Trung ương 9`` and ``10``; a Central Committee
  plenum however written: ``Hội nghị lần thứ chín Ban Chấp hành Trung ương`` is
  ``Hội nghị T.Ư 9``), and then one person shared is enough; unnamed, one is enough
  when both date it themselves or tell the act in the same words (a run of _ALIKE
  words, people's names left out), else two;
- **a summit named by its acronym** (``Hội nghị thượng đỉnh G20``) is one event over
  its days: reports of it ten days apart at most are one, whoever and wherever they
  name;
- **their places do not differ**: when both say where, one place holds the other;
- or, whatever the rest, **they are the same sentence** at dates that agree (undated:
  published a month apart at most): one report, published twice.

These rules and their figures (pairwise precision and recall of "same event" on 233
real reports grouped by hand) are in the events guide of the docs; ``events-gold.jsonl``
in ``benchmarks/`` holds the grouping. Grouping is near-linear: reports go in buckets —
by day and surname of each person, and by sentence — and only reports sharing a bucket
are compared (each with at most the 128 before it in a bucket: a bound no day's reports
of one person reach, and a flood of them cannot make quadratic).

>>> import doingoai
>>> from doingoai.events import events
>>> talks = doingoai.parse(
...     " date 2024-07-13 Chiều 12/7, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư,"
...     " Chủ tịch nước Lào Thongloun Sisoulith.", source="a.txt")
>>> again = doingoai.parse(
...     " date 2024-07-12 Chiều nay, Tổng Bí thư Tô Lâm đã gặp Tổng Bí thư Lào"
...     " Thongloun Sisoulith tại Viêng Chăn.", source="b.txt")
>>> for event in events([talks, again]):
...     print(event.kind.value, event.date, len(event.reports), "reports")
hội đàm 2024-07-12 2 reports
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TypeVar

from doingoai import query
from doingoai.model import (
    Article,
    DatePrecision,
    Event,
    Meeting,
    MeetingKind,
    PartialDate,
    Report,
)
from doingoai.text import fold

__all__ = ["Mention", "compatible_kinds", "events", "events_of"]

T = TypeVar("T")
_K = MeetingKind
_REPUBLISHED = dt.timedelta(days=31)
_DAY = dt.timedelta(days=1)
_WINDOW = 128
_WORDS = re.compile(r"[^\W_]+")
_COMPATIBLE = {
    frozenset({_K.ENCOUNTER, other})
    for other in (_K.TALKS, _K.COURTESY_CALL, _K.RECEPTION, _K.WORKING_SESSION)
} | {frozenset({_K.TALKS, _K.WORKING_SESSION})}
# Gatherings: many people come, each report names a few of them.
_GATHERINGS = frozenset(
    {_K.CONFERENCE, _K.SEMINAR, _K.MEETING, _K.CEREMONY, _K.INTERVIEW, _K.OTHER}
)
_FINENESS = {DatePrecision.YEAR: 0, DatePrecision.MONTH: 1, DatePrecision.DAY: 2}
_COMPATIBLE_PAIRS = {
    (a, b): a is b or frozenset({a, b}) in _COMPATIBLE for a in MeetingKind for b in MeetingKind
}
# The more specific word names the event: "hội đàm" rather than "gặp".
_GENERAL = (_K.ENCOUNTER, _K.WORKING_SESSION)


def compatible_kinds(first: MeetingKind, second: MeetingKind) -> bool:
    """Whether meetings of these kinds can be reports of one event (see the module).

    >>> compatible_kinds(MeetingKind.TALKS, MeetingKind.ENCOUNTER)
    True
    >>> compatible_kinds(MeetingKind.TALKS, MeetingKind.RECEPTION)
    False
    """
    return _COMPATIBLE_PAIRS[first, second]


class Mention:
    """One report of a meeting: what grouping compares, without the article's text.

    :func:`events` makes them from articles; :func:`events_of` groups them wherever they
    come from (a store builds them from its tables, decoding no article).
    """

    __slots__ = (
        "article",
        "counterpart",
        "date",
        "dated",
        "grams",
        "index",
        "kind",
        "meeting",
        "name",
        "names",
        "outlet",
        "people",
        "published",
        "sentence",
        "summit",
    )

    def __init__(
        self,
        article: str,
        index: int,
        meeting: Meeting,
        *,
        sentence: str,
        published: PartialDate | None = None,
        outlet: str | None = None,
        names: Mapping[str, str] | None = None,
        honoured: Iterable[str] = (),
    ) -> None:
        self.article = article
        """The id of the article that reports it."""
        self.index = index
        """The meeting's position in the article's meetings."""
        self.meeting = meeting
        self.published = published
        self.outlet = outlet
        self.names = names or {}
        """The names the article gives the people it names, by key."""
        self.sentence = " ".join(fold(sentence).split())
        """The sentence that reports it, folded (one report published twice is one)."""
        chair = [meeting.chair] if meeting.chair else []
        # The dead a funeral honours are no one's participants, but they tell which
        # funeral it is: they count here, where reports are compared.
        self.people = frozenset([*chair, *meeting.participants, *honoured])
        # Its words only: "Ban Tôn giáo Chính phủ, Bộ Nội vụ" is "… - Bộ Nội vụ".
        self.counterpart = (
            " ".join(_WORDS.findall(fold(meeting.counterpart))) if meeting.counterpart else None
        )
        self.dated = meeting.date is not None
        self.date = meeting.date or published
        self.grams: frozenset[tuple[str, ...]] | None = None  # made when first compared
        self.kind = meeting.kind
        """The kind it is grouped as: a welcome ceremony (``lễ đón``) is its visit's."""
        if self.kind is _K.CEREMONY and _WELCOME.search(self.sentence):
            self.kind = _K.VISIT
        self.name = _event_name(meeting.name) if meeting.name else None
        summit = (
            _summit_name(meeting.name)
            # The name is folded already: only a summit's words send it further.
            if meeting.name
            and self.name
            and self.kind in _GATHERINGS
            and _SUMMIT_WORDS.search(self.name)
            else None
        )
        self.summit = summit is not None
        """Whether it is a summit named by its acronym (``Hội nghị Cấp cao APEC``)."""
        if summit is not None:
            self.name = summit

    @classmethod
    def of(cls, article: Article) -> list[Mention]:
        """The reports of every meeting of ``article``."""
        names: dict[str, str] = {}
        for speaker in article.speakers:  # the first of a key, as Article.name_of reads
            names.setdefault(speaker.key, speaker.name)
        dead = [(speaker.key, speaker.name) for speaker in article.speakers if speaker.deceased]
        return [
            cls(
                article.id,
                index,
                meeting,
                sentence=(sentence := article.text[meeting.span.slice]),
                published=article.published,
                outlet=article.outlet,
                names=names,
                honoured=honoured(sentence, dead),
            )
            for index, meeting in enumerate(article.meetings)
        ]

    def buckets(self) -> list[object]:
        """The keys of the buckets it goes in: reports sharing none are never compared."""
        keys: list[object] = [self.sentence]
        for day in self.days():
            # By surname too, so that "Trump" meets "Donald Trump".
            keys += [(day, person.rsplit(" ", 1)[-1]) for person in self.people]
        if self.summit and self.date is not None:
            # Two reports of one summit at most _SUMMIT_DAYS apart share a span of them.
            span = self.date.start.toordinal() // _SUMMIT_DAYS
            keys += [(self.name, span), (self.name, span + 1)]
        return keys

    def days(self) -> list[dt.date]:
        """The days whose buckets this report goes in (none for a month or a year)."""
        date = self.date
        if date is None or date.day is None:
            return []
        if self.dated:
            return [date.start]
        # Its article's day, or the day before (none before the calendar's first day).
        return [date.start, *([date.start - _DAY] if date.start > dt.date.min else [])]


def honoured(sentence: str, dead: Iterable[tuple[str, str]]) -> list[str]:
    """The keys of the dead (``(key, name)`` pairs) a report's sentence names."""
    return [key for key, name in dead if name in sentence]


def _dates_agree(first: Mention, second: Mention) -> bool:
    a, b = first.date, second.date
    if a is None or b is None:
        return False
    if first.summit and second.summit:
        # A summit lasts days, and the same one is not held again within weeks.
        return abs(a.start - b.start).days <= _SUMMIT_DAYS
    if not (first.dated or second.dated):
        # Two undated reports (a past event retold?) are one only when published the
        # same day and saying whom it was held with in the same words.
        return a == b and bool(_counterparts_agree(first, second))
    if first.dated and second.dated:
        return a.start <= b.end and b.start <= a.end  # at the precision both give
    # An undated report stands for its article's day or the day before.
    undated, other = (first, second) if not first.dated else (second, first)
    assert undated.date is not None
    assert other.date is not None
    day = undated.date.start
    return any(
        other.date.start <= candidate <= other.date.end
        for candidate in (day, day - _DAY if day > dt.date.min else day)
    )


def _names_agree(first: Mention, second: Mention) -> bool | None:
    """Whether the names agree, ``None`` when either report leaves it unnamed.

    They agree when one holds the other or they start with the same five words
    (``Lễ truy điệu đồng chí …``; not ``Hội nghị Trung ương 9`` and ``… 10``).
    """
    if first.name is None or second.name is None:
        return None
    return _same_name(first.name, second.name)


# "Hội nghị lần thứ chín Ban Chấp hành Trung ương", "Hội nghị Trung ương 9", "Hội nghị
# T.Ư 9", "Hội nghị Trung ương Đảng lần thứ 9": one plenum of the Central Committee.
_PLENUM = re.compile(
    r"hoi nghi (?:lan thu (?P<before>\w+),? )?(?:ban chap hanh )?(?:trung uong|t\.u|tw)"
    r"(?: dang)?(?:,? (?:lan thu )?(?P<after>\w+))?(?: (?P<next>\w+))?"
)
_NUMBER_WORDS = dict(
    zip("mot hai ba bon nam sau bay tam chin muoi".split(), range(1, 11), strict=True),
    tu=4,
)


def _event_name(name: str) -> str:
    """A gathering's name, folded; a Central Committee plenum as ``hoi nghi trung uong 9``."""
    folded = " ".join(fold(name).split())
    plenum = _PLENUM.match(folded)
    if plenum:
        number = plenum["before"] or plenum["after"]
        following = plenum["next"] if plenum["after"] and not plenum["before"] else None
        if number is not None and number in _NUMBER_WORDS and following in _NUMBER_WORDS:
            return folded  # "lần thứ mười một": more than one word of number; as written
        value = number if number and number.isdigit() else _NUMBER_WORDS.get(number or "")
        if value is not None:
            return f"hoi nghi trung uong {value}"
    return folded


def _same_name(a: str, b: str) -> bool:
    """Whether two folded names are one: one holds the other, or five first words agree.

    A summit's name (see :func:`_summit_name`) is one only with the same summit's.
    """
    if a.startswith(_SUMMIT_MARK) or b.startswith(_SUMMIT_MARK):
        return a == b
    return a in b or b in a or a.split()[:5] == b.split()[:5]


_SUMMIT_MARK = "<summit>"
_SUMMIT_DAYS = 10
_SUMMIT_WORDS = re.compile(r"\b(?:cap cao|thuong dinh)\b")
_ACRONYM = re.compile(r"[A-Z]{2,}[0-9]*|[A-Z][0-9]+")
_WELCOME = re.compile(r"\ble don\b(?! (?:nhan|tet|giao thua|nam moi|xuan)\b)")


def _summit_name(name: str) -> str | None:
    """A summit's name by what follows "cấp cao" or "thượng đỉnh", or ``None``.

    The capitalised words there, numbers left out, holding an acronym: ``Tuần lễ cấp
    cao APEC 2024`` and ``Hội nghị thượng đỉnh APEC`` are ``<summit> apec``; ``Hội nghị
    Cấp cao ASEAN - Nhật Bản`` is another summit than ``Hội nghị Cấp cao ASEAN lần thứ
    47``. Without an acronym (``Hội nghị cấp cao Mekong - Lan Thương``), ``None``: the
    name is compared as any other.
    """
    words = name.split()
    folded = [fold(word) for word in words]
    after = next(
        (
            index + 2
            for index in range(len(words) - 1)
            if _SUMMIT_WORDS.fullmatch(f"{folded[index]} {folded[index + 1]}")
        ),
        None,
    )
    if after is None:
        return None
    run: list[str] = []
    acronym = False
    for word in words[after:]:
        bare = word.strip("()[],.;:")
        if not bare.strip("-–+") or bare.isdigit():
            continue  # "ASEAN - Nhật Bản", "APEC 2024": the same summit's name
        if not (bare[0].isupper() or bare[0].isdigit()):
            break
        acronym = acronym or _ACRONYM.fullmatch(bare) is not None
        run.append(fold(bare))
    return f"{_SUMMIT_MARK} {' '.join(run)}" if acronym else None


def _places_differ(first: Mention, second: Mention) -> bool:
    """Whether both say where, and neither place holds the other (Cô Tô, Hà Nội)."""
    a, b = first.meeting.location, second.meeting.location
    if a is None or b is None:
        return False
    a, b = fold(a), fold(b)
    return a not in b and b not in a


def _shared(first: frozenset[str], second: frozenset[str], needed: int) -> bool:
    """Whether ``needed`` people of ``first`` are in ``second``.

    A short form stands for a full name (``trump``, ``donald trump``); it is looked for
    only when the keys themselves fall short.
    """
    found = len(first & second)
    if found >= needed:
        return True
    surnames = {key.rsplit(" ", 1)[-1] for key in second}
    for key in first - second:
        if key.rsplit(" ", 1)[-1] in surnames and any(
            query.same_person(key, other) or query.same_person(other, key) for other in second
        ):
            found += 1
            if found >= needed:
                return True
    return False


def _people_agree(first: Mention, second: Mention) -> bool:
    if first.summit and second.summit:
        return first.name == second.name  # one summit, whoever each report names there
    fewest = min(len(first.people), len(second.people))
    if fewest == 0:
        return False
    # At talks or a reception, a leader meets several people a day: two must match.
    # A visit has one visitor, and a gathering many people, each named by few reports.
    kinds = {first.kind, second.kind}
    needed = min(2, fewest)
    if kinds & _GATHERINGS:
        named = _names_agree(first, second)
        if named is False:
            return False  # "Lễ viếng" and "Lễ thượng cờ rủ" of one funeral: two events
        # Many people come: without names, one shared person is enough only when both
        # reports date it themselves, to the same day.
        if named:
            needed = 1
        elif not (first.dated and second.dated):
            # ... or when both tell the act in the same words: "trao quyết định bổ nhiệm
            # … cho NSND Xuân Bắc", an appointee the extractors do not name as present.
            needed = 1 if _told_alike(first, second) else 2
    elif kinds & {_K.VISIT}:
        needed = 1  # one visitor: the others named are hosts and companions
    if not _shared(first.people, second.people, needed):
        return False
    return fewest >= 2 or _counterparts_agree(first, second) is not False


def _told_alike(first: Mention, second: Mention) -> bool:
    """Whether the two sentences share a run of _ALIKE words, names and punctuation aside."""
    for mention in (first, second):
        if mention.grams is None:
            # People's names left out: a long title and name alone is no act told alike.
            named = {word for name in mention.names.values() for word in fold(name).split()}
            words = [word for word in _WORDS.findall(mention.sentence) if word not in named]
            mention.grams = frozenset(
                tuple(words[i : i + _ALIKE]) for i in range(len(words) - _ALIKE + 1)
            )
    assert first.grams is not None
    assert second.grams is not None
    return not first.grams.isdisjoint(second.grams)


_ALIKE = 6


def _counterparts_agree(first: Mention, second: Mention) -> bool | None:
    """Whether both say whom it was held with in words one of which holds the other.

    ``None`` when either does not say.
    """
    a, b = first.counterpart, second.counterpart
    if not a or not b:
        return None
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _same_words(first: Mention, second: Mention) -> bool:
    """Whether both report it in the same sentence, at dates that agree.

    One report published twice; undated, a month apart at most (a piece republished).
    """
    if first.sentence != second.sentence:
        return False
    if first.dated or second.dated:
        return _dates_agree(first, second)
    published = first.published, second.published
    if published[0] is None or published[1] is None:
        return False
    return abs(published[0].start - published[1].start) <= _REPUBLISHED


def _same_event(first: Mention, second: Mention) -> bool:
    if first.article == second.article:
        return False  # one article reports one event once
    if not compatible_kinds(first.kind, second.kind):
        return False
    if _same_words(first, second):
        return True
    # Where, only for gatherings: a ceremony in Hà Nội and one in Cô Tô the same day are
    # two; for two leaders meeting, "Moskva" and "Điện Kremlin" are one place; a summit
    # is in one city, whatever hall or week a report names.
    gathering = bool({first.kind, second.kind} & _GATHERINGS)
    summit = first.summit and second.summit
    return (
        _dates_agree(first, second)
        and _people_agree(first, second)
        and not (gathering and not summit and _places_differ(first, second))
    )


class _Groups:
    """Union-find over reports, each group knowing its kinds (no incompatible chains)."""

    def __init__(self, count: int, kinds: list[MeetingKind], names: list[str | None]) -> None:
        self.parent = list(range(count))
        self.kinds = [{kind} for kind in kinds]
        self.names = [set() if name is None else {name} for name in names]

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        if all(compatible_kinds(x, y) for x in self.kinds[a] for y in self.kinds[b]) and all(
            _same_name(x, y) for x in self.names[a] for y in self.names[b]
        ):
            self.parent[b] = a
            self.kinds[a] |= self.kinds[b]
            self.names[a] |= self.names[b]


def events(articles: Iterable[Article]) -> list[Event]:
    """Every event the articles report, grouped from their meetings (see the module).

    Events come in date order (undated last); a meeting no other report joins is an
    event of one report.
    """
    return events_of(mention for article in articles for mention in Mention.of(article))


def events_of(reports: Iterable[Mention]) -> list[Event]:
    """:func:`events`, from the reports of meetings however they were read."""
    mentions = list(reports)
    groups = _Groups(
        len(mentions),
        [m.kind for m in mentions],
        [m.name if m.kind in _GATHERINGS else None for m in mentions],
    )
    buckets: dict[object, list[int]] = {}
    for number, mention in enumerate(mentions):
        for key in mention.buckets():
            buckets.setdefault(key, []).append(number)
    for members in buckets.values():
        # Each report is held against the _WINDOW reports before it in the bucket: all of
        # them in any bucket of real reports (a day's reports of one person), and never
        # a quadratic number in a flood of reports of one day and person.
        for position, second in enumerate(members):
            for first in members[max(0, position - _WINDOW) : position]:
                if groups.find(first) == groups.find(second):
                    continue  # already one event: no need to compare them
                if _same_event(mentions[first], mentions[second]):
                    groups.join(first, second)
    grouped: dict[int, list[Mention]] = {}
    for number, mention in enumerate(mentions):
        grouped.setdefault(groups.find(number), []).append(mention)
    found = [_event(members) for members in grouped.values()]
    return sorted(found, key=_event_order)


def _event_order(event: Event) -> tuple[bool, dt.date, str]:
    first = event.reports[0]
    return (event.date is None, event.date.start if event.date else dt.date.min, first.article)


def _most_common(values: Iterable[T | None]) -> T | None:
    counts = Counter(value for value in values if value is not None)
    return counts.most_common(1)[0][0] if counts else None


def _fullest(keys: Iterable[str]) -> dict[str, str]:
    """Each key mapped to the longest key it is a short form of.

    ``putin`` to ``vladimir putin``: one person is one participant of the event.
    """
    known = sorted(set(keys), key=lambda key: -len(key.split()))
    return {
        key: next((full for full in known if query.same_person(key, full)), key) for key in known
    }


def _event(members: list[Mention]) -> Event:
    kinds = Counter(m.kind for m in members)
    specific = [kind for kind, _ in kinds.most_common() if kind not in _GENERAL]
    kind = specific[0] if specific else kinds.most_common(1)[0][0]
    dated = [m.meeting.date for m in members if m.meeting.date is not None]
    # The most precise date the reports give, the most often given among those.
    date = None
    if dated:
        finest = max(_FINENESS[d.precision] for d in dated)
        date = Counter(d for d in dated if _FINENESS[d.precision] == finest).most_common(1)[0][0]
    people: Counter[str] = Counter()
    principals: Counter[str] = Counter()
    names: dict[str, str] = {}
    full = _fullest(key for member in members for key in member.people)
    for member in members:
        people.update(full[key] for key in member.meeting.participants)
        if member.meeting.chair:
            people[full[member.meeting.chair]] += 1
            principals[full[member.meeting.chair]] += 1
        if member.meeting.participants:  # the first named is whom it was held with
            principals[full[member.meeting.participants[0]]] += 1
        for key in sorted(member.people, key=lambda key: key != full[key]):
            names.setdefault(full[key], member.names.get(key, key))
    reports = sorted(
        (
            Report(article=m.article, meeting=m.index, outlet=m.outlet, published=m.published)
            for m in members
        ),
        key=lambda r: (r.published is None, r.published or PartialDate(1), r.article),
    )
    return Event(
        kind=kind,
        date=date,
        part_of_day=_most_common(m.meeting.part_of_day for m in members),
        location=_most_common(m.meeting.location for m in members),
        principals=tuple(key for key, _ in principals.most_common()),
        participants=tuple(key for key, _ in people.most_common()),
        names=tuple(names[key] for key, _ in people.most_common()),
        reports=tuple(reports),
    )
