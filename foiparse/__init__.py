"""foiparse: UK Freedom of Information responses -> typed, source-grounded records."""

__version__ = "0.1.0"

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from .batch import iter_parse
    from .models import FOIResponse, PartialDate, Span
    from .pipeline import parse, parse_document, parse_text


def __getattr__(name: str) -> object:
    """The records, the parser, ``foiparse.iter_parse`` and ``foiparse.surveys`` load on first use.

    The pipeline imports spaCy (over a second of start-up), which the parent process of a batch never needs:
    it hands documents to workers that have it loaded already. The records' module builds pydantic's validators
    (a quarter of a second), which a batch's parent needs only after it has started its worker processes.
    """
    if name in ("FOIResponse", "PartialDate", "Span"):
        from . import models

        return getattr(models, name)
    if name in ("parse", "parse_document", "parse_text"):
        from . import pipeline

        return getattr(pipeline, name)
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
