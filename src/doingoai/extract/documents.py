"""Documents an article cites: resolutions, regulations, laws, conventions.

``Nghị quyết 59 của Bộ Chính trị``, ``Quy chế 392 của Bộ Chính trị``, ``Nghị quyết
Đại hội XIV``, ``Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng``, ``Công
ước Liên hợp quốc về phòng chống tội phạm mạng``. Congress numbers are Roman numerals
(XIV = 14) or digits. The same document cited twice is listed once, with both spans.
"""

from __future__ import annotations

import functools
import re

from doingoai.lexicon import Lexicon
from doingoai.model import Article, DocumentRef, Span
from doingoai.text import match_key

__all__ = ["extract_documents", "roman_to_int"]

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(numeral: str) -> int | None:
    """The value of a Roman numeral (``XIV`` → 14), or ``None`` if it is not one.

    >>> roman_to_int("XIV"), roman_to_int("xiii"), roman_to_int("14")
    (14, 13, 14)
    """
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN.get(ch) for ch in numeral.lower()]
    if not values or None in values:
        return None
    digits = [v for v in values if v is not None]
    total = 0
    for index, value in enumerate(digits):
        following = digits[index + 1] if index + 1 < len(digits) else 0
        total += -value if value < following else value
    return total if total > 0 else None


@functools.lru_cache(maxsize=8)
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    kinds = "|".join(map(re.escape, sorted(lexicon.document_kinds, key=len, reverse=True)))
    issuers = "|".join(map(re.escape, sorted(lexicon.document_issuers, key=len, reverse=True)))
    congress = (
        r"đại hội(?: đảng)?(?: đại biểu toàn quốc)?(?: (?:đảng )?lần thứ)?\s*"
        r"(?P<congress>[ivxlc]+|[0-9]{1,2})(?![\w])(?: của đảng)?"
    )
    return re.compile(
        rf"(?<!\w)(?P<kind>{kinds})(?:\s+số)?\s+(?:"
        # "59-NQ/TW", "95/CĐ-TTg", "24/2023/QH15", "36NQ/TW": parts joined by / or -.
        rf"(?P<number>[0-9]+(?:-?[a-zđ]+[0-9]*)?(?:[/-](?:[0-9]+|[a-zđ]+[0-9]*))*)"
        # "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị": the date may come first.
        rf"(?:\s+ngày\s+[0-9]{{1,2}}[/-][0-9]{{1,2}}[/-][0-9]{{4}})?"
        rf"(?:\s+(?:của|do)\s+(?P<issuer>{issuers})(?!\w))?"
        rf"|(?:của\s+)?{congress}"
        rf"|(?P<named>(?=[a-zà-ỹđ])[^\s,.;:()“”\"]+(?:\s+[^\s,.;:()“”\"]+){{0,10}}))"
    )


def extract_documents(article: Article, lexicon: Lexicon) -> tuple[DocumentRef, ...]:
    """The documents cited in ``article``, each once, in order of first citation."""
    text = article.text
    keyed = match_key(text)
    found: dict[tuple[object, ...], DocumentRef] = {}
    pattern = _pattern(lexicon)
    position = 0
    while (match := pattern.search(keyed, position)) is not None:
        # A rejected match may hide a document inside it: look again one place on.
        position = match.start() + 1
        if not text[match.start()].isupper():
            continue  # "nghị quyết chuyên đề": a resolution in general, not a document
        kind = text[match.start("kind") : match.end("kind")]
        number = issuer = None
        congress: int | None = None
        end = match.end()
        if match.group("number"):
            number = text[match.start("number") : match.end("number")]
            if match.group("issuer"):
                issuer = text[match.start("issuer") : match.end("issuer")]
        elif match.group("congress"):
            congress = roman_to_int(match.group("congress"))
            if congress is None:
                continue
        else:
            named = text[match.start("named") : match.end("named")]
            if not named[:1].isupper() or match_key(kind) not in lexicon.named_document_kinds:
                # "Công ước Liên hợp quốc …" is cited by name; "Nghị quyết Đại hội" without
                # a number says which resolution only to a reader who knows.
                continue
            end = match.start("named") + len(_cut_name(named, lexicon.document_kinds))
        span = Span(match.start(), end)
        position = end
        key = (
            match_key(kind),
            number,
            match_key(issuer or ""),
            congress,
            match_key(text[span.slice]) if not (number or congress) else "",
        )
        known = found.get(key)
        if known is None:
            found[key] = DocumentRef(
                kind=kind,
                text=text[span.slice],
                spans=(span,),
                number=number,
                issuer=issuer,
                congress=congress,
            )
        else:
            found[key] = DocumentRef(
                kind=known.kind,
                text=known.text,
                spans=(*known.spans, span),
                number=known.number,
                issuer=known.issuer,
                congress=known.congress,
            )
    return tuple(found.values())


_NAME_END = re.compile(
    r"\s(?:(?<!tự )do|của|đã|được|là|nhằm|với|sẽ|trong|tại|cũng|quy định|có|này)\s"
)
_AND = re.compile(r"\svà\s")
_YEAR = re.compile(r"\snăm [0-9]{4}(?!\w)")


def _cut_name(named: str, kinds: frozenset[str]) -> str:
    """A document's name ends before the sentence goes on: "… tội phạm mạng đã …".

    A year ends it ("Luật Điều ước quốc tế năm 2016 quy định …"). A "và" joins words of
    one name ("toàn diện và tiến bộ"), but ends it before a capitalised word or another
    document ("… và ký Công ước …").
    """
    stop = _NAME_END.search(f"{named} ")
    named = named[: stop.start()] if stop else named
    keyed = match_key(named)
    for joined in _AND.finditer(keyed):
        rest = f" {keyed[joined.end() :]} "
        if named[joined.end() : joined.end() + 1].isupper() or any(
            f" {kind} " in rest for kind in kinds
        ):
            named = named[: joined.start()]
            break
    year = _YEAR.search(named)
    return named[: year.end()] if year else named
