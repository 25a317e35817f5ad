"""What the learned reader sees of a message: words read clause by clause.

The same function feeds training (tests/corpus/train_reader.py) and reading,
so the model can never see features at run time that it was not trained on.

A message is cut into clauses (sentence ends, semicolons, colons, commas and
"mais"/"but"/"however"); each clause is read on its own:

- a word under a negation in its clause ("ne … pas", "n'", "aucun", "not",
  "n't", "unable", "no longer") is seen as `¬word`: "pas en mesure de donner
  une suite favorable" and "not in a position to move forward" carry
  `¬favorable`, `¬forward`, never the good-news words themselves;
- a word in a clause that opens with a condition ("si", "sans réponse",
  "if", "unless", "should") is seen as `?word`: "if we don't hear… consider
  your application unsuccessful" and "si votre profil correspond, nous vous
  contacterons" read as conditions, not as decisions;
- word pairs inside the clause, the first six letters of the longer words
  (`~retenu`, `~¬donner`) and character 4-grams of the plain words of four
  letters or more, which carry a word's family across inflections and
  spelling ("retenu", "retenue", "retenir");
- the subject's words, marked `s:`, a length bucket (a one-word status
  change reads differently from a letter), `flag:d5` when the D5 lexicon
  finds a ground the law forbids (a refusal for who the person is) and
  `flag:skill` when a skill, experience or level is named ("experience with
  Kubernetes", "niveau d'anglais"), `flag:final` when the door is said closed
  for good ("décision définitive", "do not reapply"), `flag:door` for a
  door kept open (CV kept, a later post), `flag:away` for an absence notice
  and `flag:bulk` for mail sent to a list (unsubscribe).

Features are binary, scaled to unit length (a long letter does not weigh more
than a short note), with a floor so that a note of a few words, which says
little, cannot read as surely as a page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from policy.replies.discrimination import forbidden_reasons
from policy.replies.opening import opens_now
from policy.replies.skills import missing_skill
from policy.replies.text import fold

_SENTENCE = re.compile(r"[.!?;\n]+|\s[-•*]\s")
_CLAUSE = re.compile(r"[:(),]+|(?=\b(?:mais|but|however|cependant|toutefois|neanmoins|"
                     r"although|though|whereas|unfortunately|malheureusement)\b)")
_WORD = re.compile(r"[a-z0-9€]+(?:'[a-z]+)?")
_ELISION = re.compile(r"^(?:l|d|j|qu|s|c|m|t|jusqu|lorsqu|puisqu)'")
_NEGATION_CUES = frozenset(
    ["ne", "pas", "aucun", "aucune", "jamais", "ni", "sans", "not", "no", "never", "cannot",
     "unable", "nor", "none", "nothing", "neither", "unsuccessful", "impossible"]
)
_NOT_YET = frozenset({"encore", "yet"})
_NEGATION_PAIRS = frozenset({("no", "longer"), ("plus", "de")})
_CONDITION_OPENERS = frozenset(["si", "if", "unless", "should", "sans", "faute", "tant"])
_CHAR_SIZES = (4,)
_SHORTEST = 6
_STEM = 6
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|tr|fw|fwd|aw|ref)\s*:\s*)+", re.IGNORECASE)
_FEWEST = 150
_FLAG = 0.5
_LETTERS = 0.4
_FLAGS = (
    # Words that close a door for good (categorical, D5), whatever the courtesy around them.
    ("flag:final", re.compile(
        r"\b(?:definitive|definitivement|irrevocable|sans appel|is final|are final|"
        r"(?:not|never) (?:be )?reconsider\w*|(?:do not|don't|never) (?:re-?)?apply|"
        r"(?:ne|n') ?(?:\w+ )?(?:pas|plus|jamais) (?:re)?postuler|inutile de (?:nous )?"
        r"(?:recontacter|relancer|reecrire|(?:re)?postuler)|ne reviendr\w+ pas|remise? en cause|"
        r"revenir sur (?:cette|notre|ma) decision|(?:cannot|can't|not) be (?:appealed|revisited|"
        r"reversed|changed)|no appeal|(?:any|no) (?:further|future|other) applications? from you|"
        r"(?:ne|n') ?(?:\w+ )?(?:pas|plus|jamais) (?:\w+ )?reconsider\w*|ne plus nous (?:contacter|"
        r"solliciter|ecrire)|(?:stop|cease) (?:contacting|emailing|writing to) us)\b")),
    # A level said to be wrong for the post, too high or too low.
    ("flag:skill", re.compile(
        r"\b(?:surqualifi\w*|sur-qualifi\w*|trop (?:qualifie\w*|senior|junior|experimente\w*)|"
        r"over-?qualified|too (?:senior|junior|experienced)|(?:pas|not) (?:assez|enough) "
        r"(?:d'experience|experience|experienced|qualifi\w*)|(?:score|note|resultat) (?:\w+ )?"
        r"(?:inferieur|insuffisant|below|under))")),
    # An absence notice, said by a person's mailbox rather than by the person.
    ("flag:away", re.compile(
        r"\b(?:out of (?:the )?office|absente? du bureau|reponse automatique|automatic reply|"
        r"auto-?reply|message automatique|(?:suis|serai) (?:actuellement )?(?:en conges?|"
        r"absente?)|(?:i am|i'm) (?:currently )?(?:on (?:\w+ )?leave|away|out)|"
        r"(?:a|des) mon retour|when i (?:return|am back|get back))\b")),
    # A door kept open: the CV kept, a later or another post (D3).
    ("flag:door", re.compile(
        r"\b(?:future (?:openings?|opportunit\w+|roles?|positions?|vacanc\w+|recruitment)|"
        r"keep (?:your (?:cv|resume|details|profile|application)|you in mind)|on file|"
        r"talent (?:pool|community|network)|re-?apply|conserv\w+ (?:votre|ton|vos) (?:cv|"
        r"candidature|profil|dossier|coordonnees)|gard\w+ (?:votre|ton|vos) (?:cv|candidature|"
        r"profil|dossier|coordonnees)|vivier|(?:opportunites?|offres?|postes?) (?:futur\w*|a "
        r"venir)|futur\w* (?:opportunites?|offres?|postes?|recrutements?)|prochaine?s? (?:offres?|"
        r"postes?|opportunites?|recrutements?|campagnes?)|other (?:roles|positions|openings|"
        r"vacancies)|d'autres (?:postes|offres|opportunites)|recrut\w+ (?:de nouveau|a nouveau)|"
        r"(?:recruit|hire|hiring|recruiting) again|next (?:year|season|intake|cohort|round of "
        r"hiring)|(?:l'an|l'annee|la saison|la session) prochaine|when (?:a|another|the next) "
        r"(?:role|position|vacancy|opening))\b")),
    # Mail sent to a list: an unsubscribe link or a preferences page.
    ("flag:bulk", re.compile(
        r"\b(?:unsubscribe|se desinscrire|desinscri\w+|desabonne\w*|newsletter|"
        r"email preferences|preferences (?:de|d')(?:communication|e-?mail))\b")),
)
_LENGTHS = ((3, "tiny"), (12, "short"), (40, "medium"), (120, "long"))


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the text (folding keeps them)
    end: int
    names: frozenset[str]  # the sentence's features
    words: int


def clauses(sentence: str) -> list[list[str]]:
    """The words of each clause of one sentence as the clause means them (module docstring)."""
    found: list[list[str]] = []
    condition = False
    for part in _CLAUSE.split(sentence):
        words = _words(part)
        if not words:
            continue
        # The clause after a condition ("if we don't hear…, consider…") is its consequence.
        opens = words[0] in _CONDITION_OPENERS or (len(words) > 1 and words[1] in ("si", "if"))
        found.append(_marked(words, condition or opens))
        condition = opens
    return found


def sentences(text: str) -> list[Sentence]:
    """Each sentence of the text with its features (word, word pair and letter n-grams)."""
    folded = fold(text)
    found: list[Sentence] = []
    start = 0
    for end_mark in [*_SENTENCE.finditer(folded), None]:
        end = end_mark.start() if end_mark else len(folded)
        names: set[str] = set()
        words = 0
        for marked in clauses(folded[start:end]):
            words += len(marked)
            names.update(marked)
            names.update(f"{a} {b}" for a, b in pairwise(marked))
            for word in marked:
                padded = f" {word.lstrip('?¬')} "
                if len(padded) < _SHORTEST:
                    continue  # a short word's letters are the word itself
                if len(padded) > _STEM + 2:
                    # The word's first letters, as the clause means it: "¬donner" for "ne
                    # donnerons pas", "retenu" for "retenue(s)".
                    names.add("~" + word[: len(word) - len(padded) + _STEM + 2])
                for size in _CHAR_SIZES:
                    names.update(f"#{padded[i:i + size]}" for i in range(len(padded) - size + 1))
        if names:
            found.append(Sentence(start, end, frozenset(names), words))
        start = end_mark.end() if end_mark else len(folded)
    return found


def _words(part: str) -> list[str]:
    """Folded words, elided articles dropped, `n'` and `n't` kept as negations."""
    words: list[str] = []
    for word in _WORD.findall(part):
        if word.startswith("n'"):
            words.extend(("ne", word[2:]))
        elif word.endswith("n't"):
            words.extend((word[:-3] or "n", "not"))
        else:
            words.append(_ELISION.sub("", word))
    return words


def _marked(words: list[str], conditional: bool) -> list[str]:
    """Each word plain, under a negation (¬) or under a condition (?)."""
    marked: list[str] = []
    negated = False
    for index, word in enumerate(words):
        if negated and word in _NOT_YET:
            # "pas encore de décision", "no decision yet": pending, not a negated outcome.
            negated = False
            marked.append("⏳")
            continue
        if word in _NEGATION_CUES or (index and (words[index - 1], word) in _NEGATION_PAIRS):
            negated = True
            marked.append(word)
            continue
        marked.append(("?" if conditional else "") + ("¬" if negated else "") + word)
    return marked


def rule_flags(text: str, folded: str, forbidden: bool) -> tuple[str, ...]:
    """What the certain rules found, as features: a D5 ground, a named skill or level."""
    flags = ["flag:d5"] if forbidden else []
    if missing_skill(text, folded, 0, len(text)) is not None:
        flags.append("flag:skill")
    flags.extend(name for name, pattern in _FLAGS if pattern.search(folded)
                 and name not in flags)
    if "flag:door" not in flags and opens_now(folded):
        flags.append("flag:door")
    return tuple(flags)


def message_features(subject: str, text: str) -> dict[str, float]:
    """The features the reader is trained on: as `classify` computes them."""
    folded = fold(text)
    flags = rule_flags(text, folded, bool(forbidden_reasons(text, folded)))
    return features(subject, text, sentences(text), flags)


def features(subject: str, text: str, parts: list[Sentence], flags: Iterable[str] = ()
             ) -> dict[str, float]:
    """The message's features and their values (unit length): its sentences' features, the
    subject's words, a length bucket and the rules' `flags` (a D5 ground stated)."""
    seen: set[str] = set()
    count = 0
    for sentence in parts:
        seen |= sentence.names
        count += sentence.words
    for marked in clauses(fold(_REPLY_PREFIX.sub("", subject))):
        seen.update(f"s:{word}" for word in marked)
    seen.add("len:" + next((name for limit, name in _LENGTHS if count <= limit), "letter"))
    if _REPLY_PREFIX.match(subject):
        seen.add("s:reply")
    # A short note's few features each weigh as much as a letter's hundreds would: the
    # floor keeps a two-word message from reading as sure as a page.
    scale = 1.0 / math.sqrt(max(len(seen), _FEWEST))
    # Letter n-grams only back the words up: at full weight "décision" would decide "pas encore
    # de décision" as it decides "notre décision est définitive".
    values = {name: scale * _LETTERS if name[0] == "#" else scale for name in seen}
    # A rule's finding weighs the same in a note and in a long letter full of courtesy.
    values.update(dict.fromkeys(flags, _FLAG))
    return values
