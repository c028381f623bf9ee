"""The due list panel (待办事项) on real data: each section with its count, lines a
clerk can read, a line opened by double click or Enter, a reload after a change;
and the settings that set its days."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from crm_desktop import config
from crm_desktop.db.models import ParkingSpace, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import NodeKind, RoomStatus, SpaceStatus
from crm_desktop.services import customers as c
from crm_desktop.services import due, sales
from crm_desktop.services import handover as ho
from crm_desktop.services import tenancy as t
from crm_desktop.ui.app_context import Change
from crm_desktop.ui.due_panel import DuePanel
from crm_desktop.ui.settings_dialog import SettingsDialog
from tests.factories import person, portfolio, resident_id, room_ids
from tests.ui.test_mnemonics import mnemonics

TODAY = clock.today()
SIGNED = date(2024, 3, 15)
SECTIONS = ("leases", "appointments", "defects", "rooms", "spaces", "customers")


def _set_status(db, actor, model, rid, status):
    with db.write(actor) as uow:
        uow.session.get(model, rid).status = status


@pytest.fixture
def office(db, actor):
    """One of everything due: a lease ending in 10 days, an appointment today, a
    defect open for 40 days, a sold room and a sold space without owners, and the
    customers (none verified)."""
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    li = c.create_customer(db, actor, person("李四", "13900139000"))
    wang = c.create_customer(db, actor, person("王五", "13700137000"))
    for code in ("3-1-101", "3-2-501", "3-2-502"):
        sales.register_sale(
            db,
            actor,
            sales.SaleFields(
                f"HT-{code}",
                SIGNED,
                "1280000",
                [sales.Buyer("60", customer_id=zhang), sales.Buyer("40", customer_id=li)],
                room_id=rooms[code],
            ),
        )
    lease = t.start_lease(
        db,
        actor,
        t.LeaseFields(
            landlord_id=zhang,
            start_date=TODAY - timedelta(days=355),
            end_date=TODAY + timedelta(days=10),
            rent="3500",
            tenants=[t.Tenant(customer_id=wang)],
            room_ids=[rooms["3-1-101"]],
        ),
    )
    ho.schedule_handover(db, actor, rooms["3-2-501"], TODAY)
    names = [i.name for i in ho.inspection_template(db)]
    ho.complete_handover(
        db,
        actor,
        ho.HandoverFields(
            room_id=rooms["3-2-502"],
            handover_date=TODAY - timedelta(days=40),
            handled_by="王工",
            keys=[("入户门钥匙", 2)],
            items=[(n, n != "卫生间", "地漏反水" if n == "卫生间" else "") for n in names],
        ),
    )
    _set_status(db, actor, Room, rooms["3-2-601"], RoomStatus.HANDED_OVER)
    _set_status(db, actor, ParkingSpace, p["spaces"][4], SpaceStatus.SOLD)
    return {
        "lease": lease,
        "appointment": rooms["3-2-501"],
        "defect": rooms["3-2-502"],
        "bare_room": rooms["3-2-601"],
        "bare_space": p["spaces"][4],
        "customers": [wang, li, zhang],
    }


def shown(qtbot, ctx) -> DuePanel:
    panel = DuePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.show()
    return panel


def lines(panel, key):
    """Each line as [where, details, date, status] (shown: where, status, details, date)."""
    head = panel.section_item(key)
    return [[head.child(i).text(c) for c in (0, 2, 3, 1)] for i in range(head.childCount())]


def line_item(panel, key, row=0):
    head = panel.section_item(key)
    head.setExpanded(True)
    return head.child(row)


def test_each_section_shows_its_count_and_readable_lines(qtbot, ctx, office):
    panel = shown(qtbot, ctx)
    heads = [panel.section_item(k).text(0) for k in SECTIONS]
    assert heads == [
        "Leases ending within 30 days (1)",
        "Handover appointments today and overdue (1)",
        "Handover defects open longer than 14 days (1)",
        "Sold rooms without an owner (1)",
        "Sold parking spaces without an owner (1)",
        "Customers without a verified ID (3)",
    ]
    assert TODAY.isoformat() in panel.title_label.text()
    end = (TODAY + timedelta(days=10)).isoformat()
    assert lines(panel, "leases") == [
        ["翠湖花园 3-1-101", "Tenants: 王五 · landlord: 张三", end, "ends in 10 days"]
    ]
    assert lines(panel, "appointments") == [
        ["翠湖花园 3-2-501", "Owners: 张三、李四", TODAY.isoformat(), "today"]
    ]
    found = (TODAY - timedelta(days=40)).isoformat()
    assert lines(panel, "defects") == [
        ["翠湖花园 3-2-502", "卫生间: 地漏反水", found, "open for 40 days"]
    ]
    assert lines(panel, "rooms") == [["翠湖花园 3-2-601", "", "", "Handed over"]]
    assert lines(panel, "spaces") == [["翠湖花园 地下停车场 B1-005", "", "", "Sold"]]
    assert lines(panel, "customers")[0] == ["王五", "137****7000", "", "no ID document"]
    # Today's work is open, the data gaps start folded.
    assert [panel.section_item(k).isExpanded() for k in SECTIONS] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert panel.tree.accessibleName() and panel.refresh_button.accessibleName()


def test_overdue_lines_are_red_and_empty_sections_say_nothing_is_due(qtbot, ctx, db, actor):
    room = room_ids(db, portfolio(db, actor)["building"])["3-2-501"]
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    sales.register_sale(
        db,
        actor,
        sales.SaleFields("HT-1", SIGNED, "1", [sales.Buyer(customer_id=zhang)], room_id=room),
    )
    ho.schedule_handover(db, actor, room, TODAY)
    panel = shown(qtbot, ctx)
    assert lines(panel, "leases") == [["Nothing due", "", "", ""]]
    assert lines(panel, "appointments")[0][3] == "today"

    # Three days later the appointment is overdue, in red.
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        ctx.run(
            due.due_list,
            ctx.db,
            today=TODAY + timedelta(days=3),
            on_done=lambda result: panel._loaded(panel._generation, result),
        )
    item = panel.section_item("appointments").child(0)
    assert item.text(1) == "3 days overdue"
    assert item.foreground(1).color().name() == "#c62828"


def test_a_long_section_says_how_many_more(qtbot, ctx, office, monkeypatch):
    monkeypatch.setattr(DuePanel, "ROW_LIMIT", 2)
    panel = shown(qtbot, ctx)
    rows = lines(panel, "customers")
    assert [r[0] for r in rows] == ["王五", "李四", "and 1 more…"]


def test_double_click_or_enter_opens_the_record(qtbot, ctx, office):
    panel = shown(qtbot, ctx)
    tree = panel.tree

    item = line_item(panel, "leases")
    rect = tree.visualItemRect(item)
    # A real double click starts with a press on the same line.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.openRecord, timeout=2000) as opened:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["lease", office["lease"]]

    # By keyboard: from the top, down to the appointment and Enter.
    tree.setFocus()
    tree.setCurrentItem(panel.section_item("leases"))
    for _ in range(3):  # lease line, appointments header, appointment line
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.openRecord, timeout=2000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == ["handover", office["appointment"]]

    qtbot.keyClick(tree, Qt.Key.Key_Down)  # defects header
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.openRecord, timeout=2000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Enter)
    assert opened.args == ["handover", office["defect"]]

    # A folded section opens with Enter on its header; its line opens its record.
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # rooms header
    assert tree.currentItem() is panel.section_item("rooms")
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert panel.section_item("rooms").isExpanded()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.openRecord, timeout=2000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == ["room", office["bare_room"]]

    for key, kind, expected in (
        ("spaces", "space", office["bare_space"]),
        ("customers", "customer", office["customers"][0]),
    ):
        item = line_item(panel, key)
        tree.setCurrentItem(item)
        with qtbot.waitSignal(panel.openRecord, timeout=2000) as opened:
            qtbot.keyClick(tree, Qt.Key.Key_Return)
        assert opened.args == [kind, expected]

    # "Nothing due" and "and … more" open nothing.
    with qtbot.assertNotEmitted(panel.openRecord):
        panel._activated(panel.section_item("rooms"))  # a header folds
    assert not panel.section_item("rooms").isExpanded()


def test_a_change_reloads_the_list_and_keeps_the_cursor(qtbot, ctx, db, actor, office):
    panel = shown(qtbot, ctx)
    li = office["customers"][1]
    panel.tree.setCurrentItem(line_item(panel, "customers", 1))
    new = c.create_customer(db, actor, person("赵六", "13600136000", resident_id()))
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        ctx.notify(Change(NodeKind.CUSTOMER, (new,)))
    assert panel.section_item("customers").text(0) == "Customers without a verified ID (4)"
    assert lines(panel, "customers")[0] == ["赵六", "136****6000", "", "ID not verified"]
    current = panel.tree.currentItem()
    assert current.data(0, Qt.ItemDataRole.UserRole) == ("customer", li)
    assert current is panel.section_item("customers").child(2)

    # Several changes in a row: one read, half a second after the last.
    c.verify_customer(db, actor, new, 1)
    for _ in range(5):
        ctx.notify(Change(NodeKind.CUSTOMER, (new,)))
    with qtbot.assertNotEmitted(panel.loaded, wait=250):
        pass
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        pass
    with qtbot.assertNotEmitted(panel.loaded, wait=800):
        pass
    assert panel.section_item("customers").text(0) == "Customers without a verified ID (3)"


def test_a_hidden_panel_reads_again_only_when_shown(qtbot, ctx, db, actor, office):
    panel = shown(qtbot, ctx)
    panel.hide()
    ho.complete_handover(
        db,
        actor,
        ho.HandoverFields(
            room_id=office["appointment"],
            handover_date=TODAY,
            handled_by="王工",
            keys=[("入户门钥匙", 2)],
            items=[(i.name, True, "") for i in ho.inspection_template(db)],
        ),
    )
    with qtbot.assertNotEmitted(panel.loaded, wait=900):
        ctx.notify(Change(NodeKind.ROOM, (office["appointment"],)))
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.show()
    assert panel.section_item("appointments").text(0).endswith("(0)")


def test_the_days_come_from_the_settings(qtbot, ctx, office):
    ctx.settings = config.Settings(due_lease_days=5, due_defect_days=60)
    panel = shown(qtbot, ctx)
    assert panel.section_item("leases").text(0) == "Leases ending within 5 days (0)"
    assert panel.section_item("defects").text(0) == (
        "Handover defects open longer than 60 days (0)"
    )
    ctx.settings = config.Settings(due_lease_days=1, due_defect_days=1)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert panel.section_item("leases").text(0) == "Leases ending within 1 day (0)"
    assert panel.section_item("defects").text(0) == ("Handover defects open longer than 1 day (1)")


def test_a_failed_read_says_so(qtbot, ctx, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("the share is gone")

    monkeypatch.setattr(due, "due_list", broken)
    panel = DuePanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: "could not be read" in panel.status_label.text(), timeout=5000)
    assert "the share is gone" in panel.status_label.text()


# --- settings -------------------------------------------------------------------------------
def test_the_settings_dialog_sets_the_due_days(qtbot):
    dialog = SettingsDialog(config.Settings(due_lease_days=45, due_defect_days=7))
    qtbot.addWidget(dialog)
    assert (dialog.due_lease_spin.value(), dialog.due_defect_spin.value()) == (45, 7)
    assert (dialog.due_lease_spin.minimum(), dialog.due_lease_spin.maximum()) == (1, 365)
    letters = mnemonics(dialog)
    assert "L" in letters and "D" in letters and len(letters) == len(set(letters))
    dialog.due_lease_spin.setFocus()
    dialog.due_lease_spin.selectAll()
    qtbot.keyClicks(dialog.due_lease_spin, "60")
    dialog.due_defect_spin.setValue(21)
    dialog.accept()
    saved = config.load()
    assert (saved.due_lease_days, saved.due_defect_days) == (60, 21)
    assert dialog.settings().due_lease_days == 60


def test_after_midnight_the_list_is_read_again(qtbot, ctx, office):
    panel = shown(qtbot, ctx)
    panel.due = dataclasses.replace(panel.due, today=TODAY - timedelta(days=1))  # yesterday's
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel._check_day()
    assert panel.due.today == TODAY
    with qtbot.assertNotEmitted(panel.loaded, wait=700):
        panel._check_day()  # same day: nothing to do


def test_on_a_slow_portfolio_a_save_does_not_read_the_data_gaps_again(
    qtbot, ctx, db, actor, office, monkeypatch
):
    """When a full read is slow (a large portfolio), a save reloads the due items but
    keeps the data gaps of the last full read (the database thread is shared with the
    clerk's work); Refresh reads everything."""
    from crm_desktop.services import due as due_service

    panel = shown(qtbot, ctx)
    monkeypatch.setattr(panel, "GAPS_SLOW_S", -1.0)  # every read counts as slow
    reads = []
    original = due_service._unverified_customers
    monkeypatch.setattr(
        due_service,
        "_unverified_customers",
        lambda *a, **k: reads.append(1) or original(*a, **k),
    )
    new = c.create_customer(db, actor, person("赵六", "13600136000", resident_id()))
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        ctx.notify(Change(NodeKind.CUSTOMER, (new,)))
    assert reads == []  # kept from the last full read
    assert panel.section_item("customers").text(0) == "Customers without a verified ID (3)"
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert reads == [1]
    assert panel.section_item("customers").text(0) == "Customers without a verified ID (4)"
