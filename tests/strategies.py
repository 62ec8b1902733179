"""Hypothesis strategies for model values and raw articles."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import strategies as st

from doingoai import Block, BlockKind, PartialDate, Span

WORDS = (
    "Tổng Bí thư Tô Lâm Thủ tướng Phạm Minh Chính Bộ Ngoại giao hội đàm với Tổng thống "
    "Hoa Kỳ đối ngoại hợp tác phát triển Đại sứ chiều sáng tại Hà Nội Lào Trung Quốc "
    "nhấn mạnh đề nghị yêu cầu các cơ quan đại diện năm 2025 ngày 14/4 XIV Nghị quyết 59"
).split()


# Words that make and break person mentions: titles, names, countries, punctuation.
PEOPLE_WORDS = (
    "Tổng Bí thư , Chủ tịch nước Thủ tướng Chính phủ Phó Bộ trưởng Bộ Ngoại giao Đại tướng "
    "ông bà đồng chí cố các : ; . Tô Lâm Phạm Minh Chính Trung Quốc Lào Tập Cận Bình Donald "
    "Trump Hà Nội Người đứng đầu Đảng và Nhà nước nhấn mạnh cho biết yêu cầu Ảnh TTXVN - "
    "Nguyễn Lê Trần Ủy viên Ban Chấp hành Trung ương Đảng Chánh Văn phòng Trưởng Ban tại "
    "đề nghị chỉ đạo lưu ý cần phải tiếp tục Nghị quyết 59 của Bộ Chính trị Đại hội XIV hội đàm"
).split()


def partial_dates() -> st.SearchStrategy[PartialDate]:
    return st.builds(
        lambda day, precision: PartialDate(
            day.year, day.month if precision > 0 else None, day.day if precision > 1 else None
        ),
        st.dates(min_value=dt.date(1000, 1, 1)),
        st.integers(0, 2),
    )


def spans() -> st.SearchStrategy[Span]:
    return st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(
        lambda pair: Span(min(pair), max(pair))
    )


def blocks() -> st.SearchStrategy[Block]:
    return st.builds(
        Block,
        st.sampled_from(BlockKind),
        st.text(),
        spans(),
        st.none() | st.text(min_size=1),
        st.none() | st.text(min_size=1),
    )


def sentences() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(
        lambda words: " ".join(words)
    ) | st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=60)


def paragraphs() -> st.SearchStrategy[str]:
    plain = sentences().map(lambda s: s.strip() + ".")
    return st.one_of(
        plain,
        sentences(),  # maybe a heading
        sentences().map(lambda s: s.upper()),
        sentences().map(lambda s: f"{s}. Ảnh: TTXVN"),
        sentences().map(lambda s: f"- Xin ông cho biết {s}?"),
        sentences().map(lambda s: f"Thứ trưởng Nguyễn Mạnh Cường: {s}."),
        sentences().map(lambda s: f"[{s}](https://baoquocte.vn/tin.html)"),
        # The shapes the extractors look for, so property tests meet facts, not only soup.
        sentences().map(lambda s: f"Thủ tướng Phạm Minh Chính yêu cầu Bộ Ngoại giao {s}."),
        sentences().map(
            lambda s: f"Tổng Bí thư Tô Lâm đề nghị các bộ quán triệt Kết luận số 12-KL/TW, {s}."
        ),
        sentences().map(lambda s: f"Thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị, {s}."),
        sentences().map(lambda s: f"Chiều 12/7, Tổng Bí thư Tô Lâm hội đàm với {s}."),
    )


def bodies() -> st.SearchStrategy[str]:
    return st.lists(paragraphs(), min_size=0, max_size=8).map("\n\n".join)


def yaml_strings() -> st.SearchStrategy[str]:
    return sentences().filter(lambda s: s.strip() != "")


def front_matters() -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(
        {},
        optional={
            "title": yaml_strings() | sentences().map(lambda s: f" [Chủ đề] {s}"),
            "date": st.one_of(
                partial_dates().map(str),
                st.datetimes(
                    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)
                ).map(lambda moment: moment.strftime("%a, %d %b %Y %H:%M:%S +0700")),
            ),
            "categories": st.lists(st.sampled_from(WORDS), max_size=3)
            | st.sampled_from(["entries VN", "ngoại-giao"]),
            "tags": st.lists(st.sampled_from(WORDS), max_size=3),
            "published": st.booleans(),
            "layout": st.just("post"),
        },
    )


@st.composite
def raw_articles(draw: st.DrawFn) -> str:
    """Raw text in one of the three formats, sometimes NFD or with CRLF."""
    body = draw(bodies())
    kind = draw(st.sampled_from(["date-header", "jekyll", "plain"]))
    if kind == "date-header":
        text = f" date {draw(partial_dates())} {body}"
    elif kind == "jekyll":
        import yaml

        front = draw(front_matters())
        dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False) if front else ""
        text = f"---\n{dumped}---\n\n{body}"
    else:
        text = body if body.strip() else "Nội dung."
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text
