"""Reminder rules over a real database, with fixed clocks: nothing falls due unnoticed."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput
from tracker.domain.reminders import ReminderKind
from tracker.services import reminders as rem
from tracker.services.core import Tracker

TODAY = date(2026, 11, 29)


@pytest.fixture
def ids(db: Tracker) -> tuple[int, int]:
    m = db.meetings.create({"title": "اجتماع الأمانة الإقليمية", "held_on": date(2026, 1, 17)})
    o = db.owners.create({"name": "الكاتب الإقليمي", "kind": "person"})
    return m.id, o.id


def _item(db: Tracker, ids: tuple[int, int], title: str, due_on: date | None, **kw: object) -> int:
    m, o = ids
    data = {"title": title, "owner_id": o, "meeting_id": m, "due_on": due_on, **kw}
    return db.items.create(data).id


def _at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def _titles(check: rem.ReminderCheck, new: bool = False) -> list[str]:
    return [r.title for r in (check.new if new else check.reminders)]


def test_before_on_and_after_the_due_date(db: Tracker, ids: tuple[int, int]) -> None:
    item = _item(db, ids, "يوم دراسي", date(2026, 12, 2))
    seen = []
    for n in range(0, 20):
        day = date(2026, 11, 26) + timedelta(days=n)
        for r in db.reminders.check(_at(day)).new:
            seen.append((day, r.kind, r.item_id))
    assert seen == [
        (date(2026, 11, 29), ReminderKind.BEFORE, item),  # 3 days ahead (default)
        (date(2026, 12, 2), ReminderKind.DUE, item),
        (date(2026, 12, 9), ReminderKind.OVERDUE, item),  # every 7 days while overdue
    ]


def test_settings_and_item_lead_days(db: Tracker, ids: tuple[int, int]) -> None:
    db.settings.set_many({"reminders.lead_days": "10", "reminders.overdue_every": "2"})
    default = _item(db, ids, "بالإعداد العام", date(2026, 12, 9))
    own = _item(db, ids, "بمهلة خاصة", date(2026, 12, 9), remind_days_before=1)
    none = _item(db, ids, "دون تذكير مسبق", date(2026, 11, 30), remind_days_before=0)
    assert [r.item_id for r in db.reminders.check(_at(TODAY)).new] == [default]
    assert [r.item_id for r in db.reminders.check(_at(date(2026, 11, 30))).new] == [none]
    assert [r.item_id for r in db.reminders.check(_at(date(2026, 12, 2))).new] == [none]  # 2 days
    assert [r.item_id for r in db.reminders.check(_at(date(2026, 12, 8))).new] == [none, own]


def test_closed_postponed_and_deleted_items_do_not_remind(
    db: Tracker, ids: tuple[int, int]
) -> None:
    _item(db, ids, "منجز", date(2026, 11, 1), status="done", progress=100)
    _item(db, ids, "ملغى", date(2026, 11, 1), status="cancelled")
    _item(db, ids, "مؤجل", date(2026, 11, 1), status="postponed")
    _item(db, ids, "دون أجل", None)
    gone = _item(db, ids, "محذوف", date(2026, 11, 1))
    db.items.delete(gone)
    stalled = _item(db, ids, "متعثر", date(2026, 11, 1), status="stalled")
    check = db.reminders.check(_at(TODAY))
    assert [r.item_id for r in check.reminders] == [stalled]
    assert (check.overdue_items, check.due_items) == (1, 0)


def test_missed_while_closed_are_collected_once_and_never_announced_twice(
    db_path: Path, ids: tuple[int, int], db: Tracker
) -> None:
    late = _item(db, ids, "متأخر منذ أسابيع", date(2026, 10, 1))
    today = _item(db, ids, "اليوم", TODAY)
    soon = _item(db, ids, "قريباً", date(2026, 12, 1))
    later = _item(db, ids, "بعيد", date(2026, 12, 20))
    first = db.reminders.check(_at(TODAY, 8))  # the first start after weeks away
    assert [r.item_id for r in first.new] == [late, today, soon]
    assert later not in [r.item_id for r in first.reminders]
    assert db.reminders.check(_at(TODAY, 9)).new == []  # the timer, a minute later
    db.close()
    reopened = Tracker.open(db_path)  # a restart
    try:
        again = reopened.reminders.check(_at(TODAY, 20))
        assert again.new == []
        assert [r.item_id for r in again.reminders] == [late, today, soon]  # still listed
        assert all(r.notified for r in again.reminders)
        assert [r.days_late for r in again.reminders] == [59, 0, -2]
    finally:
        reopened.close()


def test_snooze_and_dismiss_survive_a_restart(
    db_path: Path, db: Tracker, ids: tuple[int, int]
) -> None:
    a = _item(db, ids, "يُؤجَّل تذكيره", date(2026, 11, 20))
    b = _item(db, ids, "يُصرف تذكيره", date(2026, 11, 20))
    c = _item(db, ids, "يُؤجَّل إلى تاريخ", date(2026, 11, 20))
    shown = {r.item_id: r for r in db.reminders.check(_at(TODAY)).reminders}
    assert db.reminders.snooze_days(shown[a].occurrence, 3, today=TODAY) == date(2026, 12, 2)
    db.reminders.dismiss(shown[b].occurrence, now=_at(TODAY))
    db.reminders.snooze(shown[c].occurrence, date(2026, 12, 1), today=TODAY)
    db.close()

    def ids_on(day: date) -> tuple[list[int], list[int]]:
        database = Tracker.open(db_path)
        try:
            check = database.reminders.check(_at(day))
            return [r.item_id for r in check.reminders], [r.item_id for r in check.new]
        finally:
            database.close()

    assert ids_on(TODAY) == ([], [])
    assert ids_on(date(2026, 11, 30)) == ([], [])
    assert ids_on(date(2026, 12, 1)) == ([c], [c])  # back, and announced again
    assert ids_on(date(2026, 12, 2)) == ([a, c], [a])
    # the dismissed reminder stays away; the item's next weekly reminder still comes
    assert ids_on(date(2026, 12, 4)) == ([a, b, c], [a, b, c])


def test_a_snooze_must_be_in_the_future_and_changes_nothing_otherwise(
    db: Tracker, ids: tuple[int, int]
) -> None:
    _item(db, ids, "مهمة", TODAY)
    occ = db.reminders.check(_at(TODAY)).reminders[0].occurrence
    for bad in (TODAY, TODAY - timedelta(days=1)):
        with pytest.raises(InvalidInput) as err:
            db.reminders.snooze(occ, bad, today=TODAY)
        assert "بعد اليوم" in err.value.message("ar")
    assert [r.item_id for r in db.reminders.pending(TODAY).reminders] == [occ.item_id]


def test_mark_done_stops_the_reminders(db: Tracker, ids: tuple[int, int]) -> None:
    item = _item(db, ids, "مهمة", date(2026, 11, 1))
    assert db.reminders.check(_at(TODAY)).reminders
    db.reminders.mark_done(item, now=_at(TODAY))
    assert db.reminders.check(_at(TODAY)).reminders == []
    d = db.items.detail(item)
    assert (d.item.status, d.item.progress, d.item.completed_on) == (Status.DONE, 100, TODAY)


def _dst_walk(db: Tracker, zone: str, start: datetime, end: datetime, naive: bool):  # type: ignore[no-untyped-def]
    """Check every 30 minutes of real (UTC) time with a clock that shows local time."""
    tz = ZoneInfo(zone)
    t = start.replace(tzinfo=tz).astimezone(UTC)
    stop = end.replace(tzinfo=tz).astimezone(UTC)
    announced = []
    while t <= stop:
        local = t.astimezone(tz)
        now = local.replace(tzinfo=None) if naive else local
        for r in db.reminders.check(now).new:
            assert (now.hour, now.minute) < (0, 30), "announced at the first check of the day"
            announced.append((now.date(), r.kind, r.item_id))
        t += timedelta(minutes=30)
    return announced


@pytest.mark.parametrize("naive", [False, True], ids=["aware", "naive-local"])
@pytest.mark.parametrize(
    ("zone", "change"),
    [
        ("Europe/Paris", date(2026, 3, 29)),  # clocks go forward: a 23-hour day
        ("Europe/Paris", date(2026, 10, 25)),  # clocks go back: a 25-hour day
        ("Africa/Casablanca", date(2026, 3, 22)),  # Morocco's change after Ramadan
    ],
)
def test_a_clock_crossing_a_daylight_saving_change_neither_repeats_nor_skips(
    db: Tracker, ids: tuple[int, int], zone: str, change: date, naive: bool
) -> None:
    db.settings.set_value("reminders.overdue_every", "1")
    item = _item(db, ids, "مهمة", change, remind_days_before=1)
    start = datetime.combine(change - timedelta(days=2), datetime.min.time())
    got = _dst_walk(db, zone, start, start + timedelta(days=5), naive)
    days = [change + timedelta(days=n) for n in (-1, 0, 1, 2, 3)]
    kinds = [ReminderKind.BEFORE, ReminderKind.DUE] + [ReminderKind.OVERDUE] * 3
    assert got == [(d, k, item) for d, k in zip(days, kinds, strict=True)]


def test_reminders_agree_with_the_due_command(demo_db: Tracker) -> None:
    """`tracker due` lists every overdue item the reminders know of, with the same dates."""
    check = demo_db.reminders.pending(TODAY)
    listed = demo_db.items.due(TODAY, days=7)
    overdue_ids = {r.id for r in listed.overdue}
    upcoming_ids = {r.id for r in listed.upcoming}
    assert check.reminders, "the demo has overdue and soon-due items"
    for r in check.reminders:
        assert r.item_id in (overdue_ids if r.overdue else upcoming_ids), r.title
    assert check.overdue_items <= len(overdue_ids)


def test_an_unchanged_check_is_reused_and_any_change_is_seen(
    db: Tracker, ids: tuple[int, int]
) -> None:
    a = _item(db, ids, "أ", date(2026, 11, 20))
    b = _item(db, ids, "ب", date(2026, 11, 21))
    first = db.reminders.check(_at(TODAY, 9))
    again = db.reminders.check(_at(TODAY, 10), first)
    assert again.reminders is first.reminders and again.new == []  # nothing changed: reused
    # changes made within the same second are seen all the same
    db.reminders.snooze_days(first.reminders[0].occurrence, 1, today=TODAY)
    after_snooze = db.reminders.check(_at(TODAY, 10), again)
    assert [r.item_id for r in after_snooze.reminders] == [b]
    db.items.update(b, {"due_on": date(2026, 12, 31)})
    after_edit = db.reminders.check(_at(TODAY, 10), after_snooze)
    assert after_edit.reminders == []
    db.settings.set_value("reminders.lead_days", "40")
    after_setting = db.reminders.check(_at(TODAY, 10), after_edit)
    assert [r.item_id for r in after_setting.reminders] == [b]
    next_day = db.reminders.check(_at(TODAY + timedelta(days=1), 0), after_setting)
    assert [r.item_id for r in next_day.reminders] == [a, b]  # a's snooze has ended
    assert [r.item_id for r in next_day.new] == [a]
