"""``python -m linker`` and the ``linker`` command.

The command line's modules take a moment to import; Ctrl-C during that moment is caught here,
before any of them is loaded, so it too ends with one line and exit code 130.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from .cli import main as cli_main

        return cli_main(argv)
    except KeyboardInterrupt:
        sys.stderr.write("linker: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
