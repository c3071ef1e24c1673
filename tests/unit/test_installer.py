"""Packaging: one version everywhere, the frozen bundle's folders, the Linux
package's files, and the Windows installer script compiled by makensis around
a stand-in program (the real Windows build runs on a Windows machine:
installer/windows/build.ps1). The .deb itself is built and installed into a
clean Debian by .ci/run (installer/build-linux.sh, installer/test-linux-package.sh)."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import desktop
from desktop import paths

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_one_version_everywhere() -> None:
    assert desktop.__version__ == VERSION
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(VERSION)}\b", changelog, re.MULTILINE), (
        f"CHANGELOG.md has no section for {VERSION}"
    )


def test_cli_version_is_pyprojects() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"nmrf-desk {VERSION}"


def test_installed_metadata_gives_the_version_away_from_the_source_tree(tmp_path: Path) -> None:
    """An installed wheel or the bundle has no pyproject.toml beside the
    package: the version comes from the installed metadata."""
    package = tmp_path / "elsewhere" / "desktop_copy"
    package.mkdir(parents=True)
    shutil.copy(ROOT / "desktop" / "__init__.py", package / "__init__.py")
    spec = importlib.util.spec_from_file_location("desktop_copy", package / "__init__.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from importlib.metadata import version

    assert module.__version__ == version("nmrf-desk")


def test_frozen_bundle_folders_are_found_under_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spec puts alembic/ and resources/ at desktop/_alembic and
    desktop/_resources of the bundle; paths looks there first when frozen."""
    for name in ("_alembic", "_resources"):
        (tmp_path / "desktop" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.alembic_dir() == tmp_path / "desktop" / "_alembic"
    assert paths.resources_dir() == tmp_path / "desktop" / "_resources"
    assert paths.translations_dir() == tmp_path / "desktop" / "_resources" / "translations"


def test_spec_carries_the_migrations_and_resources() -> None:
    spec = (INSTALLER / "nmrf-desk.spec").read_text(encoding="utf-8")
    assert '"desktop/_alembic"' in spec and '"desktop/_resources"' in spec
    assert 'copy_metadata("nmrf-desk")' in spec
    for module in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia"):
        assert module in spec  # excluded
    assert (ROOT / "alembic" / "env.py").is_file()
    assert (ROOT / "resources" / "reference").is_dir()


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLER / "linux" / "nmrf-desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "nmrf-desk"
    assert section["Icon"] == "nmrf-desk"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run(
            [validator, str(INSTALLER / "linux" / "nmrf-desk.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_icons_exist() -> None:
    icons = INSTALLER / "icons"
    for name in ("nmrf-desk.svg", "nmrf-desk.ico", *(f"nmrf-desk-{s}.png" for s in (48, 128, 256))):
        assert (icons / name).stat().st_size > 0


def test_debian_control_template() -> None:
    control = (INSTALLER / "linux" / "control.in").read_text(encoding="utf-8")
    for field in ("Package: nmrf-desk", "Version: @VERSION@", "Architecture: @ARCH@"):
        assert field in control
    assert "Depends: @DEPENDS@" in control
    assert "Installed-Size: @INSTALLED_SIZE@" in control
    assert re.search(r"^Description: .+\n( .+\n)+", control, re.MULTILINE)


def _debian_version_sed() -> str:
    script = (INSTALLER / "build-linux.sh").read_text(encoding="utf-8")
    found = re.search(r"DEB_VERSION=\$\(echo \"\$VERSION\" \| sed -E '([^']+)'\)", script)
    assert found, "build-linux.sh computes DEB_VERSION with sed -E"
    return found.group(1)


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2.3", "1.2.3"),
        ("1.0rc1", "1.0~rc1"),
        ("1.0a2", "1.0~a2"),
        ("1.0b1", "1.0~b1"),
        ("1.0.dev3", "1.0~dev3"),
    ],
)
def test_pre_releases_sort_before_the_release_in_debian(pep440: str, debian: str) -> None:
    if shutil.which("sed") is None:
        pytest.skip("no sed")
    done = subprocess.run(
        ["sed", "-E", _debian_version_sed()],
        input=pep440 + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == debian


@pytest.mark.parametrize("script", ["build-linux.sh", "test-linux-package.sh"])
def test_shell_scripts_parse(script: str) -> None:
    subprocess.run(["bash", "-n", str(INSTALLER / script)], check=True)


def _makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("makensis (Debian package nsis) is missing; .ci/run installs it")
        pytest.skip("makensis (Debian package nsis) is not installed")
    return found


def _stand_in_payload(folder: Path) -> Path:
    """A folder shaped like the PyInstaller bundle, with a stand-in program
    and 1 MB that does not compress (to see that the payload goes in)."""
    payload = folder / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "nmrf-desk.exe").write_bytes(b"MZ stand-in for the PyInstaller program")
    (payload / "_internal" / "blob.bin").write_bytes(os.urandom(1_000_000))
    return payload


def test_nsis_script_compiles_with_version_information(tmp_path: Path) -> None:
    makensis = _makensis()
    payload = _stand_in_payload(tmp_path)
    setup = tmp_path / f"nmrf-desk-{VERSION}-setup.exe"
    done = subprocess.run(
        [
            makensis,
            "-WX",  # a warning fails the check too
            "-V2",
            f"-DVERSION={VERSION}",
            f"-DPAYLOAD={payload}",
            f"-DOUTFILE={setup}",
            str(INSTALLER / "windows" / "nmrf-desk.nsi"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    assert len(data) > 1_000_000  # the payload is inside
    assert b"Nullsoft" in data or b"NSIS" in data
    # The version resource (UTF-16): product name and version.
    for text in ("ProductVersion", VERSION, "NMRF Desk", "FileDescription"):
        assert text.encode("utf-16-le") in data, text


def test_nsis_script_refuses_to_build_without_a_version(tmp_path: Path) -> None:
    makensis = _makensis()
    payload = _stand_in_payload(tmp_path)
    done = subprocess.run(
        [makensis, "-V2", f"-DPAYLOAD={payload}", str(INSTALLER / "windows" / "nmrf-desk.nsi")],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    assert "give the version" in done.stdout + done.stderr


def test_nsis_script_offers_the_switches_for_it() -> None:
    """The switches README promises to IT are in the script."""
    script = (INSTALLER / "windows" / "nmrf-desk.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    for switch in ("/ALLUSERS", "/NOSHORTCUTS", "/DESKTOPSHORTCUT", "/NOSMOKETEST"):
        assert f'"{switch}"' in script
    assert r"$LOCALAPPDATA\Programs\${APP}" in script
    assert r"$PROGRAMFILES64\${APP}" in script
    # The uninstaller removes the program's files, never a whole folder of the
    # user's choosing nor the data.
    uninstall = script[script.index('Section "Uninstall"') :]
    assert 'RMDir /r "$INSTDIR"' not in uninstall
    assert "LOCALAPPDATA\\NMRF Desk" not in uninstall.replace("%LOCALAPPDATA%\\NMRF Desk", "")
