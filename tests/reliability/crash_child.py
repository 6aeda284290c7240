"""The child of the crash test: a stream of committed changes, each reported once committed.

    python tests/reliability/crash_child.py DB SEED [hold|race]

Prints ``ready``, then one line per committed change (flushed right after the call that
commits returns):

    item ID TITLE          a new action item
    title ID TITLE         an edited title
    progress ID NOTE       a follow-up entry
    begin-import TAG N     (before the import starts: not a commit)
    import TAG N           N items imported from a CSV by the app's importer (one
                           transaction), all tagged TAG in details

With ``hold`` or ``race``, the child's first import runs to its end; from the second on,
when the import's transaction is about to commit (every row written, none committed) it
prints ``in-import TAG N`` (N: the rows of TAG its own transaction sees), then

    hold                   waits there (on standard input) for the parent's kill;
    race                   goes on committing while the parent kills it.

The parent kills it with SIGKILL (at a random moment, or on ``in-import``) and checks the
file.
"""

from __future__ import annotations

import csv
import os
import random
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tracker.services.core import Tracker  # noqa: E402
from tracker.services.records import MeetingRecord  # noqa: E402

IMPORT_SIZE = 400


class ImportStop:
    """Signals the parent from inside an import's transaction, just before its COMMIT.

    Listens to the engine's ``commit`` event, which SQLAlchemy fires before it sends the
    commit to SQLite; armed (``tag`` set) only while an import runs.
    """

    def __init__(self, mode: str) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        self.mode = mode
        self.tag: str | None = None
        event.listen(Engine, "commit", self._before_commit)  # the child's one engine

    def _before_commit(self, conn: Any) -> None:
        if self.tag is None:
            return
        seen = conn.connection.dbapi_connection.execute(
            "SELECT count(*) FROM action_item WHERE details = ?", (self.tag,)
        ).fetchone()[0]
        print(f"in-import {self.tag} {seen}", flush=True)
        if self.mode == "hold":
            sys.stdin.buffer.read()  # the parent kills us here; end of input: it has gone
            os._exit(3)


def large_import(
    db: Tracker, tag: str, meeting: MeetingRecord, owner_name: str, folder: Path
) -> int:
    """Import a CSV of IMPORT_SIZE rows, all tagged ``tag`` in their details, through the
    app's importer (one transaction: all rows or none)."""
    path = folder / f"{tag}.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["title", "meeting_date", "meeting_title", "owner", "due_on", "details"])
        for k in range(IMPORT_SIZE):
            w.writerow(
                [
                    f"بند مستورد {k} — {tag}",
                    meeting.held_on.isoformat(),
                    meeting.title,
                    owner_name,
                    date(2026, 1 + k % 12, 1 + k % 28).isoformat(),
                    tag,
                ]
            )
    result = db.exchange.import_file(path, today=date(2026, 11, 29))
    path.unlink()
    return result.created


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) > 3 else ""
    assert mode in ("", "hold", "race"), mode
    rng = random.Random(seed)
    # the instance lock (a killed predecessor must not leave it stale); after an unclean
    # exit the open runs the full check
    db = Tracker.open(path, lock=True)
    meeting = db.meetings.latest() or db.meetings.create(
        {"title": "اجتماع الكتابة الإقليمية", "held_on": date(2026, 1, 17)}
    )
    owner = db.owners.find_or_create("الكتابة الإقليمية")
    stop = ImportStop(mode) if mode else None
    print("ready", flush=True)
    mine: list[int] = []
    imports = 0
    for i in range(1_000_000):
        r = rng.random()
        if i % 80 == 7:
            tag = f"batch-{seed}-{i}"
            print(f"begin-import {tag} {IMPORT_SIZE}", flush=True)
            if stop is not None and imports >= 1:
                stop.tag = tag
            n = large_import(db, tag, meeting, owner.name, path.parent)
            if stop is not None:
                stop.tag = None
            imports += 1
            print(f"import {tag} {n}", flush=True)
        elif r < 0.5 or not mine:
            title = f"مهمة-{seed}-{i}"
            it = db.items.create({"title": title, "owner_id": owner.id, "meeting_id": meeting.id})
            mine.append(it.id)
            print(f"item {it.id} {title}", flush=True)
        elif r < 0.7:
            item_id = rng.choice(mine)
            title = f"معدلة-{seed}-{i}"
            db.items.update(item_id, {"title": title})
            print(f"title {item_id} {title}", flush=True)
        else:
            item_id = rng.choice(mine)
            note = f"متابعة-{seed}-{i}"
            db.items.record_progress(
                item_id, {"status": "in_progress", "progress": rng.randint(1, 99), "note": note}
            )
            print(f"progress {item_id} {note}", flush=True)


if __name__ == "__main__":
    main()
