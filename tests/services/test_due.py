"""The due list (待办事项): leases ending soon, handover appointments today and
overdue, old open defects, sold rooms and spaces without an owner, unverified
customers; each section counted in full and cut at ``limit`` rows."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from crm_desktop import config
from crm_desktop.db.models import ParkingSpace, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import Role, RoomStatus, SpaceStatus
from crm_desktop.services import customers as c
from crm_desktop.services import handover as ho
from crm_desktop.services import identities as idn
from crm_desktop.services import resources as r
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t
from crm_desktop.services.due import due_list
from tests.factories import person, portfolio, resident_id, room_ids

SIGNED = date(2024, 3, 15)
TODAY = clock.today()


@pytest.fixture
def place(db, actor):
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    p["zhang"] = c.create_customer(db, actor, person("张三", "13800138000"))
    p["li"] = c.create_customer(db, actor, person("李四", "13900139000"))
    p["wang"] = c.create_customer(db, actor, person("王五", "13700137000"))
    return p


def _sell(db, actor, p, code=None, *, space=None, buyers=None):
    kw = {"room_id": p["rooms"][code]} if code else {"space_id": space}
    buyers = buyers or [sales.Buyer(customer_id=p["zhang"])]
    sales.register_sale(
        db, actor, sales.SaleFields(f"HT-{code or space}", SIGNED, "100000", buyers, **kw)
    )
    return kw.get("room_id") or space


def _set_status(db, actor, model, rid, status):
    with db.write(actor) as uow:
        uow.session.get(model, rid).status = status


def _lease(db, actor, p, room, end, start=None):
    return t.start_lease(
        db,
        actor,
        t.LeaseFields(
            landlord_id=p["zhang"],
            start_date=start or TODAY - timedelta(days=300),
            end_date=end,
            rent="3500",
            tenants=[t.Tenant(customer_id=p["wang"])],
            room_ids=[room],
        ),
    )


def _checklist(db, defect_on: str | None = None, text: str = "地漏反水"):
    names = [i.name for i in ho.inspection_template(db)]
    return [(n, n != defect_on, text if n == defect_on else "") for n in names]


def _hand_over(db, actor, room, day, defect_on=None, text="地漏反水"):
    return ho.complete_handover(
        db,
        actor,
        ho.HandoverFields(
            room_id=room,
            handover_date=day,
            handled_by="王工",
            keys=[("入户门钥匙", 2)],
            items=_checklist(db, defect_on, text),
        ),
    )


def _gap_ids(section):
    return [r.room_id if r.room_id is not None else r.space_id for r in section.rows]


# --- leases -------------------------------------------------------------------------------
def test_leases_ending_within_n_days_soonest_first_without_renewed_or_terminated(db, actor, place):
    p = place
    rooms = {code: _sell(db, actor, p, code) for code in ("3-1-101", "3-1-102", "3-1-103")}
    rooms.update({code: _sell(db, actor, p, code) for code in ("3-1-104", "3-1-201")})
    at_30 = _lease(db, actor, p, rooms["3-1-101"], TODAY + timedelta(days=30))
    at_31 = _lease(db, actor, p, rooms["3-1-102"], TODAY + timedelta(days=31))
    at_5 = _lease(db, actor, p, rooms["3-1-103"], TODAY + timedelta(days=5))
    renewed = _lease(db, actor, p, rooms["3-1-104"], TODAY + timedelta(days=10))
    t.renew_lease(db, actor, renewed, None, TODAY + timedelta(days=400))
    ended = _lease(db, actor, p, rooms["3-1-201"], TODAY + timedelta(days=8))
    t.terminate_lease(db, actor, ended, None, TODAY, "搬走")

    due = due_list(db, lease_days=30, today=TODAY).leases
    assert [r.lease_id for r in due.rows] == [at_5, at_30]
    assert due.total == 2 and due.more == 0
    row = due.rows[0]
    assert row.resources == ("翠湖花园 3-1-103",)
    assert (row.tenants, row.landlord) == (("王五",), "张三")
    assert (row.end_date, row.days_left) == (TODAY + timedelta(days=5), 5)

    assert [r.lease_id for r in due_list(db, lease_days=31).leases.rows] == [at_5, at_30, at_31]
    assert [r.lease_id for r in due_list(db, lease_days=4).leases.rows] == []
    # The day the keys are handed back it is still due ("ends today"), the day after not.
    end = TODAY + timedelta(days=5)
    assert [(r.lease_id, r.days_left) for r in due_list(db, today=end).leases.rows][0] == (
        at_5,
        0,
    )
    later = due_list(db, today=end + timedelta(days=1)).leases.rows
    assert at_5 not in [r.lease_id for r in later]
    # The renewal itself becomes due when its own end approaches.
    far = due_list(db, today=TODAY + timedelta(days=380)).leases.rows
    assert [r.resources for r in far] == [("翠湖花园 3-1-104",)]


def test_a_cancelled_renewal_makes_the_lease_due_again(db, actor, place):
    p = place
    room = _sell(db, actor, p, "3-1-101")
    lease = _lease(db, actor, p, room, TODAY + timedelta(days=10))
    renewal = t.renew_lease(db, actor, lease, None, TODAY + timedelta(days=400))
    assert due_list(db).leases.total == 0
    t.terminate_lease(db, actor, renewal, None, TODAY + timedelta(days=10), "不续了")
    assert [r.lease_id for r in due_list(db).leases.rows] == [lease]


# --- handover appointments and defects ----------------------------------------------------
def test_appointments_today_and_overdue_not_later_not_completed(db, actor, place):
    p = place
    both = [sales.Buyer("60", customer_id=p["zhang"]), sales.Buyer("40", customer_id=p["li"])]
    first = _sell(db, actor, p, "3-2-501", buyers=both)
    second = _sell(db, actor, p, "3-2-502")
    third = _sell(db, actor, p, "3-2-503")
    ho.schedule_handover(db, actor, first, TODAY)
    ho.schedule_handover(db, actor, second, TODAY + timedelta(days=1))
    ho.schedule_handover(db, actor, third, TODAY + timedelta(days=2))

    due = due_list(db, today=TODAY).appointments
    assert due.total == 1
    row = due.rows[0]
    assert (row.room_id, row.label, row.owners) == (first, "翠湖花园 3-2-501", "张三、李四")
    assert (row.appointment_date, row.days_overdue) == (TODAY, 0)

    # Two days on: the first is 2 days overdue, the second 1, the third due today.
    due = due_list(db, today=TODAY + timedelta(days=2)).appointments
    assert [(r.room_id, r.days_overdue) for r in due.rows] == [(first, 2), (second, 1), (third, 0)]
    assert due_list(db, today=TODAY + timedelta(days=2), limit=2).appointments.total == 3

    _hand_over(db, actor, first, TODAY)
    due = due_list(db, today=TODAY + timedelta(days=2)).appointments
    assert [r.room_id for r in due.rows] == [second, third]


def test_open_defects_older_than_n_days(db, actor, place):
    p = place
    room = _sell(db, actor, p, "3-2-501")
    other = _sell(db, actor, p, "3-2-502")
    handed = date(2024, 4, 2)
    _hand_over(db, actor, room, handed, "卫生间", "地漏反水")
    _hand_over(db, actor, other, handed + timedelta(days=1), "门窗", "窗框渗水")

    # Exactly 14 days old: not yet due; 15 days: due.
    assert due_list(db, defect_days=14, today=handed + timedelta(days=14)).defects.total == 0
    due = due_list(db, defect_days=14, today=handed + timedelta(days=15)).defects
    assert due.total == 1
    row = due.rows[0]
    assert (row.room_id, row.label, row.item, row.description) == (
        room,
        "翠湖花园 3-2-501",
        "卫生间",
        "地漏反水",
    )
    assert (row.reported_on, row.age_days) == (handed, 15)
    due = due_list(db, defect_days=14, today=handed + timedelta(days=16)).defects
    assert [(r.room_id, r.age_days) for r in due.rows] == [(room, 16), (other, 15)]

    record = ho.handover_of(db, room)
    item = record.open_defects[0]
    ho.rectify_defect(db, actor, item.id, item.version, handed + timedelta(days=20), "维修部")
    due = due_list(db, defect_days=14).defects
    assert [r.room_id for r in due.rows] == [other]
    assert due.rows[0].age_days == (TODAY - handed).days - 1


# --- data gaps ----------------------------------------------------------------------------
def test_sold_rooms_without_a_current_owner(db, actor, place):
    p = place
    rooms = p["rooms"]
    sold = _sell(db, actor, p, "3-1-101")  # owners from the sale: fine
    bare = rooms["3-1-102"]
    _set_status(db, actor, Room, bare, RoomStatus.HANDED_OVER)  # taken over without owners
    rented = rooms["3-1-103"]
    _set_status(db, actor, Room, rented, RoomStatus.RENTED)
    # An owner who sold on: ended at the end of the month.
    ends = TODAY + timedelta(days=10)
    left = rooms["3-1-104"]
    _set_status(db, actor, Room, left, RoomStatus.OCCUPIED)
    ident = idn.add_identity(
        db,
        actor,
        p["li"],
        idn.IdentityFields(Role.OWNER, room_id=left, share="100", start_date=SIGNED),
    )
    idn.end_identity(db, actor, ident, None, ends, "卖出")

    due = due_list(db, today=TODAY).rooms_without_owner
    assert _gap_ids(due) == [bare, rented]
    assert due.rows[0].label == "翠湖花园 3-1-102"
    assert due.rows[0].status == RoomStatus.HANDED_OVER
    assert sold not in _gap_ids(due)
    # The day the ownership ended the room has no owner any more; the day before it has.
    assert _gap_ids(due_list(db, today=ends - timedelta(days=1)).rooms_without_owner) == [
        bare,
        rented,
    ]
    assert _gap_ids(due_list(db, today=ends).rooms_without_owner) == [bare, rented, left]


def test_sold_parking_spaces_without_an_owner(db, actor, place):
    p = place
    owned, bare, rented, assigned = p["spaces"][:4]
    _sell(db, actor, p, space=owned)
    _set_status(db, actor, ParkingSpace, bare, SpaceStatus.SOLD)
    _set_status(db, actor, ParkingSpace, rented, SpaceStatus.RENTED)
    _set_status(db, actor, ParkingSpace, assigned, SpaceStatus.ASSIGNED)
    due = due_list(db).spaces_without_owner
    assert _gap_ids(due) == [bare, rented]
    assert due.rows[0].label == "翠湖花园 地下停车场 B1-002"
    assert (due.rows[0].room_id, due.rows[1].status) == (None, SpaceStatus.RENTED)


def test_a_long_section_keeps_its_total_and_shows_the_first_rows(db, actor, place):
    p = place
    codes = sorted(p["rooms"])[:7]
    for code in codes:
        _set_status(db, actor, Room, p["rooms"][code], RoomStatus.SOLD)
    due = due_list(db, limit=3).rooms_without_owner
    assert due.total == 7 and len(due.rows) == 3 and due.more == 4
    assert [r.label for r in due.rows] == [
        "翠湖花园 3-1-101",
        "翠湖花园 3-1-102",
        "翠湖花园 3-1-103",
    ]


def test_rooms_come_in_building_order_and_retired_rooms_are_left_out(db, actor, place):
    p = place
    plan = r.RoomPlan(["1"], r.floor_range(1, 1), 1)
    for code in ("10", "2"):
        r.create_building(db, actor, r.BuildingFields(p["project"], code, f"{code}栋"), plan)
    with db.write(actor) as uow:
        for room in uow.session.scalars(select(Room).where(Room.code.in_(["10-1-101", "2-1-101"]))):
            room.status = RoomStatus.OCCUPIED
    _set_status(db, actor, Room, p["rooms"]["3-1-101"], RoomStatus.OCCUPIED)
    _set_status(db, actor, Room, p["rooms"]["3-1-102"], RoomStatus.OCCUPIED)
    labels = [row.label for row in due_list(db).rooms_without_owner.rows]
    assert labels == [f"翠湖花园 {code}" for code in ("2-1-101", "3-1-101", "3-1-102", "10-1-101")]
    merged = [p["rooms"]["3-1-101"], p["rooms"]["3-1-102"]]
    with db.read() as s:
        versions = {rid: s.get(Room, rid).version for rid in merged}
    r.merge_rooms(db, actor, versions, r.RoomPart("150", None))
    # The originals are retired; the merged room keeps their status and has no owner either.
    rows = due_list(db).rooms_without_owner.rows
    assert not set(merged) & set(_gap_ids(due_list(db).rooms_without_owner))
    assert [row.label for row in rows] == [
        f"翠湖花园 {code}" for code in ("2-1-101", "3-1-150", "10-1-101")
    ]


def test_customers_without_a_verified_id_newest_first_merged_left_out(db, actor, place):
    p = place
    checked = c.create_customer(db, actor, person("赵六", "13600136000", resident_id()))
    c.verify_customer(db, actor, checked, 1)
    unverified = c.create_customer(db, actor, person("钱七", "13500135000", resident_id(seq="456")))
    dup = c.create_customer(db, actor, person("钱七", "13500135001"))
    c.merge_customers(db, actor, unverified, dup)

    due = due_list(db).unverified_customers
    ids = [r.customer_id for r in due.rows]
    assert ids == [unverified, p["wang"], p["li"], p["zhang"]]  # newest first
    assert checked not in ids and dup not in ids
    assert due.total == 4
    row = due.rows[0]
    assert (row.name, row.phone, row.has_document) == ("钱七", "135****5000", True)
    assert due.rows[1].has_document is False

    limited = due_list(db, limit=2).unverified_customers
    assert limited.total == 4 and [r.customer_id for r in limited.rows] == ids[:2]
    assert limited.more == 2
    assert due_list(db).total == 4


def test_an_empty_database_has_nothing_due(db, actor):
    due = due_list(db, lease_days=30, defect_days=14)
    assert due.total == 0
    assert (due.lease_days, due.defect_days, due.today) == (30, 14, TODAY)
    assert due.leases.rows == () and due.unverified_customers.total == 0


# --- the settings that set N --------------------------------------------------------------
def test_settings_keep_the_due_days_and_refuse_nonsense(tmp_path):
    assert (config.Settings().due_lease_days, config.Settings().due_defect_days) == (30, 14)
    config.save(config.Settings(due_lease_days=60, due_defect_days=7))
    loaded = config.load()
    assert (loaded.due_lease_days, loaded.due_defect_days) == (60, 7)
    path = config.settings_path()
    for bad in (0, -3, 366, "30", 12.5, None, True):
        path.write_text(json.dumps({"due_lease_days": bad, "due_defect_days": bad}), "utf-8")
        loaded = config.load()
        assert (loaded.due_lease_days, loaded.due_defect_days) == (30, 14), bad
    path.write_text(json.dumps({"due_lease_days": 365, "due_defect_days": 1}), "utf-8")
    assert (config.load().due_lease_days, config.load().due_defect_days) == (365, 1)


def test_the_data_gaps_of_an_earlier_list_can_be_reused(db, actor):
    """``gaps_from`` keeps the costly data-gap sections and reads the rest."""
    first = due_list(db)
    c.create_customer(db, actor, person("新客户", "13100131000"))
    reused = due_list(db, gaps_from=first)
    fresh = due_list(db)
    assert reused.unverified_customers == first.unverified_customers
    assert fresh.unverified_customers.total == first.unverified_customers.total + 1
    assert reused.leases == fresh.leases
