"""Small builders of base data for tests (through the services, audited)."""

from __future__ import annotations

from crm_desktop.services import resources as r


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
    from datetime import date

    from crm_desktop.domain.enums import DocumentType
    from crm_desktop.services import customers as c

    return c.CustomerFields(
        name=name,
        phones=[c.PhoneEntry(phone)] if phone else [],
        document_type=DocumentType.RESIDENT_ID if id_number else None,
        document_number=id_number,
        consent_date=extra.pop("consent_date", date.today()),
        **extra,
    )


def room_ids(db, building_id: int) -> dict[str, int]:
    """Room code -> id of a building's rooms."""
    from sqlalchemy import select

    from crm_desktop.db.models import Room

    with db.read() as s:
        rows = s.execute(select(Room.code, Room.id).where(Room.building_id == building_id))
        return {code: rid for code, rid in rows}
