"""What relance reads of a message in Sent: enough to tell that a draft was sent."""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path


@dataclass(frozen=True)
class SentCopy:
    path: Path
    key: str | None
    message_id: str | None


def sent_headers(path: Path) -> SentCopy:
    try:
        with path.open("rb") as handle:
            headers = BytesHeaderParser(policy=default_policy).parse(handle)
        ids = str(headers.get("Message-ID", "")).strip() or None
        key = str(headers.get("X-Relance-Key", "")).strip() or None
    except Exception:  # an unreadable sent message matches nothing
        return SentCopy(path, None, None)
    return SentCopy(path, key, ids)
