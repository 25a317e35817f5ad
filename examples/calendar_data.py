"""The events of the example calendars (the story is in examples/README.md).

Every company and domain is fictional (`.example`, RFC 2606). The user is
Camille Martin <camille.martin@gmail.com>; her zone is Europe/Paris (UTC+1
all through November and December 2026, so 10:00 in Paris is 09:00Z).
"""

from __future__ import annotations

from ics_text import escape_text

ME = "camille.martin@gmail.com"
Props = list[tuple[str, str]]

VTIMEZONES: dict[str, list[str]] = {
    "Europe/Paris": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ],
    # Outlook names zones the Windows way; "Romance Standard Time" is Paris.
    "Romance Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ],
}


def person(role: str, name: str, email: str, partstat: str = "ACCEPTED") -> tuple[str, str]:
    if role == "ORGANIZER":
        return (f'ORGANIZER;CN="{name}"', f"mailto:{email}")
    return (
        f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN="{name}"'
        ";X-NUM-GUESTS=0",
        f"mailto:{email}",
    )


def google(
    uid: str, start: str, end: str, summary: str, description: str = "", *,
    people: tuple[tuple[str, str, str, str], ...] = (), location: str = "",
    created: str = "20261101T090000Z", sequence: int = 0, extra: Props | None = None,
) -> Props:
    """One event as Google exports it: times in UTC unless given with parameters."""
    def when(name: str, value: str) -> tuple[str, str]:
        if ":" in value:  # "TZID=Europe/Paris:20260903T200000" or "VALUE=DATE:20261125"
            params, moment = value.split(":", 1)
            return (f"{name};{params}", moment)
        return (name, value)

    props: Props = [when("DTSTART", start), when("DTEND", end), ("DTSTAMP", "20261209T081500Z")]
    organizer = [p for p in people if p[0] == "ORGANIZER"]
    props.append(
        person(*organizer[0][:3]) if organizer
        else ("ORGANIZER;CN=camille.martin@gmail.com", f"mailto:{ME}")
    )
    props.append(("UID", uid))
    props += [person(*p[:3], p[3]) for p in people if p[0] == "ATTENDEE"]
    props += extra or []
    props += [
        ("CREATED", created),
        ("DESCRIPTION", escape_text(description)),
        ("LAST-MODIFIED", created),
        ("LOCATION", escape_text(location)),
        ("SEQUENCE", str(sequence)),
        ("STATUS", "CONFIRMED"),
        ("SUMMARY", escape_text(summary)),
        ("TRANSP", "OPAQUE"),
    ]
    return props


def org(name: str, email: str) -> tuple[str, str, str, str]:
    return ("ORGANIZER", name, email, "")


def att(name: str, email: str, partstat: str = "ACCEPTED") -> tuple[str, str, str, str]:
    return ("ATTENDEE", name, email, partstat)


CAMILLE = att("Camille Martin", ME)
JEANNE = ("Jeanne Dupont", "jeanne.dupont@acme-industrie.example")
JEANNE_LINE = "Contact : Jeanne Dupont <jeanne.dupont@acme-industrie.example> +33 6 12 34 56 78"

GOOGLE_EVENTS: list[Props] = [
    google(
        "5k2m0q7v1c9d3f8h6j4n2p0r1s@google.com", "20261124T090000Z", "20261124T100000Z",
        "Entretien – Acme Industrie",
        "Entretien avec Jeanne Dupont (RH) et le responsable méthodes.\n\n"
        "Réponse avant le 04/12\nCanal : mail\n" + JEANNE_LINE + "\n"
        "Poste : Ingénieure méthodes\n"
        "Points : mon audit SMED chez Ferrand (changements de série réduits de 30 %)",
        people=(org(*JEANNE), att(*JEANNE), CAMILLE),
        location="Acme Industrie, 14 rue des Forges, 69007 Lyon", created="20261117T101200Z",
    ),
    google(
        "7b1x4z8w2y6u0t3s5r9q1p7o4n@google.com", "20261211T130000Z", "20261211T140000Z",
        "Entretien – Acme Industrie",
        "2e tour, avec Marc Lefèvre, directeur industriel.\n\n" + JEANNE_LINE + "\n"
        "Poste : Ingénieure méthodes",
        people=(org(*JEANNE), att(*JEANNE), CAMILLE),
        location="Acme Industrie, 14 rue des Forges, 69007 Lyon", created="20261202T134000Z",
    ),
    google(
        "2h8j5k1l9m3n7b4v6c0x2z8a5s@google.com", "20261203T090000Z", "20261203T100000Z",
        "Entretien – Solvéo",
        "Réponse : sous 10 jours\nCanal : mail\n"
        "Contact : Thomas Girard <thomas.girard@solveo.example> +33 1 99 00 12 34\n"
        "Poste : Cheffe de projet ERP\n"
        "Points : la migration SAP menée chez Ferrand en six mois",
        people=(
            org("Thomas Girard", "thomas.girard@solveo.example"),
            att("Thomas Girard", "thomas.girard@solveo.example"), CAMILLE,
        ),
        location="Solvéo, 3 place de la Bourse, 75002 Paris", created="20261126T160500Z",
    ),
    google(
        "9q4w7e1r5t8y2u6i0o3p5a9s1d@google.com", "20261126T133000Z", "20261126T141500Z",
        "Visio recrutement",
        "Entreprise : Galénis\nLien : https://visio.galenis.example/rh/qualite-fournisseurs\n\n"
        "Délai : 2 semaines\nCanal : mail\n"
        "Contact : Nadia Benali <nadia.benali@galenis.example>\n"
        "Poste : Responsable qualité fournisseurs",
        people=(
            org("Nadia Benali", "nadia.benali@galenis.example"),
            att("Nadia Benali", "nadia.benali@galenis.example"), CAMILLE,
        ),
        location="https://visio.galenis.example/rh/qualite-fournisseurs",
        created="20261120T091500Z",
    ),
    google(
        "4f7g1h5j8k2l6z9x3c7v0b4n8m@google.com", "20261119T083000Z", "20261119T093000Z",
        "Entretien – Hélio Énergies",
        "Délai : 3 semaines\nCanal : téléphone\n"
        "Contact : Élodie Marchand <elodie.marchand@helio-energies.example> +33 4 65 71 00 32\n"
        "Poste : Cheffe de projet photovoltaïque\n"
        "Points : la mise en service du parc de Tarascon",
        location="Hélio Énergies, 8 quai Perrache, 69002 Lyon", created="20261112T083000Z",
    ),
    google(
        "1a3s5d7f9g2h4j6k8l0z1x3c5v@google.com", "20261105T100000Z", "20261105T110000Z",
        "Entretien – Cimalp",
        "Réponse : sous 10 jours\nCanal : mail\nContact : Paul Roux <paul.roux@cimalp.example>\n"
        "Poste : Responsable achats",
        location="Cimalp, 22 avenue de Genève, 74000 Annecy", created="20261028T170000Z",
    ),
    google(
        "6b8n0m2q4w6e8r0t2y4u6i8o0p@google.com", "20261119T130000Z", "20261119T143000Z",
        "Entretien Cimalp (2e tour)",
        "Avec le directeur général.\n"
        "Réponse avant le 30/11\nCanal : téléphone\n"
        "Contact : Paul Roux <paul.roux@cimalp.example> +33 4 65 71 00 12\n"
        "Poste : Responsable achats",
        location="Cimalp, 22 avenue de Genève, 74000 Annecy", created="20261116T080000Z",
    ),
    google(
        "3c5v7b9n1m3q5w7e9r1t3y5u7i@google.com", "20261130T090000Z", "20261130T100000Z",
        "Rencontre Transports Vasseur #candidature",
        "Entreprise : Transports Vasseur\n"
        "Délai : 1 semaine\nCanal : téléphone\n"
        "Contact : Gérard Vasseur <g.vasseur@vasseur-transports.example> +33 3 53 73 00 45\n"
        "Poste : Responsable d'exploitation",
        people=(
            org("Gérard Vasseur", "g.vasseur@vasseur-transports.example"),
            att("Gérard Vasseur", "g.vasseur@vasseur-transports.example"), CAMILLE,
        ),
        location="Transports Vasseur, ZI des Hauts-Champs, 59810 Lesquin",
        created="20261123T140000Z",
    ),
    google(
        "8d0f2g4h6j8k0l2z4x6c8v0b2n@google.com", "20261120T083000Z", "20261120T093000Z",
        "RDV de recrutement – Ondine Assurances",
        "Entreprise : Ondine Assurances\n"
        "Réponse : sous 10 jours\nCanal : mail\n"
        "Contact : Claire Lambert <claire.lambert@ondine-assurances.example> +33 5 36 49 00 27\n"
        "Poste : Analyste actuariat\n"
        "Points : mon modèle de provisionnement sous R",
        location="Ondine Assurances, 5 rue de la Marne, 79000 Niort", created="20261113T100000Z",
    ),
    google(
        "0z9x8c7v6b5n4m3l2k1j0h9g8f@google.com", "20261130T130000Z", "20261130T140000Z",
        "Entretien – Brasserie Kerlann",
        "Processus : court\nCanal : mail\nContact : Yann Le Goff <yann.legoff@kerlann.example>\n"
        "Poste : Responsable supply chain\n"
        "Relance : non\n(poste à Quimper : je ne donnerai pas suite)",
        location="Visio", created="20261125T180000Z",
    ),
    google(
        "5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com", "VALUE=DATE:20261125", "VALUE=DATE:20261126",
        "Entretien – Papeteries Ravel",
        "Journée d'immersion sur le site d'Angoulême, entretiens avec l'équipe de production.\n"
        "Processus : long\nCanal : téléphone\n"
        "Contact : Luc Ravel <luc.ravel@ravel-papeteries.example> +33 5 36 49 00 88\n"
        "Poste : Responsable de production",
        location="Papeteries Ravel, 16000 Angoulême", created="20261116T120000Z",
    ),
    google(
        "2w4e6r8t0y2u4i6o8p0a2s4d6f@google.com", "20261208T130000Z", "20261208T140000Z",
        "Entretien – Quantix",
        "Entretien en anglais avec l'équipe produit.\n\n"
        "Réponse avant le 15/12\nCanal : mail\n"
        "Contact : Hugo Bernard <hugo.bernard@quantix.example> +33 6 39 98 00 51\n"
        "Poste : Data Product Manager\n"
        "Points : the fraud-monitoring dashboard I built at Ferrand\n"
        "Langue : en",
        people=(
            org("Hugo Bernard", "hugo.bernard@quantix.example"),
            att("Hugo Bernard", "hugo.bernard@quantix.example"), CAMILLE,
        ),
        location="Quantix, 40 rue du Louvre, 75001 Paris", created="20261201T090000Z",
    ),
    google(
        "7g9h1j3k5l7z9x1c3v5b7n9m1q@google.com", "20261202T160000Z", "20261202T163000Z",
        "Phone screen – Hexaflow",
        "Screening call with the Hexaflow talent team.",
        people=(
            org("Hexaflow Talent", "talent@hexaflow.example"),
            att("Hexaflow Talent", "talent@hexaflow.example"),
            att("Camille Martin", ME, "DECLINED"),
        ),
        created="20261127T150000Z",
    ),
    google(
        "yoga-mardi-3r5t7y9u1i3o5p7a@google.com", "20260915T170000Z", "20260915T180000Z",
        "Yoga", "Studio Prana, cours débutants.", location="Studio Prana, Lyon 7e",
        created="20260910T120000Z", extra=[("RRULE", "FREQ=WEEKLY;BYDAY=TU")],
    ),
    google(
        "asso-hebdo-9k7j5h3g1f9d7s5a@google.com", "TZID=Europe/Paris:20260903T200000",
        "TZID=Europe/Paris:20260903T210000", "Point hebdo association",
        "Point hebdomadaire du bureau de l'association Vélo en Ville.",
        location="Visio", created="20260901T080000Z",
        extra=[
            ("RRULE", "FREQ=WEEKLY;BYDAY=TH"),
            ("EXDATE;TZID=Europe/Paris", "20261112T200000"),
        ],
    ),
    google(
        "asso-hebdo-9k7j5h3g1f9d7s5a@google.com", "TZID=Europe/Paris:20261202T200000",
        "TZID=Europe/Paris:20261202T210000", "Point hebdo association (avancé au mercredi)",
        "Point hebdomadaire du bureau de l'association Vélo en Ville.",
        location="Visio", created="20261125T080000Z", sequence=1,
        extra=[("RECURRENCE-ID;TZID=Europe/Paris", "20261203T200000")],
    ),
    google(
        "4k6l8z0x2c4v6b8n0m2q4w6e8r@google.com", "20261116T083000Z", "20261116T110000Z",
        "Atelier CV et LinkedIn – France Travail", "Apporter le CV imprimé.",
        location="Agence France Travail, Lyon 7e", created="20261109T090000Z",
    ),
    google(
        "1s3d5f7g9h1j3k5l7z9x1c3v5b@google.com", "20261112T113000Z", "20261112T123000Z",
        "Déjeuner avec Léa (réseau)", "Lui parler de Quantix et d'Acme.",
        location="Le Passage, Lyon 2e", created="20261105T190000Z",
    ),
    google(
        "6n8m0q2w4e6r8t0y2u4i6o8p0a@google.com", "20261205T090000Z", "20261205T093000Z",
        "Entretien du vélo", "Atelier de quartier : freins et chaîne.",
        location="Atelier Vélo en Ville", created="20261130T200000Z",
    ),
    google(
        "9p1o3i5u7y9t1r3e5w7q9a1s3d@google.com", "20261210T170000Z", "20261210T183000Z",
        "Préparation entretien Acme (2e tour)",
        "Relire les notes du 24/11, préparer le cas de réduction des stocks.",
        created="20261202T150000Z",
    ),
    google(
        "3g5h7j9k1l3z5x7c9v1b3n5m7q@google.com", "20261211T073000Z", "20261211T080000Z",
        "Dentiste", "", location="Cabinet du Dr Perret", created="20261015T100000Z",
    ),
]


def tb(uid: str, zone: str, start: str, end: str, summary: str, description: str, *,
       people: tuple[tuple[str, str, str, str], ...], location: str = "", sequence: int = 0,
       status: str = "CONFIRMED", modified: str = "20261130T100000Z") -> Props:
    """One event as Thunderbird stores it: local times with their TZID."""
    props: Props = [
        ("CREATED", "20261120T090000Z"),
        ("LAST-MODIFIED", modified),
        ("DTSTAMP", modified),
        ("UID", uid),
        ("SUMMARY", escape_text(summary)),
        ("STATUS", status),
        ("SEQUENCE", str(sequence)),
        ("X-MOZ-GENERATION", str(sequence + 1)),
    ]
    props += [person(*p[:3], p[3]) if p[0] == "ATTENDEE" else person(*p[:3]) for p in people]
    props += [
        (f"DTSTART;TZID={zone}", start),
        (f"DTEND;TZID={zone}", end),
        ("DESCRIPTION", escape_text(description)),
        ("LOCATION", escape_text(location)),
        ("TRANSP", "OPAQUE"),
    ]
    return props


RACHEL = ("Rachel Kim", "rachel.kim@brightwave.example")
INGRID = ("Ingrid Solberg", "ingrid.solberg@nordlys.example")
OLIVER = ("Oliver Hughes", "oliver.hughes@kestrel-robotics.example")
SOPHIE = ("Sophie Marchal", "sophie.marchal@cobalt-conseil.example")
COBALT_UID = (
    "040000008200E00074C5B7101A82E00800000000F0C3B1A5D86ADB01000000000000000010000000"
    "6C1F0E3B8A2D4B47A1E9C5D3F7B20A16"
)
COBALT_TEXT = (
    "Entretien avec Sophie Marchal, associée, pour le poste de consultante "
    "supply chain.\n\nRejoindre la réunion : https://visio.cobalt-conseil.example/j/48213"
)

THUNDERBIRD_EVENTS: list[Props] = [
    tb(
        "b7d2e9a4-3c1f-4e8b-9a06-5f2d8c7e1b43", "America/New_York",
        "20261208T110000", "20261208T114500", "Video interview – Brightwave Analytics",
        "Interview with Rachel Kim (Head of Analytics), New York office.\n\n"
        "Answer by: 2026-12-14\nChannel: email\n"
        "Contact: Rachel Kim <rachel.kim@brightwave.example> +1 212 555 0148\n"
        "Position: Senior Data Analyst",
        people=(org(*RACHEL), att(*RACHEL), CAMILLE),
        location="https://meet.brightwave.example/r/rkim", modified="20261203T151000Z",
    ),
    tb(
        "e4a1c8f2-6b9d-4d37-8e25-1a0c3f9b7d64", "Europe/Paris",
        "20261118T140000", "20261118T150000", "Camille Martin <> Nordlys",
        "Interview for the Senior Data Engineer role, with Ingrid Solberg "
        "(Talent Acquisition) and Lars Eide (Data Platform lead).\n\n"
        "Answer by: 2026-11-27\nChannel: email\n"
        "Contact: Ingrid Solberg <ingrid.solberg@nordlys.example>\n"
        "Position: Senior Data Engineer",
        people=(org(*INGRID), att(*INGRID), CAMILLE),
        location="https://meet.nordlys.example/ingrid.solberg", modified="20261112T093000Z",
    ),
    tb(
        "5a9e3b7c-0d2f-4f61-b8a4-7c6e2d1f9a05", "Europe/London",
        "20261123T150000", "20261123T160000", "Interview with Kestrel Robotics",
        "Answer by: 2026-12-04\nChannel: phone\n"
        "Contact: Oliver Hughes <oliver.hughes@kestrel-robotics.example> +44 20 7946 0321\n"
        "Position: Product Analyst",
        people=(org(*OLIVER), att(*OLIVER), CAMILLE),
        location="Kestrel Robotics, 12 Tanner Street, London SE1", modified="20261117T110000Z",
    ),
    tb(
        COBALT_UID, "Europe/Paris", "20261207T150000", "20261207T160000",
        "Entretien – Cobalt Conseil", COBALT_TEXT,
        people=(org(*SOPHIE), att(*SOPHIE), CAMILLE), sequence=1,
        location="https://visio.cobalt-conseil.example/j/48213", modified="20261202T164500Z",
    ),
    tb(
        "c3f8a1d6-9e2b-4a75-b0c4-8d1e6f2a9b37", "Europe/Paris",
        "20261210T110000", "20261210T120000", "Entretien – Pixelia",
        "Entretien pour le poste de cheffe de projet industrialisation. "
        "Annulé par Pixelia : poste pourvu en interne.",
        people=(org("Marion Petit", "marion.petit@pixelia.example"),
                att("Marion Petit", "marion.petit@pixelia.example"), CAMILLE),
        sequence=1, status="CANCELLED", modified="20261204T083000Z",
    ),
]

OUTLOOK_INVITE: Props = [
    (f'ORGANIZER;CN="{SOPHIE[0]}"', f"mailto:{SOPHIE[1]}"),
    ('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Camille Martin"',
     f"mailto:{ME}"),
    ("DESCRIPTION;LANGUAGE=fr-FR", escape_text(COBALT_TEXT)),
    ("UID", COBALT_UID),
    ("SUMMARY;LANGUAGE=fr-FR", escape_text("Entretien – Cobalt Conseil")),
    ("DTSTART;TZID=Romance Standard Time", "20261204T150000"),
    ("DTEND;TZID=Romance Standard Time", "20261204T160000"),
    ("CLASS", "PUBLIC"),
    ("PRIORITY", "5"),
    ("DTSTAMP", "20261127T101500Z"),
    ("TRANSP", "OPAQUE"),
    ("STATUS", "CONFIRMED"),
    ("SEQUENCE", "0"),
    ("LOCATION;LANGUAGE=fr-FR", escape_text("https://visio.cobalt-conseil.example/j/48213")),
    ("X-MICROSOFT-CDO-APPT-SEQUENCE", "0"),
    ("X-MICROSOFT-CDO-BUSYSTATUS", "TENTATIVE"),
    ("X-MICROSOFT-CDO-IMPORTANCE", "1"),
    ("X-MICROSOFT-CDO-INSTTYPE", "0"),
    ("X-MICROSOFT-DONOTFORWARDMEETING", "FALSE"),
    ("X-MICROSOFT-DISALLOW-COUNTER", "FALSE"),
]
