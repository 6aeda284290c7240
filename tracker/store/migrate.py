"""Alembic migrations run at open, with a verified backup before upgrading an existing file."""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.domain.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


@functools.cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@functools.cache
def _chain() -> tuple[str, ...] | None:
    """The revisions, oldest first, read from the migration files without Alembic.

    Opening a file that is already current then never imports Alembic (a sizeable part of
    the start-up). ``None`` when the history is not one plain chain (a merge, a branch, a
    file this reader does not understand): then Alembic itself is asked.
    """
    links: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):
            return None
        for node in tree.body:
            target = value = None
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                target, value = node.target.id, node.value
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
            ):
                target, value = node.targets[0].id, node.value
            if target in ("revision", "down_revision") and value is not None:
                try:
                    values[target] = ast.literal_eval(value)
                except ValueError:
                    return None
        rev, down = values.get("revision"), values.get("down_revision")
        if not isinstance(rev, str) or not (down is None or isinstance(down, str)):
            return None
        if rev in links:
            return None
        links[rev] = down
    children: dict[str | None, str] = {}
    for rev, down in links.items():
        if down in children:
            return None  # two revisions on one parent: a branch
        children[down] = rev
    chain: list[str] = []
    cursor: str | None = None
    while cursor in children:
        cursor = children[cursor]
        chain.append(cursor)
    return tuple(chain) if chain and len(chain) == len(links) else None


def head_revision() -> str:
    chain = _chain()
    if chain is not None:
        return chain[-1]
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision, oldest first."""
    chain = _chain()
    if chain is not None:
        return list(chain)
    return [rev.revision for rev in reversed(list(_script().walk_revisions()))]


def upgrade(engine: Engine, path: Path, *, backup_first: bool, revision: str = "head") -> None:
    """Bring the schema of ``engine``'s file to ``revision``.

    Before changing an existing file's schema a verified backup is written beside it, so an
    upgrade can never be the end of the record.
    """
    from alembic import command
    from sqlalchemy import text

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
    from alembic import command

    from tracker.store.db import make_engine

    engine = make_engine(path)
    try:
        command.upgrade(alembic_config(engine), revision)
    finally:
        engine.dispose()


def __getattr__(name: str) -> object:
    """``migrate.command`` (Alembic's), imported on first use rather than at start-up."""
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
