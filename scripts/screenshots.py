"""Grab a PNG of every section: python scripts/screenshots.py OUTDIR [--db PATH] (used for README and reviews)."""
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
    args = ap.parse_args()
    from PySide6.QtCore import QSettings

    from console.plan import catalog as catalog_mod
    from console.common import paths
    from console.store.db import Store
    from widgets.app import make_app
    from widgets.main_window import SECTIONS, MainWindow

    app = make_app(sys.argv[:1])
    store = Store(args.db or paths.default_db_path())
    state = QSettings(str(args.outdir / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(store, catalog_mod.load(), state)
    width, height = (int(x) for x in args.size.split("x"))
    w.resize(width, height)
    w.show()
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
