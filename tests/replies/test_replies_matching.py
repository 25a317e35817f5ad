"""RULES.md C1: which application a message answers, or none (never guessed)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from policy.model import Application, Direction, Message
from policy.replies import match_application
from policy.replies.matching import is_tracking_system, match_all
from policy.replies.text import fold
from policy.settings import Settings
from policy.workdays import local_date
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


# -- the index gives the answers the one-by-one comparison gave -----------------

def _reference(message: Message, apps: Sequence[Application], known: Sequence[Message],
               settings: Settings) -> str | None:
    """C1 as first written: every message compared with every application."""
    def after(a: Application) -> bool:
        first = min(local_date(i.event.start, settings) for i in a.interviews)
        starts = [i.event.start for i in a.interviews if isinstance(i.event.start, datetime)]
        if starts and local_date(min(starts), settings) == first:
            return message.date > min(starts)
        return local_date(message.date, settings) >= first

    def domain(email: str) -> str:
        return email.rsplit("@", 1)[-1].lower() if "@" in email else ""

    def near(d: str, o: str) -> bool:
        return d == o or d.endswith("." + o) or o.endswith("." + d)

    def webmail(d: str) -> bool:
        return any(near(d, w) for w in settings.webmail_domains)

    eligible = [a for a in apps if a.interviews and after(a)]
    keys = {a.key for a in eligible}
    parties = message.recipients if message.direction is Direction.OUTBOUND else (message.sender,)
    emails = {p.email.lower() for p in parties}
    mine = {domain(p.email) for p in parties
            if not webmail(domain(p.email)) and not is_tracking_system(p, settings)}
    said = fold(" ".join([message.subject, message.text, message.sender.name or ""]))
    ats = any(is_tracking_system(p, settings) for p in parties)
    ways = [
        {o.application_key for o in known if o.application_key in keys and o.id != message.id
         and ((message.thread_id is not None and o.thread_id == message.thread_id)
              or (o.message_id is not None and o.message_id in message.references)
              or (message.message_id is not None and message.message_id in o.references))},
        {a.key for a in eligible if any(c.email and c.email.lower() in emails
                                        for c in a.contacts)},
        {a.key for a in eligible if any(near(d, m) for d in a.domains for m in mine
                                        if d and not webmail(d))},
        {a.key for a in eligible if ats and any(
            re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", said)
            for n in {fold(x).strip() for x in (a.company, a.key) if len(x.strip()) >= 3})},
    ]
    for found in ways:
        if found:
            return found.pop() if len(found) == 1 else None
    return None


VARIED_APPS = (
    ACME, GLOBEX,
    application("acme-2", "ACME Lyon", "paul@lyon.acme.fr"),
    application("initech", "Initech", "rh@initech.fr", first=date(2026, 1, 5)),
    application("solo", "Solo", "recruteur.solo@gmail.com"),
    application("hooli", "Hooli", "talent@hooli.io", first=datetime(2026, 2, 2, 9, tzinfo=PARIS)),
    application("umbrella", "Umbrella Corp", "x@eu.umbrella.com", "y@umbrella.com"),
    application("twin", "Twin", "a@twins.org"),
    application("twin-bis", "Twin Bis", "b@twins.org"),
)
SENDERS = (
    "jeanne.dupont@acme.fr", "paul@acme.fr", "someone@mail.acme.fr", "paul@lyon.acme.fr",
    "rh@globex.com", "rh@initech.fr", "x@gmail.com", "recruteur.solo@gmail.com",
    "talent@hooli.io", "z@umbrella.com", "z@eu.umbrella.com", "q@twins.org", "fr",
    "no-reply@us.greenhouse-mail.io", "jobs@smartrecruiters.com", "no-reply@hire.newats.example",
    "news@jobboard.example", "noreply@acme.fr",
)
TEXTS = ("", "Votre candidature chez ACME", "ACME Lyon recrute", "Globex et Initech",
         "Umbrella Corp-like", "Twin Bis: suite", "hooli", "acme-2 et solo", "l'ACME.")
WHENS = (datetime(2025, 12, 18, 14, 0, tzinfo=PARIS), datetime(2025, 12, 18, 14, 1, tzinfo=PARIS),
         datetime(2026, 1, 5, 0, 30, tzinfo=PARIS), datetime(2026, 2, 2, 10, tzinfo=PARIS),
         datetime(2025, 12, 1, tzinfo=PARIS))
messages_drawn = st.builds(
    message, st.sampled_from(SENDERS),
    name=st.sampled_from((None, "ACME via NewATS", "Greenhouse", "Hooli recruiting")),
    text=st.sampled_from(TEXTS), when=st.sampled_from(WHENS),
    thread=st.sampled_from((None, "t1", "t2")),
    direction=st.sampled_from((Direction.INBOUND, Direction.OUTBOUND)),
    to=st.lists(st.sampled_from(SENDERS), max_size=2).map(tuple),
    message_id=st.sampled_from((None, "<a@x>", "<b@x>")),
    references=st.lists(st.sampled_from(("<a@x>", "<b@x>", "<c@x>")), max_size=2).map(tuple),
    application_key=st.sampled_from((None, "acme", "globex", "twin", "gone")),
    id=st.sampled_from(("m1", "m2", "m3")),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(messages_drawn, max_size=4), messages_drawn,
       st.lists(st.sampled_from(VARIED_APPS), max_size=6, unique=True))
def test_the_index_answers_as_the_one_by_one_comparison(
    known: list[Message], new: Message, apps: list[Application],
) -> None:
    linked = [m for m in known if m.application_key is not None]
    expected = _reference(new, apps, linked, SETTINGS)
    assert match_application(new, apps, linked, SETTINGS) == expected
    assert match_all([new, *known], apps, linked, SETTINGS) == [
        _reference(m, apps, linked, SETTINGS) for m in (new, *known)
    ]


def test_a_domain_shared_by_two_applications_stays_ambiguous_with_the_index() -> None:
    twins = (application("twin", "Twin", "a@twins.org"),
             application("twin-bis", "Twin Bis", "b@twins.org"))
    mail = [message("q@twins.org"), message("a@twins.org", id="m2"),
            message("q@hr.twins.org", id="m3")]
    assert match_all(mail, twins, (), SETTINGS) == [None, "twin", None]
