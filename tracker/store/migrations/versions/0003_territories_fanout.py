"""territories and fan-out

Adds (no table is rebuilt, no row is changed or dropped):
- the ``territory`` table: the file's province, its cercles and communes from the national
  register (HCP code unique, kind, parent, Arabic and French names, urban or rural, the
  users' aliases);
- ``owner.territory_id``: the commune of a local secretariat, as a link (the free-text
  ``commune`` column stays, with every value it had; the core links the owners whose text
  matches a commune when a province is chosen);
- ``action_item.parent_id``: a fanned-out directive's roll-up item, with
  ``rollup_total``/``rollup_done`` (its children counted) and the index its children are
  read by.

Columns are added with plain ``ALTER TABLE … ADD COLUMN … REFERENCES`` (nullable, no
default): SQLite adds them without copying the table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 17:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "territory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name_ar", sa.String(), nullable=False),
        sa.Column("name_fr", sa.String(), nullable=False),
        sa.Column("urban", sa.Boolean(), nullable=True),
        sa.Column("aliases", sa.String(), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["territory.id"], name=op.f("fk_territory_parent_id_territory")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territory")),
        sa.UniqueConstraint("code", name=op.f("uq_territory_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_territory_uid")),
    )
    op.create_index(op.f("ix_territory_kind"), "territory", ["kind"])
    op.create_index(op.f("ix_territory_parent_id"), "territory", ["parent_id"])

    op.add_column(
        "owner",
        sa.Column(
            "territory_id",
            sa.Integer(),
            sa.ForeignKey("territory.id", name=op.f("fk_owner_territory_id_territory")),
            nullable=True,
        ),
        inline_references=True,
    )
    op.create_index(op.f("ix_owner_territory_id"), "owner", ["territory_id"])

    op.add_column(
        "action_item",
        sa.Column(
            "parent_id",
            sa.Integer(),
            sa.ForeignKey("action_item.id", name=op.f("fk_action_item_parent_id_action_item")),
            nullable=True,
        ),
        inline_references=True,
    )
    op.add_column("action_item", sa.Column("rollup_total", sa.Integer(), nullable=True))
    op.add_column("action_item", sa.Column("rollup_done", sa.Integer(), nullable=True))
    op.create_index("ix_action_item_parent", "action_item", ["parent_id", "deleted_at", "status"])


def downgrade() -> None:
    # Downgrades are not supported: they could drop the secretariat's data.
    raise NotImplementedError("downgrade is not supported")
