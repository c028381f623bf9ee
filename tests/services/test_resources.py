"""Every write of the property base data: validation, audit, versions, split/merge."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry, Building, ParkingSpace, Room, RoomLineage
from crm_desktop.domain.enums import NodeKind, RoomStatus, RoomUse
from crm_desktop.domain.errors import NotFoundError, StaleRecordError, ValidationError
from crm_desktop.services import queries as q
from crm_desktop.services import resources as r
from tests.factories import portfolio


def audit(db, table, record_id):
    with db.read() as s:
        return s.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)
        ).all()


def test_create_region_is_audited_with_who_and_values(db, actor):
    rid = r.create_region(db, actor, r.RegionFields(" 华南区 ", "HN"))
    entries = audit(db, "region", rid)
    assert len(entries) == 1
    assert entries[0].action == "create"
    assert entries[0].user_id == actor.id
    assert '"name": "华南区"' in entries[0].new_value
    assert entries[0].at is not None


def test_region_name_required_and_unique(db, actor):
    with pytest.raises(ValidationError) as err:
        r.create_region(db, actor, r.RegionFields("   "))
    assert err.value.field == "name"
    assert "required" in str(err.value)
    r.create_region(db, actor, r.RegionFields("华南区"))
    with pytest.raises(ValidationError) as err:
        r.create_region(db, actor, r.RegionFields("华南区"))
    assert "already used" in str(err.value)


def test_update_records_one_audit_entry_per_changed_field(db, actor):
    rid = r.create_region(db, actor, r.RegionFields("华南区", "HN"))
    rec = q.load_record(db, NodeKind.REGION, rid)
    new_version = r.update_region(
        db, actor, rid, rec.version, r.RegionFields("华南大区", "HN", "新备注")
    )
    assert new_version == rec.version + 1
    updates = [e for e in audit(db, "region", rid) if e.action == "update"]
    assert {(e.field, e.old_value, e.new_value) for e in updates} == {
        ("name", "华南区", "华南大区"),
        ("notes", "", "新备注"),
    }


def test_unchanged_save_writes_no_audit_and_keeps_version(db, actor):
    rid = r.create_region(db, actor, r.RegionFields("华南区"))
    rec = q.load_record(db, NodeKind.REGION, rid)
    assert r.update_region(db, actor, rid, rec.version, rec.fields) == rec.version
    assert [e.action for e in audit(db, "region", rid)] == ["create"]


def test_stale_save_is_refused_and_not_applied(db, actor):
    rid = r.create_region(db, actor, r.RegionFields("华南区"))
    first = q.load_record(db, NodeKind.REGION, rid)
    second = q.load_record(db, NodeKind.REGION, rid)
    r.update_region(db, actor, rid, first.version, r.RegionFields("甲"))
    with pytest.raises(StaleRecordError):
        r.update_region(db, actor, rid, second.version, r.RegionFields("乙"))
    assert q.load_record(db, NodeKind.REGION, rid).fields.name == "甲"


def test_version_column_guards_concurrent_update_in_sql(db, actor):
    """Even if the pre-check passed, the UPDATE itself carries WHERE version = old."""
    from sqlalchemy import update

    p = portfolio(db, actor)
    with db.read() as s:
        room = s.scalars(select(Room).where(Room.building_id == p["building"])).first()
    # Another PC bumps the version between our read and our flush.
    with db.write(actor) as uow:
        uow.session.execute(update(Room).where(Room.id == room.id).values(version=room.version + 1))
    with pytest.raises(StaleRecordError):
        with db.write(actor) as uow:
            stale = uow.session.merge(room, load=False)
            stale.notes = "x"
            uow.session.flush()


def test_failed_write_leaves_no_audit_entry(db, actor):
    rid = r.create_region(db, actor, r.RegionFields("华南区"))
    r.create_project(db, actor, r.ProjectFields(rid, "翠湖花园"))
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(ValidationError):
        r.create_project(db, actor, r.ProjectFields(rid, "翠湖花园"))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_project_in_missing_region_is_refused(db, actor):
    with pytest.raises(NotFoundError):
        r.create_project(db, actor, r.ProjectFields(999, "翠湖花园"))


def test_building_with_generated_rooms_tower_of_240(db, actor):
    rid = r.create_region(db, actor, r.RegionFields("华南区"))
    pid = r.create_project(db, actor, r.ProjectFields(rid, "翠湖花园"))
    plan = r.RoomPlan(["1", "2"], r.floor_range(1, 30), 4, areas=[("89.50", "72.10")] * 4)
    bid = r.create_building(db, actor, r.BuildingFields(pid, "3", "3栋"), plan)
    kind, ids = q.table_ids(db, NodeKind.BUILDING, bid)
    assert kind == NodeKind.ROOM and len(ids) == 240
    rows = q.table_rows(db, NodeKind.ROOM, ids)
    codes = [rows[i]["code"] for i in ids]
    assert codes[0] == "3-1-101" and codes[-1] == "3-2-3004"
    assert len(set(codes)) == 240
    assert all(rows[i]["gross_area"] == Decimal("89.50") for i in ids)
    building = q.load_record(db, NodeKind.BUILDING, bid).fields
    assert (building.units, building.floors) == (2, 30)
    with db.read() as s:
        n = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "room", AuditEntry.action == "create")
        )
    assert n == 240


def test_skipped_floors_and_pattern():
    floors = r.floor_range(1, 15, "4, 13，14")
    assert 4 not in floors and 13 not in floors and 14 not in floors and len(floors) == 12
    plan = r.RoomPlan(["1"], [15], 2, number_pattern="{floor:02d}-{room}")
    assert [n for _, _, n, _ in r.plan_room_numbers(plan)] == ["15-1", "15-2"]
    with pytest.raises(ValidationError):
        r.plan_room_numbers(r.RoomPlan(["1"], [1, 2], 2, number_pattern="{floor}"))
    with pytest.raises(ValidationError):
        r.plan_room_numbers(r.RoomPlan(["1"], [1], 2, number_pattern="{storey}{room}"))
    with pytest.raises(ValidationError):
        r.floor_range(1, 3, "four")


def test_generating_existing_rooms_creates_nothing(db, actor):
    p = portfolio(db, actor)
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Room))
    with pytest.raises(ValidationError) as err:
        r.generate_rooms(db, actor, p["building"], r.RoomPlan(["1"], [1, 2], 4))
    assert "already exist" in str(err.value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == before


def test_room_validation_messages(db, actor):
    p = portfolio(db, actor)
    base = dict(building_id=p["building"], unit="1", floor=7, number="701")
    with pytest.raises(ValidationError) as err:
        r.create_room(db, actor, r.RoomFields(**base, gross_area="abc"))
    assert err.value.field == "gross_area"
    with pytest.raises(ValidationError) as err:
        r.create_room(db, actor, r.RoomFields(**base, gross_area="80", inner_area="90"))
    assert err.value.field == "inner_area"
    with pytest.raises(ValidationError) as err:
        r.create_room(db, actor, r.RoomFields(**{**base, "floor": 0}))
    assert err.value.field == "floor"
    with pytest.raises(ValidationError) as err:
        r.create_room(db, actor, r.RoomFields(**{**base, "number": "101", "floor": 1}))
    assert "already used" in str(err.value)
    rid = r.create_room(db, actor, r.RoomFields(**base, gross_area="８９，５", use=RoomUse.SHOP))
    rec = q.load_record(db, NodeKind.ROOM, rid)
    assert rec.fields.code == "3-1-701"
    assert rec.fields.gross_area == Decimal("89.50")


def test_split_room_retires_source_and_records_lineage(db, actor):
    p = portfolio(db, actor)
    _, ids = q.table_ids(db, NodeKind.BUILDING, p["building"])
    src = q.load_record(db, NodeKind.ROOM, ids[0])
    new_ids = r.split_room(
        db,
        actor,
        src.id,
        src.version,
        [r.RoomPart("101A", "50.00", "40.00"), r.RoomPart("101B", "39.50", "32.10")],
    )
    assert len(new_ids) == 2
    with db.read() as s:
        old = s.get(Room, src.id)
        assert old is not None and old.retired_at is not None and old.retired_reason == "split"
        lineage = s.execute(select(RoomLineage.room_id, RoomLineage.source_room_id)).all()
    assert set(lineage) == {(new_ids[0], src.id), (new_ids[1], src.id)}
    _, after = q.table_ids(db, NodeKind.BUILDING, p["building"])
    assert src.id not in after and after[:2] == new_ids  # 101A, 101B before 102
    detail = q.record_detail(db, NodeKind.ROOM, new_ids[0])
    assert detail.came_from == ["3-1-101"]
    assert q.record_detail(db, NodeKind.ROOM, src.id).became == ["3-1-101A", "3-1-101B"]
    assert [e.action for e in audit(db, "room", src.id)][-1] == "split"
    assert audit(db, "room", new_ids[0])[0].action == "split"


def test_split_parts_exceeding_original_are_rejected(db, actor):
    p = portfolio(db, actor)
    _, ids = q.table_ids(db, NodeKind.BUILDING, p["building"])
    src = q.load_record(db, NodeKind.ROOM, ids[0])
    with pytest.raises(ValidationError) as err:
        r.split_room(
            db, actor, src.id, src.version, [r.RoomPart("101A", "50"), r.RoomPart("101B", "39.51")]
        )
    assert "89.51" in str(err.value) and "89.50" in str(err.value)
    with pytest.raises(ValidationError):
        r.split_room(
            db,
            actor,
            src.id,
            src.version,
            [r.RoomPart("101A", "40", "40"), r.RoomPart("101B", "40", "32.11")],
        )
    with pytest.raises(ValidationError):
        r.split_room(db, actor, src.id, src.version, [r.RoomPart("101A", "40")])
    with pytest.raises(ValidationError):  # both parts with the same number
        r.split_room(
            db, actor, src.id, src.version, [r.RoomPart("101A", "40"), r.RoomPart("101A", "40")]
        )
    rec = q.load_record(db, NodeKind.ROOM, src.id)
    assert rec.version == src.version  # untouched


def test_split_can_reuse_the_original_number(db, actor):
    p = portfolio(db, actor)
    _, ids = q.table_ids(db, NodeKind.BUILDING, p["building"])
    src = q.load_record(db, NodeKind.ROOM, ids[0])
    new = r.split_room(
        db, actor, src.id, src.version, [r.RoomPart("101", "60"), r.RoomPart("101A", "29.5")]
    )
    assert q.load_record(db, NodeKind.ROOM, new[0]).fields.code == "3-1-101"


def test_split_of_a_stale_or_retired_room_is_refused(db, actor):
    p = portfolio(db, actor)
    _, ids = q.table_ids(db, NodeKind.BUILDING, p["building"])
    src = q.load_record(db, NodeKind.ROOM, ids[0])
    with pytest.raises(StaleRecordError):
        r.split_room(
            db, actor, src.id, src.version + 1, [r.RoomPart("A", "1"), r.RoomPart("B", "1")]
        )
    r.split_room(db, actor, src.id, src.version, [r.RoomPart("A", "1"), r.RoomPart("B", "1")])
    with pytest.raises(NotFoundError):
        r.split_room(db, actor, src.id, src.version, [r.RoomPart("C", "1"), r.RoomPart("D", "1")])


def test_merge_rooms_sums_areas_and_records_lineage(db, actor):
    p = portfolio(db, actor)
    _, ids = q.table_ids(db, NodeKind.BUILDING, p["building"])
    a, b = (q.load_record(db, NodeKind.ROOM, i) for i in ids[:2])
    new_id = r.merge_rooms(db, actor, {a.id: a.version, b.id: b.version}, r.RoomPart("101", None))
    merged = q.load_record(db, NodeKind.ROOM, new_id).fields
    assert merged.gross_area == Decimal("179.00")
    assert merged.inner_area == Decimal("144.20")
    assert merged.code == "3-1-101"
    assert q.record_detail(db, NodeKind.ROOM, new_id).came_from == ["3-1-101", "3-1-102"]
    with db.read() as s:
        assert s.get(Room, a.id).retired_reason == "merge"
        assert s.get(Room, b.id).retired_at is not None


def test_merge_rules(db, actor):
    p = portfolio(db, actor)
    _, ids = q.table_ids(db, NodeKind.BUILDING, p["building"])
    a, b = (q.load_record(db, NodeKind.ROOM, i) for i in ids[:2])
    versions = {a.id: a.version, b.id: b.version}
    with pytest.raises(ValidationError) as err:
        r.merge_rooms(db, actor, versions, r.RoomPart("101", "179.01"))
    assert "179.00" in str(err.value)
    with pytest.raises(ValidationError):
        r.merge_rooms(db, actor, {a.id: a.version}, r.RoomPart("101", None))
    with pytest.raises(StaleRecordError):
        r.merge_rooms(db, actor, {a.id: a.version, b.id: b.version + 1}, r.RoomPart("101", None))
    other = r.create_building(db, actor, r.BuildingFields(p["project"], "5"))
    c = r.create_room(db, actor, r.RoomFields(other, "", 1, "101", gross_area="50"))
    with pytest.raises(ValidationError) as err:
        r.merge_rooms(db, actor, {a.id: a.version, c: 1}, r.RoomPart("101", None))
    assert "same building" in str(err.value)


def test_renumbering_a_building_renumbers_its_room_codes(db, actor):
    p = portfolio(db, actor)
    rec = q.load_record(db, NodeKind.BUILDING, p["building"])
    fields = rec.fields
    fields.code = "8"
    r.update_building(db, actor, p["building"], rec.version, fields)
    _, ids = q.table_ids(db, NodeKind.BUILDING, p["building"])
    assert q.table_rows(db, NodeKind.ROOM, ids[:1])[ids[0]]["code"] == "8-1-101"
    assert any(e.field == "code" for e in audit(db, "room", ids[0]))


def test_parking_space_range_and_duplicates(db, actor):
    p = portfolio(db, actor)
    assert len(p["spaces"]) == 20
    assert r.space_numbers(r.SpaceRange("B1-", 1, 3)) == ["B1-001", "B1-002", "B1-003"]
    with pytest.raises(ValidationError) as err:
        r.generate_parking_spaces(db, actor, p["car_park"], r.SpaceRange("B1-", 15, 25))
    assert "already exist" in str(err.value)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ParkingSpace)) == 20
    with pytest.raises(ValidationError):
        r.space_numbers(r.SpaceRange("B1-", 10, 5))


def test_edit_parking_space_and_building_stay_in_place(db, actor):
    p = portfolio(db, actor)
    rec = q.load_record(db, NodeKind.PARKING_SPACE, p["spaces"][0])
    fields = rec.fields
    fields.car_park_id = 999  # a space cannot be moved by editing
    fields.status = "sold"
    r.update_parking_space(db, actor, rec.id, rec.version, fields)
    after = q.load_record(db, NodeKind.PARKING_SPACE, rec.id).fields
    assert after.car_park_id == p["car_park"] and after.status == "sold"
    with db.read() as s:
        assert s.get(Building, p["building"]).project_id == p["project"]


def test_status_enum_is_checked(db, actor):
    p = portfolio(db, actor)
    with pytest.raises(ValueError):
        r.create_room(db, actor, r.RoomFields(p["building"], "1", 9, "901", status="demolished"))
    rid = r.create_room(
        db, actor, r.RoomFields(p["building"], "1", 9, "901", status=RoomStatus.HANDED_OVER)
    )
    assert q.load_record(db, NodeKind.ROOM, rid).fields.status == RoomStatus.HANDED_OVER


# --- the import's batch room validator against the form's ----------------------------------
def _exact(value):
    """A value as compared: type and repr, so Decimal("80") is not Decimal("80.00")."""
    if isinstance(value, dict):
        return [(k, type(v), repr(v)) for k, v in value.items()]
    return ("error", type(value), value.message, value.field, value.params)


def _one_by_one(session, rows):
    out = []
    for f in rows:
        try:
            out.append(r.room_values(session, f)[0])
        except ValidationError as e:
            out.append(e)
    return out


def test_room_values_many_gives_what_the_form_gives_room_by_room(db, actor):
    p = portfolio(db, actor, units=("1",), floors=(1, 1), rooms_per_floor=1)
    other = r.create_building(db, actor, r.BuildingFields(p["project"], "5", "5栋"))
    b = p["building"]

    def room(number="1501", unit="2", floor=15, **kw):
        return r.RoomFields(kw.pop("building", b), unit, floor, number, **kw)

    good = [
        room(),
        room("1502", " 2 ", code=" X-1 ", notes="  南向  "),
        room("B201", "", -2, building=other),
        room("1503", gross_area="89.5", inner_area=" ７２．１０ "),
        room("1504", gross_area=Decimal("80"), inner_area=Decimal("80.00")),
        room("1505", gross_area=Decimal("1E+2"), inner_area=Decimal("-0")),
        room("1506", gross_area="89,50 ㎡", inner_area=None),
        room("1507", floor=True, use="shop", status="sold"),
        room("1508", use=RoomUse.OFFICE, status=RoomStatus.VACANT),
        room("1501", "3"),  # the same number in another unit
        # Equal to values above but not the same: each keeps its own type and digits.
        room("101", floor=1, inner_area=Decimal("0")),
    ]
    bad = [
        room(unit="2 单元"),  # a space in the unit
        room(""),  # no room number
        room("15-01"),  # a hyphen in the number
        room(floor=0),
        room(floor=301),
        room(floor=-11),
        room(floor="5"),  # not an int
        room(floor=5.0),
        room(gross_area="abc"),
        room(gross_area="-1"),
        room(gross_area="1.234"),
        room(gross_area=Decimal("1E+9")),
        room(gross_area=Decimal("1000000000")),
        room(inner_area="x"),
        room(gross_area="80", inner_area="90"),  # inner larger than gross
        room(gross_area=Decimal("80"), inner_area=Decimal("80.01")),
        room("15-01", "2 单元", floor=0, gross_area="abc"),  # the first problem wins
        room("15 01", floor=400),
    ]
    rows = good + bad + good + bad  # repeated: checked once per distinct value, same answer
    with db.read() as s:
        expected = _one_by_one(s, rows)
        got = r.room_values_many(s, r.RoomColumns.of(rows))
    assert [_exact(x) for x in got] == [_exact(x) for x in expected]
    assert all(isinstance(x, dict) for x in expected[: len(good)])
    assert all(isinstance(x, ValidationError) for x in expected[len(good) : len(good + bad)])
    fields = {x.field for x in expected if isinstance(x, ValidationError)}
    assert fields == {"unit", "number", "floor", "gross_area", "inner_area"}


def test_room_values_many_raises_what_room_values_raises(db, actor):
    p = portfolio(db, actor, units=("1",), floors=(1, 1), rooms_per_floor=1)
    rows = [
        r.RoomFields(p["building"], "1", 0, "1"),  # refused: returned, not raised
        r.RoomFields(p["building"], "1", 9, "901", status="demolished"),
        r.RoomFields(999, "1", 9, "902"),  # no such building, after the bad status
    ]
    with db.read() as s:
        with pytest.raises(ValueError):
            _one_by_one(s, rows)
        with pytest.raises(ValueError):
            r.room_values_many(s, r.RoomColumns.of(rows))
        with pytest.raises(NotFoundError):
            r.room_values_many(s, r.RoomColumns.of(rows[2:]))
        with pytest.raises(ValueError):
            r.room_values_many(s, r.RoomColumns([1], [], [], [], [], [], [], [], [], []))
