"""Importing from the window as a clerk: a template saved, a file with mistakes checked
(each reported with its row, nothing written), the problems copy saved, the corrected
file imported, the tree showing the new building."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from crm_desktop.db.models import Room
from crm_desktop.services import resources as r
from crm_desktop.ui.import_dialog import ImportDialog
from tests.excel.test_import_rooms import room, xlsx


def count_rooms(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Room))


def checked(qtbot, dlg, path):
    dlg.check_file(path)
    qtbot.waitUntil(
        lambda: dlg.check is not None or "error" in dlg.summary.styleSheet(), timeout=20000
    )
    qtbot.waitUntil(lambda: not dlg._running, timeout=20000)


def test_check_fix_and_import_rooms(qtbot, ctx, db, actor, tmp_path, monkeypatch):
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    r.create_project(db, actor, r.ProjectFields(region, "翠湖花园", code="CH"))
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()

    # A template first.
    template = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    dlg.template_button.menu().actions()[0].trigger()
    assert template.exists() and "Template saved" in dlg.summary.text()

    # The office's file, with two mistakes.
    bad = xlsx(
        tmp_path / "rooms.xlsx",
        [room(101), room(102, gross="八十九"), room(103, use="仓库"), room(104)],
    )
    checked(qtbot, dlg, bad)
    assert not dlg.check.ok and dlg.problems.rowCount() == 2
    rows = sorted(dlg.problems.item(i, 1).text() for i in range(2))
    assert rows == ["4", "5"]  # Excel's row numbers (a title row, the header, then data)
    assert "2 problems in 2 rows" in dlg.summary.text()
    assert not dlg.import_button.isEnabled() and dlg.only_valid.isVisible()
    assert count_rooms(db) == 0  # the dry run wrote nothing

    copy = tmp_path / "problems.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(copy).worksheets[0]
    last = sheet.max_column
    assert sheet.cell(4, last).value and sheet.cell(3, last).value in (None, "")

    # Fixed, checked again, imported.
    good = xlsx(tmp_path / "rooms2.xlsx", [room(101), room(102), room(103), room(104)])
    checked(qtbot, dlg, good)
    assert dlg.check.ok and dlg.import_button.isEnabled()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=30000)
    assert count_rooms(db) == 4
    assert dlg.summary.text().startswith("Imported.")


def test_only_the_valid_rows(qtbot, ctx, db, actor, tmp_path):
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    r.create_project(db, actor, r.ProjectFields(region, "翠湖花园", code="CH"))
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    checked(qtbot, dlg, xlsx(tmp_path / "r.xlsx", [room(101), room(102, use="仓库")]))
    dlg.only_valid.setChecked(True)
    assert dlg.import_button.isEnabled()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=30000)
    assert count_rooms(db) == 1 and "1 rows with problems were left out" in dlg.summary.text()
