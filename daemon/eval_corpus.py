"""The labelled corpus `relance eval-replies` and the reader's training read.

JSON Lines, one message per line (README.md, "Measuring the reply reader on
your own mail"): `id`, `lang`, `label`, either `raw` (a whole RFC 5322 message
as text; `raw_base64` for bytes that are not UTF-8) or `subject` and `body`
(plain text, read like a mailbox's: quoted history and signature cut),
optional `received`, `expected_date`, `date_phrase` (the verbatim phrase that
states the date, or null), `discriminatory`. Unknown fields are ignored; every
bad line is reported with its number, all together.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from email import policy as email_policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from connectors.errors import UserError
from connectors.mailtext import readable_text_from_bytes, strip_reply
from policy.model import Label

DEFAULT_RECEIVED = datetime.fromisoformat("2026-01-05T10:00:00+01:00")
_MISSING = object()


@dataclass(frozen=True)
class Case:
    """One labelled message of the corpus, already turned into text."""

    id: str
    label: Label
    subject: str
    text: str
    received: datetime
    headers: dict[str, str] = field(default_factory=dict)
    has_expected_date: bool = False
    expected_date: date | None = None
    has_date_phrase: bool = False
    date_phrase: str | None = None
    discriminatory: bool = False
    has_discriminatory: bool = False
    lang: str = ""


def load_cases(path: Path) -> list[Case]:
    """Every case of the file (or of the folder's *.jsonl files); bad lines reported together."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    cases: list[Case] = []
    problems: list[str] = []
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(f"{file}: cannot read the corpus ({error})") from error
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                cases.append(_case(json.loads(line)))
            except KeyError as error:
                problems.append(f"{file}: line {number}: missing field {error}")
            except (ValueError, TypeError) as error:
                problems.append(f"{file}: line {number}: {error}")
    if not cases and not problems:
        problems.append(f"{path}: no messages found")
    if problems:
        raise UserError("bad corpus lines:\n" + "\n".join(f"  - {p}" for p in problems))
    return cases


def _case(item: dict[str, Any]) -> Case:
    if not isinstance(item, dict):
        raise TypeError("each line must be a JSON object")
    case_id, label = str(item["id"]), Label(item["label"])
    received = datetime.fromisoformat(item["received"]) if item.get("received") else None
    if received is not None and received.tzinfo is None:
        raise ValueError(f"{case_id}: received must carry a time zone offset")
    headers: dict[str, str] = {}
    if "raw" in item or "raw_base64" in item:
        raw = (base64.b64decode(item["raw_base64"]) if "raw_base64" in item
               else str(item["raw"]).encode("utf-8", "surrogateescape"))
        subject, text = readable_text_from_bytes(raw)
        headers = _headers(raw)
        received = received or _date_header(headers)
    else:
        # A pasted body is read like a mailbox's: history and signature cut.
        subject, text = str(item.get("subject", "")), strip_reply(str(item["body"]))
    expected = item.get("expected_date", _MISSING)
    return Case(
        id=case_id, label=label, subject=subject, text=text,
        received=received or DEFAULT_RECEIVED, headers=headers,
        has_expected_date=expected is not _MISSING,
        expected_date=date.fromisoformat(expected) if isinstance(expected, str) else None,
        has_date_phrase="date_phrase" in item,
        date_phrase=str(item["date_phrase"]) if item.get("date_phrase") else None,
        discriminatory=bool(item.get("discriminatory", False)),
        has_discriminatory="discriminatory" in item, lang=str(item.get("lang", "")),
    )


def _headers(raw: bytes) -> dict[str, str]:
    parsed = BytesParser(policy=email_policy.compat32).parsebytes(raw, headersonly=True)
    return {name: str(value) for name, value in parsed.items()}


def _date_header(headers: dict[str, str]) -> datetime | None:
    try:
        found = parsedate_to_datetime(headers.get("Date", ""))
    except (TypeError, ValueError):
        return None
    return found if found.tzinfo is not None else None


