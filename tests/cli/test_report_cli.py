"""`tracker report` writes the PDF without a screen; its text reads back in logical order."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.cli.test_cli import run

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="needs pdftotext, pdfinfo and pdffonts from poppler-utils (apt install poppler-utils)",
)

TODAY = "2026-11-29"


def pdf_text(pdf: Path, *crop: str, page: int | None = None) -> str:
    """The text of ``pdf`` (presentation forms folded, bidi marks and spaces removed).

    pdftotext keeps the logical order but drops the space between a number and the Arabic
    word after it ("17أبريل"), so texts are compared without spaces.
    """
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-r", "72", *crop, *pages, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    out = unicodedata.normalize("NFKC", out)
    out = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", out)
    return re.sub(r"\s+", "", out)


def has(text: str, words: str) -> bool:
    return re.sub(r"\s+", "", words) in text


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("rep") / "demo.sqlite"
    assert run("demo", "--db", db).returncode == 0
    return db


@needs_poppler
def test_meeting_report_pdf(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    done = run("report", "--db", demo_file, "--today", TODAY, "--out", out)
    assert done.returncode == 0, done.stderr
    assert pages_of(out) == 3
    text = pdf_text(out)
    for words in (
        "إقليم تاونات",
        "تقرير تتبع تنفيذ المقررات",
        "الهيكلة التنظيمية",
        "التشريعية لسنة 2026",
        "تحديث لوائح المنخرطين",
        "التمكين السياسي",
        "17 أبريل 2026",
        "31 مارس 2026",
        "15 دجنبر 2026",
        "31 يناير 2027",
        "صفحة 1 من 3",
        "صفحة 3 من 3",
        "تاريخ الطبع",
        "29 نونبر 2026",
    ):
        assert has(text, words), words
    # The bundled font that maps every glyph (lam-alef ligatures included) is embedded.
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    sans = [line for line in fonts.splitlines() if "NotoSansArabic" in line]
    assert sans and all(" yes " in line for line in sans)
    assert "NotoNaskhArabic" not in fonts


@needs_poppler
def test_lam_alef_reads_back(demo_file: Path, tmp_path: Path) -> None:
    """Copying or searching the PDF finds words with a lam-alef ligature (Noto Naskh
    Arabic lost them in Qt's text layer: «الأمانة» read back as «ا مانة»)."""
    out = tmp_path / "report.pdf"
    assert run("report", "--db", demo_file, "--today", TODAY, "--out", out).returncode == 0
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    words = unicodedata.normalize("NFKC", raw).split()
    text = " ".join(words)
    for expected in ("الأمانة الإقليمية", "الإقليم", "الاجتماع", "خلال ثلاثة أشهر"):
        assert expected in text, expected
    assert "لا" in text and "ا مانة" not in text


@needs_poppler
def test_table_reads_right_to_left_on_the_page(demo_file: Path, tmp_path: Path) -> None:
    """The item column is at the right edge of the page, the latest note at the left."""
    out = tmp_path / "report.pdf"
    assert run("report", "--db", demo_file, "--today", TODAY, "--out", out).returncode == 0
    right = pdf_text(out, "-x", "400", "-y", "0", "-W", "195", "-H", "842", page=1)
    left = pdf_text(out, "-x", "0", "-y", "0", "-W", "170", "-H", "842", page=1)
    assert has(right, "تعميم الهيكلة التنظيمية") and has(right, "ر.ت")
    assert not has(left, "تعميم الهيكلة")
    assert has(left, "تمت هيكلة نصف الجماعات") and not has(right, "تمت هيكلة")
    assert has(right, "حزب") and has(left, "تاونات في 29 نونبر 2026")  # letterhead, date


@needs_poppler
def test_all_owners_each_on_a_new_page_and_due_list(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "owners.pdf"
    done = run("report", "--db", demo_file, "--all-owners", "--today", TODAY, "--out", out)
    assert done.returncode == 0, done.stderr
    n = pages_of(out)
    assert n >= 9  # nine owners with items, each starting a page
    for page in range(1, n + 1):
        assert has(pdf_text(out, page=page), f"صفحة {page} من {n}")
    starts = [p for p in range(1, n + 1) if has(pdf_text(out, page=p), "المسؤول:")]
    assert len(starts) == 9
    due = tmp_path / "due.pdf"
    assert run("report", "--db", demo_file, "--due", "--today", TODAY, "--out", due).returncode == 0
    text = pdf_text(due)
    assert has(text, "المهام المتأخرة") and has(text, "2 دجنبر 2026")
    assert not has(text, "31 يناير 2027")  # beyond the 30-day horizon


def test_report_errors_are_one_line(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "x.pdf"
    missing = run("report", "--db", tmp_path / "none.sqlite", "--out", out)
    assert missing.returncode == 1 and "غير موجود" in missing.stderr
    bad = run("report", "--db", demo_file, "--meeting", "999", "--out", out)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert "لا يوجد اجتماع بالرقم 999" in bad.stderr
    assert "Traceback" not in bad.stderr and not out.exists()


def test_export_and_import_commands(demo_file: Path, tmp_path: Path) -> None:
    csv_out, xlsx_out, ics_out = (tmp_path / f"items.{x}" for x in ("csv", "xlsx", "ics"))
    for fmt, out in (("csv", csv_out), ("xlsx", xlsx_out), ("ics", ics_out)):
        done = run("export", "--db", demo_file, "--format", fmt, "--out", out)
        assert done.returncode == 0 and out.exists(), done.stderr
        assert "18" in done.stdout or fmt == "ics"
    again = run("import", "--db", demo_file, csv_out)
    assert again.returncode == 0 and "18 دون تغيير" in again.stdout, again.stderr
    # Issue 12 (16) changed this: import makes a new database as the app does (it used to
    # refuse a missing one); the demo's owners are unknown there until --create-owners.
    fresh = tmp_path / "fresh.sqlite"
    unknown = run("import", "--db", fresh, xlsx_out)
    assert unknown.returncode == 1 and "مسؤول غير معروف" in unknown.stderr and fresh.exists()
    created = run("import", "--db", fresh, xlsx_out, "--create-owners")
    assert created.returncode == 0, created.stderr
    run("demo", "--db", fresh)
    assert run("import", "--db", fresh, xlsx_out).returncode == 0


def test_failed_import_lists_cells_and_one_line_verdict(demo_file: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "المهمة,تاريخ الاجتماع,عنوان الاجتماع,المسؤول\nمهمة,2026-13-01,اجتماع,مجهول\n",
        encoding="utf-8",
    )
    before = demo_file.read_bytes()
    out = run("import", "--db", demo_file, bad)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "لم يُستورد أي شيء" in out.stderr
    assert "السطر 2، العمود «تاريخ الاجتماع»" in out.stdout
    assert "السطر 2، العمود «المسؤول»" in out.stdout
    assert demo_file.read_bytes() == before
    wrong = tmp_path / "w.csv"
    wrong.write_bytes("المهمة\n".encode("cp1256"))
    out = run("import", "--db", demo_file, wrong)
    assert out.returncode == 1 and "UTF-8" in out.stderr and out.stdout == ""


@needs_poppler
def test_a_long_unbroken_title_wraps_inside_the_page(tmp_path: Path) -> None:
    from tracker.services.core import Tracker

    path = tmp_path / "long.sqlite"
    with Tracker.open(path) as db:
        m = db.meetings.create({"title": "اجتماع", "held_on": "2026-01-17"})
        o = db.owners.create({"name": "الأمانة الإقليمية"})
        db.items.create(
            {"title": "https://example.org/" + "x" * 240, "owner_id": o.id, "meeting_id": m.id}
        )
    pdf = tmp_path / "long.pdf"
    assert run("report", "--db", path, "--today", TODAY, "--out", pdf).returncode == 0
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= page_width
    assert "xxxxxxxxxx" in pdf_text(pdf)  # the title is there, wrapped, not dropped


@needs_poppler
def test_french_report_keeps_arabic_names_whole(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    done = run(
        "report", "--db", demo_file, "--today", TODAY, "--out", out, env={"TRACKER_LANG": "fr"}
    )
    assert done.returncode == 0, done.stderr
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    assert "Rapport de suivi des résolutions" in text
    for expected in ("الأمانة الإقليمية", "الإقليم", "خلال"):
        assert expected in text, expected


def _page_texts(pdf: Path) -> list[str]:
    texts = []
    for page in range(1, pages_of(pdf) + 1):
        out = subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        texts.append(unicodedata.normalize("NFKC", out))
    return texts


@needs_poppler
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_rows_and_headings_are_never_split_across_pages(tmp_path: Path, lang: str) -> None:
    """Rows of several lines fall on page ends: each row (its first and last words, its
    late status) is on one page, and no resolution heading ends a page."""
    from tracker.services.core import Tracker

    path = tmp_path / "many.sqlite"
    assert run("demo", "--db", path).returncode == 0
    with Tracker.open(path) as db:
        meeting = db.meetings.list()[0]
        resolutions = db.meetings.resolutions(meeting.id)
        owner = db.owners.list()[0]
        for n in range(36):
            filler = " ".join(["تنظيم لقاءات تواصلية مع المواطنين"] * (1 + n % 4))
            db.items.create(
                {
                    "title": f"ALPHA{n} {filler} OMEGA{n}",
                    "owner_id": owner.id,
                    "meeting_id": meeting.id,
                    "resolution_id": resolutions[n % len(resolutions)].id,
                    "due_on": "2026-03-01",
                }
            )
    pdf = tmp_path / "many.pdf"
    done = run("report", "--db", path, "--today", TODAY, "--out", pdf, env={"TRACKER_LANG": lang})
    assert done.returncode == 0, done.stderr
    pages = _page_texts(pdf)
    assert len(pages) >= 4
    for n in range(36):
        on = [i for i, text in enumerate(pages) if re.search(rf"(ALPHA|OMEGA){n}\b", text)]
        assert len(on) == 1, (n, on)
        assert re.search(rf"\bALPHA{n}\b", pages[on[0]]) and re.search(
            rf"\bOMEGA{n}\b", pages[on[0]]
        )
    heading = re.compile(r"(المقرر|Résolution)\s*\d+\s*:")
    for i, text in enumerate(pages):
        lines = [line for line in text.splitlines() if line.strip()]
        body = lines[:-1]  # the footer (page N of M, printing date) is the last line
        assert body and not heading.search(body[-1]), (i + 1, body[-1])
