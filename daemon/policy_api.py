"""The policy functions the cycle calls, as one injectable value.

Tests give the cycle tiny fakes through this value; the default wires the
real `policy` modules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from policy.model import (
    Application,
    CalendarEvent,
    Classification,
    Interview,
    Ledger,
    Message,
    Problem,
    Step,
)
from policy.settings import Settings

ReadInterviews = Callable[
    [Sequence[CalendarEvent], Settings], tuple[Sequence[Interview], Sequence[Problem]]
]
GroupApplications = Callable[[Sequence[Interview], Settings], Sequence[Application]]
Classify = Callable[[str, str, datetime, Settings], Classification]
MatchApplication = Callable[
    [Message, Sequence[Application], Sequence[Message], Settings], str | None
]
MatchAll = Callable[
    [Sequence[Message], Sequence[Application], Sequence[Message], Settings], list[str | None]
]
Plan = Callable[
    [Sequence[Application], Sequence[Message], Ledger, datetime, Settings], Sequence[Step]
]
PlanQuestions = Callable[[Sequence[CalendarEvent], Ledger, datetime, Settings], Sequence[Step]]


@dataclass(frozen=True)
class Policy:
    read_interviews: ReadInterviews
    group_applications: GroupApplications
    classify: Classify
    match_application: MatchApplication
    plan: Plan
    # The same answers as `match_application`, for a whole mailbox at once (the
    # applications indexed once); without it the cycle asks message by message.
    match_all: MatchAll | None = None
    # A1: the questions for the events detection is unsure about; None asks nothing.
    plan_questions: PlanQuestions | None = None


def default_policy() -> Policy:
    from policy import applications, interviews, planner, replies
    from policy.interview_questions import question_steps
    from policy.replies.matching import match_all
    return Policy(
        read_interviews=interviews.read_interviews,
        group_applications=applications.group_applications,
        classify=replies.classify,
        match_application=replies.match_application,
        plan=planner.plan,
        match_all=match_all,
        plan_questions=question_steps,
    )
