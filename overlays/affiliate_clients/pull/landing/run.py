"""Running a landing: a dlt pipeline per (vendor, destination), DuckDB by default, state kept by dlt.

A run extracts every page as an Arrow table, normalizes to Parquet and merges by primary key. When the
destination fails (a locked or unwritable file, a full disk, a refused connection) the run raises
:class:`LandingFailed` naming the destination and the cause, drops the load it could not finish and puts the
incremental state back as it was, so the next run reads again from the last landed position.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any, cast

import attrs
import dlt
from dlt.common.destination import Destination
from dlt.extract.source import DltSource

from ...http import drift
from . import drifted

DEFAULT_DATASET = "affiliate"


class LandingFailed(RuntimeError):
    """The destination refused the load; the incremental state was not advanced."""


@attrs.frozen
class Landed:
    """What one run landed: rows per table in this run's load, the pipeline (for SQL access) and the run's drift
    report (also landed, in ``_drift``)."""

    rows: dict[str, int]
    pipeline: Any
    drift: drift.DriftReport = attrs.field(factory=drift.DriftReport)  # how the answers deviated from the spec


def destination_of(target: str) -> tuple[Any, str]:
    """``duckdb:PATH`` (the default kind: a bare path ending ``.duckdb`` too), or any dlt destination name
    configured the dlt way (``postgres``, ``bigquery``, ``filesystem``...). Returns the destination and a
    short key naming it (for the pipeline name)."""
    kind, sep, rest = target.partition(":")
    if not sep and target.endswith(".duckdb"):
        kind, rest = "duckdb", target
    if kind == "duckdb":
        path = str(Path(rest or "landing.duckdb").expanduser().resolve())
        return dlt.destinations.duckdb(credentials=path), path
    return Destination.from_reference(kind), target


def pipeline_for(api: str, target: str, *, pipelines_dir: str | Path | None = None,
                 dataset: str = DEFAULT_DATASET, name: str | None = None) -> Any:
    """The dlt pipeline landing ``api`` into ``target``; its name (and so its state) is tied to both."""
    destination, key = destination_of(target)
    name = name or f"affiliate_{api}_{hashlib.sha1(key.encode()).hexdigest()[:10]}"
    # dlt reads None as "its default folder" although it annotates the parameter as str.
    where = cast(str, str(pipelines_dir) if pipelines_dir is not None else None)
    return dlt.pipeline(pipeline_name=name, destination=destination, dataset_name=dataset, pipelines_dir=where)


def land(pipeline: Any, source: DltSource) -> Landed:
    """Extract, normalize and load ``source``; on failure restore the state and raise :class:`LandingFailed`."""
    # Loads left by a killed run were extracted under the state now saved: finish them first.
    if pipeline.has_pending_data:
        try:
            pipeline.normalize()
            pipeline.load()
        except Exception as exc:
            raise _failed(pipeline, exc) from exc
    saved = copy.deepcopy(dict(pipeline.state.get("sources") or {}))
    report = drift.DriftReport(source.name)
    run_at = dt.datetime.now(dt.UTC)
    try:
        with drift.collecting(report):
            pipeline.extract(source)
        drift.current().merge(report)  # and into the report of a run around this one (the CLI's)
        if report:  # the run's drift report, in the same load as what it describes
            pipeline.extract(dlt.resource(iter([drifted.drift_table(report, run_at)]), name="_drift",
                                          write_disposition="append"))
    except Exception as exc:
        raise _unwrap(exc) from exc
    try:
        pipeline.normalize()
        info = pipeline.load()
    except Exception as exc:
        pipeline.abort_packages()
        with pipeline.managed_state() as state:
            state["sources"] = saved
        raise _failed(pipeline, exc) from exc
    counts = dict(pipeline.last_trace.last_normalize_info.row_counts) if pipeline.last_trace else {}
    del info
    return Landed({k: v for k, v in counts.items() if not k.startswith("_dlt")}, pipeline, report)


def _unwrap(exc: Exception) -> Exception:
    """The client's own error when extraction failed inside a resource (dlt wraps it twice)."""
    cause: BaseException | None = exc
    while cause is not None and type(cause).__module__.startswith("dlt"):
        cause = cause.__cause__ or cause.__context__
    return cause if isinstance(cause, Exception) else exc


def _failed(pipeline: Any, exc: Exception) -> LandingFailed:
    cause = _unwrap(exc)
    where = getattr(pipeline.destination, "destination_name", None) or pipeline.destination
    return LandingFailed(f"loading into {where} ({pipeline.dataset_name}) failed: {type(cause).__name__}: {cause}; "
                         "the incremental state was not advanced, the next run reads again from the last "
                         "landed position")


def table(pipeline: Any, name: str) -> Any:
    """The landed table ``name`` as a pyarrow table (through dlt's dataset access)."""
    return pipeline.dataset()[name].arrow()
