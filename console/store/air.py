"""Repository of the air-quality tables (schema 3): stations, observations, forecasts, forecast_values, imports;
the daily aggregates (air_daily, schema 10) and the district's per-hour sums (district_day_sums, schema 19; per
hour in district_hour_sums, schema 18, before).

Plain functions over a Store's portable helpers; the domain modules (console.air, console.importers) keep the
logic. Reads that are repeated on every refresh are written so that their cost does not grow with history:
"latest" and "first" per station come from the (station, ts) primary key, one index probe per station, and
the district's recent hours are read per station over that key (``station IN (…) AND ts BETWEEN …``), never by
a scan of the whole table.
"""
from __future__ import annotations

import numpy as np

OBS_NUMERIC = ("aqi", "pm25", "pm10", "so2", "no2", "co", "o3")
_OBS_COLS = "station, ts, pm25, pm10, so2, no2, co, o3, aqi, primary_pollutant"


# ---------------------------------------------------------------- stations
def station_rows(store) -> list[tuple]:
    """(code, name, name_zh) of every station, by code."""
    return store.tuples("SELECT code, name, name_zh FROM stations ORDER BY code")


def station_codes(store) -> list[str]:
    return [c for (c,) in store.tuples("SELECT code FROM stations ORDER BY code")]


def add_stations(store, rows) -> None:
    """rows: (code, name, name_zh); existing codes are left as they are."""
    store.executemany("INSERT INTO stations (code, name, name_zh) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING",
                      list(rows))


# ---------------------------------------------------------------- observations: reads
def _range_sql(start_ts, end_ts, params: list) -> str:
    sql = ""
    if start_ts is not None:
        sql += " AND ts >= ?"
        params.append(int(start_ts))
    if end_ts is not None:
        sql += " AND ts <= ?"
        params.append(int(end_ts))
    return sql


def _numeric(store, sql: str, params, width: int) -> np.ndarray:
    """The query's rows as one float64 array (NULL -> nan), converted in one C pass rather than per row."""
    rows = store.tuples(sql, params)
    if not rows:
        return np.zeros((0, width))
    return np.array(rows, dtype=np.float64)


def station_numbers(store, station: str, start_ts: int, end_ts: int) -> np.ndarray:
    """One station's rows (ts, aqi, pm25 … o3; nan for NULL) in [start_ts, end_ts]: one primary-key range."""
    return _numeric(store, f"SELECT ts, {', '.join(OBS_NUMERIC)} FROM observations WHERE station = ? AND ts "
                           "BETWEEN ? AND ?", (station, int(start_ts), int(end_ts)), 1 + len(OBS_NUMERIC))


def station_count(store, station: str, start_ts: int, end_ts: int) -> int:
    """How many rows one station has in [start_ts, end_ts] (counted over the primary key)."""
    return int(store.scalar("SELECT COUNT(*) FROM observations WHERE station = ? AND ts BETWEEN ? AND ?",
                            (station, int(start_ts), int(end_ts))))


def station_hours(store, station: str, start_ts=None, end_ts=None) -> tuple[np.ndarray, list]:
    """One station's hours in [start_ts, end_ts]: (array of rows ts, aqi, pm25, pm10, so2, no2, co, o3 with nan
    for NULL, primary pollutant per row)."""
    params: list = [station]
    where = "WHERE station = ?" + _range_sql(start_ts, end_ts, params)
    arr = _numeric(store, f"SELECT ts, {', '.join(OBS_NUMERIC)} FROM observations {where} ORDER BY ts",
                   params, 1 + len(OBS_NUMERIC))
    primary = [p for (p,) in store.tuples(f"SELECT primary_pollutant FROM observations {where} ORDER BY ts",
                                          params)] if len(arr) else []
    return arr, primary


def station_envelope(store, station: str, start_ts: int, end_ts: int, bucket_s: int) -> np.ndarray:
    """Per bucket of bucket_s seconds from start_ts: (bucket index, lowest, highest hourly AQI) of one station —
    the min/max envelope of a long range, aggregated by SQLite over the primary-key range (one row per bucket
    reaches Python, not one per hour)."""
    return _numeric(store, "SELECT (ts - ?) / ?, MIN(aqi), MAX(aqi) FROM observations "
                           "WHERE station = ? AND ts BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
                    (int(start_ts), int(bucket_s), station, int(start_ts), int(end_ts)), 3)


def district_hours(store, start_ts=None, end_ts=None) -> np.ndarray:
    """Per hour in [start_ts, end_ts], the mean over the reporting stations of ts, aqi, pm25 … o3 (nan: none).

    Read station by station over the primary key, so a short recent span costs the same with any history."""
    codes = station_codes(store)
    if not codes:
        return np.zeros((0, 1 + len(OBS_NUMERIC)))
    params: list = list(codes)
    where = f"WHERE station IN ({', '.join('?' * len(codes))})" + _range_sql(start_ts, end_ts, params)
    means = ", ".join(f"AVG({c})" for c in OBS_NUMERIC)
    return _numeric(store, f"SELECT ts, {means} FROM observations {where} GROUP BY ts ORDER BY ts",
                    params, 1 + len(OBS_NUMERIC))


def last_times(store) -> list[tuple[str, int]]:
    """(station, its latest observation ts) for every station with data: one primary-key probe per station."""
    rows = store.tuples("SELECT code, (SELECT MAX(ts) FROM observations WHERE station = code) FROM stations "
                        "ORDER BY code")
    return [(code, int(ts)) for code, ts in rows if ts is not None]


def data_range(store) -> tuple[int, int] | None:
    """(first, last) observation ts over all stations, without a scan: per-station primary-key probes."""
    lo, hi = store.tuples(
        "SELECT MIN(lo), MAX(hi) FROM (SELECT (SELECT MIN(ts) FROM observations WHERE station = code) AS lo, "
        "(SELECT MAX(ts) FROM observations WHERE station = code) AS hi FROM stations) AS spans")[0]
    return None if lo is None else (int(lo), int(hi))


def stored_in_span(store, stations, lo: int, hi: int) -> list[tuple]:
    """Stored rows (station, ts, pm25 … o3, aqi, primary) of the given stations within [lo, hi]."""
    out: list[tuple] = []
    for st in stations:
        out += store.tuples(f"SELECT {_OBS_COLS} FROM observations WHERE station = ? AND ts BETWEEN ? AND ?",
                            (st, lo, hi))
    return out


# ---------------------------------------------------------------- observations: writes
_OBS_INSERT = ("INSERT INTO observations (station, ts, pm25, pm10, so2, no2, co, o3, aqi, primary_pollutant, "
               "source_file) VALUES ")
_OBS_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_OBS_WIDTH = 11
_OBS_UPSERT = (" ON CONFLICT (station, ts) DO UPDATE SET pm25 = excluded.pm25, pm10 = excluded.pm10, "
               "so2 = excluded.so2, no2 = excluded.no2, co = excluded.co, o3 = excluded.o3, aqi = excluded.aqi, "
               "primary_pollutant = excluded.primary_pollutant, source_file = excluded.source_file")
UPSERT_OBSERVATION = _OBS_INSERT + _OBS_ROW + _OBS_UPSERT
#: Rows per statement when writing observations: one multi-row VALUES list (portable; 704 parameters, under
#: SQLite's old limit of 999) — stepping one statement per row cost as much again as the write itself. The rows
#: of one call never repeat a station-hour (the import refuses such files), as PostgreSQL's ON CONFLICT needs.
OBS_BATCH = 64
_UPSERT_BATCH = _OBS_INSERT + ", ".join([_OBS_ROW] * OBS_BATCH) + _OBS_UPSERT


def upsert_observations(store, records, source_file: str) -> None:
    """records: (station, ts, pm25, pm10, so2, no2, co, o3, aqi, primary), no station-hour twice, all from
    source_file; the caller holds the transaction. The parameters of the batches are cut from one object array
    (no tuple per row)."""
    records = records if isinstance(records, list) else list(records)
    whole = len(records) // OBS_BATCH * OBS_BATCH
    if whole:
        params = np.empty((whole, _OBS_WIDTH), dtype=object)
        params[:, :-1] = records[:whole]
        params[:, -1] = source_file
        store.executemany(_UPSERT_BATCH, params.reshape(-1, OBS_BATCH * _OBS_WIDTH).tolist())
    if whole < len(records):
        store.executemany(UPSERT_OBSERVATION, [(*r, source_file) for r in records[whole:]])


# ---------------------------------------------------------------- forecasts
_FORECAST_COLS = "id, issued_at, issuer, kind, source, entered_by"


def forecast_row(store, forecast_id: int) -> tuple | None:
    rows = store.tuples(f"SELECT {_FORECAST_COLS} FROM forecasts WHERE id = ?", (forecast_id,))
    return rows[0] if rows else None


def latest_forecast_row(store) -> tuple | None:
    """The forecast issued last (a later entry with the same issue time wins)."""
    rows = store.tuples(f"SELECT {_FORECAST_COLS} FROM forecasts ORDER BY issued_ts DESC, id DESC LIMIT 1")
    return rows[0] if rows else None


def forecast_row_issued_by(store, issued_ts: int) -> tuple | None:
    """The forecast issued last at or before `issued_ts` (a later entry with the same issue time wins)."""
    rows = store.tuples(f"SELECT {_FORECAST_COLS} FROM forecasts WHERE issued_ts <= ? "
                        "ORDER BY issued_ts DESC, id DESC LIMIT 1", (issued_ts,))
    return rows[0] if rows else None


def forecast_points(store, forecast_id: int) -> list[tuple]:
    return [tuple(p) for p in store.tuples(
        "SELECT start_ts, end_ts, aqi_low, aqi_high, primary_pollutant FROM forecast_values "
        "WHERE forecast_id = ? ORDER BY start_ts", (forecast_id,))]


def forecast_ids_like(store, issuer: str, issued_ts: int, kind: str) -> list[int]:
    return [fid for (fid,) in store.tuples("SELECT id FROM forecasts WHERE issuer = ? AND issued_ts = ? AND "
                                           "kind = ? ORDER BY id DESC", (issuer, issued_ts, kind))]


def forecast_exists_by(store, issuer: str) -> bool:
    return store.scalar("SELECT 1 FROM forecasts WHERE issuer = ? LIMIT 1", (issuer,)) is not None


def insert_forecast(store, issued_at: str, issued_ts: int, issuer: str, kind: str, source: str, entered_by: str,
                    created_at: str, points) -> int:
    """One forecast row and its values (the caller holds the transaction). Returns the new id."""
    fid = store.insert("INSERT INTO forecasts (issued_at, issued_ts, issuer, kind, source, entered_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (issued_at, issued_ts, issuer, kind, source, entered_by, created_at))
    store.executemany("INSERT INTO forecast_values (forecast_id, start_ts, end_ts, aqi_low, aqi_high, "
                      "primary_pollutant) VALUES (?, ?, ?, ?, ?, ?)", [(fid, *p) for p in points])
    return fid


# ---------------------------------------------------------------- import log
def already_imported(store, sha: str) -> bool:
    return store.scalar("SELECT 1 FROM imports WHERE sha256 = ? LIMIT 1", (sha,)) is not None


def record_import(store, path: str, sha: str, kind: str, rows: int, at: str, actor: str) -> int:
    return store.insert("INSERT INTO imports (path, sha256, kind, rows, imported_at, actor) VALUES (?, ?, ?, ?, ?, ?)",
                        (path, sha, kind, rows, at, actor))


# ---------------------------------------------------------------- daily aggregates (air_daily)
#: The series name of the district's rows in air_daily (station codes are never empty).
DISTRICT_SERIES = ""
_DAILY_COLS = "day, hours, aqi_min, aqi_max, aqi_sum, roll_min, roll_max"


def refresh_station_days(store, station: str, first_day: int, last_day_end: int, offset: int) -> None:
    """Recompute one station's rows of air_daily for the local days starting in [first_day, last_day_end)
    from its hours (one GROUP BY over the primary-key range; `offset`: the time zone's seconds east of UTC)."""
    store.execute(
        "INSERT INTO air_daily (series, day, hours, aqi_min, aqi_max, aqi_sum) "
        "SELECT station, (ts + ?) / 86400 * 86400 - ?, COUNT(aqi), MIN(aqi), MAX(aqi), SUM(aqi) "
        "FROM observations WHERE station = ? AND ts >= ? AND ts < ? GROUP BY 1, 2 "
        "ON CONFLICT (series, day) DO UPDATE SET hours = excluded.hours, aqi_min = excluded.aqi_min, "
        "aqi_max = excluded.aqi_max, aqi_sum = excluded.aqi_sum",
        (offset, offset, station, int(first_day), int(last_day_end)))


def fill_station_days(store, offset: int) -> None:
    """Every station's rows of air_daily from all its hours (the schema step that adds the table)."""
    store.execute(
        "INSERT INTO air_daily (series, day, hours, aqi_min, aqi_max, aqi_sum) "
        "SELECT station, (ts + ?) / 86400 * 86400 - ?, COUNT(aqi), MIN(aqi), MAX(aqi), SUM(aqi) "
        "FROM observations GROUP BY 1, 2", (offset, offset))


def upsert_days(store, series: str, rows) -> None:
    """rows: (day, hours, aqi_min, aqi_max, aqi_sum, roll_min, roll_max) of one series (None for NULL)."""
    store.executemany(
        f"INSERT INTO air_daily (series, {_DAILY_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (series, day) DO UPDATE SET hours = excluded.hours, aqi_min = excluded.aqi_min, "
        "aqi_max = excluded.aqi_max, aqi_sum = excluded.aqi_sum, roll_min = excluded.roll_min, "
        "roll_max = excluded.roll_max", [(series, *r) for r in rows])


def days(store, series: str, first_day: int, last_day: int) -> np.ndarray:
    """Rows (day, hours, aqi_min, aqi_max, aqi_sum, roll_min, roll_max) of one series with day in
    [first_day, last_day], by day (nan for NULL): one primary-key range."""
    return _numeric(store, f"SELECT {_DAILY_COLS} FROM air_daily WHERE series = ? AND day BETWEEN ? AND ? "
                           "ORDER BY day", (series, int(first_day), int(last_day)), 7)


# ---------------------------------------------------------------- district per-hour sums (district_day_sums)
#: The columns of the former per-hour table (district_hour_sums, schema 18) after ts, in the order of
#: HourSums.table_rows: the station rows, then per column of OBS_NUMERIC the sum and the count of the non-NULL
#: values. Since schema 19 they are stored per UTC day (console.air.hoursums.DayGrid).
SUMS_COLS = ("stations",) + tuple(f"{c}_{k}" for c in OBS_NUMERIC for k in ("sum", "n"))


def day_sums(store, first_day: int, last_day: int) -> list[tuple]:
    """(day start ts, sums bytes) of the stored days in [first_day, last_day]: one primary-key range."""
    return store.tuples("SELECT day, sums FROM district_day_sums WHERE day BETWEEN ? AND ?",
                        (int(first_day), int(last_day)))


def put_day_sums(store, rows) -> None:
    """rows: (day start ts, sums bytes) — the days' new sums (replacing what is stored)."""
    store.executemany("INSERT INTO district_day_sums (day, sums) VALUES (?, ?) "
                      "ON CONFLICT (day) DO UPDATE SET sums = excluded.sums", list(rows))


def hour_sums_rows(store) -> np.ndarray:
    """Every row (ts, stations, aqi_sum, aqi_n … o3_n) of the per-hour table of schema 18 (for step 19)."""
    return _numeric(store, f"SELECT ts, {', '.join(SUMS_COLS)} FROM district_hour_sums ORDER BY ts", (),
                    1 + len(SUMS_COLS))


def hour_sums_from_rows(store) -> np.ndarray:
    """Per hour with a station row, from the stations' rows stored: (ts, stations, aqi_sum, aqi_n … o3_n) by
    ts (every station listed, as district_hours)."""
    sums = ", ".join(f"COALESCE(SUM({c}), 0), COUNT({c})" for c in OBS_NUMERIC)
    return _numeric(store, f"SELECT ts, COUNT(*), {sums} FROM observations WHERE station IN (SELECT code FROM "
                           "stations) GROUP BY ts ORDER BY ts", (), 1 + len(SUMS_COLS))


def fill_district_sums(store) -> None:
    """Every hour's sums from the rows stored into the per-hour table (schema step 18, which adds it; replaces
    what is there). The stations are those of district_hours (every station listed)."""
    store.execute("DELETE FROM district_hour_sums")
    sums = ", ".join(f"COALESCE(SUM({c}), 0), COUNT({c})" for c in OBS_NUMERIC)
    store.execute(f"INSERT INTO district_hour_sums (ts, {', '.join(SUMS_COLS)}) SELECT ts, COUNT(*), {sums} "
                  "FROM observations WHERE station IN (SELECT code FROM stations) GROUP BY ts")
