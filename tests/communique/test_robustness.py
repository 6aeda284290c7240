"""The reader never raises, on any text, and keeps the fixed JSON shape (issue 14)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain import messages
from tracker.domain.communique import Draft, read_communique

CORPUS = Path(__file__).resolve().parent / "corpus"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
COMMUNES = ["تاونات", "غفساي", "قرية با محمد", "Tissa", "آيت نعمان"]
OWNERS = ["الأمانة المحلية بغفساي", "لجنة التنظيم", "", "  "]

ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩0123456789")
    + list(" \n\t.,،؛:;-–•*()/°'\"«»éèàçabcdefghijklmnopqrstuvwxyz\u200f\u202b\ufeff\r")
    + ["يناير", "مارس", "2026", "خلال", "شهرين", "قرر", "قبل متم", "فاتح", "هـ", "رجب", "1447"]
)
TEXT = st.lists(ALPHABET, max_size=300).map("".join)


def _check(draft: Draft, text: str) -> None:
    assert isinstance(draft, Draft)
    out = draft.to_json()
    json.dumps(out, ensure_ascii=False)
    for r in draft.resolutions:
        s, e = r.span
        assert 0 <= s <= e <= len(text)
        if r.deadline is not None:
            ds, de = r.deadline.span
            assert s <= ds <= de <= e
    if draft.meeting.held_on is not None:
        assert isinstance(draft.meeting.held_on, date)


@given(TEXT)
def test_random_text_gives_a_draft(text: str) -> None:
    _check(read_communique(text, owners=OWNERS, communes=COMMUNES), text)


@given(st.text(max_size=400))
def test_any_unicode_gives_a_draft(text: str) -> None:
    _check(read_communique(text, communes=COMMUNES, lang="fr"), text)


@given(
    st.sampled_from(range(len(TEXTS))),
    st.integers(min_value=0, max_value=6000),
    st.integers(min_value=0, max_value=6000),
    st.sampled_from(range(len(TEXTS))),
    st.integers(min_value=0, max_value=6000),
)
def test_truncated_and_spliced_corpus_texts_give_a_draft(
    i: int, a: int, b: int, j: int, c: int
) -> None:
    first, second = TEXTS[i], TEXTS[j]
    text = first[min(a, b) : max(a, b)] + second[c:]
    _check(read_communique(text, owners=OWNERS, communes=COMMUNES), text)


def test_not_a_string_and_empty_text_give_an_empty_draft() -> None:
    for text in ("", "   \n\n", None, 42):
        d = read_communique(text)  # type: ignore[arg-type]
        assert d.resolutions == () and d.meeting.held_on is None
        assert messages.text("draft.warn.no_date") in d.warnings


def test_the_json_shape_is_the_fixed_one() -> None:
    text = TEXTS[0]
    out = read_communique(text).to_json()
    assert set(out) == {"meeting", "resolutions", "warnings"}
    assert set(out["meeting"]) == {"held_on", "title", "location", "chaired_by", "attendees"}
    assert out["resolutions"]
    for r in out["resolutions"]:
        assert set(r) == {"text", "due_on", "due_phrase", "starts_on", "owners", "communes", "span"}
        assert isinstance(r["span"], list) and len(r["span"]) == 2
        assert r["due_on"] is None or date.fromisoformat(r["due_on"])
    assert all(isinstance(w, str) for w in out["warnings"])


def test_warnings_speak_the_language_asked() -> None:
    text = (
        "عقد المكتب اجتماعه.\nقرر المكتب تنظيم ندوة في أقرب الآجال.\nيثمن المكتب المبادرة الملكية."
    )
    ar = read_communique(text).warnings
    fr = read_communique(text, lang="fr").warnings
    en = read_communique(text, lang="en").warnings
    assert ar[0] == messages.text("draft.warn.no_date", "ar")
    assert fr[0] == messages.text("draft.warn.no_date", "fr")
    assert any("في أقرب الآجال" in w for w in en)
    assert any(w == messages.text("draft.warn.positions", "fr", n=1) for w in fr)


def test_positions_are_drafted_unticked_and_left_out_of_the_json() -> None:
    text = (
        "عقد المكتب السياسي اجتماعه يوم الثلاثاء 10 فبراير 2026.\nويعلن ما يلي:\n"
        "1- يثمن المبادرة الملكية؛\n2- يندد بالعدوان؛\n3- يقرر عقد المجلس الوطني خلال شهرين.\n"
    )
    d = read_communique(text)
    assert [r.actionable for r in d.resolutions] == [False, False, True]
    out = d.to_json()
    assert len(out["resolutions"]) == 1
    assert out["resolutions"][0]["due_on"] == "2026-04-10"


def test_every_deadline_rule_is_a_message_that_renders_in_each_language() -> None:
    seen = set()
    for text in TEXTS:
        for lang in ("ar", "fr", "en"):
            for r in read_communique(text, lang=lang).resolutions:
                if r.deadline is None:
                    continue
                assert r.deadline.rule is not None and messages.has(r.deadline.rule)
                shown = messages.text(r.deadline.rule, lang, **dict(r.deadline.params))
                assert "{" not in shown, (r.deadline.rule, shown)
                seen.add(r.deadline.rule)
    assert {
        "draft.rule.within",
        "draft.rule.date",
        "draft.rule.month_end",
        "draft.rule.vague",
    } <= seen
