"""Maintaining the property base data: regions, projects, buildings, rooms,
car parks, parking spaces; bulk generation; room split and merge.

Every public function is one transaction with its audit entries, takes plain
data in (the ``*Fields`` dataclasses) and returns ids, never ORM objects.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import func, select

from crm_desktop.db.base import utcnow
from crm_desktop.db.models import (
    Base,
    Building,
    CarPark,
    ParkingSpace,
    Project,
    Region,
    Room,
    RoomLineage,
)
from crm_desktop.domain.codes import FULLWIDTH, room_sort_key
from crm_desktop.domain.enums import ProjectKind, RoomStatus, RoomUse, SpaceKind, SpaceStatus
from crm_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services.database import (
    DERIVED_FIELDS,
    Actor,
    Database,
    UnitOfWork,
    check_version,
)

MAX_BULK_ROOMS = 5000
MAX_BULK_SPACES = 5000


# --- input records ------------------------------------------------------------------------
@dataclass
class RegionFields:
    name: str
    code: str | None = None
    notes: str = ""


@dataclass
class ProjectFields:
    region_id: int
    name: str
    code: str | None = None
    kind: ProjectKind = ProjectKind.RESIDENTIAL
    address: str = ""
    notes: str = ""


@dataclass
class BuildingFields:
    project_id: int
    code: str
    name: str = ""
    floors: int | None = None
    units: int | None = None
    notes: str = ""


@dataclass
class RoomFields:
    building_id: int
    unit: str
    floor: int
    number: str
    code: str = ""  # derived from building-unit-number when left empty
    use: RoomUse = RoomUse.RESIDENTIAL
    gross_area: Decimal | None = None
    inner_area: Decimal | None = None
    status: RoomStatus = RoomStatus.UNSOLD
    notes: str = ""


@dataclass
class CarParkFields:
    project_id: int
    name: str
    code: str | None = None
    notes: str = ""


@dataclass
class ParkingSpaceFields:
    car_park_id: int
    number: str
    kind: SpaceKind = SpaceKind.STANDARD
    status: SpaceStatus = SpaceStatus.UNSOLD
    area: Decimal | None = None
    notes: str = ""


# --- helpers ------------------------------------------------------------------------------
def _clean(text: str | None) -> str:
    return (text or "").strip()


def _require(value: str, field_name: str, label: str) -> str:
    value = _clean(value)
    if not value:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label} is required. Fill it in and save again."),
            field=field_name,
            label=label,
        )
    return value


def parse_area(value: Any, field_name: str = "gross_area") -> Decimal | None:
    """Parse an area in m² (accepts '89.5', '89,5', full-width digits); None if blank."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        area = value
    else:
        text = str(value).strip().translate(FULLWIDTH).replace(",", ".").replace("㎡", "")
        text = text.replace("m²", "").replace("m2", "").strip()
        if not text:
            return None
        try:
            area = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{value}” is not an area. Enter square metres, e.g. 89.50."
                ),
                field=field_name,
                value=str(value),
            ) from None
    if not area.is_finite() or area < 0 or area >= Decimal("100000000"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The area {value} m² is out of range. Enter a number from 0 to 99,999,999.99.",
            ),
            field=field_name,
            value=str(value),
        )
    if area != area.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Areas are kept to two decimals (0.01 m²); {value} has more."
            ),
            field=field_name,
            value=str(value),
        )
    return area.quantize(Decimal("0.01"))


_RECORD_NAMES = {
    "region": QT_TRANSLATE_NOOP("Errors", "region"),
    "project": QT_TRANSLATE_NOOP("Errors", "project"),
    "building": QT_TRANSLATE_NOOP("Errors", "building"),
    "room": QT_TRANSLATE_NOOP("Errors", "room"),
    "car_park": QT_TRANSLATE_NOOP("Errors", "car park"),
    "parking_space": QT_TRANSLATE_NOOP("Errors", "parking space"),
}


def _get(uow_or_session, model: type[Base], record_id: int):
    session = getattr(uow_or_session, "session", uow_or_session)
    obj = session.get(model, record_id)
    if obj is None or getattr(obj, "retired_at", None) is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The {what} you are working on no longer exists (another clerk may "
                "have removed or split it). Refresh the view and try again.",
            ),
            what=_RECORD_NAMES.get(model.__tablename__, model.__tablename__),
        )
    return obj


def _create(uow: UnitOfWork, model: type[Base], values: dict[str, Any]) -> int:
    obj = model(**values)
    uow.session.add(obj)
    uow.session.flush()
    uow.audit_created(obj, values)
    return obj.id


def update_record(
    uow: UnitOfWork,
    model: type[Base],
    record_id: int,
    expected_version: int,
    values: dict[str, Any],
) -> int:
    """Apply changed fields, one audit entry each; refuse if the record moved on. Public
    for the Excel import, which updates the rooms and spaces a file changes this way."""
    obj = _get(uow, model, record_id)
    check_version(obj, expected_version)
    changed = 0
    for name, new in values.items():
        old = getattr(obj, name)
        if old != new:
            setattr(obj, name, new)
            if name not in DERIVED_FIELDS:
                uow.audit("update", model.__tablename__, obj.id, name, old, new)
            changed += 1
    if changed:
        uow.session.flush()  # version_id_col re-checks the version in the UPDATE itself
    return obj.version


def _unique(session, stmt, field_name: str, message: str, **params) -> None:
    if session.scalar(select(func.count()).select_from(stmt.subquery())):
        raise ValidationError(message, field=field_name, **params)


_DUPLICATE = QT_TRANSLATE_NOOP(
    "Errors", "“{value}” is already used by another {what} here. Choose a different {label}."
)


# --- regions and projects -----------------------------------------------------------------
def _region_values(f: RegionFields) -> dict[str, Any]:
    return {
        "name": _require(f.name, "name", QT_TRANSLATE_NOOP("Errors", "Name")),
        "code": _clean(f.code) or None,
        "notes": _clean(f.notes),
    }


def _check_name_free(
    session,
    model: type[Base],
    name: str,
    what: str,
    scope: tuple[Any, int] | None = None,
    exclude_id: int | None = None,
) -> None:
    """Refuse a name already used by another record of ``model`` (within ``scope``)."""
    stmt = select(model.id).where(model.name == name)
    if scope is not None:
        column, value = scope
        stmt = stmt.where(column == value)
    if exclude_id is not None:
        stmt = stmt.where(model.id != exclude_id)
    _unique(
        session,
        stmt,
        "name",
        _DUPLICATE,
        value=name,
        what=what,
        label=QT_TRANSLATE_NOOP("Errors", "name"),
    )


def create_region(db: Database, actor: Actor, fields: RegionFields) -> int:
    values = _region_values(fields)
    with db.write(actor) as uow:
        _check_name_free(uow.session, Region, values["name"], QT_TRANSLATE_NOOP("Errors", "region"))
        return _create(uow, Region, values)


def update_region(
    db: Database, actor: Actor, region_id: int, version: int, fields: RegionFields
) -> int:
    values = _region_values(fields)
    with db.write(actor) as uow:
        _check_name_free(
            uow.session,
            Region,
            values["name"],
            QT_TRANSLATE_NOOP("Errors", "region"),
            exclude_id=region_id,
        )
        return update_record(uow, Region, region_id, version, values)


def _project_values(f: ProjectFields) -> dict[str, Any]:
    return {
        "region_id": f.region_id,
        "name": _require(f.name, "name", QT_TRANSLATE_NOOP("Errors", "Name")),
        "code": _clean(f.code) or None,
        "kind": ProjectKind(f.kind),
        "address": _clean(f.address),
        "notes": _clean(f.notes),
    }


def create_project(db: Database, actor: Actor, fields: ProjectFields) -> int:
    values = _project_values(fields)
    with db.write(actor) as uow:
        _get(uow, Region, values["region_id"])
        _check_name_free(
            uow.session,
            Project,
            values["name"],
            QT_TRANSLATE_NOOP("Errors", "project"),
            scope=(Project.region_id, values["region_id"]),
        )
        return _create(uow, Project, values)


def update_project(
    db: Database, actor: Actor, project_id: int, version: int, fields: ProjectFields
) -> int:
    values = _project_values(fields)
    with db.write(actor) as uow:
        _get(uow, Region, values["region_id"])
        _check_name_free(
            uow.session,
            Project,
            values["name"],
            QT_TRANSLATE_NOOP("Errors", "project"),
            scope=(Project.region_id, values["region_id"]),
            exclude_id=project_id,
        )
        return update_record(uow, Project, project_id, version, values)


# --- buildings ----------------------------------------------------------------------------
_CODE_RE = re.compile(r"^[0-9A-Za-z\u4e00-\u9fff#_.]+$")


def _code(value: str, field_name: str, label: str) -> str:
    value = _require(value, field_name, label)
    if not _CODE_RE.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label} “{value}” may contain only letters, digits and Chinese "
                "characters (no spaces or hyphens, which separate the parts of a room code).",
            ),
            field=field_name,
            label=label,
            value=value,
        )
    return value


def _positive_or_none(value: int | None, field_name: str, label: str) -> int | None:
    if value in (None, 0):
        return None
    if not isinstance(value, int) or value < 0 or value > 300:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{label} must be a whole number from 1 to 300."),
            field=field_name,
            label=label,
        )
    return value


def building_values(f: BuildingFields) -> dict[str, Any]:
    """A building's column values as the building form saves them; raises the form's
    ValidationError (public: the Excel import checks each new building with it)."""
    code = _code(f.code, "code", QT_TRANSLATE_NOOP("Errors", "Building number"))
    return {
        "project_id": f.project_id,
        "code": code,
        "name": _clean(f.name) or code,
        "floors": _positive_or_none(f.floors, "floors", QT_TRANSLATE_NOOP("Errors", "Floors")),
        "units": _positive_or_none(f.units, "units", QT_TRANSLATE_NOOP("Errors", "Units")),
        "notes": _clean(f.notes),
    }


def create_building(
    db: Database, actor: Actor, fields: BuildingFields, rooms: RoomPlan | None = None
) -> int:
    """Create a building, and optionally generate its rooms in the same transaction."""
    values = building_values(fields)
    with db.write(actor) as uow:
        _get(uow, Project, values["project_id"])
        _unique(
            uow.session,
            select(Building.id).where(
                Building.project_id == values["project_id"], Building.code == values["code"]
            ),
            "code",
            _DUPLICATE,
            value=values["code"],
            what=QT_TRANSLATE_NOOP("Errors", "building"),
            label=QT_TRANSLATE_NOOP("Errors", "building number"),
        )
        if rooms is not None:
            values["floors"] = values["floors"] or max(rooms.floors, default=None)
            values["units"] = values["units"] or (len([u for u in rooms.units if u]) or None)
        building_id = _create(uow, Building, values)
        if rooms is not None:
            _generate_rooms(uow, building_id, rooms)
        return building_id


def update_building(
    db: Database, actor: Actor, building_id: int, version: int, fields: BuildingFields
) -> int:
    values = building_values(fields)
    with db.write(actor) as uow:
        building = _get(uow, Building, building_id)
        values["project_id"] = building.project_id  # a building does not move between projects
        _unique(
            uow.session,
            select(Building.id).where(
                Building.project_id == values["project_id"],
                Building.code == values["code"],
                Building.id != building_id,
            ),
            "code",
            _DUPLICATE,
            value=values["code"],
            what=QT_TRANSLATE_NOOP("Errors", "building"),
            label=QT_TRANSLATE_NOOP("Errors", "building number"),
        )
        old_code = building.code
        new_version = update_record(uow, Building, building_id, version, values)
        if old_code != values["code"]:
            _recode_rooms(uow, building, old_code)
        return new_version


def _recode_rooms(uow: UnitOfWork, building: Building, old_code: str) -> None:
    """A renumbered building renumbers the codes of its rooms that followed the pattern."""
    rooms = uow.session.scalars(
        select(Room).where(Room.building_id == building.id, Room.retired_at.is_(None))
    )
    for room in rooms:
        if room.code == room_code(old_code, room.unit, room.number):
            new = room_code(building.code, room.unit, room.number)
            uow.audit("update", "room", room.id, "code", room.code, new)
            room.code = new


# --- rooms --------------------------------------------------------------------------------
def room_code(building_code: str, unit: str, number: str) -> str:
    """Full room code: ``3-2-1501``, or ``3-1501`` for a building without units."""
    return "-".join(p for p in (building_code, unit, number) if p)


def _room_unit(text: str) -> str:
    unit = _clean(text)
    if unit:
        unit = _code(unit, "unit", QT_TRANSLATE_NOOP("Errors", "Unit"))
    return unit


def _room_number(text: str) -> str:
    return _code(text, "number", QT_TRANSLATE_NOOP("Errors", "Room number"))


def _room_floor(floor: Any) -> int:
    if not isinstance(floor, int) or not -10 <= floor <= 300 or floor == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Floor must be a whole number from -10 to 300, without 0 "
                "(basement floors are negative).",
            ),
            field="floor",
        )
    return floor


def _gross_area(value: Any) -> Decimal | None:
    return parse_area(value, "gross_area")


def _inner_area(value: Any) -> Decimal | None:
    return parse_area(value, "inner_area")


def _inner_larger(inner: Decimal, gross: Decimal) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Inner area ({inner} m²) cannot be larger than gross floor area "
            "({gross} m²). Check both figures against the sales plan.",
        ),
        field="inner_area",
        inner=str(inner),
        gross=str(gross),
    )


def room_values(session, f: RoomFields) -> tuple[dict[str, Any], Building]:
    """A room's column values and its building, as the room form saves them; raises the
    form's ValidationError. Public because the Excel import checks each row with it, so
    a file is refused for exactly what a clerk could not type (``session`` only needs
    ``get(Building, id)``: the import passes the buildings the file will create)."""
    building = _get(session, Building, f.building_id)
    unit = _room_unit(f.unit)
    number = _room_number(f.number)
    _room_floor(f.floor)
    code = _clean(f.code) or room_code(building.code, unit, number)
    gross = _gross_area(f.gross_area)
    inner = _inner_area(f.inner_area)
    if gross is not None and inner is not None and inner > gross:
        raise _inner_larger(inner, gross)
    return {
        "building_id": building.id,
        "project_id": building.project_id,
        "unit": unit,
        "floor": f.floor,
        "number": number,
        "code": code,
        "sort_key": room_sort_key(unit, f.floor, number),
        "use": RoomUse(f.use),
        "gross_area": gross,
        "inner_area": inner,
        "status": RoomStatus(f.status),
        "notes": _clean(f.notes),
    }, building


@dataclass
class RoomColumns:
    """The form fields of many rooms, one list per field (all of one length): the input
    of ``room_values_many``. Columns rather than ``RoomFields`` rows, because an import
    of 100,000 rows reads its cells column by column anyway."""

    building_id: list[int]
    unit: list[str]
    floor: list[Any]
    number: list[str]
    code: list[str]
    use: list[RoomUse]
    gross_area: list[Any]
    inner_area: list[Any]
    status: list[RoomStatus]
    notes: list[str]

    @classmethod
    def of(cls, rows: Iterable[RoomFields]) -> RoomColumns:
        rows = list(rows)
        return cls(*([getattr(f, x.name) for f in rows] for x in dataclasses.fields(cls)))


# Types whose equal values are interchangeable (same text, same result of every check):
# a column of one of them is checked once per distinct value keyed by the value itself.
_EXACT_TYPES = (str, int)


def _each(values: list[Any], check: Callable[[Any], Any]) -> tuple[list[Any], set[int]]:
    """``check`` of each value, computed once per distinct value, and the positions where
    it raised (the exception stands in the list in place of a result).

    Values are told apart by type and ``repr`` unless the column holds one type whose
    equal values are interchangeable: Decimal("80") == Decimal("80.00") and 1 == True,
    but they print differently in a message or the audit log.
    """
    types = set(map(type, values))
    if len(types) == 1 and (types <= {*_EXACT_TYPES, type(None)} or issubclass(*types, Enum)):
        keys: list[Any] = values
    else:
        keys = list(zip(map(type, values), map(repr, values), strict=True))
    first = dict(zip(keys, values, strict=True))
    failed: set[Any] = set()
    for key, value in first.items():
        try:
            first[key] = check(value)
        except Exception as e:  # noqa: BLE001 - returned, raised again by the caller
            first[key] = e
            failed.add(key)
    results = list(map(first.__getitem__, keys))
    bad = {i for i, key in enumerate(keys) if key in failed} if failed else set()
    return results, bad


def _first_failure(*results: Any) -> Exception | None:
    return next((x for x in results if isinstance(x, Exception)), None)


def room_values_many(session, rooms: RoomColumns) -> list[dict[str, Any] | ValidationError]:
    """``room_values`` of many rooms at once, for the Excel import: the same values, or
    for a room the form would refuse the same ValidationError, in the list in place of
    the values (any other exception is raised, at the first room that raises it, as
    calling ``room_values`` room by room would).

    Each distinct cell is checked once (a file repeats its buildings, units, floors,
    uses and room numbers), so 100,000 rooms take a fraction of a second rather than
    seconds. tests/services/test_resources.py gives both the same rooms, good and bad,
    so the two cannot drift apart.
    """
    n = len(rooms.building_id)
    if any(len(getattr(rooms, x.name)) != n for x in dataclasses.fields(rooms)):
        raise ValueError("room_values_many: the columns differ in length")
    buildings, b1 = _each(rooms.building_id, lambda bid: _get(session, Building, bid))
    units, b2 = _each(rooms.unit, _room_unit)
    numbers, b3 = _each(rooms.number, _room_number)
    floors, b4 = _each(rooms.floor, _room_floor)
    codes, b5 = _each(rooms.code, _clean)
    gross, b6 = _each(rooms.gross_area, _gross_area)
    inner, b7 = _each(rooms.inner_area, _inner_area)
    uses, b8 = _each(rooms.use, RoomUse)
    statuses, b9 = _each(rooms.status, RoomStatus)
    notes, b10 = _each(rooms.notes, _clean)
    bad = b1 | b2 | b3 | b4 | b5 | b6 | b7 | b8 | b9 | b10
    sort_keys: dict[tuple[str, int, str], str] = {}
    out: list[dict[str, Any] | ValidationError] = []
    for i, b, unit, number, floor, code, g, inn, use, status, note in zip(
        range(n),
        buildings,
        units,
        numbers,
        floors,
        codes,
        gross,
        inner,
        uses,
        statuses,
        notes,
        strict=True,
    ):
        if i in bad:
            # In room_values' order: the first check that fails is the one reported.
            e = _first_failure(b, unit, number, floor, code, g, inn)
            if e is None and g is not None and inn is not None and inn > g:
                e = _inner_larger(inn, g)
            e = e or _first_failure(use, status, note)
            if not isinstance(e, ValidationError):
                raise e
            out.append(e)
            continue
        if g is not None and inn is not None and inn > g:
            out.append(_inner_larger(inn, g))
            continue
        bcode = b.code
        if not code:
            code = f"{bcode}-{unit}-{number}" if unit and bcode else room_code(bcode, unit, number)
        key = (unit, floor, number)
        sort_key = sort_keys.get(key)
        if sort_key is None:
            sort_key = sort_keys[key] = room_sort_key(unit, floor, number)
        out.append(
            {
                "building_id": b.id,
                "project_id": b.project_id,
                "unit": unit,
                "floor": floor,
                "number": number,
                "code": code,
                "sort_key": sort_key,
                "use": use,
                "gross_area": g,
                "inner_area": inn,
                "status": status,
                "notes": note,
            }
        )
    return out


def _check_room_code_free(session, project_id: int, code: str, exclude_id: int | None = None):
    stmt = select(Room.id).where(
        Room.project_id == project_id, Room.code == code, Room.retired_at.is_(None)
    )
    if exclude_id is not None:
        stmt = stmt.where(Room.id != exclude_id)
    _unique(
        session,
        stmt,
        "code",
        _DUPLICATE,
        value=code,
        what=QT_TRANSLATE_NOOP("Errors", "room"),
        label=QT_TRANSLATE_NOOP("Errors", "room code"),
    )


def create_room(db: Database, actor: Actor, fields: RoomFields) -> int:
    with db.write(actor) as uow:
        values, _ = room_values(uow.session, fields)
        _check_room_code_free(uow.session, values["project_id"], values["code"])
        return _create(uow, Room, values)


def update_room(db: Database, actor: Actor, room_id: int, version: int, fields: RoomFields) -> int:
    with db.write(actor) as uow:
        room = _get(uow, Room, room_id)
        fields = dataclasses.replace(fields, building_id=room.building_id)
        values, _ = room_values(uow.session, fields)
        _check_room_code_free(uow.session, values["project_id"], values["code"], room_id)
        return update_record(uow, Room, room_id, version, values)


@dataclass
class RoomPlan:
    """How to generate a building's rooms: units × floors × rooms per floor.

    ``number_pattern`` makes the room number from ``{floor}`` and ``{room}``
    (1-based position on the floor); Python format specs apply, so the default
    ``{floor}{room:02d}`` numbers floor 15, room 1 as ``1501``.
    ``areas`` optionally gives (gross, inner) per position on the floor: a tower's
    room types repeat on every floor.
    """

    units: list[str]
    floors: list[int]
    rooms_per_floor: int
    number_pattern: str = "{floor}{room:02d}"
    use: RoomUse = RoomUse.RESIDENTIAL
    areas: list[tuple[Decimal | None, Decimal | None]] = field(default_factory=list)


def floor_range(first: int, last: int, skip: str | list[int] = "") -> list[int]:
    """Floors first..last without 0 and without the skipped ones ('4,13,14')."""
    if isinstance(skip, str):
        try:
            skipped = {int(s) for s in re.split(r"[,\s，、]+", skip.strip()) if s}
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Skipped floors must be numbers separated by commas, e.g. 4, 13, 14."
                ),
                field="skip_floors",
            ) from None
    else:
        skipped = set(skip)
    return [f for f in range(first, last + 1) if f != 0 and f not in skipped]


def plan_room_numbers(plan: RoomPlan) -> list[tuple[str, int, str, int]]:
    """(unit, floor, number, position) for every room of a plan, validated."""
    if not plan.floors:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The plan has no floors. Enter the first and last floor."),
            field="floors",
        )
    if not 1 <= plan.rooms_per_floor <= 50:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Rooms per floor must be from 1 to 50."),
            field="rooms_per_floor",
        )
    units = [_clean(u) for u in plan.units] or [""]
    total = len(units) * len(plan.floors) * plan.rooms_per_floor
    if total > MAX_BULK_ROOMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The plan makes {count} rooms; at most {limit} can be generated at "
                "once. Generate the building in parts (e.g. unit by unit).",
            ),
            field="rooms_per_floor",
            count=total,
            limit=MAX_BULK_ROOMS,
        )
    out = []
    for unit in units:
        for floor in plan.floors:
            for pos in range(1, plan.rooms_per_floor + 1):
                try:
                    number = plan.number_pattern.format(floor=floor, room=pos, unit=unit)
                except (KeyError, ValueError, IndexError):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The numbering pattern “{pattern}” is not valid. Use "
                            "{{floor}} and {{room}}, e.g. {{floor}}{{room:02d}} for 1501.",
                        ),
                        field="number_pattern",
                        pattern=plan.number_pattern,
                    ) from None
                out.append((unit, floor, number, pos))
    numbers = {(u, n) for u, _, n, _ in out}
    if len(numbers) != len(out):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The numbering pattern “{pattern}” gives two rooms the same number. "
                "Include both {{floor}} and {{room}} in it.",
            ),
            field="number_pattern",
            pattern=plan.number_pattern,
        )
    return out


def _generate_rooms(uow: UnitOfWork, building_id: int, plan: RoomPlan) -> list[int]:
    building = _get(uow, Building, building_id)
    areas = [(parse_area(g), parse_area(i, "inner_area")) for g, i in plan.areas]
    rows = []
    for unit, floor, number, pos in plan_room_numbers(plan):
        gross, inner = areas[pos - 1] if pos - 1 < len(areas) else (None, None)
        rows.append(
            RoomFields(
                building_id, unit, floor, number, use=plan.use, gross_area=gross, inner_area=inner
            )
        )
    codes = [room_code(building.code, r.unit, r.number) for r in rows]
    taken = set()
    for chunk_start in range(0, len(codes), 500):
        chunk = codes[chunk_start : chunk_start + 500]
        taken |= set(
            uow.session.scalars(
                select(Room.code).where(
                    Room.project_id == building.project_id,
                    Room.code.in_(chunk),
                    Room.retired_at.is_(None),
                )
            )
        )
    if taken:
        sample = "、".join(sorted(taken)[:5])
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} of these rooms already exist ({sample}…). Nothing was "
                "generated; change the units, floors or pattern.",
            ),
            field="number_pattern",
            count=len(taken),
            sample=sample,
        )
    ids = []
    for r in rows:
        values, _ = room_values(uow.session, r)
        ids.append(_create(uow, Room, values))
    return ids


def generate_rooms(db: Database, actor: Actor, building_id: int, plan: RoomPlan) -> list[int]:
    """Add the rooms of a plan to an existing building (all or nothing)."""
    with db.write(actor) as uow:
        return _generate_rooms(uow, building_id, plan)


# --- split and merge ----------------------------------------------------------------------
@dataclass
class RoomPart:
    """One room resulting from a split or merge."""

    number: str
    gross_area: Decimal | str | None
    inner_area: Decimal | str | None = None
    unit: str | None = None  # default: the source room's
    floor: int | None = None  # default: the source room's
    use: RoomUse | None = None  # default: the source room's
    code: str = ""


def _retire(uow: UnitOfWork, room: Room, reason: str) -> None:
    room.retired_at = utcnow()
    room.retired_reason = reason
    uow.audit(reason, "room", room.id, "retired_at", None, room.retired_at)


def _area_sum(values) -> Decimal:
    return sum((v for v in values if v is not None), Decimal("0.00"))


def split_room(
    db: Database, actor: Actor, room_id: int, version: int, parts: list[RoomPart]
) -> list[int]:
    """Split one room into N new ones; the old room is retired, never deleted.

    The parts' gross areas (and inner areas) may not add up to more than the
    original's; less is allowed (walls and a shared corridor take area).
    """
    if len(parts) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A split needs at least two new rooms."), field="parts"
        )
    with db.write(actor) as uow:
        room = _get(uow, Room, room_id)
        if room.version != version:
            raise StaleRecordError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else changed this room after you "
                    "opened it. Reopen it and split again.",
                )
            )
        new_rows = []
        for p in parts:
            fields = RoomFields(
                building_id=room.building_id,
                unit=room.unit if p.unit is None else p.unit,
                floor=room.floor if p.floor is None else p.floor,
                number=p.number,
                code=p.code,
                use=p.use or room.use,
                gross_area=parse_area(p.gross_area),
                inner_area=parse_area(p.inner_area, "inner_area"),
                status=room.status,
                notes="",
            )
            new_rows.append(room_values(uow.session, fields)[0])
        _check_parts_area(room, new_rows)
        _check_new_codes(uow, room.project_id, new_rows, retiring={room.id})
        _retire(uow, room, "split")
        uow.session.flush()
        ids = []
        for values in new_rows:
            ids.append(_create_from(uow, values, [room], "split"))
        return ids


def _create_from(
    uow: UnitOfWork, values: dict[str, Any], sources: list[Room], operation: str
) -> int:
    """Create a room born of a split or merge, recording its lineage."""
    obj = Room(**values)
    uow.session.add(obj)
    uow.session.flush()
    uow.audit_created(obj, {**values, "from": ",".join(s.code for s in sources)}, action=operation)
    for src in sources:
        uow.session.add(RoomLineage(room_id=obj.id, source_room_id=src.id, operation=operation))
    return obj.id


def _check_parts_area(room: Room, rows: list[dict[str, Any]]) -> None:
    for key, label in (
        ("gross_area", QT_TRANSLATE_NOOP("Errors", "gross floor area")),
        ("inner_area", QT_TRANSLATE_NOOP("Errors", "inner area")),
    ):
        original = getattr(room, key)
        total = _area_sum(r[key] for r in rows)
        if original is not None and total > original:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The new rooms' {label} adds up to {total} m², more than the "
                    "{original} m² of room {code}. Reduce the parts so they fit.",
                ),
                field=key,
                label=label,
                total=str(total),
                original=str(original),
                code=room.code,
            )
        if original is None and total:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Room {code} has no {label} on record, so the parts' areas cannot "
                    "be checked. Enter the room's area first.",
                ),
                field=key,
                label=label,
                code=room.code,
            )


def _check_new_codes(
    uow: UnitOfWork, project_id: int, rows: list[dict[str, Any]], retiring: set[int]
) -> None:
    codes = [r["code"] for r in rows]
    if len(set(codes)) != len(codes):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Two of the new rooms have the same code. Give each a different number."
            ),
            field="number",
        )
    clash = uow.session.scalars(
        select(Room.code).where(
            Room.project_id == project_id,
            Room.code.in_(codes),
            Room.retired_at.is_(None),
            Room.id.not_in(retiring),
        )
    ).first()
    if clash:
        raise ValidationError(
            _DUPLICATE,
            field="number",
            value=clash,
            what=QT_TRANSLATE_NOOP("Errors", "room"),
            label=QT_TRANSLATE_NOOP("Errors", "room number"),
        )


def merge_rooms(db: Database, actor: Actor, rooms: dict[int, int], into: RoomPart) -> int:
    """Merge rooms (``{room_id: version}``, same building) into one new room.

    The merged room's areas default to the sum of the originals and may not
    exceed it. The originals are retired, never deleted.
    """
    if len(rooms) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Select at least two rooms to merge."), field="rooms"
        )
    with db.write(actor) as uow:
        sources = [_get(uow, Room, rid) for rid in sorted(rooms)]
        for src in sources:
            if src.version != rooms[src.id]:
                raise StaleRecordError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Someone else changed room {code} after you "
                        "opened it. Reopen it and merge again.",
                    ),
                    code=src.code,
                )
        if len({s.building_id for s in sources}) != 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Only rooms of the same building can be merged."),
                field="rooms",
            )
        first = sources[0]
        gross_sum = _area_sum(s.gross_area for s in sources)
        inner_sum = _area_sum(s.inner_area for s in sources)
        gross = parse_area(into.gross_area)
        inner = parse_area(into.inner_area, "inner_area")
        fields = RoomFields(
            building_id=first.building_id,
            unit=first.unit if into.unit is None else into.unit,
            floor=min(s.floor for s in sources) if into.floor is None else into.floor,
            number=into.number,
            code=into.code,
            use=into.use or first.use,
            gross_area=gross_sum if gross is None else gross,
            inner_area=(inner_sum or None) if inner is None else inner,
            status=first.status,
        )
        values = room_values(uow.session, fields)[0]
        for key, total, label in (
            ("gross_area", gross_sum, QT_TRANSLATE_NOOP("Errors", "gross floor area")),
            ("inner_area", inner_sum, QT_TRANSLATE_NOOP("Errors", "inner area")),
        ):
            if values[key] is not None and values[key] > total:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The merged room's {label} ({value} m²) is more than the "
                        "{total} m² of the rooms merged. Enter at most their sum.",
                    ),
                    field=key,
                    label=label,
                    value=str(values[key]),
                    total=str(total),
                )
        _check_new_codes(uow, first.project_id, [values], retiring={s.id for s in sources})
        for src in sources:
            _retire(uow, src, "merge")
        uow.session.flush()
        return _create_from(uow, values, sources, "merge")


# --- car parks and parking spaces ---------------------------------------------------------
def _car_park_values(f: CarParkFields) -> dict[str, Any]:
    return {
        "project_id": f.project_id,
        "name": _require(f.name, "name", QT_TRANSLATE_NOOP("Errors", "Name")),
        "code": _clean(f.code) or None,
        "notes": _clean(f.notes),
    }


def create_car_park(db: Database, actor: Actor, fields: CarParkFields) -> int:
    values = _car_park_values(fields)
    with db.write(actor) as uow:
        _get(uow, Project, values["project_id"])
        _check_name_free(
            uow.session,
            CarPark,
            values["name"],
            QT_TRANSLATE_NOOP("Errors", "car park"),
            scope=(CarPark.project_id, values["project_id"]),
        )
        return _create(uow, CarPark, values)


def update_car_park(
    db: Database, actor: Actor, car_park_id: int, version: int, fields: CarParkFields
) -> int:
    values = _car_park_values(fields)
    with db.write(actor) as uow:
        park = _get(uow, CarPark, car_park_id)
        values["project_id"] = park.project_id  # a car park does not move between projects
        _check_name_free(
            uow.session,
            CarPark,
            values["name"],
            QT_TRANSLATE_NOOP("Errors", "car park"),
            scope=(CarPark.project_id, values["project_id"]),
            exclude_id=car_park_id,
        )
        return update_record(uow, CarPark, car_park_id, version, values)


def space_values(session, f: ParkingSpaceFields) -> dict[str, Any]:
    """A parking space's column values, as the space form saves them; raises the form's
    ValidationError. Public for the Excel import, which checks each row with it."""
    _get(session, CarPark, f.car_park_id)
    number = _require(f.number, "number", QT_TRANSLATE_NOOP("Errors", "Space number"))
    if len(number) > 30:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A space number has at most 30 characters."), field="number"
        )
    return {
        "car_park_id": f.car_park_id,
        "number": number,
        "kind": SpaceKind(f.kind),
        "status": SpaceStatus(f.status),
        "area": parse_area(f.area, "area"),
        "notes": _clean(f.notes),
    }


def _check_space_free(session, car_park_id: int, number: str, exclude_id: int | None = None):
    stmt = select(ParkingSpace.id).where(
        ParkingSpace.car_park_id == car_park_id, ParkingSpace.number == number
    )
    if exclude_id is not None:
        stmt = stmt.where(ParkingSpace.id != exclude_id)
    _unique(
        session,
        stmt,
        "number",
        _DUPLICATE,
        value=number,
        what=QT_TRANSLATE_NOOP("Errors", "parking space"),
        label=QT_TRANSLATE_NOOP("Errors", "space number"),
    )


def create_parking_space(db: Database, actor: Actor, fields: ParkingSpaceFields) -> int:
    with db.write(actor) as uow:
        values = space_values(uow.session, fields)
        _check_space_free(uow.session, values["car_park_id"], values["number"])
        return _create(uow, ParkingSpace, values)


def update_parking_space(
    db: Database, actor: Actor, space_id: int, version: int, fields: ParkingSpaceFields
) -> int:
    with db.write(actor) as uow:
        space = _get(uow, ParkingSpace, space_id)
        fields = dataclasses.replace(fields, car_park_id=space.car_park_id)
        values = space_values(uow.session, fields)
        _check_space_free(uow.session, values["car_park_id"], values["number"], space_id)
        return update_record(uow, ParkingSpace, space_id, version, values)


@dataclass
class SpaceRange:
    """A range of parking spaces: ``prefix`` + numbers first..last zero-padded to ``width``."""

    prefix: str
    first: int
    last: int
    width: int = 3
    kind: SpaceKind = SpaceKind.STANDARD
    area: Decimal | str | None = None


def space_numbers(r: SpaceRange) -> list[str]:
    if r.first < 0 or r.last < r.first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The last number must not be smaller than the first."),
            field="last",
        )
    count = r.last - r.first + 1
    if count > MAX_BULK_SPACES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The range makes {count} spaces; at most {limit} can be generated at once.",
            ),
            field="last",
            count=count,
            limit=MAX_BULK_SPACES,
        )
    prefix = _clean(r.prefix)
    return [f"{prefix}{n:0{max(1, min(r.width, 8))}d}" for n in range(r.first, r.last + 1)]


def generate_parking_spaces(
    db: Database, actor: Actor, car_park_id: int, r: SpaceRange
) -> list[int]:
    """Create a range of spaces in a car park (all or nothing)."""
    numbers = space_numbers(r)
    area = parse_area(r.area, "area")
    with db.write(actor) as uow:
        _get(uow, CarPark, car_park_id)
        taken = set()
        for i in range(0, len(numbers), 500):
            taken |= set(
                uow.session.scalars(
                    select(ParkingSpace.number).where(
                        ParkingSpace.car_park_id == car_park_id,
                        ParkingSpace.number.in_(numbers[i : i + 500]),
                    )
                )
            )
        if taken:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{count} of these spaces already exist ({sample}…). Nothing was "
                    "generated; change the prefix or the range.",
                ),
                field="first",
                count=len(taken),
                sample="、".join(sorted(taken)[:5]),
            )
        ids = []
        for number in numbers:
            values = {
                "car_park_id": car_park_id,
                "number": number,
                "kind": SpaceKind(r.kind),
                "status": SpaceStatus.UNSOLD,
                "area": area,
                "notes": "",
            }
            ids.append(_create(uow, ParkingSpace, values))
        return ids
