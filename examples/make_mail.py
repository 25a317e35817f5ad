"""Write the example Maildir++ of `examples/` from `mail_data.py`.

Layout: INBOX in `Maildir/{cur,new,tmp}`, then the `.Sent` and `.Drafts`
folders, each with the `maildirfolder` marker of Maildir++. Git keeps no
empty folder, and a stray file in `cur/` or `new/` would be read as a
message: so only `tmp/` holds a `.keep` (readers never list `tmp/`), and the
Maildir connector creates a missing `cur/` or `new/` itself.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

from mail_data import INBOX, SENT, Mail

ROOT = Path(__file__).resolve().parent / "Maildir"
HOST = "relance-example"


def build(mail: Mail) -> bytes:
    message = EmailMessage(policy=default)
    message["Date"] = format_datetime(datetime.fromisoformat(mail.date))
    message["From"] = mail.sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Message-ID"] = mail.message_id
    if mail.in_reply_to:
        message["In-Reply-To"] = mail.in_reply_to
    if mail.references:
        message["References"] = " ".join(mail.references)
    for name, value in mail.headers:
        message[name] = value
    if mail.text is not None:
        message.set_content(mail.text, charset=mail.charset, cte=_cte(mail, mail.text))
        if mail.html is not None:
            message.add_alternative(mail.html, subtype="html")
            # A fixed boundary keeps the generated files identical from run to run.
            digest = hashlib.sha256(mail.message_id.encode()).hexdigest()[:24]
            message.set_boundary(f"=_{digest}")
    elif mail.html is not None:
        message.set_content(mail.html, subtype="html", cte=_cte(mail, mail.html))
    return message.as_bytes(policy=default)


def _cte(mail: Mail, body: str) -> str | None:
    if mail.cte is None and mail.charset == "utf-8" and body.isascii():
        return "7bit"
    return mail.cte


def file_name(mail: Mail, number: int) -> str:
    stamp = int(datetime.fromisoformat(mail.date).timestamp())
    name = f"{stamp}.M{number}P{4200 + number}.{HOST}"
    return f"{name}:2,{mail.flags}" if mail.subdir == "cur" else name


def main() -> None:
    if ROOT.exists():
        shutil.rmtree(ROOT)
    for folder in ("", ".Sent", ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (ROOT / folder / sub).mkdir(parents=True, exist_ok=True)
        (ROOT / folder / "tmp" / ".keep").write_bytes(b"")
        if folder:
            (ROOT / folder / "maildirfolder").write_bytes(b"")
    for number, mail in enumerate(SENT + INBOX, start=1):
        folder = ROOT / (f".{mail.folder}" if mail.folder else "")
        (folder / mail.subdir / file_name(mail, number)).write_bytes(build(mail))


if __name__ == "__main__":
    main()
