"""Can the window open here? Asked before the QApplication is made.

Without a display, or without a library its platform plugin needs, Qt prints a
few lines and aborts the process (SIGABRT) when the QApplication is made.
This check finds those cases first and says what is missing, in the program's
error format, and that the command-line commands still work.

It imports nothing of Qt (so it could run before Qt is loaded) and changes
nothing: it looks at the environment, loads the platform plugin Qt would load
(as Qt is about to do) and, for X11, opens and closes one connection to the X
server. It speaks only when every platform Qt would try is sure to fail; in
doubt it stays silent and lets Qt try. ``NMRF_SKIP_DISPLAY_CHECK=1`` turns it off.
Linux only: on Windows and macOS the window system is always there.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SKIP_VARIABLE = "NMRF_SKIP_DISPLAY_CHECK"

# Platforms that draw on a screen of a window system; any other (offscreen,
# minimal, vnc…) needs no display, only its plugin's libraries.
_X11 = "xcb"
_WAYLAND = "wayland"

# The Debian/Ubuntu package of each library a Qt platform plugin may miss
# (from `ldd` on PySide6's plugins; see installer/README.md for the full list).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

_MISSING_IN_DLERROR = re.compile(r"([^\s:]+\.so[.\d]*): cannot open shared object file")
_NOT_FOUND_IN_LDD = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


@dataclass(frozen=True)
class Probes:
    """How the check looks at the system; tests give their own."""

    plugin_dirs: Callable[[Mapping[str, str]], list[Path]] = field(
        default_factory=lambda: _platform_plugin_dirs
    )
    missing_libraries: Callable[[Path], list[str]] = field(
        default_factory=lambda: _missing_libraries
    )
    x11_error: Callable[[str], str | None] = field(default_factory=lambda: _x11_error)
    wayland_error: Callable[[Mapping[str, str]], str | None] = field(
        default_factory=lambda: _wayland_error
    )


def window_problems(
    env: Mapping[str, str] | None = None,
    system: str = sys.platform,
    probes: Probes | None = None,
) -> list[str]:
    """What keeps the window from opening: one sentence per thing missing, or
    [] when it can open (or when the check cannot tell)."""
    env = os.environ if env is None else env
    if not system.startswith("linux") or env.get(SKIP_VARIABLE, "") not in ("", "0"):
        return []
    probes = probes or Probes()
    problems: list[str] = []
    for platform in _platforms_qt_tries(env):
        found = _platform_problems(platform, env, probes)
        if not found:
            return []  # Qt will manage with this one
        problems += [p for p in found if p not in problems]
    return problems


def error_message(problems: Sequence[str]) -> str:
    """The lines printed to stderr: each problem in the program's error format,
    then what still works."""
    lines = [f"nmrf-desk: error: cannot open the window: {problem}" for problem in problems]
    lines.append(
        "The command-line commands work without a window (nmrf-desk --help); "
        "QT_QPA_PLATFORM=offscreen opens it without a screen (nmrf-desk gui --smoke-test)."
    )
    return "\n".join(lines)


def report_problems(env: Mapping[str, str] | None = None) -> bool:
    """Print what keeps the window from opening; True when it cannot open."""
    try:
        problems = window_problems(env)
    except Exception:  # the check must never be what stops the program
        return False
    if problems:
        print(error_message(problems), file=sys.stderr)
    return bool(problems)


def _platforms_qt_tries(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order (QGuiApplication's rules:
    QT_QPA_PLATFORM, a ';'-separated list with ':options', else Wayland first
    in a Wayland session, else X11)."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [part.split(":", 1)[0].strip() for part in chosen.split(";")]
        return [name for name in names if name] or [_X11]
    if env.get("XDG_SESSION_TYPE", "").strip() == "wayland":
        return [_WAYLAND, _X11]
    return [_X11]


def _platform_problems(platform: str, env: Mapping[str, str], probes: Probes) -> list[str]:
    problems: list[str] = []
    dirs = probes.plugin_dirs(env)
    plugin = _find_plugin(platform, dirs)
    if dirs and plugin is None:
        available = sorted({_plugin_name(p) for d in dirs for p in d.glob("libq*.so")})
        problems.append(
            f"there is no Qt platform plugin {platform!r} (QT_QPA_PLATFORM); "
            f"available: {', '.join(available) or 'none'}"
        )
        return problems
    if plugin is not None:
        missing = probes.missing_libraries(plugin)
        if missing:
            problems.append(_missing_text(platform, missing))
    if platform == _X11:
        display = env.get("DISPLAY", "").strip()
        if not display:
            problems.append("no X display: DISPLAY is not set" + _no_wayland_either(env))
        else:
            x_error = probes.x11_error(display)
            if x_error:
                problems.append(x_error)
    elif platform.startswith(_WAYLAND):
        wayland_error = probes.wayland_error(env)
        if wayland_error:
            problems.append(wayland_error)
    return problems


def _no_wayland_either(env: Mapping[str, str]) -> str:
    if not env.get("WAYLAND_DISPLAY", "").strip():
        return " (nor WAYLAND_DISPLAY): this session has no screen"
    if _WAYLAND in _platforms_qt_tries(env)[0]:
        return ""
    return " (WAYLAND_DISPLAY is: QT_QPA_PLATFORM=wayland would use it)"


def _missing_text(platform: str, missing: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in missing if lib in DEBIAN_PACKAGES})
    text = (
        f"Qt's {platform} platform plugin needs {', '.join(missing)}, "
        f"{'which is' if len(missing) == 1 else 'which are'} not installed"
    )
    if packages:
        text += f" (Debian/Ubuntu: sudo apt-get install {' '.join(packages)})"
    return text


def _plugin_name(path: Path) -> str:
    return path.name.removeprefix("libq").removesuffix(".so")


def _find_plugin(platform: str, dirs: list[Path]) -> Path | None:
    """The plugin file Qt would load for ``platform`` (Qt matches plugins by
    their metadata keys; the file names follow them, bar Wayland's variants)."""
    names = [f"libq{platform}.so"]
    if platform.startswith(_WAYLAND):
        names += ["libqwayland.so", "libqwayland-generic.so", "libqwayland-egl.so"]
    for folder in dirs:
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def _platform_plugin_dirs(env: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH,
    QT_PLUGIN_PATH (which the bundle sets), then PySide6's own folder (found
    without importing PySide6)."""
    candidates: list[Path] = []
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        candidates.append(Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    for entry in env.get("QT_PLUGIN_PATH", "").split(os.pathsep):
        if entry:
            candidates.append(Path(entry) / "platforms")
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidates.append(Path(location) / "Qt" / "plugins" / "platforms")
    return [c for c in dict.fromkeys(candidates) if c.is_dir()]


def _missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs that cannot be found: [] when it
    loads. Loaded here as Qt is about to load it; on failure `ldd` lists every
    missing one (the loader's message names only the first)."""
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = _MISSING_IN_DLERROR.findall(str(exc))
    ldd = shutil.which("ldd")
    if ldd:
        try:
            listed = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listed = ""
        everything = list(dict.fromkeys(_NOT_FOUND_IN_LDD.findall(listed)))
        if everything:
            return everything
    return first  # [] when the loader's message names no library: let Qt say it


def _x11_error(display: str) -> str | None:
    """Open and close one connection to the X server, as Qt's xcb plugin
    will: None when it answers (or when libxcb is missing: said elsewhere)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        code = xcb.xcb_connection_has_error(connection)
    finally:
        xcb.xcb_disconnect(connection)
    return _x11_error_text(display, code)


def _x11_error_text(display: str, code: int) -> str | None:
    if code == 0:
        return None
    if code == 5:  # XCB_CONN_CLOSED_PARSE_ERR
        return f"DISPLAY={display!r} is not a display name (such as :0)"
    if code == 6:  # XCB_CONN_CLOSED_INVALID_SCREEN
        return f"the X display {display!r} has no such screen"
    return (
        f"cannot connect to the X display {display!r} (DISPLAY): no X server answers "
        "there, or it does not let this user in"
    )


def _wayland_error(env: Mapping[str, str]) -> str | None:
    """Connect to the Wayland compositor's socket, as libwayland-client will."""
    import socket  # only here: the X11 and offscreen starts need none of it

    name = env.get("WAYLAND_DISPLAY", "").strip() or "wayland-0"
    runtime = env.get("XDG_RUNTIME_DIR", "").strip()
    if not name.startswith("/") and not runtime:
        return "no Wayland display: XDG_RUNTIME_DIR is not set"
    path = name if name.startswith("/") else os.path.join(runtime, name)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(5)
        try:
            probe.connect(path)
        except OSError:
            return f"cannot connect to the Wayland display {name!r} (WAYLAND_DISPLAY)"
    return None
