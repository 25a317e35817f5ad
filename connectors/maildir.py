"""A Maildir mailbox: the inbox and Sent as a mail source, Drafts as a draft sink.

Layout is Maildir++: the root maildir is the inbox, folders are `.Name`
sub-maildirs (`.Sent`, `.Drafts`; names configurable). Drafts may go to a
separate `drafts_maildir`, so a demo never writes into its input.

Source. The inbox (and `extra_folders`) is read as INBOUND, Sent as
OUTBOUND; a message From one of `user_emails` is OUTBOUND wherever it is.
`MailQuery` is ignored: a first read returns every message and the policy
picks what concerns the applications (local mail is cheap to read). The
cursor is the set of message keys already seen (Maildir keys are stable
across the new/ → cur/ move and flag changes), each with its Dovecot
keywords, as a 6-byte digest (a keyword the user adds later, such as
`relance/refus`, makes the message news again, so its new tags are read;
a message without keywords has the digest of its key alone),
compressed: exact even when a message arrives with an old date or an old
mtime (see `connectors.maildir_layout`). A message that cannot be read is
reported with its file name. Progress (`connectors.base.Progress`) is
told per message file, the folders listed first so the total is known.
Memory stays flat with the mailbox's size: a message for which `keeps_text`
says no (the daemon's guess, from its headers, that it concerns no
application) comes back without its text, and `full_message` reads the
text again for the few the cycle then ties to an application.

Drafts. Complete RFC 5322 messages (see `connectors.mime`) in the drafts
folder's cur/ with the Draft flag. A draft is found by its X-Relance-Key
header, kept in memory per file name while the file's inode, size and
times stay the same (a flag change renames the file; an edit changes it).
Gone from Drafts, it was SENT when Sent holds a message with the same key,
the same Message-ID, or the same content (mail clients may drop unknown
headers when sending); otherwise the user DELETED it.

Without the ledger (lost, or moved aside), a draft found by its
X-Relance-Key is adopted, never written twice; one whose key is listed in
the drafts folder's `relance-keys` (`connectors.written_keys`) but is gone
from Drafts was sent (found in Sent, by key, Message-ID or the listed
content hash) or deleted by the user: never written again (E4).
"""

from __future__ import annotations

import logging
import mailbox
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path

from connectors.base import (
    ItemState,
    MailChanges,
    MailQuery,
    Progress,
    Written,
    draft_hash,
    ensure_action,
    no_progress,
)
from connectors.errors import UserError
from connectors.maildir_layout import (
    decode_cursor,
    encode_cursor,
    entries,
    message_files,
    seen_token,
)
from connectors.maildir_sent import SentCopy, sent_headers
from connectors.mime import (
    MailReading,
    draft_message,
    draft_message_id,
    parse_bytes,
    read_message,
    written_draft,
)
from connectors.written_keys import WrittenKeys
from policy.model import Address, DraftSpec, Message, Problem

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Draft:
    maildir_key: str
    path: Path


@dataclass(frozen=True)
class _Indexed:
    """A draft file's X-Relance-Key, valid while the file keeps this signature."""

    signature: tuple[int, int, int, int]  # inode, size, mtime and ctime in ns
    key: str


class MaildirMailbox:
    def __init__(
        self,
        root: Path,
        clock: Callable[[], datetime],
        user_emails: Iterable[str] = (),
        user_name: str = "",
        timezone: str = "Europe/Paris",
        sent_folder: str = "Sent",
        drafts_folder: str = "Drafts",
        drafts_maildir: Path | None = None,
        extra_folders: Iterable[str] = (),
        progress: Progress = no_progress,
        keeps_text: Callable[[Message, MailQuery], bool] | None = None,
    ) -> None:
        self.root = Path(root)
        self._progress = progress
        self._keeps_text = keeps_text
        self._light: dict[str, tuple[Path, bool, tuple[str, ...]]] = {}  # text left out
        self._clock = clock
        emails = tuple(e.strip().lower() for e in user_emails)
        self._sender = Address(emails[0], user_name or None) if emails else None
        self._reading = MailReading(timezone=timezone, user_emails=frozenset(emails))
        self._sent_dir = self.root / f".{sent_folder}"
        self._drafts_root = Path(drafts_maildir) if drafts_maildir else self.root
        self._drafts_folder = drafts_folder
        self._drafts_dir = self._drafts_root / f".{drafts_folder}"
        self._inbound = [self.root, *(self.root / f".{f}" for f in extra_folders)]
        self._sent_headers: dict[str, SentCopy] = {}
        self._sent_hashes: dict[Path, str] = {}
        self._draft_keys: dict[str, _Indexed] = {}
        self.written = WrittenKeys(self._drafts_dir / "relance-keys")
        self.header_reads = 0  # draft headers parsed, for tests and benchmarks

    # -- MailSource -------------------------------------------------------------
    def changes(self, cursor: str | None, query: MailQuery) -> MailChanges:
        if not (self.root / "cur").is_dir() and not (self.root / "new").is_dir():
            raise UserError(f"maildir {self.root} does not exist (no cur/ or new/ inside)")
        seen = frozenset() if cursor is None else decode_cursor(cursor)
        self._light.clear()
        present: set[bytes] = set()
        messages: list[Message] = []
        problems: list[Problem] = []
        folders = [*((d, False) for d in self._inbound), (self._sent_dir, True)]
        listed = [(sent, *entry) for folder, sent in folders for entry in entries(folder)]
        for done, (sent, key, path, tags) in enumerate(listed):
            seen_as = seen_token(key, tags)
            if seen_as in seen:
                present.add(seen_as)
                continue
            self._progress("mail", done, len(listed))
            found, faults = self._read(key, path, sent, tags, self._wants(query))
            problems.extend(faults)
            if found is not None or faults:
                present.add(seen_as)  # reported once; an unreadable file is retried
            if found is not None:
                messages.append(found)
                if self._keeps_text is not None and not self._keeps_text(found, query):
                    self._light[found.id] = (path, sent, tags)
        self._progress("mail", len(listed), len(listed))
        logger.info("read %d new messages from %s", len(messages), self.root)
        return MailChanges(tuple(messages), encode_cursor(present), tuple(problems))

    def _wants(self, query: MailQuery) -> Callable[[Message], bool] | None:
        keeps = self._keeps_text
        return None if keeps is None else (lambda message: keeps(message, query))

    def full_message(self, message: Message) -> tuple[Message, list[Problem]]:
        """`message` with the text `changes` left out, read from its file now,
        and the problems met reading that text."""
        where = self._light.pop(message.id, None)
        if where is None:
            return message, []
        path, sent, tags = where
        found, faults = self._read(message.id, path, sent, tags)
        if found is None:
            return message, faults
        # Its header faults were told by `changes`; the cycle tells each problem once.
        tags = tuple(dict.fromkeys((*message.tags, *found.tags)))  # relance:unreadable
        return replace(message, text=found.text, tags=tags), faults

    def _read(
        self, key: str, path: Path, sent: bool, tags: tuple[str, ...],
        wants_text: Callable[[Message], bool] | None = None,
    ) -> tuple[Message | None, list[Problem]]:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None, []  # moved by a mail client meanwhile: seen under its new name
        except OSError as error:
            return None, [Problem(str(path), f"cannot read: {error.strerror}")]
        return read_message(data, str(path), key, self._reading, sent, tags, wants_text)

    # -- DraftSink ----------------------------------------------------------------
    def ensure_draft(self, key: str, spec: DraftSpec, previous: Written | None) -> Written:
        found = self._find(key)
        current = None if found is None else self._hash(found)
        new_hash = draft_hash(spec)
        action = ensure_action(current, previous, new_hash)
        listed = self.written.hashes().get(key) if action == "create" else None
        if action == "create" and (listed or self._sent_copy(key, None) is not None):
            action = "gone"  # the ledger was lost after the user sent or deleted it
        remote = "" if found is None else found.maildir_key
        if action == "gone":
            state = self._gone(key, listed)
            return replace(previous or Written(key, remote, new_hash), state=state)
        if action == "changed":
            return replace(previous or Written(key, remote, new_hash), state=ItemState.CHANGED)
        if action != "keep":
            remote = self._write(key, spec, None if found is None else found.maildir_key)
            logger.info("%s draft %s in %s", action, remote, self._drafts_dir)
        self.written.add(key, new_hash)  # after the write: a kill leaves it adoptable
        return Written(key, remote, new_hash)

    def find_draft(self, key: str) -> Written | None:
        found = self._find(key)
        if found is not None:
            written = Written(key, found.maildir_key, self._hash(found))
            self.written.add(key, written.content_hash)  # found after a kill: listed from now on
            return written
        sent = self._sent_copy(key, None)
        if sent is None:
            return None
        return Written(key, "", self._sent_hash(sent.path), ItemState.SENT)

    def draft_state(self, written: Written) -> ItemState:
        found = self._locate(written)
        if found is None:
            return self._gone(written.key, written.content_hash)
        same = self._hash(found) == written.content_hash
        return ItemState.UNTOUCHED if same else ItemState.CHANGED

    def remove_draft(self, written: Written) -> ItemState:
        state = self.draft_state(written)
        found = self._locate(written)
        if state is ItemState.UNTOUCHED and found is not None:
            self.written.drop(written.key)  # before the removal: a kill leaves it adoptable
            found.path.unlink(missing_ok=True)
            logger.info("removed draft %s from %s", found.maildir_key, self._drafts_dir)
        return state

    # -- drafts internals ------------------------------------------------------------
    def _folder(self) -> mailbox.Maildir:
        top = mailbox.Maildir(self._drafts_root, factory=None, create=True)
        try:
            folder = top.get_folder(self._drafts_folder)
        except mailbox.NoSuchMailboxError:
            folder = top.add_folder(self._drafts_folder)
        # A folder with only tmp/ (as a repository keeps it, or as a kill during its
        # creation leaves it) is a maildir all the same: its missing parts are made.
        for sub in ("tmp", "new", "cur"):
            (self._drafts_dir / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder

    def _write(self, key: str, spec: DraftSpec, replacing: str | None) -> str:
        message = mailbox.MaildirMessage(draft_message(key, spec, self._sender, self._clock()))
        message.set_subdir("cur")
        message.set_flags("D")
        folder = self._folder()
        if replacing is None:
            written = folder.add(message)
        else:
            folder[replacing] = message  # keeps the file's key: the draft stays one file
            written = replacing
        self._private(written)
        return written

    def _private(self, maildir_key: str) -> None:
        """A draft holds mail text: 0600, like the ledger (`mailbox` leaves it to the
        umask; the folder itself is 0700, so no one else could read it meanwhile)."""
        for _, entry in message_files(self._drafts_dir):
            if entry.name.partition(":")[0] == maildir_key:
                Path(entry.path).chmod(0o600)

    def _find(self, key: str) -> _Draft | None:
        found: _Draft | None = None
        index: dict[str, _Indexed] = {}
        for maildir_key, entry in message_files(self._drafts_dir):
            indexed = self._indexed(entry)
            if indexed is None:
                continue
            index[entry.path] = indexed
            if found is None and indexed.key == key:
                found = _Draft(maildir_key, Path(entry.path))
        self._draft_keys = index  # the listing is the truth: files gone are forgotten
        return found

    def _indexed(self, entry: os.DirEntry[str]) -> _Indexed | None:
        """The draft's X-Relance-Key, its headers read again only if the file changed.

        A listing and a stat per draft are cheap; opening every draft for each
        draft written made writing n drafts quadratic in file reads.
        """
        try:
            status = entry.stat()
        except OSError:
            return None
        signature = (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
        known = self._draft_keys.get(entry.path)
        if known is not None and known.signature == signature:
            return known
        try:
            with Path(entry.path).open("rb") as handle:
                headers = BytesHeaderParser(policy=default_policy).parse(handle)
        except OSError:
            return None
        self.header_reads += 1
        indexed = _Indexed(signature, str(headers.get("X-Relance-Key", "")).strip())
        self._draft_keys[entry.path] = indexed
        return indexed

    def _locate(self, written: Written) -> _Draft | None:
        found = self._find(written.key)
        if found is not None or not written.remote_id:
            return found
        # A client that rewrote the draft without our header may have kept its file name.
        for maildir_key, path, _ in entries(self._drafts_dir):
            if maildir_key == written.remote_id:
                return _Draft(maildir_key, path)
        return None

    def _hash(self, draft: _Draft) -> str:
        try:
            return draft_hash(written_draft(parse_bytes(draft.path.read_bytes())))
        except Exception:  # unreadable now: whatever it is, it is not what relance wrote
            return "unreadable"

    def _gone(self, key: str, content_hash: str | None = None) -> ItemState:
        sent = self._sent_copy(key, content_hash)
        return ItemState.SENT if sent is not None else ItemState.DELETED

    def _sent_copy(self, key: str, content_hash: str | None) -> SentCopy | None:
        message_id = draft_message_id(key, self._sender.email if self._sender else None)
        copies = list(self._sent_copies())
        for copy in copies:
            if copy.key == key or copy.message_id == message_id:
                return copy
        if content_hash is None:
            return None
        # Last resort, parsing whole messages: the same content, sent by a client
        # that dropped our header and gave the message a new Message-ID.
        return next((c for c in copies if self._sent_hash(c.path) == content_hash), None)

    def _sent_copies(self) -> Iterator[SentCopy]:
        folders = dict.fromkeys([self._sent_dir, self._drafts_root / self._sent_dir.name])
        for folder in folders:
            for _, entry in message_files(folder):  # no Path per file: Sent is large
                if entry.path not in self._sent_headers:
                    self._sent_headers[entry.path] = sent_headers(Path(entry.path))
                yield self._sent_headers[entry.path]

    def _sent_hash(self, path: Path) -> str:
        if path not in self._sent_hashes:
            try:
                self._sent_hashes[path] = draft_hash(written_draft(parse_bytes(path.read_bytes())))
            except Exception:  # an unreadable sent message matches nothing
                self._sent_hashes[path] = "unreadable"
        return self._sent_hashes[path]
