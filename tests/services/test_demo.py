"""Demo portfolios: the small one through the audited services, the bulk one in batches."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import sqlite_url
from crm_desktop.db.models import (
    AccountRoom,
    AuditEntry,
    BankAccount,
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
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services.database import Database
from crm_desktop.services.demo import _create_bulk, create_demo, set_statuses
from crm_desktop.services.search import search_customers


def _room_codes(db) -> list[tuple[int, str]]:
    with db.read() as s:
        return [(p, c) for p, c in s.execute(select(Room.project_id, Room.code).order_by(Room.id))]


@pytest.fixture
def small(db, actor):
    return create_demo(db, actor, "small", seed=7)


def test_small_demo_counts(db, small):
    assert small.regions == 2
    assert small.projects == 4
    assert small.buildings >= 4
    assert small.rooms > 0
    assert small.car_parks >= 3
    assert small.spaces > 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == small.rooms
        names = set(s.scalars(select(Project.name)))
        assert {"翠湖花园", "金融中心写字楼"} <= names
        assert set(s.scalars(select(Building.name))) >= {"1栋", "2栋"}
        # every residential project has a car park
        parked = set(s.scalars(select(CarPark.project_id)))
        assert set(s.scalars(select(Project.id))) <= parked


def test_small_demo_codes_unique_per_building_and_project(db, small):
    with db.read() as s:
        rows = s.execute(select(Room.building_id, Room.project_id, Room.code)).all()
    per_building = Counter((b, c) for b, _, c in rows)
    per_project = Counter((p, c) for _, p, c in rows)
    assert max(per_building.values()) == 1
    assert max(per_project.values()) == 1


def test_small_demo_mixes_statuses_uses_and_kinds(db, small):
    with db.read() as s:
        statuses = Counter(s.scalars(select(Room.status)))
        uses = set(s.scalars(select(Room.use)))
        kinds = set(s.scalars(select(ParkingSpace.kind)))
        space_statuses = set(s.scalars(select(ParkingSpace.status)))
        floors = set(s.scalars(select(Room.floor)))
    assert statuses[RoomStatus.UNSOLD] > 0
    assert (
        statuses[RoomStatus.SOLD] + statuses[RoomStatus.HANDED_OVER] > statuses[RoomStatus.UNSOLD]
    )
    assert statuses[RoomStatus.RENTED] > 0
    assert len(statuses) >= 5
    assert {RoomUse.RESIDENTIAL, RoomUse.SHOP, RoomUse.OFFICE} <= uses
    assert {SpaceKind.STANDARD, SpaceKind.CHARGING, SpaceKind.ACCESSIBLE} <= kinds
    assert len(space_statuses) >= 3
    assert 4 in floors  # some buildings have a floor 4 …
    with db.read() as s:  # … and some skip it
        skipping = s.scalar(
            select(func.count(func.distinct(Room.building_id))).where(
                Room.building_id.not_in(select(Room.building_id).where(Room.floor == 4)),
                Room.use == RoomUse.RESIDENTIAL,
            )
        )
    assert skipping > 0


def test_small_demo_is_audited(db, small):
    with db.read() as s:
        created = Counter(
            s.scalars(select(AuditEntry.table_name).where(AuditEntry.action == "create"))
        )
        updates = s.execute(
            select(AuditEntry.table_name, AuditEntry.record_id, AuditEntry.old_value).where(
                AuditEntry.action == "update", AuditEntry.field == "status"
            )
        ).all()
        changed_versions = s.scalar(select(func.count()).where(Room.version > 1))
    assert created["region"] == 2
    assert created["project"] == 4
    assert created["room"] == small.rooms
    assert created["parking_space"] == small.spaces
    room_updates = [u for u in updates if u.table_name == "room"]
    assert room_updates and any(u.table_name == "parking_space" for u in updates)
    # Each record's first status change is the demo's (from unsold); the front desk's
    # recent work (sales, handovers, leases) changed some again, each change audited.
    first: dict[tuple[str, int], str] = {}
    for u in updates:
        first.setdefault((u.table_name, u.record_id), u.old_value)
    assert set(first.values()) == {"unsold"}
    assert changed_versions == len({u.record_id for u in room_updates})
    assert (created["sale"], created["handover"], created["lease"]) == (5, 5, 2)


def test_same_seed_same_data_other_seed_other_statuses(tmp_path):
    results = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = Database.open(sqlite_url(tmp_path / f"{name}.sqlite"))
        try:
            create_demo(db, db.ensure_admin(), "small", seed=seed)
            with db.read() as s:
                statuses = list(s.scalars(select(Room.status).order_by(Room.id)))
                people = s.execute(
                    select(Customer.name, Customer.document_number).order_by(Customer.id)
                ).all()
                held = s.execute(
                    select(Identity.customer_id, Identity.role, Identity.room_id).order_by(
                        Identity.id
                    )
                ).all()
            results.append((_room_codes(db), statuses, people, held))
        finally:
            db.close()
    assert results[0] == results[1]
    assert results[0][1] != results[2][1]
    assert results[0][2] != results[2][2]


def test_demo_refuses_a_database_with_data(db, actor, small):
    with pytest.raises(ValidationError) as err:
        create_demo(db, actor, "small")
    assert "already holds data" in str(err.value)
    with pytest.raises(ValidationError):
        create_demo(db, actor, "large")


def test_unknown_scale_is_refused(db, actor):
    with pytest.raises(ValidationError):
        create_demo(db, actor, "huge")


def test_set_statuses_audits_only_changes(db, actor, small):
    with db.read() as s:
        room_id, status, version = s.execute(
            select(Room.id, Room.status, Room.version).order_by(Room.id).limit(1)
        ).one()
        space_id = s.scalar(select(ParkingSpace.id).order_by(ParkingSpace.id).limit(1))
    new = RoomStatus.RENOVATING if status != RoomStatus.RENOVATING else RoomStatus.VACANT
    changed = set_statuses(db, actor, {room_id: new}, {space_id: SpaceStatus.ASSIGNED})
    assert changed in (1, 2)  # the space may already have been assigned
    assert set_statuses(db, actor, {room_id: new}) == 0
    with db.read() as s:
        assert s.get(Room, room_id).version == version + 1
        last = s.execute(
            select(AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.table_name == "room", AuditEntry.record_id == room_id)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
    assert last == (status.value, new.value)


# --- bulk (a tiny version of the large scale) ----------------------------------------------
def test_bulk_counts_codes_and_batch_audit(db, actor):
    _create_bulk(
        db,
        actor,
        seed=3,
        regions=(("华南区", "HN"), ("华东区", "HD")),
        projects=3,
        buildings_per_project=5,
        shapes=((2, 3, 4), (1, 2, 3)),  # 24 and 6 rooms
        car_parks_per_project=2,
        spaces_per_car_park=30,
        customers=0,
    )
    rooms_per_project = 24 * 3 + 6 * 2
    with db.read() as s:
        count = lambda m: s.scalar(select(func.count()).select_from(m))  # noqa: E731
        assert count(Region) == 2
        assert count(Project) == 3
        assert count(Building) == 15
        assert count(Room) == 3 * rooms_per_project
        assert count(CarPark) == 6
        assert count(ParkingSpace) == 6 * 30
        rooms = s.execute(select(Room.project_id, Room.code, Room.building_id)).all()
        per_project = Counter((p, c) for p, c, _ in rooms)
        assert max(per_project.values()) == 1
        # project_id on rooms is the building's project
        mismatched = s.scalar(
            select(func.count())
            .select_from(Room)
            .join(Building, Building.id == Room.building_id)
            .where(Building.project_id != Room.project_id)
        )
        assert mismatched == 0
        assert s.scalar(select(func.min(Room.version))) == 1
        assert s.scalar(select(func.count()).where(Room.created_at.is_(None))) == 0
        assert s.scalar(select(Room.code).order_by(Room.id).limit(1)) == "1-1-101"
        entries = s.execute(
            select(AuditEntry.table_name, AuditEntry.field, AuditEntry.new_value).where(
                AuditEntry.action == "demo"
            )
        ).all()
        statuses = set(s.scalars(select(Room.status)))
        kinds = set(s.scalars(select(ParkingSpace.kind)))
    assert all(e.field is None for e in entries)
    by_table = Counter(e.table_name for e in entries)
    assert by_table["region"] == 1 and by_table["project"] == 1
    assert by_table["building"] == 3 and by_table["room"] == 3 and by_table["car_park"] == 3
    assert by_table["parking_space"] == 6
    room_batches = [json.loads(e.new_value) for e in entries if e.table_name == "room"]
    assert sum(b["rooms"] for b in room_batches) == 3 * rooms_per_project
    assert {b["project_id"] for b in room_batches} == {1, 2, 3}
    assert len(statuses) >= 3
    assert SpaceKind.CHARGING in kinds and SpaceKind.ACCESSIBLE in kinds


def test_bulk_splits_large_projects_into_chunks(db, actor, monkeypatch):
    from crm_desktop.services import demo

    monkeypatch.setattr(demo, "CHUNK_ROWS", 20)
    _create_bulk(
        db,
        actor,
        projects=1,
        buildings_per_project=4,
        shapes=((1, 3, 4),),  # 12 rooms per building
        car_parks_per_project=0,
        customers=0,
    )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == 48
        batches = [
            json.loads(v)["rooms"]
            for v in s.scalars(
                select(AuditEntry.new_value).where(
                    AuditEntry.action == "demo", AuditEntry.table_name == "room"
                )
            )
        ]
        assert s.scalar(select(func.count()).select_from(CarPark)) == 0
    assert sum(batches) == 48
    assert len(batches) >= 2


# --- customers of the small demo ------------------------------------------------------------
@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    """One small demo for the customer tests (they only read it)."""
    database = Database.open(sqlite_url(tmp_path_factory.mktemp("demo") / "small.sqlite"))
    create_demo(database, database.ensure_admin(), "small", seed=7)
    yield database
    database.close()


def test_small_demo_customers_have_valid_documents_phones_and_plates(small_db):
    with small_db.read() as s:
        people = s.execute(
            select(Customer.kind, Customer.name, Customer.document_type, Customer.document_number)
        ).all()
        phones = list(s.scalars(select(CustomerPhone.number)))
        plates = list(s.scalars(select(Vehicle.plate)))
        verified = s.scalar(select(func.count()).where(Customer.verified_at.is_not(None)))
        accounts = s.scalar(select(func.count()).select_from(BankAccount))
        linked = s.scalar(select(func.count()).select_from(AccountRoom))
    kinds = Counter(k for k, *_ in people)
    assert 200 <= len(people) <= 320
    assert 3 <= kinds[CustomerKind.COMPANY] <= 40
    for kind, name, doc_type, number in people:
        if kind == CustomerKind.COMPANY:
            assert doc_type == DocumentType.USCC
            assert ids.check_uscc(number) == number
            assert name.endswith("有限公司")
        elif number:
            assert doc_type == DocumentType.RESIDENT_ID
            assert ids.check_resident_id(number).number == number
    with_ids = [n for k, _, _, n in people if k == CustomerKind.PERSON and n]
    assert len(with_ids) > 0.8 * kinds[CustomerKind.PERSON]
    assert {n[:6] for n in with_ids} >= {"440305", "440106"}  # real district codes
    assert len(phones) > len(people)
    assert all(ids.normalise_phone(p) == p for p in phones)
    assert any(p.startswith("0") for p in phones)  # landlines too
    assert len(plates) >= 10
    assert all(ids.normalise_plate(p) == p for p in plates)
    assert any(len(p) == 8 for p in plates) and any(len(p) == 7 for p in plates)
    assert verified >= 20
    assert accounts >= 3 and linked >= accounts


def test_small_demo_owners_shares_add_up_and_couples_share(small_db):
    with small_db.read() as s:
        owners = s.execute(
            select(Identity.room_id, Identity.space_id, Identity.share).where(
                Identity.role == Role.OWNER, Identity.end_date.is_(None)
            )
        ).all()
        sold = s.scalar(
            select(func.count()).where(Room.status != RoomStatus.UNSOLD, Room.retired_at.is_(None))
        )
    per_resource: dict[tuple, list[Decimal]] = defaultdict(list)
    for room_id, space_id, share in owners:
        per_resource[(room_id, space_id)].append(share)
    assert all(sum(v) == 100 for v in per_resource.values())
    couples = Counter(tuple(sorted(v)) for v in per_resource.values() if len(v) == 2)
    assert couples[(Decimal(50), Decimal(50))] >= 3
    assert couples[(Decimal(40), Decimal(60))] >= 1
    rooms_owned = sum(1 for room, _ in per_resource if room is not None)
    assert rooms_owned > 0.2 * sold
    assert any(space is not None for _, space in per_resource)


def test_small_demo_has_tenants_families_and_residents(small_db):
    with small_db.read() as s:
        current = Counter(s.scalars(select(Identity.role).where(Identity.end_date.is_(None))))
        relations = set(s.scalars(select(Identity.relation).where(Identity.role == Role.FAMILY)))
    assert current[Role.OWNER] >= 150
    assert current[Role.TENANT] >= 15
    assert current[Role.FAMILY] >= 15
    assert current[Role.RESIDENT] + current[Role.EMERGENCY_CONTACT] >= 3
    assert {Relation.SPOUSE, Relation.CHILD} <= relations
    # every family member belongs to a current owner or tenant of the same room
    for row in idn.resource_identities(small_db, room_id=_a_room_with(small_db, Role.FAMILY)):
        if row.role == Role.FAMILY:
            holders = idn.resource_identities(small_db, room_id=row.room_id)
            assert row.related_customer_id in {
                h.customer_id for h in holders if h.role in (Role.OWNER, Role.TENANT)
            }


def _a_room_with(db, role: Role) -> int:
    with db.read() as s:
        return s.scalar(
            select(Identity.room_id)
            .where(Identity.role == role, Identity.end_date.is_(None))
            .order_by(Identity.id)
            .limit(1)
        )


def test_small_demo_has_past_owners_and_tenants(small_db):
    with small_db.read() as s:
        ended = s.execute(
            select(Identity.room_id, Identity.role, Identity.end_date, Identity.customer_id)
            .where(Identity.end_date.is_not(None))
            .order_by(Identity.id)
        ).all()
    # Ending later: only the tenants of the two leases that run out within the month.
    running = [e for e in ended if e.end_date >= clock.today()]
    assert [e.role for e in running] == [Role.TENANT, Role.TENANT]
    assert all(e.end_date <= clock.today() + timedelta(days=30) for e in running)
    ended = [e for e in ended if e not in running]
    transfers = [e for e in ended if e.role == Role.OWNER]
    leases = [e for e in ended if e.role == Role.TENANT]
    assert len(transfers) >= 5 and len(leases) >= 3
    room, _, sold_on, seller = transfers[0]
    history = idn.resource_history(small_db, room_id=room)
    buyers = [h for h in history if h.role == Role.OWNER and h.start_date == sold_on]
    assert buyers and all(b.end_date is None for b in buyers)
    before = idn.resource_identities(small_db, room_id=room, as_of=sold_on - timedelta(days=1))
    after = idn.resource_identities(small_db, room_id=room, as_of=sold_on)
    assert seller in {h.customer_id for h in before if h.role == Role.OWNER}
    assert seller not in {h.customer_id for h in after}
    assert {b.customer_id for b in buyers} <= {h.customer_id for h in after}


# Every small demo has one customer of each polyphonic surname; the search finds them by
# the surname reading and by the common reading of the character.
POLYPHONIC = {
    "单丽娟": ("shanlijuan", "danlijuan", "slj", "dlj"),
    "曾志伟": ("zengzhiwei", "cengzhiwei", "zzw", "czw"),
    "覃海燕": ("qinhaiyan", "tanhaiyan", "qhy", "thy"),
    "解文斌": ("xiewenbin", "jiewenbin", "xwb", "jwb"),
    "区嘉欣": ("oujiaxin", "qujiaxin", "ojx", "qjx"),
    "仇建国": ("qiujianguo", "choujianguo", "qjg", "cjg"),
    "朴成浩": ("piaochenghao", "puchenghao", "pch"),
    "查思远": ("zhasiyuan", "chasiyuan", "zsy", "csy"),
}


@pytest.mark.parametrize("name", sorted(POLYPHONIC))
def test_small_demo_polyphonic_surnames_found_by_both_readings(small_db, name):
    for query in POLYPHONIC[name]:
        assert name in [h.name for h in search_customers(small_db, query, limit=500)], query
    assert name in [h.name for h in search_customers(small_db, name[0], limit=500)]


# --- customers of the large demo, in a tiny run -----------------------------------------------
@pytest.fixture(scope="module")
def bulk_db(tmp_path_factory):
    from crm_desktop.services import demo

    database = Database.open(sqlite_url(tmp_path_factory.mktemp("bulk") / "bulk.sqlite"))
    actor = database.ensure_admin()
    original = demo.CUSTOMER_BATCH
    demo.CUSTOMER_BATCH = 700  # several units of work, a household across their boundary
    try:
        _create_bulk(
            database,
            actor,
            seed=5,
            regions=(("华南区", "HN"),),
            projects=2,
            buildings_per_project=5,
            shapes=((2, 10, 4),),  # 80 rooms a building, 800 in all
            car_parks_per_project=0,
            customers=2000,
        )
    finally:
        demo.CUSTOMER_BATCH = original
    yield database
    database.close()


def test_bulk_customers_counts_and_batch_audit(bulk_db):
    with bulk_db.read() as s:
        count = lambda m: s.scalar(select(func.count()).select_from(m))  # noqa: E731
        assert count(Customer) == 2000
        assert count(CustomerSearch) == 2000
        assert count(CustomerPhone) >= 2000
        assert 100 <= count(Vehicle) <= 400
        entries = s.execute(
            select(AuditEntry.table_name, AuditEntry.new_value).where(AuditEntry.action == "demo")
        ).all()
        owners = s.execute(
            select(Identity.room_id, Identity.share).where(
                Identity.role == Role.OWNER, Identity.end_date.is_(None)
            )
        ).all()
        holders = s.scalar(select(func.count(func.distinct(Identity.customer_id))))
        identities = count(Identity)
        tenants = s.scalar(select(func.count()).where(Identity.role == Role.TENANT))
        dangling = s.scalar(
            select(func.count())
            .select_from(Identity)
            .where(
                Identity.role == Role.FAMILY,
                Identity.related_customer_id.not_in(
                    select(Identity.customer_id).where(Identity.role == Role.TENANT)
                ),
            )
        )
    batches = [json.loads(v) for t, v in entries if t == "customer"]
    assert [b["customers"] for b in batches] == [700, 700, 600]
    assert sum(json.loads(v)["identities"] for t, v in entries if t == "identity") == identities
    shares: dict[int, Decimal] = defaultdict(Decimal)
    for room_id, share in owners:
        shares[room_id] += share
    assert set(shares.values()) == {Decimal(100)}
    assert 0.3 * 2000 <= holders <= 0.75 * 2000  # rooms run out before 60% here
    assert tenants > 0 and dangling == 0


def test_bulk_customers_valid_identifiers(bulk_db):
    with bulk_db.read() as s:
        docs = s.execute(select(Customer.document_type, Customer.document_number)).all()
        phones = list(s.scalars(select(CustomerPhone.number)))
        plates = list(s.scalars(select(Vehicle.plate)))
    for doc_type, number in docs:
        if doc_type == DocumentType.RESIDENT_ID:
            assert ids.check_resident_id(number).number == number
        elif doc_type == DocumentType.USCC:
            assert ids.check_uscc(number) == number
    assert sum(1 for t, _ in docs if t == DocumentType.RESIDENT_ID) > 1500
    assert all(ids.normalise_phone(p) == p for p in phones)
    assert all(ids.normalise_plate(p) == p for p in plates)


def test_bulk_search_keys_are_what_the_service_writes(bulk_db):
    columns = ("name_chars", "pinyin", "phones", "plates", "document_rev")
    with bulk_db.read() as s:  # rolled back at the end: nothing is changed
        for customer_id in (1, 2, 3, 500, 701, 1400, 1999, 2000):
            row = s.get(CustomerSearch, customer_id)
            stored = tuple(getattr(row, k) for k in columns)
            c.refresh_search(s, customer_id)
            assert tuple(getattr(row, k) for k in columns) == stored


def _first(db, stmt):
    with db.read() as s:
        return s.execute(stmt.limit(1)).first()


def test_bulk_customers_are_searchable(bulk_db):
    # one Chinese character
    hits = search_customers(bulk_db, "张", limit=2000)
    with bulk_db.read() as s:
        zhang = s.scalar(select(func.count()).where(Customer.name.contains("张")))
    assert len(hits) == zhang > 20
    assert all("张" in h.name for h in hits)
    # pinyin initials of a plain name
    name, customer_id = _first(
        bulk_db,
        select(Customer.name, Customer.id)
        .where(Customer.name.in_(["张伟", "李静", "王芳", "刘洋", "陈明"]))
        .order_by(Customer.id),
    )
    initials = {"张伟": "zw", "李静": "lj", "王芳": "wf", "刘洋": "ly", "陈明": "cm"}[name]
    found = search_customers(bulk_db, initials, limit=2000)
    assert customer_id in [h.customer_id for h in found]
    assert found[0].match == "pinyin"
    # four digits of a phone, masked in the result
    number, customer_id = _first(
        bulk_db,
        select(CustomerPhone.number, CustomerPhone.customer_id)
        .where(CustomerPhone.is_primary)
        .order_by(CustomerPhone.customer_id.desc()),
    )
    hit = next(
        h
        for h in search_customers(bulk_db, number[-4:], limit=2000)
        if h.customer_id == customer_id
    )
    assert hit.match == "phone" and hit.matched == ids.mask_phone(number)
    # the room code of an owner: "where they live"
    code, customer_id = _first(
        bulk_db,
        select(Room.code, Identity.customer_id)
        .join(Identity, Identity.room_id == Room.id)
        .where(Identity.role == Role.OWNER, Identity.end_date.is_(None))
        .order_by(Identity.id.desc()),
    )
    hit = next(h for h in search_customers(bulk_db, code) if h.customer_id == customer_id)
    assert hit.match == "room" and any(where.endswith(" " + code) for where, _ in hit.places)
