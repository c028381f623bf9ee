"""The people of a room in the detail pane (owners' shares, tenants, family, vehicles,
as-of, history, ending an identity) and owners' names in the tree and room table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableWidget

from crm_desktop.domain import clock
from crm_desktop.domain.enums import NodeKind, Relation, Role
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.ui.detail_pane import DetailPane
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs.identity_dialogs import identity_change
from crm_desktop.ui.roles import IdRole
from crm_desktop.ui.table_model import ItemTableModel
from crm_desktop.ui.tree_model import NavigationModel
from tests.factories import person, portfolio, resident_id, room_ids

TODAY = clock.today()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def data(db, actor):
    """3-1-101: 陈七 owned it until 900 days ago; now 张三 60% and 李四 40%; 王五 rents
    it with his wife 赵丽 and son 王小明; 孙十 is the emergency contact."""
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    room = rooms["3-1-101"]
    new = lambda name, phone="", **kw: c.create_customer(db, actor, person(name, phone, **kw))  # noqa: E731
    add = lambda cid, role, **kw: idn.add_identity(  # noqa: E731
        db, actor, cid, idn.IdentityFields(role, room_id=room, **kw)
    )
    cq, zs = new("陈七", "13300005555"), new("张三", "13800000000", id_number=resident_id())
    ls = new("李四", "13900001111")
    ww, zl, xm = new("王五", "13700002222"), new("赵丽", "13600003333"), new("王小明")
    sun = new("孙十", "13200006666")
    old = add(cq, Role.OWNER, start_date=ago(3000))
    idn.end_identity(db, actor, old, None, ago(900), "sold to 张三")
    first = add(zs, Role.OWNER, start_date=ago(900))
    co = add(ls, Role.OWNER, share="40", other_shares={first: "60"}, start_date=ago(400))
    tenant = add(ww, Role.TENANT, start_date=ago(200))
    add(zl, Role.FAMILY, relation=Relation.SPOUSE, related_customer_id=ww, start_date=ago(200))
    add(xm, Role.FAMILY, relation=Relation.CHILD, related_customer_id=ww, start_date=ago(100))
    add(sun, Role.EMERGENCY_CONTACT, start_date=ago(50))
    c.verify_customer(db, actor, zs, c.load_customer(db, zs).version)
    c.add_vehicle(db, actor, zs, c.VehicleFields("粤B12345", "丰田", "卡罗拉", "白色"))
    c.add_vehicle(db, actor, ww, c.VehicleFields("粤BD54321", "比亚迪"))
    c.add_vehicle(db, actor, zl, c.VehicleFields("粤B77777"))  # family: not listed
    return {
        **p,
        "rooms": rooms,
        "room": room,
        "cq": cq,
        "zs": zs,
        "ls": ls,
        "ww": ww,
        "first": first,
        "co": co,
        "tenant": tenant,
    }


@pytest.fixture
def pane(qtbot, ctx):
    widget = DetailPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1080, 360)
    widget.show()
    return widget


def show_room(qtbot, pane, room) -> None:
    with qtbot.waitSignal(pane.peopleLoaded, timeout=5000):
        pane.show_record(NodeKind.ROOM, room)


def column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def texts(table: QTableWidget) -> str:
    return "\n".join(
        f"{table.item(r, col).text()} {table.item(r, col).toolTip()}"
        for r in range(table.rowCount())
        for col in range(table.columnCount())
    )


def select(table: QTableWidget, predicate) -> None:
    for r in range(table.rowCount()):
        if predicate(table.item(r, 0).data(Qt.ItemDataRole.UserRole)):
            table.setCurrentCell(r, 0)
            table.selectRow(r)
            return
    raise AssertionError("no such row")


def test_current_people_with_shares_masked_phones_and_badges(qtbot, pane, data):
    show_room(qtbot, pane, data["room"])
    assert pane.title_label.text() == "3-1-101"
    assert pane.owners_label.text() == "Owners: 张三 60%  李四 40%"
    view = pane.people_view
    people = view.people_table
    assert column(people, 0) == [
        "Owner",
        "Owner",
        "Tenant",
        "Family member",
        "Family member",
        "Emergency contact",
    ]
    assert column(people, 1) == ["张三", "李四", "王五", "赵丽", "王小明", "孙十"]
    assert column(people, 2)[:3] == ["60%", "40%", ""]
    assert column(people, 3)[3:5] == ["Spouse of 王五", "Child of 王五"]
    assert column(people, 4)[:2] == ["138****0000", "139****1111"]
    assert column(people, 5)[:2] == ["✓ Verified", "Not verified"]
    assert "13800000000" not in texts(people) and resident_id() not in texts(people)
    # Cars of the owners, tenants and residents; not of family members.
    assert column(view.vehicles_table, 0) == ["粤B12345", "粤BD54321"]
    assert column(view.vehicles_table, 2) == ["张三", "王五"]
    assert pane.tabs.tabBar().isVisible() and pane.tabs.currentIndex() == 0


def test_history_lists_every_identity_in_time_order(qtbot, pane, data):
    show_room(qtbot, pane, data["room"])
    history = pane.people_view.history_table
    names = column(history, 2)
    assert names == ["陈七", "张三", "李四", "王五", "赵丽", "王小明", "孙十"]
    starts = [r.start_date for r in pane.people.history]
    assert starts == sorted(starts)
    assert column(history, 0)[0] == f"{ago(3000)} – {ago(900)}"
    assert column(history, 0)[1] == f"since {ago(900)}"
    assert column(history, 5)[0] == "sold to 张三"
    assert column(history, 3)[0] == "100%"


def test_as_of_a_past_day_shows_who_was_there(qtbot, pane, data):
    show_room(qtbot, pane, data["room"])
    view = pane.people_view
    with qtbot.waitSignal(pane.peopleLoaded, timeout=5000):
        view.as_of_edit.setDate(QDate(ago(1000)))
    assert pane.people.as_of == ago(1000)
    assert column(view.people_table, 1) == ["陈七"]
    assert pane.owners_label.text() == f"Owners on {ago(1000)}: 陈七 100%"
    assert str(ago(1000)) in view.note_label.text()
    assert not view.end_button.isEnabled() or view.selected_identity() is None
    with qtbot.waitSignal(pane.peopleLoaded, timeout=5000):
        view.as_of_edit.setDate(QDate(ago(300)))
    assert column(view.people_table, 1) == ["张三", "李四"]
    assert column(view.people_table, 2) == ["60%", "40%"]
    with qtbot.waitSignal(pane.peopleLoaded, timeout=5000):
        qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert pane.owners_label.text() == "Owners: 张三 60%  李四 40%"
    assert view.note_label.text() == ""
    # A new selection starts again from today.
    with qtbot.waitSignal(pane.peopleLoaded, timeout=5000):
        view.as_of_edit.setDate(QDate(ago(1000)))
    show_room(qtbot, pane, data["rooms"]["3-1-102"])
    assert view.as_of == TODAY
    assert pane.owners_label.text() == "No owner recorded"


def test_end_the_tenant_from_the_pane(qtbot, pane, ctx, db, data):
    show_room(qtbot, pane, data["room"])
    view = pane.people_view
    assert not view.end_button.isEnabled()
    select(view.people_table, lambda r: r.customer_name == "王五")
    assert view.end_button.isEnabled()
    dialog = view.end_selected()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=5000)
    assert not dialog.ui.sharesBox.isVisible()
    dialog.ui.reasonCombo.setEditText("Lease ended")
    with qtbot.waitSignal(pane.peopleLoaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "王五" not in column(view.people_table, 1)
    history = view.history_table
    row = column(history, 2).index("王五")
    assert column(history, 0)[row] == f"{ago(200)} – {TODAY}"
    assert column(history, 5)[row] == "Lease ended"


def test_ending_one_of_two_owners_gives_the_other_the_whole(qtbot, pane, db, data):
    show_room(qtbot, pane, data["room"])
    view = pane.people_view
    select(view.people_table, lambda r: r.customer_name == "李四")
    dialog = view.end_selected()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.is_ready and bool(dialog.share_spins), timeout=5000)
    assert dialog.share_spins[data["first"]].value() == 100.0
    with qtbot.waitSignal(pane.peopleLoaded, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert pane.owners_label.text() == "Owners: 张三 100%"


def test_activating_a_person_and_adding_a_customer(qtbot, pane, data):
    show_room(qtbot, pane, data["room"])
    view = pane.people_view
    table = view.people_table
    table.setFocus()
    table.setCurrentCell(2, 1)
    with qtbot.waitSignal(pane.customerActivated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == [data["ww"]]
    view.vehicles_table.setCurrentCell(0, 0)
    with qtbot.waitSignal(pane.customerActivated) as activated:
        qtbot.keyClick(view.vehicles_table, Qt.Key.Key_Return)
    assert activated.args == [data["zs"]]
    view.history_table.setCurrentCell(0, 0)
    with qtbot.waitSignal(pane.customerActivated) as activated:
        qtbot.keyClick(view.history_table, Qt.Key.Key_Enter)
    assert activated.args == [data["cq"]]
    with qtbot.waitSignal(pane.addCustomerToRoom) as added:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [data["room"], "翠湖花园 3-1-101"]
    assert pane.current_title() == "翠湖花园 3-1-101"


def test_a_parking_space_has_people_too(qtbot, pane, db, actor, data):
    space = data["spaces"][0]
    idn.add_identity(db, actor, data["zs"], idn.IdentityFields(Role.OWNER, space_id=space))
    with qtbot.waitSignal(pane.peopleLoaded, timeout=5000):
        pane.show_record(NodeKind.PARKING_SPACE, space)
    assert pane.owners_label.text() == "Owners: 张三 100%"
    view = pane.people_view
    assert "parking space" in view.add_button.text()
    with qtbot.waitSignal(pane.addCustomerToSpace) as added:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [space, "翠湖花园 地下停车场 B1-001"]


def test_other_records_show_no_people_tabs(qtbot, pane, data):
    show_room(qtbot, pane, data["room"])
    pane.show_record(NodeKind.BUILDING, data["building"])
    assert not pane.tabs.tabBar().isVisible()
    assert pane.tabs.currentIndex() == pane.tabs.count() - 1  # Details
    assert not pane.owners_label.isVisible()
    assert pane.people is None


def test_a_late_reply_for_an_earlier_selection_is_dropped(qtbot, pane, data):
    loaded = []
    pane.peopleLoaded.connect(lambda: loaded.append(pane.people.room_id))
    other = data["rooms"]["3-1-102"]
    pane.show_record(NodeKind.ROOM, data["room"])
    pane.show_record(NodeKind.ROOM, other)  # before the first reply arrived
    qtbot.waitUntil(lambda: loaded == [other], timeout=5000)
    qtbot.wait(100)
    assert loaded == [other]
    assert pane.people.room_id == other
    assert pane.people_view.people_table.rowCount() == 0


def test_the_pane_follows_identity_changes(qtbot, pane, ctx, db, actor, data):
    show_room(qtbot, pane, data["room"])
    rows = idn.resource_identities(db, room_id=data["room"])
    idn.end_identity(db, actor, data["tenant"], None)
    with qtbot.waitSignal(pane.peopleLoaded, timeout=5000):
        ctx.notify(identity_change([r for r in rows if r.id == data["tenant"]]))
    assert "王五" not in column(pane.people_view.people_table, 1)


def test_tree_and_table_show_owners_and_follow_changes(qtbot, ctx, db, actor, data):
    tree = NavigationModel(ctx)
    region = tree.index(0, 0)
    tree.fetchMore(region)
    project = tree.index(0, 0, region)
    tree.fetchMore(project)
    building = tree.index(0, 0, project)
    tree.fetchMore(building)
    index = tree.node_index(NodeKind.ROOM, data["room"])
    assert index.data() == "3-1-101  张三、李四"
    assert tree.index(1, 0, building).data() == "3-1-102"
    table = ItemTableModel(ctx)
    table.set_parent(NodeKind.BUILDING, data["building"])
    owner_col = [col.key for col in table.columns].index("owner")
    row = table.row_of(data["room"])
    assert table.headerData(owner_col, Qt.Orientation.Horizontal) == "Owner"
    assert table.index(row, owner_col).data() == "张三、李四"

    # 李四 sells his share to 张三; the dialog-style Change refreshes both views.
    rows = idn.resource_identities(db, room_id=data["room"])
    idn.end_identity(db, actor, data["co"], None, other_shares={data["first"]: "100"})
    with qtbot.waitSignal(tree.dataChanged, timeout=2000) as changed:
        ctx.notify(identity_change([r for r in rows if r.role == Role.OWNER]))
    assert changed.args[0] == index
    assert index.data() == "3-1-101  张三"
    assert index.data(IdRole) == data["room"]
    assert table.index(row, owner_col).data() == "张三"

    # A renamed customer: a "customer" Change without rooms re-reads every loaded room.
    loaded = c.load_customer(db, data["zs"])
    fields = loaded.fields
    fields.name = "张叁"
    c.update_customer(db, actor, data["zs"], loaded.version, fields)
    from crm_desktop.ui.dialogs.identity_dialogs import customer_change

    ctx.notify(customer_change(data["zs"]))
    assert index.data() == "3-1-101  张叁"
    assert table.index(row, owner_col).data() == "张叁"
