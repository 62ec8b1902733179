"""Jekyll's own fixtures, with the values upstream Jekyll produced (``../shared/peers/jekyll``).

Each fixture is parsed with its path relative to the Jekyll site (as Jekyll sees it)
and must give Jekyll's date, title, categories, tags and published values. The
cases where doingoai deliberately differs are listed in ``DIFFERENCES`` with the
reason (also in ``docs/formats.md``), and each asserts what doingoai does instead.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

import doingoai

PEERS_JSONL = Path("jekyll") / "expected.jsonl"

# path → (what doingoai does, reason). "error: <text>" means a ParseError containing <text>;
# "warning: <text>" means that error with strict=True, and by default a warning saying it.
DIFFERENCES: dict[str, tuple[str, str]] = {
    "test/fixtures/broken_front_matter2.erb": (
        "warning: invalid YAML",
        "Jekyll logs invalid YAML and keeps the page with empty data; doingoai keeps "
        "its key: value lines with a warning (strict=True raises ParseError)",
    ),
    "test/source/_broken/bad_post.md": (
        "warning: invalid YAML",
        "as above",
    ),
    "test/fixtures/broken_front_matter3.erb": (
        "warning: not valid UTF-8",
        "Jekyll warns and reads no front matter; doingoai reads the bad bytes as "
        "U+FFFD with a warning naming the first (strict=True raises ParseError)",
    ),
    "test/source/_posts/2013-03-19-not-a-post.markdown/.gitkeep": (
        "error: empty input",
        "an empty dotfile is not a post to Jekyll; to doingoai empty input is an error",
    ),
    "test/source/_encodings/Unicode16LECRLFandBOM.md": (
        "reads UTF-16",
        "Jekyll cannot read UTF-16; doingoai decodes text with a UTF-16 "
        "byte order mark, which names its encoding unambiguously",
    ),
    "test/source/_methods/with.dots/.gitignore": (
        "static file",
        "Jekyll copies files without front matter in collections as static "
        "files; doingoai reads them as plain articles",
    ),
    "test/source/_methods/with.dots/.htaccess": ("static file", "as above"),
    "test/fixtures/broken_front_matter1.erb": (
        "headline title",
        "Jekyll gives a page without front matter no title; doingoai reads a plain "
        "article's first line as its headline when it is a heading, here a Markdown one",
    ),
    "test/source/_posts/2008-02-03-wrong-extension.yml": (
        "reads .yml",
        "Jekyll loads a .yml file in _posts as data; doingoai parses whatever "
        "it is given (read() skips .yml files when reading a folder)",
    ),
    "test/source/category/_posts/2008-09-23-categories.markdown": (
        "no folder categories",
        "Jekyll adds the folders above _posts, relative to the site, "
        "as categories; doingoai does not know where a site starts, so it adds none",
    ),
    "test/source/foo/_posts/bar/2008-12-12-topical-post.markdown": (
        "no folder categories",
        "as above",
    ),
    "test/source/win/_posts/2009-05-24-yaml-linebreak.markdown": (
        "no folder categories",
        "as above",
    ),
    "test/source/z_category/_posts/2008-09-23-categories.markdown": (
        "no folder categories",
        "as above",
    ),
}


def _rows(peers: Path) -> list[dict]:
    with (peers / PEERS_JSONL).open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def _fixture_bytes(peers: Path, row: dict) -> bytes:
    path = peers / "jekyll" / row["fixture_file"]
    if not path.exists():
        # A git symlink the copy could not keep; the row's notes name its target.
        target = re.search(r"git symlink to (\S+?)\s*\(", row.get("notes", ""))
        assert target is not None, f"{path} is missing and its row names no symlink target"
        path = path.parent / target.group(1)
    return path.read_bytes()


def _site_path(row: dict) -> str:
    return row["path"].removeprefix("test/source/")


def pytest_generate_tests(metafunc):
    if "jekyll_row" in metafunc.fixturenames:
        # The ids are known without the folder: they come from a fixed count of rows,
        # so collection does not depend on ../shared; the fixture resolves the row.
        metafunc.parametrize("jekyll_row", range(125), ids=lambda index: f"row{index:03d}")


@pytest.fixture
def row(peers_dir, jekyll_row):
    rows = _rows(peers_dir)
    assert len(rows) == 125
    return rows[jekyll_row]


def test_jekyll_fixture(peers_dir, row):
    data = _fixture_bytes(peers_dir, row)
    site_path = _site_path(row)
    expected_error = row["invalid_reason"] or ""
    if expected_error.startswith("fatal: Errors::InvalidDateError"):
        # Jekyll aborts the build; doingoai raises a ParseError naming the file.
        with pytest.raises(doingoai.ParseError, match="invalid date") as caught:
            doingoai.parse(data, source=site_path, strict=True)
        assert caught.value.source == site_path
        # Read leniently, the post is kept and the reason becomes its warning.
        lenient = doingoai.parse(data, source=site_path)
        assert any("invalid date" in warning.reason for warning in lenient.warnings)
        return
    difference = DIFFERENCES.get(row["path"])
    if difference is not None and difference[0].startswith("error: "):
        with pytest.raises(doingoai.ParseError, match=difference[0].removeprefix("error: ")):
            doingoai.parse(data, source=site_path)
        return
    if difference is not None and difference[0].startswith("warning: "):
        reason = difference[0].removeprefix("warning: ")
        with pytest.raises(doingoai.ParseError, match=reason):
            doingoai.parse(data, source=site_path, strict=True)
        lenient = doingoai.parse(data, source=site_path)
        assert any(re.search(reason, warning.reason) for warning in lenient.warnings)
        return

    article = doingoai.parse(data, source=site_path)
    assert article.warnings == ()  # what Jekyll reads, we read without a flaw
    kind = difference[0] if difference else None

    if kind == "static file":
        assert article.format is doingoai.ArticleFormat.PLAIN
        return
    if kind == "reads UTF-16":
        # The values its front matter gives (checked by hand in the file).
        assert article.format is doingoai.ArticleFormat.JEKYLL
        assert article.title == "Unicode16CRLFandBOM"
        assert article.categories == ("bom",)
        assert article.published_at == dt.datetime(2017, 4, 6, 0, 8, 1, tzinfo=dt.timezone.utc)
        return
    if kind == "headline title":
        # The file's first line, "# Some stuff on the first line", without its mark.
        assert article.format is doingoai.ArticleFormat.PLAIN
        assert article.title == "Some stuff on the first line"
        assert article.blocks[0].kind is doingoai.BlockKind.HEADING
        return
    if kind == "reads .yml":
        assert article.format is doingoai.ArticleFormat.JEKYLL
        assert article.title == "This file extension is skipped"
        assert article.categories == ("test_post_reader",)
        assert str(article.published) == "2008-02-03"  # from the file name
        return

    _assert_date(article, row["date"])
    if row["title"]:
        assert article.title == row["title"]
    else:
        assert article.title is None
    if kind == "no folder categories":
        folder = [c for c in row["categories"] if c not in article.categories]
        assert folder, "the difference must be exactly the folder categories"
        assert [c for c in row["categories"] if c not in folder] == list(article.categories)
    else:
        assert list(article.categories) == row["categories"]
    assert list(article.tags) == row["tags"]
    assert article.published_flag is (row["published"] is not False)


def _assert_date(article, expected: str | None) -> None:
    if expected is None:
        assert article.published is None
        return
    moment = dt.datetime.fromisoformat(expected)
    if article.published_at is not None:
        assert article.published_at == moment  # the same instant, in the source's own offset
    else:
        # Date-only values: Jekyll's local midnight (its test suite runs in UTC).
        assert moment.time() == dt.time(0, 0)
        assert str(article.published) == moment.date().isoformat()


def test_every_difference_names_a_real_row(peers_dir):
    paths = {row["path"] for row in _rows(peers_dir)}
    assert set(DIFFERENCES) <= paths
