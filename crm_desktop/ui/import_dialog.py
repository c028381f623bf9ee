"""Import from Excel: templates, a dry run first, then the import in one step.

The clerk picks a file (or first saves a template to fill in); every row is checked on
the database thread with the same validators as the forms, with progress and Cancel,
and the window stays usable. The result is a table of problems (sheet, row, column,
value, what to do) that can be saved as a copy of the file with an error column.
Nothing is written until the clerk confirms a file without errors, or chooses to
import only the valid rows; the import is one transaction after an automatic backup.
"""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.dialogs.base import ERROR_COLOR
from crm_desktop.ui.errors import error_text

GOOD_COLOR = "#2e7d32"


def _translate(message: str) -> str:
    return QCoreApplication.translate("Errors", message)


class _Progress(QObject):
    """Progress reported from the database thread, delivered on the GUI thread."""

    changed = Signal(int, int)  # done, total


class ImportDialog(QDialog):
    """Check, then import, one Excel file."""

    imported = Signal(object)  # the ImportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.ctx = ctx
        self.path: Path | None = None
        self.check = None
        self.result = None
        self._cancel = threading.Event()
        self._running = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self.setWindowTitle(self.tr("Import from Excel"))

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Import buildings and rooms, customers with their rooms, or parking spaces "
                "and vehicles. Fill in a template (it explains each column), then choose the "
                "file: every row is checked first and nothing is written until you confirm."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("chooseImportFile")
        self.template_button = QPushButton(self.tr("Get a &template"))
        self.template_button.setObjectName("templateButton")
        menu = QMenu(self.template_button)
        for key, text in (
            ("rooms", self.tr("Buildings and rooms")),
            ("customers", self.tr("Customers with their rooms")),
            ("parking", self.tr("Parking spaces and vehicles")),
        ):
            menu.addAction(text, lambda k=key, t=text: self.save_template(k, t))
        self.template_button.setMenu(menu)
        self.file_label = QLabel()
        self.file_label.setObjectName("importFileLabel")
        row.addWidget(self.choose_button)
        row.addWidget(self.template_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)

        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelImportWork")
        self.cancel_button.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout.addLayout(bar)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.problems = QTableWidget(0, 5)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setHorizontalHeaderLabels(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("Problem"),
            ]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.problems, 1)

        self.only_valid = QCheckBox(self.tr("Import only the &valid rows (leave the others out)"))
        self.only_valid.setObjectName("onlyValidCheck")
        self.only_valid.hide()
        layout.addWidget(self.only_valid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Save problems copy…"))
        self.copy_button.setObjectName("saveProblemsCopy")
        self.copy_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.start_import)
        layout.addWidget(buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.copy_button.clicked.connect(self.save_problems_copy)
        self.only_valid.toggled.connect(lambda _on: self._update_buttons())
        self.resize(860, 560)

    # -- files --------------------------------------------------------------------------
    def _folder(self) -> str:
        return str(QSettings().value("import/folder", str(Path.home())))

    def _remember(self, path: Path) -> None:
        QSettings().setValue("import/folder", str(path.parent))

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the Excel file"), self._folder(), self.tr("Excel (*.xlsx)")
        )
        if chosen:
            self.check_file(Path(chosen))

    def save_template(self, key: str, text: str) -> None:
        from crm_desktop.excel import templates

        name = self.tr("Template {what}.xlsx").format(what=text)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the template"), str(Path(self._folder()) / name), "Excel (*.xlsx)"
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            templates.write_template(key, path)
        except OSError as exc:
            self._say(error_text(exc), error=True)
            return
        self._remember(path)
        self._say(self.tr("Template saved: {path}").format(path=path))

    # -- the dry run --------------------------------------------------------------------
    def check_file(self, path: Path) -> None:
        """Check every row of ``path`` (on the database thread); nothing is written."""
        from crm_desktop.excel import importing

        self.path, self.check = path, None
        self._remember(path)
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.problems.setRowCount(0)
        self._say(self.tr("Checking every row…"))
        self._run(
            importing.dry_run,
            self.ctx.db,
            path,
            then=self._checked,
        )

    def _checked(self, check) -> None:
        self.check = check
        rows = []
        for p in check.problems:
            rows.append(
                (
                    p.sheet,
                    "" if p.row is None else str(p.row),
                    p.column,
                    p.value,
                    p.text(_translate),
                    p.warning,
                )
            )
        self.problems.setRowCount(len(rows))
        for r, (*cells, warning) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 4 and not warning:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.problems.setItem(r, c, item)
        counts = "；".join(
            self.tr("{what}: {create} new, {update} changed, {same} unchanged").format(
                what=self._kind_word(key),
                create=n.create,
                update=n.update,
                same=n.unchanged,
            )
            for key, n in check.counts.items()
        )
        if check.ok:
            text = self.tr("{rows} rows checked, no problems. {counts}").format(
                rows=check.rows, counts=counts
            )
            self._say(text, good=True)
        else:
            text = self.tr(
                "{rows} rows checked: {errors} problems in {bad} rows. Fix them in the file "
                "(Save problems copy shows each beside its row) and choose it again, or import "
                "only the {valid} valid rows. {counts}"
            ).format(
                rows=check.rows,
                errors=len(check.errors),
                bad=len(check.error_rows),
                valid=check.valid_rows,
                counts=counts,
            )
            self._say(text, error=True)
        self.only_valid.setChecked(False)
        self.only_valid.setVisible(not check.ok and check.valid_rows > 0 and not check.fatal)
        self._update_buttons()

    def _kind_word(self, key: str) -> str:
        return {
            "building": self.tr("buildings"),
            "room": self.tr("rooms"),
            "customer": self.tr("customers"),
            "identity": self.tr("identities"),
            "space": self.tr("parking spaces"),
            "vehicle": self.tr("vehicles"),
        }.get(key, key)

    def save_problems_copy(self) -> None:
        from crm_desktop.excel import importing

        if self.check is None or self.path is None:
            return
        name = self.path.with_name(self.path.stem + self.tr(" (problems)") + ".xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the problems copy"), str(name), "Excel (*.xlsx)"
        )
        if not chosen:
            return
        try:
            importing.write_problems_copy(self.path, self.check, chosen, translate=_translate)
        except OSError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("Problems copy saved: {path}").format(path=chosen))

    # -- the import ---------------------------------------------------------------------
    def start_import(self) -> None:
        from crm_desktop.excel import importing

        if self.check is None or self.path is None or self._running:
            return
        self._say(self.tr("Importing… (a backup of the database is made first)"))
        self._run(
            importing.import_file,
            self.ctx.db,
            self.ctx.actor,
            self.path,
            only_valid=self.only_valid.isChecked(),
            then=self._imported,
        )

    def _imported(self, result) -> None:
        self.result = result
        written = "；".join(
            self.tr("{what}: {create} new, {update} changed").format(
                what=self._kind_word(key), create=n.create, update=n.update
            )
            for key, n in result.counts.items()
        )
        text = self.tr("Imported. {written}").format(written=written)
        if result.skipped_rows:
            text += " " + self.tr("{n} rows with problems were left out.").format(
                n=result.skipped_rows
            )
        if result.backup is not None:
            text += " " + self.tr("Backup made first: {path}").format(path=result.backup)
        self._say(text, good=True)
        self.check = None
        self._update_buttons()
        # Anything may have changed: the views re-read what they show, as after a save
        # on another PC.
        self.ctx.externalChange.emit()
        self.imported.emit(result)

    # -- running on the database thread ---------------------------------------------------
    def _run(self, fn, *args, then, **kwargs) -> None:
        self._cancel.clear()
        self._running = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._update_buttons()
        progress = self._progress

        def report(done: int, total: int) -> None:
            progress.changed.emit(done, total)

        def done(result) -> None:
            if shiboken6.isValid(self):
                self._stopped()
                then(result)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._stopped()
                self._say(error_text(exc), error=True)

        self.ctx.run(
            fn,
            *args,
            progress=report,
            cancelled=self._cancel.is_set,
            on_done=done,
            on_error=failed,
            **kwargs,
        )

    def _stopped(self) -> None:
        self._running = False
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _update_buttons(self) -> None:
        check = self.check
        busy = self._running
        self.choose_button.setEnabled(not busy)
        self.template_button.setEnabled(not busy)
        self.copy_button.setEnabled(not busy and check is not None and bool(check.problems))
        ready = check is not None and (
            check.ok or (self.only_valid.isChecked() and check.valid_rows > 0)
        )
        self.import_button.setEnabled(not busy and ready)

    def _say(self, text: str, *, error: bool = False, good: bool = False) -> None:
        colour = ERROR_COLOR if error else GOOD_COLOR if good else ""
        self.summary.setStyleSheet(f"color: {colour};" if colour else "")
        self.summary.setText(text)

    def reject(self) -> None:
        if self._running:
            self._cancel.set()  # the work stops at its next row; nothing is written
            return
        super().reject()
