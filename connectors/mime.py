"""RFC 5322 ↔ domain: the only module that reads or builds raw mail for Maildir.

Reading turns the bytes of one message into a `Message`, or into Problems
naming the file: a message with no usable From or Date is skipped and
reported (RULES: a fault is reported, never guessed; the Maildir file's
mtime is not the date the recruiter wrote). A body in an unknown charset is
kept, decoded with replacement characters, and reported.

Writing builds a draft with the standard `email` package: every header goes
through `EmailMessage`'s header registry, and line breaks in a subject, a
name or an address are folded to spaces first, so an event title can never
add a header (no `Bcc:` smuggled in a company name).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from email import policy
from email.errors import MessageError
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from typing import Any
from zoneinfo import ZoneInfo

from connectors.charsets import codec_for, decode_words, repair_8bit
from connectors.errors import UserError
from connectors.mail_invites import invitations_in
from connectors.mail_policy import READING
from connectors.mailtext import readable_text
from connectors.problem_words import in_words
from connectors.tnef import UNREADABLE_PREFIX, UNREADABLE_TAG, tnef_part, tnef_text
from policy.address_check import is_mail_address
from policy.model import Address, Direction, DraftSpec, Message, Problem
from policy.safe_text import NAME_LIMIT, SUBJECT_LIMIT, plain_line

KEY_HEADER = "X-Relance-Key"
_MESSAGE_ID = re.compile(r"<[^<>\s]{1,250}>")
# What a calendar part's headers hold (`connectors.mail_invites`), or a file name
# in an encoded word that could hide ".ics": only then is a whole message parsed
# before it is known to be wanted.
_MAY_CARRY_CALENDAR = re.compile(rb"(?i)calendar|application/ics|\.ics|\.vcs|name\*?=\s*\"?=\?")
_MAX_REFERENCES = 50  # a thread is tied by its first and last ids; thousands add nothing
_HEADER_LIMIT = 20_000  # characters of one header read; longer ones are hostile or broken
# A date outside these years is no date a recruiter wrote (9999 overflowed every
# time-zone conversion downstream): the message is reported as having no usable Date.
_YEARS = range(1971, 2200)


@dataclass(frozen=True)
class MailReading:
    """Who the user is and which zone a date without one is read in."""

    timezone: str = "Europe/Paris"
    user_emails: frozenset[str] = frozenset()  # lower-cased


def parse_bytes(data: bytes) -> EmailMessage:
    message = BytesParser(policy=READING).parsebytes(data)
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage
    return message


def read_message(
    data: bytes,
    origin: str,
    message_key: str,
    reading: MailReading,
    sent_folder: bool = False,
    tags: tuple[str, ...] = (),
    wants_text: Callable[[Message], bool] | None = None,
) -> tuple[Message | None, list[Problem]]:
    """One mail file as a domain Message; never raises. When `wants_text` says
    no to the message read without its text, the text is not read at all."""
    try:
        if wants_text is not None and not _MAY_CARRY_CALENDAR.search(data):
            # Headers first: most of a mailbox concerns no application, and a
            # message that carries no calendar part is judged on its headers.
            headers = BytesParser(policy=READING).parsebytes(data, headersonly=True)
            assert isinstance(headers, EmailMessage)
            found, problems = _read(headers, origin, message_key, reading, sent_folder, tags,
                                    lambda _: False)
            if found is None or not wants_text(found):
                return found, problems
        return _read(parse_bytes(data), origin, message_key, reading, sent_folder, tags,
                     wants_text)
    except Exception as error:  # a broken message is the file's fault; the rest goes on
        return None, [Problem(origin, f"unreadable message, skipped: {_short(error)}")]


def _read(
    email: EmailMessage,
    origin: str,
    key: str,
    reading: MailReading,
    sent_folder: bool,
    tags: tuple[str, ...],
    wants_text: Callable[[Message], bool] | None = None,
) -> tuple[Message | None, list[Problem]]:
    senders = _addresses(email, "From")
    if not senders:
        return None, [Problem(origin, "no readable From header: message skipped")]
    date = _date(email, reading)
    if date is None:
        return None, [Problem(origin, "no readable Date header: message skipped")]
    if date.year not in _YEARS:
        return None, [Problem(origin, f"its Date header says the year {date.year}, which "
                              "cannot be right: message skipped")]
    references = message_ids(_raw_header(email, "References") or "")
    for parent in message_ids(_raw_header(email, "In-Reply-To") or ""):
        if parent not in references:
            references = (*references, parent)
    own_id = next(iter(message_ids(_raw_header(email, "Message-ID") or "")), None)
    sender = senders[0]
    outbound = sent_folder or sender.email in reading.user_emails
    keywords = _keywords(email)
    invitations, problems = invitations_in(email, origin, date, reading.timezone,
                                           reading.user_emails)
    message = Message(
        id=key,
        thread_id=references[0] if references else own_id,
        sender=sender,
        recipients=tuple(
            dict.fromkeys(a for h in ("To", "Cc", "Bcc") for a in _addresses(email, h))
        ),
        date=date,
        direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
        subject=subject_of(email),
        message_id=own_id,
        references=references,
        relance_key=relance_key(email),
        tags=tuple(dict.fromkeys((*tags, *keywords))),
        origin=origin,
        invitations=invitations,
    )
    if wants_text is not None and not wants_text(message):
        return message, problems
    text, faults = _text(email, origin)
    if any(p.what.startswith(UNREADABLE_PREFIX) for p in faults):
        message = replace(message, tags=(*message.tags, UNREADABLE_TAG))
    return replace(message, text=text), [*faults, *problems]


def subject_of(email: EmailMessage) -> str:
    """The subject as a mail client shows it: charsets per WHATWG, one bounded line."""
    raw = _raw_header(email, "Subject")
    return "" if raw is None else plain_line(decode_words(raw), SUBJECT_LIMIT)


def _raw_header(email: EmailMessage, name: str) -> str | None:
    wanted = name.lower()
    for key, value in email.raw_items():
        if key.lower() == wanted:
            return str(value)[:_HEADER_LIMIT]
    return None


def _addresses(email: EmailMessage, name: str) -> tuple[Address, ...]:
    found: list[Address] = []
    names = _display_names(email, name)
    for header in email.get_all(name, [])[:20]:
        for address in getattr(header, "addresses", ())[:100]:  # a list past 100 is a blast
            spec = repair_8bit(str(address.addr_spec)).strip().lower()
            if "@" not in spec or spec == "<>":
                continue
            shown = names.get(spec) or repair_8bit(str(address.display_name))
            found.append(Address(spec, plain_line(shown, NAME_LIMIT) or None))
    return tuple(found)


def _display_names(email: EmailMessage, name: str) -> dict[str, str]:
    """Display names decoded from the raw header when the parser could not (a gb2312
    name that needs GBK): the parser's own reading is kept otherwise."""
    raw = _raw_header(email, name)
    if raw is None or "=?" not in raw:
        return {}
    pairs = getaddresses([decode_words(raw)])
    return {spec.strip().lower(): shown for shown, spec in pairs if shown and "\ufffd" not in shown}


def _date(email: EmailMessage, reading: MailReading) -> datetime | None:
    header: Any = email.get("Date")
    moment = getattr(header, "datetime", None)
    if not isinstance(moment, datetime):
        return None
    # "-0000" means "zone unknown" (RFC 5322 3.3): read it in the user's zone.
    return (
        moment if moment.tzinfo is not None else moment.replace(tzinfo=ZoneInfo(reading.timezone))
    )


def _text(email: EmailMessage, origin: str) -> tuple[str, list[Problem]]:
    problems: list[Problem] = []
    unknown = sorted({c for c in email.get_charsets() if c and codec_for(c) is None})
    if unknown:
        what = f"unknown charset {', '.join(unknown)}: text read with replacement characters"
        problems.append(Problem(origin, what))
    try:
        text = readable_text(email)
    except (LookupError, UnicodeError, ValueError) as error:
        text = _raw_text(email)
        problems.append(Problem(origin, f"text not decodable ({_short(error)}): raw text kept"))
    if not text.strip() and (part := tnef_part(email)) is not None:
        text, why = tnef_text(part)
        if why is not None:
            problems.append(Problem(origin, f"{UNREADABLE_PREFIX}: {why}; read it yourself "
                                    "(relance counts it as an answer it could not read)"))
    defects = sorted({type(d).__name__ for part in email.walk() for d in part.defects})
    if defects and not text.strip():
        text = _raw_text(email)
        problems.append(Problem(origin, f"broken MIME ({', '.join(defects)}): raw text kept"))
    return text, problems


def _raw_text(email: EmailMessage) -> str:
    part = email.get_body(preferencelist=("plain", "html")) or email
    payload: Any = part.get_payload() if part.is_multipart() else part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", errors="replace").strip()
    return payload.strip() if isinstance(payload, str) else ""


def _keywords(email: EmailMessage) -> tuple[str, ...]:
    values = [*email.get_all("Keywords", []), *email.get_all("X-Keywords", [])]
    return tuple(k.strip() for v in values for k in str(v).split(",") if k.strip())


def message_ids(value: str) -> tuple[str, ...]:
    found = tuple(dict.fromkeys(_MESSAGE_ID.findall(value[:_HEADER_LIMIT])))
    if len(found) > _MAX_REFERENCES:
        found = (found[0], *found[-(_MAX_REFERENCES - 1):])
    return found


def relance_key(email: EmailMessage) -> str | None:
    value = email.get(KEY_HEADER)
    return None if value is None else str(value).strip() or None


def _short(error: BaseException) -> str:
    return in_words(error, detail=True)


# -- writing drafts -------------------------------------------------------------


def one_line(text: str) -> str:
    """A header value on one line: CR, LF and every run of blanks become one space."""
    return " ".join(text.split())


def draft_message_id(key: str, sender: str | None) -> str:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:32]  # noqa: S324 - an id
    domain = sender.rsplit("@", 1)[1] if sender and "@" in sender else "relance.invalid"
    return f"<relance.{digest}@{one_line(domain).replace(' ', '')}>"


def draft_message(
    key: str, spec: DraftSpec, sender: Address | None, date: datetime
) -> EmailMessage:
    """A complete RFC 5322 draft: headers built by the `email` package, never by hand."""
    email = EmailMessage(policy=policy.default)
    if sender is not None:
        email["From"] = _header_address(sender)
    email["To"] = [_header_address(a) for a in spec.to]
    email["Subject"] = plain_line(spec.subject, SUBJECT_LIMIT)
    email["Date"] = format_datetime(date)
    email["Message-ID"] = draft_message_id(key, sender.email if sender else None)
    parents = message_ids(" ".join(_chain(spec.references, spec.in_reply_to)))
    if spec.in_reply_to and message_ids(spec.in_reply_to):
        email["In-Reply-To"] = message_ids(spec.in_reply_to)[0]
    if parents:
        email["References"] = " ".join(parents)
    email[KEY_HEADER] = one_line(key)
    email.set_content(spec.body, charset="utf-8")
    return email


def _chain(references: Iterable[str], in_reply_to: str | None) -> list[str]:
    return [*references, *([in_reply_to] if in_reply_to else [])]


def _header_address(address: Address) -> HeaderAddress:
    spec = "".join(address.email.split())
    if not is_mail_address(spec):
        raise UserError(f"{spec!r} is not a mail address: correct it where relance found it "
                        "(the event's organizer or its Contact line, or the mail's sender)")
    name = plain_line(address.name or "", NAME_LIMIT)
    try:
        return HeaderAddress(display_name=name, addr_spec=spec)
    except (ValueError, IndexError, MessageError) as error:
        raise UserError(f"{spec!r} is not a mail address a draft can be written to") from error


def written_draft(email: EmailMessage) -> DraftSpec:
    """What a draft says now, in the terms `draft_hash` compares."""
    parents = message_ids(str(email.get("In-Reply-To", "")))
    return DraftSpec(
        to=_addresses(email, "To"),
        subject=str(email.get("Subject", "")),
        body=_plain_body(email),
        language="fr",  # not part of the hash
        in_reply_to=parents[0] if parents else None,
        references=message_ids(str(email.get("References", ""))),
    )


def _plain_body(email: EmailMessage) -> str:
    part = email.get_body(preferencelist=("plain",))
    if part is None:
        return readable_text(email)  # a client turned it into HTML only
    content = part.get_content()
    return content if isinstance(content, str) else ""
