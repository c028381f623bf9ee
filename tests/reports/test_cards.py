"""Customer cards: the printed text (extracted with pypdf), masking and its audit,
batch order, embedded fonts, page numbers and wrapping."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.db.models import AuditEntry
from crm_desktop.domain import clock
from crm_desktop.domain.enums import DocumentType, Gender, Relation, Role
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.reports import cards
from crm_desktop.services import customers as c
from crm_desktop.services import disclosure, queries, sales
from crm_desktop.services import identities as idn
from tests.factories import (
    handed_over_flat,
    let_with_space,
    person,
    portfolio,
    resident_id,
    room_ids,
)

LONG_ADDRESS = (
    "广东省深圳市南山区粤海街道科技园南区高新南七道深圳市软件产业基地第五栋裙楼A座十二层"
    "一二零五室（近地铁一号线深大站A出口，步行约五百米，门口有保安亭请登记）"
)


def pages_text(pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def squash(text: str) -> str:
    """Extracted text without the line breaks and spaces a wrap inserts."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def flat(db, actor):
    """张三 (full details) and 李四 own 3-2-501; 王五 rents it; 张小明 is 张三's child."""
    f = handed_over_flat(
        db, actor, clock.today() - timedelta(days=400), clock.today() - timedelta(days=300)
    )
    let_with_space(db, actor, f, clock.today() - timedelta(days=30))
    loaded = c.load_customer(db, f["zhang"])
    fields = loaded.fields
    fields.document_type = DocumentType.RESIDENT_ID
    fields.document_number = resident_id()
    fields.birth_date = date(1990, 3, 7)
    fields.gender = Gender.MALE
    fields.address = LONG_ADDRESS
    fields.email = "zhangsan@example.com"
    c.update_customer(db, actor, f["zhang"], loaded.version, fields)
    f["kid"] = c.create_customer(db, actor, person("张小明"))
    idn.add_identity(
        db,
        actor,
        f["kid"],
        idn.IdentityFields(
            Role.FAMILY, room_id=f["room"], relation=Relation.CHILD, related_customer_id=f["zhang"]
        ),
    )
    c.add_vehicle(db, actor, f["zhang"], c.VehicleFields("粤B12345", "比亚迪", "汉EV", "白色"))
    c.add_account(
        db,
        actor,
        f["zhang"],
        c.AccountFields("中国工商银行", "张三", "6222021234567890", room_ids=[f["room"]]),
    )
    return f


def disclosures(db) -> list[tuple[str, int]]:
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.action, AuditEntry.record_id).where(
                AuditEntry.action == disclosure.PRINT
            )
        ).all()
    return sorted((a, r) for a, r in rows)


def test_card_masks_numbers_by_default(db, actor, flat, tmp_path):
    path = tmp_path / "card.pdf"
    assert cards.customer_card_pdf(db, actor, flat["zhang"], path) == 1
    (text,) = pages_text(path)
    number = resident_id()
    assert "张三" in text and "客户卡片" in text
    assert "110105********" + number[-4:] in text
    assert number not in text
    assert "138****8000" in text and "13800138000" not in text
    assert "****7890" in text and "6222021234567890" not in text  # account always masked
    assert "粤B12345" in text
    assert "张小明" in squash(text) and "家属（子女）" in squash(text)  # family section
    assert "翠湖花园3-2-501" in squash(text)
    assert "经办人：" in text and "客户签字：" in text
    assert "第 1 页 / 共 1 页" in text
    assert "物业管理服务、费用收缴及通知" in squash(text)  # the default consent scope, in Chinese
    assert disclosures(db) == []


def test_full_numbers_are_audited_before_printing(db, actor, flat, tmp_path):
    path = tmp_path / "card.pdf"
    cards.customer_card_pdf(db, actor, [flat["zhang"], flat["li"]], path, full_numbers=True)
    first, second = pages_text(path)
    assert resident_id() in first
    assert "138 0013 8000" in first  # full mobile, in its display form
    assert "139 0013 9000" in second
    assert "****7890" in first  # accounts stay masked
    assert disclosures(db) == [(disclosure.PRINT, flat["zhang"]), (disclosure.PRINT, flat["li"])]


def test_no_audit_no_document(db, actor, flat, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise RuntimeError("audit failed")

    monkeypatch.setattr(disclosure, "record_disclosure", refuse)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "card.pdf"
    with pytest.raises(RuntimeError):
        cards.customer_card_pdf(db, actor, flat["zhang"], path, full_numbers=True)
    assert list(out.iterdir()) == []  # no PDF, and no temporary file left behind


def test_long_address_wraps_on_one_page(db, actor, flat, tmp_path):
    buffer = io.BytesIO()
    assert cards.customer_card_pdf(db, actor, flat["zhang"], buffer) == 1
    (text,) = pages_text(buffer)
    assert squash(LONG_ADDRESS) in squash(text)
    lines = [line for line in text.splitlines() if "软件产业基地" in line or "保安亭" in line]
    assert len(lines) == 2  # wrapped onto two lines, nothing cut off


def test_fonts_are_embedded_subsets(db, actor, flat, tmp_path):
    path = tmp_path / "card.pdf"
    cards.customer_card_pdf(db, actor, [flat["zhang"], flat["wang"]], path)
    raw = path.read_bytes()
    assert b"STSong" not in raw and b"Helvetica" not in raw
    for page in PdfReader(path).pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object()
            assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei-0", font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_batch_of_a_building_in_room_order(db, actor, tmp_path):
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    late = c.create_customer(db, actor, person("赵六", "13600136000"))
    early = c.create_customer(db, actor, person("钱七", "13500135000"))
    both = c.create_customer(db, actor, person("孙八", "13400134000"))
    nobody = c.create_customer(db, actor, person("周九", "13300133000"))
    signed = clock.today() - timedelta(days=10)
    for n, (code, buyer) in enumerate(
        [("3-2-601", late), ("3-1-101", early), ("3-1-102", both), ("3-2-101", both)]
    ):
        sales.register_sale(
            db,
            actor,
            sales.SaleFields(
                f"HT-{n}", signed, "1000000", [sales.Buyer("100", buyer)], room_id=rooms[code]
            ),
        )
    path = tmp_path / "building.pdf"
    assert cards.building_cards_pdf(db, actor, path, building_id=p["building"]) == 3
    texts = pages_text(path)
    assert [t.split("\n", 1)[0] for t in texts] == ["钱七", "孙八", "赵六"]
    assert all(f"第 {n} 页 / 共 3 页" in t for n, t in enumerate(texts, start=1))
    assert all("周九" not in t for t in texts)
    assert "翠湖花园物业服务中心" in texts[0]
    assert cards.building_customer_ids(db, project_id=p["project"]) == [early, both, late]
    assert nobody not in cards.building_customer_ids(db, building_id=p["building"])


def test_empty_building_and_missing_customer_are_refused(db, actor, tmp_path):
    p = portfolio(db, actor, units=("1",), floors=(1, 1), rooms_per_floor=1)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError):
        cards.building_cards_pdf(db, actor, out / "x.pdf", building_id=p["building"])
    with pytest.raises(NotFoundError):
        cards.customer_card_pdf(db, actor, [999_999], out / "x.pdf")
    assert list(out.iterdir()) == []


def test_many_identities_run_over_and_next_card_starts_a_page(db, actor, tmp_path):
    p = portfolio(db, actor, floors=(1, 8))
    rooms = room_ids(db, p["building"])
    busy = c.create_customer(db, actor, person("钱多多", "13600136000"))
    quiet = c.create_customer(db, actor, person("孙少少", "13500135000"))
    codes = sorted(rooms)
    for code in codes[:45]:
        idn.add_identity(db, actor, busy, idn.IdentityFields(Role.RESIDENT, room_id=rooms[code]))
    ended = []
    for code in codes[45:58]:
        ended.append(
            idn.add_identity(
                db, actor, busy, idn.IdentityFields(Role.RESIDENT, room_id=rooms[code])
            )
        )
    for identity_id in ended:
        idn.end_identity(db, actor, identity_id, None, reason="搬离")
    idn.add_identity(db, actor, quiet, idn.IdentityFields(Role.RESIDENT, room_id=rooms[codes[0]]))
    path = tmp_path / "cards.pdf"
    pages = cards.customer_card_pdf(db, actor, [busy, quiet], path)
    texts = pages_text(path)
    assert pages == len(texts) >= 3
    *busy_pages, last = texts
    for text in busy_pages[1:]:  # continued pages carry the customer in the header
        assert "钱多多  ·  客户编号" in text and "孙少少" not in text
    assert last.startswith("孙少少") and "钱多多" not in last  # a new page for the next card
    whole = squash("".join(busy_pages))
    assert all(f"翠湖花园{code}" in whole for code in codes[:45])
    assert "另有3条更早的历史身份未列出。" in whole  # 13 ended, 10 shown
    assert f"第 {pages} 页 / 共 {pages} 页" in last


def test_english_card(db, actor, flat, tmp_path):
    path = tmp_path / "card.pdf"
    cards.customer_card_pdf(db, actor, flat["kid"], path, lang="en", office="Test Office")
    (text,) = pages_text(path)
    assert "Customer card" in text and "Page 1 of 1" in text and "Test Office" in text
    assert "Family member of 张三 (Child)" in text
    assert "Property management services, fee collection and notices" in text
    with pytest.raises(ValueError):
        cards.customer_card_pdf(db, actor, flat["kid"], path, lang="fr")


def test_loader_agrees_with_the_customer_profile(db, actor, flat):
    for cid in (flat["zhang"], flat["li"], flat["wang"], flat["kid"]):
        profile = queries.customer_profile(db, cid)
        (card,) = cards.load_cards(db, [cid])
        assert card.name == profile.name
        assert card.document == profile.document
        assert {r.id for r in card.current} == {r.id for r in profile.current_identities()}
        assert [v.plate for v in card.vehicles] == [v.plate for v in profile.vehicles]
        assert [a.number for a in card.accounts] == [a.account_number for a in profile.accounts]
    # The batch reads the same as one by one, in the order asked.
    ids = [flat["wang"], flat["zhang"], flat["kid"], flat["zhang"]]
    batch = cards.load_cards(db, ids)
    assert [b.id for b in batch] == [flat["wang"], flat["zhang"], flat["kid"]]
    for card in batch:
        (single,) = cards.load_cards(db, [card.id])
        assert card == single


def test_the_default_consent_scope_reads_as_the_window_translates_it():
    from pathlib import Path
    from xml.etree import ElementTree

    ts = Path(__file__).resolve().parents[2] / "resources/translations/crm_desktop_zh_CN.ts"
    for message in ElementTree.parse(ts).getroot().iter("message"):
        if message.findtext("source") == str(c.DEFAULT_CONSENT_SCOPE):
            assert message.findtext("translation") == cards.DEFAULT_CONSENT_SCOPE_ZH
            return
    raise AssertionError("the default consent scope is not in the translations")
