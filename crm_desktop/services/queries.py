"""Read side for the screens: tree children, table ids and rows, record details.

Tables follow calibre's and Anki's pattern: a cheap query returns the ordered
ids of what is shown; rows are fetched only for the ids a view asks about.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, case, exists, func, or_, select

from crm_desktop.db.models import (
    AuditEntry,
    BankAccount,
    Building,
    CarPark,
    Customer,
    Handover,
    Identity,
    InspectionItem,
    Lease,
    LeaseResource,
    ParkingSpace,
    Project,
    Region,
    Room,
    RoomLineage,
    Sale,
    Transfer,
    User,
    Vehicle,
)
from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as _ids
from crm_desktop.domain.enums import NodeKind, Role, RoomStatus
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import customers as _customers
from crm_desktop.services import identities as _identities
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
            if child == NodeKind.ROOM:
                # One more query for the whole batch: the current owners of these rooms.
                owners = _identities.building_owner_names(s, node_id)
                return [TreeNode(child, i, room_label(c, owners.get(i)), False) for i, c in rows]
            return [TreeNode(child, i, label, False) for i, label in rows]
    return []


def room_label(code: str, owners: str | None) -> str:
    """A room as the tree shows it: its code, then its current owners' names."""
    return f"{code}  {owners}" if owners else code


def room_labels(db: Database, room_ids: list[int]) -> dict[int, str]:
    """Tree labels of rooms (code and current owners), by id; for refreshing them."""
    out: dict[int, str] = {}
    with db.connect() as conn:
        for start in range(0, len(room_ids), _CHUNK):
            chunk = room_ids[start : start + _CHUNK]
            codes = conn.execute(_ROOM_CODES, {"ids": chunk}).all()
            owners = _identities.current_owner_names(conn, [i for i, _ in codes])
            out.update((i, room_label(c, owners.get(i))) for i, c in codes)
    return out


# The hot reads (a building's rooms, a car park's spaces, a table's ids and pages)
# are built once: constructing a SQLAlchemy statement costs more than running it.
_PARENT = bindparam("parent")
_IDS = bindparam("ids", expanding=True)
_ROOM_ORDER = (Room.sort_key, Room.id)
_SPACE_ORDER = (func.length(ParkingSpace.number), ParkingSpace.number, ParkingSpace.id)

_CHUNK = 500  # ids per IN (...) list
_ROOM_CODES = select(Room.id, Room.code).where(Room.id.in_(_IDS))

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
        # Last: names vary in length, and the last column takes the spare width.
        Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner")),
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
        if kind == NodeKind.ROOM:
            rows = _rows(s, _LEAF_ROWS[kind], {"ids": ids})
            owners = _identities.current_owner_names(s, list(rows))  # one query for the page
            for rid, row in rows.items():
                row["owner"] = owners.get(rid)
            return rows
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


def _audit_of(kind: NodeKind, model, record_id: int):
    """The audit entries a record's history shows: its own; for a room or parking
    space also those of its identities, sales, handover (with the checklist's
    rectifications), leases and transfers, so the audit tells the whole story."""
    own = (AuditEntry.table_name == model.__tablename__) & (AuditEntry.record_id == record_id)
    if kind not in (NodeKind.ROOM, NodeKind.PARKING_SPACE):
        return own
    room = kind == NodeKind.ROOM
    column = "room_id" if room else "space_id"
    related = [
        (Identity, select(Identity.id).where(getattr(Identity, column) == record_id)),
        (Sale, select(Sale.id).where(getattr(Sale, column) == record_id)),
        (
            Lease,
            select(LeaseResource.lease_id).where(getattr(LeaseResource, column) == record_id),
        ),
        (Transfer, select(Transfer.id).where(getattr(Transfer, column) == record_id)),
    ]
    if room:
        handovers = select(Handover.id).where(Handover.room_id == record_id)
        related.append((Handover, handovers))
    clauses = [
        (AuditEntry.table_name == m.__tablename__) & AuditEntry.record_id.in_(ids)
        for m, ids in related
    ]
    if room:
        # The checklist's answers are in the handover's entry; its rectifications count.
        items = select(InspectionItem.id).where(InspectionItem.handover_id.in_(handovers))
        clauses.append(
            (AuditEntry.table_name == InspectionItem.__tablename__)
            & AuditEntry.record_id.in_(items)
            & (AuditEntry.action != "create")
        )
    return or_(own, *clauses)


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
                    AuditEntry.table_name,
                    AuditEntry.field,
                    AuditEntry.old_value,
                    AuditEntry.new_value,
                    User.display_name,
                )
                .outerjoin(User, User.id == AuditEntry.user_id)
                .where(_audit_of(kind, model, record_id))
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


# --- people: a room's or space's identities, a customer's profile --------------------------


@dataclass(frozen=True)
class VehicleOf:
    """A current vehicle of one of the people of a room."""

    customer_id: int
    customer_name: str
    plate: str
    brand: str
    model: str
    colour: str


def vehicles_of_customers(db_or_conn, customer_ids) -> list[VehicleOf]:
    """The current vehicles of several customers in one query, by customer then plate."""
    customer_ids = sorted(set(customer_ids))
    if not customer_ids:
        return []
    stmt = (
        select(
            Vehicle.customer_id,
            Customer.name,
            Vehicle.plate,
            Vehicle.brand,
            Vehicle.model,
            Vehicle.colour,
        )
        .join(Customer, Customer.id == Vehicle.customer_id)
        .where(Vehicle.customer_id.in_(customer_ids), Vehicle.removed_at.is_(None))
        .order_by(Vehicle.customer_id, Vehicle.plate)
    )
    if isinstance(db_or_conn, Database):
        with db_or_conn.connect() as conn:
            rows = conn.execute(stmt).all()
    else:
        rows = db_or_conn.execute(stmt).all()
    order = {cid: n for n, cid in enumerate(customer_ids)}
    out = [VehicleOf(*row) for row in rows]
    out.sort(key=lambda v: (order[v.customer_id], v.plate))
    return out


@dataclass(frozen=True)
class ResourcePeople:
    """Who a room or parking space has: today, on a chosen day, ever, and their cars."""

    room_id: int | None
    space_id: int | None
    as_of: date
    current: list  # IdentityRow, active today (owners first)
    shown: list  # IdentityRow, active on ``as_of`` (the same list when as_of is today)
    history: list  # IdentityRow, every identity, oldest first
    vehicles: list[VehicleOf]  # of today's owners, tenants and residents


_VEHICLE_ROLES = (Role.OWNER, Role.TENANT, Role.RESIDENT)


def resource_people(
    db: Database,
    *,
    room_id: int | None = None,
    space_id: int | None = None,
    as_of: date | None = None,
) -> ResourcePeople:
    """Everything the detail pane shows about the people of one room or space."""
    today = clock.today()
    day = as_of or today
    history = _identities.resource_history(db, room_id=room_id, space_id=space_id)
    current = _current_rows(history, today)
    shown = current if day == today else _current_rows(history, day)
    holders = [r.customer_id for r in current if r.role in _VEHICLE_ROLES]
    return ResourcePeople(
        room_id, space_id, day, current, shown, history, vehicles_of_customers(db, holders)
    )


def _current_rows(history: list, day: date) -> list:
    """The identities of ``history`` active on ``day``, in resource_identities' order."""
    order = {r: i for i, r in enumerate(Role)}
    rows = [r for r in history if r.active_on(day)]
    rows.sort(key=lambda r: (order[r.role], -(r.share or 0), r.start_date, r.id))
    return rows


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a customer's timeline: an identity that started or ended, or a change.

    Document, phone and account numbers in ``old``/``new``/``values`` are masked.
    """

    when: datetime  # local, aware; identity dates at midnight
    event: str  # "started" | "ended" | "changed"
    table: str  # "identity" | "customer" | "vehicle" | "bank_account"
    action: str  # the audit action ("create", "update", "merge" …) or the event
    field: str | None = None
    old: str | None = None
    new: str | None = None
    values: dict[str, str] | None = None  # a created record's values
    subject: str = ""  # "粤B12345", "****7890", "翠湖花园 3-2-1501"
    user: str | None = None
    identity: Any = None  # IdentityRow for started/ended
    is_date: bool = False  # ``when`` is a day, not a moment


@dataclass(frozen=True)
class CustomerProfile:
    """Everything the customer view shows, read in one go on the database thread.

    Private numbers are masked here already: the full document, phone and account
    numbers never reach the view.
    """

    id: int
    version: int
    name: str
    kind: Any  # CustomerKind
    level: Any  # CustomerLevel
    tags: str
    phone: str  # masked primary phone
    phone_count: int
    document_type: Any  # DocumentType | None
    document: str  # masked
    verified_at: datetime | None
    verified_by: str | None
    merged_into_id: int | None
    merged_into_name: str | None
    identities: list  # IdentityRow, every identity of the customer, oldest first
    family: list  # IdentityRow: current family members of this customer and, for a
    # family member, their own family identities (whose family they are)
    vehicles: list  # customers.VehicleRow, current
    accounts: list  # customers.AccountRow, open
    timeline: list[TimelineEntry]  # newest first

    def current_identities(self, day: date | None = None) -> list:
        """Identities not ended by ``day`` (today): current ones and ones starting later."""
        day = day or clock.today()
        return [r for r in self.identities if r.end_date is None or r.end_date > day]

    @property
    def has_document(self) -> bool:
        return bool(self.document)


def customer_profile(db: Database, customer_id: int) -> CustomerProfile:
    """Read one customer's profile for the customer view (raises NotFoundError)."""
    loaded = _customers.load_customer(db, customer_id)
    f = loaded.fields
    phones = f.phones
    primary = next((p for p in phones if p.primary), phones[0] if phones else None)
    identities = _identities.customer_identities(db, customer_id)
    today = clock.today()
    family = list(_identities.family_of(db, customer_id))
    family += [r for r in identities if r.role == Role.FAMILY and r.active_on(today)]
    merged_name = None
    with db.connect() as conn:
        if loaded.merged_into_id is not None:
            merged_name = conn.execute(
                select(Customer.name).where(Customer.id == loaded.merged_into_id)
            ).scalar()
    vehicles = _customers.vehicles_of(db, customer_id)
    accounts = _customers.accounts_of(db, customer_id)
    return CustomerProfile(
        id=loaded.id,
        version=loaded.version,
        name=f.name,
        kind=f.kind,
        level=f.level,
        tags=f.tags,
        phone=_ids.mask_phone(primary.number) if primary else "",
        phone_count=len(phones),
        document_type=f.document_type,
        document=_ids.mask_id(f.document_number) if f.document_number else "",
        verified_at=loaded.verified_at,
        verified_by=loaded.verified_by,
        merged_into_id=loaded.merged_into_id,
        merged_into_name=merged_name,
        identities=identities,
        family=family,
        vehicles=vehicles,
        accounts=accounts,
        timeline=customer_timeline(db, customer_id, identities),
    )


_MASKERS = {
    "document_number": _ids.mask_id,
    "account_number": _ids.mask_account,
}


def mask_audit_value(field: str | None, value: str | None) -> str | None:
    """An audit value with document, phone and account numbers masked."""
    if value is None or field is None:
        return value
    if field in _MASKERS:
        return _MASKERS[field](value)
    if field == "phones":
        return _mask_phone_list(value)
    return value


def _mask_phone_list(text: str) -> str:
    """ "13800000000 *, 02012345678" → "138****0000 *, 020*****678" (the star: primary)."""
    parts = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        primary = part.endswith(" *")
        number = part[:-2] if primary else part
        parts.append(_ids.mask_phone(number) + (" *" if primary else ""))
    return ", ".join(parts)


def _localise(value) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone()
    return datetime.combine(value, time.min).astimezone()


def customer_timeline(db: Database, customer_id: int, identities=None) -> list[TimelineEntry]:
    """Identities started and ended, and the audited changes of the customer, its
    vehicles and accounts, newest first; private numbers masked."""
    if identities is None:
        identities = _identities.customer_identities(db, customer_id)
    entries: list[tuple[datetime, int, TimelineEntry]] = []
    seq = 0
    for row in identities:
        entries.append(
            (
                _localise(row.start_date),
                seq,
                TimelineEntry(
                    _localise(row.start_date),
                    "started",
                    "identity",
                    "started",
                    subject=row.resource,
                    identity=row,
                    is_date=True,
                ),
            )
        )
        seq += 1
        if row.end_date is not None:
            entries.append(
                (
                    _localise(row.end_date),
                    seq,
                    TimelineEntry(
                        _localise(row.end_date),
                        "ended",
                        "identity",
                        "ended",
                        subject=row.resource,
                        identity=row,
                        is_date=True,
                    ),
                )
            )
            seq += 1
    with db.connect() as conn:
        vehicle_ids = select(Vehicle.id).where(Vehicle.customer_id == customer_id)
        account_ids = select(BankAccount.id).where(BankAccount.customer_id == customer_id)
        plates = dict(
            conn.execute(select(Vehicle.id, Vehicle.plate).where(Vehicle.id.in_(vehicle_ids))).all()
        )
        accounts = {
            i: _ids.mask_account(n)
            for i, n in conn.execute(
                select(BankAccount.id, BankAccount.account_number).where(
                    BankAccount.id.in_(account_ids)
                )
            )
        }
        trail = conn.execute(_customers.trail_statement(customer_id, 500)).all()
        # Rooms linked to accounts and customers named in merges, by id.
        room_ids = {
            int(v)
            for e in trail
            if e.field == "room_id"
            for v in (e.old_value, e.new_value)
            if v and v.isdigit()
        }
        room_codes = (
            dict(conn.execute(select(Room.id, Room.code).where(Room.id.in_(room_ids))).all())
            if room_ids
            else {}
        )
        people = {
            int(v)
            for e in trail
            if e.field in ("merged_from", "merged_into_id")
            for v in (e.old_value, e.new_value)
            if v and v.isdigit()
        }
        names = (
            dict(
                conn.execute(
                    select(Customer.id, Customer.name).where(Customer.id.in_(people))
                ).all()
            )
            if people
            else {}
        )
    for e in reversed(trail):  # oldest first, so ``seq`` breaks ties in time order
        old, new, values = e.old_value, e.new_value, None
        if e.field is None and new and new.startswith("{"):
            try:
                parsed = json.loads(new)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                values = {k: mask_audit_value(k, v) for k, v in parsed.items()}
                new = None
        elif e.field == "room_id":
            old = room_codes.get(int(old), old) if old and old.isdigit() else old
            new = room_codes.get(int(new), new) if new and new.isdigit() else new
        elif e.field in ("merged_from", "merged_into_id"):
            new = _named(names, new)
            old = _named(names, old)
        else:
            old, new = mask_audit_value(e.field, old), mask_audit_value(e.field, new)
        subject = ""
        if e.table_name == "vehicle":
            subject = plates.get(e.record_id, "")
        elif e.table_name == "bank_account":
            subject = accounts.get(e.record_id, "")
        when = _localise(e.at)
        entries.append(
            (
                when,
                seq,
                TimelineEntry(
                    when,
                    "changed",
                    e.table_name,
                    e.action,
                    e.field,
                    old,
                    new,
                    values,
                    subject,
                    e.user,
                ),
            )
        )
        seq += 1
    entries.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [t[2] for t in entries]


def _named(names: dict[int, str], value: str | None) -> str | None:
    if value and value.isdigit() and int(value) in names:
        return f"{names[int(value)]} (#{value})"
    return value


@dataclass(frozen=True)
class MergePreview:
    """What merging a customer into another would move (masked numbers only)."""

    id: int
    name: str
    phone: str
    document: str
    identities: int
    current_identities: int
    vehicles: int
    accounts: int
    rows: list  # IdentityRow, current


def merge_preview(db: Database, customer_id: int) -> MergePreview:
    profile = customer_profile(db, customer_id)
    current = profile.current_identities()
    return MergePreview(
        profile.id,
        profile.name,
        profile.phone,
        profile.document,
        len(profile.identities),
        len(current),
        len(profile.vehicles),
        len(profile.accounts),
        current,
    )


def account_number(db: Database, account_id: int) -> str:
    """The full number of an account, for its own edit form only."""
    with db.connect() as conn:
        number = conn.execute(
            select(BankAccount.account_number).where(BankAccount.id == account_id)
        ).scalar()
    if number is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "This account was closed meanwhile. Refresh the view and try again."
            )
        )
    return number
