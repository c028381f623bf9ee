"""The customer list for Excel: who each customer is, how to reach them, and what they
hold today; of a building, a project or the whole office.

The window's *Export customers…* and the command line's ``export customers`` both use
it. Rows are read in chunks (a customer's identities with them), so 100,000 customers
stream into the workbook without being held in memory. ID and phone columns are marked
sensitive: :func:`crm_desktop.excel.export.write_xlsx` masks them unless the caller
exports full numbers, which it must have audited first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from crm_desktop.db.models import (
    CarPark,
    Customer,
    CustomerPhone,
    Identity,
    ParkingSpace,
    Project,
    Room,
)
from crm_desktop.domain import clock
from crm_desktop.domain.enums import Role
from crm_desktop.excel.export import ColumnKind, XlsxColumn
from crm_desktop.reports.base import enum_text
from crm_desktop.reports.cards import building_customer_ids
from crm_desktop.services import identities
from crm_desktop.services.database import Database

__all__ = ["CHUNK", "columns", "customer_ids", "customer_rows"]

CHUNK = 1000  # customers read per round

_TITLES = {
    "zh_CN": (
        "客户编号",
        "姓名/名称",
        "类型",
        "证件类型",
        "证件号码",
        "主要电话",
        "备用电话",
        "电子邮箱",
        "当前身份",
        "实名认证时间",
        "个人信息授权日期",
        "联系地址",
        "登记时间",
    ),
    "en": (
        "Customer no.",
        "Name",
        "Type",
        "ID type",
        "ID number",
        "Main phone",
        "Second phone",
        "Email",
        "Current identities",
        "Verified at",
        "Consent date",
        "Address",
        "Registered at",
    ),
}
_KINDS = (
    ColumnKind.INTEGER,
    ColumnKind.TEXT,
    ColumnKind.TEXT,
    ColumnKind.TEXT,
    ColumnKind.ID_NUMBER,
    ColumnKind.PHONE,
    ColumnKind.PHONE,
    ColumnKind.TEXT,
    ColumnKind.TEXT,
    ColumnKind.DATETIME,
    ColumnKind.DATE,
    ColumnKind.TEXT,
    ColumnKind.DATETIME,
)
_WIDTHS = {8: 48.0}  # the identities: wide, the rest sized from the first rows


def columns(lang: str = "zh_CN") -> list[XlsxColumn]:
    titles = _TITLES["en" if lang == "en" else "zh_CN"]
    return [
        XlsxColumn(title, kind, _WIDTHS.get(n))
        for n, (title, kind) in enumerate(zip(titles, _KINDS, strict=True))
    ]


def customer_ids(
    db: Database, *, project_id: int | None = None, building_id: int | None = None
) -> list[int]:
    """The customers to list: those holding a room (or, for a project, a parking space)
    of the building or project today, in room order; without a scope every customer
    (merged-away records left out), in number order."""
    if project_id is not None or building_id is not None:
        return building_customer_ids(db, building_id=building_id, project_id=project_id)
    with db.read() as s:
        return list(
            s.scalars(
                select(Customer.id).where(Customer.merged_into_id.is_(None)).order_by(Customer.id)
            )
        )


def _local(moment: datetime | None) -> datetime | None:
    """Stored in UTC; the office reads its own clock."""
    if moment is None:
        return None
    return moment.replace(tzinfo=moment.tzinfo or UTC).astimezone().replace(tzinfo=None)


def _share(share: Decimal | None) -> str:
    return f" {share.normalize():f}%" if share is not None else ""


def _holdings(conn, chunk: Sequence[int], lang: str) -> dict[int, list[str]]:
    """What each customer holds today: "翠湖花园 3-2-501 业主 50%", rooms then spaces."""
    active = identities.active_on(clock.today())
    order = {r.value: i for i, r in enumerate(Role)}
    found: dict[int, list[tuple]] = defaultdict(list)
    for cid, project, code, sort_key, role, share in conn.execute(
        select(
            Identity.customer_id,
            Project.name,
            Room.code,
            Room.sort_key,
            Identity.role,
            Identity.share,
        )
        .join(Room, Room.id == Identity.room_id)
        .join(Project, Project.id == Room.project_id)
        .where(Identity.customer_id.in_(chunk), active)
    ):
        place = f"{project} {code}"
        found[cid].append(((0, project, sort_key or ""), order.get(role, 9), place, role, share))
    for cid, project, park, number, role, share in conn.execute(
        select(
            Identity.customer_id,
            Project.name,
            CarPark.name,
            ParkingSpace.number,
            Identity.role,
            Identity.share,
        )
        .join(ParkingSpace, ParkingSpace.id == Identity.space_id)
        .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .join(Project, Project.id == CarPark.project_id)
        .where(Identity.customer_id.in_(chunk), active)
    ):
        place = f"{project} {park} {number}"
        found[cid].append(((1, project, park, number), order.get(role, 9), place, role, share))
    return {
        cid: [
            f"{place} {enum_text(role, lang)}{_share(share)}"
            for _key, _order, place, role, share in sorted(items, key=lambda i: i[:2])
        ]
        for cid, items in found.items()
    }


def customer_rows(
    db: Database, ids: Sequence[int], lang: str = "zh_CN"
) -> Iterator[tuple[Any, ...]]:
    """One row per customer of ``ids``, in that order, read ``CHUNK`` at a time (a
    customer merged away or deleted meanwhile is left out)."""
    separator = "；" if lang != "en" else "; "
    for k in range(0, len(ids), CHUNK):
        chunk = list(ids[k : k + CHUNK])
        with db.connect() as conn:
            phones: dict[int, list[str]] = defaultdict(list)
            for cid, number in conn.execute(
                select(CustomerPhone.customer_id, CustomerPhone.number)
                .where(CustomerPhone.customer_id.in_(chunk))
                .order_by(
                    CustomerPhone.customer_id,
                    CustomerPhone.is_primary.desc(),
                    CustomerPhone.position,
                )
            ):
                phones[cid].append(number)
            holdings = _holdings(conn, chunk, lang)
            customers = {
                row.id: row
                for row in conn.execute(
                    select(
                        Customer.id,
                        Customer.name,
                        Customer.kind,
                        Customer.document_type,
                        Customer.document_number,
                        Customer.email,
                        Customer.verified_at,
                        Customer.consent_date,
                        Customer.address,
                        Customer.created_at,
                    ).where(Customer.id.in_(chunk), Customer.merged_into_id.is_(None))
                )
            }
        for cid in chunk:
            c = customers.get(cid)
            if c is None:
                continue
            numbers = phones.get(cid, [])
            yield (
                cid,
                c.name,
                enum_text(c.kind, lang),
                enum_text(c.document_type, lang) if c.document_type else "",
                c.document_number or "",
                numbers[0] if numbers else "",
                numbers[1] if len(numbers) > 1 else "",
                c.email,
                separator.join(holdings.get(cid, [])),
                _local(c.verified_at),
                c.consent_date,
                c.address,
                _local(c.created_at),
            )
