"""Importing parking spaces and vehicles: spaces created or updated, vehicles registered to
customers on record, every error class, re-import, all or nothing, only the valid rows."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry, ParkingSpace, Vehicle
from crm_desktop.domain.enums import SpaceKind, SpaceStatus
from crm_desktop.excel.importing import ImportRefused, detect_kind, dry_run, import_file
from crm_desktop.services import customers as c
from crm_desktop.services import search
from tests.factories import person, portfolio, resident_id

HEAD = ["项目", "停车场", "车位号", "车位类型", "车位状态", "面积", "车牌号", "车主姓名",
        "车主证件号码", "品牌", "型号", "颜色"]  # fmt: skip
ENGLISH = ["Project", "Car park", "Space number", "Space type", "Space status", "Area", "Plate",
           "Owner name", "Owner document number", "Brand", "Model", "Colour"]  # fmt: skip
ZHANG = resident_id(birth="19900307", seq="123")
LI = resident_id(birth="19920815", seq="246")


def row(number, plate="", owner="", doc="", *, kind="", status="", area=None, park="地下停车场",
        brand="", model="", colour="", project="翠湖花园"):  # fmt: skip
    return [project, park, number, kind, status, area, plate, owner, doc, brand, model, colour]


def xlsx(path, rows, *, head=HEAD):
    wb = Workbook()
    ws = wb.active
    ws.append(head)
    for line in rows:
        ws.append(line)
    wb.save(path)
    return path


@pytest.fixture
def place(db, actor):
    data = portfolio(db, actor)  # 地下停车场 with B1-001 … B1-020
    data["zhang"] = c.create_customer(db, actor, person("张伟", "13800138000", ZHANG))
    data["li"] = c.create_customer(db, actor, person("李娜", "13900139000", LI))
    return data


def snapshot(db):
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m))
            for m in (ParkingSpace, Vehicle, AuditEntry)
        )


def spaces(db):
    with db.read() as s:
        return {x.number: x for x in s.scalars(select(ParkingSpace))}


def vehicles(db):
    with db.read() as s:
        return {x.plate: x for x in s.scalars(select(Vehicle).where(Vehicle.removed_at.is_(None)))}


def problems(check):
    return [(p.row, p.column) for p in check.errors]


def clean_file(tmp_path, head=HEAD):
    return xlsx(
        tmp_path / "ok.xlsx",
        [
            row("B1-001", "粤A12345", "张伟", ZHANG, status="已售", brand="丰田", colour="白色"),
            row("B1-101", "粤B·D12345", "", LI, kind="充电车位", area=12.5),  # new space, NEV
            row("B1-102", kind="Mechanical", status="Vacant"),  # English labels
        ],
        head=head,
    )


def test_import_creates_spaces_and_vehicles_with_audit(db, actor, place, tmp_path):
    path = clean_file(tmp_path)
    assert detect_kind(path) == "parking"
    check = dry_run(db, path)
    assert check.kind == "parking" and check.ok, [p.text() for p in check.problems]
    space_counts = check.counts["space"]
    assert (space_counts.create, space_counts.update, space_counts.fields) == (
        2,
        1,
        {"space_status": 1},
    )
    assert check.counts["vehicle"].create == 2
    result = import_file(db, actor, path)
    assert result.counts["space"].create == 2 and result.counts["vehicle"].create == 2
    stored = spaces(db)
    assert stored["B1-001"].status == SpaceStatus.SOLD and stored["B1-001"].version == 2
    assert (stored["B1-101"].kind, stored["B1-101"].area) == (SpaceKind.CHARGING, Decimal("12.50"))
    assert (stored["B1-102"].kind, stored["B1-102"].status) == (
        SpaceKind.MECHANICAL,
        SpaceStatus.VACANT,
    )
    cars = vehicles(db)
    assert set(cars) == {"粤A12345", "粤BD12345"}
    assert cars["粤A12345"].customer_id == place["zhang"] and cars["粤A12345"].brand == "丰田"
    assert cars["粤BD12345"].customer_id == place["li"]
    # The plate is a search key of its customer, as add_vehicle keeps it.
    assert [h.customer_id for h in search.search_customers(db, "粤A12345")] == [place["zhang"]]
    with db.read() as s:
        entries = s.execute(
            select(AuditEntry.table_name, AuditEntry.action, AuditEntry.field, AuditEntry.new_value)
            .where(AuditEntry.table_name.in_(["vehicle", "parking_space"]))
            .order_by(AuditEntry.id)
        ).all()
    updates = [e for e in entries if e.action == "update"]
    assert updates == [("parking_space", "update", "status", "sold")]
    car_entry = next(e for e in entries if e.table_name == "vehicle")
    payload = json.loads(car_entry.new_value)
    assert payload["customer_id"] == str(place["zhang"]) and payload["plate"] == "粤A12345"
    via_service = c.add_vehicle(db, actor, place["li"], c.VehicleFields("粤C54321"))
    with db.read() as s:
        service_entry = s.scalar(
            select(AuditEntry).where(
                AuditEntry.table_name == "vehicle", AuditEntry.record_id == via_service
            )
        )
    assert set(json.loads(service_entry.new_value)) == set(payload)


def test_english_headers(db, actor, place, tmp_path):
    path = clean_file(tmp_path, head=ENGLISH)
    assert detect_kind(path) == "parking"
    assert dry_run(db, path).ok


def test_reimport_creates_no_duplicates(db, actor, place, tmp_path):
    path = clean_file(tmp_path)
    import_file(db, actor, path)
    before = snapshot(db)
    check = dry_run(db, path)
    assert check.counts["space"].unchanged == 3 and check.counts["vehicle"].unchanged == 2
    import_file(db, actor, path)
    assert snapshot(db) == before
    # A changed colour updates the vehicle on record.
    path = xlsx(tmp_path / "b.xlsx", [row("B1-001", "粤A12345", "", ZHANG, colour="黑色")])
    check = dry_run(db, path)
    assert check.counts["vehicle"].fields == {"colour": 1}
    import_file(db, actor, path)
    assert vehicles(db)["粤A12345"].colour == "黑色"


def test_each_error_is_reported_with_its_row_and_column(db, actor, place, tmp_path):
    c.add_vehicle(db, actor, place["li"], c.VehicleFields("粤A99999"))
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            row("B1-001", "粤A12345", "张伟", ZHANG),  # 2: fine
            row("B1-002", park="地面停车场"),  # 3: no such car park
            row("B1-003", "XA12345", "", ZHANG),  # 4: not a plate
            row("B1-004", "粤A12345", "", ZHANG),  # 5: the same plate twice
            row("B1-005", "粤A99999", "", ZHANG),  # 6: registered to 李娜
            row("B1-006", "粤A11111", "", resident_id(seq="777")),  # 7: no such customer
            row("B1-007", "粤A22222", "王五", ZHANG),  # 8: the document is 张伟's
            row("B1-008", "粤A33333"),  # 9: no owner
            row("B1-009", kind="露天车位"),  # 10: unknown kind
            row("B1-010", area=-3),  # 11: negative area
            row("B1-011", "", "", float(ZHANG)),  # 12: ID stored as a number
            row("B1-012", brand="丰田"),  # 13: a vehicle without its plate
        ],
    )
    before = snapshot(db)
    check = dry_run(db, path)
    assert snapshot(db) == before
    assert problems(check) == [
        (3, "停车场"),
        (4, "车牌号"),
        (5, "车牌号"),
        (6, "车牌号"),
        (7, "车主证件号码"),
        (8, "车主姓名"),
        (9, "车主证件号码"),
        (10, "车位类型"),
        (11, "面积"),
        (12, "车主证件号码"),
        (13, "车牌号"),
    ]
    texts = {p.row: p.text() for p in check.errors}
    assert "no car park “地面停车场”" in texts[3]
    assert "province" in texts[4]
    assert "also in row 2" in texts[5]
    assert "already registered to 李娜" in texts[6]
    assert "import the customers first" in texts[7]
    assert "belongs to 张伟, not 王五" in texts[8]
    assert "stored as a number" in texts[12]
    with pytest.raises(ImportRefused):
        import_file(db, actor, path)
    assert snapshot(db) == before


def test_error_in_a_late_row_and_only_valid(db, actor, place, tmp_path):
    rows = [row(f"C-{k:04d}", area=12) for k in range(3000)]
    rows.append(row("C-9999", "粤A1234"))  # a late row: the plate is too short
    path = xlsx(tmp_path / "big.xlsx", rows)
    before = snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        import_file(db, actor, path)
    assert problems(refused.value.check) == [(3002, "车牌号")]
    assert snapshot(db) == before
    result = import_file(db, actor, path, only_valid=True)
    assert result.counts["space"].create == 3000 and result.skipped_rows == 1
    assert "C-9999" not in spaces(db)
