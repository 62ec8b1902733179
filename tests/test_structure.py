"""Block classification, driven by the cases in ``fixtures/blocks.txt``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import doingoai
from doingoai import BlockKind
from doingoai.structure import first_links, split_blocks, told_once
from tests.cases import FIXTURES, load_cases

CASES_FILE = FIXTURES / "blocks.txt"
_EXPECTED = re.compile(r"(?P<kind>\w+)(?:\[(?P<credit>[^\]]+)\])?: (?P<start>.+)")


def _cases() -> list:
    return load_cases("blocks.txt")


@pytest.mark.parametrize(("body", "expected"), _cases())
def test_blocks(body, expected):
    blocks = split_blocks(body)
    got = [(block.kind.value, block.credit, block.text) for block in blocks]
    assert len(got) == len(expected), got
    for (kind, credit, text), line in zip(got, expected, strict=True):
        want = _EXPECTED.fullmatch(line)
        assert want is not None, f"bad expectation line {line!r}"
        assert kind == want["kind"], (text, line)
        assert credit == want["credit"], (text, line)
        assert text.startswith(want["start"]), (text, line)
    for block in blocks:
        assert body[block.span.slice] == block.text


def test_the_cases_file_has_every_block_kind():
    text = CASES_FILE.read_text(encoding="utf-8")
    for kind in BlockKind:
        assert f"\n{kind.value}" in text


def test_empty_body_has_no_blocks():
    assert split_blocks("") == ()


def test_link_and_image_blocks_carry_their_url():
    blocks = split_blocks("[Tin](https://a.vn/x.htm)\n\n![Ảnh](https://b.vn/y.jpg)\n\nNội dung.")
    assert [(b.kind, b.url) for b in blocks] == [
        (BlockKind.LINK, "https://a.vn/x.htm"),
        (BlockKind.IMAGE, "https://b.vn/y.jpg"),
        (BlockKind.LEAD, None),
    ]


def links_from_blocks(text: str) -> tuple[str | None, str | None]:
    """The first link's and first image's URLs, read the long way."""
    blocks = split_blocks(text)
    link = next((b.url for b in blocks if b.kind is BlockKind.LINK), None)
    image = next((b.url for b in blocks if b.kind is BlockKind.IMAGE), None)
    return link, image


def test_first_links_skips_lines_that_are_not_whole_paragraphs():
    text = (
        "Mở đầu bài.\n[Xem thêm](https://a.vn/1) ngay trong đoạn.\n\n"
        "  ![Ảnh](https://b.vn/2.jpg)\n\u2028\n[Tin gốc](https://c.vn/3)\n\n"
        "![Ảnh khác](https://d.vn/4.jpg)"
    )
    # The first link line continues its paragraph; the image is one, after spaces.
    assert first_links(text) == ("https://c.vn/3", "https://b.vn/2.jpg")
    assert first_links(text) == links_from_blocks(text)
    assert first_links("Không có liên kết.") == (None, None)


# Paragraph pieces and the spaces between them that decide where paragraphs start.
_PIECES = st.sampled_from(
    ["[Tin](https://a.vn/x)", "![Ảnh](https://b.vn/y.jpg)", "[a](u \"t\")", "![](v)",
     "[không đóng", "chữ", "Bộ trưởng nói.", "!", "[", "](", "[x](y) z", "- câu hỏi?",
     "[Tin](https://a.vn/x?)", "Đoàn nêu rõ:", "“Đúng vậy.”", "TP.", "3 bên ký.",
     "| ![Ảnh](https://e.vn/5.jpg) |", "| --- |", "| Chú thích. (Ảnh: VGP) |", "![]() |",
     "| [Tin](https://f.vn/6) | chữ |", "|", "a |", "* mục một.", "+ mục hai", "\\- mục"]
)  # fmt: skip
_GAPS = st.sampled_from(["\n", "\n\n", "\n \n", "\n\t\n", " \u2028\n\n", "\x0c\n\n", " ", ""])


@settings(deadline=None)
@given(st.lists(st.tuples(_PIECES, _GAPS), max_size=12))
def test_first_links_equals_the_blocks(parts):
    text = "".join(piece + gap for piece, gap in parts).strip()
    assert first_links(text) == links_from_blocks(text)


@settings(deadline=None)
@given(st.text(alphabet="[]()!ab| -\n\t\u2028\x0c\x1c\u00a0"))
def test_first_links_equals_the_blocks_on_any_text(text):
    assert first_links(text) == links_from_blocks(text)


def _kinds(article: doingoai.Article) -> list[BlockKind]:
    return [block.kind for block in article.blocks]


@pytest.mark.parametrize("line", ["đối ngoại đa phương", "ưu tiên hợp tác", "ơn nghĩa hai nước"])
def test_a_line_starting_with_a_lower_case_vietnamese_letter_is_no_heading(line):
    # "đ", "ê", "ơ" and "ư" lie inside the range À-Ỹ, which is not a set of capitals.
    article = doingoai.parse(
        f" date 2024-01-02 Hà Nội đón khách quốc tế trong dịp đầu năm mới.\n\n{line}\n\n"
        "Các hoạt động diễn ra sôi nổi trong suốt tuần qua tại nhiều địa phương."
    )
    assert _kinds(article) == [BlockKind.LEAD, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


@pytest.mark.parametrize(
    ("above", "kind"),
    [
        # A page's dateline: the day and time it was posted, neither headline nor lead.
        ("Thứ Sáu, 24/10/2025", BlockKind.PARAGRAPH),
        ("24/10/2025, 07:13", BlockKind.PARAGRAPH),
        ("Cập nhật: 07:13 ngày 24/10/2025", BlockKind.PARAGRAPH),
        # A section's name or a breadcrumb: a heading, but not the title.
        ("Thời sự", BlockKind.HEADING),
        ("Trang chủ  Thời sự  Chính trị", BlockKind.HEADING),
        ("Video Tin trong nước", BlockKind.HEADING),
    ],
)
def test_a_line_above_the_headline_is_not_the_title(above, kind):
    # As pages saved from news sites open: that line, the headline, a byline, the lead.
    article = doingoai.parse(
        f"{above}\n\nThủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 3\n\nMinh Anh\n\n"
        "Sáng 1/4, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến với các địa phương"
        " và phiên họp Chính phủ thường kỳ tháng 3.\n"
    )
    assert _kinds(article) == [kind, BlockKind.HEADING, BlockKind.HEADING, BlockKind.LEAD]
    assert article.title == "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 3"
    # The headline, found below that line, says which of the lead's two events the
    # article reports.
    assert article.meetings[0].kind is doingoai.MeetingKind.MEETING


def test_a_markdown_heading_opening_a_plain_article_is_its_title_without_marks():
    article = doingoai.parse(
        "## Tin đối ngoại ##\n\nChiều 9/5, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.\n"
    )
    assert _kinds(article) == [BlockKind.HEADING, BlockKind.LEAD]
    assert article.title == "Tin đối ngoại"


def test_a_paragraph_told_again_word_for_word_is_told_once():
    lead = "Sáng 23/6, Chủ tịch nước chủ trì lễ đón chính thức Tổng thống Hàn Quốc thăm Việt Nam."
    body = f"{lead}\n\nẢnh: TTXVN\n\n{lead}\n\nẢnh: TTXVN\n\nHai bên hội đàm."
    blocks = split_blocks(body)
    assert len(blocks) == 5
    # The lead's copy goes; a short line that recurs (a credit, a subhead) stays.
    assert [block.text for block in told_once(blocks)] == [
        lead,
        "Ảnh: TTXVN",
        "Ảnh: TTXVN",
        "Hai bên hội đàm.",
    ]
