"""RULES.md A1: the words that speak for a job interview, beyond the interview word itself.

All patterns match folded text (`policy.text.fold`: lower case, no accents).
Each family has its own weight in `policy.interview_judge`:

- `JOB_INTERVIEW`: phrases that say a job interview outright ("entretien
  d'embauche", "job interview").
- `ROUND`: the words of assessment rounds (technical test, case study,
  assessment centre, final round, onsite, take-home, hiring manager…).
- `RECRUITER`: a recruiter, a recruitment firm or agency ("cabinet Hays",
  "call with recruiter", "chasseur de têtes"); `RECRUITMENT` the activity.
- `MEETING` with `JOB`: a meeting word next to a job word ("Échange … poste
  PM", "Call about the Data role").
- `AGENCY_DOMAINS`, `HIRING_TOOLS`, `VIDEO`: context read from addresses and
  links.
"""

from __future__ import annotations

import re

from policy.text import word_set

JOB_INTERVIEW = re.compile(
    r"\b(?:entretiens?|entrevues?|rdv|rendez[- ]vous)\s+(?:d'embauche|de recrutement|d'emploi)\b"
    r"|\bjob\s+interviews?\b|\b(?:hiring|recruitment|recruiting)\s+(?:interview|call|process)\b"
    r"|\bvisio\s+(?:de\s+)?recrutement\b"
)

_ORDINAL = (
    r"(?:1st|2nd|3rd|\d(?:th|e|eme|er|re)|first|second|third|fourth|final|last|next"
    r"|premier|deuxieme|second|troisieme|dernier|final)"
)
ROUND = re.compile(
    r"\btechnical\s+(?:assessment|test|interview|screen(?:ing)?|round|exercise|call|chat)\b"
    r"|\btech\s+(?:screen|interview|test)\b"
    r"|\btests?\s+(?:technique|en ligne|de personnalite|psychotechnique|d'aptitude|de niveau)s?\b"
    r"|\bentretien\s+technique\b"
    r"|\bcoding\s+(?:interview|challenge|test|exercise|assessment)\b|\blive[- ]coding\b"
    r"|\bcase\s+(?:study|interview|presentation)\b|\betudes?\s+de\s+cas\b|\bcas\s+pratique\b"
    r"|\bmise\s+en\s+situation\b|\bassessment\s+(?:centre|center|day)\b"
    r"|\b(?:online|skills?|psychometric|cognitive|technical)\s+(?:assessment|test)\b"
    rf"|\b{_ORDINAL}\s+(?:round|stage\s+interview|interview)\b|\bfinal\s+(?:round|stage|interview)s?\b"
    r"|\btour\s+(?:final|suivant)\b|\bdernier\s+tour\b|\b\d(?:e|eme|er)\s+tour\b"
    r"|\bon-?site(?:\s+(?:interview|loop|visit))?\b|\btake[- ]home\b"
    r"|\bsystem\s+design\s+(?:interview|round)?\b|\bhiring\s+manager\b|\bculture\s+(?:fit|add)\b"
    r"|\bbehaviou?ral\s+(?:interview|round)\b|\bpanel\s+interview\b|\binterview\s+loop\b"
    r"|\bmeet\s+(?:the|with the)\s+team\b|\brencontre\s+(?:avec\s+)?(?:l'|les\s+)?equipes?\b"
    r"|\bjournee\s+d'immersion\b|\bjob\s+shadowing\b"
    r"|\bpair[- ]programming\s+(?:interview|exercise)\b"
)

AGENCIES = (
    r"hays|michael\s+page|page\s+personnel|page\s+executive|page\s+group|robert\s+half"
    r"|robert\s+walters|walters\s+people|adecco|randstad|manpower|expectra|harnham|hudson"
    r"|fed\s+(?:finance|legal|it|supply|business)|spring\s+france|kelly\s+services|synergie"
    r"|start\s+people|proman|aston\s+carter|lincoln\s+associates|approach\s+people|altaide"
    r"|korn\s+ferry|spencer\s+stuart|egon\s+zehnder|heidrick|russell\s+reynolds|hunteed|side\.co"
    r"|reed|morgan\s+mckinley|hydrogen|client\s+server|oho\s+group|talent\.io|hired\.com"
)
RECRUITER = re.compile(
    r"\b(?:recruiter|recruteur|recruteuse|recrutrice|chargee?\s+de\s+recrutement"
    r"|talent\s+(?:acquisition|partner|sourcer|scout)|sourcer|headhunter|head\s+hunter"
    r"|chasseur\s+de\s+tetes?|chasseuse\s+de\s+tetes?|cabinet(?:\s+de\s+recrutement)?"
    r"|agence\s+(?:d'interim|d'emploi|de\s+recrutement)|interim|recruitment\s+(?:firm|agency|consultant)"
    r")\b"
    rf"|\b(?:{AGENCIES})\b"
)
# The activity rather than a person: weaker, since a manager at work recruits too.
RECRUITMENT = re.compile(r"\b(?:recrutement|recruitment|recruiting|hiring)\b")

MEETING = re.compile(
    r"\b(?:echange|echanger|appel|call|visio|videoconference|video|rdv|rendez[- ]vous|rencontre"
    r"|chat|discussion|meeting|meet|point|telephone|phone|teams|zoom|conversation|catch[- ]up"
    r"|intro|premier\s+contact|prise\s+de\s+contact)\b"
)
JOB = re.compile(
    # Not "La Poste", a "poste de travail" (workstation) nor an "appel d'offres" (tender).
    r"(?<!la )(?<!de )\bpostes?\b(?!\s+(?:de\s+travail|informatique|de\s+police|de\s+secours))"
    r"|(?<!d')\boffres?\b"
    r"|\b(?:candidature|position|role|job|opportunite|opportunity|vacancy"
    r"|cdi|cdd|stage|alternance|embauche|hiring|emploi|mission\s+freelance|contract\s+role)\b"
)
# Job titles: "Product Manager", "Data Engineer", "Développeur", "Cheffe de projet".
JOB_TITLE = re.compile(
    r"\b(?:product|project|program|data|software|backend|back-end|frontend|front-end|fullstack"
    r"|full-stack|devops|cloud|qa|ux|ui|sales|account|marketing|growth|bi|supply\s+chain|it)"
    r"\s+(?:manager|owner|engineer|analyst|scientist|designer|developer|lead|architect"
    r"|executive|director|planner|specialist|consultant)s?\b"
    r"|\b(?:developpeu(?:r|se)|ingenieure?|cheffe?\s+de\s+projet|product\s+owner|data\s+analyste?"
    r"|head\s+of\s+\w+|lead\s+dev|tech\s+lead|responsable\s+(?:\w+\s+)?(?:supply|logistique|produit"
    r"|marketing|commercial|flux|achats|rh|projet)|charge(?:e)?\s+de\s+\w+|stagiaire|alternant(?:e)?)\b"
)
# An HR meeting: with a company's HR team, a step of recruiting (at the user's own job
# it is among colleagues, which counts against).
HR = re.compile(r"\b(?:rh|hr|ressources\s+humaines|human\s+resources|people\s+team|talents?)\b")

# What a description says of a post or an application.
POST_IN_TEXT = re.compile(
    r"(?<!la )\bposte\s+(?:de|d'|du)(?!\s+travail)|\bpour\s+le\s+poste\b"
    r"|\bvotre\s+candidature\b|\bfiche\s+de\s+poste\b"
    r"|\boffre\s+d'emploi\b|\bprocessus\s+de\s+recrutement\b|\bentretien\s+d'embauche\b"
    r"|\byour\s+application\b|\bfor\s+the\s+[\w\s-]{1,40}?\b(?:role|position)\b|\bposition\s*:"
    r"|\bposte\s*:|\bjob\s+description\b|\binterview\s+process\b|\bhiring\s+process\b"
    r"|\brecruitment\s+process\b|\bjob\s+offer\b|\bthe\s+role\b|\bthe\s+position\b"
)

# Domains of recruitment firms and hiring tools (the registrable label, before its suffix).
AGENCY_DOMAINS = word_set(
    "hays michaelpage pagepersonnel pageexecutive pagegroup roberthalf robertwalters "
    "walterspeople adecco randstad manpower expectra harnham hudson fed spring kellyservices "
    "synergie startpeople proman astoncarter kornferry spencerstuart egonzehnder heidrick "
    "russellreynolds hunteed side reed morganmckinley hydrogengroup talent hired"
)
HIRING_TOOLS = re.compile(
    r"\b(?:greenhouse\.io|greenhouse-mail\.io|lever\.co|myworkday(?:jobs)?\.com|workday\.com"
    r"|teamtailor(?:-mail)?\.com|welcometothejungle\.com|welcomekit\.co|smartrecruiters\.com"
    r"|ashbyhq\.com|recruitee\.com|jobvite\.com|icims\.com|taleo\.net|successfactors\.(?:com|eu)"
    r"|hirevue\.com|modernhire\.com|goodtime\.io|coderpad\.io|codility\.com|hackerrank\.com"
    r"|codesignal\.com|testgorilla\.com|flatchr\.io|digitalrecruiters\.com|jobaffinity\.fr"
    r"|personio\.(?:de|com)|breezy\.hr|beetween\.com|werecruit\.io)\b"
)
SCHEDULING = re.compile(r"\b(?:calendly\.com|cal\.com|youcanbook\.me|doodle\.com)\b")
VIDEO = re.compile(
    r"\b(?:zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com"
    r"|whereby\.com|gotomeeting\.com|bluejeans\.com|skype\.com|jitsi|around\.co)\b"
)
