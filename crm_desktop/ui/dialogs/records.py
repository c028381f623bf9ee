"""Add and edit dialogs for the six kinds of property base data.

One class per kind on a shared ``RecordDialog``: it loads the record (edit
mode) on the database thread, keeps its version and sends it back with the
edited ``*Fields``, so a stale save is refused by the service, not applied.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from crm_desktop.domain.enums import (
    NodeKind,
    ProjectKind,
    RoomStatus,
    RoomUse,
    SpaceKind,
    SpaceStatus,
)
from crm_desktop.services import queries
from crm_desktop.services import resources as r
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import (
    BaseDialog,
    area_text,
    area_validator,
    combo_value,
    fill_enum_combo,
    set_combo_value,
)
from crm_desktop.ui.forms.ui_building_dialog import Ui_BuildingDialog
from crm_desktop.ui.forms.ui_car_park_dialog import Ui_CarParkDialog
from crm_desktop.ui.forms.ui_parking_space_dialog import Ui_ParkingSpaceDialog
from crm_desktop.ui.forms.ui_project_dialog import Ui_ProjectDialog
from crm_desktop.ui.forms.ui_region_dialog import Ui_RegionDialog
from crm_desktop.ui.forms.ui_room_dialog import Ui_RoomDialog


class RecordDialog(BaseDialog):
    """Add (``record_id`` None, under ``parent_id``) or edit one record."""

    kind: NodeKind
    form_class: type
    parent_kind: NodeKind | None = None
    parent_attr: str | None = None  # the *Fields attribute holding the parent's id
    create_fn: Any
    update_fn: Any
    # service field name -> attribute of self.ui
    widgets_by_field: dict[str, str] = {}

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        *,
        record_id: int | None = None,
        parent_id: int | None = None,
    ) -> None:
        super().__init__(parent, ctx, self.form_class)
        self.record_id = record_id
        self.parent_id = parent_id
        self.version: int | None = None
        self.setup_widgets()
        if record_id is None:
            self.set_title(self.title_new())
            self.prepare_new()
        else:
            self.set_title(self.title_edit())
            self.load(self.load_for_edit, ctx.db, record_id, then=self._fill_record)
        self.track_changes()
        self.adjustSize()

    # -- per kind --------------------------------------------------------------------------
    def title_new(self) -> str:
        raise NotImplementedError

    def title_edit(self) -> str:
        raise NotImplementedError

    def setup_widgets(self) -> None:
        """Validators, combos, defaults."""

    def prepare_new(self) -> None:
        """Defaults of a new record (may start a load)."""

    def fill(self, fields: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def load_for_edit(self, db, record_id: int) -> Any:
        """Runs on the database thread: what ``fill_loaded`` needs."""
        return queries.load_record(db, self.kind, record_id)

    # -- shared ----------------------------------------------------------------------------
    def _fill_record(self, record: queries.Record) -> None:
        self.version = record.version
        if self.parent_attr:
            self.parent_id = getattr(record.fields, self.parent_attr)
        self.fill(record.fields)

    def save_call(self):
        fields = self.collect()
        if self.record_id is None:
            return type(self).create_fn, (fields,)
        return type(self).update_fn, (self.record_id, self.version, fields)

    def change_for(self, result: Any) -> Change:
        record_id = result if self.record_id is None else self.record_id
        parent = (self.parent_kind, self.parent_id) if self.parent_kind else None
        return Change(self.kind, ids=(record_id,), parent=parent)

    def field_widget(self, name: str | None) -> QWidget | None:
        attr = self.widgets_by_field.get(name or "")
        return getattr(self.ui, attr) if attr else None


def _text(widget) -> str:
    return widget.text().strip()


def _notes(widget) -> str:
    return widget.toPlainText().strip()


# --- regions, projects, car parks ---------------------------------------------------------
class RegionDialog(RecordDialog):
    kind = NodeKind.REGION
    form_class = Ui_RegionDialog
    create_fn = staticmethod(r.create_region)
    update_fn = staticmethod(r.update_region)
    widgets_by_field = {"name": "nameEdit", "code": "codeEdit", "notes": "notesEdit"}

    def title_new(self) -> str:
        return self.tr("New region")

    def title_edit(self) -> str:
        return self.tr("Edit region")

    def fill(self, f: r.RegionFields) -> None:
        self.ui.nameEdit.setText(f.name)
        self.ui.codeEdit.setText(f.code or "")
        self.ui.notesEdit.setPlainText(f.notes or "")

    def collect(self) -> r.RegionFields:
        ui = self.ui
        return r.RegionFields(_text(ui.nameEdit), _text(ui.codeEdit) or None, _notes(ui.notesEdit))


class ProjectDialog(RecordDialog):
    kind = NodeKind.PROJECT
    form_class = Ui_ProjectDialog
    parent_kind = NodeKind.REGION
    parent_attr = "region_id"
    create_fn = staticmethod(r.create_project)
    update_fn = staticmethod(r.update_project)
    widgets_by_field = {
        "name": "nameEdit",
        "code": "codeEdit",
        "kind": "kindCombo",
        "address": "addressEdit",
        "notes": "notesEdit",
    }

    def title_new(self) -> str:
        return self.tr("New project")

    def title_edit(self) -> str:
        return self.tr("Edit project")

    def setup_widgets(self) -> None:
        fill_enum_combo(self.ui.kindCombo, ProjectKind)

    def fill(self, f: r.ProjectFields) -> None:
        self.ui.nameEdit.setText(f.name)
        self.ui.codeEdit.setText(f.code or "")
        set_combo_value(self.ui.kindCombo, f.kind)
        self.ui.addressEdit.setText(f.address or "")
        self.ui.notesEdit.setPlainText(f.notes or "")

    def collect(self) -> r.ProjectFields:
        ui = self.ui
        return r.ProjectFields(
            region_id=self.parent_id,
            name=_text(ui.nameEdit),
            code=_text(ui.codeEdit) or None,
            kind=combo_value(ui.kindCombo, ProjectKind),
            address=_text(ui.addressEdit),
            notes=_notes(ui.notesEdit),
        )


class CarParkDialog(RecordDialog):
    kind = NodeKind.CAR_PARK
    form_class = Ui_CarParkDialog
    parent_kind = NodeKind.PROJECT
    parent_attr = "project_id"
    create_fn = staticmethod(r.create_car_park)
    update_fn = staticmethod(r.update_car_park)
    widgets_by_field = {"name": "nameEdit", "code": "codeEdit", "notes": "notesEdit"}

    def title_new(self) -> str:
        return self.tr("New car park")

    def title_edit(self) -> str:
        return self.tr("Edit car park")

    def fill(self, f: r.CarParkFields) -> None:
        self.ui.nameEdit.setText(f.name)
        self.ui.codeEdit.setText(f.code or "")
        self.ui.notesEdit.setPlainText(f.notes or "")

    def collect(self) -> r.CarParkFields:
        ui = self.ui
        return r.CarParkFields(
            self.parent_id, _text(ui.nameEdit), _text(ui.codeEdit) or None, _notes(ui.notesEdit)
        )


# --- buildings ----------------------------------------------------------------------------
class BuildingDialog(RecordDialog):
    """A building; a new one can get its rooms generated in the same transaction."""

    kind = NodeKind.BUILDING
    form_class = Ui_BuildingDialog
    parent_kind = NodeKind.PROJECT
    parent_attr = "project_id"
    create_fn = staticmethod(r.create_building)
    update_fn = staticmethod(r.update_building)
    widgets_by_field = {
        "code": "codeEdit",
        "name": "nameEdit",
        "floors": "floorsSpin",
        "units": "unitsSpin",
        "notes": "notesEdit",
    }

    _planned_rooms = 0

    def title_new(self) -> str:
        return self.tr("New building")

    def title_edit(self) -> str:
        return self.tr("Edit building")

    def setup_widgets(self) -> None:
        ui = self.ui
        ui.codeEdit.textChanged.connect(ui.generation.set_building_code)
        ui.generateBox.setChecked(self.record_id is None)
        ui.generateBox.setVisible(self.record_id is None)

    def fill(self, f: r.BuildingFields) -> None:
        ui = self.ui
        ui.codeEdit.setText(f.code)
        ui.nameEdit.setText(f.name if f.name != f.code else "")
        ui.floorsSpin.setValue(f.floors or 0)
        ui.unitsSpin.setValue(f.units or 0)
        ui.notesEdit.setPlainText(f.notes or "")

    def collect(self) -> r.BuildingFields:
        ui = self.ui
        return r.BuildingFields(
            project_id=self.parent_id,
            code=_text(ui.codeEdit),
            name=_text(ui.nameEdit),
            floors=ui.floorsSpin.value() or None,
            units=ui.unitsSpin.value() or None,
            notes=_notes(ui.notesEdit),
        )

    @property
    def generates_rooms(self) -> bool:
        return self.record_id is None and self.ui.generateBox.isChecked()

    def save_call(self):
        if not self.generates_rooms:
            return super().save_call()
        fields = self.collect()
        if not fields.code:
            # Say so before the plan's own checks, which all depend on the number.
            return r.create_building, (fields, None)
        plan = self.ui.generation.checked_plan()  # raises ValidationError, shown inline
        self._planned_rooms = self.ui.generation.room_count()
        return r.create_building, (fields, plan)

    def field_widget(self, name: str | None) -> QWidget | None:
        own = super().field_widget(name)
        if own is not None:
            return own
        if self.generates_rooms:
            return self.ui.generation.field_widget(name)
        return None

    def change_for(self, result: Any) -> Change:
        change = super().change_for(result)
        if self._planned_rooms:
            extra = {"rooms": self._planned_rooms}
            return Change(change.kind, change.ids, change.parent, extra=extra)
        return change


# --- rooms --------------------------------------------------------------------------------
class RoomDialog(RecordDialog):
    """One room; its code follows building-unit-number unless the clerk types another."""

    kind = NodeKind.ROOM
    form_class = Ui_RoomDialog
    parent_kind = NodeKind.BUILDING
    parent_attr = "building_id"
    create_fn = staticmethod(r.create_room)
    update_fn = staticmethod(r.update_room)
    widgets_by_field = {
        "unit": "unitEdit",
        "floor": "floorSpin",
        "number": "numberEdit",
        "code": "codeEdit",
        "use": "useCombo",
        "gross_area": "grossAreaEdit",
        "inner_area": "innerAreaEdit",
        "status": "statusCombo",
        "notes": "notesEdit",
    }

    building_code = ""

    def title_new(self) -> str:
        return self.tr("New room")

    def title_edit(self) -> str:
        return self.tr("Edit room")

    def setup_widgets(self) -> None:
        ui = self.ui
        fill_enum_combo(ui.useCombo, RoomUse)
        fill_enum_combo(ui.statusCombo, RoomStatus)
        ui.grossAreaEdit.setValidator(area_validator(self))
        ui.innerAreaEdit.setValidator(area_validator(self))
        ui.unitEdit.textChanged.connect(self._update_code_hint)
        ui.numberEdit.textChanged.connect(self._update_code_hint)

    def prepare_new(self) -> None:
        db = self.ctx.db
        self.load(queries.load_record, db, NodeKind.BUILDING, self.parent_id, then=self._loaded)

    def _loaded(self, record: queries.Record) -> None:
        self.building_code = record.fields.code
        self._update_code_hint()

    def load_for_edit(self, db, record_id: int):
        room = queries.load_record(db, NodeKind.ROOM, record_id)
        building = queries.load_record(db, NodeKind.BUILDING, room.fields.building_id)
        return room, building

    def _fill_record(self, loaded) -> None:
        room, building = loaded
        self.building_code = building.fields.code
        super()._fill_record(room)

    def _derived_code(self) -> str:
        return r.room_code(self.building_code, _text(self.ui.unitEdit), _text(self.ui.numberEdit))

    def _update_code_hint(self) -> None:
        self.ui.codeEdit.setPlaceholderText(
            self.tr("Automatic: {code}").format(code=self._derived_code())
        )

    def fill(self, f: r.RoomFields) -> None:
        ui = self.ui
        ui.unitEdit.setText(f.unit or "")
        ui.floorSpin.setValue(f.floor)
        ui.numberEdit.setText(f.number)
        # A code that follows the pattern stays automatic, so renumbering updates it.
        ui.codeEdit.setText(
            "" if f.code == r.room_code(self.building_code, f.unit, f.number) else f.code
        )
        set_combo_value(ui.useCombo, f.use)
        ui.grossAreaEdit.setText(area_text(f.gross_area))
        ui.innerAreaEdit.setText(area_text(f.inner_area))
        set_combo_value(ui.statusCombo, f.status)
        ui.notesEdit.setPlainText(f.notes or "")

    def collect(self) -> r.RoomFields:
        ui = self.ui
        return r.RoomFields(
            building_id=self.parent_id,
            unit=_text(ui.unitEdit),
            floor=ui.floorSpin.value(),
            number=_text(ui.numberEdit),
            code=_text(ui.codeEdit),
            use=combo_value(ui.useCombo, RoomUse),
            gross_area=_text(ui.grossAreaEdit) or None,
            inner_area=_text(ui.innerAreaEdit) or None,
            status=combo_value(ui.statusCombo, RoomStatus),
            notes=_notes(ui.notesEdit),
        )


# --- parking spaces -----------------------------------------------------------------------
class ParkingSpaceDialog(RecordDialog):
    kind = NodeKind.PARKING_SPACE
    form_class = Ui_ParkingSpaceDialog
    parent_kind = NodeKind.CAR_PARK
    parent_attr = "car_park_id"
    create_fn = staticmethod(r.create_parking_space)
    update_fn = staticmethod(r.update_parking_space)
    widgets_by_field = {
        "number": "numberEdit",
        "kind": "kindCombo",
        "status": "statusCombo",
        "area": "areaEdit",
        "notes": "notesEdit",
    }

    def title_new(self) -> str:
        return self.tr("New parking space")

    def title_edit(self) -> str:
        return self.tr("Edit parking space")

    def setup_widgets(self) -> None:
        fill_enum_combo(self.ui.kindCombo, SpaceKind)
        fill_enum_combo(self.ui.statusCombo, SpaceStatus)
        self.ui.areaEdit.setValidator(area_validator(self))

    def fill(self, f: r.ParkingSpaceFields) -> None:
        ui = self.ui
        ui.numberEdit.setText(f.number)
        set_combo_value(ui.kindCombo, f.kind)
        set_combo_value(ui.statusCombo, f.status)
        ui.areaEdit.setText(area_text(f.area))
        ui.notesEdit.setPlainText(f.notes or "")

    def collect(self) -> r.ParkingSpaceFields:
        ui = self.ui
        return r.ParkingSpaceFields(
            car_park_id=self.parent_id,
            number=_text(ui.numberEdit),
            kind=combo_value(ui.kindCombo, SpaceKind),
            status=combo_value(ui.statusCombo, SpaceStatus),
            area=_text(ui.areaEdit) or None,
            notes=_notes(ui.notesEdit),
        )


DIALOGS: dict[NodeKind, type[RecordDialog]] = {
    NodeKind.REGION: RegionDialog,
    NodeKind.PROJECT: ProjectDialog,
    NodeKind.BUILDING: BuildingDialog,
    NodeKind.ROOM: RoomDialog,
    NodeKind.CAR_PARK: CarParkDialog,
    NodeKind.PARKING_SPACE: ParkingSpaceDialog,
}
