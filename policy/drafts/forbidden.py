"""Phrases a draft must never hold (RULES.md B2, D2), in French and English.

B2: the seed says a follow-up must not say the candidate is waiting for an
answer, nor argue that another company made a better offer: both annoy the
recruiter. The check runs on every draft template, built-in or user, of every
draft kind and in both languages (a French template may quote English).

Decision on stock closings: "I look forward to hearing from you" and "in the
hope of hearing from you" are polite formulas, but they say exactly what the
seed warns against ("I am waiting for your answer"), and their French twin
"dans l'attente de votre retour" is the example everyone gives of what not to
write. They are refused too; the built-in texts close on availability
("je reste disponible" / "I remain available") instead. "I look forward to
meeting you" is not about an answer and stays allowed. Asking where the
process stands ("où en est le processus ?") is what the B3 call is for and is
not refused either: the rule is about complaining of the wait, not asking.

Competing offers: "une autre offre", "another offer", "another company",
"d'autres entreprises", "a position elsewhere"… are refused; "d'autres
offres" alone is not ("I saw other offers open at your company" is what D3
invites).

Only the template text is checked: the values put into it are the user's own
notes and names, shown in the draft the user reviews before sending.

D2: a skills clarification states and proves the skill, and does not ask for
a new interview ("on ne sollicite pas de nouvel entretien"); those phrases are
refused in that kind only (a future-opening draft proposes a meeting).

Matching ignores accents, case, apostrophe style and spacing; what is
reported is the phrase as the template wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from policy.model import StepKind


@dataclass(frozen=True)
class Rule:
    name: str  # RULES.md reference and why, as shown to the user
    patterns: tuple[re.Pattern[str], ...]


def _compile(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?<![a-z0-9]){p}(?![a-z0-9])") for p in patterns)


WAITING = Rule(
    "RULES.md B2: never say you are waiting for an answer",
    _compile(
        r"(j')?(attends?|attendre|attendant) (toujours |encore |avec impatience )?"
        r"(votre|une|vos|de vos|ta|la) ?"
        r"(reponse|retour|nouvelles|decision)s?",
        r"(dans|en) l'attente (de|d')",
        r"(reste|suis|restant|etant|demeure) (toujours |encore )?(dans l'attente|en attente)",
        r"en attente (de|d')(une |votre )?(reponse|retour|nouvelles|decision)",
        r"sans (aucune )?(nouvelles|reponse|retour) de votre part",
        r"(toujours|encore) sans (nouvelles|reponse|retour)",
        r"n'ai (toujours |encore |pas encore |toujours pas |pas )?(eu|recu) (de|d'|aucune?) ?"
        r"(nouvelles|reponse|retour)",
        r"impatient(e|\(e\))?s? (de|d') (recevoir|connaitre|avoir|lire)",
        r"(esperant|j'espere|espere) (avoir|recevoir|obtenir) (une |votre |de vos )?"
        r"(reponse|retour|nouvelles)",
        r"(wait|waiting) to hear",
        r"(await|awaiting|waiting for|wait for) (your|an|a|any) "
        r"(answer|reply|response|decision|feedback|news)",
        r"look(ing)? forward to (hearing|your (answer|reply|response|decision|feedback)"
        r"|an? (answer|reply|response))",
        r"(hope|hoping) to hear (back|from you)",
        r"(am|'m|are|'re) (still )?waiting",
        r"j'attends (toujours|encore|impatiemment|avec impatience)",
        r"(haven't|have not|still not|not yet|still haven't) (heard|received)"
        r"( back| from you| any| an| a| your)",
        r"still (no|without( any)?) (news|answer|reply|response|word)",
        r"no (news|answer|reply|response|word) (yet |so far )?from you",
    ),
)

COMPETING_OFFER = Rule(
    "RULES.md B2: never mention an offer from another company",
    _compile(
        r"(une|1) autre (offre|proposition)",
        r"(offre|proposition)s? (concurrente|d'une autre|d'un autre|ailleurs)",
        r"(meilleure|autre) (offre|proposition)",
        r"autres? (entreprise|societe|employeur|recruteur|cabinet|boite)s? "
        r"(m'a|m'ont|me propose|me proposent)",
        r"(une|un) autre (entreprise|societe|employeur|recruteur|boite)",
        r"(j'ai|on m'a) (recu|fait|propose) une (offre|proposition)",
        r"(another|competing|rival|better|counter)[ -]?(job )?offers?",
        r"offers? (from|elsewhere|at) (another|other|a different)",
        r"(another|other|a different) (company|companies|employer|firm|recruiter)",
        r"(received|have|got|accepted) (an|a|another) (job )?offer",
        r"(offered|offer for|offer of) (a|another) (job|position|role|post)",
        r"(position|job|role|offer|opportunity|post)s? elsewhere",
        r"(d'autres|plusieurs) (entreprises|societes|recruteurs|employeurs|cabinets)",
        r"(poste|offre|proposition|opportunite)s? ailleurs",
        r"promesse d'embauche",
    ),
)

NEW_INTERVIEW = Rule(
    "RULES.md D2: a skills clarification does not ask for a new interview",
    _compile(
        r"(nouvel|nouveau|second|deuxieme|autre) (entretien|rendez-vous|rdv|echange)",
        r"nouvelle (rencontre|entrevue)",
        r"(?<!-)(vous|nous|me|te|se) revoir",  # "pourriez-vous revoir" asks to reconsider
        r"de vive voix",
        r"(occasion|opportunite) (de|d') (vous rencontrer|en discuter|en parler|echanger)",
        r"(recevoir|rencontrer|reparler|echanger) (a|de) nouveau",
        r"reprendre (un )?(rendez-vous|contact)",
        r"(new|another|second|further|follow-up) (interview|meeting|call)",
        r"re-?interview",
        r"(meet|see|talk|speak)( with)?( you)? again",
        r"(opportunity|chance) to (meet|discuss|talk|speak)",
        r"(discuss|talk about) (this|it) (further|in person)",
        r"(meet|meeting|discuss|talk|speak|see you) in person",
    ),
)


def rules_for(kind: StepKind) -> tuple[Rule, ...]:
    if kind is StepKind.SKILLS_CLARIFICATION:
        return (WAITING, COMPETING_OFFER, NEW_INTERVIEW)
    return (WAITING, COMPETING_OFFER)


def _normalised(text: str) -> tuple[str, list[int]]:
    """Lower-case ASCII-ish text, and for each of its characters the index
    of the original character it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in "’‘`´ʼ":
            char = "'"
        elif char.isspace():
            char = " "
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        ).casefold()
        if folded == " " and out and out[-1] == " ":
            continue  # spacing never matters
        out.extend(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def find_forbidden(text: str, kind: StepKind) -> tuple[str, str] | None:
    """The first forbidden phrase in `text`, as written, with its rule; None if clean."""
    flat, origin = _normalised(text)
    found: list[tuple[int, str, str]] = []
    for rule in rules_for(kind):
        for pattern in rule.patterns:
            match = pattern.search(flat)
            if match:
                start, end = origin[match.start()], origin[match.end() - 1] + 1
                found.append((start, " ".join(text[start:end].split()), rule.name))
    if not found:
        return None
    _, phrase, rule_name = min(found)
    return phrase, rule_name
