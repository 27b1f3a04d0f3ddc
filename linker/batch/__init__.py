"""``linker batch``: link an archive of articles in parallel, locally or on a Dask cluster.

Modules: ``inputs`` (what to read, lazily), ``tasks`` (what a worker does), ``pool`` (local
processes or Dask), ``state`` (the spool and ``--resume`` record), ``run`` (the stages).
"""

from __future__ import annotations

from .run import BatchOptions, BatchReport, run_batch

__all__ = ["BatchOptions", "BatchReport", "run_batch"]
