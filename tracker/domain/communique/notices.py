"""More cues the decisions are found by, kept apart from :mod:`cues` (near its size limit):
a body's notice ("تنهي الجامعة إلى علم … أن الجمع العام … سيعقد يوم …"), a general
assembly's own formalities (the committee that runs the election, the bureau's size), and a
page's headline repeated further down (issue 14)."""

from __future__ import annotations

import re

# "تنهي الجامعة الملكية المغربية لكرة القدم إلى علم السادة رؤساء الأندية … أن الجمع العام
# التأسيسي للعصبة … سيعقد يوم الثلاثاء 23 فبراير 2021": the body makes its date known; what
# follows "أن" is the decision, dated by its day (never when the clause has no day)
NOTICE = re.compile(
    r"(?<![\w'])(?:[وف]|كما\s+)?(?:تنهي|ينهي)\s+[^.:\n]{0,120}?(?:الي|ل)\s*علم\s+[^.:\n]{0,160}?\s(?:ان|بان)\s+"
    r"(?=[^.\n]{0,120}?\s(?:ست|سي)(?:عقد|نعقد|نطلق|نظم|جري|قام)\s+(?:[^.\n]{0,30}?\s)?(?:يوم|بتاريخ)\s)"
)

# A general assembly's formalities beyond the reports and the officers (cues.FORMALITY): the
# committee set up to run the election, the bureau's size, a committee or bureau elected.
MORE_FORMALITY = re.compile(
    r"^(?:(?:تم|تمت|كما\s+تم)\s+)?تشكيل\s+لجنه\s[^.]{0,80}?الاشراف\s+علي\s+(?:عمليه\s+)?(?:ال)?انتخاب"
    r"|^(?:(?:تم|كما\s+تم)\s+)?حصر\s+عدد\s+اعضاء\s+(?:ال)?مكتب"
    r"|^(?:(?:تم|كما\s+تم)\s+)?انتخاب\s+(?:ال)?(?:لجنه|مكتب)(?!\w)"
)


def repeated_titles(
    folded: str, lines: list[tuple[int, int]], first: tuple[int, int]
) -> list[tuple[int, int]]:
    """The lines that repeat the page's headline ``first`` word for word (a web page shows
    its title twice): titles too, deciding nothing."""
    title = " ".join(folded[first[0] : first[1]].split())
    return [
        (s, e)
        for s, e in lines
        if (s, e) != first and title and " ".join(folded[s:e].split()) == title
    ]
