"""Who is at the keyboard, and the users of a database with their roles.

Identity is never the program's own: on SQLite it is the operating-system
login, on PostgreSQL the server login the connection was made with (the
server checked its password). The users table holds only the role each login
has. A database with no users yet lets whoever opens it do everything (the
first ``init`` makes that person its administrator); on one with users, a
login it does not know may read only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.services.audit_guard import guarded_user
from desktop.services.audit_log import os_login
from desktop.services.permissions import Operation, Role, User, require
from desktop.services.transactions import retry_conflicts
from desktop.store import core_tables as core
from desktop.store.models import Agency, AppUser

if TYPE_CHECKING:
    from desktop.services.database import Database


@dataclass(frozen=True)
class UserRow:
    login: str
    role: Role
    agency: str | None
    active: bool

    def as_json(self) -> dict[str, object]:
        return {
            "login": self.login,
            "role": self.role.value,
            "agency": self.agency,
            "active": self.active,
        }


def connection_login(database: Database) -> str:
    """The login this program acts for: the server's session user, else the OS login."""
    if database.url.get_backend_name() == "postgresql":
        with database.engine.connect() as connection:
            return str(connection.execute(text("SELECT session_user")).scalar())
    return os_login()


def identify(factory: sessionmaker[Session], login: str) -> User:
    """``login``'s role in the database behind ``factory``."""
    users = core.app_user.c  # columns: read at start-up, before the mappers are configured
    with factory() as session:
        found = session.execute(
            select(users.role, users.agency_id, users.active).where(users.login == login)
        ).first()
        anyone = found is not None or session.scalar(select(users.id).limit(1)) is not None
    if not anyone:
        return User(
            login,
            Role.ADMINISTRATOR,
            registered=False,
            note="the database has no users yet: whoever opens it may do everything",
        )
    if found is None or not found.active:
        return User(
            login,
            Role.READER,
            registered=False,
            note=f"{login} is not a user of this database: you may read only"
            " (an administrator adds users with nmrf-desk users add)",
        )
    return User(login, Role(found.role), found.agency_id)


def attach_user(database: Database) -> User:
    """Identify the person using ``database`` and make its sessions check and
    record their writes as that user's (again after the users change)."""
    from desktop.services.audit_guard import install_guard

    user = identify(database.session_factory, connection_login(database))
    install_guard(database.session_factory, user)
    return user


def current_user(database: Database) -> User:
    """The user the database's sessions check and record writes for."""
    user = guarded_user(database.session_factory)
    if user is None:
        user = identify(database.session_factory, connection_login(database))
    return user


def list_users(factory: sessionmaker[Session]) -> list[UserRow]:
    with factory() as session:
        rows = session.execute(
            select(AppUser, Agency.name)
            .outerjoin(Agency, Agency.id == AppUser.agency_id)
            .order_by(AppUser.login)
        ).all()
    return [UserRow(u.login, Role(u.role), name, u.active) for u, name in rows]


def _agency_id(session: Session, role: Role, agency: str | None) -> int | None:
    if role is not Role.AGENCY:
        if agency:
            raise ValidationError(
                "only a focal point (role agency) has an agency", where="--agency"
            )
        return None
    if not agency:
        raise ValidationError("a focal point speaks for one agency: name it", where="--agency")
    key = agency.strip().casefold()
    for agency_id, name, acronym in session.execute(select(Agency.id, Agency.name, Agency.acronym)):
        if key in (name.casefold(), (acronym or "").casefold()):
            return int(agency_id)
    raise NotFoundError(f"no agency is named {agency!r}", where="--agency")


def _server(database: Database) -> bool:
    return database.url.get_backend_name() == "postgresql"


def add_user(
    database: Database,
    login: str,
    role: Role,
    agency: str | None = None,
    *,
    password: str | None = None,
) -> bool:
    """Add ``login`` with ``role``; on PostgreSQL also grant the login its group
    (creating the login with ``password`` when it is missing). Returns whether
    a server login was created."""
    login = login.strip()
    if not login:
        raise ValidationError("a login cannot be empty", where="LOGIN")
    role = Role(role)
    if password is not None and not _server(database):
        raise ValidationError(
            "a SQLite database has no passwords: its users are the computer's logins",
            where="--password-stdin",
        )

    def work() -> bool:
        with database.session_factory.begin() as session:
            if session.scalar(select(AppUser.id).where(AppUser.login == login)) is not None:
                raise ValidationError(f"{login} is already a user; use users set-role", where=login)
            agency_id = _agency_id(session, role, agency)
            session.add(AppUser(login=login, role=role.value, agency_id=agency_id, active=True))
            session.flush()
            if _server(database):
                from desktop.services.server_roles import grant_login

                return grant_login(session.connection(), login, role, password)
        return False

    created = retry_conflicts(work)
    attach_user(database)
    return created


def set_role(database: Database, login: str, role: Role, agency: str | None = None) -> None:
    role = Role(role)
    with database.session_factory.begin() as session:
        user = session.scalar(select(AppUser).where(AppUser.login == login))
        if user is None:
            raise NotFoundError(f"{login} is not a user of this database", where=login)
        user.role = role.value
        user.agency_id = _agency_id(session, role, agency)
        user.active = True
        session.flush()
        _keep_an_administrator(session)
        if _server(database):
            from desktop.services.server_roles import grant_login

            grant_login(session.connection(), login, role)
    attach_user(database)


def remove_user(database: Database, login: str) -> None:
    """Take ``login`` off the users (it may then only read); on PostgreSQL it
    leaves every NMRF group. The audit trail keeps what it did."""
    with database.session_factory.begin() as session:
        user = session.scalar(select(AppUser).where(AppUser.login == login))
        if user is None:
            raise NotFoundError(f"{login} is not a user of this database", where=login)
        session.delete(user)
        session.flush()
        _keep_an_administrator(session)
        if _server(database):
            from desktop.services.server_roles import revoke_login

            revoke_login(session.connection(), login)
    attach_user(database)


def _keep_an_administrator(session: Session) -> None:
    left = session.scalar(
        select(AppUser.id).where(AppUser.role == Role.ADMINISTRATOR.value, AppUser.active.is_(True))
    )
    anyone = session.scalar(select(AppUser.id).limit(1))
    if anyone is not None and left is None:
        raise ValidationError(
            "that would leave the database without an administrator; nothing was changed"
        )


def ensure_first_administrator(database: Database) -> str | None:
    """What ``init`` does for users: on PostgreSQL (when this login may create
    roles) set up the group roles and grant them the tables as they are now;
    on a database with no users, make the person running it its first
    administrator. Returns that login, or None when the database had users."""
    if database.read_only:
        return None
    if _server(database):
        from desktop.services.server_roles import apply_server_roles, may_manage_roles

        with database.engine.begin() as connection:
            if may_manage_roles(connection):
                apply_server_roles(connection)
    user = current_user(database)
    if user.registered or user.role is not Role.ADMINISTRATOR:
        return None
    login = connection_login(database)
    add_user(database, login, Role.ADMINISTRATOR)
    return login


def check_may(database: Database, operation: Operation) -> None:
    """Refuse ``operation`` (a restore, a settings change) unless the user may."""
    require(current_user(database), operation)
