"""The one spaCy pipeline: ``spacy.blank("en")``, built once per process, nothing downloaded."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """Blank English tokenizer with the whitespace special cases removed.

    spaCy's tokenizer stops caching for the rest of a document once any special-case rule fires, and the
    English rules make ``"\\n"``, ``" "``, ``"\\t"`` and ``"\\xa0"`` special cases, so every multi-line
    letter runs uncached (explosion/spaCy#13950, measured 24x slower here; see shared research
    tooling.md). Dropping those four rules gives identical tokens.
    """
    import spacy

    nlp: Any = spacy.blank("en")
    nlp.tokenizer.rules = {key: value for key, value in nlp.tokenizer.rules.items() if key.strip()}
    # FOI bundles can be long; size is bounded by foiparse.limits instead of spaCy's default.
    nlp.max_length = 10_000_000
    return nlp
