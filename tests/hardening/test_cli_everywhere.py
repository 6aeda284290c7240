"""Issue 12, "Everywhere" (points 15, 17, 18), as a user meets them: a fresh process.

15. Every failure ends with exactly one line on standard error, never a traceback, a
    warning or a message of Qt's: those go to the log file in the data folder.
17. SIGTERM, SIGINT (Ctrl+C) and SIGHUP close the app the way File › Quit does (exit 0,
    the lock released cleanly); a command stopped by Ctrl+C or SIGTERM says so on one line
    and keeps nothing half-written.
18. ``tracker --help`` says that ``tracker`` alone opens the app, where the default file is
    and which environment variables exist, in the user's language, argparse's own words
    included; ``report --out`` into a missing folder is refused and creates nothing.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.store.lock import InstanceLock, lock_path

ROOT = Path(__file__).resolve().parents[2]
_pause = threading.Event()  # never set: wait() is a bounded pause while polling


def _env(data: Path, lang: str = "ar", **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "TRACKER_LANG": lang,
        "TRACKER_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        **extra,
    }


def run(
    *args: str | Path, data: Path, lang: str = "ar", script: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m tracker ARGS`` (or ``python SCRIPT ARGS``, a wrapper that patches a
    function and then calls ``tracker.cli.main``) as the user runs it."""
    head = [str(script)] if script is not None else ["-m", "tracker"]
    return subprocess.run(
        [sys.executable, *head, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(data, lang),
        timeout=180,
    )


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    """The one line on standard error (asserted to be exactly one, with no traceback)."""
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr and "Warning" not in out.stderr, out.stderr
    return lines[0]


def wrapper(tmp_path: Path, body: str) -> Path:
    """A script that runs ``body`` (patches), then the command line with its arguments."""
    script = tmp_path / "wrapper.py"
    script.write_text(
        textwrap.dedent(body)
        + "\nimport sys\nfrom tracker.cli import main\nraise SystemExit(main(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    return script


def content(db: Path) -> list[str]:
    """Everything the database holds, as SQL (independent of pages and WAL)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.sqlite"
    out = run("demo", "--db", db, data=folder / "data")
    assert out.returncode == 0, out.stderr
    return db


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    db = tmp_path / "demo.sqlite"
    conn, copy = sqlite3.connect(demo_template), sqlite3.connect(db)
    with copy:
        conn.backup(copy)
    conn.close()
    copy.close()
    return db


def log_text(data: Path) -> str:
    log = data / "logs" / "tracker.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


# -- 15. one line on standard error, the rest in the log ----------------------------------


def test_an_unexpected_error_is_one_line_with_its_details_in_the_log(
    tmp_path: Path, demo: Path
) -> None:
    script = wrapper(
        tmp_path,
        """
        import tracker.cli

        def boom(args):
            raise RuntimeError("first line\\nsecond line\\n  third")

        tracker.cli.cmd_check = boom
        """,
    )
    before = demo.read_bytes()
    data = tmp_path / "data"
    out = run("check", "--db", demo, data=data, script=script)
    assert out.returncode == 1
    line = one_line(out)
    assert line.startswith("tracker: خطأ غير متوقع (RuntimeError: first line; second line; third)")
    assert str(data / "logs" / "tracker.log") in line
    log = log_text(data)
    assert "Traceback" in log and "RuntimeError: first line" in log
    assert (data / "logs" / "tracker.log").stat().st_mode & 0o077 == 0  # owner only
    assert demo.read_bytes() == before

    en = run("check", "--db", demo, data=data, lang="en", script=script)
    assert en.returncode == 1 and one_line(en).startswith("tracker: unexpected error (")


def test_a_multi_line_error_message_is_flattened_to_one_line(tmp_path: Path, demo: Path) -> None:
    script = wrapper(
        tmp_path,
        """
        import tracker.cli
        from tracker.domain.errors import DatabaseError

        def fails(args):  # what SQLAlchemy's messages look like: the SQL on lines of its own
            detail = "(sqlite3.OperationalError) database or disk is full\\n[SQL: \\nCREATE"
            raise DatabaseError("upgrade_failed", detail=detail + " TABLE x (\\n\\x1b[31m)]")

        tracker.cli.cmd_demo = fails
        """,
    )
    out = run("demo", "--db", demo, data=tmp_path / "data", lang="en", script=script)
    assert out.returncode == 1
    line = one_line(out)
    assert "database or disk is full; [SQL:; CREATE TABLE x (; \\x1b[31m)]" in line
    assert "\x1b" not in out.stderr  # a control character cannot reach the terminal


def test_a_warning_of_a_library_goes_to_the_log_not_the_terminal(
    tmp_path: Path, demo: Path
) -> None:
    """openpyxl warns about a date cell out of range (UserWarning): one line, the verdict."""
    openpyxl = pytest.importorskip("openpyxl")
    data = tmp_path / "data"
    sheet = tmp_path / "items.xlsx"
    assert (
        run("export", "--format", "xlsx", "--out", sheet, "--db", demo, data=data).returncode == 0
    )
    wb = openpyxl.load_workbook(sheet)
    cell = wb.active.cell(row=2, column=7)  # the due date: a date cell
    cell.value, cell.number_format = 99999999, "yyyy-mm-dd"  # far beyond any date
    wb.save(sheet)
    before = content(demo)
    out = run("import", "--db", demo, sheet, data=data)
    assert out.returncode == 1
    assert one_line(out).startswith("tracker: لم يُستورد أي شيء")
    assert "UserWarning" not in out.stderr and "warn(" not in out.stderr
    assert content(demo) == before


def test_an_exception_python_cannot_raise_goes_to_the_log(tmp_path: Path, demo: Path) -> None:
    """A half-written zip's ``__del__`` failing on a full disk: logged, not printed."""
    script = wrapper(
        tmp_path,
        """
        import errno
        import tracker.cli
        from tracker.domain.errors import TrackerError

        class HalfWrittenZip:
            def __del__(self):
                raise OSError(errno.ENOSPC, "No space left on device")

        def export(args):
            z = HalfWrittenZip()
            z.cycle = z  # finalised by the garbage collector, like the real one
            raise TrackerError("export_failed", detail="No space left on device", path=args.out)

        tracker.cli.cmd_export = export
        """,
    )
    data = tmp_path / "data"
    out = run(
        "export", "--format", "xlsx", "--out", tmp_path / "e.xlsx", "--db", demo,
        data=data, script=script,
    )  # fmt: skip
    assert out.returncode == 1
    assert "e.xlsx" in one_line(out)
    assert "HalfWrittenZip.__del__" in log_text(data)


def _tmpfs(where: Path, size: str) -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        timeout=30,
    )
    return done.returncode == 0


def test_an_xlsx_export_onto_a_full_disk_is_one_line(tmp_path: Path, demo: Path) -> None:
    """The real thing, where a small file system can be had (root on Linux)."""
    full = tmp_path / "full"
    if not _tmpfs(full, "160k"):
        pytest.skip("needs a small tmpfs (root on Linux); the simulated case always runs")
    try:
        filler = full / "filler"
        with filler.open("wb", buffering=0) as f:  # fill it, then leave a little room
            try:
                while f.write(b"\0" * 4096):
                    pass
            except OSError:
                pass
        with filler.open("r+b") as f:
            f.truncate(max(0, filler.stat().st_size - 2048))
        data = tmp_path / "data"
        out = run("export", "--format", "xlsx", "--out", full / "e.xlsx", "--db", demo, data=data)
        assert out.returncode != 0
        one_line(out)
        assert not (full / "e.xlsx").exists()
    finally:
        subprocess.run(["umount", str(full)], capture_output=True, timeout=30)


def test_qt_messages_go_to_the_log(tmp_path: Path, demo: Path) -> None:
    """``QPainter::begin(): Returned false`` and its kind never reach the terminal."""
    script = wrapper(
        tmp_path,
        """
        import tracker.ui.printing as printing

        real = printing.render_pdf

        def render_pdf(report, out):
            from PySide6.QtCore import qWarning

            qWarning("QPainter::begin(): Returned false")  # as Qt says it, then fails
            raise OSError("cannot start painting on the output device")

        printing.render_pdf = render_pdf
        """,
    )
    data = tmp_path / "data"
    out = run("report", "--db", demo, "--out", tmp_path / "r.pdf", data=data, script=script)
    assert out.returncode == 1
    assert "QPainter" not in one_line(out)
    assert "QPainter::begin(): Returned false" in log_text(data)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_a_report_into_a_place_nobody_may_write_is_one_line(tmp_path: Path, demo: Path) -> None:
    data = tmp_path / "data"
    out = run("report", "--db", demo, "--out", "/proc/report.pdf", data=data)
    assert out.returncode == 1
    assert "QPainter" not in one_line(out)


@pytest.mark.skipif(os.name != "posix", reason="POSIX: the abort's core dump is switched off")
@pytest.mark.parametrize("command", [["report", "--out", "r.pdf"], []], ids=["report", "app"])
def test_when_qt_cannot_start_at_all_that_is_one_line(
    tmp_path: Path, demo: Path, command: list[str]
) -> None:
    """No usable display platform: Qt aborts the process; the user still gets one line."""
    import resource

    done = subprocess.run(
        [sys.executable, "-m", "tracker", *command, "--db", str(demo)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(tmp_path / "data", QT_QPA_PLATFORM="no-such-platform"),
        cwd=tmp_path,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),
        timeout=180,
    )
    assert done.returncode != 0
    assert one_line(done).startswith("tracker: تعذّر تشغيل الواجهة الرسومية (Qt): ")
    assert "no-such-platform" in log_text(tmp_path / "data")  # Qt's warning before it
    assert not (tmp_path / "r.pdf").exists()
    assert not lock_path(demo).exists()  # Qt is up before the file is claimed


# -- 17. Ctrl+C and SIGTERM ------------------------------------------------------------------


def _new_items_csv(tmp_path: Path, demo: Path, data: Path) -> Path:
    """The demo's items as a CSV without their uids: importing it adds every row again."""
    sheet = tmp_path / "items.csv"
    assert run("export", "--format", "csv", "--out", sheet, "--db", demo, data=data).returncode == 0
    import csv

    with sheet.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        row[0] = ""
    with sheet.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return sheet


@pytest.mark.parametrize(
    ("how", "code"),
    [("raise KeyboardInterrupt", 130), ("os.kill(os.getpid(), signal.SIGTERM)", 143)],
    ids=["ctrl-c", "sigterm"],
)
def test_an_interrupted_import_keeps_nothing_and_says_so_on_one_line(
    tmp_path: Path, demo: Path, how: str, code: int
) -> None:
    if code == 143 and os.name != "posix":
        pytest.skip("SIGTERM is POSIX")
    data = tmp_path / "data"
    sheet = _new_items_csv(tmp_path, demo, data)
    with sqlite3.connect(demo) as conn:
        items = conn.execute("SELECT count(*) FROM action_item").fetchone()[0]
    script = wrapper(
        tmp_path,
        f"""
        import os, signal
        from sqlalchemy import text
        from sqlalchemy.orm import Session

        real_commit = Session.commit

        def commit(self):  # the import's rows written into the transaction, then stopped
            self.flush()
            if self.execute(text("SELECT count(*) FROM action_item")).scalar() > {items}:
                {how}
                raise AssertionError("not interrupted")
            return real_commit(self)

        Session.commit = commit
        """,
    )
    before = content(demo)
    out = run("import", "--db", demo, sheet, data=data, script=script)
    assert out.returncode == code, out.stderr
    assert one_line(out) == "tracker: أُوقف الأمر قبل إتمامه، ولم يُحفظ منه شيء ناقص"
    assert content(demo) == before
    again = run("import", "--db", demo, sheet, data=data)  # the file is whole and usable
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(demo) as conn:
        assert conn.execute("SELECT count(*) FROM action_item").fetchone()[0] == 2 * items


@pytest.fixture
def sockets() -> Iterator[Path]:
    """A short temporary folder for the app's instance socket (a Unix socket's path is
    limited to about 100 bytes: pytest's own folders can be longer)."""
    folder = Path(tempfile.mkdtemp(prefix="rt-", dir="/tmp" if Path("/tmp").is_dir() else None))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _start_app(tmp_path: Path, db: Path, sockets: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=_env(tmp_path / "data", TMPDIR=str(sockets)),  # the instance socket: there
    )


def _wait_for(condition, app: subprocess.Popen[str], what: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(1200):  # a safety net (two minutes), not a timing assertion
        if condition():
            return
        if app.poll() is not None:
            pytest.fail(f"the app ended before {what}: {app.communicate()}")
        _pause.wait(0.1)
    app.kill()
    pytest.fail(f"the app never got to {what}")


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("when", ["running", "starting"])
@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_signal_closes_the_app_the_way_quit_does(
    tmp_path: Path, demo: Path, sockets: Path, sig: str, when: str
) -> None:
    lock = lock_path(demo)
    app = _start_app(tmp_path, demo, sockets)
    try:
        # The lock holds the app's pid once it has claimed the file (signals are handled
        # from before that); the instance socket listens once the window is fully wired.
        _wait_for(lambda: lock.exists() and lock.read_text().strip() == str(app.pid), app, "lock")
        if when == "running":
            _wait_for(lambda: any(sockets.glob("resolution-tracker-*")), app, "be running")
        app.send_signal(getattr(signal, sig))
        _out, err = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert err == ""  # no traceback, and none of Qt's messages either
    assert lock.read_text() == ""  # the clean-shutdown marker: the lock was released cleanly
    again = InstanceLock(demo).acquire()  # free, and no unclean exit to recover from
    try:
        assert not again.unclean_exit
    finally:
        again.release()
    assert not list(sockets.glob("resolution-tracker-*"))  # the instance server closed


# -- 18. help in the user's language; --out into a missing folder ---------------------------


@pytest.mark.parametrize(
    ("lang", "words", "english"),
    [
        ("ar", ["الاستعمال: tracker", "بدون أمر، يفتح «tracker» التطبيق", "الخيارات:"], True),
        ("fr", ["usage : tracker", "Sans commande, « tracker » ouvre l'application"], True),
        ("en", ["usage: tracker", "Without a command, 'tracker' opens the app"], False),
    ],
)
def test_help_says_what_tracker_alone_does_where_the_file_is_and_the_variables(
    tmp_path: Path, lang: str, words: list[str], english: bool
) -> None:
    data = tmp_path / "data"
    out = run("--help", data=data, lang=lang)
    assert out.returncode == 0 and out.stderr == ""
    text = out.stdout
    for word in words:
        assert word in text, text
    assert str(data / "tracker.sqlite") in text  # the default file on this machine
    assert "TRACKER_LANG" in text and "TRACKER_DATA_DIR" in text
    assert str(data / "logs" / "tracker.log") in text
    if english:  # argparse's own words are translated too
        for word in ("usage:", "show this help message", "commands:"):
            assert word not in text, word
        assert lang != "ar" or "options:" not in text
    assert not (data / "tracker.sqlite").exists()  # asking for help creates no file
    sub = run("report", "--help", data=data, lang=lang)
    assert sub.returncode == 0 and words[0].replace("tracker", "tracker report") in sub.stdout


@pytest.mark.parametrize(
    ("lang", "args", "expected"),
    [
        ("ar", ["report"], "tracker report: هذه الوسائط إلزامية: --out"),
        ("fr", ["report"], "tracker report: les arguments suivants sont obligatoires : --out"),
        ("ar", ["nonsense"], "اختيار غير صالح: 'nonsense'"),
        ("fr", ["due", "--frob"], "tracker: arguments non reconnus : --frob"),
        ("ar", ["report", "--meeting", "x", "--out", "r.pdf"], "رقم غير صالح: «x»"),
        ("ar", ["report", "--due", "--all-owners", "--out", "r.pdf"], "لا يجتمع مع الوسيط"),
    ],
)
def test_usage_errors_speak_the_language_on_one_line(
    tmp_path: Path, lang: str, args: list[str], expected: str
) -> None:
    out = run(*args, data=tmp_path / "data", lang=lang)
    assert out.returncode == 2
    assert expected in one_line(out)


@pytest.mark.parametrize("kind", ["missing", "nested", "a_file"])
def test_report_into_a_folder_that_does_not_exist_is_refused(
    tmp_path: Path, demo: Path, kind: str
) -> None:
    target = {
        "missing": tmp_path / "nowhere" / "r.pdf",
        "nested": tmp_path / "a" / "b" / "r.pdf",
        "a_file": tmp_path / "notes.txt" / "r.pdf",
    }[kind]
    if kind == "a_file":
        (tmp_path / "notes.txt").write_text("ملاحظات", encoding="utf-8")
    before = demo.read_bytes()
    out = run("report", "--db", demo, "--out", target, data=tmp_path / "data")
    assert out.returncode == 1
    expected = "ليس مجلداً" if kind == "a_file" else "المجلد غير موجود"
    assert expected in one_line(out) and str(target.parent) in out.stderr
    assert not (tmp_path / "nowhere").exists() and not (tmp_path / "a").exists()
    assert (tmp_path / "notes.txt").is_file() or kind != "a_file"
    assert demo.read_bytes() == before
    en = run("report", "--db", demo, "--out", target, data=tmp_path / "data", lang="en")
    assert en.returncode == 1 and "nothing was written" in one_line(en)
