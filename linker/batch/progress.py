"""A progress bar per stage (tqdm): count, rate and time left, on a terminal only.

In a pipe, a log file or CI the bar is silent: nothing but the final summary line is printed.
"""

from __future__ import annotations

import sys
from typing import Any


class Bar:
    """``tqdm`` on stderr when ``show`` (``None``: when stderr is a terminal), else nothing."""

    @staticmethod
    def enabled(show: bool | None) -> bool:
        return sys.stderr.isatty() if show is None else show

    def __init__(self, stage: str, total: int | None, show: bool | None) -> None:
        self._bar: Any = None
        if self.enabled(show):
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                desc=f"linker: {stage:<6}",
                unit=" art" if stage != "fetch" else " src",
                file=sys.stderr,
                dynamic_ncols=True,
                leave=True,
            )

    def update(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
