"""Add/edit dialogs for the property base data (the main window's entry points).

Each function returns an unshown dialog; the caller opens it (``dlg.open()``).
A dialog saves through ``ctx.run`` on the database thread, announces the write
with ``ctx.notify(Change(...))`` and closes; a refused save keeps it open with
everything the clerk typed and the reason under the fields.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.domain.enums import NodeKind
from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.dialogs.generate_rooms import GenerateRoomsDialog
from crm_desktop.ui.dialogs.records import DIALOGS, RecordDialog
from crm_desktop.ui.dialogs.room_generation import RoomGenerationWidget
from crm_desktop.ui.dialogs.spaces import SpaceRangeDialog
from crm_desktop.ui.dialogs.split_merge import MergeRoomsDialog, SplitRoomDialog

__all__ = [
    "GenerateRoomsDialog",
    "MergeRoomsDialog",
    "RecordDialog",
    "RoomGenerationWidget",
    "SpaceRangeDialog",
    "SplitRoomDialog",
    "generate_rooms_dialog",
    "generate_spaces_dialog",
    "merge_rooms_dialog",
    "record_dialog",
    "split_room_dialog",
]


def record_dialog(
    parent: QWidget | None,
    ctx: AppContext,
    kind: NodeKind,
    *,
    record_id: int | None = None,
    parent_id: int | None = None,
) -> QDialog:
    """Add (``record_id`` None) or edit a region, project, building, room, car park or space.

    ``parent_id``: the region of a new project, the project of a new building or
    car park, the building of a new room, the car park of a new space (None for
    a region). A new building's dialog can generate its rooms.
    """
    return DIALOGS[NodeKind(kind)](parent, ctx, record_id=record_id, parent_id=parent_id)


def generate_rooms_dialog(parent: QWidget | None, ctx: AppContext, building_id: int) -> QDialog:
    """Generate rooms (units × floors × rooms per floor) in an existing building."""
    return GenerateRoomsDialog(parent, ctx, building_id)


def generate_spaces_dialog(parent: QWidget | None, ctx: AppContext, car_park_id: int) -> QDialog:
    """Create a numbered range of parking spaces in a car park."""
    return SpaceRangeDialog(parent, ctx, car_park_id)


def split_room_dialog(parent: QWidget | None, ctx: AppContext, room_id: int) -> QDialog:
    """Split a room into two or more new rooms (the original is retired)."""
    return SplitRoomDialog(parent, ctx, room_id)


def merge_rooms_dialog(parent: QWidget | None, ctx: AppContext, room_ids: list[int]) -> QDialog:
    """Merge rooms of one building into one new room (the originals are retired)."""
    return MergeRoomsDialog(parent, ctx, room_ids)
