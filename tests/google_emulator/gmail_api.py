"""Gmail v1, as far as relance uses it: profile, messages, history, drafts. No send."""

from __future__ import annotations

import base64
import threading
from email.message import EmailMessage
from typing import Any

from tests.google_emulator.gmail_query import compile_query, narrowing
from tests.google_emulator.gmail_store import Mailbox, StoredMessage, parse
from tests.google_emulator.paging import Pager
from tests.google_emulator.wire import ApiError, Request, Response

_HISTORY_KINDS = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted",
                  "labelAdded": "labelsAdded", "labelRemoved": "labelsRemoved"}
_SEND_METHODS = ("gmail.users.drafts.send", "gmail.users.messages.send")


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class GmailApi:
    def __init__(self, email_address: str) -> None:
        self.box = Mailbox(email_address)
        self._lock = threading.RLock()
        self._pagers = {k: Pager(k) for k in ("messages", "drafts", "history")}
        self.labels: dict[str, str] = {}  # the user's own labels: name -> id

    # -- test-side operations ---------------------------------------------------
    def deliver(self, raw: bytes, labels: tuple[str, ...] = ("INBOX",),
                thread_id: str | None = None) -> str:
        """A message arrives (INBOX) or the user sends one by hand (SENT)."""
        with self._lock:
            return self.box.add(raw, set(labels), thread_id).id

    def user_sends_draft(self, draft_id: str) -> str:
        """The user presses Send in Gmail: the draft becomes a SENT message, headers kept."""
        with self._lock:
            message_id = self.box.drafts.pop(draft_id)
            self.box.relabel(message_id, add={"SENT"}, drop={"DRAFT"})
            return message_id

    def user_edits_draft(self, draft_id: str, new_body: str) -> None:
        with self._lock:
            old = self.box.draft_message(draft_id)
            edited = parse(old.raw)
            edited.set_content(new_body)
            self.box.remove(old.id)
            self.box.drafts[draft_id] = self.box.add(
                bytes(edited), {"DRAFT"}, old.thread_id).id

    def user_deletes_draft(self, draft_id: str) -> None:
        with self._lock:
            self.box.remove(self.box.drafts.pop(draft_id))

    def user_labels(self, message_id: str, name: str) -> None:
        """The user puts a label of their own on a message (created on first use)."""
        with self._lock:
            label_id = self.labels.setdefault(name, f"Label_{len(self.labels) + 1}")
            self.box.relabel(message_id, add={label_id}, drop=set())

    def expire_history(self) -> None:
        """Every historyId handed out so far is now too old (history.list answers 404)."""
        with self._lock:
            self.box.history_floor = self.box.history_id + 1

    def drafts_with(self, header: str, value: str) -> list[str]:
        """The ids of the drafts whose `header` is `value`."""
        with self._lock:
            return [d for d, m in self.box.drafts.items()
                    if str(self.box.messages[m].parsed.get(header, "")).strip() == value]

    def drafts(self) -> list[EmailMessage]:
        with self._lock:
            return [self.box.messages[m].parsed for m in self.box.drafts.values()]

    # -- API handlers -------------------------------------------------------------
    def handle(self, method_id: str, request: Request) -> Response:
        if request.path_params.get("userId") not in ("me", self.box.email_address):
            raise ApiError(403, "Delegation denied", "forbidden")
        with self._lock:
            if method_id in _SEND_METHODS:
                self.box.send_attempts.append(method_id)
                raise ApiError(403, "relance must never send mail", "forbidden")
            name = "_" + method_id.removeprefix("gmail.users.").replace(".", "_")
            handler = getattr(self, name, None)
            if handler is None:
                raise ApiError(403, f"{method_id} is not available in this emulator", "forbidden")
            result: Response = handler(request)
            return result

    def _getProfile(self, request: Request) -> Response:
        return Response(200, {"emailAddress": self.box.email_address,
                              "messagesTotal": len(self.box.messages),
                              "threadsTotal": len({m.thread_id for m in
                                                   self.box.messages.values()}),
                              "historyId": str(self.box.history_id)})

    def _labels_list(self, request: Request) -> Response:
        system = [{"id": n, "name": n, "type": "system"}
                  for n in ("INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD")]
        own = [{"id": i, "name": n, "type": "user"} for n, i in self.labels.items()]
        return Response(200, {"labels": system + own})

    def _labels_create(self, request: Request) -> Response:
        name = str(request.json().get("name", "")).strip()
        if not name:
            raise ApiError(400, "Invalid label name", "invalidArgument")
        if any(n.casefold() == name.casefold() for n in self.labels):
            raise ApiError(409, "Label name exists or conflicts", "failedPrecondition")
        label_id = self.labels.setdefault(name, f"Label_{len(self.labels) + 1}")
        return Response(200, {"id": label_id, "name": name, "type": "user"})

    def _messages_list(self, request: Request) -> Response:
        if request.param("pageToken"):
            return Response(200, self._pagers["messages"].next_page(request.param("pageToken")
                                                                    or ""))
        found = self._search(request, self.box.messages.values())
        refs = [{"id": m.id, "threadId": m.thread_id} for m in found]
        return Response(200, self._pagers["messages"].first_page(
            {"resultSizeEstimate": len(refs)}, refs, self._size(request), {}))

    def _messages_get(self, request: Request) -> Response:
        stored = self.box.message(request.path_params["id"])
        return Response(200, self._formatted(stored, request))

    def _history_list(self, request: Request) -> Response:
        if request.param("pageToken"):
            return Response(200, self._pagers["history"].next_page(request.param("pageToken")
                                                                   or ""))
        start = request.param("startHistoryId")
        if not start or not start.isdigit():
            raise ApiError(400, "Invalid startHistoryId", "invalidArgument")
        if int(start) < self.box.history_floor:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        kinds = {_HISTORY_KINDS.get(t, t) for t in request.params.get("historyTypes", [])}
        records = [h for h in self.box.history if int(h["id"]) > int(start)
                   and (not kinds or h["kind"] in kinds)]
        items = [{"id": h["id"], "messages": [h["entry"]["message"]], h["kind"]: [h["entry"]]}
                 for h in records]
        return Response(200, self._pagers["history"].first_page(
            {}, items, self._size(request), {"historyId": str(self.box.history_id)}))

    def _drafts_create(self, request: Request) -> Response:
        raw, thread_id = self._draft_body(request)
        thread = self.box.draft_thread(parse(raw), thread_id)
        stored = self.box.add(raw, {"DRAFT"}, thread or "")
        draft_id = "r" + self.box.new_id()
        self.box.drafts[draft_id] = stored.id
        return Response(200, {"id": draft_id, "message": stored.reference()})

    def _drafts_update(self, request: Request) -> Response:
        draft_id = request.path_params["id"]
        old = self.box.draft_message(draft_id)
        raw, thread_id = self._draft_body(request)
        thread = self.box.draft_thread(parse(raw), thread_id)
        self.box.remove(old.id)  # GOOGLE-NOTES #8: an update gives the message a new id
        stored = self.box.add(raw, {"DRAFT"}, thread or "")
        self.box.drafts[draft_id] = stored.id
        return Response(200, {"id": draft_id, "message": stored.reference()})

    def _drafts_get(self, request: Request) -> Response:
        draft_id = request.path_params["id"]
        stored = self.box.draft_message(draft_id)
        return Response(200, {"id": draft_id, "message": self._formatted(stored, request)})

    def _drafts_list(self, request: Request) -> Response:
        if request.param("pageToken"):
            return Response(200, self._pagers["drafts"].next_page(request.param("pageToken")
                                                                  or ""))
        by_message = {m: d for d, m in self.box.drafts.items()}
        found = self._search(request, [self.box.messages[m] for m in by_message])
        refs = [{"id": by_message[m.id], "message": {"id": m.id, "threadId": m.thread_id}}
                for m in found]
        return Response(200, self._pagers["drafts"].first_page(
            {"resultSizeEstimate": len(refs)}, refs, self._size(request), {}))

    def _drafts_delete(self, request: Request) -> Response:
        self.box.draft_message(request.path_params["id"])
        self.user_deletes_draft(request.path_params["id"])
        return Response(204)

    # -- helpers ---------------------------------------------------------------
    @staticmethod
    def _size(request: Request) -> int:
        return min(int(request.param("maxResults") or 100), 500)

    @staticmethod
    def _search(request: Request, messages: Any) -> list[StoredMessage]:
        query = request.param("q") or ""
        predicate = compile_query(query)
        after, any_of = narrowing(query)
        labels = set(request.params.get("labelIds", []))
        spam = request.flag("includeSpamTrash")
        found = [m for m in messages if labels <= m.labels
                 and (any_of is None or any_of & m.labels)
                 and (after is None or m.internal_date >= after)
                 and predicate(m.searchable()) and (spam or not m.labels & {"SPAM", "TRASH"})]
        return sorted(found, key=lambda m: (-m.internal_date, m.id))

    @staticmethod
    def _draft_body(request: Request) -> tuple[bytes, str | None]:
        message = request.json().get("message") or {}
        if "raw" not in message:
            raise ApiError(400, "Missing draft message", "invalidArgument")
        return unb64(message["raw"]), message.get("threadId")

    @staticmethod
    def _formatted(stored: StoredMessage, request: Request) -> dict[str, Any]:
        fmt = request.param("format") or "full"
        out: dict[str, Any] = {**stored.reference(), "historyId": str(stored.history_id),
                               "internalDate": str(stored.internal_date),
                               "sizeEstimate": len(stored.raw), "snippet": ""}
        if fmt == "raw":
            out["raw"] = b64(stored.raw)
        elif fmt == "metadata":
            wanted = {h.lower() for h in request.params.get("metadataHeaders", [])}
            out["payload"] = {"mimeType": stored.parsed.get_content_type(), "headers": [
                {"name": k, "value": str(v)} for k, v in stored.parsed.items()
                if not wanted or k.lower() in wanted]}
        elif fmt == "full":
            out["payload"] = _part(stored.parsed, "")
        return out


def _part(message: EmailMessage, part_id: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "partId": part_id, "mimeType": message.get_content_type(),
        "filename": message.get_filename() or "",
        "headers": [{"name": k, "value": str(v)} for k, v in message.items()],
    }
    if message.is_multipart():
        children = [p for p in message.iter_parts() if isinstance(p, EmailMessage)]
        out["body"] = {"size": 0}
        out["parts"] = [_part(p, f"{part_id}.{i}".lstrip(".")) for i, p in enumerate(children)]
    else:
        data = message.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        out["body"] = {"size": len(data), "data": b64(data)}
    return out
