"""The Simplified Chinese translation covers every interface string, and its .qm is current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parent.parent / "tools" / "update_translations.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_chinese_translation_is_complete_and_built():
    problems = load_tool().check("zh_CN")
    assert problems == [], "\n".join(problems[:40])


def test_check_detects_an_untranslated_string(tmp_path, monkeypatch):
    tool = load_tool()
    ts = tool.ts_path("zh_CN")
    text = ts.read_text(encoding="utf-8")
    marker = "<translation>"
    assert marker in text
    broken = text.replace(marker, '<translation type="unfinished">', 1)
    monkeypatch.setattr(tool, "TS_DIR", tmp_path)
    (tmp_path / ts.name).write_text(broken, encoding="utf-8")
    assert any(p.startswith("untranslated") for p in tool.check("zh_CN"))
