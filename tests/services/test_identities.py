"""Identities on rooms and spaces: shares, family relations, ending, history, as-of."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from crm_desktop.db.models import ParkingSpace
from crm_desktop.domain import clock
from crm_desktop.domain.enums import Role
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from tests.factories import person, portfolio, room_ids

D = date.fromisoformat


@pytest.fixture
def place(db, actor):
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    return p


def _new(db, actor, name, phone=""):
    return c.create_customer(db, actor, person(name, phone))


def _owners(db, room_id, day=None):
    return [
        (r.customer_name, r.share)
        for r in idn.resource_identities(db, room_id=room_id, as_of=day)
        if r.role == Role.OWNER
    ]


def test_single_owner_gets_the_whole_share(db, actor, place):
    room = place["rooms"]["3-1-101"]
    a = _new(db, actor, "张三")
    idn.add_identity(db, actor, a, idn.IdentityFields(Role.OWNER, room_id=room))
    assert _owners(db, room) == [("张三", Decimal("100.00"))]


def test_co_owner_60_beside_40(db, actor, place):
    room = place["rooms"]["3-1-101"]
    a = _new(db, actor, "张三")
    first = idn.add_identity(db, actor, a, idn.IdentityFields(Role.OWNER, room_id=room))
    b = _new(db, actor, "李四")
    # Shares that do not add up to 100 are refused, with the total in the message.
    with pytest.raises(ValidationError) as exc:
        idn.add_identity(
            db,
            actor,
            b,
            idn.IdentityFields(Role.OWNER, room_id=room, share="60", other_shares={first: "50"}),
        )
    assert exc.value.field == "share" and "110" in str(exc.value)
    assert _owners(db, room) == [("张三", Decimal("100.00"))]  # nothing half-applied
    idn.add_identity(
        db,
        actor,
        b,
        idn.IdentityFields(Role.OWNER, room_id=room, share="60%", other_shares={first: "40"}),
    )
    assert _owners(db, room) == [("李四", Decimal("60.00")), ("张三", Decimal("40.00"))]
    assert idn.current_owner_names(db, [room]) == {room: "李四、张三"}


@pytest.mark.parametrize("bad", ["0", "-5", "100.5", "abc", "33.333"])
def test_share_must_be_a_sensible_percentage(bad):
    with pytest.raises(ValidationError):
        idn.parse_share(bad)


def test_same_identity_twice_is_refused(db, actor, place):
    room = place["rooms"]["3-1-101"]
    a = _new(db, actor, "张三")
    idn.add_identity(db, actor, a, idn.IdentityFields(Role.TENANT, room_id=room))
    with pytest.raises(ValidationError) as exc:
        idn.add_identity(db, actor, a, idn.IdentityFields(Role.TENANT, room_id=room))
    assert "张三" in str(exc.value)


def test_family_member_needs_relation_and_a_holder_here(db, actor, place):
    room = place["rooms"]["3-1-101"]
    other_room = place["rooms"]["3-1-102"]
    tenant = _new(db, actor, "王五")
    idn.add_identity(db, actor, tenant, idn.IdentityFields(Role.TENANT, room_id=room))
    kid = _new(db, actor, "王小五")
    with pytest.raises(ValidationError) as exc:
        idn.add_identity(
            db,
            actor,
            kid,
            idn.IdentityFields(Role.FAMILY, room_id=room, related_customer_id=tenant),
        )
    assert exc.value.field == "relation"
    with pytest.raises(ValidationError) as exc:
        idn.add_identity(
            db,
            actor,
            kid,
            idn.IdentityFields(
                Role.FAMILY, room_id=other_room, relation="child", related_customer_id=tenant
            ),
        )
    assert exc.value.field == "related_customer_id"
    idn.add_identity(
        db,
        actor,
        kid,
        idn.IdentityFields(Role.FAMILY, room_id=room, relation="child", related_customer_id=tenant),
    )
    (fam,) = idn.family_of(db, tenant)
    assert fam.customer_name == "王小五" and fam.related_name == "王五"


def test_ending_keeps_history_and_as_of_shows_the_past(db, actor, place):
    room = place["rooms"]["3-1-101"]
    a = _new(db, actor, "张三")
    b = _new(db, actor, "李四")
    t = _new(db, actor, "王五")
    old = idn.add_identity(
        db, actor, a, idn.IdentityFields(Role.OWNER, room_id=room, start_date=D("2015-05-01"))
    )
    lease = idn.add_identity(
        db, actor, t, idn.IdentityFields(Role.TENANT, room_id=room, start_date=D("2019-01-01"))
    )
    # A transfer: the old ownership ends the day the new one starts.
    idn.end_identity(db, actor, old, None, D("2020-06-30"), "转让")
    idn.add_identity(
        db, actor, b, idn.IdentityFields(Role.OWNER, room_id=room, start_date=D("2020-06-30"))
    )
    idn.end_identity(db, actor, lease, None, D("2021-01-01"))
    assert _owners(db, room, D("2018-01-01")) == [("张三", Decimal("100.00"))]
    assert _owners(db, room, D("2020-06-29")) == [("张三", Decimal("100.00"))]
    assert _owners(db, room, D("2020-06-30")) == [("李四", Decimal("100.00"))]
    on_2019 = idn.resource_identities(db, room_id=room, as_of=D("2019-06-01"))
    assert [(r.customer_name, r.role) for r in on_2019] == [
        ("张三", Role.OWNER),
        ("王五", Role.TENANT),
    ]
    assert [r.role for r in idn.resource_identities(db, room_id=room)] == [Role.OWNER]
    history = idn.resource_history(db, room_id=room)
    assert [(r.customer_name, r.start_date, r.end_date) for r in history] == [
        ("张三", D("2015-05-01"), D("2020-06-30")),
        ("王五", D("2019-01-01"), D("2021-01-01")),
        ("李四", D("2020-06-30"), None),
    ]
    assert history[0].end_reason == "转让"
    assert [r.resource for r in idn.customer_identities(db, a)] == ["翠湖花园 3-1-101"]


def test_end_date_rules(db, actor, place):
    room = place["rooms"]["3-1-101"]
    a = _new(db, actor, "张三")
    i = idn.add_identity(
        db, actor, a, idn.IdentityFields(Role.RESIDENT, room_id=room, start_date=D("2020-01-01"))
    )
    with pytest.raises(ValidationError) as exc:
        idn.end_identity(db, actor, i, None, D("2019-12-31"))
    assert exc.value.field == "end_date"
    idn.end_identity(db, actor, i, None, D("2021-01-01"))
    with pytest.raises(ValidationError):
        idn.end_identity(db, actor, i, None, D("2022-01-01"))


def test_ending_one_of_two_owners_needs_the_others_share(db, actor, place):
    room = place["rooms"]["3-1-101"]
    a, b = _new(db, actor, "张三"), _new(db, actor, "李四")
    start = D("2024-01-01")
    ia = idn.add_identity(
        db, actor, a, idn.IdentityFields(Role.OWNER, room_id=room, start_date=start)
    )
    ib = idn.add_identity(
        db,
        actor,
        b,
        idn.IdentityFields(
            Role.OWNER, room_id=room, share="50", other_shares={ia: "50"}, start_date=start
        ),
    )
    yesterday = clock.today() - timedelta(days=1)
    with pytest.raises(ValidationError):
        idn.end_identity(db, actor, ib, None, yesterday)
    idn.end_identity(db, actor, ib, None, yesterday, other_shares={ia: "100"})
    assert _owners(db, room) == [("张三", Decimal("100.00"))]


def test_owner_of_a_parking_space(db, actor, place):
    space = place["spaces"][0]
    with db.read() as s:
        number = s.get(ParkingSpace, space).number
    assert number.startswith("B1-")
    a = _new(db, actor, "张三")
    idn.add_identity(db, actor, a, idn.IdentityFields(Role.OWNER, space_id=space))
    (row,) = idn.resource_identities(db, space_id=space)
    assert row.resource == f"翠湖花园 地下停车场 {number}"
    with pytest.raises(ValidationError):
        idn.add_identity(db, actor, a, idn.IdentityFields(Role.TENANT))
