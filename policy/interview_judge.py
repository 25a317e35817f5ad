"""RULES.md A1: is this event a job interview? Judged as a person would, with evidence.

Every event gets a `Verdict`: one of three outcomes (an interview, not one,
unsure), the evidence for and against, each piece with a weight, and
`likelihood`, the probability that it is an interview (a logistic map of
the score, see `_likelihood`).

Decisions, in order (the first that applies settles it):
1. Never interviews: events relance wrote, cancelled events (STATUS or
   METHOD:CANCEL, or an "Annulé :" / "Canceled:" title, see
   `policy.cancellation`), events the user declined.
2. The user's word: an answer to relance's question (`relance
   confirm-interview`), then the tags (`#pas-candidature`, `#candidature`),
   then the interviews calendar. The user is never overruled.
3. Otherwise the score, the sum of the weights below: at least `SURE`
   (3.0) is an interview, at most `NOT_SURE` (1.0) is not, in between is unsure
   and relance asks (`policy.interview_questions`) instead of planning.

Evidence for (title, capped at 4): an interview word ("Entretien",
"Interview", "Phone screen"…) 2; a job-interview phrase ("entretien
d'embauche") 3; a recruiter or recruitment firm 3; assessment-round words
(technical test, case study, final round, onsite…) 2; a meeting word with a
job word ("Échange … poste PM") 2.5, a job word alone 1; an HR meeting
("Visio RH") 1.5; recruitment 1; a job title ("Product Manager") 1; and 1
more when a strong word (2 or more) comes with a name ("Entretien – ACME",
"Final round - Revolut", not "Entretien" alone). Description (capped at
2.5): an interview word 1.5 (when the title has none), a post or an
application mentioned 1, a job title 1, a recruiter 1, round words 1.
Context (capped at 3): a person from another organisation than the user's
1 (hiring and scheduling services are no organisation); a hiring tool (ATS,
test platform) 1.5; a recruitment firm's address 2 (instead of the 1); a
scheduling or video link 0.5 each; the user's A3 lines ("Réponse :",
"Contact :"…) 1.5. Who and where alone never make an event an interview,
nor unsure: without a job word in the title or the description, the score
is at most 0 ("Call with AWS account team" is no question to ask).

Evidence against: a title that shows a public employment adviser, the
user's own job (annual review, dismissal meeting), a maintenance or utility
visit, school, medicine, the user as the interviewer, a workshop or
preparation, a to-do: 6 each, enough to rule the event out; in the
description, the adviser and own-job families 2.5, the interviewer's words
(an interview kit, a scorecard) 6; a recurring event 2; a meeting among the
user's colleagues only 1.

The weights were set by hand on the dev split of tests/data/calendars and
measured on its held-out split (bench/bench_interviews.py); `likelihood` is
a fixed logistic map of the score, not fitted: read it as an order, not as
a measured probability.
"""

from __future__ import annotations

import math
import re

from policy.cancellation import cancellation
from policy.interview_context import (
    RULED_OUT,
    context_evidence,
    description_evidence,
    is_user,
    user_words,
)
from policy.interview_context import shown as _shown
from policy.interview_counter import counter_evidence
from policy.interview_signals import (
    HR,
    JOB,
    JOB_INTERVIEW,
    JOB_TITLE,
    MEETING,
    RECRUITER,
    RECRUITMENT,
    ROUND,
)
from policy.interview_verdict import Evidence, Outcome, Part, Verdict
from policy.interview_words import find_interview_word
from policy.model import CalendarEvent
from policy.settings import Settings
from policy.text import fold, fold_with_map, original_span, word_set

__all__ = ["Evidence", "Outcome", "Verdict", "has_tag", "is_user", "judge"]

SURE, NOT_SURE = 3.0, 1.0


def judge(event: CalendarEvent, settings: Settings) -> Verdict:
    settled = _settled(event, settings)
    if settled is not None:
        outcome, why = settled
        likelihood = 1.0 if outcome is Outcome.INTERVIEW else 0.0
        return Verdict(event, outcome, likelihood, (), settled_by=why)
    parts = (_title(event, settings), description_evidence(event, settings),
             context_evidence(event, settings))
    evidence = tuple(e for part, _ in parts for e in part)
    if not any(e.weight > 0 for e in parts[0][0]):
        # Without a job word in the title, who and where back the description up, no more:
        # alone they say nothing of a job ("Call with AWS account team").
        cap = 1.0 if any(e.weight > 0 for e in parts[1][0]) else 0.0
        parts = (parts[0], parts[1], (parts[2][0], min(parts[2][1], cap)))
    score = sum(_score(part, cap) for part, cap in parts)
    if score >= SURE:
        outcome = Outcome.INTERVIEW
    elif score <= NOT_SURE:
        outcome = Outcome.NOT_INTERVIEW
    else:
        outcome = Outcome.UNSURE
    return Verdict(event, outcome, _likelihood(score), evidence, score=score)


def _score(evidence: list[Evidence], cap: float) -> float:
    """One part of the event says it once, however many ways: its evidence for is capped."""
    pro = sum(e.weight for e in evidence if e.weight > 0)
    return min(pro, cap) + sum(e.weight for e in evidence if e.weight < 0)


def _likelihood(score: float) -> float:
    # Centred between the two thresholds: 3.0 gives 0.79, 4.0 0.93, 1.0 0.07.
    return 1.0 / (1.0 + math.exp(-1.3 * (score - 2.0)))


def _settled(event: CalendarEvent, settings: Settings) -> tuple[Outcome, str] | None:
    no, yes = Outcome.NOT_INTERVIEW, Outcome.INTERVIEW
    if event.relance_key:
        return no, "relance wrote this event"
    cancelled = cancellation(event)
    if cancelled:
        return no, f"it is cancelled ({cancelled})"
    if _declined_by_user(event, settings):
        return no, "the user declined it"
    if event.interview_answer is not None:
        answer = "an interview" if event.interview_answer else "not an interview"
        return (yes if event.interview_answer else no), f"the user said it is {answer}"
    if settings.not_interview_tag and has_tag(event, settings.not_interview_tag):
        return no, f"it carries the tag {settings.not_interview_tag}"
    if settings.interview_tag and has_tag(event, settings.interview_tag):
        return yes, f"it carries the tag {settings.interview_tag}"
    calendars = {fold(name) for name in settings.interviews_calendars}
    if event.calendar and fold(event.calendar) in calendars:
        return yes, f'it is in the interviews calendar "{event.calendar}"'
    return None


def has_tag(event: CalendarEvent, tag: str) -> bool:
    pattern = re.compile(rf"(?<![\w-]){re.escape(fold(tag))}(?![\w-])")
    return any(pattern.search(fold(text)) for text in (event.title, event.description))


def _declined_by_user(event: CalendarEvent, settings: Settings) -> bool:
    return event.declined_by_user or any(
        a.declined and is_user(a, settings) for a in event.attendees
    )


# -- the title ---------------------------------------------------------------
_TITLE_FAMILIES: tuple[tuple[re.Pattern[str], float, str], ...] = (
    (JOB_INTERVIEW, 3.0, "a job-interview phrase"),
    (RECRUITER, 3.0, "a recruiter or recruitment firm"),
    (ROUND, 2.0, "an assessment-round word"),
    (RECRUITMENT, 1.0, "recruitment"),
    (JOB_TITLE, 1.0, "a job title"),
)
_FILLER = word_set(
    "avec with de du des la le les l d pour for the a an et and chez at en on par via mon my "
    "un une au aux sur x vs me moi your votre notre our of to in by rh hr tel visio video "
    "telephonique telephone phone technique technical tech final finale first second third "
    "premier 1er deuxieme troisieme round tour zoom teams meet google skype webex online "
    "remote onsite distanciel presentiel call appel echange rdv point invitation updated "
    "mise a jour cet ce cette"
)


_CIVILITY = word_set("mme madame mr m monsieur mrs ms miss mlle mademoiselle maitre me")


def _title(event: CalendarEvent, settings: Settings) -> Part:
    title = event.title
    folded, where = fold_with_map(title)
    found: list[Evidence] = []
    spans: list[tuple[int, int]] = []
    word = find_interview_word(folded)
    if word is not None:
        found.append(Evidence(f'its title says "{_span(title, where, word)}"', 2.0))
        spans.append(word.span())
    for pattern, weight, what in _TITLE_FAMILIES:
        match = pattern.search(folded)
        if match is not None:
            found.append(Evidence(f'its title names {what}: "{_span(title, where, match)}"',
                                  weight))
            spans.append(match.span())
    meeting, job, hr = MEETING.search(folded), JOB.search(folded), HR.search(folded)
    if job is not None:
        weight = 2.5 if meeting is not None else 1.0
        shown = f'"{_span(title, where, meeting)}" and ' if meeting is not None else ""
        found.append(Evidence(f'its title speaks of a job: {shown}"{_span(title, where, job)}"',
                              weight))
        spans += [job.span(), *([meeting.span()] if meeting else [])]
    if hr is not None and meeting is not None:
        found.append(Evidence(f'its title says an HR meeting: "{_span(title, where, meeting)}" '
                              f'and "{_span(title, where, hr)}"', 1.5))
        spans += [hr.span(), meeting.span()]
    # "Entretien – ACME", "Final round - Revolut": a strong word, and whom with.
    strong = any(e.weight >= 2.0 for e in found) or (hr is not None and meeting is not None)
    if strong and _names_someone(folded, spans):
        found.append(Evidence("its title names who the meeting is with", 1.0))
    for why, words in counter_evidence(folded, user_words(settings)):
        found.append(Evidence(f'its title shows {why}: "{_shown(title, folded, where, words)}"',
                              RULED_OUT))
    return found, 4.0


def _span(text: str, where: list[int], match: re.Match[str]) -> str:
    return original_span(text, where, match.start(), match.end())


def _names_someone(folded: str, spans: list[tuple[int, int]]) -> bool:
    """Whether words other than the signals, fillers and times are left in the title."""
    kept = list(folded)
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    words = [w.strip(".'-") for w in re.findall(r"[a-z][a-z0-9&'.-]*", "".join(kept))]
    words = [w for w in words if len(w) >= 2 and w not in _FILLER]
    # "Entretien avec Mme Durand": a person, maybe a teacher or a social worker.
    return bool(words) and words[0] not in _CIVILITY


