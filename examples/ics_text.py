"""RFC 5545 text escaping and line folding for the example generator."""

from __future__ import annotations


def escape_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, comma, semicolon and line ends."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line at 75 octets without cutting a UTF-8 character."""
    out: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = " "
            limit = 75
        current += char
    out.append(current)
    return "\r\n".join(out)
