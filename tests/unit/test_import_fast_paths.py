"""The shortcuts a large import takes keep its answers: the register's
emptiness asked once (an unreadable database is not called empty), records
rebuilt from a reader's values only when they are all there, and recommending
States given as a list matched as a tuple would be."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.services.database import Database, open_database
from desktop.services.importing import records
from desktop.services.importing.records import ImportedRecommendation
from desktop.services.importing.run import ImportRun
from desktop.services.importing.service import import_file, register_is_empty
from desktop.store.models import Recommendation, recommendation_recommending_state
from tests.unit.import_files import UPR_INFO_LINES, upr_info_bytes


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    yield database
    database.dispose()


def test_the_register_is_empty_until_a_recommendation_is_stored(
    db: Database, tmp_path: Path
) -> None:
    assert register_is_empty(db)
    path = tmp_path / "upr-info.csv"
    path.write_bytes(upr_info_bytes(UPR_INFO_LINES, encoding="utf-8", newline="\n"))
    assert import_file(db, path).new > 0
    assert not register_is_empty(db)


def test_a_database_that_cannot_be_read_is_not_called_empty(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import itself then says what is wrong, in its own words."""

    def lost(*_args: Any, **_kwargs: Any) -> Any:
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(db.engine, "connect", lost)
    assert not register_is_empty(db)


def test_a_record_of_another_version_is_refused_whole() -> None:
    made = ImportedRecommendation(3, "UPR", "Ratify the Convention.")
    data = pickle.dumps(made, pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(data) == made
    with pytest.raises(ValueError, match="values"):
        records._rebuilt((*made, "a field this version does not know"))
    with pytest.raises(ValueError, match="values"):
        records._rebuilt(tuple(made)[:-1])


def test_recommending_states_given_as_a_list_match_as_a_tuple(db: Database) -> None:
    """Readers give tuples; a list (a reader written elsewhere) is not
    remembered by its names, and is matched and linked the same."""
    as_tuple = ImportedRecommendation(
        2,
        "UPR",
        "Protect defenders.",
        session="43",
        country="Chile",
        recommending_states=("France", "Brazil"),
    )
    as_list = as_tuple._replace(row=3, recommending_states=["France", "Brazil"])  # type: ignore[arg-type]
    with db.session_factory.begin() as session:
        run = ImportRun(session)
        run.apply([as_tuple])
        run.apply([as_list])
        run.finish()
        assert (run.new, len(run.rejected)) == (1, 1)  # the second is the same recommendation
        assert run.rejected[0].code == "import.same_as_earlier"
    with db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Recommendation)) == 1
        links = session.scalar(select(func.count()).select_from(recommendation_recommending_state))
        assert links == 2
