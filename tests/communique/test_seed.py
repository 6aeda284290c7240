"""The seed communiqué (Taounate, 17 January 2026) read end to end."""

from __future__ import annotations

from datetime import date
from importlib import resources

from tracker.domain.communique import read_communique

SEED = resources.files("tracker.seeds").joinpath("taounate-2026-01-17.communique.txt")


def _draft(**kw):
    return read_communique(SEED.read_text(encoding="utf-8"), **kw)


def test_the_meeting_is_read() -> None:
    d = _draft()
    m = d.meeting
    assert m.held_on == date(2026, 1, 17)
    assert m.location == "المقر الإقليمي للحزب بتاونات"
    assert m.chaired_by is not None
    assert "محمد الحجيرة" in m.chaired_by and "محمد النجاري" in m.chaired_by
    assert "الدكتور" not in m.chaired_by
    assert m.attendees == (
        "أعضاء الأمانة الإقليمية",
        "الأمناء المحليون",
        "رؤساء المجالس الترابية",
        "برلمانيو الإقليم",
        "أعضاء المجلس الوطني",
    )
    text = SEED.read_text(encoding="utf-8")
    assert m.date_span is not None and "17 يناير 2026" in text[slice(*m.date_span)]
    assert d.language == "ar"


def test_the_closing_directives_are_the_decisions() -> None:
    d = _draft()
    todo = [r for r in d.resolutions if r.actionable]
    assert len(todo) == 5
    first, second = todo[0], todo[1]
    assert first.text == (
        "جعل الهيكلة التنظيمية أولوية المرحلة وتعميمها على جميع جماعات الإقليم خلال ثلاثة أشهر"
    )
    assert first.due_on == date(2026, 4, 17)
    assert first.due_phrase == "خلال ثلاثة أشهر"
    assert first.deadline is not None and first.deadline.rule == "draft.rule.within"
    assert dict(first.deadline.params)["delta"] == "3 أشهر"
    assert second.text == "الانطلاق المبكر في الاستعداد للاستحقاقات التشريعية لسنة 2026"
    assert second.due_on is None and second.due_phrase is None
    assert todo[-1].text == "تقوية التنسيق بين مستويات التنظيم الحزبي المختلفة"
    # no speech is drafted: the regional secretary's and the participants' words are not decisions
    assert not any("التسجيل في اللوائح" in r.text for r in todo)
    assert not any("تسريع الهيكلة" in r.text for r in todo)
    text = SEED.read_text(encoding="utf-8")
    for r in d.resolutions:
        assert " ".join(text[slice(*r.span)].split()) == r.text
    assert text[slice(*first.deadline.span)] == "خلال ثلاثة أشهر"


def test_the_seed_json_lists_only_decisions() -> None:
    out = _draft(lang="fr").to_json()
    assert out["meeting"]["held_on"] == "2026-01-17"
    assert len(out["resolutions"]) == 5
    assert out["resolutions"][0]["due_on"] == "2026-04-17"
    assert [r["due_on"] for r in out["resolutions"][1:]] == [None] * 4
    assert all(not w.startswith("Date de la réunion") for w in out["warnings"])


def test_the_known_owner_and_no_commune_list_for_every_commune() -> None:
    d = _draft(owners=["الامانة الاقليمية بتاونات"], communes=["تاونات", "غفساي"])
    assert all(r.communes == () for r in d.resolutions if r.actionable)
