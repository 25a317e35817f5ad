"""French or English: which words of each language the text uses most."""

from __future__ import annotations

import re

from policy.model import Language
from policy.replies.text import fold

_FRENCH_WORDS = (
    "le la les des un une et est sont nous vous votre vos pour pas avec dans sur que qui "
    "ne au aux du de ce cette mais tres bien merci bonjour candidature poste entretien avons "
    "sommes serons suite je tu te ton ta mon notre nos plus"
)
_ENGLISH_WORDS = (
    "the a an and is are we you your for not with in on that who to of this but very well "
    "thanks thank hi hello dear application role interview have has be will would our i "
    "it as at by from"
)
_FRENCH = frozenset(_FRENCH_WORDS.split())
_ENGLISH = frozenset(_ENGLISH_WORDS.split())
# Words too common to explain anything (kept out of the reasons shown to the user).
STOPWORDS = (_FRENCH | _ENGLISH) - {"merci", "bonjour", "candidature", "poste", "entretien",
                                     "thanks", "thank", "application", "role", "interview"}
_WORD = re.compile(r"[a-z']+")


def detect_language(text: str) -> Language:
    """fr or en, from common words; a tie reads as French (the default user locale)."""
    french = english = 0
    for word in _WORD.findall(fold(text)):
        word = word.split("'")[-1] if "'" in word else word
        french += word in _FRENCH
        english += word in _ENGLISH
    return "en" if english > french else "fr"
