"""PDF reader speed and memory, and time per DOCX/HTML/EML fixture.

    python benchmarks/bench_pdf.py [--reps 5]

Generates a 50-page and a 500-page text PDF (letters with bold questions, a running header and page numbers)
into a temporary folder, then prints:

- pages/s of foiparse's default PDF path (``read_bytes``: pypdfium2 page objects) and of pdfplumber's
  ``extract_text`` (with ``page.close()``) on the same 50-page file in the same run, and their ratio
  (targets: >= 100 pages/s, >= 10x);
- peak RSS of reading the 500-page PDF, measured in a fresh subprocess (target: <= 200 MB);
- median time to read, and to parse end to end, each DOCX/HTML/EML (and PDF) fixture in fixtures/formats.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMATS = REPO / "fixtures" / "formats"

_LETTER = [
    "Our ref: FOI/2024/{n:04d}",
    "Date: {day} March 2024",
    "Dear Ms Patel",
    "Thank you for your request for information received on 1 March 2024, which has been handled under the "
    "Freedom of Information Act 2000. Please find the Council's response to each of your questions below, "
    "repeated for ease of reference, together with notes on how the figures were compiled and where related "
    "information is already published.",
    "<b>1. Which case management system does the Council use for adult social care, and who supplies it?</b>",
    "The Council uses Mosaic, supplied by The Access Group, for adult social care case management. The contract "
    "was awarded in 2019 following an open procurement and runs until 31 March 2027 with an option to extend "
    "for a further two years. Finance modules are provided by ContrOCC, which is integrated with Mosaic.",
    "<b>2. How many staff use the system, and what training is provided?</b>",
    "Approximately 1,450 members of staff hold a licence. New users complete two hours of e-learning and "
    "attend a seven-hour virtual course; refresher sessions are offered every year and bespoke sessions are "
    "available to managers on request. Training materials are maintained by the systems team.",
    "<b>3. What was the annual cost of support and maintenance in 2022/23?</b>",
    "The Council holds this information. However, it is exempt under section 43(2) of the Act because its "
    "release would be likely to prejudice the commercial interests of the supplier and of the Council in "
    "future procurements. Section 43(2) is a qualified exemption and the public interest test has been applied.",
    "If you are unhappy with this response you may ask for an internal review within 40 working days. If you "
    "remain dissatisfied you may complain to the Information Commissioner's Office.",
    "Yours sincerely",
    "Jane Smith<br/>Information Governance Officer",
]


def make_pdf(path: Path, pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=8)

    def furniture(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 810, "OFFICIAL - Information Governance")
        canvas.drawCentredString(297, 30, f"Page {doc.page}")

    story: list[object] = []
    for n in range(pages):
        # Each letter fills one page (page breaks keep the count exact).
        for text in _LETTER:
            story.append(Paragraph(text.format(n=n, day=1 + n % 28), style))
        story.append(Paragraph(("Note: the figures above are provisional and may be revised. " * 6).strip(), style))
        if n < pages - 1:
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def _best_rate(fn, pages: int, reps: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    return pages / median, median


def bench_pdf(path: Path, pages: int, reps: int) -> None:
    import pdfplumber

    from foiparse.readers import read_bytes

    data = path.read_bytes()
    read_bytes(data)  # warm-up: imports, pdfium initialisation
    document = read_bytes(data)
    assert len(document.page_starts) == pages, (len(document.page_starts), pages)

    def plumber() -> None:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()

    ours, ours_s = _best_rate(lambda: read_bytes(data), pages, reps)
    theirs, theirs_s = _best_rate(plumber, pages, max(1, reps // 2))
    print(f"{pages}-page text PDF ({len(data):,} bytes, {len(document.text):,} chars read)")
    print(f"  foiparse default path (pypdfium2 objects): {ours:8.1f} pages/s  ({ours_s * 1000:7.1f} ms/doc)")
    print(f"  pdfplumber extract_text + page.close():    {theirs:8.1f} pages/s  ({theirs_s * 1000:7.1f} ms/doc)")
    print(f"  ratio: {ours / theirs:.1f}x   (targets: >= 100 pages/s, >= 10x)")


# Peak RSS from /proc (VmHWM, KiB): ru_maxrss would carry the parent's peak across exec on Linux.
_RSS_CHILD = """
import sys
def peak():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
from foiparse.readers import read_path
import foiparse.readers.pdf  # the PDF engine's import is part of the baseline, not of the reading
before = peak()
doc = read_path(sys.argv[1])
print(before, peak(), len(doc.page_starts), len(doc.text))
"""


def bench_rss(path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, str(path)], check=True, capture_output=True, text=True, cwd=REPO
    ).stdout.split()
    before, after, pages, chars = (int(x) for x in out)
    print(
        f"500-page PDF in a fresh process: peak RSS {after / 1024:.1f} MiB, of which reading added "
        f"{(after - before) / 1024:.1f} MiB over the {before / 1024:.1f} MiB after imports "
        f"({pages} pages, {chars:,} chars)   (target: <= 200 MB)"
    )


def bench_fixtures(reps: int) -> None:
    import foiparse
    from foiparse.errors import FoiParseError
    from foiparse.readers import read_path

    print("fixtures/formats (median of", reps, "runs): read / full parse")
    for path in sorted(FORMATS.iterdir()):
        try:
            foiparse.parse(path)
        except FoiParseError as exc:
            print(f"  {path.name:42} {type(exc).__name__}")
            continue
        read_times, parse_times = [], []
        for _ in range(reps):
            t0 = time.perf_counter()
            read_path(path)
            t1 = time.perf_counter()
            foiparse.parse(path)
            t2 = time.perf_counter()
            read_times.append(t1 - t0)
            parse_times.append(t2 - t1)
        print(
            f"  {path.name:42} {statistics.median(read_times) * 1000:7.2f} ms "
            f"/ {statistics.median(parse_times) * 1000:7.2f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="foiparse-bench-") as tmp:
        small, large = Path(tmp) / "text-50.pdf", Path(tmp) / "text-500.pdf"
        t0 = time.perf_counter()
        make_pdf(small, 50)
        make_pdf(large, 500)
        print(f"generated the 50- and 500-page PDFs in {time.perf_counter() - t0:.1f} s")
        bench_pdf(small, 50, args.reps)
        bench_rss(large)
    bench_fixtures(args.reps)


if __name__ == "__main__":
    main()
