"""Property tests: the parser never fails but with ParseError, spans stay in bounds,
and every model value and every article survives a round trip."""

from __future__ import annotations

import copy
import pickle
import re
import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import doingoai
from doingoai import Article, ArticleFormat, Block, ParseError, PartialDate, Span, WriteError
from doingoai.extract._reading import reading_copy
from doingoai.formats import detect
from doingoai.lexicon import Lexicon
from doingoai.text import fold
from tests.cases import load_cases
from tests.strategies import PEOPLE_WORDS, blocks, partial_dates, raw_articles, spans

# Example counts come from the profile (tests/conftest.py): "default" or "thorough".
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_or_none(data):
    try:
        return doingoai.parse(data)
    except ParseError as error:
        assert error.reason  # noqa: PT017 - the error must say why, whatever the input
        return None


def assert_well_formed(article: Article) -> None:
    # An extractor's crash is kept from users as a warning; here it is a failure.
    assert not any("the extractors failed" in w.reason for w in article.warnings)
    assert article.text == unicodedata.normalize("NFC", article.text)
    position = 0
    for block in article.blocks:
        assert 0 <= block.span.start <= block.span.end <= len(article.text)
        assert block.span.start >= position
        assert article.text[block.span.slice] == block.text
        assert block.text.strip() == block.text
        assert block.text
        position = block.span.end


@SETTINGS
@given(st.text())
def test_any_text_gives_an_article_or_a_parse_error(text):
    article = parse_or_none(text)
    if article is not None:
        assert_well_formed(article)


@SETTINGS
@given(st.binary())
def test_any_bytes_give_an_article_or_a_parse_error(data):
    article = parse_or_none(data)
    if article is not None:
        assert_well_formed(article)


@SETTINGS
@given(st.text(alphabet="ả ạ ă â đ ê ô ơ ư Ả Đ Ê\u0300\u0301\u0303\u0309\u0323\u0302\u0306\n-:.[]"))
def test_vietnamese_in_nfc_and_nfd(text):
    nfc = parse_or_none(unicodedata.normalize("NFC", text))
    nfd = parse_or_none(unicodedata.normalize("NFD", text))
    assert nfc == nfd
    if nfc is not None:
        assert_well_formed(nfc)


@SETTINGS
@given(raw_articles())
def test_generated_articles_parse(raw):
    article = doingoai.parse(raw)
    assert_well_formed(article)
    assert article.format.value in ("date-header", "jekyll", "plain")


@SETTINGS
@given(raw_articles())
def test_dumps_in_own_format_round_trips(raw):
    article = doingoai.parse(raw)
    again = doingoai.parse(doingoai.dumps(article))
    assert again == article
    assert again.id == article.id
    assert again.published_at == article.published_at


@SETTINGS
@given(raw_articles(), st.sampled_from(ArticleFormat))
def test_dumps_in_another_format_keeps_text_and_dates(raw, target):
    article = doingoai.parse(raw)
    if target is ArticleFormat.DATE_HEADER and article.published is None:
        with pytest.raises(WriteError, match="needs a publication date"):
            doingoai.dumps(article, target)
        return
    if target is ArticleFormat.PLAIN:
        # Plain text cannot hold a date; a body that looks like a header would gain one.
        assume(article.text != "" and detect(article.text).format is ArticleFormat.PLAIN)
    converted = doingoai.parse(doingoai.dumps(article, target))
    assert converted.format is target
    assert converted.text == article.text
    if target is not ArticleFormat.PLAIN:
        assert converted.published == article.published
    if target is ArticleFormat.JEKYLL:
        assert converted.published_at == article.published_at
        assert converted.title == article.title


@SETTINGS
@given(partial_dates())
def test_partial_date_round_trips(date):
    assert PartialDate.parse(str(date)) == date
    assert doingoai.from_json(PartialDate, doingoai.to_json(date)) == date


@SETTINGS
@given(spans())
def test_span_round_trips(span):
    assert doingoai.from_dict(Span, doingoai.to_dict(span)) == span


@SETTINGS
@given(blocks())
def test_block_round_trips(block):
    assert doingoai.from_json(Block, doingoai.to_json(block)) == block


@SETTINGS
@given(raw_articles())
def test_article_round_trips_through_dict_and_json(raw):
    article = doingoai.parse(raw)
    assert doingoai.from_dict(Article, doingoai.to_dict(article)) == article
    restored = doingoai.from_json(Article, doingoai.to_json(article))
    assert restored == article
    assert restored.published_at == article.published_at
    assert dict(restored.metadata) == dict(article.metadata)


@SETTINGS
@given(raw_articles())
def test_article_round_trips_through_pickle_and_copy(raw):
    article = doingoai.parse(raw, source="post.md")
    for restored in (pickle.loads(pickle.dumps(article)), copy.deepcopy(article)):
        assert restored == article
        assert restored.source == "post.md"
        assert restored.published_at == article.published_at
        assert restored.metadata == article.metadata
        with pytest.raises(TypeError):  # still read-only
            restored.metadata["title"] = "x"  # type: ignore[index]


@SETTINGS
@given(raw_articles())
def test_speaker_spans_lie_in_the_text_and_cover_their_names(raw):
    article = doingoai.parse(raw)
    for speaker in article.speakers:
        assert speaker.mentions
        assert speaker.key == " ".join(fold(speaker.name).split())
        for span in speaker.mentions:
            assert 0 <= span.start < span.end <= len(article.text)
        # At least one mention is the name itself, as written.
        assert any(fold(article.span_text(m)) == speaker.key for m in speaker.mentions)
    for statement in article.statements:
        assert article.speaker(statement.speaker) is not None
        assert 0 <= statement.span.start < statement.span.end <= len(article.text)
        # What was said, as read: markup as spaces, one space for several.
        said = reading_copy(article, Lexicon.default()).text[statement.span.slice]
        assert " ".join(statement.content.split()) in " ".join(said.split())


@SETTINGS
@given(st.lists(st.sampled_from(PEOPLE_WORDS), min_size=1, max_size=40).map(" ".join))
def test_speakers_never_crash_on_title_soup(words):
    article = doingoai.parse(" date 2024-01-02 " + words)
    assert_well_formed(article)
    for speaker in article.speakers:
        for span in speaker.mentions:
            assert article.text[span.slice].strip() == article.text[span.slice]


def _fixture_sentences() -> list[str]:
    """Every sentence of the team-written extraction fixtures, without their headers."""
    found = []
    for name in ("speakers.txt", "meetings.txt", "directives.txt"):
        for case in load_cases(name):
            for line in case.values[0].splitlines():
                body = re.sub(r"^ date \S+ ?", "", line)
                found += [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s) > 3]
    return found


FIXTURE_SENTENCES = _fixture_sentences()


_CUT_PARAGRAPH = st.tuples(
    st.lists(st.sampled_from(FIXTURE_SENTENCES), min_size=1, max_size=3).map(" ".join),
    st.integers(1, 40),
).map(lambda pair: " ".join(pair[0].split()[: pair[1]]))


@settings(SETTINGS, max_examples=300)
@given(st.lists(_CUT_PARAGRAPH, min_size=1, max_size=6))
def test_shuffled_sentences_cut_anywhere_give_consistent_extractions(paragraphs):
    # Real paragraphs end anywhere (a scraper's cut, a teaser), so each is cut after a
    # number of words. One ending right after "cho biết" used to raise IndexError.
    article = doingoai.parse(" date 2024-01-02 " + "\n\n".join(paragraphs))
    assert_well_formed(article)
    keys = {speaker.key for speaker in article.speakers}
    for meeting in article.meetings:
        assert meeting.chair is None or meeting.chair in keys
        assert set(meeting.participants) <= keys
        assert meeting.chair not in meeting.participants
    # An issuer is someone named, or a title the text gives someone it never names.
    assert {d.issuer for d in article.directives if d.issuer is not None} <= keys
    assert all((d.issuer is None) == bool(d.issuer_title) for d in article.directives)
    assert {statement.speaker for statement in article.statements} <= keys


def _over_generated_articles(check) -> Counter[str]:
    """Run ``check(article, seen)`` on generated articles; return what it counted."""
    seen: Counter[str] = Counter()

    # Enough examples that the strategies' meetings and directives always show up: at
    # a hundred, hypothesis's first phases sometimes wrote only three or four.
    @settings(SETTINGS, max_examples=300)
    @given(raw_articles())
    def run(raw):
        seen["articles"] += 1
        article = doingoai.parse(raw)
        assert_well_formed(article)
        check(article, seen)

    run()
    return seen


def test_meeting_spans_and_keys_are_consistent():
    def check(article, seen):
        keys = {speaker.key for speaker in article.speakers}
        seen["with a meeting"] += bool(article.meetings)
        seen["with a dated meeting"] += any(m.date for m in article.meetings)
        for meeting in article.meetings:
            assert 0 <= meeting.span.start < meeting.span.end <= len(article.text)
            assert meeting.chair is None or meeting.chair in keys
            assert set(meeting.participants) <= keys
            assert meeting.chair not in meeting.participants
            if meeting.date is not None and article.published is not None and not meeting.planned:
                assert meeting.date.year <= article.published.year + 1

    seen = _over_generated_articles(check)
    # The loops above must run: the strategies write meetings, dated ones among them.
    assert seen["with a meeting"] >= seen["articles"] // 30, seen
    assert seen["with a dated meeting"] >= 1, seen


def test_directive_and_document_spans_are_consistent():
    def check(article, seen):
        keys = {speaker.key for speaker in article.speakers}
        seen["with a directive"] += bool(article.directives)
        seen["with a document"] += bool(article.documents)
        seen["with a directive citing one"] += any(d.documents for d in article.directives)
        for directive in article.directives:
            assert directive.issuer in keys or (
                directive.issuer is None
                and directive.issuer_title
                and directive.issuer_title in article.text[directive.span.slice]
            )
            assert 0 <= directive.span.start < directive.span.end <= len(article.text)
            for cited in directive.documents:
                (whole,) = [d for d in article.documents if d.text == cited.text]
                assert set(cited.spans) <= set(whole.spans)
                assert all(
                    directive.span.start <= span.start < directive.span.end for span in cited.spans
                )
            assert directive.meeting is None or 0 <= directive.meeting < len(article.meetings)
        for document in article.documents:
            assert document.spans == tuple(sorted(document.spans, key=lambda s: s.start))
            for span in document.spans:
                assert article.text[span.slice].startswith(document.kind)

    seen = _over_generated_articles(check)
    # The loops above must run: the strategies write directives and cited documents.
    assert seen["with a directive"] >= seen["articles"] // 10, seen
    assert seen["with a document"] >= seen["articles"] // 10, seen
    assert seen["with a directive citing one"] >= 1, seen
