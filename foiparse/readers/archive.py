"""ZIP archives: their members, one at a time, with limits on size, expansion and nesting.

FOI downloads arrive as ZIPs (WhatDoTheyKnow's "download all attachments", authorities' bundles), sometimes
with ZIPs inside. :func:`iter_zip` yields every member, descending into archives inside the archive, so a bulk
reader can parse each member as its own document. It never holds more than one member in memory, and refuses

- a member that unpacks to more than ``Limits.max_bytes`` (an error for that member);
- an archive tree whose members together declare more than ``Limits.max_decompressed_bytes`` *and* more than
  :data:`BOMB_RATIO` times the outer archive's size: a decompression bomb (``42.zip``, overlapping-entry
  bombs), refused as a whole before anything big is inflated;
- archives nested more than ``Limits.max_depth`` deep (a "zip quine" contains itself), and trees of more than
  ``Limits.max_members`` members.

Sizes are the ones the archive declares. Python's ``zipfile`` never inflates a member past its declared size
(it stops and fails the CRC check), so a lying header costs no more than an honest one.
"""

from __future__ import annotations

import io
import lzma
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import CorruptDocument, DecompressionBomb, EncryptedDocument, FoiParseError
from ..limits import DEFAULT_LIMITS, NO_DEADLINE, Deadline, Limits, check_depth, check_size

# Expansion (declared bytes / archive bytes) past which a large archive is taken for a bomb. Text and XML
# compress about 5-20x, PDFs and images barely; zeros compress ~1000x.
BOMB_RATIO = 100
_ZIP_MAGIC = b"PK\x03\x04"
_OFFICE_PARTS = ("word/document.xml", "content.xml", "[Content_Types].xml")
# What zipfile raises on damaged data: its own errors, and the decompressors' (zlib, bz2 via OSError, lzma).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
    lzma.LZMAError,
)


@dataclass
class ArchiveMember:
    """One member: its path inside the archive tree (``outer.zip/inner.zip/letter.pdf``) and its bytes, or
    the typed error that stopped it being read (the rest of the archive is still read)."""

    path: str
    data: bytes | None = None
    error: FoiParseError | None = None


@dataclass
class _Budget:
    outer_size: int
    declared: int = 0
    members: int = 0


def _open(data: bytes, name: str | None) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise CorruptDocument(f"the ZIP archive is damaged ({exc})", hint="download it again", source=name) from exc


def _is_archive(data: bytes) -> bool:
    """A plain ZIP (not a Word or OpenDocument file, which are ZIPs read as documents)."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except _ZIP_ERRORS:
        return True  # a damaged archive is reported as one when it is opened
    return not any(part in names for part in _OFFICE_PARTS)


def check_zip(data: bytes, *, name: str | None = None, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a ZIP whose own members declare a decompression bomb or too many members (nothing is inflated)."""
    with _open(data, name) as archive:
        _account(archive.infolist(), _Budget(len(data)), limits, name)


def _account(members: list[zipfile.ZipInfo], budget: _Budget, limits: Limits, name: str | None) -> None:
    budget.members += len(members)
    check_size("the archive's member count", budget.members, limits.max_members, "max_members", source=name)
    budget.declared += sum(max(0, m.file_size) for m in members)
    if budget.declared > limits.max_decompressed_bytes and budget.declared > BOMB_RATIO * max(1, budget.outer_size):
        raise DecompressionBomb(
            f"the archive's members unpack to {budget.declared:,} bytes from {budget.outer_size:,} "
            f"(over {limits.max_decompressed_bytes:,} and {BOMB_RATIO}x its size: a decompression bomb)",
            hint="a real FOI bundle expands far less; check where the file came from, or pass "
            "Limits(max_decompressed_bytes=...) if it is genuine",
            source=name,
        )


def iter_zip(
    data: bytes,
    *,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    deadline: Deadline = NO_DEADLINE,
) -> Iterator[ArchiveMember]:
    """Every file in the archive, descending into archives inside it, in archive order.

    Raises (for the whole archive) :class:`CorruptDocument` when it cannot be opened,
    :class:`DecompressionBomb` / :class:`DocumentTooLarge` when the tree is a bomb or has too many members, and
    :class:`ParseTimeout` when ``deadline`` passes; a member that cannot be read (damaged, encrypted, too big, an
    inner archive that is damaged or nested too deep) is yielded with its ``error`` set.
    """
    with _open(data, name) as archive:
        yield from _walk(archive, name or "", name, limits, deadline, _Budget(len(data)), 0)


def _walk(
    archive: zipfile.ZipFile,
    prefix: str,
    name: str | None,
    limits: Limits,
    deadline: Deadline,
    budget: _Budget,
    depth: int,
) -> Iterator[ArchiveMember]:
    members = [m for m in archive.infolist() if not m.filename.endswith("/")]
    _account(members, budget, limits, name)
    for info in members:
        deadline.check(f"reading archive member {info.filename}")
        path = f"{prefix}/{info.filename}" if prefix else info.filename
        try:
            check_size(f"archive member {info.filename!r} (bytes)", info.file_size, limits.max_bytes, "max_bytes",
                       source=path)  # fmt: skip
            if info.flag_bits & 0x1:
                raise EncryptedDocument(
                    "the archive member is encrypted", hint="unzip it with its password first", source=path
                )
            try:
                content = archive.read(info)
            except _ZIP_ERRORS as exc:
                raise CorruptDocument(f"the archive member is damaged ({exc})", source=path) from exc
            inner = None
            if _is_archive(content):
                check_depth("archives inside archives", depth + 1, limits.max_depth, "max_depth", source=path)
                inner = _open(content, path)
        except FoiParseError as exc:
            yield ArchiveMember(path, error=exc)
            continue
        if inner is None:
            yield ArchiveMember(path, data=content)
            continue
        del content
        with inner:
            yield from _walk(inner, path, path, limits, deadline, budget, depth + 1)
