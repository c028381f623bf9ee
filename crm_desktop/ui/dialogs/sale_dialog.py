"""Sales registration (销售登记): sell the selected unsold room or parking space to its
buyers in one step. The clerk picks buyers by typing (name, pinyin, phone …) or
enters a new customer, gives their shares (a live total), the contract number,
signing date, price and area, reads a summary of what will change, and confirms.
"""

from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import sales
from crm_desktop.services import search as search_service
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.dialogs.base import ERROR_COLOR, BaseDialog
from crm_desktop.ui.dialogs.identity_dialogs import _Form, _ReturnFilter
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

        buyers_title = QLabel(
            QCoreApplication.translate("SaleDialog", "Buyers and their shares (together 100%)"),
            dialog,
        )
        buyers_title.setStyleSheet("font-weight: bold;")
        self.mainLayout.addWidget(buyers_title)
        self.buyersTable = QTableWidget(0, 2, dialog)
        self.buyersTable.setObjectName("buyersTable")
        self.buyersTable.setAccessibleName(QCoreApplication.translate("SaleDialog", "Buyers"))
        self.buyersTable.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SaleDialog", "Buyer"),
                QCoreApplication.translate("SaleDialog", "Share (%)"),
            ]
        )
        self.buyersTable.verticalHeader().setVisible(False)
        self.buyersTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buyersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.buyersTable.setMaximumHeight(130)
        self.mainLayout.addWidget(self.buyersTable)
        row = QHBoxLayout()
        self.totalLabel = QLabel(dialog)
        self.totalLabel.setObjectName("totalLabel")
        self.removeButton = QPushButton(
            QCoreApplication.translate("SaleDialog", "&Remove buyer"), dialog
        )
        self.removeButton.setObjectName("removeBuyerButton")
        self.newButton = QPushButton(
            QCoreApplication.translate("SaleDialog", "&New customer…"), dialog
        )
        self.newButton.setObjectName("newBuyerButton")
        row.addWidget(self.totalLabel, 1)
        row.addWidget(self.removeButton)
        row.addWidget(self.newButton)
        self.mainLayout.addLayout(row)

        self.searchEdit = self.line(
            dialog, "buyerSearchEdit", QCoreApplication.translate("SaleDialog", "Find a buyer")
        )
        self.searchEdit.setPlaceholderText(
            QCoreApplication.translate(
                "SaleDialog", "Type a name, pinyin or phone, then Enter to add"
            )
        )
        self.mainLayout.addWidget(
            self.label(
                dialog, QCoreApplication.translate("SaleDialog", "&Find a buyer:"), self.searchEdit
            )
        )
        self.mainLayout.addWidget(self.searchEdit)
        self.resultsList = QListWidget(dialog)
        self.resultsList.setObjectName("buyerResults")
        self.resultsList.setAccessibleName(
            QCoreApplication.translate("SaleDialog", "Customers found")
        )
        self.resultsList.setMaximumHeight(110)
        self.mainLayout.addWidget(self.resultsList)

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

    SEARCH_DELAY_MS = 200

    def __init__(
        self,
        ctx: AppContext,
        resource: tuple[int | None, int | None, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, ctx, _SaleForm)
        self.setObjectName("SaleDialog")
        self.room_id, self.space_id, self.resource_label = resource
        self.buyers: list[tuple[int, str]] = []  # (customer id, name)
        self._search_generation = 0
        ui = self.ui
        self.set_title(self.tr("Register a sale – {what}").format(what=self.resource_label))
        ui.resourceLabel.setText(self.tr("Sell {what}").format(what=self.resource_label))
        ui.signingEdit.setDate(QDate.currentDate())
        ui.signingEdit.setMaximumDate(QDate.currentDate())
        self.ok_button.setText(self.tr("Register sale"))
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui.searchEdit.textEdited.connect(lambda _text: self._timer.start())
        # Enter in the search field adds the buyer; it must never register the sale.
        ui.searchEdit.installEventFilter(_ReturnFilter(self, self.add_selected))
        for button in (ui.removeButton, ui.newButton):
            button.setAutoDefault(False)
        ui.resultsList.itemActivated.connect(lambda _item: self.add_selected())
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.newButton.clicked.connect(self.new_customer)
        ui.buyersTable.itemChanged.connect(lambda _item: self.refresh())
        for edit in (ui.contractEdit, ui.priceEdit, ui.areaEdit):
            edit.textChanged.connect(lambda _t: self.refresh())
        ui.signingEdit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()
        self.track_changes()
        self.resize(560, 640)
        ui.contractEdit.setFocus()

    # -- buyers ----------------------------------------------------------------------------
    def search(self) -> None:
        text = self.ui.searchEdit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not text:
            self._found(generation, [])
            return
        self.ctx.run(
            search_service.search_customers,
            self.ctx.db,
            text,
            on_done=lambda hits: self._found(generation, hits),
            quiet=True,
        )

    def _found(self, generation: int, hits) -> None:
        if generation != self._search_generation or not shiboken6.isValid(self):
            return
        lst = self.ui.resultsList
        lst.clear()
        for hit in hits:
            where = "、".join(place for place, _role in hit.places[:2])
            item = QListWidgetItem("   ".join(p for p in (hit.name, hit.phone, where) if p))
            item.setData(Qt.ItemDataRole.UserRole, (hit.customer_id, hit.name))
            lst.addItem(item)
        if lst.count():
            lst.setCurrentRow(0)

    def add_selected(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.search()
            return
        item = self.ui.resultsList.currentItem()
        if item is None:
            return
        self.add_buyer(*item.data(Qt.ItemDataRole.UserRole))
        self.ui.searchEdit.clear()
        self.ui.resultsList.clear()

    def add_buyer(self, customer_id: int, name: str) -> None:
        if any(cid == customer_id for cid, _ in self.buyers):
            return
        self.buyers.append((customer_id, name))
        table = self.ui.buyersTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, 0, name_item)
        table.setItem(row, 1, QTableWidgetItem(""))
        if row == 0:
            table.item(0, 1).setText("100")
        table.blockSignals(False)
        self.setWindowModified(True)
        self.refresh()

    def remove_selected(self) -> None:
        row = self.ui.buyersTable.currentRow()
        if row < 0:
            return
        self.ui.buyersTable.removeRow(row)
        del self.buyers[row]
        self.refresh()

    def new_customer(self) -> None:
        """A buyer who is not a customer yet: their form, then back here."""
        from crm_desktop.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda cid: self.add_buyer(cid, dialog.ui.nameEdit.text().strip()))
        dialog.openCustomer.connect(self._add_existing_by_id)
        dialog.open()

    def _add_existing_by_id(self, customer_id: int) -> None:
        from crm_desktop.services.customers import load_customer

        self.ctx.run(
            load_customer,
            self.ctx.db,
            customer_id,
            on_done=lambda loaded: self.add_buyer(customer_id, loaded.fields.name),
        )

    def shares(self) -> list[str]:
        table = self.ui.buyersTable
        return [
            (table.item(r, 1).text() if table.item(r, 1) else "") for r in range(table.rowCount())
        ]

    # -- summary ---------------------------------------------------------------------------
    def total(self) -> Decimal | None:
        total = Decimal(0)
        for text in self.shares():
            try:
                total += Decimal(text.replace("%", "").strip() or "0")
            except ArithmeticError:
                return None
        return total

    def refresh(self) -> None:
        ui = self.ui
        total = self.total()
        good = total == Decimal(100)
        shown = "?" if total is None else format(total.normalize(), "f")
        ui.totalLabel.setText(self.tr("Total: {total}%").format(total=shown))
        ui.totalLabel.setStyleSheet("" if good else f"color: {ERROR_COLOR}; font-weight: bold;")
        owners = "、".join(
            f"{name} {share or '?'}%"
            for (_cid, name), share in zip(self.buyers, self.shares(), strict=True)
        )
        day = ui.signingEdit.date().toString("yyyy-MM-dd")
        lines = [
            self.tr("<b>What will change</b>"),
            self.tr("{what}: unsold → sold").format(what=self.resource_label),
            self.tr("Owners from {day}: {owners}").format(day=day, owners=owners or "—"),
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
            "buyers": ui.buyersTable,
        }.get(name or "")
