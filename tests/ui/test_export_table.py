"""Exporting what a view shows: filter, sort, moved and hidden columns, typed cells."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QTreeWidget, QTreeWidgetItem
from sqlalchemy import select

from crm_desktop.db.models import AuditEntry
from crm_desktop.domain.enums import NodeKind
from crm_desktop.excel.export import ColumnKind, XlsxColumn
from crm_desktop.services import customers as c
from crm_desktop.services import disclosure
from crm_desktop.ui import export_table
from crm_desktop.ui.export_table import export_rows, export_view, infer_kind
from crm_desktop.ui.table_model import ItemTableModel
from crm_desktop.ui.tables import make_table, text_item
from tests.factories import person, portfolio


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with a path in tmp_path (and records what it was asked)."""
    asked = []

    def answer(parent, caption, start, filters):
        asked.append((caption, start, filters))
        return str(tmp_path / "export"), filters  # no suffix typed: .xlsx is added

    monkeypatch.setattr(export_table.QFileDialog, "getSaveFileName", answer)
    return asked


def finish(qtbot, runner):
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        pass
    path, rows = blocker.args
    qtbot.waitUntil(lambda: runner.result_box is not None and runner.result_box.isVisible())
    return path, rows


def cells(path):
    ws = load_workbook(path).active
    return ws, [[cell.value for cell in row] for row in ws.iter_rows()]


def shown(view):
    """What the view paints: header titles and cell texts, visual order, hidden out."""
    model, header = view.model(), view.horizontalHeader()
    cols = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    titles = [model.headerData(col, Qt.Orientation.Horizontal) for col in cols]
    rows = [[model.index(r, col).data() for col in cols] for r in range(model.rowCount())]
    return titles, rows


def test_room_table_exports_filter_sort_and_column_order(
    qtbot, ctx, db, actor, save_as, tmp_path, monkeypatch
):
    monkeypatch.setattr(export_table, "FETCH_CHUNK", 5)  # several database reads
    monkeypatch.setattr(export_table, "GUI_SLICE", 7)  # ids read over several turns
    p = portfolio(db, actor)
    model = ItemTableModel(ctx)
    model.set_parent(NodeKind.BUILDING, p["building"])
    keys = [col.key for col in model.columns]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(keys.index("unit"))
    proxy.setFilterFixedString("2")
    proxy.sort(keys.index("code"), Qt.SortOrder.DescendingOrder)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(keys.index("status")), 0)
    view.setColumnHidden(keys.index("floor"), True)
    view.setColumnHidden(keys.index("unit"), True)
    view.show()

    runner = export_view(ctx, view, view, default_name="3栋 房间")
    path, count = finish(qtbot, runner)
    assert path == str(tmp_path / "export.xlsx")
    assert save_as[0][1].endswith("3栋 房间.xlsx")

    titles, texts = shown(view)
    assert count == len(texts) == 24  # unit 2 of 2 units × 6 floors × 4 rooms
    ws, values = cells(path)
    assert values[0] == titles
    assert titles[0] == "Status" and "Floor" not in titles and "Unit" not in titles
    codes = [row[titles.index("Room code")] for row in values[1:]]
    assert codes == [row[titles.index("Room code")] for row in texts]
    assert codes[0].startswith("3-2-6") and all(code.startswith("3-2-") for code in codes)
    gross = titles.index("Gross area (m²)")
    areas = {gross, titles.index("Inner area (m²)")}
    for exported, painted in zip(values[1:], texts, strict=True):
        for n, (value, text) in enumerate(zip(exported, painted, strict=True)):
            if n in areas:
                assert value == float(Decimal(text))
            else:
                assert str(value or "") == text  # codes, labels of enums, owners
    area = ws.cell(2, gross + 1)
    assert (area.data_type, area.number_format) == ("n", "0.00")
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{chr(64 + len(titles))}25"

    # The result offers to open the file or its folder.
    box = runner.result_box
    labels = [b.text() for b in box.buttons()]
    assert {"&Open the file", "Show in &folder", "&Close"} <= set(labels)
    opened = []
    monkeypatch.setattr(export_table, "open_file", opened.append)
    next(b for b in box.buttons() if b.text() == "&Open the file").click()
    assert opened == [tmp_path / "export.xlsx"]


def test_a_widget_table_exports_typed_cells_in_visual_order(qtbot, ctx, save_as):
    table = make_table(["Room", "Phone", "Since", "Rent", "Note"], "t", "t")
    qtbot.addWidget(table)
    data = [
        ["3-2-501", "138****0000", "2023-05-01", "3,500.00", "钥匙已交"],
        ["3-2-0902", "139****1111", "2024-01-15", "12,000.00", ""],
        ["3-1-101", "137****2222", "", "800.00", "=cmd"],
    ]
    table.setRowCount(len(data))
    for r, row in enumerate(data):
        for col, text in enumerate(row):
            table.setItem(r, col, text_item(text))
    table.setRowHidden(1, True)  # not shown: not exported
    table.horizontalHeader().moveSection(4, 0)
    table.setColumnHidden(2, False)
    table.setColumnHidden(1, True)
    table.show()

    runner = export_view(ctx, table, table, default_name="people")
    path, count = finish(qtbot, runner)
    assert count == 2
    ws, values = cells(path)
    assert values == [
        ["Note", "Room", "Since", "Rent"],
        ["钥匙已交", "3-2-501", values[1][2], 3500],
        ["=cmd", "3-1-101", None, 800],
    ]
    assert values[1][2].date() == date(2023, 5, 1) and ws["C2"].is_date
    assert ws["D2"].number_format == "#,##0.00"
    assert ws["A3"].data_type == "s"  # never a formula


def test_a_table_changing_while_it_is_read_stops_the_export(
    qtbot, ctx, save_as, tmp_path, monkeypatch
):
    monkeypatch.setattr(export_table, "GUI_SLICE", 10)
    table = make_table(["Room"], "t", "t")
    qtbot.addWidget(table)
    table.setRowCount(100)
    for r in range(100):
        table.setItem(r, 0, text_item(f"3-2-{r}"))
    runner = export_view(ctx, table, table, default_name="rooms")
    messages = []
    runner.failed.connect(messages.append)
    table.removeRow(99)  # a refresh after another clerk's save, before the reading ends
    qtbot.waitUntil(lambda: bool(messages))
    assert "changed while it was being read" in messages[0]
    assert not [p for p in tmp_path.iterdir() if ".xlsx" in p.name]
    runner.result_box.close()


def test_a_tree_exports_its_lines_with_their_group(qtbot, ctx, save_as):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Where", "When"])
    leases = QTreeWidgetItem(tree, ["Leases ending (2)"])
    QTreeWidgetItem(leases, ["3-2-501", "2024-06-30"])
    QTreeWidgetItem(leases, ["3-2-502", "2024-07-01"])
    rooms = QTreeWidgetItem(tree, ["Rooms without an owner (1)"])
    QTreeWidgetItem(rooms, ["3-1-101", ""])
    tree.show()

    runner = export_view(ctx, tree, tree, default_name="due")
    path, count = finish(qtbot, runner)
    _, values = cells(path)
    assert count == 3
    assert values[0] == ["Group", "Where", "When"]
    assert [row[:2] for row in values[1:]] == [
        ["Leases ending (2)", "3-2-501"],
        ["Leases ending (2)", "3-2-502"],
        ["Rooms without an owner (1)", "3-1-101"],
    ]
    assert values[1][2].date() == date(2024, 6, 30)


def test_cancel_from_the_progress_dialog_leaves_no_file(qtbot, ctx, save_as, tmp_path):
    columns = [XlsxColumn("Code")]

    def rows():
        for i in range(10_000_000):
            yield [f"R{i}"]

    runner = export_rows(ctx, None, default_name="big", columns=columns, rows=rows, total=10**7)
    qtbot.waitUntil(lambda: runner.progress.isVisible() and runner.progress.value() > 0)
    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        qtbot.mouseClick(runner.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    runner.wait(5)
    assert not [p for p in tmp_path.iterdir() if ".xlsx" in p.name]  # nor a .part file


def test_full_numbers_are_audited_then_exported(qtbot, ctx, db, actor, save_as):
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    columns = [XlsxColumn("姓名"), XlsxColumn("手机", ColumnKind.PHONE)]
    with pytest.raises(ValueError):
        export_rows(
            ctx, None, default_name="x", columns=columns, rows=list, total=0, full_numbers=True
        )
    runner = export_rows(
        ctx,
        None,
        default_name="客户",
        columns=columns,
        rows=lambda: [["张三", "13800138000"]],
        total=1,
        customer_ids=[zhang],
        full_numbers=True,
    )
    path, _ = finish(qtbot, runner)
    assert load_workbook(path).active["B2"].value == "13800138000"
    with db.read() as s:
        audited = s.scalars(
            select(AuditEntry.record_id).where(AuditEntry.action == disclosure.EXPORT)
        ).all()
    assert audited == [zhang]
    runner.result_box.close()


def test_a_file_open_elsewhere_gives_a_message_that_says_what_to_do(
    qtbot, ctx, save_as, monkeypatch
):
    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_table, "write_xlsx", locked)
    runner = export_rows(ctx, None, default_name="x", columns=[XlsxColumn("A")], rows=list, total=0)
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        pass
    assert "open in another program" in blocker.args[0]
    assert isinstance(runner.result_box, QMessageBox)
    runner.result_box.close()


def test_infer_kind_keeps_codes_and_leading_zeros_as_text():
    assert infer_kind(["0901", "1501"]) == ColumnKind.TEXT
    assert infer_kind(["12", "7"], right_aligned=True) == ColumnKind.INTEGER
    assert infer_kind(["110105********1234", ""]) == ColumnKind.ID_NUMBER
    assert infer_kind(["2024000123456"]) == ColumnKind.CODE
    assert infer_kind(["89.50", "72.10"]) == ColumnKind.NUMBER
    assert infer_kind([date(2024, 1, 1), None]) == ColumnKind.DATE
    assert infer_kind(["2023年5月1日"]) == ColumnKind.DATE


@pytest.mark.parametrize("stop", [False, True])
def test_closing_the_window_during_an_export_asks_and_leaves_no_partial_file(
    qtbot, ctx, save_as, tmp_path, monkeypatch, stop
):
    from crm_desktop.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()

    def rows():
        for i in range(10_000_000):
            yield [f"R{i}"]

    runner = export_rows(
        ctx, win, default_name="big", columns=[XlsxColumn("Code")], rows=rows, total=10**7
    )
    qtbot.waitUntil(lambda: runner.progress.value() > 0, timeout=10000)
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if stop else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert win.close() is stop
    assert len(asked) == 1 and "export.xlsx" in asked[0]
    if stop:  # the thread was waited for: its partial file is already gone
        assert not [p for p in tmp_path.iterdir() if ".xlsx" in p.name]  # nor a .part file
        qtbot.waitUntil(lambda: not export_table.running_exports(), timeout=10000)
    else:
        assert win.isVisible()
        assert export_table.running_exports() == [runner]
        export_table.stop_running_exports()
        qtbot.waitUntil(lambda: not export_table.running_exports(), timeout=10000)
