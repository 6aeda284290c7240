"""Migration 0010: progress_update.meeting_id and due_change added, nothing else touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.services.core import Tracker
from tracker.store import migrate

T = "2026-02-01 10:00:00.000000"


def test_upgrade_from_0002_keeps_every_update_and_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    migrate.create_at_revision(path, "0002")
    conn = sqlite3.connect(path)
    conn.executescript(
        f"""
        INSERT INTO meeting (id, uid, created_at, updated_at, title, held_on, location, kind,
            chaired_by, attendees, notes, source_text, search_text)
            VALUES (1, 'm1', '{T}', '{T}', 'اجتماع', '2026-01-17', '', '', '', '', '', '', '');
        INSERT INTO owner (id, uid, created_at, updated_at, name, kind, commune, phone, email,
            notes, active, search_text)
            VALUES (1, 'o1', '{T}', '{T}', 'لجنة', 'committee', '', '', '', '', 1, '');
        INSERT INTO action_item (id, uid, created_at, updated_at, meeting_id, title, details,
            owner_id, due_on, status, progress, priority, recurrence, search_text)
            VALUES (1, 'a1', '{T}', '{T}', 1, 'مهمة', '', 1, '2026-03-01', 'in_progress', 40, 2,
            '', '');
        INSERT INTO progress_update (id, uid, created_at, updated_at, action_item_id,
            recorded_at, status, progress, note, reported_by)
            VALUES (1, 'p1', '{T}', '{T}', 1, '{T}', 'in_progress', 40, 'ملاحظة قديمة', 'الكاتب');
        """
    )
    conn.commit()
    indexes_before = {
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    conn.close()

    with Tracker.open(path) as t:  # upgraded, with the verified backup first
        history = t.items.detail(1).history
        assert [(h.note, h.reported_by, h.progress, h.meeting_id) for h in history] == [
            ("ملاحظة قديمة", "الكاتب", 40, None)
        ]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),
        )
        cols = [r[1] for r in conn.execute("PRAGMA table_info('progress_update')")]
        assert cols[-1] == "meeting_id"
        fks = {(r[2], r[3]) for r in conn.execute("PRAGMA foreign_key_list('progress_update')")}
        assert ("meeting", "meeting_id") in fks and ("action_item", "action_item_id") in fks
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert indexes_before <= indexes  # the expression indexes of 0002 are still there
        assert {"ix_progress_update_meeting_id", "ix_due_change_recorded_at"} <= indexes
        assert conn.execute("SELECT count(*) FROM due_change").fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
