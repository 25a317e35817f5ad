"""The readable text of a reply: what a person reads, whatever the MIME dress."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from connectors.mailtext import readable_text, readable_text_from_bytes, strip_reply
from tests.replies.replies_builders import raw_message

REPLY = "Nous ne donnerons pas suite à votre candidature."


def test_plain_text_is_preferred_to_its_html_twin() -> None:
    message = EmailMessage()
    message["Subject"] = "Votre candidature"
    message.set_content(REPLY)
    message.add_alternative("<p>Version HTML différente</p>", subtype="html")
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    assert isinstance(parsed, EmailMessage)
    assert readable_text(parsed) == REPLY


def test_html_only_message_becomes_text_without_tags_or_entities() -> None:
    html = "<html><body><p>Bonjour,</p><p>Nous ne donnerons pas suite &agrave; votre " \
           "candidature.</p></body></html>"
    subject, text = readable_text_from_bytes(raw_message(html, subtype="html"))
    assert subject == "Re: Entretien"
    assert "Nous ne donnerons pas suite à votre candidature." in text
    assert "<" not in text and "&agrave;" not in text


def test_gmail_html_quote_is_cut() -> None:
    html = ('<div>Merci, nous revenons vers vous vendredi.</div><div class="gmail_quote">'
            '<div class="gmail_attr">Le lun. 22 déc. 2025 à 09:12, Camille &lt;c@gmail.com&gt; '
            'a écrit&nbsp;:<br></div><blockquote>Je suis ravie de passer un second entretien'
            '</blockquote></div>')
    _, text = readable_text_from_bytes(raw_message(html, subtype="html"))
    assert text == "Merci, nous revenons vers vous vendredi."


def test_outlook_html_reply_block_and_all_after_it_is_cut() -> None:
    html = ("<div>Votre candidature n'a pas été retenue.</div><div id='appendonsend'></div><hr>"
            "<div id='divRplyFwdMsg'><b>De&nbsp;:</b> Camille<br><b>Envoyé&nbsp;:</b> lundi"
            "</div><div>Je serais ravie de recevoir une offre.</div>")
    _, text = readable_text_from_bytes(raw_message(html, subtype="html"))
    assert text == "Votre candidature n'a pas été retenue."


def test_html_blockquote_without_attribution_is_cut() -> None:
    html = ("<p>We will get back to you next week.</p><blockquote type='cite'>Any chance of a "
            "second interview?</blockquote>")
    _, text = readable_text_from_bytes(raw_message(html, subtype="html"))
    assert text == "We will get back to you next week."


def test_gmail_html_forward_is_kept() -> None:
    html = ("<div>Voir ci-dessous.</div><div class='gmail_quote'>---------- Forwarded message "
            "---------<br>From: Paul &lt;paul@acme.fr&gt;<br>Subject: Suite<br><br>"
            "Nous souhaitons vous proposer le poste.</div>")
    _, text = readable_text_from_bytes(raw_message(html, subtype="html"))
    assert "Nous souhaitons vous proposer le poste." in text


def test_latin1_quoted_printable_is_decoded() -> None:
    raw = raw_message("Réponse négative, désolée.", charset="iso-8859-1", cte="quoted-printable")
    assert b"=E9" in raw
    assert readable_text_from_bytes(raw)[1] == "Réponse négative, désolée."


def test_base64_body_is_decoded() -> None:
    raw = raw_message("We regret to inform you.", cte="base64")
    assert readable_text_from_bytes(raw)[1] == "We regret to inform you."


def test_unknown_charset_degrades_instead_of_failing() -> None:
    raw = raw_message("Pas retenu, désolé.", cte="8bit").replace(
        b'charset="utf-8"', b'charset="x-no-such-charset"'
    )
    assert readable_text_from_bytes(raw)[1] == "Pas retenu, désolé."


def test_encoded_subject_is_decoded() -> None:
    subject, _ = readable_text_from_bytes(raw_message("x", subject="Réponse à votre candidature"))
    assert subject == "Réponse à votre candidature"


def test_french_gmail_quote_header_cuts_the_history() -> None:
    text = (f"{REPLY}\n\nLe lun. 22 déc. 2025 à 09:12, Camille Martin <c@gmail.com> a écrit :\n"
            "> Je reste très intéressée par le poste.\n")
    assert strip_reply(text) == REPLY


def test_wrapped_quote_header_is_cut_too() -> None:
    text = (f"{REPLY}\n\nLe lun. 22 déc. 2025 à 09:12, Camille Martin <c@gmail.com> a\n"
            "écrit :\n> Je reste très intéressée.\n")
    assert strip_reply(text) == REPLY


def test_english_on_wrote_header_cuts_the_history() -> None:
    text = ("We'd like to offer you the role.\n\nOn Mon, Dec 22, 2025 at 9:12 AM Alex "
            "<a@outlook.com> wrote:\n> Unfortunately I have not heard back.\n")
    assert strip_reply(text) == "We'd like to offer you the role."


def test_outlook_french_header_block_cuts_the_history() -> None:
    text = (f"{REPLY}\n\n________________________________\nDe : Camille <c@gmail.com>\n"
            "Envoyé : lundi 22 décembre 2025 09:12\nÀ : Jeanne <j@acme.fr>\nObjet : Relance\n\n"
            "Je serais ravie de passer un second entretien.\n")
    assert strip_reply(text) == REPLY


def test_outlook_english_header_block_without_separator_cuts_the_history() -> None:
    text = ("Still reviewing, sorry.\n\nFrom: Alex <a@outlook.com>\n"
            "Sent: Monday, December 22, 2025 9:12 AM\nTo: Maria\nSubject: Follow-up\n\n"
            "I would love an offer.\n")
    assert strip_reply(text) == "Still reviewing, sorry."


def test_original_message_separator_cuts_the_history() -> None:
    text = f"{REPLY}\n\n-----Original Message-----\nFrom: Alex\nSent: Monday\n\nold text\n"
    assert strip_reply(text) == REPLY


def test_quoted_lines_are_dropped() -> None:
    text = f"{REPLY}\n> Je reste disponible pour un second entretien.\n"
    assert strip_reply(text) == REPLY


def test_signature_after_a_sign_off_is_removed() -> None:
    text = (f"Bonjour Camille,\n\n{REPLY}\n\nCordialement,\nJeanne Dupont\nChargée de "
            "recrutement\nACME\n01 23 45 67 89\n")
    assert strip_reply(text) == f"Bonjour Camille,\n\n{REPLY}"


def test_dash_dash_signature_and_phone_footer_are_removed() -> None:
    assert strip_reply("See you Tuesday.\n-- \nMaria Lopez\nRecruiter\n") == "See you Tuesday."
    assert strip_reply("Ok.\n\nSent from my iPhone\n") == "Ok."


def test_a_sign_off_word_inside_the_text_is_kept() -> None:
    text = "Thank you,\nwe have decided to move forward with another candidate.\n" + "x\n" * 10
    assert "another candidate" in strip_reply(text)


def test_forwarded_message_keeps_the_forwarded_body() -> None:
    text = ("Je vous transfère la réponse du manager.\n\n---------- Message transféré ---------\n"
            "De : Paul <paul@acme.fr>\nDate : lun. 5 janv. 2026 à 08:30\nObjet : Candidature\n"
            "À : Recrutement <rh@acme.fr>\n\nNous souhaitons vous proposer le poste.\n")
    text = strip_reply(text)
    assert "Nous souhaitons vous proposer le poste." in text
    assert "De : Paul" not in text
