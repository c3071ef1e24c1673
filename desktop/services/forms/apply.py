"""Applying the accepted items of a review in one transaction, after a
verified backup: each becomes a progress update (a status change on the
recommendation or action) or a measurement, attributed to the agency and its
focal point, with the form's UUID and the returned file's SHA-256 as its
source. A record changed since the review refuses the whole apply (review
the file again); nothing is then written."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.vocab import ActionStatus, ImplementationStatus
from desktop.services.audit_log import DIGEST_MARK, audit_source, record_event
from desktop.services.backups import BEFORE_IMPORT_REASON, backup_before
from desktop.services.database import Database
from desktop.services.forms.items import FormReview, ReviewItem
from desktop.services.forms.labels import FormLabels
from desktop.store.base import utcnow
from desktop.store.engine import WAIT_OPTION
from desktop.store.models import (
    Action,
    Indicator,
    Measurement,
    ProgressUpdate,
    Recommendation,
    UpdateForm,
)

APPLY_WAIT_S = 300
_Subject = TypeVar("_Subject", Recommendation, Action, Indicator)
CHANGED_SINCE_REVIEW = (
    "changed in the database since the form was reviewed; nothing was applied. Review the "
    "file again"
)


@dataclass(frozen=True)
class AppliedForm:
    progress_updates: int
    measurements: int
    backup: Path | None


def apply_review(
    database: Database, review: FormReview, accepted_ids: Iterable[str], today: date
) -> AppliedForm:
    """Apply the items of ``review`` whose ids are in ``accepted_ids``."""
    by_id = {item.id: item for item in review.items}
    accepted = list(dict.fromkeys(accepted_ids))
    unknown = [i for i in accepted if i not in by_id]
    if unknown:
        listed = ", ".join(unknown[:5])
        raise ValidationError(
            f"no such item in the review: {listed}",
            where=review.file,
            code="form.items_not_in_review",
            params={"count": len(unknown), "items": listed},
        )
    items = [by_id[i] for i in accepted]
    session = database.session_factory()
    session.info[WAIT_OPTION] = APPLY_WAIT_S
    source = f"form {Path(review.file).name}{DIGEST_MARK}{review.sha256}"
    try:
        with audit_source(source), session.begin():
            form = session.get(UpdateForm, review.form_id)
            if form is None or form.version != review.form_version:
                raise ConflictError(
                    f"the form was {CHANGED_SINCE_REVIEW}",
                    where=review.file,
                    code="form.changed_since_review",
                )
            applied = json.loads(form.applied_json or "{}")
            writer = _Writer(session, review, form.agency_id, today)
            for item in items:
                applied[str(item.record)] = writer.apply(item)
            form.status = "returned"
            form.returned_at = utcnow()
            form.returned_sha256 = review.sha256
            form.applied_json = json.dumps(applied, ensure_ascii=False, sort_keys=True)
            record_event(
                session,
                "import",
                "update_form",
                record_uuid=form.uuid,
                label=Path(review.file).name,
                changes={"items": len(items), "agency_id": form.agency_id},
            )
            session.flush()
            backup = None
            if items and database.path is not None:
                # Before the commit: the backup holds the database as it was.
                backup = backup_before(database, BEFORE_IMPORT_REASON)
    except StaleDataError as exc:
        raise ConflictError(
            f"a record was {CHANGED_SINCE_REVIEW}",
            where=review.file,
            code="form.changed_since_review",
        ) from exc
    finally:
        session.close()
    return AppliedForm(writer.updates, writer.measurements, backup)


class _Writer:
    def __init__(self, session: Session, review: FormReview, agency_id: int, today: date) -> None:
        self.session = session
        self.review = review
        self.agency_id = agency_id
        self.today = today
        self.labels = FormLabels(review.language)
        self.updates = 0
        self.measurements = 0

    def apply(self, item: ReviewItem) -> dict[str, object]:
        """Write one item; returns what is kept of it for the next return."""
        state: dict[str, object] = dict(item.filled.as_applied())
        if item.subject == "indicator":
            indicator = self._subject(Indicator, item)
            filled = item.filled
            assert filled.value is not None and filled.measured_on is not None
            self.session.add(
                Measurement(
                    indicator_id=indicator.id,
                    measured_on=filled.measured_on,
                    value=filled.value,
                    source=filled.source or None,
                    note=f"{self.review.agency}: {self.review.reporter}".strip(": "),
                    source_form=self.review.form,
                    source_sha256=self.review.sha256,
                )
            )
            self.measurements += 1
            state["version"] = indicator.version
            return state
        subject: Recommendation | Action = (
            self._subject(Recommendation, item)
            if item.subject == "recommendation"
            else self._subject(Action, item)
        )
        changed = {c.field for c in item.changes}
        new_status = item.filled.status if "status" in changed else None
        update = ProgressUpdate(
            reported_on=self.today,
            new_status=new_status,
            narrative=self._narrative(item, changed),
            agency_id=self.agency_id,
            reporter=self.review.reporter[:200] or None,
            source_form=self.review.form,
            source_sha256=self.review.sha256,
        )
        if isinstance(subject, Action):
            update.action_id = subject.id
            if new_status is not None:
                subject.status = ActionStatus(new_status)
        else:
            update.recommendation_id = subject.id
            if new_status is not None:
                subject.status = ImplementationStatus(new_status)
        self.session.add(update)
        subject.updated_at = utcnow()  # moves the version on, status or not
        self.session.flush()
        self.updates += 1
        state["version"] = subject.version
        return state

    def _subject(self, model: type[_Subject], item: ReviewItem) -> _Subject:
        subject = self.session.get(model, item.record_id)
        if subject is None or subject.version != item.db_version:
            raise ConflictError(
                f"{item.subject} {item.reference} (row {item.row}) was {CHANGED_SINCE_REVIEW}",
                where=self.review.file,
                code="form.row_changed_since_review",
                params={"reference": item.reference, "row": item.row},
            )
        return subject

    def _narrative(self, item: ReviewItem, changed: set[str]) -> str:
        filled = item.filled
        parts = [filled.progress] if "progress" in changed else []
        if "evidence" in changed:
            parts.append(f"{self.labels('evidence')}: {filled.evidence}")
        if "next_steps" in changed:
            parts.append(f"{self.labels('next_steps')}: {filled.next_steps}")
        return "\n\n".join(parts)
