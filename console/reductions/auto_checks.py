"""The meter checks running by themselves (issue 18): while a level is in force, and once when its span ends.

`run_due(store)` is called by the reminder tick (widgets/common/reminders.py, through the facade), after every meter
import through the facade, and by the drill runner after each event. For every warning span (one level in force,
console.episodes.level_intervals):
- in force: the span so far, [start, now rounded down to the hour), checked when the clock has entered a new hour
  since the system's last run of that span, or a meter file was imported since — i.e. hourly and after an import;
- ended (within the last FINAL_WITHIN): the whole span, once; again only after a later meter import.
A run is recorded only when its figures differ from the latest run of the same span (by anyone): the same data
never makes a second run. Runs are recorded like a person's (checks.record: one transaction, one audit record),
by the console's own actor "system" (session.system_automation), which may do nothing else.
"""
from __future__ import annotations

import functools
import json
import weakref
from datetime import datetime, timedelta

from console.admin import session
from console.common.clock import parse_local, to_iso, to_local
from console.reductions import baseline as bl
from console.reductions import checks
from console.store import reductions as repo
from console.store.db import Store

FINAL_WITHIN = timedelta(days=7)  # an older span ended before the console watched it: checked by hand if wanted
ROLES = (session.SYSTEM_ROLE,)
# per open store: (span start, level, final) -> (hour, span end, last import) last evaluated without a new run, so
# the reminder tick (every 20 s) does not evaluate the same data again (a cache only: duplicates are refused
# against the stored runs anyway)
_seen: "weakref.WeakKeyDictionary[Store, dict]" = weakref.WeakKeyDictionary()


def _spans(store: Store, now: datetime) -> list[tuple[datetime, datetime, str, bool]]:
    """(start, end, level, final) of the spans to look at now."""
    from console.episodes import level_intervals

    out = []
    for a, b, level in level_intervals(store):
        a = to_local(a)
        if b is None:
            end = bl.hour_of(now)
            if end > a:
                out.append((a, end, level, False))
        elif to_local(b) <= now and now - to_local(b) <= FINAL_WITHIN:
            out.append((a, to_local(b), level, True))
    return out


def _due(store: Store, start: datetime, end: datetime, level: str, final: bool, now: datetime,
         last_import: str | None) -> bool:
    mine = [r for r in repo.span_runs(store, to_iso(start), level) if r["by"] == session.SYSTEM_ACTOR]
    if final:
        mine = [r for r in mine if r["span_end"] == to_iso(end)]
    if not mine:
        return True
    last_at = parse_local(mine[0]["at"])
    imported_since = last_import is not None and parse_local(last_import) >= last_at
    return imported_since or (not final and bl.hour_of(now) > bl.hour_of(last_at))


def _same_as_latest(store: Store, start: datetime, level: str, results: list[bl.FirmResult],
                    end: datetime | None) -> bool:
    """Whether the latest run of the span (of exactly [start, end) when `end` is given) has these figures."""
    runs = repo.span_runs(store, to_iso(start), level)
    if end is not None:
        runs = [r for r in runs if r["span_end"] == to_iso(end)]
    if not runs:
        return False
    return json.loads(runs[0]["results"]) == json.loads(json.dumps([r.summary() for r in results],
                                                                   ensure_ascii=False))


def run_due(store: Store, now: datetime | None = None) -> list[checks.CheckRun]:
    """Check every span that is due (see the module docstring); returns the runs recorded."""
    now = to_local(now or store.clock.now())
    last_import = repo.last_import_at(store)
    if last_import is None:
        return []  # no meter data at all
    rules = checks.rules_for(store)
    out = []
    for start, end, level, final in _spans(store, now):
        if not _due(store, start, end, level, final, now, last_import):
            continue
        key, seen = (start, level, final), _seen.setdefault(store, {})
        if seen.get(key) == (bl.hour_of(now), end, last_import):
            continue  # evaluated already this hour with the same data and found nothing new
        seen[key] = (bl.hour_of(now), end, last_import)
        if not repo.reading_count(store, to_iso(start), to_iso(end)):
            continue
        results = checks.evaluate(store, start, end, level, rules)
        if not any(r.hours_compared for r in results):
            continue  # no hour of the span has both a reading and a baseline yet: nothing to record
        run = checks.record(store, session.system_automation(), ROLES, start, end, level, rules, results,
                            unless=functools.partial(_same_as_latest, store, start, level, results,
                                                     end if final else None))
        if run is not None:
            out.append(run)
    return out


def is_automatic(run: checks.CheckRun) -> bool:
    return run.by == session.SYSTEM_ACTOR


def import_then_check(store: Store, actor, path):
    """A meter file imported by `actor`, then the automatic checks it makes due (the import path)."""
    from console.reductions import meters

    result = meters.import_file(store, actor, path)
    if result.import_id is not None:
        run_due(store)
    return result
