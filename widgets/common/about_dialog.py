"""关于: program name, version, the plan it implements and the credit the demo data's licence asks for."""
from __future__ import annotations

from importlib import metadata

import tomllib
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from console.common import paths
from widgets.common.fit import FitsScreen
from widgets.common.i18n import english
from widgets.common.style import C

PLAN_SOURCE = "《海门区重污染天气应急预案》（海政办发〔2024〕36号）"


def program_version() -> str:
    try:
        return metadata.version("haimen-smog-console")
    except metadata.PackageNotFoundError:
        try:
            with open(paths.repo_dir() / "pyproject.toml", "rb") as fh:
                return tomllib.load(fh)["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "?"


def demo_credit() -> str:
    try:
        from console.air import demo
    except ImportError:
        return ""
    return demo.DEMO_CREDIT


class AboutDialog(FitsScreen, QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("重污染天气应急指挥台 — 海门区"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        lay.addWidget(title)
        self.version_label = QLabel(self.tr("版本 {0}").format(program_version()))
        lay.addWidget(self.version_label)
        self.plan_label = QLabel(self.tr("依据：{0}").format(PLAN_SOURCE))
        self.plan_label.setWordWrap(True)
        lay.addWidget(self.plan_label)
        self.method_label = QLabel(self.tr("空气质量指数按 HJ 633-2012 计算；数据有效性按 GB 3095-2012。"))
        self.method_label.setWordWrap(True)
        lay.addWidget(self.method_label)
        credit = demo_credit()
        if credit and not credit.startswith("演示数据"):
            credit = self.tr("演示数据：{0}").format(credit)
        if credit and english():  # the same credit (console.air.demo.DEMO_CREDIT), translated: tested equal in Chinese
            credit = self.tr(
                "演示数据：北京东四、天坛、官园、万寿西宫四站逐时观测（2015-11-01至2016-01-10、2016-12-01至12-31），"
                "来自 UCI Machine Learning Repository, Beijing Multi-Site Air-Quality Data; Zhang, S. et al. (2017) "
                "Proc. R. Soc. A 473: 20170457; CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）。"
                "CO 已由 µg/m³ 换算为 mg/m³，其余数值未改动。演示预报由观测数据回推，并非真实预报。")
        self.credit_label = QLabel(credit)
        self.credit_label.setWordWrap(True)
        self.credit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.credit_label.setOpenExternalLinks(True)
        self.credit_label.setStyleSheet(f"color: {C.text_soft};")
        lay.addWidget(self.credit_label)
        # the reduction checks' demo meters (console/reductions/demo.py, data/demo/README.md)
        self.load_credit_label = QLabel(self.tr(
            "减排核查演示数据：九个用户连续 1,000 小时的真实电表负荷，来自 UCI Machine Learning Repository, "
            "ElectricityLoadDiagrams20112014; Trindade, A. (2015); CC BY 4.0"
            "（https://creativecommons.org/licenses/by/4.0/）。日期已平移，演示企业为虚构，预警期间的削减与违规为演示而施加。"))
        self.load_credit_label.setWordWrap(True)
        self.load_credit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.load_credit_label.setStyleSheet(f"color: {C.text_soft};")
        lay.addWidget(self.load_credit_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
