"""What the window and the command line ask for and get back about action items.

Plain Python, cheap to import (the window is painted before SQLAlchemy loads): the views,
sort keys and filter the window speaks in, and the rows, counts and completions the core
answers with. The store reads the filter's attributes and returns plain tuples; these
shapes are made from them here, above the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tracker.domain.enums import Priority, Status


class View(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    WEEK = "week"
    MONTH = "month"
    DONE = "done"
    TRASH = "trash"
    ALL = "all"


class SortKey(StrEnum):
    TITLE = "title"
    RESOLUTION = "resolution"
    OWNER = "owner"
    DUE = "due"
    STATUS = "status"
    PROGRESS = "progress"
    LAST_UPDATE = "last_update"
    PRIORITY = "priority"


@dataclass(frozen=True)
class ItemFilter:
    today: date
    view: View = View.OPEN
    search: str = ""
    owner_id: int | None = None
    meeting_id: int | None = None
    resolution_id: int | None = None
    statuses: frozenset[Status] = field(default_factory=frozenset)
    due_from: date | None = None
    due_to: date | None = None


@dataclass(frozen=True)
class ItemRow:
    id: int
    uid: str
    title: str
    meeting_id: int
    meeting_title: str
    meeting_held_on: date
    resolution_id: int | None
    resolution_ordinal: int | None
    resolution_text: str | None
    owner_id: int
    owner_name: str
    due_on: date | None
    status: Status
    progress: int
    priority: Priority
    last_update_at: datetime | None
    deleted_at: datetime | None
    overdue: bool
    rollup_total: int | None = None  # a fanned-out directive: its children that count…
    rollup_done: int | None = None  # …and how many are done ("23 of 49 communes done")


@dataclass(frozen=True)
class Counts:
    """Counts of live (not deleted) items for the navigation pane and the dashboard."""

    open: int
    overdue: int
    week: int
    month: int
    done: int
    trash: int
    total: int
    by_status: dict[Status, int]


@dataclass(frozen=True)
class Completion:
    """Completion of a group of live, not cancelled items (a meeting or an owner)."""

    key_id: int
    label: str
    total: int
    done: int
    overdue: int
    mean_progress: float

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass(frozen=True)
class MeetingHeader:
    """What a list of meetings shows: no notes, no communiqué text."""

    id: int
    held_on: date
    title: str
