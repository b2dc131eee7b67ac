"""python -m console drill SCENARIO [--speed max] [--auto] [--json] [--out DIR] | drill --list"""
from __future__ import annotations

import json
import time
from datetime import timedelta
from pathlib import Path

from console import drills
from console.common.errors import UserError

NAME = "drill"
HELP = "演练：在独立的演练数据库上回放场景并评分 drill: replay a scenario on its own database and score it"
SPEEDS = ("max", "1", "60", "600", "3600")


def add_arguments(p) -> None:
    p.add_argument("scenario", nargs="?", help="内置场景名（如 full_cycle）或场景文件路径 built-in name or file")
    p.add_argument("--list", action="store_true", help="列出内置场景 list the built-in scenarios")
    p.add_argument("--speed", choices=SPEEDS, default="max",
                   help="模拟速度：max 为事件到事件立即推进（默认）simulated speed (default max)")
    p.add_argument("--auto", action="store_true",
                   help="不用脚本中的应对，由自动应对代替（标准答案）let the auto-responder answer instead of the script")
    p.add_argument("--json", action="store_true", help="以 JSON 输出评分 print the score as JSON")
    p.add_argument("--out", type=Path, default=None, metavar="DIR",
                   help="演练数据库与报告的存放文件夹（默认数据目录下 drills/）where the drill DB and report go")


def run(args) -> int:
    if args.list:
        for sc in drills.builtins():
            print(f"{sc.name}\t{sc.title}")
        return 0
    if not args.scenario:
        raise UserError("请给出场景名或文件 give a scenario (see --list)")
    if args.speed == "max":
        result = drills.run(args.scenario, out_dir=args.out, auto=args.auto)
    else:
        result = _run_realtime(args)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    s = result.score
    print(f"【演练 DRILL】{result.scenario.title}")
    print(f"总分 total: {s.total:g} / 100")
    for c in s.criteria:
        print(f"  {c.name}: {c.points:g} / {c.max_points:g}")
        for d in c.deductions:
            print(f"    −{d.points:g}  {d.reason}")
    print(f"演练数据库 drill database: {result.db_path}")
    if result.report_path:
        print(f"评估报告 report: {result.report_path}")
    return 0


def _run_realtime(args):
    """A slower-than-max headless run: a SimClock at the chosen speed, sleeping until the next event."""
    from console.common.clock import SimClock
    sc = drills.load(args.scenario)
    runner = drills.DrillRunner(sc, SimClock(sc.start, float(args.speed)), out_dir=args.out, auto=args.auto)
    try:
        while not runner.finished:
            runner.advance(runner.base.now())
            nxt = min(x for x in (runner.next_event_at(), sc.end) if x is not None)
            wait = (nxt - runner.base.now()) / timedelta(seconds=1) / float(args.speed)
            time.sleep(min(1.0, max(0.05, wait)))
            if runner.base.now() >= sc.end:
                runner.advance(sc.end)
                runner.finished = True
        return drills.finish(runner)
    finally:
        runner.close()
