"""The front desk's recent work in the small demo: sales, handovers, leases.

So that a new user opening the demo finds a due list with something in it and rooms
whose Records page tells a story: in 翠湖花园 3栋 a few flats were sold in the last
two months (two handed over, one of them with a defect still open, one appointment
today, one overdue, one next week) and two flats are let on leases ending within the
month. 3-2-1501 is left alone: the README's walk-through sells it.

Everything goes through the workflow services (audited), with dates relative to the
day the demo is made; the one exception is the overdue appointment, which the service
rightly refuses to make in the past, so it is written as it would have been made then.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from crm_desktop.db.models import Building, Customer, Handover, Identity, Project, Room, Sale
from crm_desktop.domain import clock
from crm_desktop.domain.enums import CustomerKind, Role, RoomStatus
from crm_desktop.services import handover as ho
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t
from crm_desktop.services.database import Actor, Database

PROJECT, BUILDING = "翠湖花园", "3"
KEEP_FOR_THE_WALKTHROUGH = "3-2-1501"


def _checklist(db: Database, defect: tuple[str, str] | None = None):
    names = [item.name for item in ho.inspection_template(db)]
    if defect is None:
        return [(n, True, "") for n in names]
    return [(n, n != defect[0], defect[1] if n == defect[0] else "") for n in names]


def _rooms(db: Database, statuses: tuple[RoomStatus, ...]) -> list[tuple[int, str]]:
    with db.read() as s:
        return list(
            s.execute(
                select(Room.id, Room.code)
                .join(Building, Building.id == Room.building_id)
                .join(Project, Project.id == Building.project_id)
                .where(
                    Project.name == PROJECT,
                    Building.code == BUILDING,
                    Room.status.in_(statuses),
                    Room.retired_at.is_(None),
                    Room.code != KEEP_FOR_THE_WALKTHROUGH,
                )
                .order_by(Room.sort_key)
            ).all()
        )


def _customers(db: Database) -> list[int]:
    with db.read() as s:
        return list(
            s.scalars(
                select(Customer.id)
                .where(Customer.merged_into_id.is_(None), Customer.kind == CustomerKind.PERSON)
                .order_by(Customer.id)
            )
        )


def _sole_owner_without_tenant(db: Database, room_id: int, today: date) -> int | None:
    with db.read() as s:
        rows = s.execute(
            select(Identity.customer_id, Identity.role, Identity.start_date).where(
                Identity.room_id == room_id,
                (Identity.end_date.is_(None)) | (Identity.end_date > today),
            )
        ).all()
    owners = [(cid, start) for cid, role, start in rows if role == Role.OWNER]
    if len(owners) != 1 or any(role == Role.TENANT for _, role, _ in rows):
        return None
    cid, start = owners[0]
    return cid if start <= today - timedelta(days=400) else None


def create_workflow_samples(db: Database, actor: Actor, rng: random.Random) -> None:
    today = clock.today()
    people = _customers(db)
    unsold = _rooms(db, (RoomStatus.UNSOLD,))[:5]
    plans = [
        # (days since signing, handover: ("done", days ago, defect) / ("appointment", in days))
        (62, ("done", 40, ("卫生间", "地漏反水，需重做防水"))),
        (50, ("done", 30, None)),
        (35, ("appointment", 0)),
        (28, ("appointment", -2)),
        (20, ("appointment", 6)),
    ]
    for (room_id, code), (signed_days, handover) in zip(unsold, plans, strict=False):
        first, second = rng.sample(people, 2)
        signed = today - timedelta(days=signed_days)
        sales.register_sale(
            db,
            actor,
            sales.SaleFields(
                f"CHHY-{signed:%Y}-{code}",
                signed,
                f"{rng.randrange(118, 196) * 10000}",
                [
                    sales.Buyer("50", customer_id=first),
                    sales.Buyer("50", customer_id=second),
                ],
                room_id=room_id,
            ),
        )
        if handover[0] == "done":
            _, days_ago, defect = handover
            ho.complete_handover(
                db,
                actor,
                ho.HandoverFields(
                    room_id,
                    today - timedelta(days=days_ago),
                    "刘晓燕",
                    keys=[("入户门钥匙", 3), ("信箱钥匙", 1), ("门禁卡", 2)],
                    readings=[
                        ("water", f"{rng.randrange(2, 30)}.{rng.randrange(10)}"),
                        ("electricity", f"{rng.randrange(20, 400)}"),
                        ("gas", f"{rng.randrange(0, 8)}"),
                    ],
                    items=_checklist(db, defect),
                ),
            )
        elif handover[1] >= 0:
            ho.schedule_handover(
                db, actor, room_id, today + timedelta(days=handover[1]), "业主电话预约"
            )
        else:
            _overdue_appointment(db, actor, room_id, today + timedelta(days=handover[1]))

    # Two flats let about a year ago whose leases end within the month.
    lettable = _rooms(db, (RoomStatus.HANDED_OVER, RoomStatus.VACANT))
    let = 0
    for room_id, _code in lettable:
        if let == 2:
            break
        landlord = _sole_owner_without_tenant(db, room_id, today)
        if landlord is None:
            continue
        tenant = rng.choice([p for p in people if p != landlord])
        end = today + timedelta(days=(12, 25)[let])
        t.start_lease(
            db,
            actor,
            t.LeaseFields(
                landlord_id=landlord,
                start_date=end - timedelta(days=365),
                end_date=end,
                rent=f"{rng.randrange(28, 46) * 100}",
                tenants=[t.Tenant(customer_id=tenant)],
                room_ids=[room_id],
                deposit=f"{rng.randrange(56, 92) * 100}",
                notes="押二付一",
            ),
        )
        let += 1


def _overdue_appointment(db: Database, actor: Actor, room_id: int, day: date) -> None:
    """An appointment made earlier for a day that has passed (the owner did not come)."""
    with db.write(actor) as uow:
        s = uow.session
        sale_id = s.scalar(select(Sale.id).where(Sale.room_id == room_id).order_by(Sale.id))
        values = {
            "room_id": room_id,
            "sale_id": sale_id,
            "appointment_date": day,
            "handled_by": "",
            "notes": "业主未到场，待再次联系",
        }
        handover = Handover(**values)
        s.add(handover)
        s.flush()
        uow.audit_created(handover, values)
