"""`measures tasks` (the response tasks of the episode in force, with their ids) and `measures tick TASK`: a
check-off, a count of a recurring duty or an undo, through the same core functions as the 响应任务 page
(console.measures.board): a liaison ticks his own unit's tasks, the duty officer any task on the unit's behalf
(--on-behalf UNIT); the core checks it inside the write transaction and records a refusal. (Their arguments are
declared in measures.py, so that `measures --level` imports nothing more.)"""
from __future__ import annotations

import json

from console.commands._auth import acting
from console.common.errors import UserError


def _episode_id(store) -> str:
    from console import episodes as E

    ep = E.current_episode(store) or E.latest_episode(store)
    if ep is None:
        raise UserError("没有重污染过程，也没有响应任务 no episode, no response tasks")
    return str(ep.id)


def tasks(store, args) -> int:
    from console.measures.status import status

    rows = [s for s in status(store, _episode_id(store), store.clock.now())
            if not args.unit or s.unit == args.unit]
    if args.json:
        print(json.dumps([{"task": s.task_id, "measure": s.measure_id, "unit": s.unit, "state": s.state,
                           "recurring": s.recurring_kind, "active": s.active} for s in rows],
                         ensure_ascii=False, indent=2))
        return 0
    for s in rows:
        print(f"{s.task_id:>5}  {s.measure_id:<7} {s.unit:<14} {s.state_zh:<6} {s.text[:40]}")
    return 0


def tick(store, args) -> int:
    from console.measures import board

    who = acting(store, args)
    task = board.get_task(store, args.task)
    if args.undo is not None:
        ch = board.undo(store, task["id"], who, args.undo, None, args.on_behalf)
        what = "撤销 undone"
    elif board.default_catalog().measures_by_id[task["measure_id"]].recurring:
        ch = board.record_count(store, task["id"], None, who, args.count, counter="extra" if args.extra else "main",
                                on_behalf_of_unit=args.on_behalf, note=args.note)
        what = f"记录 {args.count} 次 counted"
    else:
        ch = board.check(store, task["id"], who, args.on_behalf, args.note)
        what = "确认完成 done"
    if args.json:
        print(json.dumps({"task": task["id"], "measure": task["measure_id"], "unit": task["unit"],
                          "event": ch.event_id, "by": who.username, "on_behalf_of": args.on_behalf},
                         ensure_ascii=False, indent=2))
    else:
        print(f"{task['measure_id']} {task['unit']}：{what}（{who.display_name}"
              + (f" 代 {args.on_behalf}" if args.on_behalf else "") + "）")
    return 0


ACTIONS = {"tasks": tasks, "tick": tick}
