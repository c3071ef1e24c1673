"""The words of an update form in French, Spanish, Russian and Arabic (the
terms of the report catalogues where they exist)."""

from __future__ import annotations

FRENCH: dict[str, str] = {
    "sheet.instructions": "Instructions",
    "sheet.updates": "Mises à jour",
    "sheet.indicators": "Indicateurs",
    "title": "Formulaire de mise à jour : {agency}",
    "agency": "Organisme",
    "focal_point": "Point focal",
    "period": "Période couverte",
    "deadline": "À renvoyer au plus tard le",
    "no_deadline": "dès que possible",
    "contact": "Contact au secrétariat",
    "form_id": "Formulaire",
    "made_on": "Établi le",
    "how.title": "Comment remplir ce formulaire",
    "how.1": "La feuille Mises à jour énumère les recommandations et les actions que votre "
    "organisme dirige ou appuie, par groupe thématique. Les colonnes grises sont en "
    "lecture seule.",
    "how.2": "Dans les colonnes blanches, choisissez l'état dans la liste déroulante et "
    "indiquez ce qui a été fait depuis le dernier rapport, les justificatifs ou un lien, "
    "et les prochaines étapes. Laissez la ligne vide s'il n'y a rien de nouveau.",
    "how.3": "La feuille Indicateurs énumère les indicateurs que votre organisme renseigne : "
    "donnez chaque nouvelle valeur avec sa date et sa source.",
    "how.4": "N'ajoutez, ne supprimez ni ne déplacez aucune ligne ou feuille et ne modifiez "
    "pas les cellules grises : ces lignes ne pourraient pas être reprises. Enregistrez le "
    "fichier au format Excel (.xlsx) et renvoyez-le au secrétariat.",
    "reference": "Référence",
    "mechanism": "Mécanisme",
    "role": "Rôle",
    "text": "Texte",
    "due": "Échéance",
    "current_status": "État actuel",
    "latest_progress": "Derniers progrès",
    "status": "État",
    "progress": "Progrès depuis le dernier rapport",
    "evidence": "Justificatif ou lien",
    "next_steps": "Prochaines étapes",
    "no_cluster": "Hors groupe thématique",
    "actions": "Actions",
    "action": "Action",
    "indicator": "Indicateur",
    "unit": "Unité",
    "baseline": "Valeur de référence",
    "target": "Cible",
    "latest_value": "Dernière valeur",
    "latest_date": "Date de la dernière valeur",
    "value": "Valeur",
    "date": "Date",
    "source": "Source",
    "letter.greeting": "Madame, Monsieur {name},",
    "letter.greeting_plain": "Madame, Monsieur,",
    "letter.body": "Veuillez trouver ci-joint le formulaire de mise à jour {file}. Il "
    "énumère les {rows} recommandations, actions et indicateurs que "
    "{agency} dirige, appuie ou renseigne, avec ce que le registre indique "
    "pour chacun.",
    "letter.return": "Merci de remplir les colonnes blanches et de renvoyer le fichier au "
    "secrétariat au plus tard le {deadline}.",
    "letter.return_soon": "Merci de remplir les colonnes blanches et de renvoyer le fichier au "
    "secrétariat dès que possible.",
    "letter.how": "La première feuille explique comment remplir le formulaire. Ne "
    "modifiez pas les cellules grises ni l'ordre des lignes : ces lignes "
    "ne pourraient pas être reprises.",
    "letter.closing": "Avec nos remerciements pour votre coopération,",
}

SPANISH: dict[str, str] = {
    "sheet.instructions": "Instrucciones",
    "sheet.updates": "Actualizaciones",
    "sheet.indicators": "Indicadores",
    "title": "Formulario de actualización: {agency}",
    "agency": "Institución",
    "focal_point": "Punto focal",
    "period": "Período del informe",
    "deadline": "Devolver a más tardar el",
    "no_deadline": "lo antes posible",
    "contact": "Contacto en la secretaría",
    "form_id": "Formulario",
    "made_on": "Preparado el",
    "how.title": "Cómo llenar este formulario",
    "how.1": "La hoja Actualizaciones enumera las recomendaciones y acciones que su "
    "institución dirige o apoya, por grupo temático. Las columnas grises son de solo lectura.",
    "how.2": "En las columnas blancas, elija el estado en la lista desplegable e indique lo "
    "hecho desde el último informe, las pruebas o un enlace y los próximos pasos. Deje la "
    "fila en blanco si no hay novedades.",
    "how.3": "La hoja Indicadores enumera los indicadores que su institución comunica: indique "
    "cada nuevo valor con su fecha y su fuente.",
    "how.4": "No agregue, elimine ni mueva filas u hojas ni modifique las celdas grises: esas "
    "filas no podrían incorporarse. Guarde el archivo en formato Excel (.xlsx) y envíelo a "
    "la secretaría.",
    "reference": "Referencia",
    "mechanism": "Mecanismo",
    "role": "Función",
    "text": "Texto",
    "due": "Fecha límite",
    "current_status": "Estado actual",
    "latest_progress": "Últimos avances",
    "status": "Estado",
    "progress": "Avances desde el último informe",
    "evidence": "Prueba o enlace",
    "next_steps": "Próximos pasos",
    "no_cluster": "Sin grupo temático",
    "actions": "Acciones",
    "action": "Acción",
    "indicator": "Indicador",
    "unit": "Unidad",
    "baseline": "Línea de base",
    "target": "Meta",
    "latest_value": "Último valor",
    "latest_date": "Fecha del último valor",
    "value": "Valor",
    "date": "Fecha",
    "source": "Fuente",
    "letter.greeting": "Estimado/a {name}:",
    "letter.greeting_plain": "Estimados colegas:",
    "letter.body": "Adjuntamos el formulario de actualización {file}. Enumera las {rows} "
    "recomendaciones, acciones e indicadores que {agency} dirige, apoya o "
    "comunica, con lo que el registro indica sobre cada uno.",
    "letter.return": "Le rogamos llenar las columnas blancas y devolver el archivo a la "
    "secretaría a más tardar el {deadline}.",
    "letter.return_soon": "Le rogamos llenar las columnas blancas y devolver el archivo a la "
    "secretaría lo antes posible.",
    "letter.how": "La primera hoja explica cómo llenar el formulario. No modifique las "
    "celdas grises ni el orden de las filas: esas filas no podrían "
    "incorporarse.",
    "letter.closing": "Agradeciendo de antemano su colaboración,",
}

RUSSIAN: dict[str, str] = {
    "sheet.instructions": "Инструкция",
    "sheet.updates": "Обновления",
    "sheet.indicators": "Показатели",
    "title": "Форма отчета: {agency}",
    "agency": "Ведомство",
    "focal_point": "Координатор",
    "period": "Отчетный период",
    "deadline": "Вернуть не позднее",
    "no_deadline": "как можно скорее",
    "contact": "Контакт в секретариате",
    "form_id": "Форма",
    "made_on": "Подготовлено",
    "how.title": "Как заполнить форму",
    "how.1": "На листе «Обновления» перечислены рекомендации и мероприятия, которые ваше "
    "ведомство возглавляет или поддерживает, по тематическим группам. Серые столбцы "
    "только для чтения.",
    "how.2": "В белых столбцах выберите статус из списка и укажите, что сделано с момента "
    "последнего отчета, подтверждение или ссылку и дальнейшие шаги. Оставьте строку "
    "пустой, если нового нет.",
    "how.3": "На листе «Показатели» перечислены показатели, которые сообщает ваше ведомство: "
    "укажите каждое новое значение с датой и источником.",
    "how.4": "Не добавляйте, не удаляйте и не перемещайте строки и листы и не изменяйте серые "
    "ячейки: такие строки не будут приняты. Сохраните файл в формате Excel (.xlsx) и "
    "отправьте его в секретариат.",
    "reference": "Номер",
    "mechanism": "Механизм",
    "role": "Роль",
    "text": "Текст",
    "due": "Срок",
    "current_status": "Текущий статус",
    "latest_progress": "Последние результаты",
    "status": "Статус",
    "progress": "Результаты с последнего отчета",
    "evidence": "Подтверждение или ссылка",
    "next_steps": "Дальнейшие шаги",
    "no_cluster": "Вне тематической группы",
    "actions": "Мероприятия",
    "action": "Мероприятие",
    "indicator": "Показатель",
    "unit": "Единица",
    "baseline": "Исходное значение",
    "target": "Целевое значение",
    "latest_value": "Последнее значение",
    "latest_date": "Дата последнего значения",
    "value": "Значение",
    "date": "Дата",
    "source": "Источник",
    "letter.greeting": "Уважаемый(ая) {name}!",
    "letter.greeting_plain": "Уважаемые коллеги!",
    "letter.body": "Направляем форму отчета {file}. В ней перечислены {rows} "
    "рекомендаций, мероприятий и показателей, которые {agency} "
    "возглавляет, поддерживает или сообщает, и то, что о каждом содержится "
    "в реестре.",
    "letter.return": "Просим заполнить белые столбцы и вернуть файл в секретариат не "
    "позднее {deadline}.",
    "letter.return_soon": "Просим заполнить белые столбцы и вернуть файл в секретариат как можно "
    "скорее.",
    "letter.how": "На первом листе объясняется, как заполнить форму. Не изменяйте серые "
    "ячейки и порядок строк: такие строки не будут приняты.",
    "letter.closing": "Благодарим за сотрудничество.",
}

ARABIC: dict[str, str] = {
    "sheet.instructions": "التعليمات",
    "sheet.updates": "المستجدات",
    "sheet.indicators": "المؤشرات",
    "title": "استمارة التحديث: {agency}",
    "agency": "الجهة",
    "focal_point": "جهة الاتصال",
    "period": "الفترة المشمولة بالتقرير",
    "deadline": "يرجى الإعادة في موعد أقصاه",
    "no_deadline": "في أقرب وقت ممكن",
    "contact": "جهة الاتصال في الأمانة",
    "form_id": "الاستمارة",
    "made_on": "تاريخ الإعداد",
    "how.title": "طريقة ملء هذه الاستمارة",
    "how.1": "تسرد ورقة المستجدات التوصيات والإجراءات التي تقودها جهتكم أو تدعمها، مجمعة "
    "حسب المجموعات المواضيعية. الأعمدة الرمادية للقراءة فقط.",
    "how.2": "في الأعمدة البيضاء، اختاروا الحالة من القائمة المنسدلة واكتبوا ما أُنجز منذ "
    "التقرير الأخير، والأدلة أو رابطاً إليها، والخطوات التالية. اتركوا الصف فارغاً إن "
    "لم يكن هناك جديد.",
    "how.3": "تسرد ورقة المؤشرات المؤشرات التي تبلغ عنها جهتكم: أدخلوا كل قيمة جديدة مع "
    "تاريخها ومصدرها.",
    "how.4": "لا تضيفوا صفوفاً أو أوراقاً ولا تحذفوها ولا تنقلوها، ولا تغيّروا الخلايا "
    "الرمادية: فلن تُقبل تلك الصفوف. احفظوا الملف بصيغة Excel (.xlsx) وأعيدوه إلى الأمانة.",
    "reference": "الرقم",
    "mechanism": "الآلية",
    "role": "الدور",
    "text": "النص",
    "due": "الموعد النهائي",
    "current_status": "الحالة الراهنة",
    "latest_progress": "آخر التقدم",
    "status": "الحالة",
    "progress": "التقدم منذ التقرير الأخير",
    "evidence": "الدليل أو الرابط",
    "next_steps": "الخطوات التالية",
    "no_cluster": "خارج المجموعات المواضيعية",
    "actions": "الإجراءات",
    "action": "إجراء",
    "indicator": "المؤشر",
    "unit": "الوحدة",
    "baseline": "خط الأساس",
    "target": "الهدف",
    "latest_value": "آخر قيمة",
    "latest_date": "تاريخ آخر قيمة",
    "value": "القيمة",
    "date": "التاريخ",
    "source": "المصدر",
    "letter.greeting": "السيد/السيدة {name} المحترم/ة،",
    "letter.greeting_plain": "الزملاء الأعزاء،",
    "letter.body": "تجدون مرفقاً استمارة التحديث {file}. وهي تسرد {rows} من التوصيات "
    "والإجراءات والمؤشرات التي تقودها {agency} أو تدعمها أو تبلغ عنها، مع "
    "ما يتضمنه السجل عن كل منها.",
    "letter.return": "يرجى ملء الأعمدة البيضاء وإعادة الملف إلى الأمانة في موعد أقصاه {deadline}.",
    "letter.return_soon": "يرجى ملء الأعمدة البيضاء وإعادة الملف إلى الأمانة في أقرب وقت ممكن.",
    "letter.how": "تشرح الورقة الأولى طريقة ملء الاستمارة. يرجى عدم تغيير الخلايا "
    "الرمادية أو ترتيب الصفوف: فلن تُقبل تلك الصفوف.",
    "letter.closing": "مع الشكر على تعاونكم،",
}
