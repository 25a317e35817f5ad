"""E1 end to end: only robots and a room are known, relance asks, the user answers."""

from __future__ import annotations

import shlex
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from world import ME, World

from connectors.memory import MemoryCalendar, MemoryMailbox
from daemon.apply import Applier, ApplyLog
from daemon.ledger import LedgerStore
from daemon.writepoints import WritePoints
from policy.model import Action, Address, DraftSpec, Step, StepKind
from policy.settings import Settings

# A Workday-style invitation imported into the calendar: organised by a no-reply
# address, a meeting room as attendee, the user as the only person.
INTERVIEW = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000D0A1C3E6F0B5DB01000000000000000010000000
DTSTAMP:20261201T080000Z
DTSTART;TZID=Europe/Paris:20261204T140000
DTEND;TZID=Europe/Paris:20261204T150000
SUMMARY:Entretien – Acme Industrie
ORGANIZER;CN="Acme Talent":mailto:no-reply@acme.myworkday.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Salle Seine":mailto:seine@acme-industrie.fr
ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN="Camille Martin":mailto:{ME}
LOCATION:Salle Seine
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
EVENING = "2026-12-04T18:00"
MONDAY = "2026-12-07T09:30"


def _notification() -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Acme Industrie <jobs-noreply@acme.myworkday.com>"
    mail["To"] = ME
    mail["Subject"] = "Votre entretien avec Acme Industrie"
    mail["Date"] = "Fri, 04 Dec 2026 16:30:00 +0100"
    mail["Message-ID"] = "<wd-4711@acme.myworkday.com>"
    mail.set_content("Merci pour votre entretien. Nous reviendrons vers vous.\n")
    return mail


def test_relance_asks_then_writes_to_the_person_the_user_names(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.calendar("work.ics", INTERVIEW)
    world.deliver(_notification())
    assert world.run(EVENING, "once")[0] == 0
    question = world.events().get("acme industrie:1:contact_needed")
    assert question == "À qui écrire pour Acme Industrie ?"
    description = world.event_descriptions()["acme industrie:1:contact_needed"]
    assert "relance contact 'acme industrie' ADRESSE \"Prénom Nom\"" in description
    assert "- seine@acme-industrie.fr: une salle ou une ressource, pas une personne" in description
    assert "- no-reply@acme.myworkday.com: une adresse de notification" in description
    code, out, _ = world.run(MONDAY, "plan")
    assert "Waiting for a contact" in out and "the thank-you draft(s) wait" in out
    assert world.run(MONDAY, "once")[0] == 0
    assert world.drafts() == {}  # due, but nobody to write to: no draft
    assert "name the person to write to" in world.run(MONDAY, "status")[1]
    code, _, err = world.run(MONDAY, "contact", "acme", "Paul <paul@acme.fr>, x@y.fr")
    assert code == 2 and "not one mail address" in err
    code, _, err = world.run(MONDAY, "contact", "acme", "no-reply@acme-industrie.fr")
    assert code == 2 and "automatic sender" in err
    # The command exactly as the question event shows it, filled in.
    shown = next(line for line in description.splitlines() if line.startswith("relance contact"))
    words = shlex.split(shown.replace("ADRESSE", "Paul.Martin@acme-industrie.fr")
                        .replace("Prénom Nom", "Paul Martin"))
    code, out, _ = world.run(MONDAY, *words[1:])
    assert code == 0 and "paul.martin@acme-industrie.fr" in out
    store = LedgerStore.open(tmp_path / "out" / "ledger.sqlite3")
    try:
        assert store.contacts()["acme industrie"].name == "Paul Martin"
    finally:
        store.close()
    assert world.run(MONDAY, "once")[0] == 0
    drafts = world.drafts()
    assert set(drafts) == {"acme industrie:1:thank_you"}
    assert str(drafts["acme industrie:1:thank_you"]["To"]) == (
        "Paul Martin <paul.martin@acme-industrie.fr>"
    )
    assert "acme industrie:1:contact_needed" not in world.events()  # moot, removed


def test_the_apply_layer_refuses_a_draft_without_a_person(
    tmp_path: Path, refused_drafts: list[str]
) -> None:
    store = LedgerStore.open(tmp_path / "ledger.sqlite3")
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    applier = Applier(store, calendar, mailbox, WritePoints(), Settings(user_emails=(ME,)))
    now = datetime(2026, 12, 7, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    for to in ((), (Address("no-reply@acme.fr"),), (Address(ME),)):
        step = Step(
            key="acme:1:thank_you", kind=StepKind.THANK_YOU, action=Action.WRITE,
            application="acme", round=1, due=now, reason="B1",
            draft=DraftSpec(to=to, subject="Merci", body="Bonjour,", language="fr"),
        )
        out = ApplyLog()
        applier.write(step, now, out)
        assert mailbox.writes == [] and "no personal recipient" in out.notes[0]
    store.close()
    assert len(refused_drafts) == 3
    refused_drafts.clear()  # the refusals were the point of this test
