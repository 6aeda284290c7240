"""Language, locale, direction, fonts and translators: set once, at start-up.

``QLocale`` is only touched inside functions: the first use of that class makes PySide6
build its enums (hundreds of languages and countries), about 40 ms that the start-up
defers until after the window's first paint (:func:`install_locale`).
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

LANGUAGES = {"ar": "العربية", "fr": "Français", "en": "English"}
# ar_MA: Western digits and Moroccan month names (plain "ar" is Egyptian Arabic).
_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB"}
_translators: list[QTranslator] = []  # kept alive for the life of the application
_current = "ar"


def current_language() -> str:
    return _current


def locale_for(lang: str) -> QLocale:
    from PySide6.QtCore import QLocale

    return QLocale(_LOCALES.get(lang, _LOCALES["ar"]))


def load_fonts() -> str | None:
    """Register the bundled Arabic fonts; return the UI family."""
    family = None
    folder = resources.files("tracker.resources").joinpath("fonts")
    for entry in folder.iterdir():
        if entry.name.endswith(".ttf"):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and "Sans" in families[0]:
                family = families[0]
    return family


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations (qtbase_ar.qm...) are: Qt's translations folder, and in
    the frozen app (PyInstaller, ``sys.frozen``) also the folders where the bundle keeps them
    beside the PySide6 package, should Qt's relocated prefix not point there."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    if getattr(sys, "frozen", False):
        import PySide6

        base = Path(PySide6.__file__).resolve().parent
        folders += [str(base / "Qt" / "translations"), str(base / "translations")]
    return folders


def install_language(app: QGuiApplication, lang: str, *, locale: bool = True) -> None:
    """Set translators, layout direction, fonts and (unless ``locale=False``, see
    :func:`install_locale`) the default locale for ``lang``."""
    global _current
    lang = lang if lang in LANGUAGES else "ar"
    _current = lang
    for tr in _translators:
        QCoreApplication.removeTranslator(tr)
    _translators.clear()
    qt_tr = QTranslator(app)
    if any(qt_tr.load(f"qtbase_{lang}", folder) for folder in qt_translation_dirs()):
        QCoreApplication.installTranslator(qt_tr)
        _translators.append(qt_tr)
    app_tr = QTranslator(app)
    tr_dir = str(resources.files("tracker.resources").joinpath("translations"))
    if app_tr.load(f"tracker_{lang}", tr_dir):
        QCoreApplication.installTranslator(app_tr)
        _translators.append(app_tr)
    # Qt's own Arabic translation already turns the application right to left; setting the
    # direction only when it is not yet right spares the first use of the Qt namespace
    # (about 30 ms of enum building) before the first paint.
    if QGuiApplication.isRightToLeft() != (lang == "ar"):
        app.setLayoutDirection(
            QtCore.Qt.LayoutDirection.RightToLeft
            if lang == "ar"
            else QtCore.Qt.LayoutDirection.LeftToRight
        )
    family = load_fonts()
    if family:
        font = QFont(app.font())
        font.setFamilies([family, "DejaVu Sans", "Segoe UI", "Noto Sans"])
        font.setPointSize(max(font.pointSize(), 10))
        app.setFont(font)
    if locale:
        install_locale()


def install_locale() -> None:
    """Dates and numbers in the interface language's locale (ar_MA for Arabic)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(locale_for(_current))


def format_date(value: date | None, fmt: str = "d MMMM yyyy") -> str:
    """A date with Moroccan month names ("17 أبريل 2026"); never parse what this returns."""
    if value is None:
        return ""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value, fmt)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value.date(), "d MMMM yyyy") + " " + value.strftime("%H:%M")
