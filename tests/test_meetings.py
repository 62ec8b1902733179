"""Meetings: the team's cases in ``fixtures/meetings.txt`` and the seeds' main events."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import doingoai
from doingoai import Meeting, MeetingKind, PartialDate, PartOfDay
from doingoai.extract._analysis import Found, sentence_opening
from doingoai.extract.meetings import _Extraction, _trigger_pattern
from doingoai.lexicon import Lexicon
from doingoai.text import words_pattern
from tests.cases import load_cases


def _cases() -> list:
    return load_cases("meetings.txt")


def _expected(line: str) -> dict:
    fields: dict = {"participants": (), "planned": False, "from_caption": False}
    for part in line.split(" ; "):
        name, _, value = part.partition("=")
        if name == "planned":
            fields["planned"] = True
        elif name == "caption":
            fields["from_caption"] = True
        elif name == "participants":
            fields["participants"] = tuple(value.split(","))
        elif name == "kind":
            fields["kind"] = MeetingKind(value)
        elif name == "date":
            fields["date"] = PartialDate.parse(value)
        elif name == "part":
            fields["part_of_day"] = PartOfDay(value)
        else:
            fields[name] = value
    return fields


def _actual(meeting: Meeting) -> dict:
    keys = (
        "kind",
        "date",
        "part_of_day",
        "location",
        "chair",
        "participants",
        "counterpart",
        "occasion",
        "name",
        "planned",
        "from_caption",
    )
    return {key: getattr(meeting, key) for key in keys}


@pytest.mark.parametrize(("raw", "expected"), _cases())
def test_meetings(raw, expected):
    article = doingoai.parse(raw)
    assert len(article.meetings) == len(expected), [_actual(m) for m in article.meetings]
    for meeting, line in zip(article.meetings, expected, strict=True):
        want = {
            "date": None,
            "part_of_day": None,
            "location": None,
            "chair": None,
            "counterpart": None,
            "occasion": None,
            "name": None,
            **_expected(line),
        }
        assert _actual(meeting) == want
        assert 0 <= meeting.span.start < meeting.span.end <= len(article.text)


def _main(seed, prefix):
    article = doingoai.parse_file(seed(prefix))
    assert article.meetings, "every seed reports an event"
    return article.meetings[0]


def test_seed_000_working_session(seed):
    main = _main(seed, "000")
    assert main.kind is MeetingKind.WORKING_SESSION
    assert (main.date, main.part_of_day) == (PartialDate(2026, 1, 25), PartOfDay.MORNING)
    assert main.location == "Hà Nội"
    assert main.chair == "to lam"
    assert main.counterpart is not None
    assert main.counterpart.startswith("các Đại sứ, Trưởng cơ quan đại diện")
    assert set(main.participants) == {"pham minh chinh", "pham gia tuc", "le hoai trung"}


def test_seed_001_meeting_without_a_date(seed):
    main = _main(seed, "001")
    assert main.kind is MeetingKind.MEETING
    assert main.date is None  # the text gives none; 2025-09-15 is the publication date
    assert main.chair == "to lam"
    assert set(main.participants) == {
        "le hoai trung",
        "phan van giang",
        "luong tam quang",
        "bui thanh son",
    }


def test_seed_002_conference(seed):
    main = _main(seed, "002")
    assert main.kind is MeetingKind.CONFERENCE
    assert main.name is not None
    assert main.name.startswith("Hội nghị tổng kết công tác năm 2025 và triển khai")
    assert main.name.endswith("năm 2026 của ngành ngoại giao")
    assert (main.date, main.part_of_day) == (PartialDate(2025, 12, 29), PartOfDay.AFTERNOON)
    assert set(main.participants) == {"pham minh chinh", "bui thanh son"}


def test_seed_003_working_session(seed):
    main = _main(seed, "003")
    assert main.kind is MeetingKind.WORKING_SESSION
    assert (main.date, main.part_of_day) == (PartialDate(2024, 8, 29), PartOfDay.MORNING)
    assert main.location == "Hà Nội"
    assert main.chair == "to lam"
    assert main.counterpart == "Ban Cán sự đảng Bộ Ngoại giao"
    assert main.occasion == "kỷ niệm 79 năm thành lập ngành"
    assert set(main.participants) == {"bui thanh son", "nguyen duy ngoc", "le hoai trung"}


def test_seed_004_interview_and_caption_talks(seed):
    article = doingoai.parse_file(seed("004"))
    main = article.meetings[0]
    assert main.kind is MeetingKind.INTERVIEW
    assert main.participants == ("nguyen manh cuong",)
    talks = [m for m in article.meetings if m.kind is MeetingKind.TALKS and m.from_caption]
    with_xi = [m for m in talks if "tap can binh" in m.participants]
    assert len(with_xi) == 1
    assert with_xi[0].chair == "to lam"
    assert with_xi[0].date == PartialDate(2025, 4, 14)


def test_meetings_can_run_alone():
    raw = (
        " date 2025-04-05 Tối 4/4, Tổng Bí thư Tô Lâm điện đàm với Tổng thống Hoa Kỳ Donald Trump."
    )
    article = doingoai.parse(raw, extract=("meetings",))
    assert article.speakers == ()
    assert article.meetings == doingoai.parse(raw).meetings


@pytest.mark.parametrize(
    ("text", "kind", "date", "chair", "participants"),
    [
        # An appointment handed over is a ceremony.
        (
            " date 2024-01-17 Chiều 16/1, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng trao"
            " quyết định bổ nhiệm Đại sứ đặc mệnh toàn quyền cho 12 cán bộ.",
            "lễ",
            "2024-01-16",
            "vo van thuong",
            (),
        ),
        # A message of state is an event of its own ("other"), not talks.
        (
            " date 2024-09-02 Ngày 2/9, Tổng Bí thư, Chủ tịch nước Tô Lâm gửi điện chúc mừng"
            " Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith.",
            "other",
            "2024-09-02",
            "to lam",
            ("thongloun sisoulith",),
        ),
        # A call to someone named is a phone call.
        (
            " date 2022-03-04 Tối 3/3, Chủ tịch nước Nguyễn Xuân Phúc gọi điện cho Đại sứ Việt"
            " Nam tại Ukraine Nguyễn Hồng Thạch.",
            "điện đàm",
            "2022-03-03",
            "nguyen xuan phuc",
            ("nguyen hong thach",),
        ),
        # A group received, named by its post in lower case.
        (
            " date 2026-01-20 Ngày 19/1, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng"
            " tiếp các đại sứ không thường trú.",
            "tiếp",
            "2026-01-19",
            "le thi thu hang",
            (),
        ),
    ],
)
def test_ceremonies_messages_calls_and_groups(text, kind, date, chair, participants):
    (meeting,) = doingoai.parse(text).meetings
    assert meeting.kind.value == kind
    assert str(meeting.date) == date
    assert meeting.chair == chair
    assert meeting.participants == participants


@pytest.mark.parametrize(
    "opening",
    ["", "Hà Nội (TTXVN) - ", "**Hà Nội (TTXVN) -** ", "> ", "Theo phóng viên TTXVN tại Hà Nội, "],
)
def test_a_lead_that_opens_at_the_headlines_event_keeps_it_main(opening):
    # "Tại buổi tiếp, …" reports the ambassador's credentials (a ceremony) at the
    # reception the headline names: the reception is the main event, whatever opens the
    # lead (a wire's dateline, in bold or not, or a quotation mark).
    article = doingoai.parse(
        " date 2024-03-05\nPhó Thủ tướng Trần Hồng Hà tiếp tân Đại sứ Pháp\n\n"
        f"{opening}Tại buổi tiếp, Phó Thủ tướng Trần Hồng Hà chúc mừng Đại sứ đã trình Quốc"
        " thư lên Chủ tịch nước.\n"
    )
    assert article.meetings[0].kind is MeetingKind.RECEPTION
    assert article.meetings[0].counterpart == "tân Đại sứ Pháp"


def test_a_call_or_a_gift_to_no_one_named_is_no_event():
    text = (
        " date 2024-05-05 Người dân không gọi điện cho họ được. Xã trao tặng nhà tình thương"
        " cho hộ nghèo. Anh gọi điện thoại cho trực ban."
    )
    assert doingoai.parse(text).meetings == ()


def test_a_chair_taken_from_a_later_report_is_no_participant():
    # Found by the shuffled-sentences property test: the headline's reception took its
    # chair from the dated report and kept him among the participants as well.
    article = doingoai.parse(
        " date 2023-11-02 Tiếp đoàn có Thứ trưởng\n\nChiều 1/11 tại trụ sở Bộ Ngoại giao,"
        " Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp bà Caroline Tan."
    )
    main = article.meetings[0]
    assert (main.kind, str(main.date), main.chair) == (
        MeetingKind.RECEPTION,
        "2023-11-01",
        "do hung viet",
    )
    assert "do hung viet" not in main.participants


def test_the_person_after_duoi_su_chu_tri_cua_chairs():
    # The person before the meeting word would chair it, but the sentence says who does.
    text = (
        " date 2024-06-21 Chiều 20/6, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn dự phiên họp"
        " dưới sự chủ trì của Thủ tướng Phạm Minh Chính."
    )
    (meeting,) = doingoai.parse(text).meetings
    assert meeting.chair == "pham minh chinh"
    assert meeting.participants == ("bui thanh son",)


def test_a_lexicon_without_cues_plans_nothing():
    # An empty list of cues once made a pattern that matched the empty string: every
    # meeting then read as planned.
    data = doingoai.Lexicon.default()._as_data()
    for key in ("planned_cues", "attendance_cues", "other_event_cues"):
        data[key] = []
    bare = doingoai.Lexicon.from_data(data)
    article = doingoai.parse(
        " date 2024-07-13 Chiều 12/7, Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Lào"
        " Sonexay Siphandone.",
        lexicon=bare,
    )
    [talks] = article.meetings
    assert talks.kind is doingoai.MeetingKind.TALKS
    assert talks.planned is False


def test_announcements_are_the_lexicons_to_choose():
    # Team-written: a declaration in the lead of an article that reports no meeting. Its
    # words are the lexicon's: without them there is no main event; with one more, a
    # user's own word makes one.
    text = (
        " date 2024-12-04 Tối 3/12, Tổng thống Hàn Quốc Yoon Suk Yeol đã ban bố tình"
        " trạng thiết quân luật."
    )
    data = doingoai.Lexicon.default()._as_data()
    assert doingoai.parse(text).meetings == ()
    data["announcement_words"] = [*data["announcement_words"], "ban bố"]
    [declared] = doingoai.parse(text, lexicon=doingoai.Lexicon.from_data(data)).meetings
    assert (declared.kind, declared.date, declared.chair) == (
        doingoai.MeetingKind.OTHER,
        doingoai.PartialDate(2024, 12, 3),
        "yoon suk yeol",
    )
    data["announcement_words"] = []
    tuyen_bo = text.replace("ban bố", "tuyên bố")
    assert doingoai.parse(tuyen_bo, lexicon=doingoai.Lexicon.from_data(data)).meetings == ()
    assert len(doingoai.parse(tuyen_bo).meetings) == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Two lower-case words between capitals stay in the name, when a capital follows.
        (
            " date 2025-01-21 Chiều 20/1, Lễ tang nguyên Bộ trưởng được tổ chức tại Nhà tang"
            " lễ Quốc gia, số 5 Trần Thánh Tông.",
            "Nhà tang lễ Quốc gia",
        ),
        (
            " date 2024-06-02 Sáng 1/6, Thủ tướng dự lễ phát động tại Nhà văn hóa Thanh niên"
            " Thành phố Hồ Chí Minh.",
            "Nhà văn hóa Thanh niên Thành phố Hồ Chí Minh",
        ),
    ],
)
def test_places_of_several_words(text, place):
    (meeting,) = doingoai.parse(text).meetings
    assert meeting.location == place


def test_a_place_ends_at_a_linking_word():
    from doingoai.extract.meetings import _bodies, _trim_place

    bodies = _bodies(doingoai.Lexicon.default())
    # "kiêm" joins two postings ("… tại Thái Lan kiêm nhiệm Lào"), not two words of a place.
    assert _trim_place("Thái Lan kiêm nhiệm Việt Nam", bodies) == "Thái Lan"
    assert _trim_place("Nhà tang lễ Quốc gia vào sáng nay", bodies) == "Nhà tang lễ Quốc gia"
    # An international body is named whole, its lower-case words and all.
    assert (
        _trim_place("trụ sở Liên minh châu Âu ở Brussels", bodies)
        == "trụ sở Liên minh châu Âu ở Brussels"
    )


def _meeting_words_one_sentence_at_a_time(extraction: _Extraction) -> list[list[tuple[int, int]]]:
    pattern = _trigger_pattern(extraction.lexicon)
    return [
        [found.span() for found in pattern.finditer(extraction.keyed, start, end)]
        for start, end, _ in extraction.sentences
    ]


CUT_CAPTION = (
    " date 2024-05-06 Thủ tướng hội đàm với Thủ tướng Lào.Sau đó hai bên họp báo.\n\n"
    "Thủ tướng hội kiến Chủ tịch Quốc hội Lào -Ảnh: TTXVN\n"
)


def test_meeting_words_read_once_are_each_sentences_own(seeds_dir):
    # The meeting words of the whole text, shared out to the sentences, are those each
    # sentence would find on its own: also a sentence cut before a photo credit.
    articles = [doingoai.parse(CUT_CAPTION, extract=("speakers",))]
    articles += [doingoai.parse_file(p, extract=("speakers",)) for p in seeds_dir.iterdir()]
    lexicon = Lexicon.default()
    for article in articles:
        extraction = _Extraction(article, lexicon, article.speakers, article.statements)
        found = extraction.analysis.found(_trigger_pattern(lexicon))
        shared = [[m.span() for m in found.within(s, e)] for s, e, _ in extraction.sentences]
        assert shared == _meeting_words_one_sentence_at_a_time(extraction)
        assert any(shared)
    cut = _Extraction(articles[0], lexicon, (), ())
    last = [cut.text[s:e] for s, e, _ in cut.sentences][-1]
    assert last == "Thủ tướng hội kiến Chủ tịch Quốc hội Lào -"  # cut before the credit


PHRASED = st.lists(st.sampled_from(["hội", " đàm", "hội đàm", " ", ".", "x", "\n"]), max_size=15)


@given(PHRASED.map("".join), st.integers(0, 30), st.integers(0, 30))
def test_found_within_a_range_is_what_the_range_alone_gives(text, start, size):
    pattern = words_pattern(["hội đàm", "hội", "đàm"])
    end = min(len(text), start + size)
    found = Found(pattern, text).within(start, end)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("after", ["này", "đó", "nói trên", "là", "gỡ này", "mặt đó"])
def test_a_meeting_word_that_names_the_meeting_again_has_no_counterpart(after):
    # "Cuộc gặp này là …": the noun refers back to the meeting; what follows is no one.
    raw = (
        " date 2024-11-14 Tổng thống Joe Biden và Tổng thống đắc cử Donald Trump trò chuyện"
        " tại Phòng Bầu dục ngày 13/11.\n\n"
        f"Cuộc gặp {after} truyền thống giữa người rời nhiệm sở và người kế nhiệm.\n"
    )
    [meeting] = doingoai.parse(raw).meetings
    assert meeting.kind is MeetingKind.ENCOUNTER
    assert meeting.date == PartialDate(2024, 11, 13)
    assert meeting.counterpart is None


@pytest.mark.parametrize(
    ("paragraph", "opening"),
    [
        ("Hà Nội, 20/6 (TTXVN) - Ngay sau lễ đón, …", "Ngay"),
        ("Hà\xa0Nội (TTXVN)\xa0- Tại buổi tiếp, …", "Tại"),
        ("(Chinhphu.vn) - Sáng 3/5, …", "Sáng"),
        ("VOV.VN - Ngay sau lễ đón, …", "Ngay"),
        ("TPO - Thủ tướng yêu cầu …", "Thủ"),
        ("**Tại buổi tiếp, …**", "Tại"),
        ("TGVN. Ngay sau lễ đón, …", "Ngay"),
        ("QĐND Online - Sáng 3/5, …", "Sáng"),
        # A word not in capitals before a dash is the sentence's own.
        ("Mỹ - Trung Quốc nối lại đối thoại quân sự.", "Mỹ"),
        ("Nga - Ukraine trao đổi tù binh.", "Nga"),
        ("Chiều 3/5, Thủ tướng tiếp …", "Chiều"),
    ],
)
def test_a_paragraph_opens_past_a_dateline_a_tag_or_emphasis(paragraph, opening):
    assert paragraph[sentence_opening(paragraph, 0) :].startswith(opening + " ")


@pytest.mark.parametrize("mark", ["#", "…", "-", "**"])
def test_an_occasion_needs_a_word(mark):
    # Found by the token-soup fuzzer: "nhân dịp" and only a mark at a text's end gave the
    # occasion "#".
    article = doingoai.parse(
        " date 2024-05-10\n\nChiều 9/5, Thủ tướng Phạm Minh Chính tiếp Đại sứ Ito Naoki"
        f" nhân dịp {mark}"
    )
    [meeting] = article.meetings
    assert meeting.occasion is None
    assert meeting.kind is doingoai.MeetingKind.RECEPTION
