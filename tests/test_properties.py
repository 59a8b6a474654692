"""Properties every parse must have, whatever the text (hypothesis).

- any Unicode text (lone surrogates included) gives a record or a :class:`FoiParseError`, nothing else;
- parsing is deterministic;
- every span anywhere in the record points at its own text: ``record.text[s.start:s.end] == s.text``;
- records round-trip through JSON losslessly;
- the fixtures, mutated (lines deleted, inserted, duplicated; white space shuffled; labels re-cased), never
  crash and keep the span and JSON properties.

Runs derandomised by default so CI sees the same examples every time; ``HYPOTHESIS_PROFILE=explore`` searches
with fresh random examples and more of them (a find becomes a case in tests/test_regressions.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

import foiparse
from foiparse.errors import FoiParseError
from foiparse.models import FOIResponse, Span

settings.register_profile(
    "foiparse-ci", database=None, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "explore", database=None, deadline=None, max_examples=2_000, suppress_health_check=[HealthCheck.too_slow]
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "foiparse-ci")
_ci = settings.get_profile(PROFILE)

RAW = sorted((FIXTURES / "raw").glob("*.txt"))
RAW_TEXT = {path.name: path.read_text(encoding="utf-8") for path in RAW}

# Pieces of real replies, so that random text reaches the extractors rather than stopping at "no text".
FRAGMENTS = [
    "Our ref: FOI/2024/0457", "Your ref: AB-12", "Date: 31st August 2022", "Dear Ms Patel", "Dear Sir or Madam",
    "Thank you for your request of 3 August 2022 under the Freedom of Information Act 2000.",
    "Environmental Information Regulations 2004", "Freedom of Information (Scotland) Act 2002",
    "section 40(2)", "s.43(2)", "Section 12(4)(b) of the EIR", "regulation 12(5)(e)", "section 21 applies",
    "The public interest test", "The information is not held.", "We can neither confirm nor deny",
    "1.", "2)", "(a)", "Q3", "Question 4:", "Response:", "Answer:", "a)", "ii.", "- ", "* ", "***", "**", "|",
    "Yours sincerely", "Jane Smith", "Information Governance Officer", "Kent County Council",
    "From: foi@kent.gov.uk", "Sent: 5 December 2023 10:41", "Subject: RE: FOI request", "> quoted",
    "Children's Services", "Adults:", "Liquidlogic LCS", "Mosaic", "https://www.example.gov.uk/foi",
    "Re: Highways", "Request:", "Internal review", "31/12/2023", "2023-12-31", "\u2019", "\u2013", "\u00a0",
    "\u200b", "\u00ad", "\ufeff", "\u2028", "\r\n", "\t", "\n", "\n\n", " ", "\\(", "_", "#",
]  # fmt: skip

unicode_text = st.text(max_size=600)
surrogate_text = st.text(
    alphabet=st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010) | st.sampled_from("ab \n:1."), max_size=80
)
foi_text = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(max_size=12) | st.sampled_from([" ", "\n", "\n\n"]), max_size=80
).map("".join)
any_text = unicode_text | surrogate_text | foi_text


def spans(value: Any, where: str = "record") -> Iterator[tuple[str, Span]]:
    """Every Span anywhere in a record, with where it sits (walks models, lists and dicts)."""
    if isinstance(value, Span):
        yield where, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from spans(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, (list, tuple)):
        for n, item in enumerate(value):
            yield from spans(item, f"{where}[{n}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from spans(item, f"{where}[{key!r}]")


def check_record(record: FOIResponse) -> None:
    for where, span in spans(record):
        assert record.text[span.start : span.end] == span.text, f"{where}: {span!r}"
    assert FOIResponse.model_validate_json(record.model_dump_json()) == record


def parse_or_error(text: str) -> FOIResponse | FoiParseError:
    try:
        return foiparse.parse_text(text)
    except FoiParseError as exc:
        return exc


def test_the_span_walk_reaches_every_kind_of_span() -> None:
    text = (FIXTURES / "raw" / "surrey-cc-internal-review-s43.txt").read_text(encoding="utf-8")
    record = foiparse.parse_text(text)
    places = {re.sub(r"\[[^\]]*\]", "", where) for where, _ in spans(record)}
    assert {"record.provenance", "record.questions.span", "record.exemptions.spans"} <= places
    assert any(p.startswith("record.authority.evidence") for p in places)


@settings(_ci, max_examples=500 if PROFILE == "foiparse-ci" else _ci.max_examples)
@given(any_text)
def test_any_text_gives_a_record_or_a_typed_error(text: str) -> None:
    result = parse_or_error(text)
    if isinstance(result, FOIResponse):
        check_record(result)


@settings(_ci, max_examples=100 if PROFILE == "foiparse-ci" else _ci.max_examples)
@given(foi_text)
def test_parsing_is_deterministic(text: str) -> None:
    first, second = parse_or_error(text), parse_or_error(text)
    if isinstance(first, FOIResponse):
        assert isinstance(second, FOIResponse)
        assert first.model_dump() == second.model_dump()
    else:
        assert type(first) is type(second) and str(first) == str(second)


def test_every_fixture_keeps_its_spans_and_round_trips() -> None:
    for name, text in RAW_TEXT.items():
        record = foiparse.parse_text(text)
        check_record(record)
        assert record.model_dump() == foiparse.parse_text(text).model_dump(), name


# --- mutated fixtures -----------------------------------------------------------------------------------------

_LABEL_RE = re.compile(r"^(\s*)([A-Za-z][A-Za-z' ]{1,30})(:)", re.M)


@st.composite
def mutated_fixture(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(sorted(RAW_TEXT)))
    lines = RAW_TEXT[name].split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "swap", "whitespace", "label-case", "crlf"]))
        if not lines:
            lines = [""]
        at = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[at : at + draw(st.integers(1, 5))]
        elif op == "insert":
            other = RAW_TEXT[draw(st.sampled_from(sorted(RAW_TEXT)))].split("\n")
            piece = draw(st.sampled_from(FRAGMENTS) | st.sampled_from(other) | st.text(max_size=40))
            lines.insert(at, piece)
        elif op == "duplicate":
            lines[at:at] = lines[at : at + draw(st.integers(1, 4))]
        elif op == "swap" and len(lines) > 1:
            other_at = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other_at] = lines[other_at], lines[at]
        elif op == "whitespace":
            space = draw(st.sampled_from(["  ", "\t", "\u00a0", " \n", "\n\n\n", "", "   \t "]))
            lines[at] = lines[at].replace(" ", space, draw(st.integers(1, 8)))
            if draw(st.booleans()):
                lines[at] = (
                    draw(st.sampled_from([" ", "\t", "  "])) + lines[at] + draw(st.sampled_from([" ", "\t", ""]))
                )
        elif op == "label-case":
            case = draw(st.sampled_from([str.upper, str.lower, str.title, str.swapcase]))
            text = "\n".join(lines)
            text = _LABEL_RE.sub(lambda m, case=case: m.group(1) + case(m.group(2)) + m.group(3), text)
            lines = text.split("\n")
        elif op == "crlf":
            lines = [line + "\r" for line in lines]
    return name, "\n".join(lines)


@settings(_ci, max_examples=400 if PROFILE == "foiparse-ci" else _ci.max_examples)
@given(mutated_fixture())
def test_mutated_fixtures_never_crash(mutated: tuple[str, str]) -> None:
    _name, text = mutated
    result = parse_or_error(text)
    if isinstance(result, FOIResponse):
        check_record(result)


def test_fixture_paths_exist() -> None:
    assert RAW and all(Path(p).is_file() for p in RAW)
