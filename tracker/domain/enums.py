"""Statuses, priorities and owner kinds, with their labels in Arabic, French and English."""

from __future__ import annotations

from enum import IntEnum, StrEnum

LANGUAGES = ("ar", "fr", "en")


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    STALLED = "stalled"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    @property
    def is_closed(self) -> bool:
        """Done and cancelled items are never overdue and need no reminders."""
        return self in CLOSED_STATUSES

    def label(self, lang: str = "ar") -> str:
        return _STATUS_LABELS[self][_lang_index(lang)]


CLOSED_STATUSES = frozenset({Status.DONE, Status.CANCELLED})

_STATUS_LABELS = {
    Status.NOT_STARTED: ("لم يبدأ", "Non commencé", "Not started"),
    Status.IN_PROGRESS: ("قيد الإنجاز", "En cours", "In progress"),
    Status.DONE: ("منجز", "Réalisé", "Done"),
    Status.STALLED: ("متعثر", "Bloqué", "Stalled"),
    Status.POSTPONED: ("مؤجل", "Reporté", "Postponed"),
    Status.CANCELLED: ("ملغى", "Annulé", "Cancelled"),
}

OVERDUE_LABEL = {"ar": "متأخر", "fr": "En retard", "en": "Overdue"}


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 2
    LOW = 3

    def label(self, lang: str = "ar") -> str:
        return _PRIORITY_LABELS[self][_lang_index(lang)]


_PRIORITY_LABELS = {
    Priority.HIGH: ("عالية", "Haute", "High"),
    Priority.NORMAL: ("عادية", "Normale", "Normal"),
    Priority.LOW: ("منخفضة", "Basse", "Low"),
}


class OwnerKind(StrEnum):
    PERSON = "person"
    SECRETARIAT = "secretariat"
    LOCAL_SECRETARIAT = "local_secretariat"
    ORGANISATION = "organisation"
    COMMITTEE = "committee"
    OTHER = "other"

    def label(self, lang: str = "ar") -> str:
        return _OWNER_KIND_LABELS[self][_lang_index(lang)]


_OWNER_KIND_LABELS = {
    OwnerKind.PERSON: ("عضو", "Membre", "Member"),
    OwnerKind.SECRETARIAT: ("أمانة إقليمية أو جهوية", "Secrétariat", "Secretariat"),
    OwnerKind.LOCAL_SECRETARIAT: ("أمانة محلية", "Secrétariat local", "Local secretariat"),
    OwnerKind.ORGANISATION: ("منظمة موازية", "Organisation", "Organisation"),
    OwnerKind.COMMITTEE: ("لجنة", "Commission", "Committee"),
    OwnerKind.OTHER: ("أخرى", "Autre", "Other"),
}


def _lang_index(lang: str) -> int:
    try:
        return LANGUAGES.index(lang[:2])
    except ValueError:
        return 0
