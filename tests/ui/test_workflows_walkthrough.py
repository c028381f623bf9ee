"""Issue 4's "done" scenario, driven through the main window as a new clerk would:
sell 3-2-1501 to two buyers, hand it over with meter readings and one defect, rectify
the defect, let it to a tenant with a parking space on the same lease, transfer the
ownership to a third customer while ending the lease, then read the whole story on the
room's Records page, in its identity history and in its audit.

Set CRM_WALKTHROUGH_SHOTS=DIR to keep a PNG of every dialog and page on the way.
"""

from __future__ import annotations

import os
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from crm_desktop.domain import clock
from crm_desktop.domain.enums import LeaseState, Meter, Role, RoomStatus, SpaceStatus
from crm_desktop.services import customers as cs
from crm_desktop.services import handover as ho
from crm_desktop.services import identities as idn
from crm_desktop.services import tenancy as t
from crm_desktop.services import transfers as tr
from crm_desktop.services.queries import record_detail
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.main_window import MainWindow
from tests.factories import person, portfolio, room_ids
from tests.ui.typing import type_text

TODAY = clock.today()
SIGNED = TODAY - timedelta(days=90)
HANDED = TODAY - timedelta(days=60)
FIXED = TODAY - timedelta(days=45)
LET = TODAY - timedelta(days=30)
SHOTS = os.environ.get("CRM_WALKTHROUGH_SHOTS")


@pytest.fixture(autouse=True)
def _no_questions(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def office(qtbot, ctx, db, actor):
    data = portfolio(db, actor, floors=(1, 15))
    data["room"] = room_ids(db, data["building"])["3-2-1501"]
    data["space"] = data["spaces"][0]  # B1-001
    for key, name, phone in (
        ("zhang", "张三", "13800138000"),
        ("li", "李四", "13900139000"),
        ("wang", "王五", "13700137000"),
        ("zhao", "赵六", "13600136000"),
    ):
        data[key] = cs.create_customer(db, actor, person(name, phone))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 800)
    win.show()
    qtbot.waitExposed(win)
    data["window"] = win
    return data


def select(qtbot, win, db, **resource):
    assert win.reveal(idn.resource_path(db, **resource))
    qtbot.waitUntil(lambda: win.detail.records_view.story is not None, timeout=5000)


def dialog_of(qtbot, win, name: str) -> QDialog:
    found: list[QDialog] = []

    def ready():
        found[:] = [
            d
            for d in QApplication.topLevelWidgets()
            if isinstance(d, QDialog) and d.objectName() == name and d.isVisible()
        ]
        return bool(found) and found[0].is_ready and not getattr(found[0], "_loading", False)

    qtbot.waitUntil(ready, timeout=5000)
    dlg = found[0]
    dlg.activateWindow()
    return dlg


def pick(qtbot, picker, text: str) -> None:
    picker.searchEdit.setFocus()
    type_text(qtbot, picker.searchEdit, text)
    qtbot.waitUntil(
        lambda: picker.resultsList.count() > 0 and not picker._timer.isActive(), timeout=5000
    )
    qtbot.keyClick(picker.searchEdit, Qt.Key.Key_Return)


def confirm(qtbot, dlg) -> None:
    with qtbot.waitSignal(dlg.saved, timeout=10000):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible())


def type_in(qtbot, widget, text: str) -> None:
    widget.setFocus()
    type_text(qtbot, widget, text)


def story_lines(win) -> list[tuple[str, str, str]]:
    table = win.detail.records_view.story_table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def test_sell_hand_over_rectify_let_and_transfer(qtbot, office, db):
    win, room, space = office["window"], office["room"], office["space"]
    records = win.detail.records_view

    # 1. Sales registration: 3-2-1501 to 张三 and 李四, half each, from the room's menu.
    select(qtbot, win, db, room_id=room)
    assert records.sale_button.isEnabled() and not records.transfer_button.isEnabled()
    win.actions["registerSaleAction"].trigger()
    sale = dialog_of(qtbot, win, "SaleDialog")
    type_in(qtbot, sale.ui.contractEdit, "HT-2026-1501")
    sale.ui.signingEdit.setDate(QDate(SIGNED))
    type_in(qtbot, sale.ui.priceEdit, "1,560,000")
    type_in(qtbot, sale.ui.areaEdit, "128.30")
    pick(qtbot, sale.ui.picker, "zhangsan")
    pick(qtbot, sale.ui.picker, "李四")
    sale.ui.picker.table.item(0, 1).setText("50")
    sale.ui.picker.table.item(1, 1).setText("50")
    shot(sale, "1_sale")
    confirm(qtbot, sale)
    owners = {r.customer_name: r.share for r in idn.resource_identities(db, room_id=room)}
    assert owners == {"张三": Decimal("50.00"), "李四": Decimal("50.00")}
    # 张三 also buys parking space B1-001 (he will let it with the flat).
    select(qtbot, win, db, space_id=space)
    win.actions["registerSaleAction"].trigger()
    sale = dialog_of(qtbot, win, "SaleDialog")
    type_in(qtbot, sale.ui.contractEdit, "CW-B1-001")
    sale.ui.signingEdit.setDate(QDate(SIGNED))
    type_in(qtbot, sale.ui.priceEdit, "180000")
    pick(qtbot, sale.ui.picker, "张三")
    confirm(qtbot, sale)

    # 2. Handover from the room's Records page: readings, keys, one defect.
    select(qtbot, win, db, room_id=room)
    win.detail.show_records_tab()
    qtbot.mouseClick(records.handover_button, Qt.MouseButton.LeftButton)
    handover = dialog_of(qtbot, win, "HandoverDialog")
    handover.set_mode("complete")
    handover.ui.handoverDateEdit.setDate(QDate(HANDED))
    first_key = handover.key_rows[0]
    type_in(qtbot, first_key.kindCombo.lineEdit(), "入户门钥匙")
    first_key.countSpin.setValue(3)
    type_in(qtbot, handover.ui.readingEdits[Meter.WATER], "12.5")
    type_in(qtbot, handover.ui.readingEdits[Meter.ELECTRICITY], "1234.56")
    type_in(qtbot, handover.ui.readingEdits[Meter.GAS], "8")
    for row in handover.item_rows:
        radio = row.defectRadio if row.name() == "卫生间" else row.okRadio
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    (bathroom,) = [row for row in handover.item_rows if row.name() == "卫生间"]
    type_in(qtbot, bathroom.defectEdit, "地漏反水")
    shot(handover, "2_handover")
    confirm(qtbot, handover)
    with db.read() as s:
        from crm_desktop.db.models import Room

        assert s.get(Room, room).status == RoomStatus.HANDED_OVER
    qtbot.waitUntil(lambda: records.defects_table.rowCount() == 1, timeout=5000)
    assert records.defects_table.item(0, 1).text() == "地漏反水"

    # 3. Rectify the defect: select it on the Records page, Rectify….
    records.defects_table.selectRow(0)
    qtbot.mouseClick(records.rectify_button, Qt.MouseButton.LeftButton)
    rectify = dialog_of(qtbot, win, "RectifyDefectDialog")
    rectify.ui.rectifiedOnEdit.setDate(QDate(FIXED))
    rectify.ui.rectifiedByEdit.selectAll()  # the clerk's own name is offered
    type_in(qtbot, rectify.ui.rectifiedByEdit, "物业维修部")
    confirm(qtbot, rectify)
    qtbot.waitUntil(lambda: records.defects_table.rowCount() == 0, timeout=5000)
    assert ho.open_defects(db, room_id=room) == []

    # 4. 张三 lets the flat and B1-001 to 王五 on one lease (Customers › Let to a tenant…).
    win.actions["leaseAction"].trigger()
    lease = dialog_of(qtbot, win, "LeaseDialog")
    lease.ui.landlordCombo.setCurrentIndex(lease.ui.landlordCombo.findText("张三"))
    type_in(qtbot, lease.ui.codeEdit, "B1-001")
    qtbot.keyClick(lease.ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: len(lease.resources) == 2 and lease.resources[-1].info is not None, timeout=5000
    )
    pick(qtbot, lease.ui.picker, "王五")
    lease.ui.startEdit.setDate(QDate(LET))
    type_in(qtbot, lease.ui.rentEdit, "4500")
    type_in(qtbot, lease.ui.depositEdit, "9000")
    shot(lease, "4_lease")
    confirm(qtbot, lease)
    (row,) = t.leases_of(db, room_id=room)
    assert row.state == LeaseState.ACTIVE and [n for _, n in row.tenants] == ["王五"]
    assert sorted(r.label for r in row.resources) == [
        "翠湖花园 3-2-1501",
        "翠湖花园 地下停车场 B1-001",
    ]
    with db.read() as s:
        from crm_desktop.db.models import ParkingSpace, Room

        assert s.get(Room, room).status == RoomStatus.RENTED
        assert s.get(ParkingSpace, space).status == SpaceStatus.RENTED

    # 5. Transfer of ownership to 赵六, ending the lease on the transfer date.
    win.actions["transferAction"].trigger()
    transfer = dialog_of(qtbot, win, "TransferDialog")
    qtbot.waitUntil(lambda: transfer.is_loaded, timeout=5000)
    pick(qtbot, transfer.ui.picker, "赵六")
    qtbot.waitUntil(lambda: not transfer.previewing, timeout=5000)
    lease_combo = transfer.combo(("lease", row.id))
    lease_combo.setCurrentIndex(lease_combo.findText("Terminate on the transfer date"))
    type_in(qtbot, transfer.ui.certificatesEdit, "粤(2026)广州市不动产权第0150101号")
    summary = transfer.ui.summaryLabel.text()
    assert "张三 50%、李四 50% → 赵六 100%" in summary
    shot(transfer, "5_transfer")
    confirm(qtbot, transfer)
    now = idn.resource_identities(db, room_id=room)
    assert [(r.customer_name, r.role, r.share) for r in now] == [
        ("赵六", Role.OWNER, Decimal("100.00"))
    ]
    (ended,) = t.leases_of(db, room_id=room)
    assert ended.terminated_on == TODAY and ended.state == LeaseState.TERMINATED
    # The parking space stays 张三's, and is no longer let.
    assert [r.customer_name for r in idn.resource_identities(db, space_id=space)] == ["张三"]
    (record,) = tr.transfers_of(db, room_id=room)
    assert [p.name for p in record.previous_owners] == ["张三", "李四"]

    # 6. The whole story: Records page, identity history, audit.
    qtbot.waitUntil(lambda: len(story_lines(win)) == 6, timeout=5000)
    lines = story_lines(win)
    assert [(day, what) for day, what, _ in lines] == [
        (SIGNED.isoformat(), "Sold"),
        (HANDED.isoformat(), "Handed over"),
        (FIXED.isoformat(), "Defect rectified"),
        (LET.isoformat(), "Let"),
        (TODAY.isoformat(), "Lease terminated"),
        (TODAY.isoformat(), "Ownership transferred"),
    ]
    assert "HT-2026-1501" in lines[0][2] and lines[2][2] == "卫生间: 地漏反水 (by 物业维修部)"
    assert "B1-001" in lines[3][2] and "赵六 100%" in lines[5][2]
    shot(win, "6_room_records")
    history = [
        (r.customer_name, r.role, r.start_date, r.end_date)
        for r in idn.resource_history(db, room_id=room)
    ]
    assert ("张三", Role.OWNER, SIGNED, TODAY) in history
    assert ("李四", Role.OWNER, SIGNED, TODAY) in history
    assert ("王五", Role.TENANT, LET, TODAY) in history
    assert ("赵六", Role.OWNER, TODAY, None) in history
    audit = record_detail(db, room_kind(), room, history=100).history
    tables = {e["table_name"] for e in audit}
    assert {"room", "sale", "handover", "inspection_item", "lease", "identity", "transfer"} <= (
        tables
    )
    view = win.detail.people_view.history_table
    win.detail.tabs.setCurrentWidget(win.detail.people_view.history_page)
    names = {view.item(r, 2).text() for r in range(view.rowCount())}
    assert {"张三", "李四", "王五", "赵六"} <= names
    shot(win, "6_room_history")


def room_kind():
    from crm_desktop.domain.enums import NodeKind

    return NodeKind.ROOM
