"""performance indexes for 100,000 action items

Adds indexes only (no table is rebuilt, no row is touched):
- ix_action_item_live_due / _desc: live items in due-date order, nulls last, so the first
  page of the item table is read in order and stops after a page instead of sorting;
- ix_action_item_meeting_stats / owner_stats: cover the dashboard's completion per meeting
  and per owner, read in group order without touching the table;
- ix_action_item_search: covers every filtered column and the search text, so a search
  reads the index and only the matching rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 05:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    # Plain CREATE INDEX (no batch mode): SQLite adds an index without copying the table.
    op.create_index(
        "ix_action_item_live_due",
        "action_item",
        [sa.text("(due_on IS NULL)"), "due_on"],
        sqlite_where=LIVE,
        if_not_exists=True,
    )
    op.create_index(
        "ix_action_item_live_due_desc",
        "action_item",
        [sa.text("(due_on IS NULL)"), sa.text("due_on DESC")],
        sqlite_where=LIVE,
        if_not_exists=True,
    )
    op.create_index(
        "ix_action_item_meeting_stats",
        "action_item",
        ["meeting_id", "deleted_at", "status", "due_on", "progress"],
        if_not_exists=True,
    )
    op.create_index(
        "ix_action_item_owner_stats",
        "action_item",
        ["owner_id", "deleted_at", "status", "due_on", "progress"],
        if_not_exists=True,
    )
    op.create_index(
        "ix_action_item_search",
        "action_item",
        [
            "deleted_at",
            "status",
            "due_on",
            "owner_id",
            "meeting_id",
            "resolution_id",
            "search_text",
        ],
        if_not_exists=True,
    )


def downgrade() -> None:
    # Downgrades are not supported: they could drop the secretariat's data.
    raise NotImplementedError("downgrade is not supported")
