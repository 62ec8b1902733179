r"""The text as the extractors read it: the article's own, character for character.

The ways of writing that a reader looks through are undone, each keeping every offset,
so that a span found in the copy points at the same words of the article:

* no-break and other odd spaces are plain ones (``Phạm\xa0Minh\xa0Chính``, as scraped
  pages write names), and so are the line ends of a paragraph wrapped at a width (as
  plain-text mail and HTML converters write it);
* inline markup inside a paragraph is read as spaces, its words as written: a link
  ``[Phạm Minh Chính](https://…)``, emphasis whose marks pair (``**…**``, ``*…*``), an
  HTML tag, an inline image; an entity (``&nbsp;``) is its character; what no reader
  sees is blank: an HTML comment, Liquid's ``{% … %}`` and ``{{ … }}``, kramdown's
  ``{: …}``;
* in a heading or a caption set in title case, as some outlets set headlines
  (``Thủ Tướng Phạm Minh Chính Tiếp Đại Sứ Nhật Bản``), the words no name is made of are
  in lower case again (``… Chính tiếp Đại Sứ …``), so a capital opens a name there as it
  does in running text; one set in capitals that names a post (``PHÓ THỦ TƯỚNG BÙI THANH
  SƠN TIẾP …``) is read in title case first, so that its names are names.

The facts cut out of such a copy may hold runs of spaces where markup was:
:func:`single_spaced` writes them with one.
"""

from __future__ import annotations

import functools
import html
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from doingoai.lexicon import EVENT_VERBS, Lexicon
from doingoai.model import Article, Block, BlockKind, MeetingKind, PartialDate, Span, _read_as
from doingoai.structure import credit_start
from doingoai.text import (
    HTML_TAG,
    KRAMDOWN_ATTRIBUTES,
    LINK_ADDRESS,
    match_key,
    plain_spaced,
    unhidden,
)

__all__ = ["reading_copy", "single_spaced"]

# Words that run between names and titles in a headline and are never part of a name:
# "… Với Các Cán Bộ …", "… Tại Thái Lan Kiêm Nhiệm Việt Nam", "… Ở Nước Ngoài".
_FUNCTION_WORDS = frozenset(
    {
        "và", "với", "của", "tại", "ở", "về", "cho", "trong", "các", "những", "được",
        "đến", "sang", "là", "có", "cùng", "theo", "kiêm", "kiêm nhiệm", "nước ngoài",
        "cán bộ", "từ biệt", "xã giao", "chính thức", "cấp nhà nước", "trọng thể",
        "thân mật", "hai nước", "song phương", "nhân dịp", "tiếp tục", "đã", "sẽ",
        "đang", "vừa", "cũng", "làm",
        # What a photo shows being done: "… Lương Cường Bắt Tay …", "… Chủ Trì Lễ …".
        "bắt tay", "chủ trì", "đồng chủ trì", "chụp ảnh", "chụp ảnh chung", "trao đổi",
        "trao", "tặng", "tiễn", "chào", "thăm hỏi", "động viên", "tham quan", "nghe",
    }
)  # fmt: skip
_LONGEST_PHRASE = 4  # words: "Phó Chủ Tịch Nước"
_TITLE_CASE_WORDS = 6  # a shorter heading may be a name with its title
_CUES = 2  # words no name holds, capitalised: the heading is in title case
_LETTERS = re.compile(r"[^\W\d_]+")
_SETS = frozenset({BlockKind.HEADING, BlockKind.CAPTION})
# Kinds of events whose word opens their name: "Hội nghị Cấp cao …", "Lễ kỷ niệm …".
_NAMED = frozenset({MeetingKind.CONFERENCE, MeetingKind.SEMINAR, MeetingKind.CEREMONY})


# Inline markup inside sentences: an inline image, a link's brackets and address, an
# HTML tag, a character entity ("&nbsp;", "&amp;").
_URL = rf"\((?:{LINK_ADDRESS})?\)"  # brackets inside that pair: "…-(3).jpg"
_MARKUP = re.compile(
    rf"!\[[^\]\n]*\]{_URL}"
    rf"|\[(?=[^\[\]\n]*\]{_URL})|\]{_URL}"
    rf"|{HTML_TAG.pattern}"  # not "<Việt Nam>": words
    # kramdown's attributes ("{: .center}"); comments and Liquid: see text.unhidden.
    rf"|{KRAMDOWN_ATTRIBUTES.pattern}"
    r"|&(?:[A-Za-z]{2,8}|#[0-9]{2,5}|#[xX][0-9A-Fa-f]{2,4});"
)
# Emphasis, its marks paired on one line: "**Thủ tướng …**", "*Ito Naoki*", "__…__".
_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*_])")
_MARKS = re.compile(r"[*_\[<&{]")  # a text with none has no markup (most texts)
_LINES = frozenset({BlockKind.LINK, BlockKind.IMAGE})


def reading_copy(article: Article, lexicon: Lexicon) -> Article:
    """``article`` as its extractors read it, or itself when it reads as written."""
    text = _unmarked(_unwrapped(plain_spaced(article.text), article.blocks), article.blocks)
    text = _sentence_cased(_title_cased(text, article.blocks, lexicon), article.blocks, lexicon)
    title = article.title
    if title is not None:  # read as its heading is, when the text opens with it
        title = plain_spaced(title)
        if _MARKS.search(title):
            title = _read_marked(title)
        title = _capitals_read(title, lexicon) or title
        title = _lowered(title, _title_case_words(title, 0, len(title), lexicon))
    if text is article.text and title is article.title:
        return article
    return _read_as(article, text, title)


def _unwrapped(text: str, blocks: Sequence[Block]) -> str:
    r"""``text`` with the line ends inside its wrapped blocks read as spaces.

    A paragraph hard-wrapped at a width, as plain-text mail and HTML converters write
    (``html2text``, 78 characters), runs a sentence, a name or a title over its line
    ends (``… tiếp Đại sứ\nNhật Bản Ito Naoki``); those line ends are spaces to a reader.
    A block is wrapped when a line of it goes on in lower case, or when every line but
    its last is long and ends no sentence; a block of short lines (headlines listed, an
    address) keeps its line ends.

    >>> from doingoai.structure import split_blocks
    >>> text = "Tin.\n\nChiều 9/5, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ\nNhật Bản."
    >>> _unwrapped(text, split_blocks(text))[60:]
    'Đại sứ Nhật Bản.'
    """
    return _in_blocks(text, blocks, _LINE_END, _joined_if_wrapped)


_LINE_END = re.compile("\n")


def _joined_if_wrapped(block: str) -> str:
    lines = block.split("\n")
    return " ".join(lines) if _wrapped_block(lines) else block


_WRAPPED_LINE = 50  # characters: a shorter line ending no sentence is a line of its own
_SENTENCE_ENDS = tuple(".!?…:")  # not ";": "…; Nghị sỹ" goes on


def _wrapped_block(lines: Sequence[str]) -> bool:
    """Whether ``lines``, a block's, are one run of text wrapped at a width.

    One line going on in lower case will do: the block is one paragraph already (a body
    is judged by :func:`doingoai.structure.split_blocks`, which needs more of them).
    """
    if any(line.lstrip()[:1].islower() for line in lines[1:]):
        return True  # "… tiếp Đại sứ\nchào từ biệt …": a sentence goes on
    return all(
        len(line.strip()) >= _WRAPPED_LINE and not line.rstrip().endswith(_SENTENCE_ENDS)
        for line in lines[:-1]
    )


def _unmarked(text: str, blocks: Sequence[Block]) -> str:
    """``text`` with the inline markup of its blocks read as spaces, letter for letter.

    A link's words stay (``[Phạm Minh Chính](https://…)`` reads `` Phạm Minh Chính`` and
    spaces), an entity is its character (``&nbsp;`` a space), the rest is blank. A line
    that is a link or an image is a block of its own, read as it is.

    >>> from doingoai.structure import split_blocks
    >>> text = "Thủ tướng **Phạm&nbsp;Minh Chính** tiếp"
    >>> _unmarked(text, split_blocks(text))
    'Thủ tướng   Phạm      Minh Chính   tiếp'
    """
    return _in_blocks(text, blocks, _MARKS, _read_marked)


def _in_blocks(
    text: str, blocks: Sequence[Block], cue: re.Pattern[str], read: Callable[[str], str]
) -> str:
    """``text`` with each block that holds ``cue`` as ``read`` reads it, its length kept.

    A line that is a link or an image is a block of its own, read as it is. ``text``
    itself when no block reads otherwise (most texts).
    """
    if cue.search(text) is None:
        return text
    read_otherwise = []
    for block in blocks:
        start, end = block.span.start, block.span.end
        if block.kind in _LINES or cue.search(text, start, end) is None:
            continue
        written = text[start:end]
        as_read = read(written)
        if as_read != written:
            read_otherwise.append((start, end, as_read))
    return _replaced(text, read_otherwise)


def _replaced(text: str, replacements: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each range (in order, apart) replaced by its string; itself if none."""
    pieces: list[str] = []
    done = 0
    for start, end, written in replacements:
        pieces += (text[done:start], written)
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _read_marked(text: str) -> str:
    """``text`` with its emphasis marks and other markup as spaces, letter for letter."""
    text = unhidden(text)
    once = _EMPHASIS.sub(_unemphasised, text)
    twice = _EMPHASIS.sub(_unemphasised, once)  # "**a *b* c**": the inner marks too
    return _MARKUP.sub(_blank, twice)


def _unemphasised(emphasis: re.Match[str]) -> str:
    marks = " " * len(emphasis.group(1))
    return marks + emphasis.group(2) + marks


def _blank(markup: re.Match[str]) -> str:
    written = markup.group()
    read = plain_spaced(html.unescape(written)) if written[0] == "&" else ""
    return (read if len(read) == 1 else "").ljust(len(written))


def _title_cased(text: str, blocks: Sequence[Block], lexicon: Lexicon) -> str:
    """``text`` with the headings and captions set in capitals that name a post in title case.

    ``PHÓ THỦ TƯỚNG BÙI THANH SƠN TIẾP ĐẠI SỨ …`` reads ``Phó Thủ Tướng Bùi Thanh Sơn Tiếp
    Đại Sứ …``, which :func:`_sentence_cased` reads on. Not a line without a post: a
    byline (``NGỌC ÁNH``), a section (``THỜI SỰ``) names no one.
    """
    titled = []
    for block in blocks:
        start, end = block.span.start, block.span.end
        if block.kind is BlockKind.CAPTION and block.credit is not None:
            # Its words before the credit: "PHÓ THỦ TƯỚNG … KNAPPER. Ảnh: An Đăng - TTXVN".
            cut = credit_start(text[start:end])
            end = start + cut if cut is not None else end
        if block.kind in _SETS and (line := _capitals_read(text[start:end], lexicon)):
            titled.append((start, end, line))
    return _replaced(text, titled)


def _capitals_read(line: str, lexicon: Lexicon) -> str | None:
    """``line`` in title case if it is set in capitals and names a post, else ``None``."""
    if not line.isupper() or not _names_post(line, lexicon):
        return None
    return _LETTERS.sub(_capitalised, line)


def _capitalised(word: re.Match[str]) -> str:
    written = word.group()
    return written[0] + written[1:].lower()


def _names_post(line: str, lexicon: Lexicon) -> bool:
    """Whether the words of ``line`` hold a post of the lexicon (``THỦ TƯỚNG``)."""
    keys = match_key(line).split()
    posts = _posts(lexicon)
    return any(
        keys[index] in lexicon.roles
        or any(
            " ".join(keys[index : index + size]) in posts for size in range(2, _LONGEST_PHRASE + 1)
        )
        for index in range(len(keys))
    )


def _sentence_cased(text: str, blocks: Sequence[Block], lexicon: Lexicon) -> str:
    """``text`` with the headings and captions set in title case put back in lower case.

    Only the words of :func:`_lowered_phrases` are: a name's words keep their capitals.
    """
    spans = [
        span
        for block in blocks
        if block.kind in _SETS
        for span in _title_case_words(text, block.span.start, block.span.end, lexicon)
    ]
    return _lowered(text, spans)


def _lowered(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the ranges ``spans`` (in order, apart) in lower case; itself if none."""
    return _replaced(text, ((start, end, text[start:end].lower()) for start, end in spans))


def _title_case_words(text: str, start: int, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where the words to lower are in ``text[start:end]``: none unless in title case.

    Every word is capitalised, and two at least say so: a word no name is made of
    (``Tiếp``, ``Với``), or a post with each of its syllables capitalised (``Thủ Tướng``,
    ``Tổng Bí Thư``; running text writes ``Thủ tướng``, ``Tổng Bí thư``).
    """
    words = [(match.start(), match.end()) for match in _LETTERS.finditer(text, start, end)]
    if len(words) < _TITLE_CASE_WORDS or not all(text[first].isupper() for first, _ in words):
        return []
    lowered, posts = _lowered_phrases(lexicon), _posts(lexicon)
    found: list[tuple[int, int]] = []
    cues = 0
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - index), 0, -1):
            first, last = words[index][0], words[index + size - 1][1]
            phrase = text[first:last]
            key = phrase.lower()
            if key in lowered and len(key) == len(phrase):
                found.append((first, last))
            elif not (size > 1 and key in posts):
                continue
            cues += 1
            index += size
            break
        else:
            index += 1
    return found if cues >= _CUES else []


@functools.lru_cache(maxsize=8)
def _posts(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's posts of two words or more, as keys: ``thủ tướng``, ``tổng bí thư``."""
    return frozenset(role for role in lexicon.roles if " " in role)


@functools.lru_cache(maxsize=8)
def _lowered_phrases(lexicon: Lexicon) -> frozenset[str]:
    """The words a headline in title case capitalises that running text does not.

    What is said, directed and done (the lexicon's verbs and the meeting words of
    talks, visits and calls, and ``Đón``) and the words of :data:`_FUNCTION_WORDS`; not
    the nouns that open an event's name (``Hội Nghị …``, ``Lễ …``), nor a word that is a surname
    too, which may open a name, nor a document's kind.
    """
    done = (
        word
        for word, kind in lexicon.meeting_words.items()
        if kind not in _NAMED or word in EVENT_VERBS  # "Đón …" is done, names no event
    )
    phrases = (
        _FUNCTION_WORDS
        | lexicon.statement_verbs
        | lexicon.directive_verbs
        | lexicon.attendance_verbs
        | frozenset(done)
    )
    surnames = lexicon.surnames | lexicon.foreign_surnames
    kinds = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lexicon.document_kinds))) + r")\b")
    return frozenset(
        phrase
        for phrase in phrases
        if phrase.count(" ") < _LONGEST_PHRASE
        and phrase not in surnames
        # "Ký Hiệp Định …", "Chỉ Thị Số 10/CT-TTg": a document's kind opens its name.
        and kinds.search(phrase) is None
    )


_SPACES = re.compile(r" {2,}")


def single_spaced(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The facts with one space wherever their strings hold a run of them.

    Markup read as spaces, or spaces doubled as written, lie inside names and clauses
    (``Đại sứ Nhật Bản [Ito Naoki](…)``): a fact is written as a reader would type it.
    A fact whose strings have no run is kept as it is, not copied.
    """
    return {name: _single(value) for name, value in fields.items()}


def _single(value: Any) -> Any:
    if type(value) is str:
        return _SPACES.sub(" ", value) if "  " in value else value
    if type(value) is tuple:
        items = tuple(map(_single, value))
        return value if all(map(operator.is_, items, value)) else items
    changes = {}
    for name, alias in _fields_of(value.__class__):
        old = getattr(value, name)
        new = _single(old)
        if new is not old:
            changes[alias] = new
    return attrs.evolve(value, **changes) if changes else value


@functools.cache
def _fields_of(kind: type) -> tuple[tuple[str, str], ...]:
    """The fields of an attrs class that may hold a string (name, init name); else none."""
    if not attrs.has(kind) or kind in (Span, PartialDate):
        return ()
    return tuple((field.name, field.alias or field.name) for field in attrs.fields(kind))
