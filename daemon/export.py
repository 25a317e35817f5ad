"""`relance export --csv FILE`: every contact of the search, one line each, as
an adviser (France Travail…) asks to see it: the proof of an active search.

One line per interview and per message about an application, received or
sent (date, company, post, contact, channel, what happened), oldest first,
in the user's language (`user.language`). The file opens cleanly in
LibreOffice and Excel: UTF-8 with a BOM (else Excel reads the accents as
Latin-1), ";" as separator in French (Excel's French locale expects it, the
comma being the decimal mark), "," in English; dates 07/12/2026 in French,
2026-12-07 in English. A message's body never goes into the file.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from policy.model import Application, Direction, Label, Language, Message
from policy.settings import Settings
from policy.workdays import at, local_date

HEADERS: dict[Language, tuple[str, ...]] = {
    "fr": ("Date", "Entreprise", "Poste", "Contact", "Canal", "Événement"),
    "en": ("Date", "Company", "Post", "Contact", "Channel", "What happened"),
}
_WORDS: dict[Language, dict[str, str]] = {
    "fr": {"interview": "entretien", "round": "entretien (tour {n})", "in": "courriel reçu",
           "out": "courriel envoyé", "sent": "message envoyé", "draft": "relance envoyée ({kind})"},
    "en": {"interview": "interview", "round": "interview (round {n})", "in": "email received",
           "out": "email sent", "sent": "message sent", "draft": "relance draft sent ({kind})"},
}
_LABELS: dict[Language, dict[Label, str]] = {
    "fr": {
        Label.HOLDING: "réponse d'attente", Label.POSITIVE_NEXT_STEP: "invitation à la suite",
        Label.OFFER: "offre", Label.REJECTION_GENERIC: "refus",
        Label.REJECTION_WITH_REASON_SKILLS: "refus (compétence manquante)",
        Label.REJECTION_FUTURE_OPENING: "refus, porte ouverte",
        Label.REJECTION_CATEGORICAL: "refus définitif", Label.OTHER: "autre message",
    },
    "en": {
        Label.HOLDING: "holding reply", Label.POSITIVE_NEXT_STEP: "invitation to a next step",
        Label.OFFER: "offer", Label.REJECTION_GENERIC: "refusal",
        Label.REJECTION_WITH_REASON_SKILLS: "refusal (missing skill)",
        Label.REJECTION_FUTURE_OPENING: "refusal, door open",
        Label.REJECTION_CATEGORICAL: "categorical refusal", Label.OTHER: "other message",
    },
}


@dataclass(frozen=True)
class ContactRow:
    when: datetime
    day: date  # in the user's zone
    company: str
    post: str
    contact: str
    channel: str
    what: str


def contact_rows(
    applications: Sequence[Application], messages: Sequence[Message], settings: Settings,
    language: Language,
) -> list[ContactRow]:
    words = _WORDS[language]
    rows: list[ContactRow] = []
    names = {a.key: a for a in applications}
    for a in applications:
        for number, interview in enumerate(a.interviews, start=1):
            people = ", ".join(c.name or c.email or "" for c in interview.contacts)
            post = interview.annotations.position or a.annotations.position or ""
            start = _moment(interview.event.start, settings)
            rows.append(ContactRow(start, local_date(start, settings), a.company, post, people,
                                   words["interview"], words["round"].format(n=number)))
    for m in messages:
        found = names.get(m.application_key or "")
        if found is None:
            continue
        post = found.annotations.position or ""
        if m.direction is Direction.INBOUND:
            label = m.classification.label if m.classification else Label.OTHER
            rows.append(ContactRow(m.date, local_date(m.date, settings), found.company, post,
                                   m.sender.email, words["in"], _LABELS[language][label]))
        else:
            to = ", ".join(r.email for r in m.recipients)
            kind = m.relance_key.rsplit(":", 1)[-1] if m.relance_key else ""
            what = words["draft"].format(kind=kind) if kind else words["sent"]
            rows.append(ContactRow(m.date, local_date(m.date, settings), found.company, post, to,
                                   words["out"], what))
    return sorted(rows, key=lambda r: (r.when, r.company))


def write_csv(path: Path, rows: Sequence[ContactRow], language: Language) -> None:
    french = language == "fr"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";" if french else ",")
        out.writerow(HEADERS[language])
        for row in rows:
            shown = f"{row.day:%d/%m/%Y}" if french else row.day.isoformat()
            out.writerow((shown, row.company, row.post, row.contact, row.channel, row.what))


def _moment(start: datetime | date, settings: Settings) -> datetime:
    # An all-day interview sorts at the morning hour of its day.
    return start if isinstance(start, datetime) else at(start, settings.morning_hour, settings)
