"""How recruiters say no, French and English, folded (no accents, lower case).

Weight 3 decides on its own ("nous ne donnerons pas suite"), 2 is a strong
hint, 1 only counts with others ("malheureusement"). Spaces match any
whitespace; phrases are whole words. The refusal table also holds good-news
words under a negation ("won't be able to offer you the role", "pas en
mesure de vous proposer un entretien"): the classifier drops any good-news
phrase that a refusal phrase covers.
"""

from __future__ import annotations

from policy.replies.text import Cue, cues

_NE = r"(?:ne |n')"
_NOT_YET = r"(?:(?!encore|toujours)\w+ )"

REJECTION: tuple[Cue, ...] = cues("refusal", 3, [
    # French: "ne … pas donner suite", "n'a pas été retenue", "ne pouvons pas vous proposer"
    _NE + r"(?:\w+ ){0,3}?(?:donner|donnerons|donnons|donne|donnera|donnerai) (?:\w+ ){0,2}?"
    r"(?:de |une )?suite",
    _NE + r"(?:\w+ ){0,2}?(?:pas|plus) (?:\w+ ){0,2}?(?:donner|pouvoir donner) (?:de |une )?suite",
    r"pas (?:de |une )?suite (?:favorable|positive)", r"suite (?:defavorable|negative)",
    r"sans suite", r"non retenue?s?",
    _NE + r"(?:\w+ ){0,2}?(?:pas|plus) " + _NOT_YET + r"?(?:ete |etre )?(?:retenue?s?|"
    r"selectionnee?s?|choisie?s?)",
    _NE + r"(?:\w+ ){0,2}?(?:retenons|retiendrons|poursuivrons|poursuivons|continuerons|irons) "
    r"(?:\w+ )?(?:pas|plus)", _NE + r"(?:\w+ )?(?:pouvons|pourrons|pouvez|sommes) (?:\w+ )?"
    r"(?:retenir|donner suite|poursuivre|aller plus loin|en mesure de (?:vous |te )?(?:retenir|"
    r"donner suite|proposer|offrir))", r"pas (?:ete )?(?:retenue?s?|selectionnee?s?)(?! de date)",
    _NE + r"(?:\w+ ){0,3}?(?:pas|plus) (?:en mesure de |pouvoir |possible de )?(?:vous |te )?"
    r"(?:proposer|offrir|inviter|convier|recevoir|rencontrer|revoir|retenir)(?: \w+){0,4}",
    _NE + r"(?:\w+ )?(?:vous|te) sera pas propose",
    r"ne (?:pas|plus) (?:retenir|poursuivre|donner suite|aller plus loin|continuer)",
    r"pas aller plus loin", r"arret\w* (?:la |le |ici |donc )*(?:processus|candidature|"
    r"recrutement)", r"mettre (?:un terme|fin) (?:a|au) (?:votre|ce|notre) (?:candidature|"
    r"processus)", r"autre direction",
    r"(?:un|une|l') ?autre (?:candidat|candidate|candidature|profil|consultant|personne)",
    r"(?:un|une|d'un) (?:candidat|candidate|profil) (?:plus|mieux|interne|davantage)",
    r"profil interne", r"choix ne s'est (?:\w+ )?pas porte", r"poste a ete gele",
    r"ne recrutons plus", r"(?:choix|decision) s'est porte", r"quelqu'un d'autre",
    r"(?:avons|a|ont) (?:finalement )?(?:retenu|choisi|prefere|privilegie|selectionne|embauche|"
    r"recrute|opte pour) (?:un|une|d'autres?|l'autre) (?:autre )?(?:candidat|candidate|profil|"
    r"personne|consultant)\w*", r"(?:decide|choisi) de (?:prendre|recruter|retenir|embaucher) "
    r"(?:un|une|quelqu'un)", r"(?:choisi|decide|prefere) de (?:poursuivre|continuer|avancer) "
    r"avec (?:un|une|d')", r"poursuivre avec (?:un|une) (?:autre )?(?:candidat|candidate|profil)",
    r"correspond(?:ant|e|ait)? (?:davantage|mieux|plus)", r"pas (?:de |d')?(?:meilleure|bonne) "
    r"nouvelle",
    r"(?:poste|position) (?:a (?:finalement )?ete |est |sera )?(?:pourvue?|attribuee?)",
    r"pourvu le poste", r"finalise (?:le|ce) recrutement avec", r"recrutement est (?:clos|"
    r"termine|ferme)", r"au regret de", r"regret de vous", r"desolee?s? de vous (?:annoncer|"
    r"informer|dire)", r"reponse (?:est |reste )?negative", r"(?:avis|decision|reponse) "
    r"defavorable", r"pas pour cette fois", r"ce ne sera pas pour", r"c'est non",
    r"la reponse est non", r"decide de ne pas", r"pas de poste a vous proposer",
    r"pas en mesure de (?:vous )?proposer", r"(?:ne correspond|ne correspondez) pas",
    r"pas (?:le bon|le profil|en adequation|adapte)", r"n'est (?:plus ouvert|pas retenue?)",
    r"votre candidature n'est pas", r"(?:la |le )?(?:personne|candidate?) retenue? a accepte",
    r"(?:devons|dois) decliner", r"declin\w+ votre",
    # The post, or all the places, taken: "tous nos stages sont pourvus", "we've filled all places".
    r"(?:postes?|places?|stages?|offres?|positions?|vacancies|roles?|spots?) (?:\w+ )?(?:sont|est|"
    r"ont ete|a ete|are|have been|has been|were|was) (?:\w+ )?(?:pourvue?s?|filled|complets?)",
    r"filled (?:all|every) (?:\w+ ){0,2}(?:places|positions|roles|spots|vacancies|seats)",
    r"ne se fera pas avec (?:vous|toi)", r"n'irons pas plus loin",
    # English
    r"(?:not|won't|will not|can't|cannot|don't|didn't|unable to) (?:be )?(?:moving|move|going|"
    r"go|progressing|progress|proceeding|proceed|continuing|continue) (?:forward|ahead|further)",
    r"(?:did not|didn't|does not|doesn't) meet (?:the|our)",
    # Good news under a negation, with its object: "not be inviting you to the next round".
    r"(?:not|won't|can't|cannot|never|unable to) (?:be )?(?:able to )?(?:offer|invit|extend|"
    r"schedul|mov|progress|advanc|select|shortlist|proceed)\w*(?: (?!but\b|however\b)[\w']+){0,6}",
    r"(?:proceed|go|move forward|continue|moving forward|moving ahead) with (?:a|another|the "
    r"other|other|a different|someone) ?(?:candidate|applicant|profile|person)?s?",
    r"decided (?:not|against) (?:to )?\w+", r"(?:won't|will not|not|no longer) be (?:moving|"
    r"progressing|proceeding|taking|offering|continuing|pursuing|considering your)",
    r"(?:won't|will not|not|no longer) (?:be )?(?:progress|proceed|pursue|offer|continu|"
    r"tak|consider)\w* (?:with )?(?:your|you|the|this)", r"not to (?:proceed|progress|pursue|"
    r"continue)", r"not proceeding", r"(?:have|had) to decline", r"(?:decline|declined) your",
    r"regret to (?:inform|let you know|say|tell)", r"regret that", r"(?:i'm|i am|we're|we are) "
    r"afraid (?:that )?(?:we|this|it|the|you)",
    r"(?:someone|somebody) else", r"(?:pursue|go with|went with|gone with|hire|hired|"
    r"offer the (?:position|role|job) to|made an offer to|offered the (?:position|role|job) to) "
    r"(?:other|another|a different|someone|a candidate|an internal)",
    r"(?:position|role|vacancy|job) (?:has|have)? ?(?:now )?(?:been|is|was) (?:filled|closed)",
    r"filled (?:this|the) (?:position|role)", r"position filled", r"(?:not|n't) been "
    r"(?:selected|shortlisted|successful)", r"not (?:selected|shortlisted|successful)",
    r"unsuccessful", r"(?:unable|not able|not in a position) to (?:offer|progress|move|proceed)",
    r"(?:cannot|can't|won't be able to|will not be able to) (?:offer|extend|progress|move|"
    r"take)(?: \w+){0,4}", r"(?:it's|it is) a no", r"(?:the answer is|sorry,?) no\b",
    r"not this time", r"not (?:for )?this (?:role|position|one)\b",
    r"didn't work out", r"not (?:a|the right|a good|the best) (?:fit|match)",
    r"(?:going to |we'll |we will )?pass for now", r"(?:has been|have been|is) declined",
    r"not (?:offering|offer) you", r"(?:can't|cannot|won't|will not) put you forward",
    r"offer the role to another", r"won't be offering",
    r"closer to what we need", r"more closely (?:matches|match|aligned)", r"no longer "
    r"(?:under consideration|being considered|considering)", r"close your application",
])

# Strong but not alone: "d'autres candidats" is also said while still interviewing.
REJECTION_MEDIUM: tuple[Cue, ...] = cues("refusal", 2, [
    r"d'autres (?:candidats|candidates|candidatures|profils)", r"(?:other|stronger|internal) "
    r"(?:candidates|applicants)",
    # "waiting on a reference for another candidate" is no refusal.
    r"(?:another|an internal|a stronger|a different) (?:candidate|applicant)",
    r"(?:faire|fait|pris) (?:un )?autre choix",
])

REJECTION_HINTS: tuple[Cue, ...] = cues("refusal hint", 1, [
    r"malheureusement", r"desolee?s?", r"bonne continuation", r"bonne chance", r"pleine reussite",
    r"reussite dans vos", r"voeux de reussite", r"unfortunately", r"sorry", r"best of luck",
    r"good luck", r"wish you (?:the best|every success|well|success|luck)", r"future endeavou?rs",
    r"all the best (?:in|with) your", r"regrettons", r"regret",
])

CATEGORICAL: tuple[Cue, ...] = cues("final", 3, [
    r"decision (?:est |reste |sera )?(?:definitive|ferme|irrevocable|prise et ne changera)",
    r"(?:position|reponse|decision) (?:est|reste) (?:definitive|ferme)", r"elle est ferme",
    r"(?:pas|non) negociable",
    r"ne (?:\w+ )?(?:reviendrons|reviendrai|revenons) pas (?:sur|dessus)",
    r"(?:pas en mesure de|ne pouvons pas|ne pourrons pas) revenir sur",
    r"inutile de (?:nous |me )?(?:recontacter|relancer|repostuler|insister|reecrire)",
    r"ne (?:plus|pas) (?:nous |me )?(?:recontacter|contacter|relancer|ecrire|insister|"
    r"solliciter|repostuler)", r"cesser vos (?:relances|messages)", r"ne (?:sera|pourra) pas "
    r"(?:etre )?reexamine\w*", r"pas de reexamen", r"ne changera pas", r"aucun recours",
    r"ne repondrons plus", r"ne (?:la|le) motiverons pas",
    r"(?:aucune|de) (?:nouvelle|autre|future)s? candidatures? de votre part",
    r"a aucune (?:nouvelle|autre|future) candidature", r"ne souhaitons pas donner suite a de",
    r"ni maintenant ni plus tard", r"ne conserverons pas", r"cloturons (?:definitivement )?votre "
    r"dossier", r"ne le sera pas pour d'autres postes",
    r"(?:decision|it) is (?:final|definitive|irrevocable|not negotiable)", r"decision stands",
    r"definitive decision", r"(?:will not|won't|not) (?:be )?(?:reconsider|revisit|chang)\w*",
    r"no possibility of reconsideration", r"not (?:open|subject) to (?:appeal|review)",
    r"(?:do not|don't|not) (?:contact|reach out to|email|write to) us",
    r"(?:don't|do not) reach out again", r"stop (?:emailing|contacting|writing)",
    r"refrain from (?:applying|contacting)", r"(?:do not|don't|not to) (?:re-?apply|apply "
    r"(?:\w+ ){0,3}again)", r"(?:won't|will not) be considering further applications",
    r"(?:will not|won't|not) (?:be )?retain(?:ing)? your", r"no further correspondence",
    r"(?:won't|will not) enter into (?:any )?further correspondence",
    r"(?:won't|will not) (?:be )?respond(?:ing)? to (?:any )?further",
    r"(?:further messages|further emails) will not be answered", r"nothing (?:more|further) "
    r"to discuss", r"matter (?:is )?(?:now )?closed", r"not discuss (?:it|this) further",
    r"now or in the future", r"pour la derniere fois", r"ni pour (?:ce poste|celui-ci) ni pour",
    r"cesser de nous (?:ecrire|contacter|relancer)", r"(?:this|or) any other role",
    r"aucune suite a vos (?:relances|messages)",
    r"aucune reponse ne sera (?:apportee|donnee)", r"(?:not going to|won't|will not) change",
    r"(?:last|final) message on", r"(?:no|nor) (?:appeals?|feedback or "
    r"appeals?)",
    # Finality said in other words: an outcome, an answer or a jury that won't move.
    r"sans appel", r"(?:elle|celle-ci) est definitive", r"ne sera pas (?:re)?consideree?",
    r"ne plus nous (?:adresser|envoyer|ecrire)", r"(?:decision|jury) (?:\w+ )?(?:est )?souverain",
    r"ne sera pas modifiee?", r"ne donnerons pas (?:d'autre |de )?suite a vos",
    r"(?:this|that) is our final (?:response|answer|word)", r"(?:outcome|answer|response) is final",
    r"(?:it's|it is) final", r"(?:further )?applications from you will not be considered",
    r"(?:will not|won't) (?:accept|consider) (?:any )?further applications",
    r"not (?:open|up) (?:to|for) (?:challenge|discussion|debate)",
    r"(?:will not|won't) be reviewed", r"no point (?:in )?following up",
    r"(?:will not|won't) enter into (?:any )?further discussion",
    r"(?:don't|do not) (?:email|contact|write to) (?:the team|us|me) again",
    # A decision that cannot be revised, said with its subject: "notre décision n'est pas
    # susceptible d'être revue", "this decision cannot be appealed".
    r"(?:decision|choix|reponse|resultat)\w* (?:\w+ ){0,3}(?:n'est|ne sera|ne peut|ne pourra) "
    r"(?:\w+ )?(?:pas|plus) (?:etre )?(?:susceptible d'etre )?(?:revue?|modifiee?|reconsideree?|"
    r"reexaminee?|contestee?|revisee?|remise? en (?:cause|question))",
    r"(?:suite|reponse)s? a (?:de |d')(?:nouvelles|autres|futures|eventuelles) (?:sollicitations|"
    r"demandes|relances|candidatures|messages|reclamations)",
    r"deja (?:\w+ )?repondu a (?:deux|trois|plusieurs) reprises",
    r"(?:cannot|can't|may not|will not|won't) be (?:appealed|challenged|contested|overturned|"
    r"reversed|revisited|reconsidered)", r"not (?:be )?eligible to (?:re-?apply|apply)",
])

SKILLS: tuple[Cue, ...] = cues("skills", 2, [
    r"manque d'\w+", r"manquez d'\w+", r"(?:vous|te|il vous|il te) manque", r"lacunes?",
    r"niveau (?:d'|de |en )\w+ (?:ne|n'|est|etait|insuffisant|pas)", r"votre niveau",
    r"niveau (?:demande|requis|attendu|exige)", r"en dessous du niveau",
    r"insuffisante?s?", r"pas (?:assez|suffisamment) \w+", r"pas (?:encore )?(?:l'|la |le )?"
    r"(?:autonomie|maitrise|experience|niveau)", r"trop (?:limitee?s?|courte?s?|juste|junior)",
    r"un peu (?:courte?|juste|legere?)",
    # "Nous avons pris connaissance de votre candidature" cites no skill.
    r"(?:experience|competences?|(?<!pris\s)(?<!prendre\s)connaissances?|maitrise|pratique) "
    r"(?:\w+ )?"
    r"(?:en|de|du|dans|d'\w+|sur)",
    r"(?:ayant (?:une |un )?|disposant d'(?:une |un )?|avec (?:une |un |au moins )?)(?:\w+ )?"
    r"(?:experience|maitrise|competence)", r"ans d'experience",
    r"plus (?:experimentee?|senior|technique)", r"exigences du poste", r"test technique n'a pas",
    r"n'est pas (?:encore )?votre cas",
    r"que vous n'avez pas", r"specialisation", r"ayant deja \w+",
    r"(?:needs?|requires?|looking for) a (?:qualified|certified|licensed|chartered)",
    r"part-way through", r"(?:resultats|test) (?:\w+ ){0,3}(?:en dessous|insuffisant)",
    r"lack\w*", r"gaps? in", r"(?:experience|expertise|skills?|knowledge|background|proficiency) "
    r"(?:with|in|of|on|managing)", r"(?:level|command) of \w+", r"fluen\w+", r"proficient",
    r"not (?:yet )?(?:strong|sufficient|enough|deep|fluent|proficient)", r"(?:strong|good|"
    r"fluent) enough", r"(?:don't|do not|doesn't) (?:yet )?(?:have|hold)",
    r"more (?:hands-on |relevant |senior )?experience", r"deeper expertise", r"depth",
    r"stronger (?:background|experience|skills)", r"(?:need|needs|looking for|require) someone "
    r"(?:with|who)", r"(?:required|essential|central) (?:for|to) (?:this|the) (?:role|post|"
    r"position)", r"(?:is|was) missing", r"certification required", r"qualifications? (?:are|is) "
    r"not", r"only used it", r"difficultes (?:sur|en|avec)",
    r"obligatoire pour (?:exercer|ce poste)", r"n'est plus valide", r"(?:wasn't|was not|isn't|"
    r"is not|weren't|were not) (?:quite |yet )?(?:at|up to) (?:the|our) (?:level|standard)",
    r"(?:doesn't|does not|didn't|did not) show", r"absence d'experience", r"redhibitoire",
    r"indispensable",
    r"(?:requis|exige|obligatoire)e?s? pour (?:ce|le) poste",
    r"ne (?:le|la|les) (?:possedez|maitrisez) pas", r"(?:requires?|required|needs?) (?:at least )?"
    r"\w+ years", r"years of (?:\w+ ){0,4}experience", r"(?:didn't|did not) see (?:that|this|in "
    r"your)", r"skills (?:were|are|was|is) not", r"not (?:yet )?at the level", r"native-level",
    r"(?:below|under) the (?:level|standard|bar)",
    # The missing level said of the experience itself: "isn't quite at the senior level we need".
    r"(?:isn't|is not|wasn't|was not|aren't|are not|weren't|were not) (?:quite |yet |really )?"
    r"(?:at|up to) (?:the|our) (?:\w+ )?(?:level|standard|bar)",
    r"(?:experience|skills?|background|knowledge|expertise) (?:isn't|is not|wasn't|was not|"
    r"aren't|are not|weren't|were not) (?:quite |yet )?(?:at|up|strong|sufficient|enough|deep)",
    r"(?:doesn't|does not|didn't|did not) (?:\w+ )?(?:show|demonstrate|reflect)",
    r"(?:requires?|required|needs?|demands?) (?:a |an )?(?:\w+ ){0,3}(?:qualification|"
    r"certification|degree|licen[cs]e|skills)",
    r"(?:exige|requiert|necessite|demande) (?:un |une |le |la |l')?(?:\w+ ){0,2}(?:courant|"
    r"diplome|certification|habilitation|permis|qualification)",
])

FUTURE: tuple[Cue, ...] = cues("door open", 3, [
    r"(?:conserv|gard)\w* (?:\w+ ){0,2}(?:votre|vos|ton|tes) (?:cv|candidature|dossier|profil|"
    r"coordonnees)", r"(?:conserv|gard)\w* (?:precieusement )?(?:votre|vos) \w+ (?:dans|pour)",
    r"vivier", r"cvtheque", r"base (?:de donnees|de cv|candidats)", r"(?:futures?|prochaines?|"
    r"autres) (?:opportunites?|recrutements?)", r"opportunite (?:correspondant|qui|se presente)",
    r"poste similaire", r"(?:nouveau|prochain|autre|second) poste", r"rouvr\w+",
    r"(?:ouvr|cre)\w* (?:un|une|de nouveaux|un second|un nouveau|plusieurs|des|d'autres) "
    r"(?:\w+ )?(?:postes?|recrutements?)", r"(?:la|le|les) (?:conserv|gard)\w+ dans",
    r"(?:eventuelles|nouvelles) opportunites", r"encourage (?:vivement )?a (?:postuler|candidater)",
    r"(?:opening|role|position|vacancy) planned", r"on (?:our|my) radar",
    r"postuler a ce moment", r"(?:planning|plan|going) to (?:hire|recruit|open)",
    r"get in touch with you (?:first|then|again)", r"(?:freelance|talent|candidate) pool",
    r"add you to (?:it|our|the)",
    r"recruterons", r"recrutera", r"allons recruter", r"recontact\w*", r"en priorite",
    r"dans le futur", r"a l'avenir", r"rester en contact", r"garder le contact",
    r"keep (?:your|you) (?:cv|resume|details|profile|application|in mind)\w*",
    r"(?:kept|keep|retained?|added) your (?:cv|resume|details|profile|information)",
    r"talent (?:pool|community|network)", r"on file", r"future (?:opportunit|opening|role|"
    r"position|vacanc|recruit)\w*", r"similar (?:position|role|vacancy|opening)", r"reconnect",
    r"(?:stay|keep) in touch", r"hear from you (?:then|again)", r"talk again",
    r"(?:new|upcoming|another|more|second|other) (?:\w+ )?(?:openings?|roles?|positions?|team|"
    r"vacanc\w+) (?:opening|coming|open)", r"(?:new|upcoming) (?:openings?|roles?|positions?)",
    r"(?:will|to) (?:re)?open", r"opening (?:a|another)", r"(?:hiring|recruiting) (?:again|soon|"
    r"\w+ next)", r"hire again", r"growing the team", r"headcount",
    r"put your name forward", r"(?:next|upcoming) (?:\w+ )?intake", r"apply then",
    r"opens? in (?:\w+ ){0,2}(?:weeks?|months?)", r"sous le coude",
    r"(?<!n't\s)(?<!not\s)put you forward",
    r"apply (?:again|for "
    r"future)", r"re-?apply", r"repostuler", r"(?:postuler|candidater) (?:a|de) nouveau",
    r"opening (?:an|a new|up)", r"(?:get|be) (?:back )?in touch when",
    r"(?:could|might|may|would) (?:\w+ )?suit you", r"(?:pourrait|pourraient) (?:vous|te) "
    r"(?:correspondre|convenir|interesser)",
    r"(?:ouvrirons|ouvrira|rouvrirons|s'ouvrira|(?:va|vont|allons) (?:s')?ouvrir)",
    r"encourage you to (?:apply|check|explore)", r"reach out to you (?:then|again|"
    r"in the future|when)",
])

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
