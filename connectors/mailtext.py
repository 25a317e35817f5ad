"""The readable text of a mail message, shared by every mail backend.

What a person reads of a reply: the body (text/plain preferred, else the HTML
turned into text by inscriptis), decoded whatever its charset and transfer
encoding, then cut before the quoted history (the multilingual reply parser
mail-parser-reply knows the "Le … a écrit :", "On … wrote:" and Outlook
header blocks; a few forms it misses are cut here) and before the signature.
A forwarded message keeps its forwarded body: that is what the sender shared.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from inscriptis import get_text
from inscriptis.html_engine import Inscriptis
from lxml.etree import ParserError
from lxml.html import document_fromstring
from mailparser_reply.parser import EmailMessage as ReplyThread

from connectors.charsets import decode_bytes

_PARSER_LANGUAGES = ["fr", "en"]
# Characters of a body read: a recruiter's answer is in its first pages (the quoted
# history below it is cut anyway), and the reply parser's cost grows with the text.
MAX_TEXT = 20_000
MAX_HTML = 200_000  # markup included

# A plain part this short, or saying only "read the HTML", is a stub.
_STUB = re.compile(r"html|afficher ce message|view this (e-?mail|message)", re.IGNORECASE)

_FORWARD_MARK = re.compile(
    r"^-{3,}\s*(?:forwarded message|message transf[ée]r[ée])\s*-{3,}\s*$"
    r"|^d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_WORDS = re.compile(
    r"forwarded message|message transf[ée]r[ée]|d[ée]but du message r[ée]exp[ée]di[ée]", re.I
)
_HEADER_LINE = re.compile(
    r"^\*?(?:de|from|date|envoy[ée]|sent|[àa]|to|cc|objet|subject)\*?\s*:", re.IGNORECASE
)

# Starts of quoted history the reply parser can miss (wrapped or unspaced forms).
_HISTORY_STARTS = (
    re.compile(r"^\s*le .{4,200}?\ba\s+[ée]crit\s*:\s*$", re.IGNORECASE | re.MULTILINE | re.DOTALL),
    re.compile(r"^\s*on .{4,200}?\bwrote\s*:\s*$", re.IGNORECASE | re.MULTILINE | re.DOTALL),
    re.compile(r"^-{3,}\s*(?:original message|message d'origine)\s*-{3,}\s*$",
               re.IGNORECASE | re.MULTILINE),
    re.compile(r"^_{20,}\s*$", re.MULTILINE),
    re.compile(r"^\*?(?:de|from)\*?\s*:.*\n\*?(?:envoy[ée]|sent|date)\*?\s*:",
               re.IGNORECASE | re.MULTILINE),
)

# A sign-off alone on its line: what follows is the signature.
_SIGN_OFF = re.compile(
    r"^(?:cordialement|bien cordialement|bien [àa] (?:vous|toi)|bien [àa] vous,? cordialement"
    r"|belle (?:journ[ée]e|soir[ée]e)|bonne (?:journ[ée]e|soir[ée]e|continuation)"
    r"|sinc[èe]res salutations|salutations(?: distingu[ée]es)?|[àa] (?:tr[èe]s )?bient[ôo]t"
    r"|best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks"
    r"|thank you|cheers|all the best|sincerely|yours sincerely|yours faithfully|merci"
    r"|merci beaucoup|l'[ée]quipe (?:recrutement|rh)|the .{1,40} team)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
# Where mail clients put the quoted history in HTML (Gmail, Outlook, Apple,
# Thunderbird, Yahoo); Outlook's header block takes everything after it along.
_HTML_QUOTES = (
    "//blockquote | //div[contains(@class, 'gmail_quote')] | //*[@id='divRplyFwdMsg']"
    " | //*[@id='appendonsend'] | //div[contains(@class, 'moz-cite-prefix')]"
    " | //div[contains(@class, 'yahoo_quoted')]"
)
_HTML_CUT_AFTER = ("divRplyFwdMsg", "appendonsend")

_SIG_DELIMITER = re.compile(r"^--\s*$")
_SENT_FROM = re.compile(r"^(?:envoy[ée] (?:depuis|de) mon|sent from my|get outlook for)",
                        re.IGNORECASE)


def readable_text(message: EmailMessage) -> str:
    """The body a person would read: text/plain preferred, else HTML as text;
    quoted history and signature removed."""
    return strip_reply(_body_text(message))


def readable_text_from_bytes(raw: bytes) -> tuple[str, str]:
    """(subject, readable text) of a whole RFC 5322 message."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)  # guaranteed by policy.default
    try:
        subject = str(message.get("Subject", "") or "")
    except (LookupError, ValueError):  # an undecodable encoded word
        subject = ""
    return " ".join(subject.split()), readable_text(message)


def _body_text(message: EmailMessage) -> str:
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    text = _decoded(plain, MAX_TEXT) if plain is not None else ""
    stub = len(text.strip()) < 20 or (len(text) < 200 and _STUB.search(text) is not None)
    if html is not None and stub:
        converted = _html_text(_decoded(html, MAX_HTML))[:MAX_TEXT]
        if converted.strip():
            return converted
    return text


def _html_text(html: str) -> str:
    """HTML as text (inscriptis), without the quoted history a client wrapped in it."""
    try:
        tree = document_fromstring(html) if html.strip() else None
    except (ParserError, ValueError):
        return str(get_text(html))
    if tree is None:
        return ""
    for element in tree.xpath(_HTML_QUOTES):
        parent = element.getparent()
        if parent is None or _FORWARD_WORDS.search(element.text_content()):
            continue  # already dropped with its parent, or a forward: kept
        if element.get("id") in _HTML_CUT_AFTER:
            for later in list(element.itersiblings()):
                parent.remove(later)
        element.drop_tree()  # keeps the text that follows it (an inline answer)
    return str(Inscriptis(tree).get_text())


def _decoded(part: Message, limit: int) -> str:
    """The part's text, in the charset a mail client would use (WHATWG: iso-8859-1
    is windows-1252, gb2312 is GBK); an unknown or wrong charset degrades, never
    fails. Bounded: what decides a reply is in its first pages, and the reply
    parser's cost grows with the text (about 10 s a megabyte)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        content = part.get_payload()
        return content[:limit] if isinstance(content, str) else ""
    return decode_bytes(payload[: limit * 4], part.get_content_charset())[0][:limit]


def strip_reply(text: str) -> str:
    """The new part of a reply: no quoted history, no signature."""
    text = text.replace("\r\n", "\n").replace("\xa0", " ").replace("\u200b", "")
    text = "\n".join(line.strip() for line in text.split("\n"))  # HTML-to-text indents blocks
    forward = _FORWARD_MARK.search(text)
    if forward is not None:
        note = _cut_history(text[: forward.start()])
        return _join(note, _strip_signature(_cut_history(_forwarded_body(text[forward.end():]))))
    return _strip_signature(_cut_history(text))


def _cut_history(text: str) -> str:
    thread = ReplyThread(text=text, languages=list(_PARSER_LANGUAGES), keep_hyphen_lists=True)
    replies = thread.read().replies
    latest = replies[0].full_body if replies else text
    # The parser may leave the header line itself in place: cut at it too.
    for start in _HISTORY_STARTS:
        found = start.search(latest)
        if found is not None:
            latest = latest[: found.start()]
    lines = [line for line in latest.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip()


def _forwarded_body(text: str) -> str:
    """The forwarded message without its header block."""
    lines = text.strip("\n").splitlines()
    index = 0
    while index < len(lines) and (_HEADER_LINE.match(lines[index].strip())
                                  or (index and not lines[index].strip() and index < 8
                                      and _HEADER_LINE.match(lines[index - 1].strip()))):
        index += 1
    return "\n".join(lines[index:])


def _strip_signature(text: str) -> str:
    lines = text.splitlines()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if index == 0 or not stripped:
            continue
        if _SIG_DELIMITER.match(line) or _SENT_FROM.match(stripped):
            return "\n".join(lines[:index]).strip()
        # A sign-off ends the message when little follows it: a name, a title, a phone.
        if _SIGN_OFF.match(stripped) and _looks_like_signature(lines[index + 1:]):
            return "\n".join(lines[:index]).strip()
    return text.strip()


def _looks_like_signature(rest: list[str]) -> bool:
    filled = [line for line in rest if line.strip()]
    return len(filled) <= 8 and all(len(line) <= 120 for line in filled[:4])


def _join(first: str, second: str) -> str:
    return "\n\n".join(part for part in (first, second) if part)
