"""Owners: people and bodies who owe action items, reused across meetings."""

from __future__ import annotations

from typing import Any

from tracker.domain.errors import InvalidInput
from tracker.domain.text import normalize
from tracker.services.records import OwnerRecord, record, records
from tracker.services.schemas import OwnerIn, validate
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import Owner, utcnow


def create_owner(s: Unit, data: dict[str, Any]) -> OwnerRecord:
    o = validate(OwnerIn, data)
    existing = repo.owner_by_name(s, normalize(o.name))
    if existing is not None:
        raise InvalidInput("duplicate_owner", name=o.name)
    owner = repo.add(s, Owner(**o.model_dump()))
    _link(s, owner)
    return record(OwnerRecord, owner)


def _link(s: Unit, owner: Owner) -> None:
    """The owner's commune text linked to the province's commune it names (issue 15)."""
    from tracker.services import territories

    territories.relink_owner(s, owner)
    s.flush()


def find_or_create_owner(s: Unit, name: str, **extra: Any) -> OwnerRecord:
    """The owner called ``name`` (hamza, ta marbuta… ignored), created if new."""
    o = validate(OwnerIn, {"name": name, **extra})
    existing = repo.owner_by_name(s, normalize(o.name))
    if existing is not None:
        return record(OwnerRecord, existing)
    owner = repo.add(s, Owner(**o.model_dump()))
    _link(s, owner)
    return record(OwnerRecord, owner)


def update_owner(s: Unit, owner_id: int, data: dict[str, Any]) -> OwnerRecord:
    owner = repo.get(s, Owner, owner_id)
    current = owner.model_dump(include=set(OwnerIn.model_fields))
    o = validate(OwnerIn, {**current, **data})
    same = repo.owner_by_name(s, normalize(o.name))
    if same is not None and same.id != owner_id:
        raise InvalidInput("duplicate_owner", name=o.name)
    relink = o.commune != owner.commune
    for key, value in o.model_dump().items():
        setattr(owner, key, value)
    if relink:
        _link(s, owner)
    s.flush()
    return record(OwnerRecord, owner)


def delete_owner(s: Unit, owner_id: int) -> None:
    """Trash an owner who has no open items (their history stays readable)."""
    owner = repo.get(s, Owner, owner_id)
    if repo.open_items_of_owner(s, owner_id):
        raise InvalidInput("owner_in_use", name=owner.name)
    owner.deleted_at = utcnow()


def list_owners(s: Unit, *, include_inactive: bool = True) -> list[OwnerRecord]:
    return records(OwnerRecord, repo.owners(s, include_inactive=include_inactive))


def get_owner(s: Unit, owner_id: int) -> OwnerRecord:
    return record(OwnerRecord, repo.get(s, Owner, owner_id))
