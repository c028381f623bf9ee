"""The global search box, driven from the keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from crm_desktop.domain.enums import Role
from crm_desktop.services import customers as c
from crm_desktop.services import identities as idn
from crm_desktop.ui.search_box import HIT_ROLE, GlobalSearch
from tests.factories import person, portfolio, room_ids
from tests.ui.typing import type_text


@pytest.fixture
def people(db, actor):
    p = portfolio(db, actor)
    rooms = room_ids(db, p["building"])
    made = {
        name: c.create_customer(db, actor, person(name, phone))
        for name, phone in [
            ("张三", "13800138000"),
            ("张三丰", "13912345678"),
            ("李四", "13700001234"),
            ("单田芳", "13600136000"),
        ]
    }
    idn.add_identity(
        db, actor, made["李四"], idn.IdentityFields(Role.TENANT, room_id=rooms["3-2-501"])
    )
    return made


@pytest.fixture
def box(qtbot, ctx, people):
    window = QWidget()
    layout = QVBoxLayout(window)
    search = GlobalSearch(window)
    search.set_context(ctx)
    layout.addWidget(search)
    layout.addStretch()
    qtbot.addWidget(window)
    window.resize(600, 300)
    window.show()
    qtbot.waitExposed(window)
    search.setFocus()
    search.holder = window  # keep the window alive as long as the box is used
    return search


def names(box):
    return [h.name for h in box.model.hits]


def type_and_wait(qtbot, box, text):
    box.clear()
    type_text(qtbot, box, text)
    qtbot.waitUntil(lambda: not box.pending, timeout=5000)


def test_typing_two_pinyin_initials_lists_customers(qtbot, box):
    type_and_wait(qtbot, box, "zs")
    assert names(box) == ["张三", "张三丰"]
    assert box.popup.isVisible()
    assert box.objectName() == "globalSearch"


def test_arrows_move_and_enter_opens_the_highlighted(qtbot, box, people):
    type_and_wait(qtbot, box, "张")
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.currentIndex().row() == 1
    with qtbot.waitSignal(box.customerActivated) as sig:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert sig.args == [people["张三丰"]]
    assert not box.popup.isVisible()


def test_enter_opens_the_first_even_before_results_arrive(qtbot, box, people):
    with qtbot.waitSignal(box.customerActivated, timeout=5000) as sig:
        type_text(qtbot, box, "单")
        qtbot.keyClick(box, Qt.Key.Key_Return)  # faster than the pause before searching
    assert sig.args == [people["单田芳"]]


def test_result_says_what_matched_and_where_they_live(qtbot, box):
    type_and_wait(qtbot, box, "1234")
    hits = {h.name: h for h in box.model.hits}
    assert set(hits) == {"张三丰", "李四"}
    row = [i for i in range(box.model.rowCount()) if box.model.hits[i].name == "李四"][0]
    text = box.model.index(row).data()
    assert "137****1234" in text and "翠湖花园 3-2-501" in text
    assert "13700001234" not in text  # masked in the list
    assert box.model.index(row).data(HIT_ROLE).places[0][1] == Role.TENANT


def test_escape_closes_then_clears(qtbot, box):
    type_and_wait(qtbot, box, "李")
    assert box.popup.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible() and box.text() == "李"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""


def test_nothing_found_says_so(qtbot, box):
    type_and_wait(qtbot, box, "龙")
    assert box.model.hits == []
    assert "龙" in box.model.index(0).data()
    type_and_wait(qtbot, box, "12")
    assert "3" in box.model.index(0).data()  # asks for at least 3 digits


def test_only_the_latest_query_is_shown(qtbot, box):
    box.setText("张")
    box.search_now()
    box.setText("李")
    box.search_now()
    qtbot.waitUntil(lambda: not box.pending, timeout=5000)
    assert names(box) == ["李四"]
