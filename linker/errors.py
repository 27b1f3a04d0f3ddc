"""The one exception tree linker raises.

    LinkerError
    ├── InputError      the article could not be read (missing, binary, empty, bad URL…)
    ├── OutputError     the output path is not a file linker may write (a device, a FIFO…)
    ├── FetchError      a primary source could not be fetched (network, status, format)
    └── CacheError      the SQLite cache could not be opened or written

The CLI turns an ``InputError`` or ``OutputError`` into exit code 2 and any other
``LinkerError`` into 1, always as one line on stderr.
"""

from __future__ import annotations


class LinkerError(Exception):
    """Base class of every error linker raises on purpose."""


class InputError(LinkerError):
    """The article could not be read or is not usable text."""


class OutputError(LinkerError):
    """The output cannot be written where asked (not a regular file, no permission…)."""


class FetchError(LinkerError):
    """A source could not be fetched or its response could not be understood."""


class CacheError(LinkerError):
    """The cache database could not be used."""
