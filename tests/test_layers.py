"""The lower floors stay free of Qt, so they can be scripted and tested without a screen."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "crm_desktop"
NON_UI = ["domain", "db", "services", "reports", "excel"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_below_the_ui():
    offenders = []
    for layer in NON_UI + ["config.py", "cli.py", "paths.py"]:
        target = PACKAGE / layer
        files = [target] if target.is_file() else sorted(target.rglob("*.py"))
        for file in files:
            bad = {m for m in imported_modules(file) if m.split(".")[0] in {"PySide6", "shiboken6"}}
            bad |= {m for m in imported_modules(file) if m.startswith("crm_desktop.ui")}
            if bad:
                offenders.append(f"{file.relative_to(PACKAGE)}: {sorted(bad)}")
    assert offenders == []


def test_importing_services_loads_no_qt():
    code = (
        "import sys, crm_desktop.services.resources, crm_desktop.services.queries, "
        "crm_desktop.db.migrate, crm_desktop.config\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
