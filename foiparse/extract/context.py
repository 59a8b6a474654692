"""What every extractor reads: the normalised text, its layout, the catalogue and the spaCy doc."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypedDict

from ..catalogue import Catalogue
from ..clean import CleanText
from ..models import ParseWarning, Span
from ..segment import Layout


class SpanFields(TypedDict):
    """The fields of a :class:`~foiparse.models.Span`."""

    start: int
    end: int
    text: str
    page: int | None


_WRAPPED_WIDTH = 60  # characters of a line that an email or a PDF wrapped at its width
# A list item's mark: "1." or "1)", "(a)" or "a)", "Q2".
ITEM_MARK = r"(?:\(?[a-z]\)|\d{1,2}[.)]|Q\d{1,2}\b)"
# A sentence opening on an inverted condition says what the body would do, not what it does: "Were we asked to
# establish this, such a request would be perceived as a manifestly unreasonable in line with Section 14(1) ... a task
# in itself would exceed the cost limit of Section 12 of the Act." (Cuckoo Hall Academies Trust, having said it holds
# nothing). Matched at a sentence's start.
HYPOTHETICAL_RE = re.compile(r"\s*(?:were|should|had) (?:we|you|i|it|they|the \w+) ", re.I)
_SENTENCE_BEFORE = 400  # characters looked back for the start of a sentence wrapped over lines


@dataclass
class Context:
    clean: CleanText
    layout: Layout
    catalogue: Catalogue
    doc: Any  # spacy.tokens.Doc over clean.text
    warnings: list[ParseWarning] = field(default_factory=list)
    memo: dict[object, Any] = field(default_factory=dict)  # results several extractors ask for, computed once

    def cue_matches(self, kind: str) -> list[re.Match[str]]:
        """Matches of an outcome cue kind (``patterns/outcomes.yaml``) over the whole text, memoised; a cue may run
        over a line break inside a sentence (``CleanText.lower_joined``)."""
        key = f"cues:{kind}"
        if key not in self.memo:
            self.memo[key] = self.catalogue.outcome_scanners[kind].finditer(self.clean.lower_joined)
        return list(self.memo[key])

    def in_a_holding_message(self, pos: int) -> bool:
        """Whether ``text[pos]`` is in a message that holds an acknowledgement cue (``patterns/outcomes.yaml``): a
        holding letter, whose reference and dates a thread's reply supersedes (shared/corpus/LABELLING.md). Worked out
        once a parse: the date line, the received date and the reference all ask."""
        if "holding_messages" not in self.memo:
            cues = [m.start() for m in self.cue_matches("acknowledgement")]
            self.memo["holding_messages"] = {
                message.start
                for message in self.layout.messages
                if any(message.start <= cue < message.end for cue in cues)
            }
        holding: set[int] = self.memo["holding_messages"]
        return self.layout.message_at(pos).start in holding

    def in_hypothetical_sentence(self, start: int) -> bool:
        """Whether ``text[start]`` is inside a sentence that opens on an inverted condition (``HYPOTHETICAL_RE``),
        the sentence read back over wrapped lines to the last full stop or blank line."""
        text = self.text
        floor = max(0, start - _SENTENCE_BEFORE)
        stop = max(text.rfind(". ", floor, start), text.rfind(".\n", floor, start), text.rfind("\n\n", floor, start))
        return stop != -1 and HYPOTHETICAL_RE.match(text, stop + 1) is not None

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``text[start:end]``, inside its line: a re-flowed email runs the request it quotes and
        the reply's sentences into one line ("Dear Northern Ireland Transport Holding Company, Under FOI can you please
        provide ... Our FOI team ... must ask for clarification"), so the requester's words and a reply's cue share a
        line but not a sentence."""
        text, line = self.text, self.layout.line_at(start)
        before = max(text.rfind(". ", line.start, start), text.rfind("? ", line.start, start))
        after = text.find(". ", end, line.end)
        sentence_start = line.start if before == -1 else before + 2
        above = text.rfind("\n", 0, line.start - 1) + 1 if line.start >= 2 else line.start
        if before == -1 and line.start - above > _WRAPPED_WIDTH and text[line.start - 2] not in ".?!:;":
            # A sentence wrapped onto this line from the one above, which fills the width: "1. Under Freedom of
            # Information Scotland, I wish to receive the following / information within 20 working days:" (a request
            # Forth Valley College's reply repeats, wrapped by the email), its start on the line above; not a short
            # heading or quoted line above a sentence of its own.
            stop = max(text.rfind(". ", above, line.start - 1), text.rfind("? ", above, line.start - 1))
            sentence_start = above if stop == -1 else stop + 2
        return sentence_start, (line.end if after == -1 else after + 1)

    def authority_name_matches(self) -> list[tuple[int, int, int]]:
        """(match id, start token, end token) of the catalogue's authority names and abbreviations in the doc,
        memoised: the authority extractor reads them, and the systems extractor keeps out of the names."""
        if "authority_names" not in self.memo:
            self.memo["authority_names"] = list(self.catalogue.authority_name_matcher.matcher(self.doc))
        matches: list[tuple[int, int, int]] = self.memo["authority_names"]
        return matches

    @property
    def text(self) -> str:
        return self.clean.text

    @property
    def lower(self) -> str:
        return self.clean.lower

    def span(self, start: int, end: int) -> Span:
        """A span over ``text[start:end]`` with its page, trimmed of surrounding white space."""
        return Span(**self.span_fields(start, end))

    def span_fields(self, start: int, end: int) -> SpanFields:
        """The fields of ``span(start, end)``, for a record validated with its spans nested (one validation
        of a whole record costs less than building each span first)."""
        piece = self.clean.text[start:end]
        words = piece.strip()
        if len(words) != len(piece):
            start += len(piece) - len(piece.lstrip())
            end = start + len(words)
        return {"start": start, "end": end, "text": words, "page": self.clean.page_of(start)}

    def warn(self, code: str, message: str, span: Span | None = None) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, span=span))
