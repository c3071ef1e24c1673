"""The Themes screen's services on both engines: list with counts, rename
(version check, key clash), merge (links moved without duplicates, saved
views follow, versions bumped) and its undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, update

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.database import Database, open_database
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.services.register import RegisterFilter, Sort
from desktop.services.saved_views import list_views, save_view
from desktop.services.themes import (
    NameClashError,
    VocabularyKind,
    list_entries,
    merge_entries,
    rename_entry,
    undo_merge,
)
from desktop.store.models import (
    AffectedPersons,
    Recommendation,
    Theme,
    recommendation_affected_persons,
    recommendation_theme,
)

THEMES = VocabularyKind.THEMES
PERSONS = VocabularyKind.AFFECTED_PERSONS
BUDGET = "Budget and resources (for human rights implementation)"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, create=True)
    # Themes a user made by hand before they matched: three spellings of one.
    with database.session_factory.begin() as session:
        session.add_all([Theme(name="Budget spending"), Theme(name="Budgets and spending")])
        session.add(AffectedPersons(name="Rural youth"))
    bulk_create_recommendations(
        database.session_factory,
        [
            NewRecommendation("UPR", "1", "One", themes=[BUDGET, "Budget spending"]),
            NewRecommendation("UPR", "2", "Two", themes=["Budget spending"]),
            NewRecommendation(
                "UPR", "3", "Three", themes=["Budgets and spending", "Death penalty"]
            ),
            NewRecommendation("UPR", "4", "Four", themes=[BUDGET], affected_persons=["Youth"]),
            NewRecommendation("UPR", "5", "Five", affected_persons=["Rural youth", "Youth"]),
        ],
    )
    yield database
    database.dispose()


def entry(db: Database, name: str, kind: VocabularyKind = THEMES):  # type: ignore[no-untyped-def]
    return next(e for e in list_entries(db.session_factory, kind) if e.name == name)


def links(db: Database) -> set[tuple[str, str]]:
    with db.session_factory() as session:
        return {
            (str(ref), str(name))
            for ref, name in session.execute(
                select(Recommendation.reference, Theme.name)
                .join(
                    recommendation_theme,
                    recommendation_theme.c.recommendation_id == Recommendation.id,
                )
                .join(Theme, Theme.id == recommendation_theme.c.theme_id)
            )
        }


def versions(db: Database) -> dict[str, int]:
    with db.session_factory() as session:
        return {
            str(r): int(v)
            for r, v in session.execute(select(Recommendation.reference, Recommendation.version))
        }


def test_list_counts_live_recommendations(db: Database) -> None:
    entries = {e.name: e for e in list_entries(db.session_factory, THEMES)}
    assert entries[BUDGET].recommendations == 2 and entries[BUDGET].builtin
    assert entries[BUDGET].code == "A63"
    assert entries["Budget spending"].recommendations == 2
    assert not entries["Budget spending"].builtin
    assert entries["Right to food"].recommendations == 0
    with db.session_factory.begin() as session:
        session.execute(
            update(Recommendation).where(Recommendation.reference == "2").values(archived=True)
        )
    assert entry(db, "Budget spending").recommendations == 1
    names = [e.name for e in list_entries(db.session_factory, PERSONS)]
    assert names == sorted(names, key=str.casefold) and "Rural youth" in names


def test_rename(db: Database) -> None:
    theme = entry(db, "Budgets and spending")
    rename_entry(db.session_factory, THEMES, theme.id, theme.version, "  Public  spending ")
    renamed = entry(db, "Public spending")
    assert (renamed.id, renamed.recommendations) == (theme.id, 1)
    with pytest.raises(ConflictError):  # the version read before the rename
        rename_entry(db.session_factory, THEMES, theme.id, theme.version, "Spending")
    with pytest.raises(NotFoundError):
        rename_entry(db.session_factory, THEMES, 999_999, 1, "Spending")
    for bad in ("", "   ", "x" * 301):
        with pytest.raises(ValidationError):
            rename_entry(db.session_factory, THEMES, renamed.id, renamed.version, bad)
    # Case and spacing of its own name may change.
    rename_entry(db.session_factory, THEMES, renamed.id, renamed.version, "Public Spending")
    assert entry(db, "Public Spending").id == theme.id


@pytest.mark.parametrize(
    "name",
    [
        "Budget & resources for human rights implementation",
        "budget and resources for human rights implementation",
        "Right to education",  # an alias of "Right to education - general"
    ],
)
def test_rename_to_a_name_that_means_another_is_refused(db: Database, name: str) -> None:
    theme = entry(db, "Budget spending")
    with pytest.raises(NameClashError) as error:
        rename_entry(db.session_factory, THEMES, theme.id, theme.version, name)
    assert error.value.other in (BUDGET, "Right to education - general")
    assert "merge" in str(error.value)
    assert entry(db, "Budget spending").name == "Budget spending"


def test_merge_moves_links_without_duplicates_and_undo_puts_them_back(db: Database) -> None:
    before_links, before_versions = links(db), versions(db)
    target = entry(db, BUDGET)
    sources = [entry(db, "Budget spending").id, entry(db, "Budgets and spending").id]
    view_id = save_view(
        db.session_factory,
        "Budget work",
        RegisterFilter(theme_ids=(sources[0], target.id, sources[1])),
        Sort("reference"),
    )
    result = merge_entries(db.session_factory, THEMES, [*sources, target.id], target.id)
    assert (result.merged, result.recommendations) == (2, 3)
    assert links(db) == {
        ("1", BUDGET),
        ("2", BUDGET),
        ("3", BUDGET),
        ("3", "Death penalty"),
        ("4", BUDGET),
    }
    with db.session_factory() as session:
        # Recommendation 1 had the target and a source: one link, not two.
        assert (
            session.scalar(
                select(func.count())
                .select_from(recommendation_theme)
                .where(recommendation_theme.c.theme_id == target.id)
            )
            == 4
        )
        assert (
            session.scalar(select(func.count()).select_from(Theme).where(Theme.id.in_(sources)))
            == 0
        )
    assert entry(db, BUDGET).recommendations == 4
    after = versions(db)
    assert [r for r in after if after[r] != before_versions[r]] == ["1", "2", "3"]
    (view,) = [v for v in list_views(db.session_factory) if v.id == view_id]
    assert view.filter.theme_ids == (target.id,)

    assert undo_merge(db.session_factory, result.undo) == 3
    assert links(db) == before_links
    restored = {e.name: e for e in list_entries(db.session_factory, THEMES)}
    assert restored["Budget spending"].id == sources[0]
    assert restored["Budgets and spending"].id == sources[1]
    (view,) = [v for v in list_views(db.session_factory) if v.id == view_id]
    assert view.filter.theme_ids == (sources[0], target.id, sources[1])
    # Names merged and put back still match on their keys.
    rename = restored["Budget spending"]
    with pytest.raises(NameClashError):
        rename_entry(db.session_factory, THEMES, rename.id, rename.version, "Budgets & spending")


def test_merge_of_groups_of_persons(db: Database) -> None:
    youth, rural = entry(db, "Youth", PERSONS), entry(db, "Rural youth", PERSONS)
    result = merge_entries(db.session_factory, PERSONS, [rural.id], youth.id)
    assert (result.merged, result.recommendations) == (1, 1)
    assert entry(db, "Youth", PERSONS).recommendations == 2
    with db.session_factory() as session:
        assert (
            session.scalar(select(func.count()).select_from(recommendation_affected_persons)) == 2
        )
    undo_merge(db.session_factory, result.undo)
    assert entry(db, "Rural youth", PERSONS).recommendations == 1
    assert entry(db, "Youth", PERSONS).recommendations == 2


def test_merge_takes_a_code_the_target_lacks(db: Database) -> None:
    target, coded = entry(db, "Budget spending"), entry(db, "Death penalty")
    assert (target.code, coded.code) == (None, "D23")
    result = merge_entries(db.session_factory, THEMES, [coded.id], target.id)
    assert entry(db, "Budget spending").code == "D23"
    undo_merge(db.session_factory, result.undo)
    assert entry(db, "Budget spending").code is None
    assert entry(db, "Death penalty").code == "D23"


def test_merge_and_undo_refusals(db: Database) -> None:
    target = entry(db, BUDGET)
    with pytest.raises(ValidationError, match="at least one other"):
        merge_entries(db.session_factory, THEMES, [target.id], target.id)
    with pytest.raises(NotFoundError):
        merge_entries(db.session_factory, THEMES, [target.id], 999_999)
    with pytest.raises(NotFoundError):
        merge_entries(db.session_factory, THEMES, [999_999], target.id)
    source = entry(db, "Budget spending")
    result = merge_entries(db.session_factory, THEMES, [source.id], target.id)
    # The merged name taken again since (by a rename): the undo is refused whole.
    other = entry(db, "Budgets and spending")
    rename_entry(db.session_factory, THEMES, other.id, other.version, "Budget  spending")
    before = links(db)
    with pytest.raises(ConflictError, match="cannot be undone"):
        undo_merge(db.session_factory, result.undo)
    assert links(db) == before
