"""Transfer of ownership (转让过户): a room or parking space passes from its current
owners to new ones in one guided step.

The clerk sees the current owners, picks the new owners by typing (an old owner may
stay as a new owner, with a new share), gives the transfer date, reason and the
certificate numbers, and reviews everyone and every lease that hangs on the old
owners: each row is pre-set to the service's suggestion and may be changed. When the
date or the new owners change, the preview is read again (debounced; an answer that
arrives after a newer question is dropped): suggestions follow, a choice the clerk
made by hand never does. A live summary says what will change. The service checks
everything again in one transaction; a refusal keeps the window open as it was.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import LeaseState, NodeKind, ReviewDecision, Role, TransferReason
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import tenancy
from crm_desktop.services import transfers as tr
from crm_desktop.services.database import Database
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import (
    ERROR_COLOR,
    BaseDialog,
    combo_value,
    enum_label,
    fill_enum_combo,
)
from crm_desktop.ui.dialogs.customer_picker import CustomerPicker, PickerTexts
from crm_desktop.ui.dialogs.identity_dialogs import _Form
from crm_desktop.ui.qdates import today_qdate
from crm_desktop.ui.tree_model import IDENTITY_CHANGE

IDENTITY = "identity"
LEASE = "lease"
Key = tuple[str, int]  # (IDENTITY, identity id) or (LEASE, lease id)

# The review table's columns.
WHO, WHAT, WHEN, DECISION = range(4)


# --- loading (on the database thread) -------------------------------------------------
@dataclass(frozen=True)
class TransferFormData:
    """The preview, plus the rooms and spaces of each reviewed lease (a lease may let a
    parking space too: it changes with the transfer, so its view is refreshed)."""

    preview: tr.TransferPreview
    lease_rooms: dict[int, tuple[int, ...]]
    lease_spaces: dict[int, tuple[int, ...]]


def load_transfer_form(
    db: Database,
    room_id: int | None,
    space_id: int | None,
    transfer_date: date,
    new_owner_ids: list[int] | tuple[int, ...] = (),
) -> TransferFormData:
    preview = tr.preview_transfer(
        db,
        room_id=room_id,
        space_id=space_id,
        transfer_date=transfer_date,
        new_owner_ids=list(new_owner_ids),
    )
    rooms: dict[int, tuple[int, ...]] = {}
    spaces: dict[int, tuple[int, ...]] = {}
    for review in preview.leases:
        lease = tenancy.lease_of(db, review.lease_id)
        rooms[review.lease_id] = tuple(r.room_id for r in lease.resources if r.room_id)
        spaces[review.lease_id] = tuple(r.space_id for r in lease.resources if r.space_id)
    return TransferFormData(preview, rooms, spaces)


def _percent(share: Decimal) -> str:
    """50.00 → "50", 33.33 → "33.33"."""
    return format(share.normalize(), "f")


# --- the form -------------------------------------------------------------------------
class _TransferForm(_Form):
    def build(self, dialog) -> None:
        self.resourceLabel = QLabel(dialog)
        self.resourceLabel.setObjectName("resourceLabel")
        self.resourceLabel.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.mainLayout.addWidget(self.resourceLabel)

        # Everything but the title, the error line and the buttons: hidden when the
        # resource cannot be transferred at all.
        self.body = QWidget(dialog)
        self.body.setObjectName("transferBody")
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 4)
        columns.addLayout(right, 7)
        self.mainLayout.addWidget(self.body, 1)

        # -- left: from whom, to whom ------------------------------------------------------
        owners_title = QLabel(
            QCoreApplication.translate("TransferDialog", "Current owners"), self.body
        )
        owners_title.setStyleSheet("font-weight: bold;")
        left.addWidget(owners_title)
        self.ownersTable = QTableWidget(0, 3, self.body)
        self.ownersTable.setObjectName("ownersTable")
        self.ownersTable.setAccessibleName(
            QCoreApplication.translate("TransferDialog", "Current owners")
        )
        self.ownersTable.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TransferDialog", "Owner"),
                QCoreApplication.translate("TransferDialog", "Share (%)"),
                QCoreApplication.translate("TransferDialog", "Since"),
            ]
        )
        self.ownersTable.verticalHeader().setVisible(False)
        header = self.ownersTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ownersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ownersTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.ownersTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ownersTable.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        left.addWidget(self.ownersTable)
        left.addSpacing(8)

        self.picker = CustomerPicker(
            dialog.ctx,
            PickerTexts(
                title=QCoreApplication.translate(
                    "TransferDialog", "New owners and their shares (together 100%)"
                ),
                column=QCoreApplication.translate("TransferDialog", "New owner"),
                find_label=QCoreApplication.translate("TransferDialog", "&Find a new owner:"),
                find_accessible=QCoreApplication.translate("TransferDialog", "Find a new owner"),
                remove=QCoreApplication.translate("TransferDialog", "&Remove new owner"),
                new=QCoreApplication.translate("TransferDialog", "&New customer…"),
            ),
            self.body,
            with_shares=True,
        )
        self.picker.setToolTip(
            QCoreApplication.translate(
                "TransferDialog",
                "A current owner who keeps a part is listed here too, with the new share.",
            )
        )
        left.addWidget(self.picker)
        left.addStretch(1)

        # -- right: the transfer, the review, the summary ----------------------------------
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateEdit = QDateEdit(self.body)
        self.dateEdit.setObjectName("dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("yyyy-MM-dd")
        self.dateEdit.setAccessibleName(
            QCoreApplication.translate("TransferDialog", "Transfer date")
        )
        self.dateHint = QLabel(self.body)
        self.dateHint.setObjectName("dateHint")
        self.dateHint.setStyleSheet("color: #666;")
        self.dateHint.setWordWrap(True)
        date_row = QHBoxLayout()
        date_row.addWidget(self.dateEdit)
        date_row.addWidget(self.dateHint, 1)
        form.addRow(
            self.label(
                self.body,
                QCoreApplication.translate("TransferDialog", "Transfer &date:"),
                self.dateEdit,
                True,
            ),
            date_row,
        )
        self.reasonCombo = QComboBox(self.body)
        self.reasonCombo.setObjectName("reasonCombo")
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("TransferDialog", "Reason"))
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reasonCombo)
        reason_row.addStretch(1)
        form.addRow(
            self.label(
                self.body,
                QCoreApplication.translate("TransferDialog", "Rea&son:"),
                self.reasonCombo,
                True,
            ),
            reason_row,
        )
        lines = QFontMetrics(dialog.font()).lineSpacing()
        self.certificatesEdit = QPlainTextEdit(self.body)
        self.certificatesEdit.setObjectName("certificatesEdit")
        self.certificatesEdit.setAccessibleName(
            QCoreApplication.translate("TransferDialog", "Certificate numbers (产权证号)")
        )
        self.certificatesEdit.setPlaceholderText(
            QCoreApplication.translate(
                "TransferDialog", "Several: separate them by ; or a new line. May stay empty."
            )
        )
        self.certificatesEdit.setTabChangesFocus(True)
        self.certificatesEdit.setFixedHeight(lines * 2 + 14)
        form.addRow(
            self.label(
                self.body,
                QCoreApplication.translate("TransferDialog", "&Certificate numbers:"),
                self.certificatesEdit,
            ),
            self.certificatesEdit,
        )
        self.notesEdit = QPlainTextEdit(self.body)
        self.notesEdit.setObjectName("notesEdit")
        self.notesEdit.setAccessibleName(QCoreApplication.translate("TransferDialog", "Notes"))
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setFixedHeight(lines * 2 + 14)
        self.notesLabel = self.label(
            self.body, QCoreApplication.translate("TransferDialog", "N&otes:"), self.notesEdit
        )
        self.notesLabel.setObjectName("notesLabel")
        form.addRow(self.notesLabel, self.notesEdit)
        right.addLayout(form)
        right.addSpacing(6)

        self.reviewTitle = QLabel(
            QCoreApplication.translate("TransferDialog", "&People and leases to review"),
            self.body,
        )
        self.reviewTitle.setObjectName("reviewTitle")
        self.reviewTitle.setStyleSheet("font-weight: bold;")
        right.addWidget(self.reviewTitle)
        self.reviewEmptyLabel = QLabel(self.body)
        self.reviewEmptyLabel.setObjectName("reviewEmptyLabel")
        self.reviewEmptyLabel.setWordWrap(True)
        self.reviewEmptyLabel.hide()
        right.addWidget(self.reviewEmptyLabel)
        self.reviewTable = QTableWidget(0, 4, self.body)
        self.reviewTable.setObjectName("reviewTable")
        self.reviewTable.setAccessibleName(
            QCoreApplication.translate("TransferDialog", "People and leases to review")
        )
        self.reviewTable.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TransferDialog", "Who"),
                QCoreApplication.translate("TransferDialog", "Identity or lease"),
                QCoreApplication.translate("TransferDialog", "Since / term"),
                QCoreApplication.translate("TransferDialog", "Decision"),
            ]
        )
        self.reviewTable.verticalHeader().setVisible(False)
        review_header = self.reviewTable.horizontalHeader()
        review_header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.ResizeToContents)
        review_header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        review_header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        review_header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.ResizeToContents)
        self.reviewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.reviewTable.setTabKeyNavigation(False)
        self.reviewTable.setWordWrap(True)
        # The decisions (combos in the table) take the focus, not the table itself.
        self.reviewTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reviewTable.setMinimumHeight(110)
        right.addWidget(self.reviewTable, 3)
        self.reviewHint = QLabel(
            QCoreApplication.translate(
                "TransferDialog",
                "Pre-set to the usual choice. A choice you change stays when the date or the "
                "new owners change.",
            ),
            self.body,
        )
        self.reviewHint.setObjectName("reviewHint")
        self.reviewHint.setStyleSheet("color: #666;")
        self.reviewHint.setWordWrap(True)
        right.addWidget(self.reviewHint)
        right.addSpacing(6)

        self.summaryScroll = QScrollArea(self.body)
        self.summaryScroll.setObjectName("summaryScroll")
        self.summaryScroll.setWidgetResizable(True)
        self.summaryScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.summaryScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summaryLabel = QLabel(self.summaryScroll)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summaryLabel.setStyleSheet(
            "background: #f5f5f5; border: 1px solid #ddd; padding: 6px;"
        )
        self.summaryScroll.setWidget(self.summaryLabel)
        self.summaryScroll.setMinimumHeight(120)
        right.addWidget(self.summaryScroll, 2)


class _WheelFilter(QObject):
    """Scrolling over the review table never changes a decision the mouse passes over:
    a combo takes the wheel only when it has the focus."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Override QObject.eventFilter."""
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


# --- the dialog -----------------------------------------------------------------------
class TransferDialog(BaseDialog):
    """Transfer the ownership of one room or parking space to new owners."""

    PREVIEW_DELAY_MS = 300

    def __init__(
        self,
        ctx: AppContext,
        resource: tuple[int | None, int | None, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ctx, _TransferForm)
        self.setObjectName("TransferDialog")
        self.room_id, self.space_id, self.resource_label = resource
        self.data: TransferFormData | None = None
        # The owners the clerk saw when the window opened: a change by another clerk
        # meanwhile makes the service refuse the transfer as stale.
        self.owner_identity_ids: list[int] | None = None
        self._manual: dict[Key, ReviewDecision] = {}  # decisions changed by hand
        self._combos: dict[Key, QComboBox] = {}
        self._generation = 0
        self._requested: tuple[date, tuple[int, ...]] | None = None
        self._in_flight = False
        self._ok_waiting = False
        self._preview_error = False  # the error line shows a failed re-read
        ui = self.ui
        self.set_title(self.tr("Transfer of ownership – {what}").format(what=self.resource_label))
        ui.resourceLabel.setText(self.tr("Transfer {what}").format(what=self.resource_label))
        today = today_qdate()
        ui.dateEdit.setMaximumDate(today)
        ui.dateEdit.setDate(today)
        fill_enum_combo(ui.reasonCombo, TransferReason, TransferReason.RESALE)
        self.ok_button.setText(self.tr("Register transfer"))
        # Enter in the search field adds a new owner; nothing confirms but the button.
        self.enter_never_confirms()
        ui.summaryLabel.setText(self.tr("Loading…"))

        self._wheel_filter = _WheelFilter(self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(self.PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._run_preview)

        ui.picker.changed.connect(self._owners_changed)
        ui.dateEdit.dateChanged.connect(self._date_changed)
        ui.reasonCombo.currentIndexChanged.connect(lambda _i: self._reason_changed())
        ui.certificatesEdit.textChanged.connect(self.refresh)
        ui.notesEdit.textChanged.connect(self.refresh)
        self._reason_changed()
        self._fix_tab_order()
        self.resize(1120, 680)
        self.loaded.connect(self._after_load)
        ui.picker.searchEdit.setFocus()
        self.load(
            load_transfer_form,
            ctx.db,
            self.room_id,
            self.space_id,
            today.toPython(),
            (),
            then=self._fill,
        )

    # -- state -----------------------------------------------------------------------------
    @property
    def preview(self) -> tr.TransferPreview | None:
        return self.data.preview if self.data is not None else None

    @property
    def is_loaded(self) -> bool:
        """The first preview has arrived (or could not be read)."""
        return not self._loading and (self.data is not None or self._load_failed)

    @property
    def previewing(self) -> bool:
        """A re-read of the preview is waiting for its delay or its answer."""
        return self._preview_timer.isActive() or self._in_flight

    def transfer_date(self) -> date:
        return self.ui.dateEdit.date().toPython()

    def reason(self) -> TransferReason:
        return combo_value(self.ui.reasonCombo, TransferReason)

    def decision(self, key: Key) -> ReviewDecision | None:
        combo = self._combos.get(key)
        return ReviewDecision(combo.currentData()) if combo is not None else None

    def decisions(self) -> dict[int, ReviewDecision]:
        """Identity id → decision, for every person reviewed."""
        return {
            k[1]: ReviewDecision(c.currentData())
            for k, c in self._combos.items()
            if k[0] == IDENTITY
        }

    def lease_decisions(self) -> dict[int, ReviewDecision]:
        """Lease id → decision, for every lease reviewed."""
        return {
            k[1]: ReviewDecision(c.currentData()) for k, c in self._combos.items() if k[0] == LEASE
        }

    def review_keys(self) -> list[Key]:
        return list(self._combos)

    def combo(self, key: Key) -> QComboBox:
        return self._combos[key]

    def is_manual(self, key: Key) -> bool:
        return key in self._manual

    # -- loading ---------------------------------------------------------------------------
    def _fill(self, data: TransferFormData) -> None:
        preview = data.preview
        self.owner_identity_ids = list(preview.owner_identity_ids)
        self._requested = (preview.transfer_date, ())
        ui = self.ui
        table = ui.ownersTable
        table.setRowCount(0)
        for owner in preview.owners:
            row = table.rowCount()
            table.insertRow(row)
            share = QTableWidgetItem(_percent(owner.share))
            share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, QTableWidgetItem(owner.name))
            table.setItem(row, 1, share)
            table.setItem(row, 2, QTableWidgetItem(owner.start_date.isoformat()))
        table.resizeRowsToContents()
        rows = min(max(table.rowCount(), 1), 4)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(rows)) if table.rowCount() else 24
        table.setFixedHeight(height)
        earliest = preview.earliest_date
        ui.dateEdit.setMinimumDate(QDate(earliest))
        ui.dateHint.setText(
            self.tr("From {date} (when the current ownership began) up to today.").format(
                date=earliest.isoformat()
            )
        )
        self._apply(data)
        self._schedule_preview()  # new owners or a date chosen while it was loading

    def _after_load(self) -> None:
        if self._load_failed:
            # Nothing to transfer (no owners, or the resource is gone): say so only.
            self.ui.body.hide()
            self.ok_button.setEnabled(False)
            self._compact()
            return
        self.ui.picker.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _compact(self, width: int = 560) -> None:
        """Just as high as the title, the message and the buttons need."""
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, self.minimumSizeHint().height()))

    # -- re-reading the preview ------------------------------------------------------------
    def _preview_key(self) -> tuple[date, tuple[int, ...]]:
        return self.transfer_date(), tuple(sorted(self.ui.picker.ids()))

    def _owners_changed(self) -> None:
        self._schedule_preview()
        self.refresh()

    def _date_changed(self, _day: QDate) -> None:
        self._schedule_preview()
        self.refresh()

    def _schedule_preview(self) -> None:
        """Read the preview again shortly after the date or the new owners changed
        (a share does not change what is suggested)."""
        if self.data is None:
            return
        if self._preview_key() == self._requested:
            self._preview_timer.stop()
            return
        self._preview_timer.start()

    def _run_preview(self) -> None:
        self._preview_timer.stop()
        key = self._preview_key()
        self._requested = key
        self._generation += 1
        generation = self._generation
        self._in_flight = True
        day, ids = key
        self.ctx.run(
            load_transfer_form,
            self.ctx.db,
            self.room_id,
            self.space_id,
            day,
            ids,
            on_done=lambda data: self._previewed(generation, data),
            on_error=lambda exc: self._preview_failed(generation, exc),
            quiet=True,
        )

    def _previewed(self, generation: int, data: TransferFormData) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # a newer question is on its way: this answer is stale
        self._in_flight = False
        if self._preview_error:
            self._preview_error = False
            self.clear_error()
        self._apply(data)
        self._continue_ok()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._in_flight = False
        self._ok_waiting = False
        self._requested = None  # ask again on the next change
        self._preview_error = True
        self.show_error(exc)

    # -- the review table ------------------------------------------------------------------
    def _rows(self, preview: tr.TransferPreview) -> list[tuple[Key, Any]]:
        return [((IDENTITY, d.identity_id), d) for d in preview.dependants] + [
            ((LEASE, lease.lease_id), lease) for lease in preview.leases
        ]

    def _suggested(self, subject: Any, day: date) -> ReviewDecision:
        if isinstance(subject, tr.DependantRow) and subject.start_date > day:
            return ReviewDecision.KEEP  # here only after the transfer date: cannot end on it
        return subject.suggested

    def _apply(self, data: TransferFormData) -> None:
        """Show a (new) preview: rows that disappeared drop out, new rows get the
        suggestion, a decision changed by hand stays."""
        self.data = data
        preview = data.preview
        if self.owner_identity_ids is not None and set(preview.owner_identity_ids) != set(
            self.owner_identity_ids
        ):
            self.show_error(
                self.tr(
                    "The owners of {what} changed after this window was opened (by another "
                    "clerk?). Close it and open the transfer again."
                ).format(what=self.resource_label)
            )
        rows = self._rows(preview)
        keys = [key for key, _ in rows]
        self._manual = {k: v for k, v in self._manual.items() if k in keys}
        table = self.ui.reviewTable
        focused = next((k for k, c in self._combos.items() if c.hasFocus()), None)
        table.blockSignals(True)
        if keys != list(self._combos):
            table.setRowCount(0)
            self._combos = {}
            for key, _subject in rows:
                row = table.rowCount()
                table.insertRow(row)
                self._combos[key] = self._make_combo(key)
                table.setCellWidget(row, DECISION, self._combos[key])
        for row, (key, subject) in enumerate(rows):
            self._fill_row(row, key, subject, preview.transfer_date)
        table.blockSignals(False)
        table.resizeRowsToContents()
        empty = not rows
        table.setVisible(not empty)
        self.ui.reviewHint.setVisible(not empty)
        self.ui.reviewEmptyLabel.setVisible(empty)
        if empty:
            self.ui.reviewEmptyLabel.setText(
                self.tr(
                    "Nobody to review: no family members, residents, emergency contacts, "
                    "tenants or leases hang on the current owners."
                )
            )
        self.ui.reviewTitle.setBuddy(self._combos[keys[0]] if keys else None)
        if focused is not None and focused in self._combos:
            self._combos[focused].setFocus(Qt.FocusReason.OtherFocusReason)
        self._fix_tab_order()
        self.refresh()

    def _make_combo(self, key: Key) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("decisionCombo")
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.installEventFilter(self._wheel_filter)
        if key[0] == IDENTITY:
            combo.addItem(enum_label(ReviewDecision.END), ReviewDecision.END.value)
            combo.addItem(enum_label(ReviewDecision.KEEP), ReviewDecision.KEEP.value)
        else:
            combo.addItem(self.tr("Terminate on the transfer date"), ReviewDecision.END.value)
            combo.addItem(
                self.tr("Keep (the new owner becomes landlord)"), ReviewDecision.KEEP.value
            )
        combo.activated.connect(lambda _i, k=key: self._decided_by_hand(k))
        combo.activated.connect(self._mark_modified)
        return combo

    def _fill_row(self, row: int, key: Key, subject: Any, day: date) -> None:
        table = self.ui.reviewTable
        combo = self._combos[key]
        suggested = self._suggested(subject, day)
        if key[0] == IDENTITY:
            who = subject.name
            what = self._role_text(subject)
            when = (
                self.tr("since {start}").format(start=subject.start_date.isoformat())
                if subject.end_date is None
                else f"{subject.start_date.isoformat()} – {subject.end_date.isoformat()}"
            )
        else:
            who = "、".join(name for _, name in subject.tenants) or "—"
            what = self._lease_text(subject)
            when = f"{subject.start_date.isoformat()} – {subject.end_date.isoformat()}"
            combo.setItemText(0, self._lease_end_text(subject, day))
            combo.setItemText(1, self._lease_keep_text(subject))
        for column, text in ((WHO, who), (WHAT, what), (WHEN, when)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
        wanted = self._manual.get(key, suggested)
        combo.setCurrentIndex(max(combo.findData(wanted.value), 0))
        combo.setAccessibleName(self.tr("{who}: decision").format(who=who))
        label = combo.itemText(combo.findData(suggested.value))
        combo.setToolTip(
            self.tr("Your choice; suggested: {choice}").format(choice=label)
            if key in self._manual
            else self.tr("Suggested: {choice}").format(choice=label)
        )
        combo.setProperty("suggested", suggested.value)

    def _role_text(self, d: tr.DependantRow) -> str:
        if d.role == Role.FAMILY and d.related_name:
            if d.relation is not None:
                return self.tr("Family member of {name} ({relation})").format(
                    name=d.related_name, relation=enum_label(d.relation)
                )
            return self.tr("Family member of {name}").format(name=d.related_name)
        if d.role == Role.TENANT:
            return self.tr("Tenant without a lease")
        if d.related_name:
            return self.tr("{role} of {name}").format(role=enum_label(d.role), name=d.related_name)
        return enum_label(d.role)

    def _lease_text(self, lease: tr.LeaseReview) -> str:
        parts = [self.tr("Lease, landlord {name}").format(name=lease.landlord_name)]
        if lease.state == LeaseState.UPCOMING:
            parts.append(self.tr("not begun yet"))
        if lease.other_resources:
            parts.append(self.tr("also {what}").format(what="、".join(lease.other_resources)))
        if lease.renewal_id is not None:
            parts.append(self.tr("its renewal follows"))
        return "; ".join(parts)

    def _lease_end_text(self, lease: tr.LeaseReview, day: date) -> str:
        if lease.start_date >= day:
            return self.tr("Cancel the lease (it has not begun)")
        return self.tr("Terminate on the transfer date")

    def _lease_keep_text(self, lease: tr.LeaseReview) -> str:
        if lease.landlord_id in self.ui.picker.ids():
            return self.tr("Keep ({name} stays landlord)").format(name=lease.landlord_name)
        return self.tr("Keep (the new owner becomes landlord)")

    def _decided_by_hand(self, key: Key) -> None:
        combo = self._combos.get(key)
        if combo is None:
            return
        self._manual[key] = ReviewDecision(combo.currentData())
        suggested = combo.itemText(combo.findData(combo.property("suggested")))
        combo.setToolTip(self.tr("Your choice; suggested: {choice}").format(choice=suggested))
        self.refresh()

    # -- keyboard --------------------------------------------------------------------------
    def _fix_tab_order(self) -> None:
        """Tab follows the window: new owners, the transfer's fields, the decisions."""
        ui = self.ui
        picker = ui.picker
        chain: list[QWidget] = [
            picker.table,
            picker.removeButton,
            picker.newButton,
            picker.searchEdit,
            picker.resultsList,
            ui.dateEdit,
            ui.reasonCombo,
            ui.certificatesEdit,
            ui.notesEdit,
            *self._combos.values(),
            self.ok_button,
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- the reason and its notes ----------------------------------------------------------
    def _reason_changed(self) -> None:
        ui = self.ui
        other = self.reason() == TransferReason.OTHER
        ui.notesLabel.setText(self.tr("N&otes (required):") if other else self.tr("N&otes:"))
        ui.notesLabel.setProperty("required", other)
        ui.notesLabel.style().unpolish(ui.notesLabel)
        ui.notesLabel.style().polish(ui.notesLabel)
        ui.notesEdit.setPlaceholderText(
            self.tr("Required for the reason “other”: what kind of transfer this is")
            if other
            else ""
        )
        self.refresh()

    # -- summary ---------------------------------------------------------------------------
    def _new_landlord(self, lease: tr.LeaseReview) -> str | None:
        """Who becomes landlord of a kept lease: the landlord if they stay an owner, else
        the new owner with the largest share (the first of equals), as the service does."""
        picker = self.ui.picker
        if lease.landlord_id in picker.ids():
            return lease.landlord_name
        best: tuple[Decimal, str] | None = None
        for (_cid, name), text in zip(picker.people, picker.shares(), strict=True):
            try:
                share = Decimal(text.replace("%", "").replace("％", "").strip() or "0")
            except (InvalidOperation, ValueError):
                return None
            if best is None or share > best[0]:
                best = (share, name)
        return best[1] if best else None

    def refresh(self) -> None:
        ui = self.ui
        preview = self.preview
        if preview is None:
            return
        esc = html.escape
        day = self.transfer_date().isoformat()
        old = "、".join(f"{o.name} {_percent(o.share)}%" for o in preview.owners)
        lines = [
            self.tr("<b>What will change</b>"),
            self.tr("{what}: {old} → {new} from {date}").format(
                what=esc(self.resource_label),
                old=esc(old),
                new=esc(ui.picker.describe()),
                date=day,
            ),
        ]
        subjects = dict(self._rows(preview))
        for key in self._combos:
            subject = subjects.get(key)
            if subject is None:
                continue
            decision = self.decision(key)
            if key[0] == IDENTITY:
                who = f"{esc(subject.name)} – {esc(self._role_text(subject))}"
                lines.append(
                    self.tr("{who}: ends on {date}").format(who=who, date=day)
                    if decision == ReviewDecision.END
                    else self.tr("{who}: stays").format(who=who)
                )
                continue
            tenants = esc("、".join(name for _, name in subject.tenants) or "—")
            if decision == ReviewDecision.END:
                if subject.start_date >= self.transfer_date():
                    text = self.tr("Lease of {tenants}: cancelled (it has not begun)")
                else:
                    text = self.tr("Lease of {tenants}: terminated on {date}")
                lines.append(text.format(tenants=tenants, date=day))
                continue
            landlord = self._new_landlord(subject)
            if landlord == subject.landlord_name and subject.landlord_id in ui.picker.ids():
                lines.append(
                    self.tr("Lease of {tenants}: kept, {name} stays landlord").format(
                        tenants=tenants, name=esc(landlord)
                    )
                )
            else:
                lines.append(
                    self.tr("Lease of {tenants}: kept, landlord {old} → {new}").format(
                        tenants=tenants,
                        old=esc(subject.landlord_name),
                        new=esc(landlord)
                        if landlord
                        else self.tr("the new owner with the largest share"),
                    )
                )
        try:
            certificates = tr.parse_certificates(ui.certificatesEdit.toPlainText())
        except CrmError:
            certificates = None
        if certificates is None:
            record = self.tr("Transfer record: {reason}, certificate numbers too long").format(
                reason=esc(enum_label(self.reason()))
            )
            record = f'<span style="color: {ERROR_COLOR};">{record}</span>'
        elif certificates:
            record = self.tr("Transfer record: {reason}, certificates {numbers}").format(
                reason=esc(enum_label(self.reason())), numbers=esc(certificates)
            )
        else:
            record = self.tr("Transfer record: {reason}, no certificate numbers").format(
                reason=esc(enum_label(self.reason()))
            )
        lines.append(record)
        if self.reason() == TransferReason.OTHER and not ui.notesEdit.toPlainText().strip():
            lines.append(
                f'<span style="color: {ERROR_COLOR};">'
                + self.tr("The reason “other” needs a note that explains it.")
                + "</span>"
            )
        ui.summaryLabel.setText("<br>".join(lines))

    # -- saving ----------------------------------------------------------------------------
    def _on_ok(self) -> None:
        """Wait for a pending re-read of the preview first: the decisions sent must be
        those of the rows for this date and these owners."""
        if not self.is_ready:
            return
        if self.previewing:
            self._ok_waiting = True
            if self._preview_timer.isActive():
                self._run_preview()
            return
        super()._on_ok()

    def _continue_ok(self) -> None:
        if self._ok_waiting and not self.previewing:
            self._ok_waiting = False
            self._on_ok()

    def fields(self) -> tr.TransferFields:
        ui = self.ui
        picker = ui.picker
        return tr.TransferFields(
            transfer_date=self.transfer_date(),
            reason=self.reason(),
            buyers=[
                tr.Buyer(share, customer_id=cid)
                for (cid, _name), share in zip(picker.people, picker.shares(), strict=True)
            ],
            room_id=self.room_id,
            space_id=self.space_id,
            certificate_numbers=ui.certificatesEdit.toPlainText(),
            decisions=self.decisions(),
            lease_decisions=self.lease_decisions(),
            notes=ui.notesEdit.toPlainText(),
            owner_identity_ids=self.owner_identity_ids,
        )

    def save_call(self):
        return tr.transfer_ownership, (self.fields(),)

    def change_for(self, result) -> Change | None:
        kind = NodeKind.ROOM if self.room_id is not None else NodeKind.PARKING_SPACE
        resource = self.room_id if self.room_id is not None else self.space_id
        self.ctx.notify(Change(kind, ids=(resource,)))
        rooms = {self.room_id} if self.room_id is not None else set()
        spaces = {self.space_id} if self.space_id is not None else set()
        customers = set(self.ui.picker.ids())
        data = self.data
        if data is not None:
            preview = data.preview
            customers |= {o.customer_id for o in preview.owners}
            customers |= {d.customer_id for d in preview.dependants}
            for lease in preview.leases:
                customers.add(lease.landlord_id)
                customers |= {cid for cid, _ in lease.tenants}
                rooms |= set(data.lease_rooms.get(lease.lease_id, ()))
                spaces |= set(data.lease_spaces.get(lease.lease_id, ()))
        # A lease's other resources (a parking space let with the flat) change too.
        other_rooms = tuple(sorted(rooms - {self.room_id}))
        other_spaces = tuple(sorted(spaces - {self.space_id}))
        if other_rooms:
            self.ctx.notify(Change(NodeKind.ROOM, ids=other_rooms))
        if other_spaces:
            self.ctx.notify(Change(NodeKind.PARKING_SPACE, ids=other_spaces))
        return Change(
            IDENTITY_CHANGE,  # type: ignore[arg-type] - a customer-side kind, see tree_model
            ids=(),
            extra={
                "room_ids": tuple(sorted(rooms)),
                "space_ids": tuple(sorted(spaces)),
                "customer_ids": tuple(sorted(customers)),
                "transfer_id": result,
            },
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        ui = self.ui
        if name == "buyers":
            return ui.picker.table if ui.picker.people else ui.picker.searchEdit
        if name in ("decisions", "lease_decisions"):
            kind = IDENTITY if name == "decisions" else LEASE
            combos = [c for k, c in self._combos.items() if k[0] == kind]
            return combos[0] if combos else None
        return {
            "transfer_date": ui.dateEdit,
            "reason": ui.reasonCombo,
            "notes": ui.notesEdit,
            "certificate_numbers": ui.certificatesEdit,
        }.get(name or "")

    def show_error(self, exc) -> None:
        """Also put the cursor on the very decision a service error names."""
        super().show_error(exc)
        field = getattr(exc, "field", None)
        params = getattr(exc, "params", {}) or {}
        wanted = params.get("name") or params.get("names")
        if field not in ("decisions", "lease_decisions") or not wanted or self.preview is None:
            return
        first = str(wanted).split("、")[0]
        for key, subject in self._rows(self.preview):
            if key not in self._combos:
                continue
            if key[0] == IDENTITY and field == "decisions" and subject.name == first:
                self._combos[key].setFocus(Qt.FocusReason.OtherFocusReason)
                return
            if key[0] == LEASE and field == "lease_decisions":
                if "、".join(n for _, n in subject.tenants) == str(wanted):
                    self._combos[key].setFocus(Qt.FocusReason.OtherFocusReason)
                    return
