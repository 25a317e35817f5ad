"""The Google services, built once, and the one place their requests execute."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httplib2
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import AuthorizedHttp
from googleapiclient.discovery import build
from googleapiclient.http import BatchHttpRequest, HttpRequest

from connectors.errors import AuthExpired, BackendError, TransientError
from connectors.google.auth import TokenKeeper, load_credentials
from connectors.google.errors import map_error
from connectors.google.retry import Retrier

log = logging.getLogger(__name__)
GMAIL_BATCH_SIZE = 50  # Google allows 100 parts but advises 50 or fewer (GOOGLE-NOTES #2)


class Executable(Protocol):
    def execute(self, num_retries: int = 0) -> Any: ...


@dataclass(frozen=True)
class Endpoints:
    """Where the APIs live; `from_root` points both at a proxy or the emulator."""

    calendar: str = "https://www.googleapis.com/calendar/v3/"
    gmail: str = "https://gmail.googleapis.com/"
    gmail_batch: str = "https://gmail.googleapis.com/batch/gmail/v1"
    token_uri: str | None = None  # None: the token file's own

    @classmethod
    def from_root(cls, root: str, token_uri: str | None = None) -> Endpoints:
        root = root.rstrip("/") + "/"
        return cls(root + "calendar/v3/", root, root + "batch/gmail/v1", token_uri)


class GoogleClient:
    """Credentials, the two services and the retry policy, shared by the connectors."""

    def __init__(self, creds: Credentials, endpoints: Endpoints, retrier: Retrier, *,
                 token_file: Path | None = None, timeout: float = 30.0) -> None:
        self.endpoints = endpoints
        self.retrier = retrier
        self.timeout = timeout  # seconds a request may take before it is given up
        self._keeper = TokenKeeper(creds, token_file)
        self._http = AuthorizedHttp(creds, http=httplib2.Http(timeout=timeout))
        self.calendar = self._build("calendar", "v3", endpoints.calendar)
        self.gmail = self._build("gmail", "v1", endpoints.gmail)

    @classmethod
    def from_token_file(cls, token_file: Path, endpoints: Endpoints, retrier: Retrier,
                        timeout: float = 30.0) -> GoogleClient:
        creds = load_credentials(token_file, endpoints.token_uri)
        return cls(creds, endpoints, retrier, token_file=token_file, timeout=timeout)

    def _build(self, name: str, version: str, endpoint: str) -> Any:
        return build(name, version, http=self._http, static_discovery=True,
                     client_options={"api_endpoint": endpoint}, cache_discovery=False)

    def execute(self, request: Executable, *, what: str, idempotent: bool = True) -> Any:
        """Run one request under the retry policy; errors come out as relance's."""
        def once() -> Any:
            try:
                return request.execute(num_retries=0)
            except Exception as exc:
                mapped = map_error(exc)
                if mapped is None:
                    raise
                raise mapped from exc
            finally:
                self._keeper.persist_if_refreshed()
        return self.retrier.run(once, idempotent=idempotent, what=what)

    def pages(self, make: Callable[[str | None], Executable], *, what: str) -> Iterable[Any]:
        """Every page of a list call; paging lives here and nowhere else."""
        token: str | None = None
        while True:
            page = self.execute(make(token), what=what)
            yield page
            token = page.get("nextPageToken")
            if not token:
                return

    def batch(self, requests: Sequence[tuple[str, HttpRequest]], *, what: str,
              batch_uri: str) -> dict[str, Any]:
        """Run read requests in batches; parts that fail transiently are retried."""
        results: dict[str, Any] = {}
        pending = list(requests)
        retry = 0
        while pending:
            failed = self._batch_round(pending, results, batch_uri)
            if not failed:
                break
            if retry + 1 >= self.retrier.policy.attempts:
                raise failed[0][1]
            error = failed[0][1]
            self.retrier.sleep(self.retrier.policy.delay(retry, error, self.retrier.rng))
            self.retrier.retries += 1
            retry += 1
            by_key = dict(requests)
            pending = [(key, by_key[key]) for key, _ in failed]
            log.info("%s: %d parts retried", what, len(pending))
        return results

    def _batch_round(self, pending: list[tuple[str, HttpRequest]], results: dict[str, Any],
                     batch_uri: str) -> list[tuple[str, TransientError]]:
        failed: list[tuple[str, TransientError]] = []
        fatal: list[AuthExpired] = []
        for start in range(0, len(pending), GMAIL_BATCH_SIZE):
            chunk = pending[start:start + GMAIL_BATCH_SIZE]

            def collect(key: str, response: Any, exc: Exception | None) -> None:
                if exc is None:
                    results[key] = response
                    return
                mapped = map_error(exc)
                if isinstance(mapped, TransientError):
                    failed.append((key, mapped))
                elif isinstance(mapped, AuthExpired):
                    fatal.append(mapped)  # not one message's fault: stop the whole read
                else:
                    results[key] = mapped or BackendError(str(exc))

            batch = BatchHttpRequest(callback=collect, batch_uri=batch_uri)
            for key, request in chunk:
                batch.add(request, request_id=key)
            self.execute(_BatchAsRequest(batch), what="batch")
            if fatal:
                raise fatal[0]
        return failed


class _BatchAsRequest:
    """Lets a whole batch go through `execute`: its transport errors are retried."""

    def __init__(self, batch: BatchHttpRequest) -> None:
        self._batch = batch

    def execute(self, num_retries: int = 0) -> None:
        self._batch.execute()
