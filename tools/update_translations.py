"""Collect the interface strings into the .ts file and build the .qm.

    python tools/update_translations.py          # update .ts (keeps translations), build .qm
    python tools/update_translations.py --check  # exit 1 if a string is missing or untranslated,
                                                 # or the .qm is not built from the .ts

Sources: every Python file of crm_desktop (the lower layers mark strings with
QT_TRANSLATE_NOOP) and the Designer forms; the generated form modules are skipped,
their .ui files carry the same strings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ["zh_CN"]


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    files = [
        p
        for p in sorted((ROOT / "crm_desktop").rglob("*.py"))
        if "ui/forms" not in p.relative_to(ROOT).as_posix()
    ]
    files += sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def ts_path(lang: str) -> Path:
    return TS_DIR / f"crm_desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"crm_desktop_{lang}.qm"


def lupdate(target: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when unfinished or empty."""
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            text = (tr.text or "") if tr is not None else ""
            out[(name, msg.findtext("source"))] = text if done and text.strip() else None
    return out


def check(lang: str) -> list[str]:
    """Problems with a language's translation, empty when complete and built."""
    problems = []
    ts = ts_path(lang)
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} does not exist: run tools/update_translations.py"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh)
        current = messages(fresh)
        committed = messages(ts)
        for key in sorted(set(current) - set(committed)):
            problems.append(f"not in {ts.name} yet: [{key[0]}] {key[1]!r}")
        for key in sorted(set(committed) - set(current)):
            problems.append(f"no longer in the code: [{key[0]}] {key[1]!r}")
        for key, text in sorted(current.items()):
            if text is None:
                problems.append(f"untranslated: [{key[0]}] {key[1]!r}")
        qm = qm_path(lang)
        built = Path(tmp) / qm.name
        lrelease(ts, built)
        if not qm.exists() or qm.read_bytes() != built.read_bytes():
            problems.append(
                f"{qm.name} is not built from {ts.name}: run tools/update_translations.py"
            )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = [p for lang in LANGUAGES for p in check(lang)]
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}"></TS>\n',
                encoding="utf-8",
            )
        lupdate(ts)
        lrelease(ts, qm_path(lang))
        missing = sum(1 for v in messages(ts).values() if v is None)
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} strings, {missing} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
