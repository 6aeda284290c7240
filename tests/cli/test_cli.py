"""The command-line contract of DESIGN.md, run as a user runs it (a fresh process)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import __version__


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "TRACKER_LANG": "ar", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tracker", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=120,
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and __version__ in out.stdout


def test_demo_twice_then_due(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    first, second = run("demo", "--db", db), run("--db", db, "demo")
    assert first.returncode == 0 and second.returncode == 0
    assert "تم تحميل" in first.stdout and "لم يُضف شيء" in second.stdout
    due = run("due", "--db", db, "--today", "2026-11-29", "--days", "7")
    assert due.returncode == 0, due.stderr
    lines = due.stdout.splitlines()
    overdue = [line for line in lines if "متأخر" in line]
    upcoming = [line for line in lines if "بعد" in line]
    assert lines == overdue + upcoming  # overdue first
    rollout = next(line for line in overdue if "تعميم الهيكلة التنظيمية" in line)
    assert rollout.startswith("2026-04-17\tمتأخر 226 يوماً\tالأمانة الإقليمية بتاونات")
    assert any(line.startswith("2026-12-02\tبعد 3 أيام") for line in upcoming)
    assert not any("2026-12-15" in line for line in lines)  # beyond 7 days
    wider = run("due", "--db", db, "--today", "2026-11-29", "--days", "30")
    assert any("2026-12-15" in line for line in wider.stdout.splitlines())


def test_check_and_backup(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    run("demo", "--db", db)
    check = run("check", "--db", db)
    assert check.returncode == 0 and "سليمة" in check.stdout
    out = tmp_path / "copy.sqlite"
    backup = run("backup", "--db", db, "--out", out)
    assert backup.returncode == 0, backup.stderr
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM action_item").fetchone()[0] == 18
    default = run("backup", "--db", db)
    assert default.returncode == 0 and len(list((tmp_path / "backups").glob("*.sqlite"))) == 1


def _damaged(tmp_path: Path) -> Path:
    db = tmp_path / "damaged.sqlite"
    run("demo", "--db", db)
    run("backup", "--db", db, "--out", tmp_path / "clean.sqlite")  # a single-file copy
    data = bytearray((tmp_path / "clean.sqlite").read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # scribble over every b-tree page header
        data[start : start + 64] = b"\xa5" * 64
    db.unlink()
    for extra in tmp_path.glob("damaged.sqlite-*"):
        extra.unlink()
    db.write_bytes(bytes(data))
    return db


@pytest.mark.parametrize("command", [["due"], ["check"], ["backup"], ["demo"], []])
@pytest.mark.parametrize("kind", ["missing", "directory", "not_sqlite", "damaged", "empty_other"])
def test_bad_database_files(tmp_path: Path, command: list[str], kind: str) -> None:
    if kind == "missing":
        if command in (["demo"], []):
            pytest.skip("demo and the GUI create a new database where there is none")
        target = tmp_path / "nowhere.sqlite"
        expected = "غير موجود"
    elif kind == "directory":
        target = tmp_path / "folder"
        target.mkdir()
        expected = "مجلد"
    elif kind == "not_sqlite":
        target = tmp_path / "notes.sqlite"
        target.write_text("محضر الاجتماع، ليس قاعدة بيانات\n" * 50, encoding="utf-8")
        expected = "ليس قاعدة بيانات"
    elif kind == "damaged":
        target = _damaged(tmp_path)
        expected = "تالف"
    else:
        target = tmp_path / "other.sqlite"
        with sqlite3.connect(target) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
        expected = "لبرنامج آخر"
    before = target.read_bytes() if target.is_file() else None
    args = [*command, "--db", target]
    if not command:
        args += ["--screenshot", tmp_path / "shot.png"]
    out = run(*args)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], out.stderr
    if before is not None:
        assert target.read_bytes() == before
    assert not (tmp_path / "shot.png").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["due", "--today", "2026-02-30"], "تاريخ غير مقروء"),
        (["due", "--days", "-3"], "عدد الأيام"),
    ],
)
def test_bad_arguments_one_line(tmp_path: Path, args: list[str], expected: str) -> None:
    out = run(*args, "--db", tmp_path / "x.sqlite")
    assert out.returncode == 2 and expected in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_messages_follow_the_language(tmp_path: Path) -> None:
    out = run("due", "--db", tmp_path / "none.sqlite", env={"TRACKER_LANG": "en"})
    assert out.returncode == 1 and "does not exist" in out.stderr
