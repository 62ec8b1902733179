"""Body text → blocks: lead, paragraphs, headings, captions, questions, answers, links.

The body is split on blank lines; each paragraph is then classified by a few
ordered rules (see :func:`split_blocks`). A heading glued to the paragraph that
follows it (``Khai trương … Thủ tướng chỉ đạo …``) is split off.
"""

from __future__ import annotations

import re

from doingoai.model import Block, BlockKind, Span
from doingoai.text import paragraphs

__all__ = ["split_blocks"]

_UPPER = "A-ZÀ-ỸĐ"
_LOWER = "a-zà-ỹđ"

_LINK = re.compile(r"\[(?P<label>[^\n]*)\]\((?P<url>[^()\s]+)(?:\s+\"[^\"\n]*\")?\)")
_IMAGE = re.compile(r"!\[(?P<label>[^\n]*)\]\((?P<url>[^()\s]+)(?:\s+\"[^\"\n]*\")?\)")

# A photo credit closing a caption: "… Ảnh: TTXVN", "… - Ảnh: NGUYỄN KHÁNH",
# "(Ảnh: Anh Hiển/TTXVN)", "(Ảnh minh họa)".
_CREDIT = re.compile(
    r"(?:^|(?<=[\s.–—-]))\(?\s*"
    r"(?:Ảnh|ẢNH|Hình|Photo|Nguồn ảnh|Ảnh tư liệu)"
    r"(?:\s*(?::|–|—|-)\s*(?P<credit>[^()\n:]{1,80}?)|\s+minh\s+h(?:ọa|oạ))"
    r"\s*\)?\s*\.?$"
)
_QUESTION_START = re.compile(r"(?:[-–—]\s+|(?:PV|Phóng viên)\s*:\s*)")
_QUESTION_CUE = re.compile(r"\?|^(?:[-–—]\s+)?(?:Xin|Thưa)\b")
# "Thứ trưởng Nguyễn Mạnh Cường: …" — a speaker (title + name) and a colon.
_ANSWER = re.compile(
    rf"(?P<who>[{_UPPER}][\w]*(?: [\w]+){{1,9}}?)\s*:\s+\S",
)
_CAPITALISED = re.compile(rf"[{_UPPER}]")
_TERMINAL = frozenset(".!?…:;,")
_CLOSERS = '"”’»)]*_ '
# Start words of a short standalone line that describes a photo.
_CAPTION_CUE = re.compile(
    r"^(?:Toàn cảnh|Quang cảnh|Các đại biểu|Đại biểu|Trong ảnh|Hình ảnh|Ảnh)\b"
    r"|\b(?:phát biểu (?:tại|chỉ đạo|khai mạc|bế mạc|kết luận)|chụp ảnh|bắt tay|tại buổi"
    r"|tại lễ|tại cuộc|tại hội)\b"
)
# Sentence starts that follow a heading glued to its paragraph.
_GLUED_SUBJECT = (
    r"(?:Thủ tướng|Tổng Bí thư|Chủ tịch|Phó Thủ tướng|Phó Chủ tịch|Bộ trưởng|Thứ trưởng"
    r"|Đại sứ|Người phát ngôn|Sáng|Chiều|Trưa|Tối|Ngày|Theo|Tại|Phát biểu)"
)
_GLUED = re.compile(
    rf"(?P<head>[{_UPPER}][^\n.!?…:;,\"“”()]{{12,140}}?[{_LOWER}])"
    rf" (?={_GLUED_SUBJECT} [^\n]{{40}})"
)
# Words that end a clause inside a sentence, so a capital after them starts no new one.
_FUNCTION_WORDS = frozenset(
    "đó đây này nay khi sau trước và với của cho là nhưng rằng thì mà qua theo tại "
    "trong ngoài để về từ bởi vì nên cũng đã sẽ đang được bị có các những".split()
)
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

    Rules, in order, for each paragraph: a Markdown image or link line; an
    interview question (``- Xin …?``); a caption with a photo credit; an interview
    answer (``Thứ trưởng Nguyễn Mạnh Cường: …``) once a question was seen; a
    heading (ALL CAPS, or short without final punctuation; the first paragraph
    may be a longer headline); a short photo caption without credit; otherwise a
    paragraph, the first of which is the lead. Every block's ``text`` equals
    ``text[block.span.slice]``.
    """
    blocks: list[Block] = []
    seen_question = False
    seen_text = False
    pieces = list(paragraphs(text))
    for index, (start, end, chunk) in enumerate(pieces):
        is_first = not blocks
        kind, credit, url = _classify(chunk, is_first, len(pieces) - index - 1, seen_question)
        if kind is BlockKind.QUESTION:
            seen_question = True
        if kind is BlockKind.PARAGRAPH and seen_text:
            glued = _GLUED.match(chunk)
            if glued is not None and _is_glued_heading(glued.group("head")):
                split = glued.end()
                blocks.append(
                    Block(
                        BlockKind.HEADING,
                        chunk[: glued.end("head")],
                        Span(start, start + glued.end("head")),
                    )
                )
                start += split
                chunk = chunk[split:]
        if kind is BlockKind.PARAGRAPH and not seen_text:
            kind = BlockKind.LEAD
        if kind in (BlockKind.PARAGRAPH, BlockKind.LEAD, BlockKind.QUESTION, BlockKind.ANSWER):
            seen_text = True
        blocks.append(Block(kind, chunk, Span(start, end), credit=credit, url=url))
    return tuple(blocks)


def _classify(
    chunk: str, is_first: bool, remaining: int, seen_question: bool
) -> tuple[BlockKind, str | None, str | None]:
    first = chunk[0]
    if first == "!" and (image := _IMAGE.fullmatch(chunk)):
        return BlockKind.IMAGE, None, image.group("url")
    if first == "[" and (link := _LINK.fullmatch(chunk)):
        return BlockKind.LINK, None, link.group("url")
    if _QUESTION_START.match(chunk) and _QUESTION_CUE.search(chunk):
        return BlockKind.QUESTION, None, None
    credit = _CREDIT.search(chunk)
    if credit is not None and len(chunk) < 1200:
        value = credit.group("credit")
        return BlockKind.CAPTION, value.strip() if value else None, None
    if seen_question and (answer := _ANSWER.match(chunk)) and _is_speaker(answer.group("who")):
        return BlockKind.ANSWER, None, None
    if "\n" not in chunk and _is_heading(chunk, is_first and remaining > 0):
        return BlockKind.HEADING, None, None
    if not is_first and _is_short_caption(chunk):
        return BlockKind.CAPTION, None, None
    return BlockKind.PARAGRAPH, None, None


def _is_heading(line: str, may_be_headline: bool) -> bool:
    if not _CAPITALISED.match(line):
        return False
    if line.isupper() and len(line) <= 2 * MAX_HEADING_CHARS and " " in line:
        return True
    limit = MAX_HEADLINE_CHARS if may_be_headline else MAX_HEADING_CHARS
    if len(line) > limit:
        return False
    return line.rstrip(_CLOSERS)[-1:] not in _TERMINAL


def _is_speaker(who: str) -> bool:
    words = who.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words[-2:])


def _is_short_caption(chunk: str) -> bool:
    if len(chunk) > 110 or not chunk.endswith(".") or "\n" in chunk:
        return False
    # One plain clause: body sentences that merely mention a speech carry commas.
    if any(mark in chunk[:-1] for mark in (".", ",", ";", ":", "?", "!")):
        return False
    return _CAPTION_CUE.search(chunk) is not None


def _is_glued_heading(head: str) -> bool:
    words = head.split()
    if len(words) < 4 or words[-1].lower() in _FUNCTION_WORDS:
        return False
    return _CLAUSE_OPENERS.match(head) is None
