"""The installer benchmark's pieces that need no package: page-cache eviction,
finding the packages of this version, and its rows in docs/benchmarks.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import installer_probe, results_table


def test_evict_counts_the_files_and_skips_links(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 10_000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y")
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert installer_probe.evict([tmp_path]) == 2


def test_artifacts_of_this_version(tmp_path: Path) -> None:
    version = installer_probe.version()
    assert installer_probe.artifacts(tmp_path) == (None, None)
    deb = tmp_path / f"nmrf-desk_{version}_amd64.deb"
    tarball = tmp_path / f"nmrf-desk-{version}-linux-x86_64.tar.gz"
    (tmp_path / "nmrf-desk_0.0.1_amd64.deb").touch()  # another version's
    deb.touch()
    tarball.touch()
    assert installer_probe.artifacts(tmp_path) == (deb, tarball)


def _result() -> dict[str, Any]:
    start = {
        "cold": {"ready_ms": 1290, "wall_ms": 1549, "peak_rss_mb": 121.1},
        "warm_ready_ms": {"median": 1120, "min": 1070, "max": 1420},
        "warm_wall_ms": {"median": 1405, "min": 1305, "max": 1780},
        "peak_rss_mb": 121.1,
    }
    return {
        "scenario": "installer",
        "status": "ok",
        "version": "0.1.0",
        "deb": {"file": "nmrf-desk_0.1.0_amd64.deb", "mb": 49.2},
        "tarball": {"file": "nmrf-desk-0.1.0-linux-x86_64.tar.gz", "mb": 66.5},
        "installed_mb": 158.3,
        "goal_deb_mb": 150,
        "installed": start,
        "source": {**start, "cold": {**start["cold"], "ready_ms": 2460}},
        "cache": "program files evicted",
        "runs": 5,
    }


def test_rows_in_the_benchmarks_table() -> None:
    report = {
        "when": "2026-01-01T00:00:00+00:00",
        "machine": {"cores": 2, "memory_gib": 23, "python": "3.11", "sqlite": "3.40"},
        "results": [_result()],
        "partial_runs": [{"scenario": "installer", "when": "2026-01-01T00:00:00+00:00"}],
    }
    text = results_table.render(report)
    assert "| Linux package nmrf-desk_0.1.0_amd64.deb" in text
    assert "| 49.2 MB | ≤ 150 MB | pass |" in text
    assert "1290 ms vs 2460 ms" in text
    assert "python -m benchmarks.run --only installer" in text


def test_a_package_over_the_goal_fails() -> None:
    big = _result()
    big["deb"]["mb"] = 151.0
    rows = installer_probe.table_rows(big, results_table.verdict)
    assert rows[0].endswith("| 151.0 MB | ≤ 150 MB | FAIL |")
