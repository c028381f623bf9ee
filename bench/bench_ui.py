"""UI benchmarks on the large demo database (prints figures and ratios, never asserts).

    QT_QPA_PLATFORM=offscreen python bench/bench_ui.py [PATH] [--repeat N]

1. start-up to a painted main window, in a subprocess, vs a bare PySide6
   QMainWindow start-up in a subprocess (target ratio <= 1.5x);
2. expanding a building of ~240 rooms in the NavigationModel (fetchMore), pointing
   the ItemTableModel at it and forcing data() for the visible rows, vs the bare
   SQL of the same rows (target ratio <= 3x);
3. scrolling a table end to end (DisplayRole of every cell, page by page) vs the
   bare SQL of the same rows.
Figures are the best of N repeats.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_PATH = Path(__file__).resolve().parent / ".data" / "large.sqlite"
VISIBLE_ROWS = 35  # rows a table shows at once in a 1280x800 window
ROOM_COLS = "id, code, unit, floor, number, use, gross_area, inner_area, status"
ROOM_ORDER = "sort_key, id"
SPACE_COLS = "id, number, kind, status, area"
SPACE_ORDER = "length(number), number"

# The child process: build the window, report when its first paint event arrives.
STARTUP_CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
mode, path = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
seen = set()

class PaintWatch(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and "painted" not in seen
                and obj.isWidgetType() and obj.objectName() in ("mainWindow", "bare")):
            seen.add("painted")
            print("painted", flush=True)
            if mode == "bare":
                QTimer.singleShot(0, app.quit)
        return False

watch = PaintWatch()
app.installEventFilter(watch)
QTimer.singleShot(30000, lambda: (print("timeout", flush=True), app.quit()))
if mode == "app":
    # The real entry point, as a clerk starts it.
    def poll():
        for w in app.topLevelWidgets():
            if w.objectName() == "mainWindow" and w.ctx is not None and w.tree_model.rowCount():
                print("ready", flush=True)
                app.quit()
                return
        QTimer.singleShot(2, poll)
    QTimer.singleShot(0, poll)
    from crm_desktop.app import main
    main(["--db", path, "--lang", "zh_CN"])
else:
    window = QMainWindow()
    window.setObjectName("bare")
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    app.exec()
"""


def startup_once(mode: str, path: Path) -> tuple[float, float | None]:
    """Seconds from spawning the interpreter to the window's first paint, and (for the
    program) to the tree showing the database's regions."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", STARTUP_CHILD, mode, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    painted = time.perf_counter() - started
    ready = None
    if mode == "app" and line == "painted":
        if proc.stdout.readline().strip() == "ready":
            ready = time.perf_counter() - started
    _, err = proc.communicate(timeout=60)
    if line != "painted":
        raise RuntimeError(f"{mode} start-up did not paint ({line!r}): {err.strip()[-2000:]}")
    return painted, ready


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def row(name: str, rows: int | str, ui: float, bare: float, target: str = "") -> None:
    ratio = ui / bare if bare else float("inf")
    print(f"{name:<46} {rows:>6} {ui * 1000:>9.1f} {bare * 1000:>9.1f} {ratio:>6.1f}x  {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--startup-repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"{args.path} does not exist; run bench/make_large.py first", file=sys.stderr)
        return 2

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from crm_desktop.db.engine import sqlite_url
    from crm_desktop.domain.enums import NodeKind
    from crm_desktop.services.database import Database
    from crm_desktop.ui import table_model as tm
    from crm_desktop.ui.app_context import AppContext
    from crm_desktop.ui.tree_model import NavigationModel

    page = getattr(tm, "PAGE", 200)
    bare = sqlite3.connect(args.path)
    sizes = bare.execute(
        "SELECT building_id, count(*) FROM room WHERE retired_at IS NULL "
        "GROUP BY building_id ORDER BY count(*) DESC"
    ).fetchall()
    near = [b for b, n in sizes if n == 240]
    building = near[0] if near else sizes[0][0]
    project, region = bare.execute(
        "SELECT p.id, p.region_id FROM building b JOIN project p ON p.id = b.project_id "
        "WHERE b.id = ?",
        (building,),
    ).fetchone()
    park = bare.execute(
        "SELECT car_park_id FROM parking_space GROUP BY car_park_id ORDER BY count(*) DESC"
    ).fetchone()[0]
    print(f"database: {args.path}; building {building} (project {project}), car park {park}")
    print(f"best of {args.repeat}; visible rows {VISIBLE_ROWS}; model page {page}")
    print()
    print(f"{'case':<46} {'rows':>6} {'ui ms':>9} {'bare ms':>9} {'ratio':>7}  target")
    print("-" * 92)

    # 1. start-up, each in a fresh interpreter
    try:
        startup_once("bare", args.path)  # warm the OS file cache
        startup_once("app", args.path)
        t_bare = min(startup_once("bare", args.path)[0] for _ in range(args.startup_repeat))
        runs = [startup_once("app", args.path) for _ in range(args.startup_repeat)]
        t_app = min(r[0] for r in runs)
        row("1a start-up to painted main window", "-", t_app, t_bare, "<= 1.5x")
        ready = [r[1] for r in runs if r[1] is not None]
        if ready:
            row("1b start-up to tree showing the data", "-", min(ready), t_bare)
    except Exception as exc:  # noqa: BLE001 - report and go on with the other cases
        print(f"1  start-up: FAILED: {exc}")

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = Database.open(sqlite_url(args.path), migrate_schema=False)
    ctx = AppContext(db, db.ensure_admin())
    display = Qt.ItemDataRole.DisplayRole

    # 2. expand a building, show its rooms, paint the visible rows
    def prepared_tree() -> NavigationModel:
        model = NavigationModel(ctx)
        model.fetchMore(model.node_index(NodeKind.REGION, region))
        model.fetchMore(model.node_index(NodeKind.PROJECT, project))
        return model

    table = tm.ItemTableModel(ctx)

    def ui_expand(model: NavigationModel) -> int:
        idx = model.node_index(NodeKind.BUILDING, building)
        model.fetchMore(idx)
        n = model.rowCount(idx)
        for r in range(n):  # what a tree view asks of each child it may show
            model.data(model.index(r, 0, idx), display)
        table.set_parent(NodeKind.BUILDING, building)
        for r in range(min(VISIBLE_ROWS, table.rowCount())):
            for c in range(table.columnCount()):
                table.data(table.index(r, c), display)
        return n

    def bare_expand() -> int:
        n = len(
            bare.execute(
                f"SELECT id, code FROM room WHERE building_id = ? AND retired_at IS NULL "
                f"ORDER BY {ROOM_ORDER}",
                (building,),
            ).fetchall()
        )
        ids = [
            r[0]
            for r in bare.execute(
                f"SELECT id FROM room WHERE building_id = ? AND retired_at IS NULL "
                f"ORDER BY {ROOM_ORDER}",
                (building,),
            )
        ]
        chunk = ids[:page]
        marks = ",".join("?" * len(chunk))
        bare.execute(f"SELECT {ROOM_COLS} FROM room WHERE id IN ({marks})", chunk).fetchall()
        return n

    times = []
    rows_seen = 0
    for _ in range(args.repeat + 1):  # the first run warms up
        model = prepared_tree()
        t = time.perf_counter()
        rows_seen = ui_expand(model)
        times.append(time.perf_counter() - t)
    t_ui = min(times[1:])
    bare_expand()
    t_raw = best_of(bare_expand, args.repeat)
    row("2  expand building, table, visible rows", rows_seen, t_ui, t_raw, "<= 3x")

    # 3. scroll a table end to end
    def ui_scroll(kind: NodeKind, parent: int) -> int:
        table.set_parent(kind, parent)
        rows, cols = table.rowCount(), table.columnCount()
        for start in range(0, rows, VISIBLE_ROWS):
            for r in range(start, min(start + VISIBLE_ROWS, rows)):
                for c in range(cols):
                    table.data(table.index(r, c), display)
        return rows

    def bare_scroll(id_sql: str, row_sql: str, parent: int) -> int:
        ids = [r[0] for r in bare.execute(id_sql, (parent,))]
        for i in range(0, len(ids), page):
            chunk = ids[i : i + page]
            marks = ",".join("?" * len(chunk))
            bare.execute(row_sql.format(marks=marks), chunk).fetchall()
        return len(ids)

    for name, kind, parent, id_sql, row_sql in (
        (
            "3a scroll the building's rooms end to end",
            NodeKind.BUILDING,
            building,
            f"SELECT id FROM room WHERE building_id = ? AND retired_at IS NULL "
            f"ORDER BY {ROOM_ORDER}",
            f"SELECT {ROOM_COLS} FROM room WHERE id IN ({{marks}})",
        ),
        (
            "3b scroll the largest car park end to end",
            NodeKind.CAR_PARK,
            park,
            f"SELECT id FROM parking_space WHERE car_park_id = ? ORDER BY {SPACE_ORDER}",
            f"SELECT {SPACE_COLS} FROM parking_space WHERE id IN ({{marks}})",
        ),
    ):
        ui_scroll(kind, parent)
        t_ui = best_of(lambda k=kind, p=parent: ui_scroll(k, p), args.repeat)
        bare_scroll(id_sql, row_sql, parent)
        t_raw = best_of(lambda a=id_sql, b=row_sql, p=parent: bare_scroll(a, b, p), args.repeat)
        row(name, table.rowCount(), t_ui, t_raw)

    table.set_parent(None, None)
    ctx.shutdown()
    bare.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
