"""Reading an .xlsx file within bounds: its zip directory is checked before anything is
unpacked, and its rows are streamed with the caps applied as they come.

An xlsx is a zip of XML parts; a hostile one (a "zip bomb") is a small file whose parts
unpack to gigabytes. Before openpyxl reads a byte of XML, :func:`check_zip` reads the zip's
directory only: at most ``MAX_PARTS`` parts, at most ``MAX_UNPACKED`` bytes once unpacked,
and no part over 1 MB that grows more than ``MAX_RATIO`` times (Apache POI refuses the same
ratio). A directory may lie about sizes: Python's zipfile never inflates a part past the
size its directory declares (it stops there and fails the CRC check, which is refused as a
damaged file), so the declared total is also the budget of what is actually unpacked.

The active sheet is then read in openpyxl's read-only mode by its streaming parser, one
row at a time, with the sheet's own row numbers (those Excel shows); no row is padded to
the sheet's declared size and a value past ``max_columns`` stops the reading at once.
openpyxl's warnings (unknown extensions, a date out of range) are not printed: a bad cell
is reported as a cell error like any other.
"""

from __future__ import annotations

import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from tracker.domain.errors import InvalidInput, TrackerError

MAX_UNPACKED = 100 * 1024 * 1024  # our own export of 50,000 items unpacks to about 45 MB
MAX_RATIO = 100
RATIO_FROM = 1024 * 1024  # small parts (styles, themes) may compress better; they are small
MAX_PARTS = 1000

T = TypeVar("T")
Rows = Iterator[tuple[int, list[Any]]]


def sizetext(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def _declared_parts(path: Path) -> int | None:
    """How many parts the zip's end record declares (read before the directory itself, so
    that 300,000 tiny parts are refused without building 300,000 entries), or None when
    there is no such record (``zipfile`` then says what is wrong)."""
    with path.open("rb") as fh:
        size = fh.seek(0, 2)
        fh.seek(max(0, size - 22 - 65_535))  # the end record, then a comment of up to 64 KB
        tail = fh.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < 22:
            return None
        count = struct.unpack_from("<H", tail, at + 10)[0]
        locator = tail[at - 20 : at] if at >= 20 else b""
        if count != 0xFFFF or not locator.startswith(b"PK\x06\x07"):
            return count
        fh.seek(struct.unpack_from("<Q", locator, 8)[0])  # the zip64 end record
        record = fh.read(56)
        if len(record) < 56 or not record.startswith(b"PK\x06\x06"):
            return None
        return int(struct.unpack_from("<Q", record, 32)[0])


def check_zip(path: Path) -> None:
    """Refuse ``path`` from its zip directory alone: unreadable, too many parts, too big
    once unpacked, or a part that grows like a zip bomb."""
    try:
        declared = _declared_parts(path)
        if declared is not None and declared > MAX_PARTS:
            raise InvalidInput("import_xlsx_parts", count=declared, limit=MAX_PARTS, path=path)
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise InvalidInput("import_bad_xlsx", path=path) from exc
    if len(infos) > MAX_PARTS:
        raise InvalidInput("import_xlsx_parts", count=len(infos), limit=MAX_PARTS, path=path)
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise InvalidInput(
            "import_xlsx_too_big", size=sizetext(total), limit=sizetext(MAX_UNPACKED), path=path
        )
    for i in infos:
        if i.file_size > RATIO_FROM and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise InvalidInput(
                "import_xlsx_ratio",
                part=i.filename[:60],
                ratio=i.file_size // max(i.compress_size, 1),
                limit=MAX_RATIO,
                path=path,
            )


def read_xlsx(path: Path, max_columns: int, take: Callable[[Rows], T]) -> T:
    """``take`` applied to the rows of the active sheet of ``path``: (row number, values),
    empty cells ``None``, every row as long as its last value (rows without any value may
    be left out). A value past column ``max_columns`` refuses the file."""
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import WorkSheetParser

    check_zip(path)
    # The file is opened here, not by openpyxl, so that it is closed whatever openpyxl raises.
    with warnings.catch_warnings(), path.open("rb") as fh:
        warnings.simplefilter("ignore")
        try:
            wb = load_workbook(fh, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for malformed parts
            raise InvalidInput("import_bad_xlsx", path=path) from exc
        try:
            ws = wb.active
            if not isinstance(ws, ReadOnlyWorksheet):
                raise InvalidInput("import_bad_xlsx", path=path)
            with ws._get_source() as src:
                parser = WorkSheetParser(
                    src,
                    ws._shared_strings,
                    data_only=True,
                    epoch=wb.epoch,
                    date_formats=wb._date_formats,
                    timedelta_formats=wb._timedelta_formats,
                )
                return take(_rows(parser.parse(), max_columns))
        except TrackerError:
            raise
        except Exception as exc:
            raise InvalidInput("import_bad_xlsx", path=path) from exc
        finally:
            wb.close()


def _rows(parsed: Iterator[tuple[int, list[dict[str, Any]]]], max_columns: int) -> Rows:
    for number, cells in parsed:
        values: list[Any] = []
        for cell in cells:
            value = cell["value"]
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            column = cell["column"]
            if column > max_columns:
                raise InvalidInput("import_too_many_columns", row=number, limit=max_columns)
            if column > len(values):
                values.extend([None] * (column - len(values)))
            values[column - 1] = value
        yield number, values
