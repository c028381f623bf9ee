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
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from crm_desktop.db.migrate import backup_file
from crm_desktop.db.models import AuditEntry, Base, Building, Project, Region, Room
from crm_desktop.domain.enums import RoomStatus, RoomUse
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.reader import Problem, Row, SheetData, cell_text, read_sheet
from crm_desktop.excel.templates import ROOMS
from crm_desktop.services import resources as r
from crm_desktop.services.database import (
    DERIVED_FIELDS,
    Actor,
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

    @property
    def total(self) -> int:
        return self.create + self.update + self.unchanged


@dataclass
class ImportCheck:
    """What a dry run found: the problems, and what an import would do."""

    path: Path
    kind: str  # "rooms" (later: "customers", "parking")
    sheet: str
    header_row: int
    rows: int  # data rows read (blank rows not counted)
    problems: list[Problem]
    counts: dict[str, Counts]  # "building", "room" → create / update / unchanged

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
def dry_run(
    db: Database,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportCheck:
    """Check every row of a buildings-and-rooms file; writes nothing."""
    sheet = read_sheet(path, ROOMS)
    ticker = _Ticker(len(sheet.rows), progress, cancelled)
    with db.read() as session:
        return _plan_rooms(session, sheet, ticker).check


def import_rooms(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    only_valid: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import a buildings-and-rooms file in one transaction, after a backup.

    Refuses the whole file (``ImportRefused``, nothing written) if any row has an error,
    unless ``only_valid``: then the rows without errors are imported and the others
    skipped. ``progress(done, total)`` is called every few thousand rows and
    ``cancelled()`` polled at the same time (True: roll back, ``ImportCancelled``).
    """
    sheet = read_sheet(path, ROOMS)
    early = ImportCheck(
        sheet.path, "rooms", sheet.sheet, sheet.header_row, len(sheet.rows), sheet.problems, {}
    )
    if early.fatal or (early.errors and not only_valid):
        # Cell errors alone already refuse the file: no need to back up or lock.
        with db.read() as session:
            raise ImportRefused(_plan_rooms(session, sheet).check)
    ticker = _Ticker(2 * len(sheet.rows), progress, cancelled)
    ticker.report()
    backup = backup_before_import(db)
    try:
        with db.write(actor) as uow:
            plan = _plan_rooms(uow.session, sheet, ticker)
            check = plan.check
            if check.fatal or (check.errors and not only_valid):
                raise ImportRefused(check)
            written = _write_rooms(uow, plan, ticker)
    except (ImportRefused, ImportCancelled):
        if backup is not None:
            backup.unlink(missing_ok=True)  # nothing was written: the copy is not needed
        raise
    ticker.done = ticker.total
    ticker.report()
    return ImportResult(check, written, len(check.error_rows), backup)


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
