"""B1, B4, B6, E5: the thank-you after an interview, in Europe/Paris."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from plan_builders import (
    application,
    by_kind,
    end_of,
    entry,
    interview,
    notes,
    outbound,
    paris,
    record,
    run,
)

from policy.model import Action, Contact, Ledger, StepKind, StepStatus

FRIDAY = paris(2026, 12, 4, 16)  # Friday 4 December 2026, 16:00


def test_thank_you_is_due_the_next_business_day_at_nine_and_closes_two_business_days_on() -> None:
    steps = run([application(interview(FRIDAY))], now=paris(2026, 12, 4, 18))
    thanks = by_kind(steps)[StepKind.THANK_YOU]
    assert thanks.due == paris(2026, 12, 7, 9)  # Monday
    assert thanks.window_end == end_of(2026, 12, 8)  # Tuesday, end of day
    assert thanks.key == "acme:1:thank_you"
    assert thanks.event is not None and thanks.event.start == paris(2026, 12, 7, 9)
    assert thanks.draft is None  # E2: the draft waits for its day
    assert "B1" in thanks.reason and "Friday 4 December 2026" in thanks.reason


def test_thank_you_draft_is_written_on_its_day() -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=paris(2026, 12, 4, 18)))
    steps = run([app], ledger=ledger, now=paris(2026, 12, 7, 8, 30))
    thanks = by_kind(steps)[StepKind.THANK_YOU]
    assert thanks.draft is not None
    assert thanks.draft.to[0].email == "jeanne@acme.fr"
    assert thanks.draft.language == "fr"
    assert [s.kind for s in steps] == [StepKind.THANK_YOU]


def test_expired_thank_you_is_never_proposed_late() -> None:
    steps = run([application(interview(FRIDAY))], now=paris(2026, 12, 9, 0, 1))
    assert StepKind.THANK_YOU not in by_kind(steps)
    assert StepKind.FOLLOW_UP in by_kind(steps)


def test_thank_you_planned_but_unsent_is_cancelled_once_its_window_closes() -> None:
    planned = entry("acme:1:thank_you", StepKind.THANK_YOU, paris(2026, 12, 7, 9),
                    StepStatus.WRITTEN, event_written=True, draft_written=True)
    ledger = Ledger(entries=(planned,))
    steps = run([application(interview(FRIDAY))], ledger=ledger, now=paris(2026, 12, 9, 9))
    cancel = by_kind(steps, Action.CANCEL)[StepKind.THANK_YOU]
    assert "window closed" in cancel.reason


@pytest.mark.parametrize(
    ("interview_day", "due_day", "closes"),
    [
        (date(2026, 12, 24), date(2026, 12, 28), date(2026, 12, 29)),  # Christmas Friday
        (date(2026, 4, 30), date(2026, 5, 4), date(2026, 5, 5)),  # 1 May 2026 is a Friday
        (date(2026, 5, 7), date(2026, 5, 11), date(2026, 5, 12)),  # 8 May 2026 is a Friday
        (date(2027, 5, 5), date(2027, 5, 7), date(2027, 5, 10)),  # Ascension, Thursday 6 May
        (date(2027, 4, 30), date(2027, 5, 3), date(2027, 5, 4)),  # 1 May 2027 is a Saturday
    ],
)
def test_public_holidays_are_not_business_days(
    interview_day: date, due_day: date, closes: date
) -> None:
    start = paris(interview_day.year, interview_day.month, interview_day.day, 11)
    steps = run([application(interview(start))], now=start)
    thanks = by_kind(steps)[StepKind.THANK_YOU]
    assert thanks.due == paris(due_day.year, due_day.month, due_day.day, 9)
    assert thanks.window_end == end_of(closes.year, closes.month, closes.day)


def test_all_day_interview_counts_from_its_date() -> None:
    app = application(interview(date(2026, 12, 4), end=date(2026, 12, 5)))
    steps = run([app], now=paris(2026, 12, 4, 8))
    assert by_kind(steps)[StepKind.THANK_YOU].due == paris(2026, 12, 7, 9)
    assert by_kind(steps)[StepKind.FOLLOW_UP].due == paris(2026, 12, 11, 9)


def test_interview_in_new_york_counts_on_the_users_local_date() -> None:
    # 18:00 in New York on Thursday 3 December is midnight, Friday 4 December, in Paris.
    start = datetime(2026, 12, 3, 18, tzinfo=ZoneInfo("America/New_York"))
    steps = run([application(interview(start))], now=paris(2026, 12, 4, 8))
    assert by_kind(steps)[StepKind.THANK_YOU].due == paris(2026, 12, 7, 9)
    assert by_kind(steps)[StepKind.THANK_YOU].window_end == end_of(2026, 12, 8)


def test_own_message_in_the_window_counts_as_the_thank_you() -> None:
    app = application(interview(FRIDAY))
    mine = outbound(paris(2026, 12, 5, 10))  # Saturday morning, written alone
    steps = run([app], [mine], now=paris(2026, 12, 5, 11))
    assert StepKind.THANK_YOU not in by_kind(steps)
    assert StepKind.FOLLOW_UP in by_kind(steps)


def test_own_message_cancels_a_pending_thank_you_with_a_b4_reason() -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=paris(2026, 12, 4, 18)))
    mine = outbound(paris(2026, 12, 5, 10))
    steps = run([app], [mine], ledger=ledger, now=paris(2026, 12, 5, 11))
    cancel = by_kind(steps, Action.CANCEL)[StepKind.THANK_YOU]
    assert cancel.reason.startswith("B4") and "counts as the thank-you" in cancel.reason
    assert by_kind(steps) == {}


def test_message_to_someone_else_is_not_a_contact_attempt() -> None:
    app = application(interview(FRIDAY))
    elsewhere = outbound(paris(2026, 12, 5, 10), to="ami@exemple.fr")
    steps = run([app], [elsewhere], now=paris(2026, 12, 5, 11))
    assert StepKind.THANK_YOU in by_kind(steps)


def test_debrief_right_after_the_interview_lists_what_is_missing() -> None:
    bare = notes(present=frozenset({"channel"}))
    steps = run([application(interview(FRIDAY, annotations=bare))], now=paris(2026, 12, 4, 16, 30))
    debrief = by_kind(steps)[StepKind.DEBRIEF]
    assert debrief.event is not None
    assert debrief.event.start == paris(2026, 12, 4, 17)
    assert debrief.event.end == paris(2026, 12, 4, 17, 30)
    assert debrief.draft is None
    assert "A4" in debrief.reason and "delay" in debrief.reason and "channel" not in debrief.reason
    assert "- Réponse : sous 10 jours" in debrief.event.description
    assert "- Canal" not in debrief.event.description


def test_no_debrief_when_every_line_is_noted() -> None:
    steps = run([application(interview(FRIDAY))], now=paris(2026, 12, 4, 16, 30))
    assert StepKind.DEBRIEF not in by_kind(steps)


def test_message_to_someone_else_at_the_company_counts() -> None:
    app = application(interview(FRIDAY))
    colleague = outbound(paris(2026, 12, 5, 10), to="rh@acme.fr")
    assert StepKind.THANK_YOU not in by_kind(run([app], [colleague], now=paris(2026, 12, 5, 11)))


def test_webmail_domain_of_a_contact_is_not_the_company() -> None:
    webmail = Contact(name="Paul", email="paul.recruteur@gmail.com")
    app = application(interview(FRIDAY, contacts=(webmail,)))
    friend = outbound(paris(2026, 12, 5, 10), to="ami@gmail.com")
    assert StepKind.THANK_YOU in by_kind(run([app], [friend], now=paris(2026, 12, 5, 11)))


def test_all_day_interview_debrief_comes_at_the_end_of_the_working_day() -> None:
    bare = notes(present=frozenset())
    app = application(interview(date(2026, 12, 4), end=date(2026, 12, 5), annotations=bare))
    debrief = by_kind(run([app], now=paris(2026, 12, 4, 8)))[StepKind.DEBRIEF]
    assert debrief.due == paris(2026, 12, 4, 18)
