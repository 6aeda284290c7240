"""The meeting's fields besides its date: title, place, chair(s), attendees.

Place: the words after "ب/في" + a place noun (مقر، قاعة، siège, salle…) in the sentence of the
meeting's date, else the first such phrase. Chair: after ترأس/برئاسة/présidé par; when
titles (الدكتور، السيد، M., Mme…) mark the names, the names alone, else the phrase without
its titles, a function before or after a name dropped ("الأمين العام عبد الإله بنكيران"، "ترأسه
الكاتب الأول، الأستاذ إدريس لشكر"), a function when no name is given; never another
committee's chair ("للجنة موسعة برئاسة …") nor a future one ("qui sera présidée par").
Attendees: after "وحضر الاجتماع"/"بحضور"/"en présence de", split on commas, up to a new
clause ("، حيث …").
"""

from __future__ import annotations

import re

from tracker.domain.communique import phrases, vocab
from tracker.domain.communique.fold import alternation, fold

_A = alternation
_W = r"(?<![\w'])"
_E = r"(?![\w])"
Span = tuple[int, int]

PLACE = re.compile(
    rf"{_W}(?:ب|في\s+|داخل\s+|au\s+|a\s+la\s+|a\s+l'|dans\s+(?:la\s+|le\s+|l')?)"
    rf"(?=(?:ال)?(?:{_A(phrases.PLACE_NOUNS)}){_E})"
)
PLACE_END = re.compile(
    rf"[.،,؛;:\n]|\s(?:برئاسه|تحت\s+رئاسه|وذلك|يوم|بحضور|وبحضور|بمشاركه|lors|sous|en\s+presence|le\s+\d|le\s+(?:{_A(vocab.WEEKDAYS)}))"
)
TOWN_AFTER_DATE = re.compile(
    r"\s*[،,]?\s*(?:ب(?!حضور|رئاسه|مشاركه|اشراف|تنسيق|دعوه|مبادره|مناسبه|مقر|قاعه|ال)"
    r"|a\s+(?!partir|compter|l'|la\s|\d))(\w[\w\-]{2,})(?=\s*[،,.\n]|\s+(?:و|et\s|sous|تحت|برئاسه))"
)
CHAIR = re.compile(
    rf"{_W}(?:[وف])?(?:{_A(phrases.CHAIR_INTRO)}){_E}(?:\s+(?:الاجتماع|اشغاله|اشغال\s+الاجتماع|اللقاء|اشغالها|الدوره)(?!\w))?"
)
CHAIR_END = re.compile(
    r"(?<!\s[a-z])(?<!\sdr)(?<!\spr)\.(?=\s|$)|[؛;\n،\"«»“”]|,(?=\s)"
    r"|\s(?:وبحضور|بحضور|وحضر|وذلك|بمقر|بقاعه|وباشراف|باشراف|تحت\s+اشراف|en\s+presence|au\s+siege"
    r"|a\s+la\s+salle)"
)
# "للجنة موسعة برئاسة …", "qui sera présidée par …", "سيترأس …": another body's or a future chair
NOT_THIS_CHAIR = re.compile(
    r"(?:(?:لجنه|اللجنه|للجنه|لجان|commission|comite)(?:\s+\S+){0,2}|sera|seront|qui\s+sera)\s*$"
)
FUTURE_CHAIR = re.compile(r"^[وف]?س[يت]تراس")
TITLE = re.compile(rf"{_W}و?(?:{_A(phrases.TITLES)})(?=\s)")
NAME_STOP = re.compile(
    rf"^(?:و\S+|بال\S*|ب(?:جهه|اقليم|مدينه|عماله|جماعه|مقر|قاعه|صفته|صفتها)\S*|لل\S+|يوم|على|علي|ل(?:جهه|اقليم|حزب|جماعه)\S*|(?:{_A(phrases.FUNCTION_NOUNS)})|عن|في|من|الذي|التي|الذين|qui|,|،|\(|-|et|le|la|president\w*|secretaire\w*)$"
)
ATTEND = re.compile(
    rf"{_W}(?:[وف])?(?:{_A(phrases.ATTEND_INTRO)}){_E}(?:\s+(?:الاجتماع|اللقاء|اشغاله|الدوره)(?!\w))?\s*:?"
)
ATTEND_END = re.compile(
    r"[.؛;\n]|\s(?:وتراس|برئاسه|وذلك|تحت\s+رئاسه)|[،,]\s*(?:حيث|وقد|وبعد|lors|afin)(?!\w)"
)


_NOT_TITLE = re.compile(
    r"^(?:بسم الله.*|المملكه المغربيه|بلاغ(?:\s+صحفي)?|بيان|communique(?:\s+de\s+presse)?|royaume du maroc)$"
)


def title_of(text: str) -> str:
    """The first line that says something (not the basmala, "المملكة المغربية", "بلاغ")."""
    first = ""
    for line in text.splitlines()[:40]:
        line = " ".join(line.split())
        if len(line) < 4 or sum(ch.isalpha() for ch in line) < 4:
            continue
        first = first or line
        if not _NOT_TITLE.match(fold(line)[0].strip(" :.")):
            return line[:200]
    return first[:200]


def place_of(folded: str, near: tuple[int, int] | None) -> Span | None:
    """The meeting's place (folded span): a place phrase in the sentence of the meeting's date
    (``near``: its span), else a town right after the date ("… 2026 بطنجة", "… 2026 à
    Agadir"); without a date, a place phrase near the top. Never a decision's place."""
    if near is not None:
        start = max(0, near[0] - 200)
        cut = max(folded.rfind(".", start, near[0]), folded.rfind("\n", start, near[0]))
        lo, hi = (cut + 1 if cut >= 0 else start), near[1] + 200
        stop = re.search(r"\.(?=\s)|\n", folded[near[1] : hi])
        hi = near[1] + stop.start() if stop else hi
        hits = [m for m in PLACE.finditer(folded, lo, hi)]
        if not hits:
            town = TOWN_AFTER_DATE.match(folded, near[1])
            return (town.start(1), town.end(1)) if town else None
        m = hits[0]
    else:
        m = next(PLACE.finditer(folded, 0, min(len(folded), 600)), None)
        if m is None:
            return None
    s = m.end()
    end = PLACE_END.search(folded, s, min(len(folded), s + 120))
    e = end.start() if end else min(len(folded), s + 80)
    return (s, e) if e - s >= 3 else None


def chair_of(folded: str) -> tuple[Span, list[Span]] | None:
    """(the chair phrase, the spans of the names in it: by their titles, else the phrase)."""
    m = next(
        (
            c
            for c in CHAIR.finditer(folded)
            if not NOT_THIS_CHAIR.search(folded[max(0, c.start() - 30) : c.start()])
            and not FUTURE_CHAIR.match(folded[c.start() : c.end()])
        ),
        None,
    )
    if not m:
        return None
    s = m.end()
    while s < len(folded) and folded[s] in " :":
        s += 1
    end = CHAIR_END.search(folded, s, min(len(folded), s + 250))
    e = end.start() if end else min(len(folded), s + 120)
    if e - s < 3:
        return None
    names: list[Span] = []
    for t in TITLE.finditer(folded, s, e):
        pos = t.end()
        words = list(re.finditer(r"\S+", folded[pos:e]))
        taken: list[re.Match[str]] = []
        last_end = 0
        for w in words:
            word = w.group()
            if NAME_STOP.match(word) or len(taken) >= 4:
                break
            taken.append(w)
            last_end = w.end()
            if word[-1] in ",،":
                last_end -= 1
                break
        if taken:
            names.append((pos + taken[0].start(), pos + last_end))
    if not names and folded[e : e + 1] in ("،", ","):
        # "ترأسه الكاتب الأول للحزب، الأستاذ إدريس لشكر": the name after the function
        t = TITLE.match(folded, e + 1 + len(folded[e + 1 :]) - len(folded[e + 1 :].lstrip()))
        if t:
            window = re.split(r"[،,.\n]", folded[t.end() : t.end() + 60])[0]
            words = list(re.finditer(r"\S+", window))[:4]
            taken = []
            for w in words:
                if NAME_STOP.match(w.group()):
                    break
                taken.append(w)
            if taken:
                names.append((t.end() + taken[0].start(), t.end() + taken[-1].end()))
                return (s, t.end() + taken[-1].end()), names
    if not names:
        # the phrase itself, without its titles; a function before or after a name is dropped
        ps = s
        t = TITLE.match(folded, ps)
        while t:
            ps = t.end() + 1
            t = TITLE.match(folded, ps)
        names.append(_name_in(folded, ps, e))
    return (s, e), names


_FUNCTION = re.compile(rf"^(?:{_A(phrases.FUNCTION_NOUNS)})$")


def _name_in(folded: str, s: int, e: int) -> Span:
    """ "الأمين العام عبد الإله بنكيران" → the name; "محمد الرويجل رئيس العصبة" → the name;
    "رئيس المجلس الجماعي" (no name) → the function, whole."""
    words = list(re.finditer(r"\S+", folded[s:e]))
    if not words:
        return (s, e)
    if _FUNCTION.match(words[0].group()):
        k = 1
        while k < len(words) and words[k].group().startswith(("ال", "لل", "ل")):
            k += 1
        if 0 < len(words) - k <= 4 and k < len(words):
            return (s + words[k].start(), e)
        return (s, e)
    for k, w in enumerate(words[1:], 1):
        if _FUNCTION.match(w.group()) and k >= 2:
            return (s, s + words[k - 1].end())
    return (s, e)


def attendees_of(folded: str) -> tuple[Span, list[Span]] | None:
    m = ATTEND.search(folded)
    if not m:
        return None
    s = m.end()
    end = ATTEND_END.search(folded, s, min(len(folded), s + 600))
    e = end.start() if end else min(len(folded), s + 300)
    parts: list[Span] = []
    pos = s
    for sep in re.finditer(r"[،,]|\s+-\s+", folded[s:e]):
        parts.append((pos, s + sep.start()))
        pos = s + sep.end()
    parts.append((pos, e))
    out = []
    for ps, pe in parts:
        while ps < pe and folded[ps] in " :-\n":
            ps += 1
        while pe > ps and folded[pe - 1] in " .\n":
            pe -= 1
        if folded[ps : ps + 1] == "و" and pe - ps > 3 and folded[ps + 1] != " ":
            ps += 1
        if folded[ps : ps + 3] == "et ":
            ps += 3
        if pe - ps >= 3:
            out.append((ps, pe))
    return ((s, e), out) if out else None
