"""Statuses, priorities and owner kinds; their names in Arabic, French and English are in the
message catalogue (``tracker.domain.messages.labels``)."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from tracker.domain import messages

LANGUAGES = messages.LANGUAGES


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
        return messages.text(f"status.{self.value}", lang)


CLOSED_STATUSES = frozenset({Status.DONE, Status.CANCELLED})

OVERDUE_LABEL = {lang: messages.text("status.overdue", lang) for lang in LANGUAGES}


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 2
    LOW = 3

    def label(self, lang: str = "ar") -> str:
        return messages.text(f"priority.{self.value}", lang)


class OwnerKind(StrEnum):
    PERSON = "person"
    SECRETARIAT = "secretariat"
    LOCAL_SECRETARIAT = "local_secretariat"
    ORGANISATION = "organisation"
    COMMITTEE = "committee"
    OTHER = "other"

    def label(self, lang: str = "ar") -> str:
        return messages.text(f"owner_kind.{self.value}", lang)
