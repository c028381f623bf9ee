"""The lease expiry list: leases ending in the next N days, soonest first, across the
portfolio or of one project; renewed and terminated leases are left out."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.db.models import Project, Region
from crm_desktop.domain import clock
from crm_desktop.domain.enums import RentPeriod
from crm_desktop.domain.errors import ValidationError
from crm_desktop.reports import leases
from crm_desktop.services import customers as c
from crm_desktop.services import resources as r
from crm_desktop.services import sales
from crm_desktop.services import tenancy as t
from tests.factories import handed_over_flat, let_with_space, person, room_ids

TODAY = clock.today()
SIGNED = TODAY - timedelta(days=800)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _let(db, actor, room, owner, tenant, ends_in, rent="2000", period=RentPeriod.MONTHLY):
    start = TODAY - timedelta(days=200)
    return t.start_lease(
        db,
        actor,
        t.LeaseFields(
            landlord_id=owner,
            start_date=start,
            end_date=TODAY + timedelta(days=ends_in),
            rent=rent,
            period=period,
            tenants=[t.Tenant(customer_id=tenant)],
            room_ids=[room],
        ),
    )


def _sold(db, actor, room, owner, contract):
    sales.register_sale(
        db,
        actor,
        sales.SaleFields(contract, SIGNED, "800000", [sales.Buyer("100", owner)], room_id=room),
    )


@pytest.fixture
def place(db, actor):
    """The flat with its space let to 王五 until today + 30, 3-1-101 let until today + 10,
    3-1-102 until today + 90, 3-1-103 until today + 5 but renewed, and a shop in a
    second project let until today + 20."""
    f = handed_over_flat(db, actor, SIGNED, SIGNED + timedelta(days=10))
    let_with_space(db, actor, f, TODAY - timedelta(days=335))
    rooms = room_ids(db, f["building"])
    owner = c.create_customer(db, actor, person("钱七"))
    tenant = c.create_customer(db, actor, person("孙八"))
    for code in ("3-1-101", "3-1-102", "3-1-103"):
        _sold(db, actor, rooms[code], owner, f"HT-{code}")
    f["soon"] = _let(db, actor, rooms["3-1-101"], owner, tenant, 10, "9000", RentPeriod.QUARTERLY)
    _let(db, actor, rooms["3-1-102"], owner, tenant, 90)
    renewed = _let(db, actor, rooms["3-1-103"], owner, tenant, 5)
    t.renew_lease(db, actor, renewed, None, TODAY + timedelta(days=370))
    with db.read() as s:
        region = s.scalars(select(Region.id)).one()
        f["project"] = s.scalars(select(Project.id)).one()
    mall = r.create_project(db, actor, r.ProjectFields(region, "滨江商业广场"))
    building = r.create_building(
        db, actor, r.BuildingFields(mall, "A", "A座"), r.RoomPlan(["1"], r.floor_range(1, 1), 2)
    )
    shop = room_ids(db, building)["A-1-101"]
    _sold(db, actor, shop, owner, "HT-A")
    _let(db, actor, shop, owner, f["wang"], 20, "24000", RentPeriod.YEARLY)
    f["mall"] = mall
    return f


def test_rows_soonest_first_without_renewed_or_later_leases(db, place):
    data = leases.lease_expiry_rows(db)
    assert [r.days_left for r in data.rows] == [10, 20, 30]
    first, shop, flat = data.rows
    assert first.resources == ["翠湖花园 3-1-101"] and first.tenants == ["孙八"]
    assert first.landlord == "钱七" and first.monthly_rent == 3000
    assert shop.resources == ["滨江商业广场 A-1-101"] and shop.monthly_rent == 2000
    assert flat.resources == ["翠湖花园 3-2-501", "翠湖花园 地下停车场 B1-001"]
    assert flat.tenants == ["王五"] and flat.landlord == "张三"
    assert [r.days_left for r in leases.lease_expiry_rows(db, days=120).rows] == [10, 20, 30, 90]
    project = leases.lease_expiry_rows(db, project_id=place["mall"])
    assert project.scope == "滨江商业广场" and [r.days_left for r in project.rows] == [20]


def test_pdf_of_the_portfolio(db, actor, place, tmp_path):
    path = tmp_path / "expiry.pdf"
    pages = leases.lease_expiry_pdf(db, actor, path)
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 1
    text = _flat(reader.pages[0].extract_text())
    until = (TODAY + timedelta(days=30)).isoformat()
    assert "租约到期提醒" in text and "第 1 页 / 共 1 页" in text
    assert f"全部项目：未来 30 天内（{TODAY.isoformat()} 至 {until}）" in text
    assert "到期且未续租的租约共 3 份，月租金合计约 8,500.00 元" in text
    soon = (TODAY + timedelta(days=10)).isoformat()
    assert f"{soon} 10 天 翠湖花园 3-1-101 孙八 钱七 9,000.00 季付" in text
    assert "翠湖花园 3-2-501 翠湖花园 地下停车场 B1-001 王五 张三 3,500.00 月付" in text
    assert "24,000.00 年付" in text
    assert text.index("3-1-101") < text.index("A-1-101") < text.index("3-2-501")
    assert "3-1-102" not in text and "3-1-103" not in text


def test_pdf_of_a_project_in_english_and_empty(db, actor, place, tmp_path):
    path = tmp_path / "expiry.pdf"
    leases.lease_expiry_pdf(db, actor, path, project_id=place["project"], days=7, lang="en")
    text = _flat(PdfReader(path).pages[0].extract_text())
    assert "Lease expiry" in text and "翠湖花园: 0 leases" in text
    assert "No lease ends in this period." in text and "Page 1 of 1" in text
    leases.lease_expiry_pdf(db, actor, path, project_id=place["project"], days=60, lang="en")
    text = _flat(PdfReader(path).pages[0].extract_text())
    assert "翠湖花园: 2 leases" in text and "A-1-101" not in text
    assert "10 d" in text and "Quarterly" in text


def test_bad_number_of_days(db, actor, tmp_path):
    for days in (0, -3, 10_000):
        with pytest.raises(ValidationError) as exc:
            leases.lease_expiry_pdf(db, actor, tmp_path / "x.pdf", days=days)
        assert exc.value.field == "days"


def test_a_long_list_breaks_across_pages(db, actor, tmp_path):
    from tests.factories import portfolio

    p = portfolio(db, actor, floors=(1, 12))
    rooms = room_ids(db, p["building"])
    owner = c.create_customer(db, actor, person("某某房地产经纪有限公司深圳分公司"))
    tenants = [c.create_customer(db, actor, person(f"租户{i:02d}")) for i in range(3)]
    codes = sorted(rooms)[:45]
    for i, code in enumerate(codes):
        _sold(db, actor, rooms[code], owner, f"HT-{code}")
        t.start_lease(
            db,
            actor,
            t.LeaseFields(
                landlord_id=owner,
                start_date=TODAY - timedelta(days=100),
                end_date=TODAY + timedelta(days=1 + i % 30),
                rent="1800",
                tenants=[t.Tenant(customer_id=x) for x in tenants],
                room_ids=[rooms[code]],
            ),
        )
    path = tmp_path / "expiry.pdf"
    pages = leases.lease_expiry_pdf(db, actor, path)
    texts = [page.extract_text() for page in PdfReader(path).pages]
    assert pages == len(texts) >= 2
    for n, text in enumerate(texts, start=1):
        assert "到期日" in text and "剩余天数" in text and "业主（出租人）" in text
        assert f"第 {n} 页 / 共 {pages} 页" in text
    whole = "\n".join(texts)
    assert all(code in whole for code in codes)
    assert "某某房地产经纪有限公司深圳分公司" in re.sub(r"\s+", "", whole)
