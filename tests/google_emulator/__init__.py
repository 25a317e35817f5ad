"""A loopback emulator of Google Calendar v3, Gmail v1 and the OAuth token endpoint.

Written for relance's tests and benchmark: the real google-api-python-client
talks to it over HTTP. Routes and query parameters are checked against the
discovery documents shipped in googleapiclient, so a call the real API would
reject with 400 is rejected here too.
"""

from __future__ import annotations

from tests.google_emulator.server import Emulator

__all__ = ["Emulator"]
