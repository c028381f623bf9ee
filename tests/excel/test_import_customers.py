"""Importing customers with their identity on a room: every error class, dry run, matching
by document (no duplicates), owners' shares, all or nothing, only the valid rows."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from crm_desktop.db.models import AuditEntry, Customer, CustomerPhone, CustomerSearch, Identity
from crm_desktop.domain.enums import DocumentType, Gender, Relation, Role
from crm_desktop.excel.importing import ImportRefused, detect_kind, dry_run, import_file
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import search
from tests.factories import person, portfolio, resident_id, room_ids

HEAD = [
    "姓名",
    "证件类型",
    "证件号码",
    "手机号码",
    "联系地址",
    "同意日期",
    "项目",
    "房间编码",
    "身份",
    "产权份额",
    "关系",
    "所属业主",
    "开始日期",
]
ENGLISH = [
    "Name",
    "Document type",
    "Document number",
    "Phone",
    "Address",
    "Consent date",
    "Project",
    "Room code",
    "Role",
    "Share",
    "Relation",
    "Family of",
    "Start date",
]
ZHANG = resident_id(birth="19900307", seq="123")  # male (odd 17th digit)
LI = resident_id(birth="19920815", seq="246")  # female
XIAO = resident_id(birth="20150101", seq="135")
WANG = resident_id(birth="19850505", seq="111")


def row(
    name,
    doc="",
    phone="",
    *,
    room="",
    role="",
    share=None,
    relation="",
    family_of="",
    start="2023/5/1",
    consent="2023年5月1日",
    address="",
    doc_type="",
    project="翠湖花园",
):
    return [
        name,
        doc_type,
        doc,
        phone,
        address,
        consent,
        project if room or role else "",
        room,
        role,
        share,
        relation,
        family_of,
        start if room or role else "",
    ]


def xlsx(path, rows, *, head=HEAD):
    wb = Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["翠湖花园 业主资料"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.append(head)
    for line in rows:
        ws.append(line)
    # ID and phone columns as text, as the template has them
    for col in (3, 4, 12):
        for cells in ws.iter_cols(min_col=col, max_col=col, min_row=3):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.number_format = "@"
    wb.save(path)
    return path


@pytest.fixture
def place(db, actor):
    return portfolio(db, actor)


def snapshot(db):
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m))
            for m in (Customer, CustomerPhone, Identity, AuditEntry)
        )


def customers(db):
    with db.read() as s:
        return {x.name: x for x in s.scalars(select(Customer))}


def identities(db):
    with db.read() as s:
        rows = s.execute(
            select(Customer.name, Identity.role, Identity.share, Identity.start_date).join(
                Customer, Customer.id == Identity.customer_id
            )
        ).all()
    return sorted((n, r.value, sh, d) for n, r, sh, d in rows)


def problems(check):
    return [(p.row, p.column) for p in check.errors]


def family_file(tmp_path, name="ok.xlsx", head=HEAD):
    return xlsx(
        tmp_path / name,
        [
            row("张伟", ZHANG, "13800138000", room="3-1-101", role="业主", share=60),
            row("李娜", LI, "13900139000", room="3-1-101", role="业主", share="40%"),
            row("张小明", XIAO, room="3-1-101", role="家属", relation="子女", family_of=ZHANG),
            row("王强", WANG, "021-12345678", room="3-1-102", role="租户", start="2024-03-01"),
            row("张伟", ZHANG, room="3-1-102", role="紧急联系人"),
            row("赵六", "", "13700137000", address="深圳市福田区"),  # a customer only
        ],
        head=head,
    )


# --- a clean file ---------------------------------------------------------------------------
def test_import_creates_customers_identities_and_audit(db, actor, place, tmp_path):
    path = family_file(tmp_path)
    assert detect_kind(path) == "customers"
    check = dry_run(db, path)
    assert check.kind == "customers" and check.ok, [p.text() for p in check.problems]
    assert check.header_row == 2 and check.rows == 6
    assert (check.counts["customer"].create, check.counts["identity"].create) == (5, 5)

    result = import_file(db, actor, path)
    assert result.counts["customer"].create == 5 and result.counts["identity"].create == 5
    assert result.backup is not None and result.backup.exists()
    stored = customers(db)
    zhang = stored["张伟"]
    assert (zhang.document_type, zhang.document_number) == (DocumentType.RESIDENT_ID, ZHANG)
    assert zhang.gender == Gender.MALE and zhang.birth_date == date(1990, 3, 7)  # from the ID
    assert zhang.consent_date == date(2023, 5, 1)  # 2023年5月1日
    assert stored["赵六"].address == "深圳市福田区" and stored["赵六"].document_number is None
    assert identities(db) == [
        ("张伟", "emergency_contact", None, date(2023, 5, 1)),
        ("张伟", "owner", Decimal("60.00"), date(2023, 5, 1)),
        ("张小明", "family", None, date(2023, 5, 1)),
        ("李娜", "owner", Decimal("40.00"), date(2023, 5, 1)),
        ("王强", "tenant", None, date(2024, 3, 1)),
    ]
    rooms = room_ids(db, place["building"])
    family = idn.family_of(db, zhang.id)
    assert [(f.customer_name, f.relation) for f in family] == [("张小明", Relation.CHILD)]
    owners = idn.resource_identities(db, room_id=rooms["3-1-101"])
    assert {(o.customer_name, o.share) for o in owners if o.role == Role.OWNER} == {
        ("张伟", Decimal("60.00")),
        ("李娜", Decimal("40.00")),
    }
    # Phones, search keys and the audit entries are those the services write.
    assert [p.number for p in c.load_customer(db, stored["王强"].id).fields.phones] == [
        "02112345678"
    ]
    assert [h.customer_id for h in search.search_customers(db, "13800138000")] == [zhang.id]
    assert [h.customer_id for h in search.search_customers(db, "李娜")] == [stored["李娜"].id]
    with db.read() as s:
        before = s.get(CustomerSearch, zhang.id)
        keys_before = (before.name_chars, before.pinyin, before.phones, before.document_rev)
        c.refresh_search(s, zhang.id)
        after = s.get(CustomerSearch, zhang.id)
        assert (after.name_chars, after.pinyin, after.phones, after.document_rev) == keys_before
        s.rollback()
        entry = s.scalar(
            select(AuditEntry).where(
                AuditEntry.table_name == "customer", AuditEntry.record_id == zhang.id
            )
        )
        ident = s.scalar(
            select(AuditEntry).where(
                AuditEntry.table_name == "identity", AuditEntry.action == "create"
            )
        )
    assert (entry.action, entry.user_id) == ("create", actor.id)
    payload = json.loads(entry.new_value)
    assert payload["document_number"] == ZHANG and payload["phones"] == "13800138000 *"
    via_service = c.create_customer(db, actor, person("周七", "13600136000"))
    with db.read() as s:
        service_entry = s.scalar(
            select(AuditEntry).where(
                AuditEntry.record_id == via_service, AuditEntry.table_name == "customer"
            )
        )
    assert set(json.loads(service_entry.new_value)) == set(payload)
    assert {"customer_id", "role", "room_id", "share", "start_date"} <= set(
        json.loads(ident.new_value)
    )


def test_english_headers_and_columns_in_any_order(db, actor, place, tmp_path):
    path = family_file(tmp_path, head=ENGLISH)
    check = dry_run(db, path)
    assert check.ok and check.counts["identity"].create == 5
    # Reverse the columns: still recognised.
    wb = Workbook()
    ws = wb.active
    for line in [list(reversed(ENGLISH)), list(reversed(row("张伟", ZHANG, "13800138000")))]:
        ws.append(line)
    wb.save(tmp_path / "reversed.xlsx")
    assert dry_run(db, tmp_path / "reversed.xlsx").ok


def test_dates_as_text_forms(db, actor, place, tmp_path):
    path = xlsx(
        tmp_path / "d.xlsx",
        [
            row("张伟", ZHANG, room="3-1-101", role="业主", start="2023-05-01"),
            row(
                "王强",
                WANG,
                room="3-1-102",
                role="租户",
                start="2023年5月2日",
                consent=date(2023, 1, 1),
            ),
            row("李娜", LI, room="3-1-103", role="租户", start="2023/5/3", consent="2023-01-02"),
        ],
    )
    import_file(db, actor, path)
    starts = {x[0]: x[3] for x in identities(db)}
    assert starts == {"张伟": date(2023, 5, 1), "王强": date(2023, 5, 2), "李娜": date(2023, 5, 3)}
    assert customers(db)["李娜"].consent_date == date(2023, 1, 2)


# --- re-import ------------------------------------------------------------------------------
def test_reimport_creates_no_duplicates(db, actor, place, tmp_path):
    path = family_file(tmp_path)
    import_file(db, actor, path)
    before = snapshot(db)
    check = dry_run(db, path)
    assert check.ok
    # 赵六 has no document: found again by name and phone.
    assert (check.counts["customer"].unchanged, check.counts["customer"].create) == (5, 0)
    assert (check.counts["identity"].unchanged, check.counts["identity"].create) == (5, 0)
    result = import_file(db, actor, path)
    assert result.counts["identity"].unchanged == 5
    assert snapshot(db) == before  # nothing written, not even audit entries


def test_existing_customer_gets_empty_fields_filled_and_keeps_the_others(
    db, actor, place, tmp_path
):
    zhang = c.create_customer(db, actor, person("张伟", "13800138000", ZHANG, address="广州"))
    path = xlsx(
        tmp_path / "a.xlsx",
        [
            # a new address (kept: the record has one), an email (filled: it has none), a
            # phone already on record and no consent date (the record has one)
            [*row("张伟", ZHANG, "13800138000", address="深圳", consent=""), "zw@example.com"],
        ],
        head=[*HEAD, "电子邮件"],
    )
    check = dry_run(db, path)
    assert check.ok  # no consent date needed: the customer is on record
    counts = check.counts["customer"]
    assert (counts.update, counts.fields) == (1, {"email": 1})
    (warning,) = check.warnings
    assert warning.column == "联系地址" and "stored values are kept" in warning.text()
    import_file(db, actor, path)
    loaded = c.load_customer(db, zhang)
    assert (loaded.fields.address, loaded.fields.email) == ("广州", "zw@example.com")
    assert loaded.version == 2
    with db.read() as s:
        updates = s.execute(
            select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.action == "update", AuditEntry.record_id == zhang
            )
        ).all()
    assert updates == [("email", "", "zw@example.com")]
    assert len(customers(db)) == 1


def test_customer_without_document_or_phone_is_created_with_a_warning(db, actor, tmp_path):
    path = xlsx(tmp_path / "a.xlsx", [row("孙八")])
    check = dry_run(db, path)
    assert check.ok and "new customer is created every time" in check.warnings[0].text()
    import_file(db, actor, path)
    import_file(db, actor, path)
    with db.read() as s:
        assert s.scalar(select(func.count()).where(Customer.name == "孙八")) == 2


# --- every error class ----------------------------------------------------------------------
def test_each_error_is_reported_with_its_row_and_column(db, actor, place, tmp_path):
    bad_check_digit = ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1")
    path = xlsx(
        tmp_path / "bad.xlsx",
        [
            row("张伟", ZHANG, room="3-1-101", role="业主"),  # 3: fine
            row("甲", bad_check_digit),  # 4: check digit
            row("乙", float(LI)),  # 5: ID stored as a number
            row("丙", WANG, room="3-1-999", role="业主"),  # 6: no such room
            row("丁", resident_id(seq="222"), room="3-1-102", role="房东"),  # 7: unknown role
            row("戊", resident_id(seq="333"), room="3-1-101", role="家属", relation="子女"),  # 8
            row("己", resident_id(seq="444"), room="3-1-101", role="家属", family_of=ZHANG),  # 9
            row("庚", resident_id(seq="555"), room="3-1-103", role="业主", share=60),  # 10
            row("辛", resident_id(seq="666"), room="3-1-103", role="业主", share=30),  # 11
            row("壬", resident_id(seq="777"), consent=""),  # 12: no consent date
            row("癸", resident_id(seq="888"), "12345"),  # 13: not a phone
            row("子", resident_id(seq="999"), room="3-1-104", role="业主", share=120),  # 14
            row("丑", resident_id(seq="121"), room="3-1-104", role="租户", project="翡翠城"),  # 15
            row(
                "寅",
                resident_id(seq="131"),
                room="3-1-104",
                family_of="张伟",
                role="家属",
                relation="配偶",
            ),  # 16: not an owner or tenant of 3-1-104
        ],
    )
    before = snapshot(db)
    check = dry_run(db, path)
    assert snapshot(db) == before  # a dry run writes nothing
    assert problems(check) == [
        (4, "证件号码"),
        (5, "证件号码"),
        (6, "房间编码"),
        (7, "身份"),
        (8, "所属业主"),
        (9, "关系"),
        (10, "产权份额"),
        (11, "产权份额"),
        (12, "同意日期"),
        (13, "手机号码"),
        (14, "产权份额"),
        (15, "项目"),
        (16, "所属业主"),
    ]
    texts = {p.row: p.text() for p in check.errors}
    assert "check digit" in texts[4]
    assert "stored as a number" in texts[5]
    assert "no room 3-1-999 in 翠湖花园" in texts[6]
    assert "业主" in texts[7] and "房东" in texts[7]
    assert "whose family" in texts[8]
    assert "relation" in texts[9]
    assert "翠湖花园 3-1-103" in texts[10] and "90%" in texts[10]
    assert "PIPL" in texts[12]
    assert "翠湖花园 3-1-104" in texts[16]
    with pytest.raises(ImportRefused) as refused:
        import_file(db, actor, path)
    assert len(refused.value.check.errors) == 13
    assert snapshot(db) == before


def test_shares_count_the_owners_on_record(db, actor, place, tmp_path):
    rooms = room_ids(db, place["building"])
    c.create_customer(
        db, actor, person("钱九", "13500135000"), idn.IdentityFields(Role.OWNER, rooms["3-1-101"])
    )
    path = xlsx(tmp_path / "a.xlsx", [row("张伟", ZHANG, room="3-1-101", role="业主", share=50)])
    check = dry_run(db, path)
    assert problems(check) == [(3, "产权份额")]
    text = check.errors[0].text()
    assert "翠湖花园 3-1-101" in text and "150%" in text and "钱九 100%" in text


def test_same_identity_twice_and_rows_that_disagree(db, actor, place, tmp_path):
    path = xlsx(
        tmp_path / "a.xlsx",
        [
            row("张伟", ZHANG, "13800138000", room="3-1-102", role="租户"),
            row("张伟", ZHANG, room="3-1-102", role="租户"),  # 4: the same identity again
            row("张伟", ZHANG, "13900139000", room="3-1-103", role="租户"),  # 5: other phone
        ],
    )
    check = dry_run(db, path)
    assert problems(check) == [(4, "身份"), (5, "手机号码")]
    assert "row 3" in check.errors[1].text()


def test_start_date_differs_from_the_identity_on_record(db, actor, place, tmp_path):
    import_file(
        db, actor, xlsx(tmp_path / "a.xlsx", [row("王强", WANG, room="3-1-102", role="租户")])
    )
    path = xlsx(
        tmp_path / "b.xlsx", [row("王强", WANG, room="3-1-102", role="租户", start="2024-01-01")]
    )
    check = dry_run(db, path)
    assert problems(check) == [(3, "开始日期")] and "since 2023-05-01" in check.errors[0].text()


# --- all or nothing, only valid -------------------------------------------------------------
def many(n):
    out = []
    for k in range(n):
        day = date(1960, 1, 1).toordinal() + k // 900
        birth = date.fromordinal(day).strftime("%Y%m%d")
        out.append(row(f"客户{k}", resident_id(birth=birth, seq=f"{k % 900 + 100:03d}")))
    return out


def test_error_in_a_late_row_leaves_the_database_unchanged(db, actor, place, tmp_path):
    rows = many(2500)
    rows[-1][2] = rows[-1][2][:-1] + ("1" if rows[-1][2][-1] != "1" else "2")
    path = xlsx(tmp_path / "big.xlsx", rows)
    before = snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        import_file(db, actor, path)
    assert problems(refused.value.check) == [(2502, "证件号码")]
    assert snapshot(db) == before
    assert not list(tmp_path.glob("backups/*before-import*"))


def test_only_valid_skips_bad_rows_and_owners_imported_together(db, actor, place, tmp_path):
    path = xlsx(
        tmp_path / "a.xlsx",
        [
            row("张伟", ZHANG, room="3-1-101", role="业主", share=50),
            row("李娜", LI, "12345", room="3-1-101", role="业主", share=50),  # bad phone
            row("王强", WANG, room="3-1-102", role="租户"),
        ],
    )
    check = dry_run(db, path)
    assert problems(check) == [(3, "产权份额"), (4, "手机号码")]
    result = import_file(db, actor, path, only_valid=True)
    assert result.skipped_rows == 2 and result.counts["customer"].create == 1
    assert identities(db) == [("王强", "tenant", None, date(2023, 5, 1))]


def test_progress_is_reported(db, actor, place, tmp_path):
    path = xlsx(tmp_path / "big.xlsx", many(2100))
    seen = []
    import_file(db, actor, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4200, 4200) and len(seen) >= 3
    assert len(customers(db)) == 2100
