"""What looks like a decision and is not one — reported speech, a person's announcement, a
statement after "أن", a discussion — and a decision drafted twice. The rule that uses them is
in :mod:`segment`; the sanctions of a disciplinary committee are decisions (each fine is to be
paid, each suspension served: the league's secretary tracks them)."""

from __future__ import annotations

import re

from tracker.domain.communique import phrases
from tracker.domain.communique.cues import GOVERNMENT, Piece, clean_text
from tracker.domain.communique.fold import alternation as _A

QUOTED_COMMUNIQUE = re.compile(
    r"(?<!\w)(?:ال)?(?:بلاغ|بيان)(?:\s+(?:ال)?\w+){0,3}\s+(?:ان|انه|انها|بان)\s+(?:\S+\s+){0,3}$"
    r"|(?:المصدر|البلاغ|البيان)\s+(?:ذاته|نفسه)|(?:نفس|ذات)\s+(?:ال)?(?:بلاغ|بيان|مصدر)"
    # "وأفاد التنسيق النقابي، أنه سيتم …": the body itself speaking
    r"|(?<!\w)و?(?:افاد|اضاف|اوضح|ذكر|اعلن)\S*\s+(?:ال)?(?:تنسيق|مكتب|مجلس|لجنه|امانه|كتابه|عصبه|جامعه|حزب|نقابه)"
    r"(?:\s+\S+){0,3}?\s*[،,]?\s*(?:ان|انه|انها)\s+$"
    r"|(?<![a-z])communique\s+(?:\S+\s+){0,4}que\s+(?:\S+\s+){0,3}$"
)
# "تنهي العصبة إلى علم الأندية أنه تقرر …": the body's own notice
OWN_NOTICE = re.compile(
    r"(?<!\w)[تي]نهي\s+(?:\S+\s+){0,8}?(?:الي\s+)?علم\s+(?:\S+\s+){0,10}?(?:ان|انه|انها)\s+$"
)
FR_PERSON_SAYS = re.compile(
    r"(?:president|secretaire\s+general|ministre|maire|directeur|m\.\s*\w+)(?:\s+d[eu]\s+(?:la\s+|l')?[\w\-]+)?"
    r"\s*,?\s*a\s+(?:annonce|indique|declare|affirme|souligne)\s*$"
)

# "أعلن ادريس …، رئيس المجلس الوطني …، تأجيل …": a person announcing (the decision itself is
# quoted after); "أعلنت العصبة عن تأجيل …" stays an announced decision.
ANNOUNCER = re.compile(
    r"(?:[وف]|كما\s+)?(?:اعلن|اعلنت|يعلن|تعلن)\s+[^.\n]*?(?:رييس|الامين\s+العام|الكاتب|المنسق|المدير)"
)
# a news source quoting members: "وأفاد قيادي في الحزب لهسبريس أن …"
SOURCE_SAYS = re.compile(
    r"(?:افاد|اكد|قال|كشف|اوضح)\S*\s+(?:ل\S+\s+)?(?:قيادي|مصدر|مصادر|عضو|احد\s+اعضاء)(?!\w)"
)
ABSTRACT_CALL = re.compile(
    r"(?:\s+و\S+){0,2}\s*(?:الي|ب)\s*(?:ال)?(?:محافظه\s+علي|تحلي|تشبث|مزيد\s+من\s+اليقظه|يقظه|حذر)(?!\w)"
)
NOT_A_DECISION = re.compile(
    r"^(?:l'examen|l'etude|l'analyse|un\s+echange|un\s+debat|la\s+lecture)\s+d"
    # "خلص الاجتماع إلى التأكيد على أن …": what it affirms, not what it will do
    r"|^(?:ال)?تاكيد\s+علي\s+ان(?:\s|ه|ها)"
    # "…، وأن الصحراء المغربية تأتي …": a statement (a body as subject stays: "أن الأمانة عينت …")
    rf"|^و?(?:ان|بان)\s+(?=ال)(?!(?:ال)?(?:{_A(phrases.BODY_NOUNS)}|حزب|مكتب|مجلس|لجنه|جمع|اجتماع|دوره)(?!\w))"
)
DISCIPLINE = re.compile(r"(?:تاديب|عقوبات|discipline|sanction)")
SANCTION_SENTENCE = re.compile(
    r"(?:^|(?<=[.\n]))\s*(?P<noun>و?(?:كذا\s+)?(?:توقيف|ايقاف|تغريم)\s+\S)", re.M
)


def _head(text: str) -> tuple[str, ...]:
    return tuple(w.lstrip("وف") if len(w) > 3 else w for w in text.split()[:4])


def _same(a: str, b: str) -> bool:
    """Near-identical: the same first four words and one's words all in the other (two fines
    of 2,000 dirhams on two clubs are two decisions)."""
    if _head(a) != _head(b) or len(_head(a)) < 4:
        return False
    wa, wb = set(a.split()), set(b.split())
    figures = re.compile(r"\d")
    if {w for w in wa if figures.search(w)} != {w for w in wb if figures.search(w)}:
        return False
    return wa <= wb or wb <= wa  # one says all the other says: "du HUSA" vs "du MCO" are two


def dedupe(folded: str, pieces: list[Piece]) -> list[Piece]:
    """A decision drafted twice — a news lead restating it, then the communiqué's own words —
    is kept once, in its later, fuller place."""
    texts = [clean_text(folded, p.start, p.end) for p in pieces]
    out = []
    for i, p in enumerate(pieces):
        if p.actionable and any(
            q.actionable and _same(texts[i], texts[j]) for j, q in enumerate(pieces) if j > i
        ):
            continue
        out.append(p)
    return out


# French: a sentence of a disciplinary text that states a fine, a suspension or what a club
# "devra" do is one decision ("une amende de 5 000 dhs a été infligée à …", "a été suspendu
# quatre mois", "Le club devra s'occuper de la réparation des dégâts …")
FR_SANCTION = re.compile(
    r"(?<![a-z])(?:amendes?|suspendu\w*|suspension|suspendre|devra|devront)(?![a-z])"
)
FR_SENTENCE = re.compile(r"[^\n]+?(?:(?<!\d)\.(?=\s|$)|(?=\n)|$)")
FR_LEAD = re.compile(
    r"^\s*[-–•]*\s*(?:(?:ainsi|de\s+plus|par\s+ailleurs|enfin|en\s+outre|en\s+attendant)\s*,\s*)?"
)
# a sanction measured ("2.000 dirhams", "deux ans", "à vie") or an obligation ("devra")
SANCTION_MEASURE = re.compile(
    r"\d|a\s+vie|devra|devront|(?<![a-z])(?:un|une|deux|trois|quatre|cinq|six|huit|dix)\s+"
    r"(?:match|matchs|matches|rencontres?|mois|ans?|annees?|saisons?|semaines?)(?![a-z])"
)
FR_WHILE = re.compile(r"\s*,\s*tandis\s+qu(?:e\s|')")


def french_sanctions(folded: str) -> list[tuple[int, int]]:
    """The sentences (cut at ", tandis que") of a French disciplinary text that state a
    sanction, as spans of ``folded``."""
    if not DISCIPLINE.search(folded):
        return []
    out = []
    for m in FR_SENTENCE.finditer(folded):
        text = m.group()
        if not FR_SANCTION.search(text) or not text.isascii():
            continue
        if not SANCTION_MEASURE.search(text):
            continue  # "Amendes et mesures disciplinaires prononcées": a heading
        start = m.start() + FR_LEAD.match(m.group()).end()
        ends = [*(w.start() for w in FR_WHILE.finditer(folded, start, m.end())), m.end()]
        starts = [start, *(w.end() for w in FR_WHILE.finditer(folded, start, m.end()))]
        out += list(zip(starts, ends, strict=True))
    return out


RELATIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:التي|الذي|الذين|ما|مما|لما|بعدما|عندما|حينما|كلما|(?:بعد|قبل|منذ|حين|عند)\s+(?:ان|ما))\s*$"
)


def in_speech(f: str, pos: int, end: int) -> bool:
    """A deciding verb that is not the body's: inside reported speech ("أكد … أن المكتب
    قرر"), a relative or time clause ("الذي قرر"، "بعد أن قررت"), or with another subject
    ("قررت الحكومة"، "le gouvernement a décidé")."""
    before = f[max(0, pos - 40) : pos]
    wide = f[max(0, pos - 70) : pos]
    if RELATIVE_BEFORE.search(before):
        return True
    if GOVERNMENT.match(f, end + 1) or GOVERNMENT.search(before[-25:]):
        return True
    if FR_PERSON_SAYS.search(f[max(0, pos - 60) : end]):
        return True  # "le président de la FRMF a annoncé que …": his words
    if not re.search(r"(?:^|\s)(?:ان|انه|انها|بان|que|qu')\s+(?:\S+\s+){0,3}$", before):
        # "أفاد قيادي … أن جميع أعضاء الأمانة العامة للحزب اتفقوا على …": a source's words
        said = SOURCE_SAYS.search(f[max(0, pos - 160) : pos])
        return bool(said) and bool(
            re.search(r"(?:^|\s)(?:ان|انه|انها|بان)\s+(?:\S+\s+){0,6}$", wide)
        )
    # "وأضاف البلاغ أن المكتب قرر …": the communiqué itself, as a news report quotes it
    if QUOTED_COMMUNIQUE.search(f[max(0, pos - 70) : pos]):
        return False
    return not OWN_NOTICE.search(f[max(0, pos - 160) : pos])
