"""The message catalogue: every text relance builds as a `Msg` has its French,
with the same fields; a `Msg` is its English text everywhere a str is expected."""

from __future__ import annotations

import ast
import pickle
import string
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from policy.words import Joined, Moment, Msg, in_language
from policy.words_fr import FRENCH

POLICY = Path(__file__).resolve().parents[2] / "policy"


def _msgids() -> dict[str, str]:
    """Each literal message id of the policy source, with where it is."""
    found: dict[str, str] = {}
    for file in POLICY.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Msg" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found[str(node.args[0].value)] = f"{file.name}:{node.lineno}"
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_its_french_with_the_same_fields() -> None:
    msgids = _msgids()
    assert len(msgids) > 20
    for msgid, where in msgids.items():
        assert msgid in FRENCH, f"{where}: no French for {msgid!r}"
        assert _fields(FRENCH[msgid]) == _fields(msgid), where
    assert set(FRENCH) <= set(msgids), "entries no Msg uses any more"


def test_a_msg_is_its_english_text_and_renders_its_arguments_in_french() -> None:
    day = Msg("{day}", day=date(2027, 3, 1))
    moment = Moment(datetime(2026, 12, 7, 14, 0, tzinfo=ZoneInfo("Europe/Paris")))
    reason = Msg("D1: ask for feedback on the refusal ({where}); never proposed after {day}",
                 where=Msg("{moment}", moment=moment), day=day)
    assert reason == ("D1: ask for feedback on the refusal (Monday 7 December 2026 14:00); "
                      "never proposed after Monday 1 March 2027")
    assert reason.text("fr") == ("D1 : demander un retour sur le refus (lundi 7 décembre "
                                 "2026 à 14:00) ; jamais proposé après le lundi 1er mars 2027")
    assert in_language(reason, "en") == str(reason)
    assert in_language("plain {text}", "fr") == "plain {text}"
    again = pickle.loads(pickle.dumps(reason))
    assert again == reason and again.text("fr") == reason.text("fr")
    lines = Msg("A4: right after the {where}, note what it lacks: {lines}", where="x",
                lines=Joined((Msg("delay"), "points")))
    assert lines.text("fr").endswith("notez ce qui manque : délai, points")
