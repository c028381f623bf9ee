"""The transfer register (过户登记簿) for a date range: every transfer of ownership of a
room or parking space, in date order, with the owners before (names and shares), the
owners after, the reason and the certificate numbers; of the whole portfolio or of
one project.

Read in three queries whatever the range (transfers with their resources, parties);
the shapes follow :func:`crm_desktop.services.transfers.transfers_of`, which reads
one resource only.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO

from reportlab.platypus import Spacer
from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.db.models import (
    CarPark,
    Customer,
    ParkingSpace,
    Project,
    Room,
    Transfer,
    TransferParty,
)
from crm_desktop.domain import clock
from crm_desktop.domain.enums import TransferReason, TransferSide
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.reports import base
from crm_desktop.services.database import Actor, Database

__all__ = ["RegisterRow", "TransferRegister", "transfer_register_pdf", "transfer_register_rows"]

TEXTS = {
    "zh_CN": {
        "title": "过户登记簿",
        "portfolio": "全部项目",
        "summary": "{scope}：{start} 至 {end} 共办理过户 {count} 宗（房间 {rooms} 宗，车位 "
        "{spaces} 宗）{reasons}。",
        "as_of": "数据截至 {day}",
        "no": "序号",
        "date": "过户日期",
        "resource": "房间 / 车位",
        "from": "原业主（份额）",
        "to": "新业主（份额）",
        "reason": "过户原因",
        "certificates": "产权证号",
        "notes": "备注",
        "none": "这段时间内没有过户记录。",
    },
    "en": {
        "title": "Transfer register",
        "portfolio": "All projects",
        "summary": "{scope}: {count} transfers from {start} to {end} ({rooms} rooms, "
        "{spaces} parking spaces){reasons}.",
        "as_of": "As of {day}",
        "no": "No.",
        "date": "Date",
        "resource": "Room / space",
        "from": "Previous owners (share)",
        "to": "New owners (share)",
        "reason": "Reason",
        "certificates": "Certificate numbers",
        "notes": "Notes",
        "none": "No transfer in this period.",
    },
}


@dataclass(frozen=True)
class RegisterRow:
    transfer_id: int
    transfer_date: date
    room_id: int | None
    space_id: int | None
    resource: str  # "翠湖花园 3-2-501" / "翠湖花园 地下停车场 B1-001"
    reason: TransferReason
    certificate_numbers: str  # "A; B"
    notes: str
    previous_owners: list[tuple[str, Decimal]]  # name, share; largest share first
    new_owners: list[tuple[str, Decimal]]


@dataclass(frozen=True)
class TransferRegister:
    scope: str
    project: str | None
    date_from: date
    date_to: date
    rows: list[RegisterRow]  # by date


def _check_range(date_from: date | None, date_to: date | None) -> tuple[date, date]:
    if date_from is None or date_to is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Enter both the first and the last day of the period to list the transfers of.",
            ),
            field="date_from" if date_from is None else "date_to",
        )
    if date_from > date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The period starts on {start}, after its last day {end}. Swap the two dates.",
            ),
            field="date_to",
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
    return date_from, date_to


def transfer_register_rows(
    db: Database,
    *,
    date_from: date | None,
    date_to: date | None,
    project_id: int | None = None,
    lang: str = "zh_CN",
) -> TransferRegister:
    """The transfers dated from ``date_from`` to ``date_to`` (both included), in date
    order; of one project, or of every project."""
    t = base.texts(TEXTS, lang)
    start, end = _check_range(date_from, date_to)
    room_project = aliased(Project)
    space_project = aliased(Project)
    project_name = func.coalesce(room_project.name, space_project.name)
    stmt = (
        select(
            Transfer.id,
            Transfer.transfer_date,
            Transfer.room_id,
            Transfer.space_id,
            Transfer.reason,
            Transfer.certificate_numbers,
            Transfer.notes,
            project_name,
            Room.code,
            CarPark.name,
            ParkingSpace.number,
        )
        .outerjoin(Room, Room.id == Transfer.room_id)
        .outerjoin(room_project, room_project.id == Room.project_id)
        .outerjoin(ParkingSpace, ParkingSpace.id == Transfer.space_id)
        .outerjoin(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .outerjoin(space_project, space_project.id == CarPark.project_id)
        .where(Transfer.transfer_date >= start, Transfer.transfer_date <= end)
        .order_by(Transfer.transfer_date, project_name, Room.sort_key, ParkingSpace.number)
        .order_by(Transfer.id)
    )
    project = None
    with db.connect() as conn:
        if project_id is not None:
            project = conn.scalar(select(Project.name).where(Project.id == project_id))
            if project is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The project to print no longer exists. Refresh the view and choose it "
                        "again.",
                    )
                )
            stmt = stmt.where(or_(Room.project_id == project_id, CarPark.project_id == project_id))
        transfers = conn.execute(stmt).all()
        parties: dict[tuple[int, str], list[tuple[str, Decimal]]] = {}
        ids = [row[0] for row in transfers]
        for i in range(0, len(ids), 500):
            for transfer_id, side, name, share in conn.execute(
                select(
                    TransferParty.transfer_id,
                    TransferParty.side,
                    Customer.name,
                    TransferParty.share,
                )
                .join(Customer, Customer.id == TransferParty.customer_id)
                .where(TransferParty.transfer_id.in_(ids[i : i + 500]))
                .order_by(TransferParty.share.desc(), TransferParty.id)
            ):
                parties.setdefault((transfer_id, TransferSide(side)), []).append((name, share))
    rows = [
        RegisterRow(
            tid,
            day,
            room_id,
            space_id,
            f"{proj} {code}" if room_id is not None else f"{proj} {park} {number}",
            TransferReason(reason),
            certificates,
            notes,
            parties.get((tid, TransferSide.FROM), []),
            parties.get((tid, TransferSide.TO), []),
        )
        for (
            tid,
            day,
            room_id,
            space_id,
            reason,
            certificates,
            notes,
            proj,
            code,
            park,
            number,
        ) in transfers
    ]
    return TransferRegister(project or t["portfolio"], project, start, end, rows)


def _owners(owners: list[tuple[str, Decimal]], sep: str) -> str:
    return sep.join(f"{name} {base.fmt_share(share)}" for name, share in owners)


def transfer_register_pdf(
    db: Database,
    actor: Actor,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    date_from: date | None,
    date_to: date | None,
    project_id: int | None = None,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """Write the transfer register of a period (A4 landscape); returns the pages."""
    t = base.texts(TEXTS, lang)
    data = transfer_register_rows(
        db, date_from=date_from, date_to=date_to, project_id=project_id, lang=lang
    )
    setup = base.LANDSCAPE
    width = base.content_width(setup)
    st = base.styles()
    sep = "、" if lang == "zh_CN" else ", "
    reasons = Counter(r.reason for r in data.rows)
    reason_text = ""
    if reasons:
        inner = sep.join(
            f"{base.enum_text(reason, lang)} {reasons[reason]}"
            for reason in TransferReason
            if reasons[reason]
        )
        reason_text = f"：{inner}" if lang == "zh_CN" else f": {inner}"
    rooms = sum(1 for r in data.rows if r.room_id is not None)
    story: list = [
        base.HeaderNote(data.scope),
        base.para(
            t["summary"].format(
                scope=data.scope,
                start=base.fmt_date(data.date_from),
                end=base.fmt_date(data.date_to),
                count=len(data.rows),
                rooms=rooms,
                spaces=len(data.rows) - rooms,
                reasons=reason_text,
            ),
            st.body,
        ),
        base.para(t["as_of"].format(day=base.fmt_date(clock.today())), st.muted),
        Spacer(1, 4),
    ]
    body = [
        [
            n,
            base.fmt_date(r.transfer_date),
            r.resource,
            _owners(r.previous_owners, sep),
            "→ " + _owners(r.new_owners, sep),
            base.enum_text(r.reason, lang),
            r.certificate_numbers.replace("; ", "\n"),
            r.notes,
        ]
        for n, r in enumerate(data.rows, start=1)
    ]
    story.append(
        base.table(
            [
                t["no"],
                t["date"],
                t["resource"],
                t["from"],
                t["to"],
                t["reason"],
                t["certificates"],
                t["notes"],
            ],
            body,
            [0.045, 0.085, 0.15, 0.17, 0.17, 0.075, 0.17, 0.135],
            numeric=(0,),
            width=width,
            empty=t["none"],
        )
    )
    info = base.ReportInfo(
        title=t["title"],
        office=office or base.default_office(data.project, lang),
        printed_by=actor.display_name,
        lang=lang,
        setup=setup,
        subject=f"{data.scope} {base.fmt_date(data.date_from)} – {base.fmt_date(data.date_to)}",
    )
    return base.build_pdf(path_or_file, story, info)
