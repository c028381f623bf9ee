"""Read-only tables of the detail pane and the pages beside it (people, records …):
rows a clerk selects and activates with Enter, refilled without losing the
selection or the scroll position."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def make_table(headers: list[str], name: str, accessible: str) -> QTableWidget:
    """A read-only, row-selecting table whose rows a clerk activates with Enter."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table: the next section
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def text_item(text: str, tip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip is not None or text:
        item.setToolTip(tip if tip is not None else text)
    return item


def fill_table(table: QTableWidget, rows: list[list[QTableWidgetItem]], payloads: list) -> None:
    """Replace a table's rows, keeping its scroll position and the selected payload."""
    bar = table.verticalScrollBar()
    scroll = bar.value()
    selected = table.currentRow()
    kept = table.item(selected, 0).data(Qt.ItemDataRole.UserRole) if selected >= 0 else None
    kept_key = _payload_key(kept)
    table.setUpdatesEnabled(False)
    try:
        table.clearSelection()
        table.setRowCount(len(rows))
        reselect = -1
        for r, (cells, payload) in enumerate(zip(rows, payloads, strict=True)):
            for c, item in enumerate(cells):
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, payload)
                table.setItem(r, c, item)
            if kept_key is not None and _payload_key(payload) == kept_key:
                reselect = r
        if reselect >= 0:
            table.setCurrentCell(reselect, 0)
            table.selectRow(reselect)
    finally:
        table.setUpdatesEnabled(True)
    bar.setValue(scroll)


def _payload_key(payload: Any) -> Any:
    """What identifies a row's record across re-reads (None: nothing to reselect by)."""
    if payload is None:
        return None
    key = getattr(payload, "id", None) or getattr(payload, "plate", None)
    return None if key is None else (type(payload).__name__, key)


def row_payload(table: QTableWidget, row: int | None = None) -> Any:
    row = table.currentRow() if row is None else row
    if row < 0 or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(Qt.ItemDataRole.UserRole)
