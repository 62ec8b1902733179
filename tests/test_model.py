"""Model values: PartialDate, Span, Block and Article properties."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import inspect
import pickle
import sys
import tracemalloc

import attrs
import pytest

import doingoai
from doingoai import (
    Article,
    ArticleFormat,
    Block,
    BlockKind,
    DatePrecision,
    ParseError,
    PartialDate,
    Span,
    Speaker,
    model,
)
from doingoai.structure import split_blocks


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2024", PartialDate(2024), DatePrecision.YEAR),
        ("2024-08", PartialDate(2024, 8), DatePrecision.MONTH),
        ("2024-02-29", PartialDate(2024, 2, 29), DatePrecision.DAY),
    ],
)
def test_partial_date_parse_and_str(text, expected, precision):
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert parsed.precision is precision
    assert str(parsed) == text
    assert f"{parsed:>12}" == text.rjust(12)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2024-8",
        "2024-08-1",
        "24",
        "2023-02-29",
        "2024-00",
        "2024-08-29T10:00",
        " 2024",
        "２０２４",
    ],
)
def test_partial_date_parse_is_strict(text):
    with pytest.raises(ParseError, match="invalid date"):
        PartialDate.parse(text)


def test_partial_date_validation():
    with pytest.raises(ValueError, match="needs a month"):
        PartialDate(2024, None, 3)
    with pytest.raises(ValueError, match=r"month must be in 1\.\.12"):
        PartialDate(2024, 13)
    with pytest.raises(ValueError, match="day is out of range"):
        PartialDate(2023, 2, 29)


def test_partial_date_ordering():
    dates = [
        PartialDate(2025, 1, 1),
        PartialDate(2024),
        PartialDate(2024, 12, 31),
        PartialDate(2024, 8),
        PartialDate(2024, 8, 1),
    ]
    assert sorted(dates) == [
        PartialDate(2024),
        PartialDate(2024, 8),
        PartialDate(2024, 8, 1),
        PartialDate(2024, 12, 31),
        PartialDate(2025, 1, 1),
    ]
    assert PartialDate(2024, 8) <= PartialDate(2024, 8)
    assert PartialDate(2025) > PartialDate(2024, 12, 31)
    assert PartialDate(2025) >= PartialDate(2025)
    with pytest.raises(TypeError):
        _ = PartialDate(2024) < dt.date(2024, 1, 1)  # type: ignore[operator]


def test_partial_date_range_and_containment():
    assert (PartialDate(2024, 2).start, PartialDate(2024, 2).end) == (
        dt.date(2024, 2, 1),
        dt.date(2024, 2, 29),
    )
    assert PartialDate(2024, 12).end == dt.date(2024, 12, 31)
    assert PartialDate(2024).end == dt.date(2024, 12, 31)
    assert PartialDate(2024, 8, 29).end == dt.date(2024, 8, 29)
    assert PartialDate(2024, 8, 29) in PartialDate(2024, 8)
    assert dt.date(2024, 8, 29) in PartialDate(2024)
    assert PartialDate(2024) not in PartialDate(2024, 8)
    assert "2024" not in PartialDate(2024)
    assert PartialDate.from_date(dt.date(2026, 1, 25)).to_date() == dt.date(2026, 1, 25)
    with pytest.raises(ValueError, match="not a full date"):
        PartialDate(2024, 8).to_date()


def test_span():
    span = Span(2, 5)
    assert len(span) == 3
    assert "abcdef"[span.slice] == "cde"
    with pytest.raises(ValueError, match="start <= end"):
        Span(5, 2)
    with pytest.raises(ValueError, match="start <= end"):
        Span(-1, 2)


def test_values_are_frozen_and_hashable():
    block = Block(BlockKind.LEAD, "Một.", Span(0, 4))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        block.text = "x"  # type: ignore[misc]
    article = doingoai.parse(" date 2024-01-02 Một.")
    assert hash(article) == hash(doingoai.parse(" date 2024-01-02 Một."))
    assert len({article, doingoai.parse(" date 2024-01-02 Một.")}) == 1
    assert not hasattr(article, "__dict__")  # slotted


def test_article_derived_properties():
    article = Article(
        id="x",
        format=ArticleFormat.JEKYLL,
        text="Đầu.\n\nThân.",
        blocks=[
            Block(BlockKind.LEAD, "Đầu.", Span(0, 4)),
            Block(BlockKind.PARAGRAPH, "Thân.", Span(6, 11)),
        ],
        url="https://WWW.Baoquocte.vn/tin.html",
        categories=["a"],
    )
    assert article.outlet == "baoquocte.vn"
    assert article.lead == "Đầu."
    assert article.blocks == tuple(article.blocks)
    assert article.categories == ("a",)
    assert article.span_text(article.blocks[1].span) == "Thân."
    assert article.blocks_of(BlockKind.PARAGRAPH) == (article.blocks[1],)
    assert "jekyll" in repr(article)
    assert "undated" in repr(article)
    assert Article(id="y", format=ArticleFormat.PLAIN, text="", url="not a url").outlet is None


def test_blocks_read_their_text_from_the_article():
    body = "Đầu bài.\n\nThân bài."
    view = Block.within(body, BlockKind.PARAGRAPH, Span(10, 19))
    alone = Block(BlockKind.PARAGRAPH, "Thân bài.", Span(10, 19))
    assert view.text == "Thân bài."
    assert view == alone
    assert hash(view) == hash(alone)
    assert repr(view) == repr(alone)
    assert "text='Thân bài.'" in repr(view)
    assert view != Block(BlockKind.PARAGRAPH, "Khác.", Span(10, 19))
    # An article given blocks of its own text keeps them equal; one that does not match
    # its text at its span is kept as given.
    stray = Block(BlockKind.PARAGRAPH, "Không có ở đây.", Span(10, 19))
    article = Article(id="x", format=ArticleFormat.PLAIN, text=body, blocks=[alone, stray])
    assert article.blocks == (alone, stray)
    assert article.blocks[1].text == "Không có ở đây."


def test_blocks_do_not_copy_the_body():
    paragraph = "Bộ Ngoại giao thông báo về chuyến thăm chính thức của đoàn. " * 20
    raw = " date 2024-01-02 " + "\n\n".join(f"{paragraph}{n}." for n in range(100))
    tracemalloc.start()
    try:
        article = doingoai.parse(raw, extract=())
        assert article.blocks  # split now if not yet
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(article.blocks) == 100
    text_size = sys.getsizeof(article.text)  # about 240 kB: two bytes a character
    assert held < 1.3 * text_size  # blocks as copies would take twice the text


JEKYLL_POST = (
    "---\ntitle: Bộ trưởng Ngoại giao tiếp Đại sứ Nhật Bản\ndate: 2024-03-05\n---\n"
    "Chiều 5/3, tại Hà Nội, Bộ trưởng tiếp Đại sứ Nhật Bản.\n\nHai bên trao đổi về hợp tác.\n"
)


def _unsplit(article: Article, name: str = "blocks") -> bool:
    return model._value_or_later(article, name) is model._LATER


def test_a_parsed_post_splits_its_blocks_when_first_read():
    article = doingoai.parse(JEKYLL_POST, extract=())
    assert _unsplit(article)
    assert article.blocks == split_blocks(article.text)
    assert [b.kind for b in article.blocks] == [BlockKind.LEAD, BlockKind.PARAGRAPH]
    assert not _unsplit(article)
    assert article.blocks is article.blocks  # kept, not split again


def test_a_parsed_post_computes_its_id_when_first_read():
    article = doingoai.parse(JEKYLL_POST, extract=())
    assert _unsplit(article, "id")
    # The id hashes the date, the title and the text, as it did when computed at once.
    content = f"2024-03-05\x1f{article.title}\x1f{article.text}".encode()
    assert article.id == hashlib.blake2b(content, digest_size=8).hexdigest()
    assert not _unsplit(article, "id")
    assert pickle.loads(pickle.dumps(article)).id == article.id
    fresh = doingoai.parse(JEKYLL_POST, extract=())
    assert _unsplit(pickle.loads(pickle.dumps(fresh)), "id")
    assert fresh == article  # computes the id to compare it


LINKED_POST = (
    "---\ntitle: Thủ tướng tiếp Đại sứ Úc\ndate: 2024-03-06\n---\n"
    "[Bài gốc](https://baochinhphu.vn/bai-goc.htm)\n\n"
    "Chiều 6/3, Thủ tướng tiếp Đại sứ Úc.\n\n"
    "![Ảnh hội kiến](https://baochinhphu.vn/anh.jpg)\n"
)


def test_a_parsed_post_finds_its_links_when_first_read():
    article = doingoai.parse(LINKED_POST, extract=())
    assert _unsplit(article, "url")
    assert _unsplit(article, "image_url")
    assert article.url == "https://baochinhphu.vn/bai-goc.htm"
    assert not _unsplit(article, "image_url")  # both found in one look
    assert article.image_url == "https://baochinhphu.vn/anh.jpg"
    assert _unsplit(article)  # without splitting the blocks
    assert [b.url for b in article.blocks if b.url] == [article.url, article.image_url]
    pending = doingoai.parse(LINKED_POST, extract=())
    restored = pickle.loads(pickle.dumps(pending))
    assert _unsplit(restored, "url")
    assert restored.outlet == "baochinhphu.vn"
    assert restored == pending == article


def test_front_matter_links_are_kept_and_the_missing_one_found_later():
    given = LINKED_POST.replace("date:", "image: https://cdn.vn/bia.jpg\ndate:")
    article = doingoai.parse(given, extract=())
    assert not _unsplit(article, "image_url")
    assert _unsplit(article, "url")
    assert article.image_url == "https://cdn.vn/bia.jpg"  # the front matter's wins
    assert article.url == "https://baochinhphu.vn/bai-goc.htm"
    assert article.image_url == "https://cdn.vn/bia.jpg"  # not overwritten by the body's
    bare = doingoai.parse(JEKYLL_POST, extract=())
    assert (bare.url, bare.image_url) == (None, None)


def test_blocks_not_split_yet_compare_hash_and_pickle_as_split_ones():
    pending = doingoai.parse(JEKYLL_POST, extract=())
    split = doingoai.parse(JEKYLL_POST, extract=())
    assert split.blocks
    restored = pickle.loads(pickle.dumps(pending))
    assert _unsplit(restored)
    assert _unsplit(pending)
    assert len(pickle.dumps(pending)) < len(pickle.dumps(split))
    assert restored == pending == split
    assert hash(pending) == hash(split)
    by_hand = attrs.evolve(split, blocks=split.blocks[:1])
    assert by_hand != pending  # blocks given by hand are compared, not assumed
    assert copy.deepcopy(pending).blocks == split.blocks
    assert doingoai.from_json(Article, doingoai.to_json(pending)) == split


def test_an_unknown_attribute_is_still_an_attribute_error():
    article = doingoai.parse(JEKYLL_POST, extract=())
    with pytest.raises(AttributeError, match="'Article' object has no attribute 'blokcs'"):
        article.blokcs  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(article, "blokcs")
    assert getattr(article, "blokcs", None) is None


def test_format_values_are_the_documented_strings():
    assert [f.value for f in ArticleFormat] == ["date-header", "jekyll", "plain"]
    assert ArticleFormat.JEKYLL == "jekyll"  # type: ignore[comparison-overlap]  # a str enum
    assert [k.value for k in BlockKind] == [
        "lead",
        "paragraph",
        "heading",
        "caption",
        "question",
        "answer",
        "link",
        "image",
    ]


def test_public_api_is_complete():
    public = {name for name in dir(doingoai) if not name.startswith("_")}
    modules = {name for name in public if inspect.ismodule(getattr(doingoai, name))}
    # query: a module of helpers; open: left out so that `import *` keeps the built-in
    assert public - modules == (set(doingoai.__all__) - {"query"}) | {"open"}
    assert doingoai.__all__ == sorted(doingoai.__all__)
    for name in doingoai.__all__:
        assert getattr(doingoai, name).__doc__, name


def test_metadata_is_a_read_only_copy_flat_or_nested():
    flat = {"title": "Tin", "date": "2024-03-05", "draft": False, "views": 3}
    nested = {"title": "Tin", "tags": ["a", "b"], "author": {"name": "PV"}}
    made = [
        Article(id="x", format=ArticleFormat.JEKYLL, text="", metadata=m) for m in (flat, nested)
    ]
    flat["title"] = nested["title"] = "đổi"  # the caller's dicts change afterwards
    nested["tags"].append("c")  # type: ignore[attr-defined]
    assert made[0].metadata == {"title": "Tin", "date": "2024-03-05", "draft": False, "views": 3}
    assert made[1].metadata["title"] == "Tin"
    assert made[1].metadata["tags"] == ("a", "b")
    assert dict(made[1].metadata["author"]) == {"name": "PV"}
    for article in made:
        with pytest.raises(TypeError):
            article.metadata["title"] = "x"  # type: ignore[index]


def test_facts_are_added_as_evolve_would_leaving_computed_fields_for_later():
    article = doingoai.parse(LINKED_POST, extract=())
    speakers = (Speaker("to lam", "Tô Lâm"),)
    added = model._with_facts(article, speakers=speakers)
    assert added.speakers is speakers
    assert added.metadata is article.metadata  # not copied again
    assert _unsplit(added)
    assert _unsplit(added, "id")
    assert _unsplit(added, "url")
    assert added.url == "https://baochinhphu.vn/bai-goc.htm"
    assert not _unsplit(added, "url")
    assert _unsplit(article, "url")  # the original is left as it was
    assert added == attrs.evolve(article, speakers=speakers)
    # Anything but facts given as tuples takes the checked way.
    as_list = model._with_facts(article, speakers=list(speakers))
    assert as_list.speakers == speakers
    assert model._with_facts(article, title="Khác").title == "Khác"


def _deferred_copy(article: Article, loads: list[int]) -> Article:
    """``article`` known by its id and title alone: the rest read when first used."""

    def loader() -> Article:
        loads.append(1)
        return article

    return model._deferred(loader, id=article.id, title=article.title)


def test_a_deferred_article_reads_the_rest_once_when_first_used():
    whole = doingoai.parse(LINKED_POST)
    loads: list[int] = []
    deferred = _deferred_copy(whole, loads)
    assert (deferred.id, deferred.title) == (whole.id, whole.title)
    assert loads == []  # what it was given
    assert deferred.text == whole.text
    assert deferred.speakers == whole.speakers
    assert loads == [1]  # once, for every field
    assert deferred == whole
    assert hash(deferred) == hash(whole)
    assert repr(deferred) == repr(whole)


@pytest.mark.parametrize(
    "use",
    [
        lambda a: pickle.loads(pickle.dumps(a)),
        copy.deepcopy,
        lambda a: attrs.evolve(a, title="Khác"),
        lambda a: model._with_facts(a, speakers=()),
        lambda a: doingoai.from_json(Article, doingoai.to_json(a)),
    ],
    ids=["pickle", "deepcopy", "evolve", "with_facts", "json"],
)
def test_a_deferred_article_is_copied_whole(use):
    whole = doingoai.parse(LINKED_POST)
    loads: list[int] = []
    copied, expected = use(_deferred_copy(whole, loads)), use(whole)
    assert loads == [1]
    assert copied == expected
    assert copied.url == expected.url == "https://baochinhphu.vn/bai-goc.htm"
