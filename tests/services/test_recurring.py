"""Completing a recurring item creates the next one, once; the history stays where it was."""

from datetime import date, datetime

import pytest

from tracker.domain.enums import Priority, Status
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View


@pytest.fixture
def ids(db: Tracker) -> tuple[int, int, int]:
    m = db.meetings.create(
        {"title": "اجتماع الأمانة الإقليمية", "held_on": date(2026, 1, 17)},
        [{"text": "تحيين لوائح المنخرطين بانتظام"}],
    )
    o = db.owners.create({"name": "لجنة التنظيم", "kind": "committee"})
    return m.id, o.id, db.meetings.resolutions(m.id)[0].id


def _all(db: Tracker, title: str) -> list:  # type: ignore[type-arg]
    rows = db.items.list(ItemFilter(today=date(2026, 1, 1), view=View.ALL), limit=None)
    return [r for r in rows if r.title == title]


def _monthly(db: Tracker, ids: tuple[int, int, int], due_on: date, **kw: object) -> int:
    m, o, r = ids
    data = {
        "title": "تحديث لوائح المنخرطين",
        "details": "مراجعة اللوائح مع الأمانات المحلية",
        "owner_id": o,
        "meeting_id": m,
        "resolution_id": r,
        "due_on": due_on,
        "priority": Priority.HIGH,
        "recurrence": "FREQ=MONTHLY",
        "remind_days_before": 5,
        "status": "in_progress",
        "progress": 40,
        **kw,
    }
    return db.items.create(data, now=datetime(2026, 1, 20, 10)).id


def test_completing_creates_the_next_occurrence(db: Tracker, ids: tuple[int, int, int]) -> None:
    first = _monthly(db, ids, date(2026, 1, 31))
    db.items.record_progress(
        first, {"status": "done", "progress": 100, "note": "تم"}, now=datetime(2026, 2, 2, 9)
    )
    rows = _all(db, "تحديث لوائح المنخرطين")
    assert [r.due_on for r in rows] == [date(2026, 1, 31), date(2026, 2, 28)]
    nxt = db.items.detail(rows[1].id)
    done = db.items.detail(first)
    assert (nxt.item.status, nxt.item.progress, nxt.item.completed_on) == (
        Status.NOT_STARTED,
        0,
        None,
    )
    for field in (
        "title",
        "details",
        "owner_id",
        "meeting_id",
        "resolution_id",
        "priority",
        "recurrence",
        "remind_days_before",
    ):
        assert getattr(nxt.item, field) == getattr(done.item, field), field
    assert nxt.history == []
    assert [(u.status, u.note) for u in done.history] == [
        (Status.DONE, "تم"),
        (Status.IN_PROGRESS, ""),
    ]
    assert done.item.status is Status.DONE and done.item.completed_on == date(2026, 2, 2)


def test_completing_twice_creates_only_one_next(db: Tracker, ids: tuple[int, int, int]) -> None:
    first = _monthly(db, ids, date(2026, 12, 5))
    done = {"status": "done", "progress": 100}
    db.items.record_progress(first, done)
    db.items.record_progress(first, done)  # done again
    db.items.record_progress(first, {"status": "in_progress", "progress": 80})  # reopened
    db.items.update(first, done)  # and completed through the edit form
    rows = _all(db, "تحديث لوائح المنخرطين")
    assert [r.due_on for r in rows] == [date(2026, 12, 5), date(2027, 1, 5)]  # across the year end
    # the next one, completed in turn, has a next of its own
    db.items.record_progress(rows[1].id, done)
    assert [r.due_on for r in _all(db, "تحديث لوائح المنخرطين")][-1] == date(2027, 2, 5)


def test_the_reminder_panel_mark_done_creates_the_next(
    db: Tracker, ids: tuple[int, int, int]
) -> None:
    first = _monthly(db, ids, date(2026, 11, 30))
    db.reminders.mark_done(first, now=datetime(2026, 11, 29, 9))
    check = db.reminders.check(datetime(2026, 12, 26, 9))  # 5 days before the next due date
    assert [(r.title, r.due_on) for r in check.new] == [
        ("تحديث لوائح المنخرطين", date(2026, 12, 31))
    ]


def test_items_without_recurrence_or_due_date_have_no_next(
    db: Tracker, ids: tuple[int, int, int]
) -> None:
    a = _monthly(db, ids, date(2026, 1, 31), recurrence="", title="مرة واحدة")
    b = _monthly(db, ids, None, title="دون أجل")  # type: ignore[arg-type]
    c = _monthly(db, ids, date(2026, 1, 31), recurrence="FREQ=MONTHLY;COUNT=1", title="آخرة")
    for item in (a, b, c):
        db.items.record_progress(item, {"status": "done", "progress": 100})
    assert [len(_all(db, t)) for t in ("مرة واحدة", "دون أجل", "آخرة")] == [1, 1, 1]
