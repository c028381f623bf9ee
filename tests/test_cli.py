"""The administrator's command line."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from crm_desktop.cli import main
from crm_desktop.db.engine import sqlite_url
from crm_desktop.domain.enums import Role
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.services import resources as r
from crm_desktop.services.database import Database
from tests.factories import person, portfolio, resident_id, room_ids


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["demo", str(path), "--seed", "3"]) == 0
    return path


def test_demo_creates_a_database(demo_file, capsys):
    assert demo_file.is_file()
    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "integrity:      ok" in out
    assert "up to date" in out
    assert "journal mode:   delete" in out
    assert "result:         ok" in out
    assert "region" in out and "room" in out


def test_demo_prints_summary(tmp_path, capsys):
    path = tmp_path / "sub" / "d.sqlite"
    assert main(["demo", str(path)]) == 0
    out = capsys.readouterr().out
    assert "regions:        2" in out
    assert "projects:       4" in out
    assert "seconds:" in out
    customers = int(out.split("customers:")[1].split()[0])
    assert 200 <= customers <= 320
    assert int(out.split("identities:")[1].split()[0]) > customers


def test_demo_refuses_existing_file_without_force(demo_file, tmp_path, capsys):
    before = demo_file.stat().st_mtime_ns
    assert main(["demo", str(demo_file)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert demo_file.stat().st_mtime_ns == before

    other = tmp_path / "x.sqlite"
    other.write_bytes(b"not a database")
    assert main(["demo", str(other), "--force"]) == 0
    assert main(["check", str(other)]) == 0


def test_check_missing_file_returns_2_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "crm.sqlite"
    assert main(["check", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()
    assert not missing.parent.exists()
    assert main(["migrate", str(missing)]) == 2
    assert not missing.exists()


def test_check_newer_schema_returns_1(demo_file, tmp_path, capsys):
    copy = tmp_path / "newer.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(copy)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    assert main(["check", str(copy)]) == 1
    assert "newer than this program" in capsys.readouterr().out
    assert main(["migrate", str(copy)]) == 1
    assert "newer version" in capsys.readouterr().err


def test_check_reports_broken_foreign_keys(demo_file, tmp_path, capsys):
    copy = tmp_path / "broken.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(copy)  # foreign keys off: the damage goes in
    con.execute("UPDATE room SET building_id = 99999 WHERE id = 1")
    con.commit()
    con.close()
    assert main(["check", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "1 broken references" in out
    assert "PROBLEMS FOUND" in out


def test_check_garbage_file_returns_1(tmp_path, capsys):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"x" * 4096)
    assert main(["check", str(path)]) == 1
    assert "not a usable SQLite database" in capsys.readouterr().err


def test_check_does_not_change_the_file(demo_file):
    before = demo_file.read_bytes()
    assert main(["check", str(demo_file)]) == 0
    assert demo_file.read_bytes() == before


def test_migrate_empty_database_then_up_to_date(tmp_path, capsys):
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).close()  # an existing, empty file
    assert main(["check", str(path)]) == 0
    assert "needs upgrade" in capsys.readouterr().out
    assert main(["migrate", str(path)]) == 0
    assert "migrated schema (empty) ->" in capsys.readouterr().out
    assert main(["migrate", str(path)]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert main(["check", str(path)]) == 0
    assert "up to date" in capsys.readouterr().out


# --- search and customer add ----------------------------------------------------------------
ZHANG_ID = resident_id("440305", "19850312", "123")


@pytest.fixture
def office(tmp_path):
    """A database with a portfolio and three customers: 张三 owns 3-2-501 and has a
    resident ID, 张三丰 rents it, 李四 has no identity."""
    path = tmp_path / "office.sqlite"
    db = Database.open(sqlite_url(path))
    actor = db.ensure_admin()
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    zhang = c.create_customer(db, actor, person("张三", "13800138000", ZHANG_ID))
    feng = c.create_customer(db, actor, person("张三丰", "13912345678"))
    li = c.create_customer(db, actor, person("李四", "13700001234"))
    idn.add_identity(db, actor, zhang, idn.IdentityFields(Role.OWNER, room_id=rooms["3-2-501"]))
    idn.add_identity(db, actor, feng, idn.IdentityFields(Role.TENANT, room_id=rooms["3-2-501"]))
    db.close()
    return {"path": path, "zhang": zhang, "feng": feng, "li": li, "rooms": rooms}


def _db(office):
    return Database.open(sqlite_url(office["path"]))


def test_search_prints_masked_hits_one_per_line(office, capsys):
    assert main(["search", "张", "--db", str(office["path"])]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2
    first = lines[0].split("\t")
    assert first == [
        str(office["zhang"]),
        "张三",
        "Name: 张三",
        "138****8000",
        "翠湖花园 3-2-501 Owner",
    ]
    assert lines[1].split("\t")[-1] == "翠湖花园 3-2-501 Tenant"
    assert "13800138000" not in captured.out and ZHANG_ID not in captured.out


def test_search_shows_what_matched_masked(office, capsys):
    assert main(["search", "8000", "--db", str(office["path"])]) == 0
    out = capsys.readouterr().out
    assert "Phone: 138****8000" in out and "13800138000" not in out
    assert main(["search", ZHANG_ID[-4:], "--db", str(office["path"])]) == 0
    out = capsys.readouterr().out
    assert f"Document: {ZHANG_ID[:6]}********{ZHANG_ID[-4:]}" in out
    assert ZHANG_ID not in out
    assert main(["search", "zsf", "--db", str(office["path"])]) == 0
    assert capsys.readouterr().out.split("\t")[1:3] == ["张三丰", "Pinyin: 张三丰"]


def test_search_without_hits_exits_1_with_a_note_on_stderr(office, capsys):
    assert main(["search", "王", "--db", str(office["path"])]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "王" in captured.err


def test_search_json_and_limit(office, capsys):
    assert main(["search", "3-2-501", "--db", str(office["path"]), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["name"] for h in hits] == ["张三", "张三丰"]
    zhang = hits[0]
    assert zhang["id"] == office["zhang"]
    assert zhang["match"] == "room" and zhang["matched"] == "翠湖花园 3-2-501"
    assert zhang["phone"] == "138****8000"
    assert zhang["document"] == ZHANG_ID[:6] + "********" + ZHANG_ID[-4:]
    assert zhang["places"] == [{"place": "翠湖花园 3-2-501", "role": "owner"}]
    assert hits[1]["document"] == ""
    assert main(["search", "张", "--db", str(office["path"]), "--limit", "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_search_missing_database_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    assert main(["search", "张", "--db", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists()


def _add(monkeypatch, office, data, *extra) -> int:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    return main(["customer", "add", "--db", str(office["path"]), *extra])


NEW_ID = resident_id("110105", "19900307", "456")


def test_customer_add_from_stdin(office, monkeypatch, capsys):
    data = {
        "name": "王小明",
        "document_type": "resident_id",
        "document_number": NEW_ID,
        "phones": ["139 0000 1111", {"number": "020-87654321", "label": "家", "primary": True}],
        "email": "wxm@example.com",
        "tags": ["业委会", "VIP"],
        "level": "vip",
        "preferred_channel": "wechat",
        "consent_date": "2024-05-01",
    }
    assert _add(monkeypatch, office, data) == 0
    out = capsys.readouterr().out
    customer_id = int(out.strip())
    db = _db(office)
    try:
        loaded = c.load_customer(db, customer_id)
        assert loaded.fields.name == "王小明"
        assert loaded.fields.document_number == NEW_ID
        assert loaded.fields.birth_date.isoformat() == "1990-03-07"  # from the ID
        assert [(p.number, p.label, p.primary) for p in loaded.fields.phones] == [
            ("13900001111", "", False),
            ("02087654321", "家", True),
        ]
        assert loaded.fields.tags == "业委会, VIP"
        assert loaded.fields.consent_date.isoformat() == "2024-05-01"
        assert c.customer_changes(db, customer_id)[0]["action"] == "create"
        assert idn.customer_identities(db, customer_id) == []
    finally:
        db.close()


def test_customer_add_from_a_file(office, tmp_path, capsys):
    source = tmp_path / "new.json"
    source.write_text(
        json.dumps({"name": "赵六", "consent_date": "2024-01-02"}, ensure_ascii=False),
        encoding="utf-8",
    )
    assert main(["customer", "add", "--db", str(office["path"]), str(source)]) == 0
    customer_id = int(capsys.readouterr().out)
    db = _db(office)
    try:
        assert c.load_customer(db, customer_id).fields.name == "赵六"
    finally:
        db.close()


def test_customer_add_prints_every_problem_and_saves_nothing(office, monkeypatch, capsys):
    wrong = NEW_ID[:-1] + ("0" if NEW_ID[-1] != "0" else "1")  # a wrong check digit
    data = {
        "name": "王小明",
        "document_type": "resident_id",
        "document_number": wrong,
        "phones": ["1390000111"],  # 10 digits
        "email": "not-an-address",
    }
    assert _add(monkeypatch, office, data) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    fields = [line.split(":", 1)[0] for line in captured.err.splitlines()]
    assert set(fields) == {"document_number", "phones", "email", "consent_date"}
    assert "check digit" in captured.err
    assert "1390000111" in captured.err
    db = _db(office)
    try:
        assert c.count_customers(db) == 3
    finally:
        db.close()


def test_customer_add_rejects_unknown_keys_bad_dates_and_bad_json(office, monkeypatch, capsys):
    data = {
        "name": "王小明",
        "nickname": "小王",
        "birth_date": "07/03/1990",
        "consent_date": "2024-02-30",
        "gender": "man",
        "identity": {"room": "3-2-502", "role": "landlord", "color": "red"},
    }
    assert _add(monkeypatch, office, data) == 2
    err = capsys.readouterr().err
    assert "nickname: unknown key" in err
    assert "birth_date: “07/03/1990” is not a date" in err
    assert "consent_date: “2024-02-30” is not a date" in err
    assert "gender: “man” is not one of: male, female" in err
    assert "identity.role: “landlord” is not one of" in err
    assert "identity.color: unknown key" in err
    assert "Record the date" not in err  # the unreadable consent date is reported once
    assert _add(monkeypatch, office, '{"name": "王小明",') == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert _add(monkeypatch, office, '["王小明"]') == 2
    assert "one JSON object" in capsys.readouterr().err
    db = _db(office)
    try:
        assert c.count_customers(db) == 3
    finally:
        db.close()


def test_customer_add_duplicate_document_exits_3(office, monkeypatch, capsys):
    data = {
        "name": "张叁",
        "document_type": "resident_id",
        "document_number": ZHANG_ID.lower(),
        "consent_date": "2024-05-01",
    }
    assert _add(monkeypatch, office, data) == 3
    captured = capsys.readouterr()
    assert captured.out.strip() == f"{office['zhang']}\t张三"
    assert "already belongs to the customer 张三" in captured.err
    db = _db(office)
    try:
        assert c.count_customers(db) == 3
    finally:
        db.close()


def test_customer_add_with_identity_on_a_room_code(office, monkeypatch, capsys):
    data = {
        "name": "张太太",
        "consent_date": "2024-05-01",
        "identity": {"room": "3-2-501", "role": "owner", "share": "40", "start_date": "2024-06-01"},
    }
    db = _db(office)
    try:
        owner = idn.resource_identities(db, room_id=office["rooms"]["3-2-501"])[0]
    finally:
        db.close()
    data["identity"]["other_shares"] = {str(owner.id): "60"}
    assert _add(monkeypatch, office, data) == 0
    customer_id = int(capsys.readouterr().out)
    db = _db(office)
    try:
        owners = {
            row.customer_name: row.share
            for row in idn.resource_identities(db, room_id=office["rooms"]["3-2-501"])
            if row.role == Role.OWNER
        }
        assert {k: str(v) for k, v in owners.items()} == {"张三": "60.00", "张太太": "40.00"}
        mine = idn.customer_identities(db, customer_id)
        assert [(i.resource, i.start_date.isoformat()) for i in mine] == [
            ("翠湖花园 3-2-501", "2024-06-01")
        ]
    finally:
        db.close()


def test_customer_add_identity_problems(office, monkeypatch, capsys):
    db = _db(office)
    actor = db.ensure_admin()
    try:  # the same room code in a second project makes "3-2-501" ambiguous
        region = r.create_region(db, actor, r.RegionFields("华东区"))
        project = r.create_project(db, actor, r.ProjectFields(region, "翠湖花园二期"))
        r.create_building(
            db,
            actor,
            r.BuildingFields(project, "3", "3栋"),
            r.RoomPlan(["2"], r.floor_range(5, 5), 1, areas=[("89.50", "72.10")]),
        )
    finally:
        db.close()
    base = {"name": "钱七", "consent_date": "2024-05-01"}
    assert (
        _add(monkeypatch, office, {**base, "identity": {"room": "3-2-501", "role": "tenant"}}) == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("identity.room: “3-2-501” is ambiguous (2 found: ")
    assert "翠湖花园 3-2-501" in err and "翠湖花园二期 3-2-501" in err and '"project"' in err

    # Named with its project: exactly that room (the exact name wins over 翠湖花园二期).
    identity = {"room": "3-2-501", "project": "翠湖花园", "role": "tenant"}
    assert _add(monkeypatch, office, {**base, "identity": identity}) == 0
    tenant = int(capsys.readouterr().out)
    identity = {"room": "翠湖花园二期 3-2-501", "role": "family", "relation": "spouse"}
    identity["family_of"] = tenant  # a tenant of the other project's room: refused
    assert _add(monkeypatch, office, {**base, "name": "孙八", "identity": identity}) == 2
    err = capsys.readouterr().err
    assert err.startswith("identity.related_customer_id: A family member belongs to an owner")

    assert (
        _add(monkeypatch, office, {**base, "identity": {"room": "9-9-999", "role": "owner"}}) == 2
    )
    assert "identity.room: no room “9-9-999” was found" in capsys.readouterr().err
    db = _db(office)
    try:
        assert c.count_customers(db) == 4
        rows = idn.customer_identities(db, tenant)
        assert [(i.resource, i.role) for i in rows] == [("翠湖花园 3-2-501", Role.TENANT)]
    finally:
        db.close()


# --- documents: report and template ---------------------------------------------------------
def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_report_cards_of_a_building_and_of_one_customer(office, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    db = str(office["path"])
    code = main(
        ["report", "cards", str(out), "--project", "翠湖花园", "--building", "3栋", "--db", db]
    )
    assert code == 0 and capsys.readouterr().out.strip() == f"{out}: 2 pages"
    text = _pdf_text(out)
    assert "张三" in text and "张三丰" in text and ZHANG_ID not in text
    # One customer by document number, full numbers: printed and audited.
    one = tmp_path / "zhang.pdf"
    args = ["report", "cards", str(one), "--customer", ZHANG_ID, "--full-numbers", "--db", db]
    assert main(args) == 0
    assert ZHANG_ID in _pdf_text(one).replace(" ", "")
    with sqlite3.connect(office["path"]) as raw:
        (audited,) = raw.execute(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'print_full'"
        ).fetchone()
    assert audited == 1


def test_report_refuses_bad_input_and_writes_nothing(office, tmp_path, capsys):
    db = str(office["path"])
    out = tmp_path / "x.pdf"
    assert main(["report", "ledger", str(out), "--project", "无此项目", "--db", db]) == 2
    assert "no project “无此项目”" in capsys.readouterr().err
    assert main(["report", "cards", str(out), "--customer", "123", "--db", db]) == 2
    assert main(["report", "cards", str(tmp_path / "x.txt"), "--project", "翠湖花园"]) == 2
    assert main(["report", "ledger", str(out), "--db", db]) == 2  # no project
    assert not out.exists()
    assert main(["report", "ledger", str(out), "--project", "翠湖花园", "--db", db]) == 0
    assert "3-2-501" in _pdf_text(out)
    assert main(["report", "ledger", str(out), "--project", "翠湖花园", "--db", db]) == 2
    assert "--force" in capsys.readouterr().err


def test_template_writes_the_import_template(tmp_path, capsys):
    from openpyxl import load_workbook

    out = tmp_path / "rooms.xlsx"
    assert main(["template", "rooms", str(out)]) == 0
    book = load_workbook(out)
    assert len(book.sheetnames) == 2 and book.worksheets[0].max_row >= 2
    assert main(["template", "rooms", str(out)]) == 2  # exists


def test_export_rooms_and_customers(office, tmp_path, capsys):
    from openpyxl import load_workbook

    db = str(office["path"])
    rooms = tmp_path / "rooms.xlsx"
    assert main(["export", "rooms", str(rooms), "--project", "翠湖花园", "--db", db]) == 0
    sheet = load_workbook(rooms).active
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "3-2-501")
    assert header[1] == "房号" and row[3].data_type == "n" and row[3].value == 89.5
    assert row[5].value == "张三 100%"
    people = tmp_path / "people.xlsx"
    assert main(["export", "customers", str(people), "--db", db]) == 0
    sheet = load_workbook(people).active
    zhang = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "张三")
    assert zhang[4].value == ZHANG_ID[:6] + "********" + ZHANG_ID[-4:]
    assert zhang[4].data_type == "s" and zhang[5].value == "138****8000"
    assert "翠湖花园 3-2-501 业主 100%" in zhang[8].value  # what they hold today
    building = tmp_path / "building.xlsx"
    args = ["export", "customers", str(building), "--project", "翠湖花园", "--building", "3"]
    assert main([*args, "--db", db]) == 0
    names = [r[1].value for r in load_workbook(building).active.iter_rows(min_row=2)]
    assert names == ["张三", "张三丰"]  # who holds a room of building 3 (not 李四), owner first
    full = tmp_path / "full.xlsx"
    assert main(["export", "customers", str(full), "--full-numbers", "--db", db]) == 0
    zhang = next(r for r in load_workbook(full).active.iter_rows(min_row=2) if r[1].value == "张三")
    assert zhang[4].value == ZHANG_ID
    with sqlite3.connect(office["path"]) as raw:
        (audited,) = raw.execute(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'export_full'"
        ).fetchone()
    assert audited == 3  # every customer exported in full
    assert main(["export", "rooms", str(tmp_path / "r2.xlsx"), "--db", db]) == 2


def test_import_dry_run_then_import(office, tmp_path, capsys):
    from tests.excel.test_import_rooms import room, xlsx

    db = str(office["path"])
    bad = xlsx(tmp_path / "bad.xlsx", [room(1601, floor=16), room(1602, floor=16, use="仓库")])
    assert main(["import", str(bad), "--dry-run", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "error: 房间!4 用途 “仓库”" in err
    assert main(["import", str(bad), "--db", db]) == 2  # nothing imported
    assert main(["import", str(bad), "--only-valid", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "room: 1 new" in out and "rows left out: 1" in out
    assert main(["import", str(tmp_path / "none.xlsx"), "--db", db]) == 2
