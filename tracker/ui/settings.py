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


def set_language(lang: str) -> None:
    """Remember the interface language (applied at the next start)."""
    if lang not in ("ar", "fr", "en"):
        lang = "ar"
    s = qsettings()
    s.setValue("ui/language", lang)
    s.sync()


def value(key: str, default: object = None) -> object:
    return qsettings().value(key, default)


def set_value(key: str, data: object) -> None:
    s = qsettings()
    s.setValue(key, data)
    s.sync()


def last_view() -> str:
    """The navigation target shown when the window was last closed ("view:overdue")."""
    found = qsettings().value("ui/last_view", "view:open")
    return found if isinstance(found, str) else "view:open"


def set_last_view(key: str) -> None:
    set_value("ui/last_view", key)


def last_reporter() -> str:
    found = qsettings().value("ui/last_reporter", "")
    return found if isinstance(found, str) else ""


def set_last_reporter(name: str) -> None:
    set_value("ui/last_reporter", name)


KEEP_IN_TRAY = "reminders/keep_in_tray"


def keep_in_tray() -> bool:
    """Keep running in the tray when the window is closed (only where a tray exists)."""
    return str(qsettings().value(KEEP_IN_TRAY, "false")).lower() in ("true", "1")


def set_keep_in_tray(on: bool) -> None:
    s = qsettings()
    s.setValue(KEEP_IN_TRAY, "true" if on else "false")
    s.sync()
