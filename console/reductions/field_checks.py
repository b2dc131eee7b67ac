"""Field checks of construction sites, vehicles and non-road machinery (issue 18 part A, "sites and vehicles
checked" of the daily report): each record is one town's or department's checks of one kind at one time — how
many were checked and how many had problems — entered on the page or imported from a CSV/XLSX file.

Kinds: 工地 site (construction sites: dust control, stopped earthworks), 机动车 vehicle (重型柴油车路检路查, road
checks of heavy diesel trucks), 非道路移动机械 machinery (non-road mobile machinery on sites and in plants).

Who: a liaison for his own town or department, a duty officer or an administrator — checked inside the write
transaction, one audit record per entry or file. A file is checked whole first (every problem with its line),
nothing is stored on error, and the same file is not imported twice (its SHA-256 is the record's source).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.admin import session
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import DataError, UserError
from console.reductions.tabular import Problems, map_header, read_table
from console.store import reductions as repo
from console.store.db import Store

ROLES = ("duty_officer", "admin", "liaison")
KINDS = ("site", "vehicle", "machinery")
KIND_ZH = {"site": "工地", "vehicle": "机动车", "machinery": "非道路移动机械"}
KIND_EN = {"site": "Construction sites", "vehicle": "Vehicles (road checks)", "machinery": "Non-road machinery"}
KIND_ALIASES = {"工地": "site", "施工工地": "site", "建筑工地": "site", "site": "site", "sites": "site",
                "机动车": "vehicle", "车辆": "vehicle", "重型柴油车": "vehicle", "路检路查": "vehicle",
                "vehicle": "vehicle", "vehicles": "vehicle",
                "非道路移动机械": "machinery", "非道路机械": "machinery", "机械": "machinery",
                "machinery": "machinery"}
ALIASES = {"时间": "at", "检查时间": "at", "time": "at", "at": "at",
           "单位": "unit", "区镇": "unit", "部门": "unit", "区镇/部门": "unit", "unit": "unit",
           "类别": "kind", "检查类别": "kind", "kind": "kind",
           "检查数量": "checked", "检查数": "checked", "数量": "checked", "checked": "checked",
           "发现问题": "problems", "问题数": "problems", "发现问题数": "problems", "problems": "problems",
           "备注": "notes", "情况": "notes", "notes": "notes"}
LABELS = {"at": "时间 time", "unit": "单位 unit", "kind": "类别 kind", "checked": "检查数量 checked"}
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")


@dataclass(frozen=True)
class FieldCheck:
    id: int
    at: datetime
    unit: str
    kind: str
    checked: int
    problems: int
    notes: str
    source: str
    recorded_by: str


def _units(store: Store, catalog) -> tuple[set[str], object]:
    from console.admin.settings import Settings

    if catalog is None:
        from console.plan import catalog as catalog_mod

        catalog = catalog_mod.load()
    return set(Settings(store).get("towns")) | set(catalog.departments), catalog


def _kind(text: str) -> str | None:
    return KIND_ALIASES.get((text or "").strip().lower())


def _count(text, what: str) -> int:
    try:
        n = float(str(text).strip())
    except ValueError:
        raise ValueError(f"{what} {text!r} 不是数字 not a number") from None
    if n != int(n) or n < 0:
        raise ValueError(f"{what} {text!r} 应为非负整数 must be a whole number ≥ 0")
    return int(n)


def _when(store: Store, text: str) -> datetime:
    if not _HAS_TIME.search(text or ""):
        raise ValueError(f"时间 {text!r} 应含时分，如 2016-12-17 10:00 needs date and time")
    try:
        at = parse_local(text)
    except ValueError:
        raise ValueError(f"时间 {text!r} 无法识别 unreadable time") from None
    if at > store.clock.now():
        raise ValueError(f"时间 {text!r} 在将来 is in the future")
    return at


def _check(store: Store, units: set[str], catalog, at, unit, kind, checked, problems) -> tuple:
    """One record's values checked and normalised; raises ValueError with what is wrong."""
    errors = []
    try:
        at = _when(store, at) if isinstance(at, str) else at
        if at > store.clock.now():
            raise ValueError(f"时间 {to_local(at):%Y-%m-%d %H:%M} 在将来 is in the future")
    except ValueError as exc:
        errors.append(str(exc))
    name = catalog.normalise_department((unit or "").strip()) if unit else ""
    if name not in units:
        errors.append(f"单位 {unit!r} 不是区镇或部门 not a town or department")
    k = kind if kind in KINDS else _kind(kind)
    if k is None:
        errors.append(f"类别 {kind!r} 应为 工地、机动车 或 非道路移动机械 unknown kind")
    try:
        checked = _count(checked, "检查数量 checked")
        problems = _count(problems if str(problems).strip() else 0, "发现问题 problems")
        if problems > checked:
            errors.append(f"发现问题 {problems} 多于检查数量 {checked} more problems than checked")
    except ValueError as exc:
        errors.append(str(exc))
    if errors:
        raise ValueError("；".join(errors))
    return at, name, k, checked, problems


def _own_units(store: Store, actor, units: set[str]) -> None:
    """A liaison without a duty-room role enters checks only for the towns or departments he is liaison of."""
    user = session.user_of(store, actor)
    if set(user.roles) & {"duty_officer", "admin"}:
        return
    from console.measures.board import liaison_units

    mine = set(liaison_units(store, actor.username))
    other = sorted(units - mine)
    if other:
        raise session.denied(actor, f"{user.display_name} 不是 {'、'.join(other)} 的联络员（所属："
                                    f"{'、'.join(sorted(mine)) or '未指定'}） is not the liaison of that unit")


def record(store: Store, actor, at: datetime, unit: str, kind: str, checked: int, problems: int = 0,
           notes: str = "", *, catalog=None) -> FieldCheck:
    """One entry made on the page."""
    units, catalog = _units(store, catalog)
    try:
        at, unit, kind, checked, problems = _check(store, units, catalog, at, unit, kind, checked, problems)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    with session.authorized(store, actor, *ROLES):
        _own_units(store, actor, {unit})
        row = (to_iso(at), unit, kind, checked, problems, (notes or "").strip(), "entry",
               to_iso(store.clock.now()), actor.username)
        cid = repo.add_field_check(store, row)
        store.audit(actor.username, "field_checks.record", "field_check", cid, {
            "at": row[0], "unit": unit, "kind": kind, "checked": checked, "problems": problems})
    return next(c for c in all_checks(store) if c.id == cid)


def import_file(store: Store, actor, path: str | Path, *, catalog=None) -> int:
    """Records from a CSV/XLSX file (columns 时间, 单位, 类别, 检查数量, 发现问题, 备注); returns how many."""
    path = Path(path)
    header, rows = read_table(path)
    keys = map_header(path, header, ALIASES, ("at", "unit", "kind", "checked"), LABELS)
    units, catalog = _units(store, catalog)
    probs = Problems(path)
    good = []
    for line, raw in rows:
        row = {keys[h]: v.strip() for h, v in raw.items() if h in keys}
        try:
            good.append((*_check(store, units, catalog, row.get("at", ""), row.get("unit", ""),
                                 row.get("kind", ""), row.get("checked", ""), row.get("problems", "")),
                         row.get("notes", "")))
        except ValueError as exc:
            probs.add(line, str(exc))
    if not rows:
        probs.add(None, "文件没有数据行 no data rows")
    probs.raise_any()
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise DataError(path, f"无法读取 cannot read: {exc.strerror or exc}") from None
    source = f"import:{sha}"
    with session.authorized(store, actor, *ROLES):
        _own_units(store, actor, {g[1] for g in good})
        if any(c.source == source for c in all_checks(store)):
            raise DataError(path, "该文件已导入 this file was already imported")
        now = to_iso(store.clock.now())
        repo.add_field_checks(store, [(to_iso(at), u, k, c, p, n, source, now, actor.username)
                                      for at, u, k, c, p, n in good])
        store.audit(actor.username, "field_checks.import", "field_check", None, {
            "source": str(path), "sha256": sha, "rows": len(good)})
    return len(good)


def all_checks(store: Store, since: datetime | None = None, until: datetime | None = None) -> list[FieldCheck]:
    """Newest first; since <= at <= until when given."""
    first = to_iso(since) if since is not None else None
    last = to_iso(until) if until is not None else None
    return [FieldCheck(r["id"], parse_local(r["at"]), r["unit"], r["kind"], r["checked"], r["problems"],
                       r["notes"], r["source"], r["recorded_by"]) for r in repo.field_checks(store, first, last)]


def totals(store: Store, since: datetime, until: datetime) -> dict[str, tuple[int, int]]:
    """{kind: (checked, problems)} of the checks made in [since, until], every kind present (0 when none)."""
    out = {k: [0, 0] for k in KINDS}
    for c in all_checks(store, since, until):
        out[c.kind][0] += c.checked
        out[c.kind][1] += c.problems
    return {k: (a, b) for k, (a, b) in out.items()}
