"""C2 with confidence: an unsure reading asks the user; the user's reading decides.

Timeline (Europe/Paris): interview Friday 4 December 2026 16:00; the
follow-up would fall on Friday 11 December. A reply arrives on Wednesday 9
December at 14:30 and relance reads it at 15:00.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest
from plan_builders import SETTINGS, application, by_kind, inbound, interview, paris, record, run

from policy.drafts import DraftContext, render_event
from policy.model import Action, Label, Ledger, Message, Step, StepKind
from policy.readings import label_for_word, relance_labels, tag_reading

FRIDAY = paris(2026, 12, 4, 16)
APP = application(interview(FRIDAY))
REPLIED_AT = paris(2026, 12, 9, 14, 30)
READ_AT = paris(2026, 12, 9, 15)


def reply(label: Label, confidence: float, **values: object) -> Message:
    message = inbound(REPLIED_AT, label, subject="Re: Votre candidature chez ACME",
                      **values)  # type: ignore[arg-type]
    assert message.classification is not None
    reasons = (f'{label.value}: no deciding phrase; words like "lundi" (corpus evidence)',)
    return replace(message, classification=replace(
        message.classification, confidence=confidence, reasons=reasons))


def before_reply() -> Ledger:
    """What relance wrote after the interview: thank-you, follow-up and call planned."""
    return record(run([APP], now=paris(2026, 12, 4, 18)))


def confirmed(ledger: Ledger, message: Message, label: Label) -> Ledger:
    return replace(ledger, confirmations=MappingProxyType({message.id: label}))


def question(steps: list[Step]) -> Step:
    return by_kind(steps)[StepKind.CONFIRM_READING]


def test_an_unsure_refusal_stops_the_follow_ups_draws_no_d1_and_asks() -> None:
    maybe_no = reply(Label.REJECTION_GENERIC, 0.5)
    steps = run([APP], [maybe_no], before_reply(), now=READ_AT)
    assert {StepKind.FOLLOW_UP, StepKind.CALL} <= set(by_kind(steps, Action.CANCEL))
    assert StepKind.FEEDBACK_REQUEST not in by_kind(steps)
    asked = question(steps)
    assert asked.draft is None and asked.recipients == ()  # for the user alone
    assert asked.due == READ_AT  # read late: right away
    assert asked.event is not None
    assert asked.event.title == "Réponse d'ACME à lire : refus, attente ou suite ?"
    description = asked.event.description
    assert "« Re: Votre candidature chez ACME »" in description
    assert "mercredi 9 décembre" in description
    assert "« refus » (probabilité 50 %)" in description
    assert '"lundi"' in description  # the reasons of the tentative reading
    assert f"relance confirm acme MOT --message {maybe_no.id}" in description
    assert "relance/refus" in description


def test_an_unsure_offer_closes_nothing() -> None:
    # Saturday: the thank-you (due Monday) is still to come.
    offer = replace(reply(Label.OFFER, 0.55), date=paris(2026, 12, 5, 10))
    steps = run([APP], [offer], before_reply(), now=paris(2026, 12, 5, 11))
    assert StepKind.CONFIRM_READING in by_kind(steps)
    cancelled = by_kind(steps, Action.CANCEL)
    assert StepKind.THANK_YOU not in cancelled  # an offer would have closed everything
    assert "waits for your reading" in cancelled[StepKind.FOLLOW_UP].reason


def test_an_unsure_other_still_counts_as_an_answer() -> None:
    steps = run([APP], [reply(Label.OTHER, 0.5)], before_reply(), now=READ_AT)
    assert StepKind.CONFIRM_READING in by_kind(steps)
    assert StepKind.FOLLOW_UP in by_kind(steps, Action.CANCEL)


def test_the_users_refusal_reading_removes_the_question_and_asks_for_feedback() -> None:
    maybe_no = reply(Label.POSITIVE_NEXT_STEP, 0.5)
    ledger = record(run([APP], [maybe_no], before_reply(), now=READ_AT), before_reply())
    later = paris(2026, 12, 9, 17)
    steps = run([APP], [maybe_no], confirmed(ledger, maybe_no, Label.REJECTION_GENERIC),
                now=later)
    assert by_kind(steps, Action.CANCEL)[StepKind.CONFIRM_READING].reason.startswith("C2")
    feedback = by_kind(steps)[StepKind.FEEDBACK_REQUEST]
    assert feedback.draft is not None and feedback.draft.in_reply_to == maybe_no.message_id
    assert StepKind.CONFIRM_READING not in by_kind(steps)


def test_a_relance_label_on_the_message_gives_the_same_reading() -> None:
    maybe_no = reply(Label.HOLDING, 0.5, tags=("Relance/Refus",))
    steps = run([APP], [maybe_no], before_reply(), now=READ_AT)
    assert StepKind.CONFIRM_READING not in by_kind(steps)
    assert StepKind.FEEDBACK_REQUEST in by_kind(steps)


def test_the_command_wins_over_a_label_and_disagreeing_labels_give_no_reading() -> None:
    tagged = reply(Label.HOLDING, 0.5, tags=("relance/refus",))
    steps = run([APP], [tagged], confirmed(before_reply(), tagged, Label.HOLDING), now=READ_AT)
    assert StepKind.FEEDBACK_REQUEST not in by_kind(steps)
    assert StepKind.CONFIRM_READING not in by_kind(steps)
    both = reply(Label.HOLDING, 0.5, tags=("relance/refus", "relance/suite"))
    assert StepKind.CONFIRM_READING in by_kind(run([APP], [both], now=READ_AT))


def test_a_confident_mistake_is_corrected_by_the_users_reading() -> None:
    read_as_wait = reply(Label.HOLDING, 0.9)
    ledger = record(run([APP], [read_as_wait], before_reply(), now=READ_AT), before_reply())
    assert StepKind.CONFIRM_READING not in {e.kind for e in ledger.entries}
    steps = run([APP], [read_as_wait], confirmed(ledger, read_as_wait, Label.REJECTION_GENERIC),
                now=paris(2026, 12, 10, 9))
    assert {StepKind.FOLLOW_UP, StepKind.CALL} <= set(by_kind(steps, Action.CANCEL))
    feedback = by_kind(steps)[StepKind.FEEDBACK_REQUEST].draft
    assert feedback is not None and feedback.in_reply_to == read_as_wait.message_id


def test_reading_it_as_not_about_the_application_brings_the_follow_up_back() -> None:
    unrelated = reply(Label.POSITIVE_NEXT_STEP, 0.5)
    ledger = record(run([APP], [unrelated], before_reply(), now=READ_AT), before_reply())
    steps = run([APP], [unrelated], confirmed(ledger, unrelated, Label.OTHER),
                now=paris(2026, 12, 9, 17))
    assert by_kind(steps)[StepKind.FOLLOW_UP].due == paris(2026, 12, 11, 9)
    assert StepKind.CONFIRM_READING in by_kind(steps, Action.CANCEL)


def test_a_later_confident_reply_supersedes_the_unsure_one() -> None:
    unsure = reply(Label.REJECTION_GENERIC, 0.5)
    clear = inbound(paris(2026, 12, 10, 10), Label.HOLDING, stated=paris(2026, 12, 18).date())
    steps = run([APP], [unsure, clear], before_reply(), now=paris(2026, 12, 10, 11))
    assert StepKind.CONFIRM_READING not in by_kind(steps)
    assert by_kind(steps)[StepKind.FOLLOW_UP].due == paris(2026, 12, 21, 9)


def test_the_threshold_is_a_setting() -> None:
    trusting = replace(SETTINGS, confidence_threshold=0.4)
    steps = run([APP], [reply(Label.REJECTION_GENERIC, 0.5)], before_reply(), now=READ_AT,
                settings=trusting)
    assert StepKind.CONFIRM_READING not in by_kind(steps)
    assert StepKind.FEEDBACK_REQUEST in by_kind(steps)


def test_the_question_speaks_the_applications_language() -> None:
    app = application(interview(FRIDAY, title="Interview with ACME"), language="en")
    steps = run([app], [reply(Label.HOLDING, 0.5, language="en")], now=READ_AT)
    event = question(steps).event
    assert event is not None
    assert event.title == "Reply from ACME to read: refusal, wait or next step?"
    assert '"wait" (probability 50%)' in event.description


def test_a_new_round_makes_the_question_of_the_previous_one_moot() -> None:
    unsure = reply(Label.POSITIVE_NEXT_STEP, 0.5)
    ledger = record(run([APP], [unsure], before_reply(), now=READ_AT), before_reply())
    two = application(interview(FRIDAY), interview(paris(2026, 12, 16, 10)))
    steps = run([two], [unsure], ledger, now=paris(2026, 12, 10, 9))
    assert by_kind(steps, Action.CANCEL)[StepKind.CONFIRM_READING].reason.startswith("A5")


@pytest.mark.parametrize(("word", "label"), [
    ("refus", Label.REJECTION_GENERIC), ("Refusal", Label.REJECTION_GENERIC),
    ("attente", Label.HOLDING), ("wait", Label.HOLDING), ("suite", Label.POSITIVE_NEXT_STEP),
    ("entretien", Label.POSITIVE_NEXT_STEP), ("offre", Label.OFFER), ("autre", Label.OTHER),
    ("refus-compétences", Label.REJECTION_WITH_REASON_SKILLS),
    ("skills", Label.REJECTION_WITH_REASON_SKILLS),
    ("refus-porte-ouverte", Label.REJECTION_FUTURE_OPENING),
    ("opening", Label.REJECTION_FUTURE_OPENING),
    ("refus-définitif", Label.REJECTION_CATEGORICAL),
    ("categorical", Label.REJECTION_CATEGORICAL),
    ("rejection_with_reason_skills", Label.REJECTION_WITH_REASON_SKILLS),
    ("positive-next-step", Label.POSITIVE_NEXT_STEP),
])
def test_label_words_in_french_and_english(word: str, label: Label) -> None:
    assert label_for_word(word) is label
    assert tag_reading((f"relance/{word}",)) == (label, f"relance/{word}")


def test_unknown_words_and_foreign_tags_give_no_reading() -> None:
    assert label_for_word("peut-être") is None
    assert tag_reading(("important", "relance/peut-etre", "refus")) is None


def test_the_question_title_says_who_replied_in_good_french() -> None:
    context = DraftContext(company="Brightwave", confirm_command="relance confirm bw WORD")
    event = render_event(StepKind.CONFIRM_READING, "fr", context, SETTINGS)
    assert event.title == "Réponse de Brightwave à lire : refus, attente ou suite ?"
    assert "relance confirm bw MOT" in event.description
    english = render_event(StepKind.CONFIRM_READING, "en", context, SETTINGS)
    assert "relance confirm bw WORD" in english.description


def test_the_gmail_labels_of_each_language_name_the_same_eight_readings() -> None:
    french, english = relance_labels("fr"), relance_labels("en")
    assert french[0] == english[0] == "relance"
    pairs = [(tag_reading((fr,)), tag_reading((en,))) for fr, en in
             zip(french[1:], english[1:], strict=True)]
    assert all(a is not None and b is not None and a[0] is b[0] for a, b in pairs)
    assert {a[0] for a, _ in pairs if a is not None} == set(Label)
