"""Where the decisions are, and where each one starts and ends.

The rule (issue 14). A communiqué mixes narrative, reported speech, positions and decisions;
only the body's decisions are drafted.

1. Decisions sections: a phrase by which the body decides or concludes opens them —
   قرر/قررت/يقرر/تقرر، خلص الاجتماع إلى، اتفق الحاضرون على، صادق المجلس على، أسفر عن،
   "المقررات/التوصيات التالية", a décidé, ont convenu, "décisions/recommandations
   suivantes". What follows is cut into decisions: the items of a list (bullets - • – *,
   numbers 1. 1) ١-, ordinals أولا: … عاشرا:, Premièrement, 1°) after a colon, or one long
   sentence split on "،"/"؛" (a و opening the next item is dropped; a و inside a word or
   between two parts of one decision — "وتعميمها" — is not a boundary). A verb (قرر) followed
   by one decision is not split. A fragment that only continues the previous one (a
   preposition, "وذلك"، "خاصة"، a word or two) is joined back to it.
2. Reported speech is not a decision: "وأكد الأمين الجهوي على …"، "وشدد على …"، "وأكد
   المشاركون على …" are a person's words or discussion points. A body's own "أكدت الأمانة على
   ضرورة …" introduces decisions only when the text has no decisions section at all, and only
   when it is followed by an action word (ضرورة، وجوب، العمل على).
3. Lists after "ما يلي:"/"التالية:" without a deciding verb (a political bureau's "يعلن ما
   يلي:") are read item by item: an item that is a position (يثمن، يندد، يدعو الحكومة،
   تضامنه…, salue, condamne…) is a position, the others decisions. An agenda or a review
   ("تدارس الاجتماع النقاط التالية:"، "ordre du jour") is neither.
4. Positions anywhere (a paragraph opening with يثمن، يندد، يستنكر… or an item as above) are
   drafted unticked (``actionable=False``): shown for review, never in the JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.domain.communique import phrases
from tracker.domain.communique.fold import alternation

_A = alternation
_W = r"(?<![\w'])"  # a word starts here
_E = r"(?![\w])"  # a word ends here

DECIDE = re.compile(rf"{_W}(?:[وف]\s*)?(?:قد\s+)?(?:{_A(phrases.DECIDE_VERBS)}){_E}")
LIST_INTRO = re.compile(
    rf"{_W}(?:[وف]|كما\s+)?(?:{_A(phrases.LIST_INTRO_AR)}){_E}[^.:\n]{{0,60}}?(?:{_W}(?:علي|الي|عن)(?!\w))"
    rf"|{_W}(?:{_A(phrases.INTRO_FR)}){_E}"
    rf"|{_W}(?:[وبل])?(?:{_A(phrases.SECTION_NOUNS)})\s+(?:\S+\s+){{0,2}}?(?:التاليه|الاتيه){_E}"
    rf"|{_W}(?:[وف])?(?:{_A(phrases.OUTCOME_VERBS)}){_E}[^.:\n]{{0,50}}?(?:عن|ب|الي)\s*"
    rf"(?:(?:مجموعه|جمله|عده|عدد)\s+(?:من\s+)?)?(?:ال)?(?:{_A(phrases.SECTION_NOUNS)})[^.:\n]{{0,40}}?"
    rf"(?:(?:اهمها|ابرزها|منها|من بينها|نذكر منها|التاليه|الاتيه)\s*:|:)"
    rf"|{_W}(?:[وبل])?(?:{_A(phrases.SECTION_NOUNS)})[^.:\n]{{0,40}}?(?:اهمها|ابرزها|من بينها|نذكر منها)\s*:"
)
REFERENCE = re.compile(
    r"^(?:جميع|كافه|كل|باقي|مختلف|بقيه)?\s*(?:ال)?(?:نقط|نقاط|نقطه)(?:\s+(?:ال)?(?:مدرجه|المعروضه|التاليه))?"
)
HEADING = re.compile(
    rf"^\s*(?:{_A(phrases.SECTION_NOUNS)}|decisions|recommandations|resolutions)(?:\s+[^\s.]+){{0,12}}\s*:?\s*$"
)
STRESS = re.compile(
    rf"{_W}(?:[وف]|كما\s+)?(?:{_A(phrases.STRESS_VERBS)})\s+(?:{_A(phrases.BODY_NOUNS)})(?:\s+\S+){{0,4}}?\s+"
    rf"(?:علي\s+)?(?=(?:{_A(phrases.ACTION_AFTER_STRESS)}){_E})"
)
GENERIC_LIST = re.compile(
    r"(?:ما\s+يلي|التالي(?:ه)?|الاتي(?:ه)?|ce\s+qui\s+suit|suivant(?:e|es|s)?)\s*:\s*$"
)
AGENDA = re.compile(rf"{_W}(?:[وف])?(?:{_A(phrases.AGENDA_WORDS)})")
ITEM = re.compile(
    r"^\s*(?:[-•–—*▪►●◾✓·>]+|(?:[ابجدهوزحط]|i{1,3}|iv|vi{0,3}|ix|x)\s*[-)–.](?=\s)|\(?\d{1,2}\s*(?:[-.)–:/]|\))(?!\d)|\(?[a-h]\s*\)"
    r"|(?:ال)?(?:مقرر|قرار|توصيه)\s+(?:رقم\s*)?\d{1,2}\s*[:\-–.]"
    r"|(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|حادي عشر|ثاني عشر|اخيرا)\s*[:\-–.،,]?"
    r"|(?:premierement|deuxiemement|troisiemement|quatriemement|cinquiemement|sixiemement"
    r"|septiemement|enfin|\d{1,2}\s*°)\s*[:\-–.,]?)\s*"
)
INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\s*[-)–]\s+(?=\S)")
POSITION_START = re.compile(
    rf"^(?:[وف]|كما\s+)?(?:{_A(phrases.POSITION_VERBS)}){_E}"
    rf"|^(?:[وف])?(?:{_A(phrases.POSITION_NOUNS)})(?:{_A(phrases.PRONOUN_SUFFIXES)})?{_E}"
    r"|^(?:[وف])?تجديد\s+(?:ال)?(?:تضامن|دعم|اعتزاز|تشبث|تاكيد|دعوه|تعبئه|مطالبه|ثقه|رفض|تنديد|ادانه|شكر|تهنئه)"
    rf"|^(?:[وف])?(?:{_A(phrases.CALL_NOUNS)})\s+(?:كل\s+|كافه\s+|جميع\s+)?(?:{_A(phrases.GOVERNMENT)})"
)
POSITION_NOUN_PRONOUN = re.compile(
    rf"^(?:[وف])?(?:{_A(phrases.POSITION_NOUNS)}|دعوت|مطالبت|دعم|انخراط|التزام|تجديد|رفض|اعتبار)(?:{_A(phrases.PRONOUN_SUFFIXES)}){_E}"
)
CLOSING = re.compile(rf"^\s*(?:{_A(phrases.CLOSING)}){_E}")
NARRATIVE = re.compile(rf"^\s*(?:{_A(phrases.NARRATIVE_STARTS)}){_E}")
CONTINUATION = re.compile(rf"^(?:{_A(phrases.CONTINUATIONS)}){_E}")
SUBJECT = re.compile(
    rf"^(?:(?:اعضاء|عضوات)\s+)?(?:{_A(phrases.BODY_NOUNS)}|بالاجماع|الاجتماع|المجلس|الحاضرون|المجتمعون|المشاركون|المكتب المسير|اللجنه المديريه)"
    rf"(?:\s+(?:ال\w*(?:ي|يه|يون|يين|ون|ين)|لل\w+|بالاجماع|بالاغلبيه|ل(?!ل)\w+(?:\s+ال\w+){{0,2}}|المسير|المديريه|العام|العامه|التنفيذي|الوطني|للحزب)){{0,5}}\s*"
)
WAW_ROOT = re.compile(rf"^و(?:{_A(phrases.WAW_ROOTS)})")
LEAD_FR = re.compile(r"^(?:et\s+)?(?:de\s+|d'|qu[e']\s*)(?=\S)")
SPLIT_WAW = re.compile(r"\s*[،؛;,]\s*(?=و(?!ي)\w\w)|\s*[؛;]\s*")
SPLIT_INLINE = re.compile(r"\s*[،؛;]\s*|\s*,\s*(?=(?:et\s+)?(?:de\s|d'|la\s|le\s|l'|les\s))")


@dataclass(frozen=True)
class Piece:
    start: int  # folded offsets of the cleaned text
    end: int
    actionable: bool


def _strip(folded: str, s: int, e: int) -> tuple[int, int]:
    """Trim white space and punctuation around [s, e)."""
    junk = " \n\t.،,:؛;-–—•*\"'()«»"
    while s < e and folded[s] in junk:
        s += 1
    while e > s and folded[e - 1] in " \n\t.،,:؛;-–—•*\"'(«»":
        e -= 1
    return s, e


def _clean(folded: str, s: int, e: int, after_verb: bool = False) -> tuple[int, int]:
    """Drop a bullet/number, a leading conjunction, the body's name after a deciding verb."""
    s, e = _strip(folded, s, e)
    m = ITEM.match(folded[s:e])
    if m and m.end() > 0:
        s += m.end()
    s, e = _strip(folded, s, e)
    for _ in range(2):
        text = folded[s:e]
        if text.startswith(("وكذا ", "وايضا ", "كذلك ")):
            s += text.index(" ") + 1
            continue
        if after_verb:
            m = SUBJECT.match(text)
            if m and m.end() < len(text):
                s += m.end()
                after_verb = False
                aside = re.match(r"^\s*[،,][^،,.]{1,50}[،,]\s*", folded[s:e])  # "، في هذا الصدد،"
                if aside:
                    s += aside.end()
                continue
        m = LEAD_FR.match(text)
        if m:
            s += m.end()
            continue
        if (
            text.startswith("و")
            and len(text) > 3
            and not text.startswith("و ")
            and text[1] != " "
            and not WAW_ROOT.match(text)
        ):
            s += 1
        break
    return _strip(folded, s, e)


def is_position(text: str) -> bool:
    return bool(POSITION_START.match(text) or POSITION_NOUN_PRONOUN.match(text))


BODY_AFTER_VERB = re.compile(
    rf"^(?:[وف]|كما\s+)?(?:{_A(phrases.POSITION_VERBS)})\s+(?:{_A(phrases.BODY_NOUNS)}){_E}"
)
_SENTENCE_END = re.compile(r"\.(?=\s|$)|[!؟?](?=\s|$)|\n")


def _lines(folded: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in folded.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def unwrap(folded: str) -> str:
    """The folded text with the line breaks inside a sentence (text wrapped by hand or by a
    PDF) turned into spaces, offsets unchanged: a break counts as wrapping when its line is
    long, ends without punctuation, is not the first line (a title), and the next line goes
    on without a bullet, a closing formula or a new narrative sentence."""
    lines = folded.split("\n")
    out = list(folded)
    pos = 0
    seen_text = False
    for i, line in enumerate(lines[:-1]):
        nl = pos + len(line)
        text = line.strip()
        nxt = lines[i + 1].strip()
        if (
            seen_text
            and len(text) >= 40
            and text[-1] not in ".؛;:!?؟"
            and nxt
            and not ITEM.match(nxt)
            and not CLOSING.match(nxt)
            and not NARRATIVE.match(nxt)
            and not DECIDE.match(nxt)
        ):
            out[nl] = " "
        seen_text = seen_text or bool(text)
        pos = nl + 1
    return "".join(out)


def _sentence_end(folded: str, pos: int, limit: int) -> int:
    for m in _SENTENCE_END.finditer(folded, pos, limit):
        if m.group() == ".":
            before = folded[max(0, m.start() - 3) : m.start()]
            if re.search(r"(?:^|\s)(?:\w|\d+)$", before):  # "M." or "1." is no sentence end
                continue
        return m.start()
    return limit


def _split_inline(
    folded: str, s: int, e: int, splitter: re.Pattern[str] = SPLIT_INLINE
) -> list[tuple[int, int]]:
    """Cut one sentence of directives on "،"/"؛" (or numbered "1- … 2- …"), joining back
    fragments that only continue the previous one."""
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
    for ps, pe in parts:
        cs, ce = _strip(folded, ps, pe)
        if cs >= ce:
            continue
        frag = folded[cs:ce]
        core = frag[1:] if frag.startswith("و") and not WAW_ROOT.match(frag) else frag
        lead = LEAD_FR.match(core)
        if lead and core.startswith("et "):
            core = core[lead.end() :]
            if len(core.split()) >= 2:
                merged.append((cs, ce))
                continue
        if merged and (CONTINUATION.match(core) or len(core.split()) < 2):
            merged[-1] = (merged[-1][0], ce)
        else:
            merged.append((cs, ce))
    return merged


class _Reader:
    def __init__(self, folded: str) -> None:
        self.f = folded
        self.lines = _lines(folded)
        self.pieces: list[Piece] = []
        self.claimed: list[tuple[int, int]] = []

    def free(self, s: int, e: int) -> bool:
        return all(e <= cs or s >= ce for cs, ce in self.claimed)

    def line_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.lines):
            if s <= pos <= e:
                return i
        return len(self.lines) - 1

    def add(self, s: int, e: int, actionable: bool | None, after_verb: bool = False) -> None:
        s, e = _clean(self.f, s, e, after_verb)
        if e - s < 4 or len(self.f[s:e].split()) < 2 or REFERENCE.match(self.f[s:e]):
            return
        if actionable is None:
            actionable = not is_position(self.f[s:e])
        self.pieces.append(Piece(s, e, actionable))

    def following_items(self, line_index: int, classify: bool) -> int:
        """Take the list under line ``line_index``; return where it ends (folded offset)."""
        end = self.lines[line_index][1]
        marked = unmarked = 0
        for s, e in self.lines[line_index + 1 :]:
            text = self.f[s:e].strip()
            if not text:
                continue
            is_item = bool(ITEM.match(text)) and not re.match(r"^\d{1,2}\s*[/.\-]\s*\d", text)
            if not is_item:
                if marked or unmarked >= 12:
                    break
                if (
                    CLOSING.match(text)
                    or NARRATIVE.match(text)
                    or len(text.split()) < 3
                    or text.endswith(":")
                    or DECIDE.match(text)
                ):
                    break
                unmarked += 1
            else:
                marked += 1
            numbers = list(INLINE_NUMBER.finditer(self.f, s, e))
            if is_item and len(numbers) >= 2:
                for ps, pe in _split_inline(self.f, s, e):
                    self.add(ps, pe, None if classify else True)
            else:
                self.add(s, e, None if classify else True)
            end = e
        return end

    def section(self, hs: int, he: int, kind: str) -> None:
        f = self.f
        li = self.line_of(he)
        _ls, le = self.lines[li]
        colon = f.find(":", he, le)
        if colon >= 0 and colon - he <= 90 and "." not in f[he:colon]:
            inline_s = colon + 1
            end = le
            if f[inline_s:le].strip(" .،,"):
                sent = _sentence_end(f, inline_s, le) if kind == "verb" else le
                for ps, pe in _split_inline(f, inline_s, sent):
                    self.add(ps, pe, None)
                end = sent
                if sent == le:
                    end = max(end, self.following_items(li, classify=True))
            else:
                end = self.following_items(li, classify=True)
            self.claimed.append((hs, end))
            return
        content = f[he:le].strip(" .،,")
        nxt = next((f[a:b].strip() for a, b in self.lines[li + 1 :] if f[a:b].strip()), "")
        if not content or (
            len(content.split()) <= 6 and ITEM.match(nxt) and not content.endswith(".")
        ):
            end = self.following_items(li, classify=True)
            self.claimed.append((hs, end))
            return
        sent = _sentence_end(f, he, le)
        if kind == "verb":
            again = DECIDE.search(f, he, sent)  # "…، كما قرر …": the next decision
            if again:
                sent = again.start()
            parts = _split_inline(f, he, sent, SPLIT_WAW)
            for k, (ps, pe) in enumerate(parts):
                self.add(ps, pe, True, after_verb=k == 0)
        else:
            for ps, pe in _split_inline(f, he, sent):
                self.add(ps, pe, None)
        self.claimed.append((hs, sent))

    def run(self) -> list[Piece]:
        f = self.f
        # a headline ("المكتب السياسي يقرر عقد …") repeats the body: it decides nothing
        first = next(((s, e) for s, e in self.lines if f[s:e].strip()), None)
        if (
            first
            and len(self.lines) > 3
            and not f[first[0] : first[1]].rstrip().endswith((".", ":"))
        ):
            self.claimed.append(first)
        hits: list[tuple[int, int, str]] = []
        hits += [(m.start(), m.end(), "verb") for m in DECIDE.finditer(f)]
        hits += [(m.start(), m.end(), "list") for m in LIST_INTRO.finditer(f)]
        for s, e in self.lines:
            if HEADING.match(f[s:e]):
                hits.append((s, e, "list"))
        hits.sort()
        for hs, he, kind in hits:
            if self.free(hs, he) and not self._in_speech(hs):
                self.section(hs, he, kind)
        # lists after "ما يلي:" with no deciding verb: item by item
        for i, (s, e) in enumerate(self.lines):
            text = f[s:e]
            if GENERIC_LIST.search(text) and self.free(s, e):
                if AGENDA.search(text) or re.search(r"حضر|presence|ordre", text):
                    end = self._skip_items(i)
                else:
                    end = self.following_items(i, classify=True)
                self.claimed.append((s, end))
        # any other list ("فإنه:"): its positions only
        for i, (s, e) in enumerate(self.lines):
            if f[s:e].rstrip().endswith(":") and self.free(s, e):
                end = self._skip_items(i, positions_only=True)
                self.claimed.append((s, end))
        # a body's own "أكدت الأمانة على ضرورة …" when nothing else decides
        if not any(p.actionable for p in self.pieces):
            for m in STRESS.finditer(f):
                if self.free(m.start(), m.end()):
                    self.section(m.start(), m.end(), "list")
        # positions of the body, one paragraph each
        for s, e in self.lines:
            text = f[s:e].strip()
            if text and self.free(s, e) and BODY_AFTER_VERB.match(text):
                self.add(s, _sentence_end(f, s, e), False)
        self.pieces.sort(key=lambda p: p.start)
        out: list[Piece] = []
        for p in self.pieces:
            if out and p.start < out[-1].end:
                continue
            out.append(p)
        return out

    def _skip_items(self, line_index: int, positions_only: bool = False) -> int:
        end = self.lines[line_index][1]
        for s, e in self.lines[line_index + 1 :]:
            text = self.f[s:e].strip()
            if not text:
                continue
            if not ITEM.match(text):
                break
            if not self.free(s, e):
                end = e
                continue
            if positions_only:
                cs, ce = _clean(self.f, s, e)
                if is_position(self.f[cs:ce]):
                    self.add(s, e, False)
            end = e
        return end

    def _in_speech(self, pos: int) -> bool:
        """A deciding verb inside reported speech ("أكد … أن المكتب قرر") is not the body's."""
        before = self.f[max(0, pos - 40) : pos]
        if re.search(r"(?:^|\s)(?:التي|الذي|الذين|ما|مما|لما)\s*$", before):
            return True
        return bool(re.search(r"(?:^|\s)(?:ان|انه|انها|بان|que|qu')\s+(?:\S+\s+){0,3}$", before))


def find_pieces(folded: str) -> list[Piece]:
    """The decisions and positions of the folded communiqué, in text order."""
    return _Reader(folded).run()
