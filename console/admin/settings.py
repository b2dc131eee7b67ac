"""User settings, declared once (name, type, default, label). Stored per database in the `settings`
table so a drill database carries its own; every change is one transaction plus one audit record.
UI state such as window geometry is kept apart, by the GUI (QSettings)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from console.admin import session
from console.admin.session import Actor
from console.common.clock import to_iso
from console.common.errors import UserError
from console.store import settings as repo
from console.store.db import Store


@dataclass(frozen=True)
class Setting:
    name: str
    kind: str  # "int" | "float" | "str" | "list" | "choice" | "path" | "time" (HH:MM of a day) | "dates"
    default: Any
    label_zh: str
    label_en: str
    group: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    help_zh: str = ""

    def parse(self, value: Any) -> Any:
        """Validate and normalise; raise UserError naming the setting."""
        where = f"{self.label_zh}（{self.name}）"
        try:
            if self.kind == "dates":
                return _parse_dates(where, value)
            if self.kind == "int":
                v = int(str(value).strip())
            elif self.kind == "float":
                v = float(str(value).strip())
            elif self.kind == "list":
                items = value if isinstance(value, list) else str(value).replace("，", ",").replace("\n", ",").split(",")
                v = [str(i).strip() for i in items if str(i).strip()]
                if not v:
                    raise UserError(f"{where}: 不能为空 must not be empty")
                if len(set(v)) != len(v):
                    raise UserError(f"{where}: 有重复项 contains duplicates")
                return v
            else:
                v = str(value).strip()
        except ValueError:
            raise UserError(f"{where}: 不是有效的数字 not a valid number: {value!r}") from None
        if self.kind in ("int", "float"):
            if self.minimum is not None and v < self.minimum:
                raise UserError(f"{where}: 不能小于 must be ≥ {self.minimum}")
            if self.maximum is not None and v > self.maximum:
                raise UserError(f"{where}: 不能大于 must be ≤ {self.maximum}")
        if self.kind == "choice" and v not in self.choices:
            raise UserError(f"{where}: 可选 choose one of {', '.join(self.choices)}")
        if self.kind == "time":
            m = re.fullmatch(r"([01]?\d|2[0-3])[:：]([0-5]\d)", v)
            if not m:
                raise UserError(f"{where}: 应为 时:分（如 14:00）must be HH:MM, got {value!r}")
            return f"{int(m.group(1)):02d}:{m.group(2)}"
        if self.kind == "str" and not v:
            raise UserError(f"{where}: 不能为空 must not be empty")
        return v


_DAY_KINDS = {"休": "休", "放假": "休", "rest": "休", "holiday": "休", "班": "班", "上班": "班", "work": "班"}


def _parse_dates(where: str, value) -> list[str]:
    """Lines "YYYY-MM-DD 休|班" (also with a comma, or rest/work), normalised and sorted; may be empty. A problem
    names the line (第 n 行)."""
    from datetime import date

    items = value if isinstance(value, list) else str(value).splitlines()
    out: dict[str, str] = {}
    for n, item in enumerate(items, start=1):
        text = str(item).strip()
        if not text:
            continue
        parts = re.split(r"[\s,，]+", text)
        kind = _DAY_KINDS.get(parts[-1].lower()) if len(parts) == 2 else None
        try:
            day = date.fromisoformat(parts[0].replace("/", "-"))
        except ValueError:
            day = None
        if day is None or kind is None:
            raise UserError(f"{where} 第 {n} 行 line {n}: 应为“日期 休|班”（如 2026-10-10 班）"
                            f"must be 'YYYY-MM-DD 休|班', got {text!r}")
        if kind == "班" and day.weekday() < 5:
            raise UserError(f"{where} 第 {n} 行 line {n}: {day} 是工作日，调休上班只能在周末 "
                            f"a 班 (work) day must be a Saturday or Sunday")
        if day.isoformat() in out:
            raise UserError(f"{where} 第 {n} 行 line {n}: 日期重复 duplicate date {day}")
        out[day.isoformat()] = kind
    return [f"{d} {k}" for d, k in sorted(out.items())]


_TOWNS = ["海门街道（海门经济技术开发区）", "三星镇", "正余镇", "余东镇", "临江新区",
          "三厂工业园区（三厂街道）", "海永镇", "常乐镇", "悦来镇", "四甲镇"]

G_THRESH, G_TIME, G_ORG, G_PATHS = "预警阈值 Thresholds", "时限 Deadlines", "组织 Organisation", "数据路径 Data paths"
G_REMIND = "提醒与升级 Reminders"
G_SECURITY = "账户安全 Account security"
G_CHECKS = "减排核查 Reduction checks"

DECLARED: tuple[Setting, ...] = (
    Setting("aqi_t1", "int", 150, "持续性阈值（日AQI >）", "Sustained threshold (AQI >)", G_THRESH, 50, 500),
    Setting("aqi_t2", "int", 200, "重污染阈值（日AQI >）", "Heavy threshold (AQI >)", G_THRESH, 50, 500),
    Setting("aqi_t3", "int", 300, "严重污染阈值（日AQI >）", "Severe threshold (AQI >)", G_THRESH, 50, 500),
    Setting("yellow_t1_blocks", "int", 2, "黄色：日AQI>150 持续天数(24h块)", "Yellow: blocks > t1", G_THRESH, 1, 7),
    Setting("yellow_t2_blocks", "int", 1, "黄色：日AQI>200 持续天数", "Yellow: blocks > t2", G_THRESH, 1, 7),
    Setting("orange_t1_blocks", "int", 3, "橙色：日AQI>150 持续天数", "Orange: blocks > t1", G_THRESH, 1, 7),
    Setting("orange_t2_blocks", "int", 2, "橙色：日AQI>200 持续天数", "Orange: blocks > t2", G_THRESH, 1, 7),
    Setting("red_t2_blocks", "int", 3, "红色：日AQI>200 持续天数", "Red: blocks > t2", G_THRESH, 1, 7),
    Setting("red_t3_blocks", "int", 1, "红色：其中日AQI>300 天数", "Red: of which > t3", G_THRESH, 1, 7),
    Setting("min_valid_hours", "int", 20, "24小时块最少有效小时数", "Min valid hours per 24 h block", G_THRESH, 1, 24),
    Setting("range_bound", "choice", "upper", "预报区间取值（upper 上限 / lower 下限）", "Forecast range bound",
            G_THRESH, choices=("upper", "lower")),
    Setting("response_start_hours", "float", 3, "启动响应时限（小时）", "Response start limit (h)", G_TIME, 0.5, 24),
    Setting("summary_hours", "float", 24, "总结报送时限（小时）", "Summary due (h)", G_TIME, 1, 240),
    Setting("improve_min_hours", "float", 36, "降级/解除需改善持续（小时）", "Improvement needed to lower/lift (h)",
            G_TIME, 1, 240),
    Setting("daily_report_time", "time", "14:00", "每日减排日报报送时间（时:分）", "Daily reduction report due at (HH:MM)",
            G_TIME, help_zh="预警生效期间每天此时前向市里报送减排日报；提前提醒见下一项"),
    Setting("daily_report_remind_min", "int", 60, "日报报送前提醒（分钟）", "Remind before the daily report (min)",
            G_TIME, 5, 720),
    Setting("inspection_due_hours", "float", 24, "现场核查反馈时限（小时，自派发起）", "Inspection finding due (h after sent)",
            G_TIME, 1, 240),
    Setting("rectification_hours", "float", 72, "违规整改期限（小时，自确认违规起；可逐案指定）",
            "Rectification due (h after a confirmed violation; per case overridable)", G_TIME, 1, 720),
    Setting("stale_data_hours", "float", 2, "数据超时告警（小时）", "Data stale after (h)", G_TIME, 0.5, 48),
    Setting("remind_every_min", "int", 15, "未处理事项首次重复提醒间隔（分钟，此后逐次加倍）",
            "First repeat after (min; then doubling)", G_REMIND, 1, 240),
    Setting("remind_max_interval_min", "int", 60, "重复提醒最长间隔（分钟）", "Longest interval between reminders (min)",
            G_REMIND, 5, 1440),
    Setting("remind_max_count", "int", 6, "每个事项每级提醒最多次数", "At most reminders per item and tier",
            G_REMIND, 1, 50),
    Setting("escalate_after_min", "int", 30, "无人处理多久后升级至上一级及值班员（分钟）", "Escalate after (min)",
            G_REMIND, 1, 480),
    Setting("all_hands_before_min", "int", 30, "时限到期前多久通知全体值班人员（分钟）", "All-hands before deadline (min)",
            G_REMIND, 1, 240),
    Setting("ack_remind_every_min", "int", 60, "已确认但未办结的提醒间隔（分钟）", "Acknowledged, not done: remind every (min)",
            G_REMIND, 5, 1440),
    Setting("notification_sound", "choice", "on", "严重告警提示音（on 开 / off 关）", "Sound for critical alerts", G_REMIND,
            choices=("on", "off")),
    Setting("check_weekday_days", "int", 10, "基线：取最近可比工作日天数", "Baseline: recent comparable working days",
            G_CHECKS, 1, 30, help_zh="CalTRACK 式基线：同一钟点、同类日（工作日/休息日）、无预警的最近若干天的平均负荷"),
    Setting("check_weekend_days", "int", 4, "基线：取最近可比休息日天数（周末、节假日）",
            "Baseline: recent comparable rest days (weekends, holidays)", G_CHECKS, 1, 30),
    Setting("check_lookback_days", "int", 60, "基线：最多回溯天数", "Baseline: look back at most (days)", G_CHECKS, 7, 365),
    Setting("check_min_days", "int", 3, "基线：至少需要可比天数", "Baseline: at least comparable days", G_CHECKS, 1, 30),
    Setting("check_tolerance_pts", "float", 5.0, "未按承诺削减：容差（百分点）", "Load not cut: tolerance (points)",
            G_CHECKS, 0, 50),
    Setting("check_running_pct", "float", 30.0, "治污停运：生产运行判定（≥ 基线的 %）",
            "Control off: production runs at ≥ % of its baseline", G_CHECKS, 1, 100),
    Setting("check_off_pct", "float", 5.0, "治污停运：治污用电 ≤ 其基线的 %", "Control off: control load ≤ % of its baseline",
            G_CHECKS, 0, 100),
    Setting("check_off_kw", "float", 1.0, "治污停运：或治污用电 ≤ kW", "Control off: or control load ≤ kW", G_CHECKS, 0, 10000),
    Setting("check_night_from", "int", 22, "夜间时段：起（时）", "Night window: from (hour)", G_CHECKS, 0, 23),
    Setting("check_night_to", "int", 6, "夜间时段：止（时，不含）", "Night window: until (hour, exclusive)", G_CHECKS, 0, 23),
    Setting("check_day_from", "int", 8, "白天时段：起（时）", "Day window: from (hour)", G_CHECKS, 0, 23),
    Setting("check_day_to", "int", 20, "白天时段：止（时，不含）", "Day window: until (hour, exclusive)", G_CHECKS, 1, 24),
    Setting("check_night_ratio", "float", 1.5, "夜间生产：夜间平均 ≥ 白天的倍数", "Night production: night ≥ × day",
            G_CHECKS, 1, 10),
    Setting("check_night_rise", "float", 1.2, "夜间生产：夜间平均 ≥ 夜间基线的倍数", "Night production: night ≥ × its baseline",
            G_CHECKS, 1, 10),
    Setting("holiday_days", "dates", [], "节假日调整（每行“日期 休|班”，补充或更正内置的国务院安排）",
            "Holiday calendar entries (one 'YYYY-MM-DD 休|班' a line; add to or correct the built-in one)", G_CHECKS,
            help_zh="内置国务院办公厅节假日安排（data/holidays_cn.csv）；休=按休息日、班=调休上班按工作日计算基线"),
    Setting("lockout_attempts", "int", 5, "连续输错密码几次后锁定账号", "Lock an account after wrong passwords",
            G_SECURITY, 1, 50),
    Setting("lockout_minutes", "int", 15, "账号锁定时长（分钟）", "Lockout duration (min)", G_SECURITY, 1, 1440),
    Setting("district_leader", "str", "待填写", "区政府领导姓名（总指挥，红色批准）", "District leader's name (red approver)", G_ORG,
            help_zh="按海政发〔2024〕19号的分工填写（签署人姓名以账户为准）"),
    Setting("bureau_head", "str", "待填写", "生态环境局主要负责人姓名", "Bureau head's name", G_ORG),
    Setting("deputy_head", "str", "待填写", "生态环境局分管副局长姓名", "Bureau deputy head's name", G_ORG),
    Setting("towns", "list", _TOWNS, "区镇（街道）", "Towns", G_ORG),
    Setting("response_area", "str", "海门区全域", "应急响应地区（默认）", "Default response area", G_ORG),
    Setting("watch_folder", "path", "", "数据投放文件夹（自动导入）", "Watch folder (auto import)", G_PATHS),
    Setting("export_folder", "path", "", "导出文件夹", "Export folder", G_PATHS),
    Setting("audit_anchor_dir", "path", "", "审计锚点文件夹（另一磁盘或共享）", "Audit anchor folder (another disk or share)",
            G_PATHS, help_zh="每次修改后把审计链头追加写入此文件夹，数据库被整体改写时可据此发现"),
)
BY_NAME = {s.name: s for s in DECLARED}


def window_hours(start: int, end: int) -> tuple[int, ...]:
    """Clock hours from `start` up to (not including) `end`, across midnight when end <= start (22, 6 = 22..5)."""
    start, end = int(start) % 24, int(end) % 24
    n = (end - start) % 24 or (0 if start == end else 24)
    return tuple((start + i) % 24 for i in range(n))


def declared(name: str) -> Setting:
    try:
        return BY_NAME[name]
    except KeyError:
        raise UserError(f"未知设置项 unknown setting {name!r}") from None


class Settings:
    def __init__(self, store: Store):
        self.store = store

    def get(self, name: str) -> Any:
        s = declared(name)
        value = repo.stored_value(self.store, name)
        return json.loads(value) if value is not None else s.default

    def all(self) -> dict[str, Any]:
        stored = {n: json.loads(v) for n, v in repo.stored_values(self.store).items()}
        return {s.name: stored.get(s.name, s.default) for s in DECLARED}

    def is_default(self, name: str) -> bool:
        return self.get(name) == declared(name).default

    def set(self, name: str, value: Any, actor: Actor) -> tuple[Any, Any]:
        """Validate, store and audit one change. Returns (old, new); no-op when unchanged."""
        changed = self.set_many({name: value}, actor)
        old = self.get(name)
        return changed.get(name, (old, old))

    def set_many(self, values: dict[str, Any], actor: Actor) -> dict[str, tuple[Any, Any]]:
        """All or nothing: validate every value and the whole set together, then store them in one
        transaction with one audit record per changed setting. Only an administrator (an authenticated Actor,
        checked inside the transaction). Returns {name: (old, new)} of real changes."""
        parsed = {name: declared(name).parse(v) for name, v in values.items()}
        now = to_iso(self.store.clock.now())
        with session.authorized(self.store, actor, "admin"):
            current = self.all()
            changes = {n: (current[n], v) for n, v in parsed.items() if v != current[n]}
            if changes:
                self._check_consistency({**current, **parsed})
            for name, (old, new) in changes.items():
                repo.put(self.store, name, json.dumps(new, ensure_ascii=False), now, actor.username)
                self.store.audit(actor.username, "setting.change", "setting", name, {"old": old, "new": new})
        return changes

    @staticmethod
    def _check_consistency(values: dict) -> None:
        if not values["aqi_t1"] < values["aqi_t2"] < values["aqi_t3"]:
            raise UserError("预警阈值 thresholds: 必须 150档 < 200档 < 300档 must increase (t1 < t2 < t3)")
        if values["check_min_days"] > min(values["check_weekday_days"], values["check_weekend_days"]):
            raise UserError("减排核查 reduction checks: 至少需要的可比天数不能多于取用的工作日/休息日天数 "
                            "the minimum of comparable days cannot exceed the days taken")
        night, day = window_hours(values["check_night_from"], values["check_night_to"]), \
            window_hours(values["check_day_from"], values["check_day_to"])
        if not night or not day or set(night) & set(day):
            raise UserError("减排核查 reduction checks: 夜间与白天时段不能为空且不能重叠 "
                            "the night and day windows must be non-empty and must not overlap")
        if values["red_t3_blocks"] > values["red_t2_blocks"]:
            raise UserError("红色 red: 日AQI>300 天数不能多于 >200 天数 t3 blocks cannot exceed t2 blocks")
