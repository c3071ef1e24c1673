"""The import service on both engines: counts, idempotent re-import, local
work kept, dry run, cancel, backup, unknown names created, nothing written on error."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from desktop.domain.errors import ImportFileError
from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.services.database import Database, open_database
from desktop.services.importing.fields import Field
from desktop.services.importing.mapped import (
    MappingProfile,
    delete_profile,
    list_profiles,
    load_profile,
    save_profile,
)
from desktop.services.importing.records import ImportFormat
from desktop.services.importing.service import ImportCancelled, import_file
from desktop.services.register import RegisterFilter, register_ids, register_rows
from desktop.store.models import (
    Country,
    Mechanism,
    Recommendation,
    SourceDocument,
    Theme,
)
from tests.unit.import_files import (
    UHRI_ROWS,
    UPR_INFO_LINES,
    upr_info_bytes,
    write_uhri_xlsx,
)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


def snapshot(db: Database) -> list[tuple[Any, ...]]:
    with db.session_factory() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    Recommendation.id,
                    Recommendation.reference,
                    Recommendation.text,
                    Recommendation.response,
                    Recommendation.version,
                ).order_by(Recommendation.id)
            )
        ] + [(n,) for n in session.scalars(select(func.count()).select_from(SourceDocument))]


def test_uhri_import_then_reimport_is_idempotent(db: Database, tmp_path: Path) -> None:
    path = write_uhri_xlsx(tmp_path / "uhri.xlsx")
    first = import_file(db, path)
    assert (first.format, first.new, first.updated, first.unchanged) == (ImportFormat.UHRI, 3, 0, 0)
    assert "mechanisms" not in first.created  # every body was known
    assert "A new State of somewhere" in first.created["States"]
    assert "Holy See" not in first.created.get("States", [])
    with db.session_factory() as session:
        cedaw = session.scalars(
            select(Recommendation).where(Recommendation.paragraph == "49")
        ).one()
        assert cedaw.mechanism.code == "CEDAW" and cedaw.source is not None
        assert cedaw.source.symbol == "CEDAW/C/SVN/CO/7" and cedaw.reference == "49"
        assert cedaw.source.country is not None and cedaw.source.country.name == "Slovenia"
        assert {t.code for t in cedaw.sdg_targets} == {"5.1", "10.3"}
        assert {p.name for p in cedaw.affected_persons} == {"Women & girls", "Indigenous peoples"}
        upr = session.scalars(
            select(Recommendation).where(Recommendation.paragraph == "121.2")
        ).one()
        assert upr.source is not None and upr.source.country is not None
        assert upr.source.country.name == "Slovenia"  # "SI" read as an ISO code
        assert {s.name for s in upr.recommending_states} == {"Spain", "Holy See"}
    before = snapshot(db)
    again = import_file(db, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert snapshot(db) == before


def test_reimport_updates_official_fields_and_keeps_local_work(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, write_uhri_xlsx(tmp_path / "v1.xlsx"))
    with db.session_factory.begin() as session:
        session.execute(
            update(Recommendation)
            .where(Recommendation.paragraph == "121.3")
            .values(
                status=ImplementationStatus.IN_PROGRESS,
                priority=Priority.HIGH,
                notes="our note",
            )
        )
    rows = [list(r) for r in UHRI_ROWS]
    rows[2][0] = "121.3 Abolish the death penalty in law and in practice"
    rows[2][14] = "Supported"
    rows[2][9] = "- Death penalty\n- Right to life"
    summary = import_file(db, write_uhri_xlsx(tmp_path / "v2.xlsx", rows))
    assert (summary.new, summary.updated, summary.unchanged) == (0, 1, 2)
    with db.session_factory() as session:
        rec = session.scalars(
            select(Recommendation).where(Recommendation.paragraph == "121.3")
        ).one()
        assert rec.text == "Abolish the death penalty in law and in practice"
        assert rec.response is Position.SUPPORTED
        assert {t.name for t in rec.themes} == {"Death penalty", "Right to life"}
        assert rec.status is ImplementationStatus.IN_PROGRESS and rec.priority is Priority.HIGH
        assert rec.notes == "our note" and rec.version > 1


def test_upr_info_rows_without_paragraphs(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "upr.csv"
    path.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    summary = import_file(db, path)
    assert (summary.rows_read, summary.new, len(summary.rejected)) == (5, 4, 1)
    assert summary.responses == {"supported": 3, "noted": 1}
    with db.session_factory() as session:
        refs = sorted(session.scalars(select(Recommendation.reference)))
        assert refs == ["1", "2", "3", "4"]
        (source,) = session.scalars(select(SourceDocument)).all()
        assert source.session == "3" and source.cycle == 1 and source.symbol is None
    again = import_file(db, path)
    assert (again.new, again.unchanged) == (0, 4)


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    before = snapshot(db)
    summary = import_file(db, write_uhri_xlsx(tmp_path / "uhri.xlsx"), dry_run=True)
    assert summary.new == 3 and summary.dry_run and summary.backup is None
    assert [r.reference for r in summary.preview] == ["49", "121.2", "121.3"]
    assert snapshot(db) == before
    with db.session_factory() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(Country)
                .where(Country.name == "A new State of somewhere")
            )
            == 0
        )


def test_cancel_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "upr.csv"
    path.write_bytes(upr_info_bytes(UPR_INFO_LINES * 1))
    before = snapshot(db)
    with pytest.raises(ImportCancelled):
        import_file(db, path, cancelled=lambda: True)
    assert snapshot(db) == before


def test_a_backup_is_taken_before_writing(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "office.sqlite3"), create=True)
    try:
        summary = import_file(db, write_uhri_xlsx(tmp_path / "uhri.xlsx"))
        assert summary.backup is not None and summary.backup.is_file()
        assert "before-import" in summary.backup.name
        with sqlite3.connect(summary.backup) as backup:  # the database as it was before
            assert backup.execute("SELECT count(*) FROM recommendation").fetchone() == (0,)
        again = import_file(db, tmp_path / "uhri.xlsx")
        assert again.unchanged == 3 and again.backup is None  # nothing changed: no backup
    finally:
        db.dispose()


def test_unknown_bodies_and_themes_are_created_and_listed(db: Database, tmp_path: Path) -> None:
    rows = [list(UHRI_ROWS[0])]
    rows[0][3] = "- Working Group of Experts on People of African Descent"
    rows[0][9] = "- A theme nobody had"
    rows[0][11] = "- 16.11 - A target the reference data lacks"
    rows[0][15] = "9d3b0a6b-4a5f-4e76-8db1-5c8f6e0a2b34"
    rows.append(list(UHRI_ROWS[0]))
    rows[1][3] = "- Committee of the Imaginary Treaty"
    rows[1][15] = "0e4c1b7c-5b6a-4f87-9ec2-6d9a7f1b3c45"
    summary = import_file(db, write_uhri_xlsx(tmp_path / "new.xlsx", rows))
    assert summary.created["mechanisms"] == ["Committee of the Imaginary Treaty"]
    assert "A theme nobody had" in summary.created["themes"]
    assert summary.created["SDG targets"] == ["16.11"]
    with db.session_factory() as session:
        codes = set(session.scalars(select(Mechanism.code)))
        assert "CIT" in codes
        assert session.scalar(select(Theme.id).where(Theme.name == "A theme nobody had"))
        wg = session.scalars(
            select(Recommendation).where(
                Recommendation.annotation_id == "9d3b0a6b-4a5f-4e76-8db1-5c8f6e0a2b34"
            )
        ).one()
        assert wg.mechanism.code == "SP"


def test_a_file_that_cannot_be_imported_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just a line of text\nanother\n")
    before = snapshot(db)
    with pytest.raises(ImportFileError) as error:
        import_file(db, path)
    assert error.value.where == "notes.txt"
    assert snapshot(db) == before


def test_mapping_profiles_are_saved_and_reused(db: Database, tmp_path: Path) -> None:
    profile = MappingProfile(
        "Our tracker",
        {Field.TEXT: "Recommendation", Field.REFERENCE: "No.", Field.STATUS: "Status"},
        {Field.MECHANISM: "CRC"},
    )
    save_profile(db.session_factory, profile)
    assert [p.name for p in list_profiles(db.session_factory)] == [
        "NMRF Desk export",
        "Our tracker",
    ]
    loaded = load_profile(db.session_factory, "Our tracker")
    assert loaded == profile
    path = tmp_path / "tracker.csv"
    path.write_text("No.,Recommendation,Status\n12,Raise the age of marriage,in_progress\n")
    summary = import_file(db, path, fmt=ImportFormat.MAPPED, mapping=loaded)
    assert summary.new == 1
    with db.session_factory() as session:
        rec = session.scalars(select(Recommendation)).one()
        assert rec.mechanism.code == "CRC" and rec.reference == "12"
        assert rec.status is ImplementationStatus.IN_PROGRESS  # local work, set on a new record
    delete_profile(db.session_factory, "Our tracker")
    assert len(list_profiles(db.session_factory)) == 1


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(min_size=1, max_size=2000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_import_or_fail_cleanly_and_never_half_write(
    db: Database, tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    before = snapshot(db)
    try:
        summary = import_file(db, path, dry_run=True)
    except ImportFileError:
        pass
    else:
        assert summary.dry_run
    assert snapshot(db) == before


UPR_INFO = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "upr-info"
UPR_INFO_COUNTS = {
    "sessions-1-5.csv": (6094, 4087, 2007),
    "sessions-6-9.csv": (8343, 6206, 2137),
    "sessions-10-13.csv": (9047, 6980, 2067),
    "sessions-14-17.csv": (9598, 7105, 2493),
}
MOJIBAKE = ("Ã", "â€", "Â", "\ufffd", "Ž", "ô¿")


@pytest.mark.skipif(not UPR_INFO.is_dir(), reason="../shared/datasets/upr-info is absent")
def test_the_real_upr_info_files(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "upr.sqlite3"), create=True)
    try:
        for name, (rows, accepted, noted) in UPR_INFO_COUNTS.items():
            summary = import_file(db, UPR_INFO / name)
            assert summary.format is ImportFormat.UPR_INFO
            assert summary.rows_read == rows
            duplicates = len(summary.rejected)
            assert summary.new == rows - duplicates and duplicates <= 2
            assert all("same recommendation" in p.reason for p in summary.rejected)
            # The README counts every row, duplicates included.
            assert summary.responses["supported"] + summary.responses["noted"] == rows - duplicates
            assert abs(summary.responses["supported"] - accepted) <= duplicates
            assert abs(summary.responses["noted"] - noted) <= duplicates
        with db.session_factory() as session:
            texts = session.scalars(select(Recommendation.text)).all()
            names = session.scalars(select(Country.name)).all()
        assert not [t for t in texts if any(m in t for m in MOJIBAKE)]
        assert not [n for n in names if any(m in n for m in MOJIBAKE)]
        assert any("Hissène Habré" in t for t in texts)
    finally:
        db.dispose()


def test_a_thematic_list_through_the_service(db: Database, tmp_path: Path) -> None:
    from tests.unit.thematic_docx import Theme as ThemeRow
    from tests.unit.thematic_docx import build

    path = build(
        tmp_path / "list.docx",
        [
            ThemeRow("A41 Constitutional and legislative framework"),
            [
                "140.8 Ratify the Optional Protocol (Spain); consider joining ILO Convention "
                "No. 189 (France, Bosnia and Herzegovina)\nSource of position: "
                "A/HRC/59/15/Add.1 - Para.3",
                "Supported",
                "- Acceptance of international norms\nGroups of Persons:\n- Migrants",
                "- 8 - DECENT WORK AND ECONOMIC GROWTH",
            ],
        ],
        title=["Thematic list of recommendations — Aldavia"],
    )
    summary = import_file(db, path)
    assert (summary.format, summary.new) == (ImportFormat.THEMATIC_LIST, 1)
    with db.session_factory() as session:
        rec = session.scalars(select(Recommendation)).one()
        assert rec.reference == "140.8" and rec.response is Position.SUPPORTED
        assert {s.name for s in rec.recommending_states} == {
            "Spain",
            "France",
            "Bosnia and Herzegovina",
        }
        assert rec.source is not None and rec.source.symbol == "A/HRC/59/15"
        assert rec.source.response_symbol == "A/HRC/59/15/Add.1"
    assert import_file(db, path).unchanged == 1
    # The goal named without a target is kept, and the register finds it by goal.
    assert register_ids(db.session_factory, RegisterFilter(sdg_goals=(8,))) == [rec.id]
    assert register_rows(db.session_factory, [rec.id])[0].sdgs == "SDG 8"


def test_values_too_long_to_store_are_rejected_rows(db: Database, tmp_path: Path) -> None:
    rows = [list(UHRI_ROWS[0]), list(UHRI_ROWS[1])]
    rows[0][5] = "CEDAW/C/" + "X" * 200  # a document symbol longer than 100 characters
    rows[1][13] = "- " + "Y" * 250
    summary = import_file(db, write_uhri_xlsx(tmp_path / "long.xlsx", rows))
    assert summary.new == 0
    assert [(p.row, p.reason) for p in summary.rejected] == [
        (2, "the source symbol is longer than 100 characters"),
        (3, "a value of recommending states is longer than 200 characters"),
    ]


def test_a_database_that_cannot_be_written_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from desktop.domain.errors import NmrfError
    from desktop.services.importing import run

    db = open_database(str(tmp_path / "full.sqlite3"), create=True)
    try:

        def disk_full(*_args: object, **_kwargs: object) -> list[int]:
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))

        monkeypatch.setattr(run, "insert_contents", disk_full)
        with pytest.raises(NmrfError, match="disk is full") as error:
            import_file(db, write_uhri_xlsx(tmp_path / "uhri.xlsx"))
        assert error.value.where == str(tmp_path / "full.sqlite3")
        assert snapshot(db) == [(0,)]
    finally:
        db.dispose()


def test_rows_unchanged_since_their_last_import_are_skipped(db: Database, tmp_path: Path) -> None:
    """A re-import compares each row with what it said last time (a digest), so
    the same file changes nothing, not even an office's correction of a text;
    a row the file changes is brought in line."""
    path = write_uhri_xlsx(tmp_path / "uhri.xlsx")
    import_file(db, path)
    with db.session_factory.begin() as session:
        session.execute(
            update(Recommendation)
            .where(Recommendation.paragraph.in_(["121.2", "121.3"]))
            .values(text="Corrected by the office")
        )
    assert import_file(db, path).unchanged == 3
    rows = [list(r) for r in UHRI_ROWS]
    rows[2][14] = "Supported"  # the file changes row 121.3
    summary = import_file(db, write_uhri_xlsx(tmp_path / "v2.xlsx", rows))
    assert (summary.updated, summary.unchanged) == (1, 2)
    with db.session_factory() as session:
        texts = dict(session.execute(select(Recommendation.paragraph, Recommendation.text)).all())
    assert texts["121.2"] == "Corrected by the office"
    assert texts["121.3"] == "Abolish the death penalty"


def test_a_file_broken_half_way_changes_nothing(db: Database, tmp_path: Path) -> None:
    """The file streams through the transaction in chunks: a problem met after
    the first chunks were applied still leaves the database as it was."""
    lines = [
        f"Aldavia,Africa,AU,Recommendation number {n},France,WEOG,EU,Accepted,4,Labour,3"
        for n in range(5000)
    ]
    lines.append("Aldavia,Africa,AU," + "x" * 200_000 + ",France,WEOG,EU,Accepted,4,Labour,3")
    path = tmp_path / "broken.csv"
    path.write_bytes(upr_info_bytes(lines, "utf-8", "\n"))
    seen: list[tuple[int, int]] = []
    before = snapshot(db)
    with pytest.raises(ImportFileError, match="characters") as error:
        import_file(db, path, progress=lambda done, total: seen.append((done, total)))
    assert error.value.row == 5002
    assert seen[:2] == [(2000, 5000), (4000, 5000)]  # two chunks applied, then rolled back
    assert snapshot(db) == before


def test_a_sheet_repeating_an_annotation_id_gets_a_rejected_row(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "ours.csv"
    path.write_text(
        "Text,Mechanism,OHCHR annotation id\n"
        "Adopt a law,CRC,6a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01\n"
        "Adopt a law again,CRC,6a0e7f38-1d2c-4b43-9a8e-2f5c3b7d9e01\n",
        encoding="utf-8",
    )
    profile = MappingProfile(
        "ours",
        {
            Field.TEXT: "Text",
            Field.MECHANISM: "Mechanism",
            Field.ANNOTATION_ID: "OHCHR annotation id",
        },
    )
    summary = import_file(db, path, fmt=ImportFormat.MAPPED, mapping=profile)
    assert summary.new == 1 and [p.row for p in summary.rejected] == [3]
