"""Settings: where the shared database is, the interface language and how far ahead
the due list looks."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import config, paths
from crm_desktop.config import Settings

log = logging.getLogger("crm_desktop.ui")


class SettingsDialog(QDialog):
    """Edit and save :class:`crm_desktop.config.Settings`.

    The database field takes a SQLite file path (local, mapped drive or UNC such
    as ``\\\\server\\share\\crm.sqlite``) or a full database URL
    (``postgresql+psycopg://…``). Empty means the default file on this PC.
    """

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._original = settings or config.load()
        self.restart_needed = False
        self.language_changed = False

        self.database_edit = QLineEdit(self._original.database)
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setAccessibleName(self.tr("Database location"))
        self.database_edit.setPlaceholderText(str(paths.default_database_path()))
        self.database_edit.setClearButtonEnabled(True)
        self.database_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseButton")
        browse.setAccessibleName(self.tr("Browse for a database file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.database_edit, 1)
        row.addWidget(browse)

        hint = QLabel(
            self.tr(
                "A database file on this PC or on a shared folder (for example "
                "\\\\server\\share\\crm.sqlite), or a database server URL such as "
                "postgresql+psycopg://user@server/crm. Leave empty for the default file."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.addItem(self.tr("Follow the system"), "auto")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        i = self.language_combo.findData(self._original.language)
        self.language_combo.setCurrentIndex(max(i, 0))

        low, high = config.DUE_DAYS_RANGE
        self.due_lease_spin = QSpinBox()
        self.due_lease_spin.setObjectName("dueLeaseDaysSpin")
        self.due_lease_spin.setAccessibleName(self.tr("Leases due this many days before they end"))
        self.due_lease_spin.setRange(low, high)
        self.due_lease_spin.setSuffix(self.tr(" days"))
        self.due_lease_spin.setValue(self._original.due_lease_days)
        self.due_lease_spin.setToolTip(
            self.tr("A lease appears in the due list this many days before it ends.")
        )
        self.due_defect_spin = QSpinBox()
        self.due_defect_spin.setObjectName("dueDefectDaysSpin")
        self.due_defect_spin.setAccessibleName(
            self.tr("Open handover defects due after this many days")
        )
        self.due_defect_spin.setRange(low, high)
        self.due_defect_spin.setSuffix(self.tr(" days"))
        self.due_defect_spin.setValue(self._original.due_defect_days)
        self.due_defect_spin.setToolTip(
            self.tr(
                "A handover defect not yet rectified appears in the due list when it was "
                "found more than this many days ago."
            )
        )

        self.office_edit = QLineEdit(self._original.office_name)
        self.office_edit.setObjectName("officeNameEdit")
        self.office_edit.setAccessibleName(self.tr("Office name on printouts"))
        self.office_edit.setPlaceholderText(self.tr("e.g. 翠湖花园物业服务中心"))
        self.office_edit.setMaxLength(60)
        self.office_edit.setToolTip(
            self.tr("Printed at the top of customer cards and reports. Empty: the project's name.")
        )

        for spin in (self.due_lease_spin, self.due_defect_spin):
            # As wide as "365 days", not the whole dialog.
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        form = QFormLayout()
        form.addRow(self.tr("Database:"), row)
        form.addRow("", hint)
        form.addRow(self.tr("Interface language:"), self.language_combo)
        form.addRow(self.tr("Due list: &leases ending within:"), self.due_lease_spin)
        form.addRow(self.tr("Due list: open &defects older than:"), self.due_defect_spin)
        form.addRow(self.tr("&Office name on printouts:"), self.office_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def settings(self) -> Settings:
        """The settings as currently entered."""
        return Settings(
            database=self.database_edit.text().strip(),
            language=self.language_combo.currentData() or "auto",
            due_lease_days=self.due_lease_spin.value(),
            due_defect_days=self.due_defect_spin.value(),
            office_name=" ".join(self.office_edit.text().split()),
        )

    def _browse(self) -> None:
        current = self.database_edit.text().strip()
        start = current if current and "://" not in current else str(paths.user_data_dir())
        dialog = QFileDialog(self, self.tr("Choose or create a database file"), start)
        dialog.setObjectName("databaseFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setNameFilters(
            [self.tr("SQLite databases (*.sqlite *.db *.sqlite3)"), self.tr("All files (*)")]
        )
        dialog.setDefaultSuffix("sqlite")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selectedFiles():
            self.database_edit.setText(dialog.selectedFiles()[0])

    def accept(self) -> None:
        """Override QDialog.accept: save, and say when a restart is needed."""
        new = self.settings()
        try:
            config.save(new)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Settings"),
                self.tr("The settings could not be saved: {error}").format(error=exc),
            )
            return
        # The language is switched at once by the main window; another database is
        # opened at the next start (open dialogs and unsaved typing stay safe meanwhile).
        self.language_changed = new.language != self._original.language
        self.restart_needed = new.database != self._original.database
        if self.restart_needed and self.isVisible() and self.parent() is not None:
            QMessageBox.information(
                self,
                self.tr("Settings"),
                self.tr("The new database is used the next time the program starts."),
            )
        super().accept()
