"""The one spaCy pipeline: ``spacy.blank("en")``, built once per process, nothing downloaded."""

from __future__ import annotations

import re
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
    # The tokenizer peels prefixes and suffixes off a chunk one at a time, re-running its regexes over the
    # rest each time, so a long run without white space ("$$$$...", a base64 blob) costs quadratic time
    # (2,000 characters ~2 s, 20,000 ~3 minutes; fuzzing found it). A chunk of 100+ characters is one token.
    long_chunk = re.compile(r"\S{100,}").fullmatch
    nlp.tokenizer.token_match = long_chunk
    # FOI bundles can be long; size is bounded by foiparse.limits instead of spaCy's default.
    nlp.max_length = 10_000_000
    return nlp
