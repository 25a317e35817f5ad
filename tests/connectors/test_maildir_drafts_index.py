"""Drafts stay cheap to find as they grow, and every change a user makes is still seen."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

from connectors.base import ItemState
from connectors.maildir import MaildirMailbox
from policy.model import Address, DraftSpec

STAMP = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def box(root: Path) -> MaildirMailbox:
    (root / "cur").mkdir(parents=True, exist_ok=True)
    return MaildirMailbox(
        root, clock=lambda: STAMP, user_emails=("camille@example.org",), user_name="Camille"
    )


def spec(number: int) -> DraftSpec:
    to = (Address(f"rh{number}@acme.fr", "RH"),)
    return DraftSpec(to, f"Suite à notre entretien {number}", "Bonjour,\n\nMerci.\n", "fr")


def only_draft(root: Path) -> Path:
    [draft] = list((root / ".Drafts" / "cur").iterdir())
    return draft


def test_writing_many_drafts_reads_each_drafts_headers_about_once(tmp_path: Path) -> None:
    mailbox = box(tmp_path)
    written = [mailbox.ensure_draft(f"k{n}", spec(n), None) for n in range(120)]
    assert all(mailbox.draft_state(w) is ItemState.UNTOUCHED for w in written)
    assert mailbox.header_reads <= 120  # was one read per draft per write: 7,000+
    assert len(list((tmp_path / ".Drafts" / "cur").iterdir())) == 120


def test_a_draft_edited_in_place_after_being_indexed_is_read_again(tmp_path: Path) -> None:
    mailbox = box(tmp_path)
    written = mailbox.ensure_draft("k0", spec(0), None)
    assert mailbox.find_draft("k0") is not None  # indexed
    draft = only_draft(tmp_path)
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    del message["X-Relance-Key"]
    message.replace_header("Subject", "Suite à notre entretien de lundi")
    draft.write_bytes(message.as_bytes())  # same name, our header gone
    assert mailbox.find_draft("k0") is None
    assert mailbox.draft_state(written) is ItemState.CHANGED  # still found by its name


def test_a_draft_edited_then_asked_again_is_changed_and_kept(tmp_path: Path) -> None:
    mailbox = box(tmp_path)
    written = mailbox.ensure_draft("k0", spec(0), None)
    draft = only_draft(tmp_path)
    draft.write_bytes(draft.read_bytes().replace(b"Merci.", b"Merci pour tout."))
    assert mailbox.ensure_draft("k0", spec(0), written).state is ItemState.CHANGED
    assert b"Merci pour tout." in only_draft(tmp_path).read_bytes()


def test_a_flag_change_renames_the_file_and_the_draft_is_still_found(tmp_path: Path) -> None:
    mailbox = box(tmp_path)
    written = mailbox.ensure_draft("k0", spec(0), None)
    draft = only_draft(tmp_path)
    draft.rename(draft.with_name(draft.name + "S"))  # a client marks it seen
    assert mailbox.draft_state(written) is ItemState.UNTOUCHED
    assert mailbox.ensure_draft("k0", spec(0), written).state is ItemState.UNTOUCHED
    assert len(list((tmp_path / ".Drafts" / "cur").iterdir())) == 1


def test_a_draft_deleted_between_two_writes_is_deleted_not_written_again(tmp_path: Path) -> None:
    mailbox = box(tmp_path)
    written = mailbox.ensure_draft("k0", spec(0), None)
    mailbox.ensure_draft("k1", spec(1), None)
    next(
        p for p in (tmp_path / ".Drafts" / "cur").iterdir() if p.name.startswith(written.remote_id)
    ).unlink()
    assert mailbox.ensure_draft("k0", spec(0), written).state is ItemState.DELETED
    assert len(list((tmp_path / ".Drafts" / "cur").iterdir())) == 1


def test_a_second_mailbox_sees_the_first_ones_drafts(tmp_path: Path) -> None:
    first, second = box(tmp_path), box(tmp_path)
    assert second.find_draft("k0") is None
    written = first.ensure_draft("k0", spec(0), None)
    assert second.draft_state(written) is ItemState.UNTOUCHED
    assert first.remove_draft(written) is ItemState.UNTOUCHED
    assert second.draft_state(written) is ItemState.DELETED
