"""The core: one way in, plain data out, every use case in one unit of work."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import SQLModel

from tests.conftest import TODAY
from tracker.domain.errors import DatabaseError, InvalidInput
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View


def _orm_rows(value: Any, seen: set[int] | None = None) -> list[Any]:
    """Every SQLModel table row reachable from ``value`` (records, lists, tuples, dicts)."""
    seen = set() if seen is None else seen
    if id(value) in seen or value is None or isinstance(value, str | int | float | date):
        return []
    seen.add(id(value))
    if isinstance(value, SQLModel) and getattr(type(value), "__table__", None) is not None:
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        children = [getattr(value, f.name) for f in dataclasses.fields(value)]
    elif isinstance(value, list | tuple | set):
        children = list(value)
    elif isinstance(value, dict):
        children = list(value.values())
    else:
        return []
    return [row for child in children for row in _orm_rows(child, seen)]


def test_what_leaves_the_core_is_plain_data(demo_db: Tracker) -> None:
    t = demo_db
    meeting = t.meetings.create(
        {"title": "اجتماع الأمانة", "held_on": date(2026, 3, 1)}, [{"text": "مقرر"}]
    )
    owner = t.owners.create({"name": "لجنة التنظيم"})
    item = t.items.create({"title": "مهمة", "owner_id": owner.id, "meeting_id": meeting.id})
    answers = [
        meeting,
        owner,
        item,
        t.items.update(item.id, {"progress": 40, "status": "in_progress"}),
        t.items.record_progress(item.id, {"status": "in_progress", "progress": 50}),
        t.items.detail(item.id),
        t.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None),
        t.items.first_page(ItemFilter(today=TODAY)),
        t.items.counts(TODAY),
        t.items.completion("owner", TODAY),
        t.items.due(TODAY, 30),
        t.meetings.list(),
        t.meetings.headers(),
        t.meetings.get(meeting.id),
        t.meetings.latest(),
        t.meetings.resolutions(meeting.id),
        t.meetings.add_resolution(meeting.id, {"text": "مقرر ثان"}),
        t.meetings.save(
            meeting.id, {"title": "اجتماع", "held_on": date(2026, 3, 1)}, [{"text": "م"}]
        ),
        t.owners.list(),
        t.owners.get(owner.id),
        t.owners.find_or_create("لجنة التنظيم"),
        t.settings.get_all(),
        t.reminders.pending(TODAY),
        t.reminders.check(datetime(2026, 11, 29, 9)),
        t.reports.meeting(TODAY),
    ]
    for answer in answers:
        assert _orm_rows(answer) == [], answer
    frozen = t.items.detail(item.id).item
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen.title = "x"  # type: ignore[misc]


def test_a_use_case_that_fails_changes_nothing(demo_db: Tracker) -> None:
    before = demo_db.items.count(ItemFilter(today=TODAY, view=View.ALL))

    def half_done(unit: Any) -> None:
        from tracker.services import items

        first = demo_db.meetings.latest()
        assert first is not None
        items.create_item(unit, {"title": "نصف", "owner_id": 1, "meeting_id": first.id})
        raise InvalidInput("invalid_value", field="title", value="")

    with pytest.raises(InvalidInput):
        demo_db.write(half_done)
    assert demo_db.items.count(ItemFilter(today=TODAY, view=View.ALL)) == before


def test_open_with_the_lock_refuses_a_second_writer_and_releases_on_close(db_path: Path) -> None:
    first = Tracker.open(db_path, lock=True)
    with pytest.raises(DatabaseError) as refused:
        Tracker.open(db_path, lock=True)
    assert refused.value.code == "db_in_use"
    reader = Tracker.open(db_path, create=False)  # reading needs no lock
    reader.close()
    first.close()
    with Tracker.open(db_path, lock=True) as again:
        assert again.lock is not None and again.lock.held
    assert not again.lock.held


def test_a_missing_file_is_not_created_by_a_reader(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    with pytest.raises(DatabaseError):
        Tracker.open(missing, create=False)
    assert not missing.exists()


def test_the_detail_read_gives_the_same_records_as_the_rows(demo_db: Tracker) -> None:
    """The detail pane's plain-SQL read (store/detail.py) agrees with the ORM rows field by
    field, for every item of the demo: a column added to a table and forgotten there fails."""
    from tracker.services.records import (
        ItemRecord,
        MeetingRecord,
        OwnerRecord,
        ProgressRecord,
        ResolutionRecord,
        record,
    )
    from tracker.store import repo
    from tracker.store.models import ActionItem, Meeting, Owner, Resolution

    demo_db.items.record_progress(1, {"status": "in_progress", "progress": 30, "note": "ملاحظة"})
    rows = demo_db.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)
    assert len(rows) >= 18
    for row in rows:
        got = demo_db.items.detail(row.id)

        def from_rows(unit: Any, item_id: int = row.id) -> tuple[Any, ...]:
            item = repo.get(unit, ActionItem, item_id)
            res = repo.get(unit, Resolution, item.resolution_id) if item.resolution_id else None
            return (
                record(ItemRecord, item),
                record(OwnerRecord, repo.get(unit, Owner, item.owner_id)),
                record(MeetingRecord, repo.get(unit, Meeting, item.meeting_id)),
                record(ResolutionRecord, res) if res is not None else None,
                [record(ProgressRecord, h) for h in repo.history(unit, item_id)],
            )

        expected = demo_db.read(from_rows)
        assert (got.item, got.owner, got.meeting, got.resolution, got.history) == expected
        for rec in (got.item, got.owner, got.meeting):
            assert vars(rec).keys() == {f.name for f in dataclasses.fields(rec)}
