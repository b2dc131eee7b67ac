"""The periods a recurring duty is counted in: half-days, days, a daily time window."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from console.common.clock import to_local


@dataclass(frozen=True)
class Period:
    kind: str
    start: datetime
    end: datetime
    due: datetime
    window_start: datetime
    label: str


def _hm(text: str) -> time:
    h, m = text.split(":")
    return time(int(h), int(m))


def period_at(rec: dict, when: datetime) -> Period:
    when = to_local(when)
    day = when.replace(hour=0, minute=0, second=0, microsecond=0)
    md = f"{day.month}月{day.day}日"
    kind = rec["kind"]
    if kind == "per_half_day":
        start = day if when.hour < 12 else day + timedelta(hours=12)
        end = start + timedelta(hours=12)
        return Period(kind, start, end, end, start, md + ("上午" if start.hour == 0 else "下午"))
    end = day + timedelta(days=1)
    if kind == "daily_window":
        ws, we = _hm(rec.get("start", "08:00")), _hm(rec.get("end", "18:00"))
        w0 = day.replace(hour=ws.hour, minute=ws.minute)
        due = day.replace(hour=we.hour, minute=we.minute)
        return Period(kind, day, end, due, w0, f"{md} {rec.get('start', '08:00')}–{rec.get('end', '18:00')}")
    return Period(kind, day, end, end, day, md)
