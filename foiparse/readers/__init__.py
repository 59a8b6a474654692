"""Readers: bytes of any supported format -> one :class:`~foiparse.document.Document`.

The format is decided from the content (magic bytes) first and the file name second, so a ``.pdf`` that is
really HTML is not handed to the PDF engine.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import zipfile
from pathlib import Path

from ..document import Document
from ..errors import CorruptDocument, DocumentTooLarge, EmptyDocument, UnsupportedFormat
from ..limits import DEFAULT_LIMITS, Deadline, Limits
from ..models import ParseWarning, Source
from .text import decode_text, looks_binary

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
DOC = "application/msword"
RTF = "application/rtf"
MSG = "application/vnd.ms-outlook"
EML = "message/rfc822"
HTML = "text/html"
ZIP = "application/zip"
OLE = "application/x-ole-storage"

# Headers that only a real RFC 5322 message has (a pasted Outlook reply has From/Sent/To/Subject, not these).
_MIME_HEADER_RE = re.compile(
    rb"^(?:mime-version|received|message-id|content-type|return-path|delivered-to|x-[a-z0-9-]+):", re.I | re.M
)
_HEADER_LINE_RE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:(?:[ \t]|$)|^[ \t]+\S")
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<!-- ", b"<meta", b"<?xml")
# Lone surrogates: not Unicode text (they cannot be encoded), but a Python str can hold them (file names
# decoded with surrogateescape, email headers with raw 8-bit bytes, strings built by callers).
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _zip_kind(data: bytes) -> str:
    """A ZIP container's real format: Word (.docx), OpenDocument text (.odt) or a plain archive."""
    if data[30:38] == b"mimetype" and data[38:77].startswith(ODT.encode()):
        return ODT
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return ZIP
    if "word/document.xml" in names:
        return DOCX
    if "content.xml" in names and "mimetype" in names:
        return ODT
    return ZIP


def _ole_kind(data: bytes, suffix: str) -> str:
    """An OLE compound file is a Word 97-2003 document or an Outlook message (or something else)."""
    if "__substg1.0_".encode("utf-16-le") in data:
        return MSG
    if "WordDocument".encode("utf-16-le") in data:
        return DOC
    return {".msg": MSG, ".doc": DOC}.get(suffix, OLE)


def _looks_like_email(head: bytes) -> bool:
    block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = block.split(b"\n")
    if len(lines) < 2 or not all(_HEADER_LINE_RE.match(line) for line in lines if line):
        return False
    return bool(_MIME_HEADER_RE.search(block))


def sniff_media_type(data: bytes, name: str = "") -> str:
    """The media type of ``data``, decided from its content first and ``name``'s extension second."""
    head = data[:4096]
    suffix = Path(name).suffix.lower()
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(data, suffix)
    if head.startswith(b"{\\rtf"):
        return RTF
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(_HTML_START[:4]):
        return HTML
    if _looks_like_email(head.lstrip(b"\xef\xbb\xbf")):
        return EML
    if b"<html" in stripped[:512]:
        return HTML
    if suffix in {".eml", ".msg"}:
        return EML
    if looks_binary(head):
        return "application/octet-stream"
    if suffix in {".html", ".htm", ".xhtml"} or stripped.startswith(_HTML_START):
        return HTML
    return "text/markdown" if suffix in {".md", ".markdown"} else "text/plain"


def read_bytes(
    data: bytes,
    *,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    media_type: str | None = None,
    deadline: Deadline | None = None,
) -> Document:
    """Read raw bytes (``name`` is a file name or path, used as a hint and for the source record).

    ``media_type`` forces a reader instead of sniffing (one of the constants of this module). Reading stops
    with a typed error at the first of ``limits`` it passes; ``deadline`` (default: ``limits.max_seconds``
    from now) is checked between pages and blocks.
    """
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(
            f"input is {len(data):,} bytes, over the limit of {limits.max_bytes:,}",
            hint="pass Limits(max_bytes=...) to raise the limit",
            source=name,
        )
    if not data:
        raise EmptyDocument("the input is empty (0 bytes)", hint="check the download or copy", source=name)
    if deadline is None:
        deadline = Deadline.start(limits, source=name)
    media_type = media_type or sniff_media_type(data, name or "")
    source = Source(
        kind="file" if name else "bytes",
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        size=len(data),
    )
    return _valid_unicode(_dispatch(data, source, media_type, limits, deadline))


def _dispatch(data: bytes, source: Source, media_type: str, limits: Limits, deadline: Deadline) -> Document:
    name = source.path
    if media_type.startswith("text/plain") or media_type == "text/markdown":
        text, encoding, warnings = decode_text(data, source=name)
        return Document(text=text, source=source.model_copy(update={"encoding": encoding}), warnings=warnings)
    if media_type == PDF:
        from .pdf import read_pdf

        return read_pdf(data, source, limits=limits, deadline=deadline)
    if media_type == HTML:
        from .html import read_html

        return read_html(data, source, limits=limits, deadline=deadline)
    if media_type == DOCX:
        from .docx import read_docx

        return read_docx(data, source, limits=limits, deadline=deadline)
    if media_type in {DOC, ODT, RTF}:
        from .docx import read_via_libreoffice

        return read_via_libreoffice(data, source, limits=limits, deadline=deadline)
    if media_type == EML:
        from .email import read_eml

        return read_eml(data, source, limits=limits, deadline=deadline)
    if media_type == MSG:
        from .email import read_msg

        return read_msg(data, source, limits=limits, deadline=deadline)
    if media_type == ZIP:
        from .archive import check_zip

        # A bomb is reported as one, not as "unsupported"; damaged or not, an archive is not a response.
        with contextlib.suppress(CorruptDocument):
            check_zip(data, name=name, limits=limits)
        raise UnsupportedFormat(
            "cannot parse a ZIP archive as one response",
            hint="run `foiparse batch` on it (every member is parsed), or unzip it and parse the files inside",
            source=name,
        )
    raise UnsupportedFormat(
        f"cannot read {media_type} input",
        hint="foiparse reads PDF, Word (.docx; .doc/.odt/.rtf with LibreOffice), HTML, email (.eml, .msg), "
        "plain text and Markdown",
        source=name,
    )


def _valid_unicode(document: Document) -> Document:
    """Replace lone surrogates (which no encoder accepts) by U+FFFD, one for one, so offsets are kept."""
    if _SURROGATE_RE.search(document.text) is None and not any(
        _SURROGATE_RE.search(v) for v in document.headers.values()
    ):
        return document
    count = len(_SURROGATE_RE.findall(document.text))
    document.text = _SURROGATE_RE.sub("\ufffd", document.text)
    document.headers = {k: _SURROGATE_RE.sub("\ufffd", v) for k, v in document.headers.items()}
    document.warnings.append(
        ParseWarning(
            code="invalid_unicode",
            message=f"{count} lone surrogate code point(s) (not valid Unicode) replaced by U+FFFD",
        )
    )
    return document


def read_path(path: str | Path, *, limits: Limits = DEFAULT_LIMITS, deadline: Deadline | None = None) -> Document:
    """Read a file; its size is checked before anything is read, and no more than the limit is ever read
    (a device or pipe that reports size 0 cannot stream forever)."""
    p = Path(path)
    size = p.stat().st_size
    if size > limits.max_bytes:
        raise DocumentTooLarge(
            f"file is {size:,} bytes, over the limit of {limits.max_bytes:,}",
            hint="pass Limits(max_bytes=...) to raise the limit",
            source=str(p),
        )
    with p.open("rb") as handle:
        data = handle.read(limits.max_bytes + 1)
    return read_bytes(data, name=str(p), limits=limits, deadline=deadline)


def read_text(text: str) -> Document:
    source = Source(
        kind="text",
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        media_type="text/plain",
        size=len(text),
    )
    return _valid_unicode(Document(text=text, source=source))


__all__ = ["read_bytes", "read_path", "read_text", "sniff_media_type"]
