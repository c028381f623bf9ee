"""The customer form: a new customer at the front desk, or an existing one edited.

Everything the service checks is checked while the clerk types: after each edit
(150 ms later) ``customers.check_customer`` runs on the GUI thread (it is pure and
fast) and each problem appears under its field, the field framed in red. What
needs the database runs on the database thread and never blocks typing: whether
the document number already belongs to a customer, which customers may be the
same person (same phone), which rooms match the code typed and who holds the
room chosen. Replies that arrive after the clerk typed on are ignored.

Partial input is not nagged about: a document number, phone or email shows its
problem when the field is left, when the dialog is saved, or (a resident ID or
credit code) once all 18 characters are there, so a mistyped check digit shows
at once.

A new customer and the identity on the chosen room are saved in one transaction
(``create_customer(identity=…)``); an edited customer is saved, then the identity
added, in one job on the database thread. A refused save never clears a field.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.enums import (
    ContactChannel,
    CustomerKind,
    CustomerLevel,
    DocumentType,
    Gender,
    Relation,
    Role,
)
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services import customers as cs
from crm_desktop.services import identities as idn
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import (
    ERROR_COLOR,
    BaseDialog,
    combo_value,
    enum_label,
    fill_enum_combo,
    set_combo_value,
)
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.forms.ui_customer_dialog import Ui_CustomerDialog
from crm_desktop.ui.qdates import today_qdate

log = logging.getLogger("crm_desktop.ui")

CONTEXT = "CustomerDialog"
# ``Change.kind`` of a write on the customer side (see tree_model.CUSTOMER_CHANGE).
CUSTOMER_CHANGE = "customer"
NO_DATE = QDate(1900, 1, 1)  # an optional date edit at its minimum shows "Not set"
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # completer items: the resource's label
# Nationalities offered (stored as typed: the office keeps them in Chinese).
NATIONALITIES = (
    "中国",
    "中国香港",
    "中国澳门",
    "中国台湾",
    "美国",
    "英国",
    "加拿大",
    "澳大利亚",
    "日本",
    "韩国",
    "新加坡",
    "马来西亚",
    "德国",
    "法国",
)
PERSON_DOCUMENTS = [t for t in DocumentType if t != DocumentType.USCC]
# Service field names in the order the form shows them (the first error gets the focus).
FIELD_ORDER = (
    "name",
    "birth_date",
    "document_type",
    "document_number",
    "phones",
    "email",
    "consent_date",
    "resource",
    "role",
    "start_date",
    "share",
    "other_shares",
    "relation",
    "related_customer_id",
)
# Fields whose partial input is invalid: their problems wait until the field is left.
QUIET_WHILE_TYPING = frozenset({"document_number", "phones", "email", "name"})
IDENTITY_FIELDS = frozenset(
    {"resource", "role", "start_date", "share", "other_shares", "relation", "related_customer_id"}
)
NAME_COL, SHARE_COL = range(2)


def _default_scope() -> str:
    return QCoreApplication.translate("Customers", cs.DEFAULT_CONSENT_SCOPE)


def _local_date(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone().date().isoformat()
    return str(value)


# --- questions (module-level hooks: tests replace them) -----------------------------------
def _ask_verify(parent: QWidget, name: str, number: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CustomerDialog", "Mark document as checked"))
    box.setText(
        QCoreApplication.translate(
            "CustomerDialog",
            "Did you compare the number {number} with the original document of {name}?",
        ).format(number=number, name=name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CustomerDialog", "Your name and today's date are recorded as the check."
        )
    )
    ok = box.addButton(
        QCoreApplication.translate("CustomerDialog", "Yes, mark as checked"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def _ask_save_anyway(parent: QWidget, lines: list[str]) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CustomerDialog", "Possibly the same customer"))
    box.setText(
        QCoreApplication.translate("CustomerDialog", "These customers have the same phone number:")
    )
    box.setInformativeText(
        "\n".join(lines)
        + "\n\n"
        + QCoreApplication.translate(
            "CustomerDialog", "A customer is kept only once. Save a new customer anyway?"
        )
    )
    save = box.addButton(
        QCoreApplication.translate("CustomerDialog", "Save anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("CustomerDialog", "Go back"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.exec()
    return box.clickedButton() is save


# ``confirm_verify(parent, name, number) -> bool`` and ``confirm_duplicates(parent, lines)``:
# replace with lambdas to answer without a message box.
confirm_verify: Callable[[QWidget, str, str], bool] = _ask_verify
confirm_duplicates: Callable[[QWidget, list[str]], bool] = _ask_save_anyway


# --- database jobs (run on the database thread) ------------------------------------------
class IdentityNotAdded(Exception):
    """The edited customer was saved (``version``), but adding the identity failed."""

    def __init__(self, version: int, error: BaseException) -> None:
        super().__init__(str(error))
        self.version = version
        self.error = error


def save_edited(
    db,
    actor,
    customer_id: int,
    version: int,
    fields: cs.CustomerFields,
    identity: idn.IdentityFields | None,
) -> int:
    """Save an edited customer, then add the identity: two transactions, one job."""
    version = cs.update_customer(db, actor, customer_id, version, fields)
    if identity is not None:
        try:
            idn.add_identity(db, actor, customer_id, identity)
        except Exception as exc:  # noqa: BLE001 - reported with the new version
            raise IdentityNotAdded(version, exc) from exc
    return version


# --- small widgets ------------------------------------------------------------------------
class DateKeys(QObject):
    """Keyboard for a date edit that may be empty ("Not set", shown at ``NO_DATE``).

    Typing a digit into an empty date starts from today with the year selected, so
    "19900307" gives 1990-03-07; Delete empties an optional date. Tab leaves the field
    instead of walking through year, month and day (typing moves on by itself).
    """

    def __init__(self, edit: QDateEdit, optional: bool) -> None:
        super().__init__(edit)
        self.optional = optional
        edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Override QObject.eventFilter."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QDateEdit):
            return False
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Tab leaves the field (typing the digits moves through year, month, day)
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            return QWidget.focusNextPrevChild(obj, forward)
        if self.optional and event.key() == Qt.Key.Key_Delete:
            obj.setDate(obj.minimumDate())
            return True
        if obj.date() == obj.minimumDate() and self.optional and event.text().isdigit():
            obj.setDate(today_qdate())
            obj.setSelectedSection(QDateTimeEdit.Section.YearSection)
        return False


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())


def optional_date(edit: QDateEdit) -> date | None:
    qd = edit.date()
    if not qd.isValid() or qd == edit.minimumDate():
        return None
    return date(qd.year(), qd.month(), qd.day())


class ShareDelegate(QStyledItemDelegate):
    """Co-owners' share cells: right-aligned, edited in a plain line edit."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        """Override QStyledItemDelegate.createEditor."""
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        """Override QStyledItemDelegate.initStyleOption."""
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PhoneRow(QWidget):
    """One phone: number, label (手机/办公/家庭 or typed), primary, remove."""

    def __init__(self, parent: QWidget, group: QButtonGroup) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.number = QLineEdit(self)
        self.number.setObjectName("phoneNumberEdit")
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setPlaceholderText(self.tr("e.g. 138 0013 8000"))
        self.number.setMaxLength(40)
        self.number.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = QComboBox(self)
        self.label.setObjectName("phoneLabelCombo")
        self.label.setEditable(True)
        self.label.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.label.addItems([self.tr("Mobile"), self.tr("Office"), self.tr("Home")])
        self.label.setAccessibleName(self.tr("Kind of phone"))
        self.label.setMinimumContentsLength(4)
        self.label.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.primary = QRadioButton(self.tr("Primary"), self)
        self.primary.setObjectName("phonePrimaryRadio")
        self.primary.setAccessibleName(self.tr("Primary phone"))
        group.addButton(self.primary)
        self.remove = QToolButton(self)
        self.remove.setObjectName("phoneRemoveButton")
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this phone"))
        self.remove.setAccessibleName(self.tr("Remove this phone"))
        layout.addWidget(self.number, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.primary)
        layout.addWidget(self.remove)

    def entry(self) -> cs.PhoneEntry:
        return cs.PhoneEntry(self.number.text(), self.label.currentText(), self.primary.isChecked())

    def focus_chain(self) -> list[QWidget]:
        return [self.number, self.label, self.primary, self.remove]


# --- the dialog ---------------------------------------------------------------------------
class CustomerDialog(BaseDialog):
    """Create a customer (``customer_id`` None) or edit one; optionally add them to a room.

    ``room``: ``(room_id, space_id, label)`` presets "Add to a room" (the front desk's
    "new tenant for 3-2-1501"); ``(None, None, "")`` opens the section empty.

    ``saved(customer_id)`` after a successful save (the dialog then closes);
    ``openCustomer(customer_id)`` when the clerk chose to open an existing customer
    instead (the dialog closes without saving).
    """

    saved = Signal(int)
    openCustomer = Signal(int)  # noqa: N815 - Qt signal naming
    # for tests and callers that wait: the chosen room's holders arrived; the
    # document was marked as checked
    holdersLoaded = Signal()  # noqa: N815
    verified = Signal()

    VALIDATE_MS = 150
    LOOKUP_MS = 400
    SEARCH_MS = 250

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        customer_id: int | None = None,
        room: tuple[int | None, int | None, str] | None = None,
    ) -> None:
        super().__init__(parent, ctx, Ui_CustomerDialog)
        self.setObjectName("CustomerDialog")
        self.customer_id = customer_id
        self.version: int | None = None
        self.loaded_customer: cs.LoadedCustomer | None = None
        self.read_only = False
        self._filling = False
        self._verifying = False
        self._revealed: set[str] = set()
        self._service_error: tuple[str, str | None] | None = None
        self._field_errors: dict[str, ValidationError] = {}
        self._birth_auto = True
        self._gender_auto = True
        self._phone_rows: list[PhoneRow] = []
        self._phone_group = QButtonGroup(self)
        self._phone_group.setExclusive(True)
        # lookups: a sequence number per kind, replies to older requests are dropped
        self._seq = {"document": 0, "duplicates": 0, "search": 0, "holders": 0}
        self._document_key: tuple[str, str] | None = None
        self._existing: tuple[int, str] | None = None
        self._duplicates_key: tuple | None = None
        self.duplicates: list[cs.Duplicate] = []
        self._duplicates_acknowledged: frozenset[int] = frozenset()
        self._results: list[idn.ResourceChoice] = []
        self.resource: idn.ResourceChoice | None = None
        self.holders: list[idn.IdentityRow] = []
        self._share_typed = False
        self._saved_resource: idn.ResourceChoice | None = None
        self._shown_once = False

        self._validate_timer = self._timer(self.VALIDATE_MS, self.validate)
        self._duplicates_timer = self._timer(self.LOOKUP_MS, self._lookup_duplicates)
        self._search_timer = self._timer(self.SEARCH_MS, self._search_resources)

        self._setup_widgets()
        self._connect()
        self._set_room(room)
        self.track_changes()
        if customer_id is None:
            self.set_title(self.tr("New customer"))
            self._prepare_new()
        else:
            self.set_title(self.tr("Customer"))
            self.load(cs.load_customer, ctx.db, customer_id, then=self._fill_loaded)
        self._update_kind()
        self._update_role()
        self._fit_to_screen()

    # -- set-up ----------------------------------------------------------------------------
    def _timer(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _setup_widgets(self) -> None:
        ui = self.ui
        self.setStyleSheet(
            'QLabel[required="true"] { font-weight: bold; }'
            f'QLabel[fieldError="true"] {{ color: {ERROR_COLOR}; }}'
            f'QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],'
            f' QTableWidget[invalid="true"] {{ border: 1px solid {ERROR_COLOR}; }}'
            "QFrame#documentBar { background: #e3f0fc; border: 1px solid #8dbbe8;"
            " border-radius: 3px; }"
            "QFrame#duplicatesBar { background: #fff6d6; border: 1px solid #e5c04b;"
            " border-radius: 3px; }"
            "QFrame#mergedBar { background: #fdecea; border: 1px solid #e3a29c;"
            " border-radius: 3px; }"
            "QLabel#consentNoteLabel, QLabel#roomChoiceLabel { color: #555; }"
        )
        for bar in (ui.mergedBar, ui.documentBar, ui.duplicatesBar):
            bar.hide()
        for lab in self._error_labels():
            lab.hide()
        ui.kindCombo.clear()
        fill_enum_combo(ui.kindCombo, CustomerKind, CustomerKind.PERSON)
        ui.genderCombo.addItem(self.tr("Not set"), None)
        for g in Gender:
            ui.genderCombo.addItem(enum_label(g), g.value)
        for edit in (ui.birthDateEdit, ui.consentDateEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setMaximumDate(QDate(2999, 12, 31))
            edit.setSpecialValueText(self.tr("Not set"))
            DateKeys(edit, optional=True)
        ui.birthDateEdit.setDate(NO_DATE)
        ui.startDateEdit.setDate(today_qdate())
        DateKeys(ui.startDateEdit, optional=False)
        ui.nationalityCombo.addItems(NATIONALITIES)
        ui.nationalityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for t in PERSON_DOCUMENTS:
            ui.documentTypeCombo.addItem(enum_label(t), t.value)
            index = ui.documentTypeCombo.count() - 1
            ui.documentTypeCombo.setItemData(index, enum_label(t), Qt.ItemDataRole.ToolTipRole)
        # the number needs the room (18 characters), the kind of document less
        ui.documentTypeCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.documentTypeCombo.setMinimumContentsLength(11)
        ui.documentTypeCombo.view().setMinimumWidth(ui.documentTypeCombo.sizeHint().width() * 2)
        metrics = ui.documentNumberEdit.fontMetrics()
        ui.documentNumberEdit.setMinimumWidth(metrics.horizontalAdvance("0" * 20) + 12)
        fill_enum_combo(ui.levelCombo, CustomerLevel)
        ui.preferredCombo.addItem(self.tr("No preference"), None)
        for ch in ContactChannel:
            ui.preferredCombo.addItem(enum_label(ch), ch.value)
        fill_enum_combo(ui.roleCombo, Role, Role.TENANT)
        ui.relationCombo.addItem(self.tr("Choose…"), None)
        for rel in Relation:
            ui.relationCombo.addItem(enum_label(rel), rel.value)
        ui.documentNumberEdit.setPlaceholderText(self.tr("18 characters on the ID card"))
        # co-owners' shares
        table = ui.ownersTable
        table.setItemDelegateForColumn(SHARE_COL, ShareDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHARE_COL, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        ui.coOwnersPanel.hide()
        # room search
        self._room_model = QStandardItemModel(self)
        self.completer = QCompleter(self._room_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(LABEL_ROLE)
        self.completer.setWidget(ui.roomEdit)
        self.completer.setMaxVisibleItems(8)
        ui.roomBox.setChecked(False)
        ui.verificationLabel.setTextFormat(Qt.TextFormat.PlainText)
        ui.verificationLabel.hide()
        ui.verifyButton.hide()
        ui.roomChoiceLabel.hide()

    def _connect(self) -> None:
        ui = self.ui
        validate = self._schedule_validation
        ui.kindCombo.currentIndexChanged.connect(self._update_kind)
        ui.nameEdit.textChanged.connect(validate)
        ui.nameEdit.textEdited.connect(self._schedule_duplicates)
        ui.genderCombo.activated.connect(self._gender_chosen)
        ui.genderCombo.currentIndexChanged.connect(validate)
        ui.birthDateEdit.dateChanged.connect(self._birth_changed)
        ui.documentTypeCombo.currentIndexChanged.connect(validate)
        ui.documentNumberEdit.textChanged.connect(validate)
        ui.emailEdit.textChanged.connect(validate)
        ui.consentDateEdit.dateChanged.connect(self._date_edited)
        ui.startDateEdit.dateChanged.connect(self._date_edited)
        for edit, field in (
            (ui.nameEdit, "name"),
            (ui.documentNumberEdit, "document_number"),
            (ui.emailEdit, "email"),
        ):
            edit.editingFinished.connect(lambda f=field: self._reveal(f))
            if field in QUIET_WHILE_TYPING and field != "name":
                edit.textEdited.connect(lambda _t, f=field: self._conceal(f))
            edit.textEdited.connect(lambda _t, f=field: self._clear_service_error(f))
        ui.addPhoneButton.clicked.connect(self._add_phone_clicked)
        ui.documentOpenButton.clicked.connect(self._open_existing)
        ui.mergedOpenButton.clicked.connect(self._open_survivor)
        ui.verifyButton.clicked.connect(self.verify_document)
        # room
        ui.roomBox.toggled.connect(self._room_toggled)
        ui.roomEdit.textEdited.connect(self._room_text_edited)
        self.completer.activated[QModelIndex].connect(self._completion_chosen)
        ui.roleCombo.currentIndexChanged.connect(self._update_role)
        ui.shareEdit.textEdited.connect(self._share_edited)
        ui.shareEdit.textChanged.connect(lambda _t: self.update_total())
        ui.ownersTable.itemChanged.connect(lambda _item: self.update_total())
        ui.relationCombo.currentIndexChanged.connect(lambda _i: self._clear_identity_error())
        ui.familyCombo.currentIndexChanged.connect(lambda _i: self._clear_identity_error())

    def _fit_to_screen(self) -> None:
        self.adjustSize()
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        size = self.sizeHint()
        width = min(max(size.width(), 960), available.width() - 20)
        height = min(size.height(), available.height() - 40)
        self.resize(width, height)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Override QDialog.showEvent: start where the clerk starts typing."""
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        if self.ui.roomBox.isChecked() and self.resource is None and self.customer_id:
            self.ui.roomEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.customer_id is None:
            self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        """Override QDialog.done: no look-up starts once the dialog is closed."""
        for timer in (self._validate_timer, self._duplicates_timer, self._search_timer):
            timer.stop()
        self.completer.popup().hide()
        super().done(result)

    # -- new customer / loaded customer ----------------------------------------------------
    def _prepare_new(self) -> None:
        ui = self.ui
        self._filling = True
        ui.nationalityCombo.setCurrentText("中国")
        ui.consentDateEdit.setDate(today_qdate())
        ui.consentScopeEdit.setText(_default_scope())
        ui.consentScopeEdit.setCursorPosition(0)
        ui.verificationLabel.hide()
        ui.verifyButton.hide()
        ui.consentDateLabel.setProperty("required", True)
        ui.consentDateLabel.style().unpolish(ui.consentDateLabel)
        ui.consentDateLabel.style().polish(ui.consentDateLabel)
        self._add_phone_row()
        self._filling = False
        self.setWindowModified(False)

    def _fill_loaded(self, loaded: cs.LoadedCustomer) -> None:
        ui = self.ui
        self.loaded_customer = loaded
        self.version = loaded.version
        f = loaded.fields
        self._filling = True
        try:
            set_combo_value(ui.kindCombo, f.kind)
            ui.nameEdit.setText(f.name)
            index = ui.genderCombo.findData(str(f.gender) if f.gender else None)
            ui.genderCombo.setCurrentIndex(max(index, 0))
            set_optional_date(ui.birthDateEdit, f.birth_date)
            ui.nationalityCombo.setCurrentText(f.nationality or "")
            if f.document_type and f.document_type != DocumentType.USCC:
                set_combo_value(ui.documentTypeCombo, f.document_type)
            ui.documentNumberEdit.setText(f.document_number or "")
            ui.legalRepEdit.setText(f.legal_representative or "")
            for phone in f.phones:
                row = self._add_phone_row()
                row.number.setText(ids.format_phone(phone.number))
                row.label.setCurrentText(phone.label or "")
                row.primary.setChecked(phone.primary)
            if not f.phones:
                self._add_phone_row()
            ui.emailEdit.setText(f.email or "")
            ui.addressEdit.setText(f.address or "")
            set_combo_value(ui.levelCombo, f.level or CustomerLevel.STANDARD)
            ui.tagsEdit.setText(f.tags or "")
            ui.preferredCombo.setCurrentIndex(
                max(ui.preferredCombo.findData(str(f.preferred_channel)), 0)
                if f.preferred_channel
                else 0
            )
            ui.notesEdit.setPlainText(f.notes or "")
            set_optional_date(ui.consentDateEdit, f.consent_date)
            scope = f.consent_scope or ""
            ui.consentScopeEdit.setText(
                _default_scope() if scope == str(cs.DEFAULT_CONSENT_SCOPE) else scope
            )
            ui.consentScopeEdit.setCursorPosition(0)
        finally:
            self._filling = False
        self._birth_auto = f.birth_date is None
        self._gender_auto = f.gender is None
        self._document_key = (
            (str(f.document_type), f.document_number) if f.document_number else None
        )
        self.set_title(self.tr("Customer – {name}").format(name=f.name))
        self._show_verification()
        self._update_kind()
        if loaded.merged_into_id is not None:
            self._make_read_only(loaded.merged_into_id)
        self._schedule_validation()

    def _show_verification(self) -> None:
        ui = self.ui
        loaded = self.loaded_customer
        if loaded is None:
            return
        ui.verificationLabel.show()
        if loaded.verified_at is not None:
            ui.verificationLabel.setText(
                self.tr("✔ Verified by {user} on {date}").format(
                    user=loaded.verified_by or self.tr("unknown user"),
                    date=_local_date(loaded.verified_at),
                )
            )
            ui.verificationLabel.setStyleSheet(
                "QLabel { color: #1b5e20; background: #e3f3e4; border: 1px solid #9ccc9f;"
                " border-radius: 3px; padding: 2px 6px; font-weight: bold; }"
            )
            ui.verificationLabel.setWordWrap(False)
            ui.verificationLabel.setSizePolicy(
                QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred
            )
            ui.verifyButton.hide()
        else:
            ui.verificationLabel.setText(self.tr("Not verified"))
            ui.verificationLabel.setStyleSheet("QLabel { color: #8a5a00; }")
            ui.verifyButton.setVisible(not self.read_only)
            has_document = bool(loaded.fields.document_number)
            ui.verifyButton.setEnabled(has_document)
            if not has_document:
                ui.verifyButton.setToolTip(self.tr("There is no document number to check yet."))

    def _make_read_only(self, survivor: int) -> None:
        ui = self.ui
        self.read_only = True
        ui.mergedLabel.setText(
            self.tr(
                "Merged into customer {id}. This record is kept for the history only; "
                "edit the customer it was merged into."
            ).format(id=survivor)
        )
        ui.mergedOpenButton.setText(self.tr("Open customer {id}").format(id=survivor))
        ui.mergedBar.show()
        for w in (ui.customerBox, ui.contactBox, ui.roomBox, ui.consentBox, ui.notesEdit):
            w.setEnabled(False)
        self.ok_button.hide()
        ui.verifyButton.hide()

    # -- person or company -----------------------------------------------------------------
    @property
    def kind(self) -> CustomerKind:
        return combo_value(self.ui.kindCombo, CustomerKind)

    def _update_kind(self, *_args) -> None:
        ui = self.ui
        company = self.kind == CustomerKind.COMPANY
        form: QFormLayout = ui.customerForm
        for lab in (ui.genderLabel, ui.birthDateLabel, ui.nationalityLabel):
            form.setRowVisible(lab, not company)
        form.setRowVisible(ui.legalRepLabel, company)
        ui.documentTypeCombo.setVisible(not company)
        if company:
            ui.documentLabel.setText(self.tr("&Unified social credit code:"))
            ui.documentLabel.setBuddy(ui.documentNumberEdit)
            ui.documentNumberEdit.setPlaceholderText(self.tr("18 characters on the licence"))
        else:
            ui.documentLabel.setText(self.tr("Doc&ument:"))
            ui.documentLabel.setBuddy(ui.documentTypeCombo)
            ui.documentNumberEdit.setPlaceholderText(self.tr("18 characters on the ID card"))
        ui.nameEdit.setPlaceholderText(
            self.tr("Company name as on the licence") if company else self.tr("Required")
        )
        self._schedule_validation()

    # -- collecting ------------------------------------------------------------------------
    def collect(self) -> cs.CustomerFields:
        """The form's customer fields as typed (the service normalises them)."""
        ui = self.ui
        company = self.kind == CustomerKind.COMPANY
        gender = ui.genderCombo.currentData()
        preferred = ui.preferredCombo.currentData()
        scope = ui.consentScopeEdit.text().strip()
        if scope == _default_scope().strip():
            scope = str(cs.DEFAULT_CONSENT_SCOPE)  # stored in English, shown translated
        return cs.CustomerFields(
            kind=self.kind,
            name=ui.nameEdit.text(),
            gender=Gender(gender) if gender and not company else None,
            birth_date=None if company else optional_date(ui.birthDateEdit),
            nationality="" if company else ui.nationalityCombo.currentText(),
            document_type=(
                DocumentType.USCC
                if company
                else DocumentType(ui.documentTypeCombo.currentData() or DocumentType.RESIDENT_ID)
            ),
            document_number=ui.documentNumberEdit.text(),
            legal_representative=ui.legalRepEdit.text() if company else "",
            phones=[row.entry() for row in self._phone_rows],
            email=ui.emailEdit.text(),
            address=ui.addressEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            level=combo_value(ui.levelCombo, CustomerLevel),
            tags=ui.tagsEdit.text(),
            preferred_channel=ContactChannel(preferred) if preferred else None,
            consent_date=optional_date(ui.consentDateEdit),
            consent_scope=scope,
        )

    def identity_fields(self) -> idn.IdentityFields | None:
        """The identity to add (None: "Add to a room" is off)."""
        ui = self.ui
        if not ui.roomBox.isChecked():
            return None
        role = combo_value(ui.roleCombo, Role)
        res = self.resource
        f = idn.IdentityFields(
            role=role,
            room_id=res.room_id if res else None,
            space_id=res.space_id if res else None,
            start_date=optional_date(ui.startDateEdit),
        )
        if role == Role.OWNER:
            f.share = ui.shareEdit.text().strip() or None
            f.other_shares = self.co_owner_shares()
        elif role == Role.FAMILY:
            relation = ui.relationCombo.currentData()
            f.relation = Relation(relation) if relation else None
            f.related_customer_id = ui.familyCombo.currentData()
        return f

    def co_owner_shares(self) -> dict[int, str]:
        table = self.ui.ownersTable
        shares = {}
        for row in range(table.rowCount()):
            item = table.item(row, SHARE_COL)
            shares[int(item.data(Qt.ItemDataRole.UserRole))] = item.text().strip()
        return shares

    # -- validation as you type ------------------------------------------------------------
    def _schedule_validation(self, *_args) -> None:
        self._validate_timer.start()

    def _reveal(self, field: str) -> None:
        if field not in self._revealed:
            self._revealed.add(field)
            self._schedule_validation()

    def _conceal(self, field: str) -> None:
        self._revealed.discard(field)

    def _shows(self, error: ValidationError) -> bool:
        """Whether a problem found is shown now (see the module's docstring)."""
        field = error.field
        if field not in QUIET_WHILE_TYPING or field in self._revealed:
            return True
        if field == "document_number":
            return len(ids.normalise_document(self.ui.documentNumberEdit.text())) >= 18
        return False

    def validate(self) -> list[ValidationError]:
        """Check the form now; show the problems due; return every problem found."""
        self._validate_timer.stop()
        if self._loading or self.read_only:
            return []
        fields = self.collect()
        values, errors = cs.check_customer(fields, new=self.customer_id is None)
        if self._autofill_from_id(fields, values, errors):
            values, errors = cs.check_customer(self.collect(), new=self.customer_id is None)
        self._field_errors = {}
        for e in errors:
            self._field_errors.setdefault(e.field or "", e)
        self._show_field_errors()
        self._lookup_document(values, errors)
        return errors

    def _autofill_from_id(self, fields: cs.CustomerFields, values, errors) -> bool:
        """A valid resident ID fills in an empty (or earlier filled-in) birth date and gender."""
        if fields.kind != CustomerKind.PERSON or fields.document_type != DocumentType.RESIDENT_ID:
            return False
        if not values["document_number"] or any(e.field == "document_number" for e in errors):
            return False
        rid = ids.check_resident_id(values["document_number"])
        ui = self.ui
        changed = False
        self._filling = True
        try:
            if self._birth_auto and optional_date(ui.birthDateEdit) != rid.birth_date:
                set_optional_date(ui.birthDateEdit, rid.birth_date)
                changed = True
            if self._gender_auto and ui.genderCombo.currentData() != str(rid.gender):
                ui.genderCombo.setCurrentIndex(ui.genderCombo.findData(str(rid.gender)))
                changed = True
        finally:
            self._filling = False
        return changed

    def _error_labels(self) -> list[QLabel]:
        ui = self.ui
        return [
            ui.nameError,
            ui.birthDateError,
            ui.documentError,
            ui.phonesError,
            ui.emailError,
            ui.consentDateError,
            ui.roomError,
            ui.identityError,
        ]

    def _field_places(self) -> dict[str, tuple[QLabel, list[QWidget]]]:
        ui = self.ui
        return {
            "name": (ui.nameError, [ui.nameEdit]),
            "birth_date": (ui.birthDateError, [ui.birthDateEdit]),
            "document_type": (ui.documentError, [ui.documentTypeCombo]),
            "document_number": (ui.documentError, [ui.documentNumberEdit]),
            "phones": (ui.phonesError, []),
            "email": (ui.emailError, [ui.emailEdit]),
            "consent_date": (ui.consentDateError, [ui.consentDateEdit]),
        }

    def visible_errors(self) -> dict[str, str]:
        """Field name -> the problem shown under it now (for tests and the error line)."""
        return {
            field: error_text(e)
            for field, e in self._field_errors.items()
            if field in self._field_places() and self._shows(e)
        }

    def _show_field_errors(self) -> None:
        shown = self.visible_errors()
        texts: dict[QLabel, list[str]] = {}
        invalid: set[QWidget] = set()
        for field, (lab, widgets) in self._field_places().items():
            texts.setdefault(lab, [])
            if field in shown:
                texts[lab].append(shown[field])
                invalid.update(widgets)
        for lab, lines in texts.items():
            lab.setText("\n".join(lines))
            lab.setVisible(bool(lines))
        bad_rows = self._invalid_phone_rows() if "phones" in shown else []
        invalid.update(row.number for row in bad_rows)
        for widgets in (w for _lab, w in self._field_places().values()):
            for w in widgets:
                _set_invalid(w, w in invalid)
        for row in self._phone_rows:
            _set_invalid(row.number, row.number in invalid)
        self._update_error_line()

    def _invalid_phone_rows(self) -> list[PhoneRow]:
        rows = []
        for row in self._phone_rows:
            if not row.number.text().strip():
                continue
            try:
                ids.normalise_phone(row.number.text())
            except ValidationError:
                rows.append(row)
        return rows

    def _update_error_line(self) -> None:
        if self._service_error is not None:
            text = self._service_error[0]
        else:
            shown = self.visible_errors()
            first = next((shown[f] for f in FIELD_ORDER if f in shown), "")
            text = first
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _clear_service_error(self, field: str | None) -> None:
        if self._service_error is not None and self._service_error[1] == field:
            self._service_error = None
            self._update_error_line()

    def _clear_identity_error(self) -> None:
        self.ui.identityError.hide()
        for w in (self.ui.shareEdit, self.ui.ownersTable, self.ui.relationCombo):
            _set_invalid(w, False)
        _set_invalid(self.ui.familyCombo, False)
        if self._service_error is not None and self._service_error[1] in IDENTITY_FIELDS:
            self._service_error = None
            self._update_error_line()

    # -- errors from saving ----------------------------------------------------------------
    def show_error(self, exc: BaseException | str) -> None:
        """Override BaseDialog.show_error: also under the field the error names."""
        text = exc if isinstance(exc, str) else error_text(exc)
        field = getattr(exc, "field", None)
        self._service_error = (text, field)
        if field in IDENTITY_FIELDS:
            lab = self.ui.roomError if field == "resource" else self.ui.identityError
            lab.setText(text)
            lab.show()
            target = self.field_widget(field)
            if isinstance(target, QLineEdit | QComboBox) or target is self.ui.ownersTable:
                _set_invalid(target, True)
        self._update_error_line()
        widget = self.field_widget(field)
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        """Override BaseDialog.clear_error."""
        self._service_error = None
        self.ui.roomError.hide()
        self._clear_identity_error()
        self._update_error_line()

    def field_widget(self, name: str | None) -> QWidget | None:
        ui = self.ui
        if name == "phones":
            rows = self._invalid_phone_rows() or self._phone_rows
            return rows[0].number if rows else None
        if name == "document_number" or (
            name == "document_type" and self.kind == CustomerKind.COMPANY
        ):
            return ui.documentNumberEdit
        return {
            "name": ui.nameEdit,
            "birth_date": ui.birthDateEdit,
            "document_type": ui.documentTypeCombo,
            "email": ui.emailEdit,
            "consent_date": ui.consentDateEdit,
            "resource": ui.roomEdit,
            "role": ui.roleCombo,
            "start_date": ui.startDateEdit,
            "share": ui.shareEdit,
            "other_shares": ui.ownersTable,
            "relation": ui.relationCombo,
            "related_customer_id": ui.familyCombo,
        }.get(name or "")

    # -- phones ----------------------------------------------------------------------------
    def _add_phone_clicked(self) -> None:
        row = self._add_phone_row()
        row.number.setFocus(Qt.FocusReason.OtherFocusReason)
        self._mark_modified()

    def _add_phone_row(self) -> PhoneRow:
        if len(self._phone_rows) >= cs.MAX_PHONES:
            return self._phone_rows[-1]
        row = PhoneRow(self.ui.phonesRows, self._phone_group)
        self.ui.phonesRowsLayout.addWidget(row)
        if not self._phone_rows:
            row.primary.setChecked(True)
        self._phone_rows.append(row)
        row.number.textChanged.connect(self._schedule_validation)
        row.number.textEdited.connect(self._phone_edited)
        row.number.editingFinished.connect(lambda: self._reveal("phones"))
        row.number.textEdited.connect(self._mark_modified)
        row.label.lineEdit().textEdited.connect(self._mark_modified)
        row.label.activated.connect(self._mark_modified)
        row.primary.toggled.connect(self._mark_modified)
        row.remove.clicked.connect(lambda: self._remove_phone_row(row))
        self._chain_phone_tab_order()
        return row

    def _phone_edited(self, *_args) -> None:
        self._conceal("phones")
        self._clear_service_error("phones")
        self._schedule_duplicates()

    def _remove_phone_row(self, row: PhoneRow) -> None:
        if row not in self._phone_rows:
            return
        index = self._phone_rows.index(row)
        was_primary = row.primary.isChecked()
        self._phone_rows.remove(row)
        self._phone_group.removeButton(row.primary)
        row.hide()
        row.deleteLater()
        if not self._phone_rows:
            self._add_phone_row()
        elif was_primary:
            self._phone_rows[0].primary.setChecked(True)
        self._chain_phone_tab_order()
        target = self._phone_rows[min(index, len(self._phone_rows) - 1)]
        target.number.setFocus(Qt.FocusReason.OtherFocusReason)
        self._mark_modified()
        self._schedule_validation()
        self._schedule_duplicates()

    def _chain_phone_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [ui.verifyButton]
        for row in self._phone_rows:
            chain += row.focus_chain()
        chain += [ui.addPhoneButton, ui.emailEdit]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def phone_rows(self) -> list[PhoneRow]:
        return list(self._phone_rows)

    # -- dates, gender ---------------------------------------------------------------------
    def _birth_changed(self, *_args) -> None:
        if not self._filling:
            self._birth_auto = optional_date(self.ui.birthDateEdit) is None
            self._mark_modified()
        self._schedule_validation()

    def _gender_chosen(self, *_args) -> None:
        self._gender_auto = self.ui.genderCombo.currentData() is None

    def _date_edited(self, *_args) -> None:
        if not self._filling:
            self._mark_modified()
        self._schedule_validation()

    # -- the document already on file ------------------------------------------------------
    def _lookup_document(self, values: dict[str, Any], errors: list[ValidationError]) -> None:
        number = values.get("document_number")
        doc_type = values.get("document_type")
        bad = any(e.field in ("document_number", "document_type") for e in errors)
        key = None if (bad or not number or doc_type is None) else (str(doc_type), number)
        if key == self._document_key and (key is not None or self._existing is None):
            return
        self._document_key = key
        self._seq["document"] += 1
        seq = self._seq["document"]
        if key is None:
            self._show_existing(None)
            return
        self.ctx.run(
            cs.find_by_document,
            self.ctx.db,
            DocumentType(doc_type),
            number,
            on_done=lambda found: self._document_found(seq, found),
            on_error=lambda exc: log.info("looking up a document failed: %s", exc),
            quiet=True,
        )

    def _document_found(self, seq: int, found: tuple[int, str] | None) -> None:
        if not shiboken6.isValid(self) or seq != self._seq["document"]:
            return
        if found is not None and found[0] == self.customer_id:
            found = None
        self._show_existing(found)

    def _show_existing(self, found: tuple[int, str] | None) -> None:
        ui = self.ui
        self._existing = found
        if found is None:
            ui.documentBar.hide()
            return
        _id, name = found
        if self.kind == CustomerKind.COMPANY:
            text = self.tr(
                "This unified social credit code belongs to {name}. A customer is kept only once."
            )
        else:
            text = self.tr("This ID number belongs to {name}. A customer is kept only once.")
        ui.documentBarLabel.setText(text.format(name=name))
        ui.documentOpenButton.setText(self.tr("Open {name}").format(name=name))
        ui.documentOpenButton.setAccessibleName(self.tr("Open {name}").format(name=name))
        ui.documentBar.show()

    def existing_customer(self) -> tuple[int, str] | None:
        """(id, name) of the customer that holds the document typed, if the bar shows one."""
        return self._existing

    def _open_existing(self) -> None:
        if self._existing is not None:
            self.open_other(self._existing[0])

    def _open_survivor(self) -> None:
        if self.loaded_customer is not None and self.loaded_customer.merged_into_id:
            self.open_other(self.loaded_customer.merged_into_id)

    def open_other(self, customer_id: int) -> None:
        """Open another customer instead: emit ``openCustomer`` and close without saving."""
        if self._saving:
            return
        self.setWindowModified(False)
        self.openCustomer.emit(customer_id)
        QDialog.reject(self)

    # -- possible duplicates ---------------------------------------------------------------
    def _schedule_duplicates(self, *_args) -> None:
        self._duplicates_timer.start()

    def _lookup_duplicates(self) -> None:
        if self.read_only:
            return
        name = self.ui.nameEdit.text().strip()
        phones = [r.number.text().strip() for r in self._phone_rows if r.number.text().strip()]
        key = (name, tuple(phones))
        if key == self._duplicates_key:
            return
        self._duplicates_key = key
        self._seq["duplicates"] += 1
        seq = self._seq["duplicates"]
        if not phones:
            self._show_duplicates([])
            return
        self.ctx.run(
            cs.possible_duplicates,
            self.ctx.db,
            name,
            phones,
            self.customer_id,
            on_done=lambda found: self._duplicates_found(seq, found),
            on_error=lambda exc: log.info("looking for duplicates failed: %s", exc),
            quiet=True,
        )

    def _duplicates_found(self, seq: int, found: list[cs.Duplicate]) -> None:
        if shiboken6.isValid(self) and seq == self._seq["duplicates"]:
            self._show_duplicates(found)

    def _duplicate_line(self, d: cs.Duplicate) -> str:
        reason = cs.DUPLICATE_REASONS.get(d.reason)
        reason_text = QCoreApplication.translate("Customers", reason) if reason else ""
        line = f"{d.name} {d.phone}"
        return f"{line} ({reason_text})" if reason_text else line

    def _show_duplicates(self, found: list[cs.Duplicate]) -> None:
        ui = self.ui
        self.duplicates = list(found)
        grid = ui.duplicatesGrid
        while grid.count():
            w = grid.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        for n, d in enumerate(found):
            lab = QLabel(self._duplicate_line(d), ui.duplicatesRows)
            lab.setObjectName(f"duplicateLabel{n}")
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Open"), ui.duplicatesRows)
            button.setObjectName(f"duplicateOpenButton{n}")
            button.setAccessibleName(self.tr("Open {name}").format(name=d.name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, cid=d.customer_id: self.open_other(cid))
            grid.addWidget(lab, n, 0)
            grid.addWidget(button, n, 1)
        grid.setColumnStretch(0, 1)
        ui.duplicatesBar.setVisible(bool(found))
        chain = [ui.documentOpenButton, *self.duplicate_buttons(), ui.kindCombo]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def duplicate_buttons(self) -> list[QPushButton]:
        grid = self.ui.duplicatesGrid
        return [
            grid.itemAtPosition(n, 1).widget()
            for n in range(len(self.duplicates))
            if grid.itemAtPosition(n, 1) is not None
        ]

    # -- add to a room ---------------------------------------------------------------------
    def _set_room(self, room: tuple[int | None, int | None, str] | None) -> None:
        ui = self.ui
        if room is None:
            ui.roomBox.setChecked(False)
            return
        room_id, space_id, label = room
        ui.roomBox.setChecked(True)
        if room_id is None and space_id is None:
            return
        self._choose(idn.ResourceChoice(room_id, space_id, label or "", ""))

    def _room_toggled(self, on: bool) -> None:
        if on and self.resource is None:
            self.ui.roomEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._clear_identity_error()
        self.ui.roomError.hide()

    def _room_text_edited(self, text: str) -> None:
        if self.resource is not None and text.strip() != self.resource.label:
            self._choose(None)
        self.ui.roomError.hide()
        self._clear_service_error("resource")
        self._search_timer.start()

    def _search_resources(self) -> None:
        text = self.ui.roomEdit.text().strip()
        self._seq["search"] += 1
        seq = self._seq["search"]
        if not text or (self.resource is not None and text == self.resource.label):
            return
        self.ctx.run(
            idn.find_resources,
            self.ctx.db,
            text,
            on_done=lambda found: self._resources_found(seq, text, found),
            on_error=lambda exc: log.info("looking up rooms failed: %s", exc),
            quiet=True,
        )

    def _resources_found(self, seq: int, text: str, found: list[idn.ResourceChoice]) -> None:
        if not shiboken6.isValid(self) or seq != self._seq["search"]:
            return
        ui = self.ui
        self._results = list(found)
        self._room_model.clear()
        for choice in found:
            shown = choice.label
            if choice.owners:
                shown = self.tr("{room}  —  owners: {owners}").format(
                    room=choice.label, owners=choice.owners
                )
            item = QStandardItem(shown)
            item.setData(choice.label, LABEL_ROLE)
            item.setEditable(False)
            self._room_model.appendRow(item)
        if len(found) == 1:
            self.completer.popup().hide()
            self._choose(found[0])
        elif found:
            ui.roomChoiceLabel.setText(
                self.tr("{count} rooms match “{text}”: choose one from the list.").format(
                    count=len(found), text=text
                )
            )
            ui.roomChoiceLabel.show()
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        else:
            ui.roomChoiceLabel.setText(
                self.tr("No room or parking space matches “{text}”.").format(text=text)
            )
            ui.roomChoiceLabel.show()

    def _completion_chosen(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._results):
            self._choose(self._results[row])

    def room_results(self) -> list[idn.ResourceChoice]:
        return list(self._results)

    def choose_resource(self, choice: idn.ResourceChoice) -> None:
        """Take this room or space for "Add to a room" (as if picked from the list)."""
        self._choose(choice)

    def _choose(self, choice: idn.ResourceChoice | None) -> None:
        ui = self.ui
        self.resource = choice
        self.holders = []
        self._seq["holders"] += 1
        self._fill_holders([])
        if choice is None:
            ui.roomChoiceLabel.hide()
            return
        ui.roomEdit.setText(choice.label)
        ui.roomChoiceLabel.setText(self.tr("Loading who holds {room}…").format(room=choice.label))
        ui.roomChoiceLabel.show()
        seq = self._seq["holders"]
        self.ctx.run(
            idn.resource_identities,
            self.ctx.db,
            room_id=choice.room_id,
            space_id=choice.space_id,
            on_done=lambda rows: self._holders_loaded(seq, rows),
            on_error=lambda exc: self._holders_failed(seq, exc),
            quiet=True,
        )

    def _holders_failed(self, seq: int, exc: BaseException) -> None:
        if shiboken6.isValid(self) and seq == self._seq["holders"]:
            self.ui.roomChoiceLabel.setText(error_text(exc))

    def _holders_loaded(self, seq: int, rows: list[idn.IdentityRow]) -> None:
        if not shiboken6.isValid(self) or seq != self._seq["holders"]:
            return
        self.holders = list(rows)
        self._fill_holders(self.holders)
        self.holdersLoaded.emit()

    def _fill_holders(self, rows: list[idn.IdentityRow]) -> None:
        ui = self.ui
        owners = [r for r in rows if r.role == Role.OWNER]
        tenants = [r for r in rows if r.role == Role.TENANT]
        if self.resource is not None:
            parts = [self.resource.label]
            if owners:
                parts.append(
                    self.tr("Owners: {names}").format(
                        names="、".join(f"{r.customer_name} {_percent(r.share)}" for r in owners)
                    )
                )
            if tenants:
                parts.append(
                    self.tr("Tenants: {names}").format(
                        names="、".join(r.customer_name for r in tenants)
                    )
                )
            if not owners and not tenants:
                parts.append(self.tr("no owner or tenant recorded yet"))
            ui.roomChoiceLabel.setText("  ·  ".join(parts))
        table = ui.ownersTable
        table.blockSignals(True)
        table.setRowCount(0)
        for r in owners:
            row = table.rowCount()
            table.insertRow(row)
            name = QTableWidgetItem(r.customer_name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            share = QTableWidgetItem(_share_text(r.share))
            share.setData(Qt.ItemDataRole.UserRole, r.id)
            table.setItem(row, NAME_COL, name)
            table.setItem(row, SHARE_COL, share)
        table.blockSignals(False)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + table.verticalHeader().defaultSectionSize() * max(table.rowCount(), 1)
            + 2 * table.frameWidth()
        )
        if not self._share_typed:
            ui.shareEdit.setText("" if owners else "100")
        combo = ui.familyCombo
        combo.clear()
        seen: set[int] = set()
        holders = [r for r in owners + tenants if r.customer_id != self.customer_id]
        if len({r.customer_id for r in holders}) > 1:
            combo.addItem(self.tr("Choose…"), None)
        for r in holders:
            if r.customer_id in seen:
                continue
            seen.add(r.customer_id)
            combo.addItem(f"{r.customer_name} ({enum_label(Role(r.role))})", r.customer_id)
        self._update_role()

    def _share_edited(self, *_args) -> None:
        self._share_typed = True
        self._clear_identity_error()

    def _update_role(self, *_args) -> None:
        ui = self.ui
        role = combo_value(ui.roleCombo, Role)
        form: QFormLayout = ui.roomForm
        owner = role == Role.OWNER
        family = role == Role.FAMILY
        form.setRowVisible(ui.shareLabel, owner)
        form.setRowVisible(ui.coOwnersPanel, owner and ui.ownersTable.rowCount() > 0)
        form.setRowVisible(ui.relationLabel, family)
        form.setRowVisible(ui.familyLabel, family)
        self._clear_identity_error()
        self.update_total()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Rows shown later (co-owners, relation) get their room: grow, never shrink."""
        if not self.isVisible():
            return
        self.layout().activate()
        hint = self.sizeHint()
        screen = self.screen()
        limit = screen.availableGeometry().height() - 40 if screen else hint.height()
        height = min(max(self.height(), hint.height()), max(limit, self.height()))
        if height > self.height() or hint.width() > self.width():
            self.resize(max(self.width(), hint.width()), height)

    def total_share(self) -> Decimal | None:
        """The owners' shares with the new owner's (None: a share cannot be read)."""
        total = Decimal(0)
        try:
            for text in self.co_owner_shares().values():
                total += idn.parse_share(text, "other_shares") or Decimal(0)
            total += idn.parse_share(self.ui.shareEdit.text(), "share") or Decimal(0)
        except ValidationError:
            return None
        return total

    def update_total(self) -> None:
        ui = self.ui
        if ui.ownersTable.rowCount() == 0:
            ui.totalLabel.clear()
            return
        total = self.total_share()
        if total is None:
            text, bad = self.tr("Total: a share is not a number"), True
        else:
            bad = total != 100 or not ui.shareEdit.text().strip()
            text = self.tr("Total: {total}%").format(total=_share_text(total))
            if bad and total == 100:
                text = self.tr("Total: {total}% — type the new owner's share").format(
                    total=_share_text(total)
                )
            elif bad:
                text = self.tr("Total: {total}% — the owners must make 100%").format(
                    total=_share_text(total)
                )
        ui.totalLabel.setText(text)
        ui.totalLabel.setStyleSheet(
            f"color: {ERROR_COLOR}; font-weight: bold;" if bad else "color: #1b5e20;"
        )
        ui.totalLabel.setProperty("bad", bad)

    # -- verification ----------------------------------------------------------------------
    def verify_document(self) -> None:
        """Ask, then record that the clerk checked the stored document (verify_customer)."""
        loaded = self.loaded_customer
        if loaded is None or self.version is None or self._saving or self._verifying:
            return
        stored = loaded.fields.document_number or ""
        typed = ids.normalise_document(self.ui.documentNumberEdit.text())
        if not stored:
            self.show_error(self.tr("Save a document number first, then mark it as checked."))
            return
        if typed != stored:
            self.show_error(
                self.tr("Save the changed document number first, then mark it as checked.")
            )
            return
        if not confirm_verify(self, loaded.fields.name, stored):
            return
        self._verifying = True
        self.ok_button.setEnabled(False)
        self.ui.verifyButton.setEnabled(False)

        def verified(version: int) -> None:
            if not shiboken6.isValid(self):
                return
            self.version = version
            self.ctx.run(
                cs.load_customer,
                self.ctx.db,
                self.customer_id,
                on_done=reloaded,
                on_error=failed,
            )

        def reloaded(fresh: cs.LoadedCustomer) -> None:
            self.ctx.notify(self.change_for(self.customer_id, part="verification"))
            if not shiboken6.isValid(self):
                return
            self._verifying = False
            self.version = fresh.version
            self.loaded_customer = cs.LoadedCustomer(
                loaded.id,
                fresh.version,
                loaded.fields,
                fresh.verified_at,
                fresh.verified_by,
                fresh.merged_into_id,
            )
            self.ok_button.setEnabled(True)
            self.ui.verifyButton.setEnabled(True)
            self._show_verification()
            self.verified.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._verifying = False
            self.ok_button.setEnabled(True)
            self.ui.verifyButton.setEnabled(True)
            self.show_error(exc)

        self.ctx.run(
            cs.verify_customer,
            self.ctx.db,
            self.ctx.actor,
            self.customer_id,
            self.version,
            on_done=verified,
            on_error=failed,
        )

    # -- saving ----------------------------------------------------------------------------
    def _on_ok(self) -> None:
        """Override BaseDialog._on_ok: check everything here first, then save."""
        if not self.is_ready or self._verifying or self.read_only:
            return
        self.clear_error()
        self._revealed.update(QUIET_WHILE_TYPING)
        errors = self.validate()
        if errors:
            self._focus_first(errors)
            return
        identity = self.identity_fields()
        if identity is not None and self.resource is None:
            self._service_error = None
            self.ui.roomError.setText(
                self.tr("Type the room code and choose the room from the list.")
            )
            self.ui.roomError.show()
            self._service_error = (self.ui.roomError.text(), "resource")
            self._update_error_line()
            self.ui.roomEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self._duplicates_accepted():
            return
        fields = self.collect()
        self._saved_resource = self.resource if identity is not None else None
        self._set_saving(True)
        if self.customer_id is None:
            self.ctx.run(
                cs.create_customer,
                self.ctx.db,
                self.ctx.actor,
                fields,
                identity=identity,
                on_done=self._saved,
                on_error=self._failed,
            )
        else:
            self.ctx.run(
                save_edited,
                self.ctx.db,
                self.ctx.actor,
                self.customer_id,
                self.version,
                fields,
                identity,
                on_done=self._saved,
                on_error=self._failed,
            )

    def _focus_first(self, errors: Iterable[ValidationError]) -> None:
        fields = {e.field for e in errors}
        first = next((f for f in FIELD_ORDER if f in fields), None)
        widget = self.field_widget(first)
        if widget is not None and widget.isVisibleTo(self) and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _duplicates_accepted(self) -> bool:
        """A new customer sharing a phone with others: ask once per set of look-alikes."""
        if self.customer_id is not None or not self.duplicates:
            return True
        found = frozenset(d.customer_id for d in self.duplicates)
        if found <= self._duplicates_acknowledged:
            return True
        if not confirm_duplicates(self, [self._duplicate_line(d) for d in self.duplicates]):
            buttons = self.duplicate_buttons()
            if buttons:
                buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._duplicates_acknowledged = found
        return True

    def change_for(self, result: Any, part: str = "customer") -> Change:
        """A "customer" Change (see tree_model.CUSTOMER_CHANGE) with the room concerned."""
        customer_id = int(result)
        extra: dict[str, Any] = {"part": part, "customer_ids": (customer_id,)}
        res = self._saved_resource
        if res is not None and res.room_id is not None:
            extra["room_ids"] = (res.room_id,)
        if res is not None and res.space_id is not None:
            extra["space_ids"] = (res.space_id,)
        return Change(CUSTOMER_CHANGE, ids=(customer_id,), extra=extra)  # type: ignore[arg-type]

    def _saved(self, result: Any) -> None:
        """Override BaseDialog._saved: announce, emit the customer's id, close."""
        customer_id = int(result) if self.customer_id is None else self.customer_id
        self.ctx.notify(self.change_for(customer_id))
        if not shiboken6.isValid(self):
            return
        if self.customer_id is not None:
            self.version = int(result)
        self._set_saving(False)
        self.setWindowModified(False)
        self.saved.emit(customer_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """Override BaseDialog._failed: keep everything, show the reason where it belongs."""
        if isinstance(exc, IdentityNotAdded):
            # The customer's own fields were saved: later saves need the new version.
            self.version = exc.version
            self._saved_resource = None
            self.ctx.notify(self.change_for(self.customer_id))
            exc = exc.error
        if not isinstance(exc, CrmError):
            log.error("saving a customer failed", exc_info=exc)
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if isinstance(exc, cs.DuplicateDocumentError):
            self._document_key = None
            self._show_existing((exc.existing_id, str(exc.params.get("name", ""))))
        if isinstance(exc, cs.ValidationErrors):
            self._revealed.update(QUIET_WHILE_TYPING)
            self._show_field_errors()
        self.show_error(exc)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def _share_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f") if value == value.to_integral() else f"{value:.2f}"


def _percent(value: Decimal | None) -> str:
    return f"{_share_text(value)}%" if value is not None else ""
