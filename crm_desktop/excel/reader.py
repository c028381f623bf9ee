"""Reading office spreadsheets tolerantly: find the header row, map the columns by name,
and turn each cell into a clean value of the column's kind.

Cells are read with python-calamine (a Rust reader, 4-5x faster than openpyxl's read-only
mode). What it gives, checked on files written by openpyxl 3.1 (tests/excel/test_reader.py
pins each point):

* every number is a ``float`` (``1`` comes back as ``1.0``): Excel stores only doubles, so
  nothing is lost, but integers are recognised here by value, not by type;
* cells with a date format come back as ``date`` (no time part) or ``datetime``, time
  formats as ``time``, durations as ``timedelta``; the 1904 date system is honoured;
* text stays ``str`` exactly as typed (``"89.50"``, ``"110105199003071234"``), not trimmed;
* empty cells are ``""``; a merged range has its value in the top-left cell only;
* formulas give their cached result (``""`` when the writer stored none, as openpyxl does);
* ``to_python()`` drops empty leading rows and columns by default, which would shift the row
  numbers we report, so the grid is read with ``skip_empty_area=False``.

openpyxl's read-only mode is the fallback when calamine cannot open a file.
"""

from __future__ import annotations

import functools
import gc
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP

HEADER_SCAN_ROWS = 10  # the header is looked for in the first rows (below merged titles)


class Kind(StrEnum):
    """How a column's cells are cleaned."""

    TEXT = "text"  # names, notes: trimmed
    CODE = "code"  # codes and numbers typed as text: trimmed, full-width → ASCII
    DECIMAL = "decimal"  # areas, money, shares: Decimal, or the text for the field's parser
    INT = "int"  # floors, counts
    DATE = "date"
    DOCUMENT = "document"  # ID numbers: must not have been stored as a number
    PHONE = "phone"
    CHOICE = "choice"  # an enum member, by Chinese or English label or value


@dataclass(frozen=True)
class Column:
    """One column of an import sheet: its names, kind and what the template says of it."""

    key: str
    zh: str
    en: str
    kind: Kind = Kind.TEXT
    required: bool = False
    synonyms: tuple[str, ...] = ()
    choices: Mapping[str, Enum] | None = None  # normalised label → member (Kind.CHOICE)
    choice_labels: tuple[str, ...] = ()  # what the template lists as allowed values
    example: Any = ""
    note_zh: str = ""
    note_en: str = ""
    width: int = 14

    def names(self) -> set[str]:
        return {normalise_header(n) for n in (self.zh, self.en, self.key, *self.synonyms)}


@dataclass(frozen=True)
class SheetSpec:
    """The columns one import expects, as the template lays them out."""

    key: str
    zh: str  # data sheet title in the template
    en: str
    columns: tuple[Column, ...]

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


@dataclass
class Problem:
    """One thing wrong with the file, where it is, and how to fix it.

    ``message`` is an English template marked for translation in context "Errors";
    ``params`` fill it in (the UI translates, like a ValidationError's message).
    """

    sheet: str
    row: int | None  # as Excel numbers it (1-based); None: the sheet as a whole
    column: str  # the column's header as in the file (or as expected, when missing)
    value: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False

    def text(self, translate: Callable[[str], str] | None = None) -> str:
        template = translate(self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class CellError(Exception):
    """A cell that cannot be read as its column's kind."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message)


class Row:
    """One data row: its Excel number, its clean values, and its cells as read.

    A plain class with slots, and the cells kept as read (a tuple shared with no one)
    rather than as a dict: 100,000 rows are made per import, and the dict of the cells
    is only wanted for the few rows a problem is reported on.
    """

    __slots__ = ("number", "values", "bad", "_raw", "_keys", "_cells")

    def __init__(
        self,
        number: int,  # Excel row number
        values: dict[str, Any],  # column key → clean value (None when blank)
        raw: dict[str, Any] | None = None,  # column key → cell as read
        bad: bool = False,  # a cell could not be read (its problem is in SheetData.problems)
        *,
        keys: tuple[str, ...] = (),  # instead of ``raw``: the keys of ``cells``
        cells: tuple[Any, ...] = (),
    ) -> None:
        self.number = number
        self.values = values
        self.bad = bad
        self._raw = raw
        self._keys = keys
        self._cells = cells

    @property
    def raw(self) -> dict[str, Any]:
        if self._raw is None:
            self._raw = dict(zip(self._keys, self._cells, strict=True))
        return self._raw

    def __repr__(self) -> str:
        return f"Row({self.number}, {self.values!r}, bad={self.bad})"


@dataclass
class SheetData:
    path: Path
    sheet: str
    header_row: int  # Excel row number of the header (0: none found)
    columns: dict[str, int]  # key → 0-based column index
    headers: dict[str, str]  # key → header text as in the file
    width: int  # columns in the grid
    rows: list[Row]
    problems: list[Problem]

    @property
    def has_errors(self) -> bool:
        return any(not p.warning for p in self.problems)


# --- normalising text -----------------------------------------------------------------
_SPACES = " \t\r\n\u3000\xa0\u2002\u2003\u200b\ufeff"
_BRACKETED = re.compile(r"[(\[【<].*?[)\]】>]")
_HEADER_JUNK = re.compile(r"[\s*:：_\-/]+")


def normalise_header(text: Any) -> str:
    """A header as compared: NFKC, casefold, no spaces, stars, colons or bracketed units
    ("建筑面积（㎡）*" → "建筑面积")."""
    s = unicodedata.normalize("NFKC", str(text or "")).casefold()
    s = _BRACKETED.sub("", s)
    return _HEADER_JUNK.sub("", s)


def normalise_choice(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def choice_map(enum: type[Enum], labels: Mapping[Enum, Iterable[str]]) -> dict[str, Enum]:
    """Normalised label → member: values, plus each member's labels (Chinese, English …)."""
    out: dict[str, Enum] = {}
    for member in enum:
        out[normalise_choice(str(member.value))] = member
        for name in labels.get(member, ()):
            out.setdefault(normalise_choice(name), member)
    return out


def _number_text(v: float) -> str:
    """A float as a person typed it: 1501.0 → "1501", 89.5 → "89.5" (15 significant digits,
    as Excel shows them)."""
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return format(v, ".15g")


def cell_text(value: Any) -> str:
    """A cell as shown in a problem report."""
    if value is None:
        return ""
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() else str(value.date())
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


# --- cell converters (each returns a clean value or None, or raises CellError) ---------------
def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip(_SPACES))


def to_text(v: Any) -> str | None:
    if isinstance(v, str):
        return v.strip(_SPACES) or None
    if v is None:
        return None
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return _number_text(v)
    if isinstance(v, int):
        return str(v)
    return cell_text(v)


def to_code(v: Any) -> str | None:
    if isinstance(v, str):
        s = v.strip(_SPACES)
        if not s:
            return None
        return s if s.isascii() else unicodedata.normalize("NFKC", s).strip()
    return to_text(v)


_THOUSANDS = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d+)?$")


def to_decimal(v: Any) -> Decimal | str | None:
    """A number, or the cleaned text when it is not one: the field's own parser (the same
    as the form's) then says what is wrong with it."""
    if isinstance(v, float):
        return Decimal(format(v, ".15g"))
    if isinstance(v, bool) or v is None:
        return None if v is None else str(v)
    if isinstance(v, int):
        return Decimal(v)
    if not isinstance(v, str):
        return cell_text(v)
    s = v.strip(_SPACES)
    if not s:
        return None
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s).strip()
    if _THOUSANDS.match(s):
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return s


_INT_TEXT = re.compile(r"^([+-]?\d+)(?:\.0*)?(?:层|楼|F)?$", re.IGNORECASE)
_BASEMENT = re.compile(r"^(?:B|负|地下)(\d+)(?:层|楼|F)?$", re.IGNORECASE)


def to_int(v: Any) -> int | None:
    if isinstance(v, float):
        if v.is_integer():
            return int(v)
        raise CellError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a whole number. Enter a whole number."),
            value=_number_text(v),
        )
    if isinstance(v, int) and not isinstance(v, bool):
        return v
    s = to_code(v)
    if s is None:
        return None
    s = s.replace(" ", "")
    m = _INT_TEXT.match(s)
    if m:
        return int(m.group(1))
    m = _BASEMENT.match(s)
    if m:
        return -int(m.group(1))
    raise CellError(
        QT_TRANSLATE_NOOP("Errors", "“{value}” is not a whole number. Enter a whole number."),
        value=s,
    )


_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 after Excel's 1900 leap-year bug
_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_BAD_DATE = QT_TRANSLATE_NOOP(
    "Errors",
    "“{value}” is not a date. Enter it as 2023-05-01, 2023/5/1 or 2023年5月1日, "
    "or format the cell as a date.",
)


def to_date(v: Any) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, float | int) and not isinstance(v, bool):
        # A date whose cell lost its date format shows as its serial number.
        if 1 <= v < 2958466 and float(v).is_integer():
            return _EXCEL_EPOCH + timedelta(days=int(v))
        raise CellError(_BAD_DATE, value=cell_text(v))
    if isinstance(v, time | timedelta):
        raise CellError(_BAD_DATE, value=cell_text(v))
    s = to_code(v)
    if s is None:
        return None
    m = _DATE_TEXT.match(s) or _DATE_COMPACT.match(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise CellError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{value} is not a day of the calendar. Check the month and day."
                ),
                value=s,
            ) from None
    if s.isdigit():
        return to_date(float(s))
    raise CellError(_BAD_DATE, value=s)


_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?E[+-]?\d+$", re.IGNORECASE)
ID_AS_NUMBER = QT_TRANSLATE_NOOP(
    "Errors",
    "The ID number {value} was stored as a number and lost its last digits. Format the "
    "column as text (设置单元格格式 → 文本) and type the number again.",
)


def to_document(v: Any) -> str | None:
    """An ID document number; refuses one that Excel already turned into a number."""
    if isinstance(v, float | int) and not isinstance(v, bool):
        if abs(v) >= 1e14:  # 15 digits or more: Excel keeps only 15 significant digits
            raise CellError(ID_AS_NUMBER, value=cell_text(v))
        return cell_text(v)
    s = to_code(v)
    if s is None:
        return None
    if _SCIENTIFIC.match(s.replace(" ", "")):
        raise CellError(ID_AS_NUMBER, value=s)
    return s


def to_phone(v: Any) -> str | None:
    if isinstance(v, float | int) and not isinstance(v, bool):
        return cell_text(v)
    s = to_code(v)
    if s is not None and _SCIENTIFIC.match(s.replace(" ", "")):
        raise CellError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The phone number {value} was stored as a number and lost its last digits. "
                "Format the column as text and type the number again.",
            ),
            value=s,
        )
    return s


def _choice_converter(column: Column) -> Callable[[Any], Any]:
    choices = column.choices or {}
    allowed = "、".join(column.choice_labels)

    def convert(v: Any) -> Enum | None:
        s = to_text(v)
        if s is None:
            return None
        member = choices.get(normalise_choice(s))
        if member is None:
            raise CellError(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{value}” is not a valid {label}. Use one of: {allowed}."
                ),
                value=s,
                label=column.zh,
                allowed=allowed,
            )
        return member

    return convert


_CONVERTERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: to_text,
    Kind.CODE: to_code,
    Kind.DECIMAL: to_decimal,
    Kind.INT: to_int,
    Kind.DATE: to_date,
    Kind.DOCUMENT: to_document,
    Kind.PHONE: to_phone,
}


def converter(column: Column) -> Callable[[Any], Any]:
    if column.kind is Kind.CHOICE:
        return _choice_converter(column)
    return _CONVERTERS[column.kind]


# --- reading the grid -----------------------------------------------------------------------
@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while a sheet is read or imported.

    Reading and checking 100,000 rows makes millions of objects (cells, values, rows),
    none of them in a reference cycle, and the collector kept walking them: a quarter of
    the reading time. Reference counting still frees everything at once; only cycles wait
    for the end. The collector is paused for the whole process (other threads included)
    and started again only if it ran before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _calamine_sheets(path: Path) -> list[tuple[str, Callable[[], list[list[Any]]]]]:
    import python_calamine

    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    return [
        (name, lambda name=name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False))
        for name in wb.sheet_names
    ]


def _openpyxl_sheets(path: Path) -> list[tuple[str, Callable[[], list[list[Any]]]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)

    def grid(name: str) -> list[list[Any]]:
        rows = wb[name].iter_rows(min_row=1, min_col=1, values_only=True)
        return [["" if c is None else c for c in r] for r in rows]

    return [(name, lambda name=name: grid(name)) for name in wb.sheetnames]


def read_grids(path: Path | str) -> list[tuple[str, Callable[[], list[list[Any]]]]]:
    """Each sheet's name and a loader of its cells (absolute positions), by calamine or,
    if calamine cannot open the file, by openpyxl."""
    path = Path(path)
    try:
        return _calamine_sheets(path)
    except Exception as calamine_error:  # noqa: BLE001 - any reader failure: try the other
        try:
            return _openpyxl_sheets(path)
        except Exception:  # noqa: BLE001
            raise CellError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file {file} cannot be read as an Excel workbook ({detail}). Save it "
                    "from Excel as .xlsx and try again.",
                ),
                file=path.name,
                detail=str(calamine_error),
            ) from calamine_error


def read_grids_once(path: Path | str) -> list[tuple[str, Callable[[], list[list[Any]]]]]:
    """``read_grids`` whose loaders read each sheet once however often they are called:
    calamine parses a whole sheet even to give its first rows, so the importer finds
    the template a file follows and then reads it from one parse."""
    return [(name, functools.cache(load)) for name, load in read_grids(path)]


def find_header(grid: list[list[Any]], spec: SheetSpec) -> tuple[int, dict[str, int], list]:
    """(0-based row, key → column, unknown (column, header)) of the row among the first
    ones whose cells name the most of the spec's columns."""
    names = {n: c.key for c in spec.columns for n in c.names()}
    best = (-1, {}, [])
    best_score = 0
    for r, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        found: dict[str, int] = {}
        unknown = []
        for ci, cell in enumerate(row):
            if _blank(cell):
                continue
            key = names.get(normalise_header(cell))
            if key is None:
                unknown.append((ci, cell))
            elif key not in found:
                found[key] = ci
            else:
                unknown.append((ci, cell))  # a second column of the same name
        if len(found) > best_score:
            best, best_score = (r, found, unknown), len(found)
    return best


def read_sheet(
    path: Path | str,
    spec: SheetSpec,
    sheet: str | None = None,
    *,
    grids: list[tuple[str, Callable[[], list[list[Any]]]]] | None = None,
) -> SheetData:
    """Read the sheet (``sheet``, or the one whose header matches ``spec`` best), clean
    every cell, and list what is wrong with the file's layout and cells (``grids``: the
    file's sheets as ``read_grids_once`` gave them, not to read it again)."""
    with paused_gc():
        return _read_sheet(Path(path), spec, sheet, grids)


def _read_sheet(path: Path, spec: SheetSpec, sheet: str | None, grids) -> SheetData:
    try:
        sheets = grids if grids is not None else read_grids(path)
    except CellError as e:
        problem = Problem("", None, "", path.name, e.message, e.params)
        return SheetData(path, "", 0, {}, {}, 0, [], [problem])
    from_template = any(n == TEMPLATE_NOTES_SHEET for n, _ in sheets)
    if sheet is not None:
        sheets = [s for s in sheets if s[0] == sheet] or sheets[:1]
    best: tuple[int, str, list, tuple] | None = None
    for name, load in sheets:
        grid = load()
        header = find_header(grid, spec)
        if best is None or len(header[1]) > best[0]:
            best = (len(header[1]), name, grid, header)
    assert best is not None
    score, name, grid, (hr, columns, unknown) = best
    problems: list[Problem] = []
    if score < min(2, len(spec.columns)):
        problems.append(
            Problem(
                name,
                None,
                "",
                "",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No header row was found: none of the first {rows} rows names the "
                    "columns ({expected}). Put the column names in one row above the data, "
                    "or start from the template.",
                ),
                {
                    "rows": HEADER_SCAN_ROWS,
                    "expected": "、".join(c.zh for c in spec.columns if c.required),
                },
            )
        )
        return SheetData(path, name, 0, {}, {}, 0, [], problems)
    header_cells = grid[hr]
    headers = {k: to_text(header_cells[ci]) or "" for k, ci in columns.items()}
    for c in spec.columns:
        if c.required and c.key not in columns:
            problems.append(
                Problem(
                    name,
                    hr + 1,
                    c.zh,
                    "",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The required column “{column}” ({english}) is missing. Add a column "
                        "with this name to the header row (row {row}), or copy the data into "
                        "the template.",
                    ),
                    {"column": c.zh, "english": c.en, "row": hr + 1},
                )
            )
    for _ci, cell in unknown:
        problems.append(
            Problem(
                name,
                hr + 1,
                to_text(cell) or "",
                to_text(cell) or "",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The column “{column}” is not one this import knows; it was ignored. "
                    "Rename it if it should be read (see the template's notes sheet).",
                ),
                {"column": to_text(cell) or ""},
                warning=True,
            )
        )
    plan = [(c.key, columns[c.key], converter(c), c) for c in spec.columns if c.key in columns]
    rows = _read_rows(grid, hr, plan, name, headers, problems)
    if from_template:
        rows = _skip_example(rows, plan, name, problems)
    width = max((len(r) for r in grid), default=0)
    return SheetData(path, name, hr + 1, columns, headers, width, rows, problems)


# The notes sheet of the templates the program hands out (crm_desktop.excel.templates):
# a file that has it was filled in from a template, whose example row may still be there.
TEMPLATE_NOTES_SHEET = "说明 Notes"

_EXAMPLE_ROW = QT_TRANSLATE_NOOP(
    "Errors",
    "This row is the template's example, so it was left out. Delete it from the sheet.",
)


def _skip_example(rows: list[Row], plan, sheet: str, problems: list[Problem]) -> list[Row]:
    """In a file made from a template, leave out a row equal to the template's example
    row, left in by mistake (importing it would create or change a real record, e.g.
    翠湖花园 3-2-1501 or a customer 张伟)."""
    example: dict[str, Any] = {}
    for key, _, convert, column in plan:
        if column.example in ("", None):
            continue
        value = column.example
        if isinstance(value, Decimal):
            value = float(value)  # as Excel stores it
        try:
            example[key] = convert(value)
        except CellError:
            continue
    if len(example) < 3:
        return rows
    kept = []
    for row in rows:
        if not row.bad and all(row.values.get(k) == v for k, v in example.items()):
            problems.append(Problem(sheet, row.number, "", "", _EXAMPLE_ROW, {}, warning=True))
            continue
        kept.append(row)
    return kept


_EMPTY_REQUIRED = QT_TRANSLATE_NOOP(
    "Errors", "“{column}” is empty. Every row needs it: fill it in."
)


_FAILED = object()  # marks a cell whose conversion raised, in a column's converted values
# Cell types none of whose values equals a value of another, except the numbers among
# them (1 == 1.0 == True): a column holding at most one kind of number can be keyed by
# its cells themselves.
_PLAIN_TYPES = frozenset({str, float, int, bool, type(None), date, datetime, time, timedelta})
_NUMBER_TYPES = frozenset({float, int, bool})


def _convert_column(cells: list[Any], convert: Callable[[Any], Any]) -> tuple[list, dict]:
    """A column's clean values (``_FAILED`` where a cell cannot be read) and the error of
    each failing cell (index → CellError).

    Each distinct cell is converted once: a column repeats the same few texts (project,
    building, use, status) and numbers (floors, areas), and converting is the costly part
    of reading. Cells are keyed by themselves when equal cells read the same; otherwise
    by type and ``repr`` (1, 1.0 and True are equal keys but read differently, and so
    are 0.0 and -0.0).
    """
    types = set(map(type, cells))
    if (
        types <= _PLAIN_TYPES
        and len(types & _NUMBER_TYPES) <= 1
        and not (float in types and 0.0 in cells)
    ):
        keys: list[Any] = cells
    else:
        keys = list(zip(map(type, cells), map(repr, cells), strict=True))
    distinct: dict[Any, Any] = dict(zip(keys, cells, strict=True))  # key → a cell
    failed: dict[Any, CellError] = {}
    for key, cell in distinct.items():
        try:
            distinct[key] = convert(cell)
        except CellError as e:
            distinct[key] = _FAILED
            failed[key] = e
    values = list(map(distinct.__getitem__, keys))
    errors = {i: failed[k] for i, k in enumerate(keys) if k in failed} if failed else {}
    return values, errors


def _read_rows(grid, hr, plan, sheet, headers, problems) -> list[Row]:
    """The data rows below the header, cleaned column by column (a row with no cell in
    the spec's columns is left out; its Excel number is skipped, not reused)."""
    body = grid[hr + 1 :]
    if not body or not plan:
        return []
    keys = tuple(key for key, _, _, _ in plan)
    indexes = [ci for _, ci, _, _ in plan]
    need = max(indexes) + 1
    if min(map(len, body)) < need:  # a ragged grid (openpyxl): missing cells are empty
        body = [line if len(line) >= need else [*line, *[""] * (need - len(line))] for line in body]
    cell_columns = [[line[ci] for line in body] for ci in indexes]
    value_columns = []
    # (body index, column position) → problem; sorted at the end into the order a
    # row-by-row reading gives (by row, then by column).
    found: dict[tuple[int, int], Problem] = {}
    bad: set[int] = set()  # rows with a cell that cannot be read
    empty: list[tuple[int, int]] = []  # (row, column) of the blank cells of required columns
    for j, ((key, _, convert, column), cells) in enumerate(zip(plan, cell_columns, strict=True)):
        values, errors = _convert_column(cells, convert)
        for i, e in errors.items():
            found[(i, j)] = Problem(
                sheet, hr + 2 + i, headers[key], cell_text(cells[i]), e.message, e.params
            )
            values[i] = None
            bad.add(i)
        if column.required:
            empty.extend((i, j) for i, v in enumerate(values) if v is None and i not in errors)
        value_columns.append(values)
    # Rows needing a closer look: a cell in error, or a required cell blank (as in a
    # blank row). A value is None exactly when its cell is blank or could not be read.
    check = bad.union(i for i, _ in empty)
    blank_required: dict[int, list[int]] = {}
    for i, j in empty:
        blank_required.setdefault(i, []).append(j)
    rows: list[Row] = []
    number = hr + 2
    for i, values, cells in zip(
        range(len(body)),
        zip(*value_columns, strict=True),
        zip(*cell_columns, strict=True),
        strict=True,
    ):
        is_bad = False
        if i in check:
            if i not in bad and all(v is None for v in values):
                continue  # a blank row
            is_bad = True
            for j in blank_required.get(i, ()):
                header = headers[keys[j]]
                found[(i, j)] = Problem(
                    sheet, number + i, header, "", _EMPTY_REQUIRED, {"column": header}
                )
        clean = dict(zip(keys, values, strict=True))
        rows.append(Row(number + i, clean, None, is_bad, keys=keys, cells=cells))
    problems.extend(found[k] for k in sorted(found))
    return rows
