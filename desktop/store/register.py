"""The register: source documents, recommendations and thematic clusters."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.natural_order import KEY_LENGTH, natural_key
from desktop.domain.text_search import search_document
from desktop.domain.vocab import ImplementationStatus, Position, Priority
from desktop.store.base import Base, RecordMixin
from desktop.store.columns import byte_ordered_string, code_enum, link_table
from desktop.store.status_weights import STATE_INDEX, WEIGHTS_INDEX, weight_sqls
from desktop.store.taxonomy import (
    AffectedPersons,
    Country,
    Mechanism,
    SdgGoal,
    SdgTarget,
    Theme,
    UprInfoIssue,
)


def _recommendation_link(name: str, other: str) -> Table:
    return link_table(name, ("recommendation_id", "recommendation"), (f"{other}_id", other))


recommendation_theme = _recommendation_link("recommendation_theme", "theme")
# Links theme by theme, each with its recommendation (the dashboard counts them
# in this order, no sort).
Index(
    "ix_recommendation_theme_by_theme",
    recommendation_theme.c.theme_id,
    recommendation_theme.c.recommendation_id,
)
recommendation_affected_persons = _recommendation_link(
    "recommendation_affected_persons", "affected_persons"
)
recommendation_sdg_target = _recommendation_link("recommendation_sdg_target", "sdg_target")
# A goal named without a target (OHCHR thematic lists of the 3rd and 4th cycles).
recommendation_sdg_goal = _recommendation_link("recommendation_sdg_goal", "sdg_goal")
# An SDG goal's recommendations read from the indexes alone (the dashboard).
Index(
    "ix_recommendation_sdg_target_by_target",
    recommendation_sdg_target.c.sdg_target_id,
    recommendation_sdg_target.c.recommendation_id,
)
Index(
    "ix_recommendation_sdg_goal_by_goal",
    recommendation_sdg_goal.c.sdg_goal_id,
    recommendation_sdg_goal.c.recommendation_id,
)
recommendation_upr_info_issue = _recommendation_link(
    "recommendation_upr_info_issue", "upr_info_issue"
)
recommendation_recommending_state = _recommendation_link(
    "recommendation_recommending_state", "country"
)


class SourceDocument(RecordMixin, Base):
    """A document that issues recommendations: a UPR Working Group report,
    concluding observations, a visit report, a regional decision."""

    __tablename__ = "source_document"
    __table_args__ = (UniqueConstraint("mechanism_id", "symbol"),)

    mechanism_id: Mapped[int] = mapped_column(ForeignKey("mechanism.id"), index=True)
    symbol: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(Text)
    cycle: Mapped[int | None] = mapped_column(SmallInteger)
    session: Mapped[str | None] = mapped_column(String(50))
    document_date: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(8))
    country_id: Mapped[int | None] = mapped_column(ForeignKey("country.id"))
    """The State under review / concerned."""
    response_symbol: Mapped[str | None] = mapped_column(String(100))
    """Where the State's positions stand, e.g. the UPR addendum ``…/Add.1``."""

    mechanism: Mapped[Mechanism] = relationship()
    country: Mapped[Country | None] = relationship()


class Cluster(RecordMixin, Base):
    """A thematic cluster of recommendations (seed paragraph 28)."""

    __tablename__ = "cluster"

    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[Priority | None] = mapped_column(code_enum(Priority))
    priority_rationale: Mapped[str | None] = mapped_column(Text)


class Recommendation(RecordMixin, Base):
    __tablename__ = "recommendation"
    __table_args__ = (
        # The reference is unique within its source document.
        UniqueConstraint("source_id", "reference"),
        # Covers the headline counts (one index scan, no table reads) and mechanism filters.
        Index("ix_recommendation_counts", "archived", "mechanism_id", "response", "status"),
        # The register's order (REGISTER_ORDER: by document, then paragraph, then
        # id, so that no sort is left to do), with the columns filters test, so
        # that a filtered register reads no table rows.
        Index(
            "ix_recommendation_register_order",
            "archived",
            "source_id",
            "reference_key",
            "id",
            "mechanism_id",
            "response",
            "status",
            "priority",
            "cluster_id",
            "action_category",
            "needs_parliament",
        ),
        # A recommendation's state by id without its row, its status as the
        # weights the dashboard's breakdowns add up for each link (store.status_weights);
        # PostgreSQL reads no such value from an index: it keeps the plain one.
        Index(
            WEIGHTS_INDEX, "id", "archived", *(sql_text(weight) for weight in weight_sqls())
        ).ddl_if(dialect="sqlite"),
        Index(STATE_INDEX, "id", "archived", "status").ddl_if(dialect="postgresql"),
    )

    mechanism_id: Mapped[int] = mapped_column(ForeignKey("mechanism.id"), index=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("source_document.id", ondelete="RESTRICT"), index=True
    )
    reference: Mapped[str] = mapped_column(String(100))
    """How the office cites it, e.g. ``121.2`` or ``CEDAW/C/XX/CO/7 para. 49``."""
    paragraph: Mapped[str | None] = mapped_column(String(32))
    annotation_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    """OHCHR (UHRI) annotation id: the stable key of imported observations."""
    official_digest: Mapped[str | None] = mapped_column(String(40))
    """A digest of the official fields as last imported: a re-import finds an
    unchanged row by it without reading the row's links."""
    text: Mapped[str] = mapped_column(Text)
    text_language: Mapped[str | None] = mapped_column(String(8))
    response: Mapped[Position] = mapped_column(code_enum(Position), default=Position.PENDING)
    action_category: Mapped[int | None] = mapped_column(SmallInteger)
    priority: Mapped[Priority | None] = mapped_column(code_enum(Priority))
    priority_rationale: Mapped[str | None] = mapped_column(Text)
    needs_parliament: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[ImplementationStatus] = mapped_column(
        code_enum(ImplementationStatus), default=ImplementationStatus.NOT_ASSESSED, index=True
    )
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_key: Mapped[int] = mapped_column(Integer, default=0)
    """Its position in the file or batch that created it; nothing sorts by it
    (before schema 0008 the register did: file order, not paragraph order)."""
    reference_key: Mapped[str] = mapped_column(
        byte_ordered_string(KEY_LENGTH), default="", server_default=""
    )
    """The reference's natural-order key (desktop.domain.natural_order): the
    order of recommendations within their document, 140.2 before 140.10. Kept up
    to date on every ORM write; writers that bypass the ORM set it too."""
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="", deferred=True)
    """Reference, text and notes folded for search (desktop.domain.text_search),
    kept up to date on every ORM write; writers that bypass the ORM set it too.
    The search index of each engine is built on it (desktop.store.search)."""

    mechanism: Mapped[Mechanism] = relationship()
    source: Mapped[SourceDocument | None] = relationship()
    cluster: Mapped[Cluster | None] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=recommendation_theme)
    affected_persons: Mapped[list[AffectedPersons]] = relationship(
        secondary=recommendation_affected_persons
    )
    sdg_targets: Mapped[list[SdgTarget]] = relationship(secondary=recommendation_sdg_target)
    sdg_goals: Mapped[list[SdgGoal]] = relationship(secondary=recommendation_sdg_goal)
    upr_info_issues: Mapped[list[UprInfoIssue]] = relationship(
        secondary=recommendation_upr_info_issue
    )
    recommending_states: Mapped[list[Country]] = relationship(
        secondary=recommendation_recommending_state
    )


REGISTER_ORDER = (Recommendation.source_id, Recommendation.reference_key, Recommendation.id)
"""The register's order: by document, then paragraph (natural order), then
creation; every list of recommendations follows it."""


class SavedView(RecordMixin, Base):
    """A named filter and sort of the register that a user reopens."""

    __tablename__ = "saved_view"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    filter_json: Mapped[str] = mapped_column(Text, default="{}")
    sort_column: Mapped[str] = mapped_column(String(50), default="reference")
    sort_descending: Mapped[bool] = mapped_column(Boolean, default=False)


@event.listens_for(Recommendation, "before_insert")
def _derived_on_insert(_mapper: object, _connection: object, target: Recommendation) -> None:
    target.search_text = search_document(target.reference, target.text, target.notes)
    target.reference_key = natural_key(target.reference or "")


@event.listens_for(Recommendation, "before_update")
def _derived_on_update(_mapper: object, _connection: object, target: Recommendation) -> None:
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in ("reference", "text", "notes")):
        target.search_text = search_document(target.reference, target.text, target.notes)
    if state.attrs["reference"].history.has_changes():
        target.reference_key = natural_key(target.reference or "")
