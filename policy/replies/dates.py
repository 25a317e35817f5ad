"""The date or delay a reply states (RULES.md C3), resolved to a calendar day.

Resolved against the day the message was sent, in the user's time zone. A
stated period resolves to the last day it covers, the day by which the thing
is promised, so that a follow-up falls the next business day after it:

- "la semaine prochaine" / "next week": the Friday of next week; "début de
  semaine prochaine" / "early next week": its Tuesday;
- "d'ici la fin de la semaine" / "by the end of the week": this week's Friday;
- "fin janvier", "en mars", "in March", "courant mars": the month's last day;
  "début mars" / "early March": the 10th; "mi-mars" / "mid-March": the 15th;
- "le mois prochain" / "next month": the last day of next month;
- "dans trois mois", "in two weeks", "sous 48 heures": that many calendar days
  or months later; "sous quinzaine", "quinze jours", "a fortnight": 14 days;
  "huit jours", "sous huitaine": 7 days;
- "by Friday", "d'ici vendredi", "lundi prochain": the next such weekday
  strictly after the message's day;
- "le 15 décembre", "January 15", "15/12", "Monday the 19th": that day, the
  next occurrence on or after the message's day when no year is given;
  "la première semaine de février" / "first week of February": its first
  Friday;
- vague words ("dans les prochaines semaines", "in the coming weeks", "soon",
  "cet été") state no date.
When several are stated, the first one (not in the past) of a sentence that
speaks of the answer or the opening ("je vous donnerai une réponse mercredi
14") wins, else the first one; within such a sentence, a date that the
answer's words lead to in its own clause ("the panel meets on Thursday and
I'll let you know by Friday") comes first, and a stated form before a bare
weekday. A bare weekday ("lundi") counts only in such
a sentence.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from policy.replies.date_words import (
    MONTHS,
    NUMBERS,
    WEEKDAYS,
    business_days,
    quarter_end,
    weekday_next_week,
)
from policy.settings import Settings
from policy.workdays import local_date

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = "(" + "|".join(WEEKDAYS) + ")"
_NUM = r"(\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_YEAR = r"(?:,? (20\d\d))?"


@dataclass(frozen=True)
class StatedDate:
    day: date
    phrase: str  # the recruiter's words


Resolver = Callable[[re.Match[str], date], date | None]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_occurrence(today: date, month: int, day: int, year: str | None) -> date | None:
    if year:
        return _safe(int(year), month, day)
    found = _safe(today.year, month, day)
    if found is not None and found < today:
        found = _safe(today.year + 1, month, day)
    return found


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _friday(day: date, weeks_ahead: int) -> date:
    return day + timedelta(days=4 - day.weekday() + 7 * weeks_ahead)


def _iso(m: re.Match[str], today: date) -> date | None:
    return _safe(int(m[1]), int(m[2]), int(m[3]))


def _day_month(m: re.Match[str], today: date) -> date | None:
    day = 1 if m[2] == "1er" else int(m[2])
    return _next_occurrence(today, MONTHS[m[3]], day, m[4])


def _month_day(m: re.Match[str], today: date) -> date | None:
    return _next_occurrence(today, MONTHS[m[2]], int(m[3]), m[4])


def _first_week(m: re.Match[str], today: date) -> date | None:
    """"La première semaine de février": its first Friday."""
    first = _next_occurrence(today.replace(day=1), MONTHS[m[1]], 1, None)
    return None if first is None else first + timedelta(days=(4 - first.weekday()) % 7)


def _numeric(m: re.Match[str], today: date) -> date | None:
    first, second = int(m[1]), int(m[2])
    day, month = (second, first) if second > 12 >= first else (first, second)
    year = m[3] if m[3] is None or len(m[3]) == 4 else f"20{m[3]}"
    return _next_occurrence(today, month, day, year)


def _count(m: re.Match[str], today: date) -> date | None:
    word, unit = m[1], m[2]
    count = int(word) if word.isdigit() else NUMBERS[word]
    if unit.startswith(("jour", "day")):
        days = {"quinze": 14, "huit": 7}.get(word, count)
        return today + timedelta(days=days)
    if unit.startswith(("semaine", "week")):
        return today + timedelta(weeks=count)
    if unit.startswith(("mois", "month")):
        return add_months(today, count)
    return today + timedelta(days=-(-count // 24))  # hours, rounded up to whole days


def _month_period(m: re.Match[str], today: date) -> date | None:
    month = MONTHS[m[2]]
    day_of = {"debut": 10, "early": 10, "mi": 15, "mid": 15}.get(m[1])
    year = int(m[3]) if m[3] else today.year
    found = _safe(year, month, day_of) if day_of else _month_end(year, month)
    if found is not None and found < today and not m[3]:
        found = _safe(year + 1, month, day_of) if day_of else _month_end(year + 1, month)
    return found


def _weekday(m: re.Match[str], today: date) -> date | None:
    wanted = WEEKDAYS[m[1] or m[2]]
    return today + timedelta(days=(wanted - today.weekday() - 1) % 7 + 1)


def _weekday_and_day(m: re.Match[str], today: date) -> date | None:
    """"Monday the 19th": the next 19th (the weekday only confirms it)."""
    day = int(m[2])
    found = _safe(today.year, today.month, day)
    if found is None or found < today:
        following = add_months(today.replace(day=1), 1)
        found = _safe(following.year, following.month, day)
    return found


def _fixed(offset: Callable[[date], date]) -> Resolver:
    return lambda m, today: offset(today)


def _next_month(kind: str) -> Resolver:
    def resolve(m: re.Match[str], today: date) -> date:
        first = add_months(today.replace(day=1), 1)
        return first.replace(day=10) if kind == "start" else _month_end(first.year, first.month)
    return resolve


def _this_week_friday(today: date) -> date:
    return _friday(today, 1 if today.weekday() > 4 else 0)


# In priority order: a match overlapping an earlier form's match is dropped.
_FORMS: tuple[tuple[str, Resolver], ...] = (
    (r"(20\d\d)-(\d\d)-(\d\d)", _iso),
    # A weekday naming the same day ("vendredi 16 janvier") belongs to the date.
    (r"(?:" + _DAY + r",? (?:the |le )?)?(1er|\d{1,2})(?:er|st|nd|rd|th)?(?: of)? " + _MONTH
     + _YEAR, _day_month),
    (r"(?:" + _DAY + r",? )?" + _MONTH + r" (\d{1,2})(?:st|nd|rd|th)?" + _YEAR, _month_day),
    (r"(?:(?:la )?premiere semaine (?:de |d')|(?:the )?first week of )" + _MONTH, _first_week),
    (r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?", _numeric),
    (r"(?:sous|dans une|d'ici une|d'ici|en) quinzaine|(?:in|within) a fortnight",
     _fixed(lambda d: d + timedelta(days=14))),
    (r"(?:" + _DAY + r" (?:de la semaine prochaine|prochain en huit|en huit)|" + _DAY
     + r" (?:of )?next week|next week on " + _DAY + ")", weekday_next_week),
    (r"(?:dans|d'ici|sous|within|in|under) " + _NUM + r" (?:jours? ouvr\w+|working days?|"
     r"business days?)", business_days),
    (r"(?:\b(q[1-4])\b|(?:au |le |du |d'ici (?:le |la fin du )?)(premier|1er|deuxieme|second|2e|"
     r"troisieme|3e|quatrieme|dernier|4e) trimestre|(first|second|2nd|third|3rd|fourth|4th) "
     r"quarter)", quarter_end),
    (r"(?:sous|dans une|d'ici une) huitaine", _fixed(lambda d: d + timedelta(days=7))),
    (r"(?:dans|d'ici|d'ici a|sous|within|in|en|after|apres|comptez|compter|prevoyez|allow|"
     r"another|encore) "
     r"(?:(?:environ|about|around|roughly|approximately|a peu pres|moins de|less than) )?" + _NUM
     + r" ?(jours?|days?|semaines?|weeks?|mois|months?|heures?|hours?|h)", _count),
    (r"(?:debut de (?:la )?semaine prochaine|early next week)",
     _fixed(lambda d: _friday(d, 1) - timedelta(days=3))),
    (r"(?:(?:la |de )semaine prochaine|next week)", _fixed(lambda d: _friday(d, 1))),
    (r"(?:(?:d'ici|avant) la fin de (?:la|cette) semaine|(?:by )?(?:the )?end of (?:the |this )?"
     r"week|later this week|d'ici la fin de semaine|dans la semaine)",
     _fixed(_this_week_friday)),
    (r"(?:debut du mois prochain|early next month)", _next_month("start")),
    (r"(?:(?:fin|courant) du mois prochain|le mois prochain|(?:end of )?next month)",
     _next_month("end")),
    (r"(?:fin du mois|fin de ce mois|end of (?:the|this) month)",
     _fixed(lambda d: _month_end(d.year, d.month))),
    (r"(fin|debut|mi|courant|en|au mois de|end of|early|mid|late|in|by|before|until|for|"
     r"jusqu'en|d'ici|avant|a partir de|from|starting|starting in|des)[- ](?:d'|the )?"
     + _MONTH + _YEAR, _month_period),
    (r"(?:apres-demain|the day after tomorrow)", _fixed(lambda d: d + timedelta(days=2))),
    (r"(?:demain|tomorrow)", _fixed(lambda d: d + timedelta(days=1))),
    (_DAY + r",? (?:the |le )?(\d{1,2})(?:st|nd|rd|th|er)?(?! ?h\b)", _weekday_and_day),
    (r"(?:d'ici|avant|jusqu'a|d'ici a|au plus tard|by|before|until|this|ce|next|coming|"
     r"no later than) " + _DAY
     + r"(?: prochain)?|" + _DAY + r" prochain", _weekday),
)

def _bare_weekday(m: re.Match[str], today: date) -> date | None:
    return today + timedelta(days=(WEEKDAYS[m[1]] - today.weekday() - 1) % 7 + 1)


# Weak forms count only in a sentence about the answer: "great talking with you
# today" or "see you Monday" say nothing of when the decision comes.
_WEAK_FORMS = (
    (r"(?:aujourd'hui|today|ce soir|tonight|by the end of the day|en fin de journee)",
     _fixed(lambda d: d)),
    (_DAY, _bare_weekday),
)
_COMPILED = tuple(
    (re.compile(r"(?<![\w-])" + p.replace(" ", r"\s+") + r"(?![\w])"), r)
    for p, r in (*_FORMS, *_WEAK_FORMS)
)
_WEAK = frozenset(pattern for pattern, _ in _COMPILED[len(_FORMS):])
# Words of a sentence that says when the answer (or the opening) comes.
_ANSWER = re.compile(
    r"repon|retour|revien|revenir|decision|decid|tiendr|inform|nouvelles|redi[rs]|recontact|"
    r"rappel|ecrir|ouvr|recrut|answer|decide|decision|hear|update|back to you|let you know|"
    r"in touch|outcome|confirm|news|open|hir|follow up|reach out"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
_CLAUSE_START = re.compile(r"[.!?;,:\n]|\s(?:and|et|but|mais|so|donc|then|puis)\s")


def _candidates(folded: str, today: date) -> Iterator[tuple[int, int, date, bool]]:
    taken: list[tuple[int, int]] = []
    for pattern, resolve in _COMPILED:
        for found in pattern.finditer(folded):
            start, end = found.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            day = resolve(found, today)
            if day is not None and day >= today:
                yield start, end, day, pattern in _WEAK


def _about_the_answer(folded: str, start: int) -> bool:
    begin = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    found = _SENTENCE_END.search(folded, start)
    return _ANSWER.search(folded, begin, found.start() if found else len(folded)) is not None


def _answer_just_before(folded: str, start: int) -> bool:
    """The answer's own words lead to the date in its clause: "let you know the outcome by
    Friday", not "the panel meets on Thursday"."""
    begin = max((m.end() for m in _CLAUSE_START.finditer(folded, max(0, start - 120), start)),
                default=max(0, start - 120))
    return _ANSWER.search(folded, begin, start) is not None


def stated_date(
    original: str, folded: str, received: datetime, settings: Settings
) -> StatedDate | None:
    """The date or delay the text states for the answer, as a day; None when it states none."""
    today = local_date(received, settings)
    ranked = sorted(
        (not _about_the_answer(folded, start), not _answer_just_before(folded, start), weak,
         start, end, day)
        for start, end, day, weak in _candidates(folded, today)
        if not weak or _about_the_answer(folded, start)
    )
    if not ranked:
        return None
    *_, start, end, day = ranked[0]
    return StatedDate(day, " ".join(original[start:end].split()))
