"""Rule settings of plan §2: thresholds and durations as data (stricter local triggers are an edit, §3.2.1)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping

from console.plan.levels import ORANGE, RED, YELLOW

BLOCK_HOURS = 24  # a "day" of AQI: any 24 consecutive hours (日AQI可按连续24小时（跨自然日）计算)
RANGE_BOUNDS = ("upper", "lower", "mid")
THRESHOLD_NAMES = ("t150", "t200", "t300")


@dataclass(frozen=True)
class Condition:
    """`blocks` consecutive 24-hour blocks each with AQI > `above`; if `peak_above` is set, at least
    `peak_blocks` consecutive ones of those same blocks also have AQI > `peak_above`. Thresholds are a name ("t150", "t200", "t300": looked up in
    the settings) or a number."""

    above: str | float
    blocks: int = 1
    peak_above: str | float | None = None
    peak_blocks: int = 1

    @property
    def hours(self) -> int:
        return self.blocks * BLOCK_HOURS


def _default_yellow() -> tuple[Condition, ...]:
    return (Condition("t200", 1), Condition("t150", 2))


def _default_orange() -> tuple[Condition, ...]:
    return (Condition("t200", 2), Condition("t150", 3))


def _default_red() -> tuple[Condition, ...]:
    return (Condition("t200", 3, peak_above="t300"),)


@dataclass(frozen=True)
class RuleSettings:
    """Defaults are the plan's table (§3.2.1). A level holds when any one of its conditions holds."""

    t150: float = 150.0
    t200: float = 200.0
    t300: float = 300.0
    yellow: tuple[Condition, ...] = field(default_factory=_default_yellow)
    orange: tuple[Condition, ...] = field(default_factory=_default_orange)
    red: tuple[Condition, ...] = field(default_factory=_default_red)
    min_valid_hours: int = 20  # GB 3095-2012: a 24-h mean needs at least 20 hourly values
    range_bound: str = "upper"  # forecast AQI given as "180-230": upper | lower | mid

    def __post_init__(self):
        for name in THRESHOLD_NAMES:
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value != value or value < 0:
                raise ValueError(f"{name} must be a non-negative number, got {value!r}")
        if not isinstance(self.min_valid_hours, int) or not 1 <= self.min_valid_hours <= BLOCK_HOURS:
            raise ValueError(f"min_valid_hours must be an integer 1..{BLOCK_HOURS}, got {self.min_valid_hours!r}")
        if self.range_bound not in RANGE_BOUNDS:
            raise ValueError(f"range_bound must be one of {', '.join(RANGE_BOUNDS)}, got {self.range_bound!r}")
        for level in (YELLOW, ORANGE, RED):
            conds = getattr(self, level)
            if not isinstance(conds, tuple):
                object.__setattr__(self, level, conds := tuple(conds))
            if not conds:
                raise ValueError(f"{level}: at least one condition is needed")
            for cond in conds:
                if not isinstance(cond, Condition):
                    raise ValueError(f"{level}: {cond!r} is not a Condition")
                if not isinstance(cond.blocks, int) or cond.blocks < 1:
                    raise ValueError(f"{level}: blocks must be a positive integer, got {cond.blocks!r}")
                self.threshold(cond.above)
                if cond.peak_above is not None:
                    self.threshold(cond.peak_above)

    def threshold(self, ref: str | float) -> float:
        """Value of a threshold reference: a name from THRESHOLD_NAMES or a number."""
        if isinstance(ref, str):
            if ref not in THRESHOLD_NAMES:
                raise ValueError(f"unknown threshold {ref!r} (use {', '.join(THRESHOLD_NAMES)} or a number)")
            return float(getattr(self, ref))
        if isinstance(ref, bool) or not isinstance(ref, (int, float)) or ref != ref or ref < 0:
            raise ValueError(f"threshold must be a name or a non-negative number, got {ref!r}")
        return float(ref)

    def conditions(self, level: str) -> tuple[Condition, ...]:
        return getattr(self, level)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "RuleSettings":
        """Build from plan data, e.g.
        {"thresholds": {"t150": 150, "t200": 200, "t300": 300},
         "yellow": [{"above": "t200", "blocks": 1}, {"above": "t150", "hours": 48}],
         "red": [["t200", 3, "t300"]], "min_valid_hours": 20, "range_bound": "upper"}.
        Missing keys keep the plan's defaults; thresholds may also be given flat ("t200": 180).
        A condition is {"above", "blocks" | "hours" (multiple of 24), "peak_above"?} or [above, blocks, peak?].
        Raises ValueError naming the bad key."""
        if not isinstance(d, Mapping):
            raise ValueError("rule settings must be a mapping")
        known = {f.name for f in fields(cls)} | {"thresholds"}
        unknown = sorted(set(d) - known)
        if unknown:
            raise ValueError(f"unknown rule setting(s): {', '.join(map(str, unknown))}")
        kwargs: dict[str, Any] = {}
        thresholds = d.get("thresholds", {})
        if not isinstance(thresholds, Mapping):
            raise ValueError("thresholds must be a mapping")
        bad = sorted(set(thresholds) - set(THRESHOLD_NAMES))
        if bad:
            raise ValueError(f"unknown threshold(s): {', '.join(map(str, bad))}")
        for name in THRESHOLD_NAMES:
            if name in d and name in thresholds:
                raise ValueError(f"{name} given twice")
            if name in d or name in thresholds:
                kwargs[name] = d[name] if name in d else thresholds[name]
        for level in (YELLOW, ORANGE, RED):
            if level in d:
                items = d[level]
                if isinstance(items, (Mapping, str)) or not hasattr(items, "__iter__"):
                    items = [items]
                kwargs[level] = tuple(_condition(level, i, item) for i, item in enumerate(items, 1))
        for name in ("min_valid_hours", "range_bound"):
            if name in d:
                kwargs[name] = d[name]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """Inverse of from_dict (JSON-able)."""
        def cond(c: Condition) -> dict[str, Any]:
            out: dict[str, Any] = {"above": c.above, "blocks": c.blocks}
            if c.peak_above is not None:
                out["peak_above"] = c.peak_above
            return out

        return {
            "thresholds": {n: getattr(self, n) for n in THRESHOLD_NAMES},
            **{lv: [cond(c) for c in self.conditions(lv)] for lv in (YELLOW, ORANGE, RED)},
            "min_valid_hours": self.min_valid_hours,
            "range_bound": self.range_bound,
        }


def _condition(level: str, index: int, item: Any) -> Condition:
    where = f"{level}[{index}]"
    if isinstance(item, Condition):
        return item
    if isinstance(item, Mapping):
        extra = sorted(set(item) - {"above", "blocks", "hours", "peak_above"})
        if extra:
            raise ValueError(f"{where}: unknown key(s) {', '.join(map(str, extra))}")
        if "above" not in item:
            raise ValueError(f"{where}: 'above' is required")
        if "blocks" in item and "hours" in item:
            raise ValueError(f"{where}: give blocks or hours, not both")
        blocks = item.get("blocks", 1)
        if "hours" in item:
            hours = item["hours"]
            if isinstance(hours, bool) or not isinstance(hours, int) or hours <= 0 or hours % BLOCK_HOURS:
                raise ValueError(f"{where}: hours must be a positive multiple of {BLOCK_HOURS}, got {hours!r}")
            blocks = hours // BLOCK_HOURS
        above, peak = item["above"], item.get("peak_above")
    elif isinstance(item, (list, tuple)) and 1 <= len(item) <= 3:
        above, blocks, peak = (list(item) + [1, None])[:3] if len(item) == 1 else (list(item) + [None])[:3]
    else:
        raise ValueError(f"{where}: expected a mapping or [above, blocks, peak_above], got {item!r}")
    if isinstance(blocks, bool) or not isinstance(blocks, int):
        raise ValueError(f"{where}: blocks must be an integer, got {blocks!r}")
    return Condition(above, blocks, peak)


def from_console_settings(values: dict) -> RuleSettings:
    """The plan's table (§3.2.1) with the thresholds and durations of console.settings (aqi_t1/t2/t3, *_blocks)."""
    return RuleSettings(
        t150=float(values["aqi_t1"]), t200=float(values["aqi_t2"]), t300=float(values["aqi_t3"]),
        yellow=(Condition("t200", int(values["yellow_t2_blocks"])), Condition("t150", int(values["yellow_t1_blocks"]))),
        orange=(Condition("t200", int(values["orange_t2_blocks"])), Condition("t150", int(values["orange_t1_blocks"]))),
        red=(Condition("t200", int(values["red_t2_blocks"]), peak_above="t300",
                       peak_blocks=int(values["red_t3_blocks"])),),
        min_valid_hours=int(values["min_valid_hours"]), range_bound=values["range_bound"])
