<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="14"/>
        <source>Follow-up of the human rights recommendations a State receives from the United Nations and regional mechanisms, for national mechanisms for implementation, reporting and follow-up.</source>
        <translation>Seguimiento de las recomendaciones de derechos humanos que un Estado recibe de las Naciones Unidas y de los mecanismos regionales, para los mecanismos nacionales de aplicación, presentación de informes y seguimiento.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="20"/>
        <source>Database in use:</source>
        <translation>Base de datos en uso:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="30"/>
        <source>About NMRF Desk</source>
        <translation>Acerca de NMRF Desk</translation>
    </message>
</context>
<context>
    <name>ActionAgenciesEditor</name>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="37"/>
        <source>Add lead agency</source>
        <translation>Añadir organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="40"/>
        <source>Add supporting agency</source>
        <translation>Añadir organismo de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="42"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="69"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="72"/>
        <source>Lead</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="73"/>
        <source>Supporting</source>
        <translation>De apoyo</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="86"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="87"/>
        <source>Addresses</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="326"/>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="92"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>Avances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="143"/>
        <source>Within the existing budget</source>
        <translation>Con cargo al presupuesto existente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="147"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="319"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="148"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="149"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="321"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="150"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="320"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="151"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="152"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="322"/>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="153"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="323"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="154"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="324"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="163"/>
        <source>Recommendations of the plan this action addresses</source>
        <translation>Recomendaciones del plan a las que responde esta acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="165"/>
        <source>Theme clusters it addresses</source>
        <translation>Grupos temáticos a los que responde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="174"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="175"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="176"/>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="177"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="178"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="179"/>
        <source>Evidence</source>
        <translation>Justificantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="191"/>
        <source>Record progress…</source>
        <translation>Registrar avances…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="228"/>
        <source>Save the action first to record its progress.</source>
        <translation>Guarde primero la acción para registrar sus avances.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="252"/>
        <source>Double-click to save a copy</source>
        <translation>Haga doble clic para guardar una copia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="280"/>
        <source>this is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="325"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="327"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="328"/>
        <source>Theme clusters</source>
        <translation>Grupos temáticos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="342"/>
        <source>Progress on “{title}”</source>
        <translation>Avances de “{title}”</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="133"/>
        <source>Anyone</source>
        <translation>Cualquier persona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="139"/>
        <source>Import of a file</source>
        <translation>Importación de un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="140"/>
        <source>Agency form</source>
        <translation>Formulario de organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="148"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="176"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="323"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="149"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="179"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="327"/>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="150"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="178"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="325"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="151"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="152"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="153"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="177"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="324"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="158"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="161"/>
        <source>Export to XLSX…</source>
        <translation>Exportar a XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="175"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="180"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="328"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="181"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="196"/>
        <source>Show older entries</source>
        <translation>Mostrar entradas más antiguas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="208"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="214"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="333"/>
        <location filename="../../desktop/ui/views/pages.py" line="162"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="218"/>
        <source>Everything done in this database: who did it, when, from where, and each field&apos;s old and new value. Nothing here can be changed or deleted.</source>
        <translation>Todo lo que se ha hecho en esta base de datos: quién lo hizo, cuándo, desde dónde, y el valor anterior y el nuevo de cada campo. Nada de lo que aparece aquí se puede modificar ni eliminar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="244"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="284"/>
        <source>%Ln entries (all that match)</source>
        <translation>
            <numerusform>%Ln entrada (todas las que coinciden)</numerusform>
            <numerusform>%Ln entradas (todas las que coinciden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="286"/>
        <source>%Ln entries shown; older ones are read as you scroll</source>
        <translation>
            <numerusform>%Ln entrada mostrada; las anteriores se leen al desplazarse</numerusform>
            <numerusform>%Ln entradas mostradas; las anteriores se leen al desplazarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="346"/>
        <source>Written to {path} (%Ln entries)</source>
        <translation>
            <numerusform>Escrito en {path} (%Ln entrada)</numerusform>
            <numerusform>Escrito en {path} (%Ln entradas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="304"/>
        <source>Export the activity</source>
        <translation>Exportar la actividad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="306"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="321"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="322"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="326"/>
        <source>Record kind</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="329"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="330"/>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="331"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="352"/>
        <source>Exporting the activity…</source>
        <translation>Exportando la actividad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="353"/>
        <source>Export to XLSX</source>
        <translation>Exportar a XLSX</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="26"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="27"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="28"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="29"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="30"/>
        <source>Lead</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="31"/>
        <source>Supporting</source>
        <translation>De apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="32"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="42"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="43"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="44"/>
        <source>Merge selected…</source>
        <translation>Fusionar la selección…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="45"/>
        <source>Show its recommendations</source>
        <translation>Mostrar sus recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="46"/>
        <source>Send update forms…</source>
        <translation>Enviar formularios de actualización…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="52"/>
        <location filename="../../desktop/ui/views/pages.py" line="139"/>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="56"/>
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation>Ministerios, instituciones y organizaciones encargados de la aplicación, con sus puntos focales.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="106"/>
        <source>Select one agency to edit.</source>
        <translation>Seleccione un organismo para editarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="113"/>
        <source>Select two or more agencies to merge.</source>
        <translation>Seleccione dos o más organismos para fusionarlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="118"/>
        <source>Merge agencies</source>
        <translation>Fusionar organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="119"/>
        <source>Keep this one; the others join it:</source>
        <translation>Conservar este; los demás se fusionan con él:</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>Edit agency</source>
        <translation>Editar organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>New agency</source>
        <translation>Nuevo organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="72"/>
        <source>Add focal point</source>
        <translation>Añadir punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="74"/>
        <source>Remove focal point</source>
        <translation>Quitar punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="86"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="87"/>
        <source>Acronym:</source>
        <translation>Sigla:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="88"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="89"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="96"/>
        <source>Focal points (the first is the main contact):</source>
        <translation>Puntos focales (el primero es el contacto principal):</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="30"/>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="31"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="32"/>
        <source>Parliament</source>
        <translation>Parlamento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="33"/>
        <source>Judiciary</source>
        <translation>Poder judicial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="34"/>
        <source>National human rights institution</source>
        <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="37"/>
        <source>Statistics office</source>
        <translation>Oficina de estadística</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="38"/>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="39"/>
        <source>Local government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="40"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="26"/>
        <location filename="../../desktop/ui/views/alerts_button.py" line="53"/>
        <source>Open the dashboard</source>
        <translation>Abrir el panel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="44"/>
        <source>%Ln overdue action(s)</source>
        <translation>
            <numerusform>%Ln acción atrasada</numerusform>
            <numerusform>%Ln acciones atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="46"/>
        <source>%Ln overdue report(s)</source>
        <translation>
            <numerusform>%Ln informe atrasado</numerusform>
            <numerusform>%Ln informes atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="48"/>
        <source>%Ln report(s) due within 90 days</source>
        <translation>
            <numerusform>%Ln informe que vence en los próximos 90 días</numerusform>
            <numerusform>%Ln informes que vencen en los próximos 90 días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentWords</name>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="31"/>
        <source>Assigned as lead</source>
        <translation>Asignado como organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned as supporting</source>
        <translation>Asignado como organismo de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="35"/>
        <source>Taken off as lead</source>
        <translation>Retirado como organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off as supporting</source>
        <translation>Retirado como organismo de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made lead</source>
        <translation>Pasa a organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made supporting</source>
        <translation>Pasa a organismo de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="39"/>
        <source>Assignment changed</source>
        <translation>Asignación modificada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="44"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="46"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="48"/>
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln grupo temático</numerusform>
            <numerusform>%Ln grupos temáticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="49"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="53"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="26"/>
        <location filename="../../desktop/ui/audit_fields.py" line="224"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="27"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="28"/>
        <source>Sorted by</source>
        <translation>Ordenado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="29"/>
        <source>Sorted in descending order</source>
        <translation>Orden descendente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="30"/>
        <location filename="../../desktop/ui/audit_fields.py" line="31"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="32"/>
        <source>Measured on</source>
        <translation>Medido el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="33"/>
        <location filename="../../desktop/ui/audit_fields.py" line="200"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="34"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="35"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="36"/>
        <source>From an agency form</source>
        <translation>De un formulario de institución</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="37"/>
        <source>Form file fingerprint (SHA-256)</source>
        <translation>Huella del archivo del formulario (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="38"/>
        <source>Name as compared</source>
        <translation>Nombre tal como se compara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="39"/>
        <source>Built in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="40"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="41"/>
        <location filename="../../desktop/ui/audit_fields.py" line="186"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="42"/>
        <source>Priority rationale</source>
        <translation>Justificación de la prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="43"/>
        <location filename="../../desktop/ui/audit_fields.py" line="44"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="45"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="46"/>
        <source>Reported on</source>
        <translation>Informado el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="47"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="48"/>
        <source>Progress made</source>
        <translation>Avances logrados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="49"/>
        <location filename="../../desktop/ui/audit_fields.py" line="50"/>
        <location filename="../../desktop/ui/audit_fields.py" line="190"/>
        <source>Agency</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="51"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="52"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="53"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="55"/>
        <source>Name in Chinese</source>
        <translation>Nombre en chino</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="56"/>
        <source>Position in the list</source>
        <translation>Posición en la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="57"/>
        <location filename="../../desktop/ui/audit_fields.py" line="58"/>
        <source>SDG goal</source>
        <translation>Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="59"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="60"/>
        <location filename="../../desktop/ui/audit_fields.py" line="61"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="62"/>
        <source>Other name</source>
        <translation>Otro nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="63"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="64"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="65"/>
        <source>Main focal point</source>
        <translation>Punto focal principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="66"/>
        <location filename="../../desktop/ui/audit_fields.py" line="67"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="68"/>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="69"/>
        <source>UPR cycle</source>
        <translation>Ciclo del EPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="70"/>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="71"/>
        <source>Document date</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="72"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="73"/>
        <source>Source of the position</source>
        <translation>Fuente de la posición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="74"/>
        <source>Kind of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="75"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="76"/>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="77"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="78"/>
        <source>Country code</source>
        <translation>Código del país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="79"/>
        <source>Observer State</source>
        <translation>Estado observador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="80"/>
        <source>Held on</source>
        <translation>Celebrada el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="81"/>
        <source>Other participants</source>
        <translation>Otros participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="82"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="83"/>
        <location filename="../../desktop/ui/audit_fields.py" line="84"/>
        <source>Progress update</source>
        <translation>Actualización de avances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="85"/>
        <location filename="../../desktop/ui/audit_fields.py" line="86"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="87"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="88"/>
        <source>Type of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="89"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="90"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="91"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="92"/>
        <source>Stored at</source>
        <translation>Almacenado en</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="93"/>
        <location filename="../../desktop/ui/audit_fields.py" line="146"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="94"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="95"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="96"/>
        <source>OHCHR annotation id</source>
        <translation>Identificador de anotación del ACNUDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="97"/>
        <source>Annotation type</source>
        <translation>Tipo de anotación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="98"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="99"/>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="100"/>
        <source>Response (position)</source>
        <translation>Respuesta (posición)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="101"/>
        <source>Action category</source>
        <translation>Categoría de acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="102"/>
        <source>Needs parliament</source>
        <translation>Requiere al parlamento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="103"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="104"/>
        <location filename="../../desktop/ui/audit_fields.py" line="105"/>
        <location filename="../../desktop/ui/audit_fields.py" line="188"/>
        <source>Cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="106"/>
        <source>Clusters</source>
        <translation>Grupos temáticos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="107"/>
        <location filename="../../desktop/ui/audit_fields.py" line="189"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="108"/>
        <source>Reference as sorted</source>
        <translation>Referencia para ordenar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="109"/>
        <source>Reference as compared</source>
        <translation>Referencia para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="110"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="111"/>
        <source>Title in Chinese</source>
        <translation>Título en chino</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="112"/>
        <source>Start of the period</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="113"/>
        <source>End of the period</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="114"/>
        <source>Adopted on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="115"/>
        <source>Decision adopting it</source>
        <translation>Decisión de aprobación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="116"/>
        <source>National plan it belongs to</source>
        <translation>Plan nacional al que pertenece</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="117"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="118"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="119"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="120"/>
        <location filename="../../desktop/ui/audit_fields.py" line="121"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="122"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="123"/>
        <location filename="../../desktop/ui/audit_fields.py" line="124"/>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="125"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="47"/>
        <location filename="../../desktop/ui/audit_fields.py" line="126"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="127"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="48"/>
        <location filename="../../desktop/ui/audit_fields.py" line="128"/>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="129"/>
        <source>Returned file fingerprint (SHA-256)</source>
        <translation>Huella del archivo devuelto (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="130"/>
        <source>Changes applied</source>
        <translation>Cambios aplicados</translation>
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
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="134"/>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="135"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="136"/>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="137"/>
        <source>Within the existing budget</source>
        <translation>Dentro del presupuesto existente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="138"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="139"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="140"/>
        <source>Baseline year</source>
        <translation>Año de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="141"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="142"/>
        <source>Target year</source>
        <translation>Año meta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="143"/>
        <source>Source of the data</source>
        <translation>Fuente de los datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="144"/>
        <source>Reporting frequency</source>
        <translation>Frecuencia de los informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="145"/>
        <source>Agency providing the data</source>
        <translation>Institución que aporta los datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="147"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="148"/>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="149"/>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="150"/>
        <source>SDG goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="151"/>
        <source>UPR Info issues</source>
        <translation>Temas de UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="152"/>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="153"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="154"/>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="155"/>
        <source>New records</source>
        <translation>Registros nuevos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="156"/>
        <source>Records updated</source>
        <translation>Registros actualizados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="157"/>
        <source>Rows refused</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="158"/>
        <source>Items applied</source>
        <translation>Elementos aplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="165"/>
        <location filename="../../desktop/ui/audit_fields.py" line="187"/>
        <source>Implementation status</source>
        <translation>Estado de aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="166"/>
        <source>Action status</source>
        <translation>Estado de la acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="167"/>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="168"/>
        <source>Form status</source>
        <translation>Estado del formulario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="169"/>
        <source>Type of agency</source>
        <translation>Tipo de institución</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="170"/>
        <source>Type of mechanism</source>
        <translation>Tipo de mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="171"/>
        <source>Type of indicator</source>
        <translation>Tipo de indicador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="172"/>
        <source>Kind of consultation</source>
        <translation>Tipo de consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="173"/>
        <location filename="../../desktop/ui/audit_fields.py" line="202"/>
        <source>Lead or supporting</source>
        <translation>Principal o de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="174"/>
        <source>Agency of the focal point</source>
        <translation>Institución del punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="175"/>
        <source>Source of the figure</source>
        <translation>Fuente de la cifra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="176"/>
        <source>Setting&apos;s value</source>
        <translation>Valor del ajuste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="177"/>
        <source>Rows in the form</source>
        <translation>Filas del formulario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="178"/>
        <source>Form file</source>
        <translation>Archivo del formulario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="179"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="191"/>
        <source>Themes added</source>
        <translation>Temas añadidos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="192"/>
        <source>SDG targets added</source>
        <translation>Metas de los ODS añadidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="73"/>
        <source>UHRI export</source>
        <translation>Exportación del IUDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="74"/>
        <source>UPR Info database</source>
        <translation>Base de datos de UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="75"/>
        <source>OHCHR thematic list</source>
        <translation>Lista temática del ACNUDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="76"/>
        <source>Spreadsheet with chosen columns</source>
        <translation>Hoja de cálculo con columnas elegidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="83"/>
        <source>Lead</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="84"/>
        <source>Supporting</source>
        <translation>De apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="100"/>
        <source>Universal Periodic Review</source>
        <translation>Examen Periódico Universal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="101"/>
        <source>Treaty body</source>
        <translation>Órgano de tratado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="102"/>
        <source>Special procedure</source>
        <translation>Procedimiento especial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="103"/>
        <source>Regional mechanism</source>
        <translation>Mecanismo regional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="104"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="306"/>
        <source>no. %1 (since deleted)</source>
        <translation>n.º %1 (eliminado desde entonces)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="25"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="26"/>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="27"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="28"/>
        <source>Restored</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="29"/>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="30"/>
        <source>Bulk change</source>
        <translation>Cambio en bloque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="31"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="32"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="33"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="34"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="35"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="36"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="70"/>
        <source>Implementation plan report</source>
        <translation>Informe del plan de aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="71"/>
        <source>Consolidated status report</source>
        <translation>Informe consolidado de situación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="72"/>
        <source>Agency brief</source>
        <translation>Resumen para la institución</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="73"/>
        <source>Register list</source>
        <translation>Lista del registro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="78"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="79"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="80"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="81"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="82"/>
        <source>Cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="83"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="84"/>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="85"/>
        <source>Progress update</source>
        <translation>Actualización de avances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="86"/>
        <source>Evidence</source>
        <translation>Justificantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="87"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="88"/>
        <source>Reporting deadline</source>
        <translation>Plazo de presentación de informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="89"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="90"/>
        <source>Agency form</source>
        <translation>Formulario de organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="91"/>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="92"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="93"/>
        <source>Agency assignment</source>
        <translation>Asignación a un organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="94"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="95"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="96"/>
        <source>Document context paragraph</source>
        <translation>Párrafo de contexto del documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="97"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="98"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="99"/>
        <source>Other name of a country</source>
        <translation>Otro nombre de un país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="100"/>
        <source>SDG goal</source>
        <translation>Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="101"/>
        <source>SDG target</source>
        <translation>Meta de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="102"/>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="103"/>
        <source>UPR Info issue</source>
        <translation>Tema de UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="104"/>
        <source>Saved view</source>
        <translation>Vista guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="105"/>
        <source>Form signing key</source>
        <translation>Clave de firma de formularios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="106"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="107"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="108"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="109"/>
        <source>Cluster of an action</source>
        <translation>Grupo temático de una acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="110"/>
        <source>Recommendation of an action</source>
        <translation>Recomendación de una acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="111"/>
        <source>Agency at a consultation</source>
        <translation>Institución en una consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="112"/>
        <source>Recommendation discussed at a consultation</source>
        <translation>Recomendación tratada en una consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="115"/>
        <source>Recommendation of a report</source>
        <translation>Recomendación de un informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="116"/>
        <source>Recommendation in a plan</source>
        <translation>Recomendación de un plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="117"/>
        <source>Affected persons of a recommendation</source>
        <translation>Personas afectadas por una recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="120"/>
        <source>Recommending State of a recommendation</source>
        <translation>Estado recomendante de una recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="123"/>
        <source>SDG goal of a recommendation</source>
        <translation>Objetivo de Desarrollo Sostenible de una recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="124"/>
        <source>SDG target of a recommendation</source>
        <translation>Meta de los ODS de una recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="125"/>
        <source>Theme of a recommendation</source>
        <translation>Tema de una recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="126"/>
        <source>UPR Info issue of a recommendation</source>
        <translation>Tema de UPR Info de una recomendación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="239"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="242"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionada</numerusform>
            <numerusform>%Ln seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="247"/>
        <source>%1 (%Ln entries)</source>
        <translation>
            <numerusform>%1 (%Ln entrada)</numerusform>
            <numerusform>%1 (%Ln entradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="248"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln fila)</numerusform>
            <numerusform>%1 (%Ln filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="253"/>
        <source>Priority set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Prioridad fijada para %Ln recomendación</numerusform>
            <numerusform>Prioridad fijada para %Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="254"/>
        <source>Implementation status set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Estado de aplicación fijado para %Ln recomendación</numerusform>
            <numerusform>Estado de aplicación fijado para %Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="255"/>
        <source>Cluster set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Grupo temático fijado para %Ln recomendación</numerusform>
            <numerusform>Grupo temático fijado para %Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="256"/>
        <source>%Ln recommendation(s) archived or restored</source>
        <translation>
            <numerusform>%Ln recomendación archivada o restaurada</numerusform>
            <numerusform>%Ln recomendaciones archivadas o restauradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="257"/>
        <source>Agency assigned to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Institución asignada a %Ln recomendación</numerusform>
            <numerusform>Institución asignada a %Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="258"/>
        <source>Themes added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Temas añadidos a %Ln recomendación</numerusform>
            <numerusform>Temas añadidos a %Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="259"/>
        <source>SDG targets added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Metas de los ODS añadidas a %Ln recomendación</numerusform>
            <numerusform>Metas de los ODS añadidas a %Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="261"/>
        <source>%Ln recommendation(s) changed</source>
        <translation>
            <numerusform>%Ln recomendación modificada</numerusform>
            <numerusform>%Ln recomendaciones modificadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="136"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="138"/>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="144"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="145"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="146"/>
        <source>Agency focal point</source>
        <translation>Punto focal de un organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="147"/>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="54"/>
        <source>Bulk actions</source>
        <translation>Cambios en bloque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="55"/>
        <source>Set implementation status</source>
        <translation>Establecer el estado de aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="58"/>
        <source>Set priority</source>
        <translation>Establecer la prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="61"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="62"/>
        <source>Put in cluster</source>
        <translation>Incluir en un grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="65"/>
        <source>(no cluster)</source>
        <translation>(sin grupo temático)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="67"/>
        <source>Assign lead agency</source>
        <translation>Asignar organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="68"/>
        <source>Assign supporting agency</source>
        <translation>Asignar organismo de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="74"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="75"/>
        <source>Undo the last bulk action</source>
        <translation>Deshacer el último cambio en bloque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="89"/>
        <source>Select recommendations first.</source>
        <translation>Seleccione primero las recomendaciones.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="102"/>
        <source>Changing {count} recommendations…</source>
        <translation>Modificando {count} recomendaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="112"/>
        <source>Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.</source>
        <translation>Se modificaron {changed} de {selected} recomendaciones. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="104"/>
        <location filename="../../desktop/ui/views/register_bulk.py" line="119"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelado: no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="121"/>
        <source>Bulk action failed</source>
        <translation>Error en el cambio en bloque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="122"/>
        <source>Nothing was changed.</source>
        <translation>No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="127"/>
        <source>There is no bulk action to undo.</source>
        <translation>No hay ningún cambio en bloque que deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="137"/>
        <source>Undone: {count} recommendations as they were.</source>
        <translation>Deshecho: {count} recomendaciones restablecidas como estaban.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="76"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="77"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="78"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="79"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="80"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="81"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="124"/>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="82"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="101"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="102"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="103"/>
        <source>Mark submitted…</source>
        <translation>Marcar como presentado…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="104"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="105"/>
        <source>Show the recommendations covered</source>
        <translation>Mostrar las recomendaciones abarcadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="111"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="275"/>
        <location filename="../../desktop/ui/views/pages.py" line="152"/>
        <source>Reporting calendar</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="115"/>
        <source>Reports due to the UPR, the treaty bodies and other mechanisms: when each is due, whether it went in, and the recommendations it must cover.</source>
        <translation>Informes que deben presentarse al Examen Periódico Universal, a los órganos de tratados y a otros mecanismos: cuándo vence cada uno, si se presentó y qué recomendaciones debe abarcar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="121"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="122"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="123"/>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="144"/>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="183"/>
        <source>{overdue} overdue · {upcoming} due in the next {days} days</source>
        <translation>{overdue} atrasados · {upcoming} vencen en los próximos {days} días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="191"/>
        <source>next due {date}</source>
        <translation>próximo vencimiento: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="194"/>
        <source>No reporting deadline yet: use New… to add one.</source>
        <translation>Aún no hay plazos de presentación de informes: use Nuevo… para añadir uno.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="198"/>
        <source>Select one deadline.</source>
        <translation>Seleccione un plazo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="220"/>
        <source>Mark submitted</source>
        <translation>Marcar como presentado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="232"/>
        <source>Submitted on:</source>
        <translation>Presentado el:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="253"/>
        <source>Select the deadlines to delete.</source>
        <translation>Seleccione los plazos que desea eliminar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="257"/>
        <source>Delete deadlines</source>
        <translation>Eliminar plazos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="258"/>
        <source>Delete {titles}? The recommendations stay in the register.</source>
        <translation>¿Eliminar {titles}? Las recomendaciones permanecen en el registro.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="69"/>
        <source>Type to narrow the list</source>
        <translation>Escriba para acotar la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="70"/>
        <source>Enter ticks the values shown</source>
        <translation>Intro marca los valores mostrados</translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesActions</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="100"/>
        <source>Clusters</source>
        <translation>Grupos temáticos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="105"/>
        <source>Select one cluster to set its agencies.</source>
        <translation>Seleccione un grupo temático para establecer sus organismos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="133"/>
        <source>The agencies of “{cluster}” are saved.</source>
        <translation>Se guardaron los organismos de “{cluster}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="139"/>
        <source>Select one cluster to assign its agencies.</source>
        <translation>Seleccione un grupo temático para asignar sus organismos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="144"/>
        <source>“{cluster}” has no agencies yet: set them first.</source>
        <translation>“{cluster}” todavía no tiene organismos: establézcalos primero.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="159"/>
        <source>The %Ln recommendation(s) of “{cluster}” already have its agencies.</source>
        <translation>
            <numerusform>%Ln recomendación de “{cluster}” ya tiene los organismos del grupo temático.</numerusform>
            <numerusform>Las %Ln recomendaciones de “{cluster}” ya tienen los organismos del grupo temático.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="167"/>
        <source>Assign {agencies} to the recommendations of “{cluster}”?</source>
        <translation>¿Asignar {agencies} a las recomendaciones de “{cluster}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="171"/>
        <source>%Ln recommendation(s) will change</source>
        <translation>
            <numerusform>Cambiará %Ln recomendación</numerusform>
            <numerusform>Cambiarán %Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="173"/>
        <source>(of %Ln in the cluster).</source>
        <translation>
            <numerusform>(de %Ln en el grupo temático).</numerusform>
            <numerusform>(de %Ln en el grupo temático).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="175"/>
        <source>The agencies they already have stay.</source>
        <translation>Se conservan los organismos que ya tienen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="177"/>
        <source>Assign the cluster&apos;s agencies</source>
        <translation>Asignar los organismos del grupo temático</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="193"/>
        <source>%Ln recommendation(s) of “{cluster}” now have its agencies.</source>
        <translation>
            <numerusform>%Ln recomendación de “{cluster}” tiene ahora sus organismos.</numerusform>
            <numerusform>%Ln recomendaciones de “{cluster}” tienen ahora sus organismos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="212"/>
        <source>Undone: %Ln recommendation(s) have their agencies back.</source>
        <translation>
            <numerusform>Deshecho: %Ln recomendación recupera sus organismos.</numerusform>
            <numerusform>Deshecho: %Ln recomendaciones recuperan sus organismos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="51"/>
        <source>Agencies of “{cluster}”</source>
        <translation>Organismos de “{cluster}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="54"/>
        <source>Actions proposed for this cluster in a new plan are led by its lead agency and supported by its supporting agencies.</source>
        <translation>Las acciones propuestas para este grupo temático en un nuevo plan las dirige su organismo principal y las apoyan sus organismos de apoyo.</translation>
    </message>
</context>
<context>
    <name>ClusterPriorityDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="28"/>
        <source>Priority of “{cluster}”</source>
        <translation>Prioridad de “{cluster}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="38"/>
        <source>Why: e.g. the next review, the budget cycle, the gravity of the situation</source>
        <translation>Motivo: p. ej., el próximo examen, el ciclo presupuestario, la gravedad de la situación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="41"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="42"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="44"/>
        <source>Cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="45"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="46"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="47"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Supporting agencies</source>
        <translation>Organismos de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="61"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="68"/>
        <source>Lead and supporting agencies…</source>
        <translation>Organismos principal y de apoyo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="71"/>
        <source>Assign the cluster&apos;s agencies to its recommendations…</source>
        <translation>Asignar los organismos del grupo temático a sus recomendaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="73"/>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="78"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="80"/>
        <source>Priority…</source>
        <translation>Prioridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="86"/>
        <source>Merge selected…</source>
        <translation>Fusionar la selección…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="87"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="88"/>
        <source>Show in the register</source>
        <translation>Mostrar en el registro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="94"/>
        <location filename="../../desktop/ui/views/pages.py" line="135"/>
        <source>Clusters</source>
        <translation>Grupos temáticos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="97"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation>Grupos temáticos que agrupan las recomendaciones para la planificación y la presentación de informes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <source>New cluster</source>
        <translation>Nuevo grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="134"/>
        <source>Select one cluster to rename.</source>
        <translation>Seleccione un grupo temático para cambiarle el nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Rename cluster</source>
        <translation>Cambiar el nombre del grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="156"/>
        <source>Select one cluster to prioritise.</source>
        <translation>Seleccione un grupo temático para asignarle prioridad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="177"/>
        <source>Select two or more clusters to merge.</source>
        <translation>Seleccione dos o más grupos temáticos para fusionarlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="182"/>
        <source>Merge clusters</source>
        <translation>Fusionar grupos temáticos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="183"/>
        <source>Keep this one; the others join it:</source>
        <translation>Conservar este; los demás se fusionan con él:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="201"/>
        <source>Delete clusters</source>
        <translation>Eliminar grupos temáticos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="203"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation>¿Eliminar {names}? Sus recomendaciones permanecen en el registro, sin grupo temático.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>Edit consultation</source>
        <translation>Editar consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>New consultation</source>
        <translation>Nueva consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="107"/>
        <source>Date held:</source>
        <translation>Fecha de celebración:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="108"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="109"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="112"/>
        <source>Type to narrow the list</source>
        <translation>Escriba para acotar la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="120"/>
        <source>Organisations not in the agency directory</source>
        <translation>Organizaciones que no figuran en el directorio de organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="122"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="124"/>
        <source>Agencies present:</source>
        <translation>Organismos presentes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="127"/>
        <source>Other participants:</source>
        <translation>Otros participantes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="131"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="141"/>
        <source>Reference or words</source>
        <translation>Referencia o palabras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="143"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="168"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="145"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="163"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="170"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="239"/>
        <source>Recommendations discussed ({n})</source>
        <translation>Recomendaciones examinadas ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="249"/>
        <source>Type a reference or words to find recommendations.</source>
        <translation>Escriba una referencia o palabras para buscar recomendaciones.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="262"/>
        <source>No recommendation matches.</source>
        <translation>Ninguna recomendación coincide.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="278"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="386"/>
        <source>Recommendations discussed</source>
        <translation>Recomendaciones examinadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="296"/>
        <source>Attach evidence files</source>
        <translation>Adjuntar justificantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="305"/>
        <source>Stored when you save: {path}</source>
        <translation>Se almacenará al guardar: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="319"/>
        <source>Select a saved attachment to save a copy of.</source>
        <translation>Seleccione un archivo adjunto guardado del que desea guardar una copia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="322"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="328"/>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="377"/>
        <source>Not saved: changed by someone else.</source>
        <translation>No guardado: modificado por otra persona.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="383"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="384"/>
        <source>Date held</source>
        <translation>Fecha de celebración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="385"/>
        <source>Agencies present</source>
        <translation>Organismos presentes</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="45"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="46"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="47"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="48"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="49"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="50"/>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="63"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="64"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="65"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="66"/>
        <source>Show the recommendations discussed</source>
        <translation>Mostrar las recomendaciones examinadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="72"/>
        <location filename="../../desktop/ui/views/pages.py" line="146"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="76"/>
        <source>Consultations with the national human rights institution, civil society and parliament: who took part, what was discussed, and the evidence.</source>
        <translation>Consultas con la institución nacional de derechos humanos, la sociedad civil y el parlamento: quién participó, qué se examinó y los justificantes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="112"/>
        <source>No consultation recorded yet: use New… to record one.</source>
        <translation>Aún no se ha registrado ninguna consulta: use Nuevo… para registrar una.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="124"/>
        <source>Select one consultation to edit.</source>
        <translation>Seleccione una consulta para editarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="146"/>
        <source>Select the consultations to delete.</source>
        <translation>Seleccione las consultas que desea eliminar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="150"/>
        <source>Delete consultations</source>
        <translation>Eliminar consultas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="152"/>
        <source>Delete {titles} with their attachments? The recommendations stay in the register.</source>
        <translation>¿Eliminar {titles} con sus archivos adjuntos? Las recomendaciones permanecen en el registro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="168"/>
        <source>Select one consultation.</source>
        <translation>Seleccione una consulta.</translation>
    </message>
</context>
<context>
    <name>CostsTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="75"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="76"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="77"/>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="78"/>
        <source>Within existing budget</source>
        <translation>Con cargo al presupuesto existente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="79"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="95"/>
        <source>No lead agency</source>
        <translation>Sin organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="100"/>
        <source>no estimate</source>
        <translation>sin estimación</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="120"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="121"/>
        <source>Overdue actions</source>
        <translation>Acciones atrasadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="122"/>
        <source>Reports overdue or due soon</source>
        <translation>Informes atrasados o que vencen pronto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="123"/>
        <source>Actions without indicators</source>
        <translation>Acciones sin indicadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="124"/>
        <source>Recommendations without a lead agency</source>
        <translation>Recomendaciones sin organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="125"/>
        <source>Update forms outstanding</source>
        <translation>Formularios de actualización pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>By mechanism</source>
        <translation>Por mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>Numbers by mechanism</source>
        <translation>Cifras por mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>By theme</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>Numbers by theme</source>
        <translation>Cifras por tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>By SDG goal</source>
        <translation>Por Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>Numbers by SDG goal</source>
        <translation>Cifras por Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>By lead agency</source>
        <translation>Por organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>Numbers by lead agency</source>
        <translation>Cifras por organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="159"/>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="215"/>
        <source>Where implementation stands, what is late and what falls due. Click a number to see those recommendations in the register.</source>
        <translation>En qué punto está la aplicación, qué está atrasado y qué vence. Haga clic en una cifra para ver esas recomendaciones en el registro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="244"/>
        <source>Could not read the dashboard: {error}</source>
        <translation>No se pudo leer el panel: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/dashboard_page.py" line="259"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="263"/>
        <source>As on {date}; reports due within {days} days count as due soon.</source>
        <translation>Al {date}; los informes que vencen en {days} días o menos se cuentan como de vencimiento próximo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="276"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="302"/>
        <source>The chart shows the {n} largest of {total}; the table lists all.</source>
        <translation>El gráfico muestra los {n} mayores de {total}; la tabla los enumera todos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="324"/>
        <source>Show these {n} in the register</source>
        <translation>Mostrar estas {n} recomendaciones en el registro</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>Edit deadline</source>
        <translation>Editar plazo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>New reporting deadline</source>
        <translation>Nuevo plazo de presentación de informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="103"/>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="116"/>
        <source>Mechanism:</source>
        <translation>Mecanismo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="117"/>
        <source>Kind of report:</source>
        <translation>Tipo de informe:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="118"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="119"/>
        <source>Due date:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="120"/>
        <source>Submitted:</source>
        <translation>Presentado:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="121"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="128"/>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="306"/>
        <source>Recommendations covered</source>
        <translation>Recomendaciones abarcadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="131"/>
        <source>The report covers every live recommendation of the documents ticked:</source>
        <translation>El informe abarca todas las recomendaciones vigentes de los documentos marcados:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="187"/>
        <source>{symbol} ({date}): {n} live recommendations</source>
        <translation>{symbol} ({date}): {n} recomendaciones vigentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="209"/>
        <source>This mechanism has no documents in the register.</source>
        <translation>Este mecanismo no tiene documentos en el registro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="240"/>
        <source>{n} recommendations covered</source>
        <translation>{n} recomendaciones abarcadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="243"/>
        <source>(a half-ticked document: only some of its recommendations, chosen one by one)</source>
        <translation>(documento marcado a medias: solo algunas de sus recomendaciones, elegidas una a una)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="296"/>
        <source>Not saved: changed by someone else.</source>
        <translation>No guardado: modificado por otra persona.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="302"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="303"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="304"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="305"/>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
</context>
<context>
    <name>DocumentContextPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/document_context_panel.py" line="77"/>
        <source>%n paragraph(s) of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</source>
        <translation>
            <numerusform>%n párrafo del mismo documento que no es una recomendación (motivos de preocupación y observaciones, aspectos positivos…). No se cuenta en ninguna parte.</numerusform>
            <numerusform>%n párrafos del mismo documento que no son recomendaciones (motivos de preocupación y observaciones, aspectos positivos…). No se cuentan en ninguna parte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/document_context_panel.py" line="85"/>
        <source>The source document has no other paragraphs kept: its import gave only recommendations, or its other types were skipped.</source>
        <translation>No se conserva ningún otro párrafo del documento de origen: su importación solo aportó recomendaciones, o se omitieron sus otros tipos.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="36"/>
        <source>a value is required</source>
        <translation>se requiere un valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="37"/>
        <source>longer than {limit} characters</source>
        <translation>más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="38"/>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="39"/>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="40"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} no es una de las opciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="41"/>
        <source>a value chosen no longer exists (deleted or merged meanwhile); choose again</source>
        <translation>un valor elegido ya no existe (se eliminó o fusionó entretanto); elija de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="44"/>
        <source>ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="45"/>
        <source>must be zero or more</source>
        <translation>debe ser cero o más</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="46"/>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="47"/>
        <source>has more than two decimals</source>
        <translation>tiene más de dos decimales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="48"/>
        <source>the currency must be a three-letter ISO code (e.g. USD)</source>
        <translation>la moneda debe ser un código ISO de tres letras (p. ej., USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="51"/>
        <source>an action of an adopted plan needs a lead agency</source>
        <translation>una acción de un plan aprobado necesita un organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="54"/>
        <source>there is already an agency called {name}</source>
        <translation>ya existe un organismo llamado {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="55"/>
        <source>there is already a cluster called {name}</source>
        <translation>ya existe un grupo temático llamado {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="56"/>
        <source>someone else changed this cluster&apos;s agencies; reopen them</source>
        <translation>otra persona modificó los organismos de este grupo temático; vuelva a abrirlos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="59"/>
        <source>another plan already has this title</source>
        <translation>otro plan ya tiene este título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="60"/>
        <source>an agency is listed twice</source>
        <translation>un organismo figura dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="61"/>
        <source>{name} is listed twice</source>
        <translation>{name} figura dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="62"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="63"/>
        <source>the focal point chosen does not belong to that agency</source>
        <translation>el punto focal elegido no pertenece a ese organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="66"/>
        <source>choose at least one other to merge into this one</source>
        <translation>elija al menos otro elemento para fusionarlo con este</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="69"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="70"/>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="71"/>
        <source>the file is too large; evidence files may be at most {limit} MB</source>
        <translation>el archivo es demasiado grande; los justificantes pueden tener como máximo {limit}&#xa0;MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="74"/>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="75"/>
        <source>the date cannot be in the future</source>
        <translation>la fecha no puede ser futura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="76"/>
        <source>the submission date is in the future; mark the report submitted once it is sent</source>
        <translation>la fecha de presentación es futura; marque el informe como presentado cuando se haya enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="80"/>
        <source>the submission date is more than {years} years before the due date; check the year</source>
        <translation>la fecha de presentación es más de {years} años anterior a la fecha límite; compruebe el año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="84"/>
        <source>the year must be from {first} to {last}</source>
        <translation>el año debe estar entre {first} y {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="87"/>
        <source>the value must be a finite number</source>
        <translation>el valor debe ser un número finito</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="88"/>
        <source>the value has more than 16 digits before the point</source>
        <translation>el valor tiene más de 16 cifras antes de la coma decimal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="91"/>
        <source>the value has more than 4 decimal places</source>
        <translation>el valor tiene más de 4 decimales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="94"/>
        <source>the target year is before the baseline year</source>
        <translation>el año meta es anterior al año de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="97"/>
        <source>say what happened, change the status or attach evidence</source>
        <translation>indique lo ocurrido, cambie el estado o adjunte justificantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="100"/>
        <source>this record no longer exists; someone else deleted or merged it</source>
        <translation>este elemento ya no existe; otra persona lo eliminó o fusionó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="103"/>
        <source>someone else changed this since you opened it; your changes were not saved</source>
        <translation>otra persona modificó este elemento después de que usted lo abriera; sus cambios no se guardaron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="106"/>
        <source>a record was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>un elemento cambió en la base de datos desde que se revisó el formulario; no se aplicó nada. Revise el archivo de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="111"/>
        <source>{reference} (row {row}) was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>{reference} (fila {row}) cambió en la base de datos desde que se revisó el formulario; no se aplicó nada. Revise el archivo de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="116"/>
        <source>the merge cannot be undone: the names were changed since</source>
        <translation>la fusión no puede deshacerse: los nombres han cambiado desde entonces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="119"/>
        <source>another recommendation of this document already has the reference {reference}</source>
        <translation>otra recomendación de este documento ya tiene la referencia {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="122"/>
        <source>an agency cannot both lead and support the same recommendation</source>
        <translation>un organismo no puede ser a la vez principal y de apoyo de la misma recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="125"/>
        <source>this document is not one of that mechanism&apos;s</source>
        <translation>este documento no pertenece a ese mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="128"/>
        <source>only archived recommendations can be deleted; archive it first</source>
        <translation>solo pueden eliminarse las recomendaciones archivadas; archívela primero</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="131"/>
        <source>another program is writing to this database; nothing was changed. Try again in a moment</source>
        <translation>otro programa está escribiendo en esta base de datos; no se modificó nada. Vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="135"/>
        <source>another user changed the same records at the same moment; nothing was changed. Try again</source>
        <translation>otro usuario modificó los mismos elementos en el mismo momento; no se modificó nada. Vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="139"/>
        <source>another program has this database open; close NMRF Desk everywhere it uses this database, then restore. Nothing was changed</source>
        <translation>otro programa tiene abierta esta base de datos; cierre NMRF Desk en todos los lugares donde use esta base de datos y luego restaure. No se modificó nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="144"/>
        <source>the database is open read-only; nothing was changed</source>
        <translation>la base de datos está abierta en modo de solo lectura; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="147"/>
        <source>the database&apos;s folder is read-only; nothing was changed</source>
        <translation>la carpeta de la base de datos es de solo lectura; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="150"/>
        <source>this database is read-only and was made by an earlier version of NMRF Desk: it must be upgraded, which cannot be done here. Copy it to a folder you can write to, or ask for write access</source>
        <translation>esta base de datos es de solo lectura y se creó con una versión anterior de NMRF Desk: debe actualizarse, y eso no puede hacerse aquí. Cópiela en una carpeta donde pueda escribir o solicite permiso de escritura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="156"/>
        <source>the database is read-only, and changes not yet folded into the file cannot be read here; copy the folder somewhere you can write to</source>
        <translation>la base de datos es de solo lectura y aquí no pueden leerse los cambios aún no incorporados al archivo; copie la carpeta en un lugar donde pueda escribir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="161"/>
        <source>the disk is full; nothing was changed. Free some space and try again</source>
        <translation>el disco está lleno; no se modificó nada. Libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="164"/>
        <source>{login} is not a user of this database: you may read only</source>
        <translation>{login} no es usuario de esta base de datos: solo puede consultar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="167"/>
        <source>{login} ({role}): only an administrator may do this</source>
        <translation>{login} ({role}): solo un administrador puede hacer esto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="170"/>
        <source>{login} ({role}): only an administrator may delete for good; archive it instead</source>
        <translation>{login} ({role}): solo un administrador puede eliminar definitivamente; archívelo en su lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="173"/>
        <source>{login} ({role}): readers may read, search, export and make reports</source>
        <translation>{login} ({role}): los lectores pueden consultar, buscar, exportar y generar informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="176"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations</source>
        <translation>{login} ({role}): los puntos focales registran los avances, justificantes y mediciones, así como el estado y las fechas de las acciones y recomendaciones de su organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="181"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations (not {fields})</source>
        <translation>{login} ({role}): los puntos focales registran los avances, justificantes y mediciones, así como el estado y las fechas de las acciones y recomendaciones de su organismo (no {fields})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="186"/>
        <source>{login} ({role}): this is not the work of their agency</source>
        <translation>{login} ({role}): esto no corresponde a su organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="264"/>
        <source>Not allowed: {reason}; nothing was changed</source>
        <translation>No permitido: {reason}; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="288"/>
        <source>{file}, row {row}</source>
        <translation>{file}, fila {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="290"/>
        <source>{file}, column &quot;{column}&quot;</source>
        <translation>{file}, columna “{column}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="292"/>
        <source>{file}, row {row}, column &quot;{column}&quot;</source>
        <translation>{file}, fila {row}, columna “{column}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="302"/>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="12"/>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>no es un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="13"/>
        <location filename="../../desktop/ui/error_text_import.py" line="65"/>
        <source>the file is an Office package but not an Excel workbook</source>
        <translation>el archivo es un paquete de Office, pero no un libro de Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="16"/>
        <source>the workbook is not an update form made by NMRF Desk (it has no manifest)</source>
        <translation>el libro no es un formulario de actualización creado por NMRF Desk (no tiene manifiesto)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="19"/>
        <source>the workbook is not an update form made by NMRF Desk</source>
        <translation>el libro no es un formulario de actualización creado por NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="22"/>
        <source>the form&apos;s hidden manifest is damaged ({reason})</source>
        <translation>el manifiesto oculto del formulario está dañado ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="25"/>
        <location filename="../../desktop/ui/error_text_import.py" line="82"/>
        <source>the workbook is damaged ({reason})</source>
        <translation>el libro está dañado ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="26"/>
        <source>the workbook has no sheet “{sheet}”</source>
        <translation>el libro no tiene la hoja “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="27"/>
        <source>the form&apos;s signature does not match: it was made from another database, or its hidden manifest was changed; nothing was read from it</source>
        <translation>la firma del formulario no coincide: se creó a partir de otra base de datos o se modificó su manifiesto oculto; no se leyó nada de él</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="32"/>
        <source>this form&apos;s record is no longer in the database (deleted?)</source>
        <translation>este formulario ya no consta en la base de datos (¿se eliminó?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="35"/>
        <source>the form names another agency than the one it was sent to</source>
        <translation>el formulario indica un organismo distinto de aquel al que se envió</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="38"/>
        <source>a row the form did not have (rows cannot be added)</source>
        <translation>una fila que el formulario no tenía (no se pueden añadir filas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="41"/>
        <source>a read-only cell was changed; the row is not taken in</source>
        <translation>se modificó una celda de solo lectura; la fila no se incorpora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="44"/>
        <source>the recommendation is no longer in the register</source>
        <translation>la recomendación ya no está en el registro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="47"/>
        <source>the action is no longer in the register</source>
        <translation>la acción ya no está en el registro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="48"/>
        <source>the indicator is no longer in the register</source>
        <translation>el indicador ya no está en el registro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="51"/>
        <source>the recommendation is not assigned to {agency}</source>
        <translation>la recomendación no está asignada a {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="54"/>
        <source>the action is not assigned to {agency}</source>
        <translation>la acción no está asignada a {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="57"/>
        <source>the indicator is not assigned to {agency}</source>
        <translation>el indicador no está asignado a {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="60"/>
        <source>the cell holds a formula error ({value})</source>
        <translation>la celda contiene un error de fórmula ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="61"/>
        <source>“{value}” is not a status of the list ({choices})</source>
        <translation>“{value}” no es un estado de la lista ({choices})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="64"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}” no es un número</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="65"/>
        <source>“{value}” is not a number within range</source>
        <translation>“{value}” no es un número dentro del intervalo permitido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="68"/>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>“{value}” no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="69"/>
        <source>{date} is in the future</source>
        <translation>{date} es una fecha futura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="70"/>
        <source>{date} is too early</source>
        <translation>{date} es una fecha demasiado antigua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="71"/>
        <source>give the value (a date or source alone is not taken in)</source>
        <translation>indique el valor (una fecha o una fuente por sí solas no se incorporan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="74"/>
        <source>give the date of the value</source>
        <translation>indique la fecha del valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="75"/>
        <source>there is no form language {language} (one of {languages})</source>
        <translation>no existe el idioma de formulario {language} (idiomas posibles: {languages})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="78"/>
        <source>the deadline is already past</source>
        <translation>el plazo ya venció</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="79"/>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="80"/>
        <source>you may not write in this folder; choose another</source>
        <translation>no tiene permiso para escribir en esta carpeta; elija otra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="83"/>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="86"/>
        <source>cannot write the file: {reason}</source>
        <translation>no se puede escribir el archivo: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="105"/>
        <source>longer than %Ln character(s) (it has {length})</source>
        <translation>
            <numerusform>más de %Ln carácter (tiene {length})</numerusform>
            <numerusform>más de %Ln caracteres (tiene {length})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="108"/>
        <source>%Ln item(s) not in the review: {items}</source>
        <translation>
            <numerusform>%Ln elemento no figura en la revisión: {items}</numerusform>
            <numerusform>%Ln elementos no figuran en la revisión: {items}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="15"/>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="16"/>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="17"/>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="18"/>
        <source>the file is {size_mb} MB; files over {limit_mb} MB are not imported</source>
        <translation>el archivo ocupa {size_mb}&#xa0;MB; no se importan archivos de más de {limit_mb}&#xa0;MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="21"/>
        <source>this is {kind}, not a file that can be imported</source>
        <translation>este archivo es {kind}, no un archivo que se pueda importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="24"/>
        <source>this Word document holds no OHCHR thematic list of recommendations (a table whose first row reads Recommendation | Position | …)</source>
        <translation>este documento de Word no contiene ninguna lista temática de recomendaciones del ACNUDH (una tabla cuya primera fila dice Recommendation | Position | …)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="29"/>
        <source>this zip file is neither an Excel workbook nor a Word document</source>
        <translation>este archivo zip no es ni un libro de Excel ni un documento de Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="32"/>
        <source>this is neither a spreadsheet (XLSX or CSV with column headers) nor an OHCHR thematic list; it cannot be imported</source>
        <translation>este archivo no es ni una hoja de cálculo (XLSX o CSV con encabezados de columna) ni una lista temática del ACNUDH; no se puede importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="37"/>
        <source>this spreadsheet is in no official format: import it with a column mapping</source>
        <translation>esta hoja de cálculo no tiene ningún formato oficial: impórtela con una correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="40"/>
        <source>the file holds no recommendations</source>
        <translation>el archivo no contiene ninguna recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="41"/>
        <source>the import could not be written, nothing was changed ({reason})</source>
        <translation>no se pudo escribir la importación; no se modificó nada ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="45"/>
        <source>the file is damaged or truncated and cannot be opened ({reason})</source>
        <translation>el archivo está dañado o truncado y no se puede abrir ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="48"/>
        <source>the file uses an unsupported compression ({reason})</source>
        <translation>el archivo usa un método de compresión no admitido ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="51"/>
        <source>the file unpacks to more than {limit_gb} GB (a zip bomb?); not imported</source>
        <translation>el archivo descomprimido ocupa más de {limit_gb}&#xa0;GB (¿una bomba zip?); no se importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="54"/>
        <source>the part {part} is compressed {ratio} to 1 (a zip bomb?); not imported</source>
        <translation>la parte {part} está comprimida en una proporción de {ratio} a 1 (¿una bomba zip?); no se importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="57"/>
        <source>the part {part} declares XML entities or is not XML; Office documents never do, so it is not imported</source>
        <translation>la parte {part} declara entidades XML o no es XML; los documentos de Office nunca lo hacen, por lo que el archivo no se importa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="62"/>
        <source>the file is not a valid Office document (it is not a zip package)</source>
        <translation>el archivo no es un documento de Office válido (no es un paquete zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="69"/>
        <source>the text is not valid {encoding} at byte {byte}</source>
        <translation>el texto no es {encoding} válido en el byte {byte}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="72"/>
        <source>the file holds binary data, not text</source>
        <translation>el archivo contiene datos binarios, no texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="73"/>
        <source>the file&apos;s character encoding cannot be recognised</source>
        <translation>no se reconoce la codificación de caracteres del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="76"/>
        <source>the CSV cannot be read: {reason}</source>
        <translation>no se puede leer el CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="78"/>
        <source>the file has no rows</source>
        <translation>el archivo no tiene filas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="79"/>
        <source>the workbook has no sheet</source>
        <translation>el libro no tiene ninguna hoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="80"/>
        <source>the workbook has no sheet &quot;{sheet}&quot;</source>
        <translation>el libro no tiene la hoja “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="81"/>
        <source>the sheet has no rows</source>
        <translation>la hoja no tiene filas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="83"/>
        <source>the sheet is damaged ({reason})</source>
        <translation>la hoja está dañada ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="84"/>
        <source>the first row has no column headers</source>
        <translation>la primera fila no tiene encabezados de columna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="85"/>
        <source>the column header &quot;{header}&quot; appears twice</source>
        <translation>el encabezado de columna “{header}” aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="88"/>
        <source>this is not {kind}: the columns {names} are missing</source>
        <translation>este archivo no es {kind}: faltan las columnas {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="91"/>
        <source>the mapping names columns this file does not have: {names}</source>
        <translation>la correspondencia indica columnas que este archivo no tiene: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="95"/>
        <source>the file is an Excel workbook and another kind of spreadsheet (OpenDocument or XLSB) at once; it is not read</source>
        <translation>el archivo es a la vez un libro de Excel y otro tipo de hoja de cálculo (OpenDocument o XLSB); no se lee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="100"/>
        <source>the workbook is damaged (the sheet &quot;{sheet}&quot; has no part)</source>
        <translation>el libro está dañado (la hoja “{sheet}” no tiene parte)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="103"/>
        <source>the workbook is damaged (it holds the part {part} twice)</source>
        <translation>el libro está dañado (contiene dos veces la parte {part})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="106"/>
        <source>the workbook is damaged (its part {part} is over {limit_mb} MB)</source>
        <translation>el libro está dañado (su parte {part} supera los {limit_mb}&#xa0;MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="109"/>
        <source>the workbook is damaged (its part {part} names parts with character references)</source>
        <translation>el libro está dañado (su parte {part} designa partes mediante referencias de caracteres)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="112"/>
        <source>the workbook is damaged (its part {part} is not well-formed XML: {reason})</source>
        <translation>el libro está dañado (su parte {part} no es XML bien formado: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="115"/>
        <source>the workbook is damaged (it has no package relationships)</source>
        <translation>el libro está dañado (no tiene relaciones de paquete)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="118"/>
        <source>the workbook is damaged (it names no workbook part)</source>
        <translation>el libro está dañado (no indica ninguna parte de libro)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="121"/>
        <source>the workbook is damaged (it has no workbook relationships)</source>
        <translation>el libro está dañado (no tiene relaciones de libro)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="124"/>
        <source>the workbook is damaged (a sheet has no part)</source>
        <translation>el libro está dañado (una hoja no tiene parte)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="127"/>
        <source>the sheet &quot;{sheet}&quot; is damaged: &quot;{reference}&quot; is not a cell reference</source>
        <translation>la hoja “{sheet}” está dañada: “{reference}” no es una referencia de celda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="130"/>
        <source>the sheet &quot;{sheet}&quot; is damaged (its XML is not well-formed: {reason})</source>
        <translation>la hoja “{sheet}” está dañada (su XML no está bien formado: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="133"/>
        <source>the sheet &quot;{sheet}&quot; has a value in cell {cell}, beyond the last row ({rows}) or column ({column}) a spreadsheet can have</source>
        <translation>la hoja “{sheet}” tiene un valor en la celda {cell}, más allá de la última fila ({rows}) o columna ({column}) que puede tener una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="139"/>
        <source>this is an old Word .doc file; open it in Word and save it as .docx</source>
        <translation>es un archivo antiguo de Word .doc; ábralo en Word y guárdelo como .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="142"/>
        <source>the file is not a Word document or is damaged ({reason})</source>
        <translation>el archivo no es un documento de Word o está dañado ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="145"/>
        <source>the document has no table; expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle)</source>
        <translation>el documento no tiene ninguna tabla; se esperaba una tabla encabezada por “{header_2_3}” (segundo y tercer ciclos) o “{header_4}” (cuarto ciclo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="150"/>
        <source>this is not an OHCHR thematic list of recommendations: expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle), not &quot;{first}&quot;</source>
        <translation>este documento no es una lista temática de recomendaciones del ACNUDH: se esperaba una tabla encabezada por “{header_2_3}” (segundo y tercer ciclos) o “{header_4}” (cuarto ciclo), no “{first}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="156"/>
        <source>the recommendation text is empty</source>
        <translation>el texto de la recomendación está vacío</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="157"/>
        <source>the mechanism is empty</source>
        <translation>falta el mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="158"/>
        <source>the recommending body is empty</source>
        <translation>falta el autor de la recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="159"/>
        <source>&quot;{value}&quot; is not an annotation id</source>
        <translation>“{value}” no es un identificador de anotación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="160"/>
        <source>the same annotation id as row {first_row}</source>
        <translation>el mismo identificador de anotación que la fila {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="163"/>
        <source>the position &quot;{value}&quot; is not known</source>
        <translation>no se reconoce la posición “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="164"/>
        <source>the position &quot;{value}&quot; is not recognised (expected Supported, Supported in part, Noted or Pending)</source>
        <translation>no se reconoce la posición “{value}” (se esperaba Supported, Supported in part, Noted o Pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="169"/>
        <source>the response &quot;{value}&quot; is not known</source>
        <translation>no se reconoce la respuesta “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="170"/>
        <source>the action category &quot;{value}&quot; is not 1–5</source>
        <translation>la categoría de acción “{value}” no está entre 1 y 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="173"/>
        <source>the cycle &quot;{value}&quot; is not a number 1–9</source>
        <translation>el ciclo “{value}” no es un número del 1 al 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="176"/>
        <source>&quot;{value}&quot; is not one of: {choices}</source>
        <translation>“{value}” no es uno de los valores siguientes: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="177"/>
        <source>&quot;{value}&quot; is neither yes nor no</source>
        <translation>“{value}” no es ni sí ni no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="178"/>
        <source>the same recommendation as row {first_row}</source>
        <translation>la misma recomendación que la fila {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="179"/>
        <source>the same recommendation as an earlier row of the file</source>
        <translation>la misma recomendación que una fila anterior del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="182"/>
        <source>a theme is longer than 300 characters</source>
        <translation>un tema tiene más de 300 caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="183"/>
        <source>no paragraph number at the start of the recommendation</source>
        <translation>no hay número de párrafo al comienzo de la recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="186"/>
        <source>paragraph {paragraph} has no recommendation text</source>
        <translation>el párrafo {paragraph} no tiene texto de recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="189"/>
        <source>paragraph {paragraph} appears twice with different texts (first at row {first_row})</source>
        <translation>el párrafo {paragraph} aparece dos veces con textos distintos (la primera vez en la fila {first_row})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="194"/>
        <source>give the mapping a name</source>
        <translation>dé un nombre a la correspondencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="195"/>
        <source>choose the column that holds the text</source>
        <translation>elija la columna que contiene el texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="196"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>elija la columna que contiene el mecanismo, o un mecanismo para todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="199"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>este nombre pertenece a la correspondencia integrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="200"/>
        <source>the mapping name is too long</source>
        <translation>el nombre de la correspondencia es demasiado largo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="233"/>
        <source>the file holds %Ln part(s); this is not an Office document</source>
        <translation>
            <numerusform>el archivo contiene %Ln parte; no es un documento de Office</numerusform>
            <numerusform>el archivo contiene %Ln partes; no es un documento de Office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="236"/>
        <source>a cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>una celda contiene %Ln carácter (como máximo {maximum})</numerusform>
            <numerusform>una celda contiene %Ln caracteres (como máximo {maximum})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="239"/>
        <source>the cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>la celda contiene %Ln carácter (como máximo {maximum})</numerusform>
            <numerusform>la celda contiene %Ln caracteres (como máximo {maximum})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="241"/>
        <source>a cell holds more than %Ln character(s)</source>
        <translation>
            <numerusform>una celda contiene más de %Ln carácter</numerusform>
            <numerusform>una celda contiene más de %Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="243"/>
        <source>the workbook says it holds %Ln different text(s), more than its part for texts can hold; it is damaged or not a real workbook</source>
        <translation>
            <numerusform>el libro indica que contiene %Ln texto distinto, más de los que puede contener su parte de textos; está dañado o no es un libro auténtico</numerusform>
            <numerusform>el libro indica que contiene %Ln textos distintos, más de los que puede contener su parte de textos; está dañado o no es un libro auténtico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="249"/>
        <source>the workbook holds more than %Ln different text(s); a workbook of recommendations never does</source>
        <translation>
            <numerusform>el libro contiene más de %Ln texto distinto; un libro de recomendaciones nunca tiene tantos</numerusform>
            <numerusform>el libro contiene más de %Ln textos distintos; un libro de recomendaciones nunca tiene tantos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="255"/>
        <source>the sheet &quot;{sheet}&quot; holds more than %Ln cell(s); a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>la hoja “{sheet}” contiene más de %Ln celda; una hoja de recomendaciones nunca es tan grande</numerusform>
            <numerusform>la hoja “{sheet}” contiene más de %Ln celdas; una hoja de recomendaciones nunca es tan grande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="261"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell}: %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>la hoja “{sheet}” tiene valores hasta la celda {cell}: %Ln fila × {columns} columnas; una hoja de recomendaciones nunca es tan grande</numerusform>
            <numerusform>la hoja “{sheet}” tiene valores hasta la celda {cell}: %Ln filas × {columns} columnas; una hoja de recomendaciones nunca es tan grande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="267"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell} (it declares {dimension}): %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>la hoja “{sheet}” tiene valores hasta la celda {cell} (declara {dimension}): %Ln fila × {columns} columnas; una hoja de recomendaciones nunca es tan grande</numerusform>
            <numerusform>la hoja “{sheet}” tiene valores hasta la celda {cell} (declara {dimension}): %Ln filas × {columns} columnas; una hoja de recomendaciones nunca es tan grande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="274"/>
        <source>the {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>el campo “{field}” tiene más de %Ln carácter</numerusform>
            <numerusform>el campo “{field}” tiene más de %Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="277"/>
        <source>a value of {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>un valor del campo “{field}” tiene más de %Ln carácter</numerusform>
            <numerusform>un valor del campo “{field}” tiene más de %Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="289"/>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="290"/>
        <source>an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv</source>
        <translation>un archivo antiguo de Office (.xls/.doc); guárdelo como .xlsx, .docx o .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="293"/>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="294"/>
        <source>a database</source>
        <translation>una base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="295"/>
        <source>an RTF document</source>
        <translation>un documento RTF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="296"/>
        <source>a UHRI export</source>
        <translation>una exportación del Índice Universal de los Derechos Humanos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="297"/>
        <source>a UPR Info export</source>
        <translation>una exportación de UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="302"/>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="303"/>
        <source>paragraph</source>
        <translation>párrafo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="304"/>
        <source>source symbol</source>
        <translation>signatura del documento fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="305"/>
        <source>session</source>
        <translation>período de sesiones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="306"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="307"/>
        <source>text language</source>
        <translation>idioma del texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="308"/>
        <source>annotation id</source>
        <translation>identificador de anotación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="309"/>
        <source>annotation type</source>
        <translation>tipo de anotación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="310"/>
        <source>mechanism code</source>
        <translation>código del mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="311"/>
        <source>cluster</source>
        <translation>grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="312"/>
        <source>recommending states</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="313"/>
        <source>affected persons</source>
        <translation>personas afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="314"/>
        <source>UPR Info issues</source>
        <translation>temas de UPR Info</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="52"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="120"/>
        <source>Export recommendations</source>
        <translation>Exportar recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="57"/>
        <source>The selected recommendations ({count})</source>
        <translation>Las recomendaciones seleccionadas ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="62"/>
        <source>Everything the register shows now ({count})</source>
        <translation>Todo lo que muestra ahora el registro ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="66"/>
        <source>Every recommendation (not the archive)</source>
        <translation>Todas las recomendaciones (sin el archivo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="74"/>
        <source>recommendations.xlsx or .csv</source>
        <translation>recomendaciones.xlsx o .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="75"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="82"/>
        <source>An Excel workbook holds the recommendations with every field, and sheets for agencies, assignments, focal points and clusters; a CSV file (UTF-8, for Excel) holds the recommendations. Cells that a spreadsheet would take for a formula are written as text.</source>
        <translation>Un libro de Excel contiene las recomendaciones con todos sus campos, y hojas para los organismos, las asignaciones, los puntos focales y los grupos temáticos; un archivo CSV (UTF-8, para Excel) contiene las recomendaciones. Las celdas que una hoja de cálculo tomaría por una fórmula se escriben como texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="95"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="98"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="181"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="107"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="109"/>
        <source>What to export:</source>
        <translation>Qué exportar:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="136"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="140"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>El nombre del archivo debe terminar en .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="187"/>
        <source>Exported {count} recommendations to {path}</source>
        <translation>Se exportaron {count} recomendaciones a {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="195"/>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelado. No se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="122"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="123"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="124"/>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Document date</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>UPR cycle</source>
        <translation>Ciclo del EPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="128"/>
        <source>State under review</source>
        <translation>Estado examinado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="129"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="130"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="131"/>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="132"/>
        <source>Response (position)</source>
        <translation>Respuesta (posición)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Source of the position</source>
        <translation>Fuente de la posición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Action category</source>
        <translation>Categoría de acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="135"/>
        <source>OHCHR annotation id</source>
        <translation>Identificador de anotación del ACNUDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="136"/>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>SDG goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="141"/>
        <source>UPR Info issues</source>
        <translation>Temas de UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="142"/>
        <source>Implementation status</source>
        <translation>Estado de aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="143"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="144"/>
        <source>Priority rationale</source>
        <translation>Justificación de la prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="145"/>
        <source>Needs parliament</source>
        <translation>Requiere al parlamento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>Cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>FileTotals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="36"/>
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln archivo&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;%Ln archivos&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="39"/>
        <source>%Ln row(s) read in all</source>
        <translation>
            <numerusform>%Ln fila leída en total</numerusform>
            <numerusform>%Ln filas leídas en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="42"/>
        <source>Imported %Ln file(s).</source>
        <translation>
            <numerusform>%Ln archivo importado.</numerusform>
            <numerusform>%Ln archivos importados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="173"/>
        <source>1 minimal</source>
        <translation>1 mínima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="174"/>
        <source>2 continuing</source>
        <translation>2 continuidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="175"/>
        <source>3 considering</source>
        <translation>3 consideración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="176"/>
        <source>4 general</source>
        <translation>4 general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="177"/>
        <source>5 specific</source>
        <translation>5 específica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="187"/>
        <source>Any role</source>
        <translation>Cualquier función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="188"/>
        <source>Lead</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="189"/>
        <source>Supporting</source>
        <translation>De apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="190"/>
        <source>Without a lead agency</source>
        <translation>Sin organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="193"/>
        <source>Only recommendations that no agency leads yet</source>
        <translation>Solo las recomendaciones que todavía no dirige ningún organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="195"/>
        <source>Needs parliament</source>
        <translation>Requiere al parlamento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="199"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation>Marcado: solo estas; desmarcado: solo las demás; a medias: cualquiera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="201"/>
        <source>Show the archive instead</source>
        <translation>Mostrar el archivo en su lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="202"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="208"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="209"/>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="211"/>
        <source>Recommending State</source>
        <translation>Estado recomendante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="212"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="213"/>
        <source>Implementation status</source>
        <translation>Estado de aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="214"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="215"/>
        <source>Cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="219"/>
        <source>SDG goal</source>
        <translation>Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="220"/>
        <source>SDG target</source>
        <translation>Meta de los ODS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="369"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n marcado</numerusform>
            <numerusform>%n marcados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="210"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="216"/>
        <source>Action category</source>
        <translation>Categoría de acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="217"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="218"/>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="231"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="256"/>
        <source>(no cluster)</source>
        <translation>(sin grupo temático)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="259"/>
        <source>Cycle {number}</source>
        <translation>Ciclo {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="276"/>
        <source>Any agency</source>
        <translation>Cualquier organismo</translation>
    </message>
</context>
<context>
    <name>FollowUpLists</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="73"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="94"/>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="76"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="77"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="98"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="83"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="84"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="85"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="87"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="88"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="97"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="108"/>
        <source>Double-click an action to open it</source>
        <translation>Haga doble clic en una acción para abrirla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="129"/>
        <source>Overdue actions</source>
        <translation>Acciones atrasadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="132"/>
        <source>Reporting deadlines</source>
        <translation>Informes pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="138"/>
        <source>Actions without indicators</source>
        <translation>Acciones sin indicadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="148"/>
        <source>{title} (first {shown} of {total})</source>
        <translation>{title} (primeros {shown} de {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="171"/>
        <source>Overdue since {date}</source>
        <translation>Atrasado desde el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="176"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="177"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="33"/>
        <location filename="../../desktop/ui/views/form_import.py" line="58"/>
        <source>Import agency updates</source>
        <translation>Importar actualizaciones de los organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="46"/>
        <source>Review agency updates</source>
        <translation>Revisar las actualizaciones de los organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="49"/>
        <source>{file}: the form sent to {agency}.</source>
        <translation>{file}: el formulario enviado a {agency}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="54"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="55"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="56"/>
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln fila rechazada</numerusform>
            <numerusform>%Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="57"/>
        <source>%Ln row(s) unchanged</source>
        <translation>
            <numerusform>%Ln fila sin cambios</numerusform>
            <numerusform>%Ln filas sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="64"/>
        <source>Take in</source>
        <translation>Incorporar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="66"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="124"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="68"/>
        <source>Changes (before → from the form)</source>
        <translation>Cambios (antes → según el formulario)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="69"/>
        <source>In the register now</source>
        <translation>Ahora en el registro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Why it was rejected</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="81"/>
        <source>Select the changes</source>
        <translation>Seleccione los cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="83"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="85"/>
        <source>Take in the selected</source>
        <translation>Incorporar la selección</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="88"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="98"/>
        <source>Changes and conflicts</source>
        <translation>Cambios y conflictos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="100"/>
        <source>Rejected rows (not taken in)</source>
        <translation>Filas rechazadas (no incorporadas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="125"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="126"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="127"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="128"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="129"/>
        <source>Current status</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="130"/>
        <source>Latest progress</source>
        <translation>Últimos avances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="131"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="132"/>
        <source>Progress</source>
        <translation>Avances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="133"/>
        <source>Evidence or link</source>
        <translation>Justificante o enlace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="134"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="135"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="136"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="137"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="138"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="139"/>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="140"/>
        <source>Latest date</source>
        <translation>Fecha del último valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="141"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="142"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="143"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="222"/>
        <source>Taking in %n item(s)…</source>
        <translation>
            <numerusform>Incorporando %n elemento…</numerusform>
            <numerusform>Incorporando %n elementos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="244"/>
        <source>Taken in: %Ln progress update(s)</source>
        <translation>
            <numerusform>Incorporada: %Ln actualización de avances</numerusform>
            <numerusform>Incorporadas: %Ln actualizaciones de avances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="245"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln medición</numerusform>
            <numerusform>%Ln mediciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="76"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="77"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="78"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="79"/>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="80"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="81"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="126"/>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="151"/>
        <source>Choose a record to see its history.</source>
        <translation>Elija un elemento para ver su historial.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="155"/>
        <source>Nothing has been recorded about this record since the trail began.</source>
        <translation>No se ha registrado nada sobre este elemento desde que comenzó la pista de auditoría.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="158"/>
        <source>Newest first; times are this computer&apos;s local time.</source>
        <translation>Las más recientes primero; las horas son las locales de este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="197"/>
        <location filename="../../desktop/ui/views/history_panel.py" line="209"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="71"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="58"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nueva</numerusform>
            <numerusform>%Ln nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="59"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizada</numerusform>
            <numerusform>%Ln actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="60"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="61"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rechazada</numerusform>
            <numerusform>%Ln rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="66"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln row(s) read.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln fila leída.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln filas leídas.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="69"/>
        <source>Rejected, not imported: %Ln row(s).</source>
        <translation>
            <numerusform>%Ln fila rechazada, no importada.</numerusform>
            <numerusform>%Ln filas rechazadas, no importadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="38"/>
        <source>New mechanisms</source>
        <translation>Nuevos mecanismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="39"/>
        <source>New source documents</source>
        <translation>Nuevos documentos de origen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="40"/>
        <source>New States</source>
        <translation>Nuevos Estados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="41"/>
        <source>New themes</source>
        <translation>Nuevos temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="42"/>
        <source>New affected persons</source>
        <translation>Nuevas personas afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="43"/>
        <source>New UPR Info issues</source>
        <translation>Nuevos temas de UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="44"/>
        <source>New SDG targets</source>
        <translation>Nuevas metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="45"/>
        <source>New clusters</source>
        <translation>Nuevos grupos temáticos</translation>
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
        <translation>Importar recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="104"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="106"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="44"/>
        <source>The file to import</source>
        <translation>El archivo que se va a importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="46"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="127"/>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="131"/>
        <source>(choose the columns)</source>
        <translation>(elegir las columnas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="135"/>
        <source>Columns…</source>
        <translation>Columnas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="141"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="142"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="143"/>
        <source>Column mapping:</source>
        <translation>Correspondencia de columnas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="145"/>
        <source>Other annotation types:</source>
        <translation>Otros tipos de anotación:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="148"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation>Las exportaciones del Índice Universal de los Derechos Humanos (XLSX o CSV), las listas temáticas del ACNUDH (Word) y las exportaciones de UPR Info se reconocen por su contenido. Cualquier otra hoja de cálculo se importa mediante una correspondencia de columnas. No se escribe nada hasta que usted confirme tras la vista previa; antes se hace una copia de seguridad verificada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="155"/>
        <source>Several files chosen together (Browse…) are imported in one go: one preview, one backup, and all of them or none.</source>
        <translation>Varios archivos elegidos a la vez (Examinar…) se importan de una sola vez: una vista previa, una copia de seguridad, y todos o ninguno.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="55"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="70"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="56"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="57"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="58"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="59"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="60"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="61"/>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="71"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="72"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="90"/>
        <source>The first rows as they will be stored:</source>
        <translation>Las primeras filas tal como se almacenarán:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="237"/>
        <source>Choose a file to import.</source>
        <translation>Elija un archivo para importar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="351"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="168"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Se importó {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="181"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>Antes se hizo una copia de seguridad verificada: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="25"/>
        <source>Keep them as context of their document</source>
        <translation>Conservarlos como contexto de su documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="28"/>
        <source>Skip them</source>
        <translation>Omitirlos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="30"/>
        <source>UHRI exports also hold paragraphs of other types than recommendations (concerns and observations, positive aspects …). They never enter the register; kept, they are shown with the recommendations of the same document.</source>
        <translation>Las exportaciones del Índice Universal de los Derechos Humanos también contienen párrafos de tipos distintos de las recomendaciones (motivos de preocupación y observaciones, aspectos positivos…). Nunca entran en el registro; si se conservan, se muestran con las recomendaciones del mismo documento.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="42"/>
        <source>type not given (read as recommendations)</source>
        <translation>tipo no indicado (se lee como recomendación)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="113"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="62"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="73"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="114"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="115"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="116"/>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="117"/>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="118"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="119"/>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="143"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="166"/>
        <source>One verified backup was taken first, for all the files: {path}</source>
        <translation>Primero se hizo una copia de seguridad verificada, para todos los archivos: {path}</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="26"/>
        <source>UHRI export</source>
        <translation>Exportación del Índice Universal de los Derechos Humanos (UHRI)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="27"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation>Lista temática de recomendaciones del ACNUDH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="30"/>
        <source>UPR Info export</source>
        <translation>Exportación de UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="31"/>
        <source>Spreadsheet with a column mapping</source>
        <translation>Hoja de cálculo con correspondencia de columnas</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>Edit indicator</source>
        <translation>Editar indicador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>New indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="142"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="148"/>
        <source>Structural: laws, policies and institutions in place.
Process: efforts made to put them to work (programmes, budgets, training).
Outcome: the results people experience.</source>
        <translation>Estructural: leyes, políticas e instituciones existentes.
De proceso: esfuerzos realizados para ponerlas en práctica (programas, presupuestos, capacitación).
De resultados: los resultados que vive la población.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="154"/>
        <source>e.g. %, per 100,000 live births</source>
        <translation>p. ej., %, por cada 100.000 nacidos vivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="160"/>
        <source>e.g. household survey, court records</source>
        <translation>p. ej., encuesta de hogares, registros judiciales</translation>
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
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="174"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="175"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="177"/>
        <source>Baseline:</source>
        <translation>Línea de base:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="179"/>
        <source>Target:</source>
        <translation>Meta:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="180"/>
        <source>Data source:</source>
        <translation>Fuente de datos:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="181"/>
        <source>Reporting frequency:</source>
        <translation>Frecuencia de presentación:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="182"/>
        <source>Data reported by:</source>
        <translation>Datos comunicados por:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="202"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="209"/>
        <source>in</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="231"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="232"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="233"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="234"/>
        <source>Baseline value</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="235"/>
        <source>Baseline year</source>
        <translation>Año de referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="236"/>
        <source>Target value</source>
        <translation>Valor meta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="237"/>
        <source>Target year</source>
        <translation>Año meta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="238"/>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="239"/>
        <source>Reporting frequency</source>
        <translation>Frecuencia de presentación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="240"/>
        <source>Data reported by</source>
        <translation>Datos comunicados por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="254"/>
        <source>a year is a whole number</source>
        <translation>un año es un número entero</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="81"/>
        <source>Add indicator…</source>
        <translation>Añadir indicador…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="82"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="83"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="93"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="94"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="95"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="96"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="97"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="98"/>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="99"/>
        <source>Progress</source>
        <translation>Avances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="100"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="115"/>
        <source>Add measurement…</source>
        <translation>Añadir medición…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="117"/>
        <source>Delete measurement</source>
        <translation>Eliminar medición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="174"/>
        <source>Save it first, then add its indicators here.</source>
        <translation>Guarde primero y luego añada aquí sus indicadores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="222"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="236"/>
        <source>Data: {source}</source>
        <translation>Datos: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="265"/>
        <source>Measurements of: {name}</source>
        <translation>Mediciones de: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="267"/>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="313"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="320"/>
        <source>Delete the indicator “{name}” and its measurements?</source>
        <translation>¿Eliminar el indicador “{name}” y sus mediciones?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="363"/>
        <source>Delete the measurement of {date}?</source>
        <translation>¿Eliminar la medición del {date}?</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="62"/>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="65"/>
        <source>The integrity check found damage in this database. What it shows may be incomplete, and changes may be lost. Restore a backup now: the damaged file is kept beside it.</source>
        <translation>La comprobación de integridad detectó daños en esta base de datos. Lo que muestra puede estar incompleto y pueden perderse cambios. Restaure ahora una copia de seguridad: el archivo dañado se conserva al lado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="70"/>
        <source>SQLite reports: {detail}</source>
        <translation>SQLite informa: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="74"/>
        <source>Restore from backup…</source>
        <translation>Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="77"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23"/>
        <source>Supported</source>
        <translation>Apoyada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Supported in part</source>
        <translation>Apoyada en parte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>Noted</source>
        <translation>Se toma nota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="34"/>
        <source>Not assessed</source>
        <translation>No evaluada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35"/>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Partially implemented</source>
        <translation>Parcialmente aplicada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>Fully implemented</source>
        <translation>Plenamente aplicada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="39"/>
        <source>No longer applicable</source>
        <translation>Ya no aplicable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="46"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>Structural</source>
        <translation>Estructural</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Process</source>
        <translation>De proceso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="156"/>
        <source>Outcome</source>
        <translation>De resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="165"/>
        <source>Every six months</source>
        <translation>Semestral</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="166"/>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="167"/>
        <source>Every two years</source>
        <translation>Bienal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="168"/>
        <source>Ad hoc</source>
        <translation>Puntual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="175"/>
        <source>National human rights institution</source>
        <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="176"/>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="177"/>
        <source>Parliament</source>
        <translation>Parlamento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="178"/>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="179"/>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="186"/>
        <source>UPR national report</source>
        <translation>Informe nacional (EPU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="187"/>
        <source>UPR mid-term report</source>
        <translation>Informe de mitad de período (EPU)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="188"/>
        <source>Treaty body periodic report</source>
        <translation>Informe periódico a un órgano de tratado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="189"/>
        <source>Treaty body follow-up</source>
        <translation>Seguimiento de un órgano de tratado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Reply to a special procedure</source>
        <translation>Respuesta a un procedimiento especial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Regional report</source>
        <translation>Informe regional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="12"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="13"/>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="14"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="15"/>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="16"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="23"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="24"/>
        <source>Adopted</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="32"/>
        <source>No action addresses this recommendation: nothing to suggest.</source>
        <translation>Ninguna acción responde a esta recomendación: no hay nada que sugerir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="35"/>
        <source>Every action was cancelled: nothing to suggest.</source>
        <translation>Todas las acciones se cancelaron: no hay nada que sugerir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="38"/>
        <source>All actions that were not cancelled are completed.</source>
        <translation>Todas las acciones no canceladas están completadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="41"/>
        <source>Some actions are completed, others are not.</source>
        <translation>Algunas acciones están completadas y otras no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="44"/>
        <source>No action is completed; at least one is ongoing or delayed.</source>
        <translation>Ninguna acción está completada; al menos una está en curso o retrasada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="47"/>
        <source>Every action is still planned.</source>
        <translation>Todas las acciones siguen previstas.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="28"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="29"/>
        <source>The recommendation being edited has unsaved changes, so the window stays as it is. The new language is used the next time NMRF Desk starts.</source>
        <translation>La recomendación que se está editando tiene cambios sin guardar, por lo que la ventana se queda como está. El nuevo idioma se usará la próxima vez que se inicie NMRF Desk.</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="41"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="42"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="73"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="178"/>
        <source>From the agency directory (Agencies page)</source>
        <translation>Del directorio de organismos (página Organismos)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="84"/>
        <source>Focal point:</source>
        <translation>Punto focal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="94"/>
        <source>Lead agencies</source>
        <translation>Organismos principales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="95"/>
        <source>Supporting agencies</source>
        <translation>Organismos de apoyo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="96"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="97"/>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="98"/>
        <source>SDG goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="99"/>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="100"/>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="105"/>
        <source>Lead agency:</source>
        <translation>Organismo principal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="106"/>
        <source>Supporting agencies:</source>
        <translation>Organismos de apoyo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="107"/>
        <source>Themes:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="108"/>
        <source>Affected persons:</source>
        <translation>Personas afectadas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="109"/>
        <source>SDG goals:</source>
        <translation>Objetivos de Desarrollo Sostenible:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="110"/>
        <source>SDG targets:</source>
        <translation>Metas de los ODS:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="111"/>
        <source>Recommending States:</source>
        <translation>Estados recomendantes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="170"/>
        <source>none in the agency directory</source>
        <translation>ninguno en el directorio de organismos</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>&amp;Import recommendations…</source>
        <translation>&amp;Importar recomendaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Import &amp;agency updates…</source>
        <translation>Importar act&amp;ualizaciones de organismos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Export recommendations…</source>
        <translation>&amp;Exportar recomendaciones…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>&amp;About NMRF Desk</source>
        <translation>Acerca &amp;de NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="25"/>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="43"/>
        <source>new database</source>
        <translation>nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="45"/>
        <source>upgraded; backup at {path}</source>
        <translation>actualizada; copia de seguridad en {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="48"/>
        <source>schema up to date</source>
        <translation>esquema actualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="49"/>
        <source>Database: {name} ({state})</source>
        <translation>Base de datos: {name} ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="55"/>
        <source>This database is open read-only ({reason}): nothing can be changed.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura ({reason}): no se puede modificar nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="61"/>
        <source>{title} (read-only)</source>
        <translation>{title} (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="74"/>
        <source>Daily backup written and verified: {path}</source>
        <translation>Copia de seguridad diaria escrita y verificada: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>Could not read the database: {error}</source>
        <translation>No se pudo leer la base de datos: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="83"/>
        <location filename="../../desktop/ui/window_files.py" line="92"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="93"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation>{path} ya existe. Elija otro nombre de archivo o use Abrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="103"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="137"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="138"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation>No se pudo abrir la base de datos; la actual sigue abierta.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="147"/>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="165"/>
        <source>Backup written and verified: {path}</source>
        <translation>Copia de seguridad escrita y verificada: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="172"/>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Columns of {file}</source>
        <translation>Columnas de {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>This file cannot be read: {problem}</source>
        <translation>No se puede leer este archivo: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="95"/>
        <source>(choose a saved mapping)</source>
        <translation>(elegir una correspondencia guardada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="319"/>
        <source>Delete saved mapping</source>
        <translation>Eliminar la correspondencia guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="103"/>
        <source>(from the column)</source>
        <translation>(según la columna)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="111"/>
        <source>Save this mapping for next time</source>
        <translation>Guardar esta correspondencia para la próxima vez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="123"/>
        <source>Saved mapping:</source>
        <translation>Correspondencia guardada:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="136"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation>Las primeras filas del archivo (las columnas asignadas aparecen resaltadas):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="167"/>
        <source>The recommendation (official record)</source>
        <translation>La recomendación (documento oficial)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="172"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation>Se usa para todas las filas cuando el archivo no tiene columna de mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="174"/>
        <source>Mechanism for every row:</source>
        <translation>Mecanismo para todas las filas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="175"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation>Trabajo propio de la oficina (solo se aplica a las recomendaciones nuevas)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="178"/>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="189"/>
        <source>(not in this file)</source>
        <translation>(no figura en este archivo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="193"/>
        <source>one value per line, or separated by ;</source>
        <translation>un valor por línea, o separados por ;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="241"/>
        <source>This file has no column named: {columns}</source>
        <translation>Este archivo no tiene ninguna columna llamada: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="273"/>
        <source>{column} → {fields}</source>
        <translation>{column} → {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="297"/>
        <source>NMRF Desk export (built in)</source>
        <translation>Exportación de NMRF Desk (integrada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="320"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation>¿Eliminar la correspondencia guardada “{name}”?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="367"/>
        <source>choose the column that holds the text</source>
        <translation>elija la columna que contiene el texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>elija la columna que contiene el mecanismo, o un mecanismo para todas las filas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="372"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>este nombre pertenece a la correspondencia integrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="379"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="39"/>
        <source>Theme cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="40"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="42"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="59"/>
        <source>Not in a theme cluster</source>
        <translation>Fuera de los grupos temáticos</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="66"/>
        <source>Chart of the measurements</source>
        <translation>Gráfico de las mediciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="165"/>
        <source>No measurements yet</source>
        <translation>Aún no hay mediciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="208"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="209"/>
        <source>Target</source>
        <translation>Meta</translation>
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
        <translation>Editar medición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="309"/>
        <source>New measurement</source>
        <translation>Nueva medición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="324"/>
        <source>Indicator:</source>
        <translation>Indicador:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="325"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="326"/>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="327"/>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="328"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="338"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="339"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="340"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="341"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="31"/>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="41"/>
        <source>e.g. 118.23</source>
        <translation>p. ej., 118.23</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="52"/>
        <source>Mechanism:</source>
        <translation>Mecanismo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="53"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="54"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="55"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="66"/>
        <source>(no document)</source>
        <translation>(sin documento)</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/ui/views/picker_dialog.py" line="34"/>
        <source>Type to narrow the list</source>
        <translation>Escriba para acotar la lista</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>Edit plan</source>
        <translation>Editar plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="76"/>
        <source>e.g. Cabinet Decision No. 14/2022</source>
        <translation>p. ej., Decisión del Consejo de Ministros n.º 14/2022</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="79"/>
        <source>National human rights action plan or development plan</source>
        <translation>Plan de acción nacional de derechos humanos o plan de desarrollo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="82"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="214"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="83"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="84"/>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="85"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="215"/>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="216"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="87"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="217"/>
        <source>Adopted on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="218"/>
        <source>Decision reference</source>
        <translation>Referencia de la decisión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="219"/>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="111"/>
        <source>Recommendations the plan covers</source>
        <translation>Recomendaciones que abarca el plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="112"/>
        <source>None for now</source>
        <translation>Ninguna por ahora</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="113"/>
        <source>Those of the theme clusters ticked below</source>
        <translation>Las de los grupos temáticos marcados a continuación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="116"/>
        <source>Those the register shows now ({count})</source>
        <translation>Las que muestra ahora el registro ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="134"/>
        <source>Propose one action per theme cluster to start from</source>
        <translation>Proponer una acción inicial por grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="184"/>
        <source>Address the recommendations on {cluster}</source>
        <translation>Atender las recomendaciones relativas a {cluster}</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="53"/>
        <source>Cluster, recommendation or action</source>
        <translation>Grupo temático, recomendación o acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="54"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="55"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="56"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="57"/>
        <source>Estimated cost</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="58"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="99"/>
        <source>Not in a theme cluster</source>
        <translation>Fuera de los grupos temáticos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="102"/>
        <source>{cluster} — {priority} priority</source>
        <translation>{cluster} — prioridad: {priority}</translation>
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
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="112"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="116"/>
        <source>cost {totals}</source>
        <translation>costo {totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="135"/>
        <source>Recommendations ({count})</source>
        <translation>Recomendaciones ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="159"/>
        <source>{status} — overdue</source>
        <translation>{status} — plazo vencido</translation>
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
        <translation>Nuevo plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="88"/>
        <source>Edit plan…</source>
        <translation>Editar plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="89"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="285"/>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="102"/>
        <source>Plan by cluster</source>
        <translation>Plan por grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="103"/>
        <source>Priority matrix</source>
        <translation>Matriz de prioridades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="104"/>
        <source>Costs by agency</source>
        <translation>Costos por organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="109"/>
        <source>New action…</source>
        <translation>Nueva acción…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="111"/>
        <source>Edit action…</source>
        <translation>Editar acción…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="113"/>
        <source>Record progress…</source>
        <translation>Registrar avances…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="116"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="377"/>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
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
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="225"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="226"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln atrasada</numerusform>
            <numerusform>%Ln atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="287"/>
        <source>Delete “{title}” with its %Ln action(s), their indicators and progress updates? The recommendations stay in the register.</source>
        <translation>
            <numerusform>¿Eliminar “{title}” con %Ln acción, sus indicadores y sus actualizaciones de avances? Las recomendaciones permanecen en el registro.</numerusform>
            <numerusform>¿Eliminar “{title}” con sus %Ln acciones, sus indicadores y sus actualizaciones de avances? Las recomendaciones permanecen en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="141"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="125"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="129"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation>Planes de aplicación: acciones con plazos, recursos e indicadores, y sus avances.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="209"/>
        <source>No plan yet. Create one from theme clusters or from the register.</source>
        <translation>Aún no hay ningún plan. Cree uno a partir de los grupos temáticos o del registro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="218"/>
        <source>adopted {date}</source>
        <translation>aprobado el {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="230"/>
        <source>cost {totals}</source>
        <translation>costo {totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="362"/>
        <source>Progress on “{title}”</source>
        <translation>Avances de “{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="378"/>
        <source>Delete this action with its indicators and progress updates?</source>
        <translation>¿Eliminar esta acción con sus indicadores y sus actualizaciones de avances?</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="58"/>
        <source>(no change)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="60"/>
        <source>{label} (current)</source>
        <translation>{label} (actual)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="64"/>
        <source>What happened, with references to evidence</source>
        <translation>Lo ocurrido, con referencias a los justificantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="75"/>
        <source>Attach evidence…</source>
        <translation>Adjuntar justificante…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="78"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="157"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="91"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="158"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="92"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="159"/>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="93"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="161"/>
        <source>Reporting agency</source>
        <translation>Organismo informante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="94"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="160"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="95"/>
        <source>Evidence</source>
        <translation>Justificantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="119"/>
        <source>Attach evidence</source>
        <translation>Adjuntar justificante</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="78"/>
        <source>Needs action by parliament</source>
        <translation>Requiere una actuación del parlamento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="94"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="95"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="96"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="97"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="349"/>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Paragraph:</source>
        <translation>Párrafo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Action category:</source>
        <translation>Categoría de acción:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="109"/>
        <source>Implementation status:</source>
        <translation>Estado de aplicación:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="111"/>
        <source>Rationale:</source>
        <translation>Justificación:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="112"/>
        <source>Cluster:</source>
        <translation>Grupo temático:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="114"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="169"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="52"/>
        <source>Select a recommendation to see it here.</source>
        <translation>Seleccione una recomendación para verla aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="239"/>
        <source>(no cluster)</source>
        <translation>(sin grupo temático)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="311"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="312"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="313"/>
        <source>Action category</source>
        <translation>Categoría de acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="351"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation>¿Eliminar definitivamente {reference}? Se eliminarán con ella sus asignaciones, avances y vínculos. Esta operación no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUpPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="91"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="92"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="93"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="94"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="95"/>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="108"/>
        <source>Record this status…</source>
        <translation>Registrar este estado…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="111"/>
        <source>Record progress…</source>
        <translation>Registrar avances…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="116"/>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="117"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="118"/>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="119"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="120"/>
        <source>Evidence</source>
        <translation>Justificantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="136"/>
        <source>Actions addressing it</source>
        <translation>Acciones que le responden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="140"/>
        <source>Status history and progress</source>
        <translation>Historial de estados y avances</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="144"/>
        <source>Consultations that discussed it</source>
        <translation>Consultas en las que se examinó</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="198"/>
        <source>{status} — overdue</source>
        <translation>{status} — plazo vencido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="215"/>
        <source>Suggested status: {status}. Rule: {rule}</source>
        <translation>Estado sugerido: {status}. Regla: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="265"/>
        <source>Progress on the recommendation</source>
        <translation>Avances de la recomendación</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42"/>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="46"/>
        <source>Recommending States</source>
        <translation>Estados recomendantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="47"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="48"/>
        <source>Action category</source>
        <translation>Categoría de acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="49"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="50"/>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="51"/>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="52"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="53"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="54"/>
        <source>Cluster</source>
        <translation>Grupo temático</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="55"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="79"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation>Buscar en textos, referencias y notas, en cualquier idioma (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="91"/>
        <source>Bulk actions</source>
        <translation>Cambios en bloque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="59"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="63"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="132"/>
        <location filename="../../desktop/ui/views/register_page.py" line="153"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="68"/>
        <source>Document context</source>
        <translation>Contexto del documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="157"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation>El registro de todas las recomendaciones recibidas del Examen Periódico Universal, los órganos de tratados, los procedimientos especiales y los mecanismos regionales.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="209"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_page.py" line="222"/>
        <source>At most %n word(s) per search</source>
        <translation>
            <numerusform>Como máximo %n palabra por búsqueda</numerusform>
            <numerusform>Como máximo %n palabras por búsqueda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="237"/>
        <source>Matching: {count}</source>
        <translation>Coincidencias: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="276"/>
        <source>Save your changes to {reference}?</source>
        <translation>¿Guardar los cambios en {reference}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="346"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation>Creada; el filtro actual no la muestra (Borrar filtros).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_columns.py" line="64"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="67"/>
        <source>Implementation plan</source>
        <translation>Plan de aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="68"/>
        <source>Consolidated status report</source>
        <translation>Informe de situación consolidado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="69"/>
        <source>Agency brief</source>
        <translation>Nota informativa por organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="70"/>
        <source>Register list</source>
        <translation>Lista del registro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="85"/>
        <source>Cycle {cycle} (sessions {first}–{last})</source>
        <translation>Ciclo {cycle} (períodos de sesiones {first} a {last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="93"/>
        <source>By mechanism</source>
        <translation>Por mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="94"/>
        <source>By theme</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="99"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="100"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="108"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="110"/>
        <source>DRAFT watermark across every page</source>
        <translation>Marca de agua BORRADOR en todas las páginas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="113"/>
        <source>The report&apos;s own title</source>
        <translation>El título propio del informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="118"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="120"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="121"/>
        <source>Agency:</source>
        <translation>Organismo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="122"/>
        <source>Covering:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="123"/>
        <source>Mechanism:</source>
        <translation>Mecanismo:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="124"/>
        <source>UPR cycle:</source>
        <translation>Ciclo del EPU:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="125"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="126"/>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="127"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="128"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="129"/>
        <source>Classification marking:</source>
        <translation>Marca de clasificación:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="131"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="174"/>
        <source>The plan&apos;s clusters by priority, with their recommendations, actions, agencies, costs and indicators.</source>
        <translation>Los grupos temáticos del plan por prioridad, con sus recomendaciones, acciones, organismos, costos e indicadores.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="178"/>
        <source>Implementation status in figures and by section, with the latest progress and overdue actions of each recommendation.</source>
        <translation>El estado de aplicación en cifras y por sección, con los últimos avances y las acciones atrasadas de cada recomendación.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="182"/>
        <source>What one agency leads and supports: its recommendations, actions, indicators and the reports due.</source>
        <translation>Lo que un organismo dirige y apoya: sus recomendaciones, acciones, indicadores y los informes pendientes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="186"/>
        <source>The recommendations as a table, in the register&apos;s order.</source>
        <translation>Las recomendaciones en forma de tabla, en el orden del registro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="198"/>
        <source>All recommendations</source>
        <translation>Todas las recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="199"/>
        <source>One mechanism</source>
        <translation>Un mecanismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="200"/>
        <source>One UPR cycle</source>
        <translation>Un ciclo del EPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="201"/>
        <source>One review or document</source>
        <translation>Un examen o un documento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="204"/>
        <source>What the register shows now ({count})</source>
        <translation>Lo que muestra ahora el registro ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="213"/>
        <source>The register&apos;s selected rows ({count})</source>
        <translation>Las filas seleccionadas del registro ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="254"/>
        <source>Choose the implementation plan (there is none yet).</source>
        <translation>Elija el plan de aplicación (todavía no hay ninguno).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="256"/>
        <source>Choose the agency.</source>
        <translation>Elija el organismo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="259"/>
        <source>Choose the mechanism.</source>
        <translation>Elija el mecanismo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="261"/>
        <source>Choose the document.</source>
        <translation>Elija el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="264"/>
        <source>No rows are selected in the register: select the recommendations to list there first.</source>
        <translation>No hay filas seleccionadas en el registro: seleccione primero allí las recomendaciones que desea enumerar.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="100"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="105"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="107"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="111"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="154"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="146"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="150"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs and lists of recommendations, in any of the six UN languages.</source>
        <translation>Informes en PDF listos para el Consejo de Ministros: planes de aplicación, informes de situación, notas informativas por organismo y listas de recomendaciones, en cualquiera de los seis idiomas oficiales de las Naciones Unidas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="220"/>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="235"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="236"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="247"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="261"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="332"/>
        <source>The report was not written: {error}</source>
        <translation>No se escribió el informe: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="291"/>
        <source>Writing {path}…</source>
        <translation>Escribiendo {path}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="296"/>
        <source>The folder {folder} does not exist; no file was written.</source>
        <translation>La carpeta {folder} no existe; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="300"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="323"/>
        <source>Report written: {path}</source>
        <translation>Informe escrito: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="330"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="336"/>
        <source>The report could not be made (no file was written): {error}</source>
        <translation>No se pudo generar el informe (no se escribió ningún archivo): {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="53"/>
        <source>Before an upgrade to a newer version</source>
        <translation>Antes de una actualización a una versión más reciente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="55"/>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="56"/>
        <source>Made by hand</source>
        <translation>Hecha manualmente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="57"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="82"/>
        <source>Backups of a database on a server are the server&apos;s business: its administrator takes them with pg_dump and restores them with pg_restore.</source>
        <translation>Las copias de seguridad de una base de datos en un servidor corresponden al servidor: su administrador las hace con pg_dump y las restaura con pg_restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="88"/>
        <source>This database is open read-only ({reason}): no backup can be put in its place.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura ({reason}): no se puede sustituir por una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="118"/>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="291"/>
        <source>Restore from backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="123"/>
        <source>Choose a backup to put in place of the database {path}. The current database is not deleted: it is kept beside it.</source>
        <translation>Elija una copia de seguridad que sustituirá a la base de datos {path}. La base de datos actual no se elimina: se conserva al lado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Taken</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="146"/>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="147"/>
        <source>Restore a backup kept somewhere else</source>
        <translation>Restaurar una copia de seguridad guardada en otro lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="149"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="153"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="170"/>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="184"/>
        <source>Backups are kept in {folder}</source>
        <translation>Las copias de seguridad se guardan en {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="187"/>
        <source>There are no backups of this database yet. NMRF Desk keeps them in {folder}: one a day when the database has changed, and one before each import and each upgrade. File › Back up… makes one now; “Other file…” restores a backup kept elsewhere.</source>
        <translation>Todavía no hay copias de seguridad de esta base de datos. NMRF Desk las guarda en {folder}: una al día cuando la base de datos ha cambiado, y una antes de cada importación y de cada actualización. Archivo › Copia de seguridad… hace una ahora; “Otro archivo…” restaura una copia guardada en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="208"/>
        <source>it holds no NMRF Desk tables</source>
        <translation>no contiene ninguna tabla de NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="210"/>
        <source>Cannot be read: {problem}</source>
        <translation>No se puede leer: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="226"/>
        <source>The backups cannot be read: {error}</source>
        <translation>No se pueden leer las copias de seguridad: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="257"/>
        <source>Put the backup of {date} in place of the database?</source>
        <translation>¿Sustituir la base de datos por la copia de seguridad del {date}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="267"/>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="274"/>
        <source>Put the backup {file} in place of the database?</source>
        <translation>¿Sustituir la base de datos por la copia de seguridad {file}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="286"/>
        <source>The current database is kept beside it, in the same folder, under a name ending in “.replaced-” and the date and time: nothing is lost.</source>
        <translation>La base de datos actual se conserva al lado, en la misma carpeta, con un nombre que termina en “.replaced-” seguido de la fecha y la hora: no se pierde nada.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="44"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="60"/>
        <source>Backup restored: {backup}.</source>
        <translation>Copia de seguridad restaurada: {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="87"/>
        <source>The backup was not restored; the database is as it was.

{error}</source>
        <translation>No se restauró la copia de seguridad; la base de datos sigue como estaba.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="98"/>
        <source>The backup was put in place but cannot be opened.

{error}</source>
        <translation>La copia de seguridad se colocó en su lugar, pero no se puede abrir.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="105"/>
        <source>The database it replaced is kept at {path}</source>
        <translation>La base de datos sustituida se conserva en {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="110"/>
        <source>Restore failed</source>
        <translation>Error en la restauración</translation>
    </message>
</context>
<context>
    <name>RoleControls</name>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="51"/>
        <source>&amp;Users…</source>
        <translation>Usuari&amp;os…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="82"/>
        <source>You ({login}) have no role in this database: you may read only.</source>
        <translation>Usted ({login}) no tiene ninguna función en esta base de datos: solo puede leer.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="37"/>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="39"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="101"/>
        <source>Delete view</source>
        <translation>Eliminar vista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="53"/>
        <source>Saved views…</source>
        <translation>Vistas guardadas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="71"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="84"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="72"/>
        <source>Name of this view:</source>
        <translation>Nombre de esta vista:</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="89"/>
        <source>this is not a number</source>
        <translation>no es un número</translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="50"/>
        <source>Send update forms</source>
        <translation>Enviar formularios de actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="53"/>
        <source>Every agency with work assigned</source>
        <translation>Todos los organismos con trabajo asignado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="64"/>
        <source>e.g. January–June 2026</source>
        <translation>p. ej., enero–junio de 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="66"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="72"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="147"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="73"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="148"/>
        <source>Language of the form</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="74"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="149"/>
        <source>Return by</source>
        <translation>Devolver antes del</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="75"/>
        <source>Reporting period</source>
        <translation>Período que abarca el informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="76"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="79"/>
        <source>Each agency gets a workbook of the recommendations and actions it leads or supports, with a cover letter, and the form is recorded as sent. Send them by e-mail; File › Import agency updates… takes the filled forms back in.</source>
        <translation>Cada organismo recibe un libro con las recomendaciones y acciones que dirige o apoya, con una carta de presentación, y el formulario queda registrado como enviado. Envíelos por correo electrónico; Archivo › Importar actualizaciones de organismos… incorpora los formularios rellenados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="87"/>
        <source>Write the forms</source>
        <translation>Escribir los formularios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="105"/>
        <source>Folder for the forms</source>
        <translation>Carpeta de los formularios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="115"/>
        <source>Choose a folder that exists for the forms.</source>
        <translation>Elija una carpeta existente para los formularios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="125"/>
        <source>Writing the forms…</source>
        <translation>Escribiendo los formularios…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="139"/>
        <source>%n form(s) written to {folder}.</source>
        <translation>
            <numerusform>%n formulario escrito en {folder}.</numerusform>
            <numerusform>%n formularios escritos en {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation>p. ej., Ministerio de Justicia, mecanismo nacional de seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="80"/>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="82"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="88"/>
        <source>PNG or JPEG, at most 2 MB; printed on the reports&apos; cover.</source>
        <translation>PNG o JPEG, 2&#xa0;MB como máximo; va en la portada de los informes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="97"/>
        <source>Organisation name:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="98"/>
        <source>Organisation emblem:</source>
        <translation>Emblema:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="99"/>
        <source>Default report language:</source>
        <translation>Idioma de los informes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="100"/>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="101"/>
        <source>The window reopens in the new interface language where it was.</source>
        <translation>La ventana vuelve a abrirse en el mismo lugar con el nuevo idioma de la interfaz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="128"/>
        <source>No emblem</source>
        <translation>Sin emblema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="137"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="174"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="181"/>
        <source>Organisation emblem</source>
        <translation>Emblema de la organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="153"/>
        <source>{file}: the image is larger than 2 MB.</source>
        <translation>{file}: la imagen supera los 2&#xa0;MB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="175"/>
        <source>Organisation emblem: {problem}</source>
        <translation>Emblema de la organización: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="180"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="182"/>
        <source>Default report language</source>
        <translation>Idioma predeterminado de los informes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="208"/>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="68"/>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="194"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="238"/>
        <source>{label}: {count} in all</source>
        <translation>{label}: {count} en total</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="246"/>
        <source>{label}, {series}: {count} ({share} %)</source>
        <translation>{label}, {series}: {count} ({share}&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Damaged database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Restore the newest backup, {path}?</source>
        <translation>¿Restaurar la copia de seguridad más reciente, {path}?</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>The file it replaces is kept beside it.</source>
        <translation>El archivo sustituido se conserva al lado.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="102"/>
        <source>Restore failed</source>
        <translation>Error en la restauración</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="108"/>
        <source>Upgrade failed</source>
        <translation>Error en la actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="123"/>
        <source>No database</source>
        <translation>No hay base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="124"/>
        <source>There is no database where one was expected.</source>
        <translation>No hay ninguna base de datos donde se esperaba una.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126"/>
        <source>Not a database</source>
        <translation>No es una base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="127"/>
        <source>This file is not an NMRF Desk database; nothing was changed.</source>
        <translation>Este archivo no es una base de datos de NMRF Desk; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation>La base de datos está dañada y no se puede abrir de forma segura.</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="137"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="27"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="32"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="28"/>
        <source>Groups of persons</source>
        <translation>Grupos de personas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="36"/>
        <source>The themes and groups of persons recommendations are tagged with. Imports match names ignoring case, spacing, punctuation and “&amp;”/“and”; rename a name here, or merge names that mean the same thing into one.</source>
        <translation>Los temas y grupos de personas con que se etiquetan las recomendaciones. Las importaciones comparan los nombres sin distinguir mayúsculas, espacios, puntuación ni “&amp;”/“and”; cambie aquí un nombre o fusione en uno los nombres que significan lo mismo.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="53"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="143"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="57"/>
        <source>Who may do what in this database. A user is a login: on a server, the login people connect with; on a file, the computer&apos;s login. Whoever adds the first user becomes the administrator.</source>
        <translation>Quién puede hacer qué en esta base de datos. Un usuario es un nombre de inicio de sesión: en un servidor, el que se usa para conectarse; en un archivo, el de la sesión del equipo. Quien añade el primer usuario pasa a ser el administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="125"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="131"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="87"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="126"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="84"/>
        <source>Only to create a new server login</source>
        <translation>Solo para crear un nuevo usuario en el servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="127"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="93"/>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="96"/>
        <source>Change role</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="99"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="247"/>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>a login cannot be empty</source>
        <translation>el usuario no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>a focal point speaks for one agency: choose it</source>
        <translation>un punto focal representa a un solo organismo: elíjalo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="225"/>
        <source>{login} was added.</source>
        <translation>Se añadió a {login}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="235"/>
        <source>{login} is now: {role}.</source>
        <translation>{login} tiene ahora la función: {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="249"/>
        <source>Remove {login}? They may then only read; what they did stays in the trail.</source>
        <translation>¿Quitar a {login}? Solo podrá leer; lo que hizo permanece en la pista de auditoría.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="258"/>
        <source>{login} was removed.</source>
        <translation>Se quitó a {login}.</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter themes by name</source>
        <translation>Filtrar temas por nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter groups by name</source>
        <translation>Filtrar grupos por nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="67"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="69"/>
        <source>UHRI code</source>
        <translation>Código del UHRI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Built-in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="86"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="88"/>
        <source>Merge selected…</source>
        <translation>Fusionar la selección…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="90"/>
        <source>Undo merge</source>
        <translation>Deshacer la fusión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="91"/>
        <source>Put back the last merge (Ctrl+Z)</source>
        <translation>Deshacer la última fusión (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="113"/>
        <source>The database is read-only.</source>
        <translation>La base de datos es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="137"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename theme</source>
        <translation>Cambiar el nombre del tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename group of persons</source>
        <translation>Cambiar el nombre del grupo de personas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="171"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge themes</source>
        <translation>Fusionar temas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge groups of persons</source>
        <translation>Fusionar grupos de personas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="179"/>
        <source>Keep this name; the others join it and their recommendations move to it:</source>
        <translation>Conservar este nombre; los demás se fusionan con él y sus recomendaciones pasan a él:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="193"/>
        <source>Select one theme to rename.</source>
        <translation>Seleccione un tema para cambiarle el nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="195"/>
        <source>Select one group of persons to rename.</source>
        <translation>Seleccione un grupo de personas para cambiarle el nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="206"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>Se cambió el nombre de “{old}” a “{new}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="224"/>
        <source>Select two or more themes to merge.</source>
        <translation>Seleccione dos o más temas para fusionarlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="226"/>
        <source>Select two or more groups of persons to merge.</source>
        <translation>Seleccione dos o más grupos de personas para fusionarlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="244"/>
        <source>Names merged into “{name}”: %n.</source>
        <translation>
            <numerusform>Nombre fusionado en “{name}”: %n.</numerusform>
            <numerusform>Nombres fusionados en “{name}”: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="247"/>
        <source>Recommendations relinked: %n.</source>
        <translation>
            <numerusform>Recomendación vinculada de nuevo: %n.</numerusform>
            <numerusform>Recomendaciones vinculadas de nuevo: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="271"/>
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation>
            <numerusform>Fusión deshecha; recomendación vinculada como antes: %n.</numerusform>
            <numerusform>Fusión deshecha; recomendaciones vinculadas como antes: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="248"/>
        <source>Undo merge or Ctrl+Z puts them back.</source>
        <translation>Deshacer la fusión o Ctrl+Z los restablece.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="263"/>
        <source>There is no merge to undo.</source>
        <translation>No hay ninguna fusión que deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="285"/>
        <source>The merge cannot be undone: the names changed since (the name kept was deleted, or a merged name is in use again). Nothing was changed.</source>
        <translation>No se puede deshacer la fusión: los nombres han cambiado desde entonces (se eliminó el nombre conservado o un nombre fusionado vuelve a estar en uso). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="314"/>
        <source>“{name}” is the same name as the theme “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>“{name}” es el mismo nombre que el tema “{other}”: los nombres se comparan sin distinguir mayúsculas, espacios, puntuación ni “&amp;”/“and”. Seleccione ambos y fusiónelos en su lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="320"/>
        <source>“{name}” is the same name as the group “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>“{name}” es el mismo nombre que el grupo “{other}”: los nombres se comparan sin distinguir mayúsculas, espacios, puntuación ni “&amp;”/“and”. Seleccione ambos y fusiónelos en su lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="328"/>
        <source>The list changed meanwhile (someone else renamed, merged or deleted a name); it has been read again. Try once more.</source>
        <translation>La lista cambió mientras tanto (otra persona cambió el nombre, fusionó o eliminó un nombre); se ha vuelto a leer. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="332"/>
        <source>The name must not be empty or longer than 300 characters.</source>
        <translation>El nombre no puede estar vacío ni tener más de 300 caracteres.</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_chooser.py" line="125"/>
        <source>%Ln file(s): {names}</source>
        <translation>
            <numerusform>%Ln archivo: {names}</numerusform>
            <numerusform>%Ln archivos: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypesText</name>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="66"/>
        <source>Annotation types:</source>
        <translation>Tipos de anotación:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="80"/>
        <source>%n recommendation(s) stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</source>
        <translation>
            <numerusform>%n recomendación permanece en el registro aunque el archivo indica otro tipo, porque alguien ha trabajado en ella (grupo temático, plan, acción, organismos, avances…):</numerusform>
            <numerusform>%n recomendaciones permanecen en el registro aunque el archivo indica otro tipo, porque alguien ha trabajado en ellas (grupo temático, plan, acción, organismos, avances…):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="92"/>
        <source>%n paragraph(s) of other types kept as context of their document.</source>
        <translation>
            <numerusform>%n párrafo de otro tipo conservado como contexto de su documento.</numerusform>
            <numerusform>%n párrafos de otros tipos conservados como contexto de su documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="96"/>
        <source>%n paragraph(s) of other types will be kept as context of their document, never as recommendations.</source>
        <translation>
            <numerusform>%n párrafo de otro tipo se conservará como contexto de su documento, nunca como recomendación.</numerusform>
            <numerusform>%n párrafos de otros tipos se conservarán como contexto de su documento, nunca como recomendaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="102"/>
        <source>%n paragraph(s) of other types skipped.</source>
        <translation>
            <numerusform>%n párrafo de otro tipo omitido.</numerusform>
            <numerusform>%n párrafos de otros tipos omitidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="103"/>
        <source>%n paragraph(s) of other types will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %n párrafo de otro tipo.</numerusform>
            <numerusform>Se omitirán %n párrafos de otros tipos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="110"/>
        <source>%n recommendation(s) left the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recomendación salió del registro: el archivo indica otro tipo.</numerusform>
            <numerusform>%n recomendaciones salieron del registro: el archivo indica otro tipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="118"/>
        <source>%n recommendation(s) will leave the register: the file gives another type.</source>
        <translation>
            <numerusform>%n recomendación saldrá del registro: el archivo indica otro tipo.</numerusform>
            <numerusform>%n recomendaciones saldrán del registro: el archivo indica otro tipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="125"/>
        <source>%n context paragraph(s) became recommendations.</source>
        <translation>
            <numerusform>%n párrafo de contexto pasó a ser una recomendación.</numerusform>
            <numerusform>%n párrafos de contexto pasaron a ser recomendaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="129"/>
        <source>%n context paragraph(s) will become recommendations.</source>
        <translation>
            <numerusform>%n párrafo de contexto pasará a ser una recomendación.</numerusform>
            <numerusform>%n párrafos de contexto pasarán a ser recomendaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="89"/>
        <source>Someone else changed this since you opened it; nothing was saved. Close it and open it again to see their changes.</source>
        <translation>Otra persona modificó este elemento después de que usted lo abriera; no se guardó nada. Ciérrelo y vuelva a abrirlo para ver sus cambios.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="100"/>
        <location filename="../../desktop/ui/operations.py" line="110"/>
        <source>Changed by someone else</source>
        <translation>Modificada por otra persona</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="113"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation>Conserve su versión (sustituye a la otra), adopte la otra versión (se descartan sus cambios) o siga editando.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="120"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="123"/>
        <source>Take theirs</source>
        <translation>Adoptar la otra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="127"/>
        <source>Go on editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="151"/>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="247"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
