"""Demo portfolios: a small realistic one for trying the program, a large one for benchmarks.

``small`` goes through the audited services of :mod:`crm_desktop.services.resources`
record by record (one audit entry per created record), then sets a realistic mix
of statuses through :func:`set_statuses` (one audit entry per changed status).
Then about 250 customers (people with valid resident IDs, a few companies with
valid credit codes) and their identities on the rooms go through
:mod:`crm_desktop.services.customers` and :mod:`crm_desktop.services.identities`,
a few dozen per unit of work: owners (some co-owners 50/50 or 60/40), tenants with
their families, residents, past owners and tenants, vehicles, bank accounts,
verifications.

``large`` (50 projects, 2,000 buildings, 300,000 rooms, 100,000 parking spaces,
500,000 customers) would take far too long record by record, so it writes with
SQLAlchemy Core bulk inserts, in chunks, inside ordinary ``db.write(actor)`` units
of work. **Bulk demo generation audits per batch, not per row**: every inserted
batch gets one audit entry with action ``"demo"``, the table name, ``field`` NULL
and a JSON summary in ``new_value`` (e.g. ``{"rooms": 6000, "project_id": 5}``).
Bulk customers get the same search keys :func:`customers.refresh_search` writes,
computed with the same :mod:`crm_desktop.domain.search_keys` functions; the
database's triggers fill the search indexes from them.

Both are deterministic for a seed (``random.Random(seed)``), and both refuse a
database that already holds regions.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import accumulate
from typing import Any

from sqlalchemy import func, insert, select
from stdnum.cn import ric, uscc

from crm_desktop.db.base import utcnow
from crm_desktop.db.models import (
    Building,
    CarPark,
    Customer,
    CustomerPhone,
    CustomerSearch,
    Identity,
    ParkingSpace,
    Project,
    Region,
    Room,
    Vehicle,
)
from crm_desktop.domain import search_keys as keys
from crm_desktop.domain.codes import room_sort_key
from crm_desktop.domain.enums import (
    ContactChannel,
    CustomerKind,
    CustomerLevel,
    DocumentType,
    Gender,
    ProjectKind,
    Relation,
    Role,
    RoomStatus,
    RoomUse,
    SpaceKind,
    SpaceStatus,
)
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import resources as r
from crm_desktop.services.database import Actor, Database, UnitOfWork

SCALES = ("small", "large")
CHUNK_ROWS = 10_000
LARGE_CUSTOMERS = 500_000
CUSTOMER_BATCH = 20_000  # customers per unit of work (and per "demo" audit entry)


@dataclass(frozen=True)
class DemoSummary:
    regions: int
    projects: int
    buildings: int
    rooms: int
    car_parks: int
    spaces: int
    seconds: float
    customers: int = 0
    identities: int = 0

    def describe(self) -> str:
        return (
            f"{self.regions} regions, {self.projects} projects, {self.buildings} buildings, "
            f"{self.rooms} rooms, {self.car_parks} car parks, {self.spaces} parking spaces, "
            f"{self.customers} customers, {self.identities} identities "
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
            customers=count(Customer),
            identities=count(Identity),
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
    # Rooms left unsold whatever the dice say: the walk-through in the README and the
    # workflows' done-scenario sell 3-2-1501 of 翠湖花园.
    unsold: tuple[str, ...] = ()


@dataclass(frozen=True)
class _CarParkSpec:
    name: str
    code: str
    prefix: str
    standard: int
    charging: int
    accessible: int
    unsold: int = 0  # the first spaces left unsold whatever the dice say


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
            _BuildingSpec(
                "3",
                "3栋",
                (15, 18),
                ("1", "2"),
                _FLAT_AREAS,
                skip_unlucky=True,
                unsold=("3-2-1501",),
            ),
            _BuildingSpec("5", "5栋", (6, 11), ("1", "2"), _FLAT_AREAS),
        ),
        (_CarParkSpec("地下停车场", "P1", "B1-", 120, 16, 4, unsold=1),),
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
    _SmallCustomers(db, actor, rng).create()
    from crm_desktop.services.demo_workflows import create_workflow_samples

    create_workflow_samples(db, actor, rng)


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
        rooms = s.execute(
            select(Room.id, Room.use, Room.code).where(Room.building_id == building_id)
        ).all()
    for room_id, use, code in sorted(rooms):
        statuses[room_id] = _pick(rng, MIX_BY_USE.get(use, RESIDENTIAL_MIX))
        if code in b.unsold:
            statuses[room_id] = RoomStatus.UNSOLD


def _small_car_park(
    db: Database,
    actor: Actor,
    rng: random.Random,
    project_id: int,
    p: _CarParkSpec,
    statuses: dict[int, SpaceStatus],
) -> None:
    park = r.create_car_park(db, actor, r.CarParkFields(project_id, p.name, p.code))
    made: list[int] = []
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
        made += ids
        for space_id in ids:
            statuses[space_id] = _pick(rng, SPACE_MIX)
    # The walk-through lets 3-2-1501 with a parking space it sells first (B1-001).
    for space_id in made[: p.unsold]:
        statuses[space_id] = SpaceStatus.UNSOLD


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
    customers: int = LARGE_CUSTOMERS,
) -> None:
    """Bulk-insert a large portfolio (audited per batch, not per row; see the module doc).

    Buildings cycle through ``shapes`` (units, floors, rooms per floor); room codes
    are ``building-unit-number``, unique per project. One unit of work per project
    holds its buildings, rooms and spaces. Then ``customers`` customers, see
    :func:`_bulk_customers`.
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
    _bulk_customers(db, actor, seed=seed, count=customers)


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


# --- customers: names, documents, phones, plates -------------------------------------------
# Surnames with rough relative frequencies. The polyphonic ones are there on purpose:
# their surname reading is not the common one (单 Shan, 曾 Zeng, 覃 Qin, 解 Xie, 区 Ou,
# 仇 Qiu, 朴 Piao, 查 Zha), and the search must find them by either reading.
_SURNAMES = (
    ("王", 72), ("李", 70), ("张", 66), ("刘", 53), ("陈", 45), ("杨", 32), ("黄", 24),
    ("赵", 21), ("吴", 20), ("周", 19), ("徐", 15), ("孙", 15), ("马", 13), ("朱", 12),
    ("胡", 12), ("郭", 11), ("何", 10), ("林", 10), ("高", 10), ("罗", 9), ("郑", 9),
    ("梁", 8), ("谢", 7), ("宋", 7), ("唐", 7), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6),
    ("曹", 6), ("彭", 5), ("曾", 5), ("肖", 5), ("田", 5), ("董", 5), ("袁", 4), ("潘", 4),
    ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4), ("程", 4), ("苏", 3),
    ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3),
    ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 2), ("范", 2), ("金", 2), ("石", 2),
    ("廖", 2), ("贾", 2), ("夏", 2), ("韦", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2),
    ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("欧阳", 1), ("上官", 1),
    ("单", 1), ("覃", 1), ("解", 1), ("区", 1), ("仇", 1), ("朴", 1), ("查", 1),
)  # fmt: skip
_COMPOUND_SURNAMES = ("欧阳", "上官")
_MALE_GIVEN = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "斌", "波",
    "浩", "宇", "峰", "洋", "阳", "建华", "志强", "国庆", "海涛", "俊杰", "浩然", "子轩",
    "宇航", "文斌", "建国", "晓东", "鹏飞", "振华", "家豪", "嘉伟", "永强", "德明", "立新",
    "志伟", "明辉", "建军", "国强", "伟东", "成浩", "思远", "天佑", "俊熙", "博文", "一鸣",
    "云飞", "卫东", "红军", "建平", "金龙", "福生",
)  # fmt: skip
_FEMALE_GIVEN = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "燕", "玲", "萍", "红", "洁",
    "琳", "秀英", "桂英", "秀兰", "玉兰", "海燕", "晓燕", "丽娟", "欣怡", "梓涵", "佳琪",
    "思彤", "雨涵", "诗琪", "美玲", "慧敏", "雅婷", "婉清", "晓红", "春梅", "淑珍", "嘉欣",
    "雪梅", "丽华", "玉梅", "婷婷", "静怡", "可馨", "若曦", "雨桐", "晓丽", "金凤", "月华",
    "凤英", "淑华", "美华", "丹丹", "文静", "思琪", "佳怡",
)  # fmt: skip
# Every small demo has one customer of each polyphonic surname: (name, gender, birthplace).
_POLYPHONIC_PEOPLE = (
    ("单丽娟", Gender.FEMALE, "320102"),
    ("曾志伟", Gender.MALE, "440305"),
    ("覃海燕", Gender.FEMALE, "450103"),
    ("解文斌", Gender.MALE, "370102"),
    ("区嘉欣", Gender.FEMALE, "440604"),
    ("仇建国", Gender.MALE, "320102"),
    ("朴成浩", Gender.MALE, "222401"),
    ("查思远", Gender.MALE, "330106"),
)
_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "199",
)  # fmt: skip
# Birthplace codes (resident ID characters 1-6) of people from other cities.
_ELSEWHERE = (
    "110105", "110108", "310104", "430102", "450103", "420106", "510107", "350203",
    "320102", "370102", "410105", "610113", "440604", "441302", "360102", "500103",
)  # fmt: skip
# Trade names: two characters, one of each list (900 of them).
_NAME_FIRST = "鼎恒新卓宏盛明博金瑞海天中远华正嘉同聚凯德信安宇泰鸿隆兴达永"
_NAME_SECOND = "盛通锐越图世德远桥丰纳成和航晟邦禾创力源华泰达信诚合星辉科川"
_COMPANY_TRADES = (
    "科技", "贸易", "投资管理", "餐饮管理", "教育咨询", "医疗器械", "物流", "文化传媒",
    "建筑装饰", "信息技术", "商业管理", "健康咨询",
)  # fmt: skip
_VEHICLES = (
    ("比亚迪", "汉", True), ("比亚迪", "宋PLUS", True), ("特斯拉", "Model 3", True),
    ("理想", "L7", True), ("蔚来", "ES6", True), ("丰田", "凯美瑞", False),
    ("本田", "雅阁", False), ("大众", "帕萨特", False), ("宝马", "X3", False),
    ("奥迪", "A6L", False), ("日产", "轩逸", False), ("别克", "GL8", False),
)  # fmt: skip
_COLOURS = ("白色", "黑色", "银色", "灰色", "蓝色", "红色")
_BANKS = ("中国工商银行", "中国建设银行", "招商银行", "中国银行", "中国农业银行")
_TAGS = ("业委会委员", "独居老人", "装修中", "志愿者", "宠物")
_LEVELS = {
    CustomerLevel.STANDARD: 85,
    CustomerLevel.VIP: 8,
    CustomerLevel.KEY: 3,
    CustomerLevel.ATTENTION: 4,
}
_CHANNELS = {
    ContactChannel.WECHAT: 45,
    ContactChannel.PHONE: 30,
    ContactChannel.SMS: 15,
    ContactChannel.EMAIL: 5,
    None: 5,
}


@dataclass(frozen=True)
class _City:
    name: str
    regions: tuple[str, ...]  # district codes: resident IDs and credit codes
    area: str  # landline area code
    plates: tuple[str, ...]  # plate prefixes (province and city letter)


_PROJECT_CITIES = {
    "翠湖花园": _City("广州市", ("440106", "440104", "440105"), "020", ("粤A",)),
    "锦绣华庭": _City("深圳市", ("440305", "440304", "440303"), "0755", ("粤B",)),
    "滨江壹号": _City("杭州市", ("330108", "330106", "330102"), "0571", ("浙A",)),
    "金融中心写字楼": _City("上海市", ("310115", "310104", "310101"), "021", ("沪A", "沪B")),
}
_ALL_CITIES = tuple(_PROJECT_CITIES.values())
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_check(body: str) -> str:
    """Check character of an 8-digit organisation code (GB 11714), characters 9-17 of a
    credit code."""
    value = 11 - sum(int(ch) * w for ch, w in zip(body, _ORG_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(value, str(value))


class _People:
    """Deterministic, realistic names and identifiers: resident IDs and credit codes
    with valid check characters, valid mobile and landline numbers and plates, unique
    documents and plates."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.documents: set[str] = set()
        self.plates: set[str] = set()
        self.companies: set[str] = set()
        self._surnames = [name for name, _ in _SURNAMES]
        self._cum_weights = list(accumulate(weight for _, weight in _SURNAMES))

    def gender(self) -> Gender:
        return Gender.MALE if self.rng.random() < 0.5 else Gender.FEMALE

    def name(self, gender: Gender, surname: str | None = None) -> str:
        if surname is None:
            surname = self.rng.choices(self._surnames, cum_weights=self._cum_weights)[0]
        given = _MALE_GIVEN if gender == Gender.MALE else _FEMALE_GIVEN
        return surname + self.rng.choice(given)

    def day(self, first_year: int, last_year: int) -> date:
        start = date(first_year, 1, 1)
        span = (date(last_year, 12, 31) - start).days + 1
        return start + timedelta(days=self.rng.randrange(span))

    def resident_id(self, region: str, birth: date, gender: Gender) -> str:
        """18 characters: birthplace, birth date, sequence (17th digit odd for men) and
        the GB 11643 check character."""
        male = 1 if gender == Gender.MALE else 0
        while True:
            body = f"{region}{birth:%Y%m%d}{self.rng.randrange(500) * 2 + male:03d}"
            number = body + ric.calc_check_digit(body + "0")
            if number not in self.documents:
                self.documents.add(number)
                return number

    def credit_code(self, region: str) -> str:
        """A unified social credit code: 9 (market regulator) 1 (enterprise), district,
        organisation code with its GB 11714 check, GB 32100 check character."""
        while True:
            body = f"{self.rng.randrange(10**8):08d}"
            code = f"91{region}{body}{_org_check(body)}"
            code += uscc.calc_check_digit(code)
            if code not in self.documents:
                self.documents.add(code)
                return code

    def mobile(self) -> str:
        return self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self, area: str) -> str:
        return f"{area}-{self.rng.choice('2356')}{self.rng.randrange(10**7):07d}"

    def plate(self, prefix: str, new_energy: bool) -> str:
        rng = self.rng
        while True:
            if new_energy:  # small new-energy car: D (electric) or F (hybrid), 5 more
                plate = f"{prefix}{rng.choice('DDDF')}{rng.randrange(10**5):05d}"
            else:
                tail = f"{rng.randrange(10**5):05d}"
                if rng.random() < 0.4:  # one letter among the digits
                    at = rng.randrange(5)
                    tail = tail[:at] + rng.choice(_PLATE_LETTERS) + tail[at + 1 :]
                plate = prefix + tail
            if plate not in self.plates:
                self.plates.add(plate)
                return plate

    def company_name(self, city: _City) -> str:
        """Unique while there are names left (10,800 per city); then names repeat, as
        only the credit code must be unique."""
        rng = self.rng
        for _ in range(20):
            head = rng.choice(_NAME_FIRST) + rng.choice(_NAME_SECOND)
            name = f"{city.name}{head}{rng.choice(_COMPANY_TRADES)}有限公司"
            if name not in self.companies:
                break
        self.companies.add(name)
        return name


def _surname(name: str) -> str:
    return name[:2] if name[:2] in _COMPOUND_SURNAMES else name[:1]


def _opposite(gender: Gender) -> Gender:
    return Gender.FEMALE if gender == Gender.MALE else Gender.MALE


# --- customers of the small demo (through the services) ------------------------------------
# Buildings whose sold rooms nearly all have their owners recorded; elsewhere a few.
_FOCUS = {("翠湖花园", "3"), ("锦绣华庭", "1"), ("锦绣华庭", "2"), ("金融中心写字楼", "B")}
_SMALL_HOUSEHOLDS_PER_UOW = 20
_OWNER_STATUSES = frozenset(RoomStatus) - {RoomStatus.UNSOLD}


@dataclass(frozen=True)
class _SmallRoom:
    id: int
    project: str
    building: str
    use: RoomUse
    status: RoomStatus


@dataclass(frozen=True)
class _Person:
    name: str
    gender: Gender | None
    birth: date | None


class _SmallCustomers:
    """About 250 customers of the small portfolio and their identities: owners (some
    co-owners, some landlords of several flats, some who bought from a previous owner),
    tenants with their families, residents, emergency contacts, companies renting shops
    and offices; then vehicles, bank accounts and verifications. Every record goes
    through the customer and identity services (a few households per unit of work)."""

    def __init__(self, db: Database, actor: Actor, rng: random.Random) -> None:
        self.db, self.actor, self.rng = db, actor, rng
        self.people = _People(rng)
        self.info: dict[int, _Person] = {}
        self.project_of: dict[int, str] = {}
        self.landlords: dict[str, list[int]] = {}  # project -> owners who may buy more
        self.rooms_of: dict[int, list[int]] = {}  # owner -> rooms owned
        self.documents: list[int] = []  # customers with a document (to verify)
        self.polyphonic = list(_POLYPHONIC_PEOPLE)

    def create(self) -> None:
        households = [room for room in self._rooms() if self._recorded(room)]
        for start in range(0, len(households), _SMALL_HOUSEHOLDS_PER_UOW):
            with self.db.write(self.actor) as uow:
                for room in households[start : start + _SMALL_HOUSEHOLDS_PER_UOW]:
                    self._household(uow, room)
        with self.db.write(self.actor) as uow:
            self._space_owners(uow)
        self._vehicles()
        self._accounts()
        self._verify()

    # -- who lives where ----------------------------------------------------------------
    def _rooms(self) -> list[_SmallRoom]:
        stmt = (
            select(Room.id, Project.name, Building.code, Room.use, Room.status)
            .join(Building, Building.id == Room.building_id)
            .join(Project, Project.id == Building.project_id)
            .where(Room.retired_at.is_(None))
            .order_by(Room.id)
        )
        with self.db.read() as s:
            return [_SmallRoom(*row) for row in s.execute(stmt)]

    def _recorded(self, room: _SmallRoom) -> bool:
        if room.status not in _OWNER_STATUSES:
            return False
        chance = self.rng.random()
        if (room.project, room.building) in _FOCUS:
            return chance < 0.8
        if room.use == RoomUse.OFFICE and room.status == RoomStatus.RENTED:
            return chance < 0.2
        return chance < 0.025

    def _household(self, uow: UnitOfWork, room: _SmallRoom) -> None:
        rng = self.rng
        bought = self.people.day(2012, 2023)
        if room.use != RoomUse.RESIDENTIAL:
            self._business(uow, room, bought)
            return
        if rng.random() < 0.08:  # bought from a previous owner: the old ownership ended
            seller = self._person(uow, room.project)
            since = self.people.day(2005, bought.year - 4)
            sold = self._identity(uow, seller, Role.OWNER, room, since)
            idn.end_identity_in(uow, sold, None, bought, "二手房过户给现业主")
        owners = self._owners(uow, room, bought)
        if room.status == RoomStatus.RENTED:
            let = bought + timedelta(days=rng.randrange(30, 200))
            if bought.year <= 2021 and rng.random() < 0.3:  # the previous tenant moved out
                let = self._tenancy(uow, room, let, current=False)
            self._tenancy(uow, room, let, current=True)
        elif room.status == RoomStatus.VACANT and bought.year <= 2021 and rng.random() < 0.6:
            self._tenancy(uow, room, bought + timedelta(days=rng.randrange(30, 200)), current=False)
        elif room.status in (RoomStatus.OCCUPIED, RoomStatus.HANDED_OVER) and len(owners) == 1:
            self._family(uow, room, owners[0], bought)

    def _owners(self, uow: UnitOfWork, room: _SmallRoom, since: date) -> list[int]:
        rng = self.rng
        landlords = self.landlords.setdefault(room.project, [])
        if (
            room.status in (RoomStatus.RENTED, RoomStatus.VACANT)
            and landlords
            and rng.random() < 0.3
        ):
            owner = rng.choice(landlords)  # owns several flats and lets them
            self._identity(uow, owner, Role.OWNER, room, since)
            self.rooms_of[owner].append(room.id)
            return [owner]
        owner = self._person(uow, room.project)
        first = self._identity(uow, owner, Role.OWNER, room, since)
        landlords.append(owner)
        self.rooms_of[owner] = [room.id]
        if rng.random() >= 0.14:
            return [owner]
        # Co-owners: a couple, half each or 60/40.
        spouse = self._person(uow, room.project, gender=_opposite(self.info[owner].gender))
        mine, theirs = ("50", "50") if rng.random() < 0.7 else ("60", "40")
        idn.add_identity_in(
            uow,
            spouse,
            idn.IdentityFields(
                Role.OWNER,
                room_id=room.id,
                share=theirs,
                start_date=since,
                other_shares={first: mine},
            ),
        )
        return [owner, spouse]

    def _tenancy(self, uow: UnitOfWork, room: _SmallRoom, since: date, *, current: bool) -> date:
        """A tenant from ``since`` (a current lease starts 2021 or later); a past lease
        lasted one to three years. Returns the day the past lease ended."""
        rng = self.rng
        if current:
            since = max(since, self.people.day(2021, 2025))
        if room.use == RoomUse.RESIDENTIAL or rng.random() < 0.4:
            tenant = self._person(uow, room.project)
        else:
            tenant = self._company(uow, room.project)
        lease = self._identity(uow, tenant, Role.TENANT, room, since)
        if not current:
            ended = since + timedelta(days=rng.choice((365, 730, 1095)))
            idn.end_identity_in(uow, lease, None, ended, "租约到期，已退租")
            return ended
        if room.use != RoomUse.RESIDENTIAL or self.info[tenant].gender is None:
            return since
        if rng.random() < 0.4:
            self._relative(uow, room, tenant, Relation.SPOUSE, since)
        if rng.random() < 0.3:
            self._relative(uow, room, tenant, Relation.CHILD, since)
        return since

    def _family(self, uow: UnitOfWork, room: _SmallRoom, owner: int, since: date) -> None:
        rng = self.rng
        if rng.random() < 0.25:
            self._relative(uow, room, owner, Relation.SPOUSE, since)
        if rng.random() < 0.2:
            self._relative(uow, room, owner, Relation.CHILD, since)
        if rng.random() < 0.05:
            nanny = self._person(uow, room.project, gender=Gender.FEMALE)
            self._identity(uow, nanny, Role.RESIDENT, room, since, notes="住家保姆")
        if rng.random() < 0.06:
            son = self._person(uow, room.project, surname=_surname(self.info[owner].name))
            self._identity(
                uow, son, Role.EMERGENCY_CONTACT, room, since, notes="业主子女，在外地工作"
            )

    def _relative(
        self, uow: UnitOfWork, room: _SmallRoom, holder: int, relation: Relation, since: date
    ) -> int:
        person = self.info[holder]
        if relation == Relation.SPOUSE:
            who = self._person(uow, room.project, gender=_opposite(person.gender))
        else:
            who = self._person(uow, room.project, surname=_surname(person.name), child=True)
            born = self.info[who].birth
            since = max(since, born) if born else since
        idn.add_identity_in(
            uow,
            who,
            idn.IdentityFields(
                Role.FAMILY,
                room_id=room.id,
                relation=relation,
                related_customer_id=holder,
                start_date=since,
            ),
        )
        return who

    def _business(self, uow: UnitOfWork, room: _SmallRoom, since: date) -> None:
        """Shops and offices: owned by a company or an investor, let to companies and
        shopkeepers."""
        rng = self.rng
        if rng.random() < 0.4:
            owner = self._company(uow, room.project)
        else:
            owner = self._person(uow, room.project)
        self._identity(uow, owner, Role.OWNER, room, since)
        self.rooms_of[owner] = [room.id]
        if room.status == RoomStatus.VACANT and since.year <= 2021 and rng.random() < 0.6:
            self._tenancy(uow, room, since + timedelta(days=90), current=False)
        elif room.status == RoomStatus.RENTED:
            if room.use == RoomUse.OFFICE or rng.random() < 0.6:
                tenant = self._company(uow, room.project)
            else:
                tenant = self._person(uow, room.project)
            self._identity(uow, tenant, Role.TENANT, room, self.people.day(2021, 2025))

    def _space_owners(self, uow: UnitOfWork) -> None:
        stmt = (
            select(ParkingSpace.id, Project.name)
            .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
            .join(Project, Project.id == CarPark.project_id)
            .where(ParkingSpace.status == SpaceStatus.SOLD)
            .order_by(ParkingSpace.id)
        )
        spaces = [(sid, p) for sid, p in uow.session.execute(stmt) if self.landlords.get(p)]
        for space_id, project in self.rng.sample(spaces, min(20, len(spaces))):
            owner = self.rng.choice(self.landlords[project])
            idn.add_identity_in(
                uow,
                owner,
                idn.IdentityFields(
                    Role.OWNER, space_id=space_id, start_date=self.people.day(2015, 2024)
                ),
            )

    # -- the customers themselves ---------------------------------------------------------
    def _identity(
        self, uow: UnitOfWork, customer: int, role: Role, room: _SmallRoom, since: date, notes=""
    ) -> int:
        return idn.add_identity_in(
            uow, customer, idn.IdentityFields(role, room_id=room.id, start_date=since, notes=notes)
        )

    def _consent(self) -> date:
        return self.people.day(2021, 2024)

    def _person(
        self,
        uow: UnitOfWork,
        project: str,
        *,
        gender: Gender | None = None,
        surname: str | None = None,
        child: bool = False,
    ) -> int:
        rng, people = self.rng, self.people
        city = _PROJECT_CITIES[project]
        region = rng.choice(city.regions) if rng.random() < 0.6 else rng.choice(_ELSEWHERE)
        wanted = gender
        if (
            self.polyphonic
            and not child
            and surname is None
            and wanted in (None, self.polyphonic[0][1])
            and rng.random() < 0.15
        ):
            name, gender, region = self.polyphonic.pop(0)
        else:
            gender = gender or people.gender()
            name = people.name(gender, surname)
        birth = people.day(2008, 2019) if child else people.day(1948, 1999)
        has_document = rng.random() < (0.4 if child else 0.96)
        number = people.resident_id(region, birth, gender) if has_document else ""
        phones = []
        if not child or birth.year < 2010:
            phones.append(c.PhoneEntry(people.mobile(), "手机", True))
            if rng.random() < 0.2:
                phones.append(c.PhoneEntry(people.landline(city.area), "家"))
        email = ""
        if not child and rng.random() < 0.25:
            handle = keys.pinyin_tokens(name).split()[0]
            email = f"{handle}{birth:%y}@{rng.choice(('qq.com', '163.com', '126.com'))}"
        tags = ""
        if not child and rng.random() < 0.08:
            tags = "独居老人" if birth.year < 1955 else rng.choice(_TAGS)
        fields = c.CustomerFields(
            kind=CustomerKind.PERSON,
            name=name,
            gender=gender,
            birth_date=None if number else birth,  # a resident ID carries it
            nationality="中国",
            document_type=DocumentType.RESIDENT_ID if number else None,
            document_number=number,
            phones=phones,
            email=email,
            level=CustomerLevel.STANDARD if child else _pick(rng, _LEVELS),
            tags=tags,
            preferred_channel=None if child else _pick(rng, _CHANNELS),
            consent_date=self._consent(),
        )
        customer = c.create_customer_in(uow, fields)
        self.info[customer] = _Person(name, gender, birth)
        self.project_of[customer] = project
        if number:
            self.documents.append(customer)
        return customer

    def _company(self, uow: UnitOfWork, project: str) -> int:
        rng, people = self.rng, self.people
        city = _PROJECT_CITIES[project]
        gender = people.gender()
        fields = c.CustomerFields(
            kind=CustomerKind.COMPANY,
            name=people.company_name(city),
            document_number=people.credit_code(rng.choice(city.regions)),
            legal_representative=people.name(gender),
            phones=[
                c.PhoneEntry(people.landline(city.area), "前台", True),
                c.PhoneEntry(people.mobile(), "联系人"),
            ],
            level=_pick(rng, _LEVELS),
            preferred_channel=ContactChannel.PHONE,
            consent_date=self._consent(),
        )
        customer = c.create_customer_in(uow, fields)
        self.info[customer] = _Person(fields.name, None, None)
        self.project_of[customer] = project
        self.documents.append(customer)
        return customer

    # -- vehicles, accounts, verification (each its own service call) ------------------------
    def _vehicles(self) -> None:
        rng = self.rng
        drivers = [k for k, v in self.info.items() if v.gender is not None and k in self.rooms_of]
        for customer in rng.sample(drivers, min(20, len(drivers))):
            brand, model, electric = rng.choice(_VEHICLES)
            prefix = rng.choice(_PROJECT_CITIES[self.project_of[customer]].plates)
            fields = c.VehicleFields(
                self.people.plate(prefix, electric), brand, model, rng.choice(_COLOURS)
            )
            c.add_vehicle(self.db, self.actor, customer, fields)

    def _accounts(self) -> None:
        rng = self.rng
        owners = sorted(self.rooms_of)
        for customer in rng.sample(owners, min(6, len(owners))):
            city = _PROJECT_CITIES[self.project_of[customer]]
            fields = c.AccountFields(
                bank=f"{rng.choice(_BANKS)} {city.name[:-1]}分行",
                account_name=self.info[customer].name,
                account_number=f"6222{rng.randrange(10**15):015d}",
                room_ids=self.rooms_of[customer],
            )
            c.add_account(self.db, self.actor, customer, fields)

    def _verify(self) -> None:
        chosen = sorted(self.rng.sample(self.documents, len(self.documents) // 5))
        with self.db.read() as s:
            versions = {cid: v for cid, v in s.execute(select(Customer.id, Customer.version))}
        for customer in chosen:
            c.verify_customer(self.db, self.actor, customer, versions[customer])


# --- customers of the large demo (bulk) -----------------------------------------------------
OWNER_SHARE_OF_CUSTOMERS = 0.6  # customers with an owner identity (current or past)
_HUNDRED = Decimal("100.00")
_ALL_REGIONS = tuple(r for city in _ALL_CITIES for r in city.regions) + _ELSEWHERE

# (role, room id, share, relation, index of the related customer, start, end, end reason)
_Planned = tuple[Role, int, Decimal | None, Relation | None, int | None, date, date | None, str]


def _bulk_plan(rng: random.Random, rooms: list[tuple[int, RoomStatus]], count: int):
    """Identities of customers 0..count-1 (by position), household by household: the
    rooms' owners (12% two co-owners, 3% after a previous owner who sold), on let rooms
    a tenant (30% with a spouse), until ``OWNER_SHARE_OF_CUSTOMERS`` of the customers
    own something or the rooms run out. The rest have no identity."""
    plan: dict[int, list[_Planned]] = {}
    wanted = int(count * OWNER_SHARE_OF_CUSTOMERS)
    i = owners = 0
    day = _People(rng).day
    for room_id, status in rooms:
        if owners >= wanted or i + 2 >= count:
            break
        bought = day(2008, 2024)
        if rng.random() < 0.03:
            plan[i] = [
                (Role.OWNER, room_id, _HUNDRED, None, None, day(2000, 2007), bought, "二手房过户")
            ]
            i += 1
            owners += 1
        if rng.random() < 0.12:
            a, b = (Decimal("50.00"),) * 2 if rng.random() < 0.7 else (Decimal("60"), Decimal("40"))
            plan[i] = [(Role.OWNER, room_id, a, None, None, bought, None, "")]
            plan[i + 1] = [(Role.OWNER, room_id, b, None, None, bought, None, "")]
            i += 2
            owners += 2
        else:
            plan[i] = [(Role.OWNER, room_id, _HUNDRED, None, None, bought, None, "")]
            i += 1
            owners += 1
        if status == RoomStatus.RENTED and i + 1 < count:
            since = day(2021, 2025)
            plan[i] = [(Role.TENANT, room_id, None, None, None, since, None, "")]
            if rng.random() < 0.3:
                plan[i + 1] = [(Role.FAMILY, room_id, None, Relation.SPOUSE, i, since, None, "")]
                i += 1
            i += 1
    return plan


class _BulkRows:
    """Rows of bulk customers, and their search keys computed as
    :func:`customers.refresh_search` does (cached per name: names repeat)."""

    def __init__(self, rng: random.Random, actor: Actor, now) -> None:
        self.rng = rng
        self.people = _People(rng)
        self.actor_id = actor.id
        self.now = now
        self.scope = str(c.DEFAULT_CONSENT_SCOPE)
        self._keys: dict[str, tuple[str, str]] = {}
        self._levels = (list(_LEVELS), list(accumulate(_LEVELS.values())))
        self._channels = (list(_CHANNELS), list(accumulate(_CHANNELS.values())))

    def search_keys(self, name: str) -> tuple[str, str]:
        found = self._keys.get(name)
        if found is None:
            pinyin = f"{keys.pinyin_lead_tokens(name)} {keys.pinyin_tokens(name)}".strip()
            found = self._keys[name] = (keys.name_chars(name), pinyin)
        return found

    def customer(self) -> tuple[dict[str, Any], list[tuple[str, str]], str | None]:
        """(customer row, [(phone, label)], plate or None)."""
        rng, people = self.rng, self.people
        city = rng.choice(_ALL_CITIES)
        phones = [(people.mobile(), "手机")]
        if rng.random() < 0.01:
            name = people.company_name(city)
            number = people.credit_code(rng.choice(city.regions))
            kind, gender, birth, doc_type = CustomerKind.COMPANY, None, None, DocumentType.USCC
            representative = people.name(people.gender())
            phones.insert(0, (people.landline(city.area).replace("-", ""), "前台"))
        else:
            gender = people.gender()
            name = people.name(gender)
            birth = people.day(1945, 2004)
            kind, representative = CustomerKind.PERSON, ""
            if rng.random() < 0.95:
                region = rng.choice(_ALL_REGIONS)
                number, doc_type = (
                    people.resident_id(region, birth, gender),
                    DocumentType.RESIDENT_ID,
                )
            else:
                number = doc_type = None
            if rng.random() < 0.15:
                phones.append((people.landline(city.area).replace("-", ""), "家"))
        plate = None
        if rng.random() < 0.12:
            plate = people.plate(rng.choice(city.plates), rng.random() < 0.3)
        verified = number is not None and rng.random() < 0.3
        now = self.now
        row = {
            "kind": kind,
            "name": name,
            "gender": gender,
            "birth_date": birth,
            "nationality": "中国" if kind == CustomerKind.PERSON else "",
            "document_type": doc_type,
            "document_number": number,
            "legal_representative": representative,
            "email": "",
            "address": "",
            "notes": "",
            "level": rng.choices(self._levels[0], cum_weights=self._levels[1])[0],
            "tags": "",
            "preferred_channel": rng.choices(self._channels[0], cum_weights=self._channels[1])[0],
            "consent_date": people.day(2021, 2024),
            "consent_scope": self.scope,
            "verified_at": now if verified else None,
            "verified_by_id": self.actor_id if verified else None,
            "verified_document": number if verified else None,
            "merged_into_id": None,
            "merged_at": None,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        return row, phones, plate


def _bulk_customers(
    db: Database, actor: Actor, *, seed: int = 7, count: int = LARGE_CUSTOMERS, batch: int = 0
) -> None:
    """Bulk-insert ``count`` customers with phones, vehicles, search keys and identities
    on the portfolio's rooms (see :func:`_bulk_plan`), ``batch`` customers per unit of
    work, each batch audited by one "demo" entry per table.

    A random stream of its own: the rooms are the same with or without customers.
    """
    if count <= 0:
        return
    batch = batch or CUSTOMER_BATCH
    rng = random.Random(seed * 1_000_003 + 1)
    now = utcnow()
    with db.read() as s:
        rooms = [
            (room_id, status)
            for room_id, status in s.execute(
                select(Room.id, Room.status).where(Room.retired_at.is_(None)).order_by(Room.id)
            )
            if status != RoomStatus.UNSOLD
        ]
    rng.shuffle(rooms)
    plan = _bulk_plan(rng, rooms, count)
    rows = _BulkRows(rng, actor, now)
    versioned = {"version": 1, "created_at": now, "updated_at": now}
    ids: list[int] = []  # customer id by position
    for start in range(0, count, batch):
        made = [rows.customer() for _ in range(start, min(count, start + batch))]
        with db.write(actor) as uow:
            s = uow.session
            last = s.scalar(select(func.max(Customer.id))) or 0
            _insert(uow, Customer, [row for row, _, _ in made])
            new_ids = list(
                s.scalars(select(Customer.id).where(Customer.id > last).order_by(Customer.id))
            )
            if len(new_ids) != len(
                made
            ):  # another PC wrote meanwhile: cannot happen in BEGIN IMMEDIATE
                raise RuntimeError("bulk customer ids out of step")
            ids.extend(new_ids)
            phones: list[dict[str, Any]] = []
            searches: list[dict[str, Any]] = []
            vehicles: list[dict[str, Any]] = []
            identities: list[dict[str, Any]] = []
            for position, (cid, (row, numbers, plate)) in enumerate(
                zip(new_ids, made, strict=True), start
            ):
                for n, (number, label) in enumerate(numbers):
                    phones.append(
                        {
                            "customer_id": cid,
                            "number": number,
                            "label": label,
                            "is_primary": n == 0,
                            "position": n,
                        }
                    )
                name_chars, pinyin = rows.search_keys(row["name"])
                document = row["document_number"]
                searches.append(
                    {
                        "customer_id": cid,
                        "name_chars": name_chars,
                        "pinyin": pinyin,
                        # in the order refresh_search reads them on SQLite (number index)
                        "phones": " ".join(sorted(keys.digits_only(n) for n, _ in numbers)),
                        "plates": plate or "",
                        "document_rev": keys.reverse_key(document) if document else None,
                    }
                )
                if plate:
                    brand, model, _ = rng.choice(_VEHICLES)
                    vehicles.append(
                        {
                            **versioned,
                            "customer_id": cid,
                            "plate": plate,
                            "brand": brand,
                            "model": model,
                            "colour": rng.choice(_COLOURS),
                            "notes": "",
                            "removed_at": None,
                        }
                    )
                for role, room_id, share, relation, related, since, until, why in plan.get(
                    position, ()
                ):
                    identities.append(
                        {
                            **versioned,
                            "customer_id": cid,
                            "role": role,
                            "room_id": room_id,
                            "space_id": None,
                            "share": share,
                            "relation": relation,
                            "related_customer_id": None if related is None else ids[related],
                            "start_date": since,
                            "end_date": until,
                            "end_reason": why,
                            "notes": "",
                        }
                    )
            _insert(uow, CustomerPhone, phones)
            _insert(uow, CustomerSearch, searches)  # the triggers fill the search indexes
            _insert(uow, Vehicle, vehicles)
            _insert(uow, Identity, identities)
            first_last = {"first_id": new_ids[0], "last_id": new_ids[-1]}
            _audit_batch(uow, "customer", {"customers": len(made), **first_last})
            _audit_batch(uow, "customer_phone", {"customer_phones": len(phones), **first_last})
            _audit_batch(uow, "customer_search", {"customer_search": len(searches), **first_last})
            if vehicles:
                _audit_batch(uow, "vehicle", {"vehicles": len(vehicles), **first_last})
            if identities:
                _audit_batch(uow, "identity", {"identities": len(identities), **first_last})
