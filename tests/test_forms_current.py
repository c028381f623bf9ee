"""The generated form modules match the .ui files (run tools/build_forms.py after editing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_forms_are_current():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
