"""The coverage grid (issue 15): its data, the xlsx read back, the PDF's text."""

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput
from tracker.services.core import Tracker

DIRECTIVE = "5d0f1c1e-7a61-4c52-9a1f-202601173d01"
TODAY = date(2026, 4, 1)


@pytest.fixture
def fanned(demo_db: Tracker) -> Tracker:
    demo_db.territories.fanout(demo_db.territories.item_id(DIRECTIVE), today=TODAY)
    return demo_db


def test_grid_rows_are_the_communes_municipalities_first(fanned: Tracker) -> None:
    grid = fanned.territories.coverage(today=TODAY)
    assert len(grid.rows) == 49 and len(grid.columns) == 1
    assert [r.urban for r in grid.rows[:5]] == [True] * 5 and not grid.rows[5].urban
    rural = [r.cercle_ar for r in grid.rows[5:]]
    assert rural == sorted(rural)
    by_name = {r.name_fr: r.cells[0] for r in grid.rows}
    assert by_name["Taounate"].status is Status.DONE  # type: ignore[union-attr]
    assert by_name["Rhafsai"].status is Status.STALLED  # type: ignore[union-attr]
    assert all(c is not None for c in by_name.values())
    col = grid.columns[0]
    assert (col.done, col.total, col.resolution_ordinal) == (1, 49, 1)
    one = fanned.territories.coverage(today=TODAY, item_id=col.item_id)
    assert one.columns == grid.columns


def test_a_meeting_without_fanned_out_items_is_refused(demo_db: Tracker) -> None:
    with pytest.raises(InvalidInput) as exc:
        demo_db.territories.coverage(today=TODAY)
    assert exc.value.code == "coverage_empty"


def test_xlsx_reads_back_right_to_left_with_texts_and_fills(
    fanned: Tracker, tmp_path: Path
) -> None:
    import openpyxl

    out = tmp_path / "grid.xlsx"
    grid = fanned.territories.coverage(today=TODAY)
    fanned.territories.write_coverage_xlsx(grid, out)
    ws = openpyxl.load_workbook(out).active
    assert ws.sheet_view.rightToLeft
    values = [row for row in ws.iter_rows(values_only=True)]
    names = {r[0] for r in values}
    assert {r.name_ar for r in grid.rows} <= names  # all 49 communes
    taounate = next(row for row in ws.iter_rows() if row[0].value == "تاونات")
    assert taounate[1].value == "منجز 100%" and taounate[2].value == "1 من 1"
    assert taounate[1].fill.fgColor.rgb.endswith("C8E6C9")
    rhafsai = next(row for row in ws.iter_rows() if row[0].value == "غفساي")
    assert rhafsai[1].value == "متعثر 20%"
    assert any(v and v == "الدائرة: غفساي" for v in names)


@pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed: apt install poppler-utils",
)
def test_the_cli_pdf_names_all_49_communes(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    assert run("demo", "--db", db).returncode == 0
    assert run("fanout", DIRECTIVE, "--db", db).returncode == 0
    out = tmp_path / "grid.pdf"
    done = run("coverage", "--db", db, "--today", "2026-04-01", "--out", out)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    with Tracker.open(db) as t:
        communes = t.territories.communes()
    missing = [c.name_ar for c in communes if c.name_ar not in text]
    assert not missing, missing
    assert "شبكة تغطية الجماعات" in text and "تاونات" in text and "2026" in text
    assert "المجموع" in text and "مفتاح الأعمدة" in text  # totals, then the legend


def test_coverage_cli_refuses_a_bad_format_and_an_empty_meeting(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    assert run("demo", "--db", db).returncode == 0
    bad = run("coverage", "--db", db, "--out", tmp_path / "grid.txt")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    empty = run("coverage", "--db", db, "--out", tmp_path / "grid.xlsx")
    assert empty.returncode == 1 and "لا توجد مهام معمّمة" in empty.stderr
    assert not (tmp_path / "grid.xlsx").exists()


def test_coverage_of_one_item_and_bad_ids_from_the_cli(tmp_path: Path) -> None:
    import openpyxl

    db = tmp_path / "t.sqlite"
    assert run("demo", "--db", db).returncode == 0
    assert run("fanout", DIRECTIVE, "--to", "urban", "--db", db).returncode == 0
    out = tmp_path / "one.xlsx"
    done = run("coverage", "--item", DIRECTIVE, "--db", db, "--out", out)
    assert done.returncode == 0 and "× المهام 1" in done.stdout, done.stderr
    ws = openpyxl.load_workbook(out).active
    cells = [
        row[1]
        for row in ws.iter_rows(min_row=8, values_only=True)
        if row[1] and row[0] != "المجموع"
    ]
    assert sum(1 for c in cells if c != "—" and "%" in c) == 5  # the five municipalities
    for args in (["--meeting", "999"], ["--item", "no-such-uid"]):
        bad = run("coverage", *args, "--db", db, "--out", tmp_path / "x.xlsx")
        assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    other = "5d0f1c1e-7a61-4c52-9a1f-202601173d06"  # not fanned out
    bad = run("coverage", "--item", other, "--db", db, "--out", tmp_path / "x.xlsx")
    assert bad.returncode == 1 and "لا توجد مهام معمّمة" in bad.stderr
    assert not (tmp_path / "x.xlsx").exists()
