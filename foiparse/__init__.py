"""foiparse: UK Freedom of Information responses -> typed, source-grounded records."""

__version__ = "0.1.0"

from .errors import (
    CorruptDocument,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    FoiParseError,
    ParseTimeout,
    PatternDataError,
    ScannedDocument,
    UnsupportedFormat,
)
from .limits import Limits
from .models import FOIResponse, PartialDate, Span
from .pipeline import parse, parse_document, parse_text

__all__ = [
    "CorruptDocument",
    "DocumentTooLarge",
    "EmptyDocument",
    "EncryptedDocument",
    "FOIResponse",
    "FoiParseError",
    "Limits",
    "ParseTimeout",
    "PartialDate",
    "PatternDataError",
    "ScannedDocument",
    "Span",
    "UnsupportedFormat",
    "__version__",
    "parse",
    "parse_document",
    "parse_text",
]
