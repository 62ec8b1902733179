"""Text helpers: normalisation, folding and paragraphs."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import doingoai
from doingoai import PartialDate
from doingoai.extract._reading import _unmarked, reading_copy
from doingoai.lexicon import Lexicon
from doingoai.structure import split_blocks
from doingoai.text import (
    SENTENCE,
    fold,
    folded_pattern,
    match_key,
    normalize,
    paragraphs,
    words_pattern,
)
from tests.cases import load_cases


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


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Paragraphs a scraper joined: a dot between a word in lower case and one that
        # opens with a capital ends a sentence ...
        (
            "Hai bên nhất trí hợp tác.Thủ tướng đề nghị.",
            ["Hai bên nhất trí hợp tác.", "Thủ tướng đề nghị."],
        ),
        # ... not one inside a short form, a number, an address or after an abbreviation.
        ("Tại TP.HCM, Tp.Hồ Chí Minh và PGS.TS Lê, chiều 2.2, theo baochinhphu.vn.", None),
        ("Ông St.Clair và Ferdinand Marcos Jr. nói.", None),
    ],
)
def test_sentences_end_at_a_dot_run_into_the_next_one(text, sentences):
    found = [sentence.group() for sentence in SENTENCE.finditer(text)]
    assert found == (sentences or [text])


def test_normalize():
    assert normalize("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert normalize(unicodedata.normalize("NFD", "Hà Nội")) == "Hà Nội"


def test_normalize_takes_out_invisible_marks_between_words():
    # As scraped pages have them: a zero-width space after a word, a word joiner, a BOM.
    assert normalize("Sáng\u200b 18/11, dự kiến \u200b\u200bsẽ\u2060 họp\ufeff.") == (
        "Sáng 18/11, dự kiến sẽ họp."
    )


def test_a_date_behind_a_zero_width_space_is_read():
    article = doingoai.parse(
        " date 2024-11-19\n\nNgày\u200b 18/11, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào."
    )
    assert "\u200b" not in article.text
    assert article.meetings[0].date == PartialDate(2024, 11, 18)


def test_keys_make_no_break_and_fixed_width_spaces_plain():
    # "&nbsp;" inside a phrase, a thin space: a space to a reader; the text keeps them.
    text = "Nghị\xa0quyết\u202fsố\u2009Ba"
    assert match_key(text) == "nghị quyết số ba"
    assert fold(text) == "nghi quyet so ba"
    assert normalize(text) == text


def test_phrases_with_no_break_spaces_inside_are_read_and_written_plainly():
    # A meeting word, a directive verb and a document's kind, each split by "&nbsp;", and
    # names and places written with it, as scraped pages carry them.
    article = doingoai.parse(
        " date 2024-05-10\n\nChiều\xa09/5, tại Trụ\xa0sở Chính phủ, Thủ tướng\xa0Phạm\xa0Minh"
        " Chính hội\xa0đàm với Thủ\xa0tướng Lào Sonexay Siphandone. Thủ tướng đề\xa0nghị"
        " hai\xa0bên thực hiện Nghị\xa0quyết số 59-NQ/TW."
    )
    assert [(s.name, [t.text for t in s.titles]) for s in article.speakers] == [
        ("Phạm Minh Chính", ["Thủ tướng"]),
        ("Sonexay Siphandone", ["Thủ tướng Lào"]),
    ]
    [meeting] = article.meetings
    assert (meeting.kind.value, meeting.date) == ("hội đàm", PartialDate(2024, 5, 9))
    # The facts with plain spaces, as they would be typed to compare them; the text keeps
    # its no-break spaces, and the spans point at them.
    assert (meeting.location, meeting.counterpart) == (
        "Trụ sở Chính phủ",
        "Thủ tướng Lào Sonexay Siphandone",
    )
    [directive] = article.directives
    assert (directive.issuer, directive.verb) == ("pham minh chinh", "đề nghị")
    assert directive.addressees == ("hai bên",)
    [document] = article.documents
    assert document.text == "Nghị quyết số 59-NQ/TW"
    assert article.text[document.spans[0].slice] == "Nghị\xa0quyết số 59-NQ/TW"


def test_what_is_said_across_no_break_spaces_is_written_with_plain_ones():
    article = doingoai.parse(
        " date 2024-05-10\n\nBộ trưởng Bùi Thanh Sơn cho\xa0biết hai\xa0bên nhất trí tăng cường"
        " hợp tác."
    )
    [statement] = article.statements
    assert (statement.verb, statement.content) == (
        "cho biết",
        "hai bên nhất trí tăng cường hợp tác.",
    )


_HEADER = re.compile(r" date \S+\s|---\n.*?\n---\n", re.DOTALL)  # kept as written
_FACTS = ("speakers", "statements", "meetings", "directives", "documents")


def _facts(article: doingoai.Article) -> dict[str, object]:
    data = json.loads(doingoai.to_json(article))
    return {name: data[name] for name in _FACTS}


# Every case of the fixture files (a header line and a body, or a body alone).
_WRITTEN_CASES = [
    pytest.param(case.values[0], id=f"{name}: {case.id}")
    for name in ("speakers.txt", "meetings.txt", "directives.txt", "dates.txt", "blocks.txt")
    for case in load_cases(name)
]


@pytest.mark.parametrize("raw", _WRITTEN_CASES)
def test_a_text_with_every_space_no_break_gives_the_same_facts(raw):
    # Some pages write "&nbsp;" for every space of a paragraph: the blocks, the facts and
    # their spans are those of the same text with plain spaces.
    header = _HEADER.match(raw)
    start = header.end() if header else 0
    no_break = raw[:start] + raw[start:].replace(" ", "\xa0")
    plain, scraped = doingoai.parse(raw), doingoai.parse(no_break)
    assert len(plain.blocks) > 0
    assert [(b.kind, b.span) for b in scraped.blocks] == [(b.kind, b.span) for b in plain.blocks]
    assert _facts(scraped) == _facts(plain)


def _read(raw: str) -> doingoai.Article:
    article = doingoai.parse(raw, extract=())
    return reading_copy(article, Lexicon.default())


def test_a_headline_in_title_case_is_read_with_its_verbs_in_lower_case():
    raw = (
        "Phó Thủ Tướng Bùi Thanh Sơn Tiếp Đại Sứ Bồ Đào Nha Tại Thái Lan Kiêm Nhiệm Việt Nam"
        "\n\nChiều 9/5, Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Bồ Đào Nha."
    )
    read = _read(raw)
    assert read.text.startswith(
        "Phó Thủ Tướng Bùi Thanh Sơn tiếp Đại Sứ Bồ Đào Nha tại Thái Lan kiêm nhiệm Việt Nam\n"
    )
    assert read.title == read.text.partition("\n")[0]  # the title is read as its heading
    assert doingoai.parse(raw, extract=()).text == raw  # the article keeps what was written


@pytest.mark.parametrize(
    "heading",
    [
        "Công An Hà Nội Nguyễn Filip Tấn Tài Tiến Dụng Việt Anh",  # a list of names
        "Thủ Tướng Phạm Minh Chính",  # a short heading: a name and its post
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội",  # running text
        "Quan Hệ Việt Nam Hàn Quốc Phát Triển Mạnh Mẽ Của",  # one word no name holds
    ],
)
def test_other_headings_are_read_as_written(heading):
    raw = f"{heading}\n\nChiều 9/5, Thủ tướng Phạm Minh Chính dự hội nghị."
    assert _read(raw).text == raw


@given(
    st.lists(
        st.sampled_from(
            ["Thủ", "Tướng", "Tiếp", "Với", "Đàm", "Điện", "Lê", "Minh", "Ký", "Hiệp",
             "Định", "Chỉ", "Thị", "Hội", "Nghị", "Ở", "Nước", "Ngoài", "İ", "ǅ", ",", "."]
        ),
        min_size=1,
        max_size=14,
    ).map(" ".join)
)  # fmt: skip
def test_a_text_is_read_letter_for_letter(heading):
    raw = f"{heading}\n\nChiều 9/5, Thủ tướng Phạm Minh Chính dự hội nghị."
    article = doingoai.parse(raw, extract=())
    read = reading_copy(article, Lexicon.default())
    assert len(read.text) == len(article.text)
    assert read.text.lower() == article.text.lower()
    assert [b.span for b in read.blocks] == [b.span for b in article.blocks]


def test_angle_brackets_around_words_are_no_tag():
    text = "Thủ tướng nói <Việt Nam> và <b>Lào</b>"
    assert _unmarked(text, split_blocks(text)) == "Thủ tướng nói <Việt Nam> và    Lào    "


@given(
    st.lists(
        st.sampled_from(
            ["Thủ", "tướng", " ", "\n\n", "[", "]", "(", ")", "https://a.vn/x_(1)", "!",
             "*", "**", "_", "__", "<b>", "</b>", "<a href='x'>", "&nbsp;", "&amp;", "&#160;",
             "&bogus;", "&", ";", "<", ">", "Phạm"]
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_markup_is_read_as_spaces_letter_for_letter(text):
    read = _unmarked(text, split_blocks(text))
    assert len(read) == len(text)
    for written, seen in zip(text, read, strict=True):
        # Each character is kept, blanked, or an entity's "&" read as its character.
        assert seen in (written, " ") or written == "&"


def test_normalize_mends_only_the_lines_that_need_it():
    nfc = "Thủ tướng tiếp Đại sứ.\nHai bên trao đổi."
    mixed = "Thủ tướng tiếp Đại sứ.\n" + unicodedata.normalize("NFD", "Hai bên trao đổi.")
    assert not unicodedata.is_normalized("NFC", mixed)
    assert normalize(mixed) == nfc
    assert normalize("\u0301a\n\u0301\n") == "\u0301a\n\u0301\n"  # a mark after a line end


# Composing letters and marks, line ends among them, and long piles of marks.
NORMALIZABLE = st.lists(
    st.sampled_from(
        [*"aeoAEO\n \r", "\u0300", "\u0301", "\u0302", "\u0323", "\u0306", "ư", "\u200b"]
    )
    | st.sampled_from(["\u0301" * 31, "\u2028", "\u1100\u1161"]),
    max_size=60,
).map("".join)


@given(NORMALIZABLE)
def test_normalize_equals_nfc_of_the_whole_text(text):
    whole = re.sub(r"\r\n?|\u2028|\u2029", "\n", text).replace("\u200b", "")
    expected = unicodedata.normalize("NFC", whole)
    if "\u0301" * 31 not in text:  # else a joiner goes into the pile (stream-safe)
        assert normalize(text) == expected
    assert unicodedata.is_normalized("NFC", normalize(text))
    assert normalize(normalize(text)) == normalize(text)


def test_paragraphs_offsets():
    text = "  Một.\n \nHai\nba.\n\n\n\nBốn.  "
    found = list(paragraphs(text))
    assert [p for _, _, p in found] == ["Một.", "Hai\nba.", "Bốn."]
    for start, end, paragraph in found:
        assert text[start:end] == paragraph
    assert list(paragraphs(" \n\n ")) == []


def fold_the_general_way(text: str) -> str:
    """What fold computes, by the book: NFD, marks dropped, NFC, lower case.

    No-break and fixed-width spaces are spaces.
    """
    text = re.sub("[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("ð", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


# Vietnamese, the characters real posts hold beside it (no-break space, ellipsis, curly
# quotes, emoji with their selector, full-width punctuation, Japanese, Arabic), and any.
MIXED = st.text(
    st.sampled_from(
        [
            *"aăâđêôơư áàảãạ ÁẮẰẲẴẶ Đ ́ ̣ ‘’“” … – —",
            "\xa0",
            "\ufe0f",
            "\U0001f1fb",
            "、",
            "，",
            "で",
            "が",
            "آ",
            "ئ",
            "Σ",
            "ς",
            "ᄀ",
            "ᅡ",
            "ᆨ",
            "가",
            "\U0001109a",
        ]
    )
    | st.characters(exclude_categories=["Cs"]),
    max_size=40,
)


@given(MIXED)
@example("a\u034fb")  # a combining grapheme joiner is of class 0: no mark, kept
def test_fold_takes_shortcuts_only_where_the_general_way_agrees(text):
    assert fold(text) == fold_the_general_way(text)


@settings(deadline=None)  # the first call builds the classes of every letter: 0.4 s
@given(MIXED, st.data())
def test_the_phrase_pattern_finds_every_phrase_fold_would_find(text, data):
    words = re.findall(r"[^\W_]+", fold(text))
    if len(words) < 2:
        return
    first = data.draw(st.integers(0, len(words) - 2))
    size = data.draw(st.integers(2, min(4, len(words) - first)))
    phrase = words[first : first + size]
    assert folded_pattern(phrase).search(text), phrase


def test_the_phrase_pattern_finds_a_word_break_inside_a_letter():
    # Tibetan "ཌྷ" decomposes to "ཌ" and a subjoined mark that is no part of a word, and
    # fold keeps the mark: the break between the two folded words lies inside one
    # character of the text (hypothesis found it).
    text = "\u0f5c0"
    words = re.findall(r"[^\W_]+", fold(text))
    assert words == ["\u0f5b", "0"]
    assert folded_pattern(words).search(text)
    assert not folded_pattern(words).search("\u0f5b0")  # no break where there is none


def _words_pattern_the_plain_way(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


WORDY = st.lists(st.sampled_from([*"hộiđàmọp .,\n-1_", "Hội"]), max_size=20).map("".join)


@given(st.lists(WORDY.filter(bool), min_size=1, max_size=6), WORDY, st.integers(0, 10))
def test_words_pattern_finds_what_a_leading_lookbehind_would(phrases, text, start):
    # The pattern puts each phrase's first character before its lookbehind (for speed).
    fast, plain = words_pattern(phrases), _words_pattern_the_plain_way(phrases)
    assert [m.span() for m in fast.finditer(text, start)] == [
        m.span() for m in plain.finditer(text, start)
    ]


def test_words_pattern_needs_a_word_start():
    pattern = words_pattern(["hội đàm", "họp"])
    assert pattern.findall("chội đàm, 2họp, _họp, (họp) hội đàmx hội đàm") == ["họp", "hội đàm"]
    after_newline = words_pattern(["\nhọp"])  # a phrase may start with any character
    assert after_newline.findall("a\nhọp \nhọp") == ["\nhọp"]
