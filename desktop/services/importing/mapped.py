"""Any spreadsheet (XLSX or CSV) through a column mapping: which column holds
which field, and fixed values for fields the sheet lacks (say, every row is
CEDAW). Mappings are saved by name in the database for reuse; the built-in
"NMRF Desk export" profile reads the program's own exports back."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ImportFileError, NotFoundError, ValidationError
from desktop.domain.vocab import ImplementationStatus, Priority
from desktop.services.importing.fields import (
    EXPORT_HEADERS,
    MULTI_VALUE_FIELDS,
    REQUIRED_FIELDS,
    Field,
)
from desktop.services.importing.records import ImportedRecommendation, RowProblem, Rows, ThemeName
from desktop.services.importing.tables import TableRow, open_table
from desktop.services.importing.values import (
    dash_list,
    parse_date,
    parse_position,
    sdg_codes,
    session_and_cycle,
)
from desktop.services.name_lookups import name_key
from desktop.store.models import Setting

EXPORT_PROFILE = "NMRF Desk export"
_KEY_PREFIX = "import_mapping:"


@dataclass(frozen=True)
class MappingProfile:
    name: str
    columns: dict[Field, str]
    """Field → the header of the column that holds it."""
    fixed: dict[Field, str] = field(default_factory=dict)
    """Field → a value for every row (used when the field has no column)."""
    sheet: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "columns": {f.value: h for f, h in self.columns.items()},
                "fixed": {f.value: v for f, v in self.fixed.items()},
                "sheet": self.sheet,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, name: str, text: str) -> MappingProfile:
        data = json.loads(text)
        return cls(
            name,
            {Field(k): v for k, v in data.get("columns", {}).items()},
            {Field(k): v for k, v in data.get("fixed", {}).items()},
            data.get("sheet"),
        )


def export_profile() -> MappingProfile:
    return MappingProfile(EXPORT_PROFILE, dict(EXPORT_HEADERS))


def check_profile(profile: MappingProfile) -> None:
    if not profile.name.strip():
        raise ValidationError("give the mapping a name", where="name", code="mapping.no_name")
    for required in REQUIRED_FIELDS:
        if required not in profile.columns:
            raise ValidationError(
                "choose the column that holds the text", where="text", code="mapping.no_text"
            )
    if Field.MECHANISM not in profile.columns and not profile.fixed.get(Field.MECHANISM):
        raise ValidationError(
            "choose the column that holds the mechanism, or one mechanism for every row",
            where="mechanism",
            code="mapping.no_mechanism",
        )


def guess_profile(headers: list[str], name: str = "") -> MappingProfile:
    """A first mapping for a sheet: columns whose header is a field's export
    header or name (ignoring case) are mapped."""
    by_key = {name_key(h): h for h in headers if h}
    columns: dict[Field, str] = {}
    for fld, header in EXPORT_HEADERS.items():
        for candidate in (header, fld.value.replace("_", " "), fld.value):
            if name_key(candidate) in by_key:
                columns[fld] = by_key[name_key(candidate)]
                break
    return MappingProfile(name, columns)


# --- saved profiles ---------------------------------------------------------------


def list_profiles(session_factory: sessionmaker[Session]) -> list[MappingProfile]:
    with session_factory() as session:
        rows = session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(_KEY_PREFIX))
        ).all()
    saved = [MappingProfile.from_json(k[len(_KEY_PREFIX) :], v) for k, v in rows]
    return [export_profile(), *sorted(saved, key=lambda p: p.name.casefold())]


def load_profile(session_factory: sessionmaker[Session], name: str) -> MappingProfile:
    for profile in list_profiles(session_factory):
        if profile.name == name:
            return profile
    raise NotFoundError(f"no column mapping is named {name!r}", where="mapping")


def save_profile(session_factory: sessionmaker[Session], profile: MappingProfile) -> None:
    check_profile(profile)
    if profile.name == EXPORT_PROFILE:
        raise ValidationError(
            "this name belongs to the built-in mapping", where="name", code="mapping.built_in"
        )
    key = _KEY_PREFIX + profile.name.strip()
    if len(key) > 100:
        raise ValidationError(
            "the mapping name is too long", where="name", code="mapping.name_too_long"
        )
    with session_factory.begin() as session:
        row = session.scalars(select(Setting).where(Setting.key == key)).first()
        if row is None:
            session.add(Setting(key=key, value=profile.to_json()))
        else:
            row.value = profile.to_json()


def delete_profile(session_factory: sessionmaker[Session], name: str) -> None:
    with session_factory.begin() as session:
        row = session.scalars(select(Setting).where(Setting.key == _KEY_PREFIX + name)).first()
        if row is not None:
            session.delete(row)


# --- reading ----------------------------------------------------------------------


def read_mapped(path: Path, profile: MappingProfile) -> Rows:
    try:
        check_profile(profile)
    except ValidationError as exc:
        raise ImportFileError(
            exc.message, file=path.name, code=exc.code, params=exc.params
        ) from None
    table = open_table(path, sheet=profile.sheet)
    missing = [h for h in profile.columns.values() if h not in table.headers]
    if missing:
        raise ImportFileError(
            "the mapping names columns this file does not have: "
            + ", ".join(f'"{h}"' for h in missing),
            file=path.name,
            row=1,
            code="import.mapping_columns_missing",
            params={"names": ", ".join(f'"{h}"' for h in missing)},
        )
    return Rows(_records(table.rows, profile), table.estimate)


def _records(
    rows: Iterator[TableRow], profile: MappingProfile
) -> Iterator[ImportedRecommendation | RowProblem]:
    for row in rows:
        values: dict[Field, str] = dict(profile.fixed)
        for fld, header in profile.columns.items():
            value = _unneutralise(row.cells.get(header, ""))
            if value or fld not in values:
                values[fld] = value
        try:
            yield _record(row.number, values, row.raw(profile.columns.get(Field.SOURCE_DATE)))
        except _RowError as exc:
            column = profile.columns.get(exc.field, exc.field.value)
            yield RowProblem(row.number, exc.reason, column, exc.code, exc.params)


class _RowError(Exception):
    """A value of a row that cannot be read: the English reason, and its code
    and params for a screen."""

    def __init__(
        self, fld: Field, reason: str, *, code: str, params: dict[str, object] | None = None
    ) -> None:
        super().__init__(reason)
        self.field = fld
        self.reason = reason
        self.code = code
        self.params = params or {}


def _record(number: int, values: dict[Field, str], raw_date: object) -> ImportedRecommendation:
    text = values.get(Field.TEXT, "")
    if not text:
        raise _RowError(Field.TEXT, "the recommendation text is empty", code="import.text_empty")
    mechanism = values.get(Field.MECHANISM, "")
    if not mechanism:
        raise _RowError(Field.MECHANISM, "the mechanism is empty", code="import.mechanism_empty")
    response_text = values.get(Field.RESPONSE, "")
    response = parse_position(response_text)
    if response is None:
        raise _RowError(
            Field.RESPONSE,
            f'the response "{response_text}" is not known',
            code="import.response_unknown",
            params={"value": response_text},
        )
    session, cycle = session_and_cycle(values.get(Field.SESSION, ""))
    if mechanism.upper() != "UPR":
        cycle = None  # a session number tells the UPR cycle only
    cycle_text = values.get(Field.CYCLE, "")
    if cycle_text:
        if not re.fullmatch(r"[1-9]", cycle_text):
            raise _RowError(
                Field.CYCLE,
                f'the cycle "{cycle_text}" is not a number 1–9',
                code="import.cycle_not_number",
                params={"value": cycle_text},
            )
        cycle = int(cycle_text)
    category = values.get(Field.ACTION_CATEGORY, "")
    if category and category not in {"1", "2", "3", "4", "5"}:
        raise _RowError(
            Field.ACTION_CATEGORY,
            f'the action category "{category}" is not 1–5',
            code="import.action_category",
            params={"value": category},
        )
    targets, goals = sdg_codes(_many(values, Field.SDG_TARGETS) + _many(values, Field.SDG_GOALS))
    return ImportedRecommendation(
        row=number,
        mechanism_code=mechanism,
        text=text,
        paragraph=values.get(Field.PARAGRAPH) or None,
        reference=values.get(Field.REFERENCE) or None,
        source_symbol=values.get(Field.SOURCE_SYMBOL) or None,
        source_date=parse_date(raw_date or values.get(Field.SOURCE_DATE)),
        cycle=cycle,
        session=session,
        country=values.get(Field.COUNTRY) or None,
        response=response,
        response_symbol=values.get(Field.RESPONSE_SYMBOL) or None,
        action_category=int(category) if category else None,
        annotation_id=values.get(Field.ANNOTATION_ID, "").lower() or None,
        text_language=values.get(Field.TEXT_LANGUAGE) or None,
        recommending_states=tuple(_many(values, Field.RECOMMENDING_STATES)),
        themes=tuple(ThemeName(t) for t in _many(values, Field.THEMES)),
        affected_persons=tuple(_many(values, Field.AFFECTED_PERSONS)),
        sdg_targets=targets,
        sdg_goals=goals,
        upr_info_issues=tuple(_many(values, Field.UPR_INFO_ISSUES)),
        status=_enum(values, Field.STATUS, ImplementationStatus),
        priority=_enum(values, Field.PRIORITY, Priority),
        priority_rationale=values.get(Field.PRIORITY_RATIONALE) or None,
        needs_parliament=_yes_no(values),
        cluster=values.get(Field.CLUSTER) or None,
        notes=values.get(Field.NOTES) or None,
    )


def _many(values: dict[Field, str], fld: Field) -> list[str]:
    assert fld in MULTI_VALUE_FIELDS
    text = values.get(fld, "")
    if "\n" not in text and ";" in text:
        return [v.strip() for v in text.split(";") if v.strip()]
    return dash_list(text)


_E = TypeVar("_E", ImplementationStatus, Priority)


def _enum(values: dict[Field, str], fld: Field, enum: type[_E]) -> _E | None:
    text = values.get(fld, "")
    if not text:
        return None
    key = text.strip().lower().replace(" ", "_")
    try:
        return enum(key)
    except ValueError:
        choices = ", ".join(e.value for e in enum)
        raise _RowError(
            fld,
            f'"{text}" is not one of: {choices}',
            code="import.not_one_of",
            params={"value": text, "choices": choices},
        ) from None


def _yes_no(values: dict[Field, str]) -> bool | None:
    text = values.get(Field.NEEDS_PARLIAMENT, "").strip().lower()
    if not text:
        return None
    if text in {"yes", "y", "true", "1", "x", "oui", "sí", "si", "是", "نعم"}:
        return True
    if text in {"no", "n", "false", "0", "non", "否", "لا"}:
        return False
    raise _RowError(
        Field.NEEDS_PARLIAMENT,
        f'"{text}" is neither yes nor no',
        code="import.not_yes_no",
        params={"value": text},
    )


_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r\x00|'])")


def _unneutralise(value: str) -> str:
    """The export puts an apostrophe before a cell that a spreadsheet would take
    for a formula (and before one that starts with an apostrophe followed by
    such a character, or by another apostrophe); reading it back takes it off."""
    return _NEUTRALISED.sub("", value)
