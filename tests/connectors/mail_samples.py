"""Raw mail written for these tests, in the shapes real mailboxes hold."""

from __future__ import annotations

REPLY = b"""\
From: =?utf-8?q?Jeanne_Dupont?= <Jeanne.Dupont@ACME.fr>
To: Camille Martin <camille@example.org>
Cc: rh@acme.fr
Subject: =?utf-8?q?Re=3A_Entretien_d=C3=A9veloppeur?=
Date: Thu, 10 Dec 2026 16:05:00 +0100
Message-ID: <reply-1@acme.fr>
In-Reply-To: <thanks-1@example.org>
References: <invite-1@acme.fr> <thanks-1@example.org>
X-Keywords: candidature, urgent
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Camille,

Nous revenons vers vous d'ici le 18 d\xc3\xa9cembre.

Jeanne
"""

NO_DATE = b"""\
From: recruteur@globex.com
To: camille@example.org
Subject: Votre candidature
Message-ID: <nodate@globex.com>

Bonjour, merci pour votre candidature.
"""

NO_FROM = b"""\
To: camille@example.org
Subject: Sans expediteur
Date: Thu, 10 Dec 2026 16:05:00 +0100

Texte.
"""

UNKNOWN_CHARSET = b"""\
From: hr@initech.com
To: camille@example.org
Subject: Interview feedback
Date: Fri, 11 Dec 2026 09:00:00 +0000
Content-Type: text/plain; charset=x-klingon-8
Content-Transfer-Encoding: 8bit

We would like to move forward with your application.
"""

BROKEN_MIME = b"""\
From: hr@umbrella.com
To: camille@example.org
Subject: Broken multipart
Date: Fri, 11 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative

--nothing-declared
Content-Type: text/plain

Thank you for your interest in Umbrella.
"""
