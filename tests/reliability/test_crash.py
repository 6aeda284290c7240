"""Kill -9 at random moments: the file stays sound and keeps every committed change.

A child process (crash_child.py) makes a stream of changes through the services and prints
a line after each commit returns; it is SIGKILLed at a random moment, many times, on the same
file. After each kill: integrity_check and foreign_key_check pass, every change the child
reported is in the file, and each large import is wholly there or wholly absent.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.reliability.crash_child import IMPORT_SIZE

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 18

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]


def _run_and_kill(db: Path, seed: int, rng: random.Random) -> list[str]:
    """Start the child, let it work for a random moment, SIGKILL it; its complete lines."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    ready = child.stdout.readline()
    if ready != b"ready\n":
        child.kill()
        child.wait()
        err = child.stderr.read().decode()
        child.stdout.close()
        child.stderr.close()
        pytest.fail(f"child did not start: {ready!r} {err}")
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.append(child.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    time.sleep(rng.uniform(0.02, 0.9))  # the random moment of the crash
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join()
    err = child.stderr.read().decode()
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, err  # it was working, not dead of an error
    text = b"".join(chunks).decode("utf-8", "replace")
    return text.split("\n")[:-1]  # a line cut by the kill has no newline: not reported


def _order(title: str) -> tuple[int, int]:
    """(child seed, step) of a generated title: later children and steps edit later."""
    _, seed, step = title.rsplit("-", 2)
    return int(seed), int(step)


def _check(db: Path, reported: list[str]) -> dict[str, int]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        titles = dict(conn.execute("SELECT id, title FROM action_item"))
        notes = set(conn.execute("SELECT action_item_id, note FROM progress_update"))
        batches = Counter(
            r[0]
            for r in conn.execute("SELECT details FROM action_item WHERE details LIKE 'batch-%'")
        )
    finally:
        conn.close()
    for line in reported:
        kind, key, value = line.split(" ", 2)
        if kind == "item":
            assert int(key) in titles, line
        elif kind == "title":
            assert int(key) in titles and titles[int(key)].split("-")[0] in ("معدلة", "مهمة"), line
        elif kind == "progress":
            assert (int(key), value) in notes, line
        elif kind == "import":
            assert batches[key] == int(value), line
    # The latest reported title of each item is there unless a later (unreported) edit won.
    last_title: dict[int, str] = {}
    for line in reported:
        kind, key, value = line.split(" ", 2)
        if kind in ("item", "title"):
            last_title[int(key)] = value
    for item_id, title in last_title.items():
        got = titles[item_id]
        assert got == title or _order(got) > _order(title), (item_id, title, got)
    # No half import, reported or not.
    assert all(n == IMPORT_SIZE for n in batches.values()), batches
    return batches


def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    rng = random.Random(20260117)
    reported: list[str] = []
    interrupted_imports = 0
    for seed in range(KILLS):
        lines = _run_and_kill(db, seed, rng)
        changes = [line for line in lines if not line.startswith("begin-")]
        reported += changes
        batches = _check(db, reported)  # everything reported so far, by every killed child
        if lines and lines[-1].startswith("begin-import"):
            # killed during (or just after) a large import: all of it or none of it
            tag = lines[-1].split(" ")[1]
            assert batches.get(tag, 0) in (0, IMPORT_SIZE), (tag, batches.get(tag))
            interrupted_imports += batches.get(tag, 0) == 0
    print(f"kills: {KILLS}, imports rolled back by the kill: {interrupted_imports}")
    kinds = Counter(line.split(" ", 1)[0] for line in reported)
    # The stream really ran: many edits of each kind, several large imports, across kills.
    assert kinds["item"] >= KILLS and kinds["progress"] > 0 and kinds["title"] > 0, kinds
    assert kinds["import"] >= 3, kinds
