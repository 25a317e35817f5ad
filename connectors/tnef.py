"""Outlook's TNEF attachments (winmail.dat): the text a person would read in them.

Outlook sometimes sends a reply whose only body is an `application/ms-tnef`
part. `tnefparse` reads its plain or HTML body; an RTF-only body or a
damaged file is named as unreadable, so the reply is reported and treated as
an answer relance could not read (the message is tagged `UNREADABLE_TAG`,
left unclassified), never silently as `other`.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage

from inscriptis import get_text
from tnefparse import TNEF

from connectors.charsets import decode_bytes

UNREADABLE_TAG = "relance:unreadable"  # a tag no mail client sets: the text was not read
UNREADABLE_PREFIX = "cannot read this reply"
_MAX_TNEF = 2_000_000  # bytes; the parser copies the rest of the file at each object
_TNEF_TYPES = ("application/ms-tnef", "application/vnd.ms-tnef")


def tnef_part(email: EmailMessage) -> EmailMessage | None:
    for part in email.walk():
        name = (part.get_filename() or "").lower()
        if part.get_content_type() in _TNEF_TYPES or name == "winmail.dat":
            return part
    return None


def tnef_text(part: EmailMessage) -> tuple[str, str | None]:
    """(text, None) or ("", why it cannot be read)."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data:
        return "", "its Outlook winmail.dat attachment is empty"
    if len(data) > _MAX_TNEF:
        return "", f"its Outlook winmail.dat attachment is too large to read ({len(data):,} bytes)"
    logging.getLogger("tnefparse").setLevel(logging.ERROR)  # its checksum chatter
    try:
        tnef = TNEF(data, do_checksum=False)
    except Exception:
        return "", "its Outlook winmail.dat attachment is damaged"
    text = _as_text(tnef.body) or get_text(_as_text(tnef.htmlbody) or "")
    if text.strip():
        return text.strip(), None
    return "", "its Outlook winmail.dat attachment holds only formatted (RTF) text"


def _as_text(value: object) -> str:
    if isinstance(value, bytes):
        return decode_bytes(value.rstrip(b"\x00"), "windows-1252")[0]
    return value if isinstance(value, str) else ""
