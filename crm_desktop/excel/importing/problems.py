"""The problems of a dry run, beside the rows of a copy of the input or as a table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.importing.common import ImportCheck


def write_problems_copy(
    path: Path | str,
    check: ImportCheck,
    out_path: Path | str,
    *,
    translate: Callable[[str], str] | None = None,
) -> Path:
    """Save a copy of the input with an error column after the last one: each row's
    problems beside it (``translate`` maps a message template to the interface language)."""
    from openpyxl import Workbook, load_workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    path, out_path = Path(path), Path(out_path)
    try:
        wb = load_workbook(path)
        ws = wb[check.sheet] if check.sheet in wb.sheetnames else wb.active
    except Exception:  # noqa: BLE001 - e.g. an .xls: rebuild from the cells as read
        from crm_desktop.excel.reader import read_grids

        wb = Workbook()
        ws = wb.active
        grids = dict(read_grids(path))
        for line in grids.get(check.sheet, next(iter(grids.values())))():
            ws.append(line)
    header_row = check.header_row or 1
    col = ws.max_column + 1
    by_row: dict[int, list[str]] = defaultdict(list)
    sheet_level: list[str] = []
    for p in check.problems:
        label = f"{p.column}: " if p.column else ""
        text = label + p.text(translate)
        if p.warning:
            text = "⚠ " + text
        if p.row is None or p.row <= header_row:
            sheet_level.append(text)
        else:
            by_row[p.row].append(text)
    title = QT_TRANSLATE_NOOP("Errors", "Problems")
    title = translate(title) if translate else title
    head = ws.cell(header_row, col, "\n".join([f"错误 {title}", *sheet_level]))
    head.font = Font(bold=True, color="C00000")
    head.alignment = Alignment(wrap_text=True, vertical="top")
    fill = PatternFill("solid", fgColor="FFE0E0")
    for row, texts in by_row.items():
        cell = ws.cell(row, col, "\n".join(texts))
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    from openpyxl.utils import get_column_letter

    ws.column_dimensions[get_column_letter(col)].width = 60
    wb.save(out_path)
    return out_path


def problems_table(check: ImportCheck) -> Iterable[tuple[str, int | None, str, str, str]]:
    """(sheet, row, column, value, English message) of each problem, for a table view."""
    for p in check.problems:
        yield p.sheet, p.row, p.column, p.value, p.text()
