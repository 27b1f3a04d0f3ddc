"""``linker batch``: link an archive of articles in parallel, locally or on a Dask cluster.

Modules: ``inputs`` (what to read, lazily), ``tasks`` (what a worker does), ``pool`` (local
processes or Dask), ``state`` (the spool and ``--resume`` record), ``run`` (the stages),
``report`` (the report, ``mentions.jsonl`` lines and the index page).
"""

from __future__ import annotations

from .report import BatchReport
from .run import BatchOptions, run_batch

__all__ = ["BatchOptions", "BatchReport", "run_batch"]
