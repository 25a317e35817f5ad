"""Whatever bytes the files hold, the parsers answer with values or Problems, never raise."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ics_samples import INTERVIEW, calendar
from mail_samples import REPLY

from connectors.base import draft_hash
from connectors.errors import UserError
from connectors.ics_serializer import IcsReading, read_events
from connectors.mime import MailReading, draft_message, parse_bytes, read_message, written_draft
from policy.model import Address, DraftSpec

READING = IcsReading(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 31, tzinfo=UTC))
MAIL = MailReading(user_emails=frozenset({"camille@example.org"}))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ICS_LINES = calendar(INTERVIEW).split(b"\r\n")
MAIL_LINES = REPLY.split(b"\n")


def spliced(lines: list[bytes], data: st.DataObject) -> bytes:
    """A real file with random bytes spliced in, dropped lines or cut short."""
    kept = list(lines)
    for _ in range(data.draw(st.integers(0, 4))):
        where = data.draw(st.integers(0, len(kept)))
        action = data.draw(st.sampled_from(["insert", "drop", "cut"]))
        if action == "insert":
            kept.insert(where, data.draw(st.binary(max_size=60)))
        elif action == "drop" and kept:
            kept.pop(min(where, len(kept) - 1))
        else:
            kept = kept[:where]
    return b"\r\n".join(kept)


@FUZZ
@given(st.binary(max_size=2000))
def test_ics_reader_survives_random_bytes(data: bytes) -> None:
    events, problems = read_events(data, "fuzz.ics", READING)
    assert all(p.where == "fuzz.ics" for p in problems)
    assert isinstance(events, list)


@FUZZ
@given(st.data())
def test_ics_reader_survives_damaged_calendars(data: st.DataObject) -> None:
    events, problems = read_events(spliced(ICS_LINES, data), "fuzz.ics", READING)
    assert all(p.where == "fuzz.ics" for p in problems)
    for event in events:
        assert event.source_id and (event.all_day or event.start.tzinfo is not None)


@FUZZ
@given(st.binary(max_size=2000))
def test_mime_reader_survives_random_bytes(data: bytes) -> None:
    message, problems = read_message(data, "fuzz.eml", "k", MAIL)
    assert message is not None or problems  # a skipped message is always reported
    assert all(p.where == "fuzz.eml" for p in problems)


@FUZZ
@given(st.data())
def test_mime_reader_survives_damaged_messages(data: st.DataObject) -> None:
    message, problems = read_message(spliced(MAIL_LINES, data), "fuzz.eml", "k", MAIL)
    assert message is not None or problems
    if message is not None:
        assert message.date.tzinfo is not None and "@" in message.sender.email


printable = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\r\n\t"))


@FUZZ
@given(subject=printable, name=printable, body=printable)
def test_any_text_makes_a_draft_with_no_extra_header_that_reads_back_unchanged(
    subject: str, name: str, body: str
) -> None:
    spec = DraftSpec((Address("jeanne@acme.fr", name),), subject, body, "fr")
    try:
        message = draft_message(
            "acme/1/follow_up",
            spec,
            Address("camille@example.org"),
            datetime(2026, 12, 7, 8, 0, tzinfo=UTC),
        )
    except UserError:
        return
    again = parse_bytes(message.as_bytes())
    assert sorted(k.lower() for k in again) == sorted(
        [
            "from",
            "to",
            "subject",
            "date",
            "message-id",
            "x-relance-key",
            "content-type",
            "content-transfer-encoding",
            "mime-version",
        ]
    )
    assert draft_hash(written_draft(again)) == draft_hash(spec)
