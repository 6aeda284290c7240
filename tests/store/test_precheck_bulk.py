"""The early quick_check is trusted only for an unchanged file; bulk rows match app rows."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError
from tracker.services import items, meetings, owners
from tracker.store import bulk, precheck
from tracker.store.db import Database


def test_an_early_check_is_used_for_the_file_it_checked(db: Database, db_path: Path) -> None:
    db.close()
    precheck.start(db_path)
    assert precheck.result_for(db_path, keep=True) == [("ok",)]
    assert precheck.result_for(db_path) == [("ok",)]
    assert precheck.result_for(db_path) is None  # used once


def test_an_early_check_of_a_file_changed_since_is_not_trusted(db: Database, db_path: Path) -> None:
    db.close()
    precheck.start(db_path)
    with sqlite3.connect(db_path, timeout=10) as conn:
        conn.execute("CREATE TABLE other (x)")
    assert precheck.result_for(db_path) is None


def test_a_damaged_file_is_still_refused_after_an_early_check(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    Database.open(path).close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page + 12] = b"\xff" * 12  # scribble over the header of the second page
    path.write_bytes(bytes(data))
    precheck.start(path)
    with pytest.raises(DatabaseError):
        Database.open(path)


def test_bulk_rows_carry_the_search_text_the_app_writes(db: Database) -> None:
    owner = owners.create_owner(db, {"name": "الأمانة المحلية بغفساي", "commune": "غفساي"})
    meeting = meetings.create_meeting(db, {"title": "اجتماع", "held_on": date(2026, 1, 17)})
    row = {"title": "إعادة هيكلة الأمانة", "details": "تحديثُ لوائح المنخرطين"}
    item = items.create_item(
        db, {**row, "owner_id": owner.id, "meeting_id": meeting.id, "due_on": date(2026, 4, 17)}
    )
    assert bulk.search_text_for("action_item", row) == item.search_text
    assert bulk.search_text_for("owner", {"name": owner.name, "commune": "غفساي"}) == (
        owner.search_text
    )
    n = bulk.insert_rows(
        db,
        [("action_item", [{**row, "owner_id": owner.id, "meeting_id": meeting.id}])],
    )
    assert n == 1
    found = items.list_items(db, items.ItemFilter(today=date(2026, 2, 1), search="اعاده هيكله"))
    assert len(found) == 2
