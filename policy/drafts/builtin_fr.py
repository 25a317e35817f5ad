"""The French built-in texts, one per step kind: first line `Subject:` (drafts)
or `Title:` (events), a blank line, then the body. `$name` / `${name}` are
the placeholders of `policy.drafts.values`; `$$` is a dollar sign.

They avoid gendered agreements ("disponible", not "ravi(e)") so that no
user has to fix them, and close on availability, never on waiting (B2).
"""

from __future__ import annotations

DRAFTS: dict[str, str] = {
    "thank_you": """Subject: Merci pour ${interview_ref}

${greeting}

Je vous remercie pour ${interview_ref} concernant ${position_phrase} chez ${company}, \
et pour le temps que vous m'avez consacré.

Notre échange m'a permis de mieux saisir les enjeux du poste : ${recap}.

Je souhaite aussi revenir sur un point que nous n'avons pas abordé : ${points}.

Ce poste me motive d'autant plus après notre rencontre. Je reste disponible pour tout \
complément d'information.

Bien cordialement,
${signature}
""",
    "follow_up": """Subject: Ma candidature chez ${company}

${greeting}

Suite à ${interview_ref}, je tiens à vous redire mon intérêt pour \
${position_phrase} chez ${company} : il me motive toujours autant, et je suis \
disponible pour la suite.

Je crois pouvoir vous apporter ce dont le poste a besoin : ${strengths}.

J'ajoute un élément à mon dossier : ${news}.

Je peux vous transmettre tout document utile, ainsi que des références.

Bien cordialement,
${signature}
""",
    "feedback_request": """Subject: Votre avis sur ma candidature

${greeting}

Merci pour votre réponse concernant ${position_phrase} chez ${company}.

Pour progresser, j'aimerais comprendre pourquoi ma candidature n'a pas été retenue, \
et ce que je pourrais améliorer : mon profil, mon CV ou ma présentation en entretien. \
Toute critique, même franche, me sera utile.

Quelques lignes me suffiront. Merci d'avance pour le temps que vous y consacrerez.

Bien cordialement,
${signature}
""",
    "skills_clarification": """Subject: Précision sur ma candidature chez ${company}

${greeting}

Merci pour votre réponse concernant ${position_phrase}. Vous indiquez qu'il manque \
à mon profil : ${missing_skill}. Je me permets une précision : je possède bien cette \
compétence, mais je n'ai sans doute pas su le montrer lors de ${interview_ref}.

Par exemple : ${skill_proof}.

Ce poste me motive toujours autant, et je tenais à ce que vous disposiez de cet \
élément. Je vous remercie de l'attention que vous y porterez.

Bien cordialement,
${signature}
""",
    "future_opening": """Subject: Proposition de rencontre – ${company}

${greeting}

Nous avions échangé lors de ${interview_ref}, au sujet de ma candidature \
pour ${position_phrase} chez ${company}. Vous m'aviez alors indiqué que d'autres \
opportunités pourraient se présenter.

${company} m'intéresse toujours autant. Pourrions-nous convenir d'un rendez-vous, \
par téléphone ou dans vos locaux, à la date qui vous conviendra ?

Bien cordialement,
${signature}
""",
    "reapply": """Subject: Nouvelle candidature – ${company}

${greeting}

Nous avions échangé lors de ${interview_ref} concernant ${position_phrase} \
chez ${company}. Ma candidature n'avait pas été retenue, car il manquait \
à mon profil : ${missing_skill}.

Depuis, mon profil a évolué : ${changes}.

Je vous adresse donc à nouveau ma candidature : vous trouverez ci-joint mon CV à jour.
${attach_reminder}

Pourrions-nous en parler, à votre convenance ?

Bien cordialement,
${signature}
""",
}

_DRAFT_EVENT = """Relisez le brouillon « ${step} » préparé pour ${company}, complétez \
chaque passage [À COMPLÉTER : …], puis envoyez-le vous-même : relance n'envoie jamais \
de courrier."""

EVENTS: dict[str, str] = {
    "thank_you": f"""Title: Envoyer le remerciement – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Le remerciement part le lendemain de l'entretien, au plus tard 48 heures après.
${{reason_line}}
""",
    "follow_up": f"""Title: Envoyer la relance – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Dites que le poste vous intéresse toujours et que vous êtes disponible, rappelez vos \
atouts et apportez un élément nouveau. N'écrivez pas que vous attendez une réponse, \
et ne parlez pas d'une offre d'une autre entreprise.
${{reason_line}}
""",
    "feedback_request": f"""Title: Demander un retour sur le refus – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

À envoyer au plus tard deux ou trois jours après le refus, tant que le recruteur se \
souvient bien de vous. Acceptez d'avance d'entendre la critique.
${{reason_line}}
""",
    "skills_clarification": f"""Title: Préciser une compétence – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Prouvez la compétence par un exemple concret. Ne demandez pas de nouvel entretien.
${{reason_line}}
""",
    "future_opening": f"""Title: Reprendre contact pour un nouveau poste – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Le recruteur avait laissé la porte ouverte : rappelez votre candidature et proposez \
un rendez-vous.${{opening_line}}
${{reason_line}}
""",
    "reapply": f"""Title: Postuler à nouveau – ${{company}}

{_DRAFT_EVENT}${{deadline_line}}

Joignez votre CV à jour et dites ce qui a changé dans votre profil depuis le refus.
${{reason_line}}
""",
    "debrief": """Title: Noter la suite annoncée : délai, canal, interlocuteur – ${company}

Ajoutez à la description de ${the_interview} ce que le recruteur a dit de la suite. \
Il manque encore :
${missing_lines}

Ces lignes fixent la date de la relance et le bon interlocuteur.
${reason_line}
""",
    "call": """Title: Appeler ${call_target} : où en est le processus ? – ${company}

Script :
« Bonjour, ${signature} à l'appareil. Nous avons échangé lors de \
${interview_ref} concernant ${position_phrase}. Je vous appelle pour savoir où en est le processus \
de recrutement. Si cela vous est utile, je peux vous envoyer les références de mes \
anciens employeurs. »

Si personne ne décroche : laissez un seul message vocal, court, plutôt que de \
rappeler plusieurs fois dans la journée.

Après cet appel, relance ne proposera plus de contact pour ce tour d'entretien : \
une quatrième relance prendrait des allures de harcèlement.
${reason_line}
""",
    "interview_question": """Title: Est-ce un entretien d'embauche ? ${event_title}

relance ne sait pas si l'événement « ${event_title} » du ${interview_date} est un \
entretien d'embauche. Tant que vous n'avez pas répondu, aucune relance n'est prévue \
pour lui.

Pour répondre, lancez l'une de ces commandes :
  relance confirm-interview ${event_ref} oui
  relance confirm-interview ${event_ref} non
ou ajoutez #candidature (oui) ou #pas-candidature (non) à la description de \
l'événement. relance en tient compte au cycle suivant.
${reason_line}
""",
    "discrimination_info": """Title: Refus : motif peut-être discriminatoire – ${company}

Le motif donné par ${company} pour refuser votre candidature pourrait être \
discriminatoire : la loi interdit d'écarter un candidat pour son origine, sa \
nationalité, son apparence, son âge, son sexe, une grossesse, sa situation de \
famille, son état de santé ou un handicap, sa religion, ses opinions politiques \
ou syndicales, son lieu de résidence ou son nom, entre autres.

Vous pouvez saisir le Défenseur des droits : www.defenseurdesdroits.fr, ou par \
téléphone au 3928.

relance n'écrira aucun brouillon au recruteur pour cette candidature.
${reason_line}
""",
    "confirm_reading": """Title: Réponse ${reply_from} à lire : refus, attente ou suite ?

${company} a répondu (« ${reply_subject} », ${reply_date}), mais relance n'est pas sûr \
de bien lire ce message : il y voit « ${reading} » (probabilité ${reading_confidence}), \
d'après : ${reading_reasons}.

En attendant votre lecture, relance n'écrit plus de relance au recruteur pour ce tour \
et ne tire aucune conséquence de ce message. Lisez-le, puis dites à relance ce qu'il \
dit, en remplaçant MOT par refus, attente, suite, offre ou autre (ou \
refus-competences, refus-porte-ouverte, refus-definitif) :
${confirm_command}

Dans Gmail, le libellé relance/MOT (relance/refus, relance/attente…) mis sur le \
message vaut la même réponse. Le prochain cycle suit votre lecture.
${reason_line}
""",
    "contact_needed": """Title: À qui écrire pour ${company} ?

relance n'a trouvé aucune personne à qui écrire pour ${company} : \
les brouillons (${waiting_steps}) attendent un destinataire.

Adresses vues, et pourquoi elles sont écartées :
${addresses_seen}

Indiquez la personne à qui écrire, puis relance écrira les brouillons au cycle suivant :
${contact_command}
${reason_line}
""",
}
