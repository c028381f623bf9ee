"""The tenancy dialogs (出租), walked as a clerk: let a flat with its parking space to
tenants picked by typing, renew the lease, terminate it early; refusals keep the
form as it was typed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from crm_desktop.db.models import ParkingSpace, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import LeaseState, RentPeriod, Role, RoomStatus, SpaceStatus
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t
from crm_desktop.ui.dialogs import base
from crm_desktop.ui.dialogs.lease_dialog import (
    LeaseDialog,
    RenewLeaseDialog,
    TerminateLeaseDialog,
)
from crm_desktop.ui.i18n import install_translations
from crm_desktop.ui.qdates import today_qdate
from crm_desktop.ui.tree_model import IDENTITY_CHANGE
from tests.factories import person, portfolio, room_ids
from tests.ui.test_mnemonics import mnemonics
from tests.ui.typing import type_text

TODAY = clock.today()
SIGNED = date(2024, 3, 15)
ROOM = "翠湖花园 3-2-501"
SPACE = "翠湖花园 地下停车场 B1-001"


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


@pytest.fixture
def place(db, actor):
    """3-2-501 (handed over) and parking space B1-001, both sold to 张三; 王五, 赵六 and
    李四 are customers who may rent."""
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    p["zhang"] = c.create_customer(db, actor, person("张三", "13800138000"))
    p["wang"] = c.create_customer(db, actor, person("王五", "13700137000"))
    p["zhao"] = c.create_customer(db, actor, person("赵六", "13600136000"))
    p["li"] = c.create_customer(db, actor, person("李四", "13900139000"))
    p["room"] = p["rooms"]["3-2-501"]
    p["space"] = p["spaces"][0]
    for number, kw in (("HT-1", {"room_id": p["room"]}), ("CW-1", {"space_id": p["space"]})):
        sales.register_sale(
            db,
            actor,
            sales.SaleFields(number, SIGNED, "100000", [sales.Buyer(customer_id=p["zhang"])], **kw),
        )
    with db.write(actor) as uow:
        uow.session.get(Room, p["room"]).status = RoomStatus.HANDED_OVER
    return p


def _status(db, model, rid):
    with db.read() as s:
        return s.get(model, rid).status


def _tenants_on(db, as_of=None, **where):
    return sorted(
        (r.customer_name, r.start_date, r.end_date)
        for r in idn.resource_identities(db, **where, as_of=as_of)
        if r.role == Role.TENANT
    )


def _lease(db, actor, p, **kw):
    """A lease of the flat and the space to 王五, registered through the service."""
    start = kw.pop("start", TODAY - timedelta(days=100))
    return t.start_lease(
        db,
        actor,
        t.LeaseFields(
            landlord_id=p["zhang"],
            start_date=start,
            end_date=kw.pop("end", QDate(start).addYears(1).toPython()),
            rent="3500",
            tenants=[t.Tenant(customer_id=kw.pop("tenant", p["wang"]))],
            room_ids=kw.pop("room_ids", [p["room"]]),
            space_ids=kw.pop("space_ids", [p["space"]]),
            deposit="7000",
            payment_day=5,
            notes="押一付三",
        ),
    )


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: not dlg._loading, timeout=5000)
    return dlg


def press_ok(qtbot, dlg):
    assert dlg.ok_button.isEnabled()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dlg.isVisible() or (not dlg.is_saving and bool(dlg.error_message())),
        timeout=10000,
    )


def type_in(qtbot, widget, text):
    widget.setFocus()
    type_text(qtbot, widget, text)


def add_tenant(qtbot, dlg, text):
    picker = dlg.ui.picker
    type_in(qtbot, picker.searchEdit, text)
    qtbot.waitUntil(
        lambda: picker.resultsList.count() > 0 and not picker._timer.isActive(), timeout=5000
    )
    qtbot.keyClick(picker.searchEdit, Qt.Key.Key_Return)


def add_resource_by_code(qtbot, dlg, code):
    count = len(dlg.resources)
    type_in(qtbot, dlg.ui.codeEdit, code)
    qtbot.keyClick(dlg.ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: len(dlg.resources) == count + 1 and dlg.resources[-1].info is not None,
        timeout=5000,
    )


def set_spin(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def changes_of(ctx):
    seen = []
    ctx.dataChanged.connect(seen.append)
    return seen


# --- starting a lease ---------------------------------------------------------------------
def test_let_the_flat_and_its_parking_space_to_two_tenants(qtbot, ctx, db, place):
    p = place
    seen = changes_of(ctx)
    dlg = opened(qtbot, LeaseDialog(ctx, (p["room"], None, ROOM)))
    ui = dlg.ui
    assert dlg.objectName() == "LeaseDialog" and dlg.ok_button.text() == "Start lease"
    assert ui.landlordCombo.currentText() == "张三" and ui.landlordCombo.count() == 1
    assert ui.startEdit.date() == today_qdate()
    assert ui.endEdit.date() == today_qdate().addYears(1)
    assert ui.paymentDaySpin.value() == min(TODAY.day, 28)
    assert ui.lengthLabel.text() == "1 year"

    add_resource_by_code(qtbot, dlg, "b1-001")  # typed in lower case
    assert [r.label for r in dlg.resources] == [ROOM, SPACE]
    assert ui.resourcesList.item(1).text() == f"{SPACE}   owner: 张三"
    assert ui.codeEdit.text() == "" and dlg.isVisible()  # Enter only added it
    add_tenant(qtbot, dlg, "王五")  # Chinese
    add_tenant(qtbot, dlg, "zl")  # pinyin initials of 赵六
    assert [name for _, name in dlg.tenants] == ["王五", "赵六"]

    start = TODAY - timedelta(days=10)
    ui.startEdit.setDate(QDate(start))  # picked in the calendar
    end = QDate(start).addYears(1).toPython()
    assert ui.endEdit.date().toPython() == end  # the end follows: still a year
    assert ui.paymentDaySpin.value() == min(start.day, 28)
    type_in(qtbot, ui.rentEdit, "3,500")
    set_spin(qtbot, ui.paymentDaySpin, "5")
    type_in(qtbot, ui.depositEdit, "7000")
    type_in(qtbot, ui.notesEdit, "押一付三")
    assert dlg.isWindowModified()

    summary = ui.summaryLabel.text()
    assert f"{ROOM} → rented" in summary and f"{SPACE} → rented" in summary
    assert f"Tenants from {start.isoformat()} to {end.isoformat()}: 王五、赵六" in summary
    assert "Landlord: 张三" in summary
    assert "3,500.00 元 / month, paid on day 5; deposit 7,000.00 元" in summary
    assert "color" not in summary  # nothing the service would refuse

    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    (lease,) = t.leases_of(db, room_id=p["room"])
    assert [r.label for r in lease.resources] == [ROOM, SPACE]
    assert [name for _, name in lease.tenants] == ["王五", "赵六"]
    assert (lease.landlord_name, lease.start_date, lease.end_date) == ("张三", start, end)
    assert (lease.rent, lease.period, lease.deposit, lease.payment_day, lease.notes) == (
        Decimal("3500.00"),
        RentPeriod.MONTHLY,
        Decimal("7000.00"),
        5,
        "押一付三",
    )
    assert lease.state == LeaseState.ACTIVE
    for where in ({"room_id": p["room"]}, {"space_id": p["space"]}):
        assert _tenants_on(db, **where) == [("王五", start, end), ("赵六", start, end)]
    assert _status(db, Room, p["room"]) == RoomStatus.RENTED
    assert _status(db, ParkingSpace, p["space"]) == SpaceStatus.RENTED
    # The tree hears of the flat and the space; the people views of everyone involved.
    assert [(ch.kind, ch.ids) for ch in seen[:2]] == [
        ("room", (p["room"],)),
        ("parking_space", (p["space"],)),
    ]
    identity = seen[-1]
    assert identity.kind == IDENTITY_CHANGE
    assert identity.extra["room_ids"] == (p["room"],)
    assert identity.extra["space_ids"] == (p["space"],)
    assert set(identity.extra["customer_ids"]) == {p["wang"], p["zhao"], p["zhang"]}


def test_an_upcoming_lease_and_an_end_date_set_by_the_clerk(qtbot, ctx, db, place):
    p = place
    dlg = opened(qtbot, LeaseDialog(ctx, (p["room"], None, ROOM)))
    ui = dlg.ui
    start = today_qdate().addDays(20)
    ui.startEdit.setDate(start)
    assert ui.endEdit.date() == start.addYears(1)
    assert f"{ROOM}: upcoming from {start.toString('yyyy-MM-dd')}" in ui.summaryLabel.text()
    ui.endEdit.setFocus()
    ui.endEdit.setDate(start.addMonths(6))  # the clerk sets the end …
    assert ui.lengthLabel.text() == "6 months"
    ui.startEdit.setDate(start.addDays(1))  # … and it stays where it was put
    assert ui.endEdit.date() == start.addMonths(6)
    add_tenant(qtbot, dlg, "ww")
    type_in(qtbot, ui.rentEdit, "2800")
    qtbot.keyClick(ui.periodCombo, Qt.Key.Key_Down)
    assert "2,800.00 元 / quarter" in ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    (lease,) = t.leases_of(db, room_id=p["room"])
    assert (lease.state, lease.period, lease.end_date) == (
        LeaseState.UPCOMING,
        RentPeriod.QUARTERLY,
        start.addMonths(6).toPython(),
    )
    assert _status(db, Room, p["room"]) == RoomStatus.HANDED_OVER  # not rented before it begins


def test_the_landlord_is_not_offered_as_tenant(qtbot, ctx, db, place):
    dlg = opened(qtbot, LeaseDialog(ctx, (place["room"], None, ROOM)))
    picker = dlg.ui.picker
    type_in(qtbot, picker.searchEdit, "000")  # in every customer's phone
    qtbot.waitUntil(
        lambda: picker.resultsList.count() > 0 and not picker._timer.isActive(), timeout=5000
    )
    qtbot.wait(100)
    found = [picker.resultsList.item(i).text() for i in range(picker.resultsList.count())]
    assert any("王五" in text for text in found)
    assert not any("张三" in text for text in found)


def test_a_room_without_owner_cannot_be_let(qtbot, ctx, db, place):
    unsold = place["rooms"]["3-2-502"]
    dlg = opened(qtbot, LeaseDialog(ctx, (unsold, None, "翠湖花园 3-2-502")))
    note = dlg.ui.landlordNote
    assert note.isVisible() and "has no current owner" in note.text()
    assert "Register its sale" in note.text()
    assert dlg.ui.landlordCombo.count() == 0 and not dlg.ok_button.isEnabled()


def test_codes_matching_several_resources_or_none(qtbot, ctx, db, place):
    dlg = opened(qtbot, LeaseDialog(ctx, (place["room"], None, ROOM)))
    ui = dlg.ui
    type_in(qtbot, ui.codeEdit, "Z9-999")
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(ui.codeHint.isVisible, timeout=5000)
    assert ui.codeHint.text() == "No room or parking space has the code “Z9-999”."
    ui.codeEdit.clear()
    type_in(qtbot, ui.codeEdit, "502")  # room 502 of both units
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(ui.choicesList.isVisible, timeout=5000)
    assert "Several match" in ui.codeHint.text()
    choices = [ui.choicesList.item(i).text() for i in range(ui.choicesList.count())]
    assert choices == ["翠湖花园 3-1-502", "翠湖花园 3-2-502"]
    assert ui.choicesList.hasFocus()  # arrows and Enter pick one
    qtbot.keyClick(ui.choicesList, Qt.Key.Key_Down)
    qtbot.keyClick(ui.choicesList, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.resources[-1].info is not None, timeout=5000)
    assert [r.label for r in dlg.resources] == [ROOM, "翠湖花园 3-2-502"]
    assert dlg.isVisible() and not ui.choicesList.isVisible()
    assert "3-2-502 has no current owner, so it cannot be let" in ui.summaryLabel.text()
    type_in(qtbot, ui.codeEdit, "3-2-501")  # already on the lease
    qtbot.keyClick(ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already on this lease" in ui.codeHint.text(), timeout=5000)
    assert len(dlg.resources) == 2


# --- refusals -----------------------------------------------------------------------------
def test_no_tenant_and_end_before_start_are_refused_keeping_the_form(qtbot, ctx, db, place):
    p = place
    dlg = opened(qtbot, LeaseDialog(ctx, (p["room"], None, ROOM)))
    ui = dlg.ui
    type_in(qtbot, ui.rentEdit, "3500")
    type_in(qtbot, ui.notesEdit, "押一付三")
    press_ok(qtbot, dlg)
    assert dlg.error_message() == "Add at least one tenant."
    assert dlg.focusWidget() is ui.picker.searchEdit
    assert dlg.isVisible() and ui.rentEdit.text() == "3500"

    add_tenant(qtbot, dlg, "王五")
    ui.endEdit.setDate(ui.startEdit.date().addDays(-1))
    assert "The end date must be after the start date" in ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert "which is not after its start" in dlg.error_message()
    assert dlg.focusWidget() is ui.endEdit
    assert [name for _, name in dlg.tenants] == ["王五"]
    assert ui.notesEdit.toPlainText() == "押一付三" and ui.rentEdit.text() == "3500"
    assert t.leases_of(db, room_id=p["room"]) == []

    ui.endEdit.setDate(ui.startEdit.date().addYears(2))
    ui.rentEdit.clear()
    type_in(qtbot, ui.rentEdit, "三千")
    assert "is not a rent" in ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert "“三千” is not a rent" in dlg.error_message()
    assert dlg.focusWidget() is ui.rentEdit
    ui.rentEdit.clear()
    type_in(qtbot, ui.rentEdit, "３５００")  # full-width digits from a Chinese keyboard
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    (lease,) = t.leases_of(db, room_id=p["room"])
    assert lease.rent == Decimal("3500.00")


def test_an_overlapping_lease_is_refused_keeping_the_form(qtbot, ctx, db, actor, place):
    p = place
    # B1-001 is already let to 李四 on a lease of its own.
    other = _lease(db, actor, p, room_ids=[], tenant=p["li"])
    taken = t.lease_of(db, other)
    dlg = opened(qtbot, LeaseDialog(ctx, (p["room"], None, ROOM)))
    ui = dlg.ui
    add_resource_by_code(qtbot, dlg, "B1-001")
    add_tenant(qtbot, dlg, "王五")
    type_in(qtbot, ui.rentEdit, "4200")
    warned = (
        f"{SPACE} is already let from {taken.start_date.isoformat()} to "
        f"{taken.end_date.isoformat()} (tenants: 李四)"
    )
    assert warned in ui.summaryLabel.text()  # said before the clerk confirms

    press_ok(qtbot, dlg)
    assert (
        f"B1-001 is already let from {taken.start_date.isoformat()} to "
        f"{taken.end_date.isoformat()} (tenants: 李四)" in dlg.error_message()
    )
    assert dlg.focusWidget() is ui.startEdit
    assert dlg.isVisible() and [r.label for r in dlg.resources] == [ROOM, SPACE]
    assert [name for _, name in dlg.tenants] == ["王五"] and ui.rentEdit.text() == "4200"
    assert t.leases_of(db, room_id=p["room"]) == []

    # The space stays with 李四: the clerk takes it off this lease and lets the flat.
    ui.resourcesList.setCurrentRow(1)
    qtbot.mouseClick(ui.removeResourceButton, Qt.MouseButton.LeftButton)
    assert [r.label for r in dlg.resources] == [ROOM]
    assert not ui.removeResourceButton.isEnabled()  # the flat itself stays
    assert "already let" not in ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    (lease,) = t.leases_of(db, room_id=p["room"])
    assert [r.label for r in lease.resources] == [ROOM]
    assert [r.id for r in t.leases_of(db, space_id=p["space"])] == [other]


def test_a_space_of_another_owner_is_flagged(qtbot, ctx, db, actor, place):
    p = place
    second = p["spaces"][1]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields("CW-2", SIGNED, "1", [sales.Buyer(customer_id=p["li"])], space_id=second),
    )
    dlg = opened(qtbot, LeaseDialog(ctx, (p["room"], None, ROOM)))
    add_resource_by_code(qtbot, dlg, "B1-002")
    add_tenant(qtbot, dlg, "王五")
    type_in(qtbot, dlg.ui.rentEdit, "3500")
    assert "B1-002 belongs to 李四, not to the landlord" in dlg.ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert "张三 is not an owner of B1-002" in dlg.error_message()
    assert t.leases_of(db, room_id=p["room"]) == []
    assert dlg.focusWidget() is dlg.ui.landlordCombo


# --- the whole story: start, renew, terminate early ---------------------------------------
def test_renew_then_terminate_early(qtbot, ctx, db, actor, place):
    p = place
    start = TODAY - timedelta(days=300)
    first = _lease(db, actor, p, start=start)
    old = t.lease_of(db, first)
    new_end = QDate(old.end_date).addYears(1).toPython()

    seen = changes_of(ctx)
    dlg = opened(qtbot, RenewLeaseDialog(ctx, first))
    ui = dlg.ui
    assert dlg.objectName() == "RenewLeaseDialog" and dlg.ok_button.text() == "Renew"
    term = ui.termLabel.text()
    assert "王五" in term and ROOM in term and SPACE in term
    assert f"{start.isoformat()} to {old.end_date.isoformat()} (1 year)" in term
    assert "3,500.00 元 / month, paid on day 5" in term
    assert ui.endEdit.date().toPython() == new_end  # as long as the term it follows
    assert (ui.rentEdit.text(), ui.depositEdit.text(), ui.paymentDaySpin.value()) == (
        "3500.00",
        "7000.00",
        5,
    )
    assert ui.landlordCombo.currentText() == "张三" and ui.notesEdit.toPlainText() == "押一付三"
    summary = ui.summaryLabel.text()
    assert f"New term from {old.end_date.isoformat()} to {new_end.isoformat()}" in summary
    assert f"Tenants stay tenants until {new_end.isoformat()}: 王五" in summary
    assert "Rent unchanged" in summary

    ui.rentEdit.selectAll()
    type_in(qtbot, ui.rentEdit, "3800")
    assert "3,500.00 元 / month, paid on day 5 → 3,800.00 元 / month" in ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    renewed = t.lease_of(db, first).renewed_by_id
    new = t.lease_of(db, renewed)
    assert (new.renewed_from_id, new.start_date, new.end_date) == (first, old.end_date, new_end)
    assert (new.rent, new.deposit, new.payment_day, new.notes) == (
        Decimal("3800.00"),
        Decimal("7000.00"),
        5,
        "押一付三",
    )
    assert [r.id for r in t.leases_of(db, room_id=p["room"])] == [first, renewed]
    for where in ({"room_id": p["room"]}, {"space_id": p["space"]}):
        assert _tenants_on(db, as_of=old.end_date, **where) == [("王五", start, new_end)]
    identity = seen[-1]
    assert identity.kind == IDENTITY_CHANGE and identity.extra["lease_id"] == renewed
    assert set(identity.extra["customer_ids"]) == {p["wang"], p["zhang"]}

    # A term is renewed once: the dialog says so and offers nothing to save.
    again = opened(qtbot, RenewLeaseDialog(ctx, first))
    assert "already renewed" in again.ui.stateLabel.text() and not again.ok_button.isEnabled()

    # The tenant moves out early: the first term ends, the renewal is cancelled with it.
    end = opened(qtbot, TerminateLeaseDialog(ctx, first))
    ui = end.ui
    assert end.ok_button.text() == "Terminate lease"
    assert ui.dateEdit.date() == today_qdate()
    assert ui.dateEdit.minimumDate() == QDate(start)
    assert ui.dateEdit.maximumDate() == today_qdate()  # never in the future
    assert ui.reasonCombo.currentText() == ""
    press_ok(qtbot, end)  # no reason
    assert "Enter why the lease ends early" in end.error_message()
    assert end.focusWidget() in (ui.reasonCombo, ui.reasonCombo.lineEdit())
    day = TODAY - timedelta(days=3)
    ui.dateEdit.setDate(QDate(day))
    ui.reasonCombo.setFocus()
    qtbot.keyClick(ui.reasonCombo, Qt.Key.Key_Down)  # the first common reason
    assert end.reason() == "租户提前退租"
    summary = ui.summaryLabel.text()
    assert f"The lease ends on {day.isoformat()} instead of {old.end_date.isoformat()}" in summary
    assert f"王五 stop being tenants of {ROOM}、{SPACE} on {day.isoformat()}" in summary
    assert "rented → back to the status before the lease" in summary
    assert (
        f"The renewal from {old.end_date.isoformat()} to {new_end.isoformat()} is cancelled too"
        in summary
    )
    press_ok(qtbot, end)
    assert end.error_message() == ""
    ended = t.lease_of(db, first)
    assert (ended.state, ended.terminated_on, ended.termination_reason) == (
        LeaseState.TERMINATED,
        day,
        "租户提前退租",
    )
    assert t.lease_of(db, renewed).state == LeaseState.TERMINATED
    for where in ({"room_id": p["room"]}, {"space_id": p["space"]}):
        assert _tenants_on(db, as_of=day, **where) == []
        assert _tenants_on(db, as_of=day - timedelta(days=1), **where) == [("王五", start, day)]
    assert _status(db, Room, p["room"]) == RoomStatus.VACANT  # handed over, now empty
    assert _status(db, ParkingSpace, p["space"]) == SpaceStatus.SOLD

    # A terminated lease can be neither renewed nor terminated again.
    late = opened(qtbot, TerminateLeaseDialog(ctx, first))
    assert "already terminated" in late.ui.noteLabel.text() and not late.ok_button.isEnabled()


def test_a_lease_not_begun_is_cancelled(qtbot, ctx, db, actor, place):
    p = place
    start = TODAY + timedelta(days=20)
    lease_id = _lease(db, actor, p, start=start)
    dlg = opened(qtbot, TerminateLeaseDialog(ctx, lease_id))
    ui = dlg.ui
    assert "will be cancelled" in ui.noteLabel.text() and ui.noteLabel.isVisible()
    assert ui.dateEdit.date() == QDate(start) and not ui.dateEdit.isEnabled()
    assert "The lease is cancelled" in ui.summaryLabel.text()
    type_in(qtbot, ui.reasonCombo.lineEdit(), "租客反悔")
    assert "Reason: 租客反悔" in ui.summaryLabel.text()
    press_ok(qtbot, dlg)
    assert dlg.error_message() == ""
    row = t.lease_of(db, lease_id)
    assert (row.state, row.terminated_on, row.termination_reason) == (
        LeaseState.TERMINATED,
        start,
        "租客反悔",
    )
    assert _tenants_on(db, as_of=start, room_id=p["room"]) == []
    assert _status(db, Room, p["room"]) == RoomStatus.HANDED_OVER


def test_renewal_refused_by_the_service_keeps_the_form(qtbot, ctx, db, actor, place):
    """Someone else renewed the lease while the dialog was open."""
    p = place
    lease_id = _lease(db, actor, p)
    dlg = opened(qtbot, RenewLeaseDialog(ctx, lease_id))
    ui = dlg.ui
    ui.rentEdit.selectAll()
    type_in(qtbot, ui.rentEdit, "3900")
    row = t.lease_of(db, lease_id)
    t.renew_lease(db, actor, lease_id, None, QDate(row.end_date).addMonths(6).toPython())
    press_ok(qtbot, dlg)
    assert dlg.error_message() != "" and dlg.isVisible()
    assert ui.rentEdit.text() == "3900"
    assert len(t.leases_of(db, room_id=p["room"])) == 2


# --- keyboard -----------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_shortcut_letter_repeats(qapp, qtbot, ctx, db, actor, place, language):
    lease_id = _lease(db, actor, place)
    install_translations(qapp, language)
    try:
        made = [
            opened(qtbot, LeaseDialog(ctx, (place["room"], None, ROOM))),
            opened(qtbot, RenewLeaseDialog(ctx, lease_id)),
            opened(qtbot, TerminateLeaseDialog(ctx, lease_id)),
        ]
        for dialog, least in zip(made, (14, 7, 2), strict=True):
            letters = mnemonics(dialog)
            assert len(letters) >= least, (type(dialog).__name__, letters)
            repeated = sorted({x for x in letters if letters.count(x) > 1})
            assert repeated == [], (type(dialog).__name__, letters)
    finally:
        install_translations(qapp, "en")
