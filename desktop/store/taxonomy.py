"""Editable taxonomies: mechanisms, themes, affected persons, SDGs, UPR Info
issues and countries. Seeded from resources/reference, never hard-wired."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import InstanceState, Mapped, mapped_column, relationship

from desktop.domain.name_keys import KEY_LENGTH
from desktop.domain.vocab import MechanismKind
from desktop.store.base import Base, RecordMixin
from desktop.store.columns import code_enum
from desktop.store.vocabulary import affected_persons_key, theme_key


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
    name_key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True, index=True)
    """The name's matching key (desktop.store.vocabulary.theme_key): one theme
    per key, so "Budget & resources…" is "Budget and resources (…)". Set on
    every ORM write of the name."""
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class AffectedPersons(RecordMixin, Base):
    """A group of persons affected (UHRI "Affected persons")."""

    __tablename__ = "affected_persons"

    name: Mapped[str] = mapped_column(String(300), unique=True)
    name_key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True, index=True)
    """The name's matching key (desktop.store.vocabulary.affected_persons_key)."""
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


def _keep_key(model: type[Theme] | type[AffectedPersons], key: Callable[[str], str]) -> None:
    def on_insert(_mapper: object, _connection: object, target: Theme | AffectedPersons) -> None:
        target.name_key = key(target.name)

    def on_update(_mapper: object, _connection: object, target: Theme | AffectedPersons) -> None:
        state: InstanceState[Any] = inspect(target)
        if state.attrs["name"].history.has_changes():
            target.name_key = key(target.name)

    event.listen(model, "before_insert", on_insert)
    event.listen(model, "before_update", on_update)


_keep_key(Theme, theme_key)
_keep_key(AffectedPersons, affected_persons_key)


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
