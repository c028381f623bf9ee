"""Read side for the screens: tree children, table ids and rows, record details.

Tables follow calibre's and Anki's pattern: a cheap query returns the ordered
ids of what is shown; rows are fetched only for the ids a view asks about.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, case, exists, func, select

from crm_desktop.db.models import (
    AuditEntry,
    Building,
    CarPark,
    ParkingSpace,
    Project,
    Region,
    Room,
    RoomLineage,
    User,
)
from crm_desktop.domain.enums import NodeKind, RoomStatus
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import resources as r
from crm_desktop.services.database import Database


@dataclass(frozen=True)
class TreeNode:
    kind: NodeKind
    id: int
    label: str
    has_children: bool


MODELS = {
    NodeKind.REGION: Region,
    NodeKind.PROJECT: Project,
    NodeKind.BUILDING: Building,
    NodeKind.ROOM: Room,
    NodeKind.CAR_PARK: CarPark,
    NodeKind.PARKING_SPACE: ParkingSpace,
}

_active_room = Room.retired_at.is_(None)


def root_nodes(db: Database) -> list[TreeNode]:
    """Regions, by name."""
    has = exists().where(Project.region_id == Region.id)
    with db.connect() as s:
        rows = s.execute(select(Region.id, Region.name, has).order_by(Region.name)).all()
    return [TreeNode(NodeKind.REGION, i, name, bool(h)) for i, name, h in rows]


def child_nodes(db: Database, kind: NodeKind, node_id: int) -> list[TreeNode]:
    """The children of a tree node, in display order."""
    with db.connect() as s:
        if kind == NodeKind.REGION:
            has = exists().where(Building.project_id == Project.id) | exists().where(
                CarPark.project_id == Project.id
            )
            rows = s.execute(
                select(Project.id, Project.name, has)
                .where(Project.region_id == node_id)
                .order_by(Project.name)
            ).all()
            return [TreeNode(NodeKind.PROJECT, i, n, bool(h)) for i, n, h in rows]
        if kind == NodeKind.PROJECT:
            has_rooms = exists().where(Room.building_id == Building.id, _active_room)
            rows = s.execute(
                select(Building.id, Building.name, Building.code, has_rooms)
                .where(Building.project_id == node_id)
                .order_by(func.length(Building.code), Building.code)
            ).all()
            out = [TreeNode(NodeKind.BUILDING, i, n or c, bool(h)) for i, n, c, h in rows]
            has_spaces = exists().where(ParkingSpace.car_park_id == CarPark.id)
            rows = s.execute(
                select(CarPark.id, CarPark.name, has_spaces)
                .where(CarPark.project_id == node_id)
                .order_by(CarPark.name)
            ).all()
            return out + [TreeNode(NodeKind.CAR_PARK, i, n, bool(h)) for i, n, h in rows]
        if kind in _LEAF_CHILDREN:
            child, stmt = _LEAF_CHILDREN[kind]
            rows = s.execute(stmt, {"parent": node_id}).all()
            return [TreeNode(child, i, label, False) for i, label in rows]
    return []


# The hot reads (a building's rooms, a car park's spaces, a table's ids and pages)
# are built once: constructing a SQLAlchemy statement costs more than running it.
_PARENT = bindparam("parent")
_IDS = bindparam("ids", expanding=True)
_ROOM_ORDER = (Room.sort_key, Room.id)
_SPACE_ORDER = (func.length(ParkingSpace.number), ParkingSpace.number, ParkingSpace.id)

_LEAF_CHILDREN = {
    NodeKind.BUILDING: (
        NodeKind.ROOM,
        select(Room.id, Room.code)
        .where(Room.building_id == _PARENT, _active_room)
        .order_by(*_ROOM_ORDER),
    ),
    NodeKind.CAR_PARK: (
        NodeKind.PARKING_SPACE,
        select(ParkingSpace.id, ParkingSpace.number)
        .where(ParkingSpace.car_park_id == _PARENT)
        .order_by(*_SPACE_ORDER),
    ),
}


# --- tables ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English, translate in context "Columns"
    numeric: bool = False


COLUMNS: dict[NodeKind, list[Column]] = {
    NodeKind.REGION: [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Region")),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Code")),
        Column("projects", QT_TRANSLATE_NOOP("Columns", "Projects"), True),
        Column("rooms", QT_TRANSLATE_NOOP("Columns", "Rooms"), True),
    ],
    NodeKind.PROJECT: [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Project")),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Code")),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Type")),
        Column("buildings", QT_TRANSLATE_NOOP("Columns", "Buildings"), True),
        Column("rooms", QT_TRANSLATE_NOOP("Columns", "Rooms"), True),
        Column("spaces", QT_TRANSLATE_NOOP("Columns", "Parking spaces"), True),
    ],
    NodeKind.BUILDING: [
        Column("code", QT_TRANSLATE_NOOP("Columns", "No.")),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Building")),
        Column("units", QT_TRANSLATE_NOOP("Columns", "Units"), True),
        Column("floors", QT_TRANSLATE_NOOP("Columns", "Floors"), True),
        Column("rooms", QT_TRANSLATE_NOOP("Columns", "Rooms"), True),
        Column("unsold", QT_TRANSLATE_NOOP("Columns", "Unsold"), True),
        Column("gross_area", QT_TRANSLATE_NOOP("Columns", "Gross area (m²)"), True),
    ],
    NodeKind.ROOM: [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Room code")),
        Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit")),
        Column("floor", QT_TRANSLATE_NOOP("Columns", "Floor"), True),
        Column("number", QT_TRANSLATE_NOOP("Columns", "Number")),
        Column("use", QT_TRANSLATE_NOOP("Columns", "Use")),
        Column("gross_area", QT_TRANSLATE_NOOP("Columns", "Gross area (m²)"), True),
        Column("inner_area", QT_TRANSLATE_NOOP("Columns", "Inner area (m²)"), True),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ],
    NodeKind.CAR_PARK: [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Car park")),
        Column("code", QT_TRANSLATE_NOOP("Columns", "Code")),
        Column("spaces", QT_TRANSLATE_NOOP("Columns", "Parking spaces"), True),
    ],
    NodeKind.PARKING_SPACE: [
        Column("number", QT_TRANSLATE_NOOP("Columns", "Space number")),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind")),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status")),
        Column("area", QT_TRANSLATE_NOOP("Columns", "Area (m²)"), True),
    ],
}

# What the table shows when a node of a kind is selected (None: nothing selected).
TABLE_CHILD: dict[NodeKind | None, NodeKind] = {
    None: NodeKind.REGION,
    NodeKind.REGION: NodeKind.PROJECT,
    NodeKind.PROJECT: NodeKind.BUILDING,
    NodeKind.BUILDING: NodeKind.ROOM,
    NodeKind.CAR_PARK: NodeKind.PARKING_SPACE,
}


def table_ids(
    db: Database, parent_kind: NodeKind | None, parent_id: int | None
) -> tuple[NodeKind | None, list[int]]:
    """The kind and ordered ids of the rows shown for a selected node."""
    child = TABLE_CHILD.get(parent_kind)
    stmt = _TABLE_IDS.get(child)
    if stmt is None:
        return None, []
    with db.connect() as s:
        return child, list(s.scalars(stmt, {"parent": parent_id}))


_TABLE_IDS = {
    NodeKind.REGION: select(Region.id).order_by(Region.name),
    NodeKind.PROJECT: select(Project.id)
    .where(Project.region_id == _PARENT)
    .order_by(Project.name, Project.id),
    NodeKind.BUILDING: select(Building.id)
    .where(Building.project_id == _PARENT)
    .order_by(func.length(Building.code), Building.code),
    NodeKind.ROOM: select(Room.id)
    .where(Room.building_id == _PARENT, _active_room)
    .order_by(*_ROOM_ORDER),
    NodeKind.PARKING_SPACE: select(ParkingSpace.id)
    .where(ParkingSpace.car_park_id == _PARENT)
    .order_by(*_SPACE_ORDER),
}
_LEAF_ROWS = {
    NodeKind.ROOM: select(
        Room.id,
        Room.code,
        Room.unit,
        Room.floor,
        Room.number,
        Room.use,
        Room.gross_area,
        Room.inner_area,
        Room.status,
    ).where(Room.id.in_(_IDS)),
    NodeKind.PARKING_SPACE: select(
        ParkingSpace.id,
        ParkingSpace.number,
        ParkingSpace.kind,
        ParkingSpace.status,
        ParkingSpace.area,
    ).where(ParkingSpace.id.in_(_IDS)),
}


def table_rows(db: Database, kind: NodeKind, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Row values by id for the given ids (a page of what a view paints)."""
    if not ids:
        return {}
    with db.connect() as s:
        if kind in _LEAF_ROWS:
            return _rows(s, _LEAF_ROWS[kind], {"ids": ids})
        if kind == NodeKind.BUILDING:
            counts = (
                select(
                    Room.building_id.label("bid"),
                    func.count().label("rooms"),
                    func.sum(case((Room.status == RoomStatus.UNSOLD, 1), else_=0)).label("unsold"),
                    func.sum(Room.gross_area).label("gross_area"),
                )
                .where(Room.building_id.in_(ids), _active_room)
                .group_by(Room.building_id)
                .subquery()
            )
            stmt = (
                select(
                    Building.id,
                    Building.code,
                    Building.name,
                    Building.units,
                    Building.floors,
                    func.coalesce(counts.c.rooms, 0).label("rooms"),
                    func.coalesce(counts.c.unsold, 0).label("unsold"),
                    counts.c.gross_area,
                )
                .outerjoin(counts, counts.c.bid == Building.id)
                .where(Building.id.in_(ids))
            )
            rows = _rows(s, stmt)
            for row in rows.values():
                if row["gross_area"] is not None:
                    row["gross_area"] = Decimal(row["gross_area"]).quantize(Decimal("0.01"))
            return rows
        if kind == NodeKind.PROJECT:
            rows = _rows(
                s,
                select(Project.id, Project.name, Project.code, Project.kind).where(
                    Project.id.in_(ids)
                ),
            )
            _add_counts(
                s,
                rows,
                "buildings",
                select(Building.project_id, func.count())
                .where(Building.project_id.in_(ids))
                .group_by(Building.project_id),
            )
            _add_counts(
                s,
                rows,
                "rooms",
                select(Room.project_id, func.count())
                .where(Room.project_id.in_(ids), _active_room)
                .group_by(Room.project_id),
            )
            _add_counts(
                s,
                rows,
                "spaces",
                select(CarPark.project_id, func.count())
                .join(ParkingSpace, ParkingSpace.car_park_id == CarPark.id)
                .where(CarPark.project_id.in_(ids))
                .group_by(CarPark.project_id),
            )
            return rows
        if kind == NodeKind.REGION:
            rows = _rows(s, select(Region.id, Region.name, Region.code).where(Region.id.in_(ids)))
            _add_counts(
                s,
                rows,
                "projects",
                select(Project.region_id, func.count())
                .where(Project.region_id.in_(ids))
                .group_by(Project.region_id),
            )
            _add_counts(
                s,
                rows,
                "rooms",
                select(Project.region_id, func.count())
                .join(Room, Room.project_id == Project.id)
                .where(Project.region_id.in_(ids), _active_room)
                .group_by(Project.region_id),
            )
            return rows
        if kind == NodeKind.CAR_PARK:
            rows = _rows(
                s, select(CarPark.id, CarPark.name, CarPark.code).where(CarPark.id.in_(ids))
            )
            _add_counts(
                s,
                rows,
                "spaces",
                select(ParkingSpace.car_park_id, func.count())
                .where(ParkingSpace.car_park_id.in_(ids))
                .group_by(ParkingSpace.car_park_id),
            )
            return rows
    return {}


def _rows(conn, stmt, params: dict[str, Any] | None = None) -> dict[int, dict[str, Any]]:
    result = conn.execute(stmt, params)
    keys = list(result.keys())
    return {row[0]: dict(zip(keys, row, strict=True)) for row in result.all()}


def _add_counts(session, rows, key, stmt) -> None:
    counts = dict(session.execute(stmt).all())
    for rid, row in rows.items():
        row[key] = counts.get(rid, 0)


# --- records for the detail pane and the edit dialogs -------------------------------
FIELDS_CLASS = {
    NodeKind.REGION: r.RegionFields,
    NodeKind.PROJECT: r.ProjectFields,
    NodeKind.BUILDING: r.BuildingFields,
    NodeKind.ROOM: r.RoomFields,
    NodeKind.CAR_PARK: r.CarParkFields,
    NodeKind.PARKING_SPACE: r.ParkingSpaceFields,
}


@dataclass(frozen=True)
class Record:
    """A plain copy of a record for a dialog: its fields and the version it was read at."""

    kind: NodeKind
    id: int
    version: int
    fields: Any  # one of the *Fields dataclasses


def load_record(db: Database, kind: NodeKind, record_id: int) -> Record:
    """Read a record as its ``*Fields`` dataclass plus its version (for edit dialogs)."""
    model = MODELS[kind]
    cls = FIELDS_CLASS[kind]
    with db.read() as s:
        obj = r._get(s, model, record_id)
        names = [f.name for f in dataclasses.fields(cls)]
        return Record(kind, obj.id, obj.version, cls(**{n: getattr(obj, n) for n in names}))


@dataclass(frozen=True)
class Detail:
    kind: NodeKind
    id: int
    title: str
    path: list[str]  # region, project, building … names from the top
    values: dict[str, Any]
    came_from: list[str]  # room codes this room was split from / merged from
    became: list[str]  # room codes this (retired) room became
    history: list[dict[str, Any]]  # latest audit entries, newest first


def record_detail(db: Database, kind: NodeKind, record_id: int, history: int = 20) -> Detail:
    """Everything the detail pane shows about one record."""
    model = MODELS[kind]
    with db.read() as s:
        obj = s.get(model, record_id)
        if obj is None:
            r._get(s, model, record_id)  # raises the NotFoundError message
        values = {c.key: getattr(obj, c.key) for c in model.__table__.columns}
        path = _path(s, kind, obj)
        came_from, became = [], []
        if kind == NodeKind.ROOM:
            came_from = list(
                s.scalars(
                    select(Room.code)
                    .join(RoomLineage, RoomLineage.source_room_id == Room.id)
                    .where(RoomLineage.room_id == record_id)
                    .order_by(*_ROOM_ORDER)
                )
            )
            became = list(
                s.scalars(
                    select(Room.code)
                    .join(RoomLineage, RoomLineage.room_id == Room.id)
                    .where(RoomLineage.source_room_id == record_id)
                    .order_by(*_ROOM_ORDER)
                )
            )
        entries = (
            s.execute(
                select(
                    AuditEntry.at,
                    AuditEntry.action,
                    AuditEntry.field,
                    AuditEntry.old_value,
                    AuditEntry.new_value,
                    User.display_name,
                )
                .outerjoin(User, User.id == AuditEntry.user_id)
                .where(
                    AuditEntry.table_name == model.__tablename__, AuditEntry.record_id == record_id
                )
                .order_by(AuditEntry.id.desc())
                .limit(history)
            )
            .mappings()
            .all()
        )
        title = getattr(obj, "code", None) if kind == NodeKind.ROOM else None
        title = (
            title or getattr(obj, "name", None) or getattr(obj, "number", None) or str(record_id)
        )
        return Detail(
            kind, record_id, str(title), path, values, came_from, became, [dict(e) for e in entries]
        )


def _path(s, kind: NodeKind, obj) -> list[str]:
    names: list[str] = []
    if kind == NodeKind.PARKING_SPACE:
        park = s.get(CarPark, obj.car_park_id)
        names.insert(0, park.name)
        obj, kind = park, NodeKind.CAR_PARK
    if kind == NodeKind.ROOM:
        b = s.get(Building, obj.building_id)
        names.insert(0, b.name)
        obj, kind = b, NodeKind.BUILDING
    if kind in (NodeKind.BUILDING, NodeKind.CAR_PARK):
        p = s.get(Project, obj.project_id)
        names.insert(0, p.name)
        obj, kind = p, NodeKind.PROJECT
    if kind == NodeKind.PROJECT:
        names.insert(0, s.get(Region, obj.region_id).name)
    return names
