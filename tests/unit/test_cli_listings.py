"""nmrf-desk list …: the names to use with --agency, --plan, --mapping, --view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.services.database import open_database
from desktop.store.models import Recommendation, Theme, recommendation_theme


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    assert main(["--db", db, "demo"]) == 0
    return db


@pytest.mark.parametrize(
    "kind", ["themes", "affected-persons", "agencies", "clusters", "plans", "views", "mappings"]
)
def test_every_listing_is_json_with_names(
    demo: str, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    code, out, err = run(capsys, "--db", demo, "list", kind, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list)
    assert all(isinstance(r["name"], str) and r["name"] for r in rows)
    if kind not in ("views", "mappings"):
        assert rows and all(isinstance(r["recommendations"], int) for r in rows)


def test_counts_are_those_of_the_register(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--db", demo, "list", "themes", "--json")
    listed = {r["name"]: r["recommendations"] for r in json.loads(out)}
    database = open_database(demo)
    try:
        with database.session_factory() as session:
            expected = dict(
                session.execute(
                    select(Theme.name, func.count())
                    .join(recommendation_theme, recommendation_theme.c.theme_id == Theme.id)
                    .join(
                        Recommendation,
                        Recommendation.id == recommendation_theme.c.recommendation_id,
                    )
                    .where(Recommendation.archived.is_(False))
                    .group_by(Theme.name)
                ).all()
            )
    finally:
        database.dispose()
    assert expected and {k: v for k, v in listed.items() if v} == expected


def test_names_listed_work_with_the_other_commands(
    demo: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, out, _ = run(capsys, "--db", demo, "list", "plans", "--json")
    plan = json.loads(out)[0]["name"]
    _, out, _ = run(capsys, "--db", demo, "list", "agencies", "--json")
    agency = next(a for a in json.loads(out) if a["lead"])
    code, _, err = run(
        capsys, "--db", demo, "report", "plan", "--plan", plan, "--out", str(tmp_path / "p.pdf")
    )
    assert code == 0, err
    code, _, err = run(
        capsys,
        "--db",
        demo,
        "report",
        "agency",
        "--agency",
        agency["acronym"],
        "--out",
        str(tmp_path / "a.pdf"),
    )
    assert code == 0, err
    code, out, _ = run(capsys, "--db", demo, "list", "mappings")
    assert code == 0 and "NMRF Desk export" in out and out.rstrip().endswith("1 mappings")
