"""The columns of exported and imported CSV/xlsx files: Arabic headers, stable keys.

Headers are matched in Arabic, French or English, or as the machine key, ignoring hamza
forms, ta marbuta and case, so a file whose headers were retyped still imports.
"""

from __future__ import annotations

from tracker.domain.text import normalize

# (machine key, Arabic header, French header, English header)
COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("uid", "المعرف", "Identifiant", "UID"),
    ("title", "المهمة", "Action", "Title"),
    ("meeting_date", "تاريخ الاجتماع", "Date de la réunion", "Meeting date"),
    ("meeting_title", "عنوان الاجتماع", "Titre de la réunion", "Meeting title"),
    ("resolution", "رقم المقرر", "N° de résolution", "Resolution number"),
    ("owner", "المسؤول", "Responsable", "Owner"),
    ("due_on", "تاريخ الاستحقاق", "Échéance", "Due date"),
    ("status", "الحالة", "Statut", "Status"),
    ("progress", "نسبة الإنجاز", "Avancement", "Progress"),
    ("priority", "الأولوية", "Priorité", "Priority"),
    ("recurrence", "التكرار", "Récurrence", "Recurrence"),
    ("remind_days", "أيام التذكير", "Jours de rappel", "Reminder days"),
    ("details", "التفاصيل", "Détails", "Details"),
    ("latest_note", "آخر ملاحظة", "Dernière note", "Latest note"),
)
KEYS = tuple(c[0] for c in COLUMNS)
HEADERS_AR = tuple(c[1] for c in COLUMNS)
DATE_KEYS = frozenset({"meeting_date", "due_on"})
REQUIRED = ("title", "meeting_date", "meeting_title", "owner")


def column_for_header(header: str) -> str | None:
    """The machine key of a header written in Arabic, French, English or as the key."""
    h = normalize(header).replace("_", " ")
    for key, *labels in COLUMNS:
        if h == key.replace("_", " ") or h in {normalize(x) for x in labels}:
            return key
    return None


# -- formulas never come alive -----------------------------------------------------------------
#
# A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return before
# one) as a formula (OWASP, "CSV injection"). Export writes such text with a leading
# apostrophe in CSV, the mark a spreadsheet shows as "this is text"; xlsx cells are written
# as text cells (never formulas), so they need no mark. Import drops one leading apostrophe
# when formula characters follow it, in either format, so the text comes back exactly:
# "=1+1" is exported "'=1+1" (CSV) and read back "=1+1"; text that itself starts with
# apostrophes before such a character gets one more on export, for the same reason.
# Numbers are written as numbers: none of the exported ones is negative (progress 0–100,
# resolution from 1, reminder days from 0), and a number is never a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _apostrophes_then_formula(text: str) -> bool:
    rest = text.lstrip("'")
    return rest != text and rest.startswith(FORMULA_START)


def csv_text(text: str) -> str:
    """``text`` as written in an exported CSV cell (a formula start gets an apostrophe)."""
    if text.startswith(FORMULA_START) or _apostrophes_then_formula(text):
        return "'" + text
    return text


def xlsx_text(text: str) -> str:
    """``text`` as written in an exported xlsx text cell."""
    return "'" + text if _apostrophes_then_formula(text) else text


def imported_text(text: str) -> str:
    """A cell's text as the user meant it: the apostrophe marking a formula start dropped."""
    return text[1:] if _apostrophes_then_formula(text) else text
