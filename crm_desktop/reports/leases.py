"""The lease expiry list (租约到期): the active leases of the portfolio or of a project
that end within the next N days (30 by default) and have not been renewed, soonest
first: resources, tenants, landlord, end date, days left, rent and its period.

The leases come from :func:`crm_desktop.services.tenancy.leases_ending_within` (the
same rule as the reminders); a project keeps those letting one of its rooms or spaces.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import IO

from reportlab.platypus import Spacer
from sqlalchemy import select, union

from crm_desktop.db.models import CarPark, LeaseResource, ParkingSpace, Project, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import RentPeriod
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.reports import base
from crm_desktop.services import tenancy as _tenancy
from crm_desktop.services.database import Actor, Database

__all__ = ["ExpiryRow", "LeaseExpiry", "lease_expiry_pdf", "lease_expiry_rows"]

MAX_DAYS = 3660  # ten years ahead: the longest sensible horizon of a reminder list

TEXTS = {
    "zh_CN": {
        "title": "租约到期提醒",
        "portfolio": "全部项目",
        "summary": "{scope}：未来 {days} 天内（{start} 至 {end}）到期且未续租的租约共 {count} 份，"
        "月租金合计约 {monthly} 元。",
        "as_of": "数据截至 {day}",
        "end": "到期日",
        "days_left": "剩余天数",
        "resources": "房间 / 车位",
        "tenants": "租户",
        "landlord": "业主（出租人）",
        "rent": "租金(元)",
        "period": "付款周期",
        "start": "起租日",
        "none": "这段时间内没有到期的租约。",
        "days": "{days} 天",
    },
    "en": {
        "title": "Lease expiry",
        "portfolio": "All projects",
        "summary": "{scope}: {count} leases not renewed end in the next {days} days ({start} "
        "to {end}); about {monthly} yuan of rent a month.",
        "as_of": "As of {day}",
        "end": "Ends on",
        "days_left": "Days left",
        "resources": "Rooms / spaces",
        "tenants": "Tenants",
        "landlord": "Landlord",
        "rent": "Rent (yuan)",
        "period": "Period",
        "start": "Started",
        "none": "No lease ends in this period.",
        "days": "{days} d",
    },
}

_MONTHS = {
    RentPeriod.MONTHLY: 1,
    RentPeriod.QUARTERLY: 3,
    RentPeriod.HALF_YEARLY: 6,
    RentPeriod.YEARLY: 12,
}


@dataclass(frozen=True)
class ExpiryRow:
    lease_id: int
    resources: list[str]  # "翠湖花园 3-2-501", "翠湖花园 地下停车场 B1-001"
    tenants: list[str]
    landlord: str
    start_date: date
    end_date: date
    days_left: int
    rent: Decimal  # per period
    period: RentPeriod

    @property
    def monthly_rent(self) -> Decimal:
        return (self.rent / _MONTHS[RentPeriod(self.period)]).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class LeaseExpiry:
    scope: str
    project: str | None
    days: int
    today: date
    rows: list[ExpiryRow]  # by end date

    @property
    def until(self) -> date:
        return self.today + timedelta(days=self.days)


def _check_days(days: int) -> int:
    if not isinstance(days, int) or days < 1 or days > MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The number of days ahead must be a whole number from 1 to 3660; {value} is "
                "not. Most offices look 30 or 60 days ahead.",
            ),
            field="days",
            value=str(days),
        )
    return days


def _project_lease_ids(db: Database, project_id: int) -> set[int]:
    rooms = (
        select(LeaseResource.lease_id)
        .join(Room, Room.id == LeaseResource.room_id)
        .where(Room.project_id == project_id)
    )
    spaces = (
        select(LeaseResource.lease_id)
        .join(ParkingSpace, ParkingSpace.id == LeaseResource.space_id)
        .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
        .where(CarPark.project_id == project_id)
    )
    with db.connect() as conn:
        return set(conn.scalars(union(rooms, spaces)))


def lease_expiry_rows(
    db: Database,
    *,
    days: int = 30,
    project_id: int | None = None,
    today: date | None = None,
    lang: str = "zh_CN",
) -> LeaseExpiry:
    """The leases ending within ``days`` days of ``today``, soonest first."""
    t = base.texts(TEXTS, lang)
    days = _check_days(days)
    day = today or clock.today()
    project = None
    if project_id is not None:
        with db.connect() as conn:
            project = conn.scalar(select(Project.name).where(Project.id == project_id))
        if project is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The project to print no longer exists. Refresh the view and choose it again.",
                )
            )
    leases = _tenancy.leases_ending_within(db, days, day)
    if project_id is not None:
        wanted = _project_lease_ids(db, project_id)
        leases = [lease for lease in leases if lease.id in wanted]
    rows = [
        ExpiryRow(
            lease.id,
            [r.label for r in lease.resources],
            [name for _, name in lease.tenants],
            lease.landlord_name,
            lease.start_date,
            lease.end_date,
            lease.days_left(day),
            lease.rent,
            RentPeriod(lease.period),
        )
        for lease in leases
    ]
    rows.sort(key=lambda r: (r.end_date, r.lease_id))
    return LeaseExpiry(project or t["portfolio"], project, days, day, rows)


def lease_expiry_pdf(
    db: Database,
    actor: Actor,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    days: int = 30,
    project_id: int | None = None,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """Write the list of leases ending in the next ``days`` days (A4 portrait); returns
    the pages."""
    t = base.texts(TEXTS, lang)
    data = lease_expiry_rows(db, days=days, project_id=project_id, lang=lang)
    st = base.styles()
    width = base.content_width()
    sep = "、" if lang == "zh_CN" else ", "
    monthly = sum((r.monthly_rent for r in data.rows), Decimal(0))
    story: list = [
        base.HeaderNote(data.scope),
        base.para(
            t["summary"].format(
                scope=data.scope,
                days=data.days,
                start=base.fmt_date(data.today),
                end=base.fmt_date(data.until),
                count=len(data.rows),
                monthly=base.fmt_area(monthly),
            ),
            st.body,
        ),
        base.para(t["as_of"].format(day=base.fmt_date(data.today)), st.muted),
        Spacer(1, 4),
    ]
    body = [
        [
            base.fmt_date(r.end_date),
            t["days"].format(days=r.days_left),
            "\n".join(r.resources),
            sep.join(r.tenants),
            r.landlord,
            base.fmt_area(r.rent),
            base.enum_text(r.period, lang),
            base.fmt_date(r.start_date),
        ]
        for r in data.rows
    ]
    story.append(
        base.table(
            [
                t["end"],
                t["days_left"],
                t["resources"],
                t["tenants"],
                t["landlord"],
                t["rent"],
                t["period"],
                t["start"],
            ],
            body,
            [0.11, 0.09, 0.21, 0.15, 0.13, 0.1, 0.09, 0.12],
            numeric=(1, 5),
            width=width,
            empty=t["none"],
        )
    )
    info = base.ReportInfo(
        title=t["title"],
        office=office or base.default_office(data.project, lang),
        printed_by=actor.display_name,
        lang=lang,
        subject=data.scope,
    )
    return base.build_pdf(path_or_file, story, info)
