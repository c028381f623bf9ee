"""Importing buildings and rooms from a spreadsheet: dry run, problems copy, import.

The rows are checked with the validators the room and building forms use
(``services.resources``), so a file is refused for exactly what a clerk could not type.
The import is one transaction, preceded by a backup of the SQLite file, and all or
nothing unless the clerk chose to import only the valid rows. Rooms are matched by
project + room code and buildings by project + building code, so importing the same
file twice changes nothing the second time.

The foundation (reading, ``Problem``, ``ImportCheck``, backup, progress and cancel,
bulk audited inserts) is shared by the customers and parking importers to come.
"""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import or_, select

from crm_desktop.db.base import utcnow
from crm_desktop.db.migrate import backup_file
from crm_desktop.db.models import (
    AuditEntry,
    Base,
    Building,
    CarPark,
    Customer,
    CustomerPhone,
    CustomerSearch,
    Identity,
    ParkingSpace,
    Project,
    Region,
    Room,
    Vehicle,
)
from crm_desktop.domain import clock
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain import search_keys as keys
from crm_desktop.domain.enums import (
    CustomerKind,
    DocumentType,
    Relation,
    Role,
    RoomStatus,
    RoomUse,
    SpaceKind,
    SpaceStatus,
)
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.reader import (
    HEADER_SCAN_ROWS,
    CellError,
    Problem,
    Row,
    SheetData,
    SheetSpec,
    cell_text,
    find_header,
    read_grids,
    read_sheet,
)
from crm_desktop.excel.templates import CUSTOMERS, PARKING, ROOMS, TEMPLATES
from crm_desktop.services import customers as c
from crm_desktop.services import identities as i
from crm_desktop.services import resources as r
from crm_desktop.services.database import (
    DERIVED_FIELDS,
    Actor,
    Database,
    UnitOfWork,
    audit_text,
    check_version,
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
        self.items.append(
            Problem(
                self.sheet.sheet,
                row.number,
                self.header(key),
                cell_text(row.raw.get(key)),
                message,
                params,
            )
        )
        self.bad_rows.add(row.number)

    def from_error(self, row: Row, e: ValidationError, fields: dict[str, str], default: str):
        self.add(row, fields.get(e.field or "", default), e.message, **e.params)

    def warn(self, row: Row, key: str, message: str, /, **params: Any) -> None:
        """A note on a row that is still imported."""
        self.items.append(
            Problem(
                self.sheet.sheet,
                row.number,
                self.header(key),
                cell_text(row.raw.get(key)),
                message,
                params,
                warning=True,
            )
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


def bulk_create(
    uow: UnitOfWork, model: type[Base], rows: list[dict[str, Any]], key: tuple[str, ...]
) -> list[int]:
    """Insert many records and their audit entries, as ``_create`` in the services does
    one by one (one "create" entry per record with its values as JSON), in two statements.

    ``key``: columns that identify a new record (unique among the rows), used to pair the
    ids the database returns with the rows: SQLite cannot return them in parameter order
    without inserting row by row.
    """
    if not rows:
        return []
    table = model.__table__
    stmt = table.insert().returning(table.c.id, *(table.c[k] for k in key))
    returned = uow.session.execute(stmt, rows).all()
    by_key = {tuple(rec[1:]): rec[0] for rec in returned}
    ids = [by_key[tuple(row[k] for k in key)] for row in rows]
    user = uow.actor.id
    name = model.__tablename__
    uow.session.execute(
        AuditEntry.__table__.insert(),
        [
            {
                "user_id": user,
                "action": "create",
                "table_name": name,
                "record_id": rid,
                "field": None,
                "old_value": None,
                "new_value": _payload(values),
            }
            for rid, values in zip(ids, rows, strict=True)
        ],
    )
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


# --- the plan of a rooms import ---------------------------------------------------------------
_ROOM_FIELDS = {
    "unit": "unit",
    "floor": "floor",
    "number": "number",
    "code": "code",
    "use": "use",
    "gross_area": "gross_area",
    "inner_area": "inner_area",
    "status": "status",
    "notes": "notes",
}
_BUILDING_FIELDS = {"code": "building_code", "name": "building_name"}
# Room attributes a row may change on an existing room, and the cell each comes from.
_UPDATABLE = ("unit", "floor", "number", "use", "gross_area", "inner_area", "status", "notes")


@dataclass
class _BuildingPlan:
    project_id: int
    code: str
    values: dict[str, Any]
    existing_id: int | None = None
    existing_version: int | None = None
    existing_name: str = ""
    new_name: str | None = None  # the file's name, when it differs from the stored one
    rows: list[int] = field(default_factory=list)  # rows that are valid
    floors: set[int] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    fake_id: int = 0
    first_name_row: int | None = None  # the row that named the building

    @property
    def changed(self) -> bool:
        return self.existing_id is not None and self.new_name is not None


@dataclass
class _RoomOp:
    row: int
    building: _BuildingPlan
    values: dict[str, Any]
    existing_id: int | None = None
    existing_version: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Plan:
    check: ImportCheck
    buildings: dict[tuple[int, str], _BuildingPlan]
    rooms: list[_RoomOp]


class _BuildingLookup:
    """Stands in for a session in ``resources._room_values``: gives the building a room
    will belong to, whether it is stored already or comes with the file."""

    def __init__(self) -> None:
        self.by_id: dict[int, SimpleNamespace] = {}

    def add(self, fake_id: int, project_id: int, code: str) -> None:
        self.by_id[fake_id] = SimpleNamespace(
            id=fake_id, project_id=project_id, code=code, retired_at=None
        )

    def get(self, _model, record_id: int):
        return self.by_id.get(record_id)


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

    def resolve(region: str | None, project: str):
        key = (_norm(region), _norm(project))
        if key in cache:
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
        cache[key] = result
        return result

    return resolve


def _plan_rooms(session, sheet: SheetData, ticker: _Ticker | None = None) -> _Plan:
    names = {c.key: c.zh for c in ROOMS.columns}
    probs = _Problems(sheet, names)
    buildings: dict[tuple[int, str], _BuildingPlan] = {}
    ops: list[_RoomOp] = []
    counts = {"building": Counts(), "room": Counts()}
    check = ImportCheck(
        sheet.path, "rooms", sheet.sheet, sheet.header_row, len(sheet.rows), probs.items, counts
    )
    if check.fatal:
        return _Plan(check, buildings, ops)

    # 1. projects and buildings of the valid rows
    resolve = _project_resolver(session)
    row_project: dict[int, int] = {}
    for row in sheet.rows:
        if row.bad:
            continue
        v = row.values
        pid = resolve(v.get("region"), v["project"])
        if isinstance(pid, tuple):
            probs.add(row, "project", pid[0], **pid[1])
        else:
            row_project[row.number] = pid
    pids = sorted(set(row_project.values()))
    stored_buildings = {
        (b.project_id, b.code): b
        for b in session.execute(
            select(
                Building.id, Building.project_id, Building.code, Building.name, Building.version
            ).where(Building.project_id.in_(pids))
        )
    }
    lookup = _BuildingLookup()
    building_error: dict[tuple[int, str], ValidationError] = {}
    building_of_row: dict[int, _BuildingPlan] = {}
    for row in sheet.rows:
        pid = row_project.get(row.number)
        if pid is None:
            continue
        code, name = row.values["building_code"], row.values.get("building_name")
        key = (pid, code)
        if key in building_error:
            probs.from_error(row, building_error[key], _BUILDING_FIELDS, "building_code")
            continue
        plan = buildings.get(key)
        if plan is None:
            try:
                values = r._building_values(r.BuildingFields(pid, code, name or ""))
            except ValidationError as e:
                building_error[key] = e
                probs.from_error(row, e, _BUILDING_FIELDS, "building_code")
                continue
            plan = _BuildingPlan(pid, code, values, fake_id=-(len(buildings) + 1))
            stored = stored_buildings.get(key)
            if stored is not None:
                plan.existing_id, plan.existing_version = stored.id, stored.version
                plan.existing_name = stored.name
                if name and name != stored.name:
                    plan.new_name = name
                lookup.add(stored.id, pid, stored.code)
            else:
                lookup.add(plan.fake_id, pid, values["code"])
            plan.values["name"] = name or plan.values["name"]
            plan.first_name_row = row.number if name else None
            buildings[key] = plan
        elif name:
            first = plan.first_name_row
            if first is None:
                plan.first_name_row = row.number
                plan.values["name"] = name
                if plan.existing_id is not None and name != plan.existing_name:
                    plan.new_name = name
            elif name != plan.values["name"]:
                probs.add(
                    row,
                    "building_name",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Building {code} is named “{first}” in row {row} and “{value}” here. "
                        "Give each building one name.",
                    ),
                    code=code,
                    first=plan.values["name"],
                    row=first,
                    value=name,
                )
                continue
        building_of_row[row.number] = plan

    # 2. each room, as the room form checks it
    valid: list[tuple[Row, _BuildingPlan, dict[str, Any]]] = []
    for row in sheet.rows:
        if ticker is not None:
            ticker.step()
        plan = building_of_row.get(row.number)
        if plan is None:
            continue
        v = row.values
        fields = r.RoomFields(
            building_id=plan.existing_id or plan.fake_id,
            unit=v.get("unit") or "",
            floor=v["floor"],
            number=v["number"],
            code=v.get("code") or "",
            use=v.get("use") or RoomUse.RESIDENTIAL,
            gross_area=v.get("gross_area"),
            inner_area=v.get("inner_area"),
            status=v.get("status") or RoomStatus.UNSOLD,
            notes=v.get("notes") or "",
        )
        try:
            values, _ = r._room_values(lookup, fields)
        except ValidationError as e:
            probs.from_error(row, e, _ROOM_FIELDS, "number")
            continue
        valid.append((row, plan, values))

    # 3. the same room twice in the file
    seen: dict[tuple[int, str], list[Row]] = defaultdict(list)
    for row, plan, values in valid:
        seen[(plan.project_id, values["code"])].append(row)
    for (_, code), rows in seen.items():
        if len(rows) > 1:
            numbers = "、".join(str(x.number) for x in rows)
            for row in rows:
                probs.add(
                    row,
                    "code" if row.values.get("code") else "number",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The room {code} appears more than once in the file (rows {rows}). "
                        "Keep one row per room.",
                    ),
                    code=code,
                    rows=numbers,
                )

    # 4. compare with the rooms on record
    codes_by_project: dict[int, set[str]] = defaultdict(set)
    for _row, plan, values in valid:
        codes_by_project[plan.project_id].add(values["code"])
    stored_rooms: dict[tuple[int, str], Any] = {}
    for pid, codes in codes_by_project.items():
        stmt = select(
            Room.id,
            Room.project_id,
            Room.code,
            Room.building_id,
            Room.unit,
            Room.floor,
            Room.number,
            Room.use,
            Room.gross_area,
            Room.inner_area,
            Room.status,
            Room.notes,
            Room.version,
        ).where(Room.project_id == pid, Room.retired_at.is_(None))
        for room in session.execute(stmt):
            if room.code in codes:
                stored_rooms[(pid, room.code)] = room
    building_codes = {b.id: b.code for b in stored_buildings.values()}
    for row, plan, values in valid:
        if row.number in probs.bad_rows:
            continue
        stored = stored_rooms.get((plan.project_id, values["code"]))
        op = _RoomOp(row.number, plan, values)
        if stored is not None:
            if stored.building_id != plan.existing_id:
                probs.add(
                    row,
                    "building_code",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The room {code} already exists in building {other}, not {value}. "
                        "An import does not move rooms: correct the building or the room code.",
                    ),
                    code=values["code"],
                    other=building_codes.get(stored.building_id, "?"),
                    value=plan.code,
                )
                continue
            op.existing_id, op.existing_version = stored.id, stored.version
            op.changes = _room_changes(row, values, stored)
        ops.append(op)
        plan.rows.append(row.number)
        plan.floors.add(values["floor"])
        if values["unit"]:
            plan.units.add(values["unit"])

    for op in ops:
        c = counts["room"]
        if op.existing_id is None:
            c.create += 1
        elif op.changes:
            c.update += 1
        else:
            c.unchanged += 1
    for plan in buildings.values():
        if not plan.rows:
            continue
        c = counts["building"]
        if plan.existing_id is None:
            c.create += 1
        elif plan.changed:
            c.update += 1
        else:
            c.unchanged += 1
    probs.items.sort(key=lambda p: (p.row or 0, p.warning))
    return _Plan(check, buildings, ops)


def _room_changes(row: Row, values: dict[str, Any], stored) -> dict[str, Any]:
    """The stored room's fields this row changes (a blank cell leaves its field as is)."""
    given = row.values
    changes: dict[str, Any] = {}
    for name in _UPDATABLE:
        if name not in ("floor", "number") and given.get(name) is None:
            continue
        if getattr(stored, name) != values[name]:
            changes[name] = values[name]
    if changes.keys() & {"unit", "floor", "number"}:
        changes["sort_key"] = values["sort_key"]
    return changes


# --- public API ---------------------------------------------------------------------------
def detect_kind(path: Path | str) -> str | None:
    """Which template a file follows ("rooms", "customers", "parking"), from its header
    row: the spec naming the most columns, required ones first. None: none fits."""
    best: tuple[bool, int, str] | None = None
    try:
        grids = _head_grids(Path(path))
    except CellError:
        return None
    for grid in grids:
        for spec in TEMPLATES.values():
            _, found, _ = find_header(grid, spec)
            required = [c.key for c in spec.columns if c.required]
            score = (sum(k in found for k in required) == len(required), len(found))
            if len(found) >= 2 and (best is None or score > best[:2]):
                best = (*score, spec.key)
    return best[2] if best else None


def _head_grids(path: Path) -> list[list[list[Any]]]:
    """The first rows of each sheet, without reading the whole file (calamine streams)."""
    try:
        import python_calamine

        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        return [
            list(islice(wb.get_sheet_by_name(name).iter_rows(), HEADER_SCAN_ROWS))
            for name in wb.sheet_names
        ]
    except Exception:  # noqa: BLE001 - let the reader's fallback (and its message) decide
        return [load()[:HEADER_SCAN_ROWS] for _name, load in read_grids(path)]


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
    kind = kind or detect_kind(path)
    if kind is None:
        return _not_a_template(path)
    imp = _importer(kind)
    sheet = read_sheet(path, imp.spec)
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
    kind = kind or detect_kind(path)
    if kind is None:
        raise ImportRefused(_not_a_template(path))
    imp = _importer(kind)
    sheet = read_sheet(path, imp.spec)
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


def _write_rooms(uow: UnitOfWork, plan: _Plan, ticker: _Ticker) -> dict[str, Counts]:
    counts = {"building": Counts(), "room": Counts()}
    ids: dict[int, int] = {}  # fake building id → stored id
    for b in plan.buildings.values():
        if not b.rows:
            continue
        if b.existing_id is None:
            values = dict(b.values)
            values["floors"] = values["floors"] or (max(b.floors) if max(b.floors) > 0 else None)
            values["units"] = values["units"] or (len(b.units) or None)
            obj = Building(**values)
            uow.session.add(obj)
            uow.session.flush()
            uow.audit_created(obj, values)
            ids[b.fake_id] = obj.id
            counts["building"].create += 1
        else:
            if b.changed:
                r._update(uow, Building, b.existing_id, b.existing_version, {"name": b.new_name})
                counts["building"].update += 1
            else:
                counts["building"].unchanged += 1
    new_rows: list[dict[str, Any]] = []
    updates: list[_RoomOp] = []
    for op in plan.rooms:
        if op.existing_id is None:
            values = op.values
            if values["building_id"] < 0:
                values = {**values, "building_id": ids[values["building_id"]]}
            new_rows.append(values)
        elif op.changes:
            updates.append(op)
        else:
            counts["room"].unchanged += 1
            ticker.step()
    for start in range(0, len(new_rows), _CHUNK):
        chunk = new_rows[start : start + _CHUNK]
        bulk_create(uow, Room, chunk, key=("project_id", "code"))
        counts["room"].create += len(chunk)
        ticker.step(len(chunk))
    for start in range(0, len(updates), _CHUNK):
        chunk = updates[start : start + _CHUNK]
        # Load the chunk at once; _update then finds each in the session.
        list(uow.session.scalars(select(Room).where(Room.id.in_([o.existing_id for o in chunk]))))
        for op in chunk:
            r._update(uow, Room, op.existing_id, op.existing_version, op.changes)
        counts["room"].update += len(chunk)
        ticker.step(len(chunk))
    return counts


# --- customers and their identities -------------------------------------------------------------
# check_customer's field → the column it comes from.
_CUSTOMER_FIELDS = {
    "kind": "customer_kind",
    "name": "name",
    "gender": "gender",
    "birth_date": "birth_date",
    "document_type": "document_type",
    "document_number": "document_number",
    "email": "email",
    "address": "address",
    "phones": "phone",
    "consent_date": "consent_date",
    "notes": "notes",
}
# Columns compared with a customer on record (column key → value key).
_CUSTOMER_COMPARED = {
    "customer_kind": "kind",
    "name": "name",
    "gender": "gender",
    "birth_date": "birth_date",
    "email": "email",
    "address": "address",
    "phone": "phones",
    "consent_date": "consent_date",
    "notes": "notes",
}
_IDENTITY_FIELDS = {
    "share": "share",
    "relation": "relation",
    "related_customer_id": "family_of",
    "start_date": "start_date",
    "role": "role",
    "resource": "room_code",
}
_PHONE_SPLIT = re.compile(r"[,，、;；/|\n]+")


def _consent_missing(e: ValidationError) -> bool:
    """check_customer's "record the consent date" (asked of new customers only)."""
    return e.field == "consent_date" and not e.params


def _blank_value(v: Any) -> bool:
    return v is None or v == "" or v == []


@dataclass
class _CustomerPlan:
    """One customer of the file: several rows may name it (an owner of two rooms)."""

    key: tuple
    values: dict[str, Any]  # check_customer's values, merged over its rows
    first_row: int
    how: str  # "document", "name_phone" or "new"
    rows: list[int] = field(default_factory=list)  # rows that are valid
    given: dict[str, int] = field(default_factory=dict)  # value key → first row giving it
    existing_id: int | None = None
    existing_version: int | None = None
    fill: dict[str, Any] = field(default_factory=dict)  # empty fields on record to fill
    kept: list[str] = field(default_factory=list)  # columns whose stored value is kept
    new_id: int | None = None


@dataclass
class _IdentityOp:
    row: int
    customer: _CustomerPlan
    room_id: int
    room: str  # "翠湖花园 3-2-1501", for messages
    role: Role
    share: Decimal | None
    relation: Relation | None
    family_of: str | None  # the cell naming whose family
    start: date | None
    notes: str
    related: _CustomerPlan | int | None = None  # whose family: in the file, or stored id
    unchanged: bool = False


@dataclass
class _CustomersPlan:
    check: ImportCheck
    customers: list[_CustomerPlan]
    identities: list[_IdentityOp]


def _split_phones(text: str | None) -> list[c.PhoneEntry]:
    if not text:
        return []
    return [c.PhoneEntry(p.strip()) for p in _PHONE_SPLIT.split(text) if p.strip()]


def _customer_fields(v: dict[str, Any]) -> tuple[c.CustomerFields, set[str]]:
    """The form's fields of one row, and the value keys its non-blank cells give."""
    kind = v.get("customer_kind") or CustomerKind.PERSON
    number = v.get("document_number") or ""
    doc_type = v.get("document_type")
    if number and doc_type is None and kind == CustomerKind.PERSON:
        doc_type = DocumentType.RESIDENT_ID  # the template's default
    fields = c.CustomerFields(
        kind=kind,
        name=v.get("name") or "",
        gender=v.get("gender"),
        birth_date=v.get("birth_date"),
        document_type=doc_type,
        document_number=number,
        phones=_split_phones(v.get("phone")),
        email=v.get("email") or "",
        address=v.get("address") or "",
        notes=v.get("notes") or "",
        consent_date=v.get("consent_date"),
    )
    given = {value for column, value in _CUSTOMER_COMPARED.items() if v.get(column) is not None}
    return fields, given


def _comparable(key: str, value: Any) -> Any:
    if key == "phones":
        return frozenset(p.number for p in value or ())
    return None if value == "" else value


def _stored_customers(session, plans: list[_CustomerPlan]) -> None:
    """Find each customer of the file on record: by document, else by name and phone."""
    by_doc: dict[str, list[_CustomerPlan]] = defaultdict(list)
    by_phone: dict[str, list[_CustomerPlan]] = defaultdict(list)
    for p in plans:
        if p.how == "document":
            by_doc[p.values["document_number"]].append(p)
        elif p.how == "name_phone":
            for phone in p.values["phones"]:
                by_phone[phone.number].append(p)
    numbers = list(by_doc)
    for k in range(0, len(numbers), 500):
        stmt = select(Customer.id, Customer.document_type, Customer.document_number).where(
            Customer.document_number.in_(numbers[k : k + 500]), Customer.merged_into_id.is_(None)
        )
        for cid, doc_type, number in session.execute(stmt):
            for p in by_doc[number]:
                if p.values["document_type"] == doc_type:
                    p.existing_id = cid
    phones = list(by_phone)
    matches: dict[int, set[int]] = defaultdict(set)  # id(plan) → customers of that name
    for k in range(0, len(phones), 500):
        stmt = (
            select(Customer.id, Customer.name, CustomerPhone.number)
            .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
            .where(CustomerPhone.number.in_(phones[k : k + 500]), Customer.merged_into_id.is_(None))
        )
        for cid, name, number in session.execute(stmt):
            for p in by_phone[number]:
                if p.values["name"] == name:
                    matches[id(p)].add(cid)
    for p in plans:
        if matches.get(id(p)):
            p.existing_id = min(matches[id(p)])  # the oldest, if several


def _compare_with_stored(session, plans: list[_CustomerPlan]) -> None:
    """What each customer on record would get: its empty fields filled from the file;
    fields it has that the file gives differently are kept (listed as a warning)."""
    found = {p.existing_id: p for p in plans if p.existing_id is not None}
    ids_ = list(found)
    for k in range(0, len(ids_), 500):
        chunk = ids_[k : k + 500]
        phones: dict[int, list[str]] = defaultdict(list)
        for cid, number in session.execute(
            select(CustomerPhone.customer_id, CustomerPhone.number)
            .where(CustomerPhone.customer_id.in_(chunk))
            .order_by(CustomerPhone.customer_id, CustomerPhone.position)
        ):
            phones[cid].append(number)
        for obj in session.execute(select(Customer).where(Customer.id.in_(chunk))).scalars():
            p = found[obj.id]
            p.existing_version = obj.version
            for column, key in _CUSTOMER_COMPARED.items():
                if key not in p.given:
                    continue
                new = p.values[key]
                if key == "phones":
                    old = phones.get(obj.id, [])
                    if not old:
                        p.fill[key] = new
                    elif not {x.number for x in new} <= set(old):
                        p.kept.append(column)
                    continue
                old = getattr(obj, key)
                if _comparable(key, new) == _comparable(key, old):
                    continue
                if _blank_value(old):
                    p.fill[key] = new
                else:
                    p.kept.append(column)


def _plan_customers(session, sheet: SheetData, ticker: _Ticker | None = None) -> _CustomersPlan:
    names = {col.key: col.zh for col in CUSTOMERS.columns}
    probs = _Problems(sheet, names)
    counts = {"customer": Counts(), "identity": Counts()}
    check = ImportCheck(
        sheet.path,
        "customers",
        sheet.sheet,
        sheet.header_row,
        len(sheet.rows),
        probs.items,
        counts,
    )
    plan = _CustomersPlan(check, [], [])
    if check.fatal:
        return plan

    # 1. each row's customer, as the customer form checks it, and who it is
    rows_by_number = {row.number: row for row in sheet.rows}
    row_customer: dict[int, _CustomerPlan] = {}
    plans: dict[tuple, _CustomerPlan] = {}
    for row in sheet.rows:
        if ticker is not None:
            ticker.step()
        if row.bad:
            continue
        fields, given = _customer_fields(row.values)
        values, errors = c.check_customer(fields, new=True)
        others = [e for e in errors if not _consent_missing(e)]
        if others:
            for e in others:
                probs.from_error(row, e, _CUSTOMER_FIELDS, "name")
            continue
        number = values["document_number"]
        if number:
            key: tuple = ("document", values["document_type"], number)
        elif values["phones"]:
            key = ("name_phone", values["name"], values["phones"][0].number)
        else:
            key = ("new", row.number)
        p = plans.get(key)
        if p is None:
            p = _CustomerPlan(key, values, row.number, key[0])
            p.given = {k: row.number for k in given}
            plans[key] = p
        else:
            differ = [
                column
                for column, k in _CUSTOMER_COMPARED.items()
                if k in given
                and k in p.given
                and _comparable(k, values[k]) != _comparable(k, p.values[k])
            ]
            if differ:
                probs.add(
                    row,
                    differ[0],
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This row and row {first} are the same customer ({name}) but differ "
                        "in {columns}. Make the rows agree, or leave the cell blank here.",
                    ),
                    first=p.given.get(_CUSTOMER_COMPARED[differ[0]], p.first_row),
                    name=p.values["name"],
                    columns="、".join(probs.header(x) for x in differ),
                )
                continue
            for k in given:
                if k not in p.given:
                    p.given[k] = row.number
                    p.values[k] = values[k]
        row_customer[row.number] = p

    # 2. customers on record: by document, else by name and phone
    _stored_customers(session, list(plans.values()))
    consent = c.check_customer(c.CustomerFields(name="-"), new=True)[1][0]
    for number, p in row_customer.items():
        row = rows_by_number[number]
        if p.existing_id is None and p.values["consent_date"] is None:
            probs.from_error(row, consent, _CUSTOMER_FIELDS, "consent_date")
        elif p.how == "new":
            probs.warn(
                row,
                "name",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} has no document number and no phone, so a new customer is created "
                    "every time this file is imported. Add the document number or a phone.",
                ),
                name=p.values["name"],
            )
    _compare_with_stored(session, [p for p in plans.values() if p.existing_id is not None])

    # 3. identities on rooms
    ops = _plan_identities(session, sheet, probs, row_customer)

    # 4. what would be written
    for row in sheet.rows:
        p = row_customer.get(row.number)
        if p is not None and row.number not in probs.bad_rows:
            p.rows.append(row.number)
    for p in plans.values():
        if not p.rows:
            continue
        plan.customers.append(p)
        cc = counts["customer"]
        if p.existing_id is None:
            cc.create += 1
        elif p.fill:
            cc.update += 1
            cc.changed(_CUSTOMER_FIELDS[k] for k in p.fill)
        else:
            cc.unchanged += 1
        if p.existing_id is not None and p.kept:
            probs.warn(
                rows_by_number[p.rows[0]],
                p.kept[0],
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is already on record with other values in {columns}; the stored "
                    "values are kept. If the file is right, change them in the customer's form.",
                ),
                name=p.values["name"],
                columns="、".join(probs.header(x) for x in p.kept),
            )
    for op in ops:
        if op.row in probs.bad_rows:
            continue
        plan.identities.append(op)
        if op.unchanged:
            counts["identity"].unchanged += 1
        else:
            counts["identity"].create += 1
    probs.items.sort(key=lambda x: (x.row or 0, x.warning))
    return plan


def _plan_identities(
    session, sheet: SheetData, probs: _Problems, row_customer: dict[int, _CustomerPlan]
) -> list[_IdentityOp]:
    resolve = _project_resolver(session)
    wanted: list[tuple[Row, int]] = []
    for row in sheet.rows:
        if row.number not in row_customer or row.number in probs.bad_rows:
            continue
        v = row.values
        if v.get("room_code") is None and v.get("role") is None:
            for extra in ("share", "relation", "family_of", "start_date"):
                if v.get(extra) is not None:
                    probs.add(
                        row,
                        "room_code",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "“{column}” is filled in but the room is not. Add the project and "
                            "room code, or clear the cell.",
                        ),
                        column=probs.header(extra),
                    )
                    break
            continue
        missing = [k for k in ("project", "room_code", "role") if v.get(k) is None]
        if missing:
            probs.add(
                row,
                missing[0],
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An identity needs the project, the room code and the role; “{column}” is "
                    "empty. Fill it in, or clear the other two to import the customer only.",
                ),
                column=probs.header(missing[0]),
            )
            continue
        pid = resolve(v.get("region"), v["project"])
        if isinstance(pid, tuple):
            probs.add(row, "project", pid[0], **pid[1])
            continue
        wanted.append((row, pid))

    # The rooms named, by project and code.
    codes: dict[int, set[str]] = defaultdict(set)
    for row, pid in wanted:
        codes[pid].add(row.values["room_code"])
    rooms: dict[tuple[int, str], tuple[int, str]] = {}
    for pid, wanted_codes in codes.items():
        listed = sorted(wanted_codes)
        for k in range(0, len(listed), 500):
            stmt = (
                select(Room.id, Room.code, Project.name)
                .join(Project, Project.id == Room.project_id)
                .where(
                    Room.project_id == pid,
                    Room.code.in_(listed[k : k + 500]),
                    Room.retired_at.is_(None),
                )
            )
            for rid, code, project in session.execute(stmt):
                rooms[(pid, code)] = (rid, f"{project} {code}")
    ops: list[_IdentityOp] = []
    for row, pid in wanted:
        v = row.values
        found = rooms.get((pid, v["room_code"]))
        if found is None:
            probs.add(
                row,
                "room_code",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no room {value} in {project}. Check the code (as 3-2-1501), or "
                    "import the rooms first.",
                ),
                value=v["room_code"],
                project=v["project"],
            )
            continue
        role = Role(v["role"])
        share = None
        if role == Role.OWNER:
            try:
                share = i.parse_share(v.get("share"))
            except ValidationError as e:
                probs.from_error(row, e, _IDENTITY_FIELDS, "share")
                continue
        elif v.get("share") is not None:
            probs.warn(
                row,
                "share",
                QT_TRANSLATE_NOOP(
                    "Errors", "Only owners have a share; the share of {role} was ignored."
                ),
                role=i._ROLE_WORDS[role],
            )
        relation = v.get("relation")
        if role == Role.FAMILY:
            if relation is None:
                probs.add(
                    row,
                    "relation",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Choose the family member's relation (spouse, child, parent …).",
                    ),
                )
                continue
            if v.get("family_of") is None:
                probs.add(
                    row,
                    "family_of",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A family member needs whose family they are: type the document "
                        "number or name of the room's owner or tenant in “{column}”.",
                    ),
                    column=probs.header("family_of"),
                )
                continue
        elif relation is not None or v.get("family_of") is not None:
            relation = None
            probs.warn(
                row,
                "relation" if v.get("relation") is not None else "family_of",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only family members have a relation and whose family; ignored for {role}.",
                ),
                role=i._ROLE_WORDS[role],
            )
        start = v.get("start_date")
        if start is not None and start.year < 1900:
            probs.add(
                row,
                "start_date",
                QT_TRANSLATE_NOOP("Errors", "The start date {date} is too early. Check the year."),
                date=start.isoformat(),
            )
            continue
        ops.append(
            _IdentityOp(
                row.number,
                row_customer[row.number],
                found[0],
                found[1],
                role,
                share,
                Relation(relation) if relation is not None else None,
                v.get("family_of") if role == Role.FAMILY else None,
                start,
                "",
            )
        )
    _check_identities(session, sheet, probs, ops)
    return ops


def _check_identities(session, sheet: SheetData, probs: _Problems, ops: list[_IdentityOp]):
    rows = {row.number: row for row in sheet.rows}
    today = clock.today()
    # The same identity twice in the file.
    seen: dict[tuple, int] = {}
    for op in ops:
        key = (id(op.customer), op.room_id, op.role)
        if key in seen:
            probs.add(
                rows[op.row],
                "role",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Row {first} already gives {name} this role on {room}. Keep one row per "
                    "customer, room and role.",
                ),
                first=seen[key],
                name=op.customer.values["name"],
                room=op.room,
            )
        else:
            seen[key] = op.row
    ops_live = [op for op in ops if op.row not in probs.bad_rows]

    # The identities on record of these rooms (current and future ones).
    stored: dict[int, list] = defaultdict(list)
    room_ids = sorted({op.room_id for op in ops_live})
    holder_ids: set[int] = set()
    for k in range(0, len(room_ids), 500):
        stmt = select(
            Identity.id,
            Identity.customer_id,
            Identity.room_id,
            Identity.role,
            Identity.share,
            Identity.start_date,
            Identity.end_date,
        ).where(
            Identity.room_id.in_(room_ids[k : k + 500]),
            or_(Identity.end_date.is_(None), Identity.end_date > today),
        )
        for ident in session.execute(stmt):
            stored[ident.room_id].append(ident)
            holder_ids.add(ident.customer_id)
    people: dict[int, tuple[str, str | None]] = {}
    listed = sorted(holder_ids)
    for k in range(0, len(listed), 500):
        for cid, name, number in session.execute(
            select(Customer.id, Customer.name, Customer.document_number).where(
                Customer.id.in_(listed[k : k + 500])
            )
        ):
            people[cid] = (name, number)

    def open_after(ident, day: date) -> bool:
        return ident.end_date is None or ident.end_date > day

    # Already on record: nothing to add (same customer, room, role and start date).
    for op in ops_live:
        cid = op.customer.existing_id
        if cid is None:
            continue
        day = op.start or today
        for ident in stored.get(op.room_id, ()):
            if ident.customer_id == cid and ident.role == op.role and open_after(ident, day):
                if op.start is None or op.start == ident.start_date:
                    op.unchanged = True
                else:
                    probs.add(
                        rows[op.row],
                        "start_date",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{name} is already {role} of {room} since {since}. To record a new "
                            "period, end the current one first; to keep it, clear the start "
                            "date or write {since}.",
                        ),
                        name=op.customer.values["name"],
                        role=i._ROLE_WORDS[op.role],
                        room=op.room,
                        since=ident.start_date.isoformat(),
                    )
                break

    # Owners' shares per room: the file's new owners plus the owners on record.
    by_room: dict[int, list[_IdentityOp]] = defaultdict(list)
    for op in ops:
        if op.role == Role.OWNER:
            by_room[op.room_id].append(op)
    for room_id, owners in by_room.items():
        new = [op for op in owners if not op.unchanged and op.row not in probs.bad_rows]
        if not new:
            continue
        broken = [op.row for op in owners if op.row in probs.bad_rows]
        first_day = min(op.start or today for op in new)
        on_record = [
            x for x in stored.get(room_id, ()) if x.role == Role.OWNER and open_after(x, first_day)
        ]
        room = new[0].room
        if broken:
            for op in new:
                probs.add(
                    rows[op.row],
                    "share",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The owners of {room} are imported together, and row {row} has "
                        "errors. Fix that row first.",
                    ),
                    room=room,
                    row="、".join(str(n) for n in broken),
                )
            continue
        count = len(on_record) + len(new)
        blanks = [op for op in new if op.share is None]
        if blanks and count > 1:
            for op in blanks:
                probs.add(
                    rows[op.row],
                    "share",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{room} has {count} owners: give each one a share (together 100).",
                    ),
                    room=room,
                    count=count,
                )
            continue
        total = sum((x.share or Decimal(0) for x in on_record), Decimal(0)) + sum(
            (op.share or i.HUNDRED for op in new), Decimal(0)
        )
        if total != i.HUNDRED:
            parts = "、".join(f"{op.row} ({_percent(op.share or i.HUNDRED)}%)" for op in new)
            recorded = "、".join(
                f"{people.get(x.customer_id, ('?', None))[0]} {_percent(x.share)}%"
                for x in on_record
            )
            for op in new:
                if recorded:
                    probs.add(
                        rows[op.row],
                        "share",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The owners' shares of {room} add up to {total}%: rows {rows} plus "
                            "the owners on record ({recorded}); they must add up to 100%. "
                            "Correct the shares; a change of the owners on record is a "
                            "transfer, made in the program.",
                        ),
                        room=room,
                        total=format(total.normalize(), "f"),
                        rows=parts,
                        recorded=recorded,
                    )
                else:
                    probs.add(
                        rows[op.row],
                        "share",
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The owners' shares of {room} add up to {total}% (rows {rows}), but "
                            "they must add up to 100%. Correct the shares in these rows.",
                        ),
                        room=room,
                        total=format(total.normalize(), "f"),
                        rows=parts,
                    )

    # Whose family: an owner or tenant of the same room, on record or in the file.
    for op in ops:
        if op.role != Role.FAMILY or op.row in probs.bad_rows:
            continue
        wanted = op.family_of or ""
        number = ids.normalise_document(wanted)
        day = op.start or today
        related: _CustomerPlan | int | None = None
        for other in ops:
            if (
                other.room_id == op.room_id
                and other.role in (Role.OWNER, Role.TENANT)
                and other.row not in probs.bad_rows
                and (
                    other.customer.values["document_number"] == number
                    or other.customer.values["name"] == wanted
                )
            ):
                related = other.customer.existing_id or other.customer
                break
        if related is None:
            for x in stored.get(op.room_id, ()):
                name, doc = people.get(x.customer_id, ("", None))
                if (
                    x.role in (Role.OWNER, Role.TENANT)
                    and open_after(x, day)
                    and (doc == number or name == wanted)
                ):
                    related = x.customer_id
                    break
        me = op.customer.existing_id or op.customer
        same = related == me if isinstance(related, int) else related is me
        if related is None:
            probs.add(
                rows[op.row],
                "family_of",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{value} is neither an owner nor a tenant of {room}, on record or in this "
                    "file. A family member belongs to an owner or tenant of the same room: "
                    "check the document number or name.",
                ),
                value=wanted,
                room=op.room,
            )
        elif same:
            probs.add(
                rows[op.row],
                "family_of",
                QT_TRANSLATE_NOOP("Errors", "A customer cannot be their own family member."),
            )
        else:
            op.related = related


def _percent(share: Decimal | None) -> str:
    return format((share or Decimal(0)).normalize(), "f")


def _search_values(name: str, phones: Iterable[str], document_number: str | None) -> dict:
    """The search keys of a new customer, as ``customers.refresh_search`` computes them."""
    return {
        "name_chars": keys.name_chars(name),
        "pinyin": f"{keys.pinyin_lead_tokens(name)} {keys.pinyin_tokens(name)}".strip(),
        "phones": " ".join(keys.digits_only(p) for p in phones),
        "plates": "",
        "document_rev": keys.reverse_key(document_number) if document_number else None,
    }


def _write_customers(uow: UnitOfWork, plan: _CustomersPlan, ticker: _Ticker) -> dict[str, Counts]:
    counts = {"customer": Counts(), "identity": Counts()}
    s = uow.session
    new = [p for p in plan.customers if p.existing_id is None]
    for start in range(0, len(new), _CHUNK):
        chunk = new[start : start + _CHUNK]
        objs = [Customer(**{k: p.values[k] for k in c._COLUMNS}) for p in chunk]
        s.add_all(objs)
        s.flush()
        phones, audits, search = [], [], []
        for p, obj in zip(chunk, objs, strict=True):
            p.new_id = obj.id
            numbers = p.values["phones"]
            for pos, ph in enumerate(numbers):
                phones.append(
                    {
                        "customer_id": obj.id,
                        "number": ph.number,
                        "label": ph.label,
                        "is_primary": ph.primary,
                        "position": pos,
                    }
                )
            payload = {k: p.values[k] for k in p.values if k != "phones"}
            payload["phones"] = c._phones_text(numbers)
            audits.append(_audit_row(uow, "customer", obj.id, payload))
            search.append(
                {
                    "customer_id": obj.id,
                    **_search_values(
                        p.values["name"], [x.number for x in numbers], p.values["document_number"]
                    ),
                }
            )
        if phones:
            s.execute(CustomerPhone.__table__.insert(), phones)
        s.execute(AuditEntry.__table__.insert(), audits)
        s.execute(CustomerSearch.__table__.insert(), search)
        counts["customer"].create += len(chunk)
        ticker.step(len(chunk))
    for p in plan.customers:
        if p.existing_id is None:
            continue
        if not p.fill:
            counts["customer"].unchanged += 1
            continue
        obj = s.get(Customer, p.existing_id)
        check_version(obj, p.existing_version)
        for key, value in p.fill.items():
            if key == "phones":
                for pos, ph in enumerate(value):
                    s.add(
                        CustomerPhone(
                            customer_id=obj.id,
                            number=ph.number,
                            label=ph.label,
                            is_primary=ph.primary,
                            position=pos,
                        )
                    )
                uow.audit("update", "customer", obj.id, "phones", "", c._phones_text(value))
                obj.updated_at = utcnow()  # the phones are part of the record: a new version
            else:
                uow.audit("update", "customer", obj.id, key, getattr(obj, key), value)
                setattr(obj, key, value)
        s.flush()
        s.expire(obj, ["phones"])
        c.refresh_search(s, obj.id)
        counts["customer"].update += 1
        counts["customer"].changed(_CUSTOMER_FIELDS[k] for k in p.fill)
    rows = []
    for op in plan.identities:
        if op.unchanged:
            counts["identity"].unchanged += 1
            ticker.step()
            continue
        related = op.related
        if isinstance(related, _CustomerPlan):
            related = related.existing_id or related.new_id
        rows.append(
            {
                "customer_id": op.customer.existing_id or op.customer.new_id,
                "role": op.role,
                "room_id": op.room_id,
                "space_id": None,
                "share": (op.share or i.HUNDRED) if op.role == Role.OWNER else None,
                "relation": op.relation,
                "related_customer_id": related,
                "start_date": op.start or clock.today(),
                "notes": op.notes,
            }
        )
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        bulk_create(uow, Identity, chunk, key=("customer_id", "room_id", "role"))
        counts["identity"].create += len(chunk)
        ticker.step(len(chunk))
    return counts


def _audit_row(uow: UnitOfWork, table: str, record_id: int, values: dict[str, Any]) -> dict:
    return {
        "user_id": uow.actor.id,
        "action": "create",
        "table_name": table,
        "record_id": record_id,
        "field": None,
        "old_value": None,
        "new_value": _payload(values),
    }


# --- parking spaces and vehicles -------------------------------------------------------
_SPACE_FIELDS = {"number": "space_number", "area": "area", "kind": "space_kind"}
_SPACE_UPDATABLE = {
    "space_kind": "kind",
    "space_status": "status",
    "area": "area",
    "notes": "notes",
}
_VEHICLE_COLUMNS = {"brand": "brand", "model": "model", "colour": "colour"}


@dataclass
class _SpaceOp:
    row: int
    values: dict[str, Any]
    existing_id: int | None = None
    existing_version: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class _VehicleOp:
    row: int
    customer_id: int
    values: dict[str, Any]
    existing_id: int | None = None
    existing_version: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class _ParkingPlan:
    check: ImportCheck
    spaces: list[_SpaceOp]
    vehicles: list[_VehicleOp]


def _car_park_resolver(session, pids: list[int]):
    parks: dict[tuple[int, str], list[int]] = defaultdict(list)
    for cid, pid, name, code in session.execute(
        select(CarPark.id, CarPark.project_id, CarPark.name, CarPark.code).where(
            CarPark.project_id.in_(pids)
        )
    ):
        parks[(pid, _norm(name))].append(cid)
        if code:
            parks[(pid, _norm(code))].append(cid)
    return lambda pid, text: (parks.get((pid, _norm(text))) or [None])[0]


def _plan_parking(session, sheet: SheetData, ticker: _Ticker | None = None) -> _ParkingPlan:
    names = {col.key: col.zh for col in PARKING.columns}
    probs = _Problems(sheet, names)
    counts = {"space": Counts(), "vehicle": Counts()}
    check = ImportCheck(
        sheet.path, "parking", sheet.sheet, sheet.header_row, len(sheet.rows), probs.items, counts
    )
    plan = _ParkingPlan(check, [], [])
    if check.fatal:
        return plan

    # 1. project and car park of each row
    resolve = _project_resolver(session)
    row_project: dict[int, int] = {}
    for row in sheet.rows:
        if row.bad:
            continue
        pid = resolve(row.values.get("region"), row.values["project"])
        if isinstance(pid, tuple):
            probs.add(row, "project", pid[0], **pid[1])
        else:
            row_project[row.number] = pid
    park_of = _car_park_resolver(session, sorted(set(row_project.values())))

    # 2. the space, as the parking space form checks it
    spaces: dict[tuple[int, str], _SpaceOp] = {}
    space_rows: list[tuple[Row, _SpaceOp]] = []
    for row in sheet.rows:
        if ticker is not None:
            ticker.step()
        pid = row_project.get(row.number)
        if pid is None:
            continue
        v = row.values
        park = park_of(pid, v["car_park"])
        if park is None:
            probs.add(
                row,
                "car_park",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no car park “{value}” in {project}. Check the name, or create "
                    "the car park in the program first: the import does not create car parks.",
                ),
                value=v["car_park"],
                project=v["project"],
            )
            continue
        fields = r.ParkingSpaceFields(
            car_park_id=park,
            number=v["space_number"],
            kind=v.get("space_kind") or SpaceKind.STANDARD,
            status=v.get("space_status") or SpaceStatus.UNSOLD,
            area=v.get("area"),
            notes=v.get("notes") or "",
        )
        try:
            values = r._space_values(session, fields)
        except ValidationError as e:
            probs.from_error(row, e, _SPACE_FIELDS, "space_number")
            continue
        key = (park, values["number"])
        op = spaces.get(key)
        if op is None:
            op = spaces[key] = _SpaceOp(row.number, values)
        else:
            differ = [
                col
                for col, name in _SPACE_UPDATABLE.items()
                if v.get(col) is not None and values[name] != op.values[name]
            ]
            if differ:
                probs.add(
                    row,
                    differ[0],
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The space {value} is also in row {first} with a different {column}. "
                        "Make the rows agree, or leave the cell blank here.",
                    ),
                    value=values["number"],
                    first=op.row,
                    column=probs.header(differ[0]),
                )
                continue
        space_rows.append((row, op))

    # 3. compare with the spaces on record
    rows_by_number = {row.number: row for row in sheet.rows}
    by_park: dict[int, list[str]] = defaultdict(list)
    for park, number in spaces:
        by_park[park].append(number)
    for park, numbers in by_park.items():
        for k in range(0, len(numbers), 500):
            stmt = select(ParkingSpace).where(
                ParkingSpace.car_park_id == park, ParkingSpace.number.in_(numbers[k : k + 500])
            )
            for stored in session.scalars(stmt):
                op = spaces[(park, stored.number)]
                op.existing_id, op.existing_version = stored.id, stored.version
                given = rows_by_number[op.row].values
                for col, name in _SPACE_UPDATABLE.items():
                    if given.get(col) is not None and getattr(stored, name) != op.values[name]:
                        op.changes[name] = op.values[name]

    # 4. the vehicle, registered to a customer on record
    documents: set[str] = set()
    for row, _op in space_rows:
        if row.values.get("owner_document"):
            documents.add(ids.normalise_document(row.values["owner_document"]))
    owners: dict[str, list[tuple[int, str]]] = defaultdict(list)
    listed = sorted(documents)
    for k in range(0, len(listed), 500):
        for cid, name, number in session.execute(
            select(Customer.id, Customer.name, Customer.document_number).where(
                Customer.document_number.in_(listed[k : k + 500]),
                Customer.merged_into_id.is_(None),
            )
        ):
            owners[number].append((cid, name))
    vehicles: list[tuple[Row, _VehicleOp]] = []
    plates: dict[str, int] = {}
    for row, _op in space_rows:
        v = row.values
        if v.get("plate") is None:
            given = [col for col in ("owner_document", *_VEHICLE_COLUMNS) if v.get(col)]
            if given:
                probs.add(
                    row,
                    "plate",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“{column}” is filled in but the plate is empty. Type the vehicle's "
                        "plate, or clear the vehicle's cells.",
                    ),
                    column=probs.header(given[0]),
                )
            continue
        try:
            values = c._vehicle_values(
                c.VehicleFields(
                    v["plate"], v.get("brand") or "", v.get("model") or "", v.get("colour") or ""
                )
            )
        except ValidationError as e:
            probs.from_error(row, e, {"plate": "plate"}, "plate")
            continue
        first = plates.setdefault(values["plate"], row.number)
        if first != row.number:
            probs.add(
                row,
                "plate",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The plate {plate} is also in row {first}. A vehicle is registered once: "
                    "keep one row per plate.",
                ),
                plate=values["plate"],
                first=first,
            )
            continue
        if not v.get("owner_document"):
            probs.add(
                row,
                "owner_document",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The vehicle {plate} needs its owner: type the owner's document number in "
                    "“{column}”.",
                ),
                plate=values["plate"],
                column=probs.header("owner_document"),
            )
            continue
        found = owners.get(ids.normalise_document(v["owner_document"]), [])
        if len(found) != 1:
            probs.add(
                row,
                "owner_document",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No customer has the document {value}. Check the number, or import the "
                    "customers first: a vehicle is registered to a customer on record.",
                )
                if not found
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "Several customers have the document number {value} (with different "
                    "document types). Register this vehicle in the customer's form.",
                ),
                value=ids.mask_id(v["owner_document"]),
            )
            continue
        cid, cname = found[0]
        if v.get("owner_name") and v["owner_name"] != cname:
            probs.add(
                row,
                "owner_name",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The document {document} belongs to {name}, not {value}. Check the owner's "
                    "name and document number.",
                ),
                document=ids.mask_id(v["owner_document"]),
                name=cname,
                value=v["owner_name"],
            )
            continue
        vehicles.append((row, _VehicleOp(row.number, cid, values)))

    # 5. plates on record
    by_plate = {op.values["plate"]: (row, op) for row, op in vehicles}
    listed = sorted(by_plate)
    for k in range(0, len(listed), 500):
        stmt = (
            select(Vehicle, Customer.name)
            .join(Customer, Customer.id == Vehicle.customer_id)
            .where(Vehicle.plate.in_(listed[k : k + 500]), Vehicle.removed_at.is_(None))
        )
        for stored, name in session.execute(stmt):
            row, op = by_plate[stored.plate]
            if stored.customer_id != op.customer_id:
                probs.add(
                    row,
                    "plate",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The plate {plate} is already registered to {name}. If the car changed "
                        "hands, remove it from that customer first.",
                    ),
                    plate=stored.plate,
                    name=name,
                )
                continue
            op.existing_id, op.existing_version = stored.id, stored.version
            for col, attr in _VEHICLE_COLUMNS.items():
                if row.values.get(col) and getattr(stored, attr) != op.values[attr]:
                    op.changes[attr] = op.values[attr]

    # 6. what would be written
    for row, op in space_rows:
        if row.number in probs.bad_rows or op.row != row.number:
            continue
        plan.spaces.append(op)
        _count(counts["space"], op.existing_id, op.changes, _SPACE_UPDATABLE)
    for row, op in vehicles:
        if row.number in probs.bad_rows:
            continue
        plan.vehicles.append(op)
        _count(counts["vehicle"], op.existing_id, op.changes, _VEHICLE_COLUMNS)
    probs.items.sort(key=lambda x: (x.row or 0, x.warning))
    return plan


def _count(counts: Counts, existing: int | None, changes: dict, columns: dict[str, str]) -> None:
    if existing is None:
        counts.create += 1
    elif changes:
        counts.update += 1
        counts.changed(col for col, attr in columns.items() if attr in changes)
    else:
        counts.unchanged += 1


def _write_parking(uow: UnitOfWork, plan: _ParkingPlan, ticker: _Ticker) -> dict[str, Counts]:
    counts = {"space": Counts(), "vehicle": Counts()}
    new = [op.values for op in plan.spaces if op.existing_id is None]
    for start in range(0, len(new), _CHUNK):
        chunk = new[start : start + _CHUNK]
        bulk_create(uow, ParkingSpace, chunk, key=("car_park_id", "number"))
        counts["space"].create += len(chunk)
        ticker.step(len(chunk))
    for op in plan.spaces:
        if op.existing_id is None:
            continue
        if op.changes:
            r._update(uow, ParkingSpace, op.existing_id, op.existing_version, op.changes)
            _count(counts["space"], op.existing_id, op.changes, _SPACE_UPDATABLE)
        else:
            counts["space"].unchanged += 1
        ticker.step()
    new = [
        {"customer_id": op.customer_id, **op.values}
        for op in plan.vehicles
        if op.existing_id is None
    ]
    touched: set[int] = set()
    for start in range(0, len(new), _CHUNK):
        chunk = new[start : start + _CHUNK]
        bulk_create(uow, Vehicle, chunk, key=("plate",))
        touched.update(x["customer_id"] for x in chunk)
        counts["vehicle"].create += len(chunk)
    s = uow.session
    for op in plan.vehicles:
        if op.existing_id is None:
            continue
        if not op.changes:
            counts["vehicle"].unchanged += 1
            continue
        obj = s.get(Vehicle, op.existing_id)
        check_version(obj, op.existing_version)
        for attr, value in op.changes.items():
            uow.audit("update", "vehicle", obj.id, attr, getattr(obj, attr), value)
            setattr(obj, attr, value)
        _count(counts["vehicle"], op.existing_id, op.changes, _VEHICLE_COLUMNS)
    s.flush()
    for cid in sorted(touched):  # plates are search keys of their customer
        c.refresh_search(s, cid)
    return counts


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
