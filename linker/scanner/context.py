"""What every pass may know besides the text: the ``Doc``.

``ScanContext`` is the name the passes' helpers used for it before the ``Doc`` existed; it is
the same class.
"""

from __future__ import annotations

from .doc import Doc as ScanContext

__all__ = ["ScanContext"]
