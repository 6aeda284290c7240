"""The meeting cycle's service object, ``tracker.review`` (issue 16): the follow-up agenda,
review mode, the changes since a meeting and the follow-up minutes.

Beside ``services.api`` (which it extends, kept under the size limit): each method runs one
use case through :meth:`Tracker.write` or :meth:`Tracker.read` and returns plain data.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tracker.services.api import _Service

if TYPE_CHECKING:
    from tracker.services.agenda import Agenda, AgendaItem
    from tracker.services.changes import Changes, Minutes
    from tracker.services.records import ProgressRecord
    from tracker.services.review import ReviewPlace, ReviewSession


class Review(_Service):
    """The next meeting: its agenda, its review, what changed, its minutes."""

    def _sourced(self, doc: Any) -> Any:
        """The document, knowing its database (its PDF may never be written over it)."""
        return dataclasses.replace(doc, source=self._t.path)

    # -- documents ------------------------------------------------------------------------
    def agenda(self, today: date, lang: str = "ar", meeting_id: int | None = None) -> Agenda:
        from tracker.services import agenda

        return self._sourced(self._t.read(agenda.agenda, today, lang, meeting_id))

    def agenda_items(self, today: date, before: date | None = None) -> list[AgendaItem]:
        from tracker.services import agenda

        return self._t.read(agenda.agenda_items, today, before)

    def changes(self, meeting_id: int, today: date, lang: str = "ar") -> Changes:
        from tracker.services import changes

        return self._sourced(self._t.read(changes.changes, meeting_id, today, lang))

    def minutes(self, meeting_id: int, today: date, lang: str = "ar") -> Minutes:
        from tracker.services import changes

        return self._sourced(self._t.read(changes.minutes, meeting_id, today, lang))

    # -- review mode ----------------------------------------------------------------------
    def session(self, meeting_id: int, today: date) -> ReviewSession:
        from tracker.services import review

        return self._t.read(review.session, meeting_id, today)

    def place(self, meeting_id: int) -> ReviewPlace:
        from tracker.services import review

        return self._t.read(review.place, meeting_id)

    def decide(
        self,
        meeting_id: int,
        item_id: int,
        data: dict[str, Any],
        *,
        due_on: date | None = None,
        now: datetime | None = None,
        today: date | None = None,
    ) -> ProgressRecord:
        """The meeting's decision on an item (``today``: the day the review's order is
        fixed on, at its first decision)."""
        from tracker.services import review

        return self._t.write(
            review.decide, meeting_id, item_id, data, due_on=due_on, now=now, today=today
        )

    def postpone(
        self, meeting_id: int, item_id: int, due_on: date, *, note: str = "", **kw: Any
    ) -> ProgressRecord:
        from tracker.services import review

        return self._t.write(review.postpone, meeting_id, item_id, due_on, note=note, **kw)

    def skip(self, meeting_id: int, item_id: int, today: date | None = None) -> ReviewPlace:
        from tracker.services import review

        return self._t.write(review.skip, meeting_id, item_id, today)

    def mark_for_discussion(
        self, meeting_id: int, item_id: int, today: date | None = None
    ) -> ReviewPlace:
        from tracker.services import review

        return self._t.write(review.mark_for_discussion, meeting_id, item_id, today)

    def reopen(self, meeting_id: int, item_id: int, today: date | None = None) -> ReviewPlace:
        from tracker.services import review

        return self._t.write(review.reopen, meeting_id, item_id, today)

    def large_print(self) -> bool:
        from tracker.services import review

        return self._t.read(review.large_print)

    def set_large_print(self, on: bool) -> None:
        from tracker.services import review

        self._t.write(review.set_large_print, on)
