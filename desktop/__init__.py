"""NMRF Desk: follow-up of human rights recommendations for national mechanisms."""

from __future__ import annotations

from pathlib import Path

DISTRIBUTION = "nmrf-desk"


def _read_version() -> str:
    """The one version, written in ``pyproject.toml`` only.

    In a source tree (or an editable install) it is read from ``pyproject.toml``
    itself, so a bumped version shows without reinstalling; an installed wheel
    and the PyInstaller bundle (which copies the package metadata) read it from
    the installed metadata.
    """
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (OSError, ValueError):
            project = {}
        if project.get("name") == DISTRIBUTION and isinstance(project.get("version"), str):
            return str(project["version"])
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()
