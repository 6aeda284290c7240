"""Dates in a communiqué: Gregorian (every Arabic month set and French), numeric day-first,
Eastern digits (folded), فاتح = the 1st, a weekday before the day; Hijri dates recognised so
that they are kept and never taken for the meeting's date.

Which date is the meeting's: the one tied to the meeting (عقد، انعقد، اجتمع، réuni, tenu…),
not another event's (the previous meeting, the next one, a decision to hold something) nor
the publication date (حرر ب…، "Rabat, le …" alone on a line, a web page's time stamp
"06 شتنبر 2025 على الساعة 14:35", the day an announcement was made "كشفت الجامعة، هذا اليوم
…"), nor a law cited with its date ("الظهير الشريف … الصادر في … الموافق ل 7 يوليوز 2015"),
nor the holding of another meeting ("اقتراح عقد الدورة …"). A council's "صادق المجلس، يوم
الجمعة 2 ماي الجاري، على …" dates its session.

A meeting day written without its year ("الجمعة 2 ماي الجاري"، "mercredi 2 février") is dated
by its weekday among the years the text names (and the one after the latest); a weekday that
contradicts a full date ("lundi 18 décembre 2018", a Tuesday) mends a year slipped by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.domain.communique import phrases, vocab
from tracker.domain.communique.fold import alternation, fold_word

MONTH_NUMBER: dict[str, int] = {
    " ".join(fold_word(w).split()): n for n, words in vocab.MONTHS.items() for w in words
}
MONTH_RE = alternation(w for words in vocab.MONTHS.values() for w in words)
HIJRI_RE = alternation(vocab.HIJRI_MONTHS)
WEEKDAY_RE = alternation(vocab.WEEKDAYS)
FIRST_RE = alternation(vocab.FIRST_DAY)

# "يوم السبت 17 يناير 2026", "فاتح أبريل", "le samedi 1er août 2026", "12 مارس (آذار) 2026"
DATE_BODY = (
    rf"(?:(?:{WEEKDAY_RE})(?:\s*(?:و|-|et)\s*(?:{WEEKDAY_RE}))?\s*,?\s*)?(?:ال)?(?P<day>(?:[0-3]?\d)(?!\d)|{FIRST_RE})"
    r"(?:er)?(?:\s*(?:و|-|–|الي|et|au)\s*[0-3]?\d(?!\d))?\s*(?:من\s+)?(?:شهر\s+|mois\s+d[e']\s*)?"
    rf"(?P<month>{MONTH_RE})(?![\w])"
    rf"(?:\s*[(/]\s*(?:{MONTH_RE})\s*\)?)?"
    r"(?:\s+(?:الجاري|الحالي)(?=\s*(?:19|20)\d\d))?"  # "25 نونبر الجاري 2021"
    r"(?:\s*,?\s*(?:من\s+)?(?:سنه\s+|عام\s+)?(?P<year>(?:19|20)\d\d)(?!\d)(?:[ \t]*م(?!\w))?)?"
)
NUMERIC_BODY = (
    r"(?P<nday>[0-3]?\d)\s*(?P<sep>[/.\-\\])\s*(?P<nmonth>[01]?\d)\s*(?P=sep)\s*"
    r"(?P<nyear>(?:19|20)\d\d)(?!\d)"
)
ISO_BODY = r"(?P<iyear>20\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)(?!\d)"
DATE_RE = re.compile(rf"(?<![\d/.\-\\])(?:{DATE_BODY}|{NUMERIC_BODY}|{ISO_BODY})")
HIJRI_DATE_RE = re.compile(
    rf"(?<![\w/])(?:[0-3]?\d|{FIRST_RE})\s*(?:من\s+)?(?:شهر\s+)?"
    rf"(?:{HIJRI_RE})(?!\w)(?:\s*,?\s*(?:سنه\s+|عام\s+)?1[3-5]\d\d(?!\d)\s*(?:هـ|ه(?!\w))?)?"
    r"|(?<![\w/])[0-3]?\d\s*([/.\-])\s*[01]?\d\s*\1\s*1[3-5]\d\d(?!\d)\s*(?:ه(?!\w))?"
)


@dataclass(frozen=True)
class DateHit:
    start: int  # folded offsets
    end: int
    day: int
    month: int
    year: int | None

    def resolve(self, base: date | None = None) -> date | None:
        """The date; a date without a year is the next one on or after ``base``."""
        try:
            if self.year is not None:
                return date(self.year, self.month, self.day)
            if base is None:
                return None
            d = date(base.year, self.month, self.day)
            return d if d >= base else date(base.year + 1, self.month, self.day)
        except ValueError:
            return None


def hit_from_match(m: re.Match[str]) -> DateHit | None:
    """A ``DateHit`` from a match of ``DATE_RE`` (or of a pattern embedding ``DATE_BODY``)."""
    g = m.groupdict()
    try:
        if g.get("month"):
            raw = g["day"]
            day = 1 if not raw[:1].isdigit() else int(raw)
            month = MONTH_NUMBER.get(" ".join(g["month"].split()))
            year = int(g["year"]) if g.get("year") else None
        elif g.get("nmonth"):
            day, month, year = int(g["nday"]), int(g["nmonth"]), int(g["nyear"])
        elif g.get("imonth"):
            day, month, year = int(g["iday"]), int(g["imonth"]), int(g["iyear"])
        else:
            return None
    except (TypeError, ValueError):
        return None
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    hit = DateHit(m.start(), m.end(), day, month, year)
    if year is not None and hit.resolve() is None:
        return None
    return hit


def find_dates(folded: str) -> list[DateHit]:
    hits = []
    for m in DATE_RE.finditer(folded):
        h = hit_from_match(m)
        if h is not None:
            hits.append(h)
    return hits


def find_hijri(folded: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in HIJRI_DATE_RE.finditer(folded)]


_MEETING = re.compile(rf"(?<!\w)(?:[وف]?)(?:{alternation(phrases.MEETING_VERBS)})(?!\w)")
_OTHER = re.compile(rf"(?:{alternation(phrases.OTHER_EVENT)})")
_OTHER_AFTER = re.compile(
    rf"\s*(?:{alternation((*vocab.NEXT_WORDS, 'prochain', 'prochaine'))})(?!\w)"
)
# "اقتراح عقد الدورة …"، "إلى عقد …": the holding of another meeting, not this one's
_HOLDING = re.compile(
    r"(?:(?:^|\s)(?:اقتراح|الي|علي|قصد|اجل|بخصوص|حول|تاريخ|موعد)\s+|(?:^|\s)[بل])عقد(?!\w)"
)
_ACT = re.compile(r"(?<!\w)(?:[وف]?)(?:صادق|صادقت|صوت|صوتت)(?!\w)")
_FUTURE = re.compile(
    r"(?<!\w)و?(?:سيتم|ستتم|سيعقد|ستعقد|سينعقد|ستنعقد|ستناقش|سيناقش|سيتداول|ستتداول|سيجري|ستجري"
    r"|ستنطلق|سينطلق|ستكون|سيكون|ستحتضن|سيحتضن|ستنظم|سينظم|ستستضيف|سيستضيف)(?!\w)"
)
_PLUPERFECT = re.compile(
    r"(?<!\w)و?كان(?:ت|وا)?\s+(?:\S+\s+){0,3}قد\s|(?<!\w)(?:avait|avaient)\s+(?:ete\s+)?\w+"
)
# a web page's time stamp: "06 شتنبر 2025على الساعة14:35"، "10/12/2022 على الساعة 08:32"، "… - 6:06 مساءً"
_STAMP = re.compile(r"\s*(?:-|–|—|،|,|\|)?\s*(?:علي\s+الساعه|a)?\s*\d{1,2}\s*[:h]\s*\d{2}(?!\d)")
_ANNOUNCED = re.compile(
    r"(?<!\w)(?:[وف]?(?:اعلن|اعلنت|كشف|كشفت|اصدر|اصدرت|نشر|نشرت)(?!\w)[^.\n]{0,50}?(?:اليوم|يومه)\s*$"
    r"|(?:a\s+annonce|a\s+publie|annonce|publie)\s+(?:ce|le|hier|aujourd'hui)\s*$)"
)
_PUBLICATION = re.compile(rf"(?<!\w)(?:{alternation(phrases.PUBLICATION)})(?!\w)")
_DEADLINE_BEFORE = re.compile(
    rf"(?:{alternation((*vocab.BEFORE, *vocab.START, 'حتى', 'غاية'))})\s*(?:يوم\s+)?$"
)
_ANNIVERSARY = re.compile(r"(?:anniversaire|commemor|ذكري|الذكري|manifeste|وثيقه)")
_SHORT_HEADER = re.compile(r"^[\w' \-]{0,30}[,،]?\s*(?:في|le|بتاريخ|:|،|,)?\s*:?\s*$")


def _sentence_before(folded: str, pos: int, limit: int = 160) -> str:
    start = max(0, pos - limit)
    chunk = folded[start:pos]
    cut = max(chunk.rfind("\n"), chunk.rfind(". "), chunk.rfind("؛"))
    return chunk[cut + 1 :] if cut >= 0 else chunk


def meeting_score(folded: str, hit: DateHit) -> int:
    """How surely ``hit`` is the meeting's date (negative: another event's or the publication)."""
    before = _sentence_before(folded, hit.start)
    line_start = folded.rfind("\n", 0, hit.start) + 1
    line_end = folded.find("\n", hit.end)
    line_end = len(folded) if line_end < 0 else line_end
    after = folded[hit.end : min(line_end, hit.end + 30)]
    score = 0
    verbs = list(_MEETING.finditer(before))
    verb = verbs[-1] if verbs else None
    act = None if verb is not None else _ACT.search(before)
    if verb is not None:
        score += 3
        between = before[verb.start() :]
    elif act is not None:  # "صادق المجلس، صباح يوم الجمعة 2 ماي الجاري، على …": the session's day
        score += 2
        between = before[act.start() :]
    else:
        between = before[-60:]
        # "Le vendredi 20 février 2026, à 16 heures, le conseil s'est réuni": the verb after
        stop = re.search(r"\.(?=\s)|\n", folded[hit.end : hit.end + 100])
        if _MEETING.search(folded[hit.end : hit.end + (stop.start() if stop else 100)]):
            score += 2
    near = _OTHER.search(before, max(0, len(before) - 40))
    # "a décidé, lors de sa réunion du 9 janvier, de …": the meeting word after it governs the date
    if near and verb is not None and near.start() < verb.start() and "decid" in near.group():
        near = None if "," in before[near.end() : verb.start()] else near
    if (
        _OTHER.search(between)
        or near
        or _OTHER_AFTER.match(after)
        or _PLUPERFECT.search(before[-80:])  # "وكان المكتب قد عقد يوم …": an earlier meeting
        or (verb is not None and _HOLDING.search(before[max(0, verb.start() - 12) : verb.end()]))
        or _FUTURE.search(before[-60:])  # "ستناقش الجلسة الثانية يوم …": an event to come
    ):
        score -= 5
    if _DEADLINE_BEFORE.search(folded[max(0, hit.start - 30) : hit.start]):
        score -= 4
    # "(11 janvier 1944)" after an anniversary, a manifesto: a date recalled, in brackets
    if folded[max(0, hit.start - 2) : hit.start].strip().endswith("(") and _ANNIVERSARY.search(
        folded[max(0, hit.start - 160) : hit.start]
    ):
        score -= 6
    head = folded[max(line_start, hit.start - 60) : hit.start]
    # "الإثنين 4 يناير 2021 – 07:55": a dateline (its weekday before it)
    lead = folded[line_start : hit.start].strip()
    at_start = hit.start - line_start <= 6 or lead in WEEKDAY_NUMBER
    # "المنتخب: الرباط الإثنين 22 فبراير 2021 - 12:29": a paper's name and city before it
    at_start = at_start or len(lead.split()) <= 3
    stamped = verb is None and at_start and _STAMP.match(folded, hit.end)
    # "كشفت الجامعة، هذا اليوم الإثنين 23 ماي 2022، عن …": the day of an announcement
    stamped = stamped or (verb is None and act is None and _ANNOUNCED.search(before[-70:]))
    if (
        _PUBLICATION.search(head)
        or stamped
        or (
            verb is None
            and hit.start - line_start <= 40
            and _SHORT_HEADER.match(head)
            and len(folded[hit.end : line_end].strip(" .،,")) < 3
        )
    ):
        score -= 6
    return score


_HELD_BEFORE = re.compile(r"(?<!\w)(?:المنعقد\S*|tenue?)\s+(?:\S+\s+){0,2}$")


def pick_meeting_date(
    folded: str, hits: list[DateHit], decisions: list[tuple[int, int]] = ()
) -> tuple[DateHit, date] | None:
    """The meeting's date among ``hits``: the best scored (ties: the first), None when every
    date belongs to another event or to the publication. A date inside one of the
    ``decisions`` (folded spans) is that decision's ("عقد المؤتمر يوم …"), not the meeting's."""
    full = [h for h in hits if h.year is not None]
    hits = [  # a date inside a decision is its own, unless a meeting held then ("المنعقدة يوم …")
        h for h in hits
        if not any(a <= h.start < b for a, b in decisions) or _HELD_BEFORE.search(folded, max(0, h.start - 40), h.start)
    ]  # fmt: skip
    published = [h for h in full if meeting_score(folded, h) <= -6]
    reference = (published or full)[0].resolve() if full else None
    years = _years_named(folded)
    best: tuple[int, int, DateHit, date] | None = None
    for h in hits:
        s = meeting_score(folded, h)
        if s < 0:
            continue
        weekday = _weekday_of(folded, h)
        if h.year is None:
            d = _year_by_weekday(h, weekday, years, reference if published else None)
            if s < (2 if d is not None else 3):  # a weekday that fits one year is evidence
                continue
            if d is None and reference is not None:
                d = _year_from(h, reference, before=bool(published))
                if d is not None and not published and weekday not in (None, d.weekday()):
                    d = None  # dated by an older event's year, where that day is no Wednesday
            if d is None and reference is None and years and weekday is None:
                d = _year_from(h, date(years[0], 12, 31), before=False)
            if d is None:
                continue
        else:
            d = h.resolve()
            if d is None:
                continue
            if weekday is not None and d.weekday() != weekday:
                d = _weekday_repair(d, weekday)
        key = (-s, h.start)
        if best is None or key < (best[0], best[1]):
            best = (-s, h.start, h, d)
    if best and (best[0] < 0 or not published):
        return best[2], best[3]
    # "عقد … مساء أمس الأحد" under a dateline: that day, before a date no meeting word backs
    relative = _relative_day(folded, published or full)
    if relative or not best:
        return relative
    return best[2], best[3]


def _year_from(h: DateHit, reference: date, *, before: bool) -> date | None:
    """A meeting date written without its year ("يوم السبت 17 يناير الجاري"), dated by the
    text's publication line (the latest such day on or before it), else by its first full
    date (that date's year)."""
    years = (reference.year, reference.year - 1) if before else (reference.year,)
    for year in years:
        try:
            d = date(year, h.month, h.day)
        except ValueError:
            continue
        if not before or d <= reference:
            return d
    return None


_WEEKDAY_LEAD = re.compile(rf"^(?:{WEEKDAY_RE})(?!\w)")
_RANGE = re.compile(r"\d\s*(?:و|-|–|الي|et|au)\s*\d")
_MONTH_YEAR = re.compile(
    rf"(?<!\w)(?:{MONTH_RE})\s*,?\s*(?:من\s+)?(?:سنه\s+|عام\s+)?((?:19|20)\d\d)(?!\d)"
)


def _weekday_of(folded: str, h: DateHit) -> int | None:
    """The weekday written with ``h`` ("الجمعة 2 ماي"، "mercredi 2 février"), when it names one
    day (not "السبت والأحد 29 و30 …")."""
    text = folded[h.start : h.end]
    m = _WEEKDAY_LEAD.match(text)
    if m is None or _RANGE.search(text):
        return None
    return WEEKDAY_NUMBER.get(m.group())


_ANY_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/]\d)")


def _years_named(folded: str) -> list[int]:
    """The years the text names: with a month first ("دورة شهر ماي 2025"، "12 janvier 2020"),
    then alone ("ميزانية السنة المالية 2026"), in order."""
    with_month = [int(m.group(1)) for m in _MONTH_YEAR.finditer(folded)]
    alone = [int(m.group()) for m in _ANY_YEAR.finditer(folded)]
    return list(dict.fromkeys([*with_month, *alone]))


def _year_by_weekday(
    h: DateHit, weekday: int | None, years: list[int], published: date | None
) -> date | None:
    """A meeting date without its year, dated by the weekday written with it: among the years
    the text names, else the ones just before and after them (a meeting after the events it
    recalls, a budget voted the year before its own), the only one where that day is that
    weekday; none when no year or several fit."""
    if weekday is None or not years:
        return None
    named = set(years)
    for tier in (named, {y + k for y in years for k in (-1, 1)} - named):
        fits = []
        for year in sorted(tier):
            try:
                d = date(year, h.month, h.day)
            except ValueError:
                continue
            if d.weekday() == weekday and (published is None or d <= published):
                fits.append(d)
        if fits:
            return fits[0] if len(fits) == 1 else None
    return None


def _weekday_repair(d: date, weekday: int) -> date:
    """ "lundi 18 décembre 2018" where 18/12/2018 is a Tuesday: a slip of the year when the year
    before or after makes it a Monday; else the date as written."""
    for year in (d.year - 1, d.year + 1):
        try:
            other = d.replace(year=year)
        except ValueError:
            continue
        if other.weekday() == weekday:
            return other
    return d


WEEKDAY_NUMBER = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
_RELATIVE_DAY = re.compile(
    rf"(?<!\w)(?P<word>امس|البارحه|اليوم|hier|aujourd'hui)(?:\s+(?P<wd>{WEEKDAY_RE}))?(?!\w)"
)


def _relative_day(folded: str, full: list[DateHit]) -> tuple[DateHit, date] | None:
    """ "عقد … أمس الثلاثاء" in a text dated by its publication line: the day before it (the
    weekday, when written, must agree); nothing when the text has no date at all."""
    if not full:
        return None
    published = full[0].resolve()
    if published is None:
        return None
    for m in _RELATIVE_DAY.finditer(folded):
        if not _MEETING.search(_sentence_before(folded, m.start(), 120)):
            continue
        back = 0 if m.group("word") in ("اليوم", "aujourd'hui") else 1
        d = published - timedelta(days=back)
        wd = m.group("wd")
        if wd and WEEKDAY_NUMBER.get(wd) != d.weekday():
            return None
        return DateHit(m.start(), m.end(), d.day, d.month, d.year), d
    return None
