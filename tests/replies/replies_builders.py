"""Small builders for the reply-reading tests: raw messages and domain values."""

from __future__ import annotations

from datetime import date, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from policy.model import (
    Address,
    Annotations,
    Application,
    CalendarEvent,
    Contact,
    Direction,
    Interview,
    Message,
)

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 1, 5, 10, 0, tzinfo=PARIS)  # the corpus's default date


def raw_message(body: str, *, subtype: str = "plain", charset: str = "utf-8",
                cte: str | None = None, subject: str = "Re: Entretien") -> bytes:
    message = EmailMessage()
    message["From"] = "Jeanne Dupont <jeanne@acme.fr>"
    message["To"] = "camille.martin@gmail.com"
    message["Subject"] = subject
    message.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return message.as_bytes()


def application(key: str, company: str, *emails: str,
                first: datetime | date = datetime(2025, 12, 18, 14, 0, tzinfo=PARIS)
                ) -> Application:
    contacts = tuple(Contact(email=e) for e in emails)
    event = CalendarEvent(source_id=f"{key}-1", title=f"Entretien – {company}", start=first)
    interview = Interview(event=event, company=company, company_key=key, contacts=contacts,
                          annotations=Annotations(), reason="test")
    return Application(key=key, company=company, interviews=(interview,), contacts=contacts,
                       language="fr", annotations=Annotations())


def message(sender: str, *, name: str | None = None, subject: str = "Re: Entretien",
            text: str = "", when: datetime = MONDAY, thread: str | None = None,
            direction: Direction = Direction.INBOUND, to: tuple[str, ...] = (),
            message_id: str | None = None, references: tuple[str, ...] = (),
            application_key: str | None = None, id: str = "m1") -> Message:
    return Message(
        id=id, thread_id=thread, sender=Address(sender, name),
        recipients=tuple(Address(r) for r in to) or (Address("camille.martin@gmail.com"),),
        date=when, direction=direction, subject=subject, text=text, message_id=message_id,
        references=references, application_key=application_key,
    )
