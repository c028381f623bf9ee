"""Custom item data roles shared by every model and view (one place, as Camelot does)."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)

KindRole = _BASE + 1  # NodeKind of the record a row or node stands for
IdRole = _BASE + 2  # database id of that record
SortRole = _BASE + 3  # value used to sort a column (raw, untranslated)
HasChildrenRole = _BASE + 4  # whether a tree node may have children (before they load)
