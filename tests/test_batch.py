"""foiparse batch: discovery, error rows, the worker pool's limits, every sink, resume after kill -9, Dask."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from foiparse.batch import Item, Result, WorkerPool, discover, iter_parse, parse_one, run_batch
from foiparse.limits import Limits
from foiparse.models import FOIResponse
from foiparse.sinks import open_sink, read_table, sql_url

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "fixtures" / "raw"
FORMATS = REPO / "fixtures" / "formats"

HANG = b"FOIPARSE_TEST_HANG"
GREEDY = b"FOIPARSE_TEST_GREEDY"
CRASH = b"FOIPARSE_TEST_CRASH"
SLOW = b"FOIPARSE_TEST_SLOW"


def misbehaving_parser(data: bytes, path: str, limits: Limits) -> FOIResponse:
    """A test-only parser for the worker pool: markers make it hang, eat memory, crash, or dawdle.

    It is handed to the pool like any custom parser; production parsing knows nothing of these markers.
    """
    from foiparse.batch import default_parser

    if data.startswith(HANG):
        # Deaf to every signal it can block, like a loop inside a C extension: only SIGKILL stops it.
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        while True:
            pass
    if data.startswith(GREEDY):
        hoard = []
        while True:
            hoard.append(bytearray(64 * 1024 * 1024))
    if data.startswith(CRASH):
        os.kill(os.getpid(), signal.SIGSEGV)
    if data.startswith(SLOW):
        time.sleep(float(data.split()[1]))
        data = data.split(b"\n", 1)[1]
    return default_parser(data, path, limits)


def _letter(n: int, *, repeat: int = 1) -> str:
    body = "\n".join(
        [
            "Our ref: FOI/2024/{n:04d}",
            "Date: {day} March 2024",
            "",
            "Dear Ms Patel",
            "",
            "Thank you for your request for information received on 1 March 2024, which has been handled under "
            "the Freedom of Information Act 2000.",
            "",
            "1. Which case management system does the Council use for adult social care?",
            "The Council uses Mosaic, supplied by The Access Group.",
            "",
            "2. What was the annual cost of support in 2022/23?",
            "This information is exempt under section 43(2) of the Act (commercial interests).",
            "",
            "Yours sincerely",
            "",
            "Jane Smith",
            "Information Governance Officer",
        ]
    ).format(n=n, day=1 + n % 28)
    extra = "\n\nNote: the figures above are provisional and may be revised as records are reconciled." * (repeat - 1)
    return body + extra + "\n"


# --- discovery and error rows ------------------------------------------------------------------------------


def test_discover_walks_folders_and_archives(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(_letter(1))
    (tmp_path / "in" / "sub" / "b.txt").write_text(_letter(2))
    (tmp_path / "in" / ".hidden.txt").write_text("skip me")
    with zipfile.ZipFile(tmp_path / "in" / "c.zip", "w") as archive:
        archive.writestr("letters/", "")
        archive.writestr("letters/d.txt", _letter(3))
        archive.writestr("__MACOSX/letters/._d.txt", "resource fork")
        archive.writestr("e.txt", _letter(4))
    (tmp_path / "in" / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    zipfile.ZipFile(tmp_path / "in" / "empty.zip", "w").close()

    items = list(discover([tmp_path / "in"]))
    base = str(tmp_path / "in")
    assert [i.path for i in items] == [
        f"{base}/a.txt",
        f"{base}/broken.zip",
        f"{base}/c.zip!/letters/d.txt",
        f"{base}/c.zip!/e.txt",
        f"{base}/empty.zip",
        f"{base}/sub/b.txt",
    ]
    member = items[2]
    assert member.member == "letters/d.txt" and member.file == f"{base}/c.zip"
    assert Item.of(member.path) == member  # a member path round-trips (Spark/Ray hand over plain strings)

    results = [parse_one(item) for item in items]
    by_name = {Path(r.path.replace("!/", "/")).name: r for r in results}
    assert by_name["d.txt"].ok and by_name["d.txt"].record is not None
    assert by_name["d.txt"].record.reference == "FOI/2024/0003"
    assert by_name["d.txt"].record.source.path == f"{base}/c.zip!/letters/d.txt"
    assert by_name["broken.zip"].error_type == "CorruptDocument"
    assert by_name["empty.zip"].error_type == "EmptyDocument"
    assert all(len(r.sha256) == 64 for r in results)


def test_error_rows_for_corrupt_unsupported_and_empty_files(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes((FORMATS / "truncated.pdf").read_bytes())
    unsupported = tmp_path / "picture.png"
    unsupported.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "gone.txt"

    results = {Path(r.path).name: r for r in (parse_one(p) for p in (corrupt, unsupported, empty, missing))}
    assert results["corrupt.pdf"].error_type == "CorruptDocument"
    assert results["corrupt.pdf"].error_code == "corrupt_document"
    assert results["picture.png"].error_type == "UnsupportedFormat"
    assert results["empty.txt"].error_type == "EmptyDocument"
    assert results["gone.txt"].error_type == "FileNotFoundError"
    for result in results.values():
        assert not result.ok and result.record is None
        assert result.message and result.hint
    import hashlib

    assert results["corrupt.pdf"].sha256 == hashlib.sha256(corrupt.read_bytes()).hexdigest()
    assert results["empty.txt"].sha256 == hashlib.sha256(b"").hexdigest()
    assert results["gone.txt"].sha256 == ""
    row = results["picture.png"].to_dict()
    assert row["error"]["type"] == "UnsupportedFormat" and row["source"]["path"] == str(unsupported)


# --- the worker pool ---------------------------------------------------------------------------------------------


def test_pool_kills_hangs_caps_memory_survives_crashes_and_keeps_order(tmp_path: Path) -> None:
    docs = [
        (b"%s 0.6\n" % SLOW) + _letter(0).encode(),  # finishes after the next ones: order must still hold
        _letter(1).encode(),
        HANG + b"\n" + _letter(2).encode(),
        _letter(3).encode(),
        GREEDY + b"\n",
        _letter(5).encode(),
        CRASH + b"\n",
        _letter(7).encode(),
    ]
    paths = []
    for n, data in enumerate(docs):
        path = tmp_path / f"{n:02d}.txt"
        path.write_bytes(data)
        paths.append(path)

    start = time.monotonic()
    results = list(iter_parse(paths, workers=2, timeout=3, memory_mb=256, parser=misbehaving_parser))
    elapsed = time.monotonic() - start

    assert [r.path for r in results] == [str(p) for p in paths]
    assert [r.index for r in results] == list(range(len(docs)))
    kinds = [r.error_type or "ok" for r in results]
    assert kinds == ["ok", "ok", "ParseTimeout", "ok", "DocumentTooLarge", "ok", "WorkerCrashed", "ok"]
    hung, greedy, crashed = results[2], results[4], results[6]
    assert hung.seconds >= 3 and "3 s" in (hung.message or "")
    assert greedy.error_code == "out_of_memory" and "memory" in (greedy.message or "")
    assert "SIGSEGV" in (crashed.message or "")
    assert all(len(r.sha256) == 64 for r in results)
    assert [r.record.reference for r in results if r.record] == [f"FOI/2024/{n:04d}" for n in (0, 1, 3, 5, 7)]
    assert elapsed < 30  # the hung document cost its time limit, not the batch


@pytest.mark.parametrize("prefetch", [1, 3])
def test_pool_retiring_workers_hand_back_the_documents_queued_behind(tmp_path: Path, prefetch: int) -> None:
    # A worker retires after max_tasks documents with the next ones already queued in its pipe: they must go to
    # its replacement, not be lost nor reported as crashes. An item carrying its bytes (a member of a nested
    # archive) is never queued.
    paths: list[str | Path] = []
    for n in range(7):
        path = tmp_path / f"{n:02d}.txt"
        path.write_text(_letter(n))
        paths.append(path)
    items = [Item.of(p) for p in paths] + [Item(path="mem.txt", file="mem.txt", data=_letter(7).encode())]
    pool = WorkerPool(1, max_tasks=2, prefetch=prefetch)
    tasks = [(index, item, "") for index, item in enumerate(items)]
    results = sorted(pool.imap_unordered(tasks), key=lambda r: r.index)
    assert [r.error_type for r in results] == [None] * len(items)
    assert [r.record.reference for r in results if r.record] == [f"FOI/2024/{n:04d}" for n in range(8)]


def test_run_batch_records_the_hung_document_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(_letter(n))
    (folder / "hang.txt").write_bytes(HANG + b"\n")
    log = io.StringIO()
    summary = run_batch(
        [folder],
        tmp_path / "out.sqlite",
        workers=2,
        timeout=2,
        parser=misbehaving_parser,
        progress="log",
        log_every=0,
        stream=log,
    )
    assert summary.parsed == 6 and dict(summary.failed) == {"ParseTimeout": 1}
    assert summary.inputs == 7 and summary.skipped == 0 and not summary.interrupted
    assert "foiparse batch: 7/7 (100%)" in log.getvalue()  # not a terminal: log lines, not a bar
    db = sqlite3.connect(tmp_path / "out.sqlite")
    assert db.execute("select error_type, error_code, path from errors").fetchall() == [
        ("ParseTimeout", "parse_timeout", str(folder / "hang.txt"))
    ]
    assert db.execute("select count(*) from responses").fetchone() == (6,)
    db.close()
    text = summary.format()
    assert "parsed          6" in text and "ParseTimeout 1" in text and "docs/s" in text


# --- sinks ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fixture_results() -> list[Result]:
    return [parse_one(item) for item in discover([RAW, FORMATS])]


def _expected_counts(results: list[Result]) -> dict[str, int]:
    from foiparse.sinks import rows_of

    return {name: len(rows) for name, rows in rows_of(results).items()}


@pytest.mark.parametrize("dest", ["out.sqlite", "out.jsonl", "out.csv", "out.parquet"])
def test_fixtures_into_each_sink_same_counts_and_upserts(
    tmp_path: Path, dest: str, fixture_results: list[Result]
) -> None:
    expected = _expected_counts(fixture_results)
    assert expected["responses"] >= 20 and expected["errors"] >= 4 and expected["questions"] > 0
    out = tmp_path / dest
    workers = 2 if dest == "out.sqlite" else 0  # the pool once; the other sinks parse in-process (faster)
    first = run_batch([RAW, FORMATS], out, workers=workers, progress="none", chunk_size=7)
    assert first.parsed == expected["responses"] and first.failed_total == expected["errors"]
    with open_sink(out) as sink:
        assert sink.counts() == expected

    again = run_batch([RAW, FORMATS], out, workers=workers, progress="none")
    assert again.skipped == first.inputs and again.processed == 0
    forced = run_batch([RAW, FORMATS], out, workers=0, force=True, progress="none")
    assert forced.parsed == first.parsed
    with open_sink(out) as sink:
        assert sink.counts() == expected  # upserted: no duplicates
        assert len(sink.done_ids()) == first.inputs

    if dest.endswith(".jsonl"):
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) == first.inputs
        records = [json.loads(line) for line in lines if "error" not in json.loads(line)]
        FOIResponse.model_validate(records[0])  # each record line is a plain FOIResponse
    else:
        errors = read_table(out, "errors")
        assert {row["error_type"] for row in errors} >= {"CorruptDocument", "EmptyDocument", "ScannedDocument"}
        responses = read_table(out, "responses")
        assert len({(row["sha256"], row["path"]) for row in responses}) == expected["responses"]
        questions = read_table(out, "questions")
        ids = {row["doc_id"] for row in responses}
        assert all(row["doc_id"] in ids for row in questions)  # children join to their response


@pytest.fixture
def pg_url() -> str:
    url = os.environ.get("FOIPARSE_TEST_PG_URL")
    if not url:
        pytest.skip("FOIPARSE_TEST_PG_URL is not set (.ci/run starts a PostgreSQL server and sets it)")
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    from foiparse.sql_schema import metadata

    engine = create_engine(sql_url(url))
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        if os.environ.get("CI"):
            raise  # CI started the server: unreachable there is a failure, not a skip
        pytest.skip(f"no PostgreSQL server at FOIPARSE_TEST_PG_URL ({exc.orig})")
    metadata.drop_all(engine)
    engine.dispose()
    return url


def test_postgresql_sink_matches_the_others(pg_url: str, tmp_path: Path, fixture_results: list[Result]) -> None:
    expected = _expected_counts(fixture_results)
    first = run_batch([RAW, FORMATS], pg_url, workers=0, progress="none", chunk_size=5)
    assert "foiparse:***@" in first.dest or "@" not in pg_url  # the password is not printed
    with open_sink(pg_url) as sink:
        assert sink.counts() == expected
    run_batch([RAW, FORMATS], pg_url, workers=0, force=True, progress="none")
    again = run_batch([RAW, FORMATS], pg_url, workers=0, progress="none")
    assert again.skipped == first.inputs
    with open_sink(pg_url) as sink:
        assert sink.counts() == expected
    rows = read_table(pg_url, "responses")
    assert {row["path"] for row in rows} == {r.path for r in fixture_results if r.ok}


# --- resume after kill -9 --------------------------------------------------------------------------------------


def _done_paths(out: Path) -> list[str]:
    if out.suffix == ".sqlite":
        db = sqlite3.connect(out)
        try:
            return [row[0] for row in db.execute("select path from responses union all select path from errors")]
        except sqlite3.OperationalError:  # tables not created yet
            return []
        finally:
            db.close()
    if not out.exists():
        return []
    return [json.loads(line)["source"]["path"] for line in out.read_bytes().split(b"\n") if line.endswith(b"}")]


@pytest.mark.parametrize("dest", ["out.sqlite", "out.jsonl"])
def test_resume_after_kill_9_loses_nothing_and_duplicates_nothing(tmp_path: Path, dest: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    total = 200
    for n in range(total):
        (folder / f"{n:03d}.txt").write_text(_letter(n, repeat=8))
    out = tmp_path / dest
    command = [sys.executable, "-m", "foiparse.cli", "batch", str(folder), "--out", str(out), "--workers", "1"]
    command += ["--chunk-size", "5", "--progress", "none"]
    process = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    written = 0
    while time.monotonic() < deadline and process.poll() is None:
        written = len(_done_paths(out))
        if written >= 20:
            break
        time.sleep(0.02)
    assert process.poll() is None, process.communicate()[1].decode()[-2000:]
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    at_kill = len(_done_paths(out))
    assert 20 <= at_kill < total, f"{at_kill} rows were written before the kill"

    rerun = subprocess.run([*command, "--json"], cwd=tmp_path, capture_output=True, text=True, check=True)
    summary = json.loads(rerun.stdout)
    assert summary["skipped"] >= at_kill and summary["skipped"] + summary["parsed"] == total
    assert summary["failed_total"] == 0

    with open_sink(out) as sink:
        counts = sink.counts()
        assert counts["responses"] == total and counts["errors"] == 0
    paths = _done_paths(out)
    assert sorted(paths) == sorted(str(p) for p in folder.iterdir())  # none missing, none twice


@pytest.mark.parametrize("dest", ["out.parquet", "out.csv"])
def test_table_files_recover_committed_chunks_after_a_crash(
    tmp_path: Path, dest: str, fixture_results: list[Result]
) -> None:
    """A process that dies mid-run leaves committed chunks (kept) and a half-written one (dropped)."""
    out = tmp_path / dest
    ok = [r for r in fixture_results if r.ok]
    first, second, rest = ok[:5], ok[5:9], ok[9:]
    sink = open_sink(out)
    sink.write(first)
    sink.write(second)
    parts = out.parent / f".{out.stem}.{out.suffix[1:]}.parts"
    (parts / "00000003.json.tmp").write_bytes(b'["torn')  # the chunk being written at the kill
    sink._lock._fh.close()  # type: ignore[attr-defined]  # the process is gone: so is its lock
    del sink

    with open_sink(out) as resumed:
        assert resumed.done_ids() == {r.doc_id for r in first + second}
        assert not (parts / "00000003.json.tmp").exists()
        resumed.write(second[:2] + rest)  # two redone (say, --force), the rest new
    with open_sink(out) as final:
        assert final.counts() == _expected_counts(ok)
    assert not parts.exists()
    responses = read_table(out, "responses")
    assert sorted(row["path"] for row in responses) == sorted(r.path for r in ok)


# --- Dask ------------------------------------------------------------------------------------------------------


def test_dask_engine_on_a_local_cluster(tmp_path: Path, fixture_results: list[Result]) -> None:
    distributed = pytest.importorskip("distributed")
    expected = _expected_counts([r for r in fixture_results if r.path.startswith(str(RAW))])
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        summary = run_batch([RAW], tmp_path / "dask.sqlite", engine="dask", scheduler=client, progress="none")
    assert summary.engine == "dask" and summary.parsed == expected["responses"]
    with open_sink(tmp_path / "dask.sqlite") as sink:
        assert sink.counts() == expected


def test_the_warm_up_letter_reaches_every_stage() -> None:
    """Workers parse it before they say they are ready, so that what the stages build at their first use is
    built then; it must keep reaching each stage (header, questions and directorates, exemptions, systems)."""
    from foiparse import parse_text
    from foiparse.batch import _WARM_UP_LETTER

    record = parse_text(_WARM_UP_LETTER)
    assert (record.reference, str(record.response_date)) == ("FOI/2022/001", "2022-08-31")
    assert record.authority is not None and record.authority.name == "Kent County Council"
    assert [q.number for q in record.questions] == ["1", "2"]
    assert [a.directorate.kind for a in record.questions[0].answers if a.directorate] == ["children", "adults"]
    assert [(e.act, e.section) for e in record.exemptions] == [("FOIA", "43(2)")]
    assert [s.name for s in record.systems] == ["Liquidlogic LCS"]


def test_the_parent_of_a_batch_does_not_load_the_parser() -> None:
    # The parent only hands out documents and stores results; spaCy and the pipeline (some 2 s of start-up) load
    # in the workers' forkserver, which starts before the inputs are walked.
    code = (
        "import sys, foiparse, foiparse.batch, foiparse.sinks, foiparse.cli\n"
        "assert 'spacy' not in sys.modules and 'foiparse.pipeline' not in sys.modules, sorted(sys.modules)\n"
        "assert callable(foiparse.parse) and 'foiparse.pipeline' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_the_batch_starts_its_workers_forkserver_before_loading_sqlalchemy_or_the_records() -> None:
    # run_batch starts the forkserver first thing, so that what it imports after (the sinks, SQLAlchemy: 0.3 s; the
    # records' pydantic validators: 0.25 s) overlaps the server's warm-up; the workers, forked from the server, never
    # need SQLAlchemy at all.
    code = (
        "import sys, foiparse.batch, foiparse.cli\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'\n"
        "assert 'foiparse.models' not in sys.modules and 'pydantic' not in sys.modules, 'records'\n"
        "import foiparse\nassert foiparse.FOIResponse.__name__ == 'FOIResponse' and 'foiparse.models' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_the_forkserver_warms_up_with_the_collector_off_and_freezes_what_it_built() -> None:
    code = (
        "import gc, sys, foiparse._forkserver_warm\n"
        "assert 'foiparse.pipeline' in sys.modules and 'foiparse.readers.pdf' in sys.modules\n"
        "assert gc.isenabled() and gc.get_freeze_count() > 100_000, gc.get_freeze_count()\n"
        "assert gc.get_stats()[2]['collections'] == 0, gc.get_stats()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
