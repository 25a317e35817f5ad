"""The Maildir mailbox on its own terms: folders, flags, cursors, drafts on disk."""

from __future__ import annotations

import mailbox
import os
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from mail_samples import BROKEN_MIME, NO_DATE, NO_FROM, REPLY, UNKNOWN_CHARSET

from connectors.base import ItemState, MailQuery
from connectors.errors import CursorExpired, UserError
from connectors.maildir import MaildirMailbox
from policy.model import Address, Direction, DraftSpec

STAMP = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
SPEC = DraftSpec(
    (Address("jeanne.dupont@acme.fr", "Jeanne Dupont"),),
    "Re: Entretien développeur",
    "Bonjour Jeanne,\n\nMerci encore.\n",
    "fr",
    in_reply_to="<reply-1@acme.fr>",
    references=("<reply-1@acme.fr>",),
)


def deliver(folder: Path, name: str, data: bytes, subdir: str = "new") -> Path:
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    path = folder / subdir / name
    path.write_bytes(data)
    return path


def box(root: Path, **options: object) -> MaildirMailbox:
    return MaildirMailbox(
        root,
        clock=lambda: STAMP,
        user_emails=("camille@example.org",),
        user_name="Camille Martin",
        **options,
    )  # type: ignore[arg-type]


def test_inbox_and_sent_are_read_and_drafts_are_not(tmp_path: Path) -> None:
    deliver(tmp_path, "1.reply", REPLY)
    deliver(tmp_path / ".Sent", "2.thanks:2,S", REPLY.replace(b"Re:", b"Merci"), "cur")
    deliver(tmp_path / ".Drafts", "3.draft:2,D", REPLY, "cur")
    messages = box(tmp_path).changes(None, MailQuery()).messages
    assert [(m.id, m.direction) for m in messages] == [
        ("1.reply", Direction.INBOUND),
        ("2.thanks", Direction.OUTBOUND),
    ]
    assert messages[0].origin == str(tmp_path / "new" / "1.reply")


def test_a_message_read_then_filed_is_not_new_again(tmp_path: Path) -> None:
    path = deliver(tmp_path, "1.reply", REPLY)
    source = box(tmp_path)
    cursor = source.changes(None, MailQuery()).cursor
    path.rename(tmp_path / "cur" / "1.reply:2,RS")  # the mail client read and answered it
    assert source.changes(cursor, MailQuery()).messages == ()


def test_a_message_added_with_an_old_date_and_mtime_is_still_new(tmp_path: Path) -> None:
    deliver(tmp_path, "1.reply", REPLY)
    source = box(tmp_path)
    cursor = source.changes(None, MailQuery()).cursor
    old = deliver(tmp_path, "0.restored", REPLY.replace(b"10 Dec 2026", b"10 Dec 2020"), "cur")
    os.utime(old, (0, 0))
    assert [m.id for m in source.changes(cursor, MailQuery()).messages] == ["0.restored"]


def test_bad_messages_are_named_and_the_others_are_read(tmp_path: Path) -> None:
    deliver(tmp_path, "a.nodate", NO_DATE)
    deliver(tmp_path, "b.nofrom", NO_FROM)
    deliver(tmp_path, "c.klingon", UNKNOWN_CHARSET)
    deliver(tmp_path, "d.broken", BROKEN_MIME)
    deliver(tmp_path, "e.good", REPLY)
    deliver(tmp_path, "f.binary", bytes(range(256)) * 4)
    changes = box(tmp_path).changes(None, MailQuery())
    assert [m.id for m in changes.messages] == ["c.klingon", "d.broken", "e.good"]
    named = sorted(Path(p.where).name for p in changes.problems)
    assert named == ["a.nodate", "b.nofrom", "c.klingon", "d.broken", "f.binary"]


def test_problems_are_reported_once(tmp_path: Path) -> None:
    deliver(tmp_path, "a.nodate", NO_DATE)
    source = box(tmp_path)
    first = source.changes(None, MailQuery())
    assert len(first.problems) == 1
    assert source.changes(first.cursor, MailQuery()).problems == ()


def test_a_foreign_cursor_expires_and_a_missing_maildir_is_the_users_to_fix(
    tmp_path: Path,
) -> None:
    deliver(tmp_path, "1.reply", REPLY)
    with pytest.raises(CursorExpired):
        box(tmp_path).changes("md1:not base64 at all!", MailQuery())
    with pytest.raises(UserError, match="does not exist"):
        box(tmp_path / "nowhere").changes(None, MailQuery())


def test_dovecot_keywords_become_tags(tmp_path: Path) -> None:
    deliver(
        tmp_path, "1.reply:2,Sb", REPLY.replace(b"X-Keywords: candidature, urgent\n", b""), "cur"
    )
    (tmp_path / "dovecot-keywords").write_text("0 $Junk\n1 clarifier\n", encoding="utf-8")
    [message] = box(tmp_path).changes(None, MailQuery()).messages
    assert message.tags == ("clarifier",)


def test_a_draft_is_a_flagged_file_in_drafts_and_outside_the_input_when_asked(
    tmp_path: Path,
) -> None:
    inbox, out = tmp_path / "input", tmp_path / "out"
    deliver(inbox, "1.reply", REPLY)
    before = sorted(p.relative_to(inbox) for p in inbox.rglob("*"))
    box(inbox, drafts_maildir=out).ensure_draft("acme/1/follow_up", SPEC, None)
    assert sorted(p.relative_to(inbox) for p in inbox.rglob("*")) == before
    [draft] = list((out / ".Drafts" / "cur").iterdir())
    assert draft.name.endswith(":2,D")
    assert (out / ".Drafts" / "maildirfolder").exists()
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert str(message["From"]) == "Camille Martin <camille@example.org>"
    assert str(message["X-Relance-Key"]) == "acme/1/follow_up"
    assert str(message["In-Reply-To"]) == "<reply-1@acme.fr>"
    assert str(message["Date"]) == "Mon, 07 Dec 2026 08:00:00 +0000"


def test_a_draft_sent_by_a_client_that_drops_our_header_is_still_sent(tmp_path: Path) -> None:
    deliver(tmp_path, "1.reply", REPLY)
    mailbox.Maildir(tmp_path).add_folder("Sent")
    source = box(tmp_path)
    written = source.ensure_draft("acme/1/follow_up", SPEC, None)
    [draft] = list((tmp_path / ".Drafts" / "cur").iterdir())
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    del message["X-Relance-Key"]
    del message["Message-ID"]
    message["Message-ID"] = "<new-id-by-client@example.org>"
    deliver(tmp_path / ".Sent", "9.sent:2,S", message.as_bytes(), "cur")
    draft.unlink()
    assert source.draft_state(written) is ItemState.SENT


def test_a_draft_rewritten_by_a_client_under_its_name_is_changed_not_deleted(
    tmp_path: Path,
) -> None:
    deliver(tmp_path, "1.reply", REPLY)
    source = box(tmp_path)
    written = source.ensure_draft("acme/1/follow_up", SPEC, None)
    [draft] = list((tmp_path / ".Drafts" / "cur").iterdir())
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    del message["X-Relance-Key"]
    message.set_content("Bonjour Jeanne,\n\nMa propre version.\n")
    draft.write_bytes(message.as_bytes())
    assert source.draft_state(written) is ItemState.CHANGED
    assert source.remove_draft(written) is ItemState.CHANGED
    assert draft.exists()


def test_a_keyword_added_later_brings_the_message_back_with_its_tags(tmp_path: Path) -> None:
    deliver(tmp_path, "1.reply:2,S", REPLY.replace(b"X-Keywords: candidature, urgent\n", b""),
            "cur")
    (tmp_path / "dovecot-keywords").write_text("0 relance/refus\n", encoding="utf-8")
    mailbox = box(tmp_path)
    first = mailbox.changes(None, MailQuery())
    assert [m.tags for m in first.messages] == [()]
    assert mailbox.changes(first.cursor, MailQuery()).messages == ()  # nothing new
    (tmp_path / "cur" / "1.reply:2,S").rename(tmp_path / "cur" / "1.reply:2,Sa")
    later = mailbox.changes(first.cursor, MailQuery())
    assert [(m.id, m.tags) for m in later.messages] == [("1.reply", ("relance/refus",))]
    assert mailbox.changes(later.cursor, MailQuery()).messages == ()
