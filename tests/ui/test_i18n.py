"""Chinese is readable everywhere: the bundled font steps in where the PC has none."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from crm_desktop.ui import i18n


def test_bundled_font_is_used_when_the_system_has_no_chinese_font(qapp, monkeypatch):
    original = qapp.font()
    real_families = QFontDatabase.families

    def no_chinese(system=QFontDatabase.WritingSystem.Any):
        if system == QFontDatabase.WritingSystem.SimplifiedChinese:
            return []
        return real_families(system)

    monkeypatch.setattr(i18n.QFontDatabase, "families", staticmethod(no_chinese))
    try:
        family = i18n.ensure_cjk_font(qapp)
        assert family is not None
        assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
        assert qapp.font().families()[0] == family
    finally:
        qapp.setFont(original)


def test_no_font_is_added_when_the_system_has_one(qapp, monkeypatch):
    monkeypatch.setattr(
        i18n.QFontDatabase, "families", staticmethod(lambda system=None: ["Some CJK Font"])
    )
    assert i18n.ensure_cjk_font(qapp) is None
