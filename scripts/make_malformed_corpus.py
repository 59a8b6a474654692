"""Generate the malformed-input corpus, reproducibly: broken, hostile and absurd files foiparse must survive.

    python scripts/make_malformed_corpus.py [OUT_DIR]      # default /tmp/foiparse-malformed

Every file is built from fixed seeds and fixed bytes, so two runs give identical files. Big inputs cost almost
nothing to make and little disk: the 1 GB text file is sparse (text at both ends, a hole in between); the
bombs are deflate streams of zeros built once from a 16 MB segment ended by a full flush (which makes the
segment independent of what came before, so repeating its bytes k times is a valid stream of k x 16 MB), with
CRC-32 and Adler-32 computed arithmetically. Nothing big is ever held in memory.

``CASES`` lists every file with what foiparse must make of it: one of the named ``FoiParseError`` subclasses,
or a record (with the warning codes listed). ``tests/test_malformed.py`` generates the corpus into a temporary
folder and checks each case, measuring time and peak memory in a subprocess for the heavy ones.
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
PDF_FIXTURE = FIXTURES / "formats" / "nottinghamshire-cc-letter-foia.pdf"
DOCX_FIXTURE = FIXTURES / "formats" / "nottinghamshire-cc-letter-foia.docx"
LETTER_FIXTURE = FIXTURES / "raw" / "nottinghamshire-cc-letter-foia.txt"
DEFAULT_OUT = Path("/tmp/foiparse-malformed")
SEED = 20240901
GIB = 1 << 30
FIXED_DOS_TIME = (0, 0x5821)  # (time, date) of 2024-01-01 00:00:00 in MS-DOS format

LETTER = (
    "Nottinghamshire County Council\nOur ref: FOI/2024/0457\nDate: 31 August 2024\n\nDear Ms Patel\n\n"
    "Thank you for your request of 3 August 2024 under the Freedom of Information Act 2000. The Council's "
    "answer is below; the fee of \u00a3450 \u2013 payable in advance \u2013 does not apply.\n\n"
    "1. How many staff work in the team?\nTwelve.\n\nYours sincerely\n\nJane Smith\nInformation Governance Officer\n"
)


@dataclass
class Case:
    """One corpus file and what parsing it must give."""

    name: str
    make: Callable[[Path], None]
    # Acceptable outcomes: names of FoiParseError subclasses, or "record".
    expect: tuple[str, ...]
    what: str
    # Warning codes the record must carry (when the outcome is a record).
    warnings: tuple[str, ...] = ()
    # Parsed in its own process with its peak memory measured (big or bomb-like inputs).
    heavy: bool = False
    # Extra Limits fields for this case (e.g. a raised page limit to exercise the deadline).
    limits: dict[str, float] = field(default_factory=dict)


# --- checksums without the data -------------------------------------------------------------------------------

_CRC_POLY = 0xEDB88320


def _gf2_times(matrix: list[int], vector: int) -> int:
    total = 0
    n = 0
    while vector:
        if vector & 1:
            total ^= matrix[n]
        vector >>= 1
        n += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, matrix[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """zlib's crc32_combine: the CRC-32 of A+B from crc(A), crc(B) and len(B)."""
    if len2 <= 0:
        return crc1
    odd = [_CRC_POLY] + [1 << n for n in range(31)]  # the operator for one zero bit
    even = _gf2_square(odd)  # two zero bits
    odd = _gf2_square(even)  # four zero bits
    while True:
        even = _gf2_square(odd)
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = _gf2_square(even)
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def crc32_repeated(block: bytes, times: int) -> int:
    """CRC-32 of ``block * times`` in O(log times) steps."""
    result, length = 0, 0
    power_crc, power_len = zlib.crc32(block), len(block)
    while times:
        if times & 1:
            result = crc32_combine(result, power_crc, power_len) if length else power_crc
            length += power_len
        power_crc = crc32_combine(power_crc, power_crc, power_len)
        power_len *= 2
        times >>= 1
    return result


def adler32_repeated(byte: int, n: int) -> int:
    """Adler-32 of ``n`` copies of one byte value."""
    mod = 65521
    a = (1 + n * byte) % mod
    b = (n + byte * (n * (n + 1) // 2)) % mod
    return (b << 16) | a


# --- deflate streams of one repeated byte ------------------------------------------------------------------

_SEGMENT = 1 << 24


@dataclass
class Inflating:
    """A raw deflate stream that inflates to ``size`` copies of ``byte``: ``head`` + ``segment`` * k + ``tail``."""

    byte: int
    size: int
    segment: bytes
    times: int
    tail: bytes

    @property
    def compressed_size(self) -> int:
        return len(self.segment) * self.times + len(self.tail)

    def chunks(self) -> Iterator[bytes]:
        for _ in range(self.times):
            yield self.segment
        yield self.tail

    @property
    def crc32(self) -> int:
        return crc32_repeated(bytes([self.byte]) * _SEGMENT, self.times)


def inflating(byte: int, size: int) -> Inflating:
    """``size`` (a multiple of 16 MB) bytes of ``byte`` as raw deflate, built from one compressed segment."""
    assert size % _SEGMENT == 0
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = compressor.compress(bytes([byte]) * _SEGMENT) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    return Inflating(byte, size, segment, size // _SEGMENT, tail)


# --- a minimal ZIP writer for streams we never hold whole ---------------------------------------------------


@dataclass
class ZipEntry:
    name: str
    crc: int
    compressed_size: int
    size: int
    chunks: Callable[[], Iterable[bytes]]
    method: int = 8  # 8 deflate, 0 stored


def write_zip(path: Path, entries: list[ZipEntry]) -> None:
    """Write a ZIP (32-bit sizes: every entry must be under 4 GiB) streaming each entry's data."""
    central = []
    with path.open("wb") as out:
        for entry in entries:
            assert entry.size < 1 << 32 and entry.compressed_size < 1 << 32
            offset = out.tell()
            name = entry.name.encode()
            out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, entry.method, *FIXED_DOS_TIME,
                                  entry.crc, entry.compressed_size, entry.size, len(name), 0))  # fmt: skip
            out.write(name)
            for chunk in entry.chunks():
                out.write(chunk)
            central.append(
                struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, entry.method, *FIXED_DOS_TIME,
                            entry.crc, entry.compressed_size, entry.size, len(name), 0, 0, 0, 0, 0o644 << 16,
                            offset) + name
            )  # fmt: skip
        start = out.tell()
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory),
                              start, 0))  # fmt: skip


def _bytes_entry(name: str, data: bytes, method: int = 8) -> ZipEntry:
    if method == 8:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = compressor.compress(data) + compressor.flush()
    else:
        packed = data
    return ZipEntry(name, zlib.crc32(data), len(packed), len(data), lambda: [packed], method)


def _inflating_entry(name: str, stream: Inflating) -> ZipEntry:
    return ZipEntry(name, stream.crc32, stream.compressed_size, stream.size, stream.chunks)


# --- PDFs written by hand ------------------------------------------------------------------------------------


def write_pdf(
    path: Path, objects: list[bytes], *, root: int = 1, stream_chunks: dict[int, Iterable[bytes]] | None = None
) -> None:
    """Objects 1..n (``objects[i]`` is object i+1's body) with a correct cross-reference table.

    ``stream_chunks`` gives, for an object number, stream data written after its body (the body then ends
    with the dictionary and the data goes between ``stream`` and ``endstream``).
    """
    stream_chunks = stream_chunks or {}
    offsets = []
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        for number, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(f"{number} 0 obj\n".encode() + body)
            if number in stream_chunks:
                out.write(b"\nstream\n")
                for chunk in stream_chunks[number]:
                    out.write(chunk)
                out.write(b"\nendstream")
            out.write(b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
        for offset in offsets:
            out.write(f"{offset:010d} 00000 n \n".encode())
        out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_PAGE = (
    "<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] /Contents {contents} 0 R "
    "/Resources << /Font << /F1 {font} 0 R >> >> >>"
)


def _content(lines: list[str]) -> bytes:
    ops = ["BT /F1 11 Tf 72 770 Td 14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1", "replace")


def _stream(data: bytes) -> bytes:
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def make_recursive_page_tree(path: Path) -> None:
    """The page tree's root lists itself among its kids, and a second node loops back to the root."""
    content = _content(LETTER.splitlines()[:8])
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R 6 0 R] /Count 3 >>",
        _PAGE.format(parent=2, contents=4, font=5).encode(),
        _stream(content),
        _FONT,
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 2 >>",
    ])  # fmt: skip


def make_many_pages(path: Path, pages: int = 10_000) -> None:
    """``pages`` pages sharing one content stream and font (about 100 bytes a page)."""
    first_page = 5
    kids = " ".join(f"{first_page + n} 0 R" for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        _stream(_content(["Dear Ms Patel", "Our ref: FOI/2024/0457", "This page is one of many."])),
        _FONT,
    ]
    objects += [_PAGE.format(parent=2, contents=3, font=4).encode() for _ in range(pages)]
    write_pdf(path, objects)


def make_dense_page(path: Path) -> None:
    """One page with ~300,000 characters of text (a normal page has ~6,000)."""
    line = "The information is held and is provided below in full. " * 3
    content = zlib.compress(_content([line] * 1800), 9)
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _PAGE.format(parent=2, contents=4, font=5).encode(),
        f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode() + content + b"\nendstream",
        _FONT,
    ])  # fmt: skip


def _pdf_bomb(path: Path, layers: int) -> None:
    """A page whose content stream inflates to 1 GiB of spaces (through ``layers`` Flate filters)."""
    inner = inflating(0x20, GIB)
    zlib_stream: list[bytes] = [b"\x78\xda", *inner.chunks(), struct.pack(">I", adler32_repeated(0x20, GIB))]
    filters = " ".join(["/FlateDecode"] * layers)
    if layers == 2:
        data = b"".join(zlib_stream)
        zlib_stream = [zlib.compress(data, 9)]
    length = sum(len(c) for c in zlib_stream)
    write_pdf(
        path,
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _PAGE.format(parent=2, contents=4, font=5).encode(),
            f"<< /Length {length} /Filter [{filters}] >>".encode(),
            _FONT,
        ],
        stream_chunks={4: zlib_stream},
    )


def _mutated_pdf(path: Path, transform: Callable[[bytes, random.Random], bytes], seed: int) -> None:
    path.write_bytes(transform(PDF_FIXTURE.read_bytes(), random.Random(SEED + seed)))


def _truncate(fraction: float) -> Callable[[bytes, random.Random], bytes]:
    return lambda data, _rng: data[: int(len(data) * fraction)]


def _flip(bits: int) -> Callable[[bytes, random.Random], bytes]:
    def flip(data: bytes, rng: random.Random) -> bytes:
        out = bytearray(data)
        for _ in range(bits):
            pos = rng.randrange(len(out))
            out[pos] ^= 1 << rng.randrange(8)
        return bytes(out)

    return flip


# --- archives ------------------------------------------------------------------------------------------------


def make_nested_zip_bomb(path: Path, levels: int = 3, copies: int = 16) -> None:
    """42.zip's shape: ``copies`` archives in each of ``levels`` levels; at the bottom, 4 members of 1 GiB of
    zeros each. Declares 4 GiB x 16^(levels-1) (1 TiB for 3 levels) in a file of a few hundred kB."""
    leaf = inflating(0, GIB)
    tmp = path.with_suffix(".part")
    write_zip(tmp, [_inflating_entry(f"{n}.bin", leaf) for n in range(4)])
    data = tmp.read_bytes()
    tmp.unlink()
    for level in range(1, levels):
        packed = _bytes_entry("", data)  # compressed once, stored under every name
        entries = [ZipEntry(f"{level}-{n}.zip", packed.crc, packed.compressed_size, packed.size, packed.chunks)
                   for n in range(copies)]  # fmt: skip
        write_zip(tmp, entries)
        data = tmp.read_bytes()
        tmp.unlink()
    path.write_bytes(data)


def make_docx_bomb(path: Path) -> None:
    """The Word fixture with word/document.xml replaced by 2 GiB of spaces (2 MB on disk)."""
    import zipfile

    bomb = inflating(0x20, 2 * GIB)
    entries = []
    with zipfile.ZipFile(DOCX_FIXTURE) as archive:
        for info in archive.infolist():
            if info.filename == "word/document.xml":
                entries.append(_inflating_entry(info.filename, bomb))
            else:
                entries.append(_bytes_entry(info.filename, archive.read(info)))
    write_zip(path, entries)


def make_docx_lying_size(path: Path) -> None:
    """A Word file whose document.xml declares 1 kB but inflates to 64 MB (a header that lies)."""
    import zipfile

    stream = inflating(0x20, 64 << 20)
    entries = []
    with zipfile.ZipFile(DOCX_FIXTURE) as archive:
        for info in archive.infolist():
            if info.filename == "word/document.xml":
                entry = _inflating_entry(info.filename, stream)
                entry.size = 1024
                entries.append(entry)
            else:
                entries.append(_bytes_entry(info.filename, archive.read(info)))
    write_zip(path, entries)


def make_zip_quine_like(path: Path, depth: int = 12) -> None:
    """A small letter inside ``depth`` levels of ZIPs (past Limits.max_depth)."""
    tmp = path.with_suffix(".part")
    data = LETTER.encode()
    name = "letter.txt"
    for level in range(depth):
        write_zip(tmp, [_bytes_entry(name, data)])
        data = tmp.read_bytes()
        name = f"level{level}.zip"
    tmp.unlink()
    path.write_bytes(data)


# --- text ------------------------------------------------------------------------------------------------------


def make_sparse_text(path: Path, size: int = GIB) -> None:
    """``size`` bytes: a letter at the start and the end, a sparse hole (zeros, no disk) in between."""
    head = (LETTER * 200).encode()
    with path.open("wb") as out:
        out.write(head)
        out.seek(size - len(head))
        out.write(head)


def make_big_text(path: Path, size: int = 40_000_000) -> None:
    """Plain ASCII text under the byte limit but far over the character limit (written in 1 MB pieces)."""
    chunk = (LETTER.encode("ascii", "replace") * (1_000_000 // len(LETTER) + 1))[:1_000_000]
    with path.open("wb") as out:
        for _ in range(size // len(chunk)):
            out.write(chunk)


def make_invalid_utf8(path: Path) -> None:
    rng = random.Random(SEED)
    data = bytearray(LETTER.encode("utf-8"))
    for _ in range(12):
        bad = rng.choice([b"\xff", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf"])
        at = rng.randrange(len(data))
        data[at:at] = bad
    path.write_bytes(bytes(data))


# --- markup and mail ---------------------------------------------------------------------------------------------


def make_deep_html(path: Path, depth: int = 100_000) -> None:
    body = "<div>" * depth + "<p>Dear Ms Patel</p><p>Our ref: FOI/2024/0457</p>" + "</div>" * depth
    path.write_text(f"<!DOCTYPE html><html><head><title>FOI</title></head><body>{body}</body></html>", encoding="utf-8")


def make_deep_html_within_parser(path: Path, depth: int = 240) -> None:
    """Nesting the HTML parser accepts (libxml2 stops at 256) but past Limits.max_element_depth (200)."""
    body = "<div>" * depth + LETTER.replace("\n", "<br>") + "</div>" * depth
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")


def _email_head(subject: str, boundary: str) -> str:
    return (
        "From: FOI Team <foi@example.gov.uk>\r\nTo: Ms Patel <request-1@whatdotheyknow.com>\r\n"
        f"Date: Sat, 31 Aug 2024 10:00:00 +0100\r\nSubject: {subject}\r\nMessage-ID: <corpus@foiparse.invalid>\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    )


def make_many_attachments(path: Path, count: int = 1000) -> None:
    boundary = "==foiparse-corpus-boundary=="
    parts = [_email_head("Your request FOI/2024/0457", boundary)]
    parts.append(f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{LETTER}\r\n")
    for n in range(count):
        parts.append(
            f"--{boundary}\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            f'Content-Disposition: attachment; filename="annex-{n:04d}.pdf"\r\n\r\nJVBERi0xLjQKJcOkw7zDtsOfCg==\r\n'
        )
    parts.append(f"--{boundary}--\r\n")
    path.write_bytes("".join(parts).encode())


def make_nested_email(path: Path, depth: int = 40) -> None:
    """An email attached to an email attached to ... ``depth`` times (message/rfc822)."""
    inner = f"Subject: level {depth}\r\nContent-Type: text/plain\r\n\r\n{LETTER}"
    for level in range(depth - 1, -1, -1):
        boundary = f"b{level}"
        head = (
            f"Subject: level {level}\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            if level
            else _email_head("Fwd: Fwd: Fwd: your request", boundary)
        )
        inner = (
            f"{head}--{boundary}\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
            f"--{boundary}\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n--{boundary}--\r\n"
        )
    path.write_bytes(inner.encode())


# --- the corpus ------------------------------------------------------------------------------------------------

_RECORD_OR_BROKEN = ("record", "CorruptDocument", "EmptyDocument")


def _writer(data: Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data())


CASES: list[Case] = [
    # Broken PDFs.
    *[
        Case(
            f"pdf-truncated-{pct:02d}.pdf",
            lambda p, f=pct: _mutated_pdf(p, _truncate(f / 100), f),
            ("CorruptDocument", *(("record",) if pct > 50 else ())),
            f"the PDF fixture cut at {pct}%",
        )
        for pct in (1, 10, 50, 90, 99)
    ],
    *[
        Case(
            f"pdf-bitflip-{bits:03d}-{n}.pdf",
            lambda p, b=bits, k=n: _mutated_pdf(p, _flip(b), 100 * b + k),
            (*_RECORD_OR_BROKEN, "ScannedDocument", "UnsupportedFormat"),
            f"{bits} random bit flips in the PDF fixture",
        )
        for bits in (1, 10, 100, 1000)
        for n in range(3)
    ],
    Case(
        "pdf-recursive-page-tree.pdf",
        make_recursive_page_tree,
        ("record", "CorruptDocument", "EmptyDocument"),
        "a page tree whose nodes list themselves as kids",
    ),
    Case(
        "pdf-10000-pages.pdf",
        make_many_pages,
        ("DocumentTooLarge",),
        "10,000 pages (over Limits.max_pages)",
        heavy=True,
    ),
    Case(
        "pdf-10000-pages-deadline.pdf",
        make_many_pages,
        ("ParseTimeout",),
        "10,000 pages with the page limit raised and a 0.3 s deadline",
        heavy=True,
        limits={"max_pages": 20_000, "max_seconds": 0.3},
    ),
    Case(
        "pdf-dense-page.pdf",
        make_dense_page,
        ("DocumentTooLarge",),
        "one page of ~300,000 characters (over Limits.max_page_chars)",
    ),
    Case(
        "pdf-stream-bomb.pdf",
        lambda p: _pdf_bomb(p, 1),
        ("DecompressionBomb",),
        "a content stream that inflates to 1 GiB",
        heavy=True,
    ),
    Case(
        "pdf-nested-flate-bomb.pdf",
        lambda p: _pdf_bomb(p, 2),
        ("DecompressionBomb",),
        "a content stream through two Flate filters that inflates to 1 GiB",
        heavy=True,
    ),
    Case("pdf-magic-only.pdf", _writer(lambda: b"%PDF-1.7\n"), ("CorruptDocument",), "a PDF header and nothing else"),
    # Empty files of every kind.
    *[
        Case(f"zero-byte.{ext}", _writer(lambda: b""), ("EmptyDocument",), "a zero-byte file")
        for ext in ("pdf", "docx", "html", "eml", "txt", "zip")
    ],
    # Archives.
    Case(
        "zip-nested-bomb.zip",
        make_nested_zip_bomb,
        ("DecompressionBomb", "UnsupportedFormat"),
        "42.zip's shape: 3 levels of 16 archives, 1 TiB of zeros declared",
        heavy=True,
    ),
    Case("zip-nested-12-deep.zip", make_zip_quine_like, ("UnsupportedFormat",), "a letter inside 12 levels of ZIPs"),
    Case(
        "docx-bomb.docx",
        make_docx_bomb,
        ("DecompressionBomb",),
        "a Word file whose document.xml inflates to 2 GiB",
        heavy=True,
    ),
    Case(
        "docx-lying-size.docx",
        make_docx_lying_size,
        ("CorruptDocument",),
        "a Word file whose document.xml inflates past its declared size",
        heavy=True,
    ),
    Case(
        "docx-not-a-zip.docx",
        _writer(lambda: b"PK\x03\x04" + bytes(range(256)) * 8),
        ("UnsupportedFormat", "CorruptDocument"),
        "ZIP magic then garbage",
    ),
    # Text.
    Case(
        "text-1gb-sparse.txt",
        make_sparse_text,
        ("DocumentTooLarge",),
        "a 1 GiB text file (over Limits.max_bytes; must not be read)",
        heavy=True,
    ),
    Case(
        "text-40mb.txt",
        make_big_text,
        ("DocumentTooLarge",),
        "40 MB of text (under max_bytes, over max_chars)",
        heavy=True,
    ),
    Case(
        "text-invalid-utf8.txt",
        make_invalid_utf8,
        ("record",),
        "a letter with invalid UTF-8 sequences",
        warnings=("encoding_detected",),
    ),
    Case(
        "text-utf16le-no-bom.txt",
        _writer(lambda: LETTER.encode("utf-16-le")),
        ("record",),
        "UTF-16 (little-endian) without a byte-order mark",
        warnings=("encoding_guessed",),
    ),
    Case(
        "text-utf16be-no-bom.txt",
        _writer(lambda: LETTER.encode("utf-16-be")),
        ("record",),
        "UTF-16 (big-endian) without a byte-order mark",
        warnings=("encoding_guessed",),
    ),
    Case(
        "text-windows-1252.txt",
        _writer(lambda: LETTER.replace("\u2013", "-").encode("cp1252")),
        ("record",),
        "Windows-1252 (pound sign, curly quotes)",
        warnings=("encoding_detected",),
    ),
    Case(
        "text-binary-garbage.txt",
        _writer(lambda: random.Random(SEED).randbytes(20_000)),
        ("UnsupportedFormat", "record", "EmptyDocument"),
        "20 kB of random bytes named .txt",
    ),
    Case(
        "text-nul-only.txt",
        _writer(lambda: b"\x00" * 4096),
        ("UnsupportedFormat", "EmptyDocument"),
        "4 kB of NUL bytes",
    ),
    Case(
        "text-one-long-line.txt",
        _writer(lambda: b"Dear Ms Patel " * 120_000),
        ("record",),
        "1.7 MB of text without a line break",
    ),
    # Markup and mail.
    Case(
        "html-100000-nested.html",
        make_deep_html,
        ("record",),
        "100,000 nested <div> elements",
        warnings=("html_unparsable_structure",),
        heavy=True,
    ),
    Case(
        "html-240-nested.html",
        make_deep_html_within_parser,
        ("record",),
        "240 nested <div> elements (past Limits.max_element_depth)",
        warnings=("html_too_deep",),
    ),
    Case(
        "email-1000-attachments.eml",
        make_many_attachments,
        ("record",),
        "an email with 1,000 attachments",
        warnings=("attachment_not_parsed", "attachments_not_listed"),
        heavy=True,
    ),
    Case(
        "email-nested-40-deep.eml", make_nested_email, ("NestingTooDeep",), "an email attached to an email ... 40 deep"
    ),
    Case(
        "msg-not-outlook.msg",
        _writer(lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
        ("CorruptDocument", "UnsupportedFormat"),
        "an OLE header and nothing else",
    ),
]


def build(out: Path = DEFAULT_OUT, *, names: Iterable[str] | None = None) -> list[tuple[Case, Path]]:
    """Write the corpus (or the named cases) into ``out``; returns each case with its path."""
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(names) if names is not None else None
    written = []
    for case in CASES:
        if wanted is not None and case.name not in wanted:
            continue
        path = out / case.name
        case.make(path)
        written.append((case, path))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT, help=f"folder (default {DEFAULT_OUT})")
    args = parser.parse_args()
    for case, path in build(args.out):
        print(f"{path.stat().st_size:>14,}  {path.name:<34} {case.what}", file=sys.stdout)


if __name__ == "__main__":
    main()
