"""Fuzz the PDF reader (pypdfium2 + pdfplumber tables) and the pipeline: ``python fuzz/fuzz_pdf.py CORPUS_DIR``."""

from __future__ import annotations

from _harness import main, read_as, run_document

if __name__ == "__main__":
    main(run_document("pdf", read_as("application/pdf", "fuzz.pdf")))
