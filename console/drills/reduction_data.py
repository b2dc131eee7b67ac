"""Reduction data in a drill (issue 18): the `meter_data` event loads the demo firms (reduction list, 一厂一策
sheets, contacts) into the drill database once, then imports the demo meter readings from `from` to `to`
(inclusive hours), moved by whole weeks to the drill's dates, with the demo's curtailments and violations applied
from `curtail_from` to `curtail_to` (console/reductions/demo.py). The automatic checks then run on the drill's
clock like live (console/reductions/auto_checks.py, called by the runner after every event), so the flags, the
check tab and the daily report of the drill show figures. Everything is written to the drill database only."""
from __future__ import annotations

from console.common.clock import parse_local
from console.reductions import demo


def do_meter_data(self, ev) -> tuple[str, str]:
    span = (ev.get("curtail_from"), ev.get("curtail_to"))
    demo.load_firms(self.store, self.automation)
    first, last = ev.get("from"), ev.get("to")
    rows = [r for at, r in _dated_rows(self, span) if first <= at <= last]
    if not rows:
        return (f"电表数据 {first:%m-%d %H:%M}–{last:%m-%d %H:%M}：演示数据中没有这段时间的读数",
                f"Meter data {first:%m-%d %H:%M}–{last:%m-%d %H:%M}: the demo data has no readings then")
    res = demo.import_rows(self.store, self.automation, rows)
    firms = len({r[0] for r in rows})
    return (f"导入电表数据 {first:%m-%d %H:%M}–{last:%m-%d %H:%M}：{firms} 家企业，读数新增 {res.added} 条",
            f"Meter data imported {first:%m-%d %H:%M}–{last:%m-%d %H:%M}: {firms} firms, {res.added} new readings")


def _dated_rows(runner, span) -> list[tuple]:
    """The demo's meter rows for this curtailment span with their times, made once per run (a scenario imports
    them in daily slices: each slice used to re-read the demo file and re-parse every row)."""
    cache = runner.__dict__.setdefault("_demo_meter_rows", {})
    if span not in cache:
        cache[span] = [(parse_local(r[3]), r) for r in demo.meter_rows(span=span)]
    return cache[span]
