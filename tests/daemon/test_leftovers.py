"""What a killed run left in the drafts maildir is removed at the next start,
and only that: tmp/ files over 36 hours old (the Maildir convention) that
are relance's own; a mail client's, or a fresh one, stay."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon_world import NOW, Screen, setup_world

START = datetime.fromisoformat(NOW).replace(tzinfo=ZoneInfo("Europe/Paris"))
DRAFT = b"X-Relance-Key: acme:1:thank_you\r\nSubject: Merci\r\n\r\nBonjour,\r\n"
CLIENT = b"Subject: my own draft, as a mail client writes it\r\n\r\nHello\r\n"


def _file(path: Path, data: bytes, age: timedelta) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    moment = (START - age).timestamp()
    os.utime(path, (moment, moment))
    return path


def test_a_killed_runs_drafts_in_tmp_are_removed_and_nothing_else(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    drafts = tmp_path / "out" / "Drafts" / ".Drafts"
    old = timedelta(hours=37)
    stale = _file(drafts / "tmp" / "1796000000.M1P9.host", DRAFT, old)
    empty = _file(drafts / "tmp" / "1796000001.M2P9.host", b"", old)
    fresh = _file(drafts / "tmp" / "1796100000.M3P9.host", DRAFT, timedelta(hours=35))
    theirs = _file(drafts / "tmp" / "1796000002.M4P9.host", CLIENT, timedelta(days=10))
    keep = _file(drafts / "tmp" / ".keep", b"", timedelta(days=10))
    temporary = _file(drafts / ".relance-k3y5", b"acme:1:thank_you\tabc\n", timedelta(0))
    assert Screen().run("--config", str(config), "--now", NOW, "once") == 0
    assert not stale.exists() and not empty.exists() and not temporary.exists()
    assert fresh.exists() and theirs.exists() and keep.exists()
    assert (drafts / "relance-keys").exists()  # the list itself is no leftover
