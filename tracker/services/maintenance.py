"""Integrity checks and backups on demand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.domain.errors import DatabaseError
from tracker.store import backup
from tracker.store.db import FileState, inspect_file
from tracker.store.integrity import full_check


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    revision: str | None
    upgrade_pending: bool

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: Path) -> CheckReport:
    """Full ``integrity_check`` and ``foreign_key_check`` on ``path``, read-only."""
    found = inspect_file(path, must_exist=True)  # raises on missing/not SQLite/damaged/too new
    if found.state is FileState.NEW:
        raise DatabaseError("db_not_tracker", path=path)
    problems = full_check(path)
    return CheckReport(problems, found.revision, upgrade_pending=found.state is FileState.OLD)


def backup_to(path: Path, out: Path | None = None) -> Path:
    """A verified copy of ``path``: to ``out``, or into the backups folder beside it."""
    inspect_file(path, must_exist=True)
    if out is not None:
        return backup.copy_database(path, out)
    return backup.write_backup(path, reason="manual")
