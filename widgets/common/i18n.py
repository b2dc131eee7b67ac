"""Names that come from the plan data (levels, AQI categories) in the interface language. Strings written in
the widgets go through Qt's translator; these come from data that carries both languages."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def alert_text(item, title: str | None = None) -> tuple[str, str]:
    """(title, body) of a reminder (escalation.Pending or Slot) in the interface language: the core writes both;
    where it has no English (empty) the Chinese is shown. `title`: the Chinese title as sent (drill-marked)."""
    title = item.title if title is None else title
    if not english() or not getattr(item, "title_en", ""):
        return title, item.body
    drill = "[DRILL] " if title.startswith("【演练】") else ""
    return drill + item.title_en, item.body_en or item.body


# ---- roles ---------------------------------------------------------------------------------------------
# One display name per role code (the plan's chain: 分管副局长 approves yellow, 局长 orange, 区政府领导 red).
ROLE_NAMES = {
    "duty_officer": QT_TRANSLATE_NOOP("roles", "值班员"),
    "deputy_head": QT_TRANSLATE_NOOP("roles", "分管副局长"),
    "bureau_head": QT_TRANSLATE_NOOP("roles", "局长（主要负责人）"),
    "district_leader": QT_TRANSLATE_NOOP("roles", "区政府领导"),
    "liaison": QT_TRANSLATE_NOOP("roles", "部门联络员"),
    "admin": QT_TRANSLATE_NOOP("roles", "管理员"),
}


def role_name(code: str) -> str:
    """A role code in the interface language ('bureau_head' -> '局长（主要负责人）' / 'Bureau head')."""
    zh = ROLE_NAMES.get(code)
    return QCoreApplication.translate("roles", zh) if zh else code


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
