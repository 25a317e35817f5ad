"""A lost ledger on Google (issue 11): the new one adopts relance's events and
drafts found by their key, writes none twice, and keeps an event and a draft
the user deleted deleted (the event's id stays taken at Google, the draft's
marker stays in relance's calendar: the step is dismissed, E4)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from test_google_example_cycle import NOW, SETTINGS, USER, google_daemon, load_google, local_cycle

from connectors.google.factory import GoogleSettings, google_backends
from connectors.mime import KEY_HEADER
from daemon.backends import Backends
from daemon.clock import FixedClock
from daemon.cycle import Cycle
from daemon.ledger import LedgerStore
from daemon.wiring import WINDOW_AFTER, WINDOW_BEFORE
from policy.model import Address, StepStatus
from tests.google_emulator import Emulator
from tests.google_emulator.markers import is_draft_marker


def test_a_new_ledger_adopts_googles_items_and_keeps_what_the_user_deleted_deleted(
    tmp_path: Path,
) -> None:
    _, calendar = local_cycle(tmp_path)
    emulator = Emulator(user_email=USER).start()
    try:
        load_google(emulator, calendar)
        first = google_daemon(emulator, tmp_path)
        first.run()
        own = next(c for c in emulator.calendar.calendars if c != USER)
        events = {e["extendedProperties"]["private"]["relanceKey"]: e["id"]
                  for e in emulator.calendar.live_events(own) if not is_draft_marker(e)}
        drafts = Counter(str(m[KEY_HEADER]) for m in emulator.gmail.drafts())
        assert len(events) >= 5 and len(drafts) >= 3
        deleted = sorted(events)[0]
        emulator.calendar.user_delete(own, events[deleted])
        gone = sorted(drafts)[0]
        [gone_id] = emulator.gmail.drafts_with(KEY_HEADER, gone)
        emulator.gmail.user_deletes_draft(gone_id)
        emulator.clear_log()

        store = LedgerStore.open(tmp_path / "rebuilt.sqlite3")  # the first one is lost
        settings = GoogleSettings(  # relance's calendar as the config pins it
            token_file=tmp_path / "token.json", api_endpoint=emulator.url, calendar_id=own,
            user_emails=frozenset({USER}), sender=Address(USER, "Camille Martin"),
            days_back=WINDOW_BEFORE.days, days_ahead=WINDOW_AFTER.days)
        google = google_backends(settings, lambda: NOW, sleep=lambda seconds: None)
        rebuilt = Cycle(Backends(google.calendar, google.mail, google.events, google.drafts),
                        store, SETTINGS, FixedClock(NOW))
        report = rebuilt.run()
        assert "event deleted by you: dismissed (E4)" in {
            c.what for c in report.changes if c.key == deleted}
        rebuilt.run()
        assert len(emulator.calendar.calendars) == 2  # no second calendar of relance's
        assert emulator.calls("gmail.users.drafts.create") == []
        assert emulator.calls("calendar.events.update") == []
        assert len(emulator.calls("calendar.events.insert")) == len(events)  # each 409: taken
        live = Counter(e["extendedProperties"]["private"]["relanceKey"]
                       for e in emulator.calendar.live_events(own) if not is_draft_marker(e))
        assert live == Counter(k for k in events if k != deleted)
        assert Counter(str(m[KEY_HEADER]) for m in emulator.gmail.drafts()) == Counter(
            k for k in drafts.elements() if k != gone)
        status = {r.key: r.status for r in store.steps()}
        assert status[deleted] is StepStatus.DISMISSED
        assert status[gone] is StepStatus.DISMISSED
        # The deleted draft's step is dismissed with its companion event (same step key).
        assert all(status[k] is not StepStatus.DISMISSED for k in live if k != gone)
        assert emulator.gmail.box.send_attempts == []
    finally:
        emulator.stop()
