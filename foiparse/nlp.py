"""The one spaCy pipeline: ``spacy.blank("en")``, built once per process, nothing downloaded."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# The lexeme attributes foiparse reads (token.lower_, PhraseMatcher(attr="LOWER"), token.is_space, ...).
KEPT_LEXEME_ATTRS = ("LOWER", "IS_ALPHA", "IS_SPACE", "IS_PUNCT", "IS_LOWER")


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """Blank English tokenizer without its special cases.

    spaCy's tokenizer stops caching for the rest of a document once any special-case rule fires
    (explosion/spaCy#13950, see shared research tooling.md). The English rules make ``"\\n"``, ``" "``,
    ``"\\t"`` and ``"\\xa0"`` special cases, so every multi-line letter ran uncached (24x slower); dropping
    those four gave identical tokens. The other rules split contractions and keep abbreviations whole
    ("don't" -> "do" "n't", "Mr." one token), and real replies have one in their first lines: WhatDoTheyKnow's
    banner ("We don't know whether the most recent response..."), "Dear Mr. Smith". Tokenising the real
    texts of the accuracy sets took 0.47 ms a text with them and 0.21 ms without; foiparse matches on
    lower-cased words and never on the split parts, and the records of the 444 texts it is checked on were
    the same without them. So there are none.
    """
    import spacy

    nlp: Any = spacy.blank("en")
    nlp.tokenizer.rules = {}
    # The tokenizer peels prefixes and suffixes off a chunk one at a time, re-running its regexes over the
    # rest each time, so a long run without white space ("$$$$...", a base64 blob) costs quadratic time
    # (2,000 characters ~2 s, 20,000 ~3 minutes; fuzzing found it). A chunk of 100+ characters is one token.
    long_chunk = re.compile(r"\S{100,}").fullmatch
    nlp.tokenizer.token_match = long_chunk
    # FOI bundles can be long; size is bounded by foiparse.limits instead of spaCy's default.
    nlp.max_length = 10_000_000
    # Each word the vocabulary has not seen becomes a lexeme, whose attributes are computed then, by 23 Python
    # functions (27 us a word): some 8,000 words of the catalogue's names at start-up, and every new word of
    # every document after. foiparse reads five of them (KEPT_LEXEME_ATTRS); the rest would be computed for
    # nothing, so they are not (tests/test_nlp.py fails if the code starts reading another).
    from spacy.attrs import IDS

    kept = {IDS[name] for name in KEPT_LEXEME_ATTRS}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getter for attr, getter in getters.items() if attr in kept}
    return nlp
