"""Reading CSV and xlsx files into cells, and reading cells into values (no database).

Limits: 20 MB and 50,000 rows. A CSV must be UTF-8 (a BOM is fine; "," ";" or tab
separated). Dates are read as 2026-04-17, 17/04/2026 or Excel dates; numbers accept
Arabic-Indic digits and a trailing %; statuses and priorities accept the Arabic, French and
English labels and the machine values.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker.domain.enums import LANGUAGES, Priority, Status
from tracker.domain.errors import InvalidInput
from tracker.domain.text import normalize

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000

# -- reading files ------------------------------------------------------------------------


def _sizetext_of(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    """Header texts and (row number, cells) of a CSV or xlsx file, or a TrackerError."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("import_missing", path=path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".txt"):
        raise InvalidInput("import_format", path=path)
    size = path.stat().st_size
    if size == 0:
        raise InvalidInput("import_empty", path=path)
    if size > MAX_BYTES:
        raise InvalidInput("import_too_big", size=_sizetext_of(size), limit=_sizetext_of(MAX_BYTES))
    table = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    # Drop blank lines; the first non-blank line is the header.
    table = [(n, cells) for n, cells in table if any(text_of(c) for c in cells)]
    if not table:
        raise InvalidInput("import_empty", path=path)
    _, header = table[0]
    rows = table[1:]
    if not rows:
        raise InvalidInput("import_no_rows", path=path)
    if len(rows) > MAX_ROWS:
        raise InvalidInput("import_too_big", size=f"{len(rows)} rows", limit=f"{MAX_ROWS} rows")
    return [text_of(h) for h in header], rows


def _read_csv(path: Path) -> list[tuple[int, list[Any]]]:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:  # UTF-16 ("Unicode text" from Excel) or a binary file
        raise InvalidInput("import_not_utf8", path=path, row=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise InvalidInput("import_not_utf8", path=path, row=row) from None
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        out = []
        for cells in reader:
            out.append((reader.line_num, cells))
            if len(out) > MAX_ROWS + 1:
                break
        return out
    except csv.Error as exc:
        raise InvalidInput("import_bad_csv", path=path, detail=exc) from None


def _read_xlsx(path: Path) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(str(path), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise InvalidInput("import_bad_xlsx", path=path) from exc
    except Exception as exc:  # openpyxl raises its own types for malformed parts
        raise InvalidInput("import_bad_xlsx", path=path) from exc
    try:
        ws = wb.active
        out = []
        for n, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            out.append((n, list(cells)))
            if len(out) > MAX_ROWS + 1:
                break
        return out
    except Exception as exc:
        raise InvalidInput("import_bad_xlsx", path=path) from exc
    finally:
        wb.close()


# -- reading cells ------------------------------------------------------------------------

_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_date(value: Any) -> date:
    """2026-04-17, 17/04/2026, 17-04-2026 or an Excel date cell."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value).translate(_DIGITS)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?", text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        pass
    raise InvalidInput("bad_date", value=text[:40])


def parse_int(value: Any, *, percent: bool = False) -> int:
    if isinstance(value, bool):
        raise InvalidInput("bad_number", value=value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if percent and 0 < value <= 1 and not value.is_integer():
            return round(value * 100)  # an Excel percentage cell (0.65)
        if value.is_integer():
            return int(value)
    text = text_of(value).translate(_DIGITS).replace("٪", "%").replace(" ", "")
    if percent:
        text = text.removesuffix("%")
    if re.fullmatch(r"-?\d+(\.0+)?", text):
        return int(float(text))
    raise InvalidInput("bad_number", value=text_of(value)[:40])


def _status_names() -> dict[str, Status]:
    names = {normalize(s.value.replace("_", " ")): s for s in Status}
    names |= {normalize(s.value): s for s in Status}
    for s in Status:
        for lang in LANGUAGES:
            names[normalize(s.label(lang))] = s
    extra = {
        "منجزة": Status.DONE,
        "انجز": Status.DONE,
        "قيد التنفيذ": Status.IN_PROGRESS,
        "جاري": Status.IN_PROGRESS,
        "متعثرة": Status.STALLED,
        "مؤجلة": Status.POSTPONED,
        "ملغاة": Status.CANCELLED,
        "ملغي": Status.CANCELLED,
        "لم تبدا": Status.NOT_STARTED,
        "todo": Status.NOT_STARTED,
        "completed": Status.DONE,
        "canceled": Status.CANCELLED,
        "termine": Status.DONE,
        "terminé": Status.DONE,
        "a faire": Status.NOT_STARTED,
        "en attente": Status.POSTPONED,
    }
    names |= {normalize(k): v for k, v in extra.items()}
    return names


def _priority_names() -> dict[str, Priority]:
    names = {str(int(p)): p for p in Priority} | {normalize(p.name): p for p in Priority}
    for p in Priority:
        for lang in LANGUAGES:
            names[normalize(p.label(lang))] = p
    names |= {"مرتفعة": Priority.HIGH, "عاليه": Priority.HIGH, "ضعيفة": Priority.LOW}
    return {normalize(k): v for k, v in names.items()}


_STATUS = _status_names()
_PRIORITY = _priority_names()


def parse_status(value: Any) -> Status:
    found = _STATUS.get(normalize(text_of(value)))
    if found is None:
        raise InvalidInput("unknown_status", value=text_of(value)[:40])
    return found


def parse_priority(value: Any) -> Priority:
    found = _PRIORITY.get(normalize(text_of(value)))
    if found is None:
        raise InvalidInput("unknown_priority", value=text_of(value)[:40])
    return found
