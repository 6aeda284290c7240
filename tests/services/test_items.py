from datetime import date, datetime

import pytest

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput, ValidationFailed
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, SortKey, View

TODAY = date(2026, 11, 29)


@pytest.fixture
def setup(db: Tracker) -> tuple[Tracker, int, int, int]:
    m = db.meetings.create(
        {"title": "اجتماع الأمانة الإقليمية", "held_on": date(2026, 1, 17)},
        [{"text": "جعل الهيكلة التنظيمية أولوية المرحلة"}],
    )
    o = db.owners.create({"name": "الأمانة الإقليمية", "kind": "secretariat"})
    r = db.meetings.resolutions(m.id)[0]
    return db, m.id, o.id, r.id


def _item(db: Tracker, m: int, o: int, **kw: object) -> int:
    return db.items.create({"title": "مهمة", "owner_id": o, "meeting_id": m, **kw}).id


def test_status_and_progress_changes_are_recorded_as_history(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    item_id = _item(db, m, o)
    assert db.items.detail(item_id).history == []
    db.items.update(
        item_id,
        {"progress": 40, "status": "in_progress"},
        note="بداية",
        now=datetime(2026, 2, 1, 10),
    )
    db.items.record_progress(
        item_id,
        {"status": "done", "progress": 100, "note": "انتهى", "reported_by": "الكاتب"},
        now=datetime(2026, 3, 1, 10),
    )
    db.items.update(item_id, {"title": "عنوان جديد"})  # no status change: no history
    d = db.items.detail(item_id)
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
    db.items.record_progress(item_id, {"status": "in_progress", "progress": 80})
    assert db.items.detail(item_id).item.completed_on is None


def test_completing_through_an_edit_sets_completed_on(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    item_id = _item(db, m, o)
    db.items.update(item_id, {"status": "done", "progress": 100}, now=datetime(2026, 11, 29, 10))
    d = db.items.detail(item_id)
    assert d.item.completed_on == date(2026, 11, 29)
    assert [u.status for u in d.history] == [Status.DONE]


def test_validation_rejects_and_saves_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    with pytest.raises(ValidationFailed) as err:
        db.items.create({"title": "  ", "owner_id": o, "meeting_id": m, "progress": 150})
    assert set(err.value.errors) == {"title", "progress"}
    assert "العنوان" in err.value.message("ar")
    with pytest.raises(ValidationFailed) as err:
        db.items.create(
            {"title": "x", "owner_id": o, "meeting_id": m, "status": "done", "progress": 50}
        )
    assert "100" in err.value.message("ar")
    with pytest.raises(InvalidInput):
        db.items.create({"title": "x", "owner_id": 999, "meeting_id": m})
    assert db.items.count(ItemFilter(today=TODAY, view=View.ALL)) == 0


def test_overdue_is_computed_against_the_given_today(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    late = _item(db, m, o, due_on=date(2026, 4, 17))
    _item(db, m, o, due_on=date(2026, 4, 17), status="done", progress=100)
    _item(db, m, o, due_on=date(2026, 4, 17), status="cancelled")
    _item(db, m, o, due_on=date(2026, 12, 1))
    _item(db, m, o, due_on=None)
    overdue = db.items.list(ItemFilter(today=TODAY, view=View.OVERDUE))
    assert [r.id for r in overdue] == [late]
    assert overdue[0].overdue
    # The day it falls due it is not yet overdue.
    assert db.items.count(ItemFilter(today=date(2026, 4, 17), view=View.OVERDUE)) == 0
    c = db.items.counts(TODAY)
    assert (c.open, c.overdue, c.week, c.done) == (3, 1, 1, 1)


def test_search_ignores_hamza_and_ta_marbuta(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    a = db.items.create(
        {"title": "إعادة تفعيل الأمانات المحلية", "owner_id": o, "meeting_id": m}
    ).id
    b = db.items.create({"title": "تعميم الهيكلة", "owner_id": o, "meeting_id": m}).id
    find = lambda q: [r.id for r in db.items.list(ItemFilter(today=TODAY, search=q))]  # noqa: E731
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
    rows = db.items.list(ItemFilter(today=TODAY, view=View.ALL), sort=SortKey.DUE)
    assert [r.id for r in rows] == [y, x, n]


def test_trash_and_restore(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    item_id = _item(db, m, o)
    db.items.delete(item_id)
    assert db.items.count(ItemFilter(today=TODAY, view=View.OPEN)) == 0
    assert [r.id for r in db.items.list(ItemFilter(today=TODAY, view=View.TRASH))] == [item_id]
    db.items.restore(item_id)
    assert db.items.count(ItemFilter(today=TODAY, view=View.OPEN)) == 1


def test_deleting_a_meeting_trashes_its_items_and_restore_brings_them_back(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    _item(db, m, o)
    db.meetings.delete(m)
    assert db.meetings.list() == []
    assert db.items.count(ItemFilter(today=TODAY, view=View.TRASH)) == 1
    db.meetings.restore(m)
    assert db.items.count(ItemFilter(today=TODAY, view=View.OPEN)) == 1


def test_owner_names_are_unique_up_to_spelling(db: Tracker) -> None:
    db.owners.create({"name": "منظمة نساء الحزب"})
    with pytest.raises(InvalidInput):
        db.owners.create({"name": "منظمه نساء الحزب"})
    same = db.owners.find_or_create("منظمة  نساء الحزب")
    assert same.name == "منظمة نساء الحزب"


def test_an_owner_with_a_commune_is_still_found_by_name(db: Tracker) -> None:
    first = db.owners.create({"name": "الأمانة المحلية", "commune": "غفساي"})
    with pytest.raises(InvalidInput):
        db.owners.create({"name": "الامانه المحلية"})
    assert db.owners.find_or_create("الأمانة المحلية").id == first.id
    # a longer name that starts the same is another owner
    other = db.owners.find_or_create("الأمانة المحلية للشباب")
    assert other.id != first.id


def test_owner_with_open_items_cannot_be_deleted(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, o, _ = setup
    _item(db, m, o)
    with pytest.raises(InvalidInput):
        db.owners.delete(o)


def test_resolutions_numbered_in_order(setup) -> None:  # type: ignore[no-untyped-def]
    db, m, _, _ = setup
    r2 = db.meetings.add_resolution(m, {"text": "تعزيز الانضباط الحزبي"})
    assert r2.ordinal == 2
    db.meetings.update_resolution(r2.id, {"theme": "الانضباط"})
    assert [r.theme for r in db.meetings.resolutions(m)] == ["", "الانضباط"]
