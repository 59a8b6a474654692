"""Run foiparse's atheris fuzzers (fuzz/fuzz_*.py) for a bounded time each; not part of CI.

    python scripts/fuzz.py                         # every target, 5 minutes each
    python scripts/fuzz.py pdf docx --minutes 10   # some targets
    python scripts/fuzz.py --out /tmp/fz --stop-on-crash

Needs ``pip install 'foiparse[fuzz]'`` (atheris). Each target gets a working corpus under ``OUT/<target>/corpus``
seeded from ``fixtures/`` (plus a few generated seeds), so runs build on each other. By default the harness
keeps going past a crash and saves one input per distinct crash class under ``OUT/<target>/crashes``; a hang
(libFuzzer ``-timeout``) or an out-of-memory stops the fuzzer, its input is kept under
``OUT/<target>/artifacts`` and the fuzzer restarts for the rest of its time. The end prints, per target,
executions, coverage (libFuzzer ``cov``/``ft``: instrumented Python branches), corpus size, crash classes,
hangs and out-of-memory inputs, and writes the same to ``OUT/summary.json``.

A crash found here becomes a regression fixture: copy the input to ``fixtures/regressions/<what-it-found>.<ext>``
and add it to ``tests/test_regressions.py``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
FUZZ = REPO / "fuzz"
TARGETS = ["text", "pdf", "docx", "html", "eml", "zip"]
_STATUS_RE = re.compile(r"^#(\d+)\s+(\w+)\s+cov: (\d+) ft: (\d+) corp: (\d+)/(\S+)(?:.*?exec/s: (\d+))?", re.M)
_EXECS_RE = re.compile(r"stat::number_of_executed_units: (\d+)")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def seeds(target: str) -> dict[str, bytes]:
    """Seed inputs for ``target``, by file name."""
    formats = FIXTURES / "formats"
    raw = sorted((FIXTURES / "raw").glob("*.txt"))
    out: dict[str, bytes] = {}
    if target == "text":
        for path in raw:
            out[path.name] = path.read_bytes()
        text = raw[0].read_text(encoding="utf-8")
        out["utf16le"] = text[:2000].encode("utf-16-le")
        out["utf16bom"] = text[:2000].encode("utf-16")
        out["cp1252"] = text[:2000].replace("\u2019", "'").encode("cp1252", "replace") + b"\x96 \xa3450"
    elif target == "pdf":
        for path in sorted(formats.glob("*.pdf")):
            if path.read_bytes()[:5] == b"%PDF-":
                out[path.name] = path.read_bytes()
    elif target == "html":
        for path in [*sorted(formats.glob("*.html")), formats / "manchester-acknowledgement.pdf"]:
            out[path.name] = path.read_bytes()
        out["nested.html"] = b"<html><body>" + b"<div><table><tr><td><ol><li>" * 20 + b"Dear Ms Shah</body></html>"
    elif target == "eml":
        for path in sorted(formats.glob("*.eml")):
            out[path.name] = path.read_bytes()
        message = EmailMessage()
        message["From"] = "FOI <foi@example.gov.uk>"
        message["To"] = "a@example.org"
        message["Subject"] = "Your request FOI-1"
        message["Date"] = "Mon, 3 Jun 2024 09:00:00 +0100"
        message.set_content("Dear Ms Shah\n\nPlease find attached.\n")
        message.add_alternative("<p>Dear Ms Shah</p><p><b>Our ref: FOI-1</b></p>", subtype="html")
        message.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="a.pdf")
        inner = EmailMessage()
        inner["Subject"] = "original request"
        inner.set_content("Please send me the data.")
        message.add_attachment(inner)
        out["multipart.eml"] = bytes(message)
    elif target == "docx":
        for path in sorted(formats.glob("*.docx")):
            data = path.read_bytes()
            out[f"0-{path.name}"] = b"\x00" + data
            with zipfile.ZipFile(path) as archive:
                out[f"1-{path.name}"] = b"\x01" + archive.read("word/document.xml")
                out[f"2-{path.name}"] = b"\x02" + archive.read("word/numbering.xml")
        out["3-styles"] = b"\x03" + (
            b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b'<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/><w:basedOn w:val="H"/>'
            b"<w:rPr><w:b/></w:rPr></w:style></w:styles>"
        )
    elif target == "zip":
        letter = (FIXTURES / "raw" / "devon-cc-clarification.txt").read_bytes()
        docx = (formats / "imperial-nhs-table-systems.docx").read_bytes()
        out["flat.zip"] = _zip({"letter.txt": letter, "reply.docx": docx})
        out["nested.zip"] = _zip({"inner.zip": _zip({"letter.txt": letter}), "a/b.txt": b"Dear Sir"})
    return out


def _stats(log: str) -> dict[str, int]:
    found = _STATUS_RE.findall(log)
    stats: dict[str, int] = {}
    if found:
        last = found[-1]
        stats.update(cov=int(last[2]), ft=int(last[3]), corpus=int(last[4]))
    execs = _EXECS_RE.findall(log)
    if execs:
        stats["execs"] = int(execs[-1])
    elif found:
        stats["execs"] = int(found[-1][0])
    return stats


def run_target(target: str, seconds: float, out: Path, *, stop_on_crash: bool, timeout_s: int) -> dict[str, object]:
    work = out / target
    corpus, artifacts, crashes = work / "corpus", work / "artifacts", work / "crashes"
    for folder in (corpus, artifacts, crashes):
        folder.mkdir(parents=True, exist_ok=True)
    for name, data in seeds(target).items():
        (corpus / name).write_bytes(data)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if not stop_on_crash:
        env["FOIPARSE_FUZZ_KEEP_GOING"] = str(crashes)
    harness = FUZZ / f"fuzz_{target}.py"
    started = time.monotonic()
    execs = 0
    runs = 0
    stats: dict[str, int] = {}
    log_path = work / "fuzz.log"
    with log_path.open("w", encoding="utf-8") as log_file:
        while (left := seconds - (time.monotonic() - started)) > 5:
            runs += 1
            cmd = [
                sys.executable,
                str(harness),
                str(corpus),
                f"-max_total_time={int(left)}",
                f"-timeout={timeout_s}",
                "-rss_limit_mb=2048",
                "-print_final_stats=1",
                f"-artifact_prefix={artifacts}/",
            ]
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, errors="replace", check=False)
            log = proc.stdout + proc.stderr
            log_file.write(f"=== run {runs}: {' '.join(cmd)}\n{log}\n")
            stats = _stats(log) or stats
            execs += stats.get("execs", 0)
            if proc.returncode == 0:
                break
            if stop_on_crash:
                break
    listing = sorted(p.name for p in artifacts.iterdir())
    return {
        "target": target,
        "seconds": round(time.monotonic() - started, 1),
        "runs": runs,
        "execs": execs,
        "cov": stats.get("cov"),
        "ft": stats.get("ft"),
        "corpus": len(list(corpus.iterdir())),
        "crash_classes": sorted(p.stem for p in crashes.glob("crash-*.bin")),
        "slow": sorted(p.stem for p in crashes.glob("slow-*.bin")),
        "hangs": [n for n in listing if n.startswith(("timeout-", "slow-unit-"))],
        "oom": [n for n in listing if n.startswith("oom-")],
        "crashes": [n for n in listing if n.startswith("crash-")],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="*", default=TARGETS, help=f"some of {', '.join(TARGETS)}")
    parser.add_argument("--minutes", type=float, default=5.0, help="per target (default 5)")
    parser.add_argument("--out", type=Path, default=Path("/tmp/foiparse-fuzz"))
    parser.add_argument("--timeout", type=int, default=30, help="seconds one input may take before it is a hang")
    parser.add_argument("--stop-on-crash", action="store_true", help="stop a target at its first crash")
    parser.add_argument("--fresh", action="store_true", help="start from the seeds, dropping earlier corpora")
    args = parser.parse_args()
    try:
        import atheris  # noqa: F401
    except ImportError:
        sys.exit("atheris is not installed: pip install 'foiparse[fuzz]'")
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        sys.exit(f"unknown targets: {', '.join(sorted(unknown))}")
    if args.fresh and args.out.exists():
        shutil.rmtree(args.out)
    results = []
    for target in args.targets:
        if not (FUZZ / f"fuzz_{target}.py").is_file():
            print(f"{target}: no harness (fuzz/fuzz_{target}.py), skipped")
            continue
        result = run_target(target, args.minutes * 60, args.out, stop_on_crash=args.stop_on_crash,
                            timeout_s=args.timeout)  # fmt: skip
        results.append(result)
        print(json.dumps(result), flush=True)
    (args.out / "summary.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    total = sum(int(str(r["execs"])) for r in results)
    bugs = sum(len(r["crash_classes"]) + len(r["hangs"]) + len(r["oom"]) + len(r["crashes"]) for r in results)  # type: ignore[arg-type]
    print(f"{len(results)} targets, {total:,} executions, {bugs} crash classes / hangs / out-of-memory inputs")
    sys.exit(1 if bugs else 0)


if __name__ == "__main__":
    main()
