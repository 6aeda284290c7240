from datetime import date, datetime

import pytest

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput, ValidationFailed
from tracker.services import items, meetings, owners
from tracker.store.db import Database
from tracker.store.queries import ItemFilter, SortKey, View

TODAY = date(2026, 11, 29)


@pytest.fixture
def setup(db: Database) -> tuple[Database, int, int, int]:
    m = meetings.create_meeting(
        db,
        {"title": "اجتماع الأمانة الإقليمية", "held_on": date(2026, 1, 17)},
        [{"text": "جعل الهيكلة التنظيمية أولوية المرحلة"}],
    )
    o = owners.create_owner(db, {"name": "الأمانة الإقليمية", "kind": "secretariat"})
    r = meetings.resolutions(db, m.id)[0]
    return db, m.id, o.id, r.id


def _item(db: Database, m: int, o: int, **kw: object) -> int:
    return items.create_item(db, {"title": "مهمة", "owner_id": o, "meeting_id": m, **kw}).id


def test_status_and_progress_changes_are_recorded_as_history(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    item_id = _item(db, m, o)
    assert items.item_detail(db, item_id).history == []
    items.update_item(
        db,
        item_id,
        {"progress": 40, "status": "in_progress"},
        note="بداية",
        now=datetime(2026, 2, 1, 10),
    )
    items.record_progress(
        db,
        item_id,
        {"status": "done", "progress": 100, "note": "انتهى", "reported_by": "الكاتب"},
        now=datetime(2026, 3, 1, 10),
    )
    items.update_item(db, item_id, {"title": "عنوان جديد"})  # no status change: no history
    d = items.item_detail(db, item_id)
    assert [(u.status, u.progress, u.note) for u in d.history] == [
        (Status.DONE, 100, "انتهى"),
        (Status.IN_PROGRESS, 40, "بداية"),
    ]
    assert d.item.completed_on == date(2026, 3, 1)
    assert d.item.last_update_at == datetime(2026, 3, 1, 10)
    assert d.item.title == "عنوان جديد"


def test_reopening_clears_completed_on(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    item_id = _item(db, m, o, status="done", progress=100)
    items.record_progress(db, item_id, {"status": "in_progress", "progress": 80})
    assert items.item_detail(db, item_id).item.completed_on is None


def test_completing_through_an_edit_sets_completed_on(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    item_id = _item(db, m, o)
    items.update_item(
        db, item_id, {"status": "done", "progress": 100}, now=datetime(2026, 11, 29, 10)
    )
    d = items.item_detail(db, item_id)
    assert d.item.completed_on == date(2026, 11, 29)
    assert [u.status for u in d.history] == [Status.DONE]


def test_validation_rejects_and_saves_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    with pytest.raises(ValidationFailed) as err:
        items.create_item(db, {"title": "  ", "owner_id": o, "meeting_id": m, "progress": 150})
    assert set(err.value.errors) == {"title", "progress"}
    assert "العنوان" in err.value.message("ar")
    with pytest.raises(ValidationFailed) as err:
        items.create_item(
            db, {"title": "x", "owner_id": o, "meeting_id": m, "status": "done", "progress": 50}
        )
    assert "100" in err.value.message("ar")
    with pytest.raises(InvalidInput):
        items.create_item(db, {"title": "x", "owner_id": 999, "meeting_id": m})
    assert items.count_items(db, ItemFilter(today=TODAY, view=View.ALL)) == 0


def test_overdue_is_computed_against_the_given_today(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    late = _item(db, m, o, due_on=date(2026, 4, 17))
    _item(db, m, o, due_on=date(2026, 4, 17), status="done", progress=100)
    _item(db, m, o, due_on=date(2026, 4, 17), status="cancelled")
    _item(db, m, o, due_on=date(2026, 12, 1))
    _item(db, m, o, due_on=None)
    overdue = items.list_items(db, ItemFilter(today=TODAY, view=View.OVERDUE))
    assert [r.id for r in overdue] == [late]
    assert overdue[0].overdue
    # The day it falls due it is not yet overdue.
    assert items.count_items(db, ItemFilter(today=date(2026, 4, 17), view=View.OVERDUE)) == 0
    c = items.counts(db, TODAY)
    assert (c.open, c.overdue, c.week, c.done) == (3, 1, 1, 1)


def test_search_ignores_hamza_and_ta_marbuta(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    a = items.create_item(
        db, {"title": "إعادة تفعيل الأمانات المحلية", "owner_id": o, "meeting_id": m}
    ).id
    b = items.create_item(db, {"title": "تعميم الهيكلة", "owner_id": o, "meeting_id": m}).id
    find = lambda q: [r.id for r in items.list_items(db, ItemFilter(today=TODAY, search=q))]  # noqa: E731
    assert find("اعادة") == [a]
    assert find("الهيكله") == [b]
    assert sorted(find("الامانه الاقليميه")) == sorted([a, b])  # owner name matches both
    assert find("أولوية المرحلة") == []  # resolution text: items without a resolution
    assert find("%") == []


def test_sort_by_due_puts_items_without_date_last(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    n = _item(db, m, o, due_on=None)
    x = _item(db, m, o, due_on=date(2026, 5, 1))
    y = _item(db, m, o, due_on=date(2026, 3, 1))
    rows = items.list_items(db, ItemFilter(today=TODAY, view=View.ALL), sort=SortKey.DUE)
    assert [r.id for r in rows] == [y, x, n]


def test_trash_and_restore(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    item_id = _item(db, m, o)
    items.delete_item(db, item_id)
    assert items.count_items(db, ItemFilter(today=TODAY, view=View.OPEN)) == 0
    assert [r.id for r in items.list_items(db, ItemFilter(today=TODAY, view=View.TRASH))] == [
        item_id
    ]
    items.restore_item(db, item_id)
    assert items.count_items(db, ItemFilter(today=TODAY, view=View.OPEN)) == 1


def test_deleting_a_meeting_trashes_its_items_and_restore_brings_them_back(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    _item(db, m, o)
    meetings.delete_meeting(db, m)
    assert meetings.list_meetings(db) == []
    assert items.count_items(db, ItemFilter(today=TODAY, view=View.TRASH)) == 1
    meetings.restore_meeting(db, m)
    assert items.count_items(db, ItemFilter(today=TODAY, view=View.OPEN)) == 1


def test_owner_names_are_unique_up_to_spelling(db: Database) -> None:
    owners.create_owner(db, {"name": "منظمة نساء الحزب"})
    with pytest.raises(InvalidInput):
        owners.create_owner(db, {"name": "منظمه نساء الحزب"})
    same = owners.find_or_create_owner(db, "منظمة  نساء الحزب")
    assert same.name == "منظمة نساء الحزب"


def test_an_owner_with_a_commune_is_still_found_by_name(db: Database) -> None:
    first = owners.create_owner(db, {"name": "الأمانة المحلية", "commune": "غفساي"})
    with pytest.raises(InvalidInput):
        owners.create_owner(db, {"name": "الامانه المحلية"})
    assert owners.find_or_create_owner(db, "الأمانة المحلية").id == first.id
    # a longer name that starts the same is another owner
    other = owners.find_or_create_owner(db, "الأمانة المحلية للشباب")
    assert other.id != first.id


def test_owner_with_open_items_cannot_be_deleted(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    _item(db, m, o)
    with pytest.raises(InvalidInput):
        owners.delete_owner(db, o)


def test_resolutions_numbered_in_order(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, _, _ = setup
    r2 = meetings.add_resolution(db, m, {"text": "تعزيز الانضباط الحزبي"})
    assert r2.ordinal == 2
    meetings.update_resolution(db, r2.id, {"theme": "الانضباط"})
    assert [r.theme for r in meetings.resolutions(db, m)] == ["", "الانضباط"]
