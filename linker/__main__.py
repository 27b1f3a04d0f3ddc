"""``python -m linker`` and the ``linker`` command.

The command line's modules take a moment to import. Ctrl-C in that moment must not print a
traceback, nor be lost in one of the import system's callbacks (where Python ignores it and
the run goes on): until they are imported, Ctrl-C writes one line and ends the process with
exit code 130 at once (nothing has been written yet). Afterwards it is an ordinary
``KeyboardInterrupt``, which the command line turns into the same line and code once its
temporary files are removed.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType

INTERRUPTED = "linker: interrupted\n"


def _interrupted_while_starting(signum: int, frame: FrameType | None) -> None:
    os.write(2, INTERRUPTED.encode())
    os._exit(130)


def main(argv: Sequence[str] | None = None) -> int:
    early = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if early:
        signal.signal(signal.SIGINT, _interrupted_while_starting)
    try:
        from .cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write(INTERRUPTED)
        return 130
    finally:
        if early:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return cli_main(argv)
    except KeyboardInterrupt:
        sys.stderr.write(INTERRUPTED)
        return 130


if __name__ == "__main__":
    sys.exit(main())
