"""Response-measure boards (plan §8, 附件2): when a level comes into force its measures become tasks for the
responsible departments and towns; check-offs, undo and recurring counts are event rows; a closed board is kept
read-only. Status (done/required per period, overdue) is in console.board_status.

Readings (PLAN.md marks these as choices, not the plan's words):
- A stricter measure replaces the weaker one *for the units it names*: at red 城市管理局 is not named by the
  red sprinkling measure I-D2, so its orange sprinkling duty (II-D2, 3 per half-day) stays in force for it.
- A measure listed twice in the plan (duplicate_of, II-V6 = II-A3) becomes one task, under its first listing.
- A measure that is already replaced when it would be added (e.g. II-D2 on a board activated straight at red)
  never becomes a task.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from console.admin import accounts, session
from console.admin.session import Actor
from console.admin.settings import Settings
from console.common import paths
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import UserError
from console.measures.effect import END_KINDS, LEVEL_KINDS, board_write
from console.measures.periods import period_at
from console.plan import catalog as catalog_mod
from console.plan.catalog import ALL_TOWNS, Catalog, Measure
from console.plan.levels import parse_level
from console.store import measures as repo
from console.store.db import Store

TOLERANCE = timedelta(minutes=2)  # clock skew allowed for "at" in the future
_CATALOGS: dict[str, Catalog] = {}


def default_catalog(catalog: Catalog | None = None) -> Catalog:
    if catalog is not None:
        return catalog
    key = str(paths.plan_data_dir())
    if key not in _CATALOGS:
        _CATALOGS[key] = catalog_mod.load()
    return _CATALOGS[key]


@dataclass
class BoardChanges:
    """What an operation changed; views refresh from it."""
    episode_id: str
    level: str | None = None
    previous_level: str | None = None
    added: list[int] = field(default_factory=list)
    replaced: list[int] = field(default_factory=list)
    withdrawn: list[int] = field(default_factory=list)
    restored: list[int] = field(default_factory=list)
    tasks: list[int] = field(default_factory=list)  # tasks whose check-off/count changed
    closed: bool = False
    event_id: int | None = None

    def __bool__(self) -> bool:
        return bool(self.added or self.replaced or self.withdrawn or self.restored or self.tasks or self.closed
                    or self.level != self.previous_level)


# ---- queries -----------------------------------------------------------------------------------
def get_board(store: Store, episode_id: str) -> dict | None:
    return repo.board(store, episode_id)


def list_boards(store: Store) -> list[dict]:
    """Every board, open ones first, newest first."""
    return repo.boards(store)


def get_task(store: Store, task_id: int) -> dict:
    row = repo.task(store, task_id)
    if row is None:
        raise UserError(f"任务 task {task_id}: 不存在 does not exist")
    return row


def tasks(store: Store, episode_id: str) -> list[dict]:
    return repo.tasks(store, episode_id)


def events(store: Store, episode_id: str, task_id: int | None = None) -> list[dict]:
    return repo.events(store, episode_id, task_id)


def chain_root(cat: Catalog, measure: Measure) -> str:
    """The weakest measure of a replacement chain (III-D3 for the sprinkling duties II-D2 and I-D2)."""
    m = measure
    seen = {m.id}
    while m.replaces and m.replaces[0] not in seen:
        m = cat.measures_by_id[m.replaces[0]]
        seen.add(m.id)
    return m.id


def target_tasks(cat: Catalog, level: str, towns: list[str]):
    """{(measure_id, unit): (measure, unit_kind)} at `level`, and {(measure_id, unit): replacing measure_id}."""
    out: dict[tuple[str, str], tuple[Measure, str]] = {}
    for mf in cat.measures_in_force(level):
        m = mf.measure
        if m.duplicate_of:
            continue
        units = [(d, "department") for d in m.departments if d != ALL_TOWNS]
        if m.all_towns:
            units += [(t, "town") for t in towns]
        for unit, kind in units:
            out.setdefault((m.id, unit), (m, kind))
    replaced: dict[tuple[str, str], str] = {}
    for (mid, unit), (m, _kind) in out.items():
        for old in m.replaces:
            if (old, unit) in out:
                replaced[(old, unit)] = mid
    return out, replaced


# ---- helpers -------------------------------------------------------------------------------------
def _event(store: Store, episode_id: str, kind: str, by: str, at: datetime, task_id: int | None = None,
           on_behalf_of: str | None = None, counter: str | None = None, n: int | None = None, note: str = "",
           ref_event: int | None = None) -> int:
    return repo.add_event(store, episode_id, kind, by, to_iso(at), task_id, on_behalf_of, counter, n, note,
                          ref_event, to_iso(store.clock.now()))


def _when(store: Store, at: datetime | str | None, board: dict | None = None) -> datetime:
    now = store.clock.now()
    when = now if at is None else (parse_local(at) if isinstance(at, str) else to_local(at))
    if when > now + TOLERANCE:
        raise UserError(f"时间 {to_iso(when)}: 不能晚于当前时间 cannot be in the future")
    if board is not None and when < parse_local(board["opened_at"]):
        raise UserError(f"时间 {to_iso(when)}: 早于响应启动时间 {board['opened_at']} is before the board opened")
    return when


def _open_board_of(store: Store, task: dict) -> dict:
    board = get_board(store, task["episode_id"])
    if board["closed_at"]:
        raise UserError(f"响应已于 {board['closed_at'][:16].replace('T', ' ')} 结束，看板只读 "
                        "the response has ended; the board is read-only")
    return board


#: who may tick, count or undo: a unit's liaison (his own units only) or the duty officer (on a unit's behalf)
TICK_ROLES = ("liaison", "duty_officer")


def _authorise(store: Store, task: dict, actor: Actor, on_behalf_of_unit: str | None) -> str | None:
    """Inside the authorized transaction: a liaison ticks only his own unit's tasks; the duty officer ticks any
    task on the unit's behalf (recorded as such). A refusal is audited (session.denied)."""
    user = session.user_of(store, actor)
    unit = task["unit"]
    if on_behalf_of_unit is None:
        if not user.has_role("liaison"):
            raise session.denied(actor, f"{user.display_name}: 不是联络员；值班员请选择“代为确认”并注明单位 "
                                        "only a liaison ticks directly; the duty officer ticks on a unit's behalf")
        mine = liaison_units(store, user.username)
        if unit not in mine:
            raise session.denied(actor, f"{user.display_name} 不是 {unit} 的联络员（所属：{'、'.join(mine) or '未指定'}）"
                                        f" is not the liaison of {unit}")
        return None
    if not user.has_role("duty_officer"):
        raise session.denied(actor, f"{user.display_name}: 只有值班员可代为确认 "
                                    "only the duty officer may act on behalf of a unit")
    if on_behalf_of_unit != unit:
        raise UserError(f"代为确认的单位 {on_behalf_of_unit} 与任务单位 {unit} 不符 unit does not match the task")
    return unit


# ---- activation and closing ------------------------------------------------------------------------
def activate(store: Store, episode_id: str, level: str, at: datetime | None = None, actor: Actor | None = None, *,
             catalog: Catalog | None = None, signature_id: int | None = None) -> BoardChanges:
    """Bring the board of `episode_id` to `level` (first activation, upgrade or downgrade): add the measures
    in force, mark the replaced ones, withdraw those no longer in force, restore those in force again.
    `actor` is the authenticated signer whose approval (`signature_id`) put `level` into force — the sign-off
    calls this inside its transaction — or, with no signature, an administrator (see console.measures.effect)."""
    cat = default_catalog(catalog)
    level = parse_level(level)
    episode_id = str(episode_id)
    towns = list(Settings(store).get("towns"))
    targets, replaced = target_tasks(cat, level, towns)
    with board_write(store, actor, episode_id, signature_id, LEVEL_KINDS, level):
        actor = actor.username  # the name recorded below
        board = get_board(store, episode_id)
        when = _when(store, at)
        if board is None:
            repo.open_board(store, episode_id, level, to_iso(when), actor)
            previous = None
        else:
            if board["closed_at"]:
                raise UserError(f"事件 {episode_id}: 看板已关闭，不能再启动 the board is closed")
            previous = board["level"]
            when = _when(store, at, board)
        ch = BoardChanges(episode_id, level=level, previous_level=previous)
        existing = {(t["measure_id"], t["unit"]): t for t in tasks(store, episode_id)}
        for key, (m, kind) in targets.items():
            if key in existing or key in replaced:
                continue
            tid = repo.add_task(store, episode_id, m.id, key[1], kind, chain_root(cat, m), to_iso(when), level)
            ch.added.append(tid)
            _event(store, episode_id, "added", actor, when, tid, note=level)
        for key, t in existing.items():
            if t["state"] in ("open", "done"):
                if key in replaced:
                    repo.replace_task(store, t["id"], replaced[key], to_iso(when))
                    _event(store, episode_id, "replaced", actor, when, t["id"], note=replaced[key])
                    ch.replaced.append(t["id"])
                elif key not in targets:
                    repo.withdraw_task(store, t["id"], to_iso(when))
                    _event(store, episode_id, "withdrawn", actor, when, t["id"], note=level)
                    ch.withdrawn.append(t["id"])
            elif key in targets and key not in replaced:
                state = "done" if _live_check(store, t["id"]) else "open"
                repo.restore_task(store, t["id"], state)
                _event(store, episode_id, "restored", actor, when, t["id"], note=level)
                ch.restored.append(t["id"])
        if previous != level:
            repo.set_board_level(store, episode_id, level)
            ch.event_id = _event(store, episode_id, "level", actor, when, note=f"{previous or ''}->{level}")
        if ch:
            store.audit(actor, "board.activate", "board", episode_id, {
                "level": level, "previous": previous, "at": to_iso(when),
                "added": len(ch.added), "replaced": ch.replaced, "withdrawn": ch.withdrawn,
                "restored": ch.restored})
    return ch


def close_board(store: Store, episode_id: str, at: datetime | None = None, actor: Actor | None = None, *,
                signature_id: int | None = None) -> BoardChanges:
    """On lift/end: the board is closed and kept, read-only. Closing a closed board changes nothing.
    `actor`/`signature_id`: the signer whose approval lifted or ended the episode, or an administrator."""
    episode_id = str(episode_id)
    with board_write(store, actor, episode_id, signature_id, END_KINDS):
        actor = actor.username  # the name recorded below
        board = get_board(store, episode_id)
        if board is None:
            raise UserError(f"事件 {episode_id}: 没有响应措施看板 no board for this episode")
        ch = BoardChanges(episode_id, level=board["level"], previous_level=board["level"])
        if board["closed_at"]:
            return ch
        when = _when(store, at, board)
        repo.close_board(store, episode_id, to_iso(when), actor)
        ch.event_id = _event(store, episode_id, "closed", actor, when)
        ch.closed = True
        store.audit(actor, "board.close", "board", episode_id, {"at": to_iso(when), "level": board["level"]})
    return ch


# ---- check-off, undo, counts -------------------------------------------------------------------------
def _live_check(store: Store, task_id: int) -> dict | None:
    """The latest check-off of a task that has not been undone."""
    return repo.live_event(store, task_id, "check")


def _recurring(task: dict, catalog: Catalog | None) -> dict | None:
    return default_catalog(catalog).measures_by_id[task["measure_id"]].recurring


def check(store: Store, task_id: int, actor: Actor, on_behalf_of_unit: str | None = None, note: str = "",
          at: datetime | None = None, *, catalog: Catalog | None = None) -> BoardChanges:
    """A one-off measure done, ticked by the unit's liaison or by the duty officer on its behalf."""
    with session.authorized(store, actor, *TICK_ROLES):
        by_user = actor.username
        task = get_task(store, task_id)
        board = _open_board_of(store, task)
        if _recurring(task, catalog):
            raise UserError(f"{task['measure_id']}：计次任务，请用“记录次数” recurring duty: record a count instead")
        if task["state"] != "open":
            raise UserError(f"{task['measure_id']} {task['unit']}：" + {
                "done": "已确认完成 already done", "replaced": "已被更严格的措施替代 replaced",
                "withdrawn": "已不在执行 no longer in force"}[task["state"]])
        behalf = _authorise(store, task, actor, on_behalf_of_unit)
        when = _when(store, at, board)
        eid = _event(store, task["episode_id"], "check", by_user, when, task["id"], on_behalf_of=behalf, note=note)
        repo.set_task_state(store, task["id"], "done")
        store.audit(by_user, "board.check", "board_task", task["id"], {
            "episode": task["episode_id"], "measure": task["measure_id"], "unit": task["unit"],
            "on_behalf_of": behalf, "at": to_iso(when), "note": note, "event": eid})
    return BoardChanges(task["episode_id"], level=board["level"], previous_level=board["level"],
                        tasks=[task["id"]], event_id=eid)


def undo(store: Store, task_id: int, actor: Actor, reason: str, at: datetime | None = None,
         on_behalf_of_unit: str | None = None, *, catalog: Catalog | None = None) -> BoardChanges:
    """Undo the latest check-off (or, for a recurring duty, the latest count): a new record, never a deletion."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError("撤销原因 reason: 不能为空 must not be empty")
    with session.authorized(store, actor, *TICK_ROLES):
        by = actor.username
        task = get_task(store, task_id)
        board = _open_board_of(store, task)
        behalf = _authorise(store, task, actor, on_behalf_of_unit)
        when = _when(store, at, board)
        if _recurring(task, catalog):
            target = repo.live_event(store, task["id"], "count")
        else:
            target = _live_check(store, task["id"])
        if target is None:
            raise UserError(f"{task['measure_id']} {task['unit']}：没有可撤销的记录 nothing to undo")
        eid = _event(store, task["episode_id"], "undo", by, when, task["id"], on_behalf_of=behalf, note=reason,
                     ref_event=target["id"])
        if target["kind"] == "check" and task["state"] == "done":
            repo.set_task_state(store, task["id"], "open")
        store.audit(by, "board.undo", "board_task", task["id"], {
            "episode": task["episode_id"], "measure": task["measure_id"], "unit": task["unit"],
            "undoes": target["id"], "kind": target["kind"], "reason": reason, "on_behalf_of": behalf,
            "at": to_iso(when)})
    return BoardChanges(task["episode_id"], level=board["level"], previous_level=board["level"],
                        tasks=[task["id"]], event_id=eid)


def record_count(store: Store, task_id: int, at: datetime | None, actor: Actor, n: int = 1, *,
                 counter: str = "main", on_behalf_of_unit: str | None = None, note: str = "",
                 catalog: Catalog | None = None) -> BoardChanges:
    """n more rounds of a recurring duty (sprinkling, sweeping; the petrol-station daily confirmation).
    Only into the current period: a period that ended short stays missed."""
    with session.authorized(store, actor, *TICK_ROLES):
        by = actor.username
        task = get_task(store, task_id)
        board = _open_board_of(store, task)
        rec = _recurring(task, catalog)
        if not rec:
            raise UserError(f"{task['measure_id']}：不是计次任务，请用“确认完成” not a recurring duty")
        if task["state"] not in ("open", "done"):
            raise UserError(f"{task['measure_id']} {task['unit']}：已被替代或不在执行 replaced or not in force")
        if counter not in ("main", "extra") or (counter == "extra" and not rec.get("extra")):
            raise UserError(f"计数项 counter {counter!r}: 无效 invalid")
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 20:
            raise UserError(f"次数 n: 应为 1–20 的整数 must be an integer 1–20, got {n!r}")
        behalf = _authorise(store, task, actor, on_behalf_of_unit)
        when = _when(store, at, board)
        now = store.clock.now()
        p_at, p_now = period_at(rec, when), period_at(rec, now)
        if p_at.start != p_now.start:
            raise UserError(f"时间 {to_iso(when)[:16]}: 属于已结束的时段 {p_at.label}，不能补记 "
                            "that period has ended and cannot be back-filled")
        if when >= p_at.due:
            raise UserError(f"{p_at.label}：确认时限 {p_at.due.strftime('%H:%M')} 已过 the confirmation window has closed")
        if rec["kind"] == "daily_window":
            if n != 1:
                raise UserError("每日确认一次 one confirmation a day")
            done = repo.live_counts_between(store, task["id"], to_iso(p_at.start), to_iso(p_at.end))
            if done:
                raise UserError(f"{p_at.label}：今日已确认 already confirmed today")
        eid = _event(store, task["episode_id"], "count", by, when, task["id"], on_behalf_of=behalf,
                     counter=counter, n=n, note=note)
        store.audit(by, "board.count", "board_task", task["id"], {
            "episode": task["episode_id"], "measure": task["measure_id"], "unit": task["unit"], "n": n,
            "counter": counter, "period": p_at.label, "on_behalf_of": behalf, "at": to_iso(when), "note": note})
    return BoardChanges(task["episode_id"], level=board["level"], previous_level=board["level"],
                        tasks=[task["id"]], event_id=eid)


# ---- temperatures and liaisons ------------------------------------------------------------------------
def _day(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return to_local(value).date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError:
        raise UserError(f"日期 date: 无法识别 {value!r}（格式 YYYY-MM-DD）") from None


def set_temperature(store: Store, day: date | str, temp_c: float, actor: Actor) -> float | None:
    """Record the day's temperature (°C) that decides whether road sweeping is required (> 4 °C), by the duty
    officer. A correction is a new row; the latest wins. Returns the previous value."""
    d = _day(day)
    try:
        t = float(temp_c)
    except (TypeError, ValueError):
        raise UserError(f"气温 temperature: 不是数字 not a number: {temp_c!r}") from None
    if not -50 <= t <= 60:
        raise UserError(f"气温 temperature {t}: 超出合理范围 out of range (−50…60 ℃)")
    with session.authorized(store, actor, "duty_officer"):
        by = actor.username
        old = temperature(store, d)
        repo.add_temperature(store, d.isoformat(), t, by, to_iso(store.clock.now()))
        store.audit(by, "board.temperature", "temperature", d.isoformat(), {"old": old, "new": t})
    return old


def temperature(store: Store, day: date | str) -> float | None:
    return repo.temperature(store, _day(day).isoformat())


def temperatures(store: Store) -> dict[str, float]:
    return repo.temperatures(store)


def liaison_units(store: Store, username: str) -> list[str]:
    return repo.liaison_units(store, username)


def liaisons(store: Store) -> list[dict]:
    return repo.liaisons(store)


def assign_liaison(store: Store, username: str, unit: str, actor: Actor, *,
                   catalog: Catalog | None = None) -> bool:
    """An administrator makes a user (role liaison) the liaison of a department or town. Returns False if
    already so."""
    cat = default_catalog(catalog)
    unit = cat.normalise_department(unit)
    known = set(cat.departments) | set(Settings(store).get("towns"))
    if unit not in known:
        raise UserError(f"单位 unit {unit!r}: 不是预案中的部门或区镇 not a department or town of the plan")
    with session.authorized(store, actor, "admin"):
        user = accounts.get_user(store, username)
        if user is None or not user.has_role("liaison"):
            raise UserError(f"{username}: 不是有效的联络员账号 not an active user with role liaison")
        if unit in liaison_units(store, username):
            return False
        repo.add_liaison(store, username, unit, actor.username, to_iso(store.clock.now()))
        store.audit(actor.username, "board.liaison", "user", username, {"unit": unit, "assigned": True})
    return True


def revoke_liaison(store: Store, username: str, unit: str, actor: Actor) -> bool:
    """An administrator ends a liaison's assignment to a unit. Returns False if he was not its liaison."""
    with session.authorized(store, actor, "admin"):
        if unit not in liaison_units(store, username):
            return False
        repo.revoke_liaison(store, username, unit, to_iso(store.clock.now()))
        store.audit(actor.username, "board.liaison", "user", username, {"unit": unit, "assigned": False})
    return True
