"""Grab a PNG of every section: python scripts/screenshots.py OUTDIR [--db PATH] [--at 2016-12-31T23:30] [--lang en]
(used for README and reviews; the README pictures: the demo data with a red warning from 12-16, --at 2016-12-31T23:30)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--size", default="1360x860")
    ap.add_argument("--lang", default="zh", choices=("zh", "en"))
    ap.add_argument("--at", help="show the console as at this local time, e.g. 2016-12-17T09:00 (inside the demo data)")
    ap.add_argument("--air-range", choices=("72h", "7d", "30d", "season", "all"),
                    help="time range of the air page (the demo data is years old: 'all' shows it)")
    args = ap.parse_args()
    from PySide6.QtCore import QSettings

    from console.plan import catalog as catalog_mod
    from console.common import paths
    from console.store.db import Store
    from widgets.app import make_app
    from widgets.main_window import SECTIONS, MainWindow

    app = make_app(sys.argv[:1], args.lang)
    store = Store(args.db or paths.default_db_path())
    if args.at:
        from datetime import datetime

        from console.common.clock import TZ, FixedClock

        store.clock = FixedClock(datetime.fromisoformat(args.at).replace(tzinfo=TZ))
    state = QSettings(str(args.outdir / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(store, catalog_mod.load(), state)
    width, height = (int(x) for x in args.size.split("x"))
    w.resize(width, height)
    w.show()
    if args.air_range:
        w.air.set_preset(args.air_range)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for key in SECTIONS:
        w.show_section(key)
        for _ in range(5):
            app.processEvents()
        w.grab().save(str(args.outdir / f"{key}.png"))
        print(args.outdir / f"{key}.png")
    w.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
