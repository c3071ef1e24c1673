"""Consultations: list, create, edit, delete, evidence files, per
recommendation, on both engines."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.vocab import ConsultationKind
from desktop.services.agencies import list_agencies
from desktop.services.attachments import attachment_content, save_attachment_as
from desktop.services.consultation_edits import (
    attach_files,
    create_consultation,
    delete_consultation,
    remove_attachment,
    update_consultation,
)
from desktop.services.consultations import (
    ConsultationData,
    consultations_of_recommendation,
    find_recommendations,
    get_consultation,
    list_consultations,
)
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.store.models import (
    Attachment,
    Consultation,
    Recommendation,
    consultation_agency,
    consultation_recommendation,
)


@pytest.fixture
def demo(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def rec_ids(db: Database, n: int) -> list[int]:
    with db.session_factory() as session:
        return list(session.scalars(select(Recommendation.id).order_by(Recommendation.id).limit(n)))


def agency_ids(db: Database, *acronyms: str) -> tuple[int, ...]:
    found = {a.data.acronym: a.id for a in list_agencies(db.session_factory)}
    return tuple(found[a] for a in acronyms)


def counts(db: Database) -> tuple[int, ...]:
    with db.session_factory() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (
                Consultation,
                Attachment,
                consultation_agency,
                consultation_recommendation,
            )
        )


def evidence(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_list_is_newest_first_with_counts(demo: Database) -> None:
    rows = list_consultations(demo.session_factory)
    assert [r.held_on for r in rows] == sorted((r.held_on for r in rows), reverse=True)
    assert [r.recommendations for r in rows] == [10, 15, 10, 20]
    assert [r.attachments for r in rows] == [0, 1, 0, 0]
    assert rows[-1].organisations == ("UN Resident Coordinator's Office (observer)",)
    assert rows[1].kind is ConsultationKind.CIVIL_SOCIETY


def test_create_and_read_back_with_an_attachment(demo: Database, tmp_path: Path) -> None:
    factory = demo.session_factory
    recs = rec_ids(demo, 3)
    nhri, moj = agency_ids(demo, "AHRC", "MOJ")
    content = "Minutes — réunion du 3 mars\n".encode()
    new_id = create_consultation(
        factory,
        ConsultationData(
            held_on=date(2026, 3, 3),
            title="  Consultation on   the draft report ",
            kind=ConsultationKind.MIXED,
            agency_ids=(nhri, moj, nhri),
            other_participants="Aldavian Bar Association",
            summary="Comments received.\n",
            recommendation_ids=tuple(recs),
        ),
        files=[evidence(tmp_path, "minutes.txt", content)],
    )
    detail = get_consultation(factory, new_id)
    assert detail.version == 1
    assert detail.data.title == "Consultation on the draft report"
    assert detail.data.summary == "Comments received."
    assert set(detail.data.agency_ids) == {nhri, moj}
    assert sorted(detail.data.recommendation_ids) == sorted(recs)
    assert all(r.reference and r.mechanism for r in detail.recommendations)
    (file,) = detail.attachments
    assert file.file_name == "minutes.txt" and file.media_type == "text/plain"
    assert file.size == len(content) and file.sha256 == hashlib.sha256(content).hexdigest()
    assert attachment_content(factory, file.id) == content
    copy = save_attachment_as(factory, file.id, tmp_path / "copy.txt")
    assert copy.read_bytes() == content
    row = next(r for r in list_consultations(factory) if r.id == new_id)
    assert row.recommendations == 3 and row.attachments == 1
    assert row.organisations == (
        "Aldavian Human Rights Commission",
        "Ministry of Justice",
        "Aldavian Bar Association",
    )
    assert row == list_consultations(factory)[0]  # the most recent


def test_validation_names_the_field_and_changes_nothing(demo: Database) -> None:
    factory = demo.session_factory
    before = counts(demo)
    cases = [
        (ConsultationData(date(2025, 1, 1), "   "), "title"),
        (ConsultationData(date(2025, 1, 1), "x" * 301), "title"),
        (ConsultationData(None, "Forum"), "date"),
        (ConsultationData(date(2025, 1, 1), "Forum", recommendation_ids=(999_999,)), None),
        (ConsultationData(date(2025, 1, 1), "Forum", agency_ids=(999_999,)), "agencies"),
    ]
    for data, where in cases:
        with pytest.raises(ValidationError) as error:
            create_consultation(factory, data)
        if where:
            assert error.value.where == where
    assert counts(demo) == before
    assert create_consultation(factory, ConsultationData(date(2025, 1, 1), "x" * 300))


def test_a_bad_file_saves_nothing(demo: Database, tmp_path: Path) -> None:
    factory = demo.session_factory
    before = counts(demo)
    good = evidence(tmp_path, "good.pdf", b"%PDF-1.4 ...")
    empty = evidence(tmp_path, "empty.txt", b"")
    data = ConsultationData(date(2025, 6, 1), "Forum", recommendation_ids=tuple(rec_ids(demo, 2)))
    with pytest.raises(ValidationError) as error:
        create_consultation(factory, data, files=[good, empty])
    assert error.value.where == "empty.txt"
    with pytest.raises(ValidationError) as error:
        create_consultation(factory, data, files=[good, tmp_path / "missing.docx"])
    assert error.value.where == "missing.docx"
    assert counts(demo) == before
    existing = list_consultations(factory)[0]
    with pytest.raises(ValidationError):
        attach_files(factory, existing.id, [good, empty])
    with pytest.raises(ValidationError):
        update_consultation(factory, existing.id, existing.version, data, add_files=[good, empty])
    assert counts(demo) == before
    assert get_consultation(factory, existing.id).version == existing.version


def test_update_checks_the_version(demo: Database, tmp_path: Path) -> None:
    factory = demo.session_factory
    row = list_consultations(factory)[0]
    detail = get_consultation(factory, row.id)
    fewer = ConsultationData(**{**detail.data.__dict__, "recommendation_ids": ()})
    update_consultation(factory, row.id, detail.version, fewer)  # only links changed
    after = get_consultation(factory, row.id)
    assert after.version == detail.version + 1 and after.data.recommendation_ids == ()
    renamed = ConsultationData(**{**detail.data.__dict__, "title": "Someone else's title"})
    with pytest.raises(ConflictError):
        update_consultation(factory, row.id, detail.version, renamed)  # stale
    assert get_consultation(factory, row.id).data.title == detail.data.title
    with pytest.raises(NotFoundError):
        update_consultation(factory, 999_999, 1, renamed)
    with pytest.raises(ConflictError):
        delete_consultation(factory, row.id, detail.version)
    assert get_consultation(factory, row.id).version == after.version


def test_files_added_and_removed(demo: Database, tmp_path: Path) -> None:
    factory = demo.session_factory
    row = next(r for r in list_consultations(factory) if r.attachments == 1)
    detail = get_consultation(factory, row.id)
    (agenda,) = detail.attachments
    (photo,) = attach_files(factory, row.id, [evidence(tmp_path, "photo.png", b"\x89PNG..")])
    assert photo.media_type == "image/png"
    update_consultation(
        factory,
        row.id,
        detail.version,
        detail.data,
        add_files=[evidence(tmp_path, "list.csv", b"name\nA\n")],
        remove_attachment_ids=[agenda.id],
    )
    names = [a.file_name for a in get_consultation(factory, row.id).attachments]
    assert names == ["photo.png", "list.csv"]
    remove_attachment(factory, photo.id)
    assert [a.file_name for a in get_consultation(factory, row.id).attachments] == ["list.csv"]
    with pytest.raises(NotFoundError):
        remove_attachment(factory, photo.id)
    with pytest.raises(NotFoundError):
        attachment_content(factory, agenda.id)


def test_per_recommendation_and_delete(demo: Database, tmp_path: Path) -> None:
    factory = demo.session_factory
    first = rec_ids(demo, 1)[0]
    before = consultations_of_recommendation(factory, first)
    assert [c.title for c in before] == ["Validation of the implementation plan"]
    new_id = create_consultation(
        factory,
        ConsultationData(date(2026, 1, 20), "Follow-up forum", recommendation_ids=(first,)),
        files=[evidence(tmp_path, "a.txt", b"a")],
    )
    assert [c.id for c in consultations_of_recommendation(factory, first)] == [
        new_id,
        before[0].id,
    ]
    assert consultations_of_recommendation(factory, 999_999) == []
    delete_consultation(factory, new_id, get_consultation(factory, new_id).version)
    assert [c.id for c in consultations_of_recommendation(factory, first)] == [before[0].id]
    with pytest.raises(NotFoundError):
        get_consultation(factory, new_id)
    with factory() as session:
        assert session.get(Recommendation, first) is not None
        assert not session.scalar(
            select(func.count()).select_from(Attachment).where(Attachment.consultation_id == new_id)
        )
    delete_consultation(factory, new_id)  # already gone: no error


def test_find_recommendations_by_reference_then_words(demo: Database) -> None:
    factory = demo.session_factory
    with factory() as session:
        rec = session.scalars(select(Recommendation).order_by(Recommendation.id)).first()
        assert rec is not None
        reference = rec.reference
    found = find_recommendations(factory, reference)
    assert found and found[0].reference == reference
    assert found[0].label.startswith(reference)
    assert find_recommendations(factory, "   ") == []
    words = find_recommendations(factory, "women", limit=5)
    assert 0 < len(words) <= 5
