"""Checks of the source itself that linters do not make."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "doingoai"


@pytest.mark.parametrize("module", sorted(SOURCE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module):
    # A constant defined again further down replaces the first for every rule that
    # reads it (a second _CLAUSE_MARKS once did so in speakers.py, unseen by ruff).
    bound: collections.Counter[str] = collections.Counter()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
    assert [name for name, count in bound.items() if count > 1] == []
