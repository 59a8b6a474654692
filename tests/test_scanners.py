"""The catalogue's fast scanners find what a plain ``finditer`` over the whole text finds.

PhraseScanner runs its regex only in three-line windows around the literal cores that a shared Aho-Corasick
pass (LiteralIndex) locates; LabelScanner tries its regex only where a label's first word stands. Both are
speed-ups, so each is checked against the slow, obvious search on every bundled text and on generated ones.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foiparse.catalogue import Catalogue
from foiparse.scan import (
    LabelScanner,
    LinePattern,
    LiteralIndex,
    PhraseScanner,
    WordCounter,
    _leading_literals,
    _lower_pattern,
    _required_literals,
    any_in_range,
    lower_text,
    matches_at,
    occurrences,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
# The bundled fixtures, and where present the shared seed and development corpus (real replies).
TEXTS = sorted(p for p in (REPO / "fixtures").rglob("*") if p.suffix in {".txt", ".md"})
SHARED_TEXTS = sorted((SHARED / "corpus" / "dev" / "raw").glob("*.json")) + sorted((SHARED / "seeds").glob("*.txt"))


def _read(path: Path) -> str:
    if path.suffix == ".json":
        text: str = json.loads(path.read_text(encoding="utf-8"))["text"]
        return text
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue()


def _phrase_scanners(catalogue: Catalogue) -> dict[str, PhraseScanner]:
    scanners = {
        "boilerplate": catalogue.boilerplate_re,
        "received_cue": catalogue.received_cue_re,
        "received_after": catalogue.received_after_re,
        "legislation": catalogue.legislation_re,
    }
    scanners.update({f"outcome:{k}": s for k, s in catalogue.outcome_scanners.items()})
    scanners.update({f"answer:{k}": s for k, s in catalogue.answer_flag_scanners.items()})
    return scanners


def _label_scanners(catalogue: Catalogue) -> dict[str, LabelScanner]:
    return {
        "reference": catalogue.reference_label_re,
        "response_date": catalogue.response_label_re,
        "received_date": catalogue.received_label_re,
        "other_date": catalogue.other_date_label_re,
        "officer": catalogue.officer_label_re,
    }


def _plain(pattern: re.Pattern[str] | None, lower: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(lower)] if pattern is not None else []


def _found(matches: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


def _whole_text(scanner: PhraseScanner, lower: str) -> list[tuple[int, int, str | None]]:
    """What the scanner's combined regex finds scanning every position (matches kept as the scanner keeps
    them: in order, the longer of two at one position, none overlapping)."""
    found = sorted(_plain(scanner.pattern, lower), key=lambda m: (m[0], -m[1]))
    kept: list[tuple[int, int, str | None]] = []
    for m in found:
        if not kept or m[0] >= kept[-1][1]:
            kept.append(m)
    return kept


def test_scanners_on_the_shared_corpus(catalogue: Catalogue) -> None:
    if not SHARED_TEXTS:
        pytest.skip("../shared is not present")
    for path in SHARED_TEXTS:
        _check_scanners(catalogue, _read(path), path.name)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(REPO / "fixtures")))
def test_scanners_find_what_a_whole_text_search_finds(catalogue: Catalogue, path: Path) -> None:
    _check_scanners(catalogue, _read(path), path.name)


def _check_scanners(catalogue: Catalogue, text: str, name: str) -> None:
    lower = lower_text(text)
    for kind, phrases in _phrase_scanners(catalogue).items():
        assert _found(phrases.finditer(lower)) == _whole_text(phrases, lower), (name, kind)
    for kind, labels in _label_scanners(catalogue).items():
        assert _found(labels.finditer(lower)) == _plain(labels.pattern, lower), (name, kind)


_WORDS = ["our", "ref", "reference", "your", "date", "dated", "of", "response", "sent", "received", "request",
          "foi", "please", "ask", "for", "contact", "case", "no", "number", "x", "1", ":", "-", "/"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "\n", "", ": ", "\t"])), max_size=40))
def test_label_scanners_on_generated_label_soup(words: list[tuple[str, str]]) -> None:
    catalogue = _CATALOGUE
    lower = "".join(word + gap for word, gap in words)
    for name, scanner in _label_scanners(catalogue).items():
        assert _found(scanner.finditer(lower)) == _plain(scanner.pattern, lower), name


_CATALOGUE = Catalogue()


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="abcdeinorst .\n", max_size=300))
def test_literal_index_finds_every_occurrence_as_str_find_does(text: str) -> None:
    literals = ["in", "on", "to", "ten", "nest", "st", "a"]
    index = LiteralIndex()
    groups = {literal: index.add([literal]) for literal in literals}
    everything = index.add(literals)
    expected_all = []
    for literal in literals:
        expected = [(i, i + len(literal)) for i in range(len(text)) if text.startswith(literal, i)]
        assert index.group_hits(text, groups[literal]) == expected, literal
        expected_all.extend(expected)
    assert sorted(index.group_hits(text, everything)) == sorted(expected_all)


def test_literal_index_forgets_the_last_text_when_literals_are_added() -> None:
    index = LiteralIndex()
    alpha = index.add(["alpha"])
    text = "alpha beta"
    assert index.group_hits(text, alpha) == [(0, 5)]
    beta = index.add(["beta", "alpha"])
    assert index.group_hits(text, alpha) == [(0, 5)]
    assert index.group_hits(text, beta) == [(0, 5), (6, 10)]


def test_literal_index_keeps_the_hits_of_two_texts_asked_for_in_turn() -> None:
    index = LiteralIndex()
    alpha = index.add(["alpha"])
    first, second = "alpha beta", "beta alpha"
    for _ in range(2):
        assert index.group_hits(first, alpha) == [(0, 5)]
        assert index.group_hits(second, alpha) == [(5, 10)]
    third = "alpha alpha"
    assert index.group_hits(third, alpha) == [(0, 5), (6, 11)]
    assert index.group_hits(first, alpha) == [(0, 5)]


def test_literal_index_registers_what_prepare_adds_before_its_first_build() -> None:
    index = LiteralIndex(prepare=lambda: index.add(["gamma"]))
    alpha = index.add(["alpha"])
    assert index.group_hits("alpha gamma", alpha) == [(0, 5)]
    assert index.group_hits("alpha gamma", 1) == [(6, 11)]
    assert index.builds == 1


def test_catalogue_registers_every_indexed_scanner_before_the_first_build() -> None:
    from foiparse.catalogue import _INDEXED_SCANNERS

    fresh = Catalogue()
    index = fresh.literal_index
    index.group_hits("text", index.add([]))  # the first build: prepare registers the indexed scanners
    registered = index._group_count
    assert index.builds == 1
    assert registered > len(_INDEXED_SCANNERS)
    for name, value in vars(Catalogue).items():
        if isinstance(value, cached_property):
            getattr(fresh, name)
    # No property of the catalogue registers a scanner the first build did not already hold.
    assert index._group_count == registered


@pytest.mark.parametrize(
    ("phrase", "literals"),
    [
        # a plain core is used as it is
        ("internal review", ["internal review"]),
        # leading words of an alternation's branches
        ("uphold|upheld|overturn", ["overturn", "upheld", "uphold"]),
        # a small alternation multiplied out with the words around it
        (
            "(?<!if )the (?:council|trust) (?:does|do)",
            ["the council do", "the council does", "the trust do", "the trust does"],
        ),
        # optional parts end a run; the distinctive run wins over a common one ("information")
        ("no (?:recorded )?information (?:is )?held", ["held"]),
        # anchored at the line start, the alternation itself is the core
        ("^[-* ]*(?:decision|outcome)s?:?\\s*$", ["decision", "outcome"]),
        # a short word alone is still a core; three letters and an optional one are not: scanned whole
        ("foia", ["foia"]),
        ("eirs?", None),
    ],
)
def test_required_literals(phrase: str, literals: list[str] | None) -> None:
    assert _required_literals(_lower_pattern(phrase)) == literals


def test_a_match_running_to_the_window_edge_is_completed_as_a_whole_text_search_would(catalogue: Catalogue) -> None:
    # A heading "Response" above blank lines, matched by "^...response...\s*$": the trailing \s* runs past
    # the two lines around the literal (Scottish Government replies lay answers out this way).
    lower = "information from the companies. \n\nresponse\n \n\nwhile we hold some of it"
    scanner = catalogue.outcome_scanners["authority_voice"]
    assert _found(scanner.finditer(lower)) == _whole_text(scanner, lower)


def test_a_phrase_whose_core_is_wrapped_onto_the_next_line_is_found() -> None:
    # "we will be / writing to you within ..." (the English Heritage Trust): the phrase starts a line above its core
    scanner = PhraseScanner({"promise": ["(?:we|i)\\s+will\\s+be\\s+writing\\s+to\\s+you"]})
    lower = "your request will be considered. we will be\nwriting to you within 20 working days."
    assert scanner.literals, "the phrase is windowed around a literal core"
    assert _found(scanner.finditer(lower)) == _whole_text(scanner, lower) == [(33, 58, "promise")]


@pytest.mark.xfail(strict=True, reason="known gap: a windowed phrase is tried from the line above its core only")
def test_a_phrase_begun_two_lines_above_its_core_is_found() -> None:
    # A narrow PDF column can wrap "we will / be / writing" over three lines. No reply in the corpus or the
    # fixtures does (the whole-text comparisons above would fail), and searching whole paragraphs instead would
    # cost a whole-text search on a PDF with no blank lines; kept strict so that a fix is noticed.
    scanner = PhraseScanner({"promise": ["(?:we|i)\\s+will\\s+be\\s+writing\\s+to\\s+you"]})
    lower = "your request will be considered. we will\nbe\nwriting to you within 20 working days."
    assert _found(scanner.finditer(lower)) == _whole_text(scanner, lower)


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [
        ("\\b(?:please (?:see|visit))", ["please see", "please visit"]),
        # an optional word is spelt both ways
        ("we (?:have )?received", ["we have received", "we received"]),
        # only the plain start of a part that goes on with a class
        ("\\b(?:refus(?:e|al)|withh[eo]ld)", ["refusal", "refuse", "withh"]),
        ("(?<![\\w])(?:eirs?)", ["eir", "eirs"]),
        # a start that is not plain, or too short to be worth trying at every hit
        ("^[-* ]*(?:decision|response)s?:?\\s*$", None),
        ("is [^\\n]{0,80} the wrong address", None),
    ],
)
def test_leading_literals(pattern: str, leads: list[str] | None) -> None:
    assert _leading_literals(_lower_pattern(pattern)) == leads


@pytest.mark.parametrize(
    "text",
    [
        "see HTTP://Example.COM and www.kent.gov.uk, then http://http://x.org or wwww.a.b",
        "Visit https://www.gov.uk/foi.\nhttps://ico.org.uk/ www.",
        "no links here, only wh and ht",
    ],
)
def test_authority_links_are_found_as_finditer_finds_them(text: str) -> None:
    from foiparse.extract.authority import _LINK_RE, _links

    assert [m.span("host") for m in _links(text, lower_text(text))] == [m.span("host") for m in _LINK_RE.finditer(text)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: str(p.relative_to(REPO / "fixtures")))
def test_authority_links_in_the_fixtures(path: Path) -> None:
    from foiparse.extract.authority import _LINK_RE, _links

    text = _read(path)
    assert [m.span() for m in _links(text, lower_text(text))] == [m.span() for m in _LINK_RE.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n", max_size=80))
def test_matches_at_every_possible_start_is_finditer(text: str) -> None:
    pattern = re.compile(r"(?<![ab])a[ab]*(?: b)?")
    starts = [i for i, c in enumerate(text) if c == "a"]  # every place a match can start
    assert [m.span() for m in matches_at(pattern, text, reversed(starts))] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Re: a", "Subject: b c", "* Title : d", "re:", "x Re: y", "", " ", "Re: \n"]), max_size=12
    )
)
def test_line_pattern_finds_what_a_multiline_caret_finds(lines: list[str]) -> None:
    text = "\n".join(lines)
    plain = re.compile(r"(?im)^[ *]*(?:re|subject|title)[ \t]*:[ \t]*(?P<subject>\S[^\n]*)$")
    scanner = LinePattern(r"[ *]*(?:re|subject|title)[ \t]*:[ \t]*(?P<subject>\S[^\n]*)$", re.I)
    assert [(m.span("line"), m.span("subject")) for m in scanner.finditer(text)] == [
        (m.span(), m.span("subject")) for m in plain.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["yn", "yr", "eich", "Cyngor", "synonym", "café", "x", "Yn"]),
            st.sampled_from([" ", "", ",", "\n", "_", "1", "é", "£", "\xa0", "\u2003", "\u200b", "’", "ß", "İ", "-"]),
        ),
        max_size=60,
    )
)
def test_word_counter_counts_what_its_regex_finds(pieces: list[tuple[str, str]]) -> None:
    counter = WordCounter(["yn", "yr", "eich", "Cyngor"])
    text = "".join(word + separator for word, separator in pieces)
    assert counter.count(text) == len(counter.pattern.findall(text))


def test_word_counter_takes_ascii_letters_only() -> None:
    with pytest.raises(ValueError):
        WordCounter(["yn", "dŵr"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 50)), st.integers(0, 50), st.integers(0, 50))
def test_any_in_range_is_a_search_of_the_whole_list(offsets: list[int], start: int, end: int) -> None:
    assert any_in_range(sorted(offsets), start, end) is any(start <= offset < end for offset in offsets)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab ", max_size=40), st.lists(st.sampled_from(["a", "ab", "b a", "aa"]), max_size=3))
def test_occurrences_are_every_start_of_every_needle(text: str, needles: list[str]) -> None:
    expected = [i for needle in needles for i in range(len(text)) if text.startswith(needle, i)]
    assert occurrences(text, needles) == expected
