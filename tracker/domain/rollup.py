"""The roll-up rules of a fanned-out directive: its status and progress from its children.

- done when every child is done or cancelled (cancelled when all of them are cancelled);
- stalled when any child is stalled and no child has moved for :data:`STALL_DAYS` days;
- in progress as soon as any child has moved (in progress, done, or some progress);
- postponed when every open child is postponed; otherwise not started.

The progress is the mean of the children's (a done child counts 100), cancelled children
left out. Pure: the store counts the children, these rules decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.domain.enums import Status

STALL_DAYS = 30


@dataclass(frozen=True)
class ChildCounts:
    """A parent's live children (not in the trash), counted by status."""

    total: int = 0
    done: int = 0
    cancelled: int = 0
    stalled: int = 0
    in_progress: int = 0
    postponed: int = 0
    progress_sum: int = 0  # over children not cancelled, a done child counting 100
    last_moved: datetime | None = None

    @property
    def counted(self) -> int:
        """The children that count (cancelled ones do not)."""
        return self.total - self.cancelled


@dataclass(frozen=True)
class Rollup:
    status: Status
    progress: int
    total: int  # children that count
    done: int


def rollup(c: ChildCounts, today: date) -> Rollup | None:
    """The parent's status and progress, or None when it has no live child."""
    if c.total == 0:
        return None
    counted = c.counted
    if counted == 0:
        return Rollup(Status.CANCELLED, 0, 0, 0)
    progress = min(100, max(0, c.progress_sum // counted))
    if c.done == counted:
        return Rollup(Status.DONE, 100, counted, c.done)
    moved_lately = c.last_moved is not None and c.last_moved.date() > today - timedelta(
        days=STALL_DAYS
    )
    if c.stalled and not moved_lately:
        status = Status.STALLED
    elif c.done or c.in_progress or c.progress_sum:
        status = Status.IN_PROGRESS
    elif c.postponed and c.postponed == counted - c.done - c.stalled:
        status = Status.POSTPONED
    elif c.stalled:
        status = Status.IN_PROGRESS  # moved lately: not stalled as a whole
    else:
        status = Status.NOT_STARTED
    return Rollup(status, progress, counted, c.done)
