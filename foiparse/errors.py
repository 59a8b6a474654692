"""One error taxonomy: every failure foiparse raises on purpose is a :class:`FoiParseError`.

Each message says what was wrong and what the user can do about it, so that a bulk run can store it in an
error row and a person reading that row knows the next step. ``code`` is a stable machine-readable name for
the error row; ``hint`` is the next step on its own.

    FoiParseError
    ├── UnsupportedFormat       not a format foiparse reads
    ├── CorruptDocument         claims a format, content is broken
    │   └── NestingTooDeep      containers / elements nested past Limits.max_depth
    ├── EncryptedDocument       needs a password
    ├── ScannedDocument         no text layer (needs OCR)
    ├── EmptyDocument           no text at all
    ├── DocumentTooLarge        over a size limit (bytes, characters, pages, attachments)
    │   └── DecompressionBomb   unpacks to more than Limits.max_decompressed_bytes
    ├── ParseTimeout            over Limits.max_seconds
    └── PatternDataError        a file under patterns/ is broken (an installation problem, not an input one)

Oddities that do not stop parsing are not errors: they become ``warnings`` on the record.
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

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments do not survive the default pickling; worker processes send errors back.
        return (_rebuild, (type(self), self.message, self.hint, self.source))


def _rebuild(cls: type[FoiParseError], message: str, hint: str | None, source: str | None) -> FoiParseError:
    return cls(message, hint=hint, source=source)


class UnsupportedFormat(FoiParseError):
    """The input is in a format foiparse cannot read (yet)."""

    code = "unsupported_format"


class CorruptDocument(FoiParseError):
    """The input claims a format but its content is broken."""

    code = "corrupt_document"


class NestingTooDeep(CorruptDocument):
    """Containers or elements nest deeper than ``Limits.max_depth`` (ZIP in ZIP, message in message, HTML)."""

    code = "nesting_too_deep"


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


class DecompressionBomb(DocumentTooLarge):
    """A compressed part unpacks to more than ``Limits.max_decompressed_bytes`` (a "zip bomb")."""

    code = "decompression_bomb"


class ParseTimeout(FoiParseError):
    """Parsing did not finish within the configured time limit."""

    code = "parse_timeout"


class PatternDataError(FoiParseError):
    """A file under ``patterns/`` is missing or does not validate against its schema."""

    code = "pattern_data_error"


__all__ = [
    "CorruptDocument",
    "DecompressionBomb",
    "DocumentTooLarge",
    "EmptyDocument",
    "EncryptedDocument",
    "FoiParseError",
    "NestingTooDeep",
    "ParseTimeout",
    "PatternDataError",
    "ScannedDocument",
    "UnsupportedFormat",
]
