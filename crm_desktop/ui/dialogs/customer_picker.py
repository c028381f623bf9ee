"""Pick the customers a workflow needs (buyers, new owners, tenants) by typing.

One widget for the sale, transfer and lease dialogs: a table of the people chosen
(with a share column and a live total when shares matter), a search field that
searches as the clerk types (name, pinyin, phone, room …) on the database thread,
the hits under it, and buttons to remove a person or enter a new customer in place.
Enter in the search field adds the highlighted hit, never confirms the dialog.

The owning dialog passes its own texts (titles and mnemonics stay unique per
dialog) and listens to ``changed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import search as search_service
from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.dialogs.base import ERROR_COLOR
from crm_desktop.ui.dialogs.identity_dialogs import _ReturnFilter


@dataclass(frozen=True)
class PickerTexts:
    """The owner's words: "Buyers and their shares (together 100%)", "Buyer", …"""

    title: str
    column: str  # the people column's header
    find_label: str  # with its mnemonic, e.g. "&Find a buyer:"
    find_accessible: str
    remove: str  # with its mnemonic
    new: str  # with its mnemonic


class CustomerPicker(QWidget):
    """The chosen customers, in order, with optional shares."""

    changed = Signal()
    SEARCH_DELAY_MS = 200

    def __init__(
        self,
        ctx: AppContext,
        texts: PickerTexts,
        parent: QWidget | None = None,
        *,
        with_shares: bool = True,
        exclude: set[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.ctx = ctx
        self.with_shares = with_shares
        self.exclude = set(exclude or ())
        self.people: list[tuple[int, str]] = []  # (customer id, name)
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        title = QLabel(texts.title, self)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        self.table = QTableWidget(0, 2 if with_shares else 1, self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(texts.column)
        headers = [texts.column]
        if with_shares:
            headers.append(QCoreApplication.translate("CustomerPicker", "Share (%)"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(120)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.totalLabel = QLabel(self)
        self.totalLabel.setObjectName("totalLabel")
        self.totalLabel.setVisible(with_shares)
        self.removeButton = QPushButton(texts.remove, self)
        self.removeButton.setObjectName("removePersonButton")
        self.newButton = QPushButton(texts.new, self)
        self.newButton.setObjectName("newPersonButton")
        row.addWidget(self.totalLabel, 1)
        if not with_shares:
            row.addStretch(1)
        row.addWidget(self.removeButton)
        row.addWidget(self.newButton)
        layout.addLayout(row)

        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("personSearchEdit")
        self.searchEdit.setAccessibleName(texts.find_accessible)
        self.searchEdit.setPlaceholderText(
            QCoreApplication.translate(
                "CustomerPicker", "Type a name, pinyin or phone, then Enter to add"
            )
        )
        label = QLabel(texts.find_label, self)
        label.setBuddy(self.searchEdit)
        layout.addWidget(label)
        layout.addWidget(self.searchEdit)
        self.resultsList = QListWidget(self)
        self.resultsList.setObjectName("personResults")
        self.resultsList.setAccessibleName(
            QCoreApplication.translate("CustomerPicker", "Customers found")
        )
        self.resultsList.setMaximumHeight(100)
        layout.addWidget(self.resultsList)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.searchEdit.textEdited.connect(lambda _text: self._timer.start())
        self.searchEdit.installEventFilter(_ReturnFilter(self, self.add_selected))
        for button in (self.removeButton, self.newButton):
            button.setAutoDefault(False)
        self.resultsList.itemActivated.connect(lambda _item: self.add_selected())
        self.removeButton.clicked.connect(self.remove_selected)
        self.newButton.clicked.connect(self.new_customer)
        self.table.itemChanged.connect(lambda _item: self._changed())
        self._changed()

    # -- searching -------------------------------------------------------------------------
    @property
    def searching(self) -> bool:
        return self._timer.isActive()

    def search(self) -> None:
        text = self.searchEdit.text().strip()
        self._generation += 1
        generation = self._generation
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
        if generation != self._generation or not shiboken6.isValid(self):
            return
        lst = self.resultsList
        lst.clear()
        for hit in hits:
            if hit.customer_id in self.exclude:
                continue
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
        item = self.resultsList.currentItem()
        if item is None:
            return
        self.add(*item.data(Qt.ItemDataRole.UserRole))
        self.searchEdit.clear()
        self.resultsList.clear()

    # -- the chosen ------------------------------------------------------------------------
    def add(self, customer_id: int, name: str, share: str | None = None) -> None:
        if any(cid == customer_id for cid, _ in self.people):
            return
        self.people.append((customer_id, name))
        table = self.table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setFlags(name_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        name_item.setData(Qt.ItemDataRole.UserRole, customer_id)
        table.setItem(row, 0, name_item)
        if self.with_shares:
            if share is None:
                share = "100" if row == 0 else ""
            table.setItem(row, 1, QTableWidgetItem(share))
        table.blockSignals(False)
        self.window().setWindowModified(True)
        self._changed()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self.people[row]
        self.window().setWindowModified(True)
        self._changed()

    def new_customer(self) -> None:
        """Someone who is not a customer yet: their form, then back here."""
        from crm_desktop.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda cid: self.add(cid, dialog.ui.nameEdit.text().strip()))
        dialog.openCustomer.connect(self._add_existing_by_id)
        dialog.open()

    def _add_existing_by_id(self, customer_id: int) -> None:
        from crm_desktop.services.customers import load_customer

        self.ctx.run(
            load_customer,
            self.ctx.db,
            customer_id,
            on_done=lambda loaded: self.add(customer_id, loaded.fields.name),
        )

    def ids(self) -> list[int]:
        return [cid for cid, _ in self.people]

    def shares(self) -> list[str]:
        table = self.table
        if not self.with_shares:
            return ["" for _ in self.people]
        return [
            (table.item(r, 1).text() if table.item(r, 1) else "") for r in range(table.rowCount())
        ]

    def total(self) -> Decimal | None:
        total = Decimal(0)
        for text in self.shares():
            try:
                total += Decimal(text.replace("%", "").replace("％", "").strip() or "0")
            except ArithmeticError:
                return None
        return total

    def describe(self) -> str:
        """ "张三 60%、李四 40%" (or just the names without shares), "—" when empty."""
        if not self.with_shares:
            return "、".join(name for _, name in self.people) or "—"
        return (
            "、".join(
                f"{name} {share or '?'}%"
                for (_cid, name), share in zip(self.people, self.shares(), strict=True)
            )
            or "—"
        )

    def _changed(self) -> None:
        if self.with_shares:
            total = self.total()
            good = total == Decimal(100)
            shown = "?" if total is None else format(total.normalize(), "f")
            self.totalLabel.setText(
                QCoreApplication.translate("CustomerPicker", "Total: {total}%").format(total=shown)
            )
            self.totalLabel.setStyleSheet(
                "" if good else f"color: {ERROR_COLOR}; font-weight: bold;"
            )
        self.changed.emit()
