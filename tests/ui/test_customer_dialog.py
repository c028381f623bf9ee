"""The customer form, driven as a front-desk clerk drives it: type, look, press OK."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_desktop.domain import clock
from crm_desktop.domain.enums import (
    CustomerKind,
    DocumentType,
    Gender,
    Relation,
    Role,
)
from crm_desktop.services import customers as cs
from crm_desktop.services import identities as idn
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs import customer_dialog as cd
from crm_desktop.ui.dialogs.base import set_combo_value
from crm_desktop.ui.dialogs.customer_dialog import CustomerDialog
from crm_desktop.ui.qdates import today_qdate
from tests.factories import person, portfolio, resident_id, room_ids

ID = resident_id()  # 110105 19900307 123 + check digit: a man born 1990-03-07
WRONG_CHECK = ID[:17] + ("1" if ID[17] != "1" else "2")


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def place(db, actor):
    data = portfolio(db, actor)
    data["rooms"] = room_ids(db, data["building"])
    return data


# --- driving the dialog -------------------------------------------------------------------
def opened(qtbot, dlg: CustomerDialog) -> CustomerDialog:
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.is_ready or bool(dlg.error_message()), timeout=5000)
    return dlg


def type_in(qtbot, widget: QWidget, text: str) -> None:
    """Latin keys one by one; Chinese (and full-width) text through the input method."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def save(qtbot, dlg: CustomerDialog) -> int:
    """Press OK; wait for the saved customer's id and the dialog to close."""
    with qtbot.waitSignal(dlg.saved, timeout=10000) as saved:
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert dlg.result() == dlg.DialogCode.Accepted
    return saved.args[0]


def press_ok_expect_error(qtbot, dlg: CustomerDialog) -> str:
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_saving and bool(dlg.error_message()), timeout=10000)
    assert dlg.isVisible()
    return dlg.error_message()


def shown_error(dlg: CustomerDialog, label: str) -> str:
    widget = getattr(dlg.ui, label)
    return widget.text() if widget.isVisibleTo(dlg) else ""


def settle(qtbot, dlg: CustomerDialog) -> None:
    """Let the debounced check run (it waits 150 ms after the last key)."""
    qtbot.wait(dlg.VALIDATE_MS + 100)


def fill_person(qtbot, dlg, name="王五", id_number=ID, phone="13800138000"):
    type_in(qtbot, dlg.ui.nameEdit, name)
    if id_number:
        type_in(qtbot, dlg.ui.documentNumberEdit, id_number)
    if phone:
        type_in(qtbot, dlg.phone_rows()[0].number, phone)


def uscc(body: str = "91440300MA5F") -> str:
    """A unified social credit code with its GB 32100 check character (computed here)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = (body + "0" * 17)[:17]
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    total = sum(alphabet.index(ch) * w for ch, w in zip(body, weights, strict=True))
    return body + alphabet[(31 - total % 31) % 31]


def edit_share_cell(qtbot, dlg, row: int, text: str) -> None:
    """Select a co-owner's share cell, type over it and press Enter, as a clerk does."""
    table = dlg.ui.ownersTable
    table.setFocus()
    table.setCurrentCell(row, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


# --- a new person -------------------------------------------------------------------------
def test_mistyped_resident_id_is_shown_while_typing_and_refused(qtbot, ctx, db):
    dlg = opened(qtbot, CustomerDialog(ctx))
    assert dlg.windowTitle() == "New customer[*]"
    assert dlg.focusWidget() is dlg.ui.nameEdit
    type_in(qtbot, dlg.ui.nameEdit, "王五")
    doc = dlg.ui.documentNumberEdit
    qtbot.keyClicks(doc, WRONG_CHECK[:10])
    settle(qtbot, dlg)
    assert shown_error(dlg, "documentError") == ""  # partial input: no nagging
    qtbot.keyClicks(doc, WRONG_CHECK[10:])
    qtbot.waitUntil(lambda: "wrong check digit" in shown_error(dlg, "documentError"))
    assert WRONG_CHECK in shown_error(dlg, "documentError")
    assert doc.property("invalid") is True
    assert "wrong check digit" in dlg.error_message()
    assert dlg.ok_button.isEnabled()
    # the clerk saves anyway: refused here, nothing sent, the cursor goes to the number
    dlg.ui.emailEdit.setFocus()
    message = press_ok_expect_error(qtbot, dlg)
    assert "wrong check digit" in message
    assert dlg.focusWidget() is doc
    assert cs.count_customers(db) == 0
    # fixing the last character clears the message and fills in birth date and gender
    qtbot.keyClick(doc, Qt.Key.Key_Backspace)
    qtbot.keyClicks(doc, ID[-1])
    qtbot.waitUntil(lambda: shown_error(dlg, "documentError") == "")
    assert doc.property("invalid") is False
    assert dlg.ui.birthDateEdit.date() == QDate(1990, 3, 7)
    assert dlg.ui.genderCombo.currentData() == "male"
    assert dlg.error_message() == ""
    # phones typed the way people give them
    type_in(qtbot, dlg.phone_rows()[0].number, "+86 138-0013-8000")
    qtbot.mouseClick(dlg.ui.addPhoneButton, Qt.MouseButton.LeftButton)
    second = dlg.phone_rows()[1]
    assert dlg.focusWidget() is second.number
    type_in(qtbot, second.number, "０７５５－８８８８６６６６")  # full-width, from an IME
    second.label.setCurrentText("办公")
    customer_id = save(qtbot, dlg)

    loaded = cs.load_customer(db, customer_id)
    f = loaded.fields
    assert (f.name, f.document_type, f.document_number) == ("王五", "resident_id", ID)
    assert (f.birth_date, f.gender) == (date(1990, 3, 7), Gender.MALE)
    assert [(p.number, p.label, p.primary) for p in f.phones] == [
        ("13800138000", "Mobile", True),
        ("075588886666", "办公", False),
    ]
    assert f.nationality == "中国"


def test_partial_id_shows_its_length_when_the_field_is_left(qtbot, ctx):
    dlg = opened(qtbot, CustomerDialog(ctx))
    type_in(qtbot, dlg.ui.documentNumberEdit, "1101051990")
    settle(qtbot, dlg)
    assert shown_error(dlg, "documentError") == ""
    qtbot.keyClick(dlg.ui.documentNumberEdit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "has 10 characters" in shown_error(dlg, "documentError"))
    # typing on hides it again until the number is complete or left
    dlg.ui.documentNumberEdit.setFocus()
    qtbot.keyClicks(dlg.ui.documentNumberEdit, "03")
    settle(qtbot, dlg)
    assert shown_error(dlg, "documentError") == ""


def test_name_required_and_consent_defaults(qtbot, ctx, db):
    dlg = opened(qtbot, CustomerDialog(ctx))
    assert dlg.ui.consentDateEdit.date() == today_qdate()
    assert dlg.ui.consentScopeEdit.text() == str(cs.DEFAULT_CONSENT_SCOPE)
    assert "Personal Information Protection Law" in dlg.ui.consentNoteLabel.text()
    assert "masked" in dlg.ui.consentNoteLabel.text()
    # an empty consent date is a problem at once (it is not partial input)
    dlg.ui.consentDateEdit.setFocus()
    qtbot.keyClick(dlg.ui.consentDateEdit, Qt.Key.Key_Delete)
    assert dlg.ui.consentDateEdit.text() == "Not set"
    qtbot.waitUntil(lambda: "(PIPL)" in shown_error(dlg, "consentDateError"))
    message = press_ok_expect_error(qtbot, dlg)
    assert "The name is required" in message
    assert "The name is required" in shown_error(dlg, "nameError")
    assert dlg.focusWidget() is dlg.ui.nameEdit
    type_in(qtbot, dlg.ui.nameEdit, "赵六")
    # typing a date into the empty field starts from the year
    dlg.ui.consentDateEdit.setFocus()
    qtbot.keyClicks(dlg.ui.consentDateEdit, "20240115")
    assert dlg.ui.consentDateEdit.date() == QDate(2024, 1, 15)
    customer_id = save(qtbot, dlg)
    f = cs.load_customer(db, customer_id).fields
    assert f.consent_date == date(2024, 1, 15)
    assert f.consent_scope == str(cs.DEFAULT_CONSENT_SCOPE)
    assert f.phones == [] and f.document_number == ""


def test_company_mode(qtbot, ctx, db):
    dlg = opened(qtbot, CustomerDialog(ctx))
    kind = dlg.ui.kindCombo
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.currentData() == "company"
    assert not dlg.ui.genderCombo.isVisible()
    assert not dlg.ui.birthDateEdit.isVisible()
    assert not dlg.ui.nationalityCombo.isVisible()
    assert not dlg.ui.documentTypeCombo.isVisible()
    assert dlg.ui.legalRepEdit.isVisible()
    assert dlg.ui.documentLabel.text() == "&Unified social credit code:"
    code = uscc()
    type_in(qtbot, dlg.ui.nameEdit, "深圳市翠湖物业发展有限公司")
    qtbot.keyClicks(dlg.ui.documentNumberEdit, code[:-1] + ("0" if code[-1] != "0" else "1"))
    qtbot.waitUntil(lambda: "wrong check character" in shown_error(dlg, "documentError"))
    qtbot.keyClick(dlg.ui.documentNumberEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dlg.ui.documentNumberEdit, code[-1])
    qtbot.waitUntil(lambda: shown_error(dlg, "documentError") == "")
    type_in(qtbot, dlg.ui.legalRepEdit, "陈七")
    customer_id = save(qtbot, dlg)
    f = cs.load_customer(db, customer_id).fields
    assert f.kind == CustomerKind.COMPANY
    assert (f.document_type, f.document_number) == (DocumentType.USCC, code)
    assert f.legal_representative == "陈七"
    assert f.gender is None and f.birth_date is None and f.nationality == ""


# --- customers already on file ------------------------------------------------------------
def test_existing_id_number_offers_to_open_that_customer(qtbot, ctx, db, actor):
    existing = cs.create_customer(db, actor, person("张三", "13900139000", ID))
    dlg = opened(qtbot, CustomerDialog(ctx))
    fill_person(qtbot, dlg, "张三丰", ID, "")
    qtbot.waitUntil(lambda: dlg.ui.documentBar.isVisible())
    assert dlg.ui.documentBarLabel.text() == (
        "This ID number belongs to 张三. A customer is kept only once."
    )
    assert dlg.ui.documentOpenButton.text() == "Open 张三"
    # saving anyway is refused by the service, with the same bar
    message = press_ok_expect_error(qtbot, dlg)
    assert "already belongs to the customer 张三" in message
    assert dlg.existing_customer() == (existing, "张三")
    assert dlg.ui.nameEdit.text() == "张三丰"
    with qtbot.waitSignal(dlg.openCustomer) as chosen:
        qtbot.mouseClick(dlg.ui.documentOpenButton, Qt.MouseButton.LeftButton)
    assert chosen.args == [existing]
    assert not dlg.isVisible()
    assert cs.count_customers(db) == 1


def test_same_phone_warns_and_asks_once(qtbot, ctx, db, actor, monkeypatch):
    other = cs.create_customer(db, actor, person("王五", "13700007000"))
    asked = []

    def answer(parent, lines):
        asked.append(lines)
        return len(asked) > 1  # "Go back" the first time, "Save anyway" the second

    monkeypatch.setattr(cd, "confirm_duplicates", answer)
    dlg = opened(qtbot, CustomerDialog(ctx))
    fill_person(qtbot, dlg, "王五", "", "137 0000 7000")
    qtbot.waitUntil(lambda: dlg.ui.duplicatesBar.isVisible())
    line = dlg.ui.duplicatesGrid.itemAtPosition(0, 0).widget().text()
    assert line == "王五 137****7000 (same name and phone)"
    assert [d.customer_id for d in dlg.duplicates] == [other]
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert asked == [[line]]
    assert dlg.isVisible() and cs.count_customers(db) == 1
    assert dlg.focusWidget() is dlg.duplicate_buttons()[0]
    new_id = save(qtbot, dlg)
    assert len(asked) == 2
    assert new_id != other and cs.count_customers(db) == 2


def test_duplicate_open_button_opens_that_customer(qtbot, ctx, db, actor):
    other = cs.create_customer(db, actor, person("王五", "13700007000"))
    dlg = opened(qtbot, CustomerDialog(ctx))
    fill_person(qtbot, dlg, "王小五", "", "13700007000")
    qtbot.waitUntil(lambda: dlg.ui.duplicatesBar.isVisible())
    line = dlg.ui.duplicatesGrid.itemAtPosition(0, 0).widget().text()
    assert line == "王五 137****7000 (same phone)"
    with qtbot.waitSignal(dlg.openCustomer) as chosen:
        qtbot.mouseClick(dlg.duplicate_buttons()[0], Qt.MouseButton.LeftButton)
    assert chosen.args == [other]
    assert not dlg.isVisible() and cs.count_customers(db) == 1


# --- add to a room ------------------------------------------------------------------------
def test_new_tenant_for_a_room_in_one_go(qtbot, ctx, db, place):
    room = place["rooms"]["3-1-101"]
    dlg = opened(qtbot, CustomerDialog(ctx, room=(room, None, "翠湖花园 3-1-101")))
    assert dlg.ui.roomBox.isChecked()
    assert dlg.ui.roomEdit.text() == "翠湖花园 3-1-101"
    assert dlg.ui.roleCombo.currentData() == "tenant"
    assert dlg.ui.startDateEdit.date() == today_qdate()
    qtbot.waitUntil(lambda: "no owner or tenant" in dlg.ui.roomChoiceLabel.text())
    fill_person(qtbot, dlg, "李四", "", "13900139000")
    changes = []
    ctx.dataChanged.connect(changes.append)
    # Enter in a line edit saves
    with qtbot.waitSignal(dlg.saved, timeout=10000) as saved:
        qtbot.keyClick(dlg.phone_rows()[0].number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    customer_id = saved.args[0]
    [identity] = idn.customer_identities(db, customer_id)
    assert (identity.role, identity.room_id, identity.start_date) == (
        Role.TENANT,
        room,
        clock.today(),
    )
    [change] = changes
    assert change.kind == "customer" and change.ids == (customer_id,)
    assert change.extra["room_ids"] == (room,)


def test_room_found_by_typing_its_code(qtbot, ctx, db, place):
    dlg = opened(qtbot, CustomerDialog(ctx, room=(None, None, "")))
    assert dlg.ui.roomBox.isChecked() and dlg.resource is None
    fill_person(qtbot, dlg, "孙八", "", "")
    # without a room chosen the save is refused here
    message = press_ok_expect_error(qtbot, dlg)
    assert message == "Type the room code and choose the room from the list."
    assert dlg.focusWidget() is dlg.ui.roomEdit
    qtbot.keyClicks(dlg.ui.roomEdit, "3-2-103")
    qtbot.waitUntil(lambda: dlg.resource is not None)
    assert dlg.resource.room_id == place["rooms"]["3-2-103"]
    assert dlg.ui.roomEdit.text() == "翠湖花园 3-2-103"
    set_combo_value(dlg.ui.roleCombo, Role.RESIDENT)
    customer_id = save(qtbot, dlg)
    [identity] = idn.customer_identities(db, customer_id)
    assert (identity.role, identity.room_id) == (Role.RESIDENT, place["rooms"]["3-2-103"])


def test_room_number_matching_several_rooms_asks_which(qtbot, ctx, place):
    dlg = opened(qtbot, CustomerDialog(ctx, room=(None, None, "")))
    qtbot.keyClicks(dlg.ui.roomEdit, "101")
    qtbot.waitUntil(lambda: len(dlg.room_results()) == 2)
    assert dlg.resource is None
    assert "2 rooms match" in dlg.ui.roomChoiceLabel.text()
    popup = dlg.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(dlg.completer.completionModel().index(1, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.resource is not None)
    assert dlg.resource.room_id == place["rooms"]["3-2-101"]


def test_co_owner_60_beside_existing_owner_edited_to_40(qtbot, ctx, db, actor, place):
    room = place["rooms"]["3-1-101"]
    zhang = cs.create_customer(db, actor, person("张三", "13900139000"))
    idn.add_identity(db, actor, zhang, idn.IdentityFields(Role.OWNER, room_id=room))
    dlg = opened(qtbot, CustomerDialog(ctx, room=(room, None, "翠湖花园 3-1-101")))
    qtbot.waitUntil(lambda: len(dlg.holders) == 1)
    assert "Owners: 张三 100%" in dlg.ui.roomChoiceLabel.text()
    dlg.ui.roleCombo.setFocus()
    set_combo_value(dlg.ui.roleCombo, Role.OWNER)
    assert dlg.ui.shareEdit.isVisible() and dlg.ui.ownersTable.isVisible()
    assert dlg.ui.shareEdit.text() == ""  # beside other owners there is no default
    table = dlg.ui.ownersTable
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("张三", "100")
    fill_person(qtbot, dlg, "李四", "", "13800138000")
    type_in(qtbot, dlg.ui.shareEdit, "60")
    assert dlg.ui.totalLabel.text() == "Total: 160% — the owners must make 100%"
    assert dlg.ui.totalLabel.property("bad") is True
    edit_share_cell(qtbot, dlg, 0, "40")
    assert table.item(0, 1).text() == "40"
    assert dlg.ui.totalLabel.text() == "Total: 100%"
    assert dlg.ui.totalLabel.property("bad") is False
    li = save(qtbot, dlg)
    owners = {
        r.customer_id: r.share
        for r in idn.resource_identities(db, room_id=room)
        if r.role == Role.OWNER
    }
    assert owners == {li: Decimal("60.00"), zhang: Decimal("40.00")}


def test_shares_not_adding_up_are_refused_and_nothing_is_saved(qtbot, ctx, db, actor, place):
    room = place["rooms"]["3-1-101"]
    zhang = cs.create_customer(db, actor, person("张三", "13900139000"))
    idn.add_identity(db, actor, zhang, idn.IdentityFields(Role.OWNER, room_id=room))
    dlg = opened(qtbot, CustomerDialog(ctx, room=(room, None, "翠湖花园 3-1-101")))
    qtbot.waitUntil(lambda: len(dlg.holders) == 1)
    set_combo_value(dlg.ui.roleCombo, Role.OWNER)
    fill_person(qtbot, dlg, "李四", "", "")
    type_in(qtbot, dlg.ui.shareEdit, "60")
    message = press_ok_expect_error(qtbot, dlg)
    assert "add up to 160%" in message
    assert "add up to 160%" in shown_error(dlg, "identityError")
    assert dlg.focusWidget() is dlg.ui.shareEdit
    assert cs.count_customers(db) == 1  # the new customer was not half-saved
    assert dlg.ui.nameEdit.text() == "李四" and dlg.ui.shareEdit.text() == "60"


def test_family_member_of_the_rooms_tenant(qtbot, ctx, db, actor, place):
    room = place["rooms"]["3-1-102"]
    owner = cs.create_customer(db, actor, person("张三", "13900139000"))
    tenant = cs.create_customer(db, actor, person("李四", "13800138000"))
    idn.add_identity(db, actor, owner, idn.IdentityFields(Role.OWNER, room_id=room))
    idn.add_identity(db, actor, tenant, idn.IdentityFields(Role.TENANT, room_id=room))
    dlg = opened(qtbot, CustomerDialog(ctx, room=(room, None, "翠湖花园 3-1-102")))
    qtbot.waitUntil(lambda: len(dlg.holders) == 2)
    set_combo_value(dlg.ui.roleCombo, Role.FAMILY)
    assert dlg.ui.relationCombo.isVisible() and dlg.ui.familyCombo.isVisible()
    assert not dlg.ui.shareEdit.isVisible()
    family = dlg.ui.familyCombo
    assert [family.itemText(i) for i in range(family.count())] == [
        "Choose…",
        "张三 (Owner)",
        "李四 (Tenant)",
    ]
    fill_person(qtbot, dlg, "李小四", "", "")
    family.setCurrentIndex(family.findData(tenant))
    # no relation chosen: the service refuses, nothing is saved
    message = press_ok_expect_error(qtbot, dlg)
    assert "relation" in message
    assert dlg.focusWidget() is dlg.ui.relationCombo
    assert cs.count_customers(db) == 2
    dlg.ui.relationCombo.setCurrentIndex(dlg.ui.relationCombo.findData("child"))
    kid = save(qtbot, dlg)
    [member] = idn.family_of(db, tenant)
    assert (member.customer_id, member.relation, member.room_id) == (kid, Relation.CHILD, room)


# --- editing ------------------------------------------------------------------------------
def test_edit_loads_full_values_verifies_and_audits(qtbot, ctx, db, actor, monkeypatch):
    customer_id = cs.create_customer(
        db, actor, person("张三", "13800138000", ID, email="zhang@example.com")
    )
    asked = []
    monkeypatch.setattr(
        cd, "confirm_verify", lambda parent, name, number: asked.append(number) or True
    )
    dlg = opened(qtbot, CustomerDialog(ctx, customer_id=customer_id))
    assert dlg.windowTitle() == "Customer – 张三[*]"
    assert dlg.ui.documentNumberEdit.text() == ID  # in full, only here
    assert dlg.phone_rows()[0].number.text() == "138 0013 8000"
    assert dlg.ui.birthDateEdit.date() == QDate(1990, 3, 7)
    assert dlg.ui.emailEdit.text() == "zhang@example.com"
    assert not dlg.isWindowModified()
    assert dlg.ui.verificationLabel.text() == "Not verified"
    assert dlg.ui.verifyButton.isVisible()
    settle(qtbot, dlg)
    assert not dlg.ui.documentBar.isVisible()  # its own number is no conflict

    with qtbot.waitSignal(dlg.verified, timeout=10000):
        qtbot.mouseClick(dlg.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert asked == [ID]
    assert re.fullmatch(r"✔ Verified by .+ on \d{4}-\d{2}-\d{2}", dlg.ui.verificationLabel.text())
    assert not dlg.ui.verifyButton.isVisible()
    assert cs.load_customer(db, customer_id).verified_at is not None

    # the save after verifying uses the new version (no "someone else changed it")
    dlg.ui.emailEdit.clear()
    qtbot.keyClicks(dlg.ui.emailEdit, "zhang.san@example.com")
    assert dlg.isWindowModified()
    assert save(qtbot, dlg) == customer_id
    assert cs.load_customer(db, customer_id).fields.email == "zhang.san@example.com"
    changes = [
        (c["action"], c["field"], c["old_value"], c["new_value"])
        for c in cs.customer_changes(db, customer_id)
    ]
    assert ("update", "email", "zhang@example.com", "zhang.san@example.com") in changes


def test_stale_save_keeps_what_was_typed(qtbot, ctx, db, actor):
    customer_id = cs.create_customer(db, actor, person("张三", "13800138000"))
    dlg = opened(qtbot, CustomerDialog(ctx, customer_id=customer_id))
    # another clerk saves the same customer meanwhile
    loaded = cs.load_customer(db, customer_id)
    loaded.fields.address = "翠湖路 88 号"
    cs.update_customer(db, actor, customer_id, loaded.version, loaded.fields)
    dlg.ui.nameEdit.clear()
    type_in(qtbot, dlg.ui.nameEdit, "张叁")
    qtbot.keyClicks(dlg.ui.emailEdit, "zs@example.com")
    message = press_ok_expect_error(qtbot, dlg)
    assert "Someone else changed this record" in message
    assert dlg.ui.nameEdit.text() == "张叁"
    assert dlg.ui.emailEdit.text() == "zs@example.com"
    assert dlg.phone_rows()[0].number.text() == "138 0013 8000"
    assert cs.load_customer(db, customer_id).fields.name == "张三"


def test_edit_then_failed_identity_keeps_the_dialog_open(qtbot, ctx, db, actor, place):
    room = place["rooms"]["3-1-103"]
    customer_id = cs.create_customer(db, actor, person("张三", "13800138000"))
    idn.add_identity(db, actor, customer_id, idn.IdentityFields(Role.TENANT, room_id=room))
    dlg = opened(qtbot, CustomerDialog(ctx, customer_id=customer_id, room=(None, None, "")))
    assert dlg.focusWidget() is dlg.ui.roomEdit
    qtbot.keyClicks(dlg.ui.roomEdit, "3-1-103")
    qtbot.waitUntil(lambda: dlg.resource is not None and dlg.ui.familyCombo.count() == 0)
    qtbot.keyClicks(dlg.ui.emailEdit, "zs@example.com")
    message = press_ok_expect_error(qtbot, dlg)
    assert "is already a tenant here" in message
    assert dlg.ui.roomBox.isChecked() and dlg.ui.emailEdit.text() == "zs@example.com"
    # the customer's own fields were saved in the first step
    assert cs.load_customer(db, customer_id).fields.email == "zs@example.com"
    # the clerk makes them a resident instead: the next save is not "stale"
    set_combo_value(dlg.ui.roleCombo, Role.RESIDENT)
    save(qtbot, dlg)
    roles = sorted(r.role for r in idn.customer_identities(db, customer_id))
    assert roles == [Role.RESIDENT, Role.TENANT]


def test_merged_customer_opens_read_only(qtbot, ctx, db, actor):
    survivor = cs.create_customer(db, actor, person("张三", "13800138000"))
    merged = cs.create_customer(db, actor, person("张 三", "13800138000"))
    cs.merge_customers(db, actor, survivor, merged)
    dlg = opened(qtbot, CustomerDialog(ctx, customer_id=merged))
    assert dlg.ui.mergedBar.isVisible()
    assert f"Merged into customer {survivor}" in dlg.ui.mergedLabel.text()
    assert not dlg.ok_button.isVisible()
    assert not dlg.ui.nameEdit.isEnabled()
    with qtbot.waitSignal(dlg.openCustomer) as chosen:
        qtbot.mouseClick(dlg.ui.mergedOpenButton, Qt.MouseButton.LeftButton)
    assert chosen.args == [survivor]


def test_escape_with_changes_asks_before_discarding(qtbot, ctx, monkeypatch):
    asked = []
    monkeypatch.setattr(base, "confirm_discard", lambda parent: asked.append(1) or False)
    dlg = opened(qtbot, CustomerDialog(ctx))
    type_in(qtbot, dlg.ui.nameEdit, "王五")
    qtbot.keyClick(dlg.ui.nameEdit, Qt.Key.Key_Escape)
    assert asked == [1] and dlg.isVisible()
    assert dlg.ui.nameEdit.text() == "王五"
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)
    qtbot.keyClick(dlg.ui.nameEdit, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


# --- keyboard -----------------------------------------------------------------------------
MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_letters(dlg) -> list[str]:
    texts = [w.text() for w in dlg.findChildren(QLabel)]
    texts += [w.text() for w in dlg.findChildren(QAbstractButton)]
    texts += [w.title() for w in dlg.findChildren(QGroupBox)]
    return [m.group(1).upper() for t in texts if (m := MNEMONIC.search(t.replace("&&", "")))]


def test_every_field_label_has_a_unique_shortcut(qtbot, ctx, db, actor):
    customer_id = cs.create_customer(db, actor, person("张三", "13800138000"))
    for dlg in (CustomerDialog(ctx), CustomerDialog(ctx, customer_id=customer_id)):
        opened(qtbot, dlg)
        for kind in ("person", "company"):
            set_combo_value(dlg.ui.kindCombo, kind)
            letters = mnemonic_letters(dlg)
            assert len(letters) == len(set(letters)), sorted(letters)
            for label in dlg.findChildren(QLabel):
                if label.buddy() is not None:
                    assert MNEMONIC.search(label.text()), label.objectName()
        dlg.reject()


def test_tab_follows_the_form(qtbot, ctx):
    dlg = opened(qtbot, CustomerDialog(ctx))
    ui = dlg.ui
    row = dlg.phone_rows()[0]
    expected = [
        ui.nameEdit,
        ui.genderCombo,
        ui.birthDateEdit,
        ui.nationalityCombo,
        ui.documentTypeCombo,
        ui.documentNumberEdit,
        row.number,
        row.label,
        row.primary,
        row.remove,
        ui.addPhoneButton,
        ui.emailEdit,
        ui.addressEdit,
        ui.preferredCombo,
        ui.levelCombo,
        ui.tagsEdit,
        ui.roomBox,
        ui.consentDateEdit,
        ui.consentScopeEdit,
        ui.notesEdit,
    ]
    ui.nameEdit.setFocus()
    seen = [dlg.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dlg.focusWidget())
    names = [w.objectName() for w in seen]
    assert seen == expected, names
