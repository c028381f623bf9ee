"""Exporting what a table (or tree) view shows to an ``.xlsx`` file.

"What it shows": the rows of the view's model after its filter and sort (through any
chain of proxy models), rows the view hides left out, and the columns in the
header's visual order without the hidden ones.

Where the rows come from:

* the room/building/… table (:class:`ItemTableModel`, possibly behind proxies): only
  the ordered ids are taken on the GUI thread; the values are read again from the
  database by id, in chunks, on the export's own thread, so 100,000 rows never mean
  1.5 million ``data()`` calls on the GUI thread;
* any other model (the QTableWidget tables, the due list tree): its cells are read on
  the GUI thread (Qt models are not thread-safe) in slices between event-loop turns,
  so the window keeps painting and the progress dialog can cancel; a model that
  changes meanwhile stops the export with a message.

The file is written on a thread of its own, not the context's database thread: that
thread runs the clerk's saves one after another, and a 20-second export must not
hold them up. Reads from another thread are fine (each read opens its own
connection, as the table already does on the GUI thread); the only write, the
disclosure audit of a full-number export, goes through ``ctx.run`` first.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QProcess,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QTreeView,
    QWidget,
)

from crm_desktop import config
from crm_desktop.excel.export import ColumnKind, ExportCancelled, XlsxColumn, write_xlsx
from crm_desktop.services import queries
from crm_desktop.services.disclosure import EXPORT, record_disclosure
from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.table_model import ItemTableModel, enum_text

log = logging.getLogger("crm_desktop.ui")

FETCH_CHUNK = 1000  # ids per database read on the export thread
GUI_SLICE = 2000  # rows read from a Qt model per event-loop turn
FOLDER_KEY = "export/folder"

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole

# ItemTableModel column keys with a known kind (numeric columns not listed: integers).
ITEM_KINDS: dict[str, ColumnKind] = {
    "gross_area": ColumnKind.AREA,
    "inner_area": ColumnKind.AREA,
    "area": ColumnKind.AREA,
}


# --- what the view shows ------------------------------------------------------------------
def visible_columns(view: QAbstractItemView) -> list[int]:
    """Logical columns of the view's model in the header's visual order, hidden ones out."""
    model = view.model()
    count = model.columnCount() if model is not None else 0
    header = _header(view)
    if header is None:
        return list(range(count))
    columns = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if 0 <= logical < count and not header.isSectionHidden(logical):
            columns.append(logical)
    return columns


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def _source(model: QAbstractItemModel) -> QAbstractItemModel:
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    return model


def _to_source(index: QModelIndex) -> QModelIndex:
    model = index.model()
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        index = model.mapToSource(index)
        model = model.sourceModel()
    return index


def _row_hidden(view: QAbstractItemView, row: int, parent: QModelIndex) -> bool:
    if isinstance(view, QTableView):
        return view.isRowHidden(row)
    if isinstance(view, QTreeView):
        return view.isRowHidden(row, parent)
    return False


def _shown_rows(view: QAbstractItemView) -> list[int]:
    model = view.model()
    root = view.rootIndex()
    return [r for r in range(model.rowCount(root)) if not _row_hidden(view, r, root)]


# --- kinds of generic columns -----------------------------------------------------------
_DATE_TEXT = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?")
_DATETIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?")
_ID_TEXT = re.compile(r"\d{6}[\d*]{8}[\d*]{3}[\dXx*]")  # masked or not
_PHONE_TEXT = re.compile(r"1\d{2}[\d*]{4}\d{4}")
_ACCOUNT_TEXT = re.compile(r"\*{4}\d{4}")
_DECIMAL_TEXT = re.compile(r"-?\d+\.\d+")
_MONEY_TEXT = re.compile(r"-?\d{1,3}(,\d{3})*(\.\d+)?")
_INT_TEXT = re.compile(r"-?(0|[1-9]\d{0,9})")
_LONG_DIGITS = re.compile(r"[\d*]{11,}")


def infer_kind(values: Iterable[Any], right_aligned: bool = False) -> ColumnKind:
    """A column's kind from its values: typed values (dates, numbers) first, else the
    shape of the texts. Integers shown as text stay text unless the column is aligned
    right like numbers (room numbers such as "0901" must keep their zero)."""
    seen = [v for v in values if v is not None and v != ""]
    if not seen:
        return ColumnKind.TEXT
    if all(isinstance(v, datetime) for v in seen):
        return ColumnKind.DATETIME
    if all(isinstance(v, date) for v in seen):
        return ColumnKind.DATE
    if all(isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in seen):
        if all(isinstance(v, int) for v in seen):
            return ColumnKind.INTEGER
        return ColumnKind.NUMBER
    texts = [str(v).strip() for v in seen]

    def every(pattern: re.Pattern[str]) -> bool:
        return all(pattern.fullmatch(t) for t in texts)

    for pattern, kind in (
        (_DATE_TEXT, ColumnKind.DATE),
        (_DATETIME_TEXT, ColumnKind.DATETIME),
        (_ID_TEXT, ColumnKind.ID_NUMBER),
        (_PHONE_TEXT, ColumnKind.PHONE),
        (_ACCOUNT_TEXT, ColumnKind.ACCOUNT),
        (_LONG_DIGITS, ColumnKind.CODE),
    ):
        if every(pattern):
            return kind
    if every(_MONEY_TEXT) and any("," in t for t in texts):  # "3,500.00" beside "800.00"
        return ColumnKind.MONEY
    if every(_DECIMAL_TEXT):
        return ColumnKind.NUMBER
    if right_aligned and every(_INT_TEXT):
        return ColumnKind.INTEGER
    return ColumnKind.TEXT


def _plain(value: Any) -> Any:
    """A model's Python value as a cell value (enums as their translated label)."""
    if isinstance(value, Enum):
        return enum_text(value)
    return value


def _cell_value(model: QAbstractItemModel, index: QModelIndex) -> Any:
    """The typed value of a cell when the model gives one (EditRole), else its text."""
    value = model.data(index, _EDIT)
    if value is not None and not isinstance(value, str) and not isinstance(value, Enum):
        if isinstance(value, date | int | float | Decimal):
            return value
    text = model.data(index, _DISPLAY)
    return None if text is None else str(text)


def _right_aligned(model: QAbstractItemModel, column: int) -> bool:
    align = model.headerData(column, Qt.Orientation.Horizontal, _ALIGN)
    try:
        return bool(int(align) & int(Qt.AlignmentFlag.AlignRight.value))
    except (TypeError, ValueError):
        return False


# --- the plan: columns and a row source -------------------------------------------------
@dataclass
class ExportPlan:
    """Columns and rows of one export.

    ``prepare`` (optional) is GUI-thread work stepped in slices between event-loop
    turns before the export thread starts (reading ids or cells out of a Qt model);
    ``rows()`` then runs on the export thread."""

    columns: list[XlsxColumn]
    rows: Callable[[], Iterable[Sequence[Any]]]
    total: int
    prepare: Iterator[Any] | None = None


def _titles(model: QAbstractItemModel, columns: list[int]) -> list[str]:
    titles = []
    for c in columns:
        title = model.headerData(c, Qt.Orientation.Horizontal, _DISPLAY)
        titles.append(str(title) if title is not None else "")
    return titles


def _shown_indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """Column-0 index of every row the view shows, in its order (top level only)."""
    model, root = view.model(), view.rootIndex()
    for r in range(model.rowCount(root)):
        if not _row_hidden(view, r, root):
            yield model.index(r, 0, root)


def item_table_plan(
    ctx: AppContext, view: QAbstractItemView, kinds: dict[int, ColumnKind] | None = None
) -> ExportPlan | None:
    """The fast plan for a view over an :class:`ItemTableModel`: ids on the GUI thread
    (in slices: mapping 100,000 rows through a proxy takes about a second), values read
    again by id, in chunks, on the export thread. None: the view shows another model."""
    model = view.model()
    source = _source(model)
    if not isinstance(source, ItemTableModel) or source.child_kind is None:
        return None
    shown = visible_columns(view)
    meta = source.columns
    # Visible proxy columns → source columns (a proxy may reorder or drop columns).
    source_cols = []
    for c in shown:
        idx = _to_source(model.index(0, c)) if model.rowCount() else None
        source_cols.append(idx.column() if idx is not None and idx.isValid() else c)
    kinds = kinds or {}
    columns = []
    keys = []
    for c, sc, title in zip(shown, source_cols, _titles(model, shown), strict=True):
        column = meta[sc] if 0 <= sc < len(meta) else None
        keys.append(column.key if column else None)
        if c in kinds:
            kind = kinds[c]
        elif column is not None and column.numeric:
            kind = ITEM_KINDS.get(column.key, ColumnKind.INTEGER)
        else:
            kind = ColumnKind.AUTO  # text, enums (as labels), dates if a column has them
        columns.append(XlsxColumn(title, kind))
    db, kind = ctx.db, source.child_kind
    ids: list[int] = []
    direct = model is source

    def collect() -> Iterator[int]:
        for n, index in enumerate(_shown_indexes(view), start=1):
            row = index.row() if direct else _to_source(index).row()
            rid = source.id_at(row)
            if rid is not None:
                ids.append(rid)
            yield n

    def read() -> Iterator[list[Any]]:
        for start in range(0, len(ids), FETCH_CHUNK):
            chunk = ids[start : start + FETCH_CHUNK]
            fetched = queries.table_rows(db, kind, chunk)
            for rid in chunk:
                values = fetched.get(rid, {})
                yield [_plain(values.get(k)) if k else None for k in keys]

    return ExportPlan(columns, read, model.rowCount(view.rootIndex()), collect())


def view_plan(
    view: QAbstractItemView,
    columns: list[int] | None = None,
    kinds: dict[int, ColumnKind] | None = None,
    group_title: str = "",
) -> ExportPlan:
    """The plan for any other model: its shown cells read on the GUI thread (in slices),
    the column kinds inferred from them once all are read.

    Trees are flattened: the rows under a top-level item get its first-column text in a
    leading column titled ``group_title`` (the due list's section)."""
    model = view.model()
    columns = visible_columns(view) if columns is None else columns
    kinds = kinds or {}
    root = view.rootIndex()
    tree = isinstance(view, QTreeView) and any(
        model.rowCount(model.index(r, 0, root)) > 0 for r in range(model.rowCount(root))
    )
    titles = _titles(model, columns)
    right = [_right_aligned(model, c) for c in columns]
    offset = 1 if tree else 0
    plan = ExportPlan([], list, model.rowCount(root))
    rows: list[list[Any]] = []

    def cells(row: int, parent: QModelIndex) -> list[Any]:
        return [_cell_value(model, model.index(row, c, parent)) for c in columns]

    def collect() -> Iterator[int]:
        for head in _shown_indexes(view):
            if not tree:
                rows.append(cells(head.row(), head.parent()))
            else:
                group = model.data(head, _DISPLAY)
                for child in range(model.rowCount(head)):
                    if not _row_hidden(view, child, head):
                        rows.append([group, *cells(child, head)])
            yield len(rows)
        # All cells read: now the kinds can be inferred from every value.
        xcols = [XlsxColumn(group_title, ColumnKind.TEXT)] if tree else []
        for n, (c, title) in enumerate(zip(columns, titles, strict=True)):
            kind = kinds.get(c) or infer_kind(
                (row[n + offset] for row in rows), right_aligned=right[n]
            )
            xcols.append(XlsxColumn(title, kind))
        plan.columns[:] = xcols
        plan.total = len(rows)

    plan.rows = lambda: rows
    plan.prepare = collect()
    return plan


class _SlicedReader(QObject):
    """Steps a GUI-thread generator a slice per event-loop turn, so the window keeps
    painting and Cancel works; a model that changes meanwhile stops it."""

    done = Signal()
    failed = Signal(str)
    progressed = Signal(int)

    def __init__(self, model: QAbstractItemModel, steps: Iterator[Any], parent: QObject) -> None:
        super().__init__(parent)
        self._steps = steps
        self._changed = False
        self._stopped = False
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
        ):
            signal.connect(self._on_change)

    def _on_change(self, *_: Any) -> None:
        self._changed = True

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    def stop(self) -> None:
        self._stopped = True

    def _step(self) -> None:
        if self._stopped:
            return
        if self._changed:
            self.failed.emit(self.tr("The table changed while it was being read. Export it again."))
            return
        done = 0
        for _ in range(GUI_SLICE):
            try:
                done = next(self._steps)
            except StopIteration:
                self.done.emit()
                return
        self.progressed.emit(done)
        QTimer.singleShot(0, self._step)


# --- running an export --------------------------------------------------------------------
def _settings() -> QSettings:
    path = config.settings_path().with_name("window.ini")
    return QSettings(str(path), QSettings.Format.IniFormat)


def ask_path(parent: QWidget | None, default_name: str) -> Path | None:
    """The .xlsx file to write, starting in the folder of the last export."""
    settings = _settings()
    folder = settings.value(FOLDER_KEY, "", str) or str(Path.home())
    name = default_name if default_name.lower().endswith(".xlsx") else default_name + ".xlsx"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportRunner", "Export to Excel"),
        str(Path(folder) / name),
        QCoreApplication.translate("ExportRunner", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.setValue(FOLDER_KEY, str(path.parent))
    return path


_RUNNING: set[ExportRunner] = set()


class ExportRunner(QObject):
    """One export: (audit,) write on its own thread with a cancellable progress dialog,
    then offer to open the file. ``finished(path, rows)`` when written, ``failed(text)``,
    ``cancelled()``."""

    finished = Signal(str, int)
    failed = Signal(str)
    cancelled = Signal()
    _progressed = Signal(int)
    _written = Signal(int)
    _error = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        path: Path,
        *,
        sheet_title: str,
        full_numbers: bool = False,
        customer_ids: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent
        self.path = path
        self._sheet_title = sheet_title
        self._full = full_numbers
        self._customer_ids = list(customer_ids)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._reader: _SlicedReader | None = None
        self.result_box: QMessageBox | None = None
        self._ended = False
        _RUNNING.add(self)  # kept alive while its thread runs, even without a parent
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Export to Excel"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setMinimumWidth(380)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._progressed.connect(self._on_progress)
        self._written.connect(self._on_written)
        self._error.connect(self._on_error)

    # -- entry points ----------------------------------------------------------------------
    def run_plan(self, plan: ExportPlan, model: QAbstractItemModel | None = None) -> None:
        """Do a plan's GUI-thread part in slices (watching ``model`` for changes), then
        write its rows on the export thread."""
        self._begin(plan.total)
        if plan.prepare is None or model is None:
            self._after_audit(lambda: self._start_thread(plan))
            return
        self.progress.setLabelText(self.tr("Reading the table…"))
        reader = _SlicedReader(model, plan.prepare, self)
        self._reader = reader

        def ready() -> None:
            self._reader = None
            self.progress.setMaximum(max(1, plan.total))
            self.progress.setValue(0)
            self._after_audit(lambda: self._start_thread(plan))

        reader.done.connect(ready)
        reader.failed.connect(self._fail)
        reader.progressed.connect(self._on_progress)
        reader.start()

    def group_title(self) -> str:
        """Header of the leading column of a flattened tree (the due list's sections)."""
        return self.tr("Group")

    # -- steps -----------------------------------------------------------------------------
    def _begin(self, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.progress.setLabelText(
            self.tr("Exporting {count} rows to {file}…").format(
                count=f"{total:,}", file=self.path.name
            )
        )

    def _after_audit(self, then: Callable[[], None]) -> None:
        if not self._customer_ids:
            self._full = False  # nobody to audit the disclosure for: numbers stay masked
        if not self._full:
            then()
            return
        self._ctx.run(
            record_disclosure,
            self._ctx.db,
            self._ctx.actor,
            EXPORT,
            self.path.name,
            self._customer_ids,
            on_done=lambda _n: then(),
            on_error=self._on_error,
        )

    def _start_thread(self, plan: ExportPlan) -> None:
        if self._stop.is_set():
            self._finish_cancelled()
            return
        self.progress.setLabelText(
            self.tr("Exporting {count} rows to {file}…").format(
                count=f"{self.progress.maximum():,}", file=self.path.name
            )
        )

        def work() -> None:
            try:
                written = write_xlsx(
                    self.path,
                    plan.columns,
                    plan.rows(),
                    sheet_title=self._sheet_title,
                    progress=self._progressed.emit,
                    cancelled=self._stop.is_set,
                    full_numbers=self._full,
                )
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                self._error.emit(exc)
            else:
                self._written.emit(written)

        self._thread = threading.Thread(target=work, name="crm-export", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Stop at the next check (the partial file is deleted)."""
        self._stop.set()
        if self._reader is not None:  # still reading the table on the GUI thread
            self._reader.stop()
            self._reader = None
            self._finish_cancelled()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the export thread (at exit, and in tests)."""
        if self._thread is not None:
            self._thread.join(timeout)

    # -- results (GUI thread) --------------------------------------------------------------
    def _on_progress(self, done: int) -> None:
        if not self._stop.is_set() and not self._ended:
            self.progress.setValue(min(done, self.progress.maximum()))

    def _end(self) -> None:
        self._ended = True
        self.progress.reset()
        self.progress.hide()
        _RUNNING.discard(self)

    def _on_written(self, rows: int) -> None:
        self._end()
        self.finished.emit(str(self.path), rows)
        self._show_result(rows)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, ExportCancelled):
            self._finish_cancelled()
            return
        if isinstance(exc, PermissionError):
            text = self.tr(
                "Could not write {file}: it is open in another program (Excel or WPS?) or "
                "the folder is read-only. Close the file there or choose another folder, "
                "then export again."
            ).format(file=self.path)
        elif isinstance(exc, OSError):
            text = self.tr(
                "Could not write {file}: {error}. Choose another folder or file name and "
                "export again."
            ).format(file=self.path, error=exc.strerror or exc)
        else:
            log.error("export to %s failed", self.path, exc_info=exc)
            text = error_text(exc)
        self._fail(text)

    def _fail(self, text: str) -> None:
        self._end()
        self.failed.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export to Excel"), text, parent=self._widget
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.open()

    def _finish_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()

    def _show_result(self, rows: int) -> None:
        box = QMessageBox(self._widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export to Excel"))
        box.setText(
            self.tr("{count} rows exported to {file}.").format(
                count=f"{rows:,}", file=self.path.name
            )
        )
        box.setInformativeText(str(self.path.parent))
        open_button = box.addButton(self.tr("&Open the file"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: Any) -> None:
            if button is open_button:
                open_file(self.path)
            elif button is folder_button:
                show_in_folder(self.path)

        box.buttonClicked.connect(clicked)
        self.result_box = box
        box.open()


def running_exports() -> list[ExportRunner]:
    """Exports still being written (the main window asks before closing over them)."""
    return [r for r in _RUNNING if not r._ended]


def stop_running_exports(timeout: float = 10.0) -> None:
    """Cancel every export still being written and wait for its thread, so its partial
    file is deleted (at exit a daemon thread would die with the ``.part`` file left)."""
    for runner in running_exports():
        runner.cancel()
    for runner in running_exports():
        runner.wait(timeout)


def open_file(path: Path) -> None:
    """Open a file with the program the system associates with it (Excel, WPS …)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> None:
    """Open the file's folder, with the file selected where the system allows it."""
    if sys.platform == "win32":
        QProcess.startDetached("explorer.exe", ["/select,", str(path)])
    elif sys.platform == "darwin":
        QProcess.startDetached("open", ["-R", str(path)])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


# --- the one call the windows make ---------------------------------------------------------
def export_view(
    ctx: AppContext,
    view: QAbstractItemView,
    parent: QWidget | None,
    *,
    default_name: str,
    sheet_title: str | None = None,
    kinds: dict[int, ColumnKind] | None = None,
    path: Path | None = None,
) -> ExportRunner | None:
    """Ask for a file name and export what ``view`` shows; None if the clerk cancelled.

    ``kinds`` (view model column → kind) overrides what is inferred, e.g. to mark a
    phone column. Numbers shown masked stay masked: a full-number export of customers
    goes through :func:`export_rows` with the customer ids.
    """
    model = view.model()
    if model is None:
        return None
    if path is None:
        path = ask_path(parent, default_name)
        if path is None:
            return None
    title = sheet_title or Path(default_name).stem
    runner = ExportRunner(ctx, parent, path, sheet_title=title)
    plan = item_table_plan(ctx, view, kinds)
    if plan is None:
        plan = view_plan(view, kinds=kinds, group_title=runner.group_title())
    runner.run_plan(plan, model)
    return runner


def export_rows(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    default_name: str,
    columns: Sequence[XlsxColumn],
    rows: Callable[[], Iterable[Sequence[Any]]],
    total: int,
    sheet_title: str | None = None,
    customer_ids: Sequence[int] = (),
    full_numbers: bool = False,
    path: Path | None = None,
) -> ExportRunner | None:
    """Export rows read by ``rows()`` (called on the export thread: read through the
    services there) with progress and cancel. With ``full_numbers`` the disclosure of
    ``customer_ids`` is audited first; without ids a full-number export is refused."""
    if full_numbers and any(c.sensitive for c in columns) and not customer_ids:
        raise ValueError("full numbers are exported only for known customers")
    if path is None:
        path = ask_path(parent, default_name)
        if path is None:
            return None
    runner = ExportRunner(
        ctx,
        parent,
        path,
        sheet_title=sheet_title or Path(default_name).stem,
        full_numbers=full_numbers,
        customer_ids=customer_ids,
    )
    runner.run_plan(ExportPlan(list(columns), rows, total))
    return runner
