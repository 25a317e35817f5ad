"""Gmail v1 JSON <-> relance's domain values. The API's shapes live only here.

MIME itself is `connectors.mime`'s business (bytes <-> Message, DraftSpec ->
bytes); this module wraps it in Gmail's envelopes (base64url `raw`, threadId,
label ids) and builds the search queries of a first sync.
"""

from __future__ import annotations

import base64
import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from connectors.base import MailQuery, draft_hash
from connectors.mime import (
    KEY_HEADER,
    MailReading,
    draft_message,
    parse_bytes,
    read_message,
    written_draft,
)
from policy.model import Address, DraftSpec, Message, Problem

# An address or domain read from an event can hold anything: one that would change
# the query's structure (blanks, quotes, brackets) is left out of the search.
_SEARCHABLE = re.compile(r"^[^\s{}()\"']+$")
MAX_TERMS = 40  # Gmail truncates very long queries: a long list is split into several


def search_queries(query: MailQuery) -> list[str]:
    """The `q` strings of a first sync: mail from and to the applications' people (C1).

    Addresses and domains are matched both ways (the user's own Sent mail counts
    toward B4/D5), applicant-tracking systems as senders only, and mail with an
    `.ics` attachment (calendar invitations, matched later). An empty query
    narrows nothing but the date, like the other mail backends.
    """
    people = sorted(w for w in query.addresses | query.domains if _SEARCHABLE.match(w))
    terms = [f"{side}:{who}" for who in people for side in ("from", "to")]
    terms += [f"from:{d}" for d in sorted(query.ats_domains) if _SEARCHABLE.match(d)]
    if terms:
        # Invitations relayed by a scheduling service (Calendly…) come from none of
        # the applications' people; their .ics attachment finds them (policy.invitations).
        terms.append("filename:ics")
    since = f"after:{int(query.since.timestamp())} " if query.since else ""
    if not terms:
        return [f"{since}-in:drafts".strip()]
    return [f"{since}-in:drafts {{{' '.join(terms[i:i + MAX_TERMS])}}}"
            for i in range(0, len(terms), MAX_TERMS)]


def recipients_query(folder: str, to: tuple[Address, ...]) -> str:
    """Where a draft for these recipients may sit: in:drafts or in:sent."""
    people = " ".join(f"to:{a.email}" for a in to)
    return f"in:{folder} {{{people}}}" if people else f"in:{folder}"


def decode_raw(item: dict[str, Any]) -> bytes:
    raw = str(item.get("raw", ""))
    return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))


def is_user_label(label_id: str) -> bool:
    return label_id.startswith("Label_")  # system labels have upper-case names as ids


def message_from_json(item: dict[str, Any], reading: MailReading,
                      label_names: dict[str, str] | None = None
                      ) -> tuple[Message | None, list[Problem]]:
    """A message fetched with format=raw; drafts are not messages of the mailbox.

    The user's own Gmail labels become the message's tags (D2 asks by tag)."""
    labels = set(item.get("labelIds", ()))
    if "DRAFT" in labels:
        return None, []
    origin = f"Gmail message {item.get('id')}"
    names = label_names or {}
    tags = tuple(sorted(names[i] for i in labels if is_user_label(i) and i in names))
    message, problems = read_message(decode_raw(item), origin, str(item["id"]), reading,
                                     sent_folder="SENT" in labels, tags=tags)
    if message is not None:
        # Gmail's own thread id: the one a draft must name to join the thread.
        message = replace(message, thread_id=item.get("threadId") or message.thread_id)
    return message, problems


def draft_body(key: str, spec: DraftSpec, sender: Address | None, now: datetime
               ) -> dict[str, Any]:
    """The drafts.create/update body: raw MIME, with the recruiter's thread id when known.

    Not a media upload: those force https (GOOGLE-NOTES #4)."""
    raw = bytes(draft_message(key, spec, sender, now))
    message: dict[str, Any] = {"raw": base64.urlsafe_b64encode(raw).decode("ascii")}
    if spec.thread_id:
        message["threadId"] = spec.thread_id
    return {"message": message}


def current_hash(item: dict[str, Any]) -> str:
    """The draft_hash of a message fetched with format=raw, as it is now."""
    return draft_hash(written_draft(parse_bytes(decode_raw(item))))


def header(item: dict[str, Any], name: str) -> str | None:
    """A header of a message fetched with format=metadata."""
    for entry in item.get("payload", {}).get("headers", ()):
        if str(entry.get("name", "")).lower() == name.lower():
            return str(entry.get("value", "")).strip()
    return None


def key_of(item: dict[str, Any]) -> str | None:
    return header(item, KEY_HEADER)
