"""Transfer of ownership (转让过户): a room or parking space passes from its current
owners to new ones.

One transaction: new owners entered in place are created, the old owners'
identities end on the transfer date and the new owners' start that day (so the
history shows who owned it when), the transfer record keeps both sides with
their shares, and everyone whose identity hangs on the old owners is dealt with
as the clerk decided: ended on the transfer date, or kept. Each change is audited.

``preview_transfer`` lists what the clerk reviews: the current owners and the
dependants (family members, residents, emergency contacts, tenants without a
lease) and the leases of the resource, each with a suggested decision:

* a lease is kept (a sale does not break a lease: 买卖不破租赁, Civil Code art.
  725) unless every tenant is among the new owners (the tenant bought the flat);
  a kept lease passes to the new owner with the largest share unless its landlord
  stays an owner. A lease ended by the transfer is terminated on the transfer date
  (cancelled if it had not begun), with its tenants' identities; its upcoming
  renewal goes with it.
* a tenant without a lease is kept, unless they become an owner.
* a family member of an old owner who does not stay an owner ends; a family
  member of an owner who stays (a co-owner buying the other out) or of a tenant is
  kept.
* residents and emergency contacts are kept when one of the old owners stays,
  otherwise they end.
* anyone who becomes an owner ends their other identity here (they are an owner
  now).

A decision is required for every dependant and every lease: the transfer is
refused when one is missing, so nobody is kept or ended by default.

Other rules: the resource must have current owners (an unsold one is sold, not
transferred); the transfer date is not in the future and not before any current
ownership began; the new owners' shares add up to 100%; an old owner may be a new
owner too (ended and started again with the new share); a transfer that changes
neither owners nor shares is refused. Certificate numbers are optional (a parking
space often has none; several numbers are separated by a semicolon); the reason
*other* needs a note that explains it. The resource's status does not change
(only ending a lease can take it off *rented*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select

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
    Transfer,
    TransferDecision,
    TransferParty,
)
from crm_desktop.domain import clock
from crm_desktop.domain.enums import (
    LeaseState,
    Relation,
    ReviewDecision,
    Role,
    TransferReason,
    TransferSide,
)
from crm_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import customers as _customers
from crm_desktop.services import identities as _identities
from crm_desktop.services import tenancy as _tenancy
from crm_desktop.services.database import Actor, Database, UnitOfWork
from crm_desktop.services.sales import Buyer

__all__ = [
    "Buyer",
    "TransferFields",
    "TransferPreview",
    "preview_transfer",
    "transfer_ownership",
    "transfers_of",
]

# Stored as the end reason of the identities and leases a transfer ends: data the
# clerks read in the history, so in Chinese (like the inspection checklist).
END_REASON = "转让过户"

_CERTIFICATE_SPLIT = re.compile(r"[\n;；,，、]+")


@dataclass
class TransferFields:
    transfer_date: date | None
    reason: TransferReason | str | None
    buyers: list[Buyer] = field(default_factory=list)  # the new owners and their shares
    room_id: int | None = None
    space_id: int | None = None
    certificate_numbers: str = ""
    # identity id -> end/keep, for every dependant of the preview.
    decisions: dict[int, ReviewDecision | str] = field(default_factory=dict)
    # lease id -> end/keep, for every lease of the preview.
    lease_decisions: dict[int, ReviewDecision | str] = field(default_factory=dict)
    notes: str = ""
    # The owners' identity ids the clerk saw (TransferPreview.owner_identity_ids):
    # when given and the owners changed meanwhile, the transfer is refused.
    owner_identity_ids: list[int] | None = None


# --- preview ------------------------------------------------------------------------------
@dataclass(frozen=True)
class OwnerRow:
    identity_id: int
    version: int
    customer_id: int
    name: str
    share: Decimal
    start_date: date


@dataclass(frozen=True)
class DependantRow:
    identity_id: int
    version: int
    customer_id: int
    name: str
    role: Role
    relation: Relation | None
    related_customer_id: int | None
    related_name: str | None
    start_date: date
    end_date: date | None
    suggested: ReviewDecision


@dataclass(frozen=True)
class LeaseReview:
    lease_id: int
    version: int
    state: LeaseState  # today
    start_date: date
    end_date: date
    landlord_id: int
    landlord_name: str
    tenants: list[tuple[int, str]]
    other_resources: list[str]  # what else the lease lets ("翠湖花园 地下停车场 B1-001")
    renewal_id: int | None  # an upcoming renewal, which follows this lease's decision
    suggested: ReviewDecision


@dataclass(frozen=True)
class TransferPreview:
    room_id: int | None
    space_id: int | None
    resource: str
    transfer_date: date
    earliest_date: date  # the latest start of the current ownerships
    owners: list[OwnerRow]
    dependants: list[DependantRow]
    leases: list[LeaseReview]

    @property
    def owner_identity_ids(self) -> list[int]:
        return [o.identity_id for o in self.owners]

    def suggested_decisions(self) -> tuple[dict[int, ReviewDecision], dict[int, ReviewDecision]]:
        """The suggestions as ``(decisions, lease_decisions)`` for TransferFields."""
        return (
            {d.identity_id: d.suggested for d in self.dependants},
            {lease.lease_id: lease.suggested for lease in self.leases},
        )


def _resource(s, room_id: int | None, space_id: int | None):
    if (room_id is None) == (space_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose one room or one parking space to transfer."),
            field="resource",
        )
    resource = s.get(Room, room_id) if room_id is not None else s.get(ParkingSpace, space_id)
    if resource is None or getattr(resource, "retired_at", None) is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The room or parking space no longer exists (it may have been split or "
                "merged). Choose it again.",
            )
        )
    return resource


def _on(room_id: int | None, space_id: int | None):
    return Identity.room_id == room_id if room_id is not None else Identity.space_id == space_id


def _label(s, room_id: int | None, space_id: int | None) -> str:
    if room_id is not None:
        row = s.execute(
            select(Project.name, Room.code)
            .join(Project, Project.id == Room.project_id)
            .where(Room.id == room_id)
        ).first()
        return f"{row[0]} {row[1]}"
    row = s.execute(
        select(Project.name, CarPark.name, ParkingSpace.number)
        .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .join(Project, Project.id == CarPark.project_id)
        .where(ParkingSpace.id == space_id)
    ).first()
    return f"{row[0]} {row[1]} {row[2]}"


def _owners(s, room_id: int | None, space_id: int | None) -> list[Identity]:
    """The current owners: owner identities not ended (or ending after today)."""
    today = clock.today()
    return list(
        s.scalars(
            select(Identity)
            .where(
                _on(room_id, space_id),
                Identity.role == Role.OWNER,
                or_(Identity.end_date.is_(None), Identity.end_date > today),
            )
            .order_by(Identity.share.desc(), Identity.id)
        )
    )


def _leases(s, room_id: int | None, space_id: int | None, day: date) -> list[Lease]:
    """The leases a transfer on ``day`` reviews: one per chain of renewals, the term
    current today (or the last one that runs past ``day``); an upcoming renewal follows
    the decision on the term it renews."""
    where = (
        LeaseResource.room_id == room_id
        if room_id is not None
        else LeaseResource.space_id == space_id
    )
    today = clock.today()
    found = list(
        s.scalars(
            select(Lease)
            .join(LeaseResource, LeaseResource.lease_id == Lease.id)
            .where(where, Lease.terminated_on.is_(None), Lease.end_date > day)
            .order_by(Lease.start_date, Lease.id)
        )
    )
    by_id = {lease.id: lease for lease in found}
    renewal_of = {lease.renewed_from_id: lease for lease in found if lease.renewed_from_id}
    out = []
    for lease in found:
        nxt = renewal_of.get(lease.id)
        if nxt is not None and nxt.start_date <= today:
            continue  # an earlier term: the renewal that began is the one reviewed
        if lease.renewed_from_id in by_id and lease.start_date > today:
            continue  # an upcoming renewal: follows the term it renews
        out.append(lease)
    return out


def _lease_identity_ids(s, lease_ids: list[int]) -> set[int]:
    if not lease_ids:
        return set()
    return set(
        s.scalars(select(LeaseIdentity.identity_id).where(LeaseIdentity.lease_id.in_(lease_ids)))
    )


def _dependants(s, room_id: int | None, space_id: int | None, day: date, leases: list[Lease]):
    """Identities other than ownership, current on ``day`` or later, that are not a
    reviewed lease's tenants (those follow their lease)."""
    followed = _lease_identity_ids(s, [lease.id for lease in leases])
    rows = s.scalars(
        select(Identity)
        .where(
            _on(room_id, space_id),
            Identity.role != Role.OWNER,
            or_(Identity.end_date.is_(None), Identity.end_date > day),
        )
        .order_by(Identity.start_date, Identity.id)
    )
    return [i for i in rows if i.id not in followed]


def _tenants(s, lease_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    out: dict[int, list[tuple[int, str]]] = {}
    if not lease_ids:
        return out
    for lease_id, cid, name in s.execute(
        select(LeaseTenant.lease_id, Customer.id, Customer.name)
        .join(Customer, Customer.id == LeaseTenant.customer_id)
        .where(LeaseTenant.lease_id.in_(lease_ids))
        .order_by(Customer.name, Customer.id)
    ):
        out.setdefault(lease_id, []).append((cid, name))
    return out


def _suggest_identity(
    identity: Identity, old: set[int], new: set[int], day: date
) -> ReviewDecision:
    staying = old & new
    if identity.start_date > day:
        return ReviewDecision.KEEP  # begins after the transfer: it cannot end on that day
    if identity.customer_id in new:
        return ReviewDecision.END  # an owner now
    if identity.role == Role.TENANT:
        return ReviewDecision.KEEP
    if identity.role == Role.FAMILY:
        leaving = identity.related_customer_id in old and identity.related_customer_id not in new
        return ReviewDecision.END if leaving else ReviewDecision.KEEP
    return ReviewDecision.KEEP if staying else ReviewDecision.END


def _suggest_lease(tenants: list[tuple[int, str]], new: set[int]) -> ReviewDecision:
    if tenants and all(cid in new for cid, _ in tenants):
        return ReviewDecision.END  # the tenants bought it
    return ReviewDecision.KEEP


def preview_transfer(
    db: Database,
    room_id: int | None = None,
    space_id: int | None = None,
    transfer_date: date | None = None,
    new_owner_ids: list[int] | tuple[int, ...] = (),
) -> TransferPreview:
    """What a transfer of the room or space on ``transfer_date`` (today if empty) would
    review: the current owners, the dependants and the leases, with suggested
    decisions (``new_owner_ids``, the new owners chosen so far, refine them). Raises
    when the resource has no current owners."""
    day = transfer_date or clock.today()
    new = {int(c) for c in new_owner_ids}
    with db.read() as s:
        _resource(s, room_id, space_id)
        owners = _owners(s, room_id, space_id)
        if not owners:
            _no_owners()
        old = {o.customer_id for o in owners}
        leases = _leases(s, room_id, space_id, day)
        dependants = _dependants(s, room_id, space_id, day, leases)
        ids = {o.customer_id for o in owners} | {d.customer_id for d in dependants}
        ids |= {d.related_customer_id for d in dependants if d.related_customer_id}
        ids |= {lease.landlord_id for lease in leases}
        names = dict(
            s.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all()
        )
        lease_ids = [lease.id for lease in leases]
        tenants = _tenants(s, lease_ids)
        labels = _tenancy._labels(s, lease_ids)
        own_label = _label(s, room_id, space_id)
        renewals = {
            lease.renewed_from_id: lease.id
            for lease in s.scalars(
                select(Lease).where(
                    Lease.renewed_from_id.in_(lease_ids), Lease.terminated_on.is_(None)
                )
            )
        }
        return TransferPreview(
            room_id,
            space_id,
            own_label,
            day,
            max(o.start_date for o in owners),
            [
                OwnerRow(
                    o.id, o.version, o.customer_id, names[o.customer_id], o.share, o.start_date
                )
                for o in owners
            ],
            [
                DependantRow(
                    d.id,
                    d.version,
                    d.customer_id,
                    names[d.customer_id],
                    d.role,
                    d.relation,
                    d.related_customer_id,
                    names.get(d.related_customer_id),
                    d.start_date,
                    d.end_date,
                    _suggest_identity(d, old, new, day),
                )
                for d in dependants
            ],
            [
                LeaseReview(
                    lease.id,
                    lease.version,
                    _tenancy.lease_state(lease),
                    lease.start_date,
                    lease.end_date,
                    lease.landlord_id,
                    names.get(lease.landlord_id, ""),
                    tenants.get(lease.id, []),
                    [
                        r.label
                        for r in labels.get(lease.id, [])
                        if (r.room_id, r.space_id) != (room_id, space_id)
                    ],
                    renewals.get(lease.id),
                    _suggest_lease(tenants.get(lease.id, []), new),
                )
                for lease in leases
            ],
        )


def _no_owners():
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This room or parking space has no owners, so there is nothing to transfer. A "
            "first owner is registered by a sales registration.",
        ),
        field="resource",
    )


# --- the transfer -------------------------------------------------------------------------
def _reason(value: Any, notes: str) -> TransferReason:
    if value is None or value == "":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose the reason for the transfer: resale, inheritance, gift, court order or "
                "other.",
            ),
            field="reason",
        )
    try:
        reason = TransferReason(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose the reason for the transfer: resale, inheritance, gift, court order or "
                "other.",
            ),
            field="reason",
        ) from None
    if reason == TransferReason.OTHER and not notes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The reason is “other”: describe it in the notes (e.g. the division of a "
                "company's assets).",
            ),
            field="notes",
        )
    return reason


def parse_certificates(text: str | None) -> str:
    """Certificate numbers (产权证号), one or several separated by a semicolon, comma,
    、 or a new line; returned as "A; B". Empty is allowed."""
    parts = []
    for part in _CERTIFICATE_SPLIT.split(text or ""):
        number = " ".join(part.split())
        if number and number not in parts:
            parts.append(number)
    joined = "; ".join(parts)
    if len(joined) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The certificate numbers are too long (at most 200 characters together). "
                "Keep only the numbers, without remarks.",
            ),
            field="certificate_numbers",
        )
    return joined


def _decision(value: Any, field_name: str) -> ReviewDecision:
    try:
        return ReviewDecision(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Choose for each person and lease: end on the transfer date, or keep."
            ),
            field=field_name,
        ) from None


def _decisions(
    given: dict[int, Any], expected: dict[int, str], field_name: str, missing_message: str
) -> dict[int, ReviewDecision]:
    given = {int(k): v for k, v in (given or {}).items()}
    unknown = set(given) - set(expected)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The people and leases to review have changed since the transfer was opened. "
                "Refresh the view and review them again.",
            ),
            field=field_name,
        )
    missing = [name for key, name in expected.items() if key not in given]
    if missing:
        raise ValidationError(missing_message, field=field_name, names="、".join(missing))
    return {key: _decision(value, field_name) for key, value in given.items()}


_ROLE_WORDS = {
    Role.TENANT: QT_TRANSLATE_NOOP("Errors", "tenant"),
    Role.FAMILY: QT_TRANSLATE_NOOP("Errors", "family member"),
    Role.RESIDENT: QT_TRANSLATE_NOOP("Errors", "resident"),
    Role.EMERGENCY_CONTACT: QT_TRANSLATE_NOOP("Errors", "emergency contact"),
}


def _new_owners(uow: UnitOfWork, buyers: list[Buyer]) -> list[tuple[int, Decimal]]:
    if not buyers:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Add at least one new owner."), field="buyers"
        )
    out: list[tuple[int, Decimal | None]] = []
    for buyer in buyers:
        customer_id = buyer.customer_id
        if customer_id is None:
            if buyer.new is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Choose or enter every new owner."),
                    field="buyers",
                )
            customer_id = _customers.create_customer_in(uow, buyer.new)
        else:
            _tenancy._customer(uow.session, int(customer_id))
        out.append((int(customer_id), _identities.parse_share(buyer.share, "buyers")))
    ids = [cid for cid, _ in out]
    if len(set(ids)) != len(ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A new owner is listed twice. List each one once."),
            field="buyers",
        )
    if len(out) == 1 and out[0][1] is None:
        out = [(out[0][0], _identities.HUNDRED)]
    if any(share is None for _, share in out):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give every new owner a share (together 100%)."),
            field="buyers",
        )
    _identities._check_total(sum((share for _, share in out), Decimal(0)), "buyers")
    # Largest share first: the first one takes over kept leases.
    return sorted(out, key=lambda o: -o[1])


def transfer_ownership(db: Database, actor: Actor, f: TransferFields) -> int:
    """Transfer a room or parking space to new owners; returns the transfer's id.

    Refused (nothing saved) on any broken rule (see the module's notes), including a
    missing decision for a dependant or a lease of the preview.
    """
    day = f.transfer_date
    if day is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date of the transfer."), field="transfer_date"
        )
    if day > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The transfer date {date} is in the future. Register the transfer once it has "
                "taken place.",
            ),
            field="transfer_date",
            date=day.isoformat(),
        )
    notes = (f.notes or "").strip()
    reason = _reason(f.reason, notes)
    certificates = parse_certificates(f.certificate_numbers)
    with db.write(actor) as uow:
        s = uow.session
        _resource(s, f.room_id, f.space_id)
        owners = _owners(s, f.room_id, f.space_id)
        if not owners:
            _no_owners()
        if f.owner_identity_ids is not None and {int(i) for i in f.owner_identity_ids} != {
            o.id for o in owners
        }:
            raise StaleRecordError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The owners of this room or parking space changed after you opened the "
                    "transfer. Nothing was saved; open the transfer again.",
                )
            )
        for owner in owners:
            if owner.end_date is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "An ownership here already ends on {date}. End or transfer it in one "
                        "step: correct that ownership first.",
                    ),
                    field="transfer_date",
                    date=owner.end_date.isoformat(),
                )
        began = max(o.start_date for o in owners)
        if day < began:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The transfer date {date} is before the current ownership began ({start}). "
                    "Choose {start} or later.",
                ),
                field="transfer_date",
                date=day.isoformat(),
                start=began.isoformat(),
            )
        new_owners = _new_owners(uow, f.buyers)
        if {(o.customer_id, o.share) for o in owners} == set(new_owners):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The new owners and their shares are the same as now: there is nothing to "
                    "transfer. To change only the shares, edit the owners' shares.",
                ),
                field="buyers",
            )
        leases = _leases(s, f.room_id, f.space_id, day)
        dependants = _dependants(s, f.room_id, f.space_id, day, leases)
        names = dict(
            s.execute(
                select(Customer.id, Customer.name).where(
                    Customer.id.in_({d.customer_id for d in dependants})
                )
            ).all()
        )
        tenants = _tenants(s, [lease.id for lease in leases])
        decided = _decisions(
            f.decisions,
            {d.id: names[d.customer_id] for d in dependants},
            "decisions",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Decide for {names}: end on the transfer date, or keep. Everyone whose "
                "identity here depends on the old owners is reviewed in the transfer.",
            ),
        )
        lease_decided = _decisions(
            f.lease_decisions,
            {
                lease.id: "、".join(n for _, n in tenants.get(lease.id, [])) or str(lease.id)
                for lease in leases
            },
            "lease_decisions",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Decide for the lease of {names}: terminate it on the transfer date, or keep "
                "it (the new owner becomes the landlord).",
            ),
        )
        for d in dependants:
            if decided[d.id] == ReviewDecision.END and d.start_date > day:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is {role} here only from {start}, after the transfer date, so "
                        "that cannot end on the transfer date. Keep it, or end it separately.",
                    ),
                    field="decisions",
                    name=names[d.customer_id],
                    role=_ROLE_WORDS.get(d.role, d.role.value),
                    start=d.start_date.isoformat(),
                )
        values = {
            "room_id": f.room_id,
            "space_id": f.space_id,
            "transfer_date": day,
            "reason": reason,
            "certificate_numbers": certificates,
            "notes": notes,
        }
        transfer = Transfer(**values)
        s.add(transfer)
        s.flush()
        # The old ownerships end on the transfer date …
        for owner in owners:
            uow.audit("end", "identity", owner.id, "end_date", owner.end_date, day)
            owner.end_date = day
            owner.end_reason = END_REASON
            s.add(
                TransferParty(
                    transfer_id=transfer.id,
                    customer_id=owner.customer_id,
                    side=TransferSide.FROM,
                    share=owner.share,
                    identity_id=owner.id,
                )
            )
        s.flush()
        # … and the new ones start that day.
        made = _identities.add_owners_in(
            uow, new_owners, room_id=f.room_id, space_id=f.space_id, start_date=day
        )
        for (customer_id, share), identity_id in zip(new_owners, made, strict=True):
            s.add(
                TransferParty(
                    transfer_id=transfer.id,
                    customer_id=customer_id,
                    side=TransferSide.TO,
                    share=share,
                    identity_id=identity_id,
                )
            )
        for d in dependants:
            decision = decided[d.id]
            if decision == ReviewDecision.END:
                uow.audit("end", "identity", d.id, "end_date", d.end_date, day)
                d.end_date = day
                d.end_reason = END_REASON
            s.add(TransferDecision(transfer_id=transfer.id, identity_id=d.id, decision=decision))
        s.flush()
        owner_ids = [cid for cid, _ in new_owners]
        for lease in leases:
            decision = lease_decided[lease.id]
            if decision == ReviewDecision.END:
                _tenancy.terminate_in(uow, lease, max(day, lease.start_date), END_REASON)
            else:
                _tenancy.pass_to_landlord_in(uow, lease, owner_ids)
            s.add(TransferDecision(transfer_id=transfer.id, lease_id=lease.id, decision=decision))
        s.flush()
        values["from"] = ", ".join(f"{o.customer_id}: {o.share}" for o in owners)
        values["to"] = ", ".join(f"{cid}: {share}" for cid, share in new_owners)
        values["decisions"] = ", ".join(
            [f"identity {k}: {v.value}" for k, v in sorted(decided.items())]
            + [f"lease {k}: {v.value}" for k, v in sorted(lease_decided.items())]
        )
        uow.audit_created(transfer, values)
        return transfer.id


# --- reading ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PartyRow:
    customer_id: int
    name: str
    share: Decimal
    identity_id: int


@dataclass(frozen=True)
class DecisionRow:
    decision: ReviewDecision
    identity_id: int | None
    lease_id: int | None
    subject: str  # the person's name, or the lease's tenants ("王五、赵六")
    role: Role | None  # the person's identity; None for a lease


@dataclass(frozen=True)
class TransferRow:
    id: int
    version: int
    room_id: int | None
    space_id: int | None
    transfer_date: date
    reason: TransferReason
    certificate_numbers: str
    notes: str
    previous_owners: list[PartyRow]
    new_owners: list[PartyRow]
    decisions: list[DecisionRow]


def transfers_of(
    db: Database, *, room_id: int | None = None, space_id: int | None = None
) -> list[TransferRow]:
    """The transfers of a room or parking space, oldest first."""
    where = Transfer.room_id == room_id if room_id is not None else Transfer.space_id == space_id
    with db.read() as s:
        transfers = list(
            s.scalars(select(Transfer).where(where).order_by(Transfer.transfer_date, Transfer.id))
        )
        ids = [t.id for t in transfers]
        if not ids:
            return []
        parties: dict[tuple[int, TransferSide], list[PartyRow]] = {}
        for p, name in s.execute(
            select(TransferParty, Customer.name)
            .join(Customer, Customer.id == TransferParty.customer_id)
            .where(TransferParty.transfer_id.in_(ids))
            .order_by(TransferParty.share.desc(), TransferParty.id)
        ):
            parties.setdefault((p.transfer_id, p.side), []).append(
                PartyRow(p.customer_id, name, p.share, p.identity_id)
            )
        decisions: dict[int, list[DecisionRow]] = {}
        rows = s.execute(
            select(TransferDecision, Identity.role, Customer.name)
            .outerjoin(Identity, Identity.id == TransferDecision.identity_id)
            .outerjoin(Customer, Customer.id == Identity.customer_id)
            .where(TransferDecision.transfer_id.in_(ids))
            .order_by(TransferDecision.id)
        ).all()
        tenants = _tenants(s, [d.lease_id for d, _, _ in rows if d.lease_id is not None])
        for d, role, name in rows:
            subject = (
                name
                if d.identity_id is not None
                else "、".join(n for _, n in tenants.get(d.lease_id, []))
            )
            decisions.setdefault(d.transfer_id, []).append(
                DecisionRow(d.decision, d.identity_id, d.lease_id, subject, role)
            )
        return [
            TransferRow(
                t.id,
                t.version,
                t.room_id,
                t.space_id,
                t.transfer_date,
                t.reason,
                t.certificate_numbers,
                t.notes,
                parties.get((t.id, TransferSide.FROM), []),
                parties.get((t.id, TransferSide.TO), []),
                decisions.get(t.id, []),
            )
            for t in transfers
        ]
