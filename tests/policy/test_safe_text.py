"""policy.safe_text: what relance copies from mail and events is bounded, plain and visible."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from policy.safe_text import NAME_LIMIT, plain_line, plain_text, shorten

HIDDEN = "\u202e\u202d\u2066\u2067\u2068\u2069\u200b\u200e\u200f\ufeff\x00\x07\x1b\x85\x9b"


@given(st.text(max_size=3000), st.integers(5, 400))
def test_a_plain_line_is_one_bounded_visible_line_and_stable(text: str, limit: int) -> None:
    line = plain_line(text, limit)
    assert len(line) <= limit
    assert not any(c in line for c in HIDDEN + "\r\n\t")
    assert "<script" not in line.lower()
    assert plain_line(line, limit) == line  # cleaned once = cleaned: hashes stay equal


def test_markup_goes_addresses_in_angle_brackets_stay() -> None:
    shown = plain_line("Jeanne <b>Dupont</b> <jeanne@acme.fr> <script>x()</script> <!-- y -->")
    assert shown == "Jeanne Dupont <jeanne@acme.fr> x()"
    assert plain_text("Contact : Jeanne <jeanne@acme.fr>\n<i>Poste</i> : PM") == (
        "Contact : Jeanne <jeanne@acme.fr>\nPoste : PM")


def test_a_reversed_display_name_reads_as_written() -> None:
    assert plain_line("Jeanne \u202eDupont\u202c", NAME_LIMIT) == "Jeanne Dupont"


def test_long_text_is_cut_at_a_word_with_an_ellipsis_and_cheaply() -> None:
    cut = shorten("candidature " * 30, 50)
    assert cut == "candidature " * 3 + "candidature…" and len(cut) <= 50
    started = time.perf_counter()
    for hostile in ("<!--" * 50_000, "<a " * 50_000, "x" * 1_000_000):
        plain_line(hostile)
        plain_text(hostile)
    assert time.perf_counter() - started < 1.0
