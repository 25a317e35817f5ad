"""Every [default] of RULES.md, as one settings value.

The daemon fills it from the configuration file (`config.example.toml`
documents each field under the same name); policy only reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from types import MappingProxyType

from policy.model import Language

WEBMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "hotmail.com", "hotmail.fr",
    "live.com", "live.fr", "msn.com", "yahoo.com", "yahoo.fr", "ymail.com", "orange.fr",
    "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "icloud.com", "me.com",
    "mac.com", "aol.com", "gmx.com", "gmx.fr", "gmx.de", "protonmail.com", "proton.me",
    "pm.me", "bbox.fr", "numericable.fr", "zoho.com", "mail.com", "tutanota.com",
)

# Applicant-tracking systems (C1): their mail names the company in its text.
ATS_DOMAINS: tuple[str, ...] = (
    "myworkday.com", "workday.com", "myworkdayjobs.com", "greenhouse.io",
    "us.greenhouse-mail.io", "greenhouse-mail.io", "lever.co", "hire.lever.co",
    "smartrecruiters.com", "welcometothejungle.com", "welcomekit.co", "teamtailor.com",
    "teamtailor-mail.com", "taleo.net", "successfactors.com", "successfactors.eu",
    "icims.com", "jobvite.com", "ashbyhq.com", "recruitee.com", "breezy.hr",
    "personio.de", "personio.com", "flatchr.io", "jobaffinity.fr", "digitalrecruiters.com",
    "beetween.com", "werecruit.io", "talent-soft.com", "cornerstoneondemand.com",
)


@dataclass(frozen=True)
class Settings:
    # The user
    timezone: str = "Europe/Paris"
    country: str = "FR"  # public holidays of this country are not business days (E5)
    default_language: Language = "fr"  # E1, last resort
    locale: Language = "fr"  # how dates in annotation lines are read (A3): 15/12 is d/m in fr
    user_name: str = ""
    user_emails: tuple[str, ...] = ()
    paused: bool = False  # F1: vacation, nothing is written

    # A. Reading the calendar
    interview_tag: str = "#candidature"
    not_interview_tag: str = "#pas-candidature"  # A1: an event carrying it is never an interview
    # A1: an event relance is unsure about is asked about when it started at most this
    # many days ago (or is still to come); older ones are left alone.
    interview_question_days: int = 30
    interviews_calendars: tuple[str, ...] = ()  # calendars whose events are all interviews
    webmail_domains: tuple[str, ...] = WEBMAIL_DOMAINS
    ats_domains: tuple[str, ...] = ATS_DOMAINS
    debrief_minutes: int = 30  # length of the A4 debrief event, right after the interview

    # B. After an interview
    morning_hour: time = time(9, 0)  # B1, B2: drafts are due at this hour
    follow_up_days: int = 7  # B2, nothing announced
    follow_up_short_days: int = 7  # B2, "Processus : court"
    follow_up_long_days: int = 14  # B2, "Processus : long"
    call_after_days: int = 7  # B3, calendar days after the follow-up
    call_hour: time = time(10, 0)  # B3, in business hours
    max_attempts_per_round: int = 3  # B4

    # C. Replies
    holding_default_days: int = 7  # C2 holding without a date
    # C2: a reading less likely than this to be right is not acted on: the user is asked.
    confidence_threshold: float = 0.7

    # D. After a refusal
    feedback_window_days: int = 3  # D1
    future_opening_lead_days: int = 14  # D3, before the stated opening
    future_opening_min_days: int = 30  # D3, never sooner after the refusal
    future_opening_default_days: int = 90  # D3, no stated date
    future_opening_now_business_days: int = 2  # D3, "other posts are open now"
    reapply_months: int = 6  # D4
    unanswered_attempts_stop: int = 2  # D5

    # Drafts: user templates by "kind.lang" (e.g. "follow_up.fr"), already read from files.
    template_overrides: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({})
    )
    event_minutes: int = 15  # length of a step's reminder event
    # E2: the steps the user acts on ring this long before they start (0: at the
    # start); None: relance's events never ring.
    alarm_minutes: int | None = 10
