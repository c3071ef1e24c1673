"""The Linux package: its size, and how fast the installed program starts
beside the source install.

    python -m benchmarks.installer_probe [--dist DIR] [--runs N] [--drop-caches]
    python -m benchmarks.run --only installer      # the same, merged into the results

Uses DIR's (default dist/) ``nmrf-desk_<version>_<arch>.deb`` and
``nmrf-desk-<version>-linux-<machine>.tar.gz``, built first with
``installer/build-linux.sh --out DIR`` when they are missing (its time is
reported). The .tar.gz holds the same folder the .deb installs as
/opt/nmrf-desk; it is unpacked into a temporary folder and started from there.

Each program opens the same empty database with ``gui --smoke-test``
(offscreen) and prints ``ready <ms>``, counted from process start:

- cold: the program's own files are first evicted from the page cache
  (``posix_fadvise(DONTNEED)`` on every file of the unpacked bundle; for the
  source install, on the interpreter's standard library, the venv's
  site-packages and the repository's desktop/, alembic/ and resources/); the
  system's shared libraries (libc, X11, OpenGL…) stay cached, as on a
  workstation that has been up a while. ``--drop-caches`` drops the whole
  page cache instead (root; it slows everything else on the machine for a while);
- warm: then ``--runs`` starts in a row (median, min, max).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RUNS = 5
GOAL_DEB_MB = 150


def _mb(size: int) -> float:
    return round(size / 1024 / 1024, 1)


def version() -> str:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


def artifacts(dist: Path) -> tuple[Path | None, Path | None]:
    """The .deb and .tar.gz of this version in ``dist``, if built."""
    v = version()
    # As build-linux.sh names it: Debian sorts 1.0~rc1 before 1.0.
    debian = re.sub(r"[.-]?(a|b|rc|dev)(\d*)$", r"~\1\2", v)
    debs = sorted(dist.glob(f"nmrf-desk_{debian}_*.deb"))
    tarballs = sorted(dist.glob(f"nmrf-desk-{v}-linux-*.tar.gz"))
    return (debs[-1] if debs else None), (tarballs[-1] if tarballs else None)


def build(dist: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["bash", str(REPO / "installer" / "build-linux.sh"), "--out", str(dist)], check=True
    )
    return round(time.perf_counter() - started, 1)


def _files(roots: Iterable[Path]) -> Iterable[Path]:
    for root in roots:
        if root.is_file():
            yield root
            continue
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                if not path.is_symlink():
                    yield path


def evict(roots: Iterable[Path]) -> int:
    """Drop these files' pages from the page cache; how many files."""
    os.sync()  # only clean pages can be dropped
    count = 0
    for path in _files(roots):
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            count += 1
        finally:
            os.close(fd)
    return count


def drop_all_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")


def source_files() -> list[Path]:
    """What the source install reads to start: the interpreter's standard
    library and libpython, the venv's packages, the repository's folders."""
    stdlib = Path(sys.base_prefix) / "lib"
    site = Path(sys.prefix) / "lib"
    return [stdlib, site, REPO / "desktop", REPO / "alembic", REPO / "resources"]


def smoke_test(command: list[str], db: Path, env: dict[str, str]) -> dict[str, Any]:
    """One ``gui --smoke-test`` process: ready, wall time, peak memory (wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "--db", str(db), "gui", "--smoke-test"], stdout=out, stderr=err, env=env
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall_ms = (time.perf_counter() - started) * 1000
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    words = stdout.split()
    if code != 0 or len(words) < 2 or words[0] != "ready":
        raise RuntimeError(f"{command[0]}: exit {code}: {stderr[-1000:]}")
    return {
        "ready_ms": int(words[1]),
        "wall_ms": round(wall_ms),
        "peak_rss_mb": _mb(usage.ru_maxrss * 1024),
    }


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values)),
        "min": round(min(values)),
        "max": round(max(values)),
    }


def starts(
    command: list[str], files: list[Path], db: Path, env: dict[str, str], runs: int, drop: bool
) -> dict[str, Any]:
    """A cold start, then ``runs`` warm ones."""
    if drop:
        drop_all_caches()
    else:
        evict(files)
    cold = smoke_test(command, db, env)
    warm = [smoke_test(command, db, env) for _ in range(runs)]
    return {
        "cold": cold,
        "warm_ready_ms": _summary([w["ready_ms"] for w in warm]),
        "warm_wall_ms": _summary([w["wall_ms"] for w in warm]),
        "peak_rss_mb": round(statistics.median(w["peak_rss_mb"] for w in warm), 1),
    }


def scenario(dist: Path, runs: int = RUNS, drop: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {"scenario": "installer", "version": version()}
    try:
        deb, tarball = artifacts(dist)
        if deb is None or tarball is None:
            print(f"building the Linux packages into {dist}…", file=sys.stderr)
            result["build_s"] = build(dist)
            deb, tarball = artifacts(dist)
        if deb is None or tarball is None:
            raise RuntimeError(f"no .deb or .tar.gz of {version()} in {dist}")
        installed_kb = int(
            subprocess.run(
                ["dpkg-deb", "-f", str(deb), "Installed-Size"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
        )
        result.update(
            deb={"file": deb.name, "mb": _mb(deb.stat().st_size)},
            tarball={"file": tarball.name, "mb": _mb(tarball.stat().st_size)},
            installed_mb=round(installed_kb / 1024, 1),
            goal_deb_mb=GOAL_DEB_MB,
        )
        with tempfile.TemporaryDirectory(prefix="nmrf-installer-probe-") as folder:
            work = Path(folder)
            with tarfile.open(tarball) as archive:
                archive.extractall(work, filter="tar")
            (bundle,) = work.glob("nmrf-desk-*")
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "NMRF_DATA_DIR": str(work / "data"),
            }
            programs = {
                "installed": ([str(bundle / "nmrf-desk")], [bundle]),
                "source": ([sys.executable, "-m", "desktop"], source_files()),
            }
            for name, (command, files) in programs.items():
                # Each its own empty database, made by its own init: the bundle
                # may be older than the tree (its schema too).
                db = work / f"empty-{name}.sqlite3"
                subprocess.run(
                    [*command, "--db", str(db), "init"],
                    check=True,
                    capture_output=True,
                    env=env,
                    cwd=REPO,
                )
                print(f"installer: starting the {name} program", file=sys.stderr)
                result[name] = starts(command, files, db, env, runs, drop)
        result["cache"] = "whole page cache dropped" if drop else "program files evicted"
        result["runs"] = runs
        result["status"] = "ok"
    except (OSError, RuntimeError, subprocess.CalledProcessError, ValueError) as exc:
        result["status"] = "error"
        result["error"] = str(exc)
    result["machine"] = platform.machine()
    return result


def table_rows(r: dict[str, Any], verdict: Any) -> list[str]:
    """The rows of docs/benchmarks.md (``verdict(key, value)`` from benchmarks.run)."""
    t, v = verdict("installer_deb", r["deb"]["mb"])
    built = f"; built in {r['build_s']} s" if "build_s" in r else ""
    rows = [
        f"| Linux package {r['deb']['file']} (the .tar.gz {r['tarball']['mb']} MB, installed "
        f"{r['installed_mb']} MB{built}) | — | {r['deb']['mb']} MB | {t} | {v} |"
    ]
    installed, source = r["installed"], r["source"]
    rows.append(
        f"| cold start to ready, installed program vs source install ({r['cache']}) | empty | "
        f"{installed['cold']['ready_ms']} ms vs {source['cold']['ready_ms']} ms | | |"
    )
    rows.append(
        f"| warm start to ready, installed vs source (median of {r['runs']}; peak memory) "
        "| empty | "
        f"{installed['warm_ready_ms']['median']} ms vs {source['warm_ready_ms']['median']} ms "
        f"({installed['peak_rss_mb']} MB vs {source['peak_rss_mb']} MB) | | |"
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the packages are")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"warm starts (default {RUNS})")
    parser.add_argument(
        "--drop-caches", action="store_true", help="drop the whole page cache before cold starts"
    )
    args = parser.parse_args(argv)
    result = scenario(args.dist, args.runs, args.drop_caches)
    print(json.dumps(result, indent=2))
    return 0 if result["status"] == "ok" else 1


if __name__ == "__main__":
    raise SystemExit(main())
