"""RULES.md C1: which application a message answers, or none (never guessed)."""

from __future__ import annotations

from datetime import date, datetime

from policy.model import Direction
from policy.replies import match_application
from policy.settings import Settings
from tests.replies.replies_builders import PARIS, application, message

SETTINGS = Settings()
ACME = application("acme", "ACME", "jeanne.dupont@acme.fr")
GLOBEX = application("globex", "Globex", "rh@globex.com")
APPS = (ACME, GLOBEX)


def test_sender_among_the_contacts() -> None:
    assert match_application(message("jeanne.dupont@acme.fr"), APPS, (), SETTINGS) == "acme"


def test_same_non_webmail_domain() -> None:
    assert match_application(message("paul.martin@acme.fr"), APPS, (), SETTINGS) == "acme"
    assert match_application(message("paul@mail.acme.fr"), APPS, (), SETTINGS) == "acme"


def test_a_webmail_domain_is_not_a_company() -> None:
    recruiter = application("solo", "Solo", "recruteur.solo@gmail.com")
    assert match_application(message("someone.else@gmail.com"), (recruiter,), (), SETTINGS) is None
    assert match_application(message("recruteur.solo@gmail.com"), (recruiter,), (), SETTINGS) \
        == "solo"


def test_same_thread_as_a_message_already_matched() -> None:
    known = message("jeanne.dupont@acme.fr", thread="t1", application_key="acme", id="k1")
    reply = message("assistant@outsourced-hr.com", thread="t1", id="m2")
    assert match_application(reply, APPS, (known,), SETTINGS) == "acme"


def test_thread_by_references_when_the_backend_has_no_thread_id() -> None:
    known = message("rh@globex.com", message_id="<a@globex.com>", application_key="globex",
                    id="k1")
    reply = message("boss@elsewhere.org", references=("<a@globex.com>",), id="m2")
    assert match_application(reply, APPS, (known,), SETTINGS) == "globex"


def test_tracking_system_naming_the_company() -> None:
    ats = message("no-reply@us.greenhouse-mail.io", name="Greenhouse",
                  subject="Your application to Globex", text="Thank you for applying.")
    assert match_application(ats, APPS, (), SETTINGS) == "globex"


def test_tracking_system_recognised_by_its_sender_pattern() -> None:
    ats = message("no-reply@hire.newats.example", name="ACME via NewATS",
                  text="Merci pour votre candidature chez ACME.")
    assert match_application(ats, APPS, (), SETTINGS) == "acme"


def test_tracking_system_naming_no_known_company_is_ignored() -> None:
    ats = message("no-reply@hire.lever.co", text="Thanks for applying to Initech.")
    assert match_application(ats, APPS, (), SETTINGS) is None


def test_tracking_system_naming_two_companies_is_ambiguous() -> None:
    ats = message("jobs@smartrecruiters.com", text="ACME and Globex are hiring!")
    assert match_application(ats, APPS, (), SETTINGS) is None


def test_a_message_matching_nothing_is_ignored() -> None:
    assert match_application(message("newsletter@jobboard.example"), APPS, (), SETTINGS) is None


def test_two_applications_with_the_same_contact_are_ambiguous() -> None:
    other = application("acme-2", "ACME Lyon", "jeanne.dupont@acme.fr")
    assert match_application(message("jeanne.dupont@acme.fr"), (ACME, other), (), SETTINGS) \
        is None


def test_a_message_before_the_first_interview_is_not_read() -> None:
    early = message("jeanne.dupont@acme.fr", when=datetime(2025, 12, 10, 9, 0, tzinfo=PARIS))
    assert match_application(early, APPS, (), SETTINGS) is None


def test_all_day_interview_counts_from_its_day() -> None:
    allday = application("initech", "Initech", "rh@initech.fr", first=date(2026, 1, 5))
    same_day = message("rh@initech.fr", when=datetime(2026, 1, 5, 18, 0, tzinfo=PARIS))
    assert match_application(same_day, (allday,), (), SETTINGS) == "initech"


def test_outbound_messages_match_by_their_recipients() -> None:
    sent = message("camille.martin@gmail.com", direction=Direction.OUTBOUND,
                   to=("rh@globex.com",))
    assert match_application(sent, APPS, (), SETTINGS) == "globex"
