"""What changed since a meeting, and the follow-up minutes, after a scripted series of
updates (issue 16)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View

JAN = date(2026, 1, 17)
DAY = date(2026, 6, 1)


def _ids(t: Tracker) -> dict[str, int]:
    return {r.title: r.id for r in t.items.list(ItemFilter(today=DAY, view=View.ALL), limit=None)}


@pytest.fixture
def scripted(demo_db: Tracker) -> tuple[Tracker, dict[str, int], int]:
    """Between the demo meeting (17 January) and today (1 June): one item done, one
    progressed, one postponed, one due date moved later, one new item; then a June meeting
    reviews two items."""
    t, ids = demo_db, _ids(demo_db)
    at = datetime(2026, 5, 20, 10)
    t.items.record_progress(
        ids["هيكلة الأمانة المحلية بتيسة"],
        {"status": "done", "progress": 100, "reported_by": "كاتب الأمانة المحلية"},
        now=at,
    )
    t.items.record_progress(
        ids["هيكلة الأمانة المحلية بغفساي"],
        {"status": "in_progress", "progress": 60, "note": "عقد الجمع العام"},
        now=at,
    )
    t.items.record_progress(
        ids["إعادة تفعيل الأمانة المحلية بغفساي"],
        {"status": "postponed", "progress": 0, "reported_by": "المنسق"},
        now=at,
    )
    t.items.update(
        ids["هيكلة الأمانة المحلية بقرية با محمد"],
        {"due_on": date(2026, 7, 31)},
        reported_by="الكاتب الإقليمي",
        now=at,
    )
    june = t.meetings.create({"title": "اجتماع يونيو", "held_on": DAY})
    return t, ids, june.id


def test_changes_since_the_demo_meeting(scripted) -> None:  # type: ignore[no-untyped-def]
    t, _ids, _june = scripted
    jan = t.meetings.latest()
    first = min(t.meetings.list(), key=lambda m: m.held_on)
    doc = t.review.changes(first.id, DAY, "ar")
    assert doc.start == JAN and doc.end == DAY  # up to the next meeting (held today)
    # the demo's own history (its done items) is in the period too
    done = {r.title: r for r in doc.section("done").rows}
    assert "تقييم أداء الأمانات المحلية" in done
    row = done["هيكلة الأمانة المحلية بتيسة"]
    assert row.reported_by == "كاتب الأمانة المحلية" and row.when == date(2026, 5, 20)
    progressed = {r.title: r for r in doc.section("progressed").rows}
    assert "60%" in progressed["هيكلة الأمانة المحلية بغفساي"].change
    assert "هيكلة الأمانة المحلية بتيسة" not in progressed  # done, said once
    postponed = {r.title: r for r in doc.section("postponed").rows}
    assert postponed["إعادة تفعيل الأمانة المحلية بغفساي"].reported_by == "المنسق"
    slipped = doc.section("slipped").rows
    assert [r.title for r in slipped] == ["هيكلة الأمانة المحلية بقرية با محمد"]
    assert "17 أبريل 2026" in slipped[0].change and "31 يوليوز 2026" in slipped[0].change
    assert slipped[0].reported_by == "الكاتب الإقليمي"
    late = {r.title for r in doc.section("overdue").rows}
    assert "إعداد خطة الاستعداد للاستحقاقات التشريعية لسنة 2026 بالإقليم" in late
    assert "هيكلة الأمانة المحلية بتيسة" not in late  # done
    assert "هيكلة الأمانة المحلية بقرية با محمد" not in late  # moved to July
    assert doc.section("new").rows == ()  # the demo's own items are its decisions
    assert jan is not None
    with pytest.raises(InvalidInput):
        t.review.changes(999, DAY)


def test_review_decisions_make_the_minutes(scripted) -> None:  # type: ignore[no-untyped-def]
    t, ids, june = scripted
    a, b = (
        ids["تعميم الهيكلة التنظيمية على جميع جماعات الإقليم"],
        ids["هيكلة الأمانة المحلية بغفساي"],
    )
    c = ids["إعداد خطة الاستعداد للاستحقاقات التشريعية لسنة 2026 بالإقليم"]
    at = datetime(2026, 6, 1, 18)  # during the June meeting
    t.review.decide(
        june, a, {"status": "in_progress", "progress": 75, "note": "تسريع"}, today=DAY, now=at
    )
    t.review.postpone(june, b, date(2026, 9, 30), note="بعد العطلة", today=DAY, now=at)
    t.review.mark_for_discussion(june, c, today=DAY)
    minutes = t.review.minutes(june, DAY, "ar")
    assert [r.item_id for r in minutes.rows] == [a, b]
    assert minutes.rows[0].status is Status.IN_PROGRESS and minutes.rows[0].progress == 75
    assert minutes.rows[0].note == "تسريع"
    assert minutes.rows[1].status is Status.POSTPONED
    assert minutes.rows[1].new_due == date(2026, 9, 30)
    assert [r.item_id for r in minutes.discuss] == [c]
    html = minutes.html()
    assert "محضر التتبع" in html and "تسريع" in html
    # the changes since January now count the June review's postponement as well
    changes = t.review.changes(min(t.meetings.list(), key=lambda m: m.held_on).id, DAY)
    assert b in {r.item_id for r in changes.section("postponed").rows}
    slip = next(r for r in changes.section("slipped").rows if r.item_id == b)
    assert "اجتماع" in slip.reported_by  # decided at the June meeting
    fr = t.review.minutes(june, DAY, "fr")
    assert "Procès-verbal de suivi" in fr.html()


def test_every_answer_of_the_review_service_is_plain_data(scripted) -> None:  # type: ignore[no-untyped-def]
    from tests.services.test_core import _orm_rows

    t, ids, june = scripted
    item = ids["هيكلة الأمانة المحلية بغفساي"]
    first = min(t.meetings.list(), key=lambda m: m.held_on).id
    answers = [
        t.review.agenda(DAY),
        t.review.agenda_items(DAY),
        t.review.session(june, DAY),
        t.review.decide(june, item, {"status": "in_progress", "progress": 70}, today=DAY),
        t.review.skip(june, item, DAY),
        t.review.reopen(june, item, DAY),
        t.review.mark_for_discussion(june, item, DAY),
        t.review.place(june),
        t.review.changes(first, DAY),
        t.review.minutes(june, DAY),
        t.review.large_print(),
    ]
    for answer in answers:
        assert _orm_rows(answer) == [], answer


def test_a_due_date_moved_by_an_import_is_kept(demo_db: Tracker, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    out = tmp_path / "items.csv"
    demo_db.exchange.export_file(out, "csv", today=DAY)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    title, due = head.index("المهمة"), head.index("تاريخ الاستحقاق")
    target = next(r for r in rows[1:] if r[title] == "هيكلة الأمانة المحلية بتيسة")
    target[due] = "2026-10-31"
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    demo_db.exchange.import_file(out, today=DAY, now=datetime(2026, 5, 30, 9))
    first = min(demo_db.meetings.list(), key=lambda m: m.held_on).id
    slipped = demo_db.review.changes(first, DAY).section("slipped").rows
    assert [r.title for r in slipped] == ["هيكلة الأمانة المحلية بتيسة"]
    assert "31 أكتوبر 2026" in slipped[0].change
