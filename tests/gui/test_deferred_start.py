"""Start-up paints the window before the database is open, then fills it."""

from __future__ import annotations

from datetime import date

from tracker.services import startup
from tracker.services.core import Tracker
from tracker.ui.main_window import MainWindow

TODAY = date(2026, 11, 29)


def test_the_frame_paints_without_a_database_and_fills_on_attach(qtbot, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.menu("file") is not None  # a real main window, menus and all
    window.build()
    assert window.model.rowCount() == 0
    early = startup.first_screen(demo_db.path, window.model.item_filter())
    assert early is not None
    window.show_first_page(*early)
    shown = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    window.attach(demo_db)
    assert [window.model.index(r, 0).data() for r in range(window.model.rowCount())] == shown
    complete = MainWindow(demo_db, today=lambda: TODAY)
    qtbot.addWidget(complete)
    assert window.model.total() == complete.model.total() == len(shown) > 0
    assert window.nav.topLevelItemCount() == complete.nav.topLevelItemCount() == 3
    assert window.count_label.text() == complete.count_label.text()


def test_a_search_typed_before_the_database_opens_is_applied(qtbot, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.build()
    early = startup.first_screen(demo_db.path, window.model.item_filter())
    assert early is not None
    window.show_first_page(*early)
    window.search.setText("غفساي")  # typed (programmatically) while the store loads
    window.attach(demo_db)
    titles = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert titles and all("غفساي" in t for t in titles)


def test_the_frame_and_its_panes_are_built_before_the_store_loads() -> None:
    """What the window needs before it shows the first screen imports neither SQLAlchemy nor
    the services (they load on a background thread meanwhile): a fresh interpreter shows it."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tracker.app import make_application\n"
        "app = make_application()\n"
        "from tracker.ui.main_window import MainWindow\n"
        "w = MainWindow(None)\n"
        "w.build()\n"
        "from tracker.services import startup\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'tracker.services.items')"
        " if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


def test_closing_during_start_up_keeps_the_layout_and_raises_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import settings as ui_settings

    window = MainWindow(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.resize(900, 600)
    window.close()  # before build(): no panes yet
    saved = ui_settings.qsettings().value("window/geometry")
    assert saved is not None and len(bytes(saved)) > 0


def test_commands_wait_for_the_database(qtbot, demo_db: Tracker) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.build()
    assert not window.action_new_item.isEnabled() and not window.action_new_meeting.isEnabled()
    window.attach(demo_db)
    assert window.action_new_item.isEnabled() and window.action_new_meeting.isEnabled()
    assert window.action_edit.isEnabled() == (window.selected_item_id() is not None)
