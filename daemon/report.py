"""`relance report`: the search on one page, a static HTML file.

Decisions: one file that works offline and anywhere (sent by mail to an
adviser, opened on a phone): no script, no font, no image file, no CDN; the
charts are inline SVG drawn here, the style inline CSS; a Content-Security-
Policy forbids the page any request, so even a bug cannot make it call out.
French or English (`user.language`, or `--lang`). Every text from the user's
files (company names, posts) is escaped. The charts: the stages reached
(funnel), new applications and answers per month, the median days to an
answer per round; then the table of applications with their next step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import Any

from daemon.stats import Stats
from policy.drafts.dates import long_date
from policy.drafts.values import step_name
from policy.model import Language
from policy.settings import Settings
from policy.workdays import user_zone

CSP = "default-src 'none'; style-src 'unsafe-inline'"
WORDS: dict[Language, dict[str, str]] = {
    "fr": {
        "title": "Ma recherche d'emploi", "at": "au", "few": "Seulement {n} candidature(s) : "
        "en dessous de 10, ces chiffres disent peu de chose.", "funnel": "Étapes atteintes",
        "months": "Par mois : nouvelles candidatures et réponses", "new": "candidatures",
        "answers": "réponses", "days": "Jours avant une réponse (médiane), par tour",
        "round": "tour", "table": "Candidatures", "company": "Entreprise", "stage": "Étape",
        "last": "Dernier contact", "next": "Prochaine étape", "when": "Quand",
        "rate": "Réponses : {a} sur {n} ({p} %) ; délai médian de la première réponse : {d}.",
        "day_unit": "j", "none": "aucune candidature pour l'instant",
        "send": "envoyer le brouillon", "waiting": "encore en attente",
        "interviewed": "entretien passé", "answered": "réponse reçue",
        "second interview": "second entretien", "invited to a next step": "invitation à la suite",
        "offer": "offre",
    },
    "en": {
        "title": "My job search", "at": "as of", "few": "Only {n} application(s): under 10, "
        "these figures say little.", "funnel": "Stages reached",
        "months": "Per month: new applications and answers", "new": "applications",
        "answers": "answers", "days": "Days to an answer (median), per round",
        "round": "round", "table": "Applications", "company": "Company", "stage": "Stage",
        "last": "Last contact", "next": "Next step", "when": "When",
        "rate": "Answers: {a} of {n} ({p}%); median time to the first answer: {d}.",
        "day_unit": "d", "none": "no application yet", "send": "send the draft",
        "waiting": "still waiting", "interviewed": "interviewed", "answered": "answered",
        "second interview": "second interview", "invited to a next step": "invited to a next step",
        "offer": "offer",
    },
}
_STAGES_FR = {"opted out": "suivi désactivé", "offer": "offre", "refused": "refus",
              "closed": "terminé", "interview scheduled": "entretien prévu",
              "next step announced": "suite annoncée", "waiting": "en attente"}
STYLE = """body{font:16px/1.45 system-ui,sans-serif;margin:0 auto;max-width:46rem;padding:1rem;
color:#1d2430}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}svg{width:100%;height:auto}
.warn{background:#fff4d6;border-left:4px solid #e0a400;padding:.5rem .8rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #dde2ea;vertical-align:top}"""
BAR, OTHER = "#2f6fba", "#e08a2f"


def report_html(stats: Stats, statuses: Sequence[Any], now: datetime, settings: Settings,
                language: Language) -> str:
    """`statuses` are `policy.stage.ApplicationStatus` values."""
    w = WORDS[language]
    day = long_date(now.astimezone(user_zone(settings)).date(), language)
    parts = [f'<h1>{escape(w["title"])} <small>{escape(w["at"])} {escape(day)}</small></h1>']
    if stats.applications == 0:
        parts.append(f"<p>{escape(w['none'])}</p>")
    else:
        if stats.few:
            parts.append(f'<p class="warn">{escape(w["few"].format(n=stats.applications))}</p>')
        median = stats.median_days_to_first_answer
        parts.append("<p>" + escape(w["rate"].format(
            a=stats.answered, n=stats.applications, p=round(100 * (stats.response_rate or 0)),
            d="—" if median is None else f"{median:g} {w['day_unit']}")) + "</p>")
        parts += [f"<h2>{escape(w['funnel'])}</h2>", _funnel(stats, w),
                  f"<h2>{escape(w['months'])}</h2>", _months(stats, w),
                  f"<h2>{escape(w['days'])}</h2>", _days(stats, w)]
    parts += [f"<h2>{escape(w['table'])}</h2>", _table(statuses, settings, language)]
    return (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(w['title'])}</title><style>{STYLE}</style></head>\n<body>\n"
        + "\n".join(parts) + "\n</body></html>\n"
    )


def _svg(ident: str, height: int, body: list[str]) -> str:
    return f'<svg id="{ident}" viewBox="0 0 600 {height}" role="img">{"".join(body)}</svg>'


def _bar(x: float, y: float, width: float, height: float, color: str, label: str) -> str:
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width, 1):.1f}" height="{height:.1f}" '
            f'fill="{color}"><title>{escape(label)}</title></rect>')


def _text(x: float, y: float, text: str, anchor: str = "start") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="20" text-anchor="{anchor}" '
            f'fill="#1d2430">{escape(text)}</text>')


def _funnel(stats: Stats, w: dict[str, str]) -> str:
    body, top = [], max(stats.applications, 1)
    for row, (stage, count) in enumerate(stats.funnel):
        y, label, width = row * 40, w.get(stage, stage), 280 * count / top
        body += [_text(0, y + 25, label), _bar(250, y + 6, width, 28, BAR, f"{label}: {count}"),
                 _text(258 + width, y + 27, str(count))]
    return _svg("funnel", len(stats.funnel) * 40, body)


def _months(stats: Stats, w: dict[str, str]) -> str:
    top = max([max(s, a) for _, s, a in stats.months] + [1])
    slot = 560 / max(len(stats.months), 1)
    body = [_bar(0, 4, 16, 16, BAR, w["new"]), _text(22, 20, w["new"]),
            _bar(200, 4, 16, 16, OTHER, w["answers"]), _text(222, 20, w["answers"])]
    for i, (month, started, answered) in enumerate(stats.months):
        x = 20 + i * slot
        for j, (value, color, what) in enumerate(((started, BAR, w["new"]),
                                                   (answered, OTHER, w["answers"]))):
            height = 150 * value / top
            body.append(_bar(x + j * slot * 0.35, 190 - height, slot * 0.3, height, color,
                             f"{month}: {value} {what}"))
        body.append(_text(x + slot * 0.33, 214, month, "middle"))
    return _svg("months", 222, body)


def _days(stats: Stats, w: dict[str, str]) -> str:
    top = max([r.median_days or 0 for r in stats.rounds] + [1])
    body = []
    for row, r in enumerate(stats.rounds):
        y, value = row * 40, r.median_days or 0
        shown = "—" if r.median_days is None else f"{value:g} {w['day_unit']}"
        label, width = f"{w['round']} {r.number}", 150 * value / top
        body += [_text(0, y + 25, label), _bar(90, y + 6, width, 28, BAR, f"{label}: {shown}"),
                 _text(98 + width, y + 27, f"{shown} · {r.waiting} {w['waiting']}")]
    return _svg("days", max(len(stats.rounds), 1) * 40, body)


def _table(statuses: Sequence[Any], settings: Settings, language: Language) -> str:
    w = WORDS[language]
    head = "".join(f"<th>{escape(w[k])}</th>" for k in ("company", "stage", "last", "next",
                                                          "when"))
    rows = []
    for s in statuses:
        pending, step = getattr(s, "to_send", None), s.next_step
        if pending is not None:
            what = f"{w['send']} « {step_name(pending.kind, language)} »" if language == "fr" \
                else f"{w['send']} ({step_name(pending.kind, language)})"
            moment = pending.window_end
        else:
            what = step_name(step.kind, language) if step is not None else "—"
            moment = s.next_due
        cells = (s.company, _stage(s.stage, language), _when(s.last_contact, settings, language),
                 what, _when(moment, settings, language))
        rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    return (f'<div class="scroll"><table id="applications"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>")


def _stage(stage: str, language: Language) -> str:
    if language != "fr":
        return stage
    found = re.fullmatch(r"(.+?)(?: \(round (\d+)\))?", stage)
    assert found is not None
    name = _STAGES_FR.get(found[1], found[1])
    return f"{name} (tour {found[2]})" if found[2] else name


def _when(moment: datetime | None, settings: Settings, language: Language) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone(user_zone(settings))  # short: a phone shows four columns
    return f"{local:%d/%m/%Y %H:%M}" if language == "fr" else f"{local:%Y-%m-%d %H:%M}"
