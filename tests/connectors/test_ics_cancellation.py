"""RULES.md A1, E3: cancelled invitations, as mail clients save them, are read as cancelled."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ics_samples import INTERVIEW, calendar

from connectors.ics_serializer import IcsReading, read_events
from connectors.ics_source import IcsCalendarSource
from policy.interview_judge import Outcome, judge
from policy.interviews import read_interviews
from policy.settings import Settings

READING = IcsReading(
    window_start=datetime(2026, 11, 1, tzinfo=UTC),
    window_end=datetime(2027, 1, 31, tzinfo=UTC),
    user_emails=frozenset({"camille@example.org"}),
)
SETTINGS = Settings(user_emails=("camille@example.org",))
CANCEL = INTERVIEW.replace("SUMMARY:Entretien – ACME", "SUMMARY:Canceled: Entretien – ACME")


def test_a_method_cancel_file_without_status_is_a_cancelled_event() -> None:
    assert "STATUS" not in INTERVIEW
    (event,), problems = read_events(calendar(INTERVIEW, header="METHOD:CANCEL"), "a.ics", READING)
    assert problems == [] and event.cancelled
    assert judge(event, SETTINGS).outcome is Outcome.NOT_INTERVIEW
    assert read_interviews([event], SETTINGS) == ([], [])


def test_a_request_is_not_cancelled_but_its_canceled_title_is() -> None:
    (request,), _ = read_events(calendar(INTERVIEW, header="METHOD:REQUEST"), "a.ics", READING)
    assert not request.cancelled
    assert judge(request, SETTINGS).outcome is Outcome.INTERVIEW
    (renamed,), _ = read_events(calendar(CANCEL, header="METHOD:REQUEST"), "b.ics", READING)
    verdict = judge(renamed, SETTINGS)
    assert verdict.outcome is Outcome.NOT_INTERVIEW
    assert verdict.reason == 'it is cancelled (its title says "Canceled:")'


def test_the_cancellation_of_an_invitation_wins_over_it_whatever_the_file_order(
    tmp_path: Path,
) -> None:
    # Both at SEQUENCE 0, as some clients send them: the CANCEL still follows the REQUEST.
    for first, second in (("a", "b"), ("b", "a")):
        folder = tmp_path / first
        folder.mkdir()
        (folder / f"{first}-invite.ics").write_bytes(calendar(INTERVIEW, header="METHOD:REQUEST"))
        (folder / f"{second}-cancel.ics").write_bytes(calendar(INTERVIEW, header="METHOD:CANCEL"))
        source = IcsCalendarSource(folder, READING.window_start, READING.window_end,
                                   user_emails=["camille@example.org"])
        (event,) = source.changes(None).events
        assert event.cancelled
        assert read_interviews([event], SETTINGS) == ([], [])
