"""The integrity check in plain words: what was checked, what is wrong, what to do next.

A view model without widgets: the dialog shows `report_text`, saves it and prints it, and the
tests read it without a display. The text holds no case data: the core's findings name pages,
events, indexes and key epochs, and the facts are counts. The words for each check, its advice
and each fact are in `ui.labels` (`integrity_check`, `integrity_advice`, `integrity_fact`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from caseintake.services.maintenance import CHECKS, CheckReport
from caseintake.ui.labels import label


@dataclass(frozen=True)
class CheckLine:
    name: str
    title: str
    state: str  # "ok", "problem" or "not_run"
    problems: tuple[str, ...]


def check_lines(report: CheckReport) -> list[CheckLine]:
    """One line per check, in the order they run."""
    lines = []
    for name in CHECKS:
        found = report.checks.get(name)
        state = "not_run" if found is None else ("problem" if found else "ok")
        lines.append(CheckLine(name, label("integrity_check", name), state, tuple(found or ())))
    return lines


def summary(report: CheckReport) -> str:
    if report.ok:
        return QCoreApplication.translate(
            "IntegrityReport", "No problems found: the database is whole and no record was altered."
        )
    count = len(report.problems)
    if count == 1:
        return QCoreApplication.translate(
            "IntegrityReport", "1 problem found: the database is damaged or was altered."
        )
    return QCoreApplication.translate(
        "IntegrityReport", "%1 problems found: the database is damaged or was altered."
    ).replace("%1", str(count))


def next_steps(report: CheckReport) -> list[str]:
    """What to do now, most important first."""
    if report.ok:
        return [
            QCoreApplication.translate(
                "IntegrityReport",
                "Nothing needs doing. Run the check again after a crash or a power cut, and before "
                "relying on a backup.",
            )
        ]
    steps = [label("integrity_advice", line.name) for line in check_lines(report) if line.state == "problem"]
    steps += [
        QCoreApplication.translate(
            "IntegrityReport",
            "Stop entering new work in this database: the check repaired nothing and changed nothing.",
        ),
        QCoreApplication.translate(
            "IntegrityReport",
            "Restore the most recent backup that checks clean (Keys and backups, Restore from a backup); "
            "the files it replaces are kept beside the database, still encrypted.",
        ),
        QCoreApplication.translate(
            "IntegrityReport",
            "If there is no such backup, keep the files exactly as they are and ask for expert help. "
            "Save or print this report to show what was found.",
        ),
    ]
    return steps


def report_text(report: CheckReport, *, database: str, checked_at: str, checked_by: str) -> str:
    """The whole report as plain text, for the dialog, a text file and the printer."""
    marks = {
        "ok": QCoreApplication.translate("IntegrityReport", "OK"),
        "problem": QCoreApplication.translate("IntegrityReport", "PROBLEM"),
        "not_run": QCoreApplication.translate("IntegrityReport", "NOT RUN"),
    }
    width = max(len(mark) for mark in marks.values())
    lines = check_lines(report)
    out = [
        QCoreApplication.translate("IntegrityReport", "caseintake integrity check"),
        "",
        QCoreApplication.translate("IntegrityReport", "Database: %1").replace("%1", database),
        QCoreApplication.translate("IntegrityReport", "Checked: %1 by %2")
        .replace("%1", checked_at)
        .replace("%2", checked_by),
        "",
        summary(report),
        "",
        QCoreApplication.translate("IntegrityReport", "What was checked"),
    ]
    for line in lines:
        out.append(f"  {marks[line.state]:<{width}}  {line.title}")
        out += [f"  {'':<{width}}    - {problem}" for problem in line.problems]
    if any(line.state == "not_run" for line in lines):
        out.append(
            QCoreApplication.translate(
                "IntegrityReport",
                "  (A check not run was stopped by an earlier one that could not read the file.)",
            )
        )
    if report.facts:
        out += ["", QCoreApplication.translate("IntegrityReport", "Facts")]
        for key, value in report.facts.items():
            out.append(f"  {label('integrity_fact', key)}: {value}")
    out += ["", QCoreApplication.translate("IntegrityReport", "What to do next")]
    out += [f"  - {step}" for step in next_steps(report)]
    return "\n".join(out) + "\n"
