"""A range of parking spaces in one go: B1-001 … B1-120, with a live preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.enums import NodeKind, SpaceKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import queries
from crm_desktop.services import resources as r
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import (
    BaseDialog,
    area_validator,
    combo_value,
    fill_enum_combo,
    set_error_style,
)
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.forms.ui_space_range_dialog import Ui_SpaceRangeDialog


class SpaceRangeDialog(BaseDialog):
    FIELDS = {
        "prefix": "prefixEdit",
        "first": "firstSpin",
        "last": "lastSpin",
        "width": "widthSpin",
        "kind": "kindCombo",
        "area": "areaEdit",
        "number": "prefixEdit",
    }

    def __init__(self, parent: QWidget | None, ctx: AppContext, car_park_id: int) -> None:
        super().__init__(parent, ctx, Ui_SpaceRangeDialog)
        self.car_park_id = car_park_id
        self.set_title(self.tr("Generate parking spaces"))
        ui = self.ui
        fill_enum_combo(ui.kindCombo, SpaceKind)
        ui.areaEdit.setValidator(area_validator(self))
        for signal in (
            ui.prefixEdit.textChanged,
            ui.firstSpin.valueChanged,
            ui.lastSpin.valueChanged,
            ui.widthSpin.valueChanged,
        ):
            signal.connect(self.update_preview)
        self.update_preview()
        self.load(
            queries.load_record, ctx.db, NodeKind.CAR_PARK, car_park_id, then=self._park_loaded
        )
        self.track_changes()
        self.adjustSize()

    def _park_loaded(self, record: queries.Record) -> None:
        self.ui.carParkLabel.setText(
            self.tr("New parking spaces in {name}.").format(name=record.fields.name)
        )

    def space_range(self) -> r.SpaceRange:
        ui = self.ui
        return r.SpaceRange(
            prefix=ui.prefixEdit.text().strip(),
            first=ui.firstSpin.value(),
            last=ui.lastSpin.value(),
            width=ui.widthSpin.value(),
            kind=combo_value(ui.kindCombo, SpaceKind),
            area=ui.areaEdit.text().strip() or None,
        )

    def update_preview(self, *_args: Any) -> None:
        label = self.ui.previewLabel
        try:
            numbers = r.space_numbers(self.space_range())
        except ValidationError as exc:
            label.setText(error_text(exc))
            set_error_style(label, True)
            return
        if len(numbers) == 1:
            text = self.tr("1 space: {first}").format(first=numbers[0])
        else:
            text = self.tr("{count} spaces: {first} … {last}").format(
                count=len(numbers), first=numbers[0], last=numbers[-1]
            )
        label.setText(text)
        set_error_style(label, False)

    def preview_text(self) -> str:
        return self.ui.previewLabel.text()

    def save_call(self):
        space_range = self.space_range()
        r.space_numbers(space_range)  # the range's own errors, before the round trip
        return r.generate_parking_spaces, (self.car_park_id, space_range)

    def change_for(self, result: list[int]) -> Change:
        return Change(
            NodeKind.PARKING_SPACE, ids=tuple(result), parent=(NodeKind.CAR_PARK, self.car_park_id)
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        attr = self.FIELDS.get(name or "")
        return getattr(self.ui, attr) if attr else None
