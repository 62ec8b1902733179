"""What must hold for any input: the checks of the fuzz harness and of its test version.

:func:`check` parses one input as bytes, then uses every part of the result a user can
reach: the fields and properties of the article, the JSON, pickle, JSON-lines and raw
round trips, and the displays. Any exception but a :class:`~doingoai.DoingoaiError`, a
round trip that changes the article, or a small input that takes too long is a failure
(an ``AssertionError`` saying which).
"""

from __future__ import annotations

import contextlib
import io
import pickle
import time

import attrs

import doingoai
from doingoai import Article, Directive, DoingoaiError, Meeting, Statement
from doingoai.__main__ import csv_cell, safe_text, summarize
from doingoai.display import article_html
from doingoai.serialize import loads

SMALL = 10_000
"""Inputs under this many bytes ..."""
SLOW = 0.1
"""... must be read, used and written in under this many seconds."""


def check(data: bytes, *, time_limit: bool = False) -> Article | None:
    """Run every invariant on one input; return the article, or None if refused.

    ``time_limit``: also fail when an input under :data:`SMALL` bytes takes longer than
    :data:`SLOW` (the fuzz harness; tests assert no timings on shared machines).
    """
    started = time.perf_counter()
    article = _parse(data, strict=False)
    strict = _parse(data, strict=True)
    if strict is not None:
        assert article == strict, "a strictly readable input reads the same leniently"
        assert strict.warnings == (), "strict mode keeps no warnings: it raises"
    if article is not None:
        _use(article)
        _round_trips(article)
    _jsonl_line(data)
    elapsed = time.perf_counter() - started
    if time_limit and len(data) < SMALL:
        assert elapsed < SLOW * (10 if _cold() else 1), (
            f"{len(data)} bytes took {elapsed * 1000:.0f} ms"
        )
    return article


def _parse(data: bytes, *, strict: bool) -> Article | None:
    try:
        article = doingoai.parse(data, strict=strict)
    except DoingoaiError as error:
        assert str(error), "an error says why"  # noqa: PT017 - any input, not one test
        # A crash in an extractor is kept from users (a warning, or strictly an error),
        # but it is a bug all the same.
        assert _EXTRACTORS_FAILED not in str(error), str(error)  # noqa: PT017
        return None
    for warning in article.warnings:
        assert _EXTRACTORS_FAILED not in warning.reason, warning.reason
    return article


_EXTRACTORS_FAILED = "the extractors failed"


def _use(article: Article) -> None:
    """Touch what a user touches: properties, lookups, displays, records."""
    assert article.text[: len(article.text)] == article.text
    for block in article.blocks:
        assert article.text[block.span.slice] == block.text
    article.outlet  # noqa: B018 - a property that once raised
    article.lead  # noqa: B018
    repr(article)
    for speaker in article.speakers:
        assert article.speaker(speaker.name) is not None
        for span in speaker.mentions:
            assert 0 <= span.start <= span.end <= len(article.text)
    facts: list[Statement | Meeting | Directive] = [
        *article.statements,
        *article.meetings,
        *article.directives,
    ]
    for fact in facts:
        assert 0 <= fact.span.start <= fact.span.end <= len(article.text)
    for document in article.documents:
        for span in document.spans:
            assert span.end <= len(article.text)
    for held in (*article.speakers, *facts, *article.documents):
        _words_only(held)
    article_html(article)
    safe_text(summarize(article))
    corpus = doingoai.Corpus([article])
    for kind in doingoai.corpus.RECORD_KINDS:
        for row in corpus.to_records(kind):
            for value in row.values():
                csv_cell(value)


def _words_only(value: object) -> None:
    """Each string a fact holds says something: no blank, no white space at its ends.

    ("gặp mặt\xa0…", a snippet cut short, once gave the counterpart ``"\xa0"``.)
    """
    if isinstance(value, str):
        assert value == value.strip(), f"white space around {value!r}"
        assert not value or any(c.isalnum() for c in value), f"no word in {value!r}"
    elif isinstance(value, tuple):
        for item in value:
            _words_only(item)
    elif attrs.has(kind := type(value)):
        for field in attrs.fields(kind):
            _words_only(getattr(value, field.name))


def _round_trips(article: Article) -> None:
    again = doingoai.from_json(Article, doingoai.to_json(article))
    assert again == article, "JSON round trip"
    assert again.warnings == article.warnings
    assert pickle.loads(pickle.dumps(article)) == article, "pickle round trip"
    try:
        raw = doingoai.dumps(article)
    except DoingoaiError:
        return
    if not article.warnings:  # a flaw read leniently is not written back
        assert doingoai.parse(raw) == article, "raw round trip in the article's own format"


def _jsonl_line(data: bytes) -> None:
    """The bytes as a line of a JSON-lines file: an article or a ParseError."""
    with contextlib.suppress(DoingoaiError):
        doingoai.from_dict(Article, loads(data))
    for line in io.BytesIO(data):
        with contextlib.suppress(DoingoaiError):
            doingoai.from_dict(Article, loads(line))


_first = True


def _cold() -> bool:
    """Whether this is the first input: it pays for loading the lexicon."""
    global _first
    cold, _first = _first, False
    return cold
