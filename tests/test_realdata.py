"""The 3,000 real posts of a news aggregator's Jekyll site, read in place.

They are real archive data, oddities and all (``../shared/realdata/README.md``): what
must hold is that every one of them is read, and each flaw is reported, not hidden.
The counts below come from that README and from reading the flawed files by hand.
"""

from __future__ import annotations

import collections

import pytest

import doingoai
from doingoai.structure import split_blocks


@pytest.fixture(scope="module")
def posts(realdata_dir):
    reader = doingoai.read(realdata_dir / "trends" / "_posts", errors="collect", extract=())
    articles = list(reader)
    return articles, reader.errors


def test_every_real_post_is_read(posts):
    articles, errors = posts
    assert errors == []
    assert len(articles) == 3000


def test_every_flaw_is_a_warning_with_its_line(posts):
    articles, _ = posts
    flawed = [a for a in articles if a.warnings]
    reasons = collections.Counter(
        "date" if "invalid date" in w.reason else "yaml" for a in flawed for w in a.warnings
    )
    # 51 dates without colons ("Thu, 04 Apr 2024 00 00 00 +0700") and 4 titles ending
    # in an escaped quote, as the README counts them.
    assert reasons == {"date": 51, "yaml": 4}
    assert all(w.line is not None for a in flawed for w in a.warnings)
    dated = [a for a in flawed if "invalid date" in a.warnings[0].reason]
    # The day as written is kept (the file name has the UTC day, which may differ).
    assert all(a.published is not None and a.published_at is None for a in dated)
    for article in dated:
        day = article.metadata["date"].split()[1]
        assert article.published.day == int(day)
    broken = [a for a in flawed if "YAML" in a.warnings[0].reason]
    assert all(a.title and a.published for a in broken)


def test_blocks_split_when_read_give_the_links_found_without_them(posts):
    # Parsing finds the link and image lines without splitting the body into blocks;
    # splitting it later must agree with what was found.
    articles, _ = posts
    assert all(a.url for a in articles)  # every post opens with its source's link line
    for article in articles:
        link = next((b.url for b in article.blocks if b.kind is doingoai.BlockKind.LINK), None)
        image = next((b.url for b in article.blocks if b.kind is doingoai.BlockKind.IMAGE), None)
        assert article.url == (article.metadata.get("url") or link)
        if image is not None:
            assert article.image_url == image
        assert article.blocks == split_blocks(article.text)


def test_titles_lose_the_hot_marks_and_the_search_label(posts):
    articles, _ = posts
    for article in articles:
        raw = article.metadata["title"]
        label = raw.split("]", 1)[0].split("[", 1)[1].strip()
        assert article.topic == label, raw
        assert not article.title.startswith(("🔥", "[" + label)), raw
    hot = [a for a in articles if a.metadata["title"].startswith("🔥")]
    assert len(hot) == 562  # as `grep -c '^title: "🔥'` counts the files
