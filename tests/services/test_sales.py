"""Sales registration: one step that sells an unsold resource to its buyers."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.db.models import AuditEntry, ParkingSpace, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import Role, RoomStatus, SpaceStatus
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import sales
from tests.factories import person, portfolio, room_ids

SIGNED = date(2024, 3, 15)


@pytest.fixture
def place(db, actor):
    p = portfolio(db, actor)
    p["rooms"] = room_ids(db, p["building"])
    p["room"] = p["rooms"]["3-2-501"]
    return p


def _sale(room_id=None, buyers=(), number="HT-2024-001", **kw):
    return sales.SaleFields(
        contract_number=number,
        signing_date=kw.pop("signing_date", SIGNED),
        price=kw.pop("price", "1,280,000"),
        buyers=list(buyers),
        room_id=room_id,
        **kw,
    )


def _status(db, model, rid):
    with db.read() as s:
        return s.get(model, rid).status


def test_two_buyers_become_owners_and_the_room_is_sold(db, actor, place):
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    new_buyer = person("李四", "13900139000")
    sale_id = sales.register_sale(
        db,
        actor,
        _sale(
            place["room"],
            [sales.Buyer("60", customer_id=zhang), sales.Buyer("40", new=new_buyer)],
            area="89.50",
        ),
    )
    owners = {
        r.customer_name: (r.share, r.start_date)
        for r in idn.resource_identities(db, room_id=place["room"])
    }
    assert owners == {"张三": (Decimal("60.00"), SIGNED), "李四": (Decimal("40.00"), SIGNED)}
    assert _status(db, Room, place["room"]) == RoomStatus.SOLD
    (row,) = sales.sales_of(db, room_id=place["room"])
    assert (row.id, row.contract_number, row.price, row.area) == (
        sale_id,
        "HT-2024-001",
        Decimal("1280000.00"),
        Decimal("89.50"),
    )
    assert [(name, share) for _, name, share in row.buyers] == [
        ("张三", Decimal("60.00")),
        ("李四", Decimal("40.00")),
    ]
    with db.read() as s:
        actions = s.execute(
            select(AuditEntry.table_name, AuditEntry.action, AuditEntry.field)
        ).all()
    assert ("sale", "create", None) in actions
    assert ("room", "update", "status") in actions
    assert actions.count(("identity", "create", None)) == 2


def test_a_single_buyer_owns_it_all_and_a_space_sells_the_same_way(db, actor, place):
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    space = place["spaces"][0]
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "CW-1", SIGNED, "150000", [sales.Buyer(customer_id=zhang)], space_id=space
        ),
    )
    (row,) = idn.resource_identities(db, space_id=space)
    assert (row.role, row.share) == (Role.OWNER, Decimal("100.00"))
    assert _status(db, ParkingSpace, space) == SpaceStatus.SOLD


def _refused(db, actor, fields) -> ValidationError:
    with pytest.raises(ValidationError) as exc:
        sales.register_sale(db, actor, fields)
    return exc.value


def test_refusals_leave_nothing_behind(db, actor, place):
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    room = place["room"]
    one = [sales.Buyer(customer_id=zhang)]
    cases = {
        "shares": _sale(
            room, [sales.Buyer("60", customer_id=zhang), sales.Buyer("30", new=person("李四"))]
        ),
        "future": _sale(room, one, signing_date=clock.today() + timedelta(days=1)),
        "price": _sale(room, one, price="abc"),
        "zero": _sale(room, one, price="0"),
        "number": _sale(room, one, number="  "),
        "nobody": _sale(room, []),
        "twice": _sale(room, [sales.Buyer("50", customer_id=zhang)] * 2),
        "area": _sale(room, one, area="-3"),
    }
    fields = {name: _refused(db, actor, f).field for name, f in cases.items()}
    assert fields == {
        "shares": "buyers",
        "future": "signing_date",
        "price": "price",
        "zero": "price",
        "number": "contract_number",
        "nobody": "buyers",
        "twice": "buyers",
        "area": "area",
    }
    assert c.count_customers(db) == 1  # the new buyer of the refused sale was not kept
    assert _status(db, Room, room) == RoomStatus.UNSOLD
    assert sales.sales_of(db, room_id=room) == []


def test_only_unsold_and_contract_numbers_unique(db, actor, place):
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    one = [sales.Buyer(customer_id=zhang)]
    sales.register_sale(db, actor, _sale(place["room"], one))
    again = _refused(db, actor, _sale(place["room"], one, number="HT-2"))
    assert again.field == "resource"
    other = place["rooms"]["3-2-502"]
    dup = _refused(db, actor, _sale(other, one, number="ht-2024-001"))
    assert dup.field == "contract_number" and "HT-2024-001" in str(dup)
