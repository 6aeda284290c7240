"""Runtime hook of the frozen app, in place of PyInstaller's PySide6 one (pyi_rth_pyside6).

PyInstaller's hook imports PySide6.QtCore at every start (about 60 ms) only to check that
Qt's prefix is relocated, which PySide6's wheels do themselves (QtCore embeds its qt.conf):
the commands that need no Qt (``--version``, ``due``, ``export``…) would pay for it. This one
sets only what the bundle's layout needs: where Qt's plugins are and, on Windows, that the
bundle's folder is searched for DLLs.
"""

import os
import sys


def _qt_paths() -> None:
    base = sys._MEIPASS  # type: ignore[attr-defined]  # PyInstaller's bundle folder
    windows = sys.platform.startswith("win")
    qt = os.path.join(base, "PySide6") if windows else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if windows:
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")


_qt_paths()
del _qt_paths
