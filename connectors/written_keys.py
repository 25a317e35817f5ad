"""The keys a sink wrote, kept next to what it wrote: how a deletion is known
without the ledger (E4).

When the ledger is lost or moved aside, a new one adopts the drafts and
events relance finds by their key. What it cannot find there is either never
written or deleted by the user, and only a record kept outside the ledger
tells which: each local sink keeps a small text file beside its items, one
line `KEY<TAB>CONTENT-HASH` per item it wrote and did not remove itself
(`relance.ics.keys` beside the `.ics` file, `relance-keys` in the drafts
maildir folder, next to its `maildirfolder`). A key listed there whose item
is gone was deleted (or sent) by the user: the step is dismissed, never
written again. The hash lets a draft sent by a client that dropped relance's
header be recognised in Sent by its content.

Order makes a crash harmless: an item is written before its key is listed
(a kill in between leaves an unlisted item, adopted and listed at the next
cycle), and a key is unlisted before relance removes its item (a kill in
between leaves an unlisted item, adopted, then removed again if still moot):
a crash never makes relance believe the user deleted something. The file
is replaced atomically (temporary `.relance-*`, fsync, rename), mode 0600.
Deleting it together with the items (`rm -r out/`) starts over.
"""

from __future__ import annotations

import logging
from pathlib import Path

from connectors.atomic_file import replace_file
from connectors.errors import UserError

log = logging.getLogger(__name__)


class WrittenKeys:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._known: tuple[bytes | None, dict[str, str]] = (None, {})

    def hashes(self) -> dict[str, str]:
        """Every listed key with the content hash it was written with."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise UserError(f"cannot read {self.path}, the list of what relance wrote: "
                            f"{error.strerror}") from None
        if data != self._known[0]:
            self._known = (data, _parse(data))
        return dict(self._known[1])

    def listed(self, key: str) -> bool:
        return key in self.hashes()

    def add(self, key: str, content_hash: str) -> None:
        keys = self.hashes()
        if keys.get(key) != content_hash:
            self._save({**keys, key: content_hash})

    def drop(self, key: str) -> None:
        keys = self.hashes()
        if key in keys:
            self._save({k: v for k, v in keys.items() if k != key})

    def _save(self, keys: dict[str, str]) -> None:
        data = "".join(f"{k}\t{v}\n" for k, v in sorted(keys.items())).encode("utf-8")
        replace_file(self.path, data)
        self._known = (data, keys)


def _parse(data: bytes) -> dict[str, str]:
    keys: dict[str, str] = {}
    for line in data.decode("utf-8", errors="replace").splitlines():
        key, tab, content_hash = line.partition("\t")
        if tab and key.strip():
            keys[key.strip()] = content_hash.strip()
    if not keys and data.strip():
        log.warning("the list of what relance wrote holds no readable line; ignored")
    return keys
