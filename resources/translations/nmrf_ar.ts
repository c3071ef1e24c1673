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
    <name>ActionAgenciesEditor</name>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="37"/>
        <source>Add lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="40"/>
        <source>Add supporting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="42"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="69"/>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="72"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="73"/>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="81"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="81"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="83"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="314"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="89"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="90"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="139"/>
        <source>Within the existing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="143"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="307"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="144"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="145"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="309"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="146"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="308"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="147"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="148"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="310"/>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="149"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="311"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="150"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="312"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="159"/>
        <source>Recommendations of the plan this action addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="161"/>
        <source>Theme clusters it addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="170"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="171"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="172"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="173"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="174"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="175"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="187"/>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="224"/>
        <source>Save the action first to record its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="248"/>
        <source>Double-click to save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="274"/>
        <source>this is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="286"/>
        <source>Someone else changed this action since you opened it; nothing was saved. Close the editor and open the action again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="313"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="315"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="316"/>
        <source>Theme clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="330"/>
        <source>Progress on “{title}”</source>
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
    <name>AlertsButton</name>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="20"/>
        <source>Open the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="34"/>
        <source>{n} overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="40"/>
        <source>{n} overdue reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="46"/>
        <source>{n} reports due within 90 days</source>
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
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="86"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="87"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="88"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="89"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="90"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="91"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="138"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="92"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="109"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="110"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="111"/>
        <source>Mark submitted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="112"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="113"/>
        <source>Show the recommendations covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="125"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="310"/>
        <source>Reporting calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="129"/>
        <source>Reports due to the UPR, the treaty bodies and other mechanisms: when each is due, whether it went in, and the recommendations it must cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="135"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="136"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="137"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="167"/>
        <source>{n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="207"/>
        <source>{overdue} overdue · {upcoming} due in the next {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="215"/>
        <source>next due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="218"/>
        <source>No reporting deadline yet: use New… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="231"/>
        <source>Select one deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="255"/>
        <source>Mark submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="267"/>
        <source>Submitted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="288"/>
        <source>Select the deadlines to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="292"/>
        <source>Delete deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="293"/>
        <source>Delete {titles}? The recommendations stay in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="40"/>
        <source>Type to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="41"/>
        <source>Enter ticks the values shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterPriorityDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="28"/>
        <source>Priority of “{cluster}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="38"/>
        <source>Why: e.g. the next review, the budget cycle, the gravity of the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="41"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="42"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="50"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="50"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="50"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="63"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="64"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="65"/>
        <source>Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="66"/>
        <source>Merge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="67"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="68"/>
        <source>Show in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="121"/>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="82"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="129"/>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="129"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="141"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="137"/>
        <source>Select one cluster to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="141"/>
        <source>Rename cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="160"/>
        <source>Select one cluster to prioritise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="180"/>
        <source>Select two or more clusters to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="185"/>
        <source>Merge clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="186"/>
        <source>Keep this one; the others join it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="203"/>
        <source>Delete clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="205"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>Edit consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="107"/>
        <source>Date held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="108"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="109"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="112"/>
        <source>Type to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="120"/>
        <source>Organisations not in the agency directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="122"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="124"/>
        <source>Agencies present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="127"/>
        <source>Other participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="131"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="141"/>
        <source>Reference or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="143"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="168"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="145"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="169"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="163"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="170"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="239"/>
        <source>Recommendations discussed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="249"/>
        <source>Type a reference or words to find recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="262"/>
        <source>No recommendation matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="278"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="393"/>
        <source>Recommendations discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="296"/>
        <source>Attach evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="305"/>
        <source>Stored when you save: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="319"/>
        <source>Select a saved attachment to save a copy of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="322"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="328"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="377"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="379"/>
        <source>Someone else changed or deleted this consultation after you opened it. Your changes were not saved: close this window and open the consultation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="384"/>
        <source>Not saved: changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="390"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="391"/>
        <source>Date held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="392"/>
        <source>Agencies present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="50"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="51"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="52"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="53"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="54"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="55"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="73"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="74"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="75"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="76"/>
        <source>Show the recommendations discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="87"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="91"/>
        <source>Consultations with the national human rights institution, civil society and parliament: who took part, what was discussed, and the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="132"/>
        <source>No consultation recorded yet: use New… to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="152"/>
        <source>Select one consultation to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="174"/>
        <source>Select the consultations to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="178"/>
        <source>Delete consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="180"/>
        <source>Delete {titles} with their attachments? The recommendations stay in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="196"/>
        <source>Select one consultation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="74"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="75"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="76"/>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="77"/>
        <source>Within existing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="78"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="94"/>
        <source>No lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="99"/>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="117"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="118"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="119"/>
        <source>Reports overdue or due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="120"/>
        <source>Actions without indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="121"/>
        <source>Recommendations without a lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="134"/>
        <source>By mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="134"/>
        <source>Numbers by mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="135"/>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="135"/>
        <source>Numbers by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="136"/>
        <source>By SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="136"/>
        <source>Numbers by SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="137"/>
        <source>By lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="137"/>
        <source>Numbers by lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="155"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="157"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="207"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="211"/>
        <source>Where implementation stands, what is late and what falls due. Click a number to see those recommendations in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="242"/>
        <source>Could not read the dashboard: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="259"/>
        <source>As on {date}; reports due within {days} days count as due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="272"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="296"/>
        <source>The chart shows the {n} largest of {total}; the table lists all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="318"/>
        <source>Show these {n} in the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>Edit deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>New reporting deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="103"/>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="116"/>
        <source>Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="117"/>
        <source>Kind of report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="118"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="119"/>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="120"/>
        <source>Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="121"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="128"/>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="312"/>
        <source>Recommendations covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="131"/>
        <source>The report covers every live recommendation of the documents ticked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="187"/>
        <source>{symbol} ({date}): {n} live recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="209"/>
        <source>This mechanism has no documents in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="240"/>
        <source>{n} recommendations covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="243"/>
        <source>(a half-ticked document: only some of its recommendations, chosen one by one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="296"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="298"/>
        <source>Someone else changed or deleted this deadline after you opened it. Your changes were not saved: close this window and open the deadline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="302"/>
        <source>Not saved: changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="308"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="309"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="310"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="311"/>
        <source>Submitted</source>
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
        <location filename="../../desktop/ui/i18n.py" line="61"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="62"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="63"/>
        <source>Document symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="64"/>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="65"/>
        <source>UPR cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="66"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="67"/>
        <source>State under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="68"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="69"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="70"/>
        <source>Language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="71"/>
        <source>Response (position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="72"/>
        <source>Source of the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="73"/>
        <source>Action category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="74"/>
        <source>OHCHR annotation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="75"/>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="76"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="77"/>
        <source>Affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="78"/>
        <source>SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="79"/>
        <source>SDG goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="80"/>
        <source>UPR Info issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="81"/>
        <source>Implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="82"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="83"/>
        <source>Priority rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="84"/>
        <source>Needs parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="85"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="86"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="139"/>
        <source>1 minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="140"/>
        <source>2 continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="141"/>
        <source>3 considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="142"/>
        <source>4 general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="143"/>
        <source>5 specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="153"/>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="154"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="155"/>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="156"/>
        <source>Without a lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="159"/>
        <source>Only recommendations that no agency leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="161"/>
        <source>Needs parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="165"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="167"/>
        <source>Show the archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="168"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="174"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="175"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="177"/>
        <source>Recommending State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="178"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="179"/>
        <source>Implementation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="180"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="181"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="185"/>
        <source>SDG goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="186"/>
        <source>SDG target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="330"/>
        <source>%n ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="176"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="182"/>
        <source>Action category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="183"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="184"/>
        <source>Affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="197"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="222"/>
        <source>(no cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="225"/>
        <source>Cycle {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="237"/>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpLists</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="73"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="94"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="74"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="95"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="75"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="86"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="96"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="76"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="77"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="98"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="83"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="84"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="87"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="88"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="108"/>
        <source>Double-click an action to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="129"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="132"/>
        <source>Reporting deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="138"/>
        <source>Actions without indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="148"/>
        <source>{title} (first {shown} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="171"/>
        <source>Overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="176"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="177"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="63"/>
        <source>New mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="64"/>
        <source>New source documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="65"/>
        <source>New States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="66"/>
        <source>New themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="67"/>
        <source>New affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="68"/>
        <source>New UPR Info issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="69"/>
        <source>New SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="70"/>
        <source>New clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="231"/>
        <source>Import recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="116"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="118"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="223"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="137"/>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="138"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="144"/>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="148"/>
        <source>(choose the columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="152"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="158"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="159"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="160"/>
        <source>Column mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="163"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="183"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="195"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="184"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="185"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="186"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="187"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="188"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="189"/>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="195"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="195"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="201"/>
        <source>The first rows as they will be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="223"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="223"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="265"/>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="372"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="384"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="393"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, {rows} rows read.&lt;br&gt;{counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="415"/>
        <source>Rejected rows ({count}): they will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="440"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="450"/>
        <source>A verified backup was taken first: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="49"/>
        <source>UHRI export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="50"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="53"/>
        <source>UPR Info export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="54"/>
        <source>Spreadsheet with a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="158"/>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="158"/>
        <source>New indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="164"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="170"/>
        <source>Structural: laws, policies and institutions in place.
Process: efforts made to put them to work (programmes, budgets, training).
Outcome: the results people experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="176"/>
        <source>e.g. %, per 100,000 live births</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="182"/>
        <source>e.g. household survey, court records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="184"/>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="189"/>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="242"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="195"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="196"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="197"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="199"/>
        <source>Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="201"/>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="202"/>
        <source>Data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="203"/>
        <source>Reporting frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="204"/>
        <source>Data reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="224"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="231"/>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="253"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="254"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="255"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="256"/>
        <source>Baseline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="257"/>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="258"/>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="259"/>
        <source>Target year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="260"/>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="261"/>
        <source>Reporting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="262"/>
        <source>Data reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="276"/>
        <source>a year is a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="81"/>
        <source>Add indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="82"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="83"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="93"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="94"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="95"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="96"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="97"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="98"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="99"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="100"/>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="115"/>
        <source>Add measurement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="117"/>
        <source>Delete measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="175"/>
        <source>Save it first, then add its indicators here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="224"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="238"/>
        <source>Data: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="267"/>
        <source>Measurements of: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="269"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="315"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="322"/>
        <source>Delete the indicator “{name}” and its measurements?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="364"/>
        <source>Delete the measurement of {date}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="13"/>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="14"/>
        <source>Supported in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="15"/>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="16"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="17"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Partially implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="28"/>
        <source>Fully implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="29"/>
        <source>No longer applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="93"/>
        <source>Structural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="94"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="95"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="102"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="103"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="104"/>
        <source>Every six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="105"/>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="106"/>
        <source>Every two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="107"/>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="114"/>
        <source>National human rights institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="115"/>
        <source>Civil society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="116"/>
        <source>Parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="117"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="118"/>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>UPR national report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>UPR mid-term report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Treaty body periodic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="128"/>
        <source>Treaty body follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="129"/>
        <source>Reply to a special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="132"/>
        <source>Regional report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="12"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="13"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="14"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="15"/>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="16"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="23"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="24"/>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="32"/>
        <source>No action addresses this recommendation: nothing to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="35"/>
        <source>Every action was cancelled: nothing to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="38"/>
        <source>All actions that were not cancelled are completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="41"/>
        <source>Some actions are completed, others are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="44"/>
        <source>No action is completed; at least one is ongoing or delayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="47"/>
        <source>Every action is still planned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="39"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="40"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="70"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="166"/>
        <source>From the agency directory (Agencies page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="81"/>
        <source>Focal point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="91"/>
        <source>Lead agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="92"/>
        <source>Supporting agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="93"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="94"/>
        <source>Affected persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="95"/>
        <source>SDG goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="96"/>
        <source>SDG targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="97"/>
        <source>Recommending States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="102"/>
        <source>Lead agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="103"/>
        <source>Supporting agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="104"/>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="105"/>
        <source>Affected persons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="106"/>
        <source>SDG goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="107"/>
        <source>SDG targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="108"/>
        <source>Recommending States:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="158"/>
        <source>none in the agency directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="73"/>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>NMRF Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="138"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144"/>
        <source>&amp;Import recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <source>&amp;Export recommendations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>&amp;About NMRF Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>upgraded; backup at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197"/>
        <source>schema up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="199"/>
        <source>Database: {name} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>This database is open read-only ({reason}): nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>{title} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>Daily backup written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>Could not read the database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339"/>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="349"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="359"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="392"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="394"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="401"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419"/>
        <source>Backup written and verified: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="424"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Columns of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>This file cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="95"/>
        <source>(choose a saved mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="335"/>
        <source>Delete saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="103"/>
        <source>(from the column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="111"/>
        <source>Save this mapping for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="123"/>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="136"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="189"/>
        <source>The recommendation (official record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="194"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="196"/>
        <source>Mechanism for every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="197"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="200"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="211"/>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="215"/>
        <source>one value per line, or separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="263"/>
        <source>This file has no column named: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="295"/>
        <source>{column} → {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="313"/>
        <source>NMRF Desk export (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="336"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="364"/>
        <source>choose the column that holds the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="366"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>this name belongs to the built-in mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="376"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="38"/>
        <source>Theme cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="39"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="41"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="58"/>
        <source>Not in a theme cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="66"/>
        <source>Chart of the measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="165"/>
        <source>No measurements yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="208"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="209"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="228"/>
        <source>{what} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="230"/>
        <source>{what} {value} ({year})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="331"/>
        <source>Edit measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="331"/>
        <source>New measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="346"/>
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="347"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="348"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="349"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="350"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="360"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="361"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="362"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="363"/>
        <source>Note</source>
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
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="58"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="58"/>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="75"/>
        <source>e.g. Cabinet Decision No. 14/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="78"/>
        <source>National human rights action plan or development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="81"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="201"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="82"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="83"/>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="84"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="202"/>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="85"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="204"/>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="87"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="205"/>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="206"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="110"/>
        <source>Recommendations the plan covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="111"/>
        <source>None for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="112"/>
        <source>Those of the theme clusters ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="115"/>
        <source>Those the register shows now ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="133"/>
        <source>Propose one action per theme cluster to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="184"/>
        <source>Address the recommendations on {cluster}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="191"/>
        <source>Someone else changed this plan since you opened it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="53"/>
        <source>Cluster, recommendation or action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="55"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="56"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="57"/>
        <source>Estimated cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="58"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="99"/>
        <source>Not in a theme cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="102"/>
        <source>{cluster} — {priority} priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="107"/>
        <source>{recs} recommendations, {actions} actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="113"/>
        <source>cost {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="132"/>
        <source>Recommendations ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="156"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="79"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="81"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="82"/>
        <source>Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="83"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="269"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="96"/>
        <source>Plan by cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="97"/>
        <source>Priority matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="98"/>
        <source>Costs by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="102"/>
        <source>New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="104"/>
        <source>Edit action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="106"/>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="109"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="349"/>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="118"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="122"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="200"/>
        <source>No plan yet. Create one from theme clusters or from the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="209"/>
        <source>adopted {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="214"/>
        <source>{recs} recommendations, {actions} actions, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="221"/>
        <source>cost {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="271"/>
        <source>Delete “{title}” with its {count} actions, their indicators and progress updates? The recommendations stay in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="333"/>
        <source>Progress on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="350"/>
        <source>Delete this action with its indicators and progress updates?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="56"/>
        <source>(no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="58"/>
        <source>{label} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="62"/>
        <source>What happened, with references to evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="73"/>
        <source>Attach evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="155"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="156"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="157"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="91"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="159"/>
        <source>Reporting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="92"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="158"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="93"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="117"/>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="144"/>
        <source>Someone else changed this item since you opened it. Close and reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="74"/>
        <source>Needs action by parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="90"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="91"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="92"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="180"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="93"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="367"/>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="100"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="101"/>
        <source>Paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="102"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="103"/>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Action category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Implementation status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="165"/>
        <source>Select a recommendation to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="180"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="247"/>
        <source>(no cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="297"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="298"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="299"/>
        <source>Action category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="306"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="310"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="314"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="315"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="316"/>
        <source>Go on editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="368"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUpPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="89"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="90"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="92"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="93"/>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="106"/>
        <source>Record this status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="109"/>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="114"/>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="126"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="115"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="116"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="117"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="118"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="126"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="126"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="126"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="134"/>
        <source>Actions addressing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="138"/>
        <source>Status history and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="142"/>
        <source>Consultations that discussed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="196"/>
        <source>{status} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="213"/>
        <source>Suggested status: {status}. Rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="263"/>
        <source>Progress on the recommendation</source>
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
        <location filename="../../desktop/ui/views/register_page.py" line="95"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="118"/>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="160"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="161"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="200"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="204"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="224"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="251"/>
        <source>Matching: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="293"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="294"/>
        <source>Save your changes to {reference}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="354"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_columns.py" line="68"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="67"/>
        <source>Implementation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="68"/>
        <source>Consolidated status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="69"/>
        <source>Agency brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="70"/>
        <source>Register list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="85"/>
        <source>Cycle {cycle} (sessions {first}–{last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="93"/>
        <source>By mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="94"/>
        <source>By theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="99"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="100"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="108"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="110"/>
        <source>DRAFT watermark across every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="113"/>
        <source>The report&apos;s own title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="118"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="120"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="121"/>
        <source>Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="122"/>
        <source>Covering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="123"/>
        <source>Mechanism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="124"/>
        <source>UPR cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="125"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="126"/>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="127"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="128"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="129"/>
        <source>Classification marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="131"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="174"/>
        <source>The plan&apos;s clusters by priority, with their recommendations, actions, agencies, costs and indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="178"/>
        <source>Implementation status in figures and by section, with the latest progress and overdue actions of each recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="182"/>
        <source>What one agency leads and supports: its recommendations, actions, indicators and the reports due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="186"/>
        <source>The recommendations as a table, in the register&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="198"/>
        <source>All recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="199"/>
        <source>One mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="200"/>
        <source>One UPR cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="201"/>
        <source>One review or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="204"/>
        <source>What the register shows now ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="213"/>
        <source>The register&apos;s selected rows ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="254"/>
        <source>Choose the implementation plan (there is none yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="256"/>
        <source>Choose the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="259"/>
        <source>Choose the mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="261"/>
        <source>Choose the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="264"/>
        <source>No rows are selected in the register: select the recommendations to list there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="98"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="103"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="105"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="109"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="144"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="148"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs and lists of recommendations, in any of the six UN languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="226"/>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="241"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="242"/>
        <source>{path} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="253"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="267"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="336"/>
        <source>The report was not written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="297"/>
        <source>Writing {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="302"/>
        <source>The folder {folder} does not exist; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="306"/>
        <source>{path} is a folder: give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="327"/>
        <source>Report written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="334"/>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="338"/>
        <source>The report could not be made (no file was written): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="61"/>
        <source>Before an upgrade to a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="63"/>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="64"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="65"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="90"/>
        <source>Backups of a database on a server are the server&apos;s business: its administrator takes them with pg_dump and restores them with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="96"/>
        <source>This database is open read-only ({reason}): no backup can be put in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="126"/>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="299"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="131"/>
        <source>Choose a backup to put in place of the database {path}. The current database is not deleted: it is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="140"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="140"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="140"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="140"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="141"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="141"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="141"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="154"/>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="155"/>
        <source>Restore a backup kept somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="157"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="161"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="178"/>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="192"/>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="195"/>
        <source>There are no backups of this database yet. NMRF Desk keeps them in {folder}: one a day when the database has changed, and one before each import and each upgrade. File › Back up… makes one now; “Other file…” restores a backup kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="216"/>
        <source>it holds no NMRF Desk tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="218"/>
        <source>Cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="234"/>
        <source>The backups cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="265"/>
        <source>Put the backup of {date} in place of the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="275"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="282"/>
        <source>Put the backup {file} in place of the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="294"/>
        <source>The current database is kept beside it, in the same folder, under a name ending in “.replaced-” and the date and time: nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="327"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="343"/>
        <source>Backup restored: {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="370"/>
        <source>The backup was not restored; the database is as it was.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="381"/>
        <source>The backup was put in place but cannot be opened.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="388"/>
        <source>The database it replaced is kept at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="393"/>
        <source>Restore failed</source>
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
    <name>SavingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="116"/>
        <source>this is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="62"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="68"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="74"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="87"/>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="89"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="95"/>
        <source>PNG or JPEG, at most 2 MB; printed on the reports&apos; cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="104"/>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="105"/>
        <source>Organisation emblem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="106"/>
        <source>Default report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="107"/>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="108"/>
        <source>A new interface language takes effect when NMRF Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="135"/>
        <source>No emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="144"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="179"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="186"/>
        <source>Organisation emblem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="160"/>
        <source>{file}: the image is larger than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="180"/>
        <source>Organisation emblem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="185"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="187"/>
        <source>Default report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="206"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="68"/>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="194"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="238"/>
        <source>{label}: {count} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="246"/>
        <source>{label}, {series}: {count} ({share} %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="136"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="92"/>
        <source>Restore the newest backup, {path}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="96"/>
        <source>The file it replaces is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="107"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>Upgrade failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="118"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="128"/>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="129"/>
        <source>There is no database where one was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>This file is not an NMRF Desk database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="137"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="25"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="30"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="26"/>
        <source>Groups of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="34"/>
        <source>The themes and groups of persons recommendations are tagged with. Imports match names ignoring case, spacing, punctuation and “&amp;”/“and”; rename a name here, or merge names that mean the same thing into one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="59"/>
        <source>Filter themes by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="59"/>
        <source>Filter groups by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="65"/>
        <source>UHRI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="66"/>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="66"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="82"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="84"/>
        <source>Merge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="86"/>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="87"/>
        <source>Put back the last merge (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="109"/>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="131"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="164"/>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="164"/>
        <source>Rename group of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="165"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="169"/>
        <source>Merge themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="169"/>
        <source>Merge groups of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="173"/>
        <source>Keep this name; the others join it and their recommendations move to it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="187"/>
        <source>Select one theme to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="189"/>
        <source>Select one group of persons to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="200"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="218"/>
        <source>Select two or more themes to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="220"/>
        <source>Select two or more groups of persons to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="238"/>
        <source>Names merged into “{name}”: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="241"/>
        <source>Recommendations relinked: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="263"/>
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="242"/>
        <source>Undo merge or Ctrl+Z puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="255"/>
        <source>There is no merge to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="277"/>
        <source>The merge cannot be undone: the names changed since (the name kept was deleted, or a merged name is in use again). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="294"/>
        <source>“{name}” is the same name as the theme “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="300"/>
        <source>“{name}” is the same name as the group “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="308"/>
        <source>The list changed meanwhile (someone else renamed, merged or deleted a name); it has been read again. Try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="312"/>
        <source>The name must not be empty or longer than 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
