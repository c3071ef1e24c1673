"""Reviewing a returned form before anything is written: the form is
recognised by its signed manifest (the key is the database's), its agency
checked, and each row compared with what the form showed and with what was
already applied from it. A row the agency changed is a change; when its
record changed in the database after the form was made (or last applied) it
is a conflict; a row with a changed read-only cell, an unknown or foreign
record, an invalid status or value, or an over-long text is rejected, with
its row and column. Reading only: a review writes nothing."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import ImportFileError
from desktop.domain.vocab import ActionStatus, ImplementationStatus
from desktop.services.forms import cells
from desktop.services.forms.content import (
    INDICATOR_FILLED,
    INDICATOR_READ_ONLY,
    UPDATE_FILLED,
    UPDATE_READ_ONLY,
    assigned_recommendations,
    latest_narratives,
    primary_focal_point,
)
from desktop.services.forms.items import FieldChange, Filled, FormReview, ItemKind, ReviewItem
from desktop.services.forms.items import RejectedRow as Rejected
from desktop.services.forms.layout import INDICATORS, UPDATES
from desktop.services.forms.manifest import RowEntry, canonical, digest
from desktop.services.forms.reading import ReturnedForm, read_returned_form
from desktop.services.forms.signing import existing_key, verify
from desktop.store.models import (
    Action,
    Agency,
    Assignment,
    Indicator,
    ProgressUpdate,
    Recommendation,
    UpdateForm,
)

_TEXTS = ("progress", "evidence", "next_steps")
_IN_CHUNK = 1000


@dataclass(frozen=True)
class _Current:
    record_id: int
    version: int
    status: str
    assigned: bool


def review_form(session_factory: sessionmaker[Session], path: Path, today: date) -> FormReview:
    """The review of the returned form at ``path``. Raises ImportFileError
    (naming the file) for a file that is not one of this database's forms."""
    returned = read_returned_form(path)
    manifest = returned.manifest
    with session_factory() as session:
        key = existing_key(session)
        if key is None or not verify(manifest, key):
            raise ImportFileError(
                "the form's signature does not match: it was made from another database, "
                "or its hidden manifest was changed; nothing was read from it",
                file=returned.file,
                code="form.signature_mismatch",
            )
        form = session.scalar(select(UpdateForm).where(UpdateForm.uuid == manifest.form))
        if form is None:
            raise ImportFileError(
                "this form's record is no longer in the database (deleted?)",
                file=returned.file,
                code="form.record_gone",
            )
        agency = session.get(Agency, form.agency_id)
        if agency is None or agency.uuid != manifest.agency:
            raise ImportFileError(
                "the form names another agency than the one it was sent to",
                file=returned.file,
                code="form.other_agency",
            )
        focal = primary_focal_point(session, agency.id)
        review = FormReview(
            path=path,
            file=returned.file,
            sha256=returned.sha256,
            form_id=form.id,
            form=form.uuid,
            form_version=form.version,
            agency_id=agency.id,
            agency=agency.name,
            reporter=focal.name if focal else "",
            language=returned.labels.language,
            sheet_titles={
                UPDATES: returned.labels("sheet.updates"),
                INDICATORS: returned.labels("sheet.indicators"),
            },
        )
        current = _current(session, manifest.entries, agency.id)
        latest = _latest(session, manifest.entries, current)
        _Reviewer(review, returned, json.loads(form.applied_json or "{}"), today).run(
            current, latest
        )
    return review


def _chunks(values: list[Any]) -> Any:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


def _current(
    session: Session, entries: tuple[RowEntry, ...], agency_id: int
) -> dict[uuid.UUID, _Current]:
    by_kind: dict[str, list[uuid.UUID]] = {}
    for entry in entries:
        by_kind.setdefault(entry.kind, []).append(entry.record)
    found: dict[uuid.UUID, _Current] = {}
    assigned = assigned_recommendations(session, agency_id)
    for chunk in _chunks(by_kind.get("recommendation", [])):
        for rec_id, rec_uuid, version, status in session.execute(
            select(
                Recommendation.id,
                Recommendation.uuid,
                Recommendation.version,
                Recommendation.status,
            ).where(Recommendation.uuid.in_(chunk))
        ):
            found[rec_uuid] = _Current(rec_id, version, str(status), rec_id in assigned)
    actions = set(
        session.scalars(
            select(Assignment.action_id).where(
                Assignment.agency_id == agency_id, Assignment.action_id.is_not(None)
            )
        )
    )
    for chunk in _chunks(by_kind.get("action", [])):
        for action_id, action_uuid, version, action_status in session.execute(
            select(Action.id, Action.uuid, Action.version, Action.status).where(
                Action.uuid.in_(chunk)
            )
        ):
            found[action_uuid] = _Current(
                action_id, version, str(action_status), action_id in actions
            )
    for chunk in _chunks(by_kind.get("indicator", [])):
        for indicator_id, indicator_uuid, version, data_agency in session.execute(
            select(Indicator.id, Indicator.uuid, Indicator.version, Indicator.data_agency_id).where(
                Indicator.uuid.in_(chunk)
            )
        ):
            found[indicator_uuid] = _Current(indicator_id, version, "", data_agency == agency_id)
    return found


def _latest(
    session: Session, entries: tuple[RowEntry, ...], current: dict[uuid.UUID, _Current]
) -> dict[tuple[str, int], str]:
    latest: dict[tuple[str, int], str] = {}
    for kind, column in (
        ("recommendation", ProgressUpdate.recommendation_id),
        ("action", ProgressUpdate.action_id),
    ):
        ids = [
            current[e.record].record_id for e in entries if e.kind == kind and e.record in current
        ]
        for subject, narrative in latest_narratives(session, column, ids).items():
            latest[(kind, subject)] = narrative
    return latest


class Reason(NamedTuple):
    """Why a row is rejected: in English, and as a code with its params."""

    text: str
    code: str
    params: Mapping[str, object] | None = None


def _gone(kind: str) -> Reason:
    """The record of a row is no longer in the register."""
    text = f"the {kind} is no longer in the register"
    if kind == "recommendation":
        return Reason(text, code="form.recommendation_gone")
    if kind == "action":
        return Reason(text, code="form.action_gone")
    return Reason(text, code="form.indicator_gone")


def _not_assigned(kind: str, agency: str) -> Reason:
    """The record of a row is no longer the agency's work."""
    text = f"the {kind} is not assigned to {agency}"
    if kind == "recommendation":
        return Reason(text, code="form.recommendation_not_assigned", params={"agency": agency})
    if kind == "action":
        return Reason(text, code="form.action_not_assigned", params={"agency": agency})
    return Reason(text, code="form.indicator_not_assigned", params={"agency": agency})


class _Reviewer:
    def __init__(
        self, review: FormReview, returned: ReturnedForm, applied: dict[str, Any], today: date
    ) -> None:
        self.review = review
        self.returned = returned
        self.applied = applied
        self.today = today
        self.t = returned.labels
        self.names = {
            True: self.t.status_names(ImplementationStatus),
            False: self.t.status_names(ActionStatus),
        }

    def run(self, current: dict[uuid.UUID, _Current], latest: dict[tuple[str, int], str]) -> None:
        known: dict[str, set[int]] = {UPDATES: set(), INDICATORS: set()}
        for entry in self.returned.manifest.entries:
            known.setdefault(entry.sheet, set()).add(entry.row)
            self._entry(entry, current.get(entry.record), latest)
        for sheet, rows, read_only in (
            (UPDATES, self.returned.updates, len(UPDATE_READ_ONLY)),
            (INDICATORS, self.returned.indicators, len(INDICATOR_READ_ONLY)),
        ):
            for number, row in rows.items():
                if number not in known[sheet] and any(canonical(v) for v in row[read_only:]):
                    self._reject(
                        sheet,
                        number,
                        None,
                        Reason(
                            "a row the form did not have (rows cannot be added)",
                            code="form.row_added",
                        ),
                        canonical(row[0]),
                    )
        first = self.review.sheet_titles[UPDATES]
        self.review.rejected.sort(key=lambda r: (r.sheet != first, r.row))

    def _reject(
        self, sheet: str, row: int, field: str | None, reason: Reason, reference: str
    ) -> None:
        column = self.t(field) if field else None
        self.review.rejected.append(
            Rejected(
                self.review.sheet_titles[sheet],
                row,
                column,
                reason.text,
                reference,
                code=reason.code,
                params=dict(reason.params or {}),
                field=field,
            )
        )

    def _entry(
        self, entry: RowEntry, now: _Current | None, latest: dict[tuple[str, int], str]
    ) -> None:
        updates = entry.sheet == UPDATES
        rows = self.returned.updates if updates else self.returned.indicators
        read_only = UPDATE_READ_ONLY if updates else INDICATOR_READ_ONLY
        width = len(read_only) + len(UPDATE_FILLED if updates else INDICATOR_FILLED)
        row = rows.get(entry.row, (None,) * width)
        reference = canonical(row[0])
        for index, expected in enumerate(entry.digests):
            if digest(row[index]) != expected:
                self._reject(
                    entry.sheet,
                    entry.row,
                    read_only[index],
                    Reason(
                        "a read-only cell was changed; the row is not taken in",
                        code="form.read_only_changed",
                    ),
                    reference,
                )
                return
        try:
            filled = self._filled(entry, row[len(read_only) :])
        except cells.CellProblem as problem:
            reason = Reason(problem.reason, problem.code, problem.params)
            self._reject(entry.sheet, entry.row, problem.field, reason, reference)
            return
        base = self.applied.get(str(entry.record)) or {
            "status": entry.status,
            "version": entry.version,
        }
        changes = self._changes(entry, filled, base, now)
        if not changes:
            self.review.unchanged += 1
            return
        if now is None:
            self._reject(entry.sheet, entry.row, None, _gone(entry.kind), reference)
            return
        if not now.assigned:
            reason = _not_assigned(entry.kind, self.review.agency)
            self._reject(entry.sheet, entry.row, None, reason, reference)
            return
        conflict = now.version != int(base.get("version", entry.version))
        self.review.items.append(
            ReviewItem(
                id=f"{entry.sheet}:{entry.row}",
                kind=ItemKind.CONFLICT if conflict else ItemKind.CHANGE,
                sheet=self.review.sheet_titles[entry.sheet],
                row=entry.row,
                subject=entry.kind,
                record_id=now.record_id,
                record=entry.record,
                reference=reference,
                changes=tuple(changes),
                filled=filled,
                db_version=now.version,
                db_status=now.status,
                db_latest=latest.get((entry.kind, now.record_id), ""),
            )
        )

    def _filled(self, entry: RowEntry, row: tuple[Any, ...]) -> Filled:
        if entry.kind == "indicator":
            value, when = cells.number(row[0]), cells.day(row[1], self.today)
            source = cells.text(row[2], "source")
            if value is None and (when is not None or source):
                raise cells.CellProblem(
                    "value",
                    "give the value (a date or source alone is not taken in)",
                    code="form.value_missing",
                )
            if value is not None and when is None:
                raise cells.CellProblem(
                    "date", "give the date of the value", code="form.date_missing"
                )
            return Filled(value=value, measured_on=when, source=source)
        names = self.names[entry.kind == "recommendation"]
        return Filled(
            status=cells.status(row[0], names),
            progress=cells.text(row[1], "progress"),
            evidence=cells.text(row[2], "evidence"),
            next_steps=cells.text(row[3], "next_steps"),
        )

    def _changes(
        self, entry: RowEntry, filled: Filled, base: dict[str, Any], now: _Current | None
    ) -> list[FieldChange]:
        t = self.t
        new = filled.as_applied()
        if entry.kind == "indicator":
            fields = ("value", "date", "source")
            if filled.value is None or all(new[f] == base.get(f, "") for f in fields):
                return []
            return [FieldChange(f, t(f), base.get(f, ""), new[f]) for f in fields if new[f]]
        changes = []
        if filled.status is not None and filled.status != base.get("status"):
            old = now.status if now is not None else base.get("status", "")
            changes.append(FieldChange("status", t("status"), t.term(old), t.term(filled.status)))
        for name in _TEXTS:
            if new[name] and new[name] != base.get(name, ""):
                changes.append(FieldChange(name, t(name), base.get(name, ""), new[name]))
        return changes
