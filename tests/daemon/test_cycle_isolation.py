"""One bad item never stops the cycle: it becomes a problem line naming it,
and every other event, message and step goes on (local backends, real policy)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
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


def bad_organizer(folder: Path, bad: str) -> None:
    calendar = folder / "calendar" / "agenda.ics"
    text = calendar.read_text(encoding="utf-8")
    text = text.replace(f"ORGANIZER;CN=Jeanne Dupont:mailto:{ACME}",
                        f"ORGANIZER;CN=Jeanne Dupont:mailto:{bad}")
    text = text.replace(f"Contact : Jeanne Dupont <{ACME}>\r\n  +33 6 12 34 56 78\\n", "")
    calendar.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("bad", ['jeanne"@zeta.example', "jeanne@zeta..example",
                                 "jeanne@@zeta.example"])
def test_a_malformed_organizer_address_is_a_problem_not_a_stop(
    tmp_path: Path, bad: str,
) -> None:
    config = setup_world(tmp_path)
    bad_organizer(tmp_path, bad)
    code, out, err = once(config)
    assert code == 0, err
    assert "Traceback" not in err
    written = [p.read_text(encoding="utf-8") for p in drafts(tmp_path)]
    # Never a draft to the malformed address: it is either refused at the draft, with a
    # problem line naming it, or set aside when choosing the recipient (E1), relance then
    # writing to a valid address of the same application.
    assert not any(bad in text for text in written)
    if len(written) == 1:
        assert bad in out and "not a mail address" in out
    assert any("brightwave" in text.lower() for text in written)  # the others go on
    ics = (tmp_path / "out" / "relance.ics").read_text(encoding="utf-8")
    assert "Brightwave" in ics and "Acme" in ics  # Acme's event, with or without its draft


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


def once_at(config: Path, now: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--config", str(config), "--now", now, "once"],
                Console(file=out, width=300), Console(file=err, width=300)) == 0, err.getvalue()
    return out.getvalue()


def test_a_problem_that_repeats_is_told_once_a_day(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    bad_organizer(tmp_path, 'jeanne"@zeta.example')
    assert 'jeanne"@zeta.example' in once_at(config, "2026-12-09T09:30")
    again = once_at(config, "2026-12-09T10:00")
    assert 'jeanne"@zeta.example' not in again
    assert "1 problem(s) already reported in the last day" in again


def test_the_ledger_tells_a_problem_again_after_a_day_or_when_it_comes_back(
    tmp_path: Path,
) -> None:
    store = LedgerStore.open(tmp_path / "ledger.sqlite3")
    day = datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
    assert store.new_problems(["a", "b"], day) == ["a", "b"]
    assert store.new_problems(["a", "b"], day + timedelta(hours=23)) == []
    assert store.new_problems(["a"], day + timedelta(hours=24, minutes=1)) == ["a"]
    # "b" was not seen in the last cycle: forgotten, so its return is told at once.
    assert store.new_problems(["a", "b"], day + timedelta(hours=25)) == ["b"]


def test_markup_controls_and_bidi_overrides_never_reach_what_relance_writes(
    tmp_path: Path,
) -> None:
    config = setup_world(tmp_path)
    calendar = tmp_path / "calendar" / "agenda.ics"
    text = calendar.read_text(encoding="utf-8")
    text = text.replace("SUMMARY:Entretien – Acme Industrie",
                        "SUMMARY:Entretien – Acme <script>alert(1)</script>Industrie")
    text = text.replace("Contact : Jeanne Dupont <", "Contact : Jeanne \u202eDupont\x07 <")
    text = text.replace("ORGANIZER;CN=Jeanne Dupont:", "ORGANIZER;CN=Jeanne \u202eDupont:")
    calendar.write_text(text, encoding="utf-8")
    code, _out, err = once(config)
    assert code == 0, err
    written = [(tmp_path / "out" / "relance.ics").read_bytes(),
               *(p.read_bytes() for p in drafts(tmp_path))]
    for data in written:
        assert b"<script" not in data and b"\xe2\x80\xae" not in data and b"\x07" not in data
    for path in drafts(tmp_path):
        assert path.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "out" / "relance.ics").stat().st_mode & 0o777 == 0o600


def test_temporary_files_of_a_killed_run_are_removed_at_the_next_start(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    (tmp_path / "out").mkdir()
    leftover = tmp_path / "out" / ".relance-abc123"
    leftover.write_bytes(b"BEGIN:VCALENDAR")
    code, _out, err = once(config)
    assert code == 0, err
    assert not leftover.exists()


def test_an_unreadable_reply_is_an_answer_of_unknown_meaning_asked_never_other(
    tmp_path: Path,
) -> None:
    config = setup_world(tmp_path)
    add_mail(tmp_path, b"From: Jeanne Dupont <" + ACME.encode() + b">\r\n"
             b"To: camille.martin@gmail.com\r\nDate: Wed, 09 Dec 2026 08:10:00 +0100\r\n"
             b"Subject: RE: Entretien\r\nMIME-Version: 1.0\r\n"
             b"Content-Type: application/ms-tnef; name=winmail.dat\r\n"
             b"Content-Disposition: attachment; filename=winmail.dat\r\n"
             b"Content-Transfer-Encoding: base64\r\n\r\nbm90IGEgdG5lZiBmaWxl\r\n")
    code, out, err = once(config)
    assert code == 0, err
    assert "winmail.dat" in out and "read it yourself" in out
    (message,) = LedgerStore.open(tmp_path / "out" / "ledger.sqlite3").messages()
    # Not `other`: an answer relance could not read, so it asks (C2) and the round's
    # follow-ups stop (B5) until the user says what it says.
    assert message.classification is not None and message.classification.confidence == 0
    ics = (tmp_path / "out" / "relance.ics").read_text(encoding="utf-8")
    assert "à lire" in ics and "relance confirm" in ics
    out2, err2 = io.StringIO(), io.StringIO()
    main(["--config", str(config), "--now", NOW, "explain", "acme"],
         Console(file=out2, width=300), Console(file=err2, width=300))
    assert "read it yourself" in out2.getvalue() and "waits for your reading" in out2.getvalue()
