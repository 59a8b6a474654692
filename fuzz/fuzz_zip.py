"""Fuzz ZIP archives (``foiparse.readers.archive.iter_zip``: members, nesting, bombs) and each member's parse.

    python fuzz/fuzz_zip.py CORPUS_DIR

When ``foiparse.batch`` lands, its archive walking should be fuzzed through the same entry point.
"""

from __future__ import annotations

import contextlib

from _harness import FUZZ_LIMITS, main, run_document

from foiparse.document import Document
from foiparse.errors import FoiParseError
from foiparse.pipeline import parse_document
from foiparse.readers import read_bytes, read_text
from foiparse.readers.archive import iter_zip

_MEMBERS_PARSED = 4


def read(data: bytes) -> Document:
    """Walk the archive; parse the first few members; return a small document so the harness's pipeline run
    is cheap."""
    for n, member in enumerate(iter_zip(data, name="fuzz.zip", limits=FUZZ_LIMITS)):
        if member.data is not None and n < _MEMBERS_PARSED:
            with contextlib.suppress(FoiParseError):
                parse_document(read_bytes(member.data, name=member.path, limits=FUZZ_LIMITS), limits=FUZZ_LIMITS)
    return read_text("Dear Sir")


if __name__ == "__main__":
    main(run_document("zip", read))
