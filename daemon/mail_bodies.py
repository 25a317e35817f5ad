"""Which messages keep their text through a mail sync (memory flat with the mailbox).

A first sync reads every message of the mailbox, and most of it (newsletters,
notifications, personal mail) concerns no application: holding each one's
text (up to 20,000 characters) until the cycle has matched them made memory
grow with the mailbox (5,000 newsletters: about 100 MB of text). The C1
matching reads a message's text only when a party is an applicant-tracking
system (its mail names the company); every other way (thread, contact,
domain) reads headers. So a message keeps its text through the sync when a
party is a tracking system, or is a contact or a domain of the applications
(it is likely to be matched: no second read); the others come back without
it, and the cycle reads the text again (`full_message`) for the few it ties
to an application anyway (a reply in a known thread), before classifying.
"""

from __future__ import annotations

from collections.abc import Callable

from connectors.base import MailQuery
from policy.model import Direction, Message
from policy.replies.matching import is_tracking_system
from policy.settings import Settings


def keeps_text(settings: Settings) -> Callable[[Message, MailQuery], bool]:
    def keep(message: Message, query: MailQuery) -> bool:
        parties = message.recipients if message.direction is Direction.OUTBOUND \
            else (message.sender,)
        for party in parties:
            email = party.email.lower()
            domain = email.rpartition("@")[2]
            if email in query.addresses or is_tracking_system(party, settings):
                return True
            if any(domain == d or domain.endswith(f".{d}") or d.endswith(f".{domain}")
                   for d in query.domains):
                return True
        return False

    return keep
