"""Export to CSV/xlsx/ics read back with csv, openpyxl and icalendar; import all or nothing."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tracker.domain.enums import Status
from tracker.domain.errors import TrackerError
from tracker.services import exchange, import_read
from tracker.services.core import Tracker
from tracker.services.exchange import HEADERS_AR, KEYS
from tracker.services.views import ItemFilter, View

ROLLOUT_UID = "5d0f1c1e-7a61-4c52-9a1f-202601173d01"


def dump(db: Tracker) -> list[str]:
    """Every row of every table, as SQL text: equal dumps mean an unchanged database."""
    with sqlite3.connect(db.path) as conn:
        return list(conn.iterdump())


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == HEADERS_AR
    return [dict(zip(KEYS, r, strict=True)) for r in rows[1:]]


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding="utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_csv_has_bom_arabic_headers_and_every_item(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "items.csv"
    assert demo_db.exchange.export_file(out, "csv", today=TODAY) == 18
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert len(rows) == 18 and len({r["uid"] for r in rows}) == 18
    rollout = next(r for r in rows if r["uid"] == ROLLOUT_UID)
    assert rollout["title"] == "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم"
    assert rollout["due_on"] == "2026-04-17" and rollout["meeting_date"] == "2026-01-17"
    assert rollout["status"] == "قيد الإنجاز" and rollout["progress"] == "65"
    assert rollout["resolution"] == "1" and rollout["owner"] == "الأمانة الإقليمية بتاونات"
    assert rollout["latest_note"] == "تمت هيكلة نصف الجماعات تقريبا"


def test_xlsx_is_right_to_left_with_real_dates(demo_db, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "items.xlsx"
    demo_db.exchange.export_file(out, "xlsx", today=TODAY)
    ws = load_workbook(out).active
    assert ws.sheet_view.rightToLeft is True
    assert [c.value for c in ws[1]] == list(HEADERS_AR)
    assert ws.max_row == 19 and ws.freeze_panes == "A2"
    due_col = KEYS.index("due_on") + 1
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == ROLLOUT_UID)
    assert isinstance(row[due_col - 1].value, datetime)
    assert row[due_col - 1].value.date() == date(2026, 4, 17)
    assert row[KEYS.index("progress")].value == 65
    assert ws.column_dimensions["B"].width >= 40  # the title column is wide


def test_ics_has_one_vtodo_per_open_item(demo_db, tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "items.ics"
    n = demo_db.exchange.export_file(out, "ics", today=TODAY)
    cal = Calendar.from_ical(out.read_bytes())
    todos = list(cal.walk("VTODO"))
    assert n == len(todos) == 14  # 18 items, 3 done and 1 cancelled
    todo = next(t for t in todos if str(t["UID"]) == ROLLOUT_UID)
    assert todo.decoded("DUE") == date(2026, 4, 17)
    assert str(todo["STATUS"]) == "IN-PROCESS" and int(todo["PERCENT-COMPLETE"]) == 65
    assert str(todo["SUMMARY"]) == "تعميم الهيكلة التنظيمية على جميع جماعات الإقليم"
    alarm = todo.walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == -timedelta(days=7)
    assert alarm["TRIGGER"].params["RELATED"] == "END"
    statuses = {str(t["STATUS"]) for t in todos}
    assert statuses <= {"NEEDS-ACTION", "IN-PROCESS"}
    assert exchange.ICS_STATUS[Status.DONE] == "COMPLETED"


def test_export_then_import_changes_nothing(demo_db, tmp_path: Path) -> None:
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"items.{fmt}"
        demo_db.exchange.export_file(out, fmt, today=TODAY)
        before = dump(demo_db)
        result = demo_db.exchange.import_file(out, today=TODAY)
        assert (result.created, result.updated, result.unchanged) == (0, 0, 18)
        assert dump(demo_db) == before


def test_round_trip_into_an_empty_database(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "items.xlsx"
    demo_db.exchange.export_file(out, "xlsx", today=TODAY)
    other = Tracker.open(tmp_path / "other.sqlite")
    try:
        result = other.exchange.import_file(out, create_owners=True, today=TODAY)
        assert (result.created, result.owners_created, result.meetings_created) == (18, 9, 1)
        a, b = tmp_path / "a.csv", tmp_path / "b.csv"
        demo_db.exchange.export_file(a, "csv", today=TODAY)
        other.exchange.export_file(b, "csv", today=TODAY)
        key = lambda r: r["uid"]  # noqa: E731
        assert sorted(read_csv(a), key=key) == sorted(read_csv(b), key=key)
    finally:
        other.close()


def test_edited_row_updates_the_item_and_records_history(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "items.csv"
    demo_db.exchange.export_file(out, "csv", today=TODAY)
    rows = read_csv(out)
    for r in rows:
        if r["uid"] == ROLLOUT_UID:
            r["progress"] = "80"
            r["latest_note"] = "بقيت جماعتان"
    edited = write_csv(tmp_path / "edited.csv", list(HEADERS_AR), [list(r.values()) for r in rows])
    result = demo_db.exchange.import_file(edited, today=TODAY)
    assert (result.updated, result.unchanged) == (1, 17)
    rows = demo_db.items.list(ItemFilter(today=TODAY, view=View.ALL), limit=None)
    item = next(r for r in rows if r.uid == ROLLOUT_UID)
    detail = demo_db.items.detail(item.id)
    assert detail.item.progress == 80 and detail.history[0].note == "بقيت جماعتان"


def test_new_rows_with_french_and_english_labels(demo_db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "new.csv",
        ["Title", "Meeting date", "Meeting title", "Owner", "Due date", "Statut", "Avancement"],
        [
            [
                "تنظيم دورة تكوينية",
                "17/01/2026",
                "الاجتماع التنظيمي والتواصلي للأمانة الإقليمية بتاونات",
                "الامانة الاقليمية بتاونات",
                "2026-12-10",
                "En cours",
                "40%",
            ],
            [
                "زيارة الجماعات",
                "2026-01-17",
                "الاجتماع التنظيمي والتواصلي للأمانة الإقليمية بتاونات",
                "الأمانة المحلية بتيسة",
                "",
                "done",
                "",
            ],
        ],
    )
    result = demo_db.exchange.import_file(path, today=TODAY)
    assert result.created == 2 and result.meetings_created == 0 and result.owners_created == 0


def _rejected(db, path: Path, expected: list[str], **kw) -> TrackerError:
    before = dump(db)
    with pytest.raises(TrackerError) as err:
        db.exchange.import_file(path, today=TODAY, **kw)
    text = err.value.message("ar")
    for part in expected:
        assert part in text, text
    assert dump(db) == before
    return err.value


GOOD = [
    "مهمة",
    "2026-01-17",
    "الاجتماع التنظيمي والتواصلي للأمانة الإقليمية بتاونات",
    "الأمانة المحلية بتيسة",
]
HEAD = ["المهمة", "تاريخ الاجتماع", "عنوان الاجتماع", "المسؤول"]


def test_bad_cells_name_row_and_column_and_change_nothing(demo_db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [*HEAD, "تاريخ الاستحقاق", "نسبة الإنجاز", "الحالة"],
        [
            [*GOOD, "2026-12-01", "10", "قيد الإنجاز"],  # row 2: fine
            [*GOOD[:3], "جهة مجهولة", "", "", ""],  # row 3: unknown owner
            [*GOOD, "2026-02-30", "", ""],  # row 4: no such date
            ["", *GOOD[1:], "", "", ""],  # row 5: no title
            [*GOOD, "", "150", ""],  # row 6: progress out of range
            [*GOOD, "", "", "شبه منجز"],  # row 7: unknown status
        ],
    )
    err = _rejected(demo_db, path, ["5 خطأ", "السطر 3، العمود «المسؤول»", "جهة مجهولة"])
    messages = [e.message("ar") for e in err.errors]
    assert messages[1] == "السطر 4، العمود «تاريخ الاستحقاق»: " + TrackerError(
        "bad_date", value="2026-02-30"
    ).message("ar")
    assert messages[2].startswith("السطر 5، العمود «المهمة»: خانة إجبارية")
    assert messages[3].startswith("السطر 6، العمود «نسبة الإنجاز»: نسبة الإنجاز يجب")
    assert messages[4].startswith("السطر 7، العمود «الحالة»: حالة غير معروفة «شبه منجز»")
    # The same file with "create missing owners" still fails on the other four rows.
    again = _rejected(demo_db, path, ["4 خطأ"], create_owners=True)
    assert all("المسؤول" not in e.column for e in again.errors)


def test_bad_files_are_rejected_with_a_clear_message(demo_db, tmp_path: Path, monkeypatch) -> None:
    wrong = write_csv(tmp_path / "wrong.csv", ["name", "date"], [["a", "b"]])
    _rejected(demo_db, wrong, ["أعمدة إجبارية ناقصة", "المهمة", "المسؤول"])
    extra = write_csv(tmp_path / "extra.csv", [*HEAD, "لون"], [[*GOOD, "أحمر"]])
    _rejected(demo_db, extra, ["أعمدة غير معروفة", "لون"])
    cp1256 = write_csv(tmp_path / "win.csv", HEAD, [GOOD], encoding="cp1256")
    _rejected(demo_db, cp1256, ["ليس UTF-8", "CSV UTF-8"])
    utf16 = write_csv(tmp_path / "u16.csv", HEAD, [GOOD], encoding="utf-16")
    _rejected(demo_db, utf16, ["ليس UTF-8"])
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _rejected(demo_db, empty, ["الملف فارغ"])
    header_only = write_csv(tmp_path / "header.csv", HEAD, [])
    _rejected(demo_db, header_only, ["لا يحتوي الملف على أي مهمة"])
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    _rejected(demo_db, huge, ["الملف كبير جداً", "20.0 MB"])
    monkeypatch.setattr(import_read, "MAX_ROWS", 5)
    many = write_csv(tmp_path / "many.csv", HEAD, [GOOD] * 6)
    _rejected(demo_db, many, ["الملف كبير جداً", "أكثر من 5 سطر"])
    not_xlsx = tmp_path / "fake.xlsx"
    not_xlsx.write_text("ليس ملف إكسل", encoding="utf-8")
    _rejected(demo_db, not_xlsx, ["تعذرت قراءة ملف Excel"])
    _rejected(demo_db, tmp_path / "nothing.csv", ["الملف غير موجود"])
    odt = tmp_path / "items.ods"
    odt.write_bytes(b"x")
    _rejected(demo_db, odt, ["صيغة ملف غير مدعومة"])


def test_xlsx_bad_cells_and_duplicate_uids(demo_db, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["المعرف", *HEAD, "تاريخ الاستحقاق"])
    ws.append([ROLLOUT_UID, *GOOD, datetime(2026, 5, 1)])
    ws.append([ROLLOUT_UID, *GOOD, "غدا"])
    path = tmp_path / "dup.xlsx"
    wb.save(path)
    err = _rejected(demo_db, path, ["2 خطأ"])
    assert [(e.row, e.key) for e in err.errors] == [(3, "uid"), (3, "due_on")]
    assert "السطر 2" in err.errors[0].message("ar")


def test_preview_marks_cells_without_writing(demo_db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [*HEAD, "نسبة الإنجاز"],
        [[*GOOD, "20"], [*GOOD[:3], "مجهول", "x"]],
    )
    before = dump(demo_db)
    preview = demo_db.exchange.preview(path)
    assert dump(demo_db) == before
    assert not preview.ok and preview.error_count == 2
    assert preview.cell_error(1, 3).key == "owner" and preview.cell_error(1, 4).key == "progress"
    assert preview.cell_error(0, 0) is None and preview.rows[1][3] == "مجهول"
    ok = demo_db.exchange.preview(path, create_owners=False)
    assert ok.row_numbers == [2, 3]


def test_every_bad_cell_of_a_row_is_marked(demo_db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "row.csv",
        [*HEAD, "تاريخ الاستحقاق", "نسبة الإنجاز", "الحالة"],
        [[*GOOD[:3], "لجنة مجهولة", "31/02/2026", "150", "شبه منجز"]],
    )
    preview = demo_db.exchange.preview(path)
    assert [e.key for e in preview.errors] == ["owner", "due_on", "progress", "status"]
    assert preview.errors[2].message("fr").startswith("Ligne 2, colonne « نسبة الإنجاز » :")


def test_semicolon_csv_from_a_french_excel(demo_db, tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([HEAD, ["مهمة بفاصلة، ومنقوطة", *GOOD[1:]]])
    result = demo_db.exchange.import_file(path, today=TODAY)
    assert result.created == 1
