"""write_xlsx read back with openpyxl: typed cells, header, filter, widths, cancel, audit."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from crm_desktop.db.models import AuditEntry
from crm_desktop.excel.export import (
    ColumnKind,
    ExportCancelled,
    XlsxColumn,
    export_with_disclosure,
    text_width,
    write_xlsx,
)
from crm_desktop.services import customers as c
from crm_desktop.services import disclosure
from tests.factories import person

K = ColumnKind
ID = "110105199003071234"
COLUMNS = [
    XlsxColumn("客户姓名", K.TEXT),
    XlsxColumn("身份证号", K.ID_NUMBER),
    XlsxColumn("手机号码", K.PHONE),
    XlsxColumn("交房日期", K.DATE),
    XlsxColumn("月租金", K.MONEY),
    XlsxColumn("建筑面积(m²)", K.AREA),
    XlsxColumn("楼层", K.INTEGER),
    XlsxColumn("份额", K.PERCENT),
    XlsxColumn("最后修改", K.DATETIME),
    XlsxColumn("收款账号", K.ACCOUNT),
    XlsxColumn("合同编号", K.CODE),
]
ROW = [
    "张三",
    ID,
    "13800138000",
    date(2023, 5, 1),
    Decimal("12345.6"),
    Decimal("89.50"),
    15,
    Decimal("0.5"),
    datetime(2024, 1, 2, 9, 30),
    "6222021234567890",
    "0012024000123",
]


def sheet(path):
    return load_workbook(path).active


def test_cells_are_typed_by_kind(tmp_path):
    path = tmp_path / "客户.xlsx"
    assert write_xlsx(path, COLUMNS, [ROW], sheet_title="客户", full_numbers=True) == 1
    ws = sheet(path)
    cells = {col.title: cell for col, cell in zip(COLUMNS, ws[2], strict=True)}
    name, id_cell, phone = cells["客户姓名"], cells["身份证号"], cells["手机号码"]
    assert (name.value, name.data_type) == ("张三", "s")
    # ID and phone numbers stay text, never 1.10105E+17.
    assert (id_cell.value, id_cell.data_type, id_cell.number_format) == (ID, "s", "@")
    assert (phone.value, phone.data_type, phone.number_format) == ("13800138000", "s", "@")
    handed = cells["交房日期"]
    assert handed.is_date and handed.number_format == "yyyy-mm-dd"
    assert handed.value.date() == date(2023, 5, 1)
    rent = cells["月租金"]
    assert (rent.data_type, rent.value, rent.number_format) == ("n", 12345.6, "#,##0.00")
    area = cells["建筑面积(m²)"]
    assert (area.data_type, area.value, area.number_format) == ("n", 89.5, "0.00")
    assert (cells["楼层"].value, cells["楼层"].number_format) == (15, "0")
    assert (cells["份额"].value, cells["份额"].number_format) == (0.5, "0.00%")
    changed = cells["最后修改"]
    assert changed.is_date and changed.value == datetime(2024, 1, 2, 9, 30)
    assert changed.number_format == "yyyy-mm-dd hh:mm"
    assert (cells["收款账号"].value, cells["收款账号"].data_type) == ("6222021234567890", "s")
    code = cells["合同编号"]
    assert (code.value, code.data_type, code.number_format) == ("0012024000123", "s", "@")


def test_header_is_bold_frozen_filtered_and_printed_on_every_page(tmp_path):
    path = tmp_path / "rooms.xlsx"
    write_xlsx(path, COLUMNS, [ROW] * 3, sheet_title="房间台账", full_numbers=True)
    ws = sheet(path)
    assert ws.title == "房间台账"
    assert [cell.value for cell in ws[1]] == [col.title for col in COLUMNS]
    assert all(cell.font.b for cell in ws[1])
    assert not any(cell.font.b for cell in ws[2])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:K4"
    assert ws.print_title_rows == "$1:$1"


def test_numbers_are_masked_unless_full_numbers_are_asked(tmp_path):
    path = tmp_path / "masked.xlsx"
    write_xlsx(path, COLUMNS, [ROW], sheet_title="客户")
    values = [cell.value for cell in sheet(path)[2]]
    assert values[1:3] == ["110105********1234", "138****8000"]
    assert values[9] == "****7890"
    assert values[10] == "0012024000123"  # a code is not a personal number


def test_text_converts_where_it_can_and_stays_text_where_it_cannot(tmp_path):
    path = tmp_path / "t.xlsx"
    cols = [
        XlsxColumn("日期", K.DATE),
        XlsxColumn("金额", K.MONEY),
        XlsxColumn("备注", K.TEXT),
        XlsxColumn("自动", K.AUTO),
    ]
    rows = [
        ["2023年5月1日", "¥1,234.50", '=HYPERLINK("x")', date(2024, 2, 29)],
        ["2023/5/2", "n/a", "\x07bell", Decimal("3.5")],
        [None, "", "", None],
    ]
    write_xlsx(path, cols, rows, sheet_title="t")
    ws = sheet(path)
    first, second, third = ws[2], ws[3], ws[4]
    assert first[0].value == datetime(2023, 5, 1) and first[0].is_date
    assert (first[1].value, first[1].data_type) == (1234.5, "n")
    # Text starting with "=" is never turned into a formula that Excel would run.
    assert (first[2].value, first[2].data_type) == ('=HYPERLINK("x")', "s")
    assert first[3].is_date and first[3].number_format == "yyyy-mm-dd"
    assert second[0].value == datetime(2023, 5, 2)
    assert (second[1].value, second[1].data_type) == ("n/a", "s")
    assert second[2].value == "bell"  # control characters Excel refuses are dropped
    assert (second[3].value, second[3].data_type) == (3.5, "n")
    assert [cell.value for cell in third] == [None, None, None, None]


def test_widths_count_chinese_double_and_are_capped(tmp_path):
    assert text_width("3-2-501") == 7
    assert text_width("张三丰") == 6
    path = tmp_path / "w.xlsx"
    cols = [
        XlsxColumn("房间编号", K.TEXT),
        XlsxColumn("Room", K.TEXT),
        XlsxColumn("备注", K.TEXT),
        XlsxColumn("身份证号", K.ID_NUMBER),
        XlsxColumn("Fixed", K.TEXT, width=30),
    ]
    rows = [["3-2-501", "x", "很长的备注" * 30, ID, ""]]
    write_xlsx(path, cols, rows, sheet_title="w", full_numbers=True)
    dims = sheet(path).column_dimensions
    widths = [dims[letter].width for letter in "ABCDE"]
    # 4 Chinese characters: about 8 units, bold, plus the filter button.
    assert 10 <= widths[0] <= 14
    assert 6 <= widths[1] <= 9  # a short Latin header: the minimum
    assert widths[2] == 60  # capped
    assert 18 <= widths[3] <= 24  # 18 digits
    assert widths[4] == 30


def test_progress_is_reported_and_a_generator_streams(tmp_path):
    seen = []
    rows = ([f"R{i}", i] for i in range(2500))
    cols = [XlsxColumn("Code"), XlsxColumn("N", K.INTEGER)]
    n = write_xlsx(tmp_path / "p.xlsx", cols, rows, sheet_title="p", progress=seen.append)
    assert n == 2500
    assert seen == [1000, 2000, 2500]
    ws = sheet(tmp_path / "p.xlsx")
    assert ws.max_row == 2501 and ws["A2501"].value == "R2499"
    assert ws.auto_filter.ref == "A1:B2501"


def test_cancel_deletes_the_partial_file_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "rooms.xlsx"
    write_xlsx(path, [XlsxColumn("Code")], [["old"]], sheet_title="old")
    before = path.read_bytes()
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) >= 3

    rows = ([f"R{i}"] for i in range(100_000))
    with pytest.raises(ExportCancelled):
        write_xlsx(path, [XlsxColumn("Code")], rows, sheet_title="new", cancelled=cancelled)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rooms.xlsx"]  # no .part left
    assert sheet(path)["A2"].value == "old"


def test_a_failing_row_source_leaves_nothing_behind(tmp_path):
    def rows():
        yield ["a"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_xlsx(tmp_path / "x.xlsx", [XlsxColumn("A")], rows(), sheet_title="x")
    assert list(tmp_path.iterdir()) == []


def test_full_numbers_are_audited_before_the_file_is_written(db, actor, tmp_path):
    zhang = c.create_customer(db, actor, person("张三", "13800138000"))
    li = c.create_customer(db, actor, person("李四", "13900139000"))
    path = tmp_path / "客户名单.xlsx"
    cols = [XlsxColumn("姓名"), XlsxColumn("手机", K.PHONE)]
    rows = [["张三", "13800138000"], ["李四", "13900139000"]]
    export_with_disclosure(
        db,
        actor,
        path,
        cols,
        rows,
        sheet_title="客户",
        customer_ids=[zhang, li],
        full_numbers=True,
    )
    assert sheet(path)["B2"].value == "13800138000"
    with db.read() as s:
        entries = s.execute(
            select(AuditEntry.record_id, AuditEntry.new_value).where(
                AuditEntry.action == disclosure.EXPORT
            )
        ).all()
    assert sorted(r for r, _ in entries) == sorted([zhang, li])
    assert json.loads(entries[0][1]) == {"document": "客户名单.xlsx"}

    # Masked: nothing to audit. Full numbers without knowing whose: refused, no file.
    export_with_disclosure(
        db,
        actor,
        tmp_path / "m.xlsx",
        cols,
        rows,
        sheet_title="m",
        customer_ids=[],
        full_numbers=False,
    )
    assert sheet(tmp_path / "m.xlsx")["B2"].value == "138****8000"
    with pytest.raises(ValueError):
        export_with_disclosure(
            db,
            actor,
            tmp_path / "f.xlsx",
            cols,
            rows,
            sheet_title="f",
            customer_ids=[],
            full_numbers=True,
        )
    assert not (tmp_path / "f.xlsx").exists()


def test_text_starting_with_equals_stays_text_in_every_kind_of_column(tmp_path):
    path = tmp_path / "eq.xlsx"
    cols = [XlsxColumn("编号", K.CODE), XlsxColumn("金额", K.MONEY), XlsxColumn("自动", K.AUTO)]
    write_xlsx(path, cols, [["=1+2", "=SUM(A1)", "=A1"]], sheet_title="eq")
    row = sheet(path)[2]
    assert [(cell.value, cell.data_type) for cell in row] == [
        ("=1+2", "s"),
        ("=SUM(A1)", "s"),
        ("=A1", "s"),
    ]
