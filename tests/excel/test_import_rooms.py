"""Importing buildings and rooms: every error class, dry run, problems copy, all or nothing,
re-import, only the valid rows."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry, Building, Room
from crm_desktop.domain.enums import RoomStatus, RoomUse
from crm_desktop.excel import importing
from crm_desktop.excel.importing import ImportCancelled, ImportRefused, dry_run, import_rooms
from crm_desktop.services import resources as r

HEAD = [
    "项目",
    "楼栋编号",
    "楼栋名称",
    "单元",
    "楼层",
    "房号",
    "用途",
    "建筑面积",
    "套内面积",
    "状态",
]


def room(
    number,
    *,
    floor=None,
    building="3",
    name="3栋",
    unit="2",
    use="住宅",
    gross=89.5,
    inner=72.1,
    status="未售",
    project="翠湖花园",
):
    floor = int(str(number)[:-2]) if floor is None else floor
    return [project, building, name, unit, floor, str(number), use, gross, inner, status]


def xlsx(path, rows, *, head=HEAD, title=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "房间"
    if title:
        ws.append(["翠湖花园 房间导入"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.append(head)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def project(db, actor):
    region = r.create_region(db, actor, r.RegionFields("华南区"))
    return r.create_project(db, actor, r.ProjectFields(region, "翠湖花园", code="CH"))


def snapshot(db):
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Room)),
            s.scalar(select(func.count()).select_from(Building)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def rooms(db):
    with db.read() as s:
        return {x.code: x for x in s.scalars(select(Room).where(Room.retired_at.is_(None)))}


def problems(check):
    return [(p.row, p.column, p.value) for p in check.errors]


# --- a clean file ---------------------------------------------------------------------------
def test_import_creates_buildings_and_rooms_with_audit(db, actor, project, tmp_path):
    path = xlsx(
        tmp_path / "ok.xlsx",
        [
            room(1501),
            room(1502, use="商铺", status="已售"),
            room(101, building="5", name="5栋", unit=""),
        ],
    )
    check = dry_run(db, path)
    assert check.ok and check.header_row == 2 and check.rows == 3
    assert (check.counts["room"].create, check.counts["building"].create) == (3, 2)

    result = import_rooms(db, actor, path)
    assert result.counts["room"].create == 3 and result.counts["building"].create == 2
    assert result.backup is not None and result.backup.exists()
    stored = rooms(db)
    assert set(stored) == {"3-2-1501", "3-2-1502", "5-101"}
    shop = stored["3-2-1502"]
    assert (shop.use, shop.status, shop.gross_area, shop.inner_area, shop.floor) == (
        RoomUse.SHOP,
        RoomStatus.SOLD,
        Decimal("89.50"),
        Decimal("72.10"),
        15,
    )
    assert shop.sort_key == stored["3-2-1501"].sort_key[:-4] + "1502"
    with db.read() as s:
        building = s.get(Building, shop.building_id)
        assert (building.code, building.name, building.floors, building.units) == (
            "3",
            "3栋",
            15,
            1,
        )
        entries = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "room", AuditEntry.record_id == shop.id
            )
        ).all()
    # The same entry create_room writes: one "create" with the values as JSON.
    (entry,) = entries
    assert (entry.action, entry.field, entry.user_id) == ("create", None, actor.id)
    payload = json.loads(entry.new_value)
    assert payload["code"] == "3-2-1502" and payload["gross_area"] == "89.50"
    assert payload["use"] == "shop" and "sort_key" not in payload
    via_service = r.create_room(db, actor, r.RoomFields(shop.building_id, "2", 16, "1601"))
    with db.read() as s:
        service_entry = s.scalar(
            select(AuditEntry).where(
                AuditEntry.record_id == via_service, AuditEntry.table_name == "room"
            )
        )
    assert set(json.loads(service_entry.new_value)) == set(payload)


def test_reimport_creates_no_duplicates_and_reports_unchanged(db, actor, project, tmp_path):
    path = xlsx(tmp_path / "ok.xlsx", [room(1501), room(1502)])
    import_rooms(db, actor, path)
    before = snapshot(db)
    check = dry_run(db, path)
    assert check.counts["room"].unchanged == 2 and check.counts["room"].create == 0
    assert check.counts["building"].unchanged == 1
    result = import_rooms(db, actor, path)
    assert result.counts["room"].unchanged == 2 and result.counts["room"].create == 0
    assert snapshot(db) == before  # nothing written, not even audit entries


def test_reimport_updates_changed_fields_only(db, actor, project, tmp_path):
    import_rooms(db, actor, xlsx(tmp_path / "a.xlsx", [room(1501), room(1502)]))
    # The building's name changes; blank cells leave the stored values alone.
    changed = [room(1501, gross=90.25, name="三号楼"), room(1502, inner=None, status="", name="")]
    path = xlsx(tmp_path / "b.xlsx", changed)
    check = dry_run(db, path)
    assert (check.counts["room"].update, check.counts["room"].unchanged) == (1, 1)
    assert check.counts["building"].update == 1
    import_rooms(db, actor, path)
    stored = rooms(db)
    assert stored["3-2-1501"].gross_area == Decimal("90.25")
    assert stored["3-2-1501"].version == 2
    assert stored["3-2-1502"].inner_area == Decimal("72.10")
    with db.read() as s:
        entries = s.execute(
            select(
                AuditEntry.table_name, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value
            ).where(AuditEntry.action == "update")
        ).all()
    assert sorted(entries) == [
        ("building", "name", "3栋", "三号楼"),
        ("room", "gross_area", "89.50", "90.25"),
    ]


# --- every error class ----------------------------------------------------------------------
def test_each_row_error_is_reported_with_row_column_and_value(db, actor, project, tmp_path):
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            room(1501),  # row 3: fine
            room(1502, gross="八十"),  # 4: not an area
            room(1503, gross=89.555),  # 5: three decimals
            room(1504, use="别墅"),  # 6: unknown use
            room(1505, status="已卖"),  # 7: unknown status
            room(1506, project="翡翠城"),  # 8: no such project
            room(1507, inner=95),  # 9: inner area larger than gross
            room(1508, floor=0),  # 10: floor 0
            room(1509, building="3 号"),  # 11: building code with a space
            room(1510),  # 12 and 13: the same room twice
            room(1510),
            room(1511, unit="2-1"),  # 14: unit with a hyphen
            room(1512, gross=-5),  # 15: negative area
        ],
    )
    before = snapshot(db)
    check = dry_run(db, path)
    assert snapshot(db) == before  # a dry run writes nothing
    assert problems(check) == [
        (4, "建筑面积", "八十"),
        (5, "建筑面积", "89.555"),
        (6, "用途", "别墅"),
        (7, "状态", "已卖"),
        (8, "项目", "翡翠城"),
        (9, "套内面积", "95"),
        (10, "楼层", "0"),
        (11, "楼栋编号", "3 号"),
        (12, "房号", "1510"),
        (13, "房号", "1510"),
        (14, "单元", "2-1"),
        (15, "建筑面积", "-5"),
    ]
    texts = {p.row: p.text() for p in check.errors}
    assert "is not an area" in texts[4] and "two decimals" in texts[5]
    assert "住宅" in texts[6] and "未售" in texts[7]
    assert "no project “翡翠城”" in texts[8] and "does not create projects" in texts[8]
    assert "cannot be larger" in texts[9]
    assert "rows 12、13" in texts[12]
    assert check.counts["room"].create == 1 and check.valid_rows == 1
    with pytest.raises(ImportRefused) as refused:
        import_rooms(db, actor, path)
    assert len(refused.value.check.errors) == 12
    assert snapshot(db) == before


def test_missing_required_column_refuses_the_file(db, actor, project, tmp_path):
    head = [h for h in HEAD if h != "楼层"]
    path = xlsx(tmp_path / "f.xlsx", [[c for i, c in enumerate(room(1501)) if i != 4]], head=head)
    check = dry_run(db, path)
    assert check.fatal and problems(check) == [(2, "楼层", "")]
    assert check.valid_rows == 0
    with pytest.raises(ImportRefused):
        import_rooms(db, actor, path, only_valid=True)


def test_unknown_column_is_only_a_warning(db, actor, project, tmp_path):
    path = xlsx(tmp_path / "f.xlsx", [[*room(1501), "南"]], head=[*HEAD, "朝向"])
    check = dry_run(db, path)
    assert check.ok and [p.column for p in check.warnings] == ["朝向"]
    assert import_rooms(db, actor, path).counts["room"].create == 1


def test_project_by_code_and_ambiguous_name(db, actor, project, tmp_path):
    other = r.create_region(db, actor, r.RegionFields("华北区"))
    r.create_project(db, actor, r.ProjectFields(other, "翠湖花园"))
    path = xlsx(tmp_path / "f.xlsx", [room(1501), room(1502, project="CH")])
    check = dry_run(db, path)
    assert problems(check) == [(3, "项目", "翠湖花园")]
    assert "Several regions" in check.errors[0].text()
    head = ["区域", *HEAD]
    path = xlsx(tmp_path / "g.xlsx", [["华南区", *room(1501)]], head=head)
    assert dry_run(db, path).ok


def test_room_in_another_building_and_conflicting_building_names(db, actor, project, tmp_path):
    import_rooms(db, actor, xlsx(tmp_path / "a.xlsx", [room(1501)]))
    path = xlsx(
        tmp_path / "b.xlsx",
        [
            room(1501, building="5", name="5栋") + [],
            room(1601, building="3", name="三栋"),
        ],
    )
    # Row 3: code given explicitly so it matches the stored room of building 3.
    wb = load_workbook(path)
    ws = wb.active
    ws.cell(2, 11, "房间编码")
    ws.cell(3, 11, "3-2-1501")
    wb.save(path)
    check = dry_run(db, path)
    assert [(p.row, p.column) for p in check.errors] == [(3, "楼栋编号")]
    assert "already exists in building 3" in check.errors[0].text()
    path = xlsx(tmp_path / "c.xlsx", [room(1701, name="3栋"), room(1702, name="三栋")])
    check = dry_run(db, path)
    assert problems(check) == [(4, "楼栋名称", "三栋")]


# --- problems copy --------------------------------------------------------------------------
def test_problems_copy_has_the_error_column(db, actor, project, tmp_path):
    path = xlsx(
        tmp_path / "bad.xlsx",
        [room(1501), room(1502, gross="八十"), room(1503, use="别墅")],
        head=[*HEAD, "朝向"],
    )
    check = dry_run(db, path)
    out = importing.write_problems_copy(
        path,
        check,
        tmp_path / "bad-problems.xlsx",
        translate=lambda m: m.replace("is not an area", "不是面积"),
    )
    ws = load_workbook(out).active
    col = len(HEAD) + 2
    assert ws.cell(2, col).value.startswith("错误 Problems")
    assert "朝向" in ws.cell(2, col).value  # the sheet-level warning sits in the header cell
    assert ws.cell(3, col).value is None
    assert ws.cell(4, col).value.startswith("建筑面积: “八十” 不是面积")
    assert ws.cell(5, col).value.startswith("用途: ")
    assert ws.cell(4, 8).value == "八十"  # the input itself is kept
    assert [str(m) for m in ws.merged_cells.ranges] == ["A1:K1"]  # and its layout


# --- all or nothing, only valid, cancel -----------------------------------------------------
def many(n, bad_at=None):
    rows = []
    for i in range(n):
        floor, pos = divmod(i, 50)
        rows.append(room(f"{floor + 1}{pos + 1:02d}", floor=floor + 1, unit=str(i % 2 + 1)))
    if bad_at is not None:
        rows[bad_at][7] = "abc"
    return rows


def test_error_in_row_5000_leaves_the_database_unchanged(db, actor, project, tmp_path):
    path = xlsx(tmp_path / "big.xlsx", many(5000, bad_at=4997))
    before = snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        import_rooms(db, actor, path)
    assert problems(refused.value.check) == [(5000, "建筑面积", "abc")]
    assert snapshot(db) == before
    assert not list(tmp_path.glob("backups/*before-import*"))  # the copy is removed


def test_failure_while_writing_rolls_everything_back(db, actor, project, tmp_path, monkeypatch):
    path = xlsx(tmp_path / "big.xlsx", many(5000))
    before = snapshot(db)
    calls = []
    real = importing.bulk_create

    def failing(uow, model, rows, key):
        calls.append(len(rows))
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return real(uow, model, rows, key)

    monkeypatch.setattr(importing.common, "bulk_create", failing)
    with pytest.raises(RuntimeError):
        import_rooms(db, actor, path)
    assert snapshot(db) == before  # the first chunk and the new buildings too


def test_only_valid_imports_the_good_rows(db, actor, project, tmp_path):
    path = xlsx(
        tmp_path / "f.xlsx",
        [room(1501), room(1502, gross="八十"), room(1503), room(1504, project="翡翠城")],
    )
    result = import_rooms(db, actor, path, only_valid=True)
    assert result.counts["room"].create == 2 and result.skipped_rows == 2
    assert set(rooms(db)) == {"3-2-1501", "3-2-1503"}


def test_progress_and_cancel(db, actor, project, tmp_path):
    path = xlsx(tmp_path / "big.xlsx", many(5000))
    seen = []
    result = import_rooms(db, actor, path, progress=lambda done, total: seen.append((done, total)))
    assert result.counts["room"].create == 5000
    assert seen[-1] == (10000, 10000) and len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    rows = [room(f"{f}01", floor=f, building="9") for f in range(1, 100)]
    path = xlsx(tmp_path / "more.xlsx", rows)
    before = snapshot(db)
    calls = iter(range(100))  # cancelled on the second poll: after the rooms were written
    with pytest.raises(ImportCancelled):
        import_rooms(db, actor, path, cancelled=lambda: next(calls) >= 1)
    assert snapshot(db) == before
