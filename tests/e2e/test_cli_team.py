"""Team sync through the command line: `hub`, `sync export/import`, `conflicts` (issue 15)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import (
    GIVEN_REFERENCE,
    SOCIAL_WORKER,
    VAULT_STRINGS,
    Cli,
    document,
    minimal_case,
    new_cli,
    write_json,
)


def _laptop(cli: Cli, tmp_path: Path, name: str = "field-1") -> Cli:
    cli.ok("hub", "start")
    laptop = Cli(root=tmp_path / name, db=tmp_path / name / "db" / "cases.db")
    laptop.root.mkdir(parents=True)
    cli.ok("hub", "enrol", name, "--for", SOCIAL_WORKER, "--out", laptop.db)
    return laptop


def test_a_case_opened_offline_reaches_the_office_and_comes_back(cli: Cli, tmp_path: Path) -> None:
    laptop = _laptop(cli, tmp_path)
    assert laptop.references(user=SOCIAL_WORKER) == {GIVEN_REFERENCE}  # her case only
    new = write_json(tmp_path / "new.json", document(minimal_case(summary="Opened in the field.")))
    laptop.ok("import", new, user=SOCIAL_WORKER)
    status = laptop.ok("sync", "status", "--json", user=SOCIAL_WORKER).json()
    assert status["role"] == "device" and status["pending"] > 0
    bundle = tmp_path / "stick" / "field-1.bundle"
    bundle.parent.mkdir()
    out = laptop.ok("sync", "export", bundle, user=SOCIAL_WORKER).stdout
    assert "Wrote" in out
    raw = bundle.read_bytes()
    assert not any(s.encode() in raw for s in [*VAULT_STRINGS, "Opened in the field"])
    applied = cli.ok("sync", "import", bundle).stdout
    assert "applied" in applied
    field_refs = laptop.references(user=SOCIAL_WORKER)
    assert field_refs <= cli.references()  # the new case is at the office under the same reference
    cli.ok("sync", "import", bundle)  # twice: nothing more
    assert len(cli.references()) == 3
    back = tmp_path / "stick" / "office.bundle"
    cli.ok("sync", "export", back, "--device", "field-1")
    laptop.ok("sync", "import", back, user=SOCIAL_WORKER)
    assert laptop.ok("sync", "status", "--json", user=SOCIAL_WORKER).json()["pending"] == 0
    devices = cli.ok("hub", "devices", "--json").json()
    assert devices[0]["name"] == "field-1" and devices[0]["bundles_in"] == 1


def test_tampered_foreign_and_revoked_bundles_are_refused(cli: Cli, tmp_path: Path) -> None:
    laptop = _laptop(cli, tmp_path)
    new = write_json(tmp_path / "new.json", document(minimal_case()))
    laptop.ok("import", new, user=SOCIAL_WORKER)
    bundle = tmp_path / "field-1.bundle"
    laptop.ok("sync", "export", bundle, user=SOCIAL_WORKER)
    tampered = tmp_path / "tampered.bundle"
    data = bytearray(bundle.read_bytes())
    data[-20] ^= 0x40
    tampered.write_bytes(bytes(data))
    assert "altered" in cli.fails(4, "sync", "import", tampered)
    other = new_cli(tmp_path / "other-office")
    other.ok("init")
    other.ok("hub", "start")
    assert "another office" in other.fails(5, "sync", "import", bundle)
    revoked = cli.ok("hub", "revoke", "field-1", "--json").json()
    assert {row["reference"] for row in revoked} == {GIVEN_REFERENCE}
    line = cli.fails(5, "sync", "import", bundle)
    assert "revoked" in line
    assert len(cli.references()) == 2  # nothing of the revoked laptop's was applied
    assert "revoked" in cli.fails(5, "sync", "export", tmp_path / "x.bundle", "--device", "field-1")


def test_sync_needs_a_team(cli: Cli, tmp_path: Path) -> None:
    line = cli.fails(1, "sync", "export", tmp_path / "x.bundle")
    assert "not part of a team" in line
    assert "not part of a team" in cli.ok("sync", "status").stdout


def test_a_shared_folder_carries_bundles_both_ways(cli: Cli, tmp_path: Path) -> None:
    laptop = _laptop(cli, tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    new = write_json(tmp_path / "new.json", document(minimal_case(summary="Opened in the field.")))
    laptop.ok("import", new, user=SOCIAL_WORKER)
    assert "field-1-to-office.cibundle" in laptop.ok("sync", "folder", folder, user=SOCIAL_WORKER).stdout
    (folder / ".field-1-to-office.cibundle.x1.part").write_bytes(b"half a bundle")  # a sync tool's copy
    hub_round = cli.ok("sync", "folder", folder).stdout
    assert "Applied field-1-to-office.cibundle" in hub_round and "office-to-field-1.cibundle" in hub_round
    assert len(cli.references()) == 3
    laptop.ok("sync", "folder", folder, user=SOCIAL_WORKER)
    assert laptop.ok("sync", "status", "--json", user=SOCIAL_WORKER).json()["pending"] == 0
