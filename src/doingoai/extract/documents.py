"""Documents an article cites: resolutions, regulations, laws, conventions.

``Nghị quyết 59 của Bộ Chính trị``, ``Quy chế 392 của Bộ Chính trị``, ``Nghị quyết
Đại hội XIV``, ``Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng``, ``Công
ước Liên hợp quốc về phòng chống tội phạm mạng``. Congress numbers are Roman numerals
(XIV = 14) or digits; another party's congress names the party (``Nghị quyết Đại hội
Đảng Nhân dân Cách mạng Lào lần thứ XII``). Agreements, memoranda, protocols and joint
statements are cited by name, which may open in lower case (``Hiệp định về hợp tác lao
động``, ``Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào``); any kind may be
named by issuer and subject (``Nghị quyết của Quốc hội về …``); in lower case a kind
needs a coded number, ``số``, a date or an issuer (``công điện 201 ngày 26-2 của Chính
phủ``). An agreement that opens an item of a ``;`` list is named by the whole item
(``… gồm: Bản ghi nhớ giữa … về xây dựng, triển khai …; Hiệp định …``), and a name runs
on to the acronym in brackets after it (``Hiệp định … quốc gia (Hiệp định BBNJ)``). The
same document cited twice is listed once, with both spans.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Container

import attrs

from doingoai.extract._analysis import analysis_of
from doingoai.lexicon import Lexicon
from doingoai.model import Article, DocumentRef, Span
from doingoai.text import FIELD_PAIRS, LOWER, match_key, word_alternatives

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


# The comma of a pair of fields, followed by the pair's second half (matched folded).
_PAIR_COMMA = rf",[^\S\n]+(?=(?:{'|'.join(sorted({second for _, second in FIELD_PAIRS}))})(?!\w))"


@functools.lru_cache(maxsize=8)
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    kinds = word_alternatives(lexicon.document_kinds)
    issuers = "|".join(map(re.escape, sorted(lexicon.document_issuers, key=len, reverse=True)))
    term = r"(?:\s+khóa\s+[ivxlc]+(?!\w))?"  # "… khóa XII": the issuer's term
    congress = (
        # Another party's congress names the party: "Đại hội Đảng Nhân dân Cách mạng Lào
        # lần thứ XI" (a party committee's, "Đảng bộ …", is not a Party Congress).
        r"đại hội(?: (?P<party>đảng(?! bộ)(?: [^\s,.;:()]+){1,5}?) lần thứ| đảng)?"
        r"(?: đại biểu toàn quốc)?(?: (?:đảng )?lần thứ)?\s*"
        r"(?P<congress>[ivxlc]+|[0-9]{1,2})(?![\w])(?: của đảng)?"
    )
    return re.compile(
        # "Bản ghi nhớ (MOU) về …": the kind's short form in brackets, then the rest.
        rf"(?P<kind>{kinds})(?:\s+\([a-z]{{2,6}}\))?(?P<so>\s+số)?\s+(?:"
        # "Nghị quyết của Quốc hội về một số cơ chế …": by issuer and subject.
        rf"của\s+(?P<by>{issuers})\s+về\s+(?P<about>[^\s,.;:()“”\"]+(?:[^\S\n]+[^\s.;:()“”\"]+){{0,28}})"
        rf"|"
        # "59-NQ/TW", "95/CĐ-TTg", "24/2023/QH15", "36NQ/TW": parts joined by / or -.
        # A code's letters may carry a horn: "1638/QĐNSTƯ", "NQ/TƯ"; a slash may stand
        # between spaces: "Công điện số 39 /CĐ-TTg".
        rf"(?P<number>[0-9]+(?:-?[a-zđươ]+[0-9]*)?"
        rf"(?:(?:-|[^\S\n]?/[^\S\n]?)(?:[0-9]+|[a-zđươ]+[0-9]*))*)"
        # "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị": the date may come first.
        rf"(?P<on>\s+ngày\s+[0-9]{{1,2}}[/-][0-9]{{1,2}}(?:[/-][0-9]{{4}})?)?"
        # "… của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII": the
        # plenum that passed it, and the term of the issuer ("Hội nghị Trung ương 6 khóa
        # XII" alone).
        rf"(?:\s+(?:của|do)\s+(?:hội nghị trung ương(?: lần thứ)?\s+[0-9a-zà-ỹđ]+{term}"
        rf"|(?:hội nghị(?: lần thứ)?\s+[0-9a-zà-ỹđ]+\s+)?(?P<issuer>{issuers})(?!\w){term}))?"
        rf"|(?:của\s+)?{congress}"
        # A name never runs on past its line ("Luật Đấu thầu" ending a heading), nor
        # starts on the next ("… ra Tuyên bố chung" ending one).
        # A name runs on through the comma of a pair of fields: "… về hợp tác phòng,
        # chống tội phạm", "… phòng cháy, chữa cháy".
        # So does it past a short form in brackets with more after it: "Bản ghi nhớ hợp tác
        # (MOU) trong lĩnh vực năng lượng".
        rf"|(?P<named>(?<!\n)(?=[a-zà-ỹđ])[^\s,.;:()\[\]“”\"]+(?:(?:[^\S\n]+|{_PAIR_COMMA})"
        rf"[^\s,.;:()\[\]“”\"]+|[^\S\n]+\([a-z]{{2,6}}\)(?=[^\S\n]+[a-zà-ỹđ])){{0,24}}))"
    )


def extract_documents(article: Article, lexicon: Lexicon) -> tuple[DocumentRef, ...]:
    """The documents cited in ``article``, each once, in order of first citation."""
    text = article.text
    keyed = analysis_of(text).keyed
    found: dict[tuple[object, ...], DocumentRef] = {}
    pattern = _pattern(lexicon)
    position = 0
    while (match := pattern.search(keyed, position)) is not None:
        # A rejected match may hide a document inside it: look again one place on.
        position = match.start() + 1
        if not text[match.start()].isupper() and not _says_which(match):
            # "nghị quyết chuyên đề": a resolution in general, not a document; a number
            # with its code, "số", a date or an issuer says which one ("công điện 201
            # ngày 26-2 của Chính phủ"), a bare number may not ("luật 8").
            continue
        if (
            match.group("number")
            and match_key(match.group("kind")) in _ALSO_VERBS
            and _opens_sentence(text, match.start())
            and not _says_which(match)
        ):
            continue  # "Thông báo 2 trường hợp …": at a sentence's start, the verb and a count
        if _INSTITUTION_BEFORE.search(keyed, max(0, match.start() - 16), match.start()):
            # "Trường Đại học Luật Hà Nội", "cử nhân Luật", "Công ty Luật TNHH …": a
            # school, a degree, a law firm, with no document in its name ("Công ty Luật
            # Thế Giới Luật Pháp").
            run = _CAPITALISED_RUN.match(text, match.end("kind"))  # it may match nothing
            position = run.end() if run is not None else position
            continue
        if text.startswith("Tổ chức ", max(0, match.start() - 8)):
            continue  # "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)": an alliance it names
        if text.startswith("Ngày ", max(0, match.start() - 5)) and not match.group("number"):
            continue  # "Ngày Hiến pháp Ba Lan", "Ngày Pháp luật": a day kept, named for it
        kind = text[match.start("kind") : match.end("kind")]
        acronym: tuple[int, int] | None = None
        number = issuer = None
        congress: int | None = None
        end = match.end()
        if match.group("by"):
            issuer = text[match.start("by") : match.end("by")]
            about = text[match.start("about") : match.end("about")]
            end = match.start("about") + len(
                _cut_name(about, lexicon.document_kinds, lexicon.countries)
            )
        elif match.group("number"):
            # "39 /CĐ-TTg" is the number "39/CĐ-TTg".
            number = "".join(text[match.start("number") : match.end("number")].split())
            if match.group("issuer"):
                issuer = text[match.start("issuer") : match.end("issuer")]
        elif match.group("congress"):
            congress = roman_to_int(match.group("congress"))
            if congress is None:
                continue
        else:
            named = text[match.start("named") : match.end("named")]
            keyed_kind = match_key(kind)
            # "Hiệp định về hợp tác lao động" names an agreement; at a sentence's start a
            # capital says nothing ("Bản ghi nhớ công bố hồi …").
            item_end = _list_item_end(text, match.start(), match.start("named"))
            keyed_named = keyed[match.start("named") : match.end("named")]
            # "Hiến pháp năm 2013", "Hiến pháp 2013": a kind named by its year alone.
            dated = _YEAR_NAME.match(keyed_named)
            # "Quốc hội thông qua Nghị quyết về thí điểm …": any kind, named by its subject.
            # At a sentence's start, a kind that is also a verb ("Kết luận về …",
            # "Tuyên bố về …") is the verb, unless the name's short form follows it.
            by_subject = (
                keyed_named.startswith("về ")
                and text[match.start()].isupper()
                and (
                    keyed_kind not in _ALSO_VERBS
                    or not _opens_sentence(text, match.start())
                    or _before_acronym(
                        text, keyed_kind, match.start("named"), lexicon.document_kinds
                    )
                    is not None
                )
            )
            opens = (
                named[:1].isupper()
                or by_subject
                or dated is not None
                or (
                    keyed_kind in lexicon.agreement_kinds
                    and (item_end is not None or not _opens_sentence(text, match.start()))
                    # "ký Hiệp ước trong một toa tàu …": where, not which.
                    and keyed_named.split(" ", 1)[0] not in _NOT_A_NAME
                )
            )
            if not opens or not (by_subject or keyed_kind in lexicon.named_document_kinds):
                # "Công ước Liên hợp quốc …" is cited by name; "Nghị quyết Đại hội" without
                # a number says which resolution only to a reader who knows.
                continue
            acronym = _before_acronym(
                text, keyed_kind, match.start("named"), lexicon.document_kinds
            )
            if dated is not None:
                size = dated.end()
            elif keyed_kind in _CAPITALS_ONLY:
                # "Hiến pháp Thái Lan bãi nhiệm …": a constitution is named by its
                # country and year, never by what the sentence goes on to say.
                size = _capitals_and_year(named)
            else:
                size = len(
                    _cut_name(
                        named,
                        lexicon.document_kinds,
                        lexicon.countries,
                        subject_after_year=keyed_kind in _SUBJECT_AFTER_YEAR
                        or keyed_kind in lexicon.agreement_kinds,
                        actions=lexicon.action_words,
                    )
                )
            end = item_end or (acronym[0] if acronym else None) or match.start("named") + size
            if end == match.end("named") and not acronym:
                # "Hiệp định khung về hợp tác kinh tế, thương mại và đầu tư": a list of
                # fields the name runs on through, past the comma it stopped at.
                listed = _FIELDS.match(keyed, end)
                end = listed.end() if listed else end
                paired = _SUBJECT_PAIR.match(keyed, match.start("named")) if by_subject else None
                if (
                    paired is not None
                    and paired.end("first") == end
                    # "Bản ghi nhớ về hợp tác giáo dục, Hiệp định khung …": another document.
                    and not any(
                        keyed.startswith(f"{other} ", paired.start("second"))
                        for other in lexicon.document_kinds
                    )
                ):
                    # "Nghị quyết về một số cơ chế, chính sách đặc thù …", "Kết luận về một
                    # số nội dung, nhiệm vụ …": a subject of two nouns joined by a comma.
                    more = text[paired.start("second") : paired.end()]
                    end = paired.start("second") + len(
                        _cut_name(more, lexicon.document_kinds, lexicon.countries)
                    )
        if not acronym and (amended := _AMENDED.match(keyed, end)):
            end = amended.end()  # "Luật Đất đai (sửa đổi)": the bracket is its name's
        while end > match.end("kind") and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1  # "Nghị quyết về … ; …", "… quốc tế, nhằm …": before the space, the comma
        span = Span(match.start(), end)
        # The acronym in brackets after a name is that name again, not another document.
        position = acronym[1] if acronym and end == acronym[0] else end
        if match.group("by") and _cited_by_code(lexicon).search(keyed, match.end("kind"), end):
            # "Quyết định … về kiện toàn Ban Chỉ đạo … và thực hiện Nghị quyết 59-NQ/TW …":
            # the resolution its name cites by code is cited too.
            position = match.end("kind")
        key = (
            match_key(kind),
            number,
            match_key(issuer or ""),
            congress,
            match_key(text[span.slice]) if not (number or congress) or match.group("party") else "",
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
    return _merged(_with_amending(text, keyed, list(found.values()), lexicon))


@functools.lru_cache(maxsize=8)
def _cited_by_code(lexicon: Lexicon) -> re.Pattern[str]:
    """A document cited by kind and code: "nghị quyết 59-nq/tw", "quyết định số 12/qđ-ttg"."""
    kinds = word_alternatives(lexicon.document_kinds)
    return re.compile(rf"(?<!\w)(?:{kinds})(?: số)? [0-9]+[-/][^\s,.;:]*[a-zđ]")


@functools.lru_cache(maxsize=8)
def _amending_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A kind of document amending another: "luật sửa đổi, bổ sung một số điều của "."""
    kinds = word_alternatives(lexicon.document_kinds)
    return re.compile(rf"(?<!\w)(?P<kind>{kinds}) sửa đổi,? bổ sung (?:một số điều của )?")


_ALSO_AMENDED = (", ", " và ")  # "… của Luật Cán bộ, công chức và Luật Viên chức"


def _with_amending(
    text: str, keyed: str, documents: list[DocumentRef], lexicon: Lexicon
) -> list[DocumentRef]:
    """``documents`` and the documents amending them, in order of first citation.

    "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư", "Nghị định sửa đổi, bổ sung
    Nghị định 117 của Chính phủ": a document of its own, named by the one it amends
    (itself cited, and kept); its name runs to the end of the last document it amends
    ("… của Luật Cán bộ, công chức và Luật Viên chức").
    """
    if " bổ sung " not in keyed:
        return documents
    ends = {span.start: span.end for document in documents for span in document.spans}
    amending: dict[str, DocumentRef] = {}
    for found in _amending_pattern(lexicon).finditer(keyed):
        end = ends.get(found.end())
        if end is None:
            continue  # "Thông tư sửa đổi, bổ sung việc …": no document named after it
        while joiner := next((j for j in _ALSO_AMENDED if keyed.startswith(j, end)), None):
            if end + len(joiner) not in ends:
                break
            end = ends[end + len(joiner)]
        span = Span(found.start(), end)
        name = text[span.slice]
        key = match_key(name)
        known = amending.get(key)
        amending[key] = (
            attrs.evolve(known, spans=(*known.spans, span))
            if known is not None
            else DocumentRef(
                kind=text[found.start("kind") : found.end("kind")], text=name, spans=(span,)
            )
        )
    if not amending:
        return documents
    # In order of first citation, as the others are.
    return sorted([*documents, *amending.values()], key=lambda document: document.spans[0].start)


_ROOT = re.compile(r"[0-9]+")
_START_END = operator.attrgetter("start", "end")


def _merged(documents: list[DocumentRef]) -> tuple[DocumentRef, ...]:
    """The documents less the citations that are one another in shorter form.

    "Nghị định số 60/2024/NĐ-CP của Chính phủ", later "Nghị định số 60": one decree. Of
    one kind, a bare number is the first number of a coded one, and an issuer given by
    one and not the other is the same; the fullest citation names it (the longest text,
    the coded number, the issuer), at the place it is first cited.
    """
    groups: dict[tuple[str, str], list[int]] = {}
    for index, document in enumerate(documents):
        root = _ROOT.match(document.number or "")
        if root is not None and document.congress is None:
            groups.setdefault((match_key(document.kind), root.group()), []).append(index)
    into: dict[int, int] = {}  # a document's index -> the index of the one it joins
    for indexes in groups.values():
        for position, index in enumerate(indexes):
            for other in indexes[:position]:
                other = into.get(other, other)
                if _same_document(documents[other], documents[index]):
                    into[index] = other
                    break
    if not into:
        return tuple(documents)
    members: dict[int, list[DocumentRef]] = {}
    for index, document in enumerate(documents):
        members.setdefault(into.get(index, index), []).append(document)
    return tuple(_fullest(members[index]) for index in sorted(members))


def _same_document(one: DocumentRef, other: DocumentRef) -> bool:
    numbers = {one.number, other.number}
    root = _ROOT.match(one.number or "")
    bare = root is not None and root.group() in numbers  # "60" beside "60/2024/NĐ-CP"
    issuers = {match_key(one.issuer or ""), match_key(other.issuer or "")} - {""}
    return (len(numbers) == 1 or bare) and len(issuers) <= 1


def _fullest(citations: list[DocumentRef]) -> DocumentRef:
    if len(citations) == 1:
        return citations[0]
    return DocumentRef(
        kind=citations[0].kind,
        text=max((c.text for c in citations), key=len),
        spans=tuple(sorted((s for c in citations for s in c.spans), key=_START_END)),
        number=max((c.number or "" for c in citations), key=len) or None,
        issuer=next((c.issuer for c in citations if c.issuer), None),
        congress=citations[0].congress,
    )


def _says_which(match: re.Match[str]) -> bool:
    number = match.group("number")
    if not number:
        return False
    coded = any(ch.isalpha() for ch in number)  # "59-NQ/TW", "5323/QĐ-UBND"
    return (
        coded
        or bool(match.group("so") or match.group("on") or match.group("issuer"))
        # "nghị quyết 57", "công điện 201": a number of two digits or more after a kind
        # that is no verb, and no count of something after it ("nghị quyết 12 điểm").
        or (
            len(number) > 1
            and match.group("kind").lower() in _NAMED_BY_NUMBER
            and not _COUNTED_AFTER.match(match.string, match.end("number"))
        )
    )


_NAMED_BY_NUMBER = frozenset({"nghị quyết", "nghị định", "công điện", "thông tư"})
_COUNTED_AFTER = re.compile(r"\s+(?:năm|tháng|ngày|kỳ|điểm|điều|nội dung|nhiệm vụ|%)(?!\w)")


# Kinds that are verbs too ("Kết luận về …, Thủ tướng nêu rõ …"), as match keys.
_ALSO_VERBS = frozenset(
    "tuyên bố|quyết định|kết luận|chỉ thị|quy định|thỏa thuận|thoả thuận|thông báo".split("|")
)


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip(" ")
    return not before or before[-1] in ".!?\n:;-–"


_ITEM_END = re.compile(r";|\.(?:\s|$)|\n")
_MAX_ITEM_WORDS = 40
_ACRONYM = re.compile(
    r"[^,.;:()\n]{1,300}?(?=(?P<bracket>\s\((?:[^\W\d_]+\s+){0,3}[A-Z0-9-]{2,}\)))"
)


def _list_item_end(text: str, start: int, named: int) -> int | None:
    """Where a document that opens a list item ends: the whole item is its name.

    "… các văn kiện gồm: Bản ghi nhớ giữa … về xây dựng, triển khai …; Hiệp định …".
    """
    before = text[max(0, start - 3) : start].rstrip(" ")
    if not before or before[-1] not in ":;":
        return None
    stop = _ITEM_END.search(text, named, named + 400)
    if stop is None or len(text[named : stop.start()].split()) > _MAX_ITEM_WORDS:
        return None
    if before[-1] != ";" and stop.group() != ";":
        return None  # not a list of items: "Bộ trưởng: Luật … không có lợi ích nhóm."
    return stop.start()


def _before_acronym(
    text: str, kind: str, named: int, kinds: frozenset[str]
) -> tuple[int, int] | None:
    """Where a name its acronym follows ends, and where the acronym's bracket closes.

    "Hiệp định … ngoài phạm vi tài phán quốc gia (Hiệp định BBNJ)": the whole run. The
    name may hold words that end others ("tại") only when the bracket repeats the kind:
    in "Luật … với các quy định … máy bay không người lái (UAV)" it names the drone.
    """
    found = _ACRONYM.match(text, named)
    if found is None:
        return None
    keyed = f" {match_key(found.group())} "
    if any(f" {kind} " in keyed for kind in kinds):
        return None  # "Hiệp định A và Hiệp định B (…)": the acronym is the last one's
    bracket = match_key(found.group("bracket")).lstrip(" (")
    if not bracket.startswith(f"{kind} ") and _NAME_END.search(keyed):
        return None
    if _NAME_GOES_ON.match(match_key(text[found.end("bracket") : found.end("bracket") + 24])):
        return None  # "Bản ghi nhớ hợp tác (MOU) trong lĩnh vực năng lượng": a short form inside
    return found.end(), found.end("bracket")


# What goes on with a name after a short form in its middle: its subject or its field.
_NAME_GOES_ON = re.compile(r"[^\S\n]+(?:về|trong (?:các )?lĩnh vực|giữa)\s")


_NAME_END = re.compile(
    # Not right after "về (việc)": what the document is about ("Tuyên bố chung về tiếp tục
    # làm sâu sắc …") is its name; nor "của" whose parties or relations it is about
    # ("… ứng xử của các bên", "Hiệp ước về các nguyên tắc cơ bản của quan hệ …"), or
    # whose people ("Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Công ước về quyền
    # của người khuyết tật").
    r"(?<!\bvề)(?<!\bviệc)\s(?:(?<!tự )do"
    r"|của(?! (?:các bên|quan hệ|công dân|người (?:nước ngoài|khuyết tật|lao động))\s)"
    r"|đã|được|là|nhằm"
    r"|(?:đối )?với|sẽ|trong(?! (?:các )?lĩnh vực)|tại|cũng|quy định|có|này"
    # What the sentence says the document does: "Luật … góp phần …", "Hiệp định … mở ra …"
    r"|góp phần|hứa hẹn|mở ra|đặt ra|khẩn trương|mang lại|đi vào|cho phép|đang|đánh dấu"
    r"|tiếp tục|giúp|làm cơ sở|trao(?! đổi)|chính thức (?:có|được|đi|thông tin)"
    # … what it holds or states: "Hiệp định CEPA gồm …", "Tuyên bố chung nhấn mạnh …".
    r"|(?:bao )?gồm|nhấn mạnh|khẳng định|xác định|nêu rõ|thể hiện"
    # Why, when and how, as a clause goes on: "… Luật Kinh doanh bất động sản để các
    # luật …", "Bộ luật Lao động như sau", "Bộ luật Hình sự lại …", "… vào ngày 30/4"
    # (not "vì": "Đối tác … vì hòa bình"; nor "vào" but for a time: "… kết nạp
    # Timor-Leste vào ASEAN").
    r"|để|khi|sau khi|nhưng|thì|mà|như|hoặc|lại|theo hướng|theo đó|mới đây|vừa qua"
    r"|vào (?:ngày|năm|tháng|tuần|cuối|đầu|giữa|sáng|chiều|tối|lúc|thời)"
    r"|từ (?:ngày|năm|tháng)"  # "… phê chuẩn Công ước … từ năm 2014": since when
    # A count after "và" joins no party to the name: "… và Liên bang Nga và một năm …".
    r"|và (?:một|[0-9]+))[\s,]"
)
# Fields listed after a name's comma, one to four words each, the last after "và", up to
# the name's end: ", thương mại và đầu tư", ", an ninh và động viên công nghiệp".
_FIELD = r"[a-zà-ỹđ]+(?: [a-zà-ỹđ]+){0,3}"
# A subject that opens with two nouns joined by a comma, the first of four words at most
# ("về một số cơ chế, chính sách …", "về thí điểm cơ chế, chính sách …"), then the rest
# of its words up to the next mark; not a clause after the comma ("Kết luận về việc này,
# các bộ cần …").
_SUBJECT_PAIR = re.compile(
    rf"về (?:một số |các )?(?P<first>{_FIELD}), "
    r"(?!(?:các|những|theo|trong|đồng|đây|đó|này|nhất|đặc biệt|ông|bà|cần|phải|và"
    # "Bản ghi nhớ về hợp tác giáo dục, cùng Chương trình …", "…, sau đó …": the sentence
    # goes on.
    r"|cùng|sau|trước|khi|nhằm|góp|tạo|giúp|với|qua|được|đã|sẽ|tại|vào|nhân|gồm|bao)(?!\w))"
    r"(?P<second>[a-zà-ỹđ]+(?: [^\s,.;:()\[\]“”\"]+){0,20})"
)
_FIELDS = re.compile(rf"(?:, {_FIELD})*, {_FIELD} và {_FIELD}(?=[.,;:)\n]|$| (?:giữa|của|với) )")
# Words a name in lower case never opens with: where, when, which one, a verb.
_NOT_A_NAME = frozenset("trong tại vào này đó được đã là sẽ bị".split())
_AMENDED = re.compile(r" ?\((?:sửa đổi|sửa đổi, bổ sung)\)")
_DANGLING = re.compile(r"\s+(?:và|hoặc|cùng|theo|về(?: việc)?|[-–])$")
# The capitalised words that go on with an institution's name: "(Luật) Thế Giới Luật Pháp".
_CAPITALISED_RUN = re.compile(rf"(?:[^\S\n]+[^\W\d_{LOWER}]\w*)*")
_INSTITUTION_BEFORE = re.compile(
    r"(?:đại học|khoa|ngành|cử nhân|thạc sĩ|tiến sĩ|sinh viên|công ty|hãng) $"
)
# Kinds named by their country and year only: "Hiến pháp Thái Lan", "Hiến pháp năm 2013".
_CAPITALS_ONLY = frozenset({"hiến pháp"})
# A year that names a document by itself, right after its kind: "Hiến pháp năm 2013".
_YEAR_NAME = re.compile(r"(?:năm\s+)?(?:19|20)[0-9]{2}(?![\w/-])")


def _capitals_and_year(named: str) -> int:
    """The length of the capitalised words opening ``named``, with a year after them."""
    size = 0
    for word in re.finditer(r"\S+", named):
        if not word.group()[:1].isupper():
            year = _YEAR_NAME.match(match_key(named), word.start())
            return year.end() if year else size
        size = word.end()
    return size


# A year written bare ends a name: "Luật Đất đai 2024 …", "Hiến pháp 2013 …".
# A year ends a name, and so does a span of years: "… giai đoạn 2024-2025", "2021 - 2030".
_BARE_YEAR = re.compile(r"\s(?:19|20)[0-9]{2}(?:\s?[-–]\s?(?:19|20)[0-9]{2})?(?!\w)")
_AND = re.compile(r"\svà\s")
# After "và", words no name goes on with: a count opens another noun ("… và nhiều văn
# kiện …"), "phù hợp" goes on with the clause ("Hiến chương … và phù hợp với …").
_NOT_MORE_NAME = (" nhiều ", " các ", " những ", " một số ", " hàng loạt ", " phù hợp ")
_CODE = re.compile(r"[0-9]+[-/]\S*[^\W\d_]\S*")  # "59-NQ/TW"
_COMMA = re.compile(r", ")
# After a comma, a clause: "…, ông …".
_HONORIFICS_AFTER_COMMA = ("ông ", "bà ", "đồng chí ")
# What a steering committee is named by: "Ban Chỉ đạo … và thực hiện Nghị quyết …".
_COMMITTEE_TASKS = (" thực hiện ", " triển khai ", " tổng kết ")
_YEAR = re.compile(r"\snăm [0-9]{4}(?:\s?[-–]\s?[0-9]{4})?(?!\w)")


_MOST_FIELD_WORDS = 3
# Kinds, besides the agreements, whose subject may follow their year: "Công ước Viên năm
# 1961 về quan hệ ngoại giao", "Hiệp định Paris năm 1973 về chấm dứt chiến tranh …".
_SUBJECT_AFTER_YEAR = frozenset({"công ước"})
# "về" opening a subject; not "về cơ bản" (basically), "về trước", "về sau", "về nước".
_SUBJECT = re.compile(r" về (?!cơ bản|trước|sau|nước)\w")


# What opens a party to a document after "giữa … và": a body, a government, a state.
_PARTY_OPENERS = tuple(
    f" {opener} "
    for opener in (
        "bộ", "chính phủ", "ủy ban", "tổng cục", "cục", "ngân hàng", "tập đoàn",
        "tổng công ty", "công ty", "viện", "trường", "đại học", "hội", "liên đoàn", "quốc hội",
        "cộng hòa", "nhà nước", "thành phố", "tỉnh", "đảng", "văn phòng", "cơ quan",
        "ban", "hiệp hội", "liên minh", "tổ chức", "vương quốc", "liên bang", "chính quyền",
    )
)  # fmt: skip


# Capitalised words after "và" that open no field of a party's name: who acts next.
_NOT_FIELDS = tuple(
    f" {words} "
    for words in (
        "thủ tướng", "bộ trưởng", "chủ tịch", "tổng bí thư", "tổng thống", "đại sứ",
        "lãnh đạo", "thứ trưởng", "ngoại trưởng", "phó", "người", "ông", "bà", "đồng chí",
        "hai", "các", "đại diện",
    )
)  # fmt: skip


_NO_FIELD_AFTER_AND = _PARTY_OPENERS + _NOT_FIELDS


def _country_at(rest: str, countries: Container[str]) -> bool:
    """Whether ``rest`` (folded, spaced at both ends) opens with a country's name."""
    words = rest.split()
    return any(" ".join(words[:size]) in countries for size in range(1, 5))


def _joins_fields(named: str, before: int, after: int, countries: Container[str]) -> bool:
    """Whether the "và" between ``before`` and ``after`` joins two fields of one name.

    "Luật Khoa học và Công nghệ (năm 2013)": a field of a few syllables on each side,
    each opening with a capital, the second ending the name; not a country ("Công ước
    Viên và Việt Nam"), nor a name in capitals ("Hiệp định CPTPP và EVFTA").
    """
    first = named[:before].split()
    rest = named[after:]
    year = _YEAR.search(f" {rest}") or _BARE_YEAR.search(f" {rest}")
    second = (rest[: year.start()] if year else rest).split()
    return (
        0 < len(first) <= _MOST_FIELD_WORDS
        and 0 < len(second) <= _MOST_FIELD_WORDS
        and all(side[0][:1].isupper() and not side[0].isupper() for side in (first, second))
        and match_key(" ".join(second)) not in countries
    )


def _opens_action(rest: str, actions: Container[str]) -> bool:
    """Whether the folded words ``rest`` open with one of ``actions`` of two words or more."""
    words = rest.split(maxsplit=3)
    return any(" ".join(words[:size]) in actions for size in (3, 2))


def _cut_name(
    named: str,
    kinds: frozenset[str],
    countries: Container[str],
    *,
    subject_after_year: bool = False,
    actions: Container[str] = frozenset(),
) -> str:
    """A document's name ends before the sentence goes on: "… tội phạm mạng đã …".

    A year ends it ("Luật Điều ước quốc tế năm 2016 quy định …"), but for an agreement
    or a convention (``subject_after_year``) the subject after it, if any, still names
    it ("Công ước Viên năm 1961 về quan hệ ngoại giao"). A "và" joins words of
    one name ("toàn diện và tiến bộ"), but ends it before a capitalised word or another
    document ("… và ký Công ước …") or an action (one of ``actions``: "… và thúc đẩy
    …", but not in a subject after "về"), unless it joins two fields written with
    capitals (see :func:`_joins_fields`).
    """
    stop = _NAME_END.search(f"{named} ")
    while stop is not None and match_key(named[stop.start() : stop.start() + 5]) == " của ":
        code = named[: stop.start()].rsplit(maxsplit=1)[-1:]
        if not (code and _CODE.fullmatch(code[0])):
            break
        # "… và thực hiện Nghị quyết 59-NQ/TW của Bộ Chính trị": the issuer of a document
        # the name cites by its code.
        stop = _NAME_END.search(f"{named} ", stop.end())
    named = named[: stop.start()] if stop else named
    keyed = match_key(named)
    for comma in _COMMA.finditer(keyed):
        rest = keyed[comma.end() :]
        if rest.startswith(_HONORIFICS_AFTER_COMMA) or any(
            rest.startswith(f"{kind} ") for kind in kinds
        ):
            # "…, Quy chế hoạt động của …": another document; "…, bà …": a clause.
            named = named[: comma.start()]
            keyed = keyed[: comma.start()]
            break
    parties_joined = 0  # the "và" that joined the parties after each "giữa"
    for joined in _AND.finditer(keyed):
        rest = f" {keyed[joined.end() :]} "
        if any(rest.startswith(f" {kind} ") for kind in kinds):
            named = named[: joined.start()]  # "… và Bản ghi nhớ …": another document
            break
        before = f" {keyed[: joined.start()]} "
        between = before.count(" giữa ")
        if between:
            capital = named[joined.end() : joined.end() + 1].isupper()
            if (
                capital
                and not rest.startswith(_NO_FIELD_AFTER_AND)
                and not _country_at(rest, countries)
            ):
                # "giữa Bộ Kế hoạch và Đầu tư Việt Nam và …", "… Bộ Tài nguyên khoáng sản
                # và Năng lượng Mozambique": a field of one party's name.
                continue
            if parties_joined < between:
                # "Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Công an Lào": both parties.
                parties_joined += 1
                continue
        if _joins_fields(named, joined.start(), joined.end(), countries):
            continue  # "Luật Khoa học và Công nghệ"
        if " ban chỉ đạo " in before and rest.startswith(_COMMITTEE_TASKS):
            # "… kiện toàn Ban Chỉ đạo quốc gia về hội nhập quốc tế và thực hiện Nghị
            # quyết 59-NQ/TW …": a steering committee is named by the tasks it leads.
            continue
        if rest.startswith(_NOT_MORE_NAME) or (
            # "… Thỏa thuận hợp tác 3 tuyến đường sắt và thúc đẩy …": what is asked goes
            # on; but a subject after "về" may hold actions ("Luật … về phát triển và quản
            # lý nhà ở xã hội", "Tuyên bố chung về … làm sâu sắc và nâng tầm quan hệ …").
            _opens_action(rest, actions) and " về " not in before
        ):
            named = named[: joined.start()]
            break
        if named[joined.end() : joined.end() + 1].isupper() or any(
            f" {kind} " in rest for kind in kinds
        ):
            named = named[: joined.start()]
            break
    year = _YEAR.search(named) or _BARE_YEAR.search(named)
    if year is not None and not (
        subject_after_year and _SUBJECT.match(match_key(named[year.end() :]))
    ):
        named = named[: year.end()]
    # "… hộ chiếu ngoại giao và công vụ và đang …": no name ends with its "và", nor with
    # the dash or "theo" the words cut after it hung on.
    return _DANGLING.sub("", named)
