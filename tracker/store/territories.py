"""Reads and writes of the file's territories (its province, cercles and communes)."""

from __future__ import annotations

from sqlmodel import Session, select

from tracker.store.models import ActionItem, Owner, Territory


def all_territories(session: Session) -> list[Territory]:
    return list(session.exec(select(Territory).order_by(Territory.code)))


def by_code(session: Session, codes: list[str]) -> dict[str, Territory]:
    if not codes:
        return {}
    rows = session.exec(select(Territory).where(Territory.code.in_(codes)))  # type: ignore[attr-defined]
    return {t.code: t for t in rows}


def owners_with_commune_text(session: Session) -> list[Owner]:
    stmt = select(Owner).where(
        Owner.deleted_at.is_(None),  # type: ignore[union-attr]
        Owner.territory_id.is_(None),  # type: ignore[union-attr]
        Owner.commune != "",
    )
    return list(session.exec(stmt.order_by(Owner.id)))


def owners_of_territories(session: Session, ids: list[int]) -> list[Owner]:
    if not ids:
        return []
    stmt = select(Owner).where(
        Owner.territory_id.in_(ids),  # type: ignore[union-attr]
        Owner.deleted_at.is_(None),  # type: ignore[union-attr]
    )
    return list(session.exec(stmt.order_by(Owner.id)))


def items_of_resolution_owners(
    session: Session, resolution_id: int, owner_ids: list[int]
) -> list[ActionItem]:
    """Live items of the resolution owned by any of ``owner_ids``, oldest first."""
    if not owner_ids:
        return []
    stmt = select(ActionItem).where(
        ActionItem.resolution_id == resolution_id,
        ActionItem.owner_id.in_(owner_ids),  # type: ignore[attr-defined]
        ActionItem.deleted_at.is_(None),  # type: ignore[union-attr]
    )
    return list(session.exec(stmt.order_by(ActionItem.id)))


def children(session: Session, parent_id: int, *, deleted: bool | None = False) -> list[ActionItem]:
    """The children of ``parent_id``: live (default), trashed (True) or all (None)."""
    stmt = select(ActionItem).where(ActionItem.parent_id == parent_id)
    if deleted is True:
        stmt = stmt.where(ActionItem.deleted_at.is_not(None))  # type: ignore[union-attr]
    elif deleted is False:
        stmt = stmt.where(ActionItem.deleted_at.is_(None))  # type: ignore[union-attr]
    return list(session.exec(stmt.order_by(ActionItem.id)))


def children_of(session: Session, parent_ids: list[int]) -> list[tuple]:  # type: ignore[type-arg]
    """``(parent_id, child id, uid, owner's territory id, status, progress, due_on)`` of the
    live children of ``parent_ids`` (one statement over ``ix_action_item_parent``)."""
    if not parent_ids:
        return []
    stmt = (
        select(
            ActionItem.parent_id,
            ActionItem.id,
            ActionItem.uid,
            Owner.territory_id,
            ActionItem.status,
            ActionItem.progress,
            ActionItem.due_on,
        )
        .join(Owner, Owner.id == ActionItem.owner_id)  # type: ignore[arg-type]
        .where(
            ActionItem.parent_id.in_(parent_ids),  # type: ignore[union-attr]
            ActionItem.deleted_at.is_(None),  # type: ignore[union-attr]
        )
        .order_by(ActionItem.id)
    )
    return [tuple(r) for r in session.exec(stmt)]


def rollups_of_meeting(session: Session, meeting_id: int) -> list[ActionItem]:
    """The live fanned-out items of a meeting (roll-ups), by resolution then id."""
    stmt = select(ActionItem).where(
        ActionItem.meeting_id == meeting_id,
        ActionItem.rollup_total.is_not(None),  # type: ignore[union-attr]
        ActionItem.deleted_at.is_(None),  # type: ignore[union-attr]
    )
    return list(session.exec(stmt.order_by(ActionItem.resolution_id, ActionItem.id)))
