"""Properties of `plan` over random timelines of interviews, replies and user messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plan_builders import (
    SETTINGS,
    application,
    entry,
    inbound,
    interview,
    notes,
    outbound,
    paris,
    record,
    run,
)

from policy.model import (
    Action,
    Application,
    Direction,
    Label,
    Ledger,
    LedgerEntry,
    Message,
    Step,
    StepKind,
    StepStatus,
)

START = paris(2026, 11, 30, 8)  # a Monday; timelines run into the 2026-2027 holidays
CONTACT_KINDS = (StepKind.THANK_YOU, StepKind.FOLLOW_UP, StepKind.CALL)


@dataclass(frozen=True)
class Timeline:
    app: Application
    messages: tuple[Message, ...]
    ledger: Ledger
    now: datetime


def moments(low: int = 0, high: int = 60 * 24) -> st.SearchStrategy[datetime]:
    return st.integers(low, high).map(lambda hours: START + timedelta(hours=hours, minutes=17))


@st.composite
def annotations(draw: st.DrawFn) -> object:
    return notes(
        process=draw(st.sampled_from([None, "short", "long"])),
        answer_within_days=draw(st.none() | st.integers(1, 30)),
        answer_by=draw(st.none() | st.dates(date(2026, 12, 1), date(2027, 2, 1))),
        present=draw(st.sampled_from([frozenset(), frozenset({"delay", "channel", "contact"})])),
    )


@st.composite
def message(draw: st.DrawFn) -> Message:
    when = draw(moments())
    if draw(st.booleans()):
        return outbound(when, to=draw(st.sampled_from(["jeanne@acme.fr", "rh@acme.fr"])))
    return inbound(
        when, draw(st.sampled_from(list(Label))),
        stated=draw(st.none() | st.dates(date(2026, 12, 1), date(2027, 6, 1))),
        discriminatory=draw(st.booleans()) and draw(st.booleans()),
        opening_now=draw(st.booleans()),
    )


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    first = draw(moments(0, 20 * 24))
    interviews = [interview(first, annotations=draw(annotations()), source_id="ev-1")]
    if draw(st.booleans()):
        second = first + timedelta(hours=draw(st.integers(24, 20 * 24)))
        interviews.append(interview(second, annotations=draw(annotations()), source_id="ev-2"))
    app = application(*interviews)
    messages = tuple(draw(st.lists(message(), max_size=6)))
    earlier = draw(moments(0, 40 * 24))
    now = earlier + timedelta(hours=draw(st.integers(0, 60 * 24)))
    ledger = Ledger()
    if draw(st.booleans()):
        seen = tuple(m for m in messages if m.date <= earlier)
        ledger = record(run([app], seen, now=earlier))
        ledger = Ledger(entries=tuple(_maybe_sent(draw, e) for e in ledger.entries))
        messages += tuple(
            outbound(e.due + timedelta(minutes=5), relance_key=e.key)
            for e in ledger.entries
            if e.status is StepStatus.SENT and draw(st.booleans())
        )
    return Timeline(app, messages, ledger, now)


def _maybe_sent(draw: st.DrawFn, e: LedgerEntry) -> LedgerEntry:
    """The user's doing between two runs: sent a draft, deleted an item, or nothing."""
    choice = draw(st.sampled_from(["keep", "keep", "sent", "dismissed", "expired"]))
    if choice == "sent" and e.kind.has_draft and e.draft_written:
        return entry(e.key, e.kind, e.due, StepStatus.SENT)
    if choice in ("dismissed", "expired"):
        return entry(e.key, e.kind, e.due, StepStatus(choice))
    return e


def plan_of(t: Timeline) -> list[Step]:
    return run([t.app], t.messages, t.ledger, now=t.now)


def round_starts(app: Application) -> list[datetime]:
    return [i.event.start for i in app.interviews]  # type: ignore[misc]


def round_of(app: Application, moment: datetime) -> int:
    starts = round_starts(app)
    return sum(1 for s in starts if s <= moment)


def counting(t: Timeline) -> list[Message]:
    # What the planner can know at `now`: messages after it are not read yet.
    first = round_starts(t.app)[0]
    return [m for m in t.messages if first < m.date <= t.now]


FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(timelines())
def test_never_more_than_three_contact_attempts_per_round(t: Timeline) -> None:
    steps = plan_of(t)
    for number in range(1, len(t.app.interviews) + 1):
        own = [
            m for m in counting(t)
            if m.direction is Direction.OUTBOUND and round_of(t.app, m.date) == number
            and m.relance_key is None
        ]
        sent = {
            e.key for e in t.ledger.entries
            if e.status is StepStatus.SENT and e.round == number and e.kind in CONTACT_KINDS
        }
        written = [
            e for e in t.ledger.entries
            if e.round == number and e.kind in CONTACT_KINDS
            and e.status in (StepStatus.PLANNED, StepStatus.WRITTEN)
        ]
        new = [
            s for s in steps
            if s.action is Action.WRITE and s.round == number and s.kind in CONTACT_KINDS
            and s.key not in {e.key for e in written}
        ]
        cancelled = {s.key for s in steps if s.action is Action.CANCEL}
        kept = [e for e in written if e.key not in cancelled]
        made = len(own) + len(sent)
        assert made + len(new) + len(kept) <= max(SETTINGS.max_attempts_per_round, made)
        if made >= SETTINGS.max_attempts_per_round:
            assert new == []


@FAST
@given(timelines())
def test_nothing_to_the_recruiter_after_a_categorical_or_discriminatory_refusal(
    t: Timeline,
) -> None:
    last = round_starts(t.app)[-1]
    final = [
        m for m in counting(t)
        if m.direction is Direction.INBOUND and m.date >= last and m.classification
        and (m.classification.label is Label.REJECTION_CATEGORICAL
             or (m.classification.label.is_rejection and m.classification.discriminatory))
    ]
    offer = any(
        m.classification and m.classification.label is Label.OFFER for m in counting(t)
    )
    if not final or offer:
        return
    for step in plan_of(t):
        if step.action is Action.WRITE:
            assert step.draft is None and step.recipients == ()
            assert step.kind in (StepKind.DEBRIEF, StepKind.DISCRIMINATION_INFO)


@FAST
@given(timelines())
def test_no_thank_you_or_feedback_request_past_its_window(t: Timeline) -> None:
    for step in plan_of(t):
        if step.action is Action.WRITE and step.kind in (
            StepKind.THANK_YOU, StepKind.FEEDBACK_REQUEST
        ):
            assert step.window_end is not None and t.now <= step.window_end
        if step.draft is not None and "planned late" not in step.reason:
            # A step planned late has its draft at once and its event at the catch-up time.
            assert step.due.date() <= t.now.astimezone(step.due.tzinfo).date()


@FAST
@given(timelines())
def test_reasons_and_keys_are_stable(t: Timeline) -> None:
    first, second = plan_of(t), plan_of(t)
    assert first == second
    for step in first:
        assert step.reason.strip()
        assert step.key == f"{step.application}:{step.round}:{step.kind.value}"
        assert str(step.due.year) not in step.key


@FAST
@given(timelines())
def test_planning_again_after_recording_changes_nothing(t: Timeline) -> None:
    ledger = record(plan_of(t), t.ledger)
    assert run([t.app], t.messages, ledger, now=t.now) == []


@FAST
@given(timelines())
def test_what_the_user_decided_is_never_touched(t: Timeline) -> None:
    final = {
        e.key for e in t.ledger.entries
        if e.status in (StepStatus.SENT, StepStatus.DISMISSED, StepStatus.EXPIRED)
    }
    pending = {
        e.key for e in t.ledger.entries
        if e.status in (StepStatus.PLANNED, StepStatus.WRITTEN)
    }
    for step in plan_of(t):
        assert step.key not in final
        if step.action is Action.CANCEL:
            assert step.key in pending


PENDING = (StepStatus.PLANNED, StepStatus.WRITTEN)


@FAST
@given(timelines())
def test_no_event_is_written_in_the_past(t: Timeline) -> None:
    """A step planned late is caught up: only an event already in the calendar keeps a past time."""
    for step in plan_of(t):
        if step.action is not Action.WRITE:
            continue
        old = t.ledger.get(step.key)
        in_calendar = old is not None and old.status in PENDING and old.due == step.due
        assert step.event is not None
        assert in_calendar or step.event.start >= t.now, step.reason


@FAST
@given(timelines(), st.integers(1, 72))
def test_planning_later_with_nothing_new_read_moves_no_event(t: Timeline, hours: int) -> None:
    """Catch-up is stable: time passing alone never moves a step already written."""
    ledger = record(plan_of(t), t.ledger)
    known = tuple(m for m in t.messages if m.date <= t.now)
    for step in run([t.app], known, ledger, now=t.now + timedelta(hours=hours)):
        old = ledger.get(step.key)
        if step.action is Action.WRITE and old is not None and old.status in PENDING:
            assert step.due == old.due, step.reason
