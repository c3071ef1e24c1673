"""A folder nobody may write to, for the read-only tests.

As an ordinary user, taking the write permission off the folder does it. As
root (CI here runs as root), permissions do not stop writes, so the folder is
bind-mounted read-only onto itself, as a read-only network share or medium
would be; the mount is undone at the end."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        mode = stat.S_IMODE(folder.stat().st_mode)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(mode)
        return
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        assert not os.access(folder, os.W_OK)
        yield folder
    finally:
        # Lazy: a connection the test still holds must not keep the mount alive.
        subprocess.run(["umount", "-l", str(folder)], check=True)
