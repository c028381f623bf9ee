"""The occupancy summary (入住率 / 房屋状态汇总) of a project or of the whole portfolio:
rooms counted by status and by use with their shares, a bar chart of rooms by status,
and parking spaces by status; for the portfolio, one row per project as well.

Two rates head the report, both over all rooms in use (not retired):
*sold* (every status but unsold) and *occupied* (occupied or rented: somebody lives
or works there). Counted in three grouped queries whatever the size.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import IO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle
from sqlalchemy import func, select

from crm_desktop.db.models import CarPark, ParkingSpace, Project, Room
from crm_desktop.domain import clock
from crm_desktop.domain.enums import RoomStatus, RoomUse, SpaceStatus
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.reports import base
from crm_desktop.services.database import Actor, Database

__all__ = [
    "Occupancy",
    "ProjectOccupancy",
    "occupancy_pdf",
    "occupancy_rows",
    "rooms_by_status_chart",
]

TEXTS = {
    "zh_CN": {
        "title": "入住率汇总",
        "portfolio": "全部项目",
        "summary": "{scope}：共 {rooms} 间房，已售 {sold} 间（{sold_rate}），"
        "已入住或出租 {occupied} 间（入住率 {occupied_rate}）；车位 {spaces} 个。",
        "as_of": "数据截至 {day}",
        "rooms_status": "房间按状态",
        "rooms_use": "房间按用途",
        "spaces_status": "车位按状态",
        "chart": "房间状态分布",
        "status": "状态",
        "use": "用途",
        "count": "数量",
        "share": "占比",
        "total": "合计",
        "project": "项目",
        "rooms": "房间",
        "spaces": "车位",
        "occupied_rate": "入住率",
        "per_project_status": "各项目房间状态",
        "per_project_use": "各项目房间用途",
        "per_project_spaces": "各项目车位状态",
        "no_rooms": "没有房间。",
        "no_spaces": "没有车位。",
    },
    "en": {
        "title": "Occupancy summary",
        "portfolio": "All projects",
        "summary": "{scope}: {rooms} rooms, {sold} sold ({sold_rate}), {occupied} occupied "
        "or rented (occupancy {occupied_rate}); {spaces} parking spaces.",
        "as_of": "As of {day}",
        "rooms_status": "Rooms by status",
        "rooms_use": "Rooms by use",
        "spaces_status": "Parking spaces by status",
        "chart": "Rooms by status",
        "status": "Status",
        "use": "Use",
        "count": "Count",
        "share": "Share",
        "total": "Total",
        "project": "Project",
        "rooms": "Rooms",
        "spaces": "Spaces",
        "occupied_rate": "Occupancy",
        "per_project_status": "Room status by project",
        "per_project_use": "Room use by project",
        "per_project_spaces": "Parking spaces by project",
        "no_rooms": "No rooms.",
        "no_spaces": "No parking spaces.",
    },
}

OCCUPIED = (RoomStatus.OCCUPIED, RoomStatus.RENTED)


def _sum(counts: Iterable[Mapping]) -> dict:
    out: dict = defaultdict(int)
    for c in counts:
        for key, n in c.items():
            out[key] += n
    return dict(out)


@dataclass(frozen=True)
class ProjectOccupancy:
    """One project's counts; statuses and uses with no room are left out."""

    project_id: int
    project: str
    rooms_by_status: dict[RoomStatus, int] = field(default_factory=dict)
    rooms_by_use: dict[RoomUse, int] = field(default_factory=dict)
    spaces_by_status: dict[SpaceStatus, int] = field(default_factory=dict)

    @property
    def rooms(self) -> int:
        return sum(self.rooms_by_status.values())

    @property
    def spaces(self) -> int:
        return sum(self.spaces_by_status.values())

    @property
    def sold(self) -> int:
        return self.rooms - self.rooms_by_status.get(RoomStatus.UNSOLD, 0)

    @property
    def occupied(self) -> int:
        return sum(self.rooms_by_status.get(s, 0) for s in OCCUPIED)


@dataclass(frozen=True)
class Occupancy:
    scope: str  # "翠湖花园" or "全部项目" (the report's language)
    project_id: int | None  # None: the whole portfolio
    projects: list[ProjectOccupancy]  # by name
    as_of: date

    @property
    def total(self) -> ProjectOccupancy:
        """Every project together."""
        return ProjectOccupancy(
            self.project_id or 0,
            self.scope,
            _sum(p.rooms_by_status for p in self.projects),
            _sum(p.rooms_by_use for p in self.projects),
            _sum(p.spaces_by_status for p in self.projects),
        )

    def rows(self) -> list[tuple[str, str, str, int]]:
        """Plain rows (project, "room_status" | "room_use" | "space_status", value, count)
        for the command line and tests."""
        out = []
        for p in self.projects:
            for kind, counts in (
                ("room_status", p.rooms_by_status),
                ("room_use", p.rooms_by_use),
                ("space_status", p.spaces_by_status),
            ):
                out += [(p.project, kind, str(k), n) for k, n in counts.items()]
        return out


def occupancy_rows(
    db: Database, *, project_id: int | None = None, lang: str = "zh_CN"
) -> Occupancy:
    """The counts of one project, or of every project when ``project_id`` is None."""
    t = base.texts(TEXTS, lang)
    with db.connect() as conn:
        names_stmt = select(Project.id, Project.name).order_by(Project.name, Project.id)
        if project_id is not None:
            names_stmt = names_stmt.where(Project.id == project_id)
        names = conn.execute(names_stmt).all()
        if project_id is not None and not names:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The project to print no longer exists. Refresh the view and choose it again.",
                )
            )
        status: dict[int, dict] = defaultdict(dict)
        use: dict[int, dict] = defaultdict(dict)
        spaces: dict[int, dict] = defaultdict(dict)
        in_use = [Room.retired_at.is_(None)]
        if project_id is not None:
            in_use.append(Room.project_id == project_id)
        for pid, value, n in conn.execute(
            select(Room.project_id, Room.status, func.count())
            .where(*in_use)
            .group_by(Room.project_id, Room.status)
        ):
            status[pid][RoomStatus(value)] = n
        for pid, value, n in conn.execute(
            select(Room.project_id, Room.use, func.count())
            .where(*in_use)
            .group_by(Room.project_id, Room.use)
        ):
            use[pid][RoomUse(value)] = n
        space_stmt = (
            select(CarPark.project_id, ParkingSpace.status, func.count())
            .join(CarPark, CarPark.id == ParkingSpace.car_park_id)
            .group_by(CarPark.project_id, ParkingSpace.status)
        )
        if project_id is not None:
            space_stmt = space_stmt.where(CarPark.project_id == project_id)
        for pid, value, n in conn.execute(space_stmt):
            spaces[pid][SpaceStatus(value)] = n

    def ordered(counts: dict, kind: type[StrEnum]) -> dict:
        return {m: counts[m] for m in kind if counts.get(m)}

    projects = [
        ProjectOccupancy(
            pid,
            name,
            ordered(status[pid], RoomStatus),
            ordered(use[pid], RoomUse),
            ordered(spaces[pid], SpaceStatus),
        )
        for pid, name in names
    ]
    scope = names[0][1] if project_id is not None else t["portfolio"]
    return Occupancy(scope, project_id, projects, clock.today())


# --- formatting ----------------------------------------------------------------------------
def fmt_percent(part: int, whole: int) -> str:
    """12 of 40 → "30.0%"; "–" of nothing."""
    if not whole:
        return "–"
    return f"{100 * part / whole:.1f}%"


def rooms_by_status_chart(
    counts: Mapping[RoomStatus, int], lang: str, *, width: float, title: str = ""
) -> Drawing:
    """A horizontal bar chart of rooms by status, every label in the embedded CJK font
    (reportlab's charts default to Helvetica, which would not be embedded)."""
    font = base.register_fonts()
    members = [m for m in RoomStatus if counts.get(m)] or [RoomStatus.UNSOLD]
    # reportlab draws the first category at the bottom: reverse so the list reads down.
    members.reverse()
    values = [counts.get(m, 0) for m in members]
    bar_h = 7 * mm
    title_h = 8 * mm if title else 0
    chart_h = bar_h * len(members)
    height = chart_h + 10 * mm + title_h
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer starts with Helvetica
    label_w = 24 * mm
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 7 * mm
    chart.width = width - label_w - 16 * mm
    chart.height = chart_h
    chart.data = [values]
    chart.bars[0].fillColor = base.ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.6
    chart.groupSpacing = bar_h * 0.4
    chart.valueAxis.valueMin = 0
    top = max(values) or 1
    step = _nice_step(top)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (-(-top // step))
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = base.RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = base.GRID
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.categoryAxis.categoryNames = [base.enum_text(m, lang) for m in members]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = base.RULE
    chart.categoryAxis.tickLeft = 0
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = "%d"
    drawing.add(chart)
    if title:
        drawing.add(
            String(0, height - 5 * mm, title, fontName=font, fontSize=9, fillColor=base.INK)
        )
    return drawing


def _nice_step(top: int) -> int:
    """An axis step giving at most about six gridlines: 1, 2, 5, 10, 20, 50 …"""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if top / (step * factor) <= 6:
                return step * factor
        step *= 10


def _count_table(
    counts: Mapping, lang: str, t: dict[str, str], first: str, width: float, empty: str
):
    total = sum(counts.values())
    body = [[base.enum_text(k, lang), n, fmt_percent(n, total)] for k, n in counts.items()]
    if body:
        body.append([base.bold(t["total"], base.styles().cell), total, fmt_percent(total, total)])
    return base.table(
        [first, t["count"], t["share"]],
        body,
        [0.5, 0.25, 0.25],
        numeric=(1, 2),
        width=width,
        empty=empty,
    )


def _matrix(
    projects: Sequence[ProjectOccupancy],
    attr: str,
    kind: type[StrEnum],
    lang: str,
    t: dict[str, str],
    total_label: str,
    width: float,
    extra: bool = False,
):
    """Projects down, the statuses (or uses) that occur across: "count" over "share"."""
    data = [getattr(p, attr) for p in projects]
    members = [m for m in kind if any(d.get(m) for d in data)]
    if not members:
        return None
    headers = [t["project"], total_label, *(base.enum_text(m, lang) for m in members)]
    if extra:
        headers.append(t["occupied_rate"])
    body = []
    for p, d in zip(projects, data, strict=True):
        whole = sum(d.values())
        line = [p.project, whole]
        for m in members:
            n = d.get(m, 0)
            line.append(f"{n}\n{fmt_percent(n, whole)}" if n else "–")
        if extra:
            line.append(fmt_percent(p.occupied, p.rooms))
        body.append(line)
    n_cols = len(headers)
    first = 0.2 if n_cols > 6 else 0.3
    rest = (1 - first) / (n_cols - 1)
    tbl = base.table(
        headers, body, [first] + [rest] * (n_cols - 1), numeric=range(1, n_cols), width=width
    )
    return tbl


def occupancy_pdf(
    db: Database,
    actor: Actor,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    project_id: int | None = None,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """Write the occupancy summary of a project, or of the portfolio (``project_id``
    None) with a row per project; returns the pages."""
    t = base.texts(TEXTS, lang)
    data = occupancy_rows(db, project_id=project_id, lang=lang)
    total = data.total
    setup = base.PORTRAIT
    width = base.content_width(setup)
    st = base.styles()
    story: list = [
        base.HeaderNote(data.scope),
        base.para(
            t["summary"].format(
                scope=data.scope,
                rooms=total.rooms,
                sold=total.sold,
                sold_rate=fmt_percent(total.sold, total.rooms),
                occupied=total.occupied,
                occupied_rate=fmt_percent(total.occupied, total.rooms),
                spaces=total.spaces,
            ),
            st.body,
        ),
        base.para(t["as_of"].format(day=base.fmt_date(data.as_of)), st.muted),
        base.heading(t["rooms_status"]),
    ]
    half = (width - 8 * mm) / 2
    status_table = _count_table(total.rooms_by_status, lang, t, t["status"], half, t["no_rooms"])
    if total.rooms:
        chart = rooms_by_status_chart(total.rooms_by_status, lang, width=half)
        side = Table([[status_table, chart]], colWidths=[half + 8 * mm, half], hAlign="LEFT")
        side.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), base.FONT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 8 * mm),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(side)
    else:
        story.append(status_table)
    story += [
        base.heading(t["rooms_use"]),
        _count_table(total.rooms_by_use, lang, t, t["use"], half, t["no_rooms"]),
        base.heading(t["spaces_status"]),
        _count_table(total.spaces_by_status, lang, t, t["status"], half, t["no_spaces"]),
    ]
    if project_id is None and data.projects:
        for title, attr, kind, label, extra in (
            ("per_project_status", "rooms_by_status", RoomStatus, t["rooms"], True),
            ("per_project_use", "rooms_by_use", RoomUse, t["rooms"], False),
            ("per_project_spaces", "spaces_by_status", SpaceStatus, t["spaces"], False),
        ):
            tbl = _matrix(data.projects, attr, kind, lang, t, label, width, extra)
            if tbl is not None:
                story += [base.heading(t[title]), tbl]
    story.append(Spacer(1, 2))
    info = base.ReportInfo(
        title=t["title"],
        office=office or base.default_office(data.scope if project_id else None, lang),
        printed_by=actor.display_name,
        lang=lang,
        setup=setup,
        subject=data.scope,
    )
    return base.build_pdf(path_or_file, story, info)
