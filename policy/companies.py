"""RULES.md A2, A5: which company an interview is with, and its grouping key.

`company_key` is the key of an application (A5): the name folded (lower
case, accents removed), punctuation turned into spaces, trailing legal forms
dropped (SAS, SA, SARL, Inc, Ltd, GmbH …), spaces collapsed: "ACME S.A.S."
and "Acme" share the key "acme".

Addresses: a domain is *personal* when it is webmail (the settings' list,
their subdomains, and any outlook.*, hotmail.*, yahoo.*, live.*, gmx.*
domain), an applicant-tracking system, a calendar resource, or the user's own
domain. Only the other, *company* domains say who the recruiter works for.
"""

from __future__ import annotations

import re

from policy.interview_words import find_interview_word
from policy.settings import Settings
from policy.text import fold, fold_with_map, original_span, word_set

_LEGAL_FORMS = word_set(
    "sas sasu sa sarl eurl sci snc scop gie inc incorporated ltd limited llc llp plc corp "
    "corporation co gmbh ag kg bv nv spa srl sl ab as oy"
)
_WEBMAIL_FAMILIES = frozenset({"outlook", "hotmail", "yahoo", "live", "gmx"})
_SERVICE_DOMAINS = ("calendar.google.com", "resource.calendar.google.com")
# Two-label public suffixes, so that "acme.co.uk" names ACME and not "co".
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gouv", "ac", "gov", "asso", "nom"})


def company_key(name: str) -> str:
    words = re.sub(r"[^\w]+", " ", fold(name).replace(".", "")).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def registrable_domain(domain: str) -> str:
    """The part of a domain its owner registered: "rh.acme.fr" → "acme.fr"."""
    labels = domain.lower().strip(".").split(".")
    size = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-size:])


def domain_of(email: str) -> str:
    return email.rsplit("@", 1)[1].lower() if "@" in email else ""


def _within(domain: str, parent: str) -> bool:
    return domain == parent or domain.endswith("." + parent)


def is_webmail(domain: str, settings: Settings) -> bool:
    if any(_within(domain, webmail) for webmail in settings.webmail_domains):
        return True
    return registrable_domain(domain).split(".")[0] in _WEBMAIL_FAMILIES


def company_domain(email: str, settings: Settings) -> str | None:
    """The registrable company domain of an address, or None when it is personal."""
    domain = domain_of(email)
    if not domain or "." not in domain or is_webmail(domain, settings):
        return None
    excluded = (*settings.ats_domains, *_SERVICE_DOMAINS)
    if any(_within(domain, other) for other in excluded):
        return None
    own = {registrable_domain(domain_of(mine)) for mine in settings.user_emails}
    registrable = registrable_domain(domain)
    return None if registrable in own else registrable


def company_from_domain(domain: str) -> str:
    """A display name for a company domain: "acme-group.fr" → "Acme-group"."""
    label = registrable_domain(domain).split(".")[0]
    return label[:1].upper() + label[1:]


# Words that qualify the interview itself, never a company name.
_QUALIFIERS = (
    r"rh|hr|technique|technical|tech|telephonique|tel|visio|video|final|finale|manager"
    r"|de recrutement|d'embauche|individuel|collectif|onsite|on-site|remote|en ligne|online"
    r"|premier|1er|1re|deuxieme|second|2nd|troisieme|third|3rd|first|\d+(?:e|eme|th|st|nd|rd)?"
    r"|tour|round|n°\s*\d+|#\d+|zoom|teams|google meet|meet|skype|webex|en visio|presentiel"
    r"|en presentiel|distanciel|en distanciel|sur site|par telephone|telephone|physique"
)
_LINKS = r"avec|with|chez|at|pour|for|aupres de"
_END = r"(?=[\s\-:|/,.()\[\]]|$)"  # a whole word: "AT&T" does not start with "at"
_LEAD = re.compile(rf"(?:\s+|\b(?:{_QUALIFIERS}|{_LINKS}){_END}|[-:|/@,.(\[)\]])*")
_TAIL = re.compile(rf"(?:\s|\b(?:{_QUALIFIERS}){_END}|[-:|/@,.(\[)\]])*$")
# Between the parts of a title: "Entretien ACME - Data Analyst", "Interview: ACME x Camille".
_PARTS = re.compile(r"\s[-|/:]\s|\s(?:x|<>)\s")
_CUT = re.compile(
    r"\s?[(\[]|\s(?:a|at|le|on|du|from) \d|\s\d{1,2}\s?h(?:\d{2})?\b|\s\d{1,2}:\d{2}\b"
    r"|\s(?:pour|for|via|en visio|par telephone|by phone|on zoom|sur teams|on teams|sur zoom)\b"
)
_FROM = re.compile(r"\s(?:from|de chez|chez)\s")
_NOT_NAMES = word_set(
    "rh hr recrutement recruitment visio teams zoom meet telephone phone call candidat "
    "candidate le la un une mon my the an a moi me"
)
# Words of job titles: a part of the title made of them names the job, not the company.
_JOB_WORDS = word_set(
    "developpeur developpeuse developer dev engineer ingenieur ingenieure analyst analyste "
    "data scientist chef cheffe product designer stage stagiaire internship intern alternance "
    "alternant alternante cdi cdd freelance consultant consultante commercial commerciale "
    "responsable assistant assistante comptable charge chargee technicien technicienne "
    "architect architecte lead senior junior directeur directrice director head officer "
    "backend frontend fullstack devops sre qa ux ui marketing sales juriste poste position "
    "role job python java javascript"
)


def company_in_title(title: str, domains: list[str]) -> str | None:
    """The words of `title` that spell one of the company `domains`, as written there.

    "Entretien Développeur Python - Back Market" with a recruiter at
    backmarket.com gives "Back Market": the domain settles which part of a
    title is the company when the title names a job too.
    """
    folded, where = fold_with_map(title)
    for domain in domains:
        letters = [char for char in registrable_domain(domain).split(".")[0] if char.isalnum()]
        if len(letters) < 2:
            continue
        spelled = r"[\s.&'-]?".join(re.escape(char) for char in letters)
        match = re.search(rf"\b{spelled}\b", folded)
        if match:
            return original_span(title, where, match.start(), match.end())
    return None


def company_from_title(
    title: str, tag: str, avoid: frozenset[str] = frozenset()
) -> str | None:
    """"Entretien – ACME", "Interview with ACME", "ACME interview", "Entretien ACME (2e tour)".

    The parts after the interview word are tried in turn, then the part before
    it; a part is skipped when it reads as a job title ("Entretien Data
    Analyst - ACME") or is in `avoid`, the folded names of the event's people
    and its `Poste` line ("Entretien avec Jeanne Dupont" names a person).
    """
    folded, where = fold_with_map(title)
    if tag:
        folded = folded.replace(fold(tag), " " * len(fold(tag)))
    word = find_interview_word(folded)
    if word is None:
        return None
    for start, end in (*_after(folded, word.end()), _before(folded, word.start())):
        name = _trim(original_span(title, where, start, end))
        if name and _plausible(name, avoid):
            return name
    return None


def _after(folded: str, position: int) -> list[tuple[int, int]]:
    lead = _LEAD.match(folded, position)
    start = lead.end() if lead else position
    bounds = [(m.start(), m.end()) for m in _PARTS.finditer(folded, start)]
    starts = [start, *(end for _, end in bounds)]
    ends = [*(begin for begin, _ in bounds), len(folded)]
    spans = []
    for part_start, part_end in zip(starts, ends, strict=True):
        cut = _CUT.search(folded, part_start, part_end)
        part_end = cut.start() if cut else part_end
        person_then_company = _FROM.search(folded, part_start, part_end)
        if person_then_company:
            part_start = person_then_company.end()
        lead = _LEAD.match(folded, part_start, part_end)
        spans.append((lead.end() if lead else part_start, part_end))
    return spans


def _before(folded: str, position: int) -> tuple[int, int]:
    head = folded[:position]
    tail = _TAIL.search(head)
    end = tail.start() if tail else position
    lead = _LEAD.match(head, 0, end)
    return (lead.end() if lead else 0), end


def _trim(name: str) -> str:
    """Without the punctuation and symbols around it: "(ACME)" and "ACME 🚀" give "ACME"."""
    start, end = 0, len(name)
    while start < end and not name[start].isalnum():
        start += 1
    while end > start and not name[end - 1].isalnum():
        end -= 1
    return name[start:end]


def _plausible(name: str, avoid: frozenset[str]) -> bool:
    folded = fold(name)
    words = re.findall(r"[a-z0-9]+", folded)
    if folded in _NOT_NAMES or folded in avoid or not any(ch.isalpha() for ch in folded):
        return False
    jobs = sum(word in _JOB_WORDS for word in words)
    if words and (words[0] in _JOB_WORDS or 2 * jobs >= len(words)):
        return False
    return len(words) <= 6
