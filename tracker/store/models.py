"""SQLModel tables. Every row has an integer key and a stable random ``uid``.

Table models skip validation: build rows only from the validated shapes in
``tracker.services.schemas``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy import Text as SAText
from sqlmodel import Field, SQLModel

from tracker.domain.enums import OwnerKind, Priority, Status
from tracker.domain.text import search_blob

# Stable constraint names so that Alembic batch migrations can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)


class _ValueEnum(TypeDecorator):
    """Store an enum by its value ("done", 1), readable by raw SQL and sortable."""

    cache_ok = True

    def __init__(self, enum_cls: type, *args: object, **kw: object) -> None:
        self.enum_cls = enum_cls
        super().__init__(*args, **kw)

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        return None if value is None else self.enum_cls(value).value

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        return None if value is None else self.enum_cls(value)


class StrEnumType(_ValueEnum):
    impl = String(20)
    cache_ok = True


class IntEnumType(_ValueEnum):
    impl = Integer
    cache_ok = True


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uid() -> str:
    return str(uuid.uuid4())


def _timestamp(**kw: object):  # type: ignore[no-untyped-def]
    """A naive-UTC timestamp column (the same on every SQLModel version)."""
    return Field(sa_type=DateTime(), **kw)


class _Row(SQLModel):
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True, max_length=36)
    created_at: datetime = _timestamp(default_factory=utcnow)
    updated_at: datetime = _timestamp(default_factory=utcnow)


class Meeting(_Row, table=True):
    title: str
    held_on: date = Field(index=True)
    location: str = ""
    kind: str = ""
    chaired_by: str = ""
    attendees: str = ""
    notes: str = ""
    source_text: str = Field(default="", sa_column=Column(SAText, nullable=False, default=""))
    deleted_at: datetime | None = _timestamp(default=None, index=True)
    search_text: str = ""

    def refresh_search(self) -> None:
        self.search_text = search_blob(self.title, self.location, self.kind, self.chaired_by)


class Territory(_Row, table=True):
    """A place of the national register (HCP code) loaded into this file: the province,
    its cercles and its communes. Names are the register's; users' spellings are aliases."""

    code: str = Field(unique=True, max_length=20)
    kind: str = Field(max_length=10, index=True)  # region, province, cercle, commune
    parent_id: int | None = Field(default=None, foreign_key="territory.id", index=True)
    name_ar: str
    name_fr: str
    urban: bool | None = None  # communes: municipality or rural commune
    aliases: str = ""  # users' own spellings, one per line ("Ghafsai" for "Rhafsai")
    search_text: str = ""

    def refresh_search(self) -> None:
        self.search_text = search_blob(self.name_ar, self.name_fr, self.aliases)


class Owner(_Row, table=True):
    name: str = Field(index=True)
    kind: OwnerKind = Field(
        default=OwnerKind.OTHER,
        sa_type=StrEnumType(OwnerKind),
        sa_column_kwargs={"nullable": False},
    )
    commune: str = ""  # the commune as typed, kept when it matches no territory
    territory_id: int | None = Field(default=None, foreign_key="territory.id", index=True)
    phone: str = ""
    email: str = ""
    notes: str = ""
    active: bool = True
    deleted_at: datetime | None = _timestamp(default=None, index=True)
    search_text: str = ""

    def refresh_search(self) -> None:
        self.search_text = search_blob(self.name, self.commune)


class Resolution(_Row, table=True):
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    ordinal: int = 1
    text: str
    theme: str = ""
    deleted_at: datetime | None = _timestamp(default=None, index=True)
    search_text: str = ""

    def refresh_search(self) -> None:
        self.search_text = search_blob(self.text, self.theme)


class ActionItem(_Row, table=True):
    __tablename__ = "action_item"
    __table_args__ = (
        Index("ix_action_item_open_due", "deleted_at", "status", "due_on"),
        Index("ix_action_item_owner_due", "owner_id", "due_on"),
        Index("ix_action_item_meeting_due", "meeting_id", "due_on"),
        # Performance (migration 0002): live items in due order, nulls last, for the first
        # page of the table without a sort; covering indexes for the dashboard's completion.
        Index(
            "ix_action_item_live_due",
            text("(due_on IS NULL)"),
            "due_on",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_action_item_live_due_desc",
            text("(due_on IS NULL)"),
            text("due_on DESC"),
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_action_item_meeting_stats",
            "meeting_id",
            "deleted_at",
            "status",
            "due_on",
            "progress",
        ),
        Index(
            "ix_action_item_owner_stats", "owner_id", "deleted_at", "status", "due_on", "progress"
        ),
        # Fan-out (migration 0003): the children of a roll-up item, read by their parent.
        Index("ix_action_item_parent", "parent_id", "deleted_at", "status"),
    )

    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    resolution_id: int | None = Field(default=None, foreign_key="resolution.id", index=True)
    # A fanned-out directive's roll-up item; its status and progress come from its children.
    parent_id: int | None = Field(default=None, foreign_key="action_item.id")
    title: str
    details: str = ""
    owner_id: int = Field(foreign_key="owner.id", index=True)
    due_on: date | None = Field(default=None, index=True)
    status: Status = Field(
        default=Status.NOT_STARTED, sa_type=StrEnumType(Status), nullable=False, index=True
    )
    progress: int = 0
    priority: Priority = Field(
        default=Priority.NORMAL, sa_type=IntEnumType(Priority), nullable=False
    )
    recurrence: str = ""
    remind_days_before: int | None = None
    completed_on: date | None = None
    last_update_at: datetime | None = _timestamp(default=None, index=True)
    deleted_at: datetime | None = _timestamp(default=None, index=True)
    # A roll-up item: how many live, not cancelled children it has and how many are done
    # (None on every other item); kept by ``store.rollup`` whenever a child changes.
    rollup_total: int | None = None
    rollup_done: int | None = None
    search_text: str = ""

    def refresh_search(self) -> None:
        self.search_text = search_blob(self.title, self.details)


class ProgressUpdate(_Row, table=True):
    __tablename__ = "progress_update"

    action_item_id: int = Field(foreign_key="action_item.id", index=True)
    recorded_at: datetime = _timestamp(default_factory=utcnow, index=True)
    status: Status = Field(sa_type=StrEnumType(Status), nullable=False)
    progress: int
    note: str = ""
    reported_by: str = ""
    # The meeting where the item was reviewed (review mode, migration 0010); None otherwise.
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)


class DueChange(_Row, table=True):
    """A due date moved (or set, or cleared): append-only, recorded by the core whenever an
    item's due date changes (migration 0010); what "slipped" is derived from."""

    __tablename__ = "due_change"

    action_item_id: int = Field(foreign_key="action_item.id", index=True)
    recorded_at: datetime = _timestamp(default_factory=utcnow, index=True)
    old_due_on: date | None = None
    new_due_on: date | None = None
    reported_by: str = ""
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)


class ReminderState(_Row, table=True):
    """What the user did with one reminder of one item occurrence."""

    __tablename__ = "reminder_state"
    __table_args__ = (UniqueConstraint("action_item_id", "due_on", "kind", "fires_on"),)

    action_item_id: int = Field(foreign_key="action_item.id", index=True)
    due_on: date
    kind: str  # "before", "due", "overdue"
    fires_on: date
    notified_at: datetime | None = _timestamp(default=None)
    snoozed_until: date | None = None
    dismissed_at: datetime | None = _timestamp(default=None)


class Setting(_Row, table=True):
    """Settings that belong to the secretariat's file (report header, reminder defaults)."""

    key: str = Field(unique=True)
    value: str = ""


SEARCHABLE = (Meeting, Owner, Resolution, ActionItem, Territory)
