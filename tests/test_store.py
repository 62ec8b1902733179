"""The SQLite store: the same answers as the in-memory Corpus, and a file that is safe.

Its answers are checked query by query against a Corpus of the same articles, on the
sample and on the 3,000 real posts; its writes against errors, kills and readers.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import subprocess
import sys
import textwrap
import zlib

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import doingoai
from doingoai import Corpus, MeetingKind, model
from doingoai.store import SCHEMA_VERSION, Added, Replaced, Store, StoreError

from .strategies import raw_articles

QUERIES = [
    "doi ngoai",
    "Đối ngoại",
    "hội đàm Việt Nam",
    '"Tô Lâm"',
    '"thu tuong" chinh',
    '"ngoai giao" "viet nam"',
    "lao",
    "xyzzy",
    "",
    '"',
]
PEOPLE = ["Tô Lâm", "to lam", "Putin", "Lâm", "Phạm Minh Chính", "Chính", "Trump", "Biden"]
TITLES = ["Thủ tướng", "Tổng Bí thư", "Bộ trưởng Ngoại giao", "Chủ tịch nước", "Bộ trưởng"]
RANGES = [("2024", "2024"), ("2024-06", "2024-07-15"), (None, "2023"), ("2025", None)]


def unique(articles):
    """The articles with the first of each id: what a store keeps."""
    return list({a.id: a for a in reversed(list(articles))}.values())[::-1]


def assert_same_answers(store: Store, corpus: Corpus, kinds=doingoai.corpus.RECORD_KINDS) -> None:
    assert list(store) == list(corpus)
    assert len(store) == len(corpus)
    for text in QUERIES:
        assert [a.id for a in store.search(text)] == [a.id for a in corpus.search(text)], text
    for name in PEOPLE:
        assert list(store.mentioning(name)) == list(corpus.mentioning(name)), name
        assert store.meetings(participant=name) == corpus.meetings(participant=name), name
        assert store.directives(issuer=name) == corpus.directives(issuer=name), name
        try:
            expected = corpus.person(name)
        except LookupError as error:
            with pytest.raises(type(error)):
                store.person(name)
        else:
            assert store.person(name) == expected
    for title in TITLES:
        assert list(store.with_title(title)) == list(corpus.with_title(title)), title
        assert store.holders(title) == corpus.holders(title), title
        assert store.holders(title, on="2024-06-01") == corpus.holders(title, on="2024-06-01")
        assert store.directives(issuer=title) == corpus.directives(issuer=title), title
    for kind in MeetingKind:
        assert store.meetings(kind=kind) == corpus.meetings(kind=kind), kind
    for kind in (None, *MeetingKind):
        assert list(store.with_meeting(kind)) == list(corpus.with_meeting(kind)), kind
    for start, end in RANGES:
        assert list(store.between(start, end)) == list(corpus.between(start, end))
        assert store.meetings(between=(start, end)) == corpus.meetings(between=(start, end))
        assert store.directives(between=(start, end)) == corpus.directives(between=(start, end))
    for addressee in ("bo ngoai giao", "các bộ", "uy ban"):
        assert store.directives(addressee=addressee) == corpus.directives(addressee=addressee)
    assert store.directives(force="ask") == corpus.directives(force="ask")
    assert store.speakers() == corpus.speakers()
    assert store.documents() == corpus.documents()
    assert store.events() == corpus.events()
    assert store.cooccurrence() == corpus.cooccurrence()
    outlets = sorted({a.outlet for a in corpus if a.outlet})[:3]
    assert list(store.outlet(*outlets)) == list(corpus.outlet(*outlets))
    for kind in kinds:
        assert store.to_records(kind) == corpus.to_records(kind), kind


@pytest.fixture
def path(tmp_path):
    return tmp_path / "archive.sqlite"


@pytest.fixture
def sample_store(path):
    doingoai.sample().save(path)
    with Store(path) as store:
        yield store


def test_the_store_answers_as_the_corpus_on_the_sample(sample_store):
    assert_same_answers(sample_store, doingoai.sample())


@pytest.fixture(scope="module")
def real_posts(realdata_dir):
    return list(doingoai.read(realdata_dir / "trends" / "_posts", workers=0))


def test_the_store_answers_as_the_corpus_on_the_real_posts(real_posts, tmp_path):
    path = tmp_path / "real.sqlite"
    added = Corpus(real_posts).save(path)
    kept = unique(real_posts)
    # 41 of the posts are copies of others (same date, headline and text: one id).
    assert (added.added, added.unchanged, len(kept)) == (2959, 41, 2959)
    with Store(path) as store:
        # Records of articles and facts decode every article: two of those kinds are
        # enough here (the sample has all); people and documents come from the tables.
        kinds = ("articles", "meetings", "speakers", "titles", "documents")
        assert_same_answers(store, Corpus(kept), kinds=kinds)


def count_rows(path, table):
    with sqlite3.connect(path) as connection:
        (count,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    connection.close()
    return count


def test_adding_is_idempotent_by_id(sample_store, path):
    articles = list(doingoai.sample())
    speakers = count_rows(path, "speakers")
    assert speakers == sum(len(a.speakers) for a in articles)
    assert sample_store.add(articles) == Added(added=0, unchanged=len(articles))
    assert len(sample_store) == len(articles)
    # The facts were not written twice either.
    assert count_rows(path, "speakers") == speakers
    assert sample_store.speakers() == doingoai.sample().speakers()


def test_a_changed_file_replaces_its_article_and_says_so(sample_store):
    old = sample_store[0]
    changed = doingoai.parse(
        " date 2024-05-02 Chủ tịch nước tiếp Đại sứ Ba Lan tại Phủ Chủ tịch.", source=old.source
    )
    result = sample_store.add([changed])
    assert result.replaced == (Replaced(old.source, old.id, changed.id),)
    assert result.added == 1
    assert "1 replacing a changed file" in str(result)
    assert old.id not in sample_store
    assert sample_store[changed.id] == changed
    assert len(sample_store) == len(doingoai.sample())
    # The search index forgot the old text: a word only it had finds nothing now.
    only_old = {w for w in doingoai.fold(old.text).split() if w.isalpha()} - set(
        doingoai.fold(" ".join(a.text for a in sample_store)).split()
    )
    assert only_old
    assert list(sample_store.search(sorted(only_old)[0])) == []
    assert [a.id for a in sample_store.search("ba lan")] == [changed.id]


def test_an_add_that_fails_midway_leaves_the_store_as_it_was(sample_store):
    before = list(sample_store)
    fresh = doingoai.parse(" date 2024-05-03 Thủ tướng gặp Đại sứ Séc.", source="new.txt")

    def articles():
        yield fresh
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        sample_store.add(articles())
    assert list(sample_store) == before
    assert fresh.id not in sample_store
    assert list(sample_store.search("sec")) == []


def test_a_process_killed_midway_leaves_the_store_as_it_was(sample_store, path):
    before = len(sample_store)
    # A writer that adds a few new articles, then is killed before it commits.
    script = textwrap.dedent(
        f"""
        import os, signal, doingoai
        def articles():
            for day in range(1, 6):
                yield doingoai.parse(f" date 2024-05-{{day:02}} Thủ tướng tiếp khách số {{day}}.")
            os.kill(os.getpid(), signal.SIGKILL)
        doingoai.open({str(path)!r}).add(articles())
        """
    )
    process = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert process.returncode == -9
    with Store(path) as again:
        assert len(again) == before
        assert list(again.search("khach")) == []


def test_readers_see_the_last_commit_while_a_writer_adds(sample_store, path):
    reader = Store(path)
    seen = []

    def articles():
        yield doingoai.parse(" date 2024-05-04 Bộ trưởng gặp Đại sứ Chile.")
        seen.append(len(Store(path)))  # a reader during the write is not blocked
        seen.append(len(list(reader.search("chile"))))

    sample_store.add(articles())
    assert seen == [len(doingoai.sample()), 0]
    assert len(list(reader.search("chile"))) == 1  # queries see each commit
    [chile] = reader.between("2024-05-04", "2024-05-04")  # placed by its date
    assert reader.search("chile")[0] == chile
    assert "Chile" in chile.text
    # Its meeting comes among the others in its article's place, which the reader's
    # order of articles lacks.
    met = [article.id for article, _ in reader.meetings()]
    assert met == [article.id for article, _ in Store(path).meetings()]
    assert chile.id in met[1:-1]
    assert len(reader) == len(doingoai.sample())  # its sequence: as when it was opened…
    reader.refresh()
    assert len(reader) == len(doingoai.sample()) + 1  # …until refreshed
    reader.close()


def test_queries_do_not_decode_articles(sample_store, monkeypatch):
    decoded = []
    real = Store._article

    def counting(self, *row):
        decoded.append(row[0])
        return real(self, *row)

    monkeypatch.setattr(Store, "_article", counting)
    sample_store.speakers()
    assert sample_store.person("to lam").name == "Tô Lâm"
    assert sample_store.holders("Thủ tướng")
    assert len(sample_store.search("doi ngoai")) > 0
    assert len(sample_store.between("2024", "2024")) > 0
    sample_store.cooccurrence()
    assert sample_store.events()
    assert sample_store._repr_html_() == doingoai.sample()._repr_html_()  # the notebook view
    assert sample_store.to_records("titles")
    talks = sample_store.meetings(kind="hội đàm")
    assert talks == doingoai.sample().meetings(kind="hội đàm")  # compared: decoded…
    decoded.clear()
    sample_store.load.cache_clear()
    talks = sample_store.meetings(kind="hội đàm", participant="Tô Lâm", between=("2024", None))
    assert [(a.id, a.title, a.published, a.url, a.format, m) for a, m in talks]  # …not read
    asked = sample_store.directives(issuer="Thủ tướng", between=("2024", None))
    assert [(a.id, a.published, d) for a, d in asked]
    assert decoded == []
    assert sample_store.search("doi ngoai")[0].id  # reading one decodes one
    assert len(decoded) == 1
    article, meeting = talks[0]
    assert "to lam" in (meeting.chair, *meeting.participants)
    assert article.name_of("to lam") == "Tô Lâm"  # its speakers: read now
    assert len(decoded) == 2


def test_articles_of_meetings_are_read_when_used_and_then_whole(sample_store, path):
    expected = doingoai.sample().meetings(kind="hội đàm")
    found = sample_store.meetings(kind="hội đàm")
    article = found[0][0]
    assert pickle.loads(pickle.dumps(article)) == expected[0][0]  # pickled whole
    assert doingoai.to_json(found[1][0]) == doingoai.to_json(expected[1][0])
    assert found[2][0].blocks == expected[2][0].blocks
    sample_store.load.cache_clear()  # (a store keeps the articles read last)
    unread = sample_store.meetings(kind="hội đàm")[0][0]
    sample_store.close()
    assert unread.title == expected[0][0].title  # what its row gave
    with pytest.raises(StoreError, match="closed"):
        unread.text  # noqa: B018 (read from the closed store)


def test_a_meeting_its_rows_cannot_make_again_is_read_from_its_article(path):
    article = doingoai.parse(
        " date 2024-03-04 Chủ tịch nước Võ Văn Thưởng hội đàm với Tổng thống Lào."
    )
    meeting = article.meetings[0]
    assert meeting.chair == "vo van thuong"
    odd = attrs.evolve(meeting, participants=("vo van thuong", "x", "x"))  # made by hand
    article = attrs.evolve(article, meetings=(odd, meeting))
    with Store(path, create=True) as store:
        store.add([article])
        assert store.meetings() == [(article, odd), (article, meeting)]
        for name in ("Võ Văn Thưởng", "Thưởng", "x"):
            expected = Corpus([article]).meetings(participant=name)
            assert store.meetings(participant=name) == expected, name
    spans = count_rows(path, "meetings WHERE span_start IS NULL")
    assert spans == 1


def test_a_missing_path_is_not_created_unless_asked(tmp_path):
    missing = tmp_path / "nothing.sqlite"
    with pytest.raises(FileNotFoundError, match="no store there"):
        doingoai.open(missing)
    assert not missing.exists()
    with doingoai.open(missing, create=True) as store:
        assert len(store) == 0
        assert list(store.search("anything")) == []
        assert store.speakers() == []


def test_files_that_are_not_stores_are_refused_clearly(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database at all, just words" * 100)
    with pytest.raises(StoreError, match=r"notes\.sqlite: not a doingoai store"):
        Store(text)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE birds (name TEXT)")
    connection.close()
    with pytest.raises(StoreError, match="a SQLite file, but not a doingoai store"):
        Store(other)


def test_a_store_from_a_newer_version_is_refused(sample_store, path):
    sample_store.close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(StoreError, match=r"newer doingoai .* upgrade doingoai"):
        Store(path)


def _data(path):
    """Each stored article's data, as JSON objects."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT data FROM bodies").fetchall()
    connection.close()
    return [json.loads(zlib.decompress(data)) for (data,) in rows]


def test_blocks_that_are_the_text_split_are_not_stored(sample_store, path):
    corpus = doingoai.sample()
    assert all("blocks" not in data for data in _data(path))
    article = sample_store[0]
    assert model._value_or_later(article, "blocks") is model._LATER  # split when read
    assert article == corpus[0]
    assert article.blocks == corpus[0].blocks


def test_blocks_made_by_hand_are_stored_as_they_are(path):
    text = "Đoạn một.\n\nĐoạn hai."
    made = doingoai.Block.within(text, doingoai.BlockKind.HEADING, doingoai.Span(0, 9))
    article = doingoai.Article(
        id="by-hand", format=doingoai.ArticleFormat.PLAIN, text=text, blocks=[made]
    )
    with Store(path, create=True) as store:
        store.add([article])
        assert [data["blocks"] for data in _data(path)] == [
            [
                {
                    "kind": "heading",
                    "text": "Đoạn một.",
                    "span": {"start": 0, "end": 9},
                    "credit": None,
                    "url": None,
                }
            ]
        ]
        assert store[0].blocks == (made,)


def test_a_store_of_layout_1_is_read_and_becomes_the_newest_when_added_to(path):
    old = doingoai.parse(" date 2024-01-02 Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản.")
    with Store(path, create=True) as store:
        store.add([old])
    with sqlite3.connect(path) as connection:
        # Layout 1 kept every article's blocks in its data, and no meeting's span.
        data = {**_data(path)[0], "blocks": doingoai.to_dict(old)["blocks"]}
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode())
        connection.execute("UPDATE bodies SET data = ?", (blob,))
        # Nor the index of meetings by kind with their columns, only by kind.
        connection.execute("DROP INDEX meetings_of_kind")
        connection.execute("CREATE INDEX meetings_by_kind ON meetings (kind)")
        connection.execute("ALTER TABLE meetings DROP COLUMN span_start")
        connection.execute("ALTER TABLE meetings DROP COLUMN span_end")
        drop_directive_details(connection)
        connection.execute("PRAGMA user_version = 1")
    connection.close()
    new = doingoai.parse(" date 2024-01-03 Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Lào.")
    with Store(path) as store:
        assert store[0] == old
        assert store[0].blocks == old.blocks
        assert store.meetings() == [(old, old.meetings[0])]  # read from the article
        store.add([new])
        assert len(store) == 2
        # The old meeting is still read from its article, the new one from its row.
        assert store.meetings() == [(old, old.meetings[0]), (new, new.meetings[0])]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        indexes = "SELECT name FROM sqlite_master WHERE name LIKE 'meetings_%' ORDER BY name"
        assert connection.execute(indexes).fetchall() == [
            ("meetings_by_start",),
            ("meetings_of_kind",),
        ]
        spans = connection.execute("SELECT span_start, span_end FROM meetings ORDER BY article")
        span = new.meetings[0].span
        assert spans.fetchall() == [(None, None), (span.start, span.end)]
    connection.close()


def drop_directive_details(connection):
    """Make the table of directives as layouts 1 to 3 had it."""
    for column in ("issuer_title", "span_start", "span_end", "details"):
        connection.execute(f"ALTER TABLE directives DROP COLUMN {column}")


# A named issuer with items and a document; an issuer given only by a title.
ASKS = doingoai.parse(
    " date 2024-01-02 Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản. Thủ tướng đề nghị"
    " Bộ Ngoại giao phối hợp với Đại sứ quán tổ chức 3 hoạt động: hội thảo; triển lãm;"
    " giao lưu theo Nghị quyết 59 của Bộ Chính trị."
)
REQUIRES = doingoai.parse(
    " date 2024-01-03 Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương triển khai Chỉ thị 12."
)


def test_directives_are_read_from_their_rows(path):
    (asks,) = ASKS.directives
    assert (asks.issuer, asks.items[0], asks.documents[0].number) == (
        "pham minh chinh",
        "hội thảo",
        "59",
    )
    (requires,) = REQUIRES.directives
    assert (requires.issuer, requires.issuer_title) == (None, "Thủ tướng Chính phủ")
    with Store(path, create=True) as store:
        store.add([ASKS, REQUIRES])
    with Store(path) as store:
        found = store.directives()
        assert [a.id for a, _ in found] == [ASKS.id, REQUIRES.id]
        assert [d for _, d in found] == [asks, requires]
        assert store.load.cache_info().currsize == 0  # no article decoded
        assert found[0][0] == ASKS  # read when used
        assert store.directives(issuer="Thủ tướng") == [(ASKS, asks), (REQUIRES, requires)]
        assert store.directives(issuer="Chính", verb="de nghi") == [(ASKS, asks)]
        assert store.directives(addressee="cac bo", between=("2024-01-03", None)) == [
            (REQUIRES, requires)
        ]
    with sqlite3.connect(path) as connection:
        details = connection.execute("SELECT details FROM directives ORDER BY article")
        assert [json.loads(d)["documents"][0]["number"] for (d,) in details] == ["59", "12"]
    connection.close()


def test_a_store_of_layout_3_reads_its_directives_from_their_articles(path):
    with Store(path, create=True) as store:
        store.add([ASKS])
    with sqlite3.connect(path) as connection:
        drop_directive_details(connection)
        connection.execute("PRAGMA user_version = 3")
    connection.close()
    with Store(path) as store:
        assert store.directives() == [(ASKS, ASKS.directives[0])]
        store.add([REQUIRES])
        # The old directive is read from its article, the new one from its row.
        assert store.directives() == [
            (ASKS, ASKS.directives[0]),
            (REQUIRES, REQUIRES.directives[0]),
        ]
        assert store.directives(force="require") == [(REQUIRES, REQUIRES.directives[0])]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = connection.execute("SELECT issuer_title, details FROM directives ORDER BY article")
        assert [row[0] for row in rows] == [None, "Thủ tướng Chính phủ"]
    connection.close()


def test_a_damaged_article_is_an_error_naming_it(sample_store, path):
    with sqlite3.connect(path) as connection:
        number, source = connection.execute("SELECT number, source FROM articles").fetchone()
        connection.execute("UPDATE bodies SET data = X'00FF' WHERE number = ?", (number,))
    connection.close()
    with (
        Store(path) as store,
        pytest.raises(StoreError, match=f"{number} \\({source}\\) is damaged"),
    ):
        list(store)


def test_a_damaged_profile_is_an_error_naming_the_person(sample_store, path):
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE people SET profile = '{}' WHERE key = 'to lam'")
    connection.close()
    with Store(path) as store, pytest.raises(StoreError, match="profile of 'to lam' is damaged"):
        store.person("Tô Lâm")


BELGIAN_ENVOY = doingoai.parse(" date 2025-06-02 Tổng Bí thư Tô Lâm tiếp Đại sứ Bỉ.")


@pytest.mark.parametrize(
    ("damage", "query", "table"),
    [
        ("UPDATE meetings SET kind = 'picnic'", lambda store: store.events(), "meetings"),
        ("UPDATE meetings SET date = 'soon'", lambda store: store.events(), "meetings"),
        ("UPDATE directives SET force = 'nudge'", lambda store: store.directives(), "directives"),
        ("UPDATE directives SET details = '[1'", lambda store: store.directives(), "directives"),
        (
            "UPDATE articles SET published = '2024-13'",
            lambda store: store._repr_html_(),
            "articles",
        ),
        # A title that is bytes, met when an add rebuilds the people it touches.
        ("UPDATE titles SET text = X'00'", lambda store: store.add([BELGIAN_ENVOY]), "speakers"),
    ],
)
def test_damaged_rows_are_errors_naming_their_table(sample_store, path, damage, query, table):
    with sqlite3.connect(path) as connection:
        connection.execute(damage)
    connection.close()
    with Store(path) as store, pytest.raises(StoreError, match=f"a row of {table} is damaged"):
        query(store)


def test_a_row_that_would_inflate_without_end_is_refused(sample_store, path):
    bomb = zlib.compress(b"[" * (17 * 8 * 1024 * 1024), 9)  # 136 MB from a few hundred kB
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE bodies SET data = ? WHERE number = 1", (bomb,))
    connection.close()
    with Store(path) as store, pytest.raises(StoreError, match="inflates past"):
        list(store)


def test_a_second_writer_waits_then_says_why(sample_store, path, monkeypatch):
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    sample_store._connection.execute("PRAGMA busy_timeout = 100")  # not a minute, here
    with pytest.raises(StoreError, match="cannot write: database is locked"):
        sample_store.add(doingoai.sample())
    blocker.execute("ROLLBACK")
    blocker.close()
    assert sample_store.add(doingoai.sample()).unchanged == len(doingoai.sample())


def test_stores_and_their_views_pickle_by_path(sample_store):
    again = pickle.loads(pickle.dumps(sample_store))
    assert list(again) == list(sample_store)
    view = pickle.loads(pickle.dumps(sample_store.search("doi ngoai")))
    assert [a.id for a in view] == [a.id for a in sample_store.search("doi ngoai")]
    again.close()


def test_the_tables_are_plain(sample_store, path):
    # What the docs show: the facts read with sqlite3 alone.
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT a.published, m.kind, m.chair FROM meetings m"
            " JOIN articles a ON a.number = m.article WHERE m.kind = 'hội đàm' ORDER BY a.start"
        ).fetchall()
        names = connection.execute(
            "SELECT DISTINCT name FROM speakers WHERE key = 'to lam'"
        ).fetchall()
    connection.close()
    talks = sample_store.meetings(kind="hội đàm")
    assert [(str(a.published), m.chair) for a, m in talks] == [(p, c) for p, _, c in rows]
    assert names == [("Tô Lâm",)]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=raw_articles())
def test_articles_come_back_as_they_went_in(tmp_path_factory, raw):
    article = doingoai.parse(raw, source="made-up.md")
    path = tmp_path_factory.mktemp("store") / "s.sqlite"
    with Store(path, create=True) as store:
        store.add([article])
        assert store[article.id] == article
        assert store[0].source == "made-up.md"
        assert doingoai.to_json(store[0]) == doingoai.to_json(article)


def test_people_asked_for_again_see_what_was_added(sample_store):
    before = sample_store.person("Tô Lâm")
    later = doingoai.parse(" date 2025-06-01 Tổng Bí thư Tô Lâm tiếp Đại sứ Na Uy.")
    sample_store.add([later])
    assert sample_store.person("Tô Lâm").articles == (*before.articles, later.id)
    [holder] = [h for h in sample_store.holders("Tổng Bí thư") if h.key == "to lam"]
    assert holder.last_seen == later.published
