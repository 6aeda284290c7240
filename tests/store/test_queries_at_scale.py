"""The fast SQL paths give the same answers as a plain reading of every row.

The data comes from the benchmark's generator (every status, items in the trash, items
without a due date, Arabic titles), small enough to check in Python.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.enums import Status
from tracker.domain.text import normalize
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, SortKey, View
from tracker.store import migrate
from tracker.store.db import Database

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import generate

TODAY = generate.TODAY
OPEN = {"not_started", "in_progress", "stalled", "postponed"}


@pytest.fixture(scope="module")
def data_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "tracker.sqlite"
    generate.build(800, seed=7, out=path)
    return path


@pytest.fixture
def big(data_file: Path, tmp_path: Path) -> Iterator[tuple[Tracker, list[sqlite3.Row]]]:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(data_file.read_bytes())
    db = Tracker.open(copy)
    conn = sqlite3.connect(copy)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT a.*, o.search_text AS o_text, r.search_text AS r_text FROM action_item a "
        "JOIN owner o ON o.id = a.owner_id LEFT JOIN resolution r ON r.id = a.resolution_id"
    ).fetchall()
    conn.close()
    yield db, rows
    db.close()


def _is_overdue(r: sqlite3.Row, today: date) -> bool:
    return r["due_on"] is not None and r["due_on"] < today.isoformat() and r["status"] in OPEN


def test_the_generated_file_has_every_case_the_queries_must_handle(big) -> None:  # type: ignore[no-untyped-def]
    _, rows = big
    assert {r["status"] for r in rows} == {s.value for s in Status}
    assert any(r["deleted_at"] for r in rows) and any(r["due_on"] is None for r in rows)
    assert any(r["resolution_id"] is None for r in rows)


def test_counts_agree_with_every_row(big) -> None:  # type: ignore[no-untyped-def]
    db, rows = big
    c = db.items.counts(TODAY)
    live = [r for r in rows if r["deleted_at"] is None]
    week, month = "2026-12-06", "2026-12-29"
    assert c.total == len(live) and c.trash == len(rows) - len(live)
    assert c.open == sum(r["status"] in OPEN for r in live)
    assert c.done == sum(r["status"] == "done" for r in live)
    assert c.overdue == sum(_is_overdue(r, TODAY) for r in live)
    due_from_today = [
        r for r in live if r["status"] in OPEN and r["due_on"] and r["due_on"] >= "2026-11-29"
    ]
    assert c.week == sum(r["due_on"] <= week for r in due_from_today)
    assert c.month == sum(r["due_on"] <= month for r in due_from_today)
    assert c.by_status == {s: sum(r["status"] == s.value for r in live) for s in Status}


@pytest.mark.parametrize("group", ["meeting", "owner"])
def test_completion_agrees_with_every_row(big, group: str) -> None:  # type: ignore[no-untyped-def]
    db, rows = big
    key = f"{group}_id"
    expected: dict[int, tuple[int, int, int]] = {}
    for r in rows:
        if r["deleted_at"] is None and r["status"] != "cancelled":
            total, done, late = expected.get(r[key], (0, 0, 0))
            expected[r[key]] = (
                total + 1,
                done + (r["status"] == "done"),
                late + _is_overdue(r, TODAY),
            )
    got = {c.key_id: (c.total, c.done, c.overdue) for c in db.items.completion(group, TODAY)}
    assert got == expected


@pytest.mark.parametrize("term", ["هيكلة", "الأمانة المحلية", "غفساي", "لوائح"])
def test_search_matches_items_owners_and_resolutions(big, term: str) -> None:  # type: ignore[no-untyped-def]
    db, rows = big
    needle = normalize(term)
    expected = {
        r["id"]
        for r in rows
        if r["deleted_at"] is None
        and r["status"] in OPEN
        and any(needle in (t or "") for t in (r["search_text"], r["o_text"], r["r_text"]))
    }
    flt = ItemFilter(today=TODAY, view=View.OPEN, search=term)
    found = {r.id for r in db.items.list(flt, limit=None)}
    assert expected and found == expected
    assert db.items.count(flt) == len(expected)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("view", [View.OPEN, View.ALL, View.OVERDUE, View.TRASH])
def test_due_order_pages_follow_each_other_with_undated_items_last(big, view, descending) -> None:  # type: ignore[no-untyped-def]
    db, _ = big
    flt = ItemFilter(today=TODAY, view=view)
    whole = db.items.list(flt, sort=SortKey.DUE, descending=descending, limit=None)
    pages = []
    for offset in range(0, len(whole) + 50, 50):
        pages += db.items.list(
            flt, sort=SortKey.DUE, descending=descending, offset=offset, limit=50
        )
    assert [r.id for r in pages] == [r.id for r in whole]
    assert len(whole) == db.items.count(flt) > 0
    dated = [r.due_on for r in whole if r.due_on is not None]
    assert dated == sorted(dated, reverse=descending)
    assert all(r.due_on is None for r in whole[len(dated) :])  # undated last, both ways


def test_meeting_headers_list_live_meetings_newest_first(big) -> None:  # type: ignore[no-untyped-def]
    db, _ = big
    heads = db.meetings.headers()
    full = db.meetings.list()
    assert [(h.id, h.held_on, h.title) for h in heads] == [(m.id, m.held_on, m.title) for m in full]


def test_the_revision_chain_is_read_like_alembic_reads_it() -> None:
    script = migrate._script()
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == [
        r.revision for r in reversed(list(script.walk_revisions()))
    ]


def test_upgrading_to_the_performance_indexes_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    migrate.create_at_revision(path, "0001")
    generated = tmp_path / "data.sqlite"
    generate.build(60, seed=3, out=generated)
    with sqlite3.connect(path) as old, sqlite3.connect(generated) as src:
        for table in ("owner", "meeting", "resolution", "action_item", "progress_update"):
            # the columns of revision 0001 (the generator writes the newest schema)
            known = {c[1] for c in old.execute(f"PRAGMA table_info({table})")}
            cols = [c[1] for c in src.execute(f"PRAGMA table_info({table})") if c[1] in known]
            marks = ",".join("?" * len(cols))
            old.executemany(
                f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks})",
                src.execute(f"SELECT {','.join(cols)} FROM {table}"),
            )
    before = {t: _dump(path, t) for t in ("owner", "meeting", "action_item", "progress_update")}
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),
        )
    assert {"ix_action_item_live_due", "ix_action_item_meeting_stats"} <= names
    # every row and value kept (later revisions may add columns at the end)
    after = {t: _dump(path, t) for t in before}
    assert {t: [r[: len(before[t][0])] for r in rows] for t, rows in after.items()} == before


def _dump(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_the_early_first_screen_is_the_first_page_of_the_store(big) -> None:  # type: ignore[no-untyped-def]
    from tracker.services import startup

    db, _ = big
    flt = ItemFilter(today=TODAY, view=View.OPEN)
    early = startup.first_screen(db.path, flt)
    assert early is not None
    total, rows = early
    assert total == db.items.count(flt)
    assert rows == db.items.list(flt, sort=SortKey.DUE, limit=200)
    # Any other view, sort or search takes the normal path.
    assert startup.first_screen(db.path, flt, descending=True) is None
    assert startup.first_screen(db.path, ItemFilter(today=TODAY, search="هيكلة")) is None


def test_no_early_first_screen_from_a_file_that_needs_an_upgrade(tmp_path: Path) -> None:
    from tracker.services import startup

    path = tmp_path / "old.sqlite"
    migrate.create_at_revision(path, "0001")
    assert startup.first_screen(path, ItemFilter(today=TODAY)) is None
    assert startup.first_screen(tmp_path / "missing.sqlite", ItemFilter(today=TODAY)) is None


@pytest.mark.parametrize("search", ["", "هيكلة", "غفساي", "لا يوجد هذا النص"])
@pytest.mark.parametrize("sort", [SortKey.DUE, SortKey.OWNER, SortKey.RESOLUTION])
def test_first_page_is_the_count_and_the_first_rows(big, search: str, sort: SortKey) -> None:  # type: ignore[no-untyped-def]
    db, _ = big
    flt = ItemFilter(today=TODAY, view=View.ALL, search=search)
    total, rows = db.items.first_page(flt, sort=sort, limit=40)
    assert total == db.items.count(flt)
    assert rows == db.items.list(flt, sort=sort, limit=40)
    assert (total == 0) == (search == "لا يوجد هذا النص")
