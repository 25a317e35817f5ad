"""The phrases recruiters use, French and English, folded (no accents).

Each table speaks for one reading of a message. Weight 3 is a phrase that
decides on its own ("nous ne donnerons pas suite"), 2 a strong hint, 1 a
word that only counts with others ("malheureusement"). Spaces in a phrase
match any whitespace; phrases are whole words.
"""

from __future__ import annotations

from policy.replies.text import Cue, cues

_NE = r"(?:ne |n')"

REJECTION: tuple[Cue, ...] = cues("refusal", 3, [
    # French
    _NE + r"(?:\w+ ){0,2}?(?:donner|donnerons|donnons|donne|donnera|pouvons donner|pourrons "
    r"donner|souhaitons pas donner) (?:\w+ ){0,2}?(?:de |une )?suite",
    _NE + r"(?:\w+ ){0,2}?(?:pas|plus) (?:donner|pouvoir donner) (?:de |une )?suite",
    r"pas (?:de |une )?suite favorable", r"suite (?:defavorable|negative)",
    _NE + r"(?:\w+ ){0,2}?(?:pas|plus) (?:\w+ )?(?:ete |etre )?(?:retenue?s?|selectionnee?s?)",
    _NE + r"(?:\w+ ){0,2}?(?:retenons|retiendrons|retenir|poursuivrons|poursuivons|"
    r"sommes pas en mesure de (?:vous )?(?:proposer|retenir|donner))",
    r"(?:choisi|decide|prefere) de (?:poursuivre|continuer|avancer) avec (?:un|une|d')",
    r"poursuivre avec (?:un|une) (?:autre )?(?:candidat|candidate|profil)",
    r"correspond(?:ant|e|ait)? (?:davantage|mieux|plus)", r"pas (?:de |d')?(?:meilleure|bonne) "
    r"nouvelle", r"not (?:the|better) news",
    r"pas (?:retenue?|selectionnee?|concluante?) pour", r"pas ete concluant",
    r"ne (?:pas|plus) (?:retenir|poursuivre|donner suite|aller plus loin)",
    r"(?:d'|un |une )autres? (?:candidat|candidate|candidature|profil|consultant)e?s?",
    r"(?:un|une|d'un) (?:candidat|candidate|profil) plus \w+",
    r"(?:choix|decision) s'est porte",
    r"(?:avons|a|ont) (?:finalement )?(?:retenu|choisi|prefere|privilegie|selectionne|embauche|"
    r"recrute) (?:un|une|d'autres?|l'autre) (?:autre )?(?:candidat|candidate|profil|personne|"
    r"consultant)\w*", r"quelqu'un d'autre",
    r"(?:poste|position) (?:a (?:finalement )?ete |est |sera )?pourvue?", r"pourvu le poste",
    r"recrutement est (?:clos|termine|ferme)", r"au regret de", r"regret de vous",
    r"reponse (?:est |reste )?negative", r"(?:avis|decision|reponse) defavorable",
    r"pas pour cette fois", r"ce ne sera pas pour", r"c'est non", r"la reponse est non",
    r"decide de ne pas", r"pas de poste a vous proposer", r"pas en mesure de (?:vous )?proposer",
    r"n'est (?:plus ouvert|pas retenue?)", r"votre candidature n'est pas",
    # English
    r"(?:not|won't|will not|can't|cannot|don't|didn't) (?:be )?(?:moving|move|going|go) forward",
    r"(?:did not|didn't|does not|doesn't) meet (?:the|our)",
    r"(?:proceed|go|move forward|continue) with (?:a|another|the other) (?:candidate|applicant|"
    r"profile)", r"not to (?:move|go) forward",
    r"decided (?:not|against) (?:to )?\w+", r"(?:won't|will not|not) be (?:moving|progressing|"
    r"proceeding|taking|offering|continuing|pursuing|considering your)",
    r"(?:won't|will not|not) (?:be )?(?:progress|proceed|pursue|offer|continue|take)\w* "
    r"(?:with )?(?:your|you|the|this)", r"not to (?:proceed|progress|pursue|continue)",
    r"regret to (?:inform|let you know|say)", r"regret that",
    r"(?:another|other|internal|stronger) (?:candidate|applicant)s?",
    r"(?:someone|somebody) else", r"(?:pursue|go with|went with|proceed with|move forward with|"
    r"moving forward with) (?:other|another|a different|someone)",
    r"(?:position|role|vacancy|job) (?:has|have)? ?(?:now )?(?:been|is|was) filled",
    r"filled (?:this|the) (?:position|role)", r"position filled", r"(?:not|n't) been selected",
    r"not selected", r"unsuccessful", r"(?:unable|not able) to offer", r"(?:cannot|can't) offer",
    r"(?:it's|it is) a no", r"(?:the answer is|sorry,?) no\b", r"not this time",
    r"didn't work out", r"not a (?:fit|match)", r"(?:going to |we'll |we will )?pass for now",
    r"(?:has been|have been|is) declined", r"(?:can't|cannot|won't) take (?:this|it|your "
    r"application) (?:any )?further", r"not (?:offering|offer) you",
    r"offer the role to another", r"won't be offering",
])

REJECTION_HINTS: tuple[Cue, ...] = cues("refusal hint", 1, [
    r"malheureusement", r"desolee?s?", r"bonne continuation", r"bonne chance", r"pleine reussite",
    r"reussite dans vos", r"unfortunately", r"sorry", r"best of luck", r"good luck",
    r"wish you (?:the best|every success|well|success)", r"future endeavou?rs",
])

CATEGORICAL: tuple[Cue, ...] = cues("final", 3, [
    r"decision (?:est |reste )?(?:definitive|ferme|irrevocable|prise et ne changera)",
    r"(?:position|reponse) (?:est |reste )?(?:definitive|ferme)", r"elle est ferme",
    r"ne (?:\w+ )?(?:reviendrons|reviendrai|revenons) pas (?:sur|dessus)",
    r"(?:pas en mesure de|ne pouvons pas|ne pourrons pas) revenir sur",
    r"inutile de (?:nous |me )?(?:recontacter|relancer|repostuler|insister|reecrire)",
    r"ne (?:plus|pas) (?:nous |me )?(?:recontacter|contacter|relancer|ecrire|insister)",
    r"cesser vos relances", r"ne sera pas reexaminee?", r"ne changera pas",
    r"(?:aucune|de) (?:nouvelle|autre|future)s? candidatures? de votre part",
    r"a aucune (?:nouvelle|autre|future) candidature", r"ne souhaitons pas donner suite a de",
    r"ni maintenant ni plus tard", r"ne conserverons pas", r"cloturons votre dossier",
    r"ne le sera pas pour d'autres postes",
    r"(?:decision|it) is (?:final|definitive|irrevocable)", r"decision stands",
    r"definitive decision", r"(?:will not|won't|not) (?:be )?(?:reconsider|revisit|chang)\w*",
    r"no possibility of reconsideration", r"not open to appeal",
    r"(?:do not|don't|not) (?:contact|reach out to|email|write to) us",
    r"(?:don't|do not) reach out again", r"stop (?:emailing|contacting|writing)",
    r"refrain from (?:applying|contacting)", r"(?:do not|don't|not to) reapply",
    r"(?:won't|will not) be considering further applications",
    r"(?:will not|won't|not) (?:be )?retain(?:ing)? your", r"no further correspondence",
    r"(?:won't|will not) enter into (?:any )?further correspondence",
    r"(?:further messages|further emails) will not be answered", r"nothing (?:more|further) to "
    r"discuss", r"matter (?:is )?closed", r"not discuss (?:it|this) further",
    r"now or in the future", r"(?:last|final) message on",
])

SKILLS: tuple[Cue, ...] = cues("skills", 2, [
    r"manque d'experience", r"manquez d'\w+", r"(?:vous|te|il vous|il te) manque",
    r"niveau (?:d'|de |en )\w+ (?:ne|n'|est|etait|insuffisant|pas)", r"votre niveau",
    r"insuffisante?s?", r"pas (?:assez |suffisamment )?suffisante?s?",
    r"trop (?:limitee?s?|courte?s?|juste)", r"un peu (?:courte?|juste|legere?)",
    r"(?:experience|competences?|connaissances?|maitrise|pratique) (?:\w+ )?"
    r"(?:en|de|du|dans|d'\w+)",
    r"(?:ayant (?:une |un )?|disposant d'(?:une |un )?|avec (?:une |un |au moins )?)(?:\w+ )?"
    r"(?:experience|maitrise|competence)", r"ans d'experience",
    r"plus (?:experimentee?|senior|technique)",
    r"exigences du poste", r"test technique n'a pas", r"pas encore votre cas",
    r"lack\w*", r"gaps? in", r"(?:experience|expertise|skills?|knowledge|background|proficiency) "
    r"(?:with|in|of|on|managing)", r"(?:level|command) of \w+", r"fluency", r"not (?:yet )?"
    r"(?:strong|sufficient|enough|deep)", r"(?:don't|do not|doesn't) (?:yet )?(?:have|hold)",
    r"more (?:hands-on |relevant |senior )?experience", r"deeper expertise",
    r"stronger (?:background|experience|skills)", r"(?:need|needs|looking for|require) someone "
    r"with", r"(?:required|essential|central) (?:for|to) (?:this|the) (?:role|post|position)",
    r"(?:is|was) missing", r"certification required", r"qualifications? (?:are|is) not",
])

FUTURE: tuple[Cue, ...] = cues("door open", 3, [
    r"(?:conserv|gard)\w* (?:\w+ ){0,2}(?:votre|vos|ton|tes) (?:cv|candidature|dossier|profil|"
    r"coordonnees)", r"(?:conserv|gard)\w* (?:precieusement )?(?:votre|vos) \w+ (?:dans|pour)",
    r"vivier", r"(?:futures?|prochaines?|autres) opportunites?", r"opportunite (?:correspondant|"
    r"qui|se presente)", r"poste similaire", r"(?:nouveau|prochain|autre) poste",
    r"ouvr\w* (?:un|une|de nouveaux) (?:poste|recrutement)", r"recruterons", r"recrutera",
    r"recontact\w*", r"en priorite", r"dans le futur", r"a l'avenir",
    r"keep (?:your|you) (?:cv|resume|details|profile|application|in mind)\w*",
    r"(?:kept|keep|retained?) your (?:cv|resume|details|profile|information)",
    r"talent (?:pool|community|network)", r"on file", r"future (?:opportunit|opening|role|"
    r"position|vacanc)\w*", r"similar (?:position|role|vacancy|opening)", r"reconnect",
    r"hear from you (?:then|again)", r"talk again", r"(?:new|upcoming|another|more|second) "
    r"(?:openings?|roles?|positions?|team|vacanc\w+)", r"(?:will|to) open",
    r"opening (?:a|another)", r"hiring (?:again|soon|\w+ next)", r"growing the team",
    r"put you forward", r"apply (?:again|for future)", r"encourage you to (?:apply|check)",
])

OPENING_NOW: tuple[Cue, ...] = cues("open now", 3, [
    r"(?:d'autres|autres) (?:postes|offres|opportunites) (?:\w+ ){0,2}(?:ouverts?|en cours|"
    r"disponibles)", r"(?:d'autres|autres) offres en cours", r"recrute (?:en ce moment|"
    r"actuellement)", r"qui recrute", r"(?:site|page|espace) carrieres?",
    r"postuler (?:a|sur) (?:nos|d'autres)", r"jeter un (?:oeil|œil|coup d'oeil)",
    r"(?:other|several other|several|open) (?:roles|positions|openings|jobs|vacancies) "
    r"(?:open|available)", r"roles open right now", r"open roles", r"open now",
    r"careers? (?:page|site)", r"currently (?:hiring|recruiting|open)",
    r"check (?:out )?our (?:open|other) (?:roles|positions)",
])

OFFER: tuple[Cue, ...] = cues("offer", 3, [
    r"(?:plaisir|heureux|heureuse|ravie?s?) de vous (?:proposer|confirmer) (?:le poste|un (?:cdi|"
    r"cdd|contrat|poste)|votre (?:embauche|recrutement))",
    r"(?:plaisir|heureux|heureuse|ravie?s?) de vous annoncer que votre candidature a ete retenue",
    r"(?:vous|te) (?:proposer|proposons|propose) (?:officiellement )?(?:le poste|un cdi|un cdd)",
    r"promesse d'embauche", r"proposition (?:d'embauche|de contrat|salariale|revisee)",
    r"lettre d'offre", r"faire une offre", r"confirmons (?:votre|notre accord pour votre) "
    r"(?:embauche|recrutement|contrat)", r"valide votre recrutement", r"souhaitons vous recruter",
    r"contrat de travail", r"compter parmi nous", r"accueillerons dans", r"bienvenue (?:chez|dans)",
    r"c'est oui", r"remuneration", r"salaire propose", r"date de demarrage",
    r"(?:pleased|delighted|happy|thrilled|excited) to (?:offer|extend|confirm (?:our|your) offer)",
    r"extend (?:you )?an offer", r"offer (?:letter|of employment|details|attached|is)",
    r"(?:offering|offer) you (?:the|this|a) (?:job|role|position|internship|place)",
    r"(?:formal|written|verbal|revised|updated) (?:version of the )?offer", r"job offer",
    r"approved your hire", r"(?:like|love) to (?:hire|have) you", r"welcome (?:to the team|aboard)",
    r"employment contract", r"contract is on its way", r"base salary", r"accept the offer",
    r"relocation package", r"answer is yes", r"offer attached",
])

POSITIVE: tuple[Cue, ...] = cues("next step", 3, [
    r"(?:second|deuxieme|dernier|nouvel|prochain|2e|2nd) entretien",
    r"entretien (?:collectif|final|de restitution|technique avec|avec (?:le|la|notre))",
    r"(?:etape|phase) suivante", r"prochaine (?:etape|phase)", r"deuxieme phase",
    r"(?:vos|tes) disponibilites", r"(?:seriez|etes|serais|es)-(?:vous|tu) disponible",
    r"(?:vous|te) (?:revoir|rencontrer|inviter|convier)", r"une seconde fois",
    r"(?:aimerions|souhaitons|voudrions) (?:poursuivre|avancer|continuer)",
    r"test technique", r"etude de cas", r"exercice pratique", r"cas pratique",
    r"journee d'immersion", r"convocation",
    r"(?:un|prendre|fixer|convenir d'un|nouveau) rendez-vous",
    r"personnes pouvant vous recommander",
    r"reservez votre creneau", r"fixer une date",
    r"(?:second|next|final|onsite|panel|technical|video|follow-up) (?:round|interview|stage)",
    r"next (?:step|stage|round)", r"move you forward", r"moving forward with your",
    r"(?:would|'d) (?:like|love) to (?:invite|meet|set up|continue|schedule|introduce|contact)",
    r"invite you", r"invited to", r"your availability", r"(?:would|are) you (?:be )?available",
    r"could you do a", r"take-home", r"coding challenge", r"case study", r"references",
    r"calendly", r"schedule (?:a|your|an)", r"pick a slot", r"find a time", r"calendar invite",
    r"meet (?:our|with) (?:\w+ )?(?:ceo|cto|cfo|cmo|coo|head|founders?|director|manager|vp|"
    r"lead)", r"chat with (?:the|our)", r"you passed", r"continue the process with you",
    r"selected for the (?:next|final)",
])

POSITIVE_HINTS: tuple[Cue, ...] = cues("good news", 1, [
    r"bonne nouvelle", r"felicitations", r"good news", r"congratulations", r"a (?:beaucoup )?plu",
])

HOLDING: tuple[Cue, ...] = cues("waiting", 2, [
    r"pas encore (?:pris de |de |eu de |d')?(?:decision|retour|nouvelles)",
    r"toujours (?:en cours|a l'etude)", r"processus (?:\w+ ){0,3}(?:toujours |encore )?en cours",
    r"(?:reviendr\w*|revenons|reviens) vers (?:vous|toi)", r"(?:vous|te) tiens? au courant",
    r"(?:donnerons|donnerai|communiquerons|apporterons) (?:une |notre |la )?(?:reponse|decision)",
    r"(?:vous aurez|aurez) (?:une reponse|des nouvelles|un retour)", r"decision sera prise",
    r"en cours d'(?:etude|analyse|examen)", r"(?:etudie|examine)\w* (?:votre|avec)",
    r"a l'etude", r"bien recue?", r"avons bien recu", r"accuse de reception",
    r"bien ete transmis", r"dans les meilleurs delais", r"des que (?:nous|j'|possible)",
    r"attendons (?:le|un) retour", r"faisons le point", r"en savoir plus", r"vous recontacte",
    r"(?:still|currently) (?:\w+ )?(?:reviewing|interviewing|waiting|finali[sz]ing|under review)",
    r"under review", r"no (?:decision|news|update)s? yet", r"(?:haven't|have not|not yet) "
    r"(?:reached|made|taken) a decision", r"get back to you", r"come back to you",
    r"be in touch", r"update you", r"let you know", r"hear from me", r"reach out",
    r"expect to (?:make|have|resume)", r"received your application", r"bear(?:ing)? with us",
    r"patience", r"on hold", r"an answer (?:by|within)", r"give .{0,25} an answer",
    r"(?:waiting|wait) (?:on|for) (?:the|sign-off)",
])

AUTOMATIC: tuple[Cue, ...] = cues("auto-reply", 3, [
    r"absente? du bureau", r"out of (?:the )?office", r"reponse automatique",
    r"automatic reply", r"auto-?reply", r"message automatique", r"automated (?:message|reply)",
    r"(?:suis|serai) (?:actuellement )?(?:en conges|en deplacement|absente?)",
    r"(?:i am|i'm) (?:currently )?(?:on (?:\w+ )?leave|away|travelling|traveling|out)",
    r"(?:ne sera pas|will not be) (?:transfere|forwarded)",
    r"(?:limited|no|sans) (?:access|acces|connectivity)",
])

BULK: tuple[Cue, ...] = cues("bulk mail", 3, [
    r"alertes? (?:emploi|email)", r"job alerts?", r"(?:\d+ )?nouvelles offres", r"new jobs",
    r"jobs you may", r"offres (?:de la semaine|recommandees|qui correspondent|d'emploi "
    r"recommandees)", r"recommended jobs", r"newsletter", r"se desabonner", r"unsubscribe",
    r"webinaire?", r"afterwork", r"career fair", r"salons? de recrutement", r"questionnaire",
    r"survey", r"experience candidate?", r"candidate experience", r"profil a ete consulte",
    r"viewed your profile", r"profile was viewed", r"premium", r"mot de passe", r"password",
    r"confirm your email", r"digest", r"inscri(?:vez|ption)", r"register now",
    r"(?:offices|bureaux) (?:will be |seront )?(?:closed|fermes)", r"happy holidays",
    r"(?:roles|offres|jobs) matching", r"correspondent a votre (?:alerte|recherche)",
    # Practical notes before a meeting say nothing of the outcome.
    r"parking", r"entrance", r"photo id", r"badge",
])
