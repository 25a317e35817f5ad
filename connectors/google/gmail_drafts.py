"""Gmail drafts: written in the recruiter's thread, found again by key, never sent.

Drafts have no client-chosen id: each carries an X-Relance-Key header and a
Message-ID derived from its key. One `messages.list` over Drafts and Sent
(by that Message-ID, or among the mail to the draft's recipients) tells
whether the draft of a key exists, was sent, or is nowhere; that search runs
before a first write and before each retry of `drafts.create`, which is how
a create whose answer was lost is not repeated. After a create that timed out
the search waits one and a half client timeouts first: Google may still be
writing the draft, and a search made sooner would not see it.

With `marks` (`connectors.google.draft_marks`, in relance's own calendar) the
sink remembers the keys of the drafts it wrote: after a lost ledger, a key
marked whose draft is nowhere was deleted by the user, and is reported
DELETED (the step dismissed, E4) instead of written again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from typing import Any

from connectors.base import ItemState, Written, draft_hash, ensure_action
from connectors.errors import NotFound, TransientError
from connectors.google.client import GoogleClient
from connectors.google.draft_marks import DraftMarks
from connectors.google.gmail_serializer import (
    current_hash,
    draft_body,
    key_of,
    recipients_query,
)
from connectors.mime import KEY_HEADER, draft_message_id
from policy.model import Address, DraftSpec

log = logging.getLogger(__name__)
Found = tuple[str, dict[str, Any]]  # a draft id and its message, format=raw


class GmailDraftSink:
    def __init__(self, client: GoogleClient, now: Callable[[], datetime],
                 sender: Address | None = None, marks: DraftMarks | None = None) -> None:
        self._client = client
        self._marks = marks
        self._now = now
        self._sender = sender
        self._users = client.gmail.users()

    # -- the DraftSink contract --------------------------------------------------
    def ensure_draft(self, key: str, spec: DraftSpec, previous: Written | None) -> Written:
        located = self._get(previous.remote_id) if previous else self._locate(key, spec.to)
        if located is ItemState.SENT:
            return Written(key, "", draft_hash(spec), ItemState.SENT)  # ledger lost, then sent
        item = located[1] if isinstance(located, tuple) else None
        draft_id = located[0] if isinstance(located, tuple) else (
            previous.remote_id if previous else "")
        new_hash = draft_hash(spec)
        action = ensure_action(current_hash(item) if item else None, previous, new_hash)
        if action == "gone":
            return Written(key, draft_id, previous.content_hash if previous else new_hash,
                           self._gone_state(key, spec.to))
        if action == "changed":
            old = previous.content_hash if previous else current_hash(item or {})
            return Written(key, draft_id, old, ItemState.CHANGED)
        if action == "create":
            if previous is None and self._marks is not None and self._marks.listed(key):
                return Written(key, "", new_hash, ItemState.DELETED)  # the user deleted it
            created = self._create(key, spec)
            if self._marks is not None:
                self._marks.add(key)  # after the write: a kill leaves it adoptable
            return created
        if previous is None and item is not None and self._marks is not None:
            self._marks.add(key)  # adopted (found after a kill): marked from now on
        if action == "update":
            self._client.execute(self._users.drafts().update(
                userId="me", id=draft_id, body=draft_body(key, spec, self._from(), self._now())),
                what="drafts.update")  # a PUT of the whole draft: safe to retry
        return Written(key, draft_id, new_hash)

    def find_draft(self, key: str) -> Written | None:
        """Without the ledger: every draft's X-Relance-Key is read (the user may have
        edited the draft in Gmail, which can change its Message-ID), then Sent."""
        found = self._in_drafts(key, None, None)
        if found is not None:
            return Written(key, found[0], current_hash(found[1]))
        if self._locate(key, ()) is ItemState.SENT:
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
            if self._marks is not None:
                self._marks.drop(written.key)  # before the removal: a kill leaves it adoptable
            with suppress(NotFound):  # a retried delete whose first try landed
                self._client.execute(self._users.drafts().delete(userId="me",
                                                                 id=written.remote_id),
                                     what="drafts.delete")
        return state

    # -- writing -------------------------------------------------------------------
    def _create(self, key: str, spec: DraftSpec) -> Written:
        """drafts.create has no idempotency key of its own: before each retry, look for
        the draft by its key, so that a create whose answer was lost is found."""
        retrier = self._client.retrier
        for attempt in range(retrier.policy.attempts):
            try:
                created = self._client.execute(self._users.drafts().create(
                    userId="me", body=draft_body(key, spec, self._from(), self._now())),
                    what="drafts.create", idempotent=False)
                return Written(key, str(created["id"]), draft_hash(spec))
            except TransientError as error:
                if attempt + 1 >= retrier.policy.attempts:
                    raise
                wait = retrier.policy.delay(attempt, error, retrier.rng)
                if isinstance(error.__cause__, TimeoutError):
                    # Given up by us, maybe still under way at Google: a create answered
                    # after the timeout lands then. Look only once it would have landed.
                    wait = max(wait, self._client.timeout * 1.5)
                retrier.sleep(wait)
                located = self._locate(key, spec.to)
                if isinstance(located, tuple):
                    log.info("draft for step %s was created after all", key)
                    return Written(key, located[0], current_hash(located[1]))
                if located is ItemState.SENT:
                    return Written(key, "", draft_hash(spec), ItemState.SENT)
        raise AssertionError("unreachable")  # the loop returns or raises

    # -- reading back --------------------------------------------------------------
    def _locate(self, key: str, to: tuple[Address, ...]) -> Found | ItemState | None:
        """The draft of `key` (its id and message), SENT once the user sent it, or None."""
        message_id = draft_message_id(key, self._from().email).strip("<>")
        people = "".join(f" to:{a.email}" for a in to)
        listed = self._client.execute(self._users.messages().list(
            userId="me", q=f"{{in:drafts in:sent}} {{rfc822msgid:{message_id}{people}}}",
            maxResults=50), what="messages.list drafts and sent")
        carrying = self._carrying(key, [m["id"] for m in listed.get("messages", ())])
        drafts = [str(m["id"]) for m in carrying if "DRAFT" in m.get("labelIds", ())]
        if drafts:
            kept = self._in_drafts(key, to, drafts[0])
            if kept is not None and len(drafts) > 1:
                self._remove_twins(kept, drafts[1:], to)
            return kept
        if any("SENT" in m.get("labelIds", ()) for m in carrying):
            return ItemState.SENT
        return None

    def _remove_twins(self, kept: Found, twins: list[str], to: tuple[Address, ...]) -> None:
        """Drafts of one key beyond the first (a create answered after its timeout and
        retried): each one still as relance wrote it, the same as the kept one, is
        deleted; one the user changed is theirs and stays."""
        refs = self._draft_refs(to)
        for message_id in twins:
            twin = self._get(refs.get(message_id, ""))
            if twin is None or current_hash(twin[1]) != current_hash(kept[1]):
                continue
            with suppress(NotFound):
                self._client.execute(self._users.drafts().delete(userId="me", id=twin[0]),
                                     what="drafts.delete")
            log.info("removed a second draft of one step (a late create): %s", twin[0])

    def _draft_refs(self, to: tuple[Address, ...] | None) -> dict[str, str]:
        """Message id → draft id of the drafts to `to` (all drafts without `to`)."""
        q = recipients_query("drafts", to) if to else None
        drafts = self._users.drafts()
        refs: dict[str, str] = {}
        for page in self._client.pages(
                lambda token: drafts.list(userId="me", q=q, maxResults=500, pageToken=token),
                what="drafts.list"):
            refs.update((d["message"]["id"], d["id"]) for d in page.get("drafts", ()))
        return refs

    def _in_drafts(self, key: str, to: tuple[Address, ...] | None,
                   message_id: str | None) -> Found | None:
        """The draft holding `message_id`, or else carrying `key`, among the drafts to `to`."""
        refs = self._draft_refs(to)
        if message_id is None:
            message_id = next((str(m["id"]) for m in self._carrying(key, list(refs))), None)
        return self._get(refs[message_id]) if message_id in refs else None

    def _get(self, draft_id: str) -> Found | None:
        if not draft_id:
            return None
        try:
            draft = self._client.execute(self._users.drafts().get(
                userId="me", id=draft_id, format="raw"), what="drafts.get")
        except NotFound:
            return None
        return draft_id, draft["message"]

    def _carrying(self, key: str, message_ids: list[str]) -> list[dict[str, Any]]:
        """The messages among `message_ids` whose X-Relance-Key is `key` (format=metadata)."""
        messages = self._users.messages()
        fetched = self._client.batch(
            [(m, messages.get(userId="me", id=m, format="metadata", metadataHeaders=[KEY_HEADER]))
             for m in message_ids], what="messages.get metadata",
            batch_uri=self._client.endpoints.gmail_batch)
        return [item for item in fetched.values() if isinstance(item, dict)
                and key_of(item) == key]

    def _gone_state(self, key: str, to: tuple[Address, ...]) -> ItemState:
        return ItemState.SENT if self._locate(key, to) is ItemState.SENT else ItemState.DELETED

    def _from(self) -> Address:
        if self._sender is None:
            profile = self._client.execute(self._users.getProfile(userId="me"),
                                           what="getProfile")
            self._sender = Address(str(profile["emailAddress"]).lower())
        return self._sender
