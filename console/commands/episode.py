"""python -m console episode status|propose|sign|publish|lift [--db PATH|URL] … (the lifecycle: _lifecycle.py)"""
from __future__ import annotations

import json
import sqlite3

from console import episodes as E
from console.commands._common import add_db_argument, open_store
from console.commands._lifecycle import ACTIONS, add_lifecycle
from console.common.errors import UserError
from console.episodes.records import STATUS_CN, role_cn
from console.plan.levels import NONE, level_cn

NAME = "episode"
HELP = "重污染过程：状态、提议、审签、发布、解除 episode: status, propose, sign, publish, lift"


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="episode_cmd", required=True, metavar="ACTION")
    st = sub.add_parser("status", help="显示当前过程状态 show the current episode")
    add_db_argument(st)
    st.add_argument("--json", action="store_true")
    add_lifecycle(sub)


def _fmt(t) -> str:
    return t.strftime("%Y-%m-%d %H:%M") if t else "-"


def run(args) -> int:
    if args.episode_cmd in ACTIONS:
        with open_store(args) as store:
            return ACTIONS[args.episode_cmd](store, args)
    with open_store(args, readonly=True) as store:
        try:
            return _status(store, args.json)
        except sqlite3.OperationalError as exc:
            raise UserError(f"数据库尚未升级，请先用本程序打开一次 database schema too old: {exc}") from None


def _status(store, as_json: bool) -> int:
    ep = E.current_episode(store) or E.latest_episode(store)
    level, since = E.level_in_force(store)
    pending = E.pending_signatures(store)
    deadlines = E.response_deadlines(store)
    summ = E.summaries_status(store)
    if as_json:
        print(json.dumps({
            "episode": None if ep is None else {"id": ep.id, "status": ep.status, "opened_at": _fmt(ep.opened_at),
                                                "highest_level": ep.highest_level, "ended_at": _fmt(ep.ended_at)},
            "level": level, "since": _fmt(since),
            "pending": [{"proposal": p.proposal.id, "kind": p.proposal.kind, "level": p.proposal.level,
                         "role": p.role, "since": _fmt(p.since), "version": p.proposal.version,
                         "content_hash": p.proposal.content_hash} for p in pending],
            "deadlines": [{"trigger": d.trigger.id, "level": d.trigger.level, "due_at": _fmt(d.due_at),
                           "met_at": _fmt(d.met_at), "status": d.status} for d in deadlines],
            "summaries_missing": summ.missing if summ else [],
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"当前级别 level in force: {level_cn(level)}" + (f"（自 {_fmt(since)} 起）" if level != NONE else ""))
    if ep is None:
        print("没有重污染过程记录 no episode recorded")
        return 0
    print(f"过程 episode #{ep.id}: {ep.status}，开始 {_fmt(ep.opened_at)}，最高 {level_cn(ep.highest_level)}"
          + (f"，结束 {_fmt(ep.ended_at)}" if ep.ended_at else ""))
    for d in deadlines:
        print(f"  启动时限 response deadline ({level_cn(d.trigger.level)}，{d.trigger.source}): 触发 "
              f"{_fmt(d.trigger.at)}，截止 {_fmt(d.due_at)}，{d.status}" + (f"（{_fmt(d.met_at)} 启动）" if d.met_at else ""))
    for p in pending:
        print(f"  待审签 pending: 提议 #{p.proposal.id} {E.KIND_CN[p.proposal.kind]}{level_cn(p.proposal.level)}"
              f" 等待 {role_cn(p.role)}（自 {_fmt(p.since)}）")
    for p in E.proposals(store, ep.id):
        if p.status != "pending":
            print(f"  提议 #{p.id} v{p.version} {E.KIND_CN[p.kind]} {STATUS_CN[p.status]}")
    if summ:
        print(f"  总结 summaries: 截止 {_fmt(summ.due_at)}，已收 {len(summ.received)}/{len(summ.units)}，"
              f"未报 {'、'.join(summ.missing) or '无'}")
    return 0
