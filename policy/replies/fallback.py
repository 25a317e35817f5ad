"""Word evidence, for a message no phrase decides (naive Bayes on the corpus).

The phrase tables decide most messages and say which words did. When none
applies ("on se cale un call avec Marc jeudi ?"), the label whose messages
in the project's corpus use the same words most is the best guess left. The
word counts are generated from tests/corpus/replies.jsonl by
tests/corpus/train_fallback.py into fallback_counts.py; the reason names the
words that weighed most.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import pairwise

from policy.model import Label
from policy.replies.fallback_counts import COUNTS, DOCUMENTS, LABELS
from policy.replies.language import STOPWORDS
from policy.replies.text import fold

_WORD = re.compile(r"[a-z0-9€']+")
_SMOOTHING = 0.5
_SHOWN = 3


def tokens(subject: str, text: str) -> set[str]:
    """Folded words (elision dropped) and word pairs of the subject and text."""
    words = [w.split("'")[-1] for w in _WORD.findall(fold(f"{subject} {text}"))]
    words = [w for w in words if len(w) > 1]
    return set(words) | {f"{a}_{b}" for a, b in pairwise(words)}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, ...]]:
    table: dict[str, tuple[int, ...]] = {}
    for line in COUNTS.split():
        token, _, numbers = line.partition(":")
        table[token] = tuple(int(n) for n in numbers.split(","))
    return table


def guess(subject: str, text: str, allowed: tuple[Label, ...]) -> tuple[Label, tuple[str, ...]]:
    """The allowed label the words speak for most, and the words that weighed most."""
    table = _table()
    known = [t for t in tokens(subject, text) if t in table]
    total = sum(DOCUMENTS)
    best: tuple[float, Label] | None = None
    for index, name in enumerate(LABELS):
        label = Label(name)
        if label not in allowed:
            continue
        docs = DOCUMENTS[index]
        score = math.log(docs / total) + sum(
            math.log((table[t][index] + _SMOOTHING) / (docs + 1)) for t in known
        )
        if best is None or score > best[0]:
            best = (score, label)
    if best is None:
        return Label.OTHER, ()
    label = best[1]
    index = LABELS.index(label.value)
    meaningful = [t for t in known if not set(t.split("_")) <= STOPWORDS]
    telling = sorted(meaningful, key=lambda t: -_lift(table[t], index))[:_SHOWN]
    return label, tuple(t.replace("_", " ") for t in telling)


def _lift(counts: tuple[int, ...], index: int) -> float:
    """How much more often the label's messages use the word than the others'."""
    mine = (counts[index] + _SMOOTHING) / (DOCUMENTS[index] + 1)
    rest = (sum(counts) - counts[index] + _SMOOTHING) / (sum(DOCUMENTS) - DOCUMENTS[index] + 1)
    return mine / rest
