"""Readers: bytes of any supported format -> one :class:`~foiparse.document.Document`.

The format is decided from the content (magic bytes) first and the file name second, so a ``.pdf`` that is
really HTML is not handed to the PDF engine.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..document import Document
from ..errors import DocumentTooLarge, UnsupportedFormat
from ..limits import DEFAULT_LIMITS, Limits
from ..models import Source
from .text import decode_text, looks_binary

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}

# Magic numbers of the formats FOI responses arrive in that this version does not read yet.
_MAGIC = [
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (b"{\\rtf", "application/rtf"),
]


def sniff_media_type(data: bytes, name: str = "") -> str:
    head = data[:2048]
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")) or b"<html" in stripped[:512]:
        return "text/html"
    suffix = Path(name).suffix.lower()
    if suffix in {".eml", ".msg"}:
        return "message/rfc822"
    if looks_binary(head):
        return "application/octet-stream"
    return "text/markdown" if suffix in {".md", ".markdown"} else "text/plain"


def read_bytes(data: bytes, *, name: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read raw bytes (``name`` is a file name or path, used as a hint and for the source record)."""
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            f"input is {len(data):,} bytes, over the limit of {limits.max_bytes:,}",
            hint="pass Limits(max_bytes=...) to raise the limit",
            source=name,
        )
    media_type = sniff_media_type(data, name or "")
    source = Source(
        kind="file" if name else "bytes",
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        size=len(data),
    )
    if media_type.startswith("text/plain") or media_type == "text/markdown":
        text, encoding, warnings = decode_text(data, source=name)
        return Document(text=text, source=source.model_copy(update={"encoding": encoding}), warnings=warnings)
    raise UnsupportedFormat(
        f"cannot read {media_type} input yet",
        hint="this version reads plain text and Markdown (.txt, .md); convert the file to text first",
        source=name,
    )


def read_path(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    p = Path(path)
    size = p.stat().st_size
    if size > limits.max_bytes:
        raise DocumentTooLarge(
            f"file is {size:,} bytes, over the limit of {limits.max_bytes:,}",
            hint="pass Limits(max_bytes=...) to raise the limit",
            source=str(p),
        )
    return read_bytes(p.read_bytes(), name=str(p), limits=limits)


def read_text(text: str) -> Document:
    source = Source(
        kind="text",
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        media_type="text/plain",
        size=len(text),
    )
    return Document(text=text, source=source)


__all__ = ["read_bytes", "read_path", "read_text", "sniff_media_type"]
