"""Gmail read: replies and the user's sent mail, as domain messages.

Reading follows lieer's history protocol: the first sync reads the profile's
historyId first, then only the mail `MailQuery` selects (messages.list with
`q`, fetched in batches); later cycles read history.list from that id. A 404
(history too old) raises CursorExpired: the daemon reads the narrowed query
again and the ledger absorbs repeats. Drafts are written by `gmail_drafts`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from connectors.base import (
    MailChanges,
    MailQuery,
)
from connectors.errors import BackendError, CursorExpired, NotFound
from connectors.google.client import GoogleClient
from connectors.google.gmail_serializer import (
    is_user_label,
    message_from_json,
    search_queries,
)
from connectors.mime import MailReading
from policy.model import Message, Problem

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
                # A draft the user sent shows up as a SENT label on the draft's message;
                # a label of the user's own is a tag the policy may read (D2).
                ids.update((a["message"]["id"], None) for a in record.get("labelsAdded", ())
                           if any(i == "SENT" or is_user_label(i)
                                  for i in a.get("labelIds", ())))
            history_id = str(page.get("historyId", history_id))
        return list(ids), history_id

    def _fetch(self, ids: list[str]) -> tuple[tuple[Message, ...], tuple[Problem, ...]]:
        messages = self._users.messages()
        fetched = self._client.batch(
            [(i, messages.get(userId="me", id=i, format="raw")) for i in ids],
            what="messages.get", batch_uri=self._client.endpoints.gmail_batch)
        found: list[Message] = []
        problems: list[Problem] = []
        names = self._label_names(fetched.values())
        for message_id in ids:
            item = fetched.get(message_id)
            if isinstance(item, NotFound) or item is None:
                continue  # deleted between the listing and the fetch
            if isinstance(item, BackendError):
                problems.append(Problem(f"Gmail message {message_id}", str(item)))
                continue
            message, trouble = message_from_json(item, self._reading, names)
            problems.extend(trouble)
            if message is not None:
                found.append(message)
        found.sort(key=lambda m: (m.date, m.id))
        return tuple(found), tuple(problems)

    def _label_names(self, items: Iterable[Any]) -> dict[str, str]:
        """Names of the user's own labels, read only when a message carries one."""
        if not any(is_user_label(i) for item in items if isinstance(item, dict)
                   for i in item.get("labelIds", ())):
            return {}
        listed = self._client.execute(self._users.labels().list(userId="me"),
                                      what="labels.list")
        return {str(label["id"]): str(label["name"]) for label in listed.get("labels", ())}
