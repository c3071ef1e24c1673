"""The bundle's one executable: ``nmrf-desk [--db PATH|URL] [COMMAND]``, the
command line, and with no command the window (as ``python -m desktop``).

Started with ``--nmrf-read-file`` (reader_process.READER_ARGUMENT) it is the
second process an import reads a large file in, and nothing else."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--nmrf-read-file"]:
        from desktop.services.importing.reader_child import serve

        raise SystemExit(serve())
    from desktop.cli import main

    raise SystemExit(main())
