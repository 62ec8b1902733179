"""The compact fixture format: "### title", an input, "~~~", then expected lines."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def load_cases(name: str) -> list:
    """One ``pytest.param(input, expected_lines, id=title)`` per case of a fixture file."""
    cases = []
    text = (FIXTURES / name).read_text(encoding="utf-8")
    for chunk in text.split("\n### ")[1:]:
        title, _, rest = chunk.partition("\n")
        given, _, expected = rest.partition("\n~~~\n")
        lines = [line for line in expected.strip().splitlines() if line.strip()]
        cases.append(pytest.param(given, lines, id=title.strip()))
    return cases
