"""Editable taxonomies: mechanisms, themes, affected persons, SDGs, UPR Info
issues and countries. Seeded from resources/reference, never hard-wired."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.vocab import MechanismKind
from desktop.store.base import Base, RecordMixin
from desktop.store.columns import code_enum


class Mechanism(RecordMixin, Base):
    """A human rights mechanism: the UPR, a treaty body, special procedures,
    a regional body, or one a user adds."""

    __tablename__ = "mechanism"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[MechanismKind] = mapped_column(code_enum(MechanismKind))
    name: Mapped[str] = mapped_column(String(300))
    name_zh: Mapped[str | None] = mapped_column(String(300))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Theme(RecordMixin, Base):
    """A human rights theme (UHRI), optionally with its UHRI code (``A12``)."""

    __tablename__ = "theme"

    code: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(300), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class AffectedPersons(RecordMixin, Base):
    """A group of persons affected (UHRI "Affected persons")."""

    __tablename__ = "affected_persons"

    name: Mapped[str] = mapped_column(String(300), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class SdgGoal(RecordMixin, Base):
    __tablename__ = "sdg_goal"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(300))
    title_zh: Mapped[str | None] = mapped_column(String(300))

    targets: Mapped[list[SdgTarget]] = relationship(
        back_populates="goal", order_by="SdgTarget.sort_order"
    )


class SdgTarget(RecordMixin, Base):
    """An SDG target by its official code (``1.4``, ``16.a``)."""

    __tablename__ = "sdg_target"

    goal_id: Mapped[int] = mapped_column(ForeignKey("sdg_goal.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    title: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[SdgGoal] = relationship(back_populates="targets")


class UprInfoIssue(RecordMixin, Base):
    """An issue of the UPR Info database classification."""

    __tablename__ = "upr_info_issue"

    name: Mapped[str] = mapped_column(String(300), unique=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Country(RecordMixin, Base):
    """A State (recommending State, State under review) or other entity."""

    __tablename__ = "country"
    __table_args__ = (UniqueConstraint("name"),)

    name: Mapped[str] = mapped_column(String(200))
    iso2: Mapped[str | None] = mapped_column(String(2), unique=True)
    observer: Mapped[bool] = mapped_column(Boolean, default=False)


class CountryAlias(RecordMixin, Base):
    """Another spelling of a country's name met in imported files."""

    __tablename__ = "country_alias"

    country_id: Mapped[int] = mapped_column(
        ForeignKey("country.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(200), unique=True)

    country: Mapped[Country] = relationship()
