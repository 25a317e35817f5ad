"""Whole cycles over arbitrary bytes and values: they end with problems, never raise.

Each example builds a fresh world (the two interviews of `daemon_world`, one
reply from Acme's recruiter) and replaces parts of it with whatever Hypothesis
draws: a header's bytes, an address, a date, a body, an event's title,
organizer or start. A cycle then runs with the real policy on the local
backends (.ics + Maildir) and on the memory backend; whatever the input, it
must end (problems allowed) and leave the ledger readable.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from daemon_world import setup_world
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectors.memory import MemoryCalendar, MemoryMailbox
from daemon.backends import Backends
from daemon.clock import FixedClock
from daemon.config import load_config
from daemon.cycle import Cycle
from daemon.ledger import LedgerStore
from daemon.wiring import build_backends
from policy.model import Address, Attendee, CalendarEvent, Direction, Message
from policy.settings import Settings

NOW = datetime(2026, 12, 9, 8, 30, tzinfo=UTC)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
ACME = b"jeanne.dupont@acme-industrie.example"

chunk = st.one_of(
    st.binary(max_size=80),
    st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"\xe9", b"=?gb2312?b?1tDOxA==?=", b"=?iso-8859-1?q?caf=E9_=96?=",
                     b"<script>alert(1)</script>", b"\xe2\x80\xae", b"jeanne@@zeta.example",
                     b'jeanne"@zeta.example', b"\r\n\tBcc: x@y.z", b"Fri, 31 Dec 9999 23:59 -1200",
                     b"Mon, 01 Jan 0001 00:00:00 +0000", b"\x00\x1b[31m", b"a" * 5000]),
)


def mail_bytes(draw: st.DrawFn) -> bytes:
    name, address = draw(chunk), draw(st.one_of(st.just(ACME), chunk))
    day = draw(st.one_of(st.just(b"Wed, 09 Dec 2026 08:10:00 +0100"), chunk))
    subject, body = draw(chunk), draw(st.binary(max_size=400) | chunk)
    charset = draw(st.sampled_from([b"utf-8", b"iso-8859-1", b"gb2312", b"x-nonsense", b""]))
    return (b"From: " + name + b" <" + address + b">\r\nTo: camille.martin@gmail.com\r\n"
            b"Date: " + day + b"\r\nSubject: " + subject + b"\r\nMessage-ID: <" + draw(chunk)
            + b"@x>\r\nIn-Reply-To: " + draw(chunk) + b"\r\nContent-Type: text/plain; charset="
            + charset + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)


def ics_event(draw: st.DrawFn) -> bytes:
    summary, organizer = draw(chunk), draw(st.one_of(st.just(ACME), chunk))
    start = draw(st.one_of(st.just(b"20261207T140000"), chunk))
    return (b"BEGIN:VEVENT\r\nUID:" + draw(chunk) + b"\r\nDTSTAMP:20261120T080000Z\r\n"
            b"DTSTART;TZID=Europe/Paris:" + start + b"\r\nSUMMARY:Entretien " + summary
            + b"\r\nDESCRIPTION:" + draw(chunk) + b"\r\nORGANIZER;CN=" + draw(chunk)
            + b":mailto:" + organizer + b"\r\nEND:VEVENT\r\n")


@st.composite
def local_world(draw: st.DrawFn) -> tuple[bytes, bytes]:
    return mail_bytes(draw), ics_event(draw)


@FUZZ
@given(local_world())
def test_a_local_cycle_over_any_bytes_ends_with_problems_not_an_exception(
    world: tuple[bytes, bytes],
) -> None:
    mail, event = world
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        config_path = setup_world(root)
        (root / "Maildir" / "new" / "1765264200.fuzz.test").write_bytes(mail)
        agenda = root / "calendar" / "agenda.ics"
        agenda.write_bytes(agenda.read_bytes().replace(b"END:VCALENDAR", event + b"END:VCALENDAR"))
        config = load_config(config_path)
        clock = FixedClock(NOW)
        (root / "out").mkdir()
        store = LedgerStore.open(config.ledger)
        try:
            for _ in range(2):  # the second cycle reads the first one's ledger
                Cycle(build_backends(config, clock, store), store, config.settings, clock).run()
            assert len(store.view().entries) >= 2  # Brightwave's steps at least
        finally:
            store.close()


texts = st.text(max_size=200) | st.sampled_from(
    ["<b>x</b>", "\u202eevil", "Entretien – Acme", "a" * 20000, "\x00\x07", "jeanne@@z.example"])
moments = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                       timezones=st.just(UTC)) | st.just(NOW - timedelta(days=1))
days = st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30))


@st.composite
def memory_items(draw: st.DrawFn) -> tuple[CalendarEvent, Message]:
    start = draw(moments | days)
    email = draw(st.just("rh@acme.fr") | st.emails() | texts)
    event = CalendarEvent(
        source_id=draw(texts) or "x", title="Entretien – " + draw(texts), start=start,
        end=draw(st.none() | moments | days), timezone=draw(st.none() | texts),
        description=draw(texts), location=draw(texts),
        organizer=Attendee(email, draw(st.none() | texts)), origin=draw(texts),
        attendees=tuple(Attendee(e) for e in draw(st.lists(texts, max_size=3))))
    message = Message(
        id=draw(texts) or "m", thread_id=draw(st.none() | texts),
        sender=Address(email, draw(st.none() | texts)), recipients=(),
        date=draw(moments), direction=draw(st.sampled_from(Direction)),
        subject=draw(texts), text=draw(texts), message_id=draw(st.none() | texts),
        references=tuple(draw(st.lists(texts, max_size=3))), origin=draw(texts))
    return event, message


@FUZZ
@given(memory_items())
def test_a_memory_cycle_over_any_values_ends_with_problems_not_an_exception(
    items: tuple[CalendarEvent, Message],
) -> None:
    event, message = items
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    calendar.add_event(event)
    mailbox.add_message(message)
    store = LedgerStore(__import__("sqlite3").connect(":memory:", isolation_level=None), None)
    settings_ = Settings(user_name="Camille", user_emails=("camille@example.org",))
    for _ in range(2):
        Cycle(Backends(calendar, mailbox, calendar, mailbox), store, settings_,
              FixedClock(NOW)).run()
