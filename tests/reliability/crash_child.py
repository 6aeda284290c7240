"""The child of the crash test: a stream of committed changes, each reported once committed.

    python tests/reliability/crash_child.py DB SEED

Prints ``ready``, then one line per committed change (flushed right after the call that
commits returns):

    item ID TITLE          a new action item
    title ID TITLE         an edited title
    progress ID NOTE       a follow-up entry
    begin-import TAG N     (before the import starts: not a commit)
    import TAG N           N items created in ONE transaction, all tagged TAG in details

The parent kills it with SIGKILL at a random moment and checks the file.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tracker.services import items, meetings, owners  # noqa: E402
from tracker.services.schemas import ItemIn, validate  # noqa: E402
from tracker.store.db import Database  # noqa: E402
from tracker.store.lock import InstanceLock  # noqa: E402
from tracker.store.models import ActionItem  # noqa: E402

IMPORT_SIZE = 400


def large_import(db: Database, tag: str, meeting_id: int, owner_id: int) -> int:
    """N items in one unit of work: the stand-in for a large import.

    TODO(merge): switch to tracker.services.exchange.import_file(db, path, create_owners=True,
    today=...) on a CSV of IMPORT_SIZE rows once the import service is merged; the checks
    in test_crash.py (all or nothing per tag) stay the same.
    """
    with db.unit() as s:
        for k in range(IMPORT_SIZE):
            data = validate(
                ItemIn,
                {
                    "title": f"بند مستورد {k} — {tag}",
                    "details": tag,
                    "owner_id": owner_id,
                    "meeting_id": meeting_id,
                    "due_on": date(2026, 1 + k % 12, 1 + k % 28),
                },
            )
            s.add(ActionItem(**data.model_dump()))
        s.flush()
    return IMPORT_SIZE


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    lock = InstanceLock(path).acquire()  # a killed predecessor must not leave it stale
    db = Database.open(path, full_check=lock.unclean_exit)
    meeting = meetings.latest_meeting(db) or meetings.create_meeting(
        db, {"title": "اجتماع الكتابة الإقليمية", "held_on": date(2026, 1, 17)}
    )
    owner = owners.find_or_create_owner(db, "الكتابة الإقليمية")
    print("ready", flush=True)
    mine: list[int] = []
    for i in range(1_000_000):
        r = rng.random()
        if i % 80 == 7:
            tag = f"batch-{seed}-{i}"
            print(f"begin-import {tag} {IMPORT_SIZE}", flush=True)
            n = large_import(db, tag, meeting.id, owner.id)
            print(f"import {tag} {n}", flush=True)
        elif r < 0.5 or not mine:
            title = f"مهمة-{seed}-{i}"
            it = items.create_item(
                db, {"title": title, "owner_id": owner.id, "meeting_id": meeting.id}
            )
            mine.append(it.id)
            print(f"item {it.id} {title}", flush=True)
        elif r < 0.7:
            item_id = rng.choice(mine)
            title = f"معدلة-{seed}-{i}"
            items.update_item(db, item_id, {"title": title})
            print(f"title {item_id} {title}", flush=True)
        else:
            item_id = rng.choice(mine)
            note = f"متابعة-{seed}-{i}"
            items.record_progress(
                db, item_id, {"status": "in_progress", "progress": rng.randint(1, 99), "note": note}
            )
            print(f"progress {item_id} {note}", flush=True)


if __name__ == "__main__":
    main()
