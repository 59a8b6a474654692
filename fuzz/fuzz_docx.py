"""Fuzz the Word reader: ``python fuzz/fuzz_docx.py CORPUS_DIR``.

Mutating a ZIP's bytes mostly breaks its checksums, which only tests the first line of defence, so the first
byte chooses what the rest is: 0 the whole .docx file; 1, 2, 3 the ``word/document.xml``, ``numbering.xml`` or
``styles.xml`` part of a template package (fixtures/formats/nottinghamshire-cc-letter-foia.docx), which
reaches python-docx and the reader's numbering, style and table code. ``scripts/fuzz.py`` writes seeds in
that shape.
"""

from __future__ import annotations

import io
import zipfile

from _harness import REPO, main, read_as, run_document

from foiparse.document import Document

TEMPLATE = REPO / "fixtures" / "formats" / "nottinghamshire-cc-letter-foia.docx"
PARTS = {1: "word/document.xml", 2: "word/numbering.xml", 3: "word/styles.xml"}
_read = read_as("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "fuzz.docx")
_members: list[tuple[zipfile.ZipInfo, bytes]] = []


def package(part: str, content: bytes) -> bytes:
    if not _members:
        with zipfile.ZipFile(TEMPLATE) as archive:
            _members.extend((info, archive.read(info)) for info in archive.infolist())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        for info, data in _members:
            out.writestr(info.filename, content if info.filename == part else data)
    return buffer.getvalue()


def read(data: bytes) -> Document:
    mode = data[0] % 4 if data else 0
    if mode == 0:
        return _read(data[1:])
    return _read(package(PARTS[mode], data[1:]))


if __name__ == "__main__":
    main(run_document("docx", read))
