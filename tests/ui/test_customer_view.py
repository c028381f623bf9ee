"""The customer view, used as a clerk does: read the profile, end an identity, add a
vehicle, add an account, verify, merge a duplicate."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.enums import Relation, Role
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.ui.app_context import Change
from crm_desktop.ui.customer_view import CustomerView
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs import identity_dialogs as dialogs
from tests.factories import person, portfolio, resident_id, room_ids

TODAY = clock.today()
PHONE = "13800000000"
DOCUMENT = resident_id()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@pytest.fixture(autouse=True)
def _answer_prompts(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, ok: True)


@pytest.fixture
def data(db, actor):
    """张三 owns 3-1-101 (60%, beside 李四 40%) and space B1-001, rented 3-1-201 before;
    his wife 刘芳 is registered as his family at 3-1-101; he has a car and an account."""
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    new = lambda name, phone="", **kw: c.create_customer(db, actor, person(name, phone, **kw))  # noqa: E731
    zs = new("张三", PHONE, id_number=DOCUMENT)
    ls = new("李四", "13900001111")
    lf = new("刘芳", "13500004444")
    add = lambda cid, role, **kw: idn.add_identity(db, actor, cid, idn.IdentityFields(role, **kw))  # noqa: E731
    rented = add(zs, Role.TENANT, room_id=rooms["3-1-201"], start_date=ago(2000))
    idn.end_identity(db, actor, rented, None, ago(950), "lease ended")
    owned = add(zs, Role.OWNER, room_id=rooms["3-1-101"], start_date=ago(900))
    co = add(
        ls,
        Role.OWNER,
        room_id=rooms["3-1-101"],
        share="40",
        other_shares={owned: "60"},
        start_date=ago(400),
    )
    add(zs, Role.OWNER, space_id=p["spaces"][0], start_date=ago(300))
    add(
        lf,
        Role.FAMILY,
        room_id=rooms["3-1-101"],
        relation=Relation.SPOUSE,
        related_customer_id=zs,
        start_date=ago(800),
    )
    c.add_vehicle(db, actor, zs, c.VehicleFields("粤B12345", "丰田", "卡罗拉", "白色"))
    c.add_account(
        db,
        actor,
        zs,
        c.AccountFields("中国工商银行", "张三", "6222021234567890", room_ids=[rooms["3-1-101"]]),
    )
    return {
        **p,
        "rooms": rooms,
        "zs": zs,
        "ls": ls,
        "lf": lf,
        "owned": owned,
        "co": co,
    }


def open_view(qtbot, ctx, customer_id) -> CustomerView:
    view = CustomerView(ctx, customer_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.profile is not None, timeout=5000)
    return view


def reloaded(qtbot, view, before):
    qtbot.waitUntil(lambda: view.profile is not before, timeout=5000)
    return view.profile


def column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def all_texts(widget) -> str:
    out = [widget.windowTitle()]
    for label in widget.findChildren(QLabel):
        out += [label.text(), label.toolTip()]
    for table in widget.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for col in range(table.columnCount()):
                item = table.item(r, col)
                if item is not None:
                    out += [item.text(), item.toolTip()]
    return "\n".join(out)


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.is_ready or bool(dialog.error_message()), timeout=5000)
    return dialog


def save(qtbot, dialog) -> Change:
    with qtbot.waitSignal(dialog.ctx.dataChanged, timeout=10000) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return changed.args[0]


def press_ok_expect_error(qtbot, dialog) -> str:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_saving and bool(dialog.error_message()), timeout=10000)
    assert dialog.isVisible()
    return dialog.error_message()


def select_row(table: QTableWidget, predicate) -> int:
    for r in range(table.rowCount()):
        payload = table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        if predicate(payload):
            table.setCurrentCell(r, 0)
            table.selectRow(r)
            return r
    raise AssertionError("no such row")


# --- reading ------------------------------------------------------------------------------
def test_header_shows_masked_phone_and_document_only(qtbot, ctx, db, actor, data):
    view = open_view(qtbot, ctx, data["zs"])
    assert view.objectName() == "CustomerView"
    assert view.isWindow()
    assert view.name_label.text() == "张三"
    assert "张三" in view.windowTitle()
    assert "138****0000" in view.phone_label.text()
    assert ids.mask_id(DOCUMENT) in view.document_label.text()
    assert view.verified_label.text() == "Not verified"
    text = all_texts(view)
    assert PHONE not in text and "138 0000 0000" not in text
    assert DOCUMENT not in text and DOCUMENT[-8:] not in text
    assert "6222021234567890" not in text and "****7890" in text


def test_changed_numbers_are_masked_in_the_timeline(qtbot, ctx, db, actor, data):
    loaded = c.load_customer(db, data["zs"])
    fields = loaded.fields
    new_document = resident_id(seq="789")
    fields.document_number = new_document
    fields.phones = [c.PhoneEntry("13911112222", primary=True), c.PhoneEntry(PHONE)]
    c.update_customer(db, actor, data["zs"], loaded.version, fields)
    view = open_view(qtbot, ctx, data["zs"])
    whats = column(view.timeline_table, 1)
    details = column(view.timeline_table, 2)
    changed = details[whats.index("Changed: Document number")]
    assert changed == f"{ids.mask_id(DOCUMENT)} → {ids.mask_id(new_document)}"
    phones = details[whats.index("Changed: Phone numbers")]
    assert "139****2222 (primary)" in phones
    text = all_texts(view)
    for full in (PHONE, "13911112222", DOCUMENT, new_document):
        assert full not in text


def test_sections_show_holdings_family_vehicles_and_accounts(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["zs"])
    holdings = view.holdings_table
    assert column(holdings, 0) == ["翠湖花园 3-1-101", "翠湖花园 地下停车场 B1-001"]
    assert column(holdings, 1) == ["Owner", "Owner"]
    assert column(holdings, 2) == ["60%", "100%"]
    assert column(holdings, 3)[0] == ago(900).isoformat()
    assert "3-1-201" not in " ".join(column(holdings, 0))  # ended: only in the timeline
    assert column(view.family_table, 0) == ["刘芳"]
    assert column(view.family_table, 1) == ["Spouse of 张三"]
    assert column(view.family_table, 3) == ["135****4444"]
    assert column(view.vehicles_table, 0) == ["粤B12345"]
    assert column(view.accounts_table, 2) == ["****7890"]
    assert column(view.accounts_table, 3) == ["3-1-101"]
    assert view.holdings.title.text() == "&Holdings and identities now (2)"


def test_timeline_is_newest_first_with_identities(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["zs"])
    whens = [e.when for e in view.profile.timeline]
    assert whens == sorted(whens, reverse=True)
    whats = column(view.timeline_table, 1)
    assert whats.index("Became Owner") < whats.index("No longer Tenant")
    assert whats.index("No longer Tenant") < whats.index("Became Tenant")
    ended = column(view.timeline_table, 2)[whats.index("No longer Tenant")]
    assert ended == "翠湖花园 3-1-201  — lease ended"
    assert column(view.timeline_table, 0)[whats.index("Became Tenant")] == ago(2000).isoformat()
    assert "Customer record created" in whats and "Vehicle added" in whats


def test_family_member_sees_whose_family_and_opens_them(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["lf"])
    assert column(view.family_table, 0) == ["刘芳"]
    assert column(view.family_table, 1) == ["Spouse of 张三"]
    assert column(view.holdings_table, 1) == ["Family member"]
    view.family_table.setFocus()
    view.family_table.setCurrentCell(0, 0)
    with qtbot.waitSignal(view.openCustomer) as opened_signal:
        qtbot.keyClick(view.family_table, Qt.Key.Key_Return)
    assert opened_signal.args == [data["zs"]]
    holder = open_view(qtbot, ctx, data["zs"])
    holder.family_table.setCurrentCell(0, 0)
    with qtbot.waitSignal(holder.openCustomer) as opened_signal:
        qtbot.keyClick(holder.family_table, Qt.Key.Key_Enter)
    assert opened_signal.args == [data["lf"]]


def test_enter_on_a_holding_reveals_the_room(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["zs"])
    view.holdings_table.setFocus()
    view.holdings_table.setCurrentCell(0, 1)
    with qtbot.waitSignal(view.openRoom) as revealed:
        qtbot.keyClick(view.holdings_table, Qt.Key.Key_Return)
    assert revealed.args == [data["rooms"]["3-1-101"]]
    view.holdings_table.setCurrentCell(1, 0)
    with qtbot.waitSignal(view.openSpace) as revealed:
        qtbot.keyClick(view.holdings_table, Qt.Key.Key_Return)
    assert revealed.args == [data["spaces"][0]]


def test_header_buttons_emit_requests(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["zs"])
    with qtbot.waitSignal(view.editRequested) as edit:
        qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert edit.args == [data["zs"]]
    with qtbot.waitSignal(view.addIdentityRequested) as add:
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert add.args == [data["zs"]]


def test_refresh_on_identity_change_keeps_the_scroll_position(qtbot, ctx, db, actor, data):
    loaded = c.load_customer(db, data["zs"])
    for n in range(30):
        loaded = c.load_customer(db, data["zs"])
        fields = loaded.fields
        fields.notes = f"note {n}"
        c.update_customer(db, actor, data["zs"], loaded.version, fields)
    view = open_view(qtbot, ctx, data["zs"])
    view.resize(900, 560)
    qtbot.wait(50)
    bar = view.timeline_table.verticalScrollBar()
    assert bar.maximum() > 5
    bar.setValue(5)
    before = view.profile
    idn.add_identity(
        db, actor, data["zs"], idn.IdentityFields(Role.RESIDENT, room_id=data["rooms"]["3-1-301"])
    )
    ctx.notify(Change("identity", ids=(1,), extra={"room_ids": (data["rooms"]["3-1-301"],)}))
    reloaded(qtbot, view, before)
    assert "翠湖花园 3-1-301" in column(view.holdings_table, 0)
    assert bar.value() == 5
    # Other views' changes that concern nobody here do not re-read the profile.
    before = view.profile
    from crm_desktop.domain.enums import NodeKind

    ctx.notify(Change(NodeKind.ROOM, ids=(data["rooms"]["3-2-601"],)))
    qtbot.wait(100)
    assert view.profile is before


# --- writing ------------------------------------------------------------------------------
def test_end_an_owner_with_the_co_owners_new_share(qtbot, ctx, db, actor, data):
    view = open_view(qtbot, ctx, data["zs"])
    room = data["rooms"]["3-1-101"]
    assert not view.end_button.isEnabled()
    select_row(view.holdings_table, lambda r: r.room_id == room)
    assert view.end_button.isEnabled()
    dialog = opened(qtbot, view.end_selected_identity())
    assert dialog.ui.endDateEdit.date().toPython() == TODAY
    spin = dialog.share_spins[data["co"]]
    assert spin.value() == 100.0  # 李四 takes the freed 60%
    assert "100%" in dialog.ui.totalLabel.text()
    spin.setValue(90)
    assert "must add up to 100%" in dialog.ui.totalLabel.text()
    message = press_ok_expect_error(qtbot, dialog)
    assert "90%" in message
    assert [r.customer_name for r in idn.resource_identities(db, room_id=room)][:2] == [
        "张三",
        "李四",
    ]
    spin.setValue(100)
    dialog.ui.reasonCombo.setEditText("Sold")
    before = view.profile
    change = save(qtbot, dialog)
    assert change.kind == "identity"
    assert change.extra["room_ids"] == (room,)
    owners = [
        (r.customer_name, str(r.share))
        for r in idn.resource_identities(db, room_id=room)
        if r.role == Role.OWNER
    ]
    assert owners == [("李四", "100.00")]
    reloaded(qtbot, view, before)
    assert column(view.holdings_table, 0) == ["翠湖花园 地下停车场 B1-001"]
    whats = column(view.timeline_table, 1)
    ended = column(view.timeline_table, 2)[whats.index("No longer Owner")]
    assert ended == "翠湖花园 3-1-101  60%  — Sold"


def test_add_a_vehicle_invalid_plate_then_valid(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["lf"])
    dialog = opened(qtbot, view.add_vehicle())
    dialog.ui.plateEdit.setText("粤B1234")
    message = press_ok_expect_error(qtbot, dialog)
    assert "粤B1234" in message and "7" in message
    assert dialog.ui.plateEdit.hasFocus() or dialog.focusWidget() is dialog.ui.plateEdit
    dialog.ui.plateEdit.setText("粤B·67890")
    dialog.ui.brandEdit.setText("比亚迪")
    before = view.profile
    change = save(qtbot, dialog)
    assert change.kind == "customer" and change.ids == (data["lf"],)
    reloaded(qtbot, view, before)
    assert column(view.vehicles_table, 0) == ["粤B67890"]
    assert column(view.vehicles_table, 1) == ["比亚迪"]
    # Edit it, then remove it.
    select_row(view.vehicles_table, lambda v: v.plate == "粤B67890")
    dialog = opened(qtbot, view.edit_vehicle())
    assert dialog.ui.plateEdit.text() == "粤B67890"
    dialog.ui.colourEdit.setText("红色")
    before = view.profile
    save(qtbot, dialog)
    reloaded(qtbot, view, before)
    assert column(view.vehicles_table, 3) == ["红色"]
    select_row(view.vehicles_table, lambda v: v.plate == "粤B67890")
    before = view.profile
    with qtbot.waitSignal(ctx.dataChanged, timeout=5000):
        view.remove_vehicle()
    reloaded(qtbot, view, before)
    assert view.vehicles_table.rowCount() == 0
    assert "Vehicle removed" in column(view.timeline_table, 1)


def test_add_an_account_with_a_room_typed_by_code(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["lf"])
    dialog = opened(qtbot, view.add_account())
    assert dialog.ui.nameEdit.text() == "刘芳"
    dialog.ui.roomEdit.setText("3-1-102")
    qtbot.keyClick(dialog.ui.roomEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.roomsList.count() == 1, timeout=5000)
    assert dialog.isVisible()  # Enter looked the room up; it did not save
    assert dialog.room_ids() == [data["rooms"]["3-1-102"]]
    dialog.ui.bankEdit.setText("招商银行")
    dialog.ui.numberEdit.setText("6225 8812 3456 7890")
    before = view.profile
    save(qtbot, dialog)
    reloaded(qtbot, view, before)
    assert column(view.accounts_table, 0) == ["招商银行"]
    assert column(view.accounts_table, 2) == ["****7890"]
    assert column(view.accounts_table, 3) == ["3-1-102"]
    assert "6225881234567890" not in all_texts(view)
    # Editing keeps the number it does not show.
    select_row(view.accounts_table, lambda a: a.bank == "招商银行")
    dialog = opened(qtbot, view.edit_account())
    assert dialog.ui.numberEdit.text() == ""
    assert "****7890" in dialog.ui.numberEdit.placeholderText()
    assert "6225881234567890" not in all_texts(dialog)
    dialog.ui.bankEdit.setText("招商银行 深圳分行")
    before = view.profile
    save(qtbot, dialog)
    reloaded(qtbot, view, before)
    [account] = c.accounts_of(db, data["lf"])
    assert (account.bank, account.account_number) == ("招商银行 深圳分行", "****7890")
    # Close it.
    select_row(view.accounts_table, lambda a: a.bank == "招商银行 深圳分行")
    before = view.profile
    view.close_account()
    reloaded(qtbot, view, before)
    assert view.accounts_table.rowCount() == 0


def test_verify_a_customer(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["zs"])
    assert view.verify_button.isEnabled()
    before = view.profile
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, view, before)
    assert view.verified_label.text() == "✓ Verified"
    assert "Verified by" in view.verified_label.toolTip()
    assert not view.verify_button.isVisible()
    # Without a document there is nothing to verify.
    other = open_view(qtbot, ctx, data["lf"])
    assert not other.verify_button.isEnabled()


def test_merge_a_duplicate_through_the_dialog(qtbot, ctx, db, actor, data):
    dup = c.create_customer(db, actor, person("张三", PHONE))
    c.add_vehicle(db, actor, dup, c.VehicleFields("粤B99999"))
    idn.add_identity(
        db, actor, dup, idn.IdentityFields(Role.TENANT, room_id=data["rooms"]["3-1-104"])
    )
    view = open_view(qtbot, ctx, data["zs"])
    dialog = view.open_merge_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.ui.searchEdit.setText("张三")
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)  # searches, never merges
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.isVisible()
    assert dialog.ui.resultsList.count() == 1  # this customer itself is not offered
    summary = dialog.ui.summaryLabel.text()
    assert f"no. {dup}" in summary and "138****0000" in summary
    assert "1 identities" in summary and "1 vehicles" in summary
    assert PHONE not in summary
    assert dialog.ok_button.isEnabled()
    before = view.profile
    change = save(qtbot, dialog)
    assert change.kind == "customer" and change.retired == (dup,)
    assert c.load_customer(db, dup).merged_into_id == data["zs"]
    reloaded(qtbot, view, before)
    assert "粤B99999" in column(view.vehicles_table, 0)
    assert "翠湖花园 3-1-104" in column(view.holdings_table, 0)
    assert "Another record merged into this one" in column(view.timeline_table, 1)
    # The merged record's own view says where it went.
    gone = open_view(qtbot, ctx, dup)
    assert gone.merged_banner.isVisible()
    assert "张三" in gone.merged_banner.text()
    assert not gone.edit_button.isEnabled() and not gone.merge_button.isEnabled()
    with qtbot.waitSignal(gone.openCustomer) as opened_signal:
        gone.merged_banner.linkActivated.emit(str(data["zs"]))
    assert opened_signal.args == [data["zs"]]


def test_merge_refused_for_different_documents_says_why(qtbot, ctx, db, actor, data):
    other = c.create_customer(db, actor, person("张三丰", "13812345678", resident_id(seq="555")))
    view = open_view(qtbot, ctx, data["zs"])
    dialog = view.open_merge_dialog()
    qtbot.addWidget(dialog)
    dialog.ui.searchEdit.setText("张三丰")
    dialog.search()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.preview.id == other
    message = press_ok_expect_error(qtbot, dialog)
    assert "different document numbers" in message
    assert c.load_customer(db, other).merged_into_id is None
    assert dialog.ok_button.isEnabled()


def test_unknown_customer_says_so(qtbot, ctx, db, data):
    view = CustomerView(ctx, 9999)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: "no longer exists" in view._placeholder.text(), timeout=5000)
    assert not view.edit_button.isEnabled()


def test_enter_on_a_suggested_room_adds_it_without_saving(qtbot, ctx, db, data):
    view = open_view(qtbot, ctx, data["zs"])
    dialog = opened(qtbot, view.add_account())
    choices = dialog.ui.choicesList
    assert [choices.item(i).text() for i in range(choices.count())] == ["翠湖花园 3-1-101"]
    choices.setFocus()
    qtbot.keyClick(choices, Qt.Key.Key_Return)
    assert dialog.room_ids() == [data["rooms"]["3-1-101"]]
    assert dialog.isVisible() and not dialog.is_saving


def test_a_holdings_workflows_open_their_dialogs(qtbot, ctx, db, actor):
    """From a customer's window: an owner's flat offers handover, transfer, let, renew
    and terminate; a tenant's only the lease; each opens its dialog on that flat."""
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication, QDialog

    from tests.factories import handed_over_flat, let_with_space

    flat = handed_over_flat(db, actor, clock.today() - timedelta(days=90), ago(60))
    lease = let_with_space(db, actor, flat, ago(30))
    view = open_view(qtbot, ctx, flat["zhang"])
    row = select_row(view.holdings_table, lambda r: r.room_id == flat["room"])
    assert row >= 0 and view.workflow_button.isEnabled()
    menu = view.workflow_menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts == [
        "Handover…",
        "Transfer ownership…",
        "Let to a tenant…",
        "Renew the lease…",
        "Terminate the lease…",
    ]

    def dialog(name):
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.objectName() == name and w.isVisible()
        ]
        return found[0] if found else None

    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: dialog("TransferDialog") is not None, timeout=5000)
    transfer = dialog("TransferDialog")
    assert transfer.room_id == flat["room"]
    transfer.reject()
    menu.actions()[4].trigger()  # the lease is found on the database thread
    qtbot.waitUntil(lambda: dialog("TerminateLeaseDialog") is not None, timeout=5000)
    terminate = dialog("TerminateLeaseDialog")
    assert terminate.lease_id == lease
    terminate.reject()

    # The tenant's window: only the lease's actions.
    tenant = open_view(qtbot, ctx, flat["wang"])
    select_row(tenant.holdings_table, lambda r: r.room_id == flat["room"])
    tenant.workflow_menu.aboutToShow.emit()
    assert [a.text() for a in tenant.workflow_menu.actions()] == [
        "Renew the lease…",
        "Terminate the lease…",
    ]


def test_printing_full_numbers_shows_in_the_timeline(qtbot, ctx, db, actor, data):
    from crm_desktop.services import disclosure

    customer = data["zs"]
    disclosure.record_disclosure(db, actor, disclosure.PRINT, "客户卡片 3栋", [customer])
    view = open_view(qtbot, ctx, customer)
    rows = [
        (view.timeline_table.item(r, 1).text(), view.timeline_table.item(r, 2).text())
        for r in range(view.timeline_table.rowCount())
    ]
    assert ("Full numbers printed", "客户卡片 3栋") in rows
