"""Reports ▸ Export customers to Excel…: the selected building's customers, its project's,
or everyone; masked numbers unless full numbers are ticked (then audited first)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from crm_desktop.db.models import AuditEntry, Customer
from crm_desktop.domain import clock
from crm_desktop.services import customers as c
from crm_desktop.services import disclosure
from crm_desktop.services import identities as idn
from crm_desktop.ui import export_table
from crm_desktop.ui.export_customers import ExportCustomersDialog
from crm_desktop.ui.main_window import MainWindow
from tests.factories import handed_over_flat, person

TODAY = clock.today()


@pytest.fixture
def flat(db, actor):
    return handed_over_flat(db, actor, TODAY - timedelta(days=90), TODAY - timedelta(days=60))


def export_through(qtbot, win, monkeypatch, path, *, radio: int, full: bool):
    monkeypatch.setattr(
        export_table.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "")
    )
    win.actions["exportCustomersAction"].trigger()
    qtbot.waitUntil(lambda: win.findChild(ExportCustomersDialog) is not None, timeout=5000)
    dialog = win.findChild(ExportCustomersDialog)
    qtbot.waitExposed(dialog)
    labels = [r.text() for r in dialog.radios]
    button = dialog.radios[radio]  # on its round indicator
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.radios[radio].isChecked()
    dialog.full_numbers.setChecked(full)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.runner is not None, timeout=10000)
    with qtbot.waitSignal(dialog.runner.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: dialog.runner.result_box is not None)
    dialog.runner.result_box.close()
    qtbot.waitUntil(lambda: win.findChild(ExportCustomersDialog) is None, timeout=5000)
    return labels, [[cell.value for cell in row] for row in load_workbook(path).active.iter_rows()]


def exported_in_full(db) -> list[int]:
    with db.read() as s:
        return sorted(
            s.scalars(
                select(AuditEntry.record_id).where(AuditEntry.action == disclosure.EXPORT)
            ).all()
        )


def test_a_buildings_customers_masked_then_everyone_in_full(
    qtbot, ctx, db, actor, flat, tmp_path, monkeypatch
):
    outsider = c.create_customer(db, actor, person("王老五", "13600136000"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.reveal(idn.resource_path(db, room_id=flat["room"]))
    labels, rows = export_through(qtbot, win, monkeypatch, tmp_path / "b.xlsx", radio=0, full=False)
    assert len(labels) == 3 and "3栋" in labels[0] and labels[2] == "All customers"
    assert rows[0][:3] == ["Customer no.", "Name", "Type"]
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"张三", "李四"}  # the outsider holds nothing here
    zhang = by_name["张三"]
    assert zhang[5] == "138****8000"
    assert "3-2-501 Owner 50%" in zhang[8] and "B1-001 Owner 100%" in zhang[8]
    assert exported_in_full(db) == []

    _labels, rows = export_through(
        qtbot, win, monkeypatch, tmp_path / "all.xlsx", radio=2, full=True
    )
    by_name = {row[1]: row for row in rows[1:]}
    with db.read() as s:
        everyone = s.scalars(select(Customer.id).order_by(Customer.id)).all()
    assert [row[0] for row in rows[1:]] == everyone  # in number order
    assert {"张三", "李四", "王老五"} <= set(by_name)
    assert by_name["张三"][5] == "13800138000" and by_name["王老五"][8] is None
    assert exported_in_full(db) == everyone  # one audit entry each
    assert outsider in everyone
