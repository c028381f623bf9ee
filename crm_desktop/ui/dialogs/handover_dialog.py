"""Handover (收楼) of a sold room: schedule the appointment, or record the handover
itself (date, who handled it, the keys, the meter readings and the inspection
checklist), and later mark a defect found at the inspection rectified (整改).

``HandoverDialog`` has two modes in one window, switched by two radio buttons: the
appointment (a date and notes) and the handover. The checklist starts with nothing
ticked: the clerk answers each item as ok or as a defect (with its description), so
an item nobody looked at is never recorded as ok. The dialog checks that before
anything is sent; the service checks everything again, and a refusal keeps the
window open with every entry as it was. ``RectifyDefectDialog`` closes one defect.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import clock
from crm_desktop.domain.enums import METER_UNITS, Meter, NodeKind
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import handover as ho
from crm_desktop.services import sales
from crm_desktop.services.database import Database
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import ERROR_COLOR, BaseDialog, enum_label
from crm_desktop.ui.dialogs.identity_dialogs import _Form
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.qdates import today_qdate

# The kinds of keys offered in the kind combo (data, not interface text: the office
# records them in Chinese whatever the interface language). Any other kind can be typed.
COMMON_KEY_KINDS = ("入户门钥匙", "单元门禁卡", "信箱钥匙", "车库遥控器")

SCHEDULE = "schedule"
COMPLETE = "complete"


# --- loading (on the database thread) -------------------------------------------------
@dataclass(frozen=True)
class HandoverFormData:
    """What the handover dialog needs: the room's handover (an open appointment, or the
    completed handover), the active checklist and the signing date of its sale."""

    record: ho.HandoverRecord | None
    template: list[ho.TemplateItem]
    signing_date: date | None

    @property
    def appointment(self) -> ho.HandoverRecord | None:
        """The open appointment, None when there is none (or the room was handed over)."""
        return self.record if self.record is not None and not self.record.completed else None


def load_handover_form(db: Database, room_id: int) -> HandoverFormData:
    record = ho.handover_of(db, room_id)
    template = ho.inspection_template(db)
    signed = max((s.signing_date for s in sales.sales_of(db, room_id=room_id)), default=None)
    return HandoverFormData(record, template, signed)


# --- rows of the keys and the checklist -----------------------------------------------
def _remove_button(parent: QWidget, accessible: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText("✕")
    button.setAutoRaise(True)
    button.setToolTip(accessible)
    button.setAccessibleName(accessible)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class _KeyRow(QWidget):
    """One kind of key and how many: an editable combo of the common kinds, a count."""

    def __init__(self, parent: QWidget, kind: str = "", count: int = 1) -> None:
        super().__init__(parent)
        self.setObjectName("keyRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("keyKindCombo")
        self.kindCombo.setEditable(True)
        self.kindCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kindCombo.addItems(COMMON_KEY_KINDS)
        self.kindCombo.setCurrentIndex(-1)
        self.kindCombo.setEditText(kind)
        self.kindCombo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("HandoverDialog", "Kind of key")
        )
        self.kindCombo.setAccessibleName(
            QCoreApplication.translate("HandoverDialog", "Kind of key")
        )
        self.kindCombo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.countSpin = QSpinBox(self)
        self.countSpin.setObjectName("keyCountSpin")
        self.countSpin.setRange(1, ho.MAX_KEYS)
        self.countSpin.setValue(count)
        self.countSpin.setAccessibleName(
            QCoreApplication.translate("HandoverDialog", "Number of keys")
        )
        self.countSpin.setMinimumWidth(64)
        self.removeButton = _remove_button(
            self, QCoreApplication.translate("HandoverDialog", "Remove this kind of key")
        )
        self.removeButton.setObjectName("removeKeyButton")
        times = QLabel("×", self)
        layout.addWidget(self.kindCombo, 1)
        layout.addWidget(times)
        layout.addWidget(self.countSpin)
        layout.addWidget(self.removeButton)

    def kind(self) -> str:
        return self.kindCombo.currentText().strip()

    def entry(self) -> ho.KeyEntry:
        return ho.KeyEntry(self.kind(), self.countSpin.value())

    def focusables(self) -> list[QWidget]:
        return [self.kindCombo, self.countSpin, self.removeButton]


class _ItemRow(QWidget):
    """One checklist item: its name (fixed for the checklist's items, typed for an
    added one), OK or Defect (neither at first) and the defect's description."""

    def __init__(self, parent: QWidget, name: str | None, name_width: int) -> None:
        super().__init__(parent)
        self.setObjectName("itemRow")
        self.extra = name is None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.extra:
            self.nameEdit = QLineEdit(self)
            self.nameEdit.setObjectName("itemNameEdit")
            self.nameEdit.setPlaceholderText(
                QCoreApplication.translate("HandoverDialog", "Item (balcony …)")
            )
            self.nameEdit.setAccessibleName(
                QCoreApplication.translate("HandoverDialog", "Name of the added item")
            )
            self.nameEdit.setFixedWidth(name_width)
            layout.addWidget(self.nameEdit)
            self.fixedName = ""
        else:
            self.fixedName = name or ""
            label = QLabel(self.fixedName, self)
            label.setObjectName("itemNameLabel")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(self.fixedName)
            label.setFixedWidth(name_width)
            layout.addWidget(label)
        self.okRadio = QRadioButton(QCoreApplication.translate("HandoverDialog", "OK"), self)
        self.okRadio.setObjectName("okRadio")
        self.defectRadio = QRadioButton(
            QCoreApplication.translate("HandoverDialog", "Defect"), self
        )
        self.defectRadio.setObjectName("defectRadio")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.okRadio)
        self.group.addButton(self.defectRadio)
        self.defectEdit = QLineEdit(self)
        self.defectEdit.setObjectName("defectEdit")
        self.defectEdit.setPlaceholderText(
            QCoreApplication.translate("HandoverDialog", "What and where")
        )
        self.defectEdit.setEnabled(False)
        self.defectEdit.setMinimumWidth(150)
        layout.addWidget(self.okRadio)
        layout.addWidget(self.defectRadio)
        layout.addWidget(self.defectEdit, 1)
        self.removeButton: QToolButton | None = None
        if self.extra:
            self.removeButton = _remove_button(
                self, QCoreApplication.translate("HandoverDialog", "Remove this item")
            )
            self.removeButton.setObjectName("removeItemButton")
            layout.addWidget(self.removeButton)
        self.defectRadio.toggled.connect(self._defect_toggled)
        self.update_names()

    def _defect_toggled(self, checked: bool) -> None:
        self.defectEdit.setEnabled(checked)
        if checked and not self.defectEdit.text().strip():
            self.defectEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def name(self) -> str:
        return self.nameEdit.text().strip() if self.extra else self.fixedName

    def answer(self) -> bool | None:
        """True: ok, False: a defect, None: not answered yet."""
        if self.okRadio.isChecked():
            return True
        if self.defectRadio.isChecked():
            return False
        return None

    def defect(self) -> str:
        return self.defectEdit.text().strip() if self.answer() is False else ""

    def entry(self) -> ho.ItemEntry:
        return ho.ItemEntry(self.name(), bool(self.answer()), self.defect())

    def update_names(self) -> None:
        """Accessible names that say which item a radio or description belongs to."""
        name = self.name() or QCoreApplication.translate("HandoverDialog", "Added item")
        self.okRadio.setAccessibleName(
            QCoreApplication.translate("HandoverDialog", "{item}: OK").format(item=name)
        )
        self.defectRadio.setAccessibleName(
            QCoreApplication.translate("HandoverDialog", "{item}: defect").format(item=name)
        )
        self.defectEdit.setAccessibleName(
            QCoreApplication.translate("HandoverDialog", "{item}: defect found").format(item=name)
        )

    def first_focus(self) -> QWidget:
        return self.nameEdit if self.extra else self.okRadio

    def focusables(self) -> list[QWidget]:
        out: list[QWidget] = [self.nameEdit] if self.extra else []
        out += [self.okRadio, self.defectRadio, self.defectEdit]
        if self.removeButton is not None:
            out.append(self.removeButton)
        return out


# --- the handover dialog's form -------------------------------------------------------
class _HandoverForm(_Form):
    def build(self, dialog) -> None:
        self.roomLabel = QLabel(dialog)
        self.roomLabel.setObjectName("roomLabel")
        self.roomLabel.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.mainLayout.addWidget(self.roomLabel)
        self.stateLabel = QLabel(dialog)
        self.stateLabel.setObjectName("stateLabel")
        self.stateLabel.setWordWrap(True)
        self.mainLayout.addWidget(self.stateLabel)

        modes = QHBoxLayout()
        self.scheduleRadio = QRadioButton(
            QCoreApplication.translate("HandoverDialog", "&Schedule an appointment"), dialog
        )
        self.scheduleRadio.setObjectName("scheduleRadio")
        self.completeRadio = QRadioButton(
            QCoreApplication.translate("HandoverDialog", "Complete the &handover"), dialog
        )
        self.completeRadio.setObjectName("completeRadio")
        self.modeGroup = QButtonGroup(dialog)
        self.modeGroup.addButton(self.scheduleRadio)
        self.modeGroup.addButton(self.completeRadio)
        modes.addWidget(self.scheduleRadio)
        modes.addSpacing(16)
        modes.addWidget(self.completeRadio)
        modes.addStretch(1)
        self.mainLayout.addLayout(modes)

        self._build_schedule(dialog)
        self._build_complete(dialog)

        self.notesEdit = QPlainTextEdit(dialog)
        self.notesEdit.setObjectName("notesEdit")
        self.notesEdit.setAccessibleName(QCoreApplication.translate("HandoverDialog", "Notes"))
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setFixedHeight(QFontMetrics(self.notesEdit.font()).lineSpacing() * 3 + 12)
        self.notesForm = QFormLayout()
        self.notesForm.addRow(
            self.label(
                dialog, QCoreApplication.translate("HandoverDialog", "No&tes:"), self.notesEdit
            ),
            self.notesEdit,
        )
        self.mainLayout.addLayout(self.notesForm)

        self.summaryLabel = QLabel(dialog)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summaryLabel.setStyleSheet(
            "background: #f5f5f5; border: 1px solid #ddd; padding: 6px;"
        )
        self.mainLayout.addWidget(self.summaryLabel)

    @staticmethod
    def _date_edit(dialog, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(dialog)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(accessible)
        return edit

    def _build_schedule(self, dialog) -> None:
        self.schedulePage = QWidget(dialog)
        self.schedulePage.setObjectName("schedulePage")
        form = QFormLayout(self.schedulePage)
        form.setContentsMargins(0, 0, 0, 0)
        self.appointmentEdit = self._date_edit(
            self.schedulePage,
            "appointmentEdit",
            QCoreApplication.translate("HandoverDialog", "Appointment date"),
        )
        form.addRow(
            self.label(
                self.schedulePage,
                QCoreApplication.translate("HandoverDialog", "Appointment &date:"),
                self.appointmentEdit,
                True,
            ),
            self.appointmentEdit,
        )
        self.mainLayout.addWidget(self.schedulePage)

    def _build_complete(self, dialog) -> None:
        page = self.completePage = QWidget(dialog)
        page.setObjectName("completePage")
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        columns.addLayout(left, 2)

        form = QFormLayout()
        self.handoverDateEdit = self._date_edit(
            page, "handoverDateEdit", QCoreApplication.translate("HandoverDialog", "Handover date")
        )
        self.signedLabel = QLabel(page)
        self.signedLabel.setObjectName("signedLabel")
        self.signedLabel.setStyleSheet("color: #666;")
        date_row = QHBoxLayout()
        date_row.addWidget(self.handoverDateEdit)
        date_row.addWidget(self.signedLabel, 1)
        form.addRow(
            self.label(
                page,
                QCoreApplication.translate("HandoverDialog", "Handed over &on:"),
                self.handoverDateEdit,
                True,
            ),
            date_row,
        )
        self.handledByEdit = self.line(
            page, "handledByEdit", QCoreApplication.translate("HandoverDialog", "Handled by")
        )
        form.addRow(
            self.label(
                page,
                QCoreApplication.translate("HandoverDialog", "Handled &by:"),
                self.handledByEdit,
                True,
            ),
            self.handledByEdit,
        )
        left.addLayout(form)

        self.keysBox = QGroupBox(
            QCoreApplication.translate("HandoverDialog", "Keys handed over"), page
        )
        self.keysBox.setObjectName("keysBox")
        keys = QVBoxLayout(self.keysBox)
        self.keyRows = QVBoxLayout()
        self.keyRows.setSpacing(4)
        keys.addLayout(self.keyRows)
        self.addKeyButton = QPushButton(
            QCoreApplication.translate("HandoverDialog", "Add &key"), self.keysBox
        )
        self.addKeyButton.setObjectName("addKeyButton")
        self.addKeyButton.setAutoDefault(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.addKeyButton)
        add_row.addStretch(1)
        keys.addLayout(add_row)
        left.addWidget(self.keysBox)

        self.readingsBox = QGroupBox(
            QCoreApplication.translate(
                "HandoverDialog", "Meter readings (leave blank if not read)"
            ),
            page,
        )
        self.readingsBox.setObjectName("readingsBox")
        grid = QGridLayout(self.readingsBox)
        grid.setColumnStretch(1, 1)
        texts = {
            Meter.WATER: QCoreApplication.translate("HandoverDialog", "&Water meter:"),
            Meter.ELECTRICITY: QCoreApplication.translate("HandoverDialog", "&Electricity meter:"),
            Meter.GAS: QCoreApplication.translate("HandoverDialog", "&Gas meter:"),
        }
        self.readingEdits: dict[Meter, QLineEdit] = {}
        self.unitEdits: dict[Meter, QLineEdit] = {}
        for row, meter in enumerate(Meter):
            edit = self.line(
                self.readingsBox,
                f"{meter.value}ReadingEdit",
                QCoreApplication.translate("HandoverDialog", "{meter}: reading").format(
                    meter=enum_label(meter)
                ),
            )
            edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", "not read"))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            unit = self.line(
                self.readingsBox,
                f"{meter.value}UnitEdit",
                QCoreApplication.translate("HandoverDialog", "{meter}: unit").format(
                    meter=enum_label(meter)
                ),
            )
            unit.setText(METER_UNITS[meter])
            unit.setMaxLength(10)
            unit.setFixedWidth(QFontMetrics(unit.font()).horizontalAdvance("kWh") * 2 + 16)
            grid.addWidget(self.label(self.readingsBox, texts[meter], edit), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(unit, row, 2)
            self.readingEdits[meter] = edit
            self.unitEdits[meter] = unit
        left.addWidget(self.readingsBox)
        left.addStretch(1)

        self.checklistBox = QGroupBox(
            QCoreApplication.translate(
                "HandoverDialog", "Inspection: mark every item OK or Defect"
            ),
            page,
        )
        self.checklistBox.setObjectName("checklistBox")
        checks = QVBoxLayout(self.checklistBox)
        self.checklistScroll = QScrollArea(self.checklistBox)
        self.checklistScroll.setObjectName("checklistScroll")
        self.checklistScroll.setWidgetResizable(True)
        self.checklistScroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.checklistScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.itemsWidget = QWidget(self.checklistScroll)
        self.itemsWidget.setObjectName("itemsWidget")
        self.itemRows = QVBoxLayout(self.itemsWidget)
        self.itemRows.setContentsMargins(0, 0, 0, 0)
        self.itemRows.setSpacing(4)
        self.itemRows.addStretch(1)
        self.checklistScroll.setWidget(self.itemsWidget)
        checks.addWidget(self.checklistScroll, 1)
        self.addItemButton = QPushButton(
            QCoreApplication.translate("HandoverDialog", "&Add item"), self.checklistBox
        )
        self.addItemButton.setObjectName("addItemButton")
        self.addItemButton.setAutoDefault(False)
        self.addItemButton.setToolTip(
            QCoreApplication.translate(
                "HandoverDialog", "An item beyond the checklist (balcony, storeroom …)"
            )
        )
        add_item = QHBoxLayout()
        add_item.addWidget(self.addItemButton)
        add_item.addStretch(1)
        checks.addLayout(add_item)
        columns.addWidget(self.checklistBox, 3)
        self.mainLayout.addWidget(page, 1)


class HandoverDialog(BaseDialog):
    """Schedule the handover appointment of one sold room, or record its handover."""

    def __init__(
        self,
        ctx: AppContext,
        room: tuple[int, str],
        parent: QWidget | None = None,
        *,
        mode: str | None = None,
    ) -> None:
        super().__init__(parent, ctx, _HandoverForm)
        self.setObjectName("HandoverDialog")
        self.room_id, self.room_label = room
        self.data: HandoverFormData | None = None
        self.key_rows: list[_KeyRow] = []
        self.item_rows: list[_ItemRow] = []
        self._wanted_mode = mode
        ui = self.ui
        self.set_title(self.tr("Handover – {room}").format(room=self.room_label))
        ui.roomLabel.setText(self.tr("Handover of {room}").format(room=self.room_label))
        ui.stateLabel.setText(self.tr("Loading…"))
        today = today_qdate()
        ui.appointmentEdit.setMinimumDate(today)
        ui.appointmentEdit.setDate(today)
        ui.handoverDateEdit.setMaximumDate(today)
        ui.handoverDateEdit.setDate(today)
        ui.handledByEdit.setText(ctx.actor.display_name)
        metrics = QFontMetrics(self.font())
        self._name_width = max(
            metrics.horizontalAdvance("给排水验收") + 12, metrics.horizontalAdvance("Plumbing") + 12
        )
        ui.scheduleRadio.toggled.connect(self._mode_toggled)
        ui.addKeyButton.clicked.connect(lambda: self.add_key_row(focus=True))
        ui.addItemButton.clicked.connect(lambda: self.add_item_row(None, focus=True))
        ui.appointmentEdit.dateChanged.connect(lambda _d: self.refresh())
        ui.handoverDateEdit.dateChanged.connect(lambda _d: self.refresh())
        ui.handledByEdit.textChanged.connect(lambda _t: self.refresh())
        for meter in Meter:
            ui.readingEdits[meter].textChanged.connect(lambda _t: self.refresh())
            ui.unitEdits[meter].textChanged.connect(lambda _t: self.refresh())
        self.add_key_row()
        self.set_mode(SCHEDULE)
        self.loaded.connect(self._after_load)
        self.load(load_handover_form, ctx.db, self.room_id, then=self._fill)

    @property
    def is_loaded(self) -> bool:
        """The room's handover, checklist and sale have arrived (or could not be read)."""
        return not self._loading and (self.data is not None or self._load_failed)

    # -- modes -----------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return SCHEDULE if self.ui.scheduleRadio.isChecked() else COMPLETE

    def set_mode(self, mode: str) -> None:
        radio = self.ui.scheduleRadio if mode == SCHEDULE else self.ui.completeRadio
        if radio.isChecked():
            self._mode_toggled()
        else:
            radio.setChecked(True)  # toggles the other one off: _mode_toggled
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        return self.ui.appointmentEdit if self.mode == SCHEDULE else self.ui.handledByEdit

    def _mode_toggled(self, *_args) -> None:
        ui = self.ui
        schedule = self.mode == SCHEDULE
        ui.schedulePage.setVisible(schedule)
        ui.completePage.setVisible(not schedule)
        self.ok_button.setText(
            self.tr("Save appointment") if schedule else self.tr("Complete handover")
        )
        # Enter saves an appointment; a handover (the room is handed over once) is
        # completed only by pressing its button, never by an Enter in a field.
        for button in ui.buttonBox.buttons():
            button.setAutoDefault(schedule)
        self.ok_button.setDefault(schedule)
        self.clear_error()
        self.refresh()
        self._fit()

    def _fit(self) -> None:
        """A compact window for the appointment, a large one for the handover; within
        a 1366×768 screen either way."""
        if self.mode == SCHEDULE:
            self._compact()
        else:
            self.resize(max(self.width(), 1000), max(self.height(), 660))

    def _compact(self, width: int = 560) -> None:
        """Just as high as the wrapped text at this width needs."""
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, self.minimumSizeHint().height()))

    # -- loading ---------------------------------------------------------------------------
    def _fill(self, data: HandoverFormData) -> None:
        self.data = data
        ui = self.ui
        for item in data.template:
            self.add_item_row(item.name)
        appointment = data.appointment
        if data.signing_date is not None:
            ui.handoverDateEdit.setMinimumDate(QDate(data.signing_date))
            ui.signedLabel.setText(
                self.tr("sale signed on {date}").format(date=data.signing_date.isoformat())
            )
        if appointment is not None:
            ui.notesEdit.setPlainText(appointment.notes)
            if appointment.appointment_date is not None:
                ui.appointmentEdit.setDate(QDate(appointment.appointment_date))
            day = appointment.appointment_date
            overdue = day is not None and day < clock.today()
            text = (
                self.tr("Appointment on {date} (overdue).")
                if overdue
                else self.tr("Appointment on {date}.")
            )
            ui.stateLabel.setText(text.format(date=day.isoformat() if day else "—"))
        else:
            ui.stateLabel.setText(self.tr("No appointment yet."))
        if self._wanted_mode in (SCHEDULE, COMPLETE):
            mode = self._wanted_mode
        elif appointment is not None and (
            appointment.appointment_date is None or appointment.appointment_date <= clock.today()
        ):
            mode = COMPLETE  # the appointment is due: the owners are here
        else:
            mode = SCHEDULE
        self.set_mode(mode)
        self._fix_tab_order()

    def _after_load(self) -> None:
        # Switching between the two modes is no entry of the clerk's.
        for radio in (self.ui.scheduleRadio, self.ui.completeRadio):
            try:
                radio.toggled.disconnect(self._mark_modified)
            except (RuntimeError, TypeError):
                pass
        data = self.data
        blocked = None
        if data is not None and data.record is not None and data.record.completed:
            record = data.record
            blocked = self.tr(
                "{room} was handed over on {date} (handled by {name}); there is nothing left "
                "to schedule or record. Open defects are rectified one by one."
            ).format(
                room=self.room_label,
                date=record.handover_date.isoformat(),
                name=record.handled_by,
            )
        elif data is not None and data.signing_date is None:
            blocked = self.tr(
                "{room} has not been sold. A handover follows the sale: register the sale first."
            ).format(room=self.room_label)
        if blocked:
            self.ui.stateLabel.setText(blocked)
            self.ui.stateLabel.setStyleSheet(f"color: {ERROR_COLOR};")
            ui = self.ui
            for widget in (
                ui.scheduleRadio,
                ui.completeRadio,
                ui.schedulePage,
                ui.completePage,
                ui.summaryLabel,
            ):
                widget.hide()
            ui.notesForm.setRowVisible(ui.notesEdit, False)
            self.ok_button.setEnabled(False)
            self.ok_button.hide()
            self._compact()
            self._load_failed = True
            return
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- rows ------------------------------------------------------------------------------
    def add_key_row(self, kind: str = "", count: int = 1, *, focus: bool = False) -> _KeyRow:
        row = _KeyRow(self.ui.keysBox, kind, count)
        self.ui.keyRows.addWidget(row)
        row.show()  # now, not after the event loop's turn: it may take the focus at once
        self.key_rows.append(row)
        row.kindCombo.editTextChanged.connect(lambda _t: self.refresh())
        row.countSpin.valueChanged.connect(lambda _v: self.refresh())
        row.removeButton.clicked.connect(lambda: self.remove_key_row(row))
        self._track(row.kindCombo.lineEdit().textEdited, row.countSpin.valueChanged)
        self._row_added(focus and row.kindCombo)
        return row

    def remove_key_row(self, row: _KeyRow) -> None:
        index = self.key_rows.index(row)
        self.key_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._row_removed()
        rows = self.key_rows
        target = rows[min(index, len(rows) - 1)].kindCombo if rows else self.ui.addKeyButton
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_item_row(self, name: str | None, *, focus: bool = False) -> _ItemRow:
        row = _ItemRow(self.ui.itemsWidget, name, self._name_width)
        self.ui.itemRows.insertWidget(len(self.item_rows), row)
        row.show()
        self.item_rows.append(row)
        row.group.buttonToggled.connect(lambda _b, _c: self.refresh())
        row.defectEdit.textChanged.connect(lambda _t: self.refresh())
        self._track(row.group.buttonToggled, row.defectEdit.textEdited)
        if row.extra:
            row.nameEdit.textChanged.connect(lambda _t: (row.update_names(), self.refresh()))
            row.removeButton.clicked.connect(lambda: self.remove_item_row(row))
            self._track(row.nameEdit.textEdited)
        self._row_added(focus and row.first_focus())
        if focus:
            self._reveal(row)
        return row

    def remove_item_row(self, row: _ItemRow) -> None:
        self.item_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._row_removed()
        self.ui.addItemButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reveal(self, widget: QWidget) -> None:
        """Scroll the checklist to a line of it (other widgets are always in view)."""
        if self.ui.itemsWidget.isAncestorOf(widget):
            self.ui.checklistScroll.ensureWidgetVisible(widget)

    def _track(self, *signals) -> None:
        for signal in signals:
            signal.connect(self._mark_modified)

    def _row_added(self, focus: QWidget | None | bool) -> None:
        if not self._loading:
            self.setWindowModified(True)
        self._fix_tab_order()
        self.refresh()
        if isinstance(focus, QWidget):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_removed(self) -> None:
        self.setWindowModified(True)
        self._fix_tab_order()
        self.refresh()

    def _fix_tab_order(self) -> None:
        """Tab follows the window top to bottom, rows added later included."""
        ui = self.ui
        chain: list[QWidget] = [
            ui.scheduleRadio,
            ui.completeRadio,
            ui.appointmentEdit,
            ui.handoverDateEdit,
            ui.handledByEdit,
        ]
        for row in self.key_rows:
            chain += row.focusables()
        chain.append(ui.addKeyButton)
        for meter in Meter:
            chain += [ui.readingEdits[meter], ui.unitEdits[meter]]
        for row in self.item_rows:
            chain += row.focusables()
        chain += [ui.addItemButton, ui.notesEdit, ui.buttonBox]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- the clerk's entries ---------------------------------------------------------------
    def keys(self) -> list[ho.KeyEntry]:
        return [row.entry() for row in self.key_rows]

    def readings(self) -> list[ho.ReadingEntry]:
        """The meters read (a blank reading: the meter was not read)."""
        ui = self.ui
        return [
            ho.ReadingEntry(
                meter, ui.readingEdits[meter].text().strip(), ui.unitEdits[meter].text()
            )
            for meter in Meter
            if ui.readingEdits[meter].text().strip()
        ]

    def items(self) -> list[ho.ItemEntry]:
        return [row.entry() for row in self.item_rows]

    def fields(self) -> ho.HandoverFields:
        ui = self.ui
        appointment = self.data.appointment if self.data is not None else None
        return ho.HandoverFields(
            room_id=self.room_id,
            handover_date=ui.handoverDateEdit.date().toPython(),
            handled_by=ui.handledByEdit.text(),
            keys=self.keys(),
            readings=self.readings(),
            items=self.items(),
            handover_id=appointment.id if appointment is not None else None,
            version=appointment.version if appointment is not None else None,
            notes=ui.notesEdit.toPlainText(),
        )

    # -- checks before sending -------------------------------------------------------------
    def problem(self) -> tuple[str, QWidget] | None:
        """What keeps the handover from being recorded, and where: checked here so the
        cursor lands on the very line (the service checks everything again)."""
        if self.mode == SCHEDULE:
            return None
        ui = self.ui
        named = [row for row in self.key_rows if row.kind()]
        if not named:
            target = self.key_rows[0].kindCombo if self.key_rows else ui.addKeyButton
            return (
                self.tr(
                    "Record the keys handed over: at least one kind (front door key, access "
                    "card …) and how many."
                ),
                target,
            )
        for row in self.key_rows:
            if not row.kind():
                return (
                    self.tr("Choose or type the kind of every line of keys, or remove the line."),
                    row.kindCombo,
                )
        for meter in Meter:
            edit = ui.readingEdits[meter]
            if edit.text().strip():
                try:
                    ho.parse_reading(edit.text())
                except ValidationError as exc:
                    return error_text(exc), edit
        for row in self.item_rows:
            if row.extra and not row.name():
                return (
                    self.tr("Type the name of the added item, or remove it."),
                    row.nameEdit,
                )
        unanswered = [row for row in self.item_rows if row.answer() is None]
        if unanswered:
            return (
                self.tr(
                    "Check every item of the inspection: {names} not marked yet. Mark each "
                    "item OK, or Defect with what was found."
                ).format(names="、".join(row.name() for row in unanswered)),
                unanswered[0].okRadio,
            )
        for row in self.item_rows:
            if row.answer() is False and not row.defect():
                return (
                    self.tr(
                        "Describe the defect found at {name} (what and where), so that it can "
                        "be put right."
                    ).format(name=row.name()),
                    row.defectEdit,
                )
        return None

    def _on_ok(self) -> None:
        if not self.is_ready:
            return
        found = self.problem()
        if found is not None:
            text, widget = found
            self.show_error(text)
            self._reveal(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super()._on_ok()

    # -- saving ----------------------------------------------------------------------------
    def save_call(self):
        ui = self.ui
        if self.mode == SCHEDULE:
            return ho.schedule_handover, (
                self.room_id,
                ui.appointmentEdit.date().toPython(),
                ui.notesEdit.toPlainText(),
            )
        return ho.complete_handover, (self.fields(),)

    def change_for(self, result) -> Change | None:
        return Change(
            NodeKind.ROOM,
            ids=(self.room_id,),
            extra={
                "handover_id": result,
                "handover": "completed" if self.mode == COMPLETE else "scheduled",
            },
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        ui = self.ui
        if name == "keys":
            return self.key_rows[0].kindCombo if self.key_rows else ui.addKeyButton
        if name == "readings":
            filled = [e for e in ui.readingEdits.values() if e.text().strip()]
            return (filled or [ui.readingEdits[Meter.WATER]])[0]
        if name == "items":
            return self.item_rows[0].first_focus() if self.item_rows else ui.addItemButton
        return {
            "appointment_date": ui.appointmentEdit,
            "handover_date": ui.handoverDateEdit,
            "handled_by": ui.handledByEdit,
            "notes": ui.notesEdit,
        }.get(name or "")

    def show_error(self, exc) -> None:
        """Also put the cursor on the very line a service error names (an item, a kind)."""
        super().show_error(exc)
        params = getattr(exc, "params", {}) or {}
        field = getattr(exc, "field", None)
        widget: QWidget | None = None
        if field == "items" and params.get("name"):
            wanted = str(params["name"]).casefold()
            for row in self.item_rows:
                if row.name().casefold() == wanted:
                    enabled = row.defectEdit.isEnabled()
                    widget = row.defectEdit if enabled else row.first_focus()
                    break
        elif field == "keys" and params.get("kind"):
            wanted = str(params["kind"]).casefold()
            found = [r for r in self.key_rows if " ".join(r.kind().split()).casefold() == wanted]
            widget = found[-1].kindCombo if found else None
        if widget is not None:
            self._reveal(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- summary ---------------------------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        esc = html.escape
        room = esc(self.room_label)
        lines = [self.tr("<b>What will change</b>")]
        appointment = self.data.appointment if self.data is not None else None
        if self.mode == SCHEDULE:
            day = ui.appointmentEdit.date().toString("yyyy-MM-dd")
            old = appointment.appointment_date if appointment is not None else None
            if old is not None and old.isoformat() == day:
                lines.append(
                    self.tr("The handover appointment of {room} stays on {date}").format(
                        room=room, date=day
                    )
                )
            elif old is not None:
                lines.append(
                    self.tr("The handover appointment of {room} moves from {old} to {new}").format(
                        room=room, old=old.isoformat(), new=day
                    )
                )
            else:
                lines.append(
                    self.tr("Handover appointment for {room} on {date}").format(room=room, date=day)
                )
            ui.summaryLabel.setText("<br>".join(lines))
            return
        lines.append(
            self.tr("{room}: sold → handed over on {date}, handled by {name}").format(
                room=room,
                date=ui.handoverDateEdit.date().toString("yyyy-MM-dd"),
                name=esc(ui.handledByEdit.text().strip()) or "—",
            )
        )
        if appointment is not None and appointment.appointment_date is not None:
            lines.append(
                self.tr("Completes the appointment of {date}").format(
                    date=appointment.appointment_date.isoformat()
                )
            )
        keys = "、".join(
            f"{esc(row.kind())} × {row.countSpin.value()}" for row in self.key_rows if row.kind()
        )
        lines.append(self.tr("Keys: {keys}").format(keys=keys or "—"))
        readings = "、".join(
            f"{esc(enum_label(meter))} {esc(reading)} {esc(unit.strip())}".strip()
            for meter, reading, unit in self.readings()
        )
        lines.append(self.tr("Meter readings: {readings}").format(readings=readings or "—"))
        rows = self.item_rows
        ok = sum(1 for row in rows if row.answer() is True)
        defects = [row for row in rows if row.answer() is False]
        lines.append(
            self.tr("Inspection: {ok} OK, {defects} with defects").format(
                ok=ok, defects=len(defects)
            )
        )
        if defects:
            found = "；".join(
                f"{esc(row.name() or '?')} – {esc(row.defect()) or '?'}" for row in defects
            )
            lines.append(self.tr("Defects to rectify: {defects}").format(defects=found))
        missing = [row.name() or "?" for row in rows if row.answer() is None]
        if missing:
            lines.append(
                f'<span style="color: {ERROR_COLOR};">'
                + self.tr("Not checked yet: {names}").format(names=esc("、".join(missing)))
                + "</span>"
            )
        ui.summaryLabel.setText("<br>".join(lines))


# --- rectifying a defect --------------------------------------------------------------
class _RectifyForm(_Form):
    def build(self, dialog) -> None:
        self.defectLabel = QLabel(dialog)
        self.defectLabel.setObjectName("defectLabel")
        self.defectLabel.setWordWrap(True)
        self.defectLabel.setTextFormat(Qt.TextFormat.RichText)
        self.mainLayout.addWidget(self.defectLabel)
        form = QFormLayout()
        self.rectifiedOnEdit = QDateEdit(dialog)
        self.rectifiedOnEdit.setObjectName("rectifiedOnEdit")
        self.rectifiedOnEdit.setCalendarPopup(True)
        self.rectifiedOnEdit.setDisplayFormat("yyyy-MM-dd")
        self.rectifiedOnEdit.setAccessibleName(
            QCoreApplication.translate("RectifyDefectDialog", "Rectification date")
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("RectifyDefectDialog", "Rectified &on:"),
                self.rectifiedOnEdit,
                True,
            ),
            self.rectifiedOnEdit,
        )
        self.rectifiedByEdit = self.line(
            dialog,
            "rectifiedByEdit",
            QCoreApplication.translate("RectifyDefectDialog", "Rectified by"),
        )
        self.rectifiedByEdit.setToolTip(
            QCoreApplication.translate(
                "RectifyDefectDialog", "The staff member or contractor who did the work"
            )
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("RectifyDefectDialog", "Rectified &by:"),
                self.rectifiedByEdit,
                True,
            ),
            self.rectifiedByEdit,
        )
        self.mainLayout.addLayout(form)


class RectifyDefectDialog(BaseDialog):
    """Mark one open defect rectified (整改) on a day, by a staff member or contractor.

    ``item`` is a ``handover.DefectRow`` (from ``open_defects``: it names the room and
    the handover date) or a ``handover.ItemRow`` (from ``handover_of(...).items``).
    """

    def __init__(self, ctx: AppContext, item, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx, _RectifyForm)
        self.setObjectName("RectifyDefectDialog")
        self.item = item
        self.item_id: int = getattr(item, "item_id", None) or item.id
        self.version: int | None = getattr(item, "version", None)
        self.room_id: int | None = getattr(item, "room_id", None)
        handover_date: date | None = getattr(item, "handover_date", None)
        ui = self.ui
        self.set_title(self.tr("Rectify a defect – {item}").format(item=item.name))
        esc = html.escape
        lines = [f"<b>{esc(item.name)}</b> – {esc(item.defect)}"]
        code = getattr(item, "room_code", "")
        if code:
            room = " ".join(p for p in (getattr(item, "project", ""), code) if p)
            lines.append(self.tr("Room {room}").format(room=esc(room)))
        if handover_date is not None:
            lines.append(
                self.tr("Found at the handover on {date}").format(date=handover_date.isoformat())
            )
        ui.defectLabel.setText("<br>".join(lines))
        today = today_qdate()
        ui.rectifiedOnEdit.setMaximumDate(today)
        if handover_date is not None:
            ui.rectifiedOnEdit.setMinimumDate(QDate(handover_date))
        ui.rectifiedOnEdit.setDate(today)
        ui.rectifiedByEdit.setText(ctx.actor.display_name)
        self.ok_button.setText(self.tr("Mark rectified"))
        self.track_changes()
        self.resize(440, self.sizeHint().height())
        ui.rectifiedOnEdit.setFocus()

    def save_call(self):
        ui = self.ui
        return ho.rectify_defect, (
            self.item_id,
            self.version,
            ui.rectifiedOnEdit.date().toPython(),
            ui.rectifiedByEdit.text(),
        )

    def change_for(self, result) -> Change | None:
        return Change(
            NodeKind.ROOM,
            ids=(self.room_id,) if self.room_id is not None else (),
            extra={"defect_id": self.item_id, "handover": "rectified"},
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        return {
            "rectified_on": self.ui.rectifiedOnEdit,
            "rectified_by": self.ui.rectifiedByEdit,
        }.get(name or "")
