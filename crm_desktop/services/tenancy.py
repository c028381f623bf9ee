"""Tenancy (出租): an owner lets rooms and parking spaces to tenants on a lease.

A lease runs from its start date up to its end date, the day the tenants hand the
keys back: on that day it is no longer active, exactly as an identity's end date
works, so a one-year lease from 2025-03-01 ends on 2026-03-01 and its renewal
starts that same day. The tenants' identities (role *tenant*, one per tenant and
resource) are ordinary identities whose end date is the lease's: they stop being
current by themselves when the lease runs out, and end earlier when it is
terminated.

Every write is one transaction with its audit entries, takes plain data in and
returns ids, never ORM objects.

Choices made:

* A lease may start in the future (*upcoming*) or in the past (entered late); its
  landlord must own every resource on the start date and still own it now.
  Leases of one resource may not overlap, counting a terminated lease up to its
  termination date. A term is at most 20 years (Civil Code art. 705).
* The rent is the amount of one period (monthly, quarterly, half-yearly, yearly);
  the payment day is a day of the month from 1 to 28 (every month has it), by
  default the start date's day.
* A resource shows *rented* while a lease is active: starting (or renewing) a
  lease that is active today marks it, and ``refresh_expired`` marks the resources
  of leases that have begun since and releases those of leases that have run out;
  the UI calls it at start-up. The status the resource had before is remembered
  per lease; when no lease is active any more a room becomes *vacant* (the tenant
  moved out, nobody lives there) unless it was only *sold* (never handed over),
  and a parking space goes back to *sold*, *assigned* or *vacant*, as it was. A
  status changed by hand meanwhile (not *rented* any more) is left alone.
* A renewal follows on the day the old term ends, with the same resources and the
  tenants still on the lease; it keeps the chain through ``renewed_from_id`` (a
  term is renewed at most once). The tenants' identities are *extended* to the new
  end date rather than ended and started again, so a room's history shows one
  continuous tenancy; they are linked to every term of the chain. A tenant whose
  identity was ended before the end of the term is not carried over.
* Terminating early needs a reason and a date within the term, not in the future;
  the one exception is the cancellation of a lease that has not started, which is
  terminated on its start date. Terminating a term whose renewal has not begun
  cancels the renewal too; one whose renewal has begun is refused (terminate the
  current term instead). The tenants' identities end on the termination date,
  with the reason.
* Family members of tenants are not ended with the lease: they are ordinary
  identities a clerk ends, like any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.db.models import (
    CarPark,
    Customer,
    Identity,
    Lease,
    LeaseIdentity,
    LeaseResource,
    LeaseTenant,
    ParkingSpace,
    Project,
    Room,
)
from crm_desktop.domain import clock
from crm_desktop.domain.codes import FULLWIDTH
from crm_desktop.domain.enums import LeaseState, RentPeriod, Role, RoomStatus, SpaceStatus
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import customers as _customers
from crm_desktop.services.database import Actor, Database, UnitOfWork, check_version

MAX_TERM_YEARS = 20
MAX_MONEY = Decimal("10000000000")  # Numeric(12, 2)


# --- input records ------------------------------------------------------------------------
@dataclass
class Tenant:
    """An existing customer (``customer_id``) or a new one entered in place (``new``)."""

    customer_id: int | None = None
    new: _customers.CustomerFields | None = None


@dataclass
class LeaseFields:
    landlord_id: int | None  # a current owner of every resource let
    start_date: date | None
    end_date: date | None  # the day the keys are handed back
    rent: Decimal | str | None  # per period, yuan
    tenants: list[Tenant] = field(default_factory=list)
    room_ids: list[int] = field(default_factory=list)
    space_ids: list[int] = field(default_factory=list)
    period: RentPeriod | str = RentPeriod.MONTHLY
    deposit: Decimal | str | None = None  # yuan; empty: none
    payment_day: int | str | None = None  # 1..28; empty: the start date's day (at most 28)
    notes: str = ""


class _Ref(NamedTuple):
    room_id: int | None
    space_id: int | None


# --- parsing ------------------------------------------------------------------------------
_MONEY_MISSING = {
    "rent": QT_TRANSLATE_NOOP("Errors", "Enter the rent of one period, in yuan."),
}
_MONEY_BAD = {
    "rent": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a rent. Type the amount of one period in yuan, e.g. 3500."
    ),
    "deposit": QT_TRANSLATE_NOOP(
        "Errors",
        "“{value}” is not a deposit. Type the amount in yuan, e.g. 7000, or leave it empty.",
    ),
}
_MONEY_RANGE = {
    "rent": QT_TRANSLATE_NOOP(
        "Errors", "The rent {value} is out of range: it must be more than 0 yuan."
    ),
    "deposit": QT_TRANSLATE_NOOP(
        "Errors", "The deposit {value} is out of range: it must be 0 yuan or more."
    ),
}


def parse_money(value: Any, field_name: str = "rent") -> Decimal:
    """A rent (more than 0) or a deposit (0 or more, empty: 0) in yuan: '3,500',
    '3500.00', full-width digits, '¥'."""
    text = str(value if value is not None else "").translate(FULLWIDTH)
    text = text.replace(",", "").replace("¥", "").replace("￥", "").replace("元", "").strip()
    if not text:
        if field_name == "rent":
            raise ValidationError(_MONEY_MISSING["rent"], field=field_name)
        return Decimal("0.00")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(_MONEY_BAD[field_name], field=field_name, value=str(value)) from None
    low_ok = amount > 0 if field_name == "rent" else amount >= 0
    if not amount.is_finite() or not low_ok or amount >= MAX_MONEY:
        raise ValidationError(_MONEY_RANGE[field_name], field=field_name, value=str(value))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Amounts are kept to the fen (0.01); {value} has more."),
            field=field_name,
            value=str(value),
        )
    return amount.quantize(Decimal("0.01"))


def _period(value: Any) -> RentPeriod:
    try:
        return RentPeriod(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose how often the rent is paid: monthly, quarterly, half-yearly or yearly.",
            ),
            field="period",
        ) from None


def _payment_day(value: Any, start: date) -> int:
    text = str(value if value is not None else "").translate(FULLWIDTH).strip()
    if not text:
        return min(start.day, 28)
    try:
        day = int(text)
    except ValueError:
        day = 0
    if not 1 <= day <= 28:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The rent payment day is a day of the month from 1 to 28 (a day every month "
                "has); {value} is not.",
            ),
            field="payment_day",
            value=str(value),
        )
    return day


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _term(start: date | None, end: date | None, *, renewal: bool = False) -> tuple[date, date]:
    if start is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date the lease starts."), field="start_date"
        )
    if end is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Enter the date the lease ends: the day the tenants hand the keys back.",
            ),
            field="end_date",
        )
    if start.year < 1900:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The start date {date} is too early. Check the year."),
            field="start_date",
            date=start.isoformat(),
        )
    if end <= start:
        if renewal:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The renewal starts on {start}, when the current term ends, so it must end "
                    "after that day; {end} does not.",
                ),
                field="end_date",
                start=start.isoformat(),
                end=end.isoformat(),
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The lease ends on {end}, which is not after its start {start}. The end date is "
                "the day the tenants hand the keys back.",
            ),
            field="end_date",
            start=start.isoformat(),
            end=end.isoformat(),
        )
    if end > _add_years(start, MAX_TERM_YEARS):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A lease runs at most 20 years; {start} to {end} is longer. Let it for a "
                "shorter term and renew it when the term is up.",
            ),
            field="end_date",
            start=start.isoformat(),
            end=end.isoformat(),
        )
    return start, end


def _reason(text: str | None) -> str:
    reason = " ".join((text or "").split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Enter why the lease ends early (the tenant moves out, rent not paid, the "
                "owner sells …).",
            ),
            field="reason",
        )
    if len(reason) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The reason has at most 200 characters."),
            field="reason",
        )
    return reason


def _refs(room_ids: Iterable[int], space_ids: Iterable[int]) -> list[_Ref]:
    refs = [_Ref(int(r), None) for r in room_ids or []]
    refs += [_Ref(None, int(sp)) for sp in space_ids or []]
    if not refs:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one room or parking space to let."),
            field="resources",
        )
    if len(set(refs)) != len(refs):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A room or parking space is listed twice. List each one once."
            ),
            field="resources",
        )
    return refs


# --- lease state --------------------------------------------------------------------------
def lease_state(lease: Any, today: date | None = None) -> LeaseState:
    """The state of a lease (a ``Lease`` or a ``LeaseRow``) on ``today``."""
    day = today or clock.today()
    if lease.terminated_on is not None:
        return LeaseState.TERMINATED
    if day < lease.start_date:
        return LeaseState.UPCOMING
    if day >= lease.end_date:
        return LeaseState.EXPIRED
    return LeaseState.ACTIVE


def _effective_end():
    """The day a lease stops: its termination date, else its end date."""
    return func.coalesce(Lease.terminated_on, Lease.end_date)


def _active_on(day: date):
    return and_(Lease.start_date <= day, _effective_end() > day)


def _ends(lease: Lease) -> date:
    return lease.terminated_on if lease.terminated_on is not None else lease.end_date


def _on(ref: _Ref):
    if ref.room_id is not None:
        return LeaseResource.room_id == ref.room_id
    return LeaseResource.space_id == ref.space_id


# --- resources and their status -----------------------------------------------------------
def _load(s, ref: _Ref):
    if ref.room_id is not None:
        room = s.get(Room, ref.room_id)
        if room is None or room.retired_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The room no longer exists (it may have been split or merged). Choose the "
                    "room again.",
                )
            )
        return room
    space = s.get(ParkingSpace, ref.space_id)
    if space is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The parking space no longer exists. Choose it again.")
        )
    return space


def _name(resource) -> str:
    return resource.code if isinstance(resource, Room) else resource.number


def _ref_of(obj) -> _Ref:
    return _Ref(obj.room_id, obj.space_id)


def _set_status(uow: UnitOfWork, resource, new) -> None:
    if resource.status != new:
        uow.audit("update", resource.__tablename__, resource.id, "status", resource.status, new)
        resource.status = new


def _rented(ref: _Ref):
    return RoomStatus.RENTED if ref.room_id is not None else SpaceStatus.RENTED


def _status_after(lr: LeaseResource):
    """The status a resource goes back to when no lease is active on it any more."""
    before = lr.status_before
    if lr.room_id is not None:
        return RoomStatus.SOLD if before == RoomStatus.SOLD else RoomStatus.VACANT
    if before in (SpaceStatus.SOLD, SpaceStatus.ASSIGNED, SpaceStatus.VACANT):
        return SpaceStatus(before)
    return SpaceStatus.SOLD


def _lease_resources(s, lease_id: int) -> list[LeaseResource]:
    return list(
        s.scalars(
            select(LeaseResource)
            .where(LeaseResource.lease_id == lease_id)
            .order_by(LeaseResource.id)
        )
    )


def _mark_rented(uow: UnitOfWork, lease: Lease, today: date) -> list[_Ref]:
    """Mark the resources of a lease active today *rented* (once per lease)."""
    if lease_state(lease, today) != LeaseState.ACTIVE:
        return []
    marked = []
    for lr in _lease_resources(uow.session, lease.id):
        if lr.status_before is not None:
            continue
        ref = _ref_of(lr)
        resource = _load(uow.session, ref)
        lr.status_before = str(resource.status.value)
        _set_status(uow, resource, _rented(ref))
        marked.append(ref)
    uow.session.flush()
    return marked


def _release(uow: UnitOfWork, lease: Lease, today: date) -> list[_Ref]:
    """After a lease stopped: resources still *rented* with no other lease active today
    go back to the status they had (see the module's notes)."""
    s = uow.session
    released = []
    for lr in _lease_resources(s, lease.id):
        if lr.status_before is None:
            continue
        ref = _ref_of(lr)
        resource = _load(s, ref)
        if resource.status != _rented(ref):
            continue
        other = s.scalar(
            select(Lease.id)
            .join(LeaseResource, LeaseResource.lease_id == Lease.id)
            .where(_on(ref), _active_on(today), Lease.id != lease.id)
            .limit(1)
        )
        if other is not None:
            continue
        _set_status(uow, resource, _status_after(lr))
        released.append(ref)
    s.flush()
    return released


# --- checks -------------------------------------------------------------------------------
def _customer(s, customer_id: int) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None or customer.merged_into_id is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "The customer no longer exists. Refresh the view and try again."
            )
        )
    return customer


def _check_landlord(s, landlord_id: int | None, resources: list, start: date) -> None:
    if landlord_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose the landlord: one of the current owners of what is let."
            ),
            field="landlord_id",
        )
    landlord = _customer(s, landlord_id)
    today = clock.today()
    for resource in resources:
        ref = _Ref(resource.id, None) if isinstance(resource, Room) else _Ref(None, resource.id)
        owns = s.scalar(
            select(Identity.id)
            .where(
                Identity.room_id == ref.room_id
                if ref.room_id is not None
                else Identity.space_id == ref.space_id,
                Identity.customer_id == landlord_id,
                Identity.role == Role.OWNER,
                Identity.start_date <= start,
                or_(Identity.end_date.is_(None), Identity.end_date > max(start, today)),
            )
            .limit(1)
        )
        if owns is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is not an owner of {resource} from {date} on. Only a current owner "
                    "can let it: choose one of its owners as the landlord, or check the start "
                    "date.",
                ),
                field="landlord_id",
                name=landlord.name,
                resource=_name(resource),
                date=start.isoformat(),
            )


def _tenant_names(s, lease_id: int) -> str:
    names = s.scalars(
        select(Customer.name)
        .join(LeaseTenant, LeaseTenant.customer_id == Customer.id)
        .where(LeaseTenant.lease_id == lease_id)
        .order_by(Customer.name)
    )
    return "、".join(names)


def _check_overlap(
    s, resources: list, start: date, end: date, exclude_ids: Iterable[int] = ()
) -> None:
    exclude = list(exclude_ids)
    for resource in resources:
        ref = _Ref(resource.id, None) if isinstance(resource, Room) else _Ref(None, resource.id)
        stmt = (
            select(Lease)
            .join(LeaseResource, LeaseResource.lease_id == Lease.id)
            .where(_on(ref), Lease.start_date < end, _effective_end() > start, _not_cancelled())
            .order_by(Lease.start_date)
            .limit(1)
        )
        if exclude:
            stmt = stmt.where(Lease.id.not_in(exclude))
        other = s.scalars(stmt).first()
        if other is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{resource} is already let from {start} to {end} (tenants: {tenants}). "
                    "Leases of the same room or parking space cannot overlap: choose dates "
                    "outside that term, or end that lease first.",
                ),
                field="start_date",
                resource=_name(resource),
                start=other.start_date.isoformat(),
                end=_ends(other).isoformat(),
                tenants=_tenant_names(s, other.id),
            )


def _tenant_ids(uow: UnitOfWork, tenants: list[Tenant], landlord_id: int | None) -> list[int]:
    if not tenants:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Add at least one tenant."), field="tenants"
        )
    out = []
    for tenant in tenants:
        customer_id = tenant.customer_id
        if customer_id is None:
            if tenant.new is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Choose or enter every tenant."),
                    field="tenants",
                )
            customer_id = _customers.create_customer_in(uow, tenant.new)
        else:
            _customer(uow.session, int(customer_id))
        out.append(int(customer_id))
    if len(set(out)) != len(out):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A tenant is listed twice. List each tenant once."),
            field="tenants",
        )
    if landlord_id is not None and int(landlord_id) in out:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The landlord cannot also be a tenant of the same lease."),
            field="tenants",
        )
    return out


def _tenant_identity(uow: UnitOfWork, customer_id: int, resource, start: date, end: date) -> int:
    """A tenant identity following the lease: from its start to its end."""
    s = uow.session
    is_room = isinstance(resource, Room)
    where = Identity.room_id == resource.id if is_room else Identity.space_id == resource.id
    clash = s.scalar(
        select(Identity.id)
        .where(
            where,
            Identity.customer_id == customer_id,
            Identity.role == Role.TENANT,
            Identity.start_date < end,
            or_(Identity.end_date.is_(None), Identity.end_date > start),
        )
        .limit(1)
    )
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is already recorded as a tenant of {resource} over these dates. End "
                "that tenancy first, or choose other dates.",
            ),
            field="tenants",
            name=s.get(Customer, customer_id).name,
            resource=_name(resource),
        )
    values = {
        "customer_id": customer_id,
        "role": Role.TENANT,
        "room_id": resource.id if is_room else None,
        "space_id": None if is_room else resource.id,
        "start_date": start,
        "end_date": end,
        "notes": "",
    }
    obj = Identity(**values)
    s.add(obj)
    s.flush()
    uow.audit_created(obj, values)
    return obj.id


def _lease(s, lease_id: int, version: int | None) -> Lease:
    lease = s.get(Lease, lease_id)
    if lease is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "This lease no longer exists. Refresh the view.")
        )
    check_version(lease, version)
    return lease


def _not_cancelled():
    """Leases that count: a lease terminated on its start date was cancelled."""
    return or_(Lease.terminated_on.is_(None), Lease.terminated_on > Lease.start_date)


def _renewal_of(s, lease_id: int) -> Lease | None:
    """The renewal that follows a term (a cancelled one does not count)."""
    return s.scalars(
        select(Lease).where(Lease.renewed_from_id == lease_id, _not_cancelled())
    ).first()


def _set(uow: UnitOfWork, obj, name: str, new: Any) -> None:
    old = getattr(obj, name)
    if old != new:
        uow.audit("update", obj.__tablename__, obj.id, name, old, new)
        setattr(obj, name, new)


# --- workflows ----------------------------------------------------------------------------
def start_lease(db: Database, actor: Actor, f: LeaseFields) -> int:
    """Register a lease; returns its id.

    One transaction: new tenants entered in place, the lease with its resources and
    tenants, a tenant identity per tenant and resource from the start to the end
    date, and (when the lease is active today) the resources' status *rented*, each
    audited. Refused (nothing saved) unless the landlord owns every resource, the
    term is sound, no other lease of these resources overlaps it, the rent is more
    than 0 and the deposit 0 or more.
    """
    start, end = _term(f.start_date, f.end_date)
    rent = parse_money(f.rent, "rent")
    deposit = parse_money(f.deposit, "deposit")
    period = _period(f.period)
    payment_day = _payment_day(f.payment_day, start)
    refs = _refs(f.room_ids, f.space_ids)
    with db.write(actor) as uow:
        s = uow.session
        resources = [_load(s, ref) for ref in refs]
        _check_landlord(s, f.landlord_id, resources, start)
        _check_overlap(s, resources, start, end)
        tenants = _tenant_ids(uow, f.tenants, f.landlord_id)
        values = {
            "landlord_id": int(f.landlord_id),
            "start_date": start,
            "end_date": end,
            "rent": rent,
            "period": period,
            "deposit": deposit,
            "payment_day": payment_day,
            "notes": (f.notes or "").strip(),
        }
        lease = Lease(**values)
        s.add(lease)
        s.flush()
        for ref in refs:
            s.add(LeaseResource(lease_id=lease.id, room_id=ref.room_id, space_id=ref.space_id))
        for customer_id in tenants:
            s.add(LeaseTenant(lease_id=lease.id, customer_id=customer_id))
            for resource in resources:
                identity_id = _tenant_identity(uow, customer_id, resource, start, end)
                s.add(LeaseIdentity(lease_id=lease.id, identity_id=identity_id))
        s.flush()
        values["rooms"] = ", ".join(str(r.room_id) for r in refs if r.room_id is not None)
        values["spaces"] = ", ".join(str(r.space_id) for r in refs if r.space_id is not None)
        values["tenants"] = ", ".join(str(t) for t in tenants)
        uow.audit_created(lease, values)
        _mark_rented(uow, lease, clock.today())
        return lease.id


def renew_lease(
    db: Database,
    actor: Actor,
    lease_id: int,
    version: int | None,
    new_end_date: date | None,
    rent: Decimal | str | None = None,
    *,
    period: RentPeriod | str | None = None,
    deposit: Decimal | str | None = None,
    payment_day: int | str | None = None,
    landlord_id: int | None = None,
    notes: str | None = None,
) -> int:
    """Renew a lease (续租) for a new term that starts the day the old one ends; returns
    the new lease's id.

    The same resources, the tenants still on the lease; rent, period, deposit,
    payment day and landlord are the old term's unless given (``notes`` None: none).
    The tenants' identities are extended to the new end date. Refused for a
    terminated lease, one already renewed, a landlord who does not own everything
    on the new start date, and a term that overlaps another lease.
    """
    with db.write(actor) as uow:
        s = uow.session
        old = _lease(s, lease_id, version)
        if old.terminated_on is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This lease was terminated on {date}, so it cannot be renewed. Start a new "
                    "lease instead.",
                ),
                field="lease",
                date=old.terminated_on.isoformat(),
            )
        renewal = _renewal_of(s, old.id)
        if renewal is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This lease was already renewed: the next term runs from {start} to {end}. "
                    "Renew that term instead.",
                ),
                field="lease",
                start=renewal.start_date.isoformat(),
                end=renewal.end_date.isoformat(),
            )
        start, end = _term(old.end_date, new_end_date, renewal=True)
        new_rent = old.rent if rent is None or str(rent).strip() == "" else parse_money(rent)
        new_period = old.period if period is None else _period(period)
        new_deposit = old.deposit if deposit is None else parse_money(deposit, "deposit")
        new_day = old.payment_day if payment_day is None else _payment_day(payment_day, start)
        landlord = old.landlord_id if landlord_id is None else int(landlord_id)
        old_resources = _lease_resources(s, old.id)
        resources = [_load(s, _ref_of(lr)) for lr in old_resources]
        _check_landlord(s, landlord, resources, start)
        _check_overlap(s, resources, start, end, exclude_ids=[old.id])
        following = list(
            s.scalars(
                select(Identity)
                .join(LeaseIdentity, LeaseIdentity.identity_id == Identity.id)
                .where(LeaseIdentity.lease_id == old.id, Identity.end_date == old.end_date)
                .order_by(Identity.id)
            )
        )
        tenants = sorted({i.customer_id for i in following})
        if not tenants:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No tenant of this lease is still on it (their tenancies were ended). "
                    "Start a new lease for the new tenants instead.",
                ),
                field="lease",
            )
        if landlord in tenants:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The landlord cannot also be a tenant of the same lease."
                ),
                field="landlord_id",
            )
        values = {
            "landlord_id": landlord,
            "start_date": start,
            "end_date": end,
            "rent": new_rent,
            "period": new_period,
            "deposit": new_deposit,
            "payment_day": new_day,
            "notes": (notes or "").strip(),
            "renewed_from_id": old.id,
        }
        lease = Lease(**values)
        s.add(lease)
        s.flush()
        for lr, resource in zip(old_resources, resources, strict=True):
            # Still rented under the old term: the status to go back to carries over.
            carried = lr.status_before if resource.status == _rented(_ref_of(lr)) else None
            s.add(
                LeaseResource(
                    lease_id=lease.id,
                    room_id=lr.room_id,
                    space_id=lr.space_id,
                    status_before=carried,
                )
            )
        for customer_id in tenants:
            s.add(LeaseTenant(lease_id=lease.id, customer_id=customer_id))
        for identity in following:
            uow.audit("update", "identity", identity.id, "end_date", identity.end_date, end)
            identity.end_date = end
            s.add(LeaseIdentity(lease_id=lease.id, identity_id=identity.id))
        s.flush()
        values["tenants"] = ", ".join(str(t) for t in tenants)
        uow.audit_created(lease, values, action="renew")
        _mark_rented(uow, lease, clock.today())
        return lease.id


def terminate_lease(
    db: Database,
    actor: Actor,
    lease_id: int,
    version: int | None,
    terminated_on: date | None,
    reason: str,
) -> None:
    """Terminate a lease early (提前解约) on a day within its term, not in the future (a
    lease not started yet is cancelled by terminating it on its start date).

    The tenants' identities end that day, a renewal not begun yet is cancelled, and
    the resources stop showing *rented* when no other lease is active on them.
    """
    why = _reason(reason)
    if terminated_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date the lease ends early."),
            field="terminated_on",
        )
    with db.write(actor) as uow:
        lease = _lease(uow.session, lease_id, version)
        terminate_in(uow, lease, terminated_on, why)


def terminate_in(uow: UnitOfWork, lease: Lease, day: date, reason: str) -> None:
    """Terminate a lease inside an open unit of work (used by transfers too)."""
    s = uow.session
    today = clock.today()
    if lease.terminated_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This lease was already terminated on {date}."),
            field="terminated_on",
            date=lease.terminated_on.isoformat(),
        )
    if day < lease.start_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The termination date {date} is before the lease starts ({start}). Choose a "
                "day within the term; to cancel a lease that has not started, terminate it on "
                "its start date.",
            ),
            field="terminated_on",
            date=day.isoformat(),
            start=lease.start_date.isoformat(),
        )
    if day >= lease.end_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The lease ends on {end} anyway; a termination date must be before that day. "
                "Choose an earlier date, or let the lease run out.",
            ),
            field="terminated_on",
            end=lease.end_date.isoformat(),
        )
    if day > today and not (day == lease.start_date and lease.start_date > today):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The termination date {date} is in the future. Terminate the lease once the "
                "date has come; a lease that has not started is cancelled by terminating it "
                "on its start date.",
            ),
            field="terminated_on",
            date=day.isoformat(),
        )
    renewal = _renewal_of(s, lease.id)
    if renewal is not None and renewal.start_date <= today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This lease was renewed and the next term began on {start}. Terminate the "
                "current term instead.",
            ),
            field="terminated_on",
            start=renewal.start_date.isoformat(),
        )
    _set(uow, lease, "terminated_on", day)
    _set(uow, lease, "termination_reason", reason)
    for identity in s.scalars(
        select(Identity)
        .join(LeaseIdentity, LeaseIdentity.identity_id == Identity.id)
        .where(
            LeaseIdentity.lease_id == lease.id,
            or_(Identity.end_date.is_(None), Identity.end_date > day),
        )
        .order_by(Identity.id)
    ):
        end = max(day, identity.start_date)
        uow.audit("end", "identity", identity.id, "end_date", identity.end_date, end)
        identity.end_date = end
        identity.end_reason = reason
    s.flush()
    if renewal is not None and renewal.terminated_on is None:
        terminate_in(uow, renewal, renewal.start_date, reason)  # a cancellation
    _release(uow, lease, today)


def pass_to_landlord_in(uow: UnitOfWork, lease: Lease, owner_ids: list[int]) -> None:
    """After a transfer that keeps a lease: unless its landlord is still an owner, the
    lease (and the renewals that follow it) passes to the first of ``owner_ids``
    (the new owner with the largest share): the buyer steps into the lease."""
    s = uow.session
    current: Lease | None = lease
    while current is not None:
        if current.terminated_on is None and current.landlord_id not in owner_ids:
            _set(uow, current, "landlord_id", owner_ids[0])
        current = _renewal_of(s, current.id)
    s.flush()


@dataclass(frozen=True)
class StatusRefresh:
    """What ``refresh_expired`` changed: the resources released and marked rented."""

    released_rooms: list[int] = field(default_factory=list)
    released_spaces: list[int] = field(default_factory=list)
    rented_rooms: list[int] = field(default_factory=list)
    rented_spaces: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.released_rooms or self.released_spaces or self.rented_rooms or self.rented_spaces
        )


def _to_release(s, today: date) -> list[int]:
    """Leases that have stopped whose resources still show *rented* with no other lease
    active on them, the latest first (its remembered status wins)."""
    other_lr, other = aliased(LeaseResource), aliased(Lease)
    found: dict[int, date] = {}
    for model, column, other_column, rented in (
        (Room, LeaseResource.room_id, other_lr.room_id, RoomStatus.RENTED),
        (ParkingSpace, LeaseResource.space_id, other_lr.space_id, SpaceStatus.RENTED),
    ):
        active_here = (
            select(other.id)
            .join(other_lr, other_lr.lease_id == other.id)
            .where(
                other_column == column,
                other.start_date <= today,
                func.coalesce(other.terminated_on, other.end_date) > today,
            )
            .exists()
        )
        for lease_id, ends in s.execute(
            select(Lease.id, _effective_end())
            .join(LeaseResource, LeaseResource.lease_id == Lease.id)
            .join(model, model.id == column)
            .where(
                model.status == rented,
                LeaseResource.status_before.is_not(None),
                _effective_end() <= today,
                ~active_here,
            )
        ):
            found[lease_id] = ends
    return sorted(found, key=lambda lease_id: (found[lease_id], lease_id), reverse=True)


def _to_mark(s, today: date) -> list[int]:
    """Leases active today that have not marked their resources yet (they began since)."""
    return sorted(
        set(
            s.scalars(
                select(Lease.id)
                .join(LeaseResource, LeaseResource.lease_id == Lease.id)
                .where(_active_on(today), LeaseResource.status_before.is_(None))
            )
        )
    )


def refresh_expired(db: Database, actor: Actor, today: date | None = None) -> StatusRefresh:
    """Bring the *rented* statuses up to date (the UI calls it at start-up).

    Resources of leases that have run out (or were terminated) and still show
    *rented* go back to their earlier status unless another lease is active on them;
    resources of leases that have begun since they were registered become *rented*.
    Each change is audited. Reads first and writes only when something changes.
    """
    day = today or clock.today()
    with db.read() as s:
        if not _to_release(s, day) and not _to_mark(s, day):
            return StatusRefresh()
    result = StatusRefresh()
    with db.write(actor) as uow:
        s = uow.session
        for lease_id in _to_release(s, day):
            for ref in _release(uow, s.get(Lease, lease_id), day):
                target = result.released_rooms if ref.room_id else result.released_spaces
                target.append(ref.room_id or ref.space_id)
        for lease_id in _to_mark(s, day):
            for ref in _mark_rented(uow, s.get(Lease, lease_id), day):
                target = result.rented_rooms if ref.room_id else result.rented_spaces
                target.append(ref.room_id or ref.space_id)
    return result


# --- reading ------------------------------------------------------------------------------
@dataclass(frozen=True)
class LeasedResource:
    room_id: int | None
    space_id: int | None
    label: str  # "翠湖花园 3-2-501" / "翠湖花园 地下停车场 B1-001"


@dataclass(frozen=True)
class LeaseRow:
    id: int
    version: int
    landlord_id: int
    landlord_name: str
    start_date: date
    end_date: date
    rent: Decimal
    period: RentPeriod
    deposit: Decimal
    payment_day: int
    notes: str
    terminated_on: date | None
    termination_reason: str
    renewed_from_id: int | None
    renewed_by_id: int | None  # the renewal that follows this term, if any
    resources: list[LeasedResource]
    tenants: list[tuple[int, str]]  # customer id, name
    state: LeaseState  # today, when read

    @property
    def ends_on(self) -> date:
        """The day the lease stops: its termination date, else its end date."""
        return self.terminated_on if self.terminated_on is not None else self.end_date

    def days_left(self, today: date | None = None) -> int:
        return (self.ends_on - (today or clock.today())).days

    def state_on(self, today: date) -> LeaseState:
        return lease_state(self, today)


def _labels(s, lease_ids: list[int]) -> dict[int, list[LeasedResource]]:
    out: dict[int, list[LeasedResource]] = {}
    if not lease_ids:
        return out
    rooms = s.execute(
        select(LeaseResource.lease_id, Room.id, Project.name, Room.code)
        .join(Room, Room.id == LeaseResource.room_id)
        .join(Project, Project.id == Room.project_id)
        .where(LeaseResource.lease_id.in_(lease_ids))
        .order_by(LeaseResource.id)
    ).all()
    for lease_id, room_id, project, code in rooms:
        out.setdefault(lease_id, []).append(LeasedResource(room_id, None, f"{project} {code}"))
    spaces = s.execute(
        select(
            LeaseResource.lease_id, ParkingSpace.id, Project.name, CarPark.name, ParkingSpace.number
        )
        .join(ParkingSpace, ParkingSpace.id == LeaseResource.space_id)
        .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .join(Project, Project.id == CarPark.project_id)
        .where(LeaseResource.lease_id.in_(lease_ids))
        .order_by(LeaseResource.id)
    ).all()
    for lease_id, space_id, project, park, number in spaces:
        out.setdefault(lease_id, []).append(
            LeasedResource(None, space_id, f"{project} {park} {number}")
        )
    return out


def _rows(s, leases: list[Lease], today: date | None = None) -> list[LeaseRow]:
    day = today or clock.today()
    ids = [lease.id for lease in leases]
    if not ids:
        return []
    labels = _labels(s, ids)
    tenants: dict[int, list[tuple[int, str]]] = {}
    for lease_id, cid, name in s.execute(
        select(LeaseTenant.lease_id, Customer.id, Customer.name)
        .join(Customer, Customer.id == LeaseTenant.customer_id)
        .where(LeaseTenant.lease_id.in_(ids))
        .order_by(Customer.name, Customer.id)
    ):
        tenants.setdefault(lease_id, []).append((cid, name))
    renewals = dict(
        s.execute(
            select(Lease.renewed_from_id, Lease.id).where(
                Lease.renewed_from_id.in_(ids), _not_cancelled()
            )
        ).all()
    )
    landlords = dict(
        s.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_({lease.landlord_id for lease in leases})
            )
        ).all()
    )
    return [
        LeaseRow(
            lease.id,
            lease.version,
            lease.landlord_id,
            landlords.get(lease.landlord_id, ""),
            lease.start_date,
            lease.end_date,
            lease.rent,
            lease.period,
            lease.deposit,
            lease.payment_day,
            lease.notes,
            lease.terminated_on,
            lease.termination_reason,
            lease.renewed_from_id,
            renewals.get(lease.id),
            labels.get(lease.id, []),
            tenants.get(lease.id, []),
            lease_state(lease, day),
        )
        for lease in leases
    ]


def lease_of(db: Database, lease_id: int) -> LeaseRow:
    """One lease, for its dialog."""
    with db.read() as s:
        lease = _lease(s, lease_id, None)
        return _rows(s, [lease])[0]


def leases_of(
    db: Database, *, room_id: int | None = None, space_id: int | None = None
) -> list[LeaseRow]:
    """The leases of a room or parking space, oldest first (the rental record)."""
    ref = _Ref(room_id, None) if room_id is not None else _Ref(None, space_id)
    with db.read() as s:
        leases = list(
            s.scalars(
                select(Lease)
                .join(LeaseResource, LeaseResource.lease_id == Lease.id)
                .where(_on(ref))
                .order_by(Lease.start_date, Lease.id)
            )
        )
        return _rows(s, leases)


def customer_leases(db: Database, customer_id: int) -> list[LeaseRow]:
    """The leases a customer is landlord or tenant of, oldest first (customer profile)."""
    with db.read() as s:
        as_tenant = select(LeaseTenant.lease_id).where(LeaseTenant.customer_id == customer_id)
        leases = list(
            s.scalars(
                select(Lease)
                .where(or_(Lease.landlord_id == customer_id, Lease.id.in_(as_tenant)))
                .order_by(Lease.start_date, Lease.id)
            )
        )
        return _rows(s, leases)


def leases_ending_within(db: Database, days: int, today: date | None = None) -> list[LeaseRow]:
    """Active leases that end within ``days`` days and are not renewed, soonest first
    (the reminders before expiry)."""
    day = today or clock.today()
    renewed = select(Lease.renewed_from_id).where(
        Lease.renewed_from_id.is_not(None), _not_cancelled()
    )
    with db.read() as s:
        leases = list(
            s.scalars(
                select(Lease)
                .where(
                    Lease.terminated_on.is_(None),
                    Lease.start_date <= day,
                    Lease.end_date > day,
                    Lease.end_date <= day + timedelta(days=days),
                    Lease.id.not_in(renewed),
                )
                .order_by(Lease.end_date, Lease.id)
            )
        )
        return _rows(s, leases, day)
