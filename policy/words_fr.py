"""The French catalogue of `policy.words`: message id (English) → French.

One entry per `Msg(...)` of the source (a test checks that every message id
has its entry with the same fields). French typography: a space before ":"
and ";"; quotes « … ».
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

FRENCH: Mapping[str, str] = MappingProxyType({
    # Pieces of reasons (policy.reason_text)
    "{day}": "{day}",
    "{moment}": "{moment}",
    'interview "{title}" of {when}': "entretien « {title} » du {when}",
    'message "{subject}" from {sender} of {day}': "message « {subject} » de {sender} du {day}",
    "(no subject)": "(sans objet)",
    # A4, B1-B3 (policy.rounds, policy.b_timing)
    "delay": "délai",
    "channel": "canal",
    "contact": "interlocuteur",
    "A4: right after the {where}, note what it lacks: {lines}":
        "A4 : juste après l'{where}, notez ce qui manque : {lines}",
    "B1: thank-you the business day after the {where}; never proposed after {day}":
        "B1 : remerciement le jour ouvré qui suit l'{where} ; jamais proposé après le {day}",
    "B2: follow-up {why}; {where}": "B2 : relance {why} ; {where}",
    "the business day after the announced answer date ({line})":
        "le jour ouvré qui suit la date de réponse annoncée ({line})",
    "the business day after the announced delay of {n} days ({line})":
        "le jour ouvré qui suit le délai annoncé de {n} jours ({line})",
    "{n} days after the interview ({line})": "{n} jours après l'entretien ({line})",
    "{n} days after the interview (no answer delay noted)":
        "{n} jours après l'entretien (aucun délai de réponse noté)",
    "B3: call ({phone}) {days} days after the follow-up of {moment} if the recruiter is "
    "still silent; {where}":
        "B3 : appel ({phone}) {days} jours après la relance du {moment} si le recruteur "
        "reste silencieux ; {where}",
    "find the number first": "trouvez d'abord le numéro",
    # C2 (policy.replies_effects)
    "C2: holding reply ({where}) announces an answer by {day}: follow-up the next business day":
        "C2 : la réponse d'attente ({where}) annonce une réponse d'ici le {day} : relance le "
        "jour ouvré suivant",
    "C2: holding reply ({where}) without a date: follow-up {n} days after it":
        "C2 : réponse d'attente ({where}) sans date : relance {n} jours après",
    # D1-D5 (policy.refusals)
    "D1: ask for feedback on the refusal ({where}); never proposed after {day}":
        "D1 : demander un retour sur le refus ({where}) ; jamais proposé après le {day}",
    'tag "{tag}"': "étiquette « {tag} »",
    "D2: you asked ({how}) to state the skill the refusal says is missing ({where}); "
    "no new interview is asked":
        "D2 : vous avez demandé ({how}) de montrer la compétence que le refus dit manquante "
        "({where}) ; sans demander de nouvel entretien",
    "D3: the refusal keeps the door open ({where}); reminder {why}":
        "D3 : le refus laisse la porte ouverte ({where}) ; rappel {why}",
    "other posts are open now: {n} business days":
        "d'autres postes sont ouverts maintenant : dans {n} jours ouvrés",
    "{lead} days before the opening of {day}, at least {least} days after the refusal":
        "{lead} jours avant l'ouverture du {day}, au moins {least} jours après le refus",
    "no date stated: {n} days after the refusal": "sans date annoncée : {n} jours après le refus",
    "D4: re-apply {n} months after the skills refusal ({where}), to the person met":
        "D4 : recandidater {n} mois après le refus pour compétences ({where}), auprès de la "
        "personne rencontrée",
    "D5: the refusal ({where}) may give a reason forbidden by law: no draft to the "
    "recruiter; the Défenseur des droits can be referred to (www.defenseurdesdroits.fr, 3928)":
        "D5 : le refus ({where}) semble donner un motif interdit par la loi : aucun brouillon "
        "au recruteur ; vous pouvez saisir le Défenseur des droits "
        "(www.defenseurdesdroits.fr, 3928)",
    # Late planning (policy.catch_up)
    "{reason}; due {rule_due}, planned late, so {due}":
        "{reason} ; prévu le {rule_due}, planifié en retard, donc le {due}",
})
