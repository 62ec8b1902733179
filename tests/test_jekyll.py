"""Jekyll rules on the team's own inputs: delimiters, dates, categories, safety."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import doingoai
from doingoai import ArticleFormat, ParseError, PartialDate
from doingoai.formats.front_matter import MAX_FRONT_MATTER_NODES, _load_simple, _load_yaml
from doingoai.formats.jekyll import parse_date

ICT = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc


def post(front: str, body: str = "Nội dung bài viết.") -> str:
    return f"---\n{front}\n---\n\n{body}\n"


# (front matter date, expected published, expected published_at)
DATES = [
    ("Thu, 29 Aug 2024 20:00:00 +0700", "2024-08-29", dt.datetime(2024, 8, 29, 20, tzinfo=ICT)),
    ("29 Aug 2024 20:00 +0700", "2024-08-29", dt.datetime(2024, 8, 29, 20, tzinfo=ICT)),
    ("2024-08-29", "2024-08-29", None),
    ("2024-08", "2024-08", None),
    ("2024", "2024", None),
    ("2024-08-29 20:00:00 +07:00", "2024-08-29", dt.datetime(2024, 8, 29, 20, tzinfo=ICT)),
    ("2024-08-29T20:00:00+07:00", "2024-08-29", dt.datetime(2024, 8, 29, 20, tzinfo=ICT)),
    ("2024-08-29T13:00:00Z", "2024-08-29", dt.datetime(2024, 8, 29, 13, tzinfo=UTC)),
    ("2024-08-29 13:07:09", "2024-08-29", dt.datetime(2024, 8, 29, 13, 7, 9, tzinfo=UTC)),
    ("2024-08-29 13:07", "2024-08-29", dt.datetime(2024, 8, 29, 13, 7, tzinfo=UTC)),
    ("2024-8-5 9:30", "2024-08-05", dt.datetime(2024, 8, 5, 9, 30, tzinfo=UTC)),
    ("2010-01-10 13:07:09 -0800", "2010-01-10", dt.datetime(2010, 1, 10, 21, 7, 9, tzinfo=UTC)),
    ("2010-01-10 13:07:09 PDT", "2010-01-10", dt.datetime(2010, 1, 10, 20, 7, 9, tzinfo=UTC)),
    ("2024-08-29 20:00 ICT", "2024-08-29", dt.datetime(2024, 8, 29, 20, tzinfo=ICT)),
    ("Jan 10 2010", "2010-01-10", None),
    ("January 10, 2010 13:07", "2010-01-10", dt.datetime(2010, 1, 10, 13, 7, tzinfo=UTC)),
    (
        "2024-08-29 23:30:00.250 +0700",
        "2024-08-29",
        dt.datetime(2024, 8, 29, 23, 30, 0, 250000, tzinfo=ICT),
    ),
]


@pytest.mark.parametrize(("value", "published", "published_at"), DATES)
def test_front_matter_dates(value, published, published_at):
    article = doingoai.parse(post(f"date: {value}"))
    assert str(article.published) == published
    assert article.published_at == published_at
    if published_at is not None:
        assert article.published_at.tzinfo is not None


def test_time_without_offset_takes_the_given_zone():
    article = doingoai.parse(post("date: 2024-08-29 20:00:00"), tz=ICT)
    assert article.published_at == dt.datetime(2024, 8, 29, 13, tzinfo=UTC)
    assert article.published_at.utcoffset() == dt.timedelta(hours=7)


def test_published_is_the_date_as_written_not_utc():
    article = doingoai.parse(post("date: 2024-08-30 01:00:00 +0700"))
    assert article.published == PartialDate(2024, 8, 30)  # 2024-08-29 in UTC


@pytest.mark.parametrize(
    ("value", "reason", "day"),
    [
        ("tuesday", "needs a year, a month and a day", None),
        ("'2024-02-30'", "day is out of range", None),
        ("2024-13-01 10:00", "month must be in 1..12", None),
        ("2024-01-01 25:00", "hour must be in 0..23", "2024-01-01"),
        ("2024-01-01 10:00 +2500", "bad UTC offset", "2024-01-01"),
        ("2024-01-01 10:00 XYZ", "unknown time zone", "2024-01-01"),
        # Forms only dateutil reads: an unknown zone keeps the day (dateutil would warn
        # and read the time as this machine's), so does an offset past a day.
        ("Apr 5 2024 10:00 VN", "unknown time zone 'VN'", "2024-04-05"),
        ("Apr 5 2024 10:00 +70", "bad UTC offset", "2024-04-05"),
        ("''", "not a date Jekyll can read", None),
        ("1262304000", "expected a date string", None),
        ("[2024, 1, 1]", "expected a date string", None),
    ],
)
def test_invalid_front_matter_dates(value, reason, day):
    text = post(f"title: Tin\ndate: {value}")
    with pytest.raises(ParseError, match=reason) as caught:
        doingoai.parse(text, source="bad.md", strict=True)
    assert caught.value.line == 3  # the line of "date:" in the file
    # By default the article is kept, with the same reason as a warning on that line,
    # and no warning of another library's reaches the caller.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = doingoai.parse(text, source="bad.md")
    (warning,) = article.warnings
    assert warning.line == 3
    assert reason in warning.reason
    if day is None:
        assert warning.reason.endswith("in front matter; undated")
        assert article.published is None
    else:  # the time is bad, the day is not
        assert warning.reason.endswith("in front matter; its day kept, its time left out")
        assert str(article.published) == day
    assert article.published_at is None
    assert article.title == "Tin"


@pytest.mark.parametrize(
    ("value", "source", "published", "fallback"),
    [
        # A time without colons: the day as written is kept (it is the local day).
        ("Thu, 04 Apr 2024 00 00 00 +0700", "_posts/2024-04-03-x.md", "2024-04-04", "its day"),
        ("2024-01-01 25:00", "bad.md", "2024-01-01", "its day kept"),
        # Nothing readable: the file name's day, then none.
        ("tuesday", "_posts/2024-04-03-x.md", "2024-04-03", "the file name's date used"),
        ("tuesday", "x.md", None, "undated"),
    ],
)
def test_an_unreadable_date_falls_back(value, source, published, fallback):
    article = doingoai.parse(post(f"date: {value}"), source=source)
    assert str(article.published) == str(published)
    assert article.published_at is None
    (warning,) = article.warnings
    assert fallback in warning.reason
    assert warning.line == 2


def test_parse_date_directly():
    assert parse_date("2024-08") == (PartialDate(2024, 8), None)
    with pytest.raises(ParseError):
        parse_date("2024-08-29 10:00 +07:00 extra")


def test_front_matter_date_beats_the_file_name():
    article = doingoai.parse(post("date: 2010-01-10"), source="_posts/2010-01-09-date-override.md")
    assert article.published == PartialDate(2010, 1, 10)
    assert article.title == "Date Override"  # Jekyll's slug title for a post without one


def test_invalid_file_name_date_matters_only_when_used():
    assert doingoai.parse(post("date: 2016-01-01"), source="_posts/2016-22-01-x.md").published
    with pytest.raises(ParseError, match="in the file name"):
        doingoai.parse(post("title: x"), source="_posts/2016-22-01-x.md", strict=True)
    article = doingoai.parse(post("title: x"), source="_posts/2016-22-01-x.md")
    assert article.published is None
    assert [str(w) for w in article.warnings] == [
        "invalid date '2016-22-01' in the file name; undated"
    ]


def test_pages_get_no_slug_title():
    assert doingoai.parse(post("layout: page"), source="about/contact-us.md").title is None


@pytest.mark.parametrize(
    ("front", "categories", "tags"),
    [
        ("categories: entries VN", ("entries", "VN"), ()),
        ("categories: [entries, VN]", ("entries", "VN"), ()),
        ("categories:\n  - entries\n  - VN", ("entries", "VN"), ()),
        ("category: Việt Nam - Lào", ("Việt Nam - Lào",), ()),
        ("categories: a b\ncategory: c", ("a", "b", "c"), ()),
        ("categories: a b a", ("a", "b"), ()),
        ("category: 2013", ("2013",), ()),
        ("categories:", (), ()),
        ("categories: []", (), ()),
        ("category:", (), ()),
        ("tags: A string", (), ("A", "string")),
        ("tags: [ngoại giao, kinh tế]", (), ("ngoại giao", "kinh tế")),
        ("tags: a, b", (), ("a,", "b")),
        ("tag: ngoại giao kinh tế\ntags: x y", (), ("ngoại giao kinh tế",)),
        ("tag:\ntags: x y", (), ("x", "y")),
        ("tags: [true, 3]", (), ("true", "3")),
    ],
)
def test_categories_and_tags(front, categories, tags):
    article = doingoai.parse(post(front))
    assert article.categories == categories
    assert article.tags == tags


@pytest.mark.parametrize(
    ("front", "flag"),
    [
        ("published: false", False),
        ("published: no", False),
        ("published: 'false'", True),
        ("published: true", True),
        ("title: x", True),
    ],
)
def test_published_flag(front, flag):
    article = doingoai.parse(post(front))
    assert article.published_flag is flag
    if not flag:
        assert article.metadata["published"] is False  # kept, not dropped


def test_title_topic_and_url():
    article = doingoai.parse(
        post(
            'title: " [Quan hệ Việt - Nhật] Thủ tướng hội đàm với Thủ tướng Nhật Bản ..."',
            "[Thủ tướng hội đàm](https://www.vietnamplus.vn/bai.vnp)\n\n"
            "![Ảnh](https://cdn.vietnamplus.vn/a.jpg)\n\nNội dung.",
        )
    )
    assert article.topic == "Quan hệ Việt - Nhật"
    assert article.title == "Thủ tướng hội đàm với Thủ tướng Nhật Bản ..."
    assert article.url == "https://www.vietnamplus.vn/bai.vnp"
    assert article.outlet == "vietnamplus.vn"
    assert article.image_url == "https://cdn.vietnamplus.vn/a.jpg"


def test_link_in_front_matter_gives_the_url():
    article = doingoai.parse(post("title: Tin\nlink: https://baoquocte.vn/tin.html"))
    assert article.url == "https://baoquocte.vn/tin.html"
    assert article.outlet == "baoquocte.vn"


@pytest.mark.parametrize(
    ("front", "url", "image_url"),
    [
        (
            "source: https://nhandan.vn/a.html\nimage: https://nhandan.vn/a.jpg",
            "https://nhandan.vn/a.html",
            "https://nhandan.vn/a.jpg",
        ),
        (
            "url: https://vov.vn/b.html\nthumbnail: https://cdn.vov.vn/b.png",
            "https://vov.vn/b.html",
            "https://cdn.vov.vn/b.png",
        ),
        # Site-relative values are Jekyll's own, not links to the original.
        ("url: /2024/08/29/tin.html\nimage: /assets/a.jpg", None, None),
    ],
)
def test_other_aggregators_front_matter_links(front, url, image_url):
    article = doingoai.parse(post(f"title: Tin\n{front}"))
    assert (article.url, article.image_url) == (url, image_url)


def test_front_matter_image_comes_before_the_body_image_line():
    article = doingoai.parse(
        post(
            "title: Tin\nimage: https://a.vn/front.jpg",
            "![Ảnh](https://a.vn/body.jpg)\n\nNội dung.",
        )
    )
    assert article.image_url == "https://a.vn/front.jpg"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("---\ntitle: a\n...\nNội dung.", "Nội dung."),
        ("---   \ntitle: a\n---\n\n\n  Nội dung.", "Nội dung."),
        ("---\ntitle: Foo --- Bar\n---\nNội dung.\n---\nCòn nữa.", "Nội dung.\n---\nCòn nữa."),
        ("---\n---\nChỉ có thân bài.", "Chỉ có thân bài."),
        ("---\ntitle: a\n---", ""),
    ],
)
def test_delimiters(text, body):
    article = doingoai.parse(text)
    assert article.format is ArticleFormat.JEKYLL
    assert article.text == body


@pytest.mark.parametrize(
    "text",
    [
        "----\ntitle: a\n----\nx",
        " ---\ntitle: a\n---\nx",
        "--- x\ntitle: a\n---\nx",
        "-----BEGIN PGP-----\nx",
    ],
)
def test_not_front_matter(text):
    assert doingoai.parse(text).format is ArticleFormat.PLAIN


def test_unclosed_front_matter():
    text = "---\ntitle: a\n\nNội dung."
    with pytest.raises(ParseError, match="never closed") as caught:
        doingoai.parse(text, source="a.md", strict=True)
    assert caught.value.line == 1
    article = doingoai.parse(text, source="a.md")  # Jekyll would not see a post either
    assert article.format is ArticleFormat.PLAIN
    assert article.text == text
    assert [str(w) for w in article.warnings] == [
        "line 1: front matter opened on line 1 is never closed; read as plain text"
    ]


def test_invalid_yaml_names_its_line():
    text = "---\ntitle: a\ndate: [2024\n---\nx"
    with pytest.raises(ParseError, match="invalid YAML in front matter") as caught:
        doingoai.parse(text, source="a.md", strict=True)
    assert caught.value.source == "a.md"
    assert caught.value.line == 4  # the flow list runs into the end of the front matter
    article = doingoai.parse(text, source="a.md")
    assert article.title == "a"
    assert article.published is None  # "[2024" is no date
    assert [w.line for w in article.warnings] == [4, 3]
    assert article.warnings[0].reason.startswith("invalid YAML in front matter: ")
    assert article.warnings[0].reason.endswith("; read its `key: value` lines as plain text")


def test_broken_yaml_keeps_its_key_value_lines():
    # A title whose closing quote is escaped away, as a scraper wrote it.
    text = '---\ntitle: " [Sea Games] Việt Nam thắng \\"\ndate: 2024-12-04 07:00:00 +0700\n---\nx'
    article = doingoai.parse(text)
    assert article.topic == "Sea Games"
    assert article.title == 'Việt Nam thắng "'
    assert str(article.published) == "2024-12-04"
    assert article.published_at is not None
    assert len(article.warnings) == 1


@pytest.mark.parametrize("front", ["- a\n- b", "just a string", "42"])
def test_front_matter_must_be_a_mapping(front):
    with pytest.raises(ParseError, match="must be a mapping"):
        doingoai.parse(post(front), strict=True)
    article = doingoai.parse(post(front))
    assert "must be a mapping" in article.warnings[0].reason
    assert dict(article.metadata) == {}


def test_tags_build_no_objects():
    article = doingoai.parse(
        post(
            "a: !!python/object/apply:os.system ['echo pwned']\n"
            "b: !ruby/hash:DoesNotExist {k: v}\nc: !!binary aGVsbG8=\nd: !!set {x, y}"
        )
    )
    assert article.metadata["a"] == ("echo pwned",)
    assert dict(article.metadata["b"]) == {"k": "v"}
    assert article.metadata["c"] == "aGVsbG8="
    assert article.metadata["d"] == ("x", "y")


def test_timestamps_stay_strings_and_metadata_is_read_only():
    article = doingoai.parse(post("date: 2024-08-29\nlist: [1, 2]\nmap: {a: 1}"))
    assert article.metadata["date"] == "2024-08-29"
    assert article.metadata["list"] == (1, 2)
    with pytest.raises(TypeError):
        article.metadata["date"] = "x"  # type: ignore[index]
    with pytest.raises(TypeError):
        article.metadata["map"]["a"] = 2


def _assert_kept_with_warning(text):
    """Read leniently, refused front matter costs only itself: one warning, lines kept."""
    article = doingoai.parse(text)
    (warning,) = article.warnings
    assert warning.reason.endswith("; read its `key: value` lines as plain text")
    assert article.text == "Nội dung bài viết."
    assert all(isinstance(value, str) for value in article.metadata.values())


def test_billion_laughs_is_refused():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[index]
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    with pytest.raises(ParseError, match="too many aliases"):
        doingoai.parse(post("\n".join(lines)), strict=True)
    _assert_kept_with_warning(post("\n".join(lines)))


def test_a_few_aliases_are_fine():
    article = doingoai.parse(post("base: &b {lang: vi}\nother: *b"))
    assert dict(article.metadata["other"]) == {"lang": "vi"}


def test_recursive_alias_is_refused():
    with pytest.raises(ParseError, match="refers to itself"):
        doingoai.parse(post("a: &a [*a]"), strict=True)
    _assert_kept_with_warning(post("a: &a [*a]"))


def test_deep_nesting_is_refused():
    with pytest.raises(ParseError, match="nests deeper"):
        doingoai.parse(post("a: " + "[" * 200 + "]" * 200), strict=True)
    _assert_kept_with_warning(post("a: " + "[" * 200 + "]" * 200))


def test_huge_front_matter_is_refused():
    with pytest.raises(ParseError, match="over the limit"):
        doingoai.parse(post("a: '" + "x" * 70_000 + "'"), strict=True)
    _assert_kept_with_warning(post("a: '" + "x" * 70_000 + "'"))


def test_node_limit_is_what_the_docs_say():
    assert MAX_FRONT_MATTER_NODES == 10_000


# fmt: off
TRICKY = st.sampled_from([
    "yes", "No", "ON", "off", "true", "False", "null", "~", "Null", "0", "012", "1_000", "+5",
    "-0", "0x1F", "1:30", "1.5", ".inf", "=", "2024-08-29", "2024-08-29 10:00:00 +0700",
    "Thu, 29 Aug 2024 20:00:00 +0700", "a: b", "a #b", "a#b", "a:", "- a", "[a, b]", "[]",
    "[a, [b]]", "[a,b,]", "['x, y']", '["a", b]', "{a: 1}", '"quoted: #"', "'it''s'",
    '"back\\\\slash"', "&anchor x", "*alias", "!tag x", "|", ">", "%x", "@x", "`x", "? x",
    "-x", "?x", ":x", "-", "?", "-[a]", "Tô Lâm", " [Chủ đề] Tiêu đề ...",
    "x\u0085y", "x\ty", '"a" b', "'a", '"', "''",
])
# fmt: on
# Values the fast reader takes: most generated front matter should exercise it.
SIMPLE = st.sampled_from(
    [
        "post",
        "Tin mới",
        '"Quoted: title"',
        "'single'",
        "true",
        "no",
        "3",
        "-12",
        "~",
        "null",
        "Thu, 29 Aug 2024 20:00:00 +0700",
        "2024-08-29",
        "entries VN",
        "Hà Nội",
        "a-b_c",
    ]
)


def _values() -> st.SearchStrategy[str]:
    fuzz = st.text(alphabet=" ab:#-[]{},'\"!&*|>?%@`yesnoul01_.~\\\t", min_size=1, max_size=12)
    return st.one_of(
        TRICKY, fuzz, st.lists(TRICKY, max_size=3).map(lambda items: "[" + ", ".join(items) + "]")
    )


@st.composite
def _front_matter_texts(draw: st.DrawFn) -> str:
    keys = st.sampled_from(
        ["title", "date", "categories", "tags", "published", "yes", "a-b", "x_1", "null", "layout"]
    )
    lines = []
    for key in draw(st.lists(keys, max_size=6, unique=draw(st.booleans()))):
        if draw(st.booleans()):
            lines.append(f"{key}: {draw(_values())}")
        else:
            lines.append(f"{key}:")
            indent = draw(st.sampled_from(["", "  ", "    "]))
            for value in draw(st.lists(_values(), max_size=3)):
                lines.append(f"{indent}{draw(st.sampled_from(['- ', '-  ', '- ']))}{value}")
    return "\n".join(lines) + "\n"


@settings(deadline=None)
@given(_front_matter_texts())
def test_fast_front_matter_reader_agrees_with_the_yaml_loader(text):
    fast = _load_simple(text)
    if fast is None:
        return
    loaded = _load_yaml(text, source=None, first_line=2)
    assert fast == ({} if loaded is None else loaded)  # an empty front matter is {}


def test_fast_front_matter_reader_takes_the_common_shapes():
    assert _load_simple(
        'layout: post\ntitle: " [Chủ đề] Tin: mới ..."\ndate: Thu, 29 Aug 2024 20:00:00 +0700\n'
        "categories: entries VN\ntags: [a, b]\npublished: false\nlist:\n  - x\n  - 3\n"
    ) == {
        "layout": "post",
        "title": " [Chủ đề] Tin: mới ...",
        "date": "Thu, 29 Aug 2024 20:00:00 +0700",
        "categories": "entries VN",
        "tags": ["a", "b"],
        "published": False,
        "list": ["x", 3],
    }


@st.composite
def _simple_front_matter_texts(draw: st.DrawFn) -> str:
    keys = st.sampled_from(["title", "date", "categories", "tags", "published", "layout", "x_1"])
    lines = []
    for key in draw(st.lists(keys, max_size=6, unique=True)):
        shape = draw(st.sampled_from(["scalar", "flow", "block", "empty"]))
        if shape == "scalar":
            lines.append(f"{key}: {draw(SIMPLE)}")
        elif shape == "flow":
            items = st.lists(SIMPLE.filter(lambda v: "," not in v and ":" not in v), max_size=3)
            lines.append(f"{key}: [{', '.join(draw(items))}]")
        else:
            lines.append(f"{key}:")
            indent = draw(st.sampled_from(["", "  "]))
            if shape == "block":
                lines.extend(f"{indent}- {value}" for value in draw(st.lists(SIMPLE, max_size=3)))
    return "\n".join(lines) + "\n"


@settings(deadline=None)
@given(_simple_front_matter_texts())
def test_fast_front_matter_reader_takes_simple_shapes_and_agrees(text):
    fast = _load_simple(text)
    assert fast is not None
    loaded = _load_yaml(text, source=None, first_line=2)
    assert fast == ({} if loaded is None else loaded)
