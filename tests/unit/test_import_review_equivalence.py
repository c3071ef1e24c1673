"""What the import's faster paths must keep equal to the plain ones: the
ASCII search fold equals the word regex's, the keys of stored
recommendations read for many documents at once equal those read one
document at a time (ordered by id, past the 500-document batch), a
chunk's new documents, inserted together, hold the rows that name them, and
the bulk insert converts every column SQLAlchemy would convert."""

from __future__ import annotations

import itertools
import random
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, create_engine, func, select
from sqlalchemy.orm import Session

from desktop.domain.text_search import fold
from desktop.services.database import Database, open_database
from desktop.services.importing import reader_process
from desktop.services.importing.matching import SourceResolver, StoredSource
from desktop.services.importing.service import import_file
from desktop.services.name_lookups import name_key
from desktop.services.recommendation_content import CONVERTED
from desktop.services.recommendations import (
    _COLUMNS,
    Lookups,
    NewRecommendation,
    bulk_create_recommendations,
)
from desktop.store.models import (
    ContextParagraph,
    Mechanism,
    Recommendation,
    SourceDocument,
    recommendation_recommending_state,
)
from tests.unit.import_files import UHRI_ROWS, write_uhri_xlsx

_WORD = re.compile(r"\w+")


def _regex_fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def test_ascii_fold_equals_the_word_regex() -> None:
    ascii_chars = [chr(code) for code in range(128)]
    texts = ["".join(pair) for pair in itertools.product(ascii_chars, repeat=2)]
    rng = random.Random(4)
    texts += [
        "".join(rng.choice(ascii_chars) for _ in range(rng.randint(1, 60))) for _ in range(20000)
    ]
    texts += ["A/HRC/43/15 para. 121.2_b", "\t\nMixed CASE\x00words\x7f", "___", " "]
    different = [text for text in texts if fold(text) != _regex_fold(text)]
    assert different == []
    assert fold("Ratify OP-CAT, 2020!") == "ratify op cat 2020"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


def _one_by_one(session: Session, source_id: int) -> StoredSource:
    """The keys of one document's recommendations, read alone, in id order."""
    stored = StoredSource(source_id)
    rows = session.execute(
        select(
            Recommendation.id,
            Recommendation.paragraph,
            Recommendation.reference,
            Recommendation.text,
        )
        .where(Recommendation.source_id == source_id)
        .order_by(Recommendation.id)
    ).all()
    states: dict[int, set[int]] = {}
    for rec_id, country_id in session.execute(
        select(
            recommendation_recommending_state.c.recommendation_id,
            recommendation_recommending_state.c.country_id,
        )
        .join(
            Recommendation,
            Recommendation.id == recommendation_recommending_state.c.recommendation_id,
        )
        .where(Recommendation.source_id == source_id)
    ):
        states.setdefault(rec_id, set()).add(country_id)
    for rec_id, paragraph, reference, text in rows:
        if paragraph:
            stored.by_paragraph.setdefault(paragraph, rec_id)
        stored.by_text[(name_key(text), frozenset(states.get(rec_id, ())))] = rec_id
        stored.references.add(reference)
    stored.next_number = len(rows) + 1
    return stored


def test_keys_read_together_equal_keys_read_per_document(db: Database) -> None:
    with db.session_factory.begin() as session:
        upr = session.scalars(select(Mechanism.id).where(Mechanism.code == "UPR")).one()
        documents = [
            SourceDocument(mechanism_id=upr, symbol=f"A/HRC/{n}/1", title=str(n))
            for n in range(620)
        ]
        session.add_all(documents)
        session.flush()
        ids = [document.id for document in documents]
    items = []
    for n, source_id in enumerate(ids):
        for k in range(n % 4):  # some documents empty, some with repeated keys
            states = ("France",) if k != 1 else ()
            items.append(
                NewRecommendation(
                    "UPR",
                    f"{k}.1",
                    "Same text",
                    source_id=source_id,
                    paragraph="7",
                    recommending_states=states,
                )
            )
            items.append(
                NewRecommendation(
                    "UPR",
                    f"{k}.2",
                    "same  TEXT",
                    source_id=source_id,
                    paragraph="7" if k else None,
                    recommending_states=("France",),
                )
            )
    bulk_create_recommendations(db.session_factory, items)
    with db.session_factory() as session:
        resolver = SourceResolver(session, Lookups(session))
        together = [StoredSource(source_id, loaded=False) for source_id in ids]
        resolver.load_all_keys(together)
        for stored in together:
            alone = _one_by_one(session, stored.id)
            assert stored.loaded
            assert (stored.by_paragraph, stored.by_text) == (alone.by_paragraph, alone.by_text)
            assert (stored.references, stored.next_number) == (alone.references, alone.next_number)
        assert {s.next_number for s in together} == {1, 3, 5, 7}


def _annotation(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def _uhri_row(symbol: str, annotation: str, kind: str, text: str) -> list[object]:
    row = list(UHRI_ROWS[0])
    row[0], row[5], row[8], row[15] = text, symbol, kind, _annotation(annotation)
    return row


def test_new_documents_of_one_chunk_hold_their_rows(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = []
    for n in range(12):
        symbol = f"CEDAW/C/X{n % 5}/CO/1"
        rows.append(_uhri_row(symbol, f"rec-{n}", "Recommendation", f"{n}. Do thing {n}."))
        if n % 3 == 0:  # another type in the same documents, and one of its own
            rows.append(_uhri_row(symbol, f"ctx-{n}", "Concern", f"{n}. A concern {n}."))
    rows.append(_uhri_row("CEDAW/C/CTX/CO/1", "ctx-only", "Concern", "1. Only context."))
    path = write_uhri_xlsx(tmp_path / "many.xlsx", rows)
    # documents met in one chunk and again in the next
    monkeypatch.setattr(reader_process, "CHUNK", 7)
    summary = import_file(db, path)
    assert summary.new == 12 and summary.context.new == 5
    again = import_file(db, path)
    assert (again.new, again.unchanged, again.context.new) == (0, 12, 0)
    with db.session_factory() as session:
        documents = session.execute(
            select(SourceDocument.symbol, func.count()).group_by(SourceDocument.symbol)
        ).all()
        assert sorted(documents) == sorted(
            [(f"CEDAW/C/X{n}/CO/1", 1) for n in range(5)] + [("CEDAW/C/CTX/CO/1", 1)]
        )
        placed = session.execute(
            select(Recommendation.annotation_id, SourceDocument.symbol).join(
                SourceDocument, SourceDocument.id == Recommendation.source_id
            )
        ).all()
        assert sorted(placed) == sorted(
            (_annotation(f"rec-{n}"), f"CEDAW/C/X{n % 5}/CO/1") for n in range(12)
        )
        context = session.execute(
            select(ContextParagraph.annotation_id, SourceDocument.symbol).join(
                SourceDocument, SourceDocument.id == ContextParagraph.source_id
            )
        ).all()
        assert sorted(context) == sorted(
            [(_annotation(f"ctx-{n}"), f"CEDAW/C/X{n % 5}/CO/1") for n in (0, 3, 6, 9)]
            + [(_annotation("ctx-only"), "CEDAW/C/CTX/CO/1")]
        )


def test_every_column_sqlalchemy_converts_is_converted_by_the_bulk_insert() -> None:
    """The bulk insert converts a listed few columns itself (besides its UUID
    and times): a column added with a type SQLAlchemy converts must join them."""
    engine = create_engine("sqlite://")
    dialect = engine.dialect
    table = Recommendation.__table__
    assert isinstance(table, Table)
    converted = {
        column.name
        for column in table.c
        if column.type.dialect_impl(dialect).bind_processor(dialect) is not None
    }
    assert converted == {*CONVERTED, "uuid", "created_at", "updated_at"}
    assert set(table.c.keys()) == set(_COLUMNS)
    engine.dispose()


def test_a_theme_is_written_into_digests_as_the_dataclass_would_write_it() -> None:
    """Digests of official values stored by earlier imports stay equal: the
    theme's own repr (faster) writes exactly what dataclass's did."""
    from dataclasses import dataclass

    from desktop.services.importing.records import ThemeName

    @dataclass(frozen=True)
    class Generated:
        name: str
        code: str | None = None

    for name, code in [("Women's rights", None), ('say "no"', "A12"), ("中文\n", ""), ("\\", "x")]:
        expected = repr(Generated(name, code)).replace(Generated.__qualname__, "ThemeName", 1)
        assert repr(ThemeName(name, code)) == expected


def test_a_re_imported_upr_info_file_counts_unchanged_rows_and_updates_the_changed(
    db: Database, tmp_path: Path
) -> None:
    """Rows without annotation ids are matched before anything else when their
    document is stored: the unchanged are counted at once, a changed one is
    updated, a new one added, and a row too long to store refused without
    creating the State it names."""
    from desktop.store.models import Country
    from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes

    first = tmp_path / "upr-info.csv"
    first.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    imported = import_file(db, first)
    again = import_file(db, first)
    assert (again.new, again.updated, again.unchanged) == (0, 0, imported.new)
    changed = [UPR_INFO_LINES[0].replace("Accepted", "Noted"), *UPR_INFO_LINES[1:]]
    nowhere = "Z" * 250  # longer than a State's name can be
    changed.append(f"Sao Tome and Principe,Africa,AU,Adopt a new law,{nowhere},X,,Noted,2,Labour,3")
    changed.append(
        "Sao Tome and Principe,Africa,AU,Adopt a law on the census,Peru,GRULAC,,Noted,2,Labour,3"
    )
    second = tmp_path / "upr-info-2.csv"
    second.write_bytes(upr_info_bytes(changed))
    result = import_file(db, second)
    assert (result.new, result.updated, result.unchanged) == (1, 1, imported.new - 1)
    assert len(result.rejected) == 1 + len(again.rejected)
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).where(Country.name == nowhere)) == 0


def test_a_re_import_finds_rows_whose_stored_states_were_changed_by_hand(
    db: Database, tmp_path: Path
) -> None:
    """A row without annotation id whose stored recommendation was given other
    recommending States since is unchanged (its digest says so), not a second
    recommendation; the States stay as the office set them."""
    from desktop.store.models import Country, Recommendation
    from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes

    path = tmp_path / "upr-info.csv"
    path.write_bytes(upr_info_bytes(UPR_INFO_LINES))
    imported = import_file(db, path)
    with db.session_factory.begin() as session:
        ratify = session.scalars(
            select(Recommendation).where(Recommendation.text.like("Ratify the Convention%"))
        ).one()
        assert [c.name for c in ratify.recommending_states] == ["France"]
        ratify.recommending_states = [
            session.scalars(select(Country).where(Country.name == "Brazil")).one()
        ]
    again = import_file(db, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, imported.new)
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Recommendation)) == imported.new
        ratify = session.scalars(
            select(Recommendation).where(Recommendation.text.like("Ratify the Convention%"))
        ).one()
        assert [c.name for c in ratify.recommending_states] == ["Brazil"]


def test_a_record_crosses_a_pipe_whole_and_stays_immutable() -> None:
    """ImportedRecommendation is rebuilt from its pickled values by one call:
    the same type, values and hash as the record sent; defaults filled, wrong
    arguments refused, and no field can be set."""
    import pickle

    from desktop.domain.vocab import Position
    from desktop.services.importing.records import ImportedRecommendation, ThemeName

    given: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((3, "UPR", "Ratify"), {}),
        ((4,), {"mechanism_code": "CRC", "text": "Protect", "themes": (ThemeName("A", "A1"),)}),
        ((), {"row": 5, "mechanism_code": "UPR", "text": "t", "response": Position.NOTED}),
    ]
    for args, kwargs in given:
        made = ImportedRecommendation(*args, **kwargs)
        assert made.response is kwargs.get("response", Position.PENDING)
        assert made.recommending_states == () and made.notes is None
        back = pickle.loads(pickle.dumps([made], pickle.HIGHEST_PROTOCOL))[0]
        assert type(back) is ImportedRecommendation
        assert back == made and hash(back) == hash(made)
        assert back._asdict() == made._asdict()
        assert back.is_recommendation
        with pytest.raises(AttributeError):
            made.text = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError, match="text"):
        ImportedRecommendation(1, "UPR")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="colour"):
        ImportedRecommendation(1, "UPR", "t", colour="red")  # type: ignore[call-arg]


@pytest.mark.parametrize("chunk", [1, 2000])
def test_a_repeat_in_a_document_this_import_creates_is_refused_in_any_chunk(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """Two rows the reader cannot tell apart from their cells' spelling ("(Unknown)"
    and an empty From both mean no recommending State) but with the same
    official values: the second is the same as an earlier row, whether or not
    the two come in one chunk; never "unchanged" (nothing was stored before)."""
    from tests.unit.import_files import upr_info_bytes

    monkeypatch.setattr(reader_process, "CHUNK", chunk)
    row = "Sao Tome and Principe,Africa,AU,Adopt a law on the census,{},,,Noted,2,Labour,3"
    path = tmp_path / "repeat.csv"
    path.write_bytes(upr_info_bytes([row.format("(Unknown)"), row.format("")]))
    summary = import_file(db, path)
    assert (summary.new, summary.unchanged) == (1, 0)
    assert [(p.row, p.code) for p in summary.rejected] == [(3, "import.same_as_earlier")]
