"""Google's batch format: a multipart/mixed body of application/http parts."""

from __future__ import annotations

import itertools
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesParser

from tests.google_emulator.wire import Request, Response

MAX_PARTS = 100  # GOOGLE-NOTES #2
_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
            403: "Forbidden", 404: "Not Found", 409: "Conflict", 410: "Gone",
            429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}
_boundaries = itertools.count(1)


@dataclass(frozen=True)
class Part:
    content_id: str
    request: Request


def split(content_type: str, body: bytes) -> list[Part]:
    envelope = f"Content-Type: {content_type}\r\n\r\n".encode() + body
    message = BytesParser().parsebytes(envelope)
    parts = []
    for part in message.get_payload() if message.is_multipart() else []:
        payload = part.get_payload(decode=False)
        parts.append(Part(str(part.get("Content-ID", "")), _inner_request(str(payload))))
    return parts


def _inner_request(text: str) -> Request:
    text = text.replace("\r\n", "\n")
    head, _, body = text.partition("\n\n")
    request_line, *header_lines = head.split("\n")
    method, target, _ = request_line.split(" ", 2)
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    url = urllib.parse.urlsplit(target)
    params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
    return Request(method, url.path, params, body.encode("utf-8"), headers)


def join(answers: list[tuple[str, Response]]) -> tuple[str, bytes]:
    """The multipart answer and its content type."""
    boundary = f"batch_emulator_{next(_boundaries)}"
    chunks = []
    for content_id, response in answers:
        reply_id = content_id.replace("<", "<response-", 1) if content_id else ""
        status = f"HTTP/1.1 {response.status} {_REASONS.get(response.status, 'Status')}"
        extra = "".join(f"{k}: {v}\r\n" for k, v in response.headers.items())
        chunks.append(
            f"--{boundary}\r\nContent-Type: application/http\r\nContent-ID: {reply_id}\r\n\r\n"
            f"{status}\r\nContent-Type: application/json; charset=UTF-8\r\n{extra}\r\n"
            + response.payload().decode("utf-8") + "\r\n"
        )
    chunks.append(f"--{boundary}--\r\n")
    return f"multipart/mixed; boundary={boundary}", "".join(chunks).encode("utf-8")


Dispatch = Callable[[Request], Response]
