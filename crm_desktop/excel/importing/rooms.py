"""The rooms importer: buildings and rooms, checked with the room and building forms'
validators (``services.resources``); rooms are matched by project + room code and
buildings by project + building code, so importing the same file twice changes nothing
the second time."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from crm_desktop.db.models import (
    Building,
    Room,
)
from crm_desktop.domain.enums import (
    RoomStatus,
    RoomUse,
)
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.importing import common
from crm_desktop.excel.importing.common import (
    _CHUNK,
    Counts,
    ImportCheck,
    _Problems,
    _project_resolver,
    _Ticker,
)
from crm_desktop.excel.reader import (
    Row,
    SheetData,
)
from crm_desktop.excel.templates import ROOMS
from crm_desktop.services import resources as r
from crm_desktop.services.database import (
    UnitOfWork,
)

# --- the plan of a rooms import ---------------------------------------------------------------
_ROOM_FIELDS = {
    "unit": "unit",
    "floor": "floor",
    "number": "number",
    "code": "code",
    "use": "use",
    "gross_area": "gross_area",
    "inner_area": "inner_area",
    "status": "status",
    "notes": "notes",
}
_BUILDING_FIELDS = {"code": "building_code", "name": "building_name"}
# Room attributes a row may change on an existing room, and the cell each comes from.
_UPDATABLE = ("unit", "floor", "number", "use", "gross_area", "inner_area", "status", "notes")


@dataclass
class _BuildingPlan:
    project_id: int
    code: str
    values: dict[str, Any]
    existing_id: int | None = None
    existing_version: int | None = None
    existing_name: str = ""
    new_name: str | None = None  # the file's name, when it differs from the stored one
    rows: list[int] = field(default_factory=list)  # rows that are valid
    floors: set[int] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    fake_id: int = 0
    first_name_row: int | None = None  # the row that named the building

    @property
    def changed(self) -> bool:
        return self.existing_id is not None and self.new_name is not None


@dataclass(slots=True)
class _RoomOp:
    row: int
    building: _BuildingPlan
    values: dict[str, Any]
    existing_id: int | None = None
    existing_version: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Plan:
    check: ImportCheck
    buildings: dict[tuple[int, str], _BuildingPlan]
    rooms: list[_RoomOp]


class _BuildingLookup:
    """Stands in for a session in ``resources.room_values``: gives the building a room
    will belong to, whether it is stored already or comes with the file."""

    def __init__(self) -> None:
        self.by_id: dict[int, SimpleNamespace] = {}

    def add(self, fake_id: int, project_id: int, code: str) -> None:
        self.by_id[fake_id] = SimpleNamespace(
            id=fake_id, project_id=project_id, code=code, retired_at=None
        )

    def get(self, _model, record_id: int):
        return self.by_id.get(record_id)


def _plan_rooms(session, sheet: SheetData, ticker: _Ticker | None = None) -> _Plan:
    names = {c.key: c.zh for c in ROOMS.columns}
    probs = _Problems(sheet, names)
    buildings: dict[tuple[int, str], _BuildingPlan] = {}
    ops: list[_RoomOp] = []
    counts = {"building": Counts(), "room": Counts()}
    check = ImportCheck(
        sheet.path, "rooms", sheet.sheet, sheet.header_row, len(sheet.rows), probs.items, counts
    )
    if check.fatal:
        return _Plan(check, buildings, ops)

    # 1. projects and buildings of the valid rows
    resolve = _project_resolver(session)
    row_project: dict[int, int] = {}
    for row in sheet.rows:
        if row.bad:
            continue
        v = row.values
        pid = resolve(v.get("region"), v["project"])
        if isinstance(pid, tuple):
            probs.add(row, "project", pid[0], **pid[1])
        else:
            row_project[row.number] = pid
    pids = sorted(set(row_project.values()))
    stored_buildings = {
        (b.project_id, b.code): b
        for b in session.execute(
            select(
                Building.id, Building.project_id, Building.code, Building.name, Building.version
            ).where(Building.project_id.in_(pids))
        )
    }
    lookup = _BuildingLookup()
    building_error: dict[tuple[int, str], ValidationError] = {}
    building_of_row: dict[int, _BuildingPlan] = {}
    for row in sheet.rows:
        pid = row_project.get(row.number)
        if pid is None:
            continue
        code, name = row.values["building_code"], row.values.get("building_name")
        key = (pid, code)
        if key in building_error:
            probs.from_error(row, building_error[key], _BUILDING_FIELDS, "building_code")
            continue
        plan = buildings.get(key)
        if plan is None:
            try:
                values = r.building_values(r.BuildingFields(pid, code, name or ""))
            except ValidationError as e:
                building_error[key] = e
                probs.from_error(row, e, _BUILDING_FIELDS, "building_code")
                continue
            plan = _BuildingPlan(pid, code, values, fake_id=-(len(buildings) + 1))
            stored = stored_buildings.get(key)
            if stored is not None:
                plan.existing_id, plan.existing_version = stored.id, stored.version
                plan.existing_name = stored.name
                if name and name != stored.name:
                    plan.new_name = name
                lookup.add(stored.id, pid, stored.code)
            else:
                lookup.add(plan.fake_id, pid, values["code"])
            plan.values["name"] = name or plan.values["name"]
            plan.first_name_row = row.number if name else None
            buildings[key] = plan
        elif name:
            first = plan.first_name_row
            if first is None:
                plan.first_name_row = row.number
                plan.values["name"] = name
                if plan.existing_id is not None and name != plan.existing_name:
                    plan.new_name = name
            elif name != plan.values["name"]:
                probs.add(
                    row,
                    "building_name",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Building {code} is named “{first}” in row {row} and “{value}” here. "
                        "Give each building one name.",
                    ),
                    code=code,
                    first=plan.values["name"],
                    row=first,
                    value=name,
                )
                continue
        building_of_row[row.number] = plan

    # 2. each room, as the room form checks it (all at once: the same rules and messages)
    pairs = [(row, plan) for row in sheet.rows if (plan := building_of_row.get(row.number))]
    given = [row.values for row, _ in pairs]
    results = r.room_values_many(
        lookup,
        r.RoomColumns(
            building_id=[plan.existing_id or plan.fake_id for _, plan in pairs],
            unit=[v.get("unit") or "" for v in given],
            floor=[v["floor"] for v in given],
            number=[v["number"] for v in given],
            code=[v.get("code") or "" for v in given],
            use=[v.get("use") or RoomUse.RESIDENTIAL for v in given],
            gross_area=[v.get("gross_area") for v in given],
            inner_area=[v.get("inner_area") for v in given],
            status=[v.get("status") or RoomStatus.UNSOLD for v in given],
            notes=[v.get("notes") or "" for v in given],
        ),
    )
    valid: list[tuple[Row, _BuildingPlan, dict[str, Any]]] = []
    for (row, plan), values in zip(pairs, results, strict=True):
        if isinstance(values, ValidationError):
            probs.from_error(row, values, _ROOM_FIELDS, "number")
        else:
            valid.append((row, plan, values))
    if ticker is not None:
        ticker.step(len(sheet.rows))

    # 3. the same room twice in the file
    first: dict[tuple[int, str], Row] = {}
    again: dict[tuple[int, str], list[Row]] = {}
    for row, plan, values in valid:
        key = (plan.project_id, values["code"])
        seen = first.setdefault(key, row)
        if seen is not row:
            again.setdefault(key, [seen]).append(row)
    for (_, code), rows in again.items():
        numbers = "、".join(str(x.number) for x in rows)
        for row in rows:
            probs.add(
                row,
                "code" if row.values.get("code") else "number",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The room {code} appears more than once in the file (rows {rows}). "
                    "Keep one row per room.",
                ),
                code=code,
                rows=numbers,
            )

    # 4. compare with the rooms on record
    codes_by_project: dict[int, set[str]] = defaultdict(set)
    for _row, plan, values in valid:
        codes_by_project[plan.project_id].add(values["code"])
    stored_rooms: dict[tuple[int, str], Any] = {}
    for pid, codes in codes_by_project.items():
        stmt = select(
            Room.id,
            Room.project_id,
            Room.code,
            Room.building_id,
            *(getattr(Room, name) for name in _UPDATABLE),
            Room.version,
        ).where(Room.project_id == pid, Room.retired_at.is_(None))
        # Core rows (no ORM loading): a re-import reads back every room of the project.
        for room in session.connection().execute(stmt).all():
            if room[2] in codes:
                stored_rooms[(pid, room[2])] = room
    building_codes = {b.id: b.code for b in stored_buildings.values()}
    bad_rows = probs.bad_rows
    updatable = itemgetter(*_UPDATABLE)
    for row, plan, values in valid:
        if row.number in bad_rows:
            continue
        stored = stored_rooms.get((plan.project_id, values["code"])) if stored_rooms else None
        op = _RoomOp(row.number, plan, values)
        if stored is not None:
            if stored.building_id != plan.existing_id:
                probs.add(
                    row,
                    "building_code",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The room {code} already exists in building {other}, not {value}. "
                        "An import does not move rooms: correct the building or the room code.",
                    ),
                    code=values["code"],
                    other=building_codes.get(stored.building_id, "?"),
                    value=plan.code,
                )
                continue
            op.existing_id, op.existing_version = stored.id, stored.version
            # Most rows of a re-import are unchanged: one tuple comparison tells.
            if tuple(stored[4 : 4 + len(_UPDATABLE)]) != updatable(values):
                op.changes = _room_changes(row, values, stored)
        ops.append(op)
        plan.rows.append(row.number)
        plan.floors.add(values["floor"])
        if values["unit"]:
            plan.units.add(values["unit"])

    c = counts["room"]
    for op in ops:
        if op.existing_id is None:
            c.create += 1
        elif op.changes:
            c.update += 1
        else:
            c.unchanged += 1
    for plan in buildings.values():
        if not plan.rows:
            continue
        c = counts["building"]
        if plan.existing_id is None:
            c.create += 1
        elif plan.changed:
            c.update += 1
        else:
            c.unchanged += 1
    probs.items.sort(key=lambda p: (p.row or 0, p.warning))
    return _Plan(check, buildings, ops)


def _room_changes(row: Row, values: dict[str, Any], stored) -> dict[str, Any]:
    """The stored room's fields this row changes (a blank cell leaves its field as is)."""
    given = row.values
    changes: dict[str, Any] = {}
    for name in _UPDATABLE:
        if name not in ("floor", "number") and given.get(name) is None:
            continue
        if getattr(stored, name) != values[name]:
            changes[name] = values[name]
    if changes.keys() & {"unit", "floor", "number"}:
        changes["sort_key"] = values["sort_key"]
    return changes


def _write_rooms(uow: UnitOfWork, plan: _Plan, ticker: _Ticker) -> dict[str, Counts]:
    counts = {"building": Counts(), "room": Counts()}
    ids: dict[int, int] = {}  # fake building id → stored id
    for b in plan.buildings.values():
        if not b.rows:
            continue
        if b.existing_id is None:
            values = dict(b.values)
            values["floors"] = values["floors"] or (max(b.floors) if max(b.floors) > 0 else None)
            values["units"] = values["units"] or (len(b.units) or None)
            obj = Building(**values)
            uow.session.add(obj)
            uow.session.flush()
            uow.audit_created(obj, values)
            ids[b.fake_id] = obj.id
            counts["building"].create += 1
        else:
            if b.changed:
                r.update_record(
                    uow, Building, b.existing_id, b.existing_version, {"name": b.new_name}
                )
                counts["building"].update += 1
            else:
                counts["building"].unchanged += 1
    new_rows: list[dict[str, Any]] = []
    updates: list[_RoomOp] = []
    unchanged = 0
    for op in plan.rooms:
        if op.existing_id is None:
            values = op.values
            if values["building_id"] < 0:
                values = {**values, "building_id": ids[values["building_id"]]}
            new_rows.append(values)
        elif op.changes:
            updates.append(op)
        else:
            unchanged += 1
    counts["room"].unchanged += unchanged
    ticker.step(unchanged)
    for start in range(0, len(new_rows), _CHUNK):
        chunk = new_rows[start : start + _CHUNK]
        common.bulk_create(uow, Room, chunk, key=("project_id", "code"))
        counts["room"].create += len(chunk)
        ticker.step(len(chunk))
    for start in range(0, len(updates), _CHUNK):
        chunk = updates[start : start + _CHUNK]
        # Load the chunk at once; _update then finds each in the session.
        list(uow.session.scalars(select(Room).where(Room.id.in_([o.existing_id for o in chunk]))))
        for op in chunk:
            r.update_record(uow, Room, op.existing_id, op.existing_version, op.changes)
        counts["room"].update += len(chunk)
        ticker.step(len(chunk))
    return counts
