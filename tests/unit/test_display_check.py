"""Starting the window without a display or without a library Qt's platform
plugin needs: a clear ``nmrf-desk: error:`` and exit 1, not Qt's abort.

The check is given environments and stand-in probes (which plugins exist,
which libraries are missing, whether an X server answers); the last tests run
the real program in a child process on this machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from desktop import display_check
from desktop.display_check import Probes, error_message, window_problems

LINUX = "linux"


def probes(
    plugins: Path,
    missing: Mapping[str, list[str]] | None = None,
    x_server: str | None = ":0",
    wayland_ok: bool = False,
) -> Probes:
    """Stand-ins: ``plugins`` holds the platform plugins; ``missing`` maps a
    plugin file name to the libraries it lacks; an X server answers at ``x_server``."""
    missing = missing or {}

    def x11_error(display: str) -> str | None:
        return None if display == x_server else f"cannot connect to the X display {display!r}"

    def wayland_error(env: Mapping[str, str]) -> str | None:
        return None if wayland_ok else "cannot connect to the Wayland display"

    return Probes(
        plugin_dirs=lambda env: [plugins],
        missing_libraries=lambda plugin: list(missing.get(plugin.name, [])),
        x11_error=x11_error,
        wayland_error=wayland_error,
    )


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    folder = tmp_path / "platforms"
    folder.mkdir()
    for name in ("xcb", "wayland", "offscreen", "minimal"):
        (folder / f"libq{name}.so").write_bytes(b"")
    return folder


XCB_LIBS = {"libqxcb.so": ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]}


def test_no_display_at_all_is_named(plugins: Path) -> None:
    problems = window_problems({}, LINUX, probes(plugins))
    assert len(problems) == 1
    assert "DISPLAY is not set" in problems[0] and "WAYLAND_DISPLAY" in problems[0]


def test_missing_xcb_libraries_are_named_with_their_packages(plugins: Path) -> None:
    problems = window_problems({"DISPLAY": ":0"}, LINUX, probes(plugins, XCB_LIBS))
    assert problems == [
        "Qt's xcb platform plugin needs libxcb-icccm.so.4, libxcb-keysyms.so.1, which are "
        "not installed (Debian/Ubuntu: sudo apt-get install libxcb-icccm4 libxcb-keysyms1)"
    ]


def test_no_display_and_missing_libraries_are_both_said(plugins: Path) -> None:
    """The case of the issue: a fresh machine without a screen, and without
    the xcb libraries either; both are named at once."""
    problems = window_problems({}, LINUX, probes(plugins, XCB_LIBS))
    assert len(problems) == 2
    assert "libxcb-icccm4" in problems[0]
    assert "DISPLAY is not set" in problems[1]


def test_an_x_server_that_does_not_answer(plugins: Path) -> None:
    problems = window_problems({"DISPLAY": ":99"}, LINUX, probes(plugins))
    assert problems == ["cannot connect to the X display ':99'"]


def test_a_display_that_answers_is_fine(plugins: Path) -> None:
    assert window_problems({"DISPLAY": ":0"}, LINUX, probes(plugins)) == []


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype"])
def test_platforms_without_a_screen_need_no_display(plugins: Path, platform: str) -> None:
    assert window_problems({"QT_QPA_PLATFORM": platform}, LINUX, probes(plugins)) == []


def test_offscreen_still_needs_its_libraries(plugins: Path) -> None:
    lacking = {"libqoffscreen.so": ["libfontconfig.so.1"]}
    problems = window_problems({"QT_QPA_PLATFORM": "offscreen"}, LINUX, probes(plugins, lacking))
    assert problems == [
        "Qt's offscreen platform plugin needs libfontconfig.so.1, which is not installed "
        "(Debian/Ubuntu: sudo apt-get install libfontconfig1)"
    ]


def test_an_unknown_platform_lists_the_available_ones(plugins: Path) -> None:
    problems = window_problems({"QT_QPA_PLATFORM": "xbc"}, LINUX, probes(plugins))
    assert len(problems) == 1
    assert "no Qt platform plugin 'xbc'" in problems[0]
    assert "minimal, offscreen, wayland, xcb" in problems[0]


def test_an_empty_qt_qpa_platform_means_the_default(plugins: Path) -> None:
    env = {"QT_QPA_PLATFORM": "", "DISPLAY": ":0"}
    assert window_problems(env, LINUX, probes(plugins)) == []
    assert window_problems({"QT_QPA_PLATFORM": " "}, LINUX, probes(plugins))


def test_wayland_session_falls_back_to_x11(plugins: Path) -> None:
    """In a Wayland session Qt tries Wayland, then X11 (XWayland): one of them
    working is enough."""
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert window_problems(wayland, LINUX, probes(plugins, wayland_ok=True)) == []
    assert window_problems(wayland, LINUX, probes(plugins, wayland_ok=False)) == []
    no_x = {k: v for k, v in wayland.items() if k != "DISPLAY"}
    assert window_problems(no_x, LINUX, probes(plugins, wayland_ok=True)) == []
    problems = window_problems(no_x, LINUX, probes(plugins, wayland_ok=False))
    assert problems == ["cannot connect to the Wayland display", "no X display: DISPLAY is not set"]


def test_a_list_of_platforms_needs_one_to_work(plugins: Path) -> None:
    env = {"QT_QPA_PLATFORM": "xcb;offscreen"}
    assert window_problems(env, LINUX, probes(plugins)) == []
    lacking = {"libqoffscreen.so": ["libfontconfig.so.1"]}
    assert len(window_problems(env, LINUX, probes(plugins, lacking))) == 2


def test_wayland_display_outside_a_wayland_session_is_pointed_at(plugins: Path) -> None:
    problems = window_problems({"WAYLAND_DISPLAY": "wayland-0"}, LINUX, probes(plugins))
    assert problems == [
        "no X display: DISPLAY is not set "
        "(WAYLAND_DISPLAY is: QT_QPA_PLATFORM=wayland would use it)"
    ]


def test_without_plugins_found_only_the_display_is_checked() -> None:
    nothing = Probes(
        plugin_dirs=lambda env: [],
        missing_libraries=lambda plugin: ["never asked"],
        x11_error=lambda display: None,
        wayland_error=lambda env: None,
    )
    assert window_problems({"DISPLAY": ":0"}, LINUX, nothing) == []
    assert window_problems({"QT_QPA_PLATFORM": "anything"}, LINUX, nothing) == []
    assert "DISPLAY is not set" in window_problems({}, LINUX, nothing)[0]


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_are_not_checked(plugins: Path, system: str) -> None:
    assert window_problems({}, system, probes(plugins, XCB_LIBS)) == []


def test_the_check_can_be_turned_off(plugins: Path) -> None:
    env = {display_check.SKIP_VARIABLE: "1"}
    assert window_problems(env, LINUX, probes(plugins, XCB_LIBS)) == []
    env = {display_check.SKIP_VARIABLE: "0"}
    assert window_problems(env, LINUX, probes(plugins, XCB_LIBS)) != []


def test_the_message_says_what_still_works() -> None:
    text = error_message(["no X display: DISPLAY is not set"])
    first, *rest = text.splitlines()
    assert first == "nmrf-desk: error: cannot open the window: no X display: DISPLAY is not set"
    assert "command-line commands work" in rest[-1]
    assert "nmrf-desk --help" in rest[-1]


def test_x11_error_codes_are_explained() -> None:
    assert display_check._x11_error_text(":0", 0) is None
    assert "not a display name" in (display_check._x11_error_text("x", 5) or "")
    assert "no such screen" in (display_check._x11_error_text(":0.3", 6) or "")
    assert "no X server answers" in (display_check._x11_error_text(":99", 1) or "")


def test_the_missing_libraries_probe_reads_ldd_and_the_loader(tmp_path: Path) -> None:
    """A library linked against one that does not exist: the probe names it."""
    source = tmp_path / "needs.c"
    source.write_text("int f(void) { return 0; }\n")
    missing = tmp_path / "libnmrfabsent.so.7"
    plugin = tmp_path / "libqfake.so"
    shared = ["cc", "-shared", "-fPIC", str(source), "-o"]
    try:
        subprocess.run(
            [*shared, str(missing), "-Wl,-soname,libnmrfabsent.so.7"],
            check=True,
            capture_output=True,
        )
        # --no-as-needed: keep the dependency although nothing of it is used.
        subprocess.run(
            [*shared, str(plugin), "-Wl,--no-as-needed", str(missing)],
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no C compiler to make a library with a missing dependency")
    missing.unlink()
    assert display_check._missing_libraries(plugin) == ["libnmrfabsent.so.7"]


def test_wayland_probe_connects_to_the_socket(tmp_path: Path) -> None:
    import socket

    env = {"XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-7"}
    assert "cannot connect" in (display_check._wayland_error(env) or "")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-7"))
        server.listen(1)
        assert display_check._wayland_error(env) is None
    assert "XDG_RUNTIME_DIR" in (display_check._wayland_error({}) or "")


# The real program, on this machine: no display, and a display nobody serves.


def _no_x_server_display() -> str:
    for number in range(7391, 7400):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    pytest.skip("every display number tried has an X server")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux-only")
@pytest.mark.parametrize("display", ["", "unserved"])
def test_the_program_says_what_is_missing_instead_of_aborting(tmp_path: Path, display: str) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")
    }
    env["NMRF_DATA_DIR"] = str(tmp_path)
    if display:
        env["DISPLAY"] = _no_x_server_display()
    done = subprocess.run(
        [sys.executable, "-m", "desktop"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, (done.returncode, -signal.SIGABRT, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("nmrf-desk: error: cannot open the window: ")
    said = done.stderr
    assert ("DISPLAY is not set" in said) if not display else (env["DISPLAY"] in said)
    assert "command-line commands work" in lines[-1]
    assert not (tmp_path / "nmrf-desk.sqlite3").exists()  # nothing was created
