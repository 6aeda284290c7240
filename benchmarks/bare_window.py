"""The baseline for start-up: a bare QApplication showing an empty QMainWindow.

Prints ``BENCH first_paint <epoch seconds>`` at the window's first paint event and exits,
exactly as ``python -m tracker`` does under ``TRACKER_BENCH_EXIT_AFTER``.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint:
            print(f"BENCH first_paint {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
spy = _FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
