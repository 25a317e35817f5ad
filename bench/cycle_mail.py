"""The Maildir++ of `bench_cycle.py`: the applications' mail among much more.

Per application: the user's thank-you (every other one), one recruiter
reply whose label depends on the application (holding with or without a
date, invitation to a second round, the four refusals, an offer, an
out-of-office, or no answer yet), and the user's confirmation or an earlier
convocation. Then `UNRELATED_PER_APPLICATION` newsletters, notifications,
job alerts and personal messages per application.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

from cycle_data import ME, ME_NAME, NOW, UNRELATED_PER_APPLICATION, Application, application

_FR = {
    "holding_date": "Merci pour votre message. Le processus est toujours en cours, nous "
                    "reviendrons vers vous d'ici le {date}.",
    "holding": "Nous avons bien reçu votre message et étudions encore les candidatures. "
               "Nous reviendrons vers vous dès que possible.",
    "positive": "Suite à notre échange, nous souhaitons organiser un deuxième entretien "
                "avec le directeur. Seriez-vous disponible le {date} ?",
    "generic": "Après étude attentive, nous ne donnerons pas suite à votre candidature. "
               "Nous vous souhaitons bonne continuation.",
    "skills": "Nous avons retenu un candidat ayant davantage d'expérience en Kubernetes, "
              "une compétence indispensable pour ce poste.",
    "future": "Le poste a été pourvu en interne. Nous gardons votre CV : un poste similaire "
              "ouvrira dans trois mois.",
    "categorical": "Nous ne donnerons pas suite à votre candidature. Notre décision est "
                   "définitive.",
    "offer": "Nous avons le plaisir de vous proposer le poste. Vous trouverez la "
             "proposition d'embauche en pièce jointe.",
    "away": "Je suis absente du bureau jusqu'au {date}, avec un accès limité à ma "
            "messagerie.",
}
_EN = {
    "holding_date": "Thank you for your note. We are still reviewing applications and will "
                    "get back to you by {date}.",
    "holding": "Thanks for your message. The team is still reviewing candidates; we will "
               "get back to you as soon as we can.",
    "positive": "We would like to invite you to a second interview with the head of data. "
                "Would you be available on {date}?",
    "generic": "After careful consideration, we have decided not to move forward with your "
               "application.",
    "skills": "We decided to go with candidates who have more hands-on production "
              "experience with Kubernetes.",
    "future": "The position has been filled internally, but we will keep your resume on "
              "file: a similar role will open in three months.",
    "categorical": "We will not be moving forward with your application. This decision is "
                   "final.",
    "offer": "I'm delighted to offer you the position. The offer letter is attached.",
    "away": "I am out of the office until {date} with limited access to email.",
}
NEWSLETTER_REPEAT = 20  # sentences of a newsletter; bench_first_sync makes them long
_LABELS = ("holding_date", "holding", "generic", "skills", "future", "categorical", "offer",
           "away", "")  # "": no answer yet


@dataclass(frozen=True)
class Mail:
    folder: str  # "" inbox, "Sent"
    date: datetime
    sender: str
    to: str
    subject: str
    text: str
    message_id: str
    reply_to: str = ""
    html: bool = False
    headers: tuple[tuple[str, str], ...] = ()


def reply_label(app: Application) -> str:
    return "positive" if len(app.rounds) == 2 else _LABELS[(app.index // 3) % len(_LABELS)]


def reply_date(app: Application) -> datetime | None:
    """When the recruiter answered, or None: no answer yet."""
    when = app.rounds[0] + timedelta(days=3 + app.index % 5, hours=1, minutes=20)
    if reply_label(app) == "positive":
        when = min(when, app.rounds[1] - timedelta(days=2))
    return when if reply_label(app) and when < NOW - timedelta(hours=2) else None


def reply(app: Application, label: str, when: datetime, number: int) -> Mail:
    texts = _EN if app.english else _FR
    date = (when + timedelta(days=9)).strftime("%d/%m" if not app.english else "%B %d")
    body = texts[label].format(date=date)
    hello = "Hello Camille," if app.english else "Bonjour Camille,"
    thanked = app.index % 2 == 0
    subject = ("Re: " if thanked else "") + ("Your application" if app.english
                                              else "Votre candidature")
    headers = (("Auto-Submitted", "auto-replied"),) if label == "away" else ()
    return Mail("", when, f"{app.contact} <{app.email}>", f"{ME_NAME} <{ME}>", subject,
                f"{hello}\n\n{body}\n\n{app.contact}\n{app.company}\n",
                f"<r{number}.{app.index}@mail.{app.domain}>",
                app.thread if thanked else "", headers=headers)


def application_mail(app: Application) -> list[Mail]:
    first = app.rounds[0]
    mails: list[Mail] = []
    if app.index % 2 == 0 and first + timedelta(hours=5) < NOW:
        mails.append(Mail("Sent", first + timedelta(hours=5), f"{ME_NAME} <{ME}>",
                          f"{app.contact} <{app.email}>", "Merci pour notre entretien",
                          "Bonjour,\n\nMerci pour notre échange de ce jour.\n\nCamille\n",
                          app.thread))
    label, when = reply_label(app), reply_date(app)
    if when is not None:
        mails.append(reply(app, label, when, 0))
        if label == "positive":
            mails.append(Mail("Sent", when + timedelta(hours=3), f"{ME_NAME} <{ME}>",
                              f"{app.contact} <{app.email}>", "Re: Votre candidature",
                              "Bonjour,\n\nC'est noté, je serai présente.\n\nCamille\n",
                              f"<confirm.{app.index}@mail.gmail.com>",
                              f"<r0.{app.index}@mail.{app.domain}>"))
            return mails
    mails.append(Mail("", first - timedelta(days=6), f"{app.contact} <{app.email}>",
                      f"{ME_NAME} <{ME}>", "Convocation à un entretien",
                      f"Bonjour,\n\nNous vous proposons un entretien le "
                      f"{first.strftime('%d/%m à %H:%M')}.\n\n{app.contact}\n",
                      f"<convocation.{app.index}@mail.{app.domain}>"))
    return mails


def unrelated_mail(i: int, j: int) -> Mail:
    number = i * UNRELATED_PER_APPLICATION + j
    when = NOW - timedelta(days=(number * 37) % 200, minutes=number % 600 + 5)
    mid = f"<u{number}@bulk.example>"
    kind = number % 6
    if kind == 0:
        return Mail("", when, "Cadres & Carrières <newsletter@cadres-carrieres.example>",
                    ME, "Les 10 conseils de la semaine",
                    "Dix conseils pour votre CV. " * NEWSLETTER_REPEAT, mid, html=True,
                    headers=(("List-Unsubscribe", "<https://cadres-carrieres.example/u>"),))
    if kind == 1:
        return Mail("", when, "Banque Azur <no-reply@notifications.banque-azur.example>", ME,
                    "Votre relevé est disponible", "Votre relevé mensuel est en ligne.", mid)
    if kind == 2:
        names = ", ".join(application((number + k) % 997).company for k in range(3))
        return Mail("", when, "JobBoard Alertes <alertes@jobboard.example>", ME,
                    "12 nouvelles offres pour vous", f"Nouvelles offres chez {names}.", mid,
                    html=True, headers=(("List-Unsubscribe", "<https://jobboard.example/u>"),))
    if kind == 3:
        return Mail("", when, "Colis Express <suivi@colis-express.example>", ME,
                    f"Votre colis {number} est en route", "Livraison prévue demain.", mid)
    if kind == 4:
        return Mail("", when, "Léa Fontaine <lea.fontaine@gmail.com>", ME, "Ce week-end ?",
                    "Salut ! On se voit samedi pour le marché ?\n\nLéa\n", mid)
    return Mail("Sent", when, f"{ME_NAME} <{ME}>", "Léa Fontaine <lea.fontaine@gmail.com>",
                "Re: Ce week-end ?", "Avec plaisir, à samedi !\n\nCamille\n",
                f"<s{number}@mail.gmail.com>")


def build(mail: Mail) -> bytes:
    message = EmailMessage(policy=default)
    message["Date"] = format_datetime(mail.date)
    message["From"] = mail.sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Message-ID"] = mail.message_id
    if mail.reply_to:
        message["In-Reply-To"] = mail.reply_to
        message["References"] = mail.reply_to
    for name, value in mail.headers:
        message[name] = value
    message.set_content(mail.text)
    if mail.html:
        message.add_alternative(f"<html><body><p>{mail.text}</p></body></html>", subtype="html")
    return message.as_bytes(policy=default)


def make_maildir(root: Path) -> None:
    for folder in ("", ".Sent", ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
        if folder:
            (root / folder / "maildirfolder").write_bytes(b"")


def deliver(root: Path, mail: Mail, number: int) -> None:
    folder = root / (f".{mail.folder}" if mail.folder else "")
    name = f"{int(mail.date.timestamp())}.M{number}P4242.bench"
    if mail.date > NOW - timedelta(days=2) and not mail.folder:
        (folder / "new" / name).write_bytes(build(mail))
    else:
        (folder / "cur" / f"{name}:2,S").write_bytes(build(mail))


def write_mailbox(root: Path, count: int, total: int = 0) -> int:
    """The whole mailbox of `count` applications; the number of messages written.

    With `total`, the unrelated mail fills the mailbox up to `total` messages
    instead of `UNRELATED_PER_APPLICATION` per application."""
    make_maildir(root)
    number = 0
    for i in range(count):
        for mail in application_mail(application(i)):
            number += 1
            deliver(root, mail, number)
        if not total:
            for j in range(UNRELATED_PER_APPLICATION):
                number += 1
                deliver(root, unrelated_mail(i, j), number)
    for n in range(max(0, total - number)):
        number += 1
        deliver(root, unrelated_mail(*divmod(n, UNRELATED_PER_APPLICATION)), number)
    return number


def new_replies(root: Path, count: int, how_many: int = 5) -> int:
    """`how_many` recruiters who had not answered yet answer now; how many did."""
    apps = [application(i) for i in range(count)]
    # Those who had not answered first; in a small search, some write a second time.
    waiting = sorted(apps, key=lambda a: reply_date(a) is not None)
    labels = ("holding_date", "generic", "future", "holding", "offer")
    for n, app in enumerate(waiting[:how_many]):
        mail = reply(app, labels[n % len(labels)], NOW - timedelta(hours=1), 1)
        deliver(root, mail, 10_000_000 + n)
    return min(how_many, len(waiting))
