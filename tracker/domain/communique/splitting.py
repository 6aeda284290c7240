"""How one sentence of decisions is cut ("…، …، و…"): where a fragment starts a decision of
its own and where it only goes on with the previous one (a preposition, a time phrase, a name
set after a function, a purpose clause, the old schedule's participle…). The cues the cut
uses are in :mod:`cues`; the rule that calls it is in :mod:`segment`."""

from __future__ import annotations

import re

from tracker.domain.communique import phrases
from tracker.domain.communique.cues import (
    ACTION_VERB,
    CONTINUATION,
    HIGHLIGHT,
    INLINE_NUMBER,
    LEAD_FR,
    REFERENCE,
    SPLIT_INLINE,
    WAW_ROOT,
    clean_piece,
    strip_span,
)
from tracker.domain.communique.fold import alternation as _A
from tracker.domain.communique.tails import REPORTED


def split_inline(
    folded: str, s: int, e: int, splitter: re.Pattern[str] = SPLIT_INLINE
) -> list[tuple[int, int]]:
    """Cut one sentence of directives on "،"/"؛" (or numbered "1- … 2- …"), joining back
    fragments that only continue the previous one."""
    programme = PROGRAMME_FR.search(folded, s, e)
    if programme:  # "le programme d'action 2025, qui prévoit notamment A, B et C": A, B, C
        out, pos = [], programme.end()
        for x in PROGRAMME_ITEMS.finditer(folded, programme.end(), e):
            out.append(strip_span(folded, pos, x.start()))
            pos = x.end()
        out.append(strip_span(folded, pos, e))
        return [(a, b) for a, b in out if b - a > 3]
    numbers = list(INLINE_NUMBER.finditer(folded, s, e))
    if len(numbers) >= 2 and [int(m.group(1)) for m in numbers[:2]] == [1, 2]:
        cuts = [m.start() for m in numbers] + [e]
        return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i + 1] > cuts[i]]
    parts: list[tuple[int, int]] = []
    pos = s
    for m in splitter.finditer(folded, s, e):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, e))
    merged: list[tuple[int, int]] = []
    purpose = False  # "…، لأجل انتخاب …، وتقديم …": the purpose goes on over its "و"
    for ps, pe in parts:
        cs, ce = strip_span(folded, ps, pe)
        if cs >= ce:
            continue
        if merged and REPORTED.search(folded, merged[-1][0], merged[-1][1]):
            break  # "…, indique la Fédération, soulignant que …, d'assurer …": its comment
        frag = folded[cs:ce]
        if merged and purpose and frag.startswith("و") and not ACTION_VERB.match(frag):
            merged[-1] = (merged[-1][0], ce)
            continue
        if merged and re.search(
            r"(?:كل\s+من|التاليه|التالي)\s*:\s*[^:]*$", folded[merged[-1][0] : merged[-1][1]]
        ):
            merged[-1] = (merged[-1][0], ce)  # "اتفاقيات مع كل من: جمعية A، وجمعية B": one list
            continue
        purpose = (bool(merged) and bool(PURPOSE.match(frag))) or bool(PURPOSE_END.search(frag))
        core = frag[1:].lstrip() if frag.startswith("و") and not WAW_ROOT.match(frag) else frag
        lead = LEAD_FR.match(core)
        if lead and core.startswith("et "):
            core = core[lead.end() :]
            if len(core.split()) >= 2:
                merged.append((cs, ce))
                continue
        if RESUME.match(core) or NARRATED.match(frag):
            break  # "…، على أن تستأنف أشغال الجلسة يوم …"، "…، وكان اللقاء قد انتهى …": no decision
        if merged and PARALLEL.match(frag):  # "صادق على A، وعلى B": B is a decision of its own
            merged.append((cs + PARALLEL.match(frag).end(), ce))
            continue
        after_reference = bool(merged) and bool(HIGHLIGHT.match(core))
        if after_reference:  # "plusieurs projets, notamment A, B": A opens the list
            a, b = clean_piece(folded, *merged[-1])
            after_reference = bool(REFERENCE.match(folded[a:b]))
        if after_reference:
            merged.append((cs, ce))
        elif (
            merged
            and (
                CONTINUATION.match(core)
                or len(core.split()) < 2
                # "عينت A رئيسة للجنة …، وB نائبا لأمين المال": the same verb's second object
                or (
                    frag.startswith("و")
                    and APPOINTING.match(folded, merged[-1][0])
                    and not core.startswith("ال")
                    and not ACTION_VERB.match(core)
                )
                # "ل6 مباريات؛ ثلاثة منها موقوفة التنفيذ": a part of what was just said
                or re.match(r"^\S+\s+(?:منها|منهما)(?!\w)", core)
                # "…، وتعميمها على …": a verbal noun about the previous decision's object
                or re.match(r"^\w{3,}(?:ها|هم|هما)(?!\w)", core)
                # "…، على أن تتوقف …، ويسدل الستار …": an imperfect verb goes on with the clause
                or (frag.startswith("وي") and not ACTION_VERB.match(frag))
                # "…، وتختتم في 28 يونيو": the same competition's end, not a decision of its own
                or re.match(r"^وت(?:ختتم|نتهي|ستمر|سدل)|^(?:ست|سي)(?:نطلق|قام|جري|ختتم)", frag)
                or _apposed_name(folded[merged[-1][0] : merged[-1][1]], core)
                # "la réalisation, l'équipement et l'exploitation": one list of nouns, unless a
                # "notamment" opened a list of items ("notamment A, la B, le C")
                or (_FR_ARTICLE.match(core) and not re.search(r"notamment|\bdont\b", folded[s:cs]))
                # "une commission qui aura pour mission de traiter … et d'adapter …": one task list
                or (
                    core.startswith(("de ", "d'"))
                    and _TASK.search(folded[merged[-1][0] : merged[-1][1]])
                )
            )
        ):
            merged[-1] = (merged[-1][0], ce)
        else:
            merged.append((cs, ce))
    return merged


PROGRAMME_FR = re.compile(
    r",\s*qui\s+(?:prevoit|comprend|comporte|inclut|englobe)\s+(?:notamment\s+)?"
)
PROGRAMME_ITEMS = re.compile(r"\s*,\s*(?:et\s+)?|\s+et\s+(?=(?:la|le|les|l'|un|une|des)\b)")
RESUME = re.compile(
    r"^علي\s+ان\s+(?:ت|ي)(?:ستانف|ستكمل|تواصل|واصل|ختتم|رفع)\S*\s+(?:ال)?(?:اشغال|جلس|دور|اجتماع)"
)
PARALLEL = re.compile(
    r"^و\s*(?:كذا\s+)?علي\s+(?=\S)"
    # "…، بالإضافة للتصويت على B"، "…، بالإضافة إلى عقد اجتماع …": another decision
    r"|^و?(?:بالاضافه|اضافه)\s+(?:الي\s+|ل)(?:(?:ال|ل)?(?:تصويت|مصادقه|موافقه)\s+علي\s+"
    r"|(?=(?:ال)?(?:عقد|تنظيم|احداث|اعداد|تكليف|تعيين|اطلاق|تشكيل|تغريم|توقيف|ايقاف)\s))"
)
_FUNCTION_WORD = re.compile(rf"(?<!\w)(?:{_A((*phrases.FUNCTION_NOUNS, *phrases.TITLES))})(?!\w)")


APPOINTING = re.compile(r"(?:كلف|كلفت|عين|عينت|انتخب|انتخبت)\s")
_TASK = re.compile(r"(?:mission|taches?|chargee?s?|visant|vise|afin|permettre)\s+d(?:e\s|')")
NARRATED = re.compile(r"^و?كان(?:ت|وا)?\s+(?:\S+\s+){0,4}قد\s")
PURPOSE = re.compile(r"^(?:لاجل|من\s+اجل|قصد|بهدف|بغيه|afin\s+d|pour\s+)")
# "الدعوة إلى تعبئة المناضلين لإنجاح هذه المحطة، والمساهمة في …": a purpose ending the
# fragment goes on over the next "و"
PURPOSE_END = re.compile(r"\s(?:لانجاح|لتحقيق|لضمان)\s+[^،,؛;]*$")
_FR_ARTICLE = re.compile(r"^(?:la|le|les)\s|^l'")


def _apposed_name(previous: str, fragment: str) -> bool:
    """ "…، مع المدير التقني الوطني، ناصر لارغيت، …": a short name set between commas after a
    function is the person, not a decision."""
    words = fragment.split()
    if not 1 < len(words) <= 3 or any(w.startswith(("ال", "لل", "بال")) for w in words):
        return False
    return bool(_FUNCTION_WORD.search(" ".join(previous.split()[-4:])))
