"""Build tests/corpus/replies.jsonl from the hand-written reply texts.

Run once from the repository root (`python tests/corpus/make_replies.py`);
the output is committed. The texts in `replies_source.txt` (development part),
`replies_heldout_source.txt` to `replies_heldout9_source.txt` (each written
after a version of the classifier and measured on it before anything was
tuned on it; the ninth never tuned on, nor counted in the word evidence)
hold what the recruiter wrote; each entry's `split` names its part, so that
`grep '"split": "heldout9"'` gives one part to `relance eval-replies`. This
script dresses them the way real mail arrives: greetings and signatures,
quoted history in French and English client styles, HTML-only bodies,
Latin-1 quoted-printable, base64, an unknown charset, forwarded messages and
applicant-tracking senders. The random choices are seeded, so the output is
the same on every run.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_RECEIVED = "2026-01-05T10:00:00+01:00"
FORMS = ("plain", "quoted", "outlook", "html", "multipart", "latin1", "base64", "unknown",
         "forward")
FORM_WEIGHTS = (30, 16, 10, 14, 8, 6, 6, 4, 6)

ATS_SENDERS = {
    "workday": "Talent Acquisition <talent@{slug}.myworkday.com>",
    "greenhouse": "{company} Recruiting <no-reply@us.greenhouse-mail.io>",
    "lever": "{company} <no-reply@hire.lever.co>",
    "teamtailor": "{company} <no-reply@teamtailor-mail.com>",
    "welcometothejungle": "{company} via Welcome to the Jungle <no-reply@welcometothejungle.com>",
    "smartrecruiters": "{company} Hiring Team <jobs@smartrecruiters.com>",
}
COMPANIES = ("Novalys", "Brightwell", "Halden Group", "Corvid Labs", "Maison Oréa", "Kerlouan",
             "Vireo", "Orbit Analytics", "Arden", "Quill", "Tessellate", "Atelier Mirabeau")
RECRUITERS = {
    "fr": (("Jeanne Dupont", "Chargée de recrutement"), ("Paul Lefèvre", "Responsable RH"),
           ("Sophie Garnier", "Talent Acquisition"), ("Karim Benali", "Directeur technique")),
    "en": (("Maria Lopez", "Talent Partner"), ("Tom Baker", "Head of Sales"),
           ("Priya Shah", "Recruiter"), ("Daniel Moore", "Engineering Manager")),
}
USER = {"fr": ("Camille Martin", "camille.martin@gmail.com"),
        "en": ("Alex Morgan", "alex.morgan@outlook.com")}
GREETINGS = {"fr": ("Bonjour Camille,", "Bonjour,", "Madame,", "Chère Camille,", ""),
             "en": ("Hi Alex,", "Dear Alex,", "Hello,", "Hi,", "")}
CLOSINGS = {"fr": ("Cordialement,", "Bien à vous,", "Belle journée,", "Bien cordialement,",
                   "À bientôt,"),
            "en": ("Best regards,", "Kind regards,", "Best,", "Thanks,", "Cheers,")}
DISCLAIMER = {
    "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
          "leur destinataire.",
    "en": "This email and any attachments are confidential and intended solely for the "
          "addressee.",
}
# What the user wrote before: words that would mislead a reader of the whole thread.
HISTORY = {
    "fr": "Je me permets de revenir vers vous suite à notre entretien du 18 décembre. "
          "Je reste très intéressée par le poste et serais ravie de passer un second "
          "entretien ou un test technique. Malheureusement je n'ai pas eu de nouvelles.",
    "en": "I wanted to follow up on our interview on December 18. I remain very interested "
          "in the offer and would be glad to do a second interview. Unfortunately I have "
          "not heard back yet.",
}


@dataclass
class Entry:
    lang: str
    label: str
    subject: str
    body: str
    split: str
    keys: dict[str, str] = field(default_factory=dict)


def read_source(path: Path, split: str) -> list[Entry]:
    entries: list[Entry] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@@"):
            head, subject, *options = (part.strip() for part in line[2:].split("|"))
            lang, label = head.split()
            keys = dict(o.split("=", 1) if "=" in o else (o, "1") for o in options)
            entries.append(Entry(lang, label, subject, "", split, keys))
        elif entries and not line.startswith("#"):
            entries[-1].body += line + "\n"
    for entry in entries:
        entry.body = entry.body.strip()
    return entries


def signature(lang: str, rng: random.Random, company: str) -> str:
    name, title = rng.choice(RECRUITERS[lang])
    lines = [rng.choice(CLOSINGS[lang]), name, title, company]
    if rng.random() < 0.5:
        lines.append(rng.choice(("+33 1 42 68 53 00", "01 84 25 96 10", "+44 20 7946 0958")))
    text = "\n".join(lines)
    if rng.random() < 0.2:
        text = "-- \n" + "\n".join(lines[1:])
    if rng.random() < 0.25:
        text += "\n\n" + DISCLAIMER[lang]
    if rng.random() < 0.1:
        text += "\n\n" + ("Envoyé depuis mon iPhone" if lang == "fr" else "Sent from my iPhone")
    return text


def reply_text(entry: Entry, rng: random.Random, company: str) -> str:
    greeting = rng.choice(GREETINGS[entry.lang])
    if entry.body.split(",")[0].split()[0] in ("Bonjour", "Hi", "Hello", "Hey"):
        greeting = ""
    parts = [greeting] if greeting else []
    parts.append(entry.body)
    if "ats" not in entry.keys or rng.random() < 0.5:
        parts.append(signature(entry.lang, rng, company))
    return "\n\n".join(parts)


def quote_header(lang: str, rng: random.Random, wrapped: bool) -> str:
    name, address = USER[lang]
    if lang == "fr":
        head = f"Le lun. 22 déc. 2025 à 09:12, {name} <{address}> a écrit :"
        if wrapped:
            head = f"Le lun. 22 déc. 2025 à 09:12, {name} <{address}> a\nécrit :"
    else:
        head = f"On Mon, Dec 22, 2025 at 9:12 AM {name} <{address}> wrote:"
        if wrapped:
            head = f"On Mon, Dec 22, 2025 at 9:12 AM {name} <\n{address}> wrote:"
    return head


def gmail_quoted(entry: Entry, rng: random.Random, text: str) -> str:
    history = "\n".join("> " + line for line in HISTORY[entry.lang].split(". "))
    return f"{text}\n\n{quote_header(entry.lang, rng, rng.random() < 0.3)}\n{history}\n"


def gmail_html(entry: Entry, rng: random.Random, text: str) -> str:
    """Gmail's HTML reply: the history sits in a gmail_quote blockquote."""
    history = "<br>".join(escape(line) for line in HISTORY[entry.lang].split(". "))
    attr = escape(quote_header(entry.lang, rng, wrapped=False))
    return to_html(text, rng) .replace(
        "</body>",
        f'<div class="gmail_quote"><div class="gmail_attr">{attr}<br></div>'
        f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid">'
        f"{history}</blockquote></div></body>",
    )


def outlook_quoted(entry: Entry, rng: random.Random, text: str) -> str:
    name, address = USER[entry.lang]
    if entry.lang == "fr":
        block = (f"De : {name} <{address}>\nEnvoyé : lundi 22 décembre 2025 09:12\n"
                 f"À : Recrutement <recrutement@exemple.fr>\nObjet : {entry.subject}")
        sep = rng.choice(("_" * 32, "-----Message d'origine-----"))
    else:
        block = (f"From: {name} <{address}>\nSent: Monday, December 22, 2025 9:12 AM\n"
                 f"To: Recruiting <jobs@example.com>\nSubject: {entry.subject}")
        sep = rng.choice(("_" * 32, "-----Original Message-----"))
    return f"{text}\n\n{sep}\n{block}\n\n{HISTORY[entry.lang]}\n"


def forwarded(entry: Entry, rng: random.Random, company: str) -> str:
    """A colleague forwards the hiring manager's answer, with a one-line note."""
    name, _ = rng.choice(RECRUITERS[entry.lang])
    slug = company.lower().replace(" ", "").replace("é", "e")
    if entry.lang == "fr":
        note = "Bonjour Camille, je vous transfère la réponse du manager ci-dessous."
        head = (f"---------- Message transféré ---------\nDe : {name} <{slug}@{slug}.fr>\n"
                f"Date : lun. 5 janv. 2026 à 08:30\nObjet : {entry.subject}\n"
                f"À : Recrutement <recrutement@{slug}.fr>")
    else:
        note = "Hi Alex, forwarding the hiring manager's answer below."
        head = (f"---------- Forwarded message ---------\nFrom: {name} <{slug}@{slug}.com>\n"
                f"Date: Mon, Jan 5, 2026 at 8:30 AM\nSubject: {entry.subject}\n"
                f"To: Recruiting <jobs@{slug}.com>")
    return f"{note}\n\n{head}\n\n{entry.body}\n"


def to_html(text: str, rng: random.Random) -> str:
    paragraphs = "".join(
        f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip()
    )
    if rng.random() < 0.5:
        paragraphs = paragraphs.replace("é", "&eacute;").replace("à", "&agrave;")
    return f'<html><body><div dir="ltr">{paragraphs}</div></body></html>'


def sender(entry: Entry, company: str, rng: random.Random) -> str:
    ats = entry.keys.get("ats")
    slug = company.lower().replace(" ", "").replace("é", "e")
    if ats:
        return ATS_SENDERS[ats].format(company=company, slug=slug)
    name, _ = rng.choice(RECRUITERS[entry.lang])
    tld = "fr" if entry.lang == "fr" else "com"
    return f"{name} <{name.split()[0].lower()}@{slug}.{tld}>"


def build_raw(
    entry: Entry, form: str, rng: random.Random, company: str, received: str, number: int
) -> str:
    text = reply_text(entry, rng, company)
    message = EmailMessage()
    message["From"] = sender(entry, company, rng)
    message["To"] = "{} <{}>".format(*USER[entry.lang])
    message["Subject"] = entry.subject
    message["Date"] = format_datetime(datetime.fromisoformat(received))
    message["Message-ID"] = f"<corpus-{entry.split}-{number:03d}@mail.example>"
    if form == "quoted":
        message.set_content(gmail_quoted(entry, rng, text), cte="quoted-printable")
    elif form == "outlook":
        message.set_content(outlook_quoted(entry, rng, text), cte="8bit")
    elif form == "forward":
        message.set_content(forwarded(entry, rng, company), cte="quoted-printable")
    elif form == "html":
        message.set_content(gmail_html(entry, rng, text), subtype="html")
    elif form == "multipart":
        message.set_content(text)
        message.add_alternative(to_html(text, rng), subtype="html")
        message.set_boundary(f"=_corpus_{entry.split}_{number:03d}")
    elif form == "latin1":
        charset = "iso-8859-1" if text == text.encode("latin-1", "ignore").decode("latin-1") \
            else "windows-1252"
        message.set_content(text, charset=charset, cte="quoted-printable")
    elif form == "base64":
        message.set_content(text, cte="base64")
    elif form == "unknown":
        message.set_content(text, cte="8bit")
        message.replace_header("Content-Type", 'text/plain; charset="x-user-defined-42"')
    return message.as_bytes().decode("utf-8", "surrogateescape") if form != "latin1" \
        else message.as_string()


def to_json(entry: Entry, number: int, rng: random.Random) -> dict[str, object]:
    form = entry.keys.get("form") or rng.choices(FORMS, FORM_WEIGHTS)[0]
    company = rng.choice(COMPANIES)
    received = entry.keys.get("recv", DEFAULT_RECEIVED)
    item: dict[str, object] = {
        "id": f"{entry.split}-{entry.lang}-{entry.label}-{number:03d}",
        "lang": entry.lang,
        "label": entry.label,
        "split": entry.split,
        "form": form,
    }
    if form == "plain":
        item["subject"] = entry.subject
        item["body"] = reply_text(entry, rng, company)
    else:
        item["raw"] = build_raw(entry, form, rng, company, received, number)
    if "recv" in entry.keys:
        item["received"] = received
    if "date" in entry.keys:
        item["expected_date"] = None if entry.keys["date"] == "none" else entry.keys["date"]
    item["discriminatory"] = "disc" in entry.keys
    return item


def main() -> None:
    rng = random.Random(20260105)
    entries = read_source(HERE / "replies_source.txt", "dev")
    entries += read_source(HERE / "replies_heldout_source.txt", "heldout")
    entries += read_source(HERE / "replies_heldout2_source.txt", "heldout2")
    entries += read_source(HERE / "replies_heldout3_source.txt", "heldout3")
    entries += read_source(HERE / "replies_heldout4_source.txt", "heldout4")
    entries += read_source(HERE / "replies_heldout5_source.txt", "heldout5")
    entries += read_source(HERE / "replies_heldout6_source.txt", "heldout6")
    entries += read_source(HERE / "replies_heldout7_source.txt", "heldout7")
    entries += read_source(HERE / "replies_heldout8_source.txt", "heldout8")
    entries += read_source(HERE / "replies_heldout9_source.txt", "heldout9")
    lines = [json.dumps(to_json(e, n, rng), ensure_ascii=False) for n, e in enumerate(entries, 1)]
    (HERE / "replies.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} messages written to {HERE / 'replies.jsonl'}")


if __name__ == "__main__":
    main()
