"""Time per kB of hostile shapes at growing sizes: every stage must stay linear.

Usage: ``python benchmarks/bench_adversarial.py [--sizes 10,100,1000] [--budget 120]
[--shape NAME]``

Each shape is a text a fuzzer or an attacker could send, built to the size asked (in
kB of UTF-8), then parsed with every extractor and shown in the HTML view. The script
prints the time per kB at each size, the JSON written as a multiple of the input
(bounded output: 0.0x when the input is refused), and the ratio of the largest time per
kB to the smallest: a linear stage keeps it near 1 (the goal is under 2). A size whose
time the smaller ones project past ``--budget`` seconds is left out and said so, rather
than run for hours.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

import doingoai
from doingoai.display import article_html

_SEEDS = Path(os.environ.get("DOINGOAI_SEEDS") or Path(__file__).parents[2] / "shared" / "seeds")


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        count = max(1, size // len(unit.encode()))
        return " date 2024-05-06 " + unit * count

    return build


def _after(head: str, unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        count = max(1, size // len(unit.encode()))
        return " date 2024-05-06 " + head + unit * count

    return build


def _lines(head: str, line: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        count = max(1, size // len(line.encode()))
        return " date 2024-05-06 " + head + "\n" + "\n".join([line] * count)

    return build


def _then(unit: str, end: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        count = max(1, size // len(unit.encode()))
        return " date 2024-05-06 " + unit * count + end

    return build


def _numbered(template: str) -> Callable[[int], str]:
    """``template`` with ``{i}`` counted up: units alike but never the same."""

    def build(size: int) -> str:
        count = max(1, size // len(template.encode()))
        return " date 2024-05-06 " + "".join(template.format(i=i) for i in range(count))

    return build


def _combining(size: int) -> str:
    # Acute and dot-below piled on one letter, alternating so NFC must reorder them.
    marks = "\u0301\u0323" * max(1, size // 4)
    return " date 2024-05-06 Ha" + marks + " Nội."


def _names_alike(size: int) -> str:
    """Foreign names of one first and last word, their middle names all different."""
    unit = "Đại sứ Mỹ John Kabc Smith nói. "
    count = max(1, size // len(unit.encode()))
    middles = ("".join(chr(ord("a") + int(digit)) for digit in str(i)) for i in range(count))
    return " date 2024-05-06 " + "".join(f"Đại sứ Mỹ John Ka{m} Smith nói. " for m in middles)


def _seed(size: int) -> str:
    seeds = sorted(_SEEDS.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"no seeds in {_SEEDS} (set DOINGOAI_SEEDS)")
    text = seeds[0].read_text(encoding="utf-8")
    count = max(1, size // len(text.encode()))
    return text + ("\n\n" + text.split("\n", 1)[-1]) * (count - 1)


def _front_matter_aliases(size: int) -> str:
    # A long scalar aliased many times, inside the front matter limits.
    value = "x" * min(size, 30_000)
    aliases = ", ".join(["*a"] * max(1, size // 4))
    return f"---\ntitle: &a {value}\nlist: [{aliases}]\n---\nBody.\n"


SHAPES: dict[str, Callable[[int], str]] = {
    "titles 'Bộ trưởng '": _repeat("Bộ trưởng "),
    "titles 'Trưởng '": _repeat("Trưởng "),
    "statements, one paragraph": _repeat("Ông Nguyễn Văn An cho biết hai nước hợp tác tốt. "),
    "quotations with 'nói tại'": _repeat("“Hợp tác rất tốt”, ông An nói tại Hà Nội. "),
    "meetings, one paragraph": _repeat(
        "Chiều 5/5, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lý Cường. "
    ),
    "directives, one paragraph": _repeat(
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Ngoại giao khẩn trương triển khai Nghị quyết "
        "số 18-NQ/TW. "
    ),
    "directive list items": _lines(
        "Thủ tướng yêu cầu các bộ, ngành:", "- Tăng cường hợp tác với các đối tác;"
    ),
    "paragraphs of names": _lines("Tham dự có:", "Ông Nguyễn Văn An, Bộ trưởng Bộ Ngoại giao."),
    # One sentence: each verb one more directive of the same issuer, or a title before it.
    "directives joined by commas": _repeat("Thủ tướng Chính phủ yêu cầu các bộ tăng cường, "),
    "titles before verbs, no stop": _repeat("Bộ trưởng Bộ Ngoại giao đề nghị "),
    "words said after meetings": _repeat("Thủ tướng hội đàm với Thủ tướng Lào, nói rằng "),
    "committee subjects": _repeat("Trưởng Ban Chỉ đạo quốc gia về hội nhập quốc tế "),
    # One sentence: a teller, then event after event joined to the first.
    "meetings told, joined": _repeat(
        "Đại sứ Nguyễn An cho biết Thủ tướng Lê Bình hội đàm với Thủ tướng Lào, "
    ),
    "posts held together ('kiêm')": _repeat("Phó Thủ tướng kiêm "),
    "callings before names": _repeat("nhà báo Nga Pavel Zarubin và chuyên gia "),
    "styles before a name": _repeat("Samdech Techo "),
    # One sentence: leaders listed by commas before one meeting word, walked back to the first.
    "leaders listed by commas": _then(
        "Thủ tướng Phạm Minh Chính, Chủ tịch nước Lương Cường, ", "gửi điện mừng."
    ),
    "passive receptions": _repeat("Đại sứ Lào An Bình được Thủ tướng Lê Văn Tâm tiếp, "),
    "time clauses and topics": _repeat("trước khi ông An lên đường nói về chuyến thăm, "),
    # One person given a new post each time: the titles are kept once each, in a set.
    "one person, many posts": _numbered("Bộ trưởng Bộ Ngoại giao X{i} Nguyễn Văn An nói. "),
    # … each post named again by its bare role: the person's roles, too, kept in a set.
    "many posts, then bare roles": _numbered(
        "Bộ trưởng Bộ Ngoại giao X{i} Nguyễn Văn An nói. Bộ trưởng cho biết thêm. "
    ),
    # One sentence of verbs, none followed by an action word: each verb's addressees are
    # read within a bounded reach, not to the end of the sentence.
    "verbs with no action after": _after("Tổng Bí thư ", "nhấn mạnh, yêu cầu các cấp, "),
    # One meeting word, then thousands of people named in its sentence: the word of
    # receiving that makes one a recipient is sought once, not before each person.
    "people after one meeting word": _after("Thủ tướng tiếp ", "Đại sứ, Chủ tịch nước Tô Lâm "),
    # "tại …" again and again before names, in one sentence: each place read runs 40
    # words at most, not on to the sentence's end.
    "places before names": _repeat("Đại sứ Nhật Bản tại Việt Nam được Thủ tướng Lê An tiếp "),
    # Meeting words again and again in one sentence: whether a guest's doings ("… đang
    # thăm …") make one of them a setting is read once for the sentence, not at each.
    "meeting words, one sentence": _repeat("dâng hương cho biết "),
    # One person given a post in a new body each time, then a bare title of another
    # body: each is read against the first few bodies kept, not every one.
    "many bodies, then other bodies' titles": _numbered(
        "Bộ trưởng Bộ Ngoại giao X{i} Nguyễn Văn An nói. Bộ trưởng Bộ Tài chính Y{i} nói. "
    ),
    # One sentence: the verb said again after each semicolon, each one more directive;
    # whether a colon made them tasks is found once for the sentence.
    "a verb again after semicolons": _after(
        "Thủ tướng Phạm Minh Chính giao Bộ Công Thương theo dõi; ",
        "giao Bộ Tài chính bố trí kinh phí; ",
    ),
    # Thousands of foreign names of one first and last word: each is checked for the
    # longer name it may shorten among its own few, not among all of them.
    "foreign names alike": _names_alike,
    # One sentence of statements each opening the words of the one before: those words
    # end where the next statement after them begins, not at the sentence's end.
    "statements opening statements": _repeat("TS. Nguyễn An cho biết "),
    # Capitalised words and Arabic particles alone, with nothing between: each run of
    # name words is read to 24 tokens at most, not on to the text's end.
    "name words and particles alone": _repeat("Ông Faisal bin Farhan Al "),
    # Arrival words: what is sent is looked for a bounded way back, and whether one lies
    # inside a longer meeting word is one search, not a pass over the sentence's words
    # (the first reading of arrivals, never released, was quadratic in both).
    "messages carried, then arrivals": _repeat(
        "chuyển lời thăm hỏi của Tổng Bí thư Tô Lâm tới Tổng thống "
    ),
    "arrivals, one sentence": _repeat("Mark Rutte hôm qua (ngày 3/10) tới Ukraine "),
    # A name cut off with an ellipsis, thousands of times, each a different name: the
    # names each one begins are found by a bisect among the sorted keys, not by reading
    # every person again.
    "names cut short": _numbered("Chủ tịch Trần Văn Minh{i} ... "),
    # Particulars between names and titles ("…, 61 tuổi, …", "(SN 1957)", "quê …"): a
    # home is read for a few capitalised words at most.
    "ages, birth years, homes": _repeat(
        "Ông Lee Jae, 61 tuổi, ông An Bình (SN 1957), quê Hà Nội Huế "
    ),
    # Announcement words in one lead with no meeting word: the second reading, for the
    # main event, runs once, and only when the lead holds one.
    "announcements, one lead": _repeat("Tổng thống Yoon Suk Yeol tuyên bố thông báo cách chức "),
    # Documents signed before directive verbs: the signing is matched once per verb,
    # from the clause before it.
    "documents signed, then verbs": _repeat(
        "Thủ tướng Chính phủ vừa ký Công điện hỏa tốc số 45/CĐ-TTg yêu cầu "
    ),
    # Titles between dashes before a verb, and a dash closing another's words: the
    # dashes are looked for in the mention alone.
    "titles between dashes": _repeat("Ông Nguyễn Văn An - Chủ tịch UBND tỉnh Bình - cho biết "),
    # A plural title's list whose items open with ranks: each item's chain is read once.
    "ranked items of a list": _then(
        "Dự họp có các Thứ trưởng: ", "Thượng tướng Nguyễn Văn An, Trung tướng Lê Văn Bình, "
    ),
    # Bodies with commas in their names before names: each part past a comma is read once.
    "commas inside bodies": _repeat("Giám đốc Sở Văn hóa, Thể thao tỉnh An Giang Nguyễn Văn An "),
    # Shortened names after another's apposition, and embassies at cities: the names
    # ending a known one are looked up by their last word.
    "shortened names, embassies": _numbered(
        "Ông Đỗ Duy An{i} dự. Ông Lê Văn Bình, Đội trưởng Duy An{i} nói. Tùy viên Đại sứ quán "
        "Nga tại Hà Nội Lê Văn Chi{i} dự. "
    ),
    # Posts in lower case before directive verbs, each after a name: each holder is
    # looked for among the mentions of a bounded reach back, not all of them.
    "lower-case posts before verbs": _numbered(
        "Tổng thống Mỹ Joe Biden{i} nói. Sau đó, tổng thống Mỹ yêu cầu Quốc hội hành động. "
    ),
    # Bodies' lower-case words closed by a city and a short form, again and again.
    "bodies closed by cities": _repeat(
        "Ông Lê Văn An, Chủ tịch Hiệp hội Bất động sản TP.HCM (HoREA), Viện trưởng Viện "
        "Nghiên cứu phát triển Hà Nội, "
    ),
    # Wire datelines and no-break spaces at every paragraph.
    "wire datelines, no-break spaces": _lines(
        "Hà Nội, 20/6 (TTXVN) - Ngay sau lễ đón, hai nhà lãnh đạo hội\xa0đàm.",
        "Hà Nội (TTXVN) - Tại buổi tiếp, Thủ\xa0tướng đề\xa0nghị Đại sứ hợp tác.",
    ),
    # Paragraphs one a line under a headline's blank line, each line ending a sentence,
    # each opened by an outlet's tag: every line end is a cut, found once.
    "lines ending sentences, tags": _lines(
        "Chủ tịch nước tiếp Đại sứ\n",
        "TGVN. Tiếp ông Yamada Takio, Đại sứ Nhật Bản, Thủ tướng Lê Văn An đề nghị hợp tác.",
    ),
    # Lists of other articles' headlines, and a paragraph repeated word for word.
    "related lists, repeated paragraphs": _repeat(
        "Tin liên quan:\n\nThủ tướng tiếp Đại sứ Lào\n\nSáng 3/5, Thủ tướng Lê Văn An hội"
        " đàm với Thủ tướng Lào tại Hà Nội trong không khí hữu nghị.\n\n"
    ),
    # Bodies named after a late leader, one after another in a tail of posts.
    "bodies named after a late leader": _repeat(
        "Ông Lê Văn An, Giám đốc Bảo tàng Hồ Chí Minh, Chính ủy Bộ Tư lệnh Bảo vệ Lăng Chủ"
        " tịch Hồ Chí Minh, "
    ),
    # Names set off by commas after titles, days between speakers and verbs, posts right
    # after an honorific's name, sentences opening with a pronoun: one sentence each.
    "apposed names, told days": _repeat(
        "Ngoại trưởng Mỹ, Antony Blinken, ngày 8/5 cho biết hai bên đã gặp. Ông Lê Minh Hưng"
        " Trưởng ban Tổ chức Trung ương sáng nay (giờ địa phương) đã yêu cầu các bộ sẵn sàng"
        ' gặp nhau. Ông nói: "Hai nước là bạn", dù khác biệt", bà nói với ông Tập. '
    ),
    "leaders by epithet, short forms, datelines": _repeat(
        "Thứ Năm, 09/05/2024 14:30\n\n## Tin\n\nTổng thống Nga Vladimir Putin tiếp đoàn tỉnh"
        " Gyeonggi (Hàn Quốc) do ông chủ Nhà Trắng dẫn đầu. Nhà lãnh đạo Nga nói thêm rằng"
        " ủy viên Bộ Chính trị, thủ tướng Chủ tịch Cục Dự trữ Liên bang Mỹ (Fed) Jerome Powell"
        " giao Bộ trưởng Bộ Công Thương chủ trì Thông báo số 85/TB-VPCP, cùng Quân khu miền"
        " Nam Trung Quốc. "
    ),
    "sittings, calls, glued titles, no-break names": _repeat(
        "Video Tin trong nước\n\nBắc Kinh, ngày 8/5 (TTXVN) - Ngày 8/5, vào buổi chiều, dưới sự"
        " điều hành của Phó Chủ tịch Quốc hội Nguyễn\xa0Đức\xa0Hải, Quốc hội thảo luận tại Đoàn"
        " giữ chức vụ Phó Thủ tướng gọi điện thoại cho Thống đốc bang California Gavin Newsom"
        " với mục đích HLV Luis de la Fuente và Thủ tướng Lào Sonexay Siphandone đề nghị Bản"
        " ghi nhớ về hợp tác giáo dục, Hiệp định khung về Khu tự trị Quảng Tây nhân dịp # "
    ),
    "inline markup, title case": _repeat(
        "Thủ Tướng Phạm Minh Chính Tiếp Đại Sứ Với Các Cán Bộ\n\nChiều 9/5, **Thủ tướng**"
        " [Phạm Minh Chính](https://a.vn/x_(1)) tiếp <b>Đại sứ</b>&nbsp;Ito&nbsp;Naoki *và*"
        " __Bộ trưởng__ ![a](b) ](((a(a(a [[[ <<< &&& ***___ Sáng 15/12 "
    ),
    # A converted page's shapes: tables, underlined headings, escaped and bulleted
    # lists, lines wrapped at a width, and a Jekyll post's comments and Liquid tags
    # (some never closed).
    "tables, wrapped lines, template tags": _repeat(
        "| ![](https://a.vn/1.jpg) |\n| --- |\n| Thủ tướng tiếp Đại sứ. (Ảnh: VGP) |\n\nTin\n"
        "===\n\nChiều 9/5, Thủ tướng Phạm Minh Chính tiếp Bộ\ntrưởng Ngoại giao Singapore và"
        " đề\nnghị:\n  * Bộ Ngoại giao chủ trì.\n1\\. Bộ Công an phối hợp.\n\n<!-- ghi chú -->"
        " {% include a.html %} {{ site.title }} {: .lead} <!-- {% {{ "
    ),
    # The fourth session of 2026-11-30's shapes: posts given ahead of whom they go to,
    # worked with, invitations, matches, asides, passives, greetings passed on.
    "appointments, matches, invitations, asides": _repeat(
        "Bộ trưởng trao quyết định bổ nhiệm chức vụ Thứ trưởng đối với các đồng chí A và"
        " ông B. Những người từng làm việc với ông C. Trận đấu gặp U23 Lào. Thủ tướng mời"
        " ông D sớm thăm Việt Nam. Đại biểu E (Hà Nội) đề nghị Bộ trưởng F nói rõ lộ trình."
        " Sau khi rời Hà Nội, ông G được người đồng cấp tiếp đón. Chuyển lời thăm hỏi của"
        " Tổng Bí thư H. "
    ),
    "combining marks on one letter": _combining,
    "front matter aliases": _front_matter_aliases,
    "a seed repeated": _seed,
}


def _run(text: str) -> tuple[float, int]:
    """Seconds to parse, show and write ``text``, and the size of the JSON written."""
    started = time.perf_counter()
    try:
        article = doingoai.parse(text)
    except doingoai.ParseError:
        return time.perf_counter() - started, 0  # refused: also an answer, and a fast one
    article_html(article)
    written = len(doingoai.to_json(article))
    return time.perf_counter() - started, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="sizes in kB, ascending")
    parser.add_argument("--budget", type=float, default=120.0, help="seconds one run may take")
    parser.add_argument("--shape", action="append", help="run only these shapes (repeatable)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    # Load the lexicon and build the lazy patterns before anything is timed.
    _run(_seed(1))
    _run(_combining(1000))
    print("time per kB of input, and the JSON written as a multiple of the input")
    print(f"{'shape':32} " + " ".join(f"{f'{s} kB':>15}" for s in sizes) + "   max/min")
    for name, build in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        per_kb: list[float] = []
        cells: list[str] = []
        for size in sizes:
            if per_kb and len(per_kb) >= 2:
                growth = per_kb[-1] / per_kb[-2]
                projected = per_kb[-1] * growth * size
                if projected > args.budget:
                    cells.append(f"{'~' + format(projected, '.0f') + ' s':>15}")
                    continue
            text = build(size * 1000)
            kb = len(text.encode()) / 1000
            seconds, written = _run(text)
            per_kb.append(seconds / kb)
            cells.append(f"{per_kb[-1] * 1000:6.3f} ms {written / 1000 / kb:3.1f}x")
            if seconds > args.budget:
                break
        ratio = max(per_kb) / min(per_kb) if per_kb else float("nan")
        print(f"{name:32} " + " ".join(cells) + f"   {ratio:6.1f}x", flush=True)


if __name__ == "__main__":
    main()
