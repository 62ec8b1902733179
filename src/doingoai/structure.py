"""Body text → blocks: lead, paragraphs, headings, captions, questions, answers, links.

The body is split on blank lines (and on line ends after a sentence, before a
capital); each paragraph is then classified by a few ordered rules (see
:func:`split_blocks`). A heading glued to the paragraph that
follows it (``Khai trương … Thủ tướng chỉ đạo …``) is split off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from doingoai.model import Block, BlockKind, Span
from doingoai.text import (
    ABBREVIATIONS,
    CAPITAL,
    HTML_TAG,
    KRAMDOWN_ATTRIBUTES,
    LINK_ADDRESS,
    LOWER,
    plain_spaced,
    unhidden,
)
from doingoai.text import PARAGRAPH_RUN as _PARAGRAPH_RUN

__all__ = [
    "credit_start",
    "ends_with_credit",
    "first_links",
    "heading_words",
    "is_dateline",
    "opening_headings",
    "split_blocks",
    "told_once",
]

_LOWER = LOWER

_URL = rf"(?P<url>{LINK_ADDRESS})"
_LINK = re.compile(rf"\[(?P<label>[^\n]*)\]\({_URL}(?:\s+\"[^\"\n]*\")?\)")
_IMAGE = re.compile(rf"!\[(?P<label>[^\n]*)\]\({_URL}(?:\s+\"[^\"\n]*\")?\)")

# A photo credit closing a caption: "… Ảnh: TTXVN", "… - Ảnh: NGUYỄN KHÁNH",
# "(Ảnh: Anh Hiển/TTXVN)", "(Ảnh minh họa)", "(Nguồn: VGP)".
_CREDIT = re.compile(
    r"(?:^|(?<=[\s.–—-]))\(?\s*"
    # keep in step with _has_credit_cue; a source in brackets is a caption's credit too
    # ("… Anwar Ibrahim. (Nguồn: VGP)"), not a source named in running text.
    r"(?:Ảnh|ẢNH|Hình|Photo|Nguồn ảnh|Ảnh tư liệu|(?<=\()Nguồn)"
    r"(?:\s*(?::|–|—|-)\s*(?P<credit>(?:"
    # Its words, a link among them ("Ảnh: [Phạm Kiên](…)/TTXVN") or a tag ("<a …>").
    r"\[[^\[\]\n]{1,80}\]\([^()\s]{1,300}\)|<[^<>\n]{1,200}>|[^()\n:<]){1,80}?)"
    r"|\s+minh\s+h(?:ọa|oạ))"
    # A caption set in emphasis, or in HTML: "*… Ảnh: TTXVN*", "_… (Ảnh: VGP)_", "</em>".
    r"\s*\)?\s*\.?(?:\*{1,2}|_{1,2}|</[A-Za-z]+>)?$"
)
_CREDIT_WINDOW = 120
_QUESTION_FIRST = frozenset("-–—P")
_SPECIAL_FIRST = _QUESTION_FIRST | frozenset("![")
_QUESTION_START = re.compile(r"(?:[-–—]\s+|(?:PV|Phóng viên)\s*:\s*)")
_QUESTION_CUE = re.compile(r"\?|^(?:[-–—]\s+)?(?:Xin|Thưa)\b")
# "Thứ trưởng Nguyễn Mạnh Cường: …" — a speaker (title + name) and a colon.
_ANSWER = re.compile(
    # Right after a question, a bare title will do: "Đại sứ: …", "Ông Vũ: …".
    # Its speaker may be set in bold, the colon in or out: "**Đại sứ …:** …".
    r"(?P<who>\w+(?: \w+){0,9}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+\S",  # the caller checks the capital
)
_TERMINAL = frozenset(".!?…:;,")
_CLAUSE_MARK = re.compile(r"[.,;:?!]")
_CLOSERS = '"”’»)]*_ '
# Start words of a short standalone line that describes a photo.
_CAPTION_CUE = re.compile(
    r"^(?:Toàn cảnh|Quang cảnh|Các đại biểu|Đại biểu|Trong ảnh|Hình ảnh|Ảnh)\b"
    r"|\b(?:phát biểu (?:tại|chỉ đạo|khai mạc|bế mạc|kết luận)|chụp ảnh|bắt tay|tại buổi"
    r"|tại lễ|tại cuộc|tại hội)\b"
)
# Sentence starts that follow a heading glued to its paragraph.
_GLUED_SUBJECT = (
    r"(?:(?P<title>Thủ tướng|Tổng Bí thư|Chủ tịch|Phó Thủ tướng|Phó Chủ tịch|Bộ trưởng"
    r"|Thứ trưởng|Đại sứ|Người phát ngôn)"
    # A day ("Ngày 29/7/2024, …", "Chiều nay, …"), not a holiday's name ("… kỷ niệm 79
    # năm Ngày Quốc khánh"), "Ngày nay" (nowadays), nor "Tối cao" ("… Nhân dân Tối cao").
    r"|(?:Sáng|Chiều|Trưa|Tối)(?= (?:\d|nay|qua|hôm))|Ngày(?= \d)|Theo|Tại|Phát biểu"
    # "… Liên hợp quốc | Từ ngày 5-6/4, …", "… | Vào chiều 9/5, …"
    r"|Từ(?= ngày \d)|Vào(?= (?:sáng|chiều|trưa|tối|ngày) (?:\d|nay|qua|hôm)))"
)
# A title opens a sentence of its own only as the subject of words said: the holder's
# name, then the verb ("… lãnh sự | Thứ trưởng Đỗ Hùng Việt cho biết …"). Most titles after
# a lowercase word are its object or complement ("… giữ chức vụ | Phó Thủ tướng …",
# "… trở thành | Thủ tướng …", "Lễ viếng | Tổng Bí thư …").
_SAYS = (
    r"(?:đã |vừa |cũng )?(?:cho biết|khẳng định|nhấn mạnh|yêu cầu|đề nghị|chỉ đạo|nói"
    r"|chia sẻ|thông tin|cho rằng|bày tỏ|tuyên bố|phát biểu|nêu rõ|nhận định)(?!\w)"
)
_TITLE_SPEAKS = re.compile(rf"(?:[^\s.,;:()]+ ){{0,12}}?{CAPITAL}\w* {_SAYS}")
# … or the title alone, then the verb ("… điều ước quốc tế | Thủ tướng chỉ đạo …").
_TITLE_ALONE_SPEAKS = re.compile(_SAYS)
# A glued heading has no punctuation, so most paragraphs ("Chiều 29-12, …") fail fast.
_HEAD_BREAK = re.compile(r"[\n.!?…:;,\"“”()]")
# A subject starting a sentence right after a lowercase word, with a sentence after it.
# It starts with a literal space so the regex engine can skip ahead to spaces.
# ("Đại sứ quán", the embassy, is no subject: "… giữa Đại sứ quán Mỹ …" goes on.)
_GLUED_AT = re.compile(rf" (?<=[{_LOWER}] ){_GLUED_SUBJECT} (?!quán )(?=[^\n]{{40}})")
# Words that end a clause inside a sentence, so a capital after them starts no new one.
_FUNCTION_WORDS = frozenset(
    "đó đây này nay khi sau trước và với của cho là nhưng rằng thì mà qua theo tại "
    "trong ngoài để về từ bởi vì nên cũng đã sẽ đang được bị có các những giữa như bằng "
    "nhằm hoặc hay "
    # Words of a clause that goes on past them: "… diễn ra trong lúc | Thủ tướng …", "…
    # do | Thủ tướng … chủ trì", "… khiến | Tổng thống …".
    "lúc do khiến giúp gồm cùng nếu dù tuy song còn".split()
)
# Words that open a title with the role after them ("Phó Chủ tịch", "nguyên Bộ trưởng")
# or a name with it ("ông", "đồng chí"): no heading ends with one.
_BEFORE_A_TITLE = frozenset("phó quyền nguyên cựu tân ông bà ngài".split()) | {"đồng chí"}
# Words a title after them belongs to: "Văn phòng Chủ tịch nước", "Phu nhân Thủ tướng".
_OF_A_TITLE = frozenset({"văn phòng", "phu nhân"})
# Verbs whose object a title after them is: "… chia sẻ Phó Thủ tướng …", "… tiếp Đại sứ …".
_OBJECT_VERBS = frozenset(
    {"chia sẻ", "cho biết", "khẳng định", "nhấn mạnh", "đề nghị", "yêu cầu", "cảm ơn",
     "chúc mừng", "thông báo", "tiếp", "gặp", "thăm", "đón", "mời", "trao", "tặng", "gửi",
     # … whom a task is given to: "Thủ tướng … giao | Bộ trưởng Bộ Công Thương …".
     "giao", "chỉ đạo", "căn dặn", "lưu ý", "kêu gọi", "hội kiến", "hoan nghênh",
     "đánh giá cao", "phân công", "chỉ định", "điều động",
     # … and the post someone is made or holds: "được bầu làm Chủ tịch …", "giữ chức …".
     "làm", "bầu", "bổ nhiệm", "cử", "chức", "cương vị"}
)  # fmt: skip
_CLAUSE_OPENERS = re.compile(
    r"^(?:Sau khi|Khi|Trong|Tại|Theo|Với|Để|Trước|Từ|Nhân|Dù|Mặc dù|Nếu|Cũng|Đồng thời"
    r"|Bên cạnh|Ngoài ra|Tiếp đó|Sau đó|Trên cơ sở|Thay mặt|Thống nhất|Tiếp thu|Qua|Nhằm)\b"
)

MAX_HEADING_CHARS = 160
"""Longest line, in characters, read as a heading (a headline first line may be longer)."""
MAX_HEADLINE_CHARS = 320
"""Longest first paragraph read as the article's headline."""


def split_blocks(text: str) -> tuple[Block, ...]:
    r"""Split an article body (NFC, ``\n`` line ends) into classified blocks.

    Paragraphs are parted by blank lines, or by line ends in a body with no blank line
    (a page scraped with each paragraph on a line), and by a line end after a sentence
    before a capital (such a page with a blank line after its headline only). Rules, in
    order, for each paragraph: a Markdown image or link line; an
    interview question (``- Xin …?``); a caption with a photo credit; an interview
    answer (``Thứ trưởng Nguyễn Mạnh Cường: …``) once a question was seen; a
    heading (ALL CAPS, or short without final punctuation; the first paragraph
    may be a longer headline); a short photo caption without credit; otherwise a
    paragraph, the first of which is the lead. No-break spaces count as plain ones.
    Every block's ``text`` equals ``text[block.span.slice]``.
    """
    blocks: list[Block] = []
    add = blocks.append
    seen_question = seen_text = False
    headline_due = True  # no block yet but datelines: the next may be the headline
    spans = _paragraph_spans(text)
    last = len(spans) - 1
    # The rules read no-break spaces as plain ones (the same offsets); blocks view `text`.
    seen = plain_spaced(text)
    for number, (start, end) in enumerate(spans):
        chunk = seen[start:end]
        if (underline := _SETEXT_UNDERLINE.search(chunk)) and underline.start() <= _LONGEST_HEADING:
            # "Thủ tướng tiếp Đại sứ …\n=====": a heading underlined, as converters write
            # them; the underline is no block.
            words = chunk[: underline.start()].rstrip()
            # A caption underlined stays one: "… Ảnh: TTXVN\n===" (no headline has a credit).
            kind, credit, url = _classify(words, headline_due, True, seen_question, False)
            if kind is not _CAPTION:
                kind, credit, url = _PLAIN_HEADING
            add(Block(kind, text, Span(start, start + len(words)), credit, url, view=True))
            headline_due = False
            continue
        if "|" in chunk and _is_table(chunk):
            # A photo and its caption set in a table, as HTML converters write them.
            for cell_start, cell_end in _cells(seen, start, end):
                cell = seen[cell_start:cell_end]
                if image := _EMPTY_IMAGE.fullmatch(cell) or _IMAGE.fullmatch(cell):
                    kind, credit, url = BlockKind.IMAGE, None, image.groupdict().get("url")
                else:
                    kind, credit, url = _classify(cell, False, True, seen_question, False)
                    if kind is _HEADING:
                        kind = _PARAGRAPH  # a cell's words end without a mark, as captions do
                    if kind is _PARAGRAPH and not seen_text and not is_dateline(cell):
                        kind, seen_text = _LEAD, True
                add(Block(kind, text, Span(cell_start, cell_end), credit, url, view=True))
            headline_due = False
            continue
        size = end - start
        if (
            # Most paragraphs: nothing special at either end, so no rule but the last applies.
            chunk[0] not in _SPECIAL_FIRST
            and not seen_question
            and (size >= 1200 or not _has_credit_cue(chunk[-_CREDIT_WINDOW:]))
            and (
                size > _LONGEST_HEADING
                or (
                    chunk[-1] in _TERMINAL  # so not a heading, unless in capitals
                    and not chunk.isupper()
                    and (  # and not a short caption
                        size > 110
                        or chunk[-1] != "."
                        or _CLAUSE_MARK.search(chunk, 0, size - 1)
                        or not _CAPTION_CUE.search(chunk)
                    )
                )
            )
        ):
            kind, credit, url = _NOTHING
        else:
            more_follow = bool(blocks) or number < last
            after_question = bool(blocks) and blocks[-1].kind is _QUESTION_KIND
            kind, credit, url = _classify(
                chunk, headline_due, more_follow, seen_question, after_question
            )
        # "03/04/2019 21:36" before any text: when the page was written, not its lead.
        # … nor a template's tag or a comment, which no reader sees ("{% include … %}").
        dateline = (
            kind is _PARAGRAPH and not seen_text and (is_dateline(chunk) or _is_furniture(chunk))
        )
        if kind is _PARAGRAPH and not dateline:
            if not seen_text:
                kind = _LEAD
                seen_text = True
            elif (head_end := _glued_heading_end(chunk)) is not None:
                add(Block(_HEADING, text, Span(start, start + head_end), view=True))
                start += head_end + 1
                chunk = chunk[head_end + 1 :]
        elif kind is _QUESTION_KIND:
            seen_question = seen_text = True
        elif kind is _ANSWER_KIND:
            seen_text = True
        elif kind is _CAPTION and blocks and _credit_of_line_before(blocks[-1], chunk, seen, start):
            # "… ngày 25/2/2022.\nẢnh: AFP/TTXVN": a credit on a line of its own closes the
            # caption on the line before, which was read as a paragraph (or the lead).
            before = blocks.pop()
            seen_text = seen_text and before.kind is not _LEAD
            start = before.span.start
        add(Block(kind, text, Span(start, end), credit, url, view=True))
        headline_due = headline_due and dateline
    return tuple(blocks)


# What a Jekyll post's template or its writer leaves that no reader sees: Liquid tags and
# outputs ("{% include figure.html … %}", "{{ site.title }}"), HTML comments
# ("<!--more-->"), kramdown's attribute lists ("{: .center}", "{:toc}") and its table of
# contents ("* TOC").
_TOC = re.compile(r"[*-][^\S\n]+TOC")


def _is_furniture(chunk: str) -> bool:
    """Whether ``chunk`` holds only what no reader sees (see the comment above)."""
    return not _TOC.sub("", KRAMDOWN_ATTRIBUTES.sub("", unhidden(chunk))).strip()


# A line of kramdown's attributes closing a paragraph: "![…](…)\n{: .center}".
_ATTRIBUTES_LINE = re.compile(rf"\n[^\S\n]*{KRAMDOWN_ATTRIBUTES.pattern}[^\S\n]*\Z")


def _without_attributes(chunk: str) -> str:
    """``chunk`` without a line of kramdown's attributes closing it, if any."""
    return _ATTRIBUTES_LINE.sub("", chunk) if chunk[-1:] == "}" else chunk


# A Setext heading's underline, closing its paragraph: "=====" or "-----".
_SETEXT_UNDERLINE = re.compile(r"(?<=\S)[^\S\n]*\n[^\S\n]*(?:={3,}|-{3,})[^\S\n]*\Z")
# A table's line: "| ![](…) |", "| --- |", "| Thủ tướng … (Ảnh: VGP) |", or a converter's
# half row, an image then a bar ("![]() |").
_TABLE_LINE = re.compile(r"[^\S\n]*(?:\|[^\n]*|!\[[^\n]*\|[^\S\n]*)")
_TABLE_OPENING = re.compile(rf"^{_TABLE_LINE.pattern}$", re.MULTILINE)
_CELL = re.compile(r"[^|\n]+")
_RULE_CELL = re.compile(r"[\s:-]*")  # "---", ":---:": a table's rule, no words
_EMPTY_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*\)")  # "![]()": an image whose address was lost


def _is_table(chunk: str) -> bool:
    """Whether every line of ``chunk`` is a row of a Markdown table."""
    return all(_TABLE_LINE.fullmatch(line) for line in chunk.split("\n"))


def _cells(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each cell of the table ``text[start:end]`` that holds words."""
    for cell in _CELL.finditer(text, start, end):
        if not _RULE_CELL.fullmatch(cell.group()):
            words = cell.group()
            yield (
                cell.start() + len(words) - len(words.lstrip()),
                cell.end() - (len(words) - len(words.rstrip())),
            )


# What a page's dateline says besides its digits: "Thứ Năm, 09/05/2024 14:30", "Cập nhật
# lúc 14:30 ngày 9/5/2024", "PV - 06:05, 10/06/2025 (GMT+7)".
_DATELINE_WORDS = re.compile(
    r"(?i:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|ngày|tháng|năm|cập nhật|đăng|lúc|giờ"
    r"|gmt|utc)|[\d\s/.:,|()+–—-]+"
)
_DATED = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} tháng \d{1,2}")


def is_dateline(chunk: str) -> bool:
    """Whether ``chunk`` is only a page's dateline: a day, a time, a weekday.

    >>> is_dateline("Thứ Năm, 09/05/2024 14:30"), is_dateline("Chiều 9/5, Thủ tướng …")
    (True, False)
    """
    return (
        len(chunk) <= 80
        and _DATED.search(chunk) is not None
        and not _DATELINE_WORDS.sub("", chunk).strip()
    )


def opening_headings(blocks: Sequence[Block]) -> Sequence[Block]:
    r"""The headings a text opens with, past a dateline above them.

    A saved page may open with its section's name or a breadcrumb ("Video Tin trong
    nước"), then the headline, then a byline: the headings before the first other block.

    >>> text = "Thời sự\n\nThủ tướng tiếp Đại sứ\n\nChiều 9/5, Thủ tướng tiếp Đại sứ."
    >>> [block.text for block in opening_headings(split_blocks(text))]
    ['Thời sự', 'Thủ tướng tiếp Đại sứ']
    """
    first = next((i for i, b in enumerate(blocks) if not is_dateline(b.text)), len(blocks))
    end = first
    while end < len(blocks) and blocks[end].kind is BlockKind.HEADING:
        end += 1
    return blocks[first:end]


# A line that may open a link or image block: the only blocks with a URL.
_LINK_LINE = re.compile(r"^[^\S\n]*(?=!?\[)", re.MULTILINE)


_REPEAT_LENGTH = 80  # shorter lines recur by nature ("Ảnh: TTXVN", a subhead)


def told_once(blocks: Iterable[Block]) -> Iterator[Block]:
    """``blocks`` less a paragraph that repeats an earlier one word for word.

    Scrapers keep a page's lead twice (as its description and in its body): what it
    tells happened once. Lines shorter than 80 characters may recur and are kept.
    """
    seen: set[str] = set()
    for block in blocks:
        text = block.text
        if len(text) >= _REPEAT_LENGTH:
            if text in seen:
                continue
            seen.add(text)
        yield block


def first_links(text: str) -> tuple[str | None, str | None]:
    """The URLs of the first link block and the first image block of ``text``.

    The same as reading them from :func:`split_blocks` (a link or image block is a
    whole paragraph, whatever surrounds it), without splitting the rest of the text.
    """
    if "|" in text and _TABLE_OPENING.search(text):
        # A table's cells are blocks of their own: read them as split_blocks does.
        blocks = split_blocks(text)
        return (
            next((b.url for b in blocks if b.kind is BlockKind.LINK), None),
            next((b.url for b in blocks if b.kind is BlockKind.IMAGE), None),
        )
    link = image = None
    runs = _runs(text)
    for line in _LINK_LINE.finditer(text):
        start = line.end()
        if runs is _PARAGRAPH_RUN and not _opens_paragraph(text, start):
            continue
        paragraph = runs.match(text, start)
        if paragraph is None:  # never: a paragraph starts here; kept for the type
            continue
        chunk = paragraph.group()
        if runs is _PARAGRAPH_RUN:  # the paragraph ends where split_blocks ends it
            cut = next(_cuts(text, start, paragraph.end()), None)
            chunk = chunk if cut is None else text[start : cut[0]]
        if chunk[0] == "!":
            if image is None and (found := _IMAGE.fullmatch(_without_attributes(chunk))):
                image = found.group("url")
        elif link is None and (found := _LINK.fullmatch(_without_attributes(chunk))):
            link = found.group("url")
        if link is not None and image is not None:
            break
    return link, image


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE_RUN = re.compile(r"\S(?:[^\n]*\S)?")


def _runs(text: str) -> re.Pattern[str]:
    """What parts a body's paragraphs: blank lines; or, in a body that has none, line ends.

    A page scraped with each paragraph on a line of its own (a caption, the lead, …) is
    read as its paragraphs, not as one; but one paragraph wrapped at a width (its lines
    running on in lower case) is read as a paragraph, parted where a sentence ends a line.
    """
    return _PARAGRAPH_RUN if _BLANK_LINE.search(text) or _wrapped_body(text) else _LINE_RUN


# A line end that a sentence runs on through, in lower case: "… tiếp Đại sứ\nchào từ biệt".
_RUN_ON = re.compile(rf"\n[^\S\n]*[{_LOWER}]")
_WRAPPED_SHARE = 0.3  # of the line ends: in a text wrapped at a width, half or more run on


def _wrapped_body(text: str) -> bool:
    """Whether ``text``, with no blank line, is one paragraph wrapped at a width.

    Its lines run on in lower case, as a paragraph hard-wrapped by html2text or in a
    mail; a page scraped with a paragraph a line opens each line with a capital, but
    for a line now and then: a share of its line ends must run on (the reading copy
    joins a block's wrapped lines on one sign, the block being one paragraph already).
    """
    breaks = text.count("\n")
    if breaks < 2:
        return False
    run_on = sum(1 for _ in _RUN_ON.finditer(text))
    return run_on >= 2 and run_on >= _WRAPPED_SHARE * breaks


_BULLETS = "-–•*+"  # what opens a list's item, a space after it
_ITEM_BULLETS = frozenset(_BULLETS)
# A line end after a sentence's final mark or a colon (and closing quotes), before a
# capital, a figure, an opening quote or a list's bullet: paragraphs with no blank line
# between them, as a page scraped with one paragraph a line and a blank line after its
# headline only.
# Not after an abbreviation ("TP.", "TS."), and never before a link or an image line,
# which first_links finds by the blank line before it.
_SENTENCE_LINE_END = re.compile(
    r"(?<=[.!?…:])"
    + "".join(rf"(?<!\b{word}\.)" for word in ABBREVIATIONS)
    + r"[\"'”’»)]*(?P<cut>\n)[^\S\n]*"
    + rf"(?=[\"“‘]?[^\W_]|\\?[{re.escape(_BULLETS)}][^\S\n])"
)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph of ``text``: see :func:`_runs` and :func:`_cuts`."""
    runs = _runs(text)
    spans: list[tuple[int, int]] = []
    for match in runs.finditer(text):
        start, end = match.span()
        if runs is _PARAGRAPH_RUN:
            for cut, following in _cuts(text, start, end):
                spans.append((start, cut))
                start = following
        spans.append((start, end))
    return spans


_LINE = re.compile(r"[^\n]+")


def _cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where a run of lines ``text[start:end]`` is parted: (its line end, the next line).

    Where a sentence ends at a line's end and a capital (a figure, an opening quote)
    opens the next line, the lines are paragraphs of their own.
    """
    if text.find("\n", start, end) < 0:
        return
    cuts = {}
    for line_end in _SENTENCE_LINE_END.finditer(text, start, end):
        following = line_end.end()
        opening = text[following + 1] if text[following] in '"“‘\\' else text[following]
        # … or a list's item: "yêu cầu:\n  * Bộ Ngoại giao …" (a converter's list).
        if opening.isupper() or opening.isdigit() or opening in _ITEM_BULLETS:
            cuts[line_end.start("cut")] = following
    if _has_credit_cue(text[start:end]):
        # "…\nẢnh: VGP/Nhật Bắc\nChiều 26/2, …": a credit alone on its line ends a caption.
        for line in _LINE.finditer(text, start, end):
            if line.end() < end and _credit_alone(line.group().strip()):
                following = line.end() + 1
                if text[following : following + 1].isupper():
                    cuts[line.end()] = following
    yield from sorted(cuts.items())


def _opens_paragraph(text: str, position: int) -> bool:
    """Whether a paragraph starts at ``position`` (a non-space character)."""
    newlines = 0
    before = position - 1
    while before >= 0 and text[before].isspace():  # str.isspace is the regex \s
        newlines += text[before] == "\n"
        before -= 1
    return before < 0 or newlines >= 2


_PARAGRAPH = BlockKind.PARAGRAPH
_HEADING = BlockKind.HEADING
_CAPTION = BlockKind.CAPTION
_LEAD = BlockKind.LEAD
_QUESTION_KIND = BlockKind.QUESTION
_ANSWER_KIND = BlockKind.ANSWER
_NOTHING: tuple[BlockKind, None, None] = (BlockKind.PARAGRAPH, None, None)
_CAPTIONED = frozenset({BlockKind.LEAD, BlockKind.PARAGRAPH, BlockKind.HEADING})
_PLAIN_HEADING: tuple[BlockKind, None, None] = (BlockKind.HEADING, None, None)
_LONGEST_HEADING = max(2 * MAX_HEADING_CHARS, MAX_HEADLINE_CHARS)


def _classify(
    chunk: str, is_first: bool, more_follow: bool, seen_question: bool, after_question: bool
) -> tuple[BlockKind, str | None, str | None]:
    first = chunk[0]
    if first in "![":
        chunk = _without_attributes(chunk)  # "![…](…)\n{: .center}": kramdown's
    if first == "!" and (image := _IMAGE.fullmatch(chunk)):
        return BlockKind.IMAGE, None, image.group("url")
    if first == "[" and (link := _LINK.fullmatch(chunk)):
        return BlockKind.LINK, None, link.group("url")
    if first == "#" and "\n" not in chunk and _ATX_HEADING.match(chunk):
        return _HEADING, None, None  # Markdown's "### Tin thế giới", whatever its words
    # An interview's lines may be set in Markdown's emphasis: "**Phóng viên: …?**".
    bare = chunk.lstrip("*_") if first in "*_" else chunk
    if bare[:1] in _QUESTION_FIRST and _QUESTION_START.match(bare) and _QUESTION_CUE.search(bare):
        return BlockKind.QUESTION, None, None
    size = len(chunk)
    # A credit closes its caption: search only the tail, and only when a cue word is there.
    tail = size - _CREDIT_WINDOW if size > _CREDIT_WINDOW else 0
    if size < 1200 and _has_credit_cue(chunk[tail:]):
        start = _credit_start(chunk, tail)
        credit = _CREDIT.search(chunk, start)
        if credit is None and start > tail:  # a credit that itself holds a credit word
            credit = _CREDIT.search(chunk, tail)
        if credit is not None:
            value = credit.group("credit")
            if value and "<" in value:  # "Ảnh: <a href='…'>TTXVN</a>": the credit's words
                value = HTML_TAG.sub("", value)
            if value and "](" in value:  # "Ảnh: [Phạm Kiên](https://…)/TTXVN"
                value = _LINK.sub(r"\g<label>", value)
            return _CAPTION, value.strip() if value and value.strip() else None, None
    if (
        seen_question
        and ":" in bare[:100]
        and bare[:1].isupper()
        and (answer := _ANSWER.match(bare))
        and (_is_speaker(answer.group("who")) or after_question)
    ):
        return BlockKind.ANSWER, None, None
    # A page's dateline above its headline is no headline ("Thứ Năm, 09/05/2024 14:30").
    if size <= _LONGEST_HEADING and "\n" not in chunk and not (is_first and is_dateline(chunk)):
        if _is_heading(chunk, is_first and more_follow):
            return _HEADING, None, None
        if not is_first and _is_short_caption(chunk):
            return _CAPTION, None, None
    return _NOTHING


# A Markdown heading: one to six "#", a space, its words (not a hashtag, "#Việt Nam").
_ATX_HEADING = re.compile(r"#{1,6}[^\S\n]+\S")
_ATX_MARKS = re.compile(r"^#{1,6}[^\S\n]+|[^\S\n]+#+[^\S\n]*$")


def heading_words(text: str) -> str:
    """A heading's words, without Markdown's marks: "## Tin đối ngoại ##" → "Tin đối ngoại".

    >>> heading_words("### Tin đối ngoại"), heading_words("Tin đối ngoại")
    ('Tin đối ngoại', 'Tin đối ngoại')
    """
    return _ATX_MARKS.sub("", text) if text.startswith("#") else text


# Every credit word of _CREDIT holds one of these.
_CREDIT_CUES = ("Ả", "Hình", "Photo", "Nguồn")


# A credit in brackets closing a sentence or a line run into a paragraph: "… (Ảnh: TTXVN).",
# "(Video: VTV)", "| … (Nguồn: VGP) |".
_BRACKETED_CREDIT = re.compile(
    r"\((?:Ảnh|Nguồn ảnh|Nguồn|Ảnh minh họa|Video|Clip|Photo)\s*:[^()\n]{1,60}\)\W*$"
)


def ends_with_credit(text: str) -> bool:
    """Whether ``text`` ends with a photo or video credit: a caption's, wherever it stands."""
    return _BRACKETED_CREDIT.search(text) is not None or credit_start(text) is not None


_CAPTION_BEFORE_CREDIT = 400  # characters: a longer line before a credit is no caption


def _credit_of_line_before(before: Block, chunk: str, seen: str, start: int) -> bool:
    """Whether ``chunk``, a caption at ``start``, is the credit alone of the line before.

    The block ``before`` is text (a lead, a paragraph, a heading) of a caption's length,
    on the line right before (no blank line between), and ``chunk`` holds the credit only.
    """
    return (
        before.kind in _CAPTIONED
        and before.span.end - before.span.start <= _CAPTION_BEFORE_CREDIT
        and seen.count("\n", before.span.end, start) == 1
        and _credit_alone(chunk)
        and not ends_with_credit(before.text)
    )


def _credit_alone(line: str) -> bool:
    """Whether ``line`` is a photo credit and nothing else: ``Ảnh: TTXVN``, ``(Ảnh: VGP)``."""
    return credit_start(line) == 0 or _BRACKETED_CREDIT.match(line) is not None


def credit_start(text: str) -> int | None:
    """Where the photo credit of a caption starts (``Ảnh: TTXVN``), or ``None``."""
    tail = max(0, len(text) - _CREDIT_WINDOW)
    if not _has_credit_cue(text[tail:]):
        return None
    found = _CREDIT.search(text, _credit_start(text, tail)) or _CREDIT.search(text, tail)
    return found.start() if found else None


def _has_credit_cue(tail: str) -> bool:
    # The cues of _CREDIT_CUES, spelled out: this runs for every paragraph.
    return "Ả" in tail or "Hình" in tail or "Photo" in tail or "Nguồn" in tail


def _credit_start(chunk: str, tail: int) -> int:
    """Where to look for a credit: a few characters before the last credit word."""
    last = max(chunk.rfind(cue, tail) for cue in _CREDIT_CUES)
    return max(tail, last - 4)


def _is_heading(line: str, may_be_headline: bool) -> bool:
    # A quoted headline: "“Quan hệ … đang ở giai đoạn tốt đẹp nhất”"; a subhead in bold.
    if not line.lstrip(_OPENING_QUOTES + "*_")[:1].isupper():
        return False
    if line.isupper() and len(line) <= 2 * MAX_HEADING_CHARS and " " in line:
        return True
    limit = MAX_HEADLINE_CHARS if may_be_headline else MAX_HEADING_CHARS
    if len(line) > limit:
        return False
    return line.rstrip(_CLOSERS)[-1:] not in _TERMINAL


_OPENING_QUOTES = "\"“‘'«"


def _is_speaker(who: str) -> bool:
    words = who.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words[-2:])


# What a speaker says or asks, which no photo is described by: `_SAYS` less what a photo
# shows done too ("phát biểu", "nói chuyện", "chia sẻ", "thông tin"), and a directive's
# other verbs.
_SAID_IN_SENTENCE = re.compile(
    r"(?<!\w)(?<!phát biểu )(?:cho biết|khẳng định|nhấn mạnh|yêu cầu|đề nghị|chỉ đạo|cho rằng"
    r"|bày tỏ|tuyên bố|nêu rõ|nhận định|lưu ý|căn dặn|kiến nghị)(?!\w)"
)


def _is_short_caption(chunk: str) -> bool:
    if len(chunk) > 110 or chunk[-1] != "." or "\n" in chunk:
        return False
    # One plain clause: body sentences that merely mention a speech carry commas.
    if _CLAUSE_MARK.search(chunk, 0, len(chunk) - 1):
        return False
    # "Đại biểu … đề nghị Bộ … ban hành …": words said or asked, a sentence of the text
    # (not "… phát biểu chỉ đạo tại lễ …", a photo's).
    return _CAPTION_CUE.search(chunk) is not None and _SAID_IN_SENTENCE.search(chunk) is None


def _glued_heading_end(chunk: str) -> int | None:
    """Where a heading glued to its paragraph ends, or ``None``.

    The heading is 14-142 characters without punctuation, from a capital to a
    lowercase letter, followed by a space and a sentence subject (``Thủ tướng``).
    """
    mark = _HEAD_BREAK.search(chunk, 0, 143)
    limit = mark.start() if mark else 143  # the heading ends before any punctuation
    if limit < 24 or not chunk[:1].isupper():  # most paragraphs stop here
        return None
    # The subject and the 40 characters after it lie within limit + 60.
    at = _GLUED_AT.search(chunk, 14, limit + 60)
    if at is None or at.start() >= limit:
        return None
    if (
        at.group("title")
        and not _TITLE_ALONE_SPEAKS.match(chunk, at.end())
        and not _TITLE_SPEAKS.match(chunk, at.start() + 1)
    ):
        return None
    return at.start() if _is_glued_heading(chunk[: at.start()]) else None


def _is_glued_heading(head: str) -> bool:
    words = head.split()
    if len(words) < 4 or words[-1].lower() in _FUNCTION_WORDS:
        return False
    if words[-1].lower() in _BEFORE_A_TITLE or " ".join(words[-2:]).lower() in _BEFORE_A_TITLE:
        return False  # "Ông Hoàng Thanh Hà - Phó | Chủ tịch HĐND xã …": one title, not two
    if " ".join(words[-2:]).lower() in _OBJECT_VERBS or words[-1].lower() in _OBJECT_VERBS:
        return False  # "Tổng Bí thư Tô Lâm chia sẻ | Phó Thủ tướng …": the title is its object
    if " ".join(words[-2:]).lower() in _OF_A_TITLE:
        return False  # "… có Chủ nhiệm Văn phòng | Chủ tịch nước Lê Khánh Hải": one title
    return _CLAUSE_OPENERS.match(head) is None
