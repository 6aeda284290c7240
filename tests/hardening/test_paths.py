"""Issue 12, "Paths and files" (points 1-7, 16, 19): the attacks, replayed where a user meets
them (the command line in a fresh process, or the core's public functions).

Each test asserts the message (Arabic unless said), the exit code, and that the database and
any victim file are byte-for-byte unchanged. Everything lives under pytest's temporary
folders; the full-disk test mounts a small tmpfs there (root on Linux only) and unmounts it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.domain.errors import DatabaseError, TrackerError
from tracker.services import core
from tracker.services.core import Tracker

TODAY = "2026-11-29"
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX files, modes and FIFOs")

# The messages, as the user reads them (tracker/domain/messages/errors.py).
NOT_A_PATH = "يجب أن يكون مسار ملف، وليس عنواناً"
OVER_DB = "لا يمكن الكتابة فوق قاعدة البيانات المفتوحة"
OPEN_IN_APP = "هذا الملف مفتوح حالياً في البرنامج"
IN_USE = "قاعدة البيانات مفتوحة في نسخة أخرى"
READ_ONLY = "للقراءة فقط"
NOT_REGULAR = "ليس ملفاً عادياً"
DISK_FULL = "لم تبق مساحة فارغة على القرص؛ لم يتغير أي شيء"
TIGHTENED = "أصبح الآن لصاحبه وحده"
EMPTY = "الملف فارغ"
FOREIGN = "يحتوي على عناصر لم ينشئها البرنامج"


def run(
    *args: str | Path,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    umask: int = -1,
) -> subprocess.CompletedProcess[str]:
    """``tracker ARGS`` in a fresh process, as a user runs it (a hang fails the test)."""
    return _python(["-m", "tracker", *map(str, args)], env=env, cwd=cwd, umask=umask)


def _python(
    argv: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, umask: int = -1
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "TRACKER_LANG": "ar", **(env or {})}
    root = str(Path(__file__).resolve().parents[2])
    full_env["PYTHONPATH"] = os.pathsep.join(p for p in (root, full_env.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=cwd,
        timeout=120,
        umask=umask,
    )


def one_line(out: subprocess.CompletedProcess[str], expected: str) -> None:
    """Exit 1, exactly one line on stderr, holding ``expected``; no traceback."""
    assert out.returncode == 1, (out.returncode, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tracker: "), out.stderr
    assert expected in lines[0], out.stderr
    assert "Traceback" not in out.stderr + out.stdout


def snapshot(*paths: Path) -> dict[Path, bytes | None]:
    return {p: p.read_bytes() if p.is_file() else None for p in paths}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, made once (closed: a single file, no -wal)."""
    db = tmp_path_factory.mktemp("template") / "demo.sqlite"
    with Tracker.open(db) as t:
        t.load_demo()
    return db


@pytest.fixture
def demo(template: Path, tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(template, db)
    os.chmod(db, 0o600)
    return db


@pytest.fixture
def items_csv(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("csv") / "items.csv"
    with Tracker.open(template, create=False) as t:
        t.exchange.export_file(out, "csv")
    return out


# -- 1. --db is a file path, never a URL --------------------------------------------------------


def test_percent_question_mark_and_hash_are_plain_characters_of_a_file_name(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other.sqlite"  # another program's database
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = snapshot(other)
    for name in ("other%2Esqlite", "a?b.sqlite", "c#d.sqlite"):
        out = run("demo", "--db", name, cwd=tmp_path)
        assert out.returncode == 0 and out.stderr == "", out.stderr
        assert (tmp_path / name).is_file()
        checked = run("check", "--db", name, cwd=tmp_path)  # the read-only URI opens it too
        assert checked.returncode == 0 and "سليمة" in checked.stdout, checked.stderr
    assert snapshot(other) == before  # not "other.sqlite", whatever %2E decodes to
    assert not (tmp_path / "a").exists() and not (tmp_path / "c").exists()
    copy = run("backup", "--db", "a?b.sqlite", "--out", "x%3F#.sqlite", cwd=tmp_path)
    assert copy.returncode == 0, copy.stderr
    with sqlite3.connect(tmp_path / "x%3F#.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM action_item").fetchone() == (18,)


@pytest.mark.parametrize(
    "value", ["postgresql://secretariat@server/province", "sqlite:///x.sqlite", "postgresql:"]
)
@pytest.mark.parametrize("command", [["demo"], ["check"], ["due"], ["backup"]])
def test_a_url_is_refused_and_no_folder_is_made(
    tmp_path: Path, value: str, command: list[str]
) -> None:
    out = run(*command, "--db", value, cwd=tmp_path)
    one_line(out, NOT_A_PATH)
    assert list(tmp_path.iterdir()) == []  # no folder named "postgresql:", no lock


def test_the_core_refuses_a_url_before_anything_is_made(tmp_path: Path) -> None:
    for opener in (Tracker.open, core.claim, core.check_file, core.take_backup):
        with pytest.raises(DatabaseError) as err:
            opener("postgresql://u@h/db")
        assert err.value.code == "db_url_refused"
        assert "postgresql" in err.value.message("fr") and "PostgreSQL" in err.value.message("fr")
    assert not Path("postgresql:").exists()


# -- 2. --out never resolves to the open database or its files ----------------------------------


@POSIX
@pytest.mark.parametrize("target", ["db", "wal", "shm", "lock", "backups", "link", "hardlink"])
@pytest.mark.parametrize("command", ["export", "report", "backup"])
def test_out_is_never_the_database_or_its_files(
    demo: Path, tmp_path: Path, target: str, command: str
) -> None:
    (tmp_path / "backups").mkdir()
    paths = {
        "db": demo,
        "wal": tmp_path / "demo.sqlite-wal",
        "shm": tmp_path / "demo.sqlite-shm",
        "lock": tmp_path / "demo.sqlite.lock",
        "backups": tmp_path / "backups" / "out.csv",
        "link": tmp_path / "link.sqlite",
        "hardlink": tmp_path / "hard.sqlite",
    }
    (tmp_path / "link.sqlite").symlink_to(demo)
    os.link(demo, tmp_path / "hard.sqlite")
    before = snapshot(demo, *paths.values())
    args = {
        "export": ["export", "--format", "csv"],
        "report": ["report", "--today", TODAY],
        "backup": ["backup"],
    }[command]
    out = run(*args, "--db", demo, "--out", paths[target])
    one_line(out, OVER_DB)
    assert snapshot(demo, *paths.values()) == before
    assert not (tmp_path / "backups" / "out.csv").exists()


def test_backup_is_refused_onto_a_file_the_app_has_open(demo: Path, tmp_path: Path) -> None:
    open_elsewhere = tmp_path / "other.sqlite"
    shutil.copyfile(demo, open_elsewhere)
    link = tmp_path / "link-to-other.sqlite"
    link.symlink_to(open_elsewhere)
    before = snapshot(demo, open_elsewhere)
    held = core.claim(open_elsewhere)  # the window has it open
    try:
        for target in (open_elsewhere, link):
            one_line(run("backup", "--db", demo, "--out", target), OPEN_IN_APP)
    finally:
        held.release()
    assert snapshot(demo, open_elsewhere) == before
    # Once the window has closed it, an old copy may be replaced by a fresh one.
    assert run("backup", "--db", demo, "--out", open_elsewhere).returncode == 0


def test_an_export_never_replaces_another_database(demo: Path, tmp_path: Path) -> None:
    other = tmp_path / "someone-elses.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = snapshot(demo, other)
    one_line(run("export", "--db", demo, "--format", "csv", "--out", other), "قاعدة بيانات")
    assert snapshot(demo, other) == before


# -- 3. one safe-output path: exclusive temporary file, renamed ---------------------------------


@POSIX
@pytest.mark.parametrize("command", ["export", "report", "backup"])
def test_a_planted_part_symlink_is_never_followed(demo: Path, tmp_path: Path, command: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own text\n", encoding="utf-8")
    out = (
        tmp_path / {"export": "items.csv", "report": "report.pdf", "backup": "copy.sqlite"}[command]
    )
    for planted in (".part", ".partial"):
        out.with_name(out.name + planted).symlink_to(victim)
    before = snapshot(demo, victim)
    args = {
        "export": ["export", "--format", "csv"],
        "report": ["report", "--today", TODAY],
        "backup": ["backup"],
    }[command]
    done = run(*args, "--db", demo, "--out", out)
    assert done.returncode == 0, done.stderr
    assert snapshot(demo, victim) == before
    assert out.is_file() and not out.is_symlink() and _mode(out) == 0o600
    leftovers = {p.name for p in tmp_path.iterdir()} - {
        "demo.sqlite",
        "victim.txt",
        out.name,
        out.name + ".part",
        out.name + ".partial",
    }
    assert leftovers <= {"demo.sqlite-wal", "demo.sqlite-shm", "demo.sqlite.lock"}, leftovers


@POSIX
def test_an_out_that_is_a_symlink_is_replaced_never_written_through(
    demo: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own text\n", encoding="utf-8")
    out = tmp_path / "items.csv"
    out.symlink_to(victim)
    before = snapshot(demo, victim)
    done = run("export", "--db", demo, "--format", "csv", "--out", out)
    assert done.returncode == 0, done.stderr
    assert snapshot(demo, victim) == before
    assert not out.is_symlink() and out.read_bytes().startswith(b"\xef\xbb\xbf")


@POSIX
@pytest.mark.parametrize("command", ["export", "report", "backup"])
def test_a_read_only_target_is_refused_not_replaced(
    demo: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "kept.out"
    out.write_text("a file the user protected\n", encoding="utf-8")
    os.chmod(out, 0o444)
    before = snapshot(demo, out)
    args = {
        "export": ["export", "--format", "csv"],
        "report": ["report", "--today", TODAY],
        "backup": ["backup"],
    }[command]
    one_line(run(*args, "--db", demo, "--out", out), READ_ONLY)
    assert snapshot(demo, out) == before and _mode(out) == 0o444


def test_write_output_uses_a_fresh_exclusive_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old, good\n", encoding="utf-8")
    seen: list[tuple[Path, int]] = []

    def fill(tmp: Path) -> None:
        seen.append((tmp, _mode(tmp)))
        assert tmp.parent == tmp_path and tmp.exists() and tmp.stat().st_size == 0
        tmp.write_text("new\n", encoding="utf-8")

    core.write_output(out, fill)
    core.write_output(out, fill)
    (first, mode1), (second, mode2) = seen
    assert first != second and first.name != out.name + ".part"  # random, not guessable
    assert mode1 == mode2 == 0o600 or os.name != "posix"
    assert out.read_text(encoding="utf-8") == "new\n"

    def broken(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("the writer failed")

    out.write_text("old, good\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        core.write_output(out, broken)
    assert out.read_text(encoding="utf-8") == "old, good\n"  # the good file stays
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]  # no temporary left


# -- 4. the instance lock belongs to the real file -----------------------------------------------


@POSIX
def test_a_symlink_or_another_spelling_of_an_open_file_is_in_use(
    demo: Path, tmp_path: Path, items_csv: Path
) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(demo)
    (tmp_path / "sub").mkdir()
    other_spelling = tmp_path / "sub" / ".." / "demo.sqlite"
    before = snapshot(demo)
    held = core.claim(demo)  # the window holds the real file
    try:
        for name in (link, other_spelling):
            one_line(run("import", "--db", name, items_csv), IN_USE)
            one_line(run("demo", "--db", name), IN_USE)
        with pytest.raises(DatabaseError) as err:
            core.claim(link)
        assert err.value.code == "db_in_use"
    finally:
        held.release()
    assert snapshot(demo) == before
    assert not (tmp_path / "link.sqlite.lock").exists()
    from tracker.ui.safety import server_name  # the window's bring-forward socket

    assert server_name(link) == server_name(demo) == server_name(other_spelling)


# -- 5. pipes, sockets and devices are refused at once -----------------------------------------


@POSIX
@pytest.mark.parametrize(
    "command",
    [["due"], ["check"], ["backup"], ["demo"], ["export", "--format", "csv", "--out", "x.csv"]],
)
def test_a_fifo_as_the_database_is_refused_without_waiting(
    tmp_path: Path, command: list[str]
) -> None:
    fifo = tmp_path / "db.fifo"
    os.mkfifo(fifo)
    one_line(run(*command, "--db", fifo, cwd=tmp_path), NOT_REGULAR)  # a hang times out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.fifo"]  # no .lock, no journal


@POSIX
@pytest.mark.parametrize("command", [["demo"], ["check"], ["due"]])
def test_a_symlink_loop_or_a_dangling_link_is_refused_and_nothing_made(
    tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    (tmp_path / "dangling.sqlite").symlink_to(tmp_path / "nowhere" / "x.sqlite")
    listing = sorted(p.name for p in tmp_path.iterdir())
    one_line(run(*command, "--db", "loop1", cwd=tmp_path), "تعذرت قراءة ملف قاعدة البيانات")
    one_line(run(*command, "--db", "dangling.sqlite", cwd=tmp_path), "رابط رمزي إلى ملف غير موجود")
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no lock, no folder


@POSIX
def test_a_socket_as_the_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        one_line(run("demo", "--db", path), NOT_REGULAR)
    finally:
        server.close()
    assert not (tmp_path / "s.sock.lock").exists()


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
@pytest.mark.parametrize("command", [["check"], ["demo"], ["due"]])
def test_dev_null_is_refused_and_nothing_is_left_beside_it(command: list[str]) -> None:
    null = Path("/dev/null")
    beside = [Path(f"/dev/null{s}") for s in (".lock", "-journal", "-wal", "-shm")]
    existed = {p: p.exists() for p in beside}
    mode = stat.S_IMODE(null.stat().st_mode)
    try:
        one_line(run(*command, "--db", null), NOT_REGULAR)
        assert {p: p.exists() for p in beside} == existed
        assert stat.S_IMODE(null.stat().st_mode) == mode
    finally:  # a regression must not leave the machine's /dev changed
        for p in beside:
            if not existed[p] and p.is_file():
                p.unlink()
        if stat.S_IMODE(null.stat().st_mode) != mode:
            os.chmod(null, mode)


@POSIX
def test_a_fifo_as_the_import_file_or_the_output_is_refused(demo: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "items.csv"
    os.mkfifo(fifo)
    before = snapshot(demo)
    one_line(run("import", "--db", demo, fifo), "ملف الاستيراد ليس ملفاً عادياً")
    one_line(run("export", "--db", demo, "--format", "csv", "--out", fifo), NOT_REGULAR)
    assert snapshot(demo) == before and stat.S_ISFIFO(fifo.stat().st_mode)


# -- 6. a full disk is called a full disk -------------------------------------------------------


def _enospc(*_args: object, **_kw: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_simulated_enospc_on_export_and_backup(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "items.csv"
    out.write_text("yesterday's good export\n", encoding="utf-8")
    before = snapshot(demo, out)
    from tracker.store import outfile

    monkeypatch.setattr(outfile.os, "fsync", _enospc)  # the disk fills while writing
    with Tracker.open(demo, create=False) as t, pytest.raises(TrackerError) as err:
        t.exchange.export_file(out, "csv")
    assert err.value.code == "disk_full" and DISK_FULL in err.value.message("ar")
    assert "plus d'espace libre" in err.value.message("fr").lower()
    with pytest.raises(DatabaseError) as err:
        core.take_backup(demo)
    assert err.value.code == "disk_full"
    with pytest.raises(DatabaseError) as err:
        core.backup_to(demo, tmp_path / "copy.sqlite")
    assert err.value.code == "disk_full"
    monkeypatch.undo()
    assert snapshot(demo, out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("demo")) == [
        "backups",
        "items.csv",
    ]
    assert list((tmp_path / "backups").iterdir()) == []


def test_simulated_full_database_is_not_called_damaged(tmp_path: Path) -> None:
    """SQLite's own SQLITE_FULL ("database or disk is full"), from a page cap."""
    from sqlalchemy import event

    db = tmp_path / "capped.sqlite"
    Tracker.open(db).close()
    conn = sqlite3.connect(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    t = Tracker.open(db, lock=True)
    try:
        engine = t._db.engine
        engine.dispose()
        event.listen(engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count={pages}"))
        with pytest.raises(DatabaseError) as err:
            t.load_demo()
    finally:
        t.close(clean=False)
    assert err.value.code == "disk_full", err.value.message("en")
    assert "تالف" not in err.value.message("ar") and DISK_FULL in err.value.message("ar")
    conn = sqlite3.connect(db)
    try:  # nothing of the demo was written: all or nothing
        assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_a_new_file_that_could_not_be_made_is_not_left_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.store import migrate

    def full(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrate, "upgrade", full)
    new = tmp_path / "new.sqlite"
    with pytest.raises(DatabaseError) as err:
        Tracker.open(new, lock=True)
    assert err.value.code == "disk_full"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.sqlite.lock"]


def test_simulated_enospc_through_the_command_line(demo: Path, tmp_path: Path) -> None:
    """The same, as the user reads it: one line, exit 1, the old export kept."""
    out = tmp_path / "items.csv"
    out.write_text("yesterday's good export\n", encoding="utf-8")
    before = snapshot(demo, out)
    code = textwrap.dedent(
        f"""
        import errno, os, sys
        from tracker.store import outfile
        def full(*a, **k):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        outfile.os.fsync = full
        from tracker.cli import main
        sys.exit(main(["export", "--db", {str(demo)!r}, "--format", "xlsx", "--out", {str(out)!r}]))
        """
    )
    done = _python(["-c", code])
    one_line(done, DISK_FULL)
    assert snapshot(demo, out) == before


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs under the test's folder (root on Linux), unmounted whatever happens."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mnt = tmp_path / "small-disk"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(disk: Path, leave_kb: int) -> None:
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    free_kb = shutil.disk_usage(disk).free // 1024
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free_kb - leave_kb) * 1024)


def test_a_real_full_disk(template: Path, small_disk: Path) -> None:
    db = small_disk / "demo.sqlite"
    shutil.copyfile(template, db)
    os.chmod(db, 0o600)
    good_pdf, good_csv = small_disk / "good.pdf", small_disk / "items.csv"
    assert run("report", "--db", db, "--today", TODAY, "--out", good_pdf).returncode == 0
    assert run("export", "--db", db, "--format", "csv", "--out", good_csv).returncode == 0
    (small_disk / "demo.sqlite-shm").unlink(missing_ok=True)
    (small_disk / "demo.sqlite-wal").unlink(missing_ok=True)
    before = snapshot(db, good_pdf, good_csv)

    # A little room: the file can be read, the report cannot be written whole.
    _fill(small_disk, leave_kb=40)
    out = run("report", "--db", db, "--today", TODAY, "--out", good_pdf)
    one_line(out, DISK_FULL)
    assert "كُتب التقرير" not in out.stdout
    assert snapshot(db, good_pdf, good_csv) == before
    for extra in ("demo.sqlite-shm", "demo.sqlite-wal"):  # no reader may find them ready
        (small_disk / extra).unlink(missing_ok=True)
    new = small_disk / "new.sqlite"
    one_line(run("demo", "--db", new), DISK_FULL)
    assert not new.exists()  # no empty file left for the next command to trip on

    # No room at all: every command says so, none calls the file damaged.
    _fill(small_disk, leave_kb=0)
    for args in (
        ["check"],
        ["backup"],
        ["backup", "--out", small_disk / "copy.sqlite"],
        ["export", "--format", "csv", "--out", good_csv],
        ["export", "--format", "xlsx", "--out", small_disk / "items.xlsx"],
        ["report", "--today", TODAY, "--out", good_pdf],
        ["import", good_csv],
        ["demo"],
        ["due", "--today", TODAY],
    ):
        out = run(*args, "--db", db)
        one_line(out, DISK_FULL)
        assert "تالف" not in out.stderr and "استرجع" not in out.stderr
    assert snapshot(db, good_pdf, good_csv) == before
    assert not (small_disk / "copy.sqlite").exists() and not (small_disk / "items.xlsx").exists()
    assert not list(small_disk.glob(".*part"))


# -- 7. files we create follow the database's privacy --------------------------------------------


@POSIX
def test_folders_and_outputs_are_private_whatever_the_umask(demo: Path, tmp_path: Path) -> None:
    db = tmp_path / "new" / "deeper" / "tracker.sqlite"
    data = tmp_path / "data" / "nested"
    done = run("demo", "--db", db, umask=0, env={"TRACKER_DATA_DIR": str(data)})
    assert done.returncode == 0, done.stderr
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper"):
        assert _mode(folder) == 0o700, folder
    assert _mode(db) == 0o600
    default = run("demo", umask=0, env={"TRACKER_DATA_DIR": str(data)})  # the default file
    assert default.returncode == 0, default.stderr
    assert _mode(data) == 0o700 and _mode(tmp_path / "data") == 0o700
    assert _mode(data / "tracker.sqlite") == 0o600
    outs = tmp_path / "outs"
    outs.mkdir()
    for args, out in (
        (["export", "--format", "csv"], outs / "items.csv"),
        (["export", "--format", "xlsx"], outs / "items.xlsx"),
        (["report", "--today", TODAY], outs / "report.pdf"),
        (["backup"], outs / "copy.sqlite"),
    ):
        assert run(*args, "--db", demo, "--out", out, umask=0).returncode == 0
        assert _mode(out) == 0o600, out
    assert run("backup", "--db", demo, umask=0).returncode == 0
    assert _mode(tmp_path / "backups") == 0o700


@POSIX
def test_a_database_readable_by_others_is_tightened_and_said_once(demo: Path) -> None:
    os.chmod(demo, 0o644)
    wal = demo.with_name(demo.name + "-wal")
    before = snapshot(demo)
    first = run("due", "--db", demo, "--today", TODAY)
    assert first.returncode == 0
    lines = first.stderr.strip().splitlines()
    assert len(lines) == 1 and TIGHTENED in lines[0], first.stderr
    assert _mode(demo) == 0o600 and (not wal.exists() or _mode(wal) == 0o600)
    second = run("due", "--db", demo, "--today", TODAY, env={"TRACKER_LANG": "fr"})
    assert second.returncode == 0 and second.stderr == ""  # said once
    assert snapshot(demo) == before
    os.chmod(demo, 0o640)
    with Tracker.open(demo, create=False) as t:  # the window's record of it
        assert t.tightened[0] == demo.resolve()  # (with its -wal/-shm if a read made them)
        assert {p.name for p in t.tightened} <= {
            "demo.sqlite",
            "demo.sqlite-wal",
            "demo.sqlite-shm",
        }
        assert all(_mode(p) == 0o600 for p in t.tightened)


# -- 16 and 19: import into a new file; a 0-byte or foreign file is refused ---------------------


def test_import_into_a_new_database_creates_it(tmp_path: Path, items_csv: Path) -> None:
    new = tmp_path / "new.sqlite"
    done = run("import", "--db", new, items_csv, "--create-owners")
    assert done.returncode == 0, done.stderr
    assert "18" in done.stdout
    with Tracker.open(new, create=False) as t:
        assert t.items.due(date(2026, 11, 29), 30).overdue
    if os.name == "posix":
        assert _mode(new) == 0o600


@pytest.mark.parametrize("kind", ["zero_bytes", "empty_sqlite", "other_program", "text"])
def test_import_refuses_an_existing_file_that_is_not_a_tracker_file(
    tmp_path: Path, items_csv: Path, kind: str
) -> None:
    target = tmp_path / "target.sqlite"
    if kind == "zero_bytes":
        target.write_bytes(b"")
        expected = EMPTY
    elif kind == "empty_sqlite":
        sqlite3.connect(target).execute("PRAGMA user_version=1").connection.close()
        expected = "لبرنامج آخر"
    elif kind == "other_program":
        with sqlite3.connect(target) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
        expected = "لبرنامج آخر"
    else:
        target.write_text("محضر الاجتماع\n" * 40, encoding="utf-8")
        expected = "ليس قاعدة بيانات"
    before = snapshot(target)
    one_line(run("import", "--db", target, items_csv, "--create-owners"), expected)
    assert snapshot(target) == before


def test_check_warns_of_objects_the_app_did_not_create(demo: Path) -> None:
    clean = run("check", "--db", demo)
    assert clean.returncode == 0 and clean.stderr == ""  # the app's own file: no warning
    with sqlite3.connect(demo) as conn:
        conn.execute("CREATE TRIGGER spy AFTER INSERT ON meeting BEGIN SELECT 1; END")
        conn.execute("CREATE VIEW v_all AS SELECT * FROM meeting")
        conn.execute("CREATE TABLE notes (x TEXT)")
    conn.close()
    before = snapshot(demo)
    out = run("check", "--db", demo)
    assert out.returncode == 0 and "سليمة" in out.stdout  # the data is sound
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and FOREIGN in lines[0], out.stderr
    for name in ("trigger spy", "view v_all", "table notes"):
        assert name in lines[0]
    fr = run("check", "--db", demo, env={"TRACKER_LANG": "fr"})
    assert fr.returncode == 0 and "que le programme n'a pas créés" in fr.stderr
    assert snapshot(demo) == before
