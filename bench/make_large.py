"""Create (or reuse) the large demo database used by the benchmarks.

    python bench/make_large.py [PATH]      # default bench/.data/large.sqlite

50 projects, 2,000 buildings, 300,000 rooms, 100,000 parking spaces, 500,000
customers (about 320,000 identities on the rooms). An existing file is reused as it
is (delete it to regenerate; a file made before the customer demo has no customers).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from crm_desktop.db.engine import sqlite_url
from crm_desktop.services.database import Database
from crm_desktop.services.demo import create_demo

DEFAULT_PATH = Path(__file__).resolve().parent / ".data" / "large.sqlite"


def ensure_large(path: Path, seed: int = 7) -> Path:
    if path.exists():
        print(f"reusing {path} ({path.stat().st_size / 1e6:.0f} MB); delete it to regenerate")
        return path
    print(f"creating {path} (a few minutes: 500,000 customers and their search indexes) ...")
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = Database.open(sqlite_url(path))
    try:
        summary = create_demo(db, db.ensure_admin(), "large", seed)
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()
    total = time.perf_counter() - started
    print(f"created {path}: {summary.describe()}")
    print(f"total time including schema creation: {total:.1f} s")
    print(f"size: {path.stat().st_size / 1e6:.0f} MB")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    ensure_large(args.path, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
