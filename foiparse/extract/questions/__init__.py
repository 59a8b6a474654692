"""What was asked and what was answered: numbered questions, their sub-questions, and per-directorate answers.

Real replies number questions every way (``1.`` ``1)`` ``(1)`` ``Q1`` ``Question 1``), quote the request
and then repeat each question with its answer underneath, answer in a ``Question | Response`` table, or
answer per directorate under headings ("Children's Social Care response:"). The numbered sequence decides
what is a question: the next expected number continues it, a ``1`` after it restarts it as a repeat (the
same questions, now with answers), and any other number is a list inside an answer, not a question.

The modules, each building on the ones before it: ``marks`` (how an item is marked), ``wording`` (a question's
own words and where its answer starts), ``answers`` (answer blocks and directorates), ``inline`` (items inside a
sentence), ``unmarked`` (questions with no mark), ``bullets`` (bulleted requests), ``passes`` (corrections over
the items found, and the records), ``numbered`` (the numbered sequence, read line by line).
"""

from __future__ import annotations

from ...models import Question
from ..context import Context
from .numbered import _extract_questions
from .passes import (
    _as_printed,
    _asked_once,
    _letters_under_their_bullets,
    _numbered_inside_their_bullets,
    _options_repeated_with_their_values,
    _options_with_answers_glued_on,
    _questions_over_repeated_categories,
    _without_a_scope_list,
    _without_answers_by_number,
    _without_the_letters_paragraphs,
)

__all__ = ["extract_questions"]


def extract_questions(ctx: Context) -> list[Question]:
    """The request's questions, their words as printed (shared/corpus/LABELLING.md: "worded as in the text"): the
    typographic quotes and dashes normalisation made ASCII come back ("‘Rape’ profile assessment")."""
    questions = _questions_over_repeated_categories(ctx)
    if questions is None:
        questions = _without_answers_by_number(_without_the_letters_paragraphs(ctx, _extract_questions(ctx)))
        questions = _without_a_scope_list(ctx, questions)
        questions = _numbered_inside_their_bullets(ctx, questions)
        questions = _letters_under_their_bullets(ctx, questions)
        questions = _options_with_answers_glued_on(ctx, questions)
        questions = _options_repeated_with_their_values(ctx, questions)
        questions = _asked_once(questions)
    if ctx.clean.raw.isascii() and not ctx.clean.swapped_letters:
        return questions
    return [_as_printed(ctx, question) for question in questions]
