"""The OAuth 2.0 token endpoint and the bearer tokens it hands out."""

from __future__ import annotations

import itertools
import threading
import urllib.parse

from tests.google_emulator.wire import Response


class OAuth:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()
        self.refreshes = 0
        self.codes: set[str] = set()
        self.granted_scopes: tuple[str, ...] = ()  # what the consent screen grants

    def new_refresh_token(self) -> str:
        with self._lock:
            token = f"1//emu-refresh-{next(self._ids)}"
            self.refresh_tokens.add(token)
            return token

    def new_access_token(self) -> str:
        with self._lock:
            token = f"ya29.emu-{next(self._ids)}"
            self.access_tokens.add(token)
            return token

    def new_code(self) -> str:
        """What Google's consent page would hand the user's browser."""
        with self._lock:
            code = f"4/emu-code-{next(self._ids)}"
            self.codes.add(code)
            return code

    def _exchange(self, form: dict[str, str]) -> Response:
        with self._lock:
            known = form.get("code") in self.codes
            self.codes.discard(form.get("code", ""))
        if not known:
            return Response(400, {"error": "invalid_grant", "error_description": "Bad code."})
        return Response(200, {"access_token": self.new_access_token(), "expires_in": 3599,
                              "refresh_token": self.new_refresh_token(),
                              "scope": " ".join(self.granted_scopes), "token_type": "Bearer"})

    def revoke(self, refresh_token: str) -> None:
        with self._lock:
            self.refresh_tokens.discard(refresh_token)

    def expire_access_tokens(self) -> None:
        with self._lock:
            self.access_tokens.clear()

    def authorised(self, authorization: str | None) -> bool:
        scheme, _, token = (authorization or "").partition(" ")
        with self._lock:
            return scheme.lower() == "bearer" and token in self.access_tokens

    def token(self, body: bytes) -> Response:
        form = dict(urllib.parse.parse_qsl(body.decode("utf-8")))
        if form.get("grant_type") == "authorization_code":
            return self._exchange(form)
        if form.get("grant_type") != "refresh_token":
            return Response(400, {"error": "unsupported_grant_type"})
        if form.get("refresh_token") not in self.refresh_tokens:
            return Response(400, {"error": "invalid_grant",
                                  "error_description": "Token has been expired or revoked."})
        with self._lock:
            self.refreshes += 1
        return Response(200, {"access_token": self.new_access_token(), "expires_in": 3599,
                              "token_type": "Bearer"})
