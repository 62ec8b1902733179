"""A short, deterministic version of ``fuzz/fuzz_parse.py``: the same invariants.

The inputs are team-written texts and hostile fragments, spliced, cut and flipped by
hypothesis, plus the seed articles mutated the same way. The long run is the atheris
harness (see ``docs/reading.md``).
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.invariants import check
from tests.strategies import raw_articles

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Shapes that once broke a promise, or that the parsers treat specially.
FRAGMENTS = [
    "---\n",
    "---",
    "...\n",
    " date ",
    " date 0001-01-01 ",
    " date 9999-12-31 ",
    "date: Thu, 04 Apr 2024 00 00 00 +0700\n",
    "date: !!timestamp 2024-01-01\n",
    "x: !!int f\n",
    "x: !!bool f\n",
    "x: .nan\n",
    "x: " + "9" * 5000 + "\n",
    "x: 0x" + "f" * 500 + "\n",
    "a: &a [1, 2]\nb: [*a, *a]\n",
    'title: "🔥🔥 [Chủ đề] Tin \\"\n',
    "link: http://[x\n",
    "\ufeff",
    "\u034f",
    "a" + "\u0301\u0323" * 40,
    "\x1b[2J",
    "\u202e",
    "“Hợp tác rất tốt”, ông An nói tại Hà Nội. ",
    "Hôm qua, ngày mai, sáng nay, cùng ngày ",
    "Bộ trưởng Bộ trưởng Trưởng Trưởng ",
    "Thủ tướng yêu cầu:\n\n- Bộ Ngoại giao chủ trì;\n- các bộ, ngành phối hợp.\n",
    "Chiều 29-12, Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Lào. ",
    "theo Nghị quyết số 18-NQ/TW, ",
    "\n\n",
    "\r\n",
    ":",
    "[",
]


@st.composite
def hostile(draw: st.DrawFn) -> bytes:
    """A generated article with fragments spliced in, maybe cut and a byte flipped."""
    text = draw(raw_articles())
    for fragment in draw(st.lists(st.sampled_from(FRAGMENTS), max_size=6)):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + fragment + text[cut:]
    data = text.encode("utf-8")
    if data and draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if data and draw(st.booleans()):
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    return data


@SETTINGS
@given(hostile())
# Inputs that once broke a promise: a fact holding a string with no word, or padded.
@example(b"---\n---\n\nTH\xe1\xbb\xa6 T\xc6\xaf\xe1\xbb\x9aNG A/y\xc3\x8aU C\xe1\xba\xa6U:")
@example(b"---\n---\n\n- Xin.\n\nTH\xe1\xbb\xa8 TR\xc6\xaf\xe1\xbb\x9eNG A A: :.")
@example(" date 2024-02-08 Cục ; Nghị quyết về chủ nhiệm Tổng cục Chính trị ; Xà Dương".encode())
@example(" date 2024-10-10 các ông Lê Thanh Hải Ban chỉ đạo ) “ TIẾP TỤC năm 1945".encode())
@example(" date 2024-11-18 Sáng 18/11, Bộ Giáo dục tổ chức gặp mặt\u00a0...".encode())
@example(" date 2024-05-10 Thủ tướng Phạm Minh Chính khẳng định hai nước là bạn \u00a0-".encode())
@example(" date 2024-04-13 Bộ trưởng, Tô Lâm, chủ tịch".encode())  # a title's body ","
def test_hostile_input_keeps_every_promise(data):
    check(data)


@SETTINGS
@given(st.data())
def test_mutated_seeds_keep_every_promise(seeds_dir, data):
    seeds = sorted(seeds_dir.glob("*.txt"))
    raw = data.draw(st.sampled_from(seeds)).read_bytes()
    start = data.draw(st.integers(0, len(raw)))
    end = data.draw(st.integers(start, len(raw)))
    fragment = data.draw(st.sampled_from(FRAGMENTS)).encode("utf-8")
    check(raw[:start] + fragment + raw[end:])
