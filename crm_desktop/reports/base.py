"""What every printed report shares: the embedded CJK font, A4 pages with a header and
"第 X 页 / 共 Y 页" footers, paragraph styles that wrap Chinese, a table helper, signature
lines, and the report texts in Chinese or English.

Report texts are not Qt translations. Reports are data documents made below the UI
(the command line makes them too), so there is no ``QCoreApplication.translate`` here:
each report keeps its labels in a small ``{"zh_CN": {...}, "en": {...}}`` dictionary and
picks one with :func:`texts`; enum labels come from :func:`enum_text`, whose Chinese
words are the ones of the UI's translation (a test keeps them in step).

Fonts: the bundled WenQuanYi Micro Hei (TrueType outlines in a TTC) is embedded as
subsets, so Chinese renders on a PC with no Chinese font; reportlab's ``STSong-Light``
CID font is never used (it relies on the viewer's fonts). The font has no bold face:
``<b>`` maps to the same face, and headings use :class:`BoldParagraph`, a synthetic bold
(text drawn filled and stroked with a thin outline, as word processors do for CJK fonts
without a bold face); it costs no extra font data, unlike a second font file.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from crm_desktop import paths
from crm_desktop.domain import enums

__all__ = [
    "FONT",
    "LANDSCAPE",
    "LANGS",
    "PORTRAIT",
    "BoldParagraph",
    "HeaderNote",
    "PageSetup",
    "ReportInfo",
    "Styles",
    "bold",
    "build_pdf",
    "cell",
    "check_lang",
    "content_width",
    "default_office",
    "enum_text",
    "fields_grid",
    "fmt_area",
    "fmt_date",
    "fmt_datetime",
    "fmt_share",
    "heading",
    "para",
    "register_fonts",
    "signature_lines",
    "styles",
    "table",
    "texts",
]

FONT = "CJK"  # the registered name of the embedded font (normal and "bold")
FONT_FILE = "wqy-microhei.ttc"
LANGS = ("zh_CN", "en")

# Colours: quiet greys and one blue for headings, fine on a black-and-white printer.
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
GRID = colors.HexColor("#c8ccd0")
HEAD_BG = colors.HexColor("#e3e8ef")
ZEBRA_BG = colors.HexColor("#f5f7f9")
ACCENT = colors.HexColor("#1f4e79")

_font_lock = threading.Lock()
_font_ready = False


def register_fonts() -> str:
    """Register the bundled CJK font once (embedded as subsets); returns its name.

    Raises FileNotFoundError naming the expected path when the font is missing (a
    broken installation): a PDF with empty boxes must not be made silently.
    """
    global _font_ready
    if _font_ready:
        return FONT
    with _font_lock:
        if not _font_ready:
            path = paths.resources_dir() / "fonts" / FONT_FILE
            if not path.is_file():
                raise FileNotFoundError(f"the font for printing Chinese is missing: {path}")
            pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
            # No bold face: <b>, <i> map to the same face (BoldParagraph fakes bold).
            pdfmetrics.registerFontFamily(
                FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT
            )
            _font_ready = True
    return FONT


# --- texts ---------------------------------------------------------------------------------
_BASE_TEXTS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "page": "第 {page} 页 / 共 {pages} 页",
        "printed": "打印日期：{when}",
        "printed_by": "打印人：{who}",
        "handled_by": "经办人",
        "date": "日期",
        "customer_signature": "客户签字",
        "none": "无",
        "yes": "是",
        "no": "否",
        "default_office": "物业服务中心",
        "office_suffix": "物业服务中心",
    },
    "en": {
        "page": "Page {page} of {pages}",
        "printed": "Printed: {when}",
        "printed_by": "Printed by: {who}",
        "handled_by": "Handled by",
        "date": "Date",
        "customer_signature": "Customer's signature",
        "none": "None",
        "yes": "Yes",
        "no": "No",
        "default_office": "Property Management Office",
        "office_suffix": " Property Management Office",
    },
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown report language {lang!r}; use one of {LANGS}")
    return lang


def texts(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    """A report's labels in ``lang`` over the shared ones (page, printed by, none …)."""
    check_lang(lang)
    return {**_BASE_TEXTS[lang], **table.get(lang, {})}


# Chinese enum labels: the words of resources/translations (context "Enums"), keyed by
# the English label that enums.label() gives; tests/reports/test_base.py compares them.
_ENUM_ZH: dict[str, str] = {
    "Residential": "住宅",
    "Shop": "商铺",
    "Office": "办公",
    "Storage": "储藏室",
    "Other": "其他",
    "Unsold": "未售",
    "Sold": "已售",
    "Handed over": "已收楼",
    "Occupied": "已入住",
    "Vacant": "空置",
    "Rented": "已出租",
    "Renovating": "装修中",
    "Standard": "标准车位",
    "Accessible": "无障碍车位",
    "Charging": "充电车位",
    "Mechanical": "机械车位",
    "Assigned": "已分配",
    "Residential estate": "住宅小区",
    "Commercial complex": "商业综合体",
    "Mixed use": "商住混合",
    "Person": "个人",
    "Company": "企业",
    "Male": "男",
    "Female": "女",
    "Resident ID card": "居民身份证",
    "Passport": "护照",
    "Hong Kong/Macau permit": "港澳居民来往内地通行证",
    "Taiwan permit": "台湾居民来往大陆通行证",
    "Foreign permanent residence card": "外国人永久居留身份证",
    "Other document": "其他证件",
    "Unified social credit code": "统一社会信用代码",
    "Regular": "普通",
    "VIP": "贵宾",
    "Key customer": "重点客户",
    "Needs attention": "需关注",
    "Phone call": "电话",
    "Text message": "短信",
    "WeChat": "微信",
    "Email": "电子邮件",
    "Post": "邮寄",
    "Owner": "业主",
    "Tenant": "租户",
    "Family member": "家属",
    "Resident": "住户",
    "Emergency contact": "紧急联系人",
    "Spouse": "配偶",
    "Child": "子女",
    "Parent": "父母",
    "Sibling": "兄弟姐妹",
    "Grandparent": "祖父母/外祖父母",
    "Grandchild": "孙子女/外孙子女",
    "Other relation": "其他关系",
    "Water meter": "水表",
    "Electricity meter": "电表",
    "Gas meter": "燃气表",
    "Resale": "二手买卖",
    "Inheritance": "继承",
    "Gift": "赠与",
    "Court order": "法院判决",
    "Other reason": "其他原因",
    "Monthly": "月付",
    "Quarterly": "季付",
    "Half-yearly": "半年付",
    "Yearly": "年付",
    "Not started": "未开始",
    "Active": "生效中",
    "Expired": "已到期",
    "Terminated early": "已提前解约",
}


def enum_text(member: StrEnum | str | None, lang: str) -> str:
    """An enum member's label in the report language ("" for None)."""
    if member is None or member == "":
        return ""
    english = enums.label(member)
    if lang == "en":
        return english
    return _ENUM_ZH.get(english, english)


# --- formatting ----------------------------------------------------------------------------
def fmt_date(value: date | datetime | None) -> str:
    """ISO dates (2026-05-01) in both languages: unambiguous, and what offices write."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone() if value.tzinfo else value
        return value.date().isoformat()
    return value.isoformat()


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%Y-%m-%d %H:%M")


def fmt_share(value: Decimal | None) -> str:
    """50.00 → "50%", 33.33 → "33.33%"."""
    if value is None:
        return ""
    text = f"{Decimal(value):.2f}".rstrip("0").rstrip(".")
    return f"{text}%"


def fmt_area(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    return f"{Decimal(value):,.2f}"


# --- styles --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    """Paragraph styles; every one wraps Chinese anywhere (``wordWrap='CJK'``), as Chinese
    has no spaces between words (English words in a CJK paragraph still wrap at spaces)."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    name: ParagraphStyle
    cell: ParagraphStyle
    cell_num: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_num: ParagraphStyle
    label: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """The shared styles (built once, after the font is registered)."""
    global _styles
    if _styles is None:
        register_fonts()

        def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
            kw.setdefault("leading", round(size * 1.38, 1))
            kw.setdefault("textColor", INK)
            return ParagraphStyle(name, fontName=FONT, fontSize=size, wordWrap="CJK", **kw)

        _styles = Styles(
            body=style("body", 9.5),
            small=style("small", 8),
            muted=style("muted", 8, textColor=MUTED),
            title=style("title", 16, leading=20),
            heading=style(
                "heading",
                10.5,
                textColor=ACCENT,
                spaceBefore=9,
                spaceAfter=4,
                keepWithNext=True,
            ),
            name=style("name", 18, leading=23),
            cell=style("cell", 8.5, leading=11.5),
            cell_num=style("cell_num", 8.5, leading=11.5, alignment=TA_RIGHT),
            cell_head=style("cell_head", 8.5, leading=11),
            cell_head_num=style("cell_head_num", 8.5, leading=11, alignment=TA_RIGHT),
            label=style("label", 8.5, leading=11.5, textColor=MUTED),
        )
    return _styles


def para(text: Any, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped: names may contain & or <)."""
    return Paragraph(
        escape("" if text is None else str(text)).replace("\n", "<br/>"), style or styles().body
    )


class BoldParagraph(Paragraph):
    """A paragraph in synthetic bold: the glyphs are filled and stroked with a thin
    outline of the text colour (PDF text render mode 2), since the font has no bold."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        colour = self.style.textColor
        canv.setStrokeColor(colour)
        canv.setLineWidth(self.style.fontSize * 0.035)
        canv._code.append("2 Tr")  # fill + stroke; the state is restored below
        super().draw()
        canv.restoreState()


def bold(text: Any, style: ParagraphStyle | None = None) -> BoldParagraph:
    return BoldParagraph(escape("" if text is None else str(text)), style or styles().body)


class _Heading(Flowable):
    """A section heading: blue synthetic bold over a rule the width of the frame.

    It moves to the next page when less than ``keep`` points would remain under it, so
    a heading never ends a page alone. (Not ``keepWithNext``: that keeps the heading
    with the whole next flowable, and a long table would then leave a blank page.)
    """

    def __init__(self, text: str, keep: float = 45) -> None:
        super().__init__()
        self.para = bold(text, styles().heading)
        self.spaceBefore = 9
        self.spaceAfter = 4
        self.keep = keep
        self._rule_width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, h = self.para.wrap(available_width, available_height)
        self._rule_width = available_width
        self.width, self.height = available_width, h + 3
        if self.height + self.keep > available_height:
            return self.width, available_height + 1  # does not fit: the frame moves it on
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 3)
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 1, self._rule_width, 1)


def heading(text: str) -> Flowable:
    """A section heading, kept on the page of what follows it."""
    return _Heading(text)


# --- tables --------------------------------------------------------------------------------
def cell(value: Any, *, numeric: bool = False, header: bool = False) -> Flowable:
    """A table cell: text becomes a wrapping paragraph; flowables pass through."""
    if isinstance(value, Flowable):
        return value
    st = styles()
    if header:
        return bold(value, st.cell_head_num if numeric else st.cell_head)
    if isinstance(value, Decimal | float):
        value = fmt_area(value)
    return para(value, st.cell_num if numeric else st.cell)


def _widths(col_widths: Sequence[float], width: float) -> list[float]:
    """Column widths: absolute points, or fractions of ``width`` when they sum to ≤ 1."""
    widths = [float(w) for w in col_widths]
    if sum(widths) <= 1.0001:
        return [w * width for w in widths]
    return widths


def table(
    headers: Sequence[Any],
    rows: Iterable[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    numeric: Iterable[int] = (),
    width: float | None = None,
    zebra: bool = True,
    empty: str | None = None,
) -> Flowable:
    """A data table: cells wrap (paragraphs), the header row repeats on every page,
    zebra rows, numeric columns (indexes in ``numeric``) right-aligned.

    ``col_widths`` are points, or fractions of ``width`` (default: the portrait content
    width). With no rows and ``empty`` given, returns that text as a muted paragraph
    instead of a lone header.
    """
    numeric = set(numeric)
    body = [[cell(v, numeric=i in numeric) for i, v in enumerate(row)] for row in rows]
    if not body and empty is not None:
        return para(empty, styles().muted)
    head = [cell(h, numeric=i in numeric, header=True) for i, h in enumerate(headers)]
    tbl = Table(
        [head, *body],
        colWidths=_widths(col_widths, width or content_width()),
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if len(body) > 1:
        commands.append(("LINEBELOW", (0, 1), (-1, -2), 0.25, GRID))
    if zebra and len(body) > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_BG]))
    tbl.setStyle(TableStyle(commands))
    return tbl


def fields_grid(
    pairs: Sequence[tuple[str, Any]],
    *,
    columns: int = 2,
    label_width: float = 22 * mm,
    width: float | None = None,
    wide: Iterable[str] = (),
) -> Flowable:
    """Label/value pairs in ``columns`` columns (a form-like block); values wrap.

    Labels listed in ``wide`` take a whole row (long addresses, notes).
    """
    st = styles()
    total = width or content_width()
    value_width = total / columns - label_width
    wide = set(wide)
    data: list[list[Any]] = []
    spans: list[tuple] = []
    row: list[Any] = []

    def flush() -> None:
        nonlocal row
        if row:
            row += ["", ""] * (columns - len(row) // 2)
            data.append(row)
            row = []

    for label, value in pairs:
        value_cell = value if isinstance(value, Flowable) else para(value, st.cell)
        if label in wide:
            flush()
            spans.append(("SPAN", (1, len(data)), (-1, len(data))))
            data.append([para(label, st.label), value_cell] + [""] * (2 * columns - 2))
            continue
        row += [para(label, st.label), value_cell]
        if len(row) == 2 * columns:
            flush()
    flush()
    tbl = Table(data, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                *spans,
            ]
        )
    )
    return tbl


def signature_lines(lang: str, labels: Sequence[str] | None = None) -> Flowable:
    """ "经办人：______  日期：______  客户签字：______", kept on one page."""
    t = texts({}, lang)
    labels = list(labels or (t["handled_by"], t["date"], t["customer_signature"]))
    st = styles()
    colon = "：" if lang == "zh_CN" else ":"
    total = content_width()
    label_w = [max(pdfmetrics.stringWidth(lb + colon, FONT, 9.5) + 4, 14 * mm) for lb in labels]
    line_w = (total - sum(label_w)) / len(labels)
    row: list[Any] = []
    widths: list[float] = []
    lines: list[tuple] = []
    for i, lb in enumerate(labels):
        row += [para(lb + colon, st.body), ""]
        widths += [label_w[i], line_w]
        lines.append(("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.7, INK))
    tbl = Table([row], colWidths=widths, rowHeights=[11 * mm], hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *[("RIGHTPADDING", (2 * i + 1, 0), (2 * i + 1, 0), 10) for i in range(len(labels))],
                *lines,
            ]
        )
    )
    return KeepTogether([Spacer(1, 4 * mm), tbl])


# --- pages ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PageSetup:
    landscape: bool = False
    margin_x: float = 15 * mm
    margin_top: float = 27 * mm  # room for the header
    margin_bottom: float = 17 * mm  # room for the footer

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def width(self) -> float:
        return self.size[0] - 2 * self.margin_x


PORTRAIT = PageSetup()
LANDSCAPE = PageSetup(landscape=True)


def content_width(setup: PageSetup = PORTRAIT) -> float:
    return setup.width


@dataclass
class ReportInfo:
    """What the header and footer show."""

    title: str
    office: str
    printed_by: str
    lang: str = "zh_CN"
    printed_at: datetime = field(default_factory=datetime.now)
    notice: str = ""  # a footer line, e.g. "contains full ID numbers, keep safe"
    setup: PageSetup = PORTRAIT
    subject: str = ""  # the PDF's metadata subject


class HeaderNote(Flowable):
    """Sets the right-hand note of the page header (the customer's name on a card) from
    the page it is drawn on until the next note; takes no space."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._crm_header_note = self.text  # read by _draw_header at the page's end


def _fake_bold_text(canv, x: float, y: float, text: str, size: float, colour) -> None:
    obj = canv.beginText(x, y)
    obj.setFont(FONT, size)
    obj.setTextRenderMode(2)
    canv.saveState()
    canv.setFillColor(colour)
    canv.setStrokeColor(colour)
    canv.setLineWidth(size * 0.035)
    obj.textOut(text)
    canv.drawText(obj)
    canv.restoreState()


def _draw_header(canv, doc) -> None:
    info: ReportInfo = doc.crm_info
    t = texts({}, info.lang)
    width, height = info.setup.size
    left, right = info.setup.margin_x, width - info.setup.margin_x
    top = height - 11 * mm
    canv.saveState()
    canv.setFont(FONT, 8.5)
    canv.setFillColor(MUTED)
    canv.drawString(left, top, info.office)
    sep = "    "
    canv.drawRightString(
        right,
        top,
        t["printed"].format(when=info.printed_at.strftime("%Y-%m-%d %H:%M"))
        + sep
        + t["printed_by"].format(who=info.printed_by),
    )
    _fake_bold_text(canv, left, top - 8.5 * mm, info.title, 15, INK)
    note = getattr(canv, "_crm_header_note", "")
    if note:
        canv.setFont(FONT, 10.5)
        canv.setFillColor(INK)
        canv.drawRightString(right, top - 8.5 * mm, note)
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(1.2)
    canv.line(left, top - 11.5 * mm, right, top - 11.5 * mm)
    canv.restoreState()


def _canvas_class(info: ReportInfo, result: dict[str, int]) -> type:
    """A canvas that holds every page until the end, then writes "page X of Y" on each
    (the two-pass numbering of reportlab's documentation)."""
    t = texts({}, info.lang)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            result["pages"] = total
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width = info.setup.size[0]
            left, right = info.setup.margin_x, width - info.setup.margin_x
            y = 9 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, y + 4 * mm, right, y + 4 * mm)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            if info.notice:
                self.drawString(left, y, info.notice)
            self.drawRightString(right, y, t["page"].format(page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    path_or_file: str | os.PathLike | IO[bytes],
    story: list[Flowable],
    info: ReportInfo,
    *,
    on_page: Callable[[Any, Any], None] | None = None,
) -> int:
    """Lay out ``story`` on A4 pages with the header and footer; returns the page count.

    A path is written to a temporary file first and renamed at the end, so a failure
    never leaves half a PDF in place of a good one.
    """
    register_fonts()
    check_lang(info.lang)
    setup = info.setup
    result: dict[str, int] = {"pages": 0}

    def page_end(canv, doc) -> None:
        _draw_header(canv, doc)
        if on_page is not None:
            on_page(canv, doc)

    def make(target: Any) -> None:
        doc = BaseDocTemplate(
            target,
            pagesize=setup.size,
            leftMargin=setup.margin_x,
            rightMargin=setup.margin_x,
            topMargin=setup.margin_top,
            bottomMargin=setup.margin_bottom,
            title=info.title,
            author=info.office,
            subject=info.subject or info.title,
            creator="crm_desktop",
            invariant=False,
            initialFontName=FONT,  # else every page names a (not embedded) Helvetica
        )
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=page_end)])
        doc.crm_info = info
        doc.build(story, canvasmaker=_canvas_class(info, result))

    if isinstance(path_or_file, str | os.PathLike):
        target = Path(path_or_file)
        fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=target.parent or ".")
        os.close(fd)
        try:
            make(tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    else:
        make(path_or_file)
    return result["pages"]


def default_office(project_name: str | None, lang: str) -> str:
    """The header's office name when the caller gives none: "<project>物业服务中心" for a
    report about one project, else the generic "物业服务中心". (There is no company name
    in the database or the settings yet; a setting would be the place for it.)"""
    t = texts({}, lang)
    if project_name:
        return f"{project_name}{t['office_suffix']}"
    return t["default_office"]


# Exported for reports that align their own cells.
ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
