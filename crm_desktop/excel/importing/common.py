"""What every importer shares: the dry run's and the import's results, the problems of
a sheet, the backup, progress and cancel, and bulk inserts with their audit entries."""

from __future__ import annotations

import itertools
import json
import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select

from crm_desktop.db.migrate import backup_file
from crm_desktop.db.models import (
    AuditEntry,
    Base,
    Project,
    Region,
)
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.reader import (
    Problem,
    Row,
    SheetData,
    cell_text,
)
from crm_desktop.services.database import (
    DERIVED_FIELDS,
    Database,
    UnitOfWork,
    audit_text,
)

log = logging.getLogger("crm_desktop.excel")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_CHUNK = 2000  # rows between progress reports / per bulk insert


# --- results ------------------------------------------------------------------------------
@dataclass
class Counts:
    create: int = 0
    update: int = 0
    unchanged: int = 0
    # Existing records: column key → how many of them get that field written.
    fields: dict[str, int] = field(default_factory=dict)

    def changed(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.fields[key] = self.fields.get(key, 0) + 1

    @property
    def total(self) -> int:
        return self.create + self.update + self.unchanged


@dataclass
class ImportCheck:
    """What a dry run found: the problems, and what an import would do."""

    path: Path
    kind: str  # "rooms", "customers" or "parking" ("": not a template)
    sheet: str
    header_row: int
    rows: int  # data rows read (blank rows not counted)
    problems: list[Problem]
    # "building", "room" | "customer", "identity" | "space", "vehicle" → what an import does
    counts: dict[str, Counts]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def fatal(self) -> bool:
        """A problem with the sheet as a whole (no header, a required column missing)."""
        return any(
            not p.warning and (p.row is None or p.row <= self.header_row) for p in self.problems
        )

    @property
    def error_rows(self) -> set[int]:
        return {p.row for p in self.errors if p.row is not None and p.row > self.header_row}

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def valid_rows(self) -> int:
        return 0 if self.fatal else self.rows - len(self.error_rows)


@dataclass
class ImportResult:
    check: ImportCheck
    counts: dict[str, Counts]  # what was written
    skipped_rows: int  # rows left out (only_valid)
    backup: Path | None  # the copy of the SQLite file made first (None: PostgreSQL)


class ImportRefused(ValidationError):
    """The file has errors and the clerk did not choose to import only the valid rows."""

    def __init__(self, check: ImportCheck) -> None:
        self.check = check
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file has {count} problems in {rows} rows, so nothing was imported. "
                "Fix them (save the problems copy to see each one beside its row) or import "
                "only the valid rows.",
            ),
            count=len(check.errors),
            rows=len(check.error_rows),
        )


class ImportCancelled(CrmError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The import was cancelled. Nothing was changed.")
        )


# --- shared helpers (also for the customers and parking importers) -----------------------------
class _Problems:
    """Collects the problems of one sheet, keyed to its header names."""

    def __init__(self, sheet: SheetData, spec_columns: dict[str, str]) -> None:
        self.sheet = sheet
        self.names = spec_columns
        self.items: list[Problem] = list(sheet.problems)
        self.bad_rows: set[int] = {p.row for p in sheet.problems if not p.warning and p.row}

    def header(self, key: str) -> str:
        return self.sheet.headers.get(key) or self.names.get(key, key)

    def add(self, row: Row, key: str, message: str, /, **params: Any) -> None:
        self.items.append(self._problem(row, key, message, params))
        self.bad_rows.add(row.number)

    def from_error(self, row: Row, e: ValidationError, fields: dict[str, str], default: str):
        self.add(row, fields.get(e.field or "", default), e.message, **e.params)

    def warn(self, row: Row, key: str, message: str, /, **params: Any) -> None:
        """A note on a row that is still imported."""
        self.items.append(self._problem(row, key, message, params, warning=True))

    def _problem(
        self, row: Row, key: str, message: str, params: dict[str, Any], warning: bool = False
    ) -> Problem:
        return Problem(
            self.sheet.sheet,
            row.number,
            self.header(key),
            cell_text(row.raw.get(key)),
            message,
            params,
            warning=warning,
        )


def backup_before_import(db: Database) -> Path | None:
    """Copy the SQLite file into backups/ beside it (as before a migration).

    A PostgreSQL server is backed up by its administrator (pg_dump on the server); the
    program has no copy to make, and says so in the log.
    """
    path = db.path
    if path is None:
        log.info("no file backup before import: %s is a database server", db.describe())
        return None
    if not path.exists():
        return None
    # Microseconds in the label: two imports within a second keep two copies.
    return backup_file(path, f"before-import-{datetime.now():%f}")


def _payload(values: dict[str, Any]) -> str:
    """The JSON of a "create" audit entry, as ``UnitOfWork.audit_created`` writes it."""
    return json.dumps(
        {
            k: v if v is None or type(v) is str else audit_text(v)
            for k, v in values.items()
            if k not in DERIVED_FIELDS
        },
        ensure_ascii=False,
    )


_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False)
_JSON_TEXT = json.encoder.encode_basestring  # what that encoder does with a str (in C)


def _json_value(v: Any) -> str:
    return _JSON(v if v is None or type(v) is str else audit_text(v))


def _json_decimal(v: Decimal | None) -> str:
    # audit_text of a Decimal is format(v, "f"): digits, sign and point, nothing to escape.
    return "null" if v is None else f'"{v:f}"'


def _json_column(values: list[Any]) -> list[str]:
    """``_json_value`` of each value of a column, the common kinds of columns at C speed."""
    types = set(map(type, values))
    if types == {str}:
        return list(map(_JSON_TEXT, values))
    if _exact_keys(values):  # ids, floors, enums: a few distinct values, each made once
        return _each_distinct(values, _json_value)
    if types <= {Decimal, type(None)}:
        return list(map(_json_decimal, values))
    return list(map(_json_value, values))


def _exact_keys(values: list[Any]) -> bool:
    """Whether a column's values can stand for themselves as dict keys: one type whose
    equal values are interchangeable (not Decimal("80") and Decimal("80.00"), not 1 and
    True, which are equal keys but print differently)."""
    types = set(map(type, values))
    return len(types) == 1 and (types <= {str, int, type(None)} or issubclass(*types, Enum))


def _each_distinct(values: list[Any], fn: Callable[[Any], Any]) -> list[Any]:
    """``fn`` of each value, computed once per distinct value (of a column whose values
    are ``_exact_keys``)."""
    results = {v: fn(v) for v in dict.fromkeys(values)}
    return list(map(results.__getitem__, values))


def audit_payloads(rows: list[dict[str, Any]]) -> list[str]:
    """``_payload`` of each row, made column by column: each column's values turned into
    JSON at once (texts by the json module's C function, ids and enums once per
    distinct value) and each row's text one string formatting: 0.3 s instead of 0.8 s
    for 100,000 rooms. Rows whose keys differ from the first row's are made one by one.
    tests/excel/test_import_common.py checks the two give the same text."""
    if not rows:
        return []
    first = tuple(rows[0])
    if any(map(first.__ne__, map(tuple, rows))):
        return [_payload(row) for row in rows]
    keys = [k for k in first if k not in DERIVED_FIELDS]
    if not keys:
        return ["{}"] * len(rows)
    template = "{" + ", ".join(_JSON(k).replace("%", "%%") + ": %s" for k in keys) + "}"
    columns = [_json_column([row[k] for row in rows]) for k in keys]
    return [template % t for t in zip(*columns, strict=True)]


MULTI_ROW = 1000  # rows per INSERT statement on SQLite
SQLITE_MAX_VARIABLES = 32766  # SQLite 3.32+; the bundled SQLite is newer


def _column_defaults(table: Table, given: Iterable[str]) -> dict[str, Any] | None:
    """The Python-side defaults of the columns not given (one value for all the rows:
    ``utcnow`` is called once per statement); None if one cannot be computed here."""
    out: dict[str, Any] = {}
    given = set(given)
    for col in table.columns:
        if col.key in given or col is table.autoincrement_column:
            continue
        default = col.default
        if default is None:
            continue
        if default.is_scalar:
            out[col.key] = default.arg
        elif default.is_callable:
            out[col.key] = default.arg(None)
        else:  # a sequence or SQL expression: left to SQLAlchemy
            return None
    return out


def _bound(values: list[Any], process: Callable[[Any], Any] | None) -> list[Any]:
    if process is None:
        return values
    if _exact_keys(values):  # enums: a few distinct values, each converted once
        return _each_distinct(values, process)
    return list(map(process, values))


def insert_columns(uow: UnitOfWork, table: Table, columns: dict[str, list[Any]]) -> None:
    """INSERT rows given column by column (lists of one length), in the unit of work's
    transaction.

    On SQLite, one executemany of the driver, each value converted by the bind
    processor SQLAlchemy itself would use (an enum to its text, a Decimal to a float, a
    datetime to its text), enums once per distinct value, and the defaults computed once:
    SQLAlchemy's executemany does all that row by row (100,000 rooms: 1.3 s instead of
    2.2 s, of which SQLite itself takes 1.1 s). Elsewhere (PostgreSQL) SQLAlchemy's own
    executemany.
    """
    n = len(next(iter(columns.values()), []))
    if not n:
        return
    conn = uow.session.connection()
    dialect = conn.dialect
    defaults = _column_defaults(table, columns) if dialect.name == "sqlite" else None
    if defaults is None:
        keys = list(columns)
        conn.execute(
            table.insert(),
            [dict(zip(keys, t, strict=True)) for t in zip(*columns.values(), strict=True)],
        )
        return
    params: list[list[Any]] = []
    names: list[str] = []
    for key, values in [*columns.items(), *((k, None) for k in defaults)]:
        col = table.c[key]
        process = col.type.dialect_impl(dialect).bind_processor(dialect)
        if values is None:  # a default: the same for every row
            value = defaults[key]
            values = [value if process is None else process(value)] * n
        else:
            values = _bound(values, process)
        params.append(values)
        names.append(dialect.identifier_preparer.quote(col.name))
    # Many rows per statement: a table with triggers (the search index) pays per
    # statement, not per row (100,000 customer_search rows: 9.5 s one by one, 2.3 s in
    # statements of 1,000 rows).
    per = max(1, min(MULTI_ROW, SQLITE_MAX_VARIABLES // len(names)))
    head = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(names)}) VALUES "
    )
    one = "(" + ", ".join("?" * len(names)) + ")"
    rows = list(zip(*params, strict=True))
    full, rest = divmod(len(rows), per)
    if full:
        sql = head + ", ".join([one] * per)
        chain = itertools.chain.from_iterable
        conn.exec_driver_sql(
            sql, [tuple(chain(rows[k * per : (k + 1) * per])) for k in range(full)]
        )
    if rest:
        sql = head + ", ".join([one] * rest)
        conn.exec_driver_sql(sql, tuple(itertools.chain.from_iterable(rows[full * per :])))


def fast_inserts(uow: UnitOfWork) -> bool:
    """Whether ``insert_rows`` can insert without a key to pair the new ids (SQLite)."""
    return uow.session.connection().dialect.name == "sqlite"


def insert_rows(
    uow: UnitOfWork, model: type[Base], rows: list[dict[str, Any]], key: tuple[str, ...]
) -> list[int]:
    """Insert many records (no audit entries) and return their ids in the rows' order.
    Every row has the keys of the first, in the same order.

    On SQLite the new ids are those after the table's largest (the write lock is held:
    nothing else inserts), checked by counting them; if the check fails they are paired
    with the rows by ``key``, columns that identify a new record (unique among the rows;
    none given: the import fails rather than guess). Elsewhere the database returns
    them, paired by ``key`` too.
    """
    if not rows:
        return []
    table = model.__table__
    id_col = table.c.id
    n = len(rows)
    conn = uow.session.connection()
    if conn.dialect.name == "sqlite":
        before = conn.execute(select(func.max(id_col))).scalar() or 0
        insert_columns(uow, table, {k: [row[k] for row in rows] for k in rows[0]})
        found = conn.execute(
            select(func.count(), func.min(id_col), func.max(id_col)).where(id_col > before)
        ).one()
        if tuple(found) == (n, before + 1, before + n):
            return list(range(before + 1, before + n + 1))
        if not key:
            raise RuntimeError(f"{table.name}: the new ids are not the next {n} ones")
        stmt = select(id_col, *(table.c[k] for k in key)).where(id_col > before)
        by_key = {tuple(rec[1:]): rec[0] for rec in conn.execute(stmt)}
    else:
        if not key:
            raise ValueError("insert_rows needs a key outside SQLite")
        stmt = table.insert().returning(id_col, *(table.c[k] for k in key))
        returned = uow.session.execute(stmt, rows).all()
        by_key = {tuple(rec[1:]): rec[0] for rec in returned}
    return [by_key[tuple(row[k] for k in key)] for row in rows]


def insert_created_audit(
    uow: UnitOfWork, table_name: str, ids: list[int], values: list[dict[str, Any]]
) -> None:
    """One "create" audit entry per new record with its values as JSON, as
    ``UnitOfWork.audit_created`` writes it, in one statement."""
    n = len(ids)
    insert_columns(
        uow,
        AuditEntry.__table__,
        {
            "user_id": [uow.actor.id] * n,
            "action": ["create"] * n,
            "table_name": [table_name] * n,
            "record_id": ids,
            "field": [None] * n,
            "old_value": [None] * n,
            "new_value": audit_payloads(values),
        },
    )


def insert_dicts(uow: UnitOfWork, table: Table, rows: list[dict[str, Any]]) -> None:
    """``insert_columns`` of rows given as dicts (each with the keys of the first)."""
    if rows:
        insert_columns(uow, table, {k: [row[k] for row in rows] for k in rows[0]})


def bulk_create(
    uow: UnitOfWork, model: type[Base], rows: list[dict[str, Any]], key: tuple[str, ...]
) -> list[int]:
    """Insert many records and their audit entries, as ``_create`` in the services does
    one by one (one "create" entry per record with its values as JSON), in two
    statements (see ``insert_rows`` for ``key``)."""
    ids = insert_rows(uow, model, rows, key)
    if ids:
        insert_created_audit(uow, model.__tablename__, ids, rows)
    return ids


class _Ticker:
    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def step(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if self.done // _CHUNK != before // _CHUNK or self.done >= self.total:
            self.report()

    def report(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _norm(text: str | None) -> str:
    return (text or "").strip().casefold()


def _project_resolver(session) -> Callable[[str | None, str], int | tuple[str, dict]]:
    rows = session.execute(
        select(Project.id, Project.name, Project.code, Region.name).join(
            Region, Region.id == Project.region_id
        )
    ).all()
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    by_code: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pid, name, code, region in rows:
        by_name[_norm(name)].append((pid, _norm(region)))
        if code:
            by_code[_norm(code)].append((pid, _norm(region)))
    cache: dict[tuple[str, str], int | tuple[str, dict]] = {}
    # The cells as written: a file repeats its project on every row.
    as_written: dict[tuple[str | None, str], int | tuple[str, dict]] = {}

    def resolve(region: str | None, project: str):
        try:
            return as_written[(region, project)]
        except KeyError:
            pass
        key = (_norm(region), _norm(project))
        if key in cache:
            as_written[(region, project)] = cache[key]
            return cache[key]
        found = by_name.get(key[1]) or by_code.get(key[1]) or []
        if key[0]:
            found = [f for f in found if f[1] == key[0]]
        if len(found) == 1:
            result: Any = found[0][0]
        elif not found:
            result = (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no project “{value}”{region}. Check the spelling, or create the "
                    "project in the program first: the import does not create projects.",
                ),
                {"value": project, "region": f" ({region})" if region else ""},
            )
        else:
            result = (
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Several regions have a project called “{value}”. Add the region column "
                    "(区域) or write the project's code instead.",
                ),
                {"value": project},
            )
        cache[key] = as_written[(region, project)] = result
        return result

    return resolve


def _count(counts: Counts, existing: int | None, changes: dict, columns: dict[str, str]) -> None:
    if existing is None:
        counts.create += 1
    elif changes:
        counts.update += 1
        counts.changed(col for col, attr in columns.items() if attr in changes)
    else:
        counts.unchanged += 1
