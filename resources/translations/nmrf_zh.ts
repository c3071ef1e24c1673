<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="14" />
        <source>Follow-up of the human rights recommendations a State receives from the United Nations and regional mechanisms, for national mechanisms for implementation, reporting and follow-up.</source>
        <translation>供国家执行、报告和后续行动机制使用，跟进国家从联合国和区域机制收到的人权建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="20" />
        <source>Database in use:</source>
        <translation>当前数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="30" />
        <source>About NMRF Desk</source>
        <translation>关于 NMRF Desk</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="110" />
        <location filename="../../desktop/ui/views/pages.py" line="119" />
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="114" />
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation>负责执行的部委、机构和组织及其联络人。</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="100" />
        <source>Clusters</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="103" />
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation>按专题归类建议，便于规划和报告。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="160" />
        <source>By response</source>
        <translation>按答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="161" />
        <source>By implementation status</source>
        <translation>按执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="162" />
        <source>By mechanism</source>
        <translation>按机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="166" />
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="169" />
        <source>Where implementation stands, at a glance.</source>
        <translation>执行情况一览。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="174" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="174" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="202" />
        <source>{recs} recommendations · {agencies} agencies · {plans} plans · {actions} actions</source>
        <translation>{recs} 条建议 · {agencies} 个机构 · {plans} 项计划 · {actions} 项行动</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="77" />
        <source>Any role</source>
        <translation>任何角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="78" />
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="79" />
        <source>Supporting</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="80" />
        <source>Needs parliament</source>
        <translation>需要议会行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="84" />
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation>勾选：仅这些；不勾选：仅其他；半选：两者皆可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="86" />
        <source>Show the archive instead</source>
        <translation>改为显示归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="87" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="92" />
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="93" />
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="94" />
        <source>Implementation status</source>
        <translation>执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="95" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="96" />
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="100" />
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="123" />
        <source>(no cluster)</source>
        <translation>（无专题组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="127" />
        <source>Any agency</source>
        <translation>任何机构</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="12" />
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="13" />
        <source>Supported in part</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="14" />
        <source>Noted</source>
        <translation>注意到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="15" />
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="16" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23" />
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26" />
        <source>Partially implemented</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27" />
        <source>Fully implemented</source>
        <translation>完全执行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="28" />
        <source>No longer applicable</source>
        <translation>不再适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37" />
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59" />
        <source>NMRF Desk</source>
        <translation>NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96" />
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99" />
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="101" />
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="113" />
        <source>&amp;About NMRF Desk</source>
        <translation>关于 NMRF Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136" />
        <source>new database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>upgraded; backup at {path}</source>
        <translation>已升级；备份位于 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140" />
        <source>schema up to date</source>
        <translation>结构为最新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142" />
        <source>Database: {name} ({state})</source>
        <translation>数据库：{name}（{state}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190" />
        <source>Could not read the database: {error}</source>
        <translation>无法读取数据库：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198" />
        <location filename="../../desktop/ui/main_window.py" line="207" />
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208" />
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation>{path} 已存在。请另选文件名，或使用“打开”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218" />
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="250" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="252" />
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation>无法打开该数据库；当前数据库保持打开。

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277" />
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="126" />
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="130" />
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation>执行计划：包含时间表、资源和指标的行动及其进展。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="135" />
        <source>Implementation plans</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="136" />
        <source>Actions</source>
        <translation>行动</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="62" />
        <source>Needs action by parliament</source>
        <translation>需要议会采取行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="71" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="72" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="73" />
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="154" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="79" />
        <source>Reference:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="80" />
        <source>Paragraph:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="81" />
        <source>Text:</source>
        <translation>案文：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="82" />
        <source>Response:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="83" />
        <source>Action category:</source>
        <translation>行动类别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="84" />
        <source>Implementation status:</source>
        <translation>执行状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="85" />
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="86" />
        <source>Rationale:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="88" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="133" />
        <source>Select a recommendation to see it here.</source>
        <translation>选择一条建议，在此查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="146" />
        <source>Recommending States: {states}
Themes: {themes}
SDG targets: {sdgs}</source>
        <translation>提出建议的国家：{states}
主题：{themes}
可持续发展目标具体目标：{sdgs}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="154" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="237" />
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="241" />
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation>保留您的版本（将替换对方的版本）、采用对方的版本（放弃您的修改），或继续编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="245" />
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="246" />
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="247" />
        <source>Go on editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="31" />
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="32" />
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="33" />
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="34" />
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="35" />
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="36" />
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="37" />
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="38" />
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="39" />
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="40" />
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41" />
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43" />
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44" />
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="62" />
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation>以任何语言搜索案文、编号和备注（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="127" />
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="131" />
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation>从普遍定期审议、条约机构、特别程序和区域机制收到的全部建议登记册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="170" />
        <source>Matching: {count}</source>
        <translation>符合条件：{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="188" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="189" />
        <source>Save your changes to {reference}?</source>
        <translation>是否保存对 {reference} 的修改？</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="143" />
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="147" />
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs.</source>
        <translation>可提交内阁的 PDF 报告：执行计划、状况报告、机构简报。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="45" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51" />
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation>例如：司法部，国家执行、报告和后续行动机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57" />
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63" />
        <source>Organisation name:</source>
        <translation>组织名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="64" />
        <source>Default report language:</source>
        <translation>默认报告语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="65" />
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="66" />
        <source>A new interface language takes effect when NMRF Desk restarts.</source>
        <translation>新的界面语言将在 NMRF Desk 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="87" />
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="74" />
        <location filename="../../desktop/app.py" line="80" />
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83" />
        <source>Restore the newest backup, {path}?
The damaged file is kept beside it.</source>
        <translation>是否恢复最新备份 {path}？
损坏的文件将保留在其旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="95" />
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="101" />
        <source>Upgrade failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="106" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113" />
        <source>The database is damaged and cannot be opened safely.</source>
        <translation>数据库已损坏，无法安全打开。</translation>
    </message>
</context>
</TS>