"""Import speed: 4 stations × 4 years of UCI Beijing data (≈140k rows) through console.importers vs a bare
sqlite3.executemany of the same rows into the same table, in the same run; plus the trend view's queries
(district hourly() + rolling_24h_aqi() over 4 years). Prints figures (import: best of REPEAT runs), asserts
nothing.

    python bench/bench_import.py
    python bench/bench_import.py --files [--repeat 5] [--copies 4]

--files: the issue's figure — 8 files × 35k rows (the 4 stations × 4 years, each also under a second name;
--copies N: under N names, 4·N files — how the import grows with the number of stations stored),
imported one after the other through the CLI's path (`console.commands.import_`: import_file, then the
forecast trigger check; the person is authenticated before the clock starts) vs a bare executemany of the same
rows, one transaction per file, into the same table; alternating, each into a fresh database; medians. Also
timed in the same runs: reading + checking alone, and the import's write alone (the floor of the ratio).
"""
from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from console.air import airdata  # noqa: E402
from console.common.clock import TZ  # noqa: E402
from console.importers.files import import_file  # noqa: E402
from console.importers.observations import parse_observations  # noqa: E402
from console.importers.read import read_table  # noqa: E402
from console.store.db import Store  # noqa: E402

UCI = ROOT.parent / "shared" / "data" / "beijing-uci"
STATIONS = ("Dongsi", "Tiantan", "Guanyuan", "Wanshouxigong")
REPEAT = 3  # import figures: the best of this many runs


def bench_actor(store):
    """The bench database's administrator (created on first use): imports need an authenticated actor."""
    from console.admin import accounts

    if accounts.get_user(store, "bench") is None:
        return accounts.create_first_admin(store, "bench", "基准测试", "bench-pw-1")
    return accounts.authenticate(store, "bench", "bench-pw-1")


def combined_csv(tmp: Path) -> Path:
    out = tmp / "beijing_4x4.csv"
    parts = []
    for i, st in enumerate(STATIONS):
        (src,) = UCI.glob(f"PRSA_Data_{st}_*.csv.gz")
        text = gzip.decompress(src.read_bytes()).decode("utf-8")
        parts.append(text if i == 0 else text.split("\n", 1)[1])
    out.write_text("".join(parts), encoding="utf-8")
    return out


def bare_insert(path: Path, rows: list) -> float:
    with Store(path) as bare_store:  # same schema, same pragmas (WAL)
        conn = bare_store.conn
        t = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO observations (station, ts, pm25, pm10, so2, no2, co, o3, aqi, "
                         "primary_pollutant, source_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        return time.perf_counter() - t


def station_files(tmp: Path, copies: int = 2) -> list[Path]:
    """4·copies UCI-layout files of ≈35k rows: each real station, and copies under other station names."""
    out = []
    for st in STATIONS:
        (src,) = UCI.glob(f"PRSA_Data_{st}_*.csv.gz")
        text = gzip.decompress(src.read_bytes()).decode("utf-8")
        for name in [st] + [st + "BCDEFGHIJ"[k] for k in range(copies - 1)]:
            body = text if name == st else text.replace(f',"{st}"\r\n', f',"{name}"\r\n')
            path = tmp / f"PRSA_Data_{name}_20130301-20170228.csv"
            path.write_text(body, encoding="utf-8")
            out.append(path)
    return out


def bare_files(path: Path, per_file: list[list]) -> tuple[float, float]:
    with Store(path) as bare_store:
        conn = bare_store.conn
        t, cpu = time.perf_counter(), time.process_time()
        for rows in per_file:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO observations (station, ts, pm25, pm10, so2, no2, co, o3, aqi, "
                             "primary_pollutant, source_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
        return time.perf_counter() - t, time.process_time() - cpu


def cli_files(path: Path, files: list[Path]) -> tuple[float, float]:
    from console.episodes.workflow import sync_forecast_trigger

    with Store(path) as store:
        actor = bench_actor(store)
        t, cpu = time.perf_counter(), time.process_time()
        for f in files:  # what console.commands.import_.run does per file, after authenticating
            import_file(store, f, actor)
            sync_forecast_trigger(store, actor)
        return time.perf_counter() - t, time.process_time() - cpu


def parse_files(files: list[Path]) -> float:
    """Reading and checking alone (read_table + parse_observations): the import's floor before any write."""
    t = time.perf_counter()
    for f in files:
        parse_observations(read_table(f), now=datetime.now(TZ))
    return time.perf_counter() - t


def write_files(path: Path, per_file: list[list]) -> float:
    """The import's own write of the parsed rows alone (console.store.air.upsert_observations: multi-row
    VALUES), one transaction per file."""
    from console.store import air as repo

    per_file = [([r[:-1] for r in rows], rows[0][-1]) for rows in per_file]  # records, source: as the import
    with Store(path) as store:
        t = time.perf_counter()
        for rows, source in per_file:
            with store.transaction():
                repo.upsert_observations(store, rows, source)
        return time.perf_counter() - t


def main_files(repeat: int, copies: int = 2) -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        files = station_files(tmp, copies)
        per_file = []
        for f in files:
            rows = parse_observations(read_table(f), now=datetime.now(TZ))[0]
            per_file.append([r + (f.name,) for r in rows])
        n = sum(map(len, per_file))
        bare, cli, parse, write = [], [], [], []
        for i in range(repeat):
            bare.append(bare_files(tmp / f"bare{i}.sqlite3", per_file))
            cli.append(cli_files(tmp / f"cli{i}.sqlite3", files))
            parse.append(parse_files(files))
            write.append(write_files(tmp / f"write{i}.sqlite3", per_file))
        b, c = statistics.median(x for x, _ in bare), statistics.median(x for x, _ in cli)
        bc, cc = statistics.median(x for _, x in bare), statistics.median(x for _, x in cli)
        print(f"rows: {n:,} in {len(files)} files; medians of {repeat} runs, alternating (wall; CPU of the process)")
        print(f"bare executemany, one transaction per file: {b:6.2f} s  runs {', '.join(f'{x:.2f}' for x, _ in bare)}"
              f"  CPU {bc:.2f} s")
        print(f"CLI path (import_file + trigger check)     : {c:6.2f} s  runs {', '.join(f'{x:.2f}' for x, _ in cli)}"
              f"  CPU {cc:.2f} s")
        print(f"ratio bare / import                        : {b / c:6.2f}×  (goal ≥ 0.8×); CPU {bc / cc:.2f}×")
        p, w = statistics.median(parse), statistics.median(write)
        print(f"  parts, same run: reading + checking alone {p:.2f} s ({b / p:.2f}× bare); the import's write "
              f"alone (multi-row VALUES) {w:.2f} s ({b / w:.2f}× bare); both together {b / (p + w):.2f}× bare")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", action="store_true", help="8 files × 35k rows through the CLI path")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=2, help="with --files: each station under this many names (≤ 10)")
    args = ap.parse_args()
    if args.files:
        main_files(args.repeat, args.copies)
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        src = combined_csv(tmp)
        rows = parse_observations(read_table(src), now=datetime.now(TZ))[0]
        rows = [r + (src.name,) for r in rows]
        n = len(rows)

        # best of REPEAT, bare and console alternating, each into a fresh database: a busy machine adds noise
        bare = full = reimport = float("inf")
        for i in range(REPEAT):
            bare = min(bare, bare_insert(tmp / f"bare{i}.sqlite3", rows))
            with Store(tmp / f"console{i}.sqlite3") as store:
                actor = bench_actor(store)  # before the clock: password hashing is not the import's cost
                t = time.perf_counter()
                res = import_file(store, src, actor)
                full = min(full, time.perf_counter() - t)
                assert res.new == n
                t = time.perf_counter()
                again = import_file(store, src, actor)
                reimport = min(reimport, time.perf_counter() - t)

        with Store(tmp / f"console{REPEAT - 1}.sqlite3") as store:
            t = time.perf_counter()
            series = airdata.hourly(store, None)
            t_hourly = time.perf_counter() - t
            t = time.perf_counter()
            airdata.rolling_24h_aqi(series)
            t_roll = time.perf_counter() - t
            t = time.perf_counter()
            for st in STATIONS:
                airdata.rolling_24h_aqi(airdata.hourly(store, st))
            t_stations = time.perf_counter() - t

        print(f"rows: {n:,} ({len(STATIONS)} stations × 4 years, {src.stat().st_size / 1e6:.1f} MB CSV)")
        print(f"best of {REPEAT} runs each")
        print(f"bare sqlite3.executemany : {bare:6.2f} s  {n / bare:10,.0f} rows/s")
        print(f"console import (parse, check, AQI, diff, store, audit): {full:6.2f} s  {n / full:10,.0f} rows/s")
        print(f"ratio import / bare      : {bare / full:6.2f}×")
        print(f"re-import (nothing changes, {again.unchanged:,} unchanged): {reimport:6.2f} s")
        print(f"district hourly() over 4 years: {t_hourly * 1000:6.0f} ms ({len(series):,} hours)")
        print(f"district rolling_24h_aqi()    : {t_roll * 1000:6.0f} ms")
        print(f"4 stations hourly()+rolling   : {t_stations * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
