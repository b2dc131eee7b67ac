"""Names that come from the plan data (levels, AQI categories) in the interface language. Strings written in
the widgets go through Qt's translator; these come from data that carries both languages."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.plan import names
from console.plan.levels import level_cn, level_short, parse_level

LANG_PROPERTY = "console_lang"


def english() -> bool:
    app = QCoreApplication.instance()
    return bool(app and str(app.property(LANG_PROPERTY) or "").startswith("en"))


def level_name(level) -> str:
    """A catalog Level: '橙色预警' or 'Orange warning'."""
    return f"{level.name_en} warning" if english() else level.name_zh


def category_name(cat) -> str:
    """An AQI category (console.aqi.Category): '重度污染' or 'Very unhealthy'."""
    return cat.name_en if english() else cat.name_zh


def lang() -> str:
    return "en" if english() else "zh"


def alert_text(item, title: str | None = None) -> tuple[str, str]:
    """(title, body) of a reminder (escalation.Pending or Slot) in the interface language: the core writes both;
    where it has no English (empty) the Chinese is shown. `title`: the Chinese title as sent (drill-marked)."""
    title = item.title if title is None else title
    if not english() or not getattr(item, "title_en", ""):
        return title, item.body
    drill = "[DRILL] " if title.startswith("【演练】") else ""
    return drill + item.title_en, item.body_en or item.body


# ---- names from the plan (data/plan.json, console.plan.names): one display name per role, units, categories ----
def role_name(code: str) -> str:
    """A role code in the interface language ('bureau_head' -> '生态环境局主要负责人（局长）' / 'Bureau head')."""
    return names.role_name(code, lang())


def role_names(codes) -> str:
    return names.role_names(codes, lang())


def signoff_wording(holders: dict[str, str] | None = None) -> str:
    """Who signs what at each level, from the plan's sign-off chain, in the interface language."""
    return names.signoff_wording(lang(), holders)


def unit_name(unit: str) -> str:
    """A department or town of the plan in the interface language."""
    return names.unit_name(unit, lang())


def join_names(names) -> str:
    """Names listed in the interface language: '公安局、水利局' / 'Public Security Bureau, Water Resources Bureau'."""
    return (", " if english() else "、").join(names)


def measure_category(category: str, subcategory: str | None = None) -> str:
    return names.category_name(category, subcategory, lang())


def level_badge(code: str | None) -> str:
    """A level code as on a badge: '橙色预警（Ⅱ级）' / 'Orange warning (Level Ⅱ)'; none: '无预警' / 'No warning'."""
    if not english():
        return level_cn(code)
    lv = names.default_catalog().levels.get(parse_level(code or "none")) if code not in (None, "none") else None
    return f"{lv.name_en} warning (Level {lv.roman})" if lv else "No warning"


def level_word(code: str | None) -> str:
    """A level's colour word inside a sentence: '红色' / 'red' (as in '拟定红色预警提案' / 'Draft a red warning …')."""
    if not english():
        return level_short(code)
    lv = names.default_catalog().levels.get(code or "none")
    return lv.name_en.lower() if lv else "no"


def scenario_title(sc) -> str:
    """A drill scenario's title in the interface language (its title_en with --lang en, when it has one)."""
    return (sc.title_en or sc.title) if english() else sc.title


def scenario_description(sc) -> str:
    return (sc.description_en or sc.description) if english() else sc.description


# ---- bilingual messages from the core --------------------------------------------------------------------
# console/ raises messages written for the CLI in both languages: "用户名 username: 不能为空 must not be empty".
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_WORD = re.compile(r"^[(\[]?[A-Za-z][a-z]*(?:[-_][A-Za-z]+)*[)\]]?[:,.;!?]*$")


def _kind(token: str) -> str:
    if _CJK.search(token):
        return "zh"
    if _WORD.match(token) and not token.rstrip(":,.;!?)]").lstrip("([").isupper():
        return "en"  # an ordinary English word; acronyms (AQI, PM2.5), numbers, names in quotes stay
    return "any"


def chinese_part(message: str) -> str:
    """The Chinese part of a bilingual core message: English words dropped, figures, codes and quoted names kept
    ("角色 roles: 无效 invalid []" -> "角色：无效"). A message with no Chinese in it is returned unchanged.
    Each line is taken on its own."""
    if "\n" in message:
        return "\n".join(chinese_part(line) for line in message.split("\n"))
    tokens = message.split()
    kinds = [_kind(t) for t in tokens]
    if "zh" not in kinds:
        return message
    keep: list[str] = []
    for i, (tok, kind) in enumerate(zip(tokens, kinds)):
        if kind == "any":  # belongs with the next word that has a language (or the previous one at the end)
            nxt = next((k for k in kinds[i + 1:] if k != "any"), None)
            prev = next((k for k in reversed(kinds[:i]) if k != "any"), None)
            kind = nxt or prev or "zh"
            quoted = tok[:1] in "'\"“《"
            if i and kinds[i - 1] == "en" and not quoted:
                kind = "en"  # an English phrase's own figure: "第 3 行 line 3:"
            elif nxt == "en" and prev == "zh" and quoted:
                kind = "zh"  # "用户名 username: 'jiang' already exists" keeps the name
        if kind == "zh":
            keep.append(tok)
        elif tok.endswith(":") and keep and not keep[-1].endswith(("：", ":")):
            keep[-1] += "："
    out = ""
    for tok in keep:  # no space between Chinese words, one before/after figures and codes
        if out and not (out.endswith("：") or (_CJK.search(out[-1]) and _CJK.search(tok[0]))):
            out += " "
        out += tok
    return out


def user_text(message) -> str:
    """What the user reads of a core message (or exception): its Chinese part in the Chinese interface, the
    whole bilingual text in the English one (which carries the English)."""
    text = str(message)
    return text if english() else chinese_part(text)


def english_part(message: str) -> str:
    """The English part of a bilingual label ("预警阈值 Thresholds" -> "Thresholds"); unchanged without one."""
    kept = [t for t in message.split() if _kind(t) != "zh"]
    return " ".join(kept) if any(_kind(t) == "en" for t in kept) else message


def bilingual(text: str) -> str:
    """A bilingual label from the core in the interface language."""
    return english_part(text) if english() else chinese_part(text)


_CODES_IN_BRACKETS = re.compile(r"（[^（）]*[A-Za-z][^（）]*）$")


def setting_label(setting) -> str:
    """A declared setting's label: its English label, or the Chinese one without a trailing list of codes
    ("预报区间取值（upper 上限 / lower 下限）" -> "预报区间取值"; the choices are shown in words)."""
    if english():
        return setting.label_en
    if setting.kind == "choice":
        return _CODES_IN_BRACKETS.sub("", setting.label_zh)
    return setting.label_zh


CHOICE_NAMES = {"upper": QT_TRANSLATE_NOOP("settings", "上限"), "lower": QT_TRANSLATE_NOOP("settings", "下限"),
                "on": QT_TRANSLATE_NOOP("settings", "开"), "off": QT_TRANSLATE_NOOP("settings", "关")}


def choice_name(code: str) -> str:
    """A setting's choice code in words ('upper' -> '上限' / 'upper bound')."""
    zh = CHOICE_NAMES.get(code)
    return QCoreApplication.translate("settings", zh) if zh else code
