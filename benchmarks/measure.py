"""Running the workload on the pair of databases and turning samples into results.

Each measurement runs twice over: warm (the connection's page cache holds what the previous
calls read, as when a user repeats an action) and cold (the page cache is emptied with
`PRAGMA shrink_memory` before every call; the operating system's file cache stays warm, as on a
laptop that has been in use). Cold is where encryption costs: every page read from the file is
decrypted and its HMAC checked. Targets and ratios are judged on the cold figures.
"""

from __future__ import annotations

import importlib
import math
import sys
from collections.abc import Callable, Sequence
from typing import Any

from benchmarks.timing import Samples, side_by_side
from benchmarks.workload import MEASUREMENTS, OPTIONAL_MODULES, RATIO_TARGET, Measurement, Side

MODES = ("warm", "cold")


def _stats(samples: Samples) -> dict[str, Any]:
    return {
        "median_ms": round(samples.median * 1000, 3),
        "p95_ms": round(samples.p95 * 1000, 3),
        "max_ms": round(samples.worst * 1000, 3),
        "n": len(samples.seconds),
    }


def _ratio(encrypted: Samples, unkeyed: Samples) -> float:
    return encrypted.median / unkeyed.median if unkeyed.median > 0 else math.nan


def _emptied_cache(operation: Callable[[Side, Any], object]) -> Callable[[Side, Any], object]:
    def cold(side: Side, item: Any) -> object:
        side.session.db.execute("PRAGMA shrink_memory")
        return operation(side, item)

    return cold


def _skip_reason(measurement: Measurement, sides: dict[str, Side]) -> str | None:
    """Why an operation that colleagues may still be finishing cannot be measured, if it cannot."""
    module = OPTIONAL_MODULES.get(measurement.id)
    if module is None:
        return None
    try:
        importlib.import_module(module)
        for item in measurement.inputs(sides["encrypted"])[:1]:
            measurement.operation(sides["encrypted"], item)
    except Exception as exc:
        return f"skipped: {module} is not usable yet ({type(exc).__name__}: {str(exc)[:160]})"
    return None


def run_one(
    measurement: Measurement,
    sides: dict[str, Side],
    repeat: int,
    *,
    judge: bool,
    modes: tuple[str, ...] = MODES,
) -> dict[str, Any]:
    """Measure one operation on both databases, warm then cold, and judge it."""
    result: dict[str, Any] = {
        "id": measurement.id,
        "label": measurement.label,
        "interactive": measurement.interactive,
        "target": None
        if measurement.target is None
        else {
            "seconds": measurement.target.seconds,
            "stat": measurement.target.stat,
            "text": measurement.target.text(),
        },
        "note": measurement.note,
    }
    skipped = _skip_reason(measurement, sides)
    if skipped:
        result["skipped"] = skipped
        return result
    inputs: Sequence[Any] = measurement.inputs(sides["encrypted"])
    rounds = max(1, round(repeat * measurement.repeat_share))
    operation = measurement.operation
    by_input: dict[str, list[dict[str, Any]]] = {}
    for mode in modes:
        if mode == "warm" and measurement.id == "unlock":
            continue  # every unlock opens a new connection: there is no warm case
        timed = operation if mode == "warm" else _emptied_cache(operation)
        per_input = [
            side_by_side(
                sides,
                timed,
                [item],
                rounds,
                warm_up=mode == "warm" or "warm" not in modes or measurement.id == "unlock",
            )
            for item in inputs
        ]
        merged = {kind: Samples([s for one in per_input for s in one[kind].seconds]) for kind in sides}
        ratio = _ratio(merged["encrypted"], merged["unkeyed"])
        result[mode] = {
            "encrypted": _stats(merged["encrypted"]),
            "unkeyed": _stats(merged["unkeyed"]),
            "ratio": round(ratio, 2),
            "extra_ms": round((merged["encrypted"].median - merged["unkeyed"].median) * 1000, 3),
        }
        by_input[mode] = [
            {
                "input": "" if item is None else str(item),
                "encrypted_median_ms": round(one["encrypted"].median * 1000, 3),
                "unkeyed_median_ms": round(one["unkeyed"].median * 1000, 3),
            }
            for item, one in zip(inputs, per_input, strict=True)
        ]
    result["by_input"] = by_input
    result.update(judge_result(result) if judge else {"target_met": None, "ratio_met": None})
    return result


def judge_result(result: dict[str, Any]) -> dict[str, bool | None]:
    cold = result["cold"]
    target = result["target"]
    target_met = None
    if target is not None:
        observed = cold["encrypted"]["p95_ms" if target["stat"] == "p95" else "median_ms"] / 1000
        target_met = observed <= target["seconds"]
    ratio_met = cold["ratio"] <= RATIO_TARGET if result["interactive"] else None
    return {"target_met": target_met, "ratio_met": ratio_met}


def run_all(
    sides: dict[str, Side], repeat: int, *, judge: bool, only: set[str] | None = None
) -> list[dict[str, Any]]:
    results = []
    for measurement in MEASUREMENTS:
        if only and measurement.id not in only:
            continue
        print(f"  {measurement.label} …", file=sys.stderr, flush=True)
        results.append(run_one(measurement, sides, repeat, judge=judge))
    return results
