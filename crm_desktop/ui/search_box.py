"""The search box that is always in the main window (Ctrl+F): finds customers as
the clerk types, by name, pinyin, phone digits, document tail, plate or room.

Keyboard first: typing searches (after a short pause, on the database thread;
late answers to older queries are dropped), Down/Up move through the results,
Enter opens the highlighted customer (the first if none is highlighted, even if
Enter comes before the results do), Esc closes the list, a second Esc clears.
The results list is a frameless window that never takes the focus, so the
caret stays in the box.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crm_desktop.domain.enums import label
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the data side is imported when the first search runs
    from crm_desktop.services.search import SearchHit
    from crm_desktop.ui.app_context import AppContext

DEBOUNCE_MS = 120
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 8


class HitModel(QAbstractListModel):
    """The results of one query; a single message row when there are none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.message = ""

    def set_hits(self, hits, message: str = "") -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.message = message if not hits else ""
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return len(self.hits) or (1 if self.message else 0)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not self.hits:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if not self.hits:
            return self.message if role == Qt.ItemDataRole.DisplayRole else None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain_text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text(hit)
        return None


def _where(hit: SearchHit) -> str:
    places = [
        f"{place} {QApplication.translate('Enums', label(role))}" for place, role in hit.places
    ]
    if not places:
        return QCoreApplication.translate("GlobalSearch", "No current room or space")
    shown = "；".join(places[:3])
    if len(places) > 3:
        shown += " " + QCoreApplication.translate("GlobalSearch", "and {count} more").format(
            count=len(places) - 3
        )
    return shown


# Same texts as services.search.MATCH_LABELS (not imported: it pulls in SQLAlchemy).
MATCH_LABELS = {
    "phone": QT_TRANSLATE_NOOP("Search", "Phone"),
    "id_tail": QT_TRANSLATE_NOOP("Search", "Document"),
    "plate": QT_TRANSLATE_NOOP("Search", "Plate"),
    "room": QT_TRANSLATE_NOOP("Search", "Room"),
}


def _matched(hit: SearchHit) -> str:
    if hit.match not in MATCH_LABELS:
        return ""
    what = QApplication.translate("Search", MATCH_LABELS[hit.match])
    return f"{what} {hit.matched}"


def plain_text(hit: SearchHit) -> str:
    """One hit as text: for the accessible name, the tooltip and tests."""
    parts = [hit.name]
    if hit.verified:
        parts.append("✔")
    matched = _matched(hit)
    if matched:
        parts.append(matched)
    if hit.phone:
        parts.append(hit.phone)
    return "  ".join(parts) + "\n" + _where(hit)


def _highlight(name: str, query: str) -> str:
    """The name with the typed characters in bold colour (Chinese queries only)."""
    q = query.strip()
    at = name.find(q) if q else -1
    if at < 0:
        return html.escape(name)
    return (
        html.escape(name[:at])
        + f"<span style='color:#1565c0'>{html.escape(q)}</span>"
        + html.escape(name[at + len(q) :])
    )


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the name (typed part highlighted), a verified mark, what
    matched and the masked phone; below, in grey, where the customer lives."""

    PADDING = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = ""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        hit = index.data(HIT_ROLE)
        if hit is None:
            doc.setHtml(f"<span style='color:gray'>{html.escape(index.data() or '')}</span>")
            return doc
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        grey = "#e3f2fd" if selected else "#666666"
        first = f"<b>{_highlight(hit.name, self.query)}</b>"
        if hit.verified:
            first += f" <span style='color:{'#ffffff' if selected else '#2e7d32'}'>✔</span>"
        extra = [x for x in (_matched(hit), hit.phone) if x]
        if extra:
            first += "&nbsp;&nbsp;" + html.escape("  ".join(extra))
        second = f"<span style='color:{grey}'>{html.escape(_where(hit))}</span>"
        doc.setHtml(f"<div>{first}</div><div>{second}</div>")
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(opt.rect.topLeft() + QPoint(self.PADDING, self.PADDING // 2))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 2 * self.PADDING, int(doc.size().height()) + 6)


class ResultsPopup(QListView):
    """The list under the box: a frameless window that does not take the focus."""

    def __init__(self, box: QLineEdit) -> None:
        super().__init__(None)
        self.setObjectName("globalSearchResults")
        self.setWindowFlags(
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.box = box

    def place(self) -> None:
        """Show under the box, as wide as the box or wider, with up to 8 rows."""
        rows = max(1, min(VISIBLE_ROWS, self.model().rowCount()))
        row_height = self.sizeHintForRow(0) if self.model().rowCount() else 24
        width = max(self.box.width(), 460)
        height = rows * max(row_height, 20) + 2 * self.frameWidth()
        below = self.box.mapToGlobal(QPoint(0, self.box.height()))
        screen = self.box.screen().availableGeometry() if self.box.screen() else None
        rect = QRect(below, QSize(width, height))
        window = self.box.window()
        if self.box.mapTo(window, QPoint(0, 0)).x() > window.width() // 2:
            # A box at the right of the toolbar: the list grows to the left, under it.
            rect.moveRight(self.box.mapToGlobal(QPoint(self.box.width() - 1, 0)).x())
        if screen is not None and rect.right() > screen.right():
            rect.moveRight(screen.right())
        self.setGeometry(rect)
        if not self.isVisible():
            self.show()


class GlobalSearch(QLineEdit):
    """The main window's search box (objectName ``globalSearch``)."""

    customerActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(300)
        self.ctx: AppContext | None = None
        self._seq = 0  # the query the shown results belong to
        self._shown_seq = 0
        self._open_first_when_ready = False
        self.model = HitModel(self)
        self.delegate = HitDelegate(self)
        self.popup = ResultsPopup(self)
        self.popup.setModel(self.model)
        self.popup.setItemDelegate(self.delegate)
        self.popup.clicked.connect(self._activate_index)
        self.destroyed.connect(self.popup.deleteLater)  # the popup is a window of its own
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self._on_text_changed)
        self.returnPressed.connect(self.activate_current)
        QApplication.instance().installEventFilter(self)  # clicks elsewhere close the list
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(
            QCoreApplication.translate(
                "GlobalSearch",
                "Find a customer: name, pinyin, phone, ID tail, plate, room (Ctrl+F)",
            )
        )
        self.setToolTip(
            QCoreApplication.translate(
                "GlobalSearch",
                "Type any part of a name (one character is enough), pinyin or its initials "
                "(zs finds 张三), phone digits, the last digits of an ID number, a plate or "
                "a room code. Enter opens the first customer.",
            )
        )

    def set_context(self, ctx: AppContext | None) -> None:
        self.ctx = ctx
        self.setEnabled(ctx is not None)

    # -- searching ----------------------------------------------------------------------
    def _on_edited(self, _text: str) -> None:
        self._timer.start()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._seq += 1
            self._open_first_when_ready = False
            self.model.set_hits([])
            self.popup.hide()

    def _search(self) -> None:
        query = self.text().strip()
        if not query or self.ctx is None:
            return
        from crm_desktop.services.search import search_customers

        self._seq += 1
        seq = self._seq
        db = self.ctx.db
        self.ctx.run(
            search_customers,
            db,
            query,
            on_done=lambda hits: self._show(seq, query, hits),
            on_error=lambda exc: self._failed(seq, exc),
            quiet=True,
        )

    def search_now(self) -> None:
        """Search immediately (tests, Enter before the pause ends)."""
        self._timer.stop()
        self._search()

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._shown_seq != self._seq

    def _show(self, seq: int, query: str, hits) -> None:
        if seq != self._seq:
            return  # an answer to an older query
        self._shown_seq = seq
        self.delegate.query = query
        self.model.set_hits(hits, self._nothing_found(query))
        if hits:
            self.popup.setCurrentIndex(QModelIndex())
        if self._open_first_when_ready:
            self._open_first_when_ready = False
            if hits:
                self._activate_hit(hits[0])
                return
        if self.hasFocus() or self.popup.isVisible():
            self.popup.place()

    def _nothing_found(self, query: str) -> str:
        digits = sum(ch.isdigit() for ch in query)
        if digits and digits < 3 and digits == len(query.replace(" ", "")):
            return QCoreApplication.translate(
                "GlobalSearch", "Type at least 3 digits to search phone numbers."
            )
        return QCoreApplication.translate(
            "GlobalSearch", "No customer found for “{query}”."
        ).format(query=query)

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self._shown_seq = seq
        from crm_desktop.ui.errors import error_text

        self.model.set_hits([], error_text(exc))
        self.popup.place()

    # -- keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        rows = len(self.model.hits)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not rows:
                if self.text().strip():
                    self.search_now()
                return
            if not self.popup.isVisible():
                self.popup.place()
            current = self.popup.currentIndex().row()
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: VISIBLE_ROWS,
                Qt.Key.Key_PageUp: -VISIBLE_ROWS,
            }[key]
            row = 0 if current < 0 and step > 0 else max(0, min(rows - 1, current + step))
            self.popup.setCurrentIndex(self.model.index(row))
            return
        if key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            elif self.text():
                self.clear()
            else:
                event.ignore()  # let the window have it
            return
        super().keyPressEvent(event)

    def activate_current(self) -> None:
        """Enter: open the highlighted customer, else the first one."""
        index = self.popup.currentIndex() if self.popup.isVisible() else QModelIndex()
        if index.isValid() and index.data(HIT_ROLE) is not None:
            self._activate_index(index)
            return
        if self.pending and self.text().strip():
            self._open_first_when_ready = True
            if self._timer.isActive():
                self.search_now()
            return
        if self.model.hits:
            self._activate_hit(self.model.hits[0])

    def _activate_index(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self._activate_hit(hit)

    def _activate_hit(self, hit) -> None:
        self.popup.hide()
        self.selectAll()
        self.customerActivated.emit(hit.customer_id)

    # -- focus and outside clicks ---------------------------------------------------------
    def focus_and_select(self) -> None:
        """Ctrl+F: put the caret in the box with its text selected (type to replace)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.model.hits:
            self.popup.place()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,):
            QTimer.singleShot(0, self._hide_if_unfocused)

    def _hide_if_unfocused(self) -> None:
        if not self.hasFocus() and not self.popup.underMouse():
            self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and self.popup.isVisible()
            and watched is not self.popup.viewport()
            and watched is not self
            and isinstance(watched, QWidget)
            and watched.window() is not self.popup
        ):
            self.popup.hide()
        elif event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and watched is self.window():
            if self.popup.isVisible():
                self.popup.place()
        return False

    def hideEvent(self, event) -> None:  # noqa: N802
        self.popup.hide()
        super().hideEvent(event)
