import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from tests.conftest import TODAY
from tracker.services.core import Tracker
from tracker.ui.item_model import ItemTableModel
from tracker.ui.main_window import MainWindow


def test_screenshot_command_writes_a_picture_of_the_window(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "tracker", "demo", "--db", str(db)], check=True, capture_output=True
    )
    out = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(db), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    # The window fits the screen it is on (the offscreen platform's default: 800×800).
    assert 600 <= image.width() <= 800 and 400 <= image.height() <= 800


def test_main_window_is_right_to_left_and_lists_the_demo_items(qtbot, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from tracker.ui import i18n

    i18n.install_language(QApplication.instance(), "ar")
    window = MainWindow(demo_db, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    model = window.table.model()
    titles = [model.index(r, ItemTableModel.TITLE).data() for r in range(model.rowCount())]
    assert "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم" in titles
    due = [model.index(r, ItemTableModel.DUE).data() for r in range(model.rowCount())]
    assert "17 أبريل 2026" in due  # Moroccan month names, no bidi marks
    assert all("\u200f" not in d for d in due)


def test_item_model_passes_the_model_tester(qtmodeltester, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    from tracker.services.views import ItemFilter, View

    model = ItemTableModel(demo_db, ItemFilter(today=TODAY, view=View.ALL))
    qtmodeltester.check(model)
