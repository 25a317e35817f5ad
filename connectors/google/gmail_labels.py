"""relance's Gmail labels: created once, at `relance auth` (gmail.labels scope).

The user puts one of them on a recruiter's reply to tell relance how to read
it (`policy.readings`); the labels reach the policy as the message's tags
(`gmail_serializer`). Creating them is the only label write relance makes:
a label that exists already (created by the user, or by an earlier
`relance auth`) is left as it is, and no label is ever renamed or deleted.
The parent `relance` is created first, so Gmail shows the others nested
under it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from connectors.errors import Conflict
from connectors.google.client import GoogleClient

log = logging.getLogger(__name__)


def ensure_labels(client: GoogleClient, names: Sequence[str]) -> list[str]:
    """Create the labels of `names` Gmail lacks (case-insensitive); the names created."""
    labels = client.gmail.users().labels()
    listed = client.execute(labels.list(userId="me"), what="labels.list")
    known = {str(label["name"]).casefold() for label in listed.get("labels", ())}
    created: list[str] = []
    for name in names:
        if name.casefold() in known:
            continue
        body = {"name": name, "labelListVisibility": "labelShow",
                "messageListVisibility": "show"}
        try:
            # A retried create whose first answer was lost meets a 409: already done.
            client.execute(labels.create(userId="me", body=body), what="labels.create")
        except Conflict:
            log.info("Gmail label %s exists already", name)
            continue
        known.add(name.casefold())
        created.append(name)
    return created
