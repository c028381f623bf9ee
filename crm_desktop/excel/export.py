"""Writing a table to an ``.xlsx`` file that a clerk opens in Excel or WPS.

The rows stream through openpyxl's write-only mode (with lxml), so a 100,000-row
export keeps little in memory; what must be known before the first row (column
widths, the frozen header) is computed from the header and a sample of the first
rows, and the auto-filter, written after the rows by openpyxl, gets the real row
count at the end.

Cells are typed by column kind: dates are real dates, money and areas numbers with a
format, and ID, phone and account numbers always text (``"@"``) so Excel never
shows 1.10105E+17 or drops a leading zero. Those numbers are masked unless the
caller asks for full numbers, which :func:`export_with_disclosure` audits first.

The file is written beside the target under a temporary name and renamed at the
end: a cancelled or failed export never replaces a good file with half a one.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from crm_desktop.domain.identifiers import mask_account, mask_id, mask_phone
from crm_desktop.services.database import Actor, Database
from crm_desktop.services.disclosure import EXPORT, record_disclosure

__all__ = [
    "ColumnKind",
    "ExportCancelled",
    "XlsxColumn",
    "export_with_disclosure",
    "text_width",
    "write_xlsx",
]


class ColumnKind(StrEnum):
    """How the values of a column are stored and shown in Excel."""

    TEXT = "text"
    AUTO = "auto"  # decided per cell from the Python value (a fallback for unknown tables)
    NUMBER = "number"  # General format
    INTEGER = "integer"  # "0"
    MONEY = "money"  # "#,##0.00"
    AREA = "area"  # "0.00" (square metres)
    PERCENT = "percent"  # 0.25 shown as 25.00%
    DATE = "date"
    DATETIME = "datetime"
    ID_NUMBER = "id_number"  # text, masked unless full numbers
    PHONE = "phone"  # text, masked unless full numbers
    ACCOUNT = "account"  # text, masked unless full numbers
    CODE = "code"  # text kept as typed ("@"): contract numbers, long digit codes


DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TEXT_FORMAT = "@"
FORMATS: dict[ColumnKind, str | None] = {
    ColumnKind.TEXT: None,
    ColumnKind.AUTO: None,
    ColumnKind.NUMBER: None,
    ColumnKind.INTEGER: "0",
    ColumnKind.MONEY: "#,##0.00",
    ColumnKind.AREA: "0.00",
    ColumnKind.PERCENT: "0.00%",
    ColumnKind.DATE: DATE_FORMAT,
    ColumnKind.DATETIME: DATETIME_FORMAT,
    ColumnKind.ID_NUMBER: TEXT_FORMAT,
    ColumnKind.PHONE: TEXT_FORMAT,
    ColumnKind.ACCOUNT: TEXT_FORMAT,
    ColumnKind.CODE: TEXT_FORMAT,
}
SENSITIVE = frozenset({ColumnKind.ID_NUMBER, ColumnKind.PHONE, ColumnKind.ACCOUNT})
_MASKS: dict[ColumnKind, Callable[[str | None], str]] = {
    ColumnKind.ID_NUMBER: mask_id,
    ColumnKind.PHONE: mask_phone,
    ColumnKind.ACCOUNT: mask_account,
}

SAMPLE_ROWS = 200  # rows read ahead to size the columns
MIN_WIDTH = 6.0
MAX_WIDTH = 60.0
PROGRESS_EVERY = 1000  # rows between progress() calls
CANCEL_EVERY = 250  # rows between cancelled() checks
SHEET_TITLE_MAX = 31  # Excel's limit
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class XlsxColumn:
    """One column of an export: its header, kind and (optional) width in characters."""

    title: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float | None = None  # None: computed from the header and the first rows

    @property
    def sensitive(self) -> bool:
        return self.kind in SENSITIVE


class ExportCancelled(Exception):
    """The caller's ``cancelled()`` said stop; nothing was written at the target."""


# --- values ------------------------------------------------------------------------------
_NUMBER_JUNK = str.maketrans("", "", ", ¥￥元")
_DATE_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def _as_number(value: Any) -> Any:
    """A number for a number column; text that is not a number stays text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float | Decimal):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().translate(_NUMBER_JUNK)
    percent = text.endswith("%")
    try:
        number = Decimal(text.rstrip("%"))
    except InvalidOperation:
        return _as_text(value)
    if not number.is_finite():
        return _as_text(value)
    return number / 100 if percent else number


def _as_date(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_TEXT.fullmatch(unicodedata.normalize("NFKC", str(value)).strip())
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    return _as_text(value)


def _as_datetime(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(str(value).strip()).replace(tzinfo=None)
    except ValueError:
        return _as_date(value)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    if ILLEGAL_CHARACTERS_RE.search(text):  # control characters pasted from elsewhere
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text or None


def _auto(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date | int | float | Decimal):
        return value
    return _as_text(value)


_CONVERT: dict[ColumnKind, Callable[[Any], Any]] = {
    ColumnKind.TEXT: _as_text,
    ColumnKind.AUTO: _auto,
    ColumnKind.NUMBER: _as_number,
    ColumnKind.INTEGER: _as_number,
    ColumnKind.MONEY: _as_number,
    ColumnKind.AREA: _as_number,
    ColumnKind.PERCENT: _as_number,
    ColumnKind.DATE: _as_date,
    ColumnKind.DATETIME: _as_datetime,
    ColumnKind.ID_NUMBER: _as_text,
    ColumnKind.PHONE: _as_text,
    ColumnKind.ACCOUNT: _as_text,
    ColumnKind.CODE: _as_text,
}


def _converter(column: XlsxColumn, full_numbers: bool) -> Callable[[Any], Any]:
    convert = _CONVERT[column.kind]
    mask = _MASKS.get(column.kind)
    if mask is None or full_numbers:
        return convert
    return lambda v: _as_text(mask(convert(v)))


# --- widths ------------------------------------------------------------------------------
def text_width(text: str) -> float:
    """Width of a text in Excel's units (one Latin digit): CJK and full-width characters
    count about double."""
    if text.isascii():
        return float(len(text))
    return float(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))


def _shown(value: Any, kind: ColumnKind) -> str:
    """Roughly the text Excel shows for a cell, to size its column."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return "0000-00-00 00:00" if kind in (ColumnKind.DATETIME, ColumnKind.AUTO) else "0" * 10
    if isinstance(value, date):
        return "0" * 10
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        if kind == ColumnKind.MONEY:
            return f"{value:,.2f}"
        if kind == ColumnKind.PERCENT:
            return f"{value * 100:.2f}%"
        if kind == ColumnKind.AREA:
            return f"{value:.2f}"
        return str(value)
    return str(value)


def _widths(columns: Sequence[XlsxColumn], sample: list[list[Any]]) -> list[float]:
    widths = []
    for n, column in enumerate(columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        # Bold header plus the auto-filter's drop-down button.
        width = text_width(column.title) * 1.1 + 3
        for row in sample:
            if n < len(row):
                width = max(width, text_width(_shown(row[n], column.kind)) + 2)
        widths.append(round(min(MAX_WIDTH, max(MIN_WIDTH, width)), 1))
    return widths


# --- writing -----------------------------------------------------------------------------
def _sheet_title(title: str) -> str:
    cleaned = _SHEET_TITLE_BAD.sub("_", title).strip("' ") or "Sheet1"
    return cleaned[:SHEET_TITLE_MAX]


def _temp_beside(target: Path) -> Path:
    """A fresh name in the target's folder (same disk, so the final rename is atomic);
    openpyxl creates the file with the usual permissions, unlike ``mkstemp``'s 0600."""
    return target.with_name(f".{target.stem}.{uuid.uuid4().hex[:12]}.xlsx.part")


def _discard_stream(ws: Any) -> None:
    """Close and delete openpyxl's temporary row stream of an abandoned sheet (openpyxl
    would otherwise only remove it when the program exits)."""
    rows = getattr(ws, "_rows", None)
    writer = getattr(ws, "_writer", None)
    try:
        if rows is not None:
            rows.close()
        if writer is not None:
            writer.xf.close()
            writer.out and os.path.exists(writer.out) and os.remove(writer.out)
    except Exception:  # noqa: BLE001 - best effort: openpyxl cleans up at exit anyway
        pass


def write_xlsx(
    path: str | os.PathLike[str],
    columns: Sequence[XlsxColumn],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    full_numbers: bool = False,
    progress_every: int = PROGRESS_EVERY,
) -> int:
    """Write a header and ``rows`` (any iterable, a generator is fine) to ``path``.

    Returns the number of data rows written. ``progress(done)`` is called every
    ``progress_every`` rows and at the end; when ``cancelled()`` returns True the
    export stops, nothing is left behind and :class:`ExportCancelled` is raised (an
    existing file at ``path`` is untouched). ID, phone and account columns are masked
    unless ``full_numbers``: a caller exporting them in full must have audited that
    (:func:`export_with_disclosure`).
    """
    target = Path(path)
    columns = list(columns)
    if not columns:
        raise ValueError("an export needs at least one column")
    count = len(columns)
    converters = [_converter(c, full_numbers) for c in columns]
    formats = [FORMATS[c.kind] for c in columns]

    rows_iter = iter(rows)

    def converted(raw: Iterable[Sequence[Any]]):
        for row in raw:
            values = [fn(v) for fn, v in zip(converters, row, strict=False)]
            if len(values) < count:
                values.extend([None] * (count - len(values)))
            yield values

    sample = list(converted(itertools.islice(rows_iter, SAMPLE_ROWS)))

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(sheet_title))
    # Everything written before <sheetData> must be set before the first append.
    for n, width in enumerate(_widths(columns, sample), start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"  # the header on every printed page

    bold = Font(bold=True)
    middle = Alignment(vertical="center")
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, _as_text(column.title))
        cell.data_type = "s"  # never a formula, even for a title starting with "="
        cell.font = bold
        cell.alignment = middle
        header.append(cell)

    # One style per number format, shared by every cell that has it: openpyxl only
    # reads a cell's style array when writing it, and assigning the array skips the
    # number_format descriptor's registry lookup on every cell (~8% of the time).
    def style_of(fmt: str) -> Any:
        proto = WriteOnlyCell(ws)
        proto.number_format = fmt
        return proto._style

    by_format = {f: style_of(f) for f in {*formats, TEXT_FORMAT, DATE_FORMAT, DATETIME_FORMAT} if f}
    styles = [by_format.get(f) if f else None for f in formats]
    text_style = by_format[TEXT_FORMAT]
    date_style, datetime_style = by_format[DATE_FORMAT], by_format[DATETIME_FORMAT]

    tmp = _temp_beside(target)
    done = 0
    try:
        ws.append(header)
        for values in itertools.chain(sample, converted(rows_iter)):
            out: list[Any] = values
            for n, value in enumerate(values):
                if value is None:
                    continue
                style = styles[n]
                if isinstance(value, str):
                    if style is not None or (value[0] == "=" and len(value) > 1):
                        cell = WriteOnlyCell(ws, value)
                        cell.data_type = "s"  # text typed as "=…" stays text, never runs
                        if style is not None:
                            cell._style = text_style  # text in a typed column: keep as is
                        out[n] = cell
                elif style is not None:
                    cell = WriteOnlyCell(ws, value)
                    cell._style = style
                    out[n] = cell
                elif isinstance(value, datetime):  # AUTO columns: dates still look like dates
                    cell = WriteOnlyCell(ws, value)
                    cell._style = datetime_style
                    out[n] = cell
                elif isinstance(value, date):
                    cell = WriteOnlyCell(ws, value)
                    cell._style = date_style
                    out[n] = cell
            ws.append(out)
            done += 1
            if cancelled is not None and done % CANCEL_EVERY == 0 and cancelled():
                raise ExportCancelled
            if progress is not None and done % progress_every == 0:
                progress(done)
        if cancelled is not None and cancelled():
            raise ExportCancelled
        # openpyxl writes the filter after the rows: the real size is known by now.
        ws.auto_filter.ref = f"A1:{get_column_letter(count)}{done + 1}"
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        _discard_stream(ws)
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None and done % progress_every != 0:
        progress(done)
    return done


def export_with_disclosure(
    db: Database,
    actor: Actor,
    path: str | os.PathLike[str],
    columns: Sequence[XlsxColumn],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: str,
    customer_ids: Iterable[int],
    full_numbers: bool,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """:func:`write_xlsx` for rows of customers: with ``full_numbers`` the disclosure of
    their ID, phone and account numbers is audited first (one entry per customer, the
    file name as the document); if the audit fails, no file is written."""
    if full_numbers and any(c.sensitive for c in columns):
        ids = sorted({int(i) for i in customer_ids})
        if not ids:
            raise ValueError("full numbers are exported only for known customers")
        record_disclosure(db, actor, EXPORT, Path(path).name, ids)
    return write_xlsx(
        path,
        columns,
        rows,
        sheet_title=sheet_title,
        progress=progress,
        cancelled=cancelled,
        full_numbers=full_numbers,
    )
