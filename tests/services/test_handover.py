"""Handover (收楼): appointments, the handover itself, defects and their rectification,
and the configurable inspection checklist."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from crm_desktop.db.models import (
    AuditEntry,
    Handover,
    HandoverKey,
    InspectionItem,
    MeterReading,
    Room,
)
from crm_desktop.domain import clock
from crm_desktop.domain.enums import Meter, RoomStatus
from crm_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from crm_desktop.services import customers as c
from crm_desktop.services import handover as ho
from crm_desktop.services import identities as idn
from crm_desktop.services import sales
from tests.factories import person, portfolio, room_ids

SIGNED = date(2024, 3, 15)
HANDED = date(2024, 4, 2)
TODAY = clock.today()
CHECKLIST = ["厨房", "卫生间", "门窗", "墙面", "地面", "电气", "给排水"]


@pytest.fixture
def place(db, actor):
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    p["zhang"] = c.create_customer(db, actor, person("张三", "13800138000"))
    p["li"] = c.create_customer(db, actor, person("李四", "13900139000"))
    p["room"] = _sell(db, actor, p, "3-2-501")
    return p


def _sell(db, actor, p, code, buyers=None, number=None):
    room = p["rooms"][code]
    buyers = buyers or [
        sales.Buyer("60", customer_id=p["zhang"]),
        sales.Buyer("40", customer_id=p["li"]),
    ]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(number or f"HT-{code}", SIGNED, "1280000", buyers, room_id=room),
    )
    return room


def _fields(room_id, **kw):
    items = kw.pop("items", None)
    if items is None:
        items = [(name, True, "") for name in CHECKLIST]
    return ho.HandoverFields(
        room_id=room_id,
        handover_date=kw.pop("handover_date", HANDED),
        handled_by=kw.pop("handled_by", "王五"),
        keys=kw.pop("keys", [("入户门钥匙", 3), ("信箱钥匙", "1"), ("门禁卡", 2)]),
        readings=kw.pop(
            "readings",
            [(Meter.WATER, "12.5"), (Meter.ELECTRICITY, "1,234.56"), ("gas", "0")],
        ),
        items=items,
        **kw,
    )


def _with_defect(name="卫生间", defect="地漏反水"):
    return [(n, n != name, defect if n == name else "") for n in CHECKLIST]


def _status(db, room_id):
    with db.read() as s:
        return s.get(Room, room_id).status


def _count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _audits(db):
    with db.read() as s:
        return s.execute(
            select(
                AuditEntry.table_name,
                AuditEntry.action,
                AuditEntry.field,
                AuditEntry.old_value,
                AuditEntry.new_value,
            ).order_by(AuditEntry.id)
        ).all()


def _refused(call, *args, error=ValidationError):
    with pytest.raises(error) as exc:
        call(*args)
    return exc.value


# --- completing a handover ----------------------------------------------------------------
def test_a_handover_records_keys_readings_checklist_and_hands_the_room_over(db, actor, place):
    room = place["room"]
    before = len(_audits(db))
    readings = [(Meter.WATER, "12.5"), (Meter.ELECTRICITY, "１２３4.5", "度"), ("gas", "0")]
    hid = ho.complete_handover(
        db,
        actor,
        _fields(room, items=_with_defect(), readings=readings, notes=" 业主本人到场 "),
    )
    assert _status(db, room) == RoomStatus.HANDED_OVER
    record = ho.handover_of(db, room)
    assert (record.id, record.completed, record.handover_date) == (hid, True, HANDED)
    assert (record.handled_by, record.notes) == ("王五", "业主本人到场")
    assert record.appointment_date is None
    assert [(k.kind, k.count) for k in record.keys] == [
        ("入户门钥匙", 3),
        ("信箱钥匙", 1),
        ("门禁卡", 2),
    ]
    assert [(r.meter, r.reading, r.unit) for r in record.readings] == [
        (Meter.WATER, Decimal("12.50"), "m³"),
        (Meter.ELECTRICITY, Decimal("1234.50"), "度"),
        (Meter.GAS, Decimal("0.00"), "m³"),
    ]
    assert [(i.name, i.ok, i.defect) for i in record.items] == [
        (n, n != "卫生间", "地漏反水" if n == "卫生间" else "") for n in CHECKLIST
    ]
    assert [(i.name, i.defect) for i in record.open_defects] == [("卫生间", "地漏反水")]
    (defect,) = ho.open_defects(db, room_id=room)
    assert (defect.room_code, defect.project, defect.name, defect.defect) == (
        "3-2-501",
        "翠湖花园",
        "卫生间",
        "地漏反水",
    )
    assert defect.age_days == (TODAY - HANDED).days
    new = [(t, a, f) for t, a, f, _, _ in _audits(db)[before:]]
    assert new.count(("handover", "create", None)) == 1
    assert new.count(("handover_key", "create", None)) == 3
    assert new.count(("meter_reading", "create", None)) == 3
    assert new.count(("inspection_item", "create", None)) == 7
    assert ("room", "update", "status", "sold", "handed_over") in _audits(db)[before:]


def test_readings_are_optional_and_the_checklist_may_have_extra_items(db, actor, place):
    items = [("阳台", False, "玻璃划痕")] + [(n, True, "") for n in reversed(CHECKLIST)]
    ho.complete_handover(db, actor, _fields(place["room"], readings=[], items=items))
    record = ho.handover_of(db, place["room"])
    assert record.readings == []
    assert [i.name for i in record.items] == ["阳台", *reversed(CHECKLIST)]  # as entered
    assert [i.position for i in record.items] == list(range(1, 9))


def test_completion_refusals_leave_nothing_behind(db, actor, place):
    room = place["room"]
    before = len(_audits(db))
    ok_items = [(n, True, "") for n in CHECKLIST]
    cases = {
        "no date": _fields(room, handover_date=None),
        "future": _fields(room, handover_date=TODAY + timedelta(days=1)),
        "before sale": _fields(room, handover_date=SIGNED - timedelta(days=1)),
        "no handler": _fields(room, handled_by="  "),
        "no keys": _fields(room, keys=[]),
        "key kind": _fields(room, keys=[(" ", 1)]),
        "key zero": _fields(room, keys=[("入户门钥匙", 0)]),
        "key text": _fields(room, keys=[("入户门钥匙", "三")]),
        "key many": _fields(room, keys=[("入户门钥匙", 1000)]),
        "key twice": _fields(room, keys=[("门禁卡", 1), (" 门禁卡", 2)]),
        "negative": _fields(room, readings=[(Meter.WATER, "-1")]),
        "not a number": _fields(room, readings=[(Meter.WATER, "abc")]),
        "blank": _fields(room, readings=[(Meter.WATER, " ")]),
        "decimals": _fields(room, readings=[(Meter.WATER, "1.234")]),
        "too large": _fields(room, readings=[(Meter.WATER, "10000000000")]),
        "meter twice": _fields(room, readings=[(Meter.GAS, "1"), ("gas", "2")]),
        "which meter": _fields(room, readings=[("heat", "1")]),
        "unit": _fields(room, readings=[(Meter.WATER, "1", "cubic metres")]),
        "defect text": _fields(room, items=_with_defect(defect=" ")),
        "ok with text": _fields(room, items=[("厨房", True, "水龙头松动"), *ok_items[1:]]),
        "item twice": _fields(room, items=[*ok_items, ("厨房", True, "")]),
        "item name": _fields(room, items=[*ok_items, ("", True, "")]),
        "checklist": _fields(room, items=ok_items[:-1]),
    }
    fields = {name: _refused(ho.complete_handover, db, actor, f).field for name, f in cases.items()}
    assert fields == {
        "no date": "handover_date",
        "future": "handover_date",
        "before sale": "handover_date",
        "no handler": "handled_by",
        "no keys": "keys",
        "key kind": "keys",
        "key zero": "keys",
        "key text": "keys",
        "key many": "keys",
        "key twice": "keys",
        "negative": "readings",
        "not a number": "readings",
        "blank": "readings",
        "decimals": "readings",
        "too large": "readings",
        "meter twice": "readings",
        "which meter": "readings",
        "unit": "readings",
        "defect text": "items",
        "ok with text": "items",
        "item twice": "items",
        "item name": "items",
        "checklist": "items",
    }
    missing = _refused(ho.complete_handover, db, actor, cases["checklist"])
    assert "给排水" in str(missing)
    before_sale = _refused(ho.complete_handover, db, actor, cases["before sale"])
    assert "2024-03-15" in str(before_sale)
    assert _status(db, room) == RoomStatus.SOLD
    assert ho.handover_of(db, room) is None
    for model in (Handover, HandoverKey, MeterReading, InspectionItem):
        assert _count(db, model) == 0
    assert len(_audits(db)) == before


def test_the_handover_date_may_be_the_signing_date_or_today(db, actor, place):
    ho.complete_handover(db, actor, _fields(place["room"], handover_date=SIGNED))
    other = _sell(db, actor, place, "3-2-502")
    ho.complete_handover(db, actor, _fields(other, handover_date=TODAY))
    assert _status(db, other) == RoomStatus.HANDED_OVER


# --- which rooms can be handed over -------------------------------------------------------
def test_only_a_sold_room_with_owners_can_be_handed_over(db, actor, place):
    unsold = place["rooms"]["3-2-502"]
    err = _refused(ho.complete_handover, db, actor, _fields(unsold))
    assert err.field == "room" and "register the sale first" in str(err)
    err = _refused(ho.schedule_handover, db, actor, unsold, TODAY)
    assert err.field == "room"
    _refused(ho.complete_handover, db, actor, _fields(999_999), error=NotFoundError)
    _refused(ho.schedule_handover, db, actor, 999_999, TODAY, error=NotFoundError)

    lone = _sell(db, actor, place, "3-2-503", [sales.Buyer(customer_id=place["zhang"])])
    (owner,) = idn.resource_identities(db, room_id=lone)
    idn.end_identity(db, actor, owner.id, owner.version, TODAY, "测试")
    err = _refused(ho.complete_handover, db, actor, _fields(lone))
    assert err.field == "room" and "no current owner" in str(err)
    assert _refused(ho.schedule_handover, db, actor, lone, TODAY).field == "room"
    assert _status(db, unsold) == RoomStatus.UNSOLD
    assert _status(db, lone) == RoomStatus.SOLD
    assert _count(db, Handover) == 0


def test_a_room_is_handed_over_once(db, actor, place):
    room = place["room"]
    ho.complete_handover(db, actor, _fields(room))
    again = _refused(ho.complete_handover, db, actor, _fields(room, handled_by="赵六"))
    assert again.field == "room" and "2024-04-02" in str(again) and "王五" in str(again)
    assert _refused(ho.schedule_handover, db, actor, room, TODAY).field == "room"
    # Even with the status set back by hand, the sale's handover stays the only one.
    with db.write(actor) as uow:
        uow.session.get(Room, room).status = RoomStatus.SOLD
    assert _refused(ho.complete_handover, db, actor, _fields(room)).field == "room"
    assert _count(db, Handover) == 1


def test_a_room_whose_status_is_past_handover_is_refused(db, actor, place):
    room = place["room"]
    with db.write(actor) as uow:
        uow.session.get(Room, room).status = RoomStatus.OCCUPIED
    err = _refused(ho.complete_handover, db, actor, _fields(room))
    assert err.field == "room" and "set the room's status back to sold" in str(err)
    assert _refused(ho.schedule_handover, db, actor, room, TODAY).field == "room"
    assert _status(db, room) == RoomStatus.OCCUPIED
    assert _count(db, Handover) == 0


# --- appointments -------------------------------------------------------------------------
def test_scheduling_moving_and_completing_an_appointment(db, actor, place):
    room = place["room"]
    day = TODAY + timedelta(days=3)
    hid = ho.schedule_handover(db, actor, room, day, "业主周末有空")
    record = ho.handover_of(db, room)
    assert (record.id, record.completed, record.appointment_date) == (hid, False, day)
    assert record.notes == "业主周末有空" and record.keys == [] and record.items == []
    assert _status(db, room) == RoomStatus.SOLD  # an appointment changes nothing else
    assert ("handover", "create", None) in [(t, a, f) for t, a, f, _, _ in _audits(db)]

    later = TODAY + timedelta(days=5)
    assert ho.schedule_handover(db, actor, room, later) == hid  # moved, not duplicated
    assert ho.handover_of(db, room).notes == "业主周末有空"  # notes None: kept
    assert ("handover", "update", "appointment_date", day.isoformat(), later.isoformat()) in (
        _audits(db)
    )
    ho.schedule_handover(db, actor, room, later, "改约下周")
    assert ho.handover_of(db, room).notes == "改约下周"
    assert _count(db, Handover) == 1

    done = ho.complete_handover(db, actor, _fields(room, handover_date=TODAY))
    assert done == hid
    record = ho.handover_of(db, room)
    assert (record.appointment_date, record.handover_date, record.notes) == (
        later,
        TODAY,
        "改约下周",
    )
    assert ("handover", "update", "handover_date", None, TODAY.isoformat()) in _audits(db)
    assert _count(db, Handover) == 1
    result = ho.appointments(db)
    assert result.upcoming == [] and result.overdue == []


def test_completing_a_named_appointment_checks_it(db, actor, place):
    room = place["room"]
    hid = ho.schedule_handover(db, actor, room, TODAY)
    version = ho.handover_of(db, room).version
    ho.schedule_handover(db, actor, room, TODAY + timedelta(days=1))  # another clerk moved it
    _refused(
        ho.complete_handover,
        db,
        actor,
        _fields(room, handover_id=hid, version=version),
        error=StaleRecordError,
    )
    _refused(
        ho.complete_handover, db, actor, _fields(room, handover_id=hid + 1), error=NotFoundError
    )
    assert _status(db, room) == RoomStatus.SOLD and _count(db, HandoverKey) == 0
    current = ho.handover_of(db, room).version
    ho.complete_handover(db, actor, _fields(room, handover_id=hid, version=current))
    assert ho.handover_of(db, room).completed


def test_appointment_refusals(db, actor, place):
    room = place["room"]
    assert _refused(ho.schedule_handover, db, actor, room, None).field == "appointment_date"
    past = _refused(ho.schedule_handover, db, actor, room, TODAY - timedelta(days=1))
    assert past.field == "appointment_date" and "completing it" in str(past)
    assert _count(db, Handover) == 0


def test_upcoming_and_overdue_appointments(db, actor, place):
    rooms = {code: _sell(db, actor, place, code) for code in ("3-2-502", "3-2-503", "3-2-504")}
    ho.schedule_handover(db, actor, place["room"], TODAY + timedelta(days=2), "带上购房合同")
    ho.schedule_handover(db, actor, rooms["3-2-502"], TODAY)
    ho.schedule_handover(db, actor, rooms["3-2-503"], TODAY + timedelta(days=10))
    overdue_id = ho.schedule_handover(db, actor, rooms["3-2-504"], TODAY)
    with db.write(actor) as uow:  # the appointment day passed without a handover
        uow.session.execute(
            update(Handover)
            .where(Handover.id == overdue_id)
            .values(appointment_date=TODAY - timedelta(days=3))
        )
    done = _sell(db, actor, place, "3-2-601")
    ho.schedule_handover(db, actor, done, TODAY + timedelta(days=1))
    ho.complete_handover(db, actor, _fields(done, handover_date=TODAY))

    result = ho.appointments(db, days_ahead=7)
    assert [(a.room_code, a.days, a.owners) for a in result.upcoming] == [
        ("3-2-502", 0, "张三、李四"),
        ("3-2-501", 2, "张三、李四"),
    ]
    assert result.upcoming[1].notes == "带上购房合同"
    assert result.upcoming[1].project == "翠湖花园"
    assert [(a.room_code, a.days, a.appointment_date) for a in result.overdue] == [
        ("3-2-504", -3, TODAY - timedelta(days=3))
    ]
    wider = ho.appointments(db, days_ahead=14)
    assert [a.room_code for a in wider.upcoming] == ["3-2-502", "3-2-501", "3-2-503"]


# --- defects ------------------------------------------------------------------------------
def _defect_id(db, room_id, name="卫生间"):
    (item,) = [i for i in ho.handover_of(db, room_id).items if i.name == name]
    return item.id, item.version


def test_rectifying_a_defect_closes_it(db, actor, place):
    room = place["room"]
    ho.complete_handover(db, actor, _fields(room, items=_with_defect()))
    item_id, version = _defect_id(db, room)
    day = HANDED + timedelta(days=10)
    new_version = ho.rectify_defect(db, actor, item_id, version, day, " 维修部 刘工 ")
    assert new_version == version + 1
    (item,) = [i for i in ho.handover_of(db, room).items if i.id == item_id]
    assert (item.rectified_on, item.rectified_by, item.open) == (day, "维修部 刘工", False)
    assert ho.handover_of(db, room).open_defects == []
    assert ho.open_defects(db) == []
    audits = _audits(db)
    assert ("inspection_item", "update", "rectified_on", None, day.isoformat()) in audits
    assert ("inspection_item", "update", "rectified_by", "", "维修部 刘工") in audits
    again = _refused(ho.rectify_defect, db, actor, item_id, new_version, day, "刘工")
    assert again.field == "item" and day.isoformat() in str(again)


def test_rectification_refusals(db, actor, place):
    room = place["room"]
    ho.complete_handover(db, actor, _fields(room, items=_with_defect()))
    item_id, version = _defect_id(db, room)
    ok_id, ok_version = _defect_id(db, room, "厨房")
    before = len(_audits(db))
    day = HANDED + timedelta(days=1)
    cases = {
        "no date": (item_id, version, None, "刘工"),
        "future": (item_id, version, TODAY + timedelta(days=1), "刘工"),
        "before handover": (item_id, version, HANDED - timedelta(days=1), "刘工"),
        "nobody": (item_id, version, day, " "),
        "ok item": (ok_id, ok_version, day, "刘工"),
    }
    fields = {
        name: _refused(ho.rectify_defect, db, actor, *args).field for name, args in cases.items()
    }
    assert fields == {
        "no date": "rectified_on",
        "future": "rectified_on",
        "before handover": "rectified_on",
        "nobody": "rectified_by",
        "ok item": "item",
    }
    stale = (item_id, version + 1, day, "刘工")
    _refused(ho.rectify_defect, db, actor, *stale, error=StaleRecordError)
    _refused(ho.rectify_defect, db, actor, 999_999, None, day, "刘工", error=NotFoundError)
    assert len(_audits(db)) == before
    assert [d.item_id for d in ho.open_defects(db)] == [item_id]
    ho.rectify_defect(db, actor, item_id, version, HANDED, "刘工")  # the handover day itself


def test_open_defects_of_all_rooms_oldest_first(db, actor, place):
    early = place["room"]
    late = _sell(db, actor, place, "3-1-101")
    ho.complete_handover(db, actor, _fields(early, items=_with_defect()))
    recent = TODAY - timedelta(days=5)
    found = {"墙面": "裂缝", "电气": "插座不通电"}
    items = [(n, n not in found, found.get(n, "")) for n in CHECKLIST]
    ho.complete_handover(db, actor, _fields(late, handover_date=recent, items=items))

    rows = ho.open_defects(db)
    assert [(r.room_code, r.name, r.age_days) for r in rows] == [
        ("3-2-501", "卫生间", (TODAY - HANDED).days),
        ("3-1-101", "墙面", 5),
        ("3-1-101", "电气", 5),
    ]
    assert [r.name for r in ho.open_defects(db, room_id=late)] == ["墙面", "电气"]
    assert [r.room_code for r in ho.open_defects(db, older_than_days=30)] == ["3-2-501"]
    assert len(ho.open_defects(db, older_than_days=4)) == 3
    assert ho.open_defects(db, room_id=late, older_than_days=5) == []


# --- the checklist ------------------------------------------------------------------------
def _names(db, include_inactive=False):
    return [t.name for t in ho.inspection_template(db, include_inactive=include_inactive)]


def test_the_seeded_checklist_and_its_maintenance(db, actor):
    assert _names(db) == CHECKLIST
    balcony = ho.add_template_item(db, actor, "  阳台 ")
    assert _names(db)[-1] == "阳台"
    assert _refused(ho.add_template_item, db, actor, "厨房").field == "name"
    assert _refused(ho.add_template_item, db, actor, " ").field == "name"
    assert _refused(ho.add_template_item, db, actor, "长" * 51).field == "name"

    by_name = {t.name: t for t in ho.inspection_template(db)}
    bath = by_name["卫生间"]
    version = ho.rename_template_item(db, actor, bath.id, bath.version, "卫生间及阳台排水")
    assert "卫生间及阳台排水" in _names(db)
    assert _refused(ho.rename_template_item, db, actor, bath.id, version, "厨房").field == "name"
    _refused(
        ho.rename_template_item, db, actor, bath.id, bath.version, "卫浴", error=StaleRecordError
    )
    _refused(ho.rename_template_item, db, actor, 999_999, None, "卫浴", error=NotFoundError)

    gas = by_name["给排水"]
    ho.deactivate_template_item(db, actor, gas.id, gas.version)
    assert "给排水" not in _names(db) and "给排水" in _names(db, include_inactive=True)
    assert _refused(ho.deactivate_template_item, db, actor, gas.id, None).field == "name"
    assert ho.add_template_item(db, actor, "给排水") == gas.id  # brought back, at the end
    assert _names(db)[-1] == "给排水"

    active = ho.inspection_template(db)
    wanted = [t.id for t in reversed(active)]
    assert _refused(ho.reorder_template, db, actor, wanted[:-1]).field == "items"
    assert _refused(ho.reorder_template, db, actor, [*wanted, wanted[0]]).field == "items"
    ho.reorder_template(db, actor, wanted)
    assert [t.id for t in ho.inspection_template(db)] == wanted
    assert balcony in wanted

    audits = [(t, a, f) for t, a, f, _, _ in _audits(db)]
    assert ("inspection_template", "create", None) in audits
    assert ("inspection_template", "update", "name") in audits
    assert ("inspection_template", "update", "active") in audits
    assert ("inspection_template", "update", "position") in audits


def test_the_handover_asks_for_the_active_checklist(db, actor, place):
    by_name = {t.name: t for t in ho.inspection_template(db)}
    gas = by_name["给排水"]
    ho.deactivate_template_item(db, actor, gas.id, gas.version)
    ho.add_template_item(db, actor, "阳台")
    ok_items = [(n, True, "") for n in CHECKLIST if n != "给排水"]
    err = _refused(ho.complete_handover, db, actor, _fields(place["room"], items=ok_items))
    assert err.field == "items" and "阳台" in str(err) and "给排水" not in str(err)
    ho.complete_handover(
        db, actor, _fields(place["room"], items=[*ok_items, ("阳台", False, "栏杆松动")])
    )
    kitchen = by_name["厨房"]
    ho.rename_template_item(db, actor, kitchen.id, kitchen.version, "厨房及燃气")
    names = [i.name for i in ho.handover_of(db, place["room"]).items]
    assert names[0] == "厨房" and names[-1] == "阳台"  # the record keeps its own names


# --- the database's own guards ------------------------------------------------------------
def test_the_schema_refuses_what_the_service_refuses(db, actor, place):
    room = place["room"]
    hid = ho.schedule_handover(db, actor, room, TODAY)
    with pytest.raises(IntegrityError), db.engine.begin() as conn:  # a second open one
        conn.execute(Handover.__table__.insert().values(room_id=room, appointment_date=TODAY))
    item = {"position": 1, "version": 1, "rectified_by": ""}
    bad_rows = [
        (HandoverKey, {"handover_id": hid, "kind": "门禁卡", "count": 0}),
        (MeterReading, {"handover_id": hid, "meter": Meter.GAS, "reading": -1, "unit": "m³"}),
        (InspectionItem, {**item, "handover_id": hid, "name": "厨房", "ok": False, "defect": ""}),
        (
            InspectionItem,
            {
                **item,
                "handover_id": hid,
                "name": "门窗",
                "ok": True,
                "defect": "",
                "rectified_on": TODAY,
            },
        ),
    ]
    for model, values in bad_rows:
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(model.__table__.insert().values(**values))
    assert _count(db, HandoverKey) + _count(db, MeterReading) + _count(db, InspectionItem) == 0
