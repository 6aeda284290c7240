"""Load the seed meeting (Taounate, 17 January 2026). Idempotent: rows are keyed by uid."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any

from tracker.domain.dates import parse_relative
from tracker.domain.errors import TrackerError
from tracker.services import territories
from tracker.services.schemas import (
    ItemIn,
    MeetingIn,
    OwnerIn,
    ProgressIn,
    ResolutionIn,
    validate,
)
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import ActionItem, Meeting, Owner, ProgressUpdate, Resolution

SEED = "taounate-2026-01-17.json"
PROVINCE = "03.531"  # Taounate: the demo file's province (its territories are loaded)


@dataclass(frozen=True)
class DemoResult:
    meeting_id: int
    added: int  # rows added by this call (0 the second time)


def load_seed() -> dict[str, Any]:
    try:
        folder = resources.files("tracker.seeds")
        data = json.loads(folder.joinpath(SEED).read_text(encoding="utf-8"))
        source = data["meeting"].get("source_file")
        if source:
            data["meeting"]["source_text"] = folder.joinpath(source).read_text(encoding="utf-8")
        return data
    except (OSError, ValueError, KeyError) as exc:
        raise TrackerError("seed_damaged", detail=exc) from exc


def load_demo(s: Unit) -> DemoResult:
    """Add whatever part of the demo meeting is missing, in one transaction."""
    data = load_seed()
    added = 0

    def ensure(model: type, uid: str, build: Any) -> Any:
        nonlocal added
        row = repo.by_uid(s, model, uid)
        if row is None:
            row = repo.add(s, build())
            added += 1
        return row

    m = data["meeting"]
    meeting_in = validate(MeetingIn, {k: v for k, v in m.items() if k in MeetingIn.model_fields})
    meeting = ensure(Meeting, m["uid"], lambda: Meeting(uid=m["uid"], **meeting_in.model_dump()))
    held_on: date = meeting.held_on

    owners: dict[str, Owner] = {}
    for o in data["owners"]:
        o_in = validate(OwnerIn, {k: v for k, v in o.items() if k in OwnerIn.model_fields})
        owners[o["key"]] = ensure(
            Owner, o["uid"], lambda o=o, o_in=o_in: Owner(uid=o["uid"], **o_in.model_dump())
        )

    res: dict[str, Resolution] = {}
    for r in data["resolutions"]:
        r_in = validate(
            ResolutionIn, {k: v for k, v in r.items() if k in ResolutionIn.model_fields}
        )
        res[r["key"]] = ensure(
            Resolution,
            r["uid"],
            lambda r=r, r_in=r_in: Resolution(
                uid=r["uid"], meeting_id=meeting.id, **r_in.model_dump()
            ),
        )

    for it in data["items"]:
        due = it.get("due")
        due_on = (
            date.fromisoformat(due)
            if due and due[:1].isdigit() and "-" in due
            else parse_relative(due).from_date(held_on)
            if due
            else None
        )
        updates = it.get("updates", [])
        last = updates[-1] if updates else {}
        fields = {
            "title": it["title"],
            "owner_id": owners[it["owner"]].id,
            "meeting_id": meeting.id,
            "resolution_id": res[it["resolution"]].id if it.get("resolution") else None,
            "due_on": due_on,
            "status": last.get("status", "not_started"),
            "progress": last.get("progress", 0),
            "priority": it.get("priority", 2),
            "recurrence": it.get("recurrence", ""),
            "remind_days_before": it.get("remind_days_before"),
        }
        item_in = validate(ItemIn, fields)
        created = datetime.combine(held_on, datetime.min.time()).replace(hour=20)

        def build(it=it, item_in=item_in, created=created, last=last) -> ActionItem:
            item = ActionItem(
                uid=it["uid"], created_at=created, updated_at=created, **item_in.model_dump()
            )
            if last:
                item.last_update_at = datetime.fromisoformat(last["at"])
                if item.status.value == "done":
                    item.completed_on = item.last_update_at.date()
            return item

        item = ensure(ActionItem, it["uid"], build)
        for u in updates:
            p_in = validate(ProgressIn, {**u, "recorded_at": u["at"]})
            ensure(
                ProgressUpdate,
                u["uid"],
                lambda u=u, p_in=p_in, item=item: ProgressUpdate(
                    uid=u["uid"], action_item_id=item.id, **p_in.model_dump()
                ),
            )
    if territories.province_code(s) is None:
        added += territories.set_province(s, PROVINCE).added
    return DemoResult(meeting_id=meeting.id, added=added)
