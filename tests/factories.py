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
