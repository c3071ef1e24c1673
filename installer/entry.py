"""The bundle's one executable: ``nmrf-desk [--db PATH|URL] [COMMAND]``, the
command line, and with no command the window (as ``python -m desktop``)."""

import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # A large file is read in a second process (desktop.services.importing.
    # reader_process): in the bundle, that process is this executable again.
    multiprocessing.freeze_support()
    raise SystemExit(main())
