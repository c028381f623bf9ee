"""Sales registration (销售登记): sell the selected unsold room or parking space to its
buyers in one step. The clerk picks buyers by typing (name, pinyin, phone …) or
enters a new customer, gives their shares (a live total), the contract number,
signing date, price and area, reads a summary of what will change, and confirms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QWidget,
)

from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import sales
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import BaseDialog
from crm_desktop.ui.dialogs.customer_picker import CustomerPicker, PickerTexts
from crm_desktop.ui.dialogs.identity_dialogs import _Form
from crm_desktop.ui.qdates import today_qdate
from crm_desktop.ui.tree_model import IDENTITY_CHANGE


class _SaleForm(_Form):
    def build(self, dialog) -> None:
        self.resourceLabel = QLabel(dialog)
        self.resourceLabel.setObjectName("resourceLabel")
        self.resourceLabel.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.mainLayout.addWidget(self.resourceLabel)

        form = QFormLayout()
        self.contractEdit = self.line(
            dialog, "contractEdit", QCoreApplication.translate("SaleDialog", "Contract number")
        )
        self.signingEdit = QDateEdit(dialog)
        self.signingEdit.setObjectName("signingEdit")
        self.signingEdit.setCalendarPopup(True)
        self.signingEdit.setDisplayFormat("yyyy-MM-dd")
        self.signingEdit.setAccessibleName(QCoreApplication.translate("SaleDialog", "Signing date"))
        self.priceEdit = self.line(
            dialog, "priceEdit", QCoreApplication.translate("SaleDialog", "Price (yuan)")
        )
        self.priceEdit.setPlaceholderText("1280000")
        self.areaEdit = self.line(
            dialog, "areaEdit", QCoreApplication.translate("SaleDialog", "Contracted area (m²)")
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("SaleDialog", "&Contract number:"),
                self.contractEdit,
                True,
            ),
            self.contractEdit,
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("SaleDialog", "&Signed on:"),
                self.signingEdit,
                True,
            ),
            self.signingEdit,
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("SaleDialog", "&Price (yuan):"),
                self.priceEdit,
                True,
            ),
            self.priceEdit,
        )
        form.addRow(
            self.label(
                dialog,
                QCoreApplication.translate("SaleDialog", "Contracted &area (m²):"),
                self.areaEdit,
            ),
            self.areaEdit,
        )
        self.mainLayout.addLayout(form)

        self.picker = CustomerPicker(
            dialog.ctx,
            PickerTexts(
                title=QCoreApplication.translate(
                    "SaleDialog", "Buyers and their shares (together 100%)"
                ),
                column=QCoreApplication.translate("SaleDialog", "Buyer"),
                find_label=QCoreApplication.translate("SaleDialog", "&Find a buyer:"),
                find_accessible=QCoreApplication.translate("SaleDialog", "Find a buyer"),
                remove=QCoreApplication.translate("SaleDialog", "&Remove buyer"),
                new=QCoreApplication.translate("SaleDialog", "&New customer…"),
            ),
            dialog,
        )
        self.mainLayout.addWidget(self.picker)

        self.summaryLabel = QLabel(dialog)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setStyleSheet(
            "background: #f5f5f5; border: 1px solid #ddd; padding: 6px;"
        )
        self.mainLayout.addWidget(self.summaryLabel)


class SaleDialog(BaseDialog):
    """Register the sale of one unsold room or parking space."""

    def __init__(
        self,
        ctx: AppContext,
        resource: tuple[int | None, int | None, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ctx, _SaleForm)
        self.setObjectName("SaleDialog")
        self.room_id, self.space_id, self.resource_label = resource
        ui = self.ui
        self.set_title(self.tr("Register a sale – {what}").format(what=self.resource_label))
        ui.resourceLabel.setText(self.tr("Sell {what}").format(what=self.resource_label))
        ui.signingEdit.setDate(today_qdate())
        ui.signingEdit.setMaximumDate(today_qdate())
        self.ok_button.setText(self.tr("Register sale"))
        self.enter_never_confirms()
        ui.picker.changed.connect(self.refresh)
        for edit in (ui.contractEdit, ui.priceEdit, ui.areaEdit):
            edit.textChanged.connect(lambda _t: self.refresh())
        ui.signingEdit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()
        self.track_changes()
        self.resize(560, 640)
        ui.contractEdit.setFocus()

    @property
    def buyers(self) -> list[tuple[int, str]]:
        return self.ui.picker.people

    def shares(self) -> list[str]:
        return self.ui.picker.shares()

    # -- summary ---------------------------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        owners = ui.picker.describe()
        day = ui.signingEdit.date().toString("yyyy-MM-dd")
        lines = [
            self.tr("<b>What will change</b>"),
            self.tr("{what}: unsold → sold").format(what=self.resource_label),
            self.tr("Owners from {day}: {owners}").format(day=day, owners=owners),
            self.tr("Sale record, contract {number}").format(
                number=ui.contractEdit.text().strip() or "—"
            ),
        ]
        ui.summaryLabel.setText("<br>".join(lines))

    # -- saving ----------------------------------------------------------------------------
    def fields(self) -> sales.SaleFields:
        ui = self.ui
        return sales.SaleFields(
            contract_number=ui.contractEdit.text(),
            signing_date=ui.signingEdit.date().toPython(),
            price=ui.priceEdit.text(),
            area=ui.areaEdit.text(),
            buyers=[
                sales.Buyer(share, customer_id=cid)
                for (cid, _name), share in zip(self.buyers, self.shares(), strict=True)
            ],
            room_id=self.room_id,
            space_id=self.space_id,
        )

    def save_call(self):
        return sales.register_sale, (self.fields(),)

    def change_for(self, result) -> Change | None:
        kind = NodeKind.ROOM if self.room_id is not None else NodeKind.PARKING_SPACE
        resource = self.room_id if self.room_id is not None else self.space_id
        self.ctx.notify(Change(kind, ids=(resource,)))
        return Change(
            IDENTITY_CHANGE,
            ids=(),
            extra={
                "room_ids": (self.room_id,) if self.room_id else (),
                "space_ids": (self.space_id,) if self.space_id else (),
                "customer_ids": tuple(cid for cid, _ in self.buyers),
            },
        )

    def field_widget(self, name: str | None) -> QWidget | None:
        ui = self.ui
        return {
            "contract_number": ui.contractEdit,
            "signing_date": ui.signingEdit,
            "price": ui.priceEdit,
            "area": ui.areaEdit,
            "buyers": ui.picker.table,
        }.get(name or "")
