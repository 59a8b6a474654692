"""The one spaCy pipeline: a blank English tokenizer that computes only the lexeme attributes foiparse reads."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.attrs import IDS

from foiparse.nlp import KEPT_LEXEME_ATTRS, get_nlp

PACKAGE = Path(__file__).resolve().parents[1] / "foiparse"

# Token and lexeme attributes whose getters get_nlp drops: reading one would give False or an empty string.
_DROPPED_READS = re.compile(
    r"\.(?:is_(?:digit|title|upper|stop|ascii|bracket|quote|left_punct|right_punct|currency|oov)"
    r"|like_(?:num|url|email)|norm_?|shape_?|prefix_|suffix_|lang_?)\b"
)


def test_only_the_kept_lexeme_attributes_are_computed() -> None:
    getters = get_nlp().vocab.lex_attr_getters
    assert set(getters) == {IDS[name] for name in KEPT_LEXEME_ATTRS}


def test_the_kept_attributes_are_those_of_a_stock_blank_english_tokenizer() -> None:
    text = "Dear Mr. O'Neil,\n\nYour request (ref: FOI-2024/117) — Liquidlogic’s LCS; £4,000 ÉCOLE naïve  \t IT.\n"
    ours = get_nlp().make_doc(text)
    stock = spacy.blank("en")
    stock.tokenizer.rules = {}
    theirs = stock.make_doc(text)
    read = ["text", "idx", "lower_", "is_alpha", "is_space", "is_punct", "is_lower"]
    assert [[getattr(t, a) for a in read] for t in ours] == [[getattr(t, a) for a in read] for t in theirs]


def test_the_code_reads_no_dropped_lexeme_attribute() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _DROPPED_READS.search(line) and not line.lstrip().startswith(("from ", "import "))  # spacy.lang.en
    ]
    assert found == [], "add the attribute to foiparse.nlp.KEPT_LEXEME_ATTRS"


def test_phrase_matchers_match_on_a_kept_attribute() -> None:
    attrs = {
        m.group(1)
        for path in sorted(PACKAGE.rglob("*.py"))
        for m in re.finditer(r"PhraseMatcher\([^)]*attr=\"(\w+)\"", path.read_text(encoding="utf-8"))
    }
    assert attrs and attrs <= {"ORTH", *KEPT_LEXEME_ATTRS}
