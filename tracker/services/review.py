"""Review mode (issue 16): the agenda walked one item at a time during a meeting.

Each decision is a progress update tied to the meeting being held (``meeting_id``), made by
``services.items.record_progress`` in the same unit as the review's place. The place is
kept in the file's settings table, per meeting (``review.place.<meeting uid>``: the items
already handled and those marked for discussion), so the review resumes where it stopped,
on another day too. The large-print, high-contrast choice is kept there as well
(``review.large_print``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput, NotFound
from tracker.services.agenda import AgendaItem, agenda_items
from tracker.services.records import MeetingRecord, ProgressRecord, record
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import ActionItem, Meeting

LARGE_PRINT = "review.large_print"


@dataclass(frozen=True)
class ReviewPlace:
    handled: frozenset[int] = frozenset()
    discuss: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ReviewSession:
    """What the review of one meeting walks: the agenda before the meeting's day (items it
    already reviewed kept, even once done), what is handled, what is for discussion."""

    meeting: MeetingRecord
    items: tuple[AgendaItem, ...]
    place: ReviewPlace
    large_print: bool

    def next_index(self, after: int = -1) -> int | None:
        """The first item after position ``after`` not handled yet (None: all handled)."""
        for i in range(after + 1, len(self.items)):
            if self.items[i].id not in self.place.handled:
                return i
        return None


def _meeting(s: Any, meeting_id: int) -> Meeting:
    try:
        meeting = repo.get(s, Meeting, meeting_id)
    except NotFound:
        meeting = None
    if meeting is None or meeting.deleted_at is not None:
        raise InvalidInput("report_no_such_meeting", id=meeting_id)
    return meeting


def _key(meeting: Meeting) -> str:
    return f"review.place.{meeting.uid}"


def _place(s: Any, meeting: Meeting) -> ReviewPlace:
    raw = repo.get_setting(s, _key(meeting))
    try:
        data = json.loads(raw) if raw else {}
        handled = frozenset(int(x) for x in data.get("handled", []))
        discuss = frozenset(int(x) for x in data.get("discuss", []))
    except (ValueError, TypeError, AttributeError):  # a damaged value: start again
        return ReviewPlace()
    return ReviewPlace(handled, discuss)


def _save(s: Any, meeting: Meeting, place: ReviewPlace) -> ReviewPlace:
    value = {"handled": sorted(place.handled), "discuss": sorted(place.discuss)}
    repo.set_setting(s, _key(meeting), json.dumps(value))
    return place


def large_print(s: Unit) -> bool:
    return repo.get_setting(s, LARGE_PRINT) == "1"


def set_large_print(s: Unit, on: bool) -> None:
    repo.set_setting(s, LARGE_PRINT, "1" if on else "0")


def session(s: Unit, meeting_id: int, today: date) -> ReviewSession:
    meeting = _meeting(s, meeting_id)
    items = agenda_items(s, today, meeting.held_on, reviewed_at=meeting.id)
    return ReviewSession(
        record(MeetingRecord, meeting), tuple(items), _place(s, meeting), large_print(s)
    )


def _live_item(s: Any, item_id: int) -> ActionItem:
    item = repo.get(s, ActionItem, item_id)
    if item.deleted_at is not None:
        raise InvalidInput("not_found", what="ActionItem", id=item_id)
    return item


def decide(
    s: Unit,
    meeting_id: int,
    item_id: int,
    data: dict[str, Any],
    *,
    due_on: date | None = None,
    now: datetime | None = None,
) -> ProgressRecord:
    """Record the meeting's decision on an item (status, percent, note; a new due date for
    a postponement) as a progress update tied to the meeting, and move the place on."""
    from tracker.services.items import record_progress

    meeting = _meeting(s, meeting_id)
    update = record_progress(s, item_id, data, now=now, meeting_id=meeting.id, due_on=due_on)
    place = _place(s, meeting)
    _save(s, meeting, ReviewPlace(place.handled | {item_id}, place.discuss))
    return update


def postpone(
    s: Unit,
    meeting_id: int,
    item_id: int,
    due_on: date,
    *,
    note: str = "",
    reported_by: str = "",
    now: datetime | None = None,
) -> ProgressRecord:
    """Postponed to ``due_on`` (the percent kept), decided at the meeting."""
    item = _live_item(s, item_id)
    data = {
        "status": Status.POSTPONED,
        "progress": item.progress,
        "note": note,
        "reported_by": reported_by,
    }
    return decide(s, meeting_id, item_id, data, due_on=due_on, now=now)


def skip(s: Unit, meeting_id: int, item_id: int) -> ReviewPlace:
    """Nothing recorded; the place moves on."""
    meeting = _meeting(s, meeting_id)
    _live_item(s, item_id)
    place = _place(s, meeting)
    return _save(s, meeting, ReviewPlace(place.handled | {item_id}, place.discuss))


def mark_for_discussion(s: Unit, meeting_id: int, item_id: int) -> ReviewPlace:
    """Marked for discussion (listed in the minutes); the place moves on."""
    meeting = _meeting(s, meeting_id)
    _live_item(s, item_id)
    place = _place(s, meeting)
    return _save(s, meeting, ReviewPlace(place.handled | {item_id}, place.discuss | {item_id}))


def reopen(s: Unit, meeting_id: int, item_id: int) -> ReviewPlace:
    """Back to an item: no longer counted as handled (what was recorded stays)."""
    meeting = _meeting(s, meeting_id)
    place = _place(s, meeting)
    return _save(s, meeting, ReviewPlace(place.handled - {item_id}, place.discuss))


def place(s: Unit, meeting_id: int) -> ReviewPlace:
    return _place(s, _meeting(s, meeting_id))
