"""Print a report from the window, with a preview: customer cards (one customer, a
building's, a project's), the room ledger, the occupancy summary, handover sheet and
progress, lease expiry and the transfer register.

The dialog makes the PDF as soon as it opens (on the database thread, with the busy
indicator) and shows it in Qt's PDF view, with zoom and page navigation. The clerk then
prints it through the system print dialog, saves it as a PDF, or opens it in the PC's
own PDF viewer. Changing an option (full numbers, days ahead, the period) remakes the
preview after a short pause; Print and Save always act on a PDF made with the options
on screen, waiting for it if it is still being made.

For customer cards, "Print full ID and phone numbers" is recorded in each customer's
audit when the PDF with full numbers is made, before anything shows it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPointF, QRect, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.dialogs.base import ERROR_COLOR
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.i18n import document_language
from crm_desktop.ui.qdates import today_qdate

try:  # QtPdf: PySide6-Addons (< 6.12) on Python 3.11, PySide6-Pdf on 3.12+
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - an installation without the PDF module
    QPdfDocument = QPdfView = None

CARDS = "cards"
LEDGER = "ledger"
OCCUPANCY = "occupancy"
PROGRESS = "handover_progress"
SHEET = "handover_sheet"
LEASES = "leases"
TRANSFERS = "transfers"


class ReportDialog(QDialog):
    """One report of one scope, previewed, ready to print or save.

    ``kind``: CARDS, LEDGER …; ``scope``: {"customer_ids": [...]} or {"building_id": n}
    or {"project_id": n} or {"room_id": n}; ``what``: how the clerk names it
    ("翠湖花园 3栋").
    """

    ZOOM_STEP = 1.25
    ZOOM_RANGE = (0.25, 4.0)
    PRINT_DPI = 300  # pages are drawn onto the printer at this resolution
    REFRESH_DELAY_MS = 400  # after an option changes, before the preview is remade

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        scope: dict,
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReportDialog")
        self.ctx, self.kind, self.scope, self.what = ctx, kind, dict(scope), what
        self.last_path: Path | None = None  # the last PDF saved
        self.last_opened: Path | None = None  # the last PDF handed to the PC's viewer
        self.pages = 0  # of the PDF on show
        self._busy = False
        self._version = 0  # bumped by every change of an option
        self._made: tuple[int, Path] | None = None  # (version, file) of the current PDF
        self._waiting: dict[str, Callable[[Path], None]] = {}  # actions waiting for it
        self._folder = Path(tempfile.mkdtemp(prefix="crm-report-"))
        self.setWindowTitle(self._title())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro())
        self.intro.setObjectName("reportIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self._options_row())
        layout.addLayout(self._tool_row())
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Making the PDF…"))
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.document = QPdfDocument(self) if QPdfDocument is not None else None
        self.view = None
        if QPdfView is not None:
            self.view = QPdfView(self)
            self.view.setObjectName("pdfPreview")
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setPageSpacing(12)
            self.view.setDocument(self.document)
            self.view.setBackgroundRole(QPalette.ColorRole.Dark)
            self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
            self.view.zoomFactorChanged.connect(self._show_zoom)
            self.view.zoomModeChanged.connect(self._show_zoom)
            self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.message, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(self.REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (
            self.full_numbers.toggled,
            self.days.valueChanged,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self._options_changed)
        self.finished.connect(self._clean_up)
        self._fit_to_screen()
        self._set_busy(False)
        QTimer.singleShot(0, self.refresh)

    # -- building the dialog ------------------------------------------------------------
    def _options_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.full_numbers = QCheckBox(self.tr("Print &full ID and phone numbers"))
        self.full_numbers.setObjectName("fullNumbersCheck")
        self.full_numbers.setToolTip(
            self.tr(
                "Personal information: each customer's record notes that their full numbers "
                "were printed, by whom and when (as soon as the preview shows them)."
            )
        )
        self.full_numbers.setVisible(self.kind == CARDS)
        row.addWidget(self.full_numbers)
        self.days = QSpinBox(self)
        self.days.setObjectName("reportDays")
        self.days.setRange(1, 3660)
        self.days.setValue(int(self.scope.pop("days", 30)))
        self.days.setSuffix(self.tr(" days"))
        self.date_from = QDateEdit(today_qdate().addMonths(-1), self)
        self.date_to = QDateEdit(today_qdate(), self)
        for edit, name in ((self.date_from, "reportFrom"), (self.date_to, "reportTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        if self.kind == LEASES:
            self._labelled(row, self.tr("Leases ending &within:"), self.days)
        if self.kind == TRANSFERS:
            self._labelled(row, self.tr("&From:"), self.date_from)
            self._labelled(row, self.tr("&To:"), self.date_to)
        self.days.setVisible(self.kind == LEASES)
        self.date_from.setVisible(self.kind == TRANSFERS)
        self.date_to.setVisible(self.kind == TRANSFERS)
        row.addStretch(1)
        return row

    def _labelled(self, row: QHBoxLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        row.addWidget(label)
        row.addWidget(field)

    def _tool_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printReportButton")
        self.print_button.setToolTip(self.tr("Print with the system print dialog (Ctrl+P)"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("saveReportButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.open_button = QPushButton(self.tr("&Open in PDF viewer"))
        self.open_button.setObjectName("openReportButton")
        self.open_button.setToolTip(self.tr("Open the PDF in this PC's own PDF viewer"))
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        for button in (self.print_button, self.save_button, self.open_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.zoom_out_button = self._tool("zoomOutButton", "−", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / self.ZOOM_STEP))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("zoomInButton", "+", self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        QShortcut(QKeySequence("Ctrl+="), self, self.zoom_in_button.click)  # + without Shift
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(self.ZOOM_STEP))
        self.fit_width_button = QPushButton(self.tr("Fit w&idth"))
        self.fit_width_button.setObjectName("fitWidthButton")
        self.fit_width_button.clicked.connect(lambda: self._zoom_mode("FitToWidth"))
        self.whole_page_button = QPushButton(self.tr("W&hole page"))
        self.whole_page_button.setObjectName("wholePageButton")
        self.whole_page_button.clicked.connect(lambda: self._zoom_mode("FitInView"))
        self.previous_button = self._tool("previousPageButton", "◀", self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.next_button = self._tool("nextPageButton", "▶", self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_width_button,
            self.whole_page_button,
            self.previous_button,
            self.page_label,
            self.next_button,
        ):
            if isinstance(widget, QPushButton):
                widget.setAutoDefault(False)
            row.addWidget(widget)
        return row

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def _fit_to_screen(self) -> None:
        """Tall enough for most of an A4 page at full width, inside the screen."""
        screen = (self.parentWidget() or self).screen() or QApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 860, 960
        if available is not None:
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def _title(self) -> str:
        what = self.what
        return {
            CARDS: self.tr("Customer cards – {what}"),
            LEDGER: self.tr("Room ledger – {what}"),
            OCCUPANCY: self.tr("Occupancy summary – {what}"),
            PROGRESS: self.tr("Handover progress – {what}"),
            SHEET: self.tr("Handover sheet – {what}"),
            LEASES: self.tr("Lease expiry – {what}"),
            TRANSFERS: self.tr("Transfer register – {what}"),
        }[self.kind].format(what=what)

    def _intro(self) -> str:
        others = {
            OCCUPANCY: self.tr(
                "Rooms and parking spaces of {what} by status and use, with a bar chart."
            ),
            PROGRESS: self.tr(
                "Sold rooms of {what} handed over, scheduled, overdue or not scheduled; the "
                "appointments and the open defects."
            ),
            SHEET: self.tr(
                "The handover sheet of {what}: keys, meter readings, the checklist with its "
                "defects and signature lines, for the owner to sign."
            ),
            LEASES: self.tr("The leases of {what} ending within the days below."),
            TRANSFERS: self.tr("The transfers of ownership of {what} in the period below."),
        }
        if self.kind in others:
            return others[self.kind].format(what=self.what)
        if self.kind == LEDGER:
            return self.tr(
                "Every room of {what} with its use, area, status, owners, tenant and handover "
                "date, on A4 landscape."
            ).format(what=self.what)
        if "customer_ids" in self.scope:
            return self.tr(
                "The customer card of {what}: details, identities, family and residents, "
                "vehicles, accounts and signature lines. ID and phone numbers are masked "
                "unless you tick the box below."
            ).format(what=self.what)
        return self.tr(
            "The cards of every customer of {what}, one per page in room order. ID and "
            "phone numbers are masked unless you tick the box below."
        ).format(what=self.what)

    # -- making the PDF ----------------------------------------------------------------
    def _maker(self, path: Path) -> Callable[[], int]:
        from crm_desktop.reports import (
            cards,
            handover_progress,
            handover_sheet,
            leases,
            ledger,
            occupancy,
            transfers,
        )

        db, actor, lang = self.ctx.db, self.ctx.actor, document_language()
        office = getattr(self.ctx.settings, "office_name", "") or None
        full = self.kind == CARDS and self.full_numbers.isChecked()
        scope = self.scope
        project = {k: v for k, v in scope.items() if k == "project_id"}
        if self.kind == OCCUPANCY:
            return lambda: occupancy.occupancy_pdf(
                db, actor, path, lang=lang, office=office, **project
            )
        if self.kind == PROGRESS:
            return lambda: handover_progress.handover_progress_pdf(
                db, actor, path, lang=lang, office=office, **scope
            )
        if self.kind == SHEET:
            return lambda: handover_sheet.handover_sheet_pdf(
                db, actor, path, lang=lang, office=office, **scope
            )
        if self.kind == LEASES:
            days = self.days.value()
            return lambda: leases.lease_expiry_pdf(
                db, actor, path, days=days, lang=lang, office=office, **project
            )
        if self.kind == TRANSFERS:
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
            return lambda: transfers.transfer_register_pdf(
                db, actor, path, date_from=first, date_to=last, lang=lang, office=office, **project
            )
        if self.kind == LEDGER:
            return lambda: ledger.room_ledger_pdf(
                db, actor, path, lang=lang, office=office, **scope
            )
        if "customer_ids" in scope:
            ids = scope["customer_ids"]
            return lambda: cards.customer_card_pdf(
                db, actor, ids, path, full_numbers=full, lang=lang, office=office
            )
        return lambda: cards.building_cards_pdf(
            db, actor, path, full_numbers=full, lang=lang, office=office, **scope
        )

    # -- the preview ------------------------------------------------------------------
    def _options_changed(self, *_args) -> None:
        self._version += 1
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Make the PDF with the options on screen (unless it is being made: then again
        when that one is done, if the options changed meanwhile)."""
        self._refresh_timer.stop()
        if self._busy or self._current() is not None:
            return
        version = self._version
        path = self._folder / str(version) / self._file_name()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Making the PDF…"))
        maker = self._maker(path)

        def done(pages: int) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self._made = (version, path)
            if version != self._version:  # an option changed while it was made
                self.refresh()
                return
            self._show(path, pages)
            waiting, self._waiting = self._waiting, {}
            for action in waiting.values():
                action(path)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self._waiting.clear()
            self.message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.message.setText(error_text(exc))
            self.placeholder.setText(error_text(exc))
            self.stack.setCurrentWidget(self.placeholder)

        self.ctx.run(maker, on_done=done, on_error=failed)

    def _current(self) -> Path | None:
        """The PDF made with the options on screen, if there is one."""
        if self._made is not None and self._made[0] == self._version:
            return self._made[1]
        return None

    def _show(self, path: Path, pages: int) -> None:
        self.pages = pages
        self.message.setText(
            self.tr("Pages: {pages}").format(pages=pages)
            if pages
            else self.tr("The report is empty.")
        )
        if self.document is None:
            self.placeholder.setText(
                self.tr(
                    "This installation has no PDF preview (Qt's PDF module is missing). "
                    "Print, save or open the PDF with the buttons above."
                )
            )
            return
        self.document.close()
        self.document.load(str(path))
        self.stack.setCurrentWidget(self.view)
        self._discard_older(path)
        self._update_controls()
        self._show_zoom()

    def _discard_older(self, keep: Path) -> None:
        """Earlier previews' files (those a PDF viewer still holds open stay till the end)."""
        for folder in self._folder.iterdir():
            if folder != keep.parent:
                shutil.rmtree(folder, ignore_errors=True)

    def _when_made(self, name: str, action: Callable[[Path], None]) -> None:
        """Run ``action(pdf)`` on the PDF of the options on screen, now or once it is made."""
        path = self._current()
        if path is not None and not self._busy:
            action(path)
            return
        self._waiting[name] = action
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._update_controls()
        if busy and self._made is None:
            self.placeholder.setText(self.tr("Making the PDF…"))
            self.stack.setCurrentWidget(self.placeholder)

    def _update_controls(self) -> None:
        shown = not self._busy and self.pages > 0 and self.view is not None
        for w in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_width_button,
            self.whole_page_button,
        ):
            w.setEnabled(shown)
        self._show_page_number()

    # -- zoom and pages ---------------------------------------------------------------
    def zoom_by(self, factor: float) -> None:
        if self.view is None:
            return
        low, high = self.ZOOM_RANGE
        zoom = min(high, max(low, self.view.zoomFactor() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _zoom_mode(self, mode: str) -> None:
        if self.view is not None:
            self.view.setZoomMode(getattr(QPdfView.ZoomMode, mode))

    def _show_zoom(self, *_args) -> None:
        if self.view is None:
            return
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Width"))
        elif mode == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("Page"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%")

    def current_page(self) -> int:
        """0-based page at the top of the view."""
        return self.view.pageNavigator().currentPage() if self.view is not None else 0

    def go_to_page(self, page: int) -> None:
        if self.view is None or not self.pages:
            return
        page = min(max(page, 0), self.pages - 1)
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _show_page_number(self, *_args) -> None:
        if not self.pages:
            self.page_label.setText("")
        else:
            self.page_label.setText(
                self.tr("Page {page} of {pages}").format(
                    page=self.current_page() + 1, pages=self.pages
                )
            )
        page = self.current_page()
        self.previous_button.setEnabled(not self._busy and page > 0)
        self.next_button.setEnabled(not self._busy and page + 1 < self.pages)

    # -- print, save, open ------------------------------------------------------------
    def print_pdf(self) -> None:
        self._when_made("print", self._ask_and_print)

    def _ask_and_print(self, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title())
        # Preset to the report's paper (A4, landscape for the ledger); the clerk may change it.
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        if self.document is not None and self.document.pageCount():
            self._orient(printer, self.document, 0)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {what}").format(what=self._title()))
        dialog.setMinMax(1, max(self.pages, 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = 1, self.pages
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            first, last = printer.fromPage(), printer.toPage()
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self.current_page() + 1
        printed = self.print_to(printer, path, first, last, orient=False)
        if printed:
            self.message.setText(
                self.tr("{printed} of {pages} pages sent to the printer").format(
                    printed=printed, pages=self.pages
                )
            )

    def print_to(
        self, printer: QPrinter, path: Path, first: int = 1, last: int = 0, *, orient: bool = True
    ) -> int:
        """Draw pages ``first``‥``last`` (1-based, 0 = the end) of ``path`` onto
        ``printer``, each fitted to the printable area; returns how many were printed.
        ``orient``: turn the paper to the first page's orientation (else as the printer is
        set, e.g. by the clerk in the print dialog)."""
        if QPdfDocument is None:
            self.message.setText(self.tr("Printing needs Qt's PDF module; open the PDF instead."))
            return 0
        document = QPdfDocument(self)
        document.load(str(path))
        total = document.pageCount()
        last = total if last <= 0 else min(last, total)
        first = max(first, 1)
        if first > last:
            document.close()
            return 0
        if orient:
            self._orient(printer, document, first - 1)
        progress = None
        if last - first >= 4:
            progress = QProgressDialog(
                self.tr("Printing…"), self.tr("Cancel"), 0, last - first + 1, self
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)
        painter = QPainter()
        if not painter.begin(printer):
            document.close()
            self.message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.message.setText(self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            for page in range(first - 1, last):
                if progress is not None:
                    progress.setValue(printed)
                    if progress.wasCanceled():
                        break
                if printed:
                    printer.newPage()
                self._draw_page(painter, document, page)
                printed += 1
        finally:
            painter.end()
            document.close()
            if progress is not None:
                progress.close()
        return printed

    @staticmethod
    def _orient(printer: QPrinter, document, page: int) -> None:
        size = document.pagePointSize(page)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if size.width() > size.height()
            else QPageLayout.Orientation.Portrait
        )

    def _draw_page(self, painter: QPainter, document, page: int) -> None:
        target = painter.viewport()
        points = document.pagePointSize(page)
        scale = min(target.width() / points.width(), target.height() / points.height())
        dpi = min(self.PRINT_DPI, max(72, int(scale * 72)))
        image = document.render(
            page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        )
        width, height = round(points.width() * scale), round(points.height() * scale)
        painter.setViewport(target.x(), target.y(), target.width(), target.height())
        painter.setWindow(0, 0, target.width(), target.height())
        painter.drawImage(QRect(0, 0, width, height), image)

    def _file_name(self) -> str:
        base = self._title().replace(" – ", " ")
        return "".join(ch for ch in base if ch not in '\\/:*?"<>|').strip() + ".pdf"

    def save_pdf(self) -> None:
        settings = QSettings()
        folder = settings.value("reports/folder", str(Path.home()))
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as PDF"),
            str(Path(str(folder)) / self._file_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        settings.setValue("reports/folder", str(target.parent))
        self._when_made("save", lambda path: self._copy(path, target))

    def _copy(self, path: Path, target: Path) -> None:
        try:
            shutil.copyfile(path, target)
        except OSError as exc:
            self.message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.message.setText(
                self.tr(
                    "The PDF could not be saved to {path}: {reason}. Choose another folder, "
                    "or close the file if another program has it open."
                ).format(path=target, reason=exc.strerror or exc)
            )
            return
        self.last_path = target
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("{pages} pages written to {path}").format(pages=self.pages, path=target)
        )

    def open_pdf(self) -> None:
        self._when_made("open", self.show_file)

    def show_file(self, path: Path) -> None:
        """Open in the system's PDF viewer (not in the test suite: there is none)."""
        self.last_opened = path
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _clean_up(self, *_args) -> None:
        """The previews go with the dialog (a file a PDF viewer holds open stays)."""
        if self.document is not None:
            self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
