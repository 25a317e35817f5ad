"""RULES.md A1, E3: a cancelled event is never an interview.

An event is cancelled when its calendar says so (STATUS:CANCELLED, or an
invitation file with METHOD:CANCEL, both read by the connectors into
`CalendarEvent.cancelled`) or when its title starts as clients write a
cancellation: "Annulé : …", "Annulée :", "Canceled: …", "Cancelled: …",
"[Annulé] …", "Cancellation: …". Only at the start: "Entretien – annulation
de vol" is no cancelled interview.
"""

from __future__ import annotations

import re

from policy.model import CalendarEvent
from policy.text import fold

_TITLE = re.compile(
    r"^\W*(?:annulee?s?|annulation|canceled|cancelled|cancellation|abgesagt|cancelado|annullato)"
    r"\s*(?:\]|\)|:|-)"
)


def cancellation(event: CalendarEvent) -> str | None:
    """How `event` says it is cancelled, or None."""
    if event.cancelled:
        return "the calendar marks it cancelled"
    match = _TITLE.match(fold(event.title))
    if match is not None:
        return f'its title says "{event.title[: match.end()].strip()}"'
    return None
