"""The Activity page and the History tab in the user's words: every field of
every audited record has a label of its own (in English and Chinese), codes
are translated, ids read as the names of the records they point at, counts
take their plural forms, dates the user's locale."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.orm.interfaces import ONETOMANY

from desktop.app import install_translations
from desktop.domain.vocab import AgencyRole, ImplementationStatus
from desktop.services import editing
from desktop.services.agencies import list_agencies
from desktop.services.audit import AuditRow
from desktop.services.audit_records import BOOKKEEPING
from desktop.services.bulk import BulkAction, BulkKind, apply_bulk
from desktop.store.base import Base
from desktop.store.models import Cluster, Recommendation
from desktop.ui.audit_fields import field_label, field_value, labelled_fields
from desktop.ui.audit_labels import ENTITY_KINDS, entity_label, field_changes
from desktop.ui.i18n import status_label
from desktop.ui.main_window import MainWindow
from desktop.ui.views.activity_page import ActivityPage

AT = datetime(2026, 12, 1, tzinfo=UTC)


def _row(entity: str, action: str = "edit", label: str = "x") -> AuditRow:
    return AuditRow(1, AT, "me", "gui", action, entity, None, label, None)


def _audited_fields() -> list[tuple[str, str]]:
    """(table, field) of every field an audit entry can name."""
    found = []
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if "uuid" not in table.c:
            continue
        found += [(table.name, p.key) for p in mapper.column_attrs if p.key not in BOOKKEEPING]
        found += [(table.name, r.key) for r in mapper.relationships if r.direction is not ONETOMANY]
    return sorted(found)


def test_every_audited_field_and_kind_has_words_of_its_own_in_english_and_chinese(
    qapp: QApplication,
) -> None:
    fields = _audited_fields()
    assert len(fields) > 150
    missing = [f for f in fields if f[1] not in labelled_fields()]
    assert missing == []
    kinds = sorted(Base.metadata.tables)
    english_fields = {f: field_label(_row(f[0]), f[1]) for f in fields}
    english_kinds = {k: entity_label(k) for k in kinds}
    assert all("_" not in text for text in [*english_fields.values(), *english_kinds.values()])
    assert english_fields[("assignment", "agency_id")] == "Agency"
    assert english_fields[("recommendation", "status")] == "Implementation status"
    assert english_fields[("action", "status")] == "Action status"
    assert english_kinds["recommendation_theme"] == "Theme of a recommendation"
    assert entity_label("agency", "report") == "Agency brief"
    install_translations(qapp, "zh")
    try:
        untranslated = [f for f in fields if field_label(_row(f[0]), f[1]) == english_fields[f]]
        assert untranslated == []
        assert [k for k in kinds if entity_label(k) == english_kinds[k]] == []
        assert [k for k in ENTITY_KINDS if not re.search("[\u4e00-\u9fff]", entity_label(k))] == []
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))


def test_values_read_as_words_dates_and_names() -> None:
    row = _row("action")
    assert field_value(row, "status", "ongoing") == "Ongoing"
    assert field_value(_row("recommendation"), "status", "in_progress") == "In progress"
    assert field_value(_row("recommendation"), "response", "supported_in_part") == (
        "Supported in part"
    )
    assert field_value(_row("assignment"), "role", "supporting") == "Supporting"
    assert field_value(_row("agency"), "kind", "statistics_office") != "statistics_office"
    day = QLocale().toString(QDate(2026, 12, 15), QLocale.FormatType.ShortFormat)
    assert field_value(row, "due_date", "2026-12-15") == day != "2026-12-15"
    assert field_value(_row("indicator"), "target_year", 2030) == "2030"  # no "2,030"
    assert field_value(_row("attachment"), "content", "<2048 bytes>") == (
        QLocale().formattedDataSize(2048)
    )
    gone = field_value(row, "plan_id", 77, names=None)
    assert gone == "77"  # names unknown: the number as it is
    from desktop.services.audit_names import RecordNames

    names = RecordNames(by_id={("implementation_plan", 5): "National plan 2026"})
    assert field_value(row, "plan_id", 5, names) == "National plan 2026"
    assert field_value(row, "plan_id", 6, names) == "no. 6 (since deleted)"


def _recommendations(window: MainWindow, count: int) -> list[int]:
    with window.database.session_factory() as session:
        return list(
            session.scalars(select(Recommendation.id).order_by(Recommendation.id).limit(count))
        )


def test_activity_page_and_history_tab_name_agencies_clusters_and_statuses(
    demo_window: MainWindow, qapp: QApplication
) -> None:
    factory = demo_window.database.session_factory
    agency = list_agencies(factory)[1]
    first, second = _recommendations(demo_window, 2)
    apply_bulk(
        factory,
        [first, second],
        BulkAction(BulkKind.ASSIGN_AGENCY, agency.id, AgencyRole.SUPPORTING),
    )
    detail = editing.load_recommendation(factory, first)
    with factory() as session:
        cluster_id, cluster_name = session.execute(
            select(Cluster.id, Cluster.name)
            .where(Cluster.id != detail.fields.cluster_id)
            .order_by(Cluster.id)
            .limit(1)
        ).one()
    lead = list_agencies(factory)[2]
    assert lead.id not in detail.fields.lead_agency_ids
    fields = replace(
        detail.fields,
        status=ImplementationStatus.IN_PROGRESS,
        cluster_id=cluster_id,
        lead_agency_ids=(lead.id,),
    )
    editing.save_recommendation(factory, first, detail.version, fields)

    page = demo_window.show_page("activity")
    assert isinstance(page, ActivityPage)
    page.reload()
    rows = page.model.rows
    edit = next(i for i, r in enumerate(rows) if r.action == "edit")
    bulk = next(i for i, r in enumerate(rows) if r.action == "bulk")
    assert page.model.index(bulk, 5).data() == "Agency assigned to 2 recommendations"
    assert page.model.index(bulk, 6).data() == (
        f"Agency: {agency.data.name}; Lead or supporting: Supporting"
    )
    old_status = status_label(detail.fields.status)
    changes = page.model.index(edit, 6).data()
    assert f"Implementation status: {old_status} → In progress" in changes
    assert f"→ {cluster_name}" in changes
    for row in rows:  # no field of the first page shows as a column name
        for name, _old, _new in field_changes(row, page.model.names):
            assert "_" not in name and name[0].isupper(), (row.entity, name)
    assert "bytes>" not in " ".join(page.model.index(i, 6).data() for i in range(len(rows)))

    page.kind.setCurrentIndex(page.kind.findData("cluster"))
    page.action.setCurrentIndex(page.action.findData("edit"))
    page.reload()
    assert page.status.text() in ("0 entries (all that match)",)
    page.kind.setCurrentIndex(page.kind.findData("recommendation"))
    page.reload()
    assert page.status.text() == "1 entry (all that match)"

    install_translations(qapp, "zh")
    try:
        page.reload()
        assert page.status.text() == "共 1 条记录（全部符合条件的记录）"
        assert "执行状况" in page.model.index(0, 6).data()
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))

    register = demo_window.show_page("recommendations")
    assert register is demo_window.register
    register.select_row(register.model.row_of(first))
    register.detail_tabs.setCurrentWidget(register.history)
    panel = register.history
    entries = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    changed = next(e for e in entries if e.text(2) == "Changed")
    children = {changed.child(i).text(2): changed.child(i) for i in range(changed.childCount())}
    assert children["Implementation status"].text(4) == "In progress"
    assert children["Cluster"].text(4) == cluster_name
    added = [e for e in entries if e.text(2) == "Created: Agency assignment"]
    fields_added = [
        {e.child(i).text(2): e.child(i).text(4) for i in range(e.childCount())} for e in added
    ]
    assert {"Agency": lead.data.name, "Lead or supporting": "Lead"}.items() <= (
        fields_added[0].items()
    )  # the editor's new lead agency (the newest), field by field
    assert any(  # the bulk assignment: by its fields, or (written without them) by its names
        f.get("Agency assignment", "").startswith(agency.data.name)
        or {"Agency": agency.data.name, "Lead or supporting": "Supporting"}.items() <= f.items()
        for f in fields_added
    )
    assert detail.fields.lead_agency_ids  # the demonstration gave it a lead agency: removed
    removed = next(e for e in entries if e.text(2) == "Deleted: Agency assignment")
    assert removed.child(0).text(4) == "—" and removed.child(0).text(3) != "—"


@pytest.mark.parametrize("count", [1, 3])
def test_a_count_of_rows_without_names_takes_its_plural(count: int) -> None:
    from desktop.ui.audit_labels import subject_text

    row = _row("recommendation_theme", "create", f"{count} rows")
    assert subject_text(row) == ("1 row" if count == 1 else f"{count} rows")
