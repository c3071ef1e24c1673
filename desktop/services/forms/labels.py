"""The words an update form prints, in the form's language (the six UN
languages). Vocabulary terms (status names) come from the report catalogues;
a key a form catalogue lacks falls back to English."""

from __future__ import annotations

from enum import Enum

from desktop.domain.vocab import ActionStatus, ImplementationStatus
from desktop.reports.labels import LANGUAGE_TAGS, Labels
from desktop.services.forms.labels_other import ARABIC, FRENCH, RUSSIAN, SPANISH

ENGLISH: dict[str, str] = {
    "sheet.instructions": "Instructions",
    "sheet.updates": "Updates",
    "sheet.indicators": "Indicators",
    "title": "Update form: {agency}",
    "agency": "Agency",
    "focal_point": "Focal point",
    "period": "Reporting period",
    "deadline": "Please return by",
    "no_deadline": "as soon as possible",
    "contact": "Secretariat contact",
    "form_id": "Form",
    "made_on": "Prepared on",
    "how.title": "How to fill in this form",
    "how.1": "The sheet Updates lists the recommendations and actions your agency "
    "leads or supports, grouped by cluster. Grey columns are read-only.",
    "how.2": "In the white columns, choose the Status from the drop-down list and "
    "write what was done since the last report, the evidence or a link to it, "
    "and the next steps. Leave a row blank when there is nothing new.",
    "how.3": "The sheet Indicators lists the indicators your agency reports: give "
    "each new value with its date and source.",
    "how.4": "Do not add, remove or reorder rows or sheets, and do not change the "
    "grey cells: such rows cannot be taken in. Save the file in Excel format "
    "(.xlsx) and send it back to the secretariat.",
    "reference": "Reference",
    "mechanism": "Mechanism",
    "role": "Role",
    "text": "Text",
    "due": "Due date",
    "current_status": "Current status",
    "latest_progress": "Latest progress",
    "status": "Status",
    "progress": "Progress since last report",
    "evidence": "Evidence or link",
    "next_steps": "Next steps",
    "no_cluster": "Not in a cluster",
    "actions": "Actions",
    "action": "Action",
    "indicator": "Indicator",
    "unit": "Unit",
    "baseline": "Baseline",
    "target": "Target",
    "latest_value": "Latest value",
    "latest_date": "Latest date",
    "value": "Value",
    "date": "Date",
    "source": "Source",
    "letter.greeting": "Dear {name},",
    "letter.greeting_plain": "Dear colleagues,",
    "letter.body": "Please find attached the update form {file}. It lists the {rows} "
    "recommendations, actions and indicators that {agency} leads, supports "
    "or reports on, with what the register holds on each.",
    "letter.return": "Please fill in the white columns and send the file back to the "
    "secretariat by {deadline}.",
    "letter.return_soon": "Please fill in the white columns and send the file back to the "
    "secretariat as soon as possible.",
    "letter.how": "The first sheet explains how to fill in the form. Please do not "
    "change the grey cells or the order of the rows: such rows cannot be "
    "taken in.",
    "letter.closing": "With thanks for your cooperation,",
}

CHINESE: dict[str, str] = {
    "sheet.instructions": "填写说明",
    "sheet.updates": "进展",
    "sheet.indicators": "指标",
    "title": "进展填报表：{agency}",
    "agency": "机构",
    "focal_point": "联络人",
    "period": "报告期",
    "deadline": "请于以下日期前交回",
    "no_deadline": "尽快",
    "contact": "秘书处联系人",
    "form_id": "表格编号",
    "made_on": "制表日期",
    "how.title": "如何填写本表",
    "how.1": "“进展”工作表按专题组列出贵机构牵头或协助的建议和行动。灰色列为只读。",
    "how.2": "请在白色列中从下拉列表选择状态，填写自上次报告以来的进展、证据或链接以及下一步工作。"
    "没有新情况的行请留空。",
    "how.3": "“指标”工作表列出贵机构报告的指标：请填写每个新数值及其日期和来源。",
    "how.4": "请勿增加、删除或移动行或工作表，也不要修改灰色单元格，否则该行无法导入。"
    "请以 Excel 格式（.xlsx）保存并交回秘书处。",
    "reference": "编号",
    "mechanism": "机制",
    "role": "职责",
    "text": "内容",
    "due": "截止日期",
    "current_status": "当前状态",
    "latest_progress": "最新进展",
    "status": "状态",
    "progress": "自上次报告以来的进展",
    "evidence": "证据或链接",
    "next_steps": "下一步工作",
    "no_cluster": "未归入专题组",
    "actions": "行动",
    "action": "行动",
    "indicator": "指标",
    "unit": "单位",
    "baseline": "基线",
    "target": "目标",
    "latest_value": "最新数值",
    "latest_date": "最新日期",
    "value": "数值",
    "date": "日期",
    "source": "来源",
    "letter.greeting": "尊敬的{name}：",
    "letter.greeting_plain": "各位同事：",
    "letter.body": "随函附上进展填报表 {file}。"
    "表中列出{agency}牵头、协助或负责报告的 {rows} 项建议、行动和指标，以及登记册中的现有信息。",
    "letter.return": "请填写白色列，并于 {deadline} 前将文件交回秘书处。",
    "letter.return_soon": "请填写白色列，并尽快将文件交回秘书处。",
    "letter.how": "第一个工作表说明了填写方法。请勿修改灰色单元格或行的顺序，否则该行无法导入。",
    "letter.closing": "感谢您的合作。",
}

_CATALOGUES: dict[str, dict[str, str]] = {
    "en": ENGLISH,
    "zh": CHINESE,
    "fr": FRENCH,
    "es": SPANISH,
    "ru": RUSSIAN,
    "ar": ARABIC,
}


class FormLabels:
    """Label lookup for one form language, falling back to English."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGE_TAGS else "en"
        self._own = _CATALOGUES.get(self.language, {})
        self._terms = Labels(self.language)

    def __call__(self, key: str, **values: object) -> str:
        text = self._own.get(key) or ENGLISH[key]
        return text.format(**values) if values else text

    def term(self, value: Enum | str) -> str:
        return self._terms.term(value)

    def status_names(self, kind: type[ImplementationStatus | ActionStatus]) -> dict[str, str]:
        """Localised name → status code, for a drop-down and for reading it back."""
        return {self.term(member): member.value for member in kind}


def form_languages() -> tuple[str, ...]:
    return tuple(LANGUAGE_TAGS)
