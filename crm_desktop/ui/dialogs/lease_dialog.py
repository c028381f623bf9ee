"""Tenancy (出租): let a room or parking space (a flat plus its parking space on one
lease is the common case), renew a lease for a term that follows on, or terminate
one early.

``LeaseDialog`` starts a lease of the resource it was opened on: more resources are
added by typing their code, the landlord is one of the current owners, the tenants
are picked by typing (or entered as new customers), then the term, the rent and its
period, the deposit and the payment day. ``RenewLeaseDialog`` shows the current term
and asks for the new end date and the new terms (prefilled from the lease).
``TerminateLeaseDialog`` asks for the date and the reason. Each shows a live summary
of what will change and warns, before the clerk confirms, of what the service would
refuse (an overlapping lease, a landlord who does not own something let); the
service checks everything again, and a refusal keeps every entry as it was.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import clock
from crm_desktop.domain.enums import LeaseState, NodeKind, RentPeriod, Role
from crm_desktop.domain.errors import CrmError
from crm_desktop.services import identities as idn
from crm_desktop.services import tenancy
from crm_desktop.services.database import Database
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import (
    ERROR_COLOR,
    BaseDialog,
    combo_value,
    enum_label,
    fill_enum_combo,
    set_combo_value,
)
from crm_desktop.ui.dialogs.customer_picker import CustomerPicker, PickerTexts
from crm_desktop.ui.dialogs.identity_dialogs import _Form, _ReturnFilter
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.qdates import today_qdate
from crm_desktop.ui.tree_model import IDENTITY_CHANGE

# Reasons offered in the termination dialog (data, not interface text: the office
# records them in Chinese whatever the interface language). Any other can be typed.
COMMON_REASONS = ("租户提前退租", "业主收回", "违约", "双方协商解约")

Ref = tuple[int | None, int | None]  # (room id, space id)


# --- loading (on the database thread) -------------------------------------------------
@dataclass(frozen=True)
class Owner:
    customer_id: int
    name: str
    share: Decimal | None


@dataclass(frozen=True)
class ResourceInfo:
    """What the lease dialog checks as the clerk types: who owns a resource today and
    the leases it already has."""

    owners: list[Owner] = field(default_factory=list)
    leases: list[tenancy.LeaseRow] = field(default_factory=list)


def owners_of(db: Database, room_id: int | None, space_id: int | None) -> list[Owner]:
    """The current owners of a room or parking space, the largest share first."""
    rows = idn.resource_identities(db, room_id=room_id, space_id=space_id)
    owners = [Owner(r.customer_id, r.customer_name, r.share) for r in rows if r.role == Role.OWNER]
    return sorted(owners, key=lambda o: -(o.share or 0))


def resource_info(db: Database, room_id: int | None, space_id: int | None) -> ResourceInfo:
    if room_id is not None:
        leases = tenancy.leases_of(db, room_id=room_id)
    else:
        leases = tenancy.leases_of(db, space_id=space_id)
    return ResourceInfo(owners_of(db, room_id, space_id), leases)


@dataclass(frozen=True)
class LeaseFormData:
    """A lease with the current owners of its first resource (the landlords on offer)
    and the renewal that follows it, if any."""

    lease: tenancy.LeaseRow
    owners: list[Owner]
    renewal: tenancy.LeaseRow | None


def load_lease_form(db: Database, lease_id: int) -> LeaseFormData:
    lease = tenancy.lease_of(db, lease_id)
    first = lease.resources[0] if lease.resources else None
    owners = owners_of(db, first.room_id, first.space_id) if first is not None else []
    renewal = tenancy.lease_of(db, lease.renewed_by_id) if lease.renewed_by_id else None
    return LeaseFormData(lease, owners, renewal)


# --- texts shared by the three dialogs ------------------------------------------------
def money_text(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def rent_text(amount: Decimal, period: RentPeriod, day: int) -> str:
    """ "3,500.00 元 / month, paid on day 5"."""
    money = money_text(amount)
    per = {
        RentPeriod.MONTHLY: QCoreApplication.translate("LeaseDialog", "{amount} 元 / month"),
        RentPeriod.QUARTERLY: QCoreApplication.translate("LeaseDialog", "{amount} 元 / quarter"),
        RentPeriod.HALF_YEARLY: QCoreApplication.translate(
            "LeaseDialog", "{amount} 元 / half-year"
        ),
        RentPeriod.YEARLY: QCoreApplication.translate("LeaseDialog", "{amount} 元 / year"),
    }[RentPeriod(period)].format(amount=money)
    return QCoreApplication.translate("LeaseDialog", "{rent}, paid on day {day}").format(
        rent=per, day=day
    )


def _whole_years(start: QDate, end: QDate) -> int:
    years = end.year() - start.year()
    return years if years > 0 and start.addYears(years) == end else 0


def _whole_months(start: QDate, end: QDate) -> int:
    months = (end.year() - start.year()) * 12 + end.month() - start.month()
    return months if months > 0 and start.addMonths(months) == end else 0


def length_text(start: QDate, end: QDate) -> str:
    """A term's length as a clerk says it: "1 year", "6 months", "45 days"."""
    years = _whole_years(start, end)
    if years == 1:
        return QCoreApplication.translate("LeaseDialog", "1 year")
    if years:
        return QCoreApplication.translate("LeaseDialog", "{n} years").format(n=years)
    months = _whole_months(start, end)
    if months == 1:
        return QCoreApplication.translate("LeaseDialog", "1 month")
    if months:
        return QCoreApplication.translate("LeaseDialog", "{n} months").format(n=months)
    days = start.daysTo(end)
    if days == 1:
        return QCoreApplication.translate("LeaseDialog", "1 day")
    return QCoreApplication.translate("LeaseDialog", "{n} days").format(n=days)


def same_length_after(start: QDate, end: QDate) -> QDate:
    """The end of a term as long as ``start``–``end`` that starts on ``end``."""
    years = _whole_years(start, end)
    if years:
        return end.addYears(years)
    months = _whole_months(start, end)
    if months:
        return end.addMonths(months)
    return end.addDays(max(start.daysTo(end), 1))


def fit_height(dialog: QWidget) -> None:
    """Grow the window when a wrapped summary needs more lines than it has room for."""
    layout = dialog.layout()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def warning(text: str) -> str:
    return f'<span style="color: {ERROR_COLOR};">{text}</span>'


def names_text(names: list[str]) -> str:
    return "、".join(names) or "—"


def _summary_label(dialog: QWidget) -> QLabel:
    label = QLabel(dialog)
    label.setObjectName("summaryLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet("background: #f5f5f5; border: 1px solid #ddd; padding: 6px;")
    return label


def _date_edit(parent: QWidget, name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(accessible)
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


def _notes_edit(parent: QWidget, accessible: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName("notesEdit")
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(QFontMetrics(edit.font()).lineSpacing() * 3 + 12)
    return edit


def _money_edit(parent: QWidget, name: str, accessible: str, example: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(example)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setMaxLength(20)
    return edit


class _TermsFields:
    """Rent, period, deposit and payment day: the same rows (and shortcut letters) in
    the new-lease and the renewal forms."""

    def build_terms(self, dialog, form: QFormLayout) -> None:
        self.rentEdit = _money_edit(
            dialog,
            "rentEdit",
            QCoreApplication.translate("LeaseDialog", "Rent of one period"),
            "3500",
        )
        form.addRow(
            _Form.label(
                dialog,
                QCoreApplication.translate("LeaseDialog", "&Rent (yuan):"),
                self.rentEdit,
                True,
            ),
            self.rentEdit,
        )
        self.periodCombo = QComboBox(dialog)
        self.periodCombo.setObjectName("periodCombo")
        self.periodCombo.setAccessibleName(QCoreApplication.translate("LeaseDialog", "Rent period"))
        fill_enum_combo(self.periodCombo, RentPeriod, RentPeriod.MONTHLY)
        form.addRow(
            _Form.label(
                dialog,
                QCoreApplication.translate("LeaseDialog", "Rent &period:"),
                self.periodCombo,
                True,
            ),
            self.periodCombo,
        )
        self.depositEdit = _money_edit(
            dialog,
            "depositEdit",
            QCoreApplication.translate("LeaseDialog", "Deposit"),
            QCoreApplication.translate("LeaseDialog", "none"),
        )
        form.addRow(
            _Form.label(
                dialog,
                QCoreApplication.translate("LeaseDialog", "Dep&osit (yuan):"),
                self.depositEdit,
            ),
            self.depositEdit,
        )
        self.paymentDaySpin = QSpinBox(dialog)
        self.paymentDaySpin.setObjectName("paymentDaySpin")
        self.paymentDaySpin.setRange(1, 28)
        self.paymentDaySpin.setAccessibleName(
            QCoreApplication.translate("LeaseDialog", "Rent payment day of the month")
        )
        self.paymentDaySpin.setToolTip(
            QCoreApplication.translate(
                "LeaseDialog",
                "The day of the month the rent is paid (1 to 28: a day every month has)",
            )
        )
        self.paymentDayHint = QLabel(
            QCoreApplication.translate("LeaseDialog", "of the month"), dialog
        )
        self.paymentDayHint.setStyleSheet("color: #666;")
        day_row = QHBoxLayout()
        day_row.addWidget(self.paymentDaySpin)
        day_row.addWidget(self.paymentDayHint, 1)
        form.addRow(
            _Form.label(
                dialog,
                QCoreApplication.translate("LeaseDialog", "Pa&yment day:"),
                self.paymentDaySpin,
                True,
            ),
            day_row,
        )


# --- starting a lease -----------------------------------------------------------------
class _LeaseForm(_Form, _TermsFields):
    def build(self, dialog) -> None:
        self.resourceLabel = QLabel(dialog)
        self.resourceLabel.setObjectName("resourceLabel")
        self.resourceLabel.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.mainLayout.addWidget(self.resourceLabel)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.mainLayout.addLayout(columns, 1)

        # What is let: the resource the dialog was opened on and any added by code.
        self.resourcesBox = QWidget(dialog)
        self.resourcesBox.setObjectName("resourcesBox")
        box = QVBoxLayout(self.resourcesBox)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(QCoreApplication.translate("LeaseDialog", "What is let"), self.resourcesBox)
        title.setStyleSheet("font-weight: bold;")
        box.addWidget(title)
        self.resourcesList = QListWidget(self.resourcesBox)
        self.resourcesList.setObjectName("resourcesList")
        self.resourcesList.setAccessibleName(
            QCoreApplication.translate("LeaseDialog", "Rooms and parking spaces let")
        )
        self.resourcesList.setMaximumHeight(QFontMetrics(dialog.font()).lineSpacing() * 4 + 12)
        box.addWidget(self.resourcesList)
        self.codeEdit = self.line(
            self.resourcesBox,
            "codeEdit",
            QCoreApplication.translate("LeaseDialog", "Code of a room or parking space"),
        )
        self.codeEdit.setPlaceholderText(
            QCoreApplication.translate("LeaseDialog", "e.g. B1-001, then Enter")
        )
        self.addResourceButton = QPushButton(
            QCoreApplication.translate("LeaseDialog", "&Add"), self.resourcesBox
        )
        self.addResourceButton.setObjectName("addResourceButton")
        self.addResourceButton.setAutoDefault(False)
        self.removeResourceButton = QPushButton(
            QCoreApplication.translate("LeaseDialog", "Re&move"), self.resourcesBox
        )
        self.removeResourceButton.setObjectName("removeResourceButton")
        self.removeResourceButton.setAutoDefault(False)
        box.addWidget(
            self.label(
                self.resourcesBox,
                QCoreApplication.translate(
                    "LeaseDialog", "Let with it (room or parking space &code):"
                ),
                self.codeEdit,
            )
        )
        code_row = QHBoxLayout()
        code_row.addWidget(self.codeEdit, 1)
        code_row.addWidget(self.addResourceButton)
        code_row.addWidget(self.removeResourceButton)
        box.addLayout(code_row)
        self.codeHint = QLabel(self.resourcesBox)
        self.codeHint.setObjectName("codeHint")
        self.codeHint.setWordWrap(True)
        self.codeHint.hide()
        box.addWidget(self.codeHint)
        self.choicesList = QListWidget(self.resourcesBox)
        self.choicesList.setObjectName("choicesList")
        self.choicesList.setAccessibleName(
            QCoreApplication.translate("LeaseDialog", "Rooms and parking spaces found")
        )
        self.choicesList.setMaximumHeight(80)
        self.choicesList.hide()
        box.addWidget(self.choicesList)
        left.addWidget(self.resourcesBox)
        left.addSpacing(8)

        self.picker = CustomerPicker(
            dialog.ctx,
            PickerTexts(
                title=QCoreApplication.translate("LeaseDialog", "Tenants"),
                column=QCoreApplication.translate("LeaseDialog", "Tenant"),
                find_label=QCoreApplication.translate("LeaseDialog", "&Find a tenant:"),
                find_accessible=QCoreApplication.translate("LeaseDialog", "Find a tenant"),
                remove=QCoreApplication.translate("LeaseDialog", "Remo&ve tenant"),
                new=QCoreApplication.translate("LeaseDialog", "&New customer…"),
            ),
            dialog,
            with_shares=False,
        )
        left.addWidget(self.picker, 1)

        form = QFormLayout()
        self.landlordCombo = QComboBox(dialog)
        self.landlordCombo.setObjectName("landlordCombo")
        self.landlordCombo.setAccessibleName(QCoreApplication.translate("LeaseDialog", "Landlord"))
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("LeaseDialog", "&Landlord:"),
                self.landlordCombo,
                True,
            ),
            self.landlordCombo,
        )
        self.landlordNote = QLabel(dialog)
        self.landlordNote.setObjectName("landlordNote")
        self.landlordNote.setWordWrap(True)
        self.landlordNote.setStyleSheet(f"color: {ERROR_COLOR};")
        self.landlordNote.hide()
        form.addRow(self.landlordNote)
        self.startEdit = _date_edit(
            dialog, "startEdit", QCoreApplication.translate("LeaseDialog", "Start date")
        )
        start_row = QHBoxLayout()
        start_row.addWidget(self.startEdit)
        start_row.addStretch(1)
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("LeaseDialog", "&Start date:"),
                self.startEdit,
                True,
            ),
            start_row,
        )
        self.endEdit = _date_edit(
            dialog, "endEdit", QCoreApplication.translate("LeaseDialog", "End date")
        )
        self.endEdit.setToolTip(
            QCoreApplication.translate(
                "LeaseDialog", "The day the tenants hand the keys back (not a day of the term)"
            )
        )
        self.lengthLabel = QLabel(dialog)
        self.lengthLabel.setObjectName("lengthLabel")
        self.lengthLabel.setStyleSheet("color: #666;")
        end_row = QHBoxLayout()
        end_row.addWidget(self.endEdit)
        end_row.addWidget(self.lengthLabel, 1)
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("LeaseDialog", "&End date:"), self.endEdit, True
            ),
            end_row,
        )
        self.build_terms(dialog, form)
        self.notesEdit = _notes_edit(dialog, QCoreApplication.translate("LeaseDialog", "Notes"))
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("LeaseDialog", "No&tes:"), self.notesEdit
            ),
            self.notesEdit,
        )
        right.addLayout(form)
        right.addStretch(1)

        self.summaryLabel = _summary_label(dialog)
        self.mainLayout.addWidget(self.summaryLabel)


@dataclass
class _Resource:
    room_id: int | None
    space_id: int | None
    label: str
    info: ResourceInfo | None = None  # None while loading

    @property
    def ref(self) -> Ref:
        return (self.room_id, self.space_id)


class LeaseDialog(BaseDialog):
    """Start a lease (出租) of the room or parking space it was opened on, and of any
    other resource of the same owner added by typing its code."""

    def __init__(
        self,
        ctx: AppContext,
        resource: tuple[int | None, int | None, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ctx, _LeaseForm)
        self.setObjectName("LeaseDialog")
        room_id, space_id, label = resource
        self.resource_label = label
        self.resources: list[_Resource] = [_Resource(room_id, space_id, label)]
        self._search_generation = 0
        self._end_touched = False
        self._day_touched = False
        self._auto = False
        ui = self.ui
        self.set_title(self.tr("Start a lease – {what}").format(what=label))
        ui.resourceLabel.setText(self.tr("Let {what}").format(what=label))
        ok = self.ok_button
        ok.setText(self.tr("Start lease"))
        # Enter in a field (a code, a tenant's name) must never start the lease.
        self.enter_never_confirms()

        today = today_qdate()
        self._auto = True
        ui.startEdit.setDate(today)
        ui.endEdit.setDate(today.addYears(1))
        ui.paymentDaySpin.setValue(min(today.day(), 28))
        self._auto = False

        ui.codeEdit.installEventFilter(_ReturnFilter(self, self.find_resources))
        ui.choicesList.installEventFilter(_ReturnFilter(self, self._add_current_choice))
        ui.choicesList.itemActivated.connect(self._choice_activated)
        ui.addResourceButton.clicked.connect(self._add_clicked)
        ui.removeResourceButton.clicked.connect(self.remove_selected_resource)
        ui.resourcesList.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.startEdit.dateChanged.connect(self._start_changed)
        ui.endEdit.dateChanged.connect(self._end_changed)
        ui.paymentDaySpin.valueChanged.connect(self._day_changed)
        ui.landlordCombo.currentIndexChanged.connect(lambda _i: self._landlord_changed())
        ui.picker.changed.connect(self.refresh)
        for edit in (ui.rentEdit, ui.depositEdit):
            edit.textChanged.connect(lambda _t: self.refresh())
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._show_resources()
        self.refresh()
        self.loaded.connect(self._update_ok)
        self.load(resource_info, ctx.db, room_id, space_id, then=self._first_loaded)
        self.resize(max(self.sizeHint().width(), 900), max(self.sizeHint().height(), 600))
        ui.picker.searchEdit.setFocus()

    # -- state -----------------------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        return super().is_ready and self.landlord_id is not None

    @property
    def landlord_id(self) -> int | None:
        data = self.ui.landlordCombo.currentData()
        return int(data) if data is not None else None

    @property
    def tenants(self) -> list[tuple[int, str]]:
        return self.ui.picker.people

    def room_ids(self) -> list[int]:
        return [r.room_id for r in self.resources if r.room_id is not None]

    def space_ids(self) -> list[int]:
        return [r.space_id for r in self.resources if r.space_id is not None]

    def _update_ok(self) -> None:
        if not self._saving:
            self.ok_button.setEnabled(self.is_ready)

    # -- dates -----------------------------------------------------------------------------
    def _start_changed(self, start: QDate) -> None:
        """The end stays a year after the start and the payment day on the start's day,
        until the clerk sets them."""
        self._auto = True
        if not self._end_touched:
            self.ui.endEdit.setDate(start.addYears(1))
        if not self._day_touched:
            self.ui.paymentDaySpin.setValue(min(start.day(), 28))
        self._auto = False
        self._mark_modified()
        self.refresh()

    def _end_changed(self, _end: QDate) -> None:
        if not self._auto:
            self._end_touched = True
            self._mark_modified()
        self.refresh()

    def _day_changed(self, _day: int) -> None:
        if not self._auto:
            self._day_touched = True
        self.refresh()

    # -- resources -------------------------------------------------------------------------
    def _first_loaded(self, info: ResourceInfo) -> None:
        self.resources[0].info = info
        self._resources_changed()

    def _show_resources(self) -> None:
        lst = self.ui.resourcesList
        row = lst.currentRow()
        lst.clear()
        for resource in self.resources:
            text = resource.label
            if resource.info is not None:
                owners = names_text([o.name for o in resource.info.owners])
                text = self.tr("{what}   owner: {owners}").format(
                    what=resource.label, owners=owners
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, resource.ref)
            lst.addItem(item)
        if lst.count():
            lst.setCurrentRow(min(max(row, 0), lst.count() - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.removeResourceButton.setEnabled(
            self.ui.resourcesList.currentRow() >= 0 and len(self.resources) > 1
        )

    def _resources_changed(self) -> None:
        self._show_resources()
        self._fill_landlords()
        self.refresh()

    def add_resource(self, room_id: int | None, space_id: int | None, label: str) -> None:
        if any(r.ref == (room_id, space_id) for r in self.resources):
            self.show_hint(self.tr("{what} is already on this lease.").format(what=label))
            return
        resource = _Resource(room_id, space_id, label)
        self.resources.append(resource)
        self._mark_modified()
        self._resources_changed()

        def loaded(info: ResourceInfo) -> None:
            if shiboken6.isValid(self):
                resource.info = info
                self._resources_changed()

        self.ctx.run(
            resource_info,
            self.ctx.db,
            room_id,
            space_id,
            on_done=loaded,
            on_error=lambda exc: shiboken6.isValid(self) and self.show_error(exc),
            quiet=True,
        )

    def remove_selected_resource(self) -> None:
        row = self.ui.resourcesList.currentRow()
        if row < 0 or len(self.resources) <= 1:
            return
        del self.resources[row]
        self._mark_modified()
        self._resources_changed()

    def show_hint(self, text: str, choices: list[idn.ResourceChoice] = ()) -> None:
        ui = self.ui
        ui.choicesList.clear()
        for choice in choices:
            item = QListWidgetItem(f"{choice.label}  {choice.owners}".strip())
            item.setData(Qt.ItemDataRole.UserRole, (choice.room_id, choice.space_id, choice.label))
            ui.choicesList.addItem(item)
        ui.choicesList.setVisible(bool(choices))
        if choices:
            ui.choicesList.setCurrentRow(0)
        ui.codeHint.setText(text)
        ui.codeHint.setVisible(bool(text))

    def find_resources(self) -> None:
        """Look up the typed code (on the database thread); one match is added at once."""
        text = self.ui.codeEdit.text().strip()
        if not text:
            return
        self._search_generation += 1
        generation = self._search_generation
        self.ctx.run(
            idn.find_resources,
            self.ctx.db,
            text,
            on_done=lambda found: self._found(generation, text, found),
            on_error=lambda exc: self._find_failed(generation, exc),
            quiet=True,
        )

    def _found(self, generation: int, text: str, found: list[idn.ResourceChoice]) -> None:
        if generation != self._search_generation or not shiboken6.isValid(self):
            return
        taken = {r.ref for r in self.resources}
        fresh = [c for c in found if (c.room_id, c.space_id) not in taken]
        if len(fresh) == 1:
            choice = fresh[0]
            self.ui.codeEdit.clear()
            self.show_hint("")
            self.add_resource(choice.room_id, choice.space_id, choice.label)
        elif fresh:
            self.show_hint(self.tr("Several match; double-click or press Enter on one:"), fresh)
            self.ui.choicesList.setFocus(Qt.FocusReason.OtherFocusReason)
        elif found:
            self.show_hint(self.tr("{what} is already on this lease.").format(what=found[0].label))
        else:
            self.show_hint(
                self.tr("No room or parking space has the code “{code}”.").format(code=text)
            )

    def _find_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation and shiboken6.isValid(self):
            self.show_hint(error_text(exc))

    def _add_clicked(self) -> None:
        if self.ui.codeEdit.text().strip():
            self.find_resources()
        else:
            self._add_current_choice()

    def _add_current_choice(self) -> None:
        item = self.ui.choicesList.currentItem()
        if item is not None and self.ui.choicesList.isVisible():
            self._choice_activated(item)

    def _choice_activated(self, item: QListWidgetItem) -> None:
        room_id, space_id, label = item.data(Qt.ItemDataRole.UserRole)
        self.ui.codeEdit.clear()
        self.show_hint("")
        self.add_resource(room_id, space_id, label)
        self.ui.codeEdit.setFocus()

    # -- landlord --------------------------------------------------------------------------
    def _fill_landlords(self) -> None:
        """The owners of the first resource, the largest share first (pre-selected)."""
        ui = self.ui
        combo = ui.landlordCombo
        first = self.resources[0]
        owners = first.info.owners if first.info is not None else []
        wanted = self.landlord_id
        combo.blockSignals(True)
        combo.clear()
        for owner in owners:
            text = owner.name
            if len(owners) > 1 and owner.share is not None:
                text = f"{owner.name} ({owner.share.normalize():f}%)"
            combo.addItem(text, owner.customer_id)
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if owners else -1))
        combo.blockSignals(False)
        combo.setEnabled(bool(owners))
        if first.info is not None and not owners:
            ui.landlordNote.setText(
                self.tr(
                    "{what} has no current owner, so nobody can let it. Register its sale "
                    "(or its owners) first."
                ).format(what=first.label)
            )
            ui.landlordNote.show()
        else:
            ui.landlordNote.hide()
        self._landlord_changed()

    def _landlord_changed(self) -> None:
        landlord = self.landlord_id
        self.ui.picker.exclude = {landlord} if landlord is not None else set()
        self._update_ok()
        self.refresh()

    # -- summary ---------------------------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        esc = html.escape
        start, end = ui.startEdit.date(), ui.endEdit.date()
        start_text, end_text = start.toString("yyyy-MM-dd"), end.toString("yyyy-MM-dd")
        today = today_qdate()
        ui.lengthLabel.setText(length_text(start, end) if end > start else "")
        lines = [self.tr("<b>What will change</b>")]
        problems: list[str] = []
        for resource in self.resources:
            what = esc(resource.label)
            if end <= today:
                lines.append(
                    self.tr("{what}: let until {end}, already past; its status stays").format(
                        what=what, end=end_text
                    )
                )
            elif start <= today:
                lines.append(self.tr("{what} → rented").format(what=what))
            else:
                lines.append(
                    self.tr("{what}: upcoming from {start}, rented from that day").format(
                        what=what, start=start_text
                    )
                )
        tenants = names_text([esc(name) for _, name in self.tenants])
        lines.append(
            self.tr("Tenants from {start} to {end}: {names}").format(
                start=start_text, end=end_text, names=tenants
            )
        )
        landlord = ui.landlordCombo.currentText()
        lines.append(self.tr("Landlord: {name}").format(name=esc(landlord) or "—"))
        rent = self._rent_line()
        if rent:
            lines.append(rent)
        if end <= start:
            problems.append(
                self.tr("The end date must be after the start date {start}.").format(
                    start=start_text
                )
            )
        problems += self._lease_problems(start.toPython(), end.toPython())
        ui.summaryLabel.setText("<br>".join(lines + [warning(p) for p in problems]))
        fit_height(self)

    def _rent_line(self) -> str:
        ui = self.ui
        if not ui.rentEdit.text().strip():
            return ""
        try:
            rent = tenancy.parse_money(ui.rentEdit.text(), "rent")
        except CrmError as exc:
            return warning(html.escape(error_text(exc)))
        period = combo_value(ui.periodCombo, RentPeriod)
        line = self.tr("Rent: {rent}").format(
            rent=rent_text(rent, period, ui.paymentDaySpin.value())
        )
        if ui.depositEdit.text().strip():
            try:
                deposit = tenancy.parse_money(ui.depositEdit.text(), "deposit")
            except CrmError as exc:
                return line + "<br>" + warning(html.escape(error_text(exc)))
            line += self.tr("; deposit {amount} 元").format(amount=money_text(deposit))
        return line

    def _lease_problems(self, start: date, end: date) -> list[str]:
        """What the service would refuse, said before the clerk confirms."""
        esc = html.escape
        out: list[str] = []
        landlord = self.landlord_id
        if landlord is not None and landlord in self.ui.picker.ids():
            out.append(
                self.tr("The landlord cannot also be a tenant: remove them from the tenants.")
            )
        for resource in self.resources:
            info = resource.info
            if info is None:
                continue
            if (
                landlord is not None
                and info.owners
                and landlord not in {o.customer_id for o in info.owners}
            ):
                out.append(
                    self.tr(
                        "{what} belongs to {owners}, not to the landlord: only its owner can "
                        "let it. Remove it, or let it on a lease of its own."
                    ).format(
                        what=esc(resource.label),
                        owners=esc(names_text([o.name for o in info.owners])),
                    )
                )
            elif not info.owners and resource is not self.resources[0]:
                out.append(
                    self.tr("{what} has no current owner, so it cannot be let.").format(
                        what=esc(resource.label)
                    )
                )
            for lease in info.leases:
                cancelled = lease.terminated_on is not None and lease.terminated_on <= (
                    lease.start_date
                )
                if cancelled or not (lease.start_date < end and lease.ends_on > start):
                    continue
                out.append(
                    self.tr(
                        "{what} is already let from {start} to {end} (tenants: {names}): "
                        "choose dates outside that term."
                    ).format(
                        what=esc(resource.label),
                        start=lease.start_date.isoformat(),
                        end=lease.ends_on.isoformat(),
                        names=esc(names_text([n for _, n in lease.tenants])),
                    )
                )
                break
        return out

    # -- saving ----------------------------------------------------------------------------
    def fields(self) -> tenancy.LeaseFields:
        ui = self.ui
        return tenancy.LeaseFields(
            landlord_id=self.landlord_id,
            start_date=ui.startEdit.date().toPython(),
            end_date=ui.endEdit.date().toPython(),
            rent=ui.rentEdit.text(),
            tenants=[tenancy.Tenant(customer_id=cid) for cid in ui.picker.ids()],
            room_ids=self.room_ids(),
            space_ids=self.space_ids(),
            period=combo_value(ui.periodCombo, RentPeriod),
            deposit=ui.depositEdit.text(),
            payment_day=ui.paymentDaySpin.value(),
            notes=ui.notesEdit.toPlainText(),
        )

    def save_call(self):
        return tenancy.start_lease, (self.fields(),)

    def change_for(self, result) -> Change | None:
        return _announce(
            self.ctx,
            self.room_ids(),
            self.space_ids(),
            [*self.ui.picker.ids(), self.landlord_id],
            lease_id=result,
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        ui = self.ui
        return {
            "landlord_id": ui.landlordCombo,
            "start_date": ui.startEdit,
            "end_date": ui.endEdit,
            "rent": ui.rentEdit,
            "period": ui.periodCombo,
            "deposit": ui.depositEdit,
            "payment_day": ui.paymentDaySpin,
            "tenants": ui.picker.searchEdit,
            "resources": ui.codeEdit,
            "notes": ui.notesEdit,
        }.get(name or "")


def _announce(
    ctx: AppContext,
    room_ids: list[int],
    space_ids: list[int],
    customer_ids: list[int | None],
    **extra,
) -> Change:
    """Tell the tree the resources changed; the identity change names them and the
    people whose identities did (tenants and landlord)."""
    if room_ids:
        ctx.notify(Change(NodeKind.ROOM, ids=tuple(room_ids)))
    if space_ids:
        ctx.notify(Change(NodeKind.PARKING_SPACE, ids=tuple(space_ids)))
    return Change(
        IDENTITY_CHANGE,  # type: ignore[arg-type] - a customer-side kind, see tree_model
        ids=(),
        extra={
            "room_ids": tuple(room_ids),
            "space_ids": tuple(space_ids),
            "customer_ids": tuple(dict.fromkeys(c for c in customer_ids if c is not None)),
            **extra,
        },
    )


def _lease_resources(lease: tenancy.LeaseRow) -> tuple[list[int], list[int]]:
    rooms = [r.room_id for r in lease.resources if r.room_id is not None]
    spaces = [r.space_id for r in lease.resources if r.space_id is not None]
    return rooms, spaces


def _current_term(lease: tenancy.LeaseRow) -> str:
    """The lease as the renewal and termination dialogs show it (rich text)."""
    esc = html.escape
    lines = [
        QCoreApplication.translate("LeaseDialog", "<b>Lets</b> {what}").format(
            what=esc(names_text([r.label for r in lease.resources]))
        ),
        QCoreApplication.translate(
            "LeaseDialog", "<b>Tenants</b> {names}   <b>Landlord</b> {landlord}"
        ).format(
            names=esc(names_text([n for _, n in lease.tenants])),
            landlord=esc(lease.landlord_name),
        ),
        QCoreApplication.translate(
            "LeaseDialog", "<b>Term</b> {start} to {end} ({length}), {state}"
        ).format(
            start=lease.start_date.isoformat(),
            end=lease.end_date.isoformat(),
            length=length_text(QDate(lease.start_date), QDate(lease.end_date)),
            state=esc(enum_label(lease.state)),
        ),
        QCoreApplication.translate(
            "LeaseDialog", "<b>Rent</b> {rent}; deposit {deposit} 元"
        ).format(
            rent=rent_text(lease.rent, lease.period, lease.payment_day),
            deposit=money_text(lease.deposit),
        ),
    ]
    if lease.terminated_on is not None:
        lines.append(
            QCoreApplication.translate(
                "LeaseDialog", "<b>Terminated</b> on {date}: {reason}"
            ).format(date=lease.terminated_on.isoformat(), reason=esc(lease.termination_reason))
        )
    return "<br>".join(lines)


def _term_box(dialog: QWidget, title: str) -> tuple[QGroupBox, QLabel]:
    box = QGroupBox(title, dialog)
    box.setObjectName("termBox")
    layout = QVBoxLayout(box)
    label = QLabel(QCoreApplication.translate("LeaseDialog", "Loading…"), box)
    label.setObjectName("termLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    layout.addWidget(label)
    return box, label


# --- renewing -------------------------------------------------------------------------
class _RenewForm(_Form, _TermsFields):
    def build(self, dialog) -> None:
        self.termBox, self.termLabel = _term_box(
            dialog, QCoreApplication.translate("RenewLeaseDialog", "Current term")
        )
        self.mainLayout.addWidget(self.termBox)
        self.stateLabel = QLabel(dialog)
        self.stateLabel.setObjectName("stateLabel")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setStyleSheet(f"color: {ERROR_COLOR};")
        self.stateLabel.hide()
        self.mainLayout.addWidget(self.stateLabel)

        form = QFormLayout()
        self.endEdit = _date_edit(
            dialog, "endEdit", QCoreApplication.translate("RenewLeaseDialog", "New end date")
        )
        self.endEdit.setToolTip(
            QCoreApplication.translate(
                "RenewLeaseDialog",
                "The day the tenants hand the keys back at the end of the new term",
            )
        )
        self.lengthLabel = QLabel(dialog)
        self.lengthLabel.setObjectName("lengthLabel")
        self.lengthLabel.setStyleSheet("color: #666;")
        end_row = QHBoxLayout()
        end_row.addWidget(self.endEdit)
        end_row.addWidget(self.lengthLabel, 1)
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("RenewLeaseDialog", "New &end date:"),
                self.endEdit,
                True,
            ),
            end_row,
        )
        self.build_terms(dialog, form)
        self.landlordCombo = QComboBox(dialog)
        self.landlordCombo.setObjectName("landlordCombo")
        self.landlordCombo.setAccessibleName(
            QCoreApplication.translate("RenewLeaseDialog", "Landlord")
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("RenewLeaseDialog", "&Landlord:"),
                self.landlordCombo,
                True,
            ),
            self.landlordCombo,
        )
        self.notesEdit = _notes_edit(
            dialog, QCoreApplication.translate("RenewLeaseDialog", "Notes")
        )
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("RenewLeaseDialog", "No&tes:"), self.notesEdit
            ),
            self.notesEdit,
        )
        self.mainLayout.addLayout(form)
        self.summaryLabel = _summary_label(dialog)
        self.mainLayout.addWidget(self.summaryLabel)


class RenewLeaseDialog(BaseDialog):
    """Renew a lease (续租): a new term from the day the current one ends, with the same
    resources and tenants; the rent and the other terms may change."""

    def __init__(self, ctx: AppContext, lease_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx, _RenewForm)
        self.setObjectName("RenewLeaseDialog")
        self.lease_id = lease_id
        self.data: LeaseFormData | None = None
        self._blocked = ""
        ui = self.ui
        self.set_title(self.tr("Renew lease"))
        ok = self.ok_button
        ok.setText(self.tr("Renew"))
        self.enter_never_confirms()
        ui.endEdit.dateChanged.connect(lambda _d: (self._mark_modified(), self.refresh()))
        for edit in (ui.rentEdit, ui.depositEdit):
            edit.textChanged.connect(lambda _t: self.refresh())
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.paymentDaySpin.valueChanged.connect(lambda _v: self.refresh())
        ui.landlordCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.loaded.connect(self._update_ok)
        self.load(load_lease_form, ctx.db, lease_id, then=self._fill)
        self.resize(max(self.sizeHint().width(), 580), self.sizeHint().height())

    @property
    def is_ready(self) -> bool:
        return (
            super().is_ready
            and self.data is not None
            and not self._blocked
            and self.ui.landlordCombo.currentData() is not None
        )

    def _update_ok(self) -> None:
        if not self._saving:
            self.ok_button.setEnabled(self.is_ready)

    def _fill(self, data: LeaseFormData) -> None:
        self.data = data
        lease = data.lease
        ui = self.ui
        what = names_text([r.label for r in lease.resources])
        self.set_title(self.tr("Renew lease – {what}").format(what=what))
        ui.termLabel.setText(_current_term(lease))
        start, end = QDate(lease.start_date), QDate(lease.end_date)
        ui.endEdit.setMinimumDate(end.addDays(1))
        ui.endEdit.setDate(same_length_after(start, end))
        ui.rentEdit.setText(f"{lease.rent:.2f}")
        set_combo_value(ui.periodCombo, lease.period)
        ui.depositEdit.setText(f"{lease.deposit:.2f}")
        ui.paymentDaySpin.setValue(lease.payment_day)
        ui.notesEdit.setPlainText(lease.notes)
        for owner in data.owners:
            text = owner.name
            if len(data.owners) > 1 and owner.share is not None:
                text = f"{owner.name} ({owner.share.normalize():f}%)"
            ui.landlordCombo.addItem(text, owner.customer_id)
        index = ui.landlordCombo.findData(lease.landlord_id)
        ui.landlordCombo.setCurrentIndex(index if index >= 0 else (0 if data.owners else -1))
        if lease.terminated_on is not None:
            self._blocked = self.tr(
                "This lease was terminated on {date}, so it cannot be renewed. Start a new "
                "lease instead."
            ).format(date=lease.terminated_on.isoformat())
        elif data.renewal is not None:
            self._blocked = self.tr(
                "This lease was already renewed: the next term runs from {start} to {end}. "
                "Renew that term instead."
            ).format(
                start=data.renewal.start_date.isoformat(), end=data.renewal.end_date.isoformat()
            )
        elif not data.owners:
            self._blocked = self.tr(
                "{what} has no current owner, so nobody can renew its lease."
            ).format(what=lease.resources[0].label if lease.resources else "—")
        ui.stateLabel.setText(self._blocked)
        ui.stateLabel.setVisible(bool(self._blocked))
        for widget in (ui.endEdit, ui.rentEdit, ui.periodCombo, ui.depositEdit):
            widget.setEnabled(not self._blocked)
        ui.paymentDaySpin.setEnabled(not self._blocked)
        ui.landlordCombo.setEnabled(not self._blocked)
        ui.notesEdit.setEnabled(not self._blocked)
        self.refresh()
        ui.endEdit.setFocus()

    def refresh(self) -> None:
        ui = self.ui
        if self.data is None:
            ui.summaryLabel.setText(self.tr("<b>What will change</b>"))
            return
        esc = html.escape
        lease = self.data.lease
        old_end, new_end = QDate(lease.end_date), ui.endEdit.date()
        old_text, new_text = old_end.toString("yyyy-MM-dd"), new_end.toString("yyyy-MM-dd")
        ui.lengthLabel.setText(length_text(old_end, new_end) if new_end > old_end else "")
        lines = [
            self.tr("<b>What will change</b>"),
            self.tr("New term from {start} to {end} ({length}), renewing this lease").format(
                start=old_text,
                end=new_text,
                length=length_text(old_end, new_end) if new_end > old_end else "?",
            ),
            self.tr("Tenants stay tenants until {end}: {names}").format(
                end=new_text, names=esc(names_text([n for _, n in lease.tenants]))
            ),
        ]
        today = clock.today()
        what = esc(names_text([r.label for r in lease.resources]))
        if lease.end_date <= today:
            lines.append(self.tr("{what} → rented again").format(what=what))
        elif lease.state == LeaseState.ACTIVE:
            lines.append(self.tr("{what} stay rented").format(what=what))
        landlord = ui.landlordCombo.currentData()
        if landlord is not None and landlord != lease.landlord_id:
            lines.append(
                self.tr("Landlord: {old} → {new}").format(
                    old=esc(lease.landlord_name),
                    new=esc(ui.landlordCombo.currentText()),
                )
            )
        try:
            rent = tenancy.parse_money(ui.rentEdit.text(), "rent")
            deposit = tenancy.parse_money(ui.depositEdit.text(), "deposit")
        except CrmError as exc:
            lines.append(warning(esc(error_text(exc))))
        else:
            period = combo_value(ui.periodCombo, RentPeriod)
            new_rent = rent_text(rent, period, ui.paymentDaySpin.value())
            old_rent = rent_text(lease.rent, lease.period, lease.payment_day)
            if new_rent == old_rent:
                lines.append(self.tr("Rent unchanged: {rent}").format(rent=new_rent))
            else:
                lines.append(self.tr("Rent: {old} → {new}").format(old=old_rent, new=new_rent))
            if deposit != lease.deposit:
                lines.append(
                    self.tr("Deposit: {old} 元 → {new} 元").format(
                        old=money_text(lease.deposit), new=money_text(deposit)
                    )
                )
        if new_end <= old_end:
            lines.append(
                warning(
                    self.tr(
                        "The new end date must be after {start}, when the new term starts."
                    ).format(start=old_text)
                )
            )
        ui.summaryLabel.setText("<br>".join(lines))
        fit_height(self)

    # -- saving ----------------------------------------------------------------------------
    def save_call(self):
        ui = self.ui
        assert self.data is not None
        rent = tenancy.parse_money(ui.rentEdit.text(), "rent")  # empty: refused, not kept
        renew = functools.partial(
            tenancy.renew_lease,
            period=combo_value(ui.periodCombo, RentPeriod),
            deposit=ui.depositEdit.text(),
            payment_day=ui.paymentDaySpin.value(),
            landlord_id=ui.landlordCombo.currentData(),
            notes=ui.notesEdit.toPlainText(),
        )
        return renew, (self.lease_id, self.data.lease.version, ui.endEdit.date().toPython(), rent)

    def change_for(self, result) -> Change | None:
        assert self.data is not None
        lease = self.data.lease
        rooms, spaces = _lease_resources(lease)
        people = [cid for cid, _ in lease.tenants]
        return _announce(
            self.ctx,
            rooms,
            spaces,
            [*people, lease.landlord_id, self.ui.landlordCombo.currentData()],
            lease_id=result,
            renewed_from_id=self.lease_id,
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        ui = self.ui
        return {
            "end_date": ui.endEdit,
            "rent": ui.rentEdit,
            "period": ui.periodCombo,
            "deposit": ui.depositEdit,
            "payment_day": ui.paymentDaySpin,
            "landlord_id": ui.landlordCombo,
            "start_date": ui.endEdit,  # an overlap: the new term's dates
            "notes": ui.notesEdit,
        }.get(name or "")


# --- terminating ----------------------------------------------------------------------
class _TerminateForm(_Form):
    def build(self, dialog) -> None:
        self.termBox, self.termLabel = _term_box(
            dialog, QCoreApplication.translate("TerminateLeaseDialog", "The lease")
        )
        self.mainLayout.addWidget(self.termBox)
        self.noteLabel = QLabel(dialog)
        self.noteLabel.setObjectName("noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.hide()
        self.mainLayout.addWidget(self.noteLabel)
        form = QFormLayout()
        self.dateEdit = _date_edit(
            dialog,
            "dateEdit",
            QCoreApplication.translate("TerminateLeaseDialog", "Termination date"),
        )
        self.dateEdit.setToolTip(
            QCoreApplication.translate(
                "TerminateLeaseDialog",
                "The day the tenants hand the keys back: their tenancy ends that day",
            )
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("TerminateLeaseDialog", "Ends &on:"),
                self.dateEdit,
                True,
            ),
            self.dateEdit,
        )
        self.reasonCombo = QComboBox(dialog)
        self.reasonCombo.setObjectName("reasonCombo")
        self.reasonCombo.setAccessibleName(
            QCoreApplication.translate("TerminateLeaseDialog", "Reason")
        )
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reasonCombo.addItems(COMMON_REASONS)
        self.reasonCombo.setCurrentIndex(-1)
        self.reasonCombo.lineEdit().setMaxLength(200)
        self.reasonCombo.lineEdit().setPlaceholderText(
            QCoreApplication.translate(
                "TerminateLeaseDialog", "Choose or type why the lease ends early"
            )
        )
        self.reasonCombo.setMinimumWidth(300)
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("TerminateLeaseDialog", "&Reason:"),
                self.reasonCombo,
                True,
            ),
            self.reasonCombo,
        )
        self.mainLayout.addLayout(form)
        self.summaryLabel = _summary_label(dialog)
        self.mainLayout.addWidget(self.summaryLabel)


class TerminateLeaseDialog(BaseDialog):
    """Terminate a lease early (提前终止) on a day within its term, with a reason; a
    lease that has not started is cancelled (terminated on its start date)."""

    def __init__(self, ctx: AppContext, lease_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx, _TerminateForm)
        self.setObjectName("TerminateLeaseDialog")
        self.lease_id = lease_id
        self.data: LeaseFormData | None = None
        self._blocked = ""
        ui = self.ui
        self.set_title(self.tr("Terminate lease"))
        ok = self.ok_button
        ok.setText(self.tr("Terminate lease"))
        self.enter_never_confirms()
        ui.dateEdit.dateChanged.connect(lambda _d: (self._mark_modified(), self.refresh()))
        ui.reasonCombo.currentTextChanged.connect(lambda _t: self.refresh())
        ui.reasonCombo.lineEdit().textEdited.connect(self._mark_modified)
        self.loaded.connect(self._update_ok)
        self.load(load_lease_form, ctx.db, lease_id, then=self._fill)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    @property
    def is_ready(self) -> bool:
        return super().is_ready and self.data is not None and not self._blocked

    @property
    def cancelling(self) -> bool:
        """The lease has not started: terminating it cancels it."""
        return self.data is not None and self.data.lease.start_date > clock.today()

    def _update_ok(self) -> None:
        if not self._saving:
            self.ok_button.setEnabled(self.is_ready)

    def _fill(self, data: LeaseFormData) -> None:
        self.data = data
        lease = data.lease
        ui = self.ui
        what = names_text([r.label for r in lease.resources])
        self.set_title(self.tr("Terminate lease – {what}").format(what=what))
        ui.termLabel.setText(_current_term(lease))
        today = clock.today()
        start, end = QDate(lease.start_date), QDate(lease.end_date)
        note = ""
        if lease.terminated_on is not None:
            self._blocked = self.tr("This lease was already terminated on {date}.").format(
                date=lease.terminated_on.isoformat()
            )
        elif data.renewal is not None and data.renewal.start_date <= today:
            self._blocked = self.tr(
                "This lease was renewed and the next term began on {start}. Terminate the "
                "current term instead."
            ).format(start=data.renewal.start_date.isoformat())
        elif self.cancelling:
            ui.dateEdit.setDateRange(start, start)
            note = self.tr(
                "This lease has not started yet (it would start on {start}): it will be "
                "cancelled. The tenants never become tenants and nothing is let."
            ).format(start=lease.start_date.isoformat())
        else:
            last = min(QDate(today), end.addDays(-1))
            ui.dateEdit.setDateRange(start, last)
            if lease.end_date <= today:
                note = self.tr(
                    "This lease already ran out on {end}. Terminate it only to record that the "
                    "tenants left earlier, on a day within the term."
                ).format(end=lease.end_date.isoformat())
        ui.dateEdit.setDate(ui.dateEdit.maximumDate())
        if self._blocked:
            ui.noteLabel.setText(self._blocked)
            ui.noteLabel.setStyleSheet(f"color: {ERROR_COLOR};")
        else:
            ui.noteLabel.setText(note)
            ui.noteLabel.setStyleSheet("font-weight: bold;")
        ui.noteLabel.setVisible(bool(ui.noteLabel.text()))
        ui.dateEdit.setEnabled(not self._blocked and not self.cancelling)
        ui.reasonCombo.setEnabled(not self._blocked)
        self.refresh()
        ui.reasonCombo.setFocus()

    def reason(self) -> str:
        return self.ui.reasonCombo.currentText()

    def refresh(self) -> None:
        ui = self.ui
        lines = [self.tr("<b>What will change</b>")]
        if self.data is None or self._blocked:
            ui.summaryLabel.setText(lines[0])
            return
        esc = html.escape
        lease = self.data.lease
        day = ui.dateEdit.date().toString("yyyy-MM-dd")
        what = esc(names_text([r.label for r in lease.resources]))
        names = esc(names_text([n for _, n in lease.tenants]))
        if self.cancelling:
            lines.append(self.tr("The lease is cancelled (it never starts)"))
            lines.append(
                self.tr("{names} do not become tenants of {what}").format(names=names, what=what)
            )
            lines.append(self.tr("{what} keep their status").format(what=what))
        else:
            lines.append(
                self.tr("The lease ends on {date} instead of {end}").format(
                    date=day, end=lease.end_date.isoformat()
                )
            )
            lines.append(
                self.tr("{names} stop being tenants of {what} on {date}").format(
                    names=names, what=what, date=day
                )
            )
            if lease.state == LeaseState.ACTIVE:
                lines.append(
                    self.tr("{what}: rented → back to the status before the lease").format(
                        what=what
                    )
                )
        renewal = self.data.renewal
        if renewal is not None:
            lines.append(
                self.tr("The renewal from {start} to {end} is cancelled too").format(
                    start=renewal.start_date.isoformat(), end=renewal.end_date.isoformat()
                )
            )
        reason = " ".join(self.reason().split())
        if reason:
            lines.append(self.tr("Reason: {reason}").format(reason=esc(reason)))
        ui.summaryLabel.setText("<br>".join(lines))
        fit_height(self)

    # -- saving ----------------------------------------------------------------------------
    def save_call(self):
        assert self.data is not None
        return tenancy.terminate_lease, (
            self.lease_id,
            self.data.lease.version,
            self.ui.dateEdit.date().toPython(),
            self.reason(),
        )

    def change_for(self, result) -> Change | None:
        assert self.data is not None
        lease = self.data.lease
        rooms, spaces = _lease_resources(lease)
        return _announce(
            self.ctx,
            rooms,
            spaces,
            [*(cid for cid, _ in lease.tenants), lease.landlord_id],
            lease_id=self.lease_id,
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        return {
            "terminated_on": self.ui.dateEdit,
            "reason": self.ui.reasonCombo,
        }.get(name or "")
