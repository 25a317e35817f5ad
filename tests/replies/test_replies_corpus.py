"""The floors on the project's corpus: a change that lowers them fails here."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest

from daemon.eval_replies import Report, evaluate, load_cases, run
from policy.model import Label
from policy.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "replies.jsonl"


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load_cases(CORPUS), Settings())


def test_corpus_is_large_balanced_and_labelled() -> None:
    items = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(items) >= 240
    languages = Counter(item["lang"] for item in items)
    assert abs(languages["fr"] - languages["en"]) <= len(items) // 10
    labels = Counter(item["label"] for item in items)
    assert all(labels[label.value] >= 20 for label in Label)
    assert sum(1 for item in items if "raw" in item) >= 120  # real MIME, through mailtext
    assert sum(1 for item in items if item.get("discriminatory")) >= 5


def test_macro_f1_floor(report: Report) -> None:
    assert report.macro_f1 >= 0.95


def test_date_exact_match_floor(report: Report) -> None:
    assert len(report.dated) >= 40
    assert report.date_accuracy >= 0.90


def test_no_refusal_is_read_as_good_news(report: Report) -> None:
    assert report.refusals_read_as_good_news == ()


def test_no_false_discrimination_flag(report: Report) -> None:
    wrongly = [o.case.id for o in report.outcomes if o.got.discriminatory
               and not o.case.discriminatory]
    assert wrongly == []


def test_every_decision_has_a_reason(report: Report) -> None:
    assert all(outcome.got.reasons for outcome in report.outcomes)


def test_run_prints_the_figures_and_ends_with_macro_f1() -> None:
    out = io.StringIO()
    assert run(CORPUS, out) == 0
    lines = out.getvalue().splitlines()
    assert lines[-1].startswith("macro-F1: ")
    assert float(lines[-1].split()[-1]) >= 0.95
    text = out.getvalue()
    assert "precision" in text and "confusion" in text and "dates:" in text
    assert "refusals read as positive_next_step or offer: 0" in text


def test_a_user_corpus_with_body_and_defaults(tmp_path: Path) -> None:
    corpus = tmp_path / "mine.jsonl"
    corpus.write_text("\n".join(json.dumps(item) for item in [
        {"id": "a", "lang": "fr", "label": "holding", "subject": "Re: x",
         "body": "Pas encore de décision, réponse sous quinzaine.",
         "expected_date": "2026-01-19", "note": "unknown fields are ignored"},
        {"id": "b", "lang": "en", "label": "rejection_generic", "subject": "Update",
         "body": "We regret to inform you that we will not proceed.", "expected_date": None},
    ]) + "\n", encoding="utf-8")
    out = io.StringIO()
    run(corpus, out)
    assert "dates: 2/2 exact" in out.getvalue()
    assert out.getvalue().splitlines()[-1] == "macro-F1: 1.000"


def test_eval_prints_decisions_confidence_and_writes_json(tmp_path: Path) -> None:
    corpus = tmp_path / "mine.jsonl"
    corpus.write_text("\n".join(json.dumps(item) for item in [
        {"id": "a", "lang": "en", "label": "holding", "subject": "Re: x",
         "body": "We are still reviewing applications and will get back to you by Friday.",
         "date_phrase": "by Friday"},
        {"id": "b", "lang": "en", "label": "rejection_generic", "subject": "Your application",
         "body": "We regret to inform you that we will not proceed with your application.",
         "date_phrase": None},
    ]) + "\n", encoding="utf-8")
    out, lines = io.StringIO(), tmp_path / "lines.jsonl"
    run(corpus, out, threshold=0.5, json_out=lines)
    text = out.getvalue()
    assert "decision accuracy (refusal / wait / next step / offer / other): 2/2" in text
    assert "confident readings (confidence >= 0.50)" in text
    assert "dates: 2/2 exact" in text
    rows = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["expected"], r["got"]) for r in rows] == [
        ("a", "holding", "holding"), ("b", "rejection_generic", "rejection_generic")]
    assert all(0.5 <= r["confidence"] <= 1.0 and r["reasons"] for r in rows)


def test_bad_lines_are_reported_together(tmp_path: Path) -> None:
    from connectors.errors import UserError

    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a", "label": "nope", "body": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(UserError) as raised:
        load_cases(corpus)
    assert "bad.jsonl: line 1: 'nope'" in str(raised.value)
    assert "bad.jsonl: line 2:" in str(raised.value)


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    from connectors.errors import UserError

    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a", "subject": "x", "body": "x"}\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"bad.jsonl: line 1: missing field 'label'"):
        load_cases(corpus)


def test_eval_replies_needs_no_calendar_nor_mailbox(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from daemon.cli import main

    config = tmp_path / "config.toml"
    config.write_text('[user]\nlanguage = "en"\n', encoding="utf-8")
    corpus = tmp_path / "mine.jsonl"
    corpus.write_text(json.dumps({"id": "a", "label": "rejection_generic", "subject": "Update",
                                  "body": "We regret that we will not proceed."}) + "\n",
                      encoding="utf-8")
    assert main(["--config", str(config), "eval-replies", str(corpus)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("macro-F1: ")
