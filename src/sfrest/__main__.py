"""`python -m sfrest`: the sfrest command line."""

import sys

from sfrest.cli import main

sys.exit(main())
