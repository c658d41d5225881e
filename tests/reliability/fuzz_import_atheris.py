"""Coverage-guided fuzzing of the importer with atheris (libFuzzer), from valid documents.

    python tests/reliability/fuzz_import_atheris.py -runs=200000 -max_len=65536
    python tests/reliability/fuzz_import_atheris.py -max_total_time=600 --tally=tally.json

Each input is written as an import file and read with `read_cases`; what parses is imported into
one database. The property is the one of test_import_fuzz.py: a whole import or an `InvalidInput`
sentence and no change at all. Any other exception is a finding: libFuzzer saves the input as
crash-* in the work folder it prints (or at -artifact_prefix=). Needs `pip install atheris`
(Linux wheels for CPython 3.8-3.11); test_import_fuzz_atheris.py runs a short smoke run in CI
when it is installed.
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from caseintake.domain import validation  # noqa: F401 - instrumented for coverage
    from caseintake.interchange import importer, schema  # noqa: F401

from tests.reliability.test_import_fuzz import VALID, fuzz_session, import_or_refuse

FOLDER = Path(tempfile.mkdtemp(prefix="caseintake-atheris-"))
SESSION = fuzz_session()
STATE = {"imported": 0, "refused": 0}
STATE_FILE = Path(
    next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--tally=")), FOLDER / "tally.json")
)


def seeds() -> list[bytes]:
    """Valid documents and near misses, so mutations start from the interesting part."""
    one = copy.deepcopy(VALID)
    one["cases"] = one["cases"][:1]
    documents = [VALID, one, {"format": "caseintake/1", "cases": []}]
    return [json.dumps(d, ensure_ascii=False).encode("utf-8") for d in documents] + [
        json.dumps(VALID, indent=1).encode("utf-8")
    ]


def test_one_input(data: bytes) -> None:
    path = FOLDER / "input.json"
    path.write_bytes(data)
    outcome = import_or_refuse(SESSION_OBJECT, lambda: importer.read_cases(path))
    STATE[outcome] += 1
    if sum(STATE.values()) % 250 == 0:
        # libFuzzer ends the process without Python's exit handlers: keep the tally on disk.
        STATE_FILE.write_text(json.dumps(STATE))


def main() -> None:
    global SESSION_OBJECT  # noqa: PLW0603 - one database for the whole run
    SESSION_OBJECT = SESSION.__enter__()
    corpus = FOLDER / "corpus"
    corpus.mkdir()
    for number, seed in enumerate(seeds()):
        (corpus / f"seed{number}.json").write_bytes(seed)
    args = [arg for arg in sys.argv if not arg.startswith("--")]
    if not any(arg.startswith("-artifact_prefix=") for arg in args):
        args.append(f"-artifact_prefix={FOLDER}/")  # crash inputs beside the corpus, not in cwd
    args.append(str(corpus))
    atheris.Setup(args, test_one_input)
    print(f"atheris import fuzz: tally in {STATE_FILE}", file=sys.stderr, flush=True)
    atheris.Fuzz()


SESSION_OBJECT = None

if __name__ == "__main__":
    main()
