"""The navigation tree: region > project > building > room, and car parks with spaces.

One node class with a kind (as Anki's ``SidebarItem``); children are read on
demand through ``hasChildren``/``canFetchMore``/``fetchMore``, so a building's
rooms are only queried when the building is expanded. The reads are small
indexed queries, so they run synchronously on the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import queries
from crm_desktop.ui.app_context import AppContext, Change
from crm_desktop.ui.roles import HasChildrenRole, IdRole, KindRole

log = logging.getLogger("crm_desktop.ui")

Index = QModelIndex | QPersistentModelIndex
Key = tuple[NodeKind, int]

# ``Change.kind`` of writes on the customer side (NodeKind has no member for them;
# a plain string also equals a StrEnum member of the same value, should one come):
# "customer": a customer's record, phones, vehicles or accounts changed, or a new
# customer with an identity (``ids``: the customer, ``retired``: a customer merged
# away); "identity": identities started, ended or changed (``ids``: the identities).
# Either may carry ``extra["room_ids"]``/``["space_ids"]``/``["customer_ids"]``: the
# rooms, spaces and customers concerned. The tree re-reads the labels of an
# identity change's rooms, and of every loaded room after a customer change (a new
# name shows wherever they own); the detail pane and customer views re-read on both.
CUSTOMER_CHANGE = "customer"
IDENTITY_CHANGE = "identity"
PEOPLE_CHANGES = frozenset({CUSTOMER_CHANGE, IDENTITY_CHANGE})
_DISPLAY_ROLES = [Qt.ItemDataRole.DisplayRole]


def is_people_change(change: Change) -> bool:
    """Whether a Change concerns customers or identities (owners' names may differ)."""
    return str(change.kind) in PEOPLE_CHANGES


_ICON_FOR_KIND = {
    NodeKind.REGION: QStyle.StandardPixmap.SP_DriveNetIcon,
    NodeKind.PROJECT: QStyle.StandardPixmap.SP_DirHomeIcon,
    NodeKind.BUILDING: QStyle.StandardPixmap.SP_DirIcon,
    NodeKind.ROOM: QStyle.StandardPixmap.SP_FileIcon,
    NodeKind.CAR_PARK: QStyle.StandardPixmap.SP_DriveHDIcon,
    NodeKind.PARKING_SPACE: QStyle.StandardPixmap.SP_FileLinkIcon,
}
_icons: dict[NodeKind, QIcon] = {}


def kind_icon(kind: NodeKind) -> QIcon:
    """The standard icon of a node kind (built once per process)."""
    icon = _icons.get(kind)
    if icon is None:
        style = QApplication.style()
        icon = style.standardIcon(_ICON_FOR_KIND[kind]) if style is not None else QIcon()
        _icons[kind] = icon
    return icon


class Node:
    """One tree node. The invisible root has ``kind`` and ``id`` None."""

    __slots__ = ("kind", "id", "label", "has_children", "parent", "children", "fetched")

    def __init__(
        self,
        kind: NodeKind | None,
        node_id: int | None,
        label: str = "",
        has_children: bool = True,
        parent: Node | None = None,
    ) -> None:
        self.kind = kind
        self.id = node_id
        self.label = label
        self.has_children = has_children
        self.parent = parent
        self.children: list[Node] = []
        self.fetched = False

    @property
    def key(self) -> Key:
        return (self.kind, self.id)  # type: ignore[return-value]

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Node({self.kind}, {self.id}, {self.label!r})"


class NavigationModel(QAbstractItemModel):
    """Lazy tree of the property base data, fed by ``services.queries``."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._root = Node(None, None)
        self._by_key: dict[Key, Node] = {}
        self._load_root()
        ctx.dataChanged.connect(self._on_data_changed)

    # -- loading -------------------------------------------------------------------------
    def _load_root(self) -> None:
        self._root.children = [self._make(n, self._root) for n in queries.root_nodes(self._ctx.db)]
        self._root.fetched = True

    def _make(self, tree_node: queries.TreeNode, parent: Node) -> Node:
        node = Node(tree_node.kind, tree_node.id, tree_node.label, tree_node.has_children, parent)
        self._by_key[node.key] = node
        return node

    def _forget(self, node: Node) -> None:
        if self._by_key.get(node.key) is node:
            del self._by_key[node.key]
        for child in node.children:
            self._forget(child)

    def _query_children(self, node: Node) -> list[queries.TreeNode]:
        if node is self._root:
            return queries.root_nodes(self._ctx.db)
        return queries.child_nodes(self._ctx.db, node.kind, node.id)

    def _node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        return index.internalPointer()

    def _index_of(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    # -- Qt model interface --------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """Override QAbstractItemModel.index."""
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """Override QAbstractItemModel.parent."""
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        if node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.rowCount."""
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        """Override QAbstractItemModel.columnCount."""
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        """Override QAbstractItemModel.hasChildren: true before children are loaded."""
        if parent.column() > 0:
            return False
        node = self._node(parent)
        if node.fetched:
            return bool(node.children)
        return node.has_children

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        """Override QAbstractItemModel.canFetchMore."""
        if parent.column() > 0:
            return False
        node = self._node(parent)
        return not node.fetched and node.has_children

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Override QAbstractItemModel.fetchMore: query this node's children once."""
        node = self._node(parent)
        if node.fetched:
            return
        children = self._query_children(node)
        node.fetched = True
        if not children:
            node.has_children = False
            return
        self.beginInsertRows(self._as_index(parent), 0, len(children) - 1)
        node.children = [self._make(c, node) for c in children]
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return index.internalPointer().label
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(index.internalPointer().kind)
        if role == KindRole:
            return index.internalPointer().kind
        if role == IdRole:
            return index.internalPointer().id
        if role == HasChildrenRole:
            return index.internalPointer().has_children
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- lookups -------------------------------------------------------------------------
    def _as_index(self, index: Index) -> QModelIndex:
        if isinstance(index, QPersistentModelIndex):
            return QModelIndex(index)
        return index

    def node_index(self, kind: NodeKind, node_id: int) -> QModelIndex:
        """The index of a loaded node (invalid if it is not loaded)."""
        node = self._by_key.get((kind, node_id))
        if node is None:
            return QModelIndex()
        return self._index_of(node)

    def is_loaded(self, kind: NodeKind, node_id: int) -> bool:
        return (kind, node_id) in self._by_key

    def ancestors(self, kind: NodeKind, node_id: int) -> list[Key]:
        """``(kind, id)`` of a loaded node and its ancestors, nearest first."""
        node = self._by_key.get((kind, node_id))
        out: list[Key] = []
        while node is not None and node is not self._root:
            out.append(node.key)
            node = node.parent
        return out

    def parent_key(self, kind: NodeKind, node_id: int) -> Key | None:
        node = self._by_key.get((kind, node_id))
        if node is None or node.parent is None or node.parent is self._root:
            return None
        return node.parent.key

    # -- updates -------------------------------------------------------------------------
    def reload_children(self, kind: NodeKind | None = None, node_id: int | None = None) -> None:
        """Re-query one node's children and apply the difference row by row.

        Nodes that stay keep their own (possibly expanded) subtrees, so the view
        keeps its expansion state. A node whose children were never loaded only
        has its "may have children" flag refreshed by reloading its parent.
        """
        node = self._root if kind is None else self._by_key.get((kind, node_id))
        if node is None:
            return
        if not node.fetched:
            # Rooms of a collapsed building are not read; only its arrow may change.
            if node.parent is not None and not node.has_children:
                self._refresh_has_children(node)
            return
        self._apply(node, self._query_children(node))

    def _refresh_has_children(self, node: Node) -> None:
        for tree_node in self._query_children(node.parent):
            if (tree_node.kind, tree_node.id) == node.key:
                if tree_node.has_children != node.has_children:
                    # The view caches "has children" per row: re-insert the row.
                    parent_index = self._index_of(node.parent)
                    row = node.row()
                    self.beginRemoveRows(parent_index, row, row)
                    del node.parent.children[row]
                    self.endRemoveRows()
                    node.has_children = tree_node.has_children
                    node.label = tree_node.label
                    self.beginInsertRows(parent_index, row, row)
                    node.parent.children.insert(row, node)
                    self._by_key[node.key] = node
                    self.endInsertRows()
                return

    def _apply(self, node: Node, fresh: list[queries.TreeNode]) -> None:
        parent_index = self._index_of(node)
        wanted = {(t.kind, t.id) for t in fresh}
        children = node.children
        # 1. Remove rows that went away, in contiguous runs from the bottom.
        i = len(children) - 1
        while i >= 0:
            if children[i].key in wanted:
                i -= 1
                continue
            j = i
            while j > 0 and children[j - 1].key not in wanted:
                j -= 1
            self.beginRemoveRows(parent_index, j, i)
            for gone in children[j : i + 1]:
                self._forget(gone)
            del children[j : i + 1]
            self.endRemoveRows()
            i = j - 1
        # 2. Walk the new order: update, move or insert.
        present = {c.key for c in children}
        i = 0
        while i < len(fresh):
            t = fresh[i]
            key = (t.kind, t.id)
            if i < len(children) and children[i].key == key:
                self._update(children[i], t)
                i += 1
                continue
            if key in present:
                j = next(n for n in range(i + 1, len(children)) if children[n].key == key)
                self.beginMoveRows(parent_index, j, j, parent_index, i)
                children.insert(i, children.pop(j))
                self.endMoveRows()
                self._update(children[i], t)
                i += 1
                continue
            end = i + 1
            while end < len(fresh) and (fresh[end].kind, fresh[end].id) not in present:
                end += 1
            self.beginInsertRows(parent_index, i, end - 1)
            children[i:i] = [self._make(f, node) for f in fresh[i:end]]
            self.endInsertRows()
            i = end
        node.has_children = bool(children)

    def _update(self, node: Node, tree_node: queries.TreeNode) -> None:
        changed = node.label != tree_node.label
        node.label = tree_node.label
        if not node.fetched and node.has_children != tree_node.has_children:
            node.has_children = tree_node.has_children
            changed = True
        if changed:
            index = self._index_of(node)
            self.dataChanged.emit(index, index)

    def refresh_room_labels(self, room_ids: list[int] | None = None) -> None:
        """Re-read the labels (code and current owners) of loaded rooms.

        ``room_ids`` None: every loaded room (a customer's name may show anywhere).
        Only labels that differ are announced; nothing is inserted or removed.
        """
        if room_ids is None:
            nodes = [n for k, n in self._by_key.items() if k[0] == NodeKind.ROOM]
        else:
            nodes = [n for n in (self._by_key.get((NodeKind.ROOM, i)) for i in room_ids) if n]
        if not nodes:
            return
        labels = queries.room_labels(self._ctx.db, [n.id for n in nodes])
        for node in nodes:
            label = labels.get(node.id)
            if label is not None and label != node.label:
                node.label = label
                index = self._index_of(node)
                self.dataChanged.emit(index, index, _DISPLAY_ROLES)

    @Slot(object)
    def _on_data_changed(self, change: Change) -> None:
        if is_people_change(change):
            # An identity names its rooms; a customer's change may be a new name that
            # shows in every room they own, so it re-reads every loaded room.
            rooms = change.extra.get("room_ids") if change.kind == IDENTITY_CHANGE else None
            try:
                self.refresh_room_labels(list(rooms) if rooms is not None else None)
            except Exception:  # noqa: BLE001 - a failed refresh must not break the save
                log.exception("refreshing room labels after %s failed", change)
            return
        targets: list[Key | None] = []
        if change.parent is not None:
            targets.append(change.parent)
        elif change.kind == NodeKind.REGION:
            targets.append(None)
        # Renamed or retired nodes that are loaded elsewhere than change.parent.
        for record_id in (*change.ids, *change.retired):
            node = self._by_key.get((change.kind, record_id))
            if node is not None and node.parent is not None:
                key = None if node.parent is self._root else node.parent.key
                if key not in targets:
                    targets.append(key)
        # An edited container's loaded children may show what changed (a renumbered
        # building renumbers its rooms' codes).
        for record_id in change.ids:
            node = self._by_key.get((change.kind, record_id))
            if node is not None and node.fetched and node.key not in targets:
                targets.append(node.key)
        for target in targets:
            try:
                if target is None:
                    self.reload_children(None, None)
                else:
                    self.reload_children(*target)
            except Exception:  # noqa: BLE001 - a failed refresh must not break the save
                log.exception("refreshing the tree after %s failed", change)
