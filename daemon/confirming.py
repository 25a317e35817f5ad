"""`relance confirm`: the user's reading of a recruiter's reply (RULES.md C2, F1).

Like `relance clarify`, it writes one row into the ledger in one short
transaction and takes no daemon lock (SQLite serialises it with a running
daemon); the next cycle gives the reading to the planner, which removes the
question event and follows the reading (`policy.readings`).

Decisions:
- The message is the latest reply (inbound) of the application that relance
  has read, not dated after `now`, unless `--message ID` names one; a message
  of another application is refused, so that a typo cannot change the wrong
  plan.
- The same command corrects a reading, unsure or confident: the row is
  replaced, the earlier reading is named in the answer.
"""

from __future__ import annotations

from connectors.errors import UserError
from daemon.cycle import CycleReport
from daemon.ledger import LedgerStore
from daemon.views import when
from policy.model import Direction, Label, Message
from policy.readings import accepted_words, label_for_word
from policy.settings import Settings


def wanted_label(word: str) -> Label:
    label = label_for_word(word)
    if label is None:
        raise UserError(f"unknown reading {word!r}: say one of {accepted_words()}")
    return label


def replies_of(report: CycleReport, key: str) -> list[Message]:
    return [
        m for m in report.messages
        if m.application_key == key and m.direction is Direction.INBOUND and m.date <= report.now
    ]


def chosen_message(report: CycleReport, key: str, company: str, wanted: str | None) -> Message:
    replies = replies_of(report, key)
    if wanted is not None:
        found = next((m for m in report.messages if m.id == wanted), None)
        if found is None or found not in replies:
            ids = ", ".join(m.id for m in replies) or "none"
            raise UserError(
                f"no reply {wanted!r} among the messages relance read for {company} "
                f"(its replies: {ids})"
            )
        return found
    if not replies:
        raise UserError(
            f"no reply from {company} has been read yet: nothing to confirm "
            "(relance reads the mailbox at each cycle: `relance once` reads it now)"
        )
    return max(replies, key=lambda m: (m.date, m.id))


def record_reading(
    store: LedgerStore, report: CycleReport, key: str, label: Label, wanted: str | None,
    settings: Settings,
) -> str:
    """Record the reading; what to tell the user."""
    company = next((a.company for a in report.applications if a.key == key), key)
    message = chosen_message(report, key, company, wanted)
    earlier = store.confirmations().get(message.id)
    with store.transaction():
        store.confirm_reading(message.id, key, label, report.now)
    read = message.classification
    was = f"relance had read it as {read.label.value} at {read.confidence:.0%}" if read else (
        "relance had not read it")
    if earlier is not None and earlier is not label:
        was += f"; this replaces your reading {earlier.value}"
    subject = message.subject or "(no subject)"
    return (
        f"Recorded for {company}: the reply «{subject}» from {message.sender.email} of "
        f"{when(message.date, settings)} reads as {label.value} ({was}). The next cycle "
        "follows your reading (`relance once`, or the running daemon's next cycle)."
    )
