"""The DraftSink contract (connectors/base.py), run against every backend."""

from __future__ import annotations

from backends import MailBackend

from connectors.base import ItemState, draft_hash
from policy.model import Address, DraftSpec

KEY = "acme/round-1/follow_up"
JEANNE = Address("jeanne.dupont@acme.fr", "Jeanne Dupont")


def spec(body: str = "Bonjour Jeanne,\n\nJe reste très intéressé par le poste.\n") -> DraftSpec:
    return DraftSpec(
        to=(JEANNE,),
        subject="Re: Entretien développeur Python",
        body=body,
        language="fr",
        in_reply_to="<abc123@acme.fr>",
        references=("<abc123@acme.fr>",),
    )


def test_ensure_twice_leaves_one_draft_and_the_same_written(mail_backend: MailBackend) -> None:
    sink = mail_backend.sink
    first = sink.ensure_draft(KEY, spec(), None)
    second = sink.ensure_draft(KEY, spec(), None)
    assert first == second
    assert first.state is ItemState.UNTOUCHED
    assert first.content_hash == draft_hash(spec())
    assert mail_backend.user.count_drafts(KEY) == 1


def test_ensure_with_previous_updates_the_draft(mail_backend: MailBackend) -> None:
    sink = mail_backend.sink
    first = sink.ensure_draft(KEY, spec(), None)
    updated = sink.ensure_draft(KEY, spec("Bonjour Jeanne,\n\nNouvelle version.\n"), first)
    assert updated.state is ItemState.UNTOUCHED
    assert updated.content_hash == draft_hash(spec("Bonjour Jeanne,\n\nNouvelle version.\n"))
    assert sink.find_draft(KEY) == updated
    assert mail_backend.user.count_drafts(KEY) == 1


def test_find_after_ledger_loss_gives_back_what_was_written(mail_backend: MailBackend) -> None:
    sink = mail_backend.sink
    written = sink.ensure_draft(KEY, spec(), None)
    assert sink.find_draft(KEY) == written
    assert sink.find_draft("another/key") is None


def test_state_follows_what_the_user_did(mail_backend: MailBackend) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    written = sink.ensure_draft(KEY, spec(), None)
    assert sink.draft_state(written) is ItemState.UNTOUCHED
    user.edit_draft(KEY, "Bonjour,\n\nMa version à moi.\n")
    assert sink.draft_state(written) is ItemState.CHANGED
    user.delete_draft(KEY)
    assert sink.draft_state(written) is ItemState.DELETED


def test_a_sent_draft_is_reported_sent_and_never_written_again(mail_backend: MailBackend) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    written = sink.ensure_draft(KEY, spec(), None)
    user.send_draft(KEY)
    assert sink.draft_state(written) is ItemState.SENT
    assert sink.remove_draft(written) is ItemState.SENT
    assert sink.ensure_draft(KEY, spec(), written).state is ItemState.SENT
    assert sink.ensure_draft(KEY, spec(), None).state is ItemState.SENT
    assert user.count_drafts(KEY) == 0


def test_remove_takes_an_untouched_draft_away(mail_backend: MailBackend) -> None:
    sink = mail_backend.sink
    written = sink.ensure_draft(KEY, spec(), None)
    assert sink.remove_draft(written) is ItemState.UNTOUCHED
    assert mail_backend.user.count_drafts(KEY) == 0
    assert sink.find_draft(KEY) is None


def test_remove_leaves_an_edited_draft_and_says_so(mail_backend: MailBackend) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    written = sink.ensure_draft(KEY, spec(), None)
    user.edit_draft(KEY, "Bonjour,\n\nMa version à moi.\n")
    assert sink.remove_draft(written) is ItemState.CHANGED
    assert user.count_drafts(KEY) == 1


def test_update_never_overwrites_the_users_edit(mail_backend: MailBackend) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    written = sink.ensure_draft(KEY, spec(), None)
    user.edit_draft(KEY, "Bonjour,\n\nMa version à moi.\n")
    again = sink.ensure_draft(KEY, spec("Version du daemon\n"), written)
    assert again.state is ItemState.CHANGED
    found = sink.find_draft(KEY)
    assert found is not None
    assert found.content_hash == draft_hash(spec("Bonjour,\n\nMa version à moi.\n"))


def test_a_draft_the_user_deleted_is_not_written_again(mail_backend: MailBackend) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    written = sink.ensure_draft(KEY, spec(), None)
    user.delete_draft(KEY)
    assert sink.ensure_draft(KEY, spec(), written).state is ItemState.DELETED
    assert user.count_drafts(KEY) == 0


def test_a_subject_with_line_breaks_stays_one_untouched_draft(mail_backend: MailBackend) -> None:
    sink = mail_backend.sink
    hostile = DraftSpec(
        to=(Address("jeanne@acme.fr", "Jeanne\r\nBcc: evil@example.com"),),
        subject="Entretien\r\nBcc: evil@example.com",
        body="Bonjour,\n",
        language="fr",
    )
    written = sink.ensure_draft(KEY, hostile, None)
    assert sink.find_draft(KEY) == written
    assert sink.draft_state(written) is ItemState.UNTOUCHED


def test_without_the_ledger_an_edited_draft_is_left_as_the_user_made_it(
    mail_backend: MailBackend,
) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    sink.ensure_draft(KEY, spec(), None)
    user.edit_draft(KEY, "Bonjour,\n\nMa version à moi.\n")
    again = sink.ensure_draft(KEY, spec(), None)  # the ledger was lost: no `previous`
    assert again.state is ItemState.CHANGED
    found = sink.find_draft(KEY)
    assert found is not None
    assert found.content_hash == draft_hash(spec("Bonjour,\n\nMa version à moi.\n"))
    assert user.count_drafts(KEY) == 1


def test_without_the_ledger_a_deleted_draft_is_not_written_again(
    mail_backend: MailBackend,
) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    sink.ensure_draft(KEY, spec(), None)
    user.delete_draft(KEY)
    again = sink.ensure_draft(KEY, spec(), None)  # the ledger was lost: no `previous`
    assert again.state is ItemState.DELETED  # E4: the step is dismissed
    assert user.count_drafts(KEY) == 0


def test_a_draft_relance_removed_itself_is_written_again_when_due_again(
    mail_backend: MailBackend,
) -> None:
    sink, user = mail_backend.sink, mail_backend.user
    written = sink.ensure_draft(KEY, spec(), None)
    assert sink.remove_draft(written) is ItemState.UNTOUCHED
    again = sink.ensure_draft(KEY, spec(), None)
    assert again.state is ItemState.UNTOUCHED
    assert user.count_drafts(KEY) == 1
