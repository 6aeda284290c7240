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
