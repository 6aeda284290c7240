import sqlite3
from datetime import date
from pathlib import Path

from tracker.services.core import Tracker
from tracker.store.backup import copy_database, write_backup


def test_backup_holds_what_is_still_in_the_wal(db: Tracker, db_path: Path, tmp_path: Path) -> None:
    db.meetings.create({"title": "اجتماع في الـWAL", "held_on": date(2026, 1, 17)})
    assert Path(str(db_path) + "-wal").stat().st_size > 0  # the change is not checkpointed yet
    out = copy_database(db_path, tmp_path / "copy.sqlite")
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT title FROM meeting").fetchone() == ("اجتماع في الـWAL",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not Path(str(out) + "-wal").exists()


def test_write_backup_goes_to_the_backups_folder(db: Tracker, db_path: Path) -> None:
    out = write_backup(db_path)
    assert out.parent == db_path.parent / "backups"
    assert not list(out.parent.glob(".*partial"))
