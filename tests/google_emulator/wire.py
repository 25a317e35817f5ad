"""What travels between the emulator's server and its API handlers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

_STATUS = {
    400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED",
    404: "NOT_FOUND", 409: "ALREADY_EXISTS", 410: "FAILED_PRECONDITION",
    429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE",
}


class ApiError(Exception):
    """An error answer, rendered in Google's JSON error format."""

    def __init__(self, code: int, message: str, reason: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.reason = code, message, reason
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {
            "code": self.code,
            "message": self.message,
            "errors": [{"message": self.message, "domain": "global", "reason": self.reason}],
            "status": _STATUS.get(self.code, "UNKNOWN"),
        }}


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    params: dict[str, list[str]]
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    path_params: dict[str, str] = field(default_factory=dict)

    def param(self, name: str, default: str | None = None) -> str | None:
        values = self.params.get(name)
        return values[0] if values else default

    def flag(self, name: str) -> bool:
        return (self.param(name) or "").lower() == "true"

    def json(self) -> dict[str, Any]:
        if not self.body:
            return {}
        try:
            loaded = json.loads(self.body)
        except ValueError as exc:
            raise ApiError(400, "Invalid JSON payload received.", "parseError") from exc
        if not isinstance(loaded, dict):
            raise ApiError(400, "Invalid JSON payload received.", "parseError")
        return loaded


@dataclass
class Response:
    status: int
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> bytes:
        return b"" if self.body is None else json.dumps(self.body).encode("utf-8")


@dataclass(frozen=True)
class LogEntry:
    method: str
    path: str
    params: dict[str, list[str]]
    status: int
    method_id: str = ""  # discovery id, e.g. "gmail.users.messages.get"
    in_batch: bool = False
