"""RULES.md A1: the words that make an event an interview.

Matched on folded text (`policy.text.fold`: lower case, no accents), as whole
words only: "interviewer training", "entretenir", "interviewed" do not match.

A word is ignored when its neighbours show the event is about an interview
without being one, or is not about a job at all. This list is short on
purpose: "Préparation entretien ACME", "Mock interview", "Debrief entretien",
"Interview podcast recording", "Podcast interview", "Entretien annuel",
"Entretien professionnel" (the employer's review), "Entretien chaudière" or
"Entretien de la voiture" (maintenance), "user interviews", "customer
interview", "entretiens utilisateurs" (research, not hiring), "exit
interview". Anything else with the word counts; `policy.interview_judge`
then weighs it with the rest of the event.
"""

from __future__ import annotations

import re

_WORDS = (
    r"entretiens?|entrevues?"
    r"|(?:rdv|rendez[- ]vous)\s+(?:de\s+)?recrutement"
    r"|visio(?:[- ]?conference)?\s+(?:de\s+)?recrutement"
    r"|interviews?|phone[- ]screens?|phone[- ]screening|screening[- ]calls?|hiring[- ]calls?"
)
_WORD = re.compile(rf"\b(?:{_WORDS})\b")

_NOT_BEFORE = re.compile(
    r"\b(?:preparation|preparer|prepa|prep|practice|practise|mock|simulation|simuler|debrief"
    r"|podcast|webinar|webinaire|formation|user|users|customer|customers|client|clients"
    r"|utilisateurs?|usagers?|exit|stay|press|presse|media|radio|tv|research|discovery)\b"
    r"(?:[\s']|\b(?:de|du|des|d|l|a|for|the|an|my|mon|son|pour)\b)*$"
)
_NOT_AFTER = re.compile(
    r"^\s*(?:(?:de|du|des|d')\s*(?:la\s+|l')?)?"
    r"(?:annuel|annuelle|d'evaluation|professionnel|podcast|prep|preparation|practice|training"
    r"|voiture|vehicule|auto|moto|chaudiere|jardin|maison|menage|piscine|climatisation"
    r"|velo|chaussures|cuir|locaux|utilisateurs?|usagers?|clients?|de\s+sortie)\b"
)


def find_interview_word(folded: str) -> re.Match[str] | None:
    """The first interview word of a folded text that is not explained away, or None."""
    for match in _WORD.finditer(folded):
        # Only the close neighbours matter; bounded slices keep long descriptions cheap.
        before = folded[max(0, match.start() - 40) : match.start()]
        after = folded[match.end() : match.end() + 40]
        if _NOT_BEFORE.search(before) or _NOT_AFTER.match(after):
            continue
        return match
    return None
