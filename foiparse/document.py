"""The one shape every reader produces and the cleaning stage consumes."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import ParseWarning, Source


@dataclass(frozen=True)
class StyleRun:
    """Emphasis the reader saw (bold/italic), in the coordinates of the text it belongs to."""

    start: int
    end: int
    bold: bool = False
    italic: bool = False


@dataclass
class Document:
    """Text as read from a source, before normalisation.

    ``page_starts`` holds the offset in ``text`` where each page begins (paged sources only);
    ``headers`` holds message headers an email reader found (From, To, Date, Subject); ``attachments`` holds
    an email's attached files, (file name, bytes) in message order, which the pipeline parses one by one.
    """

    text: str
    source: Source
    page_starts: list[int] = field(default_factory=list)
    styles: list[StyleRun] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    hard_wrapped: bool | None = None
    warnings: list[ParseWarning] = field(default_factory=list)
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
