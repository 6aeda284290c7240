"""What looks like a decision and is not one — reported speech, a person's announcement, a
statement after "أن", a discussion — and a decision drafted twice. The rule that uses them is
in :mod:`segment`; the sanctions of a disciplinary committee are decisions (each fine is to be
paid, each suspension served: the league's secretary tracks them)."""

from __future__ import annotations

import re

from tracker.domain.communique import phrases
from tracker.domain.communique.cues import Piece, clean_text
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


def dedupe(folded: str, pieces: list[Piece]) -> list[Piece]:
    """A decision drafted twice — a news lead restating it, then the communiqué's own words
    ("تأجيل الدورة الاستثنائية للمجلس …" twice) — is kept once, in its later, fuller place:
    two decisions are the same when their first four words are."""
    heads = [_head(clean_text(folded, p.start, p.end)) for p in pieces]
    out = []
    for i, p in enumerate(pieces):
        if (
            p.actionable
            and len(heads[i]) == 4
            and any(q.actionable and heads[j] == heads[i] for j, q in enumerate(pieces) if j > i)
        ):
            continue
        out.append(p)
    return out
