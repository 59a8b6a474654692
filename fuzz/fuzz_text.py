"""Fuzz text decoding and the whole pipeline on plain text: ``python fuzz/fuzz_text.py CORPUS_DIR``."""

from __future__ import annotations

from _harness import main, read_as, run_document

if __name__ == "__main__":
    main(run_document("text", read_as("text/plain", "fuzz.txt")))
