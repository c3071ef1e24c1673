<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClusterAgenciesActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="158" />
        <source>The %Ln recommendation(s) of “{cluster}” already have its agencies.</source>
        <translation>
            <numerusform>The %Ln recommendation of “{cluster}” already has its agencies.</numerusform><numerusform>The %Ln recommendations of “{cluster}” already have its agencies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="170" />
        <source>%Ln recommendation(s) will change</source>
        <translation>
            <numerusform>%Ln recommendation will change</numerusform><numerusform>%Ln recommendations will change</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="172" />
        <source>(of %Ln in the cluster).</source>
        <translation>
            <numerusform>(of %Ln in the cluster).</numerusform><numerusform>(of %Ln in the cluster).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="192" />
        <source>%Ln recommendation(s) of “{cluster}” now have its agencies.</source>
        <translation>
            <numerusform>%Ln recommendation of “{cluster}” now has its agencies.</numerusform><numerusform>%Ln recommendations of “{cluster}” now have its agencies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="211" />
        <source>Undone: %Ln recommendation(s) have their agencies back.</source>
        <translation>
            <numerusform>Undone: %Ln recommendation has its agencies back.</numerusform><numerusform>Undone: %Ln recommendations have their agencies back.</numerusform></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/dashboard_page.py" line="257" />
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n past the deadline</numerusform><numerusform>%n past the deadline</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentContextPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/document_context_panel.py" line="82" />
        <source>%n paragraph(s) of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</source>
        <translation>
            <numerusform>%n paragraph of the same document that is not a recommendation (concerns and observations, positive aspects …). It is not counted anywhere.</numerusform><numerusform>%n paragraphs of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="356" />
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform><numerusform>%n ticked</numerusform></translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="53" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="54" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="55" />
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>%n rejected row</numerusform><numerusform>%n rejected rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="56" />
        <source>%n row(s) unchanged</source>
        <translation>
            <numerusform>%n row unchanged</numerusform><numerusform>%n rows unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="196" />
        <source>Taking in %n item(s)…</source>
        <translation>
            <numerusform>Taking in %n item…</numerusform><numerusform>Taking in %n items…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="216" />
        <source>Taken in: %n progress update(s)</source>
        <translation>
            <numerusform>Taken in: %n progress update</numerusform><numerusform>Taken in: %n progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="217" />
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform><numerusform>%n measurements</numerusform></translation>
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
        <location filename="../../desktop/ui/views/plans_page.py" line="223" />
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform><numerusform>%Ln recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="224" />
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform><numerusform>%Ln actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="225" />
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform><numerusform>%Ln overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="286" />
        <source>Delete “{title}” with its %Ln action(s), their indicators and progress updates? The recommendations stay in the register.</source>
        <translation>
            <numerusform>Delete “{title}” with its %Ln action, its indicators and progress updates? The recommendations stay in the register.</numerusform><numerusform>Delete “{title}” with its %Ln actions, their indicators and progress updates? The recommendations stay in the register.</numerusform></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_page.py" line="230" />
        <source>At most %n word(s) per search</source>
        <translation>
            <numerusform>At most %n word per search</numerusform><numerusform>At most %n words per search</numerusform></translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="138" />
        <source>%n form(s) written to {folder}.</source>
        <translation>
            <numerusform>%n form written to {folder}.</numerusform><numerusform>%n forms written to {folder}.</numerusform></translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="243" />
        <source>Names merged into “{name}”: %n.</source>
        <translation>
            <numerusform>Names merged into “{name}”: %n.</numerusform><numerusform>Names merged into “{name}”: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="246" />
        <source>Recommendations relinked: %n.</source>
        <translation>
            <numerusform>Recommendations relinked: %n.</numerusform><numerusform>Recommendations relinked: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="270" />
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation>
            <numerusform>Merge undone; recommendations linked as before: %n.</numerusform><numerusform>Merge undone; recommendations linked as before: %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>_TypesText</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="79" />
        <source>%n recommendation(s) stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</source>
        <translation>
            <numerusform>%n recommendation stays in the register although the file gives another type, because someone has worked on it (cluster, plan, action, agencies, progress …):</numerusform><numerusform>%n recommendations stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="91" />
        <source>%n paragraph(s) of other types kept as context of their document.</source>
        <translation>
            <numerusform>%n paragraph of another type kept as context of its document.</numerusform><numerusform>%n paragraphs of other types kept as context of their document.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="95" />
        <source>%n paragraph(s) of other types will be kept as context of their document, never as recommendations.</source>
        <translation>
            <numerusform>%n paragraph of another type will be kept as context of its document, never as a recommendation.</numerusform><numerusform>%n paragraphs of other types will be kept as context of their document, never as recommendations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="101" />
        <source>%n paragraph(s) of other types skipped.</source>
        <translation>
            <numerusform>%n paragraph of another type skipped.</numerusform><numerusform>%n paragraphs of other types skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="102" />
        <source>%n paragraph(s) of other types will be skipped.</source>
        <translation>
            <numerusform>%n paragraph of another type will be skipped.</numerusform><numerusform>%n paragraphs of other types will be skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="109" />
        <source>%n recommendation(s) left the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recommendation left the register: the file gives another type.</numerusform><numerusform>%n recommendations left the register: the file gives another type.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="117" />
        <source>%n recommendation(s) will leave the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recommendation will leave the register: the file gives another type.</numerusform><numerusform>%n recommendations will leave the register: the file gives another type.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="124" />
        <source>%n context paragraph(s) became recommendations.</source>
        <translation>
            <numerusform>%n context paragraph became a recommendation.</numerusform><numerusform>%n context paragraphs became recommendations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="128" />
        <source>%n context paragraph(s) will become recommendations.</source>
        <translation>
            <numerusform>%n context paragraph will become a recommendation.</numerusform><numerusform>%n context paragraphs will become recommendations.</numerusform></translation>
    </message>
</context>
</TS>