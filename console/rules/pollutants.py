"""Pollutant names as people and the national monitoring centre write them (首要污染物 values, column labels).

Accepted, in any letter case, with full-width or half-width brackets, digits and spaces (NFKC), subscripts
(PM₂.₅, O₃) and the averaging period as a suffix:
- codes: PM2.5 / PM25 / PM2_5, PM10, SO2, NO2, CO, O3, O3_8h, O3-1h, O3_24h, PM2.5_24h …
- names: 细颗粒物, 可吸入颗粒物, 二氧化硫, 二氧化氮, 一氧化碳, 臭氧, 沙尘 (沙尘暴, 扬沙, 浮尘)
- the national real-time release and daily report (中国环境监测总站): 细颗粒物(PM2.5), 颗粒物(PM10),
  可吸入颗粒物(PM10), 臭氧1小时, 臭氧8小时, 二氧化硫, 二氧化氮, 一氧化碳
- HJ 633-2012 Table 1: 二氧化硫（SO2）24小时平均, 臭氧（O3）8小时滑动平均, 颗粒物（粒径小于等于2.5μm）24小时平均 …

A name with a bracketed part is accepted when both parts name the same pollutant (细颗粒物(PM10) is refused:
the two parts disagree); 颗粒物 alone is ambiguous (PM2.5 or PM10) and needs its bracket.
"""
from __future__ import annotations

import re
import unicodedata

PM25, PM10, O3, DUST = "pm25", "pm10", "o3", "dust"
SO2, NO2, CO = "so2", "no2", "co"

#: Averaging periods a label may carry ("1h", "8h", "24h"); None when the label names none.
PERIODS = ("1h", "8h", "24h")

_NAMES = {
    PM25: ("pm25", "pm2.5", "pm2_5", "pm2-5", "细颗粒物", "粒径小于等于2.5μm", "粒径≤2.5μm", "粒径小于等于2.5微米"),
    PM10: ("pm10", "可吸入颗粒物", "粒径小于等于10μm", "粒径≤10μm", "粒径小于等于10微米"),
    O3: ("o3", "臭氧"),
    DUST: ("dust", "沙尘", "沙尘暴", "扬沙", "浮尘", "沙尘天气"),
    SO2: ("so2", "二氧化硫"),
    NO2: ("no2", "二氧化氮"),
    CO: ("co", "一氧化碳"),
}
_LOOKUP = {name: key for key, names in _NAMES.items() for name in names}
_AMBIGUOUS = frozenset({"颗粒物"})  # needs a bracket saying which
_NO_POLLUTANT = frozenset({"", "-", "--", "—", "——", "无", "none", "/"})

# Averaging-period suffixes, longest first: 8小时滑动平均, 24小时平均, 1小时, _8h, -1h, (8h), 日均 …
_PERIOD = re.compile(
    r"(?:[_\-]?(?P<h>1|8|24)(?:h|hr|小时)(?:滑动)?(?:平均值?|均值)?|(?P<day>日均值?|日平均))$")
_BRACKET = re.compile(r"^(?P<name>[^()]*)\((?P<inner>[^()]+)\)(?P<rest>.*)$")


def _normalise(text: str) -> str:
    s = unicodedata.normalize("NFKC", text or "")
    s = s.replace("【", "(").replace("】", ")").replace("[", "(").replace("]", ")").replace("µ", "μ")
    return re.sub(r"\s+", "", s).lower()


def _period(s: str) -> tuple[str, str | None]:
    m = _PERIOD.search(s)
    if not m or m.start() == 0:
        return s, None
    return s[:m.start()], ("24h" if m.group("day") else f"{m.group('h')}h")


def _plain(s: str) -> tuple[str | None, str | None]:
    """(key, period) of a label without brackets; key None when unknown."""
    if s in _LOOKUP:
        return _LOOKUP[s], None
    base, period = _period(s)
    return _LOOKUP.get(base), period


def parse_pollutant_label(text: str | None) -> tuple[str | None, str | None]:
    """'细颗粒物(PM2.5)' -> ('pm25', None); '臭氧8小时' -> ('o3', '8h'); '' / '—' / '无' -> (None, None).
    ValueError naming the label when it is unknown, ambiguous or self-contradictory."""
    s = _normalise(text)
    if s in _NO_POLLUTANT:
        return None, None
    key, period = _plain(s)
    if key is not None:
        return key, period
    m = _BRACKET.match(s)
    if m:
        name, inner, rest = m.group("name"), m.group("inner"), m.group("rest")
        # the period may follow the bracket (臭氧(O3)8小时滑动平均) or sit inside it (O3(8h))
        rest_key, rest_period = _period("x" + rest) if rest else ("x", None)
        if rest_key != "x":
            raise ValueError(f"无法识别的污染物 unknown pollutant {text!r}")
        inner_key, inner_period = _plain(inner)
        if inner_key is None:
            inner_base, inner_only = _period("x" + inner)
            if inner_base == "x" and inner_only:
                inner_period = inner_only
        name_key, name_period = _plain(name) if name not in _AMBIGUOUS else (None, None)
        keys = {k for k in (name_key, inner_key) if k is not None}
        if name and name not in _AMBIGUOUS and name_key is None:
            keys.add("?")
        if len(keys) > 1:
            raise ValueError(f"污染物名称与括号内不一致 pollutant name and bracket disagree: {text!r}")
        if len(keys) == 1 and "?" not in keys:
            return keys.pop(), rest_period or name_period or inner_period
    if s in _AMBIGUOUS:
        raise ValueError(f"“颗粒物”须注明 PM2.5 或 PM10 ambiguous pollutant {text!r} (PM2.5 or PM10?)")
    raise ValueError(f"无法识别的污染物 unknown pollutant {text!r}")


def parse_pollutant(text: str | None) -> str | None:
    """'PM2.5'/'细颗粒物(PM2.5)'/'臭氧8小时'/'沙尘'… -> pm25|pm10|o3|dust|so2|no2|co; empty -> None.
    ValueError if unknown."""
    return parse_pollutant_label(text)[0]


#: What the error messages list as accepted spellings.
ACCEPTED_HINT = ("PM2.5/细颗粒物(PM2.5), PM10/颗粒物(PM10), O3/臭氧1小时/臭氧8小时, SO2/二氧化硫, NO2/二氧化氮, "
                 "CO/一氧化碳, 沙尘, 或留空 or empty")
