"""Identities (身份): a customer as owner, tenant, family member, resident or
emergency contact of a room or a parking space, over time.

Ending an identity sets its end date; nothing is ever deleted, so a room's
history of who owned, rented and lived in it is complete. The shares of a
resource's current owners always add up to 100%: a change of owners adjusts the
co-owners' shares in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Date, and_, bindparam, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.db.models import (
    Building,
    CarPark,
    Customer,
    CustomerPhone,
    Identity,
    ParkingSpace,
    Project,
    Room,
)
from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.codes import FULLWIDTH
from crm_desktop.domain.enums import NodeKind, Relation, Role
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services.database import Actor, Database, UnitOfWork, check_version

HUNDRED = Decimal("100")


@dataclass
class IdentityFields:
    role: Role
    room_id: int | None = None
    space_id: int | None = None
    share: Decimal | str | None = None  # owners: percent of ownership
    relation: Relation | None = None  # family members
    related_customer_id: int | None = None  # family members: whose family
    start_date: date | None = None  # today when empty
    notes: str = ""
    # Co-owners' new shares (identity id -> percent), applied in the same step.
    other_shares: dict[int, Decimal | str] = field(default_factory=dict)


def parse_share(value: Any, field_name: str = "share") -> Decimal | None:
    """A share in percent: '60', '60%', '33.33', full-width digits; None if blank."""
    if value is None:
        return None
    text = str(value).translate(FULLWIDTH).replace("%", "").strip()
    if not text:
        return None
    try:
        share = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a share. Type a percentage such as 60 or 33.33."
            ),
            field=field_name,
            value=str(value),
        ) from None
    if not share.is_finite() or share <= 0 or share > HUNDRED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A share must be more than 0% and at most 100%; {value}% is not."
            ),
            field=field_name,
            value=str(value),
        )
    if share != share.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Shares are kept to two decimals (e.g. 33.33%); {value} has more."
            ),
            field=field_name,
            value=str(value),
        )
    return share.quantize(Decimal("0.01"))


def _resource_filter(room_id: int | None, space_id: int | None):
    if room_id is not None:
        return Identity.room_id == room_id
    return Identity.space_id == space_id


def active_on(day: date):
    """The SQL condition of an identity held on ``day`` (started, not yet ended)."""
    return and_(
        Identity.start_date <= day, or_(Identity.end_date.is_(None), Identity.end_date > day)
    )


def _open_after(day: date):
    """Identities not ended by ``day`` (current ones, and ones that start later)."""
    return or_(Identity.end_date.is_(None), Identity.end_date > day)


def _check_resource(session, room_id: int | None, space_id: int | None) -> None:
    if (room_id is None) == (space_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose one room or one parking space for the identity."),
            field="resource",
        )
    if room_id is not None:
        room = session.get(Room, room_id)
        if room is None or room.retired_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The room no longer exists (it may have been split or merged). Choose the "
                    "room again.",
                )
            )
    elif session.get(ParkingSpace, space_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The parking space no longer exists. Choose it again.")
        )


def _apply_shares(
    uow: UnitOfWork,
    room_id: int | None,
    space_id: int | None,
    day: date,
    other_shares: dict[int, Any],
    new_share: Decimal | None,
    exclude_id: int | None = None,
) -> None:
    """Set co-owners' shares and check that the owners add up to 100%."""
    s = uow.session
    owners = list(
        s.scalars(
            select(Identity).where(
                _resource_filter(room_id, space_id),
                Identity.role == Role.OWNER,
                _open_after(day),
            )
        )
    )
    owners = [o for o in owners if o.id != exclude_id]
    by_id = {o.id: o for o in owners}
    for identity_id, raw in other_shares.items():
        owner = by_id.get(int(identity_id))
        if owner is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "One of the co-owners whose share you changed is no longer an owner of this "
                    "room or parking space. Refresh the view and try again.",
                ),
                field="other_shares",
            )
        share = parse_share(raw, "other_shares")
        if share is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give every co-owner a share."),
                field="other_shares",
            )
        if owner.share != share:
            uow.audit("update", "identity", owner.id, "share", owner.share, share)
            owner.share = share
    if not owners and new_share is None:
        return
    total = sum((o.share or Decimal(0) for o in owners), Decimal(0)) + (new_share or Decimal(0))
    _check_total(total, "share")


def _check_total(total: Decimal, field_name: str) -> None:
    if total != HUNDRED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The owners' shares add up to {total}%, but they must add up to 100%. Adjust "
                "the shares of the co-owners so that together they make 100%.",
            ),
            field=field_name,
            total=format(total.normalize(), "f"),
        )


def add_identity_in(uow: UnitOfWork, customer_id: int, f: IdentityFields) -> int:
    """Give a customer an identity on a room or space inside an open unit of work."""
    s = uow.session
    customer = s.get(Customer, customer_id)
    if customer is None or customer.merged_into_id is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "The customer no longer exists. Refresh the view and try again."
            )
        )
    _check_resource(s, f.room_id, f.space_id)
    role = Role(f.role)
    start = f.start_date or clock.today()
    if start.year < 1900:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The start date {date} is too early. Check the year."),
            field="start_date",
            date=start.isoformat(),
        )
    already = s.scalar(
        select(Identity.id).where(
            _resource_filter(f.room_id, f.space_id),
            Identity.customer_id == customer_id,
            Identity.role == role,
            _open_after(start),
        )
    )
    if already is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is already {role} here, so there is nothing to add. To record a new "
                "period, end the current one first.",
            ),
            field="role",
            name=customer.name,
            role=ROLE_WORDS[role],
        )
    share = parse_share(f.share) if role == Role.OWNER else None
    relation = related = None
    if role == Role.OWNER:
        _apply_shares(uow, f.room_id, f.space_id, start, f.other_shares, share or HUNDRED)
        share = share or HUNDRED
    elif role == Role.FAMILY:
        relation, related = _check_family(s, f, customer_id, start)
    values = {
        "customer_id": customer_id,
        "role": role,
        "room_id": f.room_id,
        "space_id": f.space_id,
        "share": share,
        "relation": relation,
        "related_customer_id": related,
        "start_date": start,
        "notes": (f.notes or "").strip(),
    }
    obj = Identity(**values)
    s.add(obj)
    s.flush()
    uow.audit_created(obj, values)
    return obj.id


# How a message names a role ("… is already an owner of …"); the Excel import's messages
# use the same words.
ROLE_WORDS = {
    Role.OWNER: QT_TRANSLATE_NOOP("Errors", "an owner"),
    Role.TENANT: QT_TRANSLATE_NOOP("Errors", "a tenant"),
    Role.FAMILY: QT_TRANSLATE_NOOP("Errors", "a family member"),
    Role.RESIDENT: QT_TRANSLATE_NOOP("Errors", "a resident"),
    Role.EMERGENCY_CONTACT: QT_TRANSLATE_NOOP("Errors", "an emergency contact"),
}


def _check_family(s, f: IdentityFields, customer_id: int, start: date):
    if f.relation is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose the family member's relation (spouse, child, parent …)."
            ),
            field="relation",
        )
    if f.related_customer_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the owner or tenant whose family member this is."),
            field="related_customer_id",
        )
    if f.related_customer_id == customer_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A customer cannot be their own family member."),
            field="related_customer_id",
        )
    holder = s.scalar(
        select(Identity.id).where(
            _resource_filter(f.room_id, f.space_id),
            Identity.customer_id == f.related_customer_id,
            Identity.role.in_([Role.OWNER, Role.TENANT]),
            _open_after(start),
        )
    )
    if holder is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A family member belongs to an owner or tenant of the same room. The person "
                "chosen is neither here; choose one of the current owners or tenants.",
            ),
            field="related_customer_id",
        )
    return Relation(f.relation), f.related_customer_id


def add_identity(db: Database, actor: Actor, customer_id: int, fields: IdentityFields) -> int:
    with db.write(actor) as uow:
        return add_identity_in(uow, customer_id, fields)


def end_identity_in(
    uow: UnitOfWork,
    identity_id: int,
    version: int | None,
    end_date: date | None = None,
    reason: str = "",
    other_shares: dict[int, Any] | None = None,
) -> None:
    s = uow.session
    obj = s.get(Identity, identity_id)
    if obj is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "This identity no longer exists. Refresh the view.")
        )
    check_version(obj, version)
    end = end_date or clock.today()
    if obj.end_date is not None and obj.end_date <= end:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This identity already ended on {date}."),
            field="end_date",
            date=obj.end_date.isoformat(),
        )
    if end < obj.start_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The end date {end} is before the start date {start}. Choose a later end date.",
            ),
            field="end_date",
            end=end.isoformat(),
            start=obj.start_date.isoformat(),
        )
    uow.audit("end", "identity", obj.id, "end_date", obj.end_date, end)
    obj.end_date = end
    obj.end_reason = (reason or "").strip()
    if obj.role == Role.OWNER:
        s.flush()
        _apply_shares(uow, obj.room_id, obj.space_id, end, other_shares or {}, None, obj.id)
    s.flush()


def end_identity(
    db: Database,
    actor: Actor,
    identity_id: int,
    version: int | None,
    end_date: date | None = None,
    reason: str = "",
    other_shares: dict[int, Any] | None = None,
) -> None:
    """End an identity on ``end_date`` (today if empty); it stays in the history.

    Ending one of several owners needs the remaining owners' new shares (adding up
    to 100%) in ``other_shares``.
    """
    with db.write(actor) as uow:
        end_identity_in(uow, identity_id, version, end_date, reason, other_shares)


def set_owner_shares(
    db: Database,
    actor: Actor,
    shares: dict[int, Any],
    *,
    room_id: int | None = None,
    space_id: int | None = None,
) -> None:
    """Change the current owners' shares together (they must add up to 100%)."""
    with db.write(actor) as uow:
        _check_resource(uow.session, room_id, space_id)
        _apply_shares(uow, room_id, space_id, clock.today(), shares, None)


# --- reading ------------------------------------------------------------------------------
@dataclass(frozen=True)
class IdentityRow:
    id: int
    version: int
    customer_id: int
    customer_name: str
    role: Role
    share: Decimal | None
    relation: Relation | None
    related_customer_id: int | None
    related_name: str | None
    room_id: int | None
    space_id: int | None
    resource: str  # "翠园 3-2-1501" or "翠园 P1 B-012"
    start_date: date
    end_date: date | None
    end_reason: str
    phone: str  # masked primary phone
    verified: bool

    def active_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day < self.end_date)


_Related = aliased(Customer)
_ROLE_ORDER = {r: i for i, r in enumerate(Role)}


def identity_rows(session, where, order_by_time: bool = False) -> list[IdentityRow]:
    """The identities matching ``where`` (a SQL condition on ``Identity``), with the names
    and resource texts the screens show ("翠湖花园 3-2-501"); owners first, or in time
    order. Public so the reports (customer cards) read identities as the screens do."""
    primary_phone = (
        select(CustomerPhone.number)
        .where(CustomerPhone.customer_id == Identity.customer_id, CustomerPhone.is_primary)
        .limit(1)
        .scalar_subquery()
    )
    stmt = (
        select(
            Identity,
            Customer.name,
            Customer.verified_at.is_not(None),
            _Related.name,
            primary_phone,
            Project.name,
            Room.code,
            CarPark.name,
            ParkingSpace.number,
        )
        .join(Customer, Customer.id == Identity.customer_id)
        .outerjoin(_Related, _Related.id == Identity.related_customer_id)
        .outerjoin(Room, Room.id == Identity.room_id)
        .outerjoin(Building, Building.id == Room.building_id)
        .outerjoin(ParkingSpace, ParkingSpace.id == Identity.space_id)
        .outerjoin(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .outerjoin(
            Project, or_(Project.id == Building.project_id, Project.id == CarPark.project_id)
        )
        .where(where)
    )
    rows = []
    for ident, name, verified, related, phone, project, code, park, number in session.execute(stmt):
        resource = f"{project} {code}" if code else f"{project} {park} {number}"
        rows.append(
            IdentityRow(
                ident.id,
                ident.version,
                ident.customer_id,
                name,
                ident.role,
                ident.share,
                ident.relation,
                ident.related_customer_id,
                related,
                ident.room_id,
                ident.space_id,
                resource,
                ident.start_date,
                ident.end_date,
                ident.end_reason,
                ids.mask_phone(phone) if phone else "",
                bool(verified),
            )
        )
    if order_by_time:
        rows.sort(key=lambda r: (r.start_date, r.end_date or date.max, r.id))
    else:
        rows.sort(key=lambda r: (_ROLE_ORDER[r.role], -(r.share or 0), r.start_date, r.id))
    return rows


def resource_identities(
    db: Database,
    *,
    room_id: int | None = None,
    space_id: int | None = None,
    as_of: date | None = None,
) -> list[IdentityRow]:
    """Who holds the room or space on ``as_of`` (today if empty): owners first."""
    day = as_of or clock.today()
    with db.read() as s:
        return identity_rows(s, and_(_resource_filter(room_id, space_id), active_on(day)))


def resource_history(
    db: Database, *, room_id: int | None = None, space_id: int | None = None
) -> list[IdentityRow]:
    """Every identity the room or space ever had, current and past, in time order."""
    with db.read() as s:
        return identity_rows(s, _resource_filter(room_id, space_id), order_by_time=True)


def customer_identities(db: Database, customer_id: int) -> list[IdentityRow]:
    """Every identity of a customer, in time order."""
    with db.read() as s:
        return identity_rows(s, Identity.customer_id == customer_id, order_by_time=True)


def family_of(db: Database, customer_id: int) -> list[IdentityRow]:
    """Current family members registered as this customer's family."""
    today = clock.today()
    with db.read() as s:
        return identity_rows(
            s,
            and_(
                Identity.related_customer_id == customer_id,
                Identity.role == Role.FAMILY,
                active_on(today),
            ),
        )


# Current owners' names (active today, largest share first), built once: for a
# building's 240 rooms constructing the statement would cost three times running it.
_TODAY = bindparam("today", type_=Date)
_OWNERS = (
    select(Identity.room_id, Customer.name)
    .join(Customer, Customer.id == Identity.customer_id)
    .where(
        Identity.role == Role.OWNER,
        Identity.start_date <= _TODAY,
        or_(Identity.end_date.is_(None), Identity.end_date > _TODAY),
    )
    .order_by(Identity.room_id, Identity.share.desc(), Identity.id)
)
_ROOMS_OWNERS = _OWNERS.where(Identity.room_id.in_(bindparam("ids", expanding=True)))
_BUILDING_OWNERS = _OWNERS.join(Room, Room.id == Identity.room_id).where(
    Room.building_id == bindparam("building")
)


def _owner_names(conn, stmt, **params: Any) -> dict[int, str]:
    out: dict[int, list[str]] = {}
    for room_id, name in conn.execute(stmt, {"today": clock.today(), **params}):
        out.setdefault(room_id, []).append(name)
    return {k: "、".join(v) for k, v in out.items()}


def current_owner_names(db_or_conn, room_ids: Iterable[int]) -> dict[int, str]:
    """The current owners' names per room ("张三、李四"), for the tree and the room table."""
    room_ids = list(room_ids)
    if not room_ids:
        return {}
    if isinstance(db_or_conn, Database):
        with db_or_conn.connect() as conn:
            return _owner_names(conn, _ROOMS_OWNERS, ids=room_ids)
    return _owner_names(db_or_conn, _ROOMS_OWNERS, ids=room_ids)


def building_owner_names(conn, building_id: int) -> dict[int, str]:
    """The current owners' names of every room of a building, in one query."""
    return _owner_names(conn, _BUILDING_OWNERS, building=building_id)


@dataclass(frozen=True)
class ResourceChoice:
    """A room or parking space a clerk can pick by typing its code."""

    room_id: int | None
    space_id: int | None
    label: str  # "翠湖花园 3-2-1501" / "翠湖花园 地下停车场 B1-12"
    owners: str  # current owners' names, "" when none


def find_resources(db: Database, text: str, limit: int = 20) -> list[ResourceChoice]:
    """Rooms (and parking spaces) whose code or number is what the clerk typed.

    "3-2-1501" matches that full code in every project; "1501" any room numbered
    1501; "翠湖 3-2-1501" narrows to projects whose name contains "翠湖".
    """
    words = (text or "").strip().split()
    if not words:
        return []
    code = words[-1].upper()
    project_part = " ".join(words[:-1])
    rooms = (
        select(Room.id, Project.name, Room.code)
        .join(Project, Project.id == Room.project_id)
        .where(or_(Room.code == code, Room.number == code), Room.retired_at.is_(None))
        .order_by(Project.name, Room.sort_key)
        .limit(limit)
    )
    spaces = (
        select(ParkingSpace.id, Project.name, CarPark.name, ParkingSpace.number)
        .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .join(Project, Project.id == CarPark.project_id)
        .where(ParkingSpace.number == code)
        .order_by(Project.name, CarPark.name)
        .limit(limit)
    )
    if project_part:
        rooms = rooms.where(Project.name.contains(project_part, autoescape=True))
        spaces = spaces.where(Project.name.contains(project_part, autoescape=True))
    with db.connect() as conn:
        found = conn.execute(rooms).all()
        owners = current_owner_names(conn, [r[0] for r in found])
        out = [ResourceChoice(rid, None, f"{p} {c}", owners.get(rid, "")) for rid, p, c in found]
        for sid, p, park, number in conn.execute(spaces):
            out.append(ResourceChoice(None, sid, f"{p} {park} {number}", ""))
    return out[:limit]


def resource_path(
    db: Database, *, room_id: int | None = None, space_id: int | None = None
) -> list[tuple[NodeKind, int]]:
    """The tree path of a room or space, nearest first: room, building, project, region
    (for revealing it in the navigation tree)."""
    with db.read() as s:
        if room_id is not None:
            row = s.execute(
                select(Room.id, Building.id, Project.id, Project.region_id)
                .join(Building, Building.id == Room.building_id)
                .join(Project, Project.id == Building.project_id)
                .where(Room.id == room_id)
            ).first()
            kinds = (NodeKind.ROOM, NodeKind.BUILDING, NodeKind.PROJECT, NodeKind.REGION)
        else:
            row = s.execute(
                select(ParkingSpace.id, CarPark.id, Project.id, Project.region_id)
                .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
                .join(Project, Project.id == CarPark.project_id)
                .where(ParkingSpace.id == space_id)
            ).first()
            kinds = (NodeKind.PARKING_SPACE, NodeKind.CAR_PARK, NodeKind.PROJECT, NodeKind.REGION)
    if row is None:
        return []
    return list(zip(kinds, row, strict=True))


def add_owners_in(
    uow: UnitOfWork,
    owners: list[tuple[int, Any]],
    *,
    room_id: int | None = None,
    space_id: int | None = None,
    start_date: date,
    notes: str = "",
) -> list[int]:
    """Make several customers the owners of a resource that has none (a sale): their
    shares must add up to 100%. Returns the new identities' ids, in the given order."""
    s = uow.session
    _check_resource(s, room_id, space_id)
    if not owners:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Add at least one buyer."),
            field="buyers",
        )
    current = s.scalar(
        select(Identity.id).where(
            _resource_filter(room_id, space_id),
            Identity.role == Role.OWNER,
            _open_after(start_date),
        )
    )
    if current is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This room or parking space still has owners on that date. A change of owners "
                "is a transfer of ownership, not a sale.",
            ),
            field="buyers",
        )
    customers = [int(cid) for cid, _ in owners]
    if len(set(customers)) != len(customers):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A buyer is listed twice. List each buyer once."),
            field="buyers",
        )
    shares = [parse_share(raw, "buyers") for _, raw in owners]
    if len(shares) == 1 and shares[0] is None:
        shares = [HUNDRED]
    if any(share is None for share in shares):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give every buyer a share (together 100%)."),
            field="buyers",
        )
    _check_total(sum(shares, Decimal(0)), "buyers")
    made = []
    for customer_id, share in zip(customers, shares, strict=True):
        customer = s.get(Customer, customer_id)
        if customer is None or customer.merged_into_id is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The customer no longer exists. Refresh the view and try again."
                )
            )
        values = {
            "customer_id": customer_id,
            "role": Role.OWNER,
            "room_id": room_id,
            "space_id": space_id,
            "share": share,
            "start_date": start_date,
            "notes": (notes or "").strip(),
        }
        obj = Identity(**values)
        s.add(obj)
        s.flush()
        uow.audit_created(obj, values)
        made.append(obj.id)
    return made
