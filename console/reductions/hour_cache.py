"""The meters' hourly means, kept per open store between calls (issue 12 item 5).

The automatic checks (console/reductions/auto_checks.py) evaluate a warning span every simulated or real hour over
the span and its lookback window (30 days and more): without a cache every call fetched and parsed every reading of
that window again and averaged it per hour, although only the newest hour is new. Here the hourly mean of every
meter is kept for the whole hours already fetched; a later call fetches only the hours not yet covered. The result
is exactly meters.hourly's: a whole hour's mean is computed from all its readings in the same order (by time), an
hour cut by the range's ends is computed from the readings inside the range only, as before.

Invalidation: the cache is keyed on the readings' version (latest import id, number of readings) read from the
database on every call, so an import by any connection (another seat, a trainee's page) is seen at once.
"""
from __future__ import annotations

import threading
import weakref
from datetime import datetime, timedelta

from console.common.clock import parse_local, to_iso, to_local
from console.reductions import baseline as bl
from console.store import reductions as repo
from console.store.db import Store

HOUR = timedelta(hours=1)


class _Cache:
    def __init__(self, version: tuple[int, int]):
        self.version = version
        self.lo: datetime | None = None  # whole hours covered: readings with lo <= at < hi
        self.hi: datetime | None = None
        self.means: dict[tuple[str, str, str], dict[datetime, float]] = {}  # (code, kind, meter) -> {hour: kW}

    def add(self, rows: list[dict]) -> None:
        acc: dict[tuple[str, str, str], dict[datetime, list[float]]] = {}
        for r in rows:
            acc.setdefault((r["code"], r["kind"], r["meter"]), {}).setdefault(
                bl.hour_of(parse_local(r["at"])), []).append(r["kw"])
        for key, hours in acc.items():
            self.means.setdefault(key, {}).update({h: sum(v) / len(v) for h, v in hours.items()})


_caches: "weakref.WeakKeyDictionary[Store, _Cache]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()  # the 演练 page's worker and the GUI thread may read the same store's hours at once


def _fetch(store: Store, lo: datetime, hi: datetime) -> list[dict]:
    return repo.readings(store, to_iso(lo), to_iso(hi)) if hi > lo else []


def _covered(store: Store, lo: datetime, hi: datetime) -> _Cache:
    """The store's cache, made to cover the whole hours [lo, hi) of the current readings."""
    version = repo.readings_version(store)
    c = _caches.get(store)
    if c is None or c.version != version or c.lo is None or hi < c.lo or lo > c.hi:
        c = _Cache(version)  # new data, or a range apart from the one kept: start afresh
        c.add(_fetch(store, lo, hi))
        c.lo, c.hi = lo, hi
    else:
        if lo < c.lo:
            c.add(_fetch(store, lo, c.lo))
            c.lo = lo
        if hi > c.hi:
            c.add(_fetch(store, c.hi, hi))
            c.hi = hi
    _caches[store] = c
    return c


def hourly(store: Store, first: datetime, last: datetime, code: str | None = None
           ) -> dict[str, dict[str, dict[datetime, float]]]:
    """As meters.hourly: {code: {"production"|"control": {hour: kW}}} from the readings with first <= at < last."""
    first, last = to_local(first), to_local(last)
    lo = bl.hour_of(first)
    lo = lo if lo == first else lo + HOUR  # the first whole hour
    hi = bl.hour_of(last)  # the end of the last whole hour
    if hi <= lo:  # no whole hour inside: nothing worth keeping
        return _grouped(_meter_hours(repo.readings(store, to_iso(first), to_iso(last), code)))
    per_meter: dict[tuple[str, str, str], dict[datetime, float]] = {}
    with _lock:
        c = _covered(store, lo, hi)
        for key, means in c.means.items():
            if code is not None and key[0] != code:
                continue
            hours = {h: v for h, v in means.items() if lo <= h < hi}
            if hours:
                per_meter[key] = hours
    # the hours cut by the range's ends: from the readings inside the range only
    edges = []
    if first < lo:
        edges += repo.readings(store, to_iso(first), to_iso(lo), code)
    if hi < last:
        edges += repo.readings(store, to_iso(hi), to_iso(last), code)
    for key, means in _meter_hours(edges).items():
        per_meter.setdefault(key, {}).update(means)
    return _grouped(per_meter)


def _meter_hours(rows: list[dict]) -> dict[tuple[str, str, str], dict[datetime, float]]:
    acc: dict[tuple[str, str, str], list] = {}
    for r in rows:
        acc.setdefault((r["code"], r["kind"], r["meter"]), []).append((parse_local(r["at"]), r["kw"]))
    return {key: bl.meter_hours(rs) for key, rs in acc.items()}


def _grouped(per_meter: dict[tuple[str, str, str], dict[datetime, float]]
             ) -> dict[str, dict[str, dict[datetime, float]]]:
    """{code: {kind: firm hours}}, the meters of a kind summed in the order of their names (as the query orders
    them), so the sums are the same to the last bit."""
    kinds: dict[str, dict[str, dict[str, dict[datetime, float]]]] = {}
    for (c, kind, meter) in sorted(per_meter):
        kinds.setdefault(c, {}).setdefault(kind, {})[meter] = per_meter[(c, kind, meter)]
    return {c: {kind: bl.firm_hours(ms) for kind, ms in ks.items()} for c, ks in kinds.items()}
