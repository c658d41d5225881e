"""Timing: samples, their median and p95, and side-by-side runs on the two databases.

The machine is shared and has two cores, so the encrypted and the unkeyed database are measured
interleaved, call by call, alternating which goes first: a burst of load from another process
then lands on both sides instead of on one.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Operation = Callable[[Any, Any], object]  # (session or context, input) -> anything


@dataclass
class Samples:
    """Seconds taken by repeated calls of one operation on one database."""

    seconds: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.seconds.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else math.nan

    @property
    def p95(self) -> float:
        """Nearest-rank 95th percentile: a value that was actually observed."""
        if not self.seconds:
            return math.nan
        ordered = sorted(self.seconds)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def worst(self) -> float:
        return max(self.seconds) if self.seconds else math.nan


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def side_by_side(
    contexts: dict[str, Any],
    operation: Operation,
    inputs: Sequence[Any],
    repeat: int,
    *,
    warm_up: bool = True,
) -> dict[str, Samples]:
    """Time `operation(context, input)` for every input, `repeat` times, on every database.

    One unrecorded pass first (unless `warm_up` is off) so that every sample sees the steady
    state of a session that has been in use: connection cache warm, Python code imported.
    A full garbage collection runs before each call, so no call pays for its neighbours' garbage.
    """
    kinds = list(contexts)
    if warm_up:
        for kind in kinds:
            for item in inputs:
                operation(contexts[kind], item)
    samples = {kind: Samples() for kind in kinds}
    for round_no in range(repeat):
        order = kinds if round_no % 2 == 0 else kinds[::-1]
        for item in inputs:
            for kind in order:
                gc.collect()
                samples[kind].add(timed(lambda k=kind, i=item: operation(contexts[k], i)))
    return samples
