"""The parking importer: parking spaces (matched by car park + space number) and the
vehicles of customers on record (matched by plate)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from crm_desktop.db.models import (
    CarPark,
    Customer,
    ParkingSpace,
    Vehicle,
)
from crm_desktop.domain import identifiers as ids
from crm_desktop.domain.enums import (
    SpaceKind,
    SpaceStatus,
)
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.i18n import QT_TRANSLATE_NOOP
from crm_desktop.excel.importing import common
from crm_desktop.excel.importing.common import (
    _CHUNK,
    Counts,
    ImportCheck,
    _count,
    _norm,
    _Problems,
    _project_resolver,
    _Ticker,
)
from crm_desktop.excel.reader import (
    Row,
    SheetData,
)
from crm_desktop.excel.templates import PARKING
from crm_desktop.services import customers as c
from crm_desktop.services import resources as r
from crm_desktop.services.database import (
    UnitOfWork,
    check_version,
)

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


class _Loaded:
    """Stands in for a session in ``resources.space_values``: the records it looks up,
    loaded once (``get(model, id)``; None for any other id, as for a missing record)."""

    def __init__(self, records) -> None:
        self.by_id = {obj.id: obj for obj in records}

    def get(self, _model, record_id: int):
        return self.by_id.get(record_id)


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
    pids = sorted(set(row_project.values()))
    park_of = _car_park_resolver(session, pids)
    # The car parks the form's validator looks up, held here: the session's identity
    # map keeps only weak references, so each row would read its car park again.
    parks = _Loaded(session.scalars(select(CarPark).where(CarPark.project_id.in_(pids))))

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
            values = r.space_values(parks, fields)
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
            stmt = select(
                ParkingSpace.id,
                ParkingSpace.version,
                ParkingSpace.number,
                *(getattr(ParkingSpace, name) for name in _SPACE_UPDATABLE.values()),
            ).where(ParkingSpace.car_park_id == park, ParkingSpace.number.in_(numbers[k : k + 500]))
            for stored in session.connection().execute(stmt).all():  # rows, not objects
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
    # One document type at a time: the index of documents starts with the type (without
    # it SQLite reads every customer for each chunk: 7 s on 100,000 rows).
    doc_types = (
        session.scalars(
            select(Customer.document_type).where(Customer.document_type.is_not(None)).distinct()
        ).all()
        if listed
        else []
    )
    for doc_type in sorted(doc_types):
        for k in range(0, len(listed), 500):
            for cid, name, number in session.execute(
                select(Customer.id, Customer.name, Customer.document_number).where(
                    Customer.document_type == doc_type,
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
            values = c.vehicle_values(
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
            select(
                Vehicle.id,
                Vehicle.version,
                Vehicle.plate,
                Vehicle.customer_id,
                *(getattr(Vehicle, attr) for attr in _VEHICLE_COLUMNS.values()),
                Customer.name.label("owner_name"),
            )
            .join(Customer, Customer.id == Vehicle.customer_id)
            .where(Vehicle.plate.in_(listed[k : k + 500]), Vehicle.removed_at.is_(None))
        )
        for stored in session.connection().execute(stmt).all():  # rows, not objects
            name = stored.owner_name
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


def _write_parking(uow: UnitOfWork, plan: _ParkingPlan, ticker: _Ticker) -> dict[str, Counts]:
    counts = {"space": Counts(), "vehicle": Counts()}
    new = [op.values for op in plan.spaces if op.existing_id is None]
    for start in range(0, len(new), _CHUNK):
        chunk = new[start : start + _CHUNK]
        common.bulk_create(uow, ParkingSpace, chunk, key=("car_park_id", "number"))
        counts["space"].create += len(chunk)
        ticker.step(len(chunk))
    for op in plan.spaces:
        if op.existing_id is None:
            continue
        if op.changes:
            r.update_record(uow, ParkingSpace, op.existing_id, op.existing_version, op.changes)
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
        common.bulk_create(uow, Vehicle, chunk, key=("plate",))
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
    c.refresh_plates(s, touched)  # plates are search keys of their customer
    return counts
