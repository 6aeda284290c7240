"""Action items and their follow-up: every status or progress change is kept as history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput
from tracker.services import recurring
from tracker.services.records import (
    ItemDetail,
    ItemRecord,
    MeetingRecord,
    OwnerRecord,
    ProgressRecord,
    ResolutionRecord,
    from_columns,
    record,
)
from tracker.services.schemas import ItemIn, ProgressIn, validate
from tracker.services.views import Completion, Counts, ItemFilter, ItemRow, SortKey
from tracker.store import queries, repo
from tracker.store.db import Snapshot, Unit
from tracker.store.models import (
    ActionItem,
    DueChange,
    Meeting,
    Owner,
    ProgressUpdate,
    Resolution,
    utcnow,
)


def _check_links(s: Any, item: ItemIn) -> None:
    owner = repo.get(s, Owner, item.owner_id)
    if owner.deleted_at is not None:
        raise InvalidInput("not_found", what="Owner", id=item.owner_id)
    meeting = repo.get(s, Meeting, item.meeting_id)
    if meeting.deleted_at is not None:
        raise InvalidInput("not_found", what="Meeting", id=item.meeting_id)
    if item.resolution_id is not None:
        res = repo.get(s, Resolution, item.resolution_id)
        if res.meeting_id != item.meeting_id:
            raise InvalidInput("invalid_value", field="resolution_id", value=item.resolution_id)


def create_item(
    s: Unit, data: dict[str, Any], *, reported_by: str = "", now: datetime | None = None
) -> ItemRecord:
    it = validate(ItemIn, data)
    now = now or utcnow()
    _check_links(s, it)
    item = repo.add(s, ActionItem(**it.model_dump(), created_at=now, updated_at=now))
    if it.status is not Status.NOT_STARTED or it.progress:
        _record(s, item, it.status, it.progress, "", reported_by, now)
    if it.status is Status.DONE:
        item.completed_on = now.date()
    s.flush()
    return record(ItemRecord, item)


def update_item(
    s: Unit,
    item_id: int,
    data: dict[str, Any],
    *,
    note: str = "",
    reported_by: str = "",
    now: datetime | None = None,
) -> ItemRecord:
    """Edit an item; a change of status or progress is also recorded as a progress update."""
    now = now or utcnow()
    item = repo.get(s, ActionItem, item_id)
    current = item.model_dump(include=set(ItemIn.model_fields))
    it = validate(ItemIn, {**current, **data})
    _check_links(s, it)
    changed = (it.status, it.progress) != (item.status, item.progress)
    if it.due_on != item.due_on:
        _due_moved(s, item, item.due_on, it.due_on, reported_by, now, None)
    for key, value in it.model_dump().items():
        if changed and key in ("status", "progress"):
            continue  # applied by _record, which compares with the old status
        setattr(item, key, value)
    if changed:
        _record(s, item, it.status, it.progress, note, reported_by, now)
    s.flush()
    return record(ItemRecord, item)


def record_progress(
    s: Unit,
    item_id: int,
    data: dict[str, Any],
    *,
    now: datetime | None = None,
    meeting_id: int | None = None,
    due_on: date | None = None,
) -> ProgressRecord:
    """Add a follow-up entry (status, percent, note, who reported) and apply it to the item.

    ``meeting_id``: the meeting where it was reviewed (review mode); ``due_on``: a new due
    date decided with it (a postponement), kept as a due-date change.
    """
    p = validate(ProgressIn, data)
    now = p.recorded_at or now or utcnow()
    item = repo.get(s, ActionItem, item_id)
    if item.deleted_at is not None:
        raise InvalidInput("not_found", what="ActionItem", id=item_id)
    if meeting_id is not None:
        meeting = repo.get(s, Meeting, meeting_id)
        if meeting.deleted_at is not None:
            raise InvalidInput("not_found", what="Meeting", id=meeting_id)
    if due_on is not None and due_on != item.due_on:
        _due_moved(s, item, item.due_on, due_on, p.reported_by, now, meeting_id)
        item.due_on = due_on
    update = _record(s, item, p.status, p.progress, p.note, p.reported_by, now, meeting_id)
    return record(ProgressRecord, update)


def _due_moved(
    s: Any,
    item: ActionItem,
    old: date | None,
    new: date | None,
    reported_by: str,
    now: datetime,
    meeting_id: int | None,
) -> None:
    """Keep a due-date change (what the changes report calls "slipped" is read from it)."""
    repo.add(
        s,
        DueChange(
            action_item_id=item.id,
            recorded_at=now,
            old_due_on=old,
            new_due_on=new,
            reported_by=reported_by,
            meeting_id=meeting_id,
        ),
    )


def _record(
    s: Any,
    item: ActionItem,
    status: Status,
    progress: int,
    note: str,
    reported_by: str,
    now: datetime,
    meeting_id: int | None = None,
) -> ProgressUpdate:
    was_done = item.status is Status.DONE
    item.status = status
    item.progress = progress
    item.last_update_at = now
    if status is Status.DONE and not was_done:
        item.completed_on = now.date()
    elif status is not Status.DONE:
        item.completed_on = None
    if status is Status.DONE:
        recurring.spawn_next(s, item, now)  # idempotent: a recurring item's next occurrence
    update = ProgressUpdate(
        action_item_id=item.id,
        recorded_at=now,
        status=status,
        progress=progress,
        note=note,
        reported_by=reported_by,
        meeting_id=meeting_id,
    )
    return repo.add(s, update)


def delete_item(s: Unit, item_id: int) -> None:
    repo.get(s, ActionItem, item_id).deleted_at = utcnow()


def restore_item(s: Unit, item_id: int) -> None:
    item = repo.get(s, ActionItem, item_id)
    meeting = repo.get(s, Meeting, item.meeting_id)
    if meeting.deleted_at is not None:
        meeting.deleted_at = None
    item.deleted_at = None


def item_detail(snapshot: Snapshot, item_id: int) -> ItemDetail:
    """The item with its owner, meeting, resolution and history: one read of plain data
    (run through ``Tracker.peek``, on a read snapshot rather than a unit)."""
    from tracker.store.detail import item_detail as read

    d = read(snapshot, item_id)
    return ItemDetail(
        item=from_columns(ItemRecord, d["item"]),
        owner=from_columns(OwnerRecord, d["owner"]),
        meeting=from_columns(MeetingRecord, d["meeting"]),
        resolution=from_columns(ResolutionRecord, d["resolution"]) if d["resolution"] else None,
        history=[from_columns(ProgressRecord, h) for h in d["history"]],
    )


def list_items(
    s: Unit,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DUE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> list[ItemRow]:
    rows = queries.list_items(s, flt, sort=sort, descending=descending, offset=offset, limit=limit)
    return [ItemRow(*r) for r in rows]


def first_page(
    s: Unit,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DUE,
    descending: bool = False,
    limit: int = 200,
) -> tuple[int, list[ItemRow]]:
    """How many items match ``flt`` and the first ``limit`` of them, in one unit."""
    total, rows = queries.first_page(s, flt, sort=sort, descending=descending, limit=limit)
    return total, [ItemRow(*r) for r in rows]


def count_items(s: Unit, flt: ItemFilter) -> int:
    return queries.count_items(s, flt)


def counts(s: Unit, today: date) -> Counts:
    return Counts(**queries.counts(s, today))


def completion(s: Unit, group: str, today: date) -> list[Completion]:
    return [Completion(*r) for r in queries.completion_by(s, group, today)]
