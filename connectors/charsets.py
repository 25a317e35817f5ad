"""Charsets read the way mail clients and browsers read them (WHATWG Encoding).

Mail declares charsets it does not use: "iso-8859-1" or "us-ascii" on text
written in windows-1252 (curly quotes and dashes in 0x80-0x9F), "gb2312" on
text that needs GBK. The WHATWG Encoding Standard, which browsers and mail
clients follow, maps such labels to the superset actually meant; its label
table comes from `webencodings`. A header with raw 8-bit bytes (old clients,
no RFC 2047 encoding) is guessed: UTF-8 when it decodes as such, else
windows-1252, as Thunderbird and Outlook do for a Western user.
"""

from __future__ import annotations

import codecs
from email.header import decode_header

import webencodings

_SURROGATES = range(0xDC80, 0xDD00)


def codec_for(label: str | None) -> str | None:
    """The Python codec a mail client would use for a declared charset, or None."""
    if not label:
        return None
    found = webencodings.lookup(label.strip().strip('"'))
    if found is not None:
        return str(found.codec_info.name)
    try:
        return codecs.lookup(label).name  # a Python-only alias (e.g. "latin_1")
    except LookupError:
        return None


def decode_bytes(data: bytes, label: str | None) -> tuple[str, bool]:
    """`data` as text, and whether the declared charset was unknown or wrong."""
    codec = codec_for(label)
    for name in (codec, "utf-8"):
        if name:
            try:
                return data.decode(name), name != codec
            except UnicodeDecodeError:
                continue
    # Cut mid-character by a size cap, or mislabelled: the declared codec still
    # reads the rest best; windows-1252 when none was declared.
    return data.decode(codec or "cp1252", errors="replace"), True


def repair_8bit(value: str) -> str:
    """A header value whose raw 8-bit bytes the parser kept as surrogates, decoded."""
    if not any(ord(c) in _SURROGATES for c in value):
        return value
    raw = value.encode("utf-8", errors="surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def decode_words(raw: str) -> str:
    """A raw header value with RFC 2047 encoded words, each in its WHATWG codec."""
    raw = repair_8bit(raw.replace("\r", "").replace("\n", ""))
    if "=?" not in raw:
        return raw
    try:
        chunks = decode_header(raw)
    except (ValueError, LookupError, UnicodeError):
        return raw
    parts: list[str] = []
    for data, label in chunks:
        if isinstance(data, str):
            parts.append(data)
        elif label is None:
            parts.append(data.decode("raw-unicode-escape", errors="replace"))
        else:
            parts.append(decode_bytes(data, label)[0])
    return "".join(parts)
