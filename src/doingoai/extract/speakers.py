"""Speakers: every person an article names, their titles as of its date, what they said.

The extractor reads the blocks of an article token by token and recognises:

- a chain of titles before a name, stacked with commas:
  ``Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình`` (the country is written in the
  second title, ``Chủ tịch nước Trung Quốc``, and is the person's and that title's
  ``country``; so is a posting: ``Đại sứ Hàn Quốc tại Việt Nam``);
- titles after a name, as an apposition: ``Lê Hoài Trung, Bộ trưởng Bộ Ngoại giao``;
- the list form: ``các đồng chí Ủy viên Bộ Chính trị: A, title; B, title``;
- ranks (``Đại tướng``), honorifics (``ông``, ``đồng chí``) and ``cố`` (late);
- later mentions by a bare title (``Thủ tướng``), a pronoun (``ông``) or an epithet
  (``Người đứng đầu Đảng và Nhà nước``), resolved to the person last named with that
  title, or last mentioned; what cannot be resolved makes no person;
- statements: a speech verb after a mention (``… nhấn mạnh …``) and interview answers.

A name is found by its context, never by capitals alone: it follows a title, a rank or
an honorific, or precedes an apposition, and starts with a Vietnamese surname (or
follows a country, for foreign leaders). Initials belong to names (``Marc E.
Knapper``); one or two letters alone are none (the ``Y`` of ``Bộ trưởng Y tế``); a
country word inside a name that opens with a Vietnamese surname is part of it (``Lê Anh
Tuấn``), and a province opening a run of capitals is not (``tỉnh An Giang Hồ Văn
Mừng``). Photo credits and headings in capitals are never read for names.

A title keeps what says how it is held (``nguyên`` former, ``cựu`` ex-, ``Quyền``
acting, but not the ``quyền`` of ``chính quyền``), an organisation named by a list
(``Bộ Văn hóa, Thể thao và Du lịch``) and an acronym in brackets (``Đảng Hành động Nhân
dân (PAP)``); titles also come between dashes or in brackets after a name (``ông Lý
Hiển Long (nguyên Thủ tướng Singapore)``). A city after ``Thành phố``/``TP`` is no name
(``Thành phố Hồ Chí Minh``); Arabic particles (``Al``, ``bin``) stay in names; founders
the press names without ``cố`` (lexicon ``late_leaders``) are deceased.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Container, Iterable, Iterator
from sys import intern
from typing import cast

import attrs

from doingoai.extract._analysis import sentence_opening
from doingoai.extract.dates import without_days
from doingoai.lexicon import DESCRIBING_ROLES, EVENT_NOUNS, STATUS_WORDS, Lexicon
from doingoai.model import Article, BlockKind, Span, Speaker, Statement, Title
from doingoai.structure import credit_start
from doingoai.text import (
    ABBREVIATIONS,
    FIELD_PAIRS,
    LOWER,
    fold,
    match_key,
    person_key,
    says_something,
    shared,
)

__all__ = ["extract_speakers"]

# Initials before a name's next word are one token each: "Marc E. Knapper", "L.B.",
# "V.Putin" (not the last of "N.T.Q", a name withheld);
# "T.Ư" (Trung ương) is one word.
# "TP." (thành phố) is one word, so that "Chủ tịch UBND TP.HCM …" and "TP. Hồ Chí Minh"
# run on as any organisation does; a dot would end the title.
_TOKEN = re.compile(
    # (?=\S) first: a space fails at once instead of in each branch (a fifth faster).
    r"(?=\S)(?:T\.Ư|T[Pp]\.(?=\s?[^\W\d_])|(?:[^\W\d_]\.){1,3}(?=\s+[^\W\d_]|[^\W\d_]{2})|\w++(?:[-–]\w++)*+|\S)"
)
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
# "phát biểu tại …", "nói trong …": the words after such verbs say where or when.
_VERBS_OF_OCCASION = frozenset({"phát biểu", "nói"})
_CIRCUMSTANCE = frozenset("tại trong khi ở sau trước với trên".split())
# A quotation closing just before its speaker: “…”, Thủ tướng nói.
_AFTER_QUOTE = frozenset(" \t\n,.–-")
_MAX_QUOTE_CHARS = 5_000
"""The longest quotation read before its speaker ("“…”, ông X nói"): a page of words."""
_HEAD_CHARS = 400
_MAX_RECENT = 100
"""People kept in mind for a pronoun or a bare title: the last hundred mentioned."""
_SENTENCE_END = re.compile(
    # The dot first: the look-behinds then run at dots only, not at every character.
    r"(?:[!?…]|\."
    + "".join(rf"(?<!\b{word}\.)" for word in ABBREVIATIONS)
    # Nor an initial ("Marc E. Knapper").
    + r"(?<![\s.][A-ZĐ]\.))(?=[\s\"”’)]|$)|\n"
)

_ROLE_KINDS = frozenset({"role", "rank"})
_ROLE = frozenset({"role"})
_COUNTRY = frozenset({"country"})
_EPITHET = frozenset({"epithet"})
_VERB = frozenset({"statement_verb"})
_HONORIFIC = frozenset({"honorific"})
_ORG_HEAD = frozenset({"organization_head"})
_DIRECTIVE = frozenset({"directive_verb"})
_INTERNATIONAL = frozenset({"international"})
_RANKS = frozenset({"rank"})
# Names a title's tail takes whole, whatever their lower-case words: "Liên hợp quốc",
# "Cộng hòa xã hội chủ nghĩa Việt Nam", "Ban cán sự đảng", "Viện kiểm sát".
_BODIES = frozenset({"international", "country", "organization_head"})

# Words before a bare title that make it a post or a group, not a person.
_NOT_A_PERSON_BEFORE = frozenset(
    "các những hai ba nhiều chức vị cương vụ nguyên tân cựu làm là thành giữ".split()
)
# A side, not a person, follows "phía": "Về phía Real Madrid, HLV …", "Bên phía …".
_PLACE_BEFORE = frozenset("tại ở từ đến về thăm phía".split())
# Lower-case nouns of land and sea whose name follows: "ở quần đảo Hoàng Sa, Người phát
# ngôn …" names a place, and the title after the comma is another's.
_GEOGRAPHY = frozenset("đảo vịnh sông núi biển vùng miền".split()) | {"khu vực", "châu lục"}
# An event named by who meets: "Hội nghị Bộ trưởng …", "Diễn đàn Thị trưởng …".
_EVENT_BEFORE = frozenset({"hội nghị", "hội thảo", "diễn đàn", "cuộc họp", "phiên họp"})
_PLURAL = frozenset("các những hai ba nhiều".split())
_NOUN_AFTER_PRONOUN = frozenset({"con", "bà", "cha", "mẹ"})
# Syllables in Latin letters that open Vietnamese names of bodies and fields, never a
# one-word foreign name: "Giám đốc Trung tâm …", "Bí thư Chi bộ …", "Tiến sĩ Kinh tế".
_OPENS_VIETNAMESE_NAMES = frozenset({"trung", "chi", "kinh", "khoa", "ban"})
# A first name written as two initials run together: "JD Vance". Not the abbreviations
# the press writes before a name or a place ("TP Hà Nội", "TS Lê Hồng Hiệp").
_INITIALS_AS_NAME = re.compile(r"[A-Z]{2}")
_ABBREVIATIONS_BEFORE_NAMES = frozenset(
    "TP TS GS BS KS LS NS VN HN TW UB QH CP ND MC DJ TV PV BV CA EC EU UN AP US UK".split()
)
# An honour given to the person named right before it: "Huân chương", "Huy chương".
_HONOURS_AFTER_NAME = frozenset({("huân", "chương"), ("huy", "chương")})
_HONOUR_OPENERS = frozenset(first for first, _ in _HONOURS_AFTER_NAME)
_EVENTS = frozenset(EVENT_NOUNS)  # after "tại", no posting ("… tại Hội thảo quốc tế …")
_GRADES = frozenset({"cấp", "hàm"})  # "(cấp Bộ trưởng)", "(hàm Đại sứ)": a post's grade
# News agencies whose credit may follow a caption's last word without a stop.
_AGENCIES = frozenset("reuters afp getty xinhua bloomberg tass yonhap kyodo bernama".split())
# Honorifics that name the holder of the titles before them: "… - ông Gilberto Teodoro".
_HONORED = frozenset({"ông", "bà", "ngài"})
_SENTENCE_MARKS = frozenset(".!?;:")
_SERVING = ("trợ lý", "thư ký")  # posts held for someone the honorific names
# The honorifics a lone foreign word may follow as a name: "ông Trump", "ngài Guterres".
_ONE_WORD_HONORIFICS = frozenset({"ông", "bà", "ngài", "đồng chí", "phu nhân", "tỷ phú"})
# The State's honours for artists, who are known by a stage name of two or three words
# with no surname: "NSND Trung Hiếu", "Nghệ sĩ Ưu tú Chiều Xuân".
_STAGE_HONOURS = frozenset({"nsnd", "nsưt", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú"})
# Honorifics that are also a country's name ("anh": England), which open a name only when
# a Vietnamese surname follows: "anh Trần Văn Hùng", not "người Anh Harry Kane".
_HONORIFIC_COUNTRIES = frozenset({"anh"})
# Degrees written short, which the press may close with a dot: "TS. Nguyễn …", "PGS. TS. …".
_DEGREES = frozenset({"ts", "gs", "pgs", "ths", "tskh"})
# Words that, capitalised at a sentence's start, open no name (none is a surname); nor is
# English "The" in one ("tờ The Guardian", "The New York Times": a newspaper's).
_NEVER_OPENS_A_NAME = frozenset(
    "các những theo tại trong khi sau trước với về đến cùng và của nhưng nếu sự việc mọi"
    " the".split()
)
# After a country, "Đảng" opens its party, not a name: "Tổng thống Mỹ Đảng Cộng hòa …";
# nor does a unit of local government ("Chủ tịch Ủy ban MTTQ Việt Nam Quận").
_NO_NAME_AFTER_COUNTRY = _NEVER_OPENS_A_NAME | {"đảng", "quận", "huyện", "tỉnh", "xã", "phường"}
# Words that open a sentence, never a name's next word: "Tô Lâm Bài viết …".
_OPENS_A_SENTENCE = _NEVER_OPENS_A_NAME | {"bài", "ảnh", "clip", "video"}
# Last words of a company's name: "Sovico Group", "Vietnam Airlines".
_COMPANY_ENDINGS = frozenset(
    "group corporation corp holdings bank airlines airways company inc ltd jsc telecom"
    " technologies technology energy motors media logistics securities boutique store"
    " firm international".split()
)
# Words of organisations written in English, anywhere in a run of capitals: no name holds
# one ("VinaCapital Vietnam Opportunity Fund", "Adrian Day Asset Management").
_ENGLISH_BODY_WORDS = _COMPANY_ENDINGS | frozenset(
    "fund management asset capital partners foundation institute university association"
    " council challenge tech vietnam hospital college news union district school board"
    # Buildings and places: "Nhà khách Chính phủ Hyderabad House", "Marina Bay Sands".
    " house palace hotel resort center centre tower building airport stadium museum square"
    " sands entertainment universe media studios pictures index"
    # Broadcasters and papers: "chuyên gia Sky Sports", "theo Nikkei Asia".
    " sports times post channel radio network daily journal herald tribune press gazette"
    " telegraph magazine".split()
)
# Lower-case nouns whose capitalised words name a thing or a place, not a person:
# "đội Arsenal …", "tạp chí Time …", "bang New Jersey …".
_NAMES_A_THING = frozenset(
    "bang tỉnh vùng hạt đội clb báo đài kênh trường viện quỹ nhóm tàu hãng sân giải phim"
    " sách mạng tòa".split()
) | {"câu lạc bộ", "tạp chí", "chiến dịch", "dự án", "tên lửa", "thương hiệu", "khách sạn"}
# Words that never open a name of its own: "Tổng thống …", "ông …", "Iran …".
_NOT_NAME_WORDS = frozenset(
    {"role", "rank", "country", "organization_head", "international", "honorific", "epithet"}
)
# Marks a name may follow in a sentence (a comma's clause, a list), not quotation marks.
_CLAUSE_MARKS = frozenset(".!?:;,-–—")
_WORD_RUN = re.compile(r"[\w'’-]+")  # a word as a one-word name may be written
# The words before a company's name: "công ty Star Telecom", "liên doanh …", "hãng …",
# "Nhà xuất bản Anteo Edizioni".
_COMPANY_BEFORE = frozenset(
    {
        ("công", "ty"),
        ("tập", "đoàn"),
        ("liên", "doanh"),
        ("doanh", "nghiệp"),
        ("hãng",),
        ("xuất", "bản"),
    }
)
# The last word of a body whose members a company noun after it names ("Hiệp hội Doanh
# nghiệp …", "Diễn đàn Doanh nghiệp …", "Liên đoàn …"): no company's name follows.
_MEMBERS_BODY = (["hội"], ["đàn"], ["đoàn"], ["minh"])
# Words before a role that say how it is held: former, ex-, acting, new ("Tân Tổng thống
# Hàn Quốc Lee Jae-myung", "tân Đại sứ …": part of the post as written).
_STATUS_KEYS = frozenset(map(match_key, STATUS_WORDS))
# Words that make "quyền" a noun (government, authority, rights), not "acting".
_RIGHTS_BEFORE = frozenset("chính thẩm nhân chủ ủy đặc toàn phân trao các những về".split())
# Words a title's organisation never ends with: the sentence's verb after it.
_NOT_IN_TITLE = frozenset(
    "đã sẽ đang cũng vừa là được bị có cho thì mà này đó"
    # The verbs seen after a title and its name on the real posts ("…, Chánh Văn phòng
    # Trung ương Đảng giữ chức …"): none ends an organisation's name.
    " giữ trao phát cùng thôi khẳng và tại làm nêu nhấn bày sau đến tới do ông bà đứng sang"
    " các gửi nhận tặng ký gặp thăm nói chúc cảm trân lên thay trả"
    # The first words of the directive verbs: "… Chủ tịch UBND tỉnh Hà Tĩnh đề nghị …".
    " đề yêu căn lưu đánh"
    # … and of other verbs that follow an apposition: "… Việt Nam chủ trì", "… tham dự",
    # "… Lào Cai tiếp bà …".
    " chủ dự tham ghi kiến không tiếp"
    # "… do đồng chí X, Bí thư … Đảng Cộng sản Cuba dẫn đầu": who leads a delegation;
    # "giao đồng chí X, Trưởng Đoàn … tỉnh Lạng Sơn điều hành …": what one is given to do
    # ("điều tra" lies inside a body's name, never ends it).
    " dẫn điều".split()
)
# Of those, the words an organisation never runs through ("là" may lead to the name:
# "Giám đốc công ty là Lê Dương"; "cho" is in "Công ty Cho thuê …"), and the meeting verbs
# a caption puts right after an apposition ("…, Phó Ủy viên trưởng … Trung Quốc đón …").
# … and "làm", the post one holds in a delegation ("… tỉnh Savannakhet làm Trưởng đoàn",
# "phụ trách quan hệ quốc tế của trường làm trưởng đoàn"), "với", whom one meets
# ("… Phó Chủ tịch UBND tỉnh với các đơn vị …"), and "chào" of a courtesy call ("…, Đại
# sứ Australia tại Việt Nam chào từ biệt …"); so do "tiếp" and "hội đàm", "hội kiến"
# ("… Chủ tịch UBND tỉnh Lào Cai tiếp Đoàn …").
_TAIL_BREAKS = frozenset(
    "đã sẽ đang cũng vừa được bị thì mà đón gặp thăm mời làm với chào tiếp từ rồi để trong"
    " chưa".split()
)
# Lower-case words no body's name holds: those that never end one, and prepositions.
_NOT_BODY_WORDS = _NOT_IN_TITLE | frozenset("từ tới ở theo trong khi trước bởi".split())
_MOST_BODY_WORDS = 12  # "Ban Quản lý các khu chế xuất và công nghiệp Thành phố Hồ Chí Minh"
_MOST_BODY_LOWER = 5  # "Trung tâm Phục vụ hành chính công": "vụ" and the four after it
# Nouns of two syllables a body's name holds in lower case after a capitalised word ("Đoàn
# thanh niên", "Khu công nghiệp", "Phát thanh truyền hình"), each one word of the tail;
# none is a verb a title may run into ("điều tra", "đầu tư", "thông báo" are left out).
_BODY_NOUNS = frozenset(
    tuple(noun.split())
    for noun in (
        "thanh niên",
        "thiếu niên",
        "nhi đồng",
        "sinh viên",
        "phụ nữ",
        "nông dân",
        "công nghiệp",
        "nông nghiệp",
        "nông thôn",
        "truyền hình",
        "truyền thông",
        "điện tử",
        "công nghệ",
        "khoa học",
        "công tố",
        "thương binh",
        "hải quan",
        "du lịch",
        "thể thao",
        "y tế",
        "giáo dục",
        "văn hóa",
        "môi trường",
    )
)
# Words after a bare title that make it a group: "Bộ trưởng các nước".
# "Đại sứ quán" is an embassy, not an ambassador.
_NOT_A_PERSON_AFTER = frozenset("các những nước hai quán".split())
# Words between a mention and its speech verb.
# Words that open what was said, after the verb.
_OPENERS = frozenset({",", ":", "rằng", "là"})
_MAX_NAME_WORDS = 4
# The most tokens a run of name words is read to: four words and their particles
# ("Sheikh Mohammed bin Rashid Al Maktoum") are far fewer.
_LONGEST_NAME_RUN = 24
_DASHES = frozenset({"-", "–"})  # a hyphen or an en dash, spaced, as a mark
_CHAIN_MARKS = _DASHES | {","}  # between the titles of one person
# Countries written short as the sides of a pair ("hữu nghị Nhật - Việt", "Việt - Mỹ"):
# names only there ("Việt" is a given name too).
_PAIR_SIDES = frozenset("Việt Nhật Hàn Trung Mỹ Nga Lào Pháp Đức Anh Úc Ấn Thái Cuba Xô".split())
_THEN_OWN_POST = frozenset({"là"})  # "Trưởng Ban là Phó Thủ tướng …": a post, then another
_MOST_JOINED = 2  # "A kiêm B kiêm C": joins after which "kiêm" ends the chain
_MAX_TAIL_WORDS = 40
"""The most words a title's organisation, country and name run to: far more than any
real one ("Phó Chủ tịch Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội" is 14)."""
# The words of a style written before a name, kept in it as the name is written but
# not counted among its words, nor needed to know the person: "Samdech Techo Hun Sen" is
# the "Hun Sen" of the next line, "Dato' Seri Anwar Ibrahim" the "Anwar Ibrahim".
_STYLES = frozenset(
    "Samdech Techo Thipadei Moha Borvor Akka Sena Padei Vibol Pheakdei Preah Bat Karuna"
    " Boromneath Krala Hom Kralahom Dato Datuk Seri Sri Tun".split()
)
_STYLE_KEYS = frozenset(map(match_key, _STYLES))
# The styles that open a name as an honorific does, each one country's: Cambodia's
# "Samdech", Malaysia's "Dato'", "Datuk" ("Sri", "Tun", "Preah" open places too: "Sri
# Lanka", "đền Preah Vihear").
_STYLE_OPENERS = {"Samdech": "KH", "Dato": "MY", "Datuk": "MY"}
_STYLE_OPENER_KEYS = frozenset(map(match_key, _STYLE_OPENERS))
# Lower-case words inside Western names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva",
# "Erik ten Hag".
_APOSTROPHES = frozenset({"'", "’"})
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "dos", "del", "la", "ten", "ter"}
    # … and "da" spelt by sound, as the Party's press writes it: "Lu-la đa Xin-va".
    | {"đa"}
    # Spanish ones capitalised inside a name: "Portell Casanova María Del Rosario".
    | {"Del", "De", "Dos"}
    # Arabic names: "Basel Humood Al Sabah", "Mohammed bin Salman"; "AI" is "Al" with a
    # capital i, which looks the same in most fonts ("Amthal AI Hawaila").
    | {"al", "Al", "AL", "AI", "bin", "ibn"}
    # An Arab noble's style, written into the name: "Sheikh Ahmad Abdullah Al-Ahmad Al Sabah";
    # a Cambodian or Malay one: "Samdech Moha Borvor Thipadei Hun Manet".
    | {"Sheikh"}
    | _STYLES
    # The apostrophe of a Malay honour that is part of the name: "Dato' Tan Yang Thai".
    | _APOSTROPHES
)
_LINKS = frozenset({"và", "của", "về"})
# The places a Party committee is named for ("Tỉnh ủy", "Thành ủy" …), the "ủy" after them.
_COMMITTEE_PLACES = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "đảng", "khu"})
_MOST_PLACE_WORDS = 6  # a unit and its name, closing a bracket: ", tỉnh Bà Rịa - Vũng Tàu)"
_CLOSING_MARKS = frozenset(",);")  # what may close a title's lower-case body words
# What may follow a body's name its country or "Trung ương" closes: those marks and the
# sentence's, or a verb (not the posting's "tại").
_AFTER_CLOSED_BODY = _CLOSING_MARKS | frozenset(".:")
_AFTER_CLOSED_WORDS = (_NOT_IN_TITLE | _TAIL_BREAKS) - {"tại"}
# Adverbs that open a predicate, as no title's word does: "… đã bổ nhiệm", "… sẽ thăm".
_VERB_ADVERBS = frozenset({"đã", "sẽ", "vừa", "đang", "cũng", "mới"})
_NO_STATEMENTS = frozenset((BlockKind.CAPTION, BlockKind.QUESTION))


@attrs.define
class _Person:
    key: str
    name: str
    titles: list[Title] = attrs.Factory(list)
    rank: str | None = None
    country: str | None = None
    guessed: bool = False  # the country is the surname's guess (VN), no title's
    deceased: bool = False
    mentions: list[Span] = attrs.Factory(list)
    title_keys: set[str] = attrs.Factory(set)  # the titles' folded texts
    roles: set[str] = attrs.Factory(set)  # the titles' folded roles
    # The first bodies named with each role, folded: what a bare title is checked against.
    bodies: dict[str, list[str]] = attrs.Factory(dict)

    def add_title(self, title: Title) -> None:
        """Add a title unless the person has it already (case and tone placement aside).

        One read first from a line in capitals, every word capitalised in the reading
        copy ("Tổng Bí Thư"), takes the spelling of the text when it is given again.
        """
        key = match_key(title.text)
        if key in self.title_keys:
            if not _every_word_capitalised(title.text):
                for index, known in enumerate(self.titles):
                    if match_key(known.text) == key and _every_word_capitalised(known.text):
                        self.titles[index] = title
            return
        self.title_keys.add(key)
        self.titles.append(title)
        role = match_key(title.role)
        # "Thứ trưởng Thường trực …" is the "Thứ trưởng" a bare title names next.
        for held in {role, role.removesuffix(_STANDING)}:
            self.roles.add(held)
            bodies = self.bodies.setdefault(held, [])
            if title.organization and len(bodies) < _MOST_BODIES:
                bodies.append(match_key(title.organization))


def _every_word_capitalised(text: str) -> bool:
    """Whether every word of a title of two words or more opens with a capital."""
    words = text.split()
    return len(words) > 1 and all(word[:1].isupper() for word in words)


_STANDING = " thường trực"  # a standing deputy's role: the role and its first deputy
_MOST_NAMES_ALIKE = 16  # longer names of one first and last word read for a middle one
_OPENING_MARKS = frozenset(",.;:")  # after which a bare title opens a clause
# Before a chain of titles, then a comma and an honorific, that names the honoured:
# a sentence's start, or its opening phrase ("Phát biểu tại buổi lễ, Đại sứ Mỹ, ông …").
_OPENED = _SENTENCE_MARKS | {","}
# Countries whose people the press calls by the surname, written first ("ông Tập").
_SURNAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "JP", "SG"})
# Words a day told between a speaker and the verb opens with: "ngày 8/5", "sáng nay".
_DAY_OPENERS = frozenset("ngày hôm sáng trưa chiều tối đêm rạng khuya vào".split())
_DAY_REACH = 60  # characters after a speaker where such a day is read
_SENTENCE_REACH = 400  # characters back from a mention where its sentence's start is sought
_MOST_BODIES = 8  # a person given thousands of titles costs no more at each bare title


@attrs.define
class _Item:
    """One title of a chain: a role or rank, then the organisation and perhaps a name."""

    kind: str
    role: tuple[int, int]  # token range of the role words
    tail: tuple[int, int]  # token range after the role, up to the end of the item
    joined: bool = False  # "… kiêm …": one title with the next item


@attrs.define
class _Said:
    """A statement before its words are cut out of the text (see ``statements()``)."""

    speaker: str
    verb: str | None
    begin: int  # where the words said begin
    end: int  # where they may end: the sentence's end
    span_start: int
    verb_end: int  # the statement's span reaches at least here
    fixed: bool = False  # a quotation: its end is its own


_WORD_KEYS: dict[str, str] = {}
"""The folded key of each word met (see :func:`_word_key`)."""
_FIRST = operator.itemgetter(0)
_LONGEST_PLACE = 3  # words of a place abroad: "Saint Petersburg", "Banteay Meanchey"
_MOST_WORD_KEYS = 200_000  # then forgotten: numbers and names would grow it forever


def _word_key(word: str) -> str:
    if len(_WORD_KEYS) >= _MOST_WORD_KEYS:
        _WORD_KEYS.clear()
    key = _WORD_KEYS[word] = match_key(word)
    return key


# Words right before a woman's name: "Phu nhân Jill Biden", "Hoàng hậu Suthida".
_WOMEN_BEFORE = (
    ["phu", "nhân"], ["hoàng", "hậu"], ["nữ", "hoàng"], ["công", "chúa"], ["thái", "hậu"]
)  # fmt: skip


class _Tokens:
    """The words of one block (or the part of it before a photo credit)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self._range = (start, end)
        # The keys are the words folded, each word once in the process (words repeat:
        # four times cheaper than tokenizing the folded text too; the same keys but for
        # a Greek sigma before a dot, final here). Where the words are (starts, ends) is
        # found only for blocks that name someone.
        self.words: list[str] = _TOKEN.findall(text, start, end)
        self.count = len(self.words)
        keys: list[str | None] = list(map(_WORD_KEYS.get, self.words))
        if None in keys:  # words not met yet
            words = self.words
            keys = [_word_key(words[i]) if k is None else k for i, k in enumerate(keys)]
        self.keys = cast(list[str], keys)
        self.caps = list(map(str.isupper, map(_FIRST, self.words)))  # a token is never empty

    def ends_text(self) -> bool:
        """Whether these words run to the end of the text, where an excerpt may cut it."""
        return self._range[1] >= len(self.text)

    @functools.cached_property
    def starts(self) -> list[int]:
        # Only whitespace lies between two words (any other character is a token), so
        # each word is found where it starts: a third of the cost of tokenizing again.
        found, position, find = [], self._range[0], self.text.find
        for word in self.words:
            position = find(word, position)
            found.append(position)
            position += len(word)
        return found

    @functools.cached_property
    def ends(self) -> list[int]:
        return [begin + len(word) for begin, word in zip(self.starts, self.words, strict=True)]

    def span(self, first: int, last: int) -> Span:
        """The Span of tokens ``first`` to ``last - 1``."""
        return Span(self.starts[first], self.ends[last - 1])

    def slice(self, first: int, last: int) -> str:
        return self.text[self.starts[first] : self.ends[last - 1]]

    def is_word(self, index: int) -> bool:
        return index < self.count and self.words[index][0].isalnum()


def _indexes(words: list[str], word: str) -> Iterator[int]:
    """Where ``word`` stands in ``words``, in order (list.index runs in C: most are not it)."""
    index = -1
    try:
        while True:
            index = words.index(word, index + 1)
            yield index
    except ValueError:
        return


# Words before a lower-case post that say it of someone named before: "…, trợ lý của …",
# "… là trợ lý của …".
_SAID_OF_SOMEONE_BEFORE = frozenset({",", "là", "làm", "kiêm", "cũng", "vốn"})


def _sent_to_work(tokens: _Tokens, position: int) -> bool:
    """Whether ``về`` at ``position`` opens the body one is moved to, not a portfolio.

    "điều động ông …, Phó chủ tịch UBND quận … về Tỉnh ủy Long An công tác": capitalised
    words, then "công tác" (to work there), as personnel news write a transfer.
    """
    if (
        tokens.keys[position] != "về"
        or tokens.caps[position]
        or position + 1 >= tokens.count
        or not tokens.caps[position + 1]
    ):
        return False
    for after in range(position + 2, min(tokens.count - 1, position + _MOST_BODY_WORDS)):
        if tokens.keys[after : after + 2] == ["công", "tác"] and not tokens.caps[after]:
            return True
        if not tokens.is_word(after) or tokens.keys[after] in _NOT_BODY_WORDS:
            return False
    return False


def _verb_after_title(tokens: _Tokens, position: int) -> bool:
    """Whether the word at ``position`` is a verb that may follow a title, never end it.

    In lower case only: "Tập đoàn Hòa Phát" ends with a name, not "phát biểu"; and
    the "chủ" of "Đảng Dân chủ" is no "chủ trì", the "do" of "Tự do" no "do" (by).
    """
    key = tokens.keys[position]
    second = _TWO_WORD_VERBS.get(key)
    if second is not None:  # "… Lào Cai hội đàm với …", not the "hội" of "Quốc hội"
        return (
            not tokens.caps[position]
            and position + 1 < tokens.count
            and tokens.keys[position + 1] in second
            and tokens.keys[position + 2 : position + 3] != ["viên"]  # "báo cáo viên": a post
        )
    return (
        not tokens.caps[position]
        and key in _NOT_IN_TITLE
        and not (position and (tokens.keys[position - 1], key) in _WORDS_OF_NAMES)
    )


# How thanks and welcomes are said, before the speech verb: "chân thành cảm ơn".
_SPEECH_MANNERS = frozenset({("chân", "thành"), ("trân", "trọng"), ("nhiệt", "liệt")})
# Verbs of two words whose first word alone may be in a body's name: "hội đàm", "hội
# kiến", "hội ý" (not the "hội" of "Quốc hội"), "báo cáo" (not "báo Nhân Dân").
_TWO_WORD_VERBS = {
    "hội": frozenset({"đàm", "kiến", "ý"}),
    "báo": frozenset({"cáo"}),
    # "… Huawei Việt Nam chia sẻ", "… tỉnh Hà Nam vi phạm …", not "chương trình", "qua".
    "trình": frozenset({"bày"}),
    "chia": frozenset({"sẻ"}),
    "qua": frozenset({"đời"}),
    "vi": frozenset({"phạm"}),
}


# The units a ministry or a directorate is made of, and the bodies they belong to, named
# after a comma: "Vụ Pháp luật, Ban Nội chính Trung ương", "Cục Lễ tân, Bộ Ngoại giao".
# First words: "Vụ", "Cục" …, "Trung tâm", "Văn phòng".
_DEPARTMENTS = frozenset("vụ cục viện sở trường phòng khoa trung văn".split())
_PARENT_BODIES = frozenset("bộ ban tổng cục ủy ubnd đại học viện".split())  # first words
# A founder's calling, no post: "nhà sáng lập", "đồng sáng lập", "người sáng lập" (of
# three words each), and what joins it to the titles after it.
_FOUNDERS = frozenset((first, "sáng", "lập") for first in ("nhà", "đồng", "người"))
_AFTER_FOUNDER = frozenset({",", "kiêm", "và", "-", "–"})
# Words before a bare title that is another's than the speaker's: on behalf of, by the
# authority of, at the invitation of.
_ON_BEHALF = frozenset({("thay", "mặt"), ("quyền", "của"), ("mời", "của")})
# Or the post someone else is given: "… bổ nhiệm … giữ chức vụ Phó Viện trưởng …, Tổng Bí
# thư, Chủ tịch nước Tô Lâm khẳng định …".
_ANOTHERS_POST = frozenset({("chức", "vụ"), ("giữ", "chức"), ("chức", "danh")})
# Between a name and the post it is given: "ông … (được bổ nhiệm) giữ chức vụ …", "bầu
# ông … làm …", "… ông … nhân dịp được bổ nhiệm làm …". Not "thôi giữ chức", "từng giữ
# chức", "miễn nhiệm": posts not held.
_APPOINTED_REACH = 60  # characters: "được bầu tái bổ nhiệm giữ chức vụ" is 33
# … unless only put forward for it ("đề cử ông Kim Min-seok làm Thủ tướng") or supposed
# ("Nếu ông Giang làm chủ tịch nước", "khả năng ông làm …").
_PUT_FORWARD = re.compile(
    r"(?<!\w)(?:đề cử|giới thiệu|đề xuất|đề nghị|tiến cử|ứng cử|kiến nghị|nếu|khả năng"
    # Or still to come: "Quốc hội sẽ bầu chức danh …", "dự kiến bổ nhiệm …".
    r"|sẽ|dự kiến|xem xét)"
    r"(?:\s+\S+){0,2}\s*$"
)
# A post given before whom it is given to, as a decision words it: "bổ nhiệm chức vụ Thứ
# trưởng Bộ Công an đối với Trung tướng … và Thiếu tướng …", "phê chuẩn kết quả bầu chức
# vụ Chủ tịch UBND tỉnh … đối với ông …". Not "miễn nhiệm", "cho thôi giữ chức vụ …",
# "cách chức …": posts taken away.
_APPOINTING = re.compile(
    r"(?<!\w)(?:bổ nhiệm(?:\s+lại)?|bầu|chỉ định|phê chuẩn(?:\s+kết quả\s+bầu)?)"
    r"\s+(?:giữ\s+)?(?:chức(?:\s+vụ|\s+danh)?\s+)?$"
)
# … and between the post's "đối với" (or the last one given it, their titles after their
# name) and each name it is given to: "…, ông …", "… và đồng chí …" on one line.
_NEXT_APPOINTEE = re.compile(
    r"[^\S\n]*(?:(?:,|;|và)[^\S\n]*)?(?:các[^\S\n]+)?(?:(?:đồng chí|ông|bà)[^\S\n]+)?"
)
# Between two people given one post: "Ông A và ông B được bổ nhiệm …", "Trung tướng A
# (bên trái) và Trung tướng B …" (a photo's aside).
_PAIRED = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?và\s+(?:(?:ông|bà|đồng chí)\s+)?")
_MOST_TITLE_WORDS = 4
_APPOINTED_TO = re.compile(
    # "chúc mừng ông … nhân dịp được bổ nhiệm làm …": on the occasion.
    r"\s*(?:(?:nhân dịp|nhân)\s+)?"
    r"(?:(?:được|đã|vừa|sẽ|chính thức|tiếp tục|tái)\s+)*"
    r"(?:(?:bầu|bổ nhiệm|phân công|điều động|chỉ định|luân chuyển)\s+)?"
    r"(?:giữ\s+(?:chức(?:\s+vụ|\s+danh)?|cương vị|vị trí)|làm|đảm nhiệm|đảm nhận"
    # "… đã trúng cử vị trí Chủ tịch nước …": elected. Not "nhậm chức" (taking office),
    # told as often of what is to come ("trước khi ông nhậm chức thủ tướng …").
    r"|trúng cử(?:\s+(?:chức(?:\s+vụ|\s+danh)?|vị trí))?)\s+"
)
# What ends an inviter's name, their titles all theirs: "… mời của Tổng Bí thư, Chủ tịch
# nước Tô Lâm và Phu nhân, …".
_INVITER_ENDS = frozenset({",", "và", "-", "–", "(", ";"})
_COMPLEMENT_BEFORE = frozenset({"làm", "chức"})  # "được bầu làm …", "giữ chức …"
# Roles that are a post only with whose after them: "Nhà lãnh đạo Triều Tiên Kim Jong Un".
_NEEDS_WHOSE = frozenset({"nhà lãnh đạo"})
# Roles that need a body after them and take a country or an international body as one.
_LEADS_ANY_BODY = frozenset({"lãnh đạo"}) | DESCRIBING_ROLES
_LED_BODIES = frozenset({"country", "international"})
# Buildings named for a post: "Phủ Chủ tịch", "Dinh Tổng thống", "Tòa Tổng Giám mục".
_PALACES = frozenset({"Phủ", "Dinh", "Tòa", "Lăng", "PHỦ", "DINH", "TÒA", "LĂNG"})
# Two-word parts of bodies' names whose second word would end a title: the parties'
# "Đảng Dân chủ Tự do" (verbs), the Cabinet's "Văn phòng Nội các" (no plural "các").
_WORDS_OF_NAMES = frozenset({("dân", "chủ"), ("tự", "do"), ("nội", "các")})


def _after_particles(tokens: _Tokens, position: int, limit: int) -> int:
    """Past the particles of a Western name at ``position`` ("von der"), at most ``limit``."""
    while position < limit and tokens.words[position] in _PARTICLES:
        position += 1
    return position


def _name_size(tokens: _Tokens, start: int, end: int) -> int:
    """The words of a name in tokens [start, end), particles left out; 0 if too long."""
    size = sum(1 for word in tokens.words[start:end] if word not in _PARTICLES)
    return size if size <= _MAX_NAME_WORDS else 0


_GLUED_PARTICLES = frozenset({"al-", "el-"})  # Arabic articles joined to a name
# Generational suffixes, abbreviated with a dot: "Ferdinand Marcos Jr.".
_NAME_SUFFIXES = frozenset({"Jr", "Sr"})
# The number of a monarch or pope after their name; not one letter ("ông X", "Rama X").
_REGNAL_NUMBERS = frozenset(
    "II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII".split()
)


def _is_name_word(word: str) -> bool:
    # Capitalised letters ("Lâm", "Okonjo-Iweala"), never all capitals ("TTXVN") nor
    # capitals run into a word ("TTXViệt", a photo credit glued to the caption); or
    # initials ("E.", "L.B.").
    if word[-1:] == ".":
        return word[:1].isupper() and _INITIALS.fullmatch(word) is not None
    if word[:3] in _GLUED_PARTICLES and word[3:4].isupper():
        return word[3:].replace("-", "").isalpha()  # "al-Sudani", "el-Sisi"
    return (
        word[:1].isupper()
        and not (len(word) > 1 and (word.isupper() or word[1].isupper()))
        and word.replace("-", "").isalpha()
    )


class _Extraction:
    def __init__(self, article: Article, lexicon: Lexicon) -> None:
        self.text = article.text
        self.lexicon = lexicon
        self.phrases = lexicon.phrases
        self.name_starts = lexicon.surnames | lexicon.foreign_surnames
        self.cap_openers, self.lower_openers, self.mention_openers = _openers(lexicon)
        self.any_openers = _any_opener(lexicon)
        self.role_openers = _role_openers(lexicon)
        self.rank_openers, self.body_openers = _kind_openers(lexicon)
        self.people: dict[str, _Person] = {}
        # The keys of people named in several words, by each of their words: whom a name
        # spelled anew may be (see respelling_of), found without reading every person.
        self.by_word: dict[str, list[str]] = {}
        self.recent: list[str] = []  # keys, most recent mention last
        self.recent_text: list[str] = []  # the same, leaving out photo captions
        self.last_mention_end = -1  # where the last mention ends, in the article's text
        self.last_mention_start = -1
        self.apposition_end = -1  # where the titles after the last name end, if any
        # A post given to whom is named next (see _APPOINTING): its titles, and where the
        # next name given it may start from.
        self.post_ahead: tuple[list[Title], int] | None = None
        self.women: set[str] = set()  # named after "bà", "chị" or as someone's wife
        self.men: set[str] = set()  # named after "ông"
        self.subject: str | None = None  # the person opening the last sentence with one
        self.subject_sentence = -1  # where that sentence starts
        self.cut_titles: set[str] = set()  # titles an ellipsis cuts off ("Chính ủy Học ...")
        self.cut_names: set[str] = set()  # names an ellipsis may cut off ("Trần Đình ...")
        self.page_cut: str | None = None  # … and the one the page's end cuts off, if any
        self.in_caption = False
        self.heading = False
        self.in_lead = False
        self.asking = False
        self.answering = False
        self.interviewee: str | None = None
        # Bare titles of headings no one was named with yet: (roles, country, titles, span).
        self.pending: list[tuple[tuple[str, ...], str | None, list[Title], Span]] = []
        # "ông Cường" before anyone of that given name: (the name, where), resolved last.
        self.pending_given: list[tuple[str, Span]] = []
        self.said: list[_Said] = []
        self._stops: list[int] = []  # sentence ends of the block last asked about
        self._stops_from = self._stops_limit = -1

    # -- people ------------------------------------------------------------------

    def person(
        self,
        tokens: _Tokens,
        first: int,
        last: int,
        *,
        titles: list[Title],
        rank: str | None,
        country: str | None,
        deceased: bool,
        guessed: bool = False,
    ) -> str:
        name = tokens.slice(first, last)
        if name.isupper():
            name = name.title()
        key = person_key(name)
        if (
            tokens.words[last - 1] in _NAME_SUFFIXES
            and last < tokens.count
            and tokens.words[last] == "."
            and tokens.starts[last] == tokens.ends[last - 1]
        ):
            # "Ferdinand Marcos Jr.": the suffix is written with its dot, even where the
            # dot also ends the sentence; the key is the same without it (person_key).
            name += "."
        before = tokens.keys[max(0, first - 4) : first]
        if last - first == 1 and key not in self.people:
            # "Tổng thống Putin" after "Vladimir Putin", "Tổng thống Yoon" after "Yoon
            # Suk Yeol": one word names the person last named with it; "ông Vance" not
            # his wife ("vợ là luật sư Usha Chilukuri Vance").
            male = before[-1:] == ["ông"]
            key = next(
                (
                    k
                    for k in reversed(self.recent)
                    if any(part == key or _respelled(part, key) for part in k.split())
                    and not (male and k in self.women)
                ),
                key,
            )
        if key not in self.people and key.count(" ") == 1:
            # "Ishiba Shigeru", then "Shigeru Ishiba": outlets put a Japanese or Chinese
            # name in either order, sometimes both in one article; one person.
            swapped = " ".join(reversed(key.split()))
            key = swapped if swapped in self.people else key
        key = self.respelling_of(key, name)
        if before[-1:] in (["bà"], ["chị"]) or "vợ" in before or before[-2:] in _WOMEN_BEFORE:
            self.women.add(key)  # "… và Phu nhân Jill Biden": "ông Biden" is not she
        elif before[-1:] == ["ông"]:
            self.men.add(key)
        found = self.people.get(key)
        if found is None:
            found = self.people[key] = self.new_person(key, name)
            # A founder the press names without "cố" is late all the same: no bare title
            # ("Chủ tịch …") can stand for him.
            found.deceased = match_key(name) in self.lexicon.late_leaders
        self.mention(key, tokens.span(first, last))
        for title in titles:
            found.add_title(title)
        found.rank = found.rank or rank
        known = self.known_country(tokens, first, last)
        if known is not None and (country is None or guessed):
            # "Thủ tướng Lý Cường", "ông Vương Nghị": a foreign leader whose name reads
            # as a Vietnamese one, no title saying whose.
            country, guessed = known, False
        if country and (found.country is None or (found.guessed and not guessed)):
            # A country a title names wins over one guessed from a surname ("đồng chí Hà
            # Vĩ …", then "Đại sứ Trung Quốc tại Việt Nam Hà Vĩ").
            found.country, found.guessed = country, guessed
        found.deceased = found.deceased or deceased
        return key

    def respelling_of(self, key: str, name: str) -> str:
        """The key of someone named before whose foreign name ``name`` spells anew, or ``key``.

        "Vassily Nebenzia", then "Vasily Nebenzia": a foreign name spelled two ways by one
        article is one person (see :func:`_respelled`).
        """
        if key in self.people or not all(map(_foreign_spelling, name.split())):
            return key
        candidates = dict.fromkeys(
            known for word in key.split() for known in self.by_word.get(word, ())
        )
        return next((known for known in candidates if _respelled(known, key)), key)

    def new_person(self, key: str, name: str) -> _Person:
        """A person of that key and name, indexed by the words of a name of several."""
        words = key.split()
        if len(words) > 1:
            for word in words:
                keys = self.by_word.setdefault(word, [])
                if len(keys) < _MOST_SHARING_A_WORD:  # a text of "Kim …" again and again
                    keys.append(key)
        return _Person(key, name)

    def ends_known_name(self, name: str) -> bool:
        """Whether ``name`` (two words or more) ends a longer name written before.

        "Duy Mạnh" after "Đỗ Duy Mạnh", "Thanh Sơn" after "Bùi Thanh Sơn".
        """
        words = person_key(name).split()
        size = len(words)
        return size > 1 and any(
            len(fuller) > size and fuller[-size:] == words
            for fuller in map(str.split, self.by_word.get(words[-1], ()))
        )

    def known_country(self, tokens: _Tokens, first: int, last: int) -> str | None:
        """The country the lexicon gives the foreign leader named by tokens [first, last)."""
        return self.lexicon.foreign_people.get(" ".join(tokens.keys[first:last]))

    def mention(self, key: str, span: Span) -> None:
        self.people[key].mentions.append(span)
        self.last_mention_start, self.last_mention_end = span.start, span.end
        self.apposition_end = -1
        for recent in (self.recent,) if self.in_caption else (self.recent, self.recent_text):
            if key in recent:
                recent.remove(key)
            elif len(recent) == _MAX_RECENT:
                del recent[0]
            recent.append(key)

    def note_subject(self, key: str, start: int) -> None:
        """Keep ``key`` as its sentence's subject if it is the first person opening it.

        At the sentence's start or right after its opening phrase's comma ("Sáng 11/6,
        tại …, Chủ tịch UBND tỉnh …", "Theo lời mời của …, Tổng thống …"); not one
        named inside that phrase, nor a second of a list.
        """
        before = self.text[max(0, start - 8) : start].rstrip(" \t\xa0*_")
        if before and before[-1] not in ",.!?:;\n":
            return  # inside a clause: no sentence's subject (most mentions)
        sentence = _sentence_start(self.text, start)
        if sentence == self.subject_sentence:
            return  # the sentence's subject is known
        opening = self.text[sentence:start].rstrip()
        if not opening or opening.endswith(","):
            self.subject, self.subject_sentence = key, sentence

    def subject_before(self, start: int, pronoun: str) -> str | None:
        """The subject of an earlier sentence a pronoun opening a sentence stands for.

        "Tại buổi tiếp, Chủ tịch UBND tỉnh … thông tin với Tổng Lãnh sự …. Ông đề nghị
        …": the chairman, not the consul named last; ``None`` when the pronoun does not
        open its sentence or may not stand for the subject.
        """
        subject = self.subject
        if (
            subject is None
            or _sentence_start(self.text, start) != start
            or self.subject_sentence >= start
            or subject not in self.recent_text
        ):
            return None
        # "bà" for a woman named so, "ông" for anyone not named as a woman (a title
        # alone names men and women alike; most such leaders are men).
        if (subject in self.women) != (pronoun == "bà"):
            return None
        return subject

    def holder(
        self,
        roles: tuple[str, ...],
        *,
        every: bool,
        country: str | None = None,
        titles: list[Title] | None = None,
    ) -> str | None:
        """The person last mentioned who holds ``every`` (or any) of these roles.

        Vietnamese officials first: the press names a foreign leader again with the
        country or the name ("Chủ tịch Tập Cận Bình"), and a bare "Tổng Bí thư" after
        both leaders have spoken is the Vietnamese one. A title that names its country
        ("Thủ tướng Nhật Bản") is no one's of another country, nor one that names its
        body (``titles``) the chair of another ("Chủ tịch Hội đồng Bảo an" after "Chủ
        tịch Liên hiệp các tổ chức hữu nghị Việt Nam …").
        """
        found = []
        for key in reversed(self.recent):
            person = self.people[key]
            if person.deceased or not _may_serve(person, country, roles, titles):
                continue
            if (all if every else any)(role in person.roles for role in roles) and not (
                titles and _other_body(person, titles, self.lexicon.international)
            ):
                found.append(person)
        home = [person for person in found if person.country in (None, "VN")]
        return (home or found)[0].key if found else None

    # -- scanning ------------------------------------------------------------------

    def scan(self, start: int, end: int, kind: BlockKind) -> None:
        tokens = _Tokens(self.text, start, end)
        self.in_caption = kind is BlockKind.CAPTION
        self.heading = kind is BlockKind.HEADING
        self.in_lead = kind is BlockKind.LEAD
        self.asking = kind is BlockKind.QUESTION
        self.answering = kind is BlockKind.ANSWER
        position = 0
        for index in self.openings(tokens):
            if index < position:
                continue  # inside the mention read last
            found = self.at(tokens, index)
            if found is None:
                continue
            key, after, mention_start = found
            if key is not None and not self.in_caption:
                self.note_subject(key, tokens.starts[mention_start])
            if key is not None and kind not in _NO_STATEMENTS:
                # A caption describes a photo ("X phát biểu" there reports no words), and
                # a question asks ("Xin Đại sứ cho biết …?") rather than reports.
                self.statement(tokens, key, mention_start, after, answer=kind is BlockKind.ANSWER)
            position = max(after, index + 1)

    def openings(self, tokens: _Tokens) -> list[int]:
        """The tokens a mention may start at, in order; most words can start none.

        A capitalised word that opens a lexicon entry or a surname may; in lower case
        what opens an honorific, a pronoun, an epithet, ``cố`` or a status word
        (``nguyên``), and a role only with a capitalised word after it (see
        :meth:`lower_title_ahead`). So may the first word of a run of capitals with a
        title after its comma ("Denny Abdi, Đại sứ …").
        """
        upper, lower, acting = self.cap_openers, self.lower_openers, self.mention_openers
        # A comma, an opening bracket or a dash with a post after it: "Denny Abdi, Đại sứ
        # …", "Bùi Thanh Sơn (Phó Thủ tướng) …", "Cao Tường Huy - Chủ tịch …".
        marks = sorted(
            index
            for mark in _APPOSITION_MARKS
            for index in _indexes(tokens.words, mark)
            if self.post_at(tokens, index + 1)
        )
        # A capitalised word that opens no title, honorific or epithet (a surname, "Hội")
        # starts a mention only as a name with a title after its comma (or bracket, dash).
        reach = marks[-1] if marks else -1
        keys, caps, either = tokens.keys, tokens.caps, self.any_openers
        buildings = not _PALACES.isdisjoint(tokens.words)  # most blocks name none
        found = [  # the few words that may open one, then the rules for them
            index
            for index in itertools.compress(range(tokens.count), map(either.__contains__, keys))
            if (
                keys[index] in upper and (index < reach or keys[index] in acting)
                if caps[index]
                else keys[index] in lower or self.lower_title_ahead(tokens, index)
            )
            and not (buildings and self.named_for_building(tokens, index))
        ]
        if marks:
            # A name of two to four words ends at the mark: its first word is 2-4 back
            # (two tokens more for each apostrophe joining its words: "Jen O'Malley …").
            known = set(found)
            found += [
                first
                for mark in marks
                for first in range(max(0, mark - _name_tokens(tokens, mark)), mark - 1)
                if first not in known
                and tokens.caps[first]
                and self.apposition_after(tokens, first)
            ]
            found = sorted(set(found))
        return found

    def named_for_building(self, tokens: _Tokens, index: int) -> bool:
        """Whether the word at ``index`` is in a post that names a building after it.

        "tại Phủ Chủ tịch, Thủ tướng …", "Dinh Tổng thống", "Tòa Tổng Giám mục": a palace
        or a see, no one's title, none of its words opening one (not the "phủ" of "Chính
        phủ cựu Thủ tướng …").
        """
        for opening in range(index, max(0, index - 3), -1):
            if tokens.words[opening - 1] in _PALACES and (
                opening < 2 or tokens.keys[opening - 2] != "chính"
            ):
                if opening == index:
                    return True
                found = self.phrases.longest(tokens.keys, opening, _ROLE_KINDS)
                return found is not None and opening + found[0] > index
        return False

    def at(self, tokens: _Tokens, index: int) -> tuple[str | None, int, int] | None:
        """Read a mention starting at ``index``: (speaker key or None, next index, start)."""
        keys = tokens.keys
        deceased = False
        first = index
        if (
            keys[index] in self.lexicon.deceased
            and index + 1 < tokens.count
            and self.phrases.longest(keys, index + 1, _ROLE_KINDS)
        ):
            deceased = True
            index += 1
        leader = self.country_leader(tokens, index)
        if leader is not None:
            return leader
        epithet = self.phrases.longest(keys, index, _EPITHET)
        if epithet is not None and not self.splits_role(tokens, index, index + epithet[0]):
            end = index + epithet[0]
            roles = self.lexicon.epithets[" ".join(keys[index:end])]
            key = self.holder(roles, every=False)
            if key is not None:
                self.mention(key, tokens.span(index, end))
            return key, end, index
        if self.role_at(tokens, index) is not None:
            return self.chain(tokens, index, deceased=deceased, first=first)
        if _status(tokens, index) and self.lower_title_ahead(tokens, index + 1):
            # "Nguyên thủ tướng Nguyễn Tấn Dũng", "Cựu tổng thống Mỹ Barack Obama".
            return self.lower_title(tokens, index, deceased=deceased, first=first)
        if not tokens.caps[index]:
            if deceased and self.lower_title_ahead(tokens, index):
                # "cố tổng bí thư Nguyễn Phú Trọng": the late.
                return self.lower_title(tokens, index, deceased=True, first=first)
            return self.lowercase(tokens, index)
        if self.phrases.longest(keys, index, _ROLE_KINDS):
            return self.chain(tokens, index, deceased=deceased, first=first)
        honorific = self.phrases.longest(keys, index, _HONORIFIC)
        if honorific is not None:
            return self.honorific(tokens, index, index + honorific[0])
        if tokens.words[index] in _STYLE_OPENERS:
            styled = self.styled(tokens, index)
            if styled is not None:
                return styled
        return self.apposed_name(tokens, index)

    def country_leader(self, tokens: _Tokens, index: int) -> tuple[str | None, int, int] | None:
        """A country's leader called by what they are, not by name.

        "nhà lãnh đạo Nga", "người đứng đầu Điện Kremlin", "ông chủ Nhà Trắng": the
        person last mentioned who heads that country's state or government; None when
        the words are not such an epithet or no such head was named.
        """
        keys = tokens.keys
        rest = _LEADER_REST.get(keys[index])  # most mentions open with none of them
        if rest is None or tuple(keys[index + 1 : index + 1 + len(rest)]) != rest:
            return None
        size = 1 + len(rest)
        end = index + size
        country = self.phrases.longest(keys, end, _COUNTRY) if end < tokens.count else None
        if country is not None:
            code = self.lexicon.countries[" ".join(keys[end : end + country[0]])]
            end += country[0]
        else:
            # A palace of two words: "Nhà Trắng", "Điện Kremlin" (not "Lầu Năm Góc", whose
            # head is a minister, nor an agency of one word, "CIA").
            seat = " ".join(keys[end : end + 2])
            if seat not in self.lexicon.seats or not all(tokens.caps[end : end + 2]):
                return None
            code = self.lexicon.seats[seat]
            end += 2
        if end < tokens.count and tokens.caps[end] and tokens.is_word(end):
            return None  # "Nhà lãnh đạo Triều Tiên Kim Jong Un": a title, then the name
        key = self.holder(_HEADS, every=False, country=code)
        if key is None or self.people[key].country != code:
            return None  # as any title: "Nhà lãnh đạo Triều Tiên" is one in the lexicon
        self.mention(key, tokens.span(index, end))
        return key, end, index

    def styled(self, tokens: _Tokens, index: int) -> tuple[str | None, int, int] | None:
        """A name its style opens, with no title: "Samdech Techo Hun Sen nêu rõ …".

        The style is kept in the name, as written; the words after it make the name, and
        it says whose country the person serves.
        """
        name = self.valid_name(tokens, index, self.name_run(tokens, index), foreign_ok=True)
        if name is None or name[0] != index:
            return None
        country = _STYLE_OPENERS[tokens.words[index]]
        return self.named(tokens, name, [], None, country, False, start=index)

    def splits_role(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether a role begins inside tokens [start, end) and runs past them.

        "nguyên Thủ tướng" is a former prime minister, not the epithet "Nguyên thủ".
        """
        return any(
            (found := self.phrases.longest(tokens.keys, position, _ROLE_KINDS)) is not None
            and position + found[0] > end
            for position in range(start + 1, end)
        )

    def role_at(
        self, tokens: _Tokens, position: int, *, lower: bool = False
    ) -> tuple[int, str] | None:
        """The role at ``position`` as (words, kind), with a status word before it.

        "nguyên Thủ tướng" (former), "cựu Bộ trưởng" (ex-), "Quyền Đại diện Thương mại"
        (acting): the word is part of the title, and the role then needs no capital.
        With ``lower``, none needs one: in an apposition after a name, many outlets write
        the post in lower case ("ông Phan Văn Mãi, chủ tịch UBND TP.HCM, …").
        """
        if (
            _status(tokens, position) or (tokens.words[position] == "phó")
        ) and position + 1 < tokens.count:
            # "phó Chủ tịch Quốc hội" in lower case, as a list may write it: the deputy.
            after = self.phrases.longest(tokens.keys, position + 1, _ROLE_KINDS)
            if (
                after is None
                and _status(tokens, position)
                and tokens.keys[position + 1] == "phó"
                and position + 2 < tokens.count
            ):
                # "nguyên Phó Tổng cục trưởng …": the former deputy of any post.
                deputy = self.phrases.longest(tokens.keys, position + 2, _ROLE_KINDS)
                if deputy is not None and deputy[1] == "role":
                    after = deputy[0] + 1, deputy[1]
            if after is not None and (lower or tokens.caps[position + 1]):
                end = position + 1 + after[0]
                qualifier = _qualifier_at(tokens, end) if after[1] == "role" else 0
                return after[0] + 1 + qualifier, after[1]  # "phó bí thư thường trực …"
            return None
        if not (lower or tokens.caps[position]):
            return None
        found = self.phrases.longest(tokens.keys, position, _ROLE_KINDS)
        if tokens.keys[position] == "phó" and position + 1 < tokens.count:
            # "Phó Chánh án", "Phó Viện trưởng": the deputy of any post the lexicon knows;
            # of the longest one ("Phó Trưởng Phái đoàn thường trực …", not "Phó Trưởng").
            after = self.phrases.longest(tokens.keys, position + 1, _ROLE_KINDS)
            if (
                after is not None
                and after[1] == "role"
                and (found is None or after[0] + 1 > found[0])
            ):
                found = after[0] + 1, after[1]
        if found is not None and found[1] == "role":
            # "Tổng thống đắc cử Donald Trump", "Thủ tướng mãn nhiệm": part of the title.
            found = found[0] + _qualifier_at(tokens, position + found[0]), found[1]
        return found

    def lowercase(self, tokens: _Tokens, index: int) -> tuple[str | None, int, int] | None:
        keys = tokens.keys
        honorific = self.phrases.longest(keys, index, _HONORIFIC)
        if honorific is not None and not (
            _running_for(tokens, index + honorific[0]) and self.lower_title_ahead(tokens, index)
        ):
            return self.honorific(tokens, index, index + honorific[0])
        if self.lower_title_ahead(tokens, index):
            return self.lower_title(tokens, index)
        return None

    def lower_title_ahead(self, tokens: _Tokens, index: int) -> bool:
        """Whether a post in lower case, a capitalised word after it, starts at ``index``.

        "theo phó chủ tịch UBND TP.HCM Võ Văn Hoan", "… bộ trưởng Bộ Y tế Đào Hồng Lan":
        some outlets write a post in lower case before the name too. Not a group ("các
        bộ trưởng ASEAN"), but the names a plural lists ("các bộ trưởng Bùi Thanh Sơn,
        …"): a Vietnamese surname right after the post.
        """
        keys = tokens.keys
        # "… bầu ông Trần Thanh Mẫn làm chủ tịch Quốc hội": the post one is made, no name
        # after it (see lower_title).
        made = index > 0 and keys[index - 1] in _COMPLEMENT_BEFORE
        opening = index
        if (
            index < tokens.count
            and keys[index] == "phó"
            and (index == 0 or keys[index - 1] != "phó")
        ):
            index += 1  # "phó phát ngôn viên …": the deputy of any post
        if (
            index >= tokens.count
            or keys[index] not in self.role_openers
            or keys[index] in _NOT_LOWER_POSTS
        ):
            return False
        role = self.phrases.longest(keys, index, _ROLE_KINDS)
        if (
            role is not None
            and index + role[0] + 1 < tokens.count
            and tokens.words[index + role[0]] == ","
            and _held_with(tokens, opening, index + role[0])
            and self.lower_title_ahead(tokens, index + role[0] + 1)
        ):
            return True  # "ủy viên Bộ Chính trị, thủ tướng Phạm Minh Chính": both his
        if role is not None and index and keys[index - 1] in _PLURAL:
            after = index + role[0]
            return (
                after < tokens.count
                and tokens.caps[after]
                and keys[after] in self.lexicon.surnames
                and self.phrases.longest(keys, after, _COUNTRY) is None
            )
        return role is not None and (
            made
            or (
                index + role[0] < tokens.count
                and (
                    tokens.caps[index + role[0]]
                    or bool(self.lower_body(tokens, index + role[0]))
                    # "chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam …"
                    or self.country_after_nuoc(tokens, index + role[0])
                )
            )
            # "người phát ngôn của Tổng thư ký Liên hợp quốc …": an aide of a post, named
            # after it; not one said of someone named before ("Phạm Thái Hà, cũng là trợ
            # lý của Chủ tịch Quốc hội Vương Đình Huệ": his).
            or (
                index + role[0] + 1 < tokens.count
                and keys[index + role[0]] == "của"
                and (index == 0 or keys[index - 1] not in _SAID_OF_SOMEONE_BEFORE)
                and self.role_at(tokens, index + role[0] + 1) is not None
            )
        )

    def lower_body(self, tokens: _Tokens, position: int) -> int:
        """The words of a body at ``position`` that opens in lower case, or 0.

        Some outlets write a seat of government so: "điện Kremlin", "nhà Trắng". Its
        last word must be capitalised.
        """
        if tokens.caps[position]:
            return 0
        found = self.phrases.longest(tokens.keys, position, _INTERNATIONAL)
        if found is None or found[0] < 2 or not tokens.caps[position + found[0] - 1]:
            return 0
        return found[0]

    def lower_title(
        self, tokens: _Tokens, index: int, *, deceased: bool = False, first: int | None = None
    ) -> tuple[str | None, int, int] | None:
        """A post in lower case and the name it ends with, or ``None`` with no name.

        The name must end the post itself: after a comma, a title and a name are
        another's ("Theo người phát ngôn Nhà Trắng, Tổng thống Joe Biden …").
        """
        items, after = self.read_chain(tokens, index, lower=True)
        if not items or (
            items[0].tail[0] < tokens.count and self.role_at(tokens, items[0].tail[0]) is not None
        ):
            return None  # "trợ lý Chủ tịch Quốc hội Vương Đình Huệ": the served one's name
        # A post held with the one after it: "ủy viên Bộ Chính trị, thủ tướng …".
        held_with = len(items) > 1 and (
            _held_with(tokens, *items[0].role) or _party_post(tokens, items[0])
        )
        titles, rank, country, name = self.titles(tokens, items if held_with else items[:1])
        if name is None and first is None and len(items) == 1:
            # "bổ nhiệm Thượng tướng …, phó chủ nhiệm …, làm chủ nhiệm Tổng cục …"
            appointed = self.give_appointed(tokens, index, titles)
            if appointed is not None:
                return appointed, after, index
        if name is None or name[1] - name[0] < 2 or self.place_after_body(tokens, name):
            # A bare post in lower case is no one's mention, nor is one word after it
            # ("chủ tịch Napoli": a club's).
            return None
        if index and tokens.keys[index - 1] in _CANDIDACY:
            titles, rank = [], None  # "ứng viên tổng thống … Donald Trump": not held
        start = index if first is None else first
        found = self.named(tokens, name, titles, rank, country, deceased, start=start)
        if start and tokens.keys[start - 1] in _PLURAL and found[1] == name[1]:
            # "các cựu chủ tịch nước Nguyễn Xuân Phúc và Võ Văn Thưởng": each held it.
            return self.names_listed(tokens, found, titles, rank, country)
        return found

    def namesake(self, tokens: _Tokens, start: int, position: int, end: int) -> int:
        """How many words of a late leader's name a body's words before ``position`` take.

        "Bảo tàng Hồ Chí Minh", "Chiến dịch Hồ Chí Minh", "Lăng Chủ tịch Hồ Chí Minh":
        a body named after the leader (0 when none is). Posts alone before the name are
        the leader's own ("Đại tướng Tổng Tư lệnh Võ Nguyên Giáp").
        """
        if not tokens.caps[position] or (position >= 2 and _region_at(tokens, position - 2)):
            return 0  # "Bí thư Trung ương Cục miền Nam Nguyễn Văn Linh": a region, then him
        size = next(
            (
                size
                for size in range(min(_MAX_NAME_WORDS, end - position), 1, -1)
                if " ".join(tokens.keys[position : position + size]) in self.lexicon.late_leaders
            ),
            0,
        )
        index = start
        while size and index < position:
            post = self.phrases.longest(tokens.keys, index, _ROLE_KINDS)
            if post is None:
                return size  # a word of a body
            index += post[0]
        return 0

    def place_after_body(self, tokens: _Tokens, name: tuple[int, int]) -> bool:
        """Whether a name of two words right after a local body is its place's.

        "bí thư Huyện ủy Lâm Hà", "giám đốc Bệnh viện Từ Dũ": the body's place or
        namesake; a holder's name follows the place ("… Tỉnh ủy Hải Dương Phạm Xuân
        Thăng").
        """
        return (
            name[1] - name[0] == 2
            and tokens.keys[name[0] - 1] in _PLACED_BODY_ENDS
            # "chủ tịch Thượng viện Hun Sen": a chamber's head, named after it.
            and tokens.keys[max(0, name[0] - 2) : name[0]] not in _CHAMBERS
        )

    def called(self, key: str, word: str) -> bool:
        """Whether "ông ``word``" names the person ``key``: by the given name, last.

        A Chinese or Korean leader is called by the surname, first, which the press
        writes in Sino-Vietnamese: "ông Tập" (Tập Cận Bình), "ông Lý" (Lý Cường).
        """
        words = key.split()
        return words[-1] == word or (
            words[0] == word and len(words) > 1 and self.people[key].country in _SURNAME_FIRST
        )

    def honorific(
        self, tokens: _Tokens, index: int, after: int
    ) -> tuple[str | None, int, int] | None:
        """``ông Nguyễn Mạnh Cường``, ``đồng chí Tô Lâm``; or ``ông`` as a pronoun."""
        after = self.past_degrees(tokens, after)
        written = " ".join(tokens.keys[index:after])  # the honorific, with any degree after it
        if index and tokens.keys[index - 1] == "đàn":
            return None  # "người đàn ông Malaysia": a man (đàn ông), no honorific
        if tokens.keys[index] == "người":  # "người đồng cấp": the counterpart
            return self.counterpart_named(tokens, index, after)
        if (
            index
            and tokens.keys[index - 1] in _PLURAL
            and after + 1 < tokens.count
            and tokens.words[after] == ":"
            and self.listed_name(tokens, after + 1) is not None
        ):
            return self.listing(tokens, after + 1, [], None)  # "các đồng chí: A, B, …"
        if after < tokens.count and tokens.caps[after]:
            if self.phrases.longest(tokens.keys, after, _ROLE_KINDS):
                return None  # "các đồng chí Ủy viên Bộ Chính trị: …": the chain comes next
            if written in _HONORIFIC_COUNTRIES and tokens.keys[after] not in self.lexicon.surnames:
                return None
            end = self.name_run(tokens, after)
            if " ".join(tokens.keys[after:end]) in self.lexicon.places or (
                self.phrases.longest(tokens.keys, after, _COUNTRY) == (end - after, "country")
            ):
                return None  # "chuyên gia Thái Lan", "luật sư Hà Nội": whence, not who
            # One foreign word is a name after "ông", "ngài" ("ông Trump"), not after a
            # calling ("chuyên gia LinkedIn", "nhà báo Sportskeeda": a site's).
            one_word = written in _ONE_WORD_HONORIFICS
            if not one_word and self.phrases.longest(tokens.keys, after, _ORG_HEAD):
                return None  # "phóng viên Đài Á Châu Tự Do": whose, not who
            if not one_word and self.phrases.longest(tokens.keys, after, _COUNTRY):
                return self.counterpart_named(tokens, index, after)  # "nhà báo Nga Pavel …"
            name = self.valid_name(tokens, after, end, foreign_ok=one_word)
            if name is None and one_word and self.spelled_apposed(tokens, after, end):
                name = after, end
            if name is None and written in _STAGE_HONOURS and 2 <= end - after <= 3:
                name = after, end  # "NSND Trung Hiếu": an artist's stage name, no surname
            if name is not None:
                late = written in self.lexicon.deceased  # "liệt sĩ Võ Thị Sáu"
                found = self.named(tokens, name, [], None, None, late, start=index, unmarked=True)
                if index and tokens.keys[index - 1] in _PLURAL:
                    # "các ông Nguyễn Văn Nên, Trần Lưu Quang và Lê Minh Hoan": each name.
                    return self.names_listed(tokens, found)
                return found
            if end == after + 1:
                # "ông Vũ" after "Thứ trưởng Nguyễn Minh Vũ": the given name alone.
                given = person_key(tokens.words[after])
                known = [k for k in reversed(self.recent) if self.called(k, given)]
                if known:
                    self.mention(known[0], tokens.span(after, end))
                    return known[0], end, index
                if not self.in_caption:
                    # "Cuộc gặp của ông Cường với …" in a lead, "Chủ tịch nước Lương
                    # Cường" later: the one person named later with that given name.
                    self.pending_given.append((given, tokens.span(after, end)))
            return None
        if written in self.lexicon.pronouns and self.recent_text:
            previous = tokens.keys[index - 1] if index else ""
            if previous in _PLURAL:
                return None
            if index + 1 < tokens.count and tokens.keys[index + 1] in _NOUN_AFTER_PRONOUN:
                return None  # "bà con" (compatriots), "ông bà": nouns, not a pronoun
            if previous == "ông" and tokens.keys[index] == "bà":
                return None  # "ông bà mong muốn …": the couple
            # Captions describe other moments: a pronoun stands for someone in the text;
            # in an interview's question, for the person answering.
            key = self.recent_text[-1]
            if tokens.keys[index] == "ông":  # not a woman last named
                key = next((k for k in reversed(self.recent_text) if k not in self.women), key)
            elif tokens.keys[index] == "bà":
                # The woman last named, else someone not named as a man: “… với ông
                # Srettha …,” bà nói is not Srettha's.
                key = next(
                    (k for k in reversed(self.recent_text) if k in self.women),
                    next((k for k in reversed(self.recent_text) if k not in self.men), key),
                )
            if tokens.keys[index] in ("ông", "bà"):
                key = self.subject_before(tokens.starts[index], tokens.keys[index]) or key
            if self.asking and self.interviewee is not None:
                key = self.interviewee
            self.mention(key, tokens.span(index, after))
            return key, after, index
        return None

    def past_degrees(self, tokens: _Tokens, after: int) -> int:
        """Past the dots closing degrees written short, and the degrees they join.

        "TS. Nguyễn Hồng Quân", "PGS. TS. Trần …": the dot ends the abbreviation, not
        the sentence, when a capitalised word follows it.
        """
        while (
            after + 1 < tokens.count
            and tokens.words[after] == "."
            and tokens.keys[after - 1] in _DEGREES
            and tokens.caps[after + 1]
        ):
            after += 1
            more = self.phrases.longest(tokens.keys, after, _HONORIFIC)
            if more is not None and tokens.keys[after] in _DEGREES:
                after += more[0]
        return after

    def counterpart_named(
        self, tokens: _Tokens, index: int, after: int
    ) -> tuple[str | None, int, int] | None:
        """``người đồng cấp Trung Quốc Vương Nghị``: a name after the counterpart's state.

        So after a calling: ``nhà báo Nga Pavel Zarubin``.

        The state is the person's; with no name after it ("người đồng cấp Việt Nam của
        ông") it is no one's mention. Without a state, a name of two words or more may
        follow at once ("người đồng cấp Antony Blinken").
        """
        if after >= tokens.count or not tokens.caps[after]:
            return None
        found = self.phrases.longest(tokens.keys, after, _COUNTRY)
        start = after + found[0] if found is not None else after
        end = self.name_run(tokens, start)
        name = self.valid_name(tokens, start, end, foreign_ok=found is not None)
        if name is None or name[0] != start:
            return None
        country = self.lexicon.countries[" ".join(tokens.keys[after:start])] if found else None
        return self.named(tokens, name, [], None, country, False, start=index)

    def apposition_after(self, tokens: _Tokens, index: int) -> bool:
        """Whether a run of name words at ``index`` has a title after its comma or bracket.

        "Denny Abdi, Đại sứ …": a foreign name no surname list knows, made a name by
        the apposition that follows it.
        """
        end = self.name_run(tokens, index)
        return 2 <= end - index <= _name_tokens(tokens, end) and self.titles_after(tokens, end)

    def titles_after(self, tokens: _Tokens, end: int) -> bool:
        """Whether titles follow a name ending at ``end``, after a comma, bracket or dash.

        "Denny Abdi, Đại sứ …", "Bùi Thanh Sơn (Phó Thủ tướng)" (the bracket holding titles
        only), "Cao Tường Huy - Chủ tịch UBND tỉnh … -".
        """
        return (
            end + 1 < tokens.count
            and tokens.words[end] in _APPOSITION_MARKS
            and self.post_at(tokens, end + 1)
            and (tokens.words[end] != "(" or self.bracketed_titles(tokens, end + 1))
        )

    def bracketed_titles(self, tokens: _Tokens, position: int) -> bool:
        """Whether titles at ``position``, after an opening bracket, fill the bracket.

        "Bùi Thanh Sơn (Phó Thủ tướng)"; not a title's word in other words: "Queen Of
        Tears (Nữ hoàng nước mắt)" names a drama.
        """
        items, chain_end = self.read_chain(tokens, position, lower=True)
        chain_end = _closing_bracket(tokens, chain_end)
        return bool(items) and chain_end < tokens.count and tokens.words[chain_end] == ")"

    def post_at(self, tokens: _Tokens, position: int) -> bool:
        """Whether a post opens at ``position``, a status word before it or not.

        "Bộ trưởng …", "nguyên Phó Chánh Văn phòng Nhà Trắng": what an apposition after
        a name opens with.
        """
        if position >= tokens.count:
            return False
        if _status(tokens, position):
            return self.role_at(tokens, position) is not None
        return self.phrases.longest(tokens.keys, position, _ROLE_KINDS) is not None

    def spelled_apposed(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether ``ông``'s name run [start, end) is a foreign name in Vietnamese syllables.

        "ông Xay Xổm Phon, Trưởng ban …": no surname list knows a Lao or Khmer name
        written syllable by syllable, but the honorific before it and the title after
        its comma make it one. Nor may it open with a body or a country.
        """
        return (
            self.apposition_after(tokens, start)
            and all(tokens.caps[start:end])
            and all(map(tokens.is_word, range(start, end)))
            and self.phrases.longest(tokens.keys, start, _ORG_HEAD | _COUNTRY) is None
        )

    def inside_body(self, tokens: _Tokens, index: int) -> bool:
        """Whether a country's or body's name that starts before ``index`` covers it."""
        for start in range(max(0, index - self.phrases.max_words + 1), index):
            if tokens.keys[start] not in self.body_openers:
                continue
            found = self.phrases.longest(tokens.keys, start, _INTERNATIONAL | _COUNTRY)
            if found is not None and start + found[0] > index:
                return True
        return False

    def apposed_name(self, tokens: _Tokens, index: int) -> tuple[str | None, int, int] | None:
        """``Phạm Gia Túc, Chánh Văn phòng …``: a name with titles after it."""
        if index and tokens.caps[index - 1] and tokens.is_word(index - 1):
            return None  # inside a longer capitalised phrase
        if index and tokens.keys[index - 1] in _PLACE_BEFORE:
            return None  # "tại Hà Nội, Tổng Bí thư …"
        if _after_geography(tokens, index) or _after_place_words(tokens, index):
            # "ở quần đảo Hoàng Sa, Người phát ngôn …", "tại cung điện Istana Negara, …"
            return None
        if _names_a_city(tokens, index) or tokens.keys[max(0, index - 2) : index] == [
            "thủ",
            "đô",
        ]:
            return None  # "tại thành phố Rio de Janeiro, Thủ tướng …", "thủ đô …"
        if self.inside_body(tokens, index):
            return None  # "… nước Cộng hòa nhân dân Trung Hoa, Phó Thủ tướng …"
        end = self.name_run(tokens, index)
        name = self.valid_name(tokens, index, end, foreign_ok=False)
        if name is None or name[0] != index or name[1] != end:
            return None
        if " ".join(tokens.keys[index:end]) in self.lexicon.places or self.phrases.longest(
            tokens.keys, index, _COUNTRY
        ) == (end - index, "country"):
            return None  # "tại thành phố Gyeongju, Hàn Quốc, Chủ tịch nước …": a country
        if not self.titles_after(tokens, end):
            return None
        return self.named(tokens, name, [], None, None, False, start=index)

    def chain(
        self, tokens: _Tokens, index: int, *, deceased: bool, first: int
    ) -> tuple[str | None, int, int] | None:
        items, after = self.read_chain(tokens, index)
        if not items:
            return None
        if (
            first
            and tokens.keys[first - 1] in _PLURAL
            and len(items) > 1
            and not (after < tokens.count and tokens.words[after] == ":")
        ):
            # "các Đại sứ, Trưởng cơ quan đại diện, Bộ trưởng … Lê Hoài Trung": the group's
            # titles are not the named person's; but before a list ("các nguyên Ủy viên
            # Ban Cán sự đảng, Thứ trưởng: A, B"), each listed holds them all.
            items = items[-1:]
        if first > 1 and len(items) > 1 and self.anothers_title(tokens, first, after):
            # "Thay mặt Thủ tướng Chính phủ, Phó Thủ tướng …": on behalf of another; the
            # titles after the comma are the speaker's.
            # "… bổ nhiệm ông Hồ Đức Anh giữ chức vụ Phó Viện trưởng …, Tổng Bí thư …":
            # the post is his.
            self.give_appointed(tokens, first, self.titles(tokens, items[:1])[0])
            items = items[1:]
        titles, rank, country, name = self.titles(tokens, items)
        said_by = self.according_to(tokens, items, first, name)
        if said_by is not None:
            # "Theo Chủ tịch nước, Thượng tướng Lê Quốc Hùng là …": according to the
            # President named before; the titles after the comma are the named man's.
            self.mention(said_by, tokens.span(*items[0].role))
            items = items[1:]
            titles, rank, country, name = self.titles(tokens, items)
        running = _running_for(tokens, first)
        if running and titles:
            # "ứng viên Tổng thống Mỹ Donald Trump": a candidate for the post, not its holder.
            titles[0] = _candidate(titles[0], tokens.slice(first - running, first))
        if name is None and (
            not match_key(titles[-1].role).startswith(_SERVING)
            or (after < tokens.count and tokens.words[after] in _CHAIN_MARKS)
        ):
            # Not "giữ chức Trợ lý đồng chí Phạm Minh Chính": an assistant to him; but
            # "Thư ký báo chí Nhà Trắng, bà Karine Jean-Pierre": the aide, named apart.
            name = self.honored_after(tokens, first, after)
        if name is not None:
            if self.spouse_named(tokens, first, name, titles):
                # "Phu nhân Tổng thống Hàn Quốc Kim Keon-hee": the wife of the holder,
                # named; the post is her husband's, her country his.
                titles, rank = [], None
            found = self.named(tokens, name, titles, rank, country, deceased, start=first)
            if first and tokens.keys[first - 1] in _PLURAL and found[1] == name[1]:
                # "các Ủy viên Bộ Chính trị Phan Đình Trạc, Nguyễn Xuân Thắng, …": each
                # name listed holds the post.
                return self.names_listed(tokens, found, titles, rank, country)
            return found
        if (
            after < tokens.count
            and tokens.words[after] == ":"
            and not (self.answering and first == _past_stars(tokens, 0))
        ):
            # "… các đồng chí Ủy viên Bộ Chính trị: …" lists names; but an answer's "Đại
            # sứ: …" is the bare title of whoever answers.
            return self.listing(tokens, after + 1, titles, rank)
        return self.bare(tokens, items, titles, first, after)

    def according_to(
        self, tokens: _Tokens, items: list[_Item], first: int, name: tuple[int, int] | None
    ) -> str | None:
        """Who the first title of a chain after ``Theo`` stands for, if not the name's.

        "Theo Chủ tịch nước, Thượng tướng …": a title and its comma after "theo" are
        whose words are reported, when someone named before holds it and the chain
        goes on to name another; "Theo Tổng Bí thư, Chủ tịch nước Tô Lâm" stacks the
        titles of one man, named before with the first.
        """
        if name is None or len(items) < 2 or not first or tokens.keys[first - 1] != "theo":
            return None
        end = items[0].tail[1]
        if end >= tokens.count or tokens.words[end] != ",":
            return None
        held = self.holder((match_key(tokens.slice(*items[0].role)),), every=True)
        return held if held is not None and held != person_key(tokens.slice(*name)) else None

    def honored_after(self, tokens: _Tokens, first: int, after: int) -> tuple[int, int] | None:
        """The name an honorific gives right after a chain that names no one, if any.

        "Bộ trưởng Quốc phòng Philippines - ông Gilberto Teodoro", "Viện trưởng Viện
        Kiểm sát nhân dân tối cao ông Lê Minh Trí"; after a dash, a Vietnamese name with
        no honorific ("Chủ tịch UBND tỉnh - Nguyễn Văn Út"); after a comma only when the chain opens
        the sentence ("Đại sứ Việt Nam tại Nhật Bản, ông Phạm Quang Hiệu cho biết"), not
        after a clause ("Sau khi gặp Bộ trưởng, ông … cho biết": the minister is another).
        """
        position, count, keys = after, tokens.count, tokens.keys
        if after and tokens.keys[after - 1] == "thay":
            return None  # "… Bí thư Tỉnh ủy Đồng Nai thay ông …": whom the holder replaces
        dashed = position < count and tokens.words[position] in _DASHES
        commaed = False
        if dashed:
            position += 1
        elif position < count and tokens.words[position] == ",":
            gap = self.text[max(0, tokens.starts[first] - 8) : tokens.starts[first]]
            if gap.strip() and gap.rstrip()[-1] not in _OPENED and "\n" not in gap:
                return None  # the chain opens no sentence, nor follows its opening phrase
            position += 1
            commaed = True
        if commaed and position < count and tokens.caps[position]:
            return self.apposed_after_comma(tokens, position)
        if position < count and keys[position] in _HONORED:
            start = position + 1
        elif keys[position : position + 2] == ["đồng", "chí"]:
            start = position + 2
        elif dashed and position < count and keys[position] in self.lexicon.surnames:
            # "… Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Nguyễn Văn Được; …", as local papers
            # list guests: a Vietnamese name right after the dash.
            name = self.valid_name(
                tokens, position, self.name_run(tokens, position), foreign_ok=False
            )
            return name if name is not None and name[0] == position else None
        else:
            return None
        if start >= count or not tokens.caps[start]:
            return None
        return self.valid_name(tokens, start, self.name_run(tokens, start), foreign_ok=True)

    def apposed_after_comma(self, tokens: _Tokens, position: int) -> tuple[int, int] | None:
        """The name set off by a comma after a title that opens a sentence, if any.

        Wire copy puts the holder in apposition with no honorific: "Ngoại trưởng Mỹ,
        Antony Blinken, cho biết …", "Chủ tịch UBND tỉnh, Võ Văn Hưng cho biết …": a
        name of two words or more closed by a comma, or a Vietnamese one of three or
        more followed by a word in lower case, its verb (not "Đoàn Thanh niên …"). A
        place or a country is no name ("…, New York, …", "Thủ tướng Anh, Hà Lan …").
        """
        name = self.valid_name(tokens, position, self.name_run(tokens, position), foreign_ok=True)
        if (
            name is None
            or name[0] != position
            or name[1] - position < 2
            or " ".join(tokens.keys[position : name[1]]) in self.lexicon.places
            or self.phrases.longest(tokens.keys, position, _COUNTRY) is not None
        ):
            return None
        end = name[1]
        if end >= tokens.count:
            return None
        if tokens.words[end] == ",":
            return name
        vietnamese = tokens.keys[position] in self.lexicon.surnames and end - position > 2
        return name if vietnamese and not tokens.caps[end] and tokens.words[end].isalpha() else None

    def anothers_title(self, tokens: _Tokens, first: int, after: int) -> bool:
        """Whether the first title of a chain at ``first`` is another's than the rest.

        On behalf of another ("Thay mặt Thủ tướng Chính phủ, Phó Thủ tướng … phát biểu",
        "Thừa ủy quyền của Chủ tịch nước, Phó Chủ nhiệm Văn phòng Chủ tịch nước … công bố
        …") or invited by them ("Nhận lời mời của Chủ tịch nước, Tổng thống Pháp Emmanuel
        Macron sẽ thăm …"), or given to someone else ("… giữ chức vụ Phó Viện trưởng …,
        Tổng Bí thư, Chủ tịch nước Tô Lâm khẳng định …"), when the chain's name goes on
        with its verb; not the other's
        own titles, a comma or "và Phu nhân" after their name ("… mời của Tổng Bí thư,
        Chủ tịch nước Tô Lâm, Tổng thống …").
        """
        before = tuple(tokens.keys[first - 2 : first])
        if before in _ANOTHERS_POST:
            # Someone named before it in its sentence holds it (not "Trước khi được điều
            # động giữ chức vụ Cục trưởng …, Thiếu tướng …": the same man's new post).
            here = tokens.starts[first]
            between = tokens.text[self.last_mention_end : here]
            if not 0 <= self.last_mention_end <= here or _SENTENCE_END.search(between):
                return False
        elif before not in _ON_BEHALF:
            return False
        return after < tokens.count and tokens.keys[after] not in _INVITER_ENDS

    def give_appointed(self, tokens: _Tokens, first: int, titles: list[Title]) -> str | None:
        """Give the post a chain at ``first`` names to whom it is given (see :meth:`appointees`).

        The last of them, or ``None`` when the post is no one's named before it.
        """
        appointees = self.appointees(tokens, first)
        for key in appointees:
            self.give_titles(key, titles)
        return appointees[-1] if appointees else None

    def appointees(self, tokens: _Tokens, first: int) -> list[str]:
        """The people a chain at ``first`` is the post of, named right before it.

        "ông Hồ Đức Anh giữ chức vụ …", "bầu ông Lương Cường làm …", "… được bổ nhiệm
        giữ chức …": the last mention ends a few words before, in the same sentence; and
        the one named right before it with "và" ("Ông A và ông B được bổ nhiệm làm …"),
        but not posts given "lần lượt" (respectively), each its own.
        """
        here = tokens.starts[first]
        # Or after the titles the name has ("bổ nhiệm Thượng tướng …, Phó Chủ nhiệm …,
        # làm Chủ nhiệm …"), its comma then closing them.
        end = self.apposition_end if self.apposition_end >= 0 else self.last_mention_end
        if not self.recent or not 0 <= here - end <= _APPOINTED_REACH:
            return []
        between = match_key(self.text[end:here])
        if self.apposition_end >= 0:
            between = between.removeprefix(",")
        if _APPOINTED_TO.fullmatch(between) is None:
            return []
        start = self.last_mention_start
        if _PUT_FORWARD.search(match_key(self.text[max(0, start - _APPOINTED_REACH) : start])):
            return []
        last = self.recent[-1]
        if self.apposition_end < 0 and len(self.recent) > 1:
            other = self.people[self.recent[-2]].mentions
            gap = self.text[other[-1].end : start] if other else ""
            paired = _PAIRED.match(gap)
            # Then the second one's titles, if any: "… và Trung tướng B".
            titles = gap[paired.end() :].split() if paired else []
            if (
                paired
                and len(titles) <= _MOST_TITLE_WORDS
                and (not titles or titles[0][:1].isupper())
                and all(word.isalpha() for word in titles)
            ):
                return [self.recent[-2], last]
        return [last]

    def give_titles(self, key: str, titles: list[Title]) -> None:
        """Give the person titles written apart from the name, and their country.

        "chúc mừng ông Sugiono nhân dịp được bổ nhiệm làm Bộ trưởng Ngoại giao
        Indonesia": the country the titles serve, when none is known or only guessed.
        """
        person = self.people[key]
        for title in titles:
            person.add_title(title)
        served = self.country_served(titles)
        if served is not None and (person.country is None or person.guessed):
            person.country, person.guessed = served, False

    def spouse_named(
        self, tokens: _Tokens, first: int, name: tuple[int, int], titles: list[Title]
    ) -> bool:
        """Whether "Phu nhân <title> <name>" names the wife, not the holder.

        "Phu nhân Tổng thống Hàn Quốc Kim Keon-hee" is the President's wife; "Phu nhân
        Tổng Bí thư Tô Lâm, bà Ngô Phương Ly" names his wife after him, and a holder the
        lexicon or the text already knows ("Phu nhân Tổng thống Donald Trump") is the
        husband.
        """
        if first < 2 or tokens.keys[first - 2 : first] != ["phu", "nhân"]:
            return False
        if (
            first > 2
            and tokens.words[first - 3] == ","
            and self.recent
            and self.recent[-1] in self.women
        ):
            return False  # "Bà Ngô Phương Ly, Phu nhân Tổng Bí thư … Tô Lâm": she came first
        after = name[1] + (name[1] < tokens.count and tokens.words[name[1]] in (",", "-"))
        if after < tokens.count and tokens.keys[after] == "bà":
            return False
        if self.known_country(tokens, *name) is not None:
            return False
        known = self.people.get(person_key(tokens.slice(*name)))
        roles = {match_key(title.role) for title in titles}
        return known is None or not roles & known.roles

    def read_chain(
        self,
        tokens: _Tokens,
        index: int,
        *,
        lower: bool = False,
        after_name: bool = False,
        untitled: bool = False,
    ) -> tuple[list[_Item], int]:
        """The titles of a chain at ``index``, and where it ends.

        ``lower``: see :meth:`role_at`; ``after_name``, ``untitled``: see :meth:`find_name`.
        """
        items: list[_Item] = []
        position = index
        while position < tokens.count:
            role = self.role_at(tokens, position, lower=lower)
            if role is None:
                break
            role_end = position + role[0]
            first_word = position + _status(tokens, position)  # past "nguyên", "cựu"
            key = " ".join(tokens.keys[first_word:role_end])
            needs_body = key in self.lexicon.roles_needing_organization
            # "Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư": a post the lexicon names
            # with its body, after which a post opens another title; not the lower-case
            # "báo chí" of "Thư ký báo chí Tổng thống Nga …", no newspaper.
            whole = self.names_body(tokens, first_word + 1, role_end)
            tail_end = self.tail(tokens, role_end, body_first=needs_body, after_whole=whole)
            if needs_body and not (
                (key not in DESCRIBING_ROLES and self.opens_org(tokens, role_end, tail_end))
                or (key in _LEADS_ANY_BODY and self.led_body(tokens, role_end, tail_end))
            ):
                # "Người đứng đầu" only of a state or an international body: "người đứng
                # đầu cơ quan …" is any agency's, a description.
                break
            if key in _NEEDS_WHOSE and (tail_end == role_end or not tokens.caps[position]):
                # "… - Nhà lãnh đạo lỗi lạc": praise, not a post; so in lower case ("ông
                # Biden, nhà lãnh đạo Mỹ giàu kinh nghiệm"), a description.
                break
            if key in _NO_POSTING:
                # "Hội đàm với Tổng thống Mozambique tại Phủ Chủ tịch": where the head of a
                # state is met, not a posting as an envoy's ("Đại sứ Nhật Bản tại …").
                tail_end = next(
                    (at for at in range(role_end, tail_end) if tokens.keys[at] in ("tại", "ở")),
                    tail_end,
                )
            tail_end = self.served_post(tokens, index, tail_end)
            items.append(_Item(role[1], (position, role_end), (role_end, tail_end)))
            position = tail_end
            found = self.find_name(
                tokens, role_end, tail_end, after_name=after_name, untitled=untitled
            )
            if found[0] is not None:
                break  # a name closes the chain; a title after the comma is someone else's
            if (
                position < tokens.count
                and tokens.keys[position] in self.rank_openers
                and tokens.caps[position]
                and self.phrases.longest(tokens.keys, position, _RANKS)
            ):
                continue  # "Bộ trưởng Bộ Quốc phòng Đại tướng Phan Văn Giang": rank, then name
            if (
                whole
                and tail_end == role_end < tokens.count
                and self.role_at(tokens, position, lower=lower)
            ):
                continue  # "Ủy viên Bộ Chính trị Bí thư Thành ủy …": a comma left out
            if (
                position + 1 < tokens.count
                and tokens.words[position] == "kiêm"
                and not (
                    len(items) > _MOST_JOINED
                    and all(item.joined for item in items[-_MOST_JOINED - 1 : -1])
                )
                and self.role_at(tokens, position + 1, lower=lower)
            ):
                # "Phó Thủ tướng kiêm Bộ trưởng Tài chính …": one post held with another
                # (three at most: a title is not a page of posts).
                items[-1].joined = True
                position += 1
                continue
            if (
                position + 1 < tokens.count
                and tokens.keys[position] in _THEN_OWN_POST
                and self.role_at(tokens, position + 1, lower=lower)
            ):
                position += 1  # "Phó Trưởng Ban là Bộ trưởng …": two titles
                continue
            if position + 1 >= tokens.count or tokens.words[position] not in _CHAIN_MARKS:
                break
            lower_after = (
                not lower
                and tokens.words[position] == ","
                and self.role_at(tokens, position + 1) is None
                and self.lower_chain_named(tokens, position + 1)
            )
            if lower_after:
                # "Phó thủ tướng, bộ trưởng Ngoại giao Bùi Thanh Sơn": the next post in
                # lower case, as some outlets write it, and a name closing the chain.
                lower = True
            if lower_after or self.role_at(tokens, position + 1, lower=lower):
                if index and tokens.keys[index - 1] in _COMPLEMENT_BEFORE:
                    # "… được bầu làm Chủ tịch Thượng viện, Chủ tịch nước Tô Lâm …": the
                    # post one was made ends at the comma; the next title is another's.
                    break
                position += 1  # "Bí thư Trung ương Đảng, Bộ trưởng …", "… Đảng - Bộ trưởng …"
                continue
            if tokens.words[position] != "," or items[-1].tail[1] == items[-1].tail[0]:
                break  # a comma inside an organisation only: the post before it names one
            # "Ủy ban Quốc phòng, An ninh và Đối ngoại, Thượng tướng …": a comma inside
            # an organisation, when a title follows the part after it.
            part_end = self.tail(tokens, position + 1)
            if (
                part_end > position + 1
                and tokens.caps[position + 1]
                and part_end + 1 < tokens.count
                and tokens.words[part_end] == ","
                and self.phrases.longest(tokens.keys, part_end + 1, _ROLE_KINDS)
                and not self.phrases.longest(tokens.keys, position + 1, _COUNTRY)
            ):
                items[-1].tail = (items[-1].tail[0], part_end)
                if self.find_name(tokens, position + 1, part_end)[0] is not None:
                    # "Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Lê Quang Huy,
                    # Trưởng đoàn …": the name closes the chain; the title after it is
                    # his, read after the name.
                    position = part_end
                    break
                position = part_end + 1
                continue
            if self.name_past_comma(tokens, items[-1], position + 1, part_end):
                # "Chủ nhiệm Ủy ban Văn hóa, Giáo dục Nguyễn Đắc Vinh phát biểu": a body
                # the lexicon does not know with a comma in its name, then the name.
                items[-1].tail = (items[-1].tail[0], part_end)
                position = part_end
                break
            if self.enumerated_org(tokens, position + 1, part_end) or self.parent_body(
                tokens, items[-1], position + 1, part_end
            ):
                items[-1].tail = (items[-1].tail[0], part_end)
                position = part_end
                if (
                    self.find_name(tokens, items[-1].tail[0], part_end)[0] is None
                    and position + 1 < tokens.count
                    and tokens.words[position] in _CHAIN_MARKS
                    and self.role_at(tokens, position + 1)
                ):
                    position += 1  # "Cục trưởng Cục Lễ tân, Bộ Ngoại giao, Đại sứ …"
                    continue
            break
        return items, position

    def name_past_comma(self, tokens: _Tokens, item: _Item, start: int, end: int) -> bool:
        """Whether a body's name goes on past a comma, to the name of the person.

        The title before the comma names a body ("Chủ nhiệm Ủy ban Văn hóa"), not a
        person ("Hiệu trưởng Mạch Quang Thắng, Trường THPT …"); the part [start, end)
        after it runs on with the body's words ("Giáo dục", "Thể thao tỉnh Nghệ An")
        to a name, then the sentence goes on (not a comma: "…, Trung ương Đoàn TNCS Hồ
        Chí Minh, …" is the body's name).
        """
        if end >= tokens.count or not tokens.is_word(end) or not self.opens_org(tokens, *item.tail):
            return False
        # The body's words first: a name right after the comma is another's ("Sau khi gặp
        # Bộ trưởng Bộ Ngoại giao Lào, Nguyễn Minh Vũ cho biết …").
        name = self.find_name(tokens, start, end)[0]
        return name is not None and name[0] > start

    def bracketed_country(self, tokens: _Tokens, position: int, start: int) -> int:
        """The tokens of a country in brackets after a post's place or body, if any.

        "Bí thư Khu ủy Quảng Tây (Trung Quốc) Lưu Ninh", "… Seoul (Hàn Quốc)." : after a
        tail that names no one yet, before a name or the sentence's end.
        """
        if position <= start or tokens.words[position] != "(" or position + 3 >= tokens.count:
            return 0
        country = self.phrases.longest(tokens.keys, position + 1, _COUNTRY)
        if country is None:
            return 0
        close = position + 1 + country[0]
        if close >= tokens.count or tokens.words[close] != ")":
            return 0
        after = close + 1
        if after < tokens.count and not (
            (tokens.caps[after] and tokens.is_word(after)) or tokens.words[after] in ".,;"
        ):
            return 0
        if self.find_name(tokens, start, position)[0] is not None:
            return 0  # "… Cho Tae-yul (Hàn Quốc)": the name's country, after it
        return after - position

    def closing_bracketed_country(self, tokens: _Tokens, start: int, end: int) -> str | None:
        """The code of a bracketed country that ends tokens [start, end), if one does."""
        if end - start < 3 or tokens.words[end - 1] != ")":
            return None
        opening = next(
            (i for i in range(end - 2, max(start, end - 8) - 1, -1) if tokens.words[i] == "("),
            None,
        )
        if opening is None or self.bracketed_country(tokens, opening, start) != end - opening:
            return None
        return self.country_at(tokens, opening + 1, limit=end - 1)

    def parent_body(self, tokens: _Tokens, item: _Item, start: int, end: int) -> bool:
        """Whether the part after a comma is the body a title's department belongs to.

        "Cục trưởng Cục Hợp tác quốc tế, Bộ Công an Trần Văn Bình", "…, Cục trưởng Cục
        Tuyên huấn, Tổng cục Chính trị …;": a department, then its ministry or its
        directorate, part of the one title (the person was lost, or the title cut).
        """
        return (
            item.tail[1] > item.tail[0]
            and tokens.keys[item.tail[0]] in _DEPARTMENTS
            and end > start
            and tokens.caps[start]
            and tokens.keys[start] in _PARENT_BODIES
            and self.opens_org(tokens, start, end)
            and (
                self.find_name(tokens, start, end)[0] is not None
                or end >= tokens.count
                or not tokens.is_word(end)
            )
        )

    def lower_chain_named(self, tokens: _Tokens, start: int) -> bool:
        """Whether titles in lower case at ``start`` run on to a name that closes them."""
        items, _ = self.read_chain(tokens, start, lower=True)
        if not items:
            return False
        tail_start, tail_end = items[-1].tail
        return self.find_name(tokens, tail_start, tail_end)[0] is not None

    def served_post(self, tokens: _Tokens, index: int, tail_end: int) -> int:
        """Where a title ends that names whom it serves: "Trợ lý của Tổng thống Nga …".

        "Trợ lý của Tổng thống Nga Yuri Ushakov cho biết": the post after "của" is the
        served one's, the name the aide's. Not after a comma ("Yuri Ushakov, Trợ lý của
        Tổng thống Nga Vladimir Putin, …": the name there is the served one's; with none,
        the post is the whole), nor when the name is a leader the text or the lexicon
        knows.
        """
        if tail_end + 1 >= tokens.count or tokens.keys[tail_end] != "của":
            return tail_end
        served = self.role_at(tokens, tail_end + 1)
        if served is None:
            return tail_end
        served_end = tail_end + 1 + served[0]
        end = self.tail(tokens, served_end)
        name = self.find_name(tokens, served_end, end)[0]
        if index and tokens.words[index - 1] == ",":
            # After the name: "Takebe Tsutomu, Đặc phái viên của Thủ tướng Nhật Bản." is
            # the whole post when no one is named after it.
            return end if name is None else tail_end
        if name is None:
            # "Người phát ngôn của Thủ tướng Anh, ông Max Blain": the aide named after it.
            return end if self.honored_after(tokens, index, end) is not None else tail_end
        known = self.people.get(person_key(tokens.slice(*name)))
        role = " ".join(tokens.keys[tail_end + 1 : served_end])
        if (known is not None and role in known.roles) or self.known_country(
            tokens, *name
        ) is not None:
            # "… của Tổng thống Nga Vladimir Putin": a leader the text or the lexicon
            # knows is the one served.
            return tail_end
        return end

    def enumerated_org(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether the part after a comma ends an organisation's list, then a name.

        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Hồ An Phong": the parts before
        "và" hold no name, the last part runs on to one.
        """
        if end <= start or not tokens.caps[start]:
            return False
        link = next((i for i in range(start + 1, end) if tokens.keys[i] == "và"), None)
        return (
            link is not None
            and self.find_name(tokens, start, link)[0] is None
            and self.find_name(tokens, link + 1, end)[0] is not None
        )

    def led_body(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether tokens [start, end) open with a country or a body a leader leads.

        "Lãnh đạo NATO Mark Rutte", "Lãnh đạo Triều Tiên …", "Lãnh đạo Hamas …": not
        an organisation's head word, but what a leader is the leader of all the same.
        """
        return end > start and (
            self.phrases.longest(tokens.keys, start, _LED_BODIES) is not None
            or tokens.keys[start] in self.lexicon.organizations
        )

    def opens_org(self, tokens: _Tokens, start: int, end: int) -> bool:
        return end > start and self.phrases.longest(tokens.keys, start, _ORG_HEAD) is not None

    def body_of_body(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether a body's one word that is also a surname opens a body's name of two.

        "Bí thư Đoàn Học viện Hàng không …", "… Đoàn Trường Đại học Bách khoa": the
        Youth Union of the academy, of the university, not a person called "Đoàn Học".
        A body of one word after it may be a given name ("Đoàn Trường Giang").
        """
        if tokens.keys[start] not in self.name_starts or not self.opens_org(tokens, start, end):
            return False
        inner = self.phrases.longest(tokens.keys, start + 1, _ORG_HEAD)
        return inner is not None and inner[0] > 1 and start + 1 + inner[0] <= end

    def central_youth_union(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether "Đoàn" after "Trung ương" is the Youth Union, a name after it.

        "Phó Bí thư Thường trực Trung ương Đoàn Nguyễn Tường Lâm": the Union's centre,
        then a name that opens with a surname; "Đoàn Văn Việt" after it is a name.
        """
        return (
            tokens.keys[start] == "đoàn"
            and tuple(tokens.keys[max(0, start - 2) : start]) == _CENTRAL
            and start + 2 < end
            and tokens.keys[start + 1] in self.name_starts
            and _is_name_word(tokens.words[start + 2])
        )

    def tail(
        self, tokens: _Tokens, start: int, *, body_first: bool = False, after_whole: bool = False
    ) -> int:
        """The end of what follows a role: an organisation, a country, a name.

        Words run on while capitalised; one lower-case word may follow a capitalised
        one ("Bộ Ngoại giao"), and the organisation words of the lexicon may link
        parts ("Ủy ban nhân dân thành phố"). Punctuation ends it. With ``body_first``
        (after "Trưởng", "Chánh"…), an organisation may open in lower case: "Trưởng ban
        Đối ngoại Trung ương", as many outlets write it. ``after_whole``: the role names
        its body ("Ủy viên Bộ Chính trị"), so a post right after it is another title.
        """
        if (
            after_whole
            and start < tokens.count
            and tokens.caps[start]
            and self.role_at(tokens, start)
        ):
            return start  # "Ủy viên Bộ Chính trị Bí thư Thành ủy Hà Nội …": a comma left out
        position = start
        if position >= tokens.count or not tokens.is_word(position):
            return start
        if (
            not tokens.caps[position]
            and not _in_charge_of(tokens, position, start)
            # "Điều phối viên thường trú của Liên hợp quốc tại Việt Nam": whose post.
            and not self.body_after_cua(tokens, position)
            and not self.country_after_nuoc(tokens, position)
            and not (body_first and self.opens_org(tokens, position, position + 1))
            # "Bí thư tỉnh ủy Khánh Hòa …": a Party committee, as some outlets write it.
            and not _party_committee(tokens, position)
            # "Thượng nghị sĩ bang Texas Ted Cruz": the state one serves, then the name;
            # "Tỉnh trưởng tỉnh Savannakhet", "Thị trưởng thành phố Hiroshima …".
            and not _place_unit(tokens, position)
            and not _unit_named_before(tokens, position)  # "Giám đốc Công an tỉnh, …"
            # "Nghị sĩ đảng Dân chủ Kim Min-seok": a party, its name capitalised.
            and not _party_at(tokens, position)
            and not _term_at(tokens, position)  # "Chủ tịch Quốc hội khóa XV"
            and not _ordinal_at(tokens, position)  # "Tổng thống thứ 46 của Mỹ Joe Biden"
            and not self.lower_body(tokens, position)  # "Trợ lý điện Kremlin Yuri Ushakov"
            and not self.lower_field(tokens, position)  # "Bộ trưởng quốc phòng Mỹ …"
            # "Đại sứ được chỉ định của Hoa Kỳ tại Việt Nam …": the country served.
            and not (
                tokens.keys[position] == "của"
                and self.phrases.longest(tokens.keys, position + 1, _COUNTRY) is not None
            )
        ):
            return start
        lower_run = 0
        in_charge = 0  # words left of a "phụ trách …" portfolio
        # No organisation runs on for pages: the bound keeps every reading of a tail,
        # and so a run of capitalised words ("Bộ trưởng Bộ trưởng …"), linear.
        limit = min(tokens.count, start + _MAX_TAIL_WORDS)
        while position < limit and (
            tokens.is_word(position)
            or (in_charge and tokens.words[position] in "-–")
            or (in_charge and _portfolio_listed(tokens, position))
            or self.country_pair_dash(tokens, position, start)
            or self.country_after_dash(tokens, position, start)
            or self.place_dash(tokens, position, start)
            or self.field_dash(tokens, position, start)
            or (position > start and _bracketed_short_form(tokens, position))
            or (position > start and _bracketed_grade(tokens, position))
            or self.bracketed_country(tokens, position, start)
            or _joining_apostrophe(tokens, position)
            or (position > start and _acronyms_slashed(tokens, position))
        ):
            if (
                tokens.keys[position] in _THEN_OWN_POST
                and position + 1 < tokens.count
                and self.role_at(tokens, position + 1) is not None
            ):
                # "Trưởng Ban là Phó Thủ tướng …": the post held on a body, then one's own
                # (read_chain reads it as the next title).
                break
            if _sent_to_work(tokens, position):
                break  # "… Phó chủ tịch UBND Q.Tân Bình về Tỉnh ủy Long An công tác": a move
            if (
                tokens.keys[position] == "của"
                and position + 1 < tokens.count
                and self.role_at(tokens, position + 1) is not None
            ):
                # "Cố vấn An ninh Quốc gia của Tổng thống Mỹ …": the post of the one served,
                # which read_chain's served_post weighs, not more of this body's name.
                break
            field = self.lower_field(tokens, position) if position == start else 0
            if field:
                position += field  # "Bộ trưởng quốc phòng Mỹ …": the country follows
                lower_run = 0
                continue
            pair = self.country_pair_dash(tokens, position, start)
            if pair:
                position += pair  # "Hội hữu nghị Việt Nam - Trung Quốc": a pair of countries
                lower_run = 0
                continue
            across = self.place_dash(tokens, position, start)
            if across:
                position += across  # "tỉnh Bà Rịa - Vũng Tàu": one province
                continue
            if self.field_dash(tokens, position, start):
                position += 1  # "Ủy ban Tài chính - Ngân sách": two fields, one body
                lower_run = 0
                continue
            if self.country_after_dash(tokens, position, start):
                # "Tổng Lãnh sự Việt Nam tại Vancouver - Canada": the city's country.
                found = self.phrases.longest(tokens.keys, position + 1, _COUNTRY)
                position += 1 + (found[0] if found else 0)
                break
            bracketed = self.bracketed_country(tokens, position, start)
            if bracketed:
                # "Thị trưởng thành phố Seoul (Hàn Quốc) Oh Se-hoon": the country of the
                # city or the firm, then the name.
                position += bracketed
                lower_run = 0
                continue
            if position > start and _acronyms_slashed(tokens, position):
                # "Trung tâm Phòng, chống HIV/AIDS TP.HCM …": two short forms, one field.
                position += 2
                lower_run = 0
                continue
            if not tokens.is_word(position) and _bracketed_short_form(tokens, position):
                # "Đảng Hành động Nhân dân (PAP), …": the acronym is part of the name.
                position += 3
                lower_run = 0
                continue
            grade = _bracketed_grade(tokens, position) if position > start else 0
            if grade:
                # "Thứ trưởng … Bộ Ngoại giao Trung Quốc (cấp Bộ trưởng) Mã Triều Húc": the
                # grade the post is held at, then the name.
                position += grade
                lower_run = 0
                continue
            if _in_charge_of(tokens, position, start):
                # "Thứ trưởng Ngoại giao Hoa Kỳ phụ trách các vấn đề chính trị Allison
                # Hooker": the portfolio is part of the title, lower case and all.
                in_charge = _MAX_PORTFOLIO_WORDS
                position += 1 if tokens.keys[position] == "về" else 2
                continue
            if _committee_subject(tokens, position):
                # "Ban Chỉ đạo quốc gia về hội nhập quốc tế": the subject is part of the
                # body's name, up to a verb ("… về chuyển đổi số chủ trì …").
                position += 1
                while position < limit:
                    paired = _paired_fields(tokens, position)
                    if paired:
                        position += paired  # "… về phòng, chống tham nhũng, tiêu cực"
                    elif tokens.is_word(position) and not _ends_subject(tokens, position):
                        position += 1
                    else:
                        break
                break
            paired = _paired_fields(tokens, position)
            if not paired and tokens.keys[position] == "và" and not tokens.caps[position]:
                paired = _paired_fields(tokens, position + 1)
                paired = paired + 1 if paired else 0  # "… chữa cháy và cứu nạn, cứu hộ"
            if paired:
                # "Cục Cảnh sát phòng cháy, chữa cháy …": a pair of fields joined by a
                # comma, in lower case, is one of the body's words.
                position += paired
                lower_run = 0
                continue
            if in_charge and (not tokens.caps[position] or not tokens.is_word(position)):
                if tokens.keys[position] in _TAIL_BREAKS or self.phrases.longest(
                    tokens.keys, position, _VERB
                ):
                    break  # "… phụ trách chiến lược … của Trường … cảm ơn": the verb
                in_charge -= 1
                position += 1
                continue
            if self.country_after_nuoc(tokens, position):
                position += 1  # "Chủ tịch Quốc hội nước Cộng hòa … Việt Nam Trần Thanh Mẫn"
                lower_run = 0
                continue
            # The body's country unnamed ("Thứ trưởng Bộ Công an nước chủ nhà", "… nước sở
            # tại"), or its state, province or city in lower case after its capitalised
            # words ("Chủ tịch Hiệp hội Cảnh sát bang Arizona Justin Harris").
            place = (
                _HOST_COUNTRY.get(tuple(tokens.keys[position : position + 3]), 0)
                or _place_unit(tokens, position)
                # A deputy's constituency may follow the post at once: "Đại biểu Quốc hội
                # đơn vị tỉnh Đồng Tháp"; not a bare unit ("Chủ tịch tỉnh Lê Ngọc Châu").
                if position > start or tokens.keys[position] == "đơn"
                else 0
            )
            if place:
                position += place
                lower_run = 0
                continue
            body = self.phrases.longest(tokens.keys, position, _BODIES)
            if body is not None and (
                tokens.caps[position]
                or (body_first and position == start)
                or self.lower_body(tokens, position)
            ):
                # "Liên hợp quốc", "Cộng hòa xã hội chủ nghĩa Việt Nam": whatever their
                # lower-case words.
                position += body[0]
                # Ending in lower case, it takes no lower-case word after it, but for the
                # posting's "tại" ("Ngân hàng Thế giới tại Việt Nam Mariam Sherman") and
                # a unit named before ("Trưởng Công an huyện, …").
                posting = position < tokens.count and (
                    tokens.keys[position] == "tại" or _unit_named_before(tokens, position)
                )
                lower_run = 0 if tokens.caps[position - 1] or posting else 1
                if _inter_prefix(tokens, position):
                    position += 1  # "Ủy ban liên Chính phủ", "Hội đồng liên ngành …"
                    lower_run = 0
                continue
            if (
                tokens.keys[position] in self.rank_openers
                and tokens.caps[position]
                and self.phrases.longest(tokens.keys, position, _RANKS)
            ):
                # "… Tuyên giáo Trung ương Thượng tướng …", "Thường trực Ban Bí thư Đại tướng
                # …" (the tail's first word): a rank opens another title.
                break
            if (
                tokens.keys[position : position + 2] == ["bên", "cạnh"]
                and position + 2 < limit
                and tokens.caps[position + 2]
            ):
                # "Trưởng Phái đoàn … Việt Nam bên cạnh Liên hợp quốc …": a posting to a body.
                position += 2
                lower_run = 0
                continue
            if tokens.words[position] == "kiêm":
                # "… tại Thái Lan kiêm nhiệm Việt Nam": a second country of the posting;
                # "… kiêm Bộ trưởng …" joins another title (see read_chain).
                across = self.concurrent_country(tokens, position)
                if not across:
                    break
                position += across
                lower_run = 0
                continue
            qualifier = _qualifier_at(tokens, position)
            if qualifier:
                position += qualifier  # "Tổng thống Mỹ đắc cử Donald Trump"
                lower_run = 0
                continue
            ordinal = _ordinal_at(tokens, position)
            if ordinal:
                position += ordinal  # "Tổng thống Mỹ thứ 45 và 47 Donald Trump"
                lower_run = 0
                continue
            if self.unit_number(tokens, start, position):
                # "Tư lệnh Quân khu 7 …": the body's number; no lower-case word after it is
                # the title's ("… Quân đoàn 12 trình bày …").
                position += 1
                lower_run = 1
                continue
            term = _term_at(tokens, position)
            if term:
                # "Chủ tịch Quốc hội khóa XV", "… Liên hợp quốc khóa 79", "Chủ tịch ASEAN
                # năm 2025": no lower-case word after it is the title's ("… khóa XV theo …").
                position += term
                lower_run = 1
                continue
            if tokens.keys[position : position + 2] == ["nhiệm", "kỳ"]:
                break  # "… nhiệm kỳ tới", or cut off by the page: a term without its years
            if not tokens.caps[position] and (
                tokens.keys[position] in _TAIL_BREAKS
                or (
                    tokens.keys[position] in _TWO_WORD_VERBS and _verb_after_title(tokens, position)
                )
                or self.speech_ahead(tokens, position)
            ):
                break  # "… Chủ tịch UBND TP.HCM bị Ban Chấp hành …": the verb (not "Cho Hyun")
            if (
                tokens.keys[position] in ("tại", "ở")
                and position + 2 < tokens.count
                and (
                    tokens.keys[position + 1] in _EVENTS
                    or " ".join(tokens.keys[position + 1 : position + 3]) in _EVENTS
                    or any(
                        " ".join(tokens.keys[position + 1 : position + 1 + size])
                        in self.lexicon.document_kinds
                        for size in (1, 2)
                    )
                )
            ):
                # "…, Phó Chủ tịch UBND Thành phố tại Hội thảo …": where one spoke; "… giữ
                # chức Phó Chủ tịch Viện … tại Quyết định số …": the document that appoints.
                break
            if tokens.keys[position] in _LINKS and not (
                position + 1 < tokens.count and tokens.caps[position + 1]
            ):
                break  # "và", "của" link names only: "Thủ tướng Chính phủ và sự …" ends here
            if tokens.keys[position] == "và" and self.person_after_and(tokens, position + 1):
                # "các ông A - …, Trưởng Đoàn đại biểu Quốc hội tỉnh Bắc Giang và Mai Tiến
                # Dũng, nguyên …": the next person of a list.
                break
            if (
                tokens.keys[position] in ("và", "có")
                and position + 1 < tokens.count
                and self.role_at(tokens, position + 1) is not None
            ):
                # "Bộ trưởng Ngoại giao Jordan và Thư ký Hội đồng An ninh Nga Sergei
                # Shoigu", "Tháp tùng Thủ tướng Trung Quốc có Thứ trưởng …": a post after
                # "và" or "có" is another person's.
                break
            particles = _after_particles(tokens, position, tokens.count)
            if particles > position and particles < tokens.count and tokens.caps[particles]:
                position = particles  # "Ursula von der Leyen"
                continue
            if (
                lower_run < 2
                and position > start
                and tokens.is_word(position - 1)
                and (
                    tuple(tokens.keys[position : position + 2]) in _BODY_NOUNS
                    # "Ban chấp hành Trung ương": the executive committee, not "to obey"
                    or (
                        tokens.keys[position - 1 : position + 2] == ["ban", "chấp", "hành"]
                        and tokens.caps[position - 1]
                    )
                )
                and not any(tokens.caps[position : position + 2])
            ):
                position += 2  # "Đoàn thanh niên Công ty …", "Khu công nghiệp …": one word
                lower_run = 1
                continue
            if (
                tokens.caps[position]
                or tokens.keys[position] in self.lexicon.organization_words
                or _region_at(tokens, position)  # "Viện Nghiên cứu châu Mỹ"
            ):
                lower_run = 0
            else:
                lower_run += 1
                if lower_run > 1:
                    named = self.name_after_body(tokens, start, position - 1, limit)
                    if not named:
                        closed = self.lower_words_closed(tokens, start, position - 1, limit)
                        if closed:
                            # "…, Phó Cục trưởng Cục Tổ chức cán bộ, Bộ Công an …": a
                            # body's lower-case words up to the comma that ends the title.
                            position = closed
                        break
                    # "Viện trưởng Viện Nghiên cứu lập pháp Nguyễn Văn …": the body's
                    # lower-case words, then the name.
                    position = named
                    lower_run = 0
                    continue
            position += 1
        # A lower-case word after a name may be the verb: find_name() ends the tail there.
        return position

    def speech_ahead(self, tokens: _Tokens, position: int) -> bool:
        """Whether a speech verb of two words or more starts at ``position``.

        Or one after how it is said: "… Chủ tịch UBND tỉnh Hải Dương nhiệt liệt chào mừng
        …", "… Bí thư Huyện ủy Kim Thành chân thành cảm ơn …", "Chủ tịch FTUB đánh giá
        cao …": the words end the title, though "thành" may end a body's name.
        """
        if tuple(tokens.keys[position : position + 2]) in _SPEECH_MANNERS:
            return self.phrases.longest(tokens.keys, position + 2, _VERB) is not None
        # A verb of one word may be a name's ("Đài Tiếng nói Việt Nam"); of two, hardly.
        found = self.phrases.longest(tokens.keys, position, _VERB)
        return found is not None and found[0] > 1

    def lower_words_closed(self, tokens: _Tokens, start: int, first: int, limit: int) -> int:
        """Where a body's lower-case words from ``first`` end at a mark, or 0.

        "Cục Tổ chức cán bộ,", "Cục An ninh chính trị nội bộ)": an organisation named
        from ``start`` by its head, then a few lower-case words that no verb or link is
        among, then a comma or a closing bracket.
        """
        head = self.phrases.longest(tokens.keys, start, _ORG_HEAD)
        if head is None or first < start + head[0]:
            return 0
        # Its name after its head, capitalised ("Cục Tổ chức …"); or all in lower case
        # when a capitalised country or "Trung ương" closes it ("Trưởng Ban kinh tế Trung
        # ương;"), not at a mark alone ("Thủ tướng Chính phủ nghiên cứu, chỉ đạo …": verbs).
        head_only = first == start + head[0]
        if not head_only and not (
            # "Chi cục An toàn vệ sinh thực phẩm Hà Nội,": a word of bodies' names between
            tokens.caps[first - 1] or tokens.keys[first - 1] in self.lexicon.organization_words
        ):
            return 0
        for end in range(first, min(limit, first + _MOST_BODY_LOWER + 1)):
            word = tokens.keys[end]
            if tokens.words[end] in _CLOSING_MARKS:
                return end if end > first + 1 and not head_only else 0
            closing = self.closing_words(tokens, end) if end > first + 1 else 0
            if closing:
                # "…, Trưởng Ban Chỉ đạo Cải cách tư pháp Trung ương đã …": the centre, the
                # country or the city closes the name, then a mark or a verb's particle;
                # a short form in brackets may come between ("… Trung ương (CIEM), …").
                after = end + closing
                if _bracketed_short_form(tokens, after):
                    after += 3
                if after < tokens.count and (
                    tokens.words[after] in _AFTER_CLOSED_BODY
                    or (tokens.keys[after] in _AFTER_CLOSED_WORDS and not tokens.caps[after])
                ):
                    return after
                return 0
            if (
                tokens.caps[end]
                or not tokens.is_word(end)
                or _not_body_word(tokens, end)
                or word in _TAIL_BREAKS
                or word in _LINKS
                or self.phrases.longest(tokens.keys, end, _VERB)
            ):
                return 0
        return 0

    def closing_words(self, tokens: _Tokens, position: int) -> int:
        """The words of a country, of "Trung ương" or of a city at ``position``, or 0.

        What may close a body's name after its lower-case words: "Cục Thể dục thể thao
        Việt Nam", "Ban Chỉ đạo Cải cách tư pháp Trung ương".
        """
        if not tokens.caps[position]:
            return 0  # "tư pháp" is no France
        if tuple(tokens.keys[position : position + 2]) == _CENTRAL:
            return 2
        country = self.phrases.longest(tokens.keys, position, _COUNTRY)
        if country is not None:
            return country[0]
        return self.city_words(tokens, position)

    def city_words(self, tokens: _Tokens, position: int) -> int:
        """The words of a province or city the lexicon knows at ``position``, or 0.

        "Hà Nội", "TP.HCM", "TP Hồ Chí Minh", "Thành phố Đà Nẵng": what closes "Viện
        Nghiên cứu phát triển TP.HCM" after its lower-case words.
        """
        keys = tokens.keys
        unit = 0
        if keys[position] in _CITY_SHORT and position + 1 < tokens.count:
            if keys[position + 1] == "hcm":
                return 2
            unit = 1  # "TP Đà Nẵng"
        elif keys[position : position + 2] == ["thành", "phố"]:
            unit = 2
        name = position + unit
        for size in (3, 2, 1):
            if " ".join(keys[name : name + size]) in self.lexicon.places:
                return unit + size
        return 0

    def unit_number(self, tokens: _Tokens, start: int, position: int) -> bool:
        """Whether a body's number is at ``position``, right after its kind.

        "Quân khu 7", "Sư đoàn 312", "Binh đoàn 12": the number is the body's name, as a
        capital would be ("Quân khu Thủ đô").
        """
        if not tokens.words[position].isdigit() or len(tokens.words[position]) > 3:
            return False  # most words: one look
        return self.phrase_ends(tokens, position, _ORG_HEAD, since=start, reach=_LONGEST_HEAD)

    def name_after_body(self, tokens: _Tokens, start: int, first: int, limit: int) -> int:
        """Where a Vietnamese name starts after a body's lower-case words at ``first``, or 0.

        The tail opens with a body's kind and a capitalised word of its name ("Cục Di
        sản …", not "Tỉnh ủy khen ngợi …"); a few words follow, no verb, link or
        preposition among them ("Cục Di sản văn hóa Đặng Văn Bài"; not "Thủ tướng Chính
        phủ trao quà cho Nguyễn …"), then a whole name. A body named all in lower case
        after its kind has a country between its words and the name.
        """
        head = self.phrases.longest(tokens.keys, start, _ORG_HEAD)
        if head is None or first < start + head[0]:
            return 0
        # "Hội khuyến học Việt Nam Nguyễn Thiện Nhân": a body named all in lower case is
        # known by the country after it, then the name.
        by_country = first == start + head[0]
        if not by_country and not tokens.caps[start + head[0]]:
            return 0
        for position in range(first, min(first + _MOST_BODY_LOWER + 1, limit)):
            if not tokens.is_word(position) or tokens.caps[position]:
                break
            key = tokens.keys[position]
            if (
                _not_body_word(tokens, position)
                or key in _TAIL_BREAKS
                or key in _LINKS
                # "… Bộ Công an điều động thiếu tướng Nguyễn …": a rank opens the name's title.
                or self.phrases.longest(
                    tokens.keys, position, _VERB | _DIRECTIVE | _HONORIFIC | _RANKS
                )
            ):
                return 0
        else:
            return 0
        if not tokens.caps[position]:
            return 0  # a comma or a bracket ends the words before any name
        # "Cục Thể dục thể thao Việt Nam Đặng Hà Việt", "Ban Chỉ đạo Cải cách tư pháp
        # Trung ương Lương Cường": the country or the centre whose body it is may close
        # its name; named all in lower case, it must.
        closing = self.closing_words(tokens, position)
        if closing:
            position += closing
            if _bracketed_short_form(tokens, position):
                position += 3  # "… Trung ương (CIEM) Trần Thị Hồng Minh"
            if position >= limit or not tokens.caps[position]:
                return 0
        elif by_country:
            return 0
        return position if self.listed_name(tokens, position) is not None else 0

    def person_after_and(self, tokens: _Tokens, position: int) -> bool:
        """Whether a Vietnamese name of two words or more, then a comma, is at ``position``.

        Not a body's second field: "Bộ Giáo dục và Đào tạo" (one capital), "Bộ Văn hóa,
        Thể thao và Du lịch" (no surname).
        """
        if position >= tokens.count or tokens.keys[position] not in self.lexicon.surnames:
            return False
        end = self.name_run(tokens, position)
        return (
            2 <= end - position <= _MAX_NAME_WORDS
            and end < tokens.count
            and tokens.words[end] == ","
            and self.valid_name(tokens, position, end, foreign_ok=False) == (position, end)
        )

    def body_after_cua(self, tokens: _Tokens, position: int) -> bool:
        """Whether "của" at ``position`` names the body whose post it is.

        An international body ("Điều phối viên thường trú của Liên hợp quốc …") or an
        organisation ("Người phát ngôn của Bộ Ngoại giao Nga Maria Zakharova").
        """
        return (
            tokens.keys[position] == "của"
            and position + 1 < tokens.count
            and tokens.caps[position + 1]
            and (
                self.phrases.longest(tokens.keys, position + 1, _INTERNATIONAL) is not None
                or self.opens_org(tokens, position + 1, position + 2)
            )
        )

    def country_pair_dash(self, tokens: _Tokens, position: int, start: int) -> int:
        """The tokens a dash between two countries and the second take, or 0.

        "Chủ tịch Hội hữu nghị Việt Nam - Trung Quốc …": one side of a pair, the dash,
        the other side, all in the organisation's name.
        """
        if position <= start or tokens.words[position] not in _DASHES:
            return 0
        after = self.phrases.longest(tokens.keys, position + 1, _COUNTRY)
        if after is None and position + 1 < tokens.count:
            # "Liên minh Nghị sĩ hữu nghị Nhật - Việt": a side written short, as pairs are.
            after = (1, "country") if tokens.words[position + 1] in _PAIR_SIDES else None
        if after is None:
            return 0
        if tokens.words[position - 1] in _PAIR_SIDES:
            return 1 + after[0]
        for size in range(1, min(4, position - start) + 1):
            before = self.phrases.longest(tokens.keys, position - size, _COUNTRY)
            if before is not None and before[0] == size:
                return 1 + after[0]
        return 0

    def concurrent_country(self, tokens: _Tokens, position: int) -> int:
        """The tokens "kiêm nhiệm" and the country after it take at ``position``, or 0."""
        if position + 2 >= tokens.count or tokens.keys[position + 1] != "nhiệm":
            return 0
        found = self.phrases.longest(tokens.keys, position + 2, _COUNTRY)
        return 2 + found[0] if found is not None else 0

    def place_dash(self, tokens: _Tokens, position: int, start: int) -> int:
        """The tokens a dash inside a place's name and the rest of the name take, or 0.

        "Bà Rịa - Vũng Tàu" is one province: the dash does not end the title there.
        """
        if position <= start or tokens.words[position] not in _DASHES:
            return 0
        keys = tokens.keys
        for before in range(1, min(3, position - start) + 1):
            for after in range(1, 4):
                words = keys[position - before : position + 1 + after]
                if len(words) == before + 1 + after and (
                    " ".join(words[:before]) + " - " + " ".join(words[before + 1 :])
                    in self.lexicon.places
                ):
                    return 1 + after
        return 0

    def names_body(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether a capitalised body's head word ("Bộ", "Ban") opens in tokens [start, end)."""
        return any(
            tokens.caps[at] and self.phrases.longest(tokens.keys, at, _ORG_HEAD) is not None
            for at in range(start, end)
        )

    def field_dash(self, tokens: _Tokens, position: int, start: int) -> bool:
        """Whether a dash at ``position`` joins two fields in one body's name.

        "Ủy ban Tài chính - Ngân sách", "Bộ Lao động – Thương binh và Xã hội": a body
        opens the tail, and a capitalised field follows the dash; not a role (two titles:
        "Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh") nor a name ("… Tỉnh ủy - Nguyễn Văn An").
        """
        after = position + 1
        if (
            position <= start
            or tokens.words[position] not in _DASHES
            or after + 1 >= tokens.count
            or not (tokens.is_word(position - 1) and tokens.is_word(after) and tokens.caps[after])
            or self.phrases.longest(tokens.keys, start, _ORG_HEAD) is None
        ):
            return False
        if tokens.keys[after] in self.name_starts and tokens.caps[after + 1]:
            return False
        return self.role_at(tokens, after) is None and not self.phrases.longest(
            tokens.keys, after, _RANKS
        )

    def country_after_dash(self, tokens: _Tokens, position: int, start: int) -> bool:
        """Whether a dash at ``position`` leads to a country that ends the title.

        "… tại Vancouver - Canada;": a posting's city, then its country, and nothing
        after (a dash before more words joins two titles, or two sides of a pair).
        """
        if position <= start or tokens.words[position] not in _DASHES:
            return False
        found = self.phrases.longest(tokens.keys, position + 1, _COUNTRY)
        if found is None:
            return False
        after = position + 1 + found[0]
        return (
            position >= 2
            and tokens.caps[position - 1]
            and tokens.keys[position - 2] == "tại"
            and not tokens.is_word(after)
        )

    def after_place(self, tokens: _Tokens, start: int, end: int) -> int:
        """Past a province or city that opens a run of capitalised words, if one does.

        "Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang Hồ Văn Mừng": the name is the rest.
        """
        for size in (3, 2, 1):
            if start + size < end and " ".join(tokens.keys[start : start + size]) in (
                self.lexicon.places
            ):
                return start + size
        return start

    def country_after_nuoc(self, tokens: _Tokens, position: int) -> bool:
        """Whether "nước" ("the state of") opens a country's name at ``position``.

        One the lexicon knows, or a republic by its name ("nước Cộng hòa Tatarstan").
        """
        return (
            position + 1 < tokens.count
            and tokens.keys[position] == "nước"
            and tokens.caps[position + 1]
            and (
                self.phrases.longest(tokens.keys, position + 1, _COUNTRY) is not None
                or (
                    tuple(tokens.keys[position + 1 : position + 3]) == _REPUBLIC
                    and position + 3 < tokens.count
                    and tokens.caps[position + 3]
                )
            )
        )

    def name_run(self, tokens: _Tokens, start: int, limit: int | None = None) -> int:
        """Where the run of name words from ``start`` ends (at most ``limit``).

        At most :data:`_LONGEST_NAME_RUN` tokens are read: no name is longer, and a
        text of capitalised words and particles alone would be read again from each.
        """
        limit = min(tokens.count if limit is None else limit, start + _LONGEST_NAME_RUN)
        end = start
        if _initials_as_name(tokens, start, limit):
            end += 1  # "JD Vance": two capitals, then the surname
        while end < limit:
            if end > start and (
                tokens.keys[end] in _AGENCIES or tokens.keys[end] in _OPENS_A_SENTENCE
            ):
                # "Yoav Gallant Reuters": a photo's credit run into a caption's name; "…
                # Chủ tịch nước Tô Lâm Bài viết …": a heading run into the next line.
                break
            if (
                end > start + 1
                and len(tokens.words[end]) == 1
                and _credit_initials(tokens, end, limit)
            ):
                break  # "Ông Lê Thanh Hải T.N": a caption, then its photo's credit
            if (
                end > start
                and tokens.keys[end] in _HONOUR_OPENERS
                and end + 1 < limit
                and (tokens.keys[end], tokens.keys[end + 1]) in _HONOURS_AFTER_NAME
            ):
                break  # "… trao tặng Chủ tịch nước Lương Cường Huân chương …": the medal
            if (
                end > start + 1
                and tokens.keys[end] in self.role_openers
                and self.post_follows(tokens, end)
            ):
                break  # "Ông Lê Minh Hưng Trưởng ban Tổ chức Trung ương …": no comma before
            if _is_name_word(tokens.words[end]):
                end += 1
                continue
            # "Ursula von der Leyen": particles between the capitalised words.
            particles = _after_particles(tokens, end, limit)
            if end == start or particles == end or particles >= limit:
                break
            if not _is_name_word(tokens.words[particles]):
                break
            end = particles + 1
        if start < end < limit and tokens.words[end] in _REGNAL_NUMBERS:
            end += 1  # "Elizabeth II", "Charles III", "Giáo hoàng Leo XIV": a monarch's number
        return end

    def post_follows(self, tokens: _Tokens, position: int) -> bool:
        """Whether a capitalised role opens at ``position``.

        Of two words or more, or of one before the body it heads ("Trưởng ban …").
        """
        found = self.phrases.longest(tokens.keys, position, _ROLE)
        return (
            found is not None
            and tokens.caps[position]
            and (
                found[0] > 1
                or self.phrases.longest(tokens.keys, position + 1, _ORG_HEAD) is not None
            )
        )

    def valid_name(
        self, tokens: _Tokens, start: int, end: int, *, foreign_ok: bool
    ) -> tuple[int, int] | None:
        """The longest name within tokens [start, end) that ends at ``end``."""
        if end <= start:
            return None
        if not _NEVER_OPENS_A_NAME.isdisjoint(tokens.keys[start:end]):
            # "Theo Guardian, …", "Các Bộ trưởng …": a sentence's first word; "Ngoại trưởng
            # Nga Trong chuyến thăm …": a heading run into the sentence after it.
            return None
        if (
            " ".join(tokens.keys[start:end]) in self.lexicon.organizations
            or tokens.keys[end - 1] in _COMPANY_ENDINGS
            or self.after_company_noun(tokens, start)
        ):
            return None  # "Chủ tịch Vingroup", "Sovico Group": a company, no one's name
        for size in (3, 2, 1):
            if end - start >= size + 2 and (
                " ".join(tokens.keys[start : start + size]) in self.lexicon.organizations
            ):
                # "Thủ lĩnh Hamas Ismail Haniyeh", "Chủ tịch Fed San Francisco Mary Daly":
                # the movement or the bank, then the name.
                return self.valid_name(tokens, start + size, end, foreign_ok=False)
        if tokens.keys[start] == "từ" and (
            end - start == 1 or self.phrases.longest(tokens.keys, start + 1, _COUNTRY)
        ):
            return None  # "Từ Pháp, Tổng thống …", "… Từ ngày 5/4": "from", not the surname
        ede = _ede_name(tokens, start, end)
        if ede is not None:
            return ede
        for first in range(max(start, end - _name_tokens(tokens, end)), end - 1):
            # A particle, or a surname after one, opens no Vietnamese name: "Carlos de
            # la Cruz", "HLV De La Fuente" are not "La Cruz", "La Fuente" (La is a surname).
            if (
                tokens.keys[first] in self.name_starts
                and tokens.words[first] not in _PARTICLES
                and not (first > start and tokens.words[first - 1] in _PARTICLES)
            ):
                named = " ".join(tokens.keys[first:end])
                if _lunar_year(named):
                    return None  # "Tết Nguyên đán Giáp Thìn": a year, no one's name
                if named in self.lexicon.places and named not in self.lexicon.late_leaders:
                    # "Giám đốc Bệnh viện Tim Hà Nội": the place, no one's name (but
                    # "Chủ tịch Hồ Chí Minh" is the man the city is named for).
                    return None
                return first, end
        words = [
            word
            for index, word in enumerate(tokens.words[start:end], start)
            if word not in _PARTICLES
            # "Dato'": an honour written into the name, not one of its words
            and not (index + 1 < end and tokens.words[index + 1] in _APOSTROPHES)
        ]
        if not words:
            return None
        if words[-1].endswith(".") or (
            words[0].endswith(".")
            and len(words[0]) < 4
            and not (foreign_ok and len(words) > 1)
            and not (len(words) > 2 and words[1].endswith("."))  # "J. D. Vance"
        ):
            # A name never ends with an initial ("Marc E.") nor opens with a lone one; two
            # open one ("J.D. Vance", "J.K. Rowling"), and so does one right after a
            # country ("Tổng thống Liên bang Nga V. Pu-tin", as the Party's press writes).
            return None
        if 2 <= len(words) <= _MAX_NAME_WORDS and all(map(_spelled_by_sound, words)):
            # "Xổm-xạ-vạt Lềnh-xạ-vắt", "Si-ghê-ru": a foreign name spelled by sound, as the
            # Party's press writes them; no Vietnamese name joins its syllables by dashes.
            return start, end
        if (
            all(map(_foreign_spelling, words))
            and _ENGLISH_BODY_WORDS.isdisjoint(tokens.keys[start:end])
            and (
                2 <= len(words) <= _MAX_NAME_WORDS
                or (
                    foreign_ok
                    and len(words) == 1
                    and len(words[0]) > 2
                    and tokens.keys[start] not in _OPENS_VIETNAMESE_NAMES
                )
            )
            and (
                self.phrases.longest(tokens.keys, start, _ORG_HEAD) is None
                or self.known_country(tokens, start, end) is not None  # "Ban Ki-moon"
            )
        ):
            # A name in Latin letters: "Donald Trump", "Putin"; never one or two letters
            # alone ("Y" of "Bộ trưởng Y tế").
            chief = tokens.keys[max(0, start - 2) : start] == ["điều", "hành"]
            if (
                self.after_company_noun(tokens, start, written_as_name=True)
                or (chief and len(words) != 2)
                or (len(words) > 2 and _brand(tokens.words[start]))
            ):
                # "Tập đoàn FedEx Express" is the company's; "Tập đoàn Nikkei Tsuyoshi
                # Hasebe", the company's first word and a name after it. So after a chief
                # executive's post ("Giám đốc điều hành VinVentures", "… Voepass Eduardo
                # Busch"), where two words are a name ("… Martin Lundstedt"); so after a
                # brand run together ("… của VinaCapital Andy Ho").
                return self.valid_name(tokens, start + 1, end, foreign_ok=False)
            return start, end
        body = max(
            (i for i in range(start, end - 2) if tokens.keys[i] in _ENGLISH_BODY_WORDS),
            default=None,
        )
        if body is not None and all(map(_foreign_spelling, words)):
            # "Chuyên gia Sky Sports Jamie Carragher": the outlet, then a name after it.
            return self.valid_name(tokens, body + 1, end, foreign_ok=False)
        return None

    def titles(
        self,
        tokens: _Tokens,
        items: list[_Item],
        *,
        after_name: bool = False,
        untitled: bool = False,
    ) -> tuple[list[Title], str | None, str | None, tuple[int, int] | None]:
        titles: list[Title] = []
        starts: list[int] = []  # where each title's text starts
        rank: str | None = None
        country: str | None = None
        name: tuple[int, int] | None = None
        for position, item in enumerate(items):
            role_text = tokens.slice(*item.role)
            if tokens.keys[item.role[0]] == "tân" and item.role[1] - item.role[0] > 1:
                # "Tân Tổng Bí thư": written so, but the role is the post itself (a bare
                # "Tổng Bí thư" later is the new holder); "nguyên", "cựu" stay in the role.
                role_text = tokens.slice(item.role[0] + 1, item.role[1])
            org_start, org_end = item.tail
            text_end = org_end
            named_country = None
            if position == len(items) - 1:
                # The last item's tail may end in the name, after a country.
                name, org_end, named_country = self.find_name(
                    tokens, org_start, org_end, after_name=after_name, untitled=untitled
                )
                text_end = name[0] if name is not None else org_end
            grade = _grade_ending(tokens, org_start, text_end)
            if grade is not None:
                # "… Bộ Ngoại giao Trung Quốc (cấp Bộ trưởng) Mã Triều Húc": the body ends
                # before the grade, and the country before it is the person's.
                org_end = min(org_end, grade)
                ending = self.country_ending(tokens, org_start, org_end)
                if ending is not None:
                    named_country = named_country or ending[0]
                    org_end = ending[1]
            # A country right after the role ("Đại sứ Nhật Bản tại Việt Nam …") or right
            # before the name ("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị") is the
            # person's; the organisation stops before it, the title's text does not.
            # Elsewhere it belongs to the organisation: "Quân đội nhân dân Việt Nam",
            # "Trưởng Đại diện UNICEF tại Việt Nam".
            found = self.country_at(tokens, org_start, limit=item.tail[1])
            if found is not None:
                org_end = org_start
            brief = _brief_at(tokens, org_start, text_end) if named_country else None
            if brief is not None and not self.names_body(tokens, brief, text_end):
                # "Đặc phái viên Liên hợp quốc về Myanmar Julie Bishop": the brief's country;
                # not a body's ("Thứ trưởng phụ trách Bộ Ngoại giao Trung Quốc …": his).
                named_country = None
            if named_country is None and found is None:
                # "… Seoul (Hàn Quốc) Oh Se-hoon", "…, Thị trưởng … Seoul (Hàn Quốc).": the
                # country in brackets the tail ends with.
                named_country = self.closing_bracketed_country(tokens, org_start, text_end)
            posted = found or named_country
            country = country or posted or self.portfolio_country(tokens, org_start, org_end)
            while org_end > org_start and _verb_after_title(tokens, org_end - 1):
                org_end -= 1  # "Văn phòng Trung ương Đảng giữ …": not the verb
            org = tokens.slice(org_start, org_end) if org_end > org_start else None
            text_end = max(text_end, org_end if org else item.role[1])
            while text_end > item.role[1] and (
                (
                    not tokens.is_word(text_end - 1)
                    and not _bracketed_short_form(tokens, text_end - 3)
                    and _grade_ending(tokens, item.role[1], text_end) is None
                    and not self.closing_bracketed_country(tokens, org_start, text_end)
                )
                or _verb_after_title(tokens, text_end - 1)
            ):
                text_end -= 1  # "Bộ trưởng Ngoại giao Nga, …": not the comma, nor "đã"
            first = item.role[0]
            if position and items[position - 1].joined and titles:
                # "Phó Thủ tướng kiêm Bộ trưởng Tài chính": one title, the first role's,
                # the organisation and country of the post it ends with.
                first = starts.pop()
                role_text = titles.pop().role
            text = tokens.slice(first, text_end)
            if org is not None and _cut_off_at(tokens, text_end):
                # "…, Chính ủy Học ..." in a teaser: its last word may be cut short, so a
                # title that goes on from it is the same post (see _without_short_forms).
                self.cut_titles.add(text)
            titles.append(Title(intern(text), intern(role_text), shared(org), shared(posted)))
            starts.append(first)
            if item.kind == "rank":
                rank = rank or role_text
        return titles, rank, country, name

    def country_ending(self, tokens: _Tokens, start: int, end: int) -> tuple[str, int] | None:
        """The code of a country whose name ends tokens [start, end), and where it starts."""
        for size in range(min(_LONGEST_COUNTRY, end - start), 0, -1):
            code = self.lexicon.countries.get(" ".join(tokens.keys[end - size : end]))
            if code is not None and tokens.caps[end - size]:
                return code, end - size
        return None

    def delegation_country(self, tokens: _Tokens, start: int) -> str | None:
        """The country of a delegation the person at ``start`` leads, if named before.

        "Đoàn đại biểu cấp cao Đảng, Nhà nước Cuba do Chủ tịch Quốc hội Esteban Lazo
        dẫn đầu": the country right before "do", in a clause that opens with "đoàn"; a
        short form in brackets may come between ("… Campuchia (CPP) do …"), or the
        country be in brackets itself ("… tỉnh Gyeonggi (Hàn Quốc) do …").
        """
        if start < 2 or tokens.keys[start - 1] != "do":
            return None
        end = start - 1
        if end >= 3 and _bracketed_short_form(tokens, end - 3):
            end -= 3
        if "đoàn" not in tokens.keys[max(0, start - _DELEGATION_REACH) : end]:
            return None
        if tokens.words[end - 1] == ")":
            opening = next(
                (
                    i
                    for i in range(end - 2, max(-1, end - _LONGEST_COUNTRY - 3), -1)
                    if tokens.words[i] == "("
                ),
                None,
            )
            if opening is not None:
                return self.lexicon.countries.get(" ".join(tokens.keys[opening + 1 : end - 1]))
        clause = tokens.keys[max(0, start - _DELEGATION_REACH) : end]
        for size in range(min(_LONGEST_COUNTRY, len(clause)), 0, -1):
            code = self.lexicon.countries.get(" ".join(clause[-size:]))
            if code is not None and tokens.caps[end - size]:
                return code
        return None

    def side_country(self, tokens: _Tokens, start: int) -> str | None:
        """The country of the side whose list names the person at ``start``, if any.

        "Về phía Hàn Quốc có Chánh Văn phòng Tổng thống Kang Hoon-sik, Ngoại trưởng Cho
        Hyun": the nearest "phía" before, in the same sentence, with a country and "có"
        or "gồm" after it.
        """
        for position in range(start - 1, max(-1, start - _SIDE_REACH), -1):
            if tokens.words[position] in _SENTENCE_ENDS:
                return None
            if tokens.keys[position] != "phía":
                continue
            found = self.phrases.longest(tokens.keys, position + 1, _COUNTRY)
            after = position + 1 + found[0] if found is not None else tokens.count
            if (
                found is None
                or not tokens.caps[position + 1]
                or after >= tokens.count
                or tokens.keys[after] not in ("có", "gồm")
            ):
                return None
            return self.lexicon.countries[" ".join(tokens.keys[position + 1 : after])]
        return None

    def after_company_noun(
        self, tokens: _Tokens, start: int, *, written_as_name: bool = False
    ) -> bool:
        """Whether a lower-case company noun comes right before ``start``.

        "liên doanh Star Telecom" names a company; "Tổng giám đốc Tập đoàn Nguyễn Tài
        Anh", in capitals, ends a title's organisation before a person's name. With
        ``written_as_name`` (a name in Latin letters), a capitalised one counts too:
        "Chủ tịch Tập đoàn FedEx Express" names the company.
        """
        for size in (2, 1):
            before = start - size
            if (
                before >= 0
                and tuple(tokens.keys[before:start]) in _COMPANY_BEFORE
                and (written_as_name or not tokens.caps[before])
                # "Chủ tịch Hiệp hội Doanh nghiệp Justin Harris": the members of a body.
                and tokens.keys[max(0, before - 1) : before] not in _MEMBERS_BODY
            ):
                return True
        return False

    def foreign_before_vietnamese(
        self, tokens: _Tokens, items: list[_Item], name: tuple[int, int]
    ) -> bool:
        """Whether the titles of ``items`` serve another country and ``name`` is Vietnamese.

        "Ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam, Thủ tướng Phạm Minh Chính và …":
        the Japanese post is not the Vietnamese leader's; it is the man's named before.
        """
        titles, _, country, _ = self.titles(tokens, items, after_name=True)
        served = country or self.country_served(titles)
        return (
            served is not None
            and served != "VN"
            and tokens.keys[name[0]] in self.lexicon.surnames
            and self.known_country(tokens, *name) in (None, "VN")
            and self.valid_name(tokens, *name, foreign_ok=False) == name
        )

    def country_served(self, titles: list[Title]) -> str | None:
        """The country whose name ends a title's organisation ("Ngoại giao Trung Quốc").

        Not a posting ("… TTXVN tại Trung Quốc") nor one side of a pair ("Hội hữu nghị
        Việt Nam - Trung Quốc"): the person serves an institution of that country.
        """
        for title in titles:
            written = (title.organization or "").split()
            if len(written) > 1 and written[-1][:1] == "(" and written[-1][-1:] == ")":
                written.pop()  # a short form after it: "… Thái Bình Dương Mỹ (INDOPACOM)"
            words = match_key(" ".join(written)).split()  # the same words, folded
            for size in range(len(words), 0, -1):
                # "Người phát ngôn Nhà Trắng": the White House's country; "Chủ tịch Fed
                # San Francisco": the Fed's, whose bank it names.
                seat = self.lexicon.seats.get(" ".join(words[-size:])) or self.lexicon.seats.get(
                    " ".join(words[:size])
                )
                if seat is not None:
                    return seat
            code = self.country_closing(written, words)
            if code is None and "tại" in words[1:]:
                # "Người phát ngôn Đại sứ quán Trung Quốc tại Hà Nội": the embassy's
                # country, before where it is.
                at = words.index("tại", 1)
                code = self.country_closing(written[:at], words[:at])
            if code is None:
                code = self.place_abroad_closing(written, words)
            if code is not None:
                return code
        return None

    def place_abroad_closing(self, written: list[str], words: list[str]) -> str | None:
        """The country of a place abroad that ends an organisation, capitalised as a name.

        "Thị trưởng Tokyo", "Bí thư Tỉnh ủy Vân Nam", "Thống đốc bang California": an
        official of that country. Not a post held there ("Tổng Lãnh sự Việt Nam ở Osaka",
        "… tại Thượng Hải"): a place after "tại" or "ở", or in words naming Việt Nam.
        """
        if not words or "tại" in words or "ở" in words or "việt nam" in " ".join(words):
            return None
        for size in range(min(len(words), _LONGEST_PLACE), 0, -1):
            code = self.lexicon.places_abroad.get(" ".join(words[-size:]))
            if code is not None and written[-size][:1].isupper():
                return code
        return None

    def country_closing(self, written: list[str], words: list[str]) -> str | None:
        """The country that ends an organisation's ``written`` words (``words`` folded)."""
        for size in range(min(len(words), _LONGEST_COUNTRY), 0, -1):
            code = self.lexicon.countries.get(" ".join(words[-size:]))
            if code is None:
                continue
            before = written[-size - 1] if size < len(written) else ""
            named = written[-size:]
            if (
                # "Bộ Tư pháp": no; "Vương quốc Campuchia", its name's ends capitalised
                named[0][:1].isupper()
                and named[-1][:1].isupper()
                and match_key(before) not in _NOT_SERVED_AFTER
                and not _a_state([match_key(word) for word in written[-size - 2 : -size]])
                # "Thủ Đức", a place: no; "Hạm đội Thái Bình Dương Mỹ", a body's region
                # before the country: yes.
                and not (
                    size == 1
                    and before[:1].isupper()
                    and not self.international_ending(words[:-size])
                )
            ):
                return code
            break
        return None

    def international_ending(self, words: list[str]) -> bool:
        """Whether folded ``words`` end with a region or international body's name."""
        return any(
            " ".join(words[-size:]) in self.lexicon.international
            for size in range(2, len(words) + 1)
        )

    def lower_field(self, tokens: _Tokens, position: int) -> int:
        """The words of a field in lower case at ``position`` that a country follows, or 0.

        "Bộ trưởng quốc phòng Mỹ Lloyd Austin", "cố vấn an ninh quốc gia Mỹ": the field
        is part of the title, as it would be capitalised. So before a Vietnamese name:
        "Bộ trưởng ngoại giao Bùi Thanh Sơn".
        """
        for size in range(_MOST_FIELD_WORDS, 0, -1):
            after = position + size
            if (
                after < tokens.count
                and tuple(tokens.keys[position:after]) in _LOWER_FIELDS
                and not any(tokens.caps[position:after])
                and tokens.caps[after]
                and (
                    self.phrases.longest(tokens.keys, after, _COUNTRY) is not None
                    or self.listed_name(tokens, after) is not None
                )
            ):
                return size
        return 0

    def portfolio_country(self, tokens: _Tokens, start: int, end: int) -> str | None:
        """The country just before "phụ trách" ("Thứ trưởng Ngoại giao Hoa Kỳ phụ trách …").

        Or before an envoy's "về" ("Đặc phái viên Mỹ về Trung Đông …"); ``start`` is
        where the role ends.
        """
        position = _brief_at(tokens, start, end)
        if position is None:
            return None
        for before in range(start, position):
            found = self.phrases.longest(tokens.keys, before, _COUNTRY)
            if found is not None and before + found[0] == position:
                return self.lexicon.countries[" ".join(tokens.keys[before:position])]
        return None

    def country_at(self, tokens: _Tokens, position: int, *, limit: int) -> str | None:
        """The code of a country named at ``position`` (ending by ``limit``), or None."""
        if self.country_after_nuoc(tokens, position) or (
            # "Đại diện thường trực của Nga tại Liên hợp quốc …": the country served.
            position + 1 < limit and tokens.keys[position] == "của"
        ):
            position += 1  # "Đại sứ … nước Cộng hòa Indonesia …"
        if position >= limit or not tokens.caps[position]:
            return None
        found = self.phrases.longest(tokens.keys, position, _COUNTRY)
        if found is None or position + found[0] > limit:
            return None
        return self.lexicon.countries[" ".join(tokens.keys[position : position + found[0]])]

    def find_name(
        self,
        tokens: _Tokens,
        start: int,
        end: int,
        *,
        after_name: bool = False,
        untitled: bool = False,
    ) -> tuple[tuple[int, int] | None, int, str | None]:
        """The first name in a tail: (name range, where the organisation ends, country).

        A tail is read as far as it may run ("Thủ tướng Chính phủ Phạm Minh Chính dự
        Hội nghị …"); the name is the first run of name words that makes one. With
        ``after_name`` (titles apposed to a name), a commune's or district's name of two
        words is the place's, though its first word is a surname: "ông …, Phó Chủ tịch
        UBND xã Lục Hồn, cho biết" (three make a name: "…, Chủ tịch UBND tỉnh Trần Văn
        Hiệp" is the next person); so are two words after a local body ("…, Bí thư
        Huyện ủy Lâm Hà, …": see :meth:`place_after_body`). With ``untitled`` too (the
        name had no title before it), one word right after the role is the post's place
        or body, not a second name: "ông Kim Kyung Il, Thị trưởng Paju, …", "bà …,
        Giám đốc Cung ứng của …".
        """
        run_start = start
        while run_start < end:
            lower_body = self.lower_body(tokens, run_start)
            if lower_body:
                run_start += lower_body  # "… điện Kremlin Dmitry Peskov": not "Kremlin Dmitry"
                continue
            if not (
                _is_name_word(tokens.words[run_start]) or _initials_as_name(tokens, run_start, end)
            ):
                run_start += 1
                continue
            if run_start and _region_at(tokens, run_start - 1):
                run_start += 1  # "Hội đồng châu Âu Charles Michel": the continent's name
                continue
            term = _term_at(tokens, run_start)
            if term:
                run_start += term  # "… Đại hội đồng Liên hợp quốc Khóa 80 Annalena …": a term
                continue
            if (
                tuple(tokens.keys[max(0, run_start - 2) : run_start]) == _REPUBLIC
                and tokens.caps[run_start - 2]
                and tokens.keys[run_start - 3 : run_start - 2] not in (["đảng"], ["sĩ"])
                and self.phrases.longest(tokens.keys, run_start - 2, _COUNTRY) is None
                # "Tổng thống Cộng hòa Nam Phi …": a country the lexicon knows after it.
                and self.phrases.longest(tokens.keys, run_start, _COUNTRY) is None
                and self.name_run(tokens, run_start + 1, end) - run_start > 2
            ):
                # "Thủ tướng Cộng hòa Tatarstan Alexey Pesoshin": a republic the lexicon
                # does not know, named by one word, then a name of two words or more (not
                # the Republicans' "Thượng nghị sĩ Cộng hòa Lindsey Graham").
                run_start += 1
                continue
            if tuple(tokens.keys[run_start : run_start + 3]) == _YOUTH_UNION:
                # "… Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh Bùi Quang Huy": the
                # Youth Union ("Đoàn" is a surname too), and the name it is named after.
                run_start += 3
                if tokens.keys[run_start : run_start + 5] == _AFTER_HO_CHI_MINH:
                    run_start += 5
                continue
            if self.body_of_body(tokens, run_start, end):
                run_start += 1  # "Bí thư Đoàn Học viện …": the Youth Union of the academy
                continue
            if self.central_youth_union(tokens, run_start, end):
                run_start += 1  # "… Trung ương Đoàn Nguyễn Tường Lâm": the body, the name
                continue
            if _local_youth_union(tokens, run_start):
                run_start += 2  # "Bí thư Tỉnh Đoàn Lào Cai": the body, then its province
                continue
            body = self.phrases.longest(tokens.keys, run_start, _INTERNATIONAL)
            if body is not None and run_start + body[0] <= end:
                # "… Thái Bình Dương Daniel Kritenbrink": not a name; nor the "Dương" of a
                # tail that ends with one ("Tư lệnh Bộ Tư lệnh Ấn Độ Dương, …": no India).
                run_start += body[0]
                continue
            body = self.phrases.longest(tokens.keys, run_start, _ORG_HEAD)
            if (
                body is not None
                and body[0] > 1
                and run_start + body[0] <= end
                and self.phrases.longest(tokens.keys, run_start, _COUNTRY) is None
            ):
                # "Ủy viên Đoàn Chủ tịch …": a body of several words, though its first is
                # a surname, is no one's name (nor part of a country's: "Liên hiệp
                # Vương quốc Anh …" is read below).
                run_start += body[0]
                continue
            namesake = (
                self.namesake(tokens, start, run_start, end)
                if run_start > start and tokens.keys[run_start] in _late_firsts(self.lexicon)
                else 0
            )
            if namesake:
                # "Giám đốc Bảo tàng Hồ Chí Minh", "Tư lệnh Chiến dịch Hồ Chí Minh": a
                # body named after a late leader, who holds no post after it.
                run_start += namesake
                continue
            run_end = self.name_run(tokens, run_start, end)
            run_key = " ".join(tokens.keys[run_start:run_end])
            if (
                after_name
                and run_end < tokens.count
                and tokens.is_word(run_end)
                and self.ends_known_name(tokens.slice(run_start, run_end))
            ):
                # "… cầu thủ Nguyễn Xuân Son, đội trưởng Duy Mạnh kể …": the later
                # words of someone named before ("Đỗ Duy Mạnh"), the next person and their
                # verb, not a place the title of the name before runs into ("…, Bí thư
                # Huyện ủy Kim Thành, …" after a "Nguyễn Kim Thành": its comma).
                return (run_start, run_end), run_start, None
            if _lunar_year(run_key) or (
                run_key in self.lexicon.places and run_key not in self.lexicon.late_leaders
            ):
                # "Chủ tịch UBND tỉnh Long An": a province, no name ("Chủ tịch Hồ Chí Minh"
                # is the man; his city is "Thành phố Hồ Chí Minh", below).
                run_start = run_end
                continue
            if (
                run_end - run_start == 2
                and _names_a_city(tokens, run_start)
                and tokens.keys[run_start - 1] == "bang"
                and (name := self.valid_name(tokens, run_start, run_end, foreign_ok=True))
            ):
                # "Thống đốc bang Ron DeSantis": a state left out, the name alone (one word
                # is a state's: "bang Victoria"; three or more, a state and a name).
                return name, name[0], None
            if (
                (
                    _names_a_city(tokens, run_start)
                    # "xã Kỳ Tân Nguyễn Văn Bình", but "UBND xã Lục Hồn …" with no place
                    or (
                        _names_a_locality(tokens, run_start)
                        and (
                            tokens.keys[run_start] not in self.name_starts
                            or (after_name and run_end - run_start == 2)
                            # "Bí thư Huyện ủy huyện Nông Cống": the unit said again after its
                            # body names the place, though a surname opens it.
                            or tokens.keys[run_start - 3 : run_start - 2]
                            == tokens.keys[run_start - 1 : run_start]
                        )
                    )
                )
                and self.after_place(tokens, run_start, run_end) == run_start
            ):
                # "Thành phố Hồ Chí Minh": a city, and a name only after it ("Bí thư
                # Thành ủy TP Hồ Chí Minh Nguyễn Văn Nên").
                name = self.valid_name(tokens, run_start + 1, run_end, foreign_ok=False)
                if (
                    _names_a_city(tokens, run_start)
                    and _FULL_NAME_WORDS <= run_end - run_start <= _MAX_NAME_WORDS
                    and tokens.keys[run_start] in self.lexicon.surnames
                    and run_key not in self.lexicon.places  # "Thành phố Hồ Chí Minh"
                    and self.valid_name(tokens, run_start, run_end, foreign_ok=False)
                    == (run_start, run_end)
                ):
                    # "Chủ tịch UBND Thành phố Phan Văn Mãi": the city left out, a
                    # Vietnamese name of three words or four (no city's is one).
                    name = (run_start, run_end)
                if name is not None:
                    return name, name[0], None
                run_start = run_end
                continue
            if after_name and self.place_after_body(tokens, (run_start, run_end)):
                run_start = run_end  # "ông …, Bí thư Huyện ủy Lâm Hà, …": the district
                continue
            run_start = self.after_place(tokens, run_start, run_end)
            country = self.phrases.longest(tokens.keys, run_start, _COUNTRY)
            if country is not None and run_start + country[0] >= run_end:
                # "Đại sứ Singapore tại …", "… nước Cộng hòa nhân dân Trung Hoa tại …": a
                # country, lower-case words and all, not a name; right before a name
                # ("Ngoại giao Liên bang Nga Sergei Lavrov") it is the person's.
                after = run_start + country[0]
                if after < end and _is_name_word(tokens.words[after]):
                    following = self.name_run(tokens, after, end)
                    name = self.valid_name(tokens, after, following, foreign_ok=True)
                    if name is not None and name[0] == after:
                        code = self.lexicon.countries[" ".join(tokens.keys[run_start:after])]
                        return name, run_start, code
                run_start = after
                continue
            # A country just before the name: a foreign leader ("Trung Quốc Tập Cận Bình");
            # but not inside a name written in Vietnamese syllables ("Lê Anh Tuấn" holds
            # "Anh", England; "Bành Đức Hoài", a Chinese general, "Đức", Germany).
            surname_first = country is None and tokens.keys[run_start] in self.name_starts
            for position in range(run_start, run_end - 1):
                if surname_first and position > run_start:
                    break
                found = self.phrases.longest(tokens.keys, position, _COUNTRY)
                if (
                    found is not None
                    and _name_size(tokens, position + found[0], run_end) > 0
                    # "… Bộ Công Thương Nguyễn Đức Tân", "Chủ tịch Vingroup Phạm Nhật
                    # Vượng": a middle name, inside a Vietnamese name the run ends with.
                    and not self.inside_vietnamese_name(tokens, run_start, position, run_end)
                    # "… Ngoại trưởng Nga Trong chuyến thăm …": a heading run into a sentence
                    and tokens.keys[position + found[0]] not in _NO_NAME_AFTER_COUNTRY
                    # "… Văn phòng Đức Pháp chủ …" (the patriarch): no country in Vietnamese
                    # is a name ("Thủ tướng Bồ Đào Nha Montenegro" is one, "Israel Katz")
                    and not self.only_a_country(tokens, position + found[0], run_end)
                ):
                    after = position + found[0]
                    # "Hội hữu nghị Việt Nam - Trung Quốc …": one side of a pair, no one's.
                    served = not (
                        position
                        and (
                            tokens.keys[position - 1] in _NOT_SERVED_AFTER
                            or _a_state(tokens.keys[max(0, position - 2) : position])
                        )
                    )
                    code = self.lexicon.countries[" ".join(tokens.keys[position:after])]
                    # "Liên bang Nga" may start before the run: "Liên bang" is lower case.
                    for earlier in range(start, position):
                        longer = self.phrases.longest(tokens.keys, earlier, _COUNTRY)
                        if longer is not None and earlier + longer[0] == after:
                            return (after, run_end), earlier, code if served else None
                    return (after, run_end), position, code if served else None
            if (
                untitled
                and run_start == start
                and run_end == start + 1
                # The apposition closes after it, or a Vietnamese syllable's body runs on
                # in lower case ("Cung ứng"); not a verb after it: "Sau khi sa thải ông
                # Gallant, Thủ tướng Netanyahu đã …" is the sentence's subject.
                and (
                    run_end == tokens.count
                    or not tokens.is_word(run_end)
                    or (
                        end > run_end
                        and _a_syllable(tokens.keys[run_start])
                        and not _verb_after_title(tokens, run_end)
                    )
                )
            ):
                run_start = run_end
                continue
            if (
                run_start == start
                and run_end - run_start == _CITY_AND_NAME
                and tokens.keys[max(0, start - 2) : start] in _POSTS_OF_A_PLACE
                and all(map(_foreign_spelling, tokens.words[run_start:run_end]))
                and tokens.keys[run_start] not in _KOREAN_SURNAMES
            ):
                # "Thị trưởng Tampa Jane Castor": a mayor's or a governor's city or state,
                # one word the lexicon does not know, then the name; not a Korean name of
                # three words ("Thị trưởng Kim Kyung-il").
                run_start += 1
            name = self.valid_name(
                tokens,
                run_start,
                run_end,
                foreign_ok=run_start == start
                or (self.portfolio(tokens, start, run_start) and _lone_surname(tokens, run_start)),
            )
            if (
                name is None
                and run_start > start
                and self.international(tokens, start, run_start)
                # "Hội đồng Bảo an Liên hợp quốc": a second body, no one's name.
                and self.phrases.longest(tokens.keys, run_start, _BODIES) is None
            ):
                # "Tổng Thư ký Liên hợp quốc António Guterres": after an international
                # body, a foreign name need not look Vietnamese or English.
                name = (run_start, min(run_end, run_start + _MAX_NAME_WORDS))
            if name is not None:
                return name, name[0], None
            run_start = run_end
        return None, end, None

    def inside_vietnamese_name(self, tokens: _Tokens, start: int, position: int, end: int) -> bool:
        """Whether ``position`` lies inside a Vietnamese name that ends the run at ``end``.

        A capitalised surname a word or two before it (from ``start`` on) opens a name of
        the lexicon's shape running to ``end``: "Nguyễn Đức Tân", "Nguyễn Sinh Nhật Tân".
        """
        return any(
            tokens.caps[first]
            and tokens.keys[first] in self.lexicon.surnames
            and self.valid_name(tokens, first, end, foreign_ok=False) == (first, end)
            for first in range(max(start, position - 2), position)
        )

    def only_a_country(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether tokens [start, end) are a country as Vietnamese writes it, nothing more."""
        found = self.phrases.longest(tokens.keys, start, _COUNTRY)
        return (
            found is not None
            and start + found[0] == end
            and not all(map(_foreign_spelling, tokens.words[start:end]))
        )

    def portfolio(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether tokens [start, end) are a minister's portfolio, nothing more.

        A capitalised word and one in lower case ("Quốc phòng", "Ngoại giao"), not an
        organisation ("Ủy ban"): after it, one foreign word is a surname as it is after
        the role itself ("Bộ trưởng Quốc phòng Gallant", like "Ngoại trưởng Blinken").
        """
        return (
            end == start + 2
            and tokens.caps[start]
            and not tokens.caps[start + 1]
            and tokens.is_word(start + 1)
            and not self.opens_org(tokens, start, end)
        )

    def international(self, tokens: _Tokens, start: int, end: int) -> bool:
        """Whether tokens [start, end) end with an international body (``Liên hợp quốc``)."""
        return any(
            self.phrases.longest(tokens.keys, position, _INTERNATIONAL)
            == (end - position, "international")
            for position in range(max(start, end - self.phrases.max_words), end)
        )

    def named(
        self,
        tokens: _Tokens,
        name: tuple[int, int],
        titles: list[Title],
        rank: str | None,
        country: str | None,
        deceased: bool,
        *,
        start: int,
        unmarked: bool = False,
    ) -> tuple[str, int, int]:
        """Record the person named at ``name``, with the titles written after the name.

        With ``unmarked`` (an honorific's name) the titles may follow with no comma or
        dash: "Ông Lê Minh Hưng Trưởng ban Tổ chức Trung ương phát biểu …".
        """
        after = name[1]
        # Titles after the name: ", Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng", or
        # between dashes: "ông Nguyễn Mạnh Cường - Thứ trưởng Bộ Ngoại giao - …"; past
        # an age, a birth year or a home told first ("ông Lee Jae-myung, 61 tuổi, Tổng
        # thống Hàn Quốc, …").
        mark = _past_particulars(tokens, after)
        chain_start = self.past_founder(tokens, mark + 1)
        bare = unmarked and after < tokens.count and self.post_follows(tokens, after)
        if bare:
            chain_start = after
        if bare or (
            mark + 1 < tokens.count
            and tokens.words[mark] in _CHAIN_MARKS
            and (tokens.words[mark] == "," or self.role_at(tokens, chain_start, lower=True))
        ):
            untitled = not titles and rank is None
            items, chain_end = self.read_chain(
                tokens, chain_start, lower=True, after_name=True, untitled=untitled
            )
            if items and (
                _host_after_guest(tokens, start, items[-1], chain_end)
                or (len(items) == 1 and self.subject_after_owner(tokens, start, items[0].tail[1]))
            ):
                # "Tiếp ông Vương Truyền Phúc, Chủ tịch Tập đoàn BYD, Thủ tướng hoan nghênh
                # …": the bare title before the verb is the host's, the sentence's subject.
                chain_end = items.pop().role[0] - 1
            if items:
                more, more_rank, more_country, inner = self.titles(
                    tokens, items, after_name=True, untitled=untitled
                )
                if (
                    inner is not None
                    and len(items) > 1
                    and inner[0] >= items[-1].role[1]
                    and (
                        _guest_first(tokens, start)
                        or self.foreign_before_vietnamese(tokens, items[:-1], inner)
                    )
                ):
                    # "Tiếp ông Yamada Takio, Đại sứ Nhật Bản …, Thủ tướng Phạm Minh Chính
                    # đề nghị …": the guest's titles, then the host, named.
                    chain_end = items.pop().role[0] - 1
                    more, more_rank, more_country, inner = self.titles(
                        tokens, items, after_name=True, untitled=untitled
                    )
                if inner is None:
                    titles = [*titles, *more]
                    rank = rank or more_rank
                    country = country or more_country
                    after = chain_end
        if (
            after + 1 < tokens.count
            and tokens.words[after] == "("
            and self.role_at(tokens, after + 1, lower=True) is not None
        ):
            # "Ngài David Lammy (nguyên Bộ trưởng Bộ Ngoại giao Anh)": titles in brackets,
            # in lower case too, as an apposition may be ("(nguyên bộ trưởng …)").
            items, chain_end = self.read_chain(tokens, after + 1, lower=True)
            chain_end = _closing_bracket(tokens, chain_end)
            if items and chain_end < tokens.count and tokens.words[chain_end] == ")":
                more, more_rank, more_country, inner = self.titles(tokens, items)
                if inner is None:
                    titles = [*titles, *more]
                    rank = rank or more_rank
                    country = country or more_country
                    after = chain_end + 1
        deceased = deceased or _after_funeral(tokens, start)
        if country is None:
            country = (
                self.country_served(titles)
                or self.delegation_country(tokens, start)
                or self.side_country(tokens, start)
            )
        if after + 2 < tokens.count and tokens.words[after] == "(":
            # "Bộ trưởng Ngoại giao Penny Wong (Australia)", as lists of a meeting's
            # delegates write it: the country the person serves, closing the mention.
            found = self.phrases.longest(tokens.keys, after + 1, _COUNTRY)
            close = after + 1 + found[0] if found is not None else tokens.count
            if close < tokens.count and tokens.words[close] == ")" and tokens.caps[after + 1]:
                country = (
                    country or self.lexicon.countries[" ".join(tokens.keys[after + 1 : close])]
                )
                after = close + 1
        guessed = False
        if (
            country is None
            and (tokens.keys[name[0]] in self.lexicon.surnames or _ede_name(tokens, *name))
            # "Thủ tướng Lý Cường": a foreign leader the lexicon knows (see person()).
            and self.known_country(tokens, *name) is None
        ):
            country = "VN" if not titles or not _foreign(titles) else None
            # Only the surname says so, whatever titles name no country: a title may say
            # otherwise later ("đồng chí Hà Vĩ …", then "Đại sứ Trung Quốc … Hà Vĩ";
            # "Lưu Ninh, Bí thư Đảng ủy …", then "Bí thư Khu ủy Quảng Tây (Trung Quốc)").
            guessed = True
        key = self.person(
            tokens,
            *name,
            titles=titles,
            rank=rank,
            country=country,
            deceased=deceased,
            guessed=guessed,
        )
        if name[1] == tokens.count and tokens.ends_text():
            self.cut_names.add(key)  # "… Chủ tịch Trần Đình" ending a page
            self.page_cut = key
        elif _cut_off_at(tokens, name[1]):
            self.cut_names.add(key)  # "… Trần Đình ..."
        if after > name[1]:
            self.apposition_end = tokens.ends[after - 1]
        self.take_post_ahead(key, tokens.starts[start], tokens.ends[after - 1])
        return key, after, start

    def appointing_ahead(self, tokens: _Tokens, first: int, after: int) -> bool:
        """Whether the bare title at ``first`` is given to whom ``đối với`` at ``after`` names.

        "bổ nhiệm chức vụ Thứ trưởng … đối với …"; not a post only put forward or to come
        ("Quốc hội sẽ bầu chức danh Chủ tịch nước đối với …").
        """
        if tokens.keys[after : after + 2] != ["đối", "với"]:
            return False
        here = tokens.starts[first]
        before = match_key(self.text[max(0, here - _APPOINTED_REACH) : here])
        verb = _APPOINTING.search(before)
        return verb is not None and not _PUT_FORWARD.search(before, 0, verb.start())

    def take_post_ahead(self, key: str, start: int, end: int) -> None:
        """Give the post given ahead (``post_ahead``), if any, to a name at ``start``.

        "… bổ nhiệm chức vụ Thứ trưởng Bộ Công an đối với Trung tướng A, Cục trưởng …
        và Thiếu tướng B": A and B, each named right after the last (its titles after its
        name ending at ``end``); anyone else ends the list.
        """
        if self.post_ahead is None:
            return  # most names: no post given ahead
        titles, reach = self.post_ahead
        if 0 <= reach <= start and _NEXT_APPOINTEE.fullmatch(match_key(self.text[reach:start])):
            self.give_titles(key, titles)
            self.post_ahead = titles, end
        else:
            self.post_ahead = None

    def subject_after_owner(self, tokens: _Tokens, start: int, title_end: int) -> bool:
        """Whether the title before a speech verb is the subject, not the name's apposition.

        "Tán thành ý kiến của Thủ tướng Phạm Minh Chính, Bộ trưởng Quốc phòng Lào khẳng
        định …": a name whose opinion or words are spoken of (after "của"), then the
        sentence's subject and its verb.
        """
        return (
            start > 0
            and tokens.keys[start - 1] == "của"
            and title_end < tokens.count
            and (
                # The tail may hold the verb's first word ("… Lào cho biết"): read from there.
                any(
                    self.phrases.longest(tokens.keys, position, _VERB | _DIRECTIVE) is not None
                    for position in (title_end - 1, title_end)
                )
                # Or a verb's adverb, no comma closing the title: "Theo đề nghị của Bộ
                # trưởng … Phạm Thị Thanh Trà, Thủ tướng Chính phủ đã bổ nhiệm …" (not "…
                # của Tổng Bí thư …, Bí thư Quân ủy Trung ương đối với …": his).
                or tokens.keys[title_end] in _VERB_ADVERBS
            )
        )

    def past_founder(self, tokens: _Tokens, position: int) -> int:
        """Past a founder's calling that opens an apposition before its titles.

        "ông Jensen Huang - nhà sáng lập, Chủ tịch kiêm Tổng Giám đốc … Nvidia": the
        founding is no post; the titles after it are the person's.
        """
        end = position + 3
        if (
            tuple(tokens.keys[position:end]) in _FOUNDERS
            and end + 1 < tokens.count
            and tokens.keys[end] in _AFTER_FOUNDER
            and self.role_at(tokens, end + 1) is not None
        ):
            return end + 1
        return position

    def names_listed(
        self,
        tokens: _Tokens,
        found: tuple[str | None, int, int],
        titles: list[Title] | None = None,
        rank: str | None = None,
        country: str | None = None,
    ) -> tuple[str | None, int, int]:
        """More names after the first one a plural names, by commas and ``và``.

        Only Vietnamese names, each a whole run of name words: a title after a comma
        (``…, Bộ trưởng …``) ends the list. Each holds ``titles``, the plural's.
        """
        key, position, start = found
        while position + 1 < tokens.count and (
            tokens.words[position] == "," or tokens.keys[position] == "và"
        ):
            name = self.listed_name(tokens, position + 1) or self.bracketed_name(
                tokens, position + 1
            )
            if name is None:
                break
            key, position, _ = self.named(
                tokens, name, list(titles or ()), rank, country, False, start=name[0]
            )
        return key, position, start

    def bracketed_name(self, tokens: _Tokens, first: int) -> tuple[int, int] | None:
        """A Vietnamese-looking name of a rarer surname, its titles in brackets after it.

        "các ông …, Xà Dương Thắng (nguyên Bí thư Huyện ủy Bắc Bình), …": in a list, the
        bracket and the post in it make the run a name, whatever the lexicon's surnames.
        """
        end = self.name_run(tokens, first)
        if not (
            _FULL_NAME_WORDS <= end - first <= _MAX_NAME_WORDS
            and end + 1 < tokens.count
            and tokens.words[end] == "("
            and self.role_at(tokens, end + 1) is not None
            and all(tokens.caps[first:end])
            # Vietnamese by a syllable's marks: not "John Smith (Bộ trưởng …)".
            and not all(map(_foreign_spelling, tokens.words[first:end]))
        ):
            return None
        return first, end

    def listed_name(self, tokens: _Tokens, first: int) -> tuple[int, int] | None:
        """The Vietnamese name, a whole run of name words, that ``first`` opens, if any."""
        end = self.name_run(tokens, first)
        name = self.valid_name(tokens, first, end, foreign_ok=False)
        if name != (first, end) or tokens.keys[first] not in self.lexicon.surnames:
            return None
        return name

    def listing(
        self, tokens: _Tokens, index: int, titles: list[Title], rank: str | None
    ) -> tuple[str | None, int, int]:
        """``Ủy viên Bộ Chính trị: Phạm Gia Túc, Chánh Văn phòng …; Lê Hoài Trung, …``.

        An item may open with its own rank or titles ("các Thứ trưởng: Thượng tướng
        Trần Quốc Tỏ, Trung tướng Lê Quốc Hùng", "các Ủy viên Bộ Chính trị: Thường trực
        Ban Bí thư Lương Cường; …"): its person holds the list's titles too.
        """
        position = index
        last_key: str | None = None
        while position < tokens.count:
            end = self.name_run(tokens, position)
            name = self.valid_name(tokens, position, end, foreign_ok=False)
            if name is not None and name[0] == position:
                last_key, after, _ = self.named(
                    tokens, name, list(titles), rank, None, False, start=position
                )
            elif self.role_at(tokens, position) is not None:
                found = self.chain(tokens, position, deceased=False, first=position)
                if found is None or found[0] is None or found[1] <= position:
                    break
                last_key, after = found[0], found[1]
                self.give_titles(found[0], titles)
            else:
                break
            position = after
            if position < tokens.count and tokens.words[position] == ";":
                position += 1
                continue
            if position < tokens.count and tokens.keys[position] == "và":
                position += 1
                continue
            if (
                position + 1 < tokens.count
                and tokens.words[position] == ","
                and (
                    self.listed_name(tokens, position + 1) is not None
                    # "…: Thượng tướng Trần Quốc Tỏ, Trung tướng Lê Quốc Hùng"
                    or self.phrases.longest(tokens.keys, position + 1, _RANKS)
                )
            ):
                position += 1  # "…: Phan Đình Trạc, Nguyễn Xuân Thắng, Lương Tam Quang"
                continue
            break
        return last_key, position, index

    def bare(
        self, tokens: _Tokens, items: list[_Item], titles: list[Title], first: int, after: int
    ) -> tuple[str | None, int, int] | None:
        """A title without a name: the person last named with it."""
        while after > first + 1 and _verb_after_title(tokens, after - 1):
            after -= 1  # "đồng chí Chủ tịch UBND tỉnh yêu cầu …": not "yêu"
        # "Quốc hội bầu ông Lương Cường làm Chủ tịch nước": the post he is given.
        appointed = self.give_appointed(tokens, first, titles)
        if appointed is not None:
            return appointed, after, first
        if self.appointing_ahead(tokens, first, after):
            # "bổ nhiệm chức vụ Thứ trưởng … đối với ông …": the post of those named next.
            self.post_ahead = titles, tokens.ends[after + 1]
            return None, after + 2, first
        before = tokens.keys[first - 1] if first else ""
        if before in _NOT_A_PERSON_BEFORE:
            return None, after, first
        if " ".join(tokens.keys[max(0, first - 2) : first]) in _EVENT_BEFORE:
            return None, after, first  # "Hội nghị Bộ trưởng Ngoại giao ASEAN": an event
        if first and tokens.caps[first - 1] and tokens.is_word(first - 1):
            opens_sentence = first == 1 or not tokens.is_word(first - 2)
            if not opens_sentence or self.phrases.longest(tokens.keys, first - 1, _ORG_HEAD):
                return None, after, first  # part of a name: "Ban Bí thư"
        if first >= 2 and tokens.caps[first - 2]:
            head = self.phrases.longest(tokens.keys, first - 2, _ORG_HEAD)
            if head is not None and head[0] == 2:
                return None, after, first  # "Văn phòng Chủ tịch nước": an office's name
        if after < tokens.count and tokens.keys[after] in _NOT_A_PERSON_AFTER:
            return None, after, first
        roles = tuple(match_key(title.role) for title in titles)
        country = next((t.country for t in titles if t.country), None) or self.country_served(
            titles
        )
        key = self.holder(roles, every=True, country=country, titles=titles)
        if key is None and len(items) > 1 and len(titles) == len(items):
            # "… chuyến thăm của Tổng thống Australia, Người phát ngôn cho biết": no one
            # holds both; the title right before the verb is the speaker's.
            own = titles[-1].country or self.country_served(titles[-1:])
            last = self.holder((match_key(titles[-1].role),), every=True, country=own)
            if last is not None:
                self.mention(last, tokens.span(items[-1].role[0], after))
                return last, after, items[-1].role[0]
        if key is None:
            if self.heading or self.in_lead or self.opens_unnamed(tokens, first):
                # A headline's or lead's "Thủ tướng yêu cầu …" names the person only later.
                self.pending.append((roles, country, titles, tokens.span(first, after)))
            return None, after, first
        self.mention(key, tokens.span(first, after))
        return key, after, first

    def opens_unnamed(self, tokens: _Tokens, first: int) -> bool:
        """Whether a bare title at ``first`` opens a clause before anyone is named.

        "Phó Thủ tướng Chính phủ yêu cầu …" opening the first paragraph after a byline
        names, as a lead does, the holder the article names later; not a caption, nor
        a title inside a name or a phrase ("Văn phòng Chủ tịch nước tổ chức …").
        """
        return (
            not self.people
            and not self.in_caption
            and (
                first == 0
                or tokens.words[first - 1] in _OPENING_MARKS
                # "Hà Nội (TTXVN) - Thủ tướng yêu cầu …", "TPO - Thủ tướng …"
                or sentence_opening(self.text, tokens.starts[0]) == tokens.starts[first]
            )
        )

    # -- statements ----------------------------------------------------------------

    def past_day(self, tokens: _Tokens, position: int) -> int:
        """The token after a day told at ``position``, or ``position`` if none is there.

        Wire copy dates the act between the speaker and the verb: "Ngoại trưởng Nga
        Sergei Lavrov ngày 8/5 cho biết …", "… tối 3/12 (giờ địa phương) tuyên bố …".
        """
        start = tokens.starts[position]
        gap = without_days(self.text, None, start, min(tokens.ends[-1], start + _DAY_REACH))
        told = start + len(gap) - len(gap.lstrip())
        while position < tokens.count and tokens.starts[position] < told:
            position += 1
        return position

    def asked(self, tokens: _Tokens, start: int) -> bool:
        """Whether a directive's verb, or another asking's, comes right before ``start``.

        "… đề nghị Bộ trưởng …", "yêu cầu ông …", "kiến nghị đồng chí …": the person
        is asked, an honorific between; what follows is what they are asked to do.
        """
        if start and tokens.keys[start - 1] in self.lexicon.honorifics:
            start -= 1
        asking = self.lexicon.directive_forces
        return any(
            " ".join(tokens.keys[start - size : start]) in asking
            or " ".join(tokens.keys[start - size : start]) in _ASKING
            for size in (1, 2)
            if start >= size
        )

    def statement(self, tokens: _Tokens, key: str, start: int, after: int, *, answer: bool) -> None:
        position = after
        if answer and start == _past_stars(tokens, 0):
            # "Đại sứ …: …", also in bold: "**Đại sứ …:** …", "**Đại sứ**: …".
            colon = _past_stars(tokens, position)
            if colon < tokens.count and tokens.words[colon] == ":":
                said_from = _past_stars(tokens, colon + 1)
                end = tokens.ends[-1]
                begin = tokens.starts[said_from] if said_from < tokens.count else end
                if self.text[begin:end].strip(" *_"):
                    self.said.append(_Said(key, None, begin, end, tokens.starts[start], end))
                    self.interviewee = key
                return
        if (
            start > 0
            and tokens.keys[start - 1] == "theo"
            and (start == 1 or tokens.words[start - 2] in ".:;")
            and position < tokens.count
            and tokens.words[position] == ","
            and position + 1 < tokens.count
        ):
            # "Theo Bộ trưởng Bùi Thanh Sơn, năm 2024 là …": what they said, attributed.
            begin = tokens.starts[position + 1]
            end = self.sentence_end(begin, tokens.ends[-1])
            if _word_count(self.head(begin, end)) >= 2:
                theo = tokens.words[start - 1]
                self.said.append(_Said(key, theo, begin, end, tokens.starts[start - 1], end))
            return
        if self.asked(tokens, start):
            return  # "đề nghị Bộ trưởng … cho biết rõ …": what they are asked to say
        # "Đại biểu Phạm Văn Hòa (Đồng Tháp) cho biết": the person's place, delegation
        # or party aside.
        position = _past_aside(tokens, position)
        if (
            position < tokens.count
            and (
                tokens.words[position] == ","
                # "Ông Cao Tường Huy - Chủ tịch UBND tỉnh Quảng Ninh - cho biết": titles
                # between dashes close as they opened.
                or (
                    tokens.words[position] in _DASHES
                    and any(word in _DASHES for word in tokens.words[start:position])
                )
            )
        ):
            position += 1  # "Bà Phạm Thu Hằng, Người phát ngôn …, cho biết"
        if position < tokens.count and tokens.keys[position] in _DAY_OPENERS:
            told = self.past_day(tokens, position)
            if (
                told > position
                and tokens.words[position - 1] == ","
                and told < tokens.count
                and tokens.words[told] == ","
            ):
                told += 1  # "Ông …, ngày 8/5, cho biết …": the day between commas
            position = told
        while (
            position < tokens.count
            and tokens.keys[position] in self.lexicon.adverbs
            # The adverbs' words are read one by one: "đồng" of "đồng thời" opens the
            # verb "đồng ý" too.
            and self.phrases.longest(tokens.keys, position, _VERB) is None
        ):
            position += 1
        if tuple(tokens.keys[position : position + 2]) in _SPEECH_MANNERS:
            position += 2  # "… chân thành cảm ơn …"
        if position >= tokens.count:
            return
        verb = self.phrases.longest(tokens.keys, position, _VERB)
        if verb is None:
            return
        verb_end = position + verb[0]
        if self.phrases.longest(tokens.keys, verb_end, _DIRECTIVE) is not None:
            return  # "nhấn mạnh yêu cầu …" directs: a directive, not a statement
        content_start = verb_end
        if tokens.keys[content_start : content_start + 1] in (["thêm"], ["tiếp"]) and (
            tokens.keys[content_start + 1 : content_start + 2] in ([","], [":"], ["rằng"])
        ):
            content_start += 1  # "nói thêm rằng …", "cho biết thêm, …", "nói tiếp: …"
        while content_start < tokens.count and tokens.keys[content_start] in _OPENERS:
            content_start += 1
        begin = tokens.starts[content_start] if content_start < tokens.count else tokens.ends[-1]
        end = self.sentence_end(begin, tokens.ends[-1])
        head = self.head(begin, end)
        said = _Said(
            key, tokens.slice(position, verb_end), begin, end, tokens.starts[start],
            tokens.ends[verb_end - 1],
        )  # fmt: skip
        keyed_head = match_key(head)
        verb_key = " ".join(tokens.keys[position:verb_end])
        if (
            keyed_head.startswith("với ")
            and not re.search(r"(?<!\w)rằng(?!\w)|:", keyed_head)
            and verb_key not in _VERBS_OF_OCCASION  # “…”, ông X nói với …: read below
        ):
            return  # "trao đổi với Tổng thống …": an exchange with someone, not words said
        if _word_count(head) < 2 or (
            verb_key in _VERBS_OF_OCCASION and head.split()[0].lower() in _CIRCUMSTANCE
        ):
            # "X phát biểu tại hội nghị" says where, not what; “…”, X nói. — the words
            # come before the speaker.
            quote = self.quote_before(tokens.starts[0], tokens.starts[start])
            if quote is None or _word_count(self.text[quote[0] : quote[1]]) < 2:
                return
            said.begin, said.end, said.fixed = quote[0], quote[1], True
            said.span_start = quote[0]
            said.verb_end = max(end, said.verb_end)
        self.said.append(said)

    def head(self, begin: int, end: int) -> str:
        """The first words of what was said: enough to judge it, never a page's copy."""
        return self.text[begin : min(end, begin + _HEAD_CHARS)]

    def sentence_end(self, begin: int, limit: int) -> int:
        """Where the sentence from ``begin`` ends (after its full stop), at most ``limit``.

        The stops of a block are found once, then looked up: a long paragraph of
        statements costs one pass, not one per statement.
        """
        if self._stops_limit != limit or begin < self._stops_from:
            self._stops = [
                stop.start() + (stop.group() != "\n")
                for stop in _SENTENCE_END.finditer(self.text, begin, limit)
            ]
            self._stops_from, self._stops_limit = begin, limit
        index = bisect.bisect_right(self._stops, begin)
        return self._stops[index] if index < len(self._stops) else limit

    def quote_before(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The quotation, marks included, ending right before ``hi`` (or ``None``).

        Only spaces and ``, . – -`` may come between; it is at most
        :data:`_MAX_QUOTE_CHARS` long and lies within ``[lo, hi)``.
        """
        text = self.text
        end = hi
        while end > lo and text[end - 1] in _AFTER_QUOTE:
            end -= 1
        if end - lo < 2 or text[end - 1] not in '”"':
            return None
        floor = max(lo, end - _MAX_QUOTE_CHARS)
        opening = max(text.rfind(mark, floor, end - 1) for mark in '“”"')
        while opening > floor and text[opening] == '"' and not text[opening + 1].isalnum():
            # A straight mark before a comma or a space closes a quotation: '"…", mặc dù
            # …"' holds two; the words said open at the mark before a letter.
            opening = max(text.rfind(mark, floor, opening) for mark in '“”"')
        if opening < 0 or text[opening] == "”" or opening + 1 == end - 1:
            return None
        return opening, end

    # -- result --------------------------------------------------------------------

    def resolve_given_names(self) -> None:
        """Give each given name written before the full one to its one holder.

        "ông Cường" in a headline or a lead, before "Chủ tịch nước Lương Cường": the
        person whose Vietnamese name (from a surname) ends with it, when only one does
        and they are named after it.
        """
        if not self.pending_given:
            return
        surnames = _surname_keys(self.lexicon)
        by_given: dict[str, list[_Person]] = {}
        for key, person in self.people.items():
            words = key.split()
            if len(words) > 1 and words[0] in surnames and not person.deceased:
                by_given.setdefault(words[-1], []).append(person)
        for given, span in self.pending_given:
            holders = by_given.get(given, [])
            if len(holders) == 1 and min(m.start for m in holders[0].mentions) > span.start:
                holders[0].mentions.append(span)

    def merge_short_names(self) -> dict[str, str]:
        """Fold a short name into the one person whose full name holds it.

        A headline's "Ông Trump nói gì …" comes before "Tổng thống Donald Trump"; both
        are the same person when no one else in the article has that word in the name.
        Returns the keys folded, each to the key it went into.
        """
        # The longer names by each word they hold, by their first and last words, and
        # by the words they begin and end with: each short name looks up its own few.
        holding: dict[str, list[str]] = {}
        opening: dict[tuple[str, ...], list[str]] = {}
        closing: dict[tuple[str, ...], list[str]] = {}
        ends: dict[tuple[str, str], list[str]] = {}
        for key in self.people:
            words = key.split()
            if len(words) > 1:
                for word in set(words):
                    holding.setdefault(word, []).append(key)
                for size in range(1, len(words)):
                    opening.setdefault(tuple(words[:size]), []).append(key)
                    closing.setdefault(tuple(words[-size:]), []).append(key)
                ends.setdefault((words[0], words[-1]), []).append(key)
        folded: dict[str, str] = {}
        surnames = _surname_keys(self.lexicon)
        ordered: list[str] | None = None  # the keys in order, for names cut mid-word
        for key in list(self.people):
            words = key.split()
            fuller: Iterable[str]
            if len(words) == 1:
                fuller = holding.get(key, ())
            elif words[0] in surnames:
                if key not in self.cut_names:
                    continue  # a Vietnamese name is whole from its surname on ("Tô Lâm")
                # "Chủ tịch Trần Đình ..." in a lead cut short: the name it begins.
                fuller = opening.get(tuple(words), ())
            else:
                # "Công chúa Maha Chakri" after "Maha Chakri Sirindhorn", "Tổng thống Lula
                # da Silva" after "Luiz Inácio Lula da Silva": its first or last words.
                # "Đại sứ Orlando Hernández Guillén" after "Orlando Nicolás Hernández
                # Guillén": a middle name left out (among a few names alike at most).
                alike = ends.get((words[0], words[-1]), ())[:_MOST_NAMES_ALIKE]
                fuller = dict.fromkeys(
                    [
                        *opening.get(tuple(words), ()),
                        *closing.get(tuple(words), ()),
                        *(k for k in alike if _omits_middle(key, k)),
                    ]
                )
            if key in self.cut_names:
                # "… Bộ trưởng Bùi Thanh S" ending a page, cut mid-word: the name whose
                # letters it begins ("bui thanh son"), found among the sorted keys.
                if ordered is None:
                    ordered = sorted(self.people)
                after = bisect.bisect_right(ordered, key)
                begun = [k for k in ordered[after : after + _MOST_NAMES_ALIKE] if k.startswith(key)]
                fuller = dict.fromkeys([*fuller, *begun])
            found = list(
                itertools.islice(
                    (
                        k
                        for k in fuller
                        if k in self.people  # not one folded away already
                        and not (key in self.men and k in self.women)
                    ),
                    2,  # one is the person; two, no one can say
                )
            )
            if len(found) == 1:
                folded[key] = self.fold_into(key, found[0])
        return folded

    def complete_lone_names(self) -> None:
        """Add the full name the text writes, without a cue, for a name found only in part.

        "doanh nhân Vivek Ramaswamy, …" has no title or honorific to read the name by;
        "ông Ramaswamy" later has, and would be all the article gives. A foreign name of
        one word that no fuller name holds takes the capitalised words written right
        before (or after) it elsewhere, when every such place gives the same name.
        :meth:`merge_short_names` then folds the short name into it.
        """
        holding = {word for key in self.people if " " in key for word in key.split()}
        lone = {
            person.name: key
            for key, person in self.people.items()
            if " " not in key and key not in holding and _foreign_spelling(person.name)
        }
        if not lone:
            return
        # Each name's places in text order (see _places_of); each line's words read once.
        names: dict[str, set[str]] = {}
        spans: dict[str, Span] = {}
        text = self.text
        tokens, line_end = None, -1
        for start, end, key in _places_of(text, lone):
            if not _capital_beside(text, start, end):
                continue
            found = names.setdefault(key, set())
            if len(found) > 1:
                continue  # two people of that name ("Melania Trump", "Barron Trump")
            if tokens is None or start > line_end:
                line = text.rfind("\n", max(0, line_end), start) + 1
                line_end = text.find("\n", start)
                line_end = len(text) if line_end < 0 else line_end
                tokens = _Tokens(text, line, line_end)
            fuller = self.written_around(tokens, start, end)
            if fuller is not None:
                found.add(fuller[0])
                if fuller[1] is not None:
                    spans.setdefault(key, fuller[1])
        for key, found in names.items():
            if len(found) == 1 and key in spans:
                name = found.pop()
                full_key = self.respelling_of(person_key(name), name)
                person = self.people.get(full_key) or self.new_person(full_key, name)
                self.people[full_key] = person
                person.mentions.append(spans[key])

    def written_around(
        self, tokens: _Tokens, start: int, end: int
    ) -> tuple[str, Span | None] | None:
        """The name of capitalised foreign words around the word at [start, end), if any.

        ``tokens`` are the words of its line. With the name, its span, or ``None`` for a
        span when the words may not all be the name: a capitalised word, title, place or
        company before them may have its own name first ("lãnh đạo Greenland Mute Egede",
        "bang Ohio …", "hãng …"). The name is then only a sign that another person may
        have the same word in their name.
        """
        at = bisect.bisect_left(tokens.starts, start)
        if at >= tokens.count or tokens.starts[at] != start or tokens.ends[at] != end:
            return None  # part of a longer token ("Biden-Harris")

        def name_word(index: int) -> bool:
            word = tokens.words[index]
            return _is_name_word(word) and _foreign_spelling(word.rstrip("."))

        first = at
        while first > 0 and at - first < _MAX_NAME_WORDS - 1 and name_word(first - 1):
            first -= 1
        after = at + 1
        while after < tokens.count and after - first < _MAX_NAME_WORDS and name_word(after):
            after += 1
        if after < tokens.count and tokens.caps[after] and tokens.is_word(after):
            return None  # a name of other words goes on ("Oanh Kim Bùi")
        if (
            first > 0
            and not tokens.is_word(first - 1)
            and tokens.words[first - 1] not in _CLAUSE_MARKS
        ):
            return None  # in quotation marks or brackets: a nickname, a title
        country_end = None
        for index in range(first, after):
            found = self.phrases.longest(tokens.keys, index, _NOT_NAME_WORDS)
            if found is None:
                continue
            if found[1] != "country" or index + found[0] > at:
                return None  # "Ngài Putin", "HLV Kim …"
            # "… quốc gia Hoa Kỳ Jake Sullivan": the name after the country, as after
            # one of Vietnamese words ("Mỹ Jake Sullivan").
            country_end = index + found[0]
        if country_end is not None:
            first = country_end
        if after - first < 2 or self.valid_name(tokens, first, after, foreign_ok=False) != (
            first,
            after,
        ):
            return None  # "… Iran Kanaani": the one word
        whole = (
            first == 0
            or country_end is not None
            or self.phrase_ends(tokens, first, _COUNTRY)
            or not (
                tokens.caps[first - 1]  # "HLV Diego Simeone", a title in capitals
                or self.phrase_ends(tokens, first, _ROLE_KINDS)
                or self.after_company_noun(tokens, first)
                or _after_geography(tokens, first)
                or _names_a_city(tokens, first)
                or any(
                    " ".join(tokens.keys[max(0, first - size) : first]) in _NAMES_A_THING
                    for size in (1, 2, 3)
                )
            )
        )
        return tokens.slice(first, after), tokens.span(first, after) if whole else None

    def phrase_ends(
        self,
        tokens: _Tokens,
        position: int,
        kinds: frozenset[str],
        *,
        since: int = 0,
        reach: int = 3,
    ) -> bool:
        """Whether an entry of ``kinds`` ends right before ``position`` ("Thủ tướng").

        It starts at ``since`` or later, at most ``reach`` words back.
        """
        for start in range(max(since, position - reach), position):
            found = self.phrases.longest(tokens.keys, start, kinds)
            if found is not None and start + found[0] == position:
                return True
        return False

    def merge_initials(self) -> dict[str, str]:
        """Fold a name into the same name with initials or a style ("Samdech …") in it.

        "Donald Trump" goes into "Donald J. Trump", "Hun Sen" into "Samdech Techo Hun
        Sen"; "Kim Jong Un" into "Kim Jong-un" when that came first (the same length, the
        first mention's form). Returns the keys folded, each to the key it went into.
        """
        by_core: dict[str, list[str]] = {}
        for key in self.people:
            words = key.split()
            while len(words) > 2 and words[0].rstrip("'’") in _STYLE_KEYS:
                words.pop(0)  # "samdech techo hun sen" is "hun sen"
            core = " ".join(word for word in words if not _INITIALS.fullmatch(word))
            # "Kim Jong-un" and "Kim Jong Un", "Lee Jae-myung" and "Lee Jae Myung": one
            # name romanised two ways, its syllables joined or not.
            core = core.replace("-", " ")
            if " " in core:
                by_core.setdefault(core, []).append(key)
        folded: dict[str, str] = {}
        for keys in by_core.values():
            fullest = max(keys, key=len)
            for key in keys:
                if key != fullest:
                    folded[key] = self.fold_into(key, fullest)
        # "D. Trump", "V. Pu-tin": a first name's initial before the rest of a name the
        # article writes in full ("Donald Trump"), when only one name fits.
        full: dict[tuple[str, ...], list[str]] = {}
        for key in self.people:
            words = key.split()
            if len(words) > 1 and not _INITIALS.fullmatch(words[0]):
                full.setdefault((words[0][0], *words[1:]), []).append(key)
        for key in list(self.people):
            # "d. trump", or glued: "d.trump"
            words = key.replace(".", ". ", 1).split() if key[1:2] == "." else []
            if len(words) > 1 and len(words[0]) == 2 and _INITIALS.fullmatch(words[0]):
                fits = full.get((words[0][0], *words[1:]), [])
                if len(fits) == 1:
                    folded[key] = self.fold_into(key, fits[0])
        return folded

    def fold_into(self, key: str, target_key: str) -> str:
        """Make the person of ``key`` one with the person of ``target_key``; return it."""
        person, target = self.people.pop(key), self.people[target_key]
        target.mentions += person.mentions
        for title in person.titles:
            target.add_title(title)
        target.rank = target.rank or person.rank
        if person.country and (target.country is None or (target.guessed and not person.guessed)):
            target.country, target.guessed = person.country, person.guessed
        return target_key

    def statements(self, folded: dict[str, str]) -> tuple[Statement, ...]:
        """The statements, each ending where the sentence ends or the next one begins.

        "Ông A cho biết …, ông B cho biết …" says two things: A's words stop before B.
        So no two statements share words, and all of them hold at most the text.
        """
        said = sorted(self.said, key=lambda item: item.span_start)
        statements = []
        for index, item in enumerate(said):
            end = item.end
            if not item.fixed and index + 1 < len(said):
                following = said[index + 1].span_start
                if following == item.begin and index + 2 < len(said):
                    # The words said open with another statement ("Biden cho biết ông đã
                    # nói chuyện …"): they hold it, up to the one after it (thousands of
                    # "… cho biết TS. … cho biết …" ran each to the sentence's end).
                    following = said[index + 2].span_start
                if item.begin < following < end:
                    end = following
            content = self.text[item.begin : end]
            if not item.fixed:
                # Marks and white space may alternate at the end: "… APEC \xa0-".
                content = content.strip()
                while (shorter := content.rstrip(",;:–- ").rstrip()) != content:
                    content = shorter
                if content.endswith("./."):
                    # "./." closes an article: the mark is the outlet's, not the speaker's.
                    content = content[:-2]
            if not says_something(content):
                continue  # "Thứ trưởng …: :." says nothing
            speaker = folded.get(item.speaker, item.speaker)
            span = Span(item.span_start, max(end, item.verb_end))
            statements.append(Statement(speaker, item.verb, content, span))
        return tuple(sorted(statements, key=lambda s: (s.span.start, s.span.end)))

    def result(self) -> tuple[tuple[Speaker, ...], tuple[Statement, ...]]:
        # A headline's bare title: the first person named later with every role of it.
        # One look per distinct title, however many headings repeat it.
        first_holders: dict[tuple[object, ...], _Person | None] = {}
        for roles, country, titles, span in self.pending:
            asked = (roles, country, tuple(match_key(t.organization or "") for t in titles))
            if asked not in first_holders:
                holders = [
                    person
                    for person in self.people.values()
                    if not person.deceased
                    and _may_serve(person, country, roles, titles)
                    and all(role in person.roles for role in roles)
                    and not _other_body(person, titles, self.lexicon.international)
                ]
                first_holders[asked] = min(
                    holders,
                    key=lambda person: min(m.start for m in person.mentions),
                    default=None,
                )
            holder = first_holders[asked]
            if holder is not None:
                holder.mentions.append(span)
        self.resolve_given_names()
        self.complete_lone_names()
        folded = self.merge_initials()
        shortened = self.merge_short_names()
        folded = {key: shortened.get(into, into) for key, into in folded.items()} | shortened
        cut = self.people.get(self.page_cut or "")
        if cut is not None and self.page_cut not in shortened and len(cut.mentions) == 1:
            # A name the page's end cuts off ("… Bộ trưởng Ngoại giao Bùi Thanh S"), named
            # nowhere else and no fuller name's beginning, may be cut anywhere: left out.
            del self.people[cut.key]
        people = sorted(
            self.people.values(), key=lambda person: min(m.start for m in person.mentions)
        )
        speakers = tuple(
            Speaker(
                key=intern(person.key),
                name=intern(person.name),
                titles=_without_short_forms(person.titles, self.cut_titles),
                rank=shared(person.rank),
                country=shared(person.country),
                deceased=person.deceased,
                mentions=tuple(sorted(set(person.mentions), key=lambda s: (s.start, s.end))),
            )
            for person in people
        )
        return speakers, self.statements(folded)


# The years of the lunar calendar, a stem and a branch: "năm Giáp Thìn", "Tết Ất Tỵ".
_STEMS = frozenset("giáp ất bính đinh mậu kỷ canh tân nhâm quý".split())
_BRANCHES = frozenset("tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi".split())


def _lunar_year(key: str) -> bool:
    """Whether the folded words ``key`` name a lunar year, which is no one's name."""
    stem, _, branch = key.partition(" ")
    return stem in _STEMS and branch in _BRANCHES


def _other_body(person: _Person, titles: list[Title], international: Container[str]) -> bool:
    """Whether one of ``titles`` names a body other than the person's for that role.

    Two bodies of one kind (the same first word) differ when their names share no word
    but words of any body ("Bộ Tài chính", "Bộ Ngoại giao"; "UBND TP Hải Phòng", "UBND
    tỉnh"), leniently, as names are written short or mistyped ("UBND hành phố"); an
    international body differs from any other ("Chủ tịch Hội đồng Bảo an", "Chủ tịch Liên
    hiệp các tổ chức hữu nghị Việt Nam"). Bodies of two kinds may be one written two ways.
    """
    for title in titles:
        if not title.organization:
            continue
        theirs = person.bodies.get(match_key(title.role))
        body = match_key(title.organization)
        if theirs and all(_bodies_differ(body, own, international) for own in theirs):
            return True
    return False


def _bodies_differ(body: str, other: str, international: Container[str]) -> bool:
    first, second = body.split(), other.split()
    if first[0] != second[0]:
        return body in international or other in international
    words, others = _body_words(first), _body_words(second)
    return bool(words and others) and not words & others


# Words of many bodies' names, which tell none apart.
_ANY_BODY = frozenset("ban hội đồng ủy nhân dân và của các nước việt nam trung ương".split())


def _body_words(words: list[str]) -> frozenset[str]:
    """The words that tell a body apart: all but its first and :data:`_ANY_BODY`'s.

    A city written short is a city ("UBND TP.HCM" is the "UBND thành phố" of a later
    sentence), not a province ("UBND tỉnh").
    """
    found = set(words[1:])
    if any(word in ("tp", "tphcm") or word.startswith("tp.") for word in found):
        found |= _CITY_WORDS
    return frozenset(found) - _ANY_BODY


_CITY_WORDS = frozenset({"thành", "phố"})
_CITY_SHORT = frozenset({"tp", "tp."})  # "TP.HCM", "TP Đà Nẵng"
_DEVELOPMENT = ["phát", "triển"]  # a body's word, not "phát" (to speak, to hand out)


def _not_body_word(tokens: _Tokens, position: int) -> bool:
    """Whether the lower-case word at ``position`` is a verb's or a link's, no body's.

    "Viện Nghiên cứu phát triển …": "phát triển" is a body's word, "phát biểu" no one's.
    """
    return (
        tokens.keys[position] in _NOT_BODY_WORDS
        and tokens.keys[position : position + 2] != _DEVELOPMENT
    )


def _omits_middle(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with some of its middle words left out."""
    words, longer = short.split(), full.split()
    if len(words) < 2 or len(words) >= len(longer) or words[0] != longer[0]:
        return False
    if words[-1] != longer[-1]:
        return False
    remaining = iter(longer)
    return all(word in remaining for word in words)  # in order: each found after the last


# Heads of a state or a government, who hold no posting abroad ("tại …" after their post
# tells where they are).
_NO_POSTING = frozenset(
    {"tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "chủ tịch nước",
     "phó chủ tịch nước", "quốc vương", "nhà vua", "nữ hoàng", "tổng bí thư"}
)  # fmt: skip
# Envoys and advisers whose brief follows "về", as a minister's follows "phụ trách": "Đặc
# phái viên Liên hợp quốc về Myanmar …", "Đại diện cấp cao EU về chính sách an ninh và đối
# ngoại …", "Cố vấn đặc biệt về Ngoại giao và An ninh của Tổng thống …".
_ENVOYS = frozenset(
    tuple(envoy.split())
    for envoy in (
        "đặc phái viên",
        "đặc sứ",
        "đại diện cấp cao",
        "đại diện đặc biệt",
        "cao ủy",
        "báo cáo viên đặc biệt",
        "cố vấn đặc biệt",
        "cố vấn cấp cao",
        "trợ lý đặc biệt",
        "điều phối viên",
    )
)
_ENVOY_WORDS = max(map(len, _ENVOYS))


def _brief_at(tokens: _Tokens, start: int, end: int) -> int | None:
    """Where a portfolio opens ("phụ trách", an envoy's "về") after a role ending at ``start``."""
    return next((p for p in range(start, end) if _in_charge_of(tokens, p, start)), None)


def _places_of(text: str, names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Where each of ``names`` is written as a whole word, with its value, in text order.

    A few names are looked for one by one (a search for a string is fast); many, in
    one pass over the words, so that the time stays linear in the text.
    """
    places: list[tuple[int, int, str]] = []
    if len(names) > _MOST_NAMES_SOUGHT:
        for match in _WORD_RUN.finditer(text):
            key = names.get(match.group())
            if key is not None and text[match.start() - 1 : match.start()] != ".":
                places.append((match.start(), match.end(), key))
        return places
    for name, key in names.items():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            # Not inside a word, nor after an initial's dot ("J.Trump").
            before, after = text[start - 1 : start], text[end : end + 1]
            if before != "." and not (
                (before and _WORD_RUN.match(before)) or (after and _WORD_RUN.match(after))
            ):
                places.append((start, end, key))
            start = text.find(name, end)
    places.sort()
    return places


_MOST_NAMES_SOUGHT = 8


def _capital_beside(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word is next to the word at [start, end) on its line.

    A cheap look before the line's words are read: most places of a name have none
    ("ông Trump nói"), and a fuller name needs one.
    """
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        return True
    before = _LAST_WORD.search(text, max(0, start - _LONGEST_WORD), start)
    return before is not None and before.group(1)[:1].isupper()


_NEXT_WORD = re.compile(r"[^\S\n]+(\w)")
_LAST_WORD = re.compile(r"([^\s]+)[^\S\n]+$")
_LONGEST_WORD = 40  # characters looked back for the word before a name


def _in_charge_of(tokens: _Tokens, position: int, role_end: int | None = None) -> bool:
    """Whether "phụ trách" ("in charge of") starts at ``position``.

    Or, when an envoy's role ends at ``role_end``, a lower-case "về" (their brief).
    """
    keys = tokens.keys
    if keys[position : position + 2] == ["phụ", "trách"]:
        return True
    return (
        role_end is not None
        and keys[position] == "về"
        and not tokens.caps[position]
        and any(
            tuple(keys[role_end - size : role_end]) in _ENVOYS
            for size in range(2, min(_ENVOY_WORDS, role_end) + 1)
        )
    )


_MAX_PORTFOLIO_WORDS = 16
# Ministers' and advisers' fields, which some outlets write in lower case between the
# role and the country: "Bộ trưởng quốc phòng Mỹ …", "cố vấn an ninh quốc gia Mỹ".
_LOWER_FIELDS = frozenset(
    tuple(match_key(field).split())
    for field in (
        "quốc phòng", "ngoại giao", "tài chính", "an ninh", "an ninh quốc gia",
        "an ninh nội địa", "nội vụ", "tư pháp", "thương mại", "ngoại thương", "kinh tế",
        "y tế", "năng lượng", "giáo dục", "công nghiệp", "nông nghiệp", "môi trường",
        "lao động", "giao thông", "xây dựng", "du lịch", "văn hóa", "khoa học",
        "công thương", "quốc phòng và an ninh", "kinh tế và tài chính",
    )
)  # fmt: skip
_MOST_FIELD_WORDS = max(map(len, _LOWER_FIELDS))


def _portfolio_listed(tokens: _Tokens, position: int) -> bool:
    """Whether a comma at ``position`` lists a portfolio's fields, closed by "và".

    "Trợ lý Ngoại trưởng Hoa Kỳ phụ trách dân chủ, nhân quyền và lao động Uzra Zeya":
    lower-case fields, the last after "và", then the name.
    """
    if tokens.words[position] != ",":
        return False
    joined = False
    for index in range(position + 1, min(tokens.count, position + _MAX_PORTFOLIO_WORDS)):
        if tokens.caps[index]:
            return joined and tokens.keys[index - 1] != "và"
        if tokens.keys[index] == "và":
            joined = True
        elif not tokens.is_word(index) and tokens.words[index] != ",":
            return False
    return False


# A committee's subject after "về": "Ban Chỉ đạo quốc gia về hội nhập quốc tế", "Ủy ban
# Nhà nước về người Việt Nam ở nước ngoài". Between the committee and "về", only words
# that say whose it is.
_COMMITTEE_QUALIFIERS = frozenset(
    "nhà nước quốc gia trung ương liên chính phủ chỉ đạo thường trực hỗn hợp".split()
)
_MAX_QUALIFIERS = 4


_SUBJECT_ENDS = frozenset(
    "chủ trì|tham dự|phát biểu|hội đàm|hội kiến|làm việc|điện đàm|đề nghị|yêu cầu|chỉ đạo"
    "|kêu gọi|cho biết|nhấn mạnh|khẳng định|tiếp đón|trao đổi".split("|")
)
_SUBJECT_END_WORDS = _TAIL_BREAKS | frozenset(
    "là tại cho giữ trao cùng nêu nói dự tiếp ký gửi nhận tặng chúc cảm sang đến do".split()
)


_PAIRS = tuple((tuple(first.split()), tuple(second.split())) for first, second in FIELD_PAIRS)
_PAIR_OPENERS = frozenset(first[0] for first, _ in _PAIRS)  # one look for most words


def _paired_fields(tokens: _Tokens, position: int) -> int:
    """The words of a pair of fields joined by a comma at ``position``, or 0.

    The second in lower case: "phòng, chống", "Cục Quản lý Khám, chữa bệnh", "Trung tâm
    Phòng, chống HIV/AIDS".
    """
    keys = tokens.keys
    if position >= tokens.count or keys[position] not in _PAIR_OPENERS:
        return 0  # "… Lê Thị Thu Hiền và" ending the text: no word after "và"
    for first, second in _PAIRS:
        comma = position + len(first)
        end = comma + 1 + len(second)
        if (
            end <= tokens.count
            and tuple(keys[position:comma]) == first
            and keys[comma] == ","
            and tuple(keys[comma + 1 : end]) == second
            and not tokens.caps[comma + 1]
        ):
            return end - position
    return 0


def _ends_subject(tokens: _Tokens, position: int) -> bool:
    """Whether a committee's subject ends before ``position``: at a verb."""
    key = tokens.keys[position]
    return (
        key in _SUBJECT_END_WORDS or " ".join(tokens.keys[position : position + 2]) in _SUBJECT_ENDS
    )


def _committee_subject(tokens: _Tokens, position: int) -> bool:
    """Whether a lower-case "về" at ``position`` opens a committee's subject."""
    if tokens.keys[position] != "về" or tokens.caps[position]:
        return False
    back = position - 1
    while back >= 0 and position - back <= _MAX_QUALIFIERS + 1:
        key = tokens.keys[back]
        if key == "ban" or (key == "đồng" and back and tokens.keys[back - 1] == "hội"):
            return tokens.caps[back - 1 if key == "đồng" else back] or (
                back > 0 and tokens.caps[back - 1] and tokens.keys[back - 1] in ("ủy", "tiểu")
            )
        if key not in _COMMITTEE_QUALIFIERS:
            return False
        back -= 1
    return False


def _party_committee(tokens: _Tokens, position: int) -> bool:
    """Whether a Party committee in lower case opens at ``position``: "tỉnh ủy Khánh Hòa".

    Its place's name may follow a local unit ("đảng ủy xã Tân Phú"), or a mark closes
    it after a name's comma ("…, phó bí thư thường trực huyện ủy, cho biết").
    """
    after = position + 2
    if not (
        after < tokens.count
        and tokens.keys[position + 1] == "ủy"
        and tokens.keys[position] in _COMMITTEE_PLACES
    ):
        return False
    if after + 1 < tokens.count and tokens.keys[after] in _LOCAL_UNITS:
        after += 1  # "đảng ủy xã Tân Phú"
    return tokens.caps[after] or tokens.words[after] in _CLOSING_MARKS


def _closing_bracket(tokens: _Tokens, chain_end: int) -> int:
    """Where titles in brackets close: at ``chain_end``, or past a place after a comma.

    "(Giám đốc Sở Tài chính, nguyên Bí thư Huyện ủy Gia Bình, tỉnh Bắc Ninh)": the
    province of the post before it is no title, and closes the bracket all the same.
    """
    if chain_end + 2 >= tokens.count or tokens.words[chain_end] != ",":
        return chain_end
    if not _place_unit(tokens, chain_end + 1):
        return chain_end
    for position in range(chain_end + 2, min(tokens.count, chain_end + _MOST_PLACE_WORDS)):
        if tokens.words[position] == ")":
            return position
        if not tokens.caps[position]:
            break
    return chain_end


def _ede_name(tokens: _Tokens, start: int, end: int) -> tuple[int, int] | None:
    """An Ede name in tokens [start, end), ending at ``end``, if any.

    "Y Thanh Hà Niê Kđăm", "Y Biêr Niê", "H'Hen Niê": "Y" (a man) or "H'" (a woman)
    opens it, the clan's name ends it; up to five words, more than other names have.
    Not "Đại học Y Dược …", which no clan ends.
    """
    if tokens.keys[end - 1] not in _EDE_CLANS:
        return None
    for first in range(max(start, end - _EDE_MOST_TOKENS), end - 1):
        if tokens.words[first] == "Y" or (
            tokens.words[first] == "H" and _joining_apostrophe(tokens, first + 1)
        ):
            return first, end
    return None


# The Ede clans' names, the last word of an Ede name ("… Niê Kđăm", "… Êban").
_EDE_CLANS = frozenset("niê kđăm êban mlô ayun byă knul adrơng ktla tơr hđơk".split())
_EDE_MOST_TOKENS = 6  # "Y Thanh Hà Niê Kđăm", or "H ' Hen Niê" and a word more


# Posts of a city, a state or a province, the place named right after them.
_POSTS_OF_A_PLACE = (["thị", "trưởng"], ["thống", "đốc"], ["tỉnh", "trưởng"])
_CITY_AND_NAME = 3  # words: a city's one, a name's two
# The commonest Korean surnames, which open names of three words ("Kim Kyung Il").
_KOREAN_SURNAMES = frozenset(
    "kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song"
    " yoo hong moon yang ko baek nam noh ha woo".split()
)


def _respelled(known: str, key: str) -> bool:
    """Whether two person keys are one name spelled two ways: "vassily …", "vasily …".

    As many words; one differs, by at most two letters, and it has five letters or more
    and opens alike (not "joe biden", "jill biden"; "… jr", "… sr").
    """
    ours, theirs = key.split(), known.split()
    if len(ours) != len(theirs):
        return False
    differ = [(a, b) for a, b in zip(ours, theirs, strict=True) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    return min(len(a), len(b)) >= _RESPELLED_LENGTH and a[0] == b[0] and _within_two(a, b)


_RESPELLED_LENGTH = 5
_MOST_SHARING_A_WORD = 64  # people indexed under one word of their names


def _within_two(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by two letters inserted, dropped or changed, at most."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        previous = current
    return previous[-1] <= 2


def _brand(word: str) -> bool:
    """Whether ``word`` is a brand's name run together: "VinaCapital", "TikTok".

    A capital inside it, not after a name's prefix ("McDonald", "DeSantis", "MacArthur",
    "LeBron") and not a short form in capitals ("UBND").
    """
    return (
        not word.isupper()
        and any(map(str.isupper, word[1:]))
        and _NAME_PREFIX_CAPITAL.fullmatch(word) is None
    )


_NAME_PREFIX_CAPITAL = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+")


def _name_tokens(tokens: _Tokens, end: int) -> int:
    """How many tokens before ``end`` a name of the most words may take.

    :data:`_MAX_NAME_WORDS`, and two more for each apostrophe joining its words ("Jen
    O'Malley Dillon": five tokens, three words).
    """
    reach = _MAX_NAME_WORDS
    position = end - 1
    # Three apostrophes at most: one between each two of four words.
    while position > 0 and end - position < reach < _MAX_NAME_WORDS * 3:
        if _joining_apostrophe(tokens, position):
            reach += 2
        position -= 1
    return reach


def _joining_apostrophe(tokens: _Tokens, position: int) -> bool:
    """Whether an apostrophe at ``position`` joins two capitalised words ("Dato' Tan")."""
    return (
        0 < position < tokens.count - 1
        and tokens.words[position] in _APOSTROPHES
        and tokens.starts[position] == tokens.ends[position - 1]
        and tokens.caps[position - 1]
        and tokens.caps[position + 1]
    )


def _acronyms_slashed(tokens: _Tokens, position: int) -> bool:
    """Whether a slash at ``position`` joins two short forms written together ("HIV/AIDS")."""
    return (
        tokens.words[position] == "/"
        and position + 1 < tokens.count
        and tokens.words[position - 1].isupper()
        and tokens.words[position + 1].isupper()
        and tokens.is_word(position - 1)
        and tokens.is_word(position + 1)
        and tokens.ends[position - 1] == tokens.starts[position]
        and tokens.ends[position] == tokens.starts[position + 1]
    )


def _bracketed_grade(tokens: _Tokens, position: int) -> int:
    """The tokens of a grade in brackets at ``position`` ("(cấp Bộ trưởng)"), or 0."""
    if not (
        position + 3 < tokens.count
        and tokens.words[position] == "("
        and tokens.keys[position + 1] in _GRADES
    ):
        return 0
    for close in range(position + 3, min(tokens.count, position + 7)):
        if tokens.words[close] == ")":
            return close + 1 - position
        if not tokens.is_word(close):
            return 0
    return 0


def _grade_ending(tokens: _Tokens, start: int, end: int) -> int | None:
    """Where a grade in brackets that ends tokens [start, end) opens, if one does."""
    for opening in range(max(start, end - 6), end - 2):
        if _bracketed_grade(tokens, opening) == end - opening:
            return opening
    return None


def _bracketed_short_form(tokens: _Tokens, position: int) -> bool:
    """Whether a body's short form in brackets stands at ``position``.

    One capitalised word: "(PAP)", "(C04)", "(HoREA)", "(Fed)", "(Keidanren)".
    """
    if not (
        position + 2 < tokens.count
        and tokens.words[position] == "("
        and tokens.words[position + 2] == ")"
    ):
        return False
    word = tokens.words[position + 1]
    return len(word) > 1 and word[0].isupper()


@functools.lru_cache(maxsize=8)
def _kind_openers(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of ranks, and of countries and international bodies.

    Most words open neither: testing the word first spares a phrase lookup.
    """
    phrases = lexicon.phrases
    ranks = {word for word in phrases.first_words if phrases.opens(word, _RANKS)}
    bodies = {
        word for word in phrases.first_words if phrases.opens(word, _INTERNATIONAL | _COUNTRY)
    }
    return frozenset(ranks), frozenset(bodies)


# Words that open a post but in lower case a group of people: "lãnh đạo Đảng, Nhà nước";
# or a word of praise or of a running mate: "lão tướng …", "phó tướng của ông Trump".
_NOT_LOWER_POSTS = frozenset({"lãnh", "tướng"})
# The word before a post in lower case that makes it sought, not held: "ứng viên
# tổng thống …", "ứng cử viên …".
_CANDIDACY = frozenset({"viên"})
# The last words of local bodies named for their place: "Huyện ủy Lâm Hà", "Bệnh viện …".
_PLACED_BODY_ENDS = frozenset({"ủy", "viện", "ubnd", "hđnd"})
_CHAMBERS = (["thượng", "viện"], ["hạ", "viện"])  # chambers, whose heads' names follow


@functools.lru_cache(maxsize=8)
def _late_firsts(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the late leaders' names: where a body's namesake may start."""
    return frozenset(name.split()[0] for name in lexicon.late_leaders)


@functools.lru_cache(maxsize=8)
def _role_openers(lexicon: Lexicon) -> frozenset[str]:
    """The keys that open a post (a role): "bộ" of "bộ trưởng", "chủ" of "chủ tịch"."""
    phrases = lexicon.phrases
    return frozenset(word for word in phrases.first_words if phrases.opens(word, _ROLE_KINDS))


@functools.lru_cache(maxsize=8)
def _any_opener(lexicon: Lexicon) -> frozenset[str]:
    """The keys that may open a mention, in either case."""
    capitalised, lower, _ = _openers(lexicon)
    return capitalised | lower


# Verbs of asking that are no directive's (see Lexicon.directive_forces for those).
_ASKING = frozenset({"kiến nghị", "kêu gọi", "nhờ", "đề xuất"})


def _past_aside(tokens: _Tokens, index: int) -> int:
    """Past a short aside in brackets at ``index``: "(Đồng Tháp)", "(Đoàn ĐBQH tỉnh …)".

    ``index`` itself when no bracket opens there or none closes it soon.
    """
    if index >= tokens.count or tokens.words[index] != "(":
        return index
    for position in range(index + 1, min(tokens.count, index + _MOST_ASIDE_TOKENS)):
        if tokens.words[position] == ")":
            return position + 1
        if not tokens.is_word(position) and tokens.words[position] not in _ASIDE_MARKS:
            return index
    return index


_MOST_ASIDE_TOKENS = 12
_ASIDE_MARKS = frozenset({",", "-", "–", ".", "/"})  # "(TP.HCM)", "(Bà Rịa - Vũng Tàu)"


def _past_stars(tokens: _Tokens, index: int) -> int:
    """The first token from ``index`` that is not Markdown's emphasis (``*``, ``_``)."""
    while index < tokens.count and tokens.words[index] in ("*", "_"):
        index += 1
    return index


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: after the last full stop or line."""
    floor = max(0, position - _SENTENCE_REACH)
    stops = [text.rfind("\n", floor, position)]
    stops += [text.rfind(mark, floor, position) for mark in (". ", "? ", "! ")]
    stop = max(stops) + 1 if max(stops) >= 0 else floor
    while stop < position and text[stop].isspace():
        stop += 1
    return stop


@functools.lru_cache(maxsize=8)
def _openers(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The keys that may open a mention, capitalised and in lower case.

    The third set holds the capitalised keys that open one without a name's
    apposition after them (a title, an honorific, an epithet).
    """
    phrases = lexicon.phrases
    capitalised = (
        phrases.first_words
        | lexicon.surnames
        | lexicon.foreign_surnames
        | _STATUS_KEYS
        | _STYLE_OPENER_KEYS
    )
    kinds = frozenset({"honorific", "pronoun", "epithet", "deceased"})
    lower = {word for word in phrases.first_words if phrases.opens(word, kinds)}
    acting = {word for word in phrases.first_words if phrases.opens(word, kinds | {"role", "rank"})}
    # "các phó Chủ tịch Quốc hội …", in lower case; "nhà lãnh đạo Nga", "người đứng đầu …".
    openers = _STATUS_KEYS | {"phó"} | frozenset(_LEADER_REST)
    return (
        frozenset(capitalised),
        frozenset(lower | openers),
        frozenset(acting | _STATUS_KEYS | _STYLE_OPENER_KEYS),
    )


def _held_with(tokens: _Tokens, start: int, end: int) -> bool:
    """Whether the post in lower case at [start, end) is held with the next one of a chain.

    A membership or a deputy premiership, which a person holds with another post:
    "ủy viên Bộ Chính trị, thủ tướng Phạm Minh Chính", "phó thủ tướng Chính phủ, bộ
    trưởng Ngoại giao …". Other posts before a comma are most often someone else's
    ("… làm bộ trưởng Quốc phòng, người phát ngôn …": a minister named, then a
    spokesman), and so is any
    after "theo" ("Theo ủy viên …, thủ tướng …").
    """
    return " ".join(tokens.keys[start:end]).startswith(_HELD_WITH) and not (
        start and tokens.keys[start - 1] == "theo"
    )


# What opens the titles given after a name: "Denny Abdi, Đại sứ …", "… (Phó Thủ tướng)",
# "Cao Tường Huy - Chủ tịch UBND tỉnh … -".
_APPOSITION_MARKS = (",", "(", "-", "–", "—")
_HELD_WITH = (
    "ủy viên", "uỷ viên", "bí thư", "phó bí thư", "tổng bí thư", "thường trực ban bí thư",
    "thành viên", "phó thủ tướng",
)  # fmt: skip


def _party_post(tokens: _Tokens, item: _Item) -> bool:
    """Whether ``item`` is a post in a party, which its holder holds with a state's.

    "chủ tịch Đảng Nhân dân Campuchia, chủ tịch Thượng viện Hun Sen", "tổng thư ký Đảng
    Hành động Nhân dân (PAP), thủ tướng Singapore Lawrence Wong".
    """
    start, end = item.tail
    return start < end and tokens.keys[start] == "đảng" and tokens.caps[start]


# What a country's leader is called instead of the name, before the country or its seat
# of government: "nhà lãnh đạo Nga", "người đứng đầu Điện Kremlin", "ông chủ Nhà Trắng".
_LEADER_REST = {"nhà": ("lãnh", "đạo"), "người": ("đứng", "đầu"), "ông": ("chủ",)}
_HEADS = tuple(
    match_key(role)
    for role in (
        "Tổng thống",
        "Thủ tướng",
        "Chủ tịch nước",
        "Chủ tịch",
        "Quốc vương",
        "Tổng Bí thư",
    )
)

# A sentence that opens with whom the subject meets: "Tiếp ông …, …, Thủ tướng …".
_GUEST_FIRST = frozenset({("tiếp",), ("gặp",), ("hội", "kiến"), ("tiếp", "kiến"), ("gặp", "gỡ")})


def _host_after_guest(tokens: _Tokens, start: int, last: _Item, end: int) -> bool:
    """Whether ``last``, a bare role before a verb, is the host of a sentence opening with a guest.

    "Tiếp ông X, Chủ tịch Tập đoàn BYD, Thủ tướng hoan nghênh …": the Prime Minister's.
    """
    if last.tail[0] != last.tail[1] or end >= tokens.count or not tokens.is_word(end):
        return False
    if tokens.caps[end]:
        return False  # a name or another title follows: the chain goes on
    return _guest_first(tokens, start)


def _guest_first(tokens: _Tokens, start: int) -> bool:
    """Whether the guest named at ``start`` is received by the sentence's subject.

    "Tiếp ông …", "Chiều 3/5, tiếp ông …": the sentence opens with the reception, the
    host comes after the guest and the guest's titles.
    """
    for size in (1, 2):
        opening = start - size
        if (
            opening >= 0
            and tuple(tokens.keys[opening:start]) in _GUEST_FIRST
            and (
                opening == 0
                or (tokens.caps[opening] and tokens.words[opening - 1] in _SENTENCE_MARKS)
                or tokens.words[opening - 1] == ","  # after the opening phrase's comma
            )
        ):
            return True
    return False


def _after_geography(tokens: _Tokens, position: int) -> bool:
    """Whether a lower-case noun of land or sea (:data:`_GEOGRAPHY`) ends before ``position``.

    "quần đảo Hoàng Sa", "bán đảo Triều Tiên", "khu vực Trung Đông": a place's name.
    """
    return any(
        position - length >= 0
        and not tokens.caps[position - length]
        and " ".join(tokens.keys[position - length : position]) in _GEOGRAPHY
        for length in (1, 2)
    )


def _after_place_words(tokens: _Tokens, position: int) -> bool:
    """Whether "tại" or "ở" and one to three words of a kind of place end before ``position``.

    "tại cung điện Istana Negara", "tại Cung điện …", "ở khách sạn Grand Hyatt": what
    follows names the place of that kind, not a person. The words but the first are in
    lower case.
    """
    for length in (1, 2, 3):
        opener = position - length - 1
        if opener < 0 or not tokens.is_word(opener + 1):
            return False
        if tokens.keys[opener] in ("tại", "ở"):
            return True
        if tokens.caps[opener + 1]:
            return False
    return False


_FULL_NAME_WORDS = 3  # "Phan Văn Mãi"; "Phan Thiết", "Hà Tiên" are cities


def _names_a_city(tokens: _Tokens, position: int) -> bool:
    """Whether the words at ``position`` follow "thành phố", "TP" or a lower-case "bang".

    "bang Victoria": the place comes first, a name only after it.
    """
    before = tokens.keys[max(0, position - 2) : position]
    return (
        before[-1:] in (["tp"], ["tp."])
        or before == ["thành", "phố"]
        or (before[-1:] == ["bang"] and not tokens.caps[position - 1])
    )


_PLACE_UNITS = (("bang",), ("tỉnh",), ("thành", "phố"))
# A country a post serves, called by what it is to the visitors: "nước chủ nhà".
_HOST_COUNTRY: dict[tuple[str, ...], int] = {("nước", "chủ", "nhà"): 3, ("nước", "sở", "tại"): 3}


# The units a local post serves, one word each: "Giám đốc Công an tỉnh", "Trưởng Công an
# huyện", the place named before.
_LOCAL_UNITS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường"})


def _unit_named_before(tokens: _Tokens, position: int) -> bool:
    """Whether a lower-case unit at ``position`` ends a post, its place left unsaid.

    "Giám đốc Công an tỉnh, Đại tá …", "… Trưởng Công an huyện.": the province or the
    district the text has named; what follows is no word of the post.
    """
    return (
        tokens.keys[position] in _LOCAL_UNITS
        and not tokens.caps[position]
        and not tokens.is_word(position + 1)
    )


def _party_at(tokens: _Tokens, position: int) -> bool:
    """Whether "đảng" in lower case, then a capital, opens a party at ``position``.

    "Nghị sĩ đảng Dân chủ …"; or "đảng" alone before a name, the party of the post:
    "Tổng bí thư đảng Tập Cận Bình".
    """
    return (
        tokens.keys[position] == "đảng"
        and not tokens.caps[position]
        and position + 1 < tokens.count
        and tokens.caps[position + 1]
    )


def _place_unit(tokens: _Tokens, position: int) -> int:
    """The words of a lower-case unit at ``position`` with a place's name after it, or 0.

    A state, province or city: "bang Texas", "tỉnh Savannakhet", "thành phố Osaka"; or
    a deputy's constituency, one of them: "Đại biểu Quốc hội đơn vị tỉnh Đồng Tháp".
    """
    if tokens.keys[position : position + 2] == ["đơn", "vị"] and not tokens.caps[position]:
        place = _place_unit(tokens, position + 2)
        return place + 2 if place else 0
    for unit in _PLACE_UNITS:
        after = position + len(unit)
        if (
            after < tokens.count
            and tokens.caps[after]
            and tuple(tokens.keys[position:after]) == unit
            and not tokens.caps[position]
        ):
            return len(unit)
    return 0


def _names_a_locality(tokens: _Tokens, position: int) -> bool:
    """Whether the words at ``position`` follow a province, district, town, or school.

    "tỉnh Savannakhet", "thị xã Sa Pa", "xã Kỳ Tân", "huyện …", "thị trấn …", "thôn …": a place's
    name, or a holder's ("Chủ tịch UBND tỉnh Lê Ngọc Châu", the province left out);
    so is a school's ("Trường Mầm non Quang Vinh", "Trường THCS …"), named for a place.
    """
    before = tokens.keys[max(0, position - 2) : position]
    return before[-1:] in (
        ["tỉnh"],
        ["xã"],
        ["huyện"],
        ["quận"],
        ["phường"],
        ["thcs"],
        ["thpt"],
        # Villages: "Bí thư Chi bộ thôn Lại Đà".
        ["thôn"],
        ["ấp"],
        ["xóm"],
    ) or before in (["thị", "trấn"], ["mầm", "non"], ["tiểu", "học"])


_RUNNING = (("ứng", "viên"), ("ứng", "cử", "viên"))


def _running_for(tokens: _Tokens, first: int) -> int:
    """The words of "ứng viên", "ứng cử viên" (running for) right before ``first``, or 0."""
    for words in _RUNNING:
        size = len(words)
        if first >= size and tuple(tokens.keys[first - size : first]) == words:
            return size
    return 0


def _candidate(title: Title, running: str) -> Title:
    """``title`` sought, not held: its text and role open with ``running`` ("ứng viên")."""
    return attrs.evolve(title, text=f"{running} {title.text}", role=f"{running} {title.role}")


def _status(tokens: _Tokens, position: int) -> int:
    """1 when a status word ("nguyên", "cựu", "quyền") stands at ``position``, else 0."""
    word = tokens.words[position].lower()
    if word == "quyền" and position and tokens.keys[position - 1] in _RIGHTS_BEFORE:
        return 0  # "chính quyền Tổng thống Biden": the administration, not an acting post
    return int(word in STATUS_WORDS)


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if word[:1].isalpha() or word[1:2].isalpha())


_QUALIFIERS = tuple(
    phrase.split()
    for phrase in (
        *("đắc cử", "sắp mãn nhiệm", "mãn nhiệm", "tạm quyền", "lâm thời", "danh dự"),
        *("thứ nhất", "dự khuyết", "thường trực"),
        # Full-time: "Phó Trưởng đoàn chuyên trách Đoàn Đại biểu Quốc hội tỉnh …".
        "chuyên trách",
        # A post's nominee: "Đại sứ được chỉ định của Hoa Kỳ tại Việt Nam …",
        # "Bộ trưởng Quốc phòng được đề cử Pete Hegseth".
        "được chỉ định",
        "được đề cử",
    )
)
"""Lower-case words after a role that belong to its title: elect, outgoing, interim,
honorary, first ("Phó Thủ tướng thứ nhất", "Thứ trưởng thứ nhất Bộ Ngoại giao …"),
alternate ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"), standing ("phó bí thư
thường trực Thành ủy")."""


_QUALIFIER_FIRST = frozenset(words[0] for words in _QUALIFIERS)


_TERM_NUMBER = re.compile(r"[0-9]{1,3}|[IVXL]{1,6}")


_TERM_OPENERS = frozenset({"khóa", "khoá", "năm", "nhiệm"})
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_YEARS = re.compile(rf"{_YEAR.pattern}[-–]{_YEAR.pattern}")  # "2021-2026", one word


def _term_at(tokens: _Tokens, position: int) -> int:
    """The words of a term at ``position``, or 0.

    A body's, by its number ("khóa XV", "Khóa 80"); a year's chair ("Chủ tịch ASEAN năm
    2025", "Chủ tịch Nhóm BRICS năm 2024"); a term of years ("Chủ tịch nước nhiệm kỳ
    2021-2026", its dash spaced or not).
    """
    keys, words = tokens.keys, tokens.words
    key = keys[position]
    if key not in _TERM_OPENERS or position + 1 >= tokens.count:
        return 0  # most words, at once: this is asked of every word of a title's tail
    after = words[position + 1]
    if key in ("khóa", "khoá"):
        return 2 if _TERM_NUMBER.fullmatch(after) else 0
    if key == "năm":
        return 2 if _YEAR.fullmatch(after) else 0
    if keys[position + 1] != "kỳ" or position + 2 >= tokens.count:
        return 0  # "nhiệm" is left: only "nhiệm kỳ" opens a term
    if _YEARS.fullmatch(words[position + 2]):
        return 3
    spaced = words[position + 2 : position + 5]
    if (
        len(spaced) == 3
        and _YEAR.fullmatch(spaced[0])
        and spaced[1] in _DASHES
        and _YEAR.fullmatch(spaced[2])
    ):
        return 5
    return 0


def _ordinal_at(tokens: _Tokens, position: int) -> int:
    """The words of an office's ordinal at ``position``, or 0.

    "thứ 47", "thứ 45 và 47" by their numbers, before a capital or "của": "Tổng thống
    thứ 46 của Mỹ Joe Biden". Not a weekday ("Tổng thống Mỹ thứ 6 tuần trước …").
    """
    if position + 1 >= tokens.count or tokens.keys[position] != "thứ" or tokens.caps[position]:
        return 0
    if _TERM_NUMBER.fullmatch(tokens.words[position + 1]) is None:
        return 0
    end = position + 2
    if (
        end + 1 < tokens.count
        and tokens.keys[end] == "và"
        and _TERM_NUMBER.fullmatch(tokens.words[end + 1]) is not None
    ):
        end += 2
    if end < tokens.count and (tokens.caps[end] or tokens.keys[end] == "của"):
        return end - position
    return 0


def _qualifier_at(tokens: _Tokens, position: int) -> int:
    """The words of a role's qualifier ("đắc cử") at ``position``, or 0."""
    if position >= tokens.count or tokens.keys[position] not in _QUALIFIER_FIRST:
        return 0  # most words: one look (this runs for every word of a title's tail)
    for words in _QUALIFIERS:
        end = position + len(words)
        if tokens.keys[position:end] == words and not any(tokens.caps[position:end]):
            return len(words)
    return 0


_LONGEST_COUNTRY = 6  # words: "cộng hòa dân chủ nhân dân lào"
_LONGEST_HEAD = 4  # words of a body's kind a number may follow: "Quân khu", "Sư đoàn"
_DELEGATION_REACH = 16  # words back from "do" to the "đoàn" it completes
_SIDE_REACH = 80  # tokens back from a name to the "phía" whose list it is in
_SENTENCE_ENDS = frozenset(".!?")
# Before a country that ends an organisation: a posting or a pair, not the country served.
_YOUTH_UNION = ("đoàn", "thanh", "niên")
_REPUBLIC = tuple(match_key("Cộng hòa").split())
_CENTRAL = ("trung", "ương")
_AFTER_HO_CHI_MINH = ["cộng", "sản", "hồ", "chí", "minh"]
_NOT_SERVED_AFTER = frozenset({"tại", "ở", "-", "–", "và", "với", "giữa", "châu"})


def _a_state(before: list[str]) -> bool:
    """Whether the words ``before`` a country's name make it a state's: "bang Georgia".

    An American state named like a country, not a federation ("Liên bang Nga").
    """
    return before[-1:] == ["bang"] and before[-2:-1] != ["liên"]


def _region_at(tokens: _Tokens, position: int) -> bool:
    """Whether a continent or region opens in lower case at ``position``.

    "châu Âu", "châu Mỹ", "miền Nam": a body's name goes on through it ("Viện Nghiên
    cứu châu Mỹ", "Chiến khu miền Nam Trung Quốc").
    """
    return (
        tokens.keys[position] in _REGION_HEADS
        and not tokens.caps[position]
        and position + 1 < tokens.count
        and tokens.caps[position + 1]
    )


_REGION_HEADS = frozenset({"châu", "miền"})

_FUNERAL_BEFORE = frozenset(
    {("tang", "lễ"), ("lễ", "tang"), ("quốc", "tang"), ("truy", "điệu"), ("an", "táng")}
    | {("linh", "cữu"), ("lễ", "viếng"), ("đến", "viếng"), ("vào", "viếng")}
)
"""The words before a mention that make it the dead's: "Tang lễ đồng chí …", "viếng …"."""


def _after_funeral(tokens: _Tokens, start: int) -> bool:
    """Whether the mention at ``start`` follows a funeral's words: the person is dead."""
    before = tuple(tokens.keys[max(0, start - 2) : start])
    return before in _FUNERAL_BEFORE or before[-1:] == ("viếng",)


_VIETNAMESE_LETTERS = frozenset(LOWER.replace("a-z", "abcdefghijklmnopqrstuvwxyz"))
_ONLY_VIETNAMESE = frozenset("đăơư")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def _a_syllable(word: str) -> bool:
    """Whether ``word`` is one Vietnamese syllable, its marks aside ("Cung", "Liên")."""
    return _SYLLABLE.fullmatch(fold(word.lower())) is not None


def _lone_surname(tokens: _Tokens, position: int) -> bool:
    """Whether the word at ``position`` may be a foreign surname standing alone.

    Not a Vietnamese syllable ("Liên đoàn Lao động"), not a brand run together
    ("VinVentures"), and not cut off by the page ("Yoav …").
    """
    word = tokens.words[position]
    after = tokens.words[position + 1] if position + 1 < tokens.count else ""
    return not _a_syllable(word) and not any(map(str.isupper, word[1:])) and after not in ("…", ".")


@functools.cache
def _surname_keys(lexicon: Lexicon) -> frozenset[str]:
    """The Vietnamese surnames as person keys fold them ("to", "luong")."""
    return frozenset(map(person_key, lexicon.surnames))


def _credit_initials(tokens: _Tokens, index: int, limit: int) -> bool:
    """Whether initials joined by dots start at ``index`` ("T.N", "N.K"): a credit.

    One capital alone stays a name's word ("ông Nguyễn Văn A"), and so does an initial
    before a name's next word ("Marc E. Knapper" is one token).
    """
    words = tokens.words
    return (
        index + 2 < limit
        and len(words[index]) == 1
        and words[index].isupper()
        and words[index + 1] == "."
        and len(words[index + 2]) == 1
        and words[index + 2].isupper()
    )


def _initials_as_name(tokens: _Tokens, position: int, limit: int) -> bool:
    """Whether the word at ``position`` is two initials opening a name ("JD Vance")."""
    if position + 1 >= limit:
        return False
    word = tokens.words[position]
    return (
        len(word) == 2  # most words fail here, before any pattern
        and _INITIALS_AS_NAME.fullmatch(word) is not None
        and word not in _ABBREVIATIONS_BEFORE_NAMES
        and _is_name_word(tokens.words[position + 1])
        # The surname alone follows ("EC Ursula von der Leyen" is a body, then a name).
        and not (
            position + 2 < tokens.count
            and (
                _is_name_word(tokens.words[position + 2])
                or tokens.words[position + 2] in _PARTICLES
            )
        )
    )


@functools.lru_cache(maxsize=4096)  # name words repeat; folding one is the cost
def _foreign_spelling(word: str) -> bool:
    """Whether ``word`` is spelled as a foreign name in Latin letters.

    ASCII ("Macron"), or with marks but no Vietnamese syllable ("Hernández", "Inácio",
    "Müller"); "Cà", "Tây", "Lâm" are Vietnamese.
    """
    if word.isascii():
        return True
    lower = word.lower()
    if not all(char.isalpha() and ord(char) < 0x250 for char in lower.replace("-", "")):
        return False  # another script, or Vietnamese letters of their own (ạ, ế, ư …)
    if not _ONLY_VIETNAMESE.isdisjoint(lower):
        return False  # đ, ă, ơ, ư: no other language writes them
    if not set(lower) <= _VIETNAMESE_LETTERS | {"-"}:
        return True  # ñ, ü, ç, ğ …: never Vietnamese
    return not any(map(_a_syllable, lower.split("-")))


def _may_serve(
    person: _Person, country: str | None, roles: tuple[str, ...], titles: list[Title] | None
) -> bool:
    """Whether ``person`` may hold ``titles`` of ``country`` (any, when it names none).

    One of no known country who holds the role on a body ("Chủ tịch Ủy ban châu Âu")
    holds no country's that names no body ("Chủ tịch Trung Quốc"); a body's may be
    theirs ("Thứ trưởng Bộ Công an Lào", a man given "Bộ Công an nước chủ nhà").
    """
    if country is None or person.country == country:
        return True
    return person.country is None and (
        titles is None
        or any(title.organization for title in titles)
        or not any(person.bodies.get(role) for role in roles)
    )


def _spelled_by_sound(word: str) -> bool:
    """Whether ``word`` is syllables joined by dashes: "Xổm-xạ-vạt", "Pu-tin"."""
    parts = word.split("-")
    return len(parts) > 1 and all(part.isalpha() for part in parts)


def _foreign(titles: list[Title]) -> bool:
    return any(match_key(t.role) in _FOREIGN_ROLES for t in titles)


_FOREIGN_ROLES = frozenset(
    match_key(role)
    for role in (
        "Tổng thống",
        "Phó Tổng thống",
        "Quốc vương",
        "Nhà vua",
        "Nữ hoàng",
        "Hoàng tử",
        "Thái tử",
        "Công chúa",
        "Ngoại trưởng",
        "Thượng nghị sĩ",
        "Hạ nghị sĩ",
    )
)


def _regions(article: Article) -> Iterator[tuple[int, int, BlockKind]]:
    """The parts of the body read for names: not links, images, credits or capitals."""
    for block in article.blocks:
        if block.kind in (BlockKind.LINK, BlockKind.IMAGE):
            continue
        if block.kind is BlockKind.HEADING and block.text.isupper():
            continue
        end = block.span.end
        if block.kind is BlockKind.CAPTION:
            cut = credit_start(block.text)
            if cut is not None:
                end = block.span.start + len(block.text[:cut].rstrip(" -–—(."))
        start = block.span.start
        # Line by line: a line break ends a sentence (a headline scraped without a blank
        # line after it), so no name or title runs on into the next line's first word.
        while (newline := article.text.find("\n", start, end)) >= 0:
            yield start, newline, block.kind
            start = newline + 1
        yield start, end, block.kind


def extract_speakers(
    article: Article, lexicon: Lexicon | None = None
) -> tuple[tuple[Speaker, ...], tuple[Statement, ...]]:
    """The speakers of ``article`` in order of first mention, and their statements."""
    extraction = _Extraction(article, lexicon or Lexicon.default())
    for start, end, kind in _regions(article):
        extraction.scan(start, end, kind)
    return extraction.result()


def _local_youth_union(tokens: _Tokens, index: int) -> bool:
    """Whether a province's or a city's Youth Union opens at ``index`` ("Tỉnh Đoàn")."""
    return (
        index + 1 < tokens.count
        and tokens.keys[index] in _YOUTH_UNION_PLACES
        and tokens.keys[index + 1] == "đoàn"
        and tokens.caps[index]
        and tokens.caps[index + 1]
    )


_YOUTH_UNION_PLACES = frozenset({"tỉnh", "thành", "huyện", "quận"})


def _inter_prefix(tokens: _Tokens, index: int) -> bool:
    """Whether a body's name goes on at ``index`` with "liên" (inter-) and what it joins.

    "Ủy ban liên Chính phủ Việt Nam - Nga", "Hội đồng liên ngành Trung ương": a prefix
    in lower case; not "liên quan", "liên hệ", "liên tục" (related, contact, on and on).
    """
    return (
        index + 1 < tokens.count
        and tokens.keys[index] == "liên"
        and (tokens.caps[index + 1] or tokens.keys[index + 1] in _JOINED_BY_INTER)
    )


_JOINED_BY_INTER = frozenset({"ngành", "bộ", "chính"})  # "liên ngành", "liên bộ", …


_LONGEST_HOME = 6  # words of a home told after a name


def _past_particulars(tokens: _Tokens, index: int) -> int:
    """The comma after a person's age, birth year or home told right after the name.

    ", 61 tuổi,", ", sinh năm 1970,", " (SN 1957),", " (61 tuổi),", ", quê Sóc Trăng,":
    where the titles that follow begin their chain; else ``index``.
    """
    words, keys, count = tokens.words, tokens.keys, tokens.count
    position = index
    bracketed = position < count and words[position] == "("
    if not bracketed and (position >= count or words[position] != ","):
        return index
    position += 1
    if position + 1 < count and keys[position] == "quê" and not bracketed:
        position += 1  # "quê Sóc Trăng": capitalised words, the place (a few)
        stop = min(count, position + _LONGEST_HOME)
        while position < stop and tokens.caps[position] and tokens.is_word(position):
            position += 1
        named = keys[position - 1] != "quê"
        return position if named and position < count and words[position] == "," else index
    told = keys[position : position + 3]
    numbers = [word.isdigit() for word in words[position : position + 3]]
    if told[:2] == ["sinh", "năm"] and numbers[2:] == [True]:
        position += 3  # "sinh năm 1970"
    elif told[:1] == ["sn"] and numbers[1:2] == [True]:
        position += 2  # "SN 1957"
    elif numbers[:1] == [True] and told[1:2] == ["tuổi"]:
        position += 2  # "61 tuổi"
    else:
        return index
    if bracketed:
        if not (position < count and words[position] == ")"):
            return index
        position += 1
    return position if position < count and words[position] == "," else index


def _cut_off_at(tokens: _Tokens, index: int) -> bool:
    """Whether an ellipsis ("…" or "...") is the token at ``index``: the text was cut there."""
    words = tokens.words
    return index < tokens.count and (
        words[index] == "…" or words[index : index + 3] == [".", ".", "."]
    )


def _without_short_forms(
    titles: list[Title], cut: Container[str] = frozenset()
) -> tuple[Title, ...]:
    """The titles, less one that begins another ("Chủ tịch", "Chủ tịch nước").

    A later mention often shortens the post the article first gave in full: a bare role,
    or one whose organisation the longer goes on with a capital ("Bí thư Tỉnh ủy" beside
    "Bí thư Tỉnh ủy Hải Dương", "Bộ trưởng Quốc phòng" beside "Bộ trưởng Quốc phòng
    Israel") or a number ("Tư lệnh Quân khu" beside "Tư lệnh Quân khu 4"), is the same
    post, not another one. Not one the longer runs on from in
    lower case ("Chủ tịch HĐND tỉnh" beside "Chủ tịch HĐND tỉnh thành kính", a verb read
    into the title), unless an ellipsis cut the shorter off (its text is in ``cut``),
    maybe mid-word: "Chính ủy Học ..." beside "Chính ủy Học viện Chính trị".
    """
    # The titles a title's key begins lie together in the sorted keys: a person given
    # thousands of titles costs a sort, not every pair.
    ordered = sorted((match_key(title.text), title.text) for title in titles)
    keys = [key for key, _ in ordered]
    return tuple(
        title for title in titles if not _shortened(title, keys, ordered, title.text in cut)
    )


def _shortened(
    short: Title, keys: list[str], ordered: list[tuple[str, str]], cut: bool = False
) -> bool:
    if cut:
        # Cut off by an ellipsis, maybe mid-word ("Chính ủy Học ..."): any title that
        # goes on from its letters is the whole of it.
        key = match_key(short.text)
        index = bisect.bisect_right(keys, key)
        return index < len(keys) and keys[index].startswith(key)
    prefix = match_key(short.text) + " "
    for index in range(bisect.bisect_left(keys, prefix), len(keys)):
        if not keys[index].startswith(prefix):
            return False
        after = ordered[index][1][len(prefix)]
        if short.organization is None or after.isupper() or after.isdigit():
            return True  # "Phó Tư lệnh Quân khu" beside "Phó Tư lệnh Quân khu 4" too
    return False
