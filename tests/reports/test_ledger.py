"""The room ledger: every room, owners with shares, tenants, handover dates, and a table
that breaks across landscape pages with its header repeated."""

from __future__ import annotations

import re
from datetime import timedelta

from pypdf import PdfReader

from crm_desktop.domain import clock
from crm_desktop.reports import ledger
from tests.factories import handed_over_flat, let_with_space, room_ids


def test_building_ledger(db, actor, tmp_path):
    handed = clock.today() - timedelta(days=300)
    f = handed_over_flat(db, actor, clock.today() - timedelta(days=400), handed)
    let_with_space(db, actor, f, clock.today() - timedelta(days=30))
    path = tmp_path / "ledger.pdf"
    pages = ledger.room_ledger_pdf(db, actor, path, building_id=f["building"])
    reader = PdfReader(path)
    texts = [p.extract_text() for p in reader.pages]
    assert pages == len(texts) >= 2
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    for n, text in enumerate(texts, start=1):
        assert "房号" in text and "业主（份额）" in text and "收楼日期" in text  # header repeats
        assert f"第 {n} 页 / 共 {pages} 页" in text and "资产台账" in text
    whole = "\n".join(texts)
    codes = room_ids(db, f["building"])
    assert all(code in whole for code in codes)
    line = next(x for x in whole.splitlines() if "3-2-501" in x)
    row = re.sub(r"\s+", " ", whole[whole.index(line) :][:200])
    assert "已出租" in row and "张三 50%、李四 50%" in row and "王五" in row
    assert handed.isoformat() in row
    assert f"共 {len(codes)} 间" in texts[0]
    assert "翠湖花园 3栋" in texts[0]


def test_project_ledger_in_english(db, actor, tmp_path):
    f = handed_over_flat(db, actor, clock.today() - timedelta(days=40), clock.today())
    path = tmp_path / "ledger.pdf"
    with db.read() as s:
        from crm_desktop.db.models import Room

        project = s.get(Room, f["room"]).project_id
    ledger.room_ledger_pdf(db, actor, path, project_id=project, lang="en")
    text = PdfReader(path).pages[0].extract_text()
    assert "Room ledger" in text and "Building" in text and "Owners (share)" in text
    assert "Page 1 of" in text
    rows = ledger.ledger_rows(db, project_id=project).rows
    assert [r.code for r in rows][:2] == ["3-1-101", "3-1-102"]
    flat = next(r for r in rows if r.room_id == f["room"])
    assert [n for n, _ in flat.owners] == ["张三", "李四"] and flat.handover_date == clock.today()
