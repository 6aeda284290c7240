"""One instance per database file; the lock dies with its process; unclean exits noticed."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.domain.errors import DatabaseError
from tracker.services.core import Tracker
from tracker.store.lock import InstanceLock, lock_path

ROOT = Path(__file__).resolve().parents[2]
threading_event = threading.Event()  # never set: wait() is a bounded pause while polling


def test_a_second_lock_on_the_same_file_is_refused_another_file_is_fine(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    first = InstanceLock(a).acquire()
    with pytest.raises(DatabaseError) as err:
        InstanceLock(a).acquire()
    assert err.value.code == "db_in_use"
    assert "قاعدة البيانات مفتوحة في نسخة أخرى" in err.value.message("ar")
    other = InstanceLock(b).acquire()  # two different files may be open at once
    first.release()
    again = InstanceLock(a).acquire()  # free again once released
    again.release()
    other.release()


def _child_holding_lock(db: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(
        f"""
        import sys, time
        from tracker.store.lock import InstanceLock
        InstanceLock({str(db)!r}).acquire()
        print("locked", flush=True)
        time.sleep(60)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_holder_leaves_no_stale_lock_but_the_unclean_exit_is_noticed(
    tmp_path: Path,
) -> None:
    db = tmp_path / "t.sqlite"
    child = _child_holding_lock(db)
    try:
        with pytest.raises(DatabaseError):
            InstanceLock(db).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()  # type: ignore[union-attr]
    lock = InstanceLock(db).acquire()  # the OS dropped the dead process's lock
    assert lock.unclean_exit
    lock.release()
    clean = InstanceLock(db).acquire()  # released cleanly last time
    assert not clean.unclean_exit
    clean.release()


def test_demo_refuses_a_database_held_by_a_running_app_reading_commands_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "t.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    held = InstanceLock(db).acquire()  # what the GUI holds while it runs
    try:
        before = db.read_bytes()
        assert main(["demo", "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "قاعدة البيانات مفتوحة في نسخة أخرى" in err
        assert db.read_bytes() == before
        # read-only commands may run while the app is open (WAL)
        assert main(["due", "--db", str(db), "--today", "2026-11-29"]) == 0
        assert main(["check", "--db", str(db)]) == 0
        assert main(["backup", "--db", str(db)]) == 0
    finally:
        held.release()


def test_after_an_unclean_exit_the_open_runs_the_full_check(tmp_path: Path) -> None:
    db_path = tmp_path / "t.sqlite"
    db = Tracker.open(db_path)
    m = db.meetings.create({"title": "اجتماع", "held_on": date(2026, 1, 17)})
    db.close()
    # A row pointing at a missing meeting: quick_check does not see it, foreign_key_check does.
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO resolution (uid, created_at, updated_at, meeting_id, ordinal, text,"
            " theme, search_text) VALUES ('u', '2026-01-01', '2026-01-01', ?, 1, 't', '', '')",
            (m.id + 100,),
        )
    Tracker.open(db_path).close()  # a clean previous exit: quick_check only, opens
    lock_path(db_path).write_text("12345\n")  # the marker of a session that never closed
    lock = InstanceLock(db_path).acquire()
    assert lock.unclean_exit
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError) as err:
        Tracker.open(db_path, lock=lock)  # the lock tells of the unclean exit
    assert err.value.code == "db_damaged" and "foreign key" in err.value.message("en")
    assert db_path.read_bytes() == before
    lock.release(clean=False)


def test_demo_after_a_crash_refuses_a_file_failing_the_full_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "t.sqlite"
    assert main(["demo", "--db", str(db_path)]) == 0
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE action_item SET owner_id = 9999 WHERE id = 1")
    lock_path(db_path).write_text("4242\n")
    capsys.readouterr()
    assert main(["demo", "--db", str(db_path)]) == 1
    assert "تالف" in capsys.readouterr().err
    assert lock_path(db_path).read_text().strip()  # still marked: the next open checks again


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_real_app_holds_the_file_and_a_killed_app_does_not(tmp_path: Path) -> None:
    """End to end: `tracker --db F` running; a second `tracker` on F is refused in one line."""
    db = tmp_path / "t.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "tracker", "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        marker = lock_path(db)
        deadline = 600  # wait for the app to take the lock (it writes its pid into the file)
        while deadline and not (marker.exists() and marker.read_text().strip()):
            assert first.poll() is None, "the app ended early"
            deadline -= 1
            threading_event.wait(0.1)
        assert marker.read_text().strip() == str(first.pid)
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "tracker",
                "--db",
                str(db),
                "--screenshot",
                str(tmp_path / "s.png"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1
        assert second.stderr.count("\n") == 1 and "مفتوحة في نسخة أخرى" in second.stderr
        demo = subprocess.run(
            [sys.executable, "-m", "tracker", "demo", "--db", str(db)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert demo.returncode == 1 and "مفتوحة في نسخة أخرى" in demo.stderr
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    # killed: no stale lock; the next open notices the unclean exit and checks, then opens
    lock = InstanceLock(db).acquire()
    assert lock.unclean_exit
    Tracker.open(db, lock=lock).close()  # the full check runs (unclean exit), and passes
    lock.release()
