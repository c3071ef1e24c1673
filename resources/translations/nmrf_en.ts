<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="284" />
        <source>%Ln entries (all that match)</source>
        <translation>
            <numerusform>%Ln entry (all that match)</numerusform><numerusform>%Ln entries (all that match)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="286" />
        <source>%Ln entries shown; older ones are read as you scroll</source>
        <translation>
            <numerusform>%Ln entry shown; older ones are read as you scroll</numerusform><numerusform>%Ln entries shown; older ones are read as you scroll</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="346" />
        <source>Written to {path} (%Ln entries)</source>
        <translation>
            <numerusform>Written to {path} (%Ln entry)</numerusform><numerusform>Written to {path} (%Ln entries)</numerusform></translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="44" />
        <source>%Ln overdue action(s)</source>
        <translation>
            <numerusform>%Ln overdue action</numerusform><numerusform>%Ln overdue actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="46" />
        <source>%Ln overdue report(s)</source>
        <translation>
            <numerusform>%Ln overdue report</numerusform><numerusform>%Ln overdue reports</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="48" />
        <source>%Ln report(s) due within 90 days</source>
        <translation>
            <numerusform>%Ln report due within 90 days</numerusform><numerusform>%Ln reports due within 90 days</numerusform></translation>
    </message>
</context>
<context>
    <name>AssignmentWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="44" />
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform><numerusform>%Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="46" />
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform><numerusform>%Ln actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="48" />
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln cluster</numerusform><numerusform>%Ln clusters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="49" />
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform><numerusform>%Ln records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="53" />
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform><numerusform>and %Ln more</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="239" />
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="242" />
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="247" />
        <source>%1 (%Ln entries)</source>
        <translation>
            <numerusform>%1 (%Ln entry)</numerusform><numerusform>%1 (%Ln entries)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="248" />
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln row)</numerusform><numerusform>%1 (%Ln rows)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="253" />
        <source>Priority set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Priority set on %Ln recommendation</numerusform><numerusform>Priority set on %Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="254" />
        <source>Implementation status set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Implementation status set on %Ln recommendation</numerusform><numerusform>Implementation status set on %Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="255" />
        <source>Cluster set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Cluster set on %Ln recommendation</numerusform><numerusform>Cluster set on %Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="256" />
        <source>%Ln recommendation(s) archived or restored</source>
        <translation>
            <numerusform>%Ln recommendation archived or restored</numerusform><numerusform>%Ln recommendations archived or restored</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="257" />
        <source>Agency assigned to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Agency assigned to %Ln recommendation</numerusform><numerusform>Agency assigned to %Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="258" />
        <source>Themes added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Themes added to %Ln recommendation</numerusform><numerusform>Themes added to %Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="259" />
        <source>SDG targets added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>SDG targets added to %Ln recommendation</numerusform><numerusform>SDG targets added to %Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="261" />
        <source>%Ln recommendation(s) changed</source>
        <translation>
            <numerusform>%Ln recommendation changed</numerusform><numerusform>%Ln recommendations changed</numerusform></translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="159" />
        <source>The %Ln recommendation(s) of “{cluster}” already have its agencies.</source>
        <translation>
            <numerusform>The %Ln recommendation of “{cluster}” already has its agencies.</numerusform><numerusform>The %Ln recommendations of “{cluster}” already have its agencies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="171" />
        <source>%Ln recommendation(s) will change</source>
        <translation>
            <numerusform>%Ln recommendation will change</numerusform><numerusform>%Ln recommendations will change</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="173" />
        <source>(of %Ln in the cluster).</source>
        <translation>
            <numerusform>(of %Ln in the cluster).</numerusform><numerusform>(of %Ln in the cluster).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="193" />
        <source>%Ln recommendation(s) of “{cluster}” now have its agencies.</source>
        <translation>
            <numerusform>%Ln recommendation of “{cluster}” now has its agencies.</numerusform><numerusform>%Ln recommendations of “{cluster}” now have its agencies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="212" />
        <source>Undone: %Ln recommendation(s) have their agencies back.</source>
        <translation>
            <numerusform>Undone: %Ln recommendation has its agencies back.</numerusform><numerusform>Undone: %Ln recommendations have their agencies back.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/dashboard_page.py" line="259" />
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform><numerusform>%n past the deadline</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentContextPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/document_context_panel.py" line="77" />
        <source>%n paragraph(s) of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</source>
        <translation>
            <numerusform>%n paragraph of the same document that is not a recommendation (concerns and observations, positive aspects …). It is not counted anywhere.</numerusform><numerusform>%n paragraphs of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</numerusform></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="105" />
        <source>longer than %Ln character(s) (it has {length})</source>
        <translation>
            <numerusform>longer than %Ln character (it has {length})</numerusform><numerusform>longer than %Ln characters (it has {length})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="108" />
        <source>%Ln item(s) not in the review: {items}</source>
        <translation>
            <numerusform>%Ln item not in the review: {items}</numerusform><numerusform>%Ln items not in the review: {items}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="233" />
        <source>the file holds %Ln part(s); this is not an Office document</source>
        <translation>
            <numerusform>the file holds %Ln part; this is not an Office document</numerusform><numerusform>the file holds %Ln parts; this is not an Office document</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="236" />
        <source>a cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>a cell holds %Ln character (at most {maximum})</numerusform><numerusform>a cell holds %Ln characters (at most {maximum})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="239" />
        <source>the cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>the cell holds %Ln character (at most {maximum})</numerusform><numerusform>the cell holds %Ln characters (at most {maximum})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="241" />
        <source>a cell holds more than %Ln character(s)</source>
        <translation>
            <numerusform>a cell holds more than %Ln character</numerusform><numerusform>a cell holds more than %Ln characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="243" />
        <source>the workbook says it holds %Ln different text(s), more than its part for texts can hold; it is damaged or not a real workbook</source>
        <translation>
            <numerusform>the workbook says it holds %Ln different text, more than its part for texts can hold; it is damaged or not a real workbook</numerusform><numerusform>the workbook says it holds %Ln different texts, more than its part for texts can hold; it is damaged or not a real workbook</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="249" />
        <source>the workbook holds more than %Ln different text(s); a workbook of recommendations never does</source>
        <translation>
            <numerusform>the workbook holds more than %Ln different text; a workbook of recommendations never does</numerusform><numerusform>the workbook holds more than %Ln different texts; a workbook of recommendations never does</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="255" />
        <source>the sheet "{sheet}" holds more than %Ln cell(s); a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>the sheet "{sheet}" holds more than %Ln cell; a sheet of recommendations is never that large</numerusform><numerusform>the sheet "{sheet}" holds more than %Ln cells; a sheet of recommendations is never that large</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="261" />
        <source>the sheet "{sheet}" has values as far as cell {cell}: %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>the sheet "{sheet}" has values as far as cell {cell}: %Ln row × {columns} columns; a sheet of recommendations is never that large</numerusform><numerusform>the sheet "{sheet}" has values as far as cell {cell}: %Ln rows × {columns} columns; a sheet of recommendations is never that large</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="267" />
        <source>the sheet "{sheet}" has values as far as cell {cell} (it declares {dimension}): %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>the sheet "{sheet}" has values as far as cell {cell} (it declares {dimension}): %Ln row × {columns} columns; a sheet of recommendations is never that large</numerusform><numerusform>the sheet "{sheet}" has values as far as cell {cell} (it declares {dimension}): %Ln rows × {columns} columns; a sheet of recommendations is never that large</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="274" />
        <source>the {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>the {field} is longer than %Ln character</numerusform><numerusform>the {field} is longer than %Ln characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="277" />
        <source>a value of {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>a value of {field} is longer than %Ln character</numerusform><numerusform>a value of {field} is longer than %Ln characters</numerusform></translation>
    </message>
</context>
<context>
    <name>FileTotals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="36" />
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln file&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform><numerusform>&lt;b&gt;%Ln files&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="39" />
        <source>%Ln row(s) read in all</source>
        <translation>
            <numerusform>%Ln row read in all</numerusform><numerusform>%Ln rows read in all</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="42" />
        <source>Imported %Ln file(s).</source>
        <translation>
            <numerusform>Imported %Ln file.</numerusform><numerusform>Imported %Ln files.</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="369" />
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform><numerusform>%n ticked</numerusform></translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="54" />
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform><numerusform>%Ln changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="55" />
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform><numerusform>%Ln conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="56" />
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln rejected row</numerusform><numerusform>%Ln rejected rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="57" />
        <source>%Ln row(s) unchanged</source>
        <translation>
            <numerusform>%Ln row unchanged</numerusform><numerusform>%Ln rows unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="222" />
        <source>Taking in %n item(s)…</source>
        <translation>
            <numerusform>Taking in %n item…</numerusform><numerusform>Taking in %n items…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="244" />
        <source>Taken in: %Ln progress update(s)</source>
        <translation>
            <numerusform>Taken in: %Ln progress update</numerusform><numerusform>Taken in: %Ln progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="245" />
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln measurement</numerusform><numerusform>%Ln measurements</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="58" />
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform><numerusform>%Ln new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="59" />
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform><numerusform>%Ln updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="60" />
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform><numerusform>%Ln unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="61" />
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform><numerusform>%Ln rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="66" />
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln row(s) read.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln row read.&lt;br&gt;{counts}</numerusform><numerusform>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln rows read.&lt;br&gt;{counts}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="69" />
        <source>Rejected, not imported: %Ln row(s).</source>
        <translation>
            <numerusform>Rejected, not imported: %Ln row.</numerusform><numerusform>Rejected, not imported: %Ln rows.</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="110" />
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform><numerusform>%Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="112" />
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform><numerusform>%Ln actions</numerusform></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="224" />
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform><numerusform>%Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="225" />
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform><numerusform>%Ln actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="226" />
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform><numerusform>%Ln overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="287" />
        <source>Delete “{title}” with its %Ln action(s), their indicators and progress updates? The recommendations stay in the register.</source>
        <translation>
            <numerusform>Delete “{title}” with its %Ln action, its indicators and progress updates? The recommendations stay in the register.</numerusform><numerusform>Delete “{title}” with its %Ln actions, their indicators and progress updates? The recommendations stay in the register.</numerusform></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_page.py" line="222" />
        <source>At most %n word(s) per search</source>
        <translation>
            <numerusform>At most %n word per search</numerusform><numerusform>At most %n words per search</numerusform></translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="139" />
        <source>%n form(s) written to {folder}.</source>
        <translation>
            <numerusform>%n form written to {folder}.</numerusform><numerusform>%n forms written to {folder}.</numerusform></translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="244" />
        <source>Names merged into “{name}”: %n.</source>
        <translation>
            <numerusform>Names merged into “{name}”: %n.</numerusform><numerusform>Names merged into “{name}”: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="247" />
        <source>Recommendations relinked: %n.</source>
        <translation>
            <numerusform>Recommendations relinked: %n.</numerusform><numerusform>Recommendations relinked: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="271" />
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation>
            <numerusform>Merge undone; recommendations linked as before: %n.</numerusform><numerusform>Merge undone; recommendations linked as before: %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_chooser.py" line="125" />
        <source>%Ln file(s): {names}</source>
        <translation>
            <numerusform>%Ln file: {names}</numerusform><numerusform>%Ln files: {names}</numerusform></translation>
    </message>
</context>
<context>
    <name>_TypesText</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="80" />
        <source>%n recommendation(s) stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</source>
        <translation>
            <numerusform>%n recommendation stays in the register although the file gives another type, because someone has worked on it (cluster, plan, action, agencies, progress …):</numerusform><numerusform>%n recommendations stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="92" />
        <source>%n paragraph(s) of other types kept as context of their document.</source>
        <translation>
            <numerusform>%n paragraph of another type kept as context of its document.</numerusform><numerusform>%n paragraphs of other types kept as context of their document.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="96" />
        <source>%n paragraph(s) of other types will be kept as context of their document, never as recommendations.</source>
        <translation>
            <numerusform>%n paragraph of another type will be kept as context of its document, never as a recommendation.</numerusform><numerusform>%n paragraphs of other types will be kept as context of their document, never as recommendations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="102" />
        <source>%n paragraph(s) of other types skipped.</source>
        <translation>
            <numerusform>%n paragraph of another type skipped.</numerusform><numerusform>%n paragraphs of other types skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="103" />
        <source>%n paragraph(s) of other types will be skipped.</source>
        <translation>
            <numerusform>%n paragraph of another type will be skipped.</numerusform><numerusform>%n paragraphs of other types will be skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="110" />
        <source>%n recommendation(s) left the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recommendation left the register: the file gives another type.</numerusform><numerusform>%n recommendations left the register: the file gives another type.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="118" />
        <source>%n recommendation(s) will leave the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recommendation will leave the register: the file gives another type.</numerusform><numerusform>%n recommendations will leave the register: the file gives another type.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="125" />
        <source>%n context paragraph(s) became recommendations.</source>
        <translation>
            <numerusform>%n context paragraph became a recommendation.</numerusform><numerusform>%n context paragraphs became recommendations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="129" />
        <source>%n context paragraph(s) will become recommendations.</source>
        <translation>
            <numerusform>%n context paragraph will become a recommendation.</numerusform><numerusform>%n context paragraphs will become recommendations.</numerusform></translation>
    </message>
</context>
</TS>