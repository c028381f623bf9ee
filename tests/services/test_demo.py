"""Demo portfolios: the small one through the audited services, the bulk one in batches."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import sqlite_url
from crm_desktop.db.models import (
    AuditEntry,
    Building,
    CarPark,
    ParkingSpace,
    Project,
    Region,
    Room,
)
from crm_desktop.domain.enums import RoomStatus, RoomUse, SpaceKind, SpaceStatus
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.database import Database
from crm_desktop.services.demo import _create_bulk, create_demo, set_statuses


def _room_codes(db) -> list[tuple[int, str]]:
    with db.read() as s:
        return [(p, c) for p, c in s.execute(select(Room.project_id, Room.code).order_by(Room.id))]


@pytest.fixture
def small(db, actor):
    return create_demo(db, actor, "small", seed=7)


def test_small_demo_counts(db, small):
    assert small.regions == 2
    assert small.projects == 4
    assert small.buildings >= 4
    assert small.rooms > 0
    assert small.car_parks >= 3
    assert small.spaces > 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == small.rooms
        names = set(s.scalars(select(Project.name)))
        assert {"翠湖花园", "金融中心写字楼"} <= names
        assert set(s.scalars(select(Building.name))) >= {"1栋", "2栋"}
        # every residential project has a car park
        parked = set(s.scalars(select(CarPark.project_id)))
        assert set(s.scalars(select(Project.id))) <= parked


def test_small_demo_codes_unique_per_building_and_project(db, small):
    with db.read() as s:
        rows = s.execute(select(Room.building_id, Room.project_id, Room.code)).all()
    per_building = Counter((b, c) for b, _, c in rows)
    per_project = Counter((p, c) for _, p, c in rows)
    assert max(per_building.values()) == 1
    assert max(per_project.values()) == 1


def test_small_demo_mixes_statuses_uses_and_kinds(db, small):
    with db.read() as s:
        statuses = Counter(s.scalars(select(Room.status)))
        uses = set(s.scalars(select(Room.use)))
        kinds = set(s.scalars(select(ParkingSpace.kind)))
        space_statuses = set(s.scalars(select(ParkingSpace.status)))
        floors = set(s.scalars(select(Room.floor)))
    assert statuses[RoomStatus.UNSOLD] > 0
    assert (
        statuses[RoomStatus.SOLD] + statuses[RoomStatus.HANDED_OVER] > statuses[RoomStatus.UNSOLD]
    )
    assert statuses[RoomStatus.RENTED] > 0
    assert len(statuses) >= 5
    assert {RoomUse.RESIDENTIAL, RoomUse.SHOP, RoomUse.OFFICE} <= uses
    assert {SpaceKind.STANDARD, SpaceKind.CHARGING, SpaceKind.ACCESSIBLE} <= kinds
    assert len(space_statuses) >= 3
    assert 4 in floors  # some buildings have a floor 4 …
    with db.read() as s:  # … and some skip it
        skipping = s.scalar(
            select(func.count(func.distinct(Room.building_id))).where(
                Room.building_id.not_in(select(Room.building_id).where(Room.floor == 4)),
                Room.use == RoomUse.RESIDENTIAL,
            )
        )
    assert skipping > 0


def test_small_demo_is_audited(db, small):
    with db.read() as s:
        created = Counter(
            s.scalars(select(AuditEntry.table_name).where(AuditEntry.action == "create"))
        )
        updates = s.execute(
            select(AuditEntry.table_name, AuditEntry.record_id, AuditEntry.old_value).where(
                AuditEntry.action == "update", AuditEntry.field == "status"
            )
        ).all()
        changed_versions = s.scalar(select(func.count()).where(Room.version > 1))
    assert created["region"] == 2
    assert created["project"] == 4
    assert created["room"] == small.rooms
    assert created["parking_space"] == small.spaces
    room_updates = [u for u in updates if u.table_name == "room"]
    assert room_updates and any(u.table_name == "parking_space" for u in updates)
    assert all(u.old_value == "unsold" for u in updates)
    assert changed_versions == len(room_updates)


def test_same_seed_same_data_other_seed_other_statuses(tmp_path):
    results = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = Database.open(sqlite_url(tmp_path / f"{name}.sqlite"))
        try:
            create_demo(db, db.ensure_admin(), "small", seed=seed)
            with db.read() as s:
                statuses = list(s.scalars(select(Room.status).order_by(Room.id)))
            results.append((_room_codes(db), statuses))
        finally:
            db.close()
    assert results[0] == results[1]
    assert results[0][1] != results[2][1]


def test_demo_refuses_a_database_with_data(db, actor, small):
    with pytest.raises(ValidationError) as err:
        create_demo(db, actor, "small")
    assert "already holds data" in str(err.value)
    with pytest.raises(ValidationError):
        create_demo(db, actor, "large")


def test_unknown_scale_is_refused(db, actor):
    with pytest.raises(ValidationError):
        create_demo(db, actor, "huge")


def test_set_statuses_audits_only_changes(db, actor, small):
    with db.read() as s:
        room_id, status, version = s.execute(
            select(Room.id, Room.status, Room.version).order_by(Room.id).limit(1)
        ).one()
        space_id = s.scalar(select(ParkingSpace.id).order_by(ParkingSpace.id).limit(1))
    new = RoomStatus.RENOVATING if status != RoomStatus.RENOVATING else RoomStatus.VACANT
    changed = set_statuses(db, actor, {room_id: new}, {space_id: SpaceStatus.ASSIGNED})
    assert changed in (1, 2)  # the space may already have been assigned
    assert set_statuses(db, actor, {room_id: new}) == 0
    with db.read() as s:
        assert s.get(Room, room_id).version == version + 1
        last = s.execute(
            select(AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.table_name == "room", AuditEntry.record_id == room_id)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
    assert last == (status.value, new.value)


# --- bulk (a tiny version of the large scale) ----------------------------------------------
def test_bulk_counts_codes_and_batch_audit(db, actor):
    _create_bulk(
        db,
        actor,
        seed=3,
        regions=(("华南区", "HN"), ("华东区", "HD")),
        projects=3,
        buildings_per_project=5,
        shapes=((2, 3, 4), (1, 2, 3)),  # 24 and 6 rooms
        car_parks_per_project=2,
        spaces_per_car_park=30,
    )
    rooms_per_project = 24 * 3 + 6 * 2
    with db.read() as s:
        count = lambda m: s.scalar(select(func.count()).select_from(m))  # noqa: E731
        assert count(Region) == 2
        assert count(Project) == 3
        assert count(Building) == 15
        assert count(Room) == 3 * rooms_per_project
        assert count(CarPark) == 6
        assert count(ParkingSpace) == 6 * 30
        rooms = s.execute(select(Room.project_id, Room.code, Room.building_id)).all()
        per_project = Counter((p, c) for p, c, _ in rooms)
        assert max(per_project.values()) == 1
        # project_id on rooms is the building's project
        mismatched = s.scalar(
            select(func.count())
            .select_from(Room)
            .join(Building, Building.id == Room.building_id)
            .where(Building.project_id != Room.project_id)
        )
        assert mismatched == 0
        assert s.scalar(select(func.min(Room.version))) == 1
        assert s.scalar(select(func.count()).where(Room.created_at.is_(None))) == 0
        assert s.scalar(select(Room.code).order_by(Room.id).limit(1)) == "1-1-101"
        entries = s.execute(
            select(AuditEntry.table_name, AuditEntry.field, AuditEntry.new_value).where(
                AuditEntry.action == "demo"
            )
        ).all()
        statuses = set(s.scalars(select(Room.status)))
        kinds = set(s.scalars(select(ParkingSpace.kind)))
    assert all(e.field is None for e in entries)
    by_table = Counter(e.table_name for e in entries)
    assert by_table["region"] == 1 and by_table["project"] == 1
    assert by_table["building"] == 3 and by_table["room"] == 3 and by_table["car_park"] == 3
    assert by_table["parking_space"] == 6
    room_batches = [json.loads(e.new_value) for e in entries if e.table_name == "room"]
    assert sum(b["rooms"] for b in room_batches) == 3 * rooms_per_project
    assert {b["project_id"] for b in room_batches} == {1, 2, 3}
    assert len(statuses) >= 3
    assert SpaceKind.CHARGING in kinds and SpaceKind.ACCESSIBLE in kinds


def test_bulk_splits_large_projects_into_chunks(db, actor, monkeypatch):
    from crm_desktop.services import demo

    monkeypatch.setattr(demo, "CHUNK_ROWS", 20)
    _create_bulk(
        db,
        actor,
        projects=1,
        buildings_per_project=4,
        shapes=((1, 3, 4),),  # 12 rooms per building
        car_parks_per_project=0,
    )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == 48
        batches = [
            json.loads(v)["rooms"]
            for v in s.scalars(
                select(AuditEntry.new_value).where(
                    AuditEntry.action == "demo", AuditEntry.table_name == "room"
                )
            )
        ]
        assert s.scalar(select(func.count()).select_from(CarPark)) == 0
    assert sum(batches) == 48
    assert len(batches) >= 2
