"""Clusters: counts, create, rename, merge, delete, on both engines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.vocab import Priority
from desktop.services.clusters import (
    ClusterInfo,
    create_cluster,
    delete_cluster,
    list_clusters,
    merge_clusters,
    update_cluster,
)
from desktop.services.database import Database, open_database
from desktop.services.demo import create_demo_data
from desktop.services.register import RegisterFilter, register_count
from desktop.store.models import Assignment, Recommendation, action_cluster


@pytest.fixture
def demo(db_url: str) -> Iterator[Database]:
    db = open_database(db_url, create=True)
    create_demo_data(db.session_factory)
    yield db
    db.dispose()


def by_name(db: Database) -> dict[str, ClusterInfo]:
    return {c.name: c for c in list_clusters(db.session_factory)}


def test_list_counts_live_recommendations(demo: Database) -> None:
    for info in list_clusters(demo.session_factory):
        assert info.recommendations == register_count(
            demo.session_factory, RegisterFilter(cluster_ids=(info.id,))
        )
    assert len(list_clusters(demo.session_factory)) == 9


def test_create_and_rename_with_validation(demo: Database) -> None:
    factory = demo.session_factory
    new = create_cluster(factory, "  Business   and human rights ", priority=Priority.LOW)
    info = next(c for c in list_clusters(factory) if c.id == new)
    assert info.name == "Business and human rights" and info.recommendations == 0
    with pytest.raises(ValidationError, match="already a cluster"):
        create_cluster(factory, "children's RIGHTS")
    with pytest.raises(ValidationError) as caught:
        create_cluster(factory, "   ")
    assert caught.value.where == "name"
    update_cluster(factory, new, info.version, "Business, human rights and environment")
    with pytest.raises(ConflictError):
        update_cluster(factory, new, info.version, "Stale rename")
    assert "Business, human rights and environment" in by_name(demo)


def test_merge_moves_recommendations_agencies_and_actions(demo: Database) -> None:
    factory = demo.session_factory
    clusters = by_name(demo)
    target = clusters["Children's rights"]
    source = clusters["Women's rights and gender equality"]
    total = target.recommendations + source.recommendations
    moved = merge_clusters(factory, [source.id], target.id)
    after = by_name(demo)
    assert "Women's rights and gender equality" not in after
    assert after["Children's rights"].recommendations == total
    assert moved >= source.recommendations
    with factory() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(Assignment)
                .where(Assignment.cluster_id == source.id)
            )
            == 0
        )
        assert (
            session.scalar(
                select(func.count())
                .select_from(action_cluster)
                .where(action_cluster.c.cluster_id == target.id)
            )
            >= 1
        )
    with pytest.raises(ValidationError):
        merge_clusters(factory, [target.id], target.id)


def test_delete_keeps_the_recommendations(demo: Database) -> None:
    factory = demo.session_factory
    info = by_name(demo)["Environment and climate change"]
    with factory() as session:
        total = session.scalar(select(func.count()).select_from(Recommendation))
    held = delete_cluster(factory, info.id)
    assert held >= info.recommendations
    assert "Environment and climate change" not in by_name(demo)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Recommendation)) == total
