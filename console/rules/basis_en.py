"""The assessment's basis lines in English, for display only.

What is stored (a proposal's basis, bulletins, the audit) stays the Chinese the rules wrote. A view in English
renders each line here from its structure: every line form that console.rules writes (assessment, chains,
timing, notices) has a fixed grammar with figures in it, and is rendered from those figures. A line of any other
form (typed or edited by a person, or the plan's own words) is shown as a quotation, as written.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from console.rules.blocks import DUST, O3, POLLUTANT_CN

_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
LEVEL_WORD = {"红色": "red", "橙色": "orange", "黄色": "yellow", "无": "none"}
LEVEL_FULL = {"无预警": "no warning", "黄色预警（Ⅲ级）": "yellow warning (Level Ⅲ)",
              "橙色预警（Ⅱ级）": "orange warning (Level Ⅱ)", "红色预警（Ⅰ级）": "red warning (Level Ⅰ)"}
POLLUTANT_EN = {"PM2.5": "PM2.5", "PM10": "PM10", "臭氧(O3)": "ozone (O3)", "沙尘": "dust", "SO2": "SO2",
                "NO2": "NO2", "CO": "CO"}
assert set(POLLUTANT_EN) == set(POLLUTANT_CN.values())
SOURCE_EN = {"预测": "forecast", "监测": "observed", "监测及预测": "observed and forecast"}
ISSUER_EN = {"生态环境部": "the Ministry", "省": "Province", "市": "City"}
_RANGE_EN = {"上限": "upper bound", "下限": "lower bound", "中值": "midpoint"}
_CITE_31 = "（预案3.2.1“经预测”）"
_CITE_31_EN = ' (plan §3.2.1: levels are set "by forecast")'
_LV = "(红色|橙色|黄色|无)"

ADVISORY_EN = {
    O3: ("Ozone (O3) is the primary pollutant: under plan §1.3 no warning level is set. Issue health advice "
         "(children, older people and people with respiratory or cardiovascular disease should spend less time "
         "outdoors, above all from early afternoon to evening when ozone peaks) and step up routine control of "
         "VOC and NOx emissions."),
    DUST: ("Dust is the primary pollutant: under plan §1.3 no warning level is set. Issue health advice (spend "
           "less time outdoors, wear a mask outside, keep doors and windows closed) and, as needed, control dust "
           "sources (building sites, roads, bare soil and material yards)."),
}


def advisory_text(pollutants: Iterable[str], zh_text: str | None, lang: str) -> str | None:
    """The O3/dust advisory of an assessment in `lang` (the Chinese as given)."""
    if lang != "en" or not zh_text:
        return zh_text
    return "\n".join(ADVISORY_EN[p] for p in pollutants if p in ADVISORY_EN) or zh_text


# ---- pieces ---------------------------------------------------------------------------------------------
def _list(text: str, one: Callable[[str], str | None]) -> str | None:
    parts = [one(p) for p in text.split("、")]
    return None if any(p is None for p in parts) else ", ".join(parts)  # type: ignore[arg-type]


def _span(text: str) -> str | None:
    """'12-03 08:00 起连续48小时日AQI' / '12-03 日AQI' / '12-03 08:00 起24小时日AQI'."""
    if m := re.fullmatch(r"(\d\d-\d\d(?: \d\d:\d\d)?) 起连续(\d+)小时日AQI", text):
        return f"daily AQI over {m[2]} consecutive hours from {m[1]}"
    if m := re.fullmatch(r"(\d\d-\d\d \d\d:\d\d) 起24小时日AQI", text):
        return f"24-hour AQI from {m[1]}"
    if m := re.fullmatch(r"(\d\d-\d\d) 日AQI", text):
        return f"daily AQI of {m[1]}"
    return None


def _value(text: str) -> str | None:
    m = re.fullmatch(r"(实测|预测)?([\d.]+)", text)
    if not m:
        return None
    return {"实测": "observed ", "预测": "forecast ", None: ""}[m[1]] + m[2]


_CHAIN = re.compile(r"(预测|监测|监测及预测) (.+?)>([\d.]+)（([^（）]*)）(?:，其中 (.+?)>([\d.]+)（([^（）]*)）)?"
                    r"(?:，首要污染物 ([^，]+))?")


def chain_en(text: str) -> str | None:
    """A describe_chain() text in English, or None when `text` is not one."""
    m = _CHAIN.fullmatch(text)
    if not m:
        return None
    span, values = _span(m[2]), _list(m[4], _value)
    if span is None or values is None:
        return None
    out = f"{SOURCE_EN[m[1]]} {span} > {m[3]} ({values})"
    if m[5]:
        spans, tops = _list(m[5], _span), _list(m[7], _value)
        if spans is None or tops is None:
            return None
        out += f", of which {spans} > {m[6]} ({tops})"
    if m[8]:
        pollutants = _list(m[8], POLLUTANT_EN.get)
        if pollutants is None:
            return None
        out += f", primary pollutant {pollutants}"
    return out


def _days(text: str) -> str | None:
    if m := re.fullmatch(r"(\d\d-\d\d) 至 (\d\d-\d\d) 共 (\d+) 天", text):
        return f"{m[1]} to {m[2]} ({m[3]} days)"
    return _list(text, lambda d: d if re.fullmatch(r"\d\d-\d\d", d) else None)


def _notice(text: str) -> str | None:
    """Notice.describe(): '市 2025-12-02 10:00 发布橙色预警（通环〔2025〕1号）' (the document number as written)."""
    m = re.fullmatch(r"(生态环境部|省|市) (\d{4}-\d\d-\d\d \d\d:\d\d) (?:(发布|调整为)" + _LV + r"预警|(解除预警))"
                     r"(?:（([^（）]+)）)?", text)
    if not m:
        return None
    if m[5]:
        what = "lifts the warning"
    elif m[3] == "调整为":
        what = f"changes the warning to {LEVEL_WORD[m[4]]}"
    else:
        word = LEVEL_WORD[m[4]]
        what = f"issues {'an' if word[0] in 'aeiou' else 'a'} {word} warning"
    return f"{ISSUER_EN[m[1]]} {m[2]} {what}" + (f" ({m[6]})" if m[6] else "")


# ---- whole lines ----------------------------------------------------------------------------------------
def _rules() -> list[tuple[re.Pattern, Callable[[re.Match], str | None]]]:
    def chain_line(prefix: str, chain: str, suffix: str = "") -> str | None:
        c = chain_en(chain)
        return None if c is None else f"{prefix}{c}{suffix}"

    lv = LEVEL_WORD.get
    return [
        (re.compile(_LV + r"（按监测数据升级，预案3\.2\.2\(3\)）：(.+)"),
         lambda m: chain_line(f"{lv(m[1]).capitalize()} (upgrade on monitoring data, plan §3.2.2(3)): ", m[2])),
        (re.compile(_LV + r"：(.+)"), lambda m: chain_line(f"{lv(m[1]).capitalize()}: ", m[2])),
        (re.compile(r"未达到预警条件：最高日AQI ([\d.]+)（(\d\d-\d\d)）"),
         lambda m: f"Warning conditions not met: highest daily AQI {m[1]} ({m[2]})"),
        (re.compile(r"未达到预警条件：最高24小时AQI ([\d.]+)（(\d\d-\d\d \d\d:\d\d) 起）"),
         lambda m: f"Warning conditions not met: highest 24-hour AQI {m[1]} (from {m[2]})"),
        (re.compile(r"未达到预警条件：各有效24小时的首要污染物均为臭氧或沙尘，不定预警级别"),
         lambda m: "Warning conditions not met: in every valid 24 hours the primary pollutant is ozone or dust, "
                   "which set no warning level"),
        (re.compile(r"未达到预警条件：没有有效的24小时AQI（每24小时至少需要 (\d+) 个小时值）"),
         lambda m: f"Warning conditions not met: no valid 24-hour AQI (each 24 hours needs at least {m[1]} "
                   "hourly values)"),
        (re.compile(r"未达到预警条件：没有评估时刻之后的预测"),
         lambda m: "Warning conditions not met: no forecast after the assessment time"),
        (re.compile(r"未达到预警条件：没有预测数据"), lambda m: "Warning conditions not met: no forecast data"),
        (re.compile(r"预测中 (.+) 已是过去的日期（早于评估时刻 ([\d: -]+)），不是预测，不计入预警条件"
                    + re.escape(_CITE_31) + r"(?:；这些过去的数值若当作预测将达到" + _LV + "条件)?"),
         lambda m: None if (d := _days(m[1])) is None else
         f"Forecast dates {d} are already past (before the assessment time {m[2]}): not a forecast, they do not "
         f"count towards a warning{_CITE_31_EN}" + (f"; taken as a forecast they would meet {lv(m[3])}"
                                                    if m[3] else "")),
        (re.compile(r"预测中 (\d\d-\d\d \d\d:\d\d) 起至 (\d\d-\d\d \d\d:\d\d) 起的 (\d+) 个24小时已全部早于评估时刻 "
                    r"([\d: -]+)，不是预测，不计入预警条件" + re.escape(_CITE_31)
                    + r"(?:；这些过去的数值若当作预测将达到" + _LV + "条件)?"),
         lambda m: f"The forecast's {m[3]} 24-hour periods starting {m[1]} to {m[2]} all lie before the assessment "
                   f"time {m[4]}: not a forecast, they do not count towards a warning{_CITE_31_EN}"
                   + (f"; taken as a forecast they would meet {lv(m[5])}" if m[5] else "")),
        (re.compile(r"(\d\d-\d\d \d\d:\d\d) 起的24小时仅有 (\d+) 个有效小时值（<(\d+)），不计入（若计入可达" + _LV
                    + r"条件）"),
         lambda m: f"The 24 hours from {m[1]} have only {m[2]} valid hourly values (< {m[3]}) and do not count "
                   f"(counted, they would meet {lv(m[4])})"),
        (re.compile(r"预测缺少 (.+) 的日AQI，前后日期不按连续计算"),
         lambda m: None if (d := _days(m[1])) is None else
         f"The forecast has no daily AQI for {d}: the dates either side are not consecutive"),
        (re.compile(r"预测AQI以区间给出时按区间(上限|下限|中值)计"),
         lambda m: f"Forecast AQI given as a range is taken at its {_RANGE_EN[m[1]]}"),
        (re.compile(r"(.+)为首要污染物的时段不定预警级别（预案1\.3）：若计入，(.+)，将达到" + _LV + "条件"),
         lambda m: None if (p := _list(m[1], POLLUTANT_EN.get)) is None else
         chain_line(f"Periods with {p} as primary pollutant set no warning level (plan §1.3): counted, ", m[2],
                    f"; that would meet {lv(m[3])}")),
        (re.compile(r"(.+)，达到" + _LV + r"条件；但没有正在执行的应急响应：预警按预测启动" + re.escape(_CITE_31)
                    + r"，监测数据只用于响应期间升级（预案3\.2\.2\(3\)），不计入"),
         lambda m: chain_line("", m[1], f" meets {lv(m[2])}; but no response is in force: a warning starts on a "
                                        f"forecast{_CITE_31_EN}, monitoring data only upgrade a response in force "
                                        "(plan §3.2.2(3)) and do not count")),
        (re.compile(r"(.+)，达到" + _LV + r"条件，不高于正在执行的" + _LV + r"响应，无需调整"),
         lambda m: chain_line("", m[1], f" meets {lv(m[2])}, not above the {lv(m[3])} response in force: "
                                        "no change needed")),
        (re.compile(r"上级通知：(.+?)(?:（原" + _LV + r"预警不再计入）)?"),
         lambda m: None if (n := _notice(m[1])) is None else
         f"Upper-level notice: {n}" + (f" (the earlier {lv(m[2])} warning no longer counts)" if m[2] else "")),
        (re.compile(r"上级通知：另有 (\d+) 条晚于评估时刻 ([\d: -]+) 的通知，未计入"),
         lambda m: f"Upper-level notices: {m[1]} more after the assessment time {m[2]}, not counted"),
        (re.compile(r"结论：不启动预警（预测与上级通知均未达到预警级别）"),
         lambda m: "Conclusion: no warning (neither the forecast nor upper-level notices reach a warning level)"),
        (re.compile(r"结论：(.+?)（预测" + _LV + r"，上级通知" + _LV + r"(?:，监测数据升级" + _LV + r")?，取较高者）"),
         lambda m: None if m[1] not in LEVEL_FULL else
         f"Conclusion: {LEVEL_FULL[m[1]]} (forecast {lv(m[2])}, upper-level notices {lv(m[3])}"
         + (f", upgrade on monitoring data {lv(m[4])}" if m[4] else "") + "; the higher one)"),
    ]


_RULES = _rules()


def basis_line_en(line: str) -> str | None:
    """A basis line the rules wrote, in English; None when the line is of no known form."""
    for pattern, render in _RULES:
        if (m := pattern.fullmatch(line)) is not None and (out := render(m)) is not None:
            return out
    return None


def basis_line(line: str, lang: str) -> str:
    """A basis line for display in `lang`: the Chinese as stored; in English rendered from its structure, or, for
    a line of no known form that has Chinese in it, quoted as written."""
    if lang != "en":
        return line
    rendered = basis_line_en(line.strip())
    if rendered is not None:
        return rendered
    return f"“{line}” (as written)" if _CJK.search(line) else line


_DOC_NO = re.compile(r"\(([^()]*〔[^()]*)\)")


def untranslated(lines: Iterable[str]) -> list[str]:
    """Lines with no English form, or whose English still has Chinese in it (a document number such as
    '(通环〔2025〕1号)' is quoted as written and allowed). [] when every line renders."""
    out = []
    for line in lines:
        en = basis_line_en(line)
        if en is None:
            out.append(f"no English form for: {line}")
        elif _CJK.search(_DOC_NO.sub("", en)):
            out.append(f"Chinese left in: {en}")
    return out
