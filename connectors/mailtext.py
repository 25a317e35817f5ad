"""The readable text of a mail message, shared by every mail backend."""

from __future__ import annotations

from email.message import EmailMessage


def readable_text(message: EmailMessage) -> str:
    """The body a person would read: text/plain preferred, else HTML as text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    return content if isinstance(content, str) else ""
