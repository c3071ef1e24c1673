"""Restoring a backup as the administrator the database knows, and saying so
in the restored database's audit trail (whose own rows end where the backup
was taken: the restore is the next thing it records)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import NmrfError
from desktop.services.audit_log import Entry, audit_source, file_source, write_entries
from desktop.services.backups import restore_backup
from desktop.services.permissions import Operation, require


def restore_recorded(backup: Path, database_path: Path) -> Path | None:
    """``restore_backup``, refused unless the current database's user may
    restore (a database that cannot be opened, the usual reason to restore,
    is no one's to refuse); then one ``restore-backup`` audit row."""
    from desktop.services.database import opened_database
    from desktop.services.users import current_user

    user = None
    if database_path.exists():
        try:
            with opened_database(str(database_path)) as database:
                user = current_user(database)
        except NmrfError:
            user = None  # damaged or not ours: the file's permissions decide
    if user is not None:
        require(user, Operation.RESTORE_BACKUP)
    kept = restore_backup(backup, database_path)
    source = file_source(backup.expanduser().resolve(), "restore")
    entry = Entry(Operation.RESTORE_BACKUP.value, "database", label=backup.name)
    with (
        opened_database(str(database_path)) as restored,
        audit_source(source),
        restored.session_factory.begin() as session,
    ):
        write_entries(session, [entry], full_source=True)
    return kept
