"""`episode propose|sign|publish|lift`: the episode lifecycle from a script, through the same core functions as
the 预警与审签 page (console.episodes), so a step is refused for the same reason and with the same message.

Every action acts as `--as USER`, whose password is asked (or read from standard input with --password-stdin);
the core checks the role inside its write transaction and records a refusal on the audit trail."""
from __future__ import annotations

import argparse
import json

from console import episodes as E
from console.admin.settings import Settings
from console.commands._auth import Passwords, acting, add_acting_account
from console.commands._common import add_db_argument
from console.common.clock import parse_local, to_iso
from console.common.errors import UserError
from console.episodes import bulletin as B
from console.episodes.records import KINDS, STEP_CN, role_cn
from console.plan import names
from console.plan.levels import NONE, level_cn

EXIT_CODES = """exit status 退出码:
  0  done 已完成
  2  refused or invalid: not authenticated (wrong password, unknown/disabled/locked account), wrong role,
     out of order, changed since read, bad input — the message says which; nothing was written
     被拒绝或输入有误（密码、账号、角色、顺序、内容已变更、输入格式），不写入任何内容"""


def add_lifecycle(sub) -> None:
    def parser(name: str, help_: str, who: str):
        p = sub.add_parser(name, help=help_, description=help_, epilog=EXIT_CODES,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        add_db_argument(p)
        add_acting_account(p, f"{who}的账号（须输入其密码）the acting account (its password is asked)")
        p.add_argument("--json", action="store_true", help="输出 JSON")
        return p

    duty = names.role_name("duty_officer")  # the plan's name of the role
    pr = parser("propose", "值班员提议启动、升级、降级、解除或终止 propose start/upgrade/downgrade/lift/end", duty)
    pr.add_argument("kind", choices=KINDS)
    pr.add_argument("--level", help="yellow | orange | red（默认：当前评估级别 default: the current assessment）")
    pr.add_argument("--basis", action="append", help="依据，可多次（默认：当前评估的依据）basis, repeatable")
    pr.add_argument("--area", help="响应区域（默认：设置中的响应区域）response area")
    pr.add_argument("--start", help="启动时间 start time YYYY-MM-DD HH:MM（默认：现在 now）")
    pr.add_argument("--reason", default="", help="书面理由 written reason")
    pr.add_argument("--assessed", help="评估级别（默认：数据库中的当前评估）assessed level")
    pr.add_argument("--improvement-hours", type=float, help="降级：预测改善持续小时数 downgrade: hours of improvement")

    lf = parser("lift", "提议解除（有生效预警时）或终止响应 propose the lift (a level in force) or the end", duty)
    lf.add_argument("--reason", default="", help="书面理由 written reason")
    lf.add_argument("--basis", action="append", help="依据，可多次（默认：上级解除通知与联合研判）basis, repeatable")

    sg = parser("sign", "审签提议的下一步（须本人账号和密码） sign the next step of a proposal", "签署人")
    sg.add_argument("proposal", type=int, help="提议编号 proposal id（见 episode status）")
    sg.add_argument("--decision", choices=("approve", "reject"), default="approve")
    sg.add_argument("--reason", default="", help="退回理由 reason (required to reject)")
    sg.add_argument("--hash", dest="content_hash", help="所阅读版本的内容哈希（默认：当前版本）content hash of the "
                                                        "version read (default: the current one, printed)")

    pb = parser("publish", "值班员发布预警信息（审签完成后）publish the bulletin", duty)
    pb.add_argument("--degree", default="", help="污染程度 pollution degree")
    pb.add_argument("--pollution-area", default="", help="污染范围 pollution area")
    pb.add_argument("--pollutant", default="", help="首要污染物 primary pollutant")
    pb.add_argument("--advice", help="健康防护提示（默认：预案的健康防护措施）health advice")
    pb.add_argument("--reason", default="", help="级别与生效级别不同时的书面理由 reason when the level differs")
    pb.add_argument("--lift", action="store_true", help="发布解除信息 publish the lift (cancel)")


def _time(text: str | None, field: str):
    if not text:
        return None
    try:
        return parse_local(text)
    except ValueError:
        raise UserError(f"{field} {text!r}: 时间格式应为 YYYY-MM-DD HH:MM") from None


def _who(store, args):
    return acting(store, args)


def _out(args, data: dict, text: str) -> int:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)
    return 0


def _proposal_out(args, p) -> int:
    steps = "、".join(f"{role_cn(s.role)}{STEP_CN.get(s.step, s.step)}" for s in p.steps)
    what = "" if p.level == NONE else level_cn(p.level)
    return _out(args, {"proposal": p.id, "version": p.version, "kind": p.kind, "level": p.level,
                       "content_hash": p.content_hash, "steps": [s.to_dict() for s in p.steps]},
                f"提议 proposal #{p.id} v{p.version}：{E.KIND_CN[p.kind]}{what}，待 {steps}\n"
                f"内容哈希 content hash: {p.content_hash}")


def propose(store, args) -> int:
    from console.episodes.workflow import assessment_at

    who = _who(store, args)
    kind = args.kind
    if kind in (E.LIFT, E.END):
        p = E.propose(store, who, kind, None, args.basis or [], args.area or "", _time(args.start, "--start"),
                      args.reason)
        return _proposal_out(args, p)
    now = store.clock.now()
    a = assessment_at(store, now)
    p = E.propose(store, who, kind, args.level or a.level, args.basis or list(a.basis),
                  args.area or Settings(store).get("response_area"), _time(args.start, "--start") or now, args.reason,
                  assessed_level=args.assessed or a.level, improvement_hours=args.improvement_hours)
    return _proposal_out(args, p)


def lift(store, args) -> int:
    ep = E.current_episode(store)
    if ep is None:
        raise UserError("没有进行中的重污染过程 no open episode")
    p = E.propose(store, _who(store, args), E.LIFT if ep.status == E.IN_FORCE else E.END, None, args.basis or [],
                  "", None, args.reason)
    return _proposal_out(args, p)


def sign(store, args) -> int:
    p = E.get_proposal(store, args.proposal)
    role = p.steps[p.next_step].role if p.status == E.PENDING else p.steps[-1].role
    password = Passwords(args).read(f"{args.actor} 的密码 password: ")
    r = E.sign(store, p.id, args.actor, password, role, args.decision, args.content_hash or p.content_hash,
               args.reason, actor=args.actor)
    done = ""
    if r.completed:
        done = f"；{E.KIND_CN[p.kind]}生效，过程结束" if r.episode_ended else f"；{level_cn(r.level)}生效"
    return _out(args, {"proposal": p.id, "signature": r.signature.id, "role": role, "decision": args.decision,
                       "completed": r.completed, "level": r.level, "episode_ended": r.episode_ended},
                f"{r.signature.display_name}（{role_cn(role)}）{'同意' if args.decision == 'approve' else '退回'} "
                f"提议 #{p.id}{done}")


def publish(store, args) -> int:
    who = _who(store, args)
    if args.lift:
        b = B.draft_lift(store)
    else:
        b = B.draft(store, pollution_degree=args.degree, pollution_area=args.pollution_area,
                    primary_pollutant=args.pollutant)
    changes = {"reason": args.reason} | ({"health_advice": args.advice} if args.advice is not None else {})
    b = B.Bulletin.from_dict({**b.to_dict(), **changes})
    pub = B.publish(store, None, b, who)
    return _out(args, {"publication": pub.id, "identifier": pub.identifier, "msg_type": pub.msg_type,
                       "level": pub.level, "sent": to_iso(pub.sent)},
                f"已发布 published {pub.identifier}：{B.headline(pub.bulletin, pub.msg_type)}")


ACTIONS = {"propose": propose, "lift": lift, "sign": sign, "publish": publish}
