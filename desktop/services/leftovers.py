"""Removing the program's own temporary files that a killed run left behind.

Everything the program writes goes to a temporary name first and is renamed
into place once complete: backups and restores as ``….partial`` (with SQLite's
``-journal`` beside them), exports and reports as ``.<name>.<random>.part``
beside their destination. A kill leaves those; the next start removes the
ones older than itself (a younger one belongs to a program still writing)
beside the database, in its backups folder, and in the folders exports and
reports were last written to, which are remembered here for that purpose.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from pathlib import Path

from desktop import paths, process_clock

log = logging.getLogger(__name__)

OUTPUT_FOLDERS_FILE = "output-folders.json"
REMEMBERED_FOLDERS = 10
_PARTIAL_ENDINGS = (".partial", ".partial-journal", ".partial-wal", ".partial-shm")
_PART_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.part$")
"""``.<name>.<8 random characters>.part``: exports (``secrets.token_hex(4)``) and
reports (``tempfile.mkstemp``); another program's ``.part`` files are left alone."""


def is_leftover_name(name: str) -> bool:
    """A name of one of the program's temporary files."""
    if name.endswith(_PARTIAL_ENDINGS):
        return True
    return _PART_NAME.match(name) is not None


def _remembered_file() -> Path:
    return paths.data_dir() / OUTPUT_FOLDERS_FILE


def remembered_output_folders() -> list[Path]:
    try:
        names = json.loads(_remembered_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(names, list):
        return []
    return [Path(name) for name in names if isinstance(name, str)]


def remember_output_folder(folder: Path) -> None:
    """Note a folder an export or report is being written to (best effort:
    failing to note it must never stop the export)."""
    folder = folder.resolve()
    known = [f for f in remembered_output_folders() if f != folder]
    names = [str(f) for f in [folder, *known][:REMEMBERED_FOLDERS]]
    target = _remembered_file()
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary.write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        log.warning("could not note the output folder %s: %s", folder, exc)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def clean_leftovers(database: Path | None, *, older_than: float | None = None) -> list[Path]:
    """Remove leftover temporary files older than ``older_than`` (default: the
    start of this process); returns what was removed."""
    limit = process_clock.started_at() if older_than is None else older_than
    folders: list[Path] = []
    if database is not None:
        folders += [database.parent, paths.backups_dir_for(database)]
    folders += remembered_output_folders()
    removed: list[Path] = []
    for folder in dict.fromkeys(folders):
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if not is_leftover_name(entry.name) or not entry.is_file(follow_symlinks=False):
                    continue
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < limit:
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
    for path in removed:
        log.info("removed a leftover temporary file: %s", path)
    return removed
