"""RULES.md D5: a refusal that states a reason the law forbids.

Deliberately conservative: only a statement about the candidate's own age,
origin, nationality, sex, pregnancy, family, health or disability, religion,
opinions, union activity, residence, name or appearance counts. A company's
diversity or equal-opportunity statement ("sans distinction d'âge",
"regardless of age") never does.
"""

from __future__ import annotations

from policy.replies.text import Cue, Hit, any_cue, cues, find_hits

_ABOUT = r"(?:votre|vos|ton|ta|tes|your)"
FORBIDDEN: tuple[Cue, ...] = cues("forbidden reason", 3, [
    r"plus jeunes?", r"trop (?:agee?s?|vieux|vieille|jeunes?)", r"(?:en raison|a cause|du fait)"
    r" de (?:votre|ton) (?:age|nom|prenom|origine|sexe|adresse)", _ABOUT + r" age",
    _ABOUT + r" (?:nationalite|nationality|origines?|origin|ethnicity|race|couleur de peau)",
    r"(?:etes|es|etiez|etre) enceinte", r"(?:you are|you're|you were) pregnant",
    _ABOUT + r" (?:grossesse|pregnancy|conge maternite|maternity leave)",
    _ABOUT + r" (?:lieu de residence|quartier|commune de residence|postcode|neighbou?rhood)",
    r"where you live", r"(?:venant|habitant|originaire|issue?s?) (?:de |d'|du |des |le |la )?"
    r"(?:banlieue|cites?|quartiers?)",
    r"habit\w+ (?:le|dans le|en|a) (?:quartier|banlieue)",
    _ABOUT + r" (?:handicap|disability|etat de sante|health condition|"
    r"maladie|illness)", _ABOUT + r" (?:religion|confession|foi|faith|voile|headscarf|hijab)",
    r"port du voile", _ABOUT + r" (?:situation (?:familiale|de famille)|family situation|"
    r"marital status|enfants|children|kids)", r"(?:etes|es|are) (?:mere|pere|a mother|"
    r"a father) (?:de|of)", _ABOUT + r" (?:apparence|physique|poids|appearance|looks|weight)",
    _ABOUT + r" (?:sexe|genre|gender|orientation sexuelle|sexual orientation)",
    r"(?:un homme|une femme|a man|a woman) pour (?:ce|le) poste", r"(?:a man|a woman) for "
    r"(?:this|the) (?:role|job|position)", _ABOUT + r" (?:opinions? politiques?|political "
    r"views|engagement syndical|activite syndicale|appartenance syndicale|union membership|"
    r"union activit\w+)", _ABOUT + r" (?:nom de famille|patronyme|surname|last name)",
    r"(?:male|female) (?:candidate|applicant)", r"(?:candidate?|profil) (?:masculin|feminin)",
    r"apparence physique", r"mere celibataire", r"sans enfants?", _ABOUT + r" accent",
    r"physical appearance", r"someone younger", r"too old",
    r"(?:younger|older) (?:candidate|person|profile|team)",
    # Each ground said plainly, in any grammatical form: pregnancy and maternity,
    # disability, sex, origin and colour, religion, a name's sound, age limits.
    r"(?:vous|tu|elle) (?:\w+ ){0,2}enceinte", r"(?:votre|ta|sa|une) grossesse",
    r"pregnan(?:t|cy)", r"(?:situation|etat) de maternite",
    r"(?:travailleu\w+|personne|salariee?|candidate?|etes|est) handicapee?s?",
    r"(?:votre|ton|son|un|d'un|le) handicap", r"rqth", r"disabled", r"wheelchair",
    r"(?:women|girls|woman|femmes?) (?:do not|don't|cannot|can't|are not|aren't|ne |n')",
    r"(?:hire|hiring|recruter|embaucher|recrutons|embauchons|prendre) (?:de |des |une |un |any )?"
    r"(?:women|woman|femmes?|girls?|men|hommes?)\b",
    r"(?:(?:un|une|des|les|aux) |d')(?:noire?s?|arabes?|maghrebine?s?|africaine?s?|"
    r"etrangere?s?|roms?|gitane?s?)\b",
    r"black (?:people|person|candidates?|applicants?|man|woman|men|women)",
    r"(?:coloured|colored|foreigners?|immigrants?|aryens?|aryan|racial|race blanche)",
    r"(?:musulmane?s?|muslims?|islam\w*|juive?s?|jewish|atheists?|athees?|religious beliefs?)",
    r"(?:vos|your|ses|his|her) (?:croyances|beliefs)", r"consonance",
    r"(?:name|nom) (?:sounds?|sonne)", r"(?:limite|limit) d'age", r"age limit",
    r"(?:over|under) the age of", r"(?:\d\d|cinquante|soixante|fifty|sixty) (?:ans|years old)",
])
# Inclusion statements name the same grounds; nothing within reach of one counts.
_POLICY = cues("policy", 0, [
    r"sans distinction", r"quel(?:le)?s? que soi(?:en)?t", r"regardless", r"irrespective",
    r"equal opportunit\w*", r"diversit\w*", r"non-?discrimination", r"without regard",
    r"inclusi\w*", r"tous les talents", r"all backgrounds",
])
_REACH = 120


# One pass to tell the many messages that name no ground from the few that do.
_ANY = any_cue(FORBIDDEN)


def forbidden_reasons(original: str, folded: str) -> tuple[Hit, ...]:
    """The explicit forbidden reasons the text gives, outside inclusion statements."""
    if _ANY.search(folded) is None:
        return ()
    guards = [hit.end for hit in find_hits(original, folded, _POLICY)]
    return tuple(
        hit for hit in find_hits(original, folded, FORBIDDEN)
        if not any(abs(hit.start - guard) <= _REACH for guard in guards)
    )
