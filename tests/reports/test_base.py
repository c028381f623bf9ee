"""The report foundation: fonts, page numbers, tables that break with repeated headers,
labels in two languages (the Chinese enum words match the UI's translation)."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import Paragraph

from crm_desktop import paths
from crm_desktop.domain.enums import Relation, Role, RoomStatus
from crm_desktop.reports import base


def info(**kw) -> base.ReportInfo:
    kw.setdefault("title", "测试报表")
    kw.setdefault("office", "翠湖花园物业服务中心")
    kw.setdefault("printed_by", "王经理")
    kw.setdefault("printed_at", datetime(2026, 5, 1, 9, 30))
    return base.ReportInfo(**kw)


def rows(n: int) -> list[tuple]:
    return [(f"3-1-{i:04d}", "住宅" * (1 + i % 3), Decimal("89.5") + i, i) for i in range(n)]


def test_long_table_breaks_with_repeated_headers_and_page_numbers():
    out = io.BytesIO()
    story = [
        base.heading("房间清单"),
        base.table(
            ["房号", "用途", "建筑面积", "序号"], rows(150), [0.3, 0.4, 0.2, 0.1], numeric=(2, 3)
        ),
    ]
    pages = base.build_pdf(out, story, info())
    texts = [p.extract_text() for p in PdfReader(out).pages]
    assert pages == len(texts) > 2
    for n, text in enumerate(texts, start=1):
        assert "房号" in text and "建筑面积" in text  # the header row on every page
        assert f"第 {n} 页 / 共 {pages} 页" in text
        assert "翠湖花园物业服务中心" in text and "打印人：王经理" in text
        assert "打印日期：2026-05-01 09:30" in text and "测试报表" in text
    whole = "".join(texts)
    assert all(f"3-1-{i:04d}" in whole for i in range(150))  # no row lost at a break
    assert "238.50" in whole  # Decimal cells formatted as areas


def test_cells_wrap_and_numbers_align_right():
    long = "一个非常长的单元格内容" * 12
    tbl = base.table(["名称", "数量"], [(long, 3)], [0.5, 0.5], numeric=(1,))
    name_cell, count_cell = tbl._cellvalues[1]
    assert isinstance(name_cell, Paragraph) and isinstance(count_cell, Paragraph)
    assert count_cell.style.alignment == TA_RIGHT
    assert name_cell.style.wordWrap == "CJK"
    out = io.BytesIO()
    base.build_pdf(out, [tbl], info())
    text = PdfReader(out).pages[0].extract_text()
    assert long in re.sub(r"\s+", "", text)
    assert len([line for line in text.splitlines() if "非常长" in line]) > 1  # wrapped


def test_empty_table_says_none():
    flow = base.table(["名称"], [], [1.0], empty="无")
    assert isinstance(flow, Paragraph) and flow.text == "无"


def test_landscape_pages_and_english_texts():
    out = io.BytesIO()
    setup = base.LANDSCAPE
    story = [
        base.table(["Code", "Area"], rows(40), [0.7, 0.3], width=base.content_width(setup)),
        base.signature_lines("en"),
    ]
    pages = base.build_pdf(out, story, info(lang="en", title="Room ledger", setup=setup))
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert box.width > box.height
    last = reader.pages[-1].extract_text()
    assert f"Page {pages} of {pages}" in last
    assert "Handled by:" in last and "Customer's signature:" in last


def test_signature_lines_and_synthetic_bold():
    out = io.BytesIO()
    base.build_pdf(out, [base.heading("签字"), base.signature_lines("zh_CN")], info())
    page = PdfReader(out).pages[0]
    text = page.extract_text()
    assert "经办人：" in text and "日期：" in text and "客户签字：" in text
    assert b"2 Tr" in page.get_contents().get_data()  # headings and title in fake bold


def test_embedded_subset_font_only():
    out = io.BytesIO()
    base.build_pdf(out, [base.para("中文 English 123 &<>")], info())
    raw = out.getvalue()
    assert b"STSong" not in raw and b"Helvetica" not in raw
    page = PdfReader(out).pages[0]
    assert "中文 English 123 &<>" in page.extract_text()
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        assert re.fullmatch(r"/[A-Z]{6}\+\S+", font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_a_failed_build_keeps_the_old_file(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")

    class Boom(Paragraph):
        def wrap(self, *args):
            raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError):
        base.build_pdf(path, [Boom("x", base.styles().body)], info())
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert base.build_pdf(path, [base.para("新")], info()) == 1
    assert path.read_bytes().startswith(b"%PDF")


def test_formatting_helpers():
    assert base.fmt_share(Decimal("50.00")) == "50%"
    assert base.fmt_share(Decimal("33.33")) == "33.33%"
    assert base.fmt_area(Decimal("1234.5")) == "1,234.50"
    assert base.enum_text(Role.OWNER, "zh_CN") == "业主"
    assert base.enum_text(Role.OWNER, "en") == "Owner"
    assert base.enum_text(Relation.OTHER, "zh_CN") == "其他关系"
    assert base.enum_text(RoomStatus.HANDED_OVER, "zh_CN") == "已收楼"
    assert base.enum_text(None, "zh_CN") == ""
    with pytest.raises(ValueError):
        base.texts({}, "de")


def test_chinese_enum_words_match_the_ui_translation():
    ts = paths.resources_dir() / "translations" / "crm_desktop_zh_CN.ts"
    ui: dict[str, str] = {}
    for context in ET.parse(ts).getroot():
        if context.findtext("name") == "Enums":
            for message in context.findall("message"):
                ui[message.findtext("source")] = message.findtext("translation")
    checked = [k for k in base._ENUM_ZH if k in ui]
    assert len(checked) > 50
    assert {k: base._ENUM_ZH[k] for k in checked} == {k: ui[k] for k in checked}
