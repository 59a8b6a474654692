"""The malformed-input corpus (scripts/make_malformed_corpus.py): every input gives a typed error or a record
with warnings, quickly, and the heavy ones stay under 1 GB of memory, measured in a process of their own.

The corpus is generated once per session into a temporary folder (about 50 files, under a second, ~50 MB of
disk: the 1 GB text file is sparse and the bombs are a few MB at most).
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import load_script

import foiparse
from foiparse.errors import (
    CorruptDocument,
    DecompressionBomb,
    DocumentTooLarge,
    FoiParseError,
    NestingTooDeep,
    ParseTimeout,
)
from foiparse.limits import Deadline, Limits
from foiparse.readers.archive import iter_zip

CORPUS = load_script("make_malformed_corpus")
LIGHT = [case.name for case in CORPUS.CASES if not case.heavy]
HEAVY = [case.name for case in CORPUS.CASES if case.heavy]
CASES = {case.name: case for case in CORPUS.CASES}
PEAK_RSS_LIMIT_KB = 1024 * 1024  # 1 GiB
LIGHT_SECONDS = 10.0
HEAVY_SECONDS = 30.0
SUBPROCESS_TIMEOUT = 240.0

# Parses one file in a fresh interpreter and prints what happened, with the time it took and the process's
# peak resident memory (ru_maxrss, kB on Linux) before and after.
_RUNNER = """
import json, resource, sys, time
import foiparse
from foiparse.limits import Limits
from foiparse.nlp import get_nlp
from foiparse.catalogue import get_catalogue
get_nlp(); get_catalogue()
foiparse.parse_text("Dear Ms Patel\\nOur ref: FOI/1\\n")  # warm up, so the figures are the file's
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
path, limits = sys.argv[1], json.loads(sys.argv[2])
started = time.monotonic()
try:
    record = foiparse.parse(path, limits=Limits(**limits))
    outcome, detail = "record", [w.code for w in record.warnings]
except foiparse.FoiParseError as exc:
    outcome, detail = type(exc).__name__, str(exc)
except BaseException as exc:  # a crash: reported, not raised, so the test can say which input
    outcome, detail = "crash:" + type(exc).__name__, repr(exc)[:2000]
seconds = time.monotonic() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "detail": detail, "seconds": seconds, "baseline_kb": baseline, "peak_kb": peak}))
"""


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("malformed")
    built = CORPUS.build(out)
    return {case.name: path for case, path in built}


def _outcome(path: Path, limits: dict[str, Any]) -> tuple[str, Any]:
    try:
        record = foiparse.parse(path, limits=Limits(**limits))
    except FoiParseError as exc:
        assert exc.message and str(exc), "an error must say what was wrong"
        return type(exc).__name__, str(exc)
    return "record", [w.code for w in record.warnings]


def _check(name: str, outcome: str, detail: Any) -> None:
    case = CASES[name]
    assert not outcome.startswith("crash:"), f"{name} ({case.what}) crashed: {detail}"
    assert outcome in case.expect, f"{name} ({case.what}): got {outcome} ({detail}), expected one of {case.expect}"
    if outcome == "record":
        missing = set(case.warnings) - set(detail)
        assert not missing, f"{name}: warnings {sorted(missing)} missing from {detail}"


@pytest.mark.parametrize("name", LIGHT)
def test_malformed_input_fails_cleanly(corpus: dict[str, Path], name: str) -> None:
    started = time.monotonic()
    outcome, detail = _outcome(corpus[name], CASES[name].limits)
    seconds = time.monotonic() - started
    _check(name, outcome, detail)
    assert seconds < LIGHT_SECONDS, f"{name} took {seconds:.1f} s"


@pytest.fixture(scope="session")
def heavy_results(corpus: dict[str, Path]) -> dict[str, dict[str, Any]]:
    """Each heavy input parsed in its own interpreter, two at a time."""

    def run(name: str) -> tuple[str, dict[str, Any]]:
        cmd = [sys.executable, "-c", _RUNNER, str(corpus[name]), json.dumps(CASES[name].limits)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=SUBPROCESS_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            return name, {"outcome": "crash:hang", "detail": f"no result within {SUBPROCESS_TIMEOUT:g} s"}
        lines = proc.stdout.strip().splitlines()
        if proc.returncode != 0 or not lines:
            detail = f"exit {proc.returncode}: {proc.stderr[-2000:]}"
            return name, {"outcome": "crash:process", "detail": detail}
        return name, json.loads(lines[-1])

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(pool.map(run, HEAVY))
    print("\nheavy malformed inputs (seconds, peak RSS MB, RSS MB after warm-up, outcome):")  # shown with -s
    for name, result in results.items():
        mb = {key: result.get(key, 0) / 1024 for key in ("peak_kb", "baseline_kb")}
        print(f"  {name:34} {result.get('seconds', 0):6.2f} s {mb['peak_kb']:6.0f} {mb['baseline_kb']:6.0f}  "
              f"{result['outcome']}")  # fmt: skip
    return results


@pytest.mark.parametrize("name", HEAVY)
def test_heavy_malformed_input_stays_within_limits(heavy_results: dict[str, dict[str, Any]], name: str) -> None:
    result = heavy_results[name]
    _check(name, result["outcome"], result["detail"])
    assert result["seconds"] < HEAVY_SECONDS, f"{name} took {result['seconds']:.1f} s"
    assert result["peak_kb"] < PEAK_RSS_LIMIT_KB, f"{name}: peak RSS {result['peak_kb'] / 1024:.0f} MB"


def test_every_case_is_checked() -> None:
    names = [case.name for case in CORPUS.CASES]
    assert len(names) == len(set(names))
    required = {
        "pdf-truncated-50.pdf", "pdf-bitflip-010-0.pdf", "zero-byte.pdf", "pdf-recursive-page-tree.pdf",
        "pdf-10000-pages.pdf", "zip-nested-bomb.zip", "docx-bomb.docx", "text-1gb-sparse.txt",
        "text-invalid-utf8.txt", "text-utf16le-no-bom.txt", "text-windows-1252.txt", "html-100000-nested.html",
        "email-1000-attachments.eml",
    }  # fmt: skip
    assert required <= set(names)


def test_corpus_is_reproducible(tmp_path: Path, corpus: dict[str, Path]) -> None:
    small = [name for name, path in corpus.items() if path.stat().st_size < 5_000_000]
    again = dict((case.name, path) for case, path in CORPUS.build(tmp_path, names=small))
    for name in small:
        assert again[name].read_bytes() == corpus[name].read_bytes(), name


def test_big_inputs_are_what_they_claim(corpus: dict[str, Path]) -> None:
    import zipfile

    assert corpus["text-1gb-sparse.txt"].stat().st_size == 1 << 30
    with zipfile.ZipFile(corpus["docx-bomb.docx"]) as archive:
        assert archive.getinfo("word/document.xml").file_size == 2 << 30
    # The bombs really inflate: a prefix of each is the repeated byte.
    with zipfile.ZipFile(corpus["docx-bomb.docx"]) as archive, archive.open("word/document.xml") as member:
        assert member.read(1 << 20) == b" " * (1 << 20)


# --- limits ------------------------------------------------------------------------------------------------------


def test_deadline_raises_once_the_time_is_up() -> None:
    now = [100.0]
    deadline = Deadline(5.0, source="x.pdf", clock=lambda: now[0])
    deadline.check("reading page 1")
    assert deadline.remaining() == 5.0 and not deadline.expired()
    now[0] = 105.0
    with pytest.raises(ParseTimeout, match=r"x\.pdf: parsing took longer than the limit of 5 s \(stopped while reading "
                       r"page 2\).*Limits\(max_seconds=") as info:  # fmt: skip
        deadline.check("reading page 2")
    assert info.value.code == "parse_timeout"
    Deadline(None).check("anything")  # no limit, never raises


@pytest.mark.parametrize(
    ("error", "parent"),
    [(DecompressionBomb, DocumentTooLarge), (NestingTooDeep, CorruptDocument), (ParseTimeout, FoiParseError)],
)
def test_new_errors_sit_in_the_taxonomy(error: type[FoiParseError], parent: type[FoiParseError]) -> None:
    assert issubclass(error, parent) and error.code != parent.code
    exc = error("what was wrong", hint="what to do", source="a.pdf")
    assert str(exc) == "a.pdf: what was wrong (what to do)"
    copy = pickle.loads(pickle.dumps(exc))  # worker processes send errors back to the parent
    assert type(copy) is error and (copy.message, copy.hint, copy.source) == (exc.message, exc.hint, exc.source)


def test_every_limit_has_a_safe_default() -> None:
    limits = Limits()
    assert limits.max_bytes <= 100_000_000 and limits.max_decompressed_bytes <= 1_000_000_000
    assert limits.max_seconds is not None and limits.max_depth >= 2 and limits.max_element_depth < 256


# --- archives (the walker batch mode uses) -------------------------------------------------------------------


def test_nested_zip_bomb_is_refused_by_the_archive_walker(corpus: dict[str, Path]) -> None:
    started = time.monotonic()
    with pytest.raises(DecompressionBomb, match="decompression bomb"):
        for _member in iter_zip(corpus["zip-nested-bomb.zip"].read_bytes(), name="zip-nested-bomb.zip"):
            pass
    assert time.monotonic() - started < 5


def test_zip_nesting_past_the_limit_is_an_error_row(corpus: dict[str, Path]) -> None:
    members = list(iter_zip(corpus["zip-nested-12-deep.zip"].read_bytes(), name="deep.zip"))
    assert len(members) == 1 and isinstance(members[0].error, NestingTooDeep)
    assert "max_depth" in str(members[0].error)
    shallow = list(iter_zip(corpus["zip-nested-12-deep.zip"].read_bytes(), limits=Limits(max_depth=20)))
    assert [m.path.rsplit("/", 1)[-1] for m in shallow] == ["letter.txt"] and shallow[0].data is not None


def test_a_docx_bomb_is_refused_before_inflating(corpus: dict[str, Path]) -> None:
    started = time.monotonic()
    with pytest.raises(DecompressionBomb, match=r"Limits\(max_decompressed_bytes"):
        foiparse.parse(corpus["docx-bomb.docx"])
    assert time.monotonic() - started < 2


def test_the_deadline_stops_a_long_pdf_between_pages(corpus: dict[str, Path]) -> None:
    started = time.monotonic()
    with pytest.raises(foiparse.ParseTimeout, match="max_seconds"):
        foiparse.parse(corpus["pdf-10000-pages.pdf"], limits=Limits(max_pages=20_000, max_seconds=0.3))
    assert time.monotonic() - started < 5


# --- batch mode (issue 7) ---------------------------------------------------------------------------------------


def test_batch_over_the_corpus_accounts_for_every_input(corpus: dict[str, Path]) -> None:
    batch = pytest.importorskip("foiparse.batch", reason="foiparse.batch (issue 7) is not here yet")
    if not hasattr(batch, "iter_parse"):
        pytest.skip("foiparse.batch has no iter_parse yet")
    folder = next(iter(corpus.values())).parent
    results = list(batch.iter_parse([folder], workers=2, timeout=60.0))
    files = {path.name for path in folder.iterdir() if path.is_file()}
    covered: dict[str, int] = {}
    for result in results:
        top = Path(str(result.path).split("!/", 1)[0]).name
        covered[top] = covered.get(top, 0) + 1
        assert (result.record is None) != (result.error_type is None), f"{result.path}: a record or an error row"
        assert result.error_type != "WorkerCrashed", f"{result.path}: {result.message}"
    assert set(covered) == files, f"inputs without a result: {sorted(files - set(covered))}"
