"""Meetings and their resolutions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tracker.domain.errors import InvalidInput
from tracker.services.records import (
    MeetingRecord,
    MeetingSummary,
    ResolutionRecord,
    record,
    records,
)
from tracker.services.schemas import MeetingIn, ResolutionIn, validate
from tracker.services.views import MeetingHeader
from tracker.store import queries, repo
from tracker.store.db import Unit
from tracker.store.models import Meeting, Resolution, utcnow


def create_meeting(
    s: Unit, data: dict[str, Any], resolutions: Iterable[dict[str, Any]] = ()
) -> MeetingRecord:
    """Create a meeting and, in the same transaction, its numbered resolutions."""
    m = validate(MeetingIn, data)
    res_in = [validate(ResolutionIn, r) for r in resolutions]
    meeting = repo.add(s, Meeting(**m.model_dump()))
    for i, r in enumerate(res_in, start=1):
        repo.add(
            s,
            Resolution(meeting_id=meeting.id, **{**r.model_dump(), "ordinal": r.ordinal or i}),
        )
    s.flush()
    return record(MeetingRecord, meeting)


def update_meeting(s: Unit, meeting_id: int, data: dict[str, Any]) -> MeetingRecord:
    meeting = repo.get(s, Meeting, meeting_id)
    current = meeting.model_dump(include=set(MeetingIn.model_fields))
    m = validate(MeetingIn, {**current, **data})
    for key, value in m.model_dump().items():
        setattr(meeting, key, value)
    s.flush()
    return record(MeetingRecord, meeting)


def delete_meeting(s: Unit, meeting_id: int) -> None:
    """Move a meeting and all its items to the trash."""
    now = utcnow()
    meeting = repo.get(s, Meeting, meeting_id)
    meeting.deleted_at = now
    for item in repo.items_of_meeting(s, meeting_id):
        if item.deleted_at is None:
            item.deleted_at = now


def restore_meeting(s: Unit, meeting_id: int) -> None:
    """Bring a meeting back with the items that were trashed together with it."""
    meeting = repo.get(s, Meeting, meeting_id)
    when = meeting.deleted_at
    meeting.deleted_at = None
    for item in repo.items_of_meeting(s, meeting_id):
        if item.deleted_at is not None and item.deleted_at == when:
            item.deleted_at = None


def list_meetings(s: Unit, *, deleted: bool = False) -> list[MeetingRecord]:
    return records(MeetingRecord, repo.meetings(s, deleted=deleted))


def meeting_headers(s: Unit) -> list[MeetingHeader]:
    """Id, date and title of the live meetings, newest first: cheap for long lists."""
    return [MeetingHeader(*r) for r in queries.meeting_headers(s)]


def get_meeting(s: Unit, meeting_id: int) -> MeetingSummary:
    return MeetingSummary(
        record(MeetingRecord, repo.get(s, Meeting, meeting_id)),
        records(ResolutionRecord, repo.resolutions(s, meeting_id)),
    )


def latest_meeting(s: Unit) -> MeetingRecord | None:
    meeting = repo.latest_meeting(s)
    return None if meeting is None else record(MeetingRecord, meeting)


def add_resolution(s: Unit, meeting_id: int, data: dict[str, Any]) -> ResolutionRecord:
    r = validate(ResolutionIn, data)
    repo.get(s, Meeting, meeting_id)
    ordinal = r.ordinal or repo.next_ordinal(s, meeting_id)
    res = repo.add(s, Resolution(meeting_id=meeting_id, **{**r.model_dump(), "ordinal": ordinal}))
    return record(ResolutionRecord, res)


def update_resolution(s: Unit, resolution_id: int, data: dict[str, Any]) -> ResolutionRecord:
    res = repo.get(s, Resolution, resolution_id)
    current = res.model_dump(include=set(ResolutionIn.model_fields))
    r = validate(ResolutionIn, {**current, **data})
    for key, value in r.model_dump().items():
        if value is not None:
            setattr(res, key, value)
    s.flush()
    return record(ResolutionRecord, res)


def delete_resolution(s: Unit, resolution_id: int) -> None:
    """Trash a resolution; its items stay, attached to the meeting."""
    res = repo.get(s, Resolution, resolution_id)
    if res.deleted_at is not None:
        raise InvalidInput("not_found", what="Resolution", id=resolution_id)
    res.deleted_at = utcnow()
    for item in repo.items_of_resolution(s, resolution_id):
        item.resolution_id = None


def resolutions(s: Unit, meeting_id: int) -> list[ResolutionRecord]:
    return records(ResolutionRecord, repo.resolutions(s, meeting_id))
