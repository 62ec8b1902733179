r"""Text utilities: normalisation, search keys and paragraph splitting.

>>> fold("Tổng Bí thư TÔ LÂM, Bộ Ngoại giao")
'tong bi thu to lam, bo ngoai giao'
>>> for _, _, text in paragraphs("Một.\n\n  Hai\nba.\n"):
...     print(repr(text))
'Một.'
'Hai\nba.'
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["SENTENCE", "fold", "match_key", "normalize", "paragraphs"]

LOWER = "a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
"""Vietnamese lower-case letters for a regex class (the range ``à-ỹ`` holds capitals)."""
CAPITAL = rf"(?![{LOWER}])[^\W\d_]"
"""A capital letter, Vietnamese ones included, for a regex (``[A-ZÀ-Ỹ]`` would take the
lower-case ``đ``, ``ư``, ``ạ`` … that lie in that range)."""

HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,200})?/?>")
"""An HTML tag, as pages carry them into text (``<b>``, ``<a href="…">``); its name is
of ASCII letters, so ``<Việt Nam>`` is words in brackets."""
LINK_ADDRESS = r"(?:[^()\s]|\([^()\s]*\))+"
"""A Markdown link's or image's address, for a regex: brackets inside it pair
(``…/100920240913-0910tbt-(3).jpg``)."""
KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^{}\n]{0,300}\}")
"""A kramdown attribute list, as Jekyll posts carry them (``{: .center}``, ``{:toc}``)."""
# What no reader of a page sees, from its opening to its first closing mark: an HTML
# comment, and Liquid's tags and outputs.
_HIDDEN = (("<!--", "-->"), ("{%", "%}"), ("{{", "}}"))


def unhidden(text: str) -> str:
    """``text`` with what no reader sees as spaces, letter for letter.

    HTML comments and Liquid's tags and outputs (``<!--more-->``, ``{% include … %}``,
    ``{{ site.title }}``), each from its opening to its first closing mark, found with
    ``str.find``: a text of openings alone is read once. An opening never closed stays.

    >>> unhidden("a <!-- b --> c {% d %} e {{ f }} g <!-- h")
    'a            c         e         g <!-- h'
    """
    for opening, closing in _HIDDEN:
        start = text.find(opening)
        if start < 0:
            continue
        pieces: list[str] = []
        done = 0
        while start >= 0:
            end = text.find(closing, start + len(opening))
            if end < 0:
                break  # no closing mark after it: none closes a later opening either
            end += len(closing)
            pieces += (text[done:start], " " * (end - start))
            done = end
            start = text.find(opening, end)
        text = "".join([*pieces, text[done:]])
    return text


FIELD_PAIRS = (
    ("phòng", "chống"),
    ("phòng cháy", "chữa cháy"),
    ("cứu nạn", "cứu hộ"),
    ("cứu hộ", "cứu nạn"),
    ("tham nhũng", "tiêu cực"),
    ("tìm kiếm", "cứu nạn"),
    ("khám bệnh", "chữa bệnh"),
    ("khám", "chữa bệnh"),
    ("xuất cảnh", "nhập cảnh"),
)
"""Fields Vietnamese writes in pairs joined by a comma inside one name, as match keys.

"Ban Chỉ đạo phòng, chống thiên tai", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
"Luật Khám bệnh, chữa bệnh", "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam"."""

# The lookbehind comes after the "r": a pattern that opens with one is tried at every
# position of the text, four times slower than one the engine skips ahead to.
SAID = re.compile(r"r(?<!\w[\s\S])ằng(?!\w)|“")
"""Where words said open in folded text: "rằng" (that) or an opening quotation mark.

What follows is reported speech: a place or a planned cue there is the speaker's, not
the event's that the sentence reports."""

AIMED = re.compile(r"n(?<!\w[\s\S])hằm(?!\w)|t(?<!\w[\s\S])rong bối cảnh(?!\w)")
"""Where an aside opens in folded text: what an event was for ("nhằm") or the times it
fell in ("trong bối cảnh"). A planned cue or a place there is not the event's: "… đã
đến Kiev nhằm thể hiện … trong bối cảnh sắp diễn ra bầu cử" plans the election."""


def aside_start(keyed: str, matches: Iterable[re.Match[str]], start: int) -> int | None:
    """Where the first of ``matches`` (of :data:`AIMED`) outside straight quotes opens.

    ``start`` is where the quotes are counted from: in `tọa đàm "Đầu tư trong bối cảnh
    mới"` the words are a name.
    """
    for found in matches:
        if keyed.count('"', start, found.start()) % 2 == 0:
            return found.start()
    return None


_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
# Invisible marks that scraped and machine-translated pages leave between words ("dự
# kiến \u200b\u200bsẽ", "ngày\u200b 18/11"): a zero-width space, a word joiner, a byte
# order mark inside the text. They carry nothing and would split what they sit in.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]+")
# Spaces of fixed width or that break no line (web pages' "&nbsp;" inside a phrase:
# "hội\xa0đàm", "Nghị\xa0quyết"): a space like any other to a reader, one for one.
_ODD_SPACE_CHARS = "\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# A paragraph starts at a non-space character and runs over the lines that follow
# until a blank line (one with nothing but whitespace).
ABBREVIATIONS = ("TP", "Tp", "TS", "ThS", "GS", "PGS", "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms", "St")
"""Words whose dot ends no sentence: ``TP. Hồ Chí Minh``, ``Ferdinand Marcos Jr.``."""
_AFTER_ABBREVIATION = "|".join(rf"(?<=\b{word})" for word in ABBREVIATIONS)
SENTENCE = re.compile(
    # Runs of ordinary characters are taken whole, not one step of the group each.
    r"(?:[^.!?…\n]+"
    # A dot inside a word or a number ends nothing ("TP.HCM", "PGS.TS", "Chiều 2.2"), nor
    # one after an abbreviation ("TP. Hồ Chí Minh", "Ferdinand Marcos Jr., Thủ tướng …");
    # lower case too, for folded text.
    # But a dot run into the next sentence, as scrapers join paragraphs ("… hợp
    # tác.Thủ tướng …": a word in lower case, then a capital and a lower-case letter),
    # ends one, unless after an abbreviation ("Tp.Hồ Chí Minh").
    rf"|(?!(?<=[{LOWER}])\.{CAPITAL}[{LOWER}])\.(?=\w)"
    rf"|(?:{_AFTER_ABBREVIATION})\.(?=\w)"
    rf"|(?i:{_AFTER_ABBREVIATION})\.(?=[ ,])"
    # Nor an initial's: "Marc E. Knapper", "Maynardo L.B. Montealegre" (spaces doubled too).
    r"|(?i:(?<=[\s.][a-zđ]))\.(?= +\w)"
    r")+[.!?…]*"
)
"""A sentence: up to its final punctuation, but not across a dot inside a word or number
(``TP.HCM``, ``Chiều 2.2``) or after one of the :data:`ABBREVIATIONS`; a dot run into the
next sentence (``… hợp tác.Thủ tướng …``) ends one."""
PARAGRAPH_RUN = re.compile(r"\S(?:[^\n]*\S)?(?:\n[^\S\n]*\S(?:[^\n]*\S)?)*")
"""A paragraph: non-blank lines in a row, from the first non-space character to the
last one."""
# đ/Đ carry no combining mark, so NFD does not reduce them to d.
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def normalize(text: str) -> str:
    r"""NFC-normalise ``text`` and turn CRLF, CR and Unicode line separators into ``\n``.

    Zero-width spaces, word joiners and byte order marks are taken out.

    Text not already in NFC is first made *stream-safe* (Unicode UAX #15): after 30
    combining marks in a row, a COMBINING GRAPHEME JOINER (U+034F) is put in. No
    language piles up more; a text that does would cost NFC time quadratic in the pile.

    >>> normalize("Ha\u0300 Nô\u0323i\r\n") == "Hà Nội\n"
    True
    >>> normalize("ngày\u200b 18/11")
    'ngày 18/11'
    >>> normalize("a" + "\u0301" * 31).count("\u034f")
    1
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        text = _NEWLINES.sub("\n", text)
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:
        text = _INVISIBLE.sub("", text)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    if "\n" not in text:
        return _nfc(text)
    # Line by line: nothing composes across a line end, and a text copied together
    # from several places has mostly one line to mend (normalising it all costs 30x).
    return "\n".join(
        line if unicodedata.is_normalized("NFC", line) else _nfc(line) for line in text.split("\n")
    )


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", _stream_safe(text))


_STREAM_SAFE_RUN = 30
_CGJ = "\u034f"


# Every combining mark lies at U+0300 or above: a pile of 31 needs 31 such characters in
# a row, which text with spaces and Latin letters never has. A cheap test first.
_MAYBE_PILED = re.compile(f"[^\x00-\u02ff]{{{_STREAM_SAFE_RUN + 1},}}")


def _stream_safe(text: str) -> str:
    if _MAYBE_PILED.search(text) is None:
        return text
    long_runs = _long_mark_runs()
    if long_runs.search(text) is None:
        return text
    return long_runs.sub(_join_in_thirties, text)


def _join_in_thirties(run: re.Match[str]) -> str:
    marks = run.group()
    return _CGJ.join(
        marks[i : i + _STREAM_SAFE_RUN] for i in range(0, len(marks), _STREAM_SAFE_RUN)
    )


@functools.cache
def _long_mark_runs() -> re.Pattern[str]:
    """More than 30 combining marks in a row (built on first use: about 10 ms)."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x20000):  # no combining mark lies outside these
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    marks = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)
    return re.compile(f"[{marks}]{{{_STREAM_SAFE_RUN + 1},}}")


def fold(text: str) -> str:
    """A search key: lower case, without diacritics, ``đ`` mapped to ``d``.

    No-break and fixed-width spaces are plain spaces, as in :func:`match_key`.

    Users type ``to lam`` for ``Tô Lâm``; compare folded keys, show the original.
    """
    if text.isascii():
        return text.lower()
    folded = text.translate(_latin_fold_table()).lower()
    if folded.isascii():
        return folded
    # Most other characters (quotes, dashes, CJK) fold to themselves: skip the rest then.
    if all(map(_folds_to_itself, set(folded))):
        return folded
    # Letters beyond Latin and Vietnamese: the general (slower) way.
    decomposed = unicodedata.normalize("NFD", folded.translate(_FOLD_TABLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


@functools.cache
def _folds_to_itself(char: str) -> bool:
    """Whether the general way of :func:`fold` leaves ``char`` as it is, wherever it is.

    True for a character that neither decomposes canonically, nor is a mark (but a
    variation selector), nor composes with
    what comes before it in NFC (Hangul jamo, Indic vowel signs: also marks), nor is
    in the fold table.
    """
    if char.isascii() or 0xFE00 <= ord(char) <= 0xFE0F:  # variation selectors: no change
        return True
    return (
        # A compatibility decomposition (<noBreak>, <compat>) is not NFD's.
        unicodedata.decomposition(char)[:1] in ("", "<")
        and not unicodedata.category(char).startswith("M")
        and not 0x1100 <= ord(char) <= 0x11FF  # conjoining Hangul jamo
        and not 0xA960 <= ord(char) <= 0xA97F
        and not 0xD7B0 <= ord(char) <= 0xD7FF
        and ord(char) not in _FOLD_TABLE
    )


def folded_pattern(words: Sequence[str]) -> re.Pattern[str]:
    """A pattern that finds these folded words one after another in unfolded text.

    Wherever :func:`fold` would make ``words`` of a text, it matches there (and matches
    a little more): a cheap test before folding a whole text to look for a phrase. For
    words of letters and digits that holds always; in other scripts, two letters that
    compose only once a mark between them is gone are not foreseen.

    >>> bool(folded_pattern(["bo", "ngoai", "giao"]).search("Bộ Ngoại giao Việt Nam"))
    True
    >>> bool(folded_pattern(["bo", "ngoai", "giao"]).search("Bộ Ngoại vụ giao"))
    False
    """
    marks, letters, between = _fold_classes()
    parts = []
    for word in words:
        chars = [_folded_char(char, letters) + marks for char in word]
        parts.append("".join(chars))
    return re.compile(between.join(parts), re.IGNORECASE)


def _folded_char(char: str, letters: dict[str, str]) -> str:
    """What matches a folded character in unfolded text: its class, or itself."""
    if "\uac00" <= char <= "\ud7a3":  # a Hangul syllable: also as the jamo NFC joins
        jamo = unicodedata.normalize("NFD", char)
        ways = {char, jamo, unicodedata.normalize("NFC", jamo[:2]) + jamo[2:]}
        return "(?:" + "|".join(re.escape(way) for way in sorted(ways)) + ")"
    return letters.get(char) or re.escape(char)


@functools.cache
def _fold_classes() -> tuple[str, dict[str, str], str]:
    """For :func:`folded_pattern`: the classes of what folds to each character.

    Every character that :func:`fold` turns into another single one (a capital, a
    letter with marks, ``đ``), grouped by what it becomes; every mark fold removes; and
    what parts two words. A letter whose decomposition ends in a mark that is no part
    of a word and that fold keeps (Tibetan ``ཌྷ``: ``ཌ`` and a subjoined ``ྷ``) is its
    first letter, and the word break after it is inside it.
    """
    by_base: dict[str, list[str]] = {}
    marks: list[str] = []
    breaking: list[str] = []  # letters that hold a word break
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.combining(char):
            marks.append(char)
            continue
        decomposition = unicodedata.decomposition(char)
        if not (decomposition[:1] not in ("", "<") or char.lower() != char or code < 0x250):
            continue  # neither a canonical decomposition nor a case: folds to itself
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = fold(char)
        if len(folded) == 1 and folded != char:
            by_base.setdefault(folded, []).append(char)
        elif (
            len(folded) > 1
            and _LETTER_OR_DIGIT.match(folded)
            and not _LETTER_OR_DIGIT.search(folded, 1)
        ):
            by_base.setdefault(folded[0], []).append(char)
            breaking.append(char)
    for code in range(0x41, 0x5B):  # ASCII capitals
        by_base.setdefault(chr(code).lower(), []).append(chr(code))
    letters = {
        base: "[" + re.escape(base) + "".join(re.escape(char) for char in chars) + "]"
        for base, chars in by_base.items()
    }
    between = r"(?:[\W_]+|(?<=[" + "".join(re.escape(char) for char in breaking) + "]))"
    return "[" + "".join(re.escape(char) for char in marks) + "]*", letters, between


def person_key(name: str) -> str:
    """The key a person is known by: the name folded, single-spaced (``"to lam"``).

    A suffix's dot at the end is left out: "Marcos Jr." and "Marcos Jr" are one key.

    >>> person_key("Tô  Lâm") == person_key("to lam")
    True
    >>> person_key("Ferdinand Marcos Jr.")
    'ferdinand marcos jr'
    """
    return " ".join(fold(name).split()).removesuffix(".")


def title_key(title: str) -> str:
    """The key a title or role is matched by: folded, single-spaced (``"thu tuong"``).

    >>> title_key("Thủ  tướng") == title_key("thu TUONG")
    True
    """
    return " ".join(fold(title).split())


_ODD_SPACE = re.compile(f"[{_ODD_SPACE_CHARS}]")


def plain_spaced(text: str) -> str:
    r"""``text`` with each no-break or other odd space a plain one, as names are written.

    >>> plain_spaced("Phạm\xa0Minh\xa0Chính")
    'Phạm Minh Chính'
    """
    return _ODD_SPACE.sub(" ", text) if _ODD_SPACE.search(text) else text


def shared(text: str | None) -> str | None:
    """One shared copy of a string many articles repeat (a name, a title, a place).

    >>> shared("Bộ Ngoại giao") is shared("Bộ " + "Ngoại giao")
    True
    """
    return None if text is None else sys.intern(text)


@functools.cache
def _latin_fold_table() -> dict[int, str | None]:
    """Latin and Vietnamese letters to their base letters; combining marks removed."""
    table: dict[int, str | None] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        char = chr(code).translate(_FOLD_TABLE)
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        if base != chr(code):
            table[code] = base
    for code in range(0x300, 0x370):
        if unicodedata.combining(chr(code)):  # not U+034F, a joiner of class 0
            table[code] = None
    table.update(dict.fromkeys(map(ord, _ODD_SPACE_CHARS), " "))  # "Nghị\xa0quyết"
    return table


def paragraphs(text: str) -> list[tuple[int, int, str]]:
    r"""Split ``text`` on blank lines into ``(start, end, paragraph)`` triples.

    Each paragraph is stripped of surrounding whitespace and
    ``text[start:end] == paragraph``. Expects ``\n`` line ends (see :func:`normalize`).
    """
    return [(*match.span(), match.group()) for match in PARAGRAPH_RUN.finditer(text)]


# Old-style tone placement ("hoà", "thuỷ") and new style ("hòa", "thủy") give one key.
# A tone mark placed the old way ("hoà", "thuý"), or a space of another kind: one pass
# puts both right.
_OLD_TONES = re.compile(rf"([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![a-zà-ỹđ])|[{_ODD_SPACE_CHARS}]")
_MOVE_TONE = {
    **dict.fromkeys(_ODD_SPACE_CHARS, " "),
    **{f"o{marked}": f"{moved}a" for marked, moved in zip("àáảãạ", "òóỏõọ", strict=True)},
    **{f"o{marked}": f"{moved}e" for marked, moved in zip("èéẻẽẹ", "òóỏõọ", strict=True)},
    **{f"u{marked}": f"{moved}y" for marked, moved in zip("ỳýỷỹỵ", "ùúủũụ", strict=True)},
}


def says_something(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit: ``"…"``, ``":"``, a no-break space don't.

    >>> says_something("…"), says_something(" Bộ Ngoại giao")
    (False, True)
    """
    return _LETTER_OR_DIGIT.search(text) is not None


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def trimmed(text: str, marks: str) -> str:
    r"""``text`` without white space (a no-break space too) or ``marks`` at either end.

    >>> trimmed("Bộ Ngoại giao,\xa0 -", " ,-")
    'Bộ Ngoại giao'
    """
    while (shorter := text.strip().strip(marks)) != text:
        text = shorter
    return text


def match_key(text: str) -> str:
    """Lower case, with tone marks placed the new way: the same length as ``text``.

    No-break and fixed-width spaces, as web pages put inside phrases, are plain spaces.

    >>> match_key("Uỷ viên Bộ Chính trị") == match_key("ủy viên bộ chính trị")
    True
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return _OLD_TONES.sub(lambda m: _MOVE_TONE.get(m.group(), m.group()), lowered)


_WORD_START = r"(?<!\w)"


def words_pattern(phrases: Iterable[str], *, before: str = _WORD_START) -> re.Pattern[str]:
    r"""A pattern for any of ``phrases`` as whole words, the longest first.

    ``before`` is what must hold before one (a word boundary by default). An empty set
    of phrases gives a pattern that matches nothing, never the empty string.

    >>> words_pattern(["hội đàm", "hội"]).findall("cuộc hội đàm, hội nghị")
    ['hội đàm', 'hội']
    >>> words_pattern([]).search("anything") is None
    True
    """
    # A trie tries the longest phrase first (see _trie_pattern): no order to give them.
    trie = _trie(phrases)
    if not trie:
        return re.compile(r"(?!)")
    if before == _WORD_START:
        return re.compile(_word_start_alternatives(trie) + r"(?!\w)")
    return re.compile(before + "(?:" + _trie_pattern(trie) + r")(?!\w)")


def word_alternatives(phrases: Iterable[str]) -> str:
    r"""A regex for any of ``phrases`` starting a word (no letter or digit before it).

    The longest first, as ``(?<!\w)(?:…|…)`` would match, but written so that the
    regex engine skips ahead to the characters a phrase starts with: a pattern that
    opens with a lookbehind is tried at every position of the text, two to three times
    slower. Each phrase's first character comes first, the lookbehind after it, and the
    rest is a trie (phrases that begin alike share their beginning).

    >>> re.findall(word_alternatives(["hội", "hội đàm", "họp"]), "cuộc hội đàm, chội họp")
    ['hội đàm', 'họp']
    """
    return _word_start_alternatives(_trie(phrases))


def _word_start_alternatives(trie: dict[str, Any]) -> str:
    """:func:`word_alternatives` of the phrases of a trie (see :func:`_trie`)."""
    if not trie:
        return r"(?!)"
    return (
        "(?:"
        + "|".join(
            re.escape(first) + r"(?<!\w[\s\S])" + _trie_pattern(rest)
            for first, rest in trie.items()
        )
        + ")"
    )


def _trie(phrases: Iterable[str]) -> dict[str, Any]:
    """The phrases as a trie: a dict of characters, ``""`` where a phrase ends."""
    trie: dict[str, Any] = {}
    for phrase in filter(None, phrases):
        node = trie
        for character in phrase:
            node = node.setdefault(character, {})
        node[""] = {}
    return trie


def _trie_pattern(node: dict[str, Any]) -> str:
    """The phrases that go on from ``node`` of a trie, as a regex, the longest first.

    Written as a trie, a branch is tried only where its text begins: an alternation of
    whole phrases tries each in turn. An end of a phrase inside the trie is an optional
    group, greedy, so that a longer phrase is tried before it, as in the alternation.
    """
    branches = [
        re.escape(character) + _trie_pattern(rest) for character, rest in node.items() if character
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?"


def shorten(text: str, width: int) -> str:
    r"""``text`` on one line, cut to ``width`` characters with an ellipsis if longer.

    >>> shorten("Thủ tướng  tiếp\nĐại sứ Nhật Bản", 14)
    'Thủ tướng tiế…'
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
