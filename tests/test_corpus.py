"""The Corpus, the query functions, exports, the JSON Schema and the notebook display.

The small corpus below is our own writing about public events; each expected value
was read off these four texts by hand.
"""

from __future__ import annotations

import html as html_module
import json
import pickle
import shutil
import subprocess
import sys
from typing import Any

import pytest

import doingoai
from doingoai import Corpus, MeetingKind, ParseError, PartialDate, query
from doingoai._compact import CompactArticles
from doingoai.exports import MissingDependencyError

TEXTS = [
    " date 2024-03-05 Chiều 4/3, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã tiếp"
    " Đại sứ Nhật Bản Ito Naoki. Hai bên trao đổi về hợp tác kinh tế.",
    " date 2025-09-16 Sáng 15/9, Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung hội đàm với"
    " Ngoại trưởng Australia Penny Wong. Phó Thủ tướng Bùi Thanh Sơn cũng có mặt.",
    " date 2026-01 Thủ tướng Phạm Minh Chính giao Bộ Ngoại giao chủ trì, phối hợp với các"
    " bộ, ngành rà soát các thỏa thuận. Bộ trưởng Bộ Ngoại giao Lê Hoài Trung báo cáo.",
    "---\ntitle: Tin không ngày\nlink: https://baoquocte.vn/tin-khong-ngay.html\n---\n"
    "Đối ngoại đa phương là một trụ cột. Thủ tướng Phạm Minh Chính nhấn mạnh"
    " vai trò của ngoại giao <b>số</b>.",
]


@pytest.fixture(scope="module", params=[False, True], ids=["objects", "compact"])
def corpus(request) -> Corpus:
    # Given out of order: the corpus sorts by publication date, undated last. Every test
    # of this corpus runs on both kinds of storage, which must answer alike.
    return Corpus((doingoai.parse(text) for text in reversed(TEXTS)), compact=request.param)


def published(corpus):
    return [str(a.published) if a.published else None for a in corpus]


def test_sequence_in_publication_order(corpus):
    assert len(corpus) == 4
    assert published(corpus) == ["2024-03-05", "2025-09-16", "2026-01", None]
    first = corpus[0]
    assert corpus[first.id] == first
    assert first.id in corpus
    assert first in corpus
    assert "no-such-id" not in corpus
    assert corpus.get("no-such-id") is None
    with pytest.raises(KeyError):
        corpus["no-such-id"]
    assert isinstance(corpus[1:3], Corpus)
    assert published(corpus[1:3]) == ["2025-09-16", "2026-01"]
    assert repr(corpus) == "<Corpus of 4 articles, 2024-03-05 to 2026-01>"


def test_between_respects_precision(corpus):
    # The month-precision article overlaps any range that touches January 2026.
    assert published(corpus.between("2026-01-20", "2026-12-31")) == ["2026-01"]
    assert published(corpus.between(end="2025-09-15")) == ["2024-03-05"]
    assert published(corpus.between("2025")) == ["2025-09-16", "2026-01"]
    assert published(corpus.between(PartialDate(2024))) == published(corpus)[:3]
    assert len(corpus.between("2027")) == 0


def test_with_meeting_filters_by_kind_and_chains(corpus):
    # The first text tells a reception, the second talks; the others no meeting.
    assert published(corpus.with_meeting("tiếp")) == ["2024-03-05"]
    assert published(corpus.with_meeting(MeetingKind.TALKS)) == ["2025-09-16"]
    assert published(corpus.with_meeting()) == ["2024-03-05", "2025-09-16"]
    assert published(corpus.with_meeting("hội đàm").between("2025")) == ["2025-09-16"]
    assert published(corpus.between("2025").with_meeting("tiếp")) == []
    assert published(corpus.with_meeting("họp báo")) == []
    for kind in (None, *MeetingKind):
        assert [a.id for a in query.with_meeting(corpus, kind)] == [
            a.id for a in corpus.with_meeting(kind)
        ]
        assert {a.id for a in corpus.with_meeting(kind)} == {
            a.id for a, _ in corpus.meetings(kind=kind)
        }
    with pytest.raises(ValueError, match="not a kind"):
        corpus.with_meeting("not a kind")


def test_outlet_mentioning_and_title(corpus):
    assert [a.title for a in corpus.outlet("baoquocte.vn")] == ["Tin không ngày"]
    assert published(corpus.mentioning("Lê Hoài Trung")) == ["2025-09-16", "2026-01"]
    assert published(corpus.mentioning("le  hoai TRUNG")) == ["2025-09-16", "2026-01"]
    assert len(corpus.mentioning("Nobody Here")) == 0
    assert published(corpus.with_title("Bộ trưởng Bộ Ngoại giao")) == ["2024-03-05", "2026-01"]
    assert published(corpus.with_title("thủ TƯỚNG")) == ["2026-01", None]
    # Typed without marks, as users type: the same answers.
    assert published(corpus.with_title("thu tuong")) == ["2026-01", None]
    assert published(corpus.with_title("bo truong bo ngoai giao")) == published(
        corpus.with_title("Bộ trưởng Bộ Ngoại giao")
    )
    assert [p.key for p in corpus.holders("bo truong bo ngoai giao", on="2024-03-05")] == [
        "bui thanh son"
    ]
    assert [a.id for a in query.with_title(corpus, "thu tuong")] == [
        a.id for a in corpus.with_title("Thủ tướng")
    ]


def test_search_folds_ranks_and_quotes(corpus):
    # Words match anywhere in an article: "trao đổi ... Ngoại giao" has both words too,
    # but the article that has them more often ranks first.
    found = corpus.search("doi ngoai")
    assert [a.title for a in found] == ["Tin không ngày", None]
    assert [a.title for a in corpus.search('"doi ngoai"')] == ["Tin không ngày"]
    # Both words are in every article; "giao Bộ Ngoại giao" says them most often.
    ranked = corpus.search("ngoại giao")
    assert len(ranked) == 4
    assert str(ranked[0].published) == "2026-01"
    assert published(corpus.search('"hop tac kinh te"')) == ["2024-03-05"]
    assert len(corpus.search('"kinh te hop tac"')) == 0
    assert len(corpus.search("")) == 0


def test_person_titles_are_a_dated_history(corpus):
    trung = corpus.person("Lê Hoài Trung")
    assert trung.name == "Lê Hoài Trung"
    assert [(t.title, str(t.first_seen)) for t in trung.titles] == [
        ("Quyền Bộ trưởng Bộ Ngoại giao", "2025-09-16"),
        ("Bộ trưởng Bộ Ngoại giao", "2026-01"),
    ]
    son = corpus.person("bui thanh son")
    assert [t.title for t in son.titles] == ["Bộ trưởng Bộ Ngoại giao", "Phó Thủ tướng"]
    with pytest.raises(query.NotFoundError):
        corpus.person("Nobody Here")


def test_holders_on_a_date(corpus):
    everyone = [p.key for p in corpus.holders("Bộ trưởng Bộ Ngoại giao")]
    assert everyone == ["bui thanh son", "le hoai trung"]
    assert [p.key for p in corpus.holders("Bộ trưởng Bộ Ngoại giao", on="2024-03-05")] == [
        "bui thanh son"
    ]
    assert [p.key for p in corpus.holders("Bộ trưởng Bộ Ngoại giao", on="2026-01-10")] == [
        "le hoai trung"
    ]
    # Nobody is seen with it on that day: the last one seen with it before.
    assert [p.key for p in corpus.holders("Bộ trưởng Bộ Ngoại giao", on="2024-12-31")] == [
        "bui thanh son"
    ]
    assert corpus.holders("Bộ trưởng Bộ Ngoại giao", on="2020-01-01") == []


def test_meetings_and_cooccurrence(corpus):
    talks = corpus.meetings(kind="hội đàm")
    assert [(m.chair, m.participants) for _, m in talks] == [
        ("le hoai trung", ("penny wong", "bui thanh son"))
    ]
    with_son = corpus.meetings(participant="Bùi Thanh Sơn")
    assert [m.kind for _, m in with_son] == [MeetingKind.RECEPTION, MeetingKind.TALKS]
    in_2024 = corpus.meetings(participant="Bùi Thanh Sơn", between=("2024-01-01", "2024-12-31"))
    assert [m.kind for _, m in in_2024] == [MeetingKind.RECEPTION]
    pairs = dict(corpus.cooccurrence())
    assert pairs[("bui thanh son", "ito naoki")] == 1
    assert pairs[("le hoai trung", "penny wong")] == 1


def test_directives_by_addressee_issuer_and_dates(corpus):
    found = corpus.directives(addressee="bo ngoai giao")
    assert [(d.issuer, d.verb, d.addressees) for _, d in found] == [
        ("pham minh chinh", "giao", ("Bộ Ngoại giao",))
    ]
    assert corpus.directives(issuer="Phạm Minh Chính", force="assign") == found
    assert corpus.directives(verb="giao") == corpus.directives(verb="GIAO") == found
    assert corpus.directives(verb="yeu cau") == []
    assert corpus.directives(addressee="bo ngoai giao", between=("2025", "2025")) == []
    # The plain functions give the same answers lazily, over any iterable.
    lazy = query.directives(iter(list(corpus)), addressee="bo ngoai giao")
    assert list(lazy) == found


def test_one_and_first():
    assert query.one([5]) == 5
    assert query.one([], default=None) is None
    assert query.first(iter([1, 2])) == 1
    assert query.first([], default=0) == 0
    with pytest.raises(query.NotFoundError):
        query.one([])
    with pytest.raises(query.NotFoundError):
        query.first([])
    with pytest.raises(query.AmbiguousError, match=r"'a'.*'b'"):
        query.one(["a", "b"])


def test_records_for_every_kind(corpus):
    articles = corpus.to_records("articles")
    assert [row["published"] for row in articles] == published(corpus)
    titles = {(r["name"], r["title"]): r for r in corpus.to_records("titles")}
    assert titles[("Lê Hoài Trung", "Bộ trưởng Bộ Ngoại giao")]["first_seen"] == "2026-01"
    meetings = corpus.to_records("meetings")
    assert [(r["kind"], r["date"]) for r in meetings][:2] == [
        ("tiếp", "2024-03-04"),
        ("hội đàm", "2025-09-15"),
    ]
    directives = corpus.to_records("directives")
    assert [r["addressees"] for r in directives] == [["Bộ Ngoại giao"]]
    assert sorted({r["key"] for r in corpus.to_records("speakers")}) == [
        "bui thanh son",
        "ito naoki",
        "le hoai trung",
        "penny wong",
        "pham minh chinh",
    ]
    assert corpus.to_records("documents") == []
    json.dumps([corpus.to_records(kind) for kind in doingoai.corpus.RECORD_KINDS])
    with pytest.raises(ValueError, match="unknown kind 'people'"):
        corpus.to_records("people")


def test_to_pandas(corpus):
    pytest.importorskip("pandas", reason="pandas is in the test extra")
    frame = corpus.to_pandas("meetings")
    assert list(frame["kind"]) == ["tiếp", "hội đàm"]
    assert str(frame["kind"].dtype) == "category"
    assert str(frame["date"].dtype).startswith("datetime64")
    assert list(frame["date"].dt.strftime("%Y-%m-%d")) == ["2024-03-04", "2025-09-15"]
    assert list(frame["date_precision"]) == ["day", "day"]
    assert list(frame["chair"]) == ["Bùi Thanh Sơn", "Lê Hoài Trung"]  # names, keys beside
    assert list(frame["chair_key"]) == ["bui thanh son", "le hoai trung"]
    articles = corpus.to_pandas("articles")
    # A month-precision date is the month's first day, and says it is a month.
    month = articles[articles["published_precision"] == "month"]
    assert list(month["published"].dt.strftime("%Y-%m-%d")) == ["2026-01-01"]
    assert articles["published"].isna().sum() == 1  # the undated post
    assert list(corpus.to_pandas("titles").columns) == [
        "key",
        "name",
        "title",
        "first_seen",
        "first_seen_precision",
        "last_seen",
        "last_seen_precision",
        "articles",
    ]


def test_statement_records_say_who_said_what_where(corpus):
    rows = corpus.to_records("statements")
    first = next(r for r in rows if r["speaker_key"] == "pham minh chinh")
    assert first["speaker"] == "Phạm Minh Chính"
    assert first["verb"] == "nhấn mạnh"
    assert first["content"].startswith("vai trò của ngoại giao")
    assert first["title"] == "Tin không ngày"
    assert first["url"] == "https://baoquocte.vn/tin-khong-ngay.html"


def test_to_pandas_without_pandas_says_how_to_install(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(MissingDependencyError, match=r'pip install "doingoai\[pandas\]"'):
        corpus.to_pandas("meetings")


def test_jsonl_round_trip_is_lossless(corpus, tmp_path):
    path = tmp_path / "corpus.jsonl"
    corpus.to_jsonl(path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 4
    again = Corpus.from_jsonl(path)
    assert list(again) == list(corpus)


def test_jsonl_errors_name_the_line(corpus, tmp_path):
    path = tmp_path / "broken.jsonl"
    corpus[:1].to_jsonl(path)
    with path.open("a", encoding="utf-8") as stream:
        stream.write('{"id": "x"}\n')
    with pytest.raises(ParseError) as caught:
        Corpus.from_jsonl(path)
    assert caught.value.source == str(path)
    assert caught.value.line == 2
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"broken\.jsonl:1"):
        Corpus.from_jsonl(path)


def test_json_schema_validates_what_we_write(corpus):
    jsonschema = pytest.importorskip("jsonschema")
    schema = doingoai.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for article in corpus:
        jsonschema.validate(doingoai.to_dict(article), schema)
    broken = doingoai.to_dict(corpus[0])
    broken["blocks"][0]["kind"] = "sidebar"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


@pytest.mark.parametrize("compact", [False, True])
def test_from_path_collects_bad_files(tmp_path, compact):
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00")
    corpus = Corpus.from_path(tmp_path, errors="collect", compact=compact)
    assert len(corpus) == 1
    assert corpus.compact is compact
    assert corpus[0].source == str(tmp_path / "a.txt")
    assert [error.source for error in corpus.errors] == [str(tmp_path / "b.txt")]


def test_html_escapes_and_highlights(corpus):
    undated = corpus[3]
    html = undated._repr_html_()
    assert "&lt;b&gt;số&lt;/b&gt;" in html
    assert "<b>số</b>" not in html
    assert "Phạm Minh Chính" in html
    table = corpus._repr_html_()
    assert "<tr><th>articles</th><td>4</td></tr>" in table
    assert "<tr><th>published</th><td>2024-03-05 – 2026-01</td></tr>" in table
    profile = corpus.person("Lê Hoài Trung")._repr_html_()
    assert "Quyền Bộ trưởng Bộ Ngoại giao" in profile


def test_sample_is_a_corpus():
    sample = doingoai.sample()
    assert isinstance(sample, Corpus)
    putin = sample.mentioning("Vladimir Putin")
    assert [str(a.published) for a in putin] == ["2024-06"]


def test_a_post_written_two_ways_is_one_record():
    corpus = Corpus(
        [
            doingoai.parse(" date 2024-02-01 Thủ tướng Chính phủ Phạm Minh Chính tiếp khách."),
            doingoai.parse(" date 2024-05-01 Thủ tướng Phạm Minh Chính phát biểu."),
        ]
    )
    [record] = corpus.person("Phạm Minh Chính").titles
    assert (record.title, str(record.first_seen), str(record.last_seen)) == (
        "Thủ tướng Chính phủ",
        "2024-02-01",
        "2024-05-01",
    )


def _partial_dates():
    from hypothesis import strategies as st

    return st.builds(
        lambda year, month, day, precision: PartialDate(
            year, month if precision > 0 else None, day if precision > 1 else None
        ),
        st.integers(2020, 2026),
        st.integers(1, 12),
        st.integers(1, 28),
        st.integers(0, 2),
    )


@pytest.mark.parametrize("compact", [False, True])
def test_between_agrees_with_the_plain_scan(compact):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None)
    @given(
        dates=st.lists(st.none() | _partial_dates(), max_size=12),
        start=st.none() | _partial_dates(),
        end=st.none() | _partial_dates(),
    )
    def check(dates, start, end):
        articles = [
            doingoai.parse(f" date {date} Tin số {n}." if date else f"Tin số {n}.", extract=())
            for n, date in enumerate(dates)
        ]
        corpus = Corpus(articles, compact=compact)
        expected = [a.id for a in query.between(corpus, start=start, end=end)]
        assert [a.id for a in corpus.between(start, end)] == expected  # in the same order

    check()


def test_result_lists_show_as_tables(corpus):
    meetings = corpus.meetings(kind="tiếp")
    assert isinstance(meetings, query.Results)  # a list that shows as a table
    table = meetings._repr_html_()
    assert "<p>1 result</p>" in table
    assert "<td>tiếp</td>" in table
    assert "<td>Ito Naoki</td>" in table  # names, not keys
    assert "chair_key" not in table  # the keys stay in to_records()
    people = corpus.holders("Bộ trưởng Bộ Ngoại giao")._repr_html_()
    assert "<td>Lê Hoài Trung</td>" in people
    assert "<th>last seen</th>" in people
    assert "<td>Lê Hoài Trung</td><td>Bộ trưởng Bộ Ngoại giao</td><td>2026-01</td>" in people
    pairs = corpus.cooccurrence()._repr_html_()
    assert "<th>first</th><th>second</th><th>meetings</th>" in pairs
    assert "No results." in corpus.directives(issuer="Nobody")._repr_html_()
    # Text from articles is escaped in result tables too.
    evil = Corpus(
        [
            doingoai.parse(
                " date 2024-01-02 Thủ tướng Phạm Minh Chính giao Bộ X chủ trì rà soát"
                " các khoản vay <5 triệu USD & >1 năm."
            )
        ]
    )
    html = evil.directives()._repr_html_()
    assert "<5" not in html
    assert "&lt;5 triệu USD &amp; &gt;1 năm" in html


def test_search_results_keep_their_rank_through_filters(corpus):
    ranked = corpus.search("ngoại giao")
    order = [a.id for a in ranked]
    assert [a.id for a in ranked[:2]] == order[:2]
    dated = ranked.between("2024", "2026")
    assert [a.id for a in dated] == [i for i in order if corpus[i].published is not None]
    trung = ranked.mentioning("Lê Hoài Trung")
    assert [a.id for a in trung] == [
        i for i in order if corpus[i] in corpus.mentioning("le hoai trung")
    ]


def test_compact_corpus_holds_the_same_articles_in_less_memory(tmp_path):
    objects = doingoai.sample()
    path = tmp_path / "sample.jsonl"
    objects.to_jsonl(path)
    compact = Corpus.from_jsonl(path, compact=True)
    assert compact.compact
    assert not objects.compact
    assert list(compact) == list(objects)  # equal, in the same order
    assert [a.source for a in compact] == [a.source for a in objects]
    assert compact[3] is compact[3]  # the recently read stay decoded
    raw = sum(len(a.text.encode()) for a in objects)
    stored = compact._articles
    assert isinstance(stored, CompactArticles)
    assert stored.pack.size() < 2 * raw  # everything, extractions included
    # Filters keep the compact storage; a compact corpus pickles.
    assert compact.search("ngoai giao").compact
    assert compact[2:5].compact
    again = pickle.loads(pickle.dumps(compact))
    assert list(again) == list(objects)
    assert again.compact
    assert pickle.loads(pickle.dumps(objects))[0] == objects[0]


@pytest.mark.parametrize("compact", [False, True])
def test_indexed_views_agree_with_the_plain_functions(compact):
    # The corpus narrows each view with its indexes; the answers must be the same pairs,
    # in the same order, as the functions of doingoai.query over every article.
    corpus = Corpus(doingoai.sample(), compact=compact)
    articles = list(corpus)
    people = [None, "Phạm Minh Chính", "nguyen phu trong", "Không Ai"]
    # "ngoai giao" is inside two different addressees: "Bộ Ngoại giao", "ngành ngoại giao".
    for issuer in people:
        for addressee in (None, "ngoai giao", "ASEAN", "bộ", "không có"):
            directives = list(query.directives(articles, issuer=issuer, addressee=addressee))
            found = corpus.directives(issuer=issuer, addressee=addressee)
            assert found == directives, (issuer, addressee)
    assert len(corpus.directives(addressee="ngoai giao")) == 3
    for participant in people:
        for kind in (None, *MeetingKind):
            meetings = list(query.meetings(articles, kind=kind, participant=participant))
            assert corpus.meetings(kind=kind, participant=participant) == meetings
    assert corpus.documents() == query.documents(articles)
    assert corpus.cooccurrence() == query.cooccurrence(articles)
    for title in ("Thủ tướng", "Bộ trưởng", "Bộ trưởng Bộ Ngoại giao", "Tổng Bí thư", "Đại sứ"):
        for on in (None, "2024-01-30", "2026-01-25"):
            holders = query.holders(articles, title, on=on)
            assert [p.key for p in corpus.holders(title, on=on)] == [p.key for p in holders]


def test_holders_never_answers_someone_given_as_late_by_then():
    # Nguyễn Phú Trọng died in July 2024; Tô Lâm was elected on 3 August 2024.
    texts = [
        " date 2024-05-10 Tổng Bí thư Nguyễn Phú Trọng tiếp Đại sứ Nhật Bản Yamada Takio.",
        " date 2024-07-26 Lễ quốc tang cố Tổng Bí thư Nguyễn Phú Trọng diễn ra tại Hà Nội.",
        " date 2024-08-05 Tổng Bí thư Tô Lâm tiếp Đại sứ Lào tại Việt Nam.",
    ]
    for compact in (False, True):
        corpus = Corpus((doingoai.parse(text) for text in texts), compact=compact)
        trong = corpus.person("Nguyễn Phú Trọng")
        assert trong.deceased_since == PartialDate(2024, 7, 26)
        assert [p.key for p in corpus.holders("Tổng Bí thư", on="2024-06-01")] == [
            "nguyen phu trong"
        ]
        # After the article that gives him as late, the last holder seen is not him.
        assert corpus.holders("Tổng Bí thư", on="2024-07-30") == []
        assert [p.key for p in corpus.holders("Tổng Bí thư", on="2024-08-05")] == ["to lam"]


def test_spellings_of_one_post_are_one_post():
    texts = [
        " date 2024-03-01 Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ Ngoại giao"
        " Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Yamada Takio.",
        " date 2024-04-01 Uỷ viên TW Đảng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp"
        " Đại sứ Hàn Quốc Choi Young Sam.",
    ]
    corpus = Corpus(doingoai.parse(text) for text in texts)
    son = corpus.person("Bùi Thanh Sơn")
    member = [r for r in son.titles if query.post_key(r.title) == "uy vien trung uong dang"]
    assert len(member) == 1
    assert (member[0].first_seen, member[0].last_seen) == (
        PartialDate(2024, 3, 1),
        PartialDate(2024, 4, 1),
    )
    for spelling in ("Ủy viên Trung ương Đảng", "Ủy viên T.Ư Đảng", "Uỷ viên BCH"):
        found = [p.key for p in corpus.holders(spelling)]
        assert found == (["bui thanh son"] if spelling != "Uỷ viên BCH" else []), spelling


def test_a_surname_alone_finds_the_person_named_in_full():
    texts = [
        " date 2024-06-20 Sáng 20/6, Chủ tịch nước Tô Lâm hội đàm với Tổng thống Nga"
        " Vladimir Putin tại Hà Nội.",
        " date 2024-07-09 Thủ tướng Ấn Độ Narendra Modi hội đàm với Tổng thống Putin tại Moskva.",
        " date 2024-08-20 Thủ tướng Ấn Độ Narendra Modi tiếp Thủ tướng Phạm Minh Chính.",
    ]
    for compact in (False, True):
        corpus = Corpus((doingoai.parse(text) for text in texts), compact=compact)
        by_surname = [str(a.published) for a in corpus.mentioning("Putin")]
        assert by_surname == ["2024-06-20", "2024-07-09"]
        # The full name finds the article that names him by surname alone, too.
        assert [str(a.published) for a in corpus.mentioning("Vladimir Putin")] == by_surname
        assert [str(a.published) for a, _ in corpus.meetings(participant="Putin")] == by_surname
        assert [str(a.published) for a, _ in corpus.meetings(participant="Modi")] == [
            "2024-07-09",
            "2024-08-20",
        ]
        assert corpus.person("Modi").key == "narendra modi"
        assert corpus.person("Putin").key == "vladimir putin"  # the fullest name
        # Two people a name may stand for: say which.
        with pytest.raises(query.AmbiguousError, match="Narendra Modi"):
            Corpus([*corpus, doingoai.parse(" date 2024-09-01 Ông Nikhil Modi phát biểu.")]).person(
                "Modi"
            )
    # The plain query functions answer alike.
    articles = [doingoai.parse(text) for text in texts]
    assert len(list(query.mentioning(articles, "Putin"))) == 2
    assert len(list(query.meetings(articles, participant="Putin"))) == 2


def test_compact_queries_decode_one_article_at_a_time():
    import gc
    import tracemalloc

    texts = [
        f" date 2024-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d} Thủ tướng Phạm Minh Chính tiếp"
        f" Đại sứ Nhật Bản Ito Naoki. Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cho biết hai bên"
        f" nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư (lần {i})." * 3
        for i in range(600)
    ]
    articles = [doingoai.parse(text) for text in texts]
    tracemalloc.start()
    try:
        corpus = Corpus(iter(articles), compact=True)
        del articles
        gc.collect()
        corpus.between("2024-01-01", "2024-12-31")  # the indexes are part of the corpus
        own, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        assert corpus.person("Bùi Thanh Sơn").key == "bui thanh son"
        _, profiles_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        found = corpus.meetings(participant="Ito Naoki", between=("2024-03-01", "2024-03-05"))
        assert len(found) == 10  # five days, each twice in the 600 (336 days repeat)
        _, meetings_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Sorting the articles for the profiles once decoded all 600 at the same time.
    assert profiles_peak < 1.5 * own
    assert meetings_peak < 1.5 * own


def test_holders_say_how_fresh_and_filter_by_country(corpus):
    [son] = corpus.holders("Bộ trưởng Bộ Ngoại giao", on="2024-12-31")
    # Nobody is seen in the post that day: the answer is the last one seen, and when.
    assert (son.key, son.post, son.last_seen) == (
        "bui thanh son",
        "Bộ trưởng Bộ Ngoại giao",
        PartialDate(2024, 3, 5),
    )
    assert isinstance(son, query.PersonProfile)  # a Holder is a profile too
    assert [p.key for p in corpus.holders("Ngoại trưởng", country="au")] == ["penny wong"]
    assert corpus.holders("Ngoại trưởng", country="VN") == []


def test_directives_by_the_issuers_title(corpus):
    by_title = corpus.directives(issuer="Thủ tướng")
    assert [(d.issuer, d.verb) for _, d in by_title] == [("pham minh chinh", "giao")]
    assert list(query.directives(list(corpus), issuer="Thủ tướng")) == list(by_title)
    assert corpus.directives(issuer="Bộ trưởng Bộ Ngoại giao") == []  # he reports, directs none


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda c: c.between("2024-13", None), "start"),
        (lambda c: c.between(None, "soon"), "end"),
        (lambda c: c.holders("Thủ tướng", on="yesterday"), "on"),
        (lambda c: c.meetings(between=("2024", "x")), "end"),
    ],
)
def test_a_bad_date_in_a_query_names_the_argument(corpus, call, argument):
    with pytest.raises(ValueError, match=rf"^{argument}: '.*' is not a date") as caught:
        call(corpus)
    assert not isinstance(caught.value, ParseError)  # about the query, not an input file


def test_article_view_labels_what_it_highlights():
    raw = (
        '---\ntitle: "Thủ tướng tiếp Đại sứ Nhật Bản"\ndate: 2024-03\n'
        "link: https://baoquocte.vn/tiep-dai-su.html\n---\n"
        "[Thủ tướng tiếp Đại sứ Nhật Bản](https://baoquocte.vn/tiep-dai-su.html)\n\n"
        "Chiều 4/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.\n\n"
        "Thủ tướng đề nghị hai bên tăng cường hợp tác theo Nghị quyết 59 của Bộ Chính trị.\n\n"
        "Đại sứ Ito Naoki cho biết Nhật Bản coi trọng quan hệ với Việt Nam."
    )
    html = doingoai.parse(raw)._repr_html_()
    # A short header: title, the date at its precision, outlet, kind of file, link.
    assert '<h3 class="hdr">Thủ tướng tiếp Đại sứ Nhật Bản</h3>' in html
    assert "2024-03 (month) · baoquocte.vn · Jekyll post" in html
    assert "date-header" not in html
    # The post's own link line is not shown as text; blocks are styled by kind.
    assert "](https://" not in html
    assert '<p class="lead">' in html
    # A bare title is labelled with whom it stands for; a meeting with its kind and date,
    # a directive with its verb and issuer.
    assert 'Thủ tướng</span><span class="lbl name">Phạm Minh Chính</span>' in html
    assert '<span class="lbl">tiếp · chiều 2024-03-04</span>' in html
    assert '<span class="lbl">đề nghị · Phạm Minh Chính</span>' in html
    # Nested highlights stay visible: the document inside the directive keeps its class.
    assert '<span class="directive document"' in html
    assert '<span class="person statement" title="Ito Naoki: cho biết' in html


def test_an_article_without_a_title_gets_a_heading():
    html = doingoai.parse("Chiều 4/3, Thủ tướng Phạm Minh Chính tiếp đoàn.")._repr_html_()
    assert '<h3 class="hdr">Chiều 4/3, Thủ tướng Phạm Minh Chính tiếp đoàn.</h3>' in html
    assert "undated · plain text" in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt install chromium)")
def test_views_fit_the_page_in_a_browser(tmp_path):
    # Rendered in headless Chromium at 1,000 px: every table fits, no header breaks
    # inside a word, and no label wraps. The page measures itself into its title.
    corpus = doingoai.sample()
    views: list[Any] = [corpus[5], corpus.meetings(), corpus, corpus.holders("Thủ tướng")]
    script = (
        "const box = e => e.getBoundingClientRect();"
        "document.title = JSON.stringify({"
        "tables: [...document.querySelectorAll('table')].map(t => box(t).width),"
        "heads: [...document.querySelectorAll('th')].map(t => {"
        " const r = document.createRange(); r.selectNodeContents(t);"
        " return r.getClientRects().length; }),"
        "labels: [...document.querySelectorAll('.lbl')].map(l => l.getClientRects().length)"
        "});"
    )
    page = tmp_path / "views.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body style="width:1000px;margin:0">'
        + "".join(view._repr_html_() for view in views)
        + f"<script>{script}</script></body></html>",
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    measured = json.loads(
        html_module.unescape(result.stdout.split("<title>")[1].split("</title>")[0])
    )
    assert measured["tables"]
    assert max(measured["tables"]) <= 1000
    assert set(measured["heads"]) == {1}  # every header on one line, no word broken
    assert measured["labels"]
    assert set(measured["labels"]) == {1}  # no label wraps


def test_a_new_holder_written_with_tan_holds_the_post():
    # Team-written: "Tân" (new) is kept as written, and the post is the post.
    article = doingoai.parse(
        " date 2024-11-04 Tân Tổng Bí thư Tô Lâm phát biểu bế mạc hội nghị. Tổng Bí thư"
        " khẳng định Đảng đoàn kết."
    )
    (speaker,) = article.speakers
    assert [(t.text, t.role) for t in speaker.titles] == [("Tân Tổng Bí thư", "Tổng Bí thư")]
    assert len(speaker.mentions) == 2
    corpus = Corpus([article])
    assert [p.name for p in corpus.holders("Tổng Bí thư", on="2024-11-04")] == ["Tô Lâm"]
    assert query.post_key("Tân Tổng Bí thư") == query.post_key("Tổng Bí thư")
