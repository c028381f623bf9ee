"""The room ledger (资产台账) of a building or a project: every room with its code, use,
gross area, status, current owners (with shares), tenants and handover date, on
landscape pages whose table header repeats after every page break.

Read in four queries whatever the size (rooms, identities, handovers, names), filtered by
the building or project rather than by long lists of room ids.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO

from reportlab.platypus import Spacer
from sqlalchemy import and_, func, or_, select

from crm_desktop.db.models import Building, Customer, Handover, Identity, Project, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import Role
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.reports import base
from crm_desktop.services.database import Actor, Database

__all__ = ["Ledger", "LedgerRow", "ledger_rows", "room_ledger_pdf"]

TEXTS = {
    "zh_CN": {
        "title": "资产台账",
        "code": "房号",
        "building": "楼栋",
        "use": "用途",
        "gross_area": "建筑面积(m²)",
        "status": "状态",
        "owners": "业主（份额）",
        "tenants": "租户",
        "handover": "收楼日期",
        "summary": "{scope}：共 {rooms} 间，建筑面积合计 {area} m²；{statuses}。",
        "as_of": "数据截至 {day}",
        "none": "本楼栋或项目没有房间。",
    },
    "en": {
        "title": "Room ledger",
        "code": "Room",
        "building": "Building",
        "use": "Use",
        "gross_area": "Gross area (m²)",
        "status": "Status",
        "owners": "Owners (share)",
        "tenants": "Tenants",
        "handover": "Handed over",
        "summary": "{scope}: {rooms} rooms, gross area {area} m² in total; {statuses}.",
        "as_of": "As of {day}",
        "none": "This building or project has no rooms.",
    },
}


@dataclass(frozen=True)
class LedgerRow:
    room_id: int
    building: str
    code: str
    use: object  # RoomUse
    gross_area: Decimal | None
    status: object  # RoomStatus
    owners: list[tuple[str, Decimal | None]]  # (name, share), largest share first
    tenants: list[str]
    handover_date: date | None


@dataclass(frozen=True)
class Ledger:
    project: str
    scope: str  # "翠湖花园 3栋" or "翠湖花园"
    rows: list[LedgerRow]


def ledger_rows(
    db: Database, *, building_id: int | None = None, project_id: int | None = None
) -> Ledger:
    """The active rooms of a building or project, in room order."""
    if (building_id is None) == (project_id is None):
        raise ValueError("give a building_id or a project_id")
    today = clock.today()
    in_scope = Room.building_id == building_id if building_id else Room.project_id == project_id
    with db.connect() as conn:
        if building_id is not None:
            scope = conn.execute(
                select(Project.name, Building.name, Building.code)
                .join(Building, Building.project_id == Project.id)
                .where(Building.id == building_id)
            ).first()
            project = scope[0] if scope else None
            name = f"{scope[0]} {scope[1] or scope[2]}" if scope else None
        else:
            name = project = conn.execute(
                select(Project.name).where(Project.id == project_id)
            ).scalar()
        if name is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The building or project to print no longer exists. Refresh the view and "
                    "choose it again.",
                )
            )
        rooms = conn.execute(
            select(
                Room.id,
                func.coalesce(Building.name, Building.code),
                Room.code,
                Room.use,
                Room.gross_area,
                Room.status,
            )
            .join(Building, Building.id == Room.building_id)
            .where(in_scope, Room.retired_at.is_(None))
            .order_by(func.length(Building.code), Building.code, Room.sort_key, Room.id)
        ).all()
        people: dict[int, dict[Role, list]] = defaultdict(lambda: defaultdict(list))
        for room_id, role, share, person in conn.execute(
            select(Identity.room_id, Identity.role, Identity.share, Customer.name)
            .join(Room, Room.id == Identity.room_id)
            .join(Customer, Customer.id == Identity.customer_id)
            .where(
                in_scope,
                Identity.role.in_((Role.OWNER, Role.TENANT)),
                Identity.start_date <= today,
                or_(Identity.end_date.is_(None), Identity.end_date > today),
            )
            .order_by(Identity.room_id, Identity.share.desc(), Identity.id)
        ):
            people[room_id][Role(role)].append((person, share))
        handed = dict(
            conn.execute(
                select(Handover.room_id, func.max(Handover.handover_date))
                .join(Room, Room.id == Handover.room_id)
                .where(and_(in_scope, Handover.handover_date.is_not(None)))
                .group_by(Handover.room_id)
            ).all()
        )
    rows = [
        LedgerRow(
            room_id,
            building,
            code,
            use,
            gross_area,
            status,
            people[room_id][Role.OWNER] if room_id in people else [],
            [n for n, _ in people[room_id][Role.TENANT]] if room_id in people else [],
            handed.get(room_id),
        )
        for room_id, building, code, use, gross_area, status in rooms
    ]
    return Ledger(project, name, rows)


def room_ledger_pdf(
    db: Database,
    actor: Actor,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    building_id: int | None = None,
    project_id: int | None = None,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """Write the room ledger of a building or project (A4 landscape); returns the pages."""
    t = base.texts(TEXTS, lang)
    ledger = ledger_rows(db, building_id=building_id, project_id=project_id)
    scope, rows = ledger.scope, ledger.rows
    setup = base.LANDSCAPE
    width = base.content_width(setup)
    st = base.styles()
    total = sum((r.gross_area or Decimal(0) for r in rows), Decimal(0))
    counts: dict[object, int] = defaultdict(int)
    for r in rows:
        counts[r.status] += 1
    sep = "，" if lang == "zh_CN" else ", "
    statuses = sep.join(f"{base.enum_text(s, lang)} {n}" for s, n in counts.items())
    story: list = [
        base.HeaderNote(scope),
        base.para(
            t["summary"].format(
                scope=scope, rooms=len(rows), area=base.fmt_area(total), statuses=statuses
            ),
            st.body,
        ),
        base.para(t["as_of"].format(day=base.fmt_date(clock.today())), st.muted),
        Spacer(1, 3),
    ]
    share_sep = "、" if lang == "zh_CN" else ", "
    headers = [t["code"], t["use"], t["gross_area"], t["status"], t["owners"], t["tenants"]]
    headers.append(t["handover"])
    widths = [0.11, 0.08, 0.1, 0.09, 0.32, 0.18, 0.12]
    if project_id is not None:
        headers.insert(0, t["building"])
        widths = [0.08, 0.1, 0.07, 0.09, 0.08, 0.3, 0.17, 0.11]
    body = []
    for r in rows:
        owners = share_sep.join(
            f"{name} {base.fmt_share(share)}" if share is not None and len(r.owners) > 1 else name
            for name, share in r.owners
        )
        line = [
            r.code,
            base.enum_text(r.use, lang),
            base.fmt_area(r.gross_area),
            base.enum_text(r.status, lang),
            owners,
            share_sep.join(r.tenants),
            base.fmt_date(r.handover_date),
        ]
        if project_id is not None:
            line.insert(0, r.building)
        body.append(line)
    area_col = 3 if project_id is not None else 2
    story.append(
        base.table(headers, body, widths, numeric=(area_col,), width=width, empty=t["none"])
    )
    info = base.ReportInfo(
        title=t["title"],
        office=office or base.default_office(ledger.project, lang),
        printed_by=actor.display_name,
        lang=lang,
        setup=setup,
        subject=scope,
    )
    return base.build_pdf(path_or_file, story, info)
