"""One customer on one screen, the way a clerk reads a profile.

The header says who it is (name, kind, verified or not, level and tags, masked
phone and document: the full numbers appear only in the customer's own edit
form); below, in splitters, what they hold and are now (rooms and spaces, with
an "End…" per row), their family, vehicles, bank accounts, and a timeline of
every identity started or ended and every recorded change, newest first.

The profile is read on the database thread in one job
(``queries.customer_profile``) and re-read when a customer or identity changes;
tables keep their scroll position and selection across re-reads.
"""

from __future__ import annotations

import html
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import clock
from crm_desktop.domain.enums import (
    ContactChannel,
    CustomerKind,
    CustomerLevel,
    DocumentType,
    Gender,
    LeaseState,
    NodeKind,
    Role,
)
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import customers as cs
from crm_desktop.services import queries
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.detail_pane import (
    GOOD_COLOR,
    MUTED_COLOR,
    day_text,
    local_time,
    relation_text,
    share_text,
    verified_item,
)
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.table_model import enum_text
from crm_desktop.ui.tables import fill_table, make_table, row_payload, text_item
from crm_desktop.ui.tree_model import is_people_change

log = logging.getLogger("crm_desktop.ui")

ERROR_COLOR = "#c62828"
_CHIP = "border-radius: 9px; padding: 2px 9px; font-weight: bold;"


# --- the timeline in words ------------------------------------------------------------
def field_name(table: str, field: str | None) -> str:
    """The translated name of a recorded field of a customer, vehicle or account."""
    if field is None:
        return ""
    names = {
        "kind": QCoreApplication.translate("CustomerView", "Kind"),
        "name": QCoreApplication.translate("CustomerView", "Name"),
        "gender": QCoreApplication.translate("CustomerView", "Gender"),
        "birth_date": QCoreApplication.translate("CustomerView", "Date of birth"),
        "nationality": QCoreApplication.translate("CustomerView", "Nationality"),
        "document_type": QCoreApplication.translate("CustomerView", "Document type"),
        "document_number": QCoreApplication.translate("CustomerView", "Document number"),
        "legal_representative": QCoreApplication.translate("CustomerView", "Legal representative"),
        "email": QCoreApplication.translate("CustomerView", "Email"),
        "address": QCoreApplication.translate("CustomerView", "Address"),
        "notes": QCoreApplication.translate("CustomerView", "Notes"),
        "level": QCoreApplication.translate("CustomerView", "Level"),
        "tags": QCoreApplication.translate("CustomerView", "Tags"),
        "preferred_channel": QCoreApplication.translate("CustomerView", "Preferred contact"),
        "consent_date": QCoreApplication.translate("CustomerView", "Consent date"),
        "consent_scope": QCoreApplication.translate("CustomerView", "Consent scope"),
        "phones": QCoreApplication.translate("CustomerView", "Phone numbers"),
        "verified_at": QCoreApplication.translate("CustomerView", "Verification"),
        "plate": QCoreApplication.translate("CustomerView", "Plate"),
        "brand": QCoreApplication.translate("CustomerView", "Brand"),
        "model": QCoreApplication.translate("CustomerView", "Model"),
        "colour": QCoreApplication.translate("CustomerView", "Colour"),
        "removed_at": QCoreApplication.translate("CustomerView", "Removed on"),
        "bank": QCoreApplication.translate("CustomerView", "Bank"),
        "account_name": QCoreApplication.translate("CustomerView", "Account holder"),
        "account_number": QCoreApplication.translate("CustomerView", "Account number"),
        "room_id": QCoreApplication.translate("CustomerView", "Room"),
        "closed_at": QCoreApplication.translate("CustomerView", "Closed on"),
        "customer_id": QCoreApplication.translate("CustomerView", "Customer"),
    }
    return names.get(field, field)


_FIELD_ENUMS = {
    "kind": CustomerKind,
    "gender": Gender,
    "document_type": DocumentType,
    "level": CustomerLevel,
    "preferred_channel": ContactChannel,
}


def audit_value(field: str | None, value: str | None) -> str:
    """A recorded value as a clerk reads it (enum values by their translated label)."""
    if value is None or value == "":
        return "—"
    enum_class = _FIELD_ENUMS.get(field or "")
    if enum_class is not None:
        try:
            return enum_text(enum_class(value))
        except ValueError:
            return value
    if field in ("verified_at", "removed_at", "closed_at") and "T" in value:
        return value[:16].replace("T", " ")
    if field == "phones":
        # The service marks the primary number with " *"; beside masked digits a word reads better.
        primary = QCoreApplication.translate("CustomerView", "(primary)")
        return ", ".join(
            f"{p[:-2]} {primary}" if p.endswith(" *") else p for p in value.split(", ")
        )
    return value


_CREATED_KEYS = {
    "customer": ("name", "document_number", "phones"),
    "vehicle": ("plate", "brand", "model", "colour"),
    "bank_account": ("bank", "account_name", "account_number"),
}


def describe(entry: queries.TimelineEntry) -> tuple[str, str]:
    """(what happened, details) of a timeline entry, translated; numbers stay masked."""
    if entry.event in ("started", "ended"):
        row = entry.identity
        role = enum_text(row.role)
        details = [row.resource]
        if row.share is not None:
            details.append(share_text(row.share))
        relation = relation_text(row)
        if relation:
            details.append(relation)
        if entry.event == "started":
            return QCoreApplication.translate("CustomerView", "Became {role}").format(
                role=role
            ), "  ".join(details)
        if row.end_reason:
            details.append("— " + row.end_reason)
        return QCoreApplication.translate("CustomerView", "No longer {role}").format(
            role=role
        ), "  ".join(details)
    table, action, field = entry.table, entry.action, entry.field
    change = QCoreApplication.translate("CustomerView", "{old} → {new}").format(
        old=audit_value(field, entry.old), new=audit_value(field, entry.new)
    )
    if action == "create" and entry.values is not None:
        keys = _CREATED_KEYS.get(table, ())
        shown = [audit_value(k, entry.values.get(k)) for k in keys if entry.values.get(k)]
        what = {
            "customer": QCoreApplication.translate("CustomerView", "Customer record created"),
            "vehicle": QCoreApplication.translate("CustomerView", "Vehicle added"),
            "bank_account": QCoreApplication.translate("CustomerView", "Bank account added"),
        }.get(table, QCoreApplication.translate("CustomerView", "Created"))
        return what, "  ".join(shown)
    subject = entry.subject
    if table == "vehicle":
        if action == "remove":
            return QCoreApplication.translate("CustomerView", "Vehicle removed"), subject
        return QCoreApplication.translate(
            "CustomerView", "Vehicle {plate}: {field} changed"
        ).format(plate=subject, field=field_name(table, field)), change
    if table == "bank_account":
        if action == "link":
            return QCoreApplication.translate(
                "CustomerView", "Account {number} pays for a room"
            ).format(number=subject), entry.new or ""
        if action == "unlink":
            return QCoreApplication.translate(
                "CustomerView", "Account {number} no longer pays for a room"
            ).format(number=subject), entry.old or ""
        if action == "close":
            return QCoreApplication.translate(
                "CustomerView", "Bank account {number} closed"
            ).format(number=subject), ""
        return QCoreApplication.translate(
            "CustomerView", "Account {number}: {field} changed"
        ).format(number=subject, field=field_name(table, field)), change
    # The customer's own record.
    if action in ("print_full", "export_full"):  # services.disclosure
        document = (entry.values or {}).get("document") or ""
        if action == "print_full":
            what = QCoreApplication.translate("CustomerView", "Full numbers printed")
        else:
            what = QCoreApplication.translate("CustomerView", "Full numbers exported")
        return what, document
    if action == "verify":
        return QCoreApplication.translate("CustomerView", "Document verified"), ""
    if action == "unverify":
        return QCoreApplication.translate(
            "CustomerView", "Verification removed (the document number changed)"
        ), ""
    if action == "merge":
        if field == "merged_from":
            return QCoreApplication.translate(
                "CustomerView", "Another record merged into this one"
            ), entry.new or ""
        if field == "merged_into_id":
            return QCoreApplication.translate(
                "CustomerView", "Merged into another record"
            ), entry.new or ""
        if field == "moved":
            return QCoreApplication.translate(
                "CustomerView", "Moved to the other record"
            ), entry.new or ""
        return QCoreApplication.translate("CustomerView", "Taken over in a merge: {field}").format(
            field=field_name(table, field)
        ), audit_value(field, entry.new)
    if field:
        return QCoreApplication.translate("CustomerView", "Changed: {field}").format(
            field=field_name(table, field)
        ), change
    return action, ""


# --- the view ---------------------------------------------------------------------------
class _Section(QWidget):
    """A titled table with its buttons: one part of the profile."""

    def __init__(self, title: str, table: QTableWidget, buttons: list[QPushButton]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setBuddy(table)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.title.setFont(font)
        # Same height with or without buttons, so side-by-side tables line up.
        self.title.setMinimumHeight(QPushButton("X").sizeHint().height())
        self._text = title
        row.addWidget(self.title)
        row.addStretch(1)
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        self.table = table

    def set_count(self, count: int) -> None:
        self.title.setText(f"{self._text} ({count})" if count else self._text)


class CustomerView(QWidget):
    """Everything about one customer; a window of its own (objectName ``CustomerView``).

    Signals: ``editRequested(customer_id)`` (Edit…), ``addIdentityRequested(customer_id)``
    (Add to a room…), ``openCustomer(customer_id)`` (a family member activated, or the
    record this one was merged into), ``openRoom(room_id)`` / ``openSpace(space_id)``
    (a holding activated: reveal it in the tree). ``loaded`` when a profile arrived.
    The window deletes itself when closed.
    """

    editRequested = Signal(int)  # noqa: N815 - Qt signal naming
    addIdentityRequested = Signal(int)  # noqa: N815
    openCustomer = Signal(int)  # noqa: N815
    openRoom = Signal(int)  # noqa: N815
    openSpace = Signal(int)  # noqa: N815
    loaded = Signal()

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CustomerView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.customer_id = customer_id
        self.profile: queries.CustomerProfile | None = None
        self._generation = 0
        self._loading = False
        self._dirty = False
        self.setWindowTitle(self.tr("Customer"))
        self.setAccessibleName(self.tr("Customer profile"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(6)
        outer.addWidget(self._build_header())
        self.message_label = QLabel()
        self.message_label.setObjectName("customerMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message_label.hide()
        outer.addWidget(self.message_label)

        self._stack = QStackedWidget()
        self._placeholder = QLabel(self.tr("Reading the customer…"))
        self._placeholder.setObjectName("customerPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self._build_sections())
        outer.addWidget(self._stack, 1)
        self._set_tab_order()

        ctx.dataChanged.connect(self._on_data_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._update_actions()
        self.resize(1180, 720)
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("customerHeader")
        grid = QVBoxLayout(header)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setSpacing(4)

        top = QHBoxLayout()
        top.setSpacing(10)
        self.name_label = QLabel()
        self.name_label.setObjectName("customerName")
        self.name_label.setAccessibleName(self.tr("Name"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.name_label.setFont(font)
        top.addWidget(self.name_label)
        self.kind_label = self._chip("customerKind", "#eceff1", "#455a64")
        self.verified_label = self._chip("customerVerified", GOOD_COLOR, "white")
        self.level_label = self._chip("customerLevel", "#fff3e0", "#e65100")
        for chip in (self.kind_label, self.verified_label, self.level_label):
            top.addWidget(chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        self.number_label = QLabel()
        self.number_label.setObjectName("customerNumber")
        self.number_label.setStyleSheet(f"color: {MUTED_COLOR};")
        top.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addLayout(top)

        line = QHBoxLayout()
        line.setSpacing(24)
        self.phone_label = QLabel()
        self.phone_label.setObjectName("customerPhone")
        self.phone_label.setAccessibleName(self.tr("Primary phone (masked)"))
        self.document_label = QLabel()
        self.document_label.setObjectName("customerDocument")
        self.document_label.setAccessibleName(self.tr("Document (masked)"))
        self.tags_label = QLabel()
        self.tags_label.setObjectName("customerTags")
        self.tags_label.setAccessibleName(self.tr("Tags"))
        for label in (self.phone_label, self.document_label, self.tags_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.addWidget(label)
        line.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editCustomerButton")
        self.edit_button.setToolTip(self.tr("Open the customer's form (full phone and document)"))
        self.add_button = QPushButton(self.tr("Add to a &room…"))
        self.add_button.setObjectName("addIdentityButton")
        self.add_button.setToolTip(
            self.tr("Make this customer an owner, tenant, resident … of a room or space")
        )
        self.verify_button = QPushButton(self.tr("Mark as ver&ified…"))
        self.verify_button.setObjectName("verifyCustomerButton")
        self.verify_button.setToolTip(
            self.tr("Record that you checked the customer's original identity document")
        )
        self.merge_button = QPushButton(self.tr("&Merge another record into this…"))
        self.merge_button.setObjectName("mergeCustomerButton")
        self.card_button = QPushButton(self.tr("&Print card…"))
        self.card_button.setObjectName("printCardButton")
        self.card_button.setToolTip(self.tr("The customer card (客户卡片) as a PDF"))
        for button in (
            self.edit_button,
            self.add_button,
            self.verify_button,
            self.merge_button,
            self.card_button,
        ):
            button.setAutoDefault(False)
            line.addWidget(button)
        grid.addLayout(line)

        self.merged_banner = QLabel()
        self.merged_banner.setObjectName("mergedBanner")
        self.merged_banner.setStyleSheet(
            "background: #fff8e1; color: #6d4c00; padding: 6px; border-radius: 4px;"
        )
        self.merged_banner.setTextFormat(Qt.TextFormat.RichText)
        self.merged_banner.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.merged_banner.linkActivated.connect(self._merged_link)
        self.merged_banner.hide()
        grid.addWidget(self.merged_banner)

        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.customer_id))
        self.add_button.clicked.connect(lambda: self.addIdentityRequested.emit(self.customer_id))
        self.verify_button.clicked.connect(self.verify)
        self.merge_button.clicked.connect(self.open_merge_dialog)
        self.card_button.clicked.connect(self.print_card)
        return header

    @staticmethod
    def _chip(name: str, background: str, colour: str) -> QLabel:
        chip = QLabel()
        chip.setObjectName(name)
        chip.setStyleSheet(f"background: {background}; color: {colour}; {_CHIP}")
        chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return chip

    def _build_sections(self) -> QWidget:
        # Holdings and identities now.
        self.holdings_table = make_table(
            [
                self.tr("Room or space"),
                self.tr("Role"),
                self.tr("Share"),
                self.tr("Since"),
                self.tr("Relation"),
            ],
            "holdingsTable",
            self.tr("Holdings and identities now"),
        )
        self.end_button = QPushButton(self.tr("End…"))
        self.end_button.setObjectName("endHoldingButton")
        self.end_button.setToolTip(self.tr("End the selected identity (sold, moved out …)"))
        # The workflows of the selected holding: the same dialogs as the room's menu.
        self.workflow_button = QPushButton(self.tr("&Workflow"))
        self.workflow_button.setObjectName("holdingWorkflowButton")
        self.workflow_button.setToolTip(
            self.tr("Handover, transfer, let, renew or terminate for the selected holding")
        )
        self.workflow_menu = QMenu(self.workflow_button)
        self.workflow_menu.aboutToShow.connect(lambda: self._fill_workflow_menu(self.workflow_menu))
        self.workflow_button.setMenu(self.workflow_menu)
        self.holdings = _Section(
            self.tr("&Holdings and identities now"),
            self.holdings_table,
            [self.workflow_button, self.end_button],
        )
        self.holdings_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.holdings_table.customContextMenuRequested.connect(self._holdings_menu)
        self.holdings_table.activated.connect(self._holding_activated)
        self.end_button.clicked.connect(self.end_selected_identity)

        # Family.
        self.family_table = make_table(
            [
                self.tr("Family member"),
                self.tr("Relation"),
                self.tr("Room or space"),
                self.tr("Phone"),
                self.tr("Verified"),
            ],
            "familyTable",
            self.tr("Family members"),
        )
        self.family = _Section(self.tr("&Family members"), self.family_table, [])
        self.family_table.activated.connect(self._family_activated)

        # Vehicles.
        self.vehicles_table = make_table(
            [
                self.tr("Plate"),
                self.tr("Brand"),
                self.tr("Model"),
                self.tr("Colour"),
                self.tr("Notes"),
            ],
            "vehiclesTable",
            self.tr("Vehicles"),
        )
        self.add_vehicle_button = QPushButton(self.tr("Add…"))
        self.add_vehicle_button.setObjectName("addVehicleButton")
        self.add_vehicle_button.setAccessibleName(self.tr("Add vehicle"))
        self.edit_vehicle_button = QPushButton(self.tr("Edit…"))
        self.edit_vehicle_button.setObjectName("editVehicleButton")
        self.edit_vehicle_button.setAccessibleName(self.tr("Edit vehicle"))
        self.remove_vehicle_button = QPushButton(self.tr("Remove"))
        self.remove_vehicle_button.setObjectName("removeVehicleButton")
        self.remove_vehicle_button.setAccessibleName(self.tr("Remove vehicle"))
        self.vehicles = _Section(
            self.tr("&Vehicles"),
            self.vehicles_table,
            [self.add_vehicle_button, self.edit_vehicle_button, self.remove_vehicle_button],
        )
        self.vehicles_table.activated.connect(lambda _index: self.edit_vehicle())
        self.add_vehicle_button.clicked.connect(self.add_vehicle)
        self.edit_vehicle_button.clicked.connect(self.edit_vehicle)
        self.remove_vehicle_button.clicked.connect(self.remove_vehicle)

        # Bank accounts.
        self.accounts_table = make_table(
            [self.tr("Bank"), self.tr("Account holder"), self.tr("Number"), self.tr("Pays for")],
            "accountsTable",
            self.tr("Bank accounts"),
        )
        self.add_account_button = QPushButton(self.tr("Add…"))
        self.add_account_button.setObjectName("addAccountButton")
        self.add_account_button.setAccessibleName(self.tr("Add bank account"))
        self.edit_account_button = QPushButton(self.tr("Edit…"))
        self.edit_account_button.setObjectName("editAccountButton")
        self.edit_account_button.setAccessibleName(self.tr("Edit bank account"))
        self.close_account_button = QPushButton(self.tr("Close"))
        self.close_account_button.setObjectName("closeAccountButton")
        self.close_account_button.setAccessibleName(self.tr("Close bank account"))
        self.close_account_button.setToolTip(self.tr("Stop collecting from this account"))
        self.accounts = _Section(
            self.tr("&Bank accounts"),
            self.accounts_table,
            [self.add_account_button, self.edit_account_button, self.close_account_button],
        )
        self.accounts_table.activated.connect(lambda _index: self.edit_account())
        self.add_account_button.clicked.connect(self.add_account)
        self.edit_account_button.clicked.connect(self.edit_account)
        self.close_account_button.clicked.connect(self.close_account)

        # Timeline.
        self.timeline_table = make_table(
            [self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("By")],
            "timelineTable",
            self.tr("Timeline"),
        )
        self.timeline_table.horizontalHeader().setStretchLastSection(False)
        header = self.timeline_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline = _Section(self.tr("&Timeline"), self.timeline_table, [])
        self.timeline_table.activated.connect(self._timeline_activated)

        for table in (
            self.holdings_table,
            self.family_table,
            self.vehicles_table,
            self.accounts_table,
        ):
            table.itemSelectionChanged.connect(self._update_actions)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("customerTopSplitter")
        top.addWidget(self.holdings)
        top.addWidget(self.family)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.setObjectName("customerMiddleSplitter")
        middle.addWidget(self.vehicles)
        middle.addWidget(self.accounts)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("customerSplitter")
        body.addWidget(top)
        body.addWidget(middle)
        body.addWidget(self.timeline)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setStretchFactor(2, 4)
        for splitter in (top, middle, body):
            splitter.setChildrenCollapsible(False)
            splitter.setHandleWidth(8)
        self.splitter = body

        return body

    def _set_tab_order(self) -> None:
        # Tab walks the sections in reading order.
        order = [
            self.edit_button,
            self.add_button,
            self.verify_button,
            self.merge_button,
            self.card_button,
            self.holdings_table,
            self.end_button,
            self.family_table,
            self.vehicles_table,
            self.add_vehicle_button,
            self.edit_vehicle_button,
            self.remove_vehicle_button,
            self.accounts_table,
            self.add_account_button,
            self.edit_account_button,
            self.close_account_button,
            self.timeline_table,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the profile again on the database thread (one job at a time)."""
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        self._dirty = False
        self._generation += 1
        generation = self._generation
        self.ctx.run(
            queries.customer_profile,
            self.ctx.db,
            self.customer_id,
            on_done=lambda profile: self._loaded(generation, profile),
            on_error=lambda exc: self._failed(generation, exc),
            quiet=True,
        )

    def _loaded(self, generation: int, profile: queries.CustomerProfile) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._loading = False
        self.profile = profile
        try:
            self._fill(profile)
        finally:
            self._stack.setCurrentIndex(1)
            self._update_actions()
        if self._dirty:
            self.reload()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._loading = False
        if not isinstance(exc, CrmError):
            log.error("reading customer %s failed", self.customer_id, exc_info=exc)
        if self.profile is None:
            self._placeholder.setText(error_text(exc))
            self._stack.setCurrentIndex(0)
        else:
            self.show_message(error_text(exc))
        self._update_actions()
        if self._dirty:
            self.reload()
        self.loaded.emit()

    @Slot(object)
    def _on_data_changed(self, change: Change) -> None:
        if is_people_change(change):
            self.reload()
            return
        if change.kind in (NodeKind.ROOM, NodeKind.PARKING_SPACE) and self.profile is not None:
            ids = set(change.ids) | set(change.retired)
            attr = "room_id" if change.kind == NodeKind.ROOM else "space_id"
            if any(getattr(r, attr) in ids for r in self.profile.identities):
                self.reload()

    # -- filling -------------------------------------------------------------------------
    def _fill(self, p: queries.CustomerProfile) -> None:
        self.setWindowTitle(self.tr("{name} — Customer").format(name=p.name))
        self.name_label.setText(p.name)
        self.kind_label.setText(enum_text(p.kind))
        if p.verified_at is not None:
            self.verified_label.setText("✓ " + self.tr("Verified"))
            self.verified_label.setStyleSheet(f"background: {GOOD_COLOR}; color: white; {_CHIP}")
            self.verified_label.setToolTip(
                self.tr("Verified by {who} on {when}").format(
                    who=p.verified_by or self.tr("unknown user"), when=local_time(p.verified_at)
                )
            )
        else:
            self.verified_label.setText(self.tr("Not verified"))
            self.verified_label.setStyleSheet(f"background: #e0e0e0; color: #616161; {_CHIP}")
            self.verified_label.setToolTip(
                self.tr("Nobody has recorded checking this customer's identity document yet.")
            )
        self.level_label.setVisible(p.level != CustomerLevel.STANDARD)
        self.level_label.setText(enum_text(p.level))
        self.number_label.setText(self.tr("Customer no. {id}").format(id=p.id))
        if p.phone:
            phone = self.tr("Phone: {phone}").format(phone=p.phone)
            if p.phone_count > 1:
                phone += " " + self.tr("(+{count} more)").format(count=p.phone_count - 1)
        else:
            phone = self.tr("No phone recorded")
        self.phone_label.setText(phone)
        if p.document:
            kind = enum_text(p.document_type) if p.document_type else self.tr("Document")
            self.document_label.setText(
                self.tr("{kind}: {number}").format(kind=kind, number=p.document)
            )
        else:
            self.document_label.setText(self.tr("No document recorded"))
        self.tags_label.setText(self.tr("Tags: {tags}").format(tags=p.tags) if p.tags else "")
        self.tags_label.setVisible(bool(p.tags))
        if p.merged_into_id is not None:
            name = html.escape(p.merged_into_name or "")
            self.merged_banner.setText(
                self.tr(
                    'This record was merged into <a href="{id}">{name} (no. {id})</a>. '
                    "Open that record to work with this customer."
                ).format(id=p.merged_into_id, name=name)
            )
        self.merged_banner.setVisible(p.merged_into_id is not None)
        self._fill_holdings(p)
        self._fill_family(p)
        self._fill_vehicles(p)
        self._fill_accounts(p)
        self._fill_timeline(p)

    def _fill_holdings(self, p: queries.CustomerProfile) -> None:
        rows, payloads = [], []
        today = clock.today()
        for r in p.current_identities(today):
            since = day_text(r.start_date)
            if r.end_date is not None:
                since = self.tr("{start} (until {end})").format(start=since, end=r.end_date)
            if r.start_date > today:
                since = self.tr("from {start}").format(start=r.start_date)
            rows.append(
                [
                    text_item(r.resource),
                    text_item(enum_text(r.role)),
                    text_item(share_text(r.share)),
                    text_item(since),
                    text_item(relation_text(r)),
                ]
            )
            payloads.append(r)
        fill_table(self.holdings_table, rows, payloads)
        self.holdings.set_count(len(rows))

    def _fill_family(self, p: queries.CustomerProfile) -> None:
        rows, payloads = [], []
        for r in p.family:
            member = text_item(r.customer_name)
            if r.customer_id == p.id:
                member.setToolTip(self.tr("This customer"))
                font = member.font()
                font.setItalic(True)
                member.setFont(font)
            rows.append(
                [
                    member,
                    text_item(relation_text(r)),  # "Spouse of 张三": whose family
                    text_item(r.resource),
                    text_item(r.phone),
                    verified_item(r.verified),
                ]
            )
            payloads.append(r)
        fill_table(self.family_table, rows, payloads)
        self.family.set_count(len(rows))

    def _fill_vehicles(self, p: queries.CustomerProfile) -> None:
        rows = [
            [
                text_item(v.plate),
                text_item(v.brand),
                text_item(v.model),
                text_item(v.colour),
                text_item(v.notes),
            ]
            for v in p.vehicles
        ]
        fill_table(self.vehicles_table, rows, list(p.vehicles))
        self.vehicles.set_count(len(rows))

    def _fill_accounts(self, p: queries.CustomerProfile) -> None:
        rows = [
            [
                text_item(a.bank),
                text_item(a.account_name),
                text_item(a.account_number),
                text_item("、".join(code for _, code in a.rooms)),
            ]
            for a in p.accounts
        ]
        fill_table(self.accounts_table, rows, list(p.accounts))
        self.accounts.set_count(len(rows))

    def _fill_timeline(self, p: queries.CustomerProfile) -> None:
        rows = []
        for entry in p.timeline:
            when = (
                day_text(entry.when.date())
                if entry.is_date
                else entry.when.strftime("%Y-%m-%d %H:%M")
            )
            what, details = describe(entry)
            rows.append(
                [text_item(when), text_item(what), text_item(details), text_item(entry.user or "")]
            )
        fill_table(self.timeline_table, rows, list(p.timeline))
        self.timeline.set_count(len(rows))

    # -- selection -----------------------------------------------------------------------
    def _selected(self, table: QTableWidget) -> Any:
        if table.currentRow() < 0 or not table.selectedItems():
            return None
        return row_payload(table)

    @Slot()
    def _update_actions(self) -> None:
        p = self.profile
        live = p is not None and p.merged_into_id is None
        for button in (
            self.edit_button,
            self.add_button,
            self.merge_button,
            self.add_vehicle_button,
            self.add_account_button,
            self.card_button,
        ):
            button.setEnabled(live)
        self.verify_button.setVisible(p is None or p.verified_at is None)
        self.verify_button.setEnabled(live and p.has_document)
        if live and not p.has_document:
            self.verify_button.setToolTip(self.tr("Enter the document number first (Edit…)"))
        self.end_button.setEnabled(live and self._selected(self.holdings_table) is not None)
        self.workflow_button.setEnabled(live and self._selected(self.holdings_table) is not None)
        has_vehicle = live and self._selected(self.vehicles_table) is not None
        self.edit_vehicle_button.setEnabled(has_vehicle)
        self.remove_vehicle_button.setEnabled(has_vehicle)
        has_account = live and self._selected(self.accounts_table) is not None
        self.edit_account_button.setEnabled(has_account)
        self.close_account_button.setEnabled(has_account)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- activation ----------------------------------------------------------------------
    def _reveal(self, row) -> None:
        if row is None:
            return
        if row.room_id is not None:
            self.openRoom.emit(row.room_id)
        elif row.space_id is not None:
            self.openSpace.emit(row.space_id)

    def _holding_activated(self, index) -> None:
        self._reveal(row_payload(self.holdings_table, index.row()))

    def _family_activated(self, index) -> None:
        row = row_payload(self.family_table, index.row())
        if row is None:
            return
        # The other person of the relation: the member, or whose family they are.
        other = row.related_customer_id if row.customer_id == self.customer_id else row.customer_id
        if other is not None:
            self.openCustomer.emit(other)

    def _timeline_activated(self, index) -> None:
        entry = row_payload(self.timeline_table, index.row())
        if entry is not None and entry.identity is not None:
            self._reveal(entry.identity)

    def _merged_link(self, href: str) -> None:
        if href.isdigit():
            self.openCustomer.emit(int(href))

    @Slot(QPoint)
    def _holdings_menu(self, pos: QPoint) -> None:
        row = self._selected(self.holdings_table)
        if row is None:
            return
        menu = QMenu(self)
        end = menu.addAction(self.tr("End…"))
        end.setEnabled(self.end_button.isEnabled())
        end.triggered.connect(self.end_selected_identity)
        show = menu.addAction(self.tr("Show in the tree"))
        show.triggered.connect(lambda: self._reveal(row))
        menu.addSeparator()
        self._fill_workflow_menu(menu, clear=False)
        menu.popup(self.holdings_table.viewport().mapToGlobal(pos))

    def _fill_workflow_menu(self, menu: QMenu, clear: bool = True) -> None:
        """The workflows that fit the selected holding: an owner hands over, transfers
        or lets; an owner or tenant renews or terminates the lease."""
        if clear:
            menu.clear()
        row = self._selected(self.holdings_table)
        live = self.profile is not None and self.profile.merged_into_id is None
        if row is None or not live:
            return
        owner = row.role == Role.OWNER
        if owner and row.room_id is not None:
            menu.addAction(self.tr("Handover…"), lambda: self.start_workflow("handover", row))
        if owner:
            menu.addAction(
                self.tr("Transfer ownership…"), lambda: self.start_workflow("transfer", row)
            )
            menu.addAction(self.tr("Let to a tenant…"), lambda: self.start_workflow("lease", row))
        if owner or row.role == Role.TENANT:
            menu.addAction(self.tr("Renew the lease…"), lambda: self.start_workflow("renew", row))
            menu.addAction(
                self.tr("Terminate the lease…"), lambda: self.start_workflow("terminate", row)
            )

    def start_workflow(self, name: str, row) -> None:
        """Open a workflow dialog for a holding (``row``: its IdentityRow)."""
        from crm_desktop.ui import workflows

        resource = (row.room_id, row.space_id, row.resource)
        if name == "handover":
            workflows.handover(self.ctx, self, row.room_id, row.resource)
        elif name in ("transfer", "lease"):
            getattr(workflows, name)(self.ctx, self, resource)
        else:
            from crm_desktop.services.tenancy import leases_of

            where = {"room_id": row.room_id} if row.room_id else {"space_id": row.space_id}
            self.ctx.run(
                leases_of,
                self.ctx.db,
                **where,
                on_done=lambda leases: self._lease_chosen(name, leases),
            )

    def _lease_chosen(self, name: str, leases) -> None:
        if not shiboken6.isValid(self):
            return
        mine = [
            lease
            for lease in reversed(leases)
            if lease.state in (LeaseState.ACTIVE, LeaseState.UPCOMING)
            and (
                lease.landlord_id == self.customer_id
                or any(cid == self.customer_id for cid, _ in lease.tenants)
            )
            and (name == "terminate" or lease.renewed_by_id is None)
        ]
        if not mine:
            self.show_message(
                self.tr("There is no current lease of {name} here.").format(
                    name=self.profile.name if self.profile else ""
                )
            )
            return
        from crm_desktop.ui import workflows

        getattr(workflows, name)(self.ctx, self, mine[-1].id if name == "terminate" else mine[0].id)

    # -- commands ------------------------------------------------------------------------
    def _open(self, dialog) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_card(self):
        """The customer card dialog (returned, already open)."""
        from crm_desktop.ui.report_dialog import CARDS, ReportDialog

        name = self.profile.name if self.profile is not None else str(self.customer_id)
        return self._open(
            ReportDialog(self.ctx, CARDS, {"customer_ids": [self.customer_id]}, name, self)
        )

    def end_selected_identity(self):
        """The End identity dialog for the selected holding (returned, already open)."""
        row = self._selected(self.holdings_table)
        if row is None or not self.end_button.isEnabled():
            return None
        from crm_desktop.ui.dialogs.identity_dialogs import EndIdentityDialog

        return self._open(EndIdentityDialog(self.ctx, row, parent=self))

    def add_vehicle(self):
        from crm_desktop.ui.dialogs.identity_dialogs import VehicleDialog

        return self._open(VehicleDialog(self.ctx, self.customer_id, parent=self))

    def edit_vehicle(self):
        vehicle = self._selected(self.vehicles_table)
        if vehicle is None or not self.edit_vehicle_button.isEnabled():
            return None
        from crm_desktop.ui.dialogs.identity_dialogs import VehicleDialog

        return self._open(VehicleDialog(self.ctx, self.customer_id, vehicle, parent=self))

    def remove_vehicle(self) -> None:
        vehicle = self._selected(self.vehicles_table)
        if vehicle is None:
            return
        from crm_desktop.ui.dialogs import identity_dialogs as dlg

        if not dlg.confirm(
            self,
            self.tr("Remove vehicle"),
            self.tr(
                "Remove the vehicle {plate} from {name}? It stays in the customer's history."
            ).format(plate=vehicle.plate, name=self.profile.name if self.profile else ""),
            self.tr("Remove"),
        ):
            return
        self._run_write(cs.remove_vehicle, vehicle.id, part="vehicle")

    def _suggested_rooms(self) -> list[tuple[int, str]]:
        if self.profile is None:
            return []
        seen, out = set(), []
        for r in self.profile.current_identities():
            if r.room_id is not None and r.room_id not in seen:
                if r.role in (Role.OWNER, Role.TENANT):
                    seen.add(r.room_id)
                    out.append((r.room_id, r.resource))
        return out

    def add_account(self):
        from crm_desktop.ui.dialogs.identity_dialogs import AccountDialog

        return self._open(
            AccountDialog(
                self.ctx,
                self.customer_id,
                holder_name=self.profile.name if self.profile else "",
                suggested=self._suggested_rooms(),
                parent=self,
            )
        )

    def edit_account(self):
        account = self._selected(self.accounts_table)
        if account is None or not self.edit_account_button.isEnabled():
            return None
        from crm_desktop.ui.dialogs.identity_dialogs import AccountDialog

        return self._open(
            AccountDialog(
                self.ctx,
                self.customer_id,
                account,
                suggested=self._suggested_rooms(),
                parent=self,
            )
        )

    def close_account(self) -> None:
        account = self._selected(self.accounts_table)
        if account is None:
            return
        from crm_desktop.ui.dialogs import identity_dialogs as dlg

        if not dlg.confirm(
            self,
            self.tr("Close bank account"),
            self.tr(
                "Stop collecting fees from the account {number} at {bank}? The account "
                "stays in the customer's history."
            ).format(number=account.account_number, bank=account.bank),
            self.tr("Close account"),
        ):
            return
        self._run_write(cs.close_account, account.id, part="bank_account")

    def verify(self) -> None:
        p = self.profile
        if p is None or not p.has_document:
            return
        from crm_desktop.ui.dialogs import identity_dialogs as dlg

        if not dlg.confirm(
            self,
            self.tr("Verify customer"),
            self.tr(
                "Did you check the original identity document of {name} ({number}) in "
                "person? Your name and the time are recorded."
            ).format(name=p.name, number=p.document),
            self.tr("Mark as verified"),
        ):
            return
        self._run_write(cs.verify_customer, p.id, p.version, part="customer")

    def open_merge_dialog(self):
        if self.profile is None or self.profile.merged_into_id is not None:
            return None
        from crm_desktop.ui.dialogs.identity_dialogs import MergeCustomerDialog

        return self._open(
            MergeCustomerDialog(self.ctx, self.customer_id, self.profile.name, parent=self)
        )

    def _run_write(self, fn, *args, part: str) -> None:
        from crm_desktop.ui.dialogs.identity_dialogs import customer_change

        self.show_message("")
        customer_id = self.customer_id
        ctx = self.ctx

        def done(_result) -> None:
            ctx.notify(customer_change(customer_id, part))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, CrmError):
                log.error("saving from the customer view failed", exc_info=exc)
            if shiboken6.isValid(self):
                self.show_message(error_text(exc))

        ctx.run(fn, ctx.db, ctx.actor, *args, on_done=done, on_error=failed)
