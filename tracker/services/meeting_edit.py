"""Saving a meeting together with its edited list of resolutions, in one transaction.

The meeting dialog lets the user add, edit, remove and reorder resolutions; all of it is
validated first and then written at once, so a bad row saves nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tracker.domain.errors import InvalidInput, TrackerError, ValidationFailed
from tracker.services.records import MeetingRecord, record
from tracker.services.schemas import MeetingIn, ResolutionIn, validate
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import Meeting, Resolution, utcnow


def save_meeting(
    s: Unit,
    meeting_id: int | None,
    data: dict[str, Any],
    resolutions: Sequence[dict[str, Any]],
) -> MeetingRecord:
    """Create (``meeting_id`` None) or update a meeting and make its resolutions match
    ``resolutions`` (in order; each may carry the ``id`` of an existing resolution).

    Resolutions left out are moved to the trash (their items stay, on the meeting).
    Errors name the field (``resolution.3`` for the third resolution's text).
    """
    errors: dict[str, TrackerError] = {}
    m: MeetingIn | None = None
    try:
        m = validate(MeetingIn, data)
    except ValidationFailed as exc:
        errors.update(exc.errors)
    rows: list[tuple[int | None, ResolutionIn]] = []
    for n, r in enumerate(resolutions, start=1):
        try:
            r_in = validate(
                ResolutionIn, {"text": r.get("text", ""), "theme": r.get("theme", ""), "ordinal": n}
            )
            rows.append((r.get("id"), r_in))
        except ValidationFailed as exc:
            first = next(iter(exc.errors.values()))
            if first.code == "too_long":
                errors[f"resolution.{n}"] = InvalidInput("resolution_too_long", n=n)
            else:
                errors[f"resolution.{n}"] = InvalidInput("resolution_required", n=n)
    if errors or m is None:
        raise ValidationFailed(errors)
    now = utcnow()
    if meeting_id is None:
        meeting = repo.add(s, Meeting(**m.model_dump()))
    else:
        meeting = repo.get(s, Meeting, meeting_id)
        for key, value in m.model_dump().items():
            setattr(meeting, key, value)
    existing = {r.id: r for r in repo.resolutions(s, meeting.id)}
    kept: set[int] = set()
    for res_id, r_in in rows:
        if res_id is not None and res_id in existing:
            res = existing[res_id]
            res.text, res.theme, res.ordinal = r_in.text, r_in.theme, r_in.ordinal or 1
            kept.add(res_id)
        else:
            repo.add(s, Resolution(meeting_id=meeting.id, **r_in.model_dump()))
    for res_id, res in existing.items():
        if res_id not in kept:
            res.deleted_at = now
            for item in repo.items_of_resolution(s, res_id):
                item.resolution_id = None
    s.flush()
    return record(MeetingRecord, meeting)
