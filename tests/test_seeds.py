"""The five real seed articles, with values checked by hand against the texts."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

import doingoai
from doingoai import ArticleFormat, BlockKind, PartialDate

SEEDS = ["000", "001", "002", "003", "004"]


def kinds(article, kind):
    return [block.text for block in article.blocks if block.kind is kind]


@pytest.mark.parametrize("prefix", SEEDS)
def test_blocks_rebuild_the_text(seed, prefix):
    article = doingoai.parse_file(seed(prefix))
    assert article.text == unicodedata.normalize("NFC", article.text)
    assert article.text == article.text.strip()
    position = 0
    for block in article.blocks:
        assert block.text == article.text[block.span.slice]
        assert block.span.start >= position
        # Only whitespace lies between blocks (or a space where a glued heading was split).
        assert article.text[position : block.span.start].strip() == ""
        position = block.span.end
    assert article.text[position:].strip() == ""


@pytest.mark.parametrize("prefix", SEEDS)
def test_same_file_same_id_and_equal(seed, prefix):
    first = doingoai.parse_file(seed(prefix))
    second = doingoai.parse(seed(prefix).read_bytes())
    assert first.id == second.id
    assert first == second  # source is not part of equality
    assert first.source == str(seed(prefix))
    assert second.source is None


def test_000_working_session_with_ambassadors(seed):
    article = doingoai.parse_file(seed("000"))
    assert article.format is ArticleFormat.DATE_HEADER
    assert article.published == PartialDate(2026, 1, 25)
    assert article.published_at is None
    assert article.title is None  # the first paragraph ends in "...": a lead, not a headline
    assert article.lead is not None
    assert article.lead.startswith("Sáng ngày 25/1 tại Hà Nội, Tổng Bí thư Tô Lâm")
    headings = kinds(article, BlockKind.HEADING)
    assert len(headings) == 2
    assert headings[0].startswith("THÀNH CÔNG CỦA ĐẠI HỘI XIV")
    assert headings[1].startswith("TỰ CHỦ CHIẾN LƯỢC")
    captions = article.blocks_of(BlockKind.CAPTION)
    assert [c.credit for c in captions] == ["TTXVN", "TTXVN"]
    assert captions[0].text.startswith("Tổng Bí thư Tô Lâm phát biểu chỉ đạo.")
    assert article.url is None
    assert article.outlet is None
    assert article.categories == ()
    assert article.blocks[0].kind is BlockKind.LEAD
    assert len(article.blocks) == 21


def test_001_meeting_has_uncredited_captions(seed):
    article = doingoai.parse_file(seed("001"))
    assert article.format is ArticleFormat.DATE_HEADER
    assert article.published == PartialDate(2025, 9, 15)
    assert article.lead is not None
    assert article.lead.startswith("Tại cuộc họp, trên cơ sở")
    captions = article.blocks_of(BlockKind.CAPTION)
    assert [c.text for c in captions] == [
        "Tổng Bí thư Tô Lâm phát biểu tại buổi làm việc.",
        "Toàn cảnh phiên làm việc.",
    ]
    assert [c.credit for c in captions] == [None, None]
    assert kinds(article, BlockKind.HEADING) == []
    assert len(kinds(article, BlockKind.PARAGRAPH)) == 11


def test_002_headline_and_glued_heading(seed):
    article = doingoai.parse_file(seed("002"))
    assert article.published == PartialDate(2025, 12, 30)
    assert article.title is not None
    assert article.title.startswith("Thủ tướng yêu cầu ngành ngoại giao mở rộng")
    assert article.title.endswith("trong kỷ nguyên mới")
    assert article.blocks[0].kind is BlockKind.HEADING
    assert article.blocks[0].text == article.title
    assert article.lead is not None
    assert article.lead.startswith("Chiều 29-12, Thủ tướng")
    headings = kinds(article, BlockKind.HEADING)
    assert headings[1:] == [
        "Nhiều thành tựu có ý nghĩa lịch sử",
        'Phát huy vai trò "tiên phong, trọng yếu, thường xuyên"',
        "Khai trương Cơ sở dữ liệu về điều ước quốc tế",
    ]
    # The glued heading is split from the paragraph it was written into.
    after = article.blocks[-1]
    assert after.kind is BlockKind.PARAGRAPH
    assert after.text.startswith("Thủ tướng chỉ đạo tiếp tục mở rộng")
    assert [c.credit for c in article.blocks_of(BlockKind.CAPTION)] == ["TTXVN"]


def test_003_jekyll_post(seed):
    article = doingoai.parse_file(seed("003"))
    assert article.format is ArticleFormat.JEKYLL
    assert article.published == PartialDate(2024, 8, 29)
    assert article.published_at == dt.datetime(
        2024, 8, 29, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))
    )
    assert article.published_at.utcoffset() == dt.timedelta(hours=7)
    assert article.topic == "Tô Lâm Chủ tịch nước"
    assert article.title == "Tổng Bí thư, Chủ tịch nước Tô Lâm: Ngoại giao phải vươn mình lên ..."
    assert article.url is not None
    assert article.url.startswith("https://tuoitre.vn/tong-bi-thu-chu-tich-nuoc-to-lam-")
    assert article.url.endswith("-20240829104649811.htm")
    assert article.outlet == "tuoitre.vn"
    assert article.image_url is not None
    assert article.image_url.startswith("https://cdn1.tuoitre.vn/thumb_w/1200/")
    assert article.categories == ("entries", "VN")
    assert article.tags == ()
    assert article.published_flag is True
    assert article.metadata["layout"] == "post"
    assert article.metadata["date"] == "Thu, 29 Aug 2024 20:00:00 +0700"
    assert [b.kind for b in article.blocks[:4]] == [
        BlockKind.LINK,
        BlockKind.IMAGE,
        BlockKind.LEAD,
        BlockKind.CAPTION,
    ]
    assert article.blocks[0].url == article.url
    assert article.lead is not None
    assert article.lead.endswith("...")
    captions = article.blocks_of(BlockKind.CAPTION)
    assert len(captions) == 6
    assert {c.credit for c in captions} == {"NGUYỄN KHÁNH"}
    assert kinds(article, BlockKind.HEADING) == [
        "Kỷ nguyên vươn mình của dân tộc Việt Nam",
        'Ngoại giao phải xứng đáng là "đội quân tiên phong"',
    ]
    # "Một số hình ảnh từ cuộc làm việc:" introduces the photos; it is running text.
    assert any(t.startswith("Một số hình ảnh") for t in kinds(article, BlockKind.PARAGRAPH))


def test_004_interview(seed):
    article = doingoai.parse_file(seed("004"))
    assert article.published == PartialDate(2026, 2, 11)
    questions = kinds(article, BlockKind.QUESTION)
    assert len(questions) == 5
    assert all(q.startswith("- ") for q in questions)
    assert questions[-1].startswith("- Xin trân trọng cảm ơn")
    answers = kinds(article, BlockKind.ANSWER)
    assert len(answers) == 4
    assert all(a.startswith("Thứ trưởng Nguyễn Mạnh Cường: ") for a in answers)
    assert [c.credit for c in article.blocks_of(BlockKind.CAPTION)] == [
        "BNG",
        "Anh Hiển/TTXVN",
        "Dương Giang/TTXVN",
        "An Đăng/TTXVN",
        "TTXVN",
        "Thống Nhất/TTXVN",
    ]
    assert kinds(article, BlockKind.HEADING) == [
        "Đối ngoại kiến tạo môi trường phát triển đất nước",
        "Cụ thể hóa đường lối đối ngoại sau Đại hội",
    ]
    assert article.blocks[0].kind is BlockKind.LEAD


def test_corpus_title_timeline_and_holders(seeds_dir):
    corpus = doingoai.Corpus.from_path(seeds_dir)
    assert len(corpus) == 5
    history = {t.title: str(t.first_seen)[:7] for t in corpus.person("Lê Hoài Trung").titles}
    wanted = ["Trưởng Ban Đối ngoại Trung ương", "Quyền Bộ trưởng", "Bộ trưởng Bộ Ngoại giao"]
    assert [title for title in history if title in wanted] == wanted
    assert [history[title] for title in wanted] == ["2024-08", "2025-09", "2026-01"]
    holders = corpus.holders("Bộ trưởng Bộ Ngoại giao", on="2024-08-29")
    assert [p.name for p in holders] == ["Bùi Thanh Sơn"]
    assert [p.name for p in corpus.holders("Bộ trưởng Bộ Ngoại giao", on="2026-01-25")] == [
        "Lê Hoài Trung"
    ]
