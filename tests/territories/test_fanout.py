"""Fan-out to communes and the roll-up of the parent (issue 15), on the demo."""

from datetime import date, datetime

import pytest

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput
from tracker.domain.rollup import ChildCounts, rollup
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View

DIRECTIVE = "5d0f1c1e-7a61-4c52-9a1f-202601173d01"  # «تعميم الهيكلة التنظيمية…», resolution 1
ADOPTED = {f"5d0f1c1e-7a61-4c52-9a1f-202601173d0{n}" for n in (2, 3, 4, 5)}
TODAY = date(2026, 4, 1)


def _items_of_resolution_one(t: Tracker) -> list:
    rows = t.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)
    parent = next(r for r in rows if r.uid == DIRECTIVE)
    return [r for r in rows if r.resolution_id == parent.resolution_id and r.uid != DIRECTIVE]


def test_fanout_to_all_gives_each_commune_exactly_one_item(demo_db: Tracker) -> None:
    parent = demo_db.territories.item_id(DIRECTIVE)
    result = demo_db.territories.fanout(parent, "all", today=TODAY)
    assert (result.total, result.created, result.adopted) == (49, 45, 4)
    children = demo_db.territories.children(parent)
    assert len(children) == 49 and len({c.territory_id for c in children}) == 49
    assert {c.uid for c in children} >= ADOPTED
    assert len(_items_of_resolution_one(demo_db)) == 49  # nothing duplicated
    again = demo_db.territories.fanout(parent, "all", today=TODAY)
    assert (again.total, again.created, again.adopted, again.removed) == (49, 0, 0, 0)
    assert len(_items_of_resolution_one(demo_db)) == 49


def test_children_carry_the_parents_fields_and_their_communes_secretariat(
    demo_db: Tracker,
) -> None:
    parent_id = demo_db.territories.item_id(DIRECTIVE)
    demo_db.territories.fanout(parent_id, "rural", today=TODAY)
    parent = demo_db.items.detail(parent_id).item
    child = next(c for c in demo_db.territories.children(parent_id) if c.uid not in ADOPTED)
    d = demo_db.items.detail(child.item_id)
    assert (d.item.title, d.item.resolution_id, d.item.meeting_id, d.item.due_on) == (
        parent.title,
        parent.resolution_id,
        parent.meeting_id,
        parent.due_on,
    )
    assert d.item.remind_days_before == parent.remind_days_before == 7
    assert d.item.parent_id == parent_id
    assert d.owner.name == f"الأمانة المحلية ب{child.commune_ar}"
    assert d.owner.territory_id == child.territory_id


def test_urban_cercle_and_named_communes(demo_db: Tracker) -> None:
    parent = demo_db.territories.item_id(DIRECTIVE)
    urban = demo_db.territories.fanout(parent, "urban", today=TODAY)
    assert (urban.total, urban.created, urban.adopted) == (5, 1, 4)
    cercle = demo_db.territories.fanout(parent, "cercle:Rhafsai", today=TODAY)
    rhafsai = [c for c in demo_db.territories.communes() if c.cercle_fr == "Rhafsai"]
    assert cercle.created == len(rhafsai) and cercle.total == 5 + len(rhafsai)
    named = demo_db.territories.fanout(parent, communes=["Tissa", "Bouchabel"], today=TODAY)
    assert (named.created, named.total) == (1, cercle.total + 1)
    with pytest.raises(InvalidInput) as bad:
        demo_db.territories.fanout(parent, "cercle:Nowhere")
    assert bad.value.code == "cercle_unknown" and "غفساي" in bad.value.message("ar")
    with pytest.raises(InvalidInput):
        demo_db.territories.fanout(parent, "everywhere")


def test_removing_a_commune_trashes_its_child_and_restore_brings_it_back(
    demo_db: Tracker,
) -> None:
    parent = demo_db.territories.item_id(DIRECTIVE)
    demo_db.territories.fanout(parent, "urban", today=TODAY)
    kept = [c.id for c in demo_db.territories.communes() if c.urban][:3]
    result = demo_db.territories.fanout(parent, commune_ids=kept, replace=True, today=TODAY)
    assert (result.removed, result.total) == (2, 3)
    trash = demo_db.items.list(ItemFilter(today=TODAY, view=View.TRASH), limit=None)
    assert len(trash) == 2
    demo_db.items.restore(trash[0].id)
    assert len(demo_db.territories.children(parent)) == 4
    back = demo_db.territories.fanout(parent, "urban", today=TODAY)  # the trashed one returns
    assert (back.created, back.adopted, back.total) == (0, 1, 5)


def test_a_child_cannot_be_fanned_out_and_the_province_must_be_set(db: Tracker) -> None:
    db.load_demo()
    parent = db.territories.item_id(DIRECTIVE)
    db.territories.fanout(parent, "urban", today=TODAY)
    child = db.territories.children(parent)[0]
    with pytest.raises(InvalidInput) as exc:
        db.territories.fanout(child.item_id)
    assert exc.value.code == "fanout_of_child"
    with pytest.raises(InvalidInput) as unknown:
        db.territories.item_id("no-such-uid")
    assert unknown.value.code == "item_uid_unknown"


def test_the_parent_rolls_up_its_children(demo_db: Tracker) -> None:
    parent = demo_db.territories.item_id(DIRECTIVE)
    demo_db.territories.fanout(parent, "urban", today=TODAY)
    item = demo_db.items.detail(parent).item
    # Taounate done, Ghafsai stalled (moved 2026-03-15), Karia 50 %, Tissa and Thar Es-Souk 0
    assert (item.rollup_done, item.rollup_total) == (1, 5)
    assert item.progress == (100 + 20 + 50) // 5
    for child in demo_db.territories.children(parent):
        demo_db.items.record_progress(
            child.item_id, {"status": "done", "progress": 100}, now=datetime(2026, 4, 2, 9)
        )
    done = demo_db.items.detail(parent).item
    assert (done.status, done.progress, done.rollup_done) == (Status.DONE, 100, 5)
    row = next(
        r
        for r in demo_db.items.list(ItemFilter(today=TODAY, view=View.DONE), limit=None)
        if r.id == parent
    )
    assert row.status is Status.DONE


def _counts(**kw: object) -> ChildCounts:
    return ChildCounts(**kw)  # type: ignore[arg-type]


def test_rollup_rules() -> None:
    today = date(2026, 6, 1)
    old, recent = datetime(2026, 4, 1), datetime(2026, 5, 20)
    assert rollup(_counts(), today) is None
    r = rollup(_counts(total=4, done=3, cancelled=1, progress_sum=300), today)
    assert r is not None and (r.status, r.progress, r.total, r.done) == (Status.DONE, 100, 3, 3)
    all_cancelled = rollup(_counts(total=2, cancelled=2), today)
    assert all_cancelled is not None and all_cancelled.status is Status.CANCELLED
    stalled = rollup(_counts(total=3, stalled=1, progress_sum=20, last_moved=old), today)
    assert stalled is not None and stalled.status is Status.STALLED
    moving = rollup(_counts(total=3, stalled=1, progress_sum=20, last_moved=recent), today)
    assert moving is not None and moving.status is Status.IN_PROGRESS
    fresh = rollup(_counts(total=3), today)
    assert fresh is not None and (fresh.status, fresh.progress) == (Status.NOT_STARTED, 0)
    waiting = rollup(_counts(total=2, postponed=2), today)
    assert waiting is not None and waiting.status is Status.POSTPONED
    half = rollup(_counts(total=4, done=2, progress_sum=200), today)
    assert half is not None and (half.status, half.progress, half.done) == (
        Status.IN_PROGRESS,
        50,
        2,
    )


def test_the_stall_rule_counts_from_the_today_given(demo_db: Tracker) -> None:
    parent = demo_db.territories.item_id(DIRECTIVE)
    # Ghafsai stalled on 2026-03-15, Karia moved on 2026-02-10, Taounate on 2026-03-02.
    demo_db.territories.fanout(parent, "urban", today=date(2026, 3, 20))
    assert demo_db.items.detail(parent).item.status is Status.IN_PROGRESS
    assert demo_db.territories.refresh_rollups(date(2026, 5, 1)) == 1
    assert demo_db.items.detail(parent).item.status is Status.STALLED
    assert demo_db.territories.refresh_rollups(date(2026, 5, 1)) == 0
