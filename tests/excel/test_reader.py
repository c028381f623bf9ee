"""The tolerant reader: calamine's cell types, header detection, cell cleaning."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from openpyxl import Workbook

from crm_desktop.excel import reader
from crm_desktop.excel.reader import ID_AS_NUMBER, read_sheet
from crm_desktop.excel.templates import CUSTOMERS, ROOMS
from crm_desktop.services.resources import parse_area


def xlsx(path, rows, *, title_rows=0, sheet="房间", formats=None):
    """Write rows (the first is the header) below ``title_rows`` merged title rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    width = max(len(r) for r in rows)
    for i in range(title_rows):
        ws.cell(i + 1, 1, "翠湖花园 房间清单" if i == 0 else None)
    if title_rows:
        ws.merge_cells(start_row=1, start_column=1, end_row=title_rows, end_column=width)
    for ri, row in enumerate(rows, start=title_rows + 1):
        for ci, value in enumerate(row, start=1):
            cell = ws.cell(ri, ci, value)
            if formats and (ri, ci) in formats:
                cell.number_format = formats[(ri, ci)]
    wb.save(path)
    return path


HEAD = ["项目", "楼栋编号", "单元", "楼层", "房号", "建筑面积"]


def test_calamine_cell_types(tmp_path):
    """What python-calamine returns, pinned: the reader relies on each of these."""
    import python_calamine

    path = tmp_path / "types.xlsx"
    xlsx(
        path,
        [
            [1, 89.5, "89.50", date(2023, 5, 1), datetime(2023, 5, 1, 10, 30), time(10, 30)],
            ["110105199003071234", 110105199003071234, "  x ", None, True, 45047],
        ],
        formats={(2, 6): "yyyy-mm-dd"},
    )
    grid = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    rows = grid.to_python(skip_empty_area=False)
    assert rows[0] == [
        1.0,
        89.5,
        "89.50",
        date(2023, 5, 1),
        datetime(2023, 5, 1, 10, 30),
        time(10, 30),
    ]
    assert type(rows[0][0]) is float  # integers come back as floats
    assert type(rows[0][3]) is date  # a date without time is a date, not a datetime
    assert rows[1][0] == "110105199003071234"  # text stays text
    assert isinstance(rows[1][1], float) and rows[1][1] != 110105199003071234  # digits lost
    assert rows[1][2] == "  x " and rows[1][3] == "" and rows[1][4] is True
    assert rows[1][5] == date(2023, 5, 1)  # a number with a date format is a date


def test_header_below_merged_titles_blank_rows_and_excel_row_numbers(tmp_path):
    path = xlsx(
        tmp_path / "f.xlsx",
        [
            HEAD,
            ["翠湖花园", "3", "2", 15, "1501", 89.5],
            [],
            [None, "  "],
            ["翠湖花园", "3", "2", 15, "1502", 90],
        ],
        title_rows=2,
    )
    data = read_sheet(path, ROOMS)
    assert data.header_row == 3
    assert [r.number for r in data.rows] == [4, 7]
    assert data.rows[0].values["gross_area"] == Decimal("89.5")
    assert data.rows[1].values["gross_area"] == Decimal("90")
    assert not data.problems


def test_english_headers_any_order_synonyms_and_units(tmp_path):
    path = xlsx(
        tmp_path / "f.xlsx",
        [
            ["Room number", "Floor", "Project name", "Building", "Gross area (㎡)", "用途*"],
            ["1501", 15, "翠湖花园", 3, "89.50", "Shop"],
        ],
    )
    data = read_sheet(path, ROOMS)
    v = data.rows[0].values
    assert v["number"] == "1501" and v["floor"] == 15 and v["project"] == "翠湖花园"
    assert v["building_code"] == "3"  # a number typed in a code column
    assert v["gross_area"] == Decimal("89.50")
    assert v["use"] == "shop"
    assert not data.problems


def test_unknown_header_is_a_warning(tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [[*HEAD, "朝向"], ["翠湖花园", "3", "2", 15, "1501", 1, "南"]])
    data = read_sheet(path, ROOMS)
    assert [(p.warning, p.column, p.row) for p in data.problems] == [(True, "朝向", 1)]
    assert "朝向" in data.problems[0].text() and "ignored" in data.problems[0].text()


def test_missing_required_column(tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [["项目", "楼栋编号", "房号"], ["翠湖花园", "3", "1501"]])
    data = read_sheet(path, ROOMS)
    errors = [p for p in data.problems if not p.warning]
    assert [(p.column, p.row) for p in errors] == [("楼层", 1)]
    assert "missing" in errors[0].text()


def test_no_header_row(tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [["a", "b"], [1, 2]])
    data = read_sheet(path, ROOMS)
    assert data.rows == [] and "No header row" in data.problems[0].text()


def test_full_width_digits_and_numbers_stored_as_text(tmp_path):
    path = xlsx(
        tmp_path / "f.xlsx",
        [
            HEAD,
            ["翠湖花园", "３", "２", "１５", "１５０１", "８９．５０"],
            ["翠湖花园", "3", "2", " 16 ", "1601", "1,089.50"],
            ["翠湖花园", "3", "2", "B1", "0101", "89.5㎡"],
        ],
    )
    rows = read_sheet(path, ROOMS).rows
    assert (rows[0].values["building_code"], rows[0].values["unit"]) == ("3", "2")
    assert rows[0].values["floor"] == 15 and rows[0].values["number"] == "1501"
    assert rows[0].values["gross_area"] == Decimal("89.50")
    assert rows[1].values["floor"] == 16 and rows[1].values["gross_area"] == Decimal("1089.50")
    assert rows[2].values["floor"] == -1 and rows[2].values["number"] == "0101"
    # Text that is not a bare number is left for the form's parser, which accepts units.
    assert parse_area(rows[2].values["gross_area"]) == Decimal("89.50")


def test_bad_whole_number_is_a_cell_error(tmp_path):
    path = xlsx(
        tmp_path / "f.xlsx",
        [HEAD, ["翠湖花园", "3", "2", "十五", "1501", 1], ["翠湖花园", "3", "2", 15.5, "1502", 1]],
    )
    data = read_sheet(path, ROOMS)
    assert [(p.row, p.column, p.value) for p in data.problems] == [
        (2, "楼层", "十五"),
        (3, "楼层", "15.5"),
    ]
    assert all(r.bad for r in data.rows)


CUST_HEAD = ["姓名", "证件号码", "出生日期", "手机号码", "房间编码", "身份", "项目"]


def cust_row(name, doc, birth, phone="13800138000"):
    return [name, doc, birth, phone, "3-2-1501", "业主", "翠湖花园"]


def test_dates_in_every_accepted_form(tmp_path):
    path = xlsx(
        tmp_path / "c.xlsx",
        [
            CUST_HEAD,
            cust_row("a", "X1", date(2023, 5, 1)),
            cust_row("b", "X2", datetime(2023, 5, 1, 0, 0)),
            cust_row("c", "X3", "2023/5/1"),
            cust_row("d", "X4", "2023-05-01"),
            cust_row("e", "X5", "2023年5月1日"),
            cust_row("f", "X6", 45047),  # a serial number whose cell lost its date format
            cust_row("g", "X7", "２０２３．５．１"),
            cust_row("h", "X8", "20230501"),
        ],
        sheet="客户",
    )
    data = read_sheet(path, CUSTOMERS)
    assert not [p for p in data.problems if not p.warning]
    assert [r.values["birth_date"] for r in data.rows] == [date(2023, 5, 1)] * 8


@pytest.mark.parametrize("value", ["2023/2/30", "May 1st", "2023-13-01", 45047.5])
def test_bad_date(tmp_path, value):
    path = xlsx(tmp_path / "c.xlsx", [CUST_HEAD, cust_row("a", "X1", value)])
    (problem,) = read_sheet(path, CUSTOMERS).problems
    assert problem.row == 2 and problem.column == "出生日期"
    assert "date" in problem.text() or "calendar" in problem.text()


def test_id_number_stored_as_a_number_is_refused(tmp_path):
    path = xlsx(
        tmp_path / "c.xlsx",
        [
            CUST_HEAD,
            cust_row("number", 110105199003071234, None),
            cust_row("scientific", "1.10105E+17", None),
            cust_row("text", "110105199003071234", None),
            cust_row("full-width", "１１０１０５１９９００３０７１２３Ｘ", None),
            cust_row("passport", "E12345678", None),
        ],
    )
    data = read_sheet(path, CUSTOMERS)
    errors = [p for p in data.problems if not p.warning]
    assert [(p.row, p.column) for p in errors] == [(2, "证件号码"), (3, "证件号码")]
    assert all(p.message == ID_AS_NUMBER for p in errors)
    text = errors[0].text()
    assert "stored as a number and lost its last digits" in text and "as text" in text
    assert data.rows[0].bad and data.rows[0].values["document_number"] is None
    assert data.rows[2].values["document_number"] == "110105199003071234"
    assert data.rows[3].values["document_number"] == "11010519900307123X"
    assert data.rows[4].values["document_number"] == "E12345678"
    assert data.rows[2].values["phone"] == "13800138000"  # an 11-digit number is intact


def test_empty_required_cell(tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [HEAD, ["翠湖花园", "", "2", 15, "1501", 1]])
    (problem,) = read_sheet(path, ROOMS).problems
    assert (problem.row, problem.column) == (2, "楼栋编号") and "empty" in problem.text()


def test_unknown_choice(tmp_path):
    path = xlsx(
        tmp_path / "f.xlsx",
        [[*HEAD, "用途", "状态"], ["翠湖花园", "3", "2", 15, "1501", 1, "别墅", "已售"]],
    )
    (problem,) = read_sheet(path, ROOMS).problems
    assert (problem.row, problem.column, problem.value) == (2, "用途", "别墅")
    assert "住宅" in problem.text()


def test_openpyxl_fallback_reads_the_same(tmp_path, monkeypatch):
    path = xlsx(
        tmp_path / "f.xlsx",
        [
            HEAD,
            ["翠湖花园", "3", "2", 15, "1501", 89.5],
            [],
            ["翠湖花园", "３", "", "16", 1601, "90"],
        ],
        title_rows=1,
    )
    expected = read_sheet(path, ROOMS)

    def broken(_path):
        raise RuntimeError("calamine unavailable")

    monkeypatch.setattr(reader, "_calamine_sheets", broken)
    fallback = read_sheet(path, ROOMS)
    assert [(r.number, r.values) for r in fallback.rows] == [
        (r.number, r.values) for r in expected.rows
    ]
    assert fallback.header_row == expected.header_row == 2


def test_not_a_workbook(tmp_path):
    path = tmp_path / "f.xlsx"
    path.write_text("hello")
    data = read_sheet(path, ROOMS)
    assert data.rows == [] and "cannot be read" in data.problems[0].text()


def _rows_one_by_one(grid, hr, plan, sheet, headers):
    """The reading of the rows cell by cell, as the reader did before reading column by
    column (the reference the faster reading must agree with)."""
    problems, rows = [], []
    for r in range(hr + 1, len(grid)):
        line = grid[r]
        cells = [line[ci] if ci < len(line) else "" for _, ci, _, _ in plan]
        if all(
            c == "" or c is None or (isinstance(c, str) and not c.strip(reader._SPACES))
            for c in cells
        ):
            continue
        values, bad = {}, False
        for (key, _, convert, column), cell in zip(plan, cells, strict=True):
            try:
                value = convert(cell)
            except reader.CellError as e:
                problems.append((r + 1, headers[key], reader.cell_text(cell), e.message, e.params))
                value, bad = None, True
            else:
                if value is None and column.required:
                    problems.append((r + 1, headers[key], "", reader._EMPTY_REQUIRED, {}))
                    bad = True
            values[key] = value
        rows.append((r + 1, values, dict(zip([p[0] for p in plan], cells, strict=True)), bad))
    return rows, problems


def test_reading_column_by_column_agrees_with_reading_cell_by_cell():
    spec = ROOMS
    keys = ["project", "building_code", "unit", "floor", "number", "gross_area", "use"]
    plan = [(k, i, reader.converter(spec.column(k)), spec.column(k)) for i, k in enumerate(keys)]
    headers = {k: spec.column(k).zh for k in keys}
    grid = [
        keys,
        ["翠湖花园", "3", "2", 15.0, "1501", 89.5, "住宅"],
        ["翠湖花园", 3.0, 2.0, "15", 1501.0, "89.50", "商铺"],  # the same, typed otherwise
        ["翠湖花园", True, "", 1, "1502", 0.0, "Shop"],  # 1 and True and 1.0 read apart
        ["翠湖花园", 1.0, "", -0.0, "1503", -0.0, "办公"],  # -0.0 is not 0.0 as text
        ["", "", "", "", "", "", ""],  # blank: left out
        ["  ", None, "\u3000"],  # blank and short: left out
        ["翠湖花园", "3", "2", 15.5, "1504", "八十", "别墅"],  # three cell errors
        ["翠湖花园", "3", "2", 15.5, "1505", "八十", "别墅"],  # the same again: reported again
        ["", "3", "2", "", "1506"],  # short, two required cells empty
        ["翠湖花园", "3", "\u2000", "B2", "1507", "1,234.5", "住宅"],
        [None, None, None, "x"],  # only a bad floor
    ]
    expected_rows, expected_problems = _rows_one_by_one(grid, 0, plan, "s", headers)
    problems = []
    rows = reader._read_rows(grid, 0, plan, "s", headers, problems)
    assert [(r.number, r.values, r.raw, r.bad) for r in rows] == expected_rows
    exact = [
        [(k, type(v), repr(v)) for k, v in r.values.items()] for r in rows
    ]  # equal is not enough: 1 == True, Decimal("-0") == Decimal("0")
    assert exact == [
        [(k, type(v), repr(v)) for k, v in values.items()] for _, values, _, _ in expected_rows
    ]
    got = [(p.row, p.column, p.value, p.message, p.params) for p in problems]
    assert [g[:4] for g in got] == [e[:4] for e in expected_problems]
    assert len(rows) == 9 and rows[2].values["building_code"] == "TRUE"
