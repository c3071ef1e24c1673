"""Files only their owner can read: the database holds focal points' names,
telephones and e-mails and draft cabinet positions. The database, its
write-ahead log and shared-memory files and every backup are 0600, the data
and backup folders 0700 (SQLite gives the -wal and -shm files the database's
own permissions). Exports and reports are not made here: they are meant to be
shared and follow the user's umask. On Windows the user's profile folder
already keeps others out; chmod there only sets the read-only flag, so
nothing is changed."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_POSIX = os.name == "posix"


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and private; FileExistsError when it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)


def make_private(path: Path) -> None:
    """Take group and other permissions off a file or folder we own. Quietly
    does nothing where that cannot be done (not ours, a read-only place)."""
    if not _POSIX:
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        if info.st_uid != os.geteuid():
            return
        current = stat.S_IMODE(info.st_mode)
        if current & 0o077:
            path.chmod(current & 0o700)


def make_private_folder(path: Path) -> None:
    """Create a folder (and its missing parents) for the program's own data, private."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    make_private(path)


def tighten_database_files(database: Path, backups: Path, *, data_folder: Path | None) -> None:
    """Make an existing installation private: the database with its -wal and
    -shm, the backups folder and the backups in it, and the data folder when
    the database lives in the program's own data folder (a folder the user
    chose, such as Documents, is left as it is)."""
    for candidate in (database, *(database.with_name(database.name + s) for s in SIDE_FILES)):
        make_private(candidate)
    if backups.is_dir():
        make_private(backups)
        with contextlib.suppress(OSError):
            for child in backups.iterdir():
                make_private(child)
    if data_folder is not None and database.parent == data_folder:
        make_private(data_folder)


SIDE_FILES = ("-wal", "-shm", "-journal")
