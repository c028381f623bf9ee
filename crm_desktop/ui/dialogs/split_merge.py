"""Splitting a room into parts and merging rooms into one.

The originals are retired by the service, never deleted; the dialogs only
prepare the new rooms. Area checks are the service's (the parts may not add
up to more than the original); the dialogs show the running sums so the clerk
sees a problem before pressing OK.
"""

from __future__ import annotations

import string
from decimal import ROUND_DOWN, Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.domain.enums import NodeKind, RoomUse
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import queries
from crm_desktop.services import resources as r
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import (
    AreaDelegate,
    BaseDialog,
    EnumDelegate,
    area_text,
    area_validator,
    combo_value,
    enum_label,
    fill_enum_combo,
    set_error_style,
)
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.forms.ui_merge_rooms_dialog import Ui_MergeRoomsDialog
from crm_desktop.ui.forms.ui_split_room_dialog import Ui_SplitRoomDialog

CENT = Decimal("0.01")
NUMBER, GROSS, INNER, USE = range(4)


def share_area(total: Decimal | None, parts: int) -> list[Decimal | None]:
    """``total`` in ``parts`` shares of whole cents adding up exactly (the last takes the rest)."""
    if total is None:
        return [None] * parts
    share = (total / parts).quantize(CENT, rounding=ROUND_DOWN)
    return [share] * (parts - 1) + [total - share * (parts - 1)]


def _sum_areas(texts: list[str], field: str) -> Decimal:
    return sum((a for a in (r.parse_area(t, field) for t in texts) if a is not None), Decimal(0))


class SplitRoomDialog(BaseDialog):
    """One room becomes two or more; numbers default to 1501A, 1501B … and halves."""

    COLUMN_FIELDS = {"number": NUMBER, "code": NUMBER, "gross_area": GROSS, "inner_area": INNER}

    def __init__(self, parent: QWidget | None, ctx: AppContext, room_id: int) -> None:
        super().__init__(parent, ctx, Ui_SplitRoomDialog)
        self.room_id = room_id
        self.room: queries.Record | None = None
        self._areas_edited = False
        self._filling = False
        self.set_title(self.tr("Split room"))
        table = self.ui.partsTable
        table.setItemDelegateForColumn(GROSS, AreaDelegate(table))
        table.setItemDelegateForColumn(INNER, AreaDelegate(table))
        table.setItemDelegateForColumn(USE, EnumDelegate(RoomUse, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._item_changed)
        self.ui.addPartButton.clicked.connect(self.add_part)
        self.ui.removePartButton.clicked.connect(self.remove_part)
        self.load(queries.load_record, ctx.db, NodeKind.ROOM, room_id, then=self._room_loaded)
        self.resize(600, 400)

    # -- the room and its parts ------------------------------------------------------------
    def _room_loaded(self, record: queries.Record) -> None:
        self.room = record
        f = record.fields
        self.ui.roomValue.setText(f.code)
        if f.inner_area is not None:
            areas = self.tr("{gross} m² gross floor area, {inner} m² inner area").format(
                gross=area_text(f.gross_area) or "—", inner=area_text(f.inner_area)
            )
        else:
            areas = self.tr("{gross} m² gross floor area").format(
                gross=area_text(f.gross_area) or "—"
            )
        self.ui.areaValue.setText(areas)
        self.set_title(self.tr("Split room {code}").format(code=f.code))
        for _ in range(2):
            self._append_row()
        self._share_areas()
        self.update_sum()

    def _append_row(self) -> None:
        f = self.room.fields
        table = self.ui.partsTable
        row = table.rowCount()
        self._filling = True
        table.insertRow(row)
        suffix = string.ascii_uppercase[row % 26]
        table.setItem(row, NUMBER, QTableWidgetItem(f"{f.number}{suffix}"))
        table.setItem(row, GROSS, QTableWidgetItem(""))
        table.setItem(row, INNER, QTableWidgetItem(""))
        use = QTableWidgetItem(enum_label(RoomUse(f.use)))
        use.setData(Qt.ItemDataRole.UserRole, RoomUse(f.use).value)
        table.setItem(row, USE, use)
        self._filling = False
        self.ui.removePartButton.setEnabled(table.rowCount() > 2)

    def _share_areas(self) -> None:
        """Share the room's areas evenly over the parts (until the clerk types areas)."""
        f = self.room.fields
        table = self.ui.partsTable
        rows = table.rowCount()
        self._filling = True
        for column, total in ((GROSS, f.gross_area), (INNER, f.inner_area)):
            for row, share in enumerate(share_area(total, rows)):
                table.item(row, column).setText(area_text(share))
        self._filling = False

    def add_part(self) -> None:
        if self.room is None:
            return
        self._append_row()
        if not self._areas_edited:
            self._share_areas()
        self.setWindowModified(True)
        self.update_sum()

    def remove_part(self) -> None:
        table = self.ui.partsTable
        if self.room is None or table.rowCount() <= 2:
            return
        row = table.currentRow()
        table.removeRow(row if row >= 0 else table.rowCount() - 1)
        if not self._areas_edited:
            self._share_areas()
        self.ui.removePartButton.setEnabled(table.rowCount() > 2)
        self.setWindowModified(True)
        self.update_sum()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() in (GROSS, INNER):
            self._areas_edited = True
        self.update_sum()

    def _column(self, column: int) -> list[str]:
        table = self.ui.partsTable
        return [
            (table.item(row, column).text() if table.item(row, column) else "").strip()
            for row in range(table.rowCount())
        ]

    def parts(self) -> list[r.RoomPart]:
        uses = [
            self.ui.partsTable.item(row, USE).data(Qt.ItemDataRole.UserRole)
            for row in range(self.ui.partsTable.rowCount())
        ]
        return [
            r.RoomPart(number=n, gross_area=g or None, inner_area=i or None, use=RoomUse(u))
            for n, g, i, u in zip(
                self._column(NUMBER), self._column(GROSS), self._column(INNER), uses, strict=True
            )
        ]

    # -- the running sum -------------------------------------------------------------------
    def sum_text(self) -> str:
        return self.ui.sumLabel.text()

    def sum_exceeds(self) -> bool:
        return self.ui.sumLabel.property("exceeds") is True

    def update_sum(self) -> None:
        label = self.ui.sumLabel
        if self.room is None:
            return
        f = self.room.fields
        try:
            gross = _sum_areas(self._column(GROSS), "gross_area")
            inner = _sum_areas(self._column(INNER), "inner_area")
        except ValidationError as exc:
            label.setText(error_text(exc))
            label.setProperty("exceeds", False)
            set_error_style(label, True)
            return
        exceeds = (f.gross_area is not None and gross > f.gross_area) or (
            f.inner_area is not None and inner > f.inner_area
        )
        if f.inner_area is not None:
            text = self.tr("Parts: {parts} of {total} m² (inner area: {inner} of {inner_total} m²)")
            text = text.format(
                parts=area_text(gross),
                total=area_text(f.gross_area) or "—",
                inner=area_text(inner),
                inner_total=area_text(f.inner_area),
            )
        else:
            text = self.tr("Parts: {parts} of {total} m²").format(
                parts=area_text(gross), total=area_text(f.gross_area) or "—"
            )
        if exceeds:
            text = self.tr("{sum} The parts are larger than the room.").format(sum=text)
        label.setText(text)
        label.setProperty("exceeds", exceeds)
        set_error_style(label, exceeds)

    # -- saving ----------------------------------------------------------------------------
    def save_call(self):
        return r.split_room, (self.room_id, self.room.version, self.parts())

    def change_for(self, result: list[int]) -> Change:
        return Change(
            NodeKind.ROOM,
            ids=tuple(result),
            parent=(NodeKind.BUILDING, self.room.fields.building_id),
            retired=(self.room_id,),
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        table = self.ui.partsTable
        column = self.COLUMN_FIELDS.get(name or "")
        if column is not None:
            row = table.currentRow() if table.currentRow() >= 0 else 0
            table.setCurrentCell(row, column)
            return table
        return table if name == "parts" else None


class MergeRoomsDialog(BaseDialog):
    """Rooms of one building become one; areas default to the sum and may not exceed it."""

    FIELDS = {
        "number": "numberEdit",
        "code": "numberEdit",
        "gross_area": "grossAreaEdit",
        "inner_area": "innerAreaEdit",
        "use": "useCombo",
    }

    def __init__(self, parent: QWidget | None, ctx: AppContext, room_ids: list[int]) -> None:
        super().__init__(parent, ctx, Ui_MergeRoomsDialog)
        self.room_ids = list(room_ids)
        self.rooms: list[queries.Record] = []
        self.set_title(self.tr("Merge rooms"))
        ui = self.ui
        fill_enum_combo(ui.useCombo, RoomUse)
        ui.grossAreaEdit.setValidator(area_validator(self))
        ui.innerAreaEdit.setValidator(area_validator(self))
        ui.roomsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.grossAreaEdit.textChanged.connect(self.update_total)
        ui.innerAreaEdit.textChanged.connect(self.update_total)
        self.load(self._load_rooms, ctx.db, self.room_ids, then=self._rooms_loaded)
        self.resize(560, 420)

    @staticmethod
    def _load_rooms(db, room_ids: list[int]) -> list[queries.Record]:
        return [queries.load_record(db, NodeKind.ROOM, rid) for rid in room_ids]

    def _rooms_loaded(self, rooms: list[queries.Record]) -> None:
        self.rooms = rooms
        ui = self.ui
        table = ui.roomsTable
        table.setRowCount(len(rooms))
        for row, rec in enumerate(rooms):
            f = rec.fields
            values = (f.code, area_text(f.gross_area), area_text(f.inner_area), enum_label(f.use))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (GROSS, INNER):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        first = rooms[0].fields if rooms else None
        if first is not None:
            ui.numberEdit.setText(first.number)
            ui.useCombo.setCurrentIndex(max(0, ui.useCombo.findData(RoomUse(first.use).value)))
        gross, inner = self.totals()
        ui.grossAreaEdit.setText(area_text(gross))
        ui.innerAreaEdit.setText(area_text(inner))
        codes = "、".join(rec.fields.code for rec in rooms)
        self.set_title(self.tr("Merge rooms {codes}").format(codes=codes))
        self.update_total()

    def totals(self) -> tuple[Decimal | None, Decimal | None]:
        def total(key: str) -> Decimal | None:
            values = [getattr(rec.fields, key) for rec in self.rooms]
            present = [v for v in values if v is not None]
            return sum(present, Decimal(0)) if present else None

        return total("gross_area"), total("inner_area")

    def update_total(self, *_args: Any) -> None:
        gross_total, _inner_total = self.totals()
        label = self.ui.totalLabel
        try:
            gross = r.parse_area(self.ui.grossAreaEdit.text(), "gross_area")
        except ValidationError:
            gross = None
        exceeds = gross is not None and gross_total is not None and gross > gross_total
        label.setText(
            self.tr(
                "The rooms merged have {total} m² gross floor area; the new room may not have more."
            ).format(total=area_text(gross_total) or "—")
        )
        set_error_style(label, exceeds)

    def save_call(self):
        ui = self.ui
        part = r.RoomPart(
            number=ui.numberEdit.text().strip(),
            gross_area=ui.grossAreaEdit.text().strip() or None,
            inner_area=ui.innerAreaEdit.text().strip() or None,
            use=combo_value(ui.useCombo, RoomUse),
        )
        return r.merge_rooms, ({rec.id: rec.version for rec in self.rooms}, part)

    def change_for(self, result: int) -> Change:
        building_id = self.rooms[0].fields.building_id
        return Change(
            NodeKind.ROOM,
            ids=(result,),
            parent=(NodeKind.BUILDING, building_id),
            retired=tuple(rec.id for rec in self.rooms),
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        attr = self.FIELDS.get(name or "")
        return getattr(self.ui, attr) if attr else None
