"""Configuration from the environment (SPEC §5).

``Config.from_env()`` is the only place that reads environment variables; everything else
receives a ``Config``. Tokens are kept out of ``repr()`` so they never reach a log or a page.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .errors import LinkerError

#: the cache inside linker's own checkout (``make link``)
DEFAULT_CACHE = "cache/linker.sqlite"


def in_checkout(cwd: Path | None = None) -> bool:
    """Whether linker runs from its own source checkout (the folder holding this package)."""
    here = Path(__file__).resolve().parent
    try:
        return (Path(cwd or Path.cwd()) / "linker").resolve() == here and (
            here.parent / "pyproject.toml"
        ).is_file()
    except OSError:
        return False


def default_cache_path(env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Path:
    """``cache/linker.sqlite`` in the checkout; elsewhere the user's cache folder
    (``$XDG_CACHE_HOME/linker/linker.sqlite``, by default ``~/.cache/linker/linker.sqlite``),
    so running linker from another folder never litters it with ``cache/``."""
    if in_checkout(cwd):
        return Path(DEFAULT_CACHE)
    e: Mapping[str, str] = os.environ if env is None else env
    xdg = (e.get("XDG_CACHE_HOME") or "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "linker" / "linker.sqlite"


def default_out_dir(cwd: Path | None = None) -> Path:
    """Where pages go without ``-o``: ``out/`` in the checkout, else the current folder."""
    return Path("out") if in_checkout(cwd) else Path(".")


#: service name -> (environment variable, default origin)
ORIGINS: dict[str, tuple[str, str]] = {
    "courtlistener": ("LINKER_COURTLISTENER_URL", "https://www.courtlistener.com"),
    "uscode": ("LINKER_USCODE_URL", "https://uscode.house.gov"),
    "federalregister": ("LINKER_FEDREG_URL", "https://www.federalregister.gov"),
    "congress": ("LINKER_CONGRESS_URL", "https://api.congress.gov"),
    "ecfr": ("LINKER_ECFR_URL", "https://www.ecfr.gov"),
    "govinfo": ("LINKER_GOVINFO_URL", "https://www.govinfo.gov"),
    "constitution": ("LINKER_CONSTITUTION_URL", "https://constitution.congress.gov"),
}


def _origin(value: str, var: str) -> str:
    """Validate an origin (``scheme://host[:port]``, no path) and drop a trailing slash."""
    value = value.strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LinkerError(f"{var} must be an origin like https://host[:port], got {value!r}")
    if parts.path or parts.query or parts.fragment:
        raise LinkerError(f"{var} must be an origin with no path, got {value!r}")
    return value


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Config:
    """Everything linker reads from its environment.

    Origins are ``scheme://host[:port]`` with no trailing slash; the source modules append the
    real services' paths to them. ``courtlistener_token`` and ``congress_api_key`` are excluded
    from ``repr()`` and are only ever sent as request headers, never stored.
    """

    cache_path: Path = Path(DEFAULT_CACHE)
    offline: bool = False
    courtlistener_token: str | None = field(default=None, repr=False)
    congress_api_key: str | None = field(default=None, repr=False)
    courtlistener_url: str = ORIGINS["courtlistener"][1]
    uscode_url: str = ORIGINS["uscode"][1]
    fedreg_url: str = ORIGINS["federalregister"][1]
    congress_url: str = ORIGINS["congress"][1]
    ecfr_url: str = ORIGINS["ecfr"][1]
    govinfo_url: str = ORIGINS["govinfo"][1]
    constitution_url: str = ORIGINS["constitution"][1]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        """Build a Config from ``env`` (default ``os.environ``); unset or empty means default.

        Raises ``LinkerError`` for an origin that is not ``scheme://host[:port]``.
        """
        e: Mapping[str, str] = os.environ if env is None else env

        def get(name: str) -> str | None:
            v = e.get(name)
            return v.strip() if v and v.strip() else None

        def origin(service: str) -> str:
            var, default = ORIGINS[service]
            v = get(var)
            return _origin(v, var) if v else default

        return cls(
            cache_path=Path(get("LINKER_CACHE") or default_cache_path(e)),
            offline=_flag(get("LINKER_OFFLINE")),
            courtlistener_token=get("COURTLISTENER_TOKEN"),
            congress_api_key=get("CONGRESS_API_KEY"),
            courtlistener_url=origin("courtlistener"),
            uscode_url=origin("uscode"),
            fedreg_url=origin("federalregister"),
            congress_url=origin("congress"),
            ecfr_url=origin("ecfr"),
            govinfo_url=origin("govinfo"),
            constitution_url=origin("constitution"),
        )

    def origin(self, service: str) -> str:
        """The configured origin of ``service`` (a key of ``ORIGINS``)."""
        attr = {
            "courtlistener": self.courtlistener_url,
            "uscode": self.uscode_url,
            "federalregister": self.fedreg_url,
            "congress": self.congress_url,
            "ecfr": self.ecfr_url,
            "govinfo": self.govinfo_url,
            "constitution": self.constitution_url,
        }
        return attr[service]

    def auth_headers(self, service: str) -> dict[str, str]:
        """Headers that authenticate to ``service``; empty when no token is configured."""
        if service == "courtlistener" and self.courtlistener_token:
            return {"Authorization": f"Token {self.courtlistener_token}"}
        if service == "congress" and self.congress_api_key:
            return {"x-api-key": self.congress_api_key}
        return {}
