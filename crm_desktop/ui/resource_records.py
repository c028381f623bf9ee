"""The *Records* page of a room or parking space in the detail pane.

What the front desk does with a flat, in one place: the workflow buttons (sale,
handover, transfer, let), the leases a clerk can still renew or terminate, the
handover defects still open (Rectify…), and the story: every sale, handover,
rectification, lease and transfer, dated, oldest first. Loaded on the database
thread (``story.resource_story``), reloaded when a workflow changes the resource.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import LeaseState, RoomStatus, SpaceStatus
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import story as _story
from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.table_model import enum_text
from crm_desktop.ui.tables import fill_table, make_table, row_payload, text_item

log = logging.getLogger("crm_desktop.ui")

OVERDUE_COLOR = "#c62828"
MUTED_COLOR = "#757575"


def _money(value) -> str:
    return f"{value:,.2f}"


class ResourceRecordsView(QWidget):
    """Workflows and records of one room or parking space.

    ``workflowRequested(name, payload)`` asks the window to open a workflow dialog:
    "sale", "handover", "transfer", "lease" (payload None: this resource), "renew" and
    "terminate" (payload: the lease id), "rectify" (payload: the ``ItemRow``).
    """

    workflowRequested = Signal(str, object)  # noqa: N815 - Qt signal naming
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceRecordsPage")
        self._ctx = ctx
        self._room_id: int | None = None
        self._space_id: int | None = None
        self._status: str | None = None
        self._generation = 0
        self.story: _story.ResourceStory | None = None

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.sale_button = self._button("recordsSaleButton", self.tr("Register a sale…"), "sale")
        self.handover_button = self._button(
            "recordsHandoverButton", self.tr("Handover…"), "handover"
        )
        self.transfer_button = self._button(
            "recordsTransferButton", self.tr("Transfer ownership…"), "transfer"
        )
        self.lease_button = self._button("recordsLeaseButton", self.tr("Let…"), "lease")
        self.note_label = QLabel()
        self.note_label.setObjectName("recordsNote")
        self.note_label.setStyleSheet(f"color: {MUTED_COLOR};")
        for button in (
            self.sale_button,
            self.handover_button,
            self.transfer_button,
            self.lease_button,
        ):
            bar.addWidget(button)
        bar.addSpacing(8)
        bar.addWidget(self.note_label, 1)
        page.addLayout(bar)

        # Leases and open defects on the left (what can be acted on), the story right.
        left = QVBoxLayout()
        leases_bar = QHBoxLayout()
        self.leases_title = self._title(self.tr("Leases"))
        self.renew_button = self._button("recordsRenewButton", self.tr("Renew…"), "renew")
        self.terminate_button = self._button(
            "recordsTerminateButton", self.tr("Terminate…"), "terminate"
        )
        leases_bar.addWidget(self.leases_title, 1)
        leases_bar.addWidget(self.renew_button)
        leases_bar.addWidget(self.terminate_button)
        left.addLayout(leases_bar)
        self.leases_table = make_table(
            [self.tr("State"), self.tr("Term"), self.tr("Tenants"), self.tr("Rent")],
            "recordsLeases",
            self.tr("Leases of this room"),
        )
        left.addWidget(self.leases_table, 1)
        defects_bar = QHBoxLayout()
        self.defects_title = self._title(self.tr("Open defects"))
        self.rectify_button = self._button("recordsRectifyButton", self.tr("Rectify…"), "rectify")
        defects_bar.addWidget(self.defects_title, 1)
        defects_bar.addWidget(self.rectify_button)
        left.addLayout(defects_bar)
        self.defects_table = make_table(
            [self.tr("Item"), self.tr("Defect")],
            "recordsDefects",
            self.tr("Handover defects not rectified yet"),
        )
        left.addWidget(self.defects_table, 1)

        right = QVBoxLayout()
        right.addWidget(self._title(self.tr("Story")))
        self.story_table = make_table(
            [self.tr("Date"), self.tr("What happened"), self.tr("Details")],
            "recordsStory",
            self.tr("What happened to this room, oldest first"),
        )
        right.addWidget(self.story_table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(8)
        body.addLayout(right, 3)
        page.addLayout(body, 1)

        for table in (self.leases_table, self.defects_table):
            table.itemSelectionChanged.connect(self._update_buttons)
        self.leases_table.activated.connect(lambda _i: self._request("renew"))
        self.defects_table.activated.connect(lambda _i: self._request("rectify"))
        self._update_buttons()

    def _button(self, name: str, text: str, workflow: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: self._request(workflow))
        return button

    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # -- public --------------------------------------------------------------------------
    @property
    def has_resource(self) -> bool:
        return self._room_id is not None or self._space_id is not None

    def set_resource(self, room_id: int | None, space_id: int | None, status: str | None) -> None:
        """Show the records of a room or space (None, None: nothing) and load them."""
        changed = (room_id, space_id) != (self._room_id, self._space_id)
        self._room_id, self._space_id, self._status = room_id, space_id, status
        self.leases_table.setAccessibleName(
            self.tr("Leases of this parking space")
            if space_id is not None
            else self.tr("Leases of this room")
        )
        if changed:
            self.story = None
            for table in (self.leases_table, self.defects_table, self.story_table):
                table.setRowCount(0)
            self.note_label.clear()
        if not self.has_resource:
            self._generation += 1
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        if not self.has_resource:
            return
        self._generation += 1
        generation = self._generation
        self._ctx.run(
            _story.resource_story,
            self._ctx.db,
            room_id=self._room_id,
            space_id=self._space_id,
            on_done=lambda result: self._loaded(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
            quiet=True,
        )

    def selected_lease(self):
        if not self.leases_table.selectedItems():
            return None
        return row_payload(self.leases_table)

    def selected_defect(self):
        if not self.defects_table.selectedItems():
            return None
        return row_payload(self.defects_table)

    # -- internals -----------------------------------------------------------------------
    def _request(self, workflow: str) -> None:
        if not self.has_resource:
            return
        if workflow in ("renew", "terminate"):
            lease = self.selected_lease()
            if lease is None:
                return
            if workflow == "renew" and not self._renewable(lease):
                return
            self.workflowRequested.emit(workflow, lease.id)
        elif workflow == "rectify":
            item = self.selected_defect()
            if item is not None:
                self.workflowRequested.emit(workflow, item)
        else:
            self.workflowRequested.emit(workflow, None)

    @staticmethod
    def _renewable(lease) -> bool:
        live = lease.state in (LeaseState.ACTIVE, LeaseState.UPCOMING)
        return live and lease.renewed_by_id is None and lease.terminated_on is None

    def _loaded(self, generation: int, story: _story.ResourceStory) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.story = story
        self._fill(story)
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        if not isinstance(exc, CrmError):
            log.error("reading the records of a resource failed", exc_info=exc)
        self.note_label.setText(error_text(exc))

    def _fill(self, story: _story.ResourceStory) -> None:
        leases = story.current_leases
        rows = []
        for lease in leases:
            term = f"{lease.start_date:%Y-%m-%d} – {lease.end_date:%Y-%m-%d}"
            rent = self.tr("{rent} / {period}").format(
                rent=_money(lease.rent), period=enum_text(lease.period)
            )
            others = [r.label for r in lease.resources if not self._is_this(r)]
            tenants = "、".join(name for _, name in lease.tenants)
            tip = tenants
            if others:
                tip = self.tr("{tenants}; also let: {others}").format(
                    tenants=tenants, others="、".join(others)
                )
            state = enum_text(lease.state)
            if lease.renewed_by_id is not None:
                state = self.tr("{state}, renewed").format(state=state)
            rows.append(
                [text_item(state), text_item(term), text_item(tenants, tip), text_item(rent)]
            )
        fill_table(self.leases_table, rows, leases)
        self.leases_title.setText(
            self.tr("Leases ({count})").format(count=len(leases)) if leases else self.tr("Leases")
        )

        defects = story.open_defects
        fill_table(
            self.defects_table,
            [[text_item(i.name), text_item(i.defect)] for i in defects],
            defects,
        )
        self.defects_title.setText(
            self.tr("Open defects ({count})").format(count=len(defects))
            if defects
            else self.tr("Open defects")
        )
        is_room = story.room_id is not None
        self.defects_title.setVisible(is_room)
        self.defects_table.setVisible(is_room)
        self.rectify_button.setVisible(is_room)

        events = story.events
        rows = []
        for event in events:
            what, details = self.describe(event)
            day = text_item(event.day.isoformat())
            cells = [day, text_item(what), text_item(details)]
            if event.upcoming:
                for cell in cells:
                    cell.setForeground(QBrush(QColor(MUTED_COLOR)))
            if event.values.get("overdue"):
                cells[1].setForeground(QBrush(QColor(OVERDUE_COLOR)))
            rows.append(cells)
        fill_table(self.story_table, rows, [None] * len(rows))
        if not events:
            self.note_label.setText(self.tr("No sale, handover, lease or transfer recorded yet."))
        else:
            self.note_label.clear()

    def _is_this(self, resource) -> bool:
        if self._room_id is not None:
            return resource.room_id == self._room_id
        return resource.space_id == self._space_id

    def describe(self, event: _story.Event) -> tuple[str, str]:
        """An event as a clerk reads it: what happened, and its details."""
        v = event.values
        kind = event.kind
        if kind == _story.SALE:
            return self.tr("Sold"), self.tr("Contract {contract}: {buyers}; {price} yuan").format(
                contract=v["contract"], buyers=v["buyers"], price=_money(v["price"])
            )
        if kind == _story.HANDOVER_SCHEDULED:
            what = (
                self.tr("Handover appointment (overdue)")
                if v.get("overdue")
                else self.tr("Handover appointment")
            )
            return what, ""
        if kind == _story.HANDOVER:
            details = self.tr("By {by}; {keys} keys; meters {readings}").format(
                by=v["by"], keys=v["keys"], readings=v["readings"] or "—"
            )
            if v["defects"]:
                details += self.tr("; defects: {count}, still open: {open}").format(
                    count=v["defects"], open=v["open"]
                )
            else:
                details += self.tr("; no defects")
            return self.tr("Handed over"), details
        if kind == _story.RECTIFIED:
            return self.tr("Defect rectified"), self.tr("{item}: {defect} (by {by})").format(
                item=v["item"], defect=v["defect"], by=v["by"] or "—"
            )
        if kind in (_story.LEASE_STARTED, _story.LEASE_RENEWED):
            details = self.tr("{tenants} until {end}, {rent} / {period}; {resources}").format(
                tenants=v["tenants"],
                end=v["end"].isoformat(),
                rent=_money(v["rent"]),
                period=enum_text(v["period"]),
                resources=v["resources"],
            )
            what = self.tr("Let") if kind == _story.LEASE_STARTED else self.tr("Lease renewed")
            return what, details
        if kind == _story.LEASE_TERMINATED:
            return self.tr("Lease terminated"), self.tr("{tenants}: {reason}").format(
                tenants=v["tenants"], reason=v["reason"]
            )
        if kind == _story.LEASE_ENDED:
            what = self.tr("Lease ends") if event.upcoming else self.tr("Lease ended")
            return what, v["tenants"]
        if kind == _story.TRANSFER:
            details = self.tr("{old} → {new} ({reason})").format(
                old=v["from"], new=v["to"], reason=enum_text(v["reason"])
            )
            if v["certificates"]:
                details += self.tr("; certificate {numbers}").format(numbers=v["certificates"])
            if v["ended"]:
                details += self.tr("; ended: {names}").format(names=v["ended"])
            return self.tr("Ownership transferred"), details
        return kind, ""

    @Slot()
    def _update_buttons(self) -> None:
        has = self.has_resource
        is_room = self._room_id is not None
        unsold = self._status in (RoomStatus.UNSOLD.value, SpaceStatus.UNSOLD.value)
        self.sale_button.setEnabled(has and unsold)
        self.handover_button.setVisible(is_room or not has)
        self.handover_button.setEnabled(has and is_room and not unsold)
        self.transfer_button.setEnabled(has and not unsold)
        self.lease_button.setEnabled(has and not unsold)
        lease = self.selected_lease()
        self.renew_button.setEnabled(lease is not None and self._renewable(lease))
        self.terminate_button.setEnabled(
            lease is not None and lease.state in (LeaseState.ACTIVE, LeaseState.UPCOMING)
        )
        self.rectify_button.setEnabled(self.selected_defect() is not None)
        for button, tip in (
            (self.sale_button, self.tr("Only an unsold room or parking space can be sold.")),
            (self.transfer_button, self.tr("Sell it first: an unsold one has no owner.")),
            (self.lease_button, self.tr("Sell it first: only an owner can let it.")),
        ):
            button.setToolTip("" if button.isEnabled() or not has else tip)
