"""One error taxonomy: every failure foiparse raises on purpose is a :class:`FoiParseError`.

Each message says what was wrong and what the user can do about it, so that a bulk run can store it in an
error row and a person reading that row knows the next step.
"""

from __future__ import annotations


class FoiParseError(Exception):
    """Base class of every error foiparse raises deliberately."""

    code = "foiparse_error"

    def __init__(self, message: str, *, hint: str | None = None, source: str | None = None) -> None:
        self.message = message
        self.hint = hint
        self.source = source
        text = message if hint is None else f"{message} ({hint})"
        if source:
            text = f"{source}: {text}"
        super().__init__(text)


class UnsupportedFormat(FoiParseError):
    """The input is in a format foiparse cannot read (yet)."""

    code = "unsupported_format"


class CorruptDocument(FoiParseError):
    """The input claims a format but its content is broken."""

    code = "corrupt_document"


class EncryptedDocument(FoiParseError):
    """The input is encrypted and cannot be opened without a password."""

    code = "encrypted_document"


class ScannedDocument(FoiParseError):
    """The input has no text layer (a scanned letter) and OCR is not available."""

    code = "scanned_document"


class EmptyDocument(FoiParseError):
    """The input holds no text at all."""

    code = "empty_document"


class DocumentTooLarge(FoiParseError):
    """The input exceeds a configured size limit."""

    code = "document_too_large"


class ParseTimeout(FoiParseError):
    """Parsing did not finish within the configured time limit."""

    code = "parse_timeout"


class PatternDataError(FoiParseError):
    """A file under ``patterns/`` is missing or does not validate against its schema."""

    code = "pattern_data_error"
