"""The machine a result was measured on: without it, a number means nothing."""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def describe() -> dict[str, Any]:
    from caseintake.storage.engine import engine_versions

    memory = _first("/proc/meminfo", "MemTotal")
    try:
        memory_gib = round(int(memory.split()[0]) / 1024 / 1024, 1)
    except (ValueError, IndexError):
        memory_gib = None
    try:
        from PySide6 import __version__ as pyside
    except ImportError:
        pyside = "not installed"
    versions = engine_versions()
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu": _first("/proc/cpuinfo", "model name"),
        "cores": os.cpu_count(),
        "memory_gib": memory_gib,
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "sqlite": versions["sqlite"],
        "sqlcipher": versions["sqlcipher"],
        "pyside6": pyside,
        "load_average_at_start": load_average(),
    }
