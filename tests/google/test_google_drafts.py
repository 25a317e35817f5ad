"""Gmail drafts through the real client: in the recruiter's thread, once, never sent."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from connectors.base import ItemState, Written, draft_hash
from connectors.errors import TransientError
from connectors.google.client import GoogleClient
from connectors.google.gmail_drafts import GmailDraftSink
from connectors.mime import KEY_HEADER
from policy.model import Address, DraftSpec
from tests.google.google_fixtures import Sleeps, mail
from tests.google_emulator import Emulator
from tests.google_emulator.faults import Fault

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)
ME = "candidate@example.org"
JEANNE = Address("jeanne@acme.fr", "Jeanne Dupont")


def sink(client: GoogleClient) -> GmailDraftSink:
    return GmailDraftSink(client, lambda: NOW, Address(ME, "Camille Martin"))


def recruiter_thread(emulator: Emulator) -> tuple[str, str]:
    """The recruiter's message: its Gmail thread id and its Message-ID."""
    when = datetime(2026, 11, 24, 10, 0, tzinfo=PARIS)
    first = emulator.gmail.deliver(mail("Jeanne Dupont <jeanne@acme.fr>", ME,
                                        "Entretien développeur Python", "Bonjour,\n", when,
                                        "<abc123@acme.fr>"))
    return emulator.gmail.box.messages[first].thread_id, "<abc123@acme.fr>"


def follow_up(thread_id: str | None = None, parent: str | None = None,
              subject: str = "Re: Entretien développeur Python") -> DraftSpec:
    return DraftSpec(to=(JEANNE,), subject=subject, body="Bonjour Jeanne,\n\nToujours motivé.\n",
                     language="fr", thread_id=thread_id, in_reply_to=parent,
                     references=(parent,) if parent else ())


def test_a_draft_joins_the_recruiters_thread(emulator: Emulator, client: GoogleClient) -> None:
    thread_id, parent = recruiter_thread(emulator)
    written = sink(client).ensure_draft("acme/1/follow_up", follow_up(thread_id, parent), None)
    stored = emulator.gmail.box.draft_message(written.remote_id)
    assert stored.thread_id == thread_id
    assert stored.header("In-Reply-To") == parent
    assert stored.header("References") == parent
    assert stored.header("Subject") == "Re: Entretien développeur Python"
    assert stored.header(KEY_HEADER) == "acme/1/follow_up"
    assert stored.header("From") == "Camille Martin <candidate@example.org>"
    [create] = emulator.calls("gmail.users.drafts.create")
    assert create.path == "/gmail/v1/users/me/drafts"  # raw body, no media upload


def test_without_matching_subject_gmail_starts_a_new_thread(
    emulator: Emulator, client: GoogleClient
) -> None:
    thread_id, parent = recruiter_thread(emulator)
    written = sink(client).ensure_draft(
        "acme/1/follow_up", follow_up(thread_id, parent, subject="Autre sujet"), None)
    assert emulator.gmail.box.draft_message(written.remote_id).thread_id != thread_id


def test_a_create_whose_answer_was_lost_is_found_not_repeated(
    emulator: Emulator, client: GoogleClient, sleeps: Sleeps
) -> None:
    emulator.faults.add(Fault(503, pattern="drafts.create", times=1, after=True))
    written = sink(client).ensure_draft("acme/1/follow_up", follow_up(), None)
    assert written.state is ItemState.UNTOUCHED
    assert written.content_hash == draft_hash(follow_up())
    assert len(emulator.gmail.drafts_with(KEY_HEADER, "acme/1/follow_up")) == 1
    assert len(emulator.calls("gmail.users.drafts.create")) == 1
    assert len(sleeps) == 1


def test_an_update_moves_the_draft_to_its_new_message_id(
    emulator: Emulator, client: GoogleClient
) -> None:
    drafts = sink(client)
    first = drafts.ensure_draft("acme/1/follow_up", follow_up(), None)
    old_message = emulator.gmail.box.drafts[first.remote_id]
    changed = DraftSpec(to=(JEANNE,), subject="Re: Entretien", body="Nouvelle version\n",
                        language="fr")
    second = drafts.ensure_draft("acme/1/follow_up", changed, first)
    assert second.remote_id == first.remote_id
    assert emulator.gmail.box.drafts[first.remote_id] != old_message
    assert drafts.draft_state(second) is ItemState.UNTOUCHED


def test_a_sent_draft_is_found_in_sent_after_the_ledger_is_lost(
    emulator: Emulator, client: GoogleClient
) -> None:
    drafts = sink(client)
    written = drafts.ensure_draft("acme/1/thank_you", follow_up(), None)
    emulator.gmail.user_sends_draft(written.remote_id)
    found = drafts.find_draft("acme/1/thank_you")
    assert found is not None and found.state is ItemState.SENT
    assert drafts.ensure_draft("acme/1/thank_you", follow_up(), None).state is ItemState.SENT
    assert emulator.gmail.drafts_with(KEY_HEADER, "acme/1/thank_you") == []


def test_faults_on_a_share_of_requests_still_end_with_one_draft_per_key(
    emulator: Emulator, client: GoogleClient
) -> None:
    emulator.faults.add(Fault(503, ratio=0.25))
    emulator.faults.add(Fault(503, pattern="drafts.create", ratio=0.3, after=True))
    emulator.faults.add(Fault(429, ratio=0.1, retry_after=2))
    drafts = sink(client)
    pending = [f"company{n}/1/follow_up" for n in range(8)]
    written: dict[str, Written] = {}
    for _cycle in range(4):  # a step that still fails is tried again next cycle
        for key in list(pending):
            try:
                written[key] = drafts.ensure_draft(key, follow_up(), written.get(key))
                written[key] = drafts.ensure_draft(key, follow_up(), written[key])
            except TransientError:
                continue
            pending.remove(key)
    assert pending == []
    assert emulator.faults.injected > 10
    keys = sorted(str(m.get(KEY_HEADER)) for m in emulator.gmail.drafts())
    assert keys == sorted(written)
    assert all(w.state is ItemState.UNTOUCHED for w in written.values())


def test_removing_takes_only_untouched_drafts(emulator: Emulator, client: GoogleClient) -> None:
    drafts = sink(client)
    kept = drafts.ensure_draft("acme/1/follow_up", follow_up(), None)
    gone = drafts.ensure_draft("globex/1/follow_up", follow_up(), None)
    emulator.gmail.user_edits_draft(kept.remote_id, "Ma version\n")
    assert drafts.remove_draft(kept) is ItemState.CHANGED
    assert drafts.remove_draft(gone) is ItemState.UNTOUCHED
    assert [str(m.get(KEY_HEADER)) for m in emulator.gmail.drafts()] == ["acme/1/follow_up"]


def test_send_is_never_called(emulator: Emulator, client: GoogleClient) -> None:
    drafts = sink(client)
    written = drafts.ensure_draft("acme/1/follow_up", follow_up(), None)
    drafts.draft_state(written)
    drafts.remove_draft(written)
    sends = [e for e in emulator.calls() if e.method_id.endswith(".send")]
    assert sends == [] and emulator.gmail.box.send_attempts == []
