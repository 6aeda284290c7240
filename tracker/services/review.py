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
    order: tuple[int, ...] = ()  # the items in the order the review walks them (kept)

    def with_(self, handled: frozenset[int], discuss: frozenset[int] | None = None) -> ReviewPlace:
        return ReviewPlace(handled, self.discuss if discuss is None else discuss, self.order)


@dataclass(frozen=True)
class ReviewSession:
    """What the review of one meeting walks: the agenda before the meeting's day (items it
    already reviewed kept, even once done), what is handled, what is for discussion."""

    meeting: MeetingRecord
    items: tuple[AgendaItem, ...]
    place: ReviewPlace
    large_print: bool

    def ordered_like(self, ids: list[int]) -> ReviewSession:
        """The same session with its items in the order of ``ids`` (those it still has),
        the others after them: a decision that moves an item in the agenda's order (a new
        due date) does not move it under the reviewer's feet."""
        from dataclasses import replace

        rank = {item_id: n for n, item_id in enumerate(ids)}
        known = sorted((i for i in self.items if i.id in rank), key=lambda i: rank[i.id])
        return replace(self, items=(*known, *(i for i in self.items if i.id not in rank)))

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
        order = tuple(int(x) for x in data.get("order", []))
    except (ValueError, TypeError, AttributeError):  # a damaged value: start again
        return ReviewPlace()
    return ReviewPlace(handled, discuss, order)


def _save(s: Any, meeting: Meeting, place: ReviewPlace) -> ReviewPlace:
    value = {
        "handled": sorted(place.handled),
        "discuss": sorted(place.discuss),
        "order": list(place.order),
    }
    repo.set_setting(s, _key(meeting), json.dumps(value))
    return place


def _started(s: Any, meeting: Meeting, today: date | None) -> ReviewPlace:
    """The place, with the walking order fixed at the first decision (before it changes
    anything: a new due date would move an item in the agenda's order)."""
    place = _place(s, meeting)
    if place.order:
        return place
    items = agenda_items(s, today or date.today(), meeting.held_on, reviewed_at=meeting.id)
    return ReviewPlace(place.handled, place.discuss, tuple(i.id for i in items))


def large_print(s: Unit) -> bool:
    return repo.get_setting(s, LARGE_PRINT) == "1"


def set_large_print(s: Unit, on: bool) -> None:
    repo.set_setting(s, LARGE_PRINT, "1" if on else "0")


def session(s: Unit, meeting_id: int, today: date) -> ReviewSession:
    meeting = _meeting(s, meeting_id)
    items = agenda_items(s, today, meeting.held_on, reviewed_at=meeting.id)
    place = _place(s, meeting)
    found = ReviewSession(record(MeetingRecord, meeting), tuple(items), place, large_print(s))
    return found.ordered_like(list(place.order)) if place.order else found


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
    today: date | None = None,
) -> ProgressRecord:
    """Record the meeting's decision on an item (status, percent, note; a new due date for
    a postponement) as a progress update tied to the meeting, and move the place on."""
    from tracker.services.items import record_progress

    meeting = _meeting(s, meeting_id)
    place = _started(s, meeting, today)
    update = record_progress(s, item_id, data, now=now, meeting_id=meeting.id, due_on=due_on)
    _save(s, meeting, place.with_(place.handled | {item_id}))
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
    today: date | None = None,
) -> ProgressRecord:
    """Postponed to ``due_on`` (the percent kept), decided at the meeting."""
    item = _live_item(s, item_id)
    data = {
        "status": Status.POSTPONED,
        "progress": item.progress,
        "note": note,
        "reported_by": reported_by,
    }
    return decide(s, meeting_id, item_id, data, due_on=due_on, now=now, today=today)


def skip(s: Unit, meeting_id: int, item_id: int, today: date | None = None) -> ReviewPlace:
    """Nothing recorded; the place moves on."""
    meeting = _meeting(s, meeting_id)
    _live_item(s, item_id)
    place = _started(s, meeting, today)
    return _save(s, meeting, place.with_(place.handled | {item_id}))


def mark_for_discussion(
    s: Unit, meeting_id: int, item_id: int, today: date | None = None
) -> ReviewPlace:
    """Marked for discussion (listed in the minutes); the place moves on."""
    meeting = _meeting(s, meeting_id)
    _live_item(s, item_id)
    place = _started(s, meeting, today)
    return _save(s, meeting, place.with_(place.handled | {item_id}, place.discuss | {item_id}))


def reopen(s: Unit, meeting_id: int, item_id: int, today: date | None = None) -> ReviewPlace:
    """Back to an item: no longer counted as handled (what was recorded stays)."""
    meeting = _meeting(s, meeting_id)
    place = _started(s, meeting, today)
    return _save(s, meeting, place.with_(place.handled - {item_id}))


def place(s: Unit, meeting_id: int) -> ReviewPlace:
    return _place(s, _meeting(s, meeting_id))
