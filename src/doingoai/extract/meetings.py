"""Meetings: what happened, when, where, and who was there.

Each sentence is searched for a meeting word of the lexicon (``có cuộc làm việc``,
``hội đàm``, ``tiếp``, ``Hội nghị …``). The article's main event is the interview when
the article is one, else the first event of the lead, else of the body, else of the
headings and captions. Later sentences about the same event (``Tại hội nghị, …``,
``Cùng dự có …``) add to it; a sentence with another kind of event, its own date, or
in a photo caption reports another meeting. Within a sentence, what an occasion phrase
names (``Nhân dịp dự Hội nghị …,``, ``… nhân dịp kỷ niệm …``) is the setting, and a
sentence opening with the event word (``Gặp Tổng thống …, Thủ tướng …``) reports that
event. Ceremonies (``trao quyết định``, ``trao tặng Huân chương``), a call to someone
named (``gọi điện cho …``), messages of state (``gửi điện chúc mừng``) and signings
(``ký ban hành``) are events too. An undated headline or lead takes the date of the next
report of the same event (same kind, no other chair), else the first day the lead or the
opening paragraph gives; a later report on that day gives its part of the day. Talks
that open the paragraph after a lead about a visit or its welcome are the main event,
the visit its setting (``hoan nghênh chuyến thăm`` names the setting too). One sentence
that reports several events (``hội đàm với A, hội kiến B và gặp C, D``) gives a meeting
for each, with its own counterpart and the first's host, day and place. A date followed
by its source (``Ngày 3-4, theo Reuters, … điện đàm hôm 2-4``) is the report's.

For each meeting: the date and part of the day from the sentence (resolved against the
publication date, or on a page without a header against its own dateline such as
``14/02/2020 11:36``; never copied from either), the place after ``tại``, the occasion after
``vào dịp``/``nhân dịp``, the counterpart after ``với`` (or after ``tiếp``), a
conference's full name, the chair (the person before the meeting word, unless they
only attend: ``dự``) and the participants.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from sys import intern

import attrs

from doingoai.extract._analysis import (
    Found,
    analysis_of,
    past_emphasis,
    sentence_opening,
    statement_pattern,
    wire_dateline,
)
from doingoai.extract._positions import Mention, Mentions, Ranges
from doingoai.extract.dates import (
    NOT_PLANNED,
    DateMention,
    dateline,
    find_dates,
    latest_full_date,
    without_days,
)
from doingoai.lexicon import EVENT_NOUNS, EVENT_VERBS, STATUS_WORDS, Lexicon
from doingoai.model import (
    Article,
    Block,
    BlockKind,
    Meeting,
    MeetingKind,
    PartialDate,
    PartOfDay,
    Span,
    Speaker,
    Statement,
)
from doingoai.structure import (
    MAX_HEADLINE_CHARS,
    credit_start,
    ends_with_credit,
    heading_words,
    is_dateline,
    opening_headings,
    told_once,
)
from doingoai.text import (
    AIMED,
    CAPITAL,
    LOWER,
    SAID,
    SENTENCE,
    aside_start,
    match_key,
    says_something,
    shared,
    trimmed,
    word_alternatives,
    words_pattern,
)

__all__ = ["extract_meetings"]

_NAMED_KINDS = frozenset({MeetingKind.CONFERENCE, MeetingKind.SEMINAR, MeetingKind.CEREMONY})
# The acts ceremonies are held for: a welcome and an award are two ceremonies.
_ACTS = {
    "đón": "welcome",
    "lễ đón": "welcome",
    "lễ tiếp đón": "welcome",
    "trao tặng": "honour",
    "trao quyết định": "appointment",
}
_NAME_END = re.compile(
    # "nhân dịp …", not the "nhân" of "quân nhân", "doanh nhân".
    r"\s(?:tại|do|vào|nhằm|để|(?:đối )?với|nhân (?:dịp|kỷ niệm|chuyến)|từ ngày|diễn ra"
    # When it opened, closed or began: "Lễ viếng bắt đầu từ 7 giờ".
    r"|khai mạc|bế mạc|bắt đầu|kết thúc"
    r"|dưới|trên cương vị"
    # Words of a clause about it: "Tuần lễ cấp cao APEC … đã đạt được …", "… một lần nữa …".
    r"|đã|đang|sẽ|vừa|cũng|được|tiếp tục|một lần nữa"
    # … or what it is or did: "Lễ trao giải đem đến nhiều xúc động", "… là dịp …", "…
    # có sự tham dự của …", "… thu hút …".
    r"|là|có sự|đem (?:đến|lại)|mang (?:đến|lại)|thu hút|quy tụ|kéo dài)\s|[.;:(]|$"
    # ", nơi …", ", trong đó …": a clause about the event; or a subject after a comma
    # (", Trung ương đã bầu …", ", ông …"; not ", khóa XIII", "Lễ viếng, lễ truy điệu",
    # nor a ministry's list, "công tác Văn hóa, Thể thao và Du lịch").
    # What came next or who said it: ", sau đó gặp …", ", cho biết …".
    r"|,\s(?=(?:nơi|trong đó|khi|sau khi|trước khi|đồng thời|ông|bà|đồng chí|sau đó|tiếp đó"
    r"|rồi|cho biết|cho hay)\s)"
    rf"|,\s(?=[^\W\d_{LOWER}])(?!\S+(?:\s\S+)?\svà\s[^\W\d_{LOWER}])"
    # Its day: "Hội nghị Trung ương … hôm 23/1", not "Lễ kỷ niệm … ngày Chiến thắng …".
    r"|\s(?:hôm|ngày)\s(?=\d)"
    # … or its day and part of it, even a sentence run on: "… Quân đoàn 34 Sáng 15/12, …".
    r"|\s(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|Ngày)\s(?=\d)"
    # Who held it and where: "Lễ kỷ niệm … tổ chức tại Paris" (not "công tác tổ chức …").
    r"|\stổ chức\s(?=(?:tại|ở|vào|ngày|hôm|sáng|chiều|tối|trưa|bởi|trong|từ|thành công)\s)"
    # Where, as after "tại": "Hội nghị thượng đỉnh Tương lai ở New York".
    rf"|\sở\s(?=[^\W\d_{LOWER}])"
    # "… chủ trì Hội nghị X và yêu cầu …": a verb after "và" ends the name.
    r"|\svà\s(?=(?:yêu cầu|chỉ đạo|giao|đề nghị|phát biểu|nhấn mạnh|khẳng định|cho biết)\s)"
    # … or another event: "dự Hội nghị X và thăm chính thức Nhật Bản".
    r"|\svà\s(?=(?:thăm|hội đàm|hội kiến|điện đàm|gặp|tiếp|làm việc|(?:tham )?dự)\s)"
    # … or a clause that concedes: "Lễ trao giải … tuy chưa khai mạc nhưng đã …".
    r"|\s(?:tuy|mặc dù|nhưng)\s"
)
# Verbs that, after "và", say what the host did next ("và nói", "và cho biết"), and "rằng".
_NEXT_ACTS = (
    "rằng|và (?:nói|cho biết|khẳng định|nhấn mạnh|bày tỏ|kêu gọi|tuyên bố|cam kết"
    "|thảo luận|đánh giá|chúc mừng|cảm ơn|đề nghị|yêu cầu|thông báo)"
)
# What follows the "(" of a short form or a country: "CPP)"; "Keidanren)", "Nhật Bản)"
# before a mark, a name or the "do" of who leads a delegation.
_SHORT_FORM_AFTER = (
    rf"(?:[A-ZĐ0-9]{{2,8}}|{CAPITAL}\w{{1,15}}(?: {CAPITAL}\w{{0,15}}){{0,3}}"
    rf"(?=\)(?:\s*[,.;]|\s+{CAPITAL}|\s+do\s)))\)"
)
_COUNTERPART = re.compile(
    # A short form in brackets is part of the name: "Đảng Nhân dân Campuchia (CPP), …";
    # so are capitalised words before a mark or a name: "… Nhật Bản (Keidanren) Tokura …",
    # "… tỉnh Kanagawa (Nhật Bản).", not "Georgia (Gruzia) chỉ …".
    r"(?P<who>(?:\(" + _SHORT_FORM_AFTER + r"|.)+?)"
    r"(?=\s*(?:[.;:)“\"\[\]]|\((?!" + _SHORT_FORM_AFTER + r"))"
    # "nhân" as in "nhân dịp", not "Đảng Nhân dân", "Ủy ban nhân dân", "và Phu nhân",
    # "các doanh nhân", "cá nhân", "tư nhân", "công nhân", "nạn nhân", "bệnh nhân".
    r"|\s(?i:về|nhằm|để|tại|(?<![Pp]hu\s)(?<!doanh\s)(?<!cá\s)(?<!tư\s)(?<!công\s)"
    r"(?<!nạn\s)(?<!bệnh\s)nhân(?! dân)|vào|trong|sau|trước|khi|từ|"
    # "Đón Phó Chủ tịch nước có …": who is there follows "có".
    r"ngày|hôm|thăm|và trao đổi|đang|bên lề|trong khuôn khổ|có|(?:và )?đồng thời"
    # "Lễ đón Tổng thống … được tổ chức …": the passive's verb follows the guest (not
    # "các Đại sứ … mới được bổ nhiệm": who they are).
    r"|(?<!mới\s)(?<!vừa\s)(?<!đã\s)(?<!từng\s)được"
    # "… Đại sứ … chào từ biệt", "… chào kết thúc nhiệm kỳ": the call's purpose.
    r"|(?:đến |sang )?chào"
    r"|đến thăm|diễn ra|theo (?:đề nghị|lời mời|yêu cầu)"
    # "… đón Thủ tướng với nghi thức truyền thống …": how the guest was welcomed.
    r"|với nghi (?:thức|lễ)"
    # "… đón Tổng Bí thư … và Đoàn … sang dự Lễ kỷ niệm …": why the guest came.
    r"|(?:sang|đến) (?:tham dự|dự|thăm|làm việc)"
    r"|và (?:hội kiến|hội đàm|gặp|tiếp|thăm|làm việc|điện đàm|chào)"
    # "… với Thủ tướng Israel và nói rằng …": what the host did next, or said.
    rf"|{_NEXT_ACTS})\s"
    # A part of the day, in lower case: not "Viện Kiểm sát nhân dân tối cao", "Trung tâm
    # Đổi mới Sáng tạo".
    r"|\s(?:sáng|chiều|tối(?! cao))\s"
    # "Tiếp Đại sứ … đến chào, Thủ tướng …": the visitor's purpose ends the clause.
    r"|\s(?:(?:đến|sang) )?chào(?=[,.;])"
    rf"|,\s+[{LOWER}]|\s*$|\srằng,"
    # "… với Tổng thống Pháp … ở Paris": where, unless a posting before a name.
    rf"|\sở\s(?=[^\W\d_{LOWER}]))"
)
_ATTENDS = re.compile(r" (?:tham )?dự ")
# What may come before a meeting word that opens its sentence: "Trong cuộc hội đàm …, ".
_OPENING_NOUN = re.compile(r"(?:(?:trong|tại)\s+)?(?:(?:cuộc|buổi)\s+)?")
# After "gặp": "gặp mặt, chúc mừng …" (whom, after the verb that follows), "cuộc gặp của
# A với B" / "giữa A và B" (B), "gặp gỡ và ký kết …" (no one: another verb follows).
_THEN_GREET = re.compile(
    r"\s*,\s*(?:chúc mừng|động viên|biểu dương|tri ân|cảm ơn|thăm hỏi|tặng quà"
    r"|(?:trao đổi|trò chuyện|nói chuyện|làm việc) với)\s+",
    re.IGNORECASE,
)
_NOUN_OF = re.compile(r"\s*(?:của\s+[^,.;:()]+?\s+với|giữa\s+[^,.;:()]+?\s+(?:và|với))\s+")
# Before a person after the meeting word: the person receives ("trao Quyết định cho …")
# or attends ("… diễn ra với sự tham dự của …"), and does not hold the event.
_RECIPIENT = re.compile(
    r"(?<!\w)(?:cho(?! (?:biết|rằng|hay|thấy|phép|là)(?!\w))|đối với|chuẩn y|bổ nhiệm|tặng"
    r"|sự (?:tham dự|có mặt|hiện diện|góp mặt|tham gia) của"
    # "… đã bầu ông Quang làm Ủy viên …": who is elected, not who holds the meeting
    r"|bầu(?! (?:cử|không khí|trời)(?!\w)))(?!\w)"
)
# A day something is due by or takes effect from: "trước ngày 30/6", "có hiệu lực từ
# ngày 1/1/2025", "áp dụng từ …".
_DEADLINE_BEFORE = re.compile(
    r"(?<!\w)(?:trước|chậm nhất(?: là)?|muộn nhất(?: là)?|hạn chót(?: là)?|đến hết"
    r"|(?:có )?hiệu lực(?: thi hành)?(?: (?:kể )?từ)?|áp dụng(?: (?:kể )?từ)?)"
    r"(?: ngày)? $"
)
# A document's number right before a date: "Nghị quyết số 34-NQ/TW ngày 9/1/2023" dates
# the resolution, not the event.
_DOCUMENT_BEFORE = re.compile(r"\d+[-/][A-ZĐ][\w/.-]*(?P<comma>,)?\s+(?:ngày\s+)?$")
_YEAR = re.compile(r"\d{4}")
# No one named after the word: a place or a day next ("lễ đón chính thức ngày 16/5").
_NO_OBJECT = re.compile(
    # "Khách mời buổi gặp gỡ có …": who was there, no one met.
    r"\s*(?:,|(?:và|tại|ở|có|giữa)\s|(?:ngày|hôm|sáng|trưa|chiều|tối)\s+\d)",
    re.IGNORECASE,
)
# "Cuộc gặp này là …", "buổi tiếp nói trên": the word names the meeting again (a noun
# with a demonstrative, or the subject of "là"); no one it met follows.
# An event someone else holds: "lễ nhậm chức của Tổng thống …", "tiệc của …".
_OWNED_BY = re.compile(r"(?:\s+[^\s,.;:]+){0,3}?\s+của\s")
# After a speech verb, an exchange with someone: "nói chuyện với …", "trao đổi với …".
_EXCHANGE = re.compile(r"\s+(?:chuyện\s+)?với(?!\w)")
# A meeting noun that opens what someone says ("… khẳng định, chuyến thăm …"), or what
# "Theo ông …," attributes: the event spoken of, not one the speaker holds.
_SPOKEN_OF = re.compile(
    r"[\s,:]*(?:rằng\s+|là\s+)?(?:các\s+|những\s+)?(?:cuộc|buổi|chuyến|phiên)\s"
)
_ACCORDING_TO = re.compile(r"theo\s+(?!lời|đề nghị|yêu cầu|kế hoạch|chương trình|đó|dự kiến)")
_SUBJECT_GAP = 3  # words between a subject and its meeting word: "vừa", "đồng ý", "sẽ"
_REFERS_BACK = re.compile(
    r"\s*(?:(?:gỡ|mặt)\s+)?(?:này|đó|ấy|(?:nói )?trên|là|được (?:cho|coi|xem|đánh giá) là)(?!\w)",
    re.IGNORECASE,
)
# A posting ("tại Việt Nam") ends at punctuation or a word that opens what the guest came
# for ("… tại Việt Nam chào từ biệt …", "… đến chào …", "… nhân dịp …").
_POSTING = re.compile(
    r"\s+(?:tại|ở)\s+[^,.;:()]+?(?=\s*[,.;:()]|\s*$"
    r"|\s(?:chào|đến|sang|đang|nhân|nhằm|để|về|vào|trong|sau|trước|khi|từ|có|thăm)(?!\w))"
)
_SAME_DAY = re.compile(  # at a sentence's start, which inside a paragraph is a space
    r"\s*(?:(?:(?P<part>rạng sáng|sáng|trưa|chiều|tối|đêm) )?cùng ngày(?!\w)"
    r"|cũng trong (?:(?P<within>sáng|trưa|chiều|tối|đêm) )?ngày(?!\w))"
)
# Not "đối với" (towards), "so với" (compared with), "gắn với" (tied to), "ứng phó với",
# "đối phó với", "thích ứng với" (a storm, a crisis: "ký Công điện … về ứng phó với bão").
_WITH = re.compile(r"(?<!\w)(?<!đối )(?<!so )(?<!gắn )(?<!phó )(?<!ứng )với\s+", re.IGNORECASE)
# A part of the day right after a day told without one (keyed): "Ngày 8/5, vào buổi
# chiều, …", "ngày 8/5 lúc 15 giờ chiều".
_PART_AFTER_DAY = re.compile(
    r",?\s+(?:vào\s+)?(?:buổi|lúc(?:\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?)?)\s+"
    r"(?P<part>rạng sáng|sáng|trưa|chiều|tối|đêm)(?!\w)"
)
# Whom a call is made to, right after its word: "gọi điện (thoại) cho Thủ tướng …".
_CALLED = re.compile(r"\s+(?:thoại\s+)?cho\s+")
_NOT_WITH_WHOM = re.compile(
    r"(?:sự (?:tham dự|tham gia|chứng kiến|có mặt)|chủ đề|quy mô|mục tiêu|mục đích|thông điệp"
    # "… phỏng vấn … với tư cách thủ tướng …": in the capacity of.
    r"|tinh thần|sự góp mặt|tư cách)(?!\w)"
)
# "cuộc hội kiến quan trọng với …": a meeting noun, words about it, then whom.
_NOUN_BEFORE = re.compile(r"(?<!\w)(?:cuộc|buổi)\s+$")
_DESCRIBED_WITH = re.compile(r"\s+(?P<words>\w+(?:\s+\w+){0,2}?)\s+với\s")
_EACH_OTHER = re.compile(r"\s+nhau(?!\w)")  # "… và … gặp nhau": no one after the word
# "nhân dịp …", "vào dịp …", and "nhân kỷ niệm …" (the anniversary is the occasion); not
# "nhân dịp này", which points back to one told before.
_OCCASION = re.compile(
    r"(?<!\w)(?:(?:vào|nhân) dịp |nhân (?=kỷ niệm ))"
    r"(?P<what>(?!(?:này|đó|ấy)\s*(?:[,.;:()]|$))[^,.;:()]+)",
    re.IGNORECASE,
)
_EMBASSIES = ("đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán")
_PLACE_PREFIXES = (
    "tp.",
    "trụ sở",
    "thủ đô",
    "thành phố",
    "tỉnh",
    # Towns, districts and communes: "tại thị xã Việt Yên", "tại xã Đồng Đăng".
    "thị xã",
    "thị trấn",
    "huyện",
    "quận",
    "xã",
    "phường",
    "đặc khu",  # "đặc khu Phú Quốc"
    # Abroad: a state and its capital, a region ("tại bang Texas", "tại thủ phủ Austin",
    # "tại vùng Kursk").
    "bang",
    "thủ phủ",
    "vùng",
    "nhà khách",
    "phủ chủ tịch",
    "trung tâm hội nghị",
    # "tại Khu di tích lịch sử Đền Hùng", "tại Nhà tưởng niệm …": a site's kind, then its name
    "khu di tích lịch sử",
    "khu di tích",
    "nhà tưởng niệm",
    # "tại sân bay quốc tế Nội Bài", "tại sân bay Kazan": where a guest is welcomed
    "sân bay quốc tế",
    "sân bay",
    # A building or grounds, in lower case before its name: "tại khách sạn Metropole",
    # "tại điền trang Filoli", "tại đại sứ quán Việt Nam ở …".
    "khách sạn",
    "điền trang",
    "khu nghỉ dưỡng",
    "cung điện",
    "dinh thự",
    "nhà hát",
    "tòa thị chính",
    *_EMBASSIES,
    "nhà quốc hội",
    "trường đại học",
    "học viện",
    "bảo tàng",
    "nghĩa trang",
)
# A word in capitals joined by dots ("TP.HCM", "D.C."; its last dot only before a comma).
_DOTTED = r"(?-i:[A-ZĐ]{1,4}(?:\.[A-ZĐ]{1,4})+(?:\.(?=[,;:)]))?)(?!\w)(?!\.\w)"
_PLACE = re.compile(
    r"(?<!\w)tại\s+(?P<place>(?:(?:"
    + "|".join(re.escape(prefix) for prefix in _PLACE_PREFIXES if prefix != "tp.")
    + r")\s+|tp\.\s?)?"
    # "St. Petersburg": the saint's abbreviation is one of a place's words; so is one in
    # capitals joined by dots ("Thành ủy TP.HCM", "Washington D.C.", not "… D.C. Hai …").
    rf"(?:St\.|{_DOTTED}|[A-ZÀ-ỸĐ][\w-]*)(?:\s(?:St\.|{_DOTTED}|[A-ZÀ-ỸĐ][\w-]*"
    r"|(?!(?:tại|ở|và|với)\s)[a-zà-ỹđ]+(?=\s(?:[a-zà-ỹđ]+\s)?[A-ZÀ-ỸĐ]))){0,40})"
    # "ở TP.HCM": the city's abbreviation, as after "tại".
    r"|(?<!\w)ở\s+(?P<city>(?:tp\.\s?)?[A-ZÀ-ỸĐ][\w-]*(?:\s[A-ZÀ-ỸĐ][\w-]*){0,40})",
    re.IGNORECASE,
)
# A correspondent's posting ("Theo phóng viên TTXVN tại Moskva, …", "phóng viên thường
# trú tại Pháp"), not where reporters were told something ("nói với các phóng viên tại …").
_REPORTER_BEFORE = re.compile(
    r"(?:theo phóng viên|thường trú)(?:\s+[^\s,.;:]+){0,3}\s+$|phóng viên thường trú\s+$"
)
# Or a correspondent by their outlet ("phóng viên TTXVN tại Moskva đã phỏng vấn …"), read
# in the text as written: the outlet's capitals tell it from "các phóng viên tại …".
_OUTLETS_REPORTER_BEFORE = re.compile(r"(?i:phóng viên)(?:\s+[A-ZĐ][^\s,.;:]*){1,5}\s+$")
# Before a person's mention inside a place's words, the words that make the place named
# for them ("Nhà tưởng niệm Chủ tịch Hồ Chí Minh", "Lăng Chủ tịch …", "Bảo tàng …"); any
# other capitalised word before it ends the place ("ở Chile Chủ tịch nước …", a heading
# run into a caption).
_NAMED_FOR = frozenset({"lăng", "đền", "tượng", "mộ", "đài", "niệm", "tàng", "trang", "thờ"})
# An envoy's post right before "tại": "bà Caroline Tan, Đại sứ Singapore tại Việt Nam", a
# posting, where the event need not be (an embassy's "tại" is where it holds one; after a
# name, "Đại sứ Nhật Bản Ito Naoki tại Hà Nội", it is the event's place).
_ENVOYS = (
    r"(?:đại sứ|lãnh sự|đại biện|trưởng đại diện|trưởng cơ quan đại diện|tham tán"
    # A resident body's head: "Điều phối viên thường trú của Liên hợp quốc tại Việt Nam",
    # "Giám đốc quốc gia của Ngân hàng Thế giới tại …", "Trưởng Phái đoàn EU tại …".
    r"|tùy viên|điều phối viên|giám đốc quốc gia|trưởng văn phòng đại diện|trưởng phái đoàn)"
)
_ENVOY_BEFORE = re.compile(rf"(?<!\w){_ENVOYS}(?! quán)(?:\s+[^\s,.;:]+){{0,8}}\s+$")
# After a place, where it is: ", Malaysia" (a country, then the clause goes on), "(Hàn
# Quốc)", "(tỉnh An Giang)".
_WHERE_IT_IS = re.compile(
    rf",\s(?P<country>[^\W\d_{LOWER}][\w-]*(?:\s[^\W\d_{LOWER}][\w-]*){{0,3}})(?=\s*[,.;:)]|\s*$)"
    r"|\s?\((?P<bracketed>[^()\n]{2,40})\)"
)
_REGION_PREFIXES = ("tỉnh ", "thành phố ", "bang ", "tp ", "tp. ")
# Events, not places: "tại Hội nghị …", "tại Tuần lễ Cấp cao APEC", "tại Diễn đàn …".
_EVENT_PLACE = re.compile("(?:" + "|".join(EVENT_NOUNS) + r")\b", re.IGNORECASE)
_GROUP_BEFORE = frozenset("các những nhiều hai".split())
_GROUP_HAD = frozenset("các những hai".split())  # "nhiều" only on a day told (see counts)
_HELD_NOUNS = ("cuộc ", "buổi ")
# Meeting words that name the event as a thing ("cuộc họp", "buổi làm việc"): after the
# main event they refer back to it rather than report another.
_AT_THE_EVENT = frozenset("tại trong sau trước".split())
_BEFORE_AFTER = (["trước", "khi"], ["sau", "khi"])
_PRIORITY = (
    MeetingKind.TALKS,
    MeetingKind.PHONE_CALL,
    MeetingKind.COURTESY_CALL,
    MeetingKind.WORKING_SESSION,
    MeetingKind.CONFERENCE,
    MeetingKind.SEMINAR,
    MeetingKind.PRESS_CONFERENCE,
    MeetingKind.MEETING,
    MeetingKind.RECEPTION,
    MeetingKind.VISIT,
    MeetingKind.ENCOUNTER,
    MeetingKind.BANQUET,
    MeetingKind.INTERVIEW,
    MeetingKind.CEREMONY,
    MeetingKind.OTHER,
)
# A call ("chào xã giao") ranks after a reception: the host receives the caller.
_CALL_RANK = _PRIORITY.index(MeetingKind.RECEPTION) + 0.5
_NOUN_MARKERS = frozenset("cuộc buổi phiên chuyến tiệc lễ".split())
_NOUN_TRIGGERS = (
    "cuộc",
    "buổi",
    "phiên",
    "chuyến",
    "tiệc",
    "lễ",
    "hội nghị",
    "hội thảo",
    "diễn đàn",
)
# Meeting words that need a capitalised word (a name, a visitor) after them to count:
# "tiếp Đại sứ", not "tiếp tục"; "thăm Lào", not "thăm hỏi".
# Task verbs between a directive verb and a meeting word: "giao Bộ Ngoại giao chủ trì
# chuẩn bị chuyến thăm" directs an event to come; it does not report one.
_TASK = re.compile(
    r"(?<!\w)(?:chủ trì|tổ chức|chuẩn bị|phối hợp|triển khai|xây dựng|thực hiện|tham mưu)(?!\w)"
)
# A sentence set at a gathering named before: "Tại kỳ họp, …", "Trong buổi lễ, …" (keyed).
_AT_GATHERING = re.compile(
    r"\s*(?:tại|trong) (?:(?:buổi|cuộc) )?"
    r"(?P<word>kỳ họp|phiên họp|hội nghị|hội thảo|đại hội|diễn đàn|lễ)\s*,"
)
_SETTING = re.compile(
    r"(?<!\w)(?:bên lề|trong khuôn khổ|nhân dịp|trong dịp|sau|trước|sau khi|trước khi|tại"
    # "Kết thúc hội đàm, chiều 12/5, hai bên họp báo chung": what came before.
    r"|kết thúc"
    # "thể hiện sự coi trọng chuyến thăm": the visit as what is spoken of.
    r"|coi trọng|hoan nghênh|chào mừng|đánh giá cao"
    # "thăm chính thức Chile, kết hợp dự Tuần lễ Cấp cao APEC": the visit is the event.
    r"|kết hợp(?: tham)?(?: dự)?)"
    r"(?: các| cuộc| buổi| chuyến| phiên)? $"
)
# "trước khi …", "sau khi …", and the eve of it: "trước giờ khai mạc kỳ họp", "trước thềm …".
_TIME_CLAUSE = re.compile(
    r"(?<!\w)(?:(?:trước|sau) khi(?: [^\s,.;:]+){1,6}|trước (?:giờ|thềm)(?: [^\s,.;:]+){0,6}) $"
)
# Bodies whose acts of office are events, right before the word, as a leader's (keyed):
# the body, perhaps its country, and words of deciding or of time; not in the passive
# ("… rời Bộ Công an khi được Quốc hội bầu làm …": what befell the one named).
_ANNOUNCING_BODY = re.compile(
    r"(?<!\w)(?<!được )(?<!bị )"
    r"(?:bộ chính trị|ban bí thư|ban chấp hành trung ương|ủy ban thường vụ quốc hội"
    r"|quốc hội|thượng viện|hạ viện|chính phủ|hội đồng bảo an(?: liên hợp quốc)?)"
    r"(?: [^\s,.;:]+){0,3}? (?:(?:đã|vừa|chính thức|quyết định|ra quyết định) )*$"
)
# Before an announcement word: a time clause of what is yet to come (not "sau khi …",
# which happened), or its being made often or before (keyed).
_NOT_NEWS_BEFORE = re.compile(
    r"(?<!\w)(?:(?:trước|đến|tới) khi(?: [^\s,.;:]+){1,8}"
    r"|(?:nhiều lần|từng|thường|thường xuyên|liên tục|luôn)(?: [^\s,.;:]+)?) $"
)
_ABOUT = re.compile(
    # "… trả lời phỏng vấn về ý nghĩa của chuyến thăm …": what of it is spoken of.
    r"(?<!\w)về(?: (?:kết quả|ý nghĩa|mục đích|tầm quan trọng|triển vọng|điểm nhấn)(?: của)?)?"
    r"(?: các| cuộc| buổi| chuyến| phiên)? $"
)
_ABOUT_REACH = 40  # characters back from a meeting word to "về"
# An occasion phrase, to its comma: what it names is the setting, not the event.
_OCCASION_PHRASE = re.compile(
    word_alternatives(
        [
            *("bên lề", "trong khuôn khổ", "nhân dịp", "trong dịp", "nhận lời mời"),
            "theo lời mời",
            # "Tiếp tục chuyến thăm chính thức …, … đã có cuộc gặp …": the visit goes on;
            # "Kết thúc chuyến thăm …, … trả lời phỏng vấn …": it ends with the event.
            *("tiếp tục chuyến", "tiếp tục chương trình", "kết thúc chuyến"),
        ]
    )
    + r"(?!\w)[^,;]*"
)
# A sentence that opens with what its subject attends, up to the comma: "Dự Hội nghị
# APEC, chiều 9/5, Thủ tướng … đã gặp …" (keyed). The setting, as an occasion phrase is.
# Not "dự" of another word: "Dự kiến, …", "dự thảo", "dự án"; nor, between a subject and
# its verb, a word of a title ("Ủy viên dự khuyết …", "đảng viên dự bị") or of what the
# subject is expected or intends to do ("… dự kiến thăm …", "… dự định thăm …").
_DU_COMPOUNDS = frozenset("kiến báo thảo án định toán trữ khuyết bị đoán luật tính thi".split())
_ATTENDING_FIRST = re.compile(
    rf"\s*(?:tham )?dự\s(?!(?:{'|'.join(sorted(_DU_COMPOUNDS))})(?!\w))[^,;]*,"
)
# A sentence that recalls what was reported before: "Như tin đã đưa, …", "Như Báo … đã
# đưa tin, …" (keyed). What it tells is no news of this article.
_RECALLED = re.compile(
    r"\s*như (?:[^,.;:]{1,60} )?đã (?:đưa tin|đưa|thông tin|đăng tải|phản ánh)(?!\w)"
)
_CHAIRS = re.compile(r"(?<!\w)chủ trì(?!\w)")
# "dưới sự điều hành của Phó Chủ tịch Quốc hội …": who presides over a sitting.
_CHAIRED_BY = re.compile(r"(?<!\w)(?:dưới sự|với sự) (?:chủ trì|điều hành) của ")
# "… dự tiệc do Thủ tướng Nhật Bản … chủ trì": the host after the word, a few words on.
_DONE_BY = re.compile(r"(?:\s+\S+){0,4}?\s+do\s+")
# … and the verb right after that host's name (not the "_CHAIRS" anywhere in a sentence).
_CHAIRS_AFTER_NAME = re.compile(r"\s+(?:đồng\s+)?(?:chủ trì|chủ tọa|chủ toạ)(?!\w)")
_TITLE_REACH = 80  # the characters of a title between "chủ trì của" and the name
_CITED_REACH = 60  # characters back to a document's kind: its number and date between
_INVITED_BY = "mời của "
_NON_SPACE = re.compile(r"\S+")
_ASKING_REACH = 400  # characters after a meeting word where a directive's verb ends its report
_ROLE_REACH = 40  # characters before a capitalised meeting word where a role may stand
_ROLE_WORDS = 4  # … and words: "Chủ tịch Điều hành Diễn đàn …"
_CALLS = frozenset({"chào xã giao", "chào từ biệt"})
# Lines that point to other articles ("Xem thêm: …", "Tin liên quan …"): no events.
_ELSEWHERE_LINE = re.compile(r"(?:xem thêm|đọc thêm|tin liên quan|bài liên quan)(?!\w)", re.I)
# Blocks read past between a lead and the paragraph after it: a photo and its caption,
# and a line set apart (a subhead; a scraped page's share bar, byline or breadcrumb).
# Not a link line: an aggregator's post opens with the link to the page it sums up.
_BETWEEN_PARAGRAPHS = frozenset({BlockKind.IMAGE, BlockKind.CAPTION, BlockKind.HEADING})
_PRESENTED_TO = re.compile(r"\s+(?:lên|tới|đến|cho)\s+")  # "trình Quốc thư lên …"
_ELSEWHERE_CUE_ALONE = 30  # "Tin liên quan:" on a line of its own heads a list of them


def _listed(line: str) -> bool:
    """Whether ``line`` reads as a listed headline: short, no sentence's final mark."""
    line = line.rstrip()
    return 0 < len(line) <= MAX_HEADLINE_CHARS and line[-1] not in ".!?…:;"


_DIRECT_OBJECT = frozenset({MeetingKind.ENCOUNTER, MeetingKind.COURTESY_CALL})
# The words for one leader meeting another, which headlines and bodies use for each other.
_MEETING_SOMEONE = _DIRECT_OBJECT | {MeetingKind.RECEPTION}
# A headline may call talks or a working session a meeting ("… gặp Tổng thống Peru" over
# "… đã hội đàm với Tổng thống Peru …"): one event, in the headline's word or the body's.
_HEADLINE_WORDS_FOR_MEETING = _MEETING_SOMEONE | {MeetingKind.TALKS, MeetingKind.WORKING_SESSION}
# Before "lễ", words that make it a holiday or a rite, not a ceremony held.
# A session of something: "phiên họp thứ nhất của …", "phiên họp toàn thể của …".
_SESSION_OF = re.compile(r"phiên họp(?: \w+){0,3} của ")
_HOLIDAY_BEFORE = frozenset({"ngày", "nghỉ", "nghi", "mùa", "kỳ"})
# After a date, a source: "Ngày 5-3, theo hãng tin …" dates the report.
_REPORTED = re.compile(r"\s*,\s*(?:theo|dẫn)\s")
_DASHES = "-–—"  # what ends a dateline ("Hà Nội, 27/11 (TTXVN) -"), as a date read it
# An announcement of an event ("… đã ra thông báo về chuyến thăm …"), in the folded text.
_ANNOUNCEMENT = (
    r"(?<!\w)(?:thông báo|thông cáo(?: báo chí)?|công bố|loan báo)(?: chính thức)?"
    r"(?: (?:về|việc))?(?: (?:chuyến|cuộc|buổi))?\s+"
)
# One whose object is the meeting word after it.
_ANNOUNCED = re.compile(_ANNOUNCEMENT + "$")
_ANNOUNCED_REACH = 40  # characters before a meeting word where its announcement is
_ANNOUNCING = re.compile(_ANNOUNCEMENT)  # then the meeting word: see announcing()
_ANNOUNCING_REACH = 200  # characters after a lead's day read for an announcement
_ON_DAY = re.compile(r"(?<!\w)(?:vào|hôm)\s")
_TOOK_PLACE = re.compile(r"(?<!\w)(?:diễn ra|được tổ chức)(?: (?:vào|hôm|ngày))*\s+$")
# Events a sentence may list after its first, each with the person met.
# Words between a guest and their visit: "… Prabowo Subianto đang thăm …".
_BEFORE_A_VISIT = frozenset({"đang", "sang", "đến", "tới", "có", "chuyến"})
_DELEGATION_WORDS = frozenset("đoàn đại biểu cấp cao công tác chính thức phu nhân".split())
# What joins a visit to an event the visitor attends on it: "…, dự …", "… và tham dự …",
# ", đồng thời tham dự …".
_ATTENDS_TOO = re.compile(r"(?:,|\svà)\s(?:đồng thời\s)?(?:tham\s)?dự\s$")
_TRIP_OR_INVITATION = re.compile(r"(?<!có )(?<!thực hiện )\bchuyến\s(?:\S+\s)?thăm|\bmời\b")
_ONE_OF_SEVERAL = frozenset(
    {MeetingKind.TALKS, MeetingKind.COURTESY_CALL, MeetingKind.ENCOUNTER, MeetingKind.RECEPTION,
     MeetingKind.PHONE_CALL, MeetingKind.WORKING_SESSION}
)  # fmt: skip
# Kinds whose word is a verb ("thăm", "hội đàm"), not the name of a thing attended.
_VERB_KINDS = _ONE_OF_SEVERAL | {MeetingKind.VISIT}
_NEED_NAME_AFTER = frozenset(
    {"tiếp", "tiếp đón", "tiếp kiến", "gặp", "thăm", "lễ", "gọi điện", "trao tặng", "đón"}
    | {"chào đón"}
    | {"nói chuyện điện thoại", "nói chuyện qua điện thoại"}
)
# A reception told in the passive: "Đại sứ … được Thủ tướng … tiếp tại …". The host's
# title or honorific opens with a capital or one of these; the word ends its clause or
# is followed by where, when or how ("tiếp tục", "tiếp nhận" are other words).
_RECEIVING = frozenset({"tiếp", "tiếp đón", "tiếp kiến"})
_RECEPTION_BEFORE = re.compile(r"(?<!\w)(?:tiếp|đón)(?!\w)")  # keyed
_NOT_ATTENDED = re.compile(
    r"(?<!\w)(?:(?:không|chưa|từ chối|sẽ không) (?:tham gia|tham dự|dự)"
    r"|vắng mặt (?:tại|trong|ở))(?: các| cuộc| buổi)? $"
)
# A meeting wished for, refused or denied, not held: "Tổng thống Nga … sẵn sàng gặp …",
# "muốn gặp", "mong được gặp", "từ chối tiếp", "không gặp", "chưa từng gặp"; the sides
# may be named between ("mong muốn hai địa phương ký kết thỏa thuận …").
_NOT_MET_BEFORE = re.compile(
    r"(?<!\w)(?:không(?: thể| hề)?|chưa(?: từng| bao giờ)?|từ chối|sẵn sàng|(?:mong )?muốn"
    r"|mong(?: được)?|hy vọng|hi vọng)"
    r"(?: (?:hai|các) (?:bên|nước|phía|nhà lãnh đạo|lãnh đạo|địa phương|doanh nghiệp|tỉnh))?"
    r"(?: (?:sớm|được|có dịp|sẽ|tiếp tục))? $"
)
_NOT_MET_REACH = 40  # characters before a meeting word where such words are read
# A sports match told with the words of an encounter (keyed): "trận (đấu) … gặp Iraq",
# "trận Tottenham gặp Man Utd" (not the "trận" of "Mặt trận Tổ quốc"), …
_MATCH_BEFORE = re.compile(r"(?<!\w)(?<!mặt )trận(?:\s+[^\s,.;:!?()]+){0,5}\s+$")
# … or the teams met: "U23 Iraq sẽ gặp U23 Nhật Bản", "Đội tuyển Indonesia gặp …", "ĐT
# Anh sẽ gặp …", "cuộc gặp gỡ giữa hai đội".
_TEAM = r"(?:u\d{2}|đt|đội tuyển|tuyển|clb|câu lạc bộ|đội bóng)"
_TEAM_BEFORE = re.compile(rf"(?<!\w){_TEAM}(?:\s+[^\s,.;:!?()]+){{0,4}}\s+$")
_TEAM_AFTER = re.compile(
    rf"\s+(?:{_TEAM}\s|(?:[^\s,.;:!?()]+\s+){{0,2}}giữa hai (?:đội|câu lạc bộ|clb|tuyển))"
)
_MATCH_REACH = 60  # characters before the word where the match's words are read
_PLAYED = frozenset({"gặp", "tiếp"})  # the kinds whose words tell a match too
# "mời" as a verb before a visit's word, its clause unbroken (keyed): the visit asked
# for ("… và mời Chủ tịch Hạ viện … sớm thăm Việt Nam"); not "lời mời", "khách mời",
# "thư mời" (a visit made on one: "Nhận lời mời của …, … thăm …").
_INVITED_TO = re.compile(r"(?<!\w)(?<!lời )(?<!khách )(?<!thư )mời\s+(?!của)[^,.;:!?()]*$")
_INVITED_REACH = 80  # characters before the word where the invitation is read
# Words right after a name that tell the person has died (keyed): "… Trọng từ trần".
_DIED_AFTER = re.compile(r"\s+(?:(?:đã|vừa)\s+)?(?:từ trần|qua đời|tạ thế)(?!\w)")
# What someone is thanked for having done, before the meeting word (keyed): "cảm ơn Ban
# Chấp hành … đã gửi điện chia buồn", "cảm ơn Thủ tướng đã dành thời gian tiếp đoàn": an
# act spoken of, told as the article's event (if at all) where it is reported.
_THANKED_FOR = re.compile(
    r"(?<!\w)(?:cảm ơn|cám ơn|tri ân|biết ơn)(?: [^.;:!?]{0,160}?)? đã(?: \S+){0,3} $"
)
_THANKED_REACH = 200  # characters before a meeting word where the thanks are read
_NOT_RECEIVING_BEFORE = frozenset("trực gián kế liên đọc chọn xem nhấn bấm".split())
_PASSIVE = re.compile(r"(?<!\w)được\s+")
_MOST_GUEST_WORDS = 12  # "Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam" and a little more
# … or "người đồng cấp" (the counterpart): "được người đồng cấp Chile … tiếp đón".
_PASSIVE_HOST_OPENERS = frozenset({"ông", "bà", "ngài", "đồng", "người"})
_AFTER_A_RECEPTION = frozenset(
    "tại thân trọng vào sáng chiều trưa tối ngày hôm trong và nhân khi ở lúc long".split()
)
_HONOURS = frozenset({"huân", "huy", "bằng", "kỷ", "danh", "giải"})
# Words between such a meeting word and the name, besides the lexicon's honorifics ("tiếp
# bà Caroline Tan", "tiếp người đồng cấp Israel …"): "các Đại sứ", "hai Thứ trưởng", and
# one new to the post: "tiếp tân Đại sứ Pháp tại Việt Nam".
_GROUP_BEFORE_NAME = frozenset({"các", "hai", "tân"})
# Or a group received, in lower case: "tiếp đoàn đại biểu", "tiếp đoàn công tác".
_VISITOR_WORDS = frozenset({"đoàn"})
_MEETING_PEOPLE = frozenset({"gặp", "gặp gỡ", "gặp mặt", "thăm", "tiếp"})
_ATTENDED_ONLY = frozenset({"ngày hội", "chương trình nghệ thuật", "chương trình truyền hình"})
_COMMUNITIES = frozenset({"cộng đồng", "kiều bào", "bà con", "cử tri", "người dân"})
_TRADES = frozenset({"nhà đầu", "doanh nghiệp", "doanh nhân"})  # "các nhà đầu tư"
_VISITORS = frozenset({"lãnh đạo", "đại diện", "đại biểu"})  # leaders, envoys, delegates
_GROUP_OF = frozenset({"các", "những", "hai", "ba"})
# "từ ngày 5 đến 7/3", "từ 5-7/3"; not a day written with dashes ("Từ ngày 24-2-2022, …":
# when something began).
_RANGE_WORDS = re.compile(r"đến|\svà\s|[0-9]\s*[-–]\s*[0-9]{1,2}\s*[/.]")
# Before "ban hành …", words that make the issuing a proposal, a need or a topic.
_NOT_ISSUED_BEFORE = frozenset("xuất nghị mưu việc chưa chậm cần phải để tới sớm đẩy".split())
# Words that "hội" completes ("Quốc hội", "Đại hội", "cơ hội", "xã hội", "lễ hội" …).
_BEFORE_HOI = frozenset("quốc đại cơ xã lễ hiệp".split())
_THAM_AFTER = frozenset({"cấp", "chính", "và", "chính thức", "làm"})  # "thăm làm việc"
# "thăm, làm việc", "thăm, tặng quà", "thăm, động viên": a visit and what it did there;
# "thăm gia đình …": the family visited.
_THAM_THEN = frozenset({"làm", "kiểm", "chúc", "tặng", "động"})
_THAM_WHOM = frozenset({"gia"})
# Who went, right before "thăm,": "đã đến thăm, tặng quà …", not a list of activities
# ("các hoạt động … thăm, tặng quà, xây nhà …").
_THAM_GOING = frozenset({"đến", "tới", "đã", "về", "sang", "vừa"})
# How a meeting was held, between its word and whom it names: "tiếp thân mật Đại sứ …",
# "gặp riêng …", "gặp trực tuyến …", "gặp với …", "cuộc gặp thượng đỉnh …", "gặp song
# phương Tổng thống …", "tiếp xã giao …", "hội đàm hẹp với …".
_MANNERS = (
    "thân mật", "riêng", "trực tuyến", "thượng đỉnh", "song phương", "xã giao", "hẹp",
    "mở rộng", "trực tiếp",
)  # fmt: skip
# A welcome names whom it welcomes right after it, past how it was held: "chủ trì lễ
# đón chính thức Tổng thống …".
_WELCOMES = frozenset({"đón", "lễ đón", "lễ tiếp đón"})
# A welcome said, the guest after it (keyed): "… nhiệt liệt chào mừng Tổng Bí thư …".
_WELCOME_SAID = re.compile(r"(?<!\w)(?:chào mừng|hoan nghênh|chào đón) ")
_WELCOME_MANNER = re.compile(r"\s+(?:chính thức|trọng thể)(?!\w)")
# A meal given (a banquet, whatever its word) names its guests right after it, past how
# and what for: "chiêu đãi trọng thể Quốc vương …", "mời cơm thân mật Thủ tướng …",
# "tiệc chiêu đãi chào mừng Tổng thống …" (not "dự tiệc chiêu đãi do … chủ trì": no
# one named right after).
_MEAL_MANNER = re.compile(r"(?:\s+(?:chính thức|trọng thể|thân mật|chào mừng)(?!\w))+")
_MEETING_DESCRIBED = re.compile(
    r"(?:\s+(?:gỡ|mặt)(?!\w))?"
    r"(?:\s+(?:đầu tiên|lịch sử|cuối cùng|gần nhất|gần đây|căng thẳng|hiếm hoi|bất ngờ)(?!\w))*"
)
_MANNER_AFTER = frozenset({*_MANNERS, "với"})
_MANNER = re.compile(r"\s+(?:" + "|".join(_MANNERS) + r")(?!\w)")


@attrs.define
class _Candidate:
    kind: MeetingKind
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    block: BlockKind
    persons: list[tuple[int, str]]  # (position, speaker key) in the sentence
    # For the second and later events of one sentence ("hội đàm với A, hội kiến B và gặp
    # C"): where the sentence starts; its first event's chair, date and place are theirs.
    parent: int | None = None
    # Whether the event is one the first event's subject attends, hosted by others: "…
    # thăm chính thức Nhật Bản, dự Hội nghị Tương lai châu Á".
    attended: bool = False


@functools.lru_cache(maxsize=8)
def _planned_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Any of the lexicon's planned cues (``sẽ``, ``tới đây``) as a word of its own."""
    return words_pattern(lexicon.planned_cues)


@functools.lru_cache(maxsize=8)
def _cue_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The attendance cues, as a sentence opening ("Cùng dự …") or a phrase early on."""
    return words_pattern(lexicon.attendance_cues)


# A place, by its kind, then its name: "về thăm tỉnh Bắc Ninh", "thăm thủ đô Viêng Chăn".
_PLACE_THEN_NAME = re.compile("(?i:" + "|".join(map(re.escape, _PLACE_PREFIXES)) + rf") {CAPITAL}")
# A journey's verb, then where it leaves or reaches, capitalised or after a kind of place.
_TRAVEL = re.compile(
    r"(?<!\w)(?i:rời(?: khỏi)?|hạ cánh (?:xuống|tại)|đáp xuống|đặt chân (?:đến|tới|lên)"
    r"|đến|tới)\s+(?=(?i:" + "|".join(map(re.escape, _PLACE_PREFIXES)) + rf")\s|[^\W\d_{LOWER}])"
)
# "sau khi" right before a journey's verb (keyed): the time of another act.
_AFTER_LEAVING = re.compile(r"(?<!\w)sau khi\s+$")
_LONGEST_TRAVEL = 16  # characters of "đặt chân đến " past where its meeting word ends
_UP_TO_PUNCTUATION = re.compile(r"[^,.;:()\[\]\n]+")
_TERM_OF_DUTY = re.compile(r"nhiệm kỳ(?: công tác)? $")
_RESIDENT = ("trú ", "sống ")  # the word before "tại" that makes a place someone's home
_PLACES_ALONE = frozenset({"phủ chủ tịch"})  # prefixes that name a place without more
_PLACE_LINKS = frozenset(
    "tại ở và với vào trong sau trước khi lúc sáng trưa chiều tối đêm hôm nay ngày nhân"
    " nhằm để cùng đã sẽ đang của là thì mà do kiêm từ đến theo có"
    # Words of time: "tại Hà Nội giai đoạn 2014-2017", "… nhiệm kỳ 2021-2026".
    " giai nhiệm thời năm tháng tuần hồi gần"
    # Words that go on the sentence, never a name's second syllable: "tại Tokyo về triển
    # vọng …", "tại Đức vì …", "tại Hà Nội hồi tháng 5".
    " về cho vì qua một trên dưới đều rằng được bị nhưng như bởi tới lại ra vẫn cũng nên"
    " hay hoặc này đó"
    # Verbs: "… cầm quyền tại Hàn Quốc dự kiến …", "rời Thủ đô Hà Nội lên đường …".
    " dự tham lên bắt làm thăm gặp nói"
    # "… tại TP.HCM diễn ra …", "… ở Điện Élysée kéo dài …", "… tại Pháp đầu tháng …".
    " diễn kéo khẩn cập chứng đầu cuối giữa".split()
)


@functools.lru_cache(maxsize=8)
def _bodies(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The lexicon's international bodies of several words, which a place names whole.

    Their lower-case words and all: "Liên hợp quốc", "Liên minh châu Âu".
    """
    keyed = (tuple(match_key(body).split()) for body in lexicon.international)
    return frozenset(words for words in keyed if len(words) > 1)


def _trim_place(place: str, bodies: frozenset[tuple[str, ...]]) -> str | None:
    """The place name at the start of ``place``: capitalised words, after a prefix.

    One lower-case word may follow a capitalised one ("Trụ sở Chính phủ"), unless it is
    a word of time or linking ("Hà Nội vào dịp …" stops at "vào"); "nhà riêng" or
    "số 10" is no name.
    """
    words = place.split()
    kept = 0
    keyed = match_key(place)
    alone = False  # the prefix is a place of its own: "Phủ Chủ tịch sáng 13/10"
    for prefix in _PLACE_PREFIXES:
        if keyed.startswith(prefix + " "):
            kept = len(prefix.split())
            alone = prefix in _PLACES_ALONE and words[0][0].isupper()
            break
    start = kept
    found = _place_words(words, start, bodies)
    if found == start and start:
        # "sân bay quân sự Seongnam", "Trung tâm Hội nghị quốc tế Gyeongju": one or two
        # words in lower case between the kind and the name.
        for between in (1, 2):
            lower = words[start : start + between]
            if (
                start + between < len(words)
                and all(w[:1].islower() and w not in _PLACE_LINKS for w in lower)
                and words[start + between][:1].isupper()
            ):
                found = _place_words(words, start + between, bodies)
                break
    if found == start and start and not alone:
        # "Khu Di tích lịch sử quốc gia đặc biệt Đền Hùng": no name right after the
        # prefix; its own capitalised words, as of any place.
        start = 0
        found = _place_words(words, 0, bodies)
    if found == start and not alone:
        return None
    return " ".join(words[:found])


_LONGEST_BODY = 6


def _body_at(words: list[str], position: int, bodies: frozenset[tuple[str, ...]]) -> int:
    """How many of ``words`` from ``position`` name one of ``bodies``, or 0."""
    keys = match_key(" ".join(words[position : position + _LONGEST_BODY])).split()
    return next((size for size in range(len(keys), 1, -1) if tuple(keys[:size]) in bodies), 0)


def _place_words(words: list[str], start: int, bodies: frozenset[tuple[str, ...]]) -> int:
    """Where the words of a place's name from ``start`` end (see :func:`_trim_place`)."""
    kept = start
    while kept < len(words):
        word = words[kept]
        body = _body_at(words, kept, bodies) if word[:1].isupper() else 0
        if body:
            kept += body  # "trụ sở Liên hợp quốc ở New York": the body's name whole
            continue
        capital = word[0].isupper()
        # One lower-case word may follow a capitalised one ("Trụ sở Chính phủ", "Bộ
        # Ngoại giao"); words of time and linking end the name.
        follows = kept > start and words[kept - 1][0].isupper() and word not in _PLACE_LINKS
        # "Trụ sở Trung ương Đảng ở Hà Nội": "ở" before a capital says where the place is.
        where = word == "ở" and kept + 1 < len(words) and words[kept + 1][0].isupper()
        # "Sân vận động quốc gia Mỹ Đình", "Nhà tang lễ Quốc gia": its kind, what kind,
        # then the name.
        run = _described_run(words, kept) if follows else 0
        if run:
            kept += run
            continue
        if not (capital or follows or where):
            break
        kept += 1
    return kept


_MOST_DESCRIBING = 6  # lower-case words between a place's kind and its name


def _described_run(words: list[str], start: int) -> int:
    """How many lower-case words from ``start`` lead to a capitalised one, or 0.

    "Khu tái thiết khu dân cư thôn Làng Nủ": words that say what kind of place it is,
    between its capitalised kind and its name; none of them a word of time, linking or
    going on the sentence.
    """
    for end in range(start, min(len(words), start + _MOST_DESCRIBING + 1)):
        word = words[end]
        if word[0].isupper():
            return end - start
        if word in _PLACE_LINKS or not word.isalpha():
            return 0
    return 0


@functools.lru_cache(maxsize=8)
def _other_event_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A paragraph opening that moves to another event ("Cùng ngày, …")."""
    return words_pattern(lexicon.other_event_cues, before="")


@functools.lru_cache(maxsize=8)
def _directive_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The directive verbs ("giao", but not the "giao" of "Bộ Ngoại giao")."""
    return words_pattern(lexicon.directive_verbs, before=r"(?<!\w)(?<!ngoại )")


@functools.lru_cache(maxsize=8)
def _asking_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A directive's verb after which words are asked, not reported.

    The lexicon's directive verbs but "giao" (also "giao lưu"); not "theo đề nghị …", nor
    a steering committee's "Ban chỉ đạo".
    """
    verbs = tuple(verb for verb in lexicon.directive_verbs if verb != "giao")
    return words_pattern(verbs, before=r"(?<!\w)(?<!theo )(?<!ban )")


@functools.lru_cache(maxsize=8)
def _trigger_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The meeting words but a bare arrival's "đến", "tới" (see :data:`_ARRIVAL`)."""
    return words_pattern(word for word in lexicon.meeting_words if word not in _BARE_ARRIVALS)


# Inspections on site, events only when a person named right before makes them.
_INSPECTIONS = frozenset(
    {
        "đi kiểm tra", "trực tiếp kiểm tra", "kiểm tra thực tế", "khảo sát",
        "khảo sát thực tế", "kiểm tra công trường", "kiểm tra hiện trường", "kiểm tra tiến độ",
        "kiểm tra công tác chuẩn bị",
    }
)  # fmt: skip
# Adverbs of a job held, not of a visit: "… vẫn làm việc tại …" (those of two words,
# "thường xuyên", already leave no one named right before it).
_A_JOB_BEFORE = frozenset({"vẫn", "luôn", "còn"})
# How one works, after "làm việc với" (keyed): "với tinh thần …", "với mong muốn …".
_WORKED_IN_MANNER = re.compile(
    r"\s+(?:tinh thần|mong muốn|quyết tâm|trách nhiệm|niềm|hy vọng|kỳ vọng|khát vọng"
    r"|cường độ|phong cách|thái độ|phương châm|tâm thế|năng suất|hiệu suất|đam mê)(?!\w)"
)
# … or that one has, before it (keyed): "từng làm việc với …", "có dịp làm việc với …".
_WORKED_ONCE = re.compile(r"(?<!\w)(?:từng|có dịp|có cơ hội) $")
# Not "tổ chức": "bảo đảm việc tổ chức đại hội …" is a task.
_CONGRESS_HELD = frozenset({"dự", "tham dự", "khai mạc", "bế mạc", "chủ trì"})
# … and a festival or a gala, greeted or held too ("chúc mừng Ngày hội …", "tổ chức …").
_FESTIVAL_HELD = _CONGRESS_HELD | {"chúc mừng", "tổ chức"}
# Events only when a person named right before them holds them (see counts()).
_DONE_BY_NAMED = frozenset({"họp với", "đối thoại với", "cắt băng", "thăm hỏi", "thắp hương"})
_BARE_ARRIVALS = frozenset({"đến", "tới", "rời"})
# The going there, between a leader named and what they do: "… đã đến thắp hương …".
_GOING = frozenset({"đến", "tới", "đi", "về", "sang", "ra", "vào", "xuống", "lên"})
# … which report an event only right after someone named and before a place's capital
# (see counts()), so they are looked for apart, in the text as written: as words of any
# sentence ("từ ngày 18 đến 20/8", "gửi tới …") they end no report, nor stand between an
# event and its day.
# (The word opens the pattern, so that the engine skips to it; the word start is checked
# after it.)
# An airport's name after the word, in lower case before it: "… đến sân bay Haneda", "…
# tới sân bay quốc tế Nội Bài".
_AIRPORT = r"(?:\s+sân bay(?:\s+quốc tế)?)?"
_ARRIVAL = re.compile(rf"(?:đến|tới|rời)(?<!\w(?:đến|tới|rời))(?={_AIRPORT}\s+{CAPITAL})")
_SENT_REACH = 200  # characters before an arrival where what is sent may be told
_PLACE_KINDS = ("thủ đô ", "sân bay ")  # what a departure's place may open with (keyed)
_ARRIVALS = frozenset(
    {
        *("đến", "tới", "rời", "về đến", "về tới"),
        *("đến thủ đô", "tới thủ đô", "đặt chân đến", "đặt chân tới"),
    }
)
# Who travels with the leader named before an arrival: "… và Phu nhân", "… cùng đoàn
# đại biểu cấp cao Việt Nam" (folded text, up to the arrival word).
_PARTY_BEFORE = re.compile(
    r"\s+(?:và|cùng(?: với)?)\s+(?:phu nhân|đoàn)(?!\w)[^,.;:()“”\"]{0,60}\s"
)
_PLACE_AFTER = re.compile(rf"{_AIRPORT}\s+{CAPITAL}")  # a place's capital right after an arrival
# A message or a gift sent to someone ("chuyển lời thăm hỏi của Tổng Bí thư … tới Tổng
# thống …", "chuyển đơn của ông … đến Thanh tra Chính phủ"): no arrival (keyed).
_SENT_BEFORE = re.compile(
    r"(?<!\w)(?:gửi|chuyển|trao|tặng)(?:\s+\S+){0,2}?\s+(?:lời|thư|điện|thông điệp|đơn|quà)(?!\w)"
)
# Whose message a person named after it sent, their title between (keyed): "lời thăm hỏi
# của Tổng Bí thư …", "thư chúc mừng của …".
_MESSAGE_OF = re.compile(r"(?<!\w)(?:lời|thư|điện|thông điệp)(?:\s+\w+){0,3}\s+của\s+[^,.;:()]*$")
_MESSAGE_REACH = 80  # characters before a person where the message is read
# Whose trip, or who is invited, a few words before the person named (keyed).
_WHOSE_OR_INVITED = re.compile(r"(?<!\w)(?:của|mời)(?:\s+\S+){0,5}\s*$")


def _held_after(before: list[str], verbs: frozenset[str]) -> bool:
    """Whether the words ``before`` an event's word end with one of ``verbs``.

    A verb of one word or two: "dự Đại hội …", "khai mạc Ngày hội …".
    """
    return bool(before) and (before[-1] in verbs or " ".join(before[-2:]) in verbs)


def _inside(word: re.Match[str], others: list[re.Match[str]], starts: list[int]) -> bool:
    """Whether ``word`` lies within one of ``others`` ("đến" in "về đến", "đến thủ đô").

    ``others`` do not overlap and ``starts`` are their starts, in order: only the last
    one starting at or before the word may hold it.
    """
    index = bisect.bisect_right(starts, word.start()) - 1
    return index >= 0 and word.end() <= others[index].end()


def _after_report(date: DateMention | None, published: PartialDate | None) -> bool:
    """Whether an event's date begins days after the last day its report can be of.

    A day's margin: a report dated the evening before ("Chiều nay (6/1)" on the 5th, a
    visit that began past midnight) tells what has happened.
    """
    if date is None or date.date is None or published is None:
        return False
    # A difference, not a sum: a report of 9999-12-31 has no day after it.
    return (date.date.start - published.end).days > 1


def _told(article: Article) -> Iterator[Block]:
    """The blocks of ``article``, less those that point to other articles or repeat.

    A line "Xem thêm: …", and the headlines listed under one on a line of its own ("Tin
    liên quan:"), tell no event of the article's, and part none of its paragraphs; nor
    does a paragraph told again word for word (:func:`~doingoai.structure.told_once`).
    """
    listing = False
    for block in told_once(article.blocks):
        if _ELSEWHERE_LINE.match(block.text):
            listing = len(block.text) <= _ELSEWHERE_CUE_ALONE
            continue
        if (
            listing
            and block.kind is not BlockKind.CAPTION
            and all(map(_listed, block.text.splitlines()))
        ):
            continue
        listing = False
        yield block


def _sentences(blocks: Iterable[Block], text: str) -> Iterator[tuple[int, int, BlockKind]]:
    for block in blocks:
        if block.kind in (BlockKind.LINK, BlockKind.IMAGE):
            continue
        end = block.span.end
        if block.kind is BlockKind.CAPTION:
            cut = credit_start(block.text)
            if cut is not None:
                end = block.span.start + cut
        for found in SENTENCE.finditer(text, block.span.start, end):
            if found.group().strip():
                # "… viếng Lăng Chủ tịch Hồ Chí Minh (Ảnh: …)." run into a paragraph: a
                # photo's caption all the same.
                credited = block.kind is not BlockKind.CAPTION and ends_with_credit(found.group())
                yield found.start(), found.end(), BlockKind.CAPTION if credited else block.kind


class _Extraction:
    def __init__(
        self,
        article: Article,
        lexicon: Lexicon,
        speakers: tuple[Speaker, ...],
        statements: tuple[Statement, ...],
    ) -> None:
        self.article = article
        self.text = article.text
        self.analysis = analysis_of(article.text)
        self.keyed = self.analysis.keyed
        self.arrivals = Found(_ARRIVAL, article.text)  # the bare "đến", "tới" before a capital
        self.lexicon = lexicon
        self.speakers = speakers
        self.statements = statements
        # The late ("cố …"), and those the text tells have died ("… việc Tổng Bí thư
        # Nguyễn Phú Trọng từ trần"): no one's host, guest or participant.
        self.deceased = {
            speaker.key
            for speaker in speakers
            if speaker.deceased
            or any(_DIED_AFTER.match(self.keyed, mention.end) for mention in speaker.mentions)
        }
        self.mentions = Mentions(speakers)
        self.first_mention: dict[str, int] = {}
        for start, _, key in self.mentions:
            self.first_mention.setdefault(key, start)
        self._dates: dict[tuple[int, int], list[DateMention]] = {}
        # Per sentence: where its first day told ends, and where it is first told of after
        # that (see counts), read once however many meeting words the sentence holds.
        self._told_days: dict[tuple[int, int], tuple[int, int] | None] = {}
        # By the part of text read: where the place starts, and the place.
        self._places: dict[tuple[int, int], tuple[int, str] | None] = {}
        self._told: dict[int, tuple[int, tuple[int, str]] | None] = {}  # by meeting word
        self._spoken: dict[int, bool] = {}  # the same, for spoken_of
        self._hosts: dict[int, tuple[int, Mention] | None] = {}  # by meeting word
        # Without a header, a page's own dateline ("14/02/2020 11:36") gives the year.
        self.reference = (
            article.published or dateline(article.text) or latest_full_date(article.text)
        )
        self.blocks = list(_told(article))
        self.sentences = list(_sentences(self.blocks, article.text))
        opening = _other_event_pattern(lexicon)
        # The lead sets the scene ("Trong khuôn khổ chuyến thăm …, Thủ tướng hội đàm …"):
        # only later paragraphs move to another event.
        self.elsewhere = Ranges(
            (block.span.start, block.span.end)
            for block in self.blocks
            if block.kind is not BlockKind.LEAD and opening.match(self.keyed, block.span.start)
        )
        self.titles = {
            speaker.key: tuple(match_key(title.text) for title in speaker.titles)
            for speaker in speakers
        }
        # Titles with a posting ("Chủ tịch Phòng Thương mại … Nhật Bản tại Việt Nam"):
        # their "tại" says where the post is, not where an event was.
        self.postings = {
            title.text for speaker in speakers for title in speaker.titles if " tại " in title.text
        }

    def in_posting(self, position: int) -> bool:
        """Whether ``position`` lies in a title with a posting, as a speaker's title reads."""
        for title in self.postings:
            found = self.text.rfind(title, max(0, position - len(title)), position + len(title))
            if found >= 0 and found <= position < found + len(title):
                return True
        return False

    def reports_another(self, candidate: _Candidate, date: DateMention | None) -> bool:
        """Whether a sentence after the main event's reports another event.

        It does with a date of its own, in a caption, or as a verb with its subject
        before it ("Tổng Bí thư hội đàm với …", "Thủ tướng tiếp …"); a noun about an
        event ("Đây là cuộc làm việc thứ hai …") refers back.
        """
        if date is not None:
            return True
        if not candidate.persons:
            return False
        if self.is_elsewhere(candidate.sentence[0]):
            return True  # "Cùng ngày, … Thủ tướng chủ trì phiên họp …": a new event
        word = self.keyed[candidate.trigger[0] : candidate.trigger[1]]
        before = self.keyed[max(0, candidate.trigger[0] - 12) : candidate.trigger[0]].split()
        noun = word.startswith(_NOUN_TRIGGERS) or bool(before and before[-1] in _NOUN_MARKERS)
        if noun and before and before[-1] in _NOUN_MARKERS:
            before = before[:-1]
        if before and (before[-1] in _AT_THE_EVENT or before[-2:] in _BEFORE_AFTER):
            # "… phát biểu tại buổi làm việc", "… nói tại cuộc họp báo sau hội đàm":
            # an event already reported, named as the time or the place.
            return False
        if candidate.block is BlockKind.CAPTION:
            return True
        named = self.text[candidate.trigger[0]].isupper() and candidate.kind in _NAMED_KINDS
        if noun and not named:
            return False
        return any(position < candidate.trigger[0] for position, _ in candidate.persons)

    def is_elsewhere(self, position: int) -> bool:
        """Whether ``position`` is in a paragraph about another event ("Cùng ngày, …")."""
        return position in self.elsewhere

    def persons(self, start: int, end: int) -> list[tuple[int, str]]:
        return [(s, key) for s, _, key in self.mentions.within(start, end)]

    def candidates(self) -> Iterator[_Candidate]:
        pattern = _trigger_pattern(self.lexicon)
        meeting_words = self.analysis.found(pattern)
        for start, end, kind in self.sentences:
            words = self.reread(pattern, meeting_words.within(start, end), end)
            arrivals = self.arrivals.within(start, end) if self.arrivals.every else []
            if arrivals:
                starts = [word.start() for word in words]
                words = sorted(
                    [*words, *(a for a in arrivals if not _inside(a, words, starts))],
                    key=lambda word: word.start(),
                )
            if not words:
                continue
            # One event per sentence: the most specific of its meeting words ("chủ trì lễ
            # đón và hội đàm với …" reports talks).
            best: tuple[tuple[bool, bool, float], re.Match[str]] | None = None
            visit: tuple[tuple[bool, bool, float], re.Match[str]] | None = None
            # "Nhân dịp dự Hội nghị …, … gặp …", "… gặp … nhân dịp kỷ niệm …": what an
            # occasion phrase names, up to its comma, is the setting.
            occasions = [
                phrase.span() for phrase in _OCCASION_PHRASE.finditer(self.keyed, start, end)
            ]
            if attending := _ATTENDING_FIRST.match(self.keyed, start, end):
                occasions.append(attending.span())
            doing = self.guest_doing(words, end)
            # A statement verb after the first meeting word that is no setting, if any.
            told_at: int | None = None
            met = False  # whether a meeting with someone was told before
            for found in words:
                word = found.group()
                if not self.counts(word, found.start(), found.end(), sentence=(start, end)):
                    continue
                # An event named as the setting ("Bên lề hội nghị, … gặp …", "Sau hội
                # đàm, … họp báo") yields to the event the sentence reports.
                setting = (
                    self.named_as_setting(word, start, found.start())
                    or any(low < found.start() < high for low, high in occasions)
                    or self.visitors_visit(words, found)
                    # "… tiếp Bộ trưởng … đang thăm … và đồng chủ trì Hội nghị …": what
                    # the guest is doing.
                    or doing < found.start()
                    # "… chủ trì họp báo, thông báo Việt Nam sẽ đăng cai Hội nghị …": what
                    # is told at the event.
                    or (told_at is not None and told_at < found.start())
                    # "… gặp Tổng thống Lula dự hội nghị": what the people met attend.
                    or (met and self.attended_by_them(start, found.start()))
                )
                found_kind = MeetingKind(self.lexicon.meeting_words[word])
                met = met or (not setting and found_kind in _MEETING_SOMEONE)
                if not setting and told_at is None:
                    told = statement_pattern(self.lexicon).search(self.keyed, found.end(), end)
                    told_at = told.start() if told is not None else end
                kind_rank: float = _PRIORITY.index(found_kind)
                if word in _CALLS:
                    kind_rank = _CALL_RANK  # "tiếp Đại sứ …, chào từ biệt": a reception
                # "Gặp Tổng thống …, Thủ tướng … chúc mừng …": a sentence that opens with
                # the event word reports that event, whatever it names later.
                rank = (setting, found.start() != start, kind_rank)
                if best is None or rank < best[0]:
                    best = (rank, found)
                if visit is None and found_kind is MeetingKind.VISIT:
                    visit = (rank, found)
            if best is not None and best[1].group() in _ARRIVALS and visit is not None:
                # "… đến Santiago trong khuôn khổ chuyến thăm chính thức Chile": the
                # arrival begins the visit the sentence names, which it reports.
                best = visit
            if (
                best is not None
                and visit is not None
                and not visit[0][0]
                and visit[1].end() < best[1].start()
                and (joint := _ATTENDS_TOO.search(self.keyed, visit[1].end(), best[1].start()))
                # Not "kết thúc chuyến thăm … và tham dự …" (the trip, named), nor "mời
                # Tổng thống … sang thăm … và dự …" (someone else's, asked for).
                and not _TRIP_OR_INVITATION.search(self.keyed, start, visit[1].end())
            ):
                # "… thăm làm việc Nhật Bản, dự Hội nghị Thượng đỉnh G7 mở rộng từ ngày 19
                # đến 21/5": the visit, told first, then what the visitor attends on it;
                # the day at the end is the trip's.
                yield _Candidate(
                    MeetingKind.VISIT, (start, end), visit[1].span(), kind, self.persons(start, end)
                )
                attended = best[1]
                yield _Candidate(
                    MeetingKind(self.lexicon.meeting_words[attended.group()]),
                    (joint.start(), end),
                    attended.span(),
                    kind,
                    self.persons(joint.start(), end),
                    parent=start,
                    attended=True,
                )
                continue
            if best is not None:
                found = best[1]
                meeting_kind = MeetingKind(self.lexicon.meeting_words[found.group()])
                more = self.more_events(pattern, found, end) if not best[0][0] else []
                stops = [clause for clause, _ in more] + [end]
                yield _Candidate(
                    meeting_kind,
                    (start, stops[0]),
                    found.span(),
                    kind,
                    self.persons(start, stops[0]),
                )
                for (clause, other), stop in zip(more, stops[1:], strict=True):
                    yield _Candidate(
                        MeetingKind(self.lexicon.meeting_words[other.group()]),
                        (clause, stop),
                        other.span(),
                        kind,
                        self.persons(clause, stop),
                        parent=start,
                    )

    def reread(
        self, pattern: re.Pattern[str], words: list[re.Match[str]], end: int
    ) -> list[re.Match[str]]:
        """The meeting words, with those whose "hội" ends the word before read again.

        "Quốc hội thảo luận ở tổ", "Đại hội thảo luận", "cơ hội đàm phán": the "hội"
        ends the word before, and the rest opens another word; read from there, "thảo
        luận ở tổ" is a sitting, "đàm phán" no meeting word.
        """
        if not any(self.ends_a_word(word) for word in words):
            return words  # most sentences have none
        read: list[re.Match[str]] = []
        for word in words:
            if read and word.start() < read[-1].end():
                continue  # inside the word read again
            if self.ends_a_word(word):
                again = pattern.search(self.keyed, word.start() + len("hội "), end)
                if again is not None and again.start() < word.end():
                    read.append(again)
                continue
            read.append(word)
        return read

    def ends_a_word(self, word: re.Match[str]) -> bool:
        """Whether the meeting word opens with a "hội" that ends the word before it."""
        if not word.group().startswith("hội "):
            return False
        before = self.keyed[max(0, word.start() - 8) : word.start()].split()
        return bool(before) and before[-1] in _BEFORE_HOI

    def told_day(self, sentence: tuple[int, int]) -> tuple[int, int] | None:
        """Where the sentence's first day ends and where a telling first follows it.

        The telling's place is the sentence's end when no one tells of anything; None
        when the sentence tells no day.
        """
        if sentence not in self._told_days:
            days = [
                mention.span.end
                for mention in self.dated(*sentence)
                if mention.date is not None and mention.date.day is not None
            ]
            told = (
                statement_pattern(self.lexicon).search(self.keyed, days[0], sentence[1])
                if days
                else None
            )
            self._told_days[sentence] = (
                (days[0], told.start() if told is not None else sentence[1]) if days else None
            )
        return self._told_days[sentence]

    def attended_by_them(self, start: int, position: int) -> bool:
        """Whether ``dự`` right before ``position`` tells what the people met attend.

        "gặp lãnh đạo các nước dự hội nghị" (also ``tham dự``); not another event of the
        subject: "gặp …, dự hội nghị", "gặp … và dự hội nghị".
        """
        before = self.keyed[max(start, position - 30) : position].split()
        if before[-1:] != ["dự"]:
            return False
        before = before[:-2] if before[-2:-1] == ["tham"] else before[:-1]
        return bool(before) and before[-1] != "và" and not before[-1].endswith((",", ";"))

    def named_as_setting(self, word: str, start: int, position: int) -> bool:
        """Whether the words before a meeting word make it a setting, not the event.

        "Bên lề hội nghị", "Sau hội đàm", "tại lễ …"; what is spoken of ("… thông tin
        về chuyến thăm của Thủ tướng", but "về thăm tỉnh …" is a visit); a time clause
        ("… ngay trước khi ông Viktor Orban lên đường tới Moscow, …").
        """
        keyed = self.keyed
        return (
            _SETTING.search(keyed, max(start, position - 20), position) is not None
            or (
                word != "thăm"
                and _ABOUT.search(keyed, max(start, position - _ABOUT_REACH), position) is not None
            )
            or _TIME_CLAUSE.search(keyed, max(start, position - 60), position) is not None
        )

    def more_events(
        self, pattern: re.Pattern[str], first: re.Match[str], end: int
    ) -> list[tuple[int, re.Match[str]]]:
        """Events told after the first in its sentence, each opening a clause.

        "… hội đàm với Tổng thống A, hội kiến Thủ tướng B và gặp Tổng thống C": each
        verb after ", " or " và " with the person it names. Returns (clause start, word).
        """
        found = []
        for other in self.analysis.found(pattern).within(first.end(), end):
            word = other.group()
            joint = self.keyed[max(0, other.start() - 4) : other.start()]
            if (
                not (joint.endswith(", ") or joint == " và ")
                or not self.counts(word, other.start(), other.end())
                # ", cuộc gặp được cho là …": the meeting told, named again
                or _REFERS_BACK.match(self.keyed, other.end(), end)
            ):
                continue
            kind = MeetingKind(self.lexicon.meeting_words[word])
            if kind not in _ONE_OF_SEVERAL or not self.mentions.starting_in(
                other.end(), min(end, other.end() + _TITLE_REACH)
            ):
                continue
            clause = other.start() - (2 if joint.endswith(", ") else 4)
            found.append((clause, other))
        return found

    def visitors_visit(self, words: list[re.Match[str]], found: re.Match[str]) -> bool:
        """Whether ``found`` is the visit of someone another meeting word names.

        "… chủ trì lễ đón chính thức Tổng thống Indonesia … thăm cấp Nhà nước Việt Nam":
        the visit is the guest's, the setting of the welcome the sentence reports.
        """
        if self.lexicon.meeting_words[found.group()] != MeetingKind.VISIT.value or not any(
            other.start() < found.start() for other in words
        ):
            return False
        named = self.mentions.within(max(0, found.start() - _TITLE_REACH), found.start())
        if not named:
            return False
        between = self.keyed[named[-1][1] : found.start()].split()
        # "… Tập Cận Bình cùng Phu nhân và Đoàn đại biểu cấp cao Trung Quốc thăm …": the
        # guest's companions, their words capitalised or a delegation's.
        written = self.text[named[-1][1] : found.start()].split()
        rest = 0
        while rest + 1 < len(between) and between[rest] in ("cùng", "và"):
            if between[rest + 1] not in _DELEGATION_WORDS:
                break
            rest += 1
            while rest < len(between) and (
                written[rest][:1].isupper() or between[rest] in _DELEGATION_WORDS
            ):
                rest += 1
        return all(word in _BEFORE_A_VISIT for word in between[rest:])

    def guest_doing(self, words: list[re.Match[str]], end: int) -> int:
        """Where a clause telling what someone the first event names is doing begins.

        "… tiếp Bộ trưởng Ngoại giao Australia Penny Wong đang thăm chính thức Việt Nam và
        đồng chủ trì Hội nghị …": meeting words after that "đang" are the guest's, the
        setting of the reception the sentence reports. The sentence's end when none.
        Read once for the sentence: each of its meeting words asks.
        """
        doing = self.keyed.find(" đang ", words[0].end(), end)
        if doing < 0 or not self.mentions.within(words[0].end(), doing):
            return end
        return doing

    def counts(
        self, word: str, start: int, end: int, *, sentence: tuple[int, int] | None = None
    ) -> bool:
        """Whether the meeting word at ``start`` reports an event.

        ``sentence`` is its sentence's span, for a word that needs a day told before it.
        """
        before = self.keyed[max(0, start - 16) : start].split()  # the last two words
        if before and before[-1] in _GROUP_BEFORE:
            # "các hội nghị đa phương": events in general; but "đã có các cuộc gặp với …",
            # "có hai buổi tiếp xúc …": events had, as "có cuộc gặp" is one.
            if before[-2:-1] != ["có"] or not word.startswith(_HELD_NOUNS):
                return False
            if before[-1] in _GROUP_HAD:
                return True
            # "đã có nhiều cuộc gặp": many, over the years; but on a day told before it
            # ("Ngày 18-11, …, Thủ tướng … đã có nhiều cuộc tiếp xúc …"), that day's, when
            # no one tells of them ("Chiều 3/5, … nhắc lại … đã có nhiều cuộc gặp").
            told_day = self.told_day(sentence) if sentence is not None else None
            return told_day is not None and told_day[0] <= start <= told_day[1]
        if before[-1:] == ["thường"] or before[-2:] == ["thường", "xuyên"]:
            return False  # "thường xuyên trao đổi qua điện thoại": a habit, not an event
        if _NOT_MET_BEFORE.search(self.keyed, max(0, start - _NOT_MET_REACH), start):
            return False  # "sẵn sàng gặp …", "từ chối tiếp …", "chưa gặp …": no event
        if _THANKED_FOR.search(
            self.keyed, max(sentence[0] if sentence else 0, start - _THANKED_REACH), start
        ):
            return False  # "cảm ơn … đã gửi điện chia buồn": thanked for, not told
        kind = self.lexicon.meeting_words.get(word)
        if kind == "thăm" and _INVITED_TO.search(
            self.keyed, max(sentence[0] if sentence else 0, start - _INVITED_REACH), start
        ):
            return False  # "… mời Chủ tịch Hạ viện … sớm thăm Việt Nam": asked, not held
        if kind in _PLAYED and self.sports_match(start, end):
            # "trận gặp Iraq", "U23 Iraq sẽ gặp U23 Nhật Bản", "trận đón tiếp Man City":
            # teams play.
            return False
        if (
            word in _CALLS
            and before
            and before[-1] in ("đến", "sang")
            and _RECEPTION_BEFORE.search(
                self.keyed, sentence[0] if sentence else max(0, start - _ASKING_REACH), start
            )
        ):
            # "tiếp …, đến chào xã giao": the visitor's purpose, not the event; but with
            # no reception told before it, the call is ("Đại sứ … đã đến chào xã giao …").
            return False
        if word == "tiếp" and before and before[-1] in _NOT_RECEIVING_BEFORE:
            # "Trực tiếp Palestine vs Hàn Quốc": live; "Đọc tiếp", "Chọn tiếp …": go on.
            return False
        if (
            word.startswith(("ban hành ", "ký "))
            and before[-1:]
            and before[-1] in _NOT_ISSUED_BEFORE
        ):
            # "đề xuất ban hành Quy định …", "cần ban hành …", "tiến tới ký Hiệp định …":
            # not issued, not signed.
            return False
        if before[-2:] == ["trung", "tâm"]:
            return False  # "tại Trung tâm Hội nghị Quốc gia": a place, not an event
        if before[-1:] == ["của"] and _document_pattern(self.lexicon).search(
            self.keyed, max(0, start - _CITED_REACH), start
        ):
            # "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 …": who
            # made a document cited, not an event.
            return False
        if (
            self.text[start].isupper()
            # In a line in capitals every word is: "… BÙI THANH SƠN TIẾP ĐẠI SỨ …".
            and not self.text[start:end].isupper()
            and self.in_title(start)
        ):
            return False  # "Chủ tịch Điều hành Diễn đàn Kinh tế thế giới": a body led
        if _NOT_ATTENDED.search(self.keyed, max(0, start - 30), start):
            return False  # "… không tham gia Hội nghị thượng đỉnh …": no one went
        if word in _ATTENDED_ONLY:
            # "dự Ngày hội Đại đoàn kết …", "chúc mừng Ngày hội …", "dự chương trình
            # nghệ thuật …": a festival or a gala attended, opened, held; not a day named
            # ("35 năm Ngày hội Quốc phòng toàn dân", "Ngày hội Gia đình Việt Nam (28/6)"),
            # "ngày hội của toàn dân", nor a programme aired ("phát trên chương trình …").
            return _held_after(before, _FESTIVAL_HELD)
        if word == "làm việc tại":
            # "Tổng Bí thư … làm việc tại tỉnh Hưng Yên": a visit's work, of the leader
            # named right before it; not a job held ("… vẫn làm việc tại Bộ …").
            return (
                bool(before) and before[-1] not in _A_JOB_BEFORE and self.named_right_before(start)
            )
        if word == "làm việc với" and (
            _WORKED_IN_MANNER.match(self.keyed, end)
            or _WORKED_ONCE.search(self.keyed, max(0, start - 16), start)
        ):
            # "… vẫn làm việc với mong muốn đóng góp …", "với tinh thần …": how one works;
            # "những người từng làm việc với ông …", "đã có dịp làm việc với …": one's
            # experience, not a session.
            return False
        if word == "làm việc cùng":
            # "Tổng Bí thư … đã làm việc cùng các vị lãnh đạo …": the leader named right
            # before it; not "làm việc cùng nhau", working together.
            return not self.keyed.startswith(" nhau", end) and self.named_right_before(start)
        if word == "đại hội":
            # "… dự Đại hội Đảng bộ …", "khai mạc Đại hội …": attended, opened, closed;
            # not a congress cited or spoken of ("Nghị quyết Đại hội XIII", "chúc Đại hội
            # thành công").
            return _held_after(before, _CONGRESS_HELD)
        if (
            word in _DONE_BY_NAMED
            or word in _INSPECTIONS
            or word in self.lexicon.announcement_words
        ):
            # "Phó Thủ tướng … họp với các bộ": chaired by the leader named right before
            # it; "tụ họp với nhóm bạn", "nhóm họp với khách hàng" are no meeting. So a
            # dialogue ("Thủ tướng … đối thoại với thanh niên", not "giải quyết … thông
            # qua đối thoại với …") and an inspection ("Bí thư Thành ủy … đã đi kiểm tra
            # tiến độ dự án …"), not "mang đi kiểm tra", "lực lượng … đi kiểm tra"; a
            # ribbon cut by the leader ("Thủ tướng … cắt băng khánh thành …"), not by
            # whoever a phrase before names ("Lễ kỷ niệm ngày sinh của … và cắt băng …");
            # comfort brought in person ("Thủ tướng … thăm hỏi, động viên …"), not "gửi
            # lời thăm hỏi"; incense lit by a leader ("Chủ tịch nước … đã đến thắp hương
            # …"), not by whoever ("anh có thắp hương khấn …"); nor an inspection listed
            # as a task ("- Kiểm tra công trường đang thi công, …"). An announcement
            # or an office taken in a time clause is when something else happens ("…
            # trước khi ông Trump nhậm chức", "cho đến khi …": yet to come), and one made
            # again and again or once before is no news ("… nhiều lần tuyên bố …").
            if word not in self.lexicon.announcement_words:
                return self.named_right_before(start)
            # The Politburo, a parliament, a government may announce, appoint or elect
            # as a leader does ("Bộ Chính trị quyết định điều động …", "Quốc hội Nhật
            # Bản bầu ông … làm Thủ tướng").
            return (
                self.named_right_before(start)
                or _ANNOUNCING_BODY.search(self.keyed, max(0, start - 60), start) is not None
            ) and _NOT_NEWS_BEFORE.search(self.keyed, max(0, start - 80), start) is None
        if word in _ARRIVALS:
            # "Chủ tịch nước … đã đến Thủ đô Viêng Chăn": someone's, at a place named.
            if _PLACE_AFTER.match(self.text, end) is None:
                return False
            if word == "rời" and not self.known_place_at(end + 1):
                return False  # "… rời Bộ Công an": a post left, no journey
            if sentence is not None and _SENT_BEFORE.search(
                self.keyed, max(sentence[0], start - _SENT_REACH), start
            ):
                return False
            persons = self.mentions.within(max(0, start - 2 * _TITLE_REACH), start)
            if persons and _WHOSE_OR_INVITED.search(
                self.keyed, max(0, persons[-1][0] - _TITLE_REACH), persons[-1][0]
            ):
                # "chuyến công du của Thủ tướng … tới Moscow": a trip spoken of; "mời ông
                # … đến Ukraine": an invitation. No one arrives.
                return False
            return self.traveller_before(start)
        if word not in _NEED_NAME_AFTER:
            return True
        if _EACH_OTHER.match(self.keyed, end):
            # "Tổng thống … và Chủ tịch … gặp nhau …": two named right before it.
            return (
                self.named_right_before(start)
                and " và " in self.keyed[max(0, start - 2 * _TITLE_REACH) : start]
            )
        if word in _RECEIVING and self.host(start) is not None:
            return True  # "… được Thủ tướng … tiếp tại …"
        # Whom it names is on its line: "Đọc tiếp" ends one, a heading may follow.
        after = _past_manner(self.text[end : end + 50].split("\n", 1)[0].split())
        if not after:
            return False
        if word == "gọi điện":
            # "gọi điện (thoại) cho Tổng thống …": a call to someone named, not "gọi điện
            # thoại cho trực ban" or "gọi điện cho họ".
            if after[0].lower() == "thoại" and after[1:]:
                after = after[1:]
            named = self.past_honorifics(after[1:])
            return after[0].lower() in ("cho", "với") and named[:1].isupper()
        if (
            word == "tiếp đón"
            and after[0].lower() not in _VISITOR_WORDS
            and not self.mentions.starting_in(end, end + _TITLE_REACH)
        ):
            # "tiếp đón Tổng thống …", "tiếp đón đoàn …"; a team at home "tiếp đón" its
            # guests too ("tiếp đón Brest trên sân nhà"): only someone named counts.
            return False
        if word == "trao tặng":
            # An honour is a ceremony ("trao tặng Huân chương Hữu nghị"); a gift is not.
            return match_key(after[0]) in _HONOURS
        if (
            word == "thăm"
            and (
                after[0].lower() in _THAM_AFTER | _THAM_WHOM
                or _PLACE_THEN_NAME.match(" ".join(after[:6]))  # "về thăm tỉnh Bắc Ninh"
                or (
                    after[0] == ","
                    and after[1:2]
                    and after[1].lower() in _THAM_THEN
                    and before[-1:] != []
                    # … or who, named right before it: "Chủ tịch nước … thăm, chúc Tết …"
                    and (before[-1] in _THAM_GOING or self.named_right_before(start))
                )
            )
        ):
            return True
        if word == "lễ":
            if before and before[-1] in _HOLIDAY_BEFORE:
                return False  # "ngày lễ", "nghỉ lễ", "nghi lễ": a holiday or a rite
            return after[0][:1].islower() and after[0].lower() not in ("hội", "tết")
        if after[0].lower() in _VISITOR_WORDS or (
            word in _RECEIVING and " ".join(after[:2]).lower() in _VISITORS
        ):
            # "tiếp đoàn đại biểu …"; "tiếp lãnh đạo một số tập đoàn …" (not "gặp lãnh đạo",
            # as often a rule's wording as an event).
            return True
        if word in ("đón", "chào đón"):
            # Someone welcomed, by post or by name ("đón Thủ tướng …", "đón ông …"); not
            # a season or a feast ("đón Tết", "đón Xuân", "đón Giao thừa").
            return self.names_someone(self.past_honorifics(after).split(), end)
        if word in _MEETING_PEOPLE:
            # "gặp cộng đồng người Việt …", "thăm bà con …", "tiếp các nhà đầu tư …",
            # "gặp đại diện cộng đồng …": people met as a body.
            whom = [w.lower().rstrip(",.;:") for w in after[:5]]
            if whom[:2] == ["đại", "diện"]:
                whom = whom[2:]
            if " ".join(whom[:2]) in _COMMUNITIES or (
                whom[:1] and whom[0] in _GROUP_OF and " ".join(whom[1:3]) in _TRADES
            ):
                return True
        if after[0].lower() in _GROUP_OF and len(after) > 1:
            # "tiếp các đại sứ …", "gặp hai Thứ trưởng": a group named by its post.
            one, two = match_key(after[1]), match_key(" ".join(after[1:3]))
            if one in self.lexicon.roles or two in self.lexicon.roles:
                return True
        # "tiếp bà Caroline Tan", "gặp các Đại sứ", "tiếp đồng chí …": the name after.
        named = self.past_honorifics(after)
        if self.text[start:end].isupper():
            # In a line in capitals a capital says nothing ("… TIẾP TỤC DỨT ĐIỂM"): a
            # post must follow ("TIẾP ĐẠI SỨ …").
            return self.names_someone(named.split(), end)
        # "tiếp đại sứ Mỹ Marc Knapper": a post in lower case, as some outlets write it,
        # then the person it names; not leaders or envoys as a body ("gặp lãnh đạo …").
        return named[:1].isupper() or (
            " ".join(named.split()[:2]).lower() not in _VISITORS
            and self.names_someone(named.split(), end)
            and (
                bool(self.mentions.starting_in(end, end + _TITLE_REACH))
                # "tiếp đại sứ Bồ Đào Nha …": the post of a country or a body, one holder.
                or self.post_of_someone(named.split())
            )
        )

    def post_of_someone(self, words: list[str]) -> bool:
        """Whether ``words`` open with a post in lower case, then a capitalised word.

        "đại sứ Bồ Đào Nha", "bộ trưởng Ngoại giao Lào": the post's one holder, unnamed.
        """
        size = self.post_length(words)
        return 0 < size < len(words) and words[size][:1].isupper()

    def post_length(self, words: list[str]) -> int:
        """How many of ``words`` the longest post or rank they open takes (0 for none).

        A post ends at its comma: "Tổng Bí thư, Chủ tịch nước …" opens with one word's.
        """
        for size in (4, 3, 2, 1):
            post = match_key(" ".join(words[:size]).rstrip(",;:"))
            if post in self.lexicon.roles or post in self.lexicon.ranks:
                return size
        return 0

    def in_title(self, start: int) -> bool:
        """Whether a role, and a capitalised word after it if any, come right before ``start``.

        "gặp Giáo sư Klaus Schwab, người sáng lập và Chủ tịch Điều hành Diễn đàn Kinh tế
        thế giới": the forum is the body of a post, not an event held.
        """
        words = self.text[max(0, start - _ROLE_REACH) : start].split()[-_ROLE_WORDS:]
        for first in range(len(words)):
            for size in (3, 2, 1):
                role = words[first : first + size]
                if (
                    len(role) == size
                    and role[0][:1].isupper()
                    and match_key(" ".join(role)) in self.lexicon.roles
                    and all(word[:1].isupper() for word in words[first + size :][:1])
                ):
                    return True
        return False

    def names_someone(self, words: list[str], end: int) -> bool:
        """Whether ``words``, right after ``end``, open a post or a person's name."""
        if words[:1] and words[0].lower() in STATUS_WORDS:
            words = words[1:]  # "thăm nguyên Chủ tịch nước …": a former holder of a post
        if self.post_length(words):
            return True
        if not words:
            return False
        first = self.mentions.first_from(end)
        return first is not None and first[0] == self.text.find(words[0], end)

    def same_act(self, candidate: _Candidate, main: _Candidate | None) -> bool:
        """Whether a ceremony may be the main one told again: not a welcome and an award.

        Meetings of other kinds, and ceremonies named by no act ("buổi lễ"), may be.
        """
        if candidate.kind is not MeetingKind.CEREMONY or main is None:
            return True
        acts = {_ACTS.get(self.keyed[slice(*c.trigger)]) for c in (candidate, main)}
        return len(acts - {None}) <= 1

    def past_honorifics(self, words: list[str]) -> str:
        """The words from the first past the honorifics and callings before a name.

        "ông …", "các đồng chí …", and any of the lexicon's: "tỷ phú Elon Musk",
        "nhà báo …", "GS. …".
        """
        honorifics = self.lexicon.honorifics
        while words:
            size = next(
                (
                    size
                    for size in (3, 2, 1)
                    if match_key(" ".join(words[:size]).rstrip(".")) in honorifics
                    or (size == 1 and words[0].lower() in _GROUP_BEFORE_NAME)
                ),
                0,
            )
            if not size:
                break
            words = words[size:]
        return " ".join(words)

    def sports_match(self, start: int, end: int) -> bool:
        """Whether the encounter word at ``start`` tells of teams playing, not people meeting.

        In a match ("trận đấu gặp Chelsea", "trận Croatia gặp Italy"), or between teams
        ("Tuyển Indonesia gặp Australia", "… gặp U23 Guinea", "cuộc gặp gỡ giữa hai
        đội"); but a leader named right before it meets the team ("Thủ tướng gặp đội
        tuyển …").
        """
        floor = max(0, start - _MATCH_REACH)
        if _MATCH_BEFORE.search(self.keyed, floor, start):
            return True
        teams = _TEAM_BEFORE.search(self.keyed, floor, start) or _TEAM_AFTER.match(self.keyed, end)
        return teams is not None and not self.named_right_before(start)

    def named_right_before(self, position: int) -> bool:
        """Whether someone is named right before ``position``, only adverbs between.

        And the word of going there: "Chủ tịch nước … đã đến thắp hương …"; or a day
        told: "Tổng thống Hàn Quốc … ngày 3/12 tuyên bố …", "… tối 3/12 đã tuyên bố …".
        """
        named = self.mentions.within(max(0, position - _TITLE_REACH), position)
        return bool(named) and all(
            word in self.lexicon.adverbs or word in _GOING
            for word in self.gap_words(named[-1][1], position)
        )

    def gap_words(self, start: int, end: int) -> list[str]:
        """The folded words between ``start`` and ``end``, but for the days they tell."""
        words = self.keyed[start:end].split()
        if all(word in self.lexicon.adverbs for word in words):
            return words  # most gaps: no day to look for
        return without_days(self.text, self.reference, start, end, self.keyed).split()

    def known_place_at(self, position: int) -> bool:
        """Whether a capital, an airport or a place or country of the lexicon opens there."""
        if self.keyed.startswith(_PLACE_KINDS, position):
            return True
        words = self.keyed[position : position + 60].split()
        places, countries = self.lexicon.places, self.lexicon.countries
        return any(
            (phrase := " ".join(words[:size]).rstrip(",.;:")) in places or phrase in countries
            for size in (1, 2, 3, 4)
        )

    def traveller_before(self, position: int) -> bool:
        """Whether someone is named right before the arrival word at ``position``.

        Only adverbs between ("… đã đến Bình Nhưỡng"), or the party travelling with them
        ("Chủ tịch nước … và đoàn công tác đã đến Thủ đô …", "… và Phu nhân về đến Hà
        Nội"), or a day told ("Tổng thư ký NATO Mark Rutte hôm qua (3/10) tới Kiev").
        """
        named = self.mentions.within(max(0, position - 2 * _TITLE_REACH), position)
        if not named:
            return False
        gap_start = named[-1][1]
        party = _PARTY_BEFORE.match(self.keyed, gap_start, position)
        if party is not None and party.end() == position:
            return True
        return all(word in self.lexicon.adverbs for word in self.gap_words(gap_start, position))

    def host(self, trigger: int) -> tuple[int, Mention] | None:
        """Who receives in a passive "… được Thủ tướng … tiếp", and where "được" starts.

        The host is the first person named after "được", with only their title or an
        honorific before them; the last person named ends right before the word,
        and the word ends its clause or says where, when or how. Asked for the word's
        count, chair and counterpart, it is found once.
        """
        if trigger not in self._hosts:
            self._hosts[trigger] = self._passive_host(trigger)
        return self._hosts[trigger]

    def _passive_host(self, trigger: int) -> tuple[int, Mention] | None:
        word = _trigger_pattern(self.lexicon).match(self.keyed, trigger)
        if word is None or word.group() not in _RECEIVING:
            return None
        after = self.keyed[word.end() : word.end() + 20].split()
        if after and after[0].strip(",.;:") not in _AFTER_A_RECEPTION and after[0][0].isalnum():
            return None
        reach = max(0, trigger - 2 * _TITLE_REACH)
        passive = collections.deque(_PASSIVE.finditer(self.keyed, reach, trigger), maxlen=1)
        if not passive:
            return None
        said = passive[0]
        hosts = self.mentions.within(said.end(), trigger)
        if (
            not hosts
            or hosts[0][0] - said.end() > _TITLE_REACH
            or self.keyed[hosts[-1][1] : trigger].strip()
            or any(mark in self.keyed[said.end() : trigger] for mark in ",;:()")
        ):
            return None
        opener = self.text[said.end() : said.end() + 10].split()[:1]
        if not opener or not (opener[0][0].isupper() or opener[0] in _PASSIVE_HOST_OPENERS):
            return None
        return said.start(), hosts[0]

    def build(self, candidate: _Candidate, *, main: bool) -> Meeting:
        start, end = candidate.sentence
        trigger_start, trigger_end = candidate.trigger
        sentence_key = self.keyed[start:end]
        persons = candidate.persons
        counterpart, counterpart_span = self.counterpart(candidate)
        date = self.date_in(start, end, kind=candidate.kind, trigger=candidate.trigger)
        # Years back, a late leader was alive: "Tháng 2/1958, … Chủ tịch Hồ Chí Minh …".
        history = date is not None and self.years_back(date)
        chair = self.chair(candidate, counterpart_span, history=history)
        directed = self.directed(candidate)
        if directed is not None:
            chair = None  # the issuer directs it; who holds it is an organisation
            persons = [(p, key) for p, key in persons if p > directed]
        told_end = self.told_end(trigger_end, end)
        announced_end = self.announced_end(trigger_end, told_end)
        planned = (
            directed is not None
            # "… đã tổ chức họp báo, thông báo Lào sẽ để tang …": what is announced at the
            # event is ahead, the event is not.
            or (date is not None and date.planned and announced_end == told_end)
            # "… tổng thống sắp mãn nhiệm": the "sắp" describes a person, not the event;
            # "… hội đàm …, nói rằng … sẽ …": nor does a "sẽ" in what was said.
            or self.plans(start, announced_end)
            # "… thăm chính thức Chile và Peru từ ngày 9 đến 16-11" in a report of the 6th.
            or _after_report(date, self.article.published)
        )
        told = self.told(candidate)
        tellers: set[str] = set()
        # Who tells of the event, or speaks of it, was not at it.
        heard = told[0] if told else (trigger_start if self.spoken_of(candidate) else None)
        if heard is not None:
            tellers = {key for p, key in persons if p < heard}
            persons = [(p, key) for p, key in persons if p > heard]
        participants = [key for _, key in persons if key != chair and key not in self.deceased]
        # The article's people are at its main event, unless that event is one a "Trước
        # đó, …" paragraph reports (the article itself is about something else); nor is
        # who tells of it, though what they tell is a statement.
        if main and directed is None and not self.is_elsewhere(start):
            participants += [k for k in self.main_participants(chair) if k not in tellers]
        name = None
        if (
            candidate.kind in _NAMED_KINDS
            and self.text[trigger_start].isupper()
            and sentence_key[trigger_start - start : trigger_end - start] not in EVENT_VERBS
        ):
            stop = _NAME_END.search(self.text, trigger_end, end)
            until = stop.start() if stop else end
            closing = _CLOSING.get(self.text[trigger_start - 1 : trigger_start])
            if closing is not None and (shut := self.text.find(closing, trigger_end, until)) > 0:
                until = shut  # "… là “Hội nghị Diên Hồng” của …": the quotation's end
            name = _without_stray_quote(trimmed(self.text[trigger_start:until], " ,-–"))
            if len(name) <= trigger_end - trigger_start and len(name.split()) <= 2:
                name = None  # "Hội nghị được tổ chức …": the word alone names no event
        occasion = _OCCASION.search(self.text, start, end)
        return Meeting(
            kind=candidate.kind,
            span=Span(start, end),
            name=name,
            date=date.date if date else None,
            # "Đêm 3-3, Đại sứ … cho biết Chủ tịch nước … vừa gọi điện …": the night is when
            # the ambassador spoke; the call was that day, at an hour not told.
            part_of_day=(
                (
                    None
                    if told is not None and date.span.end <= told[0]
                    else date.part_of_day or self.part_after(date.span.end, trigger_start)
                )
                if date
                # Not the part of the day an announcement was made in.
                else self.part_of_day_in(self.announced(start, trigger_start) or start, end)
            ),
            # Not where the teller spoke, nor their posting ("Đại sứ tại Ukraine").
            location=shared(
                self.place(told[0] if told else start, end, trigger_end, kind=candidate.kind)
            ),
            chair=shared(chair),
            participants=self.in_mention_order(participants),
            counterpart=shared(counterpart),
            # "… nhân dịp #" at a text's end names no occasion: a word is needed.
            occasion=(
                what
                if occasion and says_something(what := occasion.group("what").strip())
                else None
            ),
            planned=planned,
            from_caption=candidate.block is BlockKind.CAPTION,
        )

    def told(self, candidate: _Candidate) -> tuple[int, tuple[int, str]] | None:
        """Where a teller's speech verb ends and the event's subject after it, if so."""
        trigger = candidate.trigger[0]
        if trigger in self._told:  # asked for the chair, then for the participants
            return self._told[trigger]
        told = self.told_before(candidate.sentence[0], trigger)
        subject = None
        if told is not None:
            before = [(p, k) for p, k in candidate.persons if p < trigger]
            subject = self.subject_after(told, before, trigger)
        found = self._told[trigger] = (
            (told, subject) if told is not None and subject is not None else None
        )
        return found

    def told_before(self, start: int, trigger: int) -> int | None:
        """Where the last speech verb between ``start`` and a meeting word ends, if any.

        Not one of an exchange ("nói chuyện với …", "trao đổi với …"): who it is with
        is no new subject; what follows a "rằng" after it is what was told.
        """
        told = collections.deque(
            statement_pattern(self.lexicon).finditer(self.keyed, start, trigger), maxlen=1
        )
        if not told:
            return None
        end = told[0].end()  # the last one
        if _EXCHANGE.match(self.keyed, end):
            said = SAID.search(self.keyed, end, trigger)  # "nói với … rằng …"
            return said.end() if said is not None else None
        return end

    def spoken_of(self, candidate: _Candidate) -> bool:
        """Whether the meeting word is a noun opening what a speaker says or is cited on.

        "… khẳng định, chuyến thăm có ý nghĩa …", "Theo ông Carl Thayer, cuộc gặp …":
        no person between the speech verb (or the attribution's comma) and the noun.
        """
        start, trigger = candidate.sentence[0], candidate.trigger[0]
        if trigger in self._spoken:  # asked for the chair, then for the participants
            return self._spoken[trigger]
        told = self.told_before(start, trigger)
        if told is None and _ACCORDING_TO.match(self.keyed, start):
            told = self.keyed.find(",", start, trigger) + 1 or None
        # The noun's marker is before the word, or the word's own ("chuyến thăm").
        spoken = None if told is None else _SPOKEN_OF.match(self.keyed, told, candidate.trigger[1])
        found = self._spoken[trigger] = spoken is not None and spoken.end() >= trigger
        return found

    def subject_after(
        self, told: int, persons: list[tuple[int, str]], trigger: int
    ) -> tuple[int, str] | None:
        """The person after a speech verb who is the meeting word's subject, if one is.

        The first of the people before the word with no comma between, the last of them
        a few words from it ("… Chủ tịch nước Nguyễn Xuân Phúc vừa gọi điện", "…
        Tổng thống Obama đồng ý tiếp"); not one named in passing ("… chính sách của Thủ
        tướng Kishida và thậm chí đã gặp …": the speaker met him).
        """
        after = [(p, k) for p, k in persons if p > told and "," not in self.keyed[p:trigger]]
        if not after:
            return None
        position, key = after[-1]
        between = self.keyed[self.mentions.end_of(position, key) : trigger]
        if len(between.split()) > _SUBJECT_GAP:
            return None
        return after[0]  # "Chủ tịch nước … và Chủ tịch Quốc hội … đã trao tặng": the first

    def directed(self, candidate: _Candidate) -> int | None:
        """Where a person's directive gives the event as a task, or None.

        "Thủ tướng … giao Bộ Ngoại giao chủ trì chuẩn bị Hội nghị …": a directive verb
        after a person, then a task verb, then the meeting word.
        """
        start, trigger = candidate.sentence[0], candidate.trigger[0]
        first_person = min((p for p, _ in candidate.persons), default=trigger)
        found = None
        for match in _directive_pattern(self.lexicon).finditer(self.keyed, start, trigger):
            if match.start() > first_person:
                found = max(found or 0, match.end())
        if found is None or not _TASK.search(self.keyed, found, trigger):
            return None
        return found

    def attendance(self, candidate: _Candidate) -> bool:
        """Whether the sentence opens with attendance: "Tham dự hội đàm có …".

        Not what the subject attends, up to a comma: "Dự Hội nghị APEC, … Thủ tướng …
        đã gặp …" reports the meeting.
        """
        before = self.keyed[candidate.sentence[0] : candidate.trigger[0]]
        opening = before.split()[:2]
        if opening[:1] == ["dự"] and opening[1:] and opening[1] in _DU_COMPOUNDS:
            return False  # "Dự kiến có …": plans, not attendance
        return (
            bool(opening)
            and "," not in before
            and (
                opening[0] in self.lexicon.attendance_verbs
                or " ".join(opening) in self.lexicon.attendance_verbs
            )
        )

    def chair(
        self, candidate: _Candidate, counterpart: tuple[int, int] | None, *, history: bool = False
    ) -> str | None:
        trigger_start = candidate.trigger[0]
        host = self.chaired_after(candidate) or self.presented_to(candidate)
        if host is not None:
            return host
        if self.keyed.startswith("trình", trigger_start):
            return None  # "Đại sứ … đã trình Quốc thư.": who presents them holds nothing
        if self.attendance(candidate):
            return None  # "Tham dự hội đàm có …": who attends, not who chairs
        received = self.host(trigger_start)
        if received is not None:
            return received[1][2]  # "… được Thủ tướng … tiếp": the host
        chaired = _CHAIRED_BY.search(self.keyed, *candidate.sentence)
        if chaired is not None:
            # "Hội nghị diễn ra dưới sự chủ trì của Thủ tướng …": the first person after.
            first = self.named_soon_after(chaired.end())
            if first is not None:
                return first[2]
        # The subject is in the clause of the meeting word: "Theo lời mời của …, Tổng Bí
        # thư Tô Lâm sẽ thăm …" is Tô Lâm's visit.
        clause = max(
            self.text.rfind(", ", candidate.sentence[0], trigger_start),
            self.text.rfind("; ", candidate.sentence[0], trigger_start),
        )
        # One of the dead only as the clause's subject ("…, Đại tướng Võ Nguyên Giáp có
        # cơ duyên gặp gỡ …") or in a story of their own time; not named before it
        # ("Nhân kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, … dâng hương …").
        before = [
            (p, k)
            for p, k in candidate.persons
            if p < trigger_start and (history or p > clause or k not in self.deceased)
        ]
        told = self.told(candidate)
        speaker = None  # who speaks of the event, and so holds none of it
        if told is not None:
            # "Đại sứ … cho biết Chủ tịch nước … vừa gọi điện …": who tells is not who
            # calls; the subject after the speech verb is.
            before = [told[1]]
        elif self.spoken_of(candidate):
            # "Giáo sư … khẳng định, chuyến thăm của Tổng thống …": who speaks of a visit
            # does not make it; whose it is ("của …") is read after the word.
            before, speaker = [], trigger_start
        in_clause = self.listed_with(
            [(p, k) for p, k in before if p > clause], before, candidate.sentence[0]
        )
        present = None  # "Tỷ phú Elon Musk tại lễ nhậm chức của Tổng thống …": a guest
        if before:
            position, key = (in_clause or before)[0]
            end = self.mentions.end_of(position, key)
            between = self.keyed[end:trigger_start].split()
            if candidate.kind is MeetingKind.VISIT and (
                welcomed := _WELCOME_SAID.search(self.keyed, end, trigger_start)
            ):
                # "Tổng thống … chào mừng Tổng Bí thư … thăm cấp Nhà nước …": the guest's
                # visit, whom the subject welcomes.
                guest = self.mentions.first_from(welcomed.end())
                if guest is not None and guest[0] < trigger_start:
                    return guest[2]
            # "Thủ tướng … dự Hội nghị …": attends, does not chair; but "… sẽ tham dự các
            # sự kiện … và thăm cấp nhà nước Cuba": the visit is a verb of its own (not
            # "dự lễ khánh thành và hội nghị …": two things attended).
            own_verb = between[-1:] == ["và"] and candidate.kind in _VERB_KINDS
            # "… dự và chủ trì hội nghị …": who attends and chairs, chairs.
            own_verb = own_verb or "chủ trì" in " ".join(between[-3:])
            # The attending verb may open the meeting's words: "dự khởi công …".
            attending = between + self.keyed[trigger_start : candidate.trigger[1]].split()[:1]
            if not own_verb and any(
                word in self.lexicon.attendance_verbs and later not in _DU_COMPOUNDS
                for word, later in itertools.zip_longest(attending, attending[1:], fillvalue="")
            ):
                return None
            if (
                between[-1:] == ["được"]
                and candidate.kind is MeetingKind.CEREMONY
                and between[-2:-1] != ["dự"]  # "vinh dự được …": an honour of one's own
                and not {"mừng", "vui", "hạnh"} & set(between[-3:-1])
            ):
                # "Đại sứ … vừa được trao tặng Huân chương …": who receives it, not who
                # gives it (but "vui mừng được dự lễ …" is glad to).
                return None
            if between != ["tại"] or not _OWNED_BY.match(self.keyed, candidate.trigger[1]):
                return key
            present = key
        # The first word of receiving after the meeting word, sought once: a person after
        # it receives ("… trao Quyết định … cho đồng chí …"), and does not give.
        recipient = _RECIPIENT.search(self.text, trigger_start, candidate.sentence[1])
        # Who is met is never who meets, though a pronoun later in the sentence may
        # stand for them ("Cuộc gặp của ông … với Tổng thống …, sau khi cận vệ của ông …").
        met = (
            {
                key
                for position, key in candidate.persons
                if counterpart[0] <= position < counterpart[1]
            }
            if counterpart is not None
            else set()
        )
        for position, key in candidate.persons:
            if key == present or key in met or (speaker is not None and position < speaker):
                continue
            if key in self.deceased and not history:
                continue  # "… dâng hoa tại tượng đài Chủ tịch Hồ Chí Minh": no host
            if recipient is not None and recipient.end() <= position:  # lower case: not "Cho"
                continue
            return key
        return None

    def chaired_after(self, candidate: _Candidate) -> str | None:
        """Who "do … chủ trì" names right after the meeting word, if anyone.

        "Thủ tướng … dự tiệc do Thủ tướng Nhật Bản … chủ trì": the host is the one after
        "do", not the subject who attends.
        """
        trigger_end, end = candidate.trigger[1], candidate.sentence[1]
        by = _DONE_BY.match(self.keyed, trigger_end, end)
        if by is None and self.text[candidate.trigger[0]].isupper():
            # "… Hội nghị thượng đỉnh trực tuyến Mekong - Lan Thương lần thứ 4 do …": a
            # name longer than four words ends at its "do".
            stop = _NAME_END.search(self.text, trigger_end, end)
            if stop is not None and self.keyed.startswith(" do ", stop.start()):
                by = _DONE_BY.match(self.keyed, stop.start(), end)
        if by is None:
            return None
        first = self.named_soon_after(by.end())
        if first is None:
            return None
        return first[2] if _CHAIRS_AFTER_NAME.match(self.keyed, first[1], end) else None

    def presented_to(self, candidate: _Candidate) -> str | None:
        """Who credentials are presented to ("trình Quốc thư lên …"): the ceremony's host.

        "Đại sứ Pháp … trình Quốc thư lên Chủ tịch nước …": the head of state holds it,
        the ambassador who presents them takes part.
        """
        trigger_start, trigger_end = candidate.trigger
        if not self.keyed.startswith("trình", trigger_start):
            return None
        to = _PRESENTED_TO.match(self.keyed, trigger_end, candidate.sentence[1])
        first = self.named_soon_after(to.end()) if to is not None else None
        return first[2] if first is not None else None

    def named_soon_after(self, position: int) -> Mention | None:
        """The first person named after ``position``, a title's length from it at most."""
        first = self.mentions.first_from(position)
        return first if first is not None and first[0] - position <= _TITLE_REACH else None

    def listed_with(
        self, in_clause: list[tuple[int, str]], before: list[tuple[int, str]], start: int
    ) -> list[tuple[int, str]]:
        """The people of a clause, with those listed before it by commas.

        "Tổng Bí thư … Tô Lâm, Thủ tướng … Phạm Minh Chính, Chủ tịch Quốc hội … đã gửi
        điện mừng": leaders named one after another, each after a comma and only their
        title, are one subject, and the first leads; not one named in a phrase of its
        own ("Theo lời mời của Thủ tướng Anthony Albanese, Thủ tướng … thăm …").
        """
        if not in_clause:
            return in_clause
        first = index = before.index(in_clause[0])
        while index > 0:
            previous, (position, key) = before[index - 1], before[index]
            gap = self.keyed[self.mentions.end_of(*previous) : position]
            if not gap.startswith(", ") or gap[2:].strip() not in self.titles.get(key, ()):
                break
            comma = self.keyed.rfind(", ", start, previous[0])
            lead = self.keyed[comma + 2 if comma >= 0 else start : previous[0]]
            if lead.strip() and lead.strip() not in self.titles.get(previous[1], ()):
                break
            if self.invites(start, previous[0]):
                break  # "Theo lời mời của Tổng Bí thư, Chủ tịch nước Tô Lâm, Tổng thống …"
            index -= 1
        return before[index:first] + in_clause

    def invites(self, start: int, position: int) -> bool:
        """Whether the person named at ``position`` is the inviter of "lời mời của …".

        Only their titles (and the commas between them) may lie between.
        """
        invitation = self.keyed.rfind(_INVITED_BY, start, position)
        return invitation >= 0 and not self.mentions.within(invitation, position)

    def counterpart(self, candidate: _Candidate) -> tuple[str | None, tuple[int, int] | None]:
        end = candidate.sentence[1]
        trigger_start, trigger_end = candidate.trigger
        received = self.host(trigger_start)
        if received is not None:
            # "Chiều 11/11, Đại sứ … Choi Young Sam đã được Thủ tướng … tiếp": the guest
            # is the clause's subject, before "được" and its adverbs.
            start = candidate.sentence[0]
            comma = self.text.rfind(", ", start, received[0])
            begin = comma + 2 if comma >= 0 else start
            words = self.text[begin : received[0]].split()
            while words and match_key(words[-1]) in self.lexicon.adverbs:
                words.pop()
            if words[-1:] == ["và"] or len(words) > _MOST_GUEST_WORDS:
                # "ông … trở thành … đầu tiên thăm Hoa Kỳ và được …": the subject's name.
                named = self.mentions.within(begin, received[0])
                if not named:
                    return None, None
                first_start, first_end, _ = named[0]
                return self.text[first_start:first_end], (first_start, first_end)
            if not words:
                return None, None
            return " ".join(words), (begin, received[0])
        if _REFERS_BACK.match(self.text, trigger_end, end):
            return None, None
        if _EACH_OTHER.match(self.keyed, trigger_end, end):
            return self.second_subject(candidate.sentence[0], trigger_start)
        # "gặp Ngoại trưởng …", "hội kiến Tổng thống …": whom, right after the word.
        # "gặp gỡ với", "cuộc gặp song phương với", "gặp riêng với": whom, after "với".
        # "… đón Thủ tướng …": whom a welcome names, too.
        welcome = self.keyed[trigger_start:trigger_end] in _WELCOMES
        meal = candidate.kind is MeetingKind.BANQUET
        direct = (
            (candidate.kind in _DIRECT_OBJECT or welcome or meal)
            and not re.match(
                r"\s+(?:(?:gỡ|riêng|song phương)\s+)?với\s", self.keyed[trigger_end:end]
            )
            and not self.described_then_with(trigger_start, trigger_end, end)
        )
        if candidate.kind is MeetingKind.RECEPTION or direct:
            begin = trigger_end
            if self.keyed[trigger_start:trigger_end].split()[-1] == "gặp":
                # "cuộc gặp gỡ thân mật", "cuộc gặp đầu tiên giữa … và …": the rest of
                # the word and what the meeting was like, not whom.
                described = _MEETING_DESCRIBED.match(self.keyed, begin, end)
                begin = described.end() if described else begin
            if manner := _MANNER.match(self.keyed, begin, end) or (
                welcome and _WELCOME_MANNER.match(self.keyed, begin, end)
            ):
                begin = manner.end()  # "tiếp thân mật Đại sứ …": whom, past how
            if meal:
                manner = _MEAL_MANNER.match(self.keyed, begin, end)
                begin = manner.end() if manner else begin
                if not self.text[begin:end].lstrip()[:1].isupper():
                    return None, None  # "chiêu đãi các đại biểu", "tiệc chiêu đãi do …"
            if direct and (
                then := _THEN_GREET.match(self.text, begin, end)
                or _NOUN_OF.match(self.text, begin, end)
            ):
                begin = then.end()
            elif direct and _NO_OBJECT.match(self.text, begin, end):
                return None, None
        else:
            # From the word's start: "làm việc với" holds its "với".
            called = (
                _CALLED.match(self.keyed, trigger_end, end)
                if candidate.kind is MeetingKind.PHONE_CALL
                else None
            )
            if called is not None:
                return self.called(called.end(), end)  # "gọi điện cho …", not a "với" after
            with_word = _WITH.search(self.text, trigger_start, min(end, trigger_end + 40))
            if with_word is None or _NOT_WITH_WHOM.match(self.keyed, with_word.end(), end):
                # "với sự tham dự của …": attendance, not a counterpart; "với chủ đề …",
                # "với quy mô …": what the event is about, or how big.
                return None, None
            begin = with_word.end()
        found = _COUNTERPART.match(self.text, begin, end)
        if found is None:
            return None, None
        stop = begin + len(found.group("who"))
        # A name is never cut: "Marc E. Knapper" goes on past its initial's dot.
        named_in = self.mentions.starting_in(begin, stop)
        stop = max([stop, *(e for _, e, _ in named_in)])
        for _, name_end, _ in named_in:
            if _ATTENDS.match(self.keyed, name_end):
                stop = name_end  # "gặp Tổng thống … dự Hội nghị …": what they attend
                break
        # "Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper": the posting belongs to the title,
        # so the counterpart runs on to the name that follows it.
        first = self.mentions.first_from(begin)
        name = None if first is None else first[:2]
        if name is not None and name[0] >= stop and _is_posting(self.text[stop : name[0]]):
            stop = name[1]
        elif (
            name is not None
            and name[1] < stop
            and self.text.startswith(", ", name[1])
            and (posting := _POSTING.match(self.text, stop, end)) is not None
        ):
            # "bà Caroline Tan, Đại sứ Singapore tại Việt Nam, …": the apposition's posting.
            stop = posting.end()
        elif (
            (name is None or name[0] >= stop)
            and _ENVOY.match(self.keyed, begin)
            and (posting := _POSTING.match(self.text, stop, end)) is not None
            and _is_posting(_POSTED_TOO.sub(" ", posting.group()))
            # To a country: a city may be where the envoy was received ("… ở Hà Nội").
            and match_key(_POSTED_TOO.split(posting.group())[0].split(maxsplit=1)[1])
            in self.lexicon.countries
        ):
            # "tiếp Đại sứ Bồ Đào Nha tại Thái Lan kiêm nhiệm Việt Nam": an envoy unnamed,
            # the posting the title's all the same.
            stop = posting.end()
        stop = self.before_next_speaker(begin, stop)
        if _OPENING_NOUN.fullmatch(self.keyed, candidate.sentence[0], trigger_start):
            # "Gặp Tổng thống …, Thủ tướng … chúc mừng …", "Trong cuộc hội đàm ngày 17/11
            # với Tổng thống …, Thủ tướng … nhấn mạnh …": the opening phrase ends at its
            # comma; the subject after it is the host.
            comma = self.text.find(",", begin, stop)
            stop = comma if comma >= 0 else stop
        who = trimmed(self.text[begin:stop], " ,-–—")
        if not says_something(who):
            return None, None  # "gặp mặt\xa0…": a snippet cut short names no one
        return who, (begin, stop)

    def called(self, begin: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
        """Whom a call is made to: "gọi điện cho Thủ tướng Nhật Bản …", to the name's end.

        What follows the name is what the call was for ("… cho Đại sứ kiểm tra tình hình
        …"), so a counterpart here is a person named, their title before them.
        """
        first = self.named_soon_after(begin)
        if first is None or any(mark in self.text[begin : first[0]] for mark in ",.;:()"):
            return None, None
        return self.text[begin : first[1]], (begin, first[1])

    def before_next_speaker(self, begin: int, stop: int) -> int:
        """Where a counterpart ends: at a comma after which someone speaks, else ``stop``.

        "… đến làm việc với Bộ Công an Việt Nam, Bộ trưởng Tô Lâm nhấn mạnh, …": the
        phrase ends at the comma and the speaker opens the sentence's own clause.
        """
        said = statement_pattern(self.lexicon)
        comma = self.text.find(", ", begin, stop)
        while comma >= 0:
            clause_end = self.text.find(",", comma + 2, stop)
            if clause_end < 0:
                clause_end = stop
            if said.search(self.keyed, comma + 2, clause_end):
                return comma
            comma = self.text.find(", ", clause_end, stop) if clause_end < stop else -1
        return stop

    def described_then_with(self, trigger_start: int, trigger_end: int, end: int) -> bool:
        """Whether a meeting noun's words in lower case, then "với", follow it.

        "có cuộc hội kiến quan trọng với Tổng Bí thư …", "cuộc gặp chính thức với …":
        whom, after "với", not the words that describe the meeting.
        """
        if not _NOUN_BEFORE.search(self.keyed, max(0, trigger_start - 6), trigger_start):
            return False
        described = _DESCRIBED_WITH.match(self.text, trigger_end, end)
        return described is not None and described.group("words").islower()

    def same_day(self, start: int, end: int) -> re.Match[str] | None:
        """``cùng ngày`` opening the sentence, with its part of the day if any.

        "Chiều cùng ngày, …", or after an opening: "Trước đó, sáng cùng ngày, …".
        """
        return _SAME_DAY.match(self.keyed, start) or _SAME_DAY.match(
            self.keyed, _after_opening(self.keyed, start, end)
        )

    def second_subject(self, start: int, trigger: int) -> tuple[str | None, tuple[int, int] | None]:
        """Who met whom "each other" ("gặp nhau"): the subject after "và", as written.

        "Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau …": the
        second of the two named in the clause before the word; none when not named.
        """
        clause = max(start, self.text.rfind(",", start, trigger) + 1)
        joint = self.keyed.rfind(" và ", clause, trigger)
        if joint < 0 or not self.mentions.within(joint, trigger):
            return None, None
        begin = joint + len(" và ")
        # Not the day told before the word: "… và Chủ tịch Trung Quốc … hôm 16/11 gặp nhau".
        told = without_days(self.text, self.reference, begin, trigger, self.keyed)
        words = list(_NON_SPACE.finditer(told))
        while words and words[-1].group() in self.lexicon.adverbs:
            words.pop()  # "… và người đồng cấp Trung Quốc Vương Nghị đã gặp nhau"
        if not words:
            return None, None
        first, last = begin + words[0].start(), begin + words[-1].end()
        return self.text[first:last], (first, last)

    def under_heading(self, told: int, position: int) -> bool:
        """Whether ``told`` lies in a heading and ``position`` in the block right after it."""
        for block, after in itertools.pairwise(self.blocks):
            if block.span.start <= told < block.span.end:
                return (
                    block.kind is BlockKind.HEADING
                    and after.span.start <= position < after.span.end
                )
        return False

    def merge(self, main: Meeting, candidate: _Candidate) -> Meeting:
        """Add what a later sentence about the main event tells: place, occasion, chair.

        And whom talks, a call or a meeting were held with, when the first report does
        not say ("… đã có cuộc hội đàm ..." in a lead cut short) and this one names them.
        """
        start, end = candidate.sentence
        occasion = _OCCASION.search(self.text, start, end)
        chair, participants = main.chair, main.participants
        if chair is None and _CHAIRS.search(self.keyed, start, candidate.trigger[1]):
            # "… họp báo thường kỳ. Người phát ngôn … chủ trì họp báo.": who chaired it.
            chair = self.chair(candidate, None)
            participants = tuple(key for key in participants if key != chair)
        counterpart = main.counterpart
        if counterpart is None and candidate.kind in _ONE_OF_SEVERAL:
            whom, where = self.counterpart(candidate)
            met = self.mentions.within(*where) if where is not None else []
            # Not the chair again: "… mong được gặp mặt. Ông …": the host is no guest.
            if others := [key for _, _, key in met if key != chair]:
                counterpart = whom
                participants += tuple(key for key in others if key not in participants)
        return attrs.evolve(
            main,
            location=main.location
            or self.place(start, end, candidate.trigger[1], kind=candidate.kind),
            occasion=main.occasion or (occasion.group("what").strip() if occasion else None),
            chair=chair,
            participants=participants,
            counterpart=shared(counterpart),
        )

    def told_end(self, trigger_end: int, end: int) -> int:
        """Where a sentence's report of an event ends: before words said after it.

        Or asked after it: "Tại hội đàm, Bộ trưởng … đề nghị phía Nhật Bản tạo điều kiện
        cho người Việt Nam … tại Nhật Bản" says where they live, not where the talks were.
        """
        # Found once in the text, looked up: each of a sentence's meeting words asks.
        speech = self.analysis.found(SAID).within(trigger_end, end)
        end = speech[0].start() if speech else end
        # Nor what it was for or what surrounded it: "… đã đến Kiev nhằm thể hiện …
        # trong bối cảnh sắp diễn ra bầu cử" plans the election, not the arrival.
        aim = aside_start(
            self.keyed, self.analysis.found(AIMED).within(trigger_end, end), trigger_end
        )
        end = end if aim is None else aim
        # Searched near the meeting word, not in the whole text (few sentences report an
        # event) nor to the end of a sentence that may hold thousands of meeting words.
        asked = _asking_pattern(self.lexicon).search(
            self.keyed, trigger_end, min(end, trigger_end + _ASKING_REACH)
        )
        return asked.start() if asked else end

    def announced_end(self, trigger_end: int, told_end: int) -> int:
        """Where a statement verb after the meeting word starts, else ``told_end``.

        (``told_end`` is :meth:`told_end`'s.) "… đã chủ trì họp báo, thông báo Lào sẽ để
        tang …": what is announced at the event is ahead, the event is not.
        """
        verb = statement_pattern(self.lexicon).search(
            self.keyed, trigger_end, min(told_end, trigger_end + _ASKING_REACH)
        )
        return verb.start() if verb else told_end

    def place(self, start: int, end: int, trigger_end: int, *, kind: MeetingKind) -> str | None:
        """Where the event of a sentence was held: after ``tại`` or ``ở``.

        Not in words reported after the meeting word ("… hội đàm với …, nói rằng cuộc
        chiến tại Gaza phải chấm dứt": Gaza is what was spoken of).
        """
        end = self.told_end(trigger_end, end)
        if (start, end) not in self._places:  # each report of the main event asks again
            self._places[start, end] = self.place_in(start, end)
        found = self._places[start, end]
        # A call is made from where one is: a journey told with it is another event.
        travel = (
            None if kind is MeetingKind.PHONE_CALL else self.travel_place(start, trigger_end, end)
        )
        # Where the travellers left or landed, unless a place after "tại" is told nearer
        # the meeting word: "… rời Hà Nội, lên đường dự … tại Hàn Quốc" left Hà Nội.
        if travel is not None and (
            found is None
            # Or inside the journey's place: "… xuống sân bay … ở Santiago".
            or not travel[0] + len(travel[1]) <= found[0] < trigger_end
        ):
            return travel[1]
        return found[1] if found else None

    def travel_place(self, start: int, trigger_end: int, end: int) -> tuple[int, str] | None:
        """The place a journey told before the meeting word leaves or reaches, if any.

        "… rời Thủ đô Hà Nội, lên đường thăm …", "… đến Kuwait, bắt đầu chuyến thăm …",
        "… hạ cánh xuống sân bay Yangon, Myanmar": a place, not a person (`gửi thư đến
        Tổng thống …`) nor a time (`đến năm 2030`).
        """
        found = None
        # The meeting word may be the journey's own ("… hạ cánh xuống sân bay …").
        for verb in _TRAVEL.finditer(self.text, start, min(end, trigger_end + _LONGEST_TRAVEL)):
            if verb.start() >= trigger_end:
                break
            raw = _UP_TO_PUNCTUATION.match(self.text, verb.end(), min(end, verb.end() + 200))
            words = raw.group().split() if raw else []
            if (
                not words
                # "chuyến thăm … đến Hà Nội": where a trip goes, the trip's own.
                or "chuyến" in self.keyed[max(0, verb.start() - 40) : verb.start()].split()[-5:]
                or self.left_before(verb)
                or self.mentions.overlaps(verb.end(), verb.end() + 1)
                or (
                    self.names_someone(words, verb.end())
                    and not match_key(" ".join(words[:3])).startswith(_EMBASSIES)
                )
            ):
                continue
            place = _trim_place(raw.group() if raw else "", _bodies(self.lexicon))
            if place and not self.no_place(place):
                found = verb.end(), place + self.where_it_is(verb.end(), place, end)
        return found

    def left_before(self, verb: re.Match[str]) -> bool:
        """Whether a journey's verb tells of a place left before the event.

        "Sau khi rời Nhà Trắng, ông … đón tiếp … tại …": not where it was held; but "Sau
        khi tới thủ đô Santiago, … gặp gỡ kiều bào" is there.
        """
        return verb.group().lower().startswith("rời") and bool(
            _AFTER_LEAVING.search(self.keyed, max(0, verb.start() - 20), verb.start())
        )

    def no_place(self, place: str) -> bool:
        """Whether what ``place`` names is an event or a document, not a place.

        "tại Hội nghị …", "tại Tuần lễ Cấp cao APEC"; "Tại Quyết định số 33/QĐ-TTg …, Thủ
        tướng … bổ nhiệm …" (the lexicon's kinds of documents).
        """
        return bool(
            _EVENT_PLACE.match(place) or _document_pattern(self.lexicon).match(match_key(place))
        )

    def place_in(self, start: int, end: int) -> tuple[int, str] | None:
        """Where the first place after ``tại`` or ``ở`` in ``[start, end)`` starts, and it.

        Not a posting's place (``Đại sứ Hoa Kỳ tại Việt Nam``).
        """
        position = start
        while found := _PLACE.search(self.text, position, end):
            position = found.start() + 1
            # "Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper": a posting in a title, not a place,
            # nor in one after a name; nor a reporter's ("Theo phóng viên TTXVN tại Peru").
            if (
                # The word "tại" itself, not the place: a mention may come after it
                # ("tại Hà Nội với Tổng thống Pháp …") or name it ("Nhà tưởng niệm
                # Chủ tịch Hồ Chí Minh").
                self.mentions.overlaps(found.start(), found.start() + 2)
                or _REPORTER_BEFORE.search(self.keyed, max(0, found.start() - 40), found.start())
                or _OUTLETS_REPORTER_BEFORE.search(
                    self.text, max(0, found.start() - 60), found.start()
                )
                or self.envoy_before(found.start())
                or self.in_posting(found.start())
                # "… bà …, trú tại xã Ma Nới": where someone lives
                or self.keyed[max(0, found.start() - 5) : found.start()].endswith(_RESIDENT)
                # "… chào kết thúc nhiệm kỳ công tác tại Việt Nam": an envoy's posting
                or _TERM_OF_DUTY.search(self.keyed, max(0, found.start() - 25), found.start())
                # "Quốc hội thảo luận tại Đoàn": how the sitting is held, not where.
                or self.keyed.endswith("thảo luận ", 0, found.start())
            ):
                continue
            group = "place" if found.group("place") is not None else "city"
            place_start, place_end = found.span(group)
            for mention_start, _, _ in self.mentions.starting_in(place_start + 1, place_end):
                end_of_place = self.place_ends_at(place_start, mention_start)
                if end_of_place is not None:
                    place_end = end_of_place
                    break
            place = _trim_place(self.text[place_start:place_end], _bodies(self.lexicon))
            # "tại buổi …", "tại Hội đàm, …": the event itself, no place.
            if (
                place
                and not self.no_place(place)
                and not _trigger_pattern(self.lexicon).match(match_key(place))
            ):
                return place_start, place + self.where_it_is(place_start, place, end)
        return None

    def where_it_is(self, place_start: int, place: str, end: int) -> str:
        """The country or province written after a place, as written, or ``""``.

        "tại Kuala Lumpur, Malaysia", "tại Trung tâm Hội nghị quốc tế Gyeongju (Hàn
        Quốc)", "tại đặc khu Phú Quốc (tỉnh An Giang)": where the place is is part of it.
        """
        place_end = place_start
        for word in place.split():  # the place's words, whatever spaces are between them
            place_end = self.text.index(word, place_end) + len(word)
        after = _WHERE_IT_IS.match(self.text, place_end, end)
        if after is None:
            return ""
        region = after.group("country") or after.group("bracketed")
        keyed = match_key(region)
        if keyed in self.lexicon.countries or (
            after.group("bracketed") and keyed.startswith(_REGION_PREFIXES)
        ):
            return after.group()
        return ""

    def place_ends_at(self, place_start: int, mention_start: int) -> int | None:
        """Where a place's words end before a person named in them, or ``None``.

        A name's title and honorific go with it; the word before them ends the place when
        it is capitalised ("ở Chile Chủ tịch nước Lương Cường …": a heading run into a
        caption), not when it makes a place named for the person ("Nhà tưởng niệm Chủ
        tịch Hồ Chí Minh", "Lăng Chủ tịch …").
        """
        words = list(_NON_SPACE.finditer(self.text, place_start, mention_start))
        lexicon = self.lexicon
        title = 0
        for size in range(min(4, len(words)), 0, -1):
            key = match_key(" ".join(word.group() for word in words[-size:]))
            if key in lexicon.roles or key in lexicon.honorifics or key in lexicon.ranks:
                title = size
                break
        before = words[: len(words) - title]
        if not before:
            return None
        last = before[-1].group()
        if last[:1].isupper() and match_key(last) not in _NAMED_FOR:
            return words[len(before)].start() if title else mention_start
        return None

    def envoy_before(self, position: int) -> bool:
        """Whether an envoy's post, with no name after it, comes right before ``position``."""
        envoy = _ENVOY_BEFORE.search(self.keyed, max(0, position - 90), position)
        return envoy is not None and not any(
            envoy.start() < end <= position
            for _, end, _ in self.mentions.starting_in(max(0, envoy.start() - 200), position)
        )

    def date_in(
        self,
        start: int,
        end: int,
        *,
        resolved: bool = True,
        kind: MeetingKind | None = None,
        trigger: tuple[int, int] | None = None,
    ) -> DateMention | None:
        """The date of the event a sentence reports (of ``kind``, when known), or ``None``.

        A date right after a document's number dates the document, and so the event only
        when the event is an act of office such as signing it (kind ``other``). With the
        event's ``trigger`` (its meeting word), the date it is said to have taken place on
        after it, no other meeting word between ("Điện Kremlin ngày 19/3 cho biết cuộc điện
        đàm … đã diễn ra vào tối 18/3"), is its date; so is a planned event's date after
        it (see :meth:`planned_date`).
        """
        # Dates are read only in the sentences that report events: reading the whole
        # text would cost more than the rest of the extraction.
        dated = self.dated(start, end, resolved=resolved, kind=kind)
        if any(d.date is not None and d.date.day is not None for d in dated):
            # "Trong hai tuần cuối tháng 4 …, ngày 30/4-1/5": a day told, the month or
            # year beside it is no event's day.
            dated = [d for d in dated if d.date is None or d.date.day is not None]
        announced = self.announced(start, trigger[0]) if trigger is not None else None
        if announced is not None:
            # "Bộ Ngoại giao … chiều nay (15/8) đã ra thông báo về chuyến thăm …": that day
            # is the announcement's, not the visit's.
            dated = [d for d in dated if d.span.start > announced]
        if len(dated) > 1 and self.text[dated[0].span.end - 1] in _DASHES:
            # "Washington, 9/5 (TTXVN) - Ngày 8/5 (giờ địa phương), …": a dateline dates
            # the report; the day after it, the event.
            dated = dated[1:]
        if len(dated) > 1 and _REPORTED.match(self.keyed, dated[0].span.end):
            # "Ngày 5-3, theo hãng tin Yonhap, … đã điện đàm hôm 4-3": the first date is
            # the report's, the later one the event's.
            return dated[1]
        if trigger is not None:
            trigger_end = trigger[1]
            # "Ngày 11/9, Văn phòng Tổng thống … cho biết Tổng thống … đã điện đàm với …
            # vào tối 10/9": the first day is the telling's, the one after "vào" the event's.
            told = len(dated) > 1 and self.told_before(dated[0].span.end, trigger[0])
            for later in dated[1:]:
                if later.span.start <= trigger_end:
                    continue
                if (
                    told
                    and _ON_DAY.search(self.keyed, later.span.start - 5, later.span.start + 4)
                    and "," not in self.keyed[trigger_end : later.span.start]
                ):
                    return later
                took_place = _TOOK_PLACE.search(
                    self.keyed, max(trigger_end, later.span.start - 24), later.span.start
                )
                if took_place is not None and not _trigger_pattern(self.lexicon).search(
                    self.keyed, trigger_end, took_place.start()
                ):
                    return later
            if dated:
                return self.planned_date(self.with_part(dated), dated[1:], trigger)
        return self.with_part(dated) if dated else None

    def announced(self, start: int, trigger_start: int) -> int | None:
        """Where an announcement of the meeting word at ``trigger_start`` starts, if any.

        "… đã ra thông báo về chuyến thăm …", "… công bố chuyến thăm …": what is dated
        before it is the announcement.
        """
        found = _ANNOUNCED.search(
            self.keyed, max(start, trigger_start - _ANNOUNCED_REACH), trigger_start
        )
        return found.start() if found is not None else None

    def plans(self, start: int, end: int) -> bool:
        """Whether the text from ``start`` to ``end`` holds a cue of a plan (``sẽ`` …).

        Not one that plans nothing: "sắp mãn nhiệm", a "dự kiến" that is a noun.
        """
        cues = _planned_pattern(self.lexicon)
        return cues.search(self.keyed, start, end) is not None and (
            cues.search(NOT_PLANNED.sub("", self.keyed[start:end])) is not None
        )

    def with_part(self, dated: list[DateMention]) -> DateMention:
        """The first date, or the same day told again with its part.

        "Hà Nội, 12/9 (TTXVN) - Chiều nay, …" is the afternoon of the 12th.
        """
        first = dated[0]
        if first.part_of_day is None:
            for again in dated[1:]:
                if (
                    again.date == first.date
                    and again.part_of_day is not None
                    and self.keyed.endswith(" nay", again.span.start, again.span.end)
                ):
                    return again
        return first

    def dated(
        self, start: int, end: int, *, resolved: bool = True, kind: MeetingKind | None = None
    ) -> list[DateMention]:
        """The dates in a sentence that may be an event's, in text order (see date_in)."""
        if (start, end) not in self._dates:
            self._dates[start, end] = _without_anniversary_spans(
                self.text,
                find_dates(self.text, self.reference, start=start, end=end, keyed=self.keyed),
            )
        # "năm 2025" dates the year's work, not an event: a meeting's date has a month.
        # Unresolved mentions ("sáng 3/3" with no year known) count when not ``resolved``.
        return [
            d
            for d in self._dates[start, end]
            if (d.date.month is not None if d.date else not resolved)
            and (kind is MeetingKind.OTHER or not self.dates_document(start, d))
            # "… hoàn thành việc sắp xếp bộ máy trước ngày 30/6": a deadline set.
            and not _DEADLINE_BEFORE.search(self.keyed, max(start, d.span.start - 24), d.span.start)
        ]

    def dates_document(self, start: int, date: DateMention) -> bool:
        """Whether ``date`` right after a document's number dates the document.

        "Nghị quyết số 45-NQ/TW ngày 24/11/2023", and with a comma when the year is
        written, as a citation gives it ("Chương trình số 49-CTr/TU, ngày 02/02/2024").
        """
        number = _DOCUMENT_BEFORE.search(
            self.text, max(start, date.span.start - 40), date.span.start
        )
        return number is not None and (
            number.group("comma") is None
            or _YEAR.search(self.text, date.span.start, date.span.end) is not None
        )

    def planned_date(
        self, date: DateMention, later: list[DateMention], trigger: tuple[int, int]
    ) -> DateMention:
        """The date of a planned event: after its meeting word, rather than the day told.

        "Người phát ngôn … hôm nay (17/11) thông báo: … sẽ thăm chính thức Việt Nam từ
        ngày 24 đến 26/11": the 24th, not the 17th, when the cue of a plan lies between
        the two. Not a date after another meeting word ("… sẽ hội kiến Tổng thống X,
        người đang thăm Việt Nam từ 16-18/11"), nor one before the day told.
        """
        trigger_start, trigger_end = trigger
        if (
            date.span.end > trigger_start
            or date.date is None
            # The cue says the event is ahead ("… sẽ thăm …"), not something said at it
            # ("… đã tổ chức họp báo, thông báo Lào sẽ để tang …").
            or not self.plans(date.span.end, trigger_start)
        ):
            return date
        after = next((d for d in later if d.span.start >= trigger_end), None)
        if (
            after is None
            or after.date is None
            or after.date < date.date
            or _trigger_pattern(self.lexicon).search(self.keyed, trigger_end, after.span.start)
        ):
            return date
        return after

    @functools.cached_property
    def headline(self) -> Block | None:
        """The headline among the headings the body opens with (its title opens its text)."""
        return next(
            (
                block
                for block in opening_headings(self.article.blocks)
                if heading_words(block.text) == self.article.title
            ),
            None,
        )

    def headline_report(self, candidates: list[_Candidate]) -> _Candidate | None:
        """The first of ``candidates`` in the headline, if the text opens with one."""
        headline = self.headline
        if headline is None:
            return None
        return next((c for c in candidates if c.sentence[0] < headline.span.end), None)

    def tells_days(self, meeting: Meeting) -> bool:
        """Whether the sentence of ``meeting`` dates it by a range of days (a trip)."""
        return self.is_range(self.date_in(meeting.span.start, meeting.span.end, kind=meeting.kind))

    def is_range(self, day: DateMention | None) -> bool:
        """Whether ``day`` is the first of a range: "từ ngày 18 đến 20/8", "11-13/6"."""
        return day is not None and (
            _DAY_RANGE.search(self.text, day.span.start, day.span.end + _RANGE_REACH) is not None
        )

    def lead_date(self, kind: MeetingKind | None = None) -> DateMention | None:
        """The first full day the lead and the opening paragraph give, if any."""
        for block in self.blocks:
            if block.kind in _BETWEEN_PARAGRAPHS or block is self.headline:
                continue
            if block.kind not in (BlockKind.LEAD, BlockKind.PARAGRAPH):
                break
            if block.kind is BlockKind.PARAGRAPH and is_dateline(block.text):
                continue  # "Thứ Năm, 23/10/2025 15:20": when the page was written
            date = self.date_in(block.span.start, block.span.end, resolved=False, kind=kind)
            if date is not None and block.kind is BlockKind.PARAGRAPH and self.since(date):
                # "Từ ngày 24/2/2022, tình hình … diễn biến phức tạp": when a situation
                # began, told after the lead; not the day of the lead's event.
                return None
            if date is not None and (self.before_the_event(date) or self.announcing(date)):
                date = None  # background, or an announcement's day: the next paragraph may tell
            if date is not None:
                # A day the text cannot place in a year (no header) gives no date.
                return date if date.date is not None and date.date.day is not None else None
            if block.kind is BlockKind.PARAGRAPH:
                break  # the opening paragraph read: later ones tell other things
        return None

    def announcing(self, date: DateMention) -> bool:
        """Whether the sentence of ``date`` goes on to announce an event.

        "Tối 15/8, Bộ Ngoại giao … đã ra thông báo về chuyến thăm …": the day is the
        announcement's, not the visit's.
        """
        end = self.text.find(". ", date.span.end, date.span.end + _ANNOUNCING_REACH)
        end = date.span.end + _ANNOUNCING_REACH if end < 0 else end
        for found in _ANNOUNCING.finditer(self.keyed, date.span.end, end):
            if _trigger_pattern(self.lexicon).match(self.keyed, found.end()):
                return True
        return False

    def before_the_event(self, date: DateMention) -> bool:
        """Whether a lead's day is told as background: earlier, or years back.

        "Trước đó, chiều 12/9, …", "Ngày 2 tháng 9 năm 1969, Chủ tịch Hồ Chí Minh …": not
        the day of an event the article reports.
        """
        return bool(
            _EARLIER.search(self.keyed, max(0, date.span.start - _EARLIER_REACH), date.span.start)
        ) or self.years_back(date)

    def years_back(self, date: DateMention) -> bool:
        """Whether ``date`` is in a year before the one before the article's."""
        when = date.date
        return (
            when is not None and self.reference is not None and when.year < self.reference.year - 1
        )

    def day_before(self, position: int) -> DateMention | None:
        """The last full day a paragraph gives before ``position``, if one does.

        "Ngày 22/8, … | Chiều cùng ngày, tại họp báo …": the day "cùng ngày" means, however
        many undated paragraphs come between. Paragraphs are read nearest first.
        """
        blocks = [
            block
            for block in self.blocks
            if block.span.start < position
            and block.kind in (BlockKind.LEAD, BlockKind.PARAGRAPH)
            and block is not self.headline
        ]
        for block in reversed(blocks):
            if _EARLIER.match(self.keyed, block.span.start):
                # "Trước đó, tối 12/12, … đã đến …": a day told back, not the story's.
                continue
            dated = self.dated(block.span.start, min(block.span.end, position))
            days = [d for d in dated if d.date is not None and d.date.day is not None]
            if days:
                return days[-1]
        return None

    def setting_day(self, start: int, end: int) -> DateMention | None:
        """The day of the gathering a sentence opening "Tại kỳ họp, …" is set at, if told.

        The gathering is the one its word last named before; its day is the first full day
        of that paragraph up to the sentence that names it ("Sáng 8/8, … đã diễn ra Kỳ họp
        thứ 45 …. Ông … chủ trì kỳ họp."). None when the paragraph gives none.
        """
        at = _AT_GATHERING.match(self.keyed, start, end)
        named = self.keyed.rfind(at.group("word"), 0, start) if at is not None else -1
        block = next(
            (
                block
                for block in self.blocks
                if block.span.start <= named < block.span.end
                and block.kind in (BlockKind.LEAD, BlockKind.PARAGRAPH)
            ),
            None,
        )
        if block is None:
            return None
        closing = self.keyed.find(". ", named, block.span.end)
        days = [
            d
            for d in self.dated(block.span.start, closing if closing >= 0 else block.span.end)
            if d.date is not None and d.date.day is not None
        ]
        return days[0] if days else None

    def since(self, date: DateMention) -> bool:
        """Whether ``date`` is when something began: "Từ ngày 24/2/2022, …", no end."""
        before = self.keyed[max(0, date.span.start - 4) : date.span.start].split()
        written = self.keyed[date.span.start : date.span.end]
        opens = before[-1:] == ["từ"] or written.startswith("từ ")
        return opens and not _RANGE_WORDS.search(written)

    def in_mention_order(self, keys: list[str]) -> tuple[str, ...]:
        """The keys once each, in order of the person's first mention in the article."""
        unknown = len(self.text)
        ordered = sorted(dict.fromkeys(keys), key=lambda k: self.first_mention.get(k, unknown))
        return tuple(map(intern, ordered))

    def part_after(self, day_end: int, trigger_start: int) -> PartOfDay | None:
        """The part of the day told after the day, before the meeting word, if any.

        "Ngày 8/5, vào buổi chiều, Thủ tướng … tiếp …": the afternoon of the 8th.
        """
        part = _PART_AFTER_DAY.match(self.keyed, day_end, trigger_start)
        return PartOfDay(part.group("part")) if part is not None else None

    def part_of_day_in(self, start: int, end: int) -> PartOfDay | None:
        """The part of the day of an undated mention ("Sáng 12/9" in an undated text)."""
        self.date_in(start, end)
        return next((d.part_of_day for d in self._dates[start, end] if d.part_of_day), None)

    def main_participants(self, chair: str | None) -> list[str]:
        """Persons at the main event: in sentences about it, or speaking in the body."""
        found: list[tuple[int, str]] = []
        cues = _cue_pattern(self.lexicon)
        for start, end, kind in self.sentences:
            if kind is not BlockKind.CAPTION and cues.search(self.keyed, start, start + 40):
                found += self.persons(start, end)
        captions = Ranges(
            (b.span.start, b.span.end) for b in self.article.blocks if b.kind is BlockKind.CAPTION
        )
        for statement in self.statements:
            if statement.span.start not in captions:
                found.append((statement.span.start, statement.speaker))
        found += self.acting(captions)
        return [
            key
            for position, key in sorted(found)
            if key != chair
            and key not in self.deceased
            and not self.is_elsewhere(position)
            # "… chuyển lời thăm hỏi của Tổng Bí thư … tới …": who sent it is not there.
            and not _MESSAGE_OF.search(self.keyed, max(0, position - _MESSAGE_REACH), position)
        ]

    def acting(self, captions: Ranges) -> list[tuple[int, str]]:
        """Persons followed by a verb of speech, direction or attendance ("dự").

        "… như Tổng Bí thư Tô Lâm đã chỉ đạo" reports an earlier word: not counted.
        """
        verbs = (
            self.lexicon.statement_verbs
            | self.lexicon.directive_verbs
            | self.lexicon.attendance_verbs
        )
        acting = []
        for start, end, key in self.mentions:
            if start in captions:
                continue
            if self.keyed[max(0, start - 4) : start].strip() == "như":
                continue
            after = self.keyed[end : end + 160]
            # Skip the titles written after the name: ", Ủy viên Bộ Chính trị, …".
            titles = self.titles.get(key, ())
            stripped = True
            while stripped:
                stripped = False
                for title in titles:
                    if after.startswith(f", {title}"):
                        after = after[len(title) + 2 :]
                        stripped = True
            words = [w for w in after.replace(",", " ").split() if w not in self.lexicon.adverbs][
                :3
            ]
            if words[:2] == ["dự", "kiến"]:
                continue  # "dự kiến": plans, not attendance
            for size in (3, 2, 1):
                if " ".join(words[:size]) in verbs:
                    acting.append((start, key))
                    break
        return acting


def extract_meetings(
    article: Article,
    lexicon: Lexicon,
    speakers: tuple[Speaker, ...],
    statements: tuple[Statement, ...],
) -> tuple[Meeting, ...]:
    """The meetings ``article`` reports: its main event first, then the others in order.

    An article that reports none may report an announcement in its headline or lead
    ("Tổng thống … tuyên bố thiết quân luật"): that is its main event, of kind ``other``,
    and its only one.
    """
    found = _meetings(article, lexicon, speakers, statements)
    if found or not lexicon.announcement_words:
        return found
    told = [block.span for block in article.blocks if block.kind in _HEADLINE_AND_LEAD]
    keyed, announcing = analysis_of(article.text).keyed, _announcement_pattern(lexicon)
    if not any(announcing.search(keyed, span.start, span.end) for span in told):
        return ()  # no announcement where the main event is told (most articles)
    return tuple(
        meeting
        for meeting in _meetings(article, _announcing(lexicon), speakers, statements)[:1]
        if any(span.start <= meeting.span.start < span.end for span in told)
    )


_HEADLINE_AND_LEAD = frozenset({BlockKind.HEADING, BlockKind.LEAD})


@functools.lru_cache(maxsize=8)
def _document_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Any kind of document, in the folded text."""
    return words_pattern(match_key(kind) for kind in lexicon.document_kinds)


@functools.lru_cache(maxsize=8)
def _announcement_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Any announcement word, in the folded text."""
    return words_pattern(lexicon.announcement_words)


@functools.lru_cache(maxsize=8)
def _announcing(lexicon: Lexicon) -> Lexicon:
    """``lexicon`` with its announcement words among the meeting words (``other``)."""
    words = dict.fromkeys(lexicon.announcement_words, MeetingKind.OTHER.value)
    return attrs.evolve(lexicon, meeting_words={**lexicon.meeting_words, **words})


def _meetings(
    article: Article,
    lexicon: Lexicon,
    speakers: tuple[Speaker, ...],
    statements: tuple[Statement, ...],
) -> tuple[Meeting, ...]:
    interview = article.blocks_of(BlockKind.ANSWER) and article.blocks_of(BlockKind.QUESTION)
    if (
        not interview
        and not analysis_of(article.text).found(_trigger_pattern(lexicon)).every
        and not _ARRIVAL.search(article.text)
    ):
        return ()  # no meeting word anywhere, nor an arrival: nothing to read (most articles)
    extraction = _Extraction(article, lexicon, speakers, statements)
    candidates = list(extraction.candidates())
    # A sentence about who attended ("Tham dự hội đàm có …") is not the event itself.
    reports = [c for c in candidates if not extraction.attendance(c) and c.parent is None]
    # "Như tin đã đưa, ngày 8/5, … đã hội đàm …": an event reported before is the news
    # of this article only when it tells no other.
    reports = [
        c for c in reports if not _RECALLED.match(extraction.keyed, c.sentence[0])
    ] or reports
    lead = next((c for c in reports if c.block is BlockKind.LEAD), None)
    titled = extraction.headline_report(reports or candidates)
    if lead is not None:
        lead = _opening_caption_event(extraction, lead, reports) or lead
    if lead is not None and titled is not None:
        lead = (
            _dated_headline(extraction, lead, titled)
            or _at_headline_event(extraction, lead, titled)
            or _headline_event_on_trip(extraction, lead, titled, reports)
            or _headline_kind_in_lead(extraction, lead, titled)
            or _session_of_headline_conference(extraction, lead, titled)
            or _headline_meeting_after_plans(extraction, lead, titled, reports)
            or lead
        )
    main_meeting = (
        (extraction.build(lead, main=True) if lead is not None else None)
        or _interview(article, statements)
        or _main(extraction, reports or candidates, titled)
    )
    if main_meeting is None:
        return ()
    setting = None
    talks = _talks_after_welcome(extraction, main_meeting, candidates)
    if talks is not None:
        # The visit or its welcome is the setting; the talks that follow are the event.
        setting, main_meeting = main_meeting, talks
    meetings = [main_meeting]
    main_candidate = next((c for c in candidates if Span(*c.sentence) == main_meeting.span), None)
    told_again: set[int] = set()  # where the sentences that tell the main event again start
    for candidate in candidates:
        if Span(*candidate.sentence) in (main_meeting.span, setting and setting.span):
            continue
        if candidate.parent is not None:
            # "…, hội kiến Thủ tướng B …": one more event of the sentence before, also
            # when that sentence tells the main event again ("Hôm 5-7, … có chuyến thăm
            # bất ngờ tới Moskva, gặp Tổng thống …": the meeting is its own event).
            first = next((m for m in meetings if m.span.start == candidate.parent), None)
            if first is None and candidate.parent in told_again:
                first = meetings[0]
            if first is not None:
                meeting = extraction.build(candidate, main=False)
                meeting = attrs.evolve(meeting, span=Span(candidate.trigger[0], meeting.span.end))
                meetings.append(_one_more(meeting, first, attended=candidate.attended))
            continue
        date = extraction.date_in(
            *candidate.sentence, kind=candidate.kind, trigger=candidate.trigger
        )
        elsewhere = extraction.is_elsewhere(candidate.sentence[0])
        same_day = extraction.same_day(*candidate.sentence)
        if (
            candidate.block is BlockKind.HEADING
            and {candidate.kind, main_meeting.kind} <= _HEADLINE_WORDS_FOR_MEETING
            and set(main_meeting.participants).intersection(key for _, key in candidate.persons)
        ):
            # "… hội kiến Bí thư Khu ủy … | … | Trưa cùng ngày, … gặp Bí thư Khu ủy …": the
            # headline's word for the meeting the body tells.
            meetings[0] = extraction.merge(meetings[0], candidate)
            continue
        if (
            setting is not None
            and candidate.kind is setting.kind
            and (date is None or date.date == setting.date)
            and not elsewhere
        ):
            # The headline's "… thăm cấp Nhà nước …" is the visit the lead tells.
            setting = extraction.merge(setting, candidate)
            continue
        # The last event told, the main one or a later one not a caption's nor a plan (a
        # photo's moment, or what will happen, between a lead and the paragraph that
        # dates its event parts them not).
        told_in_text = [0] + [
            i for i, m in enumerate(meetings) if i and not m.from_caption and not m.planned
        ]
        last_told = told_in_text[-1]
        last = meetings[last_told]
        if (
            candidate.kind is last.kind
            and last.date is None
            and date is not None
            and date.date is not None
            and not elsewhere
            and (
                told_in_text == [0]
                or extraction.under_heading(last.span.start, candidate.sentence[0])
            )
        ):
            # The headline or lead tells the event, the next report of it tells when:
            # "Thủ tướng … và Thủ tướng Hun Manet đã hội đàm …. Sáng ngày 8/12/2025, …";
            # so does the paragraph under a subhead that tells another event: "… gặp Phó
            # Tổng thư ký Liên hợp quốc | Ngày 5/4, tại New York, Phó Thủ tướng … đã gặp …".
            main = told_in_text == [0]
            restated = extraction.build(candidate, main=main)
            if restated is not None and _same_principals(last, restated):
                meetings[last_told] = _with_time_of(extraction.merge(last, candidate), restated)
                if main:
                    told_again.add(candidate.sentence[0])
                continue
        if (
            candidate.kind is main_meeting.kind
            and (date is None or date.date == meetings[0].date)
            and not elsewhere
            # "Chiều cùng ngày, ông tiếp …": another event of the main one's day.
            and not same_day
            and extraction.same_act(candidate, main_candidate)
            # "… thăm cấp Nhà nước … từ ngày 18 đến 20/8. | Chiều 18/8, … đã đến thăm Nhà
            # tưởng niệm …": a visit of the trip's first day, not the trip.
            and not (
                date is not None
                and not extraction.is_range(date)
                and extraction.tells_days(meetings[0])
            )
        ):
            # "… đã đến làm việc vào dịp kỷ niệm …": more about the main event, and
            # perhaps the part of its day ("Chiều 13-1-2026, … đã tiếp …").
            meetings[0] = extraction.merge(meetings[0], candidate)
            if meetings[0].part_of_day is None and date is not None and date.part_of_day:
                meetings[0] = attrs.evolve(meetings[0], part_of_day=date.part_of_day)
            told_again.add(candidate.sentence[0])
            continue
        if not extraction.reports_another(candidate, date):
            continue
        meeting = extraction.build(candidate, main=False)
        if meeting.date is None and same_day:  # "Chiều cùng ngày, …"
            # The day of the last dated event told before this sentence, not one told back
            # ("Trước đó, tối 12/12, … đã đến …": the story's day is the one before it).
            before = [
                m
                for m in meetings
                if m.date
                and m.span.start < candidate.sentence[0]
                and not _EARLIER.match(extraction.keyed, m.span.start)
            ]
            meeting = attrs.evolve(
                meeting,
                date=max(before, key=lambda m: m.span.start).date if before else None,
                part_of_day=_same_day_part(same_day) or meeting.part_of_day,
            )
        meetings.append(meeting)
    # "Chiều cùng ngày, …" opening the main event's sentence, if it does.
    same_day = extraction.same_day(meetings[0].span.start, meetings[0].span.end)
    if meetings[0].date is None and not extraction.is_elsewhere(meetings[0].span.start):
        lead_date = extraction.lead_date(meetings[0].kind)
        published = article.published
        if (
            lead_date is not None
            and lead_date.date is not None
            and meetings[0].planned
            and published is not None
            and lead_date.date.end < published.start
        ):
            lead_date = None  # a plan is not dated by a day before its report
        if lead_date is not None:
            # "… bắt đầu chuyến thăm chính thức. 13h30 chiều 16/11, …": the headline or
            # lead tells the event, the opening paragraph the day it happened.
            # "… Sáng 23/9, … tới Nam Ninh. | Trưa cùng ngày, … đã gặp …": that day, at noon.
            meetings[0] = attrs.evolve(
                meetings[0],
                date=lead_date.date,
                part_of_day=meetings[0].part_of_day
                or _same_day_part(same_day)
                or lead_date.part_of_day,
            )
    if meetings[0].date is None and not extraction.is_elsewhere(meetings[0].span.start):
        set_at = extraction.setting_day(meetings[0].span.start, meetings[0].span.end)
        if set_at is not None:
            # "Sáng 8/8, … đã diễn ra Kỳ họp thứ 45 … | Tại kỳ họp, ông … đã trao …".
            meetings[0] = attrs.evolve(
                meetings[0],
                date=set_at.date,
                part_of_day=meetings[0].part_of_day or set_at.part_of_day,
            )
    if same_day is not None and meetings[0].date is None:
        # "Ngày 22/8, … | Chiều cùng ngày, tại họp báo …": the day told just before;
        # opening an excerpt, the part of a day it does not name.
        day = extraction.day_before(meetings[0].span.start)
        meetings[0] = attrs.evolve(
            meetings[0],
            date=day.date if day is not None else None,
            part_of_day=meetings[0].part_of_day or _same_day_part(same_day),
        )
    if setting is not None:
        meetings.insert(1, setting)
    return tuple(meetings)


_WELCOMED = frozenset({MeetingKind.VISIT, MeetingKind.CEREMONY})
_EARLIER = re.compile(r"trước đó(?!\w)")  # keyed: lower case
_EARLIER_REACH = 20  # characters before a date: "Trước đó, vào chiều 12/9"
_TALKED = frozenset({MeetingKind.TALKS, MeetingKind.COURTESY_CALL})


# "11 đến 13/6", "30/9 đến ngày 1/10", "11-13/6"; not a date written "7-10".
_DAY_RANGE = re.compile(r"\d\s*(?:(?:đến|tới)\s*(?:ngày\s+)?\d|[-–]\s*\d{1,2}\s*[/.]\s*\d)")
_RANGE_REACH = 16  # the end of a range runs past a date read as its first day


def _talks_after_welcome(
    extraction: _Extraction, main: Meeting, candidates: list[_Candidate]
) -> Meeting | None:
    """Talks the paragraph after a lead about a visit or its welcome opens with, if any.

    "Sáng 6/12, Chủ tịch Quốc hội Lào … thăm chính thức Việt Nam …. | Bước vào cuộc hội
    đàm, …": the article reports the talks, held that day, in the visit's setting.
    """
    if main.kind not in _WELCOMED or main.planned or main.from_caption:
        return None
    if main.kind is MeetingKind.CEREMONY and not any(
        Span(*c.sentence) == main.span and extraction.keyed[slice(*c.trigger)] in _WELCOMES
        for c in candidates
    ):
        # A signing or an anniversary is what the article reports, not the setting of
        # the talks told after it ("Trước đó, hai Thủ tướng đã hội đàm …").
        return None
    if extraction.tells_days(main):
        # "Từ ngày 11 đến 13/6, … thăm chính thức …": the lead tells a trip of days, and
        # the talks of its first day are one of its events, not what the article reports.
        return None
    blocks = [b for b in extraction.blocks if b.kind not in _BETWEEN_PARAGRAPHS]
    index = next(
        (i for i, b in enumerate(blocks) if b.span.start <= main.span.start < b.span.end), None
    )
    if index is None or index + 1 >= len(blocks):
        return None
    following = blocks[index + 1]
    # The paragraph's first sentence, or its second after a tag of its own ("TGVN.").
    paragraph_opening = sentence_opening(extraction.text, following.span.start)
    for candidate in candidates:
        if sentence_opening(extraction.text, candidate.sentence[0]) != paragraph_opening:
            continue
        # The sentence's own words, past a wire's dateline ("Hà Nội, 20/6 (TTXVN) - ").
        dateline = wire_dateline(extraction.text, candidate.sentence[0])
        opening = (
            dateline.end() if dateline else past_emphasis(extraction.text, candidate.sentence[0])
        )
        if candidate.kind not in _TALKED or candidate.trigger[0] - opening > 60:
            return None
        if _EARLIER.match(extraction.keyed, opening):
            return None  # "Trước đó, …": talks held before the lead's event
        talks = extraction.build(candidate, main=True)
        if talks.planned or (talks.date is not None and talks.date != main.date):
            return None
        # "hai nhà lãnh đạo tiến hành hội đàm": the visit's principals hold the talks.
        principals = tuple(k for k in (main.chair, *main.participants) if k is not None)
        # "Ngay sau lễ đón, … hội đàm": the welcome's day and time; talks that give
        # their own day ("Trong ngày 20/6") keep it, and no part of it is guessed.
        own_day = talks.date is not None and (
            # The day of a wire's dateline is the report's (but the event's only day).
            dateline is None or bool(extraction.dated(dateline.end(), candidate.sentence[1]))
        )
        dated = talks if own_day else main
        if talks.chair is None and talks.counterpart is None:
            # "… hai nhà lãnh đạo đã tiến hành hội đàm": the welcome's host and guest.
            talks = attrs.evolve(
                talks,
                chair=main.chair,
                counterpart=main.counterpart,
                participants=talks.participants or main.participants,
            )
        return attrs.evolve(
            talks,
            date=dated.date,
            part_of_day=dated.part_of_day,
            participants=talks.participants or (() if talks.chair else principals),
        )
    return None


def _one_more(meeting: Meeting, first: Meeting, *, attended: bool = False) -> Meeting:
    """An event listed after ``first`` in its sentence: the same host, day and place.

    Or, ``attended``, an event the first one's host attends: the same day (the
    sentence's, read for the first), its own chair and place, the host among those there.
    """
    if attended:
        return attrs.evolve(
            meeting,
            participants=tuple(
                dict.fromkeys([*filter(None, [first.chair]), *meeting.participants])
            ),
            date=first.date or meeting.date,
            part_of_day=first.part_of_day or meeting.part_of_day,
            planned=meeting.planned or first.planned,
        )
    return attrs.evolve(
        meeting,
        chair=first.chair,
        participants=tuple(k for k in meeting.participants if k != first.chair),
        date=meeting.date or first.date,
        part_of_day=meeting.part_of_day or first.part_of_day,
        location=meeting.location or first.location,
        planned=meeting.planned or first.planned,
    )


_CLOSING = {"“": "”", '"': '"', "«": "»"}  # the mark that closes each opening one


def _without_stray_quote(name: str) -> str:
    """``name`` without a closing quotation mark it opens none for: "Hội nghị Diên Hồng”".

    >>> _without_stray_quote("Hội nghị Diên Hồng”"), _without_stray_quote('Lễ hội “Hoa”')
    ('Hội nghị Diên Hồng', 'Lễ hội “Hoa”')
    >>> _without_stray_quote('Lễ "Hoa" và "Sen"'), _without_stray_quote("Diễn đàn Mekong»")
    ('Lễ "Hoa" và "Sen"', 'Diễn đàn Mekong')
    """
    for opening, closing in _CLOSING.items():
        if not name.endswith(closing):
            continue
        if opening == closing:
            unmatched = name.count(closing) % 2 == 1
        else:
            unmatched = name.count(opening) < name.count(closing)
        if unmatched:
            return name[:-1].rstrip()
    return name


def _same_principals(main: Meeting, restated: Meeting) -> bool:
    """Whether two reports can be of one event: no two different chairs named.

    Only for an event held with someone (talks, a call, a visit): at a conference or a
    seminar whoever speaks is read as its chair, so a second chair says nothing.
    """
    return (
        main.kind not in _VERB_KINDS
        or main.chair is None
        or restated.chair is None
        or main.chair == restated.chair
    )


def _with_time_of(main: Meeting, restated: Meeting) -> Meeting:
    """The main event with the date and part of day a later report of it gives."""
    chair = main.chair or restated.chair
    return attrs.evolve(
        main,
        date=restated.date,
        part_of_day=main.part_of_day or restated.part_of_day,
        chair=chair,
        participants=tuple(key for key in main.participants if key != chair),
        counterpart=main.counterpart or restated.counterpart,
        planned=main.planned or restated.planned,
    )


def _same_day_part(same_day: re.Match[str] | None) -> PartOfDay | None:
    """The part of the day a ``cùng ngày`` opening gives: "Chiều cùng ngày" → chiều."""
    part = same_day and (same_day.group("part") or same_day.group("within"))
    return PartOfDay(part) if part else None


def _after_opening(keyed: str, start: int, end: int) -> int:
    """Where a sentence goes on after a short opening phrase and its comma."""
    comma = keyed.find(", ", start, min(end, start + 20))
    return comma + 2 if comma >= 0 else start


_SPAN_DASH = re.compile(r"\s*[-–—]\s*")
_SPAN_OPENED = re.compile(r"\(\s*[0-9]{1,2}[/.-][0-9]{1,2}[/.-]([12][0-9]{3})\s*[-–—]\s*$")


def _without_anniversary_spans(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates, less the years an anniversary counts: "(2/9/1945 - 2/9/2024)".

    Two days of different years, joined by a dash in parentheses, are the span the
    anniversary marks, not the day of an event.
    """
    spans = set()
    for first, second in itertools.pairwise(dates):
        if (
            first.date is not None
            and second.date is not None
            and first.date.year != second.date.year
            and "(" in text[first.span.start - 1 : first.span.start + 1]
            and ")" in text[second.span.end - 1 : second.span.end + 1]
            and _SPAN_DASH.fullmatch(text, first.span.end, second.span.start)
        ):
            spans |= {first.span, second.span}
    for date in dates:
        # "(30/4/1975-30/4/2024)": a first day joined to the dash is read as no date.
        opened = _SPAN_OPENED.search(text, max(0, date.span.start - 16), date.span.start)
        if (
            opened is not None
            and date.date is not None
            and int(opened.group(1)) != date.date.year
            and text[date.span.end : date.span.end + 1] == ")"
        ):
            spans.add(date.span)
    return [d for d in dates if d.span not in spans] if spans else dates


# An envoy, whose title holds where they are posted (folded text): "tân Đại sứ …".
_ENVOY = re.compile(rf"\s*(?:(?:tân|ngài|ông|bà) )?(?:tổng )?{_ENVOYS}(?! quán)(?!\w)")
_POSTED_TOO = re.compile(r"\s(?:kiêm nhiệm|kiêm)(?=\s)")  # "tại Thái Lan kiêm nhiệm Việt Nam"


def _is_posting(between: str) -> bool:
    """Whether words between a title and a name are its posting: " tại Việt Nam ".

    The place's words are capitalised ("tại TP Hồ Chí Minh"); "tại sân bay có …" tells
    where something happened and who was there, no posting.
    """
    words = between.split()
    return (
        len(words) > 1
        and words[0] in ("tại", "ở")
        and all(word[:1].isupper() and word[-1:] not in ",.;:()" for word in words[1:])
    )


def _past_manner(words: list[str]) -> list[str]:
    """The words after a meeting word, past those that say how it was held."""
    while words:
        if words[0].lower() in _MANNER_AFTER:
            words = words[1:]
        elif " ".join(words[:2]).lower() in _MANNER_AFTER:
            words = words[2:]
        else:
            break
    return words


_CLOCK = re.compile(r"\s*[0-9]{1,2}[:h][0-9]{2}")


def _dated_headline(
    extraction: _Extraction, lead: _Candidate, titled: _Candidate
) -> _Candidate | None:
    """The headline's report of the lead's event, when only the headline gives its day.

    "Sáng 18/4, Thủ tướng … dự Lễ dâng hương … tại Khu di tích … | Thủ tướng … dâng
    hương tại Đền Thượng.": the lead tells part of what the headline reports.
    """
    if (
        titled.kind is not lead.kind
        or extraction.date_in(*lead.sentence, kind=lead.kind) is not None
    ):
        return None
    day = extraction.date_in(*titled.sentence, kind=titled.kind)
    # Not the outlet's stamp after a headline ("… chào từ biệt 15/05/2024 19:05").
    if day is None or _CLOCK.match(extraction.text, day.span.end):
        return None
    return titled


_AT_EVENT = re.compile(r"tại (?:buổi|cuộc) ")
# Who tells it, opening a lead: "Theo TTXVN, tại buổi tiếp, …", "Theo phóng viên TTXVN tại
# Hà Nội, …" (the source in capitals, or a reporter, an agency, a paper).
_ATTRIBUTED = re.compile(
    r"Theo\s+(?:(?:phóng viên|PV|hãng tin|báo|đài)\s+)?[A-ZĐ][^\s,]*(?:\s+[^\s,]+){0,6},\s+"
)


def _at_headline_event(
    extraction: _Extraction, lead: _Candidate, titled: _Candidate
) -> _Candidate | None:
    """The headline's event, when the lead opens at it and reports another kind there.

    "… Bùi Thanh Sơn tiếp Đại sứ Bồ Đào Nha … | Tại buổi tiếp, Phó Thủ tướng … chúc mừng
    Đại sứ đã trình Quốc thư …": the credentials are the ambassador's, the reception is
    the event; so after who tells it ("Theo TTXVN, tại buổi tiếp, …").
    """
    start = sentence_opening(extraction.text, lead.sentence[0])
    attributed = _ATTRIBUTED.match(extraction.text, start)
    opening = _AT_EVENT.match(extraction.keyed, attributed.end() if attributed else start)
    if titled.kind is lead.kind or opening is None:
        return None
    word = _trigger_pattern(extraction.lexicon).match(extraction.keyed, opening.end())
    if word is None or extraction.lexicon.meeting_words[word.group()] != titled.kind.value:
        return None
    return titled


def _headline_kind_in_lead(
    extraction: _Extraction, lead: _Candidate, titled: _Candidate
) -> _Candidate | None:
    """The lead's report of the headline's event, when it names two events.

    "… chủ trì phiên họp Chính phủ thường kỳ tháng 3 | Sáng 1/4, … chủ trì Phiên họp
    Chính phủ thường kỳ tháng 3/2025 và Hội nghị trực tuyến …": the headline says which
    of them the article reports.
    """
    if titled.kind is lead.kind:
        return None
    start, end = lead.sentence
    for found in extraction.analysis.found(_trigger_pattern(extraction.lexicon)).within(start, end):
        word = found.group()
        if (
            extraction.lexicon.meeting_words[word] == titled.kind.value
            and extraction.counts(word, found.start(), found.end())
            and not extraction.named_as_setting(word, start, found.start())
        ):
            return attrs.evolve(lead, kind=titled.kind, trigger=found.span())
    return None


def _session_of_headline_conference(
    extraction: _Extraction, lead: _Candidate, titled: _Candidate
) -> _Candidate | None:
    """The headline's conference, when the lead reports a session of something.

    "Chủ tịch nước dự Hội nghị Cấp cao APEC … | Sáng 31/10, … dự Phiên họp thứ nhất của
    các Nhà Lãnh đạo Kinh tế APEC …": the session is the summit's; the event is the
    conference, on the session's day, at its place. Not a session of no one's ("Phiên họp
    Chính phủ thường kỳ …"), which is a meeting of its own.
    """
    if titled.kind is not MeetingKind.CONFERENCE or lead.kind is not MeetingKind.MEETING:
        return None
    if _SESSION_OF.match(extraction.keyed, lead.trigger[0]) is None:
        return None
    return attrs.evolve(lead, kind=titled.kind)


def _opening_caption_event(
    extraction: _Extraction, lead: _Candidate, reports: list[_Candidate]
) -> _Candidate | None:
    """The event the opening photo's caption shows, when the lead tells only its setting.

    "Chủ tịch nước … hội kiến Tổng thống Italy …. Ảnh: … | Chủ tịch nước bày tỏ vui mừng
    thăm Italy lần này, …": the visit, undated, is the setting; the caption that opens
    the page shows the event. So with a lead that names a conference or a visit and both
    sides the caption shows meeting: "Thủ tướng … điện đàm với Thủ tướng Singapore …
    (Nguồn: VGP) | Thủ tướng … vui mừng được trao đổi với Thủ tướng Lawrence Wong, sau khi
    hai nhà lãnh đạo cùng dự Hội nghị Cấp cao ASEAN …" tells the call in other words.
    """
    if lead.kind not in _SETTING_KINDS:
        return None
    first = next((b for b in extraction.article.blocks if b.kind is not BlockKind.IMAGE), None)
    if first is None or first.kind is not BlockKind.CAPTION:
        return None
    shown = [
        c
        for c in reports
        if c.block is BlockKind.CAPTION and first.span.start <= c.sentence[0] < first.span.end
    ]
    if lead.kind is MeetingKind.VISIT and not extraction.date_in(*lead.sentence, kind=lead.kind):
        return next((c for c in shown if c.kind is not MeetingKind.VISIT), None)
    named = {key for _, key in lead.persons}
    return next(
        (
            c
            for c in shown
            if c.kind in _HEADLINE_WORDS_FOR_MEETING | {MeetingKind.PHONE_CALL}
            and len({key for _, key in c.persons}) > 1
            and {key for _, key in c.persons} <= named
        ),
        None,
    )


# The events a lead may name as the setting of what a caption shows.
_SETTING_KINDS = frozenset({MeetingKind.VISIT, MeetingKind.CONFERENCE})


# "… đang thăm chính thức …", "… đang có chuyến thăm …": the trip goes on around the event.
_ONGOING = re.compile(r"(?<!\w)đang (?:có |trong )?(?:chuyến )?$")


def _headline_event_on_trip(
    extraction: _Extraction, lead: _Candidate, titled: _Candidate, reports: list[_Candidate]
) -> _Candidate | None:
    """The body's report of the headline's event, when the lead tells the trip it is on.

    "Chủ tịch nước dự Lễ kỷ niệm … tại Moskva | Nhận lời mời …, Chủ tịch nước … đang thăm
    chính thức Liên bang Nga từ ngày 8 đến 10/5. | Sáng 9/5, … dự Lễ kỷ niệm …": the visit,
    ongoing or of several days, is the setting; the ceremony is what happened.
    """
    if lead.kind is not MeetingKind.VISIT or titled.kind is MeetingKind.VISIT:
        return None
    trigger = lead.trigger[0]
    ongoing = _ONGOING.search(extraction.keyed, max(lead.sentence[0], trigger - 20), trigger)
    if ongoing is None and not extraction.is_range(
        extraction.date_in(*lead.sentence, kind=lead.kind)
    ):
        return None
    return next(
        (
            c
            for c in reports
            if c.kind is titled.kind
            and c.sentence[0] > lead.sentence[0]
            and c.block in (BlockKind.LEAD, BlockKind.PARAGRAPH)
        ),
        None,
    )


def _headline_meeting_after_plans(
    extraction: _Extraction, lead: _Candidate, titled: _Candidate, reports: list[_Candidate]
) -> _Candidate | None:
    """The body's report of the headline's meeting, when the lead tells only plans.

    "Phó Thủ tướng … hội kiến Bí thư Khu ủy Quảng Tây … | … sẽ tham dự Hội nghị Thượng
    đỉnh … | Trưa cùng ngày, Phó Thủ tướng … gặp Bí thư Khu ủy …": the summit is ahead;
    the meeting the headline names, with someone it names, is what happened. Its word
    may be another for meeting someone (gặp for hội kiến).
    """
    kinds = _MEETING_SOMEONE if titled.kind in _MEETING_SOMEONE else frozenset({titled.kind})
    if lead.kind in kinds or not extraction.build(lead, main=True).planned:
        return None
    named = {key for _, key in titled.persons}
    for candidate in reports:
        if (
            candidate.sentence[0] > lead.sentence[0]
            and candidate.kind in kinds
            and candidate.block in (BlockKind.LEAD, BlockKind.PARAGRAPH)
            and named.intersection(key for _, key in candidate.persons)
            and not extraction.build(candidate, main=True).planned
        ):
            return candidate
    return None


def _main(
    extraction: _Extraction, candidates: list[_Candidate], titled: _Candidate | None
) -> Meeting | None:
    for kinds in (
        (BlockKind.LEAD,),
        (BlockKind.PARAGRAPH, BlockKind.ANSWER, BlockKind.QUESTION),
        (BlockKind.HEADING,),
        (BlockKind.CAPTION,),
    ):
        for candidate in candidates:
            if candidate.block in kinds:
                if titled is not None and candidate.kind is not titled.kind:
                    # The headline says what happened when the body's first report is
                    # of another kind: "… dự Hội nghị APEC", the lead telling what the
                    # leader did there in other words, a later paragraph whom he met.
                    candidate = titled
                return extraction.build(candidate, main=True)
    return None


def _interview(article: Article, statements: tuple[Statement, ...]) -> Meeting | None:
    answers = article.blocks_of(BlockKind.ANSWER)
    if not answers or not article.blocks_of(BlockKind.QUESTION):
        return None
    speakers = [s.speaker for s in statements if s.verb is None]
    first = answers[0]
    return Meeting(
        kind=MeetingKind.INTERVIEW,
        span=first.span,
        participants=tuple(dict.fromkeys(speakers)),
    )
