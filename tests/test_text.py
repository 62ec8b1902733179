"""Text helpers: normalisation, folding and paragraphs."""

from __future__ import annotations

import unicodedata

import pytest

from doingoai.text import fold, normalize, paragraphs


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Tô Lâm", "to lam"),
        ("TÔ LÂM", "to lam"),
        ("đối ngoại", "doi ngoai"),
        ("ĐỐI NGOẠI", "doi ngoai"),
        ("Nguyễn Phú Trọng", "nguyen phu trong"),
        ("Thongloun Sisoulith", "thongloun sisoulith"),
        ("Tập Cận Bình", "tap can binh"),
    ],
)
def test_fold(text, key):
    assert fold(text) == key
    assert fold(unicodedata.normalize("NFD", text)) == key


def test_normalize():
    assert normalize("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert normalize(unicodedata.normalize("NFD", "Hà Nội")) == "Hà Nội"


def test_paragraphs_offsets():
    text = "  Một.\n \nHai\nba.\n\n\n\nBốn.  "
    found = list(paragraphs(text))
    assert [p for _, _, p in found] == ["Một.", "Hai\nba.", "Bốn."]
    for start, end, paragraph in found:
        assert text[start:end] == paragraph
    assert list(paragraphs(" \n\n ")) == []
