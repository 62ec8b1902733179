"""``python -m doingoai``, the bundled sample and the examples."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import doingoai
from doingoai import ArticleFormat, BlockKind, PartialDate
from doingoai.__main__ import csv_cell, main, summarize

ROOT = Path(__file__).resolve().parents[1]


def test_sample_covers_the_shapes():
    articles = doingoai.sample()
    assert len(articles) == 11  # the files of src/doingoai/sample/articles
    formats = {a.format for a in articles}
    assert formats == {ArticleFormat.DATE_HEADER, ArticleFormat.JEKYLL, ArticleFormat.PLAIN}
    precisions = {a.published.precision.value for a in articles if a.published}
    assert precisions == {"year", "month", "day"}
    kinds = {block.kind for a in articles for block in a.blocks}
    assert kinds == set(BlockKind)
    assert any(not a.published_flag for a in articles)
    assert any(b.credit for a in articles for b in a.blocks_of(BlockKind.CAPTION))
    assert len({a.id for a in articles}) == len(articles)


def test_sample_values_checked_by_hand():
    by_name = {Path(a.source or "").name: a for a in doingoai.sample()}
    putin = by_name["2024-06-putin.txt"]
    assert putin.published == PartialDate(2024, 6)
    assert putin.title == "Tổng thống Nga Vladimir Putin thăm cấp Nhà nước Việt Nam"
    biden = by_name["2023-09-10-biden-ha-noi.md"]
    assert biden.topic == "Quan hệ Việt Nam - Hoa Kỳ"
    assert biden.outlet == "vietnamplus.vn"
    assert biden.tags == ("Hoa Kỳ", "đối tác chiến lược toàn diện")
    lao = by_name["2024-07-12-to-lam-lao.md"]
    assert lao.categories == ("entries", "VN", "Lào")
    briefing = by_name["2024-03-14-hop-bao.txt"]
    assert [b.kind for b in briefing.blocks].count(BlockKind.ANSWER) == 2


def test_main_prints_the_sample(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("doingoai sample corpus")
    assert "2024-06     date-header  Tổng thống Nga Vladimir Putin" in out
    assert "photo credits: Trí Dũng/TTXVN" in out


def test_main_reports_bad_files_and_fails(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(" date 2024-01-02 Tin tốt.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    assert main([str(tmp_path), str(tmp_path / "missing")]) == 1
    captured = capsys.readouterr()
    assert "Tin tốt." in captured.out
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert "bad.txt" in errors[0]
    assert "missing" in errors[1]


def test_summarize_mentions_what_matters():
    article = doingoai.parse("---\ntitle: '[Chủ đề] Tin'\npublished: false\n---\nNội dung.")
    text = summarize(article)
    assert "topic: Chủ đề" in text
    assert "unpublished" in text
    assert "undated" in text


def test_module_runs_as_a_program():
    result = subprocess.run(
        [sys.executable, "-m", "doingoai"], capture_output=True, text=True, check=True
    )
    assert "doingoai sample corpus" in result.stdout


SLOW_TO_IMPORT = ("yaml", "cattrs", "dateutil", "tomllib", "hashlib", "tempfile", "sqlite3")


def test_import_leaves_slow_modules_until_they_are_needed():
    # A fresh interpreter: what `import doingoai` loads, then what a parsed Jekyll post adds.
    probe = (
        "import json, sys, doingoai\n"
        f"slow = {SLOW_TO_IMPORT!r}\n"
        "print(json.dumps([name for name in slow if name in sys.modules]))\n"
        "doingoai.parse('---\\ntitle: Tin\\ndate: 2024-05-01\\n---\\nNội dung.').id\n"
        "print(json.dumps([name for name in slow if name in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    at_import, after_parse = (set(json.loads(line)) for line in result.stdout.splitlines())
    assert at_import == set()
    assert {"yaml", "tomllib", "hashlib"} <= after_parse  # the header, the lexicon, the id
    assert not after_parse & {"cattrs", "sqlite3"}


@pytest.mark.parametrize("script", sorted(p.name for p in (ROOT / "examples").glob("*.py")))
def test_examples_run(script):
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / script)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


LAO_TALKS = (
    " date 2024-07-13 Chiều 12/7, tại Viêng Chăn, Tổng Bí thư Tô Lâm đã hội đàm với"
    " Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith."
)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "lao.txt").write_text(LAO_TALKS, encoding="utf-8")
    (tmp_path / "mofa.txt").write_text(
        " date 2025-03-02 Thủ tướng Phạm Minh Chính giao Bộ Ngoại giao chủ trì chuẩn bị Hội nghị.",
        encoding="utf-8",
    )
    return tmp_path


def test_meetings_as_a_table_and_as_json(folder, capsys):
    assert main(["meetings", str(folder)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["published", "kind", "date", "location", "chair", "participants"]
    assert table[1].split()[:3] == ["2024-07-13", "hội", "đàm"]
    assert main(["meetings", str(folder), "--json", "--participant", "Thongloun Sisoulith"]) == 0
    rows = json.loads(capsys.readouterr().out)
    # People by name, their keys beside.
    assert [(r["kind"], r["date"], r["chair"], r["chair_key"]) for r in rows] == [
        ("hội đàm", "2024-07-12", "Tô Lâm", "to lam")
    ]
    assert rows[0]["participants"] == ["Thongloun Sisoulith"]
    assert main(["meetings", str(folder), "--json", "--kind", "tiếp"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_directives_people_search_and_export(folder, capsys):
    assert main(["directives", str(folder), "--addressee", "bo ngoai giao", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["issuer"], row["issuer_key"], row["verb"], row["addressees"]) == (
        "Phạm Minh Chính",
        "pham minh chinh",
        "giao",
        ["Bộ Ngoại giao"],
    )
    assert main(["people", str(folder), "--json"]) == 0
    names = {(r["name"], r["title"]) for r in json.loads(capsys.readouterr().out)}
    assert ("Tô Lâm", "Tổng Bí thư") in names
    assert main(["search", "vieng chan", str(folder)]) == 0
    assert "2024-07-13" in capsys.readouterr().out
    assert main(["export", "--kind", "meetings", "--format", "csv", str(folder)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0])[:5] == ["article", "published", "title", "url", "kind"]
    # The talks, and the conference the ministry is to prepare: planned, no chair yet.
    assert [(r["kind"], r["chair"], r["planned"]) for r in rows] == [
        ("hội đàm", "Tô Lâm", "False"),
        ("hội nghị", "", "True"),
    ]
    # Whole articles, as Corpus.to_jsonl writes them: they read back as articles.
    assert main(["export", "--kind", "articles", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [doingoai.from_json(doingoai.Article, line).published for line in lines] == [
        doingoai.PartialDate(2024, 7, 13),
        doingoai.PartialDate(2025, 3, 2),
    ]


def test_paths_without_a_command_summarise(folder, capsys):
    assert main([str(folder / "lao.txt")]) == 0
    assert capsys.readouterr().out.startswith("2024-07-13  date-header")


def test_console_script_is_declared():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'doingoai = "doingoai.__main__:main"' in text


def run_example(name, *args):
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_example_who_met_whom_on_the_sample():
    out = run_example("who_met_whom.py").splitlines()
    assert out[0].startswith("2023-09-10  hội đàm    Nguyễn Phú Trọng with Joe Biden")
    assert "2025-04-04  điện đàm   Tô Lâm with Donald Trump" in out


def test_example_title_timeline_on_the_sample():
    out = run_example("title_timeline.py", "Vladimir Putin")
    assert out.startswith("Vladimir Putin: named in")
    assert "Tổng thống" in out
    assert "Thủ tướng on 2025-05: Phạm Minh Chính" in out


def test_example_directives_to_mofa_on_the_sample():
    out = run_example("directives_to_mofa.py").splitlines()
    assert out[0] == "2025-05"
    assert out[1].startswith("  - Phạm Minh Chính giao: chủ trì, phối hợp")


def test_text_from_articles_cannot_drive_the_terminal(tmp_path, capsys):
    # A title with an escape sequence (clear screen), a bell and a right-to-left override.
    (tmp_path / "a.md").write_text(
        '---\ntitle: "Tin\\e[2J\\a \\u202eabc"\n---\nNội dung.\n', encoding="utf-8"
    )
    assert doingoai.parse_file(tmp_path / "a.md").title == "Tin\x1b[2J\x07 \u202eabc"
    for command in (["summary"], ["search", "noi dung"]):
        assert main([*command, str(tmp_path)]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out
        assert "\x07" not in out
        assert "\u202e" not in out
        assert "Tin\\x1b[2J\\x07 \\u202eabc" in out
    assert main(["search", "noi dung", str(tmp_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert json.loads(out)[0]["title"] == "Tin\x1b[2J\x07 \u202eabc"  # the data is intact


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("Hà Nội", "Hà Nội"),
        (["=a", "b"], "'=a; b"),
        (5, 5),
        (None, None),
    ],
)
def test_csv_cells_are_never_formulas(value, cell):
    assert csv_cell(value) == cell


def test_csv_export_escapes_formulas(tmp_path, capsys):
    (tmp_path / "a.md").write_text(
        "---\ntitle: '=cmd|\"/c calc\"!A1'\n---\nNội dung.\n", encoding="utf-8"
    )
    assert main(["export", "--format", "csv", str(tmp_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["title"] == '\'=cmd|"/c calc"!A1'


def test_warnings_are_reported_and_strict_makes_them_errors(tmp_path, capsys):
    (tmp_path / "2024-05-06-a.md").write_text("---\ndate: soon\n---\nNội dung.\n")
    assert main(["summary", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("2024-05-06")
    assert captured.err == (
        f"doingoai: {tmp_path / '2024-05-06-a.md'}:2: warning: invalid date 'soon': "
        "not a date Jekyll can read in front matter; the file name's date used\n"
    )
    assert main(["summary", "--strict", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"doingoai: {tmp_path / '2024-05-06-a.md'}:2: invalid date")


# The installed console script, as a user runs it (not only `python -m doingoai`).
SCRIPT = Path(sys.executable).with_name("doingoai.exe" if sys.platform == "win32" else "doingoai")


def run_script(*args, stdin=None):
    assert SCRIPT.exists(), f"install the project first: {SCRIPT} is missing"
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=120, input=stdin
    )


def test_script_version_and_help_on_every_option():
    import argparse

    from doingoai.__main__ import _parser

    result = run_script("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"doingoai {doingoai.__version__}"
    parser = _parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name, sub in commands.choices.items():
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
    assert "Exit status" in run_script("--help").stdout


def test_script_survives_a_closed_pipe(folder):
    # `doingoai export … | head -1`: head closes the pipe after one line.
    many = folder / "many"
    many.mkdir()
    for index in range(300):
        (many / f"{index:03d}.txt").write_text(LAO_TALKS, encoding="utf-8")
    pipe = subprocess.run(
        f'"{SCRIPT}" export --kind meetings "{many}" | head -1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert pipe.stdout.startswith('{"article"')
    assert "Traceback" not in pipe.stderr
    assert "BrokenPipe" not in pipe.stderr


def test_script_usage_errors_say_what_is_valid_without_a_traceback(folder):
    typo = run_script("meeting", str(folder))
    assert typo.returncode == 2
    assert "did you mean 'meetings'?" in typo.stderr
    assert typo.stdout == ""
    bad_kind = run_script("meetings", "--kind", "talk", str(folder))
    assert bad_kind.returncode == 2
    assert "hội đàm (talks)" in bad_kind.stderr  # the valid kinds are listed
    assert "Traceback" not in bad_kind.stderr
    no_query = run_script("search")
    assert no_query.returncode == 2
    assert "search needs a QUERY" in no_query.stderr
    assert "PATH" not in no_query.stderr.split("QUERY", 1)[0]
    bad_date = run_script("meetings", "--between", "2024", "soon", str(folder))
    assert bad_date.returncode == 2
    assert "'soon' is not a date" in bad_date.stderr
    nothing = run_script("meetings", str(folder / "*.nothing"))
    assert nothing.returncode == 1
    assert "no files to read there" in nothing.stderr


def test_script_kinds_fold_and_speak_english(folder):
    for kind in ("hoi dam", "Hội đàm", "talks", "TALKS"):
        result = run_script("meetings", "--json", "--kind", kind, str(folder))
        assert result.returncode == 0, result.stderr
        assert [row["kind"] for row in json.loads(result.stdout)] == ["hội đàm"], kind


def test_script_between_output_and_excel(folder, tmp_path):
    inside = run_script("summary", "--json", "--between", "2025-01", "2025-12", str(folder))
    assert [row["published"] for row in json.loads(inside.stdout)] == ["2025-03-02"]
    target = tmp_path / "meetings.csv"
    result = run_script(
        "export", "--kind", "meetings", "--format", "csv", "--excel", "-o", str(target), str(folder)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfarticle,published,title,url,kind")
    statements = run_script("export", "--kind", "statements", str(folder))
    assert statements.returncode == 0


def test_index_then_every_command_on_the_store(folder, tmp_path, capsys):
    db = str(tmp_path / "archive.sqlite")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00")  # UTF-16 mark, then nothing
    # The bad file is reported and fails the run; the good ones are stored all the same.
    assert main(["index", str(folder), "--db", db]) == 1
    captured = capsys.readouterr()
    assert f"{db}: 2 added" in captured.out
    assert "broken.txt" in captured.err
    assert main(["index", str(folder / "lao.txt"), "--db", db]) == 0
    assert "0 added (0 replacing a changed file), 1 already stored" in capsys.readouterr().out
    for command in (["meetings", "--json"], ["directives", "--json"], ["people", "--json"]):
        assert main([*command, str(folder / "lao.txt"), str(folder / "mofa.txt")]) == 0
        from_files = json.loads(capsys.readouterr().out)
        assert main([*command, "--db", db]) == 0
        assert json.loads(capsys.readouterr().out) == from_files, command
        assert from_files
    assert main(["search", "hoi dam", "--db", db, "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)
    assert found["source"].endswith("lao.txt")
    assert main(["meetings", "--db", db, "--between", "2024-07", "2024-07", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["published"][:7] for row in rows} == {"2024-07"}  # the Lao talks alone


def test_a_changed_file_is_replaced_and_reported(folder, tmp_path, capsys):
    db = str(tmp_path / "archive.sqlite")
    assert main(["index", str(folder), "--db", db, "--workers", "2"]) == 0
    (folder / "mofa.txt").write_text(
        " date 2025-03-03 Thủ tướng Phạm Minh Chính giao Bộ Công Thương chủ trì đàm phán.",
        encoding="utf-8",
    )
    assert main(["index", str(folder), "--db", db]) == 0
    captured = capsys.readouterr()
    assert "mofa.txt: changed since it was stored; replaced" in captured.err
    assert "1 added (1 replacing a changed file), 1 already stored" in captured.out
    assert main(["directives", "--db", db, "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["addressees"] == ["Bộ Công Thương"]


def test_db_errors_are_one_line_each(folder, tmp_path, capsys):
    missing = str(tmp_path / "none.sqlite")
    assert main(["people", "--db", missing]) == 1
    assert f"none.sqlite: no store there; `doingoai index PATH… --db {missing}`" in (
        capsys.readouterr().err
    )
    assert not Path(missing).exists()
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("words " * 200, encoding="utf-8")
    assert main(["people", "--db", str(not_a_store)]) == 1
    assert "not a doingoai store" in capsys.readouterr().err
    assert main(["people", str(folder), "--db", str(not_a_store)]) == 2
    assert "give PATHs or --db, not both" in capsys.readouterr().err
