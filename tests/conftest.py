"""Checks every test of the suite shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from daemon.draft_guard import REFUSED


@pytest.fixture(autouse=True)
def no_impersonal_draft(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """E1: no test anywhere may make relance try a draft with an empty or impersonal To:.

    The apply layer refuses such a draft and logs it (`daemon.draft_guard`); a test
    that means to check the refusal itself clears the records it expects."""
    yield
    refused = [r.getMessage() for r in caplog.records if REFUSED in r.getMessage()]
    assert not refused, refused
