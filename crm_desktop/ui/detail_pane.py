"""The detail pane: one record's fields, its place in the portfolio, lineage and history.

A room or parking space also shows its people: current owners with their shares,
tenants, residents, family members and emergency contacts (masked phones,
verification), the cars of its owners, tenants and residents, who was there on
a chosen day, and every identity it ever had. The people are read on the
database thread, one job per selection; a reply for a record no longer shown is
dropped.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import clock
from crm_desktop.domain.enums import (
    NodeKind,
    ProjectKind,
    Relation,
    RentPeriod,
    Role,
    RoomStatus,
    RoomUse,
    SpaceKind,
    SpaceStatus,
    TransferReason,
)
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import queries
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.qdates import today_qdate
from crm_desktop.ui.resource_records import ResourceRecordsView
from crm_desktop.ui.table_model import enum_text, format_value
from crm_desktop.ui.tables import fill_table, make_table, row_payload, text_item
from crm_desktop.ui.tree_model import is_people_change

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


MODEL_TABLES = {
    NodeKind.REGION: "region",
    NodeKind.PROJECT: "project",
    NodeKind.BUILDING: "building",
    NodeKind.ROOM: "room",
    NodeKind.CAR_PARK: "car_park",
    NodeKind.PARKING_SPACE: "parking_space",
}


def record_label(table: str) -> str:
    """What a related record of a room is called in its history (sale, lease …)."""
    return {
        "identity": QCoreApplication.translate("DetailPane", "Identity"),
        "sale": QCoreApplication.translate("DetailPane", "Sale"),
        "handover": QCoreApplication.translate("DetailPane", "Handover"),
        "inspection_item": QCoreApplication.translate("DetailPane", "Inspection item"),
        "lease": QCoreApplication.translate("DetailPane", "Lease"),
        "transfer": QCoreApplication.translate("DetailPane", "Transfer"),
    }.get(table, table)


def workflow_field_label(key: str) -> str:
    """The fields the workflows change on identities, leases, handovers and defects."""
    return {
        "end_date": QCoreApplication.translate("DetailPane", "End date"),
        "end_reason": QCoreApplication.translate("DetailPane", "End reason"),
        "start_date": QCoreApplication.translate("DetailPane", "Start date"),
        "share": QCoreApplication.translate("DetailPane", "Share"),
        "terminated_on": QCoreApplication.translate("DetailPane", "Terminated on"),
        "termination_reason": QCoreApplication.translate("DetailPane", "Termination reason"),
        "landlord_id": QCoreApplication.translate("DetailPane", "Landlord"),
        "rectified_on": QCoreApplication.translate("DetailPane", "Rectified on"),
        "rectified_by": QCoreApplication.translate("DetailPane", "Rectified by"),
        "appointment_date": QCoreApplication.translate("DetailPane", "Appointment"),
        "handover_date": QCoreApplication.translate("DetailPane", "Handover date"),
        "handled_by": QCoreApplication.translate("DetailPane", "Handled by"),
        "rent": QCoreApplication.translate("DetailPane", "Rent"),
        "status": QCoreApplication.translate("DetailPane", "Status"),
    }.get(key, key)


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("DetailPane", "Created"),
        "update": QCoreApplication.translate("DetailPane", "Changed"),
        "retire": QCoreApplication.translate("DetailPane", "Retired"),
        "split": QCoreApplication.translate("DetailPane", "Split"),
        "merge": QCoreApplication.translate("DetailPane", "Merged"),
        "generate": QCoreApplication.translate("DetailPane", "Generated"),
        "delete": QCoreApplication.translate("DetailPane", "Deleted"),
        "end": QCoreApplication.translate("DetailPane", "Ended"),
        "terminate": QCoreApplication.translate("DetailPane", "Terminated"),
        "renew": QCoreApplication.translate("DetailPane", "Renewed"),
        "rectify": QCoreApplication.translate("DetailPane", "Rectified"),
        "complete": QCoreApplication.translate("DetailPane", "Completed"),
        "schedule": QCoreApplication.translate("DetailPane", "Scheduled"),
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
    """Shows ``queries.record_detail`` for the selected record; for a room or parking
    space also its people (``queries.resource_people``).

    Signals: ``customerActivated(customer_id)`` when the clerk activates a person
    (double-click or Enter); ``addCustomerToRoom(room_id, label)`` and
    ``addCustomerToSpace(space_id, label)`` from "Add customer to this room…".
    """

    customerActivated = Signal(int)  # noqa: N815 - Qt signal naming
    addCustomerToRoom = Signal(int, str)  # noqa: N815
    addCustomerToSpace = Signal(int, str)  # noqa: N815
    peopleLoaded = Signal()  # noqa: N815 - the people of the shown resource arrived

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

        # A room's owners beside its code: what a clerk asks first.
        self.owners_label = QLabel()
        self.owners_label.setObjectName("detailOwners")
        self.owners_label.setAccessibleName(self.tr("Owners"))
        self.owners_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Many co-owners must not widen the pane: the line is clipped, the tooltip has it.
        self.owners_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        owners_font = self.owners_label.font()
        owners_font.setPointSizeF(owners_font.pointSizeF() * 1.15)
        self.owners_label.setFont(owners_font)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addSpacing(18)
        title_row.addWidget(self.owners_label, 1)
        v.addLayout(title_row)

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
        details = QWidget()
        columns = QHBoxLayout(details)
        columns.setContentsMargins(0, 4, 0, 0)
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)

        # A room or space: its people first, then who was there over time, then
        # the record itself. Other kinds show only the record (no tab bar).
        self.people_view = ResourcePeopleView(ctx, self)
        self.people_view.customerActivated.connect(self.customerActivated)
        self.people_view.addCustomerRequested.connect(self._add_customer)
        self.people_view.loaded.connect(self._people_loaded)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people_view.people_page, self.tr("People"))
        self.records_view = ResourceRecordsView(ctx, self)
        self.records_view.workflowRequested.connect(self._workflow)
        self.tabs.addTab(self.records_view, self.tr("Records"))
        self.tabs.addTab(self.people_view.history_page, self.tr("Identity history"))
        self.tabs.addTab(details, self.tr("Details"))
        self._details_tab = 3
        self._resource_tab = 0  # the tab last chosen for a room or space
        self.tabs.currentChanged.connect(self._tab_changed)
        v.addWidget(self.tabs, 1)

        ctx.dataChanged.connect(self._on_data_changed)
        self.clear()

    # -- public --------------------------------------------------------------------------
    @property
    def current(self) -> tuple[NodeKind, int] | None:
        return self._current

    def current_title(self) -> str:
        """The shown record as a clerk names it: "翠湖花园 3-1-101" for a room or space."""
        d = self.detail
        if d is None:
            return ""
        if d.kind in (NodeKind.ROOM, NodeKind.PARKING_SPACE):
            return resource_label(d)
        return d.title

    def show_records_tab(self) -> None:
        """Bring the Records page of the shown room or space to the front."""
        index = self.tabs.indexOf(self.records_view)
        if self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    @property
    def people(self) -> queries.ResourcePeople | None:
        """The people of the shown room or space, once loaded (None otherwise)."""
        return self.people_view.people

    def clear(self, message: str | None = None) -> None:
        """Show the empty state (optionally with another message)."""
        self._current = None
        self.detail = None
        self.people_view.set_resource(None, None, "")
        self.records_view.set_resource(None, None, None)
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
        same = self._current == (kind, record_id)
        self._current = (kind, record_id)
        self.detail = detail
        self._fill(detail)
        self._show_resource(detail, same)
        self._stack.setCurrentIndex(1)

    # -- internals -----------------------------------------------------------------------
    def _show_resource(self, d: queries.Detail, same: bool) -> None:
        resource = d.kind in (NodeKind.ROOM, NodeKind.PARKING_SPACE)
        self.tabs.blockSignals(True)
        for tab in range(self._details_tab):
            self.tabs.setTabVisible(tab, resource)
        self.tabs.tabBar().setVisible(resource)
        self.tabs.setCurrentIndex(self._resource_tab if resource else self._details_tab)
        self.tabs.blockSignals(False)
        self.owners_label.setVisible(resource)
        if not resource:
            self.people_view.set_resource(None, None, "")
            self.records_view.set_resource(None, None, None)
            return
        label = resource_label(d)
        status = d.values.get("status")
        self.records_view.set_resource(
            d.id if d.kind == NodeKind.ROOM else None,
            d.id if d.kind == NodeKind.PARKING_SPACE else None,
            getattr(status, "value", status),
        )
        if d.kind == NodeKind.ROOM:
            self.people_view.set_resource(d.id, None, label, keep_date=same)
        else:
            self.people_view.set_resource(None, d.id, label, keep_date=same)
        if not same:
            self.owners_label.setText("")

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.isTabVisible(0):
            self._resource_tab = index

    @Slot()
    def _people_loaded(self) -> None:
        # One line (a wrapping label would make the pane scroll): the tooltip has it all.
        text = self.people_view.owners_text()
        self.owners_label.setText(text)
        self.owners_label.setToolTip(text)
        self.peopleLoaded.emit()

    @Slot(object, object, str)
    def _add_customer(self, room_id: int | None, space_id: int | None, label: str) -> None:
        if room_id is not None:
            self.addCustomerToRoom.emit(room_id, label)
        elif space_id is not None:
            self.addCustomerToSpace.emit(space_id, label)

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
            related = entry.get("table_name") not in (None, MODEL_TABLES.get(d.kind))
            if field:
                what = self.tr("{action}: {field}").format(
                    action=what,
                    field=workflow_field_label(field) if related else field_label(d.kind, field),
                )
            if related:
                what = self.tr("{record} – {action}").format(
                    record=record_label(entry["table_name"]), action=what
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
        elif is_people_change(change) and self.people_view.has_resource:
            self.people_view.reload()
            self.records_view.reload()

    @Slot(str, object)
    def _workflow(self, name: str, payload: object) -> None:
        """A workflow asked for on the Records page: the dialog for the shown resource."""
        if self._current is None:
            return
        from crm_desktop.ui import workflows

        kind, record_id = self._current
        room = record_id if kind == NodeKind.ROOM else None
        space = record_id if kind == NodeKind.PARKING_SPACE else None
        resource = (room, space, self.current_title())
        window = self.window()
        if name == "handover" and room is not None:
            workflows.handover(self._ctx, window, room, resource[2])
        elif name in ("sale", "transfer", "lease"):
            getattr(workflows, name)(self._ctx, window, resource)
        elif name in ("renew", "terminate"):
            getattr(workflows, name)(self._ctx, window, payload)
        elif name == "rectify":
            workflows.rectify(self._ctx, window, payload, room)


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
# Fields of the records a room's history also shows (identities, leases, transfers).
_WORKFLOW_ENUMS = {
    "role": Role,
    "relation": Relation,
    "period": RentPeriod,
    "reason": TransferReason,
}


def _audit_value(kind: NodeKind, field: str | None, value: str | None) -> str | None:
    """An audit value as a clerk reads it: enum values by their translated label."""
    enum_class = _FIELD_ENUMS.get((kind, field)) or _WORKFLOW_ENUMS.get(field)
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


# --- people of a room or parking space -------------------------------------------------
GOOD_COLOR = "#2e7d32"
MUTED_COLOR = "#757575"
NOTE_COLOR = "#b26a00"


def resource_label(d: queries.Detail) -> str:
    """ "翠湖花园 3-2-1501" / "翠湖花园 地下停车场 B1-012" (as identities name resources)."""
    if d.kind == NodeKind.ROOM:
        project = d.path[1] if len(d.path) > 1 else ""
        return f"{project} {d.title}".strip()
    if len(d.path) > 2:
        return f"{d.path[1]} {d.path[2]} {d.title}"
    return d.title


def share_text(share: Decimal | None) -> str:
    """ "60%", "33.33%" ("" for no share)."""
    if share is None:
        return ""
    text = f"{share:.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def period_text(start: date, end: date | None) -> str:
    if end is None:
        return QCoreApplication.translate("DetailPane", "since {start}").format(start=start)
    return QCoreApplication.translate("DetailPane", "{start} – {end}").format(start=start, end=end)


def relation_text(row) -> str:
    """ "Spouse of 张三" for a family member, "" for other roles."""
    if row.role != Role.FAMILY:
        return ""
    relation = enum_text(row.relation) if row.relation else ""
    if not row.related_name:
        return relation
    return QCoreApplication.translate("DetailPane", "{relation} of {name}").format(
        relation=relation or QCoreApplication.translate("DetailPane", "Family"),
        name=row.related_name,
    )


def owners_summary(rows: Sequence) -> str:
    """ "张三 60%  李四 40%" (owners of the rows, in their order)."""
    return "  ".join(
        f"{r.customer_name} {share_text(r.share)}".strip() for r in rows if r.role == Role.OWNER
    )


def verified_item(verified: bool) -> QTableWidgetItem:
    """The verified badge of a person in a table cell."""
    if verified:
        item = QTableWidgetItem("✓ " + QCoreApplication.translate("DetailPane", "Verified"))
        item.setForeground(QBrush(QColor(GOOD_COLOR)))
        item.setToolTip(
            QCoreApplication.translate("DetailPane", "The identity document was checked.")
        )
    else:
        item = QTableWidgetItem(QCoreApplication.translate("DetailPane", "Not verified"))
        item.setForeground(QBrush(QColor(MUTED_COLOR)))
    return item


class ResourcePeopleView(QWidget):
    """The "People" and "Identity history" pages of a room or parking space.

    Not shown itself: ``people_page`` and ``history_page`` go into the pane's tabs.
    """

    customerActivated = Signal(int)  # noqa: N815
    addCustomerRequested = Signal(object, object, str)  # noqa: N815 - room, space, label
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()
        self._ctx = ctx
        self._room_id: int | None = None
        self._space_id: int | None = None
        self._label = ""
        self._generation = 0
        self.people: queries.ResourcePeople | None = None

        # The people page: as-of date and actions, then people | vehicles.
        self.people_page = QWidget()
        self.people_page.setObjectName("resourcePeoplePage")
        page = QVBoxLayout(self.people_page)
        page.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        as_of_label = QLabel(self.tr("As of"))
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setAccessibleName(self.tr("Show the people on this day"))
        self.as_of_edit.setToolTip(self.tr("Show who owned, rented or lived here on this day"))
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setDate(today_qdate())
        as_of_label.setBuddy(self.as_of_edit)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("asOfTodayButton")
        self.today_button.setAutoDefault(False)
        self.note_label = QLabel()
        self.note_label.setObjectName("asOfNote")
        self.note_label.setStyleSheet(f"color: {NOTE_COLOR};")
        self.add_button = QPushButton(self.tr("Add customer to this room…"))
        self.add_button.setObjectName("addCustomerToRoomButton")
        self.add_button.setAutoDefault(False)
        self.end_button = QPushButton(self.tr("End…"))
        self.end_button.setObjectName("endIdentityButton")
        self.end_button.setToolTip(self.tr("End the selected person's identity here"))
        self.end_button.setAutoDefault(False)
        self.end_button.setEnabled(False)
        bar.addWidget(as_of_label)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.today_button)
        bar.addSpacing(8)
        bar.addWidget(self.note_label, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.end_button)
        page.addLayout(bar)

        self.people_table = make_table(
            [
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Share"),
                self.tr("Relation"),
                self.tr("Phone"),
                self.tr("Verified"),
                self.tr("Since"),
            ],
            "resourcePeople",
            self.tr("People of this room"),
        )
        self.vehicles_table = make_table(
            [self.tr("Plate"), self.tr("Vehicle"), self.tr("Registered to")],
            "resourceVehicles",
            self.tr("Vehicles of the owners, tenants and residents"),
        )
        body = QHBoxLayout()
        body.addWidget(self.people_table, 3)
        vehicles = QVBoxLayout()
        self.vehicles_title = QLabel(self.tr("Vehicles"))
        bold = self.vehicles_title.font()
        bold.setBold(True)
        self.vehicles_title.setFont(bold)
        vehicles.addWidget(self.vehicles_title)
        vehicles.addWidget(self.vehicles_table, 1)
        body.addLayout(vehicles, 2)
        page.addLayout(body, 1)

        # The history page: every identity, oldest first.
        self.history_page = QWidget()
        self.history_page.setObjectName("resourceHistoryPage")
        hist = QVBoxLayout(self.history_page)
        hist.setContentsMargins(0, 6, 0, 0)
        self.history_table = make_table(
            [
                self.tr("Period"),
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Share"),
                self.tr("Relation"),
                self.tr("End reason"),
            ],
            "resourceHistory",
            self.tr("Everyone who owned, rented or lived here"),
        )
        hist.addWidget(self.history_table, 1)

        self.as_of_edit.dateChanged.connect(self._date_changed)
        self.today_button.clicked.connect(self.show_today)
        self.add_button.clicked.connect(self._add_clicked)
        self.end_button.clicked.connect(self.end_selected)
        for table in (self.people_table, self.history_table):
            table.activated.connect(lambda index, t=table: self._person_activated(t, index.row()))
            table.itemSelectionChanged.connect(self._update_buttons)
        self.vehicles_table.activated.connect(self._vehicle_activated)

    # -- public --------------------------------------------------------------------------
    @property
    def has_resource(self) -> bool:
        return self._room_id is not None or self._space_id is not None

    @property
    def as_of(self) -> date:
        return self.as_of_edit.date().toPython()

    def set_resource(
        self, room_id: int | None, space_id: int | None, label: str, keep_date: bool = False
    ) -> None:
        """Show the people of a room or space (None, None: nothing) and load them."""
        changed = (room_id, space_id) != (self._room_id, self._space_id)
        self._room_id, self._space_id, self._label = room_id, space_id, label
        if space_id is not None:
            self.add_button.setText(self.tr("Add customer to this parking space…"))
            self.people_table.setAccessibleName(self.tr("People of this parking space"))
        else:
            self.add_button.setText(self.tr("Add customer to this room…"))
            self.people_table.setAccessibleName(self.tr("People of this room"))
        if changed:
            self.people = None
            for table in (self.people_table, self.vehicles_table, self.history_table):
                table.setRowCount(0)
            self.note_label.clear()
        if not keep_date or changed:
            self.as_of_edit.blockSignals(True)
            self.as_of_edit.setDate(today_qdate())
            self.as_of_edit.blockSignals(False)
        if not self.has_resource:
            self._generation += 1  # drop a reply still on its way
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        """Read the people again (on the database thread; the latest reply wins)."""
        if not self.has_resource:
            return
        self._generation += 1
        generation = self._generation
        self._ctx.run(
            queries.resource_people,
            self._ctx.db,
            room_id=self._room_id,
            space_id=self._space_id,
            as_of=self.as_of,
            on_done=lambda result: self._loaded(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
            quiet=True,
        )

    def show_today(self) -> None:
        self.as_of_edit.setDate(today_qdate())

    def owners_text(self) -> str:
        """The owners line above the tabs, for the day shown."""
        p = self.people
        if p is None:
            return ""
        owners = owners_summary(p.shown)
        if p.as_of == clock.today():
            if owners:
                return self.tr("Owners: {owners}").format(owners=owners)
            return self.tr("No owner recorded")
        if owners:
            return self.tr("Owners on {day}: {owners}").format(day=p.as_of, owners=owners)
        return self.tr("No owner on {day}").format(day=p.as_of)

    def selected_identity(self):
        """The IdentityRow selected on the page in view (people, else history)."""
        for table in (self.people_table, self.history_table):
            if table.isVisible() and table.currentRow() >= 0 and table.selectedItems():
                return row_payload(table)
        for table in (self.people_table, self.history_table):
            if table.currentRow() >= 0 and table.selectedItems():
                return row_payload(table)
        return None

    def end_selected(self):
        """Open the End identity dialog for the selected person (returned, or None)."""
        row = self.selected_identity()
        if row is None or not _is_open(row):
            return None
        from crm_desktop.ui.dialogs.identity_dialogs import EndIdentityDialog

        dialog = EndIdentityDialog(self._ctx, row, parent=self.people_page.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- internals -----------------------------------------------------------------------
    def _loaded(self, generation: int, people: queries.ResourcePeople) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return  # the clerk moved on to another record or day
        self.people = people
        self._fill_people(people)
        self._fill_history(people.history)
        if people.as_of != clock.today():
            self.note_label.setText(
                self.tr("Showing who was here on {day}.").format(day=people.as_of)
            )
        else:
            self.note_label.clear()
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        if not isinstance(exc, CrmError):
            log.error("reading the people of a resource failed", exc_info=exc)
        self.note_label.setText(error_text(exc))

    def _fill_people(self, p: queries.ResourcePeople) -> None:
        rows = []
        past = p.as_of != clock.today()
        for r in p.shown:
            since = period_text(r.start_date, r.end_date) if past else day_text(r.start_date)
            rows.append(
                [
                    text_item(enum_text(r.role)),
                    text_item(r.customer_name),
                    text_item(share_text(r.share)),
                    text_item(relation_text(r)),
                    text_item(r.phone),
                    verified_item(r.verified),
                    text_item(since),
                ]
            )
        fill_table(self.people_table, rows, list(p.shown))
        vehicles = []
        for v in p.vehicles:
            what = " ".join(x for x in (v.brand, v.model, v.colour) if x)
            vehicles.append([text_item(v.plate), text_item(what), text_item(v.customer_name)])
        fill_table(self.vehicles_table, vehicles, list(p.vehicles))
        self.vehicles_title.setText(
            self.tr("Vehicles ({count})").format(count=len(p.vehicles))
            if p.vehicles
            else self.tr("Vehicles")
        )

    def _fill_history(self, history: list) -> None:
        rows = []
        for r in history:
            rows.append(
                [
                    text_item(period_text(r.start_date, r.end_date)),
                    text_item(enum_text(r.role)),
                    text_item(r.customer_name),
                    text_item(share_text(r.share)),
                    text_item(relation_text(r)),
                    text_item(r.end_reason or ""),
                ]
            )
        fill_table(self.history_table, rows, list(history))

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected_identity()
        self.end_button.setEnabled(row is not None and _is_open(row))
        self.add_button.setEnabled(self.has_resource)

    @Slot(QDate)
    def _date_changed(self, _day: QDate) -> None:
        self.reload()

    @Slot()
    def _add_clicked(self) -> None:
        if self.has_resource:
            self.addCustomerRequested.emit(self._room_id, self._space_id, self._label)

    def _person_activated(self, table: QTableWidget, row_number: int) -> None:
        row = row_payload(table, row_number)
        if row is not None:
            self.customerActivated.emit(row.customer_id)

    def _vehicle_activated(self, index) -> None:
        vehicle = row_payload(self.vehicles_table, index.row())
        if vehicle is not None:
            self.customerActivated.emit(vehicle.customer_id)


def _is_open(row) -> bool:
    """Whether an identity has not ended yet (it can still be ended)."""
    return row.end_date is None or row.end_date > clock.today()
