"""Where things are: the bundled migrations and resources (source tree, installed
wheel or frozen build) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "NMRF Desk"
APP_AUTHOR = "NMRF Desk"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(installed_name: str, source_name: str) -> Path:
    """A folder shipped with the program, wherever the program runs from.

    - frozen (PyInstaller): inside the bundle, next to the package data;
    - installed wheel: ``desktop/_alembic`` / ``desktop/_resources``;
    - source tree or editable install: the top-level folder of the repository.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "desktop" / installed_name)
    candidates.append(_PACKAGE_DIR / installed_name)
    candidates.append(_PACKAGE_DIR.parent / source_name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {source_name!r} not found in {candidates}")


def alembic_dir() -> Path:
    return _bundled("_alembic", "alembic")


def resources_dir() -> Path:
    return _bundled("_resources", "resources")


def reference_data_dir() -> Path:
    return resources_dir() / "reference"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def data_dir() -> Path:
    """The user's data folder; ``NMRF_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get("NMRF_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return data_dir() / "nmrf-desk.sqlite3"


def backups_dir_for(database: Path) -> Path:
    """Backups live beside the database in a ``backups`` folder."""
    return database.parent / "backups"
