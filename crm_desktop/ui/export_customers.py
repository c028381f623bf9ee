"""Reports ▸ Export customers to Excel…: the customer list of the selected building, its
project, or the whole office, one row per customer with what they hold today.

ID and phone numbers are masked unless the clerk ticks "Export full ID and phone
numbers"; then each exported customer's record notes the disclosure (by whom, when,
which file) before the file is written. The rows are read and written on the export's
own thread (:mod:`crm_desktop.ui.export_table`), with progress and cancel.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.excel import customer_list
from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.dialogs.base import ERROR_COLOR
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.export_table import ExportRunner, ask_path, export_rows
from crm_desktop.ui.i18n import document_language


class ExportCustomersDialog(QDialog):
    """``scopes``: (label, scope) from the narrowest to the whole office, e.g.
    [("翠湖花园 3栋", {"building_id": 7}), ("翠湖花园", {"project_id": 2}), ("…", {})]."""

    def __init__(
        self,
        ctx: AppContext,
        scopes: list[tuple[str, dict]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportCustomersDialog")
        self.setWindowTitle(self.tr("Export customers to Excel"))
        self.ctx = ctx
        self.scopes = scopes
        self.runner: ExportRunner | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "One row per customer: number, name, type, ID, phones, email, what they hold "
                "today (rooms and parking spaces with role and share), verification, consent, "
                "address."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for n, (label, scope) in enumerate(scopes):
            if scope:
                text = self.tr("Customers holding a room or space of {what} today").format(
                    what=label
                )
            else:
                text = self.tr("All customers")
            radio = QRadioButton(text, self)
            radio.setObjectName(f"scopeRadio{n}")
            self.group.addButton(radio, n)
            self.radios.append(radio)
            layout.addWidget(radio)
        self.radios[0].setChecked(True)
        self.full_numbers = QCheckBox(self.tr("Export &full ID and phone numbers"), self)
        self.full_numbers.setObjectName("fullNumbersCheck")
        self.full_numbers.setToolTip(
            self.tr(
                "Personal information: each exported customer's record notes that their full "
                "numbers were exported, by whom, when and to which file."
            )
        )
        layout.addWidget(self.full_numbers)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Export…"))
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def chosen(self) -> tuple[str, dict]:
        return self.scopes[max(0, self.group.checkedId())]

    def start(self) -> None:
        label, scope = self.chosen()
        path = ask_path(self, self.tr("Customers {what}").format(what=label))
        if path is None:
            return
        full, lang, db = self.full_numbers.isChecked(), document_language(), self.ctx.db
        self.ok_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Finding the customers…"))

        def found(ids: list[int]) -> None:
            if not shiboken6.isValid(self):
                return
            self.ok_button.setEnabled(True)
            if not ids:
                self.message.setText(
                    self.tr(
                        "Nobody holds a room or space of {what} today: nothing to export."
                    ).format(what=label)
                )
                return
            parent = self.parentWidget()
            self.runner = export_rows(
                self.ctx,
                parent,
                default_name=path.name,
                columns=customer_list.columns(lang),
                rows=lambda: customer_list.customer_rows(db, ids, lang),
                total=len(ids),
                sheet_title=self.tr("Customers"),
                customer_ids=ids,
                full_numbers=full,
                path=path,
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.ok_button.setEnabled(True)
            self.message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.message.setText(error_text(exc))

        self.ctx.run(
            lambda: customer_list.customer_ids(db, **scope), on_done=found, on_error=failed
        )
