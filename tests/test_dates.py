"""Vietnamese dates in running text: the table in ``fixtures/dates.txt`` and properties."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai import PartialDate, PartOfDay
from doingoai.extract.dates import find_dates, resolve_day_month

TABLE = Path(__file__).parent / "fixtures" / "dates.txt"


def _rows() -> list:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, reference, expected = (part.strip() for part in line.split(" | "))
            rows.append(pytest.param(text, reference, expected, id=f"{text[:40]}@{reference}"))
    return rows


@pytest.mark.parametrize(("text", "reference", "expected"), _rows())
def test_date_table(text, reference, expected):
    found = find_dates(text, None if reference == "-" else reference)
    if expected == "-":
        assert found == [], [text[d.span.slice] for d in found]
        return
    wanted = [item.strip() for item in expected.split(" ; ")]
    assert len(found) == len(wanted), [text[d.span.slice] for d in found]
    for mention, want in zip(found, wanted, strict=True):
        words, _, result = want.partition(" = ")
        date, *flags = result.split()
        assert text[mention.span.slice] == words
        assert (str(mention.date) if mention.date else "?") == date
        parts = [f for f in flags if f not in ("planned", "local")]
        assert mention.part_of_day == (PartOfDay(parts[0]) if parts else None)
        assert mention.planned is ("planned" in flags)
        assert mention.local_time is ("local" in flags)


def test_year_boundary_rules():
    assert resolve_day_month(31, 12, PartialDate(2026, 1, 1)) == PartialDate(2025, 12, 31)
    assert resolve_day_month(1, 1, PartialDate(2025, 12, 31)) == PartialDate(2025, 1, 1)
    assert resolve_day_month(2, 1, PartialDate(2025, 12, 31), planned=True) == PartialDate(
        2026, 1, 2
    )
    assert resolve_day_month(30, 12, PartialDate(2025, 12, 31), planned=True) == PartialDate(
        2025, 12, 30
    )
    # A month-precision reference: any day of that month is not "after" it.
    assert resolve_day_month(30, 8, PartialDate(2024, 8)) == PartialDate(2024, 8, 30)
    assert resolve_day_month(30, 2, PartialDate(2024, 8)) is None


@settings(deadline=None)
@given(
    st.text(
        alphabet="0123456789/.-() sángchiềutốiđêmngàytháng năm Thứ Hai quamai sẽ,", max_size=80
    ),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
)
def test_spans_stay_in_the_text_and_years_stay_near_the_reference(text, reference):
    for mention in find_dates(text, reference):
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        if mention.date is None or re.search(r"[0-9]{4}", text[mention.span.slice]):
            continue
        # Without a written year, resolution never invents a year beyond the next one,
        # and a reported (not planned) event never lies after the reference.
        assert reference.year - 1 <= mention.date.year <= reference.year + 1
        if not mention.planned:
            assert mention.date.start <= reference


def test_relative_days_at_the_ends_of_the_calendar_give_no_date():
    first, last = PartialDate(1, 1, 1), PartialDate(9999, 12, 31)
    assert [m.date for m in find_dates("hôm qua", first)] == [None]
    assert [m.date for m in find_dates("ngày mai", last)] == [None]
