"""Page tokens: a list answer is cut into pages, the rest kept for the next call."""

from __future__ import annotations

import itertools
import threading
from typing import Any

from tests.google_emulator.wire import ApiError


class Pager:
    def __init__(self, items_key: str = "items") -> None:
        self._items_key = items_key
        self._pending: dict[str, tuple[dict[str, Any], list[Any], int, dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def first_page(self, header: dict[str, Any], items: list[Any], size: int,
                   last: dict[str, Any]) -> dict[str, Any]:
        """`last` holds the fields only the last page carries (nextSyncToken…)."""
        return self._page(header, items, max(size, 1), last)

    def next_page(self, token: str) -> dict[str, Any]:
        with self._lock:
            pending = self._pending.pop(token, None)
        if pending is None:
            raise ApiError(400, "Invalid page token.", "invalid")
        return self._page(*pending)

    def _page(self, header: dict[str, Any], items: list[Any], size: int,
              last: dict[str, Any]) -> dict[str, Any]:
        page = {**header, self._items_key: items[:size]}
        if len(items) > size:
            token = f"page-{next(self._ids)}"
            with self._lock:
                self._pending[token] = (header, items[size:], size, last)
            page["nextPageToken"] = token
        else:
            page.update(last)
        return page
