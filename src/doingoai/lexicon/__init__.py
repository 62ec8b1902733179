"""Domain knowledge as data: titles, ranks, honorifics, countries, surnames, verbs.

The lexicons are TOML files in this folder, read once. A user extends them without
editing the package: write a TOML file with the same keys (lists are added to,
tables are merged) and load it::

    lexicon = doingoai.Lexicon.load("my-titles.toml")
    article = doingoai.parse(text, lexicon=lexicon)

or name the files in the ``DOINGOAI_LEXICON`` environment variable (separated by
``os.pathsep``), which the default lexicon reads at first use.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from doingoai.errors import ParseError
from doingoai.text import match_key

__all__ = ["Lexicon", "PhraseIndex"]

_FILES = ("people.toml", "countries.toml", "meetings.toml", "directives.toml")
_LIST_KEYS = (
    "roles",
    "roles_needing_organization",
    "ranks",
    "honorifics",
    "pronouns",
    "deceased",
    "late_leaders",
    "surnames",
    "foreign_surnames",
    "organization_heads",
    "organization_words",
    "statement_verbs",
    "directive_verbs",
    "places",
    "organizations",
    "international",
    "attendance_verbs",
    "attendance_cues",
    "planned_cues",
    "other_event_cues",
    "action_words",
    "time_openings",
    "adverbs",
    "document_kinds",
    "named_document_kinds",
    "agreement_kinds",
    "document_issuers",
    "announcement_words",
)
# Roles that describe a post by the body it heads rather than name one ("Người đứng đầu
# NATO …"): a title only before a state or an international body (the speakers), and no
# bare title standing for an issuer (the directives: "Người đứng đầu Bộ Công an yêu cầu
# …" is the minister, whom the text names elsewhere). Match keys.
DESCRIBING_ROLES = frozenset({"người đứng đầu"})
# Words before a post that say when it was or is held: former, acting, newly appointed
# ("nguyên Chủ tịch nước", "cựu Ngoại trưởng"); part of the title (the speakers), and no
# bar to someone named after it (the meetings: "thăm nguyên Chủ tịch nước …"). Lower case.
STATUS_WORDS = frozenset({"nguyên", "cựu", "quyền", "tân"})
# Nouns that name an event, not a place, after "tại": no meeting's location (the
# meetings: "tại Tuần lễ Cấp cao APEC") and no posting in a title (the speakers: "…, Phó
# Chủ tịch UBND Thành phố tại Hội thảo …"). Match keys.
EVENT_NOUNS = (
    *("buổi", "cuộc", "lễ", "phiên", "hội nghị", "hội thảo", "tuần lễ", "diễn đàn"),
    *("kỳ họp", "đại hội", "tọa đàm", "sự kiện"),
)
# Meeting words of named kinds (a ceremony) that are verbs, never the start of an event's
# name: "Đón Tổng thống …" is no "Lễ …". Match keys.
EVENT_VERBS = frozenset({"đón", "trao tặng", "trao quyết định"})
_TABLE_KEYS = (
    "epithets",
    "countries",
    "meeting_words",
    "directive_forces",
    "foreign_people",
    "seats",
    "places_abroad",
)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(match_key(word) for word in phrase.split())


@attrs.frozen(eq=False)
class Lexicon:
    """The words the extractors use; build it with :meth:`default` or :meth:`load`."""

    roles: frozenset[str]
    """Heads of titles, as match keys (``bộ trưởng``)."""
    roles_needing_organization: frozenset[str]
    """Roles that make a title only with an organisation after them (``trưởng``)."""
    ranks: frozenset[str]
    """Military and police ranks, as match keys."""
    honorifics: frozenset[str]
    """Words before a name: ``ông``, ``đồng chí``."""
    pronouns: frozenset[str]
    """Words that stand for the person last mentioned: ``ông``."""
    deceased: frozenset[str]
    """Prefixes of a late person (``cố``), and honorifics of the fallen (``liệt sĩ``)."""
    late_leaders: frozenset[str]
    """Founders and leaders the texts name as late without ``cố`` (``hồ chí minh``)."""
    surnames: frozenset[str]
    """Vietnamese surnames, as match keys."""
    foreign_surnames: frozenset[str]
    """Surnames that start a foreign name (``Tập``): a name, but not a Vietnamese one."""
    organization_heads: frozenset[str]
    """Words that open an organisation after a role: ``Bộ``, ``Ủy ban``."""
    organization_words: frozenset[str]
    """Lower-case words that continue an organisation: ``nhân dân``."""
    statement_verbs: frozenset[str]
    """Speech acts that report a statement: ``khẳng định``."""
    directive_verbs: frozenset[str]
    """Speech acts that direct: ``yêu cầu``, ``đề nghị``."""
    places: frozenset[str]
    """Place names that could pass for a person's name: ``Hà Nội``."""
    organizations: frozenset[str]
    """Companies and bodies written in one word that could pass for a foreign name after
    a title (``Chủ tịch Vingroup``): ``Vingroup``, ``Viettel``."""
    international: frozenset[str]
    """International bodies, after which any name may follow: ``Liên hợp quốc``."""
    attendance_verbs: frozenset[str]
    """Words after which a person attends rather than chairs: ``dự``."""
    attendance_cues: frozenset[str]
    """Sentence openings about the main event: ``Cùng dự``, ``Tại hội nghị``."""
    planned_cues: frozenset[str]
    """Words announcing an event: ``sẽ``, ``tới đây``."""
    other_event_cues: frozenset[str]
    """Paragraph openings that move to another event: ``Cùng ngày``, ``Trước đó``."""
    meeting_words: Mapping[str, str]
    """Phrase → meeting kind value (``hội đàm`` → ``hội đàm``)."""
    action_words: frozenset[str]
    """Words that open a directed action: ``tiếp tục``, ``quán triệt``."""
    adverbs: frozenset[str]
    """Words between a person and their verb (``cũng``, ``đã``), counted one by one."""
    time_openings: frozenset[str]
    """Openings that say when, before an addressee: ``trong thời gian tới``."""
    document_kinds: frozenset[str]
    """Kinds of documents: ``nghị quyết``, ``quy chế``."""
    named_document_kinds: frozenset[str]
    """Kinds cited by name rather than number: ``công ước``, ``luật``."""
    agreement_kinds: frozenset[str]
    """Named kinds whose name may open in lower case: ``hiệp định về hợp tác lao động``."""
    document_issuers: frozenset[str]
    """Who issues documents: ``bộ chính trị``, ``quốc hội``."""
    directive_forces: Mapping[str, str]
    """Directive verb → force value (``yêu cầu`` → ``require``)."""
    epithets: Mapping[str, tuple[str, ...]]
    """Phrase → the roles whose holder it stands for."""
    countries: Mapping[str, str]
    """Country name → ISO 3166-1 alpha-2 code."""
    foreign_people: Mapping[str, str] = attrs.field(factory=dict)
    """Foreign leaders whose names read as Vietnamese ones (``tập cận bình``, ``lý
    cường``) → the country they serve, when no title gives it."""
    seats: Mapping[str, str] = attrs.field(factory=dict)
    """Seats of government that stand for one (``nhà trắng``, ``điện kremlin``) → the
    country whose government they house: a spokesman of the White House serves the US."""
    places_abroad: Mapping[str, str] = attrs.field(factory=dict)
    """Cities, states and provinces abroad (``tokyo``, ``vân nam``) → their country: the
    one whose official a title ending with the place serves. Each is in ``places`` too."""
    announcement_words: frozenset[str] = attrs.field(factory=frozenset)
    """Words of an announcement by someone named right before them (``tuyên bố``): the
    main event of an article that reports no meeting."""

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Lexicon:
        """Build a lexicon from parsed TOML data (keys as in the bundled files)."""
        lists = {
            key: frozenset(" ".join(_words(item)) for item in data.get(key, ()))
            for key in _LIST_KEYS
        }
        # These count word by word: "nhân dân" lets "nhân" and "dân" through.
        for key in ("organization_words", "adverbs"):
            lists[key] = frozenset(word for item in data.get(key, ()) for word in _words(item))
        places_abroad = {" ".join(_words(k)): v for k, v in data.get("places_abroad", {}).items()}
        lists["places"] |= places_abroad.keys()
        return cls(
            **lists,
            epithets={
                " ".join(_words(k)): tuple(" ".join(_words(r)) for r in v)
                for k, v in data.get("epithets", {}).items()
            },
            countries={" ".join(_words(k)): v for k, v in data.get("countries", {}).items()},
            meeting_words={
                " ".join(_words(k)): v for k, v in data.get("meeting_words", {}).items()
            },
            directive_forces={
                " ".join(_words(k)): v for k, v in data.get("directive_forces", {}).items()
            },
            foreign_people={
                " ".join(_words(k)): v for k, v in data.get("foreign_people", {}).items()
            },
            seats={" ".join(_words(k)): v for k, v in data.get("seats", {}).items()},
            places_abroad=places_abroad,
        )

    @classmethod
    def default(cls) -> Lexicon:
        """The bundled lexicons, plus the files named in ``DOINGOAI_LEXICON``."""
        return _default()

    @classmethod
    def load(cls, *paths: str | os.PathLike[str], base: Lexicon | None = None) -> Lexicon:
        """The bundled lexicons (or ``base``) extended with the TOML files at ``paths``."""
        data = _bundled_data() if base is None else base._as_data()
        for path in paths:
            data = _merge(data, _read_toml(Path(path)))
        return cls.from_data(data)

    def _as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {key: sorted(getattr(self, key)) for key in _LIST_KEYS}
        data["epithets"] = {k: list(v) for k, v in self.epithets.items()}
        data["countries"] = dict(self.countries)
        data["meeting_words"] = dict(self.meeting_words)
        data["directive_forces"] = dict(self.directive_forces)
        data["foreign_people"] = dict(self.foreign_people)
        data["seats"] = dict(self.seats)
        data["places_abroad"] = dict(self.places_abroad)
        return data

    @functools.cached_property
    def phrases(self) -> PhraseIndex:
        """Every multi-word entry indexed by its first word, longest first."""
        return PhraseIndex(self)


def _read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as stream:
        return _parse_toml(stream.read(), str(path))


def _bundled_data() -> dict[str, Any]:
    from importlib import resources  # here, not at import: a lexicon is read when first used

    data: dict[str, Any] = {}
    folder = resources.files(__name__)
    for name in _FILES:
        data = _merge(data, _parse_toml((folder / name).read_bytes(), name))
    return data


def _parse_toml(data: bytes, source: str) -> dict[str, Any]:
    """The TOML ``data`` of the file ``source``; tomllib is imported on the first call."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(data.decode())
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ParseError(f"invalid lexicon: {error}", source=source) from error


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key in _LIST_KEYS:
            merged[key] = [*merged.get(key, ()), *value]
        elif key in _TABLE_KEYS:
            merged[key] = {**merged.get(key, {}), **value}
        else:
            raise ValueError(
                f"unknown lexicon key {key!r}; expected one of "
                f"{', '.join(_LIST_KEYS + _TABLE_KEYS)}"
            )
    return merged


@functools.cache
def _default() -> Lexicon:
    extra = [p for p in os.environ.get("DOINGOAI_LEXICON", "").split(os.pathsep) if p]
    return Lexicon.load(*extra)


class PhraseIndex:
    """Multi-word lexicon entries by first word, so a scan finds the longest match."""

    def __init__(self, lexicon: Lexicon) -> None:
        entries: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        sources: Iterable[tuple[str, Iterable[str]]] = (
            ("role", lexicon.roles),
            ("rank", lexicon.ranks),
            ("honorific", lexicon.honorifics),
            ("pronoun", lexicon.pronouns),
            ("deceased", lexicon.deceased),
            ("epithet", lexicon.epithets),
            ("country", lexicon.countries),
            ("organization_head", lexicon.organization_heads),
            ("statement_verb", lexicon.statement_verbs),
            ("directive_verb", lexicon.directive_verbs),
            ("international", lexicon.international),
            ("meeting_word", lexicon.meeting_words),
            ("attendance_verb", lexicon.attendance_verbs),
        )
        for kind, phrases in sources:
            for phrase in phrases:
                # A comma is a token of its own, as the text's are: "Văn hóa, Thể thao …".
                words = tuple(phrase.replace(",", " ,").split())
                entries.setdefault(words[0], []).append((words, kind))
        # Longest first, each as (words after the first, kind, what longest() answers).
        self._entries = {
            first: [
                (list(words[1:]), kind, (len(words), kind))
                for words, kind in sorted(found, key=lambda e: -len(e[0]))
            ]
            for first, found in entries.items()
        }
        self.first_words = frozenset(self._entries)
        """Every word that can open an entry: most words of a text open none."""
        self.max_words = max(
            (len(words) for found in entries.values() for words, _ in found), default=1
        )
        """The number of words of the longest entry: no match reaches further back."""

    def opens(self, word: str, kinds: frozenset[str]) -> bool:
        """Whether some entry of ``kinds`` begins with ``word`` (a match key)."""
        return any(kind in kinds for _, kind, _ in self._entries.get(word, ()))

    def longest(self, keys: list[str], start: int, kinds: frozenset[str]) -> tuple[int, str] | None:
        """The length and kind of the longest entry of ``kinds`` at ``keys[start]``.

        ``None`` when there is none, or when ``start`` is past the end of ``keys``.
        """
        if start >= len(keys):
            return None
        for rest, kind, found in self._entries.get(keys[start], ()):
            if kind in kinds and (not rest or keys[start + 1 : start + found[0]] == rest):
                return found
        return None
