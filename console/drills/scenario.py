"""Drill scenarios: load and validate a scenario file (JSON, documented in data/scenarios/README.md).

Validation is strict: an unknown key, a missing field, a bad time or level is a DataError naming the file and
the JSON path of the culprit (``timeline[3].level``), and, where it can be found, the line.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from console.admin.accounts import ROLE_CODES
from console.common import paths
from console.common.clock import parse_local
from console.common.errors import DataError
from console.plan.levels import parse_level_value
from console.rules.notices import parse_action, parse_issuer

FORMAT = 1
KINDS = ("start", "upgrade", "downgrade", "lift", "end")
FAULTS = ("approver_silent", "department_misses")
BULLETIN_FIELDS = ("pollution_degree", "pollution_area", "primary_pollutant", "start_time", "response_area",
                   "health_advice")
_OFFSET = re.compile(r"^\+(?:(\d+(?:\.\d+)?)d)?(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?$")

# field -> (required, kind); kind: str | int | num | bool | level | list | strlist | time | any
_COMMON = {"at": (True, "time"), "type": (True, "str"), "note": (False, "str"), "note_en": (False, "str")}
EVENT_FIELDS: dict[str, dict[str, tuple[bool, str]]] = {
    "forecast": {"issuer": (True, "str"), "kind": (False, "str"), "values": (False, "list"),
                 "hindsight_days": (False, "int"), "spread_pct": (False, "num")},
    "observations": {"from": (True, "time"), "to": (True, "time"), "source": (False, "str")},
    "meter_data": {"from": (True, "time"), "to": (True, "time"), "curtail_from": (True, "time"),
                   "curtail_to": (True, "time")},
    "notice": {"issuer": (True, "str"), "action": (True, "str"), "level": (False, "level"),
               "doc_no": (False, "str"), "by": (False, "str")},
    "acknowledge": {"by": (True, "str")},
    "consultation": {"by": (True, "str"), "participants": (True, "strlist"), "forecast": (True, "str"),
                     "conclusion": (True, "str"), "next": (False, "time")},
    "propose": {"by": (True, "str"), "kind": (False, "str"), "level": (False, "str"), "reason": (False, "str"),
                "area": (False, "str"), "improvement_hours": (False, "num")},
    "sign": {"role": (True, "str"), "by": (False, "str"), "decision": (False, "str"), "reason": (False, "str")},
    "publish": {"by": (True, "str"), "lift": (False, "bool"), "fields": (False, "any"), "omit": (False, "strlist")},
    "joint_assessment": {"by": (True, "str"), "ecology_by": (True, "str"), "meteorology_by": (True, "str"),
                         "below_hours": (True, "num"), "conclusion": (True, "str")},
    "duties": {"by": (True, "str"), "repeat_hours": (False, "num"), "skip_units": (False, "strlist")},
    "summaries": {"by": (True, "str"), "units": (False, "strlist"), "skip_units": (False, "strlist")},
    "fault": {"fault": (True, "str"), "role": (False, "str"), "unit": (False, "str"), "hours": (False, "num")},
}
RESPONSES = ("acknowledge", "consultation", "propose", "sign", "publish", "joint_assessment", "duties",
             "summaries")
_TOP = {"format": (True, "int"), "name": (True, "str"), "title": (True, "str"), "description": (True, "str"),
        "start": (True, "time"), "end": (False, "time"), "participants": (True, "list"),
        "timeline": (True, "list"), "settings": (False, "any"), "credit": (False, "str"),
        "title_en": (False, "str"), "description_en": (False, "str")}
_PARTICIPANT = {"username": (True, "str"), "display_name": (True, "str"), "roles": (True, "strlist"),
                "password": (True, "str")}


@dataclass(frozen=True)
class Participant:
    username: str
    display_name: str
    roles: tuple[str, ...]
    password: str


@dataclass(frozen=True)
class Event:
    index: int  # position in the file's timeline
    at: datetime
    type: str
    data: dict  # the event's fields (times resolved to datetimes)

    @property
    def is_response(self) -> bool:
        return self.type in RESPONSES

    def get(self, key, default=None):
        return self.data.get(key, default)


@dataclass(frozen=True)
class Scenario:
    path: Path
    name: str
    title: str
    description: str
    start: datetime
    end: datetime
    participants: tuple[Participant, ...]
    events: tuple[Event, ...]  # sorted by time, then file order
    settings: dict = field(default_factory=dict)
    credit: str = ""
    title_en: str = ""  # shown with --lang en (the Chinese title when empty)
    description_en: str = ""

    def user(self, username: str) -> Participant | None:
        return next((p for p in self.participants if p.username == username), None)

    def first_with_role(self, role: str) -> Participant | None:
        return next((p for p in self.participants if role in p.roles), None)


def scenarios_dir() -> Path:
    return paths.plan_data_dir() / "scenarios"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in scenarios_dir().glob("*.json"))


def resolve(name_or_path: str | Path) -> Path:
    """A built-in name (full_cycle) or a path to a scenario file."""
    text = str(name_or_path)
    if text in builtin_names():
        return scenarios_dir() / f"{text}.json"
    p = Path(text)
    if not p.exists():
        raise DataError(p, f"没有这个演练场景（内置：{'、'.join(builtin_names())}）no such scenario file or built-in")
    return p


def _line_of(raw: str, path_text: str) -> int | None:
    """Best effort: the line of the last key named in a JSON path ('timeline[3].level' -> '"level"')."""
    keys = re.findall(r"[A-Za-z_]+", path_text)
    idx = [int(i) for i in re.findall(r"\[(\d+)\]", path_text)]
    if not keys:
        return None
    pos = 0
    if path_text.startswith("timeline[") and idx:
        # skip to the n-th object of the timeline array
        start = raw.find('"timeline"')
        pos = start if start >= 0 else 0
        depth, count, i = 0, -1, raw.find("[", pos)
        while 0 <= i < len(raw):
            c = raw[i]
            if c in "[{":
                depth += 1
                if depth == 2 and c == "{":
                    count += 1
                    if count == idx[0]:
                        pos = i
                        break
            elif c in "]}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
    found = raw.find(f'"{keys[-1]}"', pos)
    if found < 0:
        return raw.count("\n", 0, pos) + 1 if pos else None
    return raw.count("\n", 0, found) + 1


class _Checker:
    def __init__(self, path: Path, raw: str, start: datetime | None = None):
        self.path, self.raw, self.start = path, raw, start

    def fail(self, where: str, message: str):
        raise DataError(self.path, f"{where}: {message}", _line_of(self.raw, where))

    def time(self, where: str, value) -> datetime:
        if not isinstance(value, str):
            self.fail(where, f"须为时间文本 must be a time string, got {value!r}")
        m = _OFFSET.match(value.strip())
        if m and any(m.groups()):
            if self.start is None:
                self.fail(where, "开始时间不能是相对时间 start must be an absolute time")
            d, h, mi = (float(x or 0) for x in m.groups())
            return self.start + timedelta(days=d, hours=h, minutes=mi)
        try:
            return parse_local(value)
        except ValueError:
            self.fail(where, f"无法解析时间 cannot parse time {value!r}（'YYYY-MM-DD HH:MM' 或 '+1d2h30m'）")

    def fields(self, where: str, obj, spec: dict) -> dict:
        if not isinstance(obj, dict):
            self.fail(where, f"须为对象 must be an object, got {type(obj).__name__}")
        unknown = sorted(set(obj) - set(spec))
        if unknown:
            self.fail(f"{where}.{unknown[0]}" if where else unknown[0],
                      f"未知字段 unknown key {unknown[0]!r}（可用 allowed: {', '.join(spec)}）")
        out = {}
        for key, (required, kind) in spec.items():
            w = f"{where}.{key}" if where else key
            if key not in obj:
                if required:
                    self.fail(w, "缺少必填字段 missing required key")
                continue
            v = obj[key]
            ok = {"str": isinstance(v, str) and v.strip() != "",
                  "int": isinstance(v, int) and not isinstance(v, bool),
                  "num": isinstance(v, (int, float)) and not isinstance(v, bool),
                  "bool": isinstance(v, bool), "list": isinstance(v, list),
                  "strlist": isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v),
                  "level": isinstance(v, str), "time": True, "any": True}[kind]
            if not ok:
                self.fail(w, f"类型错误 wrong type: 须为 {kind}, got {v!r}")
            if kind == "time":
                v = self.time(w, v)
            elif kind == "level":
                try:
                    v = parse_level_value(v, allow_none=False)
                except ValueError:
                    self.fail(w, f"未知预警级别 unknown level {v!r}（yellow/orange/red）")
            out[key] = v
        return out


def load(name_or_path: str | Path) -> Scenario:
    """Load and validate a scenario. Raises DataError (file, JSON path, line) on any problem."""
    path = resolve(name_or_path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(path, f"无法读取 cannot read: {exc}") from None
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataError(path, f"JSON 格式错误 invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    ck = _Checker(path, raw)
    if isinstance(doc, dict) and isinstance(doc.get("start"), str):
        ck.start = ck.time("start", doc["start"]) if not doc["start"].startswith("+") else None
    top = ck.fields("", doc, _TOP)
    if top["format"] != FORMAT:
        ck.fail("format", f"不支持的格式版本 unsupported format {top['format']} (expected {FORMAT})")
    ck.start = top["start"]
    people = []
    for i, p in enumerate(top["participants"]):
        d = ck.fields(f"participants[{i}]", p, _PARTICIPANT)
        bad = [r for r in d["roles"] if r not in ROLE_CODES]
        if bad:
            ck.fail(f"participants[{i}].roles", f"未知角色 unknown role {bad[0]!r}（{', '.join(ROLE_CODES)}）")
        if len(d["password"]) < 6:
            ck.fail(f"participants[{i}].password", "密码至少 6 位 at least 6 characters")
        if any(q.username == d["username"] for q in people):
            ck.fail(f"participants[{i}].username", f"重复的用户名 duplicate username {d['username']!r}")
        people.append(Participant(d["username"], d["display_name"], tuple(d["roles"]), d["password"]))
    if not people:
        ck.fail("participants", "至少需要一名参演人员 at least one participant")
    names = {p.username for p in people}
    events = []
    for i, e in enumerate(top["timeline"]):
        where = f"timeline[{i}]"
        if not isinstance(e, dict):
            ck.fail(where, "须为对象 must be an object")
        etype = e.get("type")
        if etype not in EVENT_FIELDS:
            ck.fail(f"{where}.type", f"未知事件类型 unknown event type {etype!r}（{', '.join(EVENT_FIELDS)}）")
        d = ck.fields(where, e, {**_COMMON, **EVENT_FIELDS[etype]})
        _check_event(ck, where, etype, d, names, people)
        if d["at"] < top["start"]:
            ck.fail(f"{where}.at", "早于演练开始时间 before the scenario start")
        events.append(Event(i, d.pop("at"), d.pop("type"), d))
    if not events:
        ck.fail("timeline", "时间线不能为空 timeline must not be empty")
    events.sort(key=lambda ev: (ev.at, ev.index))
    end = top.get("end") or events[-1].at + timedelta(hours=1)
    if end < events[-1].at:
        ck.fail("end", "早于最后一个事件 before the last event")
    settings = top.get("settings") or {}
    if not isinstance(settings, dict):
        ck.fail("settings", "须为对象 must be an object")
    from console.admin.settings import BY_NAME
    for k in settings:
        if k not in BY_NAME:
            ck.fail(f"settings.{k}", f"未知设置项 unknown setting {k!r}")
    return Scenario(path, top["name"], top["title"], top["description"], top["start"], end, tuple(people),
                    tuple(events), dict(settings), top.get("credit", ""), top.get("title_en", ""),
                    top.get("description_en", ""))


def _check_event(ck: _Checker, where: str, etype: str, d: dict, names: set, people: list) -> None:
    by = d.get("by")
    if by is not None and etype != "notice" and by not in names:
        ck.fail(f"{where}.by", f"不是参演人员 not a participant: {by!r}")
    if etype == "forecast":
        if ("values" in d) == ("hindsight_days" in d):
            ck.fail(where, "预报须给出 values 或 hindsight_days 之一 give either values or hindsight_days")
        if d.get("kind", "daily") not in ("daily", "hourly"):
            ck.fail(f"{where}.kind", "须为 daily 或 hourly")
        for j, v in enumerate(d.get("values", [])):
            if not isinstance(v, list) or not 2 <= len(v) <= 4:
                ck.fail(f"{where}.values[{j}]", "须为 [日期, aqi_low, aqi_high|null, 首要污染物|null]")
            else:
                _check_forecast_value(ck, f"{where}.values[{j}]", d.get("kind", "daily"), v)
        if "hindsight_days" in d and not 1 <= d["hindsight_days"] <= 10:
            ck.fail(f"{where}.hindsight_days", "须为 1-10")
    elif etype == "observations":
        if d["to"] < d["from"]:
            ck.fail(f"{where}.to", "早于 from before 'from'")
    elif etype == "meter_data":
        if d["to"] < d["from"]:
            ck.fail(f"{where}.to", "早于 from before 'from'")
        if d["curtail_to"] <= d["curtail_from"]:
            ck.fail(f"{where}.curtail_to", "应晚于 curtail_from must be after 'curtail_from'")
    elif etype == "notice":
        try:
            parse_issuer(d["issuer"])
        except ValueError as exc:
            ck.fail(f"{where}.issuer", str(exc))
        try:
            action = parse_action(d["action"])
        except ValueError as exc:
            ck.fail(f"{where}.action", str(exc))
        if action != "lift" and "level" not in d:
            ck.fail(f"{where}.level", "发布/调整通知须给出级别 issue/adjust needs a level")
    elif etype == "propose":
        if d.get("kind") not in (None, *KINDS):
            ck.fail(f"{where}.kind", f"须为 {'/'.join(KINDS)}")
        lv = d.get("level", "assessed")
        if lv != "assessed":
            try:
                d["level"] = parse_level_value(lv, allow_none=False)
            except ValueError:
                ck.fail(f"{where}.level", f"须为 assessed 或 yellow/orange/red, got {lv!r}")
    elif etype == "sign":
        if d["role"] not in ROLE_CODES:
            ck.fail(f"{where}.role", f"未知角色 unknown role {d['role']!r}")
        if "by" not in d and not any(d["role"] in p.roles for p in people):
            ck.fail(f"{where}.role", f"没有参演人员具有此角色 no participant holds role {d['role']!r}")
        if d.get("decision", "approve") not in ("approve", "reject"):
            ck.fail(f"{where}.decision", "须为 approve 或 reject")
    elif etype == "publish":
        bad = [f for f in d.get("omit", []) if f not in BULLETIN_FIELDS]
        if bad:
            ck.fail(f"{where}.omit", f"未知公告字段 unknown bulletin field {bad[0]!r}")
        if "fields" in d and not isinstance(d["fields"], dict):
            ck.fail(f"{where}.fields", "须为对象 must be an object")
    elif etype == "fault":
        if d["fault"] not in FAULTS:
            ck.fail(f"{where}.fault", f"未知故障 unknown fault {d['fault']!r}（{', '.join(FAULTS)}）")
        if d["fault"] == "approver_silent":
            if d.get("role") not in ROLE_CODES:
                ck.fail(f"{where}.role", "approver_silent 须给出角色 needs a role")
            if "hours" not in d:
                ck.fail(f"{where}.hours", "approver_silent 须给出时长 needs hours")
        if d["fault"] == "department_misses" and "unit" not in d:
            ck.fail(f"{where}.unit", "department_misses 须给出单位 needs a unit")


def _check_forecast_value(ck: _Checker, where: str, kind: str, v: list) -> None:
    """The checks add_forecast makes at run time, made at load time: a bad value is the scenario's error."""
    from console.importers.forecast import AQI_MAX, _number, _when
    from console.rules.blocks import parse_pollutant

    when, low, high, primary = (list(v) + [None, None])[:4]
    try:
        _when(kind, when)
    except (ValueError, TypeError) as exc:
        ck.fail(f"{where}[0]", str(exc))
    try:
        lo = _number(low, "aqi_low")
        hi = lo if high is None else _number(high, "aqi_high")
        if hi < lo:
            ck.fail(f"{where}[2]", f"上限小于下限 high < low: {hi:g} < {lo:g}")
    except (ValueError, TypeError) as exc:
        ck.fail(where, f"AQI 须为 0-{AQI_MAX} 的数 must be a number 0..{AQI_MAX}: {exc}")
    try:
        if primary is not None:
            parse_pollutant(primary)
    except (ValueError, AttributeError):
        ck.fail(f"{where}[3]", f"首要污染物无法识别 unknown primary pollutant: {primary!r}")
