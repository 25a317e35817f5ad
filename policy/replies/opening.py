"""D3: a refusal that says other posts are open now ("d'autres postes sont ouverts").

A flag on a future-opening refusal, not a label: the learned reader says that
the door is open; these phrases only say whether it is open today (a reminder
then is due at once rather than on a stated date).
"""

from __future__ import annotations

from policy.replies.text import Cue, any_cue, cues

OPENING_NOW: tuple[Cue, ...] = cues("open now", 3, [
    r"(?:d'autres|autres) (?:postes|offres|opportunites) (?:\w+ ){0,2}(?:ouverte?s?|en cours|"
    r"disponibles)", r"(?:d'autres|autres) offres en cours", r"recrute (?:en ce moment|"
    r"actuellement)", r"qui recrute", r"recrutons actuellement", r"annonce est en ligne",
    r"(?:site|page|espace) (?:carrieres?|entreprise)",
    r"postuler (?:a|sur) (?:nos|d'autres)", r"jeter un (?:oeil|œil|coup d'oeil)",
    r"(?:vous |te )?mets en (?:copie|relation)", r"transm\w+ (?:votre|ton) cv",
    r"(?:other|several other|several|open) (?:roles|positions|openings|jobs|vacancies) "
    r"(?:open|available)", r"roles open right now", r"open (?:roles|positions)", r"open now",
    r"careers? (?:page|site)", r"currently (?:hiring|recruiting|open)",
    r"(?:check|explore) (?:out )?(?:our )?(?:open|other) (?:open )?(?:roles|positions|openings)",
    # Another post open now, proposed in the same breath: "une offre vient d'ouvrir", "we'd love
    # to consider you for our X opening, which is live".
    r"(?:vient|viennent) (?:d'ouvrir|de s'ouvrir|d'etre (?:publiee?|ouverte?)|de paraitre)",
    r"just (?:opened|gone live|been posted)", r"(?<!when\sit\s)(?:is|are) (?:now )?live",
    r"consider you for (?:our|another|an?|other|the) (?!future)\w+",
    r"(?:vous|te) (?:positionner|proposer) sur (?:un|une|d'autres|notre|nos)",
    r"(?:etudie|etudier|examiner|considerer) (?:\w+ )?candidature (?:sur|pour) (?:celle-ci|"
    r"cette offre|ce poste|un autre|une autre)",
])


_ANY = any_cue(OPENING_NOW)


def opens_now(folded: str) -> bool:
    return _ANY.search(folded) is not None
