"""Sales registration (销售登记): an unsold room or parking space is sold to its
buyers. One transaction: the sale record, the buyers (new customers entered in
place are created in it too), their owner identities from the signing date, and
the resource's status *sold*, each audited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select

from crm_desktop.db.models import Identity, ParkingSpace, Room, Sale, SaleBuyer
from crm_desktop.domain import clock
from crm_desktop.domain.codes import FULLWIDTH
from crm_desktop.domain.enums import RoomStatus, SpaceStatus
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import customers as _customers
from crm_desktop.services import identities as _identities
from crm_desktop.services.database import Actor, Database
from crm_desktop.services.resources import parse_area


@dataclass
class Buyer:
    """An existing customer (``customer_id``) or a new one entered in place (``new``)."""

    share: Decimal | str | None = None
    customer_id: int | None = None
    new: _customers.CustomerFields | None = None


@dataclass
class SaleFields:
    contract_number: str
    signing_date: date | None
    price: Decimal | str | None
    buyers: list[Buyer] = field(default_factory=list)
    room_id: int | None = None
    space_id: int | None = None
    area: Decimal | str | None = None  # contracted area, m²
    notes: str = ""


def parse_price(value: Any) -> Decimal:
    """A price in yuan: '1,280,000', '1280000.00', full-width digits, '¥'."""
    text = str(value if value is not None else "").translate(FULLWIDTH)
    text = text.replace(",", "").replace("¥", "").replace("￥", "").replace("元", "").strip()
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the price in the contract (yuan)."),
            field="price",
        )
    try:
        price = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a price. Type the amount in yuan, e.g. 1280000."
            ),
            field="price",
            value=str(value),
        ) from None
    if not price.is_finite() or price <= 0 or price >= Decimal("1000000000000"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The price {value} is out of range: it must be more than 0 yuan."
            ),
            field="price",
            value=str(value),
        )
    if price != price.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Prices are kept to the fen (0.01); {value} has more."),
            field="price",
            value=str(value),
        )
    return price.quantize(Decimal("0.01"))


def _contract_number(text: str) -> str:
    number = " ".join((text or "").split()).upper()
    if not number:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the contract number from the sales contract."),
            field="contract_number",
        )
    return number


def register_sale(db: Database, actor: Actor, f: SaleFields) -> int:
    """Register a sale; returns the sale's id. Refused (nothing saved) unless the
    resource is unsold and has no owners, the contract number is new, the signing
    date is not in the future and the buyers' shares add up to 100%."""
    number = _contract_number(f.contract_number)
    if f.signing_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date the contract was signed."),
            field="signing_date",
        )
    if f.signing_date > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The signing date {date} is in the future. Register the sale once it is signed.",
            ),
            field="signing_date",
            date=f.signing_date.isoformat(),
        )
    price = parse_price(f.price)
    area = parse_area(f.area, "area")
    with db.write(actor) as uow:
        s = uow.session
        resource = _sellable(s, f.room_id, f.space_id)
        taken = s.scalar(select(func.count()).where(Sale.contract_number == number))
        if taken:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The contract number {number} is already registered for another sale. "
                    "Check the number on the contract.",
                ),
                field="contract_number",
                number=number,
            )
        owners = []
        for buyer in f.buyers:
            customer_id = buyer.customer_id
            if customer_id is None:
                if buyer.new is None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "Choose or enter every buyer."),
                        field="buyers",
                    )
                customer_id = _customers.create_customer_in(uow, buyer.new)
            owners.append((customer_id, buyer.share))
        values = {
            "contract_number": number,
            "room_id": f.room_id,
            "space_id": f.space_id,
            "signing_date": f.signing_date,
            "price": price,
            "area": area,
            "notes": (f.notes or "").strip(),
        }
        sale = Sale(**values)
        s.add(sale)
        s.flush()
        identity_ids = _identities.add_owners_in(
            uow, owners, room_id=f.room_id, space_id=f.space_id, start_date=f.signing_date
        )
        for (customer_id, _), identity_id in zip(owners, identity_ids, strict=True):
            share = s.get(Identity, identity_id).share
            s.add(
                SaleBuyer(
                    sale_id=sale.id, customer_id=customer_id, share=share, identity_id=identity_id
                )
            )
        values["buyers"] = ", ".join(str(cid) for cid, _ in owners)
        uow.audit_created(sale, values)
        sold = RoomStatus.SOLD if f.room_id is not None else SpaceStatus.SOLD
        uow.audit("update", resource.__tablename__, resource.id, "status", resource.status, sold)
        resource.status = sold
        s.flush()
        return sale.id


def _sellable(s, room_id: int | None, space_id: int | None):
    if (room_id is None) == (space_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose one room or one parking space to sell."),
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
    if resource.status not in (RoomStatus.UNSOLD, SpaceStatus.UNSOLD):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only an unsold room or parking space can be sold; this one is already sold. "
                "A change of owners is a transfer of ownership.",
            ),
            field="resource",
        )
    return resource


@dataclass(frozen=True)
class SaleRow:
    id: int
    contract_number: str
    signing_date: date
    price: Decimal
    area: Decimal | None
    buyers: list[tuple[int, str, Decimal]]  # customer id, name, share


def sales_of(
    db: Database, *, room_id: int | None = None, space_id: int | None = None
) -> list[SaleRow]:
    """The sales of a room or space, oldest first."""
    from crm_desktop.db.models import Customer

    where = Sale.room_id == room_id if room_id is not None else Sale.space_id == space_id
    with db.read() as s:
        out = []
        for sale in s.scalars(select(Sale).where(where).order_by(Sale.signing_date, Sale.id)):
            buyers = s.execute(
                select(SaleBuyer.customer_id, Customer.name, SaleBuyer.share)
                .join(Customer, Customer.id == SaleBuyer.customer_id)
                .where(SaleBuyer.sale_id == sale.id)
                .order_by(SaleBuyer.share.desc(), SaleBuyer.customer_id)
            ).all()
            out.append(
                SaleRow(
                    sale.id,
                    sale.contract_number,
                    sale.signing_date,
                    sale.price,
                    sale.area,
                    [(b[0], b[1], b[2]) for b in buyers],
                )
            )
        return out
