"""The fields of a recommendation that a spreadsheet column can hold.

The export writes its Recommendations sheet with these headers and the
mapped-spreadsheet importer's built-in "NMRF Desk export" profile reads them
back, so an export re-imports to the same data. Multi-value cells hold one
value per line."""

from __future__ import annotations

from enum import StrEnum


class Field(StrEnum):
    # Official fields: an import sets them on new records and updates them on matched ones.
    REFERENCE = "reference"
    MECHANISM = "mechanism"
    SOURCE_SYMBOL = "source_symbol"
    SOURCE_DATE = "source_date"
    CYCLE = "cycle"
    SESSION = "session"
    COUNTRY = "country"
    PARAGRAPH = "paragraph"
    TEXT = "text"
    TEXT_LANGUAGE = "text_language"
    RESPONSE = "response"
    RESPONSE_SYMBOL = "response_symbol"
    ACTION_CATEGORY = "action_category"
    ANNOTATION_ID = "annotation_id"
    RECOMMENDING_STATES = "recommending_states"
    THEMES = "themes"
    AFFECTED_PERSONS = "affected_persons"
    SDG_TARGETS = "sdg_targets"
    SDG_GOALS = "sdg_goals"
    UPR_INFO_ISSUES = "upr_info_issues"
    # Local work: set on new records only, never changed on a matched one.
    STATUS = "status"
    PRIORITY = "priority"
    PRIORITY_RATIONALE = "priority_rationale"
    NEEDS_PARLIAMENT = "needs_parliament"
    CLUSTER = "cluster"
    NOTES = "notes"


MULTI_VALUE_FIELDS: frozenset[Field] = frozenset(
    {
        Field.RECOMMENDING_STATES,
        Field.THEMES,
        Field.AFFECTED_PERSONS,
        Field.SDG_TARGETS,
        Field.SDG_GOALS,
        Field.UPR_INFO_ISSUES,
    }
)

LOCAL_FIELDS: frozenset[Field] = frozenset(
    {
        Field.STATUS,
        Field.PRIORITY,
        Field.PRIORITY_RATIONALE,
        Field.NEEDS_PARLIAMENT,
        Field.CLUSTER,
        Field.NOTES,
    }
)

REQUIRED_FIELDS: frozenset[Field] = frozenset({Field.TEXT})

# Column headers of the export (English; the export is a data file, not a report).
EXPORT_HEADERS: dict[Field, str] = {
    Field.REFERENCE: "Reference",
    Field.MECHANISM: "Mechanism",
    Field.SOURCE_SYMBOL: "Document symbol",
    Field.SOURCE_DATE: "Document date",
    Field.CYCLE: "UPR cycle",
    Field.SESSION: "Session",
    Field.COUNTRY: "State under review",
    Field.PARAGRAPH: "Paragraph",
    Field.TEXT: "Text",
    Field.TEXT_LANGUAGE: "Language",
    Field.RESPONSE: "Response",
    Field.RESPONSE_SYMBOL: "Source of position",
    Field.ACTION_CATEGORY: "Action category",
    Field.ANNOTATION_ID: "OHCHR annotation id",
    Field.RECOMMENDING_STATES: "Recommending States",
    Field.THEMES: "Themes",
    Field.AFFECTED_PERSONS: "Affected persons",
    Field.SDG_TARGETS: "SDG targets",
    Field.SDG_GOALS: "SDG goals",
    Field.UPR_INFO_ISSUES: "UPR Info issues",
    Field.STATUS: "Implementation status",
    Field.PRIORITY: "Priority",
    Field.PRIORITY_RATIONALE: "Priority rationale",
    Field.NEEDS_PARLIAMENT: "Needs parliament",
    Field.CLUSTER: "Cluster",
    Field.NOTES: "Notes",
}
