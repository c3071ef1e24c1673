<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="14"/>
        <source>Follow-up of the human rights recommendations a State receives from the United Nations and regional mechanisms, for national mechanisms for implementation, reporting and follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="20"/>
        <source>Database in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="30"/>
        <source>About NMRF Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="40"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="41"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="42"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="43"/>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="44"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="45"/>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="46"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="62"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="63"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="64"/>
        <source>Merge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="65"/>
        <source>Show its recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="76"/>
        <location filename="../../desktop/ui/views/agencies_page.py" line="159"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="80"/>
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="129"/>
        <source>Select one agency to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="140"/>
        <source>Select two or more agencies to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="145"/>
        <source>Merge agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="146"/>
        <source>Keep this one; the others join it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="55"/>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="55"/>
        <source>New agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="66"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="71"/>
        <source>Add focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="73"/>
        <source>Remove focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="85"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="86"/>
        <source>Acronym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="87"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="88"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="95"/>
        <source>Focal points (the first is the main contact):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="29"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="30"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="31"/>
        <source>Parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="32"/>
        <source>Judiciary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="33"/>
        <source>National human rights institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="36"/>
        <source>Statistics office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="37"/>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="38"/>
        <source>Local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="39"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="55"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="56"/>
        <source>Set implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="59"/>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="62"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="63"/>
        <source>Put in cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="66"/>
        <source>(no cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="68"/>
        <source>Assign lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="69"/>
        <source>Assign supporting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="75"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="76"/>
        <source>Undo the last bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="90"/>
        <source>Select recommendations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="94"/>
        <source>Changing {count} recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="130"/>
        <source>Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="138"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="140"/>
        <source>Bulk action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="141"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="146"/>
        <source>There is no bulk action to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="156"/>
        <source>Undone: {count} recommendations as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="61"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="62"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="63"/>
        <source>Merge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="64"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="65"/>
        <source>Show in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="76"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="118"/>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="126"/>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="126"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="134"/>
        <source>Select one cluster to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="157"/>
        <source>Select two or more clusters to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="162"/>
        <source>Merge clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="163"/>
        <source>Keep this one; the others join it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="180"/>
        <source>Delete clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="182"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="134"/>
        <source>By response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="135"/>
        <source>By implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="136"/>
        <source>By mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="140"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="143"/>
        <source>Where implementation stands, at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="148"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="148"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="176"/>
        <source>{recs} recommendations · {agencies} agencies · {plans} plans · {actions} actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="51"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="119"/>
        <source>Export recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="56"/>
        <source>The selected recommendations ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="61"/>
        <source>Everything the register shows now ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="65"/>
        <source>Every recommendation (not the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="73"/>
        <source>recommendations.xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="81"/>
        <source>An Excel workbook holds the recommendations with every field, and sheets for agencies, assignments, focal points and clusters; a CSV file (UTF-8, for Excel) holds the recommendations. Cells that a spreadsheet would take for a formula are written as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="94"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="180"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="106"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="108"/>
        <source>What to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="135"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="139"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="186"/>
        <source>Exported {count} recommendations to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="194"/>
        <source>Cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="67"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="68"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="69"/>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="70"/>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="71"/>
        <source>UPR cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="72"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="73"/>
        <source>State under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="74"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="76"/>
        <source>Language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="77"/>
        <source>Response (position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="78"/>
        <source>Source of the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="79"/>
        <source>Action category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="80"/>
        <source>OHCHR annotation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="81"/>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="82"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="83"/>
        <source>Affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="84"/>
        <source>SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="85"/>
        <source>SDG goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="86"/>
        <source>UPR Info issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>Implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="88"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="89"/>
        <source>Priority rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="90"/>
        <source>Needs parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="91"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="92"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="81"/>
        <source>1 minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="82"/>
        <source>2 continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="83"/>
        <source>3 considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="84"/>
        <source>4 general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="85"/>
        <source>5 specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="93"/>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="94"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="95"/>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="96"/>
        <source>Needs parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="100"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="102"/>
        <source>Show the archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="103"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="108"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="109"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="110"/>
        <source>Implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="111"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="112"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="113"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="114"/>
        <source>Action category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="115"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="116"/>
        <source>Affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="117"/>
        <source>SDG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="121"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="144"/>
        <source>(no cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="152"/>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="62"/>
        <source>New mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="63"/>
        <source>New source documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="64"/>
        <source>New States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="65"/>
        <source>New themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="66"/>
        <source>New affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="67"/>
        <source>New UPR Info issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="68"/>
        <source>New SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="69"/>
        <source>New clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="96"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="229"/>
        <source>Import recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="113"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="115"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="117"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="221"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="136"/>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="137"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="143"/>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="147"/>
        <source>(choose the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="151"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="157"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="158"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="159"/>
        <source>Column mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="162"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="182"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="193"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="183"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="184"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="185"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="186"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="187"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="188"/>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="193"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="193"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="199"/>
        <source>The first rows as they will be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="221"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="221"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="263"/>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="370"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="382"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="391"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, {rows} rows read.&lt;br&gt;{counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="413"/>
        <source>Rejected rows ({count}): they will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="438"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="448"/>
        <source>A verified backup was taken first: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="48"/>
        <source>UHRI export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="49"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="52"/>
        <source>UPR Info export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="53"/>
        <source>Spreadsheet with a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="12"/>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="13"/>
        <source>Supported in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="14"/>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="15"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="16"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Fully implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="28"/>
        <source>No longer applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>NMRF Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="105"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>&amp;Import recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119"/>
        <source>&amp;Export recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131"/>
        <source>&amp;About NMRF Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>upgraded; backup at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>schema up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>Database: {name} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>Could not read the database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="229"/>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="249"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Backup written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="109"/>
        <source>Columns of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>This file cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="129"/>
        <source>(choose a saved mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="131"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>Delete saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="137"/>
        <source>(from the column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save this mapping for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="155"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="157"/>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="170"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="179"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="223"/>
        <source>The recommendation (official record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="228"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="230"/>
        <source>Mechanism for every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="231"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="234"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="245"/>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="249"/>
        <source>one value per line, or separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="297"/>
        <source>This file has no column named: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="329"/>
        <source>{column} → {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="347"/>
        <source>NMRF Desk export (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="370"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="398"/>
        <source>choose the column that holds the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="400"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="403"/>
        <source>this name belongs to the built-in mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="410"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="31"/>
        <source>New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="41"/>
        <source>e.g. 118.23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="52"/>
        <source>Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="53"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="54"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="55"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="66"/>
        <source>(no document)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/ui/views/picker_dialog.py" line="31"/>
        <source>Type to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="100"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="104"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="109"/>
        <source>Implementation plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="110"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="69"/>
        <source>Needs action by parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="78"/>
        <source>Themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="79"/>
        <source>Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="80"/>
        <source>SDG targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="81"/>
        <source>Lead agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="82"/>
        <source>Supporting agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="92"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="93"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="94"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="190"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="95"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="388"/>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="102"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="103"/>
        <source>Paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Action category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Implementation status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="109"/>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="112"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="165"/>
        <source>Select a recommendation to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="190"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="254"/>
        <source>(no cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="265"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="266"/>
        <source>Affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="267"/>
        <source>SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="268"/>
        <source>Lead agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="269"/>
        <source>Supporting agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="285"/>
        <source>Recommending States: {states}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="327"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="331"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="335"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="336"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="337"/>
        <source>Go on editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="389"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="31"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="32"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="33"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="34"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="35"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="36"/>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="37"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="38"/>
        <source>Action category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="39"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="40"/>
        <source>SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="84"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="106"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="180"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="184"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="203"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="230"/>
        <source>Matching: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="268"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="269"/>
        <source>Save your changes to {reference}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="316"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="374"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="117"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="121"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="38"/>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="40"/>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="54"/>
        <source>Saved views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="72"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="82"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="73"/>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63"/>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="64"/>
        <source>Default report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="65"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="66"/>
        <source>A new interface language takes effect when NMRF Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="87"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="74"/>
        <location filename="../../desktop/app.py" line="80"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83"/>
        <source>Restore the newest backup, {path}?
The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="95"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="101"/>
        <source>Upgrade failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="106"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
