<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="14"/>
        <source>Follow-up of the human rights recommendations a State receives from the United Nations and regional mechanisms, for national mechanisms for implementation, reporting and follow-up.</source>
        <translation>متابعة توصيات حقوق الإنسان التي تتلقاها الدولة من الأمم المتحدة والآليات الإقليمية، لاستخدام الآليات الوطنية للتنفيذ والإبلاغ والمتابعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="20"/>
        <source>Database in use:</source>
        <translation>قاعدة البيانات المستخدمة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/about_dialog.py" line="30"/>
        <source>About NMRF Desk</source>
        <translation>حول NMRF Desk</translation>
    </message>
</context>
<context>
    <name>ActionAgenciesEditor</name>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="29"/>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="37"/>
        <source>Add lead agency</source>
        <translation>إضافة جهة رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="40"/>
        <source>Add supporting agency</source>
        <translation>إضافة جهة داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="42"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="69"/>
        <source>{name} (archived)</source>
        <translation>‏{name} (مؤرشفة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="72"/>
        <source>Lead</source>
        <translation>رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_agencies.py" line="73"/>
        <source>Supporting</source>
        <translation>داعمة</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="84"/>
        <source>Edit action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="86"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="87"/>
        <source>Addresses</source>
        <translation>ما يعالجه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="326"/>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="92"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="93"/>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="143"/>
        <source>Within the existing budget</source>
        <translation>في حدود الميزانية القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="147"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="319"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="148"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="149"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="321"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="150"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="320"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="151"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="152"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="322"/>
        <source>Estimated cost</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="153"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="323"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="154"/>
        <location filename="../../desktop/ui/views/action_dialog.py" line="324"/>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="163"/>
        <source>Recommendations of the plan this action addresses</source>
        <translation>توصيات الخطة التي يعالجها هذا الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="165"/>
        <source>Theme clusters it addresses</source>
        <translation>المجموعات المواضيعية التي يعالجها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="174"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="175"/>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="176"/>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="177"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="178"/>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="179"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="191"/>
        <source>Record progress…</source>
        <translation>تسجيل التقدم المحرز…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="228"/>
        <source>Save the action first to record its progress.</source>
        <translation>احفظ الإجراء أولاً لتسجيل التقدم المحرز فيه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="252"/>
        <source>Double-click to save a copy</source>
        <translation>انقر نقراً مزدوجاً لحفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="280"/>
        <source>this is not a number</source>
        <translation>هذا ليس رقماً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="325"/>
        <source>Lead agency</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="327"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="328"/>
        <source>Theme clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/action_dialog.py" line="342"/>
        <source>Progress on “{title}”</source>
        <translation>التقدم المحرز في «{title}»</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="133"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="139"/>
        <source>Import of a file</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="140"/>
        <source>Agency form</source>
        <translation>استمارة جهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="141"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="148"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="176"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="323"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="149"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="179"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="327"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="150"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="178"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="325"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="151"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="152"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="153"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="177"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="324"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="158"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="161"/>
        <source>Export to XLSX…</source>
        <translation>تصدير إلى XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="175"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="180"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="328"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="181"/>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="196"/>
        <source>Show older entries</source>
        <translation>عرض القيود الأقدم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="208"/>
        <source>Any</source>
        <translation>أي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="214"/>
        <location filename="../../desktop/ui/views/activity_page.py" line="333"/>
        <location filename="../../desktop/ui/views/pages.py" line="162"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="218"/>
        <source>Everything done in this database: who did it, when, from where, and each field&apos;s old and new value. Nothing here can be changed or deleted.</source>
        <translation>كل ما أُنجز في قاعدة البيانات هذه: من قام به، ومتى، ومن أين، والقيمة السابقة والجديدة لكل حقل. لا يمكن تغيير أي شيء هنا أو حذفه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="244"/>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="284"/>
        <source>%Ln entries (all that match)</source>
        <translation>
            <numerusform>لا قيود (كل ما يطابق)</numerusform>
            <numerusform>قيد واحد (كل ما يطابق)</numerusform>
            <numerusform>قيدان (كل ما يطابق)</numerusform>
            <numerusform>%Ln قيود (كل ما يطابق)</numerusform>
            <numerusform>%Ln قيدًا (كل ما يطابق)</numerusform>
            <numerusform>%Ln قيد (كل ما يطابق)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="286"/>
        <source>%Ln entries shown; older ones are read as you scroll</source>
        <translation>
            <numerusform>لا قيود معروضة؛ تُقرأ القيود الأقدم أثناء التمرير</numerusform>
            <numerusform>قيد واحد معروض؛ تُقرأ القيود الأقدم أثناء التمرير</numerusform>
            <numerusform>قيدان معروضان؛ تُقرأ القيود الأقدم أثناء التمرير</numerusform>
            <numerusform>%Ln قيود معروضة؛ تُقرأ القيود الأقدم أثناء التمرير</numerusform>
            <numerusform>%Ln قيدًا معروضًا؛ تُقرأ القيود الأقدم أثناء التمرير</numerusform>
            <numerusform>%Ln قيد معروض؛ تُقرأ القيود الأقدم أثناء التمرير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/activity_page.py" line="346"/>
        <source>Written to {path} (%Ln entries)</source>
        <translation>
            <numerusform>كُتب في {path} (لا قيود)</numerusform>
            <numerusform>كُتب في {path} (قيد واحد)</numerusform>
            <numerusform>كُتب في {path} (قيدان)</numerusform>
            <numerusform>كُتب في {path} (%Ln قيود)</numerusform>
            <numerusform>كُتب في {path} (%Ln قيدًا)</numerusform>
            <numerusform>كُتب في {path} (%Ln قيد)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="304"/>
        <source>Export the activity</source>
        <translation>تصدير النشاط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="306"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="321"/>
        <source>Entry</source>
        <translation>القيد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="322"/>
        <source>When (UTC)</source>
        <translation>متى (التوقيت العالمي المنسق)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="326"/>
        <source>Record kind</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="329"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="330"/>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="331"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="352"/>
        <source>Exporting the activity…</source>
        <translation>جارٍ تصدير النشاط…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/activity_page.py" line="353"/>
        <source>Export to XLSX</source>
        <translation>تصدير إلى XLSX</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="26"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="27"/>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="28"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="29"/>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="30"/>
        <source>Lead</source>
        <translation>رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="31"/>
        <source>Supporting</source>
        <translation>داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="32"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="42"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="43"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="44"/>
        <source>Merge selected…</source>
        <translation>دمج المحدد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="45"/>
        <source>Show its recommendations</source>
        <translation>عرض توصياتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="46"/>
        <source>Send update forms…</source>
        <translation>إرسال استمارات التحديث…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="52"/>
        <location filename="../../desktop/ui/views/pages.py" line="139"/>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="56"/>
        <source>Ministries, institutions and organisations responsible for implementation, with their focal points.</source>
        <translation>الوزارات والمؤسسات والمنظمات المسؤولة عن التنفيذ، وجهات الاتصال فيها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="106"/>
        <source>Select one agency to edit.</source>
        <translation>حدد جهة واحدة لتعديلها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="113"/>
        <source>Select two or more agencies to merge.</source>
        <translation>حدد جهتين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="118"/>
        <source>Merge agencies</source>
        <translation>دمج الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agencies_page.py" line="119"/>
        <source>Keep this one; the others join it:</source>
        <translation>الإبقاء على هذه؛ وتنضم إليها الأخرى:</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>Edit agency</source>
        <translation>تعديل الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="56"/>
        <source>New agency</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="67"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="72"/>
        <source>Add focal point</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="74"/>
        <source>Remove focal point</source>
        <translation>إزالة جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="86"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="87"/>
        <source>Acronym:</source>
        <translation>الاسم المختصر:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="88"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="89"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="96"/>
        <source>Focal points (the first is the main contact):</source>
        <translation>جهات الاتصال (الأولى هي جهة الاتصال الرئيسية):</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="30"/>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="31"/>
        <source>Department</source>
        <translation>إدارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="32"/>
        <source>Parliament</source>
        <translation>البرلمان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="33"/>
        <source>Judiciary</source>
        <translation>السلطة القضائية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="34"/>
        <source>National human rights institution</source>
        <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="37"/>
        <source>Statistics office</source>
        <translation>مكتب الإحصاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="38"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="39"/>
        <source>Local government</source>
        <translation>الحكومة المحلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/agency_dialog.py" line="40"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>AlertsButton</name>
    <message>
        <location filename="../../desktop/ui/views/alerts_button.py" line="26"/>
        <location filename="../../desktop/ui/views/alerts_button.py" line="53"/>
        <source>Open the dashboard</source>
        <translation>فتح لوحة المعلومات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="44"/>
        <source>%Ln overdue action(s)</source>
        <translation>
            <numerusform>‏%Ln إجراء فات موعده</numerusform>
            <numerusform>إجراء واحد فات موعده</numerusform>
            <numerusform>إجراءان فات موعدهما</numerusform>
            <numerusform>‏%Ln إجراءات فات موعدها</numerusform>
            <numerusform>‏%Ln إجراءً فات موعده</numerusform>
            <numerusform>‏%Ln إجراء فات موعده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="46"/>
        <source>%Ln overdue report(s)</source>
        <translation>
            <numerusform>‏%Ln تقرير فات موعده</numerusform>
            <numerusform>تقرير واحد فات موعده</numerusform>
            <numerusform>تقريران فات موعدهما</numerusform>
            <numerusform>‏%Ln تقارير فات موعدها</numerusform>
            <numerusform>‏%Ln تقريراً فات موعده</numerusform>
            <numerusform>‏%Ln تقرير فات موعده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/alerts_button.py" line="48"/>
        <source>%Ln report(s) due within 90 days</source>
        <translation>
            <numerusform>‏%Ln تقرير يستحق خلال 90 يوماً</numerusform>
            <numerusform>تقرير واحد يستحق خلال 90 يوماً</numerusform>
            <numerusform>تقريران يستحقان خلال 90 يوماً</numerusform>
            <numerusform>‏%Ln تقارير تستحق خلال 90 يوماً</numerusform>
            <numerusform>‏%Ln تقريراً يستحق خلال 90 يوماً</numerusform>
            <numerusform>‏%Ln تقرير يستحق خلال 90 يوماً</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentWords</name>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="31"/>
        <source>Assigned as lead</source>
        <translation>أُسندت إليها كجهة رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned</source>
        <translation>أُسند إليها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="32"/>
        <source>Assigned as supporting</source>
        <translation>أُسندت إليها كجهة داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="35"/>
        <source>Taken off as lead</source>
        <translation>أُعفيت من دور الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off</source>
        <translation>أُلغي الإسناد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="36"/>
        <source>Taken off as supporting</source>
        <translation>أُعفيت من دور الجهة الداعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made lead</source>
        <translation>أصبحت الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="38"/>
        <source>Made supporting</source>
        <translation>أصبحت جهة داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="39"/>
        <source>Assignment changed</source>
        <translation>عُدّل الإسناد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="44"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>لا توصيات</numerusform>
            <numerusform>توصية واحدة</numerusform>
            <numerusform>توصيتان</numerusform>
            <numerusform>‏%Ln توصيات</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="46"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>لا إجراءات</numerusform>
            <numerusform>إجراء واحد</numerusform>
            <numerusform>إجراءان</numerusform>
            <numerusform>‏%Ln إجراءات</numerusform>
            <numerusform>‏%Ln إجراءً</numerusform>
            <numerusform>‏%Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="48"/>
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>لا مجموعات مواضيعية</numerusform>
            <numerusform>مجموعة مواضيعية واحدة</numerusform>
            <numerusform>مجموعتان مواضيعيتان</numerusform>
            <numerusform>‏%Ln مجموعات مواضيعية</numerusform>
            <numerusform>‏%Ln مجموعة مواضيعية</numerusform>
            <numerusform>‏%Ln مجموعة مواضيعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="49"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>‏%Ln سجلات</numerusform>
            <numerusform>‏%Ln سجلاً</numerusform>
            <numerusform>‏%Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_assignment_rows.py" line="53"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>ولا غيرها</numerusform>
            <numerusform>وواحدة أخرى</numerusform>
            <numerusform>واثنتان أخريان</numerusform>
            <numerusform>و‏%Ln أخرى</numerusform>
            <numerusform>و‏%Ln أخرى</numerusform>
            <numerusform>و‏%Ln أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="26"/>
        <location filename="../../desktop/ui/audit_fields.py" line="224"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="27"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="28"/>
        <source>Sorted by</source>
        <translation>مرتب حسب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="29"/>
        <source>Sorted in descending order</source>
        <translation>ترتيب تنازلي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="30"/>
        <location filename="../../desktop/ui/audit_fields.py" line="31"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="32"/>
        <source>Measured on</source>
        <translation>تاريخ القياس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="33"/>
        <location filename="../../desktop/ui/audit_fields.py" line="200"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="34"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="35"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="36"/>
        <source>From an agency form</source>
        <translation>من استمارة جهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="37"/>
        <source>Form file fingerprint (SHA-256)</source>
        <translation>بصمة ملف الاستمارة (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="38"/>
        <source>Name as compared</source>
        <translation>الاسم كما يُقارن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="39"/>
        <source>Built in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="40"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="41"/>
        <location filename="../../desktop/ui/audit_fields.py" line="186"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="42"/>
        <source>Priority rationale</source>
        <translation>مبرر الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="43"/>
        <location filename="../../desktop/ui/audit_fields.py" line="44"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="45"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="46"/>
        <source>Reported on</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="47"/>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="48"/>
        <source>Progress made</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="49"/>
        <location filename="../../desktop/ui/audit_fields.py" line="50"/>
        <location filename="../../desktop/ui/audit_fields.py" line="190"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="51"/>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="52"/>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="53"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="54"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="55"/>
        <source>Name in Chinese</source>
        <translation>الاسم بالصينية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="56"/>
        <source>Position in the list</source>
        <translation>الموضع في القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="57"/>
        <location filename="../../desktop/ui/audit_fields.py" line="58"/>
        <source>SDG goal</source>
        <translation>هدف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="59"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="60"/>
        <location filename="../../desktop/ui/audit_fields.py" line="61"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="62"/>
        <source>Other name</source>
        <translation>اسم آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="63"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="64"/>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="65"/>
        <source>Main focal point</source>
        <translation>منسق الاتصال الرئيسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="66"/>
        <location filename="../../desktop/ui/audit_fields.py" line="67"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="68"/>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="69"/>
        <source>UPR cycle</source>
        <translation>دورة الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="70"/>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="71"/>
        <source>Document date</source>
        <translation>تاريخ الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="72"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="73"/>
        <source>Source of the position</source>
        <translation>مصدر الموقف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="74"/>
        <source>Kind of report</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="75"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="76"/>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="77"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="78"/>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="79"/>
        <source>Observer State</source>
        <translation>دولة مراقبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="80"/>
        <source>Held on</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="81"/>
        <source>Other participants</source>
        <translation>مشاركون آخرون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="82"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="83"/>
        <location filename="../../desktop/ui/audit_fields.py" line="84"/>
        <source>Progress update</source>
        <translation>تحديث التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="85"/>
        <location filename="../../desktop/ui/audit_fields.py" line="86"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="87"/>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="88"/>
        <source>Type of file</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="89"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="90"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>البصمة (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="91"/>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="92"/>
        <source>Stored at</source>
        <translation>مكان التخزين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="93"/>
        <location filename="../../desktop/ui/audit_fields.py" line="146"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="94"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="95"/>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="96"/>
        <source>OHCHR annotation id</source>
        <translation>معرّف شرح المفوضية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="97"/>
        <source>Annotation type</source>
        <translation>نوع الشرح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="98"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="99"/>
        <source>Language of the text</source>
        <translation>لغة النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="100"/>
        <source>Response (position)</source>
        <translation>الرد (الموقف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="101"/>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="102"/>
        <source>Needs parliament</source>
        <translation>تتطلب البرلمان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="103"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="104"/>
        <location filename="../../desktop/ui/audit_fields.py" line="105"/>
        <location filename="../../desktop/ui/audit_fields.py" line="188"/>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="106"/>
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="107"/>
        <location filename="../../desktop/ui/audit_fields.py" line="189"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="108"/>
        <source>Reference as sorted</source>
        <translation>المرجع كما يُرتب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="109"/>
        <source>Reference as compared</source>
        <translation>المرجع كما يُقارن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="110"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="111"/>
        <source>Title in Chinese</source>
        <translation>العنوان بالصينية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="112"/>
        <source>Start of the period</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="113"/>
        <source>End of the period</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="114"/>
        <source>Adopted on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="115"/>
        <source>Decision adopting it</source>
        <translation>قرار الاعتماد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="116"/>
        <source>National plan it belongs to</source>
        <translation>الخطة الوطنية التي ينتمي إليها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="117"/>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="118"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="119"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="120"/>
        <location filename="../../desktop/ui/audit_fields.py" line="121"/>
        <source>Focal point</source>
        <translation>منسق الاتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="122"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="123"/>
        <location filename="../../desktop/ui/audit_fields.py" line="124"/>
        <source>Part of</source>
        <translation>تابع لـ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="125"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="47"/>
        <location filename="../../desktop/ui/audit_fields.py" line="126"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="127"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="48"/>
        <location filename="../../desktop/ui/audit_fields.py" line="128"/>
        <source>Returned</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="129"/>
        <source>Returned file fingerprint (SHA-256)</source>
        <translation>بصمة الملف المُعاد (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="130"/>
        <source>Changes applied</source>
        <translation>التغييرات المطبقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="131"/>
        <location filename="../../desktop/ui/audit_fields.py" line="132"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="133"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="134"/>
        <source>Estimated cost</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="135"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="136"/>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="137"/>
        <source>Within the existing budget</source>
        <translation>ضمن الميزانية الحالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="138"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="139"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="140"/>
        <source>Baseline year</source>
        <translation>سنة الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="141"/>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="142"/>
        <source>Target year</source>
        <translation>السنة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="143"/>
        <source>Source of the data</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="144"/>
        <source>Reporting frequency</source>
        <translation>تواتر الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="145"/>
        <source>Agency providing the data</source>
        <translation>الجهة المقدمة للبيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="147"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="148"/>
        <source>Affected persons</source>
        <translation>الفئات المتأثرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="149"/>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="150"/>
        <source>SDG goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="151"/>
        <source>UPR Info issues</source>
        <translation>قضايا UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="152"/>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="153"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="154"/>
        <source>File format</source>
        <translation>تنسيق الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="155"/>
        <source>New records</source>
        <translation>سجلات جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="156"/>
        <source>Records updated</source>
        <translation>سجلات محدّثة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="157"/>
        <source>Rows refused</source>
        <translation>صفوف مرفوضة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="158"/>
        <source>Items applied</source>
        <translation>البنود المطبقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="165"/>
        <location filename="../../desktop/ui/audit_fields.py" line="187"/>
        <source>Implementation status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="166"/>
        <source>Action status</source>
        <translation>حالة الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="167"/>
        <source>Plan status</source>
        <translation>حالة الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="168"/>
        <source>Form status</source>
        <translation>حالة الاستمارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="169"/>
        <source>Type of agency</source>
        <translation>نوع الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="170"/>
        <source>Type of mechanism</source>
        <translation>نوع الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="171"/>
        <source>Type of indicator</source>
        <translation>نوع المؤشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="172"/>
        <source>Kind of consultation</source>
        <translation>نوع المشاورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="173"/>
        <location filename="../../desktop/ui/audit_fields.py" line="202"/>
        <source>Lead or supporting</source>
        <translation>رئيسية أو داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="174"/>
        <source>Agency of the focal point</source>
        <translation>جهة منسق الاتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="175"/>
        <source>Source of the figure</source>
        <translation>مصدر الرقم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="176"/>
        <source>Setting&apos;s value</source>
        <translation>قيمة الإعداد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="177"/>
        <source>Rows in the form</source>
        <translation>صفوف الاستمارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="178"/>
        <source>Form file</source>
        <translation>ملف الاستمارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="179"/>
        <source>Rows read</source>
        <translation>الصفوف المقروءة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="191"/>
        <source>Themes added</source>
        <translation>المواضيع المضافة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="192"/>
        <source>SDG targets added</source>
        <translation>غايات أهداف التنمية المستدامة المضافة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="73"/>
        <source>UHRI export</source>
        <translation>ملف مُصدَّر من الفهرس العالمي لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="74"/>
        <source>UPR Info database</source>
        <translation>قاعدة بيانات UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="75"/>
        <source>OHCHR thematic list</source>
        <translation>قائمة المفوضية المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="76"/>
        <source>Spreadsheet with chosen columns</source>
        <translation>جدول بأعمدة مختارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="83"/>
        <source>Lead</source>
        <translation>رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="84"/>
        <source>Supporting</source>
        <translation>داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="100"/>
        <source>Universal Periodic Review</source>
        <translation>الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="101"/>
        <source>Treaty body</source>
        <translation>هيئة معاهدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="102"/>
        <source>Special procedure</source>
        <translation>إجراء خاص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="103"/>
        <source>Regional mechanism</source>
        <translation>آلية إقليمية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_codes.py" line="104"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="306"/>
        <source>no. %1 (since deleted)</source>
        <translation>رقم %1 (حُذف لاحقًا)</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="25"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="26"/>
        <source>Changed</source>
        <translation>غُيّر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="27"/>
        <source>Archived</source>
        <translation>أُرشف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="28"/>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="29"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="30"/>
        <source>Bulk change</source>
        <translation>تغيير مجمّع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="31"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="32"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="33"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="34"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="35"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="36"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="70"/>
        <source>Implementation plan report</source>
        <translation>تقرير خطة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="71"/>
        <source>Consolidated status report</source>
        <translation>تقرير الحالة الموحد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="72"/>
        <source>Agency brief</source>
        <translation>موجز الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="73"/>
        <source>Register list</source>
        <translation>قائمة السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="78"/>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="79"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="80"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="81"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="82"/>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="83"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="84"/>
        <source>Measurement</source>
        <translation>قياس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="85"/>
        <source>Progress update</source>
        <translation>تحديث التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="86"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="87"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="88"/>
        <source>Reporting deadline</source>
        <translation>موعد نهائي للإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="89"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="90"/>
        <source>Agency form</source>
        <translation>استمارة جهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="91"/>
        <source>Setting</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="92"/>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="93"/>
        <source>Agency assignment</source>
        <translation>إسناد إلى جهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="94"/>
        <source>Focal point</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="95"/>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="96"/>
        <source>Document context paragraph</source>
        <translation>فقرة سياق الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="97"/>
        <source>Mechanism</source>
        <translation>آلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="98"/>
        <source>Country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="99"/>
        <source>Other name of a country</source>
        <translation>اسم آخر لبلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="100"/>
        <source>SDG goal</source>
        <translation>هدف من أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="101"/>
        <source>SDG target</source>
        <translation>غاية من غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="102"/>
        <source>Affected persons</source>
        <translation>الفئات المتأثرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="103"/>
        <source>UPR Info issue</source>
        <translation>قضية UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="104"/>
        <source>Saved view</source>
        <translation>عرض محفوظ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="105"/>
        <source>Form signing key</source>
        <translation>مفتاح توقيع الاستمارات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="106"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="107"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="108"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="109"/>
        <source>Cluster of an action</source>
        <translation>مجموعة مواضيعية لإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="110"/>
        <source>Recommendation of an action</source>
        <translation>توصية لإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="111"/>
        <source>Agency at a consultation</source>
        <translation>جهة في مشاورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="112"/>
        <source>Recommendation discussed at a consultation</source>
        <translation>توصية نوقشت في مشاورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="115"/>
        <source>Recommendation of a report</source>
        <translation>توصية في تقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="116"/>
        <source>Recommendation in a plan</source>
        <translation>توصية في خطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="117"/>
        <source>Affected persons of a recommendation</source>
        <translation>الفئات المتأثرة بتوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="120"/>
        <source>Recommending State of a recommendation</source>
        <translation>الدولة المقدِّمة لتوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="123"/>
        <source>SDG goal of a recommendation</source>
        <translation>هدف التنمية المستدامة لتوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="124"/>
        <source>SDG target of a recommendation</source>
        <translation>غاية التنمية المستدامة لتوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="125"/>
        <source>Theme of a recommendation</source>
        <translation>موضوع توصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="126"/>
        <source>UPR Info issue of a recommendation</source>
        <translation>قضية UPR Info لتوصية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="239"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="242"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>لا شيء محدد</numerusform>
            <numerusform>%Ln محددة</numerusform>
            <numerusform>%Ln محددتان</numerusform>
            <numerusform>%Ln محددة</numerusform>
            <numerusform>%Ln محددة</numerusform>
            <numerusform>%Ln محددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="247"/>
        <source>%1 (%Ln entries)</source>
        <translation>
            <numerusform>%1 (لا قيود)</numerusform>
            <numerusform>%1 (قيد واحد)</numerusform>
            <numerusform>%1 (قيدان)</numerusform>
            <numerusform>%1 (%Ln قيود)</numerusform>
            <numerusform>%1 (%Ln قيدًا)</numerusform>
            <numerusform>%1 (%Ln قيد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="248"/>
        <source>%1 (%Ln row(s))</source>
        <translation>
            <numerusform>%1 (لا صفوف)</numerusform>
            <numerusform>%1 (صف واحد)</numerusform>
            <numerusform>%1 (صفان)</numerusform>
            <numerusform>%1 (%Ln صفوف)</numerusform>
            <numerusform>%1 (%Ln صفًا)</numerusform>
            <numerusform>%1 (%Ln صف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="253"/>
        <source>Priority set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>حُددت الأولوية لـلا توصيات</numerusform>
            <numerusform>حُددت الأولوية لـتوصية واحدة</numerusform>
            <numerusform>حُددت الأولوية لـتوصيتان</numerusform>
            <numerusform>حُددت الأولوية لـ%Ln توصيات</numerusform>
            <numerusform>حُددت الأولوية لـ%Ln توصية</numerusform>
            <numerusform>حُددت الأولوية لـ%Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="254"/>
        <source>Implementation status set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>حُددت حالة التنفيذ لـلا توصيات</numerusform>
            <numerusform>حُددت حالة التنفيذ لـتوصية واحدة</numerusform>
            <numerusform>حُددت حالة التنفيذ لـتوصيتان</numerusform>
            <numerusform>حُددت حالة التنفيذ لـ%Ln توصيات</numerusform>
            <numerusform>حُددت حالة التنفيذ لـ%Ln توصية</numerusform>
            <numerusform>حُددت حالة التنفيذ لـ%Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="255"/>
        <source>Cluster set on %Ln recommendation(s)</source>
        <translation>
            <numerusform>حُددت المجموعة المواضيعية لـلا توصيات</numerusform>
            <numerusform>حُددت المجموعة المواضيعية لـتوصية واحدة</numerusform>
            <numerusform>حُددت المجموعة المواضيعية لـتوصيتان</numerusform>
            <numerusform>حُددت المجموعة المواضيعية لـ%Ln توصيات</numerusform>
            <numerusform>حُددت المجموعة المواضيعية لـ%Ln توصية</numerusform>
            <numerusform>حُددت المجموعة المواضيعية لـ%Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="256"/>
        <source>%Ln recommendation(s) archived or restored</source>
        <translation>
            <numerusform>لم تُؤرشف أو تُستعد أي توصية</numerusform>
            <numerusform>أُرشفت أو استُعيدت توصية واحدة</numerusform>
            <numerusform>أُرشفت أو استُعيدت توصيتان</numerusform>
            <numerusform>أُرشفت أو استُعيدت %Ln توصيات</numerusform>
            <numerusform>أُرشفت أو استُعيدت %Ln توصية</numerusform>
            <numerusform>أُرشفت أو استُعيدت %Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="257"/>
        <source>Agency assigned to %Ln recommendation(s)</source>
        <translation>
            <numerusform>أُسندت جهة إلى لا توصيات</numerusform>
            <numerusform>أُسندت جهة إلى توصية واحدة</numerusform>
            <numerusform>أُسندت جهة إلى توصيتان</numerusform>
            <numerusform>أُسندت جهة إلى %Ln توصيات</numerusform>
            <numerusform>أُسندت جهة إلى %Ln توصية</numerusform>
            <numerusform>أُسندت جهة إلى %Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="258"/>
        <source>Themes added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>أُضيفت مواضيع إلى لا توصيات</numerusform>
            <numerusform>أُضيفت مواضيع إلى توصية واحدة</numerusform>
            <numerusform>أُضيفت مواضيع إلى توصيتان</numerusform>
            <numerusform>أُضيفت مواضيع إلى %Ln توصيات</numerusform>
            <numerusform>أُضيفت مواضيع إلى %Ln توصية</numerusform>
            <numerusform>أُضيفت مواضيع إلى %Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="259"/>
        <source>SDG targets added to %Ln recommendation(s)</source>
        <translation>
            <numerusform>أُضيفت غايات التنمية المستدامة إلى لا توصيات</numerusform>
            <numerusform>أُضيفت غايات التنمية المستدامة إلى توصية واحدة</numerusform>
            <numerusform>أُضيفت غايات التنمية المستدامة إلى توصيتان</numerusform>
            <numerusform>أُضيفت غايات التنمية المستدامة إلى %Ln توصيات</numerusform>
            <numerusform>أُضيفت غايات التنمية المستدامة إلى %Ln توصية</numerusform>
            <numerusform>أُضيفت غايات التنمية المستدامة إلى %Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit_labels.py" line="261"/>
        <source>%Ln recommendation(s) changed</source>
        <translation>
            <numerusform>لم تتغير أي توصية</numerusform>
            <numerusform>تغيرت توصية واحدة</numerusform>
            <numerusform>تغيرت توصيتان</numerusform>
            <numerusform>تغيرت %Ln توصيات</numerusform>
            <numerusform>تغيرت %Ln توصية</numerusform>
            <numerusform>تغيرت %Ln توصية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="136"/>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="138"/>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="144"/>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="145"/>
        <source>Editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="146"/>
        <source>Agency focal point</source>
        <translation>جهة اتصال الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_labels.py" line="147"/>
        <source>Reader</source>
        <translation>قارئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_fields.py" line="257"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="54"/>
        <source>Bulk actions</source>
        <translation>إجراءات مجمّعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="55"/>
        <source>Set implementation status</source>
        <translation>تحديد حالة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="58"/>
        <source>Set priority</source>
        <translation>تحديد الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="61"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="62"/>
        <source>Put in cluster</source>
        <translation>وضع في مجموعة مواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="65"/>
        <source>(no cluster)</source>
        <translation>(بلا مجموعة مواضيعية)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="67"/>
        <source>Assign lead agency</source>
        <translation>تعيين الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="68"/>
        <source>Assign supporting agency</source>
        <translation>تعيين جهة داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="74"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="75"/>
        <source>Undo the last bulk action</source>
        <translation>التراجع عن آخر إجراء مجمّع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="89"/>
        <source>Select recommendations first.</source>
        <translation>حدد التوصيات أولاً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="102"/>
        <source>Changing {count} recommendations…</source>
        <translation>جارٍ تغيير التوصيات ({count})…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="112"/>
        <source>Changed {changed} of {selected} recommendations. Ctrl+Z undoes it.</source>
        <translation>تم تغيير {changed} من أصل {selected} من التوصيات. يمكن التراجع بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="104"/>
        <location filename="../../desktop/ui/views/register_bulk.py" line="119"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغي: لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="121"/>
        <source>Bulk action failed</source>
        <translation>فشل الإجراء المجمّع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="122"/>
        <source>Nothing was changed.</source>
        <translation>لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="127"/>
        <source>There is no bulk action to undo.</source>
        <translation>لا يوجد إجراء مجمّع للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_bulk.py" line="137"/>
        <source>Undone: {count} recommendations as they were.</source>
        <translation>تم التراجع: أُعيدت التوصيات ({count}) إلى ما كانت عليه.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="76"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="77"/>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="78"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="79"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="80"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="81"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="124"/>
        <source>Submitted</source>
        <translation>قُدّم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="82"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="101"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="102"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="103"/>
        <source>Mark submitted…</source>
        <translation>وضع علامة «قُدّم»…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="104"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="105"/>
        <source>Show the recommendations covered</source>
        <translation>عرض التوصيات المشمولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="111"/>
        <location filename="../../desktop/ui/views/calendar_page.py" line="275"/>
        <location filename="../../desktop/ui/views/pages.py" line="152"/>
        <source>Reporting calendar</source>
        <translation>جدول الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="115"/>
        <source>Reports due to the UPR, the treaty bodies and other mechanisms: when each is due, whether it went in, and the recommendations it must cover.</source>
        <translation>التقارير المستحقة للاستعراض الدوري الشامل وهيئات المعاهدات والآليات الأخرى: موعد استحقاق كل تقرير، وهل قُدّم، والتوصيات التي يجب أن يغطيها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="121"/>
        <source>Overdue</source>
        <translation>فات موعده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="122"/>
        <source>Due soon</source>
        <translation>يستحق قريباً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="123"/>
        <source>Later</source>
        <translation>لاحقاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="144"/>
        <source>{n} days late</source>
        <translation>أيام التأخير: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="183"/>
        <source>{overdue} overdue · {upcoming} due in the next {days} days</source>
        <translation>فات موعدها: {overdue} · مستحقة خلال الأيام الـ {days} القادمة: {upcoming}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="191"/>
        <source>next due {date}</source>
        <translation>الاستحقاق التالي {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="194"/>
        <source>No reporting deadline yet: use New… to add one.</source>
        <translation>لا يوجد موعد نهائي للإبلاغ بعد: استخدم «جديد…» لإضافة موعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="198"/>
        <source>Select one deadline.</source>
        <translation>حدد موعداً نهائياً واحداً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="220"/>
        <source>Mark submitted</source>
        <translation>وضع علامة «قُدّم»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="232"/>
        <source>Submitted on:</source>
        <translation>تاريخ التقديم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="253"/>
        <source>Select the deadlines to delete.</source>
        <translation>حدد المواعيد النهائية المراد حذفها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="257"/>
        <source>Delete deadlines</source>
        <translation>حذف المواعيد النهائية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/calendar_page.py" line="258"/>
        <source>Delete {titles}? The recommendations stay in the register.</source>
        <translation>هل تريد حذف {titles}؟ تبقى التوصيات في السجل.</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="69"/>
        <source>Type to narrow the list</source>
        <translation>اكتب لتضييق القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="70"/>
        <source>Enter ticks the values shown</source>
        <translation>يضع مفتاح Enter علامة على القيم المعروضة</translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesActions</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="100"/>
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="105"/>
        <source>Select one cluster to set its agencies.</source>
        <translation>حدد مجموعة مواضيعية واحدة لتحديد جهاتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="133"/>
        <source>The agencies of “{cluster}” are saved.</source>
        <translation>حُفظت جهات «{cluster}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="139"/>
        <source>Select one cluster to assign its agencies.</source>
        <translation>حدد مجموعة مواضيعية واحدة لإسناد جهاتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="144"/>
        <source>“{cluster}” has no agencies yet: set them first.</source>
        <translation>ليست لـ «{cluster}» جهات بعد: حددها أولاً.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="159"/>
        <source>The %Ln recommendation(s) of “{cluster}” already have its agencies.</source>
        <translation>
            <numerusform>توصيات «{cluster}» (%Ln) مسندة بالفعل إلى جهاتها.</numerusform>
            <numerusform>توصيات «{cluster}» (%Ln) مسندة بالفعل إلى جهاتها.</numerusform>
            <numerusform>توصيات «{cluster}» (%Ln) مسندة بالفعل إلى جهاتها.</numerusform>
            <numerusform>توصيات «{cluster}» (%Ln) مسندة بالفعل إلى جهاتها.</numerusform>
            <numerusform>توصيات «{cluster}» (%Ln) مسندة بالفعل إلى جهاتها.</numerusform>
            <numerusform>توصيات «{cluster}» (%Ln) مسندة بالفعل إلى جهاتها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="167"/>
        <source>Assign {agencies} to the recommendations of “{cluster}”?</source>
        <translation>هل تريد إسناد {agencies} إلى توصيات «{cluster}»؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="171"/>
        <source>%Ln recommendation(s) will change</source>
        <translation>
            <numerusform>التوصيات التي ستتغير: %Ln</numerusform>
            <numerusform>التوصيات التي ستتغير: %Ln</numerusform>
            <numerusform>التوصيات التي ستتغير: %Ln</numerusform>
            <numerusform>التوصيات التي ستتغير: %Ln</numerusform>
            <numerusform>التوصيات التي ستتغير: %Ln</numerusform>
            <numerusform>التوصيات التي ستتغير: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="173"/>
        <source>(of %Ln in the cluster).</source>
        <translation>
            <numerusform>(من أصل %Ln في المجموعة المواضيعية).</numerusform>
            <numerusform>(من أصل %Ln في المجموعة المواضيعية).</numerusform>
            <numerusform>(من أصل %Ln في المجموعة المواضيعية).</numerusform>
            <numerusform>(من أصل %Ln في المجموعة المواضيعية).</numerusform>
            <numerusform>(من أصل %Ln في المجموعة المواضيعية).</numerusform>
            <numerusform>(من أصل %Ln في المجموعة المواضيعية).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="175"/>
        <source>The agencies they already have stay.</source>
        <translation>تبقى الجهات المسندة إليها بالفعل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="177"/>
        <source>Assign the cluster&apos;s agencies</source>
        <translation>إسناد جهات المجموعة المواضيعية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="193"/>
        <source>%Ln recommendation(s) of “{cluster}” now have its agencies.</source>
        <translation>
            <numerusform>أصبحت توصيات «{cluster}» مسندة إلى جهاتها: %Ln.</numerusform>
            <numerusform>أصبحت توصيات «{cluster}» مسندة إلى جهاتها: %Ln.</numerusform>
            <numerusform>أصبحت توصيات «{cluster}» مسندة إلى جهاتها: %Ln.</numerusform>
            <numerusform>أصبحت توصيات «{cluster}» مسندة إلى جهاتها: %Ln.</numerusform>
            <numerusform>أصبحت توصيات «{cluster}» مسندة إلى جهاتها: %Ln.</numerusform>
            <numerusform>أصبحت توصيات «{cluster}» مسندة إلى جهاتها: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="212"/>
        <source>Undone: %Ln recommendation(s) have their agencies back.</source>
        <translation>
            <numerusform>تم التراجع: استعادت التوصيات جهاتها السابقة: %Ln.</numerusform>
            <numerusform>تم التراجع: استعادت التوصيات جهاتها السابقة: %Ln.</numerusform>
            <numerusform>تم التراجع: استعادت التوصيات جهاتها السابقة: %Ln.</numerusform>
            <numerusform>تم التراجع: استعادت التوصيات جهاتها السابقة: %Ln.</numerusform>
            <numerusform>تم التراجع: استعادت التوصيات جهاتها السابقة: %Ln.</numerusform>
            <numerusform>تم التراجع: استعادت التوصيات جهاتها السابقة: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterAgenciesDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="51"/>
        <source>Agencies of “{cluster}”</source>
        <translation>جهات «{cluster}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_agencies.py" line="54"/>
        <source>Actions proposed for this cluster in a new plan are led by its lead agency and supported by its supporting agencies.</source>
        <translation>الإجراءات المقترحة لهذه المجموعة المواضيعية في خطة جديدة تقودها جهتها الرئيسية وتدعمها جهاتها الداعمة.</translation>
    </message>
</context>
<context>
    <name>ClusterPriorityDialog</name>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="28"/>
        <source>Priority of “{cluster}”</source>
        <translation>أولوية «{cluster}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="38"/>
        <source>Why: e.g. the next review, the budget cycle, the gravity of the situation</source>
        <translation>السبب: مثلاً الاستعراض القادم، أو دورة الميزانية، أو خطورة الوضع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="41"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/cluster_priority_dialog.py" line="42"/>
        <source>Rationale</source>
        <translation>المسوّغ</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="44"/>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="45"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="46"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="47"/>
        <source>Lead agency</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="48"/>
        <source>Supporting agencies</source>
        <translation>الجهات الداعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="61"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="68"/>
        <source>Lead and supporting agencies…</source>
        <translation>الجهات الرئيسية والداعمة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="71"/>
        <source>Assign the cluster&apos;s agencies to its recommendations…</source>
        <translation>إسناد جهات المجموعة المواضيعية إلى توصياتها…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="73"/>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="78"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="79"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="80"/>
        <source>Priority…</source>
        <translation>الأولوية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="86"/>
        <source>Merge selected…</source>
        <translation>دمج المحدد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="87"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="88"/>
        <source>Show in the register</source>
        <translation>عرض في السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="94"/>
        <location filename="../../desktop/ui/views/pages.py" line="135"/>
        <source>Clusters</source>
        <translation>المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="97"/>
        <source>Thematic clusters that group recommendations for planning and reporting.</source>
        <translation>مجموعات مواضيعية تجمع التوصيات لأغراض التخطيط والإبلاغ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <source>New cluster</source>
        <translation>مجموعة مواضيعية جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="128"/>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="134"/>
        <source>Select one cluster to rename.</source>
        <translation>حدد مجموعة مواضيعية واحدة لإعادة تسميتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="138"/>
        <source>Rename cluster</source>
        <translation>إعادة تسمية المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="156"/>
        <source>Select one cluster to prioritise.</source>
        <translation>حدد مجموعة مواضيعية واحدة لتحديد أولويتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="177"/>
        <source>Select two or more clusters to merge.</source>
        <translation>حدد مجموعتين مواضيعيتين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="182"/>
        <source>Merge clusters</source>
        <translation>دمج المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="183"/>
        <source>Keep this one; the others join it:</source>
        <translation>الإبقاء على هذه؛ وتنضم إليها الأخرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="201"/>
        <source>Delete clusters</source>
        <translation>حذف المجموعات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/clusters_page.py" line="203"/>
        <source>Delete {names}? Their recommendations stay in the register, without a cluster.</source>
        <translation>هل تريد حذف {names}؟ تبقى توصياتها في السجل، دون مجموعة مواضيعية.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>Edit consultation</source>
        <translation>تعديل المشاورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="93"/>
        <source>New consultation</source>
        <translation>مشاورة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="107"/>
        <source>Date held:</source>
        <translation>تاريخ الانعقاد:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="108"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="109"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="112"/>
        <source>Type to narrow the list</source>
        <translation>اكتب لتضييق القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="120"/>
        <source>Organisations not in the agency directory</source>
        <translation>منظمات غير مدرجة في دليل الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="122"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="124"/>
        <source>Agencies present:</source>
        <translation>الجهات الحاضرة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="127"/>
        <source>Other participants:</source>
        <translation>مشاركون آخرون:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="131"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="141"/>
        <source>Reference or words</source>
        <translation>الرمز المرجعي أو كلمات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="143"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="168"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="145"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="169"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="163"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="170"/>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="239"/>
        <source>Recommendations discussed ({n})</source>
        <translation>التوصيات التي نوقشت ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="249"/>
        <source>Type a reference or words to find recommendations.</source>
        <translation>اكتب رمزاً مرجعياً أو كلمات للبحث عن التوصيات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="262"/>
        <source>No recommendation matches.</source>
        <translation>لا توجد توصية مطابقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="278"/>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="386"/>
        <source>Recommendations discussed</source>
        <translation>التوصيات التي نوقشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="296"/>
        <source>Attach evidence files</source>
        <translation>إرفاق ملفات الأدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="305"/>
        <source>Stored when you save: {path}</source>
        <translation>يُخزَّن عند الحفظ: ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="319"/>
        <source>Select a saved attachment to save a copy of.</source>
        <translation>حدد مرفقاً محفوظاً لحفظ نسخة منه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="322"/>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="328"/>
        <source>Saved {path}</source>
        <translation>تم الحفظ: ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="377"/>
        <source>Not saved: changed by someone else.</source>
        <translation>لم يُحفظ: غيّره شخص آخر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="383"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="384"/>
        <source>Date held</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultation_dialog.py" line="385"/>
        <source>Agencies present</source>
        <translation>الجهات الحاضرة</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="45"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="46"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="47"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="48"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="49"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="50"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="63"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="64"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="65"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="66"/>
        <source>Show the recommendations discussed</source>
        <translation>عرض التوصيات التي نوقشت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="72"/>
        <location filename="../../desktop/ui/views/pages.py" line="146"/>
        <source>Consultations</source>
        <translation>المشاورات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="76"/>
        <source>Consultations with the national human rights institution, civil society and parliament: who took part, what was discussed, and the evidence.</source>
        <translation>المشاورات مع المؤسسة الوطنية لحقوق الإنسان والمجتمع المدني والبرلمان: من شارك، وما نوقش، والأدلة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="112"/>
        <source>No consultation recorded yet: use New… to record one.</source>
        <translation>لم تُسجَّل أي مشاورة بعد: استخدم «جديد…» لتسجيل مشاورة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="124"/>
        <source>Select one consultation to edit.</source>
        <translation>حدد مشاورة واحدة لتعديلها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="146"/>
        <source>Select the consultations to delete.</source>
        <translation>حدد المشاورات المراد حذفها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="150"/>
        <source>Delete consultations</source>
        <translation>حذف المشاورات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="152"/>
        <source>Delete {titles} with their attachments? The recommendations stay in the register.</source>
        <translation>هل تريد حذف {titles} مع مرفقاتها؟ تبقى التوصيات في السجل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/consultations_page.py" line="168"/>
        <source>Select one consultation.</source>
        <translation>حدد مشاورة واحدة.</translation>
    </message>
</context>
<context>
    <name>CostsTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="75"/>
        <source>Lead agency</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="76"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="77"/>
        <source>Estimated cost</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="78"/>
        <source>Within existing budget</source>
        <translation>في حدود الميزانية القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="79"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="95"/>
        <source>No lead agency</source>
        <translation>لا توجد جهة رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="100"/>
        <source>no estimate</source>
        <translation>لا يوجد تقدير</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="120"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="121"/>
        <source>Overdue actions</source>
        <translation>الإجراءات التي فات موعدها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="122"/>
        <source>Reports overdue or due soon</source>
        <translation>التقارير التي فات موعدها أو المستحقة قريباً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="123"/>
        <source>Actions without indicators</source>
        <translation>إجراءات بلا مؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="124"/>
        <source>Recommendations without a lead agency</source>
        <translation>توصيات بلا جهة رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="125"/>
        <source>Update forms outstanding</source>
        <translation>استمارات تحديث لم تُعَد بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>By mechanism</source>
        <translation>حسب الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="138"/>
        <source>Numbers by mechanism</source>
        <translation>الأعداد حسب الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>By theme</source>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="139"/>
        <source>Numbers by theme</source>
        <translation>الأعداد حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>By SDG goal</source>
        <translation>حسب هدف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="140"/>
        <source>Numbers by SDG goal</source>
        <translation>الأعداد حسب هدف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>By lead agency</source>
        <translation>حسب الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="141"/>
        <source>Numbers by lead agency</source>
        <translation>الأعداد حسب الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="159"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="161"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="211"/>
        <location filename="../../desktop/ui/views/pages.py" line="159"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="215"/>
        <source>Where implementation stands, what is late and what falls due. Click a number to see those recommendations in the register.</source>
        <translation>أين وصل التنفيذ، وما تأخر، وما يحين موعده. انقر على أي رقم لعرض تلك التوصيات في السجل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="244"/>
        <source>Could not read the dashboard: {error}</source>
        <translation>تعذرت قراءة لوحة المعلومات: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/dashboard_page.py" line="259"/>
        <source>%n past the deadline</source>
        <translation>
            <numerusform>فات موعدها: %n</numerusform>
            <numerusform>فات موعدها: %n</numerusform>
            <numerusform>فات موعدها: %n</numerusform>
            <numerusform>فات موعدها: %n</numerusform>
            <numerusform>فات موعدها: %n</numerusform>
            <numerusform>فات موعدها: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="263"/>
        <source>As on {date}; reports due within {days} days count as due soon.</source>
        <translation>بتاريخ {date}؛ تُعد التقارير المستحقة خلال {days} يوماً مستحقة قريباً.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="276"/>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="302"/>
        <source>The chart shows the {n} largest of {total}; the table lists all.</source>
        <translation>يعرض الرسم البياني أكبر {n} من أصل {total}؛ ويسرد الجدول الكل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_page.py" line="324"/>
        <source>Show these {n} in the register</source>
        <translation>عرض هذه التوصيات ({n}) في السجل</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>Edit deadline</source>
        <translation>تعديل الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="89"/>
        <source>New reporting deadline</source>
        <translation>موعد نهائي جديد للإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="103"/>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="116"/>
        <source>Mechanism:</source>
        <translation>الآلية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="117"/>
        <source>Kind of report:</source>
        <translation>نوع التقرير:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="118"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="119"/>
        <source>Due date:</source>
        <translation>تاريخ الاستحقاق:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="120"/>
        <source>Submitted:</source>
        <translation>قُدّم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="121"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="128"/>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="306"/>
        <source>Recommendations covered</source>
        <translation>التوصيات المشمولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="131"/>
        <source>The report covers every live recommendation of the documents ticked:</source>
        <translation>يغطي التقرير كل توصية سارية في الوثائق المحددة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="187"/>
        <source>{symbol} ({date}): {n} live recommendations</source>
        <translation>‏‎{symbol}‎ ({date}): التوصيات السارية: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="209"/>
        <source>This mechanism has no documents in the register.</source>
        <translation>ليست لهذه الآلية وثائق في السجل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="240"/>
        <source>{n} recommendations covered</source>
        <translation>التوصيات المشمولة: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="243"/>
        <source>(a half-ticked document: only some of its recommendations, chosen one by one)</source>
        <translation>(وثيقة محددة جزئياً: بعض توصياتها فقط، مختارة واحدة واحدة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="296"/>
        <source>Not saved: changed by someone else.</source>
        <translation>لم يُحفظ: غيّره شخص آخر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="302"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="303"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="304"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/deadline_dialog.py" line="305"/>
        <source>Submitted</source>
        <translation>قُدّم</translation>
    </message>
</context>
<context>
    <name>DocumentContextPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/document_context_panel.py" line="77"/>
        <source>%n paragraph(s) of the same document that are not recommendations (concerns and observations, positive aspects …). They are not counted anywhere.</source>
        <translation>
            <numerusform>فقرات من الوثيقة نفسها ليست توصيات (دواعي القلق والملاحظات، والجوانب الإيجابية …): %n. لا تُحتسب في أي مكان.</numerusform>
            <numerusform>فقرات من الوثيقة نفسها ليست توصيات (دواعي القلق والملاحظات، والجوانب الإيجابية …): %n. لا تُحتسب في أي مكان.</numerusform>
            <numerusform>فقرات من الوثيقة نفسها ليست توصيات (دواعي القلق والملاحظات، والجوانب الإيجابية …): %n. لا تُحتسب في أي مكان.</numerusform>
            <numerusform>فقرات من الوثيقة نفسها ليست توصيات (دواعي القلق والملاحظات، والجوانب الإيجابية …): %n. لا تُحتسب في أي مكان.</numerusform>
            <numerusform>فقرات من الوثيقة نفسها ليست توصيات (دواعي القلق والملاحظات، والجوانب الإيجابية …): %n. لا تُحتسب في أي مكان.</numerusform>
            <numerusform>فقرات من الوثيقة نفسها ليست توصيات (دواعي القلق والملاحظات، والجوانب الإيجابية …): %n. لا تُحتسب في أي مكان.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/document_context_panel.py" line="85"/>
        <source>The source document has no other paragraphs kept: its import gave only recommendations, or its other types were skipped.</source>
        <translation>لم تُحفظ فقرات أخرى من الوثيقة المصدر: لم يُنتج استيرادها سوى توصيات، أو تُخطّيت أنواعها الأخرى.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="36"/>
        <source>a value is required</source>
        <translation>القيمة مطلوبة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="37"/>
        <source>longer than {limit} characters</source>
        <translation>أطول من {limit} حرفاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="38"/>
        <source>not a number</source>
        <translation>ليس رقماً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="39"/>
        <source>a number from {low} to {high}</source>
        <translation>رقم من {low} إلى {high}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="40"/>
        <source>{value} is not one of the choices</source>
        <translation>‏{value} ليست من الخيارات المتاحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="41"/>
        <source>a value chosen no longer exists (deleted or merged meanwhile); choose again</source>
        <translation>قيمة مختارة لم تعد موجودة (حُذفت أو دُمجت في الأثناء)؛ اختر من جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="44"/>
        <source>ends before it starts</source>
        <translation>ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="45"/>
        <source>must be zero or more</source>
        <translation>يجب أن يكون صفراً أو أكثر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="46"/>
        <source>the number is too large</source>
        <translation>الرقم كبير جداً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="47"/>
        <source>has more than two decimals</source>
        <translation>فيه أكثر من منزلتين عشريتين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="48"/>
        <source>the currency must be a three-letter ISO code (e.g. USD)</source>
        <translation>يجب أن تكون العملة رمز ISO من ثلاثة أحرف (مثلاً USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="51"/>
        <source>an action of an adopted plan needs a lead agency</source>
        <translation>يحتاج إجراء في خطة معتمدة إلى جهة رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="54"/>
        <source>there is already an agency called {name}</source>
        <translation>توجد بالفعل جهة باسم {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="55"/>
        <source>there is already a cluster called {name}</source>
        <translation>توجد بالفعل مجموعة مواضيعية باسم {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="56"/>
        <source>someone else changed this cluster&apos;s agencies; reopen them</source>
        <translation>غيّر شخص آخر جهات هذه المجموعة المواضيعية؛ أعد فتحها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="59"/>
        <source>another plan already has this title</source>
        <translation>توجد خطة أخرى بهذا العنوان بالفعل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="60"/>
        <source>an agency is listed twice</source>
        <translation>جهة مدرجة مرتين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="61"/>
        <source>{name} is listed twice</source>
        <translation>‏{name} مدرج مرتين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="62"/>
        <source>{value} is not an e-mail address</source>
        <translation>‏{value} ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="63"/>
        <source>the focal point chosen does not belong to that agency</source>
        <translation>جهة الاتصال المختارة لا تتبع تلك الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="66"/>
        <source>choose at least one other to merge into this one</source>
        <translation>اختر عنصراً آخر واحداً على الأقل لدمجه في هذا العنصر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="69"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="70"/>
        <source>not a file</source>
        <translation>ليس ملفاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="71"/>
        <source>the file is too large; evidence files may be at most {limit} MB</source>
        <translation>الملف كبير جداً؛ الحد الأقصى لملفات الأدلة {limit} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="74"/>
        <source>cannot read the file: {reason}</source>
        <translation>تتعذر قراءة الملف: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="75"/>
        <source>the date cannot be in the future</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="76"/>
        <source>the submission date is in the future; mark the report submitted once it is sent</source>
        <translation>تاريخ التقديم في المستقبل؛ ضع على التقرير علامة «قُدّم» بعد إرساله</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="80"/>
        <source>the submission date is more than {years} years before the due date; check the year</source>
        <translation>تاريخ التقديم يسبق الموعد النهائي بأكثر من {years} سنوات؛ تحقق من السنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="84"/>
        <source>the year must be from {first} to {last}</source>
        <translation>يجب أن تكون السنة من {first} إلى {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="87"/>
        <source>the value must be a finite number</source>
        <translation>يجب أن تكون القيمة عدداً منتهياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="88"/>
        <source>the value has more than 16 digits before the point</source>
        <translation>في القيمة أكثر من 16 رقماً قبل الفاصلة العشرية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="91"/>
        <source>the value has more than 4 decimal places</source>
        <translation>في القيمة أكثر من 4 منازل عشرية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="94"/>
        <source>the target year is before the baseline year</source>
        <translation>السنة المستهدفة تسبق سنة خط الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="97"/>
        <source>say what happened, change the status or attach evidence</source>
        <translation>اذكر ما حدث، أو غيّر الحالة، أو أرفق أدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="100"/>
        <source>this record no longer exists; someone else deleted or merged it</source>
        <translation>هذا السجل لم يعد موجوداً؛ حذفه شخص آخر أو دمجه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="103"/>
        <source>someone else changed this since you opened it; your changes were not saved</source>
        <translation>غيّر شخص آخر هذا العنصر بعد أن فتحته؛ لم تُحفظ تغييراتك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="106"/>
        <source>a record was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>تغيّر سجل في قاعدة البيانات منذ مراجعة الاستمارة؛ لم يُطبَّق شيء. راجع الملف من جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="111"/>
        <source>{reference} (row {row}) was changed in the database since the form was reviewed; nothing was applied. Review the file again</source>
        <translation>تغيّر ‎{reference}‎ (الصف {row}) في قاعدة البيانات منذ مراجعة الاستمارة؛ لم يُطبَّق شيء. راجع الملف من جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="116"/>
        <source>the merge cannot be undone: the names were changed since</source>
        <translation>لا يمكن التراجع عن الدمج: تغيّرت الأسماء منذ ذلك الحين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="119"/>
        <source>another recommendation of this document already has the reference {reference}</source>
        <translation>لتوصية أخرى في هذه الوثيقة الرمز المرجعي ‎{reference}‎ بالفعل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="122"/>
        <source>an agency cannot both lead and support the same recommendation</source>
        <translation>لا يمكن لجهة أن تكون رئيسية وداعمة للتوصية نفسها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="125"/>
        <source>this document is not one of that mechanism&apos;s</source>
        <translation>هذه الوثيقة ليست من وثائق تلك الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="128"/>
        <source>only archived recommendations can be deleted; archive it first</source>
        <translation>لا يمكن حذف إلا التوصيات المؤرشفة؛ أرشفها أولاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="131"/>
        <source>another program is writing to this database; nothing was changed. Try again in a moment</source>
        <translation>برنامج آخر يكتب في قاعدة البيانات هذه؛ لم يُغيَّر شيء. حاول مجدداً بعد لحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="135"/>
        <source>another user changed the same records at the same moment; nothing was changed. Try again</source>
        <translation>غيّر مستخدم آخر السجلات نفسها في اللحظة نفسها؛ لم يُغيَّر شيء. حاول مجدداً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="139"/>
        <source>another program has this database open; close NMRF Desk everywhere it uses this database, then restore. Nothing was changed</source>
        <translation>برنامج آخر يفتح قاعدة البيانات هذه؛ أغلق NMRF Desk في كل مكان يستخدم فيه قاعدة البيانات هذه، ثم أجرِ الاستعادة. لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="144"/>
        <source>the database is open read-only; nothing was changed</source>
        <translation>قاعدة البيانات مفتوحة للقراءة فقط؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="147"/>
        <source>the database&apos;s folder is read-only; nothing was changed</source>
        <translation>مجلد قاعدة البيانات للقراءة فقط؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="150"/>
        <source>this database is read-only and was made by an earlier version of NMRF Desk: it must be upgraded, which cannot be done here. Copy it to a folder you can write to, or ask for write access</source>
        <translation>قاعدة البيانات هذه للقراءة فقط وأُنشئت بإصدار سابق من NMRF Desk: يجب ترقيتها، وهو ما لا يمكن فعله هنا. انسخها إلى مجلد يمكنك الكتابة فيه، أو اطلب إذن الكتابة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="156"/>
        <source>the database is read-only, and changes not yet folded into the file cannot be read here; copy the folder somewhere you can write to</source>
        <translation>قاعدة البيانات للقراءة فقط، ولا يمكن هنا قراءة التغييرات التي لم تُدمج بعد في الملف؛ انسخ المجلد إلى مكان يمكنك الكتابة فيه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="161"/>
        <source>the disk is full; nothing was changed. Free some space and try again</source>
        <translation>القرص ممتلئ؛ لم يُغيَّر شيء. أفرغ بعض المساحة وحاول مجدداً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="164"/>
        <source>{login} is not a user of this database: you may read only</source>
        <translation>‏{login} ليس مستخدماً لقاعدة البيانات هذه: يمكنك القراءة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="167"/>
        <source>{login} ({role}): only an administrator may do this</source>
        <translation>‏{login} ({role}): لا يمكن فعل ذلك إلا للمسؤول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="170"/>
        <source>{login} ({role}): only an administrator may delete for good; archive it instead</source>
        <translation>‏{login} ({role}): لا يمكن الحذف النهائي إلا للمسؤول؛ أرشفه بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="173"/>
        <source>{login} ({role}): readers may read, search, export and make reports</source>
        <translation>‏{login} ({role}): يمكن للقرّاء القراءة والبحث والتصدير وإعداد التقارير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="176"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations</source>
        <translation>‏{login} ({role}): تسجل جهات الاتصال التقدم المحرز والأدلة والقياسات وحالة وتواريخ إجراءات جهتها وتوصياتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="181"/>
        <source>{login} ({role}): focal points record progress, evidence, measurements and the status and dates of their agency&apos;s actions and recommendations (not {fields})</source>
        <translation>‏{login} ({role}): تسجل جهات الاتصال التقدم المحرز والأدلة والقياسات وحالة وتواريخ إجراءات جهتها وتوصياتها (وليس {fields})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="186"/>
        <source>{login} ({role}): this is not the work of their agency</source>
        <translation>‏{login} ({role}): هذا ليس من عمل جهته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="264"/>
        <source>Not allowed: {reason}; nothing was changed</source>
        <translation>غير مسموح: {reason}؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="288"/>
        <source>{file}, row {row}</source>
        <translation>‏‎{file}‎، الصف {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="290"/>
        <source>{file}, column &quot;{column}&quot;</source>
        <translation>‏‎{file}‎، العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="292"/>
        <source>{file}, row {row}, column &quot;{column}&quot;</source>
        <translation>‏‎{file}‎، الصف {row}، العمود «{column}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text.py" line="302"/>
        <source>{place}: {message}</source>
        <translation>‏{place}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="12"/>
        <source>this is not an Excel workbook (.xlsx)</source>
        <translation>هذا ليس مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="13"/>
        <location filename="../../desktop/ui/error_text_import.py" line="65"/>
        <source>the file is an Office package but not an Excel workbook</source>
        <translation>الملف حزمة Office لكنه ليس مصنف Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="16"/>
        <source>the workbook is not an update form made by NMRF Desk (it has no manifest)</source>
        <translation>المصنف ليس استمارة تحديث أنشأها NMRF Desk (لا يحتوي على بيان المحتويات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="19"/>
        <source>the workbook is not an update form made by NMRF Desk</source>
        <translation>المصنف ليس استمارة تحديث أنشأها NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="22"/>
        <source>the form&apos;s hidden manifest is damaged ({reason})</source>
        <translation>بيان المحتويات المخفي في الاستمارة تالف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="25"/>
        <location filename="../../desktop/ui/error_text_import.py" line="82"/>
        <source>the workbook is damaged ({reason})</source>
        <translation>المصنف تالف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="26"/>
        <source>the workbook has no sheet “{sheet}”</source>
        <translation>لا توجد في المصنف ورقة «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="27"/>
        <source>the form&apos;s signature does not match: it was made from another database, or its hidden manifest was changed; nothing was read from it</source>
        <translation>توقيع الاستمارة غير مطابق: إما أنها أُعدّت من قاعدة بيانات أخرى، وإما أن بيان محتوياتها المخفي عُدّل؛ لم يُقرأ منها شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="32"/>
        <source>this form&apos;s record is no longer in the database (deleted?)</source>
        <translation>لم يعد سجل هذه الاستمارة موجوداً في قاعدة البيانات (هل حُذف؟)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="35"/>
        <source>the form names another agency than the one it was sent to</source>
        <translation>تذكر الاستمارة جهة غير الجهة التي أُرسلت إليها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="38"/>
        <source>a row the form did not have (rows cannot be added)</source>
        <translation>صف لم يكن في الاستمارة (لا يمكن إضافة صفوف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="41"/>
        <source>a read-only cell was changed; the row is not taken in</source>
        <translation>عُدّلت خلية للقراءة فقط؛ لا يُدخل هذا الصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="44"/>
        <source>the recommendation is no longer in the register</source>
        <translation>لم تعد التوصية موجودة في السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="47"/>
        <source>the action is no longer in the register</source>
        <translation>لم يعد الإجراء موجوداً في السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="48"/>
        <source>the indicator is no longer in the register</source>
        <translation>لم يعد المؤشر موجوداً في السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="51"/>
        <source>the recommendation is not assigned to {agency}</source>
        <translation>التوصية غير مُسندة إلى {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="54"/>
        <source>the action is not assigned to {agency}</source>
        <translation>الإجراء غير مُسند إلى {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="57"/>
        <source>the indicator is not assigned to {agency}</source>
        <translation>المؤشر غير مُسند إلى {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="60"/>
        <source>the cell holds a formula error ({value})</source>
        <translation>في الخلية خطأ في الصيغة ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="61"/>
        <source>“{value}” is not a status of the list ({choices})</source>
        <translation>‏«{value}» ليست حالة من القائمة ({choices})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="64"/>
        <source>“{value}” is not a number</source>
        <translation>‏«{value}» ليست رقماً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="65"/>
        <source>“{value}” is not a number within range</source>
        <translation>‏«{value}» ليست رقماً ضمن النطاق المسموح به</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="68"/>
        <source>“{value}” is not a date (YYYY-MM-DD)</source>
        <translation>‏«{value}» ليست تاريخاً (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="69"/>
        <source>{date} is in the future</source>
        <translation>‏{date} تاريخ في المستقبل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="70"/>
        <source>{date} is too early</source>
        <translation>‏{date} تاريخ مبكر جداً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="71"/>
        <source>give the value (a date or source alone is not taken in)</source>
        <translation>اذكر القيمة (لا يُدخل التاريخ أو المصدر وحده)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="74"/>
        <source>give the date of the value</source>
        <translation>اذكر تاريخ القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="75"/>
        <source>there is no form language {language} (one of {languages})</source>
        <translation>لا توجد لغة استمارة {language} (اللغات المتاحة: {languages})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="78"/>
        <source>the deadline is already past</source>
        <translation>انقضى الموعد النهائي بالفعل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="79"/>
        <source>the folder does not exist</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="80"/>
        <source>you may not write in this folder; choose another</source>
        <translation>لا يحق لك الكتابة في هذا المجلد؛ اختر مجلداً آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="83"/>
        <source>the disk is full; free some space and try again</source>
        <translation>القرص ممتلئ؛ أفرغ بعض المساحة وحاول مجدداً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_forms.py" line="86"/>
        <source>cannot write the file: {reason}</source>
        <translation>تتعذر كتابة الملف: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="105"/>
        <source>longer than %Ln character(s) (it has {length})</source>
        <translation>
            <numerusform>أطول من %Ln حرف (طوله {length})</numerusform>
            <numerusform>أطول من حرف واحد (طوله {length})</numerusform>
            <numerusform>أطول من حرفين (طوله {length})</numerusform>
            <numerusform>أطول من %Ln أحرف (طوله {length})</numerusform>
            <numerusform>أطول من %Ln حرفاً (طوله {length})</numerusform>
            <numerusform>أطول من %Ln حرف (طوله {length})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_forms.py" line="108"/>
        <source>%Ln item(s) not in the review: {items}</source>
        <translation>
            <numerusform>‏%Ln عنصر ليس في المراجعة: {items}</numerusform>
            <numerusform>عنصر واحد ليس في المراجعة: {items}</numerusform>
            <numerusform>عنصران ليسا في المراجعة: {items}</numerusform>
            <numerusform>‏%Ln عناصر ليست في المراجعة: {items}</numerusform>
            <numerusform>‏%Ln عنصراً ليس في المراجعة: {items}</numerusform>
            <numerusform>‏%Ln عنصر ليس في المراجعة: {items}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="15"/>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="16"/>
        <source>the file cannot be read ({reason})</source>
        <translation>تتعذر قراءة الملف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="17"/>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="18"/>
        <source>the file is {size_mb} MB; files over {limit_mb} MB are not imported</source>
        <translation>حجم الملف {size_mb} ميغابايت؛ لا تُستورد الملفات التي يتجاوز حجمها {limit_mb} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="21"/>
        <source>this is {kind}, not a file that can be imported</source>
        <translation>هذا الملف {kind}، ولا يمكن استيراده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="24"/>
        <source>this Word document holds no OHCHR thematic list of recommendations (a table whose first row reads Recommendation | Position | …)</source>
        <translation>لا يحتوي مستند Word هذا على قائمة مواضيعية بالتوصيات من المفوضية السامية لحقوق الإنسان (جدول صفه الأول Recommendation | Position | …)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="29"/>
        <source>this zip file is neither an Excel workbook nor a Word document</source>
        <translation>ملف zip هذا ليس مصنف Excel ولا مستند Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="32"/>
        <source>this is neither a spreadsheet (XLSX or CSV with column headers) nor an OHCHR thematic list; it cannot be imported</source>
        <translation>هذا الملف ليس جدول بيانات (XLSX أو CSV بعناوين أعمدة) ولا قائمة مواضيعية من المفوضية السامية لحقوق الإنسان؛ لا يمكن استيراده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="37"/>
        <source>this spreadsheet is in no official format: import it with a column mapping</source>
        <translation>جدول البيانات هذا ليس بأي تنسيق رسمي: استورده باستخدام مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="40"/>
        <source>the file holds no recommendations</source>
        <translation>لا يحتوي الملف على أي توصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="41"/>
        <source>the import could not be written, nothing was changed ({reason})</source>
        <translation>تعذرت كتابة الاستيراد، ولم يُغيَّر شيء ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="45"/>
        <source>the file is damaged or truncated and cannot be opened ({reason})</source>
        <translation>الملف تالف أو مبتور ولا يمكن فتحه ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="48"/>
        <source>the file uses an unsupported compression ({reason})</source>
        <translation>يستخدم الملف طريقة ضغط غير مدعومة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="51"/>
        <source>the file unpacks to more than {limit_gb} GB (a zip bomb?); not imported</source>
        <translation>يتجاوز حجم الملف بعد فك ضغطه {limit_gb} غيغابايت (قنبلة zip؟)؛ لم يُستورد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="54"/>
        <source>the part {part} is compressed {ratio} to 1 (a zip bomb?); not imported</source>
        <translation>الجزء ‎{part}‎ مضغوط بنسبة {ratio} إلى 1 (قنبلة zip؟)؛ لم يُستورد الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="57"/>
        <source>the part {part} declares XML entities or is not XML; Office documents never do, so it is not imported</source>
        <translation>الجزء ‎{part}‎ يعلن كيانات XML أو ليس XML؛ ومستندات Office لا تفعل ذلك أبداً، لذا لم يُستورد الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="62"/>
        <source>the file is not a valid Office document (it is not a zip package)</source>
        <translation>الملف ليس مستند Office صالحاً (ليس حزمة zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="69"/>
        <source>the text is not valid {encoding} at byte {byte}</source>
        <translation>النص غير صالح بترميز {encoding} عند البايت {byte}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="72"/>
        <source>the file holds binary data, not text</source>
        <translation>يحتوي الملف على بيانات ثنائية وليس على نص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="73"/>
        <source>the file&apos;s character encoding cannot be recognised</source>
        <translation>يتعذر التعرف على ترميز الأحرف في الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="76"/>
        <source>the CSV cannot be read: {reason}</source>
        <translation>تتعذر قراءة ملف CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="78"/>
        <source>the file has no rows</source>
        <translation>لا يحتوي الملف على أي صفوف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="79"/>
        <source>the workbook has no sheet</source>
        <translation>لا توجد في المصنف أي ورقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="80"/>
        <source>the workbook has no sheet &quot;{sheet}&quot;</source>
        <translation>لا توجد في المصنف ورقة «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="81"/>
        <source>the sheet has no rows</source>
        <translation>لا توجد في الورقة أي صفوف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="83"/>
        <source>the sheet is damaged ({reason})</source>
        <translation>الورقة تالفة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="84"/>
        <source>the first row has no column headers</source>
        <translation>لا يحتوي الصف الأول على عناوين أعمدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="85"/>
        <source>the column header &quot;{header}&quot; appears twice</source>
        <translation>يرد عنوان العمود «{header}» مرتين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="88"/>
        <source>this is not {kind}: the columns {names} are missing</source>
        <translation>هذا الملف ليس {kind}: الأعمدة ‎{names}‎ مفقودة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="91"/>
        <source>the mapping names columns this file does not have: {names}</source>
        <translation>تذكر المطابقة أعمدة غير موجودة في هذا الملف: ‎{names}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="95"/>
        <source>the file is an Excel workbook and another kind of spreadsheet (OpenDocument or XLSB) at once; it is not read</source>
        <translation>الملف مصنف Excel ونوع آخر من جداول البيانات (OpenDocument أو XLSB) في آن واحد؛ لم تتم قراءته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="100"/>
        <source>the workbook is damaged (the sheet &quot;{sheet}&quot; has no part)</source>
        <translation>المصنف تالف (ليس للورقة «{sheet}» جزء)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="103"/>
        <source>the workbook is damaged (it holds the part {part} twice)</source>
        <translation>المصنف تالف (يحتوي على الجزء ‎{part}‎ مرتين)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="106"/>
        <source>the workbook is damaged (its part {part} is over {limit_mb} MB)</source>
        <translation>المصنف تالف (يتجاوز حجم جزئه ‎{part}‎ {limit_mb} ميغابايت)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="109"/>
        <source>the workbook is damaged (its part {part} names parts with character references)</source>
        <translation>المصنف تالف (يشير جزؤه ‎{part}‎ إلى أجزاء بمراجع أحرف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="112"/>
        <source>the workbook is damaged (its part {part} is not well-formed XML: {reason})</source>
        <translation>المصنف تالف (جزؤه ‎{part}‎ ليس XML سليم البنية: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="115"/>
        <source>the workbook is damaged (it has no package relationships)</source>
        <translation>المصنف تالف (لا توجد فيه علاقات الحزمة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="118"/>
        <source>the workbook is damaged (it names no workbook part)</source>
        <translation>المصنف تالف (لا يذكر جزء المصنف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="121"/>
        <source>the workbook is damaged (it has no workbook relationships)</source>
        <translation>المصنف تالف (لا توجد فيه علاقات المصنف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="124"/>
        <source>the workbook is damaged (a sheet has no part)</source>
        <translation>المصنف تالف (ليس لإحدى الأوراق جزء)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="127"/>
        <source>the sheet &quot;{sheet}&quot; is damaged: &quot;{reference}&quot; is not a cell reference</source>
        <translation>الورقة «{sheet}» تالفة: «{reference}» ليس مرجع خلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="130"/>
        <source>the sheet &quot;{sheet}&quot; is damaged (its XML is not well-formed: {reason})</source>
        <translation>الورقة «{sheet}» تالفة (بنية XML فيها غير سليمة: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="133"/>
        <source>the sheet &quot;{sheet}&quot; has a value in cell {cell}, beyond the last row ({rows}) or column ({column}) a spreadsheet can have</source>
        <translation>في الورقة «{sheet}» قيمة في الخلية {cell}، بعد آخر صف ({rows}) أو آخر عمود ({column}) يمكن أن يحتويه جدول بيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="139"/>
        <source>this is an old Word .doc file; open it in Word and save it as .docx</source>
        <translation>هذا ملف Word قديم بصيغة .doc؛ افتحه في Word واحفظه بصيغة .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="142"/>
        <source>the file is not a Word document or is damaged ({reason})</source>
        <translation>الملف ليس مستند Word أو أنه تالف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="145"/>
        <source>the document has no table; expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle)</source>
        <translation>لا يحتوي المستند على أي جدول؛ كان المتوقع جدولاً عنوانه «{header_2_3}» (الجولتان الثانية والثالثة) أو «{header_4}» (الجولة الرابعة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="150"/>
        <source>this is not an OHCHR thematic list of recommendations: expected a table headed &quot;{header_2_3}&quot; (2nd and 3rd cycles) or &quot;{header_4}&quot; (4th cycle), not &quot;{first}&quot;</source>
        <translation>هذه ليست قائمة مواضيعية بالتوصيات من المفوضية السامية لحقوق الإنسان: كان المتوقع جدولاً عنوانه «{header_2_3}» (الجولتان الثانية والثالثة) أو «{header_4}» (الجولة الرابعة)، وليس «{first}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="156"/>
        <source>the recommendation text is empty</source>
        <translation>نص التوصية فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="157"/>
        <source>the mechanism is empty</source>
        <translation>لم تُذكر الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="158"/>
        <source>the recommending body is empty</source>
        <translation>لم تُذكر الجهة المقدِّمة للتوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="159"/>
        <source>&quot;{value}&quot; is not an annotation id</source>
        <translation>‏«{value}» ليست معرّف شرح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="160"/>
        <source>the same annotation id as row {first_row}</source>
        <translation>معرّف الشرح نفسه الموجود في الصف {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="163"/>
        <source>the position &quot;{value}&quot; is not known</source>
        <translation>الموقف «{value}» غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="164"/>
        <source>the position &quot;{value}&quot; is not recognised (expected Supported, Supported in part, Noted or Pending)</source>
        <translation>الموقف «{value}» غير معروف (المتوقع Supported أو Supported in part أو Noted أو Pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="169"/>
        <source>the response &quot;{value}&quot; is not known</source>
        <translation>الرد «{value}» غير معروف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="170"/>
        <source>the action category &quot;{value}&quot; is not 1–5</source>
        <translation>فئة الإجراء «{value}» ليست من 1 إلى 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="173"/>
        <source>the cycle &quot;{value}&quot; is not a number 1–9</source>
        <translation>الجولة «{value}» ليست رقماً من 1 إلى 9</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="176"/>
        <source>&quot;{value}&quot; is not one of: {choices}</source>
        <translation>‏«{value}» ليست من بين: {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="177"/>
        <source>&quot;{value}&quot; is neither yes nor no</source>
        <translation>‏«{value}» ليست «نعم» ولا «لا»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="178"/>
        <source>the same recommendation as row {first_row}</source>
        <translation>التوصية نفسها الموجودة في الصف {first_row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="179"/>
        <source>the same recommendation as an earlier row of the file</source>
        <translation>التوصية نفسها الموجودة في صف سابق من الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="182"/>
        <source>a theme is longer than 300 characters</source>
        <translation>يتجاوز أحد المواضيع 300 حرف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="183"/>
        <source>no paragraph number at the start of the recommendation</source>
        <translation>لا يوجد رقم فقرة في بداية التوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="186"/>
        <source>paragraph {paragraph} has no recommendation text</source>
        <translation>لا يوجد نص توصية في الفقرة {paragraph}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="189"/>
        <source>paragraph {paragraph} appears twice with different texts (first at row {first_row})</source>
        <translation>ترد الفقرة {paragraph} مرتين بنصين مختلفين (أولاً في الصف {first_row})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="194"/>
        <source>give the mapping a name</source>
        <translation>أعطِ المطابقة اسماً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="195"/>
        <source>choose the column that holds the text</source>
        <translation>اختر العمود الذي يحتوي على النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="196"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>اختر العمود الذي يحتوي على الآلية، أو آلية واحدة لكل صف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="199"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>هذا الاسم خاص بالمطابقة المدمجة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="200"/>
        <source>the mapping name is too long</source>
        <translation>اسم المطابقة طويل جداً</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="233"/>
        <source>the file holds %Ln part(s); this is not an Office document</source>
        <translation>
            <numerusform>عدد أجزاء الملف %Ln؛ هذا ليس مستند Office</numerusform>
            <numerusform>عدد أجزاء الملف %Ln؛ هذا ليس مستند Office</numerusform>
            <numerusform>عدد أجزاء الملف %Ln؛ هذا ليس مستند Office</numerusform>
            <numerusform>عدد أجزاء الملف %Ln؛ هذا ليس مستند Office</numerusform>
            <numerusform>عدد أجزاء الملف %Ln؛ هذا ليس مستند Office</numerusform>
            <numerusform>عدد أجزاء الملف %Ln؛ هذا ليس مستند Office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="236"/>
        <source>a cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>عدد الأحرف في إحدى الخلايا %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا %Ln (الحد الأقصى {maximum})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="239"/>
        <source>the cell holds %Ln character(s) (at most {maximum})</source>
        <translation>
            <numerusform>عدد الأحرف في الخلية %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في الخلية %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في الخلية %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في الخلية %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في الخلية %Ln (الحد الأقصى {maximum})</numerusform>
            <numerusform>عدد الأحرف في الخلية %Ln (الحد الأقصى {maximum})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="241"/>
        <source>a cell holds more than %Ln character(s)</source>
        <translation>
            <numerusform>عدد الأحرف في إحدى الخلايا أكثر من %Ln</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا أكثر من %Ln</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا أكثر من %Ln</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا أكثر من %Ln</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا أكثر من %Ln</numerusform>
            <numerusform>عدد الأحرف في إحدى الخلايا أكثر من %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="243"/>
        <source>the workbook says it holds %Ln different text(s), more than its part for texts can hold; it is damaged or not a real workbook</source>
        <translation>
            <numerusform>يذكر المصنف أن عدد النصوص المختلفة فيه %Ln، وهو أكثر مما يتسع له جزء النصوص فيه؛ فالمصنف تالف أو ليس مصنفاً حقيقياً</numerusform>
            <numerusform>يذكر المصنف أن عدد النصوص المختلفة فيه %Ln، وهو أكثر مما يتسع له جزء النصوص فيه؛ فالمصنف تالف أو ليس مصنفاً حقيقياً</numerusform>
            <numerusform>يذكر المصنف أن عدد النصوص المختلفة فيه %Ln، وهو أكثر مما يتسع له جزء النصوص فيه؛ فالمصنف تالف أو ليس مصنفاً حقيقياً</numerusform>
            <numerusform>يذكر المصنف أن عدد النصوص المختلفة فيه %Ln، وهو أكثر مما يتسع له جزء النصوص فيه؛ فالمصنف تالف أو ليس مصنفاً حقيقياً</numerusform>
            <numerusform>يذكر المصنف أن عدد النصوص المختلفة فيه %Ln، وهو أكثر مما يتسع له جزء النصوص فيه؛ فالمصنف تالف أو ليس مصنفاً حقيقياً</numerusform>
            <numerusform>يذكر المصنف أن عدد النصوص المختلفة فيه %Ln، وهو أكثر مما يتسع له جزء النصوص فيه؛ فالمصنف تالف أو ليس مصنفاً حقيقياً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="249"/>
        <source>the workbook holds more than %Ln different text(s); a workbook of recommendations never does</source>
        <translation>
            <numerusform>عدد النصوص المختلفة في المصنف أكثر من %Ln؛ ولا يحدث ذلك أبداً في مصنف توصيات</numerusform>
            <numerusform>عدد النصوص المختلفة في المصنف أكثر من %Ln؛ ولا يحدث ذلك أبداً في مصنف توصيات</numerusform>
            <numerusform>عدد النصوص المختلفة في المصنف أكثر من %Ln؛ ولا يحدث ذلك أبداً في مصنف توصيات</numerusform>
            <numerusform>عدد النصوص المختلفة في المصنف أكثر من %Ln؛ ولا يحدث ذلك أبداً في مصنف توصيات</numerusform>
            <numerusform>عدد النصوص المختلفة في المصنف أكثر من %Ln؛ ولا يحدث ذلك أبداً في مصنف توصيات</numerusform>
            <numerusform>عدد النصوص المختلفة في المصنف أكثر من %Ln؛ ولا يحدث ذلك أبداً في مصنف توصيات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="255"/>
        <source>the sheet &quot;{sheet}&quot; holds more than %Ln cell(s); a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>عدد الخلايا في الورقة «{sheet}» أكثر من %Ln؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>عدد الخلايا في الورقة «{sheet}» أكثر من %Ln؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>عدد الخلايا في الورقة «{sheet}» أكثر من %Ln؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>عدد الخلايا في الورقة «{sheet}» أكثر من %Ln؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>عدد الخلايا في الورقة «{sheet}» أكثر من %Ln؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>عدد الخلايا في الورقة «{sheet}» أكثر من %Ln؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="261"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell}: %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell}: عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell}: عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell}: عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell}: عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell}: عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell}: عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="267"/>
        <source>the sheet &quot;{sheet}&quot; has values as far as cell {cell} (it declares {dimension}): %Ln row(s) × {columns} columns; a sheet of recommendations is never that large</source>
        <translation>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell} (والنطاق المعلن فيها {dimension}): عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell} (والنطاق المعلن فيها {dimension}): عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell} (والنطاق المعلن فيها {dimension}): عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell} (والنطاق المعلن فيها {dimension}): عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell} (والنطاق المعلن فيها {dimension}): عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
            <numerusform>في الورقة «{sheet}» قيم حتى الخلية {cell} (والنطاق المعلن فيها {dimension}): عدد الصفوف %Ln وعدد الأعمدة {columns}؛ ولا تكون ورقة التوصيات بهذا الحجم أبداً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="274"/>
        <source>the {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>عدد أحرف الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف الحقل «{field}» أكثر من %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/error_text_import.py" line="277"/>
        <source>a value of {field} is longer than %Ln character(s)</source>
        <translation>
            <numerusform>عدد أحرف إحدى قيم الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف إحدى قيم الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف إحدى قيم الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف إحدى قيم الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف إحدى قيم الحقل «{field}» أكثر من %Ln</numerusform>
            <numerusform>عدد أحرف إحدى قيم الحقل «{field}» أكثر من %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="289"/>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="290"/>
        <source>an old Office file (.xls/.doc); save it as .xlsx, .docx or .csv</source>
        <translation>ملف Office قديم (.xls/.doc)؛ احفظه بصيغة .xlsx أو .docx أو .csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="293"/>
        <source>an image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="294"/>
        <source>a database</source>
        <translation>قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="295"/>
        <source>an RTF document</source>
        <translation>مستند RTF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="296"/>
        <source>a UHRI export</source>
        <translation>ملف تصدير من الفهرس العالمي لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="297"/>
        <source>a UPR Info export</source>
        <translation>ملف تصدير من UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="302"/>
        <source>reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="303"/>
        <source>paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="304"/>
        <source>source symbol</source>
        <translation>رمز الوثيقة المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="305"/>
        <source>session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="306"/>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="307"/>
        <source>text language</source>
        <translation>لغة النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="308"/>
        <source>annotation id</source>
        <translation>معرّف الشرح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="309"/>
        <source>annotation type</source>
        <translation>نوع الشرح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="310"/>
        <source>mechanism code</source>
        <translation>رمز الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="311"/>
        <source>cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="312"/>
        <source>recommending states</source>
        <translation>الدول المقدِّمة للتوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="313"/>
        <source>affected persons</source>
        <translation>الأشخاص المتأثرون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/error_text_import.py" line="314"/>
        <source>UPR Info issues</source>
        <translation>قضايا UPR Info</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="52"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="120"/>
        <source>Export recommendations</source>
        <translation>تصدير التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="57"/>
        <source>The selected recommendations ({count})</source>
        <translation>التوصيات المحددة ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="62"/>
        <source>Everything the register shows now ({count})</source>
        <translation>كل ما يعرضه السجل الآن ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="66"/>
        <source>Every recommendation (not the archive)</source>
        <translation>كل التوصيات (دون الأرشيف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="74"/>
        <source>recommendations.xlsx or .csv</source>
        <translation>‏recommendations.xlsx أو ‎.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="75"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="82"/>
        <source>An Excel workbook holds the recommendations with every field, and sheets for agencies, assignments, focal points and clusters; a CSV file (UTF-8, for Excel) holds the recommendations. Cells that a spreadsheet would take for a formula are written as text.</source>
        <translation>يحتوي مصنف Excel على التوصيات بجميع حقولها، وعلى أوراق للجهات والتكليفات وجهات الاتصال والمجموعات المواضيعية؛ ويحتوي ملف CSV (UTF-8، لبرنامج Excel) على التوصيات. وتُكتب كنص الخلايا التي قد يعدّها جدول البيانات صيغة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="95"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="98"/>
        <location filename="../../desktop/ui/views/export_dialog.py" line="181"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="107"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="109"/>
        <source>What to export:</source>
        <translation>ما يُصدَّر:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="136"/>
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="140"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>يجب أن ينتهي اسم الملف بـ ‎.xlsx أو ‎.csv.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="187"/>
        <source>Exported {count} recommendations to {path}</source>
        <translation>صُدِّرت التوصيات ({count}) إلى ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/export_dialog.py" line="195"/>
        <source>Cancelled. No file was written.</source>
        <translation>أُلغي. لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="122"/>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="123"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="124"/>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="125"/>
        <source>Document date</source>
        <translation>تاريخ الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="126"/>
        <source>UPR cycle</source>
        <translation>جولة الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="127"/>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="128"/>
        <source>State under review</source>
        <translation>الدولة موضوع الاستعراض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="129"/>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="130"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="131"/>
        <source>Language of the text</source>
        <translation>لغة النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="132"/>
        <source>Response (position)</source>
        <translation>الرد (الموقف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="133"/>
        <source>Source of the position</source>
        <translation>مصدر الموقف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="134"/>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="135"/>
        <source>OHCHR annotation id</source>
        <translation>معرّف شرح المفوضية السامية لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="136"/>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="137"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="138"/>
        <source>Affected persons</source>
        <translation>الأشخاص المتأثرون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="139"/>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="140"/>
        <source>SDG goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="141"/>
        <source>UPR Info issues</source>
        <translation>قضايا UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="142"/>
        <source>Implementation status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="143"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="144"/>
        <source>Priority rationale</source>
        <translation>مسوّغ الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="145"/>
        <source>Needs parliament</source>
        <translation>تستلزم تدخل البرلمان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="146"/>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="147"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>FileTotals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="36"/>
        <source>&lt;b&gt;%Ln file(s)&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>&lt;b&gt;الملفات: %Ln&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;الملفات: %Ln&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;الملفات: %Ln&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;الملفات: %Ln&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;الملفات: %Ln&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
            <numerusform>&lt;b&gt;الملفات: %Ln&lt;/b&gt;: {rows}.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="39"/>
        <source>%Ln row(s) read in all</source>
        <translation>
            <numerusform>الصفوف المقروءة في المجموع: %Ln</numerusform>
            <numerusform>الصفوف المقروءة في المجموع: %Ln</numerusform>
            <numerusform>الصفوف المقروءة في المجموع: %Ln</numerusform>
            <numerusform>الصفوف المقروءة في المجموع: %Ln</numerusform>
            <numerusform>الصفوف المقروءة في المجموع: %Ln</numerusform>
            <numerusform>الصفوف المقروءة في المجموع: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_file_results.py" line="42"/>
        <source>Imported %Ln file(s).</source>
        <translation>
            <numerusform>الملفات المستوردة: %Ln.</numerusform>
            <numerusform>الملفات المستوردة: %Ln.</numerusform>
            <numerusform>الملفات المستوردة: %Ln.</numerusform>
            <numerusform>الملفات المستوردة: %Ln.</numerusform>
            <numerusform>الملفات المستوردة: %Ln.</numerusform>
            <numerusform>الملفات المستوردة: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="173"/>
        <source>1 minimal</source>
        <translation>1 حد أدنى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="174"/>
        <source>2 continuing</source>
        <translation>2 مستمر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="175"/>
        <source>3 considering</source>
        <translation>3 قيد النظر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="176"/>
        <source>4 general</source>
        <translation>4 عام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="177"/>
        <source>5 specific</source>
        <translation>5 محدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="187"/>
        <source>Any role</source>
        <translation>أي دور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="188"/>
        <source>Lead</source>
        <translation>رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="189"/>
        <source>Supporting</source>
        <translation>داعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="190"/>
        <source>Without a lead agency</source>
        <translation>بلا جهة رئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="193"/>
        <source>Only recommendations that no agency leads yet</source>
        <translation>التوصيات التي لا تتولى أي جهة قيادتها بعد فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="195"/>
        <source>Needs parliament</source>
        <translation>تستلزم تدخل البرلمان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="199"/>
        <source>Tick: only these; clear: only the others; half: either</source>
        <translation>محدد: هذه فقط؛ غير محدد: الأخرى فقط؛ نصف محدد: أيٌّ منهما</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="201"/>
        <source>Show the archive instead</source>
        <translation>عرض الأرشيف بدلاً من ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="202"/>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="208"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="209"/>
        <source>Cycle</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="211"/>
        <source>Recommending State</source>
        <translation>الدولة المقدِّمة للتوصية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="212"/>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="213"/>
        <source>Implementation status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="214"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="215"/>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="219"/>
        <source>SDG goal</source>
        <translation>هدف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="220"/>
        <source>SDG target</source>
        <translation>غاية هدف التنمية المستدامة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_filters.py" line="369"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>‏%n عنصر محدد</numerusform>
            <numerusform>‏%n عنصر محدد</numerusform>
            <numerusform>‏%n عنصران محددان</numerusform>
            <numerusform>‏%n عناصر محددة</numerusform>
            <numerusform>‏%n عنصراً محدداً</numerusform>
            <numerusform>‏%n عنصر محدد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="210"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="216"/>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="217"/>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="218"/>
        <source>Affected persons</source>
        <translation>الأشخاص المتأثرون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="231"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="256"/>
        <source>(no cluster)</source>
        <translation>(بلا مجموعة مواضيعية)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="259"/>
        <source>Cycle {number}</source>
        <translation>الجولة {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_filters.py" line="276"/>
        <source>Any agency</source>
        <translation>أي جهة</translation>
    </message>
</context>
<context>
    <name>FollowUpLists</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="73"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="94"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="74"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="95"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="75"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="86"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="96"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="76"/>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="77"/>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="98"/>
        <source>Lead agency</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="83"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="84"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="85"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="87"/>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="88"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="97"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="108"/>
        <source>Double-click an action to open it</source>
        <translation>انقر نقراً مزدوجاً على إجراء لفتحه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="129"/>
        <source>Overdue actions</source>
        <translation>الإجراءات التي فات موعدها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="132"/>
        <source>Reporting deadlines</source>
        <translation>المواعيد النهائية للإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="138"/>
        <source>Actions without indicators</source>
        <translation>إجراءات بلا مؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="148"/>
        <source>{title} (first {shown} of {total})</source>
        <translation>‏{title} (أول {shown} من أصل {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="171"/>
        <source>Overdue since {date}</source>
        <translation>فات موعده منذ {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="176"/>
        <source>Overdue</source>
        <translation>فات موعده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard_lists.py" line="177"/>
        <source>Due soon</source>
        <translation>يستحق قريباً</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="33"/>
        <location filename="../../desktop/ui/views/form_import.py" line="58"/>
        <source>Import agency updates</source>
        <translation>استيراد تحديثات الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_import.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FormReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="46"/>
        <source>Review agency updates</source>
        <translation>مراجعة تحديثات الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="49"/>
        <source>{file}: the form sent to {agency}.</source>
        <translation>‏‎{file}‎: الاستمارة المرسلة إلى {agency}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="54"/>
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>‏%Ln تغيير</numerusform>
            <numerusform>‏%Ln تغيير</numerusform>
            <numerusform>‏%Ln تغييران</numerusform>
            <numerusform>‏%Ln تغييرات</numerusform>
            <numerusform>‏%Ln تغييراً</numerusform>
            <numerusform>‏%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="55"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>‏%Ln تعارض</numerusform>
            <numerusform>‏%Ln تعارض</numerusform>
            <numerusform>‏%Ln تعارضان</numerusform>
            <numerusform>‏%Ln تعارضات</numerusform>
            <numerusform>‏%Ln تعارضاً</numerusform>
            <numerusform>‏%Ln تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="56"/>
        <source>%Ln rejected row(s)</source>
        <translation>
            <numerusform>‏%Ln صف مرفوض</numerusform>
            <numerusform>‏%Ln صف مرفوض</numerusform>
            <numerusform>‏%Ln صفان مرفوضان</numerusform>
            <numerusform>‏%Ln صفوف مرفوضة</numerusform>
            <numerusform>‏%Ln صفاً مرفوضاً</numerusform>
            <numerusform>‏%Ln صف مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="57"/>
        <source>%Ln row(s) unchanged</source>
        <translation>
            <numerusform>‏%Ln صف دون تغيير</numerusform>
            <numerusform>‏%Ln صف دون تغيير</numerusform>
            <numerusform>‏%Ln صفان دون تغيير</numerusform>
            <numerusform>‏%Ln صفوف دون تغيير</numerusform>
            <numerusform>‏%Ln صفاً دون تغيير</numerusform>
            <numerusform>‏%Ln صف دون تغيير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="64"/>
        <source>Take in</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="66"/>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="124"/>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="68"/>
        <source>Changes (before → from the form)</source>
        <translation>التغييرات (قبل ← من الاستمارة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="69"/>
        <source>In the register now</source>
        <translation>في السجل الآن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="75"/>
        <source>Why it was rejected</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="81"/>
        <source>Select the changes</source>
        <translation>تحديد التغييرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="83"/>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="85"/>
        <source>Take in the selected</source>
        <translation>إدخال المحدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="88"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="98"/>
        <source>Changes and conflicts</source>
        <translation>التغييرات والتعارضات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="100"/>
        <source>Rejected rows (not taken in)</source>
        <translation>الصفوف المرفوضة (لم تُدخل)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="125"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="126"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="127"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="128"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="129"/>
        <source>Current status</source>
        <translation>الحالة الراهنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="130"/>
        <source>Latest progress</source>
        <translation>آخر تقدم محرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="131"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="132"/>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="133"/>
        <source>Evidence or link</source>
        <translation>دليل أو رابط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="134"/>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="135"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="136"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="137"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="138"/>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="139"/>
        <source>Latest value</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="140"/>
        <source>Latest date</source>
        <translation>تاريخ آخر قيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="141"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="142"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="143"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="174"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="222"/>
        <source>Taking in %n item(s)…</source>
        <translation>
            <numerusform>جارٍ إدخال العناصر (%n)…</numerusform>
            <numerusform>جارٍ إدخال العناصر (%n)…</numerusform>
            <numerusform>جارٍ إدخال العناصر (%n)…</numerusform>
            <numerusform>جارٍ إدخال العناصر (%n)…</numerusform>
            <numerusform>جارٍ إدخال العناصر (%n)…</numerusform>
            <numerusform>جارٍ إدخال العناصر (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="244"/>
        <source>Taken in: %Ln progress update(s)</source>
        <translation>
            <numerusform>تم الإدخال: %Ln تحديث للتقدم المحرز</numerusform>
            <numerusform>تم الإدخال: %Ln تحديث للتقدم المحرز</numerusform>
            <numerusform>تم الإدخال: %Ln تحديثان للتقدم المحرز</numerusform>
            <numerusform>تم الإدخال: %Ln تحديثات للتقدم المحرز</numerusform>
            <numerusform>تم الإدخال: %Ln تحديثاً للتقدم المحرز</numerusform>
            <numerusform>تم الإدخال: %Ln تحديث للتقدم المحرز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/form_review_dialog.py" line="245"/>
        <source>%Ln measurement(s)</source>
        <translation>
            <numerusform>‏%Ln قياس</numerusform>
            <numerusform>‏%Ln قياس</numerusform>
            <numerusform>‏%Ln قياسان</numerusform>
            <numerusform>‏%Ln قياسات</numerusform>
            <numerusform>‏%Ln قياساً</numerusform>
            <numerusform>‏%Ln قياس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="76"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="77"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="78"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="79"/>
        <source>Old value</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="80"/>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="81"/>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="126"/>
        <source>Reading the history…</source>
        <translation>جارٍ قراءة السجل التاريخي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="151"/>
        <source>Choose a record to see its history.</source>
        <translation>اختر سجلاً لعرض تاريخه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="155"/>
        <source>Nothing has been recorded about this record since the trail began.</source>
        <translation>لم يُسجَّل شيء عن هذا السجل منذ بدء التتبع.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="158"/>
        <source>Newest first; times are this computer&apos;s local time.</source>
        <translation>الأحدث أولاً؛ الأوقات بالتوقيت المحلي لهذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/history_panel.py" line="197"/>
        <location filename="../../desktop/ui/views/history_panel.py" line="209"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="71"/>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="58"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
            <numerusform>جديدة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="59"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
            <numerusform>محدَّثة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="60"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
            <numerusform>دون تغيير: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="61"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
            <numerusform>مرفوضة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="66"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: {format}, %Ln row(s) read.&lt;br&gt;{counts}</source>
        <translation>
            <numerusform>‏&lt;b&gt;‎{file}‎&lt;/b&gt;: {format}، الصفوف المقروءة: %Ln.&lt;br&gt;{counts}</numerusform>
            <numerusform>‏&lt;b&gt;‎{file}‎&lt;/b&gt;: {format}، الصفوف المقروءة: %Ln.&lt;br&gt;{counts}</numerusform>
            <numerusform>‏&lt;b&gt;‎{file}‎&lt;/b&gt;: {format}، الصفوف المقروءة: %Ln.&lt;br&gt;{counts}</numerusform>
            <numerusform>‏&lt;b&gt;‎{file}‎&lt;/b&gt;: {format}، الصفوف المقروءة: %Ln.&lt;br&gt;{counts}</numerusform>
            <numerusform>‏&lt;b&gt;‎{file}‎&lt;/b&gt;: {format}، الصفوف المقروءة: %Ln.&lt;br&gt;{counts}</numerusform>
            <numerusform>‏&lt;b&gt;‎{file}‎&lt;/b&gt;: {format}، الصفوف المقروءة: %Ln.&lt;br&gt;{counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_results.py" line="69"/>
        <source>Rejected, not imported: %Ln row(s).</source>
        <translation>
            <numerusform>الصفوف المرفوضة وغير المستوردة: %Ln.</numerusform>
            <numerusform>الصفوف المرفوضة وغير المستوردة: %Ln.</numerusform>
            <numerusform>الصفوف المرفوضة وغير المستوردة: %Ln.</numerusform>
            <numerusform>الصفوف المرفوضة وغير المستوردة: %Ln.</numerusform>
            <numerusform>الصفوف المرفوضة وغير المستوردة: %Ln.</numerusform>
            <numerusform>الصفوف المرفوضة وغير المستوردة: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="38"/>
        <source>New mechanisms</source>
        <translation>آليات جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="39"/>
        <source>New source documents</source>
        <translation>وثائق مصدر جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="40"/>
        <source>New States</source>
        <translation>دول جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="41"/>
        <source>New themes</source>
        <translation>مواضيع جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="42"/>
        <source>New affected persons</source>
        <translation>أشخاص متأثرون جدد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="43"/>
        <source>New UPR Info issues</source>
        <translation>قضايا جديدة من UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="44"/>
        <source>New SDG targets</source>
        <translation>غايات جديدة لأهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="45"/>
        <source>New clusters</source>
        <translation>مجموعات مواضيعية جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="57"/>
        <source>{new}, {updated}, {unchanged}, {rejected}</source>
        <translation>{new}، {updated}، {unchanged}، {rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="68"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="85"/>
        <source>Import recommendations</source>
        <translation>استيراد التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="104"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="106"/>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="44"/>
        <source>The file to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_chooser.py" line="46"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="127"/>
        <source>Detect from the file</source>
        <translation>الكشف من الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="131"/>
        <source>(choose the columns)</source>
        <translation>(اختر الأعمدة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="135"/>
        <source>Columns…</source>
        <translation>الأعمدة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="141"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="142"/>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="143"/>
        <source>Column mapping:</source>
        <translation>مطابقة الأعمدة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="145"/>
        <source>Other annotation types:</source>
        <translation>أنواع الشروح الأخرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="148"/>
        <source>UHRI exports (XLSX or CSV), OHCHR thematic lists (Word) and UPR Info exports are recognised from their content. Any other spreadsheet is imported through a column mapping. Nothing is written until you confirm after the preview; a verified backup is taken first.</source>
        <translation>يُتعرَّف على ملفات التصدير من الفهرس العالمي لحقوق الإنسان (XLSX أو CSV)، والقوائم المواضيعية للمفوضية السامية لحقوق الإنسان (Word)، وملفات التصدير من UPR Info، من محتواها. ويُستورد أي جدول بيانات آخر عبر مطابقة الأعمدة. لا يُكتب شيء حتى تؤكد بعد المعاينة؛ وتُؤخذ أولاً نسخة احتياطية مُتحقَّق منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="155"/>
        <source>Several files chosen together (Browse…) are imported in one go: one preview, one backup, and all of them or none.</source>
        <translation>تُستورد الملفات المتعددة المختارة معاً (استعراض…) دفعة واحدة: معاينة واحدة، ونسخة احتياطية واحدة، وتُستورد كلها أو لا يُستورد أيٌّ منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="55"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="70"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="56"/>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="57"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="58"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="59"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="60"/>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="61"/>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="71"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="72"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="90"/>
        <source>The first rows as they will be stored:</source>
        <translation>الصفوف الأولى كما ستُخزَّن:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="197"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="237"/>
        <source>Choose a file to import.</source>
        <translation>اختر ملفاً لاستيراده.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_dialog.py" line="351"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>أُلغي. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="168"/>
        <source>&lt;p&gt;&lt;b&gt;Imported {file}.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</source>
        <translation>‏&lt;p&gt;&lt;b&gt;تم استيراد ‎{file}‎.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{counts}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="181"/>
        <source>A verified backup was taken first: {path}</source>
        <translation>أُخذت أولاً نسخة احتياطية مُتحقَّق منها: ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="25"/>
        <source>Keep them as context of their document</source>
        <translation>الاحتفاظ بها سياقاً لوثيقتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="28"/>
        <source>Skip them</source>
        <translation>تخطيها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="30"/>
        <source>UHRI exports also hold paragraphs of other types than recommendations (concerns and observations, positive aspects …). They never enter the register; kept, they are shown with the recommendations of the same document.</source>
        <translation>تتضمن ملفات التصدير من الفهرس العالمي لحقوق الإنسان أيضاً فقرات من أنواع أخرى غير التوصيات (دواعي القلق والملاحظات، والجوانب الإيجابية …). ولا تدخل السجل أبداً؛ وإذا احتُفظ بها، تُعرض مع توصيات الوثيقة نفسها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="42"/>
        <source>type not given (read as recommendations)</source>
        <translation>النوع غير محدد (تُقرأ توصيات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="113"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="62"/>
        <location filename="../../desktop/ui/views/import_preview_page.py" line="73"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="114"/>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="115"/>
        <source>Rows read</source>
        <translation>الصفوف المقروءة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="116"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="117"/>
        <source>Updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="118"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="119"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="143"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({format}): {counts}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_file_results.py" line="166"/>
        <source>One verified backup was taken first, for all the files: {path}</source>
        <translation>أُخذت أولاً نسخة احتياطية واحدة مُتحقَّق منها لجميع الملفات: {path}</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="26"/>
        <source>UHRI export</source>
        <translation>ملف تصدير من الفهرس العالمي لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="27"/>
        <source>OHCHR thematic list of recommendations</source>
        <translation>قائمة مواضيعية بالتوصيات من المفوضية السامية لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="30"/>
        <source>UPR Info export</source>
        <translation>ملف تصدير من UPR Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/import_results.py" line="31"/>
        <source>Spreadsheet with a column mapping</source>
        <translation>جدول بيانات مع مطابقة الأعمدة</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>Edit indicator</source>
        <translation>تعديل المؤشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="136"/>
        <source>New indicator</source>
        <translation>مؤشر جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="142"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="148"/>
        <source>Structural: laws, policies and institutions in place.
Process: efforts made to put them to work (programmes, budgets, training).
Outcome: the results people experience.</source>
        <translation>هيكلي: القوانين والسياسات والمؤسسات القائمة.
عملية: الجهود المبذولة لتفعيلها (البرامج، والميزانيات، والتدريب).
نتيجة: النتائج التي يلمسها الناس.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="154"/>
        <source>e.g. %, per 100,000 live births</source>
        <translation>مثلاً: %، لكل 100000 مولود حي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="160"/>
        <source>e.g. household survey, court records</source>
        <translation>مثلاً: مسح أسري، سجلات المحاكم</translation>
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
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="174"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="175"/>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="177"/>
        <source>Baseline:</source>
        <translation>خط الأساس:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="179"/>
        <source>Target:</source>
        <translation>الهدف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="180"/>
        <source>Data source:</source>
        <translation>مصدر البيانات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="181"/>
        <source>Reporting frequency:</source>
        <translation>تواتر الإبلاغ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="182"/>
        <source>Data reported by:</source>
        <translation>الجهة المبلِّغة بالبيانات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="202"/>
        <source>year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="209"/>
        <source>in</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="231"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="232"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="233"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="234"/>
        <source>Baseline value</source>
        <translation>قيمة خط الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="235"/>
        <source>Baseline year</source>
        <translation>سنة خط الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="236"/>
        <source>Target value</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="237"/>
        <source>Target year</source>
        <translation>السنة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="238"/>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="239"/>
        <source>Reporting frequency</source>
        <translation>تواتر الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="240"/>
        <source>Data reported by</source>
        <translation>الجهة المبلِّغة بالبيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="254"/>
        <source>a year is a whole number</source>
        <translation>السنة عدد صحيح</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="81"/>
        <source>Add indicator…</source>
        <translation>إضافة مؤشر…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="82"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="83"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="93"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="94"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="95"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="96"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="97"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="98"/>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="99"/>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="100"/>
        <source>Frequency</source>
        <translation>التواتر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="110"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="115"/>
        <source>Add measurement…</source>
        <translation>إضافة قياس…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="117"/>
        <source>Delete measurement</source>
        <translation>حذف القياس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="174"/>
        <source>Save it first, then add its indicators here.</source>
        <translation>احفظه أولاً، ثم أضف مؤشراته هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="222"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="236"/>
        <source>Data: {source}</source>
        <translation>البيانات: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="265"/>
        <source>Measurements of: {name}</source>
        <translation>قياسات: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="267"/>
        <source>Measurements</source>
        <translation>القياسات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="313"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="320"/>
        <source>Delete the indicator “{name}” and its measurements?</source>
        <translation>هل تريد حذف المؤشر «{name}» وقياساته؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicators_panel.py" line="363"/>
        <source>Delete the measurement of {date}?</source>
        <translation>هل تريد حذف قياس {date}؟</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="62"/>
        <source>Damaged database</source>
        <translation>قاعدة بيانات تالفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="65"/>
        <source>The integrity check found damage in this database. What it shows may be incomplete, and changes may be lost. Restore a backup now: the damaged file is kept beside it.</source>
        <translation>وجد فحص السلامة تلفاً في قاعدة البيانات هذه. قد يكون ما تعرضه ناقصاً، وقد تضيع التغييرات. استعد نسخة احتياطية الآن: يُحفظ الملف التالف بجانبها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="70"/>
        <source>SQLite reports: {detail}</source>
        <translation>تقرير SQLite: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="74"/>
        <source>Restore from backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/integrity_check.py" line="77"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="23"/>
        <source>Supported</source>
        <translation>مؤيَّدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="24"/>
        <source>Supported in part</source>
        <translation>مؤيَّدة جزئياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="25"/>
        <source>Noted</source>
        <translation>أُحيط علماً بها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="26"/>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="27"/>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="34"/>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="35"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="36"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="37"/>
        <source>Partially implemented</source>
        <translation>نُفِّذت جزئياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="38"/>
        <source>Fully implemented</source>
        <translation>نُفِّذت بالكامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="39"/>
        <source>No longer applicable</source>
        <translation>لم تعد منطبقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="46"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="154"/>
        <source>Structural</source>
        <translation>هيكلي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="155"/>
        <source>Process</source>
        <translation>عملية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="156"/>
        <source>Outcome</source>
        <translation>نتيجة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="163"/>
        <source>Monthly</source>
        <translation>شهرياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="164"/>
        <source>Quarterly</source>
        <translation>فصلياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="165"/>
        <source>Every six months</source>
        <translation>كل ستة أشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="166"/>
        <source>Annual</source>
        <translation>سنوياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="167"/>
        <source>Every two years</source>
        <translation>كل سنتين</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="168"/>
        <source>Ad hoc</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="175"/>
        <source>National human rights institution</source>
        <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="176"/>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="177"/>
        <source>Parliament</source>
        <translation>البرلمان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="178"/>
        <source>Mixed</source>
        <translation>مختلطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="179"/>
        <location filename="../../desktop/ui/i18n.py" line="194"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="186"/>
        <source>UPR national report</source>
        <translation>التقرير الوطني للاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="187"/>
        <source>UPR mid-term report</source>
        <translation>تقرير منتصف المدة للاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="188"/>
        <source>Treaty body periodic report</source>
        <translation>تقرير دوري إلى هيئة معاهدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="189"/>
        <source>Treaty body follow-up</source>
        <translation>متابعة هيئة المعاهدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="190"/>
        <source>Reply to a special procedure</source>
        <translation>رد على إجراء خاص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="193"/>
        <source>Regional report</source>
        <translation>تقرير إقليمي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="12"/>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="13"/>
        <source>Ongoing</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="14"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="15"/>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="16"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="23"/>
        <source>Draft</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="24"/>
        <source>Adopted</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="32"/>
        <source>No action addresses this recommendation: nothing to suggest.</source>
        <translation>لا يعالج أي إجراء هذه التوصية: لا يوجد ما يُقترح.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="35"/>
        <source>Every action was cancelled: nothing to suggest.</source>
        <translation>أُلغيت جميع الإجراءات: لا يوجد ما يُقترح.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="38"/>
        <source>All actions that were not cancelled are completed.</source>
        <translation>اكتملت جميع الإجراءات التي لم تُلغَ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="41"/>
        <source>Some actions are completed, others are not.</source>
        <translation>اكتملت بعض الإجراءات، ولم يكتمل بعضها الآخر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="44"/>
        <source>No action is completed; at least one is ongoing or delayed.</source>
        <translation>لم يكتمل أي إجراء؛ وإجراء واحد على الأقل جارٍ أو متأخر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/planning_labels.py" line="47"/>
        <source>Every action is still planned.</source>
        <translation>كل الإجراءات لا تزال مخططاً لها.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="28"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_switch.py" line="29"/>
        <source>The recommendation being edited has unsaved changes, so the window stays as it is. The new language is used the next time NMRF Desk starts.</source>
        <translation>في التوصية قيد التعديل تغييرات غير محفوظة، لذا تبقى النافذة كما هي. وتُستخدم اللغة الجديدة في المرة القادمة التي يبدأ فيها NMRF Desk.</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="41"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="42"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="73"/>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="178"/>
        <source>From the agency directory (Agencies page)</source>
        <translation>من دليل الجهات (صفحة «الجهات»)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="84"/>
        <source>Focal point:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="94"/>
        <source>Lead agencies</source>
        <translation>الجهات الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="95"/>
        <source>Supporting agencies</source>
        <translation>الجهات الداعمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="96"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="97"/>
        <source>Affected persons</source>
        <translation>الأشخاص المتأثرون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="98"/>
        <source>SDG goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="99"/>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="100"/>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="105"/>
        <source>Lead agency:</source>
        <translation>الجهة الرئيسية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="106"/>
        <source>Supporting agencies:</source>
        <translation>الجهات الداعمة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="107"/>
        <source>Themes:</source>
        <translation>المواضيع:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="108"/>
        <source>Affected persons:</source>
        <translation>الأشخاص المتأثرون:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="109"/>
        <source>SDG goals:</source>
        <translation>أهداف التنمية المستدامة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="110"/>
        <source>SDG targets:</source>
        <translation>غايات أهداف التنمية المستدامة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="111"/>
        <source>Recommending States:</source>
        <translation>الدول المقدِّمة للتوصيات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_links.py" line="170"/>
        <source>none in the agency directory</source>
        <translation>لا توجد في دليل الجهات</translation>
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
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="132"/>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Restore from backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>&amp;Import recommendations…</source>
        <translation>است&amp;يراد التوصيات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="145"/>
        <source>&amp;Settings…</source>
        <translation>&amp;إعدادات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="149"/>
        <source>&amp;Export recommendations…</source>
        <translation>&amp;تصدير التوصيات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>&amp;About NMRF Desk</source>
        <translation>&amp;حول NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="25"/>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="43"/>
        <source>new database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="45"/>
        <source>upgraded; backup at {path}</source>
        <translation>رُقِّيت؛ النسخة الاحتياطية في ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="48"/>
        <source>schema up to date</source>
        <translation>المخطط محدَّث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="49"/>
        <source>Database: {name} ({state})</source>
        <translation>قاعدة البيانات: ‎{name}‎ ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="55"/>
        <source>This database is open read-only ({reason}): nothing can be changed.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط ({reason}): لا يمكن تغيير أي شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/status_line.py" line="61"/>
        <source>{title} (read-only)</source>
        <translation>‏{title} (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Import &amp;agency updates…</source>
        <translation>استي&amp;راد تحديثات الجهات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="74"/>
        <source>Daily backup written and verified: {path}</source>
        <translation>كُتبت النسخة الاحتياطية اليومية وتم التحقق منها: ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>Could not read the database: {error}</source>
        <translation>تعذرت قراءة قاعدة البيانات: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="83"/>
        <location filename="../../desktop/ui/window_files.py" line="92"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="93"/>
        <source>{path} already exists. Choose a new file name, or use Open.</source>
        <translation>‏‎{path}‎ موجود بالفعل. اختر اسم ملف جديداً، أو استخدم «فتح».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="103"/>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="137"/>
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="138"/>
        <source>The database could not be opened; the current one stays open.

{error}</source>
        <translation>تعذر فتح قاعدة البيانات؛ وتبقى قاعدة البيانات الحالية مفتوحة.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="147"/>
        <source>Back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="165"/>
        <source>Backup written and verified: {path}</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_files.py" line="172"/>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="75"/>
        <source>Columns of {file}</source>
        <translation>أعمدة ‎{file}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="87"/>
        <source>This file cannot be read: {problem}</source>
        <translation>تتعذر قراءة هذا الملف: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="95"/>
        <source>(choose a saved mapping)</source>
        <translation>(اختر مطابقة محفوظة)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="97"/>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="319"/>
        <source>Delete saved mapping</source>
        <translation>حذف المطابقة المحفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="103"/>
        <source>(from the column)</source>
        <translation>(من العمود)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="111"/>
        <source>Save this mapping for next time</source>
        <translation>حفظ هذه المطابقة للمرة القادمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="121"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="123"/>
        <source>Saved mapping:</source>
        <translation>المطابقة المحفوظة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="136"/>
        <source>The first rows of the file (mapped columns are highlighted):</source>
        <translation>الصفوف الأولى من الملف (الأعمدة المطابَقة مميَّزة):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="145"/>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="167"/>
        <source>The recommendation (official record)</source>
        <translation>التوصية (السجل الرسمي)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="172"/>
        <source>Used for every row when the file has no mechanism column</source>
        <translation>تُستخدم لكل صف إذا لم يكن في الملف عمود للآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="174"/>
        <source>Mechanism for every row:</source>
        <translation>الآلية لكل صف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="175"/>
        <source>Office&apos;s own work (set on new recommendations only)</source>
        <translation>عمل المكتب نفسه (يُضبط للتوصيات الجديدة فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="178"/>
        <source>* required</source>
        <translation>* مطلوب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="189"/>
        <source>(not in this file)</source>
        <translation>(غير موجود في هذا الملف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="193"/>
        <source>one value per line, or separated by ;</source>
        <translation>قيمة واحدة في كل سطر، أو مفصولة بـ ;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="241"/>
        <source>This file has no column named: {columns}</source>
        <translation>لا يحتوي هذا الملف على عمود باسم: ‎{columns}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="273"/>
        <source>{column} → {fields}</source>
        <translation>{column} ← {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="297"/>
        <source>NMRF Desk export (built in)</source>
        <translation>ملف تصدير NMRF Desk (مدمج)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="320"/>
        <source>Delete the saved mapping &quot;{name}&quot;?</source>
        <translation>هل تريد حذف المطابقة المحفوظة «{name}»؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="367"/>
        <source>choose the column that holds the text</source>
        <translation>اختر العمود الذي يحتوي على النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="369"/>
        <source>choose the column that holds the mechanism, or one mechanism for every row</source>
        <translation>اختر العمود الذي يحتوي على الآلية، أو آلية واحدة لكل صف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="372"/>
        <source>this name belongs to the built-in mapping</source>
        <translation>هذا الاسم خاص بالمطابقة المدمجة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/mapping_dialog.py" line="379"/>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
</context>
<context>
    <name>MatrixTable</name>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="39"/>
        <source>Theme cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="40"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="42"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_costs.py" line="59"/>
        <source>Not in a theme cluster</source>
        <translation>ليست في مجموعة مواضيعية</translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="66"/>
        <source>Chart of the measurements</source>
        <translation>رسم بياني للقياسات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="165"/>
        <source>No measurements yet</source>
        <translation>لا توجد قياسات بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="208"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/measurement_chart.py" line="209"/>
        <source>Target</source>
        <translation>الهدف</translation>
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
        <translation>تعديل القياس</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="309"/>
        <source>New measurement</source>
        <translation>قياس جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="324"/>
        <source>Indicator:</source>
        <translation>المؤشر:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="325"/>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="326"/>
        <source>Value:</source>
        <translation>القيمة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="327"/>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="328"/>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="338"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="339"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="340"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="341"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>NewRecommendationDialog</name>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="31"/>
        <source>New recommendation</source>
        <translation>توصية جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="41"/>
        <source>e.g. 118.23</source>
        <translation>مثلاً 118.23</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="52"/>
        <source>Mechanism:</source>
        <translation>الآلية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="53"/>
        <source>Document:</source>
        <translation>الوثيقة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="54"/>
        <source>Reference:</source>
        <translation>الرمز المرجعي:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="55"/>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/new_recommendation_dialog.py" line="66"/>
        <source>(no document)</source>
        <translation>(بلا وثيقة)</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/ui/views/picker_dialog.py" line="34"/>
        <source>Type to narrow the list</source>
        <translation>اكتب لتضييق القائمة</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="59"/>
        <source>Edit plan</source>
        <translation>تعديل الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="76"/>
        <source>e.g. Cabinet Decision No. 14/2022</source>
        <translation>مثلاً: قرار مجلس الوزراء رقم 14/2022</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="79"/>
        <source>National human rights action plan or development plan</source>
        <translation>خطة العمل الوطنية لحقوق الإنسان أو خطة التنمية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="82"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="214"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="83"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="84"/>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="85"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="215"/>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="216"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="87"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="217"/>
        <source>Adopted on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="218"/>
        <source>Decision reference</source>
        <translation>مرجع القرار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="89"/>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="219"/>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="111"/>
        <source>Recommendations the plan covers</source>
        <translation>التوصيات التي تشملها الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="112"/>
        <source>None for now</source>
        <translation>لا شيء حالياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="113"/>
        <source>Those of the theme clusters ticked below</source>
        <translation>توصيات المجموعات المواضيعية المحددة أدناه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="116"/>
        <source>Those the register shows now ({count})</source>
        <translation>التوصيات التي يعرضها السجل الآن ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="134"/>
        <source>Propose one action per theme cluster to start from</source>
        <translation>اقتراح إجراء واحد لكل مجموعة مواضيعية كنقطة انطلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_dialog.py" line="184"/>
        <source>Address the recommendations on {cluster}</source>
        <translation>معالجة التوصيات المتعلقة بـ {cluster}</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="53"/>
        <source>Cluster, recommendation or action</source>
        <translation>المجموعة المواضيعية أو التوصية أو الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="54"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="55"/>
        <source>Lead agency</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="56"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="57"/>
        <source>Estimated cost</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="58"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="99"/>
        <source>Not in a theme cluster</source>
        <translation>ليست في مجموعة مواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="102"/>
        <source>{cluster} — {priority} priority</source>
        <translation>‏{cluster} — الأولوية: {priority}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="107"/>
        <source>{recommendations}, {actions}</source>
        <translation>‏{recommendations}، {actions}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="110"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>‏%Ln توصية</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
            <numerusform>‏%Ln توصيتان</numerusform>
            <numerusform>‏%Ln توصيات</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plan_tree.py" line="112"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>‏%Ln إجراء</numerusform>
            <numerusform>‏%Ln إجراء</numerusform>
            <numerusform>‏%Ln إجراءان</numerusform>
            <numerusform>‏%Ln إجراءات</numerusform>
            <numerusform>‏%Ln إجراءً</numerusform>
            <numerusform>‏%Ln إجراء</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="116"/>
        <source>cost {totals}</source>
        <translation>التكلفة ‎{totals}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="135"/>
        <source>Recommendations ({count})</source>
        <translation>التوصيات ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plan_tree.py" line="159"/>
        <source>{status} — overdue</source>
        <translation>‏{status} — فات موعده</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="85"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="87"/>
        <source>New plan…</source>
        <translation>خطة جديدة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="88"/>
        <source>Edit plan…</source>
        <translation>تعديل الخطة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="89"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="285"/>
        <source>Delete plan</source>
        <translation>حذف الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="102"/>
        <source>Plan by cluster</source>
        <translation>الخطة حسب المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="103"/>
        <source>Priority matrix</source>
        <translation>مصفوفة الأولويات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="104"/>
        <source>Costs by agency</source>
        <translation>التكاليف حسب الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="109"/>
        <source>New action…</source>
        <translation>إجراء جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="111"/>
        <source>Edit action…</source>
        <translation>تعديل الإجراء…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="113"/>
        <source>Record progress…</source>
        <translation>تسجيل التقدم المحرز…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="116"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="377"/>
        <source>Delete action</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="223"/>
        <source>{recommendations}, {actions}, {overdue}</source>
        <translation>‏{recommendations}، {actions}، {overdue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="224"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>‏%Ln توصية</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
            <numerusform>‏%Ln توصيتان</numerusform>
            <numerusform>‏%Ln توصيات</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
            <numerusform>‏%Ln توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="225"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>‏%Ln إجراء</numerusform>
            <numerusform>‏%Ln إجراء</numerusform>
            <numerusform>‏%Ln إجراءان</numerusform>
            <numerusform>‏%Ln إجراءات</numerusform>
            <numerusform>‏%Ln إجراءً</numerusform>
            <numerusform>‏%Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="226"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>‏%Ln متأخر</numerusform>
            <numerusform>‏%Ln متأخر</numerusform>
            <numerusform>‏%Ln متأخران</numerusform>
            <numerusform>‏%Ln متأخرة</numerusform>
            <numerusform>‏%Ln متأخراً</numerusform>
            <numerusform>‏%Ln متأخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/plans_page.py" line="287"/>
        <source>Delete “{title}” with its %Ln action(s), their indicators and progress updates? The recommendations stay in the register.</source>
        <translation>
            <numerusform>هل تريد حذف «{title}» مع إجراءاتها (%Ln) ومؤشراتها وتحديثات التقدم المحرز؟ تبقى التوصيات في السجل.</numerusform>
            <numerusform>هل تريد حذف «{title}» مع إجراءاتها (%Ln) ومؤشراتها وتحديثات التقدم المحرز؟ تبقى التوصيات في السجل.</numerusform>
            <numerusform>هل تريد حذف «{title}» مع إجراءاتها (%Ln) ومؤشراتها وتحديثات التقدم المحرز؟ تبقى التوصيات في السجل.</numerusform>
            <numerusform>هل تريد حذف «{title}» مع إجراءاتها (%Ln) ومؤشراتها وتحديثات التقدم المحرز؟ تبقى التوصيات في السجل.</numerusform>
            <numerusform>هل تريد حذف «{title}» مع إجراءاتها (%Ln) ومؤشراتها وتحديثات التقدم المحرز؟ تبقى التوصيات في السجل.</numerusform>
            <numerusform>هل تريد حذف «{title}» مع إجراءاتها (%Ln) ومؤشراتها وتحديثات التقدم المحرز؟ تبقى التوصيات في السجل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="141"/>
        <location filename="../../desktop/ui/views/plans_page.py" line="125"/>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="129"/>
        <source>Implementation plans: actions with timelines, resources and indicators, and their progress.</source>
        <translation>خطط التنفيذ: إجراءات بجداول زمنية وموارد ومؤشرات، والتقدم المحرز فيها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="209"/>
        <source>No plan yet. Create one from theme clusters or from the register.</source>
        <translation>لا توجد خطة بعد. أنشئ خطة من المجموعات المواضيعية أو من السجل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="218"/>
        <source>adopted {date}</source>
        <translation>اعتُمدت في {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="230"/>
        <source>cost {totals}</source>
        <translation>التكلفة ‎{totals}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="362"/>
        <source>Progress on “{title}”</source>
        <translation>التقدم المحرز في «{title}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/plans_page.py" line="378"/>
        <source>Delete this action with its indicators and progress updates?</source>
        <translation>هل تريد حذف هذا الإجراء مع مؤشراته وتحديثات التقدم المحرز؟</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="58"/>
        <source>(no change)</source>
        <translation>(بلا تغيير)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="60"/>
        <source>{label} (current)</source>
        <translation>‏{label} (الحالية)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="64"/>
        <source>What happened, with references to evidence</source>
        <translation>ما حدث، مع الإشارة إلى الأدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="75"/>
        <source>Attach evidence…</source>
        <translation>إرفاق أدلة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="78"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="157"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="91"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="158"/>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="92"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="159"/>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="93"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="161"/>
        <source>Reporting agency</source>
        <translation>الجهة المبلِّغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="94"/>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="160"/>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="95"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/progress_dialog.py" line="119"/>
        <source>Attach evidence</source>
        <translation>إرفاق أدلة</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="78"/>
        <source>Needs action by parliament</source>
        <translation>تستلزم إجراءً من البرلمان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="94"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="95"/>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="96"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="97"/>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="349"/>
        <source>Delete permanently</source>
        <translation>حذف نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="104"/>
        <source>Reference:</source>
        <translation>الرمز المرجعي:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="105"/>
        <source>Paragraph:</source>
        <translation>الفقرة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="106"/>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="107"/>
        <source>Response:</source>
        <translation>الرد:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="108"/>
        <source>Action category:</source>
        <translation>فئة الإجراء:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="109"/>
        <source>Implementation status:</source>
        <translation>حالة التنفيذ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="110"/>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="111"/>
        <source>Rationale:</source>
        <translation>المسوّغ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="112"/>
        <source>Cluster:</source>
        <translation>المجموعة المواضيعية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="114"/>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="169"/>
        <location filename="../../desktop/ui/views/register_detail.py" line="52"/>
        <source>Select a recommendation to see it here.</source>
        <translation>حدد توصية لعرضها هنا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="184"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="239"/>
        <source>(no cluster)</source>
        <translation>(بلا مجموعة مواضيعية)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="311"/>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="312"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="313"/>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_editor.py" line="351"/>
        <source>Delete {reference} for good? Its assignments, progress and links go with it. This cannot be undone.</source>
        <translation>هل تريد حذف ‎{reference}‎ نهائياً؟ ستُحذف معها تكليفاتها والتقدم المحرز فيها وروابطها. لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUpPanel</name>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="91"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="92"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="93"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="94"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="95"/>
        <source>Lead agency</source>
        <translation>الجهة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="108"/>
        <source>Record this status…</source>
        <translation>تسجيل هذه الحالة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="111"/>
        <source>Record progress…</source>
        <translation>تسجيل التقدم المحرز…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="116"/>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="117"/>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="118"/>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="119"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="120"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Consultation</source>
        <translation>المشاورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="128"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="136"/>
        <source>Actions addressing it</source>
        <translation>الإجراءات التي تعالجها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="140"/>
        <source>Status history and progress</source>
        <translation>سجل الحالة والتقدم المحرز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="144"/>
        <source>Consultations that discussed it</source>
        <translation>المشاورات التي ناقشتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="198"/>
        <source>{status} — overdue</source>
        <translation>‏{status} — فات موعده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="215"/>
        <source>Suggested status: {status}. Rule: {rule}</source>
        <translation>الحالة المقترحة: {status}. القاعدة: {rule}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/recommendation_followup.py" line="265"/>
        <source>Progress on the recommendation</source>
        <translation>التقدم المحرز في التوصية</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="41"/>
        <source>Reference</source>
        <translation>الرمز المرجعي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="42"/>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="43"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="44"/>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="45"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="46"/>
        <source>Recommending States</source>
        <translation>الدول المقدِّمة للتوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="47"/>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="48"/>
        <source>Action category</source>
        <translation>فئة الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="49"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="50"/>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="51"/>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="52"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="53"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="54"/>
        <source>Cluster</source>
        <translation>المجموعة المواضيعية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/register_model.py" line="55"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="79"/>
        <source>Search text, references and notes, in any language (Ctrl+F)</source>
        <translation>البحث في النصوص والرموز المرجعية والملاحظات، بأي لغة (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="91"/>
        <source>Bulk actions</source>
        <translation>إجراءات مجمّعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="59"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="63"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="132"/>
        <location filename="../../desktop/ui/views/register_page.py" line="153"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_detail.py" line="68"/>
        <source>Document context</source>
        <translation>سياق الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="157"/>
        <source>The register of every recommendation received from the Universal Periodic Review, the treaty bodies, special procedures and regional mechanisms.</source>
        <translation>سجل كل توصية وردت من الاستعراض الدوري الشامل وهيئات المعاهدات والإجراءات الخاصة والآليات الإقليمية.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="209"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/register_page.py" line="222"/>
        <source>At most %n word(s) per search</source>
        <translation>
            <numerusform>الحد الأقصى للكلمات في كل بحث: %n</numerusform>
            <numerusform>الحد الأقصى للكلمات في كل بحث: %n</numerusform>
            <numerusform>الحد الأقصى للكلمات في كل بحث: %n</numerusform>
            <numerusform>الحد الأقصى للكلمات في كل بحث: %n</numerusform>
            <numerusform>الحد الأقصى للكلمات في كل بحث: %n</numerusform>
            <numerusform>الحد الأقصى للكلمات في كل بحث: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="237"/>
        <source>Matching: {count}</source>
        <translation>المطابقة: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="275"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="276"/>
        <source>Save your changes to {reference}?</source>
        <translation>هل تريد حفظ تغييراتك على ‎{reference}‎؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_page.py" line="346"/>
        <source>Created; the current filter does not show it (Clear filters).</source>
        <translation>أُنشئت؛ لا يعرضها عامل التصفية الحالي (مسح عوامل التصفية).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/register_columns.py" line="64"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>ReportOptionsForm</name>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="67"/>
        <source>Implementation plan</source>
        <translation>خطة التنفيذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="68"/>
        <source>Consolidated status report</source>
        <translation>تقرير الحالة الموحد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="69"/>
        <source>Agency brief</source>
        <translation>موجز الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="70"/>
        <source>Register list</source>
        <translation>قائمة السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="85"/>
        <source>Cycle {cycle} (sessions {first}–{last})</source>
        <translation>الجولة {cycle} (الدورات {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="93"/>
        <source>By mechanism</source>
        <translation>حسب الآلية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="94"/>
        <source>By theme</source>
        <translation>حسب الموضوع</translation>
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
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="110"/>
        <source>DRAFT watermark across every page</source>
        <translation>علامة مائية «مسودة» على كل صفحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="113"/>
        <source>The report&apos;s own title</source>
        <translation>عنوان التقرير الخاص به</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="118"/>
        <source>Report:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="120"/>
        <source>Plan:</source>
        <translation>الخطة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="121"/>
        <source>Agency:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="122"/>
        <source>Covering:</source>
        <translation>يشمل:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="123"/>
        <source>Mechanism:</source>
        <translation>الآلية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="124"/>
        <source>UPR cycle:</source>
        <translation>جولة الاستعراض الدوري الشامل:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="125"/>
        <source>Document:</source>
        <translation>الوثيقة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="126"/>
        <source>Sections:</source>
        <translation>الأقسام:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="127"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="128"/>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="129"/>
        <source>Classification marking:</source>
        <translation>علامة التصنيف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="131"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="174"/>
        <source>The plan&apos;s clusters by priority, with their recommendations, actions, agencies, costs and indicators.</source>
        <translation>المجموعات المواضيعية للخطة حسب الأولوية، مع توصياتها وإجراءاتها وجهاتها وتكاليفها ومؤشراتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="178"/>
        <source>Implementation status in figures and by section, with the latest progress and overdue actions of each recommendation.</source>
        <translation>حالة التنفيذ بالأرقام وحسب القسم، مع آخر تقدم محرز والإجراءات المتأخرة لكل توصية.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="182"/>
        <source>What one agency leads and supports: its recommendations, actions, indicators and the reports due.</source>
        <translation>ما تقوده جهة واحدة وتدعمه: توصياتها وإجراءاتها ومؤشراتها والتقارير المستحقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="186"/>
        <source>The recommendations as a table, in the register&apos;s order.</source>
        <translation>التوصيات في جدول، بترتيب السجل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="198"/>
        <source>All recommendations</source>
        <translation>كل التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="199"/>
        <source>One mechanism</source>
        <translation>آلية واحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="200"/>
        <source>One UPR cycle</source>
        <translation>جولة واحدة من الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="201"/>
        <source>One review or document</source>
        <translation>استعراض واحد أو وثيقة واحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="204"/>
        <source>What the register shows now ({count})</source>
        <translation>ما يعرضه السجل الآن ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="213"/>
        <source>The register&apos;s selected rows ({count})</source>
        <translation>الصفوف المحددة في السجل ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="254"/>
        <source>Choose the implementation plan (there is none yet).</source>
        <translation>اختر خطة التنفيذ (لا توجد خطة بعد).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="256"/>
        <source>Choose the agency.</source>
        <translation>اختر الجهة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="259"/>
        <source>Choose the mechanism.</source>
        <translation>اختر الآلية.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="261"/>
        <source>Choose the document.</source>
        <translation>اختر الوثيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report_options.py" line="264"/>
        <source>No rows are selected in the register: select the recommendations to list there first.</source>
        <translation>لم يُحدَّد أي صف في السجل: حدد أولاً التوصيات المراد إدراجها هناك.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="100"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="105"/>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="107"/>
        <source>Generate</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="111"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="154"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="146"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="150"/>
        <source>Cabinet-ready PDF reports: implementation plans, status reports, agency briefs and lists of recommendations, in any of the six UN languages.</source>
        <translation>تقارير PDF جاهزة لمجلس الوزراء: خطط التنفيذ، وتقارير الحالة، وموجزات الجهات، وقوائم التوصيات، بأي من لغات الأمم المتحدة الست.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="220"/>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="235"/>
        <source>Replace the file?</source>
        <translation>هل تريد استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="236"/>
        <source>{path} already exists. Replace it?</source>
        <translation>‏‎{path}‎ موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="247"/>
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="261"/>
        <location filename="../../desktop/ui/views/reports_page.py" line="332"/>
        <source>The report was not written: {error}</source>
        <translation>لم يُكتب التقرير: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="291"/>
        <source>Writing {path}…</source>
        <translation>جارٍ كتابة ‎{path}‎…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="296"/>
        <source>The folder {folder} does not exist; no file was written.</source>
        <translation>المجلد ‎{folder}‎ غير موجود؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="300"/>
        <source>{path} is a folder: give a file name.</source>
        <translation>‏‎{path}‎ مجلد: أدخل اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="323"/>
        <source>Report written: {path}</source>
        <translation>كُتب التقرير: ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="330"/>
        <source>Cancelled; no file was written.</source>
        <translation>أُلغي؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/reports_page.py" line="336"/>
        <source>The report could not be made (no file was written): {error}</source>
        <translation>تعذر إعداد التقرير (لم يُكتب أي ملف): {error}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="53"/>
        <source>Before an upgrade to a newer version</source>
        <translation>قبل الترقية إلى إصدار أحدث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="55"/>
        <source>Daily backup</source>
        <translation>نسخة احتياطية يومية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="56"/>
        <source>Made by hand</source>
        <translation>أُعدّت يدوياً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="57"/>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="82"/>
        <source>Backups of a database on a server are the server&apos;s business: its administrator takes them with pg_dump and restores them with pg_restore.</source>
        <translation>النسخ الاحتياطية لقاعدة بيانات على خادم من شأن الخادم: يأخذها مسؤوله باستخدام pg_dump ويستعيدها باستخدام pg_restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="88"/>
        <source>This database is open read-only ({reason}): no backup can be put in its place.</source>
        <translation>قاعدة البيانات هذه مفتوحة للقراءة فقط ({reason}): لا يمكن وضع نسخة احتياطية مكانها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="118"/>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="291"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="123"/>
        <source>Choose a backup to put in place of the database {path}. The current database is not deleted: it is kept beside it.</source>
        <translation>اختر نسخة احتياطية لتحل محل قاعدة البيانات ‎{path}‎. لا تُحذف قاعدة البيانات الحالية: بل تُحفظ بجانبها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Taken</source>
        <translation>أُخذت في</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="132"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Agencies</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="133"/>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="146"/>
        <source>Other file…</source>
        <translation>ملف آخر…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="147"/>
        <source>Restore a backup kept somewhere else</source>
        <translation>استعادة نسخة احتياطية محفوظة في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="149"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="153"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="170"/>
        <source>Reading the backups…</source>
        <translation>جارٍ قراءة النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="184"/>
        <source>Backups are kept in {folder}</source>
        <translation>تُحفظ النسخ الاحتياطية في ‎{folder}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="187"/>
        <source>There are no backups of this database yet. NMRF Desk keeps them in {folder}: one a day when the database has changed, and one before each import and each upgrade. File › Back up… makes one now; “Other file…” restores a backup kept elsewhere.</source>
        <translation>لا توجد نسخ احتياطية لقاعدة البيانات هذه بعد. يحفظها NMRF Desk في ‎{folder}‎: نسخة كل يوم تتغير فيه قاعدة البيانات، ونسخة قبل كل استيراد وكل ترقية. يُعدّ الأمر «ملف ‹ نسخ احتياطي…» نسخة الآن؛ ويستعيد «ملف آخر…» نسخة احتياطية محفوظة في مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="208"/>
        <source>it holds no NMRF Desk tables</source>
        <translation>لا تحتوي على جداول NMRF Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="210"/>
        <source>Cannot be read: {problem}</source>
        <translation>تتعذر القراءة: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="226"/>
        <source>The backups cannot be read: {error}</source>
        <translation>تتعذر قراءة النسخ الاحتياطية: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="257"/>
        <source>Put the backup of {date} in place of the database?</source>
        <translation>هل تريد وضع النسخة الاحتياطية المؤرخة {date} مكان قاعدة البيانات؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="267"/>
        <source>Restore from a backup file</source>
        <translation>الاستعادة من ملف نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="274"/>
        <source>Put the backup {file} in place of the database?</source>
        <translation>هل تريد وضع النسخة الاحتياطية ‎{file}‎ مكان قاعدة البيانات؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_dialog.py" line="286"/>
        <source>The current database is kept beside it, in the same folder, under a name ending in “.replaced-” and the date and time: nothing is lost.</source>
        <translation>تُحفظ قاعدة البيانات الحالية بجانبها، في المجلد نفسه، باسم ينتهي بـ «‎.replaced-» متبوعاً بالتاريخ والوقت: لا يضيع شيء.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="44"/>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="60"/>
        <source>Backup restored: {backup}.</source>
        <translation>استُعيدت النسخة الاحتياطية: ‎{backup}‎.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="87"/>
        <source>The backup was not restored; the database is as it was.

{error}</source>
        <translation>لم تُستعد النسخة الاحتياطية؛ قاعدة البيانات كما كانت.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="98"/>
        <source>The backup was put in place but cannot be opened.

{error}</source>
        <translation>وُضعت النسخة الاحتياطية في مكانها لكن يتعذر فتحها.

{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="105"/>
        <source>The database it replaced is kept at {path}</source>
        <translation>قاعدة البيانات التي استُبدلت محفوظة في ‎{path}‎</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/restore_flow.py" line="110"/>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
</context>
<context>
    <name>RoleControls</name>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="51"/>
        <source>&amp;Users…</source>
        <translation>ال&amp;مستخدمون…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/role_controls.py" line="82"/>
        <source>You ({login}) have no role in this database: you may read only.</source>
        <translation>ليس لك ({login}) أي دور في قاعدة البيانات هذه: يمكنك القراءة فقط.</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="37"/>
        <source>Save view…</source>
        <translation>حفظ العرض…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="39"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="101"/>
        <source>Delete view</source>
        <translation>حذف العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="53"/>
        <source>Saved views…</source>
        <translation>العروض المحفوظة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="71"/>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="84"/>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/saved_views_bar.py" line="72"/>
        <source>Name of this view:</source>
        <translation>اسم هذا العرض:</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../desktop/ui/views/indicator_dialog.py" line="89"/>
        <source>this is not a number</source>
        <translation>هذا ليس رقماً</translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="50"/>
        <source>Send update forms</source>
        <translation>إرسال استمارات التحديث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="53"/>
        <source>Every agency with work assigned</source>
        <translation>كل جهة أُسند إليها عمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="64"/>
        <source>e.g. January–June 2026</source>
        <translation>مثلاً: يناير–يونيو 2026</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="66"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="72"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="147"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="73"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="148"/>
        <source>Language of the form</source>
        <translation>لغة الاستمارة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="74"/>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="149"/>
        <source>Return by</source>
        <translation>تُعاد قبل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="75"/>
        <source>Reporting period</source>
        <translation>فترة الإبلاغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="76"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="79"/>
        <source>Each agency gets a workbook of the recommendations and actions it leads or supports, with a cover letter, and the form is recorded as sent. Send them by e-mail; File › Import agency updates… takes the filled forms back in.</source>
        <translation>تتلقى كل جهة مصنفاً بالتوصيات والإجراءات التي تقودها أو تدعمها، مع رسالة تغطية، وتُسجَّل الاستمارة على أنها أُرسلت. أرسلها بالبريد الإلكتروني؛ ويُدخل الأمر «ملف ‹ استيراد تحديثات الجهات…» الاستمارات المملوءة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="87"/>
        <source>Write the forms</source>
        <translation>كتابة الاستمارات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="90"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="105"/>
        <source>Folder for the forms</source>
        <translation>مجلد الاستمارات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="115"/>
        <source>Choose a folder that exists for the forms.</source>
        <translation>اختر مجلداً موجوداً للاستمارات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="125"/>
        <source>Writing the forms…</source>
        <translation>جارٍ كتابة الاستمارات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/send_forms_dialog.py" line="139"/>
        <source>%n form(s) written to {folder}.</source>
        <translation>
            <numerusform>كُتبت الاستمارات (%n) في ‎{folder}‎.</numerusform>
            <numerusform>كُتبت الاستمارات (%n) في ‎{folder}‎.</numerusform>
            <numerusform>كُتبت الاستمارات (%n) في ‎{folder}‎.</numerusform>
            <numerusform>كُتبت الاستمارات (%n) في ‎{folder}‎.</numerusform>
            <numerusform>كُتبت الاستمارات (%n) في ‎{folder}‎.</numerusform>
            <numerusform>كُتبت الاستمارات (%n) في ‎{folder}‎.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="51"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="57"/>
        <source>e.g. Ministry of Justice, NMRF</source>
        <translation>مثلاً: وزارة العدل، الآلية الوطنية للتنفيذ والإبلاغ والمتابعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="63"/>
        <source>System default</source>
        <translation>الإعداد الافتراضي للنظام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="80"/>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="82"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="88"/>
        <source>PNG or JPEG, at most 2 MB; printed on the reports&apos; cover.</source>
        <translation>‏PNG أو JPEG، بحد أقصى 2 ميغابايت؛ يُطبع على غلاف التقارير.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="97"/>
        <source>Organisation name:</source>
        <translation>اسم المنظمة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="98"/>
        <source>Organisation emblem:</source>
        <translation>شعار المنظمة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="99"/>
        <source>Default report language:</source>
        <translation>لغة التقارير الافتراضية:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="100"/>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="101"/>
        <source>The window reopens in the new interface language where it was.</source>
        <translation>يُعاد فتح النافذة باللغة الجديدة للواجهة حيث كانت.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="128"/>
        <source>No emblem</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="137"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="174"/>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="181"/>
        <source>Organisation emblem</source>
        <translation>شعار المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="153"/>
        <source>{file}: the image is larger than 2 MB.</source>
        <translation>‏‎{file}‎: حجم الصورة أكبر من 2 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="175"/>
        <source>Organisation emblem: {problem}</source>
        <translation>شعار المنظمة: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="180"/>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="182"/>
        <source>Default report language</source>
        <translation>لغة التقارير الافتراضية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/settings_dialog.py" line="208"/>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="68"/>
        <source>Bar chart</source>
        <translation>رسم بياني شريطي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="194"/>
        <source>Nothing to show</source>
        <translation>لا يوجد ما يُعرض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="238"/>
        <source>{label}: {count} in all</source>
        <translation>‏{label}: المجموع {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/charts.py" line="246"/>
        <source>{label}, {series}: {count} ({share} %)</source>
        <translation>‏{label}، {series}: {count} ({share}٪)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>Damaged database</source>
        <translation>قاعدة بيانات تالفة</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>Restore the newest backup, {path}?</source>
        <translation>هل تريد استعادة أحدث نسخة احتياطية، ‎{path}‎؟</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>The file it replaces is kept beside it.</source>
        <translation>يُحفظ الملف الذي تحل محله بجانبها.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="102"/>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="108"/>
        <source>Upgrade failed</source>
        <translation>فشلت الترقية</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="113"/>
        <source>Cannot open the database</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="123"/>
        <source>No database</source>
        <translation>لا توجد قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="124"/>
        <source>There is no database where one was expected.</source>
        <translation>لا توجد قاعدة بيانات في المكان الذي يُتوقع وجودها فيه.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="126"/>
        <source>Not a database</source>
        <translation>ليست قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="127"/>
        <source>This file is not an NMRF Desk database; nothing was changed.</source>
        <translation>هذا الملف ليس قاعدة بيانات NMRF Desk؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="132"/>
        <source>The database is damaged and cannot be opened safely.</source>
        <translation>قاعدة البيانات تالفة ولا يمكن فتحها بأمان.</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <location filename="../../desktop/ui/views/pages.py" line="137"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="27"/>
        <location filename="../../desktop/ui/views/themes_page.py" line="32"/>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="28"/>
        <source>Groups of persons</source>
        <translation>فئات الأشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/themes_page.py" line="36"/>
        <source>The themes and groups of persons recommendations are tagged with. Imports match names ignoring case, spacing, punctuation and “&amp;”/“and”; rename a name here, or merge names that mean the same thing into one.</source>
        <translation>المواضيع وفئات الأشخاص التي تُوسَم بها التوصيات. يطابق الاستيراد الأسماء متجاهلاً حالة الأحرف والمسافات وعلامات الترقيم و«&amp;»/«and»؛ أعد تسمية أي اسم هنا، أو ادمج الأسماء ذات المعنى الواحد في اسم واحد.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="53"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="143"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="57"/>
        <source>Who may do what in this database. A user is a login: on a server, the login people connect with; on a file, the computer&apos;s login. Whoever adds the first user becomes the administrator.</source>
        <translation>من يحق له فعل ماذا في قاعدة البيانات هذه. المستخدم هو اسم دخول: على الخادم، اسم الدخول الذي يتصل به الأشخاص؛ وفي الملف، اسم الدخول إلى الحاسوب. ومن يضيف المستخدم الأول يصبح المسؤول.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="86"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="125"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="131"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="87"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="65"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="88"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="126"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="84"/>
        <source>Only to create a new server login</source>
        <translation>فقط لإنشاء اسم دخول جديد على الخادم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="90"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="127"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="93"/>
        <source>Add user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="96"/>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="99"/>
        <location filename="../../desktop/ui/views/users_dialog.py" line="247"/>
        <source>Remove user</source>
        <translation>إزالة المستخدم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="206"/>
        <source>a login cannot be empty</source>
        <translation>لا يمكن أن يكون اسم الدخول فارغاً</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="210"/>
        <source>a focal point speaks for one agency: choose it</source>
        <translation>جهة الاتصال تمثل جهة واحدة: اخترها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="225"/>
        <source>{login} was added.</source>
        <translation>أُضيف {login}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="235"/>
        <source>{login} is now: {role}.</source>
        <translation>أصبح {login}: {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="249"/>
        <source>Remove {login}? They may then only read; what they did stays in the trail.</source>
        <translation>هل تريد إزالة {login}؟ لن يتمكن بعدها إلا من القراءة؛ ويبقى ما قام به في السجل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/users_dialog.py" line="258"/>
        <source>{login} was removed.</source>
        <translation>أُزيل {login}.</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter themes by name</source>
        <translation>تصفية المواضيع حسب الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="63"/>
        <source>Filter groups by name</source>
        <translation>تصفية الفئات حسب الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="67"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="69"/>
        <source>UHRI code</source>
        <translation>رمز UHRI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="70"/>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="86"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="88"/>
        <source>Merge selected…</source>
        <translation>دمج المحدد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="90"/>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="91"/>
        <source>Put back the last merge (Ctrl+Z)</source>
        <translation>إرجاع آخر دمج (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="113"/>
        <source>The database is read-only.</source>
        <translation>قاعدة البيانات للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="137"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename theme</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="170"/>
        <source>Rename group of persons</source>
        <translation>إعادة تسمية فئة الأشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="171"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge themes</source>
        <translation>دمج المواضيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="175"/>
        <source>Merge groups of persons</source>
        <translation>دمج فئات الأشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="179"/>
        <source>Keep this name; the others join it and their recommendations move to it:</source>
        <translation>الإبقاء على هذا الاسم؛ وتنضم إليه الأسماء الأخرى وتنتقل إليه توصياتها:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="193"/>
        <source>Select one theme to rename.</source>
        <translation>حدد موضوعاً واحداً لإعادة تسميته.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="195"/>
        <source>Select one group of persons to rename.</source>
        <translation>حدد فئة أشخاص واحدة لإعادة تسميتها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="206"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>أُعيدت تسمية «{old}» إلى «{new}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="224"/>
        <source>Select two or more themes to merge.</source>
        <translation>حدد موضوعين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="226"/>
        <source>Select two or more groups of persons to merge.</source>
        <translation>حدد فئتين أو أكثر من فئات الأشخاص لدمجها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="244"/>
        <source>Names merged into “{name}”: %n.</source>
        <translation>
            <numerusform>الأسماء المدمجة في «{name}»: %n.</numerusform>
            <numerusform>الأسماء المدمجة في «{name}»: %n.</numerusform>
            <numerusform>الأسماء المدمجة في «{name}»: %n.</numerusform>
            <numerusform>الأسماء المدمجة في «{name}»: %n.</numerusform>
            <numerusform>الأسماء المدمجة في «{name}»: %n.</numerusform>
            <numerusform>الأسماء المدمجة في «{name}»: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="247"/>
        <source>Recommendations relinked: %n.</source>
        <translation>
            <numerusform>التوصيات التي أُعيد ربطها: %n.</numerusform>
            <numerusform>التوصيات التي أُعيد ربطها: %n.</numerusform>
            <numerusform>التوصيات التي أُعيد ربطها: %n.</numerusform>
            <numerusform>التوصيات التي أُعيد ربطها: %n.</numerusform>
            <numerusform>التوصيات التي أُعيد ربطها: %n.</numerusform>
            <numerusform>التوصيات التي أُعيد ربطها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="271"/>
        <source>Merge undone; recommendations linked as before: %n.</source>
        <translation>
            <numerusform>أُلغي الدمج؛ التوصيات المربوطة كما كانت: %n.</numerusform>
            <numerusform>أُلغي الدمج؛ التوصيات المربوطة كما كانت: %n.</numerusform>
            <numerusform>أُلغي الدمج؛ التوصيات المربوطة كما كانت: %n.</numerusform>
            <numerusform>أُلغي الدمج؛ التوصيات المربوطة كما كانت: %n.</numerusform>
            <numerusform>أُلغي الدمج؛ التوصيات المربوطة كما كانت: %n.</numerusform>
            <numerusform>أُلغي الدمج؛ التوصيات المربوطة كما كانت: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="248"/>
        <source>Undo merge or Ctrl+Z puts them back.</source>
        <translation>يعيدها «التراجع عن الدمج» أو Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="263"/>
        <source>There is no merge to undo.</source>
        <translation>لا يوجد دمج للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="285"/>
        <source>The merge cannot be undone: the names changed since (the name kept was deleted, or a merged name is in use again). Nothing was changed.</source>
        <translation>لا يمكن التراجع عن الدمج: تغيّرت الأسماء منذ ذلك الحين (حُذف الاسم المُبقى عليه، أو عاد اسم مدمج إلى الاستخدام). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="314"/>
        <source>“{name}” is the same name as the theme “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>‏«{name}» هو الاسم نفسه للموضوع «{other}»: تُطابَق الأسماء مع تجاهل حالة الأحرف والمسافات وعلامات الترقيم و«&amp;»/«and». حدد الاثنين وادمجهما بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="320"/>
        <source>“{name}” is the same name as the group “{other}”: names match ignoring case, spacing, punctuation and “&amp;”/“and”. Select both and merge them instead.</source>
        <translation>‏«{name}» هو الاسم نفسه للفئة «{other}»: تُطابَق الأسماء مع تجاهل حالة الأحرف والمسافات وعلامات الترقيم و«&amp;»/«and». حدد الاثنين وادمجهما بدلاً من ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="328"/>
        <source>The list changed meanwhile (someone else renamed, merged or deleted a name); it has been read again. Try once more.</source>
        <translation>تغيّرت القائمة في الأثناء (أعاد شخص آخر تسمية اسم أو دمجه أو حذفه)؛ وقد قُرئت من جديد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/vocabulary_tab.py" line="332"/>
        <source>The name must not be empty or longer than 300 characters.</source>
        <translation>يجب ألا يكون الاسم فارغاً أو أطول من 300 حرف.</translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_chooser.py" line="125"/>
        <source>%Ln file(s): {names}</source>
        <translation>
            <numerusform>الملفات (%Ln): {names}</numerusform>
            <numerusform>الملفات (%Ln): {names}</numerusform>
            <numerusform>الملفات (%Ln): {names}</numerusform>
            <numerusform>الملفات (%Ln): {names}</numerusform>
            <numerusform>الملفات (%Ln): {names}</numerusform>
            <numerusform>الملفات (%Ln): {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TypesText</name>
    <message>
        <location filename="../../desktop/ui/views/import_types.py" line="66"/>
        <source>Annotation types:</source>
        <translation>أنواع الشروح:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="80"/>
        <source>%n recommendation(s) stay in the register although the file gives another type, because someone has worked on them (cluster, plan, action, agencies, progress …):</source>
        <translation>
            <numerusform>تبقى في السجل توصيات (%n) مع أن الملف يعطيها نوعاً آخر، لأن أحداً عمل عليها (مجموعة مواضيعية، خطة، إجراء، جهات، تقدم محرز …):</numerusform>
            <numerusform>تبقى في السجل توصيات (%n) مع أن الملف يعطيها نوعاً آخر، لأن أحداً عمل عليها (مجموعة مواضيعية، خطة، إجراء، جهات، تقدم محرز …):</numerusform>
            <numerusform>تبقى في السجل توصيات (%n) مع أن الملف يعطيها نوعاً آخر، لأن أحداً عمل عليها (مجموعة مواضيعية، خطة، إجراء، جهات، تقدم محرز …):</numerusform>
            <numerusform>تبقى في السجل توصيات (%n) مع أن الملف يعطيها نوعاً آخر، لأن أحداً عمل عليها (مجموعة مواضيعية، خطة، إجراء، جهات، تقدم محرز …):</numerusform>
            <numerusform>تبقى في السجل توصيات (%n) مع أن الملف يعطيها نوعاً آخر، لأن أحداً عمل عليها (مجموعة مواضيعية، خطة، إجراء، جهات، تقدم محرز …):</numerusform>
            <numerusform>تبقى في السجل توصيات (%n) مع أن الملف يعطيها نوعاً آخر، لأن أحداً عمل عليها (مجموعة مواضيعية، خطة، إجراء، جهات، تقدم محرز …):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="92"/>
        <source>%n paragraph(s) of other types kept as context of their document.</source>
        <translation>
            <numerusform>فقرات من أنواع أخرى احتُفظ بها سياقاً لوثيقتها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى احتُفظ بها سياقاً لوثيقتها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى احتُفظ بها سياقاً لوثيقتها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى احتُفظ بها سياقاً لوثيقتها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى احتُفظ بها سياقاً لوثيقتها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى احتُفظ بها سياقاً لوثيقتها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="96"/>
        <source>%n paragraph(s) of other types will be kept as context of their document, never as recommendations.</source>
        <translation>
            <numerusform>سيُحتفظ بفقرات من أنواع أخرى (%n) سياقاً لوثيقتها، لا توصياتٍ أبداً.</numerusform>
            <numerusform>سيُحتفظ بفقرات من أنواع أخرى (%n) سياقاً لوثيقتها، لا توصياتٍ أبداً.</numerusform>
            <numerusform>سيُحتفظ بفقرات من أنواع أخرى (%n) سياقاً لوثيقتها، لا توصياتٍ أبداً.</numerusform>
            <numerusform>سيُحتفظ بفقرات من أنواع أخرى (%n) سياقاً لوثيقتها، لا توصياتٍ أبداً.</numerusform>
            <numerusform>سيُحتفظ بفقرات من أنواع أخرى (%n) سياقاً لوثيقتها، لا توصياتٍ أبداً.</numerusform>
            <numerusform>سيُحتفظ بفقرات من أنواع أخرى (%n) سياقاً لوثيقتها، لا توصياتٍ أبداً.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="102"/>
        <source>%n paragraph(s) of other types skipped.</source>
        <translation>
            <numerusform>فقرات من أنواع أخرى تم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى تم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى تم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى تم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى تم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى تم تخطيها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="103"/>
        <source>%n paragraph(s) of other types will be skipped.</source>
        <translation>
            <numerusform>فقرات من أنواع أخرى سيتم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى سيتم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى سيتم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى سيتم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى سيتم تخطيها: %n.</numerusform>
            <numerusform>فقرات من أنواع أخرى سيتم تخطيها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="110"/>
        <source>%n recommendation(s) left the register: the file gives another type.</source>
        <translation>
            <numerusform>خرجت من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>خرجت من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>خرجت من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>خرجت من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>خرجت من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>خرجت من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="118"/>
        <source>%n recommendation(s) will leave the register: the file gives another type.</source>
        <translation>
            <numerusform>ستخرج من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>ستخرج من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>ستخرج من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>ستخرج من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>ستخرج من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
            <numerusform>ستخرج من السجل توصيات (%n): الملف يعطيها نوعاً آخر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="125"/>
        <source>%n context paragraph(s) became recommendations.</source>
        <translation>
            <numerusform>فقرات سياق أصبحت توصيات: %n.</numerusform>
            <numerusform>فقرات سياق أصبحت توصيات: %n.</numerusform>
            <numerusform>فقرات سياق أصبحت توصيات: %n.</numerusform>
            <numerusform>فقرات سياق أصبحت توصيات: %n.</numerusform>
            <numerusform>فقرات سياق أصبحت توصيات: %n.</numerusform>
            <numerusform>فقرات سياق أصبحت توصيات: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/views/import_types.py" line="129"/>
        <source>%n context paragraph(s) will become recommendations.</source>
        <translation>
            <numerusform>فقرات سياق ستصبح توصيات: %n.</numerusform>
            <numerusform>فقرات سياق ستصبح توصيات: %n.</numerusform>
            <numerusform>فقرات سياق ستصبح توصيات: %n.</numerusform>
            <numerusform>فقرات سياق ستصبح توصيات: %n.</numerusform>
            <numerusform>فقرات سياق ستصبح توصيات: %n.</numerusform>
            <numerusform>فقرات سياق ستصبح توصيات: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="89"/>
        <source>Someone else changed this since you opened it; nothing was saved. Close it and open it again to see their changes.</source>
        <translation>غيّر شخص آخر هذا العنصر بعد أن فتحته؛ لم يُحفظ شيء. أغلقه وافتحه من جديد لرؤية تغييراته.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="100"/>
        <location filename="../../desktop/ui/operations.py" line="110"/>
        <source>Changed by someone else</source>
        <translation>غيّرها شخص آخر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="113"/>
        <source>Keep your version (it replaces theirs), take theirs (your changes are dropped), or go on editing.</source>
        <translation>احتفظ بنسختك (تحل محل نسختهم)، أو خذ نسختهم (تُسقط تغييراتك)، أو واصل التعديل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="120"/>
        <source>Keep mine</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="123"/>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="127"/>
        <source>Go on editing</source>
        <translation>مواصلة التعديل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="151"/>
        <source>Could not finish</source>
        <translation>تعذر الإنهاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/operations.py" line="247"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
