"""Small builders of base data for tests (through the services, audited)."""

from __future__ import annotations

from datetime import timedelta

from crm_desktop.domain import clock
from crm_desktop.domain.enums import Meter
from crm_desktop.services import customers as c
from crm_desktop.services import handover as ho
from crm_desktop.services import resources as r
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t


def portfolio(db, actor, *, units=("1", "2"), floors=(1, 6), rooms_per_floor=4):
    """A region, a project, a building with generated rooms and a car park with spaces."""
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    project = r.create_project(db, actor, r.ProjectFields(region, "翠湖花园"))
    building = r.create_building(
        db,
        actor,
        r.BuildingFields(project, "3", "3栋"),
        r.RoomPlan(
            list(units),
            r.floor_range(*floors),
            rooms_per_floor,
            areas=[("89.50", "72.10")] * rooms_per_floor,
        ),
    )
    car_park = r.create_car_park(db, actor, r.CarParkFields(project, "地下停车场"))
    spaces = r.generate_parking_spaces(db, actor, car_park, r.SpaceRange("B1-", 1, 20))
    return {
        "region": region,
        "project": project,
        "building": building,
        "car_park": car_park,
        "spaces": spaces,
    }


def resident_id(region: str = "110105", birth: str = "19900307", seq: str = "123") -> str:
    """A resident ID number with a correct GB 11643 check digit (computed here, not by
    the code under test)."""
    body = region + birth + seq
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


def person(name: str, phone: str = "", id_number: str = "", **extra):
    """CustomerFields of a person who signed the consent today."""

    from crm_desktop.domain.enums import DocumentType
    from crm_desktop.services import customers as c

    return c.CustomerFields(
        name=name,
        phones=[c.PhoneEntry(phone)] if phone else [],
        document_type=DocumentType.RESIDENT_ID if id_number else None,
        document_number=id_number,
        consent_date=extra.pop("consent_date", clock.today()),
        **extra,
    )


def room_ids(db, building_id: int) -> dict[str, int]:
    """Room code -> id of a building's rooms."""
    from sqlalchemy import select

    from crm_desktop.db.models import Room

    with db.read() as s:
        rows = s.execute(select(Room.code, Room.id).where(Room.building_id == building_id))
        return {code: rid for code, rid in rows}


# --- a flat through the workflows (sale, handover with a defect, a lease with a space) ---
def _checklist(db, defect_item="卫生间"):
    names = [row.name for row in ho.inspection_template(db)]
    return [(n, n != defect_item, "地漏反水" if n == defect_item else "") for n in names]


def handed_over_flat(db, actor, signed, handed):
    """3-2-501 sold to 张三 and 李四 (and B1-001 to 张三) on ``signed``, handed over on
    ``handed`` with one open defect (卫生间); 王五 is there to rent it."""
    p = portfolio(db, actor)
    room = room_ids(db, p["building"])["3-2-501"]
    space = p["spaces"][0]
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    li = c.create_customer(db, actor, person("李四", "13900139000"))
    wang = c.create_customer(db, actor, person("王五", "13700137000"))
    buyers = [sales.Buyer("50", customer_id=zhang), sales.Buyer("50", customer_id=li)]
    sales.register_sale(
        db, actor, sales.SaleFields("HT-501", signed, "1280000", buyers, room_id=room)
    )
    sales.register_sale(
        db,
        actor,
        sales.SaleFields("CW-001", signed, "150000", [sales.Buyer("100", zhang)], space_id=space),
    )
    ho.complete_handover(
        db,
        actor,
        ho.HandoverFields(
            room,
            handed,
            "刘工",
            keys=[("入户门钥匙", 3)],
            readings=[(Meter.WATER, "12.5"), (Meter.ELECTRICITY, "300")],
            items=_checklist(db),
        ),
    )
    return {
        "room": room,
        "space": space,
        "building": p["building"],
        "zhang": zhang,
        "li": li,
        "wang": wang,
    }


def let_with_space(db, actor, f, start, **kw):
    """张三 lets the flat and B1-001 to 王五 for a year from ``start``; the lease id."""
    return t.start_lease(
        db,
        actor,
        t.LeaseFields(
            landlord_id=f["zhang"],
            start_date=kw.get("start", start),
            end_date=kw.get("end", start + timedelta(days=365)),
            rent="3500",
            tenants=[t.Tenant(customer_id=f["wang"])],
            room_ids=[f["room"]],
            space_ids=[f["space"]],
        ),
    )
