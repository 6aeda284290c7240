"""Alembic migrations run at open, with a verified backup before upgrading an existing file."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine

from tracker.domain.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


@functools.cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision, oldest first."""
    return [rev.revision for rev in reversed(list(_script().walk_revisions()))]


def upgrade(engine: Engine, path: Path, *, backup_first: bool, revision: str = "head") -> None:
    """Bring the schema of ``engine``'s file to ``revision``.

    Before changing an existing file's schema a verified backup is written beside it, so an
    upgrade can never be the end of the record.
    """
    if backup_first:
        from tracker.store.backup import write_backup

        write_backup(path, reason="pre-upgrade")
    command.upgrade(alembic_config(engine), revision)
    with engine.connect() as conn:
        problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if problems:
            raise DatabaseError("upgrade_failed", detail=f"foreign_key_check: {problems[:3]}")


def create_at_revision(path: Path, revision: str) -> None:
    """Make a new database at a past ``revision`` (for upgrade tests)."""
    from tracker.store.db import make_engine

    engine = make_engine(path)
    try:
        command.upgrade(alembic_config(engine), revision)
    finally:
        engine.dispose()
