"""Directives and documents: the team's cases in ``fixtures/directives.txt`` and the seeds."""

from __future__ import annotations

import re

import pytest

import doingoai
from doingoai import DirectiveForce
from tests.cases import load_cases


def _cases() -> list:
    return load_cases("directives.txt")


def _none(value: str) -> str | None:
    return None if value == "-" else value


@pytest.mark.parametrize(("raw", "expected"), _cases())
def test_directives_and_documents(raw, expected):
    article = doingoai.parse(raw)
    directives = [
        line.removeprefix("directive:").strip()
        for line in expected
        if line.startswith("directive:")
    ]
    documents = [
        line.removeprefix("document:").strip() for line in expected if line.startswith("document:")
    ]
    assert len(article.directives) == len(directives), article.directives
    for directive, line in zip(article.directives, directives, strict=True):
        issuer, verb, force, addressees, content, items = (p.strip() for p in line.split(" | "))
        assert directive.issuer == issuer
        assert directive.verb == verb
        assert directive.force is DirectiveForce(force)
        assert directive.addressees == (() if addressees == "-" else tuple(addressees.split("; ")))
        assert directive.content.startswith(content), directive.content
        assert len(directive.items) == int(items), directive.items
        # Its words are the text's: as written, or parts joined (follow-on sentences
        # with ". ", list paragraphs with "; " after the lead-in's ": ").
        # … its line ends read as spaces (a wrapped page).
        written = " ".join(article.text[directive.span.slice].split())
        for part in re.split(r"\. |; |: ", directive.content):
            assert " ".join(part.split()) in written, (part, written)
    assert len(article.documents) == len(documents), article.documents
    for document, line in zip(article.documents, documents, strict=True):
        text, kind, number, issuer, congress, citations = (p.strip() for p in line.split(" | "))
        assert document.text == text
        assert document.kind == kind
        assert document.number == _none(number)
        assert document.issuer == _none(issuer)
        assert document.congress == (None if congress == "-" else int(congress))
        assert len(document.spans) == int(citations)
        assert all(article.text[span.slice].startswith(kind) for span in document.spans)


def test_directive_items_are_the_listed_tasks():
    article = doingoai.parse(_cases()[0].values[0])
    assert article.directives[0].items == (
        "cụ thể hóa các khuôn khổ quan hệ",
        "đẩy mạnh ngoại giao kinh tế",
        "làm tốt công tác bảo hộ công dân",
    )
    assert article.directives[0].meeting == 0  # given at the conference reported


def test_follow_on_sentence_continues_the_directive():
    article = doingoai.parse(_cases()[3].values[0])
    directive = article.directives[0]
    assert directive.content.endswith("công tác bảo hộ công dân phải được triển khai kịp thời")
    assert article.text[directive.span.slice].endswith("kịp thời.")


def test_follow_ons_run_on_only_in_paragraphs_that_ask_more():
    # Team-written: a parliament's question time on sea sand. What the Prime Minister
    # asks runs on into the next paragraph's modal; a paragraph that asks nothing ends
    # it, and a later "phải" said by the minister, or in an answer, is no follow-on.
    article = doingoai.parse(
        " date 2024-06-05 Thủ tướng Phạm Minh Chính chỉ đạo Bộ Tài nguyên và Môi trường"
        " nghiên cứu dùng cát biển san lấp. Việc này rất cấp bách.\n\n"
        "Các địa phương ven biển cũng phải khảo sát trữ lượng.\n\n"
        "Bộ đã đánh giá trữ lượng cát biển ở Sóc Trăng.\n\n"
        "Về lo ngại nhiễm mặn, bộ trưởng nói khi dùng cát biển phải đánh giá tác động.\n\n"
        "Đại biểu Lê Thị Hoa đề nghị bộ sớm ban hành hướng dẫn.\n\n"
        "Trả lời nội dung này, bộ trưởng thống nhất rằng cần tăng cường dự báo."
    )
    first, second = article.directives
    assert first.content == (
        "nghiên cứu dùng cát biển san lấp. Các địa phương ven biển cũng phải khảo sát trữ lượng"
    )
    assert second.content == "sớm ban hành hướng dẫn"


def test_a_lists_items_run_on_in_unmarked_paragraphs():
    # Team-written: an official dispatch whose first item has a paragraph of its own.
    article = doingoai.parse(
        " date 2024-07-14 Thủ tướng Chính phủ Phạm Minh Chính yêu cầu các bộ, địa phương:"
        "\n\n1. Tỉnh Hà Giang khẩn trương tìm kiếm người mất tích.\n\n"
        "Tổ chức thăm hỏi các gia đình có người bị nạn.\n\n"
        "2. Bộ Công an chỉ đạo lực lượng tại chỗ hỗ trợ địa phương."
    )
    (directive,) = article.directives
    assert directive.items == (
        "Tỉnh Hà Giang khẩn trương tìm kiếm người mất tích",
        "Bộ Công an chỉ đạo lực lượng tại chỗ hỗ trợ địa phương",
    )


def test_forces_order_strongest_first():
    assert sorted(DirectiveForce, reverse=True) == list(DirectiveForce)
    assert DirectiveForce.REQUIRE.strength == 6


# The seeds' directives, all of them in text order, checked by hand against the texts:
# (issuer, verb, first addressee or None, content start).
SEED_DIRECTIVES: dict[str, list[tuple[str, str, str | None, str]]] = {
    "000": [
        ("pham minh chinh", "đề nghị", "Bộ Ngoại giao", "tiếp tục đôn đốc thực hiện"),
        ("to lam", "đề nghị", "các Đại sứ", "quán triệt sâu sắc"),
        ("to lam", "yêu cầu", "các cơ quan đại diện", "bám sát"),
        ("to lam", "nhấn mạnh yêu cầu", "các Đại sứ", "phát huy vai trò tiên phong"),
        ("to lam", "lưu ý", "các cơ quan đại diện", "thể hiện hình ảnh"),
    ],
    "001": [
        ("luong tam quang", "nhấn mạnh yêu cầu", None, "làm sâu sắc hơn nữa đối ngoại quốc phòng"),
        ("to lam", "đề nghị", "Đảng ủy Bộ Ngoại giao", "tiếp tục phối hợp"),
        ("to lam", "căn dặn", "Đảng ủy Bộ Ngoại giao", "tiếp tục nắm chắc"),
        ("to lam", "đề nghị", "toàn ngành đối ngoại", "tiếp tục phát huy"),
    ],
    "002": [
        ("pham minh chinh", "yêu cầu", "ngành ngoại giao", "mở rộng không gian"),
        # "Thủ tướng lưu ý trong bối cảnh trên, …": lưu ý with a person as subject is a
        # directive by the dev set's rules, though it directs no one by name.
        ("pham minh chinh", "lưu ý", None, "trong bối cảnh trên, Đảng và Nhà nước"),
        ("pham minh chinh", "yêu cầu", "Bộ Ngoại giao", "quán triệt phương châm"),
        ("pham minh chinh", "chỉ đạo", None, "tập trung thực hiện hiệu quả 3 nội dung"),
        ("pham minh chinh", "chỉ đạo", None, "tiếp tục mở rộng"),
    ],
    "003": [
        ("to lam", "đề nghị", "công tác đối ngoại", "chủ động, kịp thời phát hiện cơ hội"),
        ("to lam", "yêu cầu", None, "nâng tầm"),
        ("bui thanh son", "đề nghị", "Ban Cán sự đảng Bộ Ngoại giao", "nghiêm túc quán triệt"),
    ],
}


@pytest.mark.parametrize("prefix", sorted(SEED_DIRECTIVES))
def test_seed_directives(seed, prefix):
    article = doingoai.parse_file(seed(prefix))
    found = [
        (d.issuer, d.verb, d.addressees[0] if d.addressees else None, d.content)
        for d in article.directives
    ]
    expected = SEED_DIRECTIVES[prefix]
    assert len(found) == len(expected), found
    for (issuer, verb, addressee, content), got in zip(expected, found, strict=True):
        assert got[:3] == (issuer, verb, addressee)
        assert got[3].startswith(content), got


def test_seed_directive_details(seed):
    article = doingoai.parse_file(seed("002"))
    keywords = next(d for d in article.directives if "24 từ khóa" in d.content)
    assert keywords.addressees == ("Bộ Ngoại giao", "ngành ngoại giao")
    assert len(keywords.items) == 6  # 24 words: six four-word slogans
    three = next(d for d in article.directives if d.content.startswith("tập trung"))
    assert len(three.items) == 3
    reminder = doingoai.parse_file(seed("000")).directives[-1]
    assert (reminder.verb, reminder.force) == ("lưu ý", DirectiveForce.REMIND)
    assert reminder.addressees == ("các cơ quan đại diện",)


SEED_DOCUMENTS = {
    "000": {
        ("Nghị quyết", "59", "Bộ Chính trị", None),
        ("Nghị quyết", "250", "Quốc hội", None),
        ("Nghị quyết", None, None, 14),
    },
    "004": {
        ("Quy chế", "392", "Bộ Chính trị", None),
        ("Nghị quyết", "250", "Quốc hội", None),
        ("Nghị quyết", None, None, 14),
    },
}


@pytest.mark.parametrize("prefix", sorted(SEED_DOCUMENTS))
def test_seed_documents(seed, prefix):
    article = doingoai.parse_file(seed(prefix))
    found = {(d.kind, d.number, d.issuer, d.congress) for d in article.documents}
    assert found == SEED_DOCUMENTS[prefix]
    congress = next(d for d in article.documents if d.congress == 14)
    # Counted by hand: the XIV congress's resolution is cited three times in 000 and five
    # in 004 (a bare "Nghị quyết Đại hội" names no congress), and listed once.
    assert len(congress.spans) == {"000": 3, "004": 5}[prefix]


def test_a_lexicon_of_ones_own_reads_calls_and_reminders(tmp_path):
    # By default "kêu gọi" and "nhắc nhở" direct no one (the accuracy guide's verbs);
    # a user's lexicon adds them with their force.
    text = (
        " date 2024-05-20 Thủ tướng Phạm Minh Chính kêu gọi doanh nghiệp chủ động nắm bắt"
        " cơ hội. Bộ trưởng Bùi Thanh Sơn nhắc nhở cán bộ giữ gìn kỷ luật."
    )
    assert doingoai.parse(text).directives == ()
    extra = tmp_path / "directives.toml"
    extra.write_text(
        '[directive_forces]\n"kêu gọi" = "call on"\n"nhắc nhở" = "remind"\n', encoding="utf-8"
    )
    article = doingoai.parse(text, lexicon=doingoai.Lexicon.load(extra))
    assert [(d.issuer, d.verb, d.force, d.addressees) for d in article.directives] == [
        ("pham minh chinh", "kêu gọi", DirectiveForce.CALL_ON, ("doanh nghiệp",)),
        ("bui thanh son", "nhắc nhở", DirectiveForce.REMIND, ("cán bộ",)),
    ]


def test_an_issuer_the_text_never_names_is_kept_with_the_title_it_is_given():
    # A telegram of the government, told in the team's words: the Prime Minister is
    # never named, and the list that follows is what he directs.
    article = doingoai.parse(
        " date 2024-09-06 Trước diễn biến phức tạp của bão số 3, Thủ tướng Chính phủ yêu"
        " cầu:\n\n1. Bộ Quốc phòng - Chủ động bố trí lực lượng, phương tiện cứu hộ.\n\n"
        "2. Các tỉnh ven biển - Kêu gọi tàu thuyền vào nơi tránh trú an toàn.\n\n"
        "Bộ Ngoại giao yêu cầu các cơ quan đại diện theo dõi sát tình hình."
    )
    (directive,) = article.directives  # an organisation directs no one: it is no person
    assert (directive.issuer, directive.issuer_title) == (None, "Thủ tướng Chính phủ")
    assert directive.addressees == ("Bộ Quốc phòng", "Các tỉnh ven biển")
    assert directive.content.startswith("1. Bộ Quốc phòng - Chủ động bố trí lực lượng")
    assert "; 2. Các tỉnh ven biển - Kêu gọi" in directive.content
    assert directive.items[0].startswith("Bộ Quốc phòng - Chủ động")
    # Found by the title it is given, and by nothing else.
    assert doingoai.Corpus([article]).directives(issuer="Thủ tướng") == [(article, directive)]
    assert doingoai.Corpus([article]).directives(issuer="Phạm Minh Chính") == []
    record = doingoai.exports.records([article], "directives")[0]
    assert (record["issuer"], record["issuer_key"]) == ("Thủ tướng Chính phủ", None)


def test_a_post_in_lower_case_with_its_body_keeps_its_title_when_no_one_holds_it():
    # As outlets that write posts in lower case tell it: never named, the minister of a
    # body directs all the same; a bare post in lower case (no body) is no one's.
    article = doingoai.parse(
        " date 2024-09-08 Sau cuộc họp, bộ trưởng Bộ Công Thương yêu cầu các nhà máy điện"
        " bảo đảm vận hành an toàn. Trước đó, thủ tướng yêu cầu các bộ hỗ trợ địa phương."
    )
    (directive,) = article.directives
    assert (directive.issuer, directive.issuer_title) == (None, "bộ trưởng Bộ Công Thương")
    assert (directive.addressees, directive.content) == (
        ("các nhà máy điện",),
        "bảo đảm vận hành an toàn",
    )


def test_a_title_before_what_it_signed_is_the_issuer():
    # Team-written, after typhoon Yagi: the Prime Minister, never named, signs a telegram
    # that directs; a decision that hands land over directs no one.
    article = doingoai.parse(
        " date 2024-09-09 Ngày 8/9, Thủ tướng Chính phủ đã ký Công điện số 86/CĐ-TTg yêu cầu"
        " các địa phương khẩn trương khắc phục hậu quả bão số 3.\n\nKhu đô thị Linh Đàm có từ"
        " năm 1994. Năm ấy, Thủ tướng có quyết định giao 184 ha đất ở bán đảo Linh Đàm cho"
        " một doanh nghiệp của Bộ Xây dựng."
    )
    (directive,) = article.directives
    assert (directive.issuer, directive.issuer_title, directive.verb) == (
        None,
        "Thủ tướng Chính phủ",
        "yêu cầu",
    )
    assert directive.addressees == ("các địa phương",)
    assert directive.content == "khẩn trương khắc phục hậu quả bão số 3"
    assert [document.text for document in article.documents] == ["Công điện số 86/CĐ-TTg"]


def test_a_title_after_a_word_that_goes_on_is_the_next_directives_issuer():
    # Team-written: after an accident, the Prime Minister, never named, gives two
    # directives; the second paragraph opens with "Đồng thời" before his title.
    article = doingoai.parse(
        " date 2024-04-22 Ngay khi nhận được tin, Thủ tướng Chính phủ chỉ đạo Bộ Y tế khẩn"
        " trương cứu chữa người bị thương.\n\nĐồng thời Thủ tướng chỉ đạo lãnh đạo tỉnh"
        " Yên Bái trực tiếp đến hiện trường.\n\nNgoài ra, Bộ trưởng Bộ Y tế yêu cầu các bệnh"
        " viện sẵn sàng tiếp nhận."
    )
    assert [(d.issuer_title, d.addressees, d.content) for d in article.directives] == [
        ("Thủ tướng Chính phủ", ("Bộ Y tế",), "khẩn trương cứu chữa người bị thương"),
        ("Thủ tướng", ("lãnh đạo tỉnh Yên Bái",), "trực tiếp đến hiện trường"),
        ("Bộ trưởng Bộ Y tế", ("các bệnh viện",), "sẵn sàng tiếp nhận"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A title a name follows: "giao" ends the word "Ngoại giao".
        "Bộ trưởng Ngoại giao Phạm Bình Minh tiếp Đại sứ Nhật Bản.",
        # "Chỉ đạo" in capitals names a body; so does "chỉ đạo" after "Ban" in lower case.
        "Trưởng Ban Chỉ đạo quốc gia chủ trì hội nghị.",
        "Phó Trưởng Ban chỉ đạo phòng chống thiên tai tỉnh kiểm tra đê điều.",
        # A passive: the person is proposed for discipline.
        "Bí thư Thành ủy Đinh Tiến Dũng bị đề nghị kỷ luật.",
        # A group, not one person's title.
        "Bộ trưởng các nước yêu cầu Israel ngừng bắn.",
    ],
)
def test_words_before_a_verb_that_are_no_issuers_title(text):
    assert doingoai.parse(" date 2024-10-26 " + text).directives == ()


def test_a_ministry_whose_name_ends_like_a_verb_does_not_hide_its_heads_directive():
    # Team-written: "Ngoại giao" ends with "giao", a directive verb; before another verb
    # the words are the ministry's name, its head's title.
    article = doingoai.parse(
        " date 2024-04-14 Sau cuộc tấn công của Iran vào Israel, Bộ trưởng Bộ Ngoại giao"
        " đề nghị Đại sứ quán Việt Nam tại Israel theo dõi sát tình hình, sẵn sàng bảo hộ"
        " công dân. Giám đốc Sở Ngoại vụ tỉnh Khánh Hòa bàn giao hồ sơ cho đoàn."
    )
    assert [(d.issuer_title, d.verb, d.addressees) for d in article.directives] == [
        ("Bộ trưởng Bộ Ngoại giao", "đề nghị", ("Đại sứ quán Việt Nam tại Israel",))
    ]


def test_what_is_proposed_after_rang_has_no_addressee():
    # Team-written: "rằng" opens what is proposed; it is no one addressed.
    article = doingoai.parse(
        " date 2024-09-20 Thủ tướng Phạm Minh Chính đề nghị rằng các nước ASEAN cần tăng"
        " cường hợp tác ứng phó biến đổi khí hậu."
    )
    (directive,) = article.directives
    assert directive.addressees == ()
    assert directive.content.startswith("rằng các nước ASEAN cần tăng cường")


def test_a_title_that_spoke_carries_over_to_the_directive_after_its_comma():
    # Team-written: a title never named, a statement verb, a comma, then the directive;
    # and a verb far from the statement verb, whose subject is another ("cục").
    article = doingoai.parse(
        " date 2025-01-10 Phát biểu bế mạc hội nghị, Tổng Bí thư nhấn mạnh, yêu cầu các"
        " cấp ủy phải gương mẫu thực hiện tinh gọn bộ máy. Trong báo cáo, Bộ Ngoại giao cho"
        " biết, nhằm hỗ trợ công dân, cục thường xuyên phối hợp, chỉ đạo các cơ quan đại"
        " diện bảo hộ công dân."
    )
    (directive,) = article.directives
    assert (directive.issuer, directive.issuer_title, directive.verb) == (
        None,
        "Tổng Bí thư",
        "yêu cầu",
    )
    assert directive.addressees == ("các cấp ủy",)
    assert directive.content == "gương mẫu thực hiện tinh gọn bộ máy"
