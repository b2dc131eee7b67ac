"""AQI forecasts: from a file (CSV/XLSX, the `assess` FORECAST.csv layout plus issuer/issued_at) or typed in.

File: ``date,aqi`` (daily) or ``time,aqi`` (hourly), optional ``primary_pollutant``, ``issuer`` (发布单位) and
``issued_at`` (发布时间). aqi is a number or a range "180-230" (0..500). issuer and issued_at, when given, must
be the same on every row (one file = one forecast); missing, they default to "未注明 unspecified" and the import
time. Stored forecasts are never edited: a correction is a new forecast, and the latest issue time wins (the
later entry on a tie). A forecast identical to one already stored (same issuer, issue time, kind and values)
is not stored again.
"""
from __future__ import annotations

import math
from datetime import date, datetime, time
from numbers import Real

from console.admin import session
from console.air import airdata
from console.common.clock import TZ, parse_local, to_iso, to_local
from console.common.errors import DataError, UserError
from console.importers.log import (
    FORECAST,
    IMPORT_ROLES,
    ImportResult,
    already_imported,
    record_import,
)
from console.importers.read import Table, accepted, canonical_header, header_problems_first
from console.rules.blocks import DAILY, HOURLY, parse_aqi, parse_pollutant
from console.rules.forecast_file import FORECAST_COLUMNS, parse_date, parse_hour
from console.store import air as repo

AQI_MAX = 500
UNSPECIFIED = "未注明 unspecified"
FORECAST_ALIASES = {
    **FORECAST_COLUMNS,
    "issuer": ("发布单位", "发布机构", "issued_by", "来源"),
    "issued_at": ("发布时间", "issue_time", "issued"),
}
DAY, HOUR = 86400, 3600


class FieldError(UserError):
    """Invalid fields of a hand-entered forecast. ``problems``: [(field, message)]; ``field``: the first."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__("\n".join(f"{f}: {m}" for f, m in problems))
        self.problems = problems
        self.field = problems[0][0]


def _check_range(value) -> tuple[float, float]:
    low, high = value if isinstance(value, tuple) else (value, value)
    if high > AQI_MAX:
        raise ValueError(f"AQI 不能大于 {AQI_MAX} must be ≤ {AQI_MAX}: {high:g}")
    return float(low), float(high)


def _start(kind: str, when: datetime) -> tuple[int, int]:
    ts = int(when.timestamp())
    return ts, ts + (DAY if kind == DAILY else HOUR)


def import_forecast_table(store, table: Table, actor) -> ImportResult:
    """actor: an authenticated console.admin.session.Actor holding one of IMPORT_ROLES (checked inside the
    transaction; a refusal is audited and stores nothing)."""
    cols = canonical_header(table.header, FORECAST_ALIASES)
    problems = table.problems
    head: list[tuple[int, str]] = []
    for h, i in cols.items():
        if h not in FORECAST_ALIASES:
            head.append((1, f"未知列 unknown column {table.header[i]!r}"))
    if len(cols) != len(table.header):
        head.append((1, "表头同一列出现两次 same column given twice"))
    if ("date" in cols) == ("time" in cols):
        head.append((1, f"须有日期列（逐日：{accepted(FORECAST_ALIASES, ['date'])}）或时间列（逐时："
                        f"{accepted(FORECAST_ALIASES, ['time'])}）之一 need one of: date (daily) or time (hourly)"))
    if "aqi" not in cols:
        head.append((1, f"缺少空气质量指数列（{accepted(FORECAST_ALIASES, ['aqi'])}）missing column: aqi"))
    header_problems_first(problems, head)
    if not table.lines:
        raise DataError(table.where, "只有表头，没有数据行 header only, no data rows", 1)
    kind = DAILY if "date" in cols else HOURLY
    i_key, i_aqi = cols["date" if kind == DAILY else "time"], cols["aqi"]
    i_pri, i_iss, i_at = cols.get("primary_pollutant"), cols.get("issuer"), cols.get("issued_at")
    seen: dict[int, int] = {}
    points = []
    issuer = issued_at = None
    for line, cells in table.rows:
        start = None
        try:
            text = cells[i_key]
            when = (datetime.combine(parse_date(text), time(0), TZ) if kind == DAILY else parse_hour(text))
            start = _start(kind, when)
            if start[0] in seen:
                problems.add(line, f"{text} 重复（第 {seen[start[0]]} 行已有）duplicate {table.header[i_key]}")
                start = None
            else:
                seen[start[0]] = line
        except ValueError as exc:
            problems.add(line, str(exc))
        aqi = None
        try:
            aqi = _check_range(parse_aqi(cells[i_aqi]))
        except ValueError as exc:
            problems.add(line, str(exc))
        primary = None
        if i_pri is not None:
            try:
                primary = parse_pollutant(cells[i_pri])
            except ValueError:
                problems.add(line, f"首要污染物无法识别 unknown primary pollutant: {cells[i_pri]!r}")
        if i_iss is not None and cells[i_iss].strip():
            value = cells[i_iss].strip()
            if issuer is not None and value != issuer:
                problems.add(line, f"发布单位与前几行不同 issuer differs from earlier rows: {value!r} ≠ {issuer!r}")
            issuer = issuer or value
        if i_at is not None and cells[i_at].strip():
            try:
                value = parse_local(cells[i_at])
                if issued_at is not None and value != issued_at:
                    problems.add(line, f"发布时间与前几行不同 issued_at differs from earlier rows: {cells[i_at]!r}")
                issued_at = issued_at or value
            except ValueError:
                problems.add(line, f"发布时间无法解析 cannot parse issued_at: {cells[i_at]!r}")
        if start is not None and aqi is not None:
            points.append((start[0], start[1], aqi[0], aqi[1], primary))
    problems.raise_if_any()
    result = ImportResult(str(table.path), FORECAST, table.sha256, rows=len(points))
    issuer = issuer or UNSPECIFIED
    dated = issued_at is not None
    issued_at = issued_at or store.clock.now()
    with session.authorized(store, actor, *IMPORT_ROLES):
        who = actor.username
        result.already_imported = already_imported(store, table.sha256)
        same = _same_forecast(store, issuer, issued_at, kind, points)
        # The same file again is nothing new, even when its issue time defaulted to the (earlier) import time.
        if result.already_imported and (same is not None or not dated):
            return result
        if same is None:
            result.forecast_id = store_forecast(store, actor, issuer, issued_at, kind, points,
                                                source=f"file:{table.path.name}", entered_by=who)
        result.import_id = record_import(store, table, FORECAST, len(points), who)
        if same is not None:
            store.audit(who, "forecast.import", "import", result.import_id,
                        {"file": str(table.path), "sha256": table.sha256, "unchanged_forecast": same})
    return result


def _same_forecast(store, issuer, issued_at, kind, points) -> int | None:
    want = sorted(points)
    for fid in repo.forecast_ids_like(store, issuer, int(issued_at.timestamp()), kind):
        if sorted(airdata.get_forecast(store, fid).points) == want:
            return fid
    return None


def store_forecast(store, actor, issuer, issued_at: datetime, kind, points, *, source, entered_by) -> int:
    """Insert one forecast with its values, plus one audit record, in one transaction (opened for `actor`, an
    authenticated Actor holding one of IMPORT_ROLES, or joined when the caller's import holds it). Returns its
    id."""
    with session.authorized(store, actor, *IMPORT_ROLES):
        fid = repo.insert_forecast(store, to_iso(issued_at), int(issued_at.timestamp()), issuer, kind, source,
                                   entered_by, to_iso(store.clock.now()), sorted(points))
        fmt = "%Y-%m-%d" if kind == DAILY else "%Y-%m-%d %H:%M"
        shown = [[airdata.local(p[0]).strftime(fmt), p[2], p[3], p[4]] for p in sorted(points)[:48]]
        store.audit(actor.username, "forecast.add", "forecast", fid, {
            "issuer": issuer, "issued_at": to_iso(issued_at), "kind": kind, "source": source,
            "n_values": len(points), "values": shown})
    return fid


# ---------------------------------------------------------------- typed in (GUI dialog)
def _number(value, name: str) -> float:
    if isinstance(value, str):
        value = float(value.strip())  # ValueError -> caller
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise ValueError(f"不是有限数 not a finite number: {value!r}")
    if not 0 <= value <= AQI_MAX:
        raise ValueError(f"{name} 须在 0-{AQI_MAX} 之间 must be within 0..{AQI_MAX}: {value:g}")
    return float(value)


def _when(kind: str, value) -> datetime:
    if kind == DAILY:
        if isinstance(value, datetime):
            value = to_local(value).date()
        elif isinstance(value, str):
            value = parse_date(value)
        if not isinstance(value, date):
            raise ValueError(f"须为日期 must be a date: {value!r}")
        return datetime.combine(value, time(0), TZ)
    if isinstance(value, str):
        return parse_hour(value)
    if not isinstance(value, datetime):
        raise ValueError(f"须为时间 must be a datetime: {value!r}")
    value = to_local(value)
    if value.minute or value.second or value.microsecond:
        raise ValueError(f"时间须为整点 must be a whole hour: {value:%Y-%m-%d %H:%M}")
    return value


def add_forecast(store, actor, issuer: str, issued_at, kind: str, values) -> airdata.ForecastInfo:
    """Store a forecast typed in by hand (phone call, notice). ``values``: [(date or start hour, aqi_low,
    aqi_high or None, primary or None)], aqi_high None = a single value. Every field is checked; FieldError
    names each bad one ("issuer", "issued_at", "kind", "values", "values[2].aqi_high", …)."""
    problems: list[tuple[str, str]] = []
    if kind not in (DAILY, HOURLY):
        problems.append(("kind", f"须为 daily 或 hourly must be daily or hourly: {kind!r}"))
    if not isinstance(issuer, str) or not issuer.strip():
        problems.append(("issuer", "发布单位不能为空 issuing body must not be empty"))
    when_issued = None
    try:
        when_issued = parse_local(issued_at) if isinstance(issued_at, str) else to_local(issued_at)
    except (ValueError, TypeError, AttributeError):
        problems.append(("issued_at", f"发布时间无效 invalid issue time: {issued_at!r}"))
    values = list(values or ())
    if not values:
        problems.append(("values", "至少需要一个预报值 at least one forecast value"))
    points, seen = [], {}
    key_name = "date" if kind == DAILY else "time"
    for i, item in enumerate(values):
        f = f"values[{i}]"
        try:
            when, low, high, primary = (tuple(item) + (None, None))[:4]
        except TypeError:
            problems.append((f, "须为 (日期/时间, aqi_low, aqi_high, primary) tuple expected"))
            continue
        start = None
        if kind in (DAILY, HOURLY):
            try:
                start = _start(kind, _when(kind, when))
                if start[0] in seen:
                    problems.append((f"{f}.{key_name}", f"与 values[{seen[start[0]]}] 重复 duplicate"))
                    start = None
                else:
                    seen[start[0]] = i
            except (ValueError, TypeError) as exc:
                problems.append((f"{f}.{key_name}", str(exc)))
        lo = hi = None
        try:
            lo = _number(low, "aqi_low")
        except (ValueError, TypeError) as exc:
            problems.append((f"{f}.aqi_low", f"AQI 无效 invalid: {exc}"))
        try:
            hi = lo if high is None or (isinstance(high, str) and not high.strip()) else _number(high, "aqi_high")
            if lo is not None and hi is not None and hi < lo:
                problems.append((f"{f}.aqi_high", f"上限小于下限 high < low: {hi:g} < {lo:g}"))
                hi = None
        except (ValueError, TypeError) as exc:
            problems.append((f"{f}.aqi_high", f"AQI 无效 invalid: {exc}"))
        pri = None
        try:
            pri = parse_pollutant(primary) if primary is not None else None
        except (ValueError, AttributeError):
            problems.append((f"{f}.primary", f"首要污染物无法识别 unknown primary pollutant: {primary!r}"))
        if start is not None and lo is not None and hi is not None:
            points.append((start[0], start[1], lo, hi, pri))
    if problems:
        raise FieldError(problems)
    fid = store_forecast(store, actor, issuer.strip(), when_issued, kind, points, source="manual",
                         entered_by=getattr(actor, "username", str(actor)))
    return airdata.get_forecast(store, fid)
