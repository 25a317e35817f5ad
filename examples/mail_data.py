"""The messages of the example Maildir (the story is in examples/README.md).

Each entry is one message: its folder and flags, its headers, and its body
as plain text, HTML, or both. Message-IDs are written out so that replies
can point at them; every domain but the user's webmail is fictional.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ME = "Camille Martin <camille.martin@gmail.com>"
JEANNE = "Jeanne Dupont <jeanne.dupont@acme-industrie.example>"
CLAIRE = "Claire Lambert <claire.lambert@ondine-assurances.example>"
ELODIE = "Élodie Marchand <elodie.marchand@helio-energies.example>"
RACHEL = "Rachel Kim <rachel.kim@brightwave.example>"

# The user's own messages (Gmail Message-IDs).
S_ACME_THANKS = "<CAMk3v0Qx7Ljc1s9w2TnE4bRz8Ypd5HqXo=Fv2m@mail.gmail.com>"
S_ACME_CONFIRM = "<CAMk3v0Rb2Wq9zT4nLx8c1VhJ6sEy0Du=Pk7a3Q@mail.gmail.com>"
S_ONDINE_THANKS = "<CAMk3v0Sd8Hn2fQ6wYc1Lz9Rb4Tx7Gm=Jq0e5V@mail.gmail.com>"
S_ONDINE_FOLLOW = "<CAMk3v0Tg5Jm8xW2pQz7Hc3Nd1Rv6Ky=Bs9f4L@mail.gmail.com>"
S_HELIO_THANKS = "<CAMk3v0Uh1Kp4zS9rTb6Mx2Ew8Fq3Ln=Cd5g0W@mail.gmail.com>"
S_BRIGHT_THANKS = "<CAMk3v0Vj7Lq1aD5sUc3Ny9Fz2Gr8Mo=Ef6h1X@mail.gmail.com>"

# Recruiters' messages that threads point at.
I_ACME_NEXT = "<AM0PR07MB41260D3C2B8E1F4A9@AM0PR07MB4126.eurprd07.acme-industrie.example>"
I_HELIO_REFUSAL = "<5e2c9a17-8b3f-4d61-a0e4-7f1c3b9d2e58@helio-energies.example>"
I_GALENIS_REFUSAL = "<20261208174211.7C3E9A0B12@mail.galenis.example>"
I_SOLVEO_HOLDING = "<20261204154702.3f9a1c@solveo.example>"
I_BRIGHT_HOLDING = "<CAB9xQ2r7Ktm4Pw1Zs8Lc5Vn3Hd0Jy6=Rg2u8N@mail.brightwave.example>"
I_NORDLYS_REFUSAL = (
    "<01020193a5e4c1f2-7d9b3a52-4e1c-4f0a-9c3b-2d7e8f1a6b45-000000@eu-west-1.amazonses.com>"
)


@dataclass(frozen=True)
class Mail:
    folder: str  # "" for INBOX, "Sent"
    subdir: str  # "cur" or "new"
    flags: str  # Maildir info flags, "" in new/
    date: str  # RFC 3339, with the sender's own offset
    sender: str
    to: str
    subject: str
    message_id: str
    text: str | None = None
    html: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    charset: str = "utf-8"
    cte: str | None = None  # None: let the email package choose
    raw_note: str = field(default="", compare=False)  # why the message is there


ACME_THANKS_TEXT = """Bonjour Madame Dupont,

Je vous remercie pour notre entretien de ce matin et pour le temps que vous
m'avez consacré. La présentation du projet de réorganisation de l'atelier
d'usinage m'a confortée dans mon envie de rejoindre Acme Industrie.

Je reste à votre disposition pour tout complément.

Bien cordialement,
Camille Martin
06 39 98 00 17
"""

SENT: list[Mail] = [
    Mail(
        "Sent", "cur", "S", "2026-11-24T17:05:12+01:00", ME, JEANNE,
        "Merci pour notre entretien", S_ACME_THANKS, text=ACME_THANKS_TEXT,
        raw_note="B4: the user's own thank-you for Acme round 1",
    ),
    Mail(
        "Sent", "cur", "S", "2026-12-02T14:32:40+01:00", ME, JEANNE,
        "Re: Merci pour notre entretien", S_ACME_CONFIRM,
        text="Bonjour Madame Dupont,\n\nAvec plaisir : je vous confirme ma présence le "
        "vendredi 11 décembre à 14h00.\n\nBien cordialement,\nCamille Martin\n",
        in_reply_to=I_ACME_NEXT, references=(S_ACME_THANKS, I_ACME_NEXT),
    ),
    Mail(
        "Sent", "cur", "S", "2026-11-20T15:10:03+01:00", ME, CLAIRE,
        "Merci pour notre échange de ce matin", S_ONDINE_THANKS,
        text="Bonjour Madame Lambert,\n\nMerci pour notre échange de ce matin sur le poste "
        "d'analyste actuariat. Les enjeux de la refonte du provisionnement que vous m'avez\n"
        "décrits correspondent exactement à ce que j'ai mené ces deux dernières années.\n\n"
        "Bien cordialement,\nCamille Martin\n",
        raw_note="B4: the user's own thank-you, within the window",
    ),
    Mail(
        "Sent", "cur", "S", "2026-12-03T09:12:05+01:00", ME, CLAIRE,
        "Re: Merci pour notre échange de ce matin", S_ONDINE_FOLLOW,
        text="Bonjour Madame Lambert,\n\nJe me permets de revenir vers vous au sujet du poste "
        "d'analyste actuariat : il m'intéresse toujours autant et je suis disponible\n"
        "dès janvier. Depuis notre échange, j'ai terminé la certification de l'Institut\n"
        "des actuaires sur la norme IFRS 17.\n\nBien cordialement,\nCamille Martin\n",
        in_reply_to=S_ONDINE_THANKS, references=(S_ONDINE_THANKS,),
        raw_note="B4: the user's own follow-up (counts as B2)",
    ),
    Mail(
        "Sent", "cur", "S", "2026-11-20T08:55:47+01:00", ME, ELODIE,
        "Merci pour l'entretien du 19 novembre", S_HELIO_THANKS,
        text="Bonjour Madame Marchand,\n\nMerci pour l'entretien d'hier matin. Le "
        "développement de vos parcs en Auvergne-Rhône-Alpes est un projet qui me\n"
        "motive beaucoup, et la mise en service du parc de Tarascon, que nous n'avons\n"
        "pas eu le temps d'aborder, m'y a bien préparée.\n\nBien cordialement,\n"
        "Camille Martin\n",
    ),
    Mail(
        "Sent", "cur", "S", "2026-12-08T18:40:21+01:00", ME, RACHEL,
        "Thank you – Senior Data Analyst interview", S_BRIGHT_THANKS,
        text="Dear Rachel,\n\nThank you for your time today. I enjoyed learning how your team "
        "is rebuilding\nthe churn forecasting pipeline, and I'd be glad to bring the experience "
        "of the\nretention models I shipped at Ferrand.\n\nBest regards,\nCamille Martin\n",
        raw_note="B4: sent within 48 hours of the interview: no thank-you draft",
    ),
]

NADIA = "Nadia Benali <nadia.benali@galenis.example>"

ACME_NEXT_TEXT = """Bonjour Camille,

Merci pour votre message. Suite à votre entretien, nous souhaitons vous
rencontrer pour un second entretien avec Marc Lefèvre, directeur industriel,
le vendredi 11 décembre à 14h00 dans nos locaux de Lyon. Pouvez-vous me
confirmer votre disponibilité ? Vous recevrez une invitation dans votre agenda.

Bien cordialement,

Jeanne Dupont
Chargée de recrutement
Acme Industrie – 14 rue des Forges, 69007 Lyon
+33 6 12 34 56 78

________________________________
De : Camille Martin <camille.martin@gmail.com>
Envoyé : mardi 24 novembre 2026 17:05
À : Jeanne Dupont <jeanne.dupont@acme-industrie.example>
Objet : Merci pour notre entretien

""" + ACME_THANKS_TEXT

HELIO_TEXT = """Bonjour Camille,

Merci pour votre patience. Le poste de cheffe de projet photovoltaïque a
finalement été pourvu en interne, et votre candidature n'a donc pas été
retenue.

Votre profil nous a néanmoins beaucoup intéressés : nous gardons votre CV,
un poste similaire ouvrira dans trois mois dans notre agence de Lyon et nous
serions ravis de vous recontacter à ce moment-là.

Bien cordialement,

--\x20
Élodie Marchand
Chargée de recrutement | Hélio Énergies
8 quai Perrache, 69002 Lyon – +33 4 65 71 00 32

Le ven. 20 nov. 2026 à 08:55, Camille Martin <camille.martin@gmail.com> a écrit :
> Bonjour Madame Marchand,
>
> Merci pour l'entretien d'hier matin. Le développement de vos parcs en
> Auvergne-Rhône-Alpes est un projet qui me motive beaucoup.
>
> Bien cordialement,
> Camille Martin
"""

GALENIS_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Bonjour Madame Martin,</p>
<p>Nous vous remercions de l&#39;intérêt que vous portez à Galénis et du temps consacré
à notre entretien du 26 novembre.</p>
<p>Après étude attentive de votre candidature, nous sommes au regret de vous informer
que nous ne donnerons pas suite.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
<p>Bien cordialement,</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="border-left:3px solid #2a7ab0;padding-left:8px">
<b>Nadia Benali</b><br>Chargée de recrutement<br>Galénis – Laboratoires pharmaceutiques<br>
<a href="https://www.galenis.example">www.galenis.example</a></td></tr></table>
</body></html>
"""

NORDLYS_TEXT = """Hi Camille,

Thank you for taking the time to meet Ingrid and Lars for the Senior Data
Engineer role at Nordlys.

After careful consideration, we have decided to move forward with candidates
who have more hands-on production experience with Kubernetes, which is central
to this role.

We appreciate your interest in Nordlys and wish you the best in your search.

Kind regards,
Ingrid Solberg
Talent Acquisition, Nordlys

This email was sent by Nordlys via Teamtailor. Please do not reply to this email.
"""

BRIGHT_TEXT = """Hi Camille,

Thanks for your note, it was great talking with you today. We're still
meeting a few candidates this week and will get back to you as soon as we can.

Best,
Rachel

Rachel Kim | Head of Analytics | Brightwave Analytics

On Tue, Dec 8, 2026 at 12:40 PM Camille Martin <camille.martin@gmail.com> wrote:
> Dear Rachel,
>
> Thank you for your time today. I enjoyed learning how your team is
> rebuilding the churn forecasting pipeline.
>
> Best regards,
> Camille Martin
"""


def html_of(text: str) -> str:
    """A plain HTML rendering of a text part, as mail clients add one."""
    paragraphs = [p.replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<html><body><div dir="ltr">\n{body}\n</div></body></html>\n'


INBOX: list[Mail] = [
    Mail(
        "", "cur", "S", "2026-11-20T10:02:12+01:00", NADIA, ME,
        "Convocation à un entretien – Responsable qualité fournisseurs",
        "<20261120100212.A1F3C9E2@mail.galenis.example>",
        text="Bonjour Madame Martin,\n\nSuite à votre candidature au poste de Responsable "
        "qualité fournisseurs,\nnous avons le plaisir de vous convier à un entretien en visio "
        "le jeudi\n26 novembre à 14h30. Vous recevrez une invitation dans votre agenda.\n\n"
        "Bien cordialement,\n\nNadia Benali\nChargée de recrutement – Galénis\n",
        raw_note="C1: before the first interview, not read for the rules",
    ),
    Mail(
        "", "cur", "S", "2026-11-30T18:03:14+01:00",
        "Cimalp - Ressources humaines <drh@cimalp.example>", ME,
        "Votre candidature au poste de Responsable achats",
        "<20261130180314.4C2A1@mail.cimalp.example>",
        text="Madame,\n\nNous vous remercions pour le temps que vous nous avez consacré lors "
        "de vos deux\nentretiens, le 5 et le 19 novembre.\n\nAprès réflexion, nous avons "
        "décidé de ne pas retenir votre candidature.\nNotre décision est définitive et nous "
        "ne reviendrons pas dessus.\n\nNous vous prions d'agréer, Madame, l'expression de nos "
        "salutations\ndistinguées.\n\nLa Direction des ressources humaines\nCimalp\n",
        headers=(("X-Mailer", "Lotus Notes Release 9.0.1"),),
        charset="iso-8859-1", cte="8bit", raw_note="rejection_categorical, iso-8859-1",
    ),
    Mail(
        "", "cur", "S", "2026-12-01T07:30:00+01:00",
        "Cadres & Carrières <newsletter@cadres-carrieres.example>", ME,
        "La lettre de décembre : réussir son entretien d'embauche en visio",
        "<lettre-2026-12.7f3a@news.cadres-carrieres.example>",
        text="Cadres & Carrières – la lettre de décembre\n\n"
        "1. Réussir son entretien d'embauche en visio : cinq conseils de recruteurs.\n"
        "2. Relancer après un entretien : quand, comment, combien de fois ?\n"
        "3. Salaires 2027 : ce que prévoient les entreprises.\n\n"
        "Se désinscrire : https://cadres-carrieres.example/desinscription\n",
        html="<html><body><h1>Cadres &amp; Carrières</h1><ol>"
        "<li>Réussir son entretien d'embauche en visio : cinq conseils de recruteurs.</li>"
        "<li>Relancer après un entretien : quand, comment, combien de fois ?</li>"
        "<li>Salaires 2027 : ce que prévoient les entreprises.</li></ol>"
        '<p><a href="https://cadres-carrieres.example/desinscription">Se désinscrire</a>'
        "</p></body></html>\n",
        headers=(
            ("List-Unsubscribe", "<https://cadres-carrieres.example/desinscription>"),
            ("Precedence", "bulk"),
        ),
        raw_note="other: newsletter",
    ),
    Mail(
        "", "cur", "S", "2026-12-01T14:04:33+00:00",
        "Nordlys <no-reply@teamtailor-mail.com>", ME,
        "Your application for Senior Data Engineer at Nordlys", I_NORDLYS_REFUSAL,
        text=NORDLYS_TEXT, html=html_of(NORDLYS_TEXT),
        raw_note="rejection_with_reason_skills through an ATS naming the company",
    ),
    Mail(
        "", "cur", "RS", "2026-12-02T11:20:08+01:00", JEANNE, ME,
        "RE: Merci pour notre entretien", I_ACME_NEXT, text=ACME_NEXT_TEXT,
        in_reply_to=S_ACME_THANKS, references=(S_ACME_THANKS,),
        headers=(("Thread-Topic", "Merci pour notre entretien"),),
        cte="quoted-printable", raw_note="positive_next_step, quoted history",
    ),
    Mail(
        "", "cur", "S", "2026-12-03T09:12:41+01:00", CLAIRE, ME,
        "Réponse automatique : Re: Merci pour notre échange de ce matin",
        "<AS8PR10MB6914B2E0C4A1D3F5@AS8PR10MB6914.eurprd10.ondine-assurances.example>",
        text="Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre inclus, avec un "
        "accès\nlimité à mes e-mails. Pour toute urgence, vous pouvez écrire à\n"
        "recrutement@ondine-assurances.example.\n\nClaire Lambert\n",
        in_reply_to=S_ONDINE_FOLLOW, references=(S_ONDINE_THANKS, S_ONDINE_FOLLOW),
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        cte="base64", raw_note="other: out-of-office",
    ),
    Mail(
        "", "cur", "S", "2026-12-04T15:47:02+01:00",
        "Thomas Girard <thomas.girard@solveo.example>", ME,
        "Votre candidature – Cheffe de projet ERP", I_SOLVEO_HOLDING,
        text="Bonjour Camille,\n\nMerci encore pour notre échange de jeudi. Nous finalisons les "
        "entretiens avec les\nderniers candidats cette semaine et nous reviendrons vers vous "
        "d'ici le 15 décembre.\n\nBelle fin de semaine,\n\nThomas Girard\n"
        "Directeur de projets – Solvéo\n+33 1 99 00 12 34\n",
        cte="quoted-printable", raw_note="holding with a date",
    ),
    Mail(
        "", "cur", "S", "2026-12-06T08:00:00+00:00",
        "RemoteHub Jobs <jobs-noreply@remotehub.example>", ME,
        "8 new Data Analyst jobs for you", "<digest.20261206.5521@remotehub.example>",
        text="New jobs matching \"data analyst\":\n\n"
        "- Senior Data Analyst – Brightwave Analytics (remote, EMEA)\n"
        "- Analytics Engineer – Tidewell (Dublin)\n"
        "- Product Data Analyst – Kestrel Robotics (London)\n\n"
        "Manage your alerts: https://remotehub.example/alerts\n",
        html="<html><body><h2>New jobs matching &quot;data analyst&quot;</h2><ul>"
        "<li>Senior Data Analyst – Brightwave Analytics (remote, EMEA)</li>"
        "<li>Analytics Engineer – Tidewell (Dublin)</li>"
        "<li>Product Data Analyst – Kestrel Robotics (London)</li></ul>"
        '<p><a href="https://remotehub.example/alerts">Manage your alerts</a></p>'
        "</body></html>\n",
        headers=(("List-Unsubscribe", "<https://remotehub.example/alerts>"),),
        raw_note="other: job alert naming companies, not from an ATS",
    ),
    Mail(
        "", "cur", "S", "2026-12-07T07:00:00+01:00",
        "Emploi Radar <alertes@emploi-radar.example>", ME,
        "12 nouvelles offres « ingénieur méthodes » près de Lyon",
        "<alerte.20261207.88213@emploi-radar.example>",
        html="<html><body><p>Bonjour Camille,</p><p>12 nouvelles offres correspondent à votre "
        "alerte :</p><ul><li><b>Ingénieur méthodes H/F</b> – Acme Industrie – Lyon 7e</li>"
        "<li><b>Ingénieure process</b> – Cimalp – Annecy</li></ul>"
        '<p><a href="https://emploi-radar.example/alertes">Gérer mes alertes</a></p>'
        "</body></html>\n",
        cte="quoted-printable", raw_note="other: job alert, HTML only",
    ),
    Mail(
        "", "cur", "FS", "2026-12-07T11:10:27+00:00",
        "Oliver Hughes <oliver.hughes@kestrel-robotics.example>", ME,
        "Offer – Product Analyst", "<7c1e5a93b0d24f68@kestrel-robotics.example>",
        text="Dear Camille,\n\nFollowing your interview on 23 November, I'm delighted to offer "
        "you the\nposition of Product Analyst at Kestrel Robotics, starting on 1 February 2027."
        "\nYour formal offer letter, with the salary and benefits we discussed, will\nfollow "
        "from our HR team tomorrow.\n\nPlease don't hesitate to call me if you have any "
        "questions.\n\nBest wishes,\nOliver Hughes\nHead of Product, Kestrel Robotics\n"
        "+44 20 7946 0321\n",
        raw_note="offer",
    ),
    Mail(
        "", "cur", "S", "2026-12-08T10:05:51+01:00", ELODIE, ME,
        "Re: Merci pour l'entretien du 19 novembre", I_HELIO_REFUSAL, text=HELIO_TEXT,
        in_reply_to=S_HELIO_THANKS, references=(S_HELIO_THANKS,),
        raw_note="rejection_future_opening, quoted history and signature",
    ),
    Mail(
        "", "new", "", "2026-12-08T16:20:37+01:00",
        "Gérard Vasseur <g.vasseur@vasseur-transports.example>", ME,
        "Votre candidature – Responsable d'exploitation",
        "<000f01db4a9c$2e7b1c40$8b7154c0$@vasseur-transports.example>",
        text="Madame,\n\nJe vous remercie d'être venue nous rencontrer le 30 novembre.\n\n"
        "Je vous informe que nous ne donnerons pas suite à votre candidature : pour ce\n"
        "poste, nous recherchons un profil plus jeune, qui pourra évoluer longtemps avec\n"
        "l'entreprise.\n\nJe vous souhaite bonne chance dans vos recherches.\n\n"
        "Gérard Vasseur\nGérant – Transports Vasseur\n",
        raw_note="refusal for a reason forbidden by law (age): D5",
    ),
    Mail(
        "", "new", "", "2026-12-08T17:42:11+01:00", NADIA, ME,
        "Votre candidature – Responsable qualité fournisseurs", I_GALENIS_REFUSAL,
        html=GALENIS_HTML, cte="quoted-printable",
        raw_note="rejection_generic, HTML only, quoted-printable",
    ),
    Mail(
        "", "new", "", "2026-12-08T19:30:02+01:00", "Léa Rousseau <lea.rousseau@gmail.com>", ME,
        "Alors, Quantix ?", "<CAJp4Lq0Wn8Ty2Bx6Hm1Rz9Fc3Vd7Ks=Qa5e0G@mail.gmail.com>",
        text="Coucou !\n\nAlors, cet entretien chez Quantix ? Et tu as des nouvelles d'Acme "
        "pour le\n2e tour ? On en parle jeudi ?\n\nBises,\nLéa\n",
        raw_note="a friend on webmail: no application",
    ),
    Mail(
        "", "new", "", "2026-12-08T14:55:19-05:00", RACHEL, ME,
        "Re: Thank you – Senior Data Analyst interview", I_BRIGHT_HOLDING,
        text=BRIGHT_TEXT, html=html_of(BRIGHT_TEXT),
        in_reply_to=S_BRIGHT_THANKS, references=(S_BRIGHT_THANKS,),
        raw_note="holding without a date, in the thread of the user's thank-you",
    ),
]
