"""The transfer of ownership dialog (转让过户), walked as a clerk: new owners by typing,
shares, a decision changed by hand that survives a new date, confirm; refusals keep
the form; a resource without owners cannot be transferred; a parking space too."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from crm_desktop.domain import clock
from crm_desktop.domain.enums import LeaseState, Relation, ReviewDecision, Role, TransferReason
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t
from crm_desktop.services import transfers as tr
from crm_desktop.ui.app_context import Change
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs.transfer_dialog import IDENTITY, LEASE, TransferDialog
from crm_desktop.ui.i18n import install_translations
from crm_desktop.ui.tree_model import IDENTITY_CHANGE
from tests.factories import person, portfolio, room_ids
from tests.ui.test_mnemonics import mnemonics
from tests.ui.typing import type_text

TODAY = clock.today()
SIGNED = TODAY - timedelta(days=400)
LABEL = "翠湖花园 3-2-501"
SPACE_LABEL = "翠湖花园 地下停车场 B1-001"
END, KEEP = ReviewDecision.END, ReviewDecision.KEEP


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def place(db, actor):
    """3-2-501 owned by 张三 and 李四 (50% each) since SIGNED; 张三's wife and 李四's
    son live there, a nanny lived there until five days ago; 张三 lets the flat and
    parking space B1-001 (his too) to 赵六 on one lease."""
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    p["room"] = room = p["rooms"]["3-2-501"]
    p["space"] = space = p["spaces"][0]
    for key, name, phone in (
        ("zhang", "张三", "13800138000"),
        ("li", "李四", "13900139000"),
        ("wang", "王五", "13700137000"),
        ("zhao", "赵六", "13600136000"),
        ("wife", "张妻", "13500135000"),
        ("son", "李小", "13400134000"),
        ("nanny", "保姆", "13300133000"),
    ):
        p[key] = c.create_customer(db, actor, person(name, phone))
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "HT-501",
            SIGNED,
            "1280000",
            [sales.Buyer("50", customer_id=p["zhang"]), sales.Buyer("50", customer_id=p["li"])],
            room_id=room,
        ),
    )
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "CW-001", SIGNED, "120000", [sales.Buyer(customer_id=p["zhang"])], space_id=space
        ),
    )
    moved_in = SIGNED + timedelta(days=10)
    p["wife_id"] = idn.add_identity(
        db,
        actor,
        p["wife"],
        idn.IdentityFields(
            Role.FAMILY,
            room_id=room,
            relation=Relation.SPOUSE,
            related_customer_id=p["zhang"],
            start_date=moved_in,
        ),
    )
    p["son_id"] = idn.add_identity(
        db,
        actor,
        p["son"],
        idn.IdentityFields(
            Role.FAMILY,
            room_id=room,
            relation=Relation.CHILD,
            related_customer_id=p["li"],
            start_date=moved_in,
        ),
    )
    p["nanny_id"] = nanny = idn.add_identity(
        db, actor, p["nanny"], idn.IdentityFields(Role.RESIDENT, room_id=room, start_date=moved_in)
    )
    (row,) = [r for r in idn.resource_identities(db, room_id=room) if r.id == nanny]
    idn.end_identity(db, actor, nanny, row.version, TODAY - timedelta(days=5), "搬走")
    p["lease"] = t.start_lease(
        db,
        actor,
        t.LeaseFields(
            landlord_id=p["zhang"],
            start_date=TODAY - timedelta(days=60),
            end_date=TODAY + timedelta(days=300),
            rent="4000",
            tenants=[t.Tenant(customer_id=p["zhao"])],
            room_ids=[room],
            space_ids=[space],
        ),
    )
    return p


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.waitUntil(lambda: dlg.is_loaded, timeout=5000)
    return dlg


def settled(qtbot, dlg):
    """Wait for the re-read preview (debounced) to arrive."""
    qtbot.waitUntil(lambda: not dlg.previewing, timeout=5000)


def add_by_typing(qtbot, dlg, text):
    picker = dlg.ui.picker
    picker.searchEdit.setFocus()
    type_text(qtbot, picker.searchEdit, text)
    qtbot.waitUntil(
        lambda: picker.resultsList.count() > 0 and not picker._timer.isActive(), timeout=5000
    )
    qtbot.keyClick(picker.searchEdit, Qt.Key.Key_Return)


def set_share(dlg, row, text):
    dlg.ui.picker.table.item(row, 1).setText(text)


def choose(qtbot, combo: QComboBox, text: str):
    """Pick an entry of a decision as a clerk does: focus it, open it, pick by keys."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    target = combo.findText(text)
    assert target >= 0, [combo.itemText(i) for i in range(combo.count())]
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def set_date(qtbot, dlg, day: date):
    edit = dlg.ui.dateEdit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, day.isoformat())
    if edit.date() != QDate(day) and day.year != TODAY.year:
        # Typing cannot cross a year while the maximum is today (Qt checks each section
        # as it is typed): the clerk would use the calendar.
        edit.setDate(QDate(day))
    assert edit.date() == QDate(day)


def press_ok(qtbot, dlg):
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dlg.isVisible() or (not dlg.is_saving and bool(dlg.error_message())),
        timeout=10000,
    )


def owners(db, **where):
    return sorted(
        (r.customer_name, r.share, r.start_date, r.end_date)
        for r in idn.resource_history(db, **where)
        if r.role == Role.OWNER
    )


# --- the whole transfer ---------------------------------------------------------------
def test_transfer_a_flat_reviewing_family_and_lease(qtbot, ctx, db, place):
    p = place
    changes: list[Change] = []
    ctx.dataChanged.connect(changes.append)
    dlg = opened(qtbot, TransferDialog(ctx, (p["room"], None, LABEL)))
    ui = dlg.ui
    assert dlg.objectName() == "TransferDialog" and LABEL in dlg.windowTitle()
    assert dlg.ok_button.text() == "Register transfer" and not dlg.ok_button.isDefault()
    assert dlg.ok_button.isEnabled()
    assert QApplication.focusWidget() is ui.picker.searchEdit
    # The current owners, read-only.
    shown = [
        tuple(ui.ownersTable.item(r, col).text() for col in range(3))
        for r in range(ui.ownersTable.rowCount())
    ]
    assert shown == [("张三", "50", SIGNED.isoformat()), ("李四", "50", SIGNED.isoformat())]
    assert ui.dateEdit.minimumDate() == QDate(SIGNED) and ui.dateEdit.maximumDate() == QDate(TODAY)
    assert SIGNED.isoformat() in ui.dateHint.text()
    # Everyone who hangs on the old owners, with the suggestions (nobody stays yet).
    wife, son, lease = (IDENTITY, p["wife_id"]), (IDENTITY, p["son_id"]), (LEASE, p["lease"])
    assert dlg.review_keys() == [wife, son, lease]  # the nanny left five days ago
    assert (dlg.decision(wife), dlg.decision(son), dlg.decision(lease)) == (END, END, KEEP)
    table = ui.reviewTable
    assert table.item(0, 0).text() == "张妻" and "Family member of 张三" in table.item(0, 1).text()
    assert table.item(2, 0).text() == "赵六" and SPACE_LABEL in table.item(2, 1).text()
    assert dlg.combo(lease).currentText() == "Keep (the new owner becomes landlord)"
    assert not ui.reviewEmptyLabel.isVisible()

    # The new owners, by typing; Enter adds, never confirms.
    add_by_typing(qtbot, dlg, "王五")
    assert dlg.isVisible() and tr.transfers_of(db, room_id=p["room"]) == []
    add_by_typing(qtbot, dlg, "ls")  # 李四 keeps a part
    assert [name for _, name in ui.picker.people] == ["王五", "李四"]
    set_share(dlg, 0, "60")
    set_share(dlg, 1, "40")
    assert ui.picker.totalLabel.text().endswith("100%")
    settled(qtbot, dlg)
    # 李四 stays an owner: his son's suggestion follows, the lease passes to 王五.
    assert dlg.decision(son) == KEEP and not dlg.is_manual(son)
    assert dlg.decision(wife) == END

    # The clerk decides by hand: 张妻 stays, the lease ends.
    choose(qtbot, dlg.combo(wife), "Keep")
    choose(qtbot, dlg.combo(lease), "Terminate on the transfer date")
    assert dlg.is_manual(wife) and dlg.is_manual(lease) and dlg.isWindowModified()

    # A week earlier: the nanny was still there (a new row, with its suggestion); the
    # choices made by hand survive the new preview.
    day = TODAY - timedelta(days=7)
    set_date(qtbot, dlg, day)
    qtbot.keyClick(ui.dateEdit, Qt.Key.Key_Return)  # Enter in a field never confirms
    settled(qtbot, dlg)
    assert dlg.isVisible() and tr.transfers_of(db, room_id=p["room"]) == []
    nanny = (IDENTITY, p["nanny_id"])
    assert dlg.review_keys() == [wife, son, nanny, lease]
    expected = tr.preview_transfer(
        db, room_id=p["room"], transfer_date=day, new_owner_ids=[p["wang"], p["li"]]
    )
    suggested, _ = expected.suggested_decisions()
    assert dlg.decision(nanny) == suggested[p["nanny_id"]] == KEEP  # an owner stays
    assert dlg.decision(wife) == KEEP and dlg.decision(lease) == END
    assert dlg.decision(son) == KEEP

    # The transfer record's fields.
    ui.reasonCombo.setFocus()
    qtbot.keyClick(ui.reasonCombo, Qt.Key.Key_Home)
    assert dlg.reason() == TransferReason.RESALE
    ui.certificatesEdit.setFocus()
    type_text(qtbot, ui.certificatesEdit, "粤(2025)广州市不动产权第0123456号")
    qtbot.keyClick(ui.certificatesEdit, Qt.Key.Key_Return)  # a new line, not a confirm
    qtbot.keyClicks(ui.certificatesEdit, "A-2")
    assert dlg.isVisible()
    summary = ui.summaryLabel.text()
    assert f"{LABEL}: 张三 50%、李四 50% → 王五 60%、李四 40% from {day.isoformat()}" in summary
    assert "张妻 – Family member of 张三 (Spouse): stays" in summary
    assert "李小 – Family member of 李四 (Child): stays" in summary
    assert f"Lease of 赵六: terminated on {day.isoformat()}" in summary
    assert "Resale, certificates 粤(2025)广州市不动产权第0123456号; A-2" in summary

    press_ok(qtbot, dlg)
    assert dlg.error_message() == "" and not dlg.isVisible()

    # The old ownerships ended on the day, the new ones started.
    assert owners(db, room_id=p["room"]) == sorted(
        [
            ("张三", Decimal("50.00"), SIGNED, day),
            ("李四", Decimal("50.00"), SIGNED, day),
            ("王五", Decimal("60.00"), day, None),
            ("李四", Decimal("40.00"), day, None),
        ]
    )
    holders = sorted(
        (r.customer_name, r.role) for r in idn.resource_identities(db, room_id=p["room"])
    )
    # 张妻 and 李小 kept; the lease (and 赵六's identities with it) ended.
    assert holders == sorted(
        [
            ("王五", Role.OWNER),
            ("李四", Role.OWNER),
            ("张妻", Role.FAMILY),
            ("李小", Role.FAMILY),
        ]
    )
    lease_row = t.lease_of(db, p["lease"])
    assert (lease_row.state, lease_row.terminated_on) == (LeaseState.TERMINATED, day)
    assert idn.resource_identities(db, space_id=p["space"])[0].customer_name == "张三"
    assert [r.role for r in idn.resource_identities(db, space_id=p["space"])] == [Role.OWNER]
    (record,) = tr.transfers_of(db, room_id=p["room"])
    assert (record.transfer_date, record.reason, record.certificate_numbers) == (
        day,
        TransferReason.RESALE,
        "粤(2025)广州市不动产权第0123456号; A-2",
    )
    assert [(o.name, o.share) for o in record.new_owners] == [
        ("王五", Decimal("60.00")),
        ("李四", Decimal("40.00")),
    ]
    assert sorted((d.subject, d.decision) for d in record.decisions) == sorted(
        [("张妻", KEEP), ("李小", KEEP), ("保姆", KEEP), ("赵六", END)]
    )
    # The views hear of the room, the space on the lease and every person concerned.
    (identity_change,) = [ch for ch in changes if ch.kind == IDENTITY_CHANGE]
    assert identity_change.extra["room_ids"] == (p["room"],)
    assert identity_change.extra["space_ids"] == (p["space"],)
    assert set(identity_change.extra["customer_ids"]) >= {
        p[k] for k in ("zhang", "li", "wang", "zhao", "wife", "son", "nanny")
    }
    assert any(ch.ids == (p["room"],) and ch.kind == "room" for ch in changes)


def test_a_stale_preview_answer_is_dropped(qtbot, ctx, db, place):
    p = place
    dlg = opened(qtbot, TransferDialog(ctx, (p["room"], None, LABEL)))
    old = dlg.data
    add_by_typing(qtbot, dlg, "ls")
    settled(qtbot, dlg)
    son = (IDENTITY, p["son_id"])
    assert dlg.decision(son) == KEEP  # 李四 stays
    dlg._previewed(dlg._generation - 1, old)  # an older answer arriving late
    assert dlg.data is not old and dlg.decision(son) == KEEP


def test_confirming_at_once_waits_for_the_preview_of_the_new_date(qtbot, ctx, db, place):
    p = place
    dlg = opened(qtbot, TransferDialog(ctx, (p["room"], None, LABEL)))
    add_by_typing(qtbot, dlg, "王五")
    settled(qtbot, dlg)
    dlg._preview_timer.setInterval(3000)  # the clerk confirms before it runs
    day = TODAY - timedelta(days=7)
    set_date(qtbot, dlg, day)
    assert dlg.previewing and (IDENTITY, p["nanny_id"]) not in dlg.review_keys()
    press_ok(qtbot, dlg)
    assert dlg.error_message() == "" and not dlg.isVisible()
    (record,) = tr.transfers_of(db, room_id=p["room"])
    # The nanny, there on that day, was reviewed too (with the suggestion: she ends).
    assert ("保姆", END) in [(d.subject, d.decision) for d in record.decisions]
    assert record.transfer_date == day


# --- refusals ---------------------------------------------------------------------------
def test_refusals_show_the_message_and_keep_everything(qtbot, ctx, db, place):
    p = place
    dlg = opened(qtbot, TransferDialog(ctx, (p["room"], None, LABEL)))
    ui = dlg.ui
    add_by_typing(qtbot, dlg, "王五")
    add_by_typing(qtbot, dlg, "赵六")
    set_share(dlg, 0, "60")
    set_share(dlg, 1, "30")
    assert "color" in ui.picker.totalLabel.styleSheet()
    ui.certificatesEdit.setFocus()
    qtbot.keyClicks(ui.certificatesEdit, "A-1")
    # Reason "other": the notes become required, and say so.
    assert ui.notesLabel.text() == "N&otes:"
    ui.reasonCombo.setFocus()
    qtbot.keyClick(ui.reasonCombo, Qt.Key.Key_End)
    assert dlg.reason() == TransferReason.OTHER
    assert ui.notesLabel.text() == "N&otes (required):" and ui.notesLabel.property("required")
    assert "needs a note" in ui.summaryLabel.text()
    wife = (IDENTITY, p["wife_id"])
    choose(qtbot, dlg.combo(wife), "Keep")
    settled(qtbot, dlg)

    press_ok(qtbot, dlg)
    assert "describe it in the notes" in dlg.error_message()
    assert dlg.isVisible() and QApplication.focusWidget() is ui.notesEdit
    type_text(qtbot, ui.notesEdit, "公司资产分割")
    press_ok(qtbot, dlg)
    assert "100%" in dlg.error_message() and dlg.isVisible()
    assert QApplication.focusWidget() is ui.picker.table
    # Everything typed is still there.
    assert [name for _, name in ui.picker.people] == ["王五", "赵六"]
    assert ui.picker.shares() == ["60", "30"]
    assert ui.certificatesEdit.toPlainText() == "A-1"
    assert ui.notesEdit.toPlainText() == "公司资产分割"
    assert dlg.reason() == TransferReason.OTHER and dlg.decision(wife) == KEEP
    assert tr.transfers_of(db, room_id=p["room"]) == []

    # Put right, it goes through: the tenant bought a part, the lease is his decision.
    set_share(dlg, 1, "40")
    press_ok(qtbot, dlg)
    assert dlg.error_message() == "" and not dlg.isVisible()
    (record,) = tr.transfers_of(db, room_id=p["room"])
    assert (record.reason, record.notes) == (TransferReason.OTHER, "公司资产分割")


def test_a_resource_without_owners_cannot_be_transferred(qtbot, ctx, db, place):
    p = place
    room = p["rooms"]["3-2-502"]
    dlg = opened(qtbot, TransferDialog(ctx, (room, None, "翠湖花园 3-2-502")))
    assert "has no owners" in dlg.error_message()
    assert not dlg.ok_button.isEnabled() and not dlg.ui.body.isVisible()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and tr.transfers_of(db, room_id=room) == []


# --- a parking space ------------------------------------------------------------------
def test_a_parking_space_transfers_too(qtbot, ctx, db, actor, place):
    p = place
    other = p["spaces"][1]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields("CW-002", SIGNED, "1", [sales.Buyer(customer_id=p["li"])], space_id=other),
    )
    # A space nobody else hangs on: one line says so, no empty table.
    dlg = opened(qtbot, TransferDialog(ctx, (None, other, "翠湖花园 地下停车场 B1-002")))
    assert dlg.review_keys() == []
    assert dlg.ui.reviewEmptyLabel.isVisible() and not dlg.ui.reviewTable.isVisible()
    assert "Nobody to review" in dlg.ui.reviewEmptyLabel.text()
    dlg.close()

    # B1-001, let with the flat: the lease is kept and 王五 becomes the landlord.
    dlg = opened(qtbot, TransferDialog(ctx, (None, p["space"], SPACE_LABEL)))
    dlg._preview_timer.setInterval(3000)  # the clerk confirms before it runs
    lease = (LEASE, p["lease"])
    assert dlg.review_keys() == [lease] and dlg.decision(lease) == KEEP
    assert LABEL in dlg.ui.reviewTable.item(0, 1).text()  # the flat on the same lease
    add_by_typing(qtbot, dlg, "王五")
    dlg.ui.reasonCombo.setFocus()
    for _ in range(2):
        qtbot.keyClick(dlg.ui.reasonCombo, Qt.Key.Key_Down)
    assert dlg.reason() == TransferReason.GIFT
    assert "Lease of 赵六: kept, landlord 张三 → 王五" in dlg.ui.summaryLabel.text()
    assert dlg.previewing  # confirming at once waits for the preview of these owners
    press_ok(qtbot, dlg)
    assert dlg.error_message() == "" and not dlg.isVisible()
    assert owners(db, space_id=p["space"]) == sorted(
        [("张三", Decimal("100.00"), SIGNED, TODAY), ("王五", Decimal("100.00"), TODAY, None)]
    )
    row = t.lease_of(db, p["lease"])
    assert (row.landlord_name, row.state) == ("王五", LeaseState.ACTIVE)
    (record,) = tr.transfers_of(db, space_id=p["space"])
    assert (record.reason, record.certificate_numbers) == (TransferReason.GIFT, "")
    assert [(d.subject, d.decision) for d in record.decisions] == [("赵六", KEEP)]


# --- keyboard and size ----------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_keyboard_and_size(qtbot, qapp, ctx, db, place, language):
    p = place
    install_translations(qapp, language)
    try:
        dlg = opened(qtbot, TransferDialog(ctx, (p["room"], None, LABEL)))
        letters = mnemonics(dlg)
        assert len(letters) >= 8
        assert sorted({x for x in letters if letters.count(x) > 1}) == []
        assert dlg.width() <= 1366 and dlg.height() <= 700
        assert dlg.minimumSizeHint().width() <= 1366
    finally:
        install_translations(qapp, "en")
    # Tab walks the window in order: search, results, the transfer's fields, decisions.
    ui = dlg.ui
    ui.picker.searchEdit.setFocus()
    seen = []
    for _ in range(16):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not seen or seen[-1] is not QApplication.focusWidget():
            seen.append(QApplication.focusWidget())  # Tab walks the date's parts first
    combos = [dlg.combo(k) for k in dlg.review_keys()]
    expected = [
        ui.picker.resultsList,
        ui.dateEdit,
        ui.reasonCombo,
        ui.certificatesEdit,
        ui.notesEdit,
        *combos,
        dlg.ok_button,
    ]
    assert [w.objectName() for w in seen[: len(expected)]] == [w.objectName() for w in expected]
    assert seen[: len(expected)] == expected
    # The wheel over a decision the clerk is not in scrolls, it changes nothing.
    before = combos[0].currentIndex()
    ui.dateEdit.setFocus()
    centre = QPointF(combos[0].rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(combos[0].mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combos[0], wheel)
    assert combos[0].currentIndex() == before and not dlg.is_manual(dlg.review_keys()[0])
    # Alt+D goes to the date, Alt+P to the first decision.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.dateEdit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combos[0])
