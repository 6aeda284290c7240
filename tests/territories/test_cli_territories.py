"""`tracker province` and `tracker fanout` as a user runs them (issue 15)."""

import sqlite3
from pathlib import Path

from tests.cli.test_cli import run

DIRECTIVE = "5d0f1c1e-7a61-4c52-9a1f-202601173d01"


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_province_shown_set_and_refused(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    assert run("demo", "--db", db).returncode == 0
    shown = run("province", "--db", db)
    assert shown.returncode == 0 and shown.stdout.strip().startswith("تاونات (03.531)")
    again = run("province", "Taounate", "--db", db, env={"TRACKER_LANG": "fr"})
    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    assert lines[0].startswith("Province du fichier : Taounate (03.531) ; territoires ajoutés : 0")
    assert "فاس" in lines[1]  # the regional owners' «فاس» matches no commune: listed once
    before = _bytes(db)
    for bad, code in (("Ta", "يطابق أكثر من إقليم"), ("Tounate", "الأقرب: تاونات")):
        out = run("province", bad, "--db", db)
        assert out.returncode == 1 and out.stdout == ""
        assert len(out.stderr.strip().splitlines()) == 1 and code in out.stderr
    assert _bytes(db) == before


def test_province_on_a_new_file_loads_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    assert run("demo", "--db", db).returncode == 0
    out = run("province", "تازة", "--db", db)
    assert out.returncode == 0 and "تازة (03.561)" in out.stdout
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT count(*) FROM territory WHERE code LIKE '03.561.%'").fetchone()[0]
    conn.close()
    assert n > 0


def test_fanout_prints_one_line_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    assert run("demo", "--db", db).returncode == 0
    first = run("fanout", DIRECTIVE, "--db", db)
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.splitlines()) == 1
    assert "(49)" in first.stdout and "المنشأة 45" in first.stdout and "المضمومة 4" in first.stdout
    second = run("fanout", DIRECTIVE, "--to", "all", "--db", db, env={"TRACKER_LANG": "en"})
    assert "communes (49): created 0, adopted 0" in second.stdout
    before = _bytes(db)
    for args in (["--to", "cercle:Nowhere"], ["--to", "nowhere"], ["--to", "communes:Paris"]):
        out = run("fanout", DIRECTIVE, *args, "--db", db)
        assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    missing = run("fanout", "no-such-uid", "--db", db)
    assert missing.returncode == 1 and "no-such-uid" in missing.stderr
    assert _bytes(db) == before


def test_fanout_on_a_missing_file_makes_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    out = run("fanout", DIRECTIVE, "--db", missing)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    refused = run("province", "Taza", "--db", empty)
    assert refused.returncode == 1 and empty.read_bytes() == b""
