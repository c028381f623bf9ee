"""The detail pane: one record's fields, its place in the portfolio, lineage and history."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import (
    NodeKind,
    ProjectKind,
    RoomStatus,
    RoomUse,
    SpaceKind,
    SpaceStatus,
)
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import queries
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.table_model import format_value

log = logging.getLogger("crm_desktop.ui")

# Fields shown per kind, in order (keys of ``Detail.values``).
FIELDS: dict[NodeKind, tuple[str, ...]] = {
    NodeKind.REGION: ("name", "code", "notes"),
    NodeKind.PROJECT: ("name", "code", "kind", "address", "notes"),
    NodeKind.BUILDING: ("code", "name", "units", "floors", "notes"),
    NodeKind.ROOM: (
        "code",
        "unit",
        "floor",
        "number",
        "use",
        "gross_area",
        "inner_area",
        "status",
        "notes",
        "retired_at",
    ),
    NodeKind.CAR_PARK: ("name", "code", "notes"),
    NodeKind.PARKING_SPACE: ("number", "kind", "status", "area", "notes"),
}
COMMON_FIELDS = ("updated_at",)


def field_label(kind: NodeKind, key: str) -> str:
    """The translated label of a record field (literal strings, so lupdate finds them)."""
    if key == "name":
        return {
            NodeKind.REGION: QCoreApplication.translate("DetailPane", "Region name"),
            NodeKind.PROJECT: QCoreApplication.translate("DetailPane", "Project name"),
            NodeKind.BUILDING: QCoreApplication.translate("DetailPane", "Building name"),
            NodeKind.CAR_PARK: QCoreApplication.translate("DetailPane", "Car park name"),
        }.get(kind, QCoreApplication.translate("DetailPane", "Name"))
    if key == "code" and kind == NodeKind.BUILDING:
        return QCoreApplication.translate("DetailPane", "Building number")
    if key == "code" and kind == NodeKind.ROOM:
        return QCoreApplication.translate("DetailPane", "Room code")
    if key == "kind" and kind == NodeKind.PROJECT:
        return QCoreApplication.translate("DetailPane", "Type")
    labels = {
        "code": QCoreApplication.translate("DetailPane", "Code"),
        "kind": QCoreApplication.translate("DetailPane", "Kind"),
        "address": QCoreApplication.translate("DetailPane", "Address"),
        "notes": QCoreApplication.translate("DetailPane", "Notes"),
        "units": QCoreApplication.translate("DetailPane", "Units"),
        "floors": QCoreApplication.translate("DetailPane", "Floors"),
        "unit": QCoreApplication.translate("DetailPane", "Unit"),
        "floor": QCoreApplication.translate("DetailPane", "Floor"),
        "number": QCoreApplication.translate("DetailPane", "Number"),
        "use": QCoreApplication.translate("DetailPane", "Use"),
        "gross_area": QCoreApplication.translate("DetailPane", "Gross area (m²)"),
        "inner_area": QCoreApplication.translate("DetailPane", "Inner area (m²)"),
        "area": QCoreApplication.translate("DetailPane", "Area (m²)"),
        "status": QCoreApplication.translate("DetailPane", "Status"),
        "retired_at": QCoreApplication.translate("DetailPane", "Retired on"),
        "retired_reason": QCoreApplication.translate("DetailPane", "Retired because"),
        "updated_at": QCoreApplication.translate("DetailPane", "Last changed"),
        "created_at": QCoreApplication.translate("DetailPane", "Created"),
        "version": QCoreApplication.translate("DetailPane", "Version"),
        "name": QCoreApplication.translate("DetailPane", "Name"),
    }
    return labels.get(key, key)


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("DetailPane", "Created"),
        "update": QCoreApplication.translate("DetailPane", "Changed"),
        "retire": QCoreApplication.translate("DetailPane", "Retired"),
        "split": QCoreApplication.translate("DetailPane", "Split"),
        "merge": QCoreApplication.translate("DetailPane", "Merged"),
        "generate": QCoreApplication.translate("DetailPane", "Generated"),
        "delete": QCoreApplication.translate("DetailPane", "Deleted"),
    }.get(action, action)


def local_time(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def display(value: Any) -> str:
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, Enum | Decimal) or value is None:
        return format_value(value)
    return str(value)


class DetailPane(QWidget):
    """Shows ``queries.record_detail`` for the selected record."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Record details"))
        self._ctx = ctx
        self._current: tuple[NodeKind, int] | None = None
        self.detail: queries.Detail | None = None

        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._empty = QLabel(
            self.tr("Select a region, project, building, room or car park to see its details.")
        )
        self._empty.setObjectName("detailEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)
        self._stack.addWidget(self._empty)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        scroll.setWidget(page)
        self._stack.addWidget(scroll)
        v = QVBoxLayout(page)

        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.title_label.setAccessibleName(self.tr("Record title"))
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        v.addWidget(self.title_label)

        self.path_label = QLabel()
        self.path_label.setObjectName("detailPath")
        self.path_label.setAccessibleName(self.tr("Location"))
        self.path_label.setEnabled(False)
        v.addWidget(self.path_label)

        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._form.setContentsMargins(0, 6, 0, 6)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        self.lineage_label = QLabel()
        self.lineage_label.setObjectName("detailLineage")
        self.lineage_label.setAccessibleName(self.tr("Lineage"))
        self.lineage_label.setWordWrap(True)

        self._history_title = QLabel(self.tr("Recent changes"))
        bold = self._history_title.font()
        bold.setBold(True)
        self._history_title.setFont(bold)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("detailHistory")
        self.history.setAccessibleName(self.tr("Change history"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Old → new")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.history.setMinimumHeight(80)

        # Fields and lineage on the left, the change history on the right: the
        # pane sits under a wide table, so use the width rather than the height.
        left = QVBoxLayout()
        left.addWidget(self._form_host)
        left.addWidget(self.lineage_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._history_title)
        right.addWidget(self.history, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)
        v.addLayout(columns, 1)

        ctx.dataChanged.connect(self._on_data_changed)
        self.clear()

    # -- public --------------------------------------------------------------------------
    @property
    def current(self) -> tuple[NodeKind, int] | None:
        return self._current

    def clear(self, message: str | None = None) -> None:
        """Show the empty state (optionally with another message)."""
        self._current = None
        self.detail = None
        self._empty.setText(
            message
            or self.tr("Select a region, project, building, room or car park to see its details.")
        )
        self._stack.setCurrentIndex(0)

    def show_record(self, kind: NodeKind | None, record_id: int | None) -> None:
        """Show one record (None: the empty state)."""
        if kind is None or record_id is None:
            self.clear()
            return
        try:
            detail = queries.record_detail(self._ctx.db, kind, record_id)
        except CrmError as exc:
            self.clear(error_text(exc))
            return
        self._current = (kind, record_id)
        self.detail = detail
        self._fill(detail)
        self._stack.setCurrentIndex(1)

    # -- internals -----------------------------------------------------------------------
    def _fill(self, d: queries.Detail) -> None:
        self.title_label.setText(d.title)
        kind_text = QCoreApplication.translate("Enums", _kind_label(d.kind))
        self.path_label.setText(" › ".join([*d.path, kind_text]) if d.path else kind_text)

        while self._form.rowCount():
            self._form.removeRow(0)
        for key in (*FIELDS.get(d.kind, ()), *COMMON_FIELDS):
            if key not in d.values:
                continue
            value = d.values[key]
            if key in ("retired_at", "notes") and not value:
                continue
            text = display(value)
            label = QLabel(field_label(d.kind, key))
            field = QLabel(text)
            field.setObjectName(f"detailField_{key}")
            field.setAccessibleName(field_label(d.kind, key))
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(label, field)

        lines = []
        if d.came_from:
            codes = ", ".join(d.came_from)
            if len(d.came_from) == 1:
                lines.append(self.tr("Split from {codes}").format(codes=codes))
            else:
                lines.append(self.tr("Merged from {codes}").format(codes=codes))
        if d.became:
            codes = ", ".join(d.became)
            reason = d.values.get("retired_reason")
            if reason == "split":
                lines.append(self.tr("Split into {codes}").format(codes=codes))
            elif reason == "merge":
                lines.append(self.tr("Merged into {codes}").format(codes=codes))
            else:
                lines.append(self.tr("Became {codes}").format(codes=codes))
        self.lineage_label.setText("\n".join(lines))
        self.lineage_label.setVisible(bool(lines))

        self.history.setRowCount(len(d.history))
        for row, entry in enumerate(d.history):
            at = entry.get("at")
            who = entry.get("display_name") or self.tr("unknown user")
            field = entry.get("field")
            what = action_label(entry.get("action") or "")
            if field:
                what = self.tr("{action}: {field}").format(
                    action=what, field=field_label(d.kind, field)
                )
            old, new = entry.get("old_value"), entry.get("new_value")
            if not field and new and new.startswith("{"):  # created (also by split/merge)
                change = _summarise_created(d.kind, new)
            elif old is None and new is None:
                change = ""
            else:
                change = self.tr("{old} → {new}").format(
                    old=_audit_value(d.kind, field, old) or "—",
                    new=_audit_value(d.kind, field, new) or "—",
                )
            cells = [local_time(at) if isinstance(at, datetime) else str(at or ""), who, what]
            cells.append(change)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(row, col, item)

    @Slot(object)
    def _on_data_changed(self, change: Change) -> None:
        if self._current is None:
            return
        kind, record_id = self._current
        if change.kind == kind and (record_id in change.ids or record_id in change.retired):
            self.show_record(kind, record_id)


def _kind_label(kind: NodeKind) -> str:
    from crm_desktop.domain import enums

    return enums.label(kind)


# Fields whose audit values are enum values, shown with their translated labels.
_FIELD_ENUMS = {
    (NodeKind.ROOM, "use"): RoomUse,
    (NodeKind.ROOM, "status"): RoomStatus,
    (NodeKind.PARKING_SPACE, "kind"): SpaceKind,
    (NodeKind.PARKING_SPACE, "status"): SpaceStatus,
    (NodeKind.PROJECT, "kind"): ProjectKind,
}


def _audit_value(kind: NodeKind, field: str | None, value: str | None) -> str | None:
    """An audit value as a clerk reads it: enum values by their translated label."""
    enum_class = _FIELD_ENUMS.get((kind, field))
    if value is None or enum_class is None:
        return value
    try:
        return format_value(enum_class(value))
    except ValueError:
        return value


def _summarise_created(kind: NodeKind, payload: str) -> str:
    try:
        values = json.loads(payload)
    except ValueError:
        return payload
    if not isinstance(values, dict):
        return payload
    # Foreign keys mean nothing to a clerk; the path above already says where it is.
    shown = [
        _audit_value(kind, k, v)
        for k, v in values.items()
        if not k.endswith("_id") and v not in (None, "")
    ]
    return ", ".join(str(v) for v in shown)
