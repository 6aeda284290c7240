"""Reading CSV and xlsx files into cells, and reading cells into values (no database).

Limits: 20 MB and 50,000 rows of items (blank lines are dropped first and never counted; a
file over the limit is refused whole, never imported in part) and 64 columns. A CSV must be
UTF-8 (a BOM is fine; "," ";" or tab separated). Row numbers are the file's own: the line a
CSV row starts on, the row number Excel shows. Dates are read as 2026-04-17, 17/04/2026 or
Excel dates; numbers accept Arabic-Indic digits and a trailing %, and are bounded where they
are read (never past nine digits); statuses and priorities accept the Arabic, French and
English labels and the machine values. Bounds of an xlsx: ``import_xlsx``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker.domain.enums import LANGUAGES, Priority, Status
from tracker.domain.errors import InvalidInput
from tracker.domain.text import clean_line, normalize
from tracker.services.import_xlsx import read_xlsx, sizetext

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 64
MAX_NUMBER = 999_999_999  # nine digits: any count the tracker keeps, far from SQLite's limit

Table = list[tuple[int, list[Any]]]

# -- reading files ------------------------------------------------------------------------


def read_table(path: Path) -> tuple[list[str], Table]:
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
        raise InvalidInput("import_too_big", size=sizetext(size), limit=sizetext(MAX_BYTES))
    table = read_xlsx(path, MAX_COLUMNS, _keep) if suffix == ".xlsx" else _keep(_read_csv(path))
    if not table:
        raise InvalidInput("import_empty", path=path)
    _, header = table[0]
    rows = table[1:]
    if not rows:
        raise InvalidInput("import_no_rows", path=path)
    return [clean_line(text_of(h)).strip() for h in header], rows


def _keep(rows: Iterable[tuple[int, list[Any]]]) -> Table:
    """The rows that are not blank (the first one is the header), read as they come: a file
    with more than ``MAX_ROWS`` of them after the header, or a value past ``MAX_COLUMNS``,
    is refused as soon as that row is read."""
    out: Table = []
    for number, cells in rows:
        if len(cells) > MAX_COLUMNS:
            if any(text_of(c) for c in cells[MAX_COLUMNS:]):
                raise InvalidInput("import_too_many_columns", row=number, limit=MAX_COLUMNS)
            cells = cells[:MAX_COLUMNS]
        if not any(text_of(c) for c in cells):
            continue
        out.append((number, cells))
        if len(out) > MAX_ROWS + 1:
            raise InvalidInput("import_too_many_rows", limit=MAX_ROWS)
    return out


def _read_csv(path: Path) -> Iterator[tuple[int, list[Any]]]:
    data = path.read_bytes()
    head = data[:4096]
    # UTF-16 ("Unicode text" from Excel: a BOM, a NUL in every other byte) or a binary file;
    # a stray NUL in UTF-8 text is a control character like any other, dropped on entry.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") * 8 > len(head):
        raise InvalidInput("import_not_utf8", path=path, row=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise InvalidInput("import_not_utf8", path=path, row=row) from None
    del data
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 1  # where the next row starts (a quoted cell may span several lines)
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InvalidInput("import_bad_csv", path=path, detail=exc) from None


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


def parse_int(
    value: Any, *, percent: bool = False, low: int = -MAX_NUMBER, high: int = MAX_NUMBER
) -> int:
    """A whole number between ``low`` and ``high`` (``number_range`` outside them), never
    longer than nine digits; ``percent`` reads ``65%`` and an Excel percentage cell (0.65)."""
    if isinstance(value, bool):
        raise InvalidInput("bad_number", value=value)
    if isinstance(value, float) and percent and 0 < value <= 1 and not value.is_integer():
        n: int | None = round(value * 100)  # an Excel percentage cell (0.65)
    elif isinstance(value, int):
        n = value
    elif isinstance(value, float) and value.is_integer():  # NaN and infinities are not
        n = int(value)
    else:
        text = text_of(value).translate(_DIGITS).replace("٪", "%").replace(" ", "")
        if percent:
            text = text.removesuffix("%")
        m = re.fullmatch(r"([-+]?)(\d+)(?:\.0+)?", text[:1000])
        if not m or len(text) > 1000:
            raise InvalidInput("bad_number", value=text_of(value)[:40])
        digits = m[2].lstrip("0") or "0"
        n = int(m[1] + digits) if len(digits) <= 18 else None
    if n is None or not low <= n <= high:
        raise InvalidInput("number_range", value=_shown(value), min=low, max=high)
    return n


def _shown(value: Any) -> str:
    text = text_of(value)
    return text if len(text) <= 24 else text[:12] + "…" + text[-6:]


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
