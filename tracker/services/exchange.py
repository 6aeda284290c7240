"""Export action items to CSV, Excel and iCalendar; import them back from CSV or Excel.

The CSV and xlsx columns (Arabic headers, stable machine keys) are :data:`COLUMNS`; an
exported file imports back as the same items (matched by uid). Importing lives in
``tracker.services.importing``; :func:`import_file` and :func:`preview_file` are re-exported
here.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tracker.domain.enums import Status
from tracker.domain.errors import TrackerError
from tracker.services.exchange_columns import (
    COLUMNS,
    DATE_KEYS,
    HEADERS_AR,
    KEYS,
    column_for_header,
    csv_text,
    xlsx_text,
)
from tracker.services.importing import (
    CellError,
    ImportFailed,
    ImportPreview,
    ImportResult,
    import_file,
    preview_file,
)
from tracker.store import reports as q
from tracker.store.db import Unit
from tracker.store.reports import ReportRow, Scope

# Column widths in the xlsx sheet (characters).
_WIDTHS = {
    "uid": 38,
    "title": 50,
    "meeting_date": 14,
    "meeting_title": 40,
    "resolution": 10,
    "owner": 32,
    "due_on": 14,
    "status": 14,
    "progress": 12,
    "priority": 10,
    "recurrence": 18,
    "remind_days": 12,
    "details": 40,
    "latest_note": 50,
}
DEFAULT_ALARM_DAYS = 3


def export_values(row: ReportRow) -> dict[str, object]:
    """One item as the values of the exported columns (dates as ``date``)."""
    return {
        "uid": row.uid,
        "title": row.title,
        "meeting_date": row.meeting_held_on,
        "meeting_title": row.meeting_title,
        "resolution": row.resolution_ordinal if row.resolution_ordinal is not None else "",
        "owner": row.owner_name,
        "due_on": row.due_on or "",
        "status": row.status.label("ar"),
        "progress": row.progress,
        "priority": row.priority.label("ar"),
        "recurrence": row.recurrence,
        "remind_days": row.remind_days_before if row.remind_days_before is not None else "",
        "details": row.details,
        "latest_note": row.latest_note,
    }


def export_rows(s: Unit, today: date, *, open_only: bool = False) -> list[ReportRow]:
    """Every live item (or only the open ones), by meeting, resolution and due date."""
    return q.rows(s, Scope(today=today, open_only=open_only), order="resolution")


def _atomic_write(out: Path, write: Callable[[Path], None]) -> None:
    """The store's one safe-output path: an exclusive temporary file (0600), renamed."""
    from tracker.store.outfile import write_output

    write_output(Path(out), write)


def _csv_cell(v: object) -> object:
    if isinstance(v, date):
        return v.isoformat()
    return csv_text(v) if isinstance(v, str) else v


def csv_bytes(rows: list[ReportRow]) -> bytes:
    """UTF-8 with a BOM (so Excel reads Arabic), comma separated, ISO dates; text that a
    spreadsheet would take for a formula starts with an apostrophe (see exchange_columns)."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADERS_AR)
    for r in rows:
        values = export_values(r)
        w.writerow([_csv_cell(values[k]) for k in KEYS])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(rows: list[ReportRow], out: Path) -> None:
    data = csv_bytes(rows)
    _atomic_write(out, lambda p: p.write_bytes(data))


def _xlsx_cell(v: object, illegal: re.Pattern[str]) -> object:
    if v == "":
        return None
    # Control characters cannot be stored in xlsx (text cleaned on entry has none; older
    # files may): dropped rather than failing the whole export.
    return illegal.sub("", xlsx_text(v)) if isinstance(v, str) else v


def write_xlsx(rows: list[ReportRow], out: Path) -> None:
    """A right-to-left sheet with a bold frozen header row, real date cells, set widths;
    text is written as text cells, never as formulas, whatever it starts with."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "المهام"
    ws.sheet_view.rightToLeft = True
    ws.append(list(HEADERS_AR))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E4EBE4")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r in rows:
        values = export_values(r)
        ws.append([_xlsx_cell(values[k], ILLEGAL_CHARACTERS_RE) for k in KEYS])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):  # openpyxl made "=…" a formula: text it is
                cell.data_type = "s"
    for i, key in enumerate(KEYS, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = _WIDTHS[key]
        if key in DATE_KEYS:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    _atomic_write(out, lambda p: wb.save(str(p)))


ICS_STATUS = {
    Status.NOT_STARTED: "NEEDS-ACTION",
    Status.IN_PROGRESS: "IN-PROCESS",
    Status.STALLED: "IN-PROCESS",
    Status.POSTPONED: "NEEDS-ACTION",
    Status.DONE: "COMPLETED",
    Status.CANCELLED: "CANCELLED",
}
ICS_PRIORITY = {1: 1, 2: 5, 3: 9}  # RFC 5545: 1 highest, 5 medium, 9 lowest


def ics_bytes(rows: list[ReportRow], now: datetime | None = None) -> bytes:
    """One VTODO per item: UID, SUMMARY, DUE, STATUS, PERCENT-COMPLETE, PRIORITY and a
    VALARM at the item's reminder lead time (3 days before when none is set)."""
    from icalendar import Alarm, Calendar, Todo, vRecur

    now = now or datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", "-//Resolution Tracker//متابعة المقررات//AR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "متابعة المقررات")
    for r in rows:
        todo = Todo()
        todo.add("uid", r.uid)
        todo.add("dtstamp", now)
        todo.add("summary", r.title)
        lines = [f"المسؤول: {r.owner_name}", f"الاجتماع: {r.meeting_title} ({r.meeting_held_on})"]
        if r.resolution_ordinal is not None:
            lines.append(f"المقرر {r.resolution_ordinal}: {r.resolution_text or ''}")
        if r.latest_note:
            lines.append(f"آخر ملاحظة: {r.latest_note}")
        todo.add("description", "\n".join(lines))
        todo.add("status", ICS_STATUS[r.status])
        todo.add("percent-complete", r.progress)
        todo.add("priority", ICS_PRIORITY.get(int(r.priority), 5))
        todo.add("categories", [r.owner_name])
        if r.recurrence and r.due_on is not None:
            todo.add("rrule", vRecur.from_ical(r.recurrence))
        if r.due_on is not None:
            todo.add("due", r.due_on)
            days = r.remind_days_before
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", r.title)
            lead = DEFAULT_ALARM_DAYS if days is None else days
            alarm.add("trigger", -timedelta(days=lead), parameters={"RELATED": "END"})
            todo.add_component(alarm)
        cal.add_component(todo)
    return cal.to_ical()


def write_ics(rows: list[ReportRow], out: Path) -> None:
    data = ics_bytes(rows)
    _atomic_write(out, lambda p: p.write_bytes(data))


def export_file(s: Unit, out: Path, fmt: str, *, today: date | None = None) -> int:
    """Write the items as ``csv``, ``xlsx`` or ``ics`` (open items only) to ``out``.

    Returns how many items were written. The file appears only once complete.
    """
    today = today or date.today()
    fmt = fmt.lower().lstrip(".")
    if fmt not in ("csv", "xlsx", "ics"):
        raise TrackerError("export_format", value=fmt)
    rows = export_rows(s, today, open_only=fmt == "ics")
    {"csv": write_csv, "xlsx": write_xlsx, "ics": write_ics}[fmt](rows, Path(out))
    return len(rows)


__all__ = [
    "COLUMNS",
    "CellError",
    "ImportFailed",
    "ImportPreview",
    "ImportResult",
    "column_for_header",
    "export_file",
    "import_file",
    "preview_file",
]
