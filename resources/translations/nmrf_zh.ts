<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="14"/>
        <source>Follow-up of the human rights recommendations a State receives from the United Nations and regional mechanisms, for national mechanisms for implementation, reporting and follow-up.</source>
        <translation>供国家执行、报告和后续行动机制使用，跟进国家从联合国和区域机制收到的人权建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="20"/>
        <source>Database in use:</source>
        <translation>当前数据库：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="30"/>
        <source>About NMRF Desk</source>
        <translation>关于 NMRF Desk</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="40"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="41"/>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="42"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="43"/>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="44"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="45"/>
        <source>Supporting</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="46"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="62"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="63"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="64"/>
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="65"/>
        <source>Show its recommendations</source>
        <translation>显示其建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="76"/>
        <location filename="../../desktop/ui/views/agencies_page.py" line="159"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="80"/>
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation>负责执行的部委、机构和组织及其联络人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="129"/>
        <source>Select one agency to edit.</source>
        <translation>请选择一个机构进行编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="140"/>
        <source>Select two or more agencies to merge.</source>
        <translation>请选择两个或更多机构进行合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="145"/>
        <source>Merge agencies</source>
        <translation>合并机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="146"/>
        <source>Keep this one; the others join it:</source>
        <translation>保留此项；其他项并入：</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="55"/>
        <source>Edit agency</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="55"/>
        <source>New agency</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="71"/>
        <source>Add focal point</source>
        <translation>添加联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="73"/>
        <source>Remove focal point</source>
        <translation>删除联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="85"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="86"/>
        <source>Acronym:</source>
        <translation>简称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="87"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="88"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="95"/>
        <source>Focal points (the first is the main contact):</source>
        <translation>联络人（第一位为主要联系人）：</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="29"/>
        <source>Ministry</source>
        <translation>部委</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="30"/>
        <source>Department</source>
        <translation>司局</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="31"/>
        <source>Parliament</source>
        <translation>议会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="32"/>
        <source>Judiciary</source>
        <translation>司法机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="33"/>
        <source>National human rights institution</source>
        <translation>国家人权机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="36"/>
        <source>Statistics office</source>
        <translation>统计局</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="37"/>
        <source>Civil society</source>
        <translation>民间社会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="38"/>
        <source>Local government</source>
        <translation>地方政府</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="39"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="55"/>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="56"/>
        <source>Set implementation status</source>
        <translation>设置执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="59"/>
        <source>Set priority</source>
        <translation>设置优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="62"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="63"/>
        <source>Put in cluster</source>
        <translation>归入专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="66"/>
        <source>(no cluster)</source>
        <translation>（无专题组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="68"/>
        <source>Assign lead agency</source>
        <translation>指定牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="69"/>
        <source>Assign supporting agency</source>
        <translation>指定协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="75"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="76"/>
        <source>Undo the last bulk action</source>
        <translation>撤销上一次批量操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="90"/>
        <source>Select recommendations first.</source>
        <translation>请先选择建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="94"/>
        <source>Changing {count} recommendations…</source>
        <translation>正在修改 {count} 条建议…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="95"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="130"/>
        <source>Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.</source>
        <translation>已修改 {selected} 条建议中的 {changed} 条。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="138"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="140"/>
        <source>Bulk action failed</source>
        <translation>批量操作失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="141"/>
        <source>Nothing was changed.</source>
        <translation>未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="146"/>
        <source>There is no bulk action to undo.</source>
        <translation>没有可撤销的批量操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="156"/>
        <source>Undone: {count} recommendations as they were.</source>
        <translation>已撤销：{count} 条建议已恢复原状。</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="61"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="62"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="63"/>
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="64"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="65"/>
        <source>Show in the register</source>
        <translation>在登记册中显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="76"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="118"/>
        <source>Clusters</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation>按专题归类建议，便于规划和报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="126"/>
        <source>New cluster</source>
        <translation>新建专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="126"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="134"/>
        <source>Select one cluster to rename.</source>
        <translation>请选择一个专题组进行重命名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Rename cluster</source>
        <translation>重命名专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="157"/>
        <source>Select two or more clusters to merge.</source>
        <translation>请选择两个或更多专题组进行合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="162"/>
        <source>Merge clusters</source>
        <translation>合并专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="163"/>
        <source>Keep this one; the others join it:</source>
        <translation>保留此项；其他项并入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="180"/>
        <source>Delete clusters</source>
        <translation>删除专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="182"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation>删除 {names}？其建议仍保留在登记册中，但不属于任何专题组。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="134"/>
        <source>By response</source>
        <translation>按答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="135"/>
        <source>By implementation status</source>
        <translation>按执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="136"/>
        <source>By mechanism</source>
        <translation>按机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="140"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="143"/>
        <source>Where implementation stands, at a glance.</source>
        <translation>执行情况一览。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="148"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="148"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="176"/>
        <source>{recs} recommendations · {agencies} agencies · {plans} plans · {actions} actions</source>
        <translation>{recs} 条建议 · {agencies} 个机构 · {plans} 项计划 · {actions} 项行动</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="51"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="119"/>
        <source>Export recommendations</source>
        <translation>导出建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="56"/>
        <source>The selected recommendations ({count})</source>
        <translation>所选建议（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="61"/>
        <source>Everything the register shows now ({count})</source>
        <translation>登记册当前显示的全部（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="65"/>
        <source>Every recommendation (not the archive)</source>
        <translation>所有建议（不含存档）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="73"/>
        <source>recommendations.xlsx or .csv</source>
        <translation>recommendations.xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="81"/>
        <source>An Excel workbook holds the recommendations with every field, and sheets for agencies, assignments, focal points and clusters; a CSV file (UTF-8, for Excel) holds the recommendations. Cells that a spreadsheet would take for a formula are written as text.</source>
        <translation>Excel 工作簿包含建议的全部字段，以及机构、分工、联络人和专题组工作表；CSV 文件（UTF-8，适用于 Excel）只包含建议。可能被电子表格当作公式的单元格一律写为文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="94"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="180"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="106"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="108"/>
        <source>What to export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="135"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="139"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>文件名必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="186"/>
        <source>Exported {count} recommendations to {path}</source>
        <translation>已将 {count} 条建议导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="194"/>
        <source>Cancelled. No file was written.</source>
        <translation>已取消。未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="67"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="68"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="69"/>
        <source>Document symbol</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="70"/>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="71"/>
        <source>UPR cycle</source>
        <translation>普遍定期审议周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="72"/>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="73"/>
        <source>State under review</source>
        <translation>受审议国</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="74"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="76"/>
        <source>Language of the text</source>
        <translation>案文语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="77"/>
        <source>Response (position)</source>
        <translation>答复（立场）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="78"/>
        <source>Source of the position</source>
        <translation>立场出处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="79"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="80"/>
        <source>OHCHR annotation id</source>
        <translation>人权高专办注释编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="81"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="82"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="83"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="84"/>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="85"/>
        <source>SDG goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="86"/>
        <source>UPR Info issues</source>
        <translation>UPR Info 议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>Implementation status</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="88"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="89"/>
        <source>Priority rationale</source>
        <translation>优先级理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="90"/>
        <source>Needs parliament</source>
        <translation>需要议会行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="91"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="92"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="81"/>
        <source>1 minimal</source>
        <translation>1 最低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="82"/>
        <source>2 continuing</source>
        <translation>2 延续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="83"/>
        <source>3 considering</source>
        <translation>3 考虑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="84"/>
        <source>4 general</source>
        <translation>4 一般</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="85"/>
        <source>5 specific</source>
        <translation>5 具体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="93"/>
        <source>Any role</source>
        <translation>任何角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="94"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="95"/>
        <source>Supporting</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="96"/>
        <source>Needs parliament</source>
        <translation>需要议会行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="100"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation>勾选：仅这些；不勾选：仅其他；半选：两者皆可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="102"/>
        <source>Show the archive instead</source>
        <translation>改为显示归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="103"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="108"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="109"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="110"/>
        <source>Implementation status</source>
        <translation>执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="111"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="112"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="113"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="114"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="115"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="116"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="117"/>
        <source>SDG</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="121"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="144"/>
        <source>(no cluster)</source>
        <translation>（无专题组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="152"/>
        <source>Any agency</source>
        <translation>任何机构</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="62"/>
        <source>New mechanisms</source>
        <translation>新机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="63"/>
        <source>New source documents</source>
        <translation>新来源文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="64"/>
        <source>New States</source>
        <translation>新国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="65"/>
        <source>New themes</source>
        <translation>新主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="66"/>
        <source>New affected persons</source>
        <translation>新受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="67"/>
        <source>New UPR Info issues</source>
        <translation>新 UPR Info 议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="68"/>
        <source>New SDG targets</source>
        <translation>新可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="69"/>
        <source>New clusters</source>
        <translation>新专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="96"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="229"/>
        <source>Import recommendations</source>
        <translation>导入建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="113"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="115"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="117"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="221"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="136"/>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="137"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="143"/>
        <source>Detect from the file</source>
        <translation>根据文件内容识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="147"/>
        <source>(choose the columns)</source>
        <translation>（选择各列）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="151"/>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="157"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="158"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="159"/>
        <source>Column mapping:</source>
        <translation>列对应：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="162"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation>世界人权索引导出文件（XLSX 或 CSV）、人权高专办专题清单（Word）和 UPR Info 导出文件会根据内容自动识别。其他电子表格通过列对应导入。预览后经您确认才会写入；写入前先做经过核验的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="182"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="193"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="183"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="184"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="185"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="186"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="187"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="188"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="193"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="193"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="199"/>
        <source>The first rows as they will be stored:</source>
        <translation>前几行将按如下方式保存：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="221"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="221"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="263"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="370"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="382"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation>新增 {new}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="391"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, {rows} rows read.&lt;br&gt;{counts}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;：{format}，已读取 {rows} 行。&lt;br&gt;{counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="413"/>
        <source>Rejected rows ({count}): they will not be imported.</source>
        <translation>被拒绝的行（{count}）：这些行不会导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="438"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;已导入 {file}。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="448"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>导入前已做经过核验的备份：{path}</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="48"/>
        <source>UHRI export</source>
        <translation>世界人权索引导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="49"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation>人权高专办建议专题清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="52"/>
        <source>UPR Info export</source>
        <translation>UPR Info 导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="53"/>
        <source>Spreadsheet with a column mapping</source>
        <translation>按列对应导入的电子表格</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="12"/>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="13"/>
        <source>Supported in part</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="14"/>
        <source>Noted</source>
        <translation>注意到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="15"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="16"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>Partially implemented</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Fully implemented</source>
        <translation>完全执行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="28"/>
        <source>No longer applicable</source>
        <translation>不再适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>NMRF Desk</source>
        <translation>NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>&amp;Import recommendations…</source>
        <translation>导入建议(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119"/>
        <source>&amp;Export recommendations…</source>
        <translation>导出建议(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>&amp;About NMRF Desk</source>
        <translation>关于 NMRF Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>new database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>upgraded; backup at {path}</source>
        <translation>已升级；备份位于 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>schema up to date</source>
        <translation>结构为最新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>Database: {name} ({state})</source>
        <translation>数据库：{name}（{state}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Could not read the database: {error}</source>
        <translation>无法读取数据库：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation>{path} 已存在。请另选文件名，或使用“打开”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation>无法打开该数据库；当前数据库保持打开。

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="109"/>
        <source>Columns of {file}</source>
        <translation>{file} 的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>This file cannot be read: {problem}</source>
        <translation>无法读取此文件：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="129"/>
        <source>(choose a saved mapping)</source>
        <translation>（选择已保存的对应）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="131"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>Delete saved mapping</source>
        <translation>删除已保存的对应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="137"/>
        <source>(from the column)</source>
        <translation>（取自列）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save this mapping for next time</source>
        <translation>保存此对应以备下次使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="155"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="157"/>
        <source>Saved mapping:</source>
        <translation>已保存的对应：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="170"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation>文件的前几行（已对应的列突出显示）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="179"/>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="223"/>
        <source>The recommendation (official record)</source>
        <translation>建议（正式记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="228"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation>文件中没有机制列时用于每一行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="230"/>
        <source>Mechanism for every row:</source>
        <translation>每行的机制：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="231"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation>本办公室的工作（仅用于新建议）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="234"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="245"/>
        <source>(not in this file)</source>
        <translation>（此文件中没有）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="249"/>
        <source>one value per line, or separated by ;</source>
        <translation>每行一个值，或用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="297"/>
        <source>This file has no column named: {columns}</source>
        <translation>此文件中没有以下列：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="329"/>
        <source>{column} → {fields}</source>
        <translation>{column} → {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="347"/>
        <source>NMRF Desk export (built in)</source>
        <translation>NMRF Desk 导出（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="370"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation>删除已保存的对应“{name}”？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="398"/>
        <source>choose the column that holds the text</source>
        <translation>请选择包含案文的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="400"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>请选择包含机制的列，或为每一行选择一个机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="403"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>此名称属于内置对应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="410"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="31"/>
        <source>New recommendation</source>
        <translation>新建建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="41"/>
        <source>e.g. 118.23</source>
        <translation>例如：118.23</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="52"/>
        <source>Mechanism:</source>
        <translation>机制：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="53"/>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="54"/>
        <source>Reference:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="55"/>
        <source>Text:</source>
        <translation>案文：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="66"/>
        <source>(no document)</source>
        <translation>（无文件）</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/ui/views/picker_dialog.py" line="31"/>
        <source>Type to narrow the list</source>
        <translation>输入文字以缩小列表</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="100"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="104"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation>执行计划：包含时间表、资源和指标的行动及其进展。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="109"/>
        <source>Implementation plans</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="110"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="69"/>
        <source>Needs action by parliament</source>
        <translation>需要议会采取行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="78"/>
        <source>Themes…</source>
        <translation>主题…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="79"/>
        <source>Groups…</source>
        <translation>群体…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="80"/>
        <source>SDG targets…</source>
        <translation>可持续发展目标具体目标…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="81"/>
        <source>Lead agencies…</source>
        <translation>牵头机构…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="82"/>
        <source>Supporting agencies…</source>
        <translation>协助机构…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="92"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="93"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="94"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="190"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="95"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="388"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="102"/>
        <source>Reference:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="103"/>
        <source>Paragraph:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Text:</source>
        <translation>案文：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Response:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Action category:</source>
        <translation>行动类别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Implementation status:</source>
        <translation>执行状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="109"/>
        <source>Rationale:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Cluster:</source>
        <translation>专题组：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="112"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="165"/>
        <source>Select a recommendation to see it here.</source>
        <translation>选择一条建议，在此查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="190"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="254"/>
        <source>(no cluster)</source>
        <translation>（无专题组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="265"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="266"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="267"/>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="268"/>
        <source>Lead agencies</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="269"/>
        <source>Supporting agencies</source>
        <translation>协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="285"/>
        <source>Recommending States: {states}</source>
        <translation>提出建议的国家：{states}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="327"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="331"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation>保留您的版本（将替换对方的版本）、采用对方的版本（放弃您的修改），或继续编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="335"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="336"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="337"/>
        <source>Go on editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="389"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation>永久删除 {reference}？其分工、进展和关联将一并删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="31"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="32"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="33"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="34"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="35"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="36"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="37"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="38"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="39"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="40"/>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="84"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation>以任何语言搜索案文、编号和备注（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="106"/>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="180"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="184"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation>从普遍定期审议、条约机构、特别程序和区域机制收到的全部建议登记册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="203"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="230"/>
        <source>Matching: {count}</source>
        <translation>符合条件：{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="268"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="269"/>
        <source>Save your changes to {reference}?</source>
        <translation>是否保存对 {reference} 的修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="316"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation>已创建；当前筛选条件下不显示（请清除筛选）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="374"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="117"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="121"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs.</source>
        <translation>可提交内阁的 PDF 报告：执行计划、状况报告、机构简报。</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="38"/>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="40"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="54"/>
        <source>Saved views…</source>
        <translation>已保存的视图…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="72"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="82"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="73"/>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation>例如：司法部，国家执行、报告和后续行动机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63"/>
        <source>Organisation name:</source>
        <translation>组织名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="64"/>
        <source>Default report language:</source>
        <translation>默认报告语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="65"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="66"/>
        <source>A new interface language takes effect when NMRF Desk restarts.</source>
        <translation>新的界面语言将在 NMRF Desk 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="87"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="74"/>
        <location filename="../../desktop/app.py" line="80"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83"/>
        <source>Restore the newest backup, {path}?
The damaged file is kept beside it.</source>
        <translation>是否恢复最新备份 {path}？
损坏的文件将保留在其旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="95"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="101"/>
        <source>Upgrade failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="106"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation>数据库已损坏，无法安全打开。</translation>
    </message>
</context>
</TS>
