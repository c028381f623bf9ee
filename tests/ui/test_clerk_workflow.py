"""The foundation's "done" scenario, driven through the main window in Chinese:
open the demo portfolio, add a project, add a building with generated rooms,
split one room, close."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import queries
from crm_desktop.services.demo import create_demo
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.i18n import install_translations
from crm_desktop.ui.main_window import MainWindow


@pytest.fixture
def chinese(qapp):
    install_translations(qapp, "zh_CN")
    yield
    install_translations(qapp, "en")


def type_chinese(widget, text):
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_dialog(qtbot, window, action_name) -> QDialog:
    before = set(window.findChildren(QDialog))
    window.actions[action_name].trigger()
    found = []

    def ready():
        new = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
        if new and getattr(new[0], "is_ready", True):
            found[:] = new
            return True
        return False

    qtbot.waitUntil(ready, timeout=5000)
    return found[0]


def press_ok(qtbot, window, dialog):
    with qtbot.waitSignal(window.ctx.dataChanged, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # The main window frees its dialogs when they close.
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def test_demo_add_project_building_split_room(qtbot, ctx, db, actor, chinese, monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)
    create_demo(db, actor, scale="small")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.actions["newProjectAction"].text() == "新建项目(&P)…"
    model = window.tree_model
    regions = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert regions == ["华东区", "华南区"]

    # A project in 华南区.
    window.tree.setCurrentIndex(model.index(1, 0))
    dialog = open_dialog(qtbot, window, "newProjectAction")
    type_chinese(dialog.ui.nameEdit, "观澜花园")
    press_ok(qtbot, window, dialog)
    assert window.tree.currentIndex().data() == "观澜花园"

    # A 30-floor tower, 2 units of 4 rooms, generated.
    dialog = open_dialog(qtbot, window, "newBuildingAction")
    qtbot.keyClicks(dialog.ui.codeEdit, "9")
    generation = dialog.ui.generation
    generation.set_values(units="2", floors=(1, 30), rooms_per_floor=4)
    generation.set_values(areas=[("89.5", "72.1")] * 4)
    assert generation.preview_text() == "共 240 个房间：9-1-101 … 9-2-3004"
    press_ok(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 240)
    assert window.table_model.child_kind == NodeKind.ROOM
    assert window.table_model.index(0, 0).data() == "9-1-101"
    assert window.table_model.index(0, 4).data() == "住宅"

    # One more room by hand (a rooftop unit), through the room dialog.
    window.tree.setFocus()
    dialog = open_dialog(qtbot, window, "newRoomAction")
    qtbot.keyClicks(dialog.ui.unitEdit, "2")
    dialog.ui.floorSpin.setValue(31)
    qtbot.keyClicks(dialog.ui.numberEdit, "3101")
    qtbot.keyClicks(dialog.ui.grossAreaEdit, "168.5")
    press_ok(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 241)
    assert window.table_model.index(240, 0).data() == "9-2-3101"
    assert window.table_model.index(240, 5).data() == "168.50"

    # Split the first room from the table's selection.
    window.table.setFocus()
    window.table.selectRow(0)
    assert window.actions["splitAction"].isEnabled()
    dialog = open_dialog(qtbot, window, "splitAction")
    press_ok(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 242)
    codes = [window.table_model.index(r, 0).data() for r in range(3)]
    assert codes[:2] == ["9-1-101A", "9-1-101B"]
    south = next(n for n in queries.root_nodes(db) if n.label == "华南区")
    assert "观澜花园" in [p.label for p in queries.child_nodes(db, NodeKind.REGION, south.id)]

    window.close()
    assert not window.isVisible()
