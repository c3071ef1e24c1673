<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="14"/>
        <source>Follow-up of the human rights recommendations a State receives from the United Nations and regional mechanisms, for national mechanisms for implementation, reporting and follow-up.</source>
        <translation>Suivi des recommandations relatives aux droits de l&apos;homme qu&apos;un État reçoit des mécanismes des Nations Unies et des mécanismes régionaux, à l&apos;usage des mécanismes nationaux de mise en œuvre, d&apos;établissement de rapports et de suivi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="20"/>
        <source>Database in use:</source>
        <translation>Base de données utilisée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="30"/>
        <source>About NMRF Desk</source>
        <translation>À propos de NMRF Desk</translation>
    </message>
</context>
<context>
    <name>ActionAgenciesEditor</name>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="37"/>
        <source>Add lead agency</source>
        <translation>Ajouter un organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="40"/>
        <source>Add supporting agency</source>
        <translation>Ajouter un organisme d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="42"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="69"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="72"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="73"/>
        <source>Supporting</source>
        <translation>Appui</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="86"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="87"/>
        <source>Addresses</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="326"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="92"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="143"/>
        <source>Within the existing budget</source>
        <translation>Dans les limites du budget existant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="147"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="319"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="148"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="149"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="321"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="150"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="320"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="151"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="152"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="322"/>
        <source>Estimated cost</source>
        <translation>Coût estimatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="153"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="323"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="154"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="324"/>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="163"/>
        <source>Recommendations of the plan this action addresses</source>
        <translation>Recommandations du plan visées par cette action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="165"/>
        <source>Theme clusters it addresses</source>
        <translation>Groupes thématiques visés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="175"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="176"/>
        <source>Narrative</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="177"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="178"/>
        <source>Reported by</source>
        <translation>Communiqué par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="179"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="191"/>
        <source>Record progress…</source>
        <translation>Consigner l&apos;avancement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="228"/>
        <source>Save the action first to record its progress.</source>
        <translation>Enregistrez d&apos;abord l&apos;action pour consigner son avancement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="252"/>
        <source>Double-click to save a copy</source>
        <translation>Double-cliquez pour enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="280"/>
        <source>this is not a number</source>
        <translation>ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="325"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="327"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="328"/>
        <source>Theme clusters</source>
        <translation>Groupes thématiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="342"/>
        <source>Progress on “{title}”</source>
        <translation>Avancement de «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="133"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="139"/>
        <source>Import of a file</source>
        <translation>Importation d&apos;un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="140"/>
        <source>Agency form</source>
        <translation>Formulaire d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="148"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="176"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="323"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="149"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="179"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="327"/>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="150"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="178"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="325"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="151"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="152"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="153"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="177"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="324"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="158"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="161"/>
        <source>Export to XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="175"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="180"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="328"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="181"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="196"/>
        <source>Show older entries</source>
        <translation>Afficher les entrées plus anciennes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="208"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="214"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="333"/>
        <location filename="../../desktop/ui/views/pages.py" line="162"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="218"/>
        <source>Everything done in this database: who did it, when, from where, and each field&apos;s old and new value. Nothing here can be changed or deleted.</source>
        <translation>Tout ce qui a été fait dans cette base de données&#xa0;: qui l&apos;a fait, quand, d&apos;où, et l&apos;ancienne et la nouvelle valeur de chaque champ. Rien ici ne peut être modifié ni supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="244"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="284"/>
        <source>%Ln entries (all that match)</source>
        <translation>
            <numerusform>%Ln entrée (toutes celles qui correspondent)</numerusform>
            <numerusform>%Ln entrées (toutes celles qui correspondent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="286"/>
        <source>%Ln entries shown; older ones are read as you scroll</source>
        <translation>
            <numerusform>%Ln entrée affichée ; les plus anciennes sont lues au défilement</numerusform>
            <numerusform>%Ln entrées affichées ; les plus anciennes sont lues au défilement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="346"/>
        <source>Written to {path} (%Ln entries)</source>
        <translation>
            <numerusform>Écrit dans {path} (%Ln entrée)</numerusform>
            <numerusform>Écrit dans {path} (%Ln entrées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="304"/>
        <source>Export the activity</source>
        <translation>Exporter l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="306"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="321"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="322"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="326"/>
        <source>Record kind</source>
        <translation>Type d&apos;élément</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="329"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="330"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="331"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="352"/>
        <source>Exporting the activity…</source>
        <translation>Exportation de l&apos;activité…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="353"/>
        <source>Export to XLSX</source>
        <translation>Exporter en XLSX</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="26"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="27"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="28"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="29"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="30"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="31"/>
        <source>Supporting</source>
        <translation>Appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="32"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="42"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="43"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="44"/>
        <source>Merge selected…</source>
        <translation>Fusionner la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="45"/>
        <source>Show its recommendations</source>
        <translation>Afficher ses recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="46"/>
        <source>Send update forms…</source>
        <translation>Envoyer des formulaires de mise à jour…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="52"/>
        <location filename="../../desktop/ui/views/pages.py" line="139"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="56"/>
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation>Ministères, institutions et organisations chargés de la mise en œuvre, avec leurs points focaux.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="106"/>
        <source>Select one agency to edit.</source>
        <translation>Sélectionnez un organisme à modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="113"/>
        <source>Select two or more agencies to merge.</source>
        <translation>Sélectionnez au moins deux organismes à fusionner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="118"/>
        <source>Merge agencies</source>
        <translation>Fusionner des organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="119"/>
        <source>Keep this one; the others join it:</source>
        <translation>Conserver celui-ci&#xa0;; les autres y sont fusionnés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>Edit agency</source>
        <translation>Modifier l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>New agency</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="72"/>
        <source>Add focal point</source>
        <translation>Ajouter un point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="74"/>
        <source>Remove focal point</source>
        <translation>Retirer le point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="86"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="87"/>
        <source>Acronym:</source>
        <translation>Sigle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="88"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="89"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="96"/>
        <source>Focal points (the first is the main contact):</source>
        <translation>Points focaux (le premier est le contact principal)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="30"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="31"/>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="32"/>
        <source>Parliament</source>
        <translation>Parlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="33"/>
        <source>Judiciary</source>
        <translation>Pouvoir judiciaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="34"/>
        <source>National human rights institution</source>
        <translation>Institution nationale des droits de l&apos;homme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="37"/>
        <source>Statistics office</source>
        <translation>Office de statistique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="38"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="39"/>
        <source>Local government</source>
        <translation>Administration locale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="40"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="26"/>
        <location filename="../../desktop/ui/views/alerts_button.py" line="53"/>
        <source>Open the dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="44"/>
        <source>%Ln overdue action(s)</source>
        <translation>
            <numerusform>%Ln action en retard</numerusform>
            <numerusform>%Ln actions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="46"/>
        <source>%Ln overdue report(s)</source>
        <translation>
            <numerusform>%Ln rapport en retard</numerusform>
            <numerusform>%Ln rapports en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="48"/>
        <source>%Ln report(s) due within 90 days</source>
        <translation>
            <numerusform>%Ln rapport à remettre dans les 90 jours</numerusform>
            <numerusform>%Ln rapports à remettre dans les 90 jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentWords</name>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="31"/>
        <source>Assigned as lead</source>
        <translation>Affecté comme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned as supporting</source>
        <translation>Affecté comme organisme d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="35"/>
        <source>Taken off as lead</source>
        <translation>Retiré comme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off as supporting</source>
        <translation>Retiré comme organisme d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made lead</source>
        <translation>Devenu chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made supporting</source>
        <translation>Devenu organisme d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="39"/>
        <source>Assignment changed</source>
        <translation>Attribution modifiée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="44"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommandation</numerusform>
            <numerusform>%Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="46"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="48"/>
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln groupe thématique</numerusform>
            <numerusform>%Ln groupes thématiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="49"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="53"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="26"/>
        <location filename="../../desktop/ui/audit_fields.py" line="224"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="27"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="28"/>
        <source>Sorted by</source>
        <translation>Trié par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="29"/>
        <source>Sorted in descending order</source>
        <translation>Tri décroissant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="30"/>
        <location filename="../../desktop/ui/audit_fields.py" line="31"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="32"/>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="33"/>
        <location filename="../../desktop/ui/audit_fields.py" line="200"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="34"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="35"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="36"/>
        <source>From an agency form</source>
        <translation>Issu d&apos;un formulaire d&apos;institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="37"/>
        <source>Form file fingerprint (SHA-256)</source>
        <translation>Empreinte du fichier du formulaire (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="38"/>
        <source>Name as compared</source>
        <translation>Nom tel que comparé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="39"/>
        <source>Built in</source>
        <translation>Prédéfini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="40"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="41"/>
        <location filename="../../desktop/ui/audit_fields.py" line="186"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="42"/>
        <source>Priority rationale</source>
        <translation>Justification de la priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="43"/>
        <location filename="../../desktop/ui/audit_fields.py" line="44"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="45"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="46"/>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="47"/>
        <source>New status</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="48"/>
        <source>Progress made</source>
        <translation>Progrès accomplis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="49"/>
        <location filename="../../desktop/ui/audit_fields.py" line="50"/>
        <location filename="../../desktop/ui/audit_fields.py" line="190"/>
        <source>Agency</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="51"/>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="52"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="53"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="55"/>
        <source>Name in Chinese</source>
        <translation>Nom en chinois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="56"/>
        <source>Position in the list</source>
        <translation>Position dans la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="57"/>
        <location filename="../../desktop/ui/audit_fields.py" line="58"/>
        <source>SDG goal</source>
        <translation>Objectif de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="59"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="60"/>
        <location filename="../../desktop/ui/audit_fields.py" line="61"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="62"/>
        <source>Other name</source>
        <translation>Autre nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="63"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="64"/>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="65"/>
        <source>Main focal point</source>
        <translation>Point focal principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="66"/>
        <location filename="../../desktop/ui/audit_fields.py" line="67"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="68"/>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="69"/>
        <source>UPR cycle</source>
        <translation>Cycle de l&apos;EPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="70"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="71"/>
        <source>Document date</source>
        <translation>Date du document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="72"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="73"/>
        <source>Source of the position</source>
        <translation>Source de la position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="74"/>
        <source>Kind of report</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="75"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="76"/>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="77"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="78"/>
        <source>Country code</source>
        <translation>Code du pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="79"/>
        <source>Observer State</source>
        <translation>État observateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="80"/>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="81"/>
        <source>Other participants</source>
        <translation>Autres participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="82"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="83"/>
        <location filename="../../desktop/ui/audit_fields.py" line="84"/>
        <source>Progress update</source>
        <translation>Point d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="85"/>
        <location filename="../../desktop/ui/audit_fields.py" line="86"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="87"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="88"/>
        <source>Type of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="89"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="90"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="91"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="92"/>
        <source>Stored at</source>
        <translation>Stocké à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="93"/>
        <location filename="../../desktop/ui/audit_fields.py" line="146"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="94"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="95"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="96"/>
        <source>OHCHR annotation id</source>
        <translation>Identifiant d&apos;annotation du HCDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="97"/>
        <source>Annotation type</source>
        <translation>Type d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="98"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="99"/>
        <source>Language of the text</source>
        <translation>Langue du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="100"/>
        <source>Response (position)</source>
        <translation>Réponse (position)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="101"/>
        <source>Action category</source>
        <translation>Catégorie d&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="102"/>
        <source>Needs parliament</source>
        <translation>Requiert le parlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="103"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="104"/>
        <location filename="../../desktop/ui/audit_fields.py" line="105"/>
        <location filename="../../desktop/ui/audit_fields.py" line="188"/>
        <source>Cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="106"/>
        <source>Clusters</source>
        <translation>Groupes thématiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="107"/>
        <location filename="../../desktop/ui/audit_fields.py" line="189"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="108"/>
        <source>Reference as sorted</source>
        <translation>Référence pour le tri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="109"/>
        <source>Reference as compared</source>
        <translation>Référence pour la comparaison</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="110"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="111"/>
        <source>Title in Chinese</source>
        <translation>Titre en chinois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="112"/>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="113"/>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="114"/>
        <source>Adopted on</source>
        <translation>Adopté le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="115"/>
        <source>Decision adopting it</source>
        <translation>Décision d&apos;adoption</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="116"/>
        <source>National plan it belongs to</source>
        <translation>Plan national de rattachement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="117"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="118"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="119"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="120"/>
        <location filename="../../desktop/ui/audit_fields.py" line="121"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="122"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="123"/>
        <location filename="../../desktop/ui/audit_fields.py" line="124"/>
        <source>Part of</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="125"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="47"/>
        <location filename="../../desktop/ui/audit_fields.py" line="126"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="127"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="48"/>
        <location filename="../../desktop/ui/audit_fields.py" line="128"/>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="129"/>
        <source>Returned file fingerprint (SHA-256)</source>
        <translation>Empreinte du fichier renvoyé (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="130"/>
        <source>Changes applied</source>
        <translation>Modifications appliquées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="131"/>
        <location filename="../../desktop/ui/audit_fields.py" line="132"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="133"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="134"/>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="135"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="136"/>
        <source>Funding source</source>
        <translation>Source de financement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="137"/>
        <source>Within the existing budget</source>
        <translation>Dans le budget existant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="138"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="139"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="140"/>
        <source>Baseline year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="141"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="142"/>
        <source>Target year</source>
        <translation>Année cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="143"/>
        <source>Source of the data</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="144"/>
        <source>Reporting frequency</source>
        <translation>Fréquence des rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="145"/>
        <source>Agency providing the data</source>
        <translation>Institution fournissant les données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="147"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="148"/>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="149"/>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="150"/>
        <source>SDG goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="151"/>
        <source>UPR Info issues</source>
        <translation>Thèmes UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="152"/>
        <source>Recommending States</source>
        <translation>États auteurs de la recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="153"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="154"/>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="155"/>
        <source>New records</source>
        <translation>Nouveaux enregistrements</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="156"/>
        <source>Records updated</source>
        <translation>Enregistrements mis à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="157"/>
        <source>Rows refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="158"/>
        <source>Items applied</source>
        <translation>Éléments appliqués</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="165"/>
        <location filename="../../desktop/ui/audit_fields.py" line="187"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="166"/>
        <source>Action status</source>
        <translation>État de l&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="167"/>
        <source>Plan status</source>
        <translation>État du plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="168"/>
        <source>Form status</source>
        <translation>État du formulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="169"/>
        <source>Type of agency</source>
        <translation>Type d&apos;institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="170"/>
        <source>Type of mechanism</source>
        <translation>Type de mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="171"/>
        <source>Type of indicator</source>
        <translation>Type d&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="172"/>
        <source>Kind of consultation</source>
        <translation>Type de consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="173"/>
        <location filename="../../desktop/ui/audit_fields.py" line="202"/>
        <source>Lead or supporting</source>
        <translation>Chef de file ou d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="174"/>
        <source>Agency of the focal point</source>
        <translation>Institution du point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="175"/>
        <source>Source of the figure</source>
        <translation>Source du chiffre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="176"/>
        <source>Setting&apos;s value</source>
        <translation>Valeur du paramètre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="177"/>
        <source>Rows in the form</source>
        <translation>Lignes du formulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="178"/>
        <source>Form file</source>
        <translation>Fichier du formulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="179"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="191"/>
        <source>Themes added</source>
        <translation>Thèmes ajoutés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="192"/>
        <source>SDG targets added</source>
        <translation>Cibles des ODD ajoutées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="73"/>
        <source>UHRI export</source>
        <translation>Export de l&apos;IUDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="74"/>
        <source>UPR Info database</source>
        <translation>Base de données UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="75"/>
        <source>OHCHR thematic list</source>
        <translation>Liste thématique du HCDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="76"/>
        <source>Spreadsheet with chosen columns</source>
        <translation>Tableur aux colonnes choisies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="83"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="84"/>
        <source>Supporting</source>
        <translation>D&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="100"/>
        <source>Universal Periodic Review</source>
        <translation>Examen périodique universel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="101"/>
        <source>Treaty body</source>
        <translation>Organe conventionnel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="102"/>
        <source>Special procedure</source>
        <translation>Procédure spéciale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="103"/>
        <source>Regional mechanism</source>
        <translation>Mécanisme régional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="104"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="306"/>
        <source>no. %1 (since deleted)</source>
        <translation>n° %1 (supprimé depuis)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="25"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="26"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="27"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="28"/>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="29"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="30"/>
        <source>Bulk change</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="31"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="32"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="33"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="34"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="35"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="36"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="70"/>
        <source>Implementation plan report</source>
        <translation>Rapport du plan de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="71"/>
        <source>Consolidated status report</source>
        <translation>Rapport consolidé sur l&apos;état d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="72"/>
        <source>Agency brief</source>
        <translation>Note pour l&apos;institution</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="73"/>
        <source>Register list</source>
        <translation>Liste du registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="78"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="79"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="80"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="81"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="82"/>
        <source>Cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="83"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="84"/>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="85"/>
        <source>Progress update</source>
        <translation>Point d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="86"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="87"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="88"/>
        <source>Reporting deadline</source>
        <translation>Échéance de rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="89"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="90"/>
        <source>Agency form</source>
        <translation>Formulaire d&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="91"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="92"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="93"/>
        <source>Agency assignment</source>
        <translation>Attribution à un organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="94"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="95"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="96"/>
        <source>Document context paragraph</source>
        <translation>Paragraphe de contexte du document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="97"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="98"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="99"/>
        <source>Other name of a country</source>
        <translation>Autre nom d&apos;un pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="100"/>
        <source>SDG goal</source>
        <translation>Objectif de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="101"/>
        <source>SDG target</source>
        <translation>Cible des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="102"/>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="103"/>
        <source>UPR Info issue</source>
        <translation>Thème UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="104"/>
        <source>Saved view</source>
        <translation>Vue enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="105"/>
        <source>Form signing key</source>
        <translation>Clé de signature des formulaires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="106"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="107"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="108"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="109"/>
        <source>Cluster of an action</source>
        <translation>Groupe thématique d&apos;une action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="110"/>
        <source>Recommendation of an action</source>
        <translation>Recommandation d&apos;une action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="111"/>
        <source>Agency at a consultation</source>
        <translation>Institution à une consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="112"/>
        <source>Recommendation discussed at a consultation</source>
        <translation>Recommandation examinée lors d&apos;une consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="115"/>
        <source>Recommendation of a report</source>
        <translation>Recommandation d&apos;un rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="116"/>
        <source>Recommendation in a plan</source>
        <translation>Recommandation d&apos;un plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="117"/>
        <source>Affected persons of a recommendation</source>
        <translation>Personnes concernées par une recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="120"/>
        <source>Recommending State of a recommendation</source>
        <translation>État auteur d&apos;une recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="123"/>
        <source>SDG goal of a recommendation</source>
        <translation>Objectif de développement durable d&apos;une recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="124"/>
        <source>SDG target of a recommendation</source>
        <translation>Cible des ODD d&apos;une recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="125"/>
        <source>Theme of a recommendation</source>
        <translation>Thème d&apos;une recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="126"/>
        <source>UPR Info issue of a recommendation</source>
        <translation>Thème UPR Info d&apos;une recommandation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="239"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="242"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="247"/>
        <source>%1 (%Ln entries)</source>
        <translation>
            <numerusform>%1 (%Ln entrée)</numerusform>
            <numerusform>%1 (%Ln entrées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="248"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln ligne)</numerusform>
            <numerusform>%1 (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="253"/>
        <source>Priority set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Priorité fixée pour %Ln recommandation</numerusform>
            <numerusform>Priorité fixée pour %Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="254"/>
        <source>Implementation status set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>État de mise en œuvre fixé pour %Ln recommandation</numerusform>
            <numerusform>État de mise en œuvre fixé pour %Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="255"/>
        <source>Cluster set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Groupe thématique fixé pour %Ln recommandation</numerusform>
            <numerusform>Groupe thématique fixé pour %Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="256"/>
        <source>%Ln recommendation(s) archived or restored</source>
        <translation>
            <numerusform>%Ln recommandation archivée ou restaurée</numerusform>
            <numerusform>%Ln recommandations archivées ou restaurées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="257"/>
        <source>Agency assigned to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Institution affectée à %Ln recommandation</numerusform>
            <numerusform>Institution affectée à %Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="258"/>
        <source>Themes added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Thèmes ajoutés à %Ln recommandation</numerusform>
            <numerusform>Thèmes ajoutés à %Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="259"/>
        <source>SDG targets added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Cibles des ODD ajoutées à %Ln recommandation</numerusform>
            <numerusform>Cibles des ODD ajoutées à %Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="261"/>
        <source>%Ln recommendation(s) changed</source>
        <translation>
            <numerusform>%Ln recommandation modifiée</numerusform>
            <numerusform>%Ln recommandations modifiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="136"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="138"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="144"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="145"/>
        <source>Editor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="146"/>
        <source>Agency focal point</source>
        <translation>Point focal d&apos;un organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="147"/>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="54"/>
        <source>Bulk actions</source>
        <translation>Modifications groupées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="55"/>
        <source>Set implementation status</source>
        <translation>Définir l&apos;état de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="58"/>
        <source>Set priority</source>
        <translation>Définir la priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="61"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="62"/>
        <source>Put in cluster</source>
        <translation>Placer dans un groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="65"/>
        <source>(no cluster)</source>
        <translation>(aucun groupe thématique)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="67"/>
        <source>Assign lead agency</source>
        <translation>Désigner l&apos;organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="68"/>
        <source>Assign supporting agency</source>
        <translation>Désigner un organisme d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="74"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="75"/>
        <source>Undo the last bulk action</source>
        <translation>Annuler la dernière modification groupée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="89"/>
        <source>Select recommendations first.</source>
        <translation>Sélectionnez d&apos;abord des recommandations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="102"/>
        <source>Changing {count} recommendations…</source>
        <translation>Modification de {count} recommandations…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="112"/>
        <source>Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.</source>
        <translation>{changed} recommandations modifiées sur {selected}. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="104"/>
        <location filename="../../desktop/ui/views/register_bulk.py" line="119"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="121"/>
        <source>Bulk action failed</source>
        <translation>Échec de la modification groupée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="122"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="127"/>
        <source>There is no bulk action to undo.</source>
        <translation>Aucune modification groupée à annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="137"/>
        <source>Undone: {count} recommendations as they were.</source>
        <translation>Annulé&#xa0;: {count} recommandations rétablies telles qu&apos;elles étaient.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="76"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="77"/>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="78"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="79"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="80"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="81"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="124"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="82"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="101"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="102"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="103"/>
        <source>Mark submitted…</source>
        <translation>Marquer comme soumis…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="104"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="105"/>
        <source>Show the recommendations covered</source>
        <translation>Afficher les recommandations couvertes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="111"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="275"/>
        <location filename="../../desktop/ui/views/pages.py" line="152"/>
        <source>Reporting calendar</source>
        <translation>Calendrier des rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="115"/>
        <source>Reports due to the UPR, the treaty bodies and other mechanisms: when each is due, whether it went in, and the recommendations it must cover.</source>
        <translation>Rapports à présenter à l&apos;Examen périodique universel, aux organes conventionnels et aux autres mécanismes&#xa0;: date d&apos;échéance, soumission ou non, et recommandations à couvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="121"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="122"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="123"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="144"/>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="183"/>
        <source>{overdue} overdue · {upcoming} due in the next {days} days</source>
        <translation>{overdue} en retard · {upcoming} à remettre dans les {days} prochains jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="191"/>
        <source>next due {date}</source>
        <translation>prochaine échéance le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="194"/>
        <source>No reporting deadline yet: use New… to add one.</source>
        <translation>Aucune échéance de rapport pour l&apos;instant&#xa0;: utilisez Nouveau… pour en ajouter une.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="198"/>
        <source>Select one deadline.</source>
        <translation>Sélectionnez une échéance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="220"/>
        <source>Mark submitted</source>
        <translation>Marquer comme soumis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="232"/>
        <source>Submitted on:</source>
        <translation>Soumis le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="253"/>
        <source>Select the deadlines to delete.</source>
        <translation>Sélectionnez les échéances à supprimer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="257"/>
        <source>Delete deadlines</source>
        <translation>Supprimer des échéances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="258"/>
        <source>Delete {titles}? The recommendations stay in the register.</source>
        <translation>Supprimer {titles}&#xa0;? Les recommandations restent dans le registre.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="69"/>
        <source>Type to narrow the list</source>
        <translation>Tapez pour filtrer la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="70"/>
        <source>Enter ticks the values shown</source>
        <translation>Entrée coche les valeurs affichées</translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesActions</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="100"/>
        <source>Clusters</source>
        <translation>Groupes thématiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="105"/>
        <source>Select one cluster to set its agencies.</source>
        <translation>Sélectionnez un groupe thématique pour définir ses organismes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="133"/>
        <source>The agencies of “{cluster}” are saved.</source>
        <translation>Les organismes de «&#xa0;{cluster}&#xa0;» sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="139"/>
        <source>Select one cluster to assign its agencies.</source>
        <translation>Sélectionnez un groupe thématique pour attribuer ses organismes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="144"/>
        <source>“{cluster}” has no agencies yet: set them first.</source>
        <translation>«&#xa0;{cluster}&#xa0;» n&apos;a pas encore d&apos;organismes&#xa0;: définissez-les d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="159"/>
        <source>The %Ln recommendation(s) of “{cluster}” already have its agencies.</source>
        <translation>
            <numerusform>%Ln recommandation de «&#xa0;{cluster}&#xa0;» a déjà les organismes du groupe thématique.</numerusform>
            <numerusform>Les %Ln recommandations de «&#xa0;{cluster}&#xa0;» ont déjà les organismes du groupe thématique.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="167"/>
        <source>Assign {agencies} to the recommendations of “{cluster}”?</source>
        <translation>Attribuer {agencies} aux recommandations de «&#xa0;{cluster}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="171"/>
        <source>%Ln recommendation(s) will change</source>
        <translation>
            <numerusform>%Ln recommandation sera modifiée</numerusform>
            <numerusform>%Ln recommandations seront modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="173"/>
        <source>(of %Ln in the cluster).</source>
        <translation>
            <numerusform>(sur %Ln dans le groupe thématique).</numerusform>
            <numerusform>(sur %Ln dans le groupe thématique).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="175"/>
        <source>The agencies they already have stay.</source>
        <translation>Les organismes qu&apos;elles ont déjà sont conservés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="177"/>
        <source>Assign the cluster&apos;s agencies</source>
        <translation>Attribuer les organismes du groupe thématique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="193"/>
        <source>%Ln recommendation(s) of “{cluster}” now have its agencies.</source>
        <translation>
            <numerusform>%Ln recommandation de «&#xa0;{cluster}&#xa0;» a désormais ses organismes.</numerusform>
            <numerusform>%Ln recommandations de «&#xa0;{cluster}&#xa0;» ont désormais ses organismes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="212"/>
        <source>Undone: %Ln recommendation(s) have their agencies back.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %Ln recommandation a retrouvé ses organismes.</numerusform>
            <numerusform>Annulé&#xa0;: %Ln recommandations ont retrouvé leurs organismes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="51"/>
        <source>Agencies of “{cluster}”</source>
        <translation>Organismes de «&#xa0;{cluster}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="54"/>
        <source>Actions proposed for this cluster in a new plan are led by its lead agency and supported by its supporting agencies.</source>
        <translation>Les actions proposées pour ce groupe thématique dans un nouveau plan sont pilotées par son organisme chef de file et appuyées par ses organismes d&apos;appui.</translation>
    </message>
</context>
<context>
    <name>ClusterPriorityDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="28"/>
        <source>Priority of “{cluster}”</source>
        <translation>Priorité de «&#xa0;{cluster}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="38"/>
        <source>Why: e.g. the next review, the budget cycle, the gravity of the situation</source>
        <translation>Pourquoi&#xa0;: par exemple le prochain examen, le cycle budgétaire, la gravité de la situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="41"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="42"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="44"/>
        <source>Cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="45"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="46"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="47"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Supporting agencies</source>
        <translation>Organismes d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="61"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="68"/>
        <source>Lead and supporting agencies…</source>
        <translation>Organismes chef de file et d&apos;appui…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="71"/>
        <source>Assign the cluster&apos;s agencies to its recommendations…</source>
        <translation>Attribuer les organismes du groupe thématique à ses recommandations…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="73"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="78"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="80"/>
        <source>Priority…</source>
        <translation>Priorité…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="86"/>
        <source>Merge selected…</source>
        <translation>Fusionner la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="87"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="88"/>
        <source>Show in the register</source>
        <translation>Afficher dans le registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="94"/>
        <location filename="../../desktop/ui/views/pages.py" line="135"/>
        <source>Clusters</source>
        <translation>Groupes thématiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="97"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation>Groupes thématiques qui regroupent les recommandations pour la planification et l&apos;établissement des rapports.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <source>New cluster</source>
        <translation>Nouveau groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="134"/>
        <source>Select one cluster to rename.</source>
        <translation>Sélectionnez un groupe thématique à renommer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Rename cluster</source>
        <translation>Renommer le groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="156"/>
        <source>Select one cluster to prioritise.</source>
        <translation>Sélectionnez un groupe thématique à prioriser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="177"/>
        <source>Select two or more clusters to merge.</source>
        <translation>Sélectionnez au moins deux groupes thématiques à fusionner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="182"/>
        <source>Merge clusters</source>
        <translation>Fusionner des groupes thématiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="183"/>
        <source>Keep this one; the others join it:</source>
        <translation>Conserver celui-ci&#xa0;; les autres y sont fusionnés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="201"/>
        <source>Delete clusters</source>
        <translation>Supprimer des groupes thématiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="203"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation>Supprimer {names}&#xa0;? Leurs recommandations restent dans le registre, sans groupe thématique.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>Edit consultation</source>
        <translation>Modifier la consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>New consultation</source>
        <translation>Nouvelle consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="107"/>
        <source>Date held:</source>
        <translation>Date de tenue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="108"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="109"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="112"/>
        <source>Type to narrow the list</source>
        <translation>Tapez pour filtrer la liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="120"/>
        <source>Organisations not in the agency directory</source>
        <translation>Organisations absentes de l&apos;annuaire des organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="122"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="124"/>
        <source>Agencies present:</source>
        <translation>Organismes présents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="127"/>
        <source>Other participants:</source>
        <translation>Autres participants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="131"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="141"/>
        <source>Reference or words</source>
        <translation>Référence ou mots</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="143"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="168"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="145"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="163"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="170"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="239"/>
        <source>Recommendations discussed ({n})</source>
        <translation>Recommandations examinées ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="249"/>
        <source>Type a reference or words to find recommendations.</source>
        <translation>Tapez une référence ou des mots pour trouver des recommandations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="262"/>
        <source>No recommendation matches.</source>
        <translation>Aucune recommandation ne correspond.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="278"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="386"/>
        <source>Recommendations discussed</source>
        <translation>Recommandations examinées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="296"/>
        <source>Attach evidence files</source>
        <translation>Joindre des justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="305"/>
        <source>Stored when you save: {path}</source>
        <translation>Stocké lors de l&apos;enregistrement&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="319"/>
        <source>Select a saved attachment to save a copy of.</source>
        <translation>Sélectionnez une pièce jointe enregistrée dont vous voulez une copie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="322"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="328"/>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="377"/>
        <source>Not saved: changed by someone else.</source>
        <translation>Non enregistré&#xa0;: modifié par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="383"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="384"/>
        <source>Date held</source>
        <translation>Date de tenue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="385"/>
        <source>Agencies present</source>
        <translation>Organismes présents</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="46"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="47"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="48"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="49"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="50"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="63"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="64"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="65"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="66"/>
        <source>Show the recommendations discussed</source>
        <translation>Afficher les recommandations examinées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="72"/>
        <location filename="../../desktop/ui/views/pages.py" line="146"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="76"/>
        <source>Consultations with the national human rights institution, civil society and parliament: who took part, what was discussed, and the evidence.</source>
        <translation>Consultations avec l&apos;institution nationale des droits de l&apos;homme, la société civile et le parlement&#xa0;: participants, questions examinées et justificatifs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="112"/>
        <source>No consultation recorded yet: use New… to record one.</source>
        <translation>Aucune consultation consignée pour l&apos;instant&#xa0;: utilisez Nouveau… pour en consigner une.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="124"/>
        <source>Select one consultation to edit.</source>
        <translation>Sélectionnez une consultation à modifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="146"/>
        <source>Select the consultations to delete.</source>
        <translation>Sélectionnez les consultations à supprimer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="150"/>
        <source>Delete consultations</source>
        <translation>Supprimer des consultations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="152"/>
        <source>Delete {titles} with their attachments? The recommendations stay in the register.</source>
        <translation>Supprimer {titles} avec leurs pièces jointes&#xa0;? Les recommandations restent dans le registre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="168"/>
        <source>Select one consultation.</source>
        <translation>Sélectionnez une consultation.</translation>
    </message>
</context>
<context>
    <name>CostsTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="75"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="76"/>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="77"/>
        <source>Estimated cost</source>
        <translation>Coût estimatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="78"/>
        <source>Within existing budget</source>
        <translation>Dans les limites du budget existant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="79"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="95"/>
        <source>No lead agency</source>
        <translation>Aucun organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="100"/>
        <source>no estimate</source>
        <translation>pas d&apos;estimation</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="120"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="121"/>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="122"/>
        <source>Reports overdue or due soon</source>
        <translation>Rapports en retard ou à remettre prochainement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="123"/>
        <source>Actions without indicators</source>
        <translation>Actions sans indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="124"/>
        <source>Recommendations without a lead agency</source>
        <translation>Recommandations sans organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="125"/>
        <source>Update forms outstanding</source>
        <translation>Formulaires de mise à jour en attente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>By mechanism</source>
        <translation>Par mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>Numbers by mechanism</source>
        <translation>Chiffres par mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>By theme</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>Numbers by theme</source>
        <translation>Chiffres par thème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>By SDG goal</source>
        <translation>Par objectif de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>Numbers by SDG goal</source>
        <translation>Chiffres par objectif de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>By lead agency</source>
        <translation>Par organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>Numbers by lead agency</source>
        <translation>Chiffres par organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="159"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="161"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="211"/>
        <location filename="../../desktop/ui/views/pages.py" line="159"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="215"/>
        <source>Where implementation stands, what is late and what falls due. Click a number to see those recommendations in the register.</source>
        <translation>Où en est la mise en œuvre, ce qui est en retard et ce qui arrive à échéance. Cliquez sur un chiffre pour voir les recommandations correspondantes dans le registre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="244"/>
        <source>Could not read the dashboard: {error}</source>
        <translation>Impossible de lire le tableau de bord&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/dashboard_page.py" line="259"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="263"/>
        <source>As on {date}; reports due within {days} days count as due soon.</source>
        <translation>Au {date}&#xa0;; les rapports à remettre dans les {days} jours sont comptés comme arrivant à échéance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="276"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="302"/>
        <source>The chart shows the {n} largest of {total}; the table lists all.</source>
        <translation>Le graphique montre les {n} plus grands sur {total}&#xa0;; le tableau les énumère tous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="324"/>
        <source>Show these {n} in the register</source>
        <translation>Afficher ces {n} recommandations dans le registre</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>Edit deadline</source>
        <translation>Modifier l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>New reporting deadline</source>
        <translation>Nouvelle échéance de rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="103"/>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="116"/>
        <source>Mechanism:</source>
        <translation>Mécanisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="117"/>
        <source>Kind of report:</source>
        <translation>Type de rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="118"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="119"/>
        <source>Due date:</source>
        <translation>Date d&apos;échéance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="120"/>
        <source>Submitted:</source>
        <translation>Soumis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="121"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="128"/>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="306"/>
        <source>Recommendations covered</source>
        <translation>Recommandations couvertes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="131"/>
        <source>The report covers every live recommendation of the documents ticked:</source>
        <translation>Le rapport couvre toutes les recommandations en vigueur des documents cochés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="187"/>
        <source>{symbol} ({date}): {n} live recommendations</source>
        <translation>{symbol} ({date})&#xa0;: {n} recommandations en vigueur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="209"/>
        <source>This mechanism has no documents in the register.</source>
        <translation>Ce mécanisme n&apos;a aucun document dans le registre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="240"/>
        <source>{n} recommendations covered</source>
        <translation>{n} recommandations couvertes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="243"/>
        <source>(a half-ticked document: only some of its recommendations, chosen one by one)</source>
        <translation>(document à moitié coché&#xa0;: seulement certaines de ses recommandations, choisies une à une)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="296"/>
        <source>Not saved: changed by someone else.</source>
        <translation>Non enregistré&#xa0;: modifié par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="302"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="303"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="304"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="305"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
</context>
<context>
    <name>DocumentContextPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/document_context_panel.py" line="77"/>
        <source>%n paragraph(s) of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</source>
        <translation>
            <numerusform>%n paragraphe du même document qui n&apos;est pas une recommandation (préoccupations et observations, aspects positifs…). Il n&apos;est compté nulle part.</numerusform>
            <numerusform>%n paragraphes du même document qui ne sont pas des recommandations (préoccupations et observations, aspects positifs…). Ils ne sont comptés nulle part.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/document_context_panel.py" line="85"/>
        <source>The source document has no other paragraphs kept: its import gave only recommendations, or its other types were skipped.</source>
        <translation>Aucun autre paragraphe du document source n&apos;est conservé&#xa0;: son importation n&apos;a fourni que des recommandations, ou ses autres types ont été ignorés.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="36"/>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="37"/>
        <source>longer than {limit} characters</source>
        <translation>plus de {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="38"/>
        <source>not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="39"/>
        <source>a number from {low} to {high}</source>
        <translation>un nombre de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="40"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} ne fait pas partie des choix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="41"/>
        <source>a value chosen no longer exists (deleted or merged meanwhile); choose again</source>
        <translation>une valeur choisie n&apos;existe plus (supprimée ou fusionnée entre-temps)&#xa0;; choisissez de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="44"/>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="45"/>
        <source>must be zero or more</source>
        <translation>doit être égal ou supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="46"/>
        <source>the number is too large</source>
        <translation>le nombre est trop grand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="47"/>
        <source>has more than two decimals</source>
        <translation>a plus de deux décimales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="48"/>
        <source>the currency must be a three-letter ISO code (e.g. USD)</source>
        <translation>la monnaie doit être un code ISO de trois lettres (p. ex. USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="51"/>
        <source>an action of an adopted plan needs a lead agency</source>
        <translation>une action d&apos;un plan adopté doit avoir un organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="54"/>
        <source>there is already an agency called {name}</source>
        <translation>il existe déjà un organisme nommé {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="55"/>
        <source>there is already a cluster called {name}</source>
        <translation>il existe déjà un groupe thématique nommé {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="56"/>
        <source>someone else changed this cluster&apos;s agencies; reopen them</source>
        <translation>quelqu&apos;un d&apos;autre a modifié les organismes de ce groupe thématique&#xa0;; rouvrez-les</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="59"/>
        <source>another plan already has this title</source>
        <translation>un autre plan porte déjà ce titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="60"/>
        <source>an agency is listed twice</source>
        <translation>un organisme figure deux fois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="61"/>
        <source>{name} is listed twice</source>
        <translation>{name} figure deux fois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="62"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="63"/>
        <source>the focal point chosen does not belong to that agency</source>
        <translation>le point focal choisi n&apos;appartient pas à cet organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="66"/>
        <source>choose at least one other to merge into this one</source>
        <translation>choisissez au moins un autre élément à fusionner dans celui-ci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="69"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="70"/>
        <source>not a file</source>
        <translation>n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="71"/>
        <source>the file is too large; evidence files may be at most {limit} MB</source>
        <translation>le fichier est trop volumineux&#xa0;; les justificatifs ne peuvent pas dépasser {limit}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="74"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="75"/>
        <source>the date cannot be in the future</source>
        <translation>la date ne peut pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="76"/>
        <source>the submission date is in the future; mark the report submitted once it is sent</source>
        <translation>la date de soumission est dans le futur&#xa0;; marquez le rapport comme soumis une fois qu&apos;il est envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="80"/>
        <source>the submission date is more than {years} years before the due date; check the year</source>
        <translation>la date de soumission précède de plus de {years} ans la date d&apos;échéance&#xa0;; vérifiez l&apos;année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="84"/>
        <source>the year must be from {first} to {last}</source>
        <translation>l&apos;année doit être comprise entre {first} et {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="87"/>
        <source>the value must be a finite number</source>
        <translation>la valeur doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="88"/>
        <source>the value has more than 16 digits before the point</source>
        <translation>la valeur a plus de 16 chiffres avant la virgule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="91"/>
        <source>the value has more than 4 decimal places</source>
        <translation>la valeur a plus de 4 décimales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="94"/>
        <source>the target year is before the baseline year</source>
        <translation>l&apos;année cible est antérieure à l&apos;année de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="97"/>
        <source>say what happened, change the status or attach evidence</source>
        <translation>indiquez ce qui s&apos;est passé, changez le statut ou joignez des justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="100"/>
        <source>this record no longer exists; someone else deleted or merged it</source>
        <translation>cet élément n&apos;existe plus&#xa0;; quelqu&apos;un d&apos;autre l&apos;a supprimé ou fusionné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="103"/>
        <source>someone else changed this since you opened it; your changes were not saved</source>
        <translation>quelqu&apos;un d&apos;autre a modifié cet élément depuis que vous l&apos;avez ouvert&#xa0;; vos modifications n&apos;ont pas été enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="106"/>
        <source>a record was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>un élément a été modifié dans la base de données depuis l&apos;examen du formulaire&#xa0;; rien n&apos;a été appliqué. Examinez de nouveau le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="111"/>
        <source>{reference} (row {row}) was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>{reference} (ligne {row}) a été modifié dans la base de données depuis l&apos;examen du formulaire&#xa0;; rien n&apos;a été appliqué. Examinez de nouveau le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="116"/>
        <source>the merge cannot be undone: the names were changed since</source>
        <translation>la fusion ne peut pas être annulée&#xa0;: les noms ont été modifiés depuis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="119"/>
        <source>another recommendation of this document already has the reference {reference}</source>
        <translation>une autre recommandation de ce document porte déjà la référence {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="122"/>
        <source>an agency cannot both lead and support the same recommendation</source>
        <translation>un organisme ne peut pas être à la fois chef de file et d&apos;appui pour la même recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="125"/>
        <source>this document is not one of that mechanism&apos;s</source>
        <translation>ce document n&apos;appartient pas à ce mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="128"/>
        <source>only archived recommendations can be deleted; archive it first</source>
        <translation>seules les recommandations archivées peuvent être supprimées&#xa0;; archivez-la d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="131"/>
        <source>another program is writing to this database; nothing was changed. Try again in a moment</source>
        <translation>un autre programme écrit dans cette base de données&#xa0;; rien n&apos;a été modifié. Réessayez dans un instant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="135"/>
        <source>another user changed the same records at the same moment; nothing was changed. Try again</source>
        <translation>un autre utilisateur a modifié les mêmes éléments au même moment&#xa0;; rien n&apos;a été modifié. Réessayez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="139"/>
        <source>another program has this database open; close NMRF Desk everywhere it uses this database, then restore. Nothing was changed</source>
        <translation>un autre programme a ouvert cette base de données&#xa0;; fermez NMRF Desk partout où il utilise cette base de données, puis restaurez. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="144"/>
        <source>the database is open read-only; nothing was changed</source>
        <translation>la base de données est ouverte en lecture seule&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="147"/>
        <source>the database&apos;s folder is read-only; nothing was changed</source>
        <translation>le dossier de la base de données est en lecture seule&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="150"/>
        <source>this database is read-only and was made by an earlier version of NMRF Desk: it must be upgraded, which cannot be done here. Copy it to a folder you can write to, or ask for write access</source>
        <translation>cette base de données est en lecture seule et a été créée par une version antérieure de NMRF Desk&#xa0;: elle doit être mise à niveau, ce qui est impossible ici. Copiez-la dans un dossier où vous pouvez écrire, ou demandez l&apos;accès en écriture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="156"/>
        <source>the database is read-only, and changes not yet folded into the file cannot be read here; copy the folder somewhere you can write to</source>
        <translation>la base de données est en lecture seule et les modifications pas encore intégrées au fichier ne peuvent pas être lues ici&#xa0;; copiez le dossier dans un emplacement où vous pouvez écrire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="161"/>
        <source>the disk is full; nothing was changed. Free some space and try again</source>
        <translation>le disque est plein&#xa0;; rien n&apos;a été modifié. Libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="164"/>
        <source>{login} is not a user of this database: you may read only</source>
        <translation>{login} n&apos;est pas un utilisateur de cette base de données&#xa0;: vous pouvez seulement consulter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="167"/>
        <source>{login} ({role}): only an administrator may do this</source>
        <translation>{login} ({role})&#xa0;: seul un administrateur peut le faire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="170"/>
        <source>{login} ({role}): only an administrator may delete for good; archive it instead</source>
        <translation>{login} ({role})&#xa0;: seul un administrateur peut supprimer définitivement&#xa0;; archivez plutôt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="173"/>
        <source>{login} ({role}): readers may read, search, export and make reports</source>
        <translation>{login} ({role})&#xa0;: les lecteurs peuvent consulter, rechercher, exporter et produire des rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="176"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations</source>
        <translation>{login} ({role})&#xa0;: les points focaux consignent l&apos;avancement, les justificatifs, les mesures ainsi que le statut et les dates des actions et recommandations de leur organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="181"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations (not {fields})</source>
        <translation>{login} ({role})&#xa0;: les points focaux consignent l&apos;avancement, les justificatifs, les mesures ainsi que le statut et les dates des actions et recommandations de leur organisme (pas {fields})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="186"/>
        <source>{login} ({role}): this is not the work of their agency</source>
        <translation>{login} ({role})&#xa0;: ce travail ne relève pas de son organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="264"/>
        <source>Not allowed: {reason}; nothing was changed</source>
        <translation>Non autorisé&#xa0;: {reason}&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="288"/>
        <source>{file}, row {row}</source>
        <translation>{file}, ligne {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="290"/>
        <source>{file}, column &quot;{column}&quot;</source>
        <translation>{file}, colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="292"/>
        <source>{file}, row {row}, column &quot;{column}&quot;</source>
        <translation>{file}, ligne {row}, colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="302"/>
        <source>{place}: {message}</source>
        <translation>{place}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="12"/>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>il ne s&apos;agit pas d&apos;un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="13"/>
        <location filename="../../desktop/ui/error_text_import.py" line="65"/>
        <source>the file is an Office package but not an Excel workbook</source>
        <translation>le fichier est un paquet Office, mais pas un classeur Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="16"/>
        <source>the workbook is not an update form made by NMRF Desk (it has no manifest)</source>
        <translation>le classeur n&apos;est pas un formulaire de mise à jour créé par NMRF Desk (il ne contient pas de manifeste)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="19"/>
        <source>the workbook is not an update form made by NMRF Desk</source>
        <translation>le classeur n&apos;est pas un formulaire de mise à jour créé par NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="22"/>
        <source>the form&apos;s hidden manifest is damaged ({reason})</source>
        <translation>le manifeste caché du formulaire est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="25"/>
        <location filename="../../desktop/ui/error_text_import.py" line="82"/>
        <source>the workbook is damaged ({reason})</source>
        <translation>le classeur est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="26"/>
        <source>the workbook has no sheet “{sheet}”</source>
        <translation>le classeur ne contient pas de feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="27"/>
        <source>the form&apos;s signature does not match: it was made from another database, or its hidden manifest was changed; nothing was read from it</source>
        <translation>la signature du formulaire ne correspond pas&#xa0;: il a été créé à partir d&apos;une autre base de données, ou son manifeste caché a été modifié&#xa0;; rien n&apos;y a été lu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="32"/>
        <source>this form&apos;s record is no longer in the database (deleted?)</source>
        <translation>ce formulaire ne figure plus dans la base de données (supprimé&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="35"/>
        <source>the form names another agency than the one it was sent to</source>
        <translation>le formulaire désigne un autre organisme que celui auquel il a été envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="38"/>
        <source>a row the form did not have (rows cannot be added)</source>
        <translation>une ligne que le formulaire ne comportait pas (l&apos;ajout de lignes n&apos;est pas possible)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="41"/>
        <source>a read-only cell was changed; the row is not taken in</source>
        <translation>une cellule en lecture seule a été modifiée&#xa0;; la ligne n&apos;est pas intégrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="44"/>
        <source>the recommendation is no longer in the register</source>
        <translation>la recommandation ne figure plus dans le registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="47"/>
        <source>the action is no longer in the register</source>
        <translation>l&apos;action ne figure plus dans le registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="48"/>
        <source>the indicator is no longer in the register</source>
        <translation>l&apos;indicateur ne figure plus dans le registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="51"/>
        <source>the recommendation is not assigned to {agency}</source>
        <translation>la recommandation n&apos;est pas attribuée à {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="54"/>
        <source>the action is not assigned to {agency}</source>
        <translation>l&apos;action n&apos;est pas attribuée à {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="57"/>
        <source>the indicator is not assigned to {agency}</source>
        <translation>l&apos;indicateur n&apos;est pas attribué à {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="60"/>
        <source>the cell holds a formula error ({value})</source>
        <translation>la cellule contient une erreur de formule ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="61"/>
        <source>“{value}” is not a status of the list ({choices})</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un statut de la liste ({choices})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="64"/>
        <source>“{value}” is not a number</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="65"/>
        <source>“{value}” is not a number within range</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre compris dans la plage autorisée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="68"/>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="69"/>
        <source>{date} is in the future</source>
        <translation>{date} est dans le futur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="70"/>
        <source>{date} is too early</source>
        <translation>{date} est une date trop ancienne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="71"/>
        <source>give the value (a date or source alone is not taken in)</source>
        <translation>indiquez la valeur (une date ou une source seule n&apos;est pas intégrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="74"/>
        <source>give the date of the value</source>
        <translation>indiquez la date de la valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="75"/>
        <source>there is no form language {language} (one of {languages})</source>
        <translation>il n&apos;existe pas de langue de formulaire {language} (langues possibles&#xa0;: {languages})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="78"/>
        <source>the deadline is already past</source>
        <translation>l&apos;échéance est déjà passée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="79"/>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="80"/>
        <source>you may not write in this folder; choose another</source>
        <translation>vous n&apos;avez pas le droit d&apos;écrire dans ce dossier&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="83"/>
        <source>the disk is full; free some space and try again</source>
        <translation>le disque est plein&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="86"/>
        <source>cannot write the file: {reason}</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="105"/>
        <source>longer than %Ln character(s) (it has {length})</source>
        <translation>
            <numerusform>plus de %Ln caractère (il y en a {length})</numerusform>
            <numerusform>plus de %Ln caractères (il y en a {length})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="108"/>
        <source>%Ln item(s) not in the review: {items}</source>
        <translation>
            <numerusform>%Ln élément absent de l&apos;examen&#xa0;: {items}</numerusform>
            <numerusform>%Ln éléments absents de l&apos;examen&#xa0;: {items}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="15"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="16"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="17"/>
        <source>this is a folder, not a file</source>
        <translation>il s&apos;agit d&apos;un dossier, pas d&apos;un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="18"/>
        <source>the file is {size_mb} MB; files over {limit_mb} MB are not imported</source>
        <translation>le fichier fait {size_mb}&#xa0;Mo&#xa0;; les fichiers de plus de {limit_mb}&#xa0;Mo ne sont pas importés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="21"/>
        <source>this is {kind}, not a file that can be imported</source>
        <translation>ce fichier est {kind}, pas un fichier importable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="24"/>
        <source>this Word document holds no OHCHR thematic list of recommendations (a table whose first row reads Recommendation | Position | …)</source>
        <translation>ce document Word ne contient pas de liste thématique de recommandations du HCDH (un tableau dont la première ligne indique Recommendation | Position | …)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="29"/>
        <source>this zip file is neither an Excel workbook nor a Word document</source>
        <translation>ce fichier zip n&apos;est ni un classeur Excel ni un document Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="32"/>
        <source>this is neither a spreadsheet (XLSX or CSV with column headers) nor an OHCHR thematic list; it cannot be imported</source>
        <translation>ce fichier n&apos;est ni un tableur (XLSX ou CSV avec en-têtes de colonnes) ni une liste thématique du HCDH&#xa0;; il ne peut pas être importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="37"/>
        <source>this spreadsheet is in no official format: import it with a column mapping</source>
        <translation>ce tableur n&apos;est dans aucun format officiel&#xa0;: importez-le au moyen d&apos;une correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="40"/>
        <source>the file holds no recommendations</source>
        <translation>le fichier ne contient aucune recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="41"/>
        <source>the import could not be written, nothing was changed ({reason})</source>
        <translation>l&apos;importation n&apos;a pas pu être enregistrée, rien n&apos;a été modifié ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="45"/>
        <source>the file is damaged or truncated and cannot be opened ({reason})</source>
        <translation>le fichier est endommagé ou tronqué et ne peut pas être ouvert ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="48"/>
        <source>the file uses an unsupported compression ({reason})</source>
        <translation>le fichier utilise une méthode de compression non prise en charge ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="51"/>
        <source>the file unpacks to more than {limit_gb} GB (a zip bomb?); not imported</source>
        <translation>le fichier décompressé dépasse {limit_gb}&#xa0;Go (bombe zip&#xa0;?)&#xa0;; il n&apos;est pas importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="54"/>
        <source>the part {part} is compressed {ratio} to 1 (a zip bomb?); not imported</source>
        <translation>la partie {part} est compressée dans un rapport de {ratio} à 1 (bombe zip&#xa0;?)&#xa0;; le fichier n&apos;est pas importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="57"/>
        <source>the part {part} declares XML entities or is not XML; Office documents never do, so it is not imported</source>
        <translation>la partie {part} déclare des entités XML ou n&apos;est pas du XML&#xa0;; les documents Office ne le font jamais, le fichier n&apos;est donc pas importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="62"/>
        <source>the file is not a valid Office document (it is not a zip package)</source>
        <translation>le fichier n&apos;est pas un document Office valide (ce n&apos;est pas un paquet zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="69"/>
        <source>the text is not valid {encoding} at byte {byte}</source>
        <translation>le texte n&apos;est pas du {encoding} valide à l&apos;octet {byte}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="72"/>
        <source>the file holds binary data, not text</source>
        <translation>le fichier contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="73"/>
        <source>the file&apos;s character encoding cannot be recognised</source>
        <translation>l&apos;encodage des caractères du fichier ne peut pas être reconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="76"/>
        <source>the CSV cannot be read: {reason}</source>
        <translation>le fichier CSV ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="78"/>
        <source>the file has no rows</source>
        <translation>le fichier ne contient aucune ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="79"/>
        <source>the workbook has no sheet</source>
        <translation>le classeur ne contient aucune feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="80"/>
        <source>the workbook has no sheet &quot;{sheet}&quot;</source>
        <translation>le classeur ne contient pas de feuille «&#xa0;{sheet}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="81"/>
        <source>the sheet has no rows</source>
        <translation>la feuille ne contient aucune ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="83"/>
        <source>the sheet is damaged ({reason})</source>
        <translation>la feuille est endommagée ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="84"/>
        <source>the first row has no column headers</source>
        <translation>la première ligne ne contient pas d&apos;en-têtes de colonnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="85"/>
        <source>the column header &quot;{header}&quot; appears twice</source>
        <translation>l&apos;en-tête de colonne «&#xa0;{header}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="88"/>
        <source>this is not {kind}: the columns {names} are missing</source>
        <translation>ce fichier n&apos;est pas {kind}&#xa0;: les colonnes {names} manquent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="91"/>
        <source>the mapping names columns this file does not have: {names}</source>
        <translation>la correspondance désigne des colonnes absentes de ce fichier&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="95"/>
        <source>the file is an Excel workbook and another kind of spreadsheet (OpenDocument or XLSB) at once; it is not read</source>
        <translation>le fichier est à la fois un classeur Excel et un autre type de tableur (OpenDocument ou XLSB)&#xa0;; il n&apos;est pas lu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="100"/>
        <source>the workbook is damaged (the sheet &quot;{sheet}&quot; has no part)</source>
        <translation>le classeur est endommagé (la feuille «&#xa0;{sheet}&#xa0;» n&apos;a pas de partie)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="103"/>
        <source>the workbook is damaged (it holds the part {part} twice)</source>
        <translation>le classeur est endommagé (il contient deux fois la partie {part})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="106"/>
        <source>the workbook is damaged (its part {part} is over {limit_mb} MB)</source>
        <translation>le classeur est endommagé (sa partie {part} dépasse {limit_mb}&#xa0;Mo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="109"/>
        <source>the workbook is damaged (its part {part} names parts with character references)</source>
        <translation>le classeur est endommagé (sa partie {part} désigne des parties au moyen de références de caractères)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="112"/>
        <source>the workbook is damaged (its part {part} is not well-formed XML: {reason})</source>
        <translation>le classeur est endommagé (sa partie {part} n&apos;est pas du XML bien formé&#xa0;: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="115"/>
        <source>the workbook is damaged (it has no package relationships)</source>
        <translation>le classeur est endommagé (il n&apos;a pas de relations de paquet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="118"/>
        <source>the workbook is damaged (it names no workbook part)</source>
        <translation>le classeur est endommagé (il ne désigne aucune partie classeur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="121"/>
        <source>the workbook is damaged (it has no workbook relationships)</source>
        <translation>le classeur est endommagé (il n&apos;a pas de relations de classeur)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="124"/>
        <source>the workbook is damaged (a sheet has no part)</source>
        <translation>le classeur est endommagé (une feuille n&apos;a pas de partie)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="127"/>
        <source>the sheet &quot;{sheet}&quot; is damaged: &quot;{reference}&quot; is not a cell reference</source>
        <translation>la feuille «&#xa0;{sheet}&#xa0;» est endommagée&#xa0;: «&#xa0;{reference}&#xa0;» n&apos;est pas une référence de cellule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="130"/>
        <source>the sheet &quot;{sheet}&quot; is damaged (its XML is not well-formed: {reason})</source>
        <translation>la feuille «&#xa0;{sheet}&#xa0;» est endommagée (son XML n&apos;est pas bien formé&#xa0;: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="133"/>
        <source>the sheet &quot;{sheet}&quot; has a value in cell {cell}, beyond the last row ({rows}) or column ({column}) a spreadsheet can have</source>
        <translation>la feuille «&#xa0;{sheet}&#xa0;» contient une valeur dans la cellule {cell}, au-delà de la dernière ligne ({rows}) ou colonne ({column}) que peut avoir un tableur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="139"/>
        <source>this is an old Word .doc file; open it in Word and save it as .docx</source>
        <translation>il s&apos;agit d&apos;un ancien fichier Word .doc&#xa0;; ouvrez-le dans Word et enregistrez-le au format .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="142"/>
        <source>the file is not a Word document or is damaged ({reason})</source>
        <translation>le fichier n&apos;est pas un document Word ou il est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="145"/>
        <source>the document has no table; expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle)</source>
        <translation>le document ne contient aucun tableau&#xa0;; un tableau intitulé «&#xa0;{header_2_3}&#xa0;» (2e et 3e cycles) ou «&#xa0;{header_4}&#xa0;» (4e cycle) était attendu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="150"/>
        <source>this is not an OHCHR thematic list of recommendations: expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle), not &quot;{first}&quot;</source>
        <translation>ce document n&apos;est pas une liste thématique de recommandations du HCDH&#xa0;: un tableau intitulé «&#xa0;{header_2_3}&#xa0;» (2e et 3e cycles) ou «&#xa0;{header_4}&#xa0;» (4e cycle) était attendu, et non «&#xa0;{first}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="156"/>
        <source>the recommendation text is empty</source>
        <translation>le texte de la recommandation est vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="157"/>
        <source>the mechanism is empty</source>
        <translation>le mécanisme n&apos;est pas indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="158"/>
        <source>the recommending body is empty</source>
        <translation>l&apos;auteur de la recommandation n&apos;est pas indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="159"/>
        <source>&quot;{value}&quot; is not an annotation id</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un identifiant d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="160"/>
        <source>the same annotation id as row {first_row}</source>
        <translation>même identifiant d&apos;annotation qu&apos;à la ligne {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="163"/>
        <source>the position &quot;{value}&quot; is not known</source>
        <translation>la position «&#xa0;{value}&#xa0;» est inconnue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="164"/>
        <source>the position &quot;{value}&quot; is not recognised (expected Supported, Supported in part, Noted or Pending)</source>
        <translation>la position «&#xa0;{value}&#xa0;» n&apos;est pas reconnue (valeurs attendues&#xa0;: Supported, Supported in part, Noted ou Pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="169"/>
        <source>the response &quot;{value}&quot; is not known</source>
        <translation>la réponse «&#xa0;{value}&#xa0;» est inconnue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="170"/>
        <source>the action category &quot;{value}&quot; is not 1–5</source>
        <translation>la catégorie d&apos;action «&#xa0;{value}&#xa0;» n&apos;est pas comprise entre 1 et 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="173"/>
        <source>the cycle &quot;{value}&quot; is not a number 1–9</source>
        <translation>le cycle «&#xa0;{value}&#xa0;» n&apos;est pas un nombre de 1 à 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="176"/>
        <source>&quot;{value}&quot; is not one of: {choices}</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie des valeurs suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="177"/>
        <source>&quot;{value}&quot; is neither yes nor no</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="178"/>
        <source>the same recommendation as row {first_row}</source>
        <translation>même recommandation qu&apos;à la ligne {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="179"/>
        <source>the same recommendation as an earlier row of the file</source>
        <translation>même recommandation qu&apos;une ligne précédente du fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="182"/>
        <source>a theme is longer than 300 characters</source>
        <translation>un thème dépasse 300 caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="183"/>
        <source>no paragraph number at the start of the recommendation</source>
        <translation>aucun numéro de paragraphe au début de la recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="186"/>
        <source>paragraph {paragraph} has no recommendation text</source>
        <translation>le paragraphe {paragraph} n&apos;a pas de texte de recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="189"/>
        <source>paragraph {paragraph} appears twice with different texts (first at row {first_row})</source>
        <translation>le paragraphe {paragraph} figure deux fois avec des textes différents (d&apos;abord à la ligne {first_row})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="194"/>
        <source>give the mapping a name</source>
        <translation>donnez un nom à la correspondance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="195"/>
        <source>choose the column that holds the text</source>
        <translation>choisissez la colonne qui contient le texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="196"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>choisissez la colonne qui contient le mécanisme, ou un mécanisme pour toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="199"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>ce nom appartient à la correspondance intégrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="200"/>
        <source>the mapping name is too long</source>
        <translation>le nom de la correspondance est trop long</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="233"/>
        <source>the file holds %Ln part(s); this is not an Office document</source>
        <translation>
            <numerusform>le fichier contient %Ln partie&#xa0;; ce n&apos;est pas un document Office</numerusform>
            <numerusform>le fichier contient %Ln parties&#xa0;; ce n&apos;est pas un document Office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="236"/>
        <source>a cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>une cellule contient %Ln caractère ({maximum} au maximum)</numerusform>
            <numerusform>une cellule contient %Ln caractères ({maximum} au maximum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="239"/>
        <source>the cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>la cellule contient %Ln caractère ({maximum} au maximum)</numerusform>
            <numerusform>la cellule contient %Ln caractères ({maximum} au maximum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="241"/>
        <source>a cell holds more than %Ln character(s)</source>
        <translation>
            <numerusform>une cellule contient plus de %Ln caractère</numerusform>
            <numerusform>une cellule contient plus de %Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="243"/>
        <source>the workbook says it holds %Ln different text(s), more than its part for texts can hold; it is damaged or not a real workbook</source>
        <translation>
            <numerusform>le classeur indique contenir %Ln texte différent, plus que sa partie consacrée aux textes ne peut en contenir&#xa0;; il est endommagé ou n&apos;est pas un véritable classeur</numerusform>
            <numerusform>le classeur indique contenir %Ln textes différents, plus que sa partie consacrée aux textes ne peut en contenir&#xa0;; il est endommagé ou n&apos;est pas un véritable classeur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="249"/>
        <source>the workbook holds more than %Ln different text(s); a workbook of recommendations never does</source>
        <translation>
            <numerusform>le classeur contient plus de %Ln texte différent&#xa0;; un classeur de recommandations n&apos;en contient jamais autant</numerusform>
            <numerusform>le classeur contient plus de %Ln textes différents&#xa0;; un classeur de recommandations n&apos;en contient jamais autant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="255"/>
        <source>the sheet &quot;{sheet}&quot; holds more than %Ln cell(s); a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>la feuille «&#xa0;{sheet}&#xa0;» contient plus de %Ln cellule&#xa0;; une feuille de recommandations n&apos;est jamais aussi grande</numerusform>
            <numerusform>la feuille «&#xa0;{sheet}&#xa0;» contient plus de %Ln cellules&#xa0;; une feuille de recommandations n&apos;est jamais aussi grande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="261"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell}: %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>la feuille «&#xa0;{sheet}&#xa0;» contient des valeurs jusqu&apos;à la cellule {cell}&#xa0;: %Ln ligne × {columns} colonnes&#xa0;; une feuille de recommandations n&apos;est jamais aussi grande</numerusform>
            <numerusform>la feuille «&#xa0;{sheet}&#xa0;» contient des valeurs jusqu&apos;à la cellule {cell}&#xa0;: %Ln lignes × {columns} colonnes&#xa0;; une feuille de recommandations n&apos;est jamais aussi grande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="267"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell} (it declares {dimension}): %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>la feuille «&#xa0;{sheet}&#xa0;» contient des valeurs jusqu&apos;à la cellule {cell} (elle déclare {dimension})&#xa0;: %Ln ligne × {columns} colonnes&#xa0;; une feuille de recommandations n&apos;est jamais aussi grande</numerusform>
            <numerusform>la feuille «&#xa0;{sheet}&#xa0;» contient des valeurs jusqu&apos;à la cellule {cell} (elle déclare {dimension})&#xa0;: %Ln lignes × {columns} colonnes&#xa0;; une feuille de recommandations n&apos;est jamais aussi grande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="274"/>
        <source>the {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>le champ «&#xa0;{field}&#xa0;» dépasse %Ln caractère</numerusform>
            <numerusform>le champ «&#xa0;{field}&#xa0;» dépasse %Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="277"/>
        <source>a value of {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>une valeur du champ «&#xa0;{field}&#xa0;» dépasse %Ln caractère</numerusform>
            <numerusform>une valeur du champ «&#xa0;{field}&#xa0;» dépasse %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="289"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="290"/>
        <source>an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv</source>
        <translation>un ancien fichier Office (.xls/.doc)&#xa0;; enregistrez-le au format .xlsx, .docx ou .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="293"/>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="294"/>
        <source>a database</source>
        <translation>une base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="295"/>
        <source>an RTF document</source>
        <translation>un document RTF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="296"/>
        <source>a UHRI export</source>
        <translation>un export de l&apos;Index universel des droits de l&apos;homme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="297"/>
        <source>a UPR Info export</source>
        <translation>un export UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="302"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="303"/>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="304"/>
        <source>source symbol</source>
        <translation>cote du document source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="305"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="306"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="307"/>
        <source>text language</source>
        <translation>langue du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="308"/>
        <source>annotation id</source>
        <translation>identifiant d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="309"/>
        <source>annotation type</source>
        <translation>type d&apos;annotation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="310"/>
        <source>mechanism code</source>
        <translation>code du mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="311"/>
        <source>cluster</source>
        <translation>groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="312"/>
        <source>recommending states</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="313"/>
        <source>affected persons</source>
        <translation>personnes concernées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="314"/>
        <source>UPR Info issues</source>
        <translation>questions UPR Info</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="52"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="120"/>
        <source>Export recommendations</source>
        <translation>Exporter des recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="57"/>
        <source>The selected recommendations ({count})</source>
        <translation>Les recommandations sélectionnées ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="62"/>
        <source>Everything the register shows now ({count})</source>
        <translation>Tout ce que le registre affiche actuellement ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="66"/>
        <source>Every recommendation (not the archive)</source>
        <translation>Toutes les recommandations (hors archives)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="74"/>
        <source>recommendations.xlsx or .csv</source>
        <translation>recommandations.xlsx ou .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="75"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="82"/>
        <source>An Excel workbook holds the recommendations with every field, and sheets for agencies, assignments, focal points and clusters; a CSV file (UTF-8, for Excel) holds the recommendations. Cells that a spreadsheet would take for a formula are written as text.</source>
        <translation>Un classeur Excel contient les recommandations avec tous leurs champs, et des feuilles pour les organismes, les attributions, les points focaux et les groupes thématiques&#xa0;; un fichier CSV (UTF-8, pour Excel) contient les recommandations. Les cellules qu&apos;un tableur prendrait pour une formule sont écrites sous forme de texte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="95"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="98"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="181"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="107"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="109"/>
        <source>What to export:</source>
        <translation>Éléments à exporter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="136"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="140"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>Le nom du fichier doit se terminer par .xlsx ou .csv.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="187"/>
        <source>Exported {count} recommendations to {path}</source>
        <translation>{count} recommandations exportées vers {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="195"/>
        <source>Cancelled. No file was written.</source>
        <translation>Annulé. Aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="122"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="123"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="124"/>
        <source>Document symbol</source>
        <translation>Cote du document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Document date</source>
        <translation>Date du document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>UPR cycle</source>
        <translation>Cycle de l&apos;EPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="128"/>
        <source>State under review</source>
        <translation>État examiné</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="129"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="130"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="131"/>
        <source>Language of the text</source>
        <translation>Langue du texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="132"/>
        <source>Response (position)</source>
        <translation>Réponse (position)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Source of the position</source>
        <translation>Source de la position</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Action category</source>
        <translation>Catégorie d&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="135"/>
        <source>OHCHR annotation id</source>
        <translation>Identifiant d&apos;annotation du HCDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="136"/>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>SDG goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="141"/>
        <source>UPR Info issues</source>
        <translation>Questions UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="142"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="143"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="144"/>
        <source>Priority rationale</source>
        <translation>Justification de la priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="145"/>
        <source>Needs parliament</source>
        <translation>Requiert le parlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>Cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FileTotals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="36"/>
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fichier&lt;/b&gt; : {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;%Ln fichiers&lt;/b&gt; : {rows}.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="39"/>
        <source>%Ln row(s) read in all</source>
        <translation>
            <numerusform>%Ln ligne lue en tout</numerusform>
            <numerusform>%Ln lignes lues en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="42"/>
        <source>Imported %Ln file(s).</source>
        <translation>
            <numerusform>%Ln fichier importé.</numerusform>
            <numerusform>%Ln fichiers importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="173"/>
        <source>1 minimal</source>
        <translation>1 minimale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="174"/>
        <source>2 continuing</source>
        <translation>2 continuité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="175"/>
        <source>3 considering</source>
        <translation>3 examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="176"/>
        <source>4 general</source>
        <translation>4 générale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="177"/>
        <source>5 specific</source>
        <translation>5 spécifique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="187"/>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="188"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="189"/>
        <source>Supporting</source>
        <translation>Appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="190"/>
        <source>Without a lead agency</source>
        <translation>Sans organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="193"/>
        <source>Only recommendations that no agency leads yet</source>
        <translation>Seulement les recommandations qu&apos;aucun organisme ne pilote encore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="195"/>
        <source>Needs parliament</source>
        <translation>Requiert le parlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="199"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation>Coché&#xa0;: seulement celles-ci&#xa0;; décoché&#xa0;: seulement les autres&#xa0;; à moitié&#xa0;: indifférent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="201"/>
        <source>Show the archive instead</source>
        <translation>Afficher plutôt les archives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="202"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="208"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="209"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="211"/>
        <source>Recommending State</source>
        <translation>État recommandant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="212"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="213"/>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="214"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="215"/>
        <source>Cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="219"/>
        <source>SDG goal</source>
        <translation>Objectif de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="220"/>
        <source>SDG target</source>
        <translation>Cible des ODD</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="369"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n coché</numerusform>
            <numerusform>%n cochés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="210"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="216"/>
        <source>Action category</source>
        <translation>Catégorie d&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="217"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="218"/>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="231"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="256"/>
        <source>(no cluster)</source>
        <translation>(aucun groupe thématique)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="259"/>
        <source>Cycle {number}</source>
        <translation>Cycle {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="276"/>
        <source>Any agency</source>
        <translation>Tout organisme</translation>
    </message>
</context>
<context>
    <name>FollowUpLists</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="73"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="94"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="74"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="95"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="75"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="86"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="96"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="76"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="77"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="98"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="83"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="84"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="85"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="87"/>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="88"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="97"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="108"/>
        <source>Double-click an action to open it</source>
        <translation>Double-cliquez sur une action pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="129"/>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="132"/>
        <source>Reporting deadlines</source>
        <translation>Rapports à remettre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="138"/>
        <source>Actions without indicators</source>
        <translation>Actions sans indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="148"/>
        <source>{title} (first {shown} of {total})</source>
        <translation>{title} ({shown} premiers sur {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="171"/>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="176"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="177"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="33"/>
        <location filename="../../desktop/ui/views/form_import.py" line="58"/>
        <source>Import agency updates</source>
        <translation>Importer les mises à jour des organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="46"/>
        <source>Review agency updates</source>
        <translation>Examiner les mises à jour des organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="49"/>
        <source>{file}: the form sent to {agency}.</source>
        <translation>{file}&#xa0;: le formulaire envoyé à {agency}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="54"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="55"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="56"/>
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln ligne rejetée</numerusform>
            <numerusform>%Ln lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="57"/>
        <source>%Ln row(s) unchanged</source>
        <translation>
            <numerusform>%Ln ligne inchangée</numerusform>
            <numerusform>%Ln lignes inchangées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="64"/>
        <source>Take in</source>
        <translation>Intégrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="66"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="124"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="68"/>
        <source>Changes (before → from the form)</source>
        <translation>Modifications (avant → d&apos;après le formulaire)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="69"/>
        <source>In the register now</source>
        <translation>Actuellement dans le registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Why it was rejected</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="81"/>
        <source>Select the changes</source>
        <translation>Sélectionnez les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="83"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="85"/>
        <source>Take in the selected</source>
        <translation>Intégrer la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="88"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="98"/>
        <source>Changes and conflicts</source>
        <translation>Modifications et conflits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="100"/>
        <source>Rejected rows (not taken in)</source>
        <translation>Lignes rejetées (non intégrées)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="125"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="126"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="127"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="128"/>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="129"/>
        <source>Current status</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="130"/>
        <source>Latest progress</source>
        <translation>Dernier état d&apos;avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="131"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="132"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="133"/>
        <source>Evidence or link</source>
        <translation>Justificatif ou lien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="134"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="135"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="136"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="137"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="138"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="139"/>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="140"/>
        <source>Latest date</source>
        <translation>Date de la dernière valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="141"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="142"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="143"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="222"/>
        <source>Taking in %n item(s)…</source>
        <translation>
            <numerusform>Intégration de %n élément…</numerusform>
            <numerusform>Intégration de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="244"/>
        <source>Taken in: %Ln progress update(s)</source>
        <translation>
            <numerusform>Intégré&#xa0;: %Ln point d&apos;avancement</numerusform>
            <numerusform>Intégrés&#xa0;: %Ln points d&apos;avancement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="245"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln mesure</numerusform>
            <numerusform>%Ln mesures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="76"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="77"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="78"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="79"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="80"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="81"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="126"/>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="151"/>
        <source>Choose a record to see its history.</source>
        <translation>Choisissez un élément pour voir son historique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="155"/>
        <source>Nothing has been recorded about this record since the trail began.</source>
        <translation>Rien n&apos;a été consigné sur cet élément depuis le début du journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="158"/>
        <source>Newest first; times are this computer&apos;s local time.</source>
        <translation>Les plus récentes d&apos;abord&#xa0;; heures locales de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="197"/>
        <location filename="../../desktop/ui/views/history_panel.py" line="209"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="71"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="58"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="59"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="60"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="61"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejetée</numerusform>
            <numerusform>%Ln rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="66"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln row(s) read.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;&#xa0;: {format}, %Ln ligne lue.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;&#xa0;: {format}, %Ln lignes lues.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="69"/>
        <source>Rejected, not imported: %Ln row(s).</source>
        <translation>
            <numerusform>%Ln ligne rejetée, non importée.</numerusform>
            <numerusform>%Ln lignes rejetées, non importées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="38"/>
        <source>New mechanisms</source>
        <translation>Nouveaux mécanismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="39"/>
        <source>New source documents</source>
        <translation>Nouveaux documents sources</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="40"/>
        <source>New States</source>
        <translation>Nouveaux États</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="41"/>
        <source>New themes</source>
        <translation>Nouveaux thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="42"/>
        <source>New affected persons</source>
        <translation>Nouvelles personnes concernées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="43"/>
        <source>New UPR Info issues</source>
        <translation>Nouvelles questions UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="44"/>
        <source>New SDG targets</source>
        <translation>Nouvelles cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="45"/>
        <source>New clusters</source>
        <translation>Nouveaux groupes thématiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="57"/>
        <source>{new}, {updated}, {unchanged}, {rejected}</source>
        <translation>{new}, {updated}, {unchanged}, {rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="68"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="85"/>
        <source>Import recommendations</source>
        <translation>Importer des recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="104"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="106"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="44"/>
        <source>The file to import</source>
        <translation>Le fichier à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="46"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="127"/>
        <source>Detect from the file</source>
        <translation>Détecter d&apos;après le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="131"/>
        <source>(choose the columns)</source>
        <translation>(choisir les colonnes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="135"/>
        <source>Columns…</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="141"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="142"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="143"/>
        <source>Column mapping:</source>
        <translation>Correspondance des colonnes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="145"/>
        <source>Other annotation types:</source>
        <translation>Autres types d&apos;annotation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="148"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation>Les exports de l&apos;Index universel des droits de l&apos;homme (XLSX ou CSV), les listes thématiques du HCDH (Word) et les exports d&apos;UPR Info sont reconnus d&apos;après leur contenu. Tout autre tableur est importé au moyen d&apos;une correspondance des colonnes. Rien n&apos;est écrit avant votre confirmation après l&apos;aperçu&#xa0;; une sauvegarde vérifiée est faite au préalable.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="155"/>
        <source>Several files chosen together (Browse…) are imported in one go: one preview, one backup, and all of them or none.</source>
        <translation>Plusieurs fichiers choisis ensemble (Parcourir…) sont importés en une fois : un seul aperçu, une seule sauvegarde, et tous ou aucun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="55"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="70"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="56"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="57"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="58"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="59"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="60"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="61"/>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="71"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="72"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="90"/>
        <source>The first rows as they will be stored:</source>
        <translation>Les premières lignes telles qu&apos;elles seront enregistrées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="237"/>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="351"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="168"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{file} importé.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="181"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>Une sauvegarde vérifiée a d&apos;abord été faite&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="25"/>
        <source>Keep them as context of their document</source>
        <translation>Les conserver comme contexte de leur document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="28"/>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="30"/>
        <source>UHRI exports also hold paragraphs of other types than recommendations (concerns and observations, positive aspects …). They never enter the register; kept, they are shown with the recommendations of the same document.</source>
        <translation>Les exports de l&apos;Index universel des droits de l&apos;homme contiennent aussi des paragraphes d&apos;autres types que les recommandations (préoccupations et observations, aspects positifs…). Ils n&apos;entrent jamais dans le registre&#xa0;; s&apos;ils sont conservés, ils sont affichés avec les recommandations du même document.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="42"/>
        <source>type not given (read as recommendations)</source>
        <translation>type non indiqué (lu comme recommandation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="113"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="62"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="73"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="114"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="115"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="116"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="117"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="118"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="119"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="143"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({format}) : {counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="166"/>
        <source>One verified backup was taken first, for all the files: {path}</source>
        <translation>Une sauvegarde vérifiée a d’abord été faite, pour tous les fichiers : {path}</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="26"/>
        <source>UHRI export</source>
        <translation>Export de l&apos;Index universel des droits de l&apos;homme (UHRI)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="27"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation>Liste thématique de recommandations du HCDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="30"/>
        <source>UPR Info export</source>
        <translation>Export UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="31"/>
        <source>Spreadsheet with a column mapping</source>
        <translation>Tableur avec correspondance des colonnes</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>Edit indicator</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="142"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="148"/>
        <source>Structural: laws, policies and institutions in place.
Process: efforts made to put them to work (programmes, budgets, training).
Outcome: the results people experience.</source>
        <translation>Structurel&#xa0;: lois, politiques et institutions en place.
De processus&#xa0;: efforts faits pour les rendre opérants (programmes, budgets, formation).
De résultat&#xa0;: les résultats vécus par la population.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="154"/>
        <source>e.g. %, per 100,000 live births</source>
        <translation>p. ex. %, pour 100&#xa0;000 naissances vivantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="160"/>
        <source>e.g. household survey, court records</source>
        <translation>p. ex. enquête auprès des ménages, registres des tribunaux</translation>
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
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="174"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="175"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="177"/>
        <source>Baseline:</source>
        <translation>Valeur de référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="179"/>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="180"/>
        <source>Data source:</source>
        <translation>Source des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="181"/>
        <source>Reporting frequency:</source>
        <translation>Fréquence de communication&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="182"/>
        <source>Data reported by:</source>
        <translation>Données communiquées par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="202"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="209"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="231"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="232"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="233"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="234"/>
        <source>Baseline value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="235"/>
        <source>Baseline year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="236"/>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="237"/>
        <source>Target year</source>
        <translation>Année cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="238"/>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="239"/>
        <source>Reporting frequency</source>
        <translation>Fréquence de communication</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="240"/>
        <source>Data reported by</source>
        <translation>Données communiquées par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="254"/>
        <source>a year is a whole number</source>
        <translation>une année est un nombre entier</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="81"/>
        <source>Add indicator…</source>
        <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="82"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="83"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="93"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="94"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="95"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="96"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="97"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="98"/>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="99"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="100"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="115"/>
        <source>Add measurement…</source>
        <translation>Ajouter une mesure…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="117"/>
        <source>Delete measurement</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="174"/>
        <source>Save it first, then add its indicators here.</source>
        <translation>Enregistrez d&apos;abord, puis ajoutez ici les indicateurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="222"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="236"/>
        <source>Data: {source}</source>
        <translation>Données&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="265"/>
        <source>Measurements of: {name}</source>
        <translation>Mesures de&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="267"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="313"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="320"/>
        <source>Delete the indicator “{name}” and its measurements?</source>
        <translation>Supprimer l&apos;indicateur «&#xa0;{name}&#xa0;» et ses mesures&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="363"/>
        <source>Delete the measurement of {date}?</source>
        <translation>Supprimer la mesure du {date}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="62"/>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="65"/>
        <source>The integrity check found damage in this database. What it shows may be incomplete, and changes may be lost. Restore a backup now: the damaged file is kept beside it.</source>
        <translation>Le contrôle d&apos;intégrité a détecté des dommages dans cette base de données. Ce qu&apos;elle affiche peut être incomplet et des modifications peuvent être perdues. Restaurez une sauvegarde maintenant&#xa0;: le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="70"/>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite signale&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="74"/>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="77"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23"/>
        <source>Supported</source>
        <translation>Soutenue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Supported in part</source>
        <translation>Soutenue en partie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>Noted</source>
        <translation>Notée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="34"/>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Partially implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>Fully implemented</source>
        <translation>Pleinement mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="39"/>
        <source>No longer applicable</source>
        <translation>N&apos;est plus applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="46"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>Structural</source>
        <translation>Structurel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Process</source>
        <translation>De processus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="156"/>
        <source>Outcome</source>
        <translation>De résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="165"/>
        <source>Every six months</source>
        <translation>Semestrielle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="166"/>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="167"/>
        <source>Every two years</source>
        <translation>Biennale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="168"/>
        <source>Ad hoc</source>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="175"/>
        <source>National human rights institution</source>
        <translation>Institution nationale des droits de l&apos;homme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="176"/>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="177"/>
        <source>Parliament</source>
        <translation>Parlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="178"/>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="179"/>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="186"/>
        <source>UPR national report</source>
        <translation>Rapport national (EPU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="187"/>
        <source>UPR mid-term report</source>
        <translation>Rapport à mi-parcours (EPU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="188"/>
        <source>Treaty body periodic report</source>
        <translation>Rapport périodique à un organe conventionnel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="189"/>
        <source>Treaty body follow-up</source>
        <translation>Suivi d&apos;un organe conventionnel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Reply to a special procedure</source>
        <translation>Réponse à une procédure spéciale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Regional report</source>
        <translation>Rapport régional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="12"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="13"/>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="14"/>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="15"/>
        <source>Delayed</source>
        <translation>Retardée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="16"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="23"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="24"/>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="32"/>
        <source>No action addresses this recommendation: nothing to suggest.</source>
        <translation>Aucune action ne vise cette recommandation&#xa0;: rien à suggérer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="35"/>
        <source>Every action was cancelled: nothing to suggest.</source>
        <translation>Toutes les actions ont été annulées&#xa0;: rien à suggérer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="38"/>
        <source>All actions that were not cancelled are completed.</source>
        <translation>Toutes les actions non annulées sont achevées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="41"/>
        <source>Some actions are completed, others are not.</source>
        <translation>Certaines actions sont achevées, d&apos;autres non.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="44"/>
        <source>No action is completed; at least one is ongoing or delayed.</source>
        <translation>Aucune action n&apos;est achevée&#xa0;; au moins une est en cours ou retardée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="47"/>
        <source>Every action is still planned.</source>
        <translation>Toutes les actions sont encore prévues.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="28"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="29"/>
        <source>The recommendation being edited has unsaved changes, so the window stays as it is. The new language is used the next time NMRF Desk starts.</source>
        <translation>La recommandation en cours de modification comporte des modifications non enregistrées&#xa0;; la fenêtre reste donc telle quelle. La nouvelle langue sera utilisée au prochain démarrage de NMRF Desk.</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="41"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="42"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="73"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="178"/>
        <source>From the agency directory (Agencies page)</source>
        <translation>D&apos;après l&apos;annuaire des organismes (page Organismes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="84"/>
        <source>Focal point:</source>
        <translation>Point focal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="94"/>
        <source>Lead agencies</source>
        <translation>Organismes chefs de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="95"/>
        <source>Supporting agencies</source>
        <translation>Organismes d&apos;appui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="96"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="97"/>
        <source>Affected persons</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="98"/>
        <source>SDG goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="99"/>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="100"/>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="105"/>
        <source>Lead agency:</source>
        <translation>Organisme chef de file&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="106"/>
        <source>Supporting agencies:</source>
        <translation>Organismes d&apos;appui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="107"/>
        <source>Themes:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="108"/>
        <source>Affected persons:</source>
        <translation>Personnes concernées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="109"/>
        <source>SDG goals:</source>
        <translation>Objectifs de développement durable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="110"/>
        <source>SDG targets:</source>
        <translation>Cibles des ODD&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="111"/>
        <source>Recommending States:</source>
        <translation>États recommandants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="170"/>
        <source>none in the agency directory</source>
        <translation>aucun dans l&apos;annuaire des organismes</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>&amp;Import recommendations…</source>
        <translation>&amp;Importer des recommandations…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Import &amp;agency updates…</source>
        <translation>Importer les &amp;mises à jour des organismes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Export recommendations…</source>
        <translation>&amp;Exporter des recommandations…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>&amp;About NMRF Desk</source>
        <translation>À propos de NMRF &amp;Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="25"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="43"/>
        <source>new database</source>
        <translation>nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="45"/>
        <source>upgraded; backup at {path}</source>
        <translation>mise à niveau&#xa0;; sauvegarde dans {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="48"/>
        <source>schema up to date</source>
        <translation>schéma à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="49"/>
        <source>Database: {name} ({state})</source>
        <translation>Base de données&#xa0;: {name} ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="55"/>
        <source>This database is open read-only ({reason}): nothing can be changed.</source>
        <translation>Cette base de données est ouverte en lecture seule ({reason})&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="61"/>
        <source>{title} (read-only)</source>
        <translation>{title} (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="74"/>
        <source>Daily backup written and verified: {path}</source>
        <translation>Sauvegarde quotidienne écrite et vérifiée&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>Could not read the database: {error}</source>
        <translation>Impossible de lire la base de données&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="83"/>
        <location filename="../../desktop/ui/window_files.py" line="92"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="93"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation>{path} existe déjà. Choisissez un autre nom de fichier, ou utilisez Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="103"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="137"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="138"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation>La base de données n&apos;a pas pu être ouverte&#xa0;; la base actuelle reste ouverte.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="147"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="165"/>
        <source>Backup written and verified: {path}</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="172"/>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Columns of {file}</source>
        <translation>Colonnes de {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>This file cannot be read: {problem}</source>
        <translation>Ce fichier ne peut pas être lu&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="95"/>
        <source>(choose a saved mapping)</source>
        <translation>(choisir une correspondance enregistrée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="319"/>
        <source>Delete saved mapping</source>
        <translation>Supprimer la correspondance enregistrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="103"/>
        <source>(from the column)</source>
        <translation>(d&apos;après la colonne)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="111"/>
        <source>Save this mapping for next time</source>
        <translation>Enregistrer cette correspondance pour la prochaine fois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="123"/>
        <source>Saved mapping:</source>
        <translation>Correspondance enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="136"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation>Les premières lignes du fichier (les colonnes mises en correspondance sont surlignées)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="167"/>
        <source>The recommendation (official record)</source>
        <translation>La recommandation (document officiel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="172"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation>Utilisé pour chaque ligne lorsque le fichier n&apos;a pas de colonne de mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="174"/>
        <source>Mechanism for every row:</source>
        <translation>Mécanisme pour chaque ligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="175"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation>Travail propre du bureau (appliqué aux nouvelles recommandations seulement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="178"/>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="189"/>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="193"/>
        <source>one value per line, or separated by ;</source>
        <translation>une valeur par ligne, ou séparées par&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="241"/>
        <source>This file has no column named: {columns}</source>
        <translation>Ce fichier n&apos;a pas de colonne nommée&#xa0;: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="273"/>
        <source>{column} → {fields}</source>
        <translation>{column} → {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="297"/>
        <source>NMRF Desk export (built in)</source>
        <translation>Export NMRF Desk (intégré)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="320"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation>Supprimer la correspondance enregistrée «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="367"/>
        <source>choose the column that holds the text</source>
        <translation>choisissez la colonne qui contient le texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>choisissez la colonne qui contient le mécanisme, ou un mécanisme pour toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="372"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>ce nom appartient à la correspondance intégrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="379"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="39"/>
        <source>Theme cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="40"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="42"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="59"/>
        <source>Not in a theme cluster</source>
        <translation>Hors groupe thématique</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="66"/>
        <source>Chart of the measurements</source>
        <translation>Graphique des mesures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="165"/>
        <source>No measurements yet</source>
        <translation>Aucune mesure pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="208"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="209"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="228"/>
        <source>{what} {value}</source>
        <translation>{what} {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="230"/>
        <source>{what} {value} ({year})</source>
        <translation>{what} {value} ({year})</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="309"/>
        <source>Edit measurement</source>
        <translation>Modifier la mesure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="309"/>
        <source>New measurement</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="324"/>
        <source>Indicator:</source>
        <translation>Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="325"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="326"/>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="327"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="328"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="338"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="339"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="340"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="341"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="31"/>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="41"/>
        <source>e.g. 118.23</source>
        <translation>p. ex. 118.23</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="52"/>
        <source>Mechanism:</source>
        <translation>Mécanisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="53"/>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="54"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="55"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="66"/>
        <source>(no document)</source>
        <translation>(aucun document)</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/ui/views/picker_dialog.py" line="34"/>
        <source>Type to narrow the list</source>
        <translation>Tapez pour filtrer la liste</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>Edit plan</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="76"/>
        <source>e.g. Cabinet Decision No. 14/2022</source>
        <translation>p. ex. décision du Conseil des ministres n° 14/2022</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="79"/>
        <source>National human rights action plan or development plan</source>
        <translation>Plan d&apos;action national pour les droits de l&apos;homme ou plan de développement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="82"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="214"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="83"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="84"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="85"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="215"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="216"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="87"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="217"/>
        <source>Adopted on</source>
        <translation>Adopté le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="218"/>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="219"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="111"/>
        <source>Recommendations the plan covers</source>
        <translation>Recommandations couvertes par le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="112"/>
        <source>None for now</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="113"/>
        <source>Those of the theme clusters ticked below</source>
        <translation>Celles des groupes thématiques cochés ci-dessous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="116"/>
        <source>Those the register shows now ({count})</source>
        <translation>Celles que le registre affiche actuellement ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="134"/>
        <source>Propose one action per theme cluster to start from</source>
        <translation>Proposer une action de départ par groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="184"/>
        <source>Address the recommendations on {cluster}</source>
        <translation>Donner suite aux recommandations relatives à {cluster}</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="53"/>
        <source>Cluster, recommendation or action</source>
        <translation>Groupe thématique, recommandation ou action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="54"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="55"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="56"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="57"/>
        <source>Estimated cost</source>
        <translation>Coût estimatif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="58"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="99"/>
        <source>Not in a theme cluster</source>
        <translation>Hors groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="102"/>
        <source>{cluster} — {priority} priority</source>
        <translation>{cluster} — priorité&#xa0;: {priority}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="107"/>
        <source>{recommendations}, {actions}</source>
        <translation>{recommendations}, {actions}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="110"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommandation</numerusform>
            <numerusform>%Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="112"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="116"/>
        <source>cost {totals}</source>
        <translation>coût {totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="135"/>
        <source>Recommendations ({count})</source>
        <translation>Recommandations ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="159"/>
        <source>{status} — overdue</source>
        <translation>{status} — échéance dépassée</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="85"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="87"/>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="88"/>
        <source>Edit plan…</source>
        <translation>Modifier le plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="89"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="285"/>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="102"/>
        <source>Plan by cluster</source>
        <translation>Plan par groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="103"/>
        <source>Priority matrix</source>
        <translation>Matrice des priorités</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="104"/>
        <source>Costs by agency</source>
        <translation>Coûts par organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="109"/>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="111"/>
        <source>Edit action…</source>
        <translation>Modifier l&apos;action…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="113"/>
        <source>Record progress…</source>
        <translation>Consigner l&apos;avancement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="116"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="377"/>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="223"/>
        <source>{recommendations}, {actions}, {overdue}</source>
        <translation>{recommendations}, {actions}, {overdue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="224"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommandation</numerusform>
            <numerusform>%Ln recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="225"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="226"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="287"/>
        <source>Delete “{title}” with its %Ln action(s), their indicators and progress updates? The recommendations stay in the register.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;{title}&#xa0;» avec %Ln action, ses indicateurs et ses points d&apos;avancement&#xa0;? Les recommandations restent dans le registre.</numerusform>
            <numerusform>Supprimer «&#xa0;{title}&#xa0;» avec ses %Ln actions, leurs indicateurs et leurs points d&apos;avancement&#xa0;? Les recommandations restent dans le registre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="141"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="125"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="129"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation>Plans de mise en œuvre&#xa0;: actions assorties de calendriers, de ressources et d&apos;indicateurs, et leur avancement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="209"/>
        <source>No plan yet. Create one from theme clusters or from the register.</source>
        <translation>Aucun plan pour l&apos;instant. Créez-en un à partir des groupes thématiques ou du registre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="218"/>
        <source>adopted {date}</source>
        <translation>adopté le {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="230"/>
        <source>cost {totals}</source>
        <translation>coût {totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="362"/>
        <source>Progress on “{title}”</source>
        <translation>Avancement de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="378"/>
        <source>Delete this action with its indicators and progress updates?</source>
        <translation>Supprimer cette action avec ses indicateurs et ses points d&apos;avancement&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="58"/>
        <source>(no change)</source>
        <translation>(pas de changement)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="60"/>
        <source>{label} (current)</source>
        <translation>{label} (actuel)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="64"/>
        <source>What happened, with references to evidence</source>
        <translation>Ce qui s&apos;est passé, avec renvoi aux justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="75"/>
        <source>Attach evidence…</source>
        <translation>Joindre un justificatif…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="78"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="157"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="91"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="158"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="92"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="159"/>
        <source>Narrative</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="93"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="161"/>
        <source>Reporting agency</source>
        <translation>Organisme déclarant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="94"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="160"/>
        <source>Reported by</source>
        <translation>Communiqué par</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="95"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="119"/>
        <source>Attach evidence</source>
        <translation>Joindre un justificatif</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="78"/>
        <source>Needs action by parliament</source>
        <translation>Requiert une action du parlement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="94"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="95"/>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="96"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="97"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="349"/>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Paragraph:</source>
        <translation>Paragraphe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Response:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Action category:</source>
        <translation>Catégorie d&apos;action&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="109"/>
        <source>Implementation status:</source>
        <translation>État de mise en œuvre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="111"/>
        <source>Rationale:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="112"/>
        <source>Cluster:</source>
        <translation>Groupe thématique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="114"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="169"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="52"/>
        <source>Select a recommendation to see it here.</source>
        <translation>Sélectionnez une recommandation pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="239"/>
        <source>(no cluster)</source>
        <translation>(aucun groupe thématique)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="311"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="312"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="313"/>
        <source>Action category</source>
        <translation>Catégorie d&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="351"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation>Supprimer définitivement {reference}&#xa0;? Ses attributions, son avancement et ses liens sont supprimés avec elle. Cette opération est irréversible.</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUpPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="91"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="92"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="93"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="94"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="95"/>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="108"/>
        <source>Record this status…</source>
        <translation>Consigner ce statut…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="111"/>
        <source>Record progress…</source>
        <translation>Consigner l&apos;avancement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="116"/>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="117"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="118"/>
        <source>Narrative</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="119"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="120"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="136"/>
        <source>Actions addressing it</source>
        <translation>Actions qui la visent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="140"/>
        <source>Status history and progress</source>
        <translation>Historique des statuts et avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="144"/>
        <source>Consultations that discussed it</source>
        <translation>Consultations où elle a été examinée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="198"/>
        <source>{status} — overdue</source>
        <translation>{status} — échéance dépassée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="215"/>
        <source>Suggested status: {status}. Rule: {rule}</source>
        <translation>Statut suggéré&#xa0;: {status}. Règle&#xa0;: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="265"/>
        <source>Progress on the recommendation</source>
        <translation>Avancement de la recommandation</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42"/>
        <source>Mechanism</source>
        <translation>Mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="46"/>
        <source>Recommending States</source>
        <translation>États recommandants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="47"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="48"/>
        <source>Action category</source>
        <translation>Catégorie d&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="49"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="50"/>
        <source>SDG targets</source>
        <translation>Cibles des ODD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="51"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="52"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="53"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="54"/>
        <source>Cluster</source>
        <translation>Groupe thématique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="55"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="79"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation>Rechercher dans les textes, références et notes, dans toute langue (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="91"/>
        <source>Bulk actions</source>
        <translation>Modifications groupées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="59"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="63"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="132"/>
        <location filename="../../desktop/ui/views/register_page.py" line="153"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="68"/>
        <source>Document context</source>
        <translation>Contexte du document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="157"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation>Le registre de toutes les recommandations reçues de l&apos;Examen périodique universel, des organes conventionnels, des procédures spéciales et des mécanismes régionaux.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="209"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_page.py" line="222"/>
        <source>At most %n word(s) per search</source>
        <translation>
            <numerusform>%n mot au plus par recherche</numerusform>
            <numerusform>%n mots au plus par recherche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="237"/>
        <source>Matching: {count}</source>
        <translation>Résultats&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="276"/>
        <source>Save your changes to {reference}?</source>
        <translation>Enregistrer vos modifications de {reference}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="346"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation>Créée&#xa0;; le filtre actuel ne l&apos;affiche pas (Effacer les filtres).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_columns.py" line="64"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="67"/>
        <source>Implementation plan</source>
        <translation>Plan de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="68"/>
        <source>Consolidated status report</source>
        <translation>Rapport de situation consolidé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="69"/>
        <source>Agency brief</source>
        <translation>Note d&apos;information par organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="70"/>
        <source>Register list</source>
        <translation>Liste du registre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="85"/>
        <source>Cycle {cycle} (sessions {first}–{last})</source>
        <translation>Cycle {cycle} (sessions {first} à {last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="93"/>
        <source>By mechanism</source>
        <translation>Par mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="94"/>
        <source>By theme</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="99"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="100"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="108"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="110"/>
        <source>DRAFT watermark across every page</source>
        <translation>Filigrane PROJET sur chaque page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="113"/>
        <source>The report&apos;s own title</source>
        <translation>Le titre propre du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="118"/>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="120"/>
        <source>Plan:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="121"/>
        <source>Agency:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="122"/>
        <source>Covering:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="123"/>
        <source>Mechanism:</source>
        <translation>Mécanisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="124"/>
        <source>UPR cycle:</source>
        <translation>Cycle de l&apos;EPU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="125"/>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="126"/>
        <source>Sections:</source>
        <translation>Sections&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="127"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="128"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="129"/>
        <source>Classification marking:</source>
        <translation>Mention de classification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="131"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="174"/>
        <source>The plan&apos;s clusters by priority, with their recommendations, actions, agencies, costs and indicators.</source>
        <translation>Les groupes thématiques du plan par priorité, avec leurs recommandations, actions, organismes, coûts et indicateurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="178"/>
        <source>Implementation status in figures and by section, with the latest progress and overdue actions of each recommendation.</source>
        <translation>L&apos;état de mise en œuvre en chiffres et par section, avec le dernier avancement et les actions en retard de chaque recommandation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="182"/>
        <source>What one agency leads and supports: its recommendations, actions, indicators and the reports due.</source>
        <translation>Ce qu&apos;un organisme pilote et appuie&#xa0;: ses recommandations, actions, indicateurs et les rapports à remettre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="186"/>
        <source>The recommendations as a table, in the register&apos;s order.</source>
        <translation>Les recommandations sous forme de tableau, dans l&apos;ordre du registre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="198"/>
        <source>All recommendations</source>
        <translation>Toutes les recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="199"/>
        <source>One mechanism</source>
        <translation>Un mécanisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="200"/>
        <source>One UPR cycle</source>
        <translation>Un cycle de l&apos;EPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="201"/>
        <source>One review or document</source>
        <translation>Un examen ou un document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="204"/>
        <source>What the register shows now ({count})</source>
        <translation>Ce que le registre affiche actuellement ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="213"/>
        <source>The register&apos;s selected rows ({count})</source>
        <translation>Les lignes sélectionnées du registre ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="254"/>
        <source>Choose the implementation plan (there is none yet).</source>
        <translation>Choisissez le plan de mise en œuvre (il n&apos;y en a encore aucun).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="256"/>
        <source>Choose the agency.</source>
        <translation>Choisissez l&apos;organisme.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="259"/>
        <source>Choose the mechanism.</source>
        <translation>Choisissez le mécanisme.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="261"/>
        <source>Choose the document.</source>
        <translation>Choisissez le document.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="264"/>
        <source>No rows are selected in the register: select the recommendations to list there first.</source>
        <translation>Aucune ligne n&apos;est sélectionnée dans le registre&#xa0;: sélectionnez-y d&apos;abord les recommandations à énumérer.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="100"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="105"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="107"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="111"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="154"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="146"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="150"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs and lists of recommendations, in any of the six UN languages.</source>
        <translation>Rapports PDF prêts à être présentés au Conseil des ministres&#xa0;: plans de mise en œuvre, rapports de situation, notes d&apos;information par organisme et listes de recommandations, dans l&apos;une quelconque des six langues officielles de l&apos;ONU.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="220"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="235"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="236"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="247"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="261"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="332"/>
        <source>The report was not written: {error}</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="291"/>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="296"/>
        <source>The folder {folder} does not exist; no file was written.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="300"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} est un dossier&#xa0;: indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="323"/>
        <source>Report written: {path}</source>
        <translation>Rapport écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="330"/>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="336"/>
        <source>The report could not be made (no file was written): {error}</source>
        <translation>Le rapport n&apos;a pas pu être établi (aucun fichier n&apos;a été écrit)&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="53"/>
        <source>Before an upgrade to a newer version</source>
        <translation>Avant une mise à niveau vers une version plus récente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="55"/>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="56"/>
        <source>Made by hand</source>
        <translation>Faite manuellement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="57"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="82"/>
        <source>Backups of a database on a server are the server&apos;s business: its administrator takes them with pg_dump and restores them with pg_restore.</source>
        <translation>Les sauvegardes d&apos;une base de données sur un serveur relèvent du serveur&#xa0;: son administrateur les fait avec pg_dump et les restaure avec pg_restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="88"/>
        <source>This database is open read-only ({reason}): no backup can be put in its place.</source>
        <translation>Cette base de données est ouverte en lecture seule ({reason})&#xa0;: aucune sauvegarde ne peut la remplacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="118"/>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="291"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="123"/>
        <source>Choose a backup to put in place of the database {path}. The current database is not deleted: it is kept beside it.</source>
        <translation>Choisissez une sauvegarde qui remplacera la base de données {path}. La base actuelle n&apos;est pas supprimée&#xa0;: elle est conservée à côté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="146"/>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="147"/>
        <source>Restore a backup kept somewhere else</source>
        <translation>Restaurer une sauvegarde conservée ailleurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="149"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="153"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="170"/>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="184"/>
        <source>Backups are kept in {folder}</source>
        <translation>Les sauvegardes sont conservées dans {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="187"/>
        <source>There are no backups of this database yet. NMRF Desk keeps them in {folder}: one a day when the database has changed, and one before each import and each upgrade. File › Back up… makes one now; “Other file…” restores a backup kept elsewhere.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de cette base de données. NMRF Desk les conserve dans {folder}&#xa0;: une par jour lorsque la base a été modifiée, et une avant chaque importation et chaque mise à niveau. Fichier › Sauvegarder… en fait une immédiatement&#xa0;; «&#xa0;Autre fichier…&#xa0;» restaure une sauvegarde conservée ailleurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="208"/>
        <source>it holds no NMRF Desk tables</source>
        <translation>il ne contient aucune table NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="210"/>
        <source>Cannot be read: {problem}</source>
        <translation>Illisible&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="226"/>
        <source>The backups cannot be read: {error}</source>
        <translation>Les sauvegardes ne peuvent pas être lues&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="257"/>
        <source>Put the backup of {date} in place of the database?</source>
        <translation>Remplacer la base de données par la sauvegarde du {date}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="267"/>
        <source>Restore from a backup file</source>
        <translation>Restaurer à partir d&apos;un fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="274"/>
        <source>Put the backup {file} in place of the database?</source>
        <translation>Remplacer la base de données par la sauvegarde {file}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="286"/>
        <source>The current database is kept beside it, in the same folder, under a name ending in “.replaced-” and the date and time: nothing is lost.</source>
        <translation>La base de données actuelle est conservée à côté, dans le même dossier, sous un nom se terminant par «&#xa0;.replaced-&#xa0;» suivi de la date et de l&apos;heure&#xa0;: rien n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="44"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="60"/>
        <source>Backup restored: {backup}.</source>
        <translation>Sauvegarde restaurée&#xa0;: {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="87"/>
        <source>The backup was not restored; the database is as it was.

{error}</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;; la base de données est inchangée.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="98"/>
        <source>The backup was put in place but cannot be opened.

{error}</source>
        <translation>La sauvegarde a été mise en place mais ne peut pas être ouverte.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="105"/>
        <source>The database it replaced is kept at {path}</source>
        <translation>La base de données remplacée est conservée dans {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="110"/>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
</context>
<context>
    <name>RoleControls</name>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="51"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="82"/>
        <source>You ({login}) have no role in this database: you may read only.</source>
        <translation>Vous ({login}) n&apos;avez aucun rôle dans cette base de données&#xa0;: vous pouvez seulement lire.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="37"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="39"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="101"/>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="53"/>
        <source>Saved views…</source>
        <translation>Vues enregistrées…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="71"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="84"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="72"/>
        <source>Name of this view:</source>
        <translation>Nom de cette vue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="89"/>
        <source>this is not a number</source>
        <translation>ce n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="50"/>
        <source>Send update forms</source>
        <translation>Envoyer des formulaires de mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="53"/>
        <source>Every agency with work assigned</source>
        <translation>Tous les organismes auxquels des tâches sont attribuées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="64"/>
        <source>e.g. January–June 2026</source>
        <translation>p. ex. janvier–juin 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="66"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="72"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="147"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="73"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="148"/>
        <source>Language of the form</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="74"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="149"/>
        <source>Return by</source>
        <translation>À renvoyer avant le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="75"/>
        <source>Reporting period</source>
        <translation>Période considérée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="76"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="79"/>
        <source>Each agency gets a workbook of the recommendations and actions it leads or supports, with a cover letter, and the form is recorded as sent. Send them by e-mail; File › Import agency updates… takes the filled forms back in.</source>
        <translation>Chaque organisme reçoit un classeur des recommandations et des actions qu&apos;il pilote ou appuie, avec une lettre d&apos;accompagnement, et le formulaire est enregistré comme envoyé. Envoyez-les par courriel&#xa0;; Fichier › Importer les mises à jour des organismes… réintègre les formulaires remplis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="87"/>
        <source>Write the forms</source>
        <translation>Écrire les formulaires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="105"/>
        <source>Folder for the forms</source>
        <translation>Dossier des formulaires</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="115"/>
        <source>Choose a folder that exists for the forms.</source>
        <translation>Choisissez un dossier existant pour les formulaires.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="125"/>
        <source>Writing the forms…</source>
        <translation>Écriture des formulaires…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="139"/>
        <source>%n form(s) written to {folder}.</source>
        <translation>
            <numerusform>%n formulaire écrit dans {folder}.</numerusform>
            <numerusform>%n formulaires écrits dans {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation>p. ex. Ministère de la justice, mécanisme national de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63"/>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="80"/>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="82"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="88"/>
        <source>PNG or JPEG, at most 2 MB; printed on the reports&apos; cover.</source>
        <translation>PNG ou JPEG, 2&#xa0;Mo au plus&#xa0;; imprimé en couverture des rapports.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="97"/>
        <source>Organisation name:</source>
        <translation>Nom de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="98"/>
        <source>Organisation emblem:</source>
        <translation>Emblème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="99"/>
        <source>Default report language:</source>
        <translation>Langue des rapports&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="100"/>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="101"/>
        <source>The window reopens in the new interface language where it was.</source>
        <translation>La fenêtre se rouvre à la même place dans la nouvelle langue de l&apos;interface.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="128"/>
        <source>No emblem</source>
        <translation>Aucun emblème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="137"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="174"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="181"/>
        <source>Organisation emblem</source>
        <translation>Emblème de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="153"/>
        <source>{file}: the image is larger than 2 MB.</source>
        <translation>{file}&#xa0;: l&apos;image dépasse 2&#xa0;Mo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="175"/>
        <source>Organisation emblem: {problem}</source>
        <translation>Emblème de l&apos;organisation&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="180"/>
        <source>Organisation name</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="182"/>
        <source>Default report language</source>
        <translation>Langue des rapports par défaut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="208"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="68"/>
        <source>Bar chart</source>
        <translation>Graphique à barres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="194"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="238"/>
        <source>{label}: {count} in all</source>
        <translation>{label}&#xa0;: {count} au total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="246"/>
        <source>{label}, {series}: {count} ({share} %)</source>
        <translation>{label}, {series}&#xa0;: {count} ({share}&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Restore the newest backup, {path}?</source>
        <translation>Restaurer la sauvegarde la plus récente, {path}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>The file it replaces is kept beside it.</source>
        <translation>Le fichier remplacé est conservé à côté.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="102"/>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="108"/>
        <source>Upgrade failed</source>
        <translation>Échec de la mise à niveau</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="123"/>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="124"/>
        <source>There is no database where one was expected.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement prévu.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126"/>
        <source>Not a database</source>
        <translation>Pas une base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="127"/>
        <source>This file is not an NMRF Desk database; nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas une base de données NMRF Desk&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation>La base de données est endommagée et ne peut pas être ouverte sans risque.</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="137"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="27"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="32"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="28"/>
        <source>Groups of persons</source>
        <translation>Groupes de personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="36"/>
        <source>The themes and groups of persons recommendations are tagged with. Imports match names ignoring case, spacing, punctuation and “&amp;”/“and”; rename a name here, or merge names that mean the same thing into one.</source>
        <translation>Les thèmes et les groupes de personnes attribués aux recommandations. Les importations comparent les noms sans tenir compte de la casse, des espaces, de la ponctuation ni de «&#xa0;&amp;&#xa0;»/«&#xa0;and&#xa0;»&#xa0;; renommez un nom ici, ou fusionnez en un seul les noms qui désignent la même chose.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="53"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="143"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="57"/>
        <source>Who may do what in this database. A user is a login: on a server, the login people connect with; on a file, the computer&apos;s login. Whoever adds the first user becomes the administrator.</source>
        <translation>Qui peut faire quoi dans cette base de données. Un utilisateur est un identifiant&#xa0;: sur un serveur, l&apos;identifiant avec lequel on se connecte&#xa0;; sur un fichier, l&apos;identifiant de session de l&apos;ordinateur. La personne qui ajoute le premier utilisateur en devient l&apos;administrateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="125"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="131"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="87"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="126"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="84"/>
        <source>Only to create a new server login</source>
        <translation>Seulement pour créer un nouvel identifiant sur le serveur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="127"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="93"/>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="96"/>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="99"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="247"/>
        <source>Remove user</source>
        <translation>Retirer l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>a login cannot be empty</source>
        <translation>un identifiant ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>a focal point speaks for one agency: choose it</source>
        <translation>un point focal représente un seul organisme&#xa0;: choisissez-le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="225"/>
        <source>{login} was added.</source>
        <translation>{login} a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="235"/>
        <source>{login} is now: {role}.</source>
        <translation>{login} est désormais&#xa0;: {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="249"/>
        <source>Remove {login}? They may then only read; what they did stays in the trail.</source>
        <translation>Retirer {login}&#xa0;? Cet utilisateur pourra alors seulement lire&#xa0;; ce qu&apos;il a fait reste dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="258"/>
        <source>{login} was removed.</source>
        <translation>{login} a été retiré.</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter themes by name</source>
        <translation>Filtrer les thèmes par nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter groups by name</source>
        <translation>Filtrer les groupes par nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="67"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="69"/>
        <source>UHRI code</source>
        <translation>Code UHRI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="86"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="88"/>
        <source>Merge selected…</source>
        <translation>Fusionner la sélection…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="90"/>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="91"/>
        <source>Put back the last merge (Ctrl+Z)</source>
        <translation>Annuler la dernière fusion (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="113"/>
        <source>The database is read-only.</source>
        <translation>La base de données est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="137"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename group of persons</source>
        <translation>Renommer le groupe de personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="171"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge themes</source>
        <translation>Fusionner des thèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge groups of persons</source>
        <translation>Fusionner des groupes de personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="179"/>
        <source>Keep this name; the others join it and their recommendations move to it:</source>
        <translation>Conserver ce nom&#xa0;; les autres y sont fusionnés et leurs recommandations y sont rattachées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="193"/>
        <source>Select one theme to rename.</source>
        <translation>Sélectionnez un thème à renommer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="195"/>
        <source>Select one group of persons to rename.</source>
        <translation>Sélectionnez un groupe de personnes à renommer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="206"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>«&#xa0;{old}&#xa0;» renommé en «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="224"/>
        <source>Select two or more themes to merge.</source>
        <translation>Sélectionnez au moins deux thèmes à fusionner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="226"/>
        <source>Select two or more groups of persons to merge.</source>
        <translation>Sélectionnez au moins deux groupes de personnes à fusionner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="244"/>
        <source>Names merged into “{name}”: %n.</source>
        <translation>
            <numerusform>Nom fusionné dans «&#xa0;{name}&#xa0;»&#xa0;: %n.</numerusform>
            <numerusform>Noms fusionnés dans «&#xa0;{name}&#xa0;»&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="247"/>
        <source>Recommendations relinked: %n.</source>
        <translation>
            <numerusform>Recommandation rattachée à nouveau&#xa0;: %n.</numerusform>
            <numerusform>Recommandations rattachées à nouveau&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="271"/>
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation>
            <numerusform>Fusion annulée&#xa0;; recommandation liée comme avant&#xa0;: %n.</numerusform>
            <numerusform>Fusion annulée&#xa0;; recommandations liées comme avant&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="248"/>
        <source>Undo merge or Ctrl+Z puts them back.</source>
        <translation>Annuler la fusion ou Ctrl+Z les rétablit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="263"/>
        <source>There is no merge to undo.</source>
        <translation>Aucune fusion à annuler.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="285"/>
        <source>The merge cannot be undone: the names changed since (the name kept was deleted, or a merged name is in use again). Nothing was changed.</source>
        <translation>La fusion ne peut pas être annulée&#xa0;: les noms ont changé depuis (le nom conservé a été supprimé, ou un nom fusionné est de nouveau utilisé). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="314"/>
        <source>“{name}” is the same name as the theme “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>«&#xa0;{name}&#xa0;» est le même nom que le thème «&#xa0;{other}&#xa0;»&#xa0;: les noms sont comparés sans tenir compte de la casse, des espaces, de la ponctuation ni de «&#xa0;&amp;&#xa0;»/«&#xa0;and&#xa0;». Sélectionnez les deux et fusionnez-les plutôt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="320"/>
        <source>“{name}” is the same name as the group “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>«&#xa0;{name}&#xa0;» est le même nom que le groupe «&#xa0;{other}&#xa0;»&#xa0;: les noms sont comparés sans tenir compte de la casse, des espaces, de la ponctuation ni de «&#xa0;&amp;&#xa0;»/«&#xa0;and&#xa0;». Sélectionnez les deux et fusionnez-les plutôt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="328"/>
        <source>The list changed meanwhile (someone else renamed, merged or deleted a name); it has been read again. Try once more.</source>
        <translation>La liste a changé entre-temps (quelqu&apos;un d&apos;autre a renommé, fusionné ou supprimé un nom)&#xa0;; elle a été relue. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="332"/>
        <source>The name must not be empty or longer than 300 characters.</source>
        <translation>Le nom ne doit être ni vide ni plus long que 300 caractères.</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_chooser.py" line="125"/>
        <source>%Ln file(s): {names}</source>
        <translation>
            <numerusform>%Ln fichier : {names}</numerusform>
            <numerusform>%Ln fichiers : {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypesText</name>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="66"/>
        <source>Annotation types:</source>
        <translation>Types d’annotation :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="80"/>
        <source>%n recommendation(s) stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</source>
        <translation>
            <numerusform>%n recommandation reste dans le registre bien que le fichier indique un autre type, car quelqu&apos;un y a travaillé (groupe thématique, plan, action, organismes, avancement…)&#xa0;:</numerusform>
            <numerusform>%n recommandations restent dans le registre bien que le fichier indique un autre type, car quelqu&apos;un y a travaillé (groupe thématique, plan, action, organismes, avancement…)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="92"/>
        <source>%n paragraph(s) of other types kept as context of their document.</source>
        <translation>
            <numerusform>%n paragraphe d&apos;un autre type conservé comme contexte de son document.</numerusform>
            <numerusform>%n paragraphes d&apos;autres types conservés comme contexte de leur document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="96"/>
        <source>%n paragraph(s) of other types will be kept as context of their document, never as recommendations.</source>
        <translation>
            <numerusform>%n paragraphe d&apos;un autre type sera conservé comme contexte de son document, jamais comme recommandation.</numerusform>
            <numerusform>%n paragraphes d&apos;autres types seront conservés comme contexte de leur document, jamais comme recommandations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="102"/>
        <source>%n paragraph(s) of other types skipped.</source>
        <translation>
            <numerusform>%n paragraphe d&apos;un autre type ignoré.</numerusform>
            <numerusform>%n paragraphes d&apos;autres types ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="103"/>
        <source>%n paragraph(s) of other types will be skipped.</source>
        <translation>
            <numerusform>%n paragraphe d&apos;un autre type sera ignoré.</numerusform>
            <numerusform>%n paragraphes d&apos;autres types seront ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="110"/>
        <source>%n recommendation(s) left the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recommandation a quitté le registre&#xa0;: le fichier indique un autre type.</numerusform>
            <numerusform>%n recommandations ont quitté le registre&#xa0;: le fichier indique un autre type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="118"/>
        <source>%n recommendation(s) will leave the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recommandation quittera le registre&#xa0;: le fichier indique un autre type.</numerusform>
            <numerusform>%n recommandations quitteront le registre&#xa0;: le fichier indique un autre type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="125"/>
        <source>%n context paragraph(s) became recommendations.</source>
        <translation>
            <numerusform>%n paragraphe de contexte est devenu une recommandation.</numerusform>
            <numerusform>%n paragraphes de contexte sont devenus des recommandations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="129"/>
        <source>%n context paragraph(s) will become recommendations.</source>
        <translation>
            <numerusform>%n paragraphe de contexte deviendra une recommandation.</numerusform>
            <numerusform>%n paragraphes de contexte deviendront des recommandations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="89"/>
        <source>Someone else changed this since you opened it; nothing was saved. Close it and open it again to see their changes.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément depuis que vous l&apos;avez ouvert&#xa0;; rien n&apos;a été enregistré. Fermez-le et rouvrez-le pour voir ses modifications.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="100"/>
        <location filename="../../desktop/ui/operations.py" line="110"/>
        <source>Changed by someone else</source>
        <translation>Modifiée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="113"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation>Conservez votre version (elle remplace l&apos;autre), prenez l&apos;autre version (vos modifications sont abandonnées) ou continuez la modification.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="120"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="123"/>
        <source>Take theirs</source>
        <translation>Prendre l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="127"/>
        <source>Go on editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="151"/>
        <source>Could not finish</source>
        <translation>Impossible de terminer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="247"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
