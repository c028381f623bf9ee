"""Issue 3's "done" scenario, driven through the main window as a clerk would:
a new owner with a mistyped ID number (told the check digit is wrong), fixed, and
linked to a room as 60% co-owner beside the existing owner, now 40%; a tenant with
a family member; the tenant found again by two pinyin initials; the room's history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from crm_desktop.domain.enums import Role
from crm_desktop.services import customers as cs
from crm_desktop.services import identities as idn
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs.base import set_combo_value
from crm_desktop.ui.dialogs.customer_dialog import CustomerDialog
from crm_desktop.ui.main_window import MainWindow
from tests.factories import person, portfolio, resident_id, room_ids
from tests.ui.typing import type_text

NEW_OWNER_ID = resident_id("440305", "19880612", "247")
MISTYPED = NEW_OWNER_ID[:17] + ("1" if NEW_OWNER_ID[17] != "1" else "2")


@pytest.fixture(autouse=True)
def _no_questions(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def window(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    room = room_ids(db, data["building"])["3-1-101"]
    zhang = cs.create_customer(db, actor, person("张三", "13900139000"))
    idn.add_identity(
        db, actor, zhang, idn.IdentityFields(Role.OWNER, room_id=room, start_date=date(2020, 5, 1))
    )
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.reveal(idn.resource_path(db, room_id=room))
    qtbot.waitUntil(lambda: win.detail.people is not None, timeout=5000)
    win.room_id, win.zhang = room, zhang
    return win


def open_customer_dialog(qtbot, win) -> CustomerDialog:
    before = set(win.findChildren(CustomerDialog))
    win.actions["addCustomerToRoomAction"].trigger()
    found: list[CustomerDialog] = []

    def ready():
        new = [d for d in win.findChildren(CustomerDialog) if d not in before and d.isVisible()]
        if new and new[0].is_ready and len(new[0].holders) >= 1:
            found[:] = new
            return True
        return False

    qtbot.waitUntil(ready, timeout=5000)
    return found[0]


def save(qtbot, dlg) -> int:
    with qtbot.waitSignal(dlg.saved, timeout=10000) as saved:
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible())
    return saved.args[0]


def test_owner_tenant_family_search_and_history(qtbot, window, db):
    win = window
    room = win.room_id

    # A new co-owner; the ID number is mistyped.
    dlg = open_customer_dialog(qtbot, win)
    assert dlg.ui.roomEdit.text().endswith("3-1-101")
    type_text(qtbot, dlg.ui.nameEdit, "李四")
    dlg.ui.documentNumberEdit.setFocus()
    qtbot.keyClicks(dlg.ui.documentNumberEdit, MISTYPED)
    type_text(qtbot, dlg.phone_rows()[0].number, "138 0013 8000")
    qtbot.wait(dlg.VALIDATE_MS + 100)
    assert "check digit" in dlg.ui.documentError.text()
    assert dlg.ui.documentError.isVisibleTo(dlg)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_saving and bool(dlg.error_message()), timeout=10000)
    assert "check digit" in dlg.error_message()
    assert cs.count_customers(db) == 1  # refused: nothing saved, the form keeps everything
    assert dlg.ui.nameEdit.text() == "李四"

    # Fixed; 60% beside the existing owner, whose share the clerk sets to 40%.
    dlg.ui.documentNumberEdit.selectAll()
    qtbot.keyClicks(dlg.ui.documentNumberEdit, NEW_OWNER_ID)
    set_combo_value(dlg.ui.roleCombo, Role.OWNER)
    type_text(qtbot, dlg.ui.shareEdit, "60")
    table = dlg.ui.ownersTable
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "40")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert dlg.ui.totalLabel.text() == "Total: 100%"
    li = save(qtbot, dlg)
    assert cs.load_customer(db, li).fields.birth_date == date(1988, 6, 12)
    owners = {
        r.customer_name: r.share
        for r in idn.resource_identities(db, room_id=room)
        if r.role == Role.OWNER
    }
    assert owners == {"李四": Decimal("60.00"), "张三": Decimal("40.00")}

    # A tenant, then his son as a family member.
    dlg = open_customer_dialog(qtbot, win)
    type_text(qtbot, dlg.ui.nameEdit, "王五")
    type_text(qtbot, dlg.phone_rows()[0].number, "13700137000")
    set_combo_value(dlg.ui.roleCombo, Role.TENANT)
    wang = save(qtbot, dlg)

    dlg = open_customer_dialog(qtbot, win)
    qtbot.waitUntil(lambda: len(dlg.holders) == 3)  # two owners and the tenant
    type_text(qtbot, dlg.ui.nameEdit, "王小明")
    set_combo_value(dlg.ui.roleCombo, Role.FAMILY)
    dlg.ui.relationCombo.setCurrentIndex(dlg.ui.relationCombo.findData("child"))
    dlg.ui.familyCombo.setCurrentIndex(dlg.ui.familyCombo.findData(wang))
    son = save(qtbot, dlg)
    [member] = idn.family_of(db, wang)
    assert member.customer_id == son

    # Find the tenant again by two pinyin initials, from the keyboard: Ctrl+F, "ww", Enter.
    for view in list(win._customer_views.values()):
        view.close()
    qtbot.waitUntil(lambda: not win._customer_views)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.search.hasFocus()
    qtbot.keyClicks(win.search, "ww")
    qtbot.waitUntil(lambda: not win.search.pending, timeout=5000)
    assert [h.name for h in win.search.model.hits][:1] == ["王五"]
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wang in win._customer_views, timeout=5000)
    view = win._customer_views[wang]
    qtbot.waitUntil(lambda: view.profile is not None, timeout=5000)
    assert view.profile.name == "王五"

    # The room's history: every identity, in time order.
    history = win.detail.people_view.history_table
    qtbot.waitUntil(lambda: history.rowCount() == 4, timeout=5000)
    names = [history.item(row, 2).text() for row in range(history.rowCount())]
    assert names[0] == "张三"  # the owner since 2020 comes first
    assert set(names[1:]) == {"李四", "王五", "王小明"}
