"""Peak memory of importing one observation file of 139k / 561k / 2.2M rows (the 4 UCI stations × 4 years,
copied to 8 × 8 and 16 × 16 as in bench_air_views), each import in a fresh process (ru_maxrss), next to the
same process that only reads the file's bytes (the baseline). Prints; asserts nothing.
Run: python bench/bench_import_memory.py [--sizes 1,4,16]"""
from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UCI = ROOT.parent / "shared" / "data" / "beijing-uci"
STATIONS = ("Dongsi", "Tiantan", "Guanyuan", "Wanshouxigong")

CHILD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from console.store.db import Store
from console.importers.files import import_file
mode, src, db = sys.argv[1:4]
if mode == "import":
    from console.admin import accounts
    store = Store(db)
    actor = accounts.create_first_admin(store, "bench", "基准测试", "bench-pw-1")
t = time.perf_counter()
if mode == "import":
    with store:
        res = import_file(store, src, actor)
        n = res.rows
else:
    n = len(Path(src).read_bytes())
print(n, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def make_file(tmp: Path, factor: int) -> Path:
    k = {1: 1, 4: 2, 16: 4}[factor]
    out = tmp / f"obs_x{factor}.csv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("time,station,pm25,pm10,so2,no2,co,o3\n")
        for st in STATIONS:
            (src,) = UCI.glob(f"PRSA_Data_{st}_*.csv.gz")
            lines = gzip.decompress(src.read_bytes()).decode("utf-8").splitlines()[1:]
            for sc in range(k):
                for yc in range(k):
                    for line in lines:
                        c = line.split(",")
                        y = int(c[1]) - 4 * yc
                        c[9] = c[9] if c[9] == "NA" else f"{float(c[9]) / 1000:g}"  # CO in mg/m³
                        fh.write(f"{y}-{int(c[2]):02d}-{int(c[3]):02d} {int(c[4]):02d}:00,{st}{sc or ''},"
                                 f"{c[5]},{c[6]},{c[7]},{c[8]},{c[9]},{c[10]}\n")
    return out


def run(mode: str, src: Path, db: Path, root: str) -> tuple[int, float, float]:
    out = subprocess.run([sys.executable, "-c", CHILD.format(root=root), mode, str(src), str(db)],
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    n, secs, mib = out.stdout.split()
    return int(n), float(secs), float(mib)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4,16")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for factor in (int(x) for x in args.sizes.split(",")):
            src = make_file(tmp, factor)
            _, _, base = run("read", src, tmp / "none.sqlite3", str(ROOT))
            n, secs, peak = run("import", src, tmp / f"x{factor}.sqlite3", str(ROOT))
            print(f"{factor:>2}×: {n:>9,} rows  import {secs:6.1f} s  peak {peak:7.0f} MiB   "
                  f"(baseline: Python reading the file's {src.stat().st_size / 2**20:.0f} MiB: {base:5.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
