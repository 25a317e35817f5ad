"""Everything a draft or event template may use, as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class DraftContext:
    company: str
    user_name: str = ""
    position: str | None = None  # A3 `Poste` line
    contact_name: str | None = None  # the person met, or the recruiter
    contact_phone: str | None = None  # B3
    interview_date: date | None = None
    interview_round: int = 1
    points: str | None = None  # A3 `Points` line: what to recall in the thank-you (B1)
    missing_lines: tuple[str, ...] = ()  # A4: the A3 lines the event lacks
    refusal_date: date | None = None  # D1-D4
    missing_skill: str | None = None  # D2, D4: what the refusal said was missing
    opening_date: date | None = None  # D3: the stated opening, when one was given
    reason: str = ""  # the step's reason, for event descriptions (F4)
    due: datetime | None = None
    window_end: datetime | None = None  # B1, D1: the step is pointless after this moment
    # C2: a reply relance is not sure how to read, asked to the user (confirm_reading).
    reply_subject: str | None = None
    reply_date: date | None = None
    reading: str | None = None  # the tentative label's value
    reading_confidence: float | None = None
    reading_reasons: tuple[str, ...] = ()
    confirm_command: str = ""  # the command line that records the user's reading
    event_title: str | None = None  # A1 question: the title of the event asked about
    event_id: str | None = None  # A1 question: its source id, for `relance confirm-interview`
    application_key: str = ""  # E1: for the `relance contact` command shown
    addresses_seen: tuple[str, ...] = ()  # E1: "address: why it was set aside", one each
    waiting_steps: tuple[str, ...] = ()  # E1: the kinds whose drafts wait for a contact
