"""The user's answer to relance's E1 question, checked before it reaches the ledger.

`relance contact APPLICATION ADDRESS [NAME]` names the person to write to. The
address must be one complete mail address (no display name, no list, no line
break) and a person's (`policy.personal`): naming a no-reply or applicant-
tracking address would give the same drafts nobody reads. A bad answer is a
UserError (exit 2) that says what is wrong; nothing is recorded then.
"""

from __future__ import annotations

from email.headerregistry import Address as HeaderAddress

from connectors.errors import UserError
from policy.model import Address
from policy.personal import set_aside
from policy.settings import Settings

_MAX_NAME = 200


def chosen_contact(address: str, name: str, settings: Settings) -> Address:
    """The Address the user typed, or UserError saying why it cannot be used."""
    spec = address.strip().removeprefix("mailto:").strip("<>").strip().lower()
    if not spec or any(c.isspace() or c in ",;<>\"" for c in spec):
        raise UserError(f"{address!r} is not one mail address: give it as jeanne@acme.fr")
    try:
        HeaderAddress(addr_spec=spec)
    except (ValueError, IndexError) as error:
        raise UserError(f"{address!r} is not a mail address ({error})") from error
    why = set_aside(spec, name or None, settings)
    if why is not None:
        raise UserError(f"{spec}: {why}; give the address of the person to write to")
    clean = " ".join(name.split())[:_MAX_NAME]
    return Address(spec, clean or None)
