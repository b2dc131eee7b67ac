"""Warning levels of plan §3.2.1: codes, order, names, parsing. The one place levels are defined.

Levels are plain strings: none < yellow < orange < red. Colours and labels for display come from
data/plan.json via the catalog.
"""
from __future__ import annotations

from console.common.errors import UserError

NONE, YELLOW, ORANGE, RED = "none", "yellow", "orange", "red"
LEVELS: tuple[str, ...] = (NONE, YELLOW, ORANGE, RED)  # low to high
LEVEL_CODES: tuple[str, ...] = (YELLOW, ORANGE, RED)  # the three real levels
RANK = {lv: i for i, lv in enumerate(LEVELS)}

#: Full Chinese name, as on a bulletin.
LEVEL_CN = {NONE: "无预警", YELLOW: "黄色预警（Ⅲ级）", ORANGE: "橙色预警（Ⅱ级）", RED: "红色预警（Ⅰ级）"}
#: Short colour word used inside sentences of a basis ("橙色：预测 …").
LEVEL_SHORT = {NONE: "无", YELLOW: "黄色", ORANGE: "橙色", RED: "红色"}

_ALIASES = {
    NONE: ("none", "无", "无预警", "", "-"),
    YELLOW: ("yellow", "黄", "黄色", "黄色预警", "iii", "Ⅲ", "Ⅲ级", "iii级", "3", "3级"),
    ORANGE: ("orange", "橙", "橙色", "橙色预警", "ii", "Ⅱ", "Ⅱ级", "ii级", "2", "2级"),
    RED: ("red", "红", "红色", "红色预警", "i", "Ⅰ", "Ⅰ级", "i级", "1", "1级"),
}
_LOOKUP = {alias.lower(): level for level, aliases in _ALIASES.items() for alias in aliases}


def level_rank(level: str | None) -> int:
    """0 for none (or None), 1 yellow, 2 orange, 3 red. ValueError for anything else."""
    if level is None:
        return 0
    try:
        return RANK[level]
    except KeyError:
        raise ValueError(f"unknown level {level!r}") from None


def max_level(*levels: str | None) -> str:
    """The highest of the given levels ("none" when given nothing or only none/None)."""
    return LEVELS[max((level_rank(lv) for lv in levels), default=0)]


def level_cn(level: str | None) -> str:
    return LEVEL_CN[LEVELS[level_rank(level)]]


def level_short(level: str | None) -> str:
    return LEVEL_SHORT[LEVELS[level_rank(level)]]


def parse_level_value(text: str, *, allow_none: bool = True) -> str:
    """'yellow'/'黄色'/'Ⅲ级'… -> canonical level. ValueError if unknown (or none when not allowed);
    file readers add the file and line."""
    key = (text or "").strip().lower().replace(" ", "")
    level = _LOOKUP.get(key)
    if level is None or (level == NONE and not allow_none):
        raise ValueError(f"unknown level {text!r}")
    return level


def parse_level(text: str, field: str = "level") -> str:
    """A real level (yellow/orange/red) from user input; UserError naming the field and the choices."""
    try:
        return parse_level_value(text, allow_none=False)
    except ValueError:
        raise UserError(f"{field}: 未知预警级别 unknown level {text!r}（可选 choose: yellow, orange, red）") from None


def levels_up_to(code: str) -> list[str]:
    """Cumulative: measures of 'orange' are those introduced at yellow and orange."""
    return [c for c in LEVEL_CODES if RANK[c] <= RANK[code]]
