"""The due list (待办事项) on the start screen: what needs a clerk's attention today.

One tree, grouped by section, each header with its count: leases ending soon,
handover appointments today and overdue, old open handover defects, sold rooms
and parking spaces without an owner, customers without a verified ID. Each line
says who, where, when and how late; activating it (double click or Enter) asks
the main window to open its record through :attr:`DuePanel.openRecord`.

The list is read on the database thread (``crm_desktop.services.due.due_list``)
and read again, debounced, after every change; while the panel is hidden it only
notes that it is out of date and reads again when it is shown, so a busy office
on a large database does not pay for a list nobody looks at.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import clock
from crm_desktop.services import due
from crm_desktop.ui.app_context import AppContext
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.table_model import enum_text

ERROR_COLOR = "#c62828"  # overdue
NOTE_COLOR = "#b26a00"  # soon / today
MUTED_COLOR = "#757575"  # "nothing due", "and 12 more…"

KIND_ROLE = Qt.ItemDataRole.UserRole  # (kind, id) of a line; the section key of a header
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1

# Sections in the order shown; the key is what the tree remembers (collapsed ones).
SECTIONS = ("leases", "appointments", "defects", "rooms", "spaces", "customers")
# The data gaps run to hundreds of lines in an office that took over old data: they
# start collapsed (the header shows the count) so today's work stays on top.
COLLAPSED_AT_FIRST = frozenset({"rooms", "spaces", "customers"})


class DuePanel(QWidget):
    """The due list, for a dock or the main area of the start screen.

    ``openRecord(kind, id)`` is emitted when a line is activated; the kinds are

    * ``"lease"`` — a lease id (leases ending soon);
    * ``"handover"`` — a room id: open the room's handover (appointments due,
      open defects, which are rectified on the handover);
    * ``"room"`` — a room id (sold rooms without an owner);
    * ``"space"`` — a parking space id (sold spaces without an owner);
    * ``"customer"`` — a customer id (customers without a verified ID).

    ``loaded(DueList)`` is emitted after every successful read (a badge may show
    ``DueList.total``). The days come from ``ctx.settings`` at every read: call
    :meth:`refresh` after the settings change.
    """

    openRecord = Signal(str, int)
    loaded = Signal(object)  # crm_desktop.services.due.DueList

    RELOAD_DELAY_MS = 500
    GAPS_MAX_AGE_S = 600  # data gaps read again after a save at most this often …
    GAPS_SLOW_S = 0.25  # … when a full read takes longer than this (a large portfolio)
    DAY_CHECK_MS = 10 * 60 * 1000  # a front desk leaves the program open overnight
    ROW_LIMIT = 100  # lines per section; the rest is counted ("and 1,234 more…")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duePanel")
        self.setAccessibleName(self.tr("Due list"))
        self._ctx = ctx
        self.due: due.DueList | None = None
        self._generation = 0
        self._loading = False
        self._gaps_at: float | None = None  # time.monotonic() of the last full read
        self._gaps_cost = 0.0  # how long that read took, in seconds
        self._full = True
        self._asked_at = 0.0
        self._again = False  # a change came while reading: read once more
        self._stale = True  # read when next shown
        self._collapsed: set[str] = set(COLLAPSED_AT_FIRST)
        self._fitted = False  # the first column sized to its lines once

        self.title_label = QLabel()
        self.title_label.setObjectName("dueTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(self.tr("Due list date"))
        self.title_label.setWordWrap(True)  # a narrow dock wraps the date, never widens
        self.status_label = QLabel()
        self.status_label.setObjectName("dueStatus")
        self.status_label.setAccessibleName(self.tr("Due list status"))
        self.status_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.status_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("dueRefreshButton")
        self.refresh_button.setAccessibleName(self.tr("Refresh the due list"))
        self.refresh_button.setToolTip(self.tr("Read the due list again"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())

        self.tree = QTreeWidget()
        self.tree.setObjectName("dueTree")
        self.tree.setAccessibleName(self.tr("Things due"))
        self.tree.setAccessibleDescription(
            self.tr("Press Enter or double-click a line to open its record.")
        )
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Where / who"), self.tr("Status"), self.tr("Details"), self.tr("Date")]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)  # a header toggles on activation below
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Where and how urgent first: in a narrow dock they are what shows (the whole
        # line is in the tooltip).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(lambda item: self._remember(item, False))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, True))
        self.setFocusProxy(self.tree)

        self.export_button = QPushButton(self.tr("Excel…"))
        self.export_button.setObjectName("dueExportButton")
        self.export_button.setToolTip(self.tr("Save the due list as an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tree, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.RELOAD_DELAY_MS)
        self._timer.timeout.connect(lambda: self.refresh(full=False))
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.externalChange.connect(self._on_data_changed)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(self.DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        self._set_title(clock.today())

    # -- public --------------------------------------------------------------------------
    def refresh(self, full: bool = True) -> None:
        """Read the due list again now (with the days currently in the settings).

        After a save (``full`` False) on a portfolio where a full read is slow
        (``GAPS_SLOW_S``), the data-gap sections are kept from the last full read if it is
        recent (``GAPS_MAX_AGE_S``): they are the costly part, and the database thread is
        shared with the clerk's next search or save. A small office always reads all."""
        self._timer.stop()
        self._stale = False
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._generation += 1
        generation = self._generation
        settings = self._ctx.settings
        reuse = None
        if (
            not full
            and self.due is not None
            and self._gaps_at is not None
            and self._gaps_cost > self.GAPS_SLOW_S
            and time.monotonic() - self._gaps_at < self.GAPS_MAX_AGE_S
            and self.due.today == clock.today()
        ):
            reuse = self.due
        self._full = reuse is None
        self._asked_at = time.monotonic()
        if self.due is None:
            self.status_label.setText(self.tr("Loading…"))
        self.status_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self._ctx.run(
            due.due_list,
            self._ctx.db,
            lease_days=getattr(settings, "due_lease_days", due.DEFAULT_LEASE_DAYS),
            defect_days=getattr(settings, "due_defect_days", due.DEFAULT_DEFECT_DAYS),
            limit=self.ROW_LIMIT,
            gaps_from=reuse,
            on_done=lambda result: self._loaded(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
            quiet=True,  # the panel says "Loading…" itself; the window stays calm
        )

    def export(self) -> None:
        """Every line, section by section (folded ones too), to .xlsx."""
        from crm_desktop.ui.export_table import export_view

        self._export = export_view(self._ctx, self.tree, self, default_name=self.tr("Due list"))

    def section_item(self, key: str) -> QTreeWidgetItem | None:
        """The header of a section ("leases", "appointments", "defects", "rooms",
        "spaces", "customers")."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, SECTION_ROLE) == key:
                return item
        return None

    # -- loading -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale or self._new_day():
            self.refresh()

    def _new_day(self) -> bool:
        return self.due is not None and self.due.today != clock.today()

    def _check_day(self) -> None:
        """After midnight yesterday's list is wrong: what ends today, what is overdue."""
        if self._new_day():
            self._on_data_changed()

    def _on_data_changed(self, *_: Any) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _finish(self, generation: int) -> bool:
        """True when this answer is the one awaited (and the panel still exists)."""
        if not shiboken6.isValid(self) or generation != self._generation:
            return False
        self._loading = False
        if self._again:
            self._again = False
            self._timer.start()
        return True

    def _loaded(self, generation: int, result: due.DueList) -> None:
        if not self._finish(generation):
            return
        self.due = result
        if self._full:
            self._gaps_at = time.monotonic()
            self._gaps_cost = self._gaps_at - self._asked_at
        self._fill(result)
        self.status_label.setText(
            self.tr("Updated at {time}").format(time=datetime.now().strftime("%H:%M"))
        )
        self.loaded.emit(result)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not self._finish(generation):
            return
        self.status_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.status_label.setText(
            self.tr("The due list could not be read: {error}").format(error=error_text(exc))
        )

    # -- filling -------------------------------------------------------------------------
    def _set_title(self, day: date) -> None:
        locale = QLocale()
        weekday = locale.dayName(QDate(day.year, day.month, day.day).dayOfWeek())
        self.title_label.setText(
            self.tr("Due list — {weekday} {date}").format(weekday=weekday, date=day.isoformat())
        )

    def _fill(self, d: due.DueList) -> None:
        self._set_title(d.today)
        current = self.tree.currentItem()
        keep = current.data(0, KIND_ROLE) if current is not None else None
        keep_section = current.data(0, SECTION_ROLE) if current is not None else None
        scroll = self.tree.verticalScrollBar().value()
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            count = QLocale().toString
            lease_days, defect_days = d.lease_days, d.defect_days
            leases, defects = count(d.leases.total), count(d.defects.total)
            titles = {
                "leases": (
                    self.tr("Leases ending within 1 day ({count})").format(count=leases)
                    if lease_days == 1
                    else self.tr("Leases ending within {days} days ({count})").format(
                        days=lease_days, count=leases
                    )
                ),
                "appointments": self.tr("Handover appointments today and overdue ({count})").format(
                    count=count(d.appointments.total)
                ),
                "defects": (
                    self.tr("Handover defects open longer than 1 day ({count})").format(
                        count=defects
                    )
                    if defect_days == 1
                    else self.tr("Handover defects open longer than {days} days ({count})").format(
                        days=defect_days, count=defects
                    )
                ),
                "rooms": self.tr("Sold rooms without an owner ({count})").format(
                    count=count(d.rooms_without_owner.total)
                ),
                "spaces": self.tr("Sold parking spaces without an owner ({count})").format(
                    count=count(d.spaces_without_owner.total)
                ),
                "customers": self.tr("Customers without a verified ID ({count})").format(
                    count=count(d.unverified_customers.total)
                ),
            }
            self._section("leases", titles, d.leases, self._lease_line)
            self._section("appointments", titles, d.appointments, self._appointment_line)
            self._section("defects", titles, d.defects, self._defect_line)
            self._section("rooms", titles, d.rooms_without_owner, self._gap_line)
            self._section("spaces", titles, d.spaces_without_owner, self._gap_line)
            self._section("customers", titles, d.unverified_customers, self._customer_line)
            self._restore(keep, keep_section)
            if not self._fitted:
                self._fit_first_column()
        finally:
            self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)

    def _fit_first_column(self) -> None:
        """Wide enough for "翠湖花园 3-2-1501" and most names, at most 45% of the view
        (a clerk may widen it; later reloads keep that width)."""
        metrics = self.tree.fontMetrics()
        widest = 0
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                child = head.child(j)
                if child.flags() & Qt.ItemFlag.ItemIsSelectable:
                    widest = max(widest, metrics.horizontalAdvance(child.text(0)))
        if widest:
            room = max(int(self.tree.viewport().width() * 0.6), 160)
            self.tree.setColumnWidth(0, min(widest + self.tree.indentation() + 8, room))
            self._fitted = True

    def _section(
        self,
        key: str,
        titles: dict[str, str],
        section: due.Section,
        line: Callable[[Any], tuple[tuple[str, int], list[str], str | None]],
    ) -> None:
        head = QTreeWidgetItem(self.tree)
        head.setText(0, titles[key])
        head.setData(0, SECTION_ROLE, key)
        head.setFirstColumnSpanned(True)
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        for row in section.rows:
            target, (where, details, day, status), colour = line(row)
            item = QTreeWidgetItem(head, [where, status, details, day])
            item.setData(0, KIND_ROLE, target)
            tip = " · ".join(t for t in (where, status, details, day) if t)
            for column in range(4):
                item.setToolTip(column, tip)
            if colour:
                item.setForeground(1, QBrush(QColor(colour)))
        if not section.rows:
            self._note(head, self.tr("Nothing due"))
        elif section.more:
            self._note(
                head,
                self.tr("and {count} more…").format(count=QLocale().toString(section.more)),
            )
        head.setExpanded(key not in self._collapsed)

    def _note(self, head: QTreeWidgetItem, text: str) -> None:
        item = QTreeWidgetItem(head, [text])
        item.setFirstColumnSpanned(True)
        item.setForeground(0, QBrush(QColor(MUTED_COLOR)))
        font = QFont(item.font(0))
        font.setItalic(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def _restore(self, keep: Any, keep_section: Any) -> None:
        """Put the cursor back on the line (or header) it was on before the reload."""
        first = None
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if first is None:
                first = head
            if keep_section is not None and head.data(0, SECTION_ROLE) == keep_section:
                self.tree.setCurrentItem(head)
                return
            for j in range(head.childCount()):
                child = head.child(j)
                if keep is not None and child.data(0, KIND_ROLE) == keep:
                    self.tree.setCurrentItem(child)
                    return
        if first is not None:
            self.tree.setCurrentItem(first)

    def _remember(self, item: QTreeWidgetItem, collapsed: bool) -> None:
        key = item.data(0, SECTION_ROLE)
        if key is None:
            return
        if collapsed:
            self._collapsed.add(key)
        else:
            self._collapsed.discard(key)

    # -- one line per record -------------------------------------------------------------
    def _days(self, n: int) -> str:
        return self.tr("1 day") if n == 1 else self.tr("{n} days").format(n=n)

    def _lease_line(self, row: due.DueLease):
        tenants = "、".join(row.tenants)
        details = self.tr("Tenants: {tenants} · landlord: {landlord}").format(
            tenants=tenants or "—", landlord=row.landlord or "—"
        )
        if row.days_left == 0:
            status, colour = self.tr("ends today"), ERROR_COLOR
        else:
            status = self.tr("ends in {days}").format(days=self._days(row.days_left))
            colour = NOTE_COLOR if row.days_left <= 7 else None
        where = " + ".join(row.resources)
        return ("lease", row.lease_id), [where, details, row.end_date.isoformat(), status], colour

    def _appointment_line(self, row: due.DueAppointment):
        owners = (
            self.tr("Owners: {names}").format(names=row.owners)
            if row.owners
            else self.tr("No current owner")
        )
        if row.days_overdue == 0:
            status, colour = self.tr("today"), NOTE_COLOR
        else:
            status = self.tr("{days} overdue").format(days=self._days(row.days_overdue))
            colour = ERROR_COLOR
        texts = [row.label, owners, row.appointment_date.isoformat(), status]
        return ("handover", row.room_id), texts, colour

    def _defect_line(self, row: due.DueDefect):
        details = self.tr("{item}: {defect}").format(item=row.item, defect=row.description)
        status = self.tr("open for {days}").format(days=self._days(row.age_days))
        texts = [row.label, details, row.reported_on.isoformat(), status]
        return ("handover", row.room_id), texts, ERROR_COLOR

    def _gap_line(self, row: due.OwnerGap):
        target = ("room", row.room_id) if row.room_id is not None else ("space", row.space_id)
        return target, [row.label, "", "", enum_text(row.status)], None

    def _customer_line(self, row: due.UnverifiedCustomer):
        phone = row.phone or self.tr("no phone")
        status = self.tr("ID not verified") if row.has_document else self.tr("no ID document")
        return ("customer", row.customer_id), [row.name, phone, "", status], MUTED_COLOR

    # -- activation ----------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, SECTION_ROLE) is not None:
            item.setExpanded(not item.isExpanded())
            return
        target = item.data(0, KIND_ROLE)
        if target:
            kind, record_id = target
            self.openRecord.emit(str(kind), int(record_id))
