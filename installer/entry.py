"""The bundle's one executable: ``nmrf-desk [--db PATH|URL] [COMMAND]``, the
command line, and with no command the window (as ``python -m desktop``)."""

from desktop.cli import main

raise SystemExit(main())
