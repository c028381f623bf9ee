"""Every dialog's Alt+letter shortcuts are unique, in English and in Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from crm_desktop.domain.enums import NodeKind
from crm_desktop.services import queries
from crm_desktop.ui import dialogs
from crm_desktop.ui.dialogs.customer_dialog import CustomerDialog
from crm_desktop.ui.dialogs.sale_dialog import SaleDialog
from crm_desktop.ui.i18n import install_translations
from tests.factories import portfolio

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    letters = []
    for text in texts:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            letters.append(match.group(1).upper())
    return letters


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_dialog_repeats_a_shortcut_letter(qapp, ctx, db, actor, language):
    data = portfolio(db, actor)
    _, rooms = queries.table_ids(db, NodeKind.BUILDING, data["building"])
    install_translations(qapp, language)
    try:
        made = [
            dialogs.record_dialog(None, ctx, NodeKind.REGION),
            dialogs.record_dialog(None, ctx, NodeKind.PROJECT, parent_id=data["region"]),
            dialogs.record_dialog(None, ctx, NodeKind.BUILDING, parent_id=data["project"]),
            dialogs.record_dialog(None, ctx, NodeKind.ROOM, parent_id=data["building"]),
            dialogs.record_dialog(None, ctx, NodeKind.CAR_PARK, parent_id=data["project"]),
            dialogs.record_dialog(None, ctx, NodeKind.PARKING_SPACE, parent_id=data["car_park"]),
            dialogs.generate_rooms_dialog(None, ctx, data["building"]),
            dialogs.generate_spaces_dialog(None, ctx, data["car_park"]),
            dialogs.split_room_dialog(None, ctx, rooms[0]),
            dialogs.merge_rooms_dialog(None, ctx, rooms[:2]),
            CustomerDialog(ctx),
            CustomerDialog(ctx, room=(rooms[0], None, "3-1-101")),
            SaleDialog(ctx, (rooms[0], None, "3-1-101")),
        ]
        for dialog in made:
            letters = mnemonics(dialog)
            assert letters, type(dialog).__name__
            repeated = sorted({x for x in letters if letters.count(x) > 1})
            assert repeated == [], f"{type(dialog).__name__} ({language}) repeats {repeated}"
            dialog.deleteLater()
    finally:
        install_translations(qapp, "en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_menus_do_not_repeat_a_shortcut_letter(qapp, ctx, language):
    from crm_desktop.ui.main_window import MainWindow

    install_translations(qapp, language)
    try:
        window = MainWindow(ctx)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
        titles = [MNEMONIC.search(a.text()).group(1).upper() for a in window.menuBar().actions()]
        assert len(set(titles)) == len(titles) == 6  # File, Data, Customers, Reports, View, Help
        for menu in menus:
            letters = [
                m.group(1).upper()
                for a in menu.actions()
                if (m := MNEMONIC.search(a.text().replace("&&", "")))
            ]
            assert len(letters) == len(set(letters)), f"{menu.title()}: {letters}"
        window.close()
        window.deleteLater()
    finally:
        install_translations(qapp, "en")
