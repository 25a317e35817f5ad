"""D2, D4: the skill, experience or language level a refusal says is missing."""

from __future__ import annotations

import re

_HEAD = (
    r"(?:experience|competences?|connaissances?|maitrise(?: avancee)?|pratique|niveau|expertise|"
    r"skills?|knowledge|background|proficiency|level|fluency|command|certification|licen[cs]e)"
)
_LINK = r"(?:\s+(?:significative|solide|suffisante|avancee|deeper|hands-on|production))?" \
        r"\s+(?:en|dans|de|du|d'|sur|with|in|of|on)\s*"
_OBJECT = r"((?:l'|la |le |les )?[^.,;:!?\n]{2,60}?)"
_STOP = (r"(?=\s+(?:que|qui|etai\w*|est|sont|n'|ne|pour|ce qui|was|is|were|that|which|for|"
         r"and|so|did|does|to|we|nous|il|elle)\b|[.,;:!?\n]|$)")
# "Nous avons pris connaissance de votre dossier" names no skill.
_SKILL = re.compile(r"(?<![\w-])(?<!pris )(?<!prendre )(" + _HEAD + _LINK + _OBJECT + ")"
                    + _STOP)
_LANGUAGE_LEVEL = re.compile(r"(?<![\w-])(niveau d'\w+|level of \w+)")


def missing_skill(original: str, folded: str, start: int, end: int) -> str | None:
    """The skill phrase found between `start` and `end` (the refusal's sentences)."""
    for pattern in (_LANGUAGE_LEVEL, _SKILL):
        found = pattern.search(folded, start, end)
        if found is not None:
            return " ".join(original[found.start(1):found.end(1)].split())
    return None
