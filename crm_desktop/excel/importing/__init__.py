"""Importing rooms, customers and parking spaces from a spreadsheet: dry run, problems
copy, import.

The rows are checked with the validators the forms use (``crm_desktop.services``), so a
file is refused for exactly what a clerk could not type. The import is one transaction,
preceded by a backup of the SQLite file, and all or nothing unless the clerk chose to
import only the valid rows. Records are matched (rooms by project + room code, customers
by ID document, spaces by car park + number), so importing the same file twice changes
nothing the second time.

Modules: ``common`` (results, problems, backup, progress and cancel, bulk audited
inserts), ``rooms``, ``customers``, ``parking`` (each a plan, i.e. the dry run, and a
writer), ``problems`` (the problems copy and table); this package picks the importer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.importing.common import (
    Cancelled,
    Counts,
    ImportCancelled,
    ImportCheck,
    ImportRefused,
    ImportResult,
    Progress,
    _Ticker,
    backup_before_import,
    bulk_create,
)
from crm_desktop.excel.importing.customers import _plan_customers, _write_customers
from crm_desktop.excel.importing.parking import _plan_parking, _write_parking
from crm_desktop.excel.importing.problems import problems_table, write_problems_copy
from crm_desktop.excel.importing.rooms import _plan_rooms, _write_rooms
from crm_desktop.excel.reader import (
    HEADER_SCAN_ROWS,
    CellError,
    Problem,
    SheetSpec,
    find_header,
    paused_gc,
    read_grids_once,
    read_sheet,
)
from crm_desktop.excel.templates import CUSTOMERS, PARKING, ROOMS, TEMPLATES
from crm_desktop.services.database import Actor, Database

__all__ = [
    "Cancelled",
    "Counts",
    "ImportCancelled",
    "ImportCheck",
    "ImportRefused",
    "ImportResult",
    "Progress",
    "backup_before_import",
    "bulk_create",
    "detect_kind",
    "dry_run",
    "import_file",
    "import_rooms",
    "problems_table",
    "write_problems_copy",
]


# --- public API ---------------------------------------------------------------------------
def detect_kind(path: Path | str) -> str | None:
    """Which template a file follows ("rooms", "customers", "parking"), from its header
    row: the spec naming the most columns, required ones first. None: none fits."""
    try:
        return _detect(read_grids_once(path))
    except CellError:
        return None


def _detect(grids: list[tuple[str, Callable[[], list[list[Any]]]]]) -> str | None:
    best: tuple[bool, int, str] | None = None
    for _name, load in grids:
        head = load()[:HEADER_SCAN_ROWS]
        for spec in TEMPLATES.values():
            _, found, _ = find_header(head, spec)
            required = [c.key for c in spec.columns if c.required]
            score = (sum(k in found for k in required) == len(required), len(found))
            if len(found) >= 2 and (best is None or score > best[:2]):
                best = (*score, spec.key)
    return best[2] if best else None


def _open(path: Path, kind: str | None) -> tuple[str | None, list | None]:
    """The template the file follows (``kind`` if given) and its sheets, parsed once for
    both (None: the file cannot be read; read_sheet then says why)."""
    try:
        grids = read_grids_once(path)
    except CellError:
        return kind, None
    return kind or _detect(grids), grids


def _not_a_template(path: Path) -> ImportCheck:
    problem = Problem(
        "",
        None,
        "",
        path.name,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{value} does not look like an import template: no row among the first ones names "
            "the columns of rooms, customers or parking spaces. Start from a template (it "
            "has the column names in its first row).",
        ),
        {"value": path.name},
    )
    return ImportCheck(path, "", "", 0, 0, [problem], {})


@dataclass(frozen=True)
class _Importer:
    spec: SheetSpec
    plan: Callable[..., Any]  # (session, sheet, ticker) -> plan with .check
    write: Callable[..., dict[str, Counts]]  # (uow, plan, ticker) -> counts written


def _importer(kind: str) -> _Importer:
    return {
        "rooms": _Importer(ROOMS, _plan_rooms, _write_rooms),
        "customers": _Importer(CUSTOMERS, _plan_customers, _write_customers),
        "parking": _Importer(PARKING, _plan_parking, _write_parking),
    }[kind]


def dry_run(
    db: Database,
    path: Path | str,
    kind: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportCheck:
    """Check every row of a file (``kind``: rooms, customers or parking; None: told by its
    header row); writes nothing."""
    path = Path(path)
    kind, grids = _open(path, kind)
    if kind is None:
        return _not_a_template(path)
    imp = _importer(kind)
    with paused_gc():  # see reader.paused_gc: a quarter of the time on 100,000 rows
        sheet = read_sheet(path, imp.spec, grids=grids)
        ticker = _Ticker(len(sheet.rows), progress, cancelled)
        with db.read() as session:
            return imp.plan(session, sheet, ticker).check


def import_file(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    kind: str | None = None,
    only_valid: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import a rooms, customers or parking file in one transaction, after a backup.

    Refuses the whole file (``ImportRefused``, nothing written) if any row has an error,
    unless ``only_valid``: then the rows without errors are imported and the others
    skipped. ``progress(done, total)`` is called every few thousand rows and
    ``cancelled()`` polled at the same time (True: roll back, ``ImportCancelled``).
    """
    path = Path(path)
    kind, grids = _open(path, kind)
    if kind is None:
        raise ImportRefused(_not_a_template(path))
    imp = _importer(kind)
    with paused_gc():  # see reader.paused_gc
        sheet = read_sheet(path, imp.spec, grids=grids)
        early = ImportCheck(
            sheet.path, kind, sheet.sheet, sheet.header_row, len(sheet.rows), sheet.problems, {}
        )
        if early.fatal or (early.errors and not only_valid):
            # Cell errors alone already refuse the file: no need to back up or lock.
            with db.read() as session:
                raise ImportRefused(imp.plan(session, sheet).check)
        ticker = _Ticker(2 * len(sheet.rows), progress, cancelled)
        ticker.report()
        backup = backup_before_import(db)
        try:
            with db.write(actor) as uow:
                plan = imp.plan(uow.session, sheet, ticker)
                check = plan.check
                if check.fatal or (check.errors and not only_valid):
                    raise ImportRefused(check)
                written = imp.write(uow, plan, ticker)
                ticker.done = ticker.total
                ticker.report()  # a last chance to cancel, before the commit
        except (ImportRefused, ImportCancelled):
            if backup is not None:
                backup.unlink(missing_ok=True)  # nothing was written: the copy is not needed
            raise
    return ImportResult(check, written, len(check.error_rows), backup)


def import_rooms(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    only_valid: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import a buildings-and-rooms file (see ``import_file``)."""
    return import_file(
        db,
        actor,
        path,
        kind="rooms",
        only_valid=only_valid,
        progress=progress,
        cancelled=cancelled,
    )
