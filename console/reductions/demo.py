"""Demo meter data for the reduction checks, from real metered load: nine clients of the UCI
"ElectricityLoadDiagrams20112014" data set (CC BY 4.0), 1,000 hours, in data/demo/ (origin in its README).

Six fictional demo firms (data/demo/reduction_firms.csv, codes DEMO-00x) take one client's load as their
production meter; three take another client's load, scaled to 15 % of their production, as their pollution-
control meter. The source's hours are moved 19 weeks later (weekdays kept) so that they run 2016-11-11 ..
2016-12-22, around the demo's red warning of 2016-12-16 20:00 .. 12-22 00:00. During that span the demo applies
curtailments and violations to the real load — and only there:
DEMO-001 cuts 55 % (committed 50 %), DEMO-002 cuts 10 % (committed 40 %), DEMO-003 cuts 35 % but its control
meter is off 12-18 08:00-20:00, DEMO-004 cuts its day load to 30 % and runs 1.6× at night, DEMO-005 cuts 32 %
(committed 30 %), DEMO-006 does not cut (committed 20 %).
"""
from __future__ import annotations

import csv
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from console.common import paths
from console.common.clock import TZ
from console.measures import ledger
from console.reductions import checks, meters
from console.reductions.meter_io import parse_time

LOAD_FILE = "uci_electricity_9_clients_1000h.csv"
FIRMS_FILE = "reduction_firms.csv"
SHEETS_FILE = "reduction_sheets.csv"
CONTACTS_FILE = "reduction_contacts.csv"  # fictional names and numbers
SHIFT = timedelta(weeks=19)
SPAN = (datetime(2016, 12, 16, 20, tzinfo=TZ), datetime(2016, 12, 22, 0, tzinfo=TZ), "red")
CONTROL_SHARE = 0.15
#: code -> (production client, control client or None, how the span is altered)
FIRMS = {
    "DEMO-001": ("ecl_116", "ecl_1", {"cut": 0.55}),
    "DEMO-002": ("ecl_82", "ecl_13", {"cut": 0.10}),
    # control off 12-18 08:00-20:00: 36 to 48 hours after the span starts
    "DEMO-003": ("ecl_98", "ecl_10", {"cut": 0.35, "control_off": (timedelta(hours=36), timedelta(hours=48))}),
    "DEMO-004": ("ecl_26", None, {"day": 0.30, "night": 1.6}),
    "DEMO-005": ("ecl_65", None, {"cut": 0.32}),
    "DEMO-006": ("ecl_28", None, {"cut": 0.0}),
}


def load_path() -> Path:
    return paths.plan_data_dir() / "demo" / LOAD_FILE


def firms_path() -> Path:
    return paths.plan_data_dir() / "demo" / FIRMS_FILE


def read_load(path: Path | None = None) -> tuple[list[datetime], dict[str, list[float]]]:
    """The excerpt as (hours moved by SHIFT, {client: values})."""
    with open(path or load_path(), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    clients = rows[0][1:]
    hours = [parse_time(r[0]) + SHIFT for r in rows[1:]]
    return hours, {c: [float(r[i + 1]) for r in rows[1:]] for i, c in enumerate(clients)}


def _altered(at: datetime, v: float, how: dict, span=SPAN) -> float:
    if not span[0] <= at < span[1]:
        return v
    if "cut" in how:
        return v * (1 - how["cut"])
    if 8 <= at.hour < 20:
        return v * how["day"]
    if at.hour >= 22 or at.hour < 6:
        return v * how["night"]
    return v


def weeks_to(start: datetime) -> timedelta:
    """The whole weeks that move the demo's span start to `start` or just after it (weekdays kept)."""
    weeks = -((SPAN[0] - start) // timedelta(weeks=1))  # ceil
    return timedelta(weeks=weeks)


def meter_rows(path: Path | None = None, span: tuple[datetime, datetime] | None = None) -> list[list[str]]:
    """The demo meter file's rows (企业编号, 电表编号, 电表类型, 时间, 电量(kWh)), one per meter and hour.
    `span`: another warning span (a drill's): the load is moved by whole weeks so that the demo's span starts at or
    up to a week after span[0] (about 29-36 days of history before it), and the curtailments and violations are
    applied from span[0] to span[1] instead."""
    hours, load = read_load(path)
    if span is not None:
        move = weeks_to(span[0])
        hours = [h + move for h in hours]
    span = span or SPAN[:2]
    out = []
    for code, (prod, ctrl, how) in FIRMS.items():
        for at, v in zip(hours, load[prod]):
            out.append([code, f"{code}-P1", "生产", f"{at:%Y-%m-%d %H:%M}", f"{_altered(at, v, how, span):.2f}"])
        if ctrl:
            scale = CONTROL_SHARE * sum(load[prod]) / max(sum(load[ctrl]), 1e-9)
            off = how.get("control_off")
            off = (span[0] + off[0], span[0] + off[1]) if off else None
            for at, v in zip(hours, load[ctrl]):
                kw = 0.0 if off and off[0] <= at < off[1] else v * scale
                out.append([code, f"{code}-C1", "治污", f"{at:%Y-%m-%d %H:%M}", f"{kw:.2f}"])
    return out


def load_demo(store, actor) -> checks.CheckRun | None:
    """Demo firms on the reduction list with their 一厂一策 sheets and (fictional) contacts, their meter readings and one check run over the demo span. Loading it
    again changes nothing (the same list, the same readings, the run already there)."""
    load_firms(store, actor)
    import_rows(store, actor, meter_rows())
    for run in checks.runs(store):
        if (run.start, run.end, run.level) == SPAN:
            return run
    return checks.run_check(store, actor, *SPAN)


def load_firms(store, actor) -> None:
    """The demo firms on the reduction list, their 一厂一策 sheets and contacts (nothing written when present)."""
    known = {e.code for e in ledger.entries(store)}
    if not set(FIRMS) <= known:
        listed = ledger.entries(store)
        if listed and not known & set(FIRMS):
            # a real list is in force: never replace it with the demo firms
            from console.common.errors import UserError

            raise UserError("已有应急减排清单，演示企业不会覆盖它；请在新的数据库中加载演示数据 "
                            "a real reduction list exists; load the demo into a new database")
        ledger.import_file(store, firms_path(), actor)
    from console.reductions import sheets

    if not set(FIRMS) <= set(sheets.current(store)):
        sheets.import_file(store, actor, paths.plan_data_dir() / "demo" / SHEETS_FILE)
    from console.reductions import notices

    notices.import_contacts(store, actor, paths.plan_data_dir() / "demo" / CONTACTS_FILE)  # no change: no write


def import_rows(store, actor, rows: list[list[str]]):
    """Meter rows (as meter_rows gives them) imported as one file, the way a person imports one."""
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "演示电表数据.csv"
        with open(f, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["企业编号", "电表编号", "电表类型", "时间", "电量(kWh)", "间隔(分钟)"])
            w.writerows(r + ["60"] for r in rows)
        return meters.import_file(store, actor, f)
