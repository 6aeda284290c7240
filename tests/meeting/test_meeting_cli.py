"""`tracker agenda`, `changes`, `minutes`: PDFs read back, one line on success or failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.cli.test_report_cli import has, needs_poppler, pages_of, pdf_text

DAY = "2026-06-01"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("agenda") / "demo.sqlite"
    assert run("demo", "--db", db).returncode == 0
    return db


@needs_poppler
def test_agenda_pdf_lists_the_late_items_with_their_lateness(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "agenda.pdf"
    done = run("agenda", "--db", demo_file, "--today", DAY, "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and done.stderr == ""
    assert pages_of(out) >= 2
    first = pdf_text(out, page=1)
    for words in ("إقليم تاونات", "جدول أعمال تتبع تنفيذ المقررات", "ملخص", "حسب المسؤول"):
        assert has(first, words), words
    assert has(first, "صفحة 1 من")
    text = pdf_text(out)
    for words in (
        "إعداد خطة الاستعداد للاستحقاقات التشريعية",  # late 76 days
        "متأخر 76 يوماً",
        "متأخر 62 يوماً",
        "متأخر 45 يوماً",
        "القرار",
        "17 مارس 2026",
    ):
        assert has(text, words), words
    for gone in (
        "تقييم أداء الأمانات المحلية",  # done
        "التحضير للمؤتمر الجهوي لمنظمة شباب الحزب",  # done
        "بقافلة منظمة نساء الحزب",  # cancelled
    ):
        assert not has(text, gone), gone
    assert has(text, "هيكلة الأمانة المحلية بتيسة")  # open, late
    # the first group of late items comes before the first not-late one
    assert text.index("متأخر76") < text.index("30يونيو2026")


@needs_poppler
def test_agenda_in_french(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "agenda-fr.pdf"
    done = run(
        "agenda", "--db", demo_file, "--today", DAY, "--out", out, env={"TRACKER_LANG": "fr"}
    )
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert has(text, "Ordre du jour du suivi des résolutions") and has(text, "Décision")
    assert has(text, "en retard de 76 jours")


@pytest.mark.parametrize(
    "args, words",
    [
        (["agenda", "--today", "2026-02-30"], "2026-02-30"),
        (["agenda", "--today", DAY], "--out"),
        (["changes", "--out", "x.pdf"], "--since-meeting"),
        (["changes", "--since-meeting", "0", "--out", "x.pdf"], "0"),
        (["minutes", "--meeting", "abc", "--out", "x.pdf"], "abc"),
    ],
)
def test_bad_arguments_say_one_line(
    demo_file: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    done = run(*args, "--db", demo_file)
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_unknown_meeting_and_unsafe_outputs_write_nothing(demo_file: Path, tmp_path: Path) -> None:
    before = demo_file.read_bytes()
    out = tmp_path / "c.pdf"
    for cmd in (
        ["changes", "--since-meeting", "99"],
        ["minutes", "--meeting", "99"],
        ["agenda", "--meeting", "99"],
    ):
        done = run(*cmd, "--db", demo_file, "--out", out)
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert "99" in done.stderr and not out.exists()
    done = run("agenda", "--db", demo_file, "--out", tmp_path / "missing" / "a.pdf")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    done = run("agenda", "--db", demo_file, "--out", demo_file)  # never over the database
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert demo_file.read_bytes() == before


@needs_poppler
def test_changes_and_minutes_pdfs_read_back(tmp_path: Path) -> None:
    from datetime import date, datetime

    from tracker.services.core import Tracker
    from tracker.services.views import ItemFilter, View

    db = tmp_path / "t.sqlite"
    with Tracker.open(db) as t:
        t.load_demo()
        day = date(2026, 6, 1)
        ids = {
            r.title: r.id for r in t.items.list(ItemFilter(today=day, view=View.ALL), limit=None)
        }
        at = datetime(2026, 5, 20, 10)
        t.items.record_progress(
            ids["هيكلة الأمانة المحلية بتيسة"],
            {"status": "done", "progress": 100, "reported_by": "كاتب الأمانة المحلية"},
            now=at,
        )
        t.items.update(
            ids["هيكلة الأمانة المحلية بقرية با محمد"],
            {"due_on": date(2026, 7, 31)},
            reported_by="الكاتب الإقليمي",
            now=at,
        )
        june = t.meetings.create({"title": "اجتماع يونيو", "held_on": day}).id
        t.review.decide(
            june,
            ids["تعميم الهيكلة التنظيمية على جميع جماعات الإقليم"],
            {"status": "in_progress", "progress": 75, "note": "تسريع الهيكلة"},
            today=day,
            now=datetime(2026, 6, 1, 18),
        )
    out = tmp_path / "changes.pdf"
    done = run("changes", "--since-meeting", "1", "--db", db, "--today", DAY, "--out", out)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    for words in (
        "ما تغير منذ الاجتماع",
        "المهام المنجزة",
        "هيكلة الأمانة المحلية بتيسة",
        "كاتب الأمانة المحلية",
        "المهام التي تأخر أجلها",
        "31 يوليوز 2026",
        "الكاتب الإقليمي",
        "المهام التي صارت متأخرة",
        "إقليم تاونات",
    ):
        assert has(text, words), words
    out = tmp_path / "minutes.pdf"
    done = run("minutes", "--meeting", str(june), "--db", db, "--today", DAY, "--out", out)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    for words in ("محضر التتبع", "اجتماع يونيو", "تسريع الهيكلة", "75%", "قيد الإنجاز"):
        assert has(text, words), words
    out = tmp_path / "minutes-fr.pdf"
    done = run(
        "minutes", "--meeting", str(june), "--db", db, "--out", out, env={"TRACKER_LANG": "fr"}
    )
    assert done.returncode == 0, done.stderr
    assert has(pdf_text(out), "Procès-verbal de suivi")
