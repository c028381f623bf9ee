"""xlsx export: ``write_xlsx`` vs bare openpyxl writing the same cells (prints, never
asserts).

    python bench/bench_excel_export.py [--rows N] [--runs N] [--normal-rows N]

The data is 15 columns of a customer-and-room list (room code, Chinese name, ID
number and phone as text, dates, datetimes, money, areas, integers, a percentage …),
generated in memory before timing, so only the writing is measured.

* ``write_xlsx``: the product's exporter from a generator of raw Python values (it
  converts, masks nothing here: full numbers; sizes columns from the first rows; checks
  cancel and reports progress).
* bare write-only: openpyxl's documented write-only idiom writing the same cells with
  the same styles (``WriteOnlyCell`` + ``number_format`` for typed cells, bold header,
  frozen header, auto-filter, the same column widths) and nothing else.
* bare write-only, shared styles: the same with one style array per format shared
  by the cells (what write_xlsx does; private ``cell._style``): the strictest baseline.
* normal mode (reference): openpyxl's ordinary workbook, same cells and styles, on
  ``--normal-rows`` rows (default: the same count), as openpyxl's other way to do it.

Each figure is the best of N runs (the machine is shared; the best run is the least
disturbed). ratio = write_xlsx time / bare write-only time. Target: <= 1.5x.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm_desktop.excel.export import FORMATS, ColumnKind, XlsxColumn, write_xlsx  # noqa: E402

TARGET_RATIO = 1.5
K = ColumnKind
COLUMNS = [
    XlsxColumn("房间编号", K.TEXT),
    XlsxColumn("客户姓名", K.TEXT),
    XlsxColumn("身份证号", K.ID_NUMBER),
    XlsxColumn("手机号码", K.PHONE),
    XlsxColumn("身份", K.TEXT),
    XlsxColumn("份额", K.PERCENT),
    XlsxColumn("建筑面积(m²)", K.AREA),
    XlsxColumn("套内面积(m²)", K.AREA),
    XlsxColumn("成交价", K.MONEY),
    XlsxColumn("月租金", K.MONEY),
    XlsxColumn("签约日期", K.DATE),
    XlsxColumn("交房日期", K.DATE),
    XlsxColumn("楼层", K.INTEGER),
    XlsxColumn("最后修改", K.DATETIME),
    XlsxColumn("备注", K.TEXT),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
ROLES = ["业主", "共有人", "租户", "家庭成员"]
NOTES = ["", "", "", "钥匙已交", "待整改：卫生间渗水", "委托家人办理"]


def make_rows(n: int) -> list[list]:
    rnd = random.Random(5)
    start = date(2019, 1, 1)
    rows = []
    for i in range(n):
        floor = rnd.randint(1, 33)
        rows.append(
            [
                f"{rnd.randint(1, 30)}-{rnd.randint(1, 3)}-{floor}{rnd.randint(1, 4):02d}",
                rnd.choice(SURNAMES) + "".join(rnd.choices(GIVEN, k=rnd.randint(1, 2))),
                f"110105{1950 + i % 50}{1 + i % 12:02d}{1 + i % 28:02d}{i % 1000:03d}{i % 10}",
                f"13{rnd.randint(0, 9)}{rnd.randint(10000000, 99999999)}",
                rnd.choice(ROLES),
                Decimal(rnd.choice(["1", "0.5", "0.25"])),
                Decimal(rnd.randint(5000, 15000)) / 100,
                Decimal(rnd.randint(4000, 12000)) / 100,
                Decimal(rnd.randint(50_000_000, 500_000_000)) / 100,
                Decimal(rnd.randint(150_000, 900_000)) / 100,
                start + timedelta(days=rnd.randint(0, 2000)),
                start + timedelta(days=rnd.randint(200, 2400)),
                floor,
                datetime(2024, 1, 1) + timedelta(minutes=rnd.randint(0, 500_000)),
                rnd.choice(NOTES),
            ]
        )
    return rows


def product(path: Path, rows: list[list]) -> None:
    write_xlsx(
        path,
        COLUMNS,
        (r for r in rows),
        sheet_title="客户房间",
        full_numbers=True,
        progress=lambda done: None,
        cancelled=lambda: False,
    )


def _widths() -> list[float]:
    """The widths the product computed (given to the bare runs so they do the same)."""
    from openpyxl import load_workbook

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "w.xlsx"
        product(path, make_rows(200))
        ws = load_workbook(path).active
        return [ws.column_dimensions[get_column_letter(n)].width for n in range(1, 16)]


def bare_write_only(path: Path, rows: list[list], widths: list[float]) -> None:
    formats = [FORMATS[c.kind] for c in COLUMNS]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户房间")
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    bold, middle = Font(bold=True), Alignment(vertical="center")
    header = []
    for c in COLUMNS:
        cell = WriteOnlyCell(ws, c.title)
        cell.font, cell.alignment = bold, middle
        header.append(cell)
    ws.append(header)
    for row in rows:
        out = []
        for value, fmt in zip(row, formats, strict=True):
            if fmt is None or value is None or value == "":
                out.append(value if value != "" else None)
            else:
                cell = WriteOnlyCell(ws, value)
                cell.number_format = fmt
                out.append(cell)
        ws.append(out)
    ws.auto_filter.ref = f"A1:O{len(rows) + 1}"
    wb.save(path)


def bare_shared_styles(path: Path, rows: list[list], widths: list[float]) -> None:
    """The same, with one style array per format shared by the cells (the trick
    write_xlsx uses): the fastest bare openpyxl we know, the strictest baseline."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户房间")
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    bold, middle = Font(bold=True), Alignment(vertical="center")
    header = []
    for c in COLUMNS:
        cell = WriteOnlyCell(ws, c.title)
        cell.font, cell.alignment = bold, middle
        header.append(cell)
    ws.append(header)
    styles = []
    for c in COLUMNS:
        fmt = FORMATS[c.kind]
        if fmt is None:
            styles.append(None)
        else:
            proto = WriteOnlyCell(ws)
            proto.number_format = fmt
            styles.append(proto._style)
    for row in rows:
        out = []
        for value, style in zip(row, styles, strict=True):
            if style is None or value is None or value == "":
                out.append(value if value != "" else None)
            else:
                cell = WriteOnlyCell(ws, value)
                cell._style = style
                out.append(cell)
        ws.append(out)
    ws.auto_filter.ref = f"A1:O{len(rows) + 1}"
    wb.save(path)


def bare_normal(path: Path, rows: list[list], widths: list[float]) -> None:
    formats = [FORMATS[c.kind] for c in COLUMNS]
    wb = Workbook()
    ws = wb.active
    ws.title = "客户房间"
    bold, middle = Font(bold=True), Alignment(vertical="center")
    for n, c in enumerate(COLUMNS, start=1):
        cell = ws.cell(1, n, c.title)
        cell.font, cell.alignment = bold, middle
        ws.column_dimensions[get_column_letter(n)].width = widths[n - 1]
    for r, row in enumerate(rows, start=2):
        for n, (value, fmt) in enumerate(zip(row, formats, strict=True), start=1):
            if value is None or value == "":
                continue
            cell = ws.cell(r, n, value)
            if fmt is not None:
                cell.number_format = fmt
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:O{len(rows) + 1}"
    wb.save(path)


def best(fn: Callable[[Path], None], runs: int, folder: Path) -> float:
    times = []
    for n in range(runs):
        path = folder / f"{fn.__name__}-{n}.xlsx"
        t0 = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t0)
        path.unlink()
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--normal-rows", type=int, default=None)
    args = parser.parse_args()
    normal_rows = args.normal_rows or args.rows

    print(f"generating {args.rows:,} rows x {len(COLUMNS)} columns …", flush=True)
    rows = make_rows(max(args.rows, normal_rows))
    widths = _widths()
    data, normal_data = rows[: args.rows], rows[:normal_rows]
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)

        def run_product(p: Path) -> None:
            product(p, data)

        def run_bare(p: Path) -> None:
            bare_write_only(p, data, widths)

        def run_shared(p: Path) -> None:
            bare_shared_styles(p, data, widths)

        def run_normal(p: Path) -> None:
            bare_normal(p, normal_data, widths)

        # Alternate the two compared runs so a busy moment hits both alike.
        product_times, bare_times, shared_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(best(run_bare, 1, folder))
            product_times.append(best(run_product, 1, folder))
            shared_times.append(best(run_shared, 1, folder))
        t_product, t_bare, t_shared = min(product_times), min(bare_times), min(shared_times)
        t_normal = best(run_normal, 1, folder)

    print(f"{'':28}{'seconds':>10}{'rows/s':>12}")
    print(f"{'write_xlsx':28}{t_product:>10.2f}{args.rows / t_product:>12,.0f}")
    print(f"{'bare openpyxl write-only':28}{t_bare:>10.2f}{args.rows / t_bare:>12,.0f}")
    print(f"{'bare write-only, shared':28}{t_shared:>10.2f}{args.rows / t_shared:>12,.0f}")
    print(f"{'openpyxl normal (reference)':28}{t_normal:>10.2f}{normal_rows / t_normal:>12,.0f}")
    ratio = t_product / t_bare
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"ratio write_xlsx / bare write-only: {ratio:.2f}x (target <= {TARGET_RATIO}x) {verdict}")
    strict = t_product / t_shared
    verdict = "ok" if strict <= TARGET_RATIO else "OVER TARGET"
    print(f"ratio write_xlsx / bare with shared styles: {strict:.2f}x {verdict}")


if __name__ == "__main__":
    main()
