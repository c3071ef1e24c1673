"""Who may do what: the four roles and the one decision every write passes.

``may(user, operation, target)`` answers with a :class:`Decision` (allowed, and
why not in plain words) that screens use to disable what a role may not do;
the session guard (audit_guard.py) asks the same function before anything is
written, so a screen that forgot to ask is refused all the same.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.domain.errors import NmrfError


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    EDITOR = "editor"
    AGENCY = "agency"
    READER = "reader"


class Operation(StrEnum):
    """What a user sets out to do (also the ``action`` of an audit row)."""

    CREATE = "create"
    EDIT = "edit"
    ARCHIVE = "archive"
    RESTORE = "restore"
    DELETE = "delete"
    BULK = "bulk"
    IMPORT = "import"
    EXPORT = "export"
    REPORT = "report"
    RESTORE_BACKUP = "restore-backup"
    SETTINGS = "settings"
    USERS = "users"


class PermissionDeniedError(NmrfError):
    """The user's role does not allow what was asked; nothing was changed."""


@dataclass(frozen=True)
class User:
    """The person at the keyboard, as the database knows them."""

    login: str
    role: Role
    agency_id: int | None = None
    registered: bool = True
    """False when the database has no user of this login (or no users at all)."""
    note: str = ""
    """Why the role is what it is, when it was not read from the users table."""


@dataclass(frozen=True)
class Target:
    """What an operation acts on: the kind of record (its table), the fields
    an edit changes, and (for an agency's rights) the agencies leading or
    supporting it."""

    kind: str = ""
    fields: Collection[str] | None = None
    agency_ids: Collection[int] | None = None


@dataclass(frozen=True)
class Decision:
    """``reason`` in English; ``code`` and ``params`` say the same for a screen
    that words it in the user's language."""

    allowed: bool
    reason: str = ""
    code: str = ""
    params: Mapping[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)
# Kinds that are archived rather than deleted: deleting one for good is the
# administrator's alone.
ARCHIVABLE = frozenset({"recommendation", "agency"})
# What an agency focal point records for the work of their agency.
AGENCY_RECORDS = frozenset({"progress_update", "measurement", "attachment"})
AGENCY_FIELDS = {
    "action": frozenset({"status", "start_date", "due_date"}),
    "recommendation": frozenset({"status"}),
}
BOOKKEEPING = frozenset({"version", "updated_at"})
# Kinds every role may write: a reader's own saved searches.
PERSONAL = frozenset({"saved_view"})
READ_ONLY_OPERATIONS = frozenset({Operation.EXPORT, Operation.REPORT})
ADMIN_ONLY = frozenset({Operation.USERS, Operation.SETTINGS, Operation.RESTORE_BACKUP})
KIND_OPERATION = {"setting": Operation.SETTINGS, "app_user": Operation.USERS}

_ROLE_NAMES = {
    Role.ADMINISTRATOR: "an administrator",
    Role.EDITOR: "an editor",
    Role.AGENCY: "an agency focal point",
    Role.READER: "a reader",
}


def may(user: User, operation: Operation, target: Target | None = None) -> Decision:
    """Whether ``user`` may do ``operation`` on ``target``, and why not."""
    target = target or Target()
    operation = KIND_OPERATION.get(target.kind, operation)
    role = user.role
    if operation in READ_ONLY_OPERATIONS or role is Role.ADMINISTRATOR:
        return ALLOWED
    if target.kind in PERSONAL:
        return ALLOWED
    who = f"{user.login} is {_ROLE_NAMES[role]}"
    params = {"login": user.login, "role": role.value}
    if not user.registered and role is Role.READER:
        return Decision(
            False,
            user.note or f"{user.login} is not a user of this database",
            "permission.not_a_user",
            {"login": user.login},
        )
    if operation in ADMIN_ONLY:
        return Decision(
            False,
            f"{who}: only an administrator may change {operation.value}",
            "permission.administrator_only",
            params,
        )
    if role is Role.EDITOR:
        if operation is Operation.DELETE and target.kind in ARCHIVABLE:
            return Decision(
                False,
                f"{who}: only an administrator may delete for good; archive it instead",
                "permission.archive_instead",
                params,
            )
        return ALLOWED
    if role is Role.READER:
        return Decision(
            False,
            f"{who}: readers may read, search, export and make reports",
            "permission.reader",
            params,
        )
    return _agency_may(user, operation, target, who)


def _agency_may(user: User, operation: Operation, target: Target, who: str) -> Decision:
    scope = (
        f"{who}: focal points record progress, evidence, measurements and the status"
        " and dates of their agency's actions and recommendations"
    )
    params = {"login": user.login, "role": user.role.value}
    if target.kind in AGENCY_RECORDS:
        if operation in (Operation.CREATE, Operation.EDIT, Operation.DELETE):
            return _own_agency(user, target, who)
        return Decision(False, scope, "permission.agency_scope", params)
    if target.kind in AGENCY_FIELDS and operation is Operation.EDIT:
        fields = set(target.fields or ()) - BOOKKEEPING
        extra = fields - AGENCY_FIELDS[target.kind]
        if extra:
            listed = ", ".join(sorted(extra))
            return Decision(
                False,
                f"{scope} (not {listed})",
                "permission.agency_fields",
                {**params, "fields": listed},
            )
        return _own_agency(user, target, who)
    return Decision(False, scope, "permission.agency_scope", params)


def _own_agency(user: User, target: Target, who: str) -> Decision:
    if target.agency_ids is None:
        return ALLOWED  # asked about the kind of thing, not one record
    if user.agency_id is not None and user.agency_id in target.agency_ids:
        return ALLOWED
    return Decision(
        False,
        f"{who}: this is not the work of their agency",
        "permission.other_agency",
        {"login": user.login, "role": user.role.value},
    )


def require(user: User, operation: Operation, target: Target | None = None) -> None:
    """Raise PermissionDeniedError unless ``user`` may do ``operation``."""
    decision = may(user, operation, target)
    if not decision.allowed:
        raise PermissionDeniedError(
            f"not allowed: {decision.reason}; nothing was changed",
            code=decision.code or None,
            params=decision.params,
        )
