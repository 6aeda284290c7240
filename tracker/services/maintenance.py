"""Integrity checks and backups on demand."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tracker.domain.errors import DatabaseError, TrackerError
from tracker.store import backup, lock, outfile
from tracker.store.db import FileState, inspect_file
from tracker.store.integrity import foreign_objects, full_check


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    revision: str | None
    upgrade_pending: bool
    foreign: list[str] = field(default_factory=list)  # objects the app did not create

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: Path) -> CheckReport:
    """Full ``integrity_check`` and ``foreign_key_check`` on ``path``, read-only; triggers,
    views and tables the app did not create are listed in ``foreign`` (a warning)."""
    found = inspect_file(path, must_exist=True)  # raises on missing/not SQLite/damaged/too new
    if found.state is FileState.NEW:
        raise DatabaseError("db_not_tracker", path=path)
    problems = full_check(path)
    return CheckReport(
        problems,
        found.revision,
        upgrade_pending=found.state is FileState.OLD,
        foreign=foreign_objects(path, found.revision or "head"),
    )


def backup_to(path: Path, out: Path | None = None) -> Path:
    """A verified copy of ``path``: to ``out``, or into the backups folder beside it.

    ``out`` may not be the database, one of its files or its backups folder, nor a tracker
    file that a copy of the app has open (``out_in_use``), nor in a folder that does not
    exist; nothing is read before those checks pass.
    """
    if out is not None:
        out = outfile.check_output(out, protect=path, database=True)
        if lock.in_use(out):
            raise TrackerError("out_in_use", path=out)
    inspect_file(path, must_exist=True)
    if out is not None:
        return backup.copy_database(path, out, make_folder=False)
    return backup.write_backup(path, reason="manual")
