"""The table of the children of the selected tree node (rooms of a building, …).

Calibre's and Anki's pattern: a cheap query gives the ordered ids
(``rowCount = len(ids)``); rows are read in pages only when ``data()`` asks for
them and cached by id; per-column formatters are built once per kind.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from crm_desktop.domain import enums
from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import queries
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.roles import IdRole, KindRole, SortRole

log = logging.getLogger("crm_desktop.ui")

Index = QModelIndex | QPersistentModelIndex
PAGE = 200  # rows read around the one a view asks for
SORT_CHUNK = 500  # ids per query when reading every row to sort

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# Roles as plain ints: data() is called about seven times per visible cell, and an
# int comparison is several times cheaper than comparing Qt enum members.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ID, _KIND, _SORT = int(IdRole), int(KindRole), int(SortRole)


def enum_text(value: Any) -> str:
    """The translated label of an enum member."""
    return QCoreApplication.translate("Enums", enums.label(value))


def format_value(value: Any) -> str:
    """Display text of one cell value."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return enum_text(value)
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def _natural(text: str) -> tuple:
    """Sort key that puts "3-2-901" before "3-2-1501"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", text))


def _sort_key(value: Any) -> tuple:
    if value is None:
        return (1, ())
    if isinstance(value, Enum):
        return (0, (enum_text(value),))
    if isinstance(value, int | float | Decimal):
        return (0, ((0, value, ""),))
    return (0, _natural(str(value)))


class ItemTableModel(QAbstractTableModel):
    """Rows of one kind under one parent node, read lazily by id."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent: tuple[NodeKind | None, int | None] = (None, None)
        self._kind: NodeKind | None = None
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._cache: dict[int, dict[str, Any]] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # display strings, built once per row
        self._columns: list[queries.Column] = []
        self._formatters: list[Callable[[Any], str]] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        ctx.dataChanged.connect(self._on_data_changed)

    # -- public --------------------------------------------------------------------------
    @property
    def child_kind(self) -> NodeKind | None:
        """The kind of record each row stands for (None: nothing to show)."""
        return self._kind

    @property
    def parent_node(self) -> tuple[NodeKind | None, int | None]:
        return self._parent

    @property
    def columns(self) -> list[queries.Column]:
        return list(self._columns)

    def set_parent(self, kind: NodeKind | None, node_id: int | None) -> None:
        """Show the children of a tree node (None, None: the regions)."""
        self._parent = (kind, node_id)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the ids (and drop cached rows), keeping the current sort."""
        kind, node_id = self._parent
        child, ids = queries.table_ids(self._ctx.db, kind, node_id)
        if child == self._kind and self._sort is None and ids == self._ids and ids:
            # Same rows (e.g. another PC edited one): re-read values without a reset,
            # so the clerk's scroll position and selection stay where they are.
            self._cache.clear()
            self._texts.clear()
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(ids) - 1, len(self._columns) - 1)
            )
            return
        self.beginResetModel()
        if child != self._kind:
            self._kind = child
            self._columns = list(queries.COLUMNS.get(child, [])) if child else []
            self._formatters = [self._formatter(c) for c in self._columns]
            self._sort = None
        self._ids = ids
        self._cache.clear()
        self._texts.clear()
        if self._sort is not None:
            self._sort_ids(*self._sort)
        self._rows = {rid: row for row, rid in enumerate(self._ids)}
        self.endResetModel()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        """Row of an id, -1 if not shown."""
        return self._rows.get(record_id, -1)

    def ids(self) -> list[int]:
        return list(self._ids)

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data (the hot path: display first, cached text)."""
        row = index.row()
        ids = self._ids
        if not 0 <= row < len(ids):
            return None
        col = index.column()
        if role == _DISPLAY:
            texts = self._texts.get(ids[row])
            if texts is None:
                texts = self._row_texts(row, ids[row])
            return texts[col] if 0 <= col < len(texts) else None
        if not 0 <= col < len(self._columns):
            return None
        if role == _ALIGN:
            return _RIGHT if self._columns[col].numeric else _LEFT
        if role == _ID:
            return ids[row]
        if role == _KIND:
            return self._kind
        if role == _SORT:
            return self._row(row, ids[row]).get(self._columns[col].key)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", self._columns[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if self._columns[section].numeric else _LEFT
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel.sort.

        Reads every row's values (in chunks, once) and orders the ids in Python
        with a natural order for codes; column -1 restores the query's order.
        """
        if self._kind is None:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self.id_at(i.row()), i.column()) for i in persistent]
        if column < 0 or column >= len(self._columns):
            self._sort = None
            _, self._ids = queries.table_ids(self._ctx.db, *self._parent)
        else:
            self._sort = (column, order)
            self._sort_ids(column, order)
        self._rows = {rid: row for row, rid in enumerate(self._ids)}
        new = [
            self.index(self._rows[rid], col) if rid in self._rows else QModelIndex()
            for rid, col in kept
        ]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    # -- internals -----------------------------------------------------------------------
    def _formatter(self, column: queries.Column) -> Callable[[Any], str]:
        if column.numeric:
            return lambda v: "" if v is None else (f"{v:.2f}" if isinstance(v, Decimal) else str(v))
        return format_value

    def _row_texts(self, row: int, rid: int) -> tuple[str, ...]:
        values = self._row(row, rid)
        texts = tuple(
            fmt(values.get(c.key)) for c, fmt in zip(self._columns, self._formatters, strict=True)
        )
        self._texts[rid] = texts
        return texts

    def _row(self, row: int, rid: int) -> dict[str, Any]:
        values = self._cache.get(rid)
        if values is not None:
            return values
        start = max(0, row - PAGE // 2)
        page = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        try:
            fetched = queries.table_rows(self._ctx.db, self._kind, page)
        except Exception:  # noqa: BLE001 - a failed read shows empty cells, logged
            log.exception("reading table rows failed")
            fetched = {}
        for i in page:
            self._cache[i] = fetched.get(i, {})
        return self._cache[rid]

    def _load_all(self) -> None:
        missing = [i for i in self._ids if i not in self._cache]
        for start in range(0, len(missing), SORT_CHUNK):
            chunk = missing[start : start + SORT_CHUNK]
            fetched = queries.table_rows(self._ctx.db, self._kind, chunk)
            for i in chunk:
                self._cache[i] = fetched.get(i, {})

    def _sort_ids(self, column: int, order: Qt.SortOrder) -> None:
        self._load_all()
        key = self._columns[column].key
        position = {rid: n for n, rid in enumerate(self._ids)}  # stable tie-break
        descending = order == Qt.SortOrder.DescendingOrder
        self._ids.sort(
            key=lambda rid: (_sort_key(self._cache[rid].get(key)), position[rid]),
            reverse=descending,
        )

    @Slot(object)
    def _on_data_changed(self, change: Change) -> None:
        if self._kind is None:
            return
        parent_kind, parent_id = self._parent
        touches = (
            change.kind == self._kind
            or (change.parent is not None and change.parent == (parent_kind, parent_id))
            or (change.parent is None and parent_kind is None)
            or (parent_kind is not None and (change.kind, *change.ids[:1]) == self._parent)
        )
        try:
            if touches:
                self.refresh()
            elif self._ids:
                # Counts shown here (rooms per building …) may have changed: re-read lazily.
                self._cache.clear()
                self._texts.clear()
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1)
                )
        except Exception:  # noqa: BLE001 - a failed refresh must not break the save
            log.exception("refreshing the table after %s failed", change)
