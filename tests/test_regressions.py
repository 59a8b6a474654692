"""Inputs that once crashed foiparse (found by the fuzzers under fuzz/, the property tests or by hand).

Each file under fixtures/regressions/ is named after what it found; this test holds what parsing it must give
now. Crashes in stages other engineers own are kept as ``xfail(strict=True)`` tests with the reproducer, so they
turn into failures (to be un-marked) the moment they are fixed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from conftest import FIXTURES

import foiparse
from foiparse.errors import CorruptDocument, EmptyDocument, FoiParseError
from foiparse.models import FOIResponse
from foiparse.readers import read_bytes, read_text
from foiparse.readers.archive import iter_zip

REGRESSIONS = FIXTURES / "regressions"

# file -> (what it found, the outcomes allowed now: "record" or FoiParseError subclass names)
CASES: dict[str, tuple[str, tuple[str, ...]]] = {
    "pdf-plumber-close-mediabox-too-short.pdf": (
        "pdfplumber's PDF.close() builds every page; a MediaBox of two numbers raised IndexError out of read_pdf",
        ("record",),
    ),
    "pdf-plumber-close-mediabox-not-numbers.pdf": (
        "the same, with a name inside the MediaBox: pdfplumber's MalformedPDFException escaped",
        ("record",),
    ),
    "pdf-plumber-close-mediabox-missing.pdf": (
        "the same, with the MediaBox value missing: TypeError escaped",
        ("record",),
    ),
    "pdf-plumber-close-invalid-page-dict.pdf": (
        "the same, with a broken page dictionary: PdfminerException escaped",
        ("record",),
    ),
    "docx-document-root-without-body.docx": (
        "document.xml whose root python-docx does not take for <w:document>: AttributeError (no .body)",
        ("EmptyDocument", "CorruptDocument"),
    ),
    "text-lettered-items-past-z-index-error.txt": (
        '26 lettered items, (a) to (z), then "(a)" again: the next letter looked up past "z" raised IndexError',
        ("record",),
    ),
    "text-number-style-of-a-pattern-without-the-group.txt": (
        'a numbered line under "Response" between lettered parts: the number\'s style was asked of a pattern without '
        "that group, and IndexError escaped extract/questions.py",
        ("record",),
    ),
    "eml-group-in-address-header.eml": (
        "a To: header the email package parses as a group: AttributeError from headerregistry",
        ("record",),
    ),
}
ARCHIVES: dict[str, str] = {
    "zip-member-with-empty-name.zip": "a member with an empty file name: IndexError in ZipInfo.is_dir()",
    "zip-member-invalid-deflate-data.zip": "a member whose deflate data is invalid: zlib.error escaped",
}


def _outcome(path: Path) -> tuple[str, FOIResponse | FoiParseError]:
    try:
        record = foiparse.parse(path)
    except FoiParseError as exc:
        return type(exc).__name__, exc
    return "record", record


@pytest.mark.parametrize("name", sorted(CASES))
def test_regression_fixture(name: str) -> None:
    what, allowed = CASES[name]
    outcome, result = _outcome(REGRESSIONS / name)
    assert outcome in allowed, f"{name} ({what}): {outcome}: {result}"
    if isinstance(result, FOIResponse):
        assert FOIResponse.model_validate_json(result.model_dump_json()) == result


@pytest.mark.parametrize("name", sorted(ARCHIVES))
def test_archive_regression_fixture(name: str) -> None:
    try:  # the whole archive may be refused (damaged, a bomb), members may fail one by one: all typed
        for member in iter_zip((REGRESSIONS / name).read_bytes(), name=name):
            assert (member.data is None) != (member.error is None)
            if member.data is not None:
                with contextlib.suppress(FoiParseError):
                    read_bytes(member.data, name=member.path)
    except FoiParseError:
        pass
    with pytest.raises(FoiParseError):  # as a single document it is still "an archive", never a crash
        foiparse.parse(REGRESSIONS / name)


def test_every_regression_fixture_has_a_test() -> None:
    files = {p.name for p in REGRESSIONS.iterdir() if p.is_file() and p.name != "README.md"}
    assert files == set(CASES) | set(ARCHIVES) | set(FOUND_SLOW)


def test_eml_with_unparsable_header_keeps_the_rest() -> None:
    record = foiparse.parse(REGRESSIONS / "eml-group-in-address-header.eml")
    assert record.text.startswith("From: FOI <foi@example.gov.uk>")
    assert "Dear Ms Shah" in record.text


# --- quadratic stages found by fuzzing (fixed; asserted by behaviour, not by timers) ------------------------------
FOUND_SLOW = ["text-punctuation-run-quadratic-tokenizer.txt", "text-many-lettered-items-quadratic-has-reply.txt"]
# Each of these took minutes at Limits.max_chars before its fix; a regression shows up as a test that hangs (and
# as a slower benchmarks/bench_parse.py), never as a flaky timing assertion.


def test_no_tokenizer_special_case_fires_on_a_contraction_or_a_title() -> None:
    """spaCy stops caching tokens for the rest of a document once a special case fires (spaCy#13950): with the
    English rules, WhatDoTheyKnow's "We don't know..." banner on the first line left every later word of a
    reply uncached. foiparse.nlp keeps no special cases: a contraction and a title stay as the affix rules
    leave them."""
    from foiparse.nlp import get_nlp

    tokens = [t.text for t in get_nlp().make_doc("We don't know whether...\nDear Mr. Smith,\n\n1. Mosaic")]
    assert tokens == [
        "We",
        "don't",
        "know",
        "whether",
        "...",
        "\n",
        "Dear",
        "Mr",
        ".",
        "Smith",
        ",",
        "\n\n",
        "1",
        ".",
        "Mosaic",
    ]


def test_long_punctuation_run_is_one_token() -> None:
    """2,000 '$' without white space: spaCy's tokenizer peeled suffixes one at a time, re-running its suffix
    regex over the rest each time (quadratic: 20,000 ':' took ~180 s). foiparse.nlp makes a chunk of 100+
    characters one token."""
    from foiparse.nlp import get_nlp

    assert len(get_nlp().make_doc(":" * 20_000)) == 1
    text = (REGRESSIONS / "text-punctuation-run-quadratic-tokenizer.txt").read_text(encoding="utf-8")
    with contextlib.suppress(FoiParseError):
        record = foiparse.parse_text(text)
        assert record.text


def test_many_lettered_items_parse() -> None:
    """8,900 lines of '(a) part': extract/questions.py _has_reply compared every line with every question
    (80,000 characters ~5 s, an hour at Limits.max_chars). It now looks up the question lines in a set."""
    record = foiparse.parse(REGRESSIONS / "text-many-lettered-items-quadratic-has-reply.txt")
    assert record.requester is not None and record.requester.name == "Ms Patel"


def test_emphasis_look_ups_over_many_bold_lines() -> None:
    """5,000 emphasised lines: is_emphasised scanned every style run per call, and the question extractor
    calls it per line (240,000 characters of bold questions ~3 s, ~200 s at Limits.max_chars). A bisect over
    the sorted runs answers each look-up from the runs that overlap the line."""
    from foiparse.clean import clean

    cleaned = clean(read_text("".join(f"***Question {n} in bold***\nplain answer {n}\n" for n in range(5_000))))
    bounds, pos = [], 0
    for line in cleaned.text.split("\n"):
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    flags = [cleaned.is_emphasised(a, b) for a, b in bounds]
    assert flags == [n % 2 == 0 for n in range(len(bounds))]


# --- found by hand and by the property tests ------------------------------------------------------------------


def test_lone_surrogates_are_replaced_not_crashed_on() -> None:
    """spaCy's tokenizer raised UnicodeEncodeError on a lone surrogate (a str can hold one: os.fsdecode,
    surrogateescape). The reader replaces each by U+FFFD, one for one, and says so."""
    record = foiparse.parse_text("Our ref: FOI/1\nDear Mr \ud800 Jones\n")
    assert "\ud800" not in record.text and "\ufffd" in record.text
    assert any(w.code == "invalid_unicode" for w in record.warnings)
    assert read_text("a\udcff").text == "a\ufffd"
    FOIResponse.model_validate_json(record.model_dump_json())


def test_a_zip_that_is_no_archive_is_still_unsupported() -> None:
    with pytest.raises((CorruptDocument, EmptyDocument, foiparse.UnsupportedFormat)):
        foiparse.parse(b"PK\x03\x04" + b"\x00" * 40)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir\n\nDate: 5 Sepember 2020\n\nThank you for your request.\n",
        "Dear Sir, your request of Sepember 12, 2020 is answered.\n",
    ],
)
def test_misspelt_month_the_date_regex_matched_is_not_a_key_error(text: str) -> None:
    """The date regex's hand-written "Sept?(?:ember)?" matched "Sepember", which the month table could not number:
    KeyError out of parse_text. The regexes are now built from the table (scan.MONTHS)."""
    record = foiparse.parse_text(text)
    assert record.response_date is None and record.received_date is None


def test_every_month_form_the_date_regexes_match_has_a_number() -> None:
    from foiparse.extract.dates import DATE_RE, MONTH_YEAR_RE
    from foiparse.scan import MONTHS

    for form in MONTHS:
        for written in (form, form.upper(), form.title()):
            assert DATE_RE.fullmatch(f"3 {written} 2021"), written
            assert MONTH_YEAR_RE.fullmatch(f"{written} 2021"), written


def test_no_module_binds_a_top_level_name_twice() -> None:
    # questions.py once defined _SENTENCE_END_RE twice, some 1,300 lines apart: every function ran the second pattern,
    # including the one written for the first. ruff's F811 catches functions and imports, not constants.
    import ast
    from collections import Counter

    package = Path(foiparse.__file__).parent
    twice: dict[str, list[str]] = {}
    for module in sorted(package.rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(target.id for target in node.targets if isinstance(target, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
        if repeated := sorted(name for name, count in names.items() if count > 1):
            twice[str(module.relative_to(package))] = repeated
    assert twice == {}


def test_a_text_of_one_line_longer_than_a_file_name_is_parsed_as_text() -> None:
    # A decision notice flattened to one paragraph (a probe's copy of 2,000 characters, no line break) was taken for a
    # path, and the file-system look-up raised OSError "File name too long" out of parse().
    text = "Dear Dr Garrard Outcome of Internal Review: Ref No: FOI-2016-0039-FQ1 " + "We have reviewed it. " * 60
    record = foiparse.parse(text)
    assert record.reference == "FOI-2016-0039-FQ1"
    assert foiparse.parse("A text with a NUL \x00 in it and no line break").text
