"""The files of a maildir, and the Maildir source's cursor.

A maildir folder keeps each message in one file under new/ or cur/; the
file name is `<key>:2,<flags>`, the key stable for the message's life.
Dovecot stores keywords as the flag letters a-z, named in `dovecot-keywords`.

The cursor is the set of keys seen, each as a 6-byte digest, compressed:
collisions stay below one in a million for ten thousand messages.
"""

from __future__ import annotations

import base64
import hashlib
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from connectors.errors import CursorExpired

CURSOR_PREFIX = "md1:"
_TOKEN = 6


def entries(folder: Path) -> Iterator[tuple[str, Path, tuple[str, ...]]]:
    """(maildir key, file, Dovecot keywords) of every message of one maildir folder."""
    keywords = _dovecot_keywords(folder)
    for sub in ("new", "cur"):
        try:
            names = sorted(p.name for p in (folder / sub).iterdir())
        except OSError:
            continue
        for name in names:
            if name.startswith("."):
                continue
            key, _, info = name.partition(":")
            flags = info[2:] if info.startswith("2,") else ""
            tags = tuple(keywords[c] for c in flags if c in keywords)
            yield key, folder / sub / name, tags


def _dovecot_keywords(folder: Path) -> dict[str, str]:
    """Dovecot stores a message's keywords as letters a-z, named in this file."""
    try:
        lines = (folder / "dovecot-keywords").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return {}
    names: dict[str, str] = {}
    for line in lines:
        number, _, name = line.partition(" ")
        if number.isdigit() and int(number) < 26 and name.strip():
            names[chr(ord("a") + int(number))] = name.strip()
    return names


def token(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8")).digest()[:_TOKEN]


def seen_token(key: str, keywords: tuple[str, ...]) -> bytes:
    """A message as the cursor remembers it: its key, and its keywords if it has any."""
    return token("\x00".join((key, *sorted(keywords))) if keywords else key)


def encode_cursor(tokens: set[bytes]) -> str:
    packed = zlib.compress(b"".join(sorted(tokens)))
    return CURSOR_PREFIX + base64.urlsafe_b64encode(packed).decode("ascii")


def decode_cursor(cursor: str) -> frozenset[bytes]:
    if not cursor.startswith(CURSOR_PREFIX):
        raise CursorExpired("not a Maildir cursor")
    try:
        packed = zlib.decompress(base64.urlsafe_b64decode(cursor[len(CURSOR_PREFIX) :]))
    except (ValueError, zlib.error) as error:
        raise CursorExpired(f"unreadable Maildir cursor: {error}") from None
    if len(packed) % _TOKEN:
        raise CursorExpired("unreadable Maildir cursor: truncated")
    return frozenset(packed[i : i + _TOKEN] for i in range(0, len(packed), _TOKEN))


def message_files(folder: Path) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(maildir key, directory entry) of every message, in `entries`' order.

    For listings repeated at each draft written: building a Path per file
    cost more than the listing itself, and a directory entry stats cheaply.
    """
    for sub in ("new", "cur"):
        try:
            with os.scandir(folder / sub) as listing:
                found = sorted((e.name, e) for e in listing if not e.name.startswith("."))
        except OSError:
            continue
        for name, entry in found:
            yield name.partition(":")[0], entry
