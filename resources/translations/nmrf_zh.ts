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
    <name>ActionAgenciesEditor</name>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="37"/>
        <source>Add lead agency</source>
        <translation>添加牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="40"/>
        <source>Add supporting agency</source>
        <translation>添加协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="42"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="69"/>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="72"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="73"/>
        <source>Supporting</source>
        <translation>协助</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>New action</source>
        <translation>新建行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>Edit action</source>
        <translation>编辑行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="86"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="87"/>
        <source>Addresses</source>
        <translation>所涉事项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="326"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="92"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="143"/>
        <source>Within the existing budget</source>
        <translation>在现有预算内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="147"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="319"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="148"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="149"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="321"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="150"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="320"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="151"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="152"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="322"/>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="153"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="323"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="154"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="324"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="163"/>
        <source>Recommendations of the plan this action addresses</source>
        <translation>本行动所针对的计划内建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="165"/>
        <source>Theme clusters it addresses</source>
        <translation>本行动所针对的专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="174"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="175"/>
        <source>New status</source>
        <translation>新状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="176"/>
        <source>Narrative</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="177"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="178"/>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="179"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="191"/>
        <source>Record progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="228"/>
        <source>Save the action first to record its progress.</source>
        <translation>请先保存行动，再记录其进展。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="252"/>
        <source>Double-click to save a copy</source>
        <translation>双击可保存副本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="280"/>
        <source>this is not a number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="325"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="327"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="328"/>
        <source>Theme clusters</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="342"/>
        <source>Progress on “{title}”</source>
        <translation>“{title}”的进展</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="133"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="139"/>
        <source>Import of a file</source>
        <translation>文件导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="140"/>
        <source>Agency form</source>
        <translation>机构表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="141"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="148"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="176"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="323"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="149"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="179"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="327"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="150"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="178"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="325"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="151"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="152"/>
        <source>Until</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="153"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="177"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="324"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="158"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="161"/>
        <source>Export to XLSX…</source>
        <translation>导出为 XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="175"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="180"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="328"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="181"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="196"/>
        <source>Show older entries</source>
        <translation>显示更早的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="208"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="214"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="333"/>
        <location filename="../../desktop/ui/views/pages.py" line="162"/>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="218"/>
        <source>Everything done in this database: who did it, when, from where, and each field&apos;s old and new value. Nothing here can be changed or deleted.</source>
        <translation>本数据库中的所有操作：由谁、何时、从何处进行，以及每个字段的旧值和新值。此处内容不可更改或删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="244"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="284"/>
        <source>%Ln entries (all that match)</source>
        <translation>
            <numerusform>共 %Ln 条记录（全部符合条件的记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="286"/>
        <source>%Ln entries shown; older ones are read as you scroll</source>
        <translation>
            <numerusform>已显示 %Ln 条记录；向下滚动时读取更早的记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="346"/>
        <source>Written to {path} (%Ln entries)</source>
        <translation>
            <numerusform>已写入 {path}（%Ln 条记录）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="304"/>
        <source>Export the activity</source>
        <translation>导出活动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="306"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="321"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="322"/>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="326"/>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="329"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="330"/>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="331"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="352"/>
        <source>Exporting the activity…</source>
        <translation>正在导出活动记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="353"/>
        <source>Export to XLSX</source>
        <translation>导出为 XLSX</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="26"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="27"/>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="29"/>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="30"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="31"/>
        <source>Supporting</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="32"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="42"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="43"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="44"/>
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="45"/>
        <source>Show its recommendations</source>
        <translation>显示其建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="46"/>
        <source>Send update forms…</source>
        <translation>发送进展填报表…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="52"/>
        <location filename="../../desktop/ui/views/pages.py" line="139"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="56"/>
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation>负责执行的部委、机构和组织及其联络人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="106"/>
        <source>Select one agency to edit.</source>
        <translation>请选择一个机构进行编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="113"/>
        <source>Select two or more agencies to merge.</source>
        <translation>请选择两个或更多机构进行合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="118"/>
        <source>Merge agencies</source>
        <translation>合并机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="119"/>
        <source>Keep this one; the others join it:</source>
        <translation>保留此项；其他项并入：</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>Edit agency</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>New agency</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="72"/>
        <source>Add focal point</source>
        <translation>添加联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="74"/>
        <source>Remove focal point</source>
        <translation>删除联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="86"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="87"/>
        <source>Acronym:</source>
        <translation>简称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="88"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="89"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="96"/>
        <source>Focal points (the first is the main contact):</source>
        <translation>联络人（第一位为主要联系人）：</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="30"/>
        <source>Ministry</source>
        <translation>部委</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="31"/>
        <source>Department</source>
        <translation>司局</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="32"/>
        <source>Parliament</source>
        <translation>议会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="33"/>
        <source>Judiciary</source>
        <translation>司法机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="34"/>
        <source>National human rights institution</source>
        <translation>国家人权机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="37"/>
        <source>Statistics office</source>
        <translation>统计局</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="38"/>
        <source>Civil society</source>
        <translation>民间社会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="39"/>
        <source>Local government</source>
        <translation>地方政府</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="40"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="26"/>
        <location filename="../../desktop/ui/views/alerts_button.py" line="53"/>
        <source>Open the dashboard</source>
        <translation>打开仪表板</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="44"/>
        <source>%Ln overdue action(s)</source>
        <translation>
            <numerusform>%Ln 项逾期行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="46"/>
        <source>%Ln overdue report(s)</source>
        <translation>
            <numerusform>%Ln 份逾期报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="48"/>
        <source>%Ln report(s) due within 90 days</source>
        <translation>
            <numerusform>%Ln 份报告将在 90 天内到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentWords</name>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="31"/>
        <source>Assigned as lead</source>
        <translation>指定为牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned</source>
        <translation>已指定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned as supporting</source>
        <translation>指定为协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="35"/>
        <source>Taken off as lead</source>
        <translation>不再担任牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off</source>
        <translation>已取消指定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off as supporting</source>
        <translation>不再担任协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made lead</source>
        <translation>改为牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made supporting</source>
        <translation>改为协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="39"/>
        <source>Assignment changed</source>
        <translation>机构分配已更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="44"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="46"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln 项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="48"/>
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln 个专题组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="49"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="53"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>另有 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="33"/>
        <location filename="../../desktop/ui/audit_fields.py" line="200"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="173"/>
        <location filename="../../desktop/ui/audit_fields.py" line="202"/>
        <source>Lead or supporting</source>
        <translation>牵头或协助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="47"/>
        <location filename="../../desktop/ui/audit_fields.py" line="126"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="26"/>
        <location filename="../../desktop/ui/audit_fields.py" line="224"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="27"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="28"/>
        <source>Sorted by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="29"/>
        <source>Sorted in descending order</source>
        <translation>降序排列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="30"/>
        <location filename="../../desktop/ui/audit_fields.py" line="31"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="32"/>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="34"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="35"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="36"/>
        <source>From an agency form</source>
        <translation>来自机构表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="37"/>
        <source>Form file fingerprint (SHA-256)</source>
        <translation>表格文件指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="38"/>
        <source>Name as compared</source>
        <translation>用于比较的名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="39"/>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="40"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="41"/>
        <location filename="../../desktop/ui/audit_fields.py" line="186"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="42"/>
        <source>Priority rationale</source>
        <translation>优先级理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="43"/>
        <location filename="../../desktop/ui/audit_fields.py" line="44"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="45"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="46"/>
        <source>Reported on</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="47"/>
        <source>New status</source>
        <translation>新状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="48"/>
        <source>Progress made</source>
        <translation>取得的进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="49"/>
        <location filename="../../desktop/ui/audit_fields.py" line="50"/>
        <location filename="../../desktop/ui/audit_fields.py" line="190"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="51"/>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="52"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="53"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="54"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="55"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="56"/>
        <source>Position in the list</source>
        <translation>在列表中的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="57"/>
        <location filename="../../desktop/ui/audit_fields.py" line="58"/>
        <source>SDG goal</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="59"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="60"/>
        <location filename="../../desktop/ui/audit_fields.py" line="61"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="62"/>
        <source>Other name</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="63"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="64"/>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="65"/>
        <source>Main focal point</source>
        <translation>主要联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="66"/>
        <location filename="../../desktop/ui/audit_fields.py" line="67"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="68"/>
        <source>Document symbol</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="69"/>
        <source>UPR cycle</source>
        <translation>普遍定期审议周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="70"/>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="71"/>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="72"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="73"/>
        <source>Source of the position</source>
        <translation>立场出处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="74"/>
        <source>Kind of report</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="75"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="76"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="77"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="78"/>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="79"/>
        <source>Observer State</source>
        <translation>观察员国</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="80"/>
        <source>Held on</source>
        <translation>举行日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="81"/>
        <source>Other participants</source>
        <translation>其他参与者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="82"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="83"/>
        <location filename="../../desktop/ui/audit_fields.py" line="84"/>
        <source>Progress update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="85"/>
        <location filename="../../desktop/ui/audit_fields.py" line="86"/>
        <source>Consultation</source>
        <translation>磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="87"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="88"/>
        <source>Type of file</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="89"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="90"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="91"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="92"/>
        <source>Stored at</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="93"/>
        <location filename="../../desktop/ui/audit_fields.py" line="146"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="94"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="95"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="96"/>
        <source>OHCHR annotation id</source>
        <translation>人权高专办注释编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="97"/>
        <source>Annotation type</source>
        <translation>注释类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="98"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="99"/>
        <source>Language of the text</source>
        <translation>案文语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="100"/>
        <source>Response (position)</source>
        <translation>答复（立场）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="101"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="102"/>
        <source>Needs parliament</source>
        <translation>需要议会行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="103"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="104"/>
        <location filename="../../desktop/ui/audit_fields.py" line="105"/>
        <location filename="../../desktop/ui/audit_fields.py" line="188"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="106"/>
        <source>Clusters</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="107"/>
        <location filename="../../desktop/ui/audit_fields.py" line="189"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="108"/>
        <source>Reference as sorted</source>
        <translation>用于排序的编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="109"/>
        <source>Reference as compared</source>
        <translation>用于比较的编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="110"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="111"/>
        <source>Title in Chinese</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="112"/>
        <source>Start of the period</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="113"/>
        <source>End of the period</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="114"/>
        <source>Adopted on</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="115"/>
        <source>Decision adopting it</source>
        <translation>通过该计划的决定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="116"/>
        <source>National plan it belongs to</source>
        <translation>所属国家计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="117"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="118"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="119"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="120"/>
        <location filename="../../desktop/ui/audit_fields.py" line="121"/>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="122"/>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="123"/>
        <location filename="../../desktop/ui/audit_fields.py" line="124"/>
        <source>Part of</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="125"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="127"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="48"/>
        <location filename="../../desktop/ui/audit_fields.py" line="128"/>
        <source>Returned</source>
        <translation>已交回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="129"/>
        <source>Returned file fingerprint (SHA-256)</source>
        <translation>交回文件指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="130"/>
        <source>Changes applied</source>
        <translation>已应用的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="131"/>
        <location filename="../../desktop/ui/audit_fields.py" line="132"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="133"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="134"/>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="135"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="136"/>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="137"/>
        <source>Within the existing budget</source>
        <translation>在现有预算内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="138"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="139"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="140"/>
        <source>Baseline year</source>
        <translation>基线年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="141"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="142"/>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="143"/>
        <source>Source of the data</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="144"/>
        <source>Reporting frequency</source>
        <translation>报告频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="145"/>
        <source>Agency providing the data</source>
        <translation>提供数据的机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="147"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="148"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="149"/>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="150"/>
        <source>SDG goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="151"/>
        <source>UPR Info issues</source>
        <translation>UPR Info 议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="152"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="153"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="154"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="155"/>
        <source>New records</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="156"/>
        <source>Records updated</source>
        <translation>已更新的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="157"/>
        <source>Rows refused</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="158"/>
        <source>Items applied</source>
        <translation>已应用的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="165"/>
        <location filename="../../desktop/ui/audit_fields.py" line="187"/>
        <source>Implementation status</source>
        <translation>执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="166"/>
        <source>Action status</source>
        <translation>行动状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="167"/>
        <source>Plan status</source>
        <translation>计划状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="168"/>
        <source>Form status</source>
        <translation>表格状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="169"/>
        <source>Type of agency</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="170"/>
        <source>Type of mechanism</source>
        <translation>机制类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="171"/>
        <source>Type of indicator</source>
        <translation>指标类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="172"/>
        <source>Kind of consultation</source>
        <translation>磋商类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="174"/>
        <source>Agency of the focal point</source>
        <translation>联络人所属机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="175"/>
        <source>Source of the figure</source>
        <translation>数字来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="176"/>
        <source>Setting&apos;s value</source>
        <translation>设置值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="177"/>
        <source>Rows in the form</source>
        <translation>表格行数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="178"/>
        <source>Form file</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="179"/>
        <source>Rows read</source>
        <translation>已读取的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="191"/>
        <source>Themes added</source>
        <translation>添加的主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="192"/>
        <source>SDG targets added</source>
        <translation>添加的可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="73"/>
        <source>UHRI export</source>
        <translation>世界人权索引导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="74"/>
        <source>UPR Info database</source>
        <translation>UPR Info 数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="75"/>
        <source>OHCHR thematic list</source>
        <translation>人权高专办专题清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="76"/>
        <source>Spreadsheet with chosen columns</source>
        <translation>自选列的电子表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="83"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="84"/>
        <source>Supporting</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="100"/>
        <source>Universal Periodic Review</source>
        <translation>普遍定期审议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="101"/>
        <source>Treaty body</source>
        <translation>条约机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="102"/>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="103"/>
        <source>Regional mechanism</source>
        <translation>区域机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="104"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="306"/>
        <source>no. %1 (since deleted)</source>
        <translation>第 %1 号（已删除）</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="25"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="26"/>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="27"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="28"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="29"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="30"/>
        <source>Bulk change</source>
        <translation>批量更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="31"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="32"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="33"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="34"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="35"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="36"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="70"/>
        <source>Implementation plan report</source>
        <translation>执行计划报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="71"/>
        <source>Consolidated status report</source>
        <translation>综合进展报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="72"/>
        <source>Agency brief</source>
        <translation>机构简报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="73"/>
        <source>Register list</source>
        <translation>登记册清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="78"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="79"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="80"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="81"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="82"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="83"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="84"/>
        <source>Measurement</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="85"/>
        <source>Progress update</source>
        <translation>进展更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="86"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="87"/>
        <source>Consultation</source>
        <translation>磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="88"/>
        <source>Reporting deadline</source>
        <translation>报告截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="89"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="90"/>
        <source>Agency form</source>
        <translation>机构表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="91"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="92"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="93"/>
        <source>Agency assignment</source>
        <translation>机构分配</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="94"/>
        <source>Focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="95"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="96"/>
        <source>Document context paragraph</source>
        <translation>文件背景段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="97"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="98"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="99"/>
        <source>Other name of a country</source>
        <translation>国家别名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="100"/>
        <source>SDG goal</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="101"/>
        <source>SDG target</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="102"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="103"/>
        <source>UPR Info issue</source>
        <translation>UPR Info 议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="104"/>
        <source>Saved view</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="105"/>
        <source>Form signing key</source>
        <translation>表格签名密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="106"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="107"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="108"/>
        <source>Activity</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="109"/>
        <source>Cluster of an action</source>
        <translation>行动所属专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="110"/>
        <source>Recommendation of an action</source>
        <translation>行动涉及的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="111"/>
        <source>Agency at a consultation</source>
        <translation>参加磋商的机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="112"/>
        <source>Recommendation discussed at a consultation</source>
        <translation>磋商讨论的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="115"/>
        <source>Recommendation of a report</source>
        <translation>报告涉及的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="116"/>
        <source>Recommendation in a plan</source>
        <translation>计划中的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="117"/>
        <source>Affected persons of a recommendation</source>
        <translation>建议涉及的受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="120"/>
        <source>Recommending State of a recommendation</source>
        <translation>建议的提出国</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="123"/>
        <source>SDG goal of a recommendation</source>
        <translation>建议的可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="124"/>
        <source>SDG target of a recommendation</source>
        <translation>建议的可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="125"/>
        <source>Theme of a recommendation</source>
        <translation>建议的主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="126"/>
        <source>UPR Info issue of a recommendation</source>
        <translation>建议的 UPR Info 议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="136"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="138"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="144"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="145"/>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="146"/>
        <source>Agency focal point</source>
        <translation>机构联络人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="147"/>
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="239"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="242"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="247"/>
        <source>%1 (%Ln entries)</source>
        <translation>
            <numerusform>%1（%Ln 条记录）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="248"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1（%Ln 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="253"/>
        <source>Priority set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>已为 %Ln 条建议设置优先级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="254"/>
        <source>Implementation status set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>已为 %Ln 条建议设置执行状况</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="255"/>
        <source>Cluster set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>已为 %Ln 条建议设置专题组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="256"/>
        <source>%Ln recommendation(s) archived or restored</source>
        <translation>
            <numerusform>%Ln 条建议已归档或恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="257"/>
        <source>Agency assigned to %Ln recommendation(s)</source>
        <translation>
            <numerusform>已为 %Ln 条建议指定机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="258"/>
        <source>Themes added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>已为 %Ln 条建议添加主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="259"/>
        <source>SDG targets added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>已为 %Ln 条建议添加可持续发展目标具体目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="261"/>
        <source>%Ln recommendation(s) changed</source>
        <translation>
            <numerusform>%Ln 条建议已更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="54"/>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="55"/>
        <source>Set implementation status</source>
        <translation>设置执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="58"/>
        <source>Set priority</source>
        <translation>设置优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="61"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="62"/>
        <source>Put in cluster</source>
        <translation>归入专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="65"/>
        <source>(no cluster)</source>
        <translation>（无专题组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="67"/>
        <source>Assign lead agency</source>
        <translation>指定牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="68"/>
        <source>Assign supporting agency</source>
        <translation>指定协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="74"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="75"/>
        <source>Undo the last bulk action</source>
        <translation>撤销上一次批量操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="89"/>
        <source>Select recommendations first.</source>
        <translation>请先选择建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="102"/>
        <source>Changing {count} recommendations…</source>
        <translation>正在修改 {count} 条建议…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="112"/>
        <source>Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.</source>
        <translation>已修改 {selected} 条建议中的 {changed} 条。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="104"/>
        <location filename="../../desktop/ui/views/register_bulk.py" line="119"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="121"/>
        <source>Bulk action failed</source>
        <translation>批量操作失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="122"/>
        <source>Nothing was changed.</source>
        <translation>未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="127"/>
        <source>There is no bulk action to undo.</source>
        <translation>没有可撤销的批量操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="137"/>
        <source>Undone: {count} recommendations as they were.</source>
        <translation>已撤销：{count} 条建议已恢复原状。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="76"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="77"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="78"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="79"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="80"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="81"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="124"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="82"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="101"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="102"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="103"/>
        <source>Mark submitted…</source>
        <translation>标记为已提交…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="104"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="105"/>
        <source>Show the recommendations covered</source>
        <translation>显示所涵盖的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="111"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="275"/>
        <location filename="../../desktop/ui/views/pages.py" line="152"/>
        <source>Reporting calendar</source>
        <translation>报告日历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="115"/>
        <source>Reports due to the UPR, the treaty bodies and other mechanisms: when each is due, whether it went in, and the recommendations it must cover.</source>
        <translation>应向普遍定期审议、条约机构和其他机制提交的报告：各报告的截止日期、是否已提交，以及须涵盖的建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="121"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="122"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="123"/>
        <source>Later</source>
        <translation>稍后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="144"/>
        <source>{n} days late</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="183"/>
        <source>{overdue} overdue · {upcoming} due in the next {days} days</source>
        <translation>{overdue} 项逾期 · {upcoming} 项将在未来 {days} 天内到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="191"/>
        <source>next due {date}</source>
        <translation>下一截止日期：{date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="194"/>
        <source>No reporting deadline yet: use New… to add one.</source>
        <translation>尚无报告截止日期：请使用“新建…”添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="198"/>
        <source>Select one deadline.</source>
        <translation>请选择一个截止日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="220"/>
        <source>Mark submitted</source>
        <translation>标记为已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="232"/>
        <source>Submitted on:</source>
        <translation>提交日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="253"/>
        <source>Select the deadlines to delete.</source>
        <translation>请选择要删除的截止日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="257"/>
        <source>Delete deadlines</source>
        <translation>删除截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="258"/>
        <source>Delete {titles}? The recommendations stay in the register.</source>
        <translation>删除 {titles}？建议仍保留在登记册中。</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="69"/>
        <source>Type to narrow the list</source>
        <translation>输入文字以缩小列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="70"/>
        <source>Enter ticks the values shown</source>
        <translation>按回车键勾选列表中显示的各项</translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesActions</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="100"/>
        <source>Clusters</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="105"/>
        <source>Select one cluster to set its agencies.</source>
        <translation>请选择一个专题组以设置其机构。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="133"/>
        <source>The agencies of “{cluster}” are saved.</source>
        <translation>“{cluster}”的机构已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="139"/>
        <source>Select one cluster to assign its agencies.</source>
        <translation>请选择一个专题组以分配其机构。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="144"/>
        <source>“{cluster}” has no agencies yet: set them first.</source>
        <translation>“{cluster}”尚无机构：请先设置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="159"/>
        <source>The %Ln recommendation(s) of “{cluster}” already have its agencies.</source>
        <translation>
            <numerusform>“{cluster}”的 %Ln 条建议已有其机构。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="171"/>
        <source>%Ln recommendation(s) will change</source>
        <translation>
            <numerusform>%Ln 条建议将发生变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="173"/>
        <source>(of %Ln in the cluster).</source>
        <translation>
            <numerusform>（专题组共 %Ln 条）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="193"/>
        <source>%Ln recommendation(s) of “{cluster}” now have its agencies.</source>
        <translation>
            <numerusform>“{cluster}”的 %Ln 条建议现已分配其机构。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="212"/>
        <source>Undone: %Ln recommendation(s) have their agencies back.</source>
        <translation>
            <numerusform>已撤销：%Ln 条建议恢复了原有机构。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="167"/>
        <source>Assign {agencies} to the recommendations of “{cluster}”?</source>
        <translation>将{agencies}分配给“{cluster}”的建议？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="175"/>
        <source>The agencies they already have stay.</source>
        <translation>建议原有的机构保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="177"/>
        <source>Assign the cluster&apos;s agencies</source>
        <translation>分配专题组的机构</translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="51"/>
        <source>Agencies of “{cluster}”</source>
        <translation>“{cluster}”的机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="54"/>
        <source>Actions proposed for this cluster in a new plan are led by its lead agency and supported by its supporting agencies.</source>
        <translation>在新计划中为本专题组建议的行动由其牵头机构牵头，并由其协助机构协助。</translation>
    </message>
</context>
<context>
    <name>ClusterPriorityDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="28"/>
        <source>Priority of “{cluster}”</source>
        <translation>“{cluster}”的优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="38"/>
        <source>Why: e.g. the next review, the budget cycle, the gravity of the situation</source>
        <translation>理由：例如下次审议、预算周期、情况的严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="41"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="42"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="44"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="45"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="46"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="47"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Supporting agencies</source>
        <translation>协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="61"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="68"/>
        <source>Lead and supporting agencies…</source>
        <translation>牵头和协助机构…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="71"/>
        <source>Assign the cluster&apos;s agencies to its recommendations…</source>
        <translation>将专题组的机构分配给其建议…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="73"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="78"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="80"/>
        <source>Priority…</source>
        <translation>优先级…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="86"/>
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="87"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="88"/>
        <source>Show in the register</source>
        <translation>在登记册中显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="94"/>
        <location filename="../../desktop/ui/views/pages.py" line="135"/>
        <source>Clusters</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="97"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation>按专题归类建议，便于规划和报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <source>New cluster</source>
        <translation>新建专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
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
        <location filename="../../desktop/ui/views/clusters_page.py" line="156"/>
        <source>Select one cluster to prioritise.</source>
        <translation>请选择一个专题组以设定优先级。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="177"/>
        <source>Select two or more clusters to merge.</source>
        <translation>请选择两个或更多专题组进行合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="182"/>
        <source>Merge clusters</source>
        <translation>合并专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="183"/>
        <source>Keep this one; the others join it:</source>
        <translation>保留此项；其他项并入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="201"/>
        <source>Delete clusters</source>
        <translation>删除专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="203"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation>删除 {names}？其建议仍保留在登记册中，但不属于任何专题组。</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>Edit consultation</source>
        <translation>编辑磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>New consultation</source>
        <translation>新建磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="107"/>
        <source>Date held:</source>
        <translation>举行日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="108"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="109"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="112"/>
        <source>Type to narrow the list</source>
        <translation>输入文字以缩小列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="120"/>
        <source>Organisations not in the agency directory</source>
        <translation>未列入机构名录的组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="122"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="124"/>
        <source>Agencies present:</source>
        <translation>出席机构：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="127"/>
        <source>Other participants:</source>
        <translation>其他参加者：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="131"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="141"/>
        <source>Reference or words</source>
        <translation>编号或关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="143"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="168"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="145"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="163"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="170"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="239"/>
        <source>Recommendations discussed ({n})</source>
        <translation>讨论的建议（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="249"/>
        <source>Type a reference or words to find recommendations.</source>
        <translation>输入编号或关键词以查找建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="262"/>
        <source>No recommendation matches.</source>
        <translation>没有符合条件的建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="278"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="386"/>
        <source>Recommendations discussed</source>
        <translation>讨论的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="296"/>
        <source>Attach evidence files</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="305"/>
        <source>Stored when you save: {path}</source>
        <translation>保存时存储：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="319"/>
        <source>Select a saved attachment to save a copy of.</source>
        <translation>请选择一个已保存的附件以另存副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="322"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="328"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="377"/>
        <source>Not saved: changed by someone else.</source>
        <translation>未保存：已被他人修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="383"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="384"/>
        <source>Date held</source>
        <translation>举行日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="385"/>
        <source>Agencies present</source>
        <translation>出席机构</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="46"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="47"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="48"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="49"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="50"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="63"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="64"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="65"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="66"/>
        <source>Show the recommendations discussed</source>
        <translation>显示讨论的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="72"/>
        <location filename="../../desktop/ui/views/pages.py" line="146"/>
        <source>Consultations</source>
        <translation>磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="76"/>
        <source>Consultations with the national human rights institution, civil society and parliament: who took part, what was discussed, and the evidence.</source>
        <translation>与国家人权机构、民间社会和议会的磋商：参加者、讨论内容及证据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="112"/>
        <source>No consultation recorded yet: use New… to record one.</source>
        <translation>尚未记录任何磋商：请使用“新建…”进行记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="124"/>
        <source>Select one consultation to edit.</source>
        <translation>请选择一项磋商进行编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="146"/>
        <source>Select the consultations to delete.</source>
        <translation>请选择要删除的磋商。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="150"/>
        <source>Delete consultations</source>
        <translation>删除磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="152"/>
        <source>Delete {titles} with their attachments? The recommendations stay in the register.</source>
        <translation>删除 {titles} 及其附件？建议仍保留在登记册中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="168"/>
        <source>Select one consultation.</source>
        <translation>请选择一项磋商。</translation>
    </message>
</context>
<context>
    <name>CostsTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="75"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="76"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="77"/>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="78"/>
        <source>Within existing budget</source>
        <translation>在现有预算内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="79"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="95"/>
        <source>No lead agency</source>
        <translation>无牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="100"/>
        <source>no estimate</source>
        <translation>未估算</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="120"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="121"/>
        <source>Overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="122"/>
        <source>Reports overdue or due soon</source>
        <translation>逾期或即将到期的报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="123"/>
        <source>Actions without indicators</source>
        <translation>无指标的行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="124"/>
        <source>Recommendations without a lead agency</source>
        <translation>无牵头机构的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="125"/>
        <source>Update forms outstanding</source>
        <translation>未交回的进展填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>By mechanism</source>
        <translation>按机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>Numbers by mechanism</source>
        <translation>按机制统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>By theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>Numbers by theme</source>
        <translation>按主题统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>By SDG goal</source>
        <translation>按可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>Numbers by SDG goal</source>
        <translation>按可持续发展目标统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>By lead agency</source>
        <translation>按牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>Numbers by lead agency</source>
        <translation>按牵头机构统计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="159"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="161"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="211"/>
        <location filename="../../desktop/ui/views/pages.py" line="159"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="215"/>
        <source>Where implementation stands, what is late and what falls due. Click a number to see those recommendations in the register.</source>
        <translation>执行情况、逾期事项和即将到期事项一览。点击数字即可在登记册中查看相应建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="244"/>
        <source>Could not read the dashboard: {error}</source>
        <translation>无法读取仪表板：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/dashboard_page.py" line="259"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n 份已过期限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="263"/>
        <source>As on {date}; reports due within {days} days count as due soon.</source>
        <translation>截至 {date}；{days} 天内到期的报告计为即将到期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="276"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="302"/>
        <source>The chart shows the {n} largest of {total}; the table lists all.</source>
        <translation>图表显示 {total} 项中数量最多的 {n} 项；表格列出全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="324"/>
        <source>Show these {n} in the register</source>
        <translation>在登记册中显示这 {n} 条建议</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>Edit deadline</source>
        <translation>编辑截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>New reporting deadline</source>
        <translation>新建报告截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="103"/>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="116"/>
        <source>Mechanism:</source>
        <translation>机制：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="117"/>
        <source>Kind of report:</source>
        <translation>报告类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="118"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="119"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="120"/>
        <source>Submitted:</source>
        <translation>提交情况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="121"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="128"/>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="306"/>
        <source>Recommendations covered</source>
        <translation>所涵盖的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="131"/>
        <source>The report covers every live recommendation of the documents ticked:</source>
        <translation>报告涵盖所勾选文件中的全部现行建议：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="187"/>
        <source>{symbol} ({date}): {n} live recommendations</source>
        <translation>{symbol}（{date}）：{n} 条现行建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="209"/>
        <source>This mechanism has no documents in the register.</source>
        <translation>登记册中没有此机制的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="240"/>
        <source>{n} recommendations covered</source>
        <translation>涵盖 {n} 条建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="243"/>
        <source>(a half-ticked document: only some of its recommendations, chosen one by one)</source>
        <translation>（半选的文件：仅涵盖逐条选定的部分建议）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="296"/>
        <source>Not saved: changed by someone else.</source>
        <translation>未保存：已被他人修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="302"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="303"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="304"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="305"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
</context>
<context>
    <name>DocumentContextPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/document_context_panel.py" line="77"/>
        <source>%n paragraph(s) of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</source>
        <translation>
            <numerusform>同一文件中有 %n 个段落不是建议（关切和意见、积极方面……），任何地方都不计入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/document_context_panel.py" line="85"/>
        <source>The source document has no other paragraphs kept: its import gave only recommendations, or its other types were skipped.</source>
        <translation>来源文件未保留其他段落：导入时只有建议，或其他类型已被跳过。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="36"/>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="37"/>
        <source>longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="38"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="39"/>
        <source>a number from {low} to {high}</source>
        <translation>应为 {low} 至 {high} 之间的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="40"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} 不在可选值之中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="41"/>
        <source>a value chosen no longer exists (deleted or merged meanwhile); choose again</source>
        <translation>所选的值已不存在（已被删除或合并）；请重新选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="44"/>
        <source>ends before it starts</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="45"/>
        <source>must be zero or more</source>
        <translation>必须为零或以上</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="46"/>
        <source>the number is too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="47"/>
        <source>has more than two decimals</source>
        <translation>小数位超过两位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="48"/>
        <source>the currency must be a three-letter ISO code (e.g. USD)</source>
        <translation>货币必须是三个字母的 ISO 代码（例如 USD）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="51"/>
        <source>an action of an adopted plan needs a lead agency</source>
        <translation>已通过计划中的行动需要一个牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="54"/>
        <source>there is already an agency called {name}</source>
        <translation>已有名为 {name} 的机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="55"/>
        <source>there is already a cluster called {name}</source>
        <translation>已有名为 {name} 的专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="56"/>
        <source>someone else changed this cluster&apos;s agencies; reopen them</source>
        <translation>其他人已修改此专题组的机构；请重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="59"/>
        <source>another plan already has this title</source>
        <translation>已有另一个计划使用此标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="60"/>
        <source>an agency is listed twice</source>
        <translation>同一机构被列出两次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="61"/>
        <source>{name} is listed twice</source>
        <translation>{name} 被列出两次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="62"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} 不是电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="63"/>
        <source>the focal point chosen does not belong to that agency</source>
        <translation>所选联络人不属于该机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="66"/>
        <source>choose at least one other to merge into this one</source>
        <translation>请至少再选择一项合并到此项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="69"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="70"/>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="71"/>
        <source>the file is too large; evidence files may be at most {limit} MB</source>
        <translation>文件过大；证据文件最大为 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="74"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="75"/>
        <source>the date cannot be in the future</source>
        <translation>日期不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="76"/>
        <source>the submission date is in the future; mark the report submitted once it is sent</source>
        <translation>提交日期晚于今天；请在报告发出后再标记为已提交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="80"/>
        <source>the submission date is more than {years} years before the due date; check the year</source>
        <translation>提交日期比截止日期早 {years} 年以上；请检查年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="84"/>
        <source>the year must be from {first} to {last}</source>
        <translation>年份必须在 {first} 至 {last} 之间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="87"/>
        <source>the value must be a finite number</source>
        <translation>数值必须是有限数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="88"/>
        <source>the value has more than 16 digits before the point</source>
        <translation>数值的整数部分超过 16 位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="91"/>
        <source>the value has more than 4 decimal places</source>
        <translation>数值的小数位超过 4 位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="94"/>
        <source>the target year is before the baseline year</source>
        <translation>目标年份早于基线年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="97"/>
        <source>say what happened, change the status or attach evidence</source>
        <translation>请说明进展、更改状态或附上证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="100"/>
        <source>this record no longer exists; someone else deleted or merged it</source>
        <translation>此记录已不存在；其他人已将其删除或合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="103"/>
        <source>someone else changed this since you opened it; your changes were not saved</source>
        <translation>自您打开以来，其他人已修改此内容；您的更改未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="106"/>
        <source>a record was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>审阅表格后，数据库中有记录被修改；未应用任何内容。请重新审阅该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="111"/>
        <source>{reference} (row {row}) was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>审阅表格后，{reference}（第 {row} 行）在数据库中被修改；未应用任何内容。请重新审阅该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="116"/>
        <source>the merge cannot be undone: the names were changed since</source>
        <translation>无法撤销合并：此后名称已被更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="119"/>
        <source>another recommendation of this document already has the reference {reference}</source>
        <translation>本文件中已有另一条建议使用编号 {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="122"/>
        <source>an agency cannot both lead and support the same recommendation</source>
        <translation>同一机构不能既牵头又协助同一条建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="125"/>
        <source>this document is not one of that mechanism&apos;s</source>
        <translation>此文件不属于该机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="128"/>
        <source>only archived recommendations can be deleted; archive it first</source>
        <translation>只能删除已归档的建议；请先将其归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="131"/>
        <source>another program is writing to this database; nothing was changed. Try again in a moment</source>
        <translation>另一个程序正在写入此数据库；未做任何更改。请稍后再试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="135"/>
        <source>another user changed the same records at the same moment; nothing was changed. Try again</source>
        <translation>另一位用户同时修改了相同的记录；未做任何更改。请再试一次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="139"/>
        <source>another program has this database open; close NMRF Desk everywhere it uses this database, then restore. Nothing was changed</source>
        <translation>另一个程序正打开此数据库；请在所有使用此数据库的地方关闭 NMRF Desk，然后再恢复。未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="144"/>
        <source>the database is open read-only; nothing was changed</source>
        <translation>数据库以只读方式打开；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="147"/>
        <source>the database&apos;s folder is read-only; nothing was changed</source>
        <translation>数据库所在文件夹为只读；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="150"/>
        <source>this database is read-only and was made by an earlier version of NMRF Desk: it must be upgraded, which cannot be done here. Copy it to a folder you can write to, or ask for write access</source>
        <translation>此数据库为只读，且由较早版本的 NMRF Desk 创建：它必须升级，但在此无法升级。请将其复制到您可写入的文件夹，或申请写入权限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="156"/>
        <source>the database is read-only, and changes not yet folded into the file cannot be read here; copy the folder somewhere you can write to</source>
        <translation>数据库为只读，尚未并入文件的更改在此无法读取；请将该文件夹复制到您可写入的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="161"/>
        <source>the disk is full; nothing was changed. Free some space and try again</source>
        <translation>磁盘已满；未做任何更改。请释放一些空间后再试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="164"/>
        <source>{login} is not a user of this database: you may read only</source>
        <translation>{login} 不是此数据库的用户：您只能阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="167"/>
        <source>{login} ({role}): only an administrator may do this</source>
        <translation>{login}（{role}）：只有管理员可以执行此操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="170"/>
        <source>{login} ({role}): only an administrator may delete for good; archive it instead</source>
        <translation>{login}（{role}）：只有管理员可以永久删除；请改为归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="173"/>
        <source>{login} ({role}): readers may read, search, export and make reports</source>
        <translation>{login}（{role}）：读者可以阅读、搜索、导出和生成报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="176"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations</source>
        <translation>{login}（{role}）：联络人记录本机构行动和建议的进展、证据、测量值以及状态和日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="181"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations (not {fields})</source>
        <translation>{login}（{role}）：联络人记录本机构行动和建议的进展、证据、测量值以及状态和日期（不包括 {fields}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="186"/>
        <source>{login} ({role}): this is not the work of their agency</source>
        <translation>{login}（{role}）：这不是其所在机构的工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="264"/>
        <source>Not allowed: {reason}; nothing was changed</source>
        <translation>不允许：{reason}；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="288"/>
        <source>{file}, row {row}</source>
        <translation>{file}，第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="290"/>
        <source>{file}, column &quot;{column}&quot;</source>
        <translation>{file}，“{column}”列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="292"/>
        <source>{file}, row {row}, column &quot;{column}&quot;</source>
        <translation>{file}，第 {row} 行，“{column}”列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="302"/>
        <source>{place}: {message}</source>
        <translation>{place}：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="12"/>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>这不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="13"/>
        <location filename="../../desktop/ui/error_text_import.py" line="65"/>
        <source>the file is an Office package but not an Excel workbook</source>
        <translation>该文件是 Office 文件包，但不是 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="16"/>
        <source>the workbook is not an update form made by NMRF Desk (it has no manifest)</source>
        <translation>该工作簿不是 NMRF Desk 制作的进展填报表（没有清单）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="19"/>
        <source>the workbook is not an update form made by NMRF Desk</source>
        <translation>该工作簿不是 NMRF Desk 制作的进展填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="22"/>
        <source>the form&apos;s hidden manifest is damaged ({reason})</source>
        <translation>表格的隐藏清单已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="25"/>
        <location filename="../../desktop/ui/error_text_import.py" line="82"/>
        <source>the workbook is damaged ({reason})</source>
        <translation>工作簿已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="26"/>
        <source>the workbook has no sheet “{sheet}”</source>
        <translation>工作簿中没有“{sheet}”工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="27"/>
        <source>the form&apos;s signature does not match: it was made from another database, or its hidden manifest was changed; nothing was read from it</source>
        <translation>表格的签名不符：它由另一个数据库制作，或其隐藏清单已被修改；未从中读取任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="32"/>
        <source>this form&apos;s record is no longer in the database (deleted?)</source>
        <translation>数据库中已没有此表格的记录（已删除？）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="35"/>
        <source>the form names another agency than the one it was sent to</source>
        <translation>表格所列机构不是表格发送给的机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="38"/>
        <source>a row the form did not have (rows cannot be added)</source>
        <translation>表格原本没有这一行（不能添加行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="41"/>
        <source>a read-only cell was changed; the row is not taken in</source>
        <translation>只读单元格被修改；该行不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="44"/>
        <source>the recommendation is no longer in the register</source>
        <translation>该建议已不在登记册中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="47"/>
        <source>the action is no longer in the register</source>
        <translation>该行动已不在登记册中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="48"/>
        <source>the indicator is no longer in the register</source>
        <translation>该指标已不在登记册中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="51"/>
        <source>the recommendation is not assigned to {agency}</source>
        <translation>该建议未分配给{agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="54"/>
        <source>the action is not assigned to {agency}</source>
        <translation>该行动未分配给{agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="57"/>
        <source>the indicator is not assigned to {agency}</source>
        <translation>该指标未分配给{agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="60"/>
        <source>the cell holds a formula error ({value})</source>
        <translation>单元格中有公式错误（{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="61"/>
        <source>“{value}” is not a status of the list ({choices})</source>
        <translation>“{value}”不是列表中的状态（{choices}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="64"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="65"/>
        <source>“{value}” is not a number within range</source>
        <translation>“{value}”不是允许范围内的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="68"/>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>“{value}”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="69"/>
        <source>{date} is in the future</source>
        <translation>{date} 是将来的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="70"/>
        <source>{date} is too early</source>
        <translation>{date} 过早</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="71"/>
        <source>give the value (a date or source alone is not taken in)</source>
        <translation>请填写数值（只有日期或来源不会导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="74"/>
        <source>give the date of the value</source>
        <translation>请填写该数值的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="75"/>
        <source>there is no form language {language} (one of {languages})</source>
        <translation>没有表格语言 {language}（可选：{languages}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="78"/>
        <source>the deadline is already past</source>
        <translation>截止日期已过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="79"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="80"/>
        <source>you may not write in this folder; choose another</source>
        <translation>您无权写入此文件夹；请另选一个</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="83"/>
        <source>the disk is full; free some space and try again</source>
        <translation>磁盘已满；请释放一些空间后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="86"/>
        <source>cannot write the file: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="105"/>
        <source>longer than %Ln character(s) (it has {length})</source>
        <translation>
            <numerusform>超过 %Ln 个字符（实有 {length} 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="108"/>
        <source>%Ln item(s) not in the review: {items}</source>
        <translation>
            <numerusform>%Ln 个项目不在审阅中：{items}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="15"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="16"/>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="17"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="18"/>
        <source>the file is {size_mb} MB; files over {limit_mb} MB are not imported</source>
        <translation>文件大小为 {size_mb} MB；超过 {limit_mb} MB 的文件不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="21"/>
        <source>this is {kind}, not a file that can be imported</source>
        <translation>这是{kind}，不是可导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="24"/>
        <source>this Word document holds no OHCHR thematic list of recommendations (a table whose first row reads Recommendation | Position | …)</source>
        <translation>此 Word 文档不含人权高专办专题建议清单（首行为 Recommendation | Position | … 的表格）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="29"/>
        <source>this zip file is neither an Excel workbook nor a Word document</source>
        <translation>此 zip 文件既不是 Excel 工作簿，也不是 Word 文档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="32"/>
        <source>this is neither a spreadsheet (XLSX or CSV with column headers) nor an OHCHR thematic list; it cannot be imported</source>
        <translation>这既不是电子表格（带列标题的 XLSX 或 CSV），也不是人权高专办专题清单；无法导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="37"/>
        <source>this spreadsheet is in no official format: import it with a column mapping</source>
        <translation>此电子表格不属于任何官方格式：请使用列对应导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="40"/>
        <source>the file holds no recommendations</source>
        <translation>文件中没有建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="41"/>
        <source>the import could not be written, nothing was changed ({reason})</source>
        <translation>导入无法写入，未做任何更改（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="45"/>
        <source>the file is damaged or truncated and cannot be opened ({reason})</source>
        <translation>文件已损坏或不完整，无法打开（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="48"/>
        <source>the file uses an unsupported compression ({reason})</source>
        <translation>文件使用了不支持的压缩方式（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="51"/>
        <source>the file unpacks to more than {limit_gb} GB (a zip bomb?); not imported</source>
        <translation>文件解压后超过 {limit_gb} GB（压缩炸弹？）；不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="54"/>
        <source>the part {part} is compressed {ratio} to 1 (a zip bomb?); not imported</source>
        <translation>部件 {part} 的压缩比为 {ratio} 比 1（压缩炸弹？）；不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="57"/>
        <source>the part {part} declares XML entities or is not XML; Office documents never do, so it is not imported</source>
        <translation>部件 {part} 声明了 XML 实体或不是 XML；Office 文档从不如此，因此不导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="62"/>
        <source>the file is not a valid Office document (it is not a zip package)</source>
        <translation>文件不是有效的 Office 文档（不是 zip 包）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="69"/>
        <source>the text is not valid {encoding} at byte {byte}</source>
        <translation>文本在第 {byte} 字节处不是有效的 {encoding}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="72"/>
        <source>the file holds binary data, not text</source>
        <translation>文件包含二进制数据，而不是文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="73"/>
        <source>the file&apos;s character encoding cannot be recognised</source>
        <translation>无法识别文件的字符编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="76"/>
        <source>the CSV cannot be read: {reason}</source>
        <translation>无法读取 CSV：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="78"/>
        <source>the file has no rows</source>
        <translation>文件没有任何行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="79"/>
        <source>the workbook has no sheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="80"/>
        <source>the workbook has no sheet &quot;{sheet}&quot;</source>
        <translation>工作簿中没有工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="81"/>
        <source>the sheet has no rows</source>
        <translation>工作表没有任何行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="83"/>
        <source>the sheet is damaged ({reason})</source>
        <translation>工作表已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="84"/>
        <source>the first row has no column headers</source>
        <translation>第一行没有列标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="85"/>
        <source>the column header &quot;{header}&quot; appears twice</source>
        <translation>列标题“{header}”出现了两次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="88"/>
        <source>this is not {kind}: the columns {names} are missing</source>
        <translation>这不是{kind}：缺少列 {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="91"/>
        <source>the mapping names columns this file does not have: {names}</source>
        <translation>列对应指定了此文件没有的列：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="95"/>
        <source>the file is an Excel workbook and another kind of spreadsheet (OpenDocument or XLSB) at once; it is not read</source>
        <translation>该文件同时是 Excel 工作簿和另一种电子表格（OpenDocument 或 XLSB）；不予读取</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="100"/>
        <source>the workbook is damaged (the sheet &quot;{sheet}&quot; has no part)</source>
        <translation>工作簿已损坏（工作表“{sheet}”没有部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="103"/>
        <source>the workbook is damaged (it holds the part {part} twice)</source>
        <translation>工作簿已损坏（部件 {part} 出现了两次）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="106"/>
        <source>the workbook is damaged (its part {part} is over {limit_mb} MB)</source>
        <translation>工作簿已损坏（其部件 {part} 超过 {limit_mb} MB）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="109"/>
        <source>the workbook is damaged (its part {part} names parts with character references)</source>
        <translation>工作簿已损坏（其部件 {part} 用字符引用指定部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="112"/>
        <source>the workbook is damaged (its part {part} is not well-formed XML: {reason})</source>
        <translation>工作簿已损坏（其部件 {part} 不是格式正确的 XML：{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="115"/>
        <source>the workbook is damaged (it has no package relationships)</source>
        <translation>工作簿已损坏（没有包关系）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="118"/>
        <source>the workbook is damaged (it names no workbook part)</source>
        <translation>工作簿已损坏（未指定工作簿部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="121"/>
        <source>the workbook is damaged (it has no workbook relationships)</source>
        <translation>工作簿已损坏（没有工作簿关系）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="124"/>
        <source>the workbook is damaged (a sheet has no part)</source>
        <translation>工作簿已损坏（某个工作表没有部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="127"/>
        <source>the sheet &quot;{sheet}&quot; is damaged: &quot;{reference}&quot; is not a cell reference</source>
        <translation>工作表“{sheet}”已损坏：“{reference}”不是单元格引用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="130"/>
        <source>the sheet &quot;{sheet}&quot; is damaged (its XML is not well-formed: {reason})</source>
        <translation>工作表“{sheet}”已损坏（其 XML 格式不正确：{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="133"/>
        <source>the sheet &quot;{sheet}&quot; has a value in cell {cell}, beyond the last row ({rows}) or column ({column}) a spreadsheet can have</source>
        <translation>工作表“{sheet}”的单元格 {cell} 中有值，超出了电子表格可有的最后一行（{rows}）或最后一列（{column}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="139"/>
        <source>this is an old Word .doc file; open it in Word and save it as .docx</source>
        <translation>这是旧版 Word .doc 文件；请在 Word 中打开并另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="142"/>
        <source>the file is not a Word document or is damaged ({reason})</source>
        <translation>文件不是 Word 文档或已损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="145"/>
        <source>the document has no table; expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle)</source>
        <translation>文档中没有表格；应有标题为“{header_2_3}”（第二、三轮）或“{header_4}”（第四轮）的表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="150"/>
        <source>this is not an OHCHR thematic list of recommendations: expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle), not &quot;{first}&quot;</source>
        <translation>这不是人权高专办专题建议清单：应有标题为“{header_2_3}”（第二、三轮）或“{header_4}”（第四轮）的表格，而不是“{first}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="156"/>
        <source>the recommendation text is empty</source>
        <translation>建议文本为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="157"/>
        <source>the mechanism is empty</source>
        <translation>机制为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="158"/>
        <source>the recommending body is empty</source>
        <translation>提出建议的机构为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="159"/>
        <source>&quot;{value}&quot; is not an annotation id</source>
        <translation>“{value}”不是注释编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="160"/>
        <source>the same annotation id as row {first_row}</source>
        <translation>注释编号与第 {first_row} 行相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="163"/>
        <source>the position &quot;{value}&quot; is not known</source>
        <translation>立场“{value}”无法识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="164"/>
        <source>the position &quot;{value}&quot; is not recognised (expected Supported, Supported in part, Noted or Pending)</source>
        <translation>立场“{value}”无法识别（应为 Supported、Supported in part、Noted 或 Pending）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="169"/>
        <source>the response &quot;{value}&quot; is not known</source>
        <translation>答复“{value}”无法识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="170"/>
        <source>the action category &quot;{value}&quot; is not 1–5</source>
        <translation>行动类别“{value}”不是 1–5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="173"/>
        <source>the cycle &quot;{value}&quot; is not a number 1–9</source>
        <translation>轮次“{value}”不是 1–9 的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="176"/>
        <source>&quot;{value}&quot; is not one of: {choices}</source>
        <translation>“{value}”不在以下选项中：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="177"/>
        <source>&quot;{value}&quot; is neither yes nor no</source>
        <translation>“{value}”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="178"/>
        <source>the same recommendation as row {first_row}</source>
        <translation>与第 {first_row} 行的建议相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="179"/>
        <source>the same recommendation as an earlier row of the file</source>
        <translation>与文件中前面某行的建议相同</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="182"/>
        <source>a theme is longer than 300 characters</source>
        <translation>某个主题超过 300 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="183"/>
        <source>no paragraph number at the start of the recommendation</source>
        <translation>建议开头没有段落编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="186"/>
        <source>paragraph {paragraph} has no recommendation text</source>
        <translation>第 {paragraph} 段没有建议文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="189"/>
        <source>paragraph {paragraph} appears twice with different texts (first at row {first_row})</source>
        <translation>第 {paragraph} 段出现两次且文本不同（首次在第 {first_row} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="194"/>
        <source>give the mapping a name</source>
        <translation>请为列对应命名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="195"/>
        <source>choose the column that holds the text</source>
        <translation>请选择包含案文的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="196"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>请选择包含机制的列，或为每一行选择一个机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="199"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>此名称属于内置对应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="200"/>
        <source>the mapping name is too long</source>
        <translation>列对应名称过长</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="233"/>
        <source>the file holds %Ln part(s); this is not an Office document</source>
        <translation>
            <numerusform>文件包含 %Ln 个部件；这不是 Office 文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="236"/>
        <source>a cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>某个单元格有 %Ln 个字符（最多 {maximum} 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="239"/>
        <source>the cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>该单元格有 %Ln 个字符（最多 {maximum} 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="241"/>
        <source>a cell holds more than %Ln character(s)</source>
        <translation>
            <numerusform>某个单元格超过 %Ln 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="243"/>
        <source>the workbook says it holds %Ln different text(s), more than its part for texts can hold; it is damaged or not a real workbook</source>
        <translation>
            <numerusform>工作簿声称包含 %Ln 个不同文本，超过其文本部件所能容纳的数量；它已损坏或不是真正的工作簿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="249"/>
        <source>the workbook holds more than %Ln different text(s); a workbook of recommendations never does</source>
        <translation>
            <numerusform>工作簿包含超过 %Ln 个不同文本；建议工作簿从不会如此</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="255"/>
        <source>the sheet &quot;{sheet}&quot; holds more than %Ln cell(s); a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>工作表“{sheet}”包含超过 %Ln 个单元格；建议工作表从不会这么大</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="261"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell}: %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>工作表“{sheet}”的值一直延伸到单元格 {cell}：%Ln 行 × {columns} 列；建议工作表从不会这么大</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="267"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell} (it declares {dimension}): %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>工作表“{sheet}”的值一直延伸到单元格 {cell}（其声明为 {dimension}）：%Ln 行 × {columns} 列；建议工作表从不会这么大</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="274"/>
        <source>the {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>{field}超过 %Ln 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="277"/>
        <source>a value of {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>{field}中的某个值超过 %Ln 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="289"/>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="290"/>
        <source>an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv</source>
        <translation>旧版 Office 文件（.xls/.doc）；请另存为 .xlsx、.docx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="293"/>
        <source>an image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="294"/>
        <source>a database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="295"/>
        <source>an RTF document</source>
        <translation>RTF 文档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="296"/>
        <source>a UHRI export</source>
        <translation>世界人权索引导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="297"/>
        <source>a UPR Info export</source>
        <translation>UPR Info 导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="302"/>
        <source>reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="303"/>
        <source>paragraph</source>
        <translation>段落编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="304"/>
        <source>source symbol</source>
        <translation>来源文件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="305"/>
        <source>session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="306"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="307"/>
        <source>text language</source>
        <translation>文本语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="308"/>
        <source>annotation id</source>
        <translation>注释编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="309"/>
        <source>annotation type</source>
        <translation>注释类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="310"/>
        <source>mechanism code</source>
        <translation>机制代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="311"/>
        <source>cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="312"/>
        <source>recommending states</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="313"/>
        <source>affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="314"/>
        <source>UPR Info issues</source>
        <translation>UPR Info 议题</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="52"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="120"/>
        <source>Export recommendations</source>
        <translation>导出建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="57"/>
        <source>The selected recommendations ({count})</source>
        <translation>所选建议（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="62"/>
        <source>Everything the register shows now ({count})</source>
        <translation>登记册当前显示的全部（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="66"/>
        <source>Every recommendation (not the archive)</source>
        <translation>所有建议（不含存档）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="74"/>
        <source>recommendations.xlsx or .csv</source>
        <translation>recommendations.xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="75"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="82"/>
        <source>An Excel workbook holds the recommendations with every field, and sheets for agencies, assignments, focal points and clusters; a CSV file (UTF-8, for Excel) holds the recommendations. Cells that a spreadsheet would take for a formula are written as text.</source>
        <translation>Excel 工作簿包含建议的全部字段，以及机构、分工、联络人和专题组工作表；CSV 文件（UTF-8，适用于 Excel）只包含建议。可能被电子表格当作公式的单元格一律写为文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="95"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="98"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="181"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="107"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="109"/>
        <source>What to export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="136"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="140"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>文件名必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="187"/>
        <source>Exported {count} recommendations to {path}</source>
        <translation>已将 {count} 条建议导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="195"/>
        <source>Cancelled. No file was written.</source>
        <translation>已取消。未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="122"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="123"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="124"/>
        <source>Document symbol</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Document date</source>
        <translation>文件日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>UPR cycle</source>
        <translation>普遍定期审议周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="128"/>
        <source>State under review</source>
        <translation>受审议国</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="129"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="130"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="131"/>
        <source>Language of the text</source>
        <translation>案文语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="132"/>
        <source>Response (position)</source>
        <translation>答复（立场）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Source of the position</source>
        <translation>立场出处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="135"/>
        <source>OHCHR annotation id</source>
        <translation>人权高专办注释编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="136"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>SDG goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="141"/>
        <source>UPR Info issues</source>
        <translation>UPR Info 议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="142"/>
        <source>Implementation status</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="143"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="144"/>
        <source>Priority rationale</source>
        <translation>优先级理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="145"/>
        <source>Needs parliament</source>
        <translation>需要议会行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FileTotals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="36"/>
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln 个文件&lt;/b&gt;：{rows}。&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="39"/>
        <source>%Ln row(s) read in all</source>
        <translation>
            <numerusform>共读取 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="42"/>
        <source>Imported %Ln file(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="173"/>
        <source>1 minimal</source>
        <translation>1 最低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="174"/>
        <source>2 continuing</source>
        <translation>2 延续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="175"/>
        <source>3 considering</source>
        <translation>3 考虑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="176"/>
        <source>4 general</source>
        <translation>4 一般</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="177"/>
        <source>5 specific</source>
        <translation>5 具体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="187"/>
        <source>Any role</source>
        <translation>任何角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="188"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="189"/>
        <source>Supporting</source>
        <translation>协助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="190"/>
        <source>Without a lead agency</source>
        <translation>无牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="193"/>
        <source>Only recommendations that no agency leads yet</source>
        <translation>仅显示尚无牵头机构的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="195"/>
        <source>Needs parliament</source>
        <translation>需要议会行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="199"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation>勾选：仅这些；不勾选：仅其他；半选：两者皆可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="201"/>
        <source>Show the archive instead</source>
        <translation>改为显示归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="202"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="208"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="209"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="211"/>
        <source>Recommending State</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="212"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="213"/>
        <source>Implementation status</source>
        <translation>执行状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="214"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="215"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="219"/>
        <source>SDG goal</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="220"/>
        <source>SDG target</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="369"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>已勾选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="210"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="216"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="217"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="218"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="231"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="256"/>
        <source>(no cluster)</source>
        <translation>（无专题组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="259"/>
        <source>Cycle {number}</source>
        <translation>第 {number} 周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="276"/>
        <source>Any agency</source>
        <translation>任何机构</translation>
    </message>
</context>
<context>
    <name>FollowUpLists</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="73"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="94"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="74"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="95"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="75"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="86"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="96"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="76"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="77"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="98"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="83"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="84"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="85"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="87"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="88"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="97"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="108"/>
        <source>Double-click an action to open it</source>
        <translation>双击某项行动即可打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="129"/>
        <source>Overdue actions</source>
        <translation>逾期行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="132"/>
        <source>Reporting deadlines</source>
        <translation>报告截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="138"/>
        <source>Actions without indicators</source>
        <translation>无指标的行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="148"/>
        <source>{title} (first {shown} of {total})</source>
        <translation>{title}（{total} 项中的前 {shown} 项）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="171"/>
        <source>Overdue since {date}</source>
        <translation>自 {date} 起逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="176"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="177"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="33"/>
        <location filename="../../desktop/ui/views/form_import.py" line="58"/>
        <source>Import agency updates</source>
        <translation>导入机构进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="46"/>
        <source>Review agency updates</source>
        <translation>审核机构进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="49"/>
        <source>{file}: the form sent to {agency}.</source>
        <translation>{file}：发给{agency}的填报表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="54"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="55"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln 项冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="56"/>
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln 行被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="57"/>
        <source>%Ln row(s) unchanged</source>
        <translation>
            <numerusform>%Ln 行未变</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="64"/>
        <source>Take in</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="66"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="124"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="68"/>
        <source>Changes (before → from the form)</source>
        <translation>更改（原值 → 填报值）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="69"/>
        <source>In the register now</source>
        <translation>登记册现有内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="81"/>
        <source>Select the changes</source>
        <translation>选择所有更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="83"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="85"/>
        <source>Take in the selected</source>
        <translation>导入所选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="88"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="98"/>
        <source>Changes and conflicts</source>
        <translation>更改和冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="100"/>
        <source>Rejected rows (not taken in)</source>
        <translation>被拒绝的行（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="125"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="126"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="127"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="128"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="129"/>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="130"/>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="131"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="132"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="133"/>
        <source>Evidence or link</source>
        <translation>证据或链接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="134"/>
        <source>Next steps</source>
        <translation>下一步工作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="135"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="136"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="137"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="138"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="139"/>
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="140"/>
        <source>Latest date</source>
        <translation>最新日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="141"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="142"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="143"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="222"/>
        <source>Taking in %n item(s)…</source>
        <translation>
            <numerusform>正在导入 %n 项…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="244"/>
        <source>Taken in: %Ln progress update(s)</source>
        <translation>
            <numerusform>已导入：%Ln 条进展更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="245"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln 个测量值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="76"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="77"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="78"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="79"/>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="80"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="81"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="126"/>
        <source>Reading the history…</source>
        <translation>正在读取历史…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="151"/>
        <source>Choose a record to see its history.</source>
        <translation>请选择一条记录以查看其历史。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="155"/>
        <source>Nothing has been recorded about this record since the trail began.</source>
        <translation>自审计记录开始以来，此记录没有任何记载。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="158"/>
        <source>Newest first; times are this computer&apos;s local time.</source>
        <translation>最新的在前；时间为本机当地时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="197"/>
        <location filename="../../desktop/ui/views/history_panel.py" line="209"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="71"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="58"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>新增 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="59"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="60"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>未变 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="61"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>拒绝 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="66"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln row(s) read.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;：{format}，已读取 %Ln 行。&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="69"/>
        <source>Rejected, not imported: %Ln row(s).</source>
        <translation>
            <numerusform>被拒绝、不导入的行：%Ln 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="38"/>
        <source>New mechanisms</source>
        <translation>新机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="39"/>
        <source>New source documents</source>
        <translation>新来源文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="40"/>
        <source>New States</source>
        <translation>新国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="41"/>
        <source>New themes</source>
        <translation>新主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="42"/>
        <source>New affected persons</source>
        <translation>新受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="43"/>
        <source>New UPR Info issues</source>
        <translation>新 UPR Info 议题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="44"/>
        <source>New SDG targets</source>
        <translation>新可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="45"/>
        <source>New clusters</source>
        <translation>新专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="57"/>
        <source>{new}, {updated}, {unchanged}, {rejected}</source>
        <translation>{new}，{updated}，{unchanged}，{rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="68"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="85"/>
        <source>Import recommendations</source>
        <translation>导入建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="104"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="106"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="44"/>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="46"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="127"/>
        <source>Detect from the file</source>
        <translation>根据文件内容识别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="131"/>
        <source>(choose the columns)</source>
        <translation>（选择各列）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="135"/>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="141"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="142"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="143"/>
        <source>Column mapping:</source>
        <translation>列对应：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="145"/>
        <source>Other annotation types:</source>
        <translation>其他注释类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="148"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation>世界人权索引导出文件（XLSX 或 CSV）、人权高专办专题清单（Word）和 UPR Info 导出文件会根据内容自动识别。其他电子表格通过列对应导入。预览后经您确认才会写入；写入前先做经过核验的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="155"/>
        <source>Several files chosen together (Browse…) are imported in one go: one preview, one backup, and all of them or none.</source>
        <translation>一起选择的多个文件（浏览…）一次导入：一次预览、一次备份，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="55"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="70"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="56"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="57"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="58"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="59"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="60"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="61"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="71"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="72"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="90"/>
        <source>The first rows as they will be stored:</source>
        <translation>前几行将按如下方式保存：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="237"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="351"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="168"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;已导入 {file}。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="181"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>导入前已做经过核验的备份：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="25"/>
        <source>Keep them as context of their document</source>
        <translation>作为所属文件的背景保留</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="28"/>
        <source>Skip them</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="30"/>
        <source>UHRI exports also hold paragraphs of other types than recommendations (concerns and observations, positive aspects …). They never enter the register; kept, they are shown with the recommendations of the same document.</source>
        <translation>UHRI 导出文件还包含建议以外其他类型的段落（关切和意见、积极方面……）。它们从不进入登记册；若保留，将与同一文件的建议一起显示。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="42"/>
        <source>type not given (read as recommendations)</source>
        <translation>未注明类型（按建议读取）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="113"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="62"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="73"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="114"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="115"/>
        <source>Rows read</source>
        <translation>已读取行数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="116"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="117"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="118"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="119"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="143"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;（{format}）：{counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="166"/>
        <source>One verified backup was taken first, for all the files: {path}</source>
        <translation>导入前已为所有文件做了一次经过核验的备份：{path}</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="26"/>
        <source>UHRI export</source>
        <translation>世界人权索引导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="27"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation>人权高专办建议专题清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="30"/>
        <source>UPR Info export</source>
        <translation>UPR Info 导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="31"/>
        <source>Spreadsheet with a column mapping</source>
        <translation>按列对应导入的电子表格</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>New indicator</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="142"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="148"/>
        <source>Structural: laws, policies and institutions in place.
Process: efforts made to put them to work (programmes, budgets, training).
Outcome: the results people experience.</source>
        <translation>结构指标：已建立的法律、政策和机构。
过程指标：为使其发挥作用所作的努力（方案、预算、培训）。
结果指标：人们实际获得的成果。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="154"/>
        <source>e.g. %, per 100,000 live births</source>
        <translation>例如：%、每 10 万活产</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="160"/>
        <source>e.g. household survey, court records</source>
        <translation>例如：住户调查、法院记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="162"/>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="167"/>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="220"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="173"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="174"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="175"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="177"/>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="179"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="180"/>
        <source>Data source:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="181"/>
        <source>Reporting frequency:</source>
        <translation>报告频率：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="182"/>
        <source>Data reported by:</source>
        <translation>数据报告方：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="202"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="209"/>
        <source>in</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="231"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="232"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="233"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="234"/>
        <source>Baseline value</source>
        <translation>基线值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="235"/>
        <source>Baseline year</source>
        <translation>基线年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="236"/>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="237"/>
        <source>Target year</source>
        <translation>目标年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="238"/>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="239"/>
        <source>Reporting frequency</source>
        <translation>报告频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="240"/>
        <source>Data reported by</source>
        <translation>数据报告方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="254"/>
        <source>a year is a whole number</source>
        <translation>年份须为整数</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="81"/>
        <source>Add indicator…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="82"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="83"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="93"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="94"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="95"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="96"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="97"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="98"/>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="99"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="100"/>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="115"/>
        <source>Add measurement…</source>
        <translation>添加测量值…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="117"/>
        <source>Delete measurement</source>
        <translation>删除测量值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="174"/>
        <source>Save it first, then add its indicators here.</source>
        <translation>请先保存，然后在此添加其指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="222"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="236"/>
        <source>Data: {source}</source>
        <translation>数据：{source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="265"/>
        <source>Measurements of: {name}</source>
        <translation>测量值：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="267"/>
        <source>Measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="313"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="320"/>
        <source>Delete the indicator “{name}” and its measurements?</source>
        <translation>删除指标“{name}”及其测量值？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="363"/>
        <source>Delete the measurement of {date}?</source>
        <translation>删除 {date} 的测量值？</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="62"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="65"/>
        <source>The integrity check found damage in this database. What it shows may be incomplete, and changes may be lost. Restore a backup now: the damaged file is kept beside it.</source>
        <translation>完整性检查发现此数据库已损坏。其中显示的内容可能不完整，所做的更改可能丢失。请立即从备份恢复：损坏的文件会保留在其旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="70"/>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite 报告：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="74"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="77"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23"/>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Supported in part</source>
        <translation>部分支持</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>Noted</source>
        <translation>注意到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="34"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Partially implemented</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>Fully implemented</source>
        <translation>完全执行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="39"/>
        <source>No longer applicable</source>
        <translation>不再适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="46"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>Structural</source>
        <translation>结构指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Process</source>
        <translation>过程指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="156"/>
        <source>Outcome</source>
        <translation>结果指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="165"/>
        <source>Every six months</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="166"/>
        <source>Annual</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="167"/>
        <source>Every two years</source>
        <translation>每两年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="168"/>
        <source>Ad hoc</source>
        <translation>不定期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="175"/>
        <source>National human rights institution</source>
        <translation>国家人权机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="176"/>
        <source>Civil society</source>
        <translation>民间社会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="177"/>
        <source>Parliament</source>
        <translation>议会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="178"/>
        <source>Mixed</source>
        <translation>多方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="179"/>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="186"/>
        <source>UPR national report</source>
        <translation>普遍定期审议国家报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="187"/>
        <source>UPR mid-term report</source>
        <translation>普遍定期审议中期报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="188"/>
        <source>Treaty body periodic report</source>
        <translation>条约机构定期报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="189"/>
        <source>Treaty body follow-up</source>
        <translation>条约机构后续行动报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Reply to a special procedure</source>
        <translation>对特别程序的答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Regional report</source>
        <translation>区域报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="12"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="13"/>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="14"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="15"/>
        <source>Delayed</source>
        <translation>已延误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="16"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="23"/>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="24"/>
        <source>Adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="32"/>
        <source>No action addresses this recommendation: nothing to suggest.</source>
        <translation>没有针对此建议的行动：无可推荐的状况。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="35"/>
        <source>Every action was cancelled: nothing to suggest.</source>
        <translation>所有行动均已取消：无可推荐的状况。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="38"/>
        <source>All actions that were not cancelled are completed.</source>
        <translation>所有未取消的行动均已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="41"/>
        <source>Some actions are completed, others are not.</source>
        <translation>部分行动已完成，其余尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="44"/>
        <source>No action is completed; at least one is ongoing or delayed.</source>
        <translation>尚无行动完成；至少有一项正在进行或已延误。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="47"/>
        <source>Every action is still planned.</source>
        <translation>所有行动仍处于计划阶段。</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="28"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="29"/>
        <source>The recommendation being edited has unsaved changes, so the window stays as it is. The new language is used the next time NMRF Desk starts.</source>
        <translation>正在编辑的建议有未保存的更改，因此窗口保持不变。新语言将在下次启动 NMRF Desk 时使用。</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="41"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="42"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="73"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="178"/>
        <source>From the agency directory (Agencies page)</source>
        <translation>来自机构名录（“机构”页面）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="84"/>
        <source>Focal point:</source>
        <translation>联络人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="94"/>
        <source>Lead agencies</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="95"/>
        <source>Supporting agencies</source>
        <translation>协助机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="96"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="97"/>
        <source>Affected persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="98"/>
        <source>SDG goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="99"/>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="100"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="105"/>
        <source>Lead agency:</source>
        <translation>牵头机构：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="106"/>
        <source>Supporting agencies:</source>
        <translation>协助机构：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="107"/>
        <source>Themes:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="108"/>
        <source>Affected persons:</source>
        <translation>受影响群体：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="109"/>
        <source>SDG goals:</source>
        <translation>可持续发展目标：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="110"/>
        <source>SDG targets:</source>
        <translation>具体目标：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="111"/>
        <source>Recommending States:</source>
        <translation>提出建议的国家：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="170"/>
        <source>none in the agency directory</source>
        <translation>机构名录中没有联络人</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="67"/>
        <location filename="../../desktop/ui/views/status_line.py" line="59"/>
        <source>NMRF Desk</source>
        <translation>NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>&amp;Import recommendations…</source>
        <translation>导入建议(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Import &amp;agency updates…</source>
        <translation>导入机构进展(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Export recommendations…</source>
        <translation>导出建议(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>&amp;About NMRF Desk</source>
        <translation>关于 NMRF Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="74"/>
        <source>Daily backup written and verified: {path}</source>
        <translation>每日备份已写入并验证：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>Could not read the database: {error}</source>
        <translation>无法读取数据库：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="83"/>
        <location filename="../../desktop/ui/window_files.py" line="92"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="93"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation>{path} 已存在。请另选文件名，或使用“打开”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="103"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="137"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="138"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation>无法打开该数据库；当前数据库保持打开。

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="147"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="165"/>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="172"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="25"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="43"/>
        <source>new database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="45"/>
        <source>upgraded; backup at {path}</source>
        <translation>已升级；备份位于 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="48"/>
        <source>schema up to date</source>
        <translation>结构为最新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="49"/>
        <source>Database: {name} ({state})</source>
        <translation>数据库：{name}（{state}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="55"/>
        <source>This database is open read-only ({reason}): nothing can be changed.</source>
        <translation>此数据库以只读方式打开（{reason}）：无法进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="61"/>
        <source>{title} (read-only)</source>
        <translation>{title}（只读）</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Columns of {file}</source>
        <translation>{file} 的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>This file cannot be read: {problem}</source>
        <translation>无法读取此文件：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="95"/>
        <source>(choose a saved mapping)</source>
        <translation>（选择已保存的对应）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="319"/>
        <source>Delete saved mapping</source>
        <translation>删除已保存的对应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="103"/>
        <source>(from the column)</source>
        <translation>（取自列）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="111"/>
        <source>Save this mapping for next time</source>
        <translation>保存此对应以备下次使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="123"/>
        <source>Saved mapping:</source>
        <translation>已保存的对应：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="136"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation>文件的前几行（已对应的列突出显示）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="167"/>
        <source>The recommendation (official record)</source>
        <translation>建议（正式记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="172"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation>文件中没有机制列时用于每一行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="174"/>
        <source>Mechanism for every row:</source>
        <translation>每行的机制：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="175"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation>本办公室的工作（仅用于新建议）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="178"/>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="189"/>
        <source>(not in this file)</source>
        <translation>（此文件中没有）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="193"/>
        <source>one value per line, or separated by ;</source>
        <translation>每行一个值，或用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="241"/>
        <source>This file has no column named: {columns}</source>
        <translation>此文件中没有以下列：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="273"/>
        <source>{column} → {fields}</source>
        <translation>{column} → {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="297"/>
        <source>NMRF Desk export (built in)</source>
        <translation>NMRF Desk 导出（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="320"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation>删除已保存的对应“{name}”？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="367"/>
        <source>choose the column that holds the text</source>
        <translation>请选择包含案文的列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>请选择包含机制的列，或为每一行选择一个机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="372"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>此名称属于内置对应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="379"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="39"/>
        <source>Theme cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="40"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="42"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="59"/>
        <source>Not in a theme cluster</source>
        <translation>不属于任何专题组</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="66"/>
        <source>Chart of the measurements</source>
        <translation>测量值图表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="165"/>
        <source>No measurements yet</source>
        <translation>尚无测量值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="208"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="209"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="228"/>
        <source>{what} {value}</source>
        <translation>{what} {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="230"/>
        <source>{what} {value} ({year})</source>
        <translation>{what} {value}（{year} 年）</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="309"/>
        <source>Edit measurement</source>
        <translation>编辑测量值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="309"/>
        <source>New measurement</source>
        <translation>新建测量值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="324"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="325"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="326"/>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="327"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="328"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="338"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="339"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="340"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="341"/>
        <source>Note</source>
        <translation>备注</translation>
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
        <location filename="../../desktop/ui/views/picker_dialog.py" line="34"/>
        <source>Type to narrow the list</source>
        <translation>输入文字以缩小列表</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>Edit plan</source>
        <translation>编辑计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="76"/>
        <source>e.g. Cabinet Decision No. 14/2022</source>
        <translation>例如：内阁第 14/2022 号决定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="79"/>
        <source>National human rights action plan or development plan</source>
        <translation>国家人权行动计划或发展计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="82"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="214"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="83"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="84"/>
        <source>Period from</source>
        <translation>期间自</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="85"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="215"/>
        <source>Period to</source>
        <translation>期间至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="216"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="87"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="217"/>
        <source>Adopted on</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="218"/>
        <source>Decision reference</source>
        <translation>决定编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="219"/>
        <source>Part of</source>
        <translation>所属计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="111"/>
        <source>Recommendations the plan covers</source>
        <translation>计划涵盖的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="112"/>
        <source>None for now</source>
        <translation>暂不选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="113"/>
        <source>Those of the theme clusters ticked below</source>
        <translation>下方所勾选专题组的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="116"/>
        <source>Those the register shows now ({count})</source>
        <translation>登记册当前显示的建议（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="134"/>
        <source>Propose one action per theme cluster to start from</source>
        <translation>为每个专题组拟议一项初始行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="184"/>
        <source>Address the recommendations on {cluster}</source>
        <translation>落实关于 {cluster} 的建议</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="53"/>
        <source>Cluster, recommendation or action</source>
        <translation>专题组、建议或行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="54"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="55"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="56"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="57"/>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="58"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="99"/>
        <source>Not in a theme cluster</source>
        <translation>不属于任何专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="102"/>
        <source>{cluster} — {priority} priority</source>
        <translation>{cluster} — 优先级：{priority}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="107"/>
        <source>{recommendations}, {actions}</source>
        <translation>{recommendations}，{actions}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="110"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="112"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln 项行动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="116"/>
        <source>cost {totals}</source>
        <translation>费用：{totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="135"/>
        <source>Recommendations ({count})</source>
        <translation>建议（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="159"/>
        <source>{status} — overdue</source>
        <translation>{status} — 逾期</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="85"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="87"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="88"/>
        <source>Edit plan…</source>
        <translation>编辑计划…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="89"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="285"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="102"/>
        <source>Plan by cluster</source>
        <translation>按专题组分列的计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="103"/>
        <source>Priority matrix</source>
        <translation>优先级矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="104"/>
        <source>Costs by agency</source>
        <translation>按机构分列的费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="109"/>
        <source>New action…</source>
        <translation>新建行动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="111"/>
        <source>Edit action…</source>
        <translation>编辑行动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="113"/>
        <source>Record progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="116"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="377"/>
        <source>Delete action</source>
        <translation>删除行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="141"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="125"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="129"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation>执行计划：包含时间表、资源和指标的行动及其进展。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="209"/>
        <source>No plan yet. Create one from theme clusters or from the register.</source>
        <translation>尚无计划。请根据专题组或登记册创建计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="218"/>
        <source>adopted {date}</source>
        <translation>{date} 通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="223"/>
        <source>{recommendations}, {actions}, {overdue}</source>
        <translation>{recommendations}，{actions}，{overdue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="224"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="225"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln 项行动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="226"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="287"/>
        <source>Delete “{title}” with its %Ln action(s), their indicators and progress updates? The recommendations stay in the register.</source>
        <translation>
            <numerusform>删除“{title}”及其 %Ln 项行动以及相关指标和进展更新？建议仍保留在登记册中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="230"/>
        <source>cost {totals}</source>
        <translation>费用：{totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="362"/>
        <source>Progress on “{title}”</source>
        <translation>“{title}”的进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="378"/>
        <source>Delete this action with its indicators and progress updates?</source>
        <translation>删除此行动及其指标和进展更新？</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="58"/>
        <source>(no change)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="60"/>
        <source>{label} (current)</source>
        <translation>{label}（当前）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="64"/>
        <source>What happened, with references to evidence</source>
        <translation>所发生的情况，并注明证据出处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="75"/>
        <source>Attach evidence…</source>
        <translation>附加证据…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="78"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="157"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="91"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="158"/>
        <source>New status</source>
        <translation>新状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="92"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="159"/>
        <source>Narrative</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="93"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="161"/>
        <source>Reporting agency</source>
        <translation>报告机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="94"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="160"/>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="95"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="119"/>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="78"/>
        <source>Needs action by parliament</source>
        <translation>需要议会采取行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="94"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="95"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="96"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="97"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="349"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Reference:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Paragraph:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Text:</source>
        <translation>案文：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Response:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Action category:</source>
        <translation>行动类别：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="109"/>
        <source>Implementation status:</source>
        <translation>执行状况：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="111"/>
        <source>Rationale:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="112"/>
        <source>Cluster:</source>
        <translation>专题组：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="114"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="169"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="52"/>
        <source>Select a recommendation to see it here.</source>
        <translation>选择一条建议，在此查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="239"/>
        <source>(no cluster)</source>
        <translation>（无专题组）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="311"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="312"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="313"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="351"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation>永久删除 {reference}？其分工、进展和关联将一并删除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUpPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="91"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="92"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="93"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="94"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="95"/>
        <source>Lead agency</source>
        <translation>牵头机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="108"/>
        <source>Record this status…</source>
        <translation>记录此状况…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="111"/>
        <source>Record progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="116"/>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="117"/>
        <source>New status</source>
        <translation>新状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="118"/>
        <source>Narrative</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="119"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="120"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Consultation</source>
        <translation>磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="136"/>
        <source>Actions addressing it</source>
        <translation>针对此建议的行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="140"/>
        <source>Status history and progress</source>
        <translation>状况历史和进展</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="144"/>
        <source>Consultations that discussed it</source>
        <translation>讨论过此建议的磋商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="198"/>
        <source>{status} — overdue</source>
        <translation>{status} — 逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="215"/>
        <source>Suggested status: {status}. Rule: {rule}</source>
        <translation>推荐状况：{status}。规则：{rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="265"/>
        <source>Progress on the recommendation</source>
        <translation>此建议的进展</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45"/>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="46"/>
        <source>Recommending States</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="47"/>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="48"/>
        <source>Action category</source>
        <translation>行动类别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="49"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="50"/>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="51"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="52"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="53"/>
        <source>Status</source>
        <translation>状况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="54"/>
        <source>Cluster</source>
        <translation>专题组</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="55"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="79"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation>以任何语言搜索案文、编号和备注（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="91"/>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="59"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="63"/>
        <source>Follow-up</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="68"/>
        <source>Document context</source>
        <translation>文件背景</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_page.py" line="222"/>
        <source>At most %n word(s) per search</source>
        <translation>
            <numerusform>每次搜索最多 %n 个词</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="132"/>
        <location filename="../../desktop/ui/views/register_page.py" line="153"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="157"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation>从普遍定期审议、条约机构、特别程序和区域机制收到的全部建议登记册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="209"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="237"/>
        <source>Matching: {count}</source>
        <translation>符合条件：{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="276"/>
        <source>Save your changes to {reference}?</source>
        <translation>是否保存对 {reference} 的修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="346"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation>已创建；当前筛选条件下不显示（请清除筛选）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_columns.py" line="64"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="67"/>
        <source>Implementation plan</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="68"/>
        <source>Consolidated status report</source>
        <translation>综合进展报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="69"/>
        <source>Agency brief</source>
        <translation>机构简报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="70"/>
        <source>Register list</source>
        <translation>登记册清单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="85"/>
        <source>Cycle {cycle} (sessions {first}–{last})</source>
        <translation>第 {cycle} 周期（第 {first}–{last} 届会议）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="93"/>
        <source>By mechanism</source>
        <translation>按机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="94"/>
        <source>By theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="99"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="100"/>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="108"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="110"/>
        <source>DRAFT watermark across every page</source>
        <translation>每页加“草稿”水印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="113"/>
        <source>The report&apos;s own title</source>
        <translation>报告自身的标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="118"/>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="120"/>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="121"/>
        <source>Agency:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="122"/>
        <source>Covering:</source>
        <translation>涵盖范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="123"/>
        <source>Mechanism:</source>
        <translation>机制：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="124"/>
        <source>UPR cycle:</source>
        <translation>普遍定期审议周期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="125"/>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="126"/>
        <source>Sections:</source>
        <translation>分节：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="127"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="128"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="129"/>
        <source>Classification marking:</source>
        <translation>密级标识：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="131"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="174"/>
        <source>The plan&apos;s clusters by priority, with their recommendations, actions, agencies, costs and indicators.</source>
        <translation>按优先级列出计划的各专题组及其建议、行动、机构、费用和指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="178"/>
        <source>Implementation status in figures and by section, with the latest progress and overdue actions of each recommendation.</source>
        <translation>以数字和分节呈现落实情况，并列出每项建议的最新进展和逾期行动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="182"/>
        <source>What one agency leads and supports: its recommendations, actions, indicators and the reports due.</source>
        <translation>一个机构牵头和协助的工作：其建议、行动、指标以及应提交的报告。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="186"/>
        <source>The recommendations as a table, in the register&apos;s order.</source>
        <translation>以表格列出建议，顺序与登记册相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="198"/>
        <source>All recommendations</source>
        <translation>全部建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="199"/>
        <source>One mechanism</source>
        <translation>一个机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="200"/>
        <source>One UPR cycle</source>
        <translation>一个普遍定期审议周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="201"/>
        <source>One review or document</source>
        <translation>一次审议或一份文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="204"/>
        <source>What the register shows now ({count})</source>
        <translation>登记册当前显示的内容（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="213"/>
        <source>The register&apos;s selected rows ({count})</source>
        <translation>登记册中所选的行（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="254"/>
        <source>Choose the implementation plan (there is none yet).</source>
        <translation>请选择执行计划（目前尚无计划）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="256"/>
        <source>Choose the agency.</source>
        <translation>请选择机构。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="259"/>
        <source>Choose the mechanism.</source>
        <translation>请选择机制。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="261"/>
        <source>Choose the document.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="264"/>
        <source>No rows are selected in the register: select the recommendations to list there first.</source>
        <translation>登记册中未选择任何行：请先在登记册中选择要列出的建议。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="100"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="105"/>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="107"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="154"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="146"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="150"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs and lists of recommendations, in any of the six UN languages.</source>
        <translation>可直接提交内阁的 PDF 报告：执行计划、进展报告、机构简报和建议清单，可使用联合国六种语文中的任何一种。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="220"/>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="235"/>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="236"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} 已存在。是否替换？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="247"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="261"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="332"/>
        <source>The report was not written: {error}</source>
        <translation>报告未写入：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="291"/>
        <source>Writing {path}…</source>
        <translation>正在写入 {path}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="296"/>
        <source>The folder {folder} does not exist; no file was written.</source>
        <translation>文件夹 {folder} 不存在；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="300"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} 是一个文件夹：请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="323"/>
        <source>Report written: {path}</source>
        <translation>报告已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="330"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="336"/>
        <source>The report could not be made (no file was written): {error}</source>
        <translation>无法生成报告（未写入任何文件）：{error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="53"/>
        <source>Before an upgrade to a newer version</source>
        <translation>升级到新版本之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="55"/>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="56"/>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="57"/>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="82"/>
        <source>Backups of a database on a server are the server&apos;s business: its administrator takes them with pg_dump and restores them with pg_restore.</source>
        <translation>服务器上数据库的备份由服务器负责：由其管理员用 pg_dump 备份、用 pg_restore 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="88"/>
        <source>This database is open read-only ({reason}): no backup can be put in its place.</source>
        <translation>此数据库以只读方式打开（{reason}）：无法用备份替换它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="118"/>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="291"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="123"/>
        <source>Choose a backup to put in place of the database {path}. The current database is not deleted: it is kept beside it.</source>
        <translation>请选择用来替换数据库 {path} 的备份。当前数据库不会被删除，而是保留在其旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="146"/>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="147"/>
        <source>Restore a backup kept somewhere else</source>
        <translation>恢复保存在其他位置的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="149"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="153"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="170"/>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="184"/>
        <source>Backups are kept in {folder}</source>
        <translation>备份保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="187"/>
        <source>There are no backups of this database yet. NMRF Desk keeps them in {folder}: one a day when the database has changed, and one before each import and each upgrade. File › Back up… makes one now; “Other file…” restores a backup kept elsewhere.</source>
        <translation>此数据库还没有备份。NMRF Desk 将备份保存在 {folder}：数据库有改动时每天一份，每次导入和升级之前各一份。“文件 › 备份…”可立即备份；“其他文件…”可恢复保存在其他位置的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="208"/>
        <source>it holds no NMRF Desk tables</source>
        <translation>其中没有 NMRF Desk 的数据表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="210"/>
        <source>Cannot be read: {problem}</source>
        <translation>无法读取：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="226"/>
        <source>The backups cannot be read: {error}</source>
        <translation>无法读取备份：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="257"/>
        <source>Put the backup of {date} in place of the database?</source>
        <translation>用 {date} 的备份替换数据库？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="267"/>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="274"/>
        <source>Put the backup {file} in place of the database?</source>
        <translation>用备份 {file} 替换数据库？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="286"/>
        <source>The current database is kept beside it, in the same folder, under a name ending in “.replaced-” and the date and time: nothing is lost.</source>
        <translation>当前数据库保留在其旁边的同一文件夹中，文件名以“.replaced-”加日期和时间结尾：不会丢失任何数据。</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="44"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="60"/>
        <source>Backup restored: {backup}.</source>
        <translation>备份已恢复：{backup}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="87"/>
        <source>The backup was not restored; the database is as it was.

{error}</source>
        <translation>备份未恢复；数据库保持原样。

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="98"/>
        <source>The backup was put in place but cannot be opened.

{error}</source>
        <translation>备份已替换到位，但无法打开。

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="105"/>
        <source>The database it replaced is kept at {path}</source>
        <translation>被替换的数据库保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="110"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
</context>
<context>
    <name>RoleControls</name>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="51"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="82"/>
        <source>You ({login}) have no role in this database: you may read only.</source>
        <translation>您（{login}）在本数据库中没有角色：您只能阅读。</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="37"/>
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="39"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="101"/>
        <source>Delete view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="53"/>
        <source>Saved views…</source>
        <translation>已保存的视图…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="71"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="84"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="72"/>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="89"/>
        <source>this is not a number</source>
        <translation>不是有效的数字</translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="50"/>
        <source>Send update forms</source>
        <translation>发送进展填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="53"/>
        <source>Every agency with work assigned</source>
        <translation>所有有分配任务的机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="64"/>
        <source>e.g. January–June 2026</source>
        <translation>例如 2026 年 1 月至 6 月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="66"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="72"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="147"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="73"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="148"/>
        <source>Language of the form</source>
        <translation>填报表语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="74"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="149"/>
        <source>Return by</source>
        <translation>交回期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="75"/>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="76"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="79"/>
        <source>Each agency gets a workbook of the recommendations and actions it leads or supports, with a cover letter, and the form is recorded as sent. Send them by e-mail; File › Import agency updates… takes the filled forms back in.</source>
        <translation>每个机构将收到一份工作簿，列出其牵头或协助的建议和行动，并附一封说明函；每份填报表都记录为已发送。请通过电子邮件发送；“文件 › 导入机构进展…”可导入填好的表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="87"/>
        <source>Write the forms</source>
        <translation>生成填报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="90"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="105"/>
        <source>Folder for the forms</source>
        <translation>填报表文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="115"/>
        <source>Choose a folder that exists for the forms.</source>
        <translation>请为填报表选择一个现有文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="125"/>
        <source>Writing the forms…</source>
        <translation>正在生成填报表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="139"/>
        <source>%n form(s) written to {folder}.</source>
        <translation>
            <numerusform>已将 %n 份填报表写入 {folder}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation>例如：司法部，国家执行、报告和后续行动机制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="80"/>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="82"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="88"/>
        <source>PNG or JPEG, at most 2 MB; printed on the reports&apos; cover.</source>
        <translation>PNG 或 JPEG，最大 2 MB；印在报告封面上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="97"/>
        <source>Organisation name:</source>
        <translation>组织名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="98"/>
        <source>Organisation emblem:</source>
        <translation>组织徽标：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="99"/>
        <source>Default report language:</source>
        <translation>默认报告语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="100"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="101"/>
        <source>The window reopens in the new interface language where it was.</source>
        <translation>窗口将以新的界面语言在原处重新打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="128"/>
        <source>No emblem</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="137"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="174"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="181"/>
        <source>Organisation emblem</source>
        <translation>组织徽标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="153"/>
        <source>{file}: the image is larger than 2 MB.</source>
        <translation>{file}：图片大于 2 MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="175"/>
        <source>Organisation emblem: {problem}</source>
        <translation>组织徽标：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="180"/>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="182"/>
        <source>Default report language</source>
        <translation>默认报告语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="208"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="68"/>
        <source>Bar chart</source>
        <translation>条形图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="194"/>
        <source>Nothing to show</source>
        <translation>无可显示内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="238"/>
        <source>{label}: {count} in all</source>
        <translation>{label}：共 {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="246"/>
        <source>{label}, {series}: {count} ({share} %)</source>
        <translation>{label}，{series}：{count}（{share}%）</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Restore the newest backup, {path}?</source>
        <translation>恢复最新的备份 {path}？</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>The file it replaces is kept beside it.</source>
        <translation>被替换的文件将保留在其旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="102"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="108"/>
        <source>Upgrade failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="123"/>
        <source>No database</source>
        <translation>没有数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="124"/>
        <source>There is no database where one was expected.</source>
        <translation>预期位置没有数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126"/>
        <source>Not a database</source>
        <translation>不是数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="127"/>
        <source>This file is not an NMRF Desk database; nothing was changed.</source>
        <translation>此文件不是 NMRF Desk 数据库；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation>数据库已损坏，无法安全打开。</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="137"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="27"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="32"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="28"/>
        <source>Groups of persons</source>
        <translation>受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="36"/>
        <source>The themes and groups of persons recommendations are tagged with. Imports match names ignoring case, spacing, punctuation and “&amp;”/“and”; rename a name here, or merge names that mean the same thing into one.</source>
        <translation>建议所标注的主题和受影响群体。导入时比较名称不区分大小写、空格、标点以及“&amp;”/“and”；可在此重命名，或将含义相同的名称合并为一个。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="53"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="143"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="57"/>
        <source>Who may do what in this database. A user is a login: on a server, the login people connect with; on a file, the computer&apos;s login. Whoever adds the first user becomes the administrator.</source>
        <translation>谁可以在本数据库中做什么。用户即登录名：在服务器上是用于连接的登录名；在文件数据库中是计算机的登录名。添加第一个用户的人将成为管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="125"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="131"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="87"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="126"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="84"/>
        <source>Only to create a new server login</source>
        <translation>仅用于创建新的服务器登录名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="127"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="93"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="96"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="99"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="247"/>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>a login cannot be empty</source>
        <translation>登录名不能为空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>a focal point speaks for one agency: choose it</source>
        <translation>联络人代表一个机构：请选择该机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="225"/>
        <source>{login} was added.</source>
        <translation>已添加 {login}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="235"/>
        <source>{login} is now: {role}.</source>
        <translation>{login} 现在的角色：{role}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="249"/>
        <source>Remove {login}? They may then only read; what they did stays in the trail.</source>
        <translation>删除 {login}？此后该用户只能阅读；其操作记录仍保留在审计记录中。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="258"/>
        <source>{login} was removed.</source>
        <translation>已删除 {login}。</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter themes by name</source>
        <translation>按名称筛选主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter groups by name</source>
        <translation>按名称筛选群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="67"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="69"/>
        <source>UHRI code</source>
        <translation>UHRI 代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="86"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="88"/>
        <source>Merge selected…</source>
        <translation>合并所选…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="90"/>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="91"/>
        <source>Put back the last merge (Ctrl+Z)</source>
        <translation>撤销上一次合并（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="113"/>
        <source>The database is read-only.</source>
        <translation>数据库为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="137"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename theme</source>
        <translation>重命名主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename group of persons</source>
        <translation>重命名受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="171"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge themes</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge groups of persons</source>
        <translation>合并受影响群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="179"/>
        <source>Keep this name; the others join it and their recommendations move to it:</source>
        <translation>保留此名称；其他名称并入其中，其建议也随之转入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="193"/>
        <source>Select one theme to rename.</source>
        <translation>请选择一个要重命名的主题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="195"/>
        <source>Select one group of persons to rename.</source>
        <translation>请选择一个要重命名的受影响群体。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="206"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>已将“{old}”重命名为“{new}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="224"/>
        <source>Select two or more themes to merge.</source>
        <translation>请选择两个或更多要合并的主题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="226"/>
        <source>Select two or more groups of persons to merge.</source>
        <translation>请选择两个或更多要合并的受影响群体。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="244"/>
        <source>Names merged into “{name}”: %n.</source>
        <translation>
            <numerusform>并入“{name}”的名称：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="247"/>
        <source>Recommendations relinked: %n.</source>
        <translation>
            <numerusform>重新关联的建议：%n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="271"/>
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation>
            <numerusform>合并已撤销；恢复原有关联的建议：%n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="248"/>
        <source>Undo merge or Ctrl+Z puts them back.</source>
        <translation>“撤销合并”或 Ctrl+Z 可恢复原状。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="263"/>
        <source>There is no merge to undo.</source>
        <translation>没有可撤销的合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="285"/>
        <source>The merge cannot be undone: the names changed since (the name kept was deleted, or a merged name is in use again). Nothing was changed.</source>
        <translation>无法撤销合并：名称在此之后已有变动（保留的名称已被删除，或被合并的名称已重新使用）。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="314"/>
        <source>“{name}” is the same name as the theme “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>“{name}”与主题“{other}”是同一名称：比较名称时不区分大小写、空格、标点以及“&amp;”/“and”。请同时选中两者并将其合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="320"/>
        <source>“{name}” is the same name as the group “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>“{name}”与群体“{other}”是同一名称：比较名称时不区分大小写、空格、标点以及“&amp;”/“and”。请同时选中两者并将其合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="328"/>
        <source>The list changed meanwhile (someone else renamed, merged or deleted a name); it has been read again. Try once more.</source>
        <translation>列表在此期间已有变动（他人重命名、合并或删除了名称），已重新读取。请再试一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="332"/>
        <source>The name must not be empty or longer than 300 characters.</source>
        <translation>名称不能为空，也不能超过 300 个字符。</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_chooser.py" line="125"/>
        <source>%Ln file(s): {names}</source>
        <translation>
            <numerusform>%Ln 个文件：{names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypesText</name>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="66"/>
        <source>Annotation types:</source>
        <translation>注释类型：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="80"/>
        <source>%n recommendation(s) stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</source>
        <translation>
            <numerusform>%n 条建议虽然文件给出其他类型，但仍留在登记册中，因为已有人处理过（专题组、计划、行动、机构、进展……）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="92"/>
        <source>%n paragraph(s) of other types kept as context of their document.</source>
        <translation>
            <numerusform>%n 个其他类型的段落已作为所属文件的背景保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="96"/>
        <source>%n paragraph(s) of other types will be kept as context of their document, never as recommendations.</source>
        <translation>
            <numerusform>%n 个其他类型的段落将作为所属文件的背景保留，绝不作为建议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="102"/>
        <source>%n paragraph(s) of other types skipped.</source>
        <translation>
            <numerusform>已跳过 %n 个其他类型的段落。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="103"/>
        <source>%n paragraph(s) of other types will be skipped.</source>
        <translation>
            <numerusform>将跳过 %n 个其他类型的段落。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="110"/>
        <source>%n recommendation(s) left the register: the file gives another type.</source>
        <translation>
            <numerusform>%n 条建议已移出登记册：文件给出的是其他类型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="118"/>
        <source>%n recommendation(s) will leave the register: the file gives another type.</source>
        <translation>
            <numerusform>%n 条建议将移出登记册：文件给出的是其他类型。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="125"/>
        <source>%n context paragraph(s) became recommendations.</source>
        <translation>
            <numerusform>%n 个背景段落已成为建议。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="129"/>
        <source>%n context paragraph(s) will become recommendations.</source>
        <translation>
            <numerusform>%n 个背景段落将成为建议。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="89"/>
        <source>Someone else changed this since you opened it; nothing was saved. Close it and open it again to see their changes.</source>
        <translation>您打开之后，其他人已更改了此内容；未保存任何内容。请关闭后重新打开，以查看他们的更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="100"/>
        <location filename="../../desktop/ui/operations.py" line="110"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="113"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation>保留您的版本（将替换对方的版本）、采用对方的版本（放弃您的修改），或继续编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="120"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="123"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="127"/>
        <source>Go on editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="151"/>
        <source>Could not finish</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="247"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
