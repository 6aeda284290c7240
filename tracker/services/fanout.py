"""Fan-out: one directive, one action item per commune, rolled up on the parent.

``fanout(item, to=…)`` gives each chosen commune of the file's province a child item owned
by its local secretariat (created if missing) with the parent's title, meeting, resolution,
due date, priority and reminder lead. It is idempotent: fanning out again adds only the
communes that are missing; an item that already exists for a commune under the same
resolution (owned by its local secretariat) is adopted as its child, never duplicated; a
commune's child that was trashed comes back. With ``replace=True`` the chosen communes are
the whole fan-out: the children of the others go to the trash (restorable, as any item).

The parent's status, progress and children counts follow its children
(``tracker.store.rollup``, rules in ``tracker.domain.rollup``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.errors import InvalidInput
from tracker.domain.text import normalize
from tracker.services import territories
from tracker.services.territories import TerritoryRecord
from tracker.store import repo, rollup
from tracker.store import territories as tstore
from tracker.store.db import Unit
from tracker.store.models import ActionItem, Owner, utcnow


@dataclass(frozen=True)
class FanoutResult:
    parent_id: int
    title: str
    total: int  # children after this call
    created: int
    adopted: int  # existing items taken as children (and trashed children brought back)
    removed: int  # children moved to the trash (replace=True only)
    secretariats: int  # local secretariats created on the way


@dataclass(frozen=True)
class Child:
    """One child of a roll-up item, with the commune it is for."""

    item_id: int
    uid: str
    territory_id: int | None
    commune_ar: str
    commune_fr: str
    status: str
    progress: int


def parse_target(to: str) -> tuple[str, str]:
    """``("all"|"urban"|"rural", "")``, ``("cercle", NAME)`` or ``("communes", "A,B")``."""
    text = (to or "all").strip()
    head, sep, rest = text.partition(":")
    key = head.strip().lower()
    if not sep and key in ("all", "urban", "rural"):
        return key, ""
    if sep and key in ("cercle", "communes") and rest.strip():
        return key, rest.strip()
    raise InvalidInput("fanout_bad_target", value=to)


def choose(s: Unit, to: str = "all", communes: list[str] | None = None) -> list[TerritoryRecord]:
    """The communes a target names (in the grid's order)."""
    rows = territories.communes(s)
    if not rows:
        raise InvalidInput("province_not_set")
    if communes is not None:
        return territories.find_communes(s, list(communes))
    kind, arg = parse_target(to)
    if kind == "all":
        return rows
    if kind == "urban":
        return [t for t in rows if t.urban]
    if kind == "rural":
        return [t for t in rows if not t.urban]
    if kind == "communes":
        return territories.find_communes(s, [n for n in arg.split(",") if n.strip()])
    cercles = territories.cercles(s)
    key = normalize(arg)
    found = [c for c in cercles if key in {normalize(c.name_ar), normalize(c.name_fr)}]
    if len(found) != 1:
        names = ", ".join(f"{c.name_ar} ({c.name_fr})" for c in cercles)
        raise InvalidInput("cercle_unknown", value=arg, candidates=names)
    return [t for t in rows if t.cercle_id == found[0].id]


def fanout(
    s: Unit,
    item_id: int,
    to: str = "all",
    communes: list[str] | None = None,
    *,
    commune_ids: list[int] | None = None,
    replace: bool = False,
    today: date | None = None,
) -> FanoutResult:
    parent = repo.get(s, ActionItem, item_id)
    if parent.deleted_at is not None:
        raise InvalidInput("fanout_in_trash", title=parent.title)
    if parent.parent_id is not None:
        raise InvalidInput("fanout_of_child", title=parent.title)
    if commune_ids is not None:
        every = territories.communes(s)
        if not every:
            raise InvalidInput("province_not_set")
        wanted_ids = set(commune_ids)
        chosen = [t for t in every if t.id in wanted_ids]
    else:
        chosen = choose(s, to, communes)
    owners, made, _ = territories.secretariats(s, chosen)
    by_owner_commune = {o.id: tid for tid, o in owners.items()}

    live = tstore.children(s, item_id)
    trashed = tstore.children(s, item_id, deleted=True)
    owner_territory = _owner_territories(s, [c.owner_id for c in live + trashed])
    have: dict[int, ActionItem] = {}
    for c in live:
        tid = owner_territory.get(c.owner_id)
        if tid is not None and tid not in have:
            have[tid] = c
    gone: dict[int, ActionItem] = {}
    for c in trashed:
        tid = owner_territory.get(c.owner_id)
        if tid is not None and tid not in gone:
            gone[tid] = c
    # Items already made for a commune under the same resolution (by hand, before any
    # fan-out), owned by its local secretariat: adopted, never duplicated.
    candidates = [
        i
        for i in _same_directive(s, parent, list(by_owner_commune))
        if i.id != parent.id and i.parent_id is None and i.rollup_total is None
    ]
    existing: dict[int, ActionItem] = {}
    for i in candidates:
        existing.setdefault(by_owner_commune[i.owner_id], i)

    created = adopted = removed = 0
    for t in chosen:
        if t.id in have:
            continue
        if t.id in gone:
            gone[t.id].deleted_at = None
            adopted += 1
        elif t.id in existing:
            existing[t.id].parent_id = parent.id
            adopted += 1
        else:
            repo.add(s, _child(parent, owners[t.id].id))
            created += 1
    if replace:
        keep = {t.id for t in chosen}
        now = utcnow()
        for tid, child in have.items():
            if tid not in keep:
                child.deleted_at = now
                removed += 1
    if parent.rollup_total is None:
        parent.rollup_total, parent.rollup_done = 0, 0
    s.flush()
    rollup.refresh(s, [parent.id], today or date.today())
    s.flush()
    total = len(tstore.children(s, item_id))
    return FanoutResult(parent.id, parent.title, total, created, adopted, removed, made)


def _owner_territories(s: Unit, owner_ids: list[int]) -> dict[int, int | None]:
    out: dict[int, int | None] = {}
    for oid in set(owner_ids):
        out[oid] = repo.get(s, Owner, oid).territory_id
    return out


def _same_directive(s: Unit, parent: ActionItem, owner_ids: list[int]) -> list[ActionItem]:
    if parent.resolution_id is None:
        rows = repo.items_of_meeting(s, parent.meeting_id)
        return [
            i
            for i in rows
            if i.resolution_id is None and i.deleted_at is None and i.owner_id in owner_ids
        ]
    return tstore.items_of_resolution_owners(s, parent.resolution_id, owner_ids)


def _child(parent: ActionItem, owner_id: int) -> ActionItem:
    now = utcnow()
    return ActionItem(
        meeting_id=parent.meeting_id,
        resolution_id=parent.resolution_id,
        parent_id=parent.id,
        title=parent.title,
        owner_id=owner_id,
        due_on=parent.due_on,
        priority=parent.priority,
        remind_days_before=parent.remind_days_before,
        created_at=now,
        updated_at=now,
    )


def children(s: Unit, item_id: int) -> list[Child]:
    """The live children of a roll-up item, with their communes (grid order)."""
    rows = tstore.children(s, item_id)
    owner_territory = _owner_territories(s, [c.owner_id for c in rows])
    names = {t.id: t for t in territories.communes(s)}
    order = {tid: n for n, tid in enumerate(names)}
    out = []
    for c in rows:
        tid = owner_territory.get(c.owner_id)
        t = names.get(tid) if tid is not None else None
        out.append(
            Child(
                c.id,
                c.uid,
                tid,
                t.name_ar if t else "",
                t.name_fr if t else "",
                c.status.value,
                c.progress,
            )
        )
    return sorted(out, key=lambda c: order.get(c.territory_id, len(order)))  # type: ignore[arg-type]


def refresh_rollups(s: Unit, today: date) -> int:
    """Compute every roll-up again against ``today`` (the 30-day stall rule moves with it)."""
    return rollup.refresh(s, rollup.all_parents(s), today)


def item_id_of(s: Unit, uid: str) -> int:
    item = repo.by_uid(s, ActionItem, uid.strip())
    if item is None:
        raise InvalidInput("item_uid_unknown", uid=uid)
    return int(item.id)  # type: ignore[arg-type]
