"""Invitation mails in the shapes Google Calendar, Outlook and Calendly send them.

Written for these tests after the structure of real invitations (MIME tree,
headers, iCalendar properties and the senders' boilerplate); no third-party
file is copied.
"""

from __future__ import annotations

from email.message import EmailMessage

ME = "camille.martin@gmail.com"
JEANNE = "jeanne.dupont@acme-industrie.fr"


def _vcalendar(prodid: str, method: str, vevent: str, timezone: str = "") -> str:
    return (
        f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
        f"METHOD:{method}\n{timezone}{vevent}END:VCALENDAR\n"
    ).replace("\n", "\r\n")


def google_vevent(uid: str, start: str, end: str, title: str, sequence: int = 0,
                  status: str = "CONFIRMED") -> str:
    return (
        "BEGIN:VEVENT\n"
        f"DTSTART:{start}\nDTEND:{end}\nDTSTAMP:20261204T101500Z\n"
        f"ORGANIZER;CN=Jeanne Dupont:mailto:{JEANNE}\n"
        f"UID:{uid}\n"
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE\n"
        f" ;CN=Jeanne Dupont;X-NUM-GUESTS=0:mailto:{JEANNE}\n"
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n"
        f" TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}\n"
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paris-3-S\n"
        " alle Seine (8);X-NUM-GUESTS=0:mailto:c_18832a4f0b3e5d7c@resource.calendar.goo\n"
        " gle.com\n"
        "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\n"
        "CREATED:20261204T101400Z\n"
        "DESCRIPTION:Deuxième entretien avec l'équipe produit.\\n\\nRejoindre avec Goo\n"
        " gle Meet : https://meet.google.com/abc-defg-hij\\n\\n-::~:~::~:~:~:~:~:~:~:~:\n"
        " ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        "LAST-MODIFIED:20261204T101500Z\nLOCATION:Acme Industrie\\, 12 rue de Lyon\\, Paris\n"
        f"SEQUENCE:{sequence}\nSTATUS:{status}\nSUMMARY:{title}\nTRANSP:OPAQUE\n"
        "END:VEVENT\n"
    )


def google_invitation(vevent: str, subject: str, date: str, method: str = "REQUEST",
                      message_id: str = "<0000000000001a2b3c05f1@google.com>") -> EmailMessage:
    """multipart/mixed: alternative(plain, html, text/calendar) + invite.ics (base64)."""
    ics = _vcalendar("-//Google Inc//Google Calendar 70.9054//EN", method, vevent)
    mail = EmailMessage()
    mail["From"] = f"Jeanne Dupont <{JEANNE}>"
    mail["Reply-To"] = f"Jeanne Dupont <{JEANNE}>"
    mail["Sender"] = "Google Agenda <calendar-notification@google.com>"
    mail["To"] = ME
    mail["Subject"] = subject
    mail["Date"] = date
    mail["Message-ID"] = message_id
    mail.set_content(
        "Jeanne Dupont vous a invité à un événement.\n\n"
        "Rejoindre avec Google Meet : https://meet.google.com/abc-defg-hij\n\n"
        "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
        f"Vous recevez cet e-mail, car vous êtes invité à cet événement ({ME}).\n"
    )
    mail.add_alternative("<html><body><p>Jeanne Dupont vous a invité à un événement."
                         "</p></body></html>", subtype="html")
    mail.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar",
                         cte="quoted-printable", params={"method": method})
    mail.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                        filename="invite.ics")
    return mail


OUTLOOK_ZONE = (
    "BEGIN:VTIMEZONE\nTZID:Romance Standard Time\nBEGIN:STANDARD\n"
    "DTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
    "DTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
)


def outlook_vevent(uid: str, start: str, end: str, title: str, sequence: int,
                   cancelled: bool = False) -> str:
    status = "STATUS:CANCELLED\n" if cancelled else ""
    return (
        "BEGIN:VEVENT\n"
        f"ORGANIZER;CN=Jeanne Dupont:mailto:{JEANNE}\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Mart\n"
        f" in:mailto:{ME}\n"
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN\n"
        " =Salle Rivoli:mailto:salle.rivoli@acme-industrie.fr\n"
        "DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\\,\\n\\nJe vous propose un second en\n"
        " tretien avec notre directeur technique.\\n\\nJeanne\\n\n"
        f"UID:{uid}\nSUMMARY;LANGUAGE=fr-FR:{title}\n"
        f"DTSTART;TZID=Romance Standard Time:{start}\nDTEND;TZID=Romance Standard Time:{end}\n"
        "CLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:20261204T094000Z\nTRANSP:OPAQUE\n"
        f"{status}SEQUENCE:{sequence}\nLOCATION;LANGUAGE=fr-FR:Salle Rivoli\n"
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(sequence) + "\n"
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
        "END:VEVENT\n"
    )


def outlook_invitation(vevent: str, subject: str, date: str, method: str,
                       message_id: str) -> EmailMessage:
    """multipart/alternative: plain, html, text/calendar (base64), as Exchange sends."""
    ics = _vcalendar("Microsoft Exchange Server 2010", method, vevent, OUTLOOK_ZONE)
    mail = EmailMessage()
    mail["From"] = f"Jeanne Dupont <{JEANNE}>"
    mail["To"] = f"Camille Martin <{ME}>"
    mail["Subject"] = subject
    mail["Thread-Topic"] = subject.split(": ", 1)[-1]
    mail["Date"] = date
    mail["Message-ID"] = message_id
    mail["Content-Language"] = "fr-FR"
    mail.set_content("Bonjour Camille,\n\nJe vous propose un second entretien.\n\nJeanne\n")
    mail.add_alternative("<html><body><p>Bonjour Camille,</p></body></html>", subtype="html")
    mail.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar",
                         cte="base64", params={"method": method})
    return mail


def calendly_invitation(uid: str, start: str, end: str, date: str) -> EmailMessage:
    """Calendly's notification: sent by notifications@calendly.com, the recruiter is ORGANIZER."""
    vevent = (
        "BEGIN:VEVENT\n"
        f"DTSTART:{start}\nDTEND:{end}\nDTSTAMP:20261204T120000Z\nUID:{uid}\n"
        "SUMMARY:Second round interview\n"
        "DESCRIPTION:Event Name: Second round interview\\n\\nLocation: This is a Goog\n"
        " le Meet web conference.\\n\\nNeed to make changes to this event?\\nCancel: \n"
        " https://calendly.com/cancellations/0f8e3a\\n\\nPowered by Calendly.com\n"
        f"ORGANIZER;CN=Jeanne Dupont:mailto:{JEANNE}\n"
        f"ATTENDEE;CN=Camille Martin;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME}\n"
        "SEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\n"
    )
    ics = _vcalendar("-//Calendly//Calendly//EN", "REQUEST", vevent)
    mail = EmailMessage()
    mail["From"] = "Calendly <notifications@calendly.com>"
    mail["To"] = ME
    mail["Subject"] = "New Event: Camille Martin - 14:00 Thu, 10 Dec 2026 - Second round interview"
    mail["Date"] = date
    mail["Message-ID"] = "<calendly.0f8e3a@calendly.com>"
    mail.set_content("A new event has been scheduled.\nEvent Type: Second round interview\n")
    mail.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar",
                        filename="invite.ics", params={"method": "REQUEST"})
    return mail


def wttj_invitation(uid: str, start: str, end: str, date: str) -> EmailMessage:
    """Welcome to the Jungle's scheduling mail: a no-reply sender and organiser."""
    vevent = (
        "BEGIN:VEVENT\n"
        f"DTSTART:{start}\nDTEND:{end}\nDTSTAMP:20261204T090000Z\nUID:{uid}\n"
        "SUMMARY:Entretien - Product Manager - Acme Industrie\n"
        "DESCRIPTION:Votre entretien pour le poste Product Manager chez Acme Industri\n"
        " e.\\nLien de visio : https://meet.google.com/xyz-abcd-efg\n"
        "ORGANIZER;CN=Welcome to the Jungle:mailto:no-reply@welcometothejungle.com\n"
        f"ATTENDEE;CN=Camille Martin;PARTSTAT=NEEDS-ACTION:mailto:{ME}\n"
        "SEQUENCE:0\nEND:VEVENT\n"
    )
    ics = _vcalendar("-//Welcome to the Jungle//Welcome Kit//FR", "REQUEST", vevent)
    mail = EmailMessage()
    mail["From"] = "Acme Industrie via Welcome to the Jungle <no-reply@welcometothejungle.com>"
    mail["To"] = ME
    mail["Subject"] = "Acme Industrie vous propose un entretien"
    mail["Date"] = date
    mail["Message-ID"] = "<wttj.5d2c@welcometothejungle.com>"
    mail.set_content("Bonjour Camille,\n\nAcme Industrie vous propose un entretien pour le "
                     "poste Product Manager.\n\nL'équipe Welcome to the Jungle\n")
    mail.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar",
                        filename="invitation.ics", params={"method": "REQUEST"})
    return mail
