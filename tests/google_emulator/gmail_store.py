"""The mailbox behind the Gmail emulator: messages, threads, drafts, history."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from functools import cached_property
from typing import Any

from tests.google_emulator.gmail_query import Searchable
from tests.google_emulator.wire import ApiError

_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|tr)\s*:\s*)+", re.IGNORECASE)


def parse(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def _subject_key(subject: str) -> str:
    return _REPLY_PREFIX.sub("", subject).strip().casefold()


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    labels: set[str]
    raw: bytes
    internal_date: int  # milliseconds since the epoch
    history_id: int
    _headers: dict[str, str] = field(init=False, repr=False)
    _text: str = field(init=False, repr=False)
    _filenames: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Indexed once, with the fast compat32 parser: a search runs over every message.
        quick = BytesParser(policy=compat32).parsebytes(self.raw)
        self._headers = {k.lower(): str(make_header(decode_header(v))).lower()
                         for k, v in quick.items()}
        part = next((p for p in quick.walk() if p.get_content_type() == "text/plain"), None)
        payload = part.get_payload(decode=True) if part is not None else b""
        self._text = payload.decode("utf-8", "replace").lower() \
            if isinstance(payload, bytes) else ""
        self._filenames = "\n".join(
            (p.get_filename() or "").lower() for p in quick.walk() if p.get_filename()
        )

    @cached_property
    def parsed(self) -> EmailMessage:
        return parse(self.raw)

    def header(self, name: str) -> str:
        return str(self.parsed.get(name, ""))

    def searchable(self) -> Searchable:
        return Searchable(self._headers, frozenset(self.labels), self.internal_date, self._text,
                          self._filenames)

    def reference(self) -> dict[str, Any]:
        return {"id": self.id, "threadId": self.thread_id, "labelIds": sorted(self.labels)}


class Mailbox:
    def __init__(self, email_address: str) -> None:
        self.email_address = email_address
        self.messages: dict[str, StoredMessage] = {}
        self.drafts: dict[str, str] = {}  # draft id -> message id
        self.history: list[dict[str, Any]] = []
        self.history_floor = 0  # startHistoryId below this answers 404
        self.send_attempts: list[str] = []  # method ids of every send call: must stay empty
        self._history_ids = itertools.count(1000)
        self.history_id = next(self._history_ids)
        self._ids = itertools.count(0x18c0000000000)
        self._threads: dict[str, str] = {}  # Message-ID -> thread id, for References

    def new_id(self) -> str:
        return f"{next(self._ids):x}"

    # -- writes, each leaving a history record ---------------------------------
    def add(self, raw: bytes, labels: set[str], thread_id: str | None = None) -> StoredMessage:
        message_id = self.new_id()
        stored = StoredMessage(message_id, thread_id or message_id, labels, raw, 0, 0)
        probe = stored.parsed
        stored.internal_date = _internal_date(probe)
        # thread_id "" means "a thread of its own"; None: join by References, as delivery does.
        if thread_id is None:
            stored.thread_id = self.thread_for(probe) or message_id
        self.messages[message_id] = stored
        self._threads.setdefault(str(probe.get("Message-ID", "")).strip(), stored.thread_id)
        self._record("messagesAdded", stored)
        return stored

    def remove(self, message_id: str) -> StoredMessage:
        stored = self.message(message_id)
        del self.messages[message_id]
        self._record("messagesDeleted", stored)
        return stored

    def relabel(self, message_id: str, add: set[str], drop: set[str]) -> None:
        stored = self.message(message_id)
        stored.labels = (stored.labels - drop) | add
        if add:
            self._record("labelsAdded", stored, sorted(add))
        if drop:
            self._record("labelsRemoved", stored, sorted(drop))

    def _record(self, kind: str, stored: StoredMessage, labels: list[str] | None = None) -> None:
        self.history_id = next(self._history_ids)
        stored.history_id = self.history_id
        entry: dict[str, Any] = {"message": stored.reference()}
        if labels is not None:
            entry["labelIds"] = labels
        self.history.append({"id": str(self.history_id), "kind": kind, "entry": entry})

    # -- threads ----------------------------------------------------------------
    def thread_for(self, message: EmailMessage) -> str | None:
        """The thread a delivered message joins, by its References/In-Reply-To."""
        wanted = str(message.get("References", "")).split()
        wanted += str(message.get("In-Reply-To", "")).split()
        return next((self._threads[w] for w in wanted if w in self._threads), None)

    def draft_thread(self, message: EmailMessage, thread_id: str | None) -> str | None:
        """GOOGLE-NOTES #8: a draft joins the thread only when subject and references agree."""
        if not thread_id:
            return None
        members = [m for m in self.messages.values() if m.thread_id == thread_id]
        if not members:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        subject_ok = _subject_key(str(message.get("Subject", ""))) == _subject_key(
            members[0].header("Subject"))
        wanted = str(message.get("References", "")).split()
        wanted += str(message.get("In-Reply-To", "")).split()
        referenced = {self._threads[w] for w in wanted if w in self._threads}
        return thread_id if subject_ok and thread_id in referenced else None

    def message(self, message_id: str) -> StoredMessage:
        stored = self.messages.get(message_id)
        if stored is None:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        return stored

    def draft_message(self, draft_id: str) -> StoredMessage:
        if draft_id not in self.drafts:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        return self.messages[self.drafts[draft_id]]


def _internal_date(message: Any) -> int:
    """Gmail's internalDate: the Date header when it reads, else 0 (Gmail would use
    the time it received the message; a test's mail with a broken Date is still kept)."""
    try:
        header = message.get("Date")
        return int(parsedate_to_datetime(str(header)).timestamp() * 1000) if header else 0
    except (TypeError, ValueError, OverflowError, IndexError):
        return 0
