"""The 演练 page's widgets, laid out once (as Qt Designer's setupUi would): the drill bar, the simulated clock and
its controls, the tabs — 演练控制 (scenario, mode, log, state, accounts, score, report) and the hosts of the two
embedded pages — wired to the page's methods. Behaviour lives in widgets.drills.drills_page."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console import drills
from console.common.clock import SimClock
from widgets.common import style
from widgets.common.alert_banner import AlertBanner
from widgets.common.i18n import scenario_title
from widgets.drills.drill_notify import DrillDesktop

translate = QCoreApplication.translate
DRILL_CSS = style.drill_css()


def setup_ui(page) -> None:
    """All of the page's widgets now."""
    for _ in setup_steps(page):
        pass


def setup_steps(page):
    """The page's widgets in four parts, one per `next()` (the main window builds the page over event-loop turns,
    issue 12.5): the drill bar, the simulated clock with its controls and the tabs; then the scenario and mode
    rows; then the drill's state, log and score; then the hosts of the embedded pages."""
    lay = QVBoxLayout(page)
    lay.setSpacing(8)

    page.drill_bar = QLabel(translate("DrillsPage", "演练 DRILL — 演练环境：独立的演练数据库，不会发布真实预警"))
    page.drill_bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.drill_bar.setStyleSheet(f"background: {DRILL_CSS}; color: white; font-size: 20pt; font-weight: bold;"
                                 "padding: 5px; border-radius: 6px;")
    lay.addWidget(page.drill_bar)

    # the simulated clock stays in view on every tab: trainees act against it
    clock_row = QHBoxLayout()
    page.time_label = QLabel(translate("DrillsPage", "模拟时间：—"))
    page.time_label.setStyleSheet(f"font-size: 17pt; font-weight: bold; color: {DRILL_CSS};")
    clock_row.addWidget(page.time_label)
    clock_row.addStretch(1)
    clock_row.addWidget(QLabel(translate("DrillsPage", "速度：")))
    page.speed_group = QButtonGroup(page)
    page.speed_buttons = {}
    for s in SimClock.SPEEDS:
        b = QPushButton(f"{s}×")
        b.setCheckable(True)
        b.setMinimumWidth(64)
        b.setStyleSheet(f"QPushButton:checked {{ background: {DRILL_CSS}; color: white; font-weight: bold; }}")
        page.speed_group.addButton(b, s)
        page.speed_buttons[s] = b
        clock_row.addWidget(b)
    page.speed_buttons[600].setChecked(True)
    page.speed_group.idClicked.connect(page.set_speed)
    page.pause_button = QPushButton(translate("DrillsPage", "暂停"))
    page.pause_button.clicked.connect(page.toggle_pause)
    page.step_button = QPushButton(translate("DrillsPage", "步进 +1小时"))
    page.step_button.clicked.connect(lambda: page.step_hours(1))
    page.stop_button = QPushButton(translate("DrillsPage", "结束并评分"))
    page.stop_button.clicked.connect(page.stop_and_score)
    lay.addLayout(clock_row)

    page.tabs = QTabWidget()
    page.tabs.setStyleSheet(f"QTabBar::tab:selected {{ color: {DRILL_CSS}; font-weight: bold; }}"
                            "QTabBar::tab { padding: 6px 16px; font-size: 12pt; }")
    # pause / step / end sit beside the tabs (still on every tab): the clock row alone would not fit 1366×768
    actions = QWidget()
    al = QHBoxLayout(actions)
    al.setContentsMargins(0, 0, 0, 0)
    for b in (page.pause_button, page.step_button, page.stop_button):
        al.addWidget(b)
    page.tabs.setCornerWidget(actions, Qt.Corner.TopRightCorner)
    lay.addWidget(page.tabs, 1)
    control = QWidget()
    cl = QVBoxLayout(control)
    cl.setContentsMargins(6, 6, 6, 6)
    page.tabs.addTab(control, translate("DrillsPage", "演练控制"))
    yield

    row = QHBoxLayout()
    row.addWidget(QLabel(translate("DrillsPage", "演练场景：")))
    page.scenario_combo = QComboBox()
    # the scenario has its row to itself: whole titles at 1366×768 ("Replay: the Beijing episode of December
    # 2015 …" in English); the modes and the start button go on the row below
    page.scenario_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    page.scenarios = drills.builtins()
    for sc in page.scenarios:
        page.scenario_combo.addItem(scenario_title(sc), sc.name)
    page.scenario_combo.addItem(translate("DrillsPage", "从文件打开…"), "__file__")
    page.scenario_combo.currentIndexChanged.connect(page._show_description)
    row.addWidget(page.scenario_combo)
    row.addStretch(1)
    cl.addLayout(row)
    row = QHBoxLayout()
    page.auto_box = QCheckBox(translate("DrillsPage", "自动应对（标准答案）"))
    page.auto_box.setToolTip(translate("DrillsPage", "不用场景脚本中的应对，由系统按预案自动提议、审签、发布"))
    row.addWidget(page.auto_box)
    page.trainee_box = QCheckBox(translate("DrillsPage", "学员自行处置"))
    page.trainee_box.setToolTip(translate("DrillsPage", 
        "场景只推送预报、观测、上级通知和故障；提议、审签、发布、措施落实和总结由学员在“预警与审签（演练）”"
        "和“响应任务（演练）”页用参演账号完成，照常评分。建议 60× 或更慢。"))
    row.addWidget(page.trainee_box)
    page.desktop = DrillDesktop(page)  # drill reminders as desktop notifications marked 【演练】
    page.desktop.clicked.connect(page._notification_clicked)
    row.addWidget(page.desktop.box)
    page.auto_box.toggled.connect(lambda on: on and page.trainee_box.setChecked(False))
    page.trainee_box.toggled.connect(page._trainee_toggled)
    page.start_button = QPushButton(translate("DrillsPage", "开始演练"))
    page.start_button.setStyleSheet(f"background: {DRILL_CSS}; color: white; font-weight: bold; padding: 8px 20px;")
    page.start_button.clicked.connect(lambda: page.start())
    row.addStretch(1)
    row.addWidget(page.start_button)
    cl.addLayout(row)
    page.description = QLabel()
    page.description.setWordWrap(True)
    page.description.setObjectName("hint")
    cl.addWidget(page.description)
    page._show_description()
    yield

    page.banner = AlertBanner(page.catalog)
    page.banner.set_state("none", None, None, drill=True)
    cl.addWidget(page.banner)

    split = QSplitter(Qt.Orientation.Horizontal)
    left = QFrame()
    ll = QVBoxLayout(left)
    ll.setContentsMargins(0, 0, 0, 0)
    ll.addWidget(QLabel(translate("DrillsPage", "<b>演练事件记录</b>")))
    page.log_list = QListWidget()
    page.log_list.setWordWrap(True)
    page.log_list.setAlternatingRowColors(True)
    ll.addWidget(page.log_list)
    split.addWidget(left)
    right = QFrame()
    rl = QVBoxLayout(right)
    rl.setContentsMargins(0, 0, 0, 0)
    rl.addWidget(QLabel(translate("DrillsPage", "<b>演练状态</b>")))
    box = style.drill_box_css()
    page.state_label = QLabel(translate("DrillsPage", "尚未开始。选择场景后点击“开始演练”。"))
    page.state_label.setWordWrap(True)
    page.state_label.setAlignment(Qt.AlignmentFlag.AlignTop)
    page.state_label.setTextFormat(Qt.TextFormat.RichText)
    page.state_label.setStyleSheet(box)
    page.state_scroll = QScrollArea()  # the state box scrolls rather than push the page past 1366×768
    page.state_scroll.setWidgetResizable(True)
    page.state_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    page.state_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page.state_scroll.setWidget(page.state_label)
    page.state_scroll.setMinimumHeight(84)
    rl.addWidget(page.state_scroll, 1)
    page.accounts_title = QLabel(translate("DrillsPage", "<b>参演账号</b>（学员签署用；演练账号，仅存在于演练数据库）"))
    page.accounts_title.setWordWrap(True)  # long in English: it must not squeeze the event log beside it
    rl.addWidget(page.accounts_title)
    page.accounts_label = QLabel(translate("DrillsPage", "开始演练后显示场景中的参演人员、角色和密码。"))
    page.accounts_label.setWordWrap(True)
    page.accounts_label.setTextFormat(Qt.TextFormat.RichText)
    page.accounts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    page.accounts_label.setStyleSheet(box)
    page.accounts_scroll = QScrollArea()  # every account stays reachable when the height runs short (1366×768)
    page.accounts_scroll.setWidgetResizable(True)
    page.accounts_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    page.accounts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page.accounts_scroll.setWidget(page.accounts_label)
    page.accounts_scroll.setMinimumHeight(84)
    rl.addWidget(page.accounts_scroll, 1)
    rl.addWidget(QLabel(translate("DrillsPage", "<b>评分</b>")))
    page.score_label = QLabel(translate("DrillsPage", "演练结束后显示评分。"))
    page.score_label.setWordWrap(True)
    page.score_label.setAlignment(Qt.AlignmentFlag.AlignTop)
    page.score_label.setTextFormat(Qt.TextFormat.RichText)
    page.score_label.setStyleSheet(box)
    rl.addWidget(page.score_label)  # the total and every criterion row: always in view, never scrolled
    page.deductions_label = QLabel()
    page.deductions_label.setWordWrap(True)
    page.deductions_label.setAlignment(Qt.AlignmentFlag.AlignTop)
    page.deductions_label.setTextFormat(Qt.TextFormat.RichText)
    page.deductions_label.setStyleSheet(box)
    page.deductions_scroll = QScrollArea()  # a trainee drill can have a long list of deductions
    page.deductions_scroll.setWidgetResizable(True)
    page.deductions_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    page.deductions_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page.deductions_scroll.setWidget(page.deductions_label)
    page.deductions_scroll.setMinimumHeight(48)
    page.deductions_scroll.hide()
    rl.addWidget(page.deductions_scroll, 1)
    page.export_button = QPushButton(translate("DrillsPage", "导出演练报告（PDF）"))
    page.export_button.setEnabled(False)
    page.export_button.clicked.connect(lambda: page.export_pdf())
    rl.addWidget(page.export_button)
    split.addWidget(right)
    split.setSizes([500, 600])  # the accounts table (passwords for the trainees) reads whole in English too
    cl.addWidget(split, 1)
    yield

    # the live pages on the drill store, built when a drill starts
    page.warnings_host, page.board_host = QWidget(), QWidget()
    page.account_strips: list[QLabel] = []  # the accounts, one line, above each embedded page
    page.stacks: list[QStackedLayout] = []
    for host, title, hint in (
            (page.warnings_host, translate("DrillsPage", "预警与审签（演练）"),
             translate("DrillsPage", "开始演练后，此处是演练数据库上的“预警与审签”页：勾选“学员自行处置”时由学员录入、提议、审签、发布。")),
            (page.board_host, translate("DrillsPage", "响应任务（演练）"),
             translate("DrillsPage", "开始演练后，此处是演练数据库上的响应措施看板：预警生效后由学员确认各单位的落实情况。"))):
        hl = QVBoxLayout(host)
        hl.setContentsMargins(4, 4, 4, 4)
        strip = QLabel()
        strip.setTextFormat(Qt.TextFormat.RichText)
        strip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        strip.setWordWrap(True)  # the accounts line wraps: the embedded page must fit 1366×768
        strip.setStyleSheet(f"background: {style.D.strip_bg}; border-left: 6px solid {DRILL_CSS}; padding: 4px 8px;"
                            "font-size: 11pt;")
        strip.hide()
        hl.addWidget(strip)
        page.account_strips.append(strip)
        inner = QWidget()
        hl.addWidget(inner, 1)
        stack = QStackedLayout(inner)
        page.stacks.append(stack)
        empty = QLabel(hint)
        empty.setObjectName("hint")
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        stack.addWidget(empty)
        page.tabs.addTab(host, title)
    page.tabs.currentChanged.connect(lambda i: (page._embed_page(i - 1), page._refresh_embedded(), page.refresh()))

