"""foiparse: UK Freedom of Information responses -> typed, source-grounded records."""

__version__ = "0.1.0"

from .errors import (  # noqa: E402
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
from .limits import Limits  # noqa: E402
from .models import FOIResponse, PartialDate, Span  # noqa: E402
from .pipeline import parse, parse_document, parse_text  # noqa: E402

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
