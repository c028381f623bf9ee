"""Demo portfolios: a small realistic one for trying the program, a large one for benchmarks.

``small`` goes through the audited services of :mod:`crm_desktop.services.resources`
record by record (one audit entry per created record), then sets a realistic mix
of statuses through :func:`set_statuses` (one audit entry per changed status).

``large`` (50 projects, 2,000 buildings, 300,000 rooms, 100,000 parking spaces)
would take far too long record by record, so it writes with SQLAlchemy Core bulk
inserts, in chunks, inside ordinary ``db.write(actor)`` units of work. **Bulk demo
generation audits per batch, not per row**: every inserted batch gets one audit
entry with action ``"demo"``, the table name, ``field`` NULL and a JSON summary in
``new_value`` (e.g. ``{"rooms": 6000, "project_id": 5}``).

Both are deterministic for a seed (``random.Random(seed)``), and both refuse a
database that already holds regions.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select

from crm_desktop.db.base import utcnow
from crm_desktop.db.models import Building, CarPark, ParkingSpace, Project, Region, Room
from crm_desktop.domain.codes import room_sort_key
from crm_desktop.domain.enums import ProjectKind, RoomStatus, RoomUse, SpaceKind, SpaceStatus
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import resources as r
from crm_desktop.services.database import Actor, Database, UnitOfWork

SCALES = ("small", "large")
CHUNK_ROWS = 10_000


@dataclass(frozen=True)
class DemoSummary:
    regions: int
    projects: int
    buildings: int
    rooms: int
    car_parks: int
    spaces: int
    seconds: float

    def describe(self) -> str:
        return (
            f"{self.regions} regions, {self.projects} projects, {self.buildings} buildings, "
            f"{self.rooms} rooms, {self.car_parks} car parks, {self.spaces} parking spaces "
            f"in {self.seconds:.1f} s"
        )


def create_demo(db: Database, actor: Actor, scale: str = "small", seed: int = 7) -> DemoSummary:
    """Fill an empty database with a demo portfolio of the given scale."""
    if scale not in SCALES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown demo size “{scale}”. Choose small or large."),
            field="scale",
            scale=scale,
        )
    _require_empty(db)
    started = time.perf_counter()
    if scale == "small":
        _create_small(db, actor, random.Random(seed))
    else:
        _create_bulk(db, actor, seed=seed)
    return _summary(db, time.perf_counter() - started)


def _require_empty(db: Database) -> None:
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(Region))
    if count:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database already holds data ({count} regions), so no demo data was "
                "added. Demo data can only be created in a new, empty database: choose a new "
                "file name.",
            ),
            count=count,
        )


def _summary(db: Database, seconds: float) -> DemoSummary:
    with db.read() as s:

        def count(model) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        return DemoSummary(
            regions=count(Region),
            projects=count(Project),
            buildings=count(Building),
            rooms=count(Room),
            car_parks=count(CarPark),
            spaces=count(ParkingSpace),
            seconds=round(seconds, 3),
        )


# --- audited status changes ---------------------------------------------------------------
def set_statuses(
    db: Database,
    actor: Actor,
    rooms: dict[int, RoomStatus] | None = None,
    spaces: dict[int, SpaceStatus] | None = None,
) -> int:
    """Set the status of many rooms and parking spaces in ONE audited unit of work.

    Each changed status gets its own ``update`` audit entry (old and new value),
    and the record's version is bumped as for any edit. Retired rooms are skipped.
    Returns the number of statuses changed.
    """
    changed = 0
    with db.write(actor) as uow:
        changed += _set_status(uow, Room, {k: RoomStatus(v) for k, v in (rooms or {}).items()})
        changed += _set_status(
            uow, ParkingSpace, {k: SpaceStatus(v) for k, v in (spaces or {}).items()}
        )
    return changed


def _set_status(uow: UnitOfWork, model, wanted: dict[int, Any]) -> int:
    ids = sorted(wanted)
    changed = 0
    for start in range(0, len(ids), 500):
        stmt = select(model).where(model.id.in_(ids[start : start + 500]))
        if model is Room:
            stmt = stmt.where(Room.retired_at.is_(None))
        for obj in uow.session.scalars(stmt):
            new = wanted[obj.id]
            if obj.status != new:
                uow.audit("update", model.__tablename__, obj.id, "status", obj.status, new)
                obj.status = new
                changed += 1
        uow.session.flush()  # versioned UPDATEs, a page at a time
    return changed


def _pick(rng: random.Random, weights: dict[Any, int]) -> Any:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


# Status mixes per kind of resource (weights).
RESIDENTIAL_MIX = {
    RoomStatus.SOLD: 22,
    RoomStatus.HANDED_OVER: 28,
    RoomStatus.OCCUPIED: 28,
    RoomStatus.UNSOLD: 10,
    RoomStatus.RENTED: 6,
    RoomStatus.RENOVATING: 4,
    RoomStatus.VACANT: 2,
}
SHOP_MIX = {
    RoomStatus.RENTED: 45,
    RoomStatus.SOLD: 20,
    RoomStatus.UNSOLD: 20,
    RoomStatus.VACANT: 10,
    RoomStatus.RENOVATING: 5,
}
OFFICE_MIX = {
    RoomStatus.RENTED: 40,
    RoomStatus.SOLD: 20,
    RoomStatus.OCCUPIED: 10,
    RoomStatus.UNSOLD: 20,
    RoomStatus.VACANT: 8,
    RoomStatus.RENOVATING: 2,
}
SPACE_MIX = {
    SpaceStatus.SOLD: 40,
    SpaceStatus.RENTED: 25,
    SpaceStatus.ASSIGNED: 5,
    SpaceStatus.UNSOLD: 25,
    SpaceStatus.VACANT: 5,
}
MIX_BY_USE = {
    RoomUse.RESIDENTIAL: RESIDENTIAL_MIX,
    RoomUse.SHOP: SHOP_MIX,
    RoomUse.OFFICE: OFFICE_MIX,
}


# --- small --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _BuildingSpec:
    code: str
    name: str
    floors: tuple[int, int]  # random number of floors between these
    units: tuple[str, ...]
    areas: tuple[tuple[str, str], ...]  # (gross, inner) per position on a floor
    use: RoomUse = RoomUse.RESIDENTIAL
    first_floor: int = 1
    shops: int = 0  # shops on floor 1 (residential floors then start at 2)
    shop_area: tuple[str, str] = ("68.40", "55.20")
    skip_unlucky: bool = False  # no floor 4 / 14


@dataclass(frozen=True)
class _CarParkSpec:
    name: str
    code: str
    prefix: str
    standard: int
    charging: int
    accessible: int


@dataclass(frozen=True)
class _ProjectSpec:
    region: int  # index into _SMALL_REGIONS
    name: str
    code: str
    kind: ProjectKind
    address: str
    buildings: tuple[_BuildingSpec, ...]
    car_parks: tuple[_CarParkSpec, ...]


_SMALL_REGIONS = (("华南区", "HN"), ("华东区", "HD"))

_FLAT_AREAS = (("89.50", "72.10"), ("128.30", "103.60"), ("128.30", "103.60"), ("89.50", "72.10"))
_VILLA_AREAS = (("143.20", "118.50"), ("143.20", "118.50"))
_TOWER_AREAS = (("96.80", "78.30"), ("118.60", "95.40"), ("76.20", "61.80"))
_OFFICE_AREAS = (
    ("212.40", "168.90"),
    ("156.00", "124.30"),
    ("98.70", "78.10"),
    ("98.70", "78.10"),
    ("156.00", "124.30"),
    ("212.40", "168.90"),
)

_SMALL_PROJECTS = (
    _ProjectSpec(
        0,
        "翠湖花园",
        "CHHY",
        ProjectKind.RESIDENTIAL,
        "广州市天河区翠湖路88号",
        (
            _BuildingSpec("1", "1栋", (11, 18), ("1", "2"), _FLAT_AREAS, shops=6),
            _BuildingSpec("2", "2栋", (11, 18), ("1", "2"), _FLAT_AREAS, skip_unlucky=True),
            _BuildingSpec("3", "3栋", (11, 18), ("1", "2"), _FLAT_AREAS, skip_unlucky=True),
            _BuildingSpec("5", "5栋", (6, 11), ("1", "2"), _FLAT_AREAS),
        ),
        (_CarParkSpec("地下停车场", "P1", "B1-", 120, 16, 4),),
    ),
    _ProjectSpec(
        0,
        "锦绣华庭",
        "JXHT",
        ProjectKind.RESIDENTIAL,
        "深圳市南山区科苑南路3号",
        (
            _BuildingSpec("1", "1栋", (6, 9), ("1", "2"), _VILLA_AREAS),
            _BuildingSpec("2", "2栋", (6, 9), ("1", "2"), _VILLA_AREAS),
            _BuildingSpec("3", "3栋", (6, 9), ("1", "2"), _VILLA_AREAS),
        ),
        (_CarParkSpec("地面停车场", "P1", "A", 50, 6, 2),),
    ),
    _ProjectSpec(
        1,
        "滨江壹号",
        "BJYH",
        ProjectKind.RESIDENTIAL,
        "杭州市滨江区江南大道1号",
        (
            _BuildingSpec(
                "1", "1栋", (16, 18), ("1", "2"), _TOWER_AREAS, shops=4, skip_unlucky=True
            ),
            _BuildingSpec(
                "2", "2栋", (16, 18), ("1", "2"), _TOWER_AREAS, shops=4, skip_unlucky=True
            ),
        ),
        (
            _CarParkSpec("地下一层停车场", "B1", "B1-", 90, 20, 4),
            _CarParkSpec("地下二层停车场", "B2", "B2-", 60, 0, 2),
        ),
    ),
    _ProjectSpec(
        1,
        "金融中心写字楼",
        "JRZX",
        ProjectKind.MIXED,
        "上海市浦东新区世纪大道100号",
        (
            _BuildingSpec(
                "A",
                "A座",
                (18, 20),
                ("",),
                _OFFICE_AREAS,
                use=RoomUse.OFFICE,
                shops=8,
                shop_area=("156.80", "128.40"),
                skip_unlucky=True,
            ),
            _BuildingSpec(
                "B",
                "B座商业",
                (3, 3),
                ("",),
                (("86.50", "70.20"),) * 10,
                use=RoomUse.SHOP,
            ),
        ),
        (_CarParkSpec("地下停车场", "P1", "B1-", 80, 12, 4),),
    ),
)


def _create_small(db: Database, actor: Actor, rng: random.Random) -> None:
    regions = [
        r.create_region(db, actor, r.RegionFields(name, code)) for name, code in _SMALL_REGIONS
    ]
    room_status: dict[int, RoomStatus] = {}
    space_status: dict[int, SpaceStatus] = {}
    for spec in _SMALL_PROJECTS:
        project = r.create_project(
            db,
            actor,
            r.ProjectFields(regions[spec.region], spec.name, spec.code, spec.kind, spec.address),
        )
        for b in spec.buildings:
            _small_building(db, actor, rng, project, b, room_status)
        for p in spec.car_parks:
            _small_car_park(db, actor, rng, project, p, space_status)
    set_statuses(db, actor, room_status, space_status)


def _small_building(
    db: Database,
    actor: Actor,
    rng: random.Random,
    project_id: int,
    b: _BuildingSpec,
    statuses: dict[int, RoomStatus],
) -> None:
    top = rng.randint(*b.floors)
    first = 2 if b.shops and b.use != RoomUse.SHOP else b.first_floor
    skip = [4, 14] if b.skip_unlucky else []
    plan = r.RoomPlan(
        units=list(b.units),
        floors=r.floor_range(first, top, skip),
        rooms_per_floor=len(b.areas),
        use=b.use,
        areas=list(b.areas),
    )
    building_id = r.create_building(
        db, actor, r.BuildingFields(project_id, b.code, b.name, floors=top), plan
    )
    if b.shops:
        shops = r.RoomPlan(
            units=[""],
            floors=[1],
            rooms_per_floor=b.shops,
            use=RoomUse.SHOP,
            areas=[b.shop_area] * b.shops,
        )
        r.generate_rooms(db, actor, building_id, shops)
    with db.read() as s:
        rooms = s.execute(select(Room.id, Room.use).where(Room.building_id == building_id)).all()
    for room_id, use in sorted(rooms):
        statuses[room_id] = _pick(rng, MIX_BY_USE.get(use, RESIDENTIAL_MIX))


def _small_car_park(
    db: Database,
    actor: Actor,
    rng: random.Random,
    project_id: int,
    p: _CarParkSpec,
    statuses: dict[int, SpaceStatus],
) -> None:
    park = r.create_car_park(db, actor, r.CarParkFields(project_id, p.name, p.code))
    first = 1
    for count, kind, area in (
        (p.standard, SpaceKind.STANDARD, "12.50"),
        (p.charging, SpaceKind.CHARGING, "13.20"),
        (p.accessible, SpaceKind.ACCESSIBLE, "18.00"),
    ):
        if not count:
            continue
        ids = r.generate_parking_spaces(
            db, actor, park, r.SpaceRange(p.prefix, first, first + count - 1, 3, kind, area)
        )
        first += count
        for space_id in ids:
            statuses[space_id] = _pick(rng, SPACE_MIX)


# --- large (bulk) -------------------------------------------------------------------------
LARGE_REGIONS = (("华南区", "HN"), ("华东区", "HD"), ("华北区", "HB"), ("西南区", "XN"))
# (units, floors, rooms per floor): 240 + 180 + 120 + 60 rooms, 150 on average.
LARGE_SHAPES = ((2, 30, 4), (2, 18, 5), (2, 15, 4), (2, 6, 5))
_NAME_HEADS = (
    "翠湖",
    "锦绣",
    "滨江",
    "金域",
    "碧水",
    "阳光",
    "香榭",
    "枫林",
    "紫荆",
    "御景",
    "星河",
    "海岸",
    "云山",
    "万象",
    "春晓",
    "半岛",
    "天悦",
    "龙湖",
    "君兰",
    "馨苑",
)
_NAME_TAILS = ("花园", "华庭", "名苑", "雅居", "新城", "公馆", "府", "湾")
_CITIES = (
    "广州市天河区",
    "深圳市福田区",
    "杭州市西湖区",
    "上海市闵行区",
    "北京市朝阳区",
    "成都市高新区",
)


def _areas_for(rooms_per_floor: int, rng: random.Random) -> list[tuple[Decimal, Decimal]]:
    out = []
    for _ in range(rooms_per_floor):
        gross = Decimal(rng.randrange(6000, 16000)) / 100
        inner = (gross * Decimal("0.81")).quantize(Decimal("0.01"))
        out.append((gross, inner))
    return out


def _audit_batch(uow: UnitOfWork, table: str, summary: dict[str, Any]) -> None:
    uow.audit("demo", table, None, None, None, json.dumps(summary, ensure_ascii=False))


def _insert(uow: UnitOfWork, model, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK_ROWS):
        uow.session.execute(insert(model.__table__), list(rows[start : start + CHUNK_ROWS]))


def _common(now) -> dict[str, Any]:
    return {"version": 1, "created_at": now, "updated_at": now, "notes": ""}


def _create_bulk(
    db: Database,
    actor: Actor,
    *,
    seed: int = 7,
    regions: Sequence[tuple[str, str]] = LARGE_REGIONS,
    projects: int = 50,
    buildings_per_project: int = 40,
    shapes: Sequence[tuple[int, int, int]] = LARGE_SHAPES,
    car_parks_per_project: int = 2,
    spaces_per_car_park: int = 1000,
) -> None:
    """Bulk-insert a large portfolio (audited per batch, not per row; see the module doc).

    Buildings cycle through ``shapes`` (units, floors, rooms per floor); room codes
    are ``building-unit-number``, unique per project. One unit of work per project
    holds its buildings, rooms and spaces.
    """
    rng = random.Random(seed)
    now = utcnow()
    names = [h + t for t in _NAME_TAILS for h in _NAME_HEADS]
    rng.shuffle(names)
    if projects > len(names):
        names += [f"示范项目{i}" for i in range(1, projects - len(names) + 1)]
    plans = [list(_shape_rooms(*shape)) for shape in shapes]

    with db.write(actor) as uow:
        _insert(
            uow,
            Region,
            [{**_common(now), "name": name, "code": code} for name, code in regions],
        )
        _audit_batch(uow, "region", {"regions": len(regions)})
        region_ids = list(uow.session.scalars(select(Region.id).order_by(Region.id)))
        project_rows = []
        for i in range(projects):
            kind = ProjectKind.MIXED if i % 10 == 9 else ProjectKind.RESIDENTIAL
            project_rows.append(
                {
                    **_common(now),
                    "region_id": region_ids[i % len(region_ids)],
                    "name": names[i],
                    "code": f"P{i + 1:03d}",
                    "kind": kind,
                    "address": f"{rng.choice(_CITIES)}{rng.randint(1, 999)}号",
                }
            )
        _insert(uow, Project, project_rows)
        _audit_batch(uow, "project", {"projects": projects})
        project_ids = list(uow.session.scalars(select(Project.id).order_by(Project.id)))

    for project_id in project_ids:
        with db.write(actor) as uow:
            _bulk_project(uow, rng, now, project_id, buildings_per_project, shapes, plans)
            _bulk_car_parks(uow, rng, now, project_id, car_parks_per_project, spaces_per_car_park)


def _shape_rooms(units: int, floors: int, per_floor: int) -> Iterable[tuple[str, int, str, int]]:
    for unit in range(1, units + 1):
        for floor in range(1, floors + 1):
            for pos in range(1, per_floor + 1):
                yield str(unit), floor, f"{floor}{pos:02d}", pos


def _bulk_project(uow, rng, now, project_id, count, shapes, plans) -> None:
    building_rows = []
    for i in range(count):
        units, floors, _ = shapes[i % len(shapes)]
        code = str(i + 1)
        building_rows.append(
            {
                **_common(now),
                "project_id": project_id,
                "code": code,
                "name": f"{code}栋",
                "floors": floors,
                "units": units,
            }
        )
    _insert(uow, Building, building_rows)
    _audit_batch(uow, "building", {"buildings": count, "project_id": project_id})
    buildings = uow.session.execute(
        select(Building.id, Building.code).where(Building.project_id == project_id)
    ).all()
    code_to_id = dict((c, i) for i, c in buildings)

    rows: list[dict[str, Any]] = []

    def flush() -> None:
        if rows:
            _insert(uow, Room, rows)
            _audit_batch(uow, "room", {"rooms": len(rows), "project_id": project_id})
            rows.clear()

    choices = list(RESIDENTIAL_MIX)
    weights = list(RESIDENTIAL_MIX.values())
    base = _common(now)
    for i in range(count):
        code = str(i + 1)
        building_id = code_to_id[code]
        shape = shapes[i % len(shapes)]
        areas = _areas_for(shape[2], rng)
        plan = plans[i % len(shapes)]
        statuses = rng.choices(choices, weights=weights, k=len(plan))
        for (unit, floor, number, pos), status in zip(plan, statuses, strict=True):
            gross, inner = areas[pos - 1]
            rows.append(
                {
                    **base,
                    "building_id": building_id,
                    "project_id": project_id,
                    "unit": unit,
                    "floor": floor,
                    "number": number,
                    "code": f"{code}-{unit}-{number}",
                    "sort_key": room_sort_key(unit, floor, number),
                    "use": RoomUse.RESIDENTIAL,
                    "gross_area": gross,
                    "inner_area": inner,
                    "status": status,
                    "retired_at": None,
                    "retired_reason": None,
                }
            )
        if len(rows) >= CHUNK_ROWS:
            flush()
    flush()


def _bulk_car_parks(uow, rng, now, project_id, count, spaces_each) -> None:
    if not count:
        return
    park_rows = [
        {
            **_common(now),
            "project_id": project_id,
            "name": "地下停车场" if count == 1 else f"地下{_CN_DIGITS[n]}层停车场",
            "code": f"B{n + 1}",
        }
        for n in range(count)
    ]
    _insert(uow, CarPark, park_rows)
    _audit_batch(uow, "car_park", {"car_parks": count, "project_id": project_id})
    parks = uow.session.execute(
        select(CarPark.id, CarPark.code).where(CarPark.project_id == project_id)
    ).all()
    base = _common(now)
    choices = list(SPACE_MIX)
    weights = list(SPACE_MIX.values())
    for park_id, park_code in sorted(parks):
        statuses = rng.choices(choices, weights=weights, k=spaces_each)
        rows = []
        for n, status in enumerate(statuses, start=1):
            if n % 25 == 0:
                kind, area = SpaceKind.ACCESSIBLE, Decimal("18.00")
            elif n % 8 == 0:
                kind, area = SpaceKind.CHARGING, Decimal("13.20")
            else:
                kind, area = SpaceKind.STANDARD, Decimal("12.50")
            rows.append(
                {
                    **base,
                    "car_park_id": park_id,
                    "number": f"{park_code}-{n:04d}",
                    "kind": kind,
                    "status": status,
                    "area": area,
                }
            )
        _insert(uow, ParkingSpace, rows)
        _audit_batch(
            uow,
            "parking_space",
            {"parking_spaces": len(rows), "project_id": project_id, "car_park_id": park_id},
        )


_CN_DIGITS = "一二三四五六七八九十"
