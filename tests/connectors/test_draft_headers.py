"""Drafts are complete RFC 5322 messages, and no text can add a header to them."""

from __future__ import annotations

from datetime import datetime
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest

from connectors.base import draft_hash
from connectors.errors import UserError
from connectors.mime import draft_message, parse_bytes, written_draft
from policy.model import Address, DraftSpec

PARIS = ZoneInfo("Europe/Paris")
WHEN = datetime(2026, 12, 7, 9, 0, tzinfo=PARIS)
ME = Address("camille@example.org", "Camille Martin")


def spec(**changes: object) -> DraftSpec:
    values: dict[str, object] = {
        "to": (Address("jeanne.dupont@acme.fr", "Jeanne Dupont"),),
        "subject": "Re: Entretien développeur Python",
        "body": "Bonjour Jeanne,\n\nJe reste très intéressée par le poste.\n\nCamille\n",
        "language": "fr",
        "in_reply_to": "<reply-1@acme.fr>",
        "references": ("<invite-1@acme.fr>", "<reply-1@acme.fr>"),
    }
    values.update(changes)
    return DraftSpec(**values)  # type: ignore[arg-type]


def test_a_draft_has_every_header_a_mail_client_needs() -> None:
    raw = draft_message("acme/1/follow_up", spec(), ME, WHEN).as_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    assert str(message["From"]) == "Camille Martin <camille@example.org>"
    assert str(message["To"]) == "Jeanne Dupont <jeanne.dupont@acme.fr>"
    assert str(message["Subject"]) == "Re: Entretien développeur Python"
    assert str(message["Date"]) == "Mon, 07 Dec 2026 09:00:00 +0100"
    assert str(message["In-Reply-To"]) == "<reply-1@acme.fr>"
    assert str(message["References"]) == "<invite-1@acme.fr> <reply-1@acme.fr>"
    assert str(message["X-Relance-Key"]) == "acme/1/follow_up"
    assert str(message["Message-ID"]).endswith("@example.org>")
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert "très intéressée" in message.get_content()


def test_reading_a_draft_back_gives_the_same_hash() -> None:
    raw = draft_message("k", spec(), ME, WHEN).as_bytes()
    assert draft_hash(written_draft(parse_bytes(raw))) == draft_hash(spec())


@pytest.mark.parametrize(
    "hostile",
    [
        {"subject": "Entretien ACME\r\nBcc: spy@evil.example"},
        {"subject": "Entretien ACME\nBcc: spy@evil.example\n\nfake body"},
        {"subject": "Entretien ACME\rBcc: spy@evil.example"},
        {"to": (Address("jeanne@acme.fr", "Jeanne\r\nBcc: spy@evil.example"),)},
        {"to": (Address("jeanne@acme.fr\r\nBcc: spy@evil.example", None),)},
        {"in_reply_to": "<a@b>\r\nBcc: spy@evil.example", "references": ()},
        {"references": ("<a@b>\nBcc: spy@evil.example",)},
    ],
)
def test_no_text_can_add_a_header(hostile: dict[str, object]) -> None:
    try:
        raw = draft_message("acme/1/thank_you\r\nBcc: x@evil.example", spec(**hostile), ME, WHEN)
    except UserError:
        return  # refusing an address that is not one is fine too
    data = raw.as_bytes()
    message = message_from_bytes(data, policy=policy.default)
    assert message["Bcc"] is None
    assert b"\nBcc:" not in data and b"\rBcc:" not in data
    names = [name.lower() for name in message]
    assert sorted(names) == sorted(set(names))  # no header twice
    assert "bcc" not in names


def test_an_address_that_is_not_one_is_refused() -> None:
    with pytest.raises(UserError, match="not a mail address"):
        draft_message("k", spec(to=(Address("jeanne at acme", None),)), ME, WHEN)
