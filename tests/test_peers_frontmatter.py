"""python-frontmatter's fixtures (``../shared/peers/python-frontmatter``).

For YAML front matter between ``---`` lines doingoai must read the same metadata
and the same (stripped) content. python-frontmatter also accepts JSON, TOML,
four-dash delimiters and custom handlers; doingoai follows Jekyll, for which those
files have no front matter, so they read as plain text, body unchanged.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

import doingoai
from doingoai import ArticleFormat

ROWS = 13
# Formats Jekyll does not read as front matter: the whole file is the body.
NOT_JEKYLL = {
    "tests/json/hello-json.md": "JSON front matter",
    "tests/toml/hello-toml.md": "TOML front matter (+++)",
    "tests/yaml/extra-dash.txt": "four-dash delimiters",
    "inline:tests/unit_test.py:204-224": "'...' opening through a custom handler",
}


@pytest.fixture(params=range(ROWS), ids=lambda index: f"row{index:02d}")
def row(request, peers_dir):
    folder = peers_dir / "python-frontmatter"
    with (folder / "expected.jsonl").open(encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream]
    assert len(rows) == ROWS
    return folder, rows[request.param]


def _input(folder: Path, row: dict) -> bytes:
    if "input_bytes_escaped" in row:
        return codecs.decode(row["input_bytes_escaped"], "unicode_escape").encode("utf-8")
    if "input_text" in row:
        return row["input_text"].encode("utf-8")
    return (folder / row["fixture_file"].removeprefix("pyfm_fixtures/")).read_bytes()


def test_frontmatter_fixture(row):
    folder, expected = row
    data = _input(folder, expected)
    article = doingoai.parse(data)
    if expected["path"] in NOT_JEKYLL:
        assert article.format is ArticleFormat.PLAIN
        assert article.text == data.decode("utf-8").replace("\r\n", "\n").strip()
        assert article.metadata == {}
        return
    metadata = expected.get("metadata", expected.get("metadata_observed"))
    content = expected.get("content", expected.get("content_observed"))
    if expected["has_front_matter"]:
        assert article.format is ArticleFormat.JEKYLL
    else:
        assert article.format is ArticleFormat.PLAIN
    assert doingoai.to_dict(article)["metadata"] == metadata
    assert article.text == content
