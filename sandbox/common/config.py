"""Sandbox settings: one immutable value per app, changed with ``attrs.evolve``."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .drift import DriftPlan

KINDS = ("429", "500", "502", "503", "504", "520", "drop", "slow", "truncate", "invalid", "empty", "repeat")


@attrs.frozen
class FaultPlan:
    """Which faults a sandbox injects, decided by a seed so that a failing run can be replayed.

    ``schedule`` maps a request number (1-based, counted over the requests the fault layer sees) to a fault;
    ``rate`` injects a fault at random into that share of the requests, choosing among ``kinds``.
    Fault kinds: ``"429"``, ``"500"``, ``"502"``, ``"503"``, ``"504"``, ``"520"``, ``"drop"`` (the connection
    closes part-way through the body), ``"slow"`` (the answer is delayed by ``slow_seconds``), ``"truncate"``
    (a 200 whose JSON body is cut short), ``"invalid"`` (a 200 that declares JSON but whose body is not),
    ``"empty"`` (the answer with its records emptied: every member named in ``VendorReplies.records`` set to
    ``[]``, the paging members kept), ``"repeat"`` (the body of the previous 200 on the same path again).
    ``KINDS`` lists them all. A new plan can be set on a running app with ``app.state.faults.replan(plan)``.
    """

    seed: int = 0
    schedule: Mapping[int, str] = attrs.field(factory=dict)
    rate: float = 0.0
    kinds: tuple[str, ...] = ("429", "503")
    slow_seconds: float = 0.0
    latency_seconds: float = 0.0
    retry_after_seconds: int = 1


@attrs.frozen
class SandboxConfig:
    """Settings common to every sandbox; vendor modules read the parts they use.

    ``records`` is the size of the main seeded data set (impact actions, Partnerize conversions, ...).
    ``rate_per_second``/``burst`` set the server-side token bucket (``None``: no limit).
    ``drift`` makes the answers' records drift from the spec as a :class:`~.drift.DriftPlan` says (``None``:
    answers as the spec says; ``app.state.drift.tally`` records what was drifted).
    """

    seed: int = 7
    records: int = 10_000
    rate_per_second: float | None = None
    burst: int = 50
    faults: FaultPlan = attrs.field(factory=FaultPlan)
    validate_requests: bool = True
    drift: DriftPlan | None = None
