"""The ``crm-desktop`` entry point: logging, language, database, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import __version__, config, paths
from crm_desktop.db.urls import sqlite_url
from crm_desktop.domain.errors import CrmError

if TYPE_CHECKING:
    from crm_desktop.services.database import Actor, Database
    from crm_desktop.ui.main_window import MainWindow

log = logging.getLogger("crm_desktop")

LOG_FILE = "crm_desktop.log"


def is_open_error(exc: BaseException) -> bool:
    """Errors of the environment a clerk can act on (as opposed to bugs)."""
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, CrmError | OSError | DBAPIError)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-desktop", description="Property CRM")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL to open")
    parser.add_argument("--demo", action="store_true", help="open (or create) the demo database")
    parser.add_argument(
        "--smoke-test", action="store_true", help="open the main window, load data, exit"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en", "auto"], help="interface language")
    parser.add_argument("--version", action="version", version=__version__)
    return parser.parse_args(argv)


def setup_logging() -> Path | None:
    """One rotating log file in the user's log folder (added once per process)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "_crm_desktop", False):
            return Path(handler.baseFilename)
    try:
        path = paths.user_log_dir() / LOG_FILE
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        print(f"cannot write the log file: {exc}", file=sys.stderr)
        return None
    handler._crm_desktop = True  # type: ignore[attr-defined]
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path | None) -> None:
    """Bugs: log the traceback and show a crash dialog naming the log file.

    Environment errors (``CrmError``) that reach the event loop get their plain message.
    """

    def hook(exc_type, exc, tb) -> None:
        app = QApplication.instance()
        if isinstance(exc, CrmError) and app is not None:
            # Not a bug but the environment (share offline, file locked …) reaching a
            # view directly, e.g. while expanding the tree: say what to do and go on.
            from crm_desktop.ui.errors import error_text

            log.warning("%s reached the event loop: %s", exc_type.__name__, exc)
            QMessageBox.warning(
                app.activeWindow(),
                QCoreApplication.translate("App", "Property CRM"),
                error_text(exc),
            )
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unhandled exception:\n%s", text)
        if issubclass(exc_type, KeyboardInterrupt):
            return
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Property CRM"), ""
        )
        box.setObjectName("crashDialog")
        box.setText(
            QCoreApplication.translate(
                "App",
                "Something went wrong inside the program. What you saved before is safe. "
                "Please tell your administrator and give them the log file:\n{path}",
            ).format(path=log_path or "-")
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def database_url(args: argparse.Namespace, settings: config.Settings) -> str:
    if args.demo:
        return sqlite_url(paths.user_data_dir() / "demo.sqlite")
    if args.db:
        return args.db if "://" in args.db else sqlite_url(args.db)
    return settings.database_url()


def admin_name() -> str:
    """The name a new database gives its local administrator, in the interface language."""
    return QCoreApplication.translate("App", "Administrator")


def open_demo(url: str) -> Database:
    """Open the demo database, creating and filling it first when it does not exist."""
    from crm_desktop.db.engine import database_file
    from crm_desktop.services.database import Database

    path = database_file(url)
    fresh = path is not None and not path.exists()
    db = Database.open(url)
    if fresh:
        try:
            from crm_desktop.services.demo import create_demo

            create_demo(db, db.ensure_admin(admin_name()), scale="small")
        except BaseException:
            db.close()
            path.unlink(missing_ok=True)
            raise
    return db


def open_database(url: str, demo: bool) -> tuple[Database, Actor]:
    """Open (migrating if needed) and return the database and the acting user."""
    from crm_desktop.services.database import Database

    db = open_demo(url) if demo else Database.open(url)
    try:
        return db, db.ensure_admin(admin_name())
    except BaseException:
        db.close()
        raise


class DatabaseOpener(QObject):
    """Opens the database on a worker thread, so the window stays responsive while a
    file on a slow share is opened, backed up or migrated."""

    opened = Signal(object, object)  # Database, Actor
    failed = Signal(object)  # exception

    def start(self, url: str, demo: bool) -> None:
        threading.Thread(target=self._run, args=(url, demo), name="crm-open", daemon=True).start()

    def _run(self, url: str, demo: bool) -> None:
        try:
            db, actor = open_database(url, demo)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.failed.emit(exc)
        else:
            self.opened.emit(db, actor)


def _warm_up() -> None:
    import crm_desktop.services.customers  # noqa: F401
    import crm_desktop.services.search  # noqa: F401
    from crm_desktop.domain.search_keys import pinyin_tokens

    pinyin_tokens("张三")  # loads pypinyin's dictionaries


def _open_error_text(exc: BaseException) -> str:
    from crm_desktop.ui.errors import error_text

    if not isinstance(exc, CrmError):
        return QCoreApplication.translate(
            "App",
            "The database could not be opened. If it is on a shared folder, check that this "
            "PC is connected to the network and can open the folder.\n\nDetails: {error}",
        ).format(error=getattr(exc, "orig", None) or exc)
    return error_text(exc)


def ask_for_other_database(url: str, exc: BaseException) -> config.Settings | None:
    """Explain why a database did not open; let the clerk choose another one."""
    from crm_desktop.ui.settings_dialog import SettingsDialog

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Property CRM"),
        _open_error_text(exc),
    )
    box.setObjectName("openErrorDialog")
    box.setInformativeText(
        QCoreApplication.translate("App", "Database: {location}").format(location=url)
    )
    choose = box.addButton(
        QCoreApplication.translate("App", "Choose another database…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    dialog = SettingsDialog(config.load())
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return None
    return dialog.settings()


def smoke_test(window) -> str:
    """Load the top level, expand the first project; return a one-line summary."""
    model, tree = window.tree_model, window.tree
    regions = model.rowCount()
    projects = rooms = children = 0
    if regions:
        region = model.index(0, 0)
        if model.canFetchMore(region):
            model.fetchMore(region)
        tree.expand(region)
        projects = model.rowCount(region)
        if projects:
            project = model.index(0, 0, region)
            if model.canFetchMore(project):
                model.fetchMore(project)
            tree.expand(project)
            tree.setCurrentIndex(project)
            children = model.rowCount(project)
    QApplication.processEvents()
    table_rows = window.table_model.rowCount(QModelIndex())
    if table_rows:
        window.table_model.index(0, 0).data()
    rooms = table_rows
    return (
        f"smoke test ok: {regions} regions, {projects} projects in the first region, "
        f"{children} buildings and car parks in the first project ({rooms} table rows); "
        f"database {window.ctx.db.describe()}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the program; returns the exit code (never calls ``sys.exit``).

    The window is shown before the database is touched (and before SQLAlchemy is
    even imported); the database is opened on a worker thread and attached to the
    window when ready, so the clerk sees the program at once.
    """
    args = parse_args(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging()
    log.info("crm_desktop %s starting (%s)", __version__, " ".join(argv or sys.argv[1:]))

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("crm_desktop")
    app.setOrganizationName("crm_desktop")
    app.setApplicationVersion(__version__)

    from crm_desktop.ui.i18n import ensure_cjk_font, install_translations

    settings = config.load()
    install_translations(app, args.lang or settings.language)
    ensure_cjk_font(app)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Property CRM"))
    if not args.smoke_test:
        install_excepthook(log_path)

    state = {"url": database_url(args, settings), "demo": args.demo, "settings": settings}
    opener = DatabaseOpener()
    window = None  # built below, while the database opens

    def opened(db: Database, actor: Actor) -> None:
        from crm_desktop.ui.app_context import AppContext

        ctx = AppContext(db, actor, state["settings"])
        window.attach(ctx)
        ctx.start_watching()
        # Load the search and customer services now, on the database thread, so the
        # clerk's first keystroke in the search box does not wait for the imports.
        ctx.run(_warm_up, quiet=True)
        log.info("opened %s as %s", db.describe(), actor.username)

    def failed(exc: BaseException) -> None:
        if not is_open_error(exc):
            # A bug: the crash dialog names the log file; without a database the
            # window is of no use, so the program ends.
            sys.excepthook(type(exc), exc, exc.__traceback__)
            app.exit(2)
            return
        log.warning("cannot open database %s: %s", state["url"], exc)
        new = ask_for_other_database(state["url"], exc)
        if new is None:
            # Leave the loop first; the window is closed below, outside the loop,
            # so no late "last window closed" quit reaches a later event loop.
            app.exit(1)
            return
        state.update(url=new.database_url(), demo=False, settings=new)
        opener.start(state["url"], False)

    if not args.smoke_test:
        # Open the database (on its thread) while the window is being built: the
        # results arrive through the event loop, so only once the window exists.
        opener.opened.connect(opened)
        opener.failed.connect(failed)
        opener.start(state["url"], state["demo"])

    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow()
    window.show()

    def rebuild(language: str) -> None:
        nonlocal window
        window = switch_language(window, language)
        window.languageChangeRequested.connect(rebuild)

    window.languageChangeRequested.connect(rebuild)
    try:
        if args.smoke_test:
            return run_smoke_test(window, state)
        return app.exec()
    finally:
        window.close()
        window.deleteLater()
        if window.ctx is not None:
            window.ctx.shutdown()
        log.info("crm_desktop stopped")


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Apply another interface language at once: a new window, in the same place.

    Every string of the old window was set when it was built, so the window is
    rebuilt (menus, views, detail pane) on the same database context, and the
    clerk's selection and layout carry over. Dialogs are built when opened, so
    they follow by themselves.
    """
    from crm_desktop.ui.i18n import install_translations
    from crm_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    install_translations(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Property CRM"))
    record = window.tree_record() if window.ctx is not None else None
    path = window.tree_model.ancestors(*record) if record else []
    window.save_layout()
    new = MainWindow()
    if window.ctx is not None:
        new.attach(window.ctx)
    new.show()
    if path:
        new.reveal(path)
    # Shown first, closed second: the old one is never the last window (no quit).
    window.close()
    window.deleteLater()
    return new


def run_smoke_test(window: MainWindow, state: dict) -> int:
    """Open the database in the foreground, attach it, load the tree; 0 if all worked."""
    from crm_desktop.ui.app_context import AppContext

    try:
        db, actor = open_database(state["url"], state["demo"])
    except Exception as exc:
        if not is_open_error(exc):
            raise
        print(f"smoke test failed: {_open_error_text(exc)}", file=sys.stderr)
        return 2
    window.attach(AppContext(db, actor, state["settings"]))
    try:
        print(smoke_test(window))
    except Exception as exc:  # noqa: BLE001 - reported, exit code says it failed
        log.exception("smoke test failed")
        print(f"smoke test failed: {exc!r}", file=sys.stderr)
        return 3
    return 0
