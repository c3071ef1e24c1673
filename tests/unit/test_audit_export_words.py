"""The audit trail's export in the words its caller passes (a screen's, in
the user's language), and States named in the reader's language: by id, by
the names entries hold, as the label of a Country row. Read back with openpyxl."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.services import audit_export, editing
from desktop.services.audit import ActivityFilter, AuditRow, activity
from desktop.services.audit_export import HEADERS, ExportWords, export_activity
from desktop.services.audit_names import RecordNames, name_records, named_activity, subject_of
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.export_rows import ExportCancelled
from desktop.store.models import Country, Recommendation, SourceDocument

FRENCH = {
    "edit": "Modifié",
    "create": "Créé",
    "recommendation": "Recommandation",
    "country": "Pays",
    "source_document": "Document",
}
FIELDS = {"recommending_states": "États recommandants", "observer": "État observateur"}


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """The demonstration database, then: a recommendation's recommending
    States set to France and Germany, France made an observer, a document's
    State under review set to China."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("words") / "w.sqlite3")
    else:
        url = request.getfixturevalue("pg_server").create_database()
    database = open_database(url, create=True)
    factory = database.session_factory
    create_demo_data(factory)
    with factory() as session:
        rec_id = session.scalars(select(Recommendation.id).order_by(Recommendation.id)).first()
        ids = {iso2: i for iso2, i in session.execute(select(Country.iso2, Country.id))}
    assert rec_id is not None
    detail = editing.load_recommendation(factory, rec_id)
    fields = replace(detail.fields, recommending_state_ids=(ids["FR"], ids["DE"]))
    editing.save_recommendation(factory, rec_id, detail.version, fields)
    with factory() as session:
        france = session.get(Country, ids["FR"])
        assert france is not None
        france.observer = True
        document = session.scalars(select(SourceDocument).order_by(SourceDocument.id)).first()
        assert document is not None
        document.country_id = ids["CN"]
        session.commit()
    yield database
    database.dispose()


def _words(language: str = "fr") -> ExportWords:
    """Words a caller might pass: French headers and kinds, fields by label,
    ids as names and States by ``names`` (as the Activity page does)."""

    def changes(row: AuditRow, names: RecordNames) -> list[tuple[str, Any, Any]]:
        found: list[tuple[str, Any, Any]] = []
        for key, (old, new) in (row.changes or {}).items():
            if key == "country_id":
                old, new = names.of("country", old) or "", names.of("country", new) or ""
            elif key == "recommending_states":
                old, new = [names.state(s) for s in old], [names.state(s) for s in new]
            found.append((FIELDS.get(key, key), old, new))
        return found

    return ExportWords(
        headers=tuple(f"Colonne {h}" for h in HEADERS),
        sheet="Activité: [journal]",
        named=True,
        language=language,
        source=lambda source: "Fenêtre" if source == "gui" else source,
        action=lambda row: FRENCH.get(row.action, row.action),
        kind=lambda row: FRENCH.get(row.entity, row.entity),
        subject=lambda row, names: subject_of(row, names).text,
        changes=changes,
    )


def _lines(dest: Path) -> tuple[str, list[tuple[Any, ...]]]:
    book = load_workbook(dest, read_only=True)
    sheet = book.worksheets[0]
    return sheet.title, list(sheet.iter_rows(values_only=True))


def test_the_export_writes_the_callers_words_and_states_in_its_language(
    db: Database, tmp_path: Path
) -> None:
    dest = tmp_path / "journal.xlsx"
    written = export_activity(
        db.session_factory, ActivityFilter(action="edit"), dest, words=_words("zh")
    )
    title, lines = _lines(dest)
    assert written == 3
    assert title == "Activité   journal"  # a sheet's name holds no [ ] : * ? / \
    assert lines[0] == tuple(f"Colonne {h}" for h in HEADERS)
    by_kind = {line[5]: line for line in lines[1:]}
    assert set(by_kind) == {"Pays", "Recommandation", "Document"}
    assert {line[4] for line in lines[1:]} == {"Modifié"}
    assert {line[3] for line in lines[1:]} == {"Fenêtre"}
    states = by_kind["Recommandation"]
    assert states[8] == "États recommandants"
    assert states[10] == "法国, 德国"  # France, Germany by the names the entry holds
    assert states[9] and "France" not in states[9]
    country = by_kind["Pays"]
    assert (country[7], country[8], country[9], country[10]) == (
        "法国",
        "État observateur",
        "False",
        "True",
    )
    document = next(line for line in lines[1:] if line[8] == "country_id")
    assert document[10] == "中国"  # the id as the State's name, in Chinese


def test_the_default_export_keeps_the_trails_codes_in_english(db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "codes.xlsx"
    export_activity(db.session_factory, ActivityFilter(action="edit", entity="country"), dest)
    title, lines = _lines(dest)
    assert title == "Activity" and lines[0] == HEADERS
    assert lines[1][3:6] == ("gui", "edit", "country")
    assert (lines[1][7], lines[1][8], lines[1][10]) == ("France", "observer", "True")


def test_names_are_read_for_each_batch_and_a_cancelled_export_leaves_the_old_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_export, "BATCH", 7)
    named: list[int] = []
    real = audit_export.name_records

    def counted(session: Any, rows: Any, language: str = "en") -> RecordNames:
        named.append(len(rows))
        return real(session, rows, language)

    monkeypatch.setattr(audit_export, "name_records", counted)
    dest = tmp_path / "all.xlsx"
    filt = ActivityFilter(entity="source_document")
    written = export_activity(db.session_factory, filt, dest, words=_words("ar"))
    assert written == len(activity(db.session_factory, replace(filt, limit=None))) > 7
    assert max(named) == 7 and sum(named) == written  # a batch at a time, never the whole trail
    lines = _lines(dest)[1]
    assert "الصين" in [line[10] for line in lines if line[8] == "country_id"]

    before = dest.read_bytes()
    calls = iter([False, True])
    with pytest.raises(ExportCancelled):
        export_activity(
            db.session_factory, filt, dest, words=_words(), cancelled=lambda: next(calls)
        )
    assert dest.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["all.xlsx"]


def test_states_are_named_in_the_language_read_for(db: Database) -> None:
    factory = db.session_factory
    english = named_activity(factory, ActivityFilter(action="edit", limit=10))
    arabic = named_activity(factory, ActivityFilter(action="edit", limit=10), "ar_EG")
    country = next(r for r in english.rows if r.entity == "country")
    assert subject_of(country, english.names).text == "France"
    assert subject_of(country, arabic.names).text == "فرنسا"
    assert english.names.states == {}  # English: the names as stored, nothing read
    assert arabic.names.state("Germany") == "ألمانيا"
    assert arabic.names.state("Republic of Aldavia") == "Republic of Aldavia"  # no ISO code
    china = next(i for table, i in arabic.names.by_id if table == "country")
    assert arabic.names.of("country", china) == "الصين"
    assert english.names.of("country", china) == "China"


def test_a_state_renamed_since_is_found_by_its_reference_name(db: Database) -> None:
    factory = db.session_factory
    with factory() as session:
        turkey = session.scalars(select(Country).where(Country.iso2 == "TR")).one()
        old = turkey.name
        turkey.name = "Republic of Türkiye"
        session.commit()
    try:
        at = activity(factory, ActivityFilter(limit=1))[0].at
        changes = {"recommending_states": [[old], []]}
        row = AuditRow(1, at, "x", "gui", "edit", "recommendation", None, "r", changes)
        with factory() as session:
            names = name_records(session, [row], "zh")
        assert names.state(old) == "土耳其"
    finally:
        with factory() as session:
            turkey = session.scalars(select(Country).where(Country.iso2 == "TR")).one()
            turkey.name = old
            session.commit()
