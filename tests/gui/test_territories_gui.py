"""The window's territories (issue 15): province, fan-out picker, coverage grid."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import type_text
from tracker.services.core import Tracker
from tracker.ui import features
from tracker.ui.item_model import ItemIdRole

DIRECTIVE = "5d0f1c1e-7a61-4c52-9a1f-202601173d01"
TODAY = date(2026, 4, 1)


@pytest.fixture
def window(make_window, demo_db: Tracker):  # type: ignore[no-untyped-def]
    w = make_window(demo_db, today=lambda: TODAY)
    f = features.install(w, demo_db, interactive=False)
    yield w, f.territories
    f.shutdown()


def _select(w, item_id: int) -> None:  # type: ignore[no-untyped-def]
    for r in range(w.model.rowCount()):
        if w.model.index(r, 0).data(ItemIdRole) == item_id:
            w.select_row(r)
            return
    raise AssertionError(f"item {item_id} not shown")


def test_title_names_the_province_and_menus_have_the_commands(window, demo_db) -> None:  # type: ignore[no-untyped-def]
    w, _ = window
    assert w.windowTitle().endswith("تاونات")
    names = {a.objectName() for a in w.menu("edit").actions()}
    assert {"action_fanout", "action_item_coverage"} <= names
    assert "action_secretariats" in {a.objectName() for a in w.menu("tools").actions()}
    assert "action_coverage" in {a.objectName() for a in w.menu("reports").actions()}


def test_province_dialog_filters_in_arabic_and_french(qtbot, arabic, demo_db) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.province_dialog import ProvinceDialog

    dlg = ProvinceDialog(demo_db.territories.provinces(), "03.531")
    qtbot.addWidget(dlg)
    assert dlg.chosen() == "03.531"
    type_text(dlg.search, "تازه")  # ta marbuta typed as ha
    assert dlg.chosen() == "03.561"
    dlg.search.setText("rehamna")
    assert dlg.chosen() is not None and dlg.list.currentItem().text().endswith("Rehamna")
    dlg.search.setText("no such place")
    assert dlg.chosen() is None and not dlg.ok.isEnabled()


def test_fanout_picker_all_none_urban_search(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    w, ctl = window
    parent = w.tracker.territories.item_id(DIRECTIVE)
    dlg = ctl.make_fanout_dialog(parent)
    qtbot.addWidget(dlg)
    assert dlg.chosen() == [] and dlg.tree.topLevelItemCount() == 5  # municipalities + 4
    from PySide6.QtWidgets import QPushButton

    def click(name: str) -> None:
        qtbot.mouseClick(dlg.findChild(QPushButton, name), Qt.MouseButton.LeftButton)

    click("fanout_all")
    assert len(dlg.chosen()) == 49
    click("fanout_urban")
    assert len(dlg.chosen()) == 5
    click("fanout_rural")
    assert len(dlg.chosen()) == 44
    click("fanout_none")
    assert dlg.chosen() == []
    type_text(dlg.search, "غفس")
    visible = [i for i in dlg._leaves() if not i.isHidden()]
    assert len(visible) == 1
    _fits(dlg)


def test_fanout_from_the_window_then_uncheck_moves_to_trash(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    w, ctl = window
    t = w.tracker
    parent = t.territories.item_id(DIRECTIVE)
    _select(w, parent)

    def pick_urban(dialog: QDialog) -> bool:
        dialog._check(lambda u: u)  # type: ignore[attr-defined]
        return True

    w.exec_dialog = pick_urban
    ctl.fanout_selected()
    assert len(t.territories.children(parent)) == 5
    assert "5" in w.statusBar().currentMessage()
    assert "⊞ 1/5" in w.model.index(_row_of(w, parent), 0).data()

    def drop_two(dialog: QDialog) -> bool:
        leaves = dialog._leaves()  # type: ignore[attr-defined]
        for item in leaves[:2]:
            item.setCheckState(0, Qt.CheckState.Unchecked)
        return True

    asked: list[str] = []
    w.exec_dialog = drop_two
    w.confirm = lambda q: asked.append(q) or True
    _select(w, parent)
    ctl.fanout_selected()
    assert asked and len(t.territories.children(parent)) == 3


def _fits(dialog: QDialog) -> None:
    """Inside its screen (1024×600 is measured by the screenshots in the report)."""
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()


def _row_of(w, item_id: int) -> int:  # type: ignore[no-untyped-def]
    for r in range(w.model.rowCount()):
        if w.model.index(r, 0).data(ItemIdRole) == item_id:
            return r
    raise AssertionError(item_id)


def test_coverage_model_and_a_click_opens_the_child(window, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import coverage_actions
    from tracker.ui.coverage_view import ChildRole

    w, ctl = window
    t = w.tracker
    parent = t.territories.item_id(DIRECTIVE)
    t.territories.fanout(parent, today=TODAY)
    grid = t.territories.coverage(today=TODAY)
    dlg = coverage_actions.make_dialog(ctl, grid)
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.model)
    m = dlg.model
    assert m.rowCount() == 49 + 5 + 1  # communes, group headings, totals
    assert m.index(0, 0).data() == "الجماعات الحضرية" or m.index(0, 0).data() == "Municipalities"
    assert m.index(1, 0).data() == "تاونات"
    assert "منجز" in m.index(1, 1).data()
    opened: list[int] = []

    def open_item(dialog: QDialog) -> bool:
        opened.append(dialog.item_id)  # type: ignore[attr-defined]
        return False

    w.exec_dialog = open_item
    cell = m.index(1, 1)
    dlg._clicked(cell)
    assert opened == [cell.data(ChildRole)]
    _fits(dlg)


def test_coverage_saved_as_xlsx_from_the_grid(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import coverage_actions

    w, ctl = window
    t = w.tracker
    t.territories.fanout(t.territories.item_id(DIRECTIVE), "urban", today=TODAY)
    grid = t.territories.coverage(today=TODAY)
    ctl.ask_save_path = lambda suffix: tmp_path / f"grid{suffix}"
    assert coverage_actions.save(ctl, grid, ".xlsx") == tmp_path / "grid.xlsx"
    assert (tmp_path / "grid.xlsx").stat().st_size > 0


def test_an_alias_is_added_from_its_dialog_and_found_by_search(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tracker.services.views import ItemFilter, View

    w, ctl = window
    dlg = ctl.make_alias_dialog()
    qtbot.addWidget(dlg)
    type_text(dlg.search, "غفساي")
    visible = [dlg.list.item(i) for i in range(dlg.list.count()) if not dlg.list.item(i).isHidden()]
    assert len(visible) == 1
    dlg.list.setCurrentItem(visible[0])
    dlg.alias.setText("Ghafsai")
    dlg.add()
    assert dlg.changed and "Ghafsai" in dlg.list.currentItem().text()
    dlg.alias.setText("Tissa")  # another commune's name: refused, said under the field
    dlg.add()
    assert not dlg.error.isHidden() and "Tissa" in dlg.error.text()
    found = w.tracker.items.list(ItemFilter(today=TODAY, view=View.ALL, search="ghafsai"))
    assert found and all("غفساي" in r.owner_name for r in found)


def test_first_start_offers_the_province_once_and_choosing_loads_it(
    make_window, db: Tracker, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from tracker.ui.province_dialog import ProvinceDialog

    w = make_window(db, today=lambda: TODAY)
    f = features.install(w, db, interactive=False)
    try:
        f.territories.at_start()  # window-modal, the event loop goes on
        shown = [d for d in QApplication.topLevelWidgets() if isinstance(d, ProvinceDialog)]
        assert len(shown) == 1 and shown[0].isVisible()
        dialog = shown[0]
        type_text(dialog.search, "Taounate")
        dialog.accept()
        assert db.territories.province().code == "03.531"  # type: ignore[union-attr]
        assert w.windowTitle().endswith("تاونات")
        f.territories.at_start()  # asked once on this computer
        again = [
            d
            for d in QApplication.topLevelWidgets()
            if isinstance(d, ProvinceDialog) and d.isVisible()
        ]
        assert again == []
    finally:
        f.shutdown()


def test_the_settings_change_the_province_and_the_header_follows(
    arabic, db: Tracker, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui import forms
    from tracker.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(db)
    qtbot.addWidget(dlg)
    assert dlg.province_name.text() == "لم يُختر بعد"

    def choose_taza(dialog: QDialog) -> bool:
        dialog.search.setText("Taza")  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(forms, "run_modal", choose_taza)
    dlg.change_province()
    assert dlg.province_changed and db.territories.province().code == "03.561"  # type: ignore[union-attr]
    assert dlg.province_name.text() == "تازة (03.561)"
    assert dlg.province.text() == "إقليم تازة" and dlg.region.text() == "جهة فاس-مكناس"
    dlg.accept()
    assert db.reports.header().province == "إقليم تازة"
