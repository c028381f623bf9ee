"""The main window: navigation tree, table of the selected node's children, details."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)

from crm_desktop import __version__, config
from crm_desktop.domain.enums import NodeKind
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.ui.roles import IdRole, KindRole

if TYPE_CHECKING:  # the data side is imported in attach(), after the window is painted
    from crm_desktop.ui.app_context import AppContext, Change

log = logging.getLogger("crm_desktop.ui")

Key = tuple[NodeKind, int]
LEAF_KINDS = (NodeKind.ROOM, NodeKind.PARKING_SPACE)
CONTAINER_KINDS = (NodeKind.REGION, NodeKind.PROJECT, NodeKind.BUILDING, NodeKind.CAR_PARK)
# Where a new record of a kind goes (the kind of its parent).
PARENT_OF = {
    NodeKind.PROJECT: NodeKind.REGION,
    NodeKind.BUILDING: NodeKind.PROJECT,
    NodeKind.ROOM: NodeKind.BUILDING,
    NodeKind.CAR_PARK: NodeKind.PROJECT,
    NodeKind.PARKING_SPACE: NodeKind.CAR_PARK,
}
# What the status bar says about the table (translated in context "MainWindow").
COUNT_TEXT = {
    NodeKind.REGION: QT_TRANSLATE_NOOP("MainWindow", "Regions: {count}"),
    NodeKind.PROJECT: QT_TRANSLATE_NOOP("MainWindow", "Projects: {count}"),
    NodeKind.BUILDING: QT_TRANSLATE_NOOP("MainWindow", "Buildings: {count}"),
    NodeKind.ROOM: QT_TRANSLATE_NOOP("MainWindow", "Rooms: {count}"),
    NodeKind.PARKING_SPACE: QT_TRANSLATE_NOOP("MainWindow", "Parking spaces: {count}"),
}
# Default column widths in pixels at a 9-10 pt font, by column key.
COLUMN_WIDTHS = {
    "code": 110,
    "name": 170,
    "number": 80,
    "unit": 60,
    "floor": 60,
    "use": 130,
    "status": 90,
    "kind": 110,
}


def window_settings() -> QSettings:
    """Window layout settings, kept next to the program's settings file."""
    path = config.settings_path().with_name("window.ini")
    return QSettings(str(path), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """The clerk's main window.

    Built in two steps so that it appears at once: ``MainWindow()`` makes the
    window, menus and views without touching the database (nothing of SQLAlchemy
    is imported yet); ``attach(ctx)`` then connects the opened database. Opening a
    file on a slow share therefore happens in a window that is already on screen.
    """

    # The clerk chose another interface language (the program rebuilds the window).
    languageChangeRequested = Signal(str)

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Property CRM"))
        self.setAccessibleName(self.tr("Property CRM"))
        self._focus = "tree"  # which view the current record comes from
        self._select_created: NodeKind | None = None
        self._saved_table: tuple | None = None
        self._table_kind: NodeKind | None = None
        self._customer_views: dict[int, QWidget] = {}

        self.tree_model = None
        self.table_model = None
        self._column_widths: dict[NodeKind, list[int]] = {}
        self._applying_widths = False

        self.tree = QTreeView()
        self.tree.setObjectName("navigationTree")
        self.tree.setAccessibleName(self.tr("Portfolio"))
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.table = QTableView()
        self.table.setObjectName("itemTable")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        # Until a database is attached the detail pane is a placeholder.
        self.detail = QLabel(self.tr("Opening the database…"))
        self.detail.setObjectName("detailPlaceholder")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.table)
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.right_splitter.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        # What needs attention today, beside the portfolio (filled once a database
        # is attached); created here so the saved window state restores its place.
        self.due_dock = QDockWidget(self.tr("Due list"), self)
        self.due_dock.setObjectName("dueDock")
        self.due_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.due_dock.setWidget(QLabel(self.tr("Opening the database…")))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.due_dock)
        self.due_panel = None

        self.actions: dict[str, QAction] = {}
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self._create_status_bar()

        self.tree.customContextMenuRequested.connect(self._tree_context_menu)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.customContextMenuRequested.connect(self._table_context_menu)
        # Keyboard: Enter does what a double-click does (the views only emit "activated").
        self.table.installEventFilter(self)
        self.tree.installEventFilter(self)

        self.resize(1200, 760)
        self.splitter.setSizes([260, 940])
        self.right_splitter.setSizes([430, 330])
        self.resizeDocks([self.due_dock], [330], Qt.Orientation.Horizontal)
        self._restore_layout()
        self._update_actions()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Connect the opened database: models, detail pane, status bar."""
        from crm_desktop.ui.detail_pane import DetailPane
        from crm_desktop.ui.table_model import ItemTableModel
        from crm_desktop.ui.tree_model import NavigationModel

        self.ctx = ctx
        # Models first: their dataChanged slots must run before this window's.
        self.tree_model = NavigationModel(ctx, self)
        self.table_model = ItemTableModel(ctx, self)
        self.tree.setModel(self.tree_model)
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        placeholder, self.detail = self.detail, DetailPane(ctx)
        self.right_splitter.replaceWidget(1, self.detail)
        placeholder.deleteLater()

        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.table_model.modelAboutToBeReset.connect(self._save_table_selection)
        self.table_model.modelReset.connect(self._table_reset)
        self.table_model.modelReset.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._update_count)
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.busyChanged.connect(self._on_busy)
        ctx.externalChange.connect(self._on_external_change)

        location = ctx.db.describe()
        self.database_label.setText(self.tr("Database: {location}").format(location=location))
        self.database_label.setToolTip(location)
        self.user_label.setText(self.tr("User: {name}").format(name=ctx.actor.display_name))
        self.busy_indicator.setVisible(ctx.busy)
        self.search.set_context(ctx)
        self.detail.customerActivated.connect(self.open_customer)
        self.detail.addCustomerToRoom.connect(
            lambda room_id, label: self.new_customer((room_id, None, label))
        )
        self.detail.addCustomerToSpace.connect(
            lambda space_id, label: self.new_customer((None, space_id, label))
        )
        self._attach_due_list(ctx)
        self._load_column_widths()
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        self.table_model.set_parent(None, None)
        self._update_actions()
        self._update_count()
        self._restore_place()
        self._show_first_steps()

    def _attach_due_list(self, ctx: AppContext) -> None:
        from crm_desktop.services.tenancy import refresh_expired as refresh_lease_statuses
        from crm_desktop.ui.due_panel import DuePanel

        self.due_panel = DuePanel(ctx, self.due_dock)
        self.due_panel.openRecord.connect(self.open_due_record)
        placeholder = self.due_dock.widget()
        self.due_dock.setWidget(self.due_panel)
        placeholder.deleteLater()
        # Leases that ran out or began since the last start: statuses follow first.
        ctx.run(
            refresh_lease_statuses,
            ctx.db,
            ctx.actor,
            on_done=self._lease_statuses_refreshed,
            quiet=True,
        )

    def _lease_statuses_refreshed(self, result) -> None:
        from crm_desktop.ui.app_context import Change

        rooms = (*result.released_rooms, *result.rented_rooms)
        spaces = (*result.released_spaces, *result.rented_spaces)
        if rooms:
            self.ctx.notify(Change(NodeKind.ROOM, ids=rooms))
        if spaces:
            self.ctx.notify(Change(NodeKind.PARKING_SPACE, ids=spaces))

    # -- building the window -------------------------------------------------------------
    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], None],
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            # Platform standard keys often equal the explicit ones (Find is Ctrl+F):
            # the same sequence twice would make the shortcut ambiguous.
            unique = {s.toString(): s for s in shortcuts if not s.isEmpty()}
            action.setShortcuts(list(unique.values()))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence
        std = QKeySequence.StandardKey
        self._action(
            "settingsAction",
            self.tr("&Settings…"),
            self.open_settings,
            [key(std.Preferences), key("Ctrl+,")],
        )
        self.actions["settingsAction"].setMenuRole(QAction.MenuRole.PreferencesRole)
        self._action("quitAction", self.tr("&Quit"), self.close, [key(std.Quit), key("Ctrl+Q")])
        self.actions["quitAction"].setMenuRole(QAction.MenuRole.QuitRole)

        self._action(
            "newAction",
            self.tr("&New…"),
            self.new_child,
            [key("Ctrl+N")],
            self.tr("Add a record under the selected one"),
        )
        self._action("newRegionAction", self.tr("New &region…"), self.new_region)
        self._action("newProjectAction", self.tr("New &project…"), self.new_project)
        self._action("newBuildingAction", self.tr("New &building…"), self.new_building)
        self._action("newRoomAction", self.tr("New r&oom…"), self.new_room)
        self._action("newCarParkAction", self.tr("New &car park…"), self.new_car_park)
        self._action(
            "generateRoomsAction",
            self.tr("&Generate rooms…"),
            self.generate_rooms,
            tip=self.tr("Create the rooms of a building by units, floors and rooms per floor"),
        )
        self._action(
            "newSpacesAction",
            self.tr("Add parking &spaces…"),
            self.generate_spaces,
            tip=self.tr("Add a numbered range of parking spaces to a car park"),
        )
        self._action(
            "editAction",
            self.tr("&Edit…"),
            self.edit_selected,
            [key("Ctrl+E"), key("F2")],
            self.tr("Edit the selected record"),
        )
        self._action(
            "splitAction",
            self.tr("Sp&lit room…"),
            self.split_room,
            [key("Ctrl+Shift+S")],
            self.tr("Split the selected room into several rooms"),
        )
        self._action(
            "mergeAction",
            self.tr("&Merge rooms…"),
            self.merge_rooms,
            [key("Ctrl+Shift+M")],
            self.tr("Merge the rooms selected in the table into one room"),
        )
        self._action(
            "refreshAction",
            self.tr("&Refresh"),
            self.refresh,
            [key(std.Refresh), key("F5")],
            self.tr("Read the data again (other PCs may have changed it)"),
        )
        self._action("expandAction", self.tr("E&xpand"), self.expand_current, [key("Ctrl+Right")])
        self._action(
            "collapseAction", self.tr("&Collapse all"), self.tree.collapseAll, [key("Ctrl+Left")]
        )
        self._action(
            "copyAction",
            self.tr("&Copy rows"),
            self.copy_rows,
            [key(std.Copy)],
            self.tr("Copy the selected rows, to paste into Excel or a message"),
        )
        self.actions["copyAction"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.actions["copyAction"])
        self._action(
            "exportAction",
            self.tr("E&xport table to Excel…"),
            self.export_table,
            [key("Ctrl+Shift+E")],
            self.tr("Save the table as it is shown (order, columns) as an .xlsx workbook"),
        )
        self._action(
            "exportCustomersAction",
            self.tr("Export c&ustomers to Excel…"),
            self.export_customers,
            tip=self.tr(
                "The customers of the selected building or project, or all, with what they "
                "hold today"
            ),
        )
        self._action(
            "findAction",
            self.tr("&Find customer"),
            self.focus_search,
            [key(std.Find), key("Ctrl+F")],
            self.tr("Put the cursor in the search box"),
        )
        self._action(
            "newCustomerAction",
            self.tr("New c&ustomer…"),
            self.new_customer,
            [key("Ctrl+Shift+N")],
            self.tr("Register a person or company (and their room)"),
        )
        self._action(
            "addCustomerToRoomAction",
            self.tr("Add customer to this r&oom…"),
            self.add_customer_to_room,
            [key("Ctrl+Shift+A")],
            self.tr("A new owner, tenant, family member or resident for the selected room"),
        )
        self._action(
            "registerSaleAction",
            self.tr("Register a &sale…"),
            self.register_sale,
            tip=self.tr("Sell the selected unsold room or parking space to its buyers"),
        )
        self._action(
            "handoverAction",
            self.tr("&Handover…"),
            self.handover,
            tip=self.tr("Schedule or record the handover of the selected sold room"),
        )
        self._action(
            "transferAction",
            self.tr("&Transfer ownership…"),
            self.transfer,
            tip=self.tr("Pass the selected room or parking space from its owners to new ones"),
        )
        self._action(
            "leaseAction",
            self.tr("&Let to a tenant…"),
            self.let,
            tip=self.tr("Start a lease of the selected room or parking space"),
        )
        self._action(
            "dueListAction",
            self.tr("&Due list"),
            self.show_due_list,
            [key("Ctrl+D")],
            self.tr("What needs attention: leases ending, handovers, defects, data gaps"),
        )
        self._action(
            "importAction",
            self.tr("&Import from Excel…"),
            self.import_excel,
            tip=self.tr("Buildings and rooms, customers, parking spaces from a spreadsheet"),
        )
        self._action(
            "cardsAction",
            self.tr("Customer &cards…"),
            self.print_cards,
            [key("Ctrl+P")],
            self.tr("Print the cards of the selected room's, building's or project's customers"),
        )
        self._action(
            "ledgerAction",
            self.tr("Room &ledger…"),
            self.print_ledger,
            tip=self.tr("Print the rooms of the selected building or project"),
        )
        for name, text, kind, tip in (
            (
                "occupancyAction",
                self.tr("&Occupancy summary…"),
                "occupancy",
                self.tr("Rooms and spaces by status and use, of the selected project or all"),
            ),
            (
                "progressAction",
                self.tr("&Handover progress…"),
                "handover_progress",
                self.tr("Handed over, scheduled and overdue rooms; open defects"),
            ),
            (
                "leaseExpiryAction",
                self.tr("Lease ex&piry…"),
                "leases",
                self.tr("Leases ending within N days, of the selected project or all"),
            ),
            (
                "transferRegisterAction",
                self.tr("&Transfer register…"),
                "transfers",
                self.tr("Transfers of ownership in a period"),
            ),
            (
                "handoverSheetAction",
                self.tr("Handover &sheet…"),
                "handover_sheet",
                self.tr("The selected room's handover sheet, for the owner to sign"),
            ),
        ):
            self._action(name, text, lambda k=kind: self._report(k), tip=tip)
        self._action("aboutAction", self.tr("&About"), self.about)
        self.actions["aboutAction"].setMenuRole(QAction.MenuRole.AboutRole)

        style = self.style()
        icons = {
            "newAction": style.StandardPixmap.SP_FileDialogNewFolder,
            "editAction": style.StandardPixmap.SP_FileDialogDetailedView,
            "refreshAction": style.StandardPixmap.SP_BrowserReload,
            "splitAction": style.StandardPixmap.SP_ToolBarHorizontalExtensionButton,
            "mergeAction": style.StandardPixmap.SP_ArrowDown,
        }
        for name, pixmap in icons.items():
            self.actions[name].setIcon(style.standardIcon(pixmap))

    def _create_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(a["settingsAction"])
        file_menu.addSeparator()
        file_menu.addAction(a["quitAction"])

        data = bar.addMenu(self.tr("&Data"))
        data.setObjectName("dataMenu")
        data.addAction(a["newAction"])
        data.addSeparator()
        for name in (
            "newRegionAction",
            "newProjectAction",
            "newBuildingAction",
            "newRoomAction",
            "generateRoomsAction",
            "newCarParkAction",
            "newSpacesAction",
        ):
            data.addAction(a[name])
        data.addSeparator()
        data.addAction(a["editAction"])
        data.addAction(a["splitAction"])
        data.addAction(a["mergeAction"])
        data.addSeparator()
        data.addAction(a["importAction"])

        customers = bar.addMenu(self.tr("&Customers"))
        customers.setObjectName("customersMenu")
        customers.addAction(a["findAction"])
        customers.addAction(a["newCustomerAction"])
        customers.addAction(a["addCustomerToRoomAction"])
        customers.addSeparator()
        customers.addAction(a["registerSaleAction"])
        customers.addAction(a["handoverAction"])
        customers.addAction(a["transferAction"])
        customers.addAction(a["leaseAction"])
        customers.addSeparator()
        customers.addAction(a["dueListAction"])

        reports = bar.addMenu(self.tr("&Reports"))
        reports.setObjectName("reportsMenu")
        reports.addAction(a["cardsAction"])
        reports.addAction(a["ledgerAction"])
        reports.addAction(a["handoverSheetAction"])
        reports.addSeparator()
        for name in (
            "occupancyAction",
            "progressAction",
            "leaseExpiryAction",
            "transferRegisterAction",
        ):
            reports.addAction(a[name])
        reports.addSeparator()
        reports.addAction(a["exportAction"])
        reports.addAction(a["exportCustomersAction"])

        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("viewMenu")
        view.addAction(a["refreshAction"])
        view.addSeparator()
        view.addAction(a["expandAction"])
        view.addAction(a["collapseAction"])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a["aboutAction"])

    def _create_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ("newAction", "editAction", "splitAction", "mergeAction", "refreshAction"):
            toolbar.addAction(self.actions[name])
        toolbar.addSeparator()
        toolbar.addAction(self.actions["newCustomerAction"])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        from crm_desktop.ui.search_box import GlobalSearch

        self.search = GlobalSearch(toolbar)
        self.search.setAccessibleName(self.tr("Find a customer"))
        self.search.setMaximumWidth(420)
        self.search.set_context(None)
        self.search.customerActivated.connect(self.open_customer)
        toolbar.addWidget(self.search)

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.busy_indicator = QProgressBar()
        self.busy_indicator.setObjectName("busyIndicator")
        self.busy_indicator.setAccessibleName(self.tr("Working"))
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(100)
        self.busy_indicator.setMaximumHeight(14)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setVisible(False)
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setAccessibleName(self.tr("Database location"))
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.setAccessibleName(self.tr("Signed-in user"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(self.tr("Rows in the table"))
        bar.addPermanentWidget(self.busy_indicator)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.user_label)

    # -- layout persistence --------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = window_settings()
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("splitter", self.splitter.restoreState),
            ("rightSplitter", self.right_splitter.restoreState),
        ):
            value = s.value(f"mainWindow/{key}")
            if isinstance(value, QByteArray | bytes) and value:
                restore(QByteArray(value))

    def save_layout(self) -> None:
        s = window_settings()
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        s.setValue("mainWindow/splitter", self.splitter.saveState())
        s.setValue("mainWindow/rightSplitter", self.right_splitter.saveState())
        for kind, widths in self._column_widths.items():
            s.setValue(f"columns/{kind.value}", ",".join(str(w) for w in widths))
        record = self.tree_record() if self.ctx is not None else None
        if record is not None:
            # Where the clerk was, to open there next time (on the same database).
            path = self.tree_model.ancestors(*record)
            s.setValue("place/database", self.ctx.db.describe())
            s.setValue("place/path", "/".join(f"{k.value}:{i}" for k, i in path))
        s.sync()

    def _restore_place(self) -> None:
        """Select again the record the clerk had selected when the program last closed."""
        s = window_settings()
        if s.value("place/database") != self.ctx.db.describe():
            return
        path: list[Key] = []
        for part in str(s.value("place/path") or "").split("/"):
            kind, _, record_id = part.partition(":")
            try:
                path.append((NodeKind(kind), int(record_id)))
            except ValueError:
                return
        if path:
            self.reveal(path)  # quietly nothing if it no longer exists

    def _load_column_widths(self) -> None:
        s = window_settings()
        for kind in NodeKind:
            value = s.value(f"columns/{kind.value}")
            if value:
                try:
                    self._column_widths[kind] = [int(w) for w in str(value).split(",")]
                except ValueError:
                    continue

    @Slot(int, int, int)
    def _column_resized(self, section: int, _old: int, new: int) -> None:
        """Remember a width the clerk set, per kind of table."""
        kind = self.table_model.child_kind if self.table_model is not None else None
        if kind is None or self._applying_widths:
            return
        widths = self._column_widths.get(kind)
        count = len(self.table_model.columns)
        if widths is None or len(widths) != count:
            header = self.table.horizontalHeader()
            widths = [header.sectionSize(i) for i in range(count)]
        if 0 <= section < count:
            widths[section] = new
        self._column_widths[kind] = widths

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Override QWidget.closeEvent: remember the layout, close customer windows; an
        export still being written is stopped (its partial file deleted) or keeps the
        window open, as the clerk chooses."""
        if not self._stop_exports_before_closing():
            event.ignore()
            return
        for view in list(self._customer_views.values()):
            view.close()
        try:
            self.save_layout()
        except Exception:  # noqa: BLE001 - never block closing
            log.exception("saving the window layout failed")
        super().closeEvent(event)

    def _stop_exports_before_closing(self) -> bool:
        from crm_desktop.ui import export_table

        running = export_table.running_exports()
        if not running:
            return True
        names = "\n".join(runner.path.name for runner in running)
        answer = QMessageBox.question(
            self,
            self.tr("Export still running"),
            self.tr(
                "An export to Excel is still being written:\n{files}\n\nStop it and close "
                "the program? The unfinished file is deleted; export again later."
            ).format(files=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        export_table.stop_running_exports()
        return True

    # -- what is selected ----------------------------------------------------------------
    def tree_record(self) -> Key | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KindRole), index.data(IdRole)

    def table_selection(self) -> list[Key]:
        """The records selected in the table, in row order."""
        kind = self.table_model.child_kind
        if kind is None:
            return []
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [(kind, self.table_model.id_at(r)) for r in rows]

    def current_record(self) -> Key | None:
        """The record the actions apply to: the table's when it has focus, else the tree's."""
        if self._focus == "table":
            selected = self.table_selection()
            if selected:
                current = self.table.currentIndex()
                if current.isValid() and self.table.selectionModel().isRowSelected(
                    current.row(), QModelIndex()
                ):
                    return (self.table_model.child_kind, self.table_model.id_at(current.row()))
                return selected[0]
        return self.tree_record()

    def _chain(self) -> dict[NodeKind, int]:
        """The current record and its ancestors, by kind."""
        record = self.current_record()
        chain: dict[NodeKind, int] = {}
        if record is None:
            return chain
        kind, record_id = record
        if self.tree_model.is_loaded(kind, record_id):
            for k, i in self.tree_model.ancestors(kind, record_id):
                chain.setdefault(k, i)
        else:
            chain[kind] = record_id
            parent_kind, parent_id = self.table_model.parent_node
            if parent_kind is not None:
                for k, i in self.tree_model.ancestors(parent_kind, parent_id):
                    chain.setdefault(k, i)
        return chain

    def selected_room_ids(self) -> list[int]:
        return [i for k, i in self.table_selection() if k == NodeKind.ROOM]

    def _update_actions(self) -> None:
        a = self.actions
        if self.ctx is None:  # no database yet: only what needs none
            for name, action in a.items():
                action.setEnabled(name in ("settingsAction", "quitAction", "aboutAction"))
            return
        a["newRegionAction"].setEnabled(True)
        a["newAction"].setEnabled(True)
        a["copyAction"].setEnabled(True)
        a["exportAction"].setEnabled(True)
        a["exportCustomersAction"].setEnabled(True)
        a["importAction"].setEnabled(True)
        a["refreshAction"].setEnabled(True)
        a["collapseAction"].setEnabled(True)
        chain = self._chain()
        record = self.current_record()
        a["newProjectAction"].setEnabled(NodeKind.REGION in chain)
        a["newBuildingAction"].setEnabled(NodeKind.PROJECT in chain)
        a["newCarParkAction"].setEnabled(NodeKind.PROJECT in chain)
        a["newRoomAction"].setEnabled(NodeKind.BUILDING in chain)
        a["generateRoomsAction"].setEnabled(NodeKind.BUILDING in chain)
        a["newSpacesAction"].setEnabled(NodeKind.CAR_PARK in chain)
        a["editAction"].setEnabled(record is not None)
        single_room = record is not None and record[0] == NodeKind.ROOM
        if self._focus == "table" and len(self.table_selection()) > 1:
            single_room = False
        a["splitAction"].setEnabled(single_room)
        a["mergeAction"].setEnabled(len(self.selected_room_ids()) >= 2)
        a["findAction"].setEnabled(True)
        a["newCustomerAction"].setEnabled(True)
        resource = record is not None and record[0] in (NodeKind.ROOM, NodeKind.PARKING_SPACE)
        a["addCustomerToRoomAction"].setEnabled(resource)
        a["registerSaleAction"].setEnabled(resource)
        a["handoverAction"].setEnabled(record is not None and record[0] == NodeKind.ROOM)
        a["transferAction"].setEnabled(resource)
        a["leaseAction"].setEnabled(resource)
        a["dueListAction"].setEnabled(True)
        scope = self._report_scope() is not None
        a["cardsAction"].setEnabled(scope)
        a["ledgerAction"].setEnabled(scope)
        a["progressAction"].setEnabled(scope)
        for name in ("occupancyAction", "leaseExpiryAction", "transferRegisterAction"):
            a[name].setEnabled(True)  # the selected project's, or the whole portfolio's
        a["handoverSheetAction"].setEnabled(record is not None and record[0] == NodeKind.ROOM)
        current = self.tree.currentIndex()
        a["expandAction"].setEnabled(current.isValid() and self.tree_model.hasChildren(current))

    # -- selection handling --------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._focus = "tree"
        if not current.isValid():
            self.table_model.set_parent(None, None)
            self.detail.clear()
            self._update_actions()
            return
        kind, record_id = current.data(KindRole), current.data(IdRole)
        if kind in LEAF_KINDS:
            parent = self.tree_model.parent_key(kind, record_id)
            if parent is not None and self.table_model.parent_node != parent:
                self.table_model.set_parent(*parent)
            self._select_table_ids([record_id], focus=False)
        elif self.table_model.parent_node != (kind, record_id):
            self.table_model.set_parent(kind, record_id)
        self._focus = "tree"
        self.detail.show_record(kind, record_id)
        self._update_actions()

    @Slot()
    def _on_table_selection(self, *_args) -> None:
        selected = self.table_selection()
        if selected:
            self._focus = "table"
            record = self.current_record()
            if record is not None and record != self.detail.current:
                self.detail.show_record(*record)
        else:
            self._focus = "tree"
            tree_record = self.tree_record()
            if tree_record != self.detail.current:
                self.detail.show_record(*(tree_record or (None, None)))
        self._update_actions()

    def _select_table_ids(self, ids: list[int], *, focus: bool = True) -> None:
        model = self.table_model
        selection = self.table.selectionModel()
        rows = [model.row_of(i) for i in ids]
        rows = [r for r in rows if r >= 0]
        selection.blockSignals(not focus)
        try:
            selection.clearSelection()
            for n, row in enumerate(rows):
                flags = QItemSelectionModel.SelectionFlag.Select
                flags |= QItemSelectionModel.SelectionFlag.Rows
                index = model.index(row, 0)
                if n == 0:
                    selection.setCurrentIndex(index, flags)
                else:
                    selection.select(index, flags)
        finally:
            selection.blockSignals(False)
        if rows:
            self.table.scrollTo(model.index(rows[0], 0))
        self.table.viewport().update()

    @Slot()
    def _save_table_selection(self) -> None:
        self._saved_table = (
            self.table_model.parent_node,
            self.table_model.child_kind,
            [i for _, i in self.table_selection()],
            self._focus,
        )

    @Slot()
    def _table_reset(self) -> None:
        kind = self.table_model.child_kind
        if kind != self._table_kind:
            self._table_kind = kind
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._apply_column_widths()
        saved, self._saved_table = self._saved_table, None
        if saved and saved[0] == self.table_model.parent_node and saved[1] == kind and saved[2]:
            self._select_table_ids(saved[2], focus=saved[3] == "table")

    def _apply_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        columns = self.table_model.columns
        saved = self._column_widths.get(self.table_model.child_kind)
        if saved is not None and len(saved) != len(columns):
            saved = None
        # A stretched number column would put its figures far from their row's name.
        header.setStretchLastSection(bool(columns) and not columns[-1].numeric)
        self._applying_widths = True
        try:
            for section, column in enumerate(columns):
                if saved is not None:
                    header.resizeSection(section, max(30, saved[section]))
                    continue
                title = self.table_model.headerData(section, Qt.Orientation.Horizontal)
                base = 70 if column.numeric else COLUMN_WIDTHS.get(column.key, 120)
                header.resizeSection(section, max(base, metrics.horizontalAdvance(title) + 28))
        finally:
            self._applying_widths = False

    def select_record(self, kind: NodeKind, record_id: int, parent: Key | None = None) -> bool:
        """Select a record in the tree, loading and expanding its parent if needed."""
        index = self.tree_model.node_index(kind, record_id)
        if not index.isValid() and parent is not None:
            parent_index = self.tree_model.node_index(*parent)
            if parent_index.isValid():
                if self.tree_model.canFetchMore(parent_index):
                    self.tree_model.fetchMore(parent_index)
                self.tree.expand(parent_index)
                index = self.tree_model.node_index(kind, record_id)
        if not index.isValid():
            if self.table_model.row_of(record_id) >= 0 and self.table_model.child_kind == kind:
                self._select_table_ids([record_id])
                return True
            return False
        parent_index = index.parent()
        if parent_index.isValid():
            self.tree.expand(parent_index)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def reveal(self, path: list[Key]) -> bool:
        """Select a record given it and its ancestors (nearest first), expanding the way."""
        for depth in range(len(path) - 1, 0, -1):
            index = self.tree_model.node_index(*path[depth])
            if not index.isValid():
                return False
            if self.tree_model.canFetchMore(index):
                self.tree_model.fetchMore(index)
            self.tree.expand(index)
        return self.select_record(*path[0])

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, record_id = index.data(KindRole), index.data(IdRole)
        if kind in CONTAINER_KINDS:
            parent_kind, parent_id = self.table_model.parent_node
            parent = (parent_kind, parent_id) if parent_kind is not None else None
            if self.select_record(kind, record_id, parent):
                self.tree.expand(self.tree.currentIndex())
                self.tree.setFocus()
        else:
            self._focus = "table"
            self.edit_selected()

    # -- context menus -------------------------------------------------------------------
    def _menu_for(self, kind: NodeKind | None, *, in_table: bool) -> QMenu:
        a = self.actions
        menu = QMenu(self)
        menu.setObjectName("contextMenu")
        if kind is None:
            menu.addAction(a["newRegionAction"])
            return menu
        if kind == NodeKind.REGION:
            menu.addAction(a["newProjectAction"])
        elif kind == NodeKind.PROJECT:
            menu.addAction(a["newBuildingAction"])
            menu.addAction(a["newCarParkAction"])
            menu.addSeparator()
            menu.addAction(a["cardsAction"])
            menu.addAction(a["ledgerAction"])
        elif kind == NodeKind.BUILDING:
            menu.addAction(a["newRoomAction"])
            menu.addAction(a["generateRoomsAction"])
            menu.addSeparator()
            menu.addAction(a["cardsAction"])
            menu.addAction(a["ledgerAction"])
        elif kind == NodeKind.CAR_PARK:
            menu.addAction(a["newSpacesAction"])
        elif kind in (NodeKind.ROOM, NodeKind.PARKING_SPACE):
            menu.addAction(a["addCustomerToRoomAction"])
            menu.addAction(a["registerSaleAction"])
            if kind == NodeKind.ROOM:
                menu.addAction(a["handoverAction"])
            menu.addAction(a["transferAction"])
            menu.addAction(a["leaseAction"])
            menu.addSeparator()
            menu.addAction(a["cardsAction"])
            if kind == NodeKind.ROOM:
                menu.addAction(a["handoverSheetAction"])
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(a["editAction"])
        if in_table:
            menu.addAction(a["copyAction"])
            menu.addAction(a["exportAction"])
        if kind == NodeKind.ROOM:
            menu.addAction(a["splitAction"])
            if in_table and len(self.selected_room_ids()) >= 2:
                menu.addAction(a["mergeAction"])
        if not in_table and kind in CONTAINER_KINDS:
            menu.addSeparator()
            menu.addAction(a["expandAction"])
        return menu

    @Slot(QPoint)
    def _tree_context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self._focus = "tree"
        self._update_actions()
        kind = index.data(KindRole) if index.isValid() else None
        self._menu_for(kind, in_table=False).exec(self.tree.viewport().mapToGlobal(pos))

    @Slot(QPoint)
    def _table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._focus = "table"
        self._update_actions()
        menu = self._menu_for(index.data(KindRole), in_table=True)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- keyboard, clipboard, counts -----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Override QObject.eventFilter: Enter on the tree or the table."""
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and self.ctx is not None
        ):
            if watched is self.table:
                self._activate_table_row()
                return True
            if watched is self.tree:
                self._activate_tree_node()
                return True
        return super().eventFilter(watched, event)

    def _activate_table_row(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_table_double_clicked(index)

    def _activate_tree_node(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        if index.data(KindRole) in LEAF_KINDS:
            self._focus = "tree"
            self.edit_selected()
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def copy_rows(self) -> None:
        """Copy the selected table rows as tab-separated text (Excel pastes it as cells)."""
        model = self.table_model
        if model is None:
            return
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        if not rows:
            return
        columns = range(model.columnCount())
        lines = ["\t".join(model.index(r, c).data() or "" for c in columns) for r in rows]
        QGuiApplication.clipboard().setText("\n".join(lines))
        self.statusBar().showMessage(self.tr("Copied {count} rows.").format(count=len(rows)), 3000)

    @Slot()
    def _update_count(self, *_args) -> None:
        model = self.table_model
        kind = model.child_kind if model is not None else None
        if kind not in COUNT_TEXT:
            self.count_label.clear()
            return
        text = QCoreApplication.translate("MainWindow", COUNT_TEXT[kind]).format(
            count=model.rowCount()
        )
        selected = len(self.table.selectionModel().selectedRows())
        if selected > 1:
            text += self.tr(" ({count} selected)").format(count=selected)
        self.count_label.setText(text)

    # -- data changes --------------------------------------------------------------------
    def _show_first_steps(self) -> None:
        """On an empty database, say where to begin instead of "select something"."""
        if self.tree_model.rowCount() == 0 and self.detail.current is None:
            self.detail.clear(
                self.tr(
                    "This database is still empty. Begin with Data › New region… (Ctrl+N), "
                    "then add its projects, buildings and car parks.\n\n"
                    "To look around first, start the program with the demo data: "
                    "crm-desktop --demo"
                )
            )

    @Slot(object)
    def _on_data_changed(self, change: Change) -> None:
        if self._select_created is not None and change.kind == self._select_created and change.ids:
            self._select_created = None
            try:
                self.select_record(change.kind, change.ids[0], change.parent)
            except Exception:  # noqa: BLE001
                log.exception("selecting the new record failed")
        self._update_actions()

    @Slot()
    def _on_external_change(self) -> None:
        """Another PC saved: show the current data (open dialogs keep their own copy)."""
        try:
            self.refresh()
        except Exception:  # noqa: BLE001 - the next change or F5 tries again
            log.exception("refreshing after another PC's change failed")
            return
        self.statusBar().showMessage(self.tr("Updated with changes saved on another PC."), 5000)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)
        if busy:
            self.statusBar().showMessage(self.tr("Working…"))
        else:
            self.statusBar().clearMessage()

    # -- commands ------------------------------------------------------------------------
    def _open_dialog(self, factory: str, *args, created: NodeKind | None = None, **kwargs):
        """Open a dialog from ``crm_desktop.ui.dialogs`` (imported on first use)."""
        from crm_desktop.ui import dialogs

        dialog = getattr(dialogs, factory)(self, self.ctx, *args, **kwargs)
        # Freed when closed: a clerk opens hundreds of dialogs a day.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if created is not None:
            self._select_created = created
            dialog.rejected.connect(self._forget_created)
        dialog.open()
        return dialog

    @Slot()
    def _forget_created(self) -> None:
        self._select_created = None

    def _new(self, kind: NodeKind) -> None:
        parent_id = None
        parent_kind = PARENT_OF.get(kind)
        if parent_kind is not None:
            parent_id = self._chain().get(parent_kind)
            if parent_id is None:
                return
        self._open_dialog("record_dialog", kind, parent_id=parent_id, created=kind)

    # -- customers -----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.focus_and_select()

    def new_customer(self, room: tuple[int | None, int | None, str] | None = None) -> None:
        """The customer entry dialog; with ``room`` the new customer joins that room."""
        self._customer_dialog(room=room)

    def edit_customer(self, customer_id: int) -> None:
        self._customer_dialog(customer_id=customer_id)

    def add_identity_for(self, customer_id: int) -> None:
        """An existing customer gets a room: their form, opened at "add to a room"."""
        self._customer_dialog(customer_id=customer_id, room=(None, None, ""))

    def _customer_dialog(self, **kwargs):
        if self.ctx is None:
            return None
        from crm_desktop.ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.ctx, self, **kwargs)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openCustomer.connect(self.open_customer)
        if kwargs.get("customer_id") is None:
            dialog.saved.connect(self.open_customer)
        dialog.open()
        return dialog

    def add_customer_to_room(self) -> None:
        record = self.current_record()
        if record is None or record[0] not in (NodeKind.ROOM, NodeKind.PARKING_SPACE):
            return
        kind, record_id = record
        label = self.detail.current_title()
        if kind == NodeKind.ROOM:
            self.new_customer((record_id, None, label))
        else:
            self.new_customer((None, record_id, label))

    def _selected_resource(self) -> tuple[int | None, int | None, str] | None:
        """The selected room or parking space as (room id, space id, label)."""
        record = self.current_record()
        if self.ctx is None or record is None:
            return None
        kind, record_id = record
        if kind not in (NodeKind.ROOM, NodeKind.PARKING_SPACE):
            return None
        room = record_id if kind == NodeKind.ROOM else None
        space = record_id if kind == NodeKind.PARKING_SPACE else None
        return room, space, self.detail.current_title()

    def _resource_workflow(self, name: str) -> None:
        resource = self._selected_resource()
        if resource is not None:
            from crm_desktop.ui import workflows

            getattr(workflows, name)(self.ctx, self, resource)

    def register_sale(self) -> None:
        """Sales registration for the selected room or parking space."""
        self._resource_workflow("sale")

    def handover(self) -> None:
        """Schedule or record the handover (收楼) of the selected room."""
        resource = self._selected_resource()
        if resource is None or resource[0] is None:
            return
        from crm_desktop.ui import workflows

        workflows.handover(self.ctx, self, resource[0], resource[2])

    def transfer(self) -> None:
        """Transfer of ownership (过户) of the selected room or parking space."""
        self._resource_workflow("transfer")

    def let(self) -> None:
        """A lease (出租) of the selected room or parking space."""
        self._resource_workflow("lease")

    def _report_scope(self) -> tuple[dict, str] | None:
        """The building (or else the project) of the selection, for a report."""
        if self.ctx is None or self.tree_model is None:
            return None
        chain = self._chain()
        for kind, key in ((NodeKind.BUILDING, "building_id"), (NodeKind.PROJECT, "project_id")):
            if kind in chain:
                return {key: chain[kind]}, self._scope_name(kind, chain)
        return None

    def _room_customers(self) -> tuple[dict, str] | None:
        """The customers of the selected room or space today, owners first."""
        from crm_desktop.services import identities

        room, space, title = self._selected_resource()
        rows = identities.resource_identities(self.ctx.db, room_id=room, space_id=space)
        ids = list(dict.fromkeys(row.customer_id for row in rows))
        if not ids:
            self.statusBar().showMessage(
                self.tr("{what} has no customers today: there is no card to print.").format(
                    what=title
                ),
                5000,
            )
            return None
        return {"customer_ids": ids}, title

    def _scope_name(self, kind: NodeKind, chain: dict) -> str:
        from crm_desktop.services import queries

        names = []
        for part in (NodeKind.PROJECT, NodeKind.BUILDING):
            if part in chain:
                names.append(queries.record_detail(self.ctx.db, part, chain[part], 0).title)
            if part == kind:
                break
        return " ".join(names)

    def _report(self, kind: str) -> None:
        from crm_desktop.ui.report_dialog import ReportDialog

        if self.ctx is None:
            return
        found = self._report_scope()
        if kind == "cards" and self._selected_resource() is not None:
            found = self._room_customers()
        if kind == "handover_sheet":
            resource = self._selected_resource()
            if resource is None or resource[0] is None:
                return
            found = ({"room_id": resource[0]}, resource[2])
        elif kind in ("occupancy", "leases", "transfers"):
            chain = self._chain() if self.tree_model is not None else {}
            if NodeKind.PROJECT in chain:
                found = (
                    {"project_id": chain[NodeKind.PROJECT]},
                    self._scope_name(NodeKind.PROJECT, chain),
                )
            else:
                found = ({}, self.tr("all projects"))
        if found is None:
            return
        scope, what = found
        dialog = ReportDialog(self.ctx, kind, scope, what, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def import_excel(self) -> None:
        if self.ctx is None:
            return
        from crm_desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_table(self) -> None:
        """The table as shown, to .xlsx (named after what the tree shows)."""
        if self.ctx is None:
            return
        from crm_desktop.ui.export_table import export_view

        current = self.tree.currentIndex()
        name = current.data() if current.isValid() else self.tr("Regions")
        self._export = export_view(self.ctx, self.table, self, default_name=str(name))

    def export_customers(self) -> None:
        """The customer list of the selected building, its project, or everyone."""
        if self.ctx is None:
            return
        from crm_desktop.ui.export_customers import ExportCustomersDialog

        chain = self._chain() if self.tree_model is not None else {}
        scopes = [
            (self._scope_name(kind, chain), {key: chain[kind]})
            for kind, key in ((NodeKind.BUILDING, "building_id"), (NodeKind.PROJECT, "project_id"))
            if kind in chain
        ]
        scopes.append((self.tr("all projects"), {}))
        dialog = ExportCustomersDialog(self.ctx, scopes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def print_cards(self) -> None:
        """Customer cards of the selected building or project (Reports menu, Ctrl+P)."""
        self._report("cards")

    def print_ledger(self) -> None:
        self._report("ledger")

    def show_due_list(self) -> None:
        """Show the due list (also when the clerk closed it) and put the cursor in it."""
        self.due_dock.show()
        self.due_dock.raise_()
        if self.due_panel is not None:
            self.due_panel.setFocus()

    def open_due_record(self, kind: str, record_id: int) -> None:
        """A line of the due list: its customer, room or space (the Records page for a
        lease, handover or defect)."""
        if self.ctx is None:
            return
        if kind == "customer":
            self.open_customer(record_id)
        elif kind == "space":
            self._reveal_resource(space_id=record_id)
        elif kind == "room":
            self._reveal_resource(room_id=record_id)
        elif kind == "handover":
            self._reveal_resource(room_id=record_id, records=True)
        elif kind == "lease":
            from crm_desktop.services.tenancy import lease_of

            def found(lease) -> None:
                first = lease.resources[0] if lease.resources else None
                if first is not None and first.room_id is not None:
                    self._reveal_resource(room_id=first.room_id, records=True)
                elif first is not None:
                    self._reveal_resource(space_id=first.space_id, records=True)

            self.ctx.run(lease_of, self.ctx.db, record_id, on_done=found)

    def open_customer(self, customer_id: int) -> None:
        """The customer's own window (one per customer: raised if already open)."""
        if self.ctx is None:
            return
        view = self._customer_views.get(customer_id)
        if view is None:
            from crm_desktop.ui.customer_view import CustomerView

            view = CustomerView(self.ctx, customer_id, None)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.editRequested.connect(self.edit_customer)
            view.addIdentityRequested.connect(self.add_identity_for)
            view.openCustomer.connect(self.open_customer)
            view.openRoom.connect(self.reveal_room)
            view.openSpace.connect(self.reveal_space)
            view.destroyed.connect(lambda *_a, cid=customer_id: self._customer_views.pop(cid, None))
            self._customer_views[customer_id] = view
            view.show()
        view.raise_()
        view.activateWindow()

    def reveal_room(self, room_id: int) -> None:
        """Select a room in the tree (from a customer's holdings)."""
        self._reveal_resource(room_id=room_id)

    def reveal_space(self, space_id: int) -> None:
        self._reveal_resource(space_id=space_id)

    def _reveal_resource(self, records: bool = False, **resource: int) -> None:
        if self.ctx is None:
            return
        from crm_desktop.services.identities import resource_path

        def done(path):
            if path:
                self.reveal(path)
                if records:
                    self.detail.show_records_tab()
                self.raise_()
                self.activateWindow()

        self.ctx.run(resource_path, self.ctx.db, **resource, on_done=done)

    def new_region(self) -> None:
        self._new(NodeKind.REGION)

    def new_project(self) -> None:
        self._new(NodeKind.PROJECT)

    def new_building(self) -> None:
        self._new(NodeKind.BUILDING)

    def new_room(self) -> None:
        self._new(NodeKind.ROOM)

    def new_car_park(self) -> None:
        self._new(NodeKind.CAR_PARK)

    def new_child(self) -> None:
        """Ctrl+N: a new record of the kind shown under the selection."""
        record = self.current_record()
        if record is None:
            self._new(NodeKind.REGION)
        elif record[0] in LEAF_KINDS:
            self._new(record[0])  # a sibling
        else:
            from crm_desktop.services.queries import TABLE_CHILD

            self._new(TABLE_CHILD[record[0]])

    def generate_rooms(self) -> None:
        building = self._chain().get(NodeKind.BUILDING)
        if building is not None:
            self._open_dialog("generate_rooms_dialog", building)

    def generate_spaces(self) -> None:
        car_park = self._chain().get(NodeKind.CAR_PARK)
        if car_park is not None:
            self._open_dialog("generate_spaces_dialog", car_park)

    def edit_selected(self) -> None:
        record = self.current_record()
        if record is not None:
            self._open_dialog("record_dialog", record[0], record_id=record[1])

    def split_room(self) -> None:
        record = self.current_record()
        if record is not None and record[0] == NodeKind.ROOM:
            self._open_dialog("split_room_dialog", record[1], created=NodeKind.ROOM)

    def merge_rooms(self) -> None:
        ids = self.selected_room_ids()
        if len(ids) >= 2:
            self._open_dialog("merge_rooms_dialog", ids, created=NodeKind.ROOM)

    def refresh(self) -> None:
        """Re-read everything shown (other PCs may have changed the data)."""
        for key in self._loaded_containers():
            self.tree_model.reload_children(*key) if key else self.tree_model.reload_children()
        self.table_model.refresh()
        if self.detail.current is not None:
            self.detail.show_record(*self.detail.current)
        if self.due_panel is not None:
            self.due_panel.refresh()
        self._update_actions()

    def _loaded_containers(self) -> list[Key | None]:
        out: list[Key | None] = [None]
        model = self.tree_model
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if model.rowCount(index):
                    out.append((index.data(KindRole), index.data(IdRole)))
                    stack.append(index)
        return out

    def expand_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.expand(index)

    def open_settings(self) -> None:
        from crm_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx.settings if self.ctx else config.load(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._settings_saved(dialog))
        dialog.open()

    def _settings_saved(self, dialog) -> None:
        settings = dialog.settings()
        if self.ctx is not None:
            self.ctx.settings = settings
        if self.due_panel is not None:
            self.due_panel.refresh()  # its days may have changed
        if dialog.language_changed:
            self.languageChangeRequested.emit(settings.language)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Property CRM"),
            self.tr(
                "Property CRM {version}\n\n"
                "Customers and property base data for the front desk of a "
                "property-management office."
            ).format(version=__version__),
        )
