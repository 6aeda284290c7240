"""Recurring action items: completing one occurrence creates the next one.

Called from ``items._record`` inside the same unit of work as the completion, so the new
item exists exactly when the completion is committed. Idempotent: the next occurrence gets a
uid derived from the completed item's uid, so completing, reopening and completing again (on
this laptop or, later, on another one) never creates a second copy.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from tracker.domain.enums import Status
from tracker.domain.recurrence import next_occurrence
from tracker.services.schemas import ItemIn, validate
from tracker.store import repo
from tracker.store.models import ActionItem

_NAMESPACE = uuid.UUID("6f1c0f8e-4b1e-4d53-9a43-7c1d2b9e5a10")


def next_uid(item_uid: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"next-occurrence:{item_uid}"))


def spawn_next(s: Any, item: ActionItem, now: datetime) -> ActionItem | None:
    """Create the next occurrence of ``item`` (just completed); None if there is none."""
    if not item.recurrence or item.due_on is None or item.deleted_at is not None:
        return None
    nxt = next_occurrence(item.recurrence, item.due_on)
    if nxt is None:
        return None
    uid = next_uid(item.uid)
    if repo.by_uid(s, ActionItem, uid) is not None:
        return None  # already created (completed before, reopened, completed again)
    data = validate(
        ItemIn,
        {
            "title": item.title,
            "details": item.details,
            "owner_id": item.owner_id,
            "meeting_id": item.meeting_id,
            "resolution_id": item.resolution_id,
            "due_on": nxt.due_on,
            "status": Status.NOT_STARTED,
            "progress": 0,
            "priority": item.priority,
            "recurrence": nxt.rule,
            "remind_days_before": item.remind_days_before,
        },
    )
    return repo.add(s, ActionItem(uid=uid, created_at=now, updated_at=now, **data.model_dump()))
