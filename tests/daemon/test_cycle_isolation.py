"""One bad item never stops the cycle: it becomes a problem line naming it,
and every other event, message and step goes on (local backends, real policy)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from daemon_world import NOW, setup_world
from rich.console import Console

from daemon.cli import main
from daemon.ledger import LedgerStore

ACME = "jeanne.dupont@acme-industrie.example"
REPLY_TAIL = (
    b"To: Camille Martin <camille.martin@gmail.com>\r\n"
    b"Subject: Re: Entretien\r\nMessage-ID: <r1@acme-industrie.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Bonjour Camille, nous revenons vers vous la semaine prochaine.\r\n"
)


def once(config: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(config), "--now", NOW, "once"],
                Console(file=out, width=300), Console(file=err, width=300))
    return code, out.getvalue(), err.getvalue()


def drafts(folder: Path) -> list[Path]:
    return sorted((folder / "out" / "Drafts" / ".Drafts" / "cur").glob("*"))


def add_mail(folder: Path, data: bytes, name: str = "1765264200.bad.test") -> Path:
    path = folder / "Maildir" / "new" / name
    path.write_bytes(data)
    return path


def test_a_raw_8bit_byte_in_a_from_header_is_read_as_a_mail_client_would(
    tmp_path: Path,
) -> None:
    config = setup_world(tmp_path)
    add_mail(tmp_path, b"From: Nadia B\xe9nali <" + ACME.encode() + b">\r\n"
             b"Date: Wed, 09 Dec 2026 08:10:00 +0100\r\n" + REPLY_TAIL)
    code, _out, err = once(config)
    assert code == 0, err
    store = LedgerStore.open(tmp_path / "out" / "ledger.sqlite3")
    (message,) = store.messages()
    assert message.sender.name == "Nadia Bénali"
    assert len(drafts(tmp_path)) == 2


@pytest.mark.parametrize("bad", ['jeanne"@zeta.example', "jeanne@zeta..example",
                                 "jeanne@@zeta.example"])
def test_a_malformed_organizer_address_is_a_problem_not_a_stop(
    tmp_path: Path, bad: str,
) -> None:
    config = setup_world(tmp_path)
    calendar = tmp_path / "calendar" / "agenda.ics"
    text = calendar.read_text(encoding="utf-8")
    text = text.replace(f"ORGANIZER;CN=Jeanne Dupont:mailto:{ACME}",
                        f"ORGANIZER;CN=Jeanne Dupont:mailto:{bad}")
    text = text.replace(f"Contact : Jeanne Dupont <{ACME}>\r\n  +33 6 12 34 56 78\\n", "")
    calendar.write_text(text, encoding="utf-8")
    code, out, err = once(config)
    assert code == 0, err
    assert "Traceback" not in err
    assert bad in out and "not a mail address" in out
    assert len(drafts(tmp_path)) == 1  # Brightwave's thank-you is written all the same
    ics = (tmp_path / "out" / "relance.ics").read_text(encoding="utf-8")
    assert "Brightwave" in ics and "Acme" in ics  # Acme's event without its draft


def test_a_drafts_maildir_missing_cur_and_new_is_completed(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    (tmp_path / "out" / "Drafts" / ".Drafts" / "tmp").mkdir(parents=True)
    (tmp_path / "out" / "Drafts" / ".Drafts" / "tmp" / ".keep").write_bytes(b"")
    code, _out, err = once(config)
    assert code == 0, err
    assert len(drafts(tmp_path)) == 2


def test_a_year_9999_date_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    path = add_mail(tmp_path, b"From: Jeanne Dupont <" + ACME.encode() + b">\r\n"
                    b"Date: Fri, 31 Dec 9999 23:59:59 -1200\r\n" + REPLY_TAIL)
    code, out, err = once(config)
    assert code == 0, err
    assert path.name in out and "9999" in out
    assert len(drafts(tmp_path)) == 2
