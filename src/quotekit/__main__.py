"""``python -m quotekit``: the same as the ``quotekit`` command."""

from __future__ import annotations

import sys

from quotekit.cli import main

if __name__ == "__main__":
    sys.exit(main())
