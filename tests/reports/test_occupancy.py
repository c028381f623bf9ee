"""The occupancy summary: counts and shares by status and use, per project for the
portfolio, parking spaces, and a bar chart whose labels use the embedded font."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.db.models import Project, Region
from crm_desktop.domain import clock
from crm_desktop.domain.enums import RoomStatus, RoomUse, SpaceStatus
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.reports import occupancy
from crm_desktop.services import resources as r
from tests.factories import handed_over_flat, let_with_space

TODAY = clock.today()


@pytest.fixture
def two_projects(db, actor):
    """翠湖花园 (48 rooms, one rented with a parking space) and a shop building of four
    rooms in a second project with a long name."""
    f = handed_over_flat(db, actor, TODAY - timedelta(days=400), TODAY - timedelta(days=300))
    let_with_space(db, actor, f, TODAY - timedelta(days=30))
    with db.read() as s:
        region = s.scalars(select(Region.id)).one()
        f["project"] = s.scalars(select(Project.id)).one()
    mall = r.create_project(db, actor, r.ProjectFields(region, "滨江商业广场二期购物中心及配套"))
    r.create_building(
        db,
        actor,
        r.BuildingFields(mall, "A", "A座"),
        r.RoomPlan(["1"], r.floor_range(1, 1), 4, use=RoomUse.SHOP, areas=[("120", "100")] * 4),
    )
    f["mall"] = mall
    return f


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_project_counts(db, two_projects):
    data = occupancy.occupancy_rows(db, project_id=two_projects["project"])
    assert data.scope == "翠湖花园" and len(data.projects) == 1
    total = data.total
    assert total.rooms_by_status == {RoomStatus.UNSOLD: 47, RoomStatus.RENTED: 1}
    assert total.rooms_by_use == {RoomUse.RESIDENTIAL: 48}
    assert total.spaces_by_status == {SpaceStatus.UNSOLD: 19, SpaceStatus.RENTED: 1}
    assert (total.rooms, total.sold, total.occupied, total.spaces) == (48, 1, 1, 20)
    assert ("翠湖花园", "room_status", "rented", 1) in data.rows()
    assert occupancy.fmt_percent(1, 48) == "2.1%" and occupancy.fmt_percent(0, 0) == "–"


def test_portfolio_pdf_lists_every_project(db, actor, two_projects, tmp_path):
    path = tmp_path / "occupancy.pdf"
    pages = occupancy.occupancy_pdf(db, actor, path)
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 1
    text = _flat(reader.pages[0].extract_text())
    assert "入住率汇总" in text and "全部项目" in text and "第 1 页 / 共 1 页" in text
    assert "全部项目：共 52 间房，已售 1 间（1.9%），已入住或出租 1 间（入住率 1.9%）" in text
    assert "车位 20 个" in text
    # Totals by status (count and share), use, parking spaces.
    assert "未售 51 98.1%" in text and "已出租 1 1.9%" in text
    assert "住宅 48 92.3%" in text and "商铺 4 7.7%" in text
    assert "未售 19 95.0%" in text and "已出租 1 5.0%" in text
    # One row per project, the long name whole (wrapped or not).
    assert "各项目房间状态" in text and "各项目车位状态" in text
    assert "滨江商业广场二期购物中心及配套" in re.sub(r"\s+", "", text)
    assert "翠湖花园 48 47 97.9% 1 2.1% 2.1%" in text
    assert "配套 4 4 100.0% – 0.0%" in text  # the mall: 4 rooms, all unsold
    assert "配套 4 – 4 100.0%" in text  # by use: shops only


def test_chart_labels_are_in_the_embedded_font(db, actor, two_projects, tmp_path):
    path = tmp_path / "occupancy.pdf"
    occupancy.occupancy_pdf(db, actor, path, project_id=two_projects["project"], lang="en")
    raw = path.read_bytes()
    assert b"Helvetica" not in raw and b"STSong" not in raw
    page = PdfReader(path).pages[0]
    fonts = page["/Resources"]["/Font"]
    assert len(fonts) == 1
    for ref in fonts.values():
        font = ref.get_object()
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei-0", font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    text = _flat(page.extract_text())
    assert "Occupancy summary" in text and "Rooms by status" in text
    # The chart draws its category labels and axis numbers as text.
    chart = occupancy.rooms_by_status_chart(
        {RoomStatus.UNSOLD: 47, RoomStatus.RENTED: 1}, "zh_CN", width=200
    )
    labels = chart.contents[0].categoryAxis
    assert labels.labels.fontName == "CJK" and labels.categoryNames == ["已出租", "未售"]
    assert chart.initialFontName == "CJK"
    assert text.count("Unsold") >= 2 and text.count("Rented") >= 2  # table and chart
    assert "Per project" not in text and "Room status by project" not in text


def test_a_missing_project_is_refused(db, actor, tmp_path):
    with pytest.raises(NotFoundError):
        occupancy.occupancy_pdf(db, actor, tmp_path / "x.pdf", project_id=999)
    assert not (tmp_path / "x.pdf").exists()
