"""On Google: a reply read below the confidence threshold gets a question event
in relance's calendar, and the Gmail label the user puts on it (relance/refus)
changes the plan at the next cycle (C2, D1)."""

from __future__ import annotations

from pathlib import Path

from connectors.mime import KEY_HEADER
from daemon.ledger import LedgerStore
from policy.model import StepStatus
from tests.daemon.daemon_world import UNSURE
from tests.google.test_google_example_cycle import USER, google_daemon
from tests.google_emulator import Emulator
from tests.google_emulator.markers import is_draft_marker

QUESTION = "acme industrie:1:confirm_reading"
FEEDBACK = "acme industrie:1:feedback_request"
INTERVIEW = {
    "id": "acmeinterview1", "status": "confirmed", "summary": "Entretien – Acme Industrie",
    "description": "Contact : Jeanne Dupont <jeanne.dupont@acme-industrie.example>",
    "start": {"dateTime": "2026-12-07T14:00:00+01:00", "timeZone": "Europe/Paris"},
    "end": {"dateTime": "2026-12-07T15:00:00+01:00", "timeZone": "Europe/Paris"},
    "organizer": {"email": "jeanne.dupont@acme-industrie.example"},
    "attendees": [{"email": "jeanne.dupont@acme-industrie.example",
                   "responseStatus": "accepted"},
                  {"email": USER, "self": True, "responseStatus": "accepted"}],
}


def relance_events(emulator: Emulator) -> dict[str, str]:
    return {
        e["extendedProperties"]["private"]["relanceKey"]: e["summary"]
        for c in emulator.calendar.calendars if c != USER
        for e in emulator.calendar.live_events(c) if not is_draft_marker(e)
    }


def test_a_gmail_label_on_an_unsure_reply_changes_the_plan(tmp_path: Path) -> None:
    emulator = Emulator(user_email=USER).start()
    try:
        emulator.calendar.put_event("primary", INTERVIEW)
        reply = emulator.gmail.deliver(UNSURE.encode("utf-8"))
        daemon = google_daemon(emulator, tmp_path)
        daemon.run()
        events = relance_events(emulator)
        assert events[QUESTION] == "Réponse d'Acme Industrie à lire : refus, attente ou suite ?"
        assert "acme industrie:1:follow_up" not in events
        assert FEEDBACK not in events

        emulator.gmail.user_labels(reply, "relance/refus")
        daemon.run()
        events = relance_events(emulator)
        assert QUESTION not in events  # moot once the user said how to read it
        assert FEEDBACK in events
        drafts = [m for m in emulator.gmail.drafts() if str(m[KEY_HEADER]) == FEEDBACK]
        assert len(drafts) == 1
        assert str(drafts[0]["In-Reply-To"]) == "<mot-acme-1@acme-industrie.example>"
        store = LedgerStore.open(tmp_path / "google.sqlite3")
        try:
            assert store.step(QUESTION).status is StepStatus.CANCELLED  # type: ignore[union-attr]
        finally:
            store.close()
        assert emulator.gmail.box.send_attempts == []
    finally:
        emulator.stop()
