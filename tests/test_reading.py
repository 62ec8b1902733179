"""parse, parse_file and read: formats, encodings, errors and bulk reading."""

from __future__ import annotations

import codecs
import logging
import os
import pickle
import unicodedata

import pytest

import doingoai
from doingoai import ArticleFormat, BlockKind, ParseError, PartialDate, model, reading
from doingoai.reading import MAX_INPUT_BYTES

BODY = "Sáng 25/1, Bộ trưởng Bộ Ngoại giao tiếp Đại sứ Hàn Quốc.\n\nHai bên trao đổi về hợp tác."


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (" date 2024-08-29 ", PartialDate(2024, 8, 29)),
        (" date 2024-08 ", PartialDate(2024, 8)),
        (" date 2024 ", PartialDate(2024)),
        ("date 2024-08-29 ", PartialDate(2024, 8, 29)),
        ("  date\t2024-08-29\n", PartialDate(2024, 8, 29)),
    ],
)
def test_date_header_precision(header, expected):
    article = doingoai.parse(header + BODY)
    assert article.format is ArticleFormat.DATE_HEADER
    assert article.published == expected
    assert article.published is not None
    assert article.published.precision == expected.precision
    assert article.published_at is None
    assert article.text == BODY


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (" date 2024-13-01 ", "month must be in 1..12"),
        (" date 2024-02-30 ", "day is out of range"),
        (" date 2024-8-29 ", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        (" date 2024/08/29 ", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
        (" date 24-08-29 ", "expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_date_header_is_read_strictly(header, reason):
    with pytest.raises(ParseError, match=reason) as caught:
        doingoai.parse(header + BODY, source="bad.txt", strict=True)
    assert caught.value.source == "bad.txt"
    assert caught.value.line == 1
    assert str(caught.value).startswith("bad.txt:1:")
    # By default: undated, the body kept, and the reason as a warning.
    article = doingoai.parse(header + BODY, source="bad.txt")
    assert article.published is None
    assert article.text == BODY.strip()
    (warning,) = article.warnings
    assert warning.line == 1
    assert reason in warning.reason
    assert warning.reason.endswith("in the date header; undated")


def test_missing_header_is_plain_and_undated():
    article = doingoai.parse(BODY)
    assert article.format is ArticleFormat.PLAIN
    assert article.published is None
    assert article.lead is not None
    assert article.lead.startswith("Sáng 25/1")


def test_strict_rejects_plain_text():
    with pytest.raises(ParseError, match="neither a date header nor front matter"):
        doingoai.parse(BODY, strict=True)
    assert doingoai.parse(" date 2024 " + BODY, strict=True).published == PartialDate(2024)


@pytest.mark.parametrize(
    "data",
    [
        "",
        "   \n\t\n",
        b"",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf  \r\n",
        "\n\ufeff\ufeff",
        "\u200b \u2060",
    ],
)
def test_empty_input_is_an_error(data):
    with pytest.raises(ParseError, match="empty input"):
        doingoai.parse(data)


def test_empty_body_after_header_is_an_article_without_blocks():
    article = doingoai.parse(" date 2024-01-02")
    assert article.text == ""
    assert article.blocks == ()
    assert article.lead is None
    assert article.published == PartialDate(2024, 1, 2)


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "abc\x00def"])
def test_binary_input_is_an_error(data):
    with pytest.raises(ParseError, match="binary data"):
        doingoai.parse(data)


def test_invalid_utf8_names_line_and_column():
    data = " date 2024-01-02 ok\n\nline two \xff here".encode("latin-1")
    with pytest.raises(ParseError, match=r"not valid UTF-8: byte 0xff") as caught:
        doingoai.parse(data, source="x.txt", strict=True)
    error = caught.value
    assert (error.source, error.line, error.column) == ("x.txt", 3, 10)
    assert isinstance(error.__cause__, UnicodeDecodeError)
    assert isinstance(error, ValueError)
    article = doingoai.parse(data, source="x.txt")
    assert article.text == "ok\n\nline two \ufffd here"
    assert [str(w) for w in article.warnings] == [
        "line 3: not valid UTF-8: byte 0xff at offset 30; bad bytes read as U+FFFD"
    ]


def test_unpaired_surrogate_is_an_error():
    with pytest.raises(ParseError, match="surrogate"):
        doingoai.parse("Văn bản\ud800 lỗi")


def test_bom_crlf_and_nfd_are_accepted():
    text = " date 2024-08-29 " + BODY
    nfd = unicodedata.normalize("NFD", text).replace("\n", "\r\n")
    data = codecs.BOM_UTF8 + nfd.encode("utf-8")
    article = doingoai.parse(data)
    assert article == doingoai.parse(text)
    assert article.text == BODY  # NFC, LF line ends


def test_utf16_with_bom_is_decoded():
    text = " date 2024-08-29 " + BODY
    assert doingoai.parse(text.encode("utf-16")) == doingoai.parse(text)


def test_jekyll_bom_and_crlf():
    data = (
        codecs.BOM_UTF8
        + b"---\r\ntitle: Tin\r\ndate: 2024-01-02\r\n---\r\n\r\nN\xe1\xbb\x99i dung.\r\n"
    )
    article = doingoai.parse(data)
    assert article.format is ArticleFormat.JEKYLL
    assert (article.title, str(article.published), article.text) == (
        "Tin",
        "2024-01-02",
        "Nội dung.",
    )


def test_very_long_lines():
    line = "Hợp tác Việt Nam - Lào " * 20_000  # one 460,000-character paragraph
    article = doingoai.parse(" date 2024-07-11 " + line + "\n\nKết thúc.")
    assert len(article.blocks) == 2
    assert article.blocks[0].kind is BlockKind.LEAD
    assert len(article.blocks[0].text) == len(line.strip())


def test_input_over_the_limit_is_refused_not_truncated():
    data = b" date 2024 " + b"a" * MAX_INPUT_BYTES
    with pytest.raises(ParseError, match="over the limit"):
        doingoai.parse(data)


def test_parse_rejects_other_types():
    with pytest.raises(TypeError):
        doingoai.parse(42)  # type: ignore[arg-type]


def test_id_is_deterministic_and_content_based():
    first = doingoai.parse(" date 2024-01-02 " + BODY)
    assert first.id == doingoai.parse((" date 2024-01-02 " + BODY).encode()).id
    assert len(first.id) == 16
    assert first.id != doingoai.parse(" date 2024-01-03 " + BODY).id
    assert first.id != doingoai.parse(" date 2024-01-02 " + BODY + " Thêm.").id


def test_parse_error_pickles():
    error = ParseError("bad", source="a.md", line=3, column=2)
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "a.md:3:2: bad"


def test_parse_file_uses_filename_date_and_source(tmp_path):
    path = tmp_path / "2024-07-11-to-lam-tham-lao.md"
    path.write_text("---\ntitle: Tin\n---\n\nNội dung.", encoding="utf-8")
    article = doingoai.parse_file(path)
    assert article.published == PartialDate(2024, 7, 11)
    assert article.source == str(path)
    header = tmp_path / "2024-07-11-khac.txt"
    header.write_text(" date 2024-07-12 Nội dung.", encoding="utf-8")
    assert doingoai.parse_file(header).published == PartialDate(2024, 7, 12)  # content wins


def test_parse_file_missing_raises_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        doingoai.parse_file(tmp_path / "nope.txt")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-01-01 Một.", encoding="utf-8")
    (tmp_path / "b.md").write_bytes(b"---\ntitle: [unclosed\n---\nx")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(" date 2024-01-03 Ba.", encoding="utf-8")
    (tmp_path / "sub" / "d.txt").write_bytes(b" date 2024-01-04 caf\xe9")
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(" date 2024-01-09 Ẩn.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    return tmp_path


def test_read_raise_stops_at_the_first_bad_file(folder):
    reader = doingoai.read(folder, strict=True)
    assert next(reader).text == "Một."
    with pytest.raises(ParseError, match="invalid YAML") as caught:
        next(reader)
    assert caught.value.source == str(folder / "b.md")
    reader = doingoai.read(folder)  # leniently, b.md is read; the empty e.txt is not
    assert [next(reader).text, next(reader).text] == ["Một.", "x"]
    with pytest.raises(ParseError, match="empty input") as caught:
        next(reader)
    assert caught.value.source == str(folder / "e.txt")


def test_read_collect_keeps_every_good_article_and_every_error(folder):
    reader = doingoai.read(folder, errors="collect", strict=True)
    texts = [article.text for article in reader]
    assert texts == ["Một.", "Ba."]
    assert [(e.source, e.reason.split(":")[0]) for e in reader.errors] == [
        (str(folder / "b.md"), "invalid YAML in front matter"),
        (str(folder / "e.txt"), "empty input"),
        (str(folder / "sub" / "d.txt"), "not valid UTF-8"),
    ]


def test_read_collect_leniently_keeps_every_readable_article(folder):
    reader = doingoai.read(folder, errors="collect")
    articles = list(reader)
    assert [a.text for a in articles] == ["Một.", "x", "Ba.", "caf\ufffd"]
    assert [len(a.warnings) for a in articles] == [0, 1, 0, 1]
    assert articles[1].warnings[0].reason.startswith("invalid YAML in front matter")
    assert [(e.source, e.reason) for e in reader.errors] == [
        (str(folder / "e.txt"), "empty input: no article text")
    ]


def test_read_skip_logs_and_continues(folder, caplog):
    with caplog.at_level(logging.WARNING, logger="doingoai"):
        texts = [a.text for a in doingoai.read(folder, errors="skip", strict=True)]
    assert texts == ["Một.", "Ba."]
    assert len(caplog.records) == 3
    assert "b.md" in caplog.records[0].getMessage()


def test_read_glob_and_single_file(folder):
    glob_read = doingoai.read(folder / "sub" / "*.txt", errors="skip", strict=True)
    assert [a.text for a in glob_read] == ["Ba."]
    assert [a.text for a in doingoai.read(str(folder / "**" / "c.txt"))] == ["Ba."]
    assert [a.text for a in doingoai.read(folder / "a.txt")] == ["Một."]


def test_read_missing_path_and_bad_mode(tmp_path):
    with pytest.raises(FileNotFoundError):
        doingoai.read(tmp_path / "missing")
    with pytest.raises(ValueError, match="errors must be"):
        doingoai.read(tmp_path, errors="ignore")  # type: ignore[arg-type]


def test_read_is_lazy(tmp_path):
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(f" date 2024-01-0{index + 1} Bài {index}.")
    reader = doingoai.read(tmp_path)
    first = next(reader)
    (tmp_path / "2.txt").write_text("changed after the reader started")
    assert first.text == "Bài 0."
    assert [a.format for a in reader] == [ArticleFormat.DATE_HEADER, ArticleFormat.PLAIN]


def _write_posts(folder, count):
    """Our own short posts, one per file, and one file no parser can read."""
    for index in range(count):
        day = 1 + index % 28
        (folder / f"post-{index:03d}.txt").write_text(
            f" date 2024-03-{day:02d} Chiều {day}/3, Thủ tướng Phạm Minh Chính tiếp"
            f" Đại sứ Nhật Bản Ito Naoki lần thứ {index + 1}.",
            encoding="utf-8",
        )
    (folder / "post-050-bad.txt").write_bytes(b"\x00\x01\x02 binary")


@pytest.mark.parametrize("workers", [2, 0])
def test_workers_give_the_same_articles_in_the_same_order(tmp_path, workers):
    _write_posts(tmp_path, 60)
    serial = doingoai.read(tmp_path, errors="collect")
    articles = list(serial)
    parallel = doingoai.read(tmp_path, errors="collect", workers=workers)
    received = list(parallel)
    # Sent without their blocks (the text split), split again when read: the same.
    assert all(model._value_or_later(a, "blocks") is model._LATER for a in received)
    assert received == articles
    assert [a.blocks for a in received] == [a.blocks for a in articles]
    assert len(articles) == 60
    assert articles[0].meetings  # the extractors ran
    # The bad file is reported the same way, naming the file.
    assert [(e.source, e.reason) for e in parallel.errors] == [
        (e.source, e.reason) for e in serial.errors
    ]
    assert str(parallel.errors[0].source).endswith("post-050-bad.txt")


def test_workers_raise_the_first_bad_file_in_order(tmp_path):
    _write_posts(tmp_path, 60)
    reader = doingoai.read(tmp_path, workers=2)
    with pytest.raises(ParseError, match=r"post-050-bad\.txt"):
        for _ in reader:
            pass
    skipped = doingoai.Corpus.from_path(tmp_path, errors="skip", workers=2)
    assert len(skipped) == 60


def test_workers_must_not_be_negative(tmp_path):
    with pytest.raises(ValueError, match="workers"):
        doingoai.read(tmp_path, workers=-1)


@pytest.mark.parametrize("change", [-100, -1, 0, 1, 100, 70_000])
def test_a_file_is_read_whole_whatever_size_its_status_said(tmp_path, monkeypatch, change):
    # A file being written while read: its size may differ from the one fstat gave.
    path = tmp_path / "2024-03-05-tin.md"
    data = ("---\ntitle: Tin\n---\n" + "Hai bên trao đổi về hợp tác.\n" * 3_000).encode()
    path.write_bytes(data)
    real_fstat = os.fstat

    def fstat(descriptor: int) -> os.stat_result:
        status = list(real_fstat(descriptor))
        status[6] = max(0, len(data) + change)  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(os, "fstat", fstat)
    assert reading._read_bytes(path) == data
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    assert reading._read_bytes(empty) == b""
