"""Issue 12, points 8–14: the importer attacked the way careless users and hostile files do.

Each attack is met where a user meets it: the command line (``tracker import`` / ``export`` /
``due``, a fresh process, as tests/cli/test_cli.py runs it) or the core's
``exchange.preview`` / ``exchange.import_file``. Each test checks the message, the exit code
and, when something is refused, that the database is unchanged (its bytes for the command
line, every row of every table in-process). No timing assertion anywhere: bounded work is
shown by what was read (a spy) or by peak memory (tracemalloc).
"""

from __future__ import annotations

import csv
import os
import sqlite3
import struct
import subprocess
import sys
import tracemalloc
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tracker.domain.errors import InvalidInput, TrackerError, ValidationFailed
from tracker.services import import_read, import_xlsx
from tracker.services.core import Tracker
from tracker.services.exchange_columns import HEADERS_AR, KEYS
from tracker.services.views import ItemFilter, View

ROLLOUT_UID = "5d0f1c1e-7a61-4c52-9a1f-202601173d01"
ROLLOUT_TITLE = "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم"
MEETING = "الاجتماع التنظيمي والتواصلي للأمانة الإقليمية بتاونات"
OWNER = "الأمانة المحلية بتيسة"
HEAD = ["المهمة", "تاريخ الاجتماع", "عنوان الاجتماع", "المسؤول"]
C0_C1 = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]} - {"\t", "\n"}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRACKER_LANG": "ar"}
    return subprocess.run(
        [sys.executable, "-m", "tracker", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def one_line_refusal(out: subprocess.CompletedProcess[str]) -> str:
    """A refusal as the contract wants it: exit 1, exactly one line on stderr, no traceback."""
    assert out.returncode == 1, (out.returncode, out.stdout[-500:], out.stderr[-2000:])
    assert "Traceback" not in out.stderr + out.stdout
    lines = out.stderr.splitlines()
    assert len(lines) == 1, out.stderr
    return lines[0]


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo database, closed (for the command line)."""
    path = tmp_path / "demo.sqlite"
    t = Tracker.open(path)
    t.load_demo()
    t.close()
    return path


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


class Unchanged:
    """The database file's bytes and every row, to compare after a refused command."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        self.rows = dump(path)

    def check(self) -> None:
        assert self.path.read_bytes() == self.data
        assert dump(self.path) == self.rows


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, blank_after: bool = False):
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)
            if blank_after:
                fh.write("\r\n")
    return path


def cell_lines(out: subprocess.CompletedProcess[str]) -> list[str]:
    return out.stdout.splitlines()


# -- 8. blank lines never lose rows; a file over the cap is refused whole ---------------------


def test_blank_lines_between_rows_lose_no_row_and_keep_line_numbers(
    demo_db, tmp_path: Path, monkeypatch
) -> None:
    """Today: with a blank line after each row, only half of the capped rows were read and
    imported silently. The cap counts data rows; messages give the file's own lines."""
    from openpyxl import Workbook

    monkeypatch.setattr(import_read, "MAX_ROWS", 10)
    rows = [[f"مهمة {i}", "2026-01-17", MEETING, OWNER] for i in range(10)]
    bad = [r[:] for r in rows]
    bad[6][3] = "جهة مجهولة"  # data row 6: line 2 + 2*6 = 14 of the file
    csv_ok = write_csv(tmp_path / "ok.csv", HEAD, rows, blank_after=True)
    csv_bad = write_csv(tmp_path / "bad.csv", HEAD, bad, blank_after=True)

    def xlsx(name: str, data: list[list[str]]) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.append(HEAD)
        for i, r in enumerate(data):
            ws.append(r)
            ws.append([None, "   "] if i % 2 else [])  # a row of spaces, or no row at all
        wb.save(tmp_path / name)
        return tmp_path / name

    for good, wrong in ((csv_ok, csv_bad), (xlsx("ok.xlsx", rows), xlsx("bad.xlsx", bad))):
        preview = demo_db.exchange.preview(wrong)
        assert [e.message("ar") for e in preview.errors] == [
            "السطر 14، العمود «المسؤول»: "
            + TrackerError("unknown_owner", name="جهة مجهولة").message("ar")
        ]
        assert preview.row_numbers == list(range(2, 22, 2))
        before = dump(demo_db.path)
        with pytest.raises(TrackerError):
            demo_db.exchange.import_file(wrong, today=TODAY)
        assert dump(demo_db.path) == before
        result = demo_db.exchange.import_file(good, today=TODAY)
        assert result.created == 10, good.name


def test_a_file_over_the_row_cap_is_refused_whole(demo_file: Path, tmp_path: Path) -> None:
    """50,001 rows with a blank line after each: today 25,001 imported with exit 0."""
    rows = [[f"مهمة {i}", "2026-01-17", MEETING, OWNER] for i in range(50_001)]
    path = write_csv(tmp_path / "many.csv", HEAD, rows, blank_after=True)
    before = Unchanged(demo_file)
    line = one_line_refusal(run("import", "--db", demo_file, path))
    assert "الملف كبير جداً: فيه أكثر من 50000 سطر من المهام" in line
    assert "لم يُستورد أي شيء" in line
    before.check()


def test_an_xlsx_over_the_row_cap_is_refused_as_soon_as_the_cap_is_passed(
    demo_db, tmp_path: Path, monkeypatch
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    for i in range(2000):
        ws.append([f"مهمة {i}", "2026-01-17", MEETING, OWNER])
        ws.append([])
    path = tmp_path / "many.xlsx"
    wb.save(path)
    monkeypatch.setattr(import_read, "MAX_ROWS", 5)
    read: list[int] = []
    rows = import_xlsx._rows

    def counted(parsed, max_columns):  # type: ignore[no-untyped-def]
        for number, cells in rows(parsed, max_columns):
            read.append(number)
            yield number, cells

    monkeypatch.setattr(import_xlsx, "_rows", counted)
    before = dump(demo_db.path)
    with pytest.raises(InvalidInput) as err:
        demo_db.exchange.import_file(path, today=TODAY)
    assert err.value.code == "import_too_many_rows"
    assert "أكثر من 5 سطر" in err.value.message("ar")
    assert dump(demo_db.path) == before
    assert len(read) == 7  # the header and six rows: the reading stopped there, not at 2,001


# -- 9. formulas never come alive; formula-looking text round-trips -------------------------

FORMULA_TEXTS = {
    "title": ["=1+1", "-5", "@SUM(A1)", "+212 600 000 000", "'=already marked", '=HYPERLINK("x")'],
    "details": "=cmd|' /C calc'!A0\nسطر ثان",
    "note": "+ملاحظة",
    "owner": "@لجنة الإعلام",
    "meeting": "-اجتماع طارئ",
}


def _formula_db(tmp_path: Path) -> Path:
    path = tmp_path / "formulas.sqlite"
    t = Tracker.open(path)
    t.load_demo()
    owner = t.owners.create({"name": FORMULA_TEXTS["owner"]})
    meeting = t.meetings.create({"title": FORMULA_TEXTS["meeting"], "held_on": date(2026, 2, 1)})
    for title in FORMULA_TEXTS["title"]:
        item = t.items.create(
            {
                "title": title,
                "details": FORMULA_TEXTS["details"],
                "owner_id": owner.id,
                "meeting_id": meeting.id,
            }
        )
        t.items.record_progress(
            item.id, {"status": "in_progress", "progress": 10, "note": FORMULA_TEXTS["note"]}
        )
    t.close()
    return path


def _items(path: Path) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(
            conn.execute(
                "SELECT a.title, a.details, o.name, m.title FROM action_item a"
                " JOIN owner o ON o.id = a.owner_id JOIN meeting m ON m.id = a.meeting_id"
            ).fetchall()
        )
    finally:
        conn.close()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_formula_text_is_exported_inert_and_imported_back_exactly(tmp_path: Path, fmt) -> None:
    """Today: details «=1+1» came back empty from xlsx and a title starting with «=» could
    not be imported back."""
    from openpyxl import load_workbook

    db = _formula_db(tmp_path)
    out = tmp_path / f"items.{fmt}"
    assert run("export", "--db", db, "--format", fmt, "--out", out).returncode == 0
    if fmt == "xlsx":
        ws = load_workbook(out).active  # not read-only: formulas would show as data_type "f"
        cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
        assert all(c.data_type != "f" for c in cells)
        texts = [c for c in cells if isinstance(c.value, str)]
        assert all(c.data_type == "s" for c in texts)
        assert "=1+1" in {c.value for c in texts}  # exactly the text, no mark needed
    else:
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))[1:]
        titles = {r[KEYS.index("title")] for r in rows}
        assert {"'=1+1", "'-5", "'@SUM(A1)", "'+212 600 000 000", "''=already marked"} <= titles
        cells = [c for r in rows for c in r]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    # Back into the same file: nothing changes.
    before = Unchanged(db)
    again = run("import", "--db", db, out)
    assert again.returncode == 0, again.stderr
    assert "0 مهمة جديدة، 0 محدثة، 24 دون تغيير" in again.stdout
    assert dump(db) == before.rows
    # Into an empty file: the same texts, exactly.
    other = tmp_path / f"other-{fmt}.sqlite"
    Tracker.open(other).close()
    fresh = run("import", "--db", other, "--create-owners", out)
    assert fresh.returncode == 0, fresh.stderr
    assert _items(other) == _items(db)
    notes = sqlite3.connect(other).execute("SELECT DISTINCT note FROM progress_update").fetchall()
    assert (FORMULA_TEXTS["note"],) in notes


def test_negative_numbers_are_refused_like_the_dialog_refuses_them(demo_db, tmp_path: Path) -> None:
    """Progress, reminder days and resolution numbers are never negative: "-5" (and the
    apostrophe-marked "'-5" a spreadsheet may keep) is a cell error, not a formula."""
    head = [*HEAD, "نسبة الإنجاز", "أيام التذكير", "رقم المقرر"]
    path = write_csv(
        tmp_path / "neg.csv",
        head,
        [
            ["مهمة", "2026-01-17", MEETING, OWNER, "-5", "", ""],
            ["مهمة", "2026-01-17", MEETING, OWNER, "'-5", "-1", "-3"],
        ],
    )
    before = dump(demo_db.path)
    with pytest.raises(TrackerError) as err:
        demo_db.exchange.import_file(path, today=TODAY)
    assert [e.message("ar") for e in err.value.errors] == [
        "السطر 2، العمود «نسبة الإنجاز»: نسبة الإنجاز يجب أن تكون بين 0 و100",
        "السطر 3، العمود «نسبة الإنجاز»: نسبة الإنجاز يجب أن تكون بين 0 و100",
        "السطر 3، العمود «أيام التذكير»: " + TrackerError("bad_days", value="-1").message("ar"),
        "السطر 3، العمود «رقم المقرر»: العدد -3 خارج المجال المقبول (من 1 إلى 10000)",
    ]
    assert dump(demo_db.path) == before
    out = tmp_path / "demo.csv"
    demo_db.exchange.export_file(out, "csv", today=TODAY)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, fieldnames=list(KEYS)))[1:]
    for r in rows:  # numbers are written as plain non-negative numbers
        for key in ("progress", "resolution", "remind_days"):
            assert r[key] == "" or (r[key].isdigit() and int(r[key]) >= 0), (key, r[key])


# -- 10. an xlsx is bounded before it is parsed --------------------------------------------


def _deflated_zeros(megabytes: int) -> tuple[bytes, int, int]:
    """Raw deflate of ``megabytes`` MB of zeros (about 1 KB a MB), its CRC and size."""
    chunk = bytes(1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every MB
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return block * megabytes + c.flush(), crc, megabytes << 20


def _zip(path: Path, parts: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip written by hand: (name, deflated data, crc, declared size) per part."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in parts:
        raw = name.encode()
        offset = len(out)
        out += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(raw), 0
        )
        out += raw + data
        central += struct.pack(
            "<4s6H3L5H2L",
            *(b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(data), size, len(raw)),
            *(0, 0, 0, 0, 0, offset),
        )
        central += raw
    n = len(parts)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, n, n, len(central), len(out), 0)
    path.write_bytes(bytes(out + central + end))
    return path


def _small(name: str, text: bytes) -> tuple[str, bytes, int, int]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(text) + c.flush(), zlib.crc32(text), len(text)


@pytest.fixture
def nothing_unpacked(monkeypatch) -> Iterator[list[str]]:
    """Every part opened for reading, and whether openpyxl was reached at all."""
    import openpyxl

    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy_open(self, name, *args, **kw):  # type: ignore[no-untyped-def]
        opened.append(getattr(name, "filename", name))
        return real_open(self, name, *args, **kw)

    def no_load(*args, **kw):  # type: ignore[no-untyped-def]
        opened.append("openpyxl.load_workbook")
        raise AssertionError("openpyxl reached")

    monkeypatch.setattr(zipfile.ZipFile, "open", spy_open)
    monkeypatch.setattr(openpyxl, "load_workbook", no_load)
    yield opened


def test_a_zip_bomb_is_refused_from_its_directory_alone(
    demo_db, tmp_path: Path, nothing_unpacked: list[str]
) -> None:
    """1 MB that unpacks to 1 GB: today 2–3 GB of memory and 20–130 s."""
    data, crc, size = _deflated_zeros(1024)
    bomb = _zip(
        tmp_path / "bomb.xlsx",
        [_small("[Content_Types].xml", b"<Types/>"), ("xl/worksheets/sheet1.xml", data, crc, size)],
    )
    assert bomb.stat().st_size < 2 * 1024 * 1024
    before = dump(demo_db.path)
    tracemalloc.start()
    try:
        preview = demo_db.exchange.preview(bomb)
        with pytest.raises(InvalidInput) as err:
            demo_db.exchange.import_file(bomb, today=TODAY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024
    assert nothing_unpacked == []  # no part opened, openpyxl never called
    assert err.value.code == preview.error.code == "import_xlsx_too_big"  # type: ignore[union-attr]
    assert err.value.message("ar").startswith(
        "ملف Excel كبير جداً بعد فك ضغطه (1024.0 MB؛ الحد الأقصى 100.0 MB)"
    )
    assert dump(demo_db.path) == before


def test_a_bomb_on_the_command_line_is_one_line_and_changes_nothing(
    demo_file: Path, tmp_path: Path
) -> None:
    data, crc, size = _deflated_zeros(1024)
    bomb = _zip(tmp_path / "bomb.xlsx", [("xl/worksheets/sheet1.xml", data, crc, size)])
    before = Unchanged(demo_file)
    line = one_line_refusal(run("import", "--db", demo_file, bomb))
    assert "ملف Excel كبير جداً بعد فك ضغطه" in line and "لم يُقرأ" in line
    before.check()


def test_a_part_that_grows_like_a_bomb_is_refused(
    demo_db, tmp_path: Path, nothing_unpacked: list[str]
) -> None:
    data, crc, size = _deflated_zeros(20)  # 20 MB from 20 KB: under the total, not the ratio
    path = _zip(tmp_path / "ratio.xlsx", [("xl/sharedStrings.xml", data, crc, size)])
    with pytest.raises(InvalidInput) as err:
        demo_db.exchange.import_file(path, today=TODAY)
    assert err.value.code == "import_xlsx_ratio"
    assert "الجزء «xl/sharedStrings.xml» يتضخم" in err.value.message("ar")
    assert nothing_unpacked == []


def test_a_zip_of_thousands_of_parts_is_refused_from_its_end_record(
    demo_db, tmp_path: Path, nothing_unpacked: list[str]
) -> None:
    _, data, crc, size = _small("x", b"<x/>")
    path = _zip(tmp_path / "parts.xlsx", [(f"p{i}", data, crc, size) for i in range(5000)])
    assert demo_db.exchange.preview(path).error.code == "import_xlsx_parts"  # type: ignore[union-attr]
    with pytest.raises(InvalidInput) as err:
        demo_db.exchange.import_file(path, today=TODAY)
    assert err.value.message("ar").startswith("ملف Excel مريب: يضم 5000 جزءاً (الحد 1000)")
    assert nothing_unpacked == []


def test_a_zip_whose_declared_sizes_lie_is_refused_within_its_budget(
    demo_db, tmp_path: Path
) -> None:
    """The directory says 100 bytes, the data inflates to 200 MB: unpacking stops at the
    declared size (the byte budget) and the file is refused as damaged."""
    good = tmp_path / "good.xlsx"
    demo_db.exchange.export_file(good, "xlsx", today=TODAY)
    parts = []
    with zipfile.ZipFile(good) as zf:
        for info in zf.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                data, crc, _ = _deflated_zeros(200)
                parts.append((info.filename, data, crc, 100))  # declares 100 bytes
            else:
                parts.append(_small(info.filename, zf.read(info.filename)))
    liar = _zip(tmp_path / "liar.xlsx", parts)
    before = dump(demo_db.path)
    tracemalloc.start()
    try:
        with pytest.raises(InvalidInput) as err:
            demo_db.exchange.import_file(liar, today=TODAY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024
    assert err.value.code == "import_bad_xlsx"
    assert dump(demo_db.path) == before


def test_columns_are_capped_while_streaming_and_sparse_sheets_are_not_padded(
    demo_db, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    ws.append(["مهمة", "2026-01-17", MEETING, OWNER])
    ws.cell(row=3, column=65, value="خارج الجدول")
    wide = tmp_path / "wide.xlsx"
    wb.save(wide)
    with pytest.raises(InvalidInput) as err:
        demo_db.exchange.import_file(wide, today=TODAY)
    assert err.value.message("ar").startswith("في السطر 3 بيانات بعد العمود 64")

    # A sheet that declares A1:XFD1048576 (an empty text far away): read as it is, rows
    # keep the numbers Excel shows, nothing padded to a million rows of 16,384 cells.
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    ws.cell(row=5, column=1, value="مهمة بعيدة")
    for col, value in enumerate(["2026-01-17", MEETING, "جهة مجهولة"], start=2):
        ws.cell(row=5, column=col, value=value)
    ws.cell(row=1_048_576, column=16_384, value="")
    sparse = tmp_path / "sparse.xlsx"
    wb.save(sparse)
    preview = demo_db.exchange.preview(sparse)
    assert preview.row_numbers == [5]
    assert [(e.row, e.key) for e in preview.errors] == [(5, "owner")]


# -- 11. numbers are bounded where they are parsed ------------------------------------------


def test_a_huge_resolution_number_is_a_cell_error(demo_file: Path, tmp_path: Path) -> None:
    """Today: a 60-line OverflowError traceback from SQLite."""
    head = [*HEAD, "رقم المقرر", "نسبة الإنجاز", "أيام التذكير"]
    path = write_csv(
        tmp_path / "huge.csv",
        head,
        [
            ["مهمة", "2026-03-01", "اجتماع جديد", OWNER, "99999999999999999999", "", ""],
            ["مهمة", "2026-03-01", "اجتماع جديد", OWNER, "10001", "99999999999999999999", ""],
            ["مهمة", "2026-03-01", "اجتماع جديد", OWNER, "3", "", "1e400"],
            ["مهمة", "2026-03-01", "اجتماع جديد", OWNER, "4", "", "9" * 5000],
        ],
    )
    before = Unchanged(demo_file)
    out = run("import", "--db", demo_file, path)
    line = one_line_refusal(out)
    assert line.startswith("tracker: لم يُستورد أي شيء: 5 خطأ في الملف.")
    assert cell_lines(out) == [
        "السطر 2، العمود «رقم المقرر»: العدد 99999999999999999999 خارج المجال المقبول (من 1 إلى 10000)",
        "السطر 3، العمود «رقم المقرر»: العدد 10001 خارج المجال المقبول (من 1 إلى 10000)",
        "السطر 3، العمود «نسبة الإنجاز»: نسبة الإنجاز يجب أن تكون بين 0 و100",
        "السطر 4، العمود «أيام التذكير»: قيمة غير عددية «1e400»",
        "السطر 5، العمود «أيام التذكير»: "
        + TrackerError("bad_number", value="9" * 40).message("ar"),
    ]
    before.check()


def test_huge_numeric_xlsx_cells_are_cell_errors(demo_db, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([*HEAD, "رقم المقرر", "نسبة الإنجاز"])
    ws.append(["مهمة", "2026-03-01", "اجتماع جديد", OWNER, 1e20, 10**30])
    ws.append(["مهمة", "2026-03-01", "اجتماع جديد", OWNER, 2**63, -1.0])
    path = tmp_path / "huge.xlsx"
    wb.save(path)
    before = dump(demo_db.path)
    preview = demo_db.exchange.preview(path)
    assert [(e.row, e.key, e.problem.code) for e in preview.errors] == [
        (2, "resolution", "number_range"),
        (2, "progress", "progress_range"),
        (3, "resolution", "number_range"),
        (3, "progress", "progress_range"),
    ]
    with pytest.raises(TrackerError):
        demo_db.exchange.import_file(path, today=TODAY)
    assert dump(demo_db.path) == before
    # Numbers, dates and booleans in text columns are text, whatever their size.
    wb = Workbook()
    ws = wb.active
    ws.append([*HEAD, "التفاصيل", "المعرف"])
    ws.append([10**30, date(2026, 1, 17), 2026, OWNER, True, 1e300])
    ws.append([-5, "2026-01-17", MEETING, OWNER, date(2026, 5, 1), None])
    path = tmp_path / "texts.xlsx"
    wb.save(path)
    preview = demo_db.exchange.preview(path)
    assert [(e.row, e.key, e.problem.code) for e in preview.errors] == [(2, "uid", "bad_uid")]
    ws.delete_cols(6)
    wb.save(path)
    result = demo_db.exchange.import_file(path, create_owners=True, today=TODAY)
    assert result.created == 2
    conn = sqlite3.connect(demo_db.path)
    rows = conn.execute(
        "SELECT a.title, a.details, m.title FROM action_item a JOIN meeting m"
        " ON m.id = a.meeting_id ORDER BY a.id DESC LIMIT 2"
    ).fetchall()
    conn.close()
    # The number as the sheet holds it (a float, 1.0e30), as text; a date as ISO text.
    assert rows == [
        ("-5", "2026-05-01", MEETING),
        ("1000000000000000019884624838656", "True", "2026"),
    ]


# -- 12. text is cleaned where it enters ----------------------------------------------------


def _texts(path: Path) -> list[str]:
    """Every text value of every table of the file."""
    conn = sqlite3.connect(path)
    try:
        out = []
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                out += [v for v in row if isinstance(v, str)]
        return out
    finally:
        conn.close()


def test_control_characters_never_reach_the_database_or_the_terminal(
    demo_file: Path, tmp_path: Path
) -> None:
    """Today ESC[31m went into the database and, through `tracker due`, to the terminal."""
    head = [*HEAD, "تاريخ الاستحقاق", "التفاصيل", "آخر ملاحظة", "الحالة"]
    path = write_csv(
        tmp_path / "esc.csv",
        head,
        [
            [
                "\x1b[31mأحمر\x07\r\n  سطر ثان\tوثالث\x9b",
                "2026-01-17",
                "اجتماع\x85طارئ\x1b]0;title\x07",
                "\x1b[2Jلجنة\u2028الإعلام",
                "2026-12-01",
                "فقرة أولى\r\n\tفقرة\x1b ثانية\x00",
                "ملاحظة\x1b[0m\nثانية",
                "قيد الإنجاز",
            ]
        ],
    )
    out = run("import", "--db", demo_file, "--create-owners", path)
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(demo_file)
    title, details, owner, meeting = conn.execute(
        "SELECT a.title, a.details, o.name, m.title FROM action_item a JOIN owner o"
        " ON o.id = a.owner_id JOIN meeting m ON m.id = a.meeting_id WHERE a.details != ''"
        " AND a.title LIKE '%أحمر%'"
    ).fetchone()
    (note,) = conn.execute("SELECT note FROM progress_update WHERE note LIKE 'ملاحظة%'").fetchone()
    conn.close()
    assert title == "[31mأحمر سطر ثان وثالث"  # one line: breaks and tabs are one space
    assert meeting == "اجتماع طارئ]0;title"
    assert owner == "[2Jلجنة الإعلام"
    assert details == "فقرة أولى\n\tفقرة ثانية"  # several lines: new lines and tabs stay
    assert note == "ملاحظة[0m\nثانية"
    assert not C0_C1 & set("".join(_texts(demo_file)))
    due = run("due", "--db", demo_file, "--today", "2026-11-29", "--days", "7")
    assert due.returncode == 0
    lines = due.stdout.splitlines()
    assert any(line.endswith("\t[2Jلجنة الإعلام\t[31mأحمر سطر ثان وثالث") for line in lines)
    assert not C0_C1 & set(due.stdout.replace("\n", ""))


def test_due_prints_an_older_title_on_one_line_without_control_characters(
    demo_file: Path,
) -> None:
    """A title written before text was cleaned (straight into the file) prints safely."""
    conn = sqlite3.connect(demo_file)
    with conn:
        conn.execute(
            "UPDATE action_item SET title = ? WHERE uid = ?",
            ("\x1b[31mعنوان\x07 قديم\nبسطرين\x9b", ROLLOUT_UID),
        )
    conn.close()
    due = run("due", "--db", demo_file, "--today", "2026-04-20", "--days", "7")
    assert due.returncode == 0, due.stderr
    assert "[31mعنوان قديم بسطرين" in due.stdout
    assert all(line.count("\t") == 3 for line in due.stdout.splitlines())
    assert not C0_C1 & set(due.stdout.replace("\n", ""))


def test_length_caps_apply_on_import_as_in_the_dialogs(demo_db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "long.csv",
        HEAD,
        [
            ["م" * 501, "2026-01-17", MEETING, OWNER],
            ["مهمة", "2026-01-17", "ج" * 301, OWNER],
            ["مهمة", "2026-01-17", MEETING, "ل" * 201],
        ],
    )
    before = dump(demo_db.path)
    with pytest.raises(TrackerError) as err:
        demo_db.exchange.import_file(path, create_owners=True, today=TODAY)
    assert [e.message("ar") for e in err.value.errors] == [
        "السطر 2، العمود «المهمة»: النص أطول من المسموح (500 حرف على الأكثر)",
        "السطر 3، العمود «عنوان الاجتماع»: النص أطول من المسموح (300 حرف على الأكثر)",
        "السطر 4، العمود «المسؤول»: النص أطول من المسموح (200 حرف على الأكثر)",
    ]
    assert dump(demo_db.path) == before


def test_the_dialogs_clean_text_the_same_way(db) -> None:
    owner = db.owners.create({"name": "\x1b[1mلجنة\nالتنظيم\x9b", "notes": "سطر\r\nسطر\x07"})
    assert (owner.name, owner.notes) == ("[1mلجنة التنظيم", "سطر\nسطر")
    meeting = db.meetings.create(
        {"title": "اجتماع\tالأمانة\x00", "held_on": date(2026, 1, 17), "attendees": "أ\nب\x85ج"}
    )
    assert (meeting.title, meeting.attendees) == ("اجتماع الأمانة", "أ\nب\nج")
    item = db.items.create(
        {"title": "\u2028مهمة\x1b", "owner_id": owner.id, "meeting_id": meeting.id}
    )
    assert item.title == "مهمة"


# -- 13. a uid of an item in the trash ------------------------------------------------------


def test_a_row_of_an_item_in_the_trash_is_refused_with_its_row(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "items.csv"
    assert run("export", "--db", demo_file, "--format", "csv", "--out", out).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    row = next(i for i, r in enumerate(rows, start=1) if r[0] == ROLLOUT_UID)
    rows[row - 1][KEYS.index("progress")] = "90"  # an edit of an item nobody can see
    edited = write_csv(tmp_path / "edited.csv", list(HEADERS_AR), rows[1:])
    t = Tracker.open(demo_file)
    (item_id,) = [
        r.id
        for r in t.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)
        if r.uid == ROLLOUT_UID
    ]
    t.items.delete(item_id)
    t.close()
    before = Unchanged(demo_file)
    result = run("import", "--db", demo_file, edited)
    line = one_line_refusal(result)
    expected = (
        f"السطر {row}، العمود «المعرف»: هذه المهمة في سلة المهملات («{ROLLOUT_TITLE}»): "
        "استرجعها أولاً ثم أعد الاستيراد"
    )
    assert cell_lines(result) == [expected]
    assert line == f"tracker: لم يُستورد أي شيء: 1 خطأ في الملف. {expected}"
    before.check()


# -- 14. recurrences a secretariat uses, and nothing that runs for seconds ------------------

ABSURD = {
    "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30": (
        "قاعدة التكرار «FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30» غير مقبولة: يكون التكرار "
        "يومياً أو أسبوعياً أو شهرياً أو سنوياً، دون ساعات ولا دقائق"
    ),
    "FREQ=HOURLY": None,
    "FREQ=DAILY;BYHOUR=9": None,
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30": (
        "قاعدة التكرار «FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30» لا يقع لها أي موعد خلال عشر سنوات"
    ),
    "FREQ=YEARLY;BYYEARDAY=367": None,
    "FREQ=MONTHLY;COUNT=0": None,
    "FREQ=DAILY;INTERVAL=100000": "قاعدة التكرار «FREQ=DAILY;INTERVAL=100000»: الفاصل بين موعدين أطول من عشر سنوات",
    "FREQ=WEEKLY;COUNT=3;UNTIL=20270101": None,
    "FREQ=DAILY;INTERVAL=0": "قاعدة التكرار غير صالحة: FREQ=DAILY;INTERVAL=0",  # for ever, before
    "FREQ=WEEKLY;INTERVAL=-3": None,
}


@pytest.mark.parametrize("rule", list(ABSURD))
def test_absurd_recurrences_are_refused_with_a_clear_message(db, rule: str) -> None:
    owner = db.owners.create({"name": "لجنة"})
    meeting = db.meetings.create({"title": "اجتماع", "held_on": date(2026, 1, 17)})
    before = dump(db.path)
    with pytest.raises(ValidationFailed) as err:
        db.items.create(
            {
                "title": "مهمة",
                "owner_id": owner.id,
                "meeting_id": meeting.id,
                "due_on": date(2026, 2, 1),
                "recurrence": rule,
            }
        )
    message = err.value.errors["recurrence"].message("ar")
    assert message == ABSURD[rule] if ABSURD[rule] else "التكرار" in message
    assert dump(db.path) == before


def test_the_usual_recurrences_are_accepted(db) -> None:
    owner = db.owners.create({"name": "لجنة"})
    meeting = db.meetings.create({"title": "اجتماع", "held_on": date(2026, 1, 17)})
    for rule in (
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYDAY=MO,TH",
        "FREQ=MONTHLY;BYDAY=1MO",
        "RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
        "FREQ=YEARLY;INTERVAL=4;UNTIL=20400101T000000Z",
    ):
        item = db.items.create(
            {"title": rule, "owner_id": owner.id, "meeting_id": meeting.id, "recurrence": rule}
        )
        assert item.recurrence == rule.removeprefix("RRULE:")


def test_an_absurd_recurrence_in_a_file_is_a_cell_error(demo_file: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "rule.csv",
        [*HEAD, "التكرار"],
        [["مهمة", "2026-01-17", MEETING, OWNER, "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30"]],
    )
    before = Unchanged(demo_file)
    out = run("import", "--db", demo_file, path)
    one_line_refusal(out)
    assert cell_lines(out) == [
        "السطر 2، العمود «التكرار»: " + ABSURD["FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30"]
    ]
    before.check()


@pytest.mark.parametrize(
    "rule, code",
    [
        ("FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "recurrence_unsupported"),  # 5 s before
        ("FREQ=DAILY;INTERVAL=0", "bad_recurrence"),  # before: searched for ever
    ],
)
def test_completing_an_item_with_an_older_absurd_rule_is_refused_not_frozen(
    demo_file, rule: str, code: str
) -> None:
    """A rule stored before this check (straight into the file): marking the item done is
    refused with the rule's message at once, instead of searching for seconds or for ever."""
    conn = sqlite3.connect(demo_file)
    with conn:
        conn.execute("UPDATE action_item SET recurrence = ? WHERE uid = ?", (rule, ROLLOUT_UID))
    (item_id,) = conn.execute("SELECT id FROM action_item WHERE uid = ?", (ROLLOUT_UID,)).fetchone()
    conn.close()
    t = Tracker.open(demo_file)
    try:
        before = dump(demo_file)
        with pytest.raises(TrackerError) as err:
            t.items.record_progress(item_id, {"status": "done", "progress": 100})
        assert err.value.code == code
        assert dump(demo_file) == before
    finally:
        t.close()


def test_a_rule_with_no_next_date_from_this_due_date_ends_the_series(db) -> None:
    """Valid, accepted, but no 29 February every fourth year from 2027: no next item (the
    search is bounded to ten years ahead), and completing works."""
    owner = db.owners.create({"name": "لجنة"})
    meeting = db.meetings.create({"title": "اجتماع", "held_on": date(2026, 1, 17)})
    item = db.items.create(
        {
            "title": "مهمة",
            "owner_id": owner.id,
            "meeting_id": meeting.id,
            "due_on": date(2027, 1, 1),
            "recurrence": "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
        }
    )
    db.items.record_progress(item.id, {"status": "done", "progress": 100})
    conn = sqlite3.connect(db.path)
    titles = [r[0] for r in conn.execute("SELECT title FROM action_item")]
    conn.close()
    assert titles == ["مهمة"]


def test_the_item_dialog_refuses_an_absurd_rule(qtbot, qapp, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from tracker.ui import i18n
    from tracker.ui.item_dialog import ItemDialog

    i18n.install_language(qapp, "ar")

    d = ItemDialog(demo_db)
    qtbot.addWidget(d)
    d.title.setText("مهمة تتكرر كل ثانية")
    d.owner.setCurrentIndex(1)
    rule = "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30"
    d.recurrence.addItem(rule, rule)  # as an item stored earlier would show it
    d.recurrence.setCurrentIndex(d.recurrence.findData(rule))
    before = dump(demo_db.path)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.errors.messages()["recurrence"] == ABSURD[rule]
    assert dump(demo_db.path) == before
