"""Tenancy (出租): starting, renewing, terminating and expiring leases, the tenants'
identities that follow them and the *rented* status of what is let."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry, Identity, Lease, ParkingSpace, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import LeaseState, RentPeriod, Role, RoomStatus, SpaceStatus
from crm_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t
from tests.factories import person, portfolio, room_ids

SIGNED = date(2024, 3, 15)
TODAY = clock.today()


@pytest.fixture
def place(db, actor):
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    p["zhang"] = c.create_customer(db, actor, person("张三", "13800138000"))
    p["li"] = c.create_customer(db, actor, person("李四", "13900139000"))
    p["wang"] = c.create_customer(db, actor, person("王五", "13700137000"))
    p["room"] = p["rooms"]["3-2-501"]
    p["space"] = p["spaces"][0]
    for number, kw in (("HT-1", {"room_id": p["room"]}), ("CW-1", {"space_id": p["space"]})):
        sales.register_sale(
            db,
            actor,
            sales.SaleFields(number, SIGNED, "100000", [sales.Buyer(customer_id=p["zhang"])], **kw),
        )
    _set_status(db, actor, Room, p["room"], RoomStatus.HANDED_OVER)
    return p


def _set_status(db, actor, model, rid, status):
    with db.write(actor) as uow:
        uow.session.get(model, rid).status = status


def _status(db, model, rid):
    with db.read() as s:
        return s.get(model, rid).status


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


def _fields(p, **kw):
    return t.LeaseFields(
        landlord_id=kw.pop("landlord_id", p["zhang"]),
        start_date=kw.pop("start_date", TODAY - timedelta(days=10)),
        end_date=kw.pop("end_date", TODAY + timedelta(days=355)),
        rent=kw.pop("rent", "3,500"),
        tenants=kw.pop("tenants", [t.Tenant(customer_id=p["wang"])]),
        room_ids=kw.pop("room_ids", [p["room"]]),
        space_ids=kw.pop("space_ids", []),
        **kw,
    )


def _tenants_on(db, *, room_id=None, space_id=None, as_of=None):
    return [
        (r.customer_name, r.start_date, r.end_date)
        for r in idn.resource_identities(db, room_id=room_id, space_id=space_id, as_of=as_of)
        if r.role == Role.TENANT
    ]


def _refused(call, *args, error=ValidationError, **kwargs):
    with pytest.raises(error) as exc:
        call(*args, **kwargs)
    return exc.value


# --- starting a lease ---------------------------------------------------------------------
def test_a_flat_and_a_parking_space_let_on_one_lease_to_two_tenants(db, actor, place):
    p = place
    start, end = TODAY - timedelta(days=10), TODAY + timedelta(days=355)
    before = len(_audits(db))
    lease_id = t.start_lease(
        db,
        actor,
        _fields(
            p,
            tenants=[t.Tenant(customer_id=p["wang"]), t.Tenant(new=person("赵六", "13600136000"))],
            space_ids=[p["space"]],
            period=RentPeriod.QUARTERLY,
            deposit="７000",
            notes=" 押一付三 ",
        ),
    )
    row = t.lease_of(db, lease_id)
    assert (row.landlord_name, row.start_date, row.end_date) == ("张三", start, end)
    assert (row.rent, row.period, row.deposit, row.notes) == (
        Decimal("3500.00"),
        RentPeriod.QUARTERLY,
        Decimal("7000.00"),
        "押一付三",
    )
    assert row.payment_day == min(start.day, 28)  # by default the start date's day
    assert [name for _, name in row.tenants] == sorted(["王五", "赵六"])
    assert [r.label for r in row.resources] == ["翠湖花园 3-2-501", "翠湖花园 地下停车场 B1-001"]
    assert row.state == LeaseState.ACTIVE and row.renewed_by_id is None
    # Each tenant is a tenant of the flat and of the space, up to the lease's end.
    for where in ({"room_id": p["room"]}, {"space_id": p["space"]}):
        assert sorted(_tenants_on(db, **where)) == [("王五", start, end), ("赵六", start, end)]
        assert _tenants_on(db, **where, as_of=end) == []  # they end with the lease
    assert _status(db, Room, p["room"]) == RoomStatus.RENTED
    assert _status(db, ParkingSpace, p["space"]) == SpaceStatus.RENTED
    assert [r.id for r in t.leases_of(db, room_id=p["room"])] == [lease_id]
    assert [r.id for r in t.leases_of(db, space_id=p["space"])] == [lease_id]
    assert [r.id for r in t.customer_leases(db, p["zhang"])] == [lease_id]
    assert [r.id for r in t.customer_leases(db, p["wang"])] == [lease_id]
    added = _audits(db)[before:]
    assert [a[:2] for a in added].count(("identity", "create")) == 4
    assert ("lease", "create") in [a[:2] for a in added]
    assert ("customer", "create") in [a[:2] for a in added]
    assert ("room", "update", "status", "handed_over", "rented") in added
    assert ("parking_space", "update", "status", "sold", "rented") in added


def test_refusals_leave_nothing_behind(db, actor, place):
    p = place
    new_tenant = [t.Tenant(new=person("赵六", "13600136000"))]
    cases = {
        "not owner": (_fields(p, landlord_id=p["li"], tenants=new_tenant), "landlord_id"),
        "no landlord": (_fields(p, landlord_id=None), "landlord_id"),
        "no tenant": (_fields(p, tenants=[]), "tenants"),
        "empty tenant": (_fields(p, tenants=[*new_tenant, t.Tenant()]), "tenants"),
        "tenant twice": (_fields(p, tenants=[t.Tenant(customer_id=p["wang"])] * 2), "tenants"),
        "landlord tenant": (_fields(p, tenants=[t.Tenant(customer_id=p["zhang"])]), "tenants"),
        "nothing let": (_fields(p, room_ids=[]), "resources"),
        "twice let": (_fields(p, room_ids=[p["room"], p["room"]]), "resources"),
        "no start": (_fields(p, start_date=None), "start_date"),
        "no end": (_fields(p, end_date=None), "end_date"),
        "end first": (_fields(p, end_date=TODAY - timedelta(days=10)), "end_date"),
        "too long": (_fields(p, end_date=TODAY + timedelta(days=366 * 21)), "end_date"),
        "rent zero": (_fields(p, rent="0"), "rent"),
        "rent text": (_fields(p, rent="abc"), "rent"),
        "rent empty": (_fields(p, rent=""), "rent"),
        "rent fen": (_fields(p, rent="3500.005"), "rent"),
        "deposit": (_fields(p, deposit="-1"), "deposit"),
        "payment day": (_fields(p, payment_day="29"), "payment_day"),
        "period": (_fields(p, period="weekly"), "period"),
        "before owning": (_fields(p, start_date=SIGNED - timedelta(days=1)), "landlord_id"),
        # the space is not the landlord's: 李四 owns nothing
        "space": (
            _fields(p, landlord_id=p["li"], room_ids=[], space_ids=[p["space"]]),
            "landlord_id",
        ),
    }
    before = (_audits(db), c.count_customers(db), _count(db, Lease), _count(db, Identity))
    fields = {name: _refused(t.start_lease, db, actor, f).field for name, (f, _) in cases.items()}
    assert fields == {name: field for name, (_, field) in cases.items()}
    after = (_audits(db), c.count_customers(db), _count(db, Lease), _count(db, Identity))
    assert after == before  # not even the new tenant of a refused lease is kept
    assert _status(db, Room, p["room"]) == RoomStatus.HANDED_OVER
    with pytest.raises(NotFoundError):
        t.start_lease(db, actor, _fields(p, room_ids=[999999]))


def test_overlapping_leases_of_one_resource_are_refused_adjacent_ones_are_not(db, actor, place):
    p = place
    first = t.start_lease(db, actor, _fields(p, space_ids=[p["space"]]))
    end = t.lease_of(db, first).end_date
    li = c.create_customer(db, actor, person("钱七", "13500135000"))
    before = (_audits(db), _count(db, Lease))
    error = _refused(
        t.start_lease,
        db,
        actor,
        _fields(
            p,
            tenants=[t.Tenant(customer_id=li)],
            room_ids=[],
            space_ids=[p["space"]],
            start_date=end - timedelta(days=1),
            end_date=end + timedelta(days=100),
        ),
    )
    assert error.field == "start_date" and "B1-001" in str(error) and "王五" in str(error)
    assert (_audits(db), _count(db, Lease)) == before
    # A lease that starts the day the first one ends does not overlap it.
    following = t.start_lease(
        db,
        actor,
        _fields(
            p,
            tenants=[t.Tenant(customer_id=li)],
            room_ids=[],
            space_ids=[p["space"]],
            start_date=end,
            end_date=end + timedelta(days=100),
        ),
    )
    assert t.lease_of(db, following).state == LeaseState.UPCOMING


def test_a_tenant_recorded_by_hand_over_the_same_dates_is_refused(db, actor, place):
    p = place
    room = p["rooms"]["3-2-503"]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields("HT-3", SIGNED, "1", [sales.Buyer(customer_id=p["zhang"])], room_id=room),
    )
    idn.add_identity(
        db, actor, p["wang"], idn.IdentityFields(Role.TENANT, room_id=room, start_date=SIGNED)
    )
    error = _refused(t.start_lease, db, actor, _fields(p, room_ids=[room]))
    assert error.field == "tenants" and "王五" in str(error)


def test_an_upcoming_lease_marks_the_room_rented_when_it_begins(db, actor, place):
    p = place
    start = TODAY + timedelta(days=5)
    lease_id = t.start_lease(
        db, actor, _fields(p, start_date=start, end_date=start + timedelta(days=365))
    )
    assert t.lease_of(db, lease_id).state == LeaseState.UPCOMING
    assert _status(db, Room, p["room"]) == RoomStatus.HANDED_OVER
    assert t.refresh_expired(db, actor) == t.StatusRefresh()
    done = t.refresh_expired(db, actor, today=start)
    assert done.rented_rooms == [p["room"]] and done.changed
    assert _status(db, Room, p["room"]) == RoomStatus.RENTED
    before = len(_audits(db))
    assert not t.refresh_expired(db, actor, today=start + timedelta(days=1)).changed
    assert len(_audits(db)) == before  # nothing to do: nothing written


def test_an_expired_lease_releases_the_flat_and_the_space(db, actor, place):
    p = place
    end = TODAY + timedelta(days=10)
    lease_id = t.start_lease(
        db,
        actor,
        _fields(p, start_date=TODAY - timedelta(days=30), end_date=end, space_ids=[p["space"]]),
    )
    assert not t.refresh_expired(db, actor, today=end - timedelta(days=1)).changed
    assert t.lease_state(t.lease_of(db, lease_id), end) == LeaseState.EXPIRED
    done = t.refresh_expired(db, actor, today=end)
    assert (done.released_rooms, done.released_spaces) == ([p["room"]], [p["space"]])
    # The tenant moved out: the handed-over flat is vacant; the space is the owner's again.
    assert _status(db, Room, p["room"]) == RoomStatus.VACANT
    assert _status(db, ParkingSpace, p["space"]) == SpaceStatus.SOLD
    assert _tenants_on(db, room_id=p["room"], as_of=end) == []
    audits = _audits(db)
    assert ("room", "update", "status", "rented", "vacant") in audits
    assert ("parking_space", "update", "status", "rented", "sold") in audits


def test_a_status_changed_by_hand_or_a_room_without_lease_is_left_alone(db, actor, place):
    p = place
    end = TODAY + timedelta(days=10)
    t.start_lease(db, actor, _fields(p, start_date=TODAY - timedelta(days=30), end_date=end))
    _set_status(db, actor, Room, p["room"], RoomStatus.RENOVATING)
    other = p["rooms"]["3-2-502"]
    _set_status(db, actor, Room, other, RoomStatus.RENTED)  # taken over, no lease recorded
    assert not t.refresh_expired(db, actor, today=end).changed
    assert _status(db, Room, p["room"]) == RoomStatus.RENOVATING
    assert _status(db, Room, other) == RoomStatus.RENTED


def test_a_room_only_sold_goes_back_to_sold(db, actor, place):
    p = place
    _set_status(db, actor, Room, p["room"], RoomStatus.SOLD)
    end = TODAY + timedelta(days=3)
    t.start_lease(db, actor, _fields(p, start_date=TODAY, end_date=end))
    assert _status(db, Room, p["room"]) == RoomStatus.RENTED
    t.refresh_expired(db, actor, today=end)
    assert _status(db, Room, p["room"]) == RoomStatus.SOLD


# --- renewal ------------------------------------------------------------------------------
def test_a_renewal_follows_on_and_extends_the_tenants(db, actor, place):
    p = place
    old_id = t.start_lease(db, actor, _fields(p, space_ids=[p["space"]]))
    old = t.lease_of(db, old_id)
    new_end = old.end_date + timedelta(days=365)
    before = {r.id for r in idn.resource_history(db, room_id=p["room"])}
    new_id = t.renew_lease(db, actor, old_id, old.version, new_end, "3,800", payment_day="5")
    new = t.lease_of(db, new_id)
    assert (new.start_date, new.end_date, new.renewed_from_id) == (old.end_date, new_end, old_id)
    assert (new.rent, new.deposit, new.period, new.payment_day) == (
        Decimal("3800.00"),
        old.deposit,
        old.period,
        5,
    )
    assert (new.landlord_id, new.tenants) == (old.landlord_id, old.tenants)
    assert [r.label for r in new.resources] == [r.label for r in old.resources]
    assert new.state == LeaseState.UPCOMING
    assert t.lease_of(db, old_id).renewed_by_id == new_id
    # The same identities now run to the new end: one continuous tenancy in the history.
    history = idn.resource_history(db, room_id=p["room"])
    assert {r.id for r in history} == before
    assert _tenants_on(db, room_id=p["room"], as_of=old.end_date) == [
        ("王五", old.start_date, new_end)
    ]
    assert [r.id for r in t.leases_of(db, room_id=p["room"])] == [old_id, new_id]
    audits = _audits(db)
    assert ("lease", "renew", None) in [a[:3] for a in audits]
    assert (
        "identity",
        "update",
        "end_date",
        old.end_date.isoformat(),
        new_end.isoformat(),
    ) in audits
    # When the first term runs out the room stays rented: the renewal is active.
    assert not t.refresh_expired(db, actor, today=old.end_date).changed
    assert _status(db, Room, p["room"]) == RoomStatus.RENTED
    # A term is renewed once; a stale copy is refused.
    again = _refused(t.renew_lease, db, actor, old_id, None, new_end + timedelta(days=30))
    assert again.field == "lease"
    _refused(
        t.renew_lease, db, actor, new_id, 99, new_end + timedelta(days=30), error=StaleRecordError
    )
    assert _refused(t.renew_lease, db, actor, new_id, None, new_end).field == "end_date"


def test_renewing_after_expiry_marks_the_room_rented_again(db, actor, place):
    p = place
    start = TODAY - timedelta(days=400)
    old_id = t.start_lease(
        db, actor, _fields(p, start_date=start, end_date=TODAY - timedelta(days=35))
    )
    assert t.lease_of(db, old_id).state == LeaseState.EXPIRED
    assert _status(db, Room, p["room"]) == RoomStatus.HANDED_OVER  # never active since entry
    new_id = t.renew_lease(db, actor, old_id, None, TODAY + timedelta(days=330))
    assert t.lease_of(db, new_id).state == LeaseState.ACTIVE
    assert _status(db, Room, p["room"]) == RoomStatus.RENTED
    assert _tenants_on(db, room_id=p["room"]) == [("王五", start, TODAY + timedelta(days=330))]


# --- termination --------------------------------------------------------------------------
def test_terminating_early_ends_the_tenants_and_frees_the_room(db, actor, place):
    p = place
    lease_id = t.start_lease(
        db, actor, _fields(p, start_date=TODAY - timedelta(days=100), space_ids=[p["space"]])
    )
    row = t.lease_of(db, lease_id)
    renewal = t.renew_lease(db, actor, lease_id, row.version, row.end_date + timedelta(days=90))
    row = t.lease_of(db, lease_id)
    day = TODAY - timedelta(days=3)
    t.terminate_lease(db, actor, lease_id, row.version, day, " 租户 工作调动 ")
    row = t.lease_of(db, lease_id)
    assert (row.state, row.terminated_on, row.termination_reason) == (
        LeaseState.TERMINATED,
        day,
        "租户 工作调动",
    )
    assert _tenants_on(db, room_id=p["room"], as_of=day) == []
    assert _tenants_on(db, room_id=p["room"], as_of=day - timedelta(days=1)) == [
        ("王五", row.start_date, day)
    ]
    with db.read() as s:
        reasons = set(s.scalars(select(Identity.end_reason).where(Identity.role == Role.TENANT)))
    assert reasons == {"租户 工作调动"}
    # The renewal that had not begun is cancelled with it.
    cancelled = t.lease_of(db, renewal)
    assert (cancelled.state, cancelled.terminated_on) == (
        LeaseState.TERMINATED,
        cancelled.start_date,
    )
    assert _status(db, Room, p["room"]) == RoomStatus.VACANT
    assert _status(db, ParkingSpace, p["space"]) == SpaceStatus.SOLD
    # Leases can follow from the termination date on.
    after = t.start_lease(
        db,
        actor,
        _fields(
            p,
            tenants=[t.Tenant(customer_id=p["li"])],
            start_date=day,
            end_date=day + timedelta(days=200),
        ),
    )
    assert t.lease_of(db, after).state == LeaseState.ACTIVE


def test_termination_refusals(db, actor, place):
    p = place
    start = TODAY - timedelta(days=100)
    lease_id = t.start_lease(db, actor, _fields(p, start_date=start))
    row = t.lease_of(db, lease_id)
    before = (_audits(db), _status(db, Room, p["room"]))
    cases = {
        "no reason": (TODAY, " ", "reason"),
        "no date": (None, "搬走", "terminated_on"),
        "future": (TODAY + timedelta(days=1), "搬走", "terminated_on"),
        "before start": (start - timedelta(days=1), "搬走", "terminated_on"),
        "at the end": (row.end_date, "搬走", "terminated_on"),
    }
    for name, (day, reason, field_name) in cases.items():
        error = _refused(t.terminate_lease, db, actor, lease_id, row.version, day, reason)
        assert error.field == field_name, name
    _refused(t.terminate_lease, db, actor, lease_id, 99, TODAY, "搬走", error=StaleRecordError)
    assert (_audits(db), _status(db, Room, p["room"])) == before
    t.terminate_lease(db, actor, lease_id, row.version, TODAY, "搬走")
    assert _status(db, Room, p["room"]) == RoomStatus.VACANT
    again = _refused(t.terminate_lease, db, actor, lease_id, None, TODAY, "搬走")
    assert again.field == "terminated_on"
    assert _refused(t.renew_lease, db, actor, lease_id, None, TODAY + timedelta(days=9)).field == (
        "lease"
    )


def test_a_lease_not_begun_is_cancelled_on_its_start_date(db, actor, place):
    p = place
    start = TODAY + timedelta(days=20)
    lease_id = t.start_lease(
        db, actor, _fields(p, start_date=start, end_date=start + timedelta(days=365))
    )
    assert _refused(t.terminate_lease, db, actor, lease_id, None, start + timedelta(days=1), "x")
    t.terminate_lease(db, actor, lease_id, None, start, "租客反悔")
    row = t.lease_of(db, lease_id)
    assert (row.state, row.terminated_on) == (LeaseState.TERMINATED, start)
    assert _tenants_on(db, room_id=p["room"], as_of=start) == []
    assert _status(db, Room, p["room"]) == RoomStatus.HANDED_OVER
    # The cancelled lease does not block the same dates.
    t.start_lease(db, actor, _fields(p, start_date=start, end_date=start + timedelta(days=30)))


def test_a_renewal_that_has_begun_blocks_terminating_the_earlier_term(db, actor, place):
    p = place
    old_id = t.start_lease(
        db,
        actor,
        _fields(p, start_date=TODAY - timedelta(days=400), end_date=TODAY - timedelta(days=35)),
    )
    new_id = t.renew_lease(db, actor, old_id, None, TODAY + timedelta(days=330))
    error = _refused(t.terminate_lease, db, actor, old_id, None, TODAY - timedelta(days=40), "x")
    assert error.field == "terminated_on"
    t.terminate_lease(db, actor, new_id, None, TODAY, "提前退租")
    assert _status(db, Room, p["room"]) == RoomStatus.VACANT


# --- reading ------------------------------------------------------------------------------
def test_leases_ending_soon_leave_out_renewed_and_terminated_ones(db, actor, place):
    p = place
    soon = t.start_lease(
        db,
        actor,
        _fields(p, start_date=TODAY - timedelta(days=300), end_date=TODAY + timedelta(days=20)),
    )
    renewed = t.start_lease(
        db,
        actor,
        _fields(
            p,
            room_ids=[],
            space_ids=[p["space"]],
            start_date=TODAY - timedelta(days=300),
            end_date=TODAY + timedelta(days=15),
        ),
    )
    t.renew_lease(db, actor, renewed, None, TODAY + timedelta(days=400))
    other_room = p["rooms"]["3-2-502"]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "HT-2", SIGNED, "1", [sales.Buyer(customer_id=p["zhang"])], room_id=other_room
        ),
    )
    ended = t.start_lease(
        db,
        actor,
        _fields(
            p,
            room_ids=[other_room],
            start_date=TODAY - timedelta(days=300),
            end_date=TODAY + timedelta(days=5),
        ),
    )
    t.terminate_lease(db, actor, ended, None, TODAY, "搬走")
    due = t.leases_ending_within(db, 30)
    assert [r.id for r in due] == [soon]
    assert due[0].days_left() == 20
    assert t.leases_ending_within(db, 10) == []
    assert [r.id for r in t.leases_ending_within(db, 10, today=TODAY + timedelta(days=12))] == [
        soon
    ]


def test_lease_state():
    row = Lease(start_date=date(2025, 3, 1), end_date=date(2026, 3, 1), terminated_on=None)
    assert t.lease_state(row, date(2025, 2, 28)) == LeaseState.UPCOMING
    assert t.lease_state(row, date(2025, 3, 1)) == LeaseState.ACTIVE
    assert t.lease_state(row, date(2026, 2, 28)) == LeaseState.ACTIVE
    assert t.lease_state(row, date(2026, 3, 1)) == LeaseState.EXPIRED
    row.terminated_on = date(2025, 9, 1)
    assert t.lease_state(row, date(2025, 5, 1)) == LeaseState.TERMINATED


def test_money_parsing():
    assert t.parse_money("¥3,500.5") == Decimal("3500.50")
    assert t.parse_money("", "deposit") == Decimal("0.00")
    assert t.parse_money("0", "deposit") == Decimal("0.00")
    with pytest.raises(ValidationError):
        t.parse_money("0")
