"""relance's .ics file stays cheap to write as it grows, and still sees every edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from connectors.base import ItemState, Written
from connectors.ics_serializer import calendar_bytes, own_events
from connectors.ics_sink import IcsEventSink
from policy.model import EventSpec

PARIS = ZoneInfo("Europe/Paris")
STAMP = datetime(2026, 12, 1, 7, 30, tzinfo=UTC)


def sink(path: Path) -> IcsEventSink:
    return IcsEventSink(path, clock=lambda: STAMP, timezone="Europe/Paris")


def spec(number: int) -> EventSpec:
    start = datetime(2026, 12, 7, 9, 0, tzinfo=PARIS) + timedelta(hours=number)
    return EventSpec(f"Relancer ACME {number}", start, start + timedelta(minutes=15), "B2")


def write_three(file: Path) -> tuple[IcsEventSink, list[Written]]:
    writer = sink(file)
    return writer, [writer.ensure_event(f"k{n}", spec(n), None) for n in range(3)]


def test_an_edit_between_two_writes_is_seen_as_changed(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    writer, written = write_three(file)
    file.write_bytes(file.read_bytes().replace(b"Relancer ACME 1", b"Relancer ACME 1 (fait)"))
    assert writer.event_state(written[1]) is ItemState.CHANGED
    assert writer.ensure_event("k1", spec(1), written[1]).state is ItemState.CHANGED
    assert writer.event_state(written[0]) is ItemState.UNTOUCHED
    assert b"Relancer ACME 1 (fait)" in file.read_bytes()  # the user's version kept


def test_an_event_removed_between_two_writes_is_seen_as_deleted(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    writer, written = write_three(file)
    events = [e for e in own_events(file.read_bytes()) if str(e["X-RELANCE-KEY"]) != "k2"]
    file.write_bytes(calendar_bytes(events, "Relance"))
    assert writer.event_state(written[2]) is ItemState.DELETED
    assert writer.ensure_event("k2", spec(2), written[2]).state is ItemState.DELETED
    writer.ensure_event("k3", spec(3), None)
    keys = [str(e["X-RELANCE-KEY"]) for e in own_events(file.read_bytes())]
    assert keys == ["k0", "k1", "k3"]  # not written back


def test_a_same_size_edit_is_seen(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    writer, written = write_three(file)
    before = file.read_bytes()
    file.write_bytes(before.replace(b"Relancer ACME 0", b"Relancer ACME 9"))
    assert len(file.read_bytes()) == len(before)
    assert writer.event_state(written[0]) is ItemState.CHANGED


def test_a_second_sink_on_the_same_file_sees_the_first_ones_writes(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    first, second = sink(file), sink(file)
    assert second.find_event("k0") is None
    written = first.ensure_event("k0", spec(0), None)
    assert second.event_state(written) is ItemState.UNTOUCHED
    second.ensure_event("k1", spec(1), None)
    assert first.find_event("k1") is not None
    assert first.remove_event(written) is ItemState.UNTOUCHED
    assert second.event_state(written) is ItemState.DELETED


def test_the_file_written_from_saved_bytes_is_the_full_serialization(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    writer, written = write_three(file)
    writer.ensure_event("k1", spec(7), written[1])
    data = file.read_bytes()
    assert data == calendar_bytes(own_events(data), "Relance")


def test_three_hundred_writes_parse_the_file_a_bounded_number_of_times(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    writer = sink(file)
    written = [writer.ensure_event(f"k{n}", spec(n), None) for n in range(300)]
    assert all(writer.event_state(w) is ItemState.UNTOUCHED for w in written)
    assert writer.full_reads == 0  # every write started from what this sink wrote
    reader = sink(file)
    assert all(reader.event_state(w) is ItemState.UNTOUCHED for w in written)
    assert reader.full_reads == 1
    assert len(own_events(file.read_bytes())) == 300
