"""Parse time against tokenise time, measured in the same run on the same text.

    python benchmarks/bench_parse.py [FILE] [--repeat N]

Prints the median time to parse FILE end to end (text already read; import and the first, warm-up parse
excluded) and the median time to merely tokenise the same normalised text with the same spaCy pipeline,
and their ratio. The default FILE is the Kent seed from ../shared/seeds.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from timing import median_ms

import foiparse
from foiparse.clean import clean
from foiparse.nlp import get_nlp
from foiparse.readers import read_text

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_49d9ea610e9b2aec.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    text = args.file.read_text(encoding="utf-8")
    nlp = get_nlp()
    normalised = clean(read_text(text)).text
    foiparse.parse_text(text)  # warm-up: builds the catalogue and matchers once per process
    nlp.make_doc(normalised)
    parse_ms = median_ms(lambda: foiparse.parse_text(text), args.repeat)
    tokenise_ms = median_ms(lambda: nlp.make_doc(normalised), args.repeat)
    stages = {
        "clean": median_ms(lambda: clean(read_text(text)), args.repeat),
    }
    print(f"file: {args.file.name} ({len(text):,} chars, {len(nlp.make_doc(normalised)):,} tokens)")
    print(f"parse (end to end, median of {args.repeat}): {parse_ms:.3f} ms")
    print(f"tokenise only (same pipeline, same text):  {tokenise_ms:.3f} ms")
    for name, ms in stages.items():
        print(f"  stage {name}: {ms:.3f} ms")
    print(f"ratio parse / tokenise: {parse_ms / tokenise_ms:.2f}x  (goal <= 5x; long-term 2x)")


if __name__ == "__main__":
    main()
