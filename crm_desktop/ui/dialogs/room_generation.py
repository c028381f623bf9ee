"""Bulk room generation: units × floors × rooms per floor, with a live preview.

``RoomGenerationWidget`` is the one section used by both the new-building
dialog (rooms created with the building, one transaction) and the
"Generate rooms" dialog of an existing building (``generate_rooms.py``); the
forms embed it as a promoted widget. Its preview runs the same
functions the service does (``plan_room_numbers``, ``room_code``,
``floor_range``), so what the clerk sees is what gets created.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from crm_desktop.domain.enums import RoomUse
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.services import resources as r
from crm_desktop.ui.dialogs.base import (
    AreaDelegate,
    combo_value,
    fill_enum_combo,
    set_error_style,
)
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.forms.ui_room_generation import Ui_RoomGenerationForm

MAX_UNITS = 50
_SPLIT = re.compile(r"[,\s，、;；]+")


def parse_units(text: str) -> list[str]:
    """'2' → ['1', '2']; '1,2' or 'A、B' → the names; '' → [] (a building without units)."""
    text = text.strip()
    if not text:
        return []
    if text.isdigit() and not _SPLIT.search(text):
        count = int(text)
        if not 0 < count <= MAX_UNITS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Enter from 1 to {limit} units, or their names separated by commas."
                ),
                field="units",
                limit=MAX_UNITS,
            )
        return [str(n) for n in range(1, count + 1)]
    units = [u for u in _SPLIT.split(text) if u]
    if len(set(units)) != len(units):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A unit is listed twice. Give each unit once, e.g. 1,2,3."),
            field="units",
        )
    return units


class RoomGenerationWidget(QWidget):
    """The room-generation section; ``changed`` fires on every edit of the plan."""

    changed = Signal()

    FIELDS = {
        "units": "unitsEdit",
        "unit": "unitsEdit",
        "floors": "firstFloorSpin",
        "floor": "firstFloorSpin",
        "skip_floors": "skipFloorsEdit",
        "rooms_per_floor": "roomsPerFloorSpin",
        "number_pattern": "patternEdit",
        "number": "patternEdit",
        "code": "patternEdit",
        "gross_area": "areasTable",
        "inner_area": "areasTable",
        "use": "useCombo",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RoomGenerationForm()
        self.ui.setupUi(self)
        self.building_code = ""
        self._count = 0
        ui = self.ui
        fill_enum_combo(ui.useCombo, RoomUse)
        table = ui.areasTable
        table.setItemDelegate(AreaDelegate(table))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._resize_table(ui.roomsPerFloorSpin.value())

        ui.roomsPerFloorSpin.valueChanged.connect(self._resize_table)
        for signal in (
            ui.unitsEdit.textChanged,
            ui.firstFloorSpin.valueChanged,
            ui.lastFloorSpin.valueChanged,
            ui.skipFloorsEdit.textChanged,
            ui.roomsPerFloorSpin.valueChanged,
            ui.patternEdit.textChanged,
            table.itemChanged,
        ):
            signal.connect(self.update_preview)
        self.update_preview()

    # -- inputs ----------------------------------------------------------------------------
    def set_building_code(self, code: str) -> None:
        self.building_code = code.strip()
        self.update_preview()

    def set_values(
        self,
        *,
        units: str | None = None,
        floors: tuple[int, int] | None = None,
        skip: str | None = None,
        rooms_per_floor: int | None = None,
        areas: list[tuple[str, str]] | None = None,
    ) -> None:
        """Fill the section in one go (used by callers and tests)."""
        ui = self.ui
        if units is not None:
            ui.unitsEdit.setText(units)
        if floors is not None:
            ui.firstFloorSpin.setValue(floors[0])
            ui.lastFloorSpin.setValue(floors[1])
        if skip is not None:
            ui.skipFloorsEdit.setText(skip)
        if rooms_per_floor is not None:
            ui.roomsPerFloorSpin.setValue(rooms_per_floor)
        for row, (gross, inner) in enumerate(areas or []):
            self._item(row, 0).setText(gross)
            self._item(row, 1).setText(inner)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        table = self.ui.areasTable
        item = table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            table.setItem(row, column, item)
        return item

    def _resize_table(self, rows: int) -> None:
        table = self.ui.areasTable
        table.setRowCount(rows)
        table.setVerticalHeaderLabels([self.tr("Room {n}").format(n=n) for n in range(1, rows + 1)])

    def areas(self) -> list[tuple[str, str]]:
        """(gross, inner) text per position on the floor; validated like the service does."""
        out = []
        for row in range(self.ui.areasTable.rowCount()):
            gross = self._cell(row, 0)
            inner = self._cell(row, 1)
            g = r.parse_area(gross, "gross_area")
            i = r.parse_area(inner, "inner_area")
            if g is not None and i is not None and i > g:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Inner area ({inner} m²) cannot be larger than gross floor area "
                        "({gross} m²). Check both figures against the sales plan.",
                    ),
                    field="inner_area",
                    inner=str(i),
                    gross=str(g),
                )
            out.append((gross, inner))
        return out

    def _cell(self, row: int, column: int) -> str:
        item = self.ui.areasTable.item(row, column)
        return item.text().strip() if item is not None else ""

    def plan(self) -> r.RoomPlan:
        """The plan as entered (raises ValidationError for input that makes no plan)."""
        ui = self.ui
        return r.RoomPlan(
            units=parse_units(ui.unitsEdit.text()),
            floors=r.floor_range(
                ui.firstFloorSpin.value(), ui.lastFloorSpin.value(), ui.skipFloorsEdit.text()
            ),
            rooms_per_floor=ui.roomsPerFloorSpin.value(),
            number_pattern=ui.patternEdit.text().strip(),
            use=combo_value(ui.useCombo, RoomUse),
            areas=self.areas(),
        )

    def checked_plan(self) -> r.RoomPlan:
        """The plan, checked with the service's own numbering rules."""
        plan = self.plan()
        r.plan_room_numbers(plan)
        return plan

    def room_count(self) -> int:
        return self._count

    def codes(self) -> list[str]:
        """Every room code the plan makes (raises ValidationError)."""
        return [
            r.room_code(self.building_code, unit, number)
            for unit, _floor, number, _pos in r.plan_room_numbers(self.plan())
        ]

    # -- preview ---------------------------------------------------------------------------
    def preview_text(self) -> str:
        return self.ui.previewLabel.text()

    def update_preview(self, *_args: Any) -> None:
        label = self.ui.previewLabel
        try:
            codes = self.codes()
        except ValidationError as exc:
            self._count = 0
            label.setText(error_text(exc))
            set_error_style(label, True)
        else:
            self._count = len(codes)
            if len(codes) == 1:
                text = self.tr("1 room: {first}").format(first=codes[0])
            else:
                text = self.tr("{count} rooms: {first} … {last}").format(
                    count=len(codes), first=codes[0], last=codes[-1]
                )
            label.setText(text)
            set_error_style(label, False)
        self.changed.emit()

    def field_widget(self, name: str | None) -> QWidget | None:
        attr = self.FIELDS.get(name or "")
        return getattr(self.ui, attr) if attr else None
