"""Language, locale, direction, fonts and translators: set once, at start-up."""

from __future__ import annotations

from datetime import date, datetime
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

LANGUAGES = {"ar": "العربية", "fr": "Français", "en": "English"}
_LOCALES = {
    "ar": (QLocale.Language.Arabic, QLocale.Country.Morocco),
    "fr": (QLocale.Language.French, QLocale.Country.Morocco),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_translators: list[QTranslator] = []  # kept alive for the life of the application
_current = "ar"


def current_language() -> str:
    return _current


def locale_for(lang: str) -> QLocale:
    language, country = _LOCALES.get(lang, _LOCALES["ar"])
    return QLocale(language, country)


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


def install_language(app: QGuiApplication, lang: str) -> None:
    """Set locale, layout direction, fonts and translators for ``lang``."""
    global _current
    lang = lang if lang in LANGUAGES else "ar"
    _current = lang
    locale = locale_for(lang)
    QLocale.setDefault(locale)
    for tr in _translators:
        QCoreApplication.removeTranslator(tr)
    _translators.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(locale, "qtbase", "_", qt_dir):
        QCoreApplication.installTranslator(qt_tr)
        _translators.append(qt_tr)
    app_tr = QTranslator(app)
    tr_dir = str(resources.files("tracker.resources").joinpath("translations"))
    if app_tr.load(f"tracker_{lang}", tr_dir):
        QCoreApplication.installTranslator(app_tr)
        _translators.append(app_tr)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    family = load_fonts()
    if family:
        font = QFont(app.font())
        font.setFamilies([family, "DejaVu Sans", "Segoe UI", "Noto Sans"])
        font.setPointSize(max(font.pointSize(), 10))
        app.setFont(font)


def format_date(value: date | None, fmt: str = "d MMMM yyyy") -> str:
    """A date with Moroccan month names ("17 أبريل 2026"); never parse what this returns."""
    if value is None:
        return ""
    return QLocale().toString(value, fmt)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value.date(), "d MMMM yyyy") + " " + value.strftime("%H:%M")
