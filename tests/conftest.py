"""Checks every test of the suite shares."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from daemon.draft_guard import REFUSED


class _Refusals(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if REFUSED in record.getMessage():
            self.messages.append(record.getMessage())


@pytest.fixture(autouse=True)
def refused_drafts() -> Iterator[list[str]]:
    """E1: no test anywhere may make relance try a draft with an empty or impersonal To:.

    The apply layer refuses such a draft and logs it (`daemon.draft_guard`). The
    handler sits on the apply layer's own logger, so the CLI's logging setup (which
    replaces the root logger's handlers) cannot hide a refusal. A test that checks
    the refusal itself empties the list it is given."""
    handler = _Refusals()
    logger = logging.getLogger("daemon.apply")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)
    assert not handler.messages, handler.messages
