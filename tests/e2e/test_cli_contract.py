"""The command line does what DESIGN §6 promises, on data in the format of DESIGN §7."""

from __future__ import annotations

import json
import re
import secrets
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import (
    FIRST_VICTIM_NAME,
    GIVEN_REFERENCE,
    LAWYER,
    OTHER_SOCIAL_WORKER,
    PASSPHRASES,
    SECOND_OPENED_YEAR,
    SECOND_VICTIM_NAME,
    SOCIAL_WORKER,
    SUPERVISOR,
    VAULT_STRINGS,
    Cli,
    Template,
    assert_failure,
    document,
    initialise,
    minimal_case,
    new_cli,
    realistic_document,
    sha256_file,
    write_json,
)

RECOVERY_KEY = re.compile(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}")
CASE_ROW_FIELDS = {"reference", "status", "opened_on", "region", "assigned_to"}


def _keys_anywhere(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = set(value)
        for item in value.values():
            found |= _keys_anywhere(item)
        return found
    if isinstance(value, list):
        return set().union(*(_keys_anywhere(item) for item in value)) if value else set()
    return set()


def _assert_no_vault_strings(text: str) -> None:
    leaked = [s for s in VAULT_STRINGS if s.casefold() in text.casefold()]
    assert not leaked, f"identity-vault values in the output: {leaked}"


# -- init, version, global options -----------------------------------------------------------------


def test_init_json_prints_only_the_recovery_key(fresh_cli: Cli) -> None:
    run = fresh_cli.ok("init", "--json")
    assert run.json().keys() == {"recovery_key"}
    assert RECOVERY_KEY.fullmatch(run.json()["recovery_key"])
    assert fresh_cli.db.is_file()
    assert fresh_cli.cases_json() == []


def test_init_refuses_an_existing_database(cli: Cli) -> None:
    before = {p.name: sha256_file(p) for p in cli.db.parent.iterdir()}
    line = cli.fails(1, "init", "--json")
    assert "exist" in line
    assert {p.name: sha256_file(p) for p in cli.db.parent.iterdir()} == before


def test_version_prints_the_package_version(fresh_cli: Cli) -> None:
    run = fresh_cli.ok("--version", user=None)
    assert re.fullmatch(r"caseintake \d+\.\d+\.\d+\S*\n", run.stdout)


def test_db_and_user_options_before_the_command(readonly_cli: Cli) -> None:
    run = readonly_cli.ok(
        "--db",
        readonly_cli.db,
        "--user",
        LAWYER,
        "cases",
        "--json",
        user=None,
        passphrase=PASSPHRASES[LAWYER],
        env_db=False,
    )
    assert GIVEN_REFERENCE in {row["reference"] for row in run.json()}


def test_db_and_user_options_after_the_command(readonly_cli: Cli) -> None:
    run = readonly_cli.ok(
        "cases",
        "--json",
        "--db",
        readonly_cli.db,
        "--user",
        LAWYER,
        user=None,
        passphrase=PASSPHRASES[LAWYER],
        env_db=False,
    )
    assert GIVEN_REFERENCE in {row["reference"] for row in run.json()}


def test_user_option_wins_over_the_environment(readonly_cli: Cli) -> None:
    run = readonly_cli.ok(
        "--user", LAWYER, "cases", "--json", user=SUPERVISOR, passphrase=PASSPHRASES[LAWYER]
    )
    assert run.returncode == 0


def test_passphrase_file_option_unlocks(readonly_cli: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASES[SUPERVISOR] + "\nignored second line\n", encoding="utf-8")
    run = readonly_cli.ok("cases", "--json", "--passphrase-file", secret, passphrase=None)
    assert len(run.json()) == 2


# -- users -----------------------------------------------------------------------------------------


def test_users_list_json_shows_every_account_with_its_role(readonly_cli: Cli) -> None:
    listed = {u["username"]: u for u in readonly_cli.ok("users", "list", "--json").json()}
    assert {name: (u["role"], u["active"]) for name, u in listed.items()} == {
        SUPERVISOR: ("supervisor", True),
        SOCIAL_WORKER: ("social_worker", True),
        OTHER_SOCIAL_WORKER: ("social_worker", True),
        LAWYER: ("lawyer", True),
    }


def test_users_list_text_names_every_account(readonly_cli: Cli) -> None:
    out = readonly_cli.ok("users", "list").stdout
    for name in (SUPERVISOR, SOCIAL_WORKER, OTHER_SOCIAL_WORKER, LAWYER):
        assert re.search(rf"^{re.escape(name)}\s", out, re.MULTILINE), out


def test_users_add_creates_an_account_that_can_unlock(cli: Cli) -> None:
    cli.ok("users", "add", "lbautista", "--role", "lawyer", new_passphrase="new lawyer passphrase")
    listed = {u["username"]: u for u in cli.ok("users", "list", "--json").json()}
    assert listed["lbautista"]["role"] == "lawyer"
    assert listed["lbautista"]["active"] is True
    run = cli.ok("cases", "--json", user="lbautista", passphrase="new lawyer passphrase")
    assert len(run.json()) == 2


def test_users_add_reads_the_new_passphrase_file(cli: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "new.txt"
    secret.write_text("file-given worker passphrase\n", encoding="utf-8")
    cli.ok("users", "add", "mgarcia", "--role", "social_worker", "--new-passphrase-file", secret)
    cli.ok("cases", "--json", user="mgarcia", passphrase="file-given worker passphrase")


def test_disabled_user_can_no_longer_unlock(cli: Cli) -> None:
    cli.ok("users", "disable", OTHER_SOCIAL_WORKER)
    listed = {u["username"]: u for u in cli.ok("users", "list", "--json").json()}
    assert listed[OTHER_SOCIAL_WORKER]["active"] is False
    cli.fails(3, "cases", "--json", user=OTHER_SOCIAL_WORKER)


# -- import and the case list ---------------------------------------------------------------------


def test_import_lists_both_cases_with_the_given_and_a_generated_reference(
    readonly_cli: Cli, template: Template
) -> None:
    rows = readonly_cli.cases_json()
    assert {r["reference"] for r in rows} == {GIVEN_REFERENCE, template.generated_reference}
    match = re.fullmatch(r"CI-(\d{4})-(\d+)", template.generated_reference)
    assert match, template.generated_reference
    assert int(match.group(1)) in (SECOND_OPENED_YEAR, date.today().year)


def test_cases_json_rows_carry_the_contract_fields(readonly_cli: Cli, template: Template) -> None:
    rows = {r["reference"]: r for r in readonly_cli.cases_json()}
    for row in rows.values():
        assert row.keys() >= CASE_ROW_FIELDS
    first = rows[GIVEN_REFERENCE]
    assert (first["status"], first["opened_on"], first["region"], first["assigned_to"]) == (
        "in_court",
        "2026-02-03",
        "VII",
        SOCIAL_WORKER,
    )
    second = rows[template.generated_reference]
    assert (second["status"], second["opened_on"], second["region"], second["assigned_to"]) == (
        "active",
        f"{SECOND_OPENED_YEAR}-11-20",
        "NCR",
        OTHER_SOCIAL_WORKER,
    )


def test_cases_json_is_newest_first(readonly_cli: Cli, template: Template) -> None:
    refs = [r["reference"] for r in readonly_cli.cases_json()]
    assert refs == [GIVEN_REFERENCE, template.generated_reference]


def test_cases_json_names_no_vault_value(readonly_cli: Cli) -> None:
    _assert_no_vault_strings(readonly_cli.ok("cases", "--json").stdout)
    _assert_no_vault_strings(readonly_cli.ok("cases").stdout)


def test_import_of_a_minimal_case_reports_and_adds_it(cli: Cli, tmp_path: Path) -> None:
    source = write_json(tmp_path / "one.json", document(minimal_case()))
    run = cli.ok("import", source)
    assert "1" in run.stdout
    assert len(cli.cases_json()) == 3


def test_generated_references_do_not_collide_with_given_ones(cli: Cli, tmp_path: Path) -> None:
    source = write_json(
        tmp_path / "more.json",
        document(
            minimal_case(reference="CI-2026-00043"),
            minimal_case(opened_on="2026-06-01"),
            minimal_case(opened_on="2026-06-02"),
        ),
    )
    cli.ok("import", source)
    refs = [r["reference"] for r in cli.cases_json()]
    assert len(refs) == len(set(refs)) == 5
    assert "CI-2026-00043" in refs


# -- search ----------------------------------------------------------------------------------------


def test_search_by_reference_fragment(readonly_cli: Cli) -> None:
    assert readonly_cli.references("--search", "00042") == {GIVEN_REFERENCE}


def test_search_by_a_word_of_the_summary(readonly_cli: Cli) -> None:
    assert readonly_cli.references("--search", "livestreaming") == {GIVEN_REFERENCE}


def test_search_by_a_word_of_a_note(readonly_cli: Cli) -> None:
    assert readonly_cli.references("--search", "grandmother") == {GIVEN_REFERENCE}


def test_search_by_pseudonym(readonly_cli: Cli, template: Template) -> None:
    assert readonly_cli.references("--search", "AAA") == {GIVEN_REFERENCE, template.generated_reference}
    assert readonly_cli.references("--search", "CCC") == {GIVEN_REFERENCE}


def test_search_for_an_unknown_word_finds_nothing(readonly_cli: Cli) -> None:
    assert readonly_cli.references("--search", "nonexistentword") == set()


@pytest.mark.parametrize("user", [SUPERVISOR, LAWYER, SOCIAL_WORKER])
def test_search_by_victim_legal_name_for_those_who_may_reveal(readonly_cli: Cli, user: str) -> None:
    run = readonly_cli.ok("cases", "--json", "--search", FIRST_VICTIM_NAME, user=user)
    assert {r["reference"] for r in run.json()} == {GIVEN_REFERENCE}
    _assert_no_vault_strings(run.stdout)


def test_search_by_victim_legal_name_hidden_from_an_unassigned_social_worker(readonly_cli: Cli) -> None:
    assert readonly_cli.references("--search", FIRST_VICTIM_NAME, user=OTHER_SOCIAL_WORKER) == set()
    assert readonly_cli.references("--search", "Marisol", user=OTHER_SOCIAL_WORKER) == set()


def test_search_by_legal_name_of_a_victim_of_ones_own_case(readonly_cli: Cli, template: Template) -> None:
    found = readonly_cli.references("--search", SECOND_VICTIM_NAME, user=OTHER_SOCIAL_WORKER)
    assert found == {template.generated_reference}


def test_unassigned_social_worker_still_lists_every_case(readonly_cli: Cli) -> None:
    assert len(readonly_cli.cases_json(user=OTHER_SOCIAL_WORKER)) == 2


@pytest.mark.parametrize(
    ("status", "expected"), [("in_court", "given"), ("active", "generated"), ("closed", None)]
)
def test_cases_status_filter(
    readonly_cli: Cli, template: Template, status: str, expected: str | None
) -> None:
    want = {"given": {GIVEN_REFERENCE}, "generated": {template.generated_reference}, None: set()}[expected]
    rows = readonly_cli.cases_json("--status", status)
    assert {r["reference"] for r in rows} == want
    assert all(r["status"] == status for r in rows)


# -- case show -------------------------------------------------------------------------------------


def test_case_show_json_has_the_interchange_shape(readonly_cli: Cli) -> None:
    shown = readonly_cli.ok("case", "show", GIVEN_REFERENCE, "--json").json()
    given = realistic_document()["cases"][0]
    for key in ("reference", "status", "opened_on", "region", "province", "summary", "assigned_to"):
        assert shown[key] == given[key], key
    assert shown["consent_statistics"] == "yes"
    assert sorted(shown["offenses"]) == sorted(given["offenses"])
    assert sorted(shown["accommodations"]) == sorted(given["accommodations"])
    assert shown["source"] == given["source"]
    assert [(r["agency"], r["kind"], r["status"]) for r in shown["referrals"]] == [
        ("DSWD Region VII", "shelter", "accepted")
    ]
    assert [n["text"] for n in shown["notes"]] == [given["notes"][0]["text"]]
    assert sorted(h["kind"] for h in shown["hearings"]) == ["arraignment", "inquest", "pre_trial"]
    assert [e["sha256"] for e in shown["evidence"]] == [given["evidence"][0]["sha256"]]


def test_case_show_json_gives_pseudonyms_and_no_identity(readonly_cli: Cli) -> None:
    run = readonly_cli.ok("case", "show", GIVEN_REFERENCE, "--json")
    shown = run.json()
    assert "identity" not in _keys_anywhere(shown)
    people = [(p["role"], p.get("pseudonym"), p.get("name")) for p in shown["persons"]]
    assert people == [
        ("victim", "AAA", None),
        ("victim", "BBB", None),
        ("accused", "XXX", None),
        ("accused", None, "Gerald Whitcombe"),
        ("guardian", "CCC", None),
    ]
    _assert_no_vault_strings(run.stdout + run.stderr)


def test_case_show_json_of_the_generated_reference(readonly_cli: Cli, template: Template) -> None:
    shown = readonly_cli.ok("case", "show", template.generated_reference, "--json").json()
    assert shown["reference"] == template.generated_reference
    assert [p.get("pseudonym") for p in shown["persons"]] == ["AAA", "XXX"]
    assert "identity" not in _keys_anywhere(shown)


def test_case_show_text_names_no_vault_value(readonly_cli: Cli) -> None:
    run = readonly_cli.ok("case", "show", GIVEN_REFERENCE)
    assert GIVEN_REFERENCE in run.stdout
    assert "AAA" in run.stdout
    _assert_no_vault_strings(run.stdout + run.stderr)


def test_case_show_of_an_unknown_reference_fails(readonly_cli: Cli) -> None:
    line = assert_failure(readonly_cli.run("case", "show", "CI-1999-00001"), 1)
    assert "CI-1999-00001" in line


# -- hearings and the calendar ---------------------------------------------------------------------


def test_hearings_lists_only_the_period_in_manila_days(readonly_cli: Cli, template: Template) -> None:
    out = readonly_cli.ok("hearings", "--from", "2026-03-01", "--to", "2026-03-31").stdout
    for kind in ("arraignment", "preliminary_investigation", "trial"):
        assert re.search(rf"\b{kind}\b", out), out
    for kind in ("inquest", "pre_trial"):
        assert not re.search(rf"\b{kind}\b", out), out
    assert GIVEN_REFERENCE in out
    assert template.generated_reference in out


def _unfold(ics: str) -> list[str]:
    lines: list[str] = []
    for line in ics.split("\r\n"):
        if line.startswith(" ") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _unescape(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def test_hearings_ics_is_a_valid_calendar(readonly_cli: Cli, template: Template, tmp_path: Path) -> None:
    target = tmp_path / "hearings.ics"
    run = readonly_cli.ok("hearings", "--from", "2026-03-01", "--to", "2026-03-31", "--ics", target)
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare line feed in the calendar"
    assert b"\r" not in raw.replace(b"\r\n", b""), "bare carriage return in the calendar"
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "unfolded long line"
    lines = _unfold(raw.decode("utf-8"))
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 3
    events = "\n".join(_unescape(line) for line in lines)
    assert re.search(rf"SUMMARY:{GIVEN_REFERENCE}.*arraignment", events)
    assert re.search(rf"SUMMARY:{template.generated_reference}.*preliminary.investigation", events)
    assert re.search(r"LOCATION:.*RTC Branch 12, Cebu City", events)
    assert re.search(r"LOCATION:.*Office of the City Prosecutor, Manila", events)
    assert "DTSTART:20260302T003000Z" in lines
    _assert_no_vault_strings(raw.decode("utf-8") + run.stdout + run.stderr)


def test_hearings_ics_holds_reference_kind_and_court_only(readonly_cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "hearings.ics"
    readonly_cli.ok("hearings", "--from", "2026-03-01", "--to", "2026-03-31", "--ics", target)
    text = "\n".join(_unfold(target.read_text("utf-8")))
    for private in ("R-CEB-26-00123-CR", "Prepare live-link room", LAWYER, "AAA", "livestreaming"):
        assert private not in text, private


def test_calendar_never_holds_a_bare_carriage_return(cli: Cli, tmp_path: Path) -> None:
    hearing = {
        "court": "RTC Branch 9\rX-INJECTED:yes",
        "kind": "trial",
        "starts_at": "2026-07-01T09:00:00+08:00",
        "status": "scheduled",
    }
    source = write_json(tmp_path / "cr.json", document(minimal_case(hearings=[hearing])))
    imported = cli.run("import", source)
    if imported.returncode != 0:  # refusing the control character at import is a fix too
        assert_failure(imported, 1)
        return
    target = tmp_path / "cr.ics"
    cli.ok("hearings", "--from", "2026-07-01", "--to", "2026-07-01", "--ics", target)
    assert b"\r" not in target.read_bytes().replace(b"\r\n", b"")


# -- passphrases and recovery ----------------------------------------------------------------------


def test_passwd_replaces_the_old_passphrase(cli: Cli, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a brand new supervisor passphrase\n", encoding="utf-8")
    cli.ok("passwd", "--new-passphrase-file", new)
    cli.fails(3, "cases", "--json")
    run = cli.ok("cases", "--json", passphrase="a brand new supervisor passphrase")
    assert len(run.json()) == 2


def test_passwd_reads_the_new_passphrase_from_the_environment(cli: Cli) -> None:
    cli.ok("passwd", user=LAWYER, new_passphrase="lawyer changed passphrase")
    cli.fails(3, "cases", user=LAWYER)
    cli.ok("cases", user=LAWYER, passphrase="lawyer changed passphrase")
    cli.ok("cases", user=SUPERVISOR)


def test_recover_with_a_recovery_key_file(cli: Cli, template: Template, tmp_path: Path) -> None:
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(template.recovery_key + "\n", encoding="utf-8")
    cli.ok(
        "recover",
        "--user",
        SOCIAL_WORKER,
        "--recovery-key-file",
        key_file,
        user=None,
        passphrase=None,
        new_passphrase="recovered worker passphrase",
    )
    cli.fails(3, "cases", user=SOCIAL_WORKER)
    cli.ok("cases", user=SOCIAL_WORKER, passphrase="recovered worker passphrase")


def test_recover_with_the_recovery_key_in_the_environment(cli: Cli, template: Template) -> None:
    cli.ok(
        "recover",
        "--user",
        SUPERVISOR,
        passphrase=None,
        new_passphrase="recovered supervisor passphrase",
        extra={"CASEINTAKE_RECOVERY_KEY": template.recovery_key},
    )
    cli.fails(3, "cases")
    cli.ok("cases", passphrase="recovered supervisor passphrase")


def test_recover_with_a_wrong_recovery_key_fails(cli: Cli) -> None:
    keys_before = _slots_only(cli)
    wrong = "-".join(["AAAA"] * 8)
    cli.fails(
        3,
        "recover",
        "--user",
        SUPERVISOR,
        passphrase=None,
        new_passphrase="never used passphrase",
        extra={"CASEINTAKE_RECOVERY_KEY": wrong},
    )
    assert _slots_only(cli) == keys_before  # only the failed-unlock counter moved
    cli.ok("cases")


def _slots_only(cli: Cli) -> object:
    data = json.loads(cli.db.with_name("cases.db.keys").read_bytes())
    data.pop("unlock", None)
    data.pop("checksum", None)
    return data


# -- backup, restore, check ------------------------------------------------------------------------


def test_backup_then_restore_into_a_fresh_database_gives_the_same_cases(
    cli: Cli, template: Template, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.cib"
    cli.ok("backup", backup)
    assert backup.is_file()
    fresh = tmp_path / "restored" / "cases.db"
    cli.ok("restore", backup, "--db", fresh, env_db=False)
    assert fresh.is_file()
    for args in (
        ("cases", "--json"),
        ("case", "show", GIVEN_REFERENCE, "--json"),
        ("case", "show", template.generated_reference, "--json"),
    ):
        original = cli.ok(*args).stdout
        restored = cli.ok("--db", fresh, *args, env_db=False).stdout
        assert json.loads(restored) == json.loads(original), args
    cli.ok("--db", fresh, "check", env_db=False)


def test_backup_file_holds_no_plaintext(cli: Cli, tmp_path: Path) -> None:
    backup = tmp_path / "backup.cib"
    cli.ok("backup", backup)
    raw = backup.read_bytes()
    assert b"SQLite format 3" not in raw
    for text in [*VAULT_STRINGS, "livestreaming", "grandmother"]:
        assert text.encode("utf-8") not in raw, text


def test_check_passes_on_a_healthy_database(readonly_cli: Cli) -> None:
    run = readonly_cli.ok("check")
    assert run.stderr == ""


# -- demo ------------------------------------------------------------------------------------------


def test_demo_with_the_same_seed_gives_the_same_cases(tmp_path: Path) -> None:
    outputs = []
    for name in ("one", "two"):
        cli = new_cli(tmp_path / name)
        initialise(cli, demo=True)
        cli.ok("demo", "--cases", "300", "--seed", "7")
        outputs.append(cli.ok("cases", "--json").json())
    assert len(outputs[0]) == 100
    assert outputs[0] == outputs[1]


# -- cases --limit / --all -------------------------------------------------------------------------

MANY = 250
CUT_SHORT = "Showing the first {} cases; use --limit N or --all for more."


@pytest.fixture(scope="module")
def many_cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """More cases than one page of the list (100), so the list must be cut short or paged."""
    cli = new_cli(tmp_path_factory.mktemp("many"))
    initialise(cli, demo=True)
    cli.ok("demo", "--cases", str(MANY), "--seed", "3")
    return cli


def test_cases_says_on_stderr_when_the_list_is_cut_short(many_cli: Cli) -> None:
    table = many_cli.ok("cases")
    assert len(table.stdout.splitlines()) == 1 + 100  # the header and the first 100
    assert table.stderr_lines == [CUT_SHORT.format(100)]
    listed = many_cli.ok("cases", "--json")
    assert len(listed.json()) == 100
    assert listed.stderr_lines == [CUT_SHORT.format(100)]


def test_cases_limit_lists_that_many(many_cli: Cli) -> None:
    run = many_cli.ok("cases", "--json", "--limit", "130")
    assert len(run.json()) == 130
    assert run.stderr_lines == [CUT_SHORT.format(130)]
    exact = many_cli.ok("cases", "--json", "--limit", str(MANY))
    assert len(exact.json()) == MANY
    assert exact.stderr == ""


def test_cases_all_lists_every_case_in_order_across_pages(many_cli: Cli) -> None:
    run = many_cli.ok("cases", "--all", "--json")
    assert run.stderr == ""
    rows = run.json()
    assert len(rows) == MANY
    assert len({r["reference"] for r in rows}) == MANY
    keys = [(r["opened_on"], r["reference"]) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert rows[:100] == many_cli.ok("cases", "--json").json()
    # Written page by page, yet the same text as one json.dumps of the whole list.
    assert run.stdout == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    table = many_cli.ok("cases", "--all")
    assert len(table.stdout.splitlines()) == 1 + MANY
    assert table.stderr == ""


def test_cases_all_keeps_the_filters(many_cli: Cli) -> None:
    everything = many_cli.ok("cases", "--all", "--json").json()
    status = everything[0]["status"]
    rows = many_cli.ok("cases", "--all", "--json", "--status", status).json()
    assert rows == [r for r in everything if r["status"] == status]


def test_cases_all_on_an_empty_list_is_an_empty_json_list(readonly_cli: Cli) -> None:
    run = readonly_cli.ok("cases", "--all", "--json", "--status", "closed")
    assert run.stdout == "[]\n"


@pytest.mark.parametrize("args", [("--limit", "0"), ("--limit", "-3"), ("--all", "--limit", "5")])
def test_cases_limit_and_all_misuse_is_a_usage_error(readonly_cli: Cli, args: tuple[str, ...]) -> None:
    readonly_cli.fails(2, "cases", *args)


# -- plaintext canary ------------------------------------------------------------------------------


def _canary_document(canaries: dict[str, str]) -> dict[str, Any]:
    return document(
        minimal_case(
            reference="CI-2026-00777",
            persons=[
                {
                    "role": "victim",
                    "sex": "F",
                    "age": 11,
                    "identity": {
                        "legal_name": f"Liza {canaries['legal_name']}",
                        "aliases": [canaries["alias"]],
                        "address": f"Purok 7, {canaries['address']}",
                        "school": canaries["school"],
                        "contact": f"{canaries['contact']}@example.ph",
                    },
                }
            ],
            notes=[
                {"kind": "interview", "written_at": "2026-05-04T09:00:00+08:00", "text": canaries["note"]}
            ],
            referrals=[
                {
                    "agency": "DSWD Region VI",
                    "kind": "psychosocial",
                    "referred_on": "2026-05-04",
                    "status": "pending",
                    "note": canaries["referral"],
                }
            ],
            hearings=[
                {
                    "court": "RTC Branch 3, Iloilo City",
                    "kind": "arraignment",
                    "starts_at": "2026-06-10T09:00:00+08:00",
                    "status": "scheduled",
                    "notes": canaries["hearing"],
                }
            ],
        )
    )


def test_canaries_never_reach_a_file_or_identity_canaries_the_terminal(cli: Cli, tmp_path: Path) -> None:
    canaries = {
        field: f"Zqxcanary{secrets.token_hex(6)}"
        for field in ("legal_name", "alias", "address", "school", "contact", "note", "referral", "hearing")
    }
    identity = [canaries[f] for f in ("legal_name", "alias", "address", "school", "contact")]
    source = write_json(tmp_path / "canary.json", _canary_document(canaries))
    cli.ok("import", source)
    for value in identity:
        assert cli.references("--search", value) == {"CI-2026-00777"}
    assert cli.references("--search", canaries["note"]) == {"CI-2026-00777"}
    cli.ok("case", "show", "CI-2026-00777")
    cli.ok("case", "show", "CI-2026-00777", "--json")
    cli.ok("hearings", "--from", "2026-06-01", "--to", "2026-06-30", "--ics", tmp_path / "cal.ics")
    cli.ok("backup", tmp_path / "canary.backup")
    cli.ok("check")

    terminal = "".join(run.stdout + run.stderr for run in cli.history)
    for value in identity:
        assert value not in terminal, "an identity canary reached stdout or stderr"

    scanned = [p for p in tmp_path.rglob("*") if p.is_file() and p != source]
    names = {p.name for p in scanned}
    assert {"cases.db", "cases.db.keys", "canary.backup", "cal.ics", "caseintake.log"} <= names, names
    for path in scanned:
        raw = path.read_bytes()
        for field, value in canaries.items():
            for encoding in ("utf-8", "utf-16-le"):
                assert value.encode(encoding) not in raw, f"{field} canary in {path.name} ({encoding})"


def test_key_file_and_logs_name_no_one(readonly_cli: Cli) -> None:
    """Slots are found by a salted hash of the user name; logs carry ids only (STYLE 12)."""
    readonly_cli.ok("case", "show", GIVEN_REFERENCE)
    texts = [readonly_cli.db.with_name("cases.db.keys").read_text("utf-8")]
    texts += [p.read_text("utf-8") for p in readonly_cli.logs.glob("*.log*")]
    for text in texts:
        for name in PASSPHRASES:
            assert name not in text
            assert PASSPHRASES[name] not in text
        _assert_no_vault_strings(text)
