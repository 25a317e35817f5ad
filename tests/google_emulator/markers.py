"""Tells relance's draft markers (connectors.google.draft_marks) from its reminders."""

from __future__ import annotations

from typing import Any

from connectors.google.draft_marks import WRITTEN_PROPERTY


def is_draft_marker(event: dict[str, Any]) -> bool:
    return WRITTEN_PROPERTY in event.get("extendedProperties", {}).get("private", {})
