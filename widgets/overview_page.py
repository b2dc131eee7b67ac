"""值班总览: the console's home — what is in force, what the rules are set to, and how fresh the data is."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from console.catalog import Catalog
from console.settings import Settings
from console.store import Store


class _Card(QFrame):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("_Card, QFrame { background: white; border: 1px solid #d5dbe1; border-radius: 6px; }"
                           "QLabel { border: none; }")
        lay = QVBoxLayout(self)
        t = QLabel(title)
        t.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f2d3a;")
        lay.addWidget(t)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 13pt;")
        lay.addWidget(self.body)
        lay.addStretch(1)


class OverviewPage(QWidget):
    def __init__(self, store: Store, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.store, self.catalog = store, catalog
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("值班总览"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        grid = QGridLayout()
        self.rules_card = _Card(self.tr("预警启动条件（当前设置）"))
        self.signoff_card = _Card(self.tr("审签程序"))
        self.audit_card = _Card(self.tr("审计链"))
        grid.addWidget(self.rules_card, 0, 0)
        grid.addWidget(self.signoff_card, 0, 1)
        grid.addWidget(self.audit_card, 1, 0, 1, 2)
        lay.addLayout(grid)
        lay.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        v = Settings(self.store).all()
        t1, t2, t3 = v["aqi_t1"], v["aqi_t2"], v["aqi_t3"]
        self.rules_card.body.setText(self.tr(
            "黄色（Ⅲ级）：日AQI>{t2} 持续{y2}天，或 >{t1} 持续{y1}天\n"
            "橙色（Ⅱ级）：日AQI>{t2} 持续{o2}天，或 >{t1} 持续{o1}天\n"
            "红色（Ⅰ级）：日AQI>{t2} 持续{r2}天，且 >{t3} 持续{r3}天\n"
            "日AQI按连续24小时计算，可跨自然日；接到上级预警按上级级别执行。\n"
            "接到上级预警或预测达到黄色及以上后 {h} 小时内启动响应。").format(
            t1=t1, t2=t2, t3=t3, y1=v["yellow_t1_blocks"], y2=v["yellow_t2_blocks"], o1=v["orange_t1_blocks"],
            o2=v["orange_t2_blocks"], r2=v["red_t2_blocks"], r3=v["red_t3_blocks"], h=f"{v['response_start_hours']:g}"))
        self.signoff_card.body.setText(self.tr(
            "黄色：生态环境局分管副局长批准（{0}）\n"
            "橙色：生态环境局主要负责人批准（{1}）\n"
            "红色：生态环境局主要负责人审核，报区政府领导批准（{2}）\n"
            "解除：由本次过程最高等级预警批准人批准").format(v["deputy_head"], v["bureau_head"], v["district_leader"]))
        check = self.store.verify_audit()
        if check.ok:
            self.audit_card.body.setText(self.tr("✔ 完整：{0} 条记录，哈希链校验通过。数据库：{1}").format(
                check.count, self.store.path))
            self.audit_card.body.setStyleSheet("font-size: 13pt; color: #1b5e20;")
        else:
            self.audit_card.body.setText(self.tr("✘ 审计链在第 {0} 条记录处断开：{1}").format(
                check.broken_id, check.reason))
            self.audit_card.body.setStyleSheet("font-size: 13pt; color: white; background: #b00020;")
