"""Plain, frozen copies of the stored rows: what the core hands to the window and the CLI.

Never an ORM row, never a session: a record can be kept, compared, sent to another thread
and read after the file is closed. :func:`record` makes one from a row inside a unit.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TypeVar

from tracker.domain.enums import OwnerKind, Priority, Status

R = TypeVar("R")


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    uid: str
    title: str
    held_on: date
    location: str = ""
    kind: str = ""
    chaired_by: str = ""
    attendees: str = ""
    notes: str = ""
    source_text: str = ""
    deleted_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class OwnerRecord:
    id: int
    uid: str
    name: str
    kind: OwnerKind = OwnerKind.PERSON
    commune: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    active: bool = True
    deleted_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    territory_id: int | None = None  # a local secretariat's commune (issue 15)


@dataclass(frozen=True)
class ResolutionRecord:
    id: int
    uid: str
    meeting_id: int
    ordinal: int
    text: str
    theme: str = ""
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ItemRecord:
    id: int
    uid: str
    meeting_id: int
    resolution_id: int | None
    title: str
    owner_id: int
    details: str = ""
    due_on: date | None = None
    status: Status = Status.NOT_STARTED
    progress: int = 0
    priority: Priority = Priority.NORMAL
    recurrence: str = ""
    remind_days_before: int | None = None
    completed_on: date | None = None
    last_update_at: datetime | None = None
    deleted_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    parent_id: int | None = None  # the roll-up item this one was fanned out from
    rollup_total: int | None = None  # a roll-up item: its children that count…
    rollup_done: int | None = None  # …and how many of them are done

    @property
    def is_rollup(self) -> bool:
        return self.rollup_total is not None


@dataclass(frozen=True)
class ProgressRecord:
    id: int
    uid: str
    action_item_id: int
    recorded_at: datetime
    status: Status
    progress: int
    note: str = ""
    reported_by: str = ""
    meeting_id: int | None = None  # the meeting where it was reviewed (review mode)


@dataclass(frozen=True)
class ItemDetail:
    """Everything the detail pane shows of one item, read in one unit."""

    item: ItemRecord
    owner: OwnerRecord
    meeting: MeetingRecord
    resolution: ResolutionRecord | None
    history: list[ProgressRecord]


@dataclass(frozen=True)
class MeetingSummary:
    meeting: MeetingRecord
    resolutions: list[ResolutionRecord]


def record(cls: type[R], row: Any) -> R:
    """The ``cls`` record of ``row`` (an ORM row, read inside its unit)."""
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})  # type: ignore[arg-type]


def from_columns(cls: type[R], columns: dict[str, Any]) -> R:
    """The ``cls`` record of ``columns`` (exactly its fields, already typed, as the store's
    plain reads give them), made without the frozen ``__init__``'s per-field
    ``object.__setattr__``: the detail pane reads five records on every selection."""
    obj = object.__new__(cls)
    obj.__dict__.update(columns)
    return obj  # type: ignore[no-any-return]


def records(cls: type[R], rows: Any) -> list[R]:
    return [record(cls, r) for r in rows]
