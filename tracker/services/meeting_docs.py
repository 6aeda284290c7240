"""What the documents of the meeting cycle share (issue 16): the follow-up agenda
(``services.agenda``), the changes since a meeting and the follow-up minutes
(``services.changes``).

Each is plain data with the page decoration the one renderer needs (``ui.printing``: title,
running head, printing date, page label, reading direction, the database it came from) and
its own HTML (:meth:`Document.html`), exactly like ``services.reports.Report``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.domain import messages
from tracker.domain.dates import count_days
from tracker.services.reports import Header, Printed, label


def text(key: str, lang: str = "ar", **params: object) -> str:
    """A label of the meeting cycle (``meeting.<key>`` in the catalogue)."""
    return messages.text(f"meeting.{key}", lang, **params)


def late_text(days: int, lang: str) -> str:
    """ "متأخر 45 يوماً" """
    return label("late", lang, days=count_days(days, lang))


@dataclass(frozen=True, kw_only=True)
class Document(Printed):
    kind: str  # "agenda", "changes", "minutes"
    title: str
    today: date
    header: Header
    lang: str
    source: Path | None = None  # the database it was read from: its PDF never goes there

    def row_count(self) -> int:
        return 0

    def html(self) -> str:
        raise NotImplementedError
