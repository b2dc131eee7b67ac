<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="40" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="43" />
        <source>重污染天气应急指挥台 — 海门区</source>
        <translation>Heavy-Pollution Weather Emergency Console — Haimen District</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="46" />
        <source>版本 {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="48" />
        <source>依据：{0}</source>
        <translation>Based on: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="51" />
        <source>空气质量指数按 HJ 633-2012 计算；数据有效性按 GB 3095-2012。</source>
        <translation>Air quality index calculated per HJ 633-2012; data validity per GB 3095-2012.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="56" />
        <source>演示数据：{0}</source>
        <translation>Demo data: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="59" />
        <source>演示数据：北京东四、天坛、官园、万寿西宫四站逐时观测（2015-11-01至2016-01-10、2016-12-01至12-31），来自 UCI Machine Learning Repository, Beijing Multi-Site Air-Quality Data; Zhang, S. et al. (2017) Proc. R. Soc. A 473: 20170457; CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）。CO 已由 µg/m³ 换算为 mg/m³，其余数值未改动。演示预报由观测数据回推，并非真实预报。</source>
        <translation>Demo data: hourly observations at four Beijing stations, Dongsi, Tiantan, Guanyuan and Wanshouxigong (2015-11-01 to 2016-01-10 and 2016-12-01 to 12-31), from the UCI Machine Learning Repository, Beijing Multi-Site Air-Quality Data; Zhang, S. et al. (2017) Proc. R. Soc. A 473: 20170457; CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). CO converted from µg/m³ to mg/m³; all other values unchanged. The demo forecast is derived from the observations in hindsight; it is not a real forecast.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="71" />
        <source>减排核查演示数据：九个用户连续 1,000 小时的真实电表负荷，来自 UCI Machine Learning Repository, ElectricityLoadDiagrams20112014; Trindade, A. (2015); CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）。日期已平移，演示企业为虚构，预警期间的削减与违规为演示而施加。</source>
        <translation>Reduction-check demo data: real metered electricity load of nine clients over 1,000 consecutive hours, from the UCI Machine Learning Repository, ElectricityLoadDiagrams20112014; Trindade, A. (2015); CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Dates shifted; the demo firms are fictional; the cuts and violations during the warning are applied for the demo.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/about_dialog.py" line="79" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AckDialog</name>
    <message>
        <location filename="../../widgets/common/ack_dialog.py" line="15" />
        <source>确认收到上级通知</source>
        <translation>Acknowledge upper-level notice</translation>
    </message>
    <message>
        <location filename="../../widgets/common/ack_dialog.py" line="15" />
        <source>上级通知：{0}
确认后停止提醒；如为预警，3 小时响应时限自收到时起算。</source>
        <translation>Upper-level notice: {0}
Acknowledging stops the reminders; for a warning, the 3-hour response deadline runs from the time it was received.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/ack_dialog.py" line="20" />
        <source>确认</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../widgets/common/ack_dialog.py" line="21" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AirPage</name>
    <message>
        <location filename="../../widgets/air/air_page.py" line="216" />
        <source>请先登录</source>
        <translation>Please log in first</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="217" />
        <source>导入数据、录入预报和加载演示数据须由值班人员或管理员登录后进行。</source>
        <translation>Importing data, entering a forecast and loading the demo data need a duty officer or an administrator to be logged in.</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="94" />
        <source>空气质量</source>
        <translation>Air quality</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="106" />
        <source>导入数据…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="108" />
        <source>录入预报…</source>
        <translation>Forecast…</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="110" />
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="117" />
        <source>时间范围：</source>
        <translation>Time range:</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="120" />
        <source>72小时</source>
        <translation>72 h</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="120" />
        <source>7天</source>
        <translation>7 d</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="120" />
        <source>30天</source>
        <translation>30 d</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="121" />
        <source>秋冬季</source>
        <translation>Oct–Mar</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="121" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="129" />
        <source>最近一个秋冬季：10月1日至次年3月31日</source>
        <translation>Most recent autumn–winter season: 1 October to 31 March</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="147" />
        <source>站点与数据时效</source>
        <translation>Stations and data freshness</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="158" />
        <source>各站点也显示24小时滑动AQI</source>
        <translation>24-h rolling AQI per station</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="186" />
        <source>数据库中还没有空气质量数据。请导入监测数据文件（CSV / XLSX），或先加载演示数据，看一次真实的冬季重污染过程。</source>
        <translation>There is no air quality data in the database yet. Import monitoring data files (CSV / XLSX), or load the demo data first to see a real winter heavy-pollution episode.</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="192" />
        <source>加载演示数据（北京2015-16冬季真实观测）</source>
        <translation>Load demo data (real observations, Beijing winter 2015-16)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="267" />
        <source>数据：{0} 至 {1}（{2} 个站点）</source>
        <translation>Data: {0} to {1} ({2} stations)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="320" />
        <source>区域</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="380" />
        <source>演示数据未能加载</source>
        <translation>The demo data could not be loaded</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="386" />
        <source>已加载演示数据（北京 2015-16 冬季真实观测，CC BY 4.0，见“关于”）。</source>
        <translation>Demo data loaded (real observations, Beijing winter 2015-16, CC BY 4.0; see “About”).</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="399" />
        <source>选择要导入的数据文件</source>
        <translation>Choose data files to import</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="400" />
        <source>数据文件 (*.csv *.csv.gz *.gz *.xlsx);;所有文件 (*)</source>
        <translation>Data files (*.csv *.csv.gz *.gz *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="414" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="414" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="415" />
        <source>导入数据</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="425" />
        <source>正在导入 {0}（第 {1}/{2} 个文件）…</source>
        <translation>Importing {0} (file {1} of {2})…</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="451" />
        <source>以下文件有问题，这些文件的内容均未导入（请改正后重新导入）：</source>
        <translation>The following files have problems; nothing from them was imported (correct them and import again):</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="453" />
        <source>已成功导入：</source>
        <translation>Imported successfully:</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="454" />
        <location filename="../../widgets/air/air_page.py" line="471" />
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="456" />
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="458" />
        <source>导入 {0} 个文件，失败 {1} 个。</source>
        <translation>Imported {0} file(s); {1} failed.</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="466" />
        <source>导入已取消：正在导入的文件未保存任何内容；此前已完成 {0} 个文件。</source>
        <translation>Import cancelled: nothing of the file being imported was stored; {0} file(s) finished before.</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="488" />
        <source>自动导入：{0}</source>
        <translation>Auto-import: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="492" />
        <source>自动导入失败（下次扫描将重试）：{0}</source>
        <translation>Auto-import failed (will retry at the next scan): {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="500" />
        <source>预报已保存。</source>
        <translation>Forecast saved.</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="506" />
        <source>AQI趋势_{0}.png</source>
        <translation>AQI_trend_{0}.png</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="507" />
        <source>导出趋势图</source>
        <translation>Export trend chart</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="508" />
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="515" />
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="516" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../widgets/air/air_page.py" line="517" />
        <source>无法写入文件：{0}</source>
        <translation>Cannot write the file: {0}</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="20" />
        <source>{0}天{1}小时{2}分</source>
        <translation>{0} d {1} h {2} min</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="22" />
        <source>{0}小时{1}分</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="23" />
        <source>{0}分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="39" />
        <source>演练 DRILL</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="56" />
        <source>{0}（{1}级）生效中</source>
        <translation>{0} (Level {1}) in force</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="58" />
        <source>自 {0} 起</source>
        <translation>Since {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="59" />
        <source>已持续 {0}</source>
        <translation>in force for {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="64" />
        <source>当前无预警</source>
        <translation>No warning in force</translation>
    </message>
    <message>
        <location filename="../../widgets/common/alert_banner.py" line="65" />
        <source>未启动应急响应</source>
        <translation>No emergency response activated</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="25" />
        <source>提案 #{0}（第 {1} 版）{2}。</source>
        <translation>Proposal #{0} (version {1}) {2}.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="27" />
        <source>已有 {0} 个签署；修改后这些签署作废，须重新审签。</source>
        <translation>{0} signature(s) already given; amending voids them and the proposal must be signed off again.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="28" />
        <source>修改或撤回提案</source>
        <translation>Amend or withdraw proposal</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="33" />
        <source>修改（生成新版本）</source>
        <translation>Amend (creates a new version)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="34" />
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="35" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="42" />
        <source>预警级别</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="45" />
        <source>依据（每行一条）</source>
        <translation>Basis (one per line)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="47" />
        <source>应急响应地区</source>
        <translation>Emergency response area</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="50" />
        <source>理由（撤回时必填）</source>
        <translation>Reason (required for a withdrawal)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="51" />
        <source>已发布或已生效的内容不能修改；变化以新的提案或更新发布。</source>
        <translation>Content that is published or in force cannot be changed; changes go through a new proposal or an update.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/amend_dialog.py" line="66" />
        <source>依据：不能为空</source>
        <translation>Basis: cannot be empty</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../widgets/warnings/assessment_panel.py" line="33" />
        <source>当前研判</source>
        <translation>Current assessment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/assessment_panel.py" line="60" />
        <source>未达到预警条件</source>
        <translation>Conditions not met</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/assessment_panel.py" line="64" />
        <source>尚无预测数据 · 研判于 {0}</source>
        <translation>No forecast data yet · assessed at {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/assessment_panel.py" line="68" />
        <source>预测：{0} {1} 发布（{2}前）· 研判于 {3}</source>
        <translation>Forecast: {0}, issued {1} ({2} ago) · assessed at {3}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/assessment_panel.py" line="73" />
        <source>健康提示（不定预警级别）：</source>
        <translation>Health advisory (no warning level): </translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="60" />
        <source>附件 {0} 不在数据库中</source>
        <translation>Attachment {0} is not in the database</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="67" />
        <source>另存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="72" />
        <source>无法打开附件</source>
        <translation>Cannot open the attachment</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="82" />
        <source>核查任务 {0} 的照片和文件</source>
        <translation>Photos and files of inspection {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="84" />
        <source>核查结果</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="84" />
        <source>整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="86" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="86" />
        <source>记录于</source>
        <translation>Recorded with</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="86" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="86" />
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="97" />
        <source>双击打开：照片在窗口中显示，其他文件另存；导出前核对 SHA-256。</source>
        <translation>Double-click to open: a photo is shown in a window, any other file is saved out; its SHA-256 is checked first.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="98" />
        <source>该任务没有照片或文件。</source>
        <translation>This task has no photos or files.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="103" />
        <source>打开/另存…</source>
        <translation>Open / save…</translation>
    </message>
</context>
<context>
    <name>BoardFilters</name>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="24" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="24" />
        <source>待办/进行中</source>
        <translation>To do / in progress</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="24" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="25" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="25" />
        <source>已替代/不再执行</source>
        <translation>Superseded / no longer required</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="28" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="32" />
        <source>搜索措施、单位、编号、备注…</source>
        <translation>Search measures, units, numbers, notes…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="34" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="34" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="35" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_filters.py" line="52" />
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="66" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="66" />
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="66" />
        <source>措施内容</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="66" />
        <source>落实情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="67" />
        <source>最近记录 / 缺漏</source>
        <translation>Latest record / gaps</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="83" />
        <source>缺：{0} {1}</source>
        <translation>Missing: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="99" />
        <source>{0}（{1}级）</source>
        <translation>{0} (Level {1})</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="108" />
        <source>响应措施落实看板</source>
        <translation>Response measures board</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="115" />
        <source>应急过程</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="155" />
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="156" />
        <source>按区镇</source>
        <translation>By town</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="181" />
        <source>当前没有启动中的应急响应。预警生效后，响应措施将自动分解到各责任部门和区镇。</source>
        <translation>No emergency response is active. Once a warning is in force, the response measures are broken down automatically to the responsible departments and towns.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="202" />
        <source>确认完成 / 记录次数…</source>
        <translation>Done / count…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="203" />
        <source>撤销上一条记录…</source>
        <translation>Undo last…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="204" />
        <source>录入气温…</source>
        <translation>Temperature…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="205" />
        <source>指定联络员…</source>
        <translation>Liaison…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="206" />
        <source>打印本单位清单…</source>
        <translation>Print unit list…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="207" />
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="208" />
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="274" />
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="274" />
        <source>响应中</source>
        <translation>Response active</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="300" />
        <source>（已结束，只读）</source>
        <translation>(ended, read-only)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="315" />
        <source>在办任务 {0} 项，已完成 {1} 项，逾期 {2} 项，已替代/不再执行 {3} 项</source>
        <translation>{0} tasks open, {1} done, {2} overdue, {3} superseded / no longer required</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="318" />
        <source>{0}：</source>
        <translation>{0}: </translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="341" />
        <source>{0}（{1}级）</source>
        <translation>{0} (Level {1})</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="376" />
        <source>判定规则：每半天（0–12 时、12–24 时）为一个时段，时段结束时记录次数少于要求即为缺漏；时段结束前 {0} 小时仍未达到要求次数即提示“有风险”。措施生效不足半个时段的，按生效时长折算要求次数（向下取整）。</source>
        <translation>Rule: each half-day (0–12 h, 12–24 h) is one period; fewer rounds than required when it ends is a missed period; still short {0} hours before it ends shows "at risk". A duty in force for less than half a period owes its share of the rounds (rounded down).</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="379" />
        <source>判定规则：每日（0–24 时）为一个时段，当日结束时记录次数少于要求即为缺漏；结束前 {0} 小时仍未达到要求即提示“有风险”。是否要求作业以当日录入的气温为准。</source>
        <translation>Rule: each day (0–24 h) is one period; fewer rounds than required when it ends is a missed period; still short {0} hours before it ends shows "at risk". Whether the work is required follows the day's temperature entered.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="381" />
        <source>判定规则：每日须在确认时段结束前确认一次，逾时未确认即为缺漏；结束前 {0} 小时仍未确认即提示“有风险”。</source>
        <translation>Rule: confirm once a day before the confirmation window closes; not confirmed by then is a missed period; not confirmed {0} hours before it closes shows "at risk".</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="406" />
        <source>无法操作</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="411" />
        <source>请先在右侧表格中选择一项任务。</source>
        <translation>First select a task in the table on the right.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="436" />
        <source>响应措施看板_{0}</source>
        <translation>response_measures_board_{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="445" />
        <source>导出看板为 XLSX</source>
        <translation>Export the board as XLSX</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="470" />
        <source>导出看板为 PDF</source>
        <translation>Export the board as PDF</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="486" />
        <source>请先选择一个部门或区镇。</source>
        <translation>First select a department or town.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_page.py" line="490" />
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="61" />
        <source>发布解除信息</source>
        <extracomment>HJ 633-2012 categories by daily AQI, for prefilling 污染程度.</extracomment>
        <translation>Publish lift notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="61" />
        <source>发布预警信息</source>
        <translation>Publish warning notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="62" />
        <source>以下六项及健康防护提示均为必填；发布后不得修改，变更以“更新”发布，解除以“解除”发布。</source>
        <translation>The six fields below and the health protection advice are all required. Nothing can be changed after publishing: changes are published as an “update”, lifting as a “lift”.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="72" />
        <source>例如：海门区全域</source>
        <translation>e.g. all of Haimen District</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="88" />
        <source>级别与生效级别或研判不一致时必填</source>
        <translation>Required when the level differs from the level in force or the assessment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="91" />
        <source>污染程度</source>
        <translation>Pollution severity</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="92" />
        <source>污染范围</source>
        <translation>Pollution extent</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="93" />
        <source>首要污染物</source>
        <translation>Primary pollutant</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="94" />
        <source>预警级别</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="95" />
        <source>解除时间</source>
        <translation>Lift time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="95" />
        <source>启动时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="96" />
        <source>应急响应地区</source>
        <translation>Emergency response area</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="98" />
        <source>健康防护提示</source>
        <translation>Health protection advice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="99" />
        <source>说明/理由</source>
        <translation>Explanation / reason</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="100" />
        <source>发布人（值班员）</source>
        <translation>Published by (duty officer)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="106" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="108" />
        <source>导出文本…</source>
        <translation>Export text…</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="110" />
        <source>导出 CAP XML…</source>
        <translation>Export CAP XML…</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="112" />
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="124" />
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="125" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="171" />
        <source>已发布：{0}（{1}，{2}）</source>
        <translation>Published: {0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="211" />
        <source>尚未发布：请先发布，再导出已发布的信息</source>
        <translation>Not published yet: publish first, then export the published notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="217" />
        <source>文本 (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="217" />
        <source>CAP XML (*.xml)</source>
        <translation>CAP XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="217" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="218" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="229" />
        <location filename="../../widgets/warnings/bulletin_dialog.py" line="239" />
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
</context>
<context>
    <name>ConsequencesDialog</name>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="124" />
        <source>违规处理</source>
        <translation>Consequences of the violation</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="126" />
        <source>{0}：经核查确认违规。按预案可采取：</source>
        <translation>{0}: violation confirmed by inspection. The plan provides:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="127" />
        <source>撤销应急豁免（6 个月内不得重新申请）</source>
        <translation>Revoke the exemption (no new application for 6 months)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="131" />
        <source>撤销应急豁免（该企业没有生效的豁免）</source>
        <translation>Revoke the exemption (the firm holds no active exemption)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="132" />
        <source>绩效等级由 {0} 级降为 {1} 级</source>
        <translation>Lower the performance grade from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="133" />
        <source>绩效等级已是 D 级，不能再降</source>
        <translation>The grade is already D and cannot be lowered</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="26" />
        <source>记录会商</source>
        <translation>Record consultation</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="26" />
        <source>生态环境局与气象局联合会商：记录时间、参加人员、会商预报、结论与下次会商时间。</source>
        <translation>Joint consultation of the Ecology and Environment Bureau and the Meteorological Bureau: record the time, participants, consulted forecast, conclusion and the time of the next consultation.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="33" />
        <source>会商时间</source>
        <translation>Consultation time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="35" />
        <source>用顿号或逗号分隔，例如：区生态环境局 张三、区气象局 李四</source>
        <translation>Separate with commas, e.g.: District Ecology and Environment Bureau Zhang San, District Meteorological Bureau Li Si</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="36" />
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="39" />
        <source>会商预报</source>
        <translation>Consulted forecast</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="42" />
        <source>会商结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="43" />
        <source>约定下次会商</source>
        <translation>Schedule next consultation</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="48" />
        <source>下次会商时间</source>
        <translation>Next consultation</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="49" />
        <source>记录人（值班员）</source>
        <translation>Recorded by (duty officer)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="50" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/consultation_dialog.py" line="51" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../widgets/common/crash_dialog.py" line="20" />
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../widgets/common/crash_dialog.py" line="23" />
        <source>程序遇到意外错误。已保存的数据不受影响；错误详情已写入日志：
{0}
请复制以下内容发送给系统维护人员。</source>
        <translation>The program hit an unexpected error. Saved data is not affected; the details were written to the log:
{0}
Please copy the text below and send it to the system maintainers.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/crash_dialog.py" line="31" />
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="110" />
        <source>创建管理员账户</source>
        <translation>Create administrator account</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="111" />
        <source>本数据库还没有管理员。请创建管理员账户：设置的修改需要管理员密码，且每次修改都记入审计链。</source>
        <translation>This database has no administrator yet. Create an administrator account: changing the settings needs the administrator password, and every change is recorded in the audit chain.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="121" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="122" />
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="123" />
        <source>密码（至少6位）</source>
        <translation>Password (at least 6 characters)</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="124" />
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="129" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>DailyReportView</name>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="47" />
        <source>日报：</source>
        <translation>Daily report:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="51" />
        <source>报送（保存当前日报）</source>
        <translation>Send (keep this report)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="77" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="77" />
        <source>响应措施（已完成/总数）</source>
        <translation>Response measures (done/total)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="89" />
        <source>报送时间每日 {0}：今日无需报送（该时刻无预警生效）。</source>
        <translation>Daily report due at {0}: none due today (no warning in force at that time).</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="90" />
        <source>报送时间每日 {0}：今日日报尚未报送。</source>
        <translation>Daily report due at {0}: today's report not sent yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="91" />
        <source>报送时间每日 {0}：今日日报已逾期未报送！</source>
        <translation>Daily report due at {0}: today's report is overdue!</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="92" />
        <source>报送时间每日 {0}：今日日报已按时报送（{1}）。</source>
        <translation>Daily report due at {0}: today's report sent on time ({1}).</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="93" />
        <source>报送时间每日 {0}：今日日报已迟报（{1}）。</source>
        <translation>Daily report due at {0}: today's report sent late ({1}).</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="107" />
        <source>当前（未报送）</source>
        <translation>Current (not sent)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="109" />
        <source>{0} 已报送（{1}）</source>
        <translation>{0} sent ({1})</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="145" />
        <source>导出日报</source>
        <translation>Export daily report</translation>
    </message>
</context>
<context>
    <name>DrillDesktop</name>
    <message>
        <location filename="../../widgets/drills/drill_notify.py" line="21" />
        <source>演练提醒发到桌面</source>
        <translation>Desktop reminders</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_notify.py" line="22" />
        <source>演练中的提醒以真实桌面通知弹出，标题带【演练】；学员自行处置时默认开启</source>
        <translation>Drill reminders pop up as real desktop notifications titled 【演练】 (DRILL); on by default when trainees respond</translation>
    </message>
</context>
<context>
    <name>DrillPages</name>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="134" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="134" />
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="134" />
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="135" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="137" />
        <source>未应答（故障注入，账号暂停）</source>
        <translation>Not responding (injected fault, account suspended)</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="150" />
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="157" />
        <source>演练账号：</source>
        <translation>Drill accounts:</translation>
    </message>
</context>
<context>
    <name>DrillWarningsPage</name>
    <message>
        <location filename="../../widgets/drills/drill_pages.py" line="73" />
        <source>演练已结束或不是“学员自行处置”模式：此页只读。</source>
        <translation>The drill has ended or is not in “Trainees respond” mode: this page is read-only.</translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="39" />
        <source>演练 DRILL — 演练环境：独立的演练数据库，不会发布真实预警</source>
        <translation>DRILL — separate drill database, no real warnings</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="89" />
        <source>演练场景：</source>
        <translation>Drill scenario:</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="97" />
        <source>从文件打开…</source>
        <translation>Open from file…</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="103" />
        <source>自动应对（标准答案）</source>
        <translation>Auto-respond</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="104" />
        <source>不用场景脚本中的应对，由系统按预案自动提议、审签、发布</source>
        <translation>Ignore the responses scripted in the scenario; the system proposes, signs off and publishes according to the plan</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="116" />
        <source>开始演练</source>
        <translation>Start drill</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="47" />
        <source>模拟时间：—</source>
        <translation>Simulated time: —</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="51" />
        <source>速度：</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="387" />
        <location filename="../../widgets/drills/drills_ui.py" line="64" />
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="66" />
        <source>步进 +1小时</source>
        <translation>Step +1 h</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="68" />
        <source>结束并评分</source>
        <translation>End &amp;&amp; score</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="86" />
        <source>演练控制</source>
        <translation>Drill control</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="44" />
        <location filename="../../widgets/drills/drills_ui.py" line="106" />
        <source>学员自行处置</source>
        <translation>Trainees respond</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="107" />
        <source>场景只推送预报、观测、上级通知和故障；提议、审签、发布、措施落实和总结由学员在“预警与审签（演练）”和“响应任务（演练）”页用参演账号完成，照常评分。建议 60× 或更慢。</source>
        <translation>The scenario only feeds forecasts, observations, upper-level notices and faults; proposals, sign-off, publishing, measure implementation and summaries are done by the trainees with the participant accounts on the “Warnings &amp; sign-off (drill)” and “Response tasks (drill)” pages, and scored as usual. 60× or slower is recommended.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="135" />
        <source>&lt;b&gt;演练事件记录&lt;/b&gt;</source>
        <translation>&lt;b&gt;Drill event log&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="144" />
        <source>&lt;b&gt;演练状态&lt;/b&gt;</source>
        <translation>&lt;b&gt;Drill status&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="146" />
        <source>尚未开始。选择场景后点击“开始演练”。</source>
        <translation>Not started. Choose a scenario and click “Start drill”.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="158" />
        <source>&lt;b&gt;参演账号&lt;/b&gt;（学员签署用；演练账号，仅存在于演练数据库）</source>
        <translation>&lt;b&gt;Participant accounts&lt;/b&gt; (for the trainees to sign with; drill accounts that exist only in the drill database)</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="161" />
        <source>开始演练后显示场景中的参演人员、角色和密码。</source>
        <translation>The scenario's participants, roles and passwords are shown once the drill starts.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="173" />
        <source>&lt;b&gt;评分&lt;/b&gt;</source>
        <translation>&lt;b&gt;Score&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="174" />
        <source>演练结束后显示评分。</source>
        <translation>The score is shown when the drill ends.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="437" />
        <location filename="../../widgets/drills/drills_page.py" line="453" />
        <location filename="../../widgets/drills/drills_ui.py" line="193" />
        <source>导出演练报告（PDF）</source>
        <translation>Export drill report (PDF)</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="206" />
        <source>预警与审签（演练）</source>
        <translation>Warnings &amp;&amp; sign-off (drill)</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="207" />
        <source>开始演练后，此处是演练数据库上的“预警与审签”页：勾选“学员自行处置”时由学员录入、提议、审签、发布。</source>
        <translation>Once the drill starts, this is the “Warnings &amp; sign-off” page on the drill database: with “Trainees respond” ticked, the trainees enter, propose, sign off and publish here.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="208" />
        <source>响应任务（演练）</source>
        <translation>Response tasks (drill)</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_ui.py" line="209" />
        <source>开始演练后，此处是演练数据库上的响应措施看板：预警生效后由学员确认各单位的落实情况。</source>
        <translation>Once the drill starts, this is the response measures board on the drill database: once a warning is in force, the trainees confirm each unit's implementation here.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="90" />
        <source>{0}  （模拟 {1} 至 {2}）</source>
        <translation>{0}  (simulates {1} to {2})</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="93" />
        <source>选择一个按 data/scenarios/README.md 格式编写的场景文件。</source>
        <translation>Choose a scenario file written in the format of data/scenarios/README.md.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="101" />
        <source>打开演练场景</source>
        <translation>Open drill scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="108" />
        <source>场景文件有误</source>
        <translation>The scenario file has errors</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="122" />
        <source>演练进行中…</source>
        <translation>Drill running…</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="123" />
        <source>正在建立演练数据库…</source>
        <translation>Creating the drill database…</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="159" />
        <source>演练未能开始。</source>
        <translation>The drill could not start.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="161" />
        <source>演练未能开始</source>
        <translation>The drill could not start</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="28" />
        <source>【学员】</source>
        <translation>[Trainee] </translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="387" />
        <source>继续</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="396" />
        <source>已暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="54" />
        <location filename="../../widgets/drills/drills_page.py" line="398" />
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drills_page.py" line="399" />
        <source>模拟时间：{0}（{1}）</source>
        <translation>Simulated time: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="45" />
        <source>自动应对</source>
        <translation>Automatic response</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="45" />
        <source>按场景脚本应对（观摩）</source>
        <translation>Scripted response (observation)</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="47" />
        <source>模式：{0}</source>
        <translation>Mode: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="48" />
        <source>演练数据库：{0}</source>
        <translation>Drill database: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="51" />
        <source>尚无重污染过程。</source>
        <translation>No heavy-pollution episode yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="53" />
        <source>待启动</source>
        <translation>Awaiting start</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="53" />
        <source>响应中</source>
        <translation>Response active</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="55" />
        <source>过程 #{0}：{1}，当前 {2}，最高 {3}</source>
        <translation>Episode #{0}: {1}, current {2}, highest {3}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="58" />
        <source>进行中</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="58" />
        <source>已超时</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="59" />
        <source>按时</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="59" />
        <source>超时</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="60" />
        <source>无需</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="62" />
        <source>启动时限（{0}）：截止 {1}，{2}</source>
        <translation>Start deadline ({0}): due {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="65" />
        <source>待审签：提议 #{0} 等待 {1}（自 {2}）</source>
        <translation>Awaiting sign-off: proposal #{0} waiting for {1} (since {2})</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="69" />
        <source>已发布：{0}</source>
        <translation>Published: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="70" />
        <source>{0}未应答（至 {1}）</source>
        <translation>{0} not responding (until {1})</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="72" />
        <source>{0}不落实措施、不报总结（至 {1}）</source>
        <translation>{0} not implementing measures or submitting summaries (until {1})</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="75" />
        <source>注入故障：{0}</source>
        <translation>Injected faults: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="78" />
        <source>下一个场景事件：{0}</source>
        <translation>Next scenario event: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="81" />
        <source>学员下一步：{0}</source>
        <translation>Trainees' next step: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="82" />
        <source>（在“预警与审签（演练）”页办理）</source>
        <translation> (on the “Warnings &amp; sign-off (drill)” page)</translation>
    </message>
    <message>
        <location filename="../../widgets/drills/drill_views.py" line="99" />
        <source>&lt;p&gt;无扣分。&lt;/p&gt;</source>
        <translation>&lt;p&gt;No points deducted.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DutiesModel</name>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="35" />
        <source>区镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="35" />
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="35" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="35" />
        <source>名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="35" />
        <source>现在应执行</source>
        <translation>Must do now</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="36" />
        <source>豁免</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="36" />
        <source>关键指标</source>
        <translation>Key indicator</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="43" />
        <source>豁免生产线</source>
        <translation>Exempt line</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="43" />
        <source>豁免企业</source>
        <translation>Exempt firm</translation>
    </message>
</context>
<context>
    <name>DutiesView</name>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="71" />
        <source>导入一厂一策…</source>
        <translation>Import plant sheets…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="73" />
        <source>导出一厂一策…</source>
        <translation>Export plant sheets…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="103" />
        <source>{0}生效中：各企业现在应执行</source>
        <translation>{0} in force: what each firm must do now</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="104" />
        <source>当前无预警。查看预警时的要求：</source>
        <translation>No warning in force. Show the requirements at:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="110" />
        <source>{0} 家企业、{1} 个区镇的一厂一策；豁免的生产线和企业以浅蓝色标出。</source>
        <translation>Plant sheets of {0} firms in {1} towns; exempt lines and firms are shaded light blue.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="112" />
        <source>尚无一厂一策：请导入（每行一个生产线、工序、运输车辆或门禁项目，写明黄色、橙色、红色时的措施）。</source>
        <translation>No plant sheet yet: import one (one row per production line, process, vehicle or gate item, with its yellow, orange and red measures).</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="116" />
        <source>导入一厂一策</source>
        <translation>Import plant sheets</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="116" />
        <source>一厂一策 (*.xlsx *.csv)</source>
        <translation>Plant sheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="124" />
        <source>一厂一策未导入（未保存任何内容）：
{0}</source>
        <translation>Plant sheets not imported (nothing was saved):
{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="132" />
        <source>导出一厂一策</source>
        <translation>Export plant sheets</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/duties_view.py" line="132" />
        <source>一厂一策.xlsx</source>
        <translation>plant-sheets.xlsx</translation>
    </message>
</context>
<context>
    <name>EpisodeSummaryView</name>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="67" />
        <source>总结汇总：</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="71" />
        <source>签发（保存当前汇总）</source>
        <translation>Issue (keep this summary)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="84" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="84" />
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="85" />
        <location filename="../../widgets/reductions/episode_summary_view.py" line="87" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="85" />
        <source>收到总结</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="85" />
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="85" />
        <source>措施完成</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="87" />
        <source>总结内容</source>
        <translation>Summary text</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="87" />
        <source>附件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="92" />
        <source>各单位总结内容（双击打开附件）</source>
        <translation>Units' summaries (double-click to open the file)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="121" />
        <source>过程 {0}（{1} 终止）· 未签发</source>
        <translation>Episode {0} (ended {1}) · not issued</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="124" />
        <source>过程 {0} · {1} 已签发（{2}）</source>
        <translation>Episode {0} · issued {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="127" />
        <source>（尚无已终止的重污染过程）</source>
        <translation>(no ended episode yet)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="153" />
        <source>应急终止后，各参与单位的总结（在“预警与审签”登记收到）与本过程的减排核查数字在此汇总。</source>
        <translation>After the response ends, the participating units’ summaries (recorded as received under “Warnings &amp; sign-off”) and the episode’s reduction-check figures are consolidated here.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/episode_summary_view.py" line="179" />
        <source>导出总结汇总</source>
        <translation>Export summary</translation>
    </message>
</context>
<context>
    <name>ExemptionsModel</name>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="96" />
        <source>编号</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="96" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="96" />
        <source>豁免理由</source>
        <translation>Reason for exemption</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="96" />
        <source>决定部门</source>
        <translation>Deciding department(s)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="96" />
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="97" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="97" />
        <source>违规情况</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="97" />
        <source>禁止再申请至</source>
        <translation>Barred from reapplying until</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="104" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="104" />
        <source>已撤销 {0}</source>
        <translation>Revoked {0}</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="149" />
        <source>延长整改期限</source>
        <translation>Extend the rectification deadline</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="152" />
        <source>{0}：现整改期限 {1}</source>
        <translation>{0}: rectify by {1} now</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="158" />
        <source>例如：除尘设备配件到货需两天</source>
        <translation>e.g. the dust collector's spare parts take two days to arrive</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="160" />
        <source>新的整改期限：</source>
        <translation>New deadline:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="161" />
        <source>延期理由（记入审计）：</source>
        <translation>Reason (recorded in the audit):</translation>
    </message>
</context>
<context>
    <name>FieldChecksModel</name>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="35" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="35" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="35" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="35" />
        <source>检查数量</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="35" />
        <source>发现问题</source>
        <translation>With problems</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="36" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="36" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="36" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="39" />
        <source>工地</source>
        <translation>Construction sites</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="39" />
        <source>机动车（路检路查）</source>
        <translation>Vehicles (road checks)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="40" />
        <source>非道路移动机械</source>
        <translation>Non-road machinery</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="47" />
        <source>录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="47" />
        <source>文件导入</source>
        <translation>File import</translation>
    </message>
</context>
<context>
    <name>FieldChecksView</name>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="72" />
        <source>备注（可选）</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="74" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="76" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="76" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="76" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="77" />
        <source>检查</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="77" />
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="84" />
        <source>导入检查记录…</source>
        <translation>Import check records…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="99" />
        <source>文件列：时间、单位（区镇或部门）、类别（工地 / 机动车 / 非道路移动机械）、检查数量、发现问题、备注；CSV 或 XLSX，逐行校验，有错不入库。联络员只能记录本单位的检查。</source>
        <translation>File columns: time, unit (town or department), kind (site / vehicle / machinery), checked, problems, notes; CSV or XLSX, checked line by line, nothing stored on error. A liaison records only his own unit's checks.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="119" />
        <source>近 24 小时：工地 {0} 个次（问题 {1}），机动车 {2} 辆次（问题 {3}），非道路移动机械 {4} 台次（问题 {5}）</source>
        <translation>Last 24 hours: sites {0} (problems {1}), vehicles {2} (problems {3}), non-road machinery {4} (problems {5})</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="138" />
        <source>导入检查记录</source>
        <translation>Import check records</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/field_checks_view.py" line="139" />
        <source>表格 (*.csv *.xlsx)</source>
        <translation>Tables (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="29" />
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/daily_report_view.py" line="29" />
        <source>数值</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>FirmsModel</name>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="64" />
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="64" />
        <source>承诺削减</source>
        <translation>Committed cut</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="64" />
        <source>实际削减</source>
        <translation>Achieved cut</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="64" />
        <source>结论</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="65" />
        <source>基线电量(kWh)</source>
        <translation>Baseline (kWh)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="65" />
        <source>实际电量(kWh)</source>
        <translation>Actual (kWh)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="70" />
        <source>无可比数据</source>
        <translation>No comparable data</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="74" />
        <source>豁免企业（不考核削减）</source>
        <translation>Exempt (cut not assessed)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="75" />
        <source>已按承诺削减</source>
        <translation>Cut as committed</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="46" />
        <source>首次设置</source>
        <translation>First-run setup</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="49" />
        <source>欢迎使用重污染天气应急指挥台。本数据库还没有账户，请按两步完成设置：
第一步，创建管理员（修改设置、管理账户时使用）；
第二步，为每位签署人和值班员建立账户。审签：{0}；{1}登录后记录和确认。</source>
        <translation>Welcome to the emergency console. This database has no accounts yet; set it up in two steps:
step 1, create the administrator (needed to change settings and manage accounts);
step 2, create an account for every signer and duty officer. Sign-off: {0}; {1}s log in to record and confirm.</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="56" />
        <source>第一步：创建管理员</source>
        <translation>Step 1: create the administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="64" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="65" />
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="66" />
        <source>密码（至少6位）</source>
        <translation>Password (at least 6 characters)</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="67" />
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="68" />
        <source>创建管理员</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="78" />
        <source>第二步：签署人与值班员</source>
        <translation>Step 2: signers and duty officers</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="87" />
        <source>添加账户…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="90" />
        <source>以后可在「设置 → 人员与账户」中增减账户、修改角色和重设密码（需管理员解锁）。</source>
        <translation>Later, add or remove accounts, change roles and reset passwords under Settings → People and accounts (administrator unlock needed).</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="97" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="98" />
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="114" />
        <source>第一步：管理员已创建（{0}）</source>
        <translation>Step 1: administrator created ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="123" />
        <source>尚无账户</source>
        <translation>no account yet</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="131" />
        <source>用户名：不能为空</source>
        <translation>User name: must not be empty</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="133" />
        <source>姓名：不能为空</source>
        <translation>Full name: must not be empty</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="135" />
        <source>密码：至少6位</source>
        <translation>Password: at least 6 characters</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="137" />
        <source>再次输入密码：两次输入的密码不一致</source>
        <translation>Repeat password: the two passwords differ</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="152" />
        <source>管理员密码</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="153" />
        <source>请输入管理员 {0} 的密码：</source>
        <translation>Password of administrator {0}:</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/setup_dialog.py" line="159" />
        <source>无法继续</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="44" />
        <source>序号</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="44" />
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="44" />
        <source>区镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="44" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="44" />
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="36" />
        <source>沙尘</source>
        <translation>Dust</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="37" />
        <source>（未注明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="53" />
        <source>请填写</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="56" />
        <source>“{0}”不是数字或区间（如 185 或 180-230）</source>
        <translation>“{0}” is not a number or a range (such as 185 or 180-230)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="60" />
        <source>区间下限大于上限</source>
        <translation>the lower bound is above the upper bound</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="62" />
        <source>AQI 不能超过 500</source>
        <translation>AQI cannot exceed 500</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="77" />
        <source>录入空气质量预报</source>
        <translation>Enter air quality forecast</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="84" />
        <location filename="../../widgets/air/forecast_dialog.py" line="200" />
        <source>发布单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="89" />
        <location filename="../../widgets/air/forecast_dialog.py" line="200" />
        <source>发布时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="94" />
        <source>预报第1天</source>
        <translation>First forecast day</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="98" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="99" />
        <source>预报天数</source>
        <translation>Forecast days</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="102" />
        <source>逐日预报（日AQI，或区间如 180-230）</source>
        <translation>Daily forecast (daily AQI, or a range such as 180-230)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="104" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="105" />
        <source>AQI</source>
        <translation>AQI</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="106" />
        <source>首要污染物</source>
        <translation>Primary pollutant</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="113" />
        <source>如 185 或 180-230</source>
        <translation>e.g. 185 or 180-230</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="131" />
        <source>保存预报</source>
        <translation>Save forecast</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="132" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="146" />
        <source>第{0}天（{1}月{2}日）</source>
        <translation>Day {0} ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="164" />
        <source>发布单位：不能为空</source>
        <translation>Issued by: cannot be empty</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="167" />
        <source>发布时间：晚于当前时间（{0}）</source>
        <translation>Issued at: later than the current time ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="169" />
        <source>预报第1天：早于发布日期</source>
        <translation>First forecast day: before the issue date</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="175" />
        <source>{0} AQI：{1}</source>
        <translation>{0} AQI: {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="200" />
        <source>预报类型</source>
        <translation>Forecast type</translation>
    </message>
    <message>
        <location filename="../../widgets/air/forecast_dialog.py" line="201" />
        <source>逐日预报</source>
        <translation>Daily forecast</translation>
    </message>
</context>
<context>
    <name>FreshnessBadge</name>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="43" />
        <source>{0} 分钟前</source>
        <translation>{0} min ago</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="46" />
        <source>{0} 小时 {1} 分钟前</source>
        <translation>{0} h {1} min ago</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="48" />
        <source>{0} 小时前</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="50" />
        <source>{0:.0f} 天前</source>
        <translation>{0:.0f} days ago</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="51" />
        <source>{0:.1f} 年前</source>
        <translation>{0:.1f} years ago</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="58" />
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="60" />
        <source>该站点还没有任何数据。</source>
        <translation>This station has no data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="65" />
        <source>超时 · {0}
最新 {1}</source>
        <translation>Stale · {0}
Latest {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="68" />
        <source>正常 · {0}
最新 {1}</source>
        <translation>OK · {0}
Latest {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/freshness_badge.py" line="70" />
        <source>最后一小时数据：{0}；超过 {1:g} 小时未更新显示为红色（设置“数据超时告警”）。</source>
        <translation>Last hourly data: {0}; shown in red when not updated for more than {1:g} hours (setting “Stale data alert”).</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="127" />
        <source>新增应急豁免</source>
        <translation>Add emergency exemption</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="127" />
        <source>豁免企业（工地）名单应向社会公开。违规者立即撤销豁免，6 个月内不得再申请。</source>
        <translation>The list of exempted enterprises (construction sites) must be made public. An exemption is revoked immediately on a violation, and the holder may not reapply for 6 months.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="131" />
        <source>多个部门用顿号或逗号分隔</source>
        <translation>Separate several departments with commas</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="133" />
        <source>编号（统一社会信用代码）</source>
        <translation>No. (unified social credit code)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="133" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="134" />
        <source>豁免理由</source>
        <translation>Reason for exemption</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="134" />
        <source>决定部门</source>
        <translation>Deciding department(s)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="135" />
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="42" />
        <source>无法显示此图片（可另存后用其他程序打开）</source>
        <translation>This image cannot be shown (save it and open it with another program)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/attachments_view.py" line="47" />
        <source>SHA-256（已校验）：{0}</source>
        <translation>SHA-256 (checked): {0}</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="40" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="40" />
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="40" />
        <source>承办单位</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="40" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="40" />
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="41" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="41" />
        <source>最近进展</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="41" />
        <source>整改期限</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="41" />
        <source>附件</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="46" />
        <source>待核查</source>
        <translation>To inspect</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="46" />
        <source>违规待整改</source>
        <translation>Violation, to rectify</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="46" />
        <source>已整改待结案</source>
        <translation>Rectified, to close</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="47" />
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="50" />
        <source>核查结果</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="50" />
        <source>整改</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="50" />
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="51" />
        <source>撤销豁免</source>
        <translation>Exemption revoked</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="51" />
        <source>降级</source>
        <translation>Grade lowered</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="52" />
        <source>延长整改期限</source>
        <translation>Extend the rectification deadline</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="61" />
        <source>{0} 派发</source>
        <translation>{0} assigned</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="64" />
        <source>（逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="67" />
        <source>问题</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="67" />
        <source>抽查</source>
        <translation>Spot check</translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="88" />
        <source>计划抽查…</source>
        <translation>Plan a spot check…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="90" />
        <source>记录核查结果…</source>
        <translation>Record finding…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="92" />
        <source>记录整改…</source>
        <translation>Record rectification…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="94" />
        <source>延长整改期限…</source>
        <translation>Extend deadline…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="96" />
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="98" />
        <source>违规处理…</source>
        <translation>Consequences…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="100" />
        <source>照片和文件…</source>
        <translation>Photos and files…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="122" />
        <source>在“用电核查”的问题清单中选中一条，点“派发核查”即生成核查任务；也可计划抽查。</source>
        <translation>Select a problem in the meter check list and click "Send inspection" to create an inspection task; or plan a spot check.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="148" />
        <source>{0} 项违规整改已逾期：{1}</source>
        <translation>Rectifications overdue ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="182" />
        <source>记录核查结果</source>
        <translation>Record finding</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="205" />
        <source>记录整改</source>
        <translation>Record rectification</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspections_view.py" line="218" />
        <source>核查任务 {0}（{1}）</source>
        <translation>Inspection {0} ({1})</translation>
    </message>
</context>
<context>
    <name>JointAssessmentDialog</name>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="27" />
        <source>记录联合研判</source>
        <translation>Record joint assessment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="28" />
        <source>区生态环境局与区气象局联合研判：预计AQI低于黄色预警条件持续多少小时。解除预警须持续至少 {0} 小时。</source>
        <translation>Joint assessment by the District Ecology and Environment Bureau and the District Meteorological Bureau: for how many hours the AQI is expected to stay below the yellow warning conditions. Lifting a warning needs at least {0} hours.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="34" />
        <source>研判时间</source>
        <translation>Assessment time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="36" />
        <source>生态环境局会商人</source>
        <translation>Ecology and Environment Bureau participant</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="38" />
        <source>气象局会商人</source>
        <translation>Meteorological Bureau participant</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="42" />
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="44" />
        <source>AQI低于黄色条件持续</source>
        <translation>AQI below yellow conditions for</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="47" />
        <source>研判结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="48" />
        <source>记录人（值班员）</source>
        <translation>Recorded by (duty officer)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="49" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/joint_assessment_dialog.py" line="50" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="171" />
        <source>应急减排清单与豁免</source>
        <translation>Emission-reduction list and exemptions</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="178" />
        <source>减排清单</source>
        <translation>Emission-reduction list</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="179" />
        <source>应急豁免</source>
        <translation>Emergency exemptions</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="190" />
        <source>{0}：目标 ≥{1}%</source>
        <translation>{0}: target ≥{1}%</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="210" />
        <source>全社会排放量(t/a)：</source>
        <translation>Total district emissions (t/a):</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="216" />
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="221" />
        <source>保存全社会排放量</source>
        <translation>Save total emissions</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="230" />
        <source>导入清单（XLSX/CSV）…</source>
        <translation>Import list (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="231" />
        <source>导出清单…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="232" />
        <source>本季度核对无变化</source>
        <translation>Checked this quarter: no changes</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="249" />
        <source>新增豁免…</source>
        <translation>Add exemption…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="250" />
        <source>撤销豁免（违规）…</source>
        <translation>Revoke exemption (violation)…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="275" />
        <source>请先设置全社会排放量，才能判断是否达到目标。</source>
        <translation>Set the total district emissions first; only then can the targets be checked.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="278" />
        <source>{0}：四项污染物承诺减排量均达到目标（≥{1}%）</source>
        <translation>{0}: the committed reductions of all four pollutants meet the target (≥{1}%)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="282" />
        <source>{0}：{1} 未达到减排目标（≥{2}%）</source>
        <translation>{0}: {1} below the reduction target (≥{2}%)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="291" />
        <source>清单最近更新：{0}</source>
        <translation>List last updated: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="297" />
        <source>无法完成</source>
        <translation>Cannot complete</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="313" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="314" />
        <source>每项修改都以登录人的名义记入审计：请输入值班员或管理员的账号和密码。</source>
        <translation>Every change is recorded in the audit under the name of the person who logs in: enter a duty officer's or an administrator's user name and password.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="334" />
        <source>导入应急减排清单</source>
        <translation>Import emission-reduction list</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="335" />
        <source>清单 (*.xlsx *.csv)</source>
        <translation>Lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="345" />
        <source>清单未导入（未保存任何内容）：
{0}</source>
        <translation>The list was not imported (nothing was saved):
{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="354" />
        <source>导出应急减排清单</source>
        <translation>Export emission-reduction list</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="354" />
        <source>应急减排清单.xlsx</source>
        <translation>emission_reduction_list.xlsx</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="394" />
        <source>请先选择一条豁免记录。</source>
        <translation>First select an exemption.</translation>
    </message>
</context>
<context>
    <name>LiaisonDialog</name>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="147" />
        <source>指定部门联络员</source>
        <translation>Assign department liaison</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="148" />
        <source>联络员只能为其所属单位确认措施落实情况。需要管理员密码。</source>
        <translation>A liaison can only confirm the implementation of measures for their own unit. Needs the administrator password.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="156" />
        <source>联络员账号</source>
        <translation>Liaison account</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="157" />
        <source>所属单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="159" />
        <source>管理员密码</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="165" />
        <source>该联络员已是此单位的联络员</source>
        <translation>This user is already the liaison of this unit</translation>
    </message>
</context>
<context>
    <name>LoadChart</name>
    <message>
        <location filename="../../widgets/reductions/load_chart.py" line="47" />
        <source>在左侧选择一家企业，查看其基线与实际负荷。</source>
        <translation>Select a firm on the left to see its baseline and actual load.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/load_chart.py" line="66" />
        <source>预警时段</source>
        <translation>Warning span</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/load_chart.py" line="69" />
        <source>基线（可比非预警日）</source>
        <translation>Baseline (comparable non-warning days)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/load_chart.py" line="71" />
        <source>实际生产负荷</source>
        <translation>Actual production load</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/load_chart.py" line="74" />
        <source>治污设施负荷</source>
        <translation>Pollution-control load</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="83" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="84" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="89" />
        <source>首次设置…</source>
        <translation>First-run setup…</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="92" />
        <source>本数据库还没有任何账户，无法登录。请点击「首次设置…」：先创建管理员，再为{0}建立账户。</source>
        <translation>This database has no accounts yet, so nobody can log in. Click "First-run setup…": create the administrator first, then accounts for: {0}.</translation>
    </message>
    <message>
        <location filename="../../widgets/common/login_dialog.py" line="1" />
        <source>正在核对密码…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="54" />
        <source>重污染天气应急指挥台 — 海门区</source>
        <extracomment>what the page factories below import, preloaded on a worker after the window is shown (widgets/common/preload.py)</extracomment>
        <translation>Heavy-Pollution Weather Emergency Console — Haimen District</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="84" />
        <location filename="../../widgets/main_window.py" line="361" />
        <source>值班总览</source>
        <translation>Duty overview</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="85" />
        <source>空气质量</source>
        <translation>Air quality</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="86" />
        <source>预警与审签</source>
        <translation>Warnings &amp; sign-off</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="87" />
        <source>响应措施</source>
        <translation>Response measures</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="88" />
        <source>减排核查</source>
        <translation>Reduction checks</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="89" />
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="90" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="103" />
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="117" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="191" />
        <source>服务器：连接中…</source>
        <translation>Server: connecting…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="198" />
        <source>服务器：已连接，实时同步</source>
        <translation>Server: connected, live</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="199" />
        <source>服务器：连接中断，正在重连…（其他席位的变更暂未同步）</source>
        <translation>Server: connection lost, reconnecting… (other seats' changes not synced yet)</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="200" />
        <source>服务器：已断开</source>
        <translation>Server: disconnected</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="262" />
        <source>值班登录</source>
        <translation>Duty login</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="263" />
        <source>登录后，勾选、确认和记录都以您的名义记入审计；签署仍需再次输入密码。</source>
        <translation>After logging in, ticks, confirmations and records are audited under your name; signing still requires entering your password again.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="287" />
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="288" />
        <source>{0}：{1}（{2}）</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="313" />
        <source>值班人员：未登录</source>
        <translation>On duty: not logged in</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="314" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="317" />
        <source>注销</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="361" />
        <source>值班总览（{0}）</source>
        <translation>Duty overview ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="376" />
        <location filename="../../widgets/main_window.py" line="390" />
        <source>确认收到</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="377" />
        <source>请以本人账号登录后确认收到：确认记入审计记录，提醒随之停止。</source>
        <translation>Log in with your own account to acknowledge: the acknowledgement is recorded in the audit and the reminders stop.</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="436" />
        <source>尚无账户 — 首次设置…</source>
        <translation>No accounts yet — first-run setup…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="446" />
        <source>尚无空气质量数据 — 加载演示数据…</source>
        <translation>No air quality data yet — load demo data…</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="404" />
        <source>该提案已无待签署的步骤</source>
        <translation>This proposal has no step waiting for a signature</translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="350" />
        <source>有 {0} 条提醒在发送时程序中断，可能未送达：请查看值班总览的待办</source>
        <translation>{0} reminder(s) were cut off while sending and may not have arrived: see the duty overview</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="19" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="19" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="19" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="19" />
        <source>措施内容</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="19" />
        <source>责任部门</source>
        <translation>Responsible departments</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="32" />
        <source>{0}级 {1}</source>
        <translation>Level {0} {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="38" />
        <source>
〔已由 {0} 加严替代〕</source>
        <translation>
[superseded by the stricter {0}]</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_model.py" line="40" />
        <source>
〔与 {0} 重复列出〕</source>
        <translation>
[listed twice, see {0}]</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="50" />
        <source>响应措施</source>
        <translation>Response measures</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="59" />
        <source>当前响应任务</source>
        <translation>Current response tasks</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="60" />
        <source>措施目录（按级别）</source>
        <translation>Measure catalogue (by level)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="61" />
        <source>按部门/区镇</source>
        <translation>By department / town</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="64" />
        <source>减排清单与豁免</source>
        <translation>Emission-reduction list and exemptions</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="77" />
        <source>{0}（{1}级）</source>
        <translation>{0} (Level {1})</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="89" />
        <source>搜索措施、部门、编号…</source>
        <translation>Search measures, departments, numbers…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="121" />
        <source>{0}：共 {1} 项措施（含低级别措施，累加），其中 {2} 项已被更严格的措施替代（灰色删除线）。</source>
        <translation>{0}: {1} measures in total (including those of lower levels, cumulative), of which {2} are superseded by stricter measures (grey, struck through).</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="124" />
        <source>  搜索结果 {0} 项。</source>
        <translation>  {0} search results.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="136" />
        <source>查找部门或区镇…</source>
        <translation>Find a department or town…</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="182" />
        <source>【附件1 职责】</source>
        <translation>[Annex 1 duties]</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="184" />
        <source>【附件1 区镇（街道）职责】</source>
        <translation>[Annex 1 duties of towns (sub-districts)]</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="186" />
        <source>（附件1 未列出该单位职责；其任务见下方措施。）</source>
        <translation>(Annex 1 lists no duties for this unit; its tasks are in the measures below.)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/measures_page.py" line="191" />
        <source>该单位负责的措施：黄色 {0} 项 · 橙色 {1} 项 · 红色 {2} 项（累加；下表列出至红色的全部措施）</source>
        <translation>Measures of this unit: yellow {0} · orange {1} · red {2} (cumulative; the table lists all measures up to red)</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="70" />
        <source>符合要求</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="71" />
        <source>确认违规</source>
        <translation>Violation confirmed</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="82" />
        <source>核查结论：</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="85" />
        <source>整改期限：</source>
        <translation>Rectify by:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="90" />
        <source>情况说明（记入审计）：</source>
        <translation>Notes (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="93" />
        <source>照片和文件（以 SHA-256 校验值记入审计）：</source>
        <translation>Photos and files (their SHA-256 goes into the audit log):</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="97" />
        <source>添加照片/文件…</source>
        <translation>Add photos/files…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="104" />
        <source>添加照片/文件</source>
        <translation>Add photos/files</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="38" />
        <source>录入上级预警通知</source>
        <translation>Enter upper-level warning notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="39" />
        <source>收到上级（生态环境部、省、市）重污染天气预警通知后立即录入。上级预警高于本区生效级别时，自收到时起 3 小时内须启动响应。</source>
        <translation>Enter a heavy-pollution weather warning notice from an upper level (Ministry of Ecology and Environment, province, city) as soon as it arrives. When the upper-level warning is above the level in force in the district, the response must start within 3 hours of receipt.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="48" />
        <source>发布单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="53" />
        <source>通知类型</source>
        <translation>Notice type</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="57" />
        <source>预警级别</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="59" />
        <source>例如：通大气〔2025〕12号</source>
        <translation>e.g. 通大气〔2025〕12号</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="60" />
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="62" />
        <source>收到时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="63" />
        <source>录入人（值班员）</source>
        <translation>Entered by (duty officer)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="64" />
        <source>录入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="65" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoticesView</name>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="78" />
        <source>导入联系人…</source>
        <translation>Import contacts…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="80" />
        <source>按生效的预警生成通知</source>
        <translation>Notify firms of the level in force</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="84" />
        <source>通知批次：</source>
        <translation>Notice round:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="90" />
        <source>记录确认收到</source>
        <translation>Record acknowledgement</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="92" />
        <source>记录执行情况…</source>
        <translation>Record execution report…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="94" />
        <source>导出短信批量文件…</source>
        <translation>Export SMS batch file…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="96" />
        <source>导出打印通知…</source>
        <translation>Export printable notices…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="119" />
        <source>{0} {1} 生效</source>
        <translation>{0} effective {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="146" />
        <source>尚无通知。预警生效后，点“按生效的预警生成通知”。</source>
        <translation>No notice yet. Once a level is in force, click "Notify firms of the level in force".</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="153" />
        <source>{0} 家企业：已确认 {1} 家，已报送执行情况 {2} 家，逾期 {3} 项。</source>
        <translation>{0} firms: {1} acknowledged, {2} reported their execution, {3} items overdue.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="160" />
        <source>导入联系人</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="160" />
        <source>联系人 (*.csv *.xlsx)</source>
        <translation>Contacts (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="168" />
        <source>当前没有生效的预警。</source>
        <translation>No warning level is in force.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="178" />
        <source>请先选中一家企业。</source>
        <translation>Select a firm first.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="181" />
        <source>记录执行情况</source>
        <translation>Record execution report</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="181" />
        <source>企业报送的执行情况：</source>
        <translation>What the firm reported it did:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="191" />
        <source>导出短信批量文件</source>
        <translation>Export SMS batch file</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="191" />
        <source>短信批量.csv</source>
        <translation>sms-batch.csv</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="192" />
        <source>导出打印通知</source>
        <translation>Export printable notices</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="192" />
        <source>应急减排通知.html</source>
        <translation>reduction-notices.html</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="30" />
        <source>超时 </source>
        <translation>overdue </translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="57" />
        <source>待办与告警</source>
        <translation>To-dos and alerts</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="60" />
        <source>确认收到</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="61" />
        <source>确认后停止重复提醒；事项未办结时仍会低频提醒</source>
        <translation>Acknowledging stops the repeated reminders; while the item is still open, reminders continue less often</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="76" />
        <source>待办与告警（{0}）</source>
        <translation>To-dos and alerts ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="78" />
        <source>没有待办事项</source>
        <translation>No to-dos</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="88" />
        <source>已等待 {0}</source>
        <translation>waiting {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="90" />
        <source>剩余 {0}</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="91" />
        <source>（已确认）</source>
        <translation>(acknowledged)</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="91" />
        <source>（未确认）</source>
        <translation>(not acknowledged)</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="108" />
        <source>⚠ 上次提醒可能未送达（发送时程序中断）</source>
        <translation>⚠ The last reminder may not have arrived (the console stopped while sending)</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="110" />
        <source>提醒发送中…</source>
        <translation>Sending reminder…</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="112" />
        <source>⚠ 桌面通知未送达，仅托盘提示</source>
        <translation>⚠ Desktop notification not delivered; shown in the tray only</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notification_centre.py" line="114" />
        <source>⚠ 桌面通知未送达，仅在本窗口显示</source>
        <translation>⚠ Desktop notification not delivered; shown in this window only</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../widgets/common/notifier.py" line="27" />
        <source>打开审签</source>
        <translation>Open for sign-off</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notifier.py" line="27" />
        <source>审签</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../widgets/common/notifier.py" line="28" />
        <source>打开指挥台</source>
        <translation>Open the console</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="48" />
        <source>{0} 小时</source>
        <translation>{0} hours</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="50" />
        <source>{0} 天</source>
        <translation>{0} days</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="51" />
        <source>{0} 年</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="90" />
        <source>值班总览</source>
        <translation>Duty overview</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="93" />
        <source>大屏模式</source>
        <translation>Wall mode</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="95" />
        <source>全屏显示本页，供值班室大屏使用；按 Esc 退出</source>
        <translation>Show this page full screen for the duty-room wall display; Esc to exit</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="108" />
        <source>区域最新 AQI</source>
        <translation>Latest district AQI</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="109" />
        <source>最新预报</source>
        <translation>Latest forecast</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="110" />
        <source>预警启动条件与审签</source>
        <translation>Warning conditions and sign-off</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="153" />
        <source>审计链完整（{0} 条记录）· 数据库：{1}</source>
        <translation>Audit chain intact ({0} records) · database: {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="156" />
        <source> · 审计锚点文件夹不可用：{0}（修改照常保存）</source>
        <translation> · audit anchor folder unreachable: {0} (changes are still saved)</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="161" />
        <source>审计核对不符：{0}</source>
        <translation>Audit check failed: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="163" />
        <source>审计链在第 {0} 条记录处断开：{1}</source>
        <translation>Audit chain broken at record {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="196" />
        <source>尚无观测数据。请在“空气质量”页导入数据或加载演示数据。</source>
        <translation>No observations yet. Import data or load the demo data on the “Air quality” page.</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="202" />
        <source>最近48小时无有效AQI。</source>
        <translation>No valid AQI in the last 48 hours.</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="216" />
        <source>{0} 时 · 首要污染物 {1}</source>
        <translation>{0}:00 · primary pollutant {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="218" />
        <source>
数据已超时：最新数据距今 {0}</source>
        <translation>
Data is stale: the latest data is {0} old</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="225" />
        <source>尚无预报。可在“空气质量”页录入或导入预报。</source>
        <translation>No forecast yet. Enter or import one on the “Air quality” page.</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="227" />
        <source>{0} 发布 · {1}</source>
        <translation>Issued {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="237" />
        <source>尚无账户</source>
        <translation>no account yet</translation>
    </message>
    <message>
        <location filename="../../widgets/overview/overview_page.py" line="241" />
        <source>黄色：日AQI&gt;{t2} {y2}天，或&gt;{t1} {y1}天
橙色：日AQI&gt;{t2} {o2}天，或&gt;{t1} {o1}天
红色：日AQI&gt;{t2} {r2}天且&gt;{t3} {r3}天
审签：{chain}</source>
        <translation>Yellow: daily AQI&gt;{t2} on {y2} d, or &gt;{t1} on {y1} d
Orange: daily AQI&gt;{t2} on {o2} d, or &gt;{t1} on {o1} d
Red: daily AQI&gt;{t2} on {r2} d and &gt;{t3} on {r3} d
Sign-off: {chain}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="110" />
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="110" />
        <source>为 {0} 设置新密码。</source>
        <translation>Set a new password for {0}.</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="115" />
        <source>新密码（至少6位）</source>
        <translation>New password (at least 6 characters)</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="116" />
        <source>再次输入</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="121" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="47" />
        <source>当前研判：{0}；当前生效：{1}。提案须经审签后方生效。</source>
        <translation>Current assessment: {0}; in force: {1}. A proposal takes effect only after sign-off.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="64" />
        <source>预警级别</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="74" />
        <source>可留空：自动填入上级解除通知与联合研判结论</source>
        <translation>May be left empty: filled in from the upper-level lift notice and the joint assessment conclusion</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="75" />
        <source>依据（每行一条）</source>
        <translation>Basis (one per line)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="77" />
        <source>应急响应地区</source>
        <translation>Emergency response area</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="79" />
        <source>解除/终止时间</source>
        <translation>Lift / end time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="79" />
        <source>启动时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="83" />
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="86" />
        <source>预测改善持续</source>
        <translation>Forecast improvement lasts</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="89" />
        <source>级别与研判不一致时必填</source>
        <translation>Required when the level differs from the assessment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="90" />
        <source>书面理由</source>
        <translation>Written reason</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="97" />
        <source>尚不满足条件：</source>
        <translation>Conditions not yet met: </translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="99" />
        <source>提议人（值班员）</source>
        <translation>Proposed by (duty officer)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="100" />
        <source>提交审签</source>
        <translation>Submit for sign-off</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="101" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="111" />
        <source>所选级别与研判（{0}）不一致：须填写书面理由{1}</source>
        <translation>The chosen level differs from the assessment ({0}): a written reason is required{1}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="113" />
        <source>，并经{0}同意</source>
        <translation>, and the consent of the {0}</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="37" />
        <source>企业</source>
        <translation>Firm</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="37" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="37" />
        <source>确认收到（1小时内）</source>
        <translation>Acknowledged (within 1 h)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="38" />
        <source>执行情况（24小时内）</source>
        <translation>Execution report (within 24 h)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="38" />
        <source>执行情况说明</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="46" />
        <source>{0} 已确认</source>
        <translation>{0} acknowledged</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="46" />
        <source>{0} 已报送</source>
        <translation>{0} reported</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="47" />
        <source>（逾期）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="48" />
        <source>已逾期（应于 {0} 前）</source>
        <translation>Overdue (due {0})</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/notices_view.py" line="48" />
        <source>等待中（{0} 前）</source>
        <translation>Waiting (due {0})</translation>
    </message>
</context>
<context>
    <name>ReductionTab</name>
    <message>
        <location filename="../../widgets/reductions/tab_base.py" line="25" />
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/tab_base.py" line="29" />
        <source>请先在窗口底部“登录”值班账户：每项修改都以登录人的名义记入审计。</source>
        <translation>Please log in first (bottom of the window): every change is recorded in the audit log under the logged-in person.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/tab_base.py" line="68" />
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/tab_base.py" line="70" />
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
</context>
<context>
    <name>ReductionsPage</name>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="67" />
        <source>减排核查：预警期间企业是否按一厂一策和承诺削减</source>
        <translation>Reduction checks: are firms following their plant sheets and cutting as committed?</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="74" />
        <source>导入电表数据…</source>
        <translation>Import meter data…</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="77" />
        <source>加载演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="78" />
        <source>六家虚构演示企业，用电负荷取自真实电表数据（UCI，CC BY 4.0），预警期间施加了削减与违规</source>
        <translation>Six fictional demo firms whose load comes from real meter data (UCI, CC BY 4.0), with cuts and violations applied during the warning</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="82" />
        <source>预警时段：</source>
        <translation>Warning span:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="86" />
        <source>运行核查</source>
        <translation>Run check</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="91" />
        <source>核查记录：</source>
        <translation>Check runs:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="113" />
        <source>派发核查（选中的问题）</source>
        <translation>Send inspection (selected problem)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="121" />
        <source>各企业承诺削减与实际削减（按生产用电）</source>
        <translation>Committed and achieved cut per firm (production electricity)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="129" />
        <source>核实减排量 = 清单排放量 × 电表显示的实际削减比例；未核实 = 无可比电表数据企业的承诺减排量</source>
        <translation>Verified cut = emissions on the list × the load cut the meters show; unverified = committed cuts of firms without comparable meter data</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="144" />
        <source>用电核查</source>
        <translation>Meter checks</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="145" />
        <source>一厂一策（现在应执行）</source>
        <translation>Plant sheets</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="148" />
        <source>现场核查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="151" />
        <source>工地车辆检查</source>
        <translation>Sites and vehicles</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="154" />
        <source>企业通知与回执</source>
        <translation>Firm notices</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="157" />
        <location filename="../../widgets/reductions/reductions_page.py" line="173" />
        <source>每日报送</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="161" />
        <source>应急总结汇总</source>
        <translation>Episode summary</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="173" />
        <source>每日报送（逾期）</source>
        <translation>Daily report (overdue)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="182" />
        <source>{0}：{1} 至 {2}</source>
        <translation>{0}: {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="210" />
        <source>（尚无预警记录）</source>
        <translation>(no warning on record yet)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="215" />
        <source>{0} · {1} 家企业 · {2} 条问题</source>
        <translation>{0} · {1} firms · {2} problems</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="218" />
        <source>自动核查 {0}</source>
        <translation>Automatic check {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="224" />
        <source>电表读数 {0} 条（{1} 至 {2}），清单企业 {3} 家。</source>
        <translation>{0} meter readings ({1} to {2}); {3} firms on the list.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="227" />
        <source>尚无电表数据：请导入电网公司或分表计电平台导出的 CSV/XLSX 文件（格式见说明）。</source>
        <translation>No meter data yet: import the CSV/XLSX exported by the grid company or the sub-metering platform (format in the README).</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="246" />
        <source>尚未运行核查。</source>
        <translation>No check run yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="247" />
        <source>在左侧选择一家企业，查看其基线与实际负荷。</source>
        <translation>Select a firm on the left to see its baseline and actual load.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="249" />
        <source>问题清单（按严重程度排序）：{0} 条</source>
        <translation>Problems (most serious first): {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="250" />
        <source>本次核查未发现问题。</source>
        <translation>This check found no problem.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="258" />
        <source>{0} 核实 {1} / 承诺 {2}（未核实 {3}）</source>
        <translation>{0} verified {1} / committed {2} (unverified {3})</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="261" />
        <source>，占全社会 {0}%（目标 ≥{1}%）</source>
        <translation>, {0}% of the whole society (target ≥{1}%)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="263" />
        <source>按电表核实的减排量（t/a）：</source>
        <translation>Cuts verified by meters (t/a): </translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="270" />
        <source>{0}（{1}）：生产用电负荷</source>
        <translation>{0} ({1}): production load</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="275" />
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="279" />
        <source>请先在窗口底部“登录”值班账户：每项修改都以登录人的名义记入审计。</source>
        <translation>Please log in first (bottom of the window): every change is recorded in the audit log under the logged-in person.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="284" />
        <source>导入电表数据</source>
        <translation>Import meter data</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="284" />
        <source>电表数据 (*.csv *.xlsx)</source>
        <translation>Meter data (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="293" />
        <source>电表数据未导入（未保存任何内容）：
{0}</source>
        <translation>Meter data not imported (nothing was saved):
{0}</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="295" />
        <source>已导入 {0}：{1}。</source>
        <translation>Imported {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="303" />
        <source>请先在问题清单中选中一条。</source>
        <translation>Select a problem in the list first.</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/reductions_page.py" line="327" />
        <source>没有可核查的预警时段。</source>
        <translation>There is no warning span to check.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="150" />
        <source>撤销豁免（违规）</source>
        <translation>Revoke exemption (violation)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="150" />
        <source>{0}（{1}）：记录违规情况，撤销豁免，6 个月内不得再申请。</source>
        <translation>{0} ({1}): record the violation and revoke the exemption; no reapplication for 6 months.</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="154" />
        <source>违规情况</source>
        <translation>Violation</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="68" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="74" />
        <location filename="../../widgets/settings/settings_page.py" line="208" />
        <source>管理员解锁</source>
        <translation>Administrator unlock</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="77" />
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="80" />
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="101" />
        <source>从文件读入…</source>
        <translation>Read from a file…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="106" />
        <source>文件位置（只读）</source>
        <translation>File locations (read-only)</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="108" />
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="108" />
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="109" />
        <source>日志文件夹</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="135" />
        <source>每行一项</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="174" />
        <source>选择节假日文件</source>
        <translation>Choose a holiday calendar file</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="174" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="180" />
        <source>文件有误，未读入</source>
        <translation>The file has problems; nothing was read</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="200" />
        <source>只读。修改设置需要管理员解锁；每次修改都记入审计链。</source>
        <translation>Read-only: unlock to edit (every change is audited).</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="202" />
        <source>已由管理员 {0} 解锁。</source>
        <translation>Unlocked by administrator {0}.</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="208" />
        <source>请输入管理员用户名和密码。</source>
        <translation>Enter the administrator username and password.</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="223" />
        <source>设置有误，未保存任何修改</source>
        <translation>The settings have errors; no changes were saved</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="118" />
        <source>审签 — 提案 #{0} 第 {1} 版</source>
        <translation>Sign-off — proposal #{0} version {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="119" />
        <source>请完整阅读以下提案。您签署的是此版本（内容指纹 {0}）；提案如被修改，须重新阅读后签署。</source>
        <translation>Read the whole proposal below. You are signing this version (content fingerprint {0}); if the proposal is changed, it must be read again before signing.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="135" />
        <source>{0}（第 {1}/{2} 步：{3}）</source>
        <translation>{0} (step {1}/{2}: {3})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="138" />
        <source>签署角色</source>
        <translation>Signing role</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="139" />
        <source>签署人（本人账号）</source>
        <translation>Signer (own account)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="147" />
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="148" />
        <source>同意（{0}）</source>
        <translation>Approve ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="149" />
        <source>退回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="157" />
        <source>签署意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="159" />
        <source>退回时必填：退回理由</source>
        <translation>Required when rejecting: reason for rejection</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="161" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="162" />
        <source>签署</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="163" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="68" />
        <source>响应时限</source>
        <translation>Response deadlines</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="73" />
        <source>待审签</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="103" />
        <source>未触发：收到上级预警或预测达到黄色及以上时开始计时，{0} 小时内须启动响应</source>
        <translation>Not triggered: the clock starts when an upper-level warning is received or the forecast reaches yellow or above; the response must start within {0} hours</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="108" />
        <source>没有等待签署的提案</source>
        <translation>No proposals awaiting signature</translation>
    </message>
</context>
<context>
    <name>SpotCheckDialog</name>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="38" />
        <source>计划抽查</source>
        <translation>Plan a spot check</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="48" />
        <source>例如：红色预警第二天例行抽查</source>
        <translation>e.g. routine check on the second day of the red warning</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="50" />
        <source>企业：</source>
        <translation>Firm:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="51" />
        <source>承办单位：</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/inspection_dialogs.py" line="52" />
        <source>抽查理由：</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>StationPanel</name>
    <message>
        <location filename="../../widgets/air/station_panel.py" line="32" />
        <source>区域（全部站点）</source>
        <translation>District (all stations)</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="26" />
        <source>还没有已结束的应急响应过程；响应结束后各参与单位须在 24 小时内报送总结。</source>
        <translation>No emergency response episode has ended yet; after a response ends, every participating unit must submit a summary within 24 hours.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="28" />
        <source>过程 #{0} 于 {1} 结束，总结须于 {2} 前报送。已收到 {3} 家，尚缺 {4} 家。</source>
        <translation>Episode #{0} ended at {1}; summaries are due by {2}. {3} received, {4} outstanding.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="31" />
        <source>总结报送</source>
        <translation>Summary submissions</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="39" />
        <source>报送单位</source>
        <translation>Submitting unit</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="40" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="43" />
        <source>尚未报送</source>
        <translation>Not yet submitted</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="45" />
        <source>收到时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="47" />
        <source>报送人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="49" />
        <source>总结正文（可选；收入应急总结汇总）</source>
        <translation>Summary text (optional; goes into the consolidated summary)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="51" />
        <source>总结内容</source>
        <translation>Summary text</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="53" />
        <source>总结文件（可选；以 SHA-256 保存）</source>
        <translation>Summary file (optional; kept with its SHA-256)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="54" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="59" />
        <source>总结文件</source>
        <translation>Summary file</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="60" />
        <source>记录人（值班员）</source>
        <translation>Recorded by (duty officer)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="61" />
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="62" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/summary_dialog.py" line="66" />
        <source>选择总结文件</source>
        <translation>Choose the summary file</translation>
    </message>
</context>
<context>
    <name>TaskActionDialog</name>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="55" />
        <source>确认完成</source>
        <translation>Confirm done</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="55" />
        <source>记录次数</source>
        <translation>Record count</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="55" />
        <source>撤销上一条记录</source>
        <translation>Undo the last record</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="56" />
        <source>{0} · {1}
{2}</source>
        <translation>{0} · {1}
{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="63" />
        <source>本单位联络员</source>
        <translation>Liaison of this unit</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="64" />
        <source>值班员代为确认（代 {0}）</source>
        <translation>Duty officer confirms on behalf (for {0})</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="71" />
        <source>确认方式</source>
        <translation>Confirmed as</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="73" />
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="76" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="85" />
        <source>作业</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="86" />
        <source>计数项</source>
        <translation>Counted item</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="87" />
        <source>本次完成次数</source>
        <translation>Times done now</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="91" />
        <source>必填：撤销原因</source>
        <translation>Required: reason for undoing</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="91" />
        <source>可选：情况说明</source>
        <translation>Optional: notes</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="92" />
        <source>撤销原因</source>
        <translation>Reason for undoing</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="92" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="33" />
        <source>待办</source>
        <extracomment>What a task shows (TaskStatus.state_code), in the interface language.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="33" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="34" />
        <source>已替代</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="34" />
        <source>不再执行</source>
        <translation>No longer required</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="35" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="35" />
        <source>有风险</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="36" />
        <source>气温未录入</source>
        <translation>Temperature not entered</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="37" />
        <source>本时段不要求</source>
        <translation>Not required this period</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="38" />
        <source>本时段已完成</source>
        <translation>Done this period</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="39" />
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="54" />
        <source>（代{0}）</source>
        <translation> (for {0})</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="55" />
        <source>确认</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="56" />
        <source>记录×{0}</source>
        <translation>recorded ×{0}</translation>
    </message>
</context>
<context>
    <name>TemperatureDialog</name>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="116" />
        <source>录入当日气温</source>
        <translation>Enter today's temperature</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="117" />
        <source>道路机扫、洒水仅在气温 4℃ 以上时要求。请录入当日气温（以气象局数据为准）。</source>
        <translation>Mechanical road sweeping and sprinkling are only required above 4 ℃. Enter today's temperature (as given by the Meteorological Bureau).</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="130" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="131" />
        <source>气温</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="132" />
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_dialogs.py" line="133" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="102" />
        <source>过程时间线（最新在上）</source>
        <translation>Episode timeline (newest first)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="121" />
        <source>尚无重污染过程记录。</source>
        <translation>No heavy-pollution episode recorded yet.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="51" />
        <source>污染物</source>
        <translation>Pollutant</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="51" />
        <source>清单排放量(t/a)</source>
        <translation>Listed emissions (t/a)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="51" />
        <source>承诺减排量(t/a)</source>
        <translation>Committed reduction (t/a)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="52" />
        <source>全社会排放量(t/a)</source>
        <translation>Total district emissions (t/a)</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="52" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="52" />
        <source>减排比例</source>
        <translation>Reduction share</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="52" />
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/ledger_page.py" line="64" />
        <source>豁免企业的减排量 {0} t 未计入</source>
        <translation>Reductions of exempted enterprises ({0} t) not counted</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../widgets/common/tray.py" line="41" />
        <source>打开指挥台</source>
        <translation>Open the console</translation>
    </message>
    <message>
        <location filename="../../widgets/common/tray.py" line="41" />
        <source>通知中心</source>
        <translation>Notification centre</translation>
    </message>
    <message>
        <location filename="../../widgets/common/tray.py" line="42" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../widgets/common/tray.py" line="55" />
        <source>重污染天气应急指挥台：{0} 项待办</source>
        <translation>Heavy-pollution emergency console: {0} to-dos</translation>
    </message>
    <message>
        <location filename="../../widgets/common/tray.py" line="56" />
        <source>重污染天气应急指挥台：无待办</source>
        <translation>Heavy-pollution emergency console: no to-dos</translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="34" />
        <source>1月</source>
        <extracomment>Month ticks of a months-wide axis.</extracomment>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="34" />
        <source>2月</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="35" />
        <source>3月</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="35" />
        <source>4月</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="36" />
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="36" />
        <source>6月</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="37" />
        <source>7月</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="37" />
        <source>8月</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="38" />
        <source>9月</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="38" />
        <source>10月</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="39" />
        <source>11月</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="39" />
        <source>12月</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="193" />
        <source>将鼠标移到图上查看逐时数值。</source>
        <translation>Move the mouse over the chart to see hourly values.</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="217" />
        <source>持续性阈值</source>
        <translation>Persistence threshold</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="217" />
        <source>重污染阈值</source>
        <translation>Heavy pollution threshold</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="217" />
        <source>严重污染阈值</source>
        <translation>Severe pollution threshold</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="266" />
        <source>{0} 逐时AQI</source>
        <translation>{0} hourly AQI</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="272" />
        <source>{0} 24小时滑动AQI</source>
        <translation>{0} 24-hour rolling AQI</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="365" />
        <source>预报 {1} 发布（{0}）</source>
        <translation>Forecast issued {1} ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="399" />
        <source>{0}（阴影）</source>
        <translation>{0} (shaded)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="503" />
        <location filename="../../widgets/air/trend_plot.py" line="529" />
        <source>{0}：无数据</source>
        <translation>{0}: no data</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="507" />
        <source>{0}：AQI 缺测</source>
        <translation>{0}: AQI missing</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="510" />
        <source>{0}：AQI {1:.0f} {2}</source>
        <translation>{0}: AQI {1:.0f} {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="512" />
        <source>首要污染物 {0}</source>
        <translation>Primary pollutant {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="514" />
        <source>24小时滑动 {0:.0f}</source>
        <translation>24-hour rolling {0:.0f}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="521" />
        <source>（浓度 µg/m³，CO mg/m³）</source>
        <translation>(concentrations µg/m³, CO mg/m³)</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="321" />
        <source>现在 {0}</source>
        <translation>Now {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="335" />
        <source>无数据：最新观测 {0}，距今 {1}</source>
        <translation>No data: latest observation {0}, {1} ago</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="306" />
        <source>{0:.0f} 小时</source>
        <translation>{0:.0f} h</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="307" />
        <source>{0:.0f} 天</source>
        <translation>{0:.0f} days</translation>
    </message>
    <message>
        <location filename="../../widgets/air/trend_plot.py" line="531" />
        <source>{0}：{1}–{2} 时段内逐时AQI {3:.0f}–{4:.0f}（放大可看逐时数值）</source>
        <translation>{0}: hourly AQI {3:.0f}–{4:.0f} within {1}–{2} (zoom in for each hour)</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="148" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="148" />
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="148" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../widgets/measures/board_model.py" line="158" />
        <source>{0}：应办 {1} 项，已完成 {2} 项，逾期 {3} 项，已替代 {4} 项</source>
        <translation>{0}: {1} due, {2} done, {3} overdue, {4} superseded</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="45" />
        <source>修改账户</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="45" />
        <source>新增账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="46" />
        <source>角色决定此人能签署什么：黄色由分管副局长批准，橙色由局长批准，红色由局长审核、区政府领导批准。</source>
        <translation>The roles decide what this person can sign: yellow is approved by the deputy head in charge, orange by the bureau head, red is reviewed by the bureau head and approved by the district leader.</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="52" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="53" />
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="62" />
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="68" />
        <source>初始密码（至少6位）</source>
        <translation>Initial password (at least 6 characters)</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="69" />
        <source>再次输入密码</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="81" />
        <source>用户名：不能为空</source>
        <translation>User name: must not be empty</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="83" />
        <source>用户名：“{0}”已被使用，请换一个</source>
        <translation>User name: "{0}" is taken, choose another</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="85" />
        <source>姓名：不能为空</source>
        <translation>Full name: must not be empty</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="87" />
        <source>角色：至少勾选一个</source>
        <translation>Roles: tick at least one</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="90" />
        <source>初始密码：至少6位</source>
        <translation>Initial password: at least 6 characters</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="92" />
        <source>再次输入密码：两次输入的密码不一致</source>
        <translation>Repeat password: the two passwords differ</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="30" />
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="30" />
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="30" />
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="30" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="37" />
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="37" />
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="129" />
        <source>人员与账户</source>
        <translation>People and accounts</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="145" />
        <source>新增账户…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="145" />
        <source>修改姓名/角色…</source>
        <translation>Edit name / roles…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="146" />
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="146" />
        <source>停用/启用</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="147" />
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/users_panel.py" line="203" />
        <location filename="../../widgets/settings/users_panel.py" line="214" />
        <source>无法完成</source>
        <translation>Cannot complete</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="86" />
        <source>录入上级通知</source>
        <translation>Enter notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="86" />
        <source>记录会商</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="87" />
        <source>记录联合研判</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="87" />
        <source>拟定提案</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="88" />
        <source>修改/撤回提案</source>
        <translation>Amend/withdraw</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="89" />
        <source>发布/导出预警信息</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="89" />
        <source>终止/解除</source>
        <translation>End/lift</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="90" />
        <source>总结报送</source>
        <translation>Summaries</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="145" />
        <source>提议解除</source>
        <translation>Propose lift</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warnings_page.py" line="145" />
        <source>终止响应</source>
        <translation>End response</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="17" />
        <source>确认收到上级通知</source>
        <translation>Acknowledge upper-level notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="20" />
        <source>签署：{0} {1}提案 #{2}</source>
        <translation>Sign: {0} {1} proposal #{2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="21" />
        <source>请{0}本人输入账号和密码签署；提案内容以签署对话框中显示的版本为准。</source>
        <translation>{0} must sign in person with their username and password; the proposal is the version shown in the signing dialog.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="24" />
        <source>拟定{0}预警提案</source>
        <translation>Draft a {0} warning proposal</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="25" />
        <source>研判已达到{0}预警条件：拟定提案后报审签。</source>
        <translation>The assessment meets the {0} warning conditions: draft a proposal and submit it for sign-off.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="27" />
        <source>拟定升级为{0}预警提案</source>
        <translation>Draft a proposal to upgrade to a {0} warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="28" />
        <source>研判已达到更高级别，须升级（高等级启动后低等级自动解除）。</source>
        <translation>The assessment has reached a higher level; upgrade (the lower level is lifted automatically when the higher one starts).</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="30" />
        <source>发布{0}预警信息</source>
        <translation>Publish the {0} warning notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="31" />
        <source>{0}预警已审签生效，请发布预警信息（六项必填内容及健康防护提示）。</source>
        <translation>The {0} warning is signed off and in force; publish the warning notice (the six required fields and the health protection advice).</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="35" />
        <source>解除条件已满足。</source>
        <translation>The conditions for lifting are met.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="35" />
        <source>提议解除预警</source>
        <translation>Propose lifting the warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="37" />
        <source>提议降级为{0}预警</source>
        <translation>Propose downgrading to a {0} warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="38" />
        <source>预测改善须持续足够时长；降级按解除程序审批。</source>
        <translation>The forecast improvement must last long enough; a downgrade is approved like a lift.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="40" />
        <source>{0}预警生效中 · 持续监测</source>
        <translation>{0} warning in force · keep monitoring</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="41" />
        <source>督办各部门落实响应措施（见“响应措施”页）；按时会商。</source>
        <translation>Follow up on the departments' response measures (see the “Response measures” page); hold consultations on time.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="43" />
        <source>发布解除信息</source>
        <translation>Publish lift notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="43" />
        <source>预警已解除，请发布解除信息。</source>
        <translation>The warning has been lifted; publish the lift notice.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="45" />
        <source>登记总结报送（尚缺 {0} 家）</source>
        <translation>Record summary submissions ({0} outstanding)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="46" />
        <source>各参与单位须于 {0} 前报送总结。</source>
        <translation>Every participating unit must submit a summary by {0}.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="47" />
        <source>当前无需启动预警 · 持续监测</source>
        <translation>No warning needed now · keep monitoring</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/next_step.py" line="47" />
        <source>收到上级通知请立即录入；按时会商。</source>
        <translation>Enter upper-level notices as soon as they arrive; hold consultations on time.</translation>
    </message>
</context>
<context>
    <name>_PathEdit</name>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="46" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../widgets/settings/settings_page.py" line="52" />
        <source>选择文件夹</source>
        <translation>Choose folder</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../widgets/app.py" line="79" />
        <source>重污染天气应急指挥台</source>
        <translation>Heavy-Pollution Weather Emergency Console</translation>
    </message>
</context>
<context>
    <name>bulletin_pdf</name>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="29" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="29" />
        <source>发布时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="32" />
        <source>本信息为演练，不是真实预警</source>
        <translation>This is a drill, not a real warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="39" />
        <source>解除</source>
        <translation>lifts</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="39" />
        <source>更新</source>
        <translation>updates</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="40" />
        <source>（本信息{0}编号 {1} 的预警信息）</source>
        <translation>(This notice {0} warning notice No. {1})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="50" />
        <source>健康防护提示</source>
        <translation>Health protection advice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/bulletin_pdf.py" line="54" />
        <source>发布单位</source>
        <translation>Issued by</translation>
    </message>
</context>
<context>
    <name>reductions</name>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="11" />
        <source>负荷未按承诺削减</source>
        <translation>Load not cut as committed</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="12" />
        <source>生产时治污设施停运</source>
        <translation>Control equipment off while producing</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="13" />
        <source>夜间生产远高于白天</source>
        <translation>Night production far above day</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="29" />
        <source>承诺削减 {0}%，实际 {1}%，少削减 {2} kWh</source>
        <translation>Committed {0}%, achieved {1}%, {2} kWh short</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="32" />
        <source>生产运行时治污用电≈0，共 {0} 小时（首次 {1}）</source>
        <translation>Control meters ≈0 while production ran: {0} h (first {1})</translation>
    </message>
    <message>
        <location filename="../../widgets/reductions/check_models.py" line="35" />
        <source>夜间平均 {0} kW，白天 {1} kW，夜间基线 {2} kW</source>
        <translation>Night mean {0} kW, day {1} kW, night baseline {2} kW</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../widgets/common/i18n.py" line="176" />
        <source>上限</source>
        <translation>upper bound</translation>
    </message>
    <message>
        <location filename="../../widgets/common/i18n.py" line="176" />
        <source>下限</source>
        <translation>lower bound</translation>
    </message>
    <message>
        <location filename="../../widgets/common/i18n.py" line="177" />
        <source>开</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../widgets/common/i18n.py" line="177" />
        <source>关</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="25" />
        <source>生态环境部（长三角区域）</source>
        <translation>Ministry of Ecology and Environment (Yangtze River Delta region)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="26" />
        <source>江苏省</source>
        <translation>Jiangsu Province</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="26" />
        <source>南通市</source>
        <translation>Nantong City</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="28" />
        <location filename="../../widgets/warnings/timeline_view.py" line="31" />
        <source>发布</source>
        <extracomment>console.notices.ACTION_CN, marked here for pyside6-lupdate (shown through tr_ below).</extracomment>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="28" />
        <source>调整</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/notice_dialog.py" line="29" />
        <location filename="../../widgets/warnings/words.py" line="20" />
        <source>解除</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="32" />
        <source>拟定预警提案（启动）</source>
        <translation>Draft warning proposal (start)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="33" />
        <source>拟定升级提案</source>
        <translation>Draft upgrade proposal</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="34" />
        <source>拟定降级提案</source>
        <translation>Draft downgrade proposal</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="35" />
        <source>提议解除预警</source>
        <translation>Propose lifting the warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/proposal_dialog.py" line="35" />
        <source>提议终止应急响应</source>
        <translation>Propose ending the emergency response</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="46" />
        <location filename="../../widgets/warnings/timeline_view.py" line="27" />
        <source>提案</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="47" />
        <source>#{0} 第 {1} 版 · {2}</source>
        <translation>#{0} version {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="48" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="49" />
        <location filename="../../widgets/warnings/sign_dialog.py" line="72" />
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="50" />
        <source>研判级别</source>
        <translation>Assessed level</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="51" />
        <source>启动时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="53" />
        <source>响应区域</source>
        <translation>Response area</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="55" />
        <source>预测改善持续</source>
        <translation>Forecast improvement lasts</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="56" />
        <source>{0} 小时</source>
        <translation>{0} hours</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="58" />
        <source>书面理由</source>
        <translation>Written reason</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="60" />
        <source>提议人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="66" />
        <source>◀ 待签署</source>
        <translation>◀ to sign</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="67" />
        <source>未到</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="68" />
        <source>（含同意高于研判级别）</source>
        <translation> (including consent to a level above the assessment)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="70" />
        <location filename="../../widgets/warnings/sign_dialog.py" line="72" />
        <source>审签步骤</source>
        <translation>Sign-off steps</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="71" />
        <source>内容指纹</source>
        <translation>Content fingerprint</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="22" />
        <source>批准</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="22" />
        <source>审核</source>
        <translation>review</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="23" />
        <source>同意高于研判级别启动</source>
        <translation>consent to a level above the assessment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="85" />
        <source>3小时响应时限</source>
        <translation>3-hour response clock</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="88" />
        <source>{0} {1} {2}（{3} 收到）</source>
        <translation>{0} {1} {2} (received {3})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="90" />
        <source>（无文号）</source>
        <translation>(no document number)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="98" />
        <source>预测AQI（24小时）</source>
        <translation>Forecast AQI (24 h)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="96" />
        <source>{0} {1}时 {2}</source>
        <translation>{0} {1}:00 {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="102" />
        <source>批准后启动</source>
        <translation>Approval starts</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="102" />
        <source>{0} 项响应措施，分解到 {1} 个责任单位：{2}</source>
        <translation>{0} response measures for {1} responsible units: {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="30" />
        <source>上级预警通知</source>
        <translation>upper-level warning notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="31" />
        <location filename="../../widgets/warnings/words.py" line="73" />
        <source>预测达到预警条件</source>
        <translation>forecast meets the warning conditions</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="32" />
        <source>{0}预警触发（{1}，{2}）</source>
        <translation>{0} warning triggered ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="34" />
        <source>按时</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="34" />
        <source>超时</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="35" />
        <source>【已启动】{0}：已于 {1} 启动响应（{2}）</source>
        <translation>[Started] {0}: response started at {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="39" />
        <source>{0}：过程已结束，无需启动</source>
        <translation>{0}: the episode has ended, no start needed</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="43" />
        <source>不到1分钟</source>
        <translation>under a minute</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="44" />
        <source>【已超时】{0}：须于 {1} 前启动响应 — 已超时 {2}</source>
        <translation>[Overdue] {0}: response was due by {1} — overdue by {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="46" />
        <source>【计时中】{0}：须于 {1} 前启动响应 — 剩余 {2}</source>
        <translation>[Counting] {0}: response must start by {1} — {2} left</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/signoff_panel.py" line="54" />
        <source>提案 #{0}（第 {1} 版）{2}
等待 {3} {4}（第 {5}/{6} 步）· 自 {7} 起，已等待 {8}</source>
        <translation>Proposal #{0} (version {1}) {2}
Waiting for {3} {4} (step {5}/{6}) · since {7}, waiting {8}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="25" />
        <source>过程</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="25" />
        <source>触发</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/sign_dialog.py" line="88" />
        <location filename="../../widgets/warnings/timeline_view.py" line="26" />
        <source>上级通知</source>
        <translation>Upper-level notice</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="26" />
        <source>确认通知</source>
        <translation>Notice acknowledged</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="27" />
        <source>会商</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="28" />
        <source>审签</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="28" />
        <source>撤回</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="29" />
        <source>级别变化</source>
        <translation>Level change</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="30" />
        <source>联合研判</source>
        <translation>Joint assessment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="31" />
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="32" />
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="37" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="37" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="38" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/timeline_view.py" line="38" />
        <location filename="../../widgets/warnings/warn_util.py" line="89" />
        <source>操作人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warn_util.py" line="42" />
        <source>（尚无账户）</source>
        <extracomment>Roles whose holder is named in the settings (组织 group). Dialog type for a tired duty officer: large, plain. Outside a QObject method, write translate("warnings", "…") with the literal in place, so that pyside6-lupdate finds it; tr_() is only for a value looked up at run time (marked QT_TRANSLATE_NOOP).</extracomment>
        <translation> (no account yet)</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warn_util.py" line="90" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/warn_util.py" line="113" />
        <source>{0} 不具备“{1}”角色，不能进行此操作</source>
        <translation>{0} does not hold the role “{1}” and cannot do this</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="19" />
        <source>启动</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="19" />
        <source>升级</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="20" />
        <source>降级</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="21" />
        <source>终止响应</source>
        <translation>End the response</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="24" />
        <source>生态环境部</source>
        <translation>Ministry of Ecology and Environment</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="24" />
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="25" />
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="26" />
        <source>预警信息</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="26" />
        <source>预警更新</source>
        <translation>warning update</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="27" />
        <source>预警解除信息</source>
        <translation>warning lift</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="43" />
        <source>{0}{1}</source>
        <comment>proposal kind, then level</comment>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="50" />
        <source>解除预警</source>
        <translation>lifts the warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="52" />
        <source>调整为{0}预警</source>
        <translation>changes the warning to {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="54" />
        <source>发布{0}预警</source>
        <translation>issues a {0} warning</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="55" />
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="66" />
        <source>重污染过程开始记录</source>
        <translation>Pollution episode recorded</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="68" />
        <source>收到上级通知：{0}</source>
        <translation>Upper-level notice received: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="70" />
        <source>确认上级通知（{0}）</source>
        <translation>Upper-level notice acknowledged ({0})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="72" />
        <source>收到上级预警通知</source>
        <translation>upper-level warning notice received</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="74" />
        <source>触发：{0}（{1}），须于 {2} 前启动响应</source>
        <translation>Trigger: {0} ({1}); the response must start by {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="77" />
        <source>；下次会商 {0}</source>
        <translation>; next consultation {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="78" />
        <source>会商（{0}）：{1}</source>
        <translation>Consultation ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="80" />
        <source>联合研判（生态环境局 {0}、气象局 {1}）：AQI低于黄色预警条件 {2} 小时；{3}</source>
        <translation>Joint assessment (Ecology and Environment Bureau {0}, Meteorological Bureau {1}): AQI below the yellow threshold for {2} h; {3}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="85" />
        <source>提议 #{0}：{1}</source>
        <translation>Proposal #{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="86" />
        <source>修改提议（第 {0} 版，此前签署作废） #{1}：{2}</source>
        <translation>Proposal revised (version {0}; earlier signatures void) #{1}: {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="88" />
        <source>退回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="89" />
        <source>：{0}</source>
        <translation>: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="90" />
        <source>{0} {1} {2} #{3}（第 {4} 版）</source>
        <translation>{0} {1}: {2} #{3} (version {4})</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="93" />
        <source>撤回提议 #{0}：{1}</source>
        <translation>Proposal #{0} withdrawn: {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="96" />
        <source>预警解除</source>
        <translation>Warning lifted</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="97" />
        <source>{0}生效</source>
        <translation>{0} in force</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="99" />
        <source>发布{0}（{1}） {2}</source>
        <translation>Published {0} ({1}) {2}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="102" />
        <source>过程结束（{0}），各单位总结须于 {1} 前报送</source>
        <translation>Episode ended ({0}); every unit's summary is due by {1}</translation>
    </message>
    <message>
        <location filename="../../widgets/warnings/words.py" line="105" />
        <source>收到总结：{0}</source>
        <translation>Summary received: {0}</translation>
    </message>
</context>
</TS>