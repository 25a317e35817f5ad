"""The EventSink contract (connectors/base.py), run against every backend."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from backends import CalendarBackend

from connectors.base import ItemState, event_hash
from policy.model import EventSpec

PARIS = ZoneInfo("Europe/Paris")
KEY = "acme/round-1/follow_up"


def spec(title: str = "Relancer ACME", hour: int = 9) -> EventSpec:
    start = datetime(2026, 12, 7, hour, 0, tzinfo=PARIS)
    return EventSpec(
        title=title,
        start=start,
        end=start + timedelta(minutes=15),
        description="Relance prévue (B2).\nBrouillon : « Suite à notre entretien »",
    )


def test_ensure_twice_leaves_one_event_and_the_same_written(
    calendar_backend: CalendarBackend,
) -> None:
    sink = calendar_backend.sink
    first = sink.ensure_event(KEY, spec(), None)
    second = sink.ensure_event(KEY, spec(), None)
    assert first == second
    assert first.state is ItemState.UNTOUCHED
    assert first.content_hash == event_hash(spec())
    assert calendar_backend.user.count_events(KEY) == 1


def test_ensure_with_previous_moves_the_event_to_the_new_spec(
    calendar_backend: CalendarBackend,
) -> None:
    sink = calendar_backend.sink
    first = sink.ensure_event(KEY, spec(hour=9), None)
    moved = sink.ensure_event(KEY, spec(hour=14), first)
    assert moved.state is ItemState.UNTOUCHED
    assert moved.content_hash == event_hash(spec(hour=14))
    assert sink.find_event(KEY) == moved
    assert calendar_backend.user.count_events(KEY) == 1


def test_find_after_ledger_loss_gives_back_what_was_written(
    calendar_backend: CalendarBackend,
) -> None:
    sink = calendar_backend.sink
    written = sink.ensure_event(KEY, spec(), None)
    assert sink.find_event(KEY) == written
    assert sink.find_event("another/key") is None


def test_two_keys_make_two_independent_events(calendar_backend: CalendarBackend) -> None:
    sink = calendar_backend.sink
    one = sink.ensure_event("acme/1/debrief", spec("Débrief ACME"), None)
    two = sink.ensure_event("globex/1/call", spec("Appeler Globex"), None)
    assert one.remote_id != two.remote_id
    assert sink.remove_event(one) is ItemState.UNTOUCHED
    assert sink.event_state(two) is ItemState.UNTOUCHED


def test_keys_with_unusual_characters_round_trip(calendar_backend: CalendarBackend) -> None:
    key = "Société Générale/round 2/thank_you:é ü"
    written = calendar_backend.sink.ensure_event(key, spec(), None)
    assert calendar_backend.sink.find_event(key) == written


def test_state_follows_what_the_user_did(calendar_backend: CalendarBackend) -> None:
    sink, user = calendar_backend.sink, calendar_backend.user
    written = sink.ensure_event(KEY, spec(), None)
    assert sink.event_state(written) is ItemState.UNTOUCHED
    user.edit_event(KEY, "Relancer ACME (fait par téléphone)")
    assert sink.event_state(written) is ItemState.CHANGED
    user.delete_event(KEY)
    assert sink.event_state(written) is ItemState.DELETED


def test_remove_takes_an_untouched_event_away(calendar_backend: CalendarBackend) -> None:
    sink = calendar_backend.sink
    written = sink.ensure_event(KEY, spec(), None)
    assert sink.remove_event(written) is ItemState.UNTOUCHED
    assert calendar_backend.user.count_events(KEY) == 0
    assert sink.find_event(KEY) is None


def test_remove_leaves_a_changed_event_and_says_so(calendar_backend: CalendarBackend) -> None:
    sink, user = calendar_backend.sink, calendar_backend.user
    written = sink.ensure_event(KEY, spec(), None)
    user.edit_event(KEY, "Mon titre à moi")
    assert sink.remove_event(written) is ItemState.CHANGED
    assert user.count_events(KEY) == 1


def test_remove_of_a_deleted_event_reports_deleted(calendar_backend: CalendarBackend) -> None:
    sink = calendar_backend.sink
    written = sink.ensure_event(KEY, spec(), None)
    calendar_backend.user.delete_event(KEY)
    assert sink.remove_event(written) is ItemState.DELETED


def test_update_never_overwrites_the_users_edit(calendar_backend: CalendarBackend) -> None:
    sink, user = calendar_backend.sink, calendar_backend.user
    written = sink.ensure_event(KEY, spec(hour=9), None)
    user.edit_event(KEY, "Mon titre à moi")
    again = sink.ensure_event(KEY, spec(hour=14), written)
    assert again.state is ItemState.CHANGED
    found = sink.find_event(KEY)
    assert found is not None
    assert found.content_hash not in (event_hash(spec(hour=9)), event_hash(spec(hour=14)))
    assert user.count_events(KEY) == 1


def test_an_event_the_user_deleted_is_not_written_again(
    calendar_backend: CalendarBackend,
) -> None:
    sink, user = calendar_backend.sink, calendar_backend.user
    written = sink.ensure_event(KEY, spec(), None)
    user.delete_event(KEY)
    again = sink.ensure_event(KEY, spec(hour=14), written)
    assert again.state is ItemState.DELETED
    assert user.count_events(KEY) == 0


def test_times_in_another_zone_are_the_same_instant(calendar_backend: CalendarBackend) -> None:
    start = datetime(2026, 12, 7, 3, 0, tzinfo=ZoneInfo("America/New_York"))
    event = EventSpec("Call Initech", start, start + timedelta(minutes=15), "")
    written = calendar_backend.sink.ensure_event(KEY, event, None)
    assert calendar_backend.sink.find_event(KEY) == written
    assert calendar_backend.sink.event_state(written) is ItemState.UNTOUCHED


def test_without_the_ledger_an_edited_event_is_left_as_the_user_made_it(
    calendar_backend: CalendarBackend,
) -> None:
    sink, user = calendar_backend.sink, calendar_backend.user
    sink.ensure_event(KEY, spec(), None)
    user.edit_event(KEY, "Mon titre à moi")
    again = sink.ensure_event(KEY, spec(), None)  # the ledger was lost: no `previous`
    assert again.state is ItemState.CHANGED
    found = sink.find_event(KEY)
    assert found is not None and found.content_hash != event_hash(spec())
    assert user.count_events(KEY) == 1


def test_without_the_ledger_a_deleted_event_is_not_written_again(
    calendar_backend: CalendarBackend,
) -> None:
    sink, user = calendar_backend.sink, calendar_backend.user
    sink.ensure_event(KEY, spec(), None)
    user.delete_event(KEY)
    again = sink.ensure_event(KEY, spec(), None)  # the ledger was lost: no `previous`
    assert again.state is ItemState.DELETED  # E4: the step is dismissed
    assert user.count_events(KEY) == 0
