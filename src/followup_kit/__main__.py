"""Run the command line: ``python -m followup_kit``."""

import sys

from followup_kit.cli import main

sys.exit(main())
