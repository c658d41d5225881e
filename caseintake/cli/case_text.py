"""How `case show` prints a case on a terminal: pseudonyms only, never identities."""

from __future__ import annotations

from caseintake.domain.records import Case


def case_as_text(case: Case) -> str:
    """A case for the terminal: pseudonyms only, as `case show` prints it."""
    out = [
        f"{case.reference}  {case.status}  opened {case.opened_on.isoformat()}"
        + (f"  closed {case.closed_on.isoformat()}" if case.closed_on else ""),
        f"Region {case.region}"
        + (f", {case.province}" if case.province else "")
        + f"; assigned to {case.assigned_to}; statistics consent: {case.consent_statistics}",
        f"Offenses: {', '.join(case.offenses)}",
    ]
    if case.source_kind:
        out.append(
            f"Source: {case.source_kind}" + (f" {case.source_reference}" if case.source_reference else "")
        )
    if case.accommodations:
        out.append(f"Accommodations: {', '.join(case.accommodations)}")
    out += ["", "Summary:", f"  {case.summary}", "", "People:"]
    for p in case.persons:
        label = p.pseudonym or p.name or "(unnamed)"
        facts = [
            p.role,
            p.relationship or "",
            p.sex or "",
            f"age {p.age}" if p.age is not None else "",
            p.nationality or "",
        ]
        out.append(f"  {label:<8} " + ", ".join(f for f in facts if f))
    sections: list[tuple[str, list[str]]] = [
        ("Referrals", [f"  {r.referred_on} {r.kind} to {r.agency}: {r.status}" for r in case.referrals]),
        (
            "Hearings",
            [
                f"  {h.starts_at.isoformat(timespec='minutes')} {h.kind} at {h.court}"
                f"{' (' + h.docket + ')' if h.docket else ''}: {h.status}"
                for h in case.hearings
            ],
        ),
        (
            "Evidence",
            [
                f"  {e.reference or '-'} {e.description}{' held by ' + e.custodian if e.custodian else ''}"
                for e in case.evidence
            ],
        ),
        (
            "Notes",
            [
                f"  {n.written_at.isoformat(timespec='minutes')} {n.kind}"
                + (f" ({n.byline})" if n.imported_by else f" by {n.author}")
                + f" (v{n.version}): {n.text}"
                for n in case.notes
            ],
        ),
    ]
    for title, lines in sections:
        if lines:
            out += ["", f"{title}:", *lines]
    return "\n".join(out)
