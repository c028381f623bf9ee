"""The sales registration dialog, walked as a clerk: buyers by typing, shares, confirm."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from crm_desktop.db.models import Room
from crm_desktop.domain.enums import Role, RoomStatus
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import sales
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs.sale_dialog import SaleDialog
from tests.factories import person, portfolio, room_ids
from tests.ui.typing import type_text


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def setup(db, actor):
    p = portfolio(db, actor)
    room = room_ids(db, p["building"])["3-2-501"]
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    li = c.create_customer(db, actor, person("李四", "13900139000"))
    return room, zhang, li


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    return dlg


def add_by_typing(qtbot, dlg, text):
    dlg.ui.picker.searchEdit.setFocus()
    type_text(qtbot, dlg.ui.picker.searchEdit, text)
    qtbot.waitUntil(
        lambda: dlg.ui.picker.resultsList.count() > 0 and not dlg.ui.picker._timer.isActive(),
        timeout=5000,
    )
    qtbot.keyClick(dlg.ui.picker.searchEdit, Qt.Key.Key_Return)


def set_share(dlg, row, text):
    dlg.ui.picker.table.item(row, 1).setText(text)


def test_sell_to_two_buyers(qtbot, ctx, db, setup):
    room, zhang, li = setup
    dlg = opened(qtbot, SaleDialog(ctx, (room, None, "翠湖花园 3-2-501")))
    qtbot.keyClicks(dlg.ui.contractEdit, "HT-2024-001")
    qtbot.keyClicks(dlg.ui.priceEdit, "1280000")
    add_by_typing(qtbot, dlg, "zs")
    add_by_typing(qtbot, dlg, "李四")
    assert [name for _, name in dlg.buyers] == ["张三", "李四"]
    assert dlg.isVisible() and sales.sales_of(db, room_id=room) == []  # Enter only added
    assert dlg.shares() == ["100", ""]
    set_share(dlg, 0, "60")
    assert (
        "60%" in dlg.ui.picker.totalLabel.text()
        and "color" in dlg.ui.picker.totalLabel.styleSheet()
    )
    set_share(dlg, 1, "40")
    assert dlg.ui.picker.totalLabel.text().endswith("100%")
    summary = dlg.ui.summaryLabel.text()
    assert (
        "unsold → sold" in summary and "张三 60%、李四 40%" in summary and "HT-2024-001" in summary
    )
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible() or bool(dlg.error_message()), timeout=10000)
    assert dlg.error_message() == ""
    owners = {r.customer_id: r.share for r in idn.resource_identities(db, room_id=room)}
    assert owners == {zhang: Decimal("60.00"), li: Decimal("40.00")}
    assert [r.role for r in idn.resource_identities(db, room_id=room)] == [Role.OWNER] * 2
    with db.read() as s:
        assert s.get(Room, room).status == RoomStatus.SOLD


def test_refused_sale_keeps_the_form(qtbot, ctx, db, setup):
    room, _zhang, _li = setup
    dlg = opened(qtbot, SaleDialog(ctx, (room, None, "翠湖花园 3-2-501")))
    qtbot.keyClicks(dlg.ui.priceEdit, "1280000")
    add_by_typing(qtbot, dlg, "zs")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_saving and bool(dlg.error_message()), timeout=10000)
    assert "contract number" in dlg.error_message()
    assert dlg.focusWidget() is dlg.ui.contractEdit
    assert dlg.isVisible() and dlg.ui.priceEdit.text() == "1280000"
    assert sales.sales_of(db, room_id=room) == []


def test_enter_in_any_field_never_registers_the_sale(qtbot, ctx, db, setup):
    """The button box makes OK the default again when the dialog is shown; only a click
    on the button confirms a sale."""
    room, _zhang, _li = setup
    dlg = opened(qtbot, SaleDialog(ctx, (room, None, "翠湖花园 3-2-501")))
    qtbot.keyClicks(dlg.ui.contractEdit, "HT-2024-009")
    qtbot.keyClicks(dlg.ui.priceEdit, "990000")
    add_by_typing(qtbot, dlg, "zs")
    assert not dlg.ok_button.isDefault()
    for edit in (dlg.ui.contractEdit, dlg.ui.priceEdit, dlg.ui.areaEdit):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert dlg.isVisible() and sales.sales_of(db, room_id=room) == []
