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


#: CourtListener's default per-account throttle (cl/settings/third_party/rest_framework.py:
#: ``"user": ["5/min", "50/hour", "125/day"]``) as (window in seconds, requests).
COURTLISTENER_LIMITS: tuple[tuple[float, int], ...] = ((60.0, 5), (3600.0, 50), (86400.0, 125))
DEFAULT_NETWORK_BUDGET = 60.0
_WINDOWS = {"s": 1.0, "sec": 1.0, "min": 60.0, "m": 60.0, "hour": 3600.0, "h": 3600.0}
_WINDOWS |= {"day": 86400.0, "d": 86400.0}


def parse_limits(value: str, var: str) -> tuple[tuple[float, int], ...]:
    """``"5/min,50/hour,125/day"`` → ((60, 5), (3600, 50), (86400, 125))."""
    out: list[tuple[float, int]] = []
    for part in value.split(","):
        n, _, unit = part.strip().partition("/")
        window = _WINDOWS.get(unit.strip().lower())
        if not n.strip().isdigit() or window is None or int(n) < 1:
            raise LinkerError(f"{var} must look like 5/min,50/hour,125/day, got {value!r}")
        out.append((window, int(n)))
    return tuple(sorted(out))


def _seconds(value: str, var: str) -> float:
    try:
        v = float(value)
    except ValueError:
        v = -1.0
    if not 0 < v <= 86400:
        raise LinkerError(f"{var} must be a number of seconds (0 < s ≤ 86400), got {value!r}")
    return v


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
    contact: str | None = None
    courtlistener_limits: tuple[tuple[float, int], ...] = COURTLISTENER_LIMITS
    network_budget: float = DEFAULT_NETWORK_BUDGET
    dask_scheduler: str | None = None  # LINKER_DASK_SCHEDULER: where `linker batch` runs

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
            contact=get("LINKER_CONTACT"),
            courtlistener_limits=parse_limits(v, "LINKER_COURTLISTENER_LIMITS")
            if (v := get("LINKER_COURTLISTENER_LIMITS"))
            else COURTLISTENER_LIMITS,
            network_budget=_seconds(b, "LINKER_NETWORK_BUDGET")
            if (b := get("LINKER_NETWORK_BUDGET"))
            else DEFAULT_NETWORK_BUDGET,
            dask_scheduler=get("LINKER_DASK_SCHEDULER"),
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

    def secrets(self) -> tuple[str, ...]:
        """Every credential linker holds (to be redacted wherever text is stored or shown)."""
        return tuple(s for s in (self.courtlistener_token, self.congress_api_key) if s)

    def redact(self, text: str) -> str:
        """``text`` with every credential replaced by ``[redacted]``."""
        for secret in self.secrets():
            if len(secret) >= 4:
                text = text.replace(secret, "[redacted]")
        return text

    def auth_headers(self, service: str) -> dict[str, str]:
        """Headers that authenticate to ``service``; empty when no token is configured."""
        if service == "courtlistener" and self.courtlistener_token:
            return {"Authorization": f"Token {self.courtlistener_token}"}
        if service == "congress" and self.congress_api_key:
            return {"x-api-key": self.congress_api_key}
        return {}
