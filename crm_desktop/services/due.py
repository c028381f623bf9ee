"""The due list (待办事项): what needs a clerk's attention, for the start screen.

One call reads every section through one connection and returns plain frozen
records (no ORM objects), so the panel can load it on the database thread.

Each section is a :class:`Section`: ``total`` counts everything due, ``rows`` holds
at most ``limit`` of them, so a database where 350,000 customers were never
verified never loads them. A section's rows and count come from one statement (a
window ``count(*) over ()``) rather than two scans, except the customers: their
newest rows are read straight off the end of the primary key and counted apart.
On the large demo (300,000 rooms, 100,000 spaces, 500,000 customers) the whole
list takes 0.5 to 0.8 s on SQLite, most of it the rooms without an owner.

Choices made:

* A lease is due from ``lease_days`` days before its end date up to the end date
  itself, the day the tenants hand the keys back (``days_left`` 0: "ends today");
  a terminated lease is not, nor one already renewed (the renewal follows on; a
  cancelled renewal does not count, as in ``tenancy``).
* A handover appointment is due on its day and every day after until the
  handover is completed (``days_overdue`` 0: today).
* An open defect is due when it was found (at the handover) more than
  ``defect_days`` days ago: exactly ``defect_days`` days is not yet due.
* A room needs an owner when its status is anything but *unsold* (sold, handed
  over, occupied, rented, vacant, renovating: each says it has been sold); a
  parking space when it is *sold* or *rented* (*assigned* and *vacant* spaces may
  belong to the developer). Owners count when current on ``today``.
* A customer's ID is verified when ``verified_at`` is set (changing the document
  number clears it); merged-away records are left out. Newest first.
* Retired rooms (split or merged away) are left out of every section.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.db.models import (
    Building,
    CarPark,
    Customer,
    CustomerPhone,
    Handover,
    Identity,
    InspectionItem,
    Lease,
    LeaseTenant,
    ParkingSpace,
    Project,
    Room,
)
from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.enums import Role, RoomStatus, SpaceStatus
from crm_desktop.services import tenancy as _tenancy
from crm_desktop.services.database import Database

R = TypeVar("R")

DEFAULT_LEASE_DAYS = 30
DEFAULT_DEFECT_DAYS = 14
DEFAULT_LIMIT = 200

# Statuses that say a resource has been sold, so it should have an owner.
OWNED_ROOM_STATUSES = tuple(s for s in RoomStatus if s != RoomStatus.UNSOLD)
OWNED_SPACE_STATUSES = (SpaceStatus.SOLD, SpaceStatus.RENTED)


# --- records ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Section(Generic[R]):
    total: int  # everything due in this section
    rows: tuple[R, ...]  # at most ``limit`` of them

    @property
    def more(self) -> int:
        """How many are due beyond the rows shown."""
        return max(self.total - len(self.rows), 0)


@dataclass(frozen=True)
class DueLease:
    lease_id: int
    resources: tuple[str, ...]  # "翠湖花园 3-2-501", "翠湖花园 地下停车场 B1-001"
    tenants: tuple[str, ...]  # names
    landlord: str
    end_date: date
    days_left: int  # 0: the keys are handed back today


@dataclass(frozen=True)
class DueAppointment:
    handover_id: int
    room_id: int
    label: str  # "翠湖花园 3-2-1501"
    owners: str  # "张三、李四"
    appointment_date: date
    days_overdue: int  # 0: today


@dataclass(frozen=True)
class DueDefect:
    item_id: int
    room_id: int
    label: str
    item: str  # the checklist item: "卫生间"
    description: str  # "地漏反水"
    reported_on: date  # the handover at which it was found
    age_days: int


@dataclass(frozen=True)
class OwnerGap:
    """A sold room or parking space with no current owner recorded."""

    room_id: int | None
    space_id: int | None
    label: str
    status: RoomStatus | SpaceStatus


@dataclass(frozen=True)
class UnverifiedCustomer:
    customer_id: int
    name: str
    phone: str  # masked primary phone, "" when none
    has_document: bool  # False: a document number must be entered before verifying


@dataclass(frozen=True)
class DueList:
    today: date
    lease_days: int
    defect_days: int
    leases: Section[DueLease]
    appointments: Section[DueAppointment]
    defects: Section[DueDefect]
    rooms_without_owner: Section[OwnerGap]
    spaces_without_owner: Section[OwnerGap]
    unverified_customers: Section[UnverifiedCustomer]

    @property
    def total(self) -> int:
        """Everything due, over all sections."""
        return sum(
            s.total
            for s in (
                self.leases,
                self.appointments,
                self.defects,
                self.rooms_without_owner,
                self.spaces_without_owner,
                self.unverified_customers,
            )
        )


# --- queries ------------------------------------------------------------------------------
# Rooms as the tree shows them: project, building (2 before 10), then unit, floor, number.
_ROOM_ORDER = (Project.name, func.length(Building.code), Building.code, Room.sort_key, Room.id)
_TOTAL = func.count().over().label("total")


def _owned(resource_column, day: date):
    """The rooms (or spaces) with a current owner on ``day``.

    Used as ``NOT IN``: the set is built once (one scan of the identities) and
    looked up per resource, twice as fast on 300,000 rooms as a correlated
    ``NOT EXISTS`` that reads each room's identities.
    """
    return select(resource_column).where(
        resource_column.is_not(None),
        Identity.role == Role.OWNER,
        Identity.start_date <= day,
        or_(Identity.end_date.is_(None), Identity.end_date > day),
    )


def _split(rows) -> tuple[int, list]:
    """(total, rows) from rows whose last column is the window count."""
    return (rows[0][-1] if rows else 0), [row[:-1] for row in rows]


def _leases(conn, day: date, days: int, limit: int) -> Section[DueLease]:
    renewal = aliased(Lease)
    renewed = (
        select(renewal.id)
        .where(
            renewal.renewed_from_id == Lease.id,
            or_(renewal.terminated_on.is_(None), renewal.terminated_on > renewal.start_date),
        )
        .exists()
    )
    stmt = (
        select(Lease.id, Customer.name, Lease.end_date, _TOTAL)
        .join(Customer, Customer.id == Lease.landlord_id)
        .where(
            Lease.terminated_on.is_(None),
            Lease.end_date >= day,
            Lease.end_date <= day + timedelta(days=days),
            ~renewed,
        )
        .order_by(Lease.end_date, Lease.id)
        .limit(limit)
    )
    total, rows = _split(conn.execute(stmt).all())
    lease_ids = [r[0] for r in rows]
    labels = _tenancy._labels(conn, lease_ids)
    tenants: dict[int, list[str]] = {}
    if lease_ids:
        for lease_id, name in conn.execute(
            select(LeaseTenant.lease_id, Customer.name)
            .join(Customer, Customer.id == LeaseTenant.customer_id)
            .where(LeaseTenant.lease_id.in_(lease_ids))
            .order_by(Customer.name, Customer.id)
        ):
            tenants.setdefault(lease_id, []).append(name)
    return Section(
        total,
        tuple(
            DueLease(
                lease_id,
                tuple(r.label for r in labels.get(lease_id, [])),
                tuple(tenants.get(lease_id, [])),
                landlord,
                end,
                (end - day).days,
            )
            for lease_id, landlord, end in rows
        ),
    )


def _owner_names(conn, day: date, room_ids: list[int]) -> dict[int, str]:
    if not room_ids:
        return {}
    out: dict[int, list[str]] = {}
    for room_id, name in conn.execute(
        select(Identity.room_id, Customer.name)
        .join(Customer, Customer.id == Identity.customer_id)
        .where(
            Identity.room_id.in_(room_ids),
            Identity.role == Role.OWNER,
            Identity.start_date <= day,
            or_(Identity.end_date.is_(None), Identity.end_date > day),
        )
        .order_by(Identity.room_id, Identity.share.desc(), Identity.id)
    ):
        out.setdefault(room_id, []).append(name)
    return {k: "、".join(v) for k, v in out.items()}


def _appointments(conn, day: date, limit: int) -> Section[DueAppointment]:
    stmt = (
        select(Handover.id, Room.id, Project.name, Room.code, Handover.appointment_date, _TOTAL)
        .join(Room, Room.id == Handover.room_id)
        .join(Building, Building.id == Room.building_id)
        .join(Project, Project.id == Room.project_id)
        .where(
            Handover.handover_date.is_(None),
            Handover.appointment_date <= day,
            Room.retired_at.is_(None),
        )
        .order_by(Handover.appointment_date, *_ROOM_ORDER, Handover.id)
        .limit(limit)
    )
    total, rows = _split(conn.execute(stmt).all())
    owners = _owner_names(conn, day, [r[1] for r in rows])
    return Section(
        total,
        tuple(
            DueAppointment(
                hid, rid, f"{project} {code}", owners.get(rid, ""), when, (day - when).days
            )
            for hid, rid, project, code, when in rows
        ),
    )


def _defects(conn, day: date, days: int, limit: int) -> Section[DueDefect]:
    stmt = (
        select(
            InspectionItem.id,
            Room.id,
            Project.name,
            Room.code,
            InspectionItem.name,
            InspectionItem.defect,
            Handover.handover_date,
            _TOTAL,
        )
        .join(Handover, Handover.id == InspectionItem.handover_id)
        .join(Room, Room.id == Handover.room_id)
        .join(Building, Building.id == Room.building_id)
        .join(Project, Project.id == Room.project_id)
        .where(
            ~InspectionItem.ok,
            InspectionItem.rectified_on.is_(None),
            Handover.handover_date < day - timedelta(days=days),
            Room.retired_at.is_(None),
        )
        .order_by(
            Handover.handover_date,
            *_ROOM_ORDER,
            InspectionItem.position,
            InspectionItem.id,
        )
        .limit(limit)
    )
    total, rows = _split(conn.execute(stmt).all())
    return Section(
        total,
        tuple(
            DueDefect(iid, rid, f"{project} {code}", item, text, found, (day - found).days)
            for iid, rid, project, code, item, text, found in rows
        ),
    )


def _rooms_without_owner(conn, day: date, limit: int) -> Section[OwnerGap]:
    stmt = (
        select(Room.id, Project.name, Room.code, Room.status, _TOTAL)
        .join(Building, Building.id == Room.building_id)
        .join(Project, Project.id == Room.project_id)
        .where(
            Room.retired_at.is_(None),
            Room.status.in_(OWNED_ROOM_STATUSES),
            Room.id.not_in(_owned(Identity.room_id, day)),
        )
        .order_by(*_ROOM_ORDER)
        .limit(limit)
    )
    total, rows = _split(conn.execute(stmt).all())
    return Section(
        total,
        tuple(
            OwnerGap(rid, None, f"{project} {code}", RoomStatus(status))
            for rid, project, code, status in rows
        ),
    )


def _spaces_without_owner(conn, day: date, limit: int) -> Section[OwnerGap]:
    stmt = (
        select(
            ParkingSpace.id, Project.name, CarPark.name, ParkingSpace.number, ParkingSpace.status
        )
        .add_columns(_TOTAL)
        .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .join(Project, Project.id == CarPark.project_id)
        .where(
            ParkingSpace.status.in_(OWNED_SPACE_STATUSES),
            ParkingSpace.id.not_in(_owned(Identity.space_id, day)),
        )
        .order_by(Project.name, CarPark.name, ParkingSpace.number, ParkingSpace.id)
        .limit(limit)
    )
    total, rows = _split(conn.execute(stmt).all())
    return Section(
        total,
        tuple(
            OwnerGap(None, sid, f"{project} {park} {number}", SpaceStatus(status))
            for sid, project, park, number, status in rows
        ),
    )


def _unverified_customers(conn, limit: int) -> Section[UnverifiedCustomer]:
    where = and_(Customer.verified_at.is_(None), Customer.merged_into_id.is_(None))
    # Counted apart: the newest rows come from the end of the primary key at once,
    # which a window count over every unverified customer would prevent.
    total = conn.execute(select(func.count()).select_from(Customer).where(where)).scalar_one()
    phone = (
        select(CustomerPhone.number)
        .where(CustomerPhone.customer_id == Customer.id, CustomerPhone.is_primary)
        .limit(1)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(Customer.id, Customer.name, phone, Customer.document_number)
        .where(where)
        .order_by(Customer.id.desc())
        .limit(limit)
    ).all()
    return Section(
        total,
        tuple(
            UnverifiedCustomer(cid, name, ids.mask_phone(number) if number else "", bool(document))
            for cid, name, number, document in rows
        ),
    )


def due_list(
    db: Database,
    *,
    lease_days: int = DEFAULT_LEASE_DAYS,
    defect_days: int = DEFAULT_DEFECT_DAYS,
    today: date | None = None,
    limit: int = DEFAULT_LIMIT,
    gaps_from: DueList | None = None,
) -> DueList:
    """What needs attention on ``today`` (default: today), each section at most
    ``limit`` rows with its total.

    ``gaps_from``: an earlier list whose data-gap sections (rooms and spaces without an
    owner, unverified customers) are reused instead of read again. Those are the costly
    reads on a large portfolio (about 0.5 s on 300,000 rooms), and the panel refreshes
    after every save on the one database thread, which the clerk's next search or save
    would wait behind; the gaps are a backlog, read again on a timer or on demand."""
    day = today or clock.today()
    lease_days = max(int(lease_days), 0)
    defect_days = max(int(defect_days), 0)
    limit = max(int(limit), 1)
    with db.connect() as conn:
        return DueList(
            day,
            lease_days,
            defect_days,
            _leases(conn, day, lease_days, limit),
            _appointments(conn, day, limit),
            _defects(conn, day, defect_days, limit),
            *(
                (
                    gaps_from.rooms_without_owner,
                    gaps_from.spaces_without_owner,
                    gaps_from.unverified_customers,
                )
                if gaps_from is not None
                else (
                    _rooms_without_owner(conn, day, limit),
                    _spaces_without_owner(conn, day, limit),
                    _unverified_customers(conn, limit),
                )
            ),
        )
