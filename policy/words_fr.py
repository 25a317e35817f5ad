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
    # C2, an unsure reading asked to the user (policy.reading_question)
    "C2: relance is not sure how to read the {message}: {label} at {confidence}%, below "
    "the {threshold}% threshold; B5: no follow-up until you say what it means: {command}":
        "C2 : relance n'est pas sûr de bien lire le {message} : {label} à {confidence} %, "
        "sous le seuil de {threshold} % ; B5 : aucune relance tant que vous n'avez pas dit "
        "ce qu'il veut dire : {command}",
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
    # What is not planned, and why (policy.rounds, refusals, reconcile, planner, application_plan)
    "A4: the {where} notes delay, channel and contact":
        "A4 : l'{where} note le délai, le canal et l'interlocuteur",
    "B4: {n} contact attempts already made or planned in round {round}: no more":
        "B4 : {n} prises de contact déjà faites ou prévues au tour {round} : pas davantage",
    "B4: your {message} counts as the thank-you": "B4 : votre {message} tient lieu de remerciement",
    "B4: your {message} counts as the follow-up": "B4 : votre {message} tient lieu de relance",
    "B5: the recruiter answered ({message})": "B5 : le recruteur a répondu ({message})",
    "A5: the {interview} started round {round}": "A5 : l'{interview} a ouvert le tour {round}",
    "A5: the {interview} starts round {round}": "A5 : l'{interview} ouvre le tour {round}",
    "A5: the {interview} starts round {round}: what was pending for round {pending} is "
    "cancelled":
        "A5 : l'{interview} ouvre le tour {round} : ce qui restait prévu au tour {pending} est "
        "annulé",
    "D: not a step for a {label} refusal ({where})":
        "D : pas une étape pour un refus {label} ({where})",
    "D5: the refusal may give a discriminatory reason ({where})":
        "D5 : le refus semble donner un motif discriminatoire ({where})",
    "D5: categorical refusal ({where}): never re-contact":
        "D5 : refus définitif ({where}) : ne jamais recontacter",
    "D5: {n} contact attempts since the refusal of {day} got no answer: never re-contact":
        "D5 : {n} prises de contact depuis le refus du {day} sans réponse : ne jamais recontacter",
    "E3: the step no longer applies (its interview was moved, cancelled or removed)":
        "E3 : l'étape ne s'applique plus (son entretien a été déplacé, annulé ou supprimé)",
    "E3: the window closed at the end of {day} and the draft was not sent":
        "E3 : le délai s'est fermé à la fin du {day} et le brouillon n'a pas été envoyé",
    "E3: no interview of this application is in the calendar any more "
    "(cancelled, declined or removed)":
        "E3 : plus aucun entretien de cette candidature dans l'agenda (annulé, refusé ou "
        "supprimé)",
    "F1: you opted out of follow-ups for {company} (Relance : non)":
        "F1 : vous avez désactivé le suivi pour {company} (Relance : non)",
    "C2: offer received ({where}): application closed":
        "C2 : offre reçue ({where}) : candidature close",
    # Late planning (policy.catch_up)
    "{reason}; due {rule_due}, planned late, so {due}":
        "{reason} ; prévu le {rule_due}, planifié en retard, donc le {due}",
})
