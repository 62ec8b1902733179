"""Directives: who directed whom to do what, how strongly, citing which document.

A directive is a directive verb (``chỉ đạo``, ``chỉ thị``, ``yêu cầu``, ``giao``,
``đề nghị``, ``căn dặn``, ``lưu ý``; also ``nhấn mạnh yêu cầu``; ``kêu gọi`` and
``nhắc nhở`` when a lexicon of one's own adds them) right
after a mention of its issuer — a name, or a bare title, pronoun or epithet the
speakers extractor resolved (``Người đứng đầu Đảng và Nhà nước đề nghị …``) — or a
verb coordinated with the sentence's first statement verb, which shares its subject
(``Phó Thủ tướng … hoan nghênh …; đề nghị hai bên …``) when it names whom it directs
right after it and no ``của`` makes it a noun. After the
verb come the addressees (up to the first word of the action: ``Bộ Ngoại giao | tiếp
tục đôn đốc …``, or a person named with a title: ``Đại sứ Hà Vĩ | chuyển lời …``) and
the content; ``lưu ý, …, các cơ quan đại diện cần …`` names its
addressee before the modal; ``yêu cầu Bộ Ngoại giao, Bộ Quốc phòng: …`` names its
addressees before the colon. A list after a colon gives the items. Later sentences
with a modal about the addressee (``các cơ quan đại diện cần …``, ``Cùng với đó, …``)
continue the directive, until someone else is mentioned. A directive another by the
same issuer and verb tells in full (a headline restating the body's) is that one.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Container
from sys import intern

import attrs

from doingoai.extract._analysis import analysis_of, statement_pattern
from doingoai.extract._positions import Mentions
from doingoai.extract.dates import without_days
from doingoai.lexicon import DESCRIBING_ROLES, Lexicon
from doingoai.model import (
    Article,
    BlockKind,
    Directive,
    DirectiveForce,
    DocumentRef,
    Meeting,
    Span,
    Speaker,
)
from doingoai.structure import ends_with_credit
from doingoai.text import (
    FIELD_PAIRS,
    LOWER,
    SENTENCE,
    fold,
    match_key,
    says_something,
    words_pattern,
)

__all__ = ["extract_directives"]

# Before a verb that gives one more directive of the same issuer: "…, đồng thời đề nghị
# …", "… và yêu cầu …". Not after ";": "đề nghị hai bên thực hiện …; chỉ đạo các cấp …"
# lists what the addressees are to do, unless "đồng thời" says the issuer goes on: "…;
# đồng thời chỉ đạo các cơ quan đại diện …".
_NEXT_DIRECTIVE = re.compile(
    r"(?:(?:,|\svà)\s+(?:(?:đồng thời|cũng|tiếp tục|và)\s+)*"
    r"|;\s+đồng thời\s+(?:(?:cũng|tiếp tục)\s+)*)$"
)
_SEMICOLON = re.compile(r";\s+$")
_DASHES = ("-", "–")  # a dash opens titles after a name, and another closes them
# "đây", "điều này": what the speaker points to, never whom they address.
# What is asked, not whom: "lưu ý đây là …", "lưu ý điều quan trọng là …".
_POINTS_BACK = re.compile(
    r"(?:đây|đó|điều (?:này|đó|quan trọng|cần thiết|cốt lõi|then chốt|cần|đáng)|việc (?:này|đó))"
    r"(?!\w)"
)
# "… trực tiếp lãnh đạo, chỉ đạo các cơ quan …": the pair is the addressees' task.
_LEADS_BEFORE = re.compile(r"(?<!\w)lãnh đạo$")
_LEAD_PAIR = re.compile(r"(?<!\w)lãnh đạo(?:,|\s+và)\s+$")
_LEADING_MODAL = re.compile(r"^(?:(?:cần|phải|hãy)\s+)+", re.IGNORECASE)
_MODAL = re.compile(r"(?<!\w)(?:cần(?! thiết)|phải)(?!\w)")  # "cần thiết" is "needed"
# "lãnh đạo" leads ("Đảng ủy … lãnh đạo toàn ngành") after an addressee, but first it is
# the addressee: "đề nghị lãnh đạo các bộ, ngành …".
_LEADERS = frozenset({"lãnh"})
# Adverbs between an addressee and what it must do, which they open: "các bộ đều phải …".
_ADVERBS_BEFORE_ACTION = frozenset({"cũng", "đều", "vẫn", "luôn", "còn"})
_LEADING_ADVERBS = re.compile(rf"(?:(?:{'|'.join(_ADVERBS_BEFORE_ACTION)})\s+)*")
# Words "giao" makes another word with: hand back, trade, exchange, traffic, briefing …
_GIAO_COMPOUNDS = frozenset(
    "lại dịch lưu thông hữu tiếp nộp hàng ban thương kết tranh thoa nhận".split()
)
# Words after "yêu cầu" that make it a noun: "yêu cầu đặt ra", "yêu cầu của …".
_REQUIREMENT_AFTER = frozenset({"đặt ra", "của", "này", "đó", "cấp thiết", "cấp bách"})
# Words of the action lexicon that begin something else: "trong trường hợp cần thiết".
_NOT_ACTIONS = frozenset({"cần thiết"})
# "tổ chức" as a noun, one more addressee: "các cấp ủy, tổ chức đảng …", "các cơ quan, tổ
# chức, cá nhân liên quan …", "các ngân hàng, tổ chức tín dụng …" (keyed); not "tổ chức
# thực hiện", "tổ chức hội nghị".
_ORGANISATIONS = re.compile(
    r"tổ chức(?:,?\s(?:và\s)?(?:cá nhân|doanh nghiệp|đơn vị|cơ quan)"
    r"|\s(?:đảng|chính trị|xã hội|quốc tế|tín dụng|liên quan|đoàn thể|thành viên|kinh tế"
    r"|phi chính phủ|công đoàn|tôn giáo|hành nghề|trong nước|nước ngoài))(?!\w)"
)
# Words before whom "cho" gives a task to: "giao cho các bộ …", "giao cho tỷ phú …".
_GIVEN_TO = frozenset({"các", "những", "tỷ", "ông", "bà"})


def _without_task_words(phrase: str) -> str:
    """An addressee without the words around whom a task is given, not theirs.

    "giao cho Ủy ban nhân dân tỉnh … chủ trì …", "giao Bộ Tài chính nhiệm vụ rà soát …",
    "giao nhiệm vụ cho Bộ Tài chính …": whom, without the "nhiệm vụ" and "cho" around.
    """
    words = phrase.split()
    if words[:2] == ["nhiệm", "vụ"]:
        words = words[2:]
    if len(words) > 1 and words[0] == "cho" and (words[1][0].isupper() or words[1] in _GIVEN_TO):
        words = words[1:]
    if words[-2:] == ["nhiệm", "vụ"]:
        words = words[:-2]
    return " ".join(words)


# Action words that are the second half of a noun after these: "đào tạo", "hàng không",
# "quá trình" (a process), "lộ trình" (a roadmap), "chương trình", "công trình" …
_NOUN_WITH: dict[str, frozenset[str]] = {
    "tạo": frozenset({"đào", "sáng", "cải", "chế"}),
    "không": frozenset({"hàng"}),
    "trình": frozenset("quá lộ chương quy công hành tiến giáo phương".split()),
    "mở": frozenset({"cởi"}),
    "giữ": frozenset({"gìn"}),
}
# A quotation after whom is asked opens what: "yêu cầu chủ đầu tư, nhà thầu “vượt nắng,
# thắng mưa” …".
_OPENING_QUOTES = frozenset("“\"‘'«")  # double, single and angle quotes
# Words that count or make a noun of the word after them: no action follows them ("các
# tổ chức", "sự hợp tác").
_COUNTING = frozenset("hai ba các những mọi mỗi từng sự".split())
_NEWLINE = re.compile("\n")
# A sentence that answers ("Trả lời nội dung này, bộ trưởng …"): another's words (keyed).
_ANSWERING = re.compile(r"(?:trả lời|giải trình|phản hồi|đáp lại)(?!\w)")
_FOLLOW_ON = re.compile(r"(?:cùng với đó|bên cạnh đó|đồng thời|ngoài ra)(?!\w)")
_ASIDE = re.compile(r"^(?:trong đó|nhất là|đặc biệt là|kể cả)(?!\w)")
# An item that opens with whom it is for, then a dash or a colon: "Bộ Ngoại giao - Xây
# dựng …", "Bộ Quốc phòng: chỉ đạo …".
_ITEM_ADDRESSEE = re.compile(r"(?P<who>[A-ZĐ][^-–:;,.]{1,80}?)\s+[-–:]\s+(?=\S)")
# A list's marks may carry Markdown's escape, as converters write them: "1\.", "\-".
_NUMBERING = re.compile(r"[0-9]+\\?[).]|\([0-9]+\)|[a-z]\\?\)")  # not "-", not "Một là,"
_DIRECTIVE_OPENINGS = ("chỉ đạo ", "yêu cầu ", "giao ", "đề nghị ", "chỉ thị ")
_ITEM_MARK = re.compile(
    r"^\s*(?:[0-9]+\\?[).]|\([0-9]+\)|[a-z]\\?[)]|\\?[-–•]|[*+](?=\s)"
    # Spoken ordinals: "Một là, …", "Thứ hai, …".
    r"|(?i:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là|thứ (?:nhất|hai|ba|tư|năm|sáu"
    r"|bảy|tám|chín|mười)),)\s*"
)
_PERSONS_LISTED = re.compile(r",?\s+và\s+|,\s+")
_MAX_ADDRESSEE_WORDS = 24  # syllables: "các bộ, ngành, địa phương và các cơ quan …"
_NO_DIRECTIVES = frozenset((BlockKind.CAPTION, BlockKind.QUESTION))


@functools.lru_cache(maxsize=8)
def _statement_verbs(lexicon: Lexicon) -> tuple[str, ...]:
    """The statement verbs, folded, each with the space that ends it."""
    return tuple(f"{match_key(verb)} " for verb in lexicon.statement_verbs)


@functools.lru_cache(maxsize=8)
def _posts(lexicon: Lexicon) -> tuple[str, ...]:
    """Every role and rank, with the space after it: what may open a title."""
    return tuple(f"{post} " for post in lexicon.roles | lexicon.ranks)


@functools.lru_cache(maxsize=8)
def _verb_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return words_pattern(lexicon.directive_forces)


@attrs.define
class _Draft:
    issuer: str | None
    verb: str
    force: DirectiveForce
    start: int
    end: int
    addressees: list[str]
    base: str  # the content the directive's own sentence gives
    items: list[str]
    verb_end: int = 0  # where its verb ends in the text
    issuer_title: str | None = None  # the title of an issuer never named
    items_from_blocks: bool = False  # the list after "… yêu cầu:" is being read
    lead_in: str = ""  # the content before that list's colon
    # Later sentences that carry the directive on. Parts are joined once, in content:
    # a directive of ten thousand items is not re-joined ten thousand times.
    follow_ons: list[str] = attrs.Factory(list)
    written_items: list[str] = attrs.Factory(list)  # the items with their numbers

    @property
    def content(self) -> str:
        if self.items_from_blocks:
            listed = "; ".join(self.written_items)
            text = f"{self.lead_in}: {listed}" if self.lead_in else listed
        else:
            text = self.base
        return ". ".join([text, *self.follow_ons]) if self.follow_ons else text

    def opens_list(self) -> bool:
        """Whether the paragraphs after it may be its items ("… yêu cầu:" and nothing)."""
        if self.items_from_blocks:
            return True
        last = self.follow_ons[-1] if self.follow_ons else self.base
        return last.endswith(":") or not last


class _Extraction:
    def __init__(self, article: Article, lexicon: Lexicon, speakers: tuple[Speaker, ...]) -> None:
        self.article = article
        self.text = article.text
        self.analysis = analysis_of(article.text)
        self.keyed = self.analysis.keyed
        self.lexicon = lexicon
        self.mentions = Mentions(speakers)
        # A person's titles as given, longest first, then their roles: a post written
        # again alone ("(Thủ tướng)" of one given "Thủ tướng Chính phủ") is theirs too.
        self.titles = {
            speaker.key: tuple(
                dict.fromkeys(
                    [
                        *sorted((match_key(t.text) for t in speaker.titles), key=len, reverse=True),
                        *(match_key(t.role) for t in speaker.titles if t.role),
                    ]
                )
            )
            for speaker in speakers
        }
        self._caption_lines: dict[int, bool] = {}  # by line, whether it ends with a credit

    def issuer_before(self, sentence_start: int, verb_start: int) -> tuple[str, int] | None:
        """The person mentioned right before a verb: (key, where the mention starts)."""
        # The mention, and the titles between it and the verb, lie close before the verb:
        # a sentence of a thousand mentions is not read again at each of its verbs.
        reach = max(sentence_start, verb_start - _ISSUER_REACH)
        for start, end, key in reversed(self.mentions.starting_in(reach, verb_start)):
            if end > verb_start:
                continue
            if self.not_the_subject(key, start):
                return None
            words = self.words_after(key, end, verb_start)
            if (
                all(word in self.lexicon.adverbs for word in words)
                or _SIGNED.fullmatch(" ".join(words))
                or self.says_will(words)
                or self.dated_gap(key, end, verb_start)
            ):
                return self.first_of_pair(sentence_start, key, start)
            return None
        return None

    def not_the_subject(self, key: str, start: int) -> bool:
        """Whether the mention of ``key`` at ``start`` is asked to direct, or a passive's agent.

        "kiến nghị Thủ tướng … chỉ đạo …": asked to direct, not directing; "được Thủ
        tướng … giao …", "Nhân sự được Thủ tướng đề nghị là …": the agent of a passive,
        no subject. Only the person's own titles or an honorific lie between.
        """
        before = _NOT_THE_SUBJECT.search(self.keyed, max(0, start - _ASKED_REACH), start)
        if before is None:
            return False
        between = before.group("between").strip()
        return (
            not between or between in self.titles.get(key, ()) or between in self.lexicon.honorifics
        )

    def first_of_pair(self, sentence_start: int, key: str, start: int) -> tuple[str, int]:
        """The first of two people who are one subject ("A và B đề nghị …"), else this one.

        As the first of co-chairs chairs, the first named of a joint subject issues.
        """
        before = self.mentions.starting_in(sentence_start, start)
        if not before or not self.keyed.startswith(" và ", before[-1][1]):
            return key, start
        # Between "và" and the second name, only that person's title or an honorific.
        between = self.keyed[before[-1][1] + len(" và ") : start].strip()
        if not between or between in self.titles.get(key, ()) or between in self.lexicon.honorifics:
            return before[-1][2], before[-1][0]
        return key, start

    def dated_gap(self, key: str, end: int, verb_start: int) -> bool:
        """Whether a day told, and adverbs, are all between a mention and its verb.

        "Thủ tướng … ngày 8/5 yêu cầu …", "… sáng nay đã chỉ đạo …", as wire copy dates
        the act after the subject.
        """
        if _DAY_CUE.search(self.keyed, end, verb_start) is None:
            return False  # no digit and no "nay", "qua": no day (most gaps)
        gap = without_days(self.text, self.article.published, end, verb_start, self.keyed)
        words = self.without_titles(key, end, verb_start, gap).replace(",", " ").split()
        return all(word in self.lexicon.adverbs for word in words)

    def after_comma(self, issuer: tuple[str, int], verb_start: int) -> bool:
        """Whether a comma parts the mention before a verb from it (titles apart)."""
        key, start = issuer
        return "," in self.without_titles(key, start, verb_start)

    def says_will(self, words: list[str]) -> bool:
        """Whether ``words`` are a statement verb and adverbs: "cho biết sẽ", "khẳng định đã".

        "Thủ tướng … cho biết sẽ chỉ đạo các bộ …": what the speaker says they will direct.
        """
        said = " ".join(words) + " "
        verb = self.statement_verb(said)
        rest = said[len(verb) :].split() if verb else []
        return bool(rest) and all(word in self.lexicon.adverbs for word in rest)

    def statement_verb(self, said: str) -> str | None:
        """The statement verb (folded, with its space) that ``said`` opens with, if any."""
        return next((v for v in _statement_verbs(self.lexicon) if said.startswith(v)), None)

    def carried_subject(self, sentence_start: int, verb_start: int) -> tuple[str, int] | None:
        """The subject a coordinated verb carries over: (key, where the mention starts).

        "Phó Thủ tướng hoan nghênh …; đề nghị …", "Thủ tướng nhấn mạnh … và đề nghị …",
        "Tập Cận Bình cũng cho biết …, đề nghị …": a verb right after a comma, a
        semicolon, "và" or "đồng thời" shares the subject of the sentence's first
        statement verb or document signed (the first person followed by one: see
        :meth:`says_after`).
        """
        if not self.coordinated(sentence_start, verb_start):
            return None
        # The subject within reach.
        reach = max(sentence_start, verb_start - _SUBJECT_REACH)
        for start, end, key in self.mentions.starting_in(reach, verb_start):
            if end <= verb_start and self.says_after(end, verb_start, key):
                return key, start
        return None

    def coordinated(self, sentence_start: int, verb_start: int) -> bool:
        """Whether a verb comes right after a comma, a semicolon, "và" or "đồng thời"."""
        # Only the words right before the verb are read.
        words = self.keyed[max(sentence_start, verb_start - _ISSUER_REACH) : verb_start].split()
        coordinated = words[-2:] == ["đồng", "thời"]  # also counted as adverbs
        while words and words[-1] in self.lexicon.adverbs:
            words.pop()
        return bool(words) and (coordinated or words[-1] == "và" or words[-1][-1] in ",;")

    def carried_title(
        self, sentence_start: int, verb_start: int
    ) -> tuple[str | None, str | None, int] | None:
        """The title a coordinated verb carries over, as :meth:`titled_issuer` gives it.

        "Tổng Bí thư nhấn mạnh, yêu cầu …": a verb right after a statement verb and a
        comma, ``và`` or ``đồng thời``, whose subject is a title that spoke first.
        """
        if not self.coordinated(sentence_start, verb_start):
            return None
        # The statement verb ends right before the joint: a short reach back finds it.
        reach = max(sentence_start, verb_start - _SAID_REACH)
        said = collections.deque(
            statement_pattern(self.lexicon).finditer(self.keyed, reach, verb_start), maxlen=1
        )
        # The title spoke right before: "… nhấn mạnh, yêu cầu", not "… cho biết, nhằm …,
        # sở thường xuyên phối hợp, chỉ đạo …" (the department directs).
        if not said or _JOINT.fullmatch(self.keyed, said[0].end(), verb_start) is None:
            return None
        return self.titled_issuer(sentence_start, said[0])

    def says_after(self, end: int, limit: int, key: str) -> bool:
        """Whether a statement verb follows the person's mention ending at ``end``.

        Or a document they signed: "Thủ tướng … đã ký ban hành Chỉ thị số 20/CT-TTg về
        …, yêu cầu …" carries the signer over.
        """
        words = self.words_after(key, end, min(limit, end + _SAYS_REACH))[: _MAX_ADVERBS + 3]
        # Adverbs are read word by word, and one may open the act: "đồng" (of "đồng thời")
        # opens "đồng ý".
        while words and words[0] in self.lexicon.adverbs and not self.opens_act(words):
            words.pop(0)
        return self.opens_act(words)

    def opens_act(self, words: list[str]) -> bool:
        """Whether ``words`` open a statement verb, a document signed or assent.

        Assent, then the task: "Thủ tướng đồng ý chủ trương … và giao Bộ …".
        """
        said = " ".join(words) + " "
        return (
            self.statement_verb(said) is not None
            or _SIGNED.match(said) is not None
            or said.startswith("đồng ý ")
        )

    def words_after(self, key: str, start: int, stop: int) -> list[str]:
        """The folded words of ``[start, stop)``, after a mention of ``key``.

        The person's own titles written after the name (", Ủy viên Bộ Chính trị, …") are
        left out.
        """
        return self.without_titles(key, start, stop).replace(",", " ").split()

    def without_titles(self, key: str, start: int, stop: int, text: str | None = None) -> str:
        """The folded text of ``[start, stop)`` less the titles of ``key`` after commas.

        Or between dashes: "Ông Cao Tường Huy - Chủ tịch UBND tỉnh Quảng Ninh - yêu cầu
        …" (the closing dash goes with them), or in brackets: "Bùi Thanh Sơn (Phó Thủ
        tướng) đề nghị …". ``text``: that part as read already.
        """
        text = self.keyed[start:stop] if text is None else text
        dashed = False
        titles = self.titles.get(key, ())
        for title in titles:
            text = text.replace(f", {title}", " ").replace(f"({title}", "(")
            for dash in _DASHES:
                if f"{dash} {title}" in text:
                    text = text.replace(f"{dash} {title}", " ")
                    dashed = True
        if dashed:
            text = text.lstrip(" ,")
            if text[:1] in _DASHES:
                text = text[1:]
        if titles and "(" in text:
            text = _EMPTIED_BRACKETS.sub(" ", text)  # "(, )": the titles it held are out
        # "Đại biểu Phạm Văn Hòa (Đồng Tháp) đề nghị …": the person's place, delegation or
        # party aside.
        return _PERSON_ASIDE.sub(" ", text, count=1)

    def drafts(self) -> list[_Draft]:
        pattern = _verb_pattern(self.lexicon)
        drafts: list[_Draft] = []
        current: _Draft | None = None
        for block in self.article.blocks:
            if block.kind in (BlockKind.LINK, BlockKind.IMAGE):
                continue
            if (
                current is not None
                and block.kind not in _NO_DIRECTIVES
                and self.list_item(current, block.span.start, block.span.end)
            ):
                continue
            asking = False  # whether a sentence of the block directs, or runs one on
            for sentence in SENTENCE.finditer(self.text, block.span.start, block.span.end):
                start, end = sentence.span()
                if block.kind in _NO_DIRECTIVES or self.in_caption_line(start):
                    continue
                found = self.directives_in(pattern, start, end)
                if found:
                    current = found[-1]
                    drafts += found
                    asking = True
                    continue
                if self.mentions_someone(start, end):
                    current = None  # someone else speaks: the last directive is over
                elif current is not None and block.kind is not BlockKind.HEADING:
                    asking = self.follow_on(current, start, end) or asking
            if (
                current is not None
                and not asking
                and block.kind not in _NO_DIRECTIVES
                and not current.items_from_blocks
            ):
                # What a directive asks runs on in its paragraph, and the paragraphs right
                # after it that ask more; one that asks nothing ends it (a list's item
                # may run on in paragraphs unmarked).
                current = None
        return drafts

    def in_caption_line(self, position: int) -> bool:
        """Whether ``position`` is on a line that ends with a photo credit.

        A page scraped without blank lines keeps its captions as lines of a paragraph
        (``| Thủ tướng … đề nghị hai bên … (Nguồn: VGP) |``): what they say of a photo
        repeats the text, and directs no one.
        """
        starts = self.line_starts
        index = bisect.bisect_right(starts, position) - 1
        known = self._caption_lines.get(index)
        if known is None:  # each line read once, however many sentences it holds
            end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.text)
            line = self.text[starts[index] : end]
            known = self._caption_lines[index] = ends_with_credit(line.strip(" |"))
        return known

    @functools.cached_property
    def line_starts(self) -> list[int]:
        """Where each line of the text starts."""
        return [0, *(found.end() for found in _NEWLINE.finditer(self.text))]

    def mentions_someone(self, start: int, end: int) -> bool:
        return bool(self.mentions.starting_in(start, end))

    def directives_in(self, pattern: re.Pattern[str], start: int, end: int) -> list[_Draft]:
        """The directives of a sentence: its first, and those its issuer goes on to give.

        "Thủ tướng đề nghị phía Lào đẩy nhanh dự án, đồng thời đề nghị hai bên …": a
        verb after a comma or ``và`` that names whom it directs right after it is one
        more directive of the same issuer; the one before it ends there.
        """
        first = self.directive_in(pattern, start, end)
        if first is None:
            return []
        more: list[tuple[int, re.Match[str]]] = []  # where each next one's clause begins
        first_verb = self.keyed[first.verb_end - len(first.verb) : first.verb_end]
        colon = self.keyed.find(":", first.verb_end, end)  # found once: a list of tasks
        for verb in self.analysis.found(pattern).within(first.verb_end, end):
            # The joint ends at the verb, the pair before it at the joint: short reaches.
            near = max(first.verb_end, verb.start() - _JOINT_REACH)
            joint = _NEXT_DIRECTIVE.search(self.keyed, near, verb.start())
            if joint is None and verb.group() == first_verb:
                # "giao Bộ Công Thương …; giao UBND các tỉnh …": the verb said again after
                # a semicolon is the issuer's, as "; đồng thời" would make it; not in a
                # list after a colon ("… thực hiện: rà soát …; chỉ đạo các bộ …"), a task.
                joint = _SEMICOLON.search(self.keyed, near, verb.start())
                if joint is not None and 0 <= colon < joint.start():
                    joint = None
            if (
                joint is None
                or _compound_after(verb.group(), self.keyed, verb.end(), self.text)
                or _LEADS_BEFORE.search(self.keyed, max(near, joint.start() - 12), joint.start())
            ):
                continue
            addressees, _ = self.addressees(verb.end(), end)
            if self.directs(verb, addressees, end):
                more.append((joint.start(), verb))
        if not more:
            return [first]
        first = self.directive_in(pattern, start, more[0][0]) or first
        found = [first]
        for (_, verb), (stop, _) in zip(more, [*more[1:], (end, None)], strict=True):
            addressees, content_start = self.addressees(verb.end(), stop)
            found.append(
                self.draft(
                    verb,
                    first.issuer,
                    first.issuer_title,
                    verb.start(),
                    stop,
                    addressees,
                    content_start,
                )
            )
        return found

    def directive_in(self, pattern: re.Pattern[str], start: int, end: int) -> _Draft | None:
        for verb in self.analysis.found(pattern).within(start, end):
            if _compound_after(verb.group(), self.keyed, verb.end(), self.text):
                continue  # "giao lại", "giao dịch", "giao ban": another word, no assigning
            issuer = self.issuer_before(start, verb.start())
            carried = issuer is None
            if carried and _LEAD_PAIR.search(
                self.keyed, max(start, verb.start() - 16), verb.start()
            ):
                continue  # "… đã lãnh đạo, chỉ đạo các cấp …": the pair is what others did
            if issuer is None:
                issuer = self.carried_subject(start, verb.start())
            elif self.after_comma(issuer, verb.start()):
                # "A chúc mừng B được bầu làm Chủ tịch …, đồng thời đề nghị …": the one
                # named before the comma is the object; the verb carries A's subject (a
                # directive all the same when no one is named after it: not "carried").
                issuer = self.carried_subject(start, verb.start()) or issuer
            title = None
            if issuer is None:
                titled = self.titled_issuer(start, verb)
                if titled is None:
                    titled = self.carried_title(start, verb.start())
                if titled is None:
                    continue
                key, title, mention_start = titled
                carried = False
            else:
                key, mention_start = issuer
            addressees, content_start = self.addressees(verb.end(), end)
            if carried and not self.directs(verb, addressees, end):
                # "…, yêu cầu khách quan, …", "cảm ơn sự quan tâm, chỉ đạo sâu sát của …":
                # nouns in a list: a carried-over verb directs or is no directive.
                continue
            return self.draft(verb, key, title, mention_start, end, addressees, content_start)
        return None

    def directs(self, verb: re.Match[str], addressees: list[str] | None, end: int) -> bool:
        """Whether ``verb`` directs: someone named right after it, or what its colon opens.

        "… và đề nghị Bộ Ngoại giao …", "… và đề nghị: Bộ Ngoại giao …"; not the noun of
        "cảm ơn sự quan tâm, chỉ đạo sâu sát của …".
        """
        following = self.keyed[verb.end() : end].split(maxsplit=_NOUN_REACH)
        return _directs_someone(addressees, following[:_NOUN_REACH]) or self.keyed.startswith(
            ":", verb.end()
        )

    def draft(
        self,
        verb: re.Match[str],
        issuer: str | None,
        issuer_title: str | None,
        start: int,
        end: int,
        addressees: list[str] | None,
        content_start: int,
    ) -> _Draft:
        """The directive of ``verb``, its action read from ``content_start`` to ``end``."""
        content = _clause(self.text[content_start:end])
        if addressees is None:  # "lưu ý, …, các cơ quan đại diện cần …"
            addressees, content = self.modal_addressee(content)
        content = _LEADING_MODAL.sub("", content)  # "… phải quán triệt" → "quán triệt"
        return _Draft(
            issuer=issuer,
            issuer_title=issuer_title,
            verb=self.text[verb.start() : verb.end()],
            force=DirectiveForce(self.lexicon.directive_forces[verb.group()]),
            start=start,
            end=end,
            addressees=addressees,
            base=content,
            items=_items(content),
            verb_end=verb.end(),
        )

    def titled_issuer(
        self, sentence_start: int, verb: re.Match[str]
    ) -> tuple[str | None, str | None, int] | None:
        """A title right before a verb: (holder's key, title, where the issuer is written).

        The key is ``None`` and the title given when no one named holds the title; with
        a holder, no title.

        "Trước tình hình trên, Thủ tướng Chính phủ yêu cầu: …": the clause before the
        verb is a role and the body it heads, capitalised (``Bộ trưởng Bộ Ngoại giao``),
        adverbs after it. The holder — (key, where named) — is a person the sentence
        names before with that title ("ông Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch
        UBND tỉnh đề nghị …"), or ``None``: someone the text never names. A verb in
        capitals (``Ban Chỉ đạo``), one a name follows (``Bộ trưởng Ngoại giao Phạm
        Bình Minh``) or the end of a word such as ``ngoại giao`` belongs to a title,
        and directs nothing; a clause naming someone (``… Đinh Tiến Dũng bị đề nghị``)
        or a passive is no issuer's title.
        """
        verb_start = verb.start()
        if not self.text[verb_start].islower() or (
            _WORD_BEFORE_VERB if verb.group() == "giao" else _BAN_BEFORE
        ).search(self.keyed, max(sentence_start, verb_start - 12), verb_start):
            return None
        # A title is short: its clause opens within reach, or there is none.
        reach = max(sentence_start, verb_start - _CLAUSE_REACH)
        dash = self.text.rfind(" - ", reach, verb_start)
        clause = max(
            sentence_start,
            *(self.text.rfind(mark, reach, verb_start) + 1 for mark in ",;:–"),
            dash + 2 if dash >= 0 else 0,
        )
        if clause < reach:
            return None
        if _ASKED_TO_DIRECT.search(self.keyed, max(0, clause - _ASKED_REACH), clause):
            return None  # "… kiến nghị: Thủ tướng chỉ đạo Bộ …": asked to direct
        words = list(_WORD.finditer(self.text, clause, verb_start))
        for signed in _SIGNED.finditer(self.keyed, clause, verb_start):
            if not self.keyed[signed.end() : verb_start].strip():
                # "Thủ tướng Chính phủ vừa ký Công điện số 45/CĐ-TTg yêu cầu …": the
                # title before what was signed.
                words = [word for word in words if word.end() <= signed.start()]
        while words and match_key(words[-1].group()) in self.lexicon.adverbs:
            words.pop()
        if words and (follow_on := _FOLLOW_ON.match(self.keyed, words[0].start())):
            # "Đồng thời Thủ tướng chỉ đạo …": the title after the word that goes on.
            words = [word for word in words if word.start() >= follow_on.end()]
        if not words:
            return None
        # A title in lower case ("Sau đó, tổng thống Mỹ yêu cầu …", as some outlets write
        # foreign posts) stands only for someone named before with it, or one with a body.
        lower = not words[0].group()[:1].isupper()
        if not lower and self.mentions.starting_in(verb.end(), verb.end() + 2):
            return None  # "Bộ trưởng Ngoại giao Phạm Bình Minh": a title's word, a name after
        keys = [match_key(word.group()) for word in words]
        honorific = None if lower else self.lexicon.phrases.longest(keys, 0, _HONORIFICS)
        if honorific is not None and honorific[0] < len(words):
            # "Đồng chí Chủ tịch UBND tỉnh đề nghị …": the title after the honorific.
            words, keys = words[honorific[0] :], keys[honorific[0] :]
            if not words[0].group()[:1].isupper():
                return None
        role = self.lexicon.phrases.longest(keys, 0, _ROLES)
        if (
            role is None
            or _NOT_IN_ISSUER_TITLE.intersection(keys)
            or " ".join(keys[: role[0]]) in DESCRIBING_ROLES
        ):
            return None
        named = self.mentions.starting_in(clause, verb_start)
        if named and named[0][0] != words[0].start():
            return None  # "… Đinh Tiến Dũng bị đề nghị …": a name inside, no title alone
        # The body after the role: capitalised words, a lower-case one only after one of
        # them or when the lexicon knows it ("Chính phủ", "Ủy ban nhân dân tỉnh …").
        capital = False  # "Bộ trưởng các nước": a group, no one's title
        for word, key in zip(words[role[0] :], keys[role[0] :], strict=True):
            upper = word.group()[:1].isupper()
            if not (upper or capital or key in self.lexicon.organization_words):
                return None
            capital = upper
        title = self.text[words[0].start() : words[-1].end()]
        wanted = match_key(title)
        if lower:
            # The last one named before with the title, or one it opens ("phó thủ tướng"
            # of a "Phó Thủ tướng Chính phủ"), or its post whose government it names
            # ("thủ tướng Chính phủ" of a "Thủ tướng").
            held_as = {wanted, wanted.removesuffix(_OF_GOVERNMENT)}
            holder = next(
                (
                    key
                    for _, _, key in reversed(
                        self.mentions.starting_in(max(0, clause - _HOLDER_REACH), clause)
                    )
                    if any(
                        held in held_as or held.startswith(wanted + " ")
                        for held in self.titles.get(key, ())
                    )
                ),
                None,
            )
            if holder is not None:
                return holder, None, words[0].start()
            # "Trước tình hình trên, thủ tướng Chính phủ yêu cầu: …": a post and its body,
            # held by someone the text never names; a bare post in lower case is no one's.
            return (None, title, words[0].start()) if len(keys) > role[0] else None
        if named:
            # "Chủ tịch tỉnh yêu cầu …": the role is a known holder's, the body after it.
            return named[0][2], None, named[0][0]
        before = self.mentions.starting_in(sentence_start, clause)
        if before and not self.text[before[-1][1] : clause].strip(" ,-–\n"):
            # "ông Hoàng Thanh Hà - Phó Chủ tịch HĐND xã …": the title of the name before.
            return before[-1][2], None, before[-1][0]
        for mention_start, _, key in reversed(before):
            if wanted in self.titles.get(key, ()):
                return key, None, mention_start
        return None, title, words[0].start()

    def addressees(self, begin: int, end: int) -> tuple[list[str] | None, int]:
        """The addressees after a verb, and where the content starts.

        ``None`` when a comma follows the verb: the addressee, if any, comes later.
        """
        # Whom is named within a few words: the rest of a long sentence is not read (each
        # of a thousand verbs in one sentence would read it all).
        rest = self.keyed[begin : min(end, begin + _ADDRESSEE_REACH)]
        if rest.lstrip().startswith(","):
            comma_end = begin + rest.index(",") + 1
            return self.addressed_after_comma(comma_end, end) or (None, comma_end)
        if rest.lstrip().startswith(":") and rest.rstrip() != ":":
            return [], begin + rest.index(":") + 1  # "đề nghị: “Hai bên …”": what, quoted
        offset = len(rest) - len(rest.lstrip())
        if rest[offset : offset + 1] in _OPENING_QUOTES:
            return [], begin + offset  # "căn dặn “Vì lợi ích …”": what, quoted, no one named
        if rest[offset:].startswith("là "):
            return [], begin + offset + 3  # "đã chỉ đạo là …": what, not whom
        if rest[offset:].startswith("rằng "):
            return [], begin + offset  # "đề nghị rằng cần …": what, as said
        if _POINTS_BACK.match(rest, offset):
            return [], begin + offset  # "lưu ý đây là nhiệm vụ …": what, about this
        if rest[offset:].startswith("việc "):
            return [], begin + offset  # "lưu ý việc chủ động phối hợp …": what, not whom
        # Without an addressee the content starts right after the verb, time phrase and
        # all: "yêu cầu thời gian tới cần tiếp tục …".
        unaddressed = begin + offset
        for opening in sorted(self.lexicon.time_openings, key=len, reverse=True):
            closing = offset + len(opening)
            if rest.startswith(opening, offset) and rest[closing : closing + 1] in (" ", ","):
                # "thời gian tới cần …"; a comma after it keeps the phrase in what is asked,
                # whole ("trong năm tới, hai bên …", not "tới" and "hai bên" addressed).
                offset = closing + 1 if rest[closing] == " " else offset
                break
        person = self.person_addressed(begin + offset, end)
        if person is not None:
            # "đề nghị Đại sứ Hà Vĩ chuyển lời …": a person named, with a title or not,
            # is the whole addressee; what follows is the action. So are two joined by
            # "và" ("đề nghị Thiếu tá … và Đại úy … chấp hành …"), and a list of them
            # closed by "và" ("chỉ đạo Ngoại trưởng A, Giám đốc CIA B và Cố vấn … C dẫn
            # đầu …"); not an apposition after a comma ("Mike Donilon, cố vấn … của ông
            # Biden, …"), which no "và" and person close.
            found = [self.text[begin + offset : person]]
            listed: list[str] = []  # after commas, kept when "và" closes the list
            after_list = person
            reach = min(end, begin + _ADDRESSEE_REACH)  # a list of thousands is not read
            while (joint := _PERSONS_LISTED.match(self.text, after_list, reach)) and (
                after := self.person_addressed(joint.end(), reach)
            ) is not None:
                listed.append(self.text[joint.end() : after])
                after_list = after
                if "và" in joint.group():
                    found += listed
                    listed.clear()
                    person = after
            return found, person
        words = list(re.finditer(r"\S+", rest[offset:]))
        for index, word in enumerate(words[:_MAX_ADDRESSEE_WORDS]):
            before = words[index - 1].group() if index else ","
            if before.endswith(";"):
                break  # "hai bên gia hạn …; khuyến khích …": a list of what, no one named
            if word.group() in _LEADERS and (before == "và" or before.endswith(",")):
                # "đề nghị lãnh đạo các bộ …", "yêu cầu thủ trưởng … và lãnh đạo, cán bộ …":
                # the leaders, one more addressee, not "to lead".
                continue
            # A capitalised word is a name's ("Bộ Ngoại giao và Hợp tác quốc tế"), no action.
            capital = self.text[begin + offset + word.start()].isupper()
            quoted = index > 0 and word.group()[0] in _OPENING_QUOTES
            if quoted or (not capital and self.opens_action(rest, offset + word.start())):
                while index > 1 and match_key(words[index - 1].group()) in _ADVERBS_BEFORE_ACTION:
                    index -= 1  # "yêu cầu các bộ cũng phải …": "cũng" opens what they do
                if index == 0:
                    return [], unaddressed
                stop = offset + words[index].start()
                phrase = _without_task_words(self.text[begin + offset : begin + stop].strip(" ,"))
                if not phrase:
                    return [], unaddressed  # "giao nhiệm vụ giảm chi tiêu …": no one named
                found = self.split(phrase)
                if not found:
                    return [], unaddressed
                if match_key(found[0]).startswith(_WHEN_OPENERS):
                    # "đề nghị ngay sau chuyến thăm, Chính phủ hai bên xây dựng …": the
                    # first part says when; the content keeps it, as it keeps a time
                    # phrase when no one is addressed ("yêu cầu trong tháng 6 phải …").
                    return found[1:], begin + offset
                when = next(  # the first part, if it says when, was read just above
                    (
                        i
                        for i, part in enumerate(found[1:], 1)
                        if match_key(part).startswith(_WHEN_OPENERS)
                    ),
                    None,
                )
                deadline = -1 if when is None else self.text.find(found[when], begin + offset)
                if deadline >= 0:
                    # "yêu cầu các đơn vị liên quan, đến ngày 2/9/2025 phải hoàn thành …":
                    # whom, then when; the content opens with the deadline.
                    return found[:when], deadline
                return found, begin + stop
            if word.group().endswith(":"):
                # "yêu cầu Bộ Ngoại giao, Bộ Công an: khẩn trương …", "yêu cầu các bộ,
                # ngành: - …": whom, before the colon; what, after it.
                colon = begin + offset + word.end() - 1
                phrase = self.text[begin + offset : colon].strip(" ,")
                if phrase[:1].isupper() or _ADDRESSEE_OPENER.match(match_key(phrase)):
                    return self.split(phrase), colon + 1
                break
        else:
            # No action word: an organisation named in capitals ("giao Bộ Tài chính bố trí
            # …") ends where its name does.
            named_end = _organisation_end(self.text, begin + offset, end, self.lexicon.countries)
            if named_end is not None:
                return self.split(self.text[begin + offset : named_end]), named_end
        return [], unaddressed

    def addressed_after_comma(self, begin: int, end: int) -> tuple[list[str], int] | None:
        """Whom a verb and its comma name right after, and where the action starts.

        A body or a group, then the action: "yêu cầu, Bộ Công Thương, các địa phương phối
        hợp …", "đề nghị, tỉnh Đồng Nai tập trung …", read as without the comma. ``None``
        when the clause opens otherwise ("lưu ý, trong bối cảnh mới, các cơ quan … cần
        …"): whom, if anyone, comes later.
        """
        first = _WORD.search(self.text, begin, end)
        if first is None or not (
            first.group()[0].isupper() or _ADDRESSEE_OPENER.match(self.keyed, first.start(), end)
        ):
            return None
        found, action = self.addressees(first.start(), end)
        opening = self.keyed[action : action + _ADDRESSEE_REACH].lstrip()
        adverbs = _LEADING_ADVERBS.match(opening)  # always matches, perhaps nothing
        opening = opening[adverbs.end() if adverbs else 0 :]  # "đều phải …"
        if not found or not (self.opens_action(opening, 0) or _MODAL.match(opening)):
            return None  # "theo dõi, chỉ đạo, Tổng Bí thư đã có lời khen …": a noun
        return found, action

    def person_addressed(self, start: int, end: int) -> int | None:
        """Where a person named right at ``start`` ends (their title before them), or None."""
        first = self.mentions.first_from(start)
        if first is None or first[1] > end or first[0] - start > _TITLE_REACH:
            return None
        gap = match_key(self.text[start : first[0]])
        if gap and (
            not gap.startswith(_posts(self.lexicon))
            or any(mark in gap for mark in ",.;:")
            or " và " in f" {gap} "
            or any(self.opens_action(gap, word.start()) for word in _WORD.finditer(gap))
        ):
            return None  # not a title before the name: "Nhà Trắng tiếp ông …", "A và B"
        return first[1]

    def split(self, phrase: str) -> list[str]:
        """The addressees ``phrase`` names; a part with no word ("… chỉ đạo ) “…") is none."""
        return [
            part
            for part in _split_addressees(phrase, self.lexicon.organization_heads)
            if says_something(part)
        ]

    def opens_action(self, rest: str, position: int) -> bool:
        following = rest[position:].split(maxsplit=3)
        if " ".join(following[:2]).rstrip(",:.;") in _NOT_ACTIONS or _ORGANISATIONS.match(
            rest, position
        ):
            return False
        previous = rest[max(0, position - 10) : position].split()[-1:]
        if previous and previous[0] in _COUNTING:
            return False  # "đề nghị hai tổ chức công đoàn …": the noun counted or made
        if (
            following[:1]
            and previous
            and previous[0] in _NOUN_WITH.get(following[0].rstrip(",:.;"), ())
        ):
            # "Bộ Giáo dục và Đào tạo", "Tổng công ty Cảng hàng không Việt Nam": a word of
            # the name, not an action.
            return False
        for size in (3, 2, 1):
            # "… hỗ trợ." ends the sentence: its full stop is no part of the word.
            if " ".join(following[:size]).rstrip(",:.;!?") in self.lexicon.action_words:
                return True
        return False

    def modal_addressee(self, content: str) -> tuple[list[str], str]:
        keyed = match_key(content)
        modal = _MODAL.search(keyed)
        if modal is None:
            return [], content
        clause_start = keyed.rfind(",", 0, modal.start()) + 1
        phrase = content[clause_start : modal.start()].strip()
        # "…, các phường cũng phải …": the adverb opens what they must do, modal and all.
        words = phrase.split()
        kept = len(words)
        while kept > 1 and match_key(words[kept - 1]) in _ADVERBS_BEFORE_ACTION:
            kept -= 1
        phrase = " ".join(words[:kept])
        if (
            not phrase
            or len(words[:kept]) > _MAX_ADDRESSEE_WORDS
            # "…, cùng với việc ứng phó, khắc phục hậu quả cần …": an action, no one
            or (not phrase[0].isupper() and self.opens_action(match_key(phrase), 0))
        ):
            return [], content
        action = content[modal.end() :].strip()
        if kept < len(words):
            action = " ".join([*words[kept:], content[modal.start() : modal.end()], action])
        return self.split(phrase), action

    def list_item(self, draft: _Draft, start: int, end: int) -> bool:
        """Add a paragraph of the list a directive ends with ("Thủ tướng yêu cầu:").

        Each item may name its own addressees: "- Bộ Ngoại giao chủ trì, …".
        """
        if not draft.opens_list():
            return False
        mark = _ITEM_MARK.match(self.text[start:end])  # "^" holds at the slice's start
        if mark is None or not mark.group().strip():
            return False
        begin = start + mark.end()
        item = self.text[begin:end].strip().rstrip(".;").strip()
        if not says_something(item):
            return True  # "- …": a list cut short, a mark and nothing to do
        whose = _ITEM_ADDRESSEE.match(item)
        opening = match_key(item)
        if whose is not None:
            # "1. Bộ Ngoại giao - Xây dựng phương án …": whom, then a dash and the task.
            addressees: list[str] | None = self.split(whose.group("who"))
        elif self.opens_action(opening, 0) or opening.startswith(_DIRECTIVE_OPENINGS):
            addressees = None  # "Chỉ đạo các cơ quan …": a task, capitalised as items are
        else:
            addressees, _ = self.addressees(begin, end)
        draft.addressees += [a for a in addressees or () if a not in draft.addressees]
        if not draft.items_from_blocks:
            draft.lead_in = draft.content.rstrip(":").strip()
            draft.items_from_blocks = True
            draft.follow_ons.clear()  # they are in the lead-in now
        draft.items.append(item)
        # The content keeps a list's numbers as written ("1. …; 2. …"), not its bullets.
        number = mark.group().strip()
        draft.written_items.append(f"{number} {item}" if _NUMBERING.fullmatch(number) else item)
        draft.end = end
        return True

    def follow_on(self, draft: _Draft, start: int, end: int) -> bool:
        """Add a later sentence with a modal about the addressee to the directive.

        Whether it was added: not when it has no modal, or a speech verb before the
        modal tells whose words it is, or it answers.
        """
        keyed = self.keyed[start:end].strip()
        modal = _MODAL.search(keyed)
        if (
            not (modal or _FOLLOW_ON.match(keyed))
            # "…, bộ trưởng nói … phải …", "…, tuyên bố rằng … không phải …".
            or statement_pattern(self.lexicon).search(
                keyed, 0, modal.start() if modal else len(keyed)
            )
            or _ANSWERING.match(keyed)
        ):
            return False
        draft.follow_ons.append(_clause(self.text[start:end]))
        draft.end = end
        return True

    def build(
        self, draft: _Draft, cited: tuple[DocumentRef, ...], meeting: int | None
    ) -> Directive:
        # "Thủ tướng yêu cầu:" ending a text cut short: what is asked is unknown.
        content = draft.content if says_something(draft.content) else ""
        return Directive(
            issuer=intern(draft.issuer) if draft.issuer is not None else None,
            issuer_title=draft.issuer_title,
            verb=intern(draft.verb),
            force=draft.force,
            content=content,
            span=Span(draft.start, draft.end),
            addressees=tuple(map(intern, draft.addressees)),
            items=tuple(draft.items),
            documents=cited,
            meeting=meeting,
        )


def _clause(text: str) -> str:
    """A sentence without its full stop, or the article's closing "./."."""
    return text.strip().removesuffix("/.").rstrip(".").strip()


_WORD = re.compile(r"\S+")
_ROLES = frozenset({"role"})  # a lexicon phrase kind: a post, not a rank
_HONORIFICS = frozenset({"honorific"})
# Words "giao" ends: "ngoại giao", "bàn giao", "chuyển giao", "bang giao", "xã giao" (not
# another verb's: "Bộ trưởng Bộ Ngoại giao đề nghị …" directs).
_WORD_BEFORE_VERB = re.compile(r"(?<!\w)(?:ngoại|bàn|chuyển|bang|xã|trao|tiếp|giao|ban) $")
_BAN_BEFORE = re.compile(r"(?<!\w)ban $")  # "Ban chỉ đạo …": a committee, no verb
# Words that make the words before a verb no title of its subject: a passive ("… bị đề
# nghị kỷ luật"), greetings, a second person ("Bí thư và Chủ tịch …").
_NOT_IN_ISSUER_TITLE = frozenset("bị được chúc là và các những".split())
# Lower-case words that open a clause saying when, not whom: "ngay sau chuyến thăm, …".
_WHEN_OPENERS = (
    "ngay ", "sau khi ", "sau ", "trước khi ", "trước ", "trong ", "từ ", "khi ",
    # A deadline: "yêu cầu chậm nhất tới 31/12 …", "…, đến ngày 2/9/2025 phải …".
    "chậm nhất ", "đến ngày ", "tới ngày ", "đến hết ", "đến cuối ",
)  # fmt: skip
# Lower-case words that open an addressee: "các bộ", "hai bên", "toàn ngành", "ngành …".
# The first word of a group or body addressed by its kind, in lower case, before a space
# or a comma: "đề nghị các bộ …", "lưu ý thành phố tập trung …", "yêu cầu, huyện, xã rà
# soát …" (not "xã hội").
_ADDRESSEE_OPENER = re.compile(
    r"(?:các|hai|toàn|những|mọi|ngành|cả|phía|thành phố|tỉnh|huyện|quận|thị xã|thị trấn"
    r"|xã(?! hội)|phường|địa phương|chính quyền|lực lượng|cơ quan|đơn vị|người dân"
    r"|doanh nghiệp)(?=[\s,])"
)


# A number after "giao", not of tasks nor of bodies: what is handed over ("giao 184ha
# đất", not "giao 5 nhiệm vụ cho …", "giao 2 bộ nghiên cứu …").
_QUANTITY_HANDED = re.compile(
    r"\s*\d[\d.,]*(?![\d.,])(?!\s*(?:nhiệm vụ|nhóm|việc|giải pháp|chỉ tiêu|mục tiêu|vấn đề"
    r"|nội dung|bộ|ngành|cơ quan|đơn vị|tỉnh|thành phố|địa phương)(?!\w))"
)


def _compound_after(verb: str, keyed: str, end: int, text: str) -> bool:
    """Whether the verb at ``end`` is another word: ``giao`` in ``giao lưu``, a noun.

    Not before a capital: "giao Ban Tổ chức Trung ương …" assigns a board, "giao ban" is
    a briefing (``keyed`` is ``text`` folded, at the same places).

    "yêu cầu đặt ra là …", "yêu cầu của Đảng": the requirement, not someone asking;
    "giao 184ha đất cho …": handing a quantity over, not assigning anyone;
    "lưu ý đến …", "lưu ý rằng …": noting something, not reminding anyone;
    "chỉ thị phạm …": only showing how ("thị phạm", to demonstrate), no order.
    """
    following = keyed[end : end + 16].split(maxsplit=2)
    if not following:
        return False
    if verb == "giao":
        # "… có quyết định giao 184ha đất cho …", "giao 4 máy bay …": a quantity handed
        # over, no one assigned (but "giao 5 nhiệm vụ cho …" assigns tasks).
        return _QUANTITY_HANDED.match(keyed, end) is not None or (
            following[0].rstrip(",.;:") in _GIAO_COMPOUNDS
            and not text[end : end + 16].lstrip()[:1].isupper()
        )
    if verb == "lưu ý":
        return following[0] in ("đến", "tới", "rằng")
    if verb == "chỉ thị":
        return following[0].rstrip(",.;:") == "phạm"
    if verb.endswith("yêu cầu"):
        return " ".join(following[:2]) in _REQUIREMENT_AFTER or following[0] in _REQUIREMENT_AFTER
    return False


def _directs_someone(addressees: list[str] | None, following: list[str]) -> bool:
    """Whether a verb with a carried-over subject names whom it directs right after it.

    The first addressee must be a name (capitalised) or a group ("hai bên", "các bộ"),
    and no "của" may follow closely ("chỉ đạo sâu sát của …" is a noun). A list too
    long to read as addressees opens with the group all the same ("… mong muốn và đề
    nghị các vị đại biểu, các ủy ban của Quốc hội, các bộ, ban, ngành …").
    """
    if addressees is None or "của" in following:
        return False
    if not addressees:
        return bool(following) and _ADDRESSEE_OPENER.match(following[0] + " ") is not None
    first = addressees[0] + " "  # the opener may be the whole of it: "thành phố"
    return first[:1].isupper() or _ADDRESSEE_OPENER.match(first) is not None


_ADDRESSEE_REACH = 1_000  # characters after a verb where its addressees are read
_EMPTIED_BRACKETS = re.compile(r"\([\s,]*\)")
# Right before a named issuer (keyed): one asked to give the directive, or the agent of a
# passive ("… được Thủ tướng giao chủ trì …", "Nhân sự được Thủ tướng đề nghị là …"); an
# issuer by title alone is kept from passives by _NOT_IN_ISSUER_TITLE.
_ASKING = "kiến nghị|đề nghị|đề xuất"  # verbs that ask someone else to act
_NOT_THE_SUBJECT = re.compile(
    rf"(?<!\w)(?:{_ASKING}|xin|mong|được|bị)\s+(?P<between>[^,.;:!?()]*)$"
)
_ASKED_REACH = 80  # characters before an issuer where what makes them none is read
# … and before an issuer by title, its clause opened by the asking's colon or comma.
_ASKED_TO_DIRECT = re.compile(rf"(?<!\w)(?:{_ASKING})\s*[:,]?\s*$")
# A short aside in brackets right after a name (keyed): "(Đồng Tháp)", "(Đoàn ĐBQH tỉnh
# …)"; the speakers' extractor reads it past as well, in its tokens.
_PERSON_ASIDE = re.compile(r"^\s*\([^()\n]{1,60}\)")
_SAID_REACH = 60  # characters before a verb where the statement verb it follows ends
_DAY_CUE = re.compile(r"[0-9]|(?<!\w)(?:nay|qua)(?!\w)")  # what a day told holds
_JOINT = re.compile(r"\s*(?:,|;)?\s*(?:(?:và|đồng thời)\s+)?")
# A document signed between the issuer and the verb: "Chủ tịch UBND … vừa ký công văn
# yêu cầu …", "Thủ tướng … đã ký Công điện số 86/CĐ-TTg ngày 8/9/2024 yêu cầu …", "Bộ
# trưởng … đã có văn bản chỉ đạo …", "… vừa gửi công văn hỏa tốc đề nghị …".
_SIGNED = re.compile(
    r"(?:(?:đã|vừa|mới|cũng) )*(?:ký(?: ban hành)?|ban hành|có|gửi) (?:công văn|công điện|chỉ thị"
    r"|văn bản|thông báo|quyết định)(?: (?:hỏa tốc|khẩn))?(?: (?:số )?[0-9]\S*)?"
    r"(?: ngày [0-9][0-9/.-]*)?"
)
_OF_GOVERNMENT = " chính phủ"  # "Thủ tướng Chính phủ": the Prime Minister
_HOLDER_REACH = 5_000  # characters before a title in lower case where its holder is named
_ISSUER_REACH = 600  # characters before a verb where its issuer and their titles are
_SUBJECT_REACH = 2_000  # … where the subject a coordinated verb carries over is
_CLAUSE_REACH = 200  # … where the clause of a title standing for its issuer opens
_JOINT_REACH = 40  # … where ", đồng thời" or "và" joins one more directive
_MAX_ADVERBS = 3
_SAYS_REACH = 300  # characters after a mention read for its verb: titles, adverbs, verb
_NOUN_REACH = 4  # "của" this close after a verb makes it a noun ("chỉ đạo sâu sát của")
_TITLE_REACH = 60  # the characters of a title before an addressee's name


def _organisation_end(text: str, start: int, end: int, countries: Container[str]) -> int | None:
    """Where capitalised names at ``start`` end, when a lower-case word follows them.

    One lower-case word may follow a capitalised one ("Bộ Tài chính"), not a country's
    whole name ("đề nghị Trung Quốc tôn trọng …"); "và" and commas join names ("Bộ Tài
    chính, Bộ Công Thương và Ngân hàng Nhà nước").
    """
    words = list(itertools.islice(_WORD.finditer(text, start, end), _MAX_ADDRESSEE_WORDS))
    if not words or not words[0].group()[0].isupper():
        return None
    previous_capital = True
    named = start  # where the name read last starts
    for index, word in enumerate(words[1:], 1):
        first = word.group()[0]
        joins = word.group() == "và" or words[index - 1].group().endswith(",")
        if first.isupper():
            before = words[index - 1].group()
            if not previous_capital or before.endswith(",") or before == "và":
                named = word.start()
            previous_capital = True
            continue
        if joins and index + 1 < len(words) and words[index + 1].group()[0].isupper():
            continue
        if match_key(text[named : words[index - 1].end()]) in countries:
            return words[index - 1].end()
        if previous_capital and not words[index - 1].group().endswith(","):
            previous_capital = False  # "Bộ Tài chính"
            continue
        return words[index - 1].end() if first.isalpha() else None
    return None


def _split_addressees(phrase: str, heads: frozenset[str]) -> list[str]:
    """The addressees of a phrase: "Bộ Ngoại giao và các cơ quan đại diện" is two.

    A capitalised part that opens no organisation continues the name before it when that
    one does: "Bộ Kế hoạch và Đầu tư", "Bộ Văn hóa, Thể thao và Du lịch" are one each.
    """
    parts: list[str] = []
    # "… và Infosys nói riêng, cũng như cá nhân ông …": "cũng như" joins one more.
    pieces = re.split(r"(,\s+(?:cũng như\s+)?|\s+(?:và|cũng như)\s+)", phrase)
    for separator, part in zip(["", *pieces[1::2]], pieces[0::2], strict=True):
        part = part.strip()
        if not part or _ASIDE.match(match_key(part)):
            continue
        if parts and (
            (
                _BARE_GROUP.fullmatch(part)
                and (
                    _COLLECTIVE.match(parts[-1])
                    or (_ENDS_COLLECTIVE.search(parts[-1]) and not _HEADS_OF.match(part))
                )
            )
            # "Ban Chỉ đạo phòng, chống thiên tai": a pair of fields, one name
            or ("," in separator and _pairs_with(parts[-1], part))
        ):
            parts[-1] += f", {part}"  # "các bộ, ngành, địa phương" is one group
        elif parts and part[0].isupper() and _opens(parts[-1], heads) and not _opens(part, heads):
            parts[-1] += f"{separator.rstrip()} {part}" if "," in separator else f" và {part}"
        else:
            parts.append(part)
    return parts


def _pairs_with(before: str, after: str) -> bool:
    """Whether a comma between ``before`` and ``after`` joins a pair of fields."""
    last, first = f" {match_key(before)}", f"{match_key(after)} "
    return any(last.endswith(f" {one}") and first.startswith(f"{two} ") for one, two in FIELD_PAIRS)


def _opens(part: str, heads: frozenset[str]) -> bool:
    """Whether ``part`` starts with an organisation's head word: "Bộ", "Ủy ban"…."""
    words = match_key(part).split()
    return any(" ".join(words[:size]) in heads for size in (1, 2, 3, 4))


_COLLECTIVE = re.compile(
    r"(?:(?:lãnh đạo|đại diện|người đứng đầu)\s+)?(?:các|những|mọi)\s", re.IGNORECASE
)
# "UBND các tỉnh, thành phố", "Chủ tịch UBND các tỉnh, thành phố ven biển": the group
# closes the part before the comma.
_ENDS_COLLECTIVE = re.compile(
    # Not a time ("trong những năm tới, các bộ …": when, then whom).
    rf"(?<!\S)(?:các|những|mọi)\s(?!(?:năm|ngày|tháng|tuần|thời gian)(?!\w))"
    rf"[{LOWER}]+(?:,?\s[{LOWER}]+)*$"
)
# The heads of another group are no part of it ("Thủ trưởng công an các cấp, lãnh đạo, cán
# bộ …").
_HEADS_OF = re.compile(r"(?:lãnh đạo|thủ trưởng|người đứng đầu|chủ tịch)(?!\w)")
# A group in lower case, and what qualifies it: "ngành", "ngành liên quan", "thành phố
# ven biển phía Bắc", "thành phố trực thuộc Trung ương"; not a group of its own ("mỗi
# cán bộ", "các địa phương").
_BARE_GROUP = re.compile(
    rf"(?!(?:các|những|mọi|mỗi|từng)\s\S+\s)[{LOWER}]+"
    rf"(?:\s(?:[{LOWER}]+|Trung ương|Bắc|Trung|Nam|Bộ)){{0,5}}"
)


def _items(content: str) -> list[str]:
    """The members of a list after a colon: "3 nội dung trọng tâm: A; B; C"."""
    if ":" not in content:
        return []
    listed = content.split(":", 1)[1].strip()
    if listed[:1] in '"“':  # a slogan: "tham mưu chính xác, thích ứng linh hoạt, …"
        listed = listed.strip('"“”')
        parts = listed.split(",")
    else:
        parts = re.split(r";\s*|\s+(?=[0-9]+\)\s)", listed)
    items = [_ITEM_MARK.sub("", part).strip().rstrip(".") for part in parts]
    items = [item for item in items if says_something(item)]
    return items if len(items) >= 2 else []  # "…; …" ending a cut list is no item


def _cited(
    drafts: list[_Draft], documents: tuple[DocumentRef, ...]
) -> list[tuple[DocumentRef, ...]]:
    """For each directive, the documents cited within it, with the spans of those citations.

    Only the spans inside: a document cited in each of a thousand directives would
    otherwise be written out a thousand times with all its thousand spans.
    """
    places = sorted(
        (span.start, index, span)
        for index, document in enumerate(documents)
        for span in document.spans
    )
    starts = [start for start, _, _ in places]
    found = []
    for draft in drafts:
        inside: dict[int, list[Span]] = {}
        low, high = bisect.bisect_left(starts, draft.start), bisect.bisect_left(starts, draft.end)
        for _, index, span in places[low:high]:
            inside.setdefault(index, []).append(span)
        found.append(
            tuple(
                documents[index]
                if len(spans) == len(documents[index].spans)
                else attrs.evolve(documents[index], spans=tuple(spans))
                for index, spans in sorted(inside.items())
            )
        )
    return found


def _meetings_of(drafts: list[_Draft], meetings: tuple[Meeting, ...]) -> list[int | None]:
    """For each directive, the meeting whose sentence holds it, else the main one.

    Meeting spans are sentences: the one that holds a position starts last before it.
    """
    ordered = sorted((meeting.span.start, index) for index, meeting in enumerate(meetings))
    starts = [start for start, _ in ordered]
    reported = bool(meetings) and not meetings[0].planned and not meetings[0].from_caption
    found: list[int | None] = []
    for draft in drafts:
        holder: int | None = None
        if meetings and meetings[0].span.start <= draft.start < meetings[0].span.end:
            holder = 0
        else:
            last = bisect.bisect_right(starts, draft.start) - 1
            if last >= 0:
                first = bisect.bisect_left(starts, starts[last])  # the first of equal starts
                index = ordered[first][1]
                if draft.start < meetings[index].span.end:
                    holder = index
        # A report of a meeting: what was directed was directed there.
        found.append(holder if holder is not None else (0 if reported else None))
    return found


def _without_restatements(drafts: list[_Draft]) -> list[_Draft]:
    """The drafts less those another by the same issuer and verb tells in full.

    A headline "Thủ tướng yêu cầu bảo hộ công dân" restates the body's "… yêu cầu bảo
    hộ công dân tại Ukraine bằng mọi biện pháp": one directive, the body's. Sorted, the
    contents that start with another's follow it, so this is no all-pairs comparison.
    """
    if len(drafts) < 2:
        return drafts
    dropped: set[int] = set()
    # Told by its content alone, or with whom it directs: a page's cut lead "… giao chợ
    # thị trấn …" restates "… giao chợ thị trấn Khánh Vĩnh cho huyện | quản lý …".
    for told in (
        lambda draft: draft.content,
        lambda draft: " ".join([*draft.addressees, draft.content]),
    ):
        _drop_restatements(drafts, told, dropped)
    return [draft for index, draft in enumerate(drafts) if index not in dropped]


def _without_headline_gists(drafts: list[_Draft], article: Article) -> list[_Draft]:
    """The drafts less a headline's that a later one of the same issuer and verb tells.

    "Thủ tướng đề nghị Nhật Bản hỗ trợ đào tạo nhân lực bán dẫn" is the gist of the
    lead's "… đề nghị Nhật Bản hỗ trợ Việt Nam đào tạo nhân lực ngành bán dẫn khi …":
    its words, in order, among the other's. Only the article's headline is so read.
    """
    blocks = article.blocks
    if (
        len(drafts) < 2
        or not blocks
        or blocks[0].kind is not BlockKind.HEADING
        or len(blocks[0].span) > _MAX_HEADLINE  # a headline is a line, not a page
    ):
        return drafts
    headline_end = blocks[0].span.end
    first_after = next((i for i, d in enumerate(drafts) if d.start >= headline_end), len(drafts))

    def told(draft: _Draft) -> tuple[str | None, str, list[str]]:
        words = fold(" ".join([*draft.addressees, draft.content])).split()
        return draft.issuer, match_key(draft.verb), words

    body = [told(draft) for draft in drafts[first_after:]]
    kept = []
    for draft in drafts[:first_after]:
        issuer, verb, words = told(draft)
        if not any(
            (issuer, verb) == (other[0], other[1]) and _in_order(words, other[2]) for other in body
        ):
            kept.append(draft)
    return kept + drafts[first_after:]


_MAX_HEADLINE = 400  # characters


def _in_order(words: list[str], among: list[str]) -> bool:
    """Whether ``words`` all come in ``among``, in order (others may lie between)."""
    remaining = iter(among)
    return bool(words) and all(word in remaining for word in words)


def _drop_restatements(
    drafts: list[_Draft], told: Callable[[_Draft], str], dropped: set[int]
) -> None:
    """Add to ``dropped`` the drafts whose ``told`` text another one's starts with."""
    groups: dict[tuple[str | None, str], list[tuple[str, int]]] = {}
    for index, draft in enumerate(drafts):
        content = " ".join(fold(told(draft)).split())
        if content and index not in dropped:
            groups.setdefault((draft.issuer, match_key(draft.verb)), []).append((content, index))
    for entries in groups.values():
        entries.sort()
        run = 0
        while run < len(entries):
            content = entries[run][0]
            after = run
            while after < len(entries) and entries[after][0] == content:
                after += 1
            # The first of equal contents stays, unless a longer one tells it in full.
            longer = after < len(entries) and entries[after][0].startswith(content)
            dropped.update(index for _, index in entries[run if longer else run + 1 : after])
            run = after


def extract_directives(
    article: Article,
    lexicon: Lexicon,
    speakers: tuple[Speaker, ...],
    documents: tuple[DocumentRef, ...],
    meetings: tuple[Meeting, ...],
) -> tuple[Directive, ...]:
    """The directives of ``article`` in text order."""
    if not analysis_of(article.text).found(_verb_pattern(lexicon)).every:
        return ()  # no directive verb anywhere (most articles)
    extraction = _Extraction(article, lexicon, speakers)
    drafts = _without_headline_gists(_without_restatements(extraction.drafts()), article)
    built = (
        extraction.build(draft, cited, meeting)
        for draft, cited, meeting in zip(
            drafts, _cited(drafts, documents), _meetings_of(drafts, meetings), strict=True
        )
    )
    # "…", Thủ tướng lưu ý.: the verb closes a quotation and directs nothing after it.
    return tuple(d for d in built if d.content.strip() or d.addressees or d.items)
