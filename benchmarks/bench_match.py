"""System and supplier matching: build cost and per-document cost, beside the cost of tokenising.

    python benchmarks/bench_match.py [FILE] [--repeat N]

Prints, measured in the same run:

* the time to build the system matchers (load and validate patterns/systems.yaml and suppliers.yaml, build
  the PhraseMatchers and the fuzzy index) in a fresh Python process, with the part spent creating spaCy's
  blank English pipeline shown separately (goal: under 1 s in all);
* the median time of ``extract_systems`` on FILE, already tokenised (goal: under 5 ms for ~1,000 words), and
  the same with the fuzzy look-up cache emptied before each run (a document of words never seen before);
* the median time to tokenise the same normalised text with the same spaCy pipeline.

The default FILE is the Kent seed from ../shared/seeds (940 words), or the Staffordshire fixture when that
folder is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from timing import median_ms

from foiparse.catalogue import get_catalogue
from foiparse.clean import clean
from foiparse.extract.context import Context
from foiparse.extract.questions import extract_questions
from foiparse.extract.systems import extract_systems, system_matcher
from foiparse.nlp import get_nlp
from foiparse.readers import read_text
from foiparse.segment import segment

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_49d9ea610e9b2aec.txt"
FALLBACK = ROOT / "fixtures" / "raw" / "staffordshire-cc-social-care-systems.txt"

_FRESH = """
import json, time
t0 = time.perf_counter()
from foiparse.catalogue import get_catalogue
from foiparse.extract.systems import system_matcher
from foiparse.nlp import get_nlp
catalogue = get_catalogue()
t1 = time.perf_counter()
get_nlp()
t2 = time.perf_counter()
matcher = system_matcher(catalogue)
t3 = time.perf_counter()
print(json.dumps({"import_and_catalogue": t1 - t0, "nlp": t2 - t1, "matchers": t3 - t2,
                  "systems": len(matcher.systems), "suppliers": len(matcher.suppliers)}))
"""


def fresh_build(runs: int) -> dict[str, float]:
    """Median of ``runs`` fresh processes."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path, default=SEED if SEED.is_file() else FALLBACK)
    parser.add_argument("--repeat", type=int, default=300)
    parser.add_argument("--fresh-runs", type=int, default=5)
    args = parser.parse_args()

    build = fresh_build(args.fresh_runs)
    text = args.file.read_text(encoding="utf-8")
    catalogue = get_catalogue()
    nlp = get_nlp()
    matcher = system_matcher(catalogue)
    cleaned = clean(read_text(text))
    layout = segment(cleaned, catalogue)
    ctx = Context(clean=cleaned, layout=layout, catalogue=catalogue, doc=nlp.make_doc(cleaned.text))
    questions = extract_questions(ctx)
    found = extract_systems(ctx, questions)  # warm-up
    match_ms = median_ms(lambda: extract_systems(ctx, questions), args.repeat)

    def cold() -> None:
        matcher.fuzzy_cache_clear()
        extract_systems(ctx, questions)

    cold_ms = median_ms(cold, args.repeat)
    tokenise_ms = median_ms(lambda: nlp.make_doc(cleaned.text), args.repeat)

    print(f"file: {args.file.name} ({len(cleaned.text.split()):,} words, {len(ctx.doc):,} tokens)")
    print(f"found: {', '.join(m.name for m in found)}")
    print(
        f"matcher build, fresh process (median of {args.fresh_runs}): {build['matchers'] * 1000:.0f} ms "
        f"for {build['systems']:.0f} systems and {build['suppliers']:.0f} suppliers, plus "
        f"{build['nlp'] * 1000:.0f} ms creating spaCy's blank pipeline = "
        f"{(build['matchers'] + build['nlp']) * 1000:.0f} ms  (goal < 1000 ms)"
    )
    print(f"match (extract_systems, median of {args.repeat}):  {match_ms:.3f} ms  (goal < 5 ms)")
    print(f"  the same with the fuzzy look-up cache emptied each time: {cold_ms:.3f} ms")
    print(f"tokenise only (same pipeline, same text):     {tokenise_ms:.3f} ms")
    print(f"ratio match / tokenise: {match_ms / tokenise_ms:.2f}x")


if __name__ == "__main__":
    main()
