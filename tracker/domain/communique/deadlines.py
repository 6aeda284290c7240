"""Deadlines of a decision, counted with ``dateutil.relativedelta`` from the meeting's date
unless the phrase gives its own ("خلال ثلاثة أشهر"، "قبل متم شهر مارس المقبل"، "في أجل أقصاه
30 يونيو"، "dans un délai de trois mois", "au plus tard le 31 mars 2026").

Never invented: a phrase without a date ("في أقرب الآجال"، "قبل المؤتمر الوطني"، "في أفق 2030")
is kept with no date; a year alone ("استحقاقات 2026") is no deadline at all. A start
("ابتداء من"، "à partir de") is a start, not a deadline. A month named without a year means
its next occurrence on or after the meeting.

What a decision postpones or cancels was scheduled before: its old date ("المبرمجتين سلفا يوم
…"، "التي كانت مقررة نهاية الأسبوع الجاري", "prévue initialement le …") is no deadline, and
in a postponement only "… إلى DATE" dates it. An event over two days ("يومي 24 و25 أبريل")
gets no date (first or last day?). A weekday with a full date in the decision ("organisée
mercredi 27 décembre 2017") and a date in brackets after a relative one ("samedi prochain
(23 décembre 2017)") are its date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from tracker.domain.communique import vocab
from tracker.domain.communique.dates import (
    DATE_BODY,
    HIJRI_RE,
    MONTH_NUMBER,
    MONTH_RE,
    NUMERIC_BODY,
    WEEKDAY_NUMBER,
    WEEKDAY_RE,
    hit_from_match,
)
from tracker.domain.communique.fold import alternation
from tracker.domain.communique.numbers import DURATION, duration


@dataclass(frozen=True)
class Found:
    start: int  # folded offsets
    end: int
    due_on: date | None = None
    starts_on: date | None = None
    rule: str | None = None
    params: tuple[tuple[str, object], ...] = ()
    base: date | None = None
    vague: bool = False


_A = alternation
NEXT = _A(vocab.NEXT_WORDS)
CURRENT = _A(vocab.CURRENT_WORDS)
PAST = _A(vocab.PAST_WORDS)
ANY_DATE = rf"(?:{DATE_BODY}|{NUMERIC_BODY})"
MONTHX = (
    rf"(?:شهر\s+|(?:du\s+)?mois\s+d[e']\s*|d'|de\s+)?(?P<m>{MONTH_RE})(?!\w)"
    rf"(?:\s*\(\s*(?:{MONTH_RE})\s*\))?(?:\s+(?:من\s+)?(?:سنه\s+|عام\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
    rf"(?:\s+(?P<rel>{NEXT}|{CURRENT}|{PAST}|prochain|en cours|dernier))?"
)
_B = r"(?<![\w'])"


def _c(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """One compiled pattern per branch (a branch may reuse the group names of another)."""
    return tuple(re.compile(_B + "(?:و)?(?:" + p + ")") for p in patterns)


def _each(patterns: tuple[re.Pattern[str], ...], seg: str) -> list[re.Match[str]]:
    return [m for p in patterns for m in p.finditer(seg)]


R_START = _c(rf"(?:{_A(vocab.START)})\s*(?:يوم\s+|le\s+)?{ANY_DATE}")
R_BEFORE = _c(rf"(?:{_A(vocab.BEFORE)})\s*:?\s*(?:يوم\s+|le\s+)?{ANY_DATE}")
R_ON = _c(
    rf"(?:{_A(vocab.ON)})\s+{ANY_DATE}",
    # "la rencontre qui sera organisée mercredi 27 décembre 2017": a weekday and a full date
    rf"(?=(?:{WEEKDAY_RE})\s*,?\s*(?:ال)?\d){ANY_DATE}",
    # "samedi prochain (23 décembre 2017)": the date in brackets
    rf"(?<=\()\s*{ANY_DATE}(?=\s*\))",
)
R_ON_DAY = _c(rf"(?:يوم|ليوم|le)\s+{ANY_DATE}")  # "يوم 20 مارس": that day, even without a year
R_DATE_LATEST = _c(
    rf"{ANY_DATE}\s*,?\s*(?:au plus tard|dernier delai|كاخر اجل|كاجل اقصي|كحد اقصي|علي ابعد تقدير)"
)
_END = _A(vocab.END_WORDS)
R_MONTH_END = _c(
    rf"(?:(?:قبل|في|مع|عند|الي غايه|حتي|avant|d'ici|pour|a)\s+)?(?:ال)?(?:{_END})\s+{MONTHX}",
    rf"(?:avant\s+|d'ici\s+|pour\s+|a\s+)?(?:la\s+)?fin\s+{MONTHX}",
    rf"(?:خلال|في غضون|طيلة|في|dans le courant du|au cours du|courant|au|en)\s+{MONTHX}",
)
R_MID = _c(
    rf"(?:(?:قبل|في|مع|عند|avant|d'ici|vers)\s+)?(?:{_A(vocab.MID_WORDS)})\s+{MONTHX}",
    rf"(?:(?:avant|d'ici|vers)\s+)?(?:la\s+)?mi-?\s*{MONTHX}",
)
_ORD = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 5}
_ORD |= {"premiere": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "derniere": 5}
R_HALF = _c(
    rf"(?:(?:خلال|في|قبل)\s+)?النصف\s+(?P<half>الاول|الثاني)\s+من\s+{MONTHX}",
    rf"(?:(?:durant|pendant|dans|avant)\s+)?la\s+(?P<half>premiere|seconde|deuxieme)\s+quinzaine\s+{MONTHX}",
)
R_WEEK_OF_MONTH = _c(
    rf"(?:خلال\s+|في\s+)?الاسبوع\s+(?P<ord>{_A(_ORD)})\s+من\s+{MONTHX}",
    rf"(?:(?:durant|pendant|dans)\s+)?la\s+(?P<ord>{_A(_ORD)})\s+semaine\s+{MONTHX}",
)
R_YEAR_END = _c(
    rf"(?:(?:قبل|في|مع|عند|خلال)\s+)?(?:ال)?(?:{_END})\s+(?:السنه|العام|سنه|عام)\s*"
    rf"(?:(?P<y>(?:19|20)\d\d)(?!\d)|(?P<rel>{NEXT}|{CURRENT}))"
    rf"|خلال\s+(?:السنه|العام)\s+(?P<rel2>{CURRENT})"
    rf"|(?:(?:d'ici|avant|pour)\s+)?(?:la\s+)?fin\s+(?:de\s+l'annee|d'annee|de\s+l'exercice)"
    rf"(?:\s+(?P<y2>(?:19|20)\d\d)(?!\d)|\s+(?P<rel3>en cours|prochaine))?"
    rf"|(?:d'ici|avant)\s+(?:la\s+)?fin\s+(?P<y3>(?:19|20)\d\d)(?!\d)"
)
R_MONTH_END_REL = _c(
    rf"(?:(?:قبل|في|مع|عند)\s+)?(?:ال)?(?:{_END})\s+(?:الشهر|هذا الشهر)(?:\s+(?P<rel>{NEXT}|{CURRENT}))?(?!\s+(?:{MONTH_RE}))"
    rf"|(?:خلال|في غضون|غضون)\s+الشهر\s+(?P<rel2>{NEXT}|{CURRENT})"
    rf"|(?:(?:d'ici|avant|pour)\s+)?(?:la\s+)?fin\s+du\s+mois(?:\s+(?P<rel3>prochain|en cours))?(?!\s+d)"
)
R_NEXT_WEEKDAY = _c(
    rf"(?:يوم\s+)?(?P<wd>{WEEKDAY_RE})\s+(?:{NEXT})(?!\w)",
    rf"(?:le\s+)?(?P<wd>{WEEKDAY_RE})\s+prochain(?!\w)",
)
R_WEEK_END = _c(
    rf"(?:(?:قبل|في|مع|عند)\s+)?(?:ال)?(?:{_END})\s+(?:الاسبوع\s+(?P<rel>{NEXT}|{CURRENT})|هذا\s+الاسبوع)"
    rf"|(?:خلال|في غضون)\s+(?:الاسبوع\s+(?P<rel2>{NEXT}|{CURRENT})|هذا\s+الاسبوع)"
    rf"|(?:avant\s+la\s+fin\s+de\s+|d'ici\s+la\s+fin\s+de\s+)?cette\s+semaine"
    rf"|(?:(?:d'ici|avant|pour)\s+)?(?:la\s+)?fin\s+de\s+la\s+semaine(?:\s+(?P<rel3>prochaine|en cours))?"
    rf"|(?:durant|pendant|dans)\s+la\s+semaine\s+(?P<rel4>prochaine)"
)
R_WITHIN = _c(
    rf"(?:{_A(vocab.WITHIN)})\s*(?:مده\s+|اجل\s+)?(?:{DURATION})"
    rf"(?!\s*(?:{MONTH_RE}|{HIJRI_RE}|\d|{PAST}|الاخيره|الاولي|الماضيه|المقبله|القادمه))"
    rf"(?:\s+(?:من|ابتداء من|ابتداء من|a compter de|a partir de)\s+(?:تاريخ(?:ه)?\s*|la date de\s*)?"
    rf"(?:{ANY_DATE}))?"
)
R_VAGUE = _c(
    rf"(?:{_A(vocab.VAGUE)})(?!\w)"
    r"|(?:خلال|في غضون|في|علي مدي)\s+(?:ال)?(?:ايام|اسابيع|اشهر|شهور|اسابيع|سنوات|اعوام)\s+"
    r"(?:القليله\s+)?(?:المقبله|القادمه|المواليه)"
    rf"(?:\s+من\s+(?:طرف|قبل)\s+[^،,.;\n]{{1,50}})?"
    rf"|(?:قبل|avant)\s+(?:{_A(vocab.EVENT_NOUNS)})(?!\w)[^،,.;:\n]{{0,40}}"
    rf"|(?:{_A(vocab.HORIZON)})\s+(?:سنه\s+|عام\s+|l'an\s+)?(?:19|20)\d\d(?!\d)"
    rf"|(?:(?:قبل|خلال|في|مع)\s+)?(?:(?:ال)?(?:{_END}|{_A(vocab.MID_WORDS)})\s+)?شهر\s+(?:{HIJRI_RE})(?!\w)"
    rf"(?:\s+(?:{NEXT}))?",
    rf"(?:(?:في|مع|قبل|عند)\s+)?(?:بدايه|مطلع|اوائل|اوايل|بحر)\s+{MONTHX}",
    rf"(?:(?:avant|d'ici|pour)\s+)?(?:le\s+)?debut\s+{MONTHX}",
)


_FROM_UNKNOWN = re.compile(
    r"\s*(?:من|ابتداء من|انطلاقا من|a compter de|a partir de|des)\s+(?:تاريخ\s+|la date (?:de|d')\s*)?"
    r"(?!تاريخه|الان|اليوم|انعقاد|هذا الاجتماع|الاجتماع|la reunion|aujourd|ce jour|maintenant)[^\W\d]"
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_year(m: re.Match[str], base: date | None) -> tuple[int, int] | None:
    """The (year, month) a ``MONTHX`` names: its year, else the next one at or after base."""
    month = MONTH_NUMBER.get(" ".join((m.group("m") or "").split()))
    if month is None:
        return None
    y = m.group("y")
    if y:
        return int(y), month
    if base is None:
        return None
    year = base.year if month >= base.month else base.year + 1
    return year, month


def _group(m: re.Match[str], *names: str) -> str | None:
    d = m.groupdict()
    for n in names:
        if d.get(n):
            return d[n]
    return None


def _is_past(rel: str | None) -> bool:
    return bool(rel) and bool(re.fullmatch(rf"{PAST}|dernier", rel or ""))


def _is_next(rel: str | None) -> bool:
    return bool(rel) and bool(re.fullmatch(rf"{NEXT}|prochaine?", rel or ""))


def _candidates(seg: str, off: int, base: date | None) -> list[Found]:
    out: list[Found] = []

    def add(
        m: re.Match[str], due: date | None, rule: str | None, vague: bool = False, **p: object
    ) -> None:
        params = tuple((k, v) for k, v in p.items())
        out.append(
            Found(
                off + m.start(),
                off + m.end(),
                due,
                None,
                rule if due else _undated(rule, base),
                params,
                base,
                vague or due is None,
            )
        )

    for m in _each(R_BEFORE, seg):
        h = hit_from_match(m)
        if h is not None:
            add(m, h.resolve(base), "draft.rule.date" if h.year else "draft.rule.date_next")
    for m in _each(R_ON, seg):
        h = hit_from_match(m)
        if _RANGE.search(m.group()):
            continue  # "يومي السبت والأحد 29 و30 دجنبر": an event over two days, no one deadline
        if h is not None and h.year is not None:
            add(m, h.resolve(base), "draft.rule.on_date")
    for m in (*_each(R_ON_DAY, seg), *_each(R_DATE_LATEST, seg)):
        h = hit_from_match(m)
        if h is not None and h.year is None:
            add(m, h.resolve(base), "draft.rule.date_next")
        elif h is not None and R_DATE_LATEST[0].match(m.group()):
            add(m, h.resolve(base), "draft.rule.date")
    for m in _each(R_MONTH_END, seg):
        rel = _group(m, "rel")
        if rel and re.fullmatch(PAST + "|dernier", rel):
            continue
        my = _month_year(m, base)
        add(m, _month_end(*my) if my else None, "draft.rule.month_end", month=my[1] if my else 0)
    for m in _each(R_MID, seg):
        my = _month_year(m, base)
        add(
            m,
            date(my[0], my[1], 15) if my else None,
            "draft.rule.mid_month",
            month=my[1] if my else 0,
        )
    for m in _each(R_HALF, seg):
        my = _month_year(m, base)
        first = m.group("half") in ("الاول", "premiere")
        due = (date(my[0], my[1], 15) if first else _month_end(*my)) if my else None
        add(
            m,
            due,
            "draft.rule.mid_month" if first else "draft.rule.month_end",
            month=my[1] if my else 0,
        )
    for m in _each(R_WEEK_OF_MONTH, seg):
        my = _month_year(m, base)
        n = _ORD.get(_group(m, "ord") or "", 1)
        due = None
        if my:
            due = _month_end(*my) if n == 5 else date(my[0], my[1], 7 * n)
        add(m, due, "draft.rule.week_of_month", month=my[1] if my else 0, week=n)
    for m in _each(R_YEAR_END, seg):
        y = _group(m, "y", "y2", "y3")
        rel = _group(m, "rel", "rel2", "rel3")
        year = int(y) if y else (base.year + (1 if _is_next(rel) else 0) if base else None)
        add(m, date(year, 12, 31) if year else None, "draft.rule.year_end", year=year or 0)
    for m in _each(R_MONTH_END_REL, seg):
        rel = _group(m, "rel", "rel2", "rel3")
        due = None
        if base is not None:
            first = base.replace(day=1) + relativedelta(months=1 if _is_next(rel) else 0)
            due = _month_end(first.year, first.month)
        add(m, due, "draft.rule.month_end", month=due.month if due else 0)
    for m in _each(R_WEEK_END, seg):
        rel = _group(m, "rel", "rel2", "rel3", "rel4")
        due = None
        if base is not None:
            sunday = base + timedelta(days=6 - base.weekday())
            due = sunday + timedelta(days=7) if _is_next(rel) else sunday
        add(m, due, "draft.rule.week_end")
    for m in _each(R_NEXT_WEEKDAY, seg):
        wd = WEEKDAY_NUMBER.get(m.group("wd"))
        due = None
        if base is not None and wd is not None:
            due = base + timedelta(days=(wd - base.weekday() - 1) % 7 + 1)  # the next one after
        add(m, due, "draft.rule.next_weekday")
    for m in _each(R_WITHIN, seg):
        dur = duration(m.groupdict())
        if dur is None:
            continue
        amount, unit = dur
        h = hit_from_match(m)
        start = h.resolve(base) if h is not None else base
        if h is None and _FROM_UNKNOWN.match(seg, m.end()):
            start = None  # "من تاريخ التوصل": counted from a day the text does not give
        if unit == "hours":
            unit, amount = "days", -(-amount // 24)
        due = start + relativedelta(**{unit: amount}) if start else None
        if due is not None:
            out.append(Found(off + m.start(), off + m.end(), due, None, "draft.rule.within",
                             (("amount", amount), ("unit", unit)), start, False))  # fmt: skip
        elif start is None and base is not None:
            add(m, None, None)  # counted from a day the text does not give
        else:
            add(m, None, "draft.rule.within")
    for m in _each(R_VAGUE, seg):
        if "m" in m.groupdict() and _is_past(m.groupdict().get("rel")):
            continue
        add(m, None, None, vague=True)
    return out


_SCHEDULED = re.compile(
    r"(?<!\w)(?:ال)?مبرمج\w*(?:\s+(?:سلفا|اصلا|مبدئيا))?\s*$|(?<!\w)(?:كان|كانت)\s+(?:\S+\s+){0,2}$"
    r"|(?<!\w)(?:التي|الذي|اللتين|اللذين)\s+(?:كان\S*\s+)?(?:ال)?مقرر\S*\s*$"
    # "prévue initialement le …" is the old schedule; "une rencontre est prévue le …" the new one
    r"|(?<!\w)(?<!est\s)(?<!sont\s)(?:initialement|prevue?s?|programmee?s?)\s+(?:\S+\s+){0,1}$"
    # "التحضير للمؤتمر الوطني المزمع عقده في أكتوبر المقبل": another event's own date
    r"|(?<!\w)(?:ال)?(?:مزمع|مرتقب)\S*\s+(?:عقد|تنظيم|انعقاد|اجراء)\S*\s+(?:\S+\s+){0,1}$"
)
# "… المنعقدة يوم 4 فبراير"، "session tenue mardi 4 février": when a meeting was held, no deadline
_HELD = re.compile(r"(?<!\w)(?:المنعقد\S*|انعقد\S*|tenue?s?|reunie?s?)\s+(?:\S+\s+){0,3}$")
_POSTPONE = re.compile(r"^\W*(?:ال)?(?:تاجيل|ارجاء|الغاء|report|annul)")
_TO = re.compile(r"(?<!\w)(?:الي|لغايه|a|au|jusqu'au)\s+(?:\S+\s+){0,1}$")
_RANGE = re.compile(r"\d\s*(?:و|-|–|الي|et|au)\s*\d")
_DATED = ("draft.rule.date", "draft.rule.on_date", "draft.rule.date_next")


def _undated(rule: str | None, base: date | None) -> str:
    """Why a phrase gave no date: it needs the meeting's date, which was not found, or the
    text gives none ("في أقرب الآجال"، "قبل المؤتمر")."""
    return (
        "draft.rule.needs_meeting_date" if rule is not None and base is None else "draft.rule.vague"
    )


def find_deadline(seg: str, off: int, base: date | None) -> tuple[Found | None, Found | None]:
    """(the deadline, the start) read in the folded decision ``seg`` (at ``off`` in the whole
    folded text); either may be None."""
    start = None
    for m in _each(R_START, seg):
        h = hit_from_match(m)
        if h is not None:
            d = h.resolve(base)
            start = Found(
                off + m.start(),
                off + m.end(),
                None,
                d,
                "draft.rule.start" if d else "draft.rule.needs_meeting_date",
                (),
                base,
                d is None,
            )
            break
    cands = [
        c for c in _candidates(seg, off, base)
        if (start is None or c.end <= start.start or c.start >= start.end)
        # a date before the meeting is another event's ("المؤتمر المنعقد في …"), no deadline;
        # the meeting's own date written in the decision is no deadline either
        and not (base is not None and c.due_on is not None and c.due_on < base)
        and not (base is not None and c.due_on == base and c.rule in _DATED)
    ]  # fmt: skip
    if not cands:
        return None, start
    # "…المبرمجتين سلفا يوم 26 غشت"، "التي كانت مقررة نهاية الأسبوع": the old schedule of what
    # is postponed or cancelled, not a deadline; in a postponement only "إلى …" dates it
    postponed = _POSTPONE.match(seg) is not None
    cands = [
        c for c in cands
        if not _SCHEDULED.search(seg[max(0, c.start - off - 40) : c.start - off])
        and not _HELD.search(seg[max(0, c.start - off - 40) : c.start - off])
        and not (postponed and not _TO.search(seg[max(0, c.start - off - 14) : c.start - off]))
    ]  # fmt: skip
    if not cands:
        return None, start
    dated = [c for c in cands if c.due_on is not None]
    explicit = [c for c in dated if c.rule in _DATED]
    dated = [  # "samedi prochain (23 décembre 2017)": the written date, not the computed one
        c for c in dated
        if c.rule in _DATED or not any(0 <= x.start - c.end <= 3 for x in explicit)
    ]  # fmt: skip
    pool = dated or cands
    best = min(pool, key=lambda c: (c.start, -(c.end - c.start)))
    return best, start
