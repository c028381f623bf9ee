"""The story of a room or parking space: its sale, handover, leases and transfers.

One read for the detail pane's *Records* page: the records themselves (so the page
can offer Renew…, Terminate…, Rectify… on them) and the same facts as a list of
dated events, oldest first, which tells a clerk what happened to the flat without
opening five screens. Events are data (kind and values); the window words them in
the clerk's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from crm_desktop.domain import clock
from crm_desktop.domain.enums import LeaseState, ReviewDecision
from crm_desktop.services import handover as _handover
from crm_desktop.services import sales as _sales
from crm_desktop.services import tenancy as _tenancy
from crm_desktop.services import transfers as _transfers
from crm_desktop.services.database import Database

__all__ = ["Event", "ResourceStory", "resource_story"]

# Event kinds, in the order they are listed when they fall on the same day.
SALE = "sale"
HANDOVER_SCHEDULED = "handover_scheduled"
HANDOVER = "handover"
RECTIFIED = "rectified"
TRANSFER = "transfer"
LEASE_ENDED = "lease_ended"
LEASE_TERMINATED = "lease_terminated"
LEASE_STARTED = "lease_started"
LEASE_RENEWED = "lease_renewed"
_ORDER = [
    SALE,
    HANDOVER_SCHEDULED,
    HANDOVER,
    RECTIFIED,
    LEASE_ENDED,
    LEASE_TERMINATED,
    TRANSFER,
    LEASE_STARTED,
    LEASE_RENEWED,
]


@dataclass(frozen=True)
class Event:
    day: date
    kind: str
    values: dict[str, Any] = field(default_factory=dict)
    upcoming: bool = False  # after today (a scheduled appointment, a lease's end)


@dataclass(frozen=True)
class ResourceStory:
    room_id: int | None
    space_id: int | None
    sales: list[_sales.SaleRow]
    handover: _handover.HandoverRecord | None  # rooms only
    leases: list[_tenancy.LeaseRow]
    transfers: list[_transfers.TransferRow]
    events: list[Event]

    @property
    def open_defects(self) -> list[_handover.ItemRow]:
        return self.handover.open_defects if self.handover is not None else []

    @property
    def current_leases(self) -> list[_tenancy.LeaseRow]:
        """Leases a clerk may still act on: active or upcoming, latest term first."""
        live = (LeaseState.ACTIVE, LeaseState.UPCOMING)
        return [lease for lease in reversed(self.leases) if lease.state in live]


def _names(people) -> str:
    return "、".join(p[1] if isinstance(p, tuple) else p.name for p in people)


def _shares(parties) -> str:
    return "、".join(f"{p.name} {p.share.normalize():f}%" for p in parties)


def _sale_events(rows: list[_sales.SaleRow]) -> list[Event]:
    return [
        Event(
            sale.signing_date,
            SALE,
            {
                "contract": sale.contract_number,
                "buyers": "、".join(f"{n} {s.normalize():f}%" for _, n, s in sale.buyers),
                "price": sale.price,
            },
        )
        for sale in rows
    ]


def _handover_events(h: _handover.HandoverRecord | None, today: date) -> list[Event]:
    if h is None:
        return []
    out = []
    if h.handover_date is None and h.appointment_date is not None:
        out.append(
            Event(
                h.appointment_date,
                HANDOVER_SCHEDULED,
                {"overdue": h.appointment_date < today},
                upcoming=h.appointment_date >= today,
            )
        )
    if h.handover_date is not None:
        defects = [i for i in h.items if not i.ok]
        out.append(
            Event(
                h.handover_date,
                HANDOVER,
                {
                    "by": h.handled_by,
                    "readings": "、".join(
                        f"{r.reading.normalize():f} {r.unit}" for r in h.readings
                    ),
                    "keys": sum(k.count for k in h.keys),
                    "defects": len(defects),
                    "open": len([i for i in defects if i.rectified_on is None]),
                },
            )
        )
        for item in defects:
            if item.rectified_on is not None:
                out.append(
                    Event(
                        item.rectified_on,
                        RECTIFIED,
                        {"item": item.name, "defect": item.defect, "by": item.rectified_by},
                    )
                )
    return out


def _lease_events(rows: list[_tenancy.LeaseRow], today: date) -> list[Event]:
    out = []
    for lease in rows:
        values = {
            "lease_id": lease.id,
            "tenants": _names(lease.tenants),
            "landlord": lease.landlord_name,
            "end": lease.end_date,
            "rent": lease.rent,
            "period": lease.period,
            "resources": "、".join(r.label for r in lease.resources),
        }
        kind = LEASE_RENEWED if lease.renewed_from_id else LEASE_STARTED
        out.append(Event(lease.start_date, kind, values, upcoming=lease.start_date > today))
        if lease.terminated_on is not None:
            if lease.terminated_on > lease.start_date or lease.renewed_from_id is None:
                out.append(
                    Event(
                        lease.terminated_on,
                        LEASE_TERMINATED,
                        {**values, "reason": lease.termination_reason},
                    )
                )
        elif lease.renewed_by_id is None:
            out.append(Event(lease.end_date, LEASE_ENDED, values, upcoming=lease.end_date > today))
    return out


def _transfer_events(rows: list[_transfers.TransferRow]) -> list[Event]:
    return [
        Event(
            t.transfer_date,
            TRANSFER,
            {
                "from": _shares(t.previous_owners),
                "to": _shares(t.new_owners),
                "reason": t.reason,
                "certificates": t.certificate_numbers,
                "ended": "、".join(
                    d.subject for d in t.decisions if d.decision == ReviewDecision.END and d.subject
                ),
            },
        )
        for t in rows
    ]


def resource_story(
    db: Database, *, room_id: int | None = None, space_id: int | None = None
) -> ResourceStory:
    """Sales, handover (rooms), leases and transfers of one room or space, with the
    events they make, oldest first."""
    today = clock.today()
    where = {"room_id": room_id} if room_id is not None else {"space_id": space_id}
    sale_rows = _sales.sales_of(db, **where)
    record = _handover.handover_of(db, room_id) if room_id is not None else None
    lease_rows = _tenancy.leases_of(db, **where)
    transfer_rows = _transfers.transfers_of(db, **where)
    events = [
        *_sale_events(sale_rows),
        *_handover_events(record, today),
        *_lease_events(lease_rows, today),
        *_transfer_events(transfer_rows),
    ]
    events.sort(key=lambda e: (e.day, _ORDER.index(e.kind)))
    return ResourceStory(room_id, space_id, sale_rows, record, lease_rows, transfer_rows, events)
