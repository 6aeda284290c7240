"""The safety features in the window: backups, restore dialog, damaged file, second instance."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tracker.services import backups
from tracker.services.core import Tracker
from tracker.store.lock import InstanceLock
from tracker.ui import i18n, safety
from tracker.ui.main_window import MainWindow
from tracker.ui.restore_dialog import RestoreDialog


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Record message boxes instead of showing them; answer questions from ``answers``."""
    seen: dict[str, list] = {"inform": [], "ask": [], "answers": []}

    def inform(_parent, title, text, *, warning=True):  # type: ignore[no-untyped-def]
        seen["inform"].append((title, text))

    def ask(_parent, title, text):  # type: ignore[no-untyped-def]
        seen["ask"].append((title, text))
        return seen["answers"].pop(0) if seen["answers"] else False

    monkeypatch.setattr(safety, "inform", inform)
    monkeypatch.setattr(safety, "ask", ask)
    return seen


@pytest.fixture
def arabic(qapp: QApplication) -> None:
    i18n.install_language(qapp, "ar")


def _add(db: Tracker, title: str) -> int:
    m = db.meetings.latest() or db.meetings.create(
        {"title": "اجتماع", "held_on": date(2026, 1, 17)}
    )
    o = db.owners.find_or_create("منظمة النساء")
    return db.items.create({"title": title, "owner_id": o.id, "meeting_id": m.id}).id


def _titles(window: MainWindow) -> set[str]:
    model = window.model
    return {model.index(r, model.TITLE).data() for r in range(model.rowCount())}


def test_install_safety_backs_up_at_start_and_restores_from_the_dialog(
    qtbot, db: Tracker, db_path: Path, dialogs: dict, monkeypatch: pytest.MonkeyPatch, arabic: None
) -> None:  # type: ignore[no-untyped-def]
    _add(db, "قافلة منظمة النساء")
    window = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    guard = safety.install_safety(window, db)
    guard.wait_idle()  # the start backup runs on a worker thread
    started = backups.list_backups(db_path)
    assert [b.reason for b in started] == ["start"] and started[0].items == 1
    names = {a.objectName() for a in window.menu("file").actions()}
    assert {"action_backup_now", "action_restore_backup"} <= names

    _add(db, "يوم دراسي حول التمكين السياسي")
    window.model.reload()
    assert len(_titles(window)) == 2

    chosen: list[RestoreDialog] = []

    def run_dialog(dialog: RestoreDialog) -> bool:
        chosen.append(dialog)
        dialog.select_row(0)  # the newest: the start backup, one item
        return True

    monkeypatch.setattr(safety, "run_dialog", run_dialog)
    assert guard.restore_from_dialog(), dialogs["inform"]
    assert _titles(window) == {"قافلة منظمة النساء"}  # the window shows the restored file
    kept = [b for b in backups.list_backups(db_path) if b.reason == "pre-restore"]
    assert kept and kept[0].items == 2  # the file as it was, kept before restoring
    assert "pre-restore" in dialogs["inform"][-1][1]
    table = chosen[0].table
    assert table.item(0, RestoreDialog.ITEMS).text() == "1"
    guard.shutdown()


def test_restore_dialog_lists_date_with_moroccan_months_and_items(
    qtbot, db: Tracker, db_path: Path, arabic: None, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    _add(db, "أ")
    backups.take_backup(db_path, "auto", now=datetime(2026, 5, 4, 9, 30))
    _add(db, "ب")
    backups.take_backup(db_path, "manual", now=datetime(2026, 8, 17, 18, 5))
    dialog = RestoreDialog(backups.list_backups(db_path))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [
        [dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())
    ]
    assert rows[0][0].startswith("17 غشت 2026") and rows[0][2] == "2"
    assert rows[1][0].startswith("4 ماي 2026") and rows[1][2] == "1"
    assert dialog.restore_button.isEnabled()
    assert dialog.grab().save(str(tmp_path / "restore_dialog.png"))


def test_a_second_instance_is_refused_and_brings_the_first_forward(
    qtbot, db_path: Path, dialogs: dict, arabic: None
) -> None:  # type: ignore[no-untyped-def]
    first = safety.open_database(db_path)
    assert first is not None
    lock, db = first
    window = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    guard = safety.install_safety(window, db, start_backup=False)
    assert guard.server.listening
    with qtbot.waitSignal(guard.server.activate_requested, timeout=5000):
        assert safety.open_database(db_path) is None
    _title, text = dialogs["inform"][-1]
    assert "قاعدة البيانات مفتوحة في نسخة أخرى" in text
    assert text.splitlines()[-1] == "تم إظهار نافذتها في المقدمة."  # the first came forward
    # another file can be opened at the same time
    other = safety.open_database(db_path.with_name("other.sqlite"))
    assert other is not None
    other[1].close()
    other[0].release()
    guard.shutdown()
    db.close()
    lock.release()


def test_screenshot_mode_prints_one_line_when_in_use(
    db_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    held = InstanceLock(db_path).acquire()
    assert safety.open_database(db_path, interactive=False) is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "مفتوحة في نسخة أخرى" in err
    held.release()


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for i in range(4096 + 100, len(data), 7):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_never_written_and_the_newest_good_backup_is_offered(
    db: Tracker, db_path: Path, dialogs: dict, arabic: None, qapp: QApplication
) -> None:
    _add(db, "محفوظ في النسخة")
    backups.take_backup(db_path, "manual")
    db.close()
    _damage(db_path)
    damaged = db_path.read_bytes()

    dialogs["answers"] = [False]  # the user declines the restore
    assert safety.open_database(db_path) is None
    question = dialogs["ask"][-1][1]
    assert "تالف" in question and "1" in question  # says so in Arabic, with the item count
    assert db_path.read_bytes() == damaged  # never written to

    dialogs["answers"] = [True]  # now accepts
    opened = safety.open_database(db_path)
    assert opened is not None
    lock, restored = opened
    assert {r.title for r in restored.items.list(_all())} == {"محفوظ في النسخة"}
    aside = list((db_path.parent / "backups").glob("*.damaged"))
    assert [p.read_bytes() for p in aside] == [damaged]  # the damaged file kept, unchanged
    restored.close()
    lock.release()


def test_a_non_sqlite_file_without_backups_is_refused_in_arabic(
    tmp_path: Path, dialogs: dict, arabic: None, qapp: QApplication
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("ليست قاعدة بيانات")
    assert safety.open_database(path) is None
    _title, text = dialogs["inform"][-1]
    assert "ليس قاعدة بيانات SQLite" in text and "\n" in text
    assert path.read_text() == "ليست قاعدة بيانات"


def _all():  # type: ignore[no-untyped-def]
    from tracker.services.views import ItemFilter, View

    return ItemFilter(today=TODAY, view=View.ALL)


def test_the_window_timer_backs_up_hourly_while_changes_are_made(
    qtbot, db: Tracker, db_path: Path, dialogs: dict
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    now = [datetime(2026, 11, 29, 9, 0)]
    window = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    guard = safety.install_safety(window, db, clock=lambda: now[0])
    assert guard.timer.isActive()
    _add(db, "تحيين لوائح المنخرطين")
    guard.wait_idle()
    now[0] += timedelta(minutes=59)
    guard.timer.timeout.emit()
    guard.wait_idle()
    assert [b.reason for b in backups.list_backups(db_path)] == ["start"]
    now[0] += timedelta(minutes=2)
    guard.timer.timeout.emit()
    guard.wait_idle()
    listed = backups.list_backups(db_path)
    assert [(b.reason, b.items) for b in listed] == [("auto", 1), ("start", 0)]
    assert dialogs["inform"] == []
    guard.shutdown()


def test_back_up_now_writes_on_the_worker_and_says_so(
    qtbot, db: Tracker, db_path: Path, dialogs: dict, arabic: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    _add(db, "تحيين لوائح المنخرطين")
    window = MainWindow(db, today=lambda: TODAY)
    qtbot.addWidget(window)
    guard = safety.install_safety(window, db, start_backup=False)
    take, writing, go_on = db.backups.take, threading.Event(), threading.Event()

    def held_take(reason: str = "manual") -> Path:
        writing.set()
        assert go_on.wait(10)  # the backup stays in progress until the test says
        return take(reason)

    monkeypatch.setattr(db.backups, "take", held_take)
    assert guard.backup_now()
    assert writing.wait(10)  # running on the worker while the window goes on
    assert not guard.backup_now()  # one at a time: the second is refused, and said so
    assert "قيد الكتابة" in window.statusBar().currentMessage()
    go_on.set()
    guard.wait_idle()
    manual = [b for b in backups.list_backups(db_path) if b.reason == "manual"]
    assert len(manual) == 1 and manual[0].items == 1
    assert manual[0].path.name in window.statusBar().currentMessage()
    assert dialogs["inform"] == []
    guard.shutdown()
