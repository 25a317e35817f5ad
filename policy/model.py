"""The domain values that every part of relance speaks.

Connectors build `CalendarEvent` and `Message` values from the outside world;
`policy` turns them into `Interview`, `Application` and `Step` values; the
daemon writes steps and records them in the ledger, whose view comes back to
the planner as `LedgerEntry` values. All are frozen: a value never changes
once built, so a plan can be computed twice and compared.

Datetimes are always timezone-aware. All-day events carry a `date`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

Language = Literal["fr", "en"]


class Direction(StrEnum):
    INBOUND = "inbound"  # from someone else to the user
    OUTBOUND = "outbound"  # written by the user (found in Sent)


class Label(StrEnum):
    """RULES.md C2: what a recruiter's message says."""

    HOLDING = "holding"
    POSITIVE_NEXT_STEP = "positive_next_step"
    OFFER = "offer"
    REJECTION_GENERIC = "rejection_generic"
    REJECTION_WITH_REASON_SKILLS = "rejection_with_reason_skills"
    REJECTION_FUTURE_OPENING = "rejection_future_opening"
    REJECTION_CATEGORICAL = "rejection_categorical"
    OTHER = "other"

    @property
    def is_rejection(self) -> bool:
        return self.value.startswith("rejection_")


class StepKind(StrEnum):
    DEBRIEF = "debrief"  # A4, event only
    THANK_YOU = "thank_you"  # B1, draft + event
    FOLLOW_UP = "follow_up"  # B2, draft + event
    CALL = "call"  # B3, event only
    FEEDBACK_REQUEST = "feedback_request"  # D1, draft + event
    SKILLS_CLARIFICATION = "skills_clarification"  # D2, draft + event, on request
    FUTURE_OPENING = "future_opening"  # D3, draft + event
    REAPPLY = "reapply"  # D4, draft + event
    DISCRIMINATION_INFO = "discrimination_info"  # D5, event only
    CONFIRM_READING = "confirm_reading"  # C2, event only: an unsure reading, asked
    INTERVIEW_QUESTION = "interview_question"  # A1, event only: "is this a job interview?"
    CONTACT_NEEDED = "contact_needed"  # E1: no person to write to is known; event only

    @property
    def has_draft(self) -> bool:
        return self not in (
            StepKind.DEBRIEF, StepKind.CALL, StepKind.DISCRIMINATION_INFO,
            StepKind.CONFIRM_READING, StepKind.INTERVIEW_QUESTION,
            StepKind.CONTACT_NEEDED,
        )

    @property
    def asks_action(self) -> bool:
        """Steps whose event asks the user to do something then: they ring (E2).

        A new kind that asks the user to act (a question, a confirmation) is
        listed here; the debrief (the user is at the interview's end anyway) and
        D5's information do not ring."""
        return self.value in _ASKS_ACTION

    @property
    def is_contact_attempt(self) -> bool:
        """Steps that reach the recruiter (RULES.md B4 counts them)."""
        return self in (StepKind.THANK_YOU, StepKind.FOLLOW_UP, StepKind.CALL)


_ASKS_ACTION = frozenset({
    "thank_you", "follow_up", "call", "feedback_request", "skills_clarification",
    "future_opening", "reapply",
    # relance's questions: the plan waits for the user's answer
    "confirm_reading", "interview_question", "contact_needed",
})


class Action(StrEnum):
    WRITE = "write"  # ensure the step's event (and draft, once due) exist as planned
    CANCEL = "cancel"  # the step became moot: remove what was written, if untouched


class StepStatus(StrEnum):
    """What the ledger knows of a step already handled."""

    PLANNED = "planned"  # event written, draft not yet due
    WRITTEN = "written"  # event and draft (if any) written
    SENT = "sent"  # the user sent the draft
    DISMISSED = "dismissed"  # the user deleted what relance wrote (E4): never again
    CANCELLED = "cancelled"  # relance removed it because it became moot (E3)
    EXPIRED = "expired"  # its window closed before it could be written


@dataclass(frozen=True)
class Contact:
    name: str | None = None
    email: str | None = None  # lower-cased address
    phone: str | None = None


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str | None = None
    declined: bool = False
    is_self: bool = False
    # iCalendar CUTYPE (INDIVIDUAL, GROUP, ROOM, RESOURCE, UNKNOWN), upper-cased; Google's
    # `resource: true` reads as RESOURCE. "" when the source does not say.
    cutype: str = ""


@dataclass(frozen=True)
class CalendarEvent:
    """One event instance as a calendar source sees it (recurrences expanded).

    `start`/`end` are aware datetimes, or dates for all-day events.
    `timezone` is the IANA zone the event was written in, when known.
    """

    source_id: str  # stable id of this instance (uid + recurrence id), unique per source
    title: str
    start: datetime | date
    end: datetime | date | None = None
    timezone: str | None = None
    description: str = ""
    location: str = ""
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    calendar: str = ""  # name or id of the calendar it sits in
    cancelled: bool = False
    declined_by_user: bool = False
    relance_key: str | None = None  # set when relance wrote this event itself
    origin: str = ""  # file or API location, for messages to the user
    # Revision of the event (iCalendar SEQUENCE): when one event arrives twice, as an
    # old invitation and its rescheduled update, the higher revision is the true one.
    revision: int = 0
    recurring: bool = False  # one instance of a repeating series
    # A1: the user's answer to "is this a job interview?" (`relance confirm-interview`),
    # set by the daemon from the ledger; None when not answered.
    interview_answer: bool | None = None
    # iCalendar UID (Google: iCalUID): the same invitation read from a mail and from the
    # calendar has the same UID, whatever id each source gives it. "" when unknown.
    uid: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


@dataclass(frozen=True)
class Annotations:
    """RULES.md A3: what the user noted at the end of the interview."""

    answer_by: date | None = None  # "Réponse avant le 15/12": answer due by the end of that day
    answer_within_days: int | None = None  # "Réponse : sous 10 jours" (calendar days)
    process: Literal["short", "long"] | None = None
    channel: Literal["email", "phone"] | None = None
    contacts: tuple[Contact, ...] = ()
    position: str | None = None
    points: str | None = None  # what to recall in the thank-you
    language: Language | None = None
    opt_out: bool = False
    company: str | None = None  # "Entreprise :" / "Company:" line
    present: frozenset[str] = frozenset()  # names of the A3 lines found: delay, channel, contact…


@dataclass(frozen=True)
class Problem:
    """Bad input, reported to the user by name and skipped; never guessed."""

    where: str  # the file, event or message at fault
    what: str  # what is wrong, readable
    # The UID of an event this matters for only if it is an interview (no end
    # time): the daemon drops the problem for any other event.
    if_interview: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


@dataclass(frozen=True)
class Interview:
    """A calendar event recognised as an interview (RULES.md A1-A3)."""

    event: CalendarEvent
    company: str  # display name
    company_key: str  # normalised key used for grouping (A5)
    contacts: tuple[Contact, ...]
    annotations: Annotations
    reason: str  # why this event is an interview (F4)

    @property
    def source_id(self) -> str:
        return self.event.source_id


@dataclass(frozen=True)
class Application:
    """One job at one company: its interviews in order; round n is interviews[n-1]."""

    key: str  # stable: the company key
    company: str
    interviews: tuple[Interview, ...]
    contacts: tuple[Contact, ...]
    language: Language | None  # from a `Langue` line, when one says it
    annotations: Annotations  # merged, the latest round's lines winning
    title_language: Language | None = None  # guessed from the event titles/descriptions

    @property
    def domains(self) -> frozenset[str]:
        return frozenset(
            c.email.rsplit("@", 1)[1] for c in self.contacts if c.email and "@" in c.email
        )


@dataclass(frozen=True)
class Classification:
    """What a message says (RULES.md C2, C3, D5) and why (F4)."""

    label: Label
    stated_date: date | None = None
    discriminatory: bool = False
    language: Language | None = None
    reasons: tuple[str, ...] = ()  # the phrases that decided label and date
    opening_now: bool = False  # D3: "other posts are open now"
    missing_skill: str | None = None  # D2, D4: what the refusal says is missing
    # The calibrated probability that the reading's decision (refusal, wait, next step,
    # offer, other) is right. Below `Settings.confidence_threshold` relance asks the user
    # instead of acting on it.
    confidence: float = 1.0


@dataclass(frozen=True)
class Address:
    email: str  # lower-cased
    name: str | None = None


@dataclass(frozen=True)
class Message:
    """A mail message, as read from the mailbox. Bodies never go to logs."""

    id: str  # backend id (Gmail id, Maildir key)
    thread_id: str | None
    sender: Address
    recipients: tuple[Address, ...]
    date: datetime
    direction: Direction
    subject: str = ""
    text: str = ""  # the readable reply: quoted history and signature removed
    message_id: str | None = None  # RFC 5322 Message-ID, with angle brackets
    references: tuple[str, ...] = ()
    classification: Classification | None = None
    application_key: str | None = None  # set once matched (C1)
    relance_key: str | None = None  # X-Relance-Key, when the user sent a relance draft
    tags: tuple[str, ...] = ()  # user labels/keywords on the message (D2 asks by tag)
    origin: str = ""
    # Calendar invitations or cancellations carried by the mail as text/calendar parts.
    invitations: tuple[CalendarEvent, ...] = ()


@dataclass(frozen=True)
class DraftSpec:
    """A draft email, complete: the mail connector writes it as is."""

    to: tuple[Address, ...]
    subject: str
    body: str
    language: Language
    thread_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventSpec:
    """A calendar event relance writes: a reminder at a step's due time."""

    title: str
    start: datetime
    end: datetime
    description: str
    alarm_minutes: int | None = None  # rings this long before the start; None: never
    busy: bool = False  # the slot is taken (the call): OPAQUE, not TRANSPARENT


@dataclass(frozen=True)
class Step:
    """One thing the planner decided, with its idempotency key and reason.

    WRITE: ensure `event` exists as given, and `draft` too when it is set (a
    draft is set only once the step falls due, E2). CANCEL: remove what was
    written for `key` if the user has not changed it (E3).
    """

    key: str
    kind: StepKind
    action: Action
    application: str
    round: int
    due: datetime
    reason: str
    window_end: datetime | None = None
    language: Language = "fr"
    recipients: tuple[Address, ...] = ()
    thread_id: str | None = None
    event: EventSpec | None = None
    draft: DraftSpec | None = None


@dataclass(frozen=True)
class LedgerEntry:
    """What the ledger holds of a step already handled."""

    key: str
    kind: StepKind
    application: str
    round: int
    status: StepStatus
    due: datetime
    event_written: bool = False
    draft_written: bool = False


@dataclass(frozen=True)
class Ledger:
    """The ledger as the planner sees it: steps already handled, by key."""

    entries: tuple[LedgerEntry, ...] = ()
    # D2: applications whose user asked for a skills clarification (`relance clarify`).
    skills_requests: frozenset[str] = frozenset()
    # C2: the user's own reading of a message (`relance confirm`), by message id.
    confirmations: Mapping[str, Label] = field(
        default_factory=lambda: MappingProxyType({}), compare=False
    )
    # E1: the person the user named with `relance contact`, by application key.
    contacts: Mapping[str, Address] = field(default_factory=dict)
    _by_key: dict[str, LedgerEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {e.key: e for e in self.entries})

    def get(self, key: str) -> LedgerEntry | None:
        return self._by_key.get(key)

    def for_application(self, application: str) -> tuple[LedgerEntry, ...]:
        return tuple(e for e in self.entries if e.application == application)
