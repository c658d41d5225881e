"""The court-record sections of the hearing summary: charges, accused, witnesses, children,
exhibits, motions and next steps.

What a trial lawyer checks before walking into court: is every judicial affidavit in on time
(A.M. No. 12-8-8-SC: at least five days before the hearing), which accommodations the court has
granted each child (A.M. No. 00-4-07-SC), how long each accused has been detained, what is still
pending. Dates are counted in Philippine time from the hearing day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from caseintake.domain.records import Exhibit, Hearing, HearingWitness, Motion, Person
from caseintake.reports import court_labels as cl
from caseintake.reports import labels as lb
from caseintake.reports.hearing_summary_sections import placement, register_table

if TYPE_CHECKING:
    from caseintake.reports.hearing_summary import Composer

__all__ = [
    "AFFIDAVIT_DAYS",
    "add_accused",
    "add_charges",
    "add_children",
    "add_exhibits",
    "add_motions",
    "add_witnesses",
    "affidavit_status",
    "children",
    "next_steps",
]

AFFIDAVIT_DAYS = 5  # Judicial Affidavit Rule, Sec. 2(a): filed not later than five days before
TRIAL_DAYS = 180  # RA 8493, Sec. 6: the whole trial period, from the first day of trial
_CHILD_ROLES = ("victim", "witness")


def _d(day: date | None) -> str:
    """A short date that never breaks across lines (table cells are narrow)."""
    return lb.short_date(day).replace(" ", "&nbsp;") if day else "—"


def add_charges(c: Composer) -> None:
    case, st = c.s.case, c.st
    if case.disposition is not None:
        kind = cl.DISPOSITIONS.get(case.disposition.kind, case.disposition.kind)
        c.doc.add(f"<b>Disposition:</b> {kind}, {lb.full_date(case.disposition.on)}.", st.body)
    if not case.criminal_cases:
        offenses = "; ".join(lb.label(lb.OFFENSES, o) for o in case.offenses)
        c.doc.add(
            f"No criminal case is recorded yet. Offenses as classified by the office: {offenses}.", st.body
        )
        return
    rows: list[list[Flowable | list[Flowable]]] = []
    for case_number, cc in enumerate(case.criminal_cases, start=1):
        src = f"criminal case {case_number}"  # by position: a label never carries case text
        charges: list[Flowable] = [
            c.doc.paragraph(
                c.e(cl.charge_text(g), f"{src}: charge")
                + (
                    f"<br/><i>{c.e(g.description, f'{src}: charge description')}</i>" if g.description else ""
                ),
                st.cell,
            )
            for g in cc.charges
        ] or [c.doc.paragraph("<i>Charges not recorded.</i>", st.cell)]
        rows.append([
            c.doc.paragraph(c.e(cc.number, f"{src}: number"), st.cell),
            charges,
            c.doc.paragraph(_d(cc.filed_on), st.cell),
        ])  # fmt: skip
    head = ["Criminal case", "Charge (statute, section, counts)", "Filed"]
    register_table(c, head, rows, (0.34, 0.43, 0.23))


def _arraignment(c: Composer) -> Hearing | None:
    held = [h for h in c.s.case.hearings if h.kind == "arraignment" and h.status == "held"]
    return min(held, key=lambda h: h.starts_at) if held else None


def _first_trial_day(c: Composer) -> date | None:
    selected = c.s.hearing
    trials = [
        h for h in c.s.case.hearings
        if h.kind == "trial" and (h.status == "held" or h.id == selected.id)
        and h.starts_at <= selected.starts_at
    ]  # fmt: skip
    return lb.manila(min(trials, key=lambda h: h.starts_at).starts_at).date() if trials else None


def add_accused(c: Composer) -> None:
    st = c.st
    accused = [p for p in c.s.case.persons if p.role == "accused"]
    if not accused:
        c.doc.add("<i>No accused is recorded.</i>", st.body)
        return
    rows: list[list[Flowable | list[Flowable]]] = []
    for p in accused:
        d = p.detention
        src = f"person {p.pseudonym or 'accused'}: detention"
        status = cl.DETENTION_STATUSES.get(d.status, d.status) if d else "Not recorded"
        if d and d.since:
            status += f" since {_d(d.since)}"
        days = str((c.day - d.since).days) if d and d.status == "detained" and d.since else "—"
        rows.append([
            [c.doc.paragraph(f"<b>{c.person(p)}</b>", st.cell),
             c.doc.paragraph(lb.label(lb.RELATIONSHIPS, p.relationship), st.small)],
            c.doc.paragraph(status, st.cell),
            c.doc.paragraph(days, st.cell),
            c.doc.paragraph(c.e(d.bail, f"{src} bail") if d and d.bail else "—", st.cell),
        ])  # fmt: skip
    register_table(c, ["Accused", "Detention", "Days detained", "Bail"], rows, (0.35, 0.24, 0.13, 0.28))
    clock: list[str] = [f"Days detained are counted to the hearing day, {lb.full_date(c.day)}."]
    arraigned = _arraignment(c)
    if arraigned is not None:
        when = lb.manila(arraigned.starts_at).date()
        clock.append(f"Arraigned on {lb.full_date(when)}, {(c.day - when).days} days before this hearing.")
    first = _first_trial_day(c)
    if first is not None:
        day_no = (c.day - first).days + 1
        clock.append(
            f"First day of trial: {lb.full_date(first)}; this hearing falls on day {day_no} of the "
            f"{TRIAL_DAYS}-day trial period (RA 8493, Sec. 6)."
        )
    c.doc.add(" ".join(clock), st.small)


def affidavit_due(hearing_day: date) -> date:
    return hearing_day - timedelta(days=AFFIDAVIT_DAYS)


def affidavit_status(w: HearingWitness, hearing_day: date, today: date) -> tuple[str, bool]:
    """The affidavit's status as printed, and whether it needs the lawyer's attention."""
    due = affidavit_due(hearing_day)
    if w.affidavit_filed_on is None:
        if today > due:
            return f"<b>NOT FILED</b>: was due by {_d(due)}", True
        return f"Not yet filed: due by {_d(due)}", True
    filed = w.affidavit_filed_on
    if filed <= due:
        return f"Filed {_d(filed)}, on time", False
    before = (hearing_day - filed).days
    return (
        f"Filed {_d(filed)}: <b>LATE</b>, {before} day{'s' if before != 1 else ''} before the hearing",
        True,
    )


def _witness_name(c: Composer, w: HearingWitness, index: int) -> str:
    person = c.by_id.get(w.person) if w.person else None
    if person is not None:
        role = lb.label(lb.PERSON_ROLES, person.role).lower()
        ages = cl.age_on(person, c.s.case.opened_on, c.day)
        child = f", a child of {cl.age_text(ages)}" if ages and ages[0] < 18 else ""
        return f"<b>{c.person(person)}</b> ({role}{child})"
    return c.e(w.name or "Unnamed witness", f"{c.hearing_label}: witness {index + 1}")


def add_witnesses(c: Composer) -> None:
    st, h = c.st, c.s.hearing
    if not h.witnesses:
        c.doc.add("<i>No witness is listed for this hearing.</i>", st.body)
        return
    due = affidavit_due(c.day)
    c.doc.add(
        f"Judicial affidavits are due at least {AFFIDAVIT_DAYS} days before the hearing, by "
        f"{lb.full_date(due)} (Judicial Affidavit Rule, A.M.&nbsp;No.&nbsp;12-8-8-SC, Sec.&nbsp;2(a)).",
        st.body_lead,
    )
    rows: list[list[Flowable | list[Flowable]]] = []
    attention: list[str] = []
    for i, w in enumerate(h.witnesses):
        name = _witness_name(c, w, i)
        status, flag = affidavit_status(w, c.day, c.s.prepared_on)
        if flag:
            attention.append(name)
        rows.append([c.doc.paragraph(f"{i + 1}.", st.cell), c.doc.paragraph(name, st.cell),
                     c.doc.paragraph(status, st.cell)])  # fmt: skip
    register_table(c, ["", "Witness", "Judicial affidavit"], rows, (0.07, 0.5, 0.43))
    if attention:
        c.doc.add(
            "<b>Warning:</b> the judicial affidavit of "
            + ", ".join(attention)
            + " is late or not yet filed. A late affidavit may be admitted only once, for a valid reason, "
            "without undue prejudice to the other side and on payment of a fine (Sec. 10).",
            st.body,
        )


def children(c: Composer) -> list[tuple[Person, tuple[int, int] | None]]:
    """Victims and witnesses who may be under 18 on the hearing day, with their possible ages."""
    out = []
    for p in c.s.case.persons:
        if p.role not in _CHILD_ROLES:
            continue
        ages = cl.age_on(p, c.s.case.opened_on, c.day)
        if (ages is None and p.role == "victim") or (ages is not None and ages[0] < 18):
            out.append((p, ages))
    return out


def _measure_label(m_code: str, language: str | None, c: Composer, who: str) -> str:
    text = cl.MEASURES.get(m_code, m_code.replace("_", " "))
    if language:
        text += f" ({c.e(language, f'person {who}: interpreter language')})"
    return text


def add_children(c: Composer) -> None:
    st, case = c.st, c.s.case
    kids = children(c)
    places = [text for r in case.referrals if (text := placement(r))]
    if not kids:
        c.doc.add("<i>No child witness is recorded.</i>", st.body)
    c.doc.add(
        "Measures under the Rule on Examination of a Child Witness (A.M.&nbsp;No.&nbsp;00-4-07-SC). Ages "
        f"on the hearing day follow from the age recorded at intake ({lb.full_date(case.opened_on)}).",
        ParagraphStyle("SmallLead", parent=st.small, keepWithNext=1),  # never alone under the heading
    )
    covered: set[str] = set()
    for p, ages in kids:
        role = lb.label(lb.PERSON_ROLES, p.role).lower()
        age = f"{cl.age_text(ages)} on the hearing day" if ages else "age not recorded"
        c.doc.add(f"<b>{c.person(p)}</b> · {role} · {age}", st.subheading)
        if p.role == "victim" and places:
            c.doc.add(f"Placement: {places[-1]}.", st.body_lead)  # stays with the measures below
        if not p.measures:
            c.doc.add("<i>No measure is recorded for this child.</i>", st.body)
            continue
        rows: list[list[Flowable | list[Flowable]]] = []
        for m in p.measures:
            covered.add(m.measure)
            status = cl.MEASURE_STATUSES.get(m.status, m.status)
            ruling = f"<b>{status}</b>" if m.status == "granted" else status
            if m.status == "requested":
                ruling += ", not yet ruled on"
            elif m.ruled_on:
                ruling += f" {_d(m.ruled_on)}"
            if m.requested_on:
                ruling += f"<br/>requested {_d(m.requested_on)}"
            rows.append([
                c.doc.paragraph(_measure_label(m.measure, m.language, c, p.pseudonym or role), st.cell),
                c.doc.paragraph(ruling, st.cell),
            ])  # fmt: skip
        register_table(c, ["Measure", "Court"], rows, (0.55, 0.45))
    rest = [a for a in case.accommodations if a not in covered]
    if rest:
        names = ", ".join(lb.ACCOMMODATIONS.get(a, (a.replace("_", " "), ""))[0] for a in rest)
        c.doc.add(f"Also recorded for the case as a whole, without a court ruling on file: {names}.", st.body)


def _exhibit_rows(c: Composer, items: list[Exhibit]) -> list[list[Flowable | list[Flowable]]]:
    st = c.st
    evidence = {e.id: e for e in c.s.case.evidence if e.id}
    rows: list[list[Flowable | list[Flowable]]] = []
    for exhibit_number, x in enumerate(items, start=1):
        src = f"exhibit {exhibit_number}"
        item = evidence.get(x.evidence) if x.evidence else None
        ref = c.e(item.reference, f"{src}: evidence reference") if item and item.reference else "—"
        ruling = cl.EXHIBIT_RULINGS.get(x.ruling, x.ruling)
        if x.ruled_on:
            ruling += f", {_d(x.ruled_on)}"
        rows.append([
            c.doc.paragraph(f"<b>{c.e(x.marking, f'{src}: marking')}</b>", st.cell),
            c.doc.paragraph(c.e(x.description, f"{src}: description"), st.cell),
            c.doc.paragraph(ref, st.cell),
            c.doc.paragraph(_d(x.offered_on) if x.offered_on else "Not yet", st.cell),
            c.doc.paragraph(ruling if x.offered_on or x.ruling != "pending" else "—", st.cell),
        ])  # fmt: skip
    return rows


def add_exhibits(c: Composer) -> None:
    exhibits = c.s.case.exhibits
    if not exhibits:
        c.doc.add("<i>No exhibit is marked yet.</i>", c.st.body)
        return
    sides = [("Prosecution", [x for x in exhibits if x.offered_by != "defense"]),
             ("Defense", [x for x in exhibits if x.offered_by == "defense"])]  # fmt: skip
    for title, items in sides:
        if not items:
            continue
        c.doc.add(f"Marked for the {title.lower()}", c.st.subheading)
        head = ["Exh.", "Description", "Register", "Offered", "Ruling"]
        register_table(c, head, _exhibit_rows(c, items), (0.08, 0.4, 0.15, 0.2, 0.17))


def _pending(c: Composer) -> list[tuple[Hearing, Motion]]:
    ordered = sorted(c.s.case.hearings, key=lambda h: h.starts_at)
    return [(h, m) for h in ordered for m in h.motions if m.status == "pending"]


def _motion_text(c: Composer, h: Hearing, m: Motion) -> str:
    when = lb.short_date(lb.manila(h.starts_at).date())
    title = c.e(m.title, f"motion set for {when}: title")
    by = cl.PARTIES.get(m.filed_by, m.filed_by)
    filed = f" on {_d(m.filed_on)}" if m.filed_on else ""
    setting = "this hearing" if h.id == c.s.hearing.id else f"the hearing of {when}"
    return f"<b>{title}</b> — filed by the {by.lower()}{filed}; set for {setting}."


def add_motions(c: Composer) -> None:
    pending = _pending(c)
    if not pending:
        c.doc.add("<i>No motion is pending.</i>", c.st.body)
    for h, m in pending:
        c.doc.add(_motion_text(c, h, m), c.st.list_item, bullet="•")
    resolved = [m for m in c.s.hearing.motions if m.status != "pending"]
    if resolved:
        c.doc.add("Resolved at this hearing", c.st.subheading)
        for m in resolved:
            status = cl.MOTION_STATUSES.get(m.status, m.status).lower()
            title = c.e(m.title, f"{c.hearing_label}: motion title")
            on = f" on {_d(m.resolved_on)}" if m.resolved_on else ""
            c.doc.add(f"<b>{title}</b> — {status}{on}.", c.st.list_item, bullet="•")


def next_steps(c: Composer) -> list[str]:
    """What is still to do, derived from the record: nothing here is typed by hand."""
    steps: list[str] = []
    case, h = c.s.case, c.s.hearing
    if h.status == "scheduled":
        for i, w in enumerate(h.witnesses):
            status, flag = affidavit_status(w, c.day, c.s.prepared_on)
            if flag and w.affidavit_filed_on is None:
                steps.append(f"File the judicial affidavit of {_witness_name(c, w, i)} ({status}).")
            elif flag:
                steps.append(f"Be ready to justify the late judicial affidavit of {_witness_name(c, w, i)}.")
    pending = _pending(c)
    here = [m for mh, m in pending if mh.id == h.id]
    if here:
        count = "the pending motion" if len(here) == 1 else f"the {len(here)} pending motions"
        where = c.numerals.get("motions", "")
        steps.append(f"Be heard on {count} set for this hearing" + (f" (part {where})." if where else "."))
    if len(here) < len(pending):
        steps.append("Follow up the pending motions set for other hearings.")
    for p, _ages in children(c):
        for measure in p.measures:
            if measure.status == "requested":
                label = _measure_label(measure.measure, measure.language, c, p.pseudonym or p.role)
                steps.append(f"Ask the court to rule on: {label} for <b>{c.person(p)}</b>"
                             f" (requested {_d(measure.requested_on)}).")  # fmt: skip
    unoffered = [x for x in case.exhibits if x.offered_by != "defense" and x.offered_on is None]
    if unoffered:
        marks = ", ".join(c.e(x.marking, "exhibit marking") for x in unoffered)
        steps.append(f"Formal offer of the prosecution's exhibits still to be made: {marks}.")
    for p in case.persons:
        if p.role == "accused" and p.detention is not None and p.detention.status == "at_large":
            steps.append(f"Accused <b>{c.person(p)}</b> is at large: follow up the warrant of arrest.")
    later = sorted((x for x in case.hearings if x.starts_at > h.starts_at and x.status == "scheduled"),
                   key=lambda x: x.starts_at)  # fmt: skip
    if later:
        nxt = later[0]
        local = lb.manila(nxt.starts_at)
        steps.append(f"Next setting: {lb.label(lb.HEARING_KINDS, nxt.kind).lower()} on "
                     f"{lb.long_date(local.date())}, {lb.clock(local)}.")  # fmt: skip
    elif case.disposition is None:
        steps.append("No later setting is recorded: ask the court for the next trial date.")
    return steps
