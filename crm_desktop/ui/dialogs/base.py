"""What every base-data dialog shares: saving on the database thread, the inline
error line, focusing the field a service error names, "discard your changes?".

A dialog edits a plain copy of a record (plus its version) and never holds a
Session: loading and saving are single service calls run by ``AppContext.run``.
Nothing the clerk typed is lost when a save is refused: the dialog stays open
with every field as it was and says why in ``errorLabel``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QWidget,
)

from crm_desktop.domain import enums
from crm_desktop.domain.errors import CrmError
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.errors import error_text

log = logging.getLogger("crm_desktop.ui")

ERROR_COLOR = "#c62828"
MAX_AREA = 99999999.99


def _ask_discard(parent: QWidget) -> bool:
    """Ask whether unsaved entries may be thrown away (True: discard)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Dialogs", "Discard your changes?"))
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "What you entered in this window has not been saved.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


# Module-level hook so tests (and scripted runs) can answer the prompt: replace it
# with ``lambda parent: True`` to discard, ``lambda parent: False`` to keep editing.
confirm_discard: Callable[[QWidget], bool] = _ask_discard


# --- small widget helpers -----------------------------------------------------------------
def area_validator(parent: QWidget | None = None) -> QDoubleValidator:
    """Square metres, two decimals, '.' as decimal point whatever the system locale."""
    validator = QDoubleValidator(0.0, MAX_AREA, 2, parent)
    validator.setNotation(QDoubleValidator.Notation.StandardNotation)
    locale = QLocale.c()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    validator.setLocale(locale)
    return validator


def area_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def enum_label(member: StrEnum) -> str:
    return QCoreApplication.translate("Enums", enums.label(member))


def fill_enum_combo(combo: QComboBox, enum_cls: type[StrEnum], current: StrEnum | None = None):
    """Translated labels, the member as item data (Qt hands it back as its str value)."""
    combo.clear()
    for member in enum_cls:
        combo.addItem(enum_label(member), member)
    set_combo_value(combo, current if current is not None else next(iter(enum_cls)))


def set_combo_value(combo: QComboBox, member: StrEnum | str) -> None:
    index = combo.findData(str(member))
    if index >= 0:
        combo.setCurrentIndex(index)


def combo_value(combo: QComboBox, enum_cls: type[StrEnum]) -> StrEnum:
    return enum_cls(combo.currentData())


class AreaDelegate(QStyledItemDelegate):
    """Table cells that take an area: the same validator as the area line edits."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        """Override QStyledItemDelegate.createEditor."""
        editor = QLineEdit(parent)
        editor.setValidator(area_validator(editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        """Override QStyledItemDelegate.initStyleOption: figures align right."""
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class EnumDelegate(QStyledItemDelegate):
    """Table cells holding an enum member: a combo of translated labels.

    The member's value is kept in ``Qt.UserRole``, its label in ``Qt.DisplayRole``.
    """

    def __init__(self, enum_cls: type[StrEnum], parent=None) -> None:
        super().__init__(parent)
        self.enum_cls = enum_cls

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        """Override QStyledItemDelegate.createEditor."""
        combo = QComboBox(parent)
        fill_enum_combo(combo, self.enum_cls)
        return combo

    def setEditorData(self, editor, index: QModelIndex) -> None:  # noqa: N802
        """Override QStyledItemDelegate.setEditorData."""
        set_combo_value(editor, index.data(Qt.ItemDataRole.UserRole) or "")

    def setModelData(self, editor, model, index: QModelIndex) -> None:  # noqa: N802
        """Override QStyledItemDelegate.setModelData."""
        member = combo_value(editor, self.enum_cls)
        model.setData(index, member.value, Qt.ItemDataRole.UserRole)
        model.setData(index, enum_label(member), Qt.ItemDataRole.DisplayRole)


def set_error_style(label: QLabel, error: bool) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")


# --- the dialog base ----------------------------------------------------------------------
class BaseDialog(QDialog):
    """A dialog that loads plain data, saves through one service call and reports errors.

    Subclasses build ``self.ui`` (a generated form with ``errorLabel`` and
    ``buttonBox``), then implement:

    * ``save_call()`` → ``(fn, args)``: the service call (may raise a CrmError
      for input that cannot even be sent);
    * ``change_for(result)`` → the ``Change`` to announce;
    * ``field_widget(name)`` → the widget for a service field name (optional).

    ``loaded`` is emitted when the data a dialog needed has arrived (edit mode,
    split, merge …); ``is_ready`` tells whether the dialog can be saved.
    """

    loaded = Signal()
    saved = Signal(object)  # the service's result

    def __init__(self, parent: QWidget | None, ctx: AppContext, form_class: type) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = form_class()
        self.ui.setupUi(self)
        self._saving = False
        self._loading = False
        self._load_failed = False
        self._tracking = False
        self._enter_confirms = True
        self.ui.buttonBox.accepted.connect(self._on_ok)
        self.ui.buttonBox.rejected.connect(self.reject)
        ok = self.ok_button
        ok.setDefault(True)
        ok.setAutoDefault(True)
        self.ui.errorLabel.hide()
        self.setStyleSheet('QLabel[required="true"] { font-weight: bold; }')
        self._mark_required()

    # -- public state ----------------------------------------------------------------------
    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def is_ready(self) -> bool:
        return not (self._loading or self._saving or self._load_failed)

    @property
    def is_saving(self) -> bool:
        return self._saving

    def error_message(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisibleTo(self) else ""

    # -- set-up helpers --------------------------------------------------------------------
    def set_title(self, text: str) -> None:
        """Window title with the "modified" marker Qt shows as '*'."""
        self.setWindowTitle(f"{text}[*]")

    def enter_never_confirms(self) -> None:
        """Only a click on OK (or Space on it) confirms: for workflows whose fields use
        Enter themselves (adding a buyer, a code) or that are costly to undo.

        Clearing the default once is not enough: QDialogButtonBox makes its first
        button the default again when the dialog is shown (see ``showEvent``)."""
        self._enter_confirms = False
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._enter_confirms:
            self.ok_button.setDefault(False)

    def _mark_required(self) -> None:
        required = QCoreApplication.translate("Dialogs", "Required")
        for label in self.findChildren(QLabel):
            if not label.property("required"):
                continue
            buddy = label.buddy()
            if isinstance(buddy, QLineEdit) and not buddy.placeholderText():
                buddy.setPlaceholderText(required)
            if buddy is not None:
                buddy.setAccessibleDescription(required)
                buddy.setToolTip(buddy.toolTip() or required)

    def track_changes(self) -> None:
        """Mark the window modified on any edit by the clerk (connects once).

        Values filled in by a load arrive while ``_loading`` is set and do not count.
        """
        if self._tracking:
            return
        self._tracking = True
        mark = self._mark_modified
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit) and not isinstance(w.parent(), QAbstractSpinBox):
                w.textEdited.connect(mark)
            elif isinstance(w, QAbstractSpinBox) and hasattr(w, "valueChanged"):
                w.valueChanged.connect(mark)
            elif isinstance(w, QComboBox) and not isinstance(w.parent(), QTableWidget):
                w.activated.connect(mark)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(mark)
            elif isinstance(w, QTableWidget):
                w.itemChanged.connect(mark)
            elif isinstance(w, QGroupBox) and w.isCheckable():
                w.toggled.connect(mark)
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                w.toggled.connect(mark)
        self.setWindowModified(False)

    def _mark_modified(self, *_args) -> None:
        if not self._loading:
            self.setWindowModified(True)

    # -- loading ---------------------------------------------------------------------------
    def load(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        """Fetch what the dialog needs on the database thread, then ``then(result)``."""
        self._loading = True
        self.ok_button.setEnabled(False)

        def done(result: Any) -> None:
            if not shiboken6.isValid(self):
                return
            then(result)
            self._loading = False
            self.ok_button.setEnabled(True)
            self.track_changes()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._loading = False
            self._load_failed = True
            self.show_error(exc)
            self.loaded.emit()

        self.ctx.run(fn, *args, on_done=done, on_error=failed)

    # -- saving ----------------------------------------------------------------------------
    def save_call(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        raise NotImplementedError

    def change_for(self, result: Any) -> Change | None:
        raise NotImplementedError

    def field_widget(self, name: str | None) -> QWidget | None:
        return None

    def _on_ok(self) -> None:
        if not self.is_ready:
            return
        self.clear_error()
        try:
            fn, args = self.save_call()
        except CrmError as exc:
            self.show_error(exc)
            return
        self._set_saving(True)
        self.ctx.run(
            fn, self.ctx.db, self.ctx.actor, *args, on_done=self._saved, on_error=self._failed
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ok_button.setEnabled(not saving)
        self.setCursor(Qt.CursorShape.BusyCursor if saving else Qt.CursorShape.ArrowCursor)

    def _saved(self, result: Any) -> None:
        change = self.change_for(result)
        if change is not None:
            self.ctx.notify(change)
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.setWindowModified(False)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CrmError):
            log.error("saving from %s failed", type(self).__name__, exc_info=exc)
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        self.show_error(exc)

    # -- errors ----------------------------------------------------------------------------
    def show_error(self, exc: BaseException | str) -> None:
        """Show a service error under the fields and put the cursor where it points."""
        text = exc if isinstance(exc, str) else error_text(exc)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        widget = self.field_widget(getattr(exc, "field", None))
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Override QDialog.reject: never drop unsaved entries without asking."""
        if self._saving:
            return  # the save ends in a moment; its outcome decides what happens
        if self.isWindowModified() and not confirm_discard(self):
            return
        super().reject()
