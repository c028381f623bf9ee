"""The handover sheet of one room and the handover progress of a project or building."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pypdf import PdfReader

from crm_desktop.domain import clock
from crm_desktop.domain.enums import Meter
from crm_desktop.domain.errors import ValidationError
from crm_desktop.reports import handover_sheet
from crm_desktop.services import customers as c
from crm_desktop.services import handover as ho
from crm_desktop.services import sales
from tests.factories import handed_over_flat, person, room_ids

TODAY = clock.today()
SIGNED = TODAY - timedelta(days=400)
HANDED = TODAY - timedelta(days=300)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _sell(db, actor, room, contract, *names):
    buyers = [
        sales.Buyer(str(100 // len(names)) if len(names) != 3 else "33.33", customer_id=cid)
        for cid in (c.create_customer(db, actor, person(n)) for n in names)
    ]
    if len(names) == 3:
        buyers[0] = sales.Buyer("33.34", customer_id=buyers[0].customer_id)
    sales.register_sale(
        db, actor, sales.SaleFields(contract, SIGNED, "900000", buyers, room_id=room)
    )


@pytest.fixture
def flat(db, actor):
    return handed_over_flat(db, actor, SIGNED, HANDED)


# --- the handover sheet --------------------------------------------------------------------
def test_sheet_of_a_handed_over_room(db, actor, flat, tmp_path):
    defect = ho.handover_of(db, flat["room"]).open_defects[0]
    fixed = HANDED + timedelta(days=10)
    ho.rectify_defect(db, actor, defect.id, defect.version, fixed, "物业维修部")
    path = tmp_path / "sheet.pdf"
    pages = handover_sheet.handover_sheet_pdf(db, actor, path, room_id=flat["room"])
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 1
    text = _flat(reader.pages[0].extract_text())
    assert "收楼确认单" in text and "翠湖花园 3-2-501" in text and "第 1 页 / 共 1 页" in text
    assert "业主（份额） 张三 50%、李四 50%" in text
    assert "购房合同号 HT-501" in text and f"签约日期 {SIGNED.isoformat()}" in text
    assert f"收楼日期 {HANDED.isoformat()}" in text and "经办人 刘工" in text
    assert "建筑面积 89.50 m²" in text
    assert "入户门钥匙 3" in text
    assert "水表 12.50 m³" in text and "电表 300.00 kWh" in text
    assert "卫生间 有缺陷 地漏反水" in text
    assert f"{fixed.isoformat()}已整改（物业维修部）" in text.replace(" ", "")
    assert "厨房 合格" in text
    assert "共 7 项，合格 6 项，缺陷 1 项（其中待整改 0 项）" in text
    assert "业主签字：" in text and "经办人签字：" in text and "物业服务中心（盖章）：" in text
    assert text.count("日期：") >= 3
    raw = path.read_bytes()
    assert b"Helvetica" not in raw and b"STSong" not in raw


def test_sheet_in_english_with_open_defects_notes_and_a_long_checklist(db, actor, tmp_path):
    from tests.factories import portfolio

    p = portfolio(db, actor)
    room = room_ids(db, p["building"])["3-1-601"]
    _sell(db, actor, room, "HT-601", "欧阳娜娜", "司马相如", "上官婉儿")
    names = [row.name for row in ho.inspection_template(db)]
    extra = [f"附加检查项目{i:02d}（阳台及储物间）" for i in range(40)]
    items = [(n, True, "") for n in names] + [
        (n, i % 3 != 0, "" if i % 3 else "墙面开裂，需要重新批荡并刷漆" * 3)
        for i, n in enumerate(extra)
    ]
    ho.complete_handover(
        db,
        actor,
        ho.HandoverFields(
            room,
            HANDED,
            "陈工",
            keys=[("入户门钥匙", 2), ("信箱钥匙", 1), ("门禁卡", 4)],
            readings=[(Meter.WATER, "1.5"), (Meter.GAS, "8", "m³")],
            items=items,
            notes="业主要求更换入户门锁芯。",
        ),
    )
    path = tmp_path / "sheet.pdf"
    pages = handover_sheet.handover_sheet_pdf(db, actor, path, room_id=room, lang="en")
    reader = PdfReader(path)
    texts = [p.extract_text() for p in reader.pages]
    assert pages == len(texts) >= 2
    for n, page in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in page and "Handover sheet" in page
    assert all("Defect" in page and "Rectification" in page for page in texts[1:])  # header
    whole = _flat("\n".join(texts))
    assert "欧阳娜娜 33.34%, 司马相如 33.33%, 上官婉儿 33.33%" in whole
    assert "门禁卡 4" in whole and "信箱钥匙 1" in whole
    assert "Gas meter 8.00 m³" in whole and "Water meter 1.50 m³" in whole
    assert "Electricity meter" not in whole
    squeezed = re.sub(r"\s+", "", whole)
    assert all(n in squeezed for n in extra)
    assert ("墙面开裂，需要重新批荡并刷漆" * 3) in squeezed  # wrapped, never cut
    assert "items: 33 ok, defects: 14 (14 still open)" in whole
    assert whole.count("Open") >= 14
    assert "Notes 业主要求更换入户门锁芯。" in whole
    assert "Owner:" in texts[-1] and "Property office (seal):" in texts[-1]


def test_no_sheet_before_the_handover(db, actor, tmp_path):
    from tests.factories import portfolio

    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    _sell(db, actor, rooms["3-1-101"], "HT-101", "赵六")
    path = tmp_path / "sheet.pdf"
    with pytest.raises(ValidationError) as exc:
        handover_sheet.handover_sheet_pdf(db, actor, path, room_id=rooms["3-1-101"])
    assert exc.value.field == "room" and "not been handed over yet" in exc.value.message
    assert exc.value.params["code"] == "3-1-101"
    day = TODAY + timedelta(days=5)
    ho.schedule_handover(db, actor, rooms["3-1-101"], day)
    with pytest.raises(ValidationError) as exc:
        handover_sheet.handover_sheet(db, rooms["3-1-101"])
    assert "only scheduled for {date}" in exc.value.message
    assert exc.value.params["date"] == day.isoformat()
    assert not path.exists()


# --- the handover progress -----------------------------------------------------------------
@pytest.fixture
def progress_place(db, actor, flat, monkeypatch):
    """Building 3: 3-2-501 handed over (open defect 卫生间), 3-2-101 handed over (defect
    rectified), 3-1-101 scheduled in 3 days, 3-1-102 overdue by 5 days, 3-1-103 not
    scheduled, 3-1-104 scheduled in 30 days. Building 5: 5-1-101 sold, not scheduled."""
    from crm_desktop.services import resources as r

    rooms = room_ids(db, flat["building"])
    for code in ("3-1-101", "3-1-102", "3-1-103", "3-1-104", "3-2-101"):
        _sell(db, actor, rooms[code], f"HT-{code}", f"业主{code}")
    ho.schedule_handover(db, actor, rooms["3-1-101"], TODAY + timedelta(days=3), "业主周末来")
    ho.schedule_handover(db, actor, rooms["3-1-104"], TODAY + timedelta(days=30))
    names = [row.name for row in ho.inspection_template(db)]
    ho.complete_handover(
        db,
        actor,
        ho.HandoverFields(
            rooms["3-2-101"],
            HANDED,
            "刘工",
            keys=[("入户门钥匙", 2)],
            items=[(n, n != "门窗", "" if n != "门窗" else "窗框松动") for n in names],
        ),
    )
    item = next(i for i in ho.handover_of(db, rooms["3-2-101"]).items if not i.ok)
    ho.rectify_defect(db, actor, item.id, item.version, HANDED + timedelta(days=3), "维修部")
    with monkeypatch.context() as five_days_ago:  # an appointment made then, overdue now
        five_days_ago.setattr(clock, "_pinned", TODAY - timedelta(days=5))
        ho.schedule_handover(db, actor, rooms["3-1-102"], TODAY - timedelta(days=5))
    from crm_desktop.db.models import Room

    with db.read() as s:
        project = s.get(Room, flat["room"]).project_id
    five = r.create_building(
        db,
        actor,
        r.BuildingFields(project, "5", "5栋"),
        r.RoomPlan(["1"], r.floor_range(1, 1), 2),
    )
    _sell(db, actor, room_ids(db, five)["5-1-101"], "HT-5-1-101", "吴九")
    return {**flat, "rooms": rooms, "project": project, "five": five}


def test_progress_counts(db, progress_place):
    from crm_desktop.reports import handover_progress as hp

    data = hp.handover_progress_rows(db, project_id=progress_place["project"])
    counts = {b.building: b.counts for b in data.buildings}
    assert list(counts) == ["3栋", "5栋"]
    three = counts["3栋"]
    assert (three.sold, three.done, three.scheduled, three.overdue, three.unscheduled) == (
        6,
        2,
        2,
        1,
        1,
    )
    assert (counts["5栋"].sold, counts["5栋"].unscheduled) == (1, 1)
    assert data.total.sold == 7 and data.total.done == 2
    assert [a.room_code for a in data.overdue] == ["3-1-102"] and data.overdue[0].days == -5
    assert [a.room_code for a in data.upcoming] == ["3-1-101"]  # 3-1-104 is beyond 14 days
    assert [(d.room_code, d.name) for d in data.defects] == [("3-2-501", "卫生间")]
    wide = hp.handover_progress_rows(db, building_id=progress_place["five"], days_ahead=60)
    assert wide.scope == "翠湖花园 5栋" and wide.total.sold == 1
    assert wide.overdue == [] and wide.upcoming == [] and wide.defects == []
    assert [
        a.room_code
        for a in hp.handover_progress_rows(
            db, building_id=progress_place["building"], days_ahead=60
        ).upcoming
    ] == ["3-1-101", "3-1-104"]


def test_progress_pdf(db, actor, progress_place, tmp_path):
    from crm_desktop.reports import handover_progress as hp

    path = tmp_path / "progress.pdf"
    pages = hp.handover_progress_pdf(db, actor, path, project_id=progress_place["project"])
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 1
    text = _flat(reader.pages[0].extract_text())
    assert "收楼进度" in text and "第 1 页 / 共 1 页" in text
    assert "翠湖花园：已售房间 7 间，已收楼 2 间（28.6%），已预约 2 间，预约逾期 1 间，" in text
    assert "未预约 2 间；待整改缺陷 1 项" in text
    assert "3栋 6 2 2 1 1 33.3%" in text and "5栋 1 0 0 0 1 0.0%" in text
    assert "合计 7 2 2 1 2 28.6%" in text
    overdue = (TODAY - timedelta(days=5)).isoformat()
    assert f"{overdue} 5 天 3-1-102 业主3-1-102" in text
    soon = (TODAY + timedelta(days=3)).isoformat()
    assert f"{soon} 3 天 3-1-101 业主3-1-101 业主周末来" in text
    assert "3-1-104" not in text
    assert f"{HANDED.isoformat()} 300 天 3-2-501 卫生间 地漏反水" in text
    assert "窗框松动" not in text  # rectified


def test_progress_pdf_in_english_of_an_empty_building(db, actor, progress_place, tmp_path):
    from crm_desktop.reports import handover_progress as hp
    from crm_desktop.services import resources as r

    empty = r.create_building(
        db,
        actor,
        r.BuildingFields(progress_place["project"], "7", "7栋"),
        r.RoomPlan(["1"], r.floor_range(1, 1), 2),
    )
    path = tmp_path / "progress.pdf"
    hp.handover_progress_pdf(db, actor, path, building_id=empty, lang="en")
    text = _flat(PdfReader(path).pages[0].extract_text())
    assert "Handover progress" in text and "翠湖花园 7栋: 0 rooms sold" in text
    assert "No room has been sold." in text and "No overdue appointment." in text
    assert "No open defect." in text and "Page 1 of 1" in text
    with pytest.raises(ValidationError):
        hp.handover_progress_pdf(db, actor, path, building_id=empty, days_ahead=-1)
