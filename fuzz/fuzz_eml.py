"""Fuzz the email reader (MIME, attachments, HTML bodies) and the pipeline: ``python fuzz/fuzz_eml.py CORPUS_DIR``."""

from __future__ import annotations

from _harness import main, read_as, run_document

if __name__ == "__main__":
    main(run_document("eml", read_as("message/rfc822", "fuzz.eml")))
