"""Kill -9 at any moment: the file stays sound and keeps every committed change.

A child process (crash_child.py) makes a stream of changes through the services and prints
a line after each commit returns; it is SIGKILLed many times on the same file, in turn:

- at a random moment of its work;
- inside a large import's transaction, every row written and none committed: the child
  says so (``in-import``) and waits for the kill, so the kill lands there however fast or
  slow the disk is, and the import must be wholly absent;
- as that import commits: the child says so and goes on, the kill races the COMMIT, and
  the import must be wholly there or wholly absent.

After each kill: integrity_check and foreign_key_check pass, every change the child
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
MODES = ("", "hold", "race")  # a random moment; inside an import; racing its COMMIT
SIGNAL_TIMEOUT_S = 300  # generous: the child gets there after ~90 commits, however slow
CHANGES = ("item", "title", "progress", "import")  # the child's lines that report a commit

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]


def _run_and_kill(db: Path, seed: int, mode: str, rng: random.Random) -> list[str]:
    """Start the child, SIGKILL it (at a random moment, or when it says it is inside an
    import's transaction); its complete lines."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(seed), *([mode] if mode else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    ready = child.stdout.readline()
    if ready != b"ready\n":
        child.kill()
        child.wait()
        err = child.stderr.read().decode()
        child.stdout.close()
        child.stderr.close()
        child.stdin.close()
        pytest.fail(f"child did not start: {ready!r} {err}")
    lines: list[bytes] = []
    inside = threading.Event()

    def read() -> None:
        for line in child.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if line.startswith(b"in-import "):
                inside.set()

    reader = threading.Thread(target=read)
    reader.start()
    if mode:
        signalled = inside.wait(SIGNAL_TIMEOUT_S)
    else:
        time.sleep(rng.uniform(0.02, 0.9))  # the random moment of the crash
        signalled = True
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join()
    err = child.stderr.read().decode()
    child.stdout.close()
    child.stderr.close()
    child.stdin.close()
    assert signalled, f"the child never reached an import's commit: {err[-2000:]}"
    assert child.returncode == -signal.SIGKILL, err  # it was working, not dead of an error
    text = b"".join(lines).decode("utf-8", "replace")
    return text.split("\n")[:-1]  # a line cut by the kill has no newline: not reported


def _in_flight(lines: list[str]) -> str | None:
    """The tag of the import the kill interrupted (begun, not reported done), if any."""
    begun = [line.split(" ")[1] for line in lines if line.startswith("begin-import ")]
    done = {line.split(" ")[1] for line in lines if line.startswith("import ")}
    return begun[-1] if begun and begun[-1] not in done else None


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


def test_sigkill_at_any_moment_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    rng = random.Random(20260117)
    reported: list[str] = []
    held = rolled_back = 0
    for seed in range(KILLS):
        mode = MODES[seed % len(MODES)]
        lines = _run_and_kill(db, seed, mode, rng)
        changes = [line for line in lines if line.split(" ", 1)[0] in CHANGES]
        reported += changes
        batches = _check(db, reported)  # everything reported so far, by every killed child
        tag = _in_flight(lines)
        if tag is not None:  # killed during a large import: all of it or none of it
            assert batches.get(tag, 0) in (0, IMPORT_SIZE), (tag, batches.get(tag))
        if mode == "hold":
            # Killed inside the import's transaction with every row written: none is left.
            inside = [line for line in lines if line.startswith("in-import ")]
            assert inside == [f"in-import {tag} {IMPORT_SIZE}"], (lines[-3:], tag)
            assert batches.get(tag, 0) == 0, (tag, batches.get(tag))
            held += 1
        if mode == "race":
            assert any(line.startswith("in-import ") for line in lines), lines[-3:]
        rolled_back += tag is not None and batches.get(tag, 0) == 0
    print(f"kills: {KILLS}, inside an import: {held}, imports rolled back: {rolled_back}")
    kinds = Counter(line.split(" ", 1)[0] for line in reported)
    # The stream really ran: many edits of each kind, and large imports that completed
    # (every child that stopped inside an import completed one first), across kills.
    assert held == KILLS // len(MODES)
    assert kinds["item"] >= KILLS and kinds["progress"] > 0 and kinds["title"] > 0, kinds
    assert kinds["import"] >= 2 * KILLS // len(MODES), kinds
