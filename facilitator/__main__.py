"""`python -m facilitator` runs the same command line as the installed script, with the
collector off from the first import (see facilitator.start_collector)."""

from facilitator import start_collector

start_collector.pause()

from facilitator.cli import main  # noqa: E402 - imported with the collector off

raise SystemExit(main())
