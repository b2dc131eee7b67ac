"""Names that come from the plan data (levels, AQI categories) in the interface language. Strings written in
the widgets go through Qt's translator; these come from data that carries both languages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
