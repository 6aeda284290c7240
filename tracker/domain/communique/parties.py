"""Who is charged with a decision, and which communes it names.

Owners: the phrase after تكليف/يتولى/تحت إشراف/يعهد إلى/charge/confie à (a body noun and its
qualifiers), and every known owner (``owners``) whose name appears as whole words, compared
with the app's normalisation; a known owner is returned by its own name, else the phrase as
written. Communes: a register name that appears as whole words and either follows a marker
(جماعة، بجماعة، الجماعة الترابية، بلدية، commune de…) or has two words or more. "جميع جماعات
الإقليم" names none (a later issue fans it out).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tracker.domain.communique import phrases
from tracker.domain.communique.fold import alternation, fold_word
from tracker.domain.text import normalize

_A = alternation
_W = r"(?<![\w'])"
_E = r"(?![\w])"

OWNER_INTRO = re.compile(
    rf"{_W}(?:و)?(?:{_A(phrases.OWNER_INTRO)}){_E}\s*(?:(?:ال)?(?:سيد|سيده)\s+|(?:la|le|les)\s+|l')?"
)
CHARGE = re.compile(r"^(?:و)?(?:تكليف|يكلف|تكلف|كلف|كلفت|charge|charger)(?!\w)")
OWNER_NOUN = re.compile(rf"^(?:[بل])?(?:{_A(phrases.OWNER_NOUNS)}){_E}")
OWNER_STOP = re.compile(r"^(?:ب\S+|من|في|الي|علي|عن|قصد|بهدف|de|d'\S*|du|pour|afin|avec|،|,|\.)$")
MARKER = re.compile(rf"(?:{_A(phrases.COMMUNE_MARKERS)})\s*(?:[^\s،,.]+\s+)?$")
PLACE_MARKER = re.compile(r"^ب(?:ال)?(?:اقليم|جهه|جماعه|مدينه|عماله|دائره|قياده|بلديه)$")
NISBA = re.compile(
    r"^(?:ال|لل)\w+(?:ي|يه|يين|يون|ين|يات)$"
    r"|^ال(?:عام|عامه|اعلي|اول|مسير|مسيره|مكلف|مكلفه|دائم|دائمه|خاص|خاصه|موقت|موقته|جديد|جديده)$"
)


def _owner_words(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The owner's words: the head noun, then what qualifies it ("لجنة التنظيم الجهوية",
    "الأمانة المحلية بغفساي", "منظمة نساء الحزب بإقليم تاونات"); the task ("بإعداد…",
    "التنسيق…") is left out."""
    taken = [words[0]]
    i = 1
    while i < len(words) and len(taken) < 7:
        w, prev = words[i].group(), taken[-1].group()
        if words[i].start() - taken[-1].end() > 2 or (
            OWNER_STOP.match(w) and not w.startswith("ب")
        ):
            break
        if PLACE_MARKER.match(w) and i + 1 < len(words):
            taken += [words[i], words[i + 1]]
            i += 2
            continue
        if w.startswith("ب"):
            nxt = words[i + 1].group() if i + 1 < len(words) else ""
            if nxt.startswith("ب") and len(w) > 3 and not re.match(r"ب(?:ال|ا|ت|م)", w):
                taken.append(words[i])  # "بغفساي بعقد": a place, then the task
            break
        construct = not prev.startswith(("ال", "لل")) and not prev.endswith(("ي", "يه"))
        genitive = w.startswith("ل") and not w.startswith("لا")
        if not (construct or NISBA.match(w) or genitive):
            break
        taken.append(words[i])
        i += 1
    return taken


WORD = re.compile(r"[\w'\-]+")


def owners_in(folded: str, s: int, e: int, known: dict[str, str]) -> list[tuple[str, int, int]]:
    """(known owner name or None-marker "", start, end) found in folded[s:e]."""
    out: list[tuple[str, int, int]] = []
    seg = folded[s:e]
    for name_f, name in known.items():
        for m in re.finditer(rf"{_W}(?:[وبل]|لل)?{re.escape(name_f)}{_E}", seg):
            out.append((name, s + m.start(), s + m.end()))
            break
    for m in OWNER_INTRO.finditer(seg):
        pos = m.end()
        words = list(WORD.finditer(seg, pos, min(len(seg), pos + 100)))
        if not words:
            continue
        charge = CHARGE.match(m.group())
        if not OWNER_NOUN.match(words[0].group()) and not charge:
            continue
        taken = _owner_words(words)
        if charge and not OWNER_NOUN.match(words[0].group()):
            # "تكليف X بإعداد…": X is the owner when the task follows it
            nxt = words[len(taken)].group() if len(taken) < len(words) else ""
            if not (nxt.startswith("ب") or nxt in ("de", "d") or nxt.startswith("d'")):
                continue
        os_, oe = s + taken[0].start(), s + taken[-1].end()
        if not any(a <= os_ < b or os_ <= a < oe for _, a, b in out):
            out.append(("", os_, oe))
    out.sort(key=lambda t: t[1])
    return out


@lru_cache(maxsize=8)
def _commune_index(names: tuple[str, ...]) -> tuple[dict[str, str], int]:
    index: dict[str, str] = {}
    longest = 1
    for n in names:
        f = fold_word(n)
        if len(f) >= 2 and f not in index:
            index[f] = n
            longest = max(longest, len(f.split()))
    return index, min(longest, 6)


def commune_index(communes: Iterable[str]) -> tuple[dict[str, str], int]:
    """The communes to look for, folded once per read: (folded name -> name, most words)."""
    names = tuple(c for c in communes if isinstance(c, str) and c.strip())
    return _commune_index(names) if names else ({}, 0)


def communes_in(folded: str, s: int, e: int, communes: tuple[dict[str, str], int]) -> list[str]:
    index, longest = communes
    if not index:
        return []
    words = list(WORD.finditer(folded, s, e))
    found: list[str] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            chunk = words[i : i + n]
            if any(chunk[k + 1].start() - chunk[k].end() > 2 for k in range(n - 1)):
                continue
            text = " ".join(w.group() for w in chunk)
            candidates = [text]
            for prefix in ("وب", "ول", "و", "ب", "ل"):  # "بتاونات", "وبقرية با محمد"
                if text.startswith(prefix) and len(chunk[0].group()) > len(prefix) + 2:
                    candidates.append(text[len(prefix) :])
            for cand in candidates:
                name = index.get(cand)
                if name is None:
                    continue
                before = folded[max(s, chunk[0].start() - 40) : chunk[0].start()]
                marked = bool(MARKER.search(before))
                if marked or len(cand.split()) >= 2:
                    hit = (name, n)
                    break
            if hit:
                break
        if hit:
            if hit[0] not in found:
                found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return found


_ALL_COMMUNES = tuple(normalize(p) for p in phrases.ALL_COMMUNES)


def names_all_communes(text: str) -> bool:
    """Whether a decision is for every commune of the province ("على جميع جماعات الإقليم",
    "toutes les communes de la province"): a fan-out to all of them, once confirmed."""
    folded = normalize(text)
    return any(p in folded for p in _ALL_COMMUNES)


def known_owner_index(owners: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for o in owners:
        if isinstance(o, str):
            f = fold_word(o)
            if len(f) >= 3 and f not in out:
                out[f] = o.strip()
    return out


_CELL = re.compile(r"\t|\s+\|\s+")


def owner_cells(folded: str, s: int, e: int) -> list[tuple[int, int]]:
    """The cells of a table row (after its first) that name a body: its owner column."""
    out = []
    pos = s
    for cell in [*_CELL.finditer(folded, s, e), None]:
        end = cell.start() if cell else e
        text = folded[pos:end].strip()
        if text and OWNER_NOUN.match(text) and len(text.split()) <= 6:
            a = pos + (len(folded[pos:end]) - len(folded[pos:end].lstrip()))
            out.append((a, a + len(text)))
        if cell is None:
            break
        pos = cell.end()
    return out
