"""The handover progress (收楼进度) of a project or a building: of the sold rooms, how
many are handed over, scheduled, overdue (the appointment has passed) or not scheduled,
per building; then the overdue and coming appointments and the defects still open,
with their age.

A sold room counts as *handed over* when its handover is recorded, or when its status
already says handed over, occupied, rented … (data taken over without a record), so the
report agrees with the room table. Counted in one grouped query; the appointments and
defects come from :mod:`crm_desktop.services.handover`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import IO

from reportlab.platypus import Spacer
from sqlalchemy import exists, func, select

from crm_desktop.db.models import Building, Handover, Project, Room, Sale
from crm_desktop.domain import clock
from crm_desktop.domain.enums import RoomStatus
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.reports import base
from crm_desktop.services import handover as _handover
from crm_desktop.services.database import Actor, Database

__all__ = [
    "BuildingProgress",
    "HandoverProgress",
    "ProgressCounts",
    "handover_progress_pdf",
    "handover_progress_rows",
]

MAX_DAYS_AHEAD = 366

TEXTS = {
    "zh_CN": {
        "title": "收楼进度",
        "summary": "{scope}：已售房间 {sold} 间，已收楼 {done} 间（{rate}），已预约 {scheduled} "
        "间，预约逾期 {overdue} 间，未预约 {unscheduled} 间；待整改缺陷 {defects} 项。",
        "as_of": "数据截至 {day}",
        "progress": "各楼栋收楼情况",
        "building": "楼栋",
        "sold": "已售",
        "done": "已收楼",
        "scheduled": "已预约",
        "overdue": "逾期",
        "unscheduled": "未预约",
        "rate": "收楼率",
        "total": "合计",
        "overdue_list": "逾期未收楼的预约",
        "upcoming_list": "近期预约（{days} 天内）",
        "appointment": "预约日期",
        "late": "逾期天数",
        "in_days": "距今天数",
        "room": "房号",
        "owners": "业主",
        "notes": "备注",
        "defects": "待整改缺陷",
        "handover_date": "收楼日期",
        "age": "已过天数",
        "item": "项目",
        "defect": "缺陷描述",
        "none_overdue": "没有逾期的预约。",
        "none_upcoming": "这段时间内没有预约。",
        "none_defects": "没有待整改的缺陷。",
        "none_sold": "没有已售房间。",
        "days": "{days} 天",
        "today": "今天",
    },
    "en": {
        "title": "Handover progress",
        "summary": "{scope}: {sold} rooms sold, {done} handed over ({rate}), {scheduled} "
        "scheduled, {overdue} overdue, {unscheduled} not scheduled; {defects} open defects.",
        "as_of": "As of {day}",
        "progress": "Progress by building",
        "building": "Building",
        "sold": "Sold",
        "done": "Handed over",
        "scheduled": "Scheduled",
        "overdue": "Overdue",
        "unscheduled": "Not scheduled",
        "rate": "Done",
        "total": "Total",
        "overdue_list": "Overdue appointments",
        "upcoming_list": "Appointments in the next {days} days",
        "appointment": "Appointment",
        "late": "Days late",
        "in_days": "In",
        "room": "Room",
        "owners": "Owners",
        "notes": "Notes",
        "defects": "Open defects",
        "handover_date": "Handed over",
        "age": "Age",
        "item": "Item",
        "defect": "Defect",
        "none_overdue": "No overdue appointment.",
        "none_upcoming": "No appointment in this period.",
        "none_defects": "No open defect.",
        "none_sold": "No room has been sold.",
        "days": "{days} d",
        "today": "today",
    },
}

# Statuses that say the room has been taken over, with or without a handover record.
_PAST_HANDOVER = (
    RoomStatus.HANDED_OVER,
    RoomStatus.OCCUPIED,
    RoomStatus.VACANT,
    RoomStatus.RENTED,
    RoomStatus.RENOVATING,
)


@dataclass
class ProgressCounts:
    done: int = 0
    scheduled: int = 0
    overdue: int = 0
    unscheduled: int = 0

    @property
    def sold(self) -> int:
        return self.done + self.scheduled + self.overdue + self.unscheduled

    def add(self, other: ProgressCounts) -> None:
        self.done += other.done
        self.scheduled += other.scheduled
        self.overdue += other.overdue
        self.unscheduled += other.unscheduled


@dataclass(frozen=True)
class BuildingProgress:
    building_id: int
    building: str
    counts: ProgressCounts


@dataclass(frozen=True)
class HandoverProgress:
    scope: str  # "翠湖花园" or "翠湖花园 3栋"
    project: str
    today: date
    days_ahead: int
    buildings: list[BuildingProgress]  # in building order, those with sold rooms
    overdue: list[_handover.AppointmentRow]  # earliest first
    upcoming: list[_handover.AppointmentRow]
    defects: list[_handover.DefectRow]  # oldest first
    total: ProgressCounts = field(default_factory=ProgressCounts)


def handover_progress_rows(
    db: Database,
    *,
    project_id: int | None = None,
    building_id: int | None = None,
    days_ahead: int = 14,
) -> HandoverProgress:
    """The progress of a project's or a building's sold rooms, with the appointments
    up to ``days_ahead`` days ahead and the open defects."""
    if (project_id is None) == (building_id is None):
        raise ValueError("give a project_id or a building_id")
    if not isinstance(days_ahead, int) or days_ahead < 0 or days_ahead > MAX_DAYS_AHEAD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "List the appointments of the next 0 to 366 days; {value} is not in that range.",
            ),
            field="days_ahead",
            value=str(days_ahead),
        )
    today = clock.today()
    in_scope = Room.building_id == building_id if building_id else Room.project_id == project_id
    done = exists().where(Handover.room_id == Room.id, Handover.handover_date.is_not(None))
    sold = exists().where(Sale.room_id == Room.id)
    appointment = (
        select(func.min(Handover.appointment_date))
        .where(Handover.room_id == Room.id, Handover.handover_date.is_(None))
        .scalar_subquery()
    )
    with db.connect() as conn:
        if building_id is not None:
            found = conn.execute(
                select(Project.name, func.coalesce(Building.name, Building.code))
                .join(Building, Building.project_id == Project.id)
                .where(Building.id == building_id)
            ).first()
            project, scope = (found[0], f"{found[0]} {found[1]}") if found else (None, None)
        else:
            project = scope = conn.scalar(select(Project.name).where(Project.id == project_id))
        if scope is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The building or project to print no longer exists. Refresh the view and "
                    "choose it again.",
                )
            )
        rows = conn.execute(
            select(
                Building.id,
                func.coalesce(Building.name, Building.code),
                Room.id,
                Room.status,
                done,
                appointment,
            )
            .join(Building, Building.id == Room.building_id)
            .where(in_scope, Room.retired_at.is_(None), sold)
            .order_by(func.length(Building.code), Building.code, Room.sort_key)
        ).all()
    buildings: dict[int, BuildingProgress] = {}
    room_ids: set[int] = set()
    total = ProgressCounts()
    for bid, bname, room_id, status, is_done, appointment_date in rows:
        room_ids.add(room_id)
        counts = buildings.setdefault(bid, BuildingProgress(bid, bname, ProgressCounts())).counts
        if is_done or RoomStatus(status) in _PAST_HANDOVER:
            counts.done += 1
        elif appointment_date is None:
            counts.unscheduled += 1
        elif appointment_date < today:
            counts.overdue += 1
        else:
            counts.scheduled += 1
    for b in buildings.values():
        total.add(b.counts)
    found_appointments = _handover.appointments(db, days_ahead=days_ahead)
    defects = [d for d in _handover.open_defects(db) if d.room_id in room_ids]
    return HandoverProgress(
        scope,
        project,
        today,
        days_ahead,
        list(buildings.values()),
        [a for a in found_appointments.overdue if a.room_id in room_ids],
        [a for a in found_appointments.upcoming if a.room_id in room_ids],
        defects,
        total,
    )


def _rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def handover_progress_pdf(
    db: Database,
    actor: Actor,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    project_id: int | None = None,
    building_id: int | None = None,
    days_ahead: int = 14,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """Write the handover progress of a project or building (A4 portrait); returns the
    pages."""
    t = base.texts(TEXTS, lang)
    data = handover_progress_rows(
        db, project_id=project_id, building_id=building_id, days_ahead=days_ahead
    )
    st = base.styles()
    width = base.content_width()
    total = data.total
    story: list = [
        base.HeaderNote(data.scope),
        base.para(
            t["summary"].format(
                scope=data.scope,
                sold=total.sold,
                done=total.done,
                rate=_rate(total.done, total.sold),
                scheduled=total.scheduled,
                overdue=total.overdue,
                unscheduled=total.unscheduled,
                defects=len(data.defects),
            ),
            st.body,
        ),
        base.para(t["as_of"].format(day=base.fmt_date(data.today)), st.muted),
        base.heading(t["progress"]),
    ]
    body = [
        [
            b.building,
            b.counts.sold,
            b.counts.done,
            b.counts.scheduled,
            b.counts.overdue,
            b.counts.unscheduled,
            _rate(b.counts.done, b.counts.sold),
        ]
        for b in data.buildings
    ]
    if len(body) > 1:
        body.append(
            [
                base.bold(t["total"], st.cell),
                total.sold,
                total.done,
                total.scheduled,
                total.overdue,
                total.unscheduled,
                _rate(total.done, total.sold),
            ]
        )
    story.append(
        base.table(
            [
                t["building"],
                t["sold"],
                t["done"],
                t["scheduled"],
                t["overdue"],
                t["unscheduled"],
                t["rate"],
            ],
            body,
            [0.22, 0.13, 0.13, 0.13, 0.13, 0.13, 0.13],
            numeric=range(1, 7),
            width=width,
            empty=t["none_sold"],
        )
    )

    def days(n: int) -> str:
        return t["today"] if n == 0 else t["days"].format(days=n)

    def appointment_table(rows, late: bool, empty: str):
        return base.table(
            [t["appointment"], t["late"] if late else t["in_days"], t["room"], t["owners"]]
            + [t["notes"]],
            [
                [
                    base.fmt_date(a.appointment_date),
                    days(abs(a.days)),
                    a.room_code,
                    a.owners,
                    a.notes,
                ]
                for a in rows
            ],
            [0.14, 0.11, 0.15, 0.28, 0.32],
            numeric=(1,),
            width=width,
            empty=empty,
        )

    story += [
        base.heading(t["overdue_list"]),
        appointment_table(data.overdue, True, t["none_overdue"]),
        base.heading(t["upcoming_list"].format(days=data.days_ahead)),
        appointment_table(data.upcoming, False, t["none_upcoming"]),
        base.heading(t["defects"]),
        base.table(
            [t["handover_date"], t["age"], t["room"], t["item"], t["defect"]],
            [
                [base.fmt_date(d.handover_date), days(d.age_days), d.room_code, d.name, d.defect]
                for d in data.defects
            ],
            [0.14, 0.11, 0.15, 0.16, 0.44],
            numeric=(1,),
            width=width,
            empty=t["none_defects"],
        ),
        Spacer(1, 2),
    ]
    info = base.ReportInfo(
        title=t["title"],
        office=office or base.default_office(data.project, lang),
        printed_by=actor.display_name,
        lang=lang,
        subject=data.scope,
    )
    return base.build_pdf(path_or_file, story, info)
