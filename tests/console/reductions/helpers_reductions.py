"""Shared builders for the reduction-check tests: a two-firm reduction list and meter files."""
from __future__ import annotations

import csv

from console.measures import ledger
from console.measures.ledger_io import COLUMNS

HEADER = [label for _, label in COLUMNS]


def ledger_row(code, town="三星镇", red_share=0.5, orange_share=0.3, yellow_share=0.2):
    base = {"so2": 10.0, "nox": 20.0, "pm": 4.0, "vocs": 8.0}
    vals = [code, f"演示企业{code}", "企业", town, "化工", "B", "否", *base.values()]
    for share in (yellow_share, orange_share, red_share):
        vals += [round(v * share, 4) for v in base.values()]
    return vals


def load_ledger(store, tmp_path, rows):
    path = tmp_path / "list.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    from helpers import admin_of

    ledger.import_file(store, path, admin_of(store))
    return path


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path
