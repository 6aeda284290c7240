"""The window and every dialog on laptop screens: 1366×768 and a 1024×600 netbook.

The screen's size comes from the offscreen platform's configfile, read when the
QApplication is made, so each screen is measured in a subprocess
(``tests/gui/screen_probe.py`` prints its measurements as JSON).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QScrollArea

from tracker.ui.screen import TITLE_BAR, available, fit_dialog

PROBE = Path(__file__).with_name("screen_probe.py")
ROOT = Path(__file__).parents[2]
TITLE, RESOLUTION, OWNER, DUE, STATUS, PROGRESS, LAST_UPDATE = range(7)
# Every dialog a menu command opens (file dialogs and the owner question besides).
DIALOGS = {
    "action_new_meeting": "MeetingDialog",
    "action_from_communique": "DraftDialog",
    "action_edit_meeting": "MeetingDialog",
    "action_new_item": "ItemDialog",
    "action_edit": "ItemDialog",
    "action_owners": "OwnersDialog",
    "action_settings": "SettingsDialog",
    "action_import": "ImportDialog",
    "action_restore_backup": "RestoreDialog",
    "action_report_meeting": "QPrintPreviewDialog",
    "action_report_due": "QPrintPreviewDialog",
    "action_about": "QMessageBox",
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("screens") / "demo.sqlite"
    env = {**os.environ, "TRACKER_DATA_DIR": str(path.parent)}
    subprocess.run(
        [sys.executable, "-m", "tracker", "demo", "--db", str(path)],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    return path


def probe(tmp: Path, demo: Path, width: int, height: int, lang: str, *extra: str) -> dict:  # type: ignore[type-arg]
    screen = tmp / f"screen-{width}x{height}.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "s",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    data = tmp / f"data-{width}-{lang}-{len(extra)}"
    data.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "TRACKER_DATA_DIR": str(data),
    }
    done = subprocess.run(
        [sys.executable, str(PROBE), str(demo), lang, *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def inside(rect: list[int], screen: list[int]) -> bool:
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


@pytest.mark.parametrize(
    ("width", "height", "lang"),
    [(1366, 768, "ar"), (1366, 768, "fr"), (1024, 600, "ar"), (1024, 600, "fr")],
)
def test_the_window_and_every_dialog_fit_the_screen(  # type: ignore[no-untyped-def]
    tmp_path, demo_file, width, height, lang
) -> None:
    m = probe(tmp_path, demo_file, width, height, lang)
    screen = m["screen"]
    assert screen == [0, 0, width, height]
    # The main window: inside, with room for a title bar, and never wider than the screen.
    assert inside(m["frame"], screen), m["frame"]
    assert m["frame"][3] + TITLE_BAR <= height
    assert m["minimum_width"] <= width - 8
    # The navigation shows every smart view whole with its count; the detail pane leaves
    # the table more than half of the window.
    assert m["splitter"][0] >= m["nav_views_width"], (m["splitter"], m["nav_views_width"])
    assert m["parts_minimum"]["detail"] <= 0.26 * width, m["parts_minimum"]
    # The reminders panel leaves the room to the table and the detail pane.
    assert m["reminders_height"] <= 0.3 * height
    # Every dialog: inside the screen with room for a title bar, its buttons in sight.
    dialogs = m["dialogs"]
    for name, kind in DIALOGS.items():
        assert name in dialogs, (name, sorted(dialogs))
        assert dialogs[name]["class"] == kind
    for name, d in dialogs.items():
        assert inside(d["frame"], screen), (name, d)
        assert d["size"][1] + TITLE_BAR <= height, (name, d)
        assert d["buttons_inside"], (name, d)
    # The title column is the widest; dates, statuses and progress keep their content.
    cols, hidden = m["columns"], m["hidden"]
    shown = [w for i, w in enumerate(cols) if not hidden[i]]
    assert cols[TITLE] == max(shown) or cols[TITLE] >= 180
    for col in (DUE, STATUS, PROGRESS):
        assert not hidden[col]
    if width >= 1366:
        assert cols[TITLE] == max(shown)
        assert cols[TITLE] >= 0.35 * m["viewport"], (cols, m["viewport"])
        assert not hidden[OWNER]


def test_a_remembered_geometry_too_big_for_the_screen_is_brought_back_inside(  # type: ignore[no-untyped-def]
    tmp_path, demo_file
) -> None:
    # As left on a bigger screen (or a projector), then opened on a netbook.
    m = probe(tmp_path, demo_file, 1024, 600, "ar", "--geometry", "1800,1000,700,500")
    assert inside(m["frame"], m["screen"]), m["frame"]
    assert m["frame"][3] + TITLE_BAR <= 600


def test_a_tall_form_scrolls_inside_its_dialog_with_the_buttons_in_sight(qapp) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    form = QFormLayout(dialog)
    for i in range(60):
        form.addRow(f"field {i}", QLineEdit())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    form.addRow(buttons)
    fit_dialog(dialog)
    screen = available(dialog)
    assert dialog.height() + TITLE_BAR <= screen.height()
    assert dialog.findChild(QScrollArea) is not None
    assert buttons.parentWidget() is dialog  # outside the scroll area: always in sight
    assert dialog.layout().totalMinimumSize().height() + TITLE_BAR <= screen.height()


def test_the_whole_title_and_its_origin_are_in_the_tooltip(qapp, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from tests.conftest import TODAY
    from tracker.services.views import ItemFilter
    from tracker.ui.item_model import ItemTableModel

    model = ItemTableModel(demo_db, ItemFilter(today=TODAY))
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        title = model.index(row, TITLE).data()
        tip = model.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(title)
        assert model.index(row, OWNER).data() in tip  # the owner, when its column gives way
        assert model.index(row, OWNER).data(Qt.ItemDataRole.ToolTipRole)


def test_a_restored_column_layout_does_not_stop_the_fitting(make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.columns import ColumnFitter

    window = make_window(demo_db)
    header = window.table.horizontalHeader()
    for col, width in ((1, 135), (2, 150), (3, 100), (4, 120), (5, 90), (6, 95)):
        header.resizeSection(col, width)  # as the columns were before they were fitted
    header.restoreState(header.saveState())
    fitter = window.table.findChild(ColumnFitter)
    assert fitter is not None and not fitter.manual
    window.resize(window.width() - 40, window.height())
    fitter.fit()
    shown = [header.sectionSize(c) for c in range(7) if not header.isSectionHidden(c)]
    assert header.sectionSize(TITLE) == max(shown)
