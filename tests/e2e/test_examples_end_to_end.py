"""End to end on the examples: `relance once` at 2026-12-09 09:30 writes exactly the
drafts and events examples/README.md computes from RULES.md, and the user's
actions between runs (deleting, editing, sending a draft) and time passing
are honoured.

Every test runs the real command line on a private copy of `examples/` and
`config.example.toml`, then reads what was written from the files: drafts
with `email`, events with `icalendar`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from example_world import (
    FIRST_NOW,
    REPO,
    WEEK_LATER,
    ExampleWorld,
    address,
    body,
    paris,
    read_message,
)

from policy.drafts.forbidden import find_forbidden
from policy.model import StepKind
from policy.personal import set_aside
from policy.settings import Settings

# -- the story's Message-IDs (examples/README.md, last table) -------------------
S_ACME_THANKS = "<CAMk3v0Qx7Ljc1s9w2TnE4bRz8Ypd5HqXo=Fv2m@mail.gmail.com>"
I_ACME_NEXT = "<AM0PR07MB41260D3C2B8E1F4A9@AM0PR07MB4126.eurprd07.acme-industrie.example>"
I_SOLVEO_HOLDING = "<20261204154702.3f9a1c@solveo.example>"
S_BRIGHT_THANKS = "<CAMk3v0Vj7Lq1aD5sUc3Ny9Fz2Gr8Mo=Ef6h1X@mail.gmail.com>"
I_BRIGHT_HOLDING = "<CAB9xQ2r7Ktm4Pw1Zs8Lc5Vn3Hd0Jy6=Rg2u8N@mail.brightwave.example>"
I_GALENIS_REFUSAL = "<20261208174211.7C3E9A0B12@mail.galenis.example>"
I_NORDLYS_REFUSAL = (
    "<01020193a5e4c1f2-7d9b3a52-4e1c-4f0a-9c3b-2d7e8f1a6b45-000000@eu-west-1.amazonses.com>"
)
S_HELIO_THANKS = "<CAMk3v0Uh1Kp4zS9rTb6Mx2Ew8Fq3Ln=Cd5g0W@mail.gmail.com>"
I_HELIO_REFUSAL = "<5e2c9a17-8b3f-4d61-a0e4-7f1c3b9d2e58@helio-energies.example>"
THREAD_IDS = (S_ACME_THANKS, I_ACME_NEXT, I_SOLVEO_HOLDING, S_BRIGHT_THANKS, I_BRIGHT_HOLDING,
              I_GALENIS_REFUSAL, I_NORDLYS_REFUSAL, S_HELIO_THANKS, I_HELIO_REFUSAL)

# -- the 22 events of the README's table, at their time in Europe/Paris ----------
# A step first planned after its due time is caught up (policy.catch_up): at 09:30 on a
# Wednesday, in business hours, its event comes at once; its draft is written all the same.
EVENTS_AT_FIRST_RUN: dict[str, datetime] = {
    "acme industrie:2:debrief": paris(2026, 12, 11, 15),
    "acme industrie:2:thank_you": paris(2026, 12, 14, 9),
    "acme industrie:2:follow_up": paris(2026, 12, 18, 9),
    "acme industrie:2:call": paris(2026, 12, 28, 10),
    # C2: the reader is not sure of Solvéo's holding reply (04/12 15:47): it asks, caught
    # up at once; the follow-up and call wait for the user's reading (B5).
    "solveo:1:confirm_reading": paris(2026, 12, 9, 9, 30),
    "brightwave:1:follow_up": paris(2026, 12, 15, 9),
    "brightwave:1:call": paris(2026, 12, 22, 10),
    "galenis:1:feedback_request": paris(2026, 12, 9, 9, 30),  # refused Tue 08/12 17:42
    "nordlys:1:reapply": paris(2027, 6, 1, 9),
    "helio energies:1:feedback_request": paris(2026, 12, 9, 9, 30),  # refused 08/12 10:05
    "helio energies:1:future_opening": paris(2027, 2, 22, 9),
    "transports vasseur:1:discrimination_info": paris(2026, 12, 9, 9, 30),  # 08/12 16:20
    "ondine assurances:1:call": paris(2026, 12, 10, 10),
    "cobalt conseil:1:debrief": paris(2026, 12, 9, 9, 30),  # interview ended 07/12 16:00
    "cobalt conseil:1:thank_you": paris(2026, 12, 9, 9, 30),  # due 08/12, window 09/12
    "cobalt conseil:1:follow_up": paris(2026, 12, 14, 9),
    "cobalt conseil:1:call": paris(2026, 12, 21, 10),
    "quantix:1:thank_you": paris(2026, 12, 9, 9, 30),  # due 09/12 09:00, window 10/12
    "quantix:1:follow_up": paris(2026, 12, 16, 9),
    "quantix:1:call": paris(2026, 12, 23, 10),
    "papeteries ravel:1:follow_up": paris(2026, 12, 9, 9, 30),  # due 09/12 09:00
    "papeteries ravel:1:call": paris(2026, 12, 16, 10),  # 7 days after 09/12
}
COMPANIES = {  # application key → the name its event titles carry
    "acme industrie": "Acme Industrie", "solveo": "Solvéo", "brightwave": "Brightwave",
    "galenis": "Galénis", "nordlys": "Nordlys", "helio energies": "Hélio Énergies",
    "transports vasseur": "Transports Vasseur", "ondine assurances": "Ondine Assurances",
    "cobalt conseil": "Cobalt Conseil", "quantix": "Quantix",
    "papeteries ravel": "Papeteries Ravel",
}
CALLS = {  # B3: who to call, and the number when one is known
    "acme industrie:2:call": "Appeler Jeanne Dupont (+33 6 12 34 56 78)",
    "brightwave:1:call": "Call Rachel Kim (+1 212 555 0148)",
    "ondine assurances:1:call": "Appeler Claire Lambert (+33 5 36 49 00 27)",
    "cobalt conseil:1:call": "Appeler Sophie Marchal :",
    "quantix:1:call": "Call Hugo Bernard (+33 6 39 98 00 51)",
    "papeteries ravel:1:call": "Appeler Luc Ravel (+33 5 36 49 00 88)",
}

# -- the drafts ----------------------------------------------------------------------
FR_MARKS, EN_MARKS = ("Bonjour ", "Bien cordialement,"), ("Dear ", "Kind regards,")
ASKS_WHY = "j'aimerais comprendre pourquoi ma candidature n'a pas été retenue"


@dataclass(frozen=True)
class Draft:
    to: str
    subject: str
    lang: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    says: tuple[str, ...] = ()  # the content requirement of its kind


DRAFTS_AT_FIRST_RUN: dict[str, Draft] = {
    "galenis:1:feedback_request": Draft(
        "nadia.benali@galenis.example",
        "Re: Votre candidature – Responsable qualité fournisseurs", "fr",
        I_GALENIS_REFUSAL, (I_GALENIS_REFUSAL,), (ASKS_WHY,),
    ),
    "helio energies:1:feedback_request": Draft(
        "elodie.marchand@helio-energies.example", "Re: Merci pour l'entretien du 19 novembre",
        "fr", I_HELIO_REFUSAL, (S_HELIO_THANKS, I_HELIO_REFUSAL), (ASKS_WHY,),
    ),
    "cobalt conseil:1:thank_you": Draft(
        "sophie.marchal@cobalt-conseil.example",
        "Merci pour notre entretien du lundi 7 décembre", "fr",
        # No Points line in the event: the marked placeholder stands in its place (B1).
        says=("notre entretien du lundi 7 décembre",
              "un point que nous n'avons pas abordé : [À COMPLÉTER"),
    ),
    "quantix:1:thank_you": Draft(
        "hugo.bernard@quantix.example", "Thank you for our interview on Tuesday 8 December",
        "en",  # Langue : en, although the title is French (E1)
        says=("our interview on Tuesday 8 December",
              "one point we did not cover: the fraud-monitoring dashboard I built at Ferrand"),
    ),
    "papeteries ravel:1:follow_up": Draft(
        "luc.ravel@ravel-papeteries.example", "Ma candidature chez Papeteries Ravel", "fr",
        says=("notre entretien du mercredi 25 novembre", "redire mon intérêt"),
    ),
}
# A week later (RULES.md B2, C2): the follow-ups that fell due meanwhile.
FOLLOW_UPS_BY_WEEK_LATER: dict[str, Draft] = {
    "cobalt conseil:1:follow_up": Draft(
        "sophie.marchal@cobalt-conseil.example", "Ma candidature chez Cobalt Conseil", "fr",
        says=("notre entretien du lundi 7 décembre", "redire mon intérêt"),
    ),
    "brightwave:1:follow_up": Draft(
        "rachel.kim@brightwave.example", "Re: Thank you – Senior Data Analyst interview", "en",
        I_BRIGHT_HOLDING, (S_BRIGHT_THANKS, I_BRIGHT_HOLDING),
        says=("our interview on Tuesday 8 December", "still very interested"),
    ),
    "quantix:1:follow_up": Draft(
        "hugo.bernard@quantix.example", "My application at Quantix", "en",
        says=("our interview on Tuesday 8 December", "still very interested"),
    ),
}
# Once the user confirmed Solvéo's reply as a wait (`relance confirm solveo attente`).
SOLVEO_FOLLOW_UP = Draft(
    "thomas.girard@solveo.example", "Re: Votre candidature – Cheffe de projet ERP", "fr",
    I_SOLVEO_HOLDING, (I_SOLVEO_HOLDING,),
    says=("notre entretien du jeudi 3 décembre", "redire mon intérêt"),
)
# B1, D1, E3: drafts whose window closed unsent are removed, with their events; the Acme
# round-2 thank-you fell due and expired between the runs: its event goes, no draft ever.
MOOT_BY_WEEK_LATER = {
    "cobalt conseil:1:thank_you", "quantix:1:thank_you", "galenis:1:feedback_request",
    "helio energies:1:feedback_request", "acme industrie:2:thank_you",
}
# Follow-up phrases the seed forbids (B2), checked here independently of the product's list.
WAITING_OR_RIVAL = re.compile(
    r"attente|attends|j'attends|sans nouvelles|autre offre|autre entreprise|waiting|await"
    r"|look forward to hearing|another offer|another company|elsewhere", re.IGNORECASE,
)
NEVER_CONCERNED = ("Cimalp", "Kestrel", "Kerlann", "Hexaflow", "Pixelia", "Yoga", "Point hebdo",
                   "Dentiste", "vélo", "Atelier CV", "Déjeuner", "Cadres", "Préparation")


@pytest.fixture
def world(tmp_path: Path) -> ExampleWorld:
    return ExampleWorld(tmp_path)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> ExampleWorld:
    """One first cycle shared by the tests that only read (status and explain write nothing)."""
    shared = ExampleWorld(tmp_path_factory.mktemp("first_run"))
    shared.once()
    return shared


def check_draft(key: str, world: ExampleWorld, expected: Draft) -> None:
    message = world.drafts()[key]
    text = body(message)
    assert address(message) == expected.to, key
    assert address(message, "From") == "camille.martin@gmail.com", key
    assert message["Subject"] == expected.subject, key
    reply_to = message["In-Reply-To"]
    assert (str(reply_to).strip() if reply_to else None) == expected.in_reply_to, key
    references = message["References"]
    assert tuple(str(references or "").split()) == expected.references, key
    marks, foreign = (FR_MARKS, EN_MARKS) if expected.lang == "fr" else (EN_MARKS, FR_MARKS)
    assert all(mark in text for mark in marks), (key, text)
    assert not any(mark in text for mark in foreign), (key, text)
    for phrase in expected.says:
        assert phrase in " ".join(text.split()), (key, phrase, text)
    if key.endswith(":follow_up"):
        assert find_forbidden(text, StepKind.FOLLOW_UP) is None, key
        assert WAITING_OR_RIVAL.search(text) is None, (key, text)


def check_drafts(world: ExampleWorld, expected: dict[str, Draft]) -> None:
    assert set(world.drafts()) == set(expected)
    demo = Settings(user_emails=("camille.martin@gmail.com",))
    for key, message in world.drafts().items():  # E1: every draft goes to a person
        to = address(message)
        assert to and set_aside(to, None, demo) is None, (key, to)
    for key, draft in expected.items():
        check_draft(key, world, draft)


# -- 1, 2, 3: the first cycle -------------------------------------------------------------
def test_the_first_cycle_writes_exactly_the_five_drafts_of_the_readme(
    world: ExampleWorld,
) -> None:
    result = world.once()
    assert "14 application(s)" in result.out and "22 step(s) planned" in result.out
    assert set(THREAD_IDS) <= world.message_ids()  # threads name messages of the example
    check_drafts(world, DRAFTS_AT_FIRST_RUN)


def test_the_first_cycle_writes_exactly_the_22_events_of_the_readme(
    first_run: ExampleWorld,
) -> None:
    world = first_run
    events = world.events()
    assert world.event_starts() == EVENTS_AT_FIRST_RUN
    for key, event in events.items():
        assert COMPANIES[key.split(":")[0]] in event.summary, event.summary
    for key, call in CALLS.items():
        assert events[key].summary.startswith(call), events[key].summary
    assert events["cobalt conseil:1:debrief"].summary.startswith(
        "Noter la suite annoncée : délai, canal, interlocuteur"
    )
    vasseur = events["transports vasseur:1:discrimination_info"].description
    assert "defenseurdesdroits.fr" in vasseur and "3928" in vasseur
    # A4: the debrief lists the lines the interview still lacks, and only those.
    acme, cobalt = (events[f"{k}:debrief"].description for k in ("acme industrie:2",
                                                                  "cobalt conseil:1"))
    assert "- Réponse :" in acme and "- Canal :" in acme and "- Contact :" not in acme
    assert "- Réponse :" in cobalt and "- Canal :" in cobalt and "- Contact :" in cobalt
    # F4, E1: a French event gives its reason in French, an English one in English.
    assert (
        "Pourquoi : B2 : relance 7 jours après l'entretien (aucun délai de réponse noté) ; "
        "entretien « Entretien – Cobalt Conseil » du lundi 7 décembre 2026 à 15:00"
    ) in events["cobalt conseil:1:follow_up"].description
    assert "notez ce qui manque : délai, canal, interlocuteur" in (
        events["cobalt conseil:1:debrief"].description)
    assert (
        'Why: C2: holding reply (message "Re: Thank you – Senior Data Analyst interview" from '
        "rachel.kim@brightwave.example of Tuesday 8 December 2026) without a date: follow-up "
        "7 days after it"
    ) in events["brightwave:1:follow_up"].description
    for key, event in events.items():
        why = event.description.rpartition("Pourquoi : ")[2]
        if why != event.description:
            english = re.findall(r"\b(?:the|after|days?|never|follow-up|interview|due|of)\b", why)
            assert not english, (key, why)
    for key, event in events.items():
        # E2: what the user must do rings 10 minutes before (config.example.toml);
        # the debrief and D5's information stay quiet; only the call takes the slot.
        kind = key.split(":")[2]
        acts = kind not in ("debrief", "discrimination_info")
        assert event.alarm == (timedelta(minutes=-10) if acts else None), key
        assert event.transparency == ("OPAQUE" if kind == "call" else "TRANSPARENT"), key
    for key, event in events.items():
        english = event.description.startswith(("Read ", "Script:", "Why:"))
        # F4: every event says why, with its rule.
        assert re.search(r"(Pourquoi :|Why:) [A-F]\d", event.description), event.description
        if key.endswith(":call"):  # B3: a script offering references, one voicemail
            assert ("one short voicemail" if english else "un seul message vocal") in (
                event.description
            ), event.description
            assert ("references" if english else "références") in event.description
        elif key.split(":")[2] in ("thank_you", "follow_up", "feedback_request",
                                   "future_opening", "reapply"):
            # E2: the companion event of a draft says to review and send that draft.
            assert ("draft" if english else "brouillon") in event.description, event


def test_nothing_for_the_refusal_the_offer_the_opt_out_and_what_is_no_application(
    first_run: ExampleWorld,
) -> None:
    world = first_run
    # Not even a cancelled step: the ledger knows exactly the README's 22 steps.
    assert set(world.statuses()) == set(EVENTS_AT_FIRST_RUN)
    written = [e.summary + e.description for e in world.events().values()]
    written += [str(m["Subject"]) + str(m["To"]) + body(m) for m in world.drafts().values()]
    for name in NEVER_CONCERNED:
        assert not any(name.casefold() in text.casefold() for text in written), name
    # Drafts only (E1): the mailbox itself is left as it was.
    def files(folder: Path) -> dict[str, bytes]:
        return {str(p.relative_to(folder)): p.read_bytes()
                for p in folder.rglob("*") if p.is_file()}

    assert files(world.maildir) == files(REPO / "examples" / "Maildir")


# -- 4: idempotence ------------------------------------------------------------------------
def test_a_second_cycle_at_the_same_time_writes_nothing_and_plan_shows_nothing(
    world: ExampleWorld,
) -> None:
    world.once()
    before = world.tree()
    events = world.events()
    again = world.once()
    assert "Nothing new to write" in again.out and "0 step(s) planned" in again.out
    assert world.tree() == before  # same files, byte for byte
    assert world.events() == events
    plan = world.run(FIRST_NOW, "plan")
    assert plan.code == 0 and "Plan at Wed 09 Dec 2026 09:30" in plan.out
    assert not any(name in plan.out for name in COMPANIES.values()), plan.out
    assert world.tree() == before


# -- 5: time passing -----------------------------------------------------------------------
def test_a_week_later_the_due_follow_ups_are_written_and_closed_windows_removed(
    world: ExampleWorld,
) -> None:
    world.once()
    ravel = world.draft_bytes()["papeteries ravel:1:follow_up"]
    later = world.once(WEEK_LATER)
    expected_drafts = {
        "papeteries ravel:1:follow_up": DRAFTS_AT_FIRST_RUN["papeteries ravel:1:follow_up"],
        **FOLLOW_UPS_BY_WEEK_LATER,
    }
    check_drafts(world, expected_drafts)
    assert world.draft_bytes()["papeteries ravel:1:follow_up"] == ravel  # left as it was
    expected_events = {k: v for k, v in EVENTS_AT_FIRST_RUN.items() if k not in MOOT_BY_WEEK_LATER}
    assert world.event_starts() == expected_events
    statuses = world.statuses()
    assert {k for k, s in statuses.items() if s == "cancelled"} == MOOT_BY_WEEK_LATER
    written = {(row[1], row[2], row[3]) for row in table_rows(later.out)}
    assert {row for row in written if row[2] == "draft written"} == {
        ("Cobalt Conseil", "follow up", "draft written"),
        ("Brightwave", "follow up", "draft written"),
        ("Quantix", "follow up", "draft written"),
    }
    assert {row for row in written if "removed" in row[2]} == {
        ("Cobalt Conseil", "thank you", "event removed; draft removed"),
        ("Quantix", "thank you", "event removed; draft removed"),
        ("Galénis", "feedback request", "event removed; draft removed"),
        ("Hélio Énergies", "feedback request", "event removed; draft removed"),
        ("Acme Industrie", "thank you", "event removed"),
    }
    assert world.once(WEEK_LATER).out.count("Nothing new to write") == 1


def table_rows(out: str) -> set[tuple[str, ...]]:
    """The rows of a printed table, each as its stripped cells."""
    return {
        tuple(cell.strip() for cell in line.split("│")[1:-1])
        for line in out.splitlines() if line.startswith("│")
    }


# The README's drafts that fall due after the first cycle, each checked on its day.
LATER_DRAFTS: dict[str, Draft] = {
    "acme industrie:2:thank_you": Draft(
        "jeanne.dupont@acme-industrie.example", "Re: Merci pour notre entretien", "fr",
        I_ACME_NEXT, (S_ACME_THANKS, I_ACME_NEXT),
        says=("notre entretien du vendredi 11 décembre",
              "un point que nous n'avons pas abordé : mon audit SMED chez Ferrand"),
    ),
    "acme industrie:2:follow_up": Draft(
        "jeanne.dupont@acme-industrie.example", "Re: Merci pour notre entretien", "fr",
        I_ACME_NEXT, (S_ACME_THANKS, I_ACME_NEXT),
        says=("notre entretien du vendredi 11 décembre", "redire mon intérêt"),
    ),
    "helio energies:1:future_opening": Draft(
        "elodie.marchand@helio-energies.example", "Re: Merci pour l'entretien du 19 novembre",
        "fr", I_HELIO_REFUSAL, (S_HELIO_THANKS, I_HELIO_REFUSAL),
        says=("notre entretien du jeudi 19 novembre 2026", "convenir d'un rendez-vous"),
    ),
    "nordlys:1:reapply": Draft(  # to the person met, never to the ATS's no-reply address
        "ingrid.solberg@nordlys.example",
        "Re: Your application for Senior Data Engineer at Nordlys", "en",
        I_NORDLYS_REFUSAL, (I_NORDLYS_REFUSAL,),
        says=("lacked experience with Kubernetes", "applying again", "updated CV"),
    ),
}


def test_the_later_drafts_of_the_readme_are_written_on_their_day(world: ExampleWorld) -> None:
    world.once()
    world.once("2026-12-14T09:30")  # Acme round 2: thank-you due Mon 14/12 09:00 (B1)
    assert set(world.drafts()) == {
        "papeteries ravel:1:follow_up", "cobalt conseil:1:follow_up",
        "acme industrie:2:thank_you",
    }
    check_draft("acme industrie:2:thank_you", world, LATER_DRAFTS["acme industrie:2:thank_you"])
    world.once("2027-02-22T09:30")  # Hélio Énergies: D3, 14 days before the opening
    follow_ups = {f"{app}:1:follow_up" for app in
                  ("papeteries ravel", "cobalt conseil", "brightwave", "quantix")}
    assert set(world.drafts()) == {
        *follow_ups, "acme industrie:2:follow_up", "helio energies:1:future_opening",
    }
    for key in ("acme industrie:2:follow_up", "helio energies:1:future_opening"):
        check_draft(key, world, LATER_DRAFTS[key])
    world.once("2027-06-01T09:30")  # Nordlys: D4, six months after the skills refusal
    assert set(world.drafts()) == {
        *follow_ups, "acme industrie:2:follow_up", "helio energies:1:future_opening",
        "nordlys:1:reapply",
    }
    check_draft("nordlys:1:reapply", world, LATER_DRAFTS["nordlys:1:reapply"])


# -- 5b: the user reads the reply relance was not sure of ---------------------------------
def test_once_the_user_confirms_solveos_reply_as_a_wait_its_follow_up_comes_back(
    world: ExampleWorld,
) -> None:
    world.once()
    question = world.events()["solveo:1:confirm_reading"]
    assert question.summary == "Réponse de Solvéo à lire : refus, attente ou suite ?"
    assert "relance confirm solveo MOT --message" in question.description
    confirmed = world.run(FIRST_NOW, "confirm", "solveo", "attente")
    assert confirmed.code == 0, confirmed.err
    world.once()
    # C2 holding with its date: the follow-up the business day after 15/12, the call a
    # week later (B3); the question, answered, is removed (E3).
    starts = world.event_starts()
    assert "solveo:1:confirm_reading" not in starts
    assert starts["solveo:1:follow_up"] == paris(2026, 12, 16, 9)
    assert starts["solveo:1:call"] == paris(2026, 12, 23, 10)
    assert world.events()["solveo:1:call"].summary.startswith(
        "Appeler Thomas Girard (+33 1 99 00 12 34)")
    assert world.statuses()["solveo:1:confirm_reading"] == "cancelled"
    world.once(WEEK_LATER)
    check_draft("solveo:1:follow_up", world, SOLVEO_FOLLOW_UP)


# -- 6: the user acts in the Maildir between runs -------------------------------------------
def test_a_deleted_draft_is_never_written_again_and_is_dismissed(world: ExampleWorld) -> None:
    world.once()
    world.draft_files()["quantix:1:thank_you"].unlink()
    world.once()
    assert "quantix:1:thank_you" not in world.drafts()
    later = world.once(WEEK_LATER)  # its window closed meanwhile: relance looks at it again
    assert "quantix:1:thank_you" not in world.drafts()
    assert ("Quantix", "thank you", "event removed; draft deleted by you: dismissed (E4)") in {
        row[1:] for row in table_rows(later.out)
    }
    assert world.statuses()["quantix:1:thank_you"] == "dismissed"
    assert "quantix:1:thank_you" not in world.events()


def test_an_edited_draft_is_left_alone_when_its_step_is_moot_and_reported(
    world: ExampleWorld,
) -> None:
    world.once()
    path = world.draft_files()["cobalt conseil:1:thank_you"]
    edited = path.read_bytes().replace(b"Bonjour Sophie Marchal,", b"Bonjour Sophie,")
    path.write_bytes(edited)
    later = world.once(WEEK_LATER)  # the thank-you window closed on 09/12
    assert world.draft_bytes()["cobalt conseil:1:thank_you"] == edited
    assert "thank_you for cobalt conseil: its draft was left as you changed it (E3)" in " ".join(
        later.out.split()
    )
    assert "cobalt conseil:1:thank_you" not in world.events()
    assert set(world.drafts()) == {
        "cobalt conseil:1:thank_you", "papeteries ravel:1:follow_up", *FOLLOW_UPS_BY_WEEK_LATER
    }


def test_a_draft_moved_into_sent_counts_as_sent_and_is_not_drafted_again(
    world: ExampleWorld,
) -> None:
    world.once()
    draft = world.draft_files()["papeteries ravel:1:follow_up"]
    sent = world.maildir / ".Sent" / "cur" / draft.name.replace(":2,D", ":2,S")
    sent.parent.mkdir(parents=True, exist_ok=True)
    draft.rename(sent)
    assert read_message(sent)["X-Relance-Key"] == "papeteries ravel:1:follow_up"
    world.once()
    world.once(WEEK_LATER)
    assert world.statuses()["papeteries ravel:1:follow_up"] == "sent"
    assert "papeteries ravel:1:follow_up" not in world.drafts()  # no second follow-up
    # The call still comes 7 days after the follow-up was sent (B3); nothing after it (B4).
    assert world.event_starts()["papeteries ravel:1:call"] == paris(2026, 12, 16, 10)
    assert not any(k.startswith("papeteries ravel:2") for k in world.statuses())


# -- 7: status and explain -------------------------------------------------------------------
STAGES = {
    "Acme Industrie": "round 2", "Solvéo": "reply to read", "Brightwave": "waiting",
    "Ondine Assurances": "waiting", "Cobalt Conseil": "waiting", "Quantix": "waiting",
    "Papeteries Ravel": "waiting", "Galénis": "refused", "Hélio Énergies": "refused",
    "Nordlys": "refused", "Cimalp": "refused", "Transports Vasseur": "refused",
    "Kestrel Robotics": "offer", "Kerlann": "opted out",
}


def test_status_lists_the_fourteen_applications_with_their_stage(first_run: ExampleWorld) -> None:
    world = first_run
    status = world.run(FIRST_NOW, "status")
    assert status.code == 0
    rows = table_rows(status.out)
    assert len(rows) == 14 and {row[0] for row in rows} == STAGES.keys()
    for row in rows:
        assert STAGES[row[0]] in row[1], row


def test_explain_gives_readable_reasons_naming_the_rules(first_run: ExampleWorld) -> None:
    world = first_run
    explained = {}
    for name in ("acme", "Cimalp", "kestrel robotics", "Kerlann"):
        result = world.run(FIRST_NOW, "explain", name)
        assert result.code == 0, result.err
        explained[name] = " ".join(result.out.split())
    acme = explained["acme"]
    assert "Entretien – Acme Industrie" in acme and "positive_next_step" in acme
    for reason in (
        "debrief (round 2): written, due Fri 11 Dec 2026 15:00: A4:",
        "thank_you (round 2): planned, due Mon 14 Dec 2026 09:00: B1:",
        "follow_up (round 2): planned, due Fri 18 Dec 2026 09:00: B2:",
        "call (round 2): written, due Mon 28 Dec 2026 10:00: B3:",
        "thank_you (round 1): B4: your message \"Merci pour notre entretien\"",
        "follow_up (round 1): B5: the recruiter answered",
        "feedback_request (round 1): A5:",
    ):
        assert reason in acme, (reason, acme)
    assert "D5: categorical refusal" in explained["Cimalp"]
    assert "C2: offer received" in explained["kestrel robotics"]
    assert "F1: you opted out" in explained["Kerlann"]
