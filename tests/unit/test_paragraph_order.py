"""Paragraph order everywhere (issue 12, part 2): a UPR report's paragraphs
140.1 … 140.254 come in natural order, never in the order of the file they
came from, in the register (either direction), the reports' data, an action's
"addresses" list, consultations, deadlines and exports; on both engines.

The paragraphs enter the way users make them: an import of a UHRI file in a
shuffled order, one created in the editor, one renamed in the editor."""

from __future__ import annotations

import csv
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.vocab import AgencyRole, ReportKind
from desktop.reports.data import AgencyBriefData, PlanReportData, RegisterListData, StatusReportData
from desktop.services.actions import ActionFields, create_action, get_action
from desktop.services.agencies import AgencyData, save_agency
from desktop.services.bulk import BulkAction, BulkKind, apply_bulk
from desktop.services.consultation_edits import create_consultation
from desktop.services.consultations import ConsultationData, get_consultation
from desktop.services.database import Database, open_database
from desktop.services.deadline_edits import create_deadline
from desktop.services.deadlines import DeadlineData, deadline_recommendation_ids
from desktop.services.editing import (
    RecommendationFields,
    create_recommendation,
    load_recommendation,
    save_recommendation,
)
from desktop.services.exporting import export_recommendations
from desktop.services.importing.service import import_file
from desktop.services.plan_view import read_plan
from desktop.services.plans import PlanFields, create_plan
from desktop.services.register import RegisterFilter, Sort, register_ids, register_rows
from desktop.services.report_data import report_data
from desktop.services.reporting import ReportRequest, ReportType
from desktop.store.models import Mechanism, Recommendation, SourceDocument
from tests.unit.import_files import write_uhri_csv

TODAY = date(2026, 12, 5)
SYMBOL = "A/HRC/59/15"
PARAGRAPHS = [f"140.{n}" for n in range(1, 255)]
CREATED, RENAMED = "140.100", "140.9"  # made in the editor, not imported


@dataclass(frozen=True)
class Paragraphs:
    database: Database
    ids: dict[str, int]
    """Reference -> id."""
    file_order: list[str]


def _uhri_row(reference: str, position: str) -> list[str]:
    return [
        f"{reference} Recommendation number {reference}",
        "- Slovenia",
        "",
        "- UPR",
        "",
        SYMBOL,
        "45900",
        "45900",
        "Recommendation",
        "- Death penalty",
        "",
        "",
        "59",
        "- Spain",
        position,
        str(uuid.uuid5(uuid.NAMESPACE_URL, reference)),
    ]


def _fill(database: Database, tmp_path: Path) -> Paragraphs:
    factory = database.session_factory
    imported = [p for p in PARAGRAPHS if p not in (CREATED, RENAMED)]
    file_order = list(imported)
    random.Random(12).shuffle(file_order)
    # 140.7, 140.8, …: a file whose order is neither the paragraphs' nor their text's.
    rows = [_uhri_row(p, "Noted" if n % 3 else "Supported") for n, p in enumerate(file_order)]
    summary = import_file(database, write_uhri_csv(tmp_path / "uhri.csv", rows))
    assert summary.new == len(imported)
    with factory() as session:
        source_id = session.scalars(
            select(SourceDocument.id).where(SourceDocument.symbol == SYMBOL)
        ).one()
    create_recommendation(
        factory, "UPR", RecommendationFields(reference=CREATED, text="Created"), source_id
    )
    draft = create_recommendation(
        factory, "UPR", RecommendationFields(reference="zz draft", text="Renamed"), source_id
    )
    fields = RecommendationFields(reference=RENAMED, text="Renamed")
    save_recommendation(factory, draft.id, load_recommendation(factory, draft.id).version, fields)
    with factory() as session:
        ids = {
            ref: rid
            for ref, rid in session.execute(select(Recommendation.reference, Recommendation.id))
        }
    assert set(ids) == set(PARAGRAPHS)
    return Paragraphs(database, ids, file_order)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def paragraphs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Paragraphs]:
    folder = tmp_path_factory.mktemp("paragraphs")
    if request.param == "sqlite":
        url = str(folder / "paragraphs.sqlite3")
    else:
        url = request.getfixturevalue("pg_server").create_database()
    database = open_database(url, create=True)
    try:
        yield _fill(database, folder)
    finally:
        database.dispose()


def references(paragraphs: Paragraphs, ids: list[int]) -> list[str]:
    by_id = {i: ref for ref, i in paragraphs.ids.items()}
    return [by_id[i] for i in ids]


def test_the_file_was_not_in_paragraph_order(paragraphs: Paragraphs) -> None:
    assert paragraphs.file_order[:3] != PARAGRAPHS[:3]
    by_id = sorted(paragraphs.ids, key=paragraphs.ids.__getitem__)
    assert by_id != PARAGRAPHS  # creation order is not the order wanted either


@pytest.mark.parametrize("column", ["reference", "paragraph"])
def test_register_sorted_by_reference_is_in_paragraph_order(
    paragraphs: Paragraphs, column: str
) -> None:
    factory = paragraphs.database.session_factory
    ascending = register_ids(factory, RegisterFilter(), Sort(column))
    assert references(paragraphs, ascending) == PARAGRAPHS
    descending = register_ids(factory, RegisterFilter(), Sort(column, descending=True))
    assert references(paragraphs, descending) == PARAGRAPHS[::-1]
    rows = register_rows(factory, ascending[8:11])
    assert [r.reference for r in rows] == ["140.9", "140.10", "140.11"]


def test_register_default_and_filtered_orders(paragraphs: Paragraphs) -> None:
    factory = paragraphs.database.session_factory
    assert references(paragraphs, register_ids(factory, RegisterFilter())) == PARAGRAPHS
    found = references(paragraphs, register_ids(factory, RegisterFilter(text="recommendation")))
    assert found == [p for p in PARAGRAPHS if p not in (CREATED, RENAMED)]


def _report(paragraphs: Paragraphs, request: ReportRequest) -> object:
    return report_data(paragraphs.database.session_factory, request, TODAY)


def test_status_report_and_register_list_in_paragraph_order(paragraphs: Paragraphs) -> None:
    status = _report(paragraphs, ReportRequest(ReportType.STATUS))
    assert isinstance(status, StatusReportData)
    [section] = status.sections
    assert [line.reference for line in section.recommendations] == PARAGRAPHS
    listing = _report(paragraphs, ReportRequest(ReportType.LIST))
    assert isinstance(listing, RegisterListData)
    assert [row.reference for row in listing.rows] == PARAGRAPHS
    backwards = _report(paragraphs, ReportRequest(ReportType.LIST, sort=Sort("reference", True)))
    assert isinstance(backwards, RegisterListData)
    assert [row.reference for row in backwards.rows] == PARAGRAPHS[::-1]


def test_plan_and_action_addresses_in_paragraph_order(paragraphs: Paragraphs) -> None:
    factory = paragraphs.database.session_factory
    in_file_order = [paragraphs.ids[p] for p in reversed(paragraphs.file_order)]
    plan_id = create_plan(
        factory, PlanFields(title="Paragraph order"), recommendation_ids=in_file_order
    )
    action_id = create_action(
        factory, plan_id, ActionFields(title="Act", recommendation_ids=tuple(in_file_order))
    )
    detail = get_action(factory, action_id)
    expected = [p for p in PARAGRAPHS if p in paragraphs.file_order]
    assert [ref for _, ref in detail.recommendations] == expected
    assert list(detail.fields.recommendation_ids) == [paragraphs.ids[p] for p in expected]
    view = read_plan(factory, plan_id, TODAY)
    assert [r.reference for g in view.groups for r in g.recommendations] == expected
    report = _report(paragraphs, ReportRequest(ReportType.PLAN, plan_id=plan_id))
    assert isinstance(report, PlanReportData)
    [cluster] = report.clusters
    assert [r.reference for r in cluster.recommendations] == expected
    [action] = cluster.actions
    assert list(action.recommendation_references) == expected  # "Addresses: 140.1, 140.2, …"


def test_agency_brief_in_paragraph_order(paragraphs: Paragraphs) -> None:
    factory = paragraphs.database.session_factory
    agency_id = save_agency(factory, AgencyData(name="Ministry of Order", acronym="MOO"))
    shuffled = list(paragraphs.ids.values())
    random.Random(3).shuffle(shuffled)
    apply_bulk(factory, shuffled, BulkAction(BulkKind.ASSIGN_AGENCY, agency_id, AgencyRole.LEAD))
    brief = _report(paragraphs, ReportRequest(ReportType.AGENCY, agency_id=agency_id))
    assert isinstance(brief, AgencyBriefData)
    assert [line.reference for line in brief.assignments] == PARAGRAPHS


def test_consultation_and_deadline_lists_in_paragraph_order(paragraphs: Paragraphs) -> None:
    factory = paragraphs.database.session_factory
    chosen = ["140.201", "140.81", "140.15", "140.8", "140.7", "140.10", "140.2"]
    consultation_id = create_consultation(
        factory,
        ConsultationData(
            held_on=TODAY,
            title="Paragraph order",
            recommendation_ids=tuple(paragraphs.ids[p] for p in chosen),
        ),
    )
    consultation = get_consultation(factory, consultation_id)
    in_order = ["140.2", "140.7", "140.8", "140.10", "140.15", "140.81", "140.201"]
    assert [r.reference for r in consultation.recommendations] == in_order
    with factory() as session:
        upr = session.scalars(select(Mechanism.id).where(Mechanism.code == "UPR")).one()
    deadline_id = create_deadline(
        factory,
        DeadlineData(upr, ReportKind.UPR_MIDTERM, date(2027, 6, 30)),
        today=TODAY,
        recommendation_ids=[paragraphs.ids[p] for p in chosen],
    )
    assert references(paragraphs, deadline_recommendation_ids(factory, deadline_id)) == in_order


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_in_paragraph_order(paragraphs: Paragraphs, tmp_path: Path, suffix: str) -> None:
    dest = tmp_path / f"register.{suffix}"
    export_recommendations(paragraphs.database.session_factory, dest)
    if suffix == "csv":
        with dest.open(encoding="utf-8-sig", newline="") as fh:
            exported = [row["Reference"] for row in csv.DictReader(fh)]
    else:
        import openpyxl

        sheet = openpyxl.load_workbook(dest, read_only=True)["Recommendations"]
        rows = sheet.iter_rows(values_only=True)
        column = list(next(rows)).index("Reference")
        exported = [str(row[column]) for row in rows]
    assert exported == PARAGRAPHS
