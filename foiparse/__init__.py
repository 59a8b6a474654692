"""foiparse: UK Freedom of Information responses -> typed, source-grounded records."""

__version__ = "0.1.0"

from .errors import (
    CorruptDocument,
    DecompressionBomb,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    FoiParseError,
    NestingTooDeep,
    ParseTimeout,
    PatternDataError,
    ScannedDocument,
    UnsupportedFormat,
)
from .limits import Limits
from .models import FOIResponse, PartialDate, Span
from .pipeline import parse, parse_document, parse_text


def __getattr__(name: str) -> object:
    """``foiparse.iter_parse`` and ``foiparse.surveys`` load on first use (worker pools, survey data)."""
    if name == "iter_parse":
        from .batch import iter_parse

        return iter_parse
    if name == "surveys":
        import importlib

        return importlib.import_module(".surveys", __name__)
    raise AttributeError(f"module 'foiparse' has no attribute {name!r}")


__all__ = [
    "CorruptDocument",
    "DecompressionBomb",
    "DocumentTooLarge",
    "EmptyDocument",
    "EncryptedDocument",
    "FOIResponse",
    "FoiParseError",
    "Limits",
    "NestingTooDeep",
    "ParseTimeout",
    "PartialDate",
    "PatternDataError",
    "ScannedDocument",
    "Span",
    "UnsupportedFormat",
    "__version__",
    "iter_parse",
    "parse",
    "parse_document",
    "parse_text",
]
