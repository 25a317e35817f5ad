"""Invitations and cancellations that arrive as a text/calendar part of a mail (A5, E3)."""

from __future__ import annotations

from pathlib import Path

from invite_mails import (
    JEANNE,
    ME,
    calendly_invitation,
    google_invitation,
    google_vevent,
    outlook_invitation,
    outlook_vevent,
    wttj_invitation,
)
from world import World

# Round 1, in the user's calendar, with the A3 lines noted (no debrief).
ROUND_1 = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:r1-acme-7f3c@google.com
DTSTART:20261130T130000Z
DTEND:20261130T140000Z
SUMMARY:Entretien – Acme Industrie
ORGANIZER;CN=Jeanne Dupont:mailto:{JEANNE}
ATTENDEE;CN=Jeanne Dupont;PARTSTAT=ACCEPTED:mailto:{JEANNE}
ATTENDEE;CN=Camille Martin;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:Réponse : sous 7 jours\\nCanal : mail\\nContact : Jeanne Dupont <{JEANNE}>
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
OUTLOOK_UID = "040000008200E00074C5B7101A82E00800000000B0F5D3A6C8C4DB010000000000000000100000"
GOOGLE_UID = "5q8r2k1m0d9c7b6a4n3p2o1l0k@google.com"
R2_TITLE = "Entretien 2e tour – Acme Industrie"
BEFORE = "2026-12-03T18:00"
AFTER_INVITE = "2026-12-04T18:00"
AFTER_CANCEL = "2026-12-07T18:00"


def _world(tmp_path: Path) -> World:
    world = World(tmp_path)
    world.calendar("agenda.ics", ROUND_1)
    assert world.run(BEFORE, "once")[0] == 0
    assert "acme industrie:1:follow_up" in world.events()
    return world




def _rounds(world: World) -> set[int]:
    return {int(key.split(":")[1]) for key in world.events()}


def test_a_second_round_invited_by_mail_only_stops_round_one_and_starts_round_two(
    tmp_path: Path,
) -> None:
    world = _world(tmp_path)
    vevent = outlook_vevent(OUTLOOK_UID, "20261210T140000", "20261210T150000", R2_TITLE, 0)
    world.deliver(outlook_invitation(vevent, f"{R2_TITLE}", "Fri, 04 Dec 2026 10:40:00 +0100",
                                     "REQUEST", "<AM0PR07MB1@eurprd07.acme-industrie.fr>"))
    code, out, err = world.run(AFTER_INVITE, "once")
    assert code == 0, err
    events = world.events()
    assert "acme industrie:1:follow_up" not in events  # A5: round 1's follow-up is moot
    assert "acme industrie:2:thank_you" in events and "acme industrie:2:follow_up" in events
    code, out, _ = world.run(AFTER_INVITE, "status")
    assert "Acme Industrie" in out and out.count("Acme") == 1  # one application


def test_a_cancellation_by_mail_cancels_the_round(tmp_path: Path) -> None:
    world = _world(tmp_path)
    invite = outlook_vevent(OUTLOOK_UID, "20261210T140000", "20261210T150000", R2_TITLE, 0)
    world.deliver(outlook_invitation(invite, R2_TITLE, "Fri, 04 Dec 2026 10:40:00 +0100",
                                     "REQUEST", "<AM0PR07MB1@eurprd07.acme-industrie.fr>"))
    assert world.run(AFTER_INVITE, "once")[0] == 0
    assert 2 in _rounds(world)
    cancel = outlook_vevent(OUTLOOK_UID, "20261210T140000", "20261210T150000",
                            f"Annulé : {R2_TITLE}", 1, cancelled=True)
    world.deliver(outlook_invitation(cancel, f"Annulé : {R2_TITLE}",
                                     "Mon, 07 Dec 2026 09:40:00 +0100", "CANCEL",
                                     "<AM0PR07MB2@eurprd07.acme-industrie.fr>"))
    code, _, err = world.run(AFTER_CANCEL, "once")
    assert code == 0, err
    assert 2 not in _rounds(world)  # E3: the round's pending steps were removed
    _code, out, _ = world.run(AFTER_CANCEL, "explain", "acme")
    assert "«Annulé : Entretien 2e tour – Acme Industrie»: other" in out
    assert "round 2" not in out.split("Messages:")[0]  # no interview of round 2 left


def test_a_cancellation_said_only_by_method_is_a_cancellation(tmp_path: Path) -> None:
    world = _world(tmp_path)
    invite = google_vevent(GOOGLE_UID, "20261210T130000Z", "20261210T140000Z", R2_TITLE)
    world.deliver(google_invitation(invite, f"Invitation: {R2_TITLE}",
                                    "Fri, 04 Dec 2026 11:15:00 +0100"))
    assert world.run(AFTER_INVITE, "once")[0] == 0
    assert 2 in _rounds(world)
    # Google's cancellation: METHOD:CANCEL, same SEQUENCE, no STATUS, the old title.
    cancel = google_vevent(GOOGLE_UID, "20261210T130000Z", "20261210T140000Z", R2_TITLE,
                           status="CONFIRMED").replace("STATUS:CONFIRMED\n", "")
    world.deliver(google_invitation(cancel, f"Invitation annulée : {R2_TITLE}",
                                    "Mon, 07 Dec 2026 08:00:00 +0100", method="CANCEL",
                                    message_id="<0000000000009f8e7d05f1@google.com>"))
    assert world.run(AFTER_CANCEL, "once")[0] == 0
    assert 2 not in _rounds(world)


def test_the_same_invitation_in_mail_and_calendar_is_one_interview(tmp_path: Path) -> None:
    world = _world(tmp_path)
    vevent = google_vevent(GOOGLE_UID, "20261210T130000Z", "20261210T140000Z", R2_TITLE)
    world.deliver(google_invitation(vevent, f"Invitation: {R2_TITLE}",
                                    "Fri, 04 Dec 2026 11:15:00 +0100"))
    # Google Calendar also put it in the calendar (its export: same UID and SEQUENCE).
    world.calendar("invitation.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//"
                   "Google Calendar 70.9054//EN\n" + vevent + "END:VCALENDAR\n")
    assert world.run(AFTER_INVITE, "once")[0] == 0
    assert _rounds(world) == {2}  # round 1's pending steps cancelled, no round 3
    # Moved in the calendar later (SEQUENCE 1): the calendar's copy now wins.
    moved = google_vevent(GOOGLE_UID, "20261211T130000Z", "20261211T140000Z", R2_TITLE, 1)
    world.calendar("invitation.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//"
                   "Google Calendar 70.9054//EN\n" + moved + "END:VCALENDAR\n")
    assert world.run(AFTER_INVITE, "once")[0] == 0
    _code, out, _ = world.run(AFTER_INVITE, "explain", "acme")
    assert "Friday 11 December" in out and "Thursday 10 December" not in out
    assert _rounds(world) == {2}


def test_a_calendly_invitation_joins_the_application_of_its_organiser(tmp_path: Path) -> None:
    world = _world(tmp_path)
    world.deliver(calendly_invitation("cal-0f8e3a@calendly.com", "20261210T130000Z",
                                      "20261210T140000Z", "Fri, 04 Dec 2026 13:00:00 +0100"))
    assert world.run(AFTER_INVITE, "once")[0] == 0
    assert _rounds(world) == {2}
    _code, out, _ = world.run(AFTER_INVITE, "status")
    assert out.count("Acme") == 1


def test_a_welcome_to_the_jungle_invitation_is_a_round_whose_drafts_go_to_a_person(
    tmp_path: Path,
) -> None:
    world = _world(tmp_path)
    world.deliver(wttj_invitation("wttj-5d2c@welcometothejungle.com", "20261209T090000Z",
                                  "20261209T100000Z", "Fri, 04 Dec 2026 10:00:00 +0100"))
    assert world.run(AFTER_INVITE, "once")[0] == 0
    assert _rounds(world) == {2}
    assert world.run("2026-12-10T09:30", "once")[0] == 0
    draft = world.drafts()["acme industrie:2:thank_you"]
    assert str(draft["To"]) == f"Jeanne Dupont <{JEANNE}>"  # not the no-reply organiser


def test_an_invitation_in_unmatched_mail_starts_no_application(tmp_path: Path) -> None:
    world = _world(tmp_path)
    vevent = google_vevent("stranger-1@google.com", "20261210T130000Z", "20261210T140000Z",
                           "Interview – Globex").replace(JEANNE, "hr@globex.example")
    mail = google_invitation(vevent, "Invitation: Interview – Globex",
                             "Fri, 04 Dec 2026 11:15:00 +0100")
    mail.replace_header("From", "HR <hr@globex.example>")
    mail.replace_header("Reply-To", "HR <hr@globex.example>")
    world.deliver(mail)
    assert world.run(AFTER_INVITE, "once")[0] == 0
    assert not any(key.startswith("globex") for key in world.events())
