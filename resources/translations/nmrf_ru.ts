<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="14"/>
        <source>Follow-up of the human rights recommendations a State receives from the United Nations and regional mechanisms, for national mechanisms for implementation, reporting and follow-up.</source>
        <translation>Контроль за выполнением рекомендаций в области прав человека, которые государство получает от Организации Объединённых Наций и региональных механизмов, для национальных механизмов по осуществлению, представлению докладов и последующей деятельности.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="20"/>
        <source>Database in use:</source>
        <translation>Используемая база данных:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="30"/>
        <source>About NMRF Desk</source>
        <translation>О программе NMRF Desk</translation>
    </message>
</context>
<context>
    <name>ActionAgenciesEditor</name>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Focal point</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="37"/>
        <source>Add lead agency</source>
        <translation>Добавить головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="40"/>
        <source>Add supporting agency</source>
        <translation>Добавить содействующее ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="42"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="69"/>
        <source>{name} (archived)</source>
        <translation>{name} (в архиве)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="72"/>
        <source>Lead</source>
        <translation>Головное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="73"/>
        <source>Supporting</source>
        <translation>Содействующее</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>New action</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>Edit action</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="86"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="87"/>
        <source>Addresses</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="326"/>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="92"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="143"/>
        <source>Within the existing budget</source>
        <translation>В рамках имеющегося бюджета</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="147"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="319"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="148"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="149"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="321"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="150"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="320"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="151"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="152"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="322"/>
        <source>Estimated cost</source>
        <translation>Сметная стоимость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="153"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="323"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="154"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="324"/>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="163"/>
        <source>Recommendations of the plan this action addresses</source>
        <translation>Рекомендации плана, которые охватывает это мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="165"/>
        <source>Theme clusters it addresses</source>
        <translation>Охватываемые тематические кластеры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="174"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="175"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="176"/>
        <source>Narrative</source>
        <translation>Описание хода работы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="177"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="178"/>
        <source>Reported by</source>
        <translation>Кем представлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="179"/>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="191"/>
        <source>Record progress…</source>
        <translation>Отметить ход выполнения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="228"/>
        <source>Save the action first to record its progress.</source>
        <translation>Сначала сохраните мероприятие, чтобы отмечать ход его выполнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="252"/>
        <source>Double-click to save a copy</source>
        <translation>Дважды щёлкните, чтобы сохранить копию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="280"/>
        <source>this is not a number</source>
        <translation>это не число</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="325"/>
        <source>Lead agency</source>
        <translation>Головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="327"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="328"/>
        <source>Theme clusters</source>
        <translation>Тематические кластеры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="342"/>
        <source>Progress on “{title}”</source>
        <translation>Ход выполнения: «{title}»</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="133"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="139"/>
        <source>Import of a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="140"/>
        <source>Agency form</source>
        <translation>Форма ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="141"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="148"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="176"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="323"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="149"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="179"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="327"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="150"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="178"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="325"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="151"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="152"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="153"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="177"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="324"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="158"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="161"/>
        <source>Export to XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="175"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="180"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="328"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="181"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="196"/>
        <source>Show older entries</source>
        <translation>Показать более ранние записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="208"/>
        <source>Any</source>
        <translation>Любое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="214"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="333"/>
        <location filename="../../desktop/ui/views/pages.py" line="162"/>
        <source>Activity</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="218"/>
        <source>Everything done in this database: who did it, when, from where, and each field&apos;s old and new value. Nothing here can be changed or deleted.</source>
        <translation>Всё, что сделано в этой базе данных: кто, когда, откуда, а также старое и новое значение каждого поля. Здесь ничего нельзя изменить или удалить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="244"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="284"/>
        <source>%Ln entries (all that match)</source>
        <translation>
            <numerusform>%Ln запись (все подходящие)</numerusform>
            <numerusform>%Ln записи (все подходящие)</numerusform>
            <numerusform>%Ln записей (все подходящие)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="286"/>
        <source>%Ln entries shown; older ones are read as you scroll</source>
        <translation>
            <numerusform>Показана %Ln запись; более ранние читаются при прокрутке</numerusform>
            <numerusform>Показаны %Ln записи; более ранние читаются при прокрутке</numerusform>
            <numerusform>Показано %Ln записей; более ранние читаются при прокрутке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="346"/>
        <source>Written to {path} (%Ln entries)</source>
        <translation>
            <numerusform>Записано в {path} (%Ln запись)</numerusform>
            <numerusform>Записано в {path} (%Ln записи)</numerusform>
            <numerusform>Записано в {path} (%Ln записей)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="304"/>
        <source>Export the activity</source>
        <translation>Экспорт журнала действий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="306"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="321"/>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="322"/>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="326"/>
        <source>Record kind</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="329"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="330"/>
        <source>Old value</source>
        <translation>Старое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="331"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="352"/>
        <source>Exporting the activity…</source>
        <translation>Экспорт журнала действий…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="353"/>
        <source>Export to XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="26"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="27"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="28"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="29"/>
        <source>Focal point</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="30"/>
        <source>Lead</source>
        <translation>Головное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="31"/>
        <source>Supporting</source>
        <translation>Содействующее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="32"/>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="42"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="43"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="44"/>
        <source>Merge selected…</source>
        <translation>Объединить выбранные…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="45"/>
        <source>Show its recommendations</source>
        <translation>Показать его рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="46"/>
        <source>Send update forms…</source>
        <translation>Разослать формы для обновления…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="52"/>
        <location filename="../../desktop/ui/views/pages.py" line="139"/>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="56"/>
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation>Министерства, учреждения и организации, ответственные за выполнение, и их контактные лица.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="106"/>
        <source>Select one agency to edit.</source>
        <translation>Выберите одно ведомство для изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="113"/>
        <source>Select two or more agencies to merge.</source>
        <translation>Выберите два ведомства или больше для объединения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="118"/>
        <source>Merge agencies</source>
        <translation>Объединение ведомств</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="119"/>
        <source>Keep this one; the others join it:</source>
        <translation>Оставить этот элемент; остальные присоединяются к нему:</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>Edit agency</source>
        <translation>Изменение ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>New agency</source>
        <translation>Новое ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="72"/>
        <source>Add focal point</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="74"/>
        <source>Remove focal point</source>
        <translation>Удалить контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="86"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="87"/>
        <source>Acronym:</source>
        <translation>Сокращение:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="88"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="89"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="96"/>
        <source>Focal points (the first is the main contact):</source>
        <translation>Контактные лица (первое — основной контакт):</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="30"/>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="31"/>
        <source>Department</source>
        <translation>Департамент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="32"/>
        <source>Parliament</source>
        <translation>Парламент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="33"/>
        <source>Judiciary</source>
        <translation>Судебная власть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="34"/>
        <source>National human rights institution</source>
        <translation>Национальное правозащитное учреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="37"/>
        <source>Statistics office</source>
        <translation>Статистическое управление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="38"/>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="39"/>
        <source>Local government</source>
        <translation>Местные органы власти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="40"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="26"/>
        <location filename="../../desktop/ui/views/alerts_button.py" line="53"/>
        <source>Open the dashboard</source>
        <translation>Открыть сводную панель</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="44"/>
        <source>%Ln overdue action(s)</source>
        <translation>
            <numerusform>%Ln просроченное мероприятие</numerusform>
            <numerusform>%Ln просроченных мероприятия</numerusform>
            <numerusform>%Ln просроченных мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="46"/>
        <source>%Ln overdue report(s)</source>
        <translation>
            <numerusform>%Ln просроченный доклад</numerusform>
            <numerusform>%Ln просроченных доклада</numerusform>
            <numerusform>%Ln просроченных докладов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="48"/>
        <source>%Ln report(s) due within 90 days</source>
        <translation>
            <numerusform>%Ln доклад со сроком в ближайшие 90 дней</numerusform>
            <numerusform>%Ln доклада со сроком в ближайшие 90 дней</numerusform>
            <numerusform>%Ln докладов со сроком в ближайшие 90 дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentWords</name>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="31"/>
        <source>Assigned as lead</source>
        <translation>Назначено головным ведомством</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned as supporting</source>
        <translation>Назначено содействующим ведомством</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="35"/>
        <source>Taken off as lead</source>
        <translation>Снято с роли головного ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off as supporting</source>
        <translation>Снято с роли содействующего ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made lead</source>
        <translation>Стало головным ведомством</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made supporting</source>
        <translation>Стало содействующим ведомством</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="39"/>
        <source>Assignment changed</source>
        <translation>Поручение изменено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="44"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln рекомендация</numerusform>
            <numerusform>%Ln рекомендации</numerusform>
            <numerusform>%Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="46"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="48"/>
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln кластер</numerusform>
            <numerusform>%Ln кластера</numerusform>
            <numerusform>%Ln кластеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="49"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="53"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
            <numerusform>и ещё %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="26"/>
        <location filename="../../desktop/ui/audit_fields.py" line="224"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="27"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="28"/>
        <source>Sorted by</source>
        <translation>Сортировка по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="29"/>
        <source>Sorted in descending order</source>
        <translation>По убыванию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="30"/>
        <location filename="../../desktop/ui/audit_fields.py" line="31"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="32"/>
        <source>Measured on</source>
        <translation>Дата измерения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="33"/>
        <location filename="../../desktop/ui/audit_fields.py" line="200"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="34"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="35"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="36"/>
        <source>From an agency form</source>
        <translation>Из формы ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="37"/>
        <source>Form file fingerprint (SHA-256)</source>
        <translation>Отпечаток файла формы (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="38"/>
        <source>Name as compared</source>
        <translation>Название для сравнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="39"/>
        <source>Built in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="40"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="41"/>
        <location filename="../../desktop/ui/audit_fields.py" line="186"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="42"/>
        <source>Priority rationale</source>
        <translation>Обоснование приоритета</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="43"/>
        <location filename="../../desktop/ui/audit_fields.py" line="44"/>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="45"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="46"/>
        <source>Reported on</source>
        <translation>Дата отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="47"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="48"/>
        <source>Progress made</source>
        <translation>Достигнутый прогресс</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="49"/>
        <location filename="../../desktop/ui/audit_fields.py" line="50"/>
        <location filename="../../desktop/ui/audit_fields.py" line="190"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="51"/>
        <source>Reported by</source>
        <translation>Кем сообщено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="52"/>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="53"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="55"/>
        <source>Name in Chinese</source>
        <translation>Название на китайском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="56"/>
        <source>Position in the list</source>
        <translation>Место в списке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="57"/>
        <location filename="../../desktop/ui/audit_fields.py" line="58"/>
        <source>SDG goal</source>
        <translation>Цель в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="59"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="60"/>
        <location filename="../../desktop/ui/audit_fields.py" line="61"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="62"/>
        <source>Other name</source>
        <translation>Другое название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="63"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="64"/>
        <source>Telephone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="65"/>
        <source>Main focal point</source>
        <translation>Основное контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="66"/>
        <location filename="../../desktop/ui/audit_fields.py" line="67"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="68"/>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="69"/>
        <source>UPR cycle</source>
        <translation>Цикл УПО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="70"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="71"/>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="72"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="73"/>
        <source>Source of the position</source>
        <translation>Источник позиции</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="74"/>
        <source>Kind of report</source>
        <translation>Вид доклада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="75"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="76"/>
        <source>Submitted on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="77"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="78"/>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="79"/>
        <source>Observer State</source>
        <translation>Государство-наблюдатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="80"/>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="81"/>
        <source>Other participants</source>
        <translation>Другие участники</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="82"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="83"/>
        <location filename="../../desktop/ui/audit_fields.py" line="84"/>
        <source>Progress update</source>
        <translation>Сведения о ходе работы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="85"/>
        <location filename="../../desktop/ui/audit_fields.py" line="86"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="87"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="88"/>
        <source>Type of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="89"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="90"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Отпечаток (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="91"/>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="92"/>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="93"/>
        <location filename="../../desktop/ui/audit_fields.py" line="146"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="94"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="95"/>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="96"/>
        <source>OHCHR annotation id</source>
        <translation>Идентификатор аннотации УВКПЧ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="97"/>
        <source>Annotation type</source>
        <translation>Тип аннотации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="98"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="99"/>
        <source>Language of the text</source>
        <translation>Язык текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="100"/>
        <source>Response (position)</source>
        <translation>Ответ (позиция)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="101"/>
        <source>Action category</source>
        <translation>Категория действия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="102"/>
        <source>Needs parliament</source>
        <translation>Требует участия парламента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="103"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="104"/>
        <location filename="../../desktop/ui/audit_fields.py" line="105"/>
        <location filename="../../desktop/ui/audit_fields.py" line="188"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="106"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="107"/>
        <location filename="../../desktop/ui/audit_fields.py" line="189"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="108"/>
        <source>Reference as sorted</source>
        <translation>Номер для сортировки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="109"/>
        <source>Reference as compared</source>
        <translation>Номер для сравнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="110"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="111"/>
        <source>Title in Chinese</source>
        <translation>Заголовок на китайском</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="112"/>
        <source>Start of the period</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="113"/>
        <source>End of the period</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="114"/>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="115"/>
        <source>Decision adopting it</source>
        <translation>Решение о принятии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="116"/>
        <source>National plan it belongs to</source>
        <translation>Национальный план, к которому относится</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="117"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="118"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="119"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="120"/>
        <location filename="../../desktop/ui/audit_fields.py" line="121"/>
        <source>Focal point</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="122"/>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="123"/>
        <location filename="../../desktop/ui/audit_fields.py" line="124"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="125"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="47"/>
        <location filename="../../desktop/ui/audit_fields.py" line="126"/>
        <source>Sent</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="127"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="48"/>
        <location filename="../../desktop/ui/audit_fields.py" line="128"/>
        <source>Returned</source>
        <translation>Возвращена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="129"/>
        <source>Returned file fingerprint (SHA-256)</source>
        <translation>Отпечаток возвращённого файла (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="130"/>
        <source>Changes applied</source>
        <translation>Применённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="131"/>
        <location filename="../../desktop/ui/audit_fields.py" line="132"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="133"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="134"/>
        <source>Estimated cost</source>
        <translation>Сметная стоимость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="135"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="136"/>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="137"/>
        <source>Within the existing budget</source>
        <translation>В рамках существующего бюджета</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="138"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="139"/>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="140"/>
        <source>Baseline year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="141"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="142"/>
        <source>Target year</source>
        <translation>Целевой год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="143"/>
        <source>Source of the data</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="144"/>
        <source>Reporting frequency</source>
        <translation>Периодичность отчётности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="145"/>
        <source>Agency providing the data</source>
        <translation>Ведомство, предоставляющее данные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="147"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="148"/>
        <source>Affected persons</source>
        <translation>Затрагиваемые группы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="149"/>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="150"/>
        <source>SDG goals</source>
        <translation>Цели в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="151"/>
        <source>UPR Info issues</source>
        <translation>Темы UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="152"/>
        <source>Recommending States</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="153"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="154"/>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="155"/>
        <source>New records</source>
        <translation>Новые записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="156"/>
        <source>Records updated</source>
        <translation>Обновлённые записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="157"/>
        <source>Rows refused</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="158"/>
        <source>Items applied</source>
        <translation>Применённые элементы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="165"/>
        <location filename="../../desktop/ui/audit_fields.py" line="187"/>
        <source>Implementation status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="166"/>
        <source>Action status</source>
        <translation>Статус меры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="167"/>
        <source>Plan status</source>
        <translation>Статус плана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="168"/>
        <source>Form status</source>
        <translation>Статус формы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="169"/>
        <source>Type of agency</source>
        <translation>Тип ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="170"/>
        <source>Type of mechanism</source>
        <translation>Тип механизма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="171"/>
        <source>Type of indicator</source>
        <translation>Тип показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="172"/>
        <source>Kind of consultation</source>
        <translation>Вид консультации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="173"/>
        <location filename="../../desktop/ui/audit_fields.py" line="202"/>
        <source>Lead or supporting</source>
        <translation>Ведущее или содействующее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="174"/>
        <source>Agency of the focal point</source>
        <translation>Ведомство контактного лица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="175"/>
        <source>Source of the figure</source>
        <translation>Источник значения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="176"/>
        <source>Setting&apos;s value</source>
        <translation>Значение параметра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="177"/>
        <source>Rows in the form</source>
        <translation>Строк в форме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="178"/>
        <source>Form file</source>
        <translation>Файл формы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="179"/>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="191"/>
        <source>Themes added</source>
        <translation>Добавленные темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="192"/>
        <source>SDG targets added</source>
        <translation>Добавленные задачи ЦУР</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="73"/>
        <source>UHRI export</source>
        <translation>Выгрузка УИПЧ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="74"/>
        <source>UPR Info database</source>
        <translation>База данных UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="75"/>
        <source>OHCHR thematic list</source>
        <translation>Тематический перечень УВКПЧ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="76"/>
        <source>Spreadsheet with chosen columns</source>
        <translation>Таблица с выбранными столбцами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="83"/>
        <source>Lead</source>
        <translation>Ведущее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="84"/>
        <source>Supporting</source>
        <translation>Содействующее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="100"/>
        <source>Universal Periodic Review</source>
        <translation>Универсальный периодический обзор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="101"/>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="102"/>
        <source>Special procedure</source>
        <translation>Специальная процедура</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="103"/>
        <source>Regional mechanism</source>
        <translation>Региональный механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="104"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="306"/>
        <source>no. %1 (since deleted)</source>
        <translation>№ %1 (впоследствии удалён)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="25"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="26"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="27"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="28"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="29"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="30"/>
        <source>Bulk change</source>
        <translation>Групповое изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="31"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="32"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="33"/>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="34"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="35"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="36"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="70"/>
        <source>Implementation plan report</source>
        <translation>Доклад о плане выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="71"/>
        <source>Consolidated status report</source>
        <translation>Сводный доклад о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="72"/>
        <source>Agency brief</source>
        <translation>Справка для ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="73"/>
        <source>Register list</source>
        <translation>Список реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="78"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="79"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="80"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="81"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="82"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="83"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="84"/>
        <source>Measurement</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="85"/>
        <source>Progress update</source>
        <translation>Сведения о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="86"/>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="87"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="88"/>
        <source>Reporting deadline</source>
        <translation>Срок представления доклада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="89"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="90"/>
        <source>Agency form</source>
        <translation>Форма ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="91"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="92"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="93"/>
        <source>Agency assignment</source>
        <translation>Поручение ведомству</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="94"/>
        <source>Focal point</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="95"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="96"/>
        <source>Document context paragraph</source>
        <translation>Пункт контекста документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="97"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="98"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="99"/>
        <source>Other name of a country</source>
        <translation>Другое название страны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="100"/>
        <source>SDG goal</source>
        <translation>Цель в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="101"/>
        <source>SDG target</source>
        <translation>Задача ЦУР</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="102"/>
        <source>Affected persons</source>
        <translation>Затрагиваемые группы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="103"/>
        <source>UPR Info issue</source>
        <translation>Тема UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="104"/>
        <source>Saved view</source>
        <translation>Сохранённое представление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="105"/>
        <source>Form signing key</source>
        <translation>Ключ подписи форм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="106"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="107"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="108"/>
        <source>Activity</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="109"/>
        <source>Cluster of an action</source>
        <translation>Кластер меры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="110"/>
        <source>Recommendation of an action</source>
        <translation>Рекомендация меры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="111"/>
        <source>Agency at a consultation</source>
        <translation>Ведомство на консультации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="112"/>
        <source>Recommendation discussed at a consultation</source>
        <translation>Рекомендация, обсуждённая на консультации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="115"/>
        <source>Recommendation of a report</source>
        <translation>Рекомендация доклада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="116"/>
        <source>Recommendation in a plan</source>
        <translation>Рекомендация в плане</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="117"/>
        <source>Affected persons of a recommendation</source>
        <translation>Затрагиваемые группы рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="120"/>
        <source>Recommending State of a recommendation</source>
        <translation>Рекомендующее государство рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="123"/>
        <source>SDG goal of a recommendation</source>
        <translation>Цель в области устойчивого развития рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="124"/>
        <source>SDG target of a recommendation</source>
        <translation>Задача ЦУР рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="125"/>
        <source>Theme of a recommendation</source>
        <translation>Тема рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="126"/>
        <source>UPR Info issue of a recommendation</source>
        <translation>Тема UPR Info рекомендации</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="239"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="242"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>выбрана %Ln</numerusform>
            <numerusform>выбрано %Ln</numerusform>
            <numerusform>выбрано %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="247"/>
        <source>%1 (%Ln entries)</source>
        <translation>
            <numerusform>%1 (%Ln запись)</numerusform>
            <numerusform>%1 (%Ln записи)</numerusform>
            <numerusform>%1 (%Ln записей)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="248"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (%Ln строка)</numerusform>
            <numerusform>%1 (%Ln строки)</numerusform>
            <numerusform>%1 (%Ln строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="253"/>
        <source>Priority set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Приоритет задан для %Ln рекомендации</numerusform>
            <numerusform>Приоритет задан для %Ln рекомендаций</numerusform>
            <numerusform>Приоритет задан для %Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="254"/>
        <source>Implementation status set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Статус выполнения задан для %Ln рекомендации</numerusform>
            <numerusform>Статус выполнения задан для %Ln рекомендаций</numerusform>
            <numerusform>Статус выполнения задан для %Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="255"/>
        <source>Cluster set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>Кластер задан для %Ln рекомендации</numerusform>
            <numerusform>Кластер задан для %Ln рекомендаций</numerusform>
            <numerusform>Кластер задан для %Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="256"/>
        <source>%Ln recommendation(s) archived or restored</source>
        <translation>
            <numerusform>%Ln рекомендация архивирована или восстановлена</numerusform>
            <numerusform>%Ln рекомендации архивированы или восстановлены</numerusform>
            <numerusform>%Ln рекомендаций архивированы или восстановлены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="257"/>
        <source>Agency assigned to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Ведомство назначено для %Ln рекомендации</numerusform>
            <numerusform>Ведомство назначено для %Ln рекомендаций</numerusform>
            <numerusform>Ведомство назначено для %Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="258"/>
        <source>Themes added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Темы добавлены для %Ln рекомендации</numerusform>
            <numerusform>Темы добавлены для %Ln рекомендаций</numerusform>
            <numerusform>Темы добавлены для %Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="259"/>
        <source>SDG targets added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>Задачи ЦУР добавлены для %Ln рекомендации</numerusform>
            <numerusform>Задачи ЦУР добавлены для %Ln рекомендаций</numerusform>
            <numerusform>Задачи ЦУР добавлены для %Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="261"/>
        <source>%Ln recommendation(s) changed</source>
        <translation>
            <numerusform>%Ln рекомендация изменена</numerusform>
            <numerusform>%Ln рекомендации изменены</numerusform>
            <numerusform>%Ln рекомендаций изменены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="136"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="138"/>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="144"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="145"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="146"/>
        <source>Agency focal point</source>
        <translation>Контактное лицо ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="147"/>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="54"/>
        <source>Bulk actions</source>
        <translation>Групповые операции</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="55"/>
        <source>Set implementation status</source>
        <translation>Задать статус выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="58"/>
        <source>Set priority</source>
        <translation>Задать приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="61"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="62"/>
        <source>Put in cluster</source>
        <translation>Включить в кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="65"/>
        <source>(no cluster)</source>
        <translation>(без кластера)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="67"/>
        <source>Assign lead agency</source>
        <translation>Назначить головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="68"/>
        <source>Assign supporting agency</source>
        <translation>Назначить содействующее ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="74"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="75"/>
        <source>Undo the last bulk action</source>
        <translation>Отменить последнюю групповую операцию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="89"/>
        <source>Select recommendations first.</source>
        <translation>Сначала выберите рекомендации.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="102"/>
        <source>Changing {count} recommendations…</source>
        <translation>Изменение рекомендаций ({count})…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="112"/>
        <source>Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.</source>
        <translation>Изменено рекомендаций: {changed} из {selected}. Ctrl+Z отменяет изменение.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="104"/>
        <location filename="../../desktop/ui/views/register_bulk.py" line="119"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="121"/>
        <source>Bulk action failed</source>
        <translation>Групповая операция не выполнена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="122"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="127"/>
        <source>There is no bulk action to undo.</source>
        <translation>Нет групповой операции для отмены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="137"/>
        <source>Undone: {count} recommendations as they were.</source>
        <translation>Отменено: рекомендации ({count}) возвращены в прежнее состояние.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="76"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="77"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="78"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="79"/>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="80"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="81"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="124"/>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="82"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="101"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="102"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="103"/>
        <source>Mark submitted…</source>
        <translation>Отметить как представленный…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="104"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="105"/>
        <source>Show the recommendations covered</source>
        <translation>Показать охватываемые рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="111"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="275"/>
        <location filename="../../desktop/ui/views/pages.py" line="152"/>
        <source>Reporting calendar</source>
        <translation>График докладов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="115"/>
        <source>Reports due to the UPR, the treaty bodies and other mechanisms: when each is due, whether it went in, and the recommendations it must cover.</source>
        <translation>Доклады, представляемые в рамках УПО, договорным органам и другим механизмам: срок каждого доклада, представлен ли он и какие рекомендации должен охватывать.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="121"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="122"/>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="123"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="144"/>
        <source>{n} days late</source>
        <translation>Просрочка (дней): {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="183"/>
        <source>{overdue} overdue · {upcoming} due in the next {days} days</source>
        <translation>Просрочено: {overdue} · срок в ближайшие {days} дн.: {upcoming}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="191"/>
        <source>next due {date}</source>
        <translation>следующий срок {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="194"/>
        <source>No reporting deadline yet: use New… to add one.</source>
        <translation>Сроков представления докладов ещё нет: добавьте срок кнопкой «Создать…».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="198"/>
        <source>Select one deadline.</source>
        <translation>Выберите один срок.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="220"/>
        <source>Mark submitted</source>
        <translation>Отметить как представленный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="232"/>
        <source>Submitted on:</source>
        <translation>Дата представления:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="253"/>
        <source>Select the deadlines to delete.</source>
        <translation>Выберите сроки для удаления.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="257"/>
        <source>Delete deadlines</source>
        <translation>Удаление сроков</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="258"/>
        <source>Delete {titles}? The recommendations stay in the register.</source>
        <translation>Удалить {titles}? Рекомендации останутся в реестре.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="69"/>
        <source>Type to narrow the list</source>
        <translation>Введите текст, чтобы сузить список</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="70"/>
        <source>Enter ticks the values shown</source>
        <translation>Enter отмечает показанные значения</translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesActions</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="100"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="105"/>
        <source>Select one cluster to set its agencies.</source>
        <translation>Выберите один кластер, чтобы задать его ведомства.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="133"/>
        <source>The agencies of “{cluster}” are saved.</source>
        <translation>Ведомства кластера «{cluster}» сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="139"/>
        <source>Select one cluster to assign its agencies.</source>
        <translation>Выберите один кластер, чтобы назначить его ведомства.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="144"/>
        <source>“{cluster}” has no agencies yet: set them first.</source>
        <translation>У кластера «{cluster}» ещё нет ведомств: сначала задайте их.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="159"/>
        <source>The %Ln recommendation(s) of “{cluster}” already have its agencies.</source>
        <translation>
            <numerusform>%Ln рекомендация кластера «{cluster}» уже имеет его ведомства.</numerusform>
            <numerusform>%Ln рекомендации кластера «{cluster}» уже имеют его ведомства.</numerusform>
            <numerusform>%Ln рекомендаций кластера «{cluster}» уже имеют его ведомства.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="167"/>
        <source>Assign {agencies} to the recommendations of “{cluster}”?</source>
        <translation>Назначить {agencies} рекомендациям кластера «{cluster}»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="171"/>
        <source>%Ln recommendation(s) will change</source>
        <translation>
            <numerusform>Изменится %Ln рекомендация</numerusform>
            <numerusform>Изменятся %Ln рекомендации</numerusform>
            <numerusform>Изменится %Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="173"/>
        <source>(of %Ln in the cluster).</source>
        <translation>
            <numerusform>(из %Ln в кластере).</numerusform>
            <numerusform>(из %Ln в кластере).</numerusform>
            <numerusform>(из %Ln в кластере).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="175"/>
        <source>The agencies they already have stay.</source>
        <translation>Уже назначенные им ведомства сохраняются.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="177"/>
        <source>Assign the cluster&apos;s agencies</source>
        <translation>Назначение ведомств кластера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="193"/>
        <source>%Ln recommendation(s) of “{cluster}” now have its agencies.</source>
        <translation>
            <numerusform>%Ln рекомендация кластера «{cluster}» теперь имеет его ведомства.</numerusform>
            <numerusform>%Ln рекомендации кластера «{cluster}» теперь имеют его ведомства.</numerusform>
            <numerusform>%Ln рекомендаций кластера «{cluster}» теперь имеют его ведомства.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="212"/>
        <source>Undone: %Ln recommendation(s) have their agencies back.</source>
        <translation>
            <numerusform>Отменено: у %Ln рекомендации восстановлены прежние ведомства.</numerusform>
            <numerusform>Отменено: у %Ln рекомендаций восстановлены прежние ведомства.</numerusform>
            <numerusform>Отменено: у %Ln рекомендаций восстановлены прежние ведомства.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="51"/>
        <source>Agencies of “{cluster}”</source>
        <translation>Ведомства кластера «{cluster}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="54"/>
        <source>Actions proposed for this cluster in a new plan are led by its lead agency and supported by its supporting agencies.</source>
        <translation>Мероприятия, предлагаемые для этого кластера в новом плане, возглавляет его головное ведомство при поддержке содействующих ведомств.</translation>
    </message>
</context>
<context>
    <name>ClusterPriorityDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="28"/>
        <source>Priority of “{cluster}”</source>
        <translation>Приоритет кластера «{cluster}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="38"/>
        <source>Why: e.g. the next review, the budget cycle, the gravity of the situation</source>
        <translation>Обоснование: например, следующий обзор, бюджетный цикл, серьёзность ситуации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="41"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="42"/>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="44"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="45"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="46"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="47"/>
        <source>Lead agency</source>
        <translation>Головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Supporting agencies</source>
        <translation>Содействующие ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="61"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="68"/>
        <source>Lead and supporting agencies…</source>
        <translation>Головные и содействующие ведомства…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="71"/>
        <source>Assign the cluster&apos;s agencies to its recommendations…</source>
        <translation>Назначить ведомства кластера его рекомендациям…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="73"/>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="78"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="80"/>
        <source>Priority…</source>
        <translation>Приоритет…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="86"/>
        <source>Merge selected…</source>
        <translation>Объединить выбранные…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="87"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="88"/>
        <source>Show in the register</source>
        <translation>Показать в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="94"/>
        <location filename="../../desktop/ui/views/pages.py" line="135"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="97"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation>Тематические кластеры, объединяющие рекомендации для планирования и отчётности.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <source>New cluster</source>
        <translation>Новый кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="134"/>
        <source>Select one cluster to rename.</source>
        <translation>Выберите один кластер для переименования.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Rename cluster</source>
        <translation>Переименование кластера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="156"/>
        <source>Select one cluster to prioritise.</source>
        <translation>Выберите один кластер для назначения приоритета.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="177"/>
        <source>Select two or more clusters to merge.</source>
        <translation>Выберите два кластера или больше для объединения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="182"/>
        <source>Merge clusters</source>
        <translation>Объединение кластеров</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="183"/>
        <source>Keep this one; the others join it:</source>
        <translation>Оставить этот элемент; остальные присоединяются к нему:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="201"/>
        <source>Delete clusters</source>
        <translation>Удаление кластеров</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="203"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation>Удалить {names}? Их рекомендации останутся в реестре без кластера.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>Edit consultation</source>
        <translation>Изменение консультации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>New consultation</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="107"/>
        <source>Date held:</source>
        <translation>Дата проведения:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="108"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="109"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="112"/>
        <source>Type to narrow the list</source>
        <translation>Введите текст, чтобы сузить список</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="120"/>
        <source>Organisations not in the agency directory</source>
        <translation>Организации, отсутствующие в справочнике ведомств</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="122"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="124"/>
        <source>Agencies present:</source>
        <translation>Присутствующие ведомства:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="127"/>
        <source>Other participants:</source>
        <translation>Другие участники:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="131"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="141"/>
        <source>Reference or words</source>
        <translation>Номер или слова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="143"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="168"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="145"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="163"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="170"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="239"/>
        <source>Recommendations discussed ({n})</source>
        <translation>Обсуждённые рекомендации ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="249"/>
        <source>Type a reference or words to find recommendations.</source>
        <translation>Введите номер или слова, чтобы найти рекомендации.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="262"/>
        <source>No recommendation matches.</source>
        <translation>Подходящих рекомендаций нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="278"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="386"/>
        <source>Recommendations discussed</source>
        <translation>Обсуждённые рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="296"/>
        <source>Attach evidence files</source>
        <translation>Приложить подтверждающие файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="305"/>
        <source>Stored when you save: {path}</source>
        <translation>Будет сохранено при записи: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="319"/>
        <source>Select a saved attachment to save a copy of.</source>
        <translation>Выберите сохранённое вложение, копию которого нужно сохранить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="322"/>
        <source>Save a copy</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="328"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="377"/>
        <source>Not saved: changed by someone else.</source>
        <translation>Не сохранено: изменено другим пользователем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="383"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="384"/>
        <source>Date held</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="385"/>
        <source>Agencies present</source>
        <translation>Присутствующие ведомства</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="45"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="46"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="47"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="48"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="49"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="50"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="63"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="64"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="65"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="66"/>
        <source>Show the recommendations discussed</source>
        <translation>Показать обсуждённые рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="72"/>
        <location filename="../../desktop/ui/views/pages.py" line="146"/>
        <source>Consultations</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="76"/>
        <source>Consultations with the national human rights institution, civil society and parliament: who took part, what was discussed, and the evidence.</source>
        <translation>Консультации с национальным правозащитным учреждением, гражданским обществом и парламентом: кто участвовал, что обсуждалось и подтверждающие материалы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="112"/>
        <source>No consultation recorded yet: use New… to record one.</source>
        <translation>Консультации ещё не записаны: запишите консультацию кнопкой «Создать…».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="124"/>
        <source>Select one consultation to edit.</source>
        <translation>Выберите одну консультацию для изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="146"/>
        <source>Select the consultations to delete.</source>
        <translation>Выберите консультации для удаления.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="150"/>
        <source>Delete consultations</source>
        <translation>Удаление консультаций</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="152"/>
        <source>Delete {titles} with their attachments? The recommendations stay in the register.</source>
        <translation>Удалить {titles} вместе с вложениями? Рекомендации останутся в реестре.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="168"/>
        <source>Select one consultation.</source>
        <translation>Выберите одну консультацию.</translation>
    </message>
</context>
<context>
    <name>CostsTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="75"/>
        <source>Lead agency</source>
        <translation>Головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="76"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="77"/>
        <source>Estimated cost</source>
        <translation>Сметная стоимость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="78"/>
        <source>Within existing budget</source>
        <translation>В рамках имеющегося бюджета</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="79"/>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="95"/>
        <source>No lead agency</source>
        <translation>Нет головного ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="100"/>
        <source>no estimate</source>
        <translation>нет оценки</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="120"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="121"/>
        <source>Overdue actions</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="122"/>
        <source>Reports overdue or due soon</source>
        <translation>Просроченные доклады и доклады со скорым сроком</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="123"/>
        <source>Actions without indicators</source>
        <translation>Мероприятия без показателей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="124"/>
        <source>Recommendations without a lead agency</source>
        <translation>Рекомендации без головного ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="125"/>
        <source>Update forms outstanding</source>
        <translation>Невозвращённые формы для обновления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>By mechanism</source>
        <translation>По механизмам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>Numbers by mechanism</source>
        <translation>Данные по механизмам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>By theme</source>
        <translation>По темам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>Numbers by theme</source>
        <translation>Данные по темам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>By SDG goal</source>
        <translation>По целям в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>Numbers by SDG goal</source>
        <translation>Данные по целям в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>By lead agency</source>
        <translation>По головным ведомствам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>Numbers by lead agency</source>
        <translation>Данные по головным ведомствам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="159"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="161"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="211"/>
        <location filename="../../desktop/ui/views/pages.py" line="159"/>
        <source>Dashboard</source>
        <translation>Сводная панель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="215"/>
        <source>Where implementation stands, what is late and what falls due. Click a number to see those recommendations in the register.</source>
        <translation>Как продвигается выполнение, что просрочено и что наступает. Щёлкните число, чтобы увидеть эти рекомендации в реестре.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="244"/>
        <source>Could not read the dashboard: {error}</source>
        <translation>Не удалось прочитать сводную панель: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/dashboard_page.py" line="259"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>%n с истёкшим сроком</numerusform>
            <numerusform>%n с истёкшим сроком</numerusform>
            <numerusform>%n с истёкшим сроком</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="263"/>
        <source>As on {date}; reports due within {days} days count as due soon.</source>
        <translation>Дата: {date}; доклады со сроком в ближайшие {days} дн. считаются докладами со скорым сроком.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="276"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="302"/>
        <source>The chart shows the {n} largest of {total}; the table lists all.</source>
        <translation>На диаграмме показаны {n} крупнейших из {total}; в таблице перечислены все.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="324"/>
        <source>Show these {n} in the register</source>
        <translation>Показать эти рекомендации ({n}) в реестре</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>Edit deadline</source>
        <translation>Изменение срока</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>New reporting deadline</source>
        <translation>Новый срок представления доклада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="103"/>
        <source>Submitted on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="116"/>
        <source>Mechanism:</source>
        <translation>Механизм:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="117"/>
        <source>Kind of report:</source>
        <translation>Вид доклада:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="118"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="119"/>
        <source>Due date:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="120"/>
        <source>Submitted:</source>
        <translation>Представлен:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="121"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="128"/>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="306"/>
        <source>Recommendations covered</source>
        <translation>Охватываемые рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="131"/>
        <source>The report covers every live recommendation of the documents ticked:</source>
        <translation>Доклад охватывает все действующие рекомендации отмеченных документов:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="187"/>
        <source>{symbol} ({date}): {n} live recommendations</source>
        <translation>{symbol} ({date}): действующих рекомендаций: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="209"/>
        <source>This mechanism has no documents in the register.</source>
        <translation>В реестре нет документов этого механизма.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="240"/>
        <source>{n} recommendations covered</source>
        <translation>Охватываемых рекомендаций: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="243"/>
        <source>(a half-ticked document: only some of its recommendations, chosen one by one)</source>
        <translation>(частично отмеченный документ: только некоторые его рекомендации, выбранные по одной)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="296"/>
        <source>Not saved: changed by someone else.</source>
        <translation>Не сохранено: изменено другим пользователем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="302"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="303"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="304"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="305"/>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
</context>
<context>
    <name>DocumentContextPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/document_context_panel.py" line="77"/>
        <source>%n paragraph(s) of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</source>
        <translation>
            <numerusform>%n пункт того же документа не является рекомендацией (вопросы, вызывающие обеспокоенность, и замечания, позитивные аспекты …). Он нигде не учитывается.</numerusform>
            <numerusform>%n пункта того же документа не являются рекомендациями (вопросы, вызывающие обеспокоенность, и замечания, позитивные аспекты …). Они нигде не учитываются.</numerusform>
            <numerusform>%n пунктов того же документа не являются рекомендациями (вопросы, вызывающие обеспокоенность, и замечания, позитивные аспекты …). Они нигде не учитываются.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/document_context_panel.py" line="85"/>
        <source>The source document has no other paragraphs kept: its import gave only recommendations, or its other types were skipped.</source>
        <translation>Других пунктов исходного документа не сохранено: при импорте были получены только рекомендации или пункты других типов были пропущены.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="36"/>
        <source>a value is required</source>
        <translation>значение обязательно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="37"/>
        <source>longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="38"/>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="39"/>
        <source>a number from {low} to {high}</source>
        <translation>число от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="40"/>
        <source>{value} is not one of the choices</source>
        <translation>{value} нет среди вариантов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="41"/>
        <source>a value chosen no longer exists (deleted or merged meanwhile); choose again</source>
        <translation>выбранное значение больше не существует (тем временем удалено или объединено); выберите снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="44"/>
        <source>ends before it starts</source>
        <translation>окончание раньше начала</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="45"/>
        <source>must be zero or more</source>
        <translation>должно быть не меньше нуля</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="46"/>
        <source>the number is too large</source>
        <translation>слишком большое число</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="47"/>
        <source>has more than two decimals</source>
        <translation>больше двух знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="48"/>
        <source>the currency must be a three-letter ISO code (e.g. USD)</source>
        <translation>валюта должна быть трёхбуквенным кодом ISO (например, USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="51"/>
        <source>an action of an adopted plan needs a lead agency</source>
        <translation>мероприятию принятого плана нужно головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="54"/>
        <source>there is already an agency called {name}</source>
        <translation>ведомство с названием {name} уже существует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="55"/>
        <source>there is already a cluster called {name}</source>
        <translation>кластер с названием {name} уже существует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="56"/>
        <source>someone else changed this cluster&apos;s agencies; reopen them</source>
        <translation>другой пользователь изменил ведомства этого кластера; откройте их заново</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="59"/>
        <source>another plan already has this title</source>
        <translation>другой план уже носит это название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="60"/>
        <source>an agency is listed twice</source>
        <translation>ведомство указано дважды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="61"/>
        <source>{name} is listed twice</source>
        <translation>{name} указано дважды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="62"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} не является адресом электронной почты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="63"/>
        <source>the focal point chosen does not belong to that agency</source>
        <translation>выбранное контактное лицо не относится к этому ведомству</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="66"/>
        <source>choose at least one other to merge into this one</source>
        <translation>выберите хотя бы ещё один элемент для объединения с этим</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="69"/>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="70"/>
        <source>not a file</source>
        <translation>не файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="71"/>
        <source>the file is too large; evidence files may be at most {limit} MB</source>
        <translation>файл слишком велик; подтверждающие материалы могут занимать не более {limit} МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="74"/>
        <source>cannot read the file: {reason}</source>
        <translation>не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="75"/>
        <source>the date cannot be in the future</source>
        <translation>дата не может быть в будущем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="76"/>
        <source>the submission date is in the future; mark the report submitted once it is sent</source>
        <translation>дата представления в будущем; отметьте доклад как представленный после его отправки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="80"/>
        <source>the submission date is more than {years} years before the due date; check the year</source>
        <translation>дата представления более чем на {years} лет раньше срока; проверьте год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="84"/>
        <source>the year must be from {first} to {last}</source>
        <translation>год должен быть от {first} до {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="87"/>
        <source>the value must be a finite number</source>
        <translation>значение должно быть конечным числом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="88"/>
        <source>the value has more than 16 digits before the point</source>
        <translation>в значении больше 16 цифр до запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="91"/>
        <source>the value has more than 4 decimal places</source>
        <translation>в значении больше 4 знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="94"/>
        <source>the target year is before the baseline year</source>
        <translation>целевой год раньше базового года</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="97"/>
        <source>say what happened, change the status or attach evidence</source>
        <translation>опишите, что произошло, измените статус или приложите подтверждающие материалы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="100"/>
        <source>this record no longer exists; someone else deleted or merged it</source>
        <translation>эта запись больше не существует; другой пользователь удалил или объединил её</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="103"/>
        <source>someone else changed this since you opened it; your changes were not saved</source>
        <translation>после того как вы это открыли, другой пользователь внёс изменения; ваши изменения не сохранены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="106"/>
        <source>a record was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>после проверки формы запись в базе данных изменилась; ничего не применено. Проверьте файл снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="111"/>
        <source>{reference} (row {row}) was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>после проверки формы {reference} (строка {row}) изменилась в базе данных; ничего не применено. Проверьте файл снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="116"/>
        <source>the merge cannot be undone: the names were changed since</source>
        <translation>объединение нельзя отменить: названия с тех пор изменились</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="119"/>
        <source>another recommendation of this document already has the reference {reference}</source>
        <translation>у другой рекомендации этого документа уже есть номер {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="122"/>
        <source>an agency cannot both lead and support the same recommendation</source>
        <translation>ведомство не может быть одновременно головным и содействующим по одной рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="125"/>
        <source>this document is not one of that mechanism&apos;s</source>
        <translation>этот документ не относится к этому механизму</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="128"/>
        <source>only archived recommendations can be deleted; archive it first</source>
        <translation>удалять можно только рекомендации из архива; сначала переместите её в архив</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="131"/>
        <source>another program is writing to this database; nothing was changed. Try again in a moment</source>
        <translation>другая программа записывает данные в эту базу; ничего не изменено. Повторите попытку через минуту</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="135"/>
        <source>another user changed the same records at the same moment; nothing was changed. Try again</source>
        <translation>другой пользователь одновременно изменил те же записи; ничего не изменено. Повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="139"/>
        <source>another program has this database open; close NMRF Desk everywhere it uses this database, then restore. Nothing was changed</source>
        <translation>эта база данных открыта другой программой; закройте NMRF Desk везде, где он использует эту базу, затем выполните восстановление. Ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="144"/>
        <source>the database is open read-only; nothing was changed</source>
        <translation>база данных открыта только для чтения; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="147"/>
        <source>the database&apos;s folder is read-only; nothing was changed</source>
        <translation>папка базы данных доступна только для чтения; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="150"/>
        <source>this database is read-only and was made by an earlier version of NMRF Desk: it must be upgraded, which cannot be done here. Copy it to a folder you can write to, or ask for write access</source>
        <translation>эта база данных доступна только для чтения и создана более ранней версией NMRF Desk: её нужно обновить, а здесь это невозможно. Скопируйте её в папку, доступную для записи, или запросите право записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="156"/>
        <source>the database is read-only, and changes not yet folded into the file cannot be read here; copy the folder somewhere you can write to</source>
        <translation>база данных доступна только для чтения, а изменения, ещё не перенесённые в файл, здесь прочитать нельзя; скопируйте папку туда, где есть право записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="161"/>
        <source>the disk is full; nothing was changed. Free some space and try again</source>
        <translation>диск заполнен; ничего не изменено. Освободите место и повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="164"/>
        <source>{login} is not a user of this database: you may read only</source>
        <translation>{login} не является пользователем этой базы данных: доступно только чтение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="167"/>
        <source>{login} ({role}): only an administrator may do this</source>
        <translation>{login} ({role}): это может делать только администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="170"/>
        <source>{login} ({role}): only an administrator may delete for good; archive it instead</source>
        <translation>{login} ({role}): удалять безвозвратно может только администратор; вместо этого переместите в архив</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="173"/>
        <source>{login} ({role}): readers may read, search, export and make reports</source>
        <translation>{login} ({role}): читатели могут читать, искать, экспортировать и готовить доклады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="176"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations</source>
        <translation>{login} ({role}): контактные лица вносят ход выполнения, подтверждающие материалы, измерения, а также статус и даты мероприятий и рекомендаций своего ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="181"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations (not {fields})</source>
        <translation>{login} ({role}): контактные лица вносят ход выполнения, подтверждающие материалы, измерения, а также статус и даты мероприятий и рекомендаций своего ведомства (но не {fields})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="186"/>
        <source>{login} ({role}): this is not the work of their agency</source>
        <translation>{login} ({role}): это не работа его ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="264"/>
        <source>Not allowed: {reason}; nothing was changed</source>
        <translation>Не разрешено: {reason}; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="288"/>
        <source>{file}, row {row}</source>
        <translation>{file}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="290"/>
        <source>{file}, column &quot;{column}&quot;</source>
        <translation>{file}, столбец «{column}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="292"/>
        <source>{file}, row {row}, column &quot;{column}&quot;</source>
        <translation>{file}, строка {row}, столбец «{column}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="302"/>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="12"/>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>это не книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="13"/>
        <location filename="../../desktop/ui/error_text_import.py" line="65"/>
        <source>the file is an Office package but not an Excel workbook</source>
        <translation>файл является пакетом Office, но не книгой Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="16"/>
        <source>the workbook is not an update form made by NMRF Desk (it has no manifest)</source>
        <translation>книга не является формой для обновления, созданной в NMRF Desk (в ней нет манифеста)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="19"/>
        <source>the workbook is not an update form made by NMRF Desk</source>
        <translation>книга не является формой для обновления, созданной в NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="22"/>
        <source>the form&apos;s hidden manifest is damaged ({reason})</source>
        <translation>скрытый манифест формы повреждён ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="25"/>
        <location filename="../../desktop/ui/error_text_import.py" line="82"/>
        <source>the workbook is damaged ({reason})</source>
        <translation>книга повреждена ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="26"/>
        <source>the workbook has no sheet “{sheet}”</source>
        <translation>в книге нет листа «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="27"/>
        <source>the form&apos;s signature does not match: it was made from another database, or its hidden manifest was changed; nothing was read from it</source>
        <translation>подпись формы не совпадает: форма создана из другой базы данных или её скрытый манифест изменён; из неё ничего не прочитано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="32"/>
        <source>this form&apos;s record is no longer in the database (deleted?)</source>
        <translation>записи об этой форме больше нет в базе данных (удалена?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="35"/>
        <source>the form names another agency than the one it was sent to</source>
        <translation>в форме указано не то ведомство, которому она была отправлена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="38"/>
        <source>a row the form did not have (rows cannot be added)</source>
        <translation>строка, которой не было в форме (добавлять строки нельзя)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="41"/>
        <source>a read-only cell was changed; the row is not taken in</source>
        <translation>изменена ячейка, доступная только для чтения; строка не принимается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="44"/>
        <source>the recommendation is no longer in the register</source>
        <translation>рекомендации больше нет в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="47"/>
        <source>the action is no longer in the register</source>
        <translation>мероприятия больше нет в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="48"/>
        <source>the indicator is no longer in the register</source>
        <translation>показателя больше нет в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="51"/>
        <source>the recommendation is not assigned to {agency}</source>
        <translation>рекомендация не назначена ведомству {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="54"/>
        <source>the action is not assigned to {agency}</source>
        <translation>мероприятие не назначено ведомству {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="57"/>
        <source>the indicator is not assigned to {agency}</source>
        <translation>показатель не назначен ведомству {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="60"/>
        <source>the cell holds a formula error ({value})</source>
        <translation>в ячейке ошибка формулы ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="61"/>
        <source>“{value}” is not a status of the list ({choices})</source>
        <translation>«{value}» — не статус из списка ({choices})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="64"/>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="65"/>
        <source>“{value}” is not a number within range</source>
        <translation>«{value}» — не число из допустимого диапазона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="68"/>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="69"/>
        <source>{date} is in the future</source>
        <translation>{date} — дата в будущем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="70"/>
        <source>{date} is too early</source>
        <translation>{date} — слишком ранняя дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="71"/>
        <source>give the value (a date or source alone is not taken in)</source>
        <translation>укажите значение (одна лишь дата или источник не принимаются)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="74"/>
        <source>give the date of the value</source>
        <translation>укажите дату значения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="75"/>
        <source>there is no form language {language} (one of {languages})</source>
        <translation>языка формы {language} нет (допустимые: {languages})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="78"/>
        <source>the deadline is already past</source>
        <translation>срок уже истёк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="79"/>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="80"/>
        <source>you may not write in this folder; choose another</source>
        <translation>у вас нет права записи в эту папку; выберите другую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="83"/>
        <source>the disk is full; free some space and try again</source>
        <translation>диск заполнен; освободите место и повторите попытку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="86"/>
        <source>cannot write the file: {reason}</source>
        <translation>не удаётся записать файл: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="105"/>
        <source>longer than %Ln character(s) (it has {length})</source>
        <translation>
            <numerusform>длиннее %Ln символа (в тексте {length})</numerusform>
            <numerusform>длиннее %Ln символов (в тексте {length})</numerusform>
            <numerusform>длиннее %Ln символов (в тексте {length})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="108"/>
        <source>%Ln item(s) not in the review: {items}</source>
        <translation>
            <numerusform>%Ln элемент отсутствует в проверке: {items}</numerusform>
            <numerusform>%Ln элемента отсутствуют в проверке: {items}</numerusform>
            <numerusform>%Ln элементов отсутствуют в проверке: {items}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="15"/>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="16"/>
        <source>the file cannot be read ({reason})</source>
        <translation>не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="17"/>
        <source>this is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="18"/>
        <source>the file is {size_mb} MB; files over {limit_mb} MB are not imported</source>
        <translation>размер файла — {size_mb} МБ; файлы больше {limit_mb} МБ не импортируются</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="21"/>
        <source>this is {kind}, not a file that can be imported</source>
        <translation>это {kind}, а не файл, который можно импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="24"/>
        <source>this Word document holds no OHCHR thematic list of recommendations (a table whose first row reads Recommendation | Position | …)</source>
        <translation>этот документ Word не содержит тематического перечня рекомендаций УВКПЧ (таблицы, первая строка которой гласит Recommendation | Position | …)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="29"/>
        <source>this zip file is neither an Excel workbook nor a Word document</source>
        <translation>этот zip-файл не является ни книгой Excel, ни документом Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="32"/>
        <source>this is neither a spreadsheet (XLSX or CSV with column headers) nor an OHCHR thematic list; it cannot be imported</source>
        <translation>это не электронная таблица (XLSX или CSV с заголовками столбцов) и не тематический перечень УВКПЧ; импортировать его нельзя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="37"/>
        <source>this spreadsheet is in no official format: import it with a column mapping</source>
        <translation>эта электронная таблица не соответствует ни одному официальному формату: импортируйте её с сопоставлением столбцов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="40"/>
        <source>the file holds no recommendations</source>
        <translation>в файле нет рекомендаций</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="41"/>
        <source>the import could not be written, nothing was changed ({reason})</source>
        <translation>не удалось записать импорт, ничего не изменено ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="45"/>
        <source>the file is damaged or truncated and cannot be opened ({reason})</source>
        <translation>файл повреждён или обрезан и не может быть открыт ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="48"/>
        <source>the file uses an unsupported compression ({reason})</source>
        <translation>в файле используется неподдерживаемый метод сжатия ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="51"/>
        <source>the file unpacks to more than {limit_gb} GB (a zip bomb?); not imported</source>
        <translation>в распакованном виде файл занимает более {limit_gb} ГБ (zip-бомба?); файл не импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="54"/>
        <source>the part {part} is compressed {ratio} to 1 (a zip bomb?); not imported</source>
        <translation>часть {part} сжата с коэффициентом {ratio} к 1 (zip-бомба?); файл не импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="57"/>
        <source>the part {part} declares XML entities or is not XML; Office documents never do, so it is not imported</source>
        <translation>часть {part} объявляет сущности XML или не является XML; в документах Office такого не бывает, поэтому файл не импортирован</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="62"/>
        <source>the file is not a valid Office document (it is not a zip package)</source>
        <translation>файл не является допустимым документом Office (это не zip-пакет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="69"/>
        <source>the text is not valid {encoding} at byte {byte}</source>
        <translation>текст не соответствует кодировке {encoding} в байте {byte}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="72"/>
        <source>the file holds binary data, not text</source>
        <translation>файл содержит двоичные данные, а не текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="73"/>
        <source>the file&apos;s character encoding cannot be recognised</source>
        <translation>не удаётся распознать кодировку символов файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="76"/>
        <source>the CSV cannot be read: {reason}</source>
        <translation>не удаётся прочитать CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="78"/>
        <source>the file has no rows</source>
        <translation>в файле нет строк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="79"/>
        <source>the workbook has no sheet</source>
        <translation>в книге нет листов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="80"/>
        <source>the workbook has no sheet &quot;{sheet}&quot;</source>
        <translation>в книге нет листа «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="81"/>
        <source>the sheet has no rows</source>
        <translation>на листе нет строк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="83"/>
        <source>the sheet is damaged ({reason})</source>
        <translation>лист повреждён ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="84"/>
        <source>the first row has no column headers</source>
        <translation>в первой строке нет заголовков столбцов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="85"/>
        <source>the column header &quot;{header}&quot; appears twice</source>
        <translation>заголовок столбца «{header}» встречается дважды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="88"/>
        <source>this is not {kind}: the columns {names} are missing</source>
        <translation>это не {kind}: отсутствуют столбцы {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="91"/>
        <source>the mapping names columns this file does not have: {names}</source>
        <translation>в сопоставлении указаны столбцы, которых нет в этом файле: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="95"/>
        <source>the file is an Excel workbook and another kind of spreadsheet (OpenDocument or XLSB) at once; it is not read</source>
        <translation>файл одновременно является книгой Excel и электронной таблицей другого типа (OpenDocument или XLSB); он не читается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="100"/>
        <source>the workbook is damaged (the sheet &quot;{sheet}&quot; has no part)</source>
        <translation>книга повреждена (у листа «{sheet}» нет части)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="103"/>
        <source>the workbook is damaged (it holds the part {part} twice)</source>
        <translation>книга повреждена (часть {part} содержится в ней дважды)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="106"/>
        <source>the workbook is damaged (its part {part} is over {limit_mb} MB)</source>
        <translation>книга повреждена (её часть {part} больше {limit_mb} МБ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="109"/>
        <source>the workbook is damaged (its part {part} names parts with character references)</source>
        <translation>книга повреждена (её часть {part} указывает части с помощью ссылок на символы)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="112"/>
        <source>the workbook is damaged (its part {part} is not well-formed XML: {reason})</source>
        <translation>книга повреждена (её часть {part} не является правильно сформированным XML: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="115"/>
        <source>the workbook is damaged (it has no package relationships)</source>
        <translation>книга повреждена (в ней нет связей пакета)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="118"/>
        <source>the workbook is damaged (it names no workbook part)</source>
        <translation>книга повреждена (в ней не указана часть книги)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="121"/>
        <source>the workbook is damaged (it has no workbook relationships)</source>
        <translation>книга повреждена (в ней нет связей книги)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="124"/>
        <source>the workbook is damaged (a sheet has no part)</source>
        <translation>книга повреждена (у одного из листов нет части)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="127"/>
        <source>the sheet &quot;{sheet}&quot; is damaged: &quot;{reference}&quot; is not a cell reference</source>
        <translation>лист «{sheet}» повреждён: «{reference}» — не ссылка на ячейку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="130"/>
        <source>the sheet &quot;{sheet}&quot; is damaged (its XML is not well-formed: {reason})</source>
        <translation>лист «{sheet}» повреждён (его XML сформирован неправильно: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="133"/>
        <source>the sheet &quot;{sheet}&quot; has a value in cell {cell}, beyond the last row ({rows}) or column ({column}) a spreadsheet can have</source>
        <translation>на листе «{sheet}» есть значение в ячейке {cell}, за пределами последней строки ({rows}) или последнего столбца ({column}), возможных в электронной таблице</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="139"/>
        <source>this is an old Word .doc file; open it in Word and save it as .docx</source>
        <translation>это старый файл Word .doc; откройте его в Word и сохраните как .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="142"/>
        <source>the file is not a Word document or is damaged ({reason})</source>
        <translation>файл не является документом Word или повреждён ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="145"/>
        <source>the document has no table; expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle)</source>
        <translation>в документе нет таблиц; ожидалась таблица с заголовком «{header_2_3}» (второй и третий циклы) или «{header_4}» (четвёртый цикл)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="150"/>
        <source>this is not an OHCHR thematic list of recommendations: expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle), not &quot;{first}&quot;</source>
        <translation>это не тематический перечень рекомендаций УВКПЧ: ожидалась таблица с заголовком «{header_2_3}» (второй и третий циклы) или «{header_4}» (четвёртый цикл), а не «{first}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="156"/>
        <source>the recommendation text is empty</source>
        <translation>текст рекомендации пуст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="157"/>
        <source>the mechanism is empty</source>
        <translation>механизм не указан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="158"/>
        <source>the recommending body is empty</source>
        <translation>автор рекомендации не указан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="159"/>
        <source>&quot;{value}&quot; is not an annotation id</source>
        <translation>«{value}» — не идентификатор аннотации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="160"/>
        <source>the same annotation id as row {first_row}</source>
        <translation>тот же идентификатор аннотации, что и в строке {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="163"/>
        <source>the position &quot;{value}&quot; is not known</source>
        <translation>позиция «{value}» неизвестна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="164"/>
        <source>the position &quot;{value}&quot; is not recognised (expected Supported, Supported in part, Noted or Pending)</source>
        <translation>позиция «{value}» не распознана (ожидается Supported, Supported in part, Noted или Pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="169"/>
        <source>the response &quot;{value}&quot; is not known</source>
        <translation>ответ «{value}» неизвестен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="170"/>
        <source>the action category &quot;{value}&quot; is not 1–5</source>
        <translation>категория действия «{value}» — не число от 1 до 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="173"/>
        <source>the cycle &quot;{value}&quot; is not a number 1–9</source>
        <translation>цикл «{value}» — не число от 1 до 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="176"/>
        <source>&quot;{value}&quot; is not one of: {choices}</source>
        <translation>«{value}» — не одно из значений: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="177"/>
        <source>&quot;{value}&quot; is neither yes nor no</source>
        <translation>«{value}» — ни «да», ни «нет»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="178"/>
        <source>the same recommendation as row {first_row}</source>
        <translation>та же рекомендация, что и в строке {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="179"/>
        <source>the same recommendation as an earlier row of the file</source>
        <translation>та же рекомендация, что и в одной из предыдущих строк файла</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="182"/>
        <source>a theme is longer than 300 characters</source>
        <translation>тема длиннее 300 символов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="183"/>
        <source>no paragraph number at the start of the recommendation</source>
        <translation>в начале рекомендации нет номера пункта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="186"/>
        <source>paragraph {paragraph} has no recommendation text</source>
        <translation>в пункте {paragraph} нет текста рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="189"/>
        <source>paragraph {paragraph} appears twice with different texts (first at row {first_row})</source>
        <translation>пункт {paragraph} встречается дважды с разными текстами (впервые в строке {first_row})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="194"/>
        <source>give the mapping a name</source>
        <translation>дайте сопоставлению имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="195"/>
        <source>choose the column that holds the text</source>
        <translation>выберите столбец с текстом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="196"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>выберите столбец с механизмом или один механизм для всех строк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="199"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>это имя принадлежит встроенному сопоставлению</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="200"/>
        <source>the mapping name is too long</source>
        <translation>имя сопоставления слишком длинное</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="233"/>
        <source>the file holds %Ln part(s); this is not an Office document</source>
        <translation>
            <numerusform>файл содержит %Ln часть; это не документ Office</numerusform>
            <numerusform>файл содержит %Ln части; это не документ Office</numerusform>
            <numerusform>файл содержит %Ln частей; это не документ Office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="236"/>
        <source>a cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>в одной из ячеек %Ln символ (не более {maximum})</numerusform>
            <numerusform>в одной из ячеек %Ln символа (не более {maximum})</numerusform>
            <numerusform>в одной из ячеек %Ln символов (не более {maximum})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="239"/>
        <source>the cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>в ячейке %Ln символ (не более {maximum})</numerusform>
            <numerusform>в ячейке %Ln символа (не более {maximum})</numerusform>
            <numerusform>в ячейке %Ln символов (не более {maximum})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="241"/>
        <source>a cell holds more than %Ln character(s)</source>
        <translation>
            <numerusform>в одной из ячеек более %Ln символа</numerusform>
            <numerusform>в одной из ячеек более %Ln символов</numerusform>
            <numerusform>в одной из ячеек более %Ln символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="243"/>
        <source>the workbook says it holds %Ln different text(s), more than its part for texts can hold; it is damaged or not a real workbook</source>
        <translation>
            <numerusform>книга указывает, что содержит %Ln различный текст, больше, чем может вместить её часть для текстов; она повреждена или не является настоящей книгой</numerusform>
            <numerusform>книга указывает, что содержит %Ln различных текста, больше, чем может вместить её часть для текстов; она повреждена или не является настоящей книгой</numerusform>
            <numerusform>книга указывает, что содержит %Ln различных текстов, больше, чем может вместить её часть для текстов; она повреждена или не является настоящей книгой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="249"/>
        <source>the workbook holds more than %Ln different text(s); a workbook of recommendations never does</source>
        <translation>
            <numerusform>книга содержит более %Ln различного текста; в книге рекомендаций такого не бывает</numerusform>
            <numerusform>книга содержит более %Ln различных текстов; в книге рекомендаций такого не бывает</numerusform>
            <numerusform>книга содержит более %Ln различных текстов; в книге рекомендаций такого не бывает</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="255"/>
        <source>the sheet &quot;{sheet}&quot; holds more than %Ln cell(s); a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>лист «{sheet}» содержит более %Ln ячейки; лист рекомендаций не бывает таким большим</numerusform>
            <numerusform>лист «{sheet}» содержит более %Ln ячеек; лист рекомендаций не бывает таким большим</numerusform>
            <numerusform>лист «{sheet}» содержит более %Ln ячеек; лист рекомендаций не бывает таким большим</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="261"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell}: %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>на листе «{sheet}» есть значения вплоть до ячейки {cell}: строк — %Ln, столбцов — {columns}; лист рекомендаций не бывает таким большим</numerusform>
            <numerusform>на листе «{sheet}» есть значения вплоть до ячейки {cell}: строк — %Ln, столбцов — {columns}; лист рекомендаций не бывает таким большим</numerusform>
            <numerusform>на листе «{sheet}» есть значения вплоть до ячейки {cell}: строк — %Ln, столбцов — {columns}; лист рекомендаций не бывает таким большим</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="267"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell} (it declares {dimension}): %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>на листе «{sheet}» есть значения вплоть до ячейки {cell} (объявлен диапазон {dimension}): строк — %Ln, столбцов — {columns}; лист рекомендаций не бывает таким большим</numerusform>
            <numerusform>на листе «{sheet}» есть значения вплоть до ячейки {cell} (объявлен диапазон {dimension}): строк — %Ln, столбцов — {columns}; лист рекомендаций не бывает таким большим</numerusform>
            <numerusform>на листе «{sheet}» есть значения вплоть до ячейки {cell} (объявлен диапазон {dimension}): строк — %Ln, столбцов — {columns}; лист рекомендаций не бывает таким большим</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="274"/>
        <source>the {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>поле «{field}» длиннее %Ln символа</numerusform>
            <numerusform>поле «{field}» длиннее %Ln символов</numerusform>
            <numerusform>поле «{field}» длиннее %Ln символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="277"/>
        <source>a value of {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>значение поля «{field}» длиннее %Ln символа</numerusform>
            <numerusform>значение поля «{field}» длиннее %Ln символов</numerusform>
            <numerusform>значение поля «{field}» длиннее %Ln символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="289"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="290"/>
        <source>an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv</source>
        <translation>старый файл Office (.xls/.doc); сохраните его в формате .xlsx, .docx или .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="293"/>
        <source>an image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="294"/>
        <source>a database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="295"/>
        <source>an RTF document</source>
        <translation>документ RTF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="296"/>
        <source>a UHRI export</source>
        <translation>экспорт UHRI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="297"/>
        <source>a UPR Info export</source>
        <translation>экспорт UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="302"/>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="303"/>
        <source>paragraph</source>
        <translation>пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="304"/>
        <source>source symbol</source>
        <translation>условное обозначение исходного документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="305"/>
        <source>session</source>
        <translation>сессия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="306"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="307"/>
        <source>text language</source>
        <translation>язык текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="308"/>
        <source>annotation id</source>
        <translation>идентификатор аннотации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="309"/>
        <source>annotation type</source>
        <translation>тип аннотации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="310"/>
        <source>mechanism code</source>
        <translation>код механизма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="311"/>
        <source>cluster</source>
        <translation>кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="312"/>
        <source>recommending states</source>
        <translation>рекомендующие государства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="313"/>
        <source>affected persons</source>
        <translation>затрагиваемые лица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="314"/>
        <source>UPR Info issues</source>
        <translation>темы UPR Info</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="52"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="120"/>
        <source>Export recommendations</source>
        <translation>Экспорт рекомендаций</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="57"/>
        <source>The selected recommendations ({count})</source>
        <translation>Выбранные рекомендации ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="62"/>
        <source>Everything the register shows now ({count})</source>
        <translation>Всё, что сейчас показывает реестр ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="66"/>
        <source>Every recommendation (not the archive)</source>
        <translation>Все рекомендации (кроме архива)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="74"/>
        <source>recommendations.xlsx or .csv</source>
        <translation>recommendations.xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="75"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="82"/>
        <source>An Excel workbook holds the recommendations with every field, and sheets for agencies, assignments, focal points and clusters; a CSV file (UTF-8, for Excel) holds the recommendations. Cells that a spreadsheet would take for a formula are written as text.</source>
        <translation>Книга Excel содержит рекомендации со всеми полями, а также листы ведомств, поручений, контактных лиц и кластеров; файл CSV (UTF-8, для Excel) содержит рекомендации. Ячейки, которые электронная таблица приняла бы за формулу, записываются как текст.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="95"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="98"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="181"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="107"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="109"/>
        <source>What to export:</source>
        <translation>Что экспортировать:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="136"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="140"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>Имя файла должно оканчиваться на .xlsx или .csv.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="187"/>
        <source>Exported {count} recommendations to {path}</source>
        <translation>Рекомендации ({count}) экспортированы в {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="195"/>
        <source>Cancelled. No file was written.</source>
        <translation>Отменено. Файл не записан.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="122"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="123"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="124"/>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>UPR cycle</source>
        <translation>Цикл УПО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="128"/>
        <source>State under review</source>
        <translation>Государство — объект обзора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="129"/>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="130"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="131"/>
        <source>Language of the text</source>
        <translation>Язык текста</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="132"/>
        <source>Response (position)</source>
        <translation>Ответ (позиция)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Source of the position</source>
        <translation>Источник позиции</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Action category</source>
        <translation>Категория действия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="135"/>
        <source>OHCHR annotation id</source>
        <translation>Идентификатор аннотации УВКПЧ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="136"/>
        <source>Recommending States</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Affected persons</source>
        <translation>Затрагиваемые лица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>SDG goals</source>
        <translation>Цели в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="141"/>
        <source>UPR Info issues</source>
        <translation>Вопросы UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="142"/>
        <source>Implementation status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="143"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="144"/>
        <source>Priority rationale</source>
        <translation>Обоснование приоритета</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="145"/>
        <source>Needs parliament</source>
        <translation>Требует участия парламента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>FileTotals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="36"/>
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln файл&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;%Ln файла&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;%Ln файлов&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="39"/>
        <source>%Ln row(s) read in all</source>
        <translation>
            <numerusform>всего прочитана %Ln строка</numerusform>
            <numerusform>всего прочитано %Ln строки</numerusform>
            <numerusform>всего прочитано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="42"/>
        <source>Imported %Ln file(s).</source>
        <translation>
            <numerusform>Импортирован %Ln файл.</numerusform>
            <numerusform>Импортировано %Ln файла.</numerusform>
            <numerusform>Импортировано %Ln файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="173"/>
        <source>1 minimal</source>
        <translation>1 минимальное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="174"/>
        <source>2 continuing</source>
        <translation>2 продолжающееся</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="175"/>
        <source>3 considering</source>
        <translation>3 рассматриваемое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="176"/>
        <source>4 general</source>
        <translation>4 общее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="177"/>
        <source>5 specific</source>
        <translation>5 конкретное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="187"/>
        <source>Any role</source>
        <translation>Любая роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="188"/>
        <source>Lead</source>
        <translation>Головное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="189"/>
        <source>Supporting</source>
        <translation>Содействующее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="190"/>
        <source>Without a lead agency</source>
        <translation>Без головного ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="193"/>
        <source>Only recommendations that no agency leads yet</source>
        <translation>Только рекомендации, у которых ещё нет головного ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="195"/>
        <source>Needs parliament</source>
        <translation>Требует участия парламента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="199"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation>Отмечено: только эти; снято: только остальные; частично: любые</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="201"/>
        <source>Show the archive instead</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="202"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="208"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="209"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="211"/>
        <source>Recommending State</source>
        <translation>Рекомендующее государство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="212"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="213"/>
        <source>Implementation status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="214"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="215"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="219"/>
        <source>SDG goal</source>
        <translation>Цель в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="220"/>
        <source>SDG target</source>
        <translation>Задача ЦУР</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="369"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>отмечен %n</numerusform>
            <numerusform>отмечено %n</numerusform>
            <numerusform>отмечено %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="210"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="216"/>
        <source>Action category</source>
        <translation>Категория действия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="217"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="218"/>
        <source>Affected persons</source>
        <translation>Затрагиваемые лица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="231"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="256"/>
        <source>(no cluster)</source>
        <translation>(без кластера)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="259"/>
        <source>Cycle {number}</source>
        <translation>Цикл {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="276"/>
        <source>Any agency</source>
        <translation>Любое ведомство</translation>
    </message>
</context>
<context>
    <name>FollowUpLists</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="73"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="94"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="74"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="95"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="75"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="86"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="96"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="76"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="77"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="98"/>
        <source>Lead agency</source>
        <translation>Головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="83"/>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="84"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="85"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="87"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="88"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="97"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="108"/>
        <source>Double-click an action to open it</source>
        <translation>Дважды щёлкните мероприятие, чтобы открыть его</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="129"/>
        <source>Overdue actions</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="132"/>
        <source>Reporting deadlines</source>
        <translation>Сроки представления докладов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="138"/>
        <source>Actions without indicators</source>
        <translation>Мероприятия без показателей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="148"/>
        <source>{title} (first {shown} of {total})</source>
        <translation>{title} (первые {shown} из {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="171"/>
        <source>Overdue since {date}</source>
        <translation>Просрочено с {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="176"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="177"/>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="33"/>
        <location filename="../../desktop/ui/views/form_import.py" line="58"/>
        <source>Import agency updates</source>
        <translation>Импорт сведений от ведомств</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="46"/>
        <source>Review agency updates</source>
        <translation>Проверка сведений от ведомств</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="49"/>
        <source>{file}: the form sent to {agency}.</source>
        <translation>{file}: форма, отправленная ведомству {agency}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="54"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln изменение</numerusform>
            <numerusform>%Ln изменения</numerusform>
            <numerusform>%Ln изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="55"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln конфликт</numerusform>
            <numerusform>%Ln конфликта</numerusform>
            <numerusform>%Ln конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="56"/>
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>%Ln отклонённая строка</numerusform>
            <numerusform>%Ln отклонённые строки</numerusform>
            <numerusform>%Ln отклонённых строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="57"/>
        <source>%Ln row(s) unchanged</source>
        <translation>
            <numerusform>%Ln строка без изменений</numerusform>
            <numerusform>%Ln строки без изменений</numerusform>
            <numerusform>%Ln строк без изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="64"/>
        <source>Take in</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="66"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="124"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="68"/>
        <source>Changes (before → from the form)</source>
        <translation>Изменения (было → из формы)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="69"/>
        <source>In the register now</source>
        <translation>Сейчас в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Why it was rejected</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="81"/>
        <source>Select the changes</source>
        <translation>Выбрать изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="83"/>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="85"/>
        <source>Take in the selected</source>
        <translation>Принять выбранное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="88"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="98"/>
        <source>Changes and conflicts</source>
        <translation>Изменения и конфликты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="100"/>
        <source>Rejected rows (not taken in)</source>
        <translation>Отклонённые строки (не приняты)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="125"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="126"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="127"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="128"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="129"/>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="130"/>
        <source>Latest progress</source>
        <translation>Последние сведения о ходе выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="131"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="132"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="133"/>
        <source>Evidence or link</source>
        <translation>Подтверждение или ссылка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="134"/>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="135"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="136"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="137"/>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="138"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="139"/>
        <source>Latest value</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="140"/>
        <source>Latest date</source>
        <translation>Дата последнего значения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="141"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="142"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="143"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="222"/>
        <source>Taking in %n item(s)…</source>
        <translation>
            <numerusform>Приём %n элемента…</numerusform>
            <numerusform>Приём %n элементов…</numerusform>
            <numerusform>Приём %n элементов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="244"/>
        <source>Taken in: %Ln progress update(s)</source>
        <translation>
            <numerusform>Принято: %Ln сведение о ходе выполнения</numerusform>
            <numerusform>Принято: %Ln сведения о ходе выполнения</numerusform>
            <numerusform>Принято: %Ln сведений о ходе выполнения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="245"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>%Ln измерение</numerusform>
            <numerusform>%Ln измерения</numerusform>
            <numerusform>%Ln измерений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="76"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="77"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="78"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="79"/>
        <source>Old value</source>
        <translation>Старое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="80"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="81"/>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="126"/>
        <source>Reading the history…</source>
        <translation>Чтение истории…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="151"/>
        <source>Choose a record to see its history.</source>
        <translation>Выберите запись, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="155"/>
        <source>Nothing has been recorded about this record since the trail began.</source>
        <translation>С начала ведения журнала об этой записи ничего не зафиксировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="158"/>
        <source>Newest first; times are this computer&apos;s local time.</source>
        <translation>Сначала новые; время — местное время этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="197"/>
        <location filename="../../desktop/ui/views/history_panel.py" line="209"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="71"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="58"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>новых: %Ln</numerusform>
            <numerusform>новых: %Ln</numerusform>
            <numerusform>новых: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="59"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>обновлённых: %Ln</numerusform>
            <numerusform>обновлённых: %Ln</numerusform>
            <numerusform>обновлённых: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="60"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>без изменений: %Ln</numerusform>
            <numerusform>без изменений: %Ln</numerusform>
            <numerusform>без изменений: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="61"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>отклонённых: %Ln</numerusform>
            <numerusform>отклонённых: %Ln</numerusform>
            <numerusform>отклонённых: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="66"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln row(s) read.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {format}, прочитано строк: %Ln.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {format}, прочитано строк: %Ln.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt;: {format}, прочитано строк: %Ln.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="69"/>
        <source>Rejected, not imported: %Ln row(s).</source>
        <translation>
            <numerusform>Отклонённые строки (не импортируются): %Ln.</numerusform>
            <numerusform>Отклонённые строки (не импортируются): %Ln.</numerusform>
            <numerusform>Отклонённые строки (не импортируются): %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="38"/>
        <source>New mechanisms</source>
        <translation>Новые механизмы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="39"/>
        <source>New source documents</source>
        <translation>Новые исходные документы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="40"/>
        <source>New States</source>
        <translation>Новые государства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="41"/>
        <source>New themes</source>
        <translation>Новые темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="42"/>
        <source>New affected persons</source>
        <translation>Новые затрагиваемые лица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="43"/>
        <source>New UPR Info issues</source>
        <translation>Новые вопросы UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="44"/>
        <source>New SDG targets</source>
        <translation>Новые задачи ЦУР</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="45"/>
        <source>New clusters</source>
        <translation>Новые кластеры</translation>
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
        <translation>Импорт рекомендаций</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="104"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="106"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="44"/>
        <source>The file to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="46"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="127"/>
        <source>Detect from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="131"/>
        <source>(choose the columns)</source>
        <translation>(выберите столбцы)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="135"/>
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="141"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="142"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="143"/>
        <source>Column mapping:</source>
        <translation>Сопоставление столбцов:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="145"/>
        <source>Other annotation types:</source>
        <translation>Другие типы аннотаций:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="148"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation>Файлы экспорта Универсального индекса по правам человека (UHRI; XLSX или CSV), тематические перечни УВКПЧ (Word) и файлы экспорта UPR Info распознаются по содержимому. Любая другая электронная таблица импортируется через сопоставление столбцов. Ничего не записывается, пока вы не подтвердите импорт после предварительного просмотра; сначала создаётся проверенная резервная копия.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="155"/>
        <source>Several files chosen together (Browse…) are imported in one go: one preview, one backup, and all of them or none.</source>
        <translation>Несколько файлов, выбранных вместе (Обзор…), импортируются за один раз: один предварительный просмотр, одна резервная копия — все файлы или ни одного.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="55"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="70"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="56"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="57"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="58"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="59"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="60"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="61"/>
        <source>Recommending States</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="71"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="72"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="90"/>
        <source>The first rows as they will be stored:</source>
        <translation>Первые строки в том виде, в каком они будут сохранены:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="237"/>
        <source>Choose a file to import.</source>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="351"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="168"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Файл {file} импортирован.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="181"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>Сначала создана проверенная резервная копия: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="25"/>
        <source>Keep them as context of their document</source>
        <translation>Сохранить их как контекст документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="28"/>
        <source>Skip them</source>
        <translation>Пропустить их</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="30"/>
        <source>UHRI exports also hold paragraphs of other types than recommendations (concerns and observations, positive aspects …). They never enter the register; kept, they are shown with the recommendations of the same document.</source>
        <translation>Файлы экспорта UHRI содержат также пункты других типов, помимо рекомендаций (вопросы, вызывающие обеспокоенность, и замечания, позитивные аспекты …). Они никогда не попадают в реестр; если их сохранить, они показываются вместе с рекомендациями того же документа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="42"/>
        <source>type not given (read as recommendations)</source>
        <translation>тип не указан (считаются рекомендациями)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="113"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="62"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="73"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="114"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="115"/>
        <source>Rows read</source>
        <translation>Прочитано строк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="116"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="117"/>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="118"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="119"/>
        <source>Rejected</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="143"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="166"/>
        <source>One verified backup was taken first, for all the files: {path}</source>
        <translation>Сначала создана одна проверенная резервная копия для всех файлов: {path}</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="26"/>
        <source>UHRI export</source>
        <translation>Экспорт UHRI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="27"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation>Тематический перечень рекомендаций УВКПЧ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="30"/>
        <source>UPR Info export</source>
        <translation>Экспорт UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="31"/>
        <source>Spreadsheet with a column mapping</source>
        <translation>Электронная таблица с сопоставлением столбцов</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>Edit indicator</source>
        <translation>Изменение показателя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>New indicator</source>
        <translation>Новый показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="142"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="148"/>
        <source>Structural: laws, policies and institutions in place.
Process: efforts made to put them to work (programmes, budgets, training).
Outcome: the results people experience.</source>
        <translation>Структурные: действующие законы, политика и институты.
Процесса: усилия по их применению на практике (программы, бюджеты, обучение).
Результата: результаты, ощущаемые людьми.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="154"/>
        <source>e.g. %, per 100,000 live births</source>
        <translation>например, %, на 100 000 живорождений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="160"/>
        <source>e.g. household survey, court records</source>
        <translation>например, обследование домохозяйств, судебная статистика</translation>
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
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="174"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="175"/>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="177"/>
        <source>Baseline:</source>
        <translation>Базовое значение:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="179"/>
        <source>Target:</source>
        <translation>Целевое значение:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="180"/>
        <source>Data source:</source>
        <translation>Источник данных:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="181"/>
        <source>Reporting frequency:</source>
        <translation>Периодичность отчётности:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="182"/>
        <source>Data reported by:</source>
        <translation>Кто представляет данные:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="202"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="209"/>
        <source>in</source>
        <translation>в</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="231"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="232"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="233"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="234"/>
        <source>Baseline value</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="235"/>
        <source>Baseline year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="236"/>
        <source>Target value</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="237"/>
        <source>Target year</source>
        <translation>Целевой год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="238"/>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="239"/>
        <source>Reporting frequency</source>
        <translation>Периодичность отчётности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="240"/>
        <source>Data reported by</source>
        <translation>Кто представляет данные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="254"/>
        <source>a year is a whole number</source>
        <translation>год — целое число</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="81"/>
        <source>Add indicator…</source>
        <translation>Добавить показатель…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="82"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="83"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="93"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="94"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="95"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="96"/>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="97"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="98"/>
        <source>Latest</source>
        <translation>Последнее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="99"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="100"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="115"/>
        <source>Add measurement…</source>
        <translation>Добавить измерение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="117"/>
        <source>Delete measurement</source>
        <translation>Удалить измерение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="174"/>
        <source>Save it first, then add its indicators here.</source>
        <translation>Сначала сохраните, затем добавьте здесь показатели.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="222"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="236"/>
        <source>Data: {source}</source>
        <translation>Данные: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="265"/>
        <source>Measurements of: {name}</source>
        <translation>Измерения: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="267"/>
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="313"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="320"/>
        <source>Delete the indicator “{name}” and its measurements?</source>
        <translation>Удалить показатель «{name}» и его измерения?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="363"/>
        <source>Delete the measurement of {date}?</source>
        <translation>Удалить измерение от {date}?</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="62"/>
        <source>Damaged database</source>
        <translation>Повреждённая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="65"/>
        <source>The integrity check found damage in this database. What it shows may be incomplete, and changes may be lost. Restore a backup now: the damaged file is kept beside it.</source>
        <translation>Проверка целостности обнаружила повреждения в этой базе данных. Отображаемые данные могут быть неполными, а изменения могут быть потеряны. Восстановите резервную копию сейчас: повреждённый файл сохранится рядом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="70"/>
        <source>SQLite reports: {detail}</source>
        <translation>Сообщение SQLite: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="74"/>
        <source>Restore from backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="77"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23"/>
        <source>Supported</source>
        <translation>Поддержана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Supported in part</source>
        <translation>Поддержана частично</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>Noted</source>
        <translation>Принята к сведению</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>Pending</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="34"/>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35"/>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Partially implemented</source>
        <translation>Частично выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>Fully implemented</source>
        <translation>Полностью выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="39"/>
        <source>No longer applicable</source>
        <translation>Более не применимо</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="46"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>Structural</source>
        <translation>Структурный</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Process</source>
        <translation>Процесса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="156"/>
        <source>Outcome</source>
        <translation>Результата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Quarterly</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="165"/>
        <source>Every six months</source>
        <translation>Раз в полгода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="166"/>
        <source>Annual</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="167"/>
        <source>Every two years</source>
        <translation>Раз в два года</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="168"/>
        <source>Ad hoc</source>
        <translation>По мере необходимости</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="175"/>
        <source>National human rights institution</source>
        <translation>Национальное правозащитное учреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="176"/>
        <source>Civil society</source>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="177"/>
        <source>Parliament</source>
        <translation>Парламент</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="178"/>
        <source>Mixed</source>
        <translation>Смешанная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="179"/>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="186"/>
        <source>UPR national report</source>
        <translation>Национальный доклад для УПО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="187"/>
        <source>UPR mid-term report</source>
        <translation>Среднесрочный доклад по УПО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="188"/>
        <source>Treaty body periodic report</source>
        <translation>Периодический доклад договорному органу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="189"/>
        <source>Treaty body follow-up</source>
        <translation>Последующие меры по замечаниям договорного органа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Reply to a special procedure</source>
        <translation>Ответ специальной процедуре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Regional report</source>
        <translation>Региональный доклад</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="12"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="13"/>
        <source>Ongoing</source>
        <translation>Осуществляется</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="14"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="15"/>
        <source>Delayed</source>
        <translation>Задерживается</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="16"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="23"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="24"/>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="32"/>
        <source>No action addresses this recommendation: nothing to suggest.</source>
        <translation>Ни одно мероприятие не охватывает эту рекомендацию: предложить нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="35"/>
        <source>Every action was cancelled: nothing to suggest.</source>
        <translation>Все мероприятия отменены: предложить нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="38"/>
        <source>All actions that were not cancelled are completed.</source>
        <translation>Все неотменённые мероприятия завершены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="41"/>
        <source>Some actions are completed, others are not.</source>
        <translation>Некоторые мероприятия завершены, другие — нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="44"/>
        <source>No action is completed; at least one is ongoing or delayed.</source>
        <translation>Ни одно мероприятие не завершено; хотя бы одно осуществляется или задерживается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="47"/>
        <source>Every action is still planned.</source>
        <translation>Все мероприятия пока только запланированы.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="28"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="29"/>
        <source>The recommendation being edited has unsaved changes, so the window stays as it is. The new language is used the next time NMRF Desk starts.</source>
        <translation>В редактируемой рекомендации есть несохранённые изменения, поэтому окно остаётся как есть. Новый язык будет использоваться при следующем запуске NMRF Desk.</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="41"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="42"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="73"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="178"/>
        <source>From the agency directory (Agencies page)</source>
        <translation>Из справочника ведомств (страница «Ведомства»)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="84"/>
        <source>Focal point:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="94"/>
        <source>Lead agencies</source>
        <translation>Головные ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="95"/>
        <source>Supporting agencies</source>
        <translation>Содействующие ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="96"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="97"/>
        <source>Affected persons</source>
        <translation>Затрагиваемые лица</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="98"/>
        <source>SDG goals</source>
        <translation>Цели в области устойчивого развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="99"/>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="100"/>
        <source>Recommending States</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="105"/>
        <source>Lead agency:</source>
        <translation>Головное ведомство:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="106"/>
        <source>Supporting agencies:</source>
        <translation>Содействующие ведомства:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="107"/>
        <source>Themes:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="108"/>
        <source>Affected persons:</source>
        <translation>Затрагиваемые лица:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="109"/>
        <source>SDG goals:</source>
        <translation>Цели в области устойчивого развития:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="110"/>
        <source>SDG targets:</source>
        <translation>Задачи ЦУР:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="111"/>
        <source>Recommending States:</source>
        <translation>Рекомендующие государства:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="170"/>
        <source>none in the agency directory</source>
        <translation>в справочнике ведомств нет</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>&amp;New database…</source>
        <translation>Со&amp;здать базу данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>&amp;Import recommendations…</source>
        <translation>&amp;Импорт рекомендаций…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Export recommendations…</source>
        <translation>&amp;Экспорт рекомендаций…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>&amp;About NMRF Desk</source>
        <translation>О про&amp;грамме NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="25"/>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="43"/>
        <source>new database</source>
        <translation>новая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="45"/>
        <source>upgraded; backup at {path}</source>
        <translation>обновлена; резервная копия: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="48"/>
        <source>schema up to date</source>
        <translation>схема актуальна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="49"/>
        <source>Database: {name} ({state})</source>
        <translation>База данных: {name} ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="55"/>
        <source>This database is open read-only ({reason}): nothing can be changed.</source>
        <translation>Эта база данных открыта только для чтения ({reason}): изменения невозможны.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="61"/>
        <source>{title} (read-only)</source>
        <translation>{title} (только чтение)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Import &amp;agency updates…</source>
        <translation>Импорт сведений от ве&amp;домств…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="74"/>
        <source>Daily backup written and verified: {path}</source>
        <translation>Ежедневная резервная копия записана и проверена: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>Could not read the database: {error}</source>
        <translation>Не удалось прочитать базу данных: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="83"/>
        <location filename="../../desktop/ui/window_files.py" line="92"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="93"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation>{path} уже существует. Выберите новое имя файла или воспользуйтесь командой «Открыть».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="103"/>
        <source>Open database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="137"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="138"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation>Не удалось открыть базу данных; текущая база остаётся открытой.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="147"/>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="165"/>
        <source>Backup written and verified: {path}</source>
        <translation>Резервная копия записана и проверена: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="172"/>
        <source>Backup failed</source>
        <translation>Сбой резервного копирования</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Columns of {file}</source>
        <translation>Столбцы файла {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>This file cannot be read: {problem}</source>
        <translation>Не удаётся прочитать этот файл: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="95"/>
        <source>(choose a saved mapping)</source>
        <translation>(выберите сохранённое сопоставление)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="319"/>
        <source>Delete saved mapping</source>
        <translation>Удалить сохранённое сопоставление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="103"/>
        <source>(from the column)</source>
        <translation>(из столбца)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="111"/>
        <source>Save this mapping for next time</source>
        <translation>Сохранить это сопоставление на будущее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="123"/>
        <source>Saved mapping:</source>
        <translation>Сохранённое сопоставление:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="136"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation>Первые строки файла (сопоставленные столбцы выделены):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="167"/>
        <source>The recommendation (official record)</source>
        <translation>Рекомендация (официальная запись)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="172"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation>Используется для каждой строки, если в файле нет столбца механизма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="174"/>
        <source>Mechanism for every row:</source>
        <translation>Механизм для каждой строки:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="175"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation>Собственная работа учреждения (задаётся только для новых рекомендаций)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="178"/>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="189"/>
        <source>(not in this file)</source>
        <translation>(в этом файле нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="193"/>
        <source>one value per line, or separated by ;</source>
        <translation>по одному значению в строке или через ;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="241"/>
        <source>This file has no column named: {columns}</source>
        <translation>В этом файле нет столбца с именем: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="273"/>
        <source>{column} → {fields}</source>
        <translation>{column} → {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="297"/>
        <source>NMRF Desk export (built in)</source>
        <translation>Экспорт NMRF Desk (встроенное)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="320"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation>Удалить сохранённое сопоставление «{name}»?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="367"/>
        <source>choose the column that holds the text</source>
        <translation>выберите столбец с текстом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>выберите столбец с механизмом или один механизм для всех строк</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="372"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>это имя принадлежит встроенному сопоставлению</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="379"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="39"/>
        <source>Theme cluster</source>
        <translation>Тематический кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="40"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="42"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="59"/>
        <source>Not in a theme cluster</source>
        <translation>Вне тематических кластеров</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="66"/>
        <source>Chart of the measurements</source>
        <translation>Диаграмма измерений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="165"/>
        <source>No measurements yet</source>
        <translation>Измерений пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="208"/>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="209"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
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
        <translation>Изменение измерения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="309"/>
        <source>New measurement</source>
        <translation>Новое измерение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="324"/>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="325"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="326"/>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="327"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="328"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="338"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="339"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="340"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="341"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="31"/>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="41"/>
        <source>e.g. 118.23</source>
        <translation>например, 118.23</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="52"/>
        <source>Mechanism:</source>
        <translation>Механизм:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="53"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="54"/>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="55"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="66"/>
        <source>(no document)</source>
        <translation>(без документа)</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/ui/views/picker_dialog.py" line="34"/>
        <source>Type to narrow the list</source>
        <translation>Введите текст, чтобы сузить список</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>Edit plan</source>
        <translation>Изменение плана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="76"/>
        <source>e.g. Cabinet Decision No. 14/2022</source>
        <translation>например, постановление правительства № 14/2022</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="79"/>
        <source>National human rights action plan or development plan</source>
        <translation>Национальный план действий в области прав человека или план развития</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="82"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="214"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="83"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="84"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="85"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="215"/>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="216"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="87"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="217"/>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="218"/>
        <source>Decision reference</source>
        <translation>Реквизиты решения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="219"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="111"/>
        <source>Recommendations the plan covers</source>
        <translation>Рекомендации, охватываемые планом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="112"/>
        <source>None for now</source>
        <translation>Пока никакие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="113"/>
        <source>Those of the theme clusters ticked below</source>
        <translation>Рекомендации тематических кластеров, отмеченных ниже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="116"/>
        <source>Those the register shows now ({count})</source>
        <translation>Те, что сейчас показывает реестр ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="134"/>
        <source>Propose one action per theme cluster to start from</source>
        <translation>Предложить для начала по одному мероприятию на тематический кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="184"/>
        <source>Address the recommendations on {cluster}</source>
        <translation>Выполнение рекомендаций по теме «{cluster}»</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="53"/>
        <source>Cluster, recommendation or action</source>
        <translation>Кластер, рекомендация или мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="54"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="55"/>
        <source>Lead agency</source>
        <translation>Головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="56"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="57"/>
        <source>Estimated cost</source>
        <translation>Сметная стоимость</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="58"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="99"/>
        <source>Not in a theme cluster</source>
        <translation>Вне тематических кластеров</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="102"/>
        <source>{cluster} — {priority} priority</source>
        <translation>{cluster} — приоритет: {priority}</translation>
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
            <numerusform>%Ln рекомендация</numerusform>
            <numerusform>%Ln рекомендации</numerusform>
            <numerusform>%Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="112"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="116"/>
        <source>cost {totals}</source>
        <translation>стоимость {totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="135"/>
        <source>Recommendations ({count})</source>
        <translation>Рекомендации ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="159"/>
        <source>{status} — overdue</source>
        <translation>{status} — просрочено</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="85"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="87"/>
        <source>New plan…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="88"/>
        <source>Edit plan…</source>
        <translation>Изменить план…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="89"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="285"/>
        <source>Delete plan</source>
        <translation>Удалить план</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="102"/>
        <source>Plan by cluster</source>
        <translation>План по кластерам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="103"/>
        <source>Priority matrix</source>
        <translation>Матрица приоритетов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="104"/>
        <source>Costs by agency</source>
        <translation>Расходы по ведомствам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="109"/>
        <source>New action…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="111"/>
        <source>Edit action…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="113"/>
        <source>Record progress…</source>
        <translation>Отметить ход выполнения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="116"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="377"/>
        <source>Delete action</source>
        <translation>Удалить мероприятие</translation>
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
            <numerusform>%Ln рекомендация</numerusform>
            <numerusform>%Ln рекомендации</numerusform>
            <numerusform>%Ln рекомендаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="225"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="226"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln просроченное</numerusform>
            <numerusform>%Ln просроченных</numerusform>
            <numerusform>%Ln просроченных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="287"/>
        <source>Delete “{title}” with its %Ln action(s), their indicators and progress updates? The recommendations stay in the register.</source>
        <translation>
            <numerusform>Удалить «{title}» вместе с %Ln мероприятием, его показателями и сведениями о ходе выполнения? Рекомендации останутся в реестре.</numerusform>
            <numerusform>Удалить «{title}» вместе с %Ln мероприятиями, их показателями и сведениями о ходе выполнения? Рекомендации останутся в реестре.</numerusform>
            <numerusform>Удалить «{title}» вместе с %Ln мероприятиями, их показателями и сведениями о ходе выполнения? Рекомендации останутся в реестре.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="141"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="125"/>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="129"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation>Планы выполнения: мероприятия со сроками, ресурсами и показателями и ход их выполнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="209"/>
        <source>No plan yet. Create one from theme clusters or from the register.</source>
        <translation>Планов ещё нет. Создайте план на основе тематических кластеров или реестра.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="218"/>
        <source>adopted {date}</source>
        <translation>принят {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="230"/>
        <source>cost {totals}</source>
        <translation>стоимость {totals}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="362"/>
        <source>Progress on “{title}”</source>
        <translation>Ход выполнения: «{title}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="378"/>
        <source>Delete this action with its indicators and progress updates?</source>
        <translation>Удалить это мероприятие вместе с показателями и сведениями о ходе выполнения?</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="58"/>
        <source>(no change)</source>
        <translation>(без изменений)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="60"/>
        <source>{label} (current)</source>
        <translation>{label} (текущий)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="64"/>
        <source>What happened, with references to evidence</source>
        <translation>Что произошло, со ссылками на подтверждающие материалы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="75"/>
        <source>Attach evidence…</source>
        <translation>Приложить материалы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="78"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="157"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="91"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="158"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="92"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="159"/>
        <source>Narrative</source>
        <translation>Описание хода работы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="93"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="161"/>
        <source>Reporting agency</source>
        <translation>Отчитывающееся ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="94"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="160"/>
        <source>Reported by</source>
        <translation>Кем представлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="95"/>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="119"/>
        <source>Attach evidence</source>
        <translation>Приложение материалов</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="78"/>
        <source>Needs action by parliament</source>
        <translation>Требует действий парламента</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="94"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="95"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="96"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="97"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="349"/>
        <source>Delete permanently</source>
        <translation>Удалить безвозвратно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Paragraph:</source>
        <translation>Пункт:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Response:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Action category:</source>
        <translation>Категория действия:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="109"/>
        <source>Implementation status:</source>
        <translation>Статус выполнения:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="111"/>
        <source>Rationale:</source>
        <translation>Обоснование:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="112"/>
        <source>Cluster:</source>
        <translation>Кластер:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="114"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="169"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="52"/>
        <source>Select a recommendation to see it here.</source>
        <translation>Выберите рекомендацию, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="239"/>
        <source>(no cluster)</source>
        <translation>(без кластера)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="311"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="312"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="313"/>
        <source>Action category</source>
        <translation>Категория действия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="351"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation>Удалить {reference} безвозвратно? Вместе с ней будут удалены поручения, сведения о ходе выполнения и связи. Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUpPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="91"/>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="92"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="93"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="94"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="95"/>
        <source>Lead agency</source>
        <translation>Головное ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="108"/>
        <source>Record this status…</source>
        <translation>Записать этот статус…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="111"/>
        <source>Record progress…</source>
        <translation>Отметить ход выполнения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="116"/>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="117"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="118"/>
        <source>Narrative</source>
        <translation>Описание хода работы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="119"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="120"/>
        <source>Evidence</source>
        <translation>Подтверждающие материалы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="136"/>
        <source>Actions addressing it</source>
        <translation>Мероприятия по ней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="140"/>
        <source>Status history and progress</source>
        <translation>История статусов и ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="144"/>
        <source>Consultations that discussed it</source>
        <translation>Консультации, на которых она обсуждалась</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="198"/>
        <source>{status} — overdue</source>
        <translation>{status} — просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="215"/>
        <source>Suggested status: {status}. Rule: {rule}</source>
        <translation>Предлагаемый статус: {status}. Правило: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="265"/>
        <source>Progress on the recommendation</source>
        <translation>Ход выполнения рекомендации</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44"/>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="46"/>
        <source>Recommending States</source>
        <translation>Рекомендующие государства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="47"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="48"/>
        <source>Action category</source>
        <translation>Категория действия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="49"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="50"/>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="51"/>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="52"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="54"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="55"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="79"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation>Поиск по тексту, номерам и примечаниям на любом языке (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="91"/>
        <source>Bulk actions</source>
        <translation>Групповые операции</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="59"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="63"/>
        <source>Follow-up</source>
        <translation>Последующие меры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="132"/>
        <location filename="../../desktop/ui/views/register_page.py" line="153"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="68"/>
        <source>Document context</source>
        <translation>Контекст документа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="157"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation>Реестр всех рекомендаций, полученных в рамках универсального периодического обзора, от договорных органов, специальных процедур и региональных механизмов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="209"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_page.py" line="222"/>
        <source>At most %n word(s) per search</source>
        <translation>
            <numerusform>Не более %n слова в одном поиске</numerusform>
            <numerusform>Не более %n слов в одном поиске</numerusform>
            <numerusform>Не более %n слов в одном поиске</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="237"/>
        <source>Matching: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="276"/>
        <source>Save your changes to {reference}?</source>
        <translation>Сохранить изменения в {reference}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="346"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation>Рекомендация создана; текущий фильтр её не показывает (сбросьте фильтры).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_columns.py" line="64"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="67"/>
        <source>Implementation plan</source>
        <translation>План выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="68"/>
        <source>Consolidated status report</source>
        <translation>Сводный доклад о положении дел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="69"/>
        <source>Agency brief</source>
        <translation>Справка для ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="70"/>
        <source>Register list</source>
        <translation>Перечень из реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="85"/>
        <source>Cycle {cycle} (sessions {first}–{last})</source>
        <translation>Цикл {cycle} (сессии {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="93"/>
        <source>By mechanism</source>
        <translation>По механизмам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="94"/>
        <source>By theme</source>
        <translation>По темам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="99"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="100"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="108"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="110"/>
        <source>DRAFT watermark across every page</source>
        <translation>Водяной знак «ПРОЕКТ» на каждой странице</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="113"/>
        <source>The report&apos;s own title</source>
        <translation>Собственное название доклада</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="118"/>
        <source>Report:</source>
        <translation>Доклад:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="120"/>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="121"/>
        <source>Agency:</source>
        <translation>Ведомство:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="122"/>
        <source>Covering:</source>
        <translation>Охват:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="123"/>
        <source>Mechanism:</source>
        <translation>Механизм:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="124"/>
        <source>UPR cycle:</source>
        <translation>Цикл УПО:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="125"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="126"/>
        <source>Sections:</source>
        <translation>Разделы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="127"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="128"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="129"/>
        <source>Classification marking:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="131"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="174"/>
        <source>The plan&apos;s clusters by priority, with their recommendations, actions, agencies, costs and indicators.</source>
        <translation>Кластеры плана в порядке приоритета с их рекомендациями, мероприятиями, ведомствами, расходами и показателями.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="178"/>
        <source>Implementation status in figures and by section, with the latest progress and overdue actions of each recommendation.</source>
        <translation>Статус выполнения в цифрах и по разделам, с последними сведениями о ходе выполнения и просроченными мероприятиями по каждой рекомендации.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="182"/>
        <source>What one agency leads and supports: its recommendations, actions, indicators and the reports due.</source>
        <translation>Что одно ведомство возглавляет и поддерживает: его рекомендации, мероприятия, показатели и доклады, срок которых наступает.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="186"/>
        <source>The recommendations as a table, in the register&apos;s order.</source>
        <translation>Рекомендации в виде таблицы, в порядке реестра.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="198"/>
        <source>All recommendations</source>
        <translation>Все рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="199"/>
        <source>One mechanism</source>
        <translation>Один механизм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="200"/>
        <source>One UPR cycle</source>
        <translation>Один цикл УПО</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="201"/>
        <source>One review or document</source>
        <translation>Один обзор или документ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="204"/>
        <source>What the register shows now ({count})</source>
        <translation>То, что сейчас показывает реестр ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="213"/>
        <source>The register&apos;s selected rows ({count})</source>
        <translation>Выбранные строки реестра ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="254"/>
        <source>Choose the implementation plan (there is none yet).</source>
        <translation>Выберите план выполнения (планов ещё нет).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="256"/>
        <source>Choose the agency.</source>
        <translation>Выберите ведомство.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="259"/>
        <source>Choose the mechanism.</source>
        <translation>Выберите механизм.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="261"/>
        <source>Choose the document.</source>
        <translation>Выберите документ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="264"/>
        <source>No rows are selected in the register: select the recommendations to list there first.</source>
        <translation>В реестре не выбрано ни одной строки: сначала выберите там рекомендации для перечня.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="100"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="105"/>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="107"/>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="111"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="154"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="146"/>
        <source>Reports</source>
        <translation>Доклады</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="150"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs and lists of recommendations, in any of the six UN languages.</source>
        <translation>Готовые для правительства доклады в формате PDF: планы выполнения, доклады о положении дел, справки для ведомств и перечни рекомендаций на любом из шести официальных языков ООН.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="220"/>
        <source>Save the report as</source>
        <translation>Сохранить доклад как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="235"/>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="236"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="247"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="261"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="332"/>
        <source>The report was not written: {error}</source>
        <translation>Доклад не записан: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="291"/>
        <source>Writing {path}…</source>
        <translation>Запись {path}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="296"/>
        <source>The folder {folder} does not exist; no file was written.</source>
        <translation>Папка {folder} не существует; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="300"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} — это папка: укажите имя файла.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="323"/>
        <source>Report written: {path}</source>
        <translation>Доклад записан: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="330"/>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="336"/>
        <source>The report could not be made (no file was written): {error}</source>
        <translation>Не удалось подготовить доклад (файл не записан): {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="53"/>
        <source>Before an upgrade to a newer version</source>
        <translation>Перед обновлением до новой версии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="55"/>
        <source>Daily backup</source>
        <translation>Ежедневная копия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="56"/>
        <source>Made by hand</source>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="57"/>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="82"/>
        <source>Backups of a database on a server are the server&apos;s business: its administrator takes them with pg_dump and restores them with pg_restore.</source>
        <translation>Резервным копированием базы данных на сервере занимается сервер: его администратор создаёт копии с помощью pg_dump и восстанавливает их с помощью pg_restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="88"/>
        <source>This database is open read-only ({reason}): no backup can be put in its place.</source>
        <translation>Эта база данных открыта только для чтения ({reason}): заменить её резервной копией нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="118"/>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="291"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="123"/>
        <source>Choose a backup to put in place of the database {path}. The current database is not deleted: it is kept beside it.</source>
        <translation>Выберите резервную копию, которая заменит базу данных {path}. Текущая база данных не удаляется: она сохраняется рядом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Agencies</source>
        <translation>Ведомства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="146"/>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="147"/>
        <source>Restore a backup kept somewhere else</source>
        <translation>Восстановить резервную копию, хранящуюся в другом месте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="149"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="153"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="170"/>
        <source>Reading the backups…</source>
        <translation>Чтение резервных копий…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="184"/>
        <source>Backups are kept in {folder}</source>
        <translation>Резервные копии хранятся в {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="187"/>
        <source>There are no backups of this database yet. NMRF Desk keeps them in {folder}: one a day when the database has changed, and one before each import and each upgrade. File › Back up… makes one now; “Other file…” restores a backup kept elsewhere.</source>
        <translation>Резервных копий этой базы данных пока нет. NMRF Desk хранит их в {folder}: по одной в день, если база данных изменялась, и по одной перед каждым импортом и каждым обновлением. «Файл › Резервная копия…» создаёт копию сейчас; «Другой файл…» восстанавливает копию, хранящуюся в другом месте.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="208"/>
        <source>it holds no NMRF Desk tables</source>
        <translation>в нём нет таблиц NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="210"/>
        <source>Cannot be read: {problem}</source>
        <translation>Не удаётся прочитать: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="226"/>
        <source>The backups cannot be read: {error}</source>
        <translation>Не удаётся прочитать резервные копии: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="257"/>
        <source>Put the backup of {date} in place of the database?</source>
        <translation>Заменить базу данных резервной копией от {date}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="267"/>
        <source>Restore from a backup file</source>
        <translation>Восстановление из файла резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="274"/>
        <source>Put the backup {file} in place of the database?</source>
        <translation>Заменить базу данных резервной копией {file}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="286"/>
        <source>The current database is kept beside it, in the same folder, under a name ending in “.replaced-” and the date and time: nothing is lost.</source>
        <translation>Текущая база данных сохраняется рядом, в той же папке, под именем, оканчивающимся на «.replaced-» с датой и временем: ничего не теряется.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="44"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="60"/>
        <source>Backup restored: {backup}.</source>
        <translation>Резервная копия восстановлена: {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="87"/>
        <source>The backup was not restored; the database is as it was.

{error}</source>
        <translation>Резервная копия не восстановлена; база данных осталась прежней.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="98"/>
        <source>The backup was put in place but cannot be opened.

{error}</source>
        <translation>Резервная копия установлена, но её не удаётся открыть.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="105"/>
        <source>The database it replaced is kept at {path}</source>
        <translation>Заменённая база данных сохранена в {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="110"/>
        <source>Restore failed</source>
        <translation>Сбой восстановления</translation>
    </message>
</context>
<context>
    <name>RoleControls</name>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="51"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="82"/>
        <source>You ({login}) have no role in this database: you may read only.</source>
        <translation>У вас ({login}) нет роли в этой базе данных: доступно только чтение.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="37"/>
        <source>Save view…</source>
        <translation>Сохранить вид…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="39"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="101"/>
        <source>Delete view</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="53"/>
        <source>Saved views…</source>
        <translation>Сохранённые виды…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="71"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="84"/>
        <source>Save view</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="72"/>
        <source>Name of this view:</source>
        <translation>Имя этого вида:</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="89"/>
        <source>this is not a number</source>
        <translation>это не число</translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="50"/>
        <source>Send update forms</source>
        <translation>Рассылка форм для обновления</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="53"/>
        <source>Every agency with work assigned</source>
        <translation>Все ведомства, которым поручена работа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="64"/>
        <source>e.g. January–June 2026</source>
        <translation>например, январь–июнь 2026 г.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="66"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="72"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="147"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="73"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="148"/>
        <source>Language of the form</source>
        <translation>Язык формы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="74"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="149"/>
        <source>Return by</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="75"/>
        <source>Reporting period</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="76"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="79"/>
        <source>Each agency gets a workbook of the recommendations and actions it leads or supports, with a cover letter, and the form is recorded as sent. Send them by e-mail; File › Import agency updates… takes the filled forms back in.</source>
        <translation>Каждое ведомство получает книгу с рекомендациями и мероприятиями, которые оно возглавляет или поддерживает, и сопроводительным письмом, а форма регистрируется как отправленная. Разошлите их по электронной почте; команда «Файл › Импорт сведений от ведомств…» принимает заполненные формы обратно.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="87"/>
        <source>Write the forms</source>
        <translation>Записать формы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="105"/>
        <source>Folder for the forms</source>
        <translation>Папка для форм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="115"/>
        <source>Choose a folder that exists for the forms.</source>
        <translation>Выберите существующую папку для форм.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="125"/>
        <source>Writing the forms…</source>
        <translation>Запись форм…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="139"/>
        <source>%n form(s) written to {folder}.</source>
        <translation>
            <numerusform>%n форма записана в {folder}.</numerusform>
            <numerusform>%n формы записаны в {folder}.</numerusform>
            <numerusform>%n форм записано в {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation>например, Министерство юстиции, NMRF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="80"/>
        <source>Choose image…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="82"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="88"/>
        <source>PNG or JPEG, at most 2 MB; printed on the reports&apos; cover.</source>
        <translation>PNG или JPEG, не более 2 МБ; печатается на обложке докладов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="97"/>
        <source>Organisation name:</source>
        <translation>Название организации:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="98"/>
        <source>Organisation emblem:</source>
        <translation>Эмблема организации:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="99"/>
        <source>Default report language:</source>
        <translation>Язык докладов по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="100"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="101"/>
        <source>The window reopens in the new interface language where it was.</source>
        <translation>Окно откроется заново на новом языке интерфейса в том же месте.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="128"/>
        <source>No emblem</source>
        <translation>Без эмблемы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="137"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="174"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="181"/>
        <source>Organisation emblem</source>
        <translation>Эмблема организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="153"/>
        <source>{file}: the image is larger than 2 MB.</source>
        <translation>{file}: изображение больше 2 МБ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="175"/>
        <source>Organisation emblem: {problem}</source>
        <translation>Эмблема организации: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="180"/>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="182"/>
        <source>Default report language</source>
        <translation>Язык докладов по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="208"/>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="68"/>
        <source>Bar chart</source>
        <translation>Столбчатая диаграмма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="194"/>
        <source>Nothing to show</source>
        <translation>Нечего показать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="238"/>
        <source>{label}: {count} in all</source>
        <translation>{label}: всего {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="246"/>
        <source>{label}, {series}: {count} ({share} %)</source>
        <translation>{label}, {series}: {count} ({share} %)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Damaged database</source>
        <translation>Повреждённая база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Restore the newest backup, {path}?</source>
        <translation>Восстановить последнюю резервную копию {path}?</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>The file it replaces is kept beside it.</source>
        <translation>Заменяемый файл сохраняется рядом.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="102"/>
        <source>Restore failed</source>
        <translation>Сбой восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="108"/>
        <source>Upgrade failed</source>
        <translation>Сбой обновления</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="123"/>
        <source>No database</source>
        <translation>Нет базы данных</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="124"/>
        <source>There is no database where one was expected.</source>
        <translation>В ожидаемом месте нет базы данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126"/>
        <source>Not a database</source>
        <translation>Не база данных</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="127"/>
        <source>This file is not an NMRF Desk database; nothing was changed.</source>
        <translation>Этот файл не является базой данных NMRF Desk; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation>База данных повреждена, и её нельзя безопасно открыть.</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="137"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="27"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="32"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="28"/>
        <source>Groups of persons</source>
        <translation>Группы лиц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="36"/>
        <source>The themes and groups of persons recommendations are tagged with. Imports match names ignoring case, spacing, punctuation and “&amp;”/“and”; rename a name here, or merge names that mean the same thing into one.</source>
        <translation>Темы и группы лиц, которыми помечены рекомендации. При импорте названия сопоставляются без учёта регистра, пробелов, знаков препинания и «&amp;»/«and»; здесь можно переименовать название или объединить названия, означающие одно и то же.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="53"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="143"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="57"/>
        <source>Who may do what in this database. A user is a login: on a server, the login people connect with; on a file, the computer&apos;s login. Whoever adds the first user becomes the administrator.</source>
        <translation>Кто что может делать в этой базе данных. Пользователь — это учётная запись: на сервере — та, под которой подключаются к серверу; для файла — учётная запись компьютера. Тот, кто добавляет первого пользователя, становится администратором.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="125"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="131"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>Login</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="87"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="126"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="84"/>
        <source>Only to create a new server login</source>
        <translation>Только для создания новой учётной записи на сервере</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="127"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="93"/>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="96"/>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="99"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="247"/>
        <source>Remove user</source>
        <translation>Удалить пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>a login cannot be empty</source>
        <translation>учётная запись не может быть пустой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>a focal point speaks for one agency: choose it</source>
        <translation>контактное лицо представляет одно ведомство: выберите его</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="225"/>
        <source>{login} was added.</source>
        <translation>Пользователь {login} добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="235"/>
        <source>{login} is now: {role}.</source>
        <translation>{login} теперь: {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="249"/>
        <source>Remove {login}? They may then only read; what they did stays in the trail.</source>
        <translation>Удалить пользователя {login}? После этого ему будет доступно только чтение; его действия останутся в журнале.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="258"/>
        <source>{login} was removed.</source>
        <translation>Пользователь {login} удалён.</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter themes by name</source>
        <translation>Фильтр тем по названию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter groups by name</source>
        <translation>Фильтр групп по названию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="67"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="69"/>
        <source>UHRI code</source>
        <translation>Код UHRI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Built-in</source>
        <translation>Встроенное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="86"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="88"/>
        <source>Merge selected…</source>
        <translation>Объединить выбранные…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="90"/>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="91"/>
        <source>Put back the last merge (Ctrl+Z)</source>
        <translation>Отменить последнее объединение (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="113"/>
        <source>The database is read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="137"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename theme</source>
        <translation>Переименование темы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename group of persons</source>
        <translation>Переименование группы лиц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="171"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge themes</source>
        <translation>Объединение тем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge groups of persons</source>
        <translation>Объединение групп лиц</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="179"/>
        <source>Keep this name; the others join it and their recommendations move to it:</source>
        <translation>Оставить это название; остальные присоединяются к нему, и их рекомендации переходят к нему:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="193"/>
        <source>Select one theme to rename.</source>
        <translation>Выберите одну тему для переименования.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="195"/>
        <source>Select one group of persons to rename.</source>
        <translation>Выберите одну группу лиц для переименования.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="206"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>«{old}» переименовано в «{new}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="224"/>
        <source>Select two or more themes to merge.</source>
        <translation>Выберите две темы или больше для объединения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="226"/>
        <source>Select two or more groups of persons to merge.</source>
        <translation>Выберите две группы лиц или больше для объединения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="244"/>
        <source>Names merged into “{name}”: %n.</source>
        <translation>
            <numerusform>Названий, объединённых в «{name}»: %n.</numerusform>
            <numerusform>Названий, объединённых в «{name}»: %n.</numerusform>
            <numerusform>Названий, объединённых в «{name}»: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="247"/>
        <source>Recommendations relinked: %n.</source>
        <translation>
            <numerusform>Рекомендаций, связанных заново: %n.</numerusform>
            <numerusform>Рекомендаций, связанных заново: %n.</numerusform>
            <numerusform>Рекомендаций, связанных заново: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="271"/>
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation>
            <numerusform>Объединение отменено; рекомендаций со связями как прежде: %n.</numerusform>
            <numerusform>Объединение отменено; рекомендаций со связями как прежде: %n.</numerusform>
            <numerusform>Объединение отменено; рекомендаций со связями как прежде: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="248"/>
        <source>Undo merge or Ctrl+Z puts them back.</source>
        <translation>«Отменить объединение» или Ctrl+Z возвращает их.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="263"/>
        <source>There is no merge to undo.</source>
        <translation>Нет объединения для отмены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="285"/>
        <source>The merge cannot be undone: the names changed since (the name kept was deleted, or a merged name is in use again). Nothing was changed.</source>
        <translation>Объединение нельзя отменить: названия с тех пор изменились (оставленное название удалено или объединённое название снова используется). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="314"/>
        <source>“{name}” is the same name as the theme “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>«{name}» совпадает с названием темы «{other}»: названия сопоставляются без учёта регистра, пробелов, знаков препинания и «&amp;»/«and». Выберите обе и объедините их.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="320"/>
        <source>“{name}” is the same name as the group “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>«{name}» совпадает с названием группы «{other}»: названия сопоставляются без учёта регистра, пробелов, знаков препинания и «&amp;»/«and». Выберите обе и объедините их.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="328"/>
        <source>The list changed meanwhile (someone else renamed, merged or deleted a name); it has been read again. Try once more.</source>
        <translation>Тем временем список изменился (другой пользователь переименовал, объединил или удалил название); он прочитан заново. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="332"/>
        <source>The name must not be empty or longer than 300 characters.</source>
        <translation>Название не должно быть пустым или длиннее 300 символов.</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_chooser.py" line="125"/>
        <source>%Ln file(s): {names}</source>
        <translation>
            <numerusform>%Ln файл: {names}</numerusform>
            <numerusform>%Ln файла: {names}</numerusform>
            <numerusform>%Ln файлов: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypesText</name>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="66"/>
        <source>Annotation types:</source>
        <translation>Типы аннотаций:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="80"/>
        <source>%n recommendation(s) stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</source>
        <translation>
            <numerusform>%n рекомендация остаётся в реестре, хотя в файле указан другой тип, потому что с ней уже работали (кластер, план, мероприятие, ведомства, ход выполнения …):</numerusform>
            <numerusform>%n рекомендации остаются в реестре, хотя в файле указан другой тип, потому что с ними уже работали (кластер, план, мероприятие, ведомства, ход выполнения …):</numerusform>
            <numerusform>%n рекомендаций остаются в реестре, хотя в файле указан другой тип, потому что с ними уже работали (кластер, план, мероприятие, ведомства, ход выполнения …):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="92"/>
        <source>%n paragraph(s) of other types kept as context of their document.</source>
        <translation>
            <numerusform>%n пункт других типов сохранён как контекст документа.</numerusform>
            <numerusform>%n пункта других типов сохранены как контекст документа.</numerusform>
            <numerusform>%n пунктов других типов сохранены как контекст документа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="96"/>
        <source>%n paragraph(s) of other types will be kept as context of their document, never as recommendations.</source>
        <translation>
            <numerusform>%n пункт других типов будет сохранён как контекст документа, но не как рекомендация.</numerusform>
            <numerusform>%n пункта других типов будут сохранены как контекст документа, но не как рекомендации.</numerusform>
            <numerusform>%n пунктов других типов будут сохранены как контекст документа, но не как рекомендации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="102"/>
        <source>%n paragraph(s) of other types skipped.</source>
        <translation>
            <numerusform>Пропущен %n пункт других типов.</numerusform>
            <numerusform>Пропущено %n пункта других типов.</numerusform>
            <numerusform>Пропущено %n пунктов других типов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="103"/>
        <source>%n paragraph(s) of other types will be skipped.</source>
        <translation>
            <numerusform>Будет пропущен %n пункт других типов.</numerusform>
            <numerusform>Будут пропущены %n пункта других типов.</numerusform>
            <numerusform>Будут пропущены %n пунктов других типов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="110"/>
        <source>%n recommendation(s) left the register: the file gives another type.</source>
        <translation>
            <numerusform>%n рекомендация исключена из реестра: в файле указан другой тип.</numerusform>
            <numerusform>%n рекомендации исключены из реестра: в файле указан другой тип.</numerusform>
            <numerusform>%n рекомендаций исключены из реестра: в файле указан другой тип.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="118"/>
        <source>%n recommendation(s) will leave the register: the file gives another type.</source>
        <translation>
            <numerusform>%n рекомендация будет исключена из реестра: в файле указан другой тип.</numerusform>
            <numerusform>%n рекомендации будут исключены из реестра: в файле указан другой тип.</numerusform>
            <numerusform>%n рекомендаций будут исключены из реестра: в файле указан другой тип.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="125"/>
        <source>%n context paragraph(s) became recommendations.</source>
        <translation>
            <numerusform>%n пункт контекста стал рекомендацией.</numerusform>
            <numerusform>%n пункта контекста стали рекомендациями.</numerusform>
            <numerusform>%n пунктов контекста стали рекомендациями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="129"/>
        <source>%n context paragraph(s) will become recommendations.</source>
        <translation>
            <numerusform>%n пункт контекста станет рекомендацией.</numerusform>
            <numerusform>%n пункта контекста станут рекомендациями.</numerusform>
            <numerusform>%n пунктов контекста станут рекомендациями.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="89"/>
        <source>Someone else changed this since you opened it; nothing was saved. Close it and open it again to see their changes.</source>
        <translation>После того как вы это открыли, другой пользователь внёс изменения; ничего не сохранено. Закройте и откройте снова, чтобы увидеть его изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="100"/>
        <location filename="../../desktop/ui/operations.py" line="110"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="113"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation>Оставьте свою версию (она заменит чужую), примите чужую (ваши изменения будут отброшены) или продолжайте редактирование.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="120"/>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="123"/>
        <source>Take theirs</source>
        <translation>Принять чужую</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="127"/>
        <source>Go on editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="151"/>
        <source>Could not finish</source>
        <translation>Не удалось завершить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="247"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
