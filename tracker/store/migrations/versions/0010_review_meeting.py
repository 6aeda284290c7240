"""the meeting an update was reviewed at; due-date changes kept

Adds, without touching any existing value:
- progress_update.meeting_id: the meeting where the update was recorded in review mode
  (nullable, a foreign key to meeting, indexed); existing updates get NULL;
- due_change: one row each time an item's due date is moved, set or cleared (old and new
  date, when, who, the meeting if it was moved during a review): the "slipped" items of the
  changes report are read from it. Nothing was recorded before this revision.

Self-contained (meeting, action_item and progress_update exist since 0001): the lead may
re-chain ``down_revision`` after other migrations without changing anything else.

Revision ID: 0010
Revises: 0003
Create Date: 2026-12-01 18:00:00
"""

import warnings
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Batch mode: SQLite cannot add a foreign key to an existing table; the table is copied
    # with every row and column as it was, plus the new, empty column. Reflecting it also
    # reflects action_item, whose expression indexes (0002) SQLAlchemy says it skips: they
    # are not touched (only progress_update is rebuilt).
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Skipped unsupported reflection")
        with op.batch_alter_table("progress_update", schema=None) as batch_op:
            batch_op.add_column(sa.Column("meeting_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                batch_op.f("fk_progress_update_meeting_id_meeting"),
                "meeting",
                ["meeting_id"],
                ["id"],
            )
            batch_op.create_index(
                batch_op.f("ix_progress_update_meeting_id"), ["meeting_id"], unique=False
            )

    op.create_table(
        "due_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("action_item_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("old_due_on", sa.Date(), nullable=True),
        sa.Column("new_due_on", sa.Date(), nullable=True),
        sa.Column("reported_by", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_item_id"],
            ["action_item.id"],
            name=op.f("fk_due_change_action_item_id_action_item"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_due_change_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_due_change")),
        sa.UniqueConstraint("uid", name=op.f("uq_due_change_uid")),
    )
    with op.batch_alter_table("due_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_due_change_action_item_id"), ["action_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_due_change_recorded_at"), ["recorded_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_due_change_meeting_id"), ["meeting_id"], unique=False)


def downgrade() -> None:
    # Downgrades are not supported: they could drop the secretariat's data.
    raise NotImplementedError("downgrade is not supported")
