"""Gmail: replies and the user's sent mail read, follow-up drafts written. Never sent.

Reading follows lieer's history protocol: the first sync reads the profile's
historyId first, then only the mail `MailQuery` selects (messages.list with
`q`, fetched in batches); later cycles read history.list from that id. A 404
(history too old) raises CursorExpired: the daemon reads the narrowed query
again and the ledger absorbs repeats.

Drafts have no client-chosen id: each carries an X-Relance-Key header (and a
Message-ID derived from the key), so that it can be found again in Drafts, or
in Sent once the user sent it. relance never calls a send method.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import datetime
from typing import Any

from connectors.base import (
    ItemState,
    MailChanges,
    MailQuery,
    Written,
    draft_hash,
    ensure_action,
)
from connectors.errors import BackendError, CursorExpired, NotFound, TransientError
from connectors.google.client import GoogleClient
from connectors.google.gmail_serializer import (
    current_hash,
    draft_body,
    key_of,
    message_from_json,
    recipients_query,
    search_queries,
)
from connectors.mime import KEY_HEADER, MailReading, draft_message_id
from policy.model import Address, DraftSpec, Message, Problem

log = logging.getLogger(__name__)


class GmailSource:
    def __init__(self, client: GoogleClient, reading: MailReading) -> None:
        self._client = client
        self._reading = reading
        self._users = client.gmail.users()

    def changes(self, cursor: str | None, query: MailQuery) -> MailChanges:
        if cursor is None:
            return self._first_sync(query)
        if not cursor.isdigit():
            raise CursorExpired("unreadable Gmail cursor: reading the narrowed query again")
        try:
            ids, history_id = self._history(cursor)
        except NotFound as exc:
            raise CursorExpired("Gmail history too old: reading the narrowed query again") \
                from exc
        messages, problems = self._fetch(ids)
        return MailChanges(messages, history_id, problems)

    def _first_sync(self, query: MailQuery) -> MailChanges:
        # The historyId is read before the messages, so nothing falls between the two.
        profile = self._client.execute(self._users.getProfile(userId="me"), what="getProfile")
        ids: dict[str, None] = {}
        for q in search_queries(query):
            for page in self._client.pages(self._lister(q), what="messages.list"):
                ids.update((m["id"], None) for m in page.get("messages", ()))
        messages, problems = self._fetch(list(ids))
        return MailChanges(messages, str(profile["historyId"]), problems)

    def _lister(self, q: str) -> Callable[[str | None], Any]:
        messages = self._users.messages()
        return lambda token: messages.list(userId="me", q=q, maxResults=500, pageToken=token)

    def _history(self, start: str) -> tuple[list[str], str]:
        ids: dict[str, None] = {}
        history_id = start
        for page in self._client.pages(
                lambda token: self._users.history().list(
                    userId="me", startHistoryId=start, maxResults=500, pageToken=token,
                    historyTypes=["messageAdded", "labelAdded"]),
                what="history.list"):
            for record in page.get("history", ()):
                # relance's own drafts are no news: skipped without a fetch.
                ids.update((a["message"]["id"], None) for a in record.get("messagesAdded", ())
                           if "DRAFT" not in a["message"].get("labelIds", ()))
                # A draft the user sent shows up as a SENT label on the draft's message.
                ids.update((a["message"]["id"], None) for a in record.get("labelsAdded", ())
                           if "SENT" in a.get("labelIds", ()))
            history_id = str(page.get("historyId", history_id))
        return list(ids), history_id

    def _fetch(self, ids: list[str]) -> tuple[tuple[Message, ...], tuple[Problem, ...]]:
        messages = self._users.messages()
        fetched = self._client.batch(
            [(i, messages.get(userId="me", id=i, format="raw")) for i in ids],
            what="messages.get", batch_uri=self._client.endpoints.gmail_batch)
        found: list[Message] = []
        problems: list[Problem] = []
        for message_id in ids:
            item = fetched.get(message_id)
            if isinstance(item, NotFound) or item is None:
                continue  # deleted between the listing and the fetch
            if isinstance(item, BackendError):
                problems.append(Problem(f"Gmail message {message_id}", str(item)))
                continue
            message, trouble = message_from_json(item, self._reading)
            problems.extend(trouble)
            if message is not None:
                found.append(message)
        found.sort(key=lambda m: (m.date, m.id))
        return tuple(found), tuple(problems)


class GmailDraftSink:
    def __init__(self, client: GoogleClient, now: Callable[[], datetime],
                 sender: Address | None = None) -> None:
        self._client = client
        self._now = now
        self._sender = sender
        self._users = client.gmail.users()

    # -- the DraftSink contract --------------------------------------------------
    def ensure_draft(self, key: str, spec: DraftSpec, previous: Written | None) -> Written:
        found = self._get(previous.remote_id) if previous else self._search(key, spec.to)
        draft_id, item = found if found else (previous.remote_id if previous else "", None)
        new_hash = draft_hash(spec)
        action = ensure_action(current_hash(item) if item else None, previous, new_hash)
        if action == "create" and self._was_sent(key, spec.to):
            action = "gone"  # the ledger was lost after the user sent it
        if action == "gone":
            return Written(key, draft_id, previous.content_hash if previous else new_hash,
                           self._gone_state(key, spec.to))
        if action == "changed":
            old = previous.content_hash if previous else current_hash(item or {})
            return Written(key, draft_id, old, ItemState.CHANGED)
        if action == "create":
            return self._create(key, spec)
        if action == "update":
            self._client.execute(self._users.drafts().update(
                userId="me", id=draft_id, body=draft_body(key, spec, self._from(), self._now())),
                what="drafts.update")  # a PUT of the whole draft: safe to retry
        return Written(key, draft_id, new_hash)

    def find_draft(self, key: str) -> Written | None:
        found = self._search(key, ())
        if found is not None:
            return Written(key, found[0], current_hash(found[1]))
        if self._was_sent(key, ()):
            return Written(key, "", "", ItemState.SENT)
        return None

    def draft_state(self, written: Written) -> ItemState:
        found = self._get(written.remote_id)
        if found is None:
            return self._gone_state(written.key, ())
        same = current_hash(found[1]) == written.content_hash
        return ItemState.UNTOUCHED if same else ItemState.CHANGED

    def remove_draft(self, written: Written) -> ItemState:
        state = self.draft_state(written)
        if state is ItemState.UNTOUCHED:
            with suppress(NotFound):  # a retried delete whose first try landed
                self._client.execute(self._users.drafts().delete(userId="me",
                                                                 id=written.remote_id),
                                     what="drafts.delete")
        return state

    # -- writing -------------------------------------------------------------------
    def _create(self, key: str, spec: DraftSpec) -> Written:
        """drafts.create has no idempotency key of its own: before each retry, look for
        the draft by its X-Relance-Key, so that a create whose answer was lost is found."""
        attempts = self._client.retrier.policy.attempts
        for attempt in range(attempts):
            try:
                created = self._client.execute(self._users.drafts().create(
                    userId="me", body=draft_body(key, spec, self._from(), self._now())),
                    what="drafts.create", idempotent=False)
                return Written(key, str(created["id"]), draft_hash(spec))
            except TransientError as error:
                if attempt + 1 >= attempts:
                    raise
                policy, retrier = self._client.retrier.policy, self._client.retrier
                retrier.sleep(policy.delay(attempt, error, retrier.rng))
                found = self._search(key, spec.to)
                if found is not None:
                    return Written(key, found[0], current_hash(found[1]))
        raise AssertionError("unreachable")  # the loop returns or raises

    # -- reading back --------------------------------------------------------------
    def _get(self, draft_id: str) -> tuple[str, dict[str, Any]] | None:
        if not draft_id:
            return None
        try:
            draft = self._client.execute(self._users.drafts().get(
                userId="me", id=draft_id, format="raw"), what="drafts.get")
        except NotFound:
            return None
        return draft_id, draft["message"]

    def _search(self, key: str, to: tuple[Address, ...]) -> tuple[str, dict[str, Any]] | None:
        """The draft carrying `key`, among the drafts to these recipients (all if none)."""
        q = recipients_query("drafts", to) if to else None
        drafts = self._users.drafts()
        refs: dict[str, str] = {}
        for page in self._client.pages(
                lambda token: drafts.list(userId="me", q=q, maxResults=500, pageToken=token),
                what="drafts.list"):
            refs.update((d["message"]["id"], d["id"]) for d in page.get("drafts", ()))
        for message_id in self._carrying(key, refs):
            return self._get(refs[message_id])
        return None

    def _was_sent(self, key: str, to: tuple[Address, ...]) -> bool:
        """Whether the user sent the draft of `key`: found in Sent by the Message-ID relance
        gave it, or among the mail sent to its recipients, by its X-Relance-Key."""
        message_id = draft_message_id(key, self._from().email).strip("<>")
        people = " ".join(f"to:{a.email}" for a in to)
        listed = self._client.execute(self._users.messages().list(
            userId="me", q=f"in:sent {{rfc822msgid:{message_id} {people}}}", maxResults=20),
            what="messages.list sent")
        ids = {m["id"]: m["id"] for m in listed.get("messages", ())}
        return bool(ids) and any(True for _ in self._carrying(key, ids))

    def _carrying(self, key: str, refs: dict[str, str]) -> Iterable[str]:
        """The message ids among `refs` whose X-Relance-Key is `key`."""
        messages = self._users.messages()
        fetched = self._client.batch(
            [(m, messages.get(userId="me", id=m, format="metadata", metadataHeaders=[KEY_HEADER]))
             for m in refs], what="messages.get metadata",
            batch_uri=self._client.endpoints.gmail_batch)
        return [m for m, item in fetched.items() if isinstance(item, dict) and key_of(item) == key]

    def _gone_state(self, key: str, to: tuple[Address, ...]) -> ItemState:
        return ItemState.SENT if self._was_sent(key, to) else ItemState.DELETED

    def _from(self) -> Address:
        if self._sender is None:
            profile = self._client.execute(self._users.getProfile(userId="me"),
                                           what="getProfile")
            self._sender = Address(str(profile["emailAddress"]).lower())
        return self._sender
