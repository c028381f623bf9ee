"""The interactive start-up: window first, database opened on a worker thread."""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from crm_desktop import app as app_module
from crm_desktop.db.engine import sqlite_url
from crm_desktop.services.database import Database
from tests.factories import portfolio


def _main_window(qapp):
    for widget in qapp.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            return widget
    return None


def run_main_watching(qapp, argv, watch, timeout_ms=20000):
    """Run app.main(argv) while ``watch(window, state)`` is polled; True quits the program.

    The timers are stopped afterwards: a late QCoreApplication.exit() would end the
    event loops of the tests that follow.
    """
    state = {}
    poller, limit = QTimer(), QTimer()

    def poll():
        window = _main_window(qapp)
        if window is not None and watch(window, state):
            poller.stop()
            qapp.exit(0)

    poller.timeout.connect(poll)
    poller.start(10)
    limit.setSingleShot(True)
    limit.timeout.connect(lambda: qapp.exit(99))
    limit.start(timeout_ms)
    try:
        return app_module.main(argv), state
    finally:
        poller.stop()
        limit.stop()


def test_window_is_shown_before_the_database_is_attached(tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    path = tmp_path / "crm.sqlite"
    db = Database.open(sqlite_url(path))
    portfolio(db, db.ensure_admin())
    db.close()
    # Record the moment the window is first shown (polling could come too late on a
    # busy machine: the database may open before the first timer fires).
    from crm_desktop.ui.main_window import MainWindow

    shown: list[bool] = []
    original_show = MainWindow.show

    def show(self):
        shown.append(self.ctx is None)
        original_show(self)

    monkeypatch.setattr(MainWindow, "show", show)

    def watch(window, state):
        if window.ctx is None:
            return False
        state["regions"] = window.tree_model.rowCount()
        state["status"] = window.database_label.text()
        return True

    code, state = run_main_watching(qapp, ["--db", str(path), "--lang", "en"], watch)
    assert code == 0
    assert shown[:1] == [True]  # shown first, attached afterwards
    assert state["regions"] == 1
    assert str(path) in state["status"]


def test_newer_database_gets_a_message_and_the_program_ends(tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "future.sqlite"
    Database.open(sqlite_url(path)).close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    shown = []

    def refuse(url, exc):
        shown.append(app_module._open_error_text(exc))
        return None  # the clerk closes the message instead of choosing another file

    monkeypatch.setattr(app_module, "ask_for_other_database", refuse)
    code, _ = run_main_watching(qapp, ["--db", str(path), "--lang", "en"], lambda w, s: False)
    assert code == 1
    assert shown and "newer version" in shown[0]
    assert QApplication.instance() is qapp


def test_a_bug_while_opening_shows_the_crash_dialog_and_ends(tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crashes = []

    def broken_open(url, demo):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(app_module, "open_database", broken_open)
    monkeypatch.setattr(app_module, "install_excepthook", lambda path: None)
    monkeypatch.setattr(sys, "excepthook", lambda *info: crashes.append(info[1]))
    code, _ = run_main_watching(
        qapp, ["--db", str(tmp_path / "x.sqlite"), "--lang", "en"], lambda w, s: False
    )
    assert code == 2
    assert isinstance(crashes[0], ZeroDivisionError)


def test_demo_is_created_once_then_reused(tmp_path, qapp, monkeypatch, capsys):
    from crm_desktop import paths

    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path)
    assert app_module.main(["--smoke-test", "--demo", "--lang", "en"]) == 0
    assert "smoke test ok: 2 regions" in capsys.readouterr().out
    demo = tmp_path / "demo.sqlite"
    stamp = demo.stat().st_mtime_ns
    assert app_module.main(["--smoke-test", "--demo", "--lang", "en"]) == 0
    assert "smoke test ok: 2 regions" in capsys.readouterr().out
    assert demo.stat().st_mtime_ns == stamp  # opened, not generated again


def test_environment_errors_reaching_the_event_loop_get_a_plain_message(qapp, monkeypatch):
    from crm_desktop.domain.errors import DatabaseUnavailableError
    from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = []
    monkeypatch.setattr(
        app_module.QMessageBox, "warning", staticmethod(lambda *args: shown.append(args[2]))
    )
    monkeypatch.setattr(app_module.QMessageBox, "exec", lambda self: shown.append("crash"))
    app_module.install_excepthook(None)
    exc = DatabaseUnavailableError(QT_TRANSLATE_NOOP("Errors", "The share is offline."))
    sys.excepthook(type(exc), exc, None)
    assert shown == ["The share is offline."]


def test_switching_language_rebuilds_the_window_where_the_clerk_was(qtbot, ctx, db, actor):
    from crm_desktop.domain.enums import NodeKind
    from crm_desktop.ui.main_window import MainWindow

    data = portfolio(db, actor)
    old = MainWindow(ctx)
    old.show()
    old.reveal(
        [
            (NodeKind.BUILDING, data["building"]),
            (NodeKind.PROJECT, data["project"]),
            (NodeKind.REGION, data["region"]),
        ]
    )
    assert old.tree_record() == (NodeKind.BUILDING, data["building"])
    assert old.menuBar().actions()[0].text() == "&File"
    try:
        new = app_module.switch_language(old, "zh_CN")
        qtbot.addWidget(new)
        assert new.menuBar().actions()[0].text() == "文件(&F)"
        assert new.tree_record() == (NodeKind.BUILDING, data["building"])
        assert new.table_model.rowCount() == 48
        assert new.table_model.headerData(0, Qt.Orientation.Horizontal) == "房间编码"
        assert not old.isVisible()
    finally:
        from crm_desktop.ui.i18n import install_translations

        install_translations(QApplication.instance(), "en")
