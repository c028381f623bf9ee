"""Print a report from the window: customer cards (one customer, a building's, a
project's) and the room ledger.

The dialog says what will be printed and, for cards, offers "Print full ID and phone
numbers" (recorded in each customer's audit before the PDF is made). *Open* writes the
PDF to a temporary file and opens it in the PC's PDF viewer, which previews, zooms and
prints it with the system print dialog; *Save as PDF…* writes it where the clerk
chooses. The PDF is made on the database thread (a building's cards take a few
seconds), with the busy indicator showing.

An in-window preview (Qt's PDF view) needs the QtPdf module, which this program's Qt
has only from 6.12 on Python 3.12; see the README.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.dialogs.base import ERROR_COLOR
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.qdates import today_qdate

CARDS = "cards"
LEDGER = "ledger"
OCCUPANCY = "occupancy"
PROGRESS = "handover_progress"
SHEET = "handover_sheet"
LEASES = "leases"
TRANSFERS = "transfers"


def _lang() -> str:
    """Reports in the interface's language (install_translations sets the default locale)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class ReportDialog(QDialog):
    """One report of one scope, ready to open or save.

    ``kind``: CARDS or LEDGER; ``scope``: {"customer_ids": [...]} or {"building_id": n}
    or {"project_id": n}; ``what``: how the clerk names it ("翠湖花园 3栋").
    """

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
        self.last_path: Path | None = None
        self._busy = False
        self.setWindowTitle(self._title())
        layout = QVBoxLayout(self)
        self.intro = QLabel(self._intro())
        self.intro.setObjectName("reportIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.full_numbers = QCheckBox(self.tr("Print &full ID and phone numbers"))
        self.full_numbers.setObjectName("fullNumbersCheck")
        self.full_numbers.setToolTip(
            self.tr(
                "Personal information: each customer's record notes that their full numbers "
                "were printed, by whom and when."
            )
        )
        self.full_numbers.setVisible(kind == CARDS)
        layout.addWidget(self.full_numbers)
        # The options some reports have: days ahead, a period.
        options = QFormLayout()
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
        if kind == LEASES:
            options.addRow(self.tr("Leases ending &within:"), self.days)
        if kind == TRANSFERS:
            options.addRow(self.tr("&From:"), self.date_from)
            options.addRow(self.tr("&To:"), self.date_to)
        self.days.setVisible(kind == LEASES)
        self.date_from.setVisible(kind == TRANSFERS)
        self.date_to.setVisible(kind == TRANSFERS)
        layout.addLayout(options)
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openReportButton")
        self.open_button.setToolTip(
            self.tr("Open the PDF in this PC's PDF viewer, to look at it and print it")
        )
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("saveReportButton")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(460, 200)

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

        db, actor, lang = self.ctx.db, self.ctx.actor, _lang()
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

    def make(self, path: Path, then: Callable[[int], None]) -> None:
        """Write the PDF to ``path`` on the database thread, then ``then(pages)``."""
        if self._busy:
            return
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Making the PDF…"))
        maker = self._maker(path)

        def done(pages: int) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self.last_path = path
            self.message.setText(
                self.tr("{pages} pages written to {path}").format(pages=pages, path=path)
            )
            then(pages)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self.message.setStyleSheet(f"color: {ERROR_COLOR};")
            self.message.setText(error_text(exc))

        self.ctx.run(lambda: maker(), on_done=done, on_error=failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.open_button, self.save_button, self.full_numbers):
            w.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _file_name(self) -> str:
        base = self._title().replace(" – ", " ")
        return "".join(ch for ch in base if ch not in '\\/:*?"<>|').strip() + ".pdf"

    def open_pdf(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="crm-report-"))
        path = folder / self._file_name()
        self.make(path, lambda _pages: self.show_file(path))

    def show_file(self, path: Path) -> None:
        """Open in the system's PDF viewer (not in the test suite: there is none)."""
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

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
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        settings.setValue("reports/folder", str(path.parent))
        self.make(path, lambda _pages: None)
