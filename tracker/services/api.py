"""The use cases of an open file, grouped as the small service objects a ``Tracker`` hands
out (``tracker.items``, ``tracker.meetings``…).

Each method runs one use case of ``tracker.services.<module>`` in one unit of work of the
store, through :meth:`Tracker.write` (one transaction) or :meth:`Tracker.read` (changes
nothing), and returns plain data. The modules are imported inside the methods: importing
this one costs nothing before the window's first paint.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.domain.reminders import Occurrence
    from tracker.services.backups import AutoBackup, BackupInfo, RestoreResult
    from tracker.services.core import Tracker
    from tracker.services.due import DueList
    from tracker.services.import_results import ImportPreview, ImportResult
    from tracker.services.records import (
        ItemDetail,
        ItemRecord,
        MeetingRecord,
        MeetingSummary,
        OwnerRecord,
        ProgressRecord,
        ResolutionRecord,
    )
    from tracker.services.reminders import ReminderCheck, ReminderRules
    from tracker.services.reports import Header, Report
    from tracker.services.settings import ReminderDefaults, ReportHeader
    from tracker.services.views import (
        Completion,
        Counts,
        ItemFilter,
        ItemRow,
        MeetingHeader,
        SortKey,
    )


class _Service:
    def __init__(self, tracker: Tracker) -> None:
        self._t = tracker


class Items(_Service):
    """Action items and their follow-up (every status or progress change kept as history)."""

    def create(self, data: dict[str, Any], **kw: Any) -> ItemRecord:
        from tracker.services import items

        return self._t.write(items.create_item, data, **kw)

    def update(self, item_id: int, data: dict[str, Any], **kw: Any) -> ItemRecord:
        from tracker.services import items

        return self._t.write(items.update_item, item_id, data, **kw)

    def record_progress(self, item_id: int, data: dict[str, Any], **kw: Any) -> ProgressRecord:
        from tracker.services import items

        return self._t.write(items.record_progress, item_id, data, **kw)

    def delete(self, item_id: int) -> None:
        from tracker.services import items

        self._t.write(items.delete_item, item_id)

    def restore(self, item_id: int) -> None:
        from tracker.services import items

        self._t.write(items.restore_item, item_id)

    def detail(self, item_id: int) -> ItemDetail:
        from tracker.services import items

        return self._t.peek(items.item_detail, item_id)

    def list(
        self,
        flt: ItemFilter,
        *,
        sort: SortKey | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = 200,
    ) -> list[ItemRow]:
        from tracker.services import items
        from tracker.services.views import SortKey

        return self._t.read(
            items.list_items,
            flt,
            sort=sort or SortKey.DUE,
            descending=descending,
            offset=offset,
            limit=limit,
        )

    def first_page(
        self,
        flt: ItemFilter,
        *,
        sort: SortKey | None = None,
        descending: bool = False,
        limit: int = 200,
    ) -> tuple[int, list[ItemRow]]:
        from tracker.services import items
        from tracker.services.views import SortKey

        return self._t.read(
            items.first_page, flt, sort=sort or SortKey.DUE, descending=descending, limit=limit
        )

    def count(self, flt: ItemFilter) -> int:
        from tracker.services import items

        return self._t.read(items.count_items, flt)

    def counts(self, today: date) -> Counts:
        from tracker.services import items

        return self._t.read(items.counts, today)

    def completion(self, group: str, today: date) -> list[Completion]:
        """Completion per ``"meeting"`` or per ``"owner"``."""
        from tracker.services import items

        return self._t.read(items.completion, group, today)

    def due(self, today: date, days: int = 7) -> DueList:
        """Overdue items (most late first), then open items due within ``days`` days."""
        from tracker.services.due import due_list

        return self._t.read(due_list, today, days)


class Meetings(_Service):
    """Meetings and their numbered resolutions."""

    def create(
        self, data: dict[str, Any], resolutions: Iterable[dict[str, Any]] = ()
    ) -> MeetingRecord:
        from tracker.services import meetings

        return self._t.write(meetings.create_meeting, data, list(resolutions))

    def save(
        self, meeting_id: int | None, data: dict[str, Any], resolutions: Sequence[dict[str, Any]]
    ) -> MeetingRecord:
        """Create or update a meeting and make its resolutions match ``resolutions``."""
        from tracker.services import meeting_edit

        return self._t.write(meeting_edit.save_meeting, meeting_id, data, resolutions)

    def update(self, meeting_id: int, data: dict[str, Any]) -> MeetingRecord:
        from tracker.services import meetings

        return self._t.write(meetings.update_meeting, meeting_id, data)

    def delete(self, meeting_id: int) -> None:
        from tracker.services import meetings

        self._t.write(meetings.delete_meeting, meeting_id)

    def restore(self, meeting_id: int) -> None:
        from tracker.services import meetings

        self._t.write(meetings.restore_meeting, meeting_id)

    def list(self, *, deleted: bool = False) -> list[MeetingRecord]:
        from tracker.services import meetings

        return self._t.read(meetings.list_meetings, deleted=deleted)

    def headers(self) -> list[MeetingHeader]:
        from tracker.services import meetings

        return self._t.read(meetings.meeting_headers)

    def get(self, meeting_id: int) -> MeetingSummary:
        from tracker.services import meetings

        return self._t.read(meetings.get_meeting, meeting_id)

    def latest(self) -> MeetingRecord | None:
        from tracker.services import meetings

        return self._t.read(meetings.latest_meeting)

    def resolutions(self, meeting_id: int) -> list[ResolutionRecord]:
        from tracker.services import meetings

        return self._t.read(meetings.resolutions, meeting_id)

    def add_resolution(self, meeting_id: int, data: dict[str, Any]) -> ResolutionRecord:
        from tracker.services import meetings

        return self._t.write(meetings.add_resolution, meeting_id, data)

    def update_resolution(self, resolution_id: int, data: dict[str, Any]) -> ResolutionRecord:
        from tracker.services import meetings

        return self._t.write(meetings.update_resolution, resolution_id, data)

    def delete_resolution(self, resolution_id: int) -> None:
        from tracker.services import meetings

        self._t.write(meetings.delete_resolution, resolution_id)


class Owners(_Service):
    """People and bodies who owe action items, reused across meetings."""

    def create(self, data: dict[str, Any]) -> OwnerRecord:
        from tracker.services import owners

        return self._t.write(owners.create_owner, data)

    def find_or_create(self, name: str, **extra: Any) -> OwnerRecord:
        from tracker.services import owners

        return self._t.write(owners.find_or_create_owner, name, **extra)

    def update(self, owner_id: int, data: dict[str, Any]) -> OwnerRecord:
        from tracker.services import owners

        return self._t.write(owners.update_owner, owner_id, data)

    def delete(self, owner_id: int) -> None:
        from tracker.services import owners

        self._t.write(owners.delete_owner, owner_id)

    def list(self, *, include_inactive: bool = True) -> list[OwnerRecord]:
        from tracker.services import owners

        return self._t.read(owners.list_owners, include_inactive=include_inactive)

    def get(self, owner_id: int) -> OwnerRecord:
        from tracker.services import owners

        return self._t.read(owners.get_owner, owner_id)


class Settings(_Service):
    """The secretariat's settings kept in the file (report header, reminder defaults)."""

    def get(self, key: str) -> Any:
        from tracker.services import settings

        return self._t.read(settings.get, key)

    def get_all(self) -> dict[str, Any]:
        from tracker.services import settings

        return self._t.read(settings.get_all)

    def set_value(self, key: str, value: Any) -> None:
        from tracker.services import settings

        self._t.write(settings.set_many, {key: value})

    def set_many(self, values: dict[str, Any]) -> None:
        from tracker.services import settings

        self._t.write(settings.set_many, values)

    def report_header(self) -> ReportHeader:
        from tracker.services import settings

        return self._t.read(settings.report_header)

    def reminder_defaults(self) -> ReminderDefaults:
        from tracker.services import settings

        return self._t.read(settings.reminder_defaults)


class Reports(_Service):
    """The follow-up reports, as data for the one renderer (``tracker.ui.printing``)."""

    def header(self) -> Header:
        from tracker.services import reports

        return self._t.read(reports.report_header)

    def _sourced(self, report: Report) -> Report:
        """The report, knowing its database (its PDF may never be written over it)."""
        return dataclasses.replace(report, source=self._t.path)

    def meeting(self, today: date, meeting_id: int | None = None, lang: str = "ar") -> Report:
        from tracker.services import reports

        return self._sourced(self._t.read(reports.meeting_report, today, meeting_id, lang))

    def owner(self, today: date, owner_id: int, lang: str = "ar") -> Report:
        from tracker.services import reports

        return self._sourced(self._t.read(reports.owner_report, today, owner_id, lang))

    def all_owners(self, today: date, lang: str = "ar") -> Report:
        from tracker.services import reports

        return self._sourced(self._t.read(reports.all_owners_report, today, lang))

    def due(self, today: date, days: int | None = None, lang: str = "ar") -> Report:
        from tracker.services import reports

        if days is None:
            days = reports.DUE_HORIZON_DAYS
        return self._sourced(self._t.read(reports.due_report, today, days, lang))


class Exchange(_Service):
    """Export to CSV, Excel and iCalendar; import action items with a validating preview."""

    def export_file(self, out: Path, fmt: str, *, today: date | None = None) -> int:
        from tracker.services import exchange
        from tracker.store.outfile import check_output

        out = check_output(Path(out), protect=self._t.path)  # never over the database
        return self._t.read(exchange.export_file, out, fmt, today=today)

    def preview(self, path: Path | str, *, create_owners: bool = False) -> ImportPreview:
        from tracker.services import importing

        _regular(path)
        return self._t.read(importing.preview_file, path, create_owners=create_owners)

    def import_file(
        self, path: Path | str, *, create_owners: bool = False, **kw: Any
    ) -> ImportResult:
        from tracker.services import importing

        _regular(path)
        return self._t.write(importing.import_file, path, create_owners=create_owners, **kw)


def _regular(path: Path | str) -> None:
    """A pipe, a socket or a device given as the file to import is refused unread (reading
    one would wait forever)."""
    from tracker.store.files import require_regular

    require_regular(Path(path).expanduser(), "file_not_regular")


class Reminders(_Service):
    """Reminders before, on and after the due date; snooze, dismiss, mark done."""

    def rules(self) -> ReminderRules:
        from tracker.services import reminders

        return self._t.read(reminders.rules)

    def pending(self, today: date) -> ReminderCheck:
        from tracker.services import reminders

        return self._t.read(reminders.pending, today)

    def check(self, now: datetime, previous: ReminderCheck | None = None) -> ReminderCheck:
        from tracker.services import reminders

        return self._t.write(reminders.check, now, previous)

    def snooze(self, occurrence: Occurrence, until: date, *, today: date) -> date:
        from tracker.services import reminders

        return self._t.write(reminders.snooze, occurrence, until, today=today)

    def snooze_days(self, occurrence: Occurrence, days: int, *, today: date) -> date:
        from tracker.services import reminders

        return self._t.write(reminders.snooze_days, occurrence, days, today=today)

    def dismiss(self, occurrence: Occurrence, *, now: datetime) -> None:
        from tracker.services import reminders

        self._t.write(reminders.dismiss, occurrence, now=now)

    def mark_done(self, item_id: int, *, now: datetime) -> None:
        from tracker.services import reminders

        self._t.write(reminders.mark_done, item_id, now=now)


class Backups(_Service):
    """Verified, rotated backups of the open file, and restoring one into it."""

    def take(self, reason: str = "manual", *, now: datetime | None = None) -> Path:
        from tracker.services import backups

        return backups.take_backup(self._t.path, reason, now=now)

    def list(self) -> list[BackupInfo]:
        from tracker.services import backups

        return backups.list_backups(self._t.path)

    def newest_good(self) -> BackupInfo | None:
        from tracker.services import backups

        return backups.newest_good_backup(self._t.path)

    def restore(self, backup_path: Path) -> RestoreResult:
        """Replace the open file's content with ``backup_path`` (a copy of the current kept)."""
        from tracker.services import backups

        backups.verify_backup(Path(backup_path))  # refused before anything is closed
        return self._t.replace_file(lambda path: backups.restore_file(path, Path(backup_path)))

    def automatic(self, *, clock: Callable[[], datetime] | None = None) -> AutoBackup:
        """The automatic backup policy of this file (at start, then at most hourly)."""
        from tracker.services import backups

        if clock is None:
            return backups.AutoBackup(self._t)
        return backups.AutoBackup(self._t, clock=clock)
