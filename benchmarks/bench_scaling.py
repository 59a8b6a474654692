"""How parse time grows with a document's length, shape by shape: a rule that rescans what it has already read for each
new line is quadratic, and shows here as a growth far above the tokeniser's on the same texts.

Each shape is a synthetic response made of one repeated unit (a bullet, a numbered question, a letter, an email
header, ...), built at N units and at 4N. For each it prints the parse time at both sizes, the growth (time at 4N over
time at N) and, as the baseline measured in the same run, the growth of tokenising the same two texts with the same
spaCy pipeline. A linear stage grows about 4x; a growth of 10x or more means a quadratic path.

    python benchmarks/bench_scaling.py [--units 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from timing import median_ms

import foiparse
from foiparse.nlp import get_nlp


def _bullets(n: int) -> str:
    items = "".join(f"• The number of staff in team {i} employed?\n" for i in range(n))
    return f"Dear Council,\n\nPlease provide the following:\n\n{items}\nYours faithfully,\nA Person\n"


def _dashes(n: int) -> str:
    return "Dear Council,\n\nPlease provide:\n" + "".join(f"- The cost of item {i}\n" for i in range(n))


def _numbered(n: int) -> str:
    items = "".join(f"{i + 1}. How many staff in team {i}?\n" for i in range(n))
    return f"Dear Council,\n\nPlease provide:\n\n{items}\nYours faithfully,\nA Person\n"


def _question_answer(n: int) -> str:
    pairs = "".join(f"Question {i + 1}: How many staff in team {i}?\nAnswer: {i} staff.\n\n" for i in range(n))
    return "Our ref: FOI 123\n\n" + pairs


def _lettered(n: int) -> str:
    return "Dear Council,\n\n1. Please provide:\n" + "".join(
        f"({chr(97 + i % 26)}) the cost of item {i}\n" for i in range(n)
    )


def _sections(n: int) -> str:
    return "Dear Sir,\n\n" + "".join(f"Section {i % 40 + 21}(1) of the FOIA applies to part {i}.\n" for i in range(n))


def _dated_fields(n: int) -> str:
    return "".join(f"Date: {i % 28 + 1} March 2021\nOur ref: FOI/{i}\n" for i in range(n))


def _letters(n: int) -> str:
    return "".join(f"Dear Sir,\n\nThank you for request {i}.\n\nYours sincerely,\nJohn Smith\n\n" for i in range(n))


def _email_headers(n: int) -> str:
    return "".join(
        f"From: a{i}@x.gov.uk\nSent: 1 March 2021\nTo: b@y.com\nSubject: FOI {i}\n\nHello.\n\n" for i in range(n)
    )


def _systems(n: int) -> str:
    return "".join(f"We use Mosaic and LCS and ContrOCC for {i}.\n" for i in range(n))


def _quoted(n: int) -> str:
    return "".join(f"> Q{i}. How many staff?\n> answer {i}\n" for i in range(n))


def _table(n: int) -> str:
    return "Ref | Date | Subject\n" + "".join(f"FOI{i} | 0{i % 9 + 1}/03/2021 | Item {i}\n" for i in range(n))


SHAPES: dict[str, Callable[[int], str]] = {
    "bullets": _bullets,
    "dashes": _dashes,
    "numbered": _numbered,
    "question/answer": _question_answer,
    "lettered": _lettered,
    "sections": _sections,
    "dated fields": _dated_fields,
    "letters": _letters,
    "email headers": _email_headers,
    "systems": _systems,
    "quoted": _quoted,
    "table": _table,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=1000, help="units in the smaller text (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per text; the median is shown")
    args = parser.parse_args()
    nlp = get_nlp()
    foiparse.parse_text("Dear Council,\n\nPlease provide the number of staff.\n")  # build the matchers untimed
    print(f"{'shape':<16} {'KB (N)':>7} {'parse N':>9} {'parse 4N':>9} {'growth':>7} {'tokenise':>9}")
    worst = 0.0
    for name, build in SHAPES.items():
        small, large = build(args.units), build(4 * args.units)
        parse_small = median_ms(lambda text=small: foiparse.parse_text(text), args.repeat)
        parse_large = median_ms(lambda text=large: foiparse.parse_text(text), args.repeat)
        token_small = median_ms(lambda text=small: nlp.make_doc(text), args.repeat)
        token_large = median_ms(lambda text=large: nlp.make_doc(text), args.repeat)
        growth = parse_large / parse_small
        worst = max(worst, growth)
        print(
            f"{name:<16} {len(small) / 1024:>7.0f} {parse_small:>7.0f}ms {parse_large:>7.0f}ms "
            f"{growth:>6.1f}x {token_large / token_small:>8.1f}x"
        )
    print(f"worst growth for 4x the text: {worst:.1f}x (linear: about 4x)")


if __name__ == "__main__":
    main()
