"""``python -m desktop`` runs the same command line as the ``desktop`` console script."""

from desktop.cli import main

raise SystemExit(main())
