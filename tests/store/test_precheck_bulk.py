"""The early quick_check is trusted only for an unchanged file; bulk rows match app rows."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter
from tracker.store import bulk, precheck, repo
from tracker.store.db import Database
from tracker.store.models import ActionItem, Owner


def test_an_early_check_is_used_for_the_file_it_checked(db: Tracker, db_path: Path) -> None:
    db.close()
    precheck.start(db_path)
    assert precheck.result_for(db_path, keep=True) == [("ok",)]
    assert precheck.result_for(db_path) == [("ok",)]
    assert precheck.result_for(db_path) is None  # used once


def test_an_early_check_of_a_file_changed_since_is_not_trusted(db: Tracker, db_path: Path) -> None:
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


def test_bulk_rows_carry_the_search_text_the_app_writes(db: Tracker) -> None:
    owner = db.owners.create({"name": "الأمانة المحلية بغفساي", "commune": "غفساي"})
    meeting = db.meetings.create({"title": "اجتماع", "held_on": date(2026, 1, 17)})
    row = {"title": "إعادة هيكلة الأمانة", "details": "تحديثُ لوائح المنخرطين"}
    item = db.items.create(
        {**row, "owner_id": owner.id, "meeting_id": meeting.id, "due_on": date(2026, 4, 17)}
    )
    store = Database.open(db.path)  # the search texts are the store's own columns
    try:
        with store.reading() as s:
            item_search = repo.get(s, ActionItem, item.id).search_text
            owner_search = repo.get(s, Owner, owner.id).search_text
        assert bulk.search_text_for("action_item", row) == item_search
        assert bulk.search_text_for("owner", {"name": owner.name, "commune": "غفساي"}) == (
            owner_search
        )
        n = bulk.insert_rows(
            store,
            [("action_item", [{**row, "owner_id": owner.id, "meeting_id": meeting.id}])],
        )
    finally:
        store.close()
    assert n == 1
    found = db.items.list(ItemFilter(today=date(2026, 2, 1), search="اعاده هيكله"))
    assert len(found) == 2
