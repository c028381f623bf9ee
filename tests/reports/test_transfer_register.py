"""The transfer register: the transfers of a period in date order, the owners before and
after with their shares, the reason and the certificate numbers."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.db.models import Project, Region
from crm_desktop.domain import clock
from crm_desktop.domain.enums import TransferReason
from crm_desktop.domain.errors import ValidationError
from crm_desktop.reports import transfers as register
from crm_desktop.services import customers as c
from crm_desktop.services import resources as r
from crm_desktop.services import sales
from crm_desktop.services import transfers as tr
from tests.factories import handed_over_flat, person, room_ids

TODAY = clock.today()
SIGNED = TODAY - timedelta(days=400)
FIRST = TODAY - timedelta(days=100)
SECOND = TODAY - timedelta(days=40)
THIRD = TODAY - timedelta(days=10)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _transfer(db, actor, day, buyers, reason, *, room=None, space=None, certificates="", notes=""):
    preview = tr.preview_transfer(db, room_id=room, space_id=space, transfer_date=day)
    decisions, leases = preview.suggested_decisions()
    return tr.transfer_ownership(
        db,
        actor,
        tr.TransferFields(
            day,
            reason,
            buyers,
            room_id=room,
            space_id=space,
            certificate_numbers=certificates,
            decisions=decisions,
            lease_decisions=leases,
            notes=notes,
        ),
    )


@pytest.fixture
def place(db, actor):
    """3-2-501 (张三 50%, 李四 50%) resold on FIRST to 赵六 70% and 钱七 30%, then given by
    them to 赵小六 on THIRD; B1-001 inherited on SECOND by 张小三; in a second project, a
    shop sold and resold on SECOND by court order."""
    f = handed_over_flat(db, actor, SIGNED, SIGNED + timedelta(days=5))
    zhao = c.create_customer(db, actor, person("赵六"))
    qian = c.create_customer(db, actor, person("钱七"))
    _transfer(
        db,
        actor,
        FIRST,
        [sales.Buyer("70", customer_id=zhao), sales.Buyer("30", customer_id=qian)],
        TransferReason.RESALE,
        room=f["room"],
        certificates="粤(2026)深圳市不动产权第0000001号；粤(2026)深圳市不动产权第0000002号",
    )
    _transfer(
        db,
        actor,
        THIRD,
        [sales.Buyer("100", new=person("赵小六"))],
        TransferReason.GIFT,
        room=f["room"],
        notes="父母赠与子女",
    )
    _transfer(
        db,
        actor,
        SECOND,
        [sales.Buyer("100", new=person("张小三"))],
        TransferReason.INHERITANCE,
        space=f["space"],
    )
    with db.read() as s:
        region = s.scalars(select(Region.id)).one()
        f["project"] = s.scalars(select(Project.id)).one()
    mall = r.create_project(db, actor, r.ProjectFields(region, "滨江商业广场"))
    building = r.create_building(
        db, actor, r.BuildingFields(mall, "A", "A座"), r.RoomPlan(["1"], r.floor_range(1, 1), 2)
    )
    shop = room_ids(db, building)["A-1-101"]
    seller = c.create_customer(db, actor, person("深圳市某某投资发展有限公司"))
    sales.register_sale(
        db,
        actor,
        sales.SaleFields("HT-A", SIGNED, "5000000", [sales.Buyer("100", seller)], room_id=shop),
    )
    _transfer(
        db,
        actor,
        SECOND,
        [sales.Buyer("100", new=person("孙八"))],
        TransferReason.COURT_ORDER,
        room=shop,
        certificates="(2026)粤0305民初123号",
    )
    f["mall"] = mall
    return f


def test_rows_in_date_order_with_both_sides(db, place):
    data = register.transfer_register_rows(db, date_from=FIRST, date_to=TODAY)
    assert [(r.transfer_date, r.resource) for r in data.rows] == [
        (FIRST, "翠湖花园 3-2-501"),
        (SECOND, "滨江商业广场 A-1-101"),
        (SECOND, "翠湖花园 地下停车场 B1-001"),
        (THIRD, "翠湖花园 3-2-501"),
    ]
    first = data.rows[0]
    assert [n for n, _ in first.previous_owners] == ["张三", "李四"]
    assert [(n, int(s)) for n, s in first.new_owners] == [("赵六", 70), ("钱七", 30)]
    assert first.reason == TransferReason.RESALE
    assert first.certificate_numbers.count(";") == 1
    gift = data.rows[-1]
    assert [n for n, _ in gift.previous_owners] == ["赵六", "钱七"] and gift.notes == "父母赠与子女"
    # The range includes both ends; a project keeps its own rooms and spaces.
    assert len(register.transfer_register_rows(db, date_from=SECOND, date_to=SECOND).rows) == 2
    assert (
        register.transfer_register_rows(
            db, date_from=FIRST + timedelta(1), date_to=THIRD - timedelta(1)
        )
        .rows[0]
        .transfer_date
        == SECOND
    )
    mall = register.transfer_register_rows(
        db, date_from=FIRST, date_to=TODAY, project_id=place["mall"]
    )
    assert mall.scope == "滨江商业广场" and [r.resource for r in mall.rows] == [
        "滨江商业广场 A-1-101"
    ]
    home = register.transfer_register_rows(
        db, date_from=FIRST, date_to=TODAY, project_id=place["project"]
    )
    assert len(home.rows) == 3


def test_pdf_of_the_register(db, actor, place, tmp_path):
    path = tmp_path / "register.pdf"
    pages = register.transfer_register_pdf(db, actor, path, date_from=FIRST, date_to=TODAY)
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 1
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height
    text = _flat(reader.pages[0].extract_text())
    squeezed = re.sub(r"\s+", "", text)
    assert "过户登记簿" in text and "第 1 页 / 共 1 页" in text
    assert f"全部项目：{FIRST.isoformat()} 至 {TODAY.isoformat()} 共办理过户 4 宗" in text
    assert "（房间 3 宗，车位 1 宗）：二手买卖 1、继承 1、赠与 1、法院判决 1" in text
    assert f"1 {FIRST.isoformat()} 翠湖花园 3-2-501 张三 50%、李四 50% → 赵六 70%、钱七 30%" in text
    assert "二手买卖" in text
    assert "粤(2026)深圳市不动产权第0000001号" in squeezed
    assert "粤(2026)深圳市不动产权第0000002号" in squeezed
    assert "→赵小六100%赠与" in squeezed and "父母赠与子女" in text
    assert "翠湖花园地下停车场B1-001张三100%→张小三100%继承" in squeezed
    assert "深圳市某某投资发展有限公司100%→孙八100%法院判决" in squeezed
    assert b"Helvetica" not in path.read_bytes()


def test_empty_period_in_english_and_a_bad_range(db, actor, place, tmp_path):
    path = tmp_path / "register.pdf"
    day = SIGNED
    register.transfer_register_pdf(db, actor, path, date_from=day, date_to=day, lang="en")
    text = _flat(PdfReader(path).pages[0].extract_text())
    assert "Transfer register" in text and "All projects: 0 transfers" in text
    assert "No transfer in this period." in text and "Page 1 of 1" in text
    with pytest.raises(ValidationError) as exc:
        register.transfer_register_pdf(db, actor, path, date_from=TODAY, date_to=FIRST)
    assert exc.value.field == "date_to" and exc.value.params["start"] == TODAY.isoformat()
    with pytest.raises(ValidationError) as exc:
        register.transfer_register_rows(db, date_from=None, date_to=TODAY)
    assert exc.value.field == "date_from"


def test_many_transfers_break_across_pages(db, actor, tmp_path):
    from tests.factories import portfolio

    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    codes = sorted(rooms)[:36]
    for i, code in enumerate(codes):
        seller = c.create_customer(db, actor, person(f"原业主{i:02d}"))
        sales.register_sale(
            db,
            actor,
            sales.SaleFields(
                f"HT-{code}", SIGNED, "1000000", [sales.Buyer("100", seller)], room_id=rooms[code]
            ),
        )
        _transfer(
            db,
            actor,
            FIRST + timedelta(days=i),
            [
                sales.Buyer("60", new=person(f"新业主甲{i:02d}")),
                sales.Buyer("40", new=person(f"新业主乙{i:02d}")),
            ],
            TransferReason.RESALE,
            room=rooms[code],
            certificates=f"粤(2026)深圳市不动产权第{i:07d}号",
        )
    path = tmp_path / "register.pdf"
    pages = register.transfer_register_pdf(
        db, actor, path, date_from=FIRST, date_to=TODAY, project_id=p["project"]
    )
    texts = [page.extract_text() for page in PdfReader(path).pages]
    assert pages == len(texts) >= 2
    for n, text in enumerate(texts, start=1):
        assert "过户日期" in text and "原业主（份额）" in text and "产权证号" in text
        assert f"第 {n} 页 / 共 {pages} 页" in text
    whole = re.sub(r"\s+", "", "".join(texts))
    assert all(f"新业主乙{i:02d}40%" in whole for i in range(len(codes)))
