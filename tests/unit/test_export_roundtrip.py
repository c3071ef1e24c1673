"""Property: any recommendations exported (XLSX or CSV) and imported into an
empty database through the export mapping come back the same."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.services.database import Database, open_database
from desktop.services.exporting import export_recommendations
from desktop.services.importing.mapped import export_profile
from desktop.services.importing.records import ImportFormat
from desktop.services.importing.service import import_file
from desktop.services.recommendations import NewRecommendation, bulk_create_recommendations
from desktop.store.models import Recommendation

# Text as an office would type it: any letters, marks, punctuation and spaces
# of any script, starting possibly with a formula character; no control
# characters (XML cannot hold them), no surrounding spaces (cells are trimmed).
_CHARS = st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"))
_TEXT = (
    st.tuples(st.sampled_from(["", "=", "+", "-", "@", "|", "'", "''", "'="]), st.text(_CHARS))
    .map(lambda parts: unicodedata.normalize("NFC", "".join(parts)).strip())
    .filter(lambda text: text != "")
)
_NAMES = st.lists(st.sampled_from(["Spain", "France", "Chile", "Japan"]), unique=True, max_size=3)
_THEMES = st.lists(
    st.sampled_from(["Torture", "Right to education", "Women's rights", "Death penalty"]),
    unique=True,
    max_size=3,
)
_RECOMMENDATION = st.builds(
    lambda n, text, notes, response, status, priority, parliament, states, themes, targets: (
        NewRecommendation(
            mechanism_code="UPR",
            reference=f"{100 + n}.1",
            paragraph=f"{100 + n}.1",
            text=text,
            notes=notes,
            response=response,
            status=status,
            priority=priority,
            needs_parliament=parliament,
            recommending_states=states,
            themes=themes,
            sdg_targets=targets,
        )
    ),
    st.integers(0, 10**6),
    _TEXT,
    st.none() | _TEXT,
    st.sampled_from(list(Position)),
    st.sampled_from(list(ImplementationStatus)),
    st.none() | st.sampled_from(list(Priority)),
    st.booleans(),
    _NAMES,
    _THEMES,
    st.lists(st.sampled_from(["1.4", "5.1", "16.a"]), unique=True, max_size=2),
)


def content(db: Database) -> set[tuple[Any, ...]]:
    with db.session_factory() as session:
        return {
            (
                r.reference,
                r.mechanism.code,
                r.text,
                r.notes,
                r.response,
                r.status,
                r.priority,
                r.needs_parliament,
                frozenset(s.name for s in r.recommending_states),
                frozenset(t.name for t in r.themes),
                frozenset(t.code for t in r.sdg_targets),
            )
            for r in session.scalars(select(Recommendation))
        }


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    items=st.lists(_RECOMMENDATION, min_size=1, max_size=8, unique_by=lambda r: r.reference),
    suffix=st.sampled_from(["xlsx", "csv"]),
)
def test_export_then_import_is_identity(items: list[NewRecommendation], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = open_database(str(folder / "source.sqlite3"), create=True)
        target = open_database(str(folder / "target.sqlite3"), create=True)
        try:
            bulk_create_recommendations(source.session_factory, items)
            out = folder / f"export.{suffix}"
            export_recommendations(source.session_factory, out)
            summary = import_file(target, out, fmt=ImportFormat.MAPPED, mapping=export_profile())
            assert summary.rejected == []
            assert content(target) == content(source)
        finally:
            source.dispose()
            target.dispose()
