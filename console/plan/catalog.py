"""The plan as data: loads data/plan.json, data/measures.json and data/duties.json and checks them.

Anything malformed raises DataError naming the file and what is wrong; nothing is half-loaded.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from console.common import paths
from console.common.errors import DataError
from console.plan.levels import LEVEL_CODES, RANK, levels_up_to, parse_level

CATEGORY_ZH = {"health": "健康防护措施", "advocacy": "倡议性减排措施", "mandatory": "强制性减排措施"}
SUBCATEGORY_ZH = {
    "general": "综合执法", "industrial": "工业减排措施", "dust": "扬尘减排措施",
    "vehicle": "机动车减排措施", "other": "其他措施",
}
ALL_TOWNS = "各区镇"


@dataclass(frozen=True)
class Level:
    code: str
    roman: str
    name_zh: str
    name_en: str
    rank: int
    rgb: tuple[int, int, int]
    text_rgb: tuple[int, int, int]
    cap_severity: str


@dataclass(frozen=True)
class Measure:
    id: str
    level_introduced: str
    category: str
    subcategory: str | None
    text: str
    departments: tuple[str, ...]
    departments_raw: str
    all_towns: bool
    replaces: tuple[str, ...]
    recurring: dict | None
    duplicate_of: str | None

    @property
    def category_zh(self) -> str:
        zh = CATEGORY_ZH[self.category]
        return f"{zh}·{SUBCATEGORY_ZH[self.subcategory]}" if self.subcategory else zh


@dataclass(frozen=True)
class MeasureInForce:
    """A measure as it stands at a level: replaced_by names the stricter measure in force, if any."""
    measure: Measure
    replaced_by: str | None

    def to_json(self) -> dict:
        m = self.measure
        return {
            "id": m.id, "level_introduced": m.level_introduced, "category": m.category,
            "subcategory": m.subcategory, "category_zh": m.category_zh, "text": m.text,
            "departments": list(m.departments), "all_towns": m.all_towns,
            "replaces": list(m.replaces), "replaced_by": self.replaced_by,
            "recurring": m.recurring, "duplicate_of": m.duplicate_of,
        }


@dataclass(frozen=True)
class UnitDuty:
    name: str
    aliases: tuple[str, ...]
    duties: str


@dataclass
class Catalog:
    levels: dict[str, Level]
    signoff: dict[str, list[dict]]
    roles: dict[str, dict]
    roster: list[dict]
    towns: list[str]
    aliases: dict[str, str]
    deadlines: dict[str, float]
    reduction_targets_pct: dict[str, float]
    measures: list[Measure]
    units: list[UnitDuty]
    towns_duty: str
    other_duties: list[dict] = field(default_factory=list)
    measure_only_units: list[str] = field(default_factory=list)
    signoff_steps: dict[str, dict] = field(default_factory=dict)  # step -> {name_zh, name_en}
    unit_names_en: dict[str, str] = field(default_factory=dict)  # unit or town (Chinese) -> English name

    # ---- lookups ---------------------------------------------------------------------------
    def level(self, code: str) -> Level:
        return self.levels[parse_level(code)]

    @cached_property
    def measures_by_id(self) -> dict[str, Measure]:
        return {m.id: m for m in self.measures}

    def measures_in_force(self, level: str) -> list[MeasureInForce]:
        """Cumulative measures at `level` in plan order; weaker ones marked with the measure replacing them."""
        code = parse_level(level)
        active = [m for m in self.measures if m.level_introduced in levels_up_to(code)]
        replaced_by: dict[str, str] = {}
        for m in active:
            for old in m.replaces:
                replaced_by[old] = m.id
        return [MeasureInForce(m, replaced_by.get(m.id)) for m in active]

    def normalise_department(self, name: str) -> str:
        n = name.strip()
        return self.aliases.get(n, n)

    @cached_property
    def departments(self) -> list[str]:
        """Every unit that carries measures or duties, in 附件1 order, then measure-only units."""
        names = [u.name for u in self.units]
        for extra in self.measure_only_units:
            if extra not in names:
                names.append(extra)
        return names

    def measures_for_department(self, dept: str, level: str) -> list[MeasureInForce]:
        d = self.normalise_department(dept)
        return [mf for mf in self.measures_in_force(level)
                if d in mf.measure.departments or (d in self.towns and mf.measure.all_towns)]


# ---- loading ---------------------------------------------------------------------------------
def _read_json(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(path, "预案数据文件不存在 plan data file missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(path, f"无法读取 cannot read: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(path, f"JSON 格式错误 malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    if not isinstance(data, dict):
        raise DataError(path, "顶层应为对象 top level must be a JSON object")
    return data


def _need(path: Path, obj: dict, key: str, kind, where: str = ""):
    if key not in obj:
        raise DataError(path, f"{where}缺少字段 missing field '{key}'")
    val = obj[key]
    if not isinstance(val, kind):
        raise DataError(path, f"{where}字段 '{key}' 类型错误 wrong type ({type(val).__name__})")
    return val


def _load_measures(path: Path, aliases: dict[str, str]) -> list[Measure]:
    data = _read_json(path)
    out: list[Measure] = []
    seen: set[str] = set()
    for i, m in enumerate(_need(path, data, "measures", list)):
        where = f"measures[{i}] "
        if not isinstance(m, dict):
            raise DataError(path, f"{where}应为对象 must be an object")
        mid = _need(path, m, "id", str, where)
        where = f"measure {mid}: "
        if mid in seen:
            raise DataError(path, f"{where}编号重复 duplicate id")
        seen.add(mid)
        level = _need(path, m, "level_introduced", str, where)
        if level not in LEVEL_CODES:
            raise DataError(path, f"{where}未知级别 unknown level_introduced {level!r}")
        cat = _need(path, m, "category", str, where)
        if cat not in CATEGORY_ZH:
            raise DataError(path, f"{where}未知类别 unknown category {cat!r}")
        sub = m.get("subcategory")
        if (cat == "mandatory") != (sub is not None) or (sub is not None and sub not in SUBCATEGORY_ZH):
            raise DataError(path, f"{where}子类别错误 bad subcategory {sub!r} for {cat}")
        depts = _need(path, m, "departments", list, where)
        if not depts or not all(isinstance(d, str) and d.strip() for d in depts):
            raise DataError(path, f"{where}责任部门为空或无效 departments empty or invalid")
        out.append(Measure(
            id=mid, level_introduced=level, category=cat, subcategory=sub,
            text=_need(path, m, "text", str, where),
            departments=tuple(aliases.get(d, d) for d in depts),
            departments_raw=m.get("departments_raw", "、".join(depts)),
            all_towns=bool(m.get("all_towns", ALL_TOWNS in depts)),
            replaces=tuple(m.get("replaces") or ()), recurring=m.get("recurring"),
            duplicate_of=m.get("duplicate_of"),
        ))
    by_id = {m.id: m for m in out}
    for m in out:
        for ref in (*m.replaces, *([m.duplicate_of] if m.duplicate_of else [])):
            if ref not in by_id:
                raise DataError(path, f"measure {m.id}: 引用了不存在的措施 refers to unknown measure {ref!r}")
        for ref in m.replaces:
            if RANK[by_id[ref].level_introduced] > RANK[m.level_introduced]:
                raise DataError(path, f"measure {m.id}: 不能替代更高级别的措施 cannot replace higher-level {ref}")
    return out


def load(data_dir: Path | None = None) -> Catalog:
    d = Path(data_dir) if data_dir else paths.plan_data_dir()
    plan_path = d / "plan.json"
    plan = _read_json(plan_path)
    levels: dict[str, Level] = {}
    for i, lv in enumerate(_need(plan_path, plan, "levels", list)):
        try:
            level = Level(code=lv["code"], roman=lv["roman"], name_zh=lv["name_zh"], name_en=lv["name_en"],
                          rank=int(lv["rank"]), rgb=tuple(lv["rgb"]), text_rgb=tuple(lv["text_rgb"]),
                          cap_severity=lv["cap_severity"])
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(plan_path, f"levels[{i}] 字段缺失或错误 bad or missing field: {exc}") from None
        levels[level.code] = level
    if sorted(levels) != sorted(LEVEL_CODES):
        raise DataError(plan_path, "levels 必须恰好包含 yellow, orange, red")
    signoff = _need(plan_path, plan, "signoff", dict)
    roles = {r["code"]: r for r in _need(plan_path, plan, "roles", list)}
    for code, r in roles.items():
        if not (isinstance(r.get("name_zh"), str) and r["name_zh"] and isinstance(r.get("name_en"), str)
                and r["name_en"]):
            raise DataError(plan_path, f"roles.{code}: 须有 name_zh 和 name_en needs name_zh and name_en")
    step_names = dict(plan.get("signoff_steps", {}))
    for code in LEVEL_CODES:
        steps = signoff.get(code)
        if not steps or any(s.get("role") not in roles for s in steps):
            raise DataError(plan_path, f"signoff.{code}: 审签步骤缺失或角色未知 missing steps or unknown role")
        unnamed = [s.get("step") for s in steps if not (step_names.get(s.get("step")) or {}).get("name_zh")]
        if unnamed:
            raise DataError(plan_path, f"signoff.{code}: 步骤 {unnamed} 在 signoff_steps 中没有名称 "
                                       "step without a name in signoff_steps")
    aliases = dict(plan.get("department_aliases", {}))

    duties_path = d / "duties.json"
    duties = _read_json(duties_path)
    units = []
    for i, u in enumerate(_need(duties_path, duties, "units", list)):
        if not isinstance(u, dict) or not u.get("name") or not isinstance(u.get("duties"), str):
            raise DataError(duties_path, f"units[{i}] 缺少 name 或 duties")
        units.append(UnitDuty(u["name"], tuple(u.get("aliases", ())), u["duties"]))
        for a in u.get("aliases", ()):
            aliases.setdefault(a, u["name"])

    return Catalog(
        levels=levels, signoff=signoff, roles=roles,
        roster=list(plan.get("roster", [])), towns=list(_need(plan_path, plan, "towns", list)),
        aliases=aliases, deadlines=dict(plan.get("deadlines", {})),
        reduction_targets_pct=dict(plan.get("reduction_targets_pct", {})),
        measures=_load_measures(d / "measures.json", aliases), units=units,
        towns_duty=duties.get("towns_duty", ""), other_duties=list(duties.get("others", [])),
        measure_only_units=list(duties.get("measure_only_units", [])),
        signoff_steps=step_names, unit_names_en=dict(plan.get("unit_names_en", {})),
    )
