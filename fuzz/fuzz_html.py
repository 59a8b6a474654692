"""Fuzz the HTML reader (lxml, boilerplate removal) and the pipeline: ``python fuzz/fuzz_html.py CORPUS_DIR``."""

from __future__ import annotations

from _harness import main, read_as, run_document

if __name__ == "__main__":
    main(run_document("html", read_as("text/html", "fuzz.html")))
