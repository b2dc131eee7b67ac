"""Warning levels: codes, order, names. Colours and labels come from data/plan.json via the catalog."""
from __future__ import annotations

from console.errors import UserError

LEVEL_CODES = ("yellow", "orange", "red")
RANK = {"none": 0, "yellow": 1, "orange": 2, "red": 3}
NAMES_ZH = {"none": "无预警", "yellow": "黄色预警（Ⅲ级）", "orange": "橙色预警（Ⅱ级）", "red": "红色预警（Ⅰ级）"}

_ALIASES = {
    "yellow": "yellow", "iii": "yellow", "3": "yellow", "黄色": "yellow", "黄": "yellow", "Ⅲ": "yellow",
    "orange": "orange", "ii": "orange", "2": "orange", "橙色": "orange", "橙": "orange", "Ⅱ": "orange",
    "red": "red", "i": "red", "1": "red", "红色": "red", "红": "red", "Ⅰ": "red",
}


def parse_level(text: str, field: str = "level") -> str:
    """'yellow'/'黄色'/'III' -> 'yellow'. Unknown -> UserError naming the field and the choices."""
    key = (text or "").strip()
    code = _ALIASES.get(key.lower(), _ALIASES.get(key))
    if code is None:
        raise UserError(f"{field}: 未知预警级别 unknown level {text!r}（可选 choose: yellow, orange, red）")
    return code


def max_level(*codes: str) -> str:
    return max(codes, key=RANK.__getitem__, default="none")


def levels_up_to(code: str) -> list[str]:
    """Cumulative: measures of 'orange' are those introduced at yellow and orange."""
    return [c for c in LEVEL_CODES if RANK[c] <= RANK[code]]
