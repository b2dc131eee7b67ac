"""python -m console events [--follow] [--json]: one line per committed change, from any seat."""
from __future__ import annotations

import json
import sys
import threading

from console.commands._common import add_db_argument, open_store

NAME = "events"
HELP = "显示（并持续跟踪）各席位提交的变更 print (and follow) the changes committed by any seat"
FIELDS = ("id", "ts", "actor", "action", "entity", "entity_id")


def add_arguments(p) -> None:
    add_db_argument(p)
    p.add_argument("--follow", "-f", action="store_true", help="持续输出新的变更 keep printing new changes")
    p.add_argument("--json", action="store_true", help="每行一个 JSON 对象 one JSON object per line")
    p.add_argument("-n", type=int, default=10, help="先显示最近 N 条 show the last N first (default 10)")
    p.add_argument("--poll", type=float, default=0.5,
                   help="SQLite 单机时的轮询间隔（秒）polling interval for a SQLite file (PostgreSQL notifies at once)")



def _print(rec: dict, as_json: bool) -> None:
    if as_json:
        out = {k: rec[k] for k in FIELDS}
        out["detail"] = json.loads(rec["detail"]) if rec.get("detail") else {}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    else:
        print(f"#{rec['id']:<6} {rec['ts']}  {rec['actor']:<12} {rec['action']:<22} {rec['entity']}:"
              f"{rec['entity_id'] or ''}", flush=True)


def run(args) -> int:
    from console.store import audit_feed

    with open_store(args, readonly=True) as store:
        last = 0
        for rec in audit_feed.latest(store, args.n):
            _print(rec, args.json)
            last = rec["id"]
        if not args.follow:
            return 0
        last = max(last, audit_feed.newest_id(store))
        wake = threading.Event()
        listener = None
        url = getattr(store, "url", None)
        if url:
            from console.store.listen import ChangeListener

            listener = ChangeListener(url, lambda _c, _d: wake.set(),
                                      lambda state, detail: print(f"# {state} {detail}".rstrip(), file=sys.stderr,
                                                                  flush=True)).start()
        try:
            while True:
                wake.wait(args.poll if listener is None else 5.0)
                wake.clear()
                for rec in audit_feed.since(store, last):
                    _print(rec, args.json)
                    last = rec["id"]
        except KeyboardInterrupt:
            return 0
        finally:
            if listener:
                listener.stop()
