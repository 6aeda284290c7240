"""Reports › Follow-up agenda in the window: the print preview like the other reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tracker.services.core import Tracker
from tracker.ui import features, i18n
from tracker.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_db: Tracker):  # type: ignore[no-untyped-def]
    i18n.install_language(QApplication.instance(), "ar")
    win = MainWindow(demo_db, today=lambda: TODAY)
    qtbot.addWidget(win)
    actions = features.install(win, demo_db, interactive=False).reports
    actions.shown = []
    actions.exec_dialog = actions.shown.append
    actions.errors = []
    actions.show_error = actions.errors.append
    yield win
    win.features.shutdown()


def test_agenda_preview_from_the_reports_menu(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    names = [a.objectName() for a in window.menu("reports").actions()]
    for name in ("action_report_agenda", "action_report_changes", "action_report_minutes"):
        assert name in names
    assert "action_review" in [a.objectName() for a in window.menu("edit").actions()]
    reports = window.features.reports
    with qtbot.waitSignal(reports.preview_ready, timeout=20_000) as got:
        window.findChild(QAction, "action_report_agenda").trigger()
    doc, html = got.args
    assert doc.kind == "agenda" and "جدول أعمال تتبع تنفيذ المقررات" in html
    assert "القرار" in html
    dialog = reports.shown[-1]
    assert dialog.objectName() == "report_preview"
    printer = reports._last_preview[0]
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "preview.pdf"
    printer.setOutputFileName(str(out))
    dialog.paintRequested.emit(printer)
    assert out.stat().st_size > 10_000
    assert not reports.errors


def test_agenda_saved_as_pdf_from_the_menu(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reports = window.features.reports
    out = tmp_path / "agenda.pdf"
    reports.ask_save_path = lambda *a: out
    with qtbot.waitSignal(reports.finished, timeout=20_000):
        window.findChild(QAction, "action_pdf_agenda").trigger()
    assert out.read_bytes().startswith(b"%PDF-")


def test_changes_and_minutes_previews_ask_for_the_meeting(qtbot, window, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    reports, review = window.features.reports, window.features.review
    asked = []
    first = demo_db.meetings.latest().id

    def ask(title: str) -> int:
        asked.append(title)
        return first

    review.ask_meeting = ask
    window.model.item_filter()  # the navigation shows no meeting: the controller asks
    with qtbot.waitSignal(reports.preview_ready, timeout=20_000) as got:
        window.findChild(QAction, "action_report_changes").trigger()
    assert got.args[0].kind == "changes" and "ما تغير منذ الاجتماع" in got.args[1]
    with qtbot.waitSignal(reports.preview_ready, timeout=20_000) as got:
        window.findChild(QAction, "action_report_minutes").trigger()
    assert got.args[0].kind == "minutes" and "محضر التتبع" in got.args[1]
    assert len(asked) == 2
    review.ask_meeting = lambda title: None  # cancelled: nothing happens
    window.findChild(QAction, "action_report_minutes").trigger()
    assert not reports.errors


def test_the_agenda_is_prepared_for_the_upcoming_meeting_selected(
    qtbot, window, demo_db: Tracker
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    reports = window.features.reports
    upcoming = demo_db.meetings.create(
        {"title": "الاجتماع المقبل", "held_on": TODAY + timedelta(days=10)}
    )
    window.refresh()
    window.nav.select_key(f"meeting:{upcoming.id}")
    assert window.model.item_filter().meeting_id == upcoming.id
    with qtbot.waitSignal(reports.preview_ready, timeout=20_000) as got:
        window.findChild(QAction, "action_report_agenda").trigger()
    assert "الاجتماع المقبل" in got.args[0].meeting_title
    first = min(demo_db.meetings.list(), key=lambda m: m.held_on)
    window.nav.select_key(f"meeting:{first.id}")  # an earlier meeting: as of today
    with qtbot.waitSignal(reports.preview_ready, timeout=20_000) as got:
        window.findChild(QAction, "action_report_agenda").trigger()
    assert got.args[0].meeting_title == "" and got.args[0].items
