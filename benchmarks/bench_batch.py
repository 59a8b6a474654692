"""foiparse batch throughput, memory and the read+tokenise floor; optionally the 2,000-document acceptance run.

    python benchmarks/bench_batch.py [--text N] [--pdf N] [--docx N] [--big-pdf-pages P]
    python benchmarks/bench_batch.py --acceptance [--pg URL] [--ocr]  # the 2,000-document batch, every sink

Generates synthetic FOI responses into a temporary folder (plain-text letters, 3-page PDF letters rendered with
reportlab, Word letters with python-docx) and, for each kind, in the same run:

- ``foiparse batch`` (``run_batch`` into SQLite, each run in a fresh Python process) with 1 worker and with all
  cores: docs/s and pages/s, both counting the whole command (interpreter, imports and worker start-up
  included) and without the start-up (that of a one-document batch, subtracted), and the peak RSS of a worker;
- the floor: reading the same files' text (``read_bytes``) plus spaCy tokenisation (``get_nlp().make_doc``),
  in one process, and the ratio of one worker's parse time per document to it;
- the CPU load of the machine while measuring (other processes on a shared machine skew wall-clock rates).

Then a 500-page PDF through a single worker for its peak RSS.

``--acceptance`` builds 2,000 documents (text/PDF/DOCX, 2% corrupted, 1% scanned, one that makes the parser
loop forever via a benchmark-only parser wrapper), runs the batch into SQLite in a child process, kills it
with SIGKILL at about half way, runs it again, checks that every input is accounted for exactly once, and runs
the same batch into Parquet, CSV, JSONL and (with ``--pg`` or ``FOIPARSE_TEST_PG_URL``) PostgreSQL, comparing
the counts.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

HANG = b"FOIPARSE_BENCH_HANG"

AUTHORITIES = [
    ("Kent County Council", "FOI"),
    ("Leeds City Council", "FOI"),
    ("Bristol City Council", "CIR"),
    ("Surrey County Council", "FOI/IR"),
    ("Norfolk County Council", "NCC"),
    ("Cornwall Council", "EIR"),
    ("Manchester City Council", "FOI"),
    ("Transport for London", "FOI"),
    ("Oxford Health NHS Foundation Trust", "FOI"),
    ("Merseyside Police", "FOI"),
]
MONTHS = list(calendar.month_name)[1:]  # English: the benchmark never sets a locale
QUESTIONS = [
    (
        "Which case management system does the Council use for adult social care, and who supplies it?",
        "The Council uses Mosaic, supplied by The Access Group, for adult social care case management.",
    ),
    (
        "How many members of staff hold a licence for the system?",
        "Approximately 1,450 members of staff hold a licence.",
    ),
    (
        "What was the annual cost of support and maintenance in 2022/23?",
        "The Council holds this information. However, it is exempt under section 43(2) of the Act because its "
        "release would be likely to prejudice the commercial interests of the supplier.",
    ),
    (
        "When does the current contract expire?",
        "The contract runs until 31 March 2027 with an option to extend for a further two years.",
    ),
    (
        "Please provide the names of the officers on the procurement panel.",
        "The names of junior officers are withheld under section 40(2) of the Act (personal information).",
    ),
    (
        "How many complaints were received about the service in 2023?",
        "The Council does not hold this information in a reportable format.",
    ),
    (
        "What training is provided to new users?",
        "New users complete two hours of e-learning and attend a seven-hour virtual course.",
    ),
]
NOTE = (
    "Note: the figures above are provisional and may be revised as records are reconciled; where a figure is "
    "given as approximate it has been rounded to the nearest ten. Related information is published on the "
    "Council's website and in its annual transparency report."
)


def letter(rng: random.Random, n: int, *, notes: int = 0) -> list[str]:
    """One response as paragraphs (lines within a paragraph separated by newlines)."""
    authority, prefix = rng.choice(AUTHORITIES)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.choice([2022, 2023, 2024])
    asked = rng.sample(QUESTIONS, rng.randint(2, 5))
    paras = [
        f"{authority}\nInformation Governance Team",
        f"Our ref: {prefix}/{year}/{n:05d}\nDate: {day} {month} {year}",
        f"Dear {rng.choice(['Ms', 'Mr', 'Dr', 'Mrs'])} {rng.choice(['Patel', 'Jones', 'Smith', 'Williams'])}",
        f"Thank you for your request for information received on {max(1, day - 5)} {month} {year}, which has "
        "been handled under the Freedom of Information Act 2000.",
    ]
    for i, (question, answer) in enumerate(asked, 1):
        paras.append(f"{i}. {question}")
        paras.append(answer)
    paras += [NOTE] * notes
    paras += [
        "If you are unhappy with this response you may ask for an internal review within 40 working days. If "
        "you remain dissatisfied you may complain to the Information Commissioner's Office.",
        "Yours sincerely",
        f"{rng.choice(['Jane Smith', 'Amir Khan', 'Ruth Evans'])}\nInformation Governance Officer",
    ]
    return paras


def write_text(path: Path, paras: list[str]) -> None:
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")


def write_pdf(path: Path, paras: list[str], pages: int = 3) -> None:
    """A letter over exactly ``pages`` pages (page breaks split the paragraphs evenly)."""
    from html import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)
    story: list[object] = []
    per_page = -(-len(paras) // pages)
    for i, para in enumerate(paras):
        if i and i % per_page == 0:
            story.append(PageBreak())
        story.append(Paragraph(escape(para).replace("\n", "<br/>"), style))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def write_docx(path: Path, paras: list[str]) -> None:
    import docx

    document = docx.Document()
    for para in paras:
        document.add_paragraph(para)
    document.save(str(path))


def generate(folder: Path, kind: str, count: int, *, seed: int = 7, start: int = 0) -> list[Path]:
    rng = random.Random(f"{seed}-{kind}-{start}")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        if kind == "text":
            path = folder / f"t{n:05d}.txt"
            write_text(path, letter(rng, n, notes=3))
        elif kind == "pdf":
            path = folder / f"p{n:05d}.pdf"
            write_pdf(path, letter(rng, n, notes=9))
        else:
            path = folder / f"d{n:05d}.docx"
            write_docx(path, letter(rng, n, notes=2))
        paths.append(path)
    return paths


# --- measuring -------------------------------------------------------------------------------------------------


def cpu_busy() -> float:
    """Share of all cores busy over the next 0.5 s (from /proc/stat)."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as fh:
            values = [int(x) for x in fh.readline().split()[1:]]
        return sum(values), values[3] + values[4]

    total0, idle0 = sample()
    time.sleep(0.5)
    total1, idle1 = sample()
    return 1 - (idle1 - idle0) / max(1, total1 - total0)


def floor_seconds(paths: list[Path], reps: int = 2) -> float:
    """Seconds per document to read each file's text and tokenise it (best of ``reps``), in this process."""
    from foiparse.nlp import get_nlp
    from foiparse.readers import read_bytes

    nlp = get_nlp()
    datas = [(p.read_bytes(), str(p)) for p in paths]
    nlp.make_doc(read_bytes(datas[0][0], name=datas[0][1]).text)
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        for data, name in datas:
            nlp.make_doc(read_bytes(data, name=name).text)
        best = min(best, time.perf_counter() - t0)
    return best / len(paths)


def inprocess_seconds(paths: list[Path]) -> float:
    """Seconds per document for foiparse.parse in this process (no batch machinery)."""
    import foiparse

    foiparse.parse(paths[0])
    t0 = time.perf_counter()
    for path in paths:
        foiparse.parse(path)
    return (time.perf_counter() - t0) / len(paths)


def timed_batch(folder: Path, workers: int, out: Path) -> dict[str, float]:
    """``run_batch`` over ``folder`` in a fresh Python process, as ``foiparse batch`` runs: the wall time counts
    the interpreter, the imports and the workers' start-up (a process that has run a batch before keeps its
    forkserver, already warm, and would hide them)."""
    out.unlink(missing_ok=True)
    child = (
        "import json, sys, time\n"
        "from foiparse.batch import run_batch\n"
        "t0 = time.process_time()\n"
        "s = run_batch([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), progress='none', chunk_size=200)\n"
        "print(json.dumps({'worker_cpu': s.cpu_seconds, 'parent_cpu': time.process_time() - t0,\n"
        "                  'docs': s.processed, 'failed': s.failed_total, 'pages': s.pages,\n"
        "                  'peak_rss_mb': s.peak_rss_kb / 1024}))\n"
    )
    t0 = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", child, str(folder), str(out), str(workers)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    wall = time.monotonic() - t0
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    return figures


def startup_seconds(workers: int, tmp: Path) -> float:
    """The fixed cost of a batch command: start Python, import, start the pool, parse one tiny document, write,
    close (best of two fresh processes)."""
    folder = tmp / "one"
    if not folder.exists():
        generate(folder, "text", 1, seed=99)
    times = []
    for n in range(2):
        times.append(timed_batch(folder, workers, tmp / f"startup-{workers}-{n}.sqlite")["wall"])
    return min(times)


def bench_kind(kind: str, count: int, tmp: Path, cores: int) -> dict[str, float]:
    folder = tmp / kind
    t0 = time.perf_counter()
    paths = generate(folder, kind, count)
    print(f"\n{kind}: {count} documents generated in {time.perf_counter() - t0:.1f} s")
    busy = cpu_busy()
    floor = floor_seconds(paths)
    inproc = inprocess_seconds(paths[: min(len(paths), 300)])
    figures: dict[str, float] = {}
    for workers in sorted({1, cores}):
        startup = startup_seconds(workers, tmp)
        run = timed_batch(folder, workers, tmp / f"{kind}-{workers}.sqlite")
        docs, pages, wall = run["docs"], run["pages"], run["wall"]
        steady = max(1e-9, wall - startup)
        print(
            f"  {workers} worker{'s' if workers > 1 else ' '}: {docs / wall:7.1f} docs/s {pages / wall:7.1f} pages/s "
            f"for the whole command ({wall:.2f} s incl. {startup:.2f} s start-up); {docs / steady:7.1f} docs/s "
            f"{pages / steady:7.1f} pages/s after start-up; peak RSS/worker {run['peak_rss_mb']:.0f} MB; "
            f"failed {run['failed']:.0f}"
        )
        figures[f"docs_s_{workers}"] = docs / steady
        if workers == 1:
            figures["worker_cpu_ms"] = 1000 * run["worker_cpu"] / docs
            figures["parent_cpu_ms"] = 1000 * run["parent_cpu"] / docs
    # On a machine shared with other jobs the wall-clock rates above understate the batch; CPU time does not.
    worker_ms, parent_ms = figures["worker_cpu_ms"], figures["parent_cpu_ms"]
    capacity = cores / (worker_ms + parent_ms) * 1000
    print(
        f"  CPU per document: {worker_ms:.2f} ms in the worker + {parent_ms:.2f} ms in the parent (hashing, "
        f"transport, SQLite) -> {capacity:7.1f} docs/s on {cores} idle cores"
    )
    print(f"  floor (read text + tokenise, 1 process): {1 / floor:7.1f} docs/s ({floor * 1000:.2f} ms/doc)")
    print(f"  parse in-process (foiparse.parse, 1 process): {1 / inproc:7.1f} docs/s ({inproc * 1000:.2f} ms/doc)")
    print(
        f"  parse / floor: {inproc / floor:.1f}x in-process, {worker_ms / 1000 / floor:.1f}x in a worker (CPU); "
        "target <= 3x"
    )
    print(f"  machine busy before the runs: {busy * 100:.0f}% of {os.cpu_count()} cores")
    return figures


def bench_big_pdf(pages: int, tmp: Path) -> None:
    from bench_pdf import make_pdf

    folder = tmp / "big"
    folder.mkdir()
    t0 = time.perf_counter()
    make_pdf(folder / f"letters-{pages}.pdf", pages)
    print(f"\n{pages}-page PDF generated in {time.perf_counter() - t0:.1f} s")
    run = timed_batch(folder, 1, tmp / "big.sqlite")
    print(
        f"  1 worker: {run['pages'] / run['wall']:.0f} pages/s ({run['wall']:.1f} s), peak RSS of the worker "
        f"{run['peak_rss_mb']:.0f} MB (target <= 300 MB), failed {run['failed']:.0f}"
    )


# --- the acceptance batch -------------------------------------------------------------------------------------


def bench_parser(data: bytes, path: str, limits: object) -> object:
    """Benchmark-only parser: the default one, except that a marker file loops forever like a hung C library."""
    from foiparse.batch import default_parser
    from foiparse.limits import Limits

    if data.startswith(HANG):
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        while True:
            pass
    assert isinstance(limits, Limits)
    return default_parser(data, path, limits)


def build_acceptance(folder: Path, total: int = 2000) -> dict[str, int]:
    rng = random.Random(2000)
    corrupted, scanned = total * 2 // 100, total // 100
    good = total - corrupted - scanned - 1
    kinds = {"text": good * 6 // 10, "pdf": good * 2 // 10}
    kinds["docx"] = good - kinds["text"] - kinds["pdf"]
    made: dict[str, int] = {}
    for kind, count in kinds.items():
        made[kind] = len(generate(folder / kind, kind, count, seed=2000))
    broken = folder / "broken"
    broken.mkdir()
    pdfs = sorted((folder / "pdf").iterdir())
    for n in range(corrupted):
        source = pdfs[n % len(pdfs)].read_bytes()
        if n % 2:
            (broken / f"truncated-{n:03d}.pdf").write_bytes(source[: len(source) * 2 // 5])
        else:
            data = bytearray(source)
            for i in rng.sample(range(200, len(data)), 40):  # bit-flips in the body
                data[i] ^= 0xFF
            (broken / f"flipped-{n:03d}.pdf").write_bytes(bytes(data[:9]) + b"\x00garbage\x00" + bytes(data[200:]))
    scan = (REPO / "fixtures" / "formats" / "scanned-letter.pdf").read_bytes()
    for n in range(scanned):
        (broken / f"scanned-{n:03d}.pdf").write_bytes(scan + f"\n% copy {n}\n".encode())
    (broken / "loops-forever.txt").write_bytes(HANG + b"\n")
    made.update(corrupted=corrupted, scanned=scanned, hang=1)
    return made


_CHILD = """
import sys
sys.path.insert(0, {bench!r})
from bench_batch import bench_parser
from foiparse.batch import run_batch
if __name__ == "__main__":
    s = run_batch([{folder!r}], sys.argv[1], parser=bench_parser, timeout={timeout}, progress="none")
    print(__import__("json").dumps(s.as_dict()))
"""


def run_child(folder: Path, out: str, timeout: float, script: Path, ocr: bool) -> subprocess.Popen[str]:
    script.write_text(_CHILD.format(bench=str(REPO / "benchmarks"), folder=str(folder), timeout=timeout))
    # OCR of a scanned letter takes seconds; under a per-document limit near that, the same document is a
    # record in one run and a ParseTimeout in the next (it depends on the machine's load), and the sinks'
    # counts would differ for that reason alone. So OCR is off unless asked for, with a limit it fits in.
    env = {**os.environ, "FOIPARSE_OCR": "1" if ocr else "0"}
    return subprocess.Popen(
        [sys.executable, str(script), out], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def acceptance(tmp: Path, pg: str | None, timeout: float, ocr: bool = False) -> None:
    from foiparse.sinks import open_sink

    folder = tmp / "acceptance"
    t0 = time.perf_counter()
    made = build_acceptance(folder)
    total = sum(made.values())
    print(f"\nacceptance: {total} documents {made} generated in {time.perf_counter() - t0:.1f} s")
    script = tmp / "child.py"

    # SQLite: kill -9 at about half way, then resume.
    db = tmp / "acceptance.sqlite"
    t0 = time.monotonic()
    child = run_child(folder, str(db), timeout, script, ocr)
    done = 0
    while child.poll() is None:
        time.sleep(0.1)
        con = sqlite3.connect(db)
        try:
            done = con.execute("select (select count(*) from responses) + (select count(*) from errors)").fetchone()[0]
        except sqlite3.Error:
            continue
        finally:
            con.close()
        if done >= total // 2:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.communicate()
    con = sqlite3.connect(db)
    at_kill = con.execute("select (select count(*) from responses) + (select count(*) from errors)").fetchone()[0]
    con.close()
    print(f"  sqlite: killed with SIGKILL after {time.monotonic() - t0:.1f} s with {at_kill} of {total} rows stored")
    t0 = time.monotonic()
    child = run_child(folder, str(db), timeout, script, ocr)
    out, err = child.communicate()
    if child.returncode:
        raise SystemExit(err)
    summary = json.loads(out.strip().splitlines()[-1])
    print(f"  sqlite: resumed in {time.monotonic() - t0:.1f} s: {summary}")
    con = sqlite3.connect(db)
    paths = [r[0] for r in con.execute("select path from responses union all select path from errors")]
    keys = con.execute(
        "select count(distinct doc_id) from (select doc_id from responses union all select doc_id from errors)"
    ).fetchone()[0]
    by_type = dict(con.execute("select error_type, count(*) from errors group by error_type").fetchall())
    con.close()
    inputs = sorted(str(p) for p in folder.rglob("*") if p.is_file())
    print(
        f"  sqlite: {len(paths)} rows for {len(inputs)} inputs, {keys} distinct keys, "
        f"missing {len(set(inputs) - set(paths))}, duplicated {len(paths) - len(set(paths))}; errors {by_type}"
    )
    with open_sink(db) as sink:
        reference = sink.counts()
    print(f"  sqlite counts: {reference}")

    dests = [str(tmp / "acceptance.parquet"), str(tmp / "acceptance.csv"), str(tmp / "acceptance.jsonl")]
    if pg:
        from sqlalchemy import create_engine

        from foiparse.sinks import sql_url
        from foiparse.sql_schema import metadata

        engine = create_engine(sql_url(pg))
        metadata.drop_all(engine)
        engine.dispose()
        dests.append(pg)
    for dest in dests:
        t0 = time.monotonic()
        child = run_child(folder, dest, timeout, script, ocr)
        out, err = child.communicate()
        if child.returncode:
            raise SystemExit(err)
        summary = json.loads(out.strip().splitlines()[-1])
        with open_sink(dest) as sink:
            counts = sink.counts()
        name = dest.split("@")[-1] if "://" in dest else Path(dest).suffix
        print(
            f"  {name}: {time.monotonic() - t0:.1f} s, {summary['docs_per_second']} docs/s, counts "
            f"{'match sqlite' if counts == reference else f'DIFFER: {counts}'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--text", type=int, default=2000)
    parser.add_argument("--pdf", type=int, default=300)
    parser.add_argument("--docx", type=int, default=300)
    parser.add_argument("--big-pdf-pages", type=int, default=500)
    parser.add_argument("--acceptance", action="store_true", help="run the 2,000-document acceptance batch")
    parser.add_argument("--pg", default=os.environ.get("FOIPARSE_TEST_PG_URL"), help="PostgreSQL URL")
    parser.add_argument(
        "--timeout", type=float, help="per-document limit in the acceptance run (10 s; 300 s with --ocr)"
    )
    parser.add_argument(
        "--ocr", action="store_true", help="read the acceptance run's scanned letters by OCR (else they are errors)"
    )
    args = parser.parse_args()
    from foiparse.batch import default_workers

    cores = default_workers()
    tmp = Path(tempfile.mkdtemp(prefix="foiparse-bench-batch-"))
    try:
        print(f"{cores} cores; python {sys.version.split()[0]}")
        if args.acceptance:
            timeout = args.timeout if args.timeout is not None else (300.0 if args.ocr else 10.0)
            acceptance(tmp, args.pg, timeout, args.ocr)
            return
        for kind, count in (("text", args.text), ("pdf", args.pdf), ("docx", args.docx)):
            if count:
                bench_kind(kind, count, tmp, cores)
        if args.big_pdf_pages:
            bench_big_pdf(args.big_pdf_pages, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
