"""Import action items from CSV or xlsx: validate everything, then write all rows or none.

:func:`preview_file` reads and validates a file without writing (the GUI shows each bad
cell); :func:`import_file` does the same inside one transaction and writes only when no
cell is wrong. Rows are matched by uid (existing uid: update; new uid or none: create);
the meeting by date and title (created when missing); owners by name (hamza, ta marbuta…
ignored), an unknown owner being an error unless ``create_owners`` is set.

Row numbers are the file's own, blank rows counted: those a spreadsheet shows (the header
usually row 1, the first item row 2); in a CSV, the line a row starts on. A uid of an item
in the trash is refused (restore the item first): an import never edits what nobody sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker.domain.enums import OwnerKind, Status
from tracker.domain.errors import InvalidInput, TrackerError
from tracker.domain.text import normalize
from tracker.services.import_read import read_table, text_of
from tracker.services.import_results import CellError, ImportFailed, ImportPreview, ImportResult
from tracker.services.import_rows import BAD, Collector, Row, check_header, parse_rows
from tracker.services.schemas import ItemIn, clean_field, validate
from tracker.store import exchange as lookups
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import (
    ActionItem,
    DueChange,
    Meeting,
    Owner,
    ProgressUpdate,
    Resolution,
    utcnow,
)

# ItemIn field -> column key, to report validation errors on the right cell
_ITEM_FIELD_TO_KEY = {
    "title": "title",
    "details": "details",
    "due_on": "due_on",
    "status": "status",
    "progress": "progress",
    "priority": "priority",
    "recurrence": "recurrence",
    "remind_days_before": "remind_days",
}


@dataclass
class _Plan:
    rows: list[Row]
    items: dict[str, ActionItem]  # uid -> existing item
    notes: dict[int, str]
    owners: dict[str, int]  # normalised name -> id
    new_owners: dict[str, str]  # normalised name -> name as written first
    meetings: dict[tuple[date, str], int]
    new_meetings: dict[tuple[date, str], tuple[date, str]]
    resolutions: dict[tuple[int, int], int]
    present: set[str] = field(default_factory=set)  # column keys the file has
    validated: dict[int, ItemIn] = field(default_factory=dict)  # row number -> shape
    result: ImportResult = field(default_factory=ImportResult)


def _plan(
    s: Any, rows: list[Row], errs: Collector, create_owners: bool, present: set[str]
) -> _Plan:
    """Resolve owners, meetings, resolutions and existing items; validate each row."""
    owners: dict[str, int] = {}
    for oid, name in lookups.live_owner_names(s):
        owners.setdefault(normalize(name), oid)
    dates = {r.meeting_key[0] for r in rows if r.meeting_key}
    meetings: dict[tuple[date, str], int] = {}
    for mid, held_on, title in lookups.meetings_on(s, dates):
        meetings.setdefault((held_on, normalize(title)), mid)
    resolutions = lookups.resolution_ids(s, meetings.values())
    uids = {r.uid for r in rows if r.uid} | {r.uid.lower() for r in rows if r.uid}
    items = {k.lower(): v for k, v in lookups.items_by_uid(s, uids).items()}
    notes = lookups.latest_notes(s, [i.id for i in items.values()])
    plan = _Plan(rows, items, notes, owners, {}, meetings, {}, resolutions, present)

    for r in rows:
        v = r.values
        trashed = items.get(r.uid.lower()) if r.uid else None
        if trashed is not None and trashed.deleted_at is not None:  # nobody sees it: no edit
            title = clean_field(trashed.title, line=True)[:60]
            errs.add(r.number, "uid", InvalidInput("import_item_in_trash", title=title))
        owner = v.get("owner")
        if isinstance(owner, str):
            key = normalize(owner)
            if key not in owners and key not in plan.new_owners:
                if create_owners:
                    plan.new_owners[key] = owner
                else:
                    errs.add(r.number, "owner", InvalidInput("unknown_owner", name=owner[:60]))
        if (
            r.meeting_key
            and r.meeting_key not in meetings
            and r.meeting_key not in plan.new_meetings
        ):
            plan.new_meetings[r.meeting_key] = (v["meeting_date"], v["meeting_title"])
        ordinal = v.get("resolution")
        known = isinstance(ordinal, int) and r.meeting_key in meetings
        if known and (meetings[r.meeting_key], ordinal) not in resolutions:  # type: ignore[index]
            errs.add(r.number, "resolution", InvalidInput("unknown_resolution", value=ordinal))
        _validate_row(r, plan, errs)
    return plan


_CLEARABLE: dict[str, Any] = {"due_on": None, "details": "", "recurrence": "", "remind_days": None}


def _validate_row(r: Row, plan: _Plan, errs: Collector) -> None:
    # Cells that could not be read are already reported; check the others all the same so
    # that every bad cell of the row is marked at once.
    v = {k: x for k, x in r.values.items() if x is not BAD}
    existing = plan.items.get(r.uid.lower()) if r.uid else None
    if existing is not None:
        base = existing.model_dump(include=set(ItemIn.model_fields))
    else:
        base = {"owner_id": 0, "meeting_id": 0}
    data = dict(base)
    for key, fld in (
        ("title", "title"),
        ("details", "details"),
        ("due_on", "due_on"),
        ("status", "status"),
        ("progress", "progress"),
        ("priority", "priority"),
        ("recurrence", "recurrence"),
        ("remind_days", "remind_days_before"),
    ):
        if key in v:
            data[fld] = v[key]
        elif existing is not None and key in plan.present and key in _CLEARABLE:
            data[fld] = _CLEARABLE[key]  # an empty cell clears an optional field
    if "status" in v and v["status"] is Status.DONE and "progress" not in v:
        data["progress"] = 100
    try:
        plan.validated[r.number] = validate(ItemIn, data)
    except TrackerError as exc:
        for fld, problem in getattr(exc, "errors", {"title": exc}).items():
            key = _ITEM_FIELD_TO_KEY.get(fld, "title")
            errs.add(r.number, key, problem)


def _apply(s: Any, plan: _Plan, *, now: datetime) -> ImportResult:
    res = plan.result
    owner_ids = dict(plan.owners)
    for key, name in plan.new_owners.items():
        owner_ids[key] = repo.add(s, Owner(name=name, kind=OwnerKind.OTHER)).id
        res.owners_created += 1
    meeting_ids = dict(plan.meetings)
    for key, (held_on, title) in plan.new_meetings.items():
        meeting_ids[key] = repo.add(s, Meeting(title=title, held_on=held_on)).id
        res.meetings_created += 1
    resolutions = dict(plan.resolutions)
    pending: list[tuple[ActionItem, Status, int, str]] = []
    for r in plan.rows:
        it = plan.validated[r.number]
        v = r.values
        meeting_id = meeting_ids[r.meeting_key]  # type: ignore[index]
        ordinal = v.get("resolution")
        resolution_id = None
        if isinstance(ordinal, int):
            resolution_id = resolutions.get((meeting_id, ordinal))
            if resolution_id is None:  # a meeting created by this import
                text = TrackerError("resolution_placeholder", n=ordinal).message("ar")
                resolution_id = repo.add(
                    s, Resolution(meeting_id=meeting_id, ordinal=ordinal, text=text)
                ).id
                resolutions[(meeting_id, ordinal)] = resolution_id
                res.resolutions_created += 1
        fields = it.model_dump()
        fields.update(
            owner_id=owner_ids[normalize(v["owner"])],
            meeting_id=meeting_id,
            resolution_id=resolution_id,
        )
        note = v.get("latest_note", "")
        existing = plan.items.get(r.uid.lower()) if r.uid else None
        if existing is None:
            status, progress = fields.pop("status"), fields.pop("progress")
            item = ActionItem(**fields, created_at=now, updated_at=now)
            if r.uid:
                item.uid = r.uid.lower()
            s.add(item)  # one flush for all rows, below
            if status is not Status.NOT_STARTED or progress or note:
                pending.append((item, status, progress, note))
            res.created += 1
            continue
        changed = False
        for key, value in fields.items():
            if key in ("status", "progress"):
                continue
            if getattr(existing, key) != value:
                if key == "due_on":  # kept, as every due-date change (migration 0010)
                    s.add(_due_change(existing, value, now))
                setattr(existing, key, value)
                changed = True
        new_note = bool(note) and note != plan.notes.get(existing.id, "")
        if (it.status, it.progress) != (existing.status, existing.progress) or new_note:
            pending.append((existing, it.status, it.progress, note if new_note else ""))
            changed = True
        if changed:
            res.updated += 1
        else:
            res.unchanged += 1
    s.flush()  # new items get their ids
    s.add_all([_progress(item, *change, now=now) for item, *change in pending])
    return res


def _due_change(item: ActionItem, new: Any, now: datetime) -> DueChange:
    """A due date moved by an import, kept like any other (``services.items``)."""
    return DueChange(
        action_item_id=item.id, recorded_at=now, old_due_on=item.due_on, new_due_on=new
    )


def _progress(
    item: ActionItem, status: Status, progress: int, note: str, *, now: datetime
) -> ProgressUpdate:
    """Apply a status/progress change to ``item`` and return its history entry (as
    ``services.items`` records one, without a flush per row)."""
    was_done = item.status is Status.DONE
    item.status = status
    item.progress = progress
    item.last_update_at = now
    if status is Status.DONE and not was_done:
        item.completed_on = now.date()
    elif status is not Status.DONE:
        item.completed_on = None
    return ProgressUpdate(
        action_item_id=item.id,
        recorded_at=now,
        status=status,
        progress=progress,
        note=note,
        reported_by="",
    )


def _check(s: Any, path: Path, create_owners: bool) -> tuple[ImportPreview, _Plan | None]:
    preview = ImportPreview(path=Path(path))
    try:
        headers, rows = read_table(path)
        preview.headers = headers
        preview.rows = [[text_of(c) for c in cells[: len(headers)]] for _, cells in rows]
        preview.rows = [cells + [""] * (len(headers) - len(cells)) for cells in preview.rows]
        preview.row_numbers = [n for n, _ in rows]
        keys = check_header(headers)
        preview.keys = keys
    except TrackerError as exc:
        preview.error = exc
        return preview, None
    errs = Collector(headers, keys)
    parsed = parse_rows(rows, keys, errs)
    plan = _plan(s, parsed, errs, create_owners, {k for k in keys if k})
    preview.errors, preview.error_count = errs.sorted(), errs.count
    if errs.count == 0:
        res = preview.result
        for r in parsed:
            if r.uid and r.uid.lower() in plan.items:
                res.updated += 1
            else:
                res.created += 1
        res.owners_created = len(plan.new_owners)
        res.meetings_created = len(plan.new_meetings)
    return preview, plan


def preview_file(s: Unit, path: Path | str, *, create_owners: bool = False) -> ImportPreview:
    """Read and check ``path`` without writing anything.

    ``preview.error`` is set when the file as a whole is unusable (missing, empty, too big,
    not UTF-8, wrong columns); ``preview.errors`` lists the bad cells otherwise.
    ``preview.result.updated`` counts rows whose uid exists (they may turn out unchanged).
    """
    preview, _ = _check(s, Path(path), create_owners)
    s.rollback()
    return preview


def import_file(
    s: Unit,
    path: Path | str,
    *,
    create_owners: bool = False,
    today: date | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Import every row of ``path`` in one transaction, or none.

    Raises the file's TrackerError (missing, empty, too big, not UTF-8, wrong columns) or
    ``ImportFailed`` listing the bad cells; the database is then unchanged.
    ``today`` is accepted for symmetry with the other services (history is stamped ``now``).
    """
    del today
    now = now or utcnow()
    preview, plan = _check(s, Path(path), create_owners)
    if preview.error is not None:
        raise preview.error
    if preview.error_count or plan is None:
        raise ImportFailed(preview.errors, preview.error_count)
    return _apply(s, plan, now=now)


__all__ = [
    "CellError",
    "ImportFailed",
    "ImportPreview",
    "ImportResult",
    "import_file",
    "preview_file",
]
