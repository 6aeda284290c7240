"""The database, its -wal/-shm, the lock file and the backups: readable by their owner only."""

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.services import backups
from tracker.services.core import Tracker

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: new files would be world-readable
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_and_its_backups_are_owner_only(
    tmp_path: Path, permissive_umask: None
) -> None:
    db_path = tmp_path / "tracker.sqlite"
    db = Tracker.open(db_path, lock=True)
    assert db.lock is not None
    db.meetings.create({"title": "اجتماع", "held_on": date(2026, 1, 17)})
    wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
    assert wal.exists() and shm.exists()
    written = backups.take_backup(db_path, "manual")
    db.meetings.create({"title": "ثان", "held_on": date(2026, 2, 1)})
    auto = db.backups.automatic().at_start()
    assert auto is not None
    for path in (db_path, wal, shm, db.lock.path, written, auto):
        assert _mode(path) == 0o600, path
    assert _mode(written.parent) & 0o077 == 0  # the backups folder too
    db.close()  # releases the instance lock


def test_restore_keeps_files_owner_only(tmp_path: Path, permissive_umask: None) -> None:
    db_path = tmp_path / "tracker.sqlite"
    db = Tracker.open(db_path)
    saved = backups.take_backup(db_path, "manual")
    result = db.backups.restore(saved)
    assert result.kept_copy is not None
    assert _mode(result.kept_copy) == 0o600
    assert _mode(db_path) == 0o600
    db.close()
