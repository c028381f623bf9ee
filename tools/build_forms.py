"""Compile the Qt Designer forms in ``forms/`` into ``crm_desktop/ui/forms/``.

Usage::

    python tools/build_forms.py          # (re)generate every ui_<name>.py
    python tools/build_forms.py --check  # exit 1 if a generated file is missing or stale

Each ``forms/<name>.ui`` becomes ``crm_desktop/ui/forms/ui_<name>.py`` with a
"do not edit" header. ``--check`` compiles into a temporary folder and compares
(all but the line naming the uic version), so CI notices a form edited without
rebuilding (as Picard and calibre do).

The compiler is ``pyside6-uic``. The form is compiled from inside ``forms/`` so
the output names the file, not the machine's path.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "crm_desktop" / "ui" / "forms"
HEADER = "# Generated from forms/{name}.ui by tools/build_forms.py - do not edit.\n"


def uic_command() -> list[str]:
    """The pyside6-uic of the running Python's environment (or the one on PATH)."""
    for folder in (Path(sys.executable).parent, None):
        found = shutil.which("pyside6-uic", path=str(folder) if folder else None)
        if found:
            return [found]
    raise SystemExit("pyside6-uic was not found: install PySide6 (pip install -e .[test]).")


def _comparable(path: Path) -> list[str]:
    """A generated file's lines, less the line naming the uic version that wrote it
    (CI compiles with Qt 6.11 on Python 3.11 and Qt 6.12 on 3.12; the code is the same)."""
    return [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if "User Interface Compiler version" not in line
    ]


def compile_form(ui_file: Path, target: Path, uic: list[str]) -> None:
    """Compile one .ui file into ``target`` (with the header)."""
    result = subprocess.run(
        [*uic, ui_file.name],
        cwd=ui_file.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if result.returncode != 0:
        raise SystemExit(f"uic failed on {ui_file.name}:\n{result.stderr}")
    code = result.stdout.replace("\r\n", "\n")
    target.write_text(HEADER.format(name=ui_file.stem) + code, encoding="utf-8", newline="\n")


def target_for(ui_file: Path, folder: Path) -> Path:
    return folder / f"ui_{ui_file.stem}.py"


def build() -> int:
    uic = uic_command()
    OUT.mkdir(parents=True, exist_ok=True)
    init = OUT / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated form classes (see tools/build_forms.py)."""\n')
    for ui_file in sorted(FORMS.glob("*.ui")):
        compile_form(ui_file, target_for(ui_file, OUT), uic)
        print(f"compiled {ui_file.relative_to(ROOT)}")
    return 0


def check() -> int:
    uic = uic_command()
    problems = []
    forms = sorted(FORMS.glob("*.ui"))
    with tempfile.TemporaryDirectory() as tmp:
        for ui_file in forms:
            fresh = target_for(ui_file, Path(tmp))
            compile_form(ui_file, fresh, uic)
            current = target_for(ui_file, OUT)
            if not current.exists():
                problems.append(f"missing: {current.relative_to(ROOT)}")
            elif _comparable(current) != _comparable(fresh):
                problems.append(f"out of date: {current.relative_to(ROOT)}")
    expected = {target_for(f, OUT).name for f in forms}
    for orphan in sorted(OUT.glob("ui_*.py")):
        if orphan.name not in expected:
            problems.append(f"no form for: {orphan.relative_to(ROOT)}")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print("Run: python tools/build_forms.py", file=sys.stderr)
        return 1
    print(f"{len(forms)} generated forms are current.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that the generated files are current"
    )
    args = parser.parse_args(argv)
    return check() if args.check else build()


if __name__ == "__main__":
    sys.exit(main())
