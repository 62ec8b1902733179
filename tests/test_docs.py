"""The README and the docs tell the truth: their Python examples run, and CI runs the
commands the README gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"```python\n(.*?)```", re.DOTALL)
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _runnable_blocks():
    for page in PAGES:
        for index, block in enumerate(FENCE.findall(page.read_text(encoding="utf-8"))):
            # Blocks that show a signature or read the user's own files are not examples.
            if "->" in block or '"articles/"' in block or '"corpus/"' in block:
                continue
            yield pytest.param(block, id=f"{page.name}-{index}")


@pytest.mark.parametrize("code", list(_runnable_blocks()))
def test_python_examples_run(code):
    namespace: dict[str, object] = {}
    exec(compile("import doingoai\nfrom doingoai import *\n" + code, "<docs>", "exec"), namespace)


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
