"""The plan's names in both languages, read from one place (data/plan.json through the catalog): each role's one
display name, the sign-off steps and the sign-off wording, units and towns, measure categories.

console/ writes Chinese (lang "zh", the default); the widgets pass "en" with --lang en. A name the plan data does
not carry in English (a town added in the settings) is shown as it is.
"""
from __future__ import annotations

from functools import lru_cache

from console.plan.catalog import CATEGORY_ZH, SUBCATEGORY_ZH, Catalog
from console.plan.levels import LEVEL_CODES, level_short

# The measure categories of 附件2 are fixed keys of measures.json (their Chinese names beside them in catalog.py).
CATEGORY_EN = {"health": "Health protection", "advocacy": "Voluntary emission reduction",
               "mandatory": "Mandatory emission reduction"}
SUBCATEGORY_EN = {"general": "Enforcement", "industrial": "Industry", "dust": "Dust",
                  "vehicle": "Motor vehicles", "other": "Other"}


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    from console.plan import catalog

    return catalog.load()


def _cat(cat: Catalog | None) -> Catalog:
    return cat or default_catalog()


def role_name(code: str, lang: str = "zh", cat: Catalog | None = None) -> str:
    """The role's one display name from the plan ('bureau_head' -> '生态环境局主要负责人（局长）' / 'Bureau head');
    an unknown code is returned as it is."""
    r = _cat(cat).roles.get(code)
    if not r:
        return code
    return r["name_en"] if lang == "en" else r["name_zh"]


def role_names(codes, lang: str = "zh", cat: Catalog | None = None) -> str:
    sep = ", " if lang == "en" else "、"
    return sep.join(role_name(c, lang, cat) for c in codes)


def step_name(step: str | None, lang: str = "zh", cat: Catalog | None = None) -> str:
    """A sign-off step ('review' -> '审核' / 'reviews'); None or an unknown step -> '审签' / 'signs'."""
    s = _cat(cat).signoff_steps.get(step or "")
    if not s:
        return "signs" if lang == "en" else "审签"
    return s.get("name_en", step) if lang == "en" else s["name_zh"]


def signoff_wording(lang: str = "zh", holders: dict[str, str] | None = None, cat: Catalog | None = None) -> str:
    """Who signs what, from the plan's chain: '黄色 生态环境局分管副局长（张三）批准；…；红色 …审核，区政府领导（李四）
    批准'. `holders` adds the people holding each role (role code -> names), at the role's first mention."""
    c = _cat(cat)
    holders = dict(holders or {})
    levels = []
    for code in LEVEL_CODES:
        steps = []
        for s in c.signoff[code]:
            who, held = role_name(s["role"], lang, c), holders.pop(s["role"], "")
            if lang == "en":
                steps.append(f"{who}{f' ({held})' if held else ''} {step_name(s['step'], lang, c)}")
            else:
                steps.append(f"{who}{f'（{held}）' if held else ''}{step_name(s['step'], lang, c)}")
        if lang == "en":
            levels.append(f"{c.levels[code].name_en}: " + ", ".join(steps))
        else:
            levels.append(f"{level_short(code)} " + "，".join(steps))
    return ("; " if lang == "en" else "；").join(levels)


def unit_name(unit: str, lang: str = "zh", cat: Catalog | None = None) -> str:
    """A department, town or other unit of the plan in the interface language."""
    if lang != "en":
        return unit
    return _cat(cat).unit_names_en.get(unit, unit)


def category_name(category: str, subcategory: str | None = None, lang: str = "zh") -> str:
    """A measure's category ('mandatory', 'dust') -> '强制性减排措施·扬尘减排措施' / 'Mandatory … · Dust'."""
    if lang == "en":
        main = CATEGORY_EN.get(category, category)
        return f"{main} · {SUBCATEGORY_EN.get(subcategory, subcategory)}" if subcategory else main
    main = CATEGORY_ZH.get(category, category)
    return f"{main}·{SUBCATEGORY_ZH.get(subcategory, subcategory)}" if subcategory else main
