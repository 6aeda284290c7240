import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError
from tracker.services.core import Tracker
from tracker.store import migrate
from tracker.store.db import Database, FileState, inspect_file


def test_pragmas_on_every_connection(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 1000
    db.close()


def test_round_trip_of_every_entity(db: Tracker, db_path: Path) -> None:
    m = db.meetings.create(
        {"title": "اجتماع الأمانة", "held_on": date(2026, 1, 17), "location": "تاونات"},
        [{"text": "تحديث لوائح المنخرطين", "theme": "التنظيم"}],
    )
    o = db.owners.create({"name": "الأمانة المحلية بتيسة", "kind": "local_secretariat"})
    res = db.meetings.resolutions(m.id)[0]
    it = db.items.create(
        {
            "title": "تحيين اللوائح",
            "owner_id": o.id,
            "meeting_id": m.id,
            "resolution_id": res.id,
            "due_on": date(2026, 4, 17),
        },
    )
    db.close()
    reopened = Tracker.open(db_path)
    detail = reopened.items.detail(it.id)
    assert detail.item.title == "تحيين اللوائح"
    assert detail.owner.name == "الأمانة المحلية بتيسة"
    assert detail.meeting.held_on == date(2026, 1, 17)
    assert detail.resolution is not None and detail.resolution.ordinal == 1
    assert len(detail.item.uid) == 36 and detail.item.uid != detail.owner.uid
    reopened.close()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    from sqlalchemy.exc import IntegrityError

    db = Database.open(db_path)
    with db.engine.connect() as conn, pytest.raises(IntegrityError):
        conn.exec_driver_sql(
            "INSERT INTO resolution (uid, created_at, updated_at, meeting_id, ordinal, text, "
            "theme, search_text) VALUES ('x', '2026-01-01', '2026-01-01', 999, 1, 't', '', '')"
        )
    db.close()


def test_a_newer_schema_is_refused_and_left_alone(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        Database.open(db_path)
    assert err.value.code == "db_too_new"
    assert "أحدث" in err.value.message("ar")
    assert db_path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = other.read_bytes()
    with pytest.raises(DatabaseError) as err:
        Database.open(other)
    assert err.value.code == "db_not_tracker"
    assert other.read_bytes() == before


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "tracker.sqlite"
    Database.open(path).close()
    assert inspect_file(path, must_exist=True).state is FileState.CURRENT


def test_migration_helper_builds_every_revision_and_upgrade_keeps_data(tmp_path: Path) -> None:
    revisions = migrate.known_revisions()
    assert revisions[-1] == migrate.head_revision()
    for rev in revisions:
        path = tmp_path / f"at-{rev}.sqlite"
        migrate.create_at_revision(path, rev)
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (rev,)
        Database.open(path).close()
        assert inspect_file(path, must_exist=True).state is FileState.CURRENT


def test_upgrade_takes_a_verified_backup_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    Database.open(path).close()
    # Pretend the file is one revision behind by marking it with an older known revision.
    monkeypatch.setattr(migrate, "known_revisions", lambda: ["0000_old", migrate.head_revision()])
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000_old'")
    calls: list[str] = []
    monkeypatch.setattr(migrate.command, "upgrade", lambda cfg, rev: calls.append(rev))
    db = Database.open(path)
    db.close()
    backups = list((tmp_path / "backups").glob("*pre-upgrade*.sqlite"))
    assert calls == ["head"] and len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000_old",)


def test_a_failed_write_changes_nothing(db: Tracker) -> None:
    from tracker.store.models import Owner

    def half_done(s) -> None:  # type: ignore[no-untyped-def]
        s.add(Owner(name="مؤقت"))
        s.flush()
        raise RuntimeError("crash in the middle of a user action")

    m = db.meetings.create({"title": "اجتماع", "held_on": date(2026, 1, 17)})
    with pytest.raises(RuntimeError):
        db.write(half_done)
    assert db.owners.list() == []
    assert db.meetings.get(m.id).meeting.title == "اجتماع"
