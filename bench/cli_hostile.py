"""Hostile command-line inputs (issue 8 item 4): walks every ``desktop`` command with the table in
tests/cli/hostile_table.py and prints ``answered cleanly N / tried M``. It is the walk test itself,
run with its output shown:

    .venv/bin/python bench/cli_hostile.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                              "tests/cli/test_hostile_inputs.py", "-k", "every_command or covers"],
                             cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}))
