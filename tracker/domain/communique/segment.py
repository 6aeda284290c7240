"""Where the decisions are, and where each one starts and ends.

The rule (issue 14). A communiqué mixes narrative, reported speech, positions and decisions;
only the body's own decisions are drafted as resolutions.

1. Decisions sections. A phrase by which the body decides or concludes opens one:
   قرر/قررت/يقرر/تقرر، خلص الاجتماع إلى، اتفق الحاضرون على، تم الاتفاق على، صادق المجلس
   على، أوصى المشاركون ب…، "المقررات/التوصيات التالية"، "خرج الاجتماع بالتوصيات التالية"،
   "تم تكليف …", a heading line (مقررات الدورة…، Décisions), a décidé (de), ont convenu,
   il a été décidé, "décisions/recommandations suivantes". What follows is cut into
   decisions: the items of a list (bullets - • – * ✅, numbers 1. 1) ١- 01-, ordinals
   أولا: … عاشرا:, أ) ب), Premièrement, 1°, a), "المقرر رقم 1:") under a colon or under the
   deciding line; or the sentence itself, split on "،"/"؛" (French ", de"/"; et de"). After
   a deciding verb the sentence is split only where "، و" opens a new decision ("…، وتكليف
   …"), never at a و inside a decision ("وتعميمها"), and "، كما قرر …" starts the next one.
   A fragment that only continues the previous one (a preposition, "وذلك"، "خاصة"، "الشيء
   الذي"، a participle, a single word) is joined back to it. The body's name after the verb
   ("قرر المكتب السياسي، في هذا الصدد، …"، "في اجتماعه المنعقد يوم …") is not part of the
   decision; neither are "أبرزها"/"من بينها" nor a bare reference ("جميع النقط").
2. What is not the body's decision. Reported speech: "وأكد الأمين الجهوي على …"، "وشدد على
   …"، "وأكد المشاركون على …" are a person's words or discussion points; a deciding verb in
   a clause ("أن المكتب قرر"، "الذي قرر"، "بعد أن قررت") or with another subject ("قررت
   الحكومة"، "le gouvernement a décidé"). A headline repeating a decision (the first line, when
   short) decides nothing. An agenda or a review ("وتضمن جدول الأعمال النقط التالية:"،
   "ordre du jour") is neither decisions nor positions. A body's own "أكدت الأمانة على ضرورة
   …" introduces decisions only when the text has no decisions section at all, is followed
   by an action word (ضرورة، وجوب، العمل على) and does not address the government.
3. Lists after "ما يلي:"/"التالية:" without a deciding verb (a political bureau's "يعلن ما
   يلي:") are read item by item: an item that is a position (يثمن، يندد، يدعو الحكومة،
   تضامنه…, salue, condamne…) is a position, the others are decisions. Under any other
   colon ("فإنه:") only positions are taken. Topic headings inside a list ("ثانيا: على
   المستوى التنظيمي") and a closing or signature line end or skip nothing else.
4. Positions (an item as above, or a paragraph where the body itself يثمن، يندد، يستنكر…)
   are drafted unticked (``actionable=False``): shown for review, never in the JSON. A call on
   the body's own people ("ودعا المكتب كافة المناضلين إلى …", "a appelé les militants à …")
   is a directive, drafted ticked; a call on the government stays a position.
5. Shapes met in real communiqués (tests/communique/real): the body assigning or fixing
   ("وكلفت الأمانة العامة اللجنة …"، "حددت العصبة …"، "a chargé"), a passive decision ("تم
   خلال الاجتماع تحديد …"، "وتمت دعوة الأندية …"), an announced one ("أعلنت العصبة … عن
   تأجيل …"، "a annoncé que …"), "اتخذت بشأنها القرارات المناسبة، وهمت بالخصوص …", approvals
   ("تم التصويت على A، بالإضافة للتصويت على B"، "a validé A, revu B"); an agenda followed by
   the approval of all its points ("صودق على جميع النقط"، "على النقطتين المدرجتين"، "على هذه
   النقطة") gives its points as decisions, less the ones that only inform ("عرض تقرير …").
   French: "il a été décidé que …" is one clause; the agents of "décidé par …, de …" and an
   aside after the verb are not decisions. A news report quoting the communiqué ("وأضاف
   البلاغ أن المكتب قرر …") and a body's own notice ("تنهي العصبة إلى علم الأندية أنه تقرر …")
   are not reported speech. A general assembly's formalities — the reports approved, the
   quitus, officers elected, the previous minutes — are done at the meeting and followed by
   nothing: not drafted.
6. Disciplinary committees (tenth batch): each sanction is a decision ("وغرمت اللجنة …"،
   "تم/تقرر توقيف …"، ". وإيقاف …"، "بالإضافة إلى تغريم …"), without its ground ("وذلك بناء
   على المادة …") or cause ("وذلك بعد طرده"); a sanctions list's headings ("فيما يخص البطولة
   …"، "الجولة 19") are skipped. What looks like a decision and is not (a person's "أعلن فلان،
   رئيس …"، a source's "أفاد قيادي … أن"، "التأكيد على أن …"، a web page's other headline under
   its "-") and the rule that drafts a decision once are in :mod:`screens`.
7. Twelfth batch (political bureaus, councils, federations): "a pris (…) la décision de", "il a
   été procédé à"، "اتخاذ قرار ب…"، "تمت المصادقة أيضا على / موازاة مع ذلك ب…"، "كما ستعقد
   الجامعة … يوم …" (the body's own next step) introduce decisions; an agenda's single point
   ("نقطة فريدة:") is approved by a vote on "جميع الاتفاقيات" read past two lines telling it;
   a praise participle ("منوهين …") or a position verb behind a topic ("في الشق الوطني، ثمن
   …") is a position; two French words decide nothing. What a decision may end with and is
   not part of it (background, praise, who reports it) is in :mod:`tails`.
"""

from __future__ import annotations

import bisect
import re

from tracker.domain.communique.cues import (
    ACTION_VERB,
    AGENDA,
    AGENDA_INFO,
    APPROVED,
    APPROVED_ALL,
    ASSIGN,
    BODY_AFTER_VERB,
    CELL,
    CLOSING,
    DECIDE,
    FORMALITY,
    GENERIC_LIST,
    GOVERNMENT,
    HEADING,
    INLINE_NUMBER,
    ITEM,
    LIST_INTRO,
    MEETING_CLAUSE,
    NARRATIVE,
    OWN_CALL,
    POINT,
    REFERENCE,
    SEPARATORS,
    SPLIT_WAW,
    STRESS,
    TABLE_HEADER,
    TOPIC,
    Piece,
    clean_piece,
    clean_text,
    is_position,
    line_spans,
    sentence_end,
    strip_span,
)
from tracker.domain.communique.dates import DATE_RE
from tracker.domain.communique.notices import MORE_FORMALITY, NOTICE, repeated_titles
from tracker.domain.communique.screens import (
    ABSTRACT_CALL,
    ANNOUNCER,
    DISCIPLINE,
    NOT_A_DECISION,
    SANCTION_SENTENCE,
    dedupe,
    french_sanctions,
    in_speech,
)
from tracker.domain.communique.splitting import split_inline
from tracker.domain.communique.tails import CONVENTION_PARTIES, TRAILING

FR_THAT = re.compile(r"\s+qu(?:e\s|')")
FR_ASIDE = re.compile(r"\s*,\s*[^,.;:]{1,40}?,\s*(?=[a-z])")
FR_AGENT = re.compile(r"\s+par\s[^.;\n]{1,250}?,\s*(?=d(?:e\s|'))")


class _Reader:
    def __init__(self, folded: str) -> None:
        self.f = folded
        self.lines = line_spans(folded)
        self.starts = [s for s, _ in self.lines]
        self.pieces: list[Piece] = []
        self.mask = bytearray(len(folded) + 1)  # 1: a character already read as a section

    def free(self, s: int, e: int) -> bool:
        return self.mask.find(1, s, max(s + 1, e)) < 0

    def claim(self, s: int, e: int) -> None:
        if e > s:
            self.mask[s:e] = b"\x01" * (e - s)

    def line_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def add(self, s: int, e: int, actionable: bool | None, after_verb: bool = False) -> None:
        if TABLE_HEADER.match(self.f[s:e]):
            return
        context_end = -1
        cell = CELL.search(self.f, s, e)
        if cell and cell.start() - s > 3:  # a table row: the decision is its first cell
            s, e, context_end = s, cell.start(), e
        s, e = clean_piece(self.f, s, e, after_verb)
        clause = MEETING_CLAUSE.match(self.f[s:e])  # "في اجتماعها المنعقد يوم …، عقد …"
        if clause:
            s += clause.end()
        tail = TRAILING.search(self.f, s, e) or CONVENTION_PARTIES.match(self.f, s, e)
        if tail and tail.start("tail") > s:
            s, e = strip_span(self.f, s, tail.start("tail"))
        words = self.f[s:e].split()  # two French words ("aussitôt fait") decide nothing
        pair = len(words) == 2 and all("a" <= w[:1] <= "z" for w in words)
        if e - s < 4 or len(words) < 2 or pair or REFERENCE.match(self.f[s:e]):
            return
        if TOPIC.match(self.f[s:e]) or NOT_A_DECISION.match(self.f[s:e]):
            return  # "بالنسبة للبطولة الاحترافية 1"، "l'examen de …": a heading, a discussion
        if actionable is not False and (
            FORMALITY.match(self.f[s:e]) or MORE_FORMALITY.match(self.f[s:e])
        ):
            return  # "المصادقة على التقريرين الأدبي والمالي"، "انتخاب … رئيسا": no action item
        if actionable is None:  # an item calling on the body's own members is a directive
            m = OWN_CALL.match(self.f, s, e)
            own = bool(m) and not GOVERNMENT.search(m.group("between") or "")
            own = own and not ABSTRACT_CALL.match(self.f, m.end())
            actionable = not is_position(self.f[s:e]) or own
        self.pieces.append(Piece(s, e, actionable, context_end))

    def following_items(self, line_index: int, classify: bool) -> int:
        """Take the list under line ``line_index``; return where it ends (folded offset)."""
        end = self.lines[line_index][1]
        marked = unmarked = 0
        for s, e in self.lines[line_index + 1 :]:
            text = self.f[s:e].strip()
            if not text:
                continue
            is_item = bool(ITEM.match(text)) and not re.match(r"^\d{1,2}\s*[/.\-]\s*\d", text)
            if is_item and not self.free(s, e):
                marked += 1  # an item already read (its own "يقرر …")
                end = e
                continue
            if not is_item:
                if text.endswith(":") and len(text.split()) <= 5 and not GENERIC_LIST.search(text):
                    end = e  # "الجيش الملكي:": a sub-heading, its decisions follow
                    continue
                if marked or unmarked >= 12:
                    break
                if (
                    CLOSING.match(text)
                    or NARRATIVE.match(text)
                    or len(text.split()) < 3
                    or text.endswith(":")
                    or DECIDE.search(text)
                    or LIST_INTRO.search(text)
                    or (len(text.split()) < 8 and DATE_RE.search(text))  # "الرباط في …"
                ):
                    break
                unmarked += 1
            else:
                marked += 1
                if text.endswith(":") or TOPIC.match(clean_text(self.f, s, e)):
                    end = e  # "ثانيا: على المستوى التنظيمي:": a heading inside the list
                    continue
            numbers = list(INLINE_NUMBER.finditer(self.f, s, e))
            if is_item and len(numbers) >= 2:
                for ps, pe in split_inline(self.f, s, e):
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
            inner = [DECIDE.search(f, inline_s, le), ASSIGN.search(f, inline_s, le)]
            if any(inner):  # "قررت ما يلي: فيما يخص …، فقد قررت اللجنة تغريم …": read there
                self.claim(hs, inline_s)
                return
            if f[inline_s:le].strip(" .،,"):
                sent = sentence_end(f, inline_s, le) if kind == "verb" else le
                for ps, pe in split_inline(f, inline_s, sent):
                    self.add(ps, pe, None)
                end = sent
                if sent == le:
                    end = max(end, self.following_items(li, classify=True))
            else:
                end = self.following_items(li, classify=True)
            self.claim(hs, end)
            return
        content = f[he : min(le, he + 400)].strip(" .،,")
        nxt = next((f[a:b].strip() for a, b in self.lines[li + 1 :] if f[a:b].strip()), "")
        if not content or (
            len(content.split()) <= 6 and ITEM.match(nxt) and not content.endswith(".")
        ):
            end = self.following_items(li, classify=True)
            self.claim(hs, end)
            return
        sent = sentence_end(f, he, le)
        if kind == "list" and FR_THAT.match(f, he):  # "il a été décidé que …": one clause
            self.add(he, sent, None)
            self.claim(hs, sent)
            return
        agent = FR_AGENT.match(f, he, sent)  # "décidé par l'ensemble des participants, …, de …"
        if kind == "list" and agent:
            he = agent.end()
        aside = FR_ASIDE.match(f, he, sent)  # "a approuvé, mardi à l'unanimité, les …"
        if kind == "list" and aside and f[hs:he].isascii():
            he = aside.end()
        # "…، كما قرر …"، "…، وفي هذا الإطار كلفت الأمانة …": the next decision
        agains = [m for m in (DECIDE.search(f, he, sent), ASSIGN.search(f, he + 1, sent)) if m]
        if agains:
            sent = min(m.start() for m in agains)
        if kind in ("verb", "assign"):
            parts = split_inline(f, he, sent, SPLIT_WAW)
            for k, (ps, pe) in enumerate(parts):
                self.add(ps, pe, True, after_verb=k == 0 and kind == "verb")
        else:
            for ps, pe in split_inline(f, he, sent):
                self.add(ps, pe, None)
        self.claim(hs, sent)

    def run(self) -> list[Piece]:
        f = self.f
        # a headline ("المكتب السياسي يقرر عقد …") repeats the body: it decides nothing
        first = next(((s, e) for s, e in self.lines if f[s:e].strip()), None)
        if (
            first
            and (len(self.lines) > 3 or f[first[1] : first[1] + 2] == "\n\n")  # a title, set apart
            and first[1] - first[0] <= 140
            and not f[first[0] : first[1]].rstrip().endswith((".", ":"))
            and not HEADING.match(f[first[0] : first[1]])
        ):
            self.claim(*first)
            for s, e in repeated_titles(f, self.lines, first):
                self.claim(s, e)
        hits: list[tuple[int, int, str]] = []
        hits += [(m.start(), m.end(), "verb") for m in DECIDE.finditer(f)]
        hits += [(m.start(), m.end(), "assign") for m in ASSIGN.finditer(f)]
        hits += [(m.start(), m.end(), "list") for m in LIST_INTRO.finditer(f)]
        hits += [(m.start(), m.end(), "list") for m in NOTICE.finditer(f)]
        for s, e in self.lines:
            if HEADING.match(f[s:e]):
                hits.append((s, e, "list"))
        hits.sort(key=lambda h: (h[0], h[1], h[2] != "verb"))  # "تقرر توقيف …": a verb
        for hs, he, kind in hits:
            if kind == "list" and ANNOUNCER.match(f, hs, he):
                continue  # "أعلن فلان، رئيس المجلس، تأجيل …": a person's news, the decision follows
            if self._under_separator(hs):
                continue  # a web page's headline under its "-" line: another article
            if self.free(hs, he) and not in_speech(self.f, hs, he):
                self.section(hs, he, kind)
        # council minutes: each point, when the next lines say it was approved
        for i, (s, e) in enumerate(self.lines):
            m = POINT.match(f[s:e])
            if m is None or not self.free(s, e):
                continue
            body = s + m.end()
            after = [(a, b) for a, b in self.lines[i + 1 : i + 5] if f[a:b].strip()][:2]
            if any(APPROVED.search(f, a, b) for a, b in [(body, e), *after]):
                self.add(body, e, True)
                self.claim(s, e)
        self._approved_agendas()
        # lists after "ما يلي:" with no deciding verb: item by item
        for i, (s, e) in enumerate(self.lines):
            text = f[s:e]
            if GENERIC_LIST.search(text) and self.free(s, e):
                clause = re.split(r"[،,.]", text.rstrip(" :"))[-1]  # the words that open the list
                if AGENDA.search(clause) or re.search(r"حضر|presence|ordre", clause):
                    end = self._skip_items(i)
                else:
                    end = self.following_items(i, classify=True)
                self.claim(s, end)
        # any other list ("فإنه:"): its positions only
        for i, (s, e) in enumerate(self.lines):
            if f[s:e].rstrip().endswith(":") and self.free(s, e):
                end = self._skip_items(i, positions_only=True)
                self.claim(s, end)
        # a body's own "أكدت الأمانة على ضرورة …" when nothing else decides
        if not any(p.actionable for p in self.pieces):
            for m in STRESS.finditer(f):
                sentence = f[m.end() : sentence_end(f, m.end(), min(len(f), m.end() + 400))]
                if GOVERNMENT.search(sentence):
                    continue  # "يؤكد المكتب على ضرورة تدخل الحكومة": a demand, not its own action
                if self.free(m.start(), m.end()):
                    self.section(m.start(), m.end(), "list")
        # the body calling on its own members: a directive
        for m in OWN_CALL.finditer(f):
            if GOVERNMENT.search(m.group("between") or "") or not self.free(m.start(), m.end()):
                continue
            if in_speech(self.f, m.start(), m.end()):
                continue
            end = sentence_end(f, m.end(), len(f))
            # "تهيب … بالمناضلين بالمحافظة على التماسك": a value to keep, not a directive
            abstract = bool(ABSTRACT_CALL.match(f, m.end()))
            self.add(m.start("verb") if m.group("verb") else m.end(), end, not abstract)
            self.claim(m.start(), end)
        # a sanctions list going on in sentences of their own: ". وإيقاف فلان …"
        if DISCIPLINE.search(f):
            for m in SANCTION_SENTENCE.finditer(f):
                if self.free(m.start(), m.end()):
                    end = sentence_end(f, m.end(), len(f))
                    self.add(m.start("noun"), end, True)
                    self.claim(m.start(), end)
        for a, b in french_sanctions(f):
            if self.free(a, b):
                self.add(a, b, True)
                self.claim(a, b)
        # positions of the body, one paragraph each
        for s, e in self.lines:
            text = f[s:e].strip()
            if text and self.free(s, e) and BODY_AFTER_VERB.match(text):
                self.add(s, sentence_end(f, s, e), False)
        self.pieces.sort(key=lambda p: p.start)
        out: list[Piece] = []
        for p in self.pieces:
            if out and p.start < out[-1].end:
                continue
            out.append(p)
        return dedupe(f, out)

    def _under_separator(self, pos: int) -> bool:
        """A line right under a bare "-" separator and without a final stop: one of the other
        headlines a pasted web page lists ("-\nLes communes de … décident de …")."""
        li = self.line_of(pos)
        s, e = self.lines[li]
        if self.f[s:e].rstrip().endswith((".", ":", "؛")) or li == 0:
            return False
        prev = next(
            (self.f[a:b].strip() for a, b in reversed(self.lines[:li]) if self.f[a:b].strip()), ""
        )
        return prev in SEPARATORS

    def _approved_agendas(self) -> None:
        """An agenda under its colon ("تلا جدول أعمال الدورة الذي تضمن النقط التالية:") followed
        by the approval of all its points: each point is a decision (a point whose line ends
        with a colon takes the lines under it along: "التحضير للاحتفال بالمناسبات التالية:")."""
        f = self.f
        for i, (s, e) in enumerate(self.lines):
            text = f[s:e].rstrip()
            if not text.endswith(":") or not self.free(s, e) or not AGENDA.search(text):
                continue
            block: list[tuple[int, int]] = []
            approval = None
            told = 0  # narrative lines about the points, read past on the way to the vote
            for a, b in self.lines[i + 1 : i + 40]:
                t = f[a:b].strip()
                if not t:
                    continue
                if APPROVED_ALL.search(t):
                    approval = (a, b)
                    break
                if block and not ITEM.match(t) and NARRATIVE.match(t) and told < 2:
                    told += 1
                    continue
                if told or len(t.split()) > 25:
                    break
                block.append((a, b))
            if approval is None or not block or not all(self.free(a, b) for a, b in block):
                continue
            if all(ITEM.match(f[a:b].strip()) for a, b in block) or not f[
                block[0][0] : block[0][1]
            ].rstrip().endswith(":"):
                for a, b in block:
                    if not AGENDA_INFO.match(clean_text(f, a, b)):
                        self.add(a, b, True)
            else:
                self.add(block[0][0], block[-1][1], True)
            self.claim(s, approval[1])

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
                cs, ce = clean_piece(self.f, s, e)
                if is_position(self.f[cs:ce]):
                    self.add(s, e, False)
                elif ACTION_VERB.match(self.f[cs:ce]):
                    self.add(s, e, True)
            end = e
        return end


def find_pieces(folded: str) -> list[Piece]:
    """The decisions and positions of the folded communiqué, in text order."""
    return _Reader(folded).run()
