"""Meetings and their resolutions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tracker.domain.errors import InvalidInput
from tracker.services.schemas import MeetingIn, ResolutionIn, validate
from tracker.store import queries, repo
from tracker.store.db import Database
from tracker.store.models import Meeting, Resolution, utcnow


@dataclass(frozen=True)
class MeetingSummary:
    meeting: Meeting
    resolutions: list[Resolution]


def create_meeting(
    db: Database, data: dict[str, Any], resolutions: Iterable[dict[str, Any]] = ()
) -> Meeting:
    """Create a meeting and, in the same transaction, its numbered resolutions."""
    m = validate(MeetingIn, data)
    res_in = [validate(ResolutionIn, r) for r in resolutions]
    with db.unit() as s:
        meeting = repo.add(s, Meeting(**m.model_dump()))
        for i, r in enumerate(res_in, start=1):
            repo.add(
                s,
                Resolution(meeting_id=meeting.id, **{**r.model_dump(), "ordinal": r.ordinal or i}),
            )
    return meeting


def update_meeting(db: Database, meeting_id: int, data: dict[str, Any]) -> Meeting:
    with db.unit() as s:
        meeting = repo.get(s, Meeting, meeting_id)
        current = meeting.model_dump(include=set(MeetingIn.model_fields))
        m = validate(MeetingIn, {**current, **data})
        for key, value in m.model_dump().items():
            setattr(meeting, key, value)
    return meeting


def delete_meeting(db: Database, meeting_id: int) -> None:
    """Move a meeting and all its items to the trash."""
    now = utcnow()
    with db.unit() as s:
        meeting = repo.get(s, Meeting, meeting_id)
        meeting.deleted_at = now
        for item in repo.items_of_meeting(s, meeting_id):
            if item.deleted_at is None:
                item.deleted_at = now


def restore_meeting(db: Database, meeting_id: int) -> None:
    """Bring a meeting back with the items that were trashed together with it."""
    with db.unit() as s:
        meeting = repo.get(s, Meeting, meeting_id)
        when = meeting.deleted_at
        meeting.deleted_at = None
        for item in repo.items_of_meeting(s, meeting_id):
            if item.deleted_at is not None and item.deleted_at == when:
                item.deleted_at = None


def list_meetings(db: Database, *, deleted: bool = False) -> list[Meeting]:
    with db.unit() as s:
        return repo.meetings(s, deleted=deleted)


def meeting_headers(db: Database) -> list[queries.MeetingHeader]:
    """Id, date and title of the live meetings, newest first: cheap for long lists."""
    with db.unit() as s:
        return queries.meeting_headers(s)


def get_meeting(db: Database, meeting_id: int) -> MeetingSummary:
    with db.unit() as s:
        return MeetingSummary(repo.get(s, Meeting, meeting_id), repo.resolutions(s, meeting_id))


def latest_meeting(db: Database) -> Meeting | None:
    with db.unit() as s:
        return repo.latest_meeting(s)


def add_resolution(db: Database, meeting_id: int, data: dict[str, Any]) -> Resolution:
    r = validate(ResolutionIn, data)
    with db.unit() as s:
        repo.get(s, Meeting, meeting_id)
        ordinal = r.ordinal or repo.next_ordinal(s, meeting_id)
        return repo.add(
            s, Resolution(meeting_id=meeting_id, **{**r.model_dump(), "ordinal": ordinal})
        )


def update_resolution(db: Database, resolution_id: int, data: dict[str, Any]) -> Resolution:
    with db.unit() as s:
        res = repo.get(s, Resolution, resolution_id)
        current = res.model_dump(include=set(ResolutionIn.model_fields))
        r = validate(ResolutionIn, {**current, **data})
        for key, value in r.model_dump().items():
            if value is not None:
                setattr(res, key, value)
    return res


def delete_resolution(db: Database, resolution_id: int) -> None:
    """Trash a resolution; its items stay, attached to the meeting."""
    with db.unit() as s:
        res = repo.get(s, Resolution, resolution_id)
        if res.deleted_at is not None:
            raise InvalidInput("not_found", what="Resolution", id=resolution_id)
        res.deleted_at = utcnow()
        for item in repo.items_of_resolution(s, resolution_id):
            item.resolution_id = None


def resolutions(db: Database, meeting_id: int) -> list[Resolution]:
    with db.unit() as s:
        return repo.resolutions(s, meeting_id)
