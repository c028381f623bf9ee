"""Driving the main window: navigation, selection, data changes, smoke test, screenshot."""

from __future__ import annotations

import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QTreeView

import crm_desktop.ui
from crm_desktop.db.engine import sqlite_url
from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import resources as r
from crm_desktop.services.database import Database
from crm_desktop.ui.app_context import Change
from crm_desktop.ui.detail_pane import DetailPane
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.roles import IdRole, KindRole
from tests.factories import portfolio

SHOTS = Path("/tmp/shots")


@pytest.fixture
def data(db, actor):
    return portfolio(db, actor)


@pytest.fixture
def window(ctx, data, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def open_building(window: MainWindow, qtbot):
    tree: QTreeView = window.findChild(QTreeView, "navigationTree")
    model = tree.model()
    region = model.index(0, 0)
    tree.expand(region)
    project = model.index(0, 0, region)
    tree.expand(project)
    building = model.index(0, 0, project)
    assert building.data() == "3栋"
    tree.setCurrentIndex(building)
    return tree, building


def test_widgets_are_named(window):
    assert window.objectName() == "mainWindow"
    assert window.windowTitle() == "Property CRM"
    tree = window.findChild(QTreeView, "navigationTree")
    table = window.findChild(QTableView, "itemTable")
    pane = window.findChild(DetailPane, "detailPane")
    assert tree and table and pane
    assert tree.accessibleName() and table.accessibleName() and pane.accessibleName()
    assert tree.isHeaderHidden() and tree.uniformRowHeights()
    assert table.isSortingEnabled() and table.alternatingRowColors()
    # The tree takes the focus and selects the first region: the table lists its projects.
    assert tree.currentIndex().data() == "华南区"
    assert table.model().child_kind == NodeKind.PROJECT
    assert table.model().index(0, 0).data() == "翠湖花园"


def test_nothing_selected_shows_regions(ctx, data, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.table_model.child_kind == NodeKind.REGION
    assert w.table_model.index(0, 0).data() == "华南区"
    assert w.detail.current is None
    assert w.findChild(QLabel, "detailEmpty").text()


def test_status_bar_shows_database_and_user(window, db):
    db_label = window.findChild(QLabel, "databaseLabel")
    user_label = window.findChild(QLabel, "userLabel")
    assert str(db.path) in db_label.text()
    assert "Administrator" in user_label.text()
    busy = window.findChild(type(window.busy_indicator), "busyIndicator")
    assert busy.isHidden()
    window.ctx.busyChanged.emit(True)
    assert not busy.isHidden()
    window.ctx.busyChanged.emit(False)
    assert busy.isHidden()


def test_select_building_then_room(window, qtbot, data):
    tree, building = open_building(window, qtbot)
    table: QTableView = window.findChild(QTableView, "itemTable")
    model = table.model()
    assert model.rowCount() == 48
    codes = [model.index(i, 0).data() for i in range(48)]
    assert codes[:5] == ["3-1-101", "3-1-102", "3-1-103", "3-1-104", "3-1-201"]
    assert codes[-1] == "3-2-604"
    assert window.detail.title_label.text() == "3栋"
    assert window.actions["generateRoomsAction"].isEnabled()
    assert window.actions["newRoomAction"].isEnabled()
    assert not window.actions["splitAction"].isEnabled()

    # The tree did not load the rooms: the building was selected, not expanded.
    assert tree.model().rowCount(building) == 0

    table.setFocus()
    table.selectRow(2)
    assert window.detail.current == (NodeKind.ROOM, model.id_at(2))
    assert window.detail.title_label.text() == "3-1-103"
    assert "3栋" in window.detail.path_label.text()
    assert window.actions["splitAction"].isEnabled()
    assert not window.actions["mergeAction"].isEnabled()

    # Two rooms selected: merge possible, split not.
    table.selectionModel().select(
        model.index(3, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert window.selected_room_ids() == [model.id_at(2), model.id_at(3)]
    assert window.actions["mergeAction"].isEnabled()
    assert not window.actions["splitAction"].isEnabled()


def test_detail_pane_shows_lineage_and_history(window, qtbot, db, actor, data):
    room = r.create_room(
        db, actor, r.RoomFields(data["building"], "1", 7, "701", gross_area=Decimal("90"))
    )
    from crm_desktop.services import queries

    version = queries.load_record(db, NodeKind.ROOM, room).version
    parts = r.split_room(
        db, actor, room, version, [r.RoomPart("701A", "40"), r.RoomPart("701B", "40")]
    )
    window.detail.show_record(NodeKind.ROOM, parts[0])
    assert window.detail.title_label.text() == "3-1-701A"
    assert window.detail.lineage_label.text() == "Split from 3-1-701"
    assert window.detail.history.rowCount() >= 1
    window.detail.show_record(NodeKind.ROOM, room)
    assert "Split into 3-1-701A, 3-1-701B" in window.detail.lineage_label.text()


def test_history_shows_labels_not_stored_values(window, db, actor, data):
    from crm_desktop.domain.enums import RoomStatus
    from crm_desktop.services import queries

    _, ids = queries.table_ids(db, NodeKind.BUILDING, data["building"])
    rec = queries.load_record(db, NodeKind.ROOM, ids[0])
    rec.fields.status = RoomStatus.HANDED_OVER
    r.update_room(db, actor, rec.id, rec.version, rec.fields)
    window.detail.show_record(NodeKind.ROOM, rec.id)
    history = window.detail.history
    assert history.item(0, 3).text() == "Unsold → Handed over"
    assert "Residential" in history.item(1, 3).text()
    assert "residential" not in history.item(1, 3).text()


def test_new_room_appears_in_table_and_tree(window, qtbot, db, actor, data):
    tree, building = open_building(window, qtbot)
    tree.expand(building)
    assert tree.model().rowCount(building) == 48
    room = r.create_room(
        db, actor, r.RoomFields(data["building"], "2", 7, "701", gross_area=Decimal("95.5"))
    )
    window.ctx.notify(Change(NodeKind.ROOM, (room,), parent=(NodeKind.BUILDING, data["building"])))
    model = window.table_model
    assert model.rowCount() == 49
    assert model.index(model.row_of(room), 0).data() == "3-2-701"
    assert tree.model().rowCount(building) == 49
    assert tree.model().node_index(NodeKind.ROOM, room).data() == "3-2-701"
    assert tree.isExpanded(tree.model().node_index(NodeKind.BUILDING, data["building"]))


def test_double_click_container_selects_it_in_tree(window, qtbot, data):
    tree = window.tree
    region = tree.model().index(0, 0)
    tree.setCurrentIndex(region)
    table = window.table
    assert window.table_model.child_kind == NodeKind.PROJECT
    index = window.table_model.index(0, 0)
    rect = table.visualRect(index)
    # A real double click starts with a press on the same cell.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = tree.currentIndex()
    assert current.data(KindRole) == NodeKind.PROJECT
    assert current.data(IdRole) == data["project"]
    assert tree.isExpanded(current)
    assert window.table_model.child_kind == NodeKind.BUILDING
    assert window.table_model.rowCount() == 1


def test_room_selected_in_tree_shows_siblings(window, qtbot, data):
    tree, building = open_building(window, qtbot)
    tree.expand(building)
    room = tree.model().index(5, 0, building)
    tree.setCurrentIndex(room)
    assert window.table_model.child_kind == NodeKind.ROOM
    assert window.table_model.rowCount() == 48
    assert window.table.selectionModel().isRowSelected(5)
    assert window.detail.current == (NodeKind.ROOM, room.data(IdRole))
    assert window.current_record() == (NodeKind.ROOM, room.data(IdRole))


class FakeDialogs(types.ModuleType):
    def __init__(self):
        super().__init__("crm_desktop.ui.dialogs")
        self.calls = []

    def _make(self, name, parent, *args, **kwargs):
        self.calls.append((name, args, kwargs))
        dialog = QDialog(parent)
        dialog.setObjectName(name)
        return dialog

    def record_dialog(self, parent, ctx, kind, *, record_id=None, parent_id=None):
        return self._make("record_dialog", parent, kind, record_id=record_id, parent_id=parent_id)

    def generate_rooms_dialog(self, parent, ctx, building_id):
        return self._make("generate_rooms_dialog", parent, building_id)

    def split_room_dialog(self, parent, ctx, room_id):
        return self._make("split_room_dialog", parent, room_id)

    def merge_rooms_dialog(self, parent, ctx, room_ids):
        return self._make("merge_rooms_dialog", parent, room_ids)


@pytest.fixture
def fake_dialogs(monkeypatch):
    fake = FakeDialogs()
    monkeypatch.setitem(sys.modules, "crm_desktop.ui.dialogs", fake)
    monkeypatch.setattr(crm_desktop.ui, "dialogs", fake, raising=False)
    return fake


def test_actions_open_dialogs_and_select_created(window, qtbot, db, actor, data, fake_dialogs):
    tree, building = open_building(window, qtbot)
    window.actions["newAction"].trigger()  # Ctrl+N on a building: a new room in it
    assert fake_dialogs.calls[-1] == (
        "record_dialog",
        (NodeKind.ROOM,),
        {"record_id": None, "parent_id": data["building"]},
    )
    # The dialog saves and announces the new room: the window selects it.
    room = r.create_room(db, actor, r.RoomFields(data["building"], "1", 7, "701"))
    window.ctx.notify(Change(NodeKind.ROOM, (room,), parent=(NodeKind.BUILDING, data["building"])))
    assert window.tree.currentIndex().data(IdRole) == room
    assert window.detail.current == (NodeKind.ROOM, room)
    for dialog in window.findChildren(QDialog, "record_dialog"):
        dialog.reject()

    window.actions["editAction"].trigger()
    assert fake_dialogs.calls[-1] == (
        "record_dialog",
        (NodeKind.ROOM,),
        {"record_id": room, "parent_id": None},
    )
    window.actions["splitAction"].trigger()
    assert fake_dialogs.calls[-1] == ("split_room_dialog", (room,), {})
    window.actions["generateRoomsAction"].trigger()
    assert fake_dialogs.calls[-1] == ("generate_rooms_dialog", (data["building"],), {})

    window.table.setFocus()
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.table_model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.actions["mergeAction"].trigger()
    ids = [window.table_model.id_at(0), window.table_model.id_at(1)]
    assert fake_dialogs.calls[-1] == ("merge_rooms_dialog", (ids,), {})


def test_layout_is_saved_and_restored(ctx, data, qtbot):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.splitter.setSizes([233, 400])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 700
    assert second.splitter.sizes() == sizes


def test_smoke_test_entry_point(tmp_path, qapp, capsys):
    path = tmp_path / "smoke.sqlite"
    db = Database.open(sqlite_url(path))
    portfolio(db, db.ensure_admin())
    db.close()
    from crm_desktop.app import main

    assert main(["--smoke-test", "--db", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "smoke test ok: 1 regions" in out


def test_smoke_test_reports_unusable_database(tmp_path, qapp, capsys):
    from crm_desktop.app import main

    garbage = tmp_path / "not-a-database.sqlite"
    garbage.write_bytes(b"this is not a SQLite file" * 100)
    assert main(["--smoke-test", "--db", str(garbage), "--lang", "en"]) != 0
    assert "smoke test failed" in capsys.readouterr().err


def test_screenshot(window, qtbot, data):
    tree, building = open_building(window, qtbot)
    tree.expand(building)
    window.table.setFocus()
    window.table.selectRow(9)
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "main_window.png"))


def test_real_dialogs_open(window, qtbot, data):
    dialogs = pytest.importorskip("crm_desktop.ui.dialogs")
    if not hasattr(dialogs, "record_dialog"):
        pytest.skip("dialogs not written yet")
    open_building(window, qtbot)
    window.table.setFocus()
    window.table.selectRow(0)
    window.actions["editAction"].trigger()
    opened = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(opened) == 1
    opened[0].reject()
    window.actions["splitAction"].trigger()
    opened = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(opened) == 1
    opened[0].reject()


def test_settings_dialog_saves(qtbot, tmp_path):
    from crm_desktop import config
    from crm_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(config.Settings())
    qtbot.addWidget(dialog)
    dialog.database_edit.setText(r"\\server\share\crm.sqlite")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    dialog.accept()
    saved = config.load()
    assert saved.database == r"\\server\share\crm.sqlite"
    assert saved.language == "zh_CN"
    assert dialog.restart_needed


def test_translations_follow_the_system_and_cover_qt_itself(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QLocale

    from crm_desktop.ui import i18n

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.resolve_language("auto") == "zh_CN"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve_language("auto") == "en"
    try:
        assert i18n.install_translations(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        # Qt's own strings (standard buttons) come from qtbase_zh_CN.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        assert i18n.install_translations(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_changes_saved_on_another_pc_appear(window, qtbot, db, actor, data):
    """A second program on the same file (another clerk) adds a room; this window shows it."""
    from crm_desktop.services.database import Database

    tree, building = open_building(window, qtbot)
    assert window.table_model.rowCount() == 48
    assert window.ctx.start_watching(interval_ms=50)
    # This program's own save is not "another PC's".
    own = r.create_room(db, actor, r.RoomFields(data["building"], "1", 9, "901"))
    window.ctx.notify(Change(NodeKind.ROOM, (own,), parent=(NodeKind.BUILDING, data["building"])))
    qtbot.wait(300)
    assert "another PC" not in window.statusBar().currentMessage()
    assert window.table_model.rowCount() == 49
    window.table.verticalScrollBar().setValue(10)
    other_pc = Database(db.url)
    try:
        other_actor = other_pc.ensure_admin()
        r.create_room(other_pc, other_actor, r.RoomFields(data["building"], "2", 9, "901"))
    finally:
        other_pc.close()
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 50, timeout=5000)
    codes = [window.table_model.index(i, 0).data() for i in range(50)]
    assert "3-2-901" in codes
    assert "another PC" in window.statusBar().currentMessage()


def test_keyboard_enter_copy_and_row_count(window, qtbot, data):
    from PySide6.QtGui import QGuiApplication

    tree, building = open_building(window, qtbot)
    assert window.findChild(QLabel, "countLabel").text() == "Rooms: 48"
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.findChild(QLabel, "countLabel").text() == "Rooms: 48 (2 selected)"
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 2
    assert lines[0].split("\t")[:5] == ["3-1-101", "1", "1", "101", "Residential"]
    # Enter on a tree container expands it; Enter on a table row opens its editor.
    tree.setFocus()
    tree.setCurrentIndex(building)
    tree.collapse(building)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert tree.isExpanded(building)
    opened = []
    window._open_dialog = lambda *args, **kwargs: opened.append(args)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened and opened[0][0] == "record_dialog"


def test_an_empty_database_says_where_to_begin(ctx, qtbot):
    empty = MainWindow(ctx)
    qtbot.addWidget(empty)
    hint = empty.findChild(QLabel, "detailEmpty").text()
    assert "New region" in hint and "--demo" in hint
    assert empty.actions["newRegionAction"].isEnabled()


def test_choosing_another_language_in_settings_asks_for_a_rebuild(window, qtbot):
    from crm_desktop.ui.settings_dialog import SettingsDialog

    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    with qtbot.waitSignal(window.languageChangeRequested) as asked:
        dialog.accept()
    assert asked.args == ["zh_CN"]
    assert window.ctx.settings.language == "zh_CN"


def test_reopens_where_the_clerk_was_with_their_column_widths(ctx, data, qtbot):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    tree, building = open_building(first, qtbot)
    header = first.table.horizontalHeader()
    header.resizeSection(0, 233)
    first.close()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.tree_record() == (NodeKind.BUILDING, data["building"])
    assert second.table_model.rowCount() == 48
    assert second.table.horizontalHeader().sectionSize(0) == 233


def test_a_place_in_another_database_is_not_restored(ctx, data, qtbot, tmp_path):
    from crm_desktop.ui.main_window import window_settings

    s = window_settings()
    s.setValue("place/database", str(tmp_path / "other.sqlite"))
    s.setValue("place/path", f"building:{data['building']}")
    s.sync()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.tree_record() is None


def test_the_office_name_is_a_setting(qtbot):
    from crm_desktop import config
    from crm_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(config.Settings(office_name="旧名称"))
    qtbot.addWidget(dialog)
    assert dialog.office_edit.text() == "旧名称"
    dialog.office_edit.clear()
    qtbot.keyClicks(dialog.office_edit, "  Jade   Lake  office ")
    assert dialog.settings().office_name == "Jade Lake office"
    dialog.accept()
    assert config.load().office_name == "Jade Lake office"
