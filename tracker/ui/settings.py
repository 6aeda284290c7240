"""Per-user interface settings (language, geometry, last view) in an INI file.

The file lives in the data folder, so tests that point ``TRACKER_DATA_DIR`` at a temporary
folder never read or write the developer's own settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from tracker import config


def qsettings() -> QSettings:
    return QSettings(str(config.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = qsettings().value("ui/language", "ar")
    return value if value in ("ar", "fr", "en") else "ar"
