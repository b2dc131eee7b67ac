"""Colours, fonts and icons — defined once, used everywhere."""
from __future__ import annotations

import re

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget

from console.common import paths

DRILL_RGB = (84, 110, 122)  # blue-grey: no real level uses it

# Text colours by meaning (on the light page background). Pages name the meaning, never a hex value.
TEXT = {
    "ok": "#1b5e20",       # done, valid, signed
    "warn": "#8a4b00",     # needs attention soon
    "alarm": "#b00020",    # overdue, broken, refused
    "muted": "#555555",    # hints, empty states
}


class C:
    """The page colours by meaning (warning-level and AQI colours come from the plan data)."""
    ok, warn, alarm, due, muted = "#1b5e20", "#8a4b00", "#b00020", "#b26a00", "#555555"
    ink, label, text_soft, rule = "#1f2d3a", "#445555", "#383838", "#999999"
    border, card_border, header_bg = "#c9d1d8", "#d5dbe1", "#eef2f5"
    calm_bg, calm_fg, warn_bg, warn_fg, warn_border = "#e8f0f7", "#10212f", "#fff4d6", "#4a3200", "#e0b84a"
    done_bg, disabled_bg, disabled_fg = "#edf5ee", "#dfe6ec", "#2c3e50"
    action, action_hover = "#0b4f8a", "#0d5fa6"
    slate, selected_bg, axis_ink, readout_bg = "#37474f", "#35506b", "#202020", "#f4f6f8"
    banner_bg, banner_border = "#fff8e1", "#f9a825"
    fresh_bg, fresh_fg, fresh_border = "#e3f4e6", "#14532d", "#2e7d32"
    stale_border, none_bg, none_border = "#7f0016", "#eceff1", "#90a4ae"


class D:
    """The drill pages' blue-grey palette (DRILL_RGB and its companions): never a real level's colour."""
    page_bg, box_border, strip_bg = "#eef1f3", "#b0bec5", "#e3e8eb"
    ink = "#263238"          # ordinary state lines
    alarm = "#b71c1c"        # overdue, missed, injected fault, refused
    notify = "#607d8b"       # a reminder sent (log line)
    trainee = "#0d47a1"      # what the trainees did, their next step


def drill_css() -> str:
    """The drill colour as a CSS value."""
    return "rgb({0},{1},{2})".format(*DRILL_RGB)


def drill_box_css() -> str:
    """The white framed boxes of the drill page (state, accounts, score)."""
    return f"background: white; border: 1px solid {D.box_border}; padding: 8px; font-size: 11pt;"


def text_css(meaning: str, bold: bool = True) -> str:
    """A label's style for a meaning: text_css("alarm") -> "color: #b00020; font-weight: bold;"."""
    return f"color: {TEXT[meaning]};" + (" font-weight: bold;" if bold else "")


def icon(name: str) -> QIcon:
    return QIcon(str(paths.resources_dir() / "icons" / f"{name}.svg"))


def app_font(point_size: float = 11) -> QFont:
    font = QFont()
    # Windows: YaHei covers everything. Linux: DejaVu before WenQuanYi, whose ℃ glyph is blank.
    font.setFamilies(["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "DejaVu Sans", "WenQuanYi Micro Hei",
                      "Noto Sans CJK SC", "sans-serif"])
    font.setPointSizeF(point_size)
    return font


STYLESHEET = """
QListWidget#nav { background: #1f2d3a; color: #e8eef3; border: none; font-size: 15pt; padding-top: 8px; outline: 0; }
QListWidget#nav::item { padding: 14px 18px; }
QListWidget#nav::item:selected { background: #35506b; color: white; border-left: 5px solid #ffd200; }
QLabel#pageTitle { font-size: 20pt; font-weight: bold; padding: 4px 0 8px 0; }
QLabel#hint { color: #555; }
QPushButton#offer { font-weight: bold; color: #7a4f00; }
QLabel#ok { color: #1b5e20; font-weight: bold; }
QLabel#error { color: #b00020; font-weight: bold; }
QTableView { gridline-color: #d0d6dc; selection-background-color: #cfe3f7; selection-color: black; }
QHeaderView::section { background: #eef2f5; padding: 5px; border: none; border-bottom: 1px solid #c9d1d8;
                       font-weight: bold; }
QPushButton { padding: 6px 14px; }
QGroupBox { font-weight: bold; margin-top: 14px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
"""


# ---- wall mode (大屏模式): every text on a page larger -------------------------------------------------------
_PT = re.compile(r"font-size:\s*([\d.]+)pt")
WALL_FACTOR = 1.8


def scale_css(css: str, factor: float) -> str:
    """Every `font-size: Npt` in a style sheet multiplied by factor."""
    return _PT.sub(lambda m: f"font-size: {float(m.group(1)) * factor:.0f}pt", css)


def apply_scale(root: QWidget, factor: float) -> None:
    """Scale the text of root and every widget in it (1.0 restores). Call again after the page re-styles
    itself: a style sheet the page set since the last call becomes the new base."""
    for w in [root, *root.findChildren(QWidget)]:
        if w.property("scaleSet") is None or w.styleSheet() != w.property("scaleSet"):
            w.setProperty("scaleBase", w.styleSheet())  # first time, or the page changed it meanwhile
            if isinstance(w, (QLabel, QAbstractButton, QAbstractItemView)):
                w.ensurePolished()
                w.setProperty("scalePt", w.font().pointSizeF())
        base = w.property("scaleBase") or ""
        css = scale_css(base, factor)
        pt = w.property("scalePt")
        if factor != 1.0 and "font-size" not in base and pt and pt > 0:
            css = f"font-size: {pt * factor:.0f}pt;" + css if "{" not in css else css
        if css != w.styleSheet():
            w.setStyleSheet(css)
        w.setProperty("scaleSet", w.styleSheet())
