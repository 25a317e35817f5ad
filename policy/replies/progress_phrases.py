"""How recruiters say yes, "next step" or "wait", and what is not about the
application at all (auto-replies, alerts, newsletters). Folded text, weights
as in refusal_phrases.py.
"""

from __future__ import annotations

from policy.replies.text import Cue, cues

OFFER: tuple[Cue, ...] = cues("offer", 3, [
    r"(?:plaisir|heureux|heureuse|ravie?s?) de vous (?:proposer|confirmer|offrir) (?:le poste|un "
    r"(?:cdi|cdd|contrat|poste)|votre (?:embauche|recrutement)|que nous retenons)",
    r"(?:plaisir|heureux|heureuse|ravie?s?) de vous annoncer que votre candidature a ete retenue",
    r"(?:vous|te) (?:proposer|proposons|propose) (?:officiellement )?(?:le poste|un cdi|un cdd)",
    r"retenons votre candidature pour le poste", r"promesse d'embauche",
    r"proposition (?:d'embauche|d'emploi|de contrat|salariale|revisee|ferme)", r"lettre d'offre",
    r"(?:faire|fais|ferons) une (?:offre|proposition)", r"confirmons (?:votre|notre accord pour "
    r"votre) (?:embauche|recrutement|contrat)", r"valide votre (?:recrutement|embauche)",
    r"souhaitons vous (?:recruter|embaucher|accueillir)", r"contrat (?:de travail|d'apprentissage|"
    r"vous sera)", r"compter parmi nous", r"(?:vous )?accueill\w+ (?:dans|au sein de|parmi)",
    r"bienvenue (?:chez|dans|parmi)", r"c'est oui", r"c'est (?:vous|toi) que nous avons",
    r"(?:vous avez|tu as) ete (?:choisie?|retenue?) pour le poste",
    r"(?:pleased|delighted|happy|thrilled|excited) to (?:offer|extend|confirm (?:our|your) offer)",
    r"extend (?:you )?an offer", r"make you an offer",
    r"offer (?:letter|of employment|details|attached|is)",
    r"(?:offering|offer) you (?:the|this|a|an) (?:[\w-]+ ){0,4}(?:post|job|role|position|"
    r"internship|place|contract)", r"vous confier le poste", r"le poste est a (?:vous|toi)",
    r"offre d'embauche", r"(?:accepte|accepter|acceptons) de (?:vous|te) prendre",
    r"(?:vous|te) prendre en (?:alternance|stage|cdi|cdd)",
    r"(?:formal|written|verbal|revised|updated) "
    r"(?:version of the )?offer", r"job offer", r"approved your hire", r"(?:like|love|want) "
    r"(?:to )?(?:hire|have) you", r"(?:like|love|want) you to (?:join|be|become)",
    r"offer has been extended", r"(?:review|sign) and accept",
    r"(?:attached|here) is your offer", r"welcome (?:to the team|"
    r"aboard)", r"employment contract", r"contract is on its way", r"accept the offer",
    r"relocation package", r"answer is yes", r"offer attached",
    r"you(?:'ve)? got the job", r"appoint you", r"bring you on board",
    r"extended (?:you )?an offer",
    r"(?:vous etes|tu es) (?:notre|la) (?:candidate?|personne) retenue?",
    r"you have been successful",
    r"(?:it's|it is) a yes", r"the job is yours",
    r"docusign",
    r"(?:on|nous) (?:vous|te) prend\w*", r"contrat a signer",
    r"(?:vous commencez|tu commences) (?:avec nous|chez nous)",
])

# Words of an offer that a next-step message may also use ("salary expectations").
OFFER_MEDIUM: tuple[Cue, ...] = cues("offer", 2, [
    r"remuneration", r"salaire", r"k€", r"bruts? annuels?", r"date (?:de demarrage|d'arrivee|"
    r"de debut|d'embauche)", r"prise de poste", r"(?:base )?salary", r"start date", r"equity",
])

POSITIVE: tuple[Cue, ...] = cues("next step", 3, [
    r"(?:second|deuxieme|dernier|nouvel|prochain|2e|2nd|autre) entretien",
    r"entretien (?:collectif|final|de restitution|technique|avec)", r"organiser un (?:entretien|"
    r"echange|rendez-vous|appel|call|point)", r"(?:etape|phase) suivante",
    r"prochaine (?:etape|phase)", r"deuxieme phase", r"(?:on passe|passez|passer) a la suite",
    r"suite du processus", r"(?:vos|tes) (?:disponibilites|creneaux|dispos)",
    r"(?:seriez|etes|serais|es)-(?:vous|tu) (?:disponible|libre)", r"(?:ca|cela) (?:te|vous) "
    r"(?:va|irait|convient|conviendrait)", r"(?:voudrait|souhaite|aimerait) vous voir",
    r"(?:un|une journee d')essai", r"pop in", r"coffee chat", r"paid test",
    r"progressed to the (?:next|second|final)", r"arrange the interview",
    r"(?:vous|te) (?:revoir|rencontrer|inviter|invitons|convier|"
    r"presenter)", r"une seconde fois", r"(?:aimerions|souhaitons|voudrions) (?:poursuivre|avancer|"
    r"continuer)", r"(?:un )?echange avec (?:notre|le|la|nos)",
    r"(?:second|deuxieme|nouvel|autre) echange",
    r"vous (?:appellera|contactera) (?:\w+ )?pour", r"test technique", r"etude de cas",
    r"exercice pratique", r"cas pratique", r"mise en situation", r"(?:vous etes|tu es) invitee?",
    r"session de recrutement", r"confirmer votre presence", r"journee d'immersion",
    r"convocation", r"(?:un|prendre|fixer|convenir d'un|nouveau) rendez-vous",
    r"personnes pouvant vous recommander", r"reservez votre creneau", r"fixer une date",
    r"(?:second|next|final|onsite|on-site|panel|technical|video|follow-up) (?:round|interview|"
    r"stage)", r"next (?:step|stage|round)", r"(?:move|moving) you forward",
    r"moving forward with (?:your|you)", r"(?:would|'d) (?:like|love) (?:you )?to (?:invite|meet|"
    r"set up|continue|schedule|introduce|contact|speak|talk|come)", r"invite you", r"invited to",
    r"your availability", r"(?:would|are) you (?:be )?(?:available|free)", r"what times? work",
    r"could you do a", r"take-home", r"coding challenge", r"(?:online )?assessment",
    r"case study", r"references", r"calendly", r"schedule (?:a|your|an)", r"pick a (?:slot|time)",
    r"find a time", r"calendar invite", r"meet (?:our|with|the) (?:\w+ )?(?:ceo|cto|cfo|cmo|coo|"
    r"head|founders?|director|manager|vp|lead|wider team|team)", r"chat with (?:the|our)",
    r"you passed", r"continue the process with you", r"selected for the (?:next|final)",
    r"come (?:back|in) (?:and|to) meet", r"shared your profile with", r"speak with you",
    # A first call asked for: "auriez-vous 20 minutes pour un premier échange téléphonique ?"
    r"(?:auriez|avez|aurais|as)-(?:vous|tu) (?:\w+ ){0,3}(?:minutes|moment|creneau|temps|heure)",
    r"pour un (?:premier |court |bref |petit )(?:echange|appel|entretien|point)",
    r"(?:echange|entretien|appel) (?:telephonique|en visio|visio)",
    r"(?:do|would|could) you (?:have|find|spare) (?:\w+ ){0,3}(?:minutes|time|moment)",
    r"for an? (?:quick |short |brief |first |intro |introductory |initial |\d+[- ]min\w* )+"
    r"(?:call|chat|phone call|video call|conversation)",
])

POSITIVE_HINTS: tuple[Cue, ...] = cues("good news", 1, [
    r"bonne nouvelle", r"felicitations", r"good news", r"congratulations", r"a (?:beaucoup )?plu",
    r"tres positi\w+", r"enjoyed (?:our|meeting)",
])

HOLDING: tuple[Cue, ...] = cues("waiting", 2, [
    r"pas encore (?:pris de |de |eu de |d')?(?:decision|retour|nouvelles|element)",
    r"(?:pas|aucun) (?:d')?element nouveau", r"n'a pas (?:encore )?tranche",
    r"toujours (?:en cours|a l'etude)", r"processus (?:\w+ ){0,3}(?:toujours |encore )?en cours",
    r"(?:reviendr\w*|revenons|reviens|revenir) (?:\w+ )?vers (?:vous|toi)",
    r"(?:vous|te) tiens? au courant",
    r"(?:donnerons|donnerai|communiquerons|apporterons|adresserons|enverrons|aurez|recevrez) "
    r"(?:une |un |notre |nos |la |le |des |mon )?(?:reponse|retour|decision|nouvelles)",
    r"decision sera prise", r"en cours d'(?:etude|analyse|examen)", r"(?:etudie|examine)\w* "
    r"(?:votre|avec)", r"a l'etude", r"bien recue?", r"accuse de reception",
    r"bien ete (?:transmis|enregistree?)",
    r"sera (?:examinee?|etudiee?)", r"(?:dans les )?plus brefs delais", r"attendons encore",
    r"(?:ne vous|je ne vous) oublie pas", r"n'oublie pas votre",
    r"dans les meilleurs delais", r"des que (?:nous|j'|possible)", r"attendons (?:le|un) retour",
    r"faisons le point", r"en savoir plus", r"vous recontacte", r"avant de (?:decider|trancher)",
    r"(?:reponse|decision) (?:definitive )?(?:le|d'ici|avant|sous|dans)",
    r"(?:still|currently) (?:\w+ )?(?:reviewing|interviewing|waiting|finali[sz]ing|gathering|"
    r"collecting|under review)", r"under review", r"no (?:decision|news|update)s? yet",
    r"(?:haven't|have not|not yet) (?:reached|made|taken) a decision", r"get back to you",
    r"come back to you", r"be in touch", r"update you", r"keep you (?:posted|updated)",
    r"let you know", r"hear from me", r"reach out", r"expect to (?:make|have|resume)",
    r"received your application", r"(?:will|we'll) review (?:it|your)",
    r"get in touch if", r"bear(?:ing)? with us", r"patience", r"on hold",
    r"(?:an|the|our) answer (?:by|within|on)", r"give .{0,25} an answer", r"(?:have|give) an "
    r"answer for you", r"(?:waiting|wait) (?:on|for) (?:the|sign-off)", r"wrapping up",
    r"taking (?:a bit )?(?:longer|a while)", r"not forgotten", r"will update",
    r"still (?:a couple|some|a few) (?:of )?(?:people|candidates)", r"suit son cours",
    r"rien de nouveau",
    r"pas (?:encore )?de (?:nouvelles|retour|decision) (?:de mon cote|de notre cote|pour "
    r"(?:l'instant|le moment)|a ce stade)", r"toujours pas (?:de |le |eu de |d')?(?:retour|"
    r"reponse|decision|nouvelles)", r"n'a pas (?:encore )?(?:fait|donne|eu) de (?:retour|reponse)",
    r"(?:vous|te) (?:tiens?|tiendrai|tiendrons|tenir) (?:au courant|informee?s?)",
    r"(?:decision|reponse) (?:devrait|doit|va|devra) (?:etre )?(?:prise|tomber|arriver|donnee)",
    r"hear back", r"(?:you'll|you will|you should|should) hear (?:from|back)",
    r"(?:finishing|completing|concluding|wrapping up) (?:\w+ ){0,3}interviews",
])

# "Nous vous contacterons pour un entretien si votre profil correspond": a next step said
# under a condition is not one yet; the classifier drops good news in the same sentence.
CONDITION: tuple[Cue, ...] = cues("condition", 2, [
    r"(?:si|if|should) (?:votre|your) (?:profil|candidature|experience|profile|application|"
    r"background|skills)", r"if (?:there is|there's) a (?:fit|match)",
    r"(?:au cas|dans le cas) ou (?:votre|nous)",
])

AUTOMATIC: tuple[Cue, ...] = cues("auto-reply", 3, [
    r"absente? du bureau", r"out of (?:the )?office", r"reponse automatique",
    r"automatic reply", r"auto-?reply", r"message automatique", r"automated (?:message|reply)",
    r"(?:suis|serai) (?:actuellement )?(?:en conges|en deplacement|en formation|absente?)",
    r"(?:i am|i'm) (?:currently )?(?:on (?:\w+ )?leave|away|travelling|traveling|out)",
    r"(?:ne sera pas|will not be) (?:transfere|forwarded)", r"away from my desk",
    r"(?:limited|no|sans) (?:access|acces|connectivity)", r"(?:a|des) mon retour",
    r"when i(?:'m| am)? (?:back|return)", r"ne pourrai pas consulter",
])

BULK: tuple[Cue, ...] = cues("bulk mail", 3, [
    r"alertes? (?:emploi|email)", r"(?:votre |job )alertes?", r"(?:\d+ )?nouvelles offres",
    r"new jobs", r"jobs you (?:may|might)", r"offres (?:de la semaine|recommandees|qui "
    r"correspondent|d'emploi recommandees)", r"voir (?:les|toutes les) offres",
    r"\d+ offres", r"recommended jobs", r"top picks", r"recommendations", r"newsletter",
    r"se desabonner", r"unsubscribe", r"webinaire?", r"afterwork", r"career fair",
    r"salons? de recrutement", r"portes ouvertes", r"open evening", r"sign up",
    r"talent community", r"open day", r"questionnaire", r"survey",
    r"experience candidate?", r"candidate experience", r"profil a ete consulte",
    r"viewed your profile", r"profile was viewed", r"premium", r"mot de passe", r"password",
    r"confirm your email", r"digest", r"inscri(?:vez|ption)", r"register now",
    r"(?:offices|bureaux) (?:will be |seront )?(?:closed|fermes)", r"happy holidays",
    r"(?:roles|offres|jobs) matching", r"correspondent a votre (?:alerte|recherche)",
    r"recrutent pres de chez vous", r"ont consulte votre (?:cv|profil)",
    r"mettez (?:votre profil|a jour)", r"code d'entree", r"ascenseur", r"interphone", r"blog",
    r"read more", r"(?:career )?tips", r"privacy", r"donnees personnelles", r"rgpd", r"gdpr",
    r"no longer work", r"ne fais plus partie", r"compte candidat", r"connectez-vous",
    r"(?:reminder|rappel) ?:",
    # Practical notes before a meeting say nothing of the outcome.
    r"parking", r"entrance", r"photo id", r"badge", r"(?:at|a l') (?:reception|accueil)",
    r"security check", r"plan d'acces",
    r"offres du moment", r"meilleures offres", r"decouvrez (?:la selection|nos offres|les offres)",
    r"rsvp", r"network with",
])
