"""PostgreSQL enforces the roles too: four group roles (no login) with exactly
their privileges, row-level security that keeps an agency focal point to their
agency's rows, and logins made members of one group.

Nothing here runs on SQLite, where one file has one owner: there the roles
guide the program and the file's permissions protect it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from desktop.services.permissions import Role

GROUPS = {role: f"nmrf_{role.value}" for role in Role}
ALL_GROUPS = ", ".join(GROUPS.values())
AUDIT = "audit_entry"
USERS = "app_user"
# Deleted for good only by an administrator (an editor archives them).
ARCHIVABLE = ("recommendation", "agency")
AGENCY_TABLES = ("progress_update", "measurement", "attachment")
AGENCY_COLUMNS = {
    "action": ("status", "start_date", "due_date", "version", "updated_at"),
    "recommendation": ("status", "version", "updated_at"),
}
READER_TABLES = ("saved_view",)

# The rows an agency login may write: those of the work its agency leads or supports.
_WORK = """
CREATE OR REPLACE FUNCTION nmrf_user_agency() RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT agency_id FROM app_user WHERE login = session_user AND active
$$;
CREATE OR REPLACE FUNCTION nmrf_agency_work(action_id integer, recommendation_id integer)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM assignment a
    WHERE a.agency_id = nmrf_user_agency()
      AND (a.action_id = $1 OR a.recommendation_id = $2
           OR a.cluster_id = (SELECT r.cluster_id FROM recommendation r WHERE r.id = $2))
  )
$$;
"""
_CONDITIONS = {
    "action": "nmrf_agency_work(id, NULL)",
    "recommendation": "nmrf_agency_work(NULL, id)",
    "progress_update": "nmrf_agency_work(action_id, recommendation_id)",
    "measurement": (
        "EXISTS (SELECT 1 FROM indicator i WHERE i.id = indicator_id"
        " AND nmrf_agency_work(i.action_id, i.recommendation_id))"
    ),
    "attachment": (
        "EXISTS (SELECT 1 FROM progress_update p WHERE p.id = progress_update_id"
        " AND nmrf_agency_work(p.action_id, p.recommendation_id))"
    ),
}


def is_postgres(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def may_manage_roles(connection: Connection) -> bool:
    """Whether the connected login may create roles (superuser or CREATEROLE)."""
    row = connection.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user")
    ).scalar()
    return bool(row)


def apply_server_roles(connection: Connection) -> None:
    """Create the group roles if missing and grant each exactly its
    privileges on the tables as they are now (run again after an upgrade)."""
    for group in GROUPS.values():
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group}
        ).scalar()
        if not exists:
            connection.execute(text(f'CREATE ROLE "{group}" NOLOGIN'))
    tables = list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    run = connection.exec_driver_sql
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {ALL_GROUPS}")
    run(f"GRANT USAGE ON SCHEMA public TO {ALL_GROUPS}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {ALL_GROUPS}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ALL_GROUPS}")
    run(f"GRANT INSERT ON {AUDIT} TO {ALL_GROUPS}")
    admin, editor = GROUPS[Role.ADMINISTRATOR], GROUPS[Role.EDITOR]
    agency, reader = GROUPS[Role.AGENCY], GROUPS[Role.READER]
    for table in tables:
        if table in (AUDIT, "alembic_version"):
            continue
        run(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {admin}')
        if table == USERS:
            continue
        rights = "INSERT, UPDATE" if table in ARCHIVABLE else "INSERT, UPDATE, DELETE"
        run(f'GRANT {rights} ON "{table}" TO {editor}')
    for table in AGENCY_TABLES:
        run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {agency}")
    for table, columns in AGENCY_COLUMNS.items():
        run(f"GRANT UPDATE ({', '.join(columns)}) ON {table} TO {agency}")
    for table in READER_TABLES:
        run(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {reader}, {agency}")
    run(_WORK)
    for table, condition in _CONDITIONS.items():
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for policy in ("nmrf_all", "nmrf_agency_read", "nmrf_agency_write"):
            run(f"DROP POLICY IF EXISTS {policy} ON {table}")
        run(
            f"CREATE POLICY nmrf_all ON {table} TO {admin}, {editor}, {reader}"
            " USING (true) WITH CHECK (true)"
        )
        run(f"CREATE POLICY nmrf_agency_read ON {table} FOR SELECT TO {agency} USING (true)")
        run(
            f"CREATE POLICY nmrf_agency_write ON {table} FOR ALL TO {agency}"
            f" USING ({condition}) WITH CHECK ({condition})"
        )


def grant_login(
    connection: Connection, login: str, role: Role, password: str | None = None
) -> bool:
    """Make ``login`` a member of its group only (created first, with
    ``password``, when missing and this login may create roles). Returns
    whether the login was created."""
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
    ).scalar()
    created = False
    quoted = connection.dialect.identifier_preparer.quote(login)
    if not exists:
        from desktop.domain.errors import ValidationError

        if not may_manage_roles(connection):
            raise ValidationError(
                f"the server has no login {login!r} and you may not create one; ask its"
                " administrator to create it, then add it again",
                where="users add",
            )
        if password:
            literal = connection.execute(text("SELECT quote_literal(:p)"), {"p": password})
            connection.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN PASSWORD {literal.scalar()}")
        else:
            connection.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN")
        created = True
    revoke_login(connection, login)
    connection.exec_driver_sql(f'GRANT "{GROUPS[role]}" TO {quoted}')
    return created


def revoke_login(connection: Connection, login: str) -> None:
    """Take ``login`` out of every NMRF group (the login itself stays)."""
    quoted = connection.dialect.identifier_preparer.quote(login)
    member_of = set(
        connection.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :name"
            ),
            {"name": login},
        ).scalars()
    )
    for group in GROUPS.values():
        if group in member_of:
            connection.exec_driver_sql(f'REVOKE "{group}" FROM {quoted}')
