"""The base-data dialogs, driven as a clerk would: type, press OK, read the result."""

from __future__ import annotations

import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from crm_desktop.domain.enums import NodeKind, RoomUse
from crm_desktop.services import queries
from crm_desktop.services import resources as r
from crm_desktop.ui.app_context import Change
from crm_desktop.ui.dialogs import (
    base,
    generate_rooms_dialog,
    generate_spaces_dialog,
    merge_rooms_dialog,
    record_dialog,
    split_room_dialog,
)
from tests.factories import portfolio


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    monkeypatch.setattr(base, "confirm_discard", lambda parent: True)


def opened(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.open()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.is_ready or bool(dlg.error_message()), timeout=5000)
    return dlg


def save(qtbot, dlg) -> Change:
    """Press OK and wait for the dialog to announce its change and close."""
    with qtbot.waitSignal(dlg.ctx.dataChanged, timeout=10000) as changed:
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert dlg.result() == dlg.DialogCode.Accepted
    return changed.args[0]


def press_ok_expect_error(qtbot, dlg) -> str:
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.is_saving and bool(dlg.error_message()), timeout=10000)
    assert dlg.isVisible()
    assert dlg.ok_button.isEnabled()
    return dlg.error_message()


def type_in(qtbot, widget, text):
    """Type as a clerk does: Latin keys one by one, Chinese through the input method."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def child(dlg, cls, name):
    widget = dlg.findChild(cls, name)
    assert widget is not None, name
    assert widget.accessibleName() or cls is QLabel, f"{name} has no accessible name"
    return widget


def room_codes(db, building_id):
    kind, ids = queries.table_ids(db, NodeKind.BUILDING, building_id)
    rows = queries.table_rows(db, kind, ids)
    return [rows[i]["code"] for i in ids]


# --- regions and projects ---------------------------------------------------------------
def test_add_region_then_project(qtbot, ctx, db):
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.REGION))
    assert dlg.ok_button.isDefault()
    type_in(qtbot, child(dlg, QLineEdit, "nameEdit"), "华南区")
    qtbot.keyClicks(child(dlg, QLineEdit, "codeEdit"), "HN")
    assert dlg.isWindowModified()
    change = save(qtbot, dlg)
    [region] = queries.root_nodes(db)
    assert region.label == "华南区"
    assert change == Change(NodeKind.REGION, ids=(region.id,), parent=None)

    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.PROJECT, parent_id=region.id))
    type_in(qtbot, child(dlg, QLineEdit, "nameEdit"), "翠湖花园")
    kind = child(dlg, QComboBox, "kindCombo")
    assert kind.itemText(0) == "Residential estate"
    kind.setCurrentIndex(kind.findData("mixed"))
    type_in(qtbot, child(dlg, QLineEdit, "addressEdit"), "深圳市南山区翠湖路88号")
    change = save(qtbot, dlg)
    [project] = queries.child_nodes(db, NodeKind.REGION, region.id)
    assert project.label == "翠湖花园"
    assert change == Change(
        NodeKind.PROJECT, ids=(project.id,), parent=(NodeKind.REGION, region.id)
    )
    record = queries.load_record(db, NodeKind.PROJECT, project.id)
    assert record.fields.kind == "mixed"
    assert record.fields.address == "深圳市南山区翠湖路88号"


def test_required_name_is_reported_inline(qtbot, ctx, db):
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.REGION))
    qtbot.keyClicks(child(dlg, QLineEdit, "codeEdit"), "HN")
    message = press_ok_expect_error(qtbot, dlg)
    assert "Name is required" in message
    assert dlg.focusWidget() is dlg.ui.nameEdit
    assert dlg.ui.codeEdit.text() == "HN"
    assert queries.root_nodes(db) == []


def test_edit_region_keeps_version(qtbot, ctx, db, actor):
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.REGION, record_id=region))
    assert dlg.ui.nameEdit.text() == "华南区"
    assert not dlg.isWindowModified()
    dlg.ui.nameEdit.setText("华南片区")
    change = save(qtbot, dlg)
    assert change.ids == (region,)
    assert queries.load_record(db, NodeKind.REGION, region).fields.name == "华南片区"


# --- buildings and room generation ------------------------------------------------------
def test_add_building_generates_240_rooms(qtbot, ctx, db, actor):
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    project = r.create_project(db, actor, r.ProjectFields(region, "翠湖花园"))
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.BUILDING, parent_id=project))
    assert dlg.ui.generateBox.isChecked()
    qtbot.keyClicks(child(dlg, QLineEdit, "codeEdit"), "3")
    type_in(qtbot, dlg.ui.nameEdit, "3栋")
    gen = dlg.ui.generation
    units = child(gen, QLineEdit, "unitsEdit")
    units.clear()
    qtbot.keyClicks(units, "2")
    gen.ui.firstFloorSpin.setValue(1)
    gen.ui.lastFloorSpin.setValue(30)
    gen.ui.roomsPerFloorSpin.setValue(4)
    gen.set_values(areas=[("89.5", "72.1"), ("120", "98.6"), ("120", "98.6"), ("89.5", "72.1")])
    assert gen.preview_text() == "240 rooms: 3-1-101 … 3-2-3004"
    assert gen.ui.areasTable.rowCount() == 4

    change = save(qtbot, dlg)
    [building] = [n for n in queries.child_nodes(db, NodeKind.PROJECT, project)]
    assert building.label == "3栋"
    codes = room_codes(db, building.id)
    assert len(codes) == 240
    assert codes[0] == "3-1-101" and codes[-1] == "3-2-3004"
    assert change.kind == NodeKind.BUILDING and change.ids == (building.id,)
    assert change.parent == (NodeKind.PROJECT, project)
    record = queries.load_record(db, NodeKind.BUILDING, building.id)
    assert (record.fields.floors, record.fields.units) == (30, 2)
    _, ids = queries.table_ids(db, NodeKind.BUILDING, building.id)
    first = queries.table_rows(db, NodeKind.ROOM, ids[:2])
    assert first[ids[0]]["gross_area"] == Decimal("89.50")
    assert first[ids[1]]["inner_area"] == Decimal("98.60")


def test_generation_preview_shows_errors_and_skips_floors(qtbot, ctx, db, actor):
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    project = r.create_project(db, actor, r.ProjectFields(region, "翠湖花园"))
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.BUILDING, parent_id=project))
    dlg.ui.codeEdit.setText("8")
    gen = dlg.ui.generation
    gen.set_values(units="1", floors=(1, 15), skip="4, 13, 14", rooms_per_floor=2)
    assert gen.preview_text() == "24 rooms: 8-1-101 … 8-1-1502"
    gen.ui.skipFloorsEdit.setText("4, x")
    assert "Skipped floors must be numbers" in gen.preview_text()
    assert "c62828" in gen.ui.previewLabel.styleSheet()
    message = press_ok_expect_error(qtbot, dlg)
    assert "Skipped floors must be numbers" in message
    assert dlg.focusWidget() is gen.ui.skipFloorsEdit
    assert queries.child_nodes(db, NodeKind.PROJECT, project) == []


def test_generate_rooms_in_existing_building(qtbot, ctx, db, actor):
    data = portfolio(db, actor, units=("1",), floors=(1, 2), rooms_per_floor=2)
    dlg = opened(qtbot, generate_rooms_dialog(None, ctx, data["building"]))
    dlg.generation.set_values(units="2", floors=(1, 2), rooms_per_floor=2)
    assert dlg.generation.preview_text() == "8 rooms: 3-1-101 … 3-2-202"
    # unit 1 already exists: the service refuses all of it and says why
    message = press_ok_expect_error(qtbot, dlg)
    assert "already exist" in message
    assert len(room_codes(db, data["building"])) == 4
    dlg.generation.set_values(units="2,3")
    change = save(qtbot, dlg)
    assert len(room_codes(db, data["building"])) == 12
    assert len(change.ids) == 8 and change.parent == (NodeKind.BUILDING, data["building"])


# --- rooms ------------------------------------------------------------------------------
def test_add_room_duplicate_code_keeps_the_dialog_open(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.ROOM, parent_id=data["building"]))
    qtbot.keyClicks(child(dlg, QLineEdit, "unitEdit"), "1")
    dlg.ui.floorSpin.setValue(1)
    qtbot.keyClicks(child(dlg, QLineEdit, "numberEdit"), "101")
    assert dlg.ui.codeEdit.placeholderText() == "Automatic: 3-1-101"
    qtbot.keyClicks(child(dlg, QLineEdit, "grossAreaEdit"), "89.5")
    qtbot.keyClicks(dlg.ui.innerAreaEdit, "72.1")
    dlg.ui.notesEdit.setPlainText("样板间")
    message = press_ok_expect_error(qtbot, dlg)
    assert "“3-1-101” is already used by another room" in message
    assert dlg.ui.errorLabel.objectName() == "errorLabel" and dlg.ui.errorLabel.wordWrap()
    typed = (
        dlg.ui.unitEdit.text(),
        dlg.ui.floorSpin.value(),
        dlg.ui.numberEdit.text(),
        dlg.ui.grossAreaEdit.text(),
        dlg.ui.innerAreaEdit.text(),
        dlg.ui.notesEdit.toPlainText(),
    )
    assert typed == ("1", 1, "101", "89.5", "72.1", "样板间")
    assert dlg.focusWidget() is dlg.ui.codeEdit

    # the clerk corrects the number and saves
    dlg.ui.numberEdit.setText("701")
    dlg.ui.floorSpin.setValue(7)
    change = save(qtbot, dlg)
    assert change.parent == (NodeKind.BUILDING, data["building"])
    room = queries.load_record(db, NodeKind.ROOM, change.ids[0]).fields
    assert (room.code, room.gross_area, room.notes) == ("3-1-701", Decimal("89.50"), "样板间")


def test_area_field_rejects_letters_and_three_decimals(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.ROOM, parent_id=data["building"]))
    qtbot.keyClicks(dlg.ui.grossAreaEdit, "8x9.555")
    assert dlg.ui.grossAreaEdit.text() == "89.55"


def test_stale_room_edit_is_refused_and_keeps_values(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    _, ids = queries.table_ids(db, NodeKind.BUILDING, data["building"])
    room_id = ids[0]
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.ROOM, record_id=room_id))
    assert dlg.ui.numberEdit.text() == "101"
    assert dlg.ui.codeEdit.text() == ""  # follows the pattern: automatic
    assert dlg.ui.grossAreaEdit.text() == "89.50"

    # another clerk saves the same room meanwhile
    other = queries.load_record(db, NodeKind.ROOM, room_id)
    other.fields.notes = "另一位前台改过"
    r.update_room(db, actor, room_id, other.version, other.fields)

    dlg.ui.grossAreaEdit.setText("90.20")
    dlg.ui.useCombo.setCurrentIndex(dlg.ui.useCombo.findData("office"))
    message = press_ok_expect_error(qtbot, dlg)
    assert "Someone else changed this record" in message
    assert dlg.ui.grossAreaEdit.text() == "90.20"
    assert dlg.ui.useCombo.currentData() == "office"
    fields = queries.load_record(db, NodeKind.ROOM, room_id).fields
    assert fields.gross_area == Decimal("89.50") and fields.notes == "另一位前台改过"


def test_cancel_with_changes_asks_first(qtbot, ctx, monkeypatch):
    asked = []
    monkeypatch.setattr(base, "confirm_discard", lambda parent: asked.append(parent) or False)
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.REGION))
    dlg.reject()  # nothing typed: closes without asking
    assert not dlg.isVisible() and asked == []
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.REGION))
    type_in(qtbot, dlg.ui.nameEdit, "华东区")
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked == [dlg] and dlg.isVisible()
    assert dlg.ui.nameEdit.text() == "华东区"


# --- split and merge --------------------------------------------------------------------
def _room(db, building_id, code):
    kind, ids = queries.table_ids(db, NodeKind.BUILDING, building_id)
    rows = queries.table_rows(db, kind, ids)
    return next(i for i in ids if rows[i]["code"] == code)


def test_split_room_in_two(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    room_id = _room(db, data["building"], "3-1-501")
    dlg = opened(qtbot, split_room_dialog(None, ctx, room_id))
    table = dlg.ui.partsTable
    assert table.rowCount() == 2
    assert [table.item(row, 0).text() for row in range(2)] == ["501A", "501B"]
    assert [table.item(row, 1).text() for row in range(2)] == ["44.75", "44.75"]
    assert dlg.sum_text().startswith("Parts: 89.50 of 89.50 m²")
    assert not dlg.sum_exceeds()
    change = save(qtbot, dlg)
    codes = room_codes(db, data["building"])
    assert "3-1-501" not in codes and {"3-1-501A", "3-1-501B"} <= set(codes)
    assert change.retired == (room_id,) and len(change.ids) == 2
    assert queries.record_detail(db, NodeKind.ROOM, change.ids[0]).came_from == ["3-1-501"]


def test_split_larger_than_room_is_refused(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    room_id = _room(db, data["building"], "3-1-502")
    dlg = opened(qtbot, split_room_dialog(None, ctx, room_id))
    table = dlg.ui.partsTable
    qtbot.mouseClick(dlg.ui.addPartButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 3 and table.item(2, 0).text() == "502C"
    assert [table.item(row, 1).text() for row in range(3)] == ["29.83", "29.83", "29.84"]
    table.item(0, 1).setText("40")
    assert dlg.sum_exceeds()
    assert dlg.sum_text().startswith("Parts: 99.67 of 89.50 m²")
    assert "c62828" in dlg.ui.sumLabel.styleSheet()
    before = room_codes(db, data["building"])
    message = press_ok_expect_error(qtbot, dlg)
    assert "adds up to 99.67 m², more than the 89.50 m² of room 3-1-502" in message
    assert room_codes(db, data["building"]) == before
    assert table.item(0, 1).text() == "40"


def test_merge_two_rooms(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    a = _room(db, data["building"], "3-2-601")
    b = _room(db, data["building"], "3-2-602")
    dlg = opened(qtbot, merge_rooms_dialog(None, ctx, [a, b]))
    assert dlg.ui.roomsTable.rowCount() == 2
    assert dlg.ui.numberEdit.text() == "601"
    assert dlg.ui.grossAreaEdit.text() == "179.00"
    dlg.ui.grossAreaEdit.setText("180")
    message = press_ok_expect_error(qtbot, dlg)
    assert "more than the 179.00 m²" in message
    assert dlg.focusWidget() is dlg.ui.grossAreaEdit
    dlg.ui.grossAreaEdit.setText("176.5")
    dlg.ui.useCombo.setCurrentIndex(dlg.ui.useCombo.findData("office"))
    change = save(qtbot, dlg)
    assert set(change.retired) == {a, b}
    merged = queries.load_record(db, NodeKind.ROOM, change.ids[0]).fields
    assert (merged.code, merged.gross_area, merged.use) == (
        "3-2-601",
        Decimal("176.50"),
        RoomUse.OFFICE,
    )


# --- parking spaces ---------------------------------------------------------------------
def test_generate_parking_space_range(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    dlg = opened(qtbot, generate_spaces_dialog(None, ctx, data["car_park"]))
    qtbot.keyClicks(child(dlg, QLineEdit, "prefixEdit"), "B2-")
    dlg.ui.firstSpin.setValue(1)
    dlg.ui.lastSpin.setValue(120)
    qtbot.keyClicks(dlg.ui.areaEdit, "12.5")
    assert dlg.ui.previewLabel.text() == "120 spaces: B2-001 … B2-120"
    change = save(qtbot, dlg)
    assert len(change.ids) == 120 and change.parent == (NodeKind.CAR_PARK, data["car_park"])
    kind, ids = queries.table_ids(db, NodeKind.CAR_PARK, data["car_park"])
    assert len(ids) == 140
    rows = queries.table_rows(db, kind, change.ids[:1])
    assert rows[change.ids[0]]["number"] == "B2-001"
    assert rows[change.ids[0]]["area"] == Decimal("12.50")


def test_space_range_overlap_is_refused(qtbot, ctx, db, actor):
    data = portfolio(db, actor)
    dlg = opened(qtbot, generate_spaces_dialog(None, ctx, data["car_park"]))
    dlg.ui.prefixEdit.setText("B1-")
    dlg.ui.lastSpin.setValue(30)
    message = press_ok_expect_error(qtbot, dlg)
    assert "20 of these spaces already exist" in message
    assert dlg.focusWidget() is dlg.ui.firstSpin


# --- every dialog, as a picture ---------------------------------------------------------
def test_render_dialogs(qtbot, ctx, db, actor, tmp_path):
    """Renders each dialog filled with realistic data (set CRM_SHOTS=/tmp/shots to keep them)."""
    shots = Path(os.environ.get("CRM_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    data = portfolio(db, actor)
    room = _room(db, data["building"], "3-1-101")

    def shot(name, dlg):
        path = shots / f"{name}.png"
        assert dlg.grab().save(str(path))
        assert path.stat().st_size > 0

    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.REGION, record_id=data["region"]))
    dlg.ui.codeEdit.setText("HN")
    dlg.ui.notesEdit.setPlainText("含深圳、广州两地项目")
    shot("region", dlg)

    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.PROJECT, record_id=data["project"]))
    dlg.ui.codeEdit.setText("CHHY")
    dlg.ui.addressEdit.setText("深圳市南山区翠湖路88号")
    shot("project", dlg)

    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.BUILDING, parent_id=data["project"]))
    dlg.ui.codeEdit.setText("5")
    dlg.ui.nameEdit.setText("5栋")
    dlg.ui.generation.set_values(
        units="2",
        floors=(1, 30),
        skip="4, 13, 14",
        rooms_per_floor=4,
        areas=[("89.50", "72.10"), ("120.00", "98.60"), ("120.00", "98.60"), ("89.50", "72.10")],
    )
    shot("building_new", dlg)

    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.ROOM, parent_id=data["building"]))
    dlg.ui.unitEdit.setText("1")
    dlg.ui.floorSpin.setValue(15)
    dlg.ui.numberEdit.setText("101")
    dlg.ui.floorSpin.setValue(1)
    dlg.ui.grossAreaEdit.setText("89.50")
    dlg.ui.innerAreaEdit.setText("72.10")
    dlg.show_error(
        r.ValidationError(
            "“{value}” is already used by another {what} here. Choose a different {label}.",
            field="code",
            value="3-1-101",
            what="room",
            label="room code",
        )
    )
    shot("room_error", dlg)

    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.CAR_PARK, record_id=data["car_park"]))
    shot("car_park", dlg)

    space = data["spaces"][0]
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.PARKING_SPACE, record_id=space))
    dlg.ui.areaEdit.setText("12.50")
    shot("parking_space", dlg)

    dlg = opened(qtbot, generate_rooms_dialog(None, ctx, data["building"]))
    dlg.generation.set_values(units="3", floors=(1, 6), rooms_per_floor=4)
    shot("generate_rooms", dlg)

    dlg = opened(qtbot, generate_spaces_dialog(None, ctx, data["car_park"]))
    dlg.ui.prefixEdit.setText("B2-")
    dlg.ui.lastSpin.setValue(120)
    shot("generate_spaces", dlg)

    dlg = opened(qtbot, split_room_dialog(None, ctx, room))
    dlg.ui.partsTable.item(0, 1).setText("50.00")
    shot("split_room", dlg)

    a = _room(db, data["building"], "3-1-102")
    b = _room(db, data["building"], "3-1-103")
    dlg = opened(qtbot, merge_rooms_dialog(None, ctx, [a, b]))
    shot("merge_rooms", dlg)


def test_ok_is_disabled_while_saving(qtbot, ctx, db, monkeypatch):
    from crm_desktop.ui.dialogs.records import RegionDialog

    release = threading.Event()

    def slow_create(db_, actor_, fields):
        release.wait(10)
        return r.create_region(db_, actor_, fields)

    monkeypatch.setattr(RegionDialog, "create_fn", staticmethod(slow_create))
    dlg = opened(qtbot, record_dialog(None, ctx, NodeKind.REGION))
    type_in(qtbot, dlg.ui.nameEdit, "华北区")
    with qtbot.waitSignal(ctx.dataChanged, timeout=10000):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        assert dlg.is_saving and not dlg.ok_button.isEnabled()
        dlg.reject()  # Escape while saving: the save decides, nothing is dropped
        assert dlg.isVisible()
        release.set()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert [n.label for n in queries.root_nodes(db)] == ["华北区"]
