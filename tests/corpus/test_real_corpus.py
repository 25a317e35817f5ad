"""Format checks for the real public recruiter-mail corpora in tests/corpus/real/.

Every ``*.jsonl`` file there (French, English, and any later one) must keep the
format described in tests/corpus/real/README.md, because the reader's training
script and ``relance eval-replies`` read these lines without further checks.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REAL_DIR = Path(__file__).parent / "real"
FILES = sorted(REAL_DIR.glob("*.jsonl"))
LABELS = {
    "holding",
    "positive_next_step",
    "offer",
    "rejection_generic",
    "rejection_with_reason_skills",
    "rejection_future_opening",
    "rejection_categorical",
    "other",
}
KEYS = ["id", "lang", "label", "subject", "body", "source", "note", "date_phrase"]
ID_RE = re.compile(r"^pub-(fr|en)-\d{3,}$")


def _records(path: Path) -> list[tuple[int, dict[str, object]]]:
    out: list[tuple[int, dict[str, object]]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            pytest.fail(f"{path.name} line {n}: not JSON ({exc})")
    return out


def test_there_is_at_least_one_corpus_file() -> None:
    assert FILES, f"no *.jsonl file in {REAL_DIR}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_lines_follow_the_format(path: Path) -> None:
    records = _records(path)
    assert records, f"{path.name} is empty"
    for n, rec in records:
        where = f"{path.name} line {n}"
        assert list(rec) == KEYS, f"{where}: keys {list(rec)} != {KEYS}"
        assert isinstance(rec["id"], str) and ID_RE.match(rec["id"]), (
            f"{where}: bad id {rec['id']!r}")
        assert rec["lang"] in {"fr", "en"}, f"{where}: bad lang {rec['lang']!r}"
        assert str(rec["id"]).split("-")[1] == rec["lang"], f"{where}: id and lang disagree"
        assert rec["label"] in LABELS, f"{where}: unknown label {rec['label']!r}"
        for key in ("subject", "body", "source", "note"):
            assert isinstance(rec[key], str), f"{where}: {key} is not a string"
        assert str(rec["body"]).strip(), f"{where}: empty body"
        assert str(rec["source"]).strip(), f"{where}: no source"
        src = str(rec["source"])
        assert src.startswith(("http://", "https://", "github:")), (
            f"{where}: source is neither URL nor github:")
        phrase = rec["date_phrase"]
        assert phrase is None or (
            isinstance(phrase, str) and phrase and phrase in str(rec["body"])
        ), f"{where}: date_phrase {phrase!r} is not a substring of body"


def test_ids_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    for path in FILES:
        for n, rec in _records(path):
            rid = str(rec["id"])
            assert rid not in seen, f"{path.name} line {n}: id {rid} already used in {seen[rid]}"
            seen[rid] = f"{path.name} line {n}"


def test_bodies_are_not_duplicated() -> None:
    seen: dict[str, str] = {}
    for path in FILES:
        for n, rec in _records(path):
            body = " ".join(str(rec["body"]).split())
            assert body not in seen, f"{path.name} line {n}: same body as {seen[body]}"
            seen[body] = f"{path.name} line {n}"
