"""Rotation, listing and restore of backups (store/backup.py, services/backups.py)."""

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tracker import __version__
from tracker.domain.errors import DatabaseError
from tracker.services import backups
from tracker.services.core import Tracker
from tracker.store import backup


def _add_item(db: Tracker, title: str) -> int:
    m = db.meetings.latest() or db.meetings.create(
        {"title": "اجتماع", "held_on": date(2026, 1, 17)}
    )
    o = db.owners.find_or_create("الكتابة الإقليمية")
    return db.items.create({"title": title, "owner_id": o.id, "meeting_id": m.id}).id


def _titles(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT title FROM action_item")}


def _fake_backups(db_path: Path, stamps: list[datetime], reason: str = "auto") -> list[Path]:
    return [backup.write_backup(db_path, reason, when=when) for when in stamps]


def test_rotation_keeps_the_last_ten_and_one_a_week_for_two_months(
    db: Tracker, db_path: Path
) -> None:
    now = datetime(2026, 11, 29, 12, 0)
    hourly = [now - timedelta(hours=h) for h in range(30)]  # 30 in the last day and a bit
    daily = [now - timedelta(days=d, hours=1) for d in range(2, 120)]  # four months, daily
    _fake_backups(db_path, hourly + daily)
    deleted = backup.rotate(db_path, now=now)
    kept = backup.list_backups(db_path)
    kept_times = [b.taken_at for b in kept]
    assert kept_times[:10] == sorted(hourly, reverse=True)[:10]
    # one a week for the last two months (plus the week in progress), none older
    older = kept_times[10:]
    weeks = {t.isocalendar()[:2] for t in older}
    assert len(weeks) == len(older)  # at most one per week beyond the last ten
    assert all(t >= now - timedelta(weeks=9) for t in older)
    assert len(older) >= 8
    assert len(deleted) == len(hourly) + len(daily) - len(kept)
    assert all(not p.exists() for p in deleted)


def test_rotation_never_deletes_this_versions_pre_upgrade_copies_nor_foreign_files(
    db: Tracker, db_path: Path
) -> None:
    now = datetime(2026, 11, 29, 12, 0)
    old = now - timedelta(days=400)
    pre = backup.write_backup(db_path, "pre-upgrade", when=old)
    assert pre.name.endswith(f"pre-upgrade-v{__version__}.sqlite")
    older_version = backup.backups_dir(db_path) / pre.name.replace(__version__, "0.0.1")
    older_version.write_bytes(pre.read_bytes())
    stranger = backup.backups_dir(db_path) / "notes.txt"
    stranger.write_text("mine")
    _fake_backups(db_path, [now - timedelta(hours=h) for h in range(15)])
    backup.rotate(db_path, now=now)
    assert pre.exists()
    assert not older_version.exists()  # an older version's pre-upgrade copy ages out
    assert stranger.read_text() == "mine"


def test_backups_of_another_database_in_the_same_folder_are_left_alone(
    db: Tracker, db_path: Path
) -> None:
    other = Tracker.open(db_path.with_name("other.sqlite"))
    now = datetime(2026, 11, 29, 12, 0)
    theirs = _fake_backups(other.path, [now - timedelta(days=300 + d) for d in range(3)])
    _fake_backups(db_path, [now - timedelta(hours=h) for h in range(12)])
    backup.rotate(db_path, now=now)
    assert all(p.exists() for p in theirs)
    assert len(backup.list_backups(other.path)) == 3
    other.close()


def test_listing_gives_date_reason_and_number_of_items(db: Tracker, db_path: Path) -> None:
    _add_item(db, "أولى")
    first = backups.take_backup(db_path, "manual")
    _add_item(db, "ثانية")
    _add_item(db, "ثالثة")
    backups.take_backup(db_path, "auto")
    listed = backups.list_backups(db_path)
    assert [(b.reason, b.items) for b in listed] == [("auto", 3), ("manual", 1)]
    assert listed[1].path == first
    assert listed[0].taken_at >= listed[1].taken_at


def test_restore_brings_the_old_content_back_and_keeps_the_current_one(
    db: Tracker, db_path: Path
) -> None:
    _add_item(db, "قبل النسخة")
    saved = backups.take_backup(db_path, "manual")
    _add_item(db, "بعد النسخة")  # still in the WAL: must not survive the restore in db_path
    assert Path(f"{db_path}-wal").stat().st_size > 0
    result = db.backups.restore(saved)
    # the same Tracker object works again, with the backup's content
    titles = {r.title for r in db.items.list(_all_filter())}
    assert titles == {"قبل النسخة"}
    assert result.kept_copy is not None and not result.current_was_damaged
    assert _titles(result.kept_copy) == {"قبل النسخة", "بعد النسخة"}
    _add_item(db, "بعد الاسترجاع")
    db.close()
    assert _titles(db_path) == {"قبل النسخة", "بعد الاسترجاع"}
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _all_filter():  # type: ignore[no-untyped-def]
    from tests.conftest import TODAY
    from tracker.services.views import ItemFilter, View

    return ItemFilter(today=TODAY, view=View.ALL)


def test_a_bad_backup_is_refused_and_nothing_is_touched(
    db: Tracker, db_path: Path, tmp_path: Path
) -> None:
    _add_item(db, "باق")
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(DatabaseError) as err:
        db.backups.restore(bogus)
    assert err.value.code == "backup_not_usable"
    assert {r.title for r in db.items.list(_all_filter())} == {"باق"}
    assert backup.list_backups(db_path) == []  # no pre-restore copy was even needed


def test_restoring_over_a_damaged_file_moves_it_aside_untouched(db: Tracker, db_path: Path) -> None:
    _add_item(db, "سليم")
    good = backups.take_backup(db_path, "manual")
    db.close()
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()
    with pytest.raises(DatabaseError):
        Tracker.open(db_path)
    assert backups.newest_good_backup(db_path).path == good  # type: ignore[union-attr]
    result = backups.restore_file(db_path, good)
    assert result.current_was_damaged
    assert result.kept_copy is not None and result.kept_copy.read_bytes() == damaged_bytes
    reopened = Tracker.open(db_path)
    assert {r.title for r in reopened.items.list(_all_filter())} == {"سليم"}
    reopened.close()


def _damage(path: Path) -> None:
    """Overwrite the middle of the file (the pages of the tables), keep the header."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for i in range(4096 + 100, len(data), 7):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_newest_good_backup_skips_damaged_backups(db: Tracker, db_path: Path) -> None:
    _add_item(db, "أ")
    good = backups.take_backup(db_path, "manual", now=datetime(2026, 1, 1))
    bad = backups.take_backup(db_path, "manual", now=datetime(2026, 1, 2))
    _damage(bad)
    found = backups.newest_good_backup(db_path)
    assert found is not None and found.path == good


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 29, 9, 0)

    def __call__(self) -> datetime:
        return self.now


def test_auto_backup_at_start_then_at_most_hourly_while_changes_are_made(
    db: Tracker, db_path: Path
) -> None:
    clock = _Clock()
    policy = db.backups.automatic(clock=clock)
    assert policy.at_start() is not None
    assert policy.tick() is None  # no change yet
    _add_item(db, "تغيير")
    clock.now += timedelta(minutes=30)
    assert policy.tick() is None  # changed, but the last backup is only half an hour old
    clock.now += timedelta(minutes=31)
    taken = policy.tick()
    assert taken is not None and backup.count_items(taken) == 1
    clock.now += timedelta(hours=5)
    assert policy.tick() is None  # hours later, but nothing changed since
    reasons = [b.reason for b in backups.list_backups(db_path)]
    assert reasons == ["auto", "start"]


def test_no_start_backup_when_nothing_was_written_since_the_newest(
    db: Tracker, db_path: Path
) -> None:
    _add_item(db, "أ")
    db.close()
    first = Tracker.open(db_path)
    assert first.backups.automatic().at_start() is not None
    first.close()
    second = Tracker.open(db_path)
    assert second.backups.automatic().at_start() is None
    second.close()
    assert len(backups.list_backups(db_path)) == 1


def test_no_backup_and_no_rotation_while_the_database_is_damaged(
    db: Tracker, db_path: Path
) -> None:
    clock = _Clock()
    _add_item(db, "أ")
    old = _fake_backups(db_path, [clock.now - timedelta(days=200 + d) for d in range(12)])
    policy = db.backups.automatic(clock=clock)
    db.close()
    _damage(db_path)
    assert policy.at_start() is None
    assert policy.damaged
    policy.note_change()
    clock.now += timedelta(hours=2)
    assert policy.tick() is None
    assert all(p.exists() for p in old)  # the good old copies were not rotated away
    assert len(backup.list_backups(db_path)) == len(old)


def test_tracker_backup_writes_a_verified_copy_and_rotates(
    db: Tracker, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tracker.cli import main

    _add_item(db, "بند")
    long_ago = datetime.now() - timedelta(days=400)
    old = _fake_backups(db_path, [long_ago - timedelta(days=d) for d in range(12)])
    assert main(["backup", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    listed = backups.list_backups(db_path)
    assert listed[0].reason == "manual" and listed[0].items == 1
    assert listed[0].path.name in out
    assert len(listed) == 10 and sum(p.exists() for p in old) == 9  # the last ten are kept


def test_tracker_backup_refuses_a_damaged_file_in_one_line(
    db: Tracker, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tracker.cli import main

    _add_item(db, "بند")
    db.close()
    _damage(db_path)
    assert main(["backup", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "تالف" in err
    assert backup.list_backups(db_path) == []
