"""One bad item on Google (through the emulator and the real client): a raw
8-bit byte in a header, a malformed organizer address. The cycle ends, the
item is read as a mail client would or named in a problem, the rest is written."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.google.factory import GoogleSettings, google_backends
from daemon.backends import Backends
from daemon.clock import FixedClock
from daemon.cycle import Cycle
from daemon.ledger import LedgerStore
from policy.model import Address, Attendee, CalendarEvent, StepKind
from policy.settings import Settings
from tests.google.google_fixtures import write_token
from tests.google.test_google_example_cycle import NOW, PARIS, USER, as_google
from tests.google_emulator import Emulator

SETTINGS = Settings(user_name="Camille Martin", user_emails=(USER,))


def interview(company: str, organizer: str, day: int) -> CalendarEvent:
    start = datetime(2026, 12, day, 14, 0, tzinfo=PARIS)
    return CalendarEvent(
        source_id=f"{company}-1", title=f"Entretien – {company}", start=start,
        end=start + timedelta(hours=1), timezone="Europe/Paris",
        organizer=Attendee(organizer, "Jeanne Dupont"),
        attendees=(Attendee(USER, "Camille Martin", is_self=True),))


def cycle(emulator: Emulator, tmp: Path) -> Cycle:
    settings = GoogleSettings(
        token_file=write_token(emulator, tmp / "token.json"), api_endpoint=emulator.url,
        user_emails=frozenset({USER}), sender=Address(USER, "Camille Martin"))
    google = google_backends(settings, lambda: NOW, create_calendar=True,
                             sleep=lambda seconds: None)
    return Cycle(Backends(google.calendar, google.mail, google.events, google.drafts),
                 LedgerStore.open(tmp / "google.sqlite3"), SETTINGS, FixedClock(NOW))


def test_an_8bit_header_and_a_malformed_organizer_do_not_stop_a_google_cycle(
    tmp_path: Path,
) -> None:
    emulator = Emulator(user_email=USER).start()
    try:
        emulator.calendar.put_event("primary", as_google(interview("Acme", "rh@acme.example", 7)))
        emulator.calendar.put_event("primary", as_google(
            interview("Zeta", "jeanne@@zeta.example", 7)))
        emulator.gmail.deliver(
            b"From: Nadia B\xe9nali <rh@acme.example>\r\nTo: " + USER.encode() + b"\r\n"
            b"Subject: Re: Entretien\r\nDate: Tue, 08 Dec 2026 10:00:00 +0100\r\n"
            b"Message-ID: <n1@acme.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Merci, nous revenons vers vous sous quinzaine.\r\n", ("INBOX",))
        report = cycle(emulator, tmp_path).run()
        (message,) = report.messages
        assert message.sender.name == "Nadia Bénali"
        # The malformed address is never written to: set aside when choosing the
        # recipient, Zeta's drafts wait and relance asks who to write to (E1).
        asked = [s for s in report.steps
                 if s.application == "zeta" and s.kind is StepKind.CONTACT_NEEDED]
        assert asked or any("jeanne@@zeta.example" in p and "not a mail address" in p
                            for p in report.problems), report.problems
        box = emulator.gmail.box
        assert not any("jeanne@@zeta.example" in box.draft_message(d).raw.decode("utf-8", "replace")
                       for d in box.drafts), "a draft to a malformed address"
        assert {c.application for c in report.changes} == {"acme", "zeta"}
        assert emulator.gmail.box.send_attempts == []
    finally:
        emulator.stop()


CHUNKS = st.one_of(
    st.binary(max_size=60),
    st.sampled_from([b"\xe9", b"=?gb2312?b?1tDOxA==?=", b"<script>x</script>", b"\xe2\x80\xae",
                     b"jeanne@@zeta.example", b"Fri, 31 Dec 9999 23:59 -1200", b"a" * 3000]),
)


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=CHUNKS, subject=CHUNKS, day=st.one_of(st.just(b"Tue, 08 Dec 2026 10:00 +0100"),
                                                   CHUNKS), body=CHUNKS)
def test_a_google_cycle_over_any_header_bytes_ends_with_problems(
    name: bytes, subject: bytes, day: bytes, body: bytes,
) -> None:
    emulator = Emulator(user_email=USER).start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            emulator.calendar.put_event("primary", as_google(
                interview("Acme", "rh@acme.example", 7)))
            emulator.gmail.deliver(
                b"From: " + name + b" <rh@acme.example>\r\nTo: " + USER.encode() + b"\r\n"
                b"Subject: " + subject + b"\r\nDate: " + day + b"\r\n"
                b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\n" + body, ("INBOX",))
            report = cycle(emulator, Path(folder)).run()
            assert {c.application for c in report.changes} == {"acme"}
    finally:
        emulator.stop()
