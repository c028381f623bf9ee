"""The handover dialog (收楼), walked as a clerk: schedule the appointment, record the
handover with keys, readings and the checklist, see refusals keep the form, and
mark the defect found rectified."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from crm_desktop.db.models import Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import Meter, RoomStatus
from crm_desktop.services import customers as c
from crm_desktop.services import handover as ho
from crm_desktop.services import sales
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs.handover_dialog import HandoverDialog, RectifyDefectDialog
from crm_desktop.ui.i18n import install_translations
from crm_desktop.ui.qdates import today_qdate
from tests.factories import person, portfolio, room_ids
from tests.ui.test_mnemonics import mnemonics
from tests.ui.typing import type_text

TODAY = clock.today()
SIGNED = TODAY - timedelta(days=30)
LABEL = "翠湖花园 3-2-501"
CHECKLIST = ["厨房", "卫生间", "门窗", "墙面", "地面", "电气", "给排水"]


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def room(db, actor):
    """3-2-501, sold to 张三 a month ago, not handed over yet."""
    p = portfolio(db, actor)
    room_id = room_ids(db, p["building"])["3-2-501"]
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "HT-501", SIGNED, "1280000", [sales.Buyer("100", customer_id=zhang)], room_id=room_id
        ),
    )
    return room_id


def _status(db, room_id):
    with db.read() as s:
        return s.get(Room, room_id).status


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.waitUntil(lambda: getattr(dlg, "is_loaded", True), timeout=5000)
    return dlg


def press_ok(qtbot, dlg):
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dlg.isVisible() or (not dlg.is_saving and bool(dlg.error_message())),
        timeout=10000,
    )


def type_in(qtbot, widget, text):
    widget.setFocus()
    type_text(qtbot, widget, text)


def row_of(dlg, name):
    (row,) = [r for r in dlg.item_rows if r.name() == name]
    return row


def mark_all_ok(qtbot, dlg, *, but=()):
    for row in dlg.item_rows:
        if row.name() not in but:
            qtbot.mouseClick(row.okRadio, Qt.MouseButton.LeftButton)


def fill_keys(qtbot, dlg):
    """入户门钥匙 × 3 typed; a second line 单元门禁卡 × 2 picked from the list by keyboard."""
    first = dlg.key_rows[0]
    type_in(qtbot, first.kindCombo.lineEdit(), "入户门钥匙")
    first.countSpin.setFocus()
    first.countSpin.selectAll()
    qtbot.keyClicks(first.countSpin, "3")
    qtbot.mouseClick(dlg.ui.addKeyButton, Qt.MouseButton.LeftButton)
    second = dlg.key_rows[1]
    assert QApplication.focusWidget() in (second.kindCombo, second.kindCombo.lineEdit())
    for _ in range(2):
        qtbot.keyClick(second.kindCombo, Qt.Key.Key_Down)
    assert second.kind() == "单元门禁卡"
    second.countSpin.setFocus()
    second.countSpin.selectAll()
    qtbot.keyClicks(second.countSpin, "2")


# --- the appointment ------------------------------------------------------------------
def test_schedule_an_appointment(qtbot, ctx, db, room):
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL)))
    assert dlg.objectName() == "HandoverDialog"
    assert dlg.mode == "schedule"  # no appointment yet: schedule one first
    assert dlg.ok_button.text() == "Save appointment"
    assert dlg.ui.schedulePage.isVisible() and not dlg.ui.completePage.isVisible()
    assert "No appointment yet" in dlg.ui.stateLabel.text()
    assert dlg.ui.appointmentEdit.minimumDate() == today_qdate()
    day = TODAY + timedelta(days=3)
    dlg.ui.appointmentEdit.setFocus()
    dlg.ui.appointmentEdit.setDate(QDate(day))
    type_in(qtbot, dlg.ui.notesEdit, "业主要求上午")
    assert dlg.isWindowModified()
    assert f"{LABEL} on {day.isoformat()}" in dlg.ui.summaryLabel.text()
    qtbot.keyClick(dlg.ui.appointmentEdit, Qt.Key.Key_Return)  # Enter saves an appointment
    qtbot.waitUntil(lambda: not dlg.isVisible() or bool(dlg.error_message()), timeout=10000)
    assert dlg.error_message() == ""
    record = ho.handover_of(db, room)
    assert (record.appointment_date, record.completed, record.notes) == (day, False, "业主要求上午")
    assert _status(db, room) == RoomStatus.SOLD


def test_mode_switch_by_keyboard_and_moving_an_appointment(qtbot, ctx, db, actor, room):
    ho.schedule_handover(db, actor, room, TODAY + timedelta(days=5), "电话预约")
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL)))
    assert dlg.mode == "schedule"  # the appointment is days away: moving it is likelier
    assert dlg.ui.appointmentEdit.date() == QDate(TODAY + timedelta(days=5))
    assert dlg.ui.notesEdit.toPlainText() == "电话预约"
    assert "stays on" in dlg.ui.summaryLabel.text()
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dlg.mode == "complete")  # a mnemonic clicks animated
    assert dlg.mode == "complete" and dlg.ok_button.text() == "Complete handover"
    assert dlg.ui.completePage.isVisible() and not dlg.ui.schedulePage.isVisible()
    assert not dlg.isWindowModified()  # looking at the other mode is no entry
    qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dlg.mode == "schedule")
    assert dlg.mode == "schedule" and dlg.ok_button.text() == "Save appointment"
    dlg.ui.appointmentEdit.setDate(QDate(TODAY + timedelta(days=1)))
    assert "moves from" in dlg.ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    assert ho.handover_of(db, room).appointment_date == TODAY + timedelta(days=1)


# --- the handover ---------------------------------------------------------------------
def test_complete_with_readings_keys_and_one_defect(qtbot, ctx, db, actor, room):
    scheduled = ho.schedule_handover(db, actor, room, TODAY, "业主要求上午")
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL)))
    assert dlg.mode == "complete"  # the appointment is today
    assert dlg.ok_button.text() == "Complete handover"
    assert dlg.ui.handledByEdit.text() == ctx.actor.display_name
    assert dlg.ui.handoverDateEdit.date() == today_qdate()
    assert dlg.ui.handoverDateEdit.minimumDate() == QDate(SIGNED)
    assert [r.name() for r in dlg.item_rows] == CHECKLIST
    assert all(r.answer() is None for r in dlg.item_rows)  # nothing ticked for the clerk
    assert not dlg.item_rows[0].defectEdit.isEnabled()

    dlg.ui.handledByEdit.selectAll()
    type_in(qtbot, dlg.ui.handledByEdit, "王五")
    fill_keys(qtbot, dlg)
    type_in(qtbot, dlg.ui.readingEdits[Meter.WATER], "12.5")
    type_in(qtbot, dlg.ui.readingEdits[Meter.ELECTRICITY], "1234.56")
    mark_all_ok(qtbot, dlg, but=("卫生间",))
    bathroom = row_of(dlg, "卫生间")
    qtbot.mouseClick(bathroom.defectRadio, Qt.MouseButton.LeftButton)
    assert bathroom.defectEdit.isEnabled() and bathroom.defectEdit.hasFocus()
    type_text(qtbot, QApplication.focusWidget(), "墙角渗水")

    summary = dlg.ui.summaryLabel.text()
    assert "sold → handed over" in summary and "王五" in summary
    assert "入户门钥匙 × 3、单元门禁卡 × 2" in summary
    assert "Water meter 12.5 m³、Electricity meter 1234.56 kWh" in summary
    assert "6 OK, 1 with defects" in summary and "卫生间 – 墙角渗水" in summary
    assert "Not checked yet" not in summary
    qtbot.keyClick(dlg.ui.handledByEdit, Qt.Key.Key_Return)  # never completes by accident
    qtbot.wait(200)
    assert dlg.isVisible() and not dlg.is_saving and _status(db, room) == RoomStatus.SOLD
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""

    assert _status(db, room) == RoomStatus.HANDED_OVER
    record = ho.handover_of(db, room)
    assert record.id == scheduled and record.completed  # the appointment was completed
    assert (record.handover_date, record.handled_by, record.notes) == (
        TODAY,
        "王五",
        "业主要求上午",
    )
    assert [(k.kind, k.count) for k in record.keys] == [("入户门钥匙", 3), ("单元门禁卡", 2)]
    assert [(r.meter, r.reading, r.unit) for r in record.readings] == [
        (Meter.WATER, Decimal("12.50"), "m³"),
        (Meter.ELECTRICITY, Decimal("1234.56"), "kWh"),
    ]
    assert [(i.name, i.ok) for i in record.items] == [(n, n != "卫生间") for n in CHECKLIST]
    assert [(d.name, d.defect) for d in ho.open_defects(db, room_id=room)] == [
        ("卫生间", "墙角渗水")
    ]


def test_an_added_item_is_checked_too(qtbot, ctx, db, room):
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL), mode="complete"))
    fill_keys(qtbot, dlg)
    mark_all_ok(qtbot, dlg)
    qtbot.mouseClick(dlg.ui.addItemButton, Qt.MouseButton.LeftButton)
    extra = dlg.item_rows[-1]
    assert extra.extra and extra.nameEdit.hasFocus()
    press_ok(qtbot, dlg)  # unnamed: refused here, the cursor on its name
    assert "name of the added item" in dlg.error_message()
    assert dlg.focusWidget() is extra.nameEdit
    type_text(qtbot, extra.nameEdit, "阳台")
    press_ok(qtbot, dlg)  # named but not looked at
    assert "阳台 not marked yet" in dlg.error_message()
    assert dlg.focusWidget() is extra.okRadio
    qtbot.keyClick(extra.okRadio, Qt.Key.Key_Space)  # the keyboard answers too
    assert extra.answer() is True
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    assert [i.name for i in ho.handover_of(db, room).items] == [*CHECKLIST, "阳台"]


def test_refusals_keep_the_form(qtbot, ctx, db, room):
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL), mode="complete"))
    type_in(qtbot, dlg.ui.readingEdits[Meter.WATER], "12.5")

    press_ok(qtbot, dlg)  # no key yet
    assert "at least one kind" in dlg.error_message()
    assert dlg.focusWidget() in (dlg.key_rows[0].kindCombo, dlg.key_rows[0].kindCombo.lineEdit())
    fill_keys(qtbot, dlg)

    press_ok(qtbot, dlg)  # nothing of the checklist answered: none is assumed ok
    assert "厨房、卫生间、门窗、墙面、地面、电气、给排水 not marked yet" in dlg.error_message()
    assert dlg.focusWidget() is dlg.item_rows[0].okRadio
    assert "Not checked yet: 厨房" in dlg.ui.summaryLabel.text()

    mark_all_ok(qtbot, dlg, but=("卫生间",))
    bathroom = row_of(dlg, "卫生间")
    qtbot.mouseClick(bathroom.defectRadio, Qt.MouseButton.LeftButton)
    press_ok(qtbot, dlg)  # a defect without its description
    assert "Describe the defect found at 卫生间" in dlg.error_message()
    assert dlg.focusWidget() is bathroom.defectEdit
    type_text(qtbot, bathroom.defectEdit, "墙角渗水")

    # The service refuses what only it checks: the line of keys listed twice …
    second = dlg.key_rows[1].kindCombo.lineEdit()
    second.selectAll()
    type_in(qtbot, second, "入户门钥匙")
    press_ok(qtbot, dlg)
    assert "入户门钥匙 is listed twice" in dlg.error_message()
    assert dlg.focusWidget() in (dlg.key_rows[1].kindCombo, dlg.key_rows[1].kindCombo.lineEdit())
    qtbot.mouseClick(dlg.key_rows[1].removeButton, Qt.MouseButton.LeftButton)
    assert len(dlg.key_rows) == 1

    # … and a handover nobody handled.
    dlg.ui.handledByEdit.clear()
    press_ok(qtbot, dlg)
    assert "staff member who handled" in dlg.error_message()
    assert dlg.focusWidget() is dlg.ui.handledByEdit
    assert dlg.isVisible()
    assert dlg.ui.readingEdits[Meter.WATER].text() == "12.5"
    assert bathroom.answer() is False and bathroom.defectEdit.text() == "墙角渗水"
    assert dlg.key_rows[0].kind() == "入户门钥匙" and dlg.key_rows[0].countSpin.value() == 3
    assert _status(db, room) == RoomStatus.SOLD and ho.handover_of(db, room) is None

    type_in(qtbot, dlg.ui.handledByEdit, "王五")
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    assert _status(db, room) == RoomStatus.HANDED_OVER


def test_handover_date_before_the_sale_is_refused(qtbot, ctx, db, room):
    """The date edit stops at the signing date; should an earlier date reach the service
    (the sale's date corrected meanwhile), its refusal lands on the date."""
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL), mode="complete"))
    assert f"sale signed on {SIGNED.isoformat()}" in dlg.ui.signedLabel.text()
    dlg.ui.handoverDateEdit.setDate(QDate(SIGNED - timedelta(days=3)))
    assert dlg.ui.handoverDateEdit.date() == QDate(SIGNED)
    dlg.ui.handoverDateEdit.setMinimumDate(QDate(SIGNED - timedelta(days=10)))
    dlg.ui.handoverDateEdit.setDate(QDate(SIGNED - timedelta(days=3)))
    fill_keys(qtbot, dlg)
    mark_all_ok(qtbot, dlg)
    press_ok(qtbot, dlg)
    assert "before the sale was signed" in dlg.error_message()
    assert dlg.focusWidget() is dlg.ui.handoverDateEdit
    assert all(r.answer() is True for r in dlg.item_rows)
    assert _status(db, room) == RoomStatus.SOLD


def test_a_room_handed_over_offers_nothing_to_record(qtbot, ctx, db, actor, room):
    items = [(n, True, "") for n in CHECKLIST]
    ho.complete_handover(
        db, actor, ho.HandoverFields(room, TODAY, "王五", [("入户门钥匙", 2)], [], items)
    )
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL)))
    assert "was handed over on" in dlg.ui.stateLabel.text()
    assert not dlg.ok_button.isEnabled() and not dlg.is_ready


def test_an_unsold_room_is_sent_to_the_sale_first(qtbot, ctx, db, room):
    unsold = room_ids_of_building(db, room)["3-2-502"]
    dlg = opened(qtbot, HandoverDialog(ctx, (unsold, "翠湖花园 3-2-502")))
    assert "has not been sold" in dlg.ui.stateLabel.text()
    assert not dlg.ok_button.isEnabled() and not dlg.ui.completePage.isVisible()


def room_ids_of_building(db, room_id):
    with db.read() as s:
        building = s.get(Room, room_id).building_id
    return room_ids(db, building)


# --- rectifying -----------------------------------------------------------------------
def test_rectify_the_defect(qtbot, ctx, db, actor, room):
    items = [(n, n != "卫生间", "墙角渗水" if n == "卫生间" else "") for n in CHECKLIST]
    handed = TODAY - timedelta(days=2)
    ho.complete_handover(
        db, actor, ho.HandoverFields(room, handed, "王五", [("入户门钥匙", 2)], [], items)
    )
    (defect,) = ho.open_defects(db, room_id=room)
    dlg = opened(qtbot, RectifyDefectDialog(ctx, defect))
    assert dlg.objectName() == "RectifyDefectDialog"
    assert "卫生间" in dlg.ui.defectLabel.text() and "墙角渗水" in dlg.ui.defectLabel.text()
    assert dlg.ui.rectifiedOnEdit.date() == today_qdate()
    assert dlg.ui.rectifiedOnEdit.minimumDate() == QDate(handed)
    assert dlg.ui.rectifiedByEdit.text() == ctx.actor.display_name
    assert dlg.ok_button.text() == "Mark rectified"

    dlg.ui.rectifiedByEdit.clear()
    press_ok(qtbot, dlg)  # refused: who did the work?
    assert "who rectified the defect" in dlg.error_message()
    assert dlg.focusWidget() is dlg.ui.rectifiedByEdit
    assert ho.open_defects(db, room_id=room) != []

    type_in(qtbot, dlg.ui.rectifiedByEdit, "李师傅")
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    assert ho.open_defects(db, room_id=room) == []
    (item,) = [i for i in ho.handover_of(db, room).items if i.name == "卫生间"]
    assert (item.rectified_on, item.rectified_by) == (TODAY, "李师傅")


# --- keyboard -------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_shortcut_letter_repeats(qapp, qtbot, ctx, db, actor, room, language):
    items = [(n, n != "卫生间", "墙角渗水" if n == "卫生间" else "") for n in CHECKLIST]
    install_translations(qapp, language)
    try:
        dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL), mode="complete"))
        dlg.add_item_row(None)
        for mode in ("schedule", "complete"):
            dlg.set_mode(mode)
            letters = mnemonics(dlg)
            assert len(letters) >= 10
            assert sorted({x for x in letters if letters.count(x) > 1}) == [], (mode, letters)
        ho.complete_handover(
            db, actor, ho.HandoverFields(room, TODAY, "王五", [("入户门钥匙", 2)], [], items)
        )
        (defect,) = ho.open_defects(db, room_id=room)
        rectify = opened(qtbot, RectifyDefectDialog(ctx, defect))
        letters = mnemonics(rectify)
        assert len(letters) == len(set(letters)) == 2
    finally:
        install_translations(qapp, "en")


def test_tab_walks_the_form_top_to_bottom(qtbot, ctx, db, room):
    dlg = opened(qtbot, HandoverDialog(ctx, (room, LABEL), mode="complete"))
    qtbot.mouseClick(dlg.ui.addKeyButton, Qt.MouseButton.LeftButton)  # rows added later too
    qtbot.mouseClick(dlg.item_rows[0].defectRadio, Qt.MouseButton.LeftButton)
    dlg.ui.handledByEdit.setFocus()
    walked = [dlg.ui.handledByEdit]
    for _ in range(24):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            widget = widget.parent()
        if widget is not walked[-1]:
            walked.append(widget)
    seen = [w.objectName() for w in walked]
    assert seen[:12] == [
        "handledByEdit",
        "keyKindCombo",
        "keyCountSpin",
        "removeKeyButton",
        "keyKindCombo",
        "keyCountSpin",
        "removeKeyButton",
        "addKeyButton",
        "waterReadingEdit",
        "waterUnitEdit",
        "electricityReadingEdit",
        "electricityUnitEdit",
    ]
    # The checklist: the answered radio, then its description; one stop per open row.
    assert seen[14:19] == ["defectRadio", "defectEdit", "okRadio", "okRadio", "okRadio"]
    assert "addItemButton" in seen and seen.index("notesEdit") == seen.index("addItemButton") + 1
