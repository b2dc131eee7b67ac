<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../widgets/about_dialog.py" line="37"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/about_dialog.py" line="40"/>
        <source>重污染天气应急指挥台 — 海门区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/about_dialog.py" line="43"/>
        <source>版本 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/about_dialog.py" line="45"/>
        <source>依据：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/about_dialog.py" line="48"/>
        <source>空气质量指数按 HJ 633-2012 计算；数据有效性按 GB 3095-2012。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/about_dialog.py" line="53"/>
        <source>演示数据：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/about_dialog.py" line="61"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AckDialog</name>
    <message>
        <location filename="../../widgets/ack_dialog.py" line="13"/>
        <source>确认收到上级通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ack_dialog.py" line="13"/>
        <source>上级通知：{0}
确认后停止提醒；如为预警，3 小时响应时限自收到时起算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ack_dialog.py" line="16"/>
        <source>值班员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ack_dialog.py" line="17"/>
        <source>确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ack_dialog.py" line="18"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirPage</name>
    <message>
        <location filename="../../widgets/air_page.py" line="75"/>
        <source>空气质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="87"/>
        <source>导入数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="89"/>
        <source>录入预报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="91"/>
        <source>导出图片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="98"/>
        <source>时间范围：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="101"/>
        <source>72小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="101"/>
        <source>7天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="101"/>
        <source>30天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="102"/>
        <source>秋冬季</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="102"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="110"/>
        <source>最近一个秋冬季：10月1日至次年3月31日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="128"/>
        <source>站点与数据时效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="139"/>
        <source>各站点也显示24小时滑动AQI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="163"/>
        <source>数据库中还没有空气质量数据。请导入监测数据文件（CSV / XLSX），或先加载演示数据，看一次真实的冬季重污染过程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="169"/>
        <source>加载演示数据（北京2015-16冬季真实观测）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="203"/>
        <source>数据：{0} 至 {1}（{2} 个站点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="221"/>
        <source>区域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="254"/>
        <source>演示数据未能加载</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="260"/>
        <source>已加载演示数据（北京 2015-16 冬季真实观测，CC BY 4.0，见“关于”）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="264"/>
        <source>选择要导入的数据文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="265"/>
        <source>数据文件 (*.csv *.csv.gz *.gz *.xlsx);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="288"/>
        <source>以下文件有问题，这些文件的内容均未导入（请改正后重新导入）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="290"/>
        <source>已成功导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="291"/>
        <source>导入失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="293"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="295"/>
        <source>导入 {0} 个文件，失败 {1} 个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="313"/>
        <source>自动导入：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="317"/>
        <source>自动导入失败（下次扫描将重试）：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="323"/>
        <source>预报已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="328"/>
        <source>AQI趋势_{0}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="329"/>
        <source>导出趋势图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="330"/>
        <source>PNG 图片 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="336"/>
        <source>已导出：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="338"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/air_page.py" line="338"/>
        <source>无法写入文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../widgets/alert_banner.py" line="19"/>
        <source>{0}天{1}小时{2}分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alert_banner.py" line="21"/>
        <source>{0}小时{1}分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alert_banner.py" line="22"/>
        <source>{0}分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alert_banner.py" line="34"/>
        <source>演练 DRILL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alert_banner.py" line="51"/>
        <source>{0}（{1}级）生效中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alert_banner.py" line="53"/>
        <source>自 {0} 起 · 已持续 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alert_banner.py" line="59"/>
        <source>当前无预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/alert_banner.py" line="60"/>
        <source>未启动应急响应</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../widgets/assessment_panel.py" line="27"/>
        <source>当前研判</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_panel.py" line="55"/>
        <source>未达到预警条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_panel.py" line="59"/>
        <source>尚无预测数据 · 研判于 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_panel.py" line="63"/>
        <source>预测：{0} {1} 发布（{2}前）· 研判于 {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/assessment_panel.py" line="68"/>
        <source>健康提示（不定预警级别）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../widgets/board_model.py" line="29"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="29"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="29"/>
        <source>措施内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="29"/>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="30"/>
        <source>最近记录 / 缺漏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="46"/>
        <source>缺：{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="60"/>
        <source>{0}（{1}级）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../widgets/board_page.py" line="56"/>
        <source>响应措施落实看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="63"/>
        <source>应急过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="77"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="77"/>
        <source>待办/进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="77"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="78"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="78"/>
        <source>已替代/不再执行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="81"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="85"/>
        <source>搜索措施、单位、编号、备注…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="87"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="87"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="88"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="99"/>
        <source>按部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="100"/>
        <source>按区镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="125"/>
        <source>当前没有启动中的应急响应。预警生效后，响应措施将自动分解到各责任部门和区镇。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="140"/>
        <source>确认完成 / 记录次数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="141"/>
        <source>撤销上一条记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="142"/>
        <source>录入气温…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="143"/>
        <source>指定联络员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="144"/>
        <source>打印本单位清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="145"/>
        <source>导出 XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="146"/>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="182"/>
        <source>已结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="182"/>
        <source>响应中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="207"/>
        <source>（已结束，只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="214"/>
        <source>在办任务 {0} 项，已完成 {1} 项，逾期 {2} 项，已替代/不再执行 {3} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="224"/>
        <source>全部单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="261"/>
        <source>无法操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="266"/>
        <source>请先在右侧表格中选择一项任务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="294"/>
        <source>响应措施看板_{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="301"/>
        <source>导出看板为 XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="331"/>
        <source>导出看板为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="341"/>
        <source>请先选择一个部门或区镇。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_page.py" line="345"/>
        <source>打印预览 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="44"/>
        <source>发布解除信息</source>
        <extracomment>HJ 633-2012 categories by daily AQI, for prefilling 污染程度.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="44"/>
        <source>发布预警信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="45"/>
        <source>以下六项及健康防护提示均为必填；发布后不得修改，变更以“更新”发布，解除以“解除”发布。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="55"/>
        <source>例如：海门区全域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="71"/>
        <source>级别与生效级别或研判不一致时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="74"/>
        <source>污染程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="75"/>
        <source>污染范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="76"/>
        <source>首要污染物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="77"/>
        <source>预警级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="78"/>
        <source>解除时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="78"/>
        <source>启动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="79"/>
        <source>应急响应地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="81"/>
        <source>健康防护提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="82"/>
        <source>说明/理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="83"/>
        <source>发布人（值班员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="89"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="91"/>
        <source>导出文本…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="93"/>
        <source>导出 CAP XML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="95"/>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="104"/>
        <source>发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="105"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="151"/>
        <source>已发布：{0}（{1}，{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="191"/>
        <source>尚未发布：请先发布，再导出已发布的信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="197"/>
        <source>文本 (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="197"/>
        <source>CAP XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="197"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="198"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_dialog.py" line="206"/>
        <source>已导出：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="18"/>
        <source>记录会商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="18"/>
        <source>生态环境局与气象局联合会商：记录时间、参加人员、会商预报、结论与下次会商时间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="25"/>
        <source>会商时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="27"/>
        <source>用顿号或逗号分隔，例如：区生态环境局 张三、区气象局 李四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="28"/>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="31"/>
        <source>会商预报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="34"/>
        <source>会商结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="35"/>
        <source>约定下次会商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="40"/>
        <source>下次会商时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="41"/>
        <source>记录人（值班员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="42"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/consultation_dialog.py" line="43"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../widgets/crash_dialog.py" line="11"/>
        <source>程序出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/crash_dialog.py" line="14"/>
        <source>程序遇到意外错误。已保存的数据不受影响；错误详情已写入日志：
{0}
请复制以下内容发送给系统维护人员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/crash_dialog.py" line="22"/>
        <source>复制详情</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="68"/>
        <source>创建管理员账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="69"/>
        <source>本数据库还没有管理员。请创建管理员账户：设置的修改需要管理员密码，且每次修改都记入审计链。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="78"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="79"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="80"/>
        <source>密码（至少6位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="81"/>
        <source>再次输入密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="86"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <location filename="../../widgets/drills_page.py" line="45"/>
        <source>演练 DRILL — 演练环境：独立的演练数据库，不会发布真实预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="52"/>
        <source>演练场景：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="58"/>
        <source>从文件打开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="61"/>
        <source>自动应对（标准答案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="62"/>
        <source>不用场景脚本中的应对，由系统按预案自动提议、审签、发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="64"/>
        <source>开始演练</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="79"/>
        <source>模拟时间：—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="83"/>
        <source>速度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="96"/>
        <location filename="../../widgets/drills_page.py" line="267"/>
        <source>暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="98"/>
        <source>步进 +1小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="100"/>
        <source>结束并评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="110"/>
        <source>&lt;b&gt;演练事件记录&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="119"/>
        <source>&lt;b&gt;演练状态&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="120"/>
        <source>尚未开始。选择场景后点击“开始演练”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="126"/>
        <source>&lt;b&gt;评分&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="127"/>
        <source>演练结束后显示评分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="133"/>
        <location filename="../../widgets/drills_page.py" line="322"/>
        <source>导出演练报告（PDF）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="153"/>
        <source>{0}  （模拟 {1} 至 {2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="156"/>
        <source>选择一个按 data/scenarios/README.md 格式编写的场景文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="163"/>
        <source>打开演练场景</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="170"/>
        <source>场景文件有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="183"/>
        <source>演练进行中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="267"/>
        <source>继续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="275"/>
        <source>已暂停</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="277"/>
        <location filename="../../widgets/drills_page.py" line="287"/>
        <source>已结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="278"/>
        <source>模拟时间：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="282"/>
        <source>演练数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="285"/>
        <source>尚无重污染过程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="287"/>
        <source>待启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="287"/>
        <source>响应中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="288"/>
        <source>过程 #{0}：{1}，当前 {2}，最高 {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="291"/>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="291"/>
        <source>已超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="291"/>
        <source>按时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="292"/>
        <source>超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="292"/>
        <source>无需</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="294"/>
        <source>启动时限（{0}）：截止 {1}，{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="297"/>
        <source>待审签：提议 #{0} 等待 {1}（自 {2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="301"/>
        <source>已发布：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="304"/>
        <source>下一个场景事件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/drills_page.py" line="314"/>
        <source>&lt;p&gt;无扣分。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExemptionsModel</name>
    <message>
        <location filename="../../widgets/ledger_page.py" line="78"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="78"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="78"/>
        <source>豁免理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="78"/>
        <source>决定部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="78"/>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="79"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="79"/>
        <source>违规情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="79"/>
        <source>禁止再申请至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="86"/>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="86"/>
        <source>已撤销 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="21"/>
        <source>沙尘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="22"/>
        <source>（未注明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="38"/>
        <source>请填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="41"/>
        <source>“{0}”不是数字或区间（如 185 或 180-230）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="45"/>
        <source>区间下限大于上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="47"/>
        <source>AQI 不能超过 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="61"/>
        <source>录入空气质量预报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="68"/>
        <location filename="../../widgets/forecast_dialog.py" line="186"/>
        <source>发布单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="73"/>
        <location filename="../../widgets/forecast_dialog.py" line="186"/>
        <source>发布时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="78"/>
        <source>预报第1天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="82"/>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="83"/>
        <source>预报天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="86"/>
        <source>逐日预报（日AQI，或区间如 180-230）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="88"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="89"/>
        <source>AQI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="90"/>
        <source>首要污染物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="97"/>
        <source>如 185 或 180-230</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="115"/>
        <source>保存预报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="116"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="130"/>
        <source>第{0}天（{1}月{2}日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="148"/>
        <source>发布单位：不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="151"/>
        <source>发布时间：晚于当前时间（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="153"/>
        <source>预报第1天：早于发布日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="159"/>
        <source>{0} AQI：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="186"/>
        <source>预报类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/forecast_dialog.py" line="187"/>
        <source>逐日预报</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshnessBadge</name>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="41"/>
        <source>{0} 分钟前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="44"/>
        <source>{0} 小时 {1} 分钟前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="46"/>
        <source>{0} 小时前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="48"/>
        <source>{0:.0f} 天前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="49"/>
        <source>{0:.1f} 年前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="56"/>
        <source>无数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="58"/>
        <source>该站点还没有任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="63"/>
        <source>超时 · {0}
最新 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="66"/>
        <source>正常 · {0}
最新 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/freshness_badge.py" line="68"/>
        <source>最后一小时数据：{0}；超过 {1:g} 小时未更新显示为红色（设置“数据超时告警”）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../widgets/ledger_page.py" line="107"/>
        <source>新增应急豁免</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="107"/>
        <source>豁免企业（工地）名单应向社会公开。违规者立即撤销豁免，6 个月内不得再申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="111"/>
        <source>多个部门用顿号或逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="113"/>
        <source>编号（统一社会信用代码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="113"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="114"/>
        <source>豁免理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="114"/>
        <source>决定部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="115"/>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JointAssessmentDialog</name>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="19"/>
        <source>记录联合研判</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="20"/>
        <source>区生态环境局与区气象局联合研判：预计AQI低于黄色预警条件持续多少小时。解除预警须持续至少 {0} 小时。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="26"/>
        <source>研判时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="28"/>
        <source>生态环境局会商人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="30"/>
        <source>气象局会商人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="34"/>
        <source> 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="36"/>
        <source>AQI低于黄色条件持续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="39"/>
        <source>研判结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="40"/>
        <source>记录人（值班员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="41"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/joint_assessment_dialog.py" line="42"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../widgets/ledger_page.py" line="148"/>
        <source>应急减排清单与豁免</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="155"/>
        <source>减排清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="156"/>
        <source>应急豁免</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="167"/>
        <source>{0}：目标 ≥{1}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="187"/>
        <source>全社会排放量(t/a)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="193"/>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="198"/>
        <source>保存全社会排放量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="207"/>
        <source>导入清单（XLSX/CSV）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="208"/>
        <source>导出清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="209"/>
        <source>本季度核对无变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="226"/>
        <source>新增豁免…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="227"/>
        <source>撤销豁免（违规）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="252"/>
        <source>请先设置全社会排放量，才能判断是否达到目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="255"/>
        <source>{0}：四项污染物承诺减排量均达到目标（≥{1}%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="259"/>
        <source>{0}：{1} 未达到减排目标（≥{2}%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="268"/>
        <source>清单最近更新：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="274"/>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="279"/>
        <source>请先在窗口底部“登录”值班账户：每项修改都以登录人的名义记入审计。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="299"/>
        <source>导入应急减排清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="300"/>
        <source>清单 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="309"/>
        <source>清单未导入（未保存任何内容）：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="316"/>
        <source>导出应急减排清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="316"/>
        <source>应急减排清单.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="346"/>
        <source>请先选择一条豁免记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiaisonDialog</name>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="135"/>
        <source>指定部门联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="136"/>
        <source>联络员只能为其所属单位确认措施落实情况。需要管理员密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="144"/>
        <source>联络员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="145"/>
        <source>所属单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="146"/>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="147"/>
        <source>管理员密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="154"/>
        <source>该联络员已是此单位的联络员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="58"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/login_dialog.py" line="59"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="26"/>
        <source>重污染天气应急指挥台 — 海门区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="59"/>
        <location filename="../../widgets/main_window.py" line="165"/>
        <source>值班总览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="60"/>
        <source>空气质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="61"/>
        <source>预警与审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="62"/>
        <source>响应措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="63"/>
        <source>演练</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="64"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="77"/>
        <source>数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="89"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="120"/>
        <source>值班登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="121"/>
        <source>登录后，勾选、确认和记录都以您的名义记入审计；签署仍需再次输入密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="129"/>
        <source>值班人员：未登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="130"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="132"/>
        <source>值班人员：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="133"/>
        <source>注销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="165"/>
        <source>值班总览（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="179"/>
        <source>确认收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="179"/>
        <source>确认人姓名（记入审计记录）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/main_window.py" line="224"/>
        <source>尚无空气质量数据 — 加载演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../widgets/measures_model.py" line="18"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_model.py" line="18"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_model.py" line="18"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_model.py" line="18"/>
        <source>措施内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_model.py" line="18"/>
        <source>责任部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_model.py" line="31"/>
        <source>{0}级 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_model.py" line="37"/>
        <source>
〔已由 {0} 加严替代〕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_model.py" line="39"/>
        <source>
〔与 {0} 重复列出〕</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../../widgets/measures_page.py" line="35"/>
        <source>响应措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="44"/>
        <source>当前响应任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="45"/>
        <source>措施目录（按级别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="46"/>
        <source>按部门/区镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="49"/>
        <source>减排清单与豁免</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="62"/>
        <source>{0}（{1}级）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="74"/>
        <source>搜索措施、部门、编号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="106"/>
        <source>{0}：共 {1} 项措施（含低级别措施，累加），其中 {2} 项已被更严格的措施替代（灰色删除线）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="109"/>
        <source>  搜索结果 {0} 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="121"/>
        <source>查找部门或区镇…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="164"/>
        <source>【附件1 职责】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="166"/>
        <source>【附件1 区镇（街道）职责】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="168"/>
        <source>（附件1 未列出该单位职责；其任务见下方措施。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/measures_page.py" line="173"/>
        <source>该单位负责的措施：黄色 {0} 项 · 橙色 {1} 项 · 红色 {2} 项（累加；下表列出至红色的全部措施）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="28"/>
        <source>录入上级预警通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="29"/>
        <source>收到上级（生态环境部、省、市）重污染天气预警通知后立即录入。上级预警高于本区生效级别时，自收到时起 3 小时内须启动响应。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="38"/>
        <source>发布单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="43"/>
        <source>通知类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="47"/>
        <source>预警级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="49"/>
        <source>例如：通大气〔2025〕12号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="50"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="52"/>
        <source>收到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="53"/>
        <source>录入人（值班员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="54"/>
        <source>录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="55"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <location filename="../../widgets/notification_centre.py" line="19"/>
        <source>超时 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="35"/>
        <source>待办与告警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="38"/>
        <source>确认收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="39"/>
        <source>确认后停止重复提醒；事项未办结时仍会低频提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="52"/>
        <source>待办与告警（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="54"/>
        <source>没有待办事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="64"/>
        <source>剩余 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="65"/>
        <source>（已确认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notification_centre.py" line="65"/>
        <source>（未确认）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../widgets/overview_page.py" line="30"/>
        <source>{0} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="32"/>
        <source>{0} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="33"/>
        <source>{0} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="68"/>
        <source>值班总览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="71"/>
        <source>大屏模式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="73"/>
        <source>全屏显示本页，供值班室大屏使用；按 Esc 退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="81"/>
        <source>区域最新 AQI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="82"/>
        <source>最新预报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="83"/>
        <source>预警启动条件与审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="117"/>
        <source>审计链完整（{0} 条记录）· 数据库：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="120"/>
        <source>审计链在第 {0} 条记录处断开：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="128"/>
        <source>尚无观测数据。请在“空气质量”页导入数据或加载演示数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="134"/>
        <source>最近48小时无有效AQI。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="148"/>
        <source>{0} 时 · 首要污染物 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="150"/>
        <source>
数据已超时：最新数据距今 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="157"/>
        <source>尚无预报。可在“空气质量”页录入或导入预报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="159"/>
        <source>{0} 发布 · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/overview_page.py" line="170"/>
        <source>黄色：日AQI&gt;{t2} {y2}天，或&gt;{t1} {y1}天
橙色：日AQI&gt;{t2} {o2}天，或&gt;{t1} {o1}天
红色：日AQI&gt;{t2} {r2}天且&gt;{t3} {r3}天
审签：黄色 分管副局长（{dh}）；橙色 局长（{bh}）；红色 局长审核、区政府领导（{dl}）批准</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="30"/>
        <source>当前研判：{0}；当前生效：{1}。提案须经审签后方生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="47"/>
        <source>预警级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="57"/>
        <source>可留空：自动填入上级解除通知与联合研判结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="58"/>
        <source>依据（每行一条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="60"/>
        <source>应急响应地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="62"/>
        <source>解除/终止时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="62"/>
        <source>启动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="66"/>
        <source> 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="69"/>
        <source>预测改善持续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="72"/>
        <source>级别与研判不一致时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="73"/>
        <source>书面理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="80"/>
        <source>尚不满足条件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="82"/>
        <source>提议人（值班员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="83"/>
        <source>提交审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="84"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="94"/>
        <source>所选级别与研判（{0}）不一致：须填写书面理由{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="96"/>
        <source>，并经区政府领导同意</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../widgets/ledger_page.py" line="127"/>
        <source>撤销豁免（违规）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="127"/>
        <source>{0}（{1}）：记录违规情况，撤销豁免，6 个月内不得再申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="131"/>
        <source>违规情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../widgets/settings_page.py" line="43"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="49"/>
        <location filename="../../widgets/settings_page.py" line="152"/>
        <source>管理员解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="52"/>
        <source>保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="55"/>
        <source>放弃修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="75"/>
        <source>文件位置（只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="77"/>
        <source>数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="77"/>
        <source>数据文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="78"/>
        <source>日志文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="103"/>
        <source>每行一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="144"/>
        <source>只读。修改设置需要管理员解锁；每次修改都记入审计链。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="146"/>
        <source>已由管理员 {0} 解锁。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="152"/>
        <source>请输入管理员用户名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="167"/>
        <source>设置有误，未保存任何修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="60"/>
        <source>审签 — 提案 #{0} 第 {1} 版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="61"/>
        <source>请完整阅读以下提案。您签署的是此版本（内容指纹 {0}）；提案如被修改，须重新阅读后签署。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="73"/>
        <source>{0}（第 {1}/{2} 步：{3}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="76"/>
        <source>签署角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="77"/>
        <source>签署人（本人账号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="83"/>
        <source>同意（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="84"/>
        <source>退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="92"/>
        <source>签署意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="94"/>
        <source>退回时必填：退回理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="96"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="97"/>
        <source>签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="98"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="64"/>
        <source>响应时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="69"/>
        <source>待审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="97"/>
        <source>未触发：收到上级预警或预测达到黄色及以上时开始计时，{0} 小时内须启动响应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="102"/>
        <source>没有等待签署的提案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="17"/>
        <source>还没有已结束的应急响应过程；响应结束后各参与单位须在 24 小时内报送总结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="19"/>
        <source>过程 #{0} 于 {1} 结束，总结须于 {2} 前报送。已收到 {3} 家，尚缺 {4} 家。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="22"/>
        <source>总结报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="30"/>
        <source>报送单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="31"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="34"/>
        <source>尚未报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="36"/>
        <source>收到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="38"/>
        <source>报送人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="39"/>
        <source>记录人（值班员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="40"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/summary_dialog.py" line="41"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskActionDialog</name>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="42"/>
        <source>确认完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="42"/>
        <source>记录次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="42"/>
        <source>撤销上一条记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="43"/>
        <source>{0} · {1}
{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="50"/>
        <source>本单位联络员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="51"/>
        <source>值班员代为确认（代 {0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="58"/>
        <source>确认方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="60"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="63"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="72"/>
        <source>作业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="73"/>
        <source>计数项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="74"/>
        <source>本次完成次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="78"/>
        <source>必填：撤销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="78"/>
        <source>可选：情况说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="79"/>
        <source>撤销原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="79"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemperatureDialog</name>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="105"/>
        <source>录入当日气温</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="106"/>
        <source>道路机扫、洒水仅在气温 4℃ 以上时要求。请录入当日气温（以气象局数据为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="119"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="120"/>
        <source>气温</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="121"/>
        <source>录入人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_dialogs.py" line="122"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../widgets/timeline_view.py" line="102"/>
        <source>过程时间线（最新在上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="121"/>
        <source>尚无重污染过程记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../widgets/ledger_page.py" line="33"/>
        <source>污染物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="33"/>
        <source>清单排放量(t/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="33"/>
        <source>承诺减排量(t/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="34"/>
        <source>全社会排放量(t/a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="34"/>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="34"/>
        <source>减排比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="34"/>
        <source>结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/ledger_page.py" line="46"/>
        <source>豁免企业的减排量 {0} t 未计入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../widgets/tray.py" line="41"/>
        <source>打开指挥台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tray.py" line="41"/>
        <source>通知中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tray.py" line="42"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tray.py" line="55"/>
        <source>重污染天气应急指挥台：{0} 项待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/tray.py" line="56"/>
        <source>重污染天气应急指挥台：无待办</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <location filename="../../widgets/trend_plot.py" line="28"/>
        <source>1月</source>
        <extracomment>Month ticks of a months-wide axis.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="28"/>
        <source>2月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="29"/>
        <source>3月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="29"/>
        <source>4月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="30"/>
        <source>5月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="30"/>
        <source>6月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="31"/>
        <source>7月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="31"/>
        <source>8月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="32"/>
        <source>9月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="32"/>
        <source>10月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="33"/>
        <source>11月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="33"/>
        <source>12月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="184"/>
        <source>将鼠标移到图上查看逐时数值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="206"/>
        <source>持续性阈值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="206"/>
        <source>重污染阈值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="206"/>
        <source>严重污染阈值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="242"/>
        <source>{0} 逐时AQI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="248"/>
        <source>{0} 24小时滑动AQI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="292"/>
        <source>预报 {1} 发布（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="325"/>
        <source>{0}（阴影）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="406"/>
        <source>{0}：无数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="410"/>
        <source>{0}：AQI 缺测</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="413"/>
        <source>{0}：AQI {1:.0f} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="415"/>
        <source>首要污染物 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="417"/>
        <source>24小时滑动 {0:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="424"/>
        <source>（浓度 µg/m³，CO mg/m³）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <location filename="../../widgets/board_model.py" line="105"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="105"/>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="105"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/board_model.py" line="115"/>
        <source>{0}：应办 {1} 项，已完成 {2} 项，逾期 {3} 项，已替代 {4} 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <location filename="../../widgets/warnings_page.py" line="66"/>
        <source>录入上级通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="66"/>
        <source>记录会商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="67"/>
        <source>记录联合研判</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="67"/>
        <source>拟定提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="68"/>
        <source>发布/导出预警信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="68"/>
        <source>终止/解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="69"/>
        <source>总结报送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="121"/>
        <source>提议解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="121"/>
        <source>终止响应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="144"/>
        <source>确认收到上级通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="149"/>
        <source>签署：{0} {1}提案 #{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="150"/>
        <source>请{0}本人输入账号和密码签署；提案内容以签署对话框中显示的版本为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="158"/>
        <source>拟定{0}预警提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="159"/>
        <source>研判已达到{0}预警条件：拟定提案后报审签。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="162"/>
        <source>拟定升级为{0}预警提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="163"/>
        <source>研判已达到更高级别，须升级（高等级启动后低等级自动解除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="167"/>
        <source>发布{0}预警信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="168"/>
        <source>{0}预警已审签生效，请发布预警信息（六项必填内容及健康防护提示）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="173"/>
        <source>解除条件已满足。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="174"/>
        <source>提议解除预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="175"/>
        <source>提议降级为{0}预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="176"/>
        <source>预测改善须持续足够时长；降级按解除程序审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="177"/>
        <source>{0}预警生效中 · 持续监测</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="178"/>
        <source>督办各部门落实响应措施（见“响应措施”页）；按时会商。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="183"/>
        <source>发布解除信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="183"/>
        <source>预警已解除，请发布解除信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="186"/>
        <source>登记总结报送（尚缺 {0} 家）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="187"/>
        <source>各参与单位须于 {0} 前报送总结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="188"/>
        <source>当前无需启动预警 · 持续监测</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warnings_page.py" line="188"/>
        <source>收到上级通知请立即录入；按时会商。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PathEdit</name>
    <message>
        <location filename="../../widgets/settings_page.py" line="22"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/settings_page.py" line="28"/>
        <source>选择文件夹</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StationPanel</name>
    <message>
        <location filename="../../widgets/air_page.py" line="44"/>
        <source>区域（全部站点）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../widgets/app.py" line="77"/>
        <source>重污染天气应急指挥台</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulletin_pdf</name>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="26"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="26"/>
        <source>发布时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="29"/>
        <source>本信息为演练，不是真实预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="36"/>
        <source>解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="36"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="37"/>
        <source>（本信息{0}编号 {1} 的预警信息）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="47"/>
        <source>健康防护提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/bulletin_pdf.py" line="51"/>
        <source>发布单位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>warnings</name>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="17"/>
        <source>生态环境部（长三角区域）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="18"/>
        <source>江苏省</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="18"/>
        <source>南通市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="20"/>
        <location filename="../../widgets/timeline_view.py" line="21"/>
        <source>发布</source>
        <extracomment>console.notices.ACTION_CN, marked here for pyside6-lupdate (shown through tr_ below).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="20"/>
        <source>调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/notice_dialog.py" line="21"/>
        <source>解除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="17"/>
        <source>拟定预警提案（启动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="18"/>
        <source>拟定升级提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="19"/>
        <source>拟定降级提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="20"/>
        <source>提议解除预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/proposal_dialog.py" line="20"/>
        <source>提议终止应急响应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="23"/>
        <location filename="../../widgets/timeline_view.py" line="17"/>
        <source>提案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="24"/>
        <source>#{0} 第 {1} 版 · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="25"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="26"/>
        <location filename="../../widgets/sign_dialog.py" line="49"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="27"/>
        <source>研判级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="28"/>
        <source>启动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="30"/>
        <source>响应区域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="32"/>
        <source>预测改善持续</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="33"/>
        <source>{0} 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="35"/>
        <source>书面理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="37"/>
        <source>提议人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="43"/>
        <source>◀ 待签署</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="44"/>
        <source>未到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="45"/>
        <source>（含同意高于研判级别）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="47"/>
        <location filename="../../widgets/sign_dialog.py" line="49"/>
        <source>审签步骤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/sign_dialog.py" line="48"/>
        <source>内容指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="28"/>
        <source>上级预警通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="29"/>
        <source>预测达到预警条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="30"/>
        <source>{0}预警触发（{1}，{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="32"/>
        <source>按时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="32"/>
        <source>超时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="33"/>
        <source>【已启动】{0}：已于 {1} 启动响应（{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="37"/>
        <source>{0}：过程已结束，无需启动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="40"/>
        <source>【已超时】{0}：须于 {1} 前启动响应 — 已超时 {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="42"/>
        <source>【计时中】{0}：须于 {1} 前启动响应 — 剩余 {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/signoff_panel.py" line="50"/>
        <source>提案 #{0}（第 {1} 版）{2}
等待 {3} {4}（第 {5}/{6} 步）· 自 {7} 起，已等待 {8}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="15"/>
        <source>过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="15"/>
        <source>触发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="16"/>
        <source>上级通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="16"/>
        <source>确认通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="17"/>
        <source>会商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="18"/>
        <source>审签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="18"/>
        <source>撤回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="19"/>
        <source>级别变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="20"/>
        <source>联合研判</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="21"/>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="22"/>
        <source>总结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="42"/>
        <source>时间</source>
        <extracomment>Tables whose rows carry the level an event concerns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="42"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="43"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/timeline_view.py" line="43"/>
        <location filename="../../widgets/warn_util.py" line="97"/>
        <source>操作人</source>
        <extracomment>Roles whose holder is named in the settings (组织 group). Dialog type for a tired duty officer: large, plain. Outside a QObject method, write translate(&quot;warnings&quot;, &quot;…&quot;) with the literal in place, so that pyside6-lupdate finds it; tr_() is only for a value looked up at run time (marked QT_TRANSLATE_NOOP).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warn_util.py" line="98"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/warn_util.py" line="121"/>
        <source>{0} 不具备“{1}”角色，不能进行此操作</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
