"""The coverage grid's PDF at the size of Morocco's largest province (issue 15): Taroudannt's
89 communes × 20 fanned-out items fit on a few A4 landscape pages, every name readable."""

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from tracker.services.core import Tracker

TODAY = date(2026, 11, 29)
MAX_PAGES = 6  # 5 in Arabic and in French (9 and 12 before the grid was made denser)


@pytest.fixture
def taroudannt(db: Tracker) -> Tracker:
    db.territories.set_province("09.541")
    meeting = db.meetings.create(
        {"title": "اجتماع الأمانة الإقليمية", "held_on": date(2026, 10, 1)},
        [{"text": f"توجيه رقم {i}"} for i in range(1, 21)],
    )
    owner = db.owners.find_or_create("الأمانة الإقليمية بتارودانت")
    for r in db.meetings.resolutions(meeting.id):
        item = db.items.create(
            {
                "title": f"تعميم التوجيه {r.ordinal} على جماعات الإقليم",
                "owner_id": owner.id,
                "meeting_id": meeting.id,
                "resolution_id": r.id,
            }
        )
        db.territories.fanout(item.id, "all", today=TODAY)
    return db


@pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="pdftotext (poppler-utils) is not installed: apt install poppler-utils",
)
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_taroudannt_grid_fits_on_a_few_pages_with_every_name(
    taroudannt: Tracker, qapp: object, tmp_path: Path, lang: str
) -> None:
    from tracker.ui.coverage_print import write_coverage_pdf

    grid = taroudannt.territories.coverage(today=TODAY)
    assert (len(grid.rows), len(grid.columns)) == (89, 20)
    out = tmp_path / "grid.pdf"
    pages = write_coverage_pdf(grid, out, lang)
    assert pages <= MAX_PAGES
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFKC", text)
    assert text.count("\f") == pages
    names = [row.name(lang) for row in grid.rows]
    missing = [n for n in names if unicodedata.normalize("NFKC", n) not in text]
    assert not missing, missing
    # Every cell's percent once: a row is never split, nor drawn twice across a page end.
    assert text.count("%") == 89 * 20 + 20
    # Narrow columns: short labels, explained once in the status legend.
    legend = "Légende des statuts" if lang == "fr" else "مفتاح الحالات"
    assert text.count(legend) == 1
