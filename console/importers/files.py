"""Importing air-quality files: hourly observations and AQI forecasts (CSV, CSV.GZ, XLSX).

Layouts (header names case-insensitive; kind detected from the header unless given):

* observations, generic: ``time,station`` + any of ``pm25 (pm2.5) pm10 so2 no2 co o3`` and/or ``aqi``
  [``primary_pollutant``]. Times local Asia/Shanghai ("YYYY-MM-DD HH:MM" or ISO 8601 with offset), whole hours.
  µg/m³, CO mg/m³ (``co_ug=True``: CO in µg/m³). A row with concentrations gets its AQI computed (HJ 633 hourly
  rules); a row with only ``aqi`` keeps that AQI and its ``primary_pollutant``.
* observations, UCI Beijing (PRSA_Data_*.csv[.gz]): ``No,year,month,day,hour,PM2.5,…,station``; CO is in µg/m³
  there, so ``co_ug`` is switched on for this layout; the weather columns are ignored.
* forecast: ``date,aqi`` (daily) or ``time,aqi`` (hourly) [``primary_pollutant``] [``issuer``] [``issued_at``];
  aqi a number or a range "180-230" (see console.importers_forecast).

All or nothing: every row is checked first; problems (the first 20, "file:line: message") raise DataError and
nothing is stored. Otherwise one transaction: new rows inserted, changed (station, hour) rows replaced, the
file logged in ``imports`` and one audit record written (with the replaced rows summarised). A file whose
content is already in the database changes nothing; importing the same file again writes nothing at all.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from itertools import count
from operator import itemgetter
from pathlib import Path

import numpy as np

from console.admin import session
from console.air import airdata, daily
from console.air.aqi import POLLUTANTS
from console.air.hoursums import HourSums
from console.common.clock import to_iso
from console.common.errors import DataError
from console.importers import stream
from console.importers.forecast import import_forecast_table
from console.importers.log import (
    FORECAST,
    IMPORT_ROLES,
    KINDS,
    OBSERVATIONS,
    ImportResult,
    already_imported,
)
from console.importers.observations import OBS_ALIASES, parse_observations
from console.importers.read import (
    SUFFIXES,
    Table,
    canonical_header,
    read_table,
    sha256_of,
)
from console.store import air as repo

REPLACED_SHOWN = 5


def detect_kind(table: Table) -> str:
    cols = canonical_header(table.header, OBS_ALIASES)
    if "station" in cols or any(p in cols for p in POLLUTANTS):
        return OBSERVATIONS
    if "aqi" in cols and ("time" in cols or "date" in cols or "日期" in cols):
        return FORECAST
    raise DataError(table.where, "无法识别的列布局：须为观测数据（时间/time、站点/station 及污染物列 pm25 pm10 so2 "
                                 "no2 co o3 或空气质量指数/aqi）、北京 UCI 格式（No,year,month,day,hour,PM2.5,…,"
                                 "station）或预报（日期/date 或 时间/time，空气质量指数/aqi）"
                                 " unknown column layout: expected observations "
                                 "(time,station,pm25,pm10,so2,no2,co,o3[,aqi]), the UCI Beijing layout "
                                 "(No,year,month,day,hour,PM2.5,…,station) or a forecast (date|time,aqi,…)", 1)


def import_file(store, path: str | Path, actor, *, kind: str | None = None, co_ug: bool = False,
                table: Table | None = None, now: datetime | None = None) -> ImportResult:
    """Validate and import one file (all or nothing). Raises DataError listing the problems.

    actor: an authenticated console.admin.session.Actor holding one of IMPORT_ROLES (duty officer or admin),
    checked inside the import's write transaction; a refusal is audited, raised as UserError, nothing stored.

    Observation times more than a day after ``now`` (default: the store's clock) are refused."""
    if table is None and kind != FORECAST and stream.should_stream(Path(path)):
        result = stream.stream_observations(store, path, actor, co_ug=co_ug, now=now, chunk_rows=stream.CHUNK_ROWS,
                                            steps=sys.modules[__name__])
        if result is not None:
            return result  # else not plain CSV: read whole below
    table = table or read_table(path)
    if kind is not None and kind not in KINDS:
        raise DataError(table.where, f"未知类型 unknown kind {kind!r} (observations | forecast)")
    detected = detect_kind(table)
    if kind is not None and kind != detected:
        raise DataError(table.where, f"表头是 {detected} 布局，与指定的 --kind {kind} 不符 "
                                     f"header looks like {detected}, not {kind}", 1)
    if detected == FORECAST:
        return import_forecast_table(store, table, actor)
    return import_observations_table(store, table, actor, co_ug=co_ug, now=now)


def _fmt(ts: int) -> str:
    return airdata.local(ts).strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- observations: store
_FIELDS = ("pm25", "pm10", "so2", "no2", "co", "o3", "aqi", "primary")


def _stored(store, spans: dict) -> list[tuple]:
    """Stored rows of the stations, each within its span (station -> [first, last] ts), shaped like records."""
    out: list[tuple] = []
    for st, (lo, hi) in spans.items():
        out += repo.stored_in_span(store, (st,), lo, hi)
    return out


def _describe_change(key, old, new) -> str:
    diffs = [f"{f} {_v(o)}→{_v(n)}" for f, o, n in zip(_FIELDS, old, new) if o != n]
    return f"{key[0]} {_fmt(key[1])}: " + ", ".join(diffs)


def _v(x) -> str:
    return "NA" if x is None else f"{x:g}" if isinstance(x, float) else str(x)


def import_observations_table(store, table: Table, actor, *, co_ug: bool = False,
                              now: datetime | None = None) -> ImportResult:
    sums = HourSums()
    records, empty = parse_observations(table, co_ug, now=now or store.clock.now(), sums=sums)
    result = ImportResult(str(table.path), OBSERVATIONS, table.sha256, rows=len(records), empty=empty)
    with session.authorized(store, actor, *IMPORT_ROLES):
        spans = {st: [lo, hi] for st, (_, lo, hi) in sums.per_station.items()}  # the records' (parsed whole)
        write = diff_and_count(store, records, result, sums, spans)
        # the records themselves: nothing was stored within the stations' spans (the whole file's, read at once),
        # so afterwards the spans hold exactly the file's rows — the daily aggregates need not count them
        sums.alone = write is records
        stations = set(spans)
        if not should_write(store, result, bool(write), stations):
            return result  # same file again: nothing to write, nothing to audit
        repo.upsert_observations(store, write, table.path.name)
        finish_import(store, table.path, table.sha256, result, stations, actor.username, sums)
    return result


def station_index(records, codes: dict) -> np.ndarray:
    """Per record, a number naming its station (codes: station -> number, grown here and kept by the caller
    across chunks), without a Python step per row."""
    start = max(codes.values(), default=-1) + 1
    return np.fromiter(map(codes.setdefault, map(itemgetter(0), records), count(start)), np.int64, len(records))


def record_times(records) -> np.ndarray:
    return np.fromiter(map(itemgetter(1), records), np.int64, len(records))


def _note_spans(spans: dict, records) -> None:
    """Widen spans (station -> [first, last] ts) by the records' station-hours."""
    if not records:
        return
    codes: dict = {}
    index, ts = station_index(records, codes), record_times(records)
    for station, k in codes.items():
        mine = ts[index == k]
        lo, hi = int(mine.min()), int(mine.max())
        span = spans.setdefault(station, [lo, hi])
        span[0], span[1] = min(span[0], lo), max(span[1], hi)


def diff_and_count(store, records, result: ImportResult, sums: HourSums, spans: dict | None = None) -> list:
    """The records that are new or changed against the store (counted into result, with the first changes;
    their span per station noted in result.spans). The stored values of the records' station-hours are taken
    away from ``sums`` (which holds the records' own): it then holds the change the records make to the
    district's hour sums. spans: the records' station -> [first, last] ts when the caller has them."""
    if spans is None:
        spans = {}
        _note_spans(spans, records)
    stored = _stored(store, spans)
    if not stored:  # all new: their spans are those just found
        result.new += len(records)
        for st, (lo, hi) in spans.items():
            span = result.spans.setdefault(st, [lo, hi])
            span[0], span[1] = min(span[0], lo), max(span[1], hi)
        return records
    _subtract_replaced(sums, records, stored)
    same = set(stored)
    write = [rec for rec in records if rec not in same]  # new or changed
    result.unchanged += len(records) - len(write)
    _note_spans(result.spans, write)
    old_by_key = {row[:2]: row for row in stored} if write else {}
    for rec in write:
        old = old_by_key.get(rec[:2])
        if old is None:
            result.new += 1
        else:
            result.replaced += 1
            if len(result.replaced_examples) < REPLACED_SHOWN:
                result.replaced_examples.append(_describe_change(rec[:2], old[2:], rec[2:]))
    return write


def _subtract_replaced(sums: HourSums, records, stored) -> None:
    """Take the stored rows at the records' own station-hours (stored: their stations' rows over the records'
    spans, which may hold hours the file does not) away from sums."""
    keys = set(map(itemgetter(0, 1), records))
    old = [(r[1], r[8], *r[2:8]) for r in stored if (r[0], r[1]) in keys]  # ts, aqi, pm25 … o3
    if old:
        sums.subtract_rows(np.array(old, dtype=np.float64))


def should_write(store, result: ImportResult, changes: bool, stations) -> bool:
    result.already_imported = already_imported(store, result.sha256)
    added = sorted(set(stations) - set(repo.station_codes(store)))
    return changes or bool(added) or not result.already_imported


def finish_import(store, path: Path, sha: str, result: ImportResult, stations, actor: str,
                  sums: HourSums) -> None:
    """New stations, the district's hour sums and the daily aggregates of the days written, the import log and
    the audit record (inside the import's transaction). actor: the authorized actor's username; sums: the
    change the file makes to the district's hour sums (console.air.hoursums, see diff_and_count)."""
    added = sorted(set(stations) - set(repo.station_codes(store)))
    repo.add_stations(store, [(c, c, airdata.STATION_NAMES_ZH.get(c)) for c in added])
    daily.refresh(store, result.spans, sums)  # after the stations: the district is the mean over them
    result.stations_added = added
    result.import_id = repo.record_import(store, str(path), sha, OBSERVATIONS, result.rows,
                                          to_iso(store.clock.now()), actor)
    store.audit(actor, "observations.import", "import", result.import_id, {
        "file": str(path), "sha256": sha, "rows": result.rows, "new": result.new,
        "replaced": result.replaced, "unchanged": result.unchanged, "empty": result.empty,
        "stations_added": added, "replaced_first": result.replaced_examples,
    })


# ---------------------------------------------------------------- watch folder
@dataclass(frozen=True)
class WatchResult:
    path: str
    sha256: str
    ok: bool
    message: str
    result: ImportResult | None = None


def is_importable(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(SUFFIXES) and not name.startswith(("~$", "."))


def scan_watch_folder(store, folder: str | Path, actor, settled=None) -> list[WatchResult]:
    """Import every .csv/.csv.gz/.xlsx file of `folder` (not recursive, by name) whose sha256 is not yet in the
    import log; files are left where they are. One transaction per file; a bad file is reported (and tried
    again on the next scan) without stopping the others. `settled(path) -> bool`, when given, skips files
    still being written (the watch folder passes one that wants the same size and mtime as at the last scan)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError(folder, "数据投放文件夹不存在 watch folder does not exist")
    out = []
    for path in sorted(p for p in folder.iterdir() if is_importable(p)):
        if settled is not None and not settled(path):
            continue
        sha = ""
        try:
            sha = sha256_of(path)
            if already_imported(store, sha):
                continue
            res = import_file(store, path, actor)
            out.append(WatchResult(str(path), res.sha256, True, res.summary(), res))
        except DataError as exc:
            out.append(WatchResult(str(path), sha, False, str(exc)))
    return out
