"""From cells to checked values, row by row, before anything is looked up in the database:
the header matched to our columns, each cell cleaned and parsed where it enters (text as its
field cleans it, numbers bounded, dates read), every bad cell collected with its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from tracker.domain.errors import InvalidInput, TrackerError
from tracker.domain.text import normalize
from tracker.services.exchange_columns import COLUMNS, REQUIRED, column_for_header, imported_text
from tracker.services.import_read import (
    parse_date,
    parse_int,
    parse_priority,
    parse_status,
    text_of,
)
from tracker.services.import_results import CellError
from tracker.services.schemas import (
    MAX_MEETING_TITLE,
    MAX_NOTE,
    MAX_ORDINAL,
    MAX_OWNER_NAME,
    MAX_TITLE,
    clean_field,
)

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
MAX_REPORTED = 200  # cell errors kept (the count is always exact)


# -- checking a whole file ----------------------------------------------------------------


@dataclass
class Row:
    number: int
    uid: str
    values: dict[str, Any]  # parsed values of the columns present and not empty
    meeting_key: tuple[date, str] | None = None


class Collector:
    def __init__(self, headers: list[str], keys: list[str]) -> None:
        self.header_of = {k: h for h, k in zip(headers, keys, strict=True) if k}
        self.order = {k: i for i, k in enumerate(keys) if k}
        self.errors: list[CellError] = []
        self.count = 0
        self.seen: set[tuple[int, str]] = set()

    def add(self, row: int, key: str, problem: TrackerError) -> None:
        """Report one bad cell (only the first problem of a cell)."""
        if (row, key) in self.seen:
            return
        self.seen.add((row, key))
        self.count += 1
        self.errors.append(CellError(row, self.header_of.get(key, key), key, problem))

    def sorted(self) -> list[CellError]:
        """By row, then by column as they stand in the file (at most MAX_REPORTED)."""
        self.errors.sort(key=lambda e: (e.row, self.order.get(e.key, 0)))
        return self.errors[:MAX_REPORTED]


def check_header(headers: list[str]) -> list[str]:
    keys: list[str] = []
    unknown: list[str] = []
    seen: set[str] = set()
    for h in headers:
        key = column_for_header(h) if h else None
        if key is None:
            if h:
                unknown.append(h)
            keys.append("")
            continue
        if key in seen:
            raise InvalidInput("import_duplicate_column", column=h)
        seen.add(key)
        keys.append(key)
    missing = [ar for key, ar, *_ in COLUMNS if key in REQUIRED and key not in seen]
    if missing:
        raise InvalidInput("import_missing_columns", columns="، ".join(missing))
    if unknown:
        raise InvalidInput("import_unknown_columns", columns="، ".join(unknown[:5]))
    return keys


def _bounded(low: int, high: int, code: str = "", *, percent: bool = False) -> Any:
    """A parser of whole numbers from ``low`` to ``high``, refused with ``code`` (the message
    the item dialog gives) or ``number_range``."""

    def parse(value: Any) -> int:
        try:
            return parse_int(value, percent=percent, low=low, high=high)
        except InvalidInput as exc:
            if code and exc.code == "number_range":
                raise InvalidInput(code, **exc.params) from None
            raise

    return parse


_PARSERS = {
    "meeting_date": parse_date,
    "due_on": parse_date,
    "resolution": _bounded(1, MAX_ORDINAL),
    "progress": _bounded(0, 100, "progress_range", percent=True),
    "remind_days": _bounded(0, 3650, "bad_days"),
    "status": parse_status,
    "priority": parse_priority,
}


def parse_rows(rows: list[tuple[int, list[Any]]], keys: list[str], errs: Collector) -> list[Row]:
    out: list[Row] = []
    first_of_uid: dict[str, int] = {}
    for number, cells in rows:
        values: dict[str, Any] = {}
        for i, key in enumerate(keys):
            if not key:
                continue
            raw = _cell(key, cells[i] if i < len(cells) else None)
            if raw is None or raw == "":
                continue
            parse = _PARSERS.get(key)
            limit = _LONGEST.get(key)
            try:
                if limit is not None and len(raw) > limit:
                    raise InvalidInput("cell_too_long", max=limit)
                values[key] = parse(raw) if parse else raw
            except TrackerError as exc:
                errs.add(number, key, exc)
                values[key] = BAD
        for key in REQUIRED:
            if key not in values:
                errs.add(number, key, InvalidInput("import_required"))
        uid = values.get("uid", "")
        if uid and uid is not BAD:
            if not _UUID.fullmatch(uid):
                errs.add(number, "uid", InvalidInput("bad_uid", value=uid[:40]))
            elif uid.lower() in first_of_uid:
                errs.add(
                    number, "uid", InvalidInput("duplicate_uid", other=first_of_uid[uid.lower()])
                )
            else:
                first_of_uid[uid.lower()] = number
        row = Row(number, uid if isinstance(uid, str) else "", values)
        md, mt = values.get("meeting_date"), values.get("meeting_title")
        if isinstance(md, date) and isinstance(mt, str):
            row.meeting_key = (md, normalize(mt))
        out.append(row)
    return out


# Text columns: the longest text kept (the dialogs' limits). Text is cleaned where it enters:
# control characters dropped in every cell, new lines kept only in the details and notes.
_LONGEST = {
    "title": MAX_TITLE,
    "meeting_title": MAX_MEETING_TITLE,
    "owner": MAX_OWNER_NAME,
    "recurrence": 500,
    "details": MAX_NOTE,
    "latest_note": MAX_NOTE,
}
_MULTILINE = {"details", "latest_note"}


def _cell(key: str, raw: Any) -> Any:
    """A cell as the importer reads it: text cleaned as its field cleans it, a formula
    start's apostrophe dropped (see ``exchange_columns``); in the columns of dates and
    numbers, an Excel date or number as it is. A text column takes any cell as text."""
    if raw is None or (key in _PARSERS and isinstance(raw, date | int | float)):
        return raw
    text = clean_field(text_of(raw), line=key not in _MULTILINE)
    return imported_text(text) if isinstance(text, str) else text


BAD = object()  # a cell that could not be read (already reported)
