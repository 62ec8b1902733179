"""The README and the docs tell the truth: their Python examples run, and CI runs the
commands the README gives."""

from __future__ import annotations

import ast
import contextlib
import doctest
import io
import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from doingoai.samples import sample_files

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"```python\n(.*?)```", re.DOTALL)
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _runnable_blocks():
    for page in PAGES:
        for index, block in enumerate(FENCE.findall(page.read_text(encoding="utf-8"))):
            yield pytest.param(block, id=f"{page.name}-{index}")


@pytest.fixture
def user_folder(tmp_path, monkeypatch):
    """A working folder like a user's: ``corpus/`` holds the sample and one bad file."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = resources.files("doingoai") / "sample" / "articles"
    for name in sample_files():
        with resources.as_file(articles / name) as path:
            shutil.copy(path, corpus / name)
    (corpus / "b.md").write_text("---\ntitle: Tin\n", encoding="utf-8")  # never closed
    (corpus / "e.txt").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _statements_and_outputs(code: str):
    """Each top-level statement, with the output that the comment lines right below it
    show (``None`` when none follow)."""
    lines = code.splitlines()
    for statement in ast.parse(code).body:
        shown = []
        for line in lines[statement.end_lineno or 0 :]:
            if not line.startswith("#"):
                break
            shown.append(line.removeprefix("#").removeprefix(" "))
        yield statement, "\n".join(shown) if shown else None


@pytest.mark.parametrize("code", list(_runnable_blocks()))
def test_python_examples_run_and_print_what_they_show(code, user_folder):
    namespace: dict[str, object] = {}
    exec("import doingoai\nfrom doingoai import *", namespace)
    checker = doctest.OutputChecker()
    for statement, shown in _statements_and_outputs(code):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(ast.Module([statement], []), "<docs>", "exec"), namespace)
        # Comment lines under a statement that prints are its output ("…" elides);
        # under one that prints nothing they are prose.
        if shown is not None and printed.getvalue():
            want = shown.replace("…", "...") + "\n"
            assert checker.check_output(want, printed.getvalue(), doctest.ELLIPSIS), (
                f"{ast.unparse(statement)}\nshows:\n{shown}\nprints:\n{printed.getvalue()}"
            )


def test_readme_quick_start_is_checked():
    blocks = [b.values[0] for b in _runnable_blocks() if b.id.startswith("README")]
    assert blocks, "the README quick start must be among the checked examples"


def test_ci_runs_the_readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme)
    assert commands == ["pip install . && python -m doingoai", 'pip install -e ".[test]" && pytest']
    for command in commands:
        assert command.replace("pip install", "pip install --quiet") in ci


def test_every_docs_page_is_in_the_navigation():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert f": {page.name}" in nav, page.name
