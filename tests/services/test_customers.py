"""Customers: validation, uniqueness by document, duplicates, verification, consent,
vehicles, accounts and merging, each audited."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from crm_desktop.db.models import AuditEntry, Customer, CustomerPhone, CustomerSearch, Identity
from crm_desktop.domain import clock
from crm_desktop.domain.enums import CustomerKind, DocumentType, Gender, Role
from crm_desktop.domain.errors import StaleRecordError, ValidationError
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from tests.factories import person, portfolio, resident_id, room_ids

ZHANG_ID = resident_id("110105", "19900307", "123")


def _audit(db, table, record_id):
    with db.read() as s:
        return s.execute(
            select(AuditEntry.action, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.id)
        ).all()


def test_create_person_normalises_and_audits(db, actor):
    fields = person("  张三 ", "+86 138-0013-8000", ZHANG_ID.lower())
    fields.phones.append(c.PhoneEntry("０７５５－８８８８６６６６", "办公"))
    cid = c.create_customer(db, actor, fields)
    loaded = c.load_customer(db, cid)
    assert loaded.fields.name == "张三"
    assert loaded.fields.document_number == ZHANG_ID  # upper-case X kept as typed digits
    assert loaded.fields.birth_date == date(1990, 3, 7)  # taken from the ID number
    assert loaded.fields.gender == Gender.MALE  # 17th digit 3 is odd
    assert [(p.number, p.primary) for p in loaded.fields.phones] == [
        ("13800138000", True),
        ("075588886666", False),
    ]
    (entry,) = _audit(db, "customer", cid)
    assert entry[0] == "create"
    payload = json.loads(entry[3])
    assert payload["name"] == "张三" and payload["phones"].startswith("13800138000 *")


def test_wrong_check_digit_is_refused_with_field(db, actor):
    wrong = ZHANG_ID[:-1] + ("1" if ZHANG_ID[-1] != "1" else "2")
    with pytest.raises(c.ValidationErrors) as exc:
        c.create_customer(db, actor, person("张三", "13800138000", wrong))
    assert exc.value.field == "document_number"
    assert "check digit" in str(exc.value)
    assert c.count_customers(db) == 0


def test_check_customer_reports_every_problem_at_once():
    fields = person("", "12345", "110105199013071234", email="not-an-email")
    fields.consent_date = None
    values, errors = c.check_customer(fields)
    fields_with_errors = {e.field for e in errors}
    assert {"name", "document_number", "phones", "email", "consent_date"} <= fields_with_errors


def test_birth_date_disagreeing_with_id_is_flagged():
    fields = person("张三", "", ZHANG_ID, birth_date=date(1990, 3, 8))
    _, errors = c.check_customer(fields)
    assert [e.field for e in errors] == ["birth_date"]


def test_consent_is_required_on_entry_and_defaults_its_scope(db, actor):
    fields = person("李四", "13900139000", consent_date=None)
    with pytest.raises(ValidationError) as exc:
        c.create_customer(db, actor, fields)
    assert exc.value.field == "consent_date"
    fields.consent_date = clock.today()
    cid = c.create_customer(db, actor, fields)
    assert c.load_customer(db, cid).fields.consent_scope == str(c.DEFAULT_CONSENT_SCOPE)


def test_same_document_exists_only_once(db, actor):
    first = c.create_customer(db, actor, person("张三", "13800138000", ZHANG_ID))
    with pytest.raises(c.DuplicateDocumentError) as exc:
        c.create_customer(db, actor, person("张叁", "13900139000", ZHANG_ID))
    assert exc.value.existing_id == first
    assert c.find_by_document(db, DocumentType.RESIDENT_ID, ZHANG_ID.lower()) == (first, "张三")
    assert c.count_customers(db) == 1


def test_possible_duplicates_by_phone_and_name(db, actor):
    a = c.create_customer(db, actor, person("王五", "13700137000"))
    b = c.create_customer(db, actor, person("王伍", "13700137000"))
    dups = c.possible_duplicates(db, "王五", ["137 0013 7000"])
    assert [(d.customer_id, d.reason) for d in dups] == [
        (a, "same_name_and_phone"),
        (b, "same_phone"),
    ]
    assert dups[0].phone == "137****7000"
    assert c.possible_duplicates(db, "王五", ["13700137000"], exclude_id=a)[0].customer_id == b
    assert c.possible_duplicates(db, "王五", ["13600136000"]) == []


def test_company_with_credit_code(db, actor):
    fields = c.CustomerFields(
        kind=CustomerKind.COMPANY,
        name="深圳市翠湖物业有限公司",
        document_number="91350100M000100Y43",
        legal_representative="赵六",
        consent_date=clock.today(),
        gender=Gender.MALE,  # ignored for a company
    )
    cid = c.create_customer(db, actor, fields)
    loaded = c.load_customer(db, cid).fields
    assert loaded.document_type == DocumentType.USCC
    assert loaded.gender is None and loaded.legal_representative == "赵六"
    bad = c.CustomerFields(
        kind=CustomerKind.COMPANY,
        name="坏公司",
        document_number="91350100M000100Y44",
        consent_date=clock.today(),
    )
    with pytest.raises(ValidationError) as exc:
        c.create_customer(db, actor, bad)
    assert exc.value.field == "document_number"


def test_update_audits_each_field_and_phones(db, actor):
    cid = c.create_customer(db, actor, person("张三", "13800138000"))
    loaded = c.load_customer(db, cid)
    f = loaded.fields
    f.address = "翠湖花园3栋"
    f.phones = [c.PhoneEntry("13900139000", primary=True), c.PhoneEntry("13800138000")]
    version = c.update_customer(db, actor, cid, loaded.version, f)
    assert version == loaded.version + 1
    changes = {e[1]: (e[2], e[3]) for e in _audit(db, "customer", cid) if e[0] == "update"}
    assert changes["address"] == ("", "翠湖花园3栋")
    assert changes["phones"] == ("13800138000 *", "13900139000 *, 13800138000")
    with pytest.raises(StaleRecordError):
        c.update_customer(db, actor, cid, loaded.version, f)


def test_verification_is_kept_and_cleared_when_the_document_changes(db, actor):
    cid = c.create_customer(db, actor, person("张三", "13800138000", ZHANG_ID))
    loaded = c.load_customer(db, cid)
    version = c.verify_customer(db, actor, cid, loaded.version)
    loaded = c.load_customer(db, cid)
    assert loaded.verified_at is not None and loaded.verified_by == actor.display_name
    assert loaded.version == version
    f = loaded.fields
    f.address = "new"
    c.update_customer(db, actor, cid, loaded.version, f)
    assert c.load_customer(db, cid).verified_at is not None  # unrelated edit keeps it
    loaded = c.load_customer(db, cid)
    f = loaded.fields
    f.document_number = resident_id("110105", "19900307", "135")
    c.update_customer(db, actor, cid, loaded.version, f)
    assert c.load_customer(db, cid).verified_at is None
    assert ("unverify", "verified_at") in [(e[0], e[1]) for e in _audit(db, "customer", cid)]


def test_verify_needs_a_document(db, actor):
    cid = c.create_customer(db, actor, person("张三", "13800138000"))
    with pytest.raises(ValidationError):
        c.verify_customer(db, actor, cid, c.load_customer(db, cid).version)


def test_vehicles_plate_unique_and_searchable(db, actor):
    a = c.create_customer(db, actor, person("张三", "13800138000"))
    b = c.create_customer(db, actor, person("李四", "13900139000"))
    vid = c.add_vehicle(db, actor, a, c.VehicleFields("粤b·12345", "比亚迪", "汉", "白"))
    with pytest.raises(ValidationError) as exc:
        c.add_vehicle(db, actor, b, c.VehicleFields("粤B12345"))
    assert exc.value.field == "plate" and "张三" in str(exc.value)
    with db.read() as s:
        assert s.get(CustomerSearch, a).plates == "粤B12345"
    c.remove_vehicle(db, actor, vid)
    assert c.vehicles_of(db, a) == []
    assert len(c.vehicles_of(db, a, include_removed=True)) == 1
    c.add_vehicle(db, actor, b, c.VehicleFields("粤B12345"))  # free again
    with db.read() as s:
        assert s.get(CustomerSearch, a).plates == ""


def test_accounts_link_rooms_and_are_masked(db, actor):
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    cid = c.create_customer(db, actor, person("张三", "13800138000"))
    aid = c.add_account(
        db,
        actor,
        cid,
        c.AccountFields(
            "工商银行", "张三", "6222 0212 3456 7890 1234", room_ids=[rooms["3-1-101"]]
        ),
    )
    (row,) = c.accounts_of(db, cid)
    assert row.account_number == "****1234"
    assert row.rooms == [(rooms["3-1-101"], "3-1-101")]
    c.update_account(
        db,
        actor,
        aid,
        row.version,
        c.AccountFields("工商银行", "张三", "6222021234567890", room_ids=[rooms["3-1-102"]]),
    )
    (row,) = c.accounts_of(db, cid)
    assert row.rooms == [(rooms["3-1-102"], "3-1-102")] and row.account_number == "****7890"
    actions = [e[0] for e in _audit(db, "bank_account", aid)]
    assert actions.count("link") == 2 and actions.count("unlink") == 1
    with pytest.raises(ValidationError):
        c.add_account(db, actor, cid, c.AccountFields("", "", "12"))
    c.close_account(db, actor, aid)
    assert c.accounts_of(db, cid) == []


def test_merge_moves_everything_and_is_traceable(db, actor):
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    keep = c.create_customer(db, actor, person("张三", "13800138000"))
    dup = c.create_customer(db, actor, person("张三", "13900139000", ZHANG_ID, address="3栋"))
    idn.add_identity(db, actor, dup, idn.IdentityFields(Role.OWNER, room_id=rooms["3-1-101"]))
    kid = c.create_customer(db, actor, person("张小三", "13600136000"))
    idn.add_identity(
        db,
        actor,
        kid,
        idn.IdentityFields(
            Role.FAMILY, room_id=rooms["3-1-101"], relation="child", related_customer_id=dup
        ),
    )
    c.add_vehicle(db, actor, dup, c.VehicleFields("粤B12345"))
    c.add_account(db, actor, dup, c.AccountFields("工商银行", "张三", "6222021234567890"))

    c.merge_customers(db, actor, keep, dup)

    survivor = c.load_customer(db, keep)
    assert survivor.fields.document_number == ZHANG_ID  # filled from the merged record
    assert survivor.fields.address == "3栋"
    assert {p.number for p in survivor.fields.phones} == {"13800138000", "13900139000"}
    with db.read() as s:
        assert s.scalars(select(Identity.customer_id).where(Identity.role == Role.OWNER)).all() == [
            keep
        ]
        assert (
            s.scalar(select(Identity.related_customer_id).where(Identity.role == "family")) == keep
        )
        merged = s.get(Customer, dup)
        assert merged.merged_into_id == keep  # the merged record stays, marked
        assert s.get(CustomerSearch, dup) is None  # and is no longer found
        assert s.scalar(select(CustomerPhone.id).where(CustomerPhone.customer_id == dup))
    assert [v.plate for v in c.vehicles_of(db, keep)] == ["粤B12345"]
    assert len(c.accounts_of(db, keep)) == 1
    trail = _audit(db, "customer", dup)
    assert ("merge", "merged_into_id", None, str(keep)) in trail
    assert ("merge", "merged_from", None, str(dup)) in _audit(db, "customer", keep)
    # Editing the merged record is refused with directions to the survivor.
    with pytest.raises(ValidationError) as exc:
        c.verify_customer(db, actor, dup, 1)
    assert str(keep) in str(exc.value)
    # Its document is now the survivor's: a new customer with it is refused.
    with pytest.raises(c.DuplicateDocumentError) as exc:
        c.create_customer(db, actor, person("张三", "", ZHANG_ID))
    assert exc.value.existing_id == keep


def test_merge_refuses_different_documents(db, actor):
    a = c.create_customer(db, actor, person("张三", "", ZHANG_ID))
    b = c.create_customer(db, actor, person("张三", "", resident_id(seq="456")))
    with pytest.raises(ValidationError):
        c.merge_customers(db, actor, a, b)
    with pytest.raises(ValidationError):
        c.merge_customers(db, actor, a, a)


def test_create_with_identity_is_one_transaction(db, actor):
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    owner = c.create_customer(db, actor, person("张三", "13800138000"))
    idn.add_identity(db, actor, owner, idn.IdentityFields(Role.OWNER, room_id=rooms["3-1-101"]))
    # A second owner without adjusting the first: refused, and no customer is left behind.
    with pytest.raises(ValidationError) as exc:
        c.create_customer(
            db,
            actor,
            person("李四", "13900139000"),
            idn.IdentityFields(Role.OWNER, room_id=rooms["3-1-101"], share="60"),
        )
    assert exc.value.field == "share"
    assert c.count_customers(db) == 1


def test_merge_moves_sales_and_leases(db, actor):
    from crm_desktop.services import sales, tenancy

    p = portfolio(db, actor)
    room = room_ids(db, p["building"])["3-1-101"]
    keep = c.create_customer(db, actor, person("张三", "13800138000"))
    dup = c.create_customer(db, actor, person("张三", "13900139000"))
    tenant = c.create_customer(db, actor, person("王五", "13700137000"))
    sale = sales.register_sale(
        db,
        actor,
        sales.SaleFields(
            "HT-1", date(2024, 1, 5), "1000000", [sales.Buyer(customer_id=dup)], room_id=room
        ),
    )
    lease = tenancy.start_lease(
        db,
        actor,
        tenancy.LeaseFields(
            landlord_id=dup,
            start_date=date(2024, 2, 1),
            end_date=date(2044, 1, 31),
            rent="3000",
            tenants=[tenancy.Tenant(customer_id=tenant)],
            room_ids=[room],
        ),
    )
    c.merge_customers(db, actor, keep, dup)
    (row,) = sales.sales_of(db, room_id=room)
    assert row.id == sale and [b[0] for b in row.buyers] == [keep]
    assert tenancy.lease_of(db, lease).landlord_id == keep
    trail = _audit(db, "sale_buyer", sale)
    assert ("merge", "customer_id", str(dup), str(keep)) in trail


def _search_row(db, cid):
    with db.read() as s:
        row = s.get(CustomerSearch, cid)
        if row is None:
            return None
        return (row.name_chars, row.pinyin, row.phones, row.plates, row.document_rev)


def test_refresh_plates_writes_what_refresh_search_writes(db, actor):
    """The import's bulk refresh after adding vehicles, against the one-by-one refresh."""
    from crm_desktop.db.models import Vehicle

    a = c.create_customer(db, actor, person("张伟", "13800138000", resident_id(seq="123")))
    b = c.create_customer(db, actor, person("李娜", "13900139000", resident_id(seq="246")))
    d = c.create_customer(db, actor, person("王强", "13700137000"))
    with db.write(actor) as uow:  # vehicles added behind the search keys' back
        for cid, plate in ((a, "粤A12345"), (a, "粤B22222"), (b, "京C33333"), (d, "沪D44444")):
            uow.session.add(Vehicle(customer_id=cid, plate=plate))
        uow.session.flush()
        uow.session.delete(uow.session.get(CustomerSearch, b))  # no search keys yet
        stale = uow.session.get(CustomerSearch, a)  # loaded before: read again after
        c.refresh_plates(uow.session, [a, b, a])  # d left out: keeps its old key
        assert stale.plates == "粤A12345 粤B22222"
    bulk = {cid: _search_row(db, cid) for cid in (a, b, d)}
    assert bulk[a][3] == "粤A12345 粤B22222" and bulk[b][3] == "京C33333" and bulk[d][3] == ""
    with db.write(actor) as uow:
        for cid in (a, b, d):
            c.refresh_search(uow.session, cid)
    one_by_one = {cid: _search_row(db, cid) for cid in (a, b, d)}
    assert bulk[a] == one_by_one[a] and bulk[b] == one_by_one[b]
    assert one_by_one[d][3] == "沪D44444"
