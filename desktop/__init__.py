"""NMRF Desk: follow-up of human rights recommendations for national mechanisms."""

from __future__ import annotations

DISTRIBUTION = "nmrf-desk"

__version__: str
"""The version, read on first use (``__getattr__``): nothing is read at import."""


def _read_version() -> str:
    """The one version, written in ``pyproject.toml`` only.

    In a source tree (or an editable install) it is read from ``pyproject.toml``
    itself, so a bumped version shows without reinstalling; an installed wheel
    and the PyInstaller bundle (which copies the package metadata) read it from
    the installed metadata.
    """
    from pathlib import Path

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


def __getattr__(name: str) -> str:
    """``__version__``, read once when first asked for (the window's start
    does not ask: reading ``pyproject.toml`` would cost it ~10 ms)."""
    if name == "__version__":
        found = _read_version()
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
