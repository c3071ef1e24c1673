"""UHRI annotation types on both engines: the preview counts each type, only
recommendations enter the register, other types are kept as context of their
document or skipped, a re-import changes nothing, and a paragraph whose type
changes between two exports moves (unless an officer has worked on it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.cli import main as cli_main
from desktop.services.dashboard import load_dashboard
from desktop.services.database import Database, open_database
from desktop.services.document_context import (
    context_counts,
    context_of_document,
    context_of_recommendation,
)
from desktop.services.importing.records import OtherTypes
from desktop.services.importing.service import import_file
from desktop.services.register import RegisterFilter, register_count
from desktop.store.models import Cluster, ContextParagraph, Recommendation, SourceDocument
from tests.unit.import_files import write_uhri_xlsx
from tests.unit.uhri_types_files import CONCERNS, IDS, POSITIVE, SYMBOL, export_rows


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


def register_references(db: Database) -> list[str]:
    with db.session_factory() as session:
        return sorted(session.scalars(select(Recommendation.paragraph)).all())  # type: ignore[arg-type]


def context_rows(db: Database) -> dict[str, str]:
    with db.session_factory() as session:
        return {
            str(p): t
            for p, t in session.execute(
                select(ContextParagraph.paragraph, ContextParagraph.annotation_type)
            )
        }


def test_the_preview_counts_each_type_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    preview = import_file(db, path, dry_run=True)
    assert preview.types == {"Recommendation": 2, "Recommendations": 1, CONCERNS: 1, POSITIVE: 1}
    assert (preview.new, preview.context.new, preview.context.skipped) == (3, 2, 0)
    assert sum(preview.responses.values()) == 3  # the other types have no position to count
    assert [item.paragraph for item in preview.preview] == ["13", "14", "15"]
    as_json = preview.as_dict()
    assert {"type": CONCERNS, "rows": 1, "recommendation": False} in as_json["types"]  # type: ignore[operator]
    assert {"type": "Recommendations", "rows": 1, "recommendation": True} in as_json["types"]  # type: ignore[operator]
    assert register_references(db) == [] and context_rows(db) == {}
    skipping = import_file(db, path, dry_run=True, other_types=OtherTypes.SKIP)
    assert (skipping.new, skipping.context.new, skipping.context.skipped) == (3, 0, 2)


def test_only_recommendations_enter_the_register(db: Database, tmp_path: Path) -> None:
    summary = import_file(db, write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows()))
    assert (summary.new, summary.context.new) == (3, 2)
    assert register_references(db) == ["13", "14", "15"]
    assert register_count(db.session_factory, RegisterFilter()) == 3
    assert load_dashboard(db.session_factory, date(2026, 12, 5)).recommendations == 3
    assert context_counts(db.session_factory) == {CONCERNS: 1, POSITIVE: 1}
    with db.session_factory() as session:
        source_id = session.scalars(
            select(SourceDocument.id).where(SourceDocument.symbol == SYMBOL)
        ).one()
        rec_id = session.scalars(
            select(Recommendation.id).where(Recommendation.paragraph == "13")
        ).one()
    # Linked to the same document as its recommendations, in paragraph order.
    items = context_of_document(db.session_factory, source_id)
    assert [(i.reference, i.annotation_type) for i in items] == [("4", POSITIVE), ("12", CONCERNS)]
    assert items[1].text.startswith("The Committee is concerned")
    assert items[1].annotation_id == IDS["12"]
    assert context_of_recommendation(db.session_factory, rec_id) == items


def test_other_types_skipped(db: Database, tmp_path: Path) -> None:
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    summary = import_file(db, path, other_types=OtherTypes.SKIP)
    assert (summary.new, summary.context.new, summary.context.skipped) == (3, 0, 2)
    assert register_references(db) == ["13", "14", "15"] and context_rows(db) == {}


def test_a_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    import_file(db, path)
    with db.session_factory() as session:
        before = session.execute(
            select(ContextParagraph.id, ContextParagraph.version, ContextParagraph.text).order_by(
                ContextParagraph.id
            )
        ).all()
    again = import_file(db, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    counts = again.context
    assert (counts.new, counts.updated, counts.unchanged, counts.moved_out) == (0, 0, 2, 0)
    assert again.backup is None  # nothing changed, no backup needed
    with db.session_factory() as session:
        after = session.execute(
            select(ContextParagraph.id, ContextParagraph.version, ContextParagraph.text).order_by(
                ContextParagraph.id
            )
        ).all()
    assert after == before
    # A newer export's wording updates the context paragraph in place.
    rows = export_rows()
    rows[1][0] = "12.The Committee is deeply concerned that corporal punishment remains lawful."
    newer = import_file(db, write_uhri_xlsx(tmp_path / "newer.xlsx", rows))
    assert (newer.context.updated, newer.context.unchanged, newer.context.new) == (1, 1, 0)
    with db.session_factory() as session:
        concern = session.scalars(
            select(ContextParagraph).where(ContextParagraph.paragraph == "12")
        ).one()
        assert concern.text.startswith("The Committee is deeply concerned")
        assert concern.version == 2


def test_a_paragraph_that_changes_type_moves(db: Database, tmp_path: Path) -> None:
    import_file(db, write_uhri_xlsx(tmp_path / "v1.xlsx", export_rows()))
    with db.session_factory.begin() as session:
        cluster = Cluster(name="Marriage")
        session.add(cluster)
        session.flush()
        session.execute(
            update(Recommendation)
            .where(Recommendation.paragraph == "15")
            .values(cluster_id=cluster.id)
        )
    # 12 is a recommendation now, 14 and 15 concerns; 15 is in a cluster.
    rows = export_rows({"12": "Recommendation", "14": CONCERNS, "15": CONCERNS})
    summary = import_file(db, write_uhri_xlsx(tmp_path / "v2.xlsx", rows))
    counts = summary.context
    assert (counts.moved_in, counts.moved_out, counts.new, counts.unchanged) == (1, 1, 1, 1)
    assert [(k.reference, k.document, k.annotation_type) for k in counts.kept] == [
        ("15", SYMBOL, CONCERNS)
    ]
    assert summary.as_dict()["context"]["kept_in_register"][0]["reference"] == "15"  # type: ignore[index]
    assert register_references(db) == ["12", "13", "15"]
    assert context_rows(db) == {"4": POSITIVE, "14": CONCERNS}
    # The one that left is not found by the register's search any more.
    assert register_count(db.session_factory, RegisterFilter(text="age of marriage")) == 0
    assert register_count(db.session_factory, RegisterFilter(text="corporal punishment")) == 2
    with db.session_factory() as session:
        moved = session.scalars(
            select(Recommendation).where(Recommendation.paragraph == "12")
        ).one()
        assert moved.annotation_id == IDS["12"] and moved.reference == "12"
        assert moved.source is not None and moved.source.symbol == SYMBOL
    # Imported again: nothing moves any more.
    again = import_file(db, write_uhri_xlsx(tmp_path / "v2-again.xlsx", rows))
    assert (again.context.moved_in, again.context.moved_out, again.context.new) == (0, 0, 0)
    assert len(again.context.kept) == 1 and again.new == 0
    assert register_references(db) == ["12", "13", "15"]
    # And back: 14 is a recommendation again; a concern changes to a positive aspect.
    back = import_file(db, write_uhri_xlsx(tmp_path / "v3.xlsx", export_rows({"4": CONCERNS})))
    assert (back.new, back.context.moved_in, back.context.updated) == (1, 1, 1)
    assert register_references(db) == ["13", "14", "15"]
    assert context_rows(db) == {"4": CONCERNS, "12": CONCERNS}


def test_recommendations_imported_before_types_were_read_leave_the_register(
    db: Database, tmp_path: Path
) -> None:
    """What older versions stored (every row a recommendation) is put right by
    re-importing the same export: with skip they go, with keep they become context."""
    everything = export_rows({"4": "Recommendation", "12": "Recommendation"})
    import_file(db, write_uhri_xlsx(tmp_path / "old.xlsx", everything))
    assert register_references(db) == ["12", "13", "14", "15", "4"]
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    preview = import_file(db, path, dry_run=True, other_types=OtherTypes.SKIP)
    assert (preview.context.moved_out, preview.context.skipped) == (2, 0)
    assert len(register_references(db)) == 5
    summary = import_file(db, path, other_types=OtherTypes.SKIP)
    assert summary.context.moved_out == 2
    assert (summary.backup is not None) == (db.path is not None)  # a backup before the change
    assert register_references(db) == ["13", "14", "15"] and context_rows(db) == {}


def test_cli_dry_run_json_counts_types(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.sqlite3"
    open_database(str(db_path), create=True).dispose()
    path = write_uhri_xlsx(tmp_path / "crc.xlsx", export_rows())
    code = cli_main(["--db", str(db_path), "import", str(path), "--dry-run", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["other_types"] == "keep" and report["new"] == 3
    assert {t["type"]: t["rows"] for t in report["types"]} == {
        "Recommendation": 2,
        "Recommendations": 1,
        CONCERNS: 1,
        POSITIVE: 1,
    }
    assert report["context"]["new"] == 2
    code = cli_main(["--db", str(db_path), "import", str(path), "--other-types", "skip"])
    assert code == 0
    out = capsys.readouterr().out
    assert f"type {CONCERNS}: 1 rows" in out
    assert "other types (skip): 0 new, 0 updated, 0 unchanged, 2 skipped" in out
    database = open_database(str(db_path))
    try:
        with database.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(Recommendation)) == 3
            assert session.scalar(select(func.count()).select_from(ContextParagraph)) == 0
    finally:
        database.dispose()


def test_the_reader_keeps_the_type_label(tmp_path: Path) -> None:
    from desktop.services.importing.records import ImportedRecommendation, is_recommendation_type
    from desktop.services.importing.uhri import read_uhri

    cells = ["Recommendation", "  Concerns/Observations ", IDS["4"], "", "- Positive aspects"]
    rows = export_rows()
    for row, cell in zip(rows, cells, strict=True):
        row[8] = cell
    read = [r for r in read_uhri(write_uhri_xlsx(tmp_path / "t.xlsx", rows))]
    assert all(isinstance(r, ImportedRecommendation) for r in read)
    types = [r.annotation_type for r in read if isinstance(r, ImportedRecommendation)]
    # A UUID in the Type column, or nothing, tells nothing: read as recommendations.
    assert types == ["Recommendation", CONCERNS, None, None, POSITIVE]
    assert [is_recommendation_type(t) for t in types] == [True, False, True, True, False]
    assert is_recommendation_type("RECOMMENDATIONS") and not is_recommendation_type("Concern")
