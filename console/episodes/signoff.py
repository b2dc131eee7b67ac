"""Sign-off (审签, plan §3.2.2 (2)): the level's chain from data/plan.json, in order, each step by a person who
holds the step's role, re-entering their own password, bound to the exact proposal version they read.

When the last step approves, the proposal takes effect at that moment: the level comes into force (a higher
level ends the lower: at most one level is in force), or the warning is lifted / the response ended.
A refused attempt (wrong password, wrong role, out of order, stale content) is itself recorded on the audit
trail, then refused with a message saying why.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from console.common.errors import ConflictError, UserError
from console.episodes.ops import end_problems, lift_problems
from console.episodes.query import get_episode, summary_units
from console.episodes.records import (
    APPROVE,
    DOWNGRADE,
    END,
    KIND_CN,
    LIFT,
    PENDING,
    REJECT,
    START,
    STATUS_CN,
    STEP_CN,
    UPGRADE,
    Proposal,
    Signature,
    get_proposal,
    now,
    role_cn,
    setting,
    signature_from,
    ts,
)
from console.plan.levels import NONE, level_cn
from console.store import episodes as repo
from console.store import proposals as proposals_repo

if TYPE_CHECKING:  # pragma: no cover
    from console.store.db import Store

__all__ = ["SignResult", "sign"]


@dataclass(frozen=True)
class SignResult:
    proposal: Proposal  # after signing
    signature: Signature
    completed: bool  # the last step approved: the proposal took effect
    level: str | None = None  # level in force after it took effect
    ended_level: str | None = None  # the lower (or lifted) level that ended with it
    episode_ended: bool = False


class _Refusal(Exception):
    """A check inside the write transaction failed: roll back, then record the refusal on its own."""

    def __init__(self, who: str, message: str):
        super().__init__(message)
        self.who = who


def _refuse(store: Store, username: str, proposal_id: int, message: str) -> None:
    with store.transaction():
        store.audit(username or "?", "signoff.refused", "proposal", proposal_id, {"reason": message})
    raise UserError(message)


def sign(store: Store, proposal_id: int, username: str, password: str, role: str, decision: str,
         content_hash: str, reason: str = "", *, actor=None) -> SignResult:
    """Sign the next step of a proposal as `username` in `role`.

    `actor` is the account logged in to the console (an Actor or its username), if the caller knows it: only
    that account may sign (nobody, the admin included, signs for someone else). `content_hash` is the hash of
    the version the signer read; a reject needs a reason.

    The password is checked first; every check the signature depends on (the account still active and holding
    the role, the proposal's status, step, content hash and signers, the lift/end preconditions) runs again
    INSIDE the write transaction, against the state it is about to change, so a revision or a signature
    committed by another seat in between is refused (and recorded as a refusal), never half-applied."""
    from console.admin import accounts  # late: accounts imports store

    if decision not in (APPROVE, REJECT):
        raise UserError(f"签署意见 decision: 须为 approve 或 reject, got {decision!r}")
    reason = (reason or "").strip()
    actor_name = getattr(actor, "username", actor)
    if actor_name is not None and actor_name != username:
        who = accounts.get_user(store, actor_name)
        admin = " 管理员也不能代签 the admin cannot sign for others" if who and "admin" in who.roles else ""
        _refuse(store, actor_name, proposal_id, f"只能使用本人账号签署 only your own account may sign "
                                                f"(logged in as {actor_name}, signing as {username}).{admin}")
    try:
        signer = accounts.authenticate(store, username, password)
    except UserError as exc:
        _refuse(store, username, proposal_id, f"签署失败：{exc}")
    if decision == REJECT and not reason:
        raise UserError("退回须填写理由 a reject needs a reason")
    try:
        with store.transaction():
            sid, p, result = _sign_in_tx(store, proposal_id, signer, role, decision, content_hash, reason)
    except _Refusal as r:
        _refuse(store, r.who, proposal_id, str(r))
    except ConflictError:
        _refuse(store, username, proposal_id, "已由他人签署该步骤，本次签署未生效，请刷新后查看 "
                                              "this step was signed by someone else first; nothing was changed")
    sig = signature_from(proposals_repo.signature(store, sid))
    return SignResult(get_proposal(store, p.id), sig, **result)


def _sign_in_tx(store: Store, proposal_id: int, signer, role: str, decision: str, content_hash: str,
                reason: str):
    """The checks and the writes of one signature, inside the caller's write transaction. `signer`: the
    Actor whose password sign() has just verified."""
    from console.admin import accounts  # late: accounts imports store

    username = signer.username
    user = accounts.get_user(store, username)  # re-read: still active, still holds the role
    if user is None or not user.active:
        raise _Refusal(username, "签署失败：账号不存在或已停用 signing refused: account missing or disabled")
    if not user.has_role(role):
        extra = "（管理员不能代替其他角色签署 the admin cannot sign in a role they do not hold）" \
            if "admin" in user.roles else ""
        raise _Refusal(username, f"{user.display_name} 不具备“{role_cn(role)}”角色，不能签署 "
                                 f"does not hold role {role}{extra}")
    p = get_proposal(store, proposal_id)
    if content_hash != p.content_hash:
        raise _Refusal(username, f"提议内容已变更：提议已被修改（现为第 {p.version} 版），请重新阅读后签署 the proposal changed since "
                                 f"you read it (now version {p.version})")
    if p.status != PENDING:
        done = [s for s in p.signatures if s.role == role and s.username != username]
        if done:
            raise _Refusal(username, f"已由他人签署：{done[-1].display_name} 已于 {done[-1].signed_at:%m-%d %H:%M} "
                                     f"签署此步骤，提议现为“{STATUS_CN.get(p.status, p.status)}” already signed by "
                                     "someone else")
        raise _Refusal(username, f"提议 #{p.id} 当前状态为“{STATUS_CN.get(p.status, p.status)}”，无需签署 "
                                 "not waiting for signatures")
    i = p.next_step
    step = p.steps[i]
    if step.role != role:
        done = [s for s in p.signatures if s.role == role and s.username != username]
        if done:
            raise _Refusal(username, f"已由他人签署：{done[-1].display_name} 已签署“{role_cn(role)}”这一步，"
                                     f"现应由“{role_cn(step.role)}”签署 already signed by someone else")
        raise _Refusal(username, f"审签顺序错误 out of order: 当前应由“{role_cn(step.role)}”"
                                 f"{STEP_CN.get(step.step, step.step)}（第 {i + 1}/{len(p.steps)} 步），"
                                 f"不是“{role_cn(role)}” step {i + 1} is {step.role}'s {step.step}")
    if username == p.created_by:
        raise _Refusal(username, "提议人不能审签本人的提议 the proposer cannot sign their own proposal")
    if any(s.username == username for s in p.signatures):
        raise _Refusal(username, "同一人不能签署同一提议的两个步骤 one person cannot sign two steps")
    if decision == APPROVE and i == len(p.steps) - 1:
        problems = _effect_problems(store, p)
        if problems:  # e.g. an upper warning re-issued since the lift was proposed: refused, and on the record
            raise _Refusal(username, f"不能{KIND_CN[p.kind]} cannot {p.kind}: " + "；".join(problems))
    at = now(store)
    sid = proposals_repo.add_signature(store, {
        "proposal_id": p.version_id, "root_id": p.id, "step": i, "step_name": step.step, "role": role,
        "username": user.username, "display_name": user.display_name, "decision": decision,
        "content_hash": content_hash, "reason": reason, "signed_at": ts(at)})
    store.audit(user.username, f"signoff.{decision}", "proposal", p.id, {
        "version": p.version, "step": i, "step_name": step.step, "role": role, "content_hash": content_hash,
        "reason": reason, "consent": step.consent})
    result = {"completed": False}
    if decision == APPROVE and i == len(p.steps) - 1:
        result = _take_effect(store, signer, p, sid)
    return sid, p, result


def _effect_problems(store: Store, p: Proposal) -> list[str]:
    """Why a lift/end proposal cannot take effect now ([] = it can; start/upgrade/downgrade: always [])."""
    if p.kind == LIFT:
        return lift_problems(store, p.episode_id)
    if p.kind == END:
        return end_problems(store, p.episode_id,
                            need_lift_notice=get_episode(store, p.episode_id).highest_level != NONE)
    return []


def _take_effect(store: Store, signer, p: Proposal, signature_id: int) -> dict:
    """The approval `signature_id` by `signer` completed `p`: its effect, in the same transaction."""
    actor = signer.username
    at = now(store)
    ep = get_episode(store, p.episode_id)
    previous = ep.level
    if p.kind in (START, UPGRADE, DOWNGRADE):
        repo.add_level_change(store, ep.id, p.level, ts(at), p.version_id, p.kind)
        store.audit(actor, "episode.level", "episode", ep.id, {
            "level": p.level, "previous": previous, "proposal": p.id, "kind": p.kind, "at": ts(at),
            "ended": previous if previous != NONE else None})
        # the measures in force become department tasks in the same transaction (plan 附件2, §4.2)
        from console.measures import board

        board.activate(store, ep.id, p.level, at, signer, signature_id=signature_id)
        return {"completed": True, "level": p.level, "ended_level": previous if previous != NONE else None}
    problems = _effect_problems(store, p)
    if problems:
        raise UserError(f"不能{KIND_CN[p.kind]} cannot {p.kind}: " + "；".join(problems))
    if previous != NONE:
        repo.add_level_change(store, ep.id, NONE, ts(at), p.version_id, p.kind)
    due = at + timedelta(hours=float(setting(store, "summary_hours")))
    repo.add_episode_end(store, ep.id, ts(at), p.version_id, p.kind,
                         json.dumps(summary_units(store), ensure_ascii=False), ts(due))
    store.audit(actor, "episode.end", "episode", ep.id, {
        "kind": p.kind, "lifted": previous if previous != NONE else None, "proposal": p.id, "at": ts(at),
        "summary_due_at": ts(due), "text": f"{level_cn(previous)}{KIND_CN[p.kind]}"})
    from console.measures import board

    if board.get_board(store, ep.id) is not None:
        board.close_board(store, ep.id, at, signer, signature_id=signature_id)  # kept, read-only
    return {"completed": True, "level": NONE, "ended_level": previous if previous != NONE else None,
            "episode_ended": True}
