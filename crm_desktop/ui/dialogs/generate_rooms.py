"""Generating rooms in an existing building (all or nothing)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import queries
from crm_desktop.services import resources as r
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import BaseDialog
from crm_desktop.ui.dialogs.room_generation import RoomGenerationWidget
from crm_desktop.ui.forms.ui_generate_rooms_dialog import Ui_GenerateRoomsDialog


class GenerateRoomsDialog(BaseDialog):
    """Add generated rooms to an existing building (all or nothing)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, building_id: int) -> None:
        super().__init__(parent, ctx, Ui_GenerateRoomsDialog)
        self.building_id = building_id
        self.set_title(self.tr("Generate rooms"))
        self.load(
            queries.load_record, ctx.db, NodeKind.BUILDING, building_id, then=self._building_loaded
        )
        self.track_changes()
        self.adjustSize()

    @property
    def generation(self) -> RoomGenerationWidget:
        return self.ui.generation

    def _building_loaded(self, record: queries.Record) -> None:
        f = record.fields
        self.ui.buildingLabel.setText(
            self.tr("New rooms for building {name} (number {code}).").format(
                name=f.name or f.code, code=f.code
            )
        )
        # Units are left for the clerk: the building's existing units already have rooms.
        if f.floors:
            self.generation.ui.lastFloorSpin.setValue(f.floors)
        self.generation.set_building_code(f.code)

    def save_call(self):
        return r.generate_rooms, (self.building_id, self.generation.checked_plan())

    def change_for(self, result: list[int]) -> Change:
        return Change(
            NodeKind.ROOM, ids=tuple(result), parent=(NodeKind.BUILDING, self.building_id)
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        return self.generation.field_widget(name)
