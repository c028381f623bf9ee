"""The handover sheet (收楼确认单) of one room: what the owners signed when they took
possession: the room, its buyers (the sale the handover follows), the handover date
and who handled it, the keys by kind and count, the meter readings with their units,
the inspection checklist (ok or defect, with the rectification where done), notes and
signature lines for the owner, the handler and the property office.

Printed only for a completed handover: an appointment has nothing to confirm yet.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import func, select

from crm_desktop.db.models import Building, Project, Room
from crm_desktop.domain.enums import RoomUse
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.reports import base
from crm_desktop.services import handover as _handover
from crm_desktop.services import sales as _sales
from crm_desktop.services.database import Actor, Database

__all__ = ["HandoverSheet", "handover_sheet", "handover_sheet_pdf"]

TEXTS = {
    "zh_CN": {
        "title": "收楼确认单",
        "room_section": "房屋及业主",
        "project": "项目",
        "building": "楼栋",
        "room": "房号",
        "use": "用途",
        "gross_area": "建筑面积",
        "inner_area": "套内面积",
        "owners": "业主（份额）",
        "contract": "购房合同号",
        "signed": "签约日期",
        "handover_section": "收楼信息",
        "appointment": "预约日期",
        "handover_date": "收楼日期",
        "handled_by": "经办人",
        "keys": "钥匙交接",
        "key_kind": "钥匙类型",
        "key_count": "数量",
        "key_total": "共 {count} 把（张）",
        "readings": "水电气表读数",
        "meter": "表计",
        "reading": "读数",
        "unit": "单位",
        "no_readings": "未记录表计读数。",
        "checklist": "验收项目",
        "no": "序号",
        "item": "项目",
        "result": "结果",
        "defect": "缺陷描述",
        "rectified": "整改情况",
        "ok": "合格",
        "has_defect": "有缺陷",
        "rectified_on": "{date} 已整改（{by}）",
        "open": "待整改",
        "no_items": "未记录验收项目。",
        "defects_summary": "共 {items} 项，合格 {ok} 项，缺陷 {defects} 项"
        "（其中待整改 {open} 项）。",
        "notes": "备注",
        "confirm": "业主确认：已收到上述钥匙，表计读数属实，验收中发现的缺陷已如实记录，"
        "由物业服务中心跟进整改。",
        "owner_signature": "业主签字",
        "handler_signature": "经办人签字",
        "office_signature": "物业服务中心（盖章）",
        "area": "{area} m²",
    },
    "en": {
        "title": "Handover sheet",
        "room_section": "Room and owners",
        "project": "Project",
        "building": "Building",
        "room": "Room",
        "use": "Use",
        "gross_area": "Gross area",
        "inner_area": "Inner area",
        "owners": "Owners (share)",
        "contract": "Sale contract",
        "signed": "Signed on",
        "handover_section": "Handover",
        "appointment": "Appointment",
        "handover_date": "Handed over",
        "handled_by": "Handled by",
        "keys": "Keys handed over",
        "key_kind": "Kind",
        "key_count": "Count",
        "key_total": "{count} in total",
        "readings": "Meter readings",
        "meter": "Meter",
        "reading": "Reading",
        "unit": "Unit",
        "no_readings": "No meter readings recorded.",
        "checklist": "Inspection checklist",
        "no": "No.",
        "item": "Item",
        "result": "Result",
        "defect": "Defect",
        "rectified": "Rectification",
        "ok": "OK",
        "has_defect": "Defect",
        "rectified_on": "Rectified on {date} ({by})",
        "open": "Open",
        "no_items": "No inspection items recorded.",
        "defects_summary": "{items} items: {ok} ok, defects: {defects} ({open} still open).",
        "notes": "Notes",
        "confirm": "The owner confirms receiving the keys above and the meter readings; the "
        "defects found are recorded and will be followed up by the property office.",
        "owner_signature": "Owner",
        "handler_signature": "Handled by",
        "office_signature": "Property office (seal)",
        "area": "{area} m²",
    },
}


@dataclass(frozen=True)
class HandoverSheet:
    room_id: int
    project: str
    building: str
    room_code: str
    use: RoomUse
    gross_area: Decimal | None
    inner_area: Decimal | None
    sale: _sales.SaleRow | None  # the sale the handover follows
    record: _handover.HandoverRecord  # completed

    @property
    def label(self) -> str:
        return f"{self.project} {self.room_code}"


def handover_sheet(db: Database, room_id: int) -> HandoverSheet:
    """The completed handover of a room with what the sheet prints about the room.

    Raises ValidationError when the room is only scheduled or not handed over."""
    with db.connect() as conn:
        room = conn.execute(
            select(
                Project.name,
                func.coalesce(Building.name, Building.code),
                Room.code,
                Room.use,
                Room.gross_area,
                Room.inner_area,
            )
            .join(Building, Building.id == Room.building_id)
            .join(Project, Project.id == Room.project_id)
            .where(Room.id == room_id)
        ).first()
    if room is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors", "The room no longer exists. Refresh the view and choose it again."
            )
        )
    project, building, code, use, gross, inner = room
    record = _handover.handover_of(db, room_id)
    if record is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Room {code} has not been handed over yet, so there is no handover sheet to "
                "print. Record the handover first.",
            ),
            field="room",
            code=code,
        )
    if not record.completed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The handover of room {code} is only scheduled for {date}. Print the handover "
                "sheet once the handover has been recorded.",
            ),
            field="room",
            code=code,
            date=base.fmt_date(record.appointment_date),
        )
    sale = next((s for s in _sales.sales_of(db, room_id=room_id) if s.id == record.sale_id), None)
    return HandoverSheet(room_id, project, building, code, RoomUse(use), gross, inner, sale, record)


def handover_sheet_pdf(
    db: Database,
    actor: Actor,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    room_id: int,
    office: str | None = None,
    lang: str = "zh_CN",
) -> int:
    """Write the handover sheet of a handed-over room (A4 portrait); returns the pages."""
    t = base.texts(TEXTS, lang)
    sheet = handover_sheet(db, room_id)
    rec = sheet.record
    st = base.styles()
    width = base.content_width()
    sep = "、" if lang == "zh_CN" else ", "
    buyers = sheet.sale.buyers if sheet.sale else []
    owners = sep.join(
        f"{name} {base.fmt_share(share)}" if len(buyers) > 1 else name for _, name, share in buyers
    )

    def area(value: Decimal | None) -> str:
        return t["area"].format(area=base.fmt_area(value)) if value is not None else ""

    story: list = [
        base.HeaderNote(sheet.label),
        base.heading(t["room_section"]),
        base.fields_grid(
            [
                (t["project"], sheet.project),
                (t["building"], sheet.building),
                (t["room"], sheet.room_code),
                (t["use"], base.enum_text(sheet.use, lang)),
                (t["gross_area"], area(sheet.gross_area)),
                (t["inner_area"], area(sheet.inner_area)),
                (t["contract"], sheet.sale.contract_number if sheet.sale else ""),
                (t["signed"], base.fmt_date(sheet.sale.signing_date) if sheet.sale else ""),
                (t["owners"], owners),
            ],
            label_width=24 * mm,
            wide=(t["owners"],),
        ),
        base.heading(t["handover_section"]),
        base.fields_grid(
            [
                (t["handover_date"], base.fmt_date(rec.handover_date)),
                (t["handled_by"], rec.handled_by),
                *(
                    [(t["appointment"], base.fmt_date(rec.appointment_date))]
                    if rec.appointment_date
                    else []
                ),
            ],
            label_width=24 * mm,
        ),
    ]
    gap = 6 * mm
    half = (width - gap) / 2
    keys = base.table(
        [t["key_kind"], t["key_count"]],
        [[k.kind, k.count] for k in rec.keys],
        [0.7, 0.3],
        numeric=(1,),
        width=half,
        empty=base.texts({}, lang)["none"],
    )
    readings = base.table(
        [t["meter"], t["reading"], t["unit"]],
        [[base.enum_text(r.meter, lang), f"{r.reading:,.2f}", r.unit] for r in rec.readings],
        [0.45, 0.33, 0.22],
        numeric=(1,),
        width=half,
        empty=t["no_readings"],
    )
    story += [
        Spacer(1, 2 * mm),
        _side_by_side(
            [base.heading(t["keys"]), keys], [base.heading(t["readings"]), readings], half, gap
        ),
        base.heading(t["checklist"]),
    ]
    defects = [i for i in rec.items if not i.ok]
    story.append(
        base.para(
            t["defects_summary"].format(
                items=len(rec.items),
                ok=len(rec.items) - len(defects),
                defects=len(defects),
                open=len(rec.open_defects),
            ),
            st.small,
        )
    )
    story.append(Spacer(1, 2))
    item_rows = []
    for n, item in enumerate(rec.items, start=1):
        if item.ok:
            result, rectified = t["ok"], ""
        else:
            result = base.bold(t["has_defect"], st.cell)
            rectified = (
                t["rectified_on"].format(
                    date=base.fmt_date(item.rectified_on), by=item.rectified_by
                )
                if item.rectified_on
                else t["open"]
            )
        item_rows.append([n, item.name, result, item.defect, rectified])
    story.append(
        base.table(
            [t["no"], t["item"], t["result"], t["defect"], t["rectified"]],
            item_rows,
            [0.06, 0.17, 0.1, 0.37, 0.3],
            numeric=(0,),
            width=width,
            empty=t["no_items"],
        )
    )
    if rec.notes:
        story += [base.heading(t["notes"]), base.para(rec.notes, st.body)]
    story += [
        Spacer(1, 5 * mm),
        base.para(t["confirm"], st.body),
        _signatures(
            lang,
            [t["owner_signature"], t["handler_signature"], t["office_signature"]],
            width,
        ),
    ]
    info = base.ReportInfo(
        title=t["title"],
        office=office or base.default_office(sheet.project, lang),
        printed_by=actor.display_name,
        lang=lang,
        subject=sheet.label,
    )
    return base.build_pdf(path_or_file, story, info)


def _side_by_side(left: list, right: list, half: float, gap: float) -> Flowable:
    """Two short blocks next to each other (keys beside meter readings)."""
    tbl = Table([[left, right]], colWidths=[half + gap, half], hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), base.FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), gap),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return tbl


def _signatures(lang: str, labels: list[str], width: float) -> Flowable:
    """A signature and a date line under each signer, in aligned columns, kept on one
    page (base.signature_lines has one row only)."""
    st = base.styles()
    colon = "：" if lang == "zh_CN" else ":"
    day = base.texts({}, lang)["date"]
    column = width / len(labels)
    gap = 6 * mm
    data: list[list] = [[], []]
    widths: list[float] = []
    lines: list[tuple] = []
    for i, label in enumerate(labels):
        label_w = max(
            pdfmetrics.stringWidth(text + colon, base.FONT, 9.5) + 3 for text in (label, day)
        )
        data[0] += [base.para(label + colon, st.body), ""]
        data[1] += [base.para(day + colon, st.body), ""]
        widths += [label_w, column - label_w]
        lines.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 1), 0.7, base.INK))
        lines.append(("RIGHTPADDING", (2 * i + 1, 0), (2 * i + 1, 1), gap))
    tbl = Table(data, colWidths=widths, rowHeights=[12 * mm, 10 * mm], hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), base.FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *lines,
            ]
        )
    )
    return KeepTogether([Spacer(1, 3 * mm), tbl])
