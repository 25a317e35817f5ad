"""RULES.md A1: counter-evidence, what shows an event with job words is no job interview.

Matched on folded text (`policy.text.fold`). Each pattern comes with the
words a person would use to say why the event is ruled out; `policy.
interview_judge` weighs them (in the title they rule the event out, in the
description they count against it).

- Public employment services: France Travail, Pôle emploi, APEC, Cap emploi,
  mission locale, Jobcentre: the adviser's meeting is about the job search,
  not with an employer.
- The user's own job: annual or professional review, one-to-one, a
  dismissal or disciplinary meeting ("entretien préalable (au
  licenciement)"), exit interview, end of a trial period.
- Maintenance and utility visits (boiler, gas or water meter, car…), school,
  medical appointments, workshops, webinars, podcasts, preparation and mock
  interviews, to-dos ("Envoyer candidature").
- The user on the other side of the table: "Conduct interview: candidate
  Paul Martin", "Interview candidate", "Entretien candidat", interviewer
  kits and scorecards. A "candidate" followed by the user's own name is the
  user, and does not count (see `user_is_interviewer`); nor does the word
  "Interviewer:" alone, since a candidate's invitation names its interviewer.
"""

from __future__ import annotations

import re

from policy.text import fold

ADVISER = re.compile(
    r"\b(?:france\s+travail|pole[- ]emploi|apec|cap\s+emploi|mission\s+locale|jobcentre"
    r"|job\s+centre|conseill(?:er|ere)\s+(?:emploi|france\s+travail|pole\s+emploi|apec|cap\s+emploi)"
    r"|work\s+coach|bilan\s+de\s+competences|outplacement|contrat\s+d'engagement\s+jeune)\b"
)
OWN_JOB = re.compile(
    r"\bentretiens?\s+(?:individuel\s+)?(?:annuel|professionnel|d'evaluation|d'activite"
    r"|de\s+(?:fin|mi)[- ]annee|de\s+performance|de\s+progres|de\s+carriere|bilan)"
    r"|\bentretien\s+prealable\b|\blicenciement\b|\brupture\s+conventionnelle\b"
    r"|\b(?:sanction|disciplinaire|recadrage|disciplinary|dismissal|grievance)\b"
    r"|\b(?:exit|stay)\s+interview\b|\binterview\s+(?:de\s+)?(?:exit|sortie)\b|\bentretien\s+de\s+(?:sortie|depart)\b"
    r"|\bfin\s+de\s+periode\s+d'essai\b|\bperiode\s+d'essai\b|\bprobation\s+review\b"
    r"|\b(?:annual|performance|mid-year|year-end|quarterly)\s+review\b|\bappraisal\b"
    r"|\bone[- ]on[- ]one\b|\b1\s?[:/o-]\s?1\b|\bentretien\s+(?:de\s+)?retour\b"
)
MAINTENANCE = re.compile(
    r"\b(?:chaudiere|compteurs?|linky|gazpar|ramonage|ramoneur|climatisation|clim|pompe\s+a\s+chaleur"
    r"|plombier|electricien|chauffagiste|serrurier|grdf|enedis|veolia|engie\s+home"
    r"|boiler|smart\s+meter|meter|plumber|electrician|vidange|controle\s+technique|garage"
    r"|pneus?|carrosserie|mot\s+test|car\s+service|fosse\s+septique|adoucisseur|ascenseur"
    r"|jardinier|jardinage|tonte|elagage|gas\s+safety)\b"
    r"|\bentretien\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+)?(?:voiture|vehicule|velo|moto|scooter"
    r"|jardin|haies?|pelouse|piscine|maison|locaux|toiture|spa|chauffage|poele|vmc|bateau)"
)
SCHOOL = re.compile(
    r"\b(?:ecole|college|lycee|creche|maternelle|maitresse|maitre|instit|institutrice"
    r"|professeurs?|prof|parents?[- ]prof(?:esseur)?s?|reunion\s+(?:de\s+)?parents"
    r"|conseil\s+de\s+classe"
    r"|periscolaire|cantine|parents'?\s+evening|parent[- ]teacher|school|nursery|teacher|pta"
    r"|headteacher|kindergarten)\b"
)
MEDICAL = re.compile(
    r"\b(?:medecin|medecine|docteur|dr|dentiste|kine|kinesitherapeute|osteo(?:pathe)?|ophtalmo(?:logue)?"
    r"|orthodontiste|orthophoniste|pediatre|gyneco(?:logue)?|dermato(?:logue)?|radiologie|irm|scanner"
    r"|echographie|prise\s+de\s+sang|laboratoire|analyses|hopital|clinique|pharmacie|vaccins?"
    r"|psy|psychologue|psychiatre|therapeute|sage[- ]femme|infirmiere?|visite\s+medicale|mutuelle"
    r"|gp|doctor|dentist|physio(?:therapy)?|hospital|clinic|therapy|therapist|check-?up|vet"
    r"|veterinaire|optician|opticien|vaccination|blood\s+test|nhs)\b"
)
NOT_A_MEETING = re.compile(
    r"\b(?:podcast|webinar|webinaire|atelier|workshop|masterclass|conference|salon|forum|job\s+fair"
    r"|careers?\s+fair|formation|training|cours|mock|simulation|simuler|preparation|preparer"
    r"|prepa|prep|practice|practise|revision|reviser|debrief|anniversaire|birthday|bday"
    r"|journaliste|journalist|presse|press|radio|television)\b"
)
TODO = re.compile(
    r"^\W*(?:envoyer|postuler|relancer|preparer|reviser|repondre|candidater|mettre\s+a\s+jour"
    r"|send|apply|follow\s+up|update|todo|to\s+do|a\s+faire|rappel\s*:|reminder\s*:)\b"
)
_CANDIDATE = (
    r"(?:conduct(?:ing)?|run(?:ning)?|lead(?:ing)?|faire\s+passer|mener)\s+(?:an?\s+|the\s+|l'|un\s+)?"
    r"(?:interviews?|entretiens?)"
    r"|\binterview(?:ing)?\s+(?:an?\s+|the\s+)?(?:candidates?|applicants?)"
    r"|\b(?:scheduled|asked|invited)\s+to\s+interview\b|\byou(?:'ll|\s+will)\s+(?:be\s+)?interview"
    r"|\bcandidate\s+(?:interview|screen(?:ing)?|debrief|review)"
    r"|\bentretiens?\s+(?:d'un\s+|du\s+|de\s+|des\s+|avec\s+(?:le\s+|la\s+|un\s+|une\s+|les\s+)?)?"
    r"(?:candidat(?:e|s|es)?|stagiaires?|alternant(?:e|s|es)?)\b"
    r"|\b(?:interviewer\s+(?:training|guide|notes)|interview\s+kit|kit\s+d'entretien|scorecard"
    r"|grille\s+d'evaluation"
    r"|cv\s+du\s+candidat|profil\s+du\s+candidat|candidate'?s?\s+(?:cv|resume|profile)"
    r"|interview\s+panel|jury\s+de\s+recrutement|debrief\s+candidat)\b"
)
CANDIDATE_SIDE = re.compile(_CANDIDATE)
_NAMED_CANDIDATE = re.compile(
    r"\b(?:candidate|candidat|candidate)\b\s*[:\-–]?\s*(?P<name>[a-z][\w' -]{2,40})"
)

FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a meeting with a public employment adviser (France Travail, APEC…)", ADVISER),
    ("about the user's own job (review, dismissal, one-to-one…)", OWN_JOB),
    ("a maintenance or utility visit", MAINTENANCE),
    ("a school matter", SCHOOL),
    ("a medical appointment", MEDICAL),
    ("not a meeting with an employer (workshop, preparation, podcast, birthday…)", NOT_A_MEETING),
    ("a to-do, not a meeting", TODO),
)
# In a description, only what cannot be a passing mention counts against (the
# interviewer's words are always checked, see `counter_evidence`).
DESCRIPTION_FAMILIES = FAMILIES[:2]
INTERVIEWER = "the user is the interviewer, not the candidate"


def counter_evidence(
    folded: str, user_name: str, families: tuple[tuple[str, re.Pattern[str]], ...] = FAMILIES
) -> list[tuple[str, str]]:
    """`user_name`: the user's name, or the local part of an address ("camille.martin")."""
    """(why, the words found) for each family found in a folded text."""
    found = []
    for why, pattern in families:
        match = pattern.search(folded)
        if match is not None:
            found.append((why, match.group(0).strip()))
    interviewer = user_is_interviewer(folded, user_name)
    if interviewer:
        found.append((INTERVIEWER, interviewer))
    return found


def user_is_interviewer(folded: str, user_name: str) -> str | None:
    """The words that show the user interviews someone: "Conduct interview: candidate
    Paul Martin", "Entretien candidat", a scorecard. A candidate who is the user is not."""
    named = _NAMED_CANDIDATE.search(folded)
    mine = set(re.findall(r"[\w']+", fold(user_name)))
    # The user's whole name: "candidate Paul Martin" is not Camille Martin.
    if named is not None and mine and mine <= set(re.findall(r"[\w']+", named["name"])):
        return None
    side = CANDIDATE_SIDE.search(folded)
    if side is not None:
        return side.group(0).strip()
    return named.group(0).strip() if named is not None else None
