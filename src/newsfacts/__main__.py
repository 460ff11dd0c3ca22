"""``python -m newsfacts`` runs the command line."""

import sys

from newsfacts.cli import main

sys.exit(main())
