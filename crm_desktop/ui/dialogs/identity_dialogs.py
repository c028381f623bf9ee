"""Small dialogs of the customer view and the room view: end an identity (with the
remaining owners' new shares), add or edit a vehicle or a bank account, merge
another customer record into this one.

Each saves through one service call on the database thread (``BaseDialog``),
announces a ``Change`` of kind "customer" or "identity" (see ``tree_model``) and
closes; a refused save keeps the dialog open with the reason under the fields.
The forms are small, so they are built in code rather than in Designer files.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.enums import Role
from crm_desktop.services import customers as cs
from crm_desktop.services import identities as idn
from crm_desktop.services import queries
from crm_desktop.services import search as search_service
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import ERROR_COLOR, BaseDialog, enum_label
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.qdates import today_qdate
from crm_desktop.ui.tree_model import CUSTOMER_CHANGE, IDENTITY_CHANGE

GOOD_COLOR = "#2e7d32"
HUNDRED = Decimal("100")


def _ask(parent: QWidget | None, title: str, text: str, ok_text: str) -> bool:
    """Ask before an action that cannot simply be undone (True: go ahead)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


# Module-level hook so tests can answer: ``lambda parent, title, text, ok: True``.
confirm: Callable[[QWidget | None, str, str, str], bool] = _ask


def identity_change(rows, *, ids: tuple[int, ...] = ()) -> Change:
    """The Change announcing that identities of these IdentityRows' resources changed."""
    rows = list(rows)
    return Change(
        IDENTITY_CHANGE,  # type: ignore[arg-type] - a customer-side kind, see tree_model
        ids=ids or tuple(r.id for r in rows),
        extra={
            "room_ids": tuple(sorted({r.room_id for r in rows if r.room_id is not None})),
            "space_ids": tuple(sorted({r.space_id for r in rows if r.space_id is not None})),
            "customer_ids": tuple(sorted({r.customer_id for r in rows})),
        },
    )


def customer_change(customer_id: int, part: str = "customer", **extra: Any) -> Change:
    """The Change announcing that a customer (or its vehicles or accounts) changed."""
    return Change(
        CUSTOMER_CHANGE,  # type: ignore[arg-type]
        ids=(customer_id,),
        extra={"part": part, "customer_ids": (customer_id,), **extra},
    )


# --- forms built in code --------------------------------------------------------------
class _Form:
    """What BaseDialog expects of a form: ``errorLabel`` and ``buttonBox``."""

    def setupUi(self, dialog: QDialog) -> None:  # noqa: N802 - the generated forms' name
        self.mainLayout = QVBoxLayout(dialog)
        self.build(dialog)
        self.errorLabel = QLabel(dialog)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setAccessibleName(
            QCoreApplication.translate("IdentityDialogs", "Error message")
        )
        self.errorLabel.setStyleSheet(f"color: {ERROR_COLOR};")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mainLayout.addWidget(self.errorLabel)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        self.buttonBox.setObjectName("buttonBox")
        self.mainLayout.addWidget(self.buttonBox)

    def build(self, dialog: QDialog) -> None:
        raise NotImplementedError

    @staticmethod
    def line(dialog: QDialog, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(dialog)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    @staticmethod
    def label(dialog: QDialog, text: str, buddy: QWidget, required: bool = False) -> QLabel:
        label = QLabel(text, dialog)
        label.setBuddy(buddy)
        if required:
            label.setProperty("required", True)
        return label


class _EndIdentityForm(_Form):
    def build(self, dialog: QDialog) -> None:
        self.summaryLabel = QLabel(dialog)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.mainLayout.addWidget(self.summaryLabel)
        form = QFormLayout()
        self.endDateEdit = QDateEdit(dialog)
        self.endDateEdit.setObjectName("endDateEdit")
        self.endDateEdit.setAccessibleName(
            QCoreApplication.translate("IdentityDialogs", "End date")
        )
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("IdentityDialogs", "&End date:"),
                self.endDateEdit,
                True,
            ),
            self.endDateEdit,
        )
        self.reasonCombo = QComboBox(dialog)
        self.reasonCombo.setObjectName("reasonCombo")
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("IdentityDialogs", "Reason"))
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reasonCombo.setMinimumWidth(260)
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("IdentityDialogs", "&Reason:"), self.reasonCombo
            ),
            self.reasonCombo,
        )
        self.mainLayout.addLayout(form)
        self.sharesBox = QGroupBox(
            QCoreApplication.translate("IdentityDialogs", "New shares of the remaining owners"),
            dialog,
        )
        self.sharesBox.setObjectName("sharesBox")
        self.sharesForm = QFormLayout(self.sharesBox)
        self.totalLabel = QLabel(self.sharesBox)
        self.totalLabel.setObjectName("totalLabel")
        self.totalLabel.setAccessibleName(
            QCoreApplication.translate("IdentityDialogs", "Total of the shares")
        )
        self.sharesBox.hide()
        self.mainLayout.addWidget(self.sharesBox)
        self.noteLabel = QLabel(dialog)
        self.noteLabel.setObjectName("noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.hide()
        self.mainLayout.addWidget(self.noteLabel)


class _VehicleForm(_Form):
    def build(self, dialog: QDialog) -> None:
        form = QFormLayout()
        self.plateEdit = self.line(
            dialog, "plateEdit", QCoreApplication.translate("IdentityDialogs", "Plate number")
        )
        self.plateEdit.setPlaceholderText(
            QCoreApplication.translate("IdentityDialogs", "e.g. 粤B12345")
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("IdentityDialogs", "&Plate:"),
                self.plateEdit,
                True,
            ),
            self.plateEdit,
        )
        self.brandEdit = self.line(
            dialog, "brandEdit", QCoreApplication.translate("IdentityDialogs", "Brand")
        )
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("IdentityDialogs", "&Brand:"), self.brandEdit
            ),
            self.brandEdit,
        )
        self.modelEdit = self.line(
            dialog, "modelEdit", QCoreApplication.translate("IdentityDialogs", "Model")
        )
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("IdentityDialogs", "&Model:"), self.modelEdit
            ),
            self.modelEdit,
        )
        self.colourEdit = self.line(
            dialog, "colourEdit", QCoreApplication.translate("IdentityDialogs", "Colour")
        )
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("IdentityDialogs", "&Colour:"), self.colourEdit
            ),
            self.colourEdit,
        )
        self.notesEdit = QPlainTextEdit(dialog)
        self.notesEdit.setObjectName("notesEdit")
        self.notesEdit.setAccessibleName(QCoreApplication.translate("IdentityDialogs", "Notes"))
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setFixedHeight(self.notesEdit.fontMetrics().height() * 3 + 12)
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("IdentityDialogs", "&Notes:"), self.notesEdit
            ),
            self.notesEdit,
        )
        self.mainLayout.addLayout(form)


class _AccountForm(_Form):
    def build(self, dialog: QDialog) -> None:
        form = QFormLayout()
        self.bankEdit = self.line(
            dialog, "bankEdit", QCoreApplication.translate("IdentityDialogs", "Bank")
        )
        self.bankEdit.setPlaceholderText(
            QCoreApplication.translate("IdentityDialogs", "e.g. 中国工商银行 深圳分行")
        )
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("IdentityDialogs", "&Bank:"), self.bankEdit, True
            ),
            self.bankEdit,
        )
        self.nameEdit = self.line(
            dialog,
            "accountNameEdit",
            QCoreApplication.translate("IdentityDialogs", "Account holder"),
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("IdentityDialogs", "Account &holder:"),
                self.nameEdit,
                True,
            ),
            self.nameEdit,
        )
        self.numberEdit = self.line(
            dialog,
            "accountNumberEdit",
            QCoreApplication.translate("IdentityDialogs", "Account number"),
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("IdentityDialogs", "Account &number:"),
                self.numberEdit,
                True,
            ),
            self.numberEdit,
        )
        self.notesEdit = self.line(
            dialog, "accountNotesEdit", QCoreApplication.translate("IdentityDialogs", "Notes")
        )
        form.addRow(
            self.label(
                dialog, QCoreApplication.translate("IdentityDialogs", "N&otes:"), self.notesEdit
            ),
            self.notesEdit,
        )
        self.mainLayout.addLayout(form)

        self.roomsBox = QGroupBox(
            QCoreApplication.translate("IdentityDialogs", "&Rooms this account pays for"), dialog
        )
        self.roomsBox.setObjectName("roomsBox")
        rooms = QVBoxLayout(self.roomsBox)
        self.roomsList = QListWidget(self.roomsBox)
        self.roomsList.setObjectName("roomsList")
        self.roomsList.setAccessibleName(
            QCoreApplication.translate("IdentityDialogs", "Rooms this account pays for")
        )
        self.roomsList.setMaximumHeight(self.roomsList.fontMetrics().height() * 5 + 12)
        rooms.addWidget(self.roomsList)
        row = QHBoxLayout()
        self.roomEdit = self.line(
            dialog, "roomEdit", QCoreApplication.translate("IdentityDialogs", "Room code to add")
        )
        self.roomEdit.setPlaceholderText(
            QCoreApplication.translate("IdentityDialogs", "Room code, e.g. 3-2-1501, then Enter")
        )
        self.addRoomButton = QPushButton(
            QCoreApplication.translate("IdentityDialogs", "&Add"), self.roomsBox
        )
        self.addRoomButton.setObjectName("addRoomButton")
        self.addRoomButton.setAutoDefault(False)
        self.removeRoomButton = QPushButton(
            QCoreApplication.translate("IdentityDialogs", "Remo&ve"), self.roomsBox
        )
        self.removeRoomButton.setObjectName("removeRoomButton")
        self.removeRoomButton.setAutoDefault(False)
        row.addWidget(self.roomEdit, 1)
        row.addWidget(self.addRoomButton)
        row.addWidget(self.removeRoomButton)
        rooms.addLayout(row)
        self.roomHint = QLabel(self.roomsBox)
        self.roomHint.setObjectName("roomHint")
        self.roomHint.setWordWrap(True)
        self.roomHint.hide()
        rooms.addWidget(self.roomHint)
        self.choicesList = QListWidget(self.roomsBox)
        self.choicesList.setObjectName("roomChoices")
        self.choicesList.setAccessibleName(
            QCoreApplication.translate("IdentityDialogs", "Rooms found")
        )
        self.choicesList.setMaximumHeight(self.choicesList.fontMetrics().height() * 5 + 12)
        self.choicesList.hide()
        rooms.addWidget(self.choicesList)
        self.mainLayout.addWidget(self.roomsBox)


class _MergeForm(_Form):
    def build(self, dialog: QDialog) -> None:
        self.introLabel = QLabel(dialog)
        self.introLabel.setObjectName("introLabel")
        self.introLabel.setWordWrap(True)
        self.mainLayout.addWidget(self.introLabel)
        self.searchEdit = self.line(
            dialog,
            "searchEdit",
            QCoreApplication.translate("IdentityDialogs", "Find the other customer"),
        )
        self.searchEdit.setPlaceholderText(
            QCoreApplication.translate(
                "IdentityDialogs", "Name, pinyin, phone, end of the document number, plate or room"
            )
        )
        self.searchEdit.setClearButtonEnabled(True)
        search_label = self.label(
            dialog,
            QCoreApplication.translate("IdentityDialogs", "&Find the other record:"),
            self.searchEdit,
        )
        self.mainLayout.addWidget(search_label)
        self.mainLayout.addWidget(self.searchEdit)
        self.resultsList = QListWidget(dialog)
        self.resultsList.setObjectName("resultsList")
        self.resultsList.setAccessibleName(
            QCoreApplication.translate("IdentityDialogs", "Customers found")
        )
        self.resultsList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsList.setMinimumHeight(self.resultsList.fontMetrics().height() * 6)
        self.mainLayout.addWidget(self.resultsList, 1)
        self.summaryLabel = QLabel(dialog)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setAccessibleName(
            QCoreApplication.translate("IdentityDialogs", "What the merge does")
        )
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setMinimumHeight(self.summaryLabel.fontMetrics().height() * 4)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.mainLayout.addWidget(self.summaryLabel)


class _ReturnFilter(QObject):
    """Enter in a search field runs the search instead of pressing the dialog's button."""

    def __init__(self, parent: QObject, action: Callable[[], None]) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Override QObject.eventFilter."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self._action()
            return True
        return False


# --- end an identity ------------------------------------------------------------------
class EndIdentityDialog(BaseDialog):
    """End one identity on a day (today by default) with a reason; ending one of several
    owners asks for the remaining owners' new shares, with a live total."""

    def __init__(self, ctx: AppContext, identity, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx, _EndIdentityForm)
        self.identity = identity
        self.co_owners: list = []
        self.share_spins: dict[int, QDoubleSpinBox] = {}
        ui = self.ui
        self.set_title(self.tr("End identity"))
        self.ok_button.setText(self.tr("End identity"))
        ui.summaryLabel.setText(
            self.tr("{name} has been {role} of {resource} since {start}.").format(
                name=identity.customer_name,
                role=enum_label(identity.role),
                resource=identity.resource,
                start=identity.start_date.isoformat(),
            )
        )
        ui.endDateEdit.setMinimumDate(QDate(identity.start_date))
        ui.endDateEdit.setDate(today_qdate())
        ui.reasonCombo.addItem("")
        for reason in self._reasons(identity.role):
            ui.reasonCombo.addItem(reason)
        ui.reasonCombo.setCurrentIndex(0)
        if identity.role == Role.OWNER:
            owners = functools.partial(
                idn.resource_identities, room_id=identity.room_id, space_id=identity.space_id
            )
            self.load(owners, ctx.db, then=self._owners_loaded)
        else:
            self.track_changes()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def _reasons(self, role: Role) -> list[str]:
        if role == Role.OWNER:
            return [self.tr("Sold"), self.tr("Transferred"), self.tr("Inherited")]
        if role == Role.TENANT:
            return [self.tr("Lease ended"), self.tr("Moved out")]
        return [self.tr("Moved out")]

    def _owners_loaded(self, rows: list) -> None:
        ident = self.identity
        self.co_owners = [r for r in rows if r.role == Role.OWNER and r.id != ident.id]
        ui = self.ui
        if not self.co_owners:
            ui.noteLabel.setText(
                self.tr("{resource} will have no owner recorded from the end date.").format(
                    resource=ident.resource
                )
            )
            ui.noteLabel.show()
            return
        freed = ident.share or Decimal(0)
        rest = sum((r.share or Decimal(0) for r in self.co_owners), Decimal(0))
        proposals = _redistribute([r.share or Decimal(0) for r in self.co_owners], freed, rest)
        for row, proposal in zip(self.co_owners, proposals, strict=True):
            spin = QDoubleSpinBox(ui.sharesBox)
            spin.setObjectName(f"shareSpin_{row.id}")
            spin.setAccessibleName(self.tr("New share of {name}").format(name=row.customer_name))
            spin.setRange(0.01, 100.0)
            spin.setDecimals(2)
            spin.setSuffix(" %")
            spin.setValue(float(proposal))
            spin.valueChanged.connect(self._update_total)
            label = QLabel(
                self.tr("{name} (now {share}):").format(
                    name=row.customer_name, share=_percent(row.share)
                ),
                ui.sharesBox,
            )
            label.setBuddy(spin)
            ui.sharesForm.addRow(label, spin)
            self.share_spins[row.id] = spin
        ui.sharesForm.addRow("", ui.totalLabel)
        ui.sharesBox.show()
        self._update_total()
        self.adjustSize()

    def new_shares(self) -> dict[int, Decimal]:
        return {
            identity_id: Decimal(str(spin.value())).quantize(Decimal("0.01"))
            for identity_id, spin in self.share_spins.items()
        }

    def total(self) -> Decimal:
        return sum(self.new_shares().values(), Decimal(0))

    @Slot()
    def _update_total(self, *_args) -> None:
        total = self.total()
        label = self.ui.totalLabel
        if total == HUNDRED:
            label.setText(self.tr("Total: {total} ✓").format(total=_percent(total)))
            label.setStyleSheet(f"color: {GOOD_COLOR};")
        else:
            label.setText(
                self.tr("Total: {total} — the shares must add up to 100%.").format(
                    total=_percent(total)
                )
            )
            label.setStyleSheet(f"color: {ERROR_COLOR};")

    def save_call(self):
        ui = self.ui
        end = ui.endDateEdit.date().toPython()
        reason = ui.reasonCombo.currentText().strip()
        shares = self.new_shares() if self.share_spins else None
        return idn.end_identity, (self.identity.id, self.identity.version, end, reason, shares)

    def change_for(self, result: Any) -> Change:
        return identity_change([self.identity, *self.co_owners])

    def field_widget(self, name: str | None) -> QWidget | None:
        if name == "end_date":
            return self.ui.endDateEdit
        if name in ("other_shares", "share") and self.share_spins:
            return next(iter(self.share_spins.values()))
        return None


def _redistribute(shares: list[Decimal], freed: Decimal, rest: Decimal) -> list[Decimal]:
    """The co-owners' shares after one owner leaves: the freed share split in proportion
    (two decimals; the rounding remainder goes to the largest)."""
    if not shares:
        return []
    cent = Decimal("0.01")
    if rest <= 0:
        even = (HUNDRED / len(shares)).quantize(cent)
        out = [even] * len(shares)
    else:
        out = [(s + freed * s / rest).quantize(cent) for s in shares]
    largest = max(range(len(out)), key=lambda i: out[i])
    out[largest] += HUNDRED - sum(out, Decimal(0))
    return out


def _percent(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"


# --- vehicles -------------------------------------------------------------------------
class VehicleDialog(BaseDialog):
    """Add a vehicle to a customer, or edit one (``vehicle``: a customers.VehicleRow)."""

    def __init__(
        self, ctx: AppContext, customer_id: int, vehicle=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx, _VehicleForm)
        self.customer_id = customer_id
        self.vehicle = vehicle
        ui = self.ui
        if vehicle is None:
            self.set_title(self.tr("Add vehicle"))
        else:
            self.set_title(self.tr("Edit vehicle {plate}").format(plate=vehicle.plate))
            ui.plateEdit.setText(vehicle.plate)
            ui.brandEdit.setText(vehicle.brand)
            ui.modelEdit.setText(vehicle.model)
            ui.colourEdit.setText(vehicle.colour)
            ui.notesEdit.setPlainText(vehicle.notes)
        ui.plateEdit.textEdited.connect(lambda _text: self.clear_error())
        self.track_changes()
        self.resize(max(self.sizeHint().width(), 420), self.sizeHint().height())

    def fields(self) -> cs.VehicleFields:
        ui = self.ui
        return cs.VehicleFields(
            plate=ui.plateEdit.text(),
            brand=ui.brandEdit.text(),
            model=ui.modelEdit.text(),
            colour=ui.colourEdit.text(),
            notes=ui.notesEdit.toPlainText(),
        )

    def save_call(self):
        if self.vehicle is None:
            return cs.add_vehicle, (self.customer_id, self.fields())
        return cs.update_vehicle, (self.vehicle.id, self.vehicle.version, self.fields())

    def change_for(self, result: Any) -> Change:
        return customer_change(self.customer_id, "vehicle")

    def field_widget(self, name: str | None) -> QWidget | None:
        return {
            "plate": self.ui.plateEdit,
            "brand": self.ui.brandEdit,
            "model": self.ui.modelEdit,
            "colour": self.ui.colourEdit,
        }.get(name or "")


# --- bank accounts --------------------------------------------------------------------
class AccountDialog(BaseDialog):
    """Add a bank account for direct debit to a customer, or edit one.

    ``suggested``: (room id, label) of the customer's current rooms, offered first.
    Rooms are added by typing their code (``identities.find_resources``).
    """

    def __init__(
        self,
        ctx: AppContext,
        customer_id: int,
        account=None,
        *,
        holder_name: str = "",
        suggested: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ctx, _AccountForm)
        self.customer_id = customer_id
        self.account = account
        self.suggested = list(suggested or [])
        self._full_number = ""
        self._search_generation = 0
        ui = self.ui
        ui.roomEdit.installEventFilter(_ReturnFilter(self, self.find_rooms))
        ui.addRoomButton.clicked.connect(self._add_clicked)
        ui.removeRoomButton.clicked.connect(self.remove_selected_room)
        ui.choicesList.itemActivated.connect(self._choice_activated)
        # Enter on a found room adds it; it must not also press OK.
        ui.choicesList.installEventFilter(_ReturnFilter(self, self._add_current_choice))
        ui.roomsList.itemSelectionChanged.connect(self._update_room_buttons)
        if account is None:
            self.set_title(self.tr("Add bank account"))
            ui.nameEdit.setText(holder_name)
            self.show_choices(
                [(rid, label) for rid, label in self.suggested],
                self.tr("Rooms of this customer (double-click or Enter to add):"),
            )
            self.track_changes()
        else:
            self.set_title(
                self.tr("Edit bank account {number}").format(number=account.account_number)
            )
            ui.bankEdit.setText(account.bank)
            ui.nameEdit.setText(account.account_name)
            ui.notesEdit.setText(account.notes)
            ui.numberEdit.setPlaceholderText(
                self.tr("{masked} — leave empty to keep it").format(masked=account.account_number)
            )
            for room_id, code in account.rooms:
                self.add_room(room_id, code)
            self.load(queries.account_number, ctx.db, account.id, then=self._number_loaded)
        self._update_room_buttons()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _number_loaded(self, number: str) -> None:
        self._full_number = number  # kept for the save, never shown

    # -- rooms -----------------------------------------------------------------------------
    def room_ids(self) -> list[int]:
        lst = self.ui.roomsList
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]

    def add_room(self, room_id: int, label: str) -> None:
        if room_id in self.room_ids():
            return
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, room_id)
        self.ui.roomsList.addItem(item)
        if self._tracking:
            self._mark_modified()
        self._update_room_buttons()

    def remove_selected_room(self) -> None:
        lst = self.ui.roomsList
        row = lst.currentRow()
        if row >= 0:
            lst.takeItem(row)
            self._mark_modified()
        self._update_room_buttons()

    def show_choices(self, choices: list[tuple[int, str]], hint: str = "") -> None:
        ui = self.ui
        ui.choicesList.clear()
        for room_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, room_id)
            ui.choicesList.addItem(item)
        ui.choicesList.setVisible(bool(choices))
        ui.roomHint.setText(hint)
        ui.roomHint.setVisible(bool(hint))
        if choices:
            ui.choicesList.setCurrentRow(0)

    def find_rooms(self) -> None:
        """Look up the typed code (on the database thread); one match is added at once."""
        text = self.ui.roomEdit.text().strip()
        if not text:
            return
        self._search_generation += 1
        generation = self._search_generation
        self.ctx.run(
            idn.find_resources,
            self.ctx.db,
            text,
            on_done=lambda found: self._rooms_found(generation, text, found),
            on_error=lambda exc: self._rooms_failed(generation, exc),
            quiet=True,
        )

    def _rooms_found(self, generation: int, text: str, found: list) -> None:
        if generation != self._search_generation or not shiboken6.isValid(self):
            return
        rooms = [
            (c.room_id, f"{c.label}  {c.owners}".strip()) for c in found if c.room_id is not None
        ]
        if len(rooms) == 1:
            self.add_room(*rooms[0])
            self.ui.roomEdit.clear()
            self.show_choices([])
        elif rooms:
            self.show_choices(
                rooms, self.tr("Several rooms match; double-click or press Enter on one:")
            )
        else:
            self.show_choices([], self.tr("No room has the code “{code}”.").format(code=text))

    def _rooms_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation and shiboken6.isValid(self):
            self.show_choices([], error_text(exc))

    @Slot()
    def _add_clicked(self) -> None:
        item = self.ui.choicesList.currentItem()
        if self.ui.roomEdit.text().strip():
            self.find_rooms()
        elif item is not None and self.ui.choicesList.isVisible():
            self._choice_activated(item)

    def _add_current_choice(self) -> None:
        item = self.ui.choicesList.currentItem()
        if item is not None:
            self._choice_activated(item)

    @Slot(QListWidgetItem)
    def _choice_activated(self, item: QListWidgetItem) -> None:
        self.add_room(item.data(Qt.ItemDataRole.UserRole), item.text())
        self.ui.roomEdit.clear()

    @Slot()
    def _update_room_buttons(self) -> None:
        self.ui.removeRoomButton.setEnabled(self.ui.roomsList.currentRow() >= 0)

    # -- saving ----------------------------------------------------------------------------
    def fields(self) -> cs.AccountFields:
        ui = self.ui
        number = ui.numberEdit.text().strip() or self._full_number
        return cs.AccountFields(
            bank=ui.bankEdit.text(),
            account_name=ui.nameEdit.text(),
            account_number=number,
            notes=ui.notesEdit.text(),
            room_ids=self.room_ids(),
        )

    def save_call(self):
        if self.account is None:
            return cs.add_account, (self.customer_id, self.fields())
        return cs.update_account, (self.account.id, self.account.version, self.fields())

    def change_for(self, result: Any) -> Change:
        return customer_change(self.customer_id, "bank_account")

    def field_widget(self, name: str | None) -> QWidget | None:
        return {
            "bank": self.ui.bankEdit,
            "account_name": self.ui.nameEdit,
            "account_number": self.ui.numberEdit,
        }.get(name or "")


# --- merging customers ----------------------------------------------------------------
class MergeCustomerDialog(BaseDialog):
    """Merge another customer record into this one (the survivor): pick it by typing,
    read what will move, then press Merge."""

    SEARCH_DELAY_MS = 250

    def __init__(
        self, ctx: AppContext, survivor_id: int, survivor_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, ctx, _MergeForm)
        self.survivor_id = survivor_id
        self.survivor_name = survivor_name
        self.preview: queries.MergePreview | None = None
        self._search_generation = 0
        self._preview_generation = 0
        ui = self.ui
        self.set_title(self.tr("Merge another record into {name}").format(name=survivor_name))
        ui.introLabel.setText(
            self.tr(
                "Use this when the same person or company was entered twice. Everything of "
                "the other record (identities, phones, vehicles, bank accounts) moves to "
                "{name} (no. {id}); the other record is kept only as a trace of the merge."
            ).format(name=survivor_name, id=survivor_id)
        )
        ok = self.ok_button
        ok.setText(self.tr("Merge"))
        # Enter in the search field must never merge: the button is not the default.
        self.enter_never_confirms()
        ok.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui.searchEdit.textEdited.connect(lambda _text: self._timer.start())
        ui.searchEdit.installEventFilter(_ReturnFilter(self, self._search_now))
        ui.resultsList.currentItemChanged.connect(self._picked)
        self._show_summary(None)
        self.resize(560, 480)

    @property
    def is_ready(self) -> bool:
        return super().is_ready and self.preview is not None

    # -- searching -------------------------------------------------------------------------
    def _search_now(self) -> None:
        self._timer.stop()
        self.search()

    def search(self) -> None:
        text = self.ui.searchEdit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not text:
            self._results_found(generation, [])
            return
        self.ctx.run(
            search_service.search_customers,
            self.ctx.db,
            text,
            on_done=lambda hits: self._results_found(generation, hits),
            on_error=lambda exc: self._search_failed(generation, exc),
            quiet=True,
        )

    def _results_found(self, generation: int, hits: list) -> None:
        if generation != self._search_generation or not shiboken6.isValid(self):
            return
        lst = self.ui.resultsList
        lst.blockSignals(True)
        lst.clear()
        for hit in hits:
            if hit.customer_id == self.survivor_id:
                continue
            places = "、".join(f"{where} ({enum_label(role)})" for where, role in hit.places[:2])
            number = self.tr("no. {id}").format(id=hit.customer_id)
            parts = [hit.name, number, hit.phone, hit.document, places]
            item = QListWidgetItem("   ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
            lst.addItem(item)
        lst.blockSignals(False)
        self._set_preview(None)
        if lst.count():
            lst.setCurrentRow(0)
        elif self.ui.searchEdit.text().strip():
            self._show_summary(self.tr("No other customer matches."))

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation and shiboken6.isValid(self):
            self.show_error(exc)

    # -- the preview -----------------------------------------------------------------------
    @Slot(QListWidgetItem, QListWidgetItem)
    def _picked(self, current: QListWidgetItem | None, _previous=None) -> None:
        self._set_preview(None)
        if current is None:
            return
        merged_id = current.data(Qt.ItemDataRole.UserRole)
        self._preview_generation += 1
        generation = self._preview_generation
        self.ctx.run(
            queries.merge_preview,
            self.ctx.db,
            merged_id,
            on_done=lambda preview: self._preview_loaded(generation, preview),
            on_error=lambda exc: self._preview_failed(generation, exc),
            quiet=True,
        )

    def _preview_loaded(self, generation: int, preview: queries.MergePreview) -> None:
        if generation != self._preview_generation or not shiboken6.isValid(self):
            return
        self._set_preview(preview)

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._preview_generation and shiboken6.isValid(self):
            self.show_error(exc)

    def _set_preview(self, preview: queries.MergePreview | None) -> None:
        self.preview = preview
        self.ok_button.setEnabled(preview is not None and not self.is_saving)
        if preview is None:
            self._show_summary(None)
            return
        self.clear_error()
        places = "、".join(f"{r.resource} ({enum_label(r.role)})" for r in preview.rows[:4])
        number = self.tr("no. {id}").format(id=preview.id)
        who = ", ".join(p for p in (number, preview.phone, preview.document) if p)
        lines = [
            self.tr(
                "<b>{merged}</b> ({who}) will be merged into <b>{survivor}</b> (no. {id})."
            ).format(
                merged=_html(preview.name),
                who=_html(who),
                survivor=_html(self.survivor_name),
                id=self.survivor_id,
            ),
            self.tr(
                "Moves to {survivor}: {identities} identities ({current} current{places}), "
                "{vehicles} vehicles, {accounts} bank accounts, and the phone numbers "
                "{survivor} does not have yet."
            ).format(
                survivor=_html(self.survivor_name),
                identities=preview.identities,
                current=preview.current_identities,
                places=f": {_html(places)}" if places else "",
                vehicles=preview.vehicles,
                accounts=preview.accounts,
            ),
            self.tr(
                "{merged}'s record is kept, marked as merged, and no longer appears in "
                "searches. A merge cannot be undone."
            ).format(merged=_html(preview.name)),
        ]
        self.ui.summaryLabel.setText("<br>".join(lines))

    def _show_summary(self, text: str | None) -> None:
        self.ui.summaryLabel.setText(
            _html(text)
            if text
            else _html(self.tr("Type and choose the record to merge into this one."))
        )

    # -- saving ----------------------------------------------------------------------------
    def save_call(self):
        assert self.preview is not None  # is_ready: OK does nothing until one is chosen
        return cs.merge_customers, (self.survivor_id, self.preview.id)

    def change_for(self, result: Any) -> Change:
        merged = self.preview.id if self.preview else 0
        return Change(
            CUSTOMER_CHANGE,  # type: ignore[arg-type]
            ids=(self.survivor_id,),
            retired=(merged,),
            extra={"part": "merge", "customer_ids": (self.survivor_id, merged)},
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        return self.ui.searchEdit if name == "customer" else None

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if shiboken6.isValid(self):
            self.ok_button.setEnabled(self.preview is not None)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
