"""Safe defaults for how much input foiparse accepts; every limit can be raised by the caller.

A limit that is hit raises a typed :class:`~foiparse.errors.FoiParseError` (``DocumentTooLarge``,
``DecompressionBomb``, ``NestingTooDeep``, ``ParseTimeout``) whose message names the ``Limits`` field to raise,
so hostile or absurd input fails quickly and visibly instead of eating the machine.

The time limit here is *in-process*: readers check a :class:`Deadline` between pages, blocks and stages, so
a slow document stops at the next check. Code that never returns to Python (a C library stuck on one
page) cannot be stopped that way; the batch runner enforces its own per-document limit by killing the
worker process.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import DecompressionBomb, DocumentTooLarge, NestingTooDeep, ParseTimeout


@dataclass(frozen=True)
class Limits:
    # A two-page reply is ~6 kB of text; the largest real FOI bundles run to a few MB. Past these sizes a
    # file is almost always a mistake (a database dump, a log) and parsing it would only burn time.
    max_bytes: int = 50_000_000
    max_chars: int = 2_000_000
    # PDF: pages read, and text characters / page objects on one page (a dense A4 page has ~6,000 characters
    # and a few thousand objects; a page past these is generated junk or an attack on the reader).
    max_pages: int = 2_000
    max_page_chars: int = 100_000
    max_page_objects: int = 200_000
    # Bytes a compressed part may unpack to: the members of a Word file or ZIP archive together, and each
    # compressed PDF stream the text depends on (content streams, fonts, object streams).
    max_decompressed_bytes: int = 250_000_000
    # Containers inside containers: ZIP in ZIP, email attached to email.
    max_depth: int = 8
    # Elements inside elements: HTML tags, Word tables in tables. Past it the text is kept, the structure lost.
    max_element_depth: int = 200
    # Email attachments listed (and, in bulk mode, parsed); ZIP members read.
    max_attachments: int = 200
    max_members: int = 10_000
    # Wall-clock seconds for one document, checked between pages and stages (None: no limit).
    max_seconds: float | None = 120.0


DEFAULT_LIMITS = Limits()


class Deadline:
    """The moment a document's time is up; ``check()`` raises :class:`ParseTimeout` once it has passed."""

    __slots__ = ("_clock", "_end", "seconds", "source")

    def __init__(
        self,
        seconds: float | None,
        *,
        source: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.seconds = seconds
        self.source = source
        self._clock = clock
        self._end = None if seconds is None else clock() + seconds

    @classmethod
    def start(cls, limits: Limits = DEFAULT_LIMITS, *, source: str | None = None) -> Deadline:
        return cls(limits.max_seconds, source=source)

    def remaining(self) -> float | None:
        return None if self._end is None else self._end - self._clock()

    def expired(self) -> bool:
        return self._end is not None and self._clock() >= self._end

    def check(self, stage: str) -> None:
        """Raise :class:`ParseTimeout` if the time is up; ``stage`` says what was being done."""
        if self._end is not None and self._clock() >= self._end:
            raise ParseTimeout(
                f"parsing took longer than the limit of {self.seconds:g} s (stopped while {stage})",
                hint="pass Limits(max_seconds=...) to allow more time; if the file is a normal response, report it",
                source=self.source,
            )


NO_DEADLINE = Deadline(None)


def check_size(what: str, value: int, limit: int, field: str, *, source: str | None = None) -> None:
    """Raise :class:`DocumentTooLarge` when ``value`` is over ``limit`` (``field`` names the Limits field)."""
    if value > limit:
        raise DocumentTooLarge(
            f"{what} is {value:,}, over the limit of {limit:,}",
            hint=f"pass Limits({field}=...) to raise the limit, or split the file",
            source=source,
        )


def check_decompressed(what: str, size: int, limits: Limits, *, source: str | None = None) -> None:
    """Raise :class:`DecompressionBomb` when ``size`` unpacked bytes is over ``limits.max_decompressed_bytes``."""
    if size > limits.max_decompressed_bytes:
        raise DecompressionBomb(
            f"{what} unpacks to more than {limits.max_decompressed_bytes:,} bytes (a decompression bomb?)",
            hint="a real response is far smaller; check where the file came from, or pass "
            "Limits(max_decompressed_bytes=...) if it is genuine",
            source=source,
        )


def check_depth(what: str, depth: int, limit: int, field: str, *, source: str | None = None) -> None:
    """Raise :class:`NestingTooDeep` when ``depth`` is over ``limit``."""
    if depth > limit:
        raise NestingTooDeep(
            f"{what} nest more than {limit} deep",
            hint=f"this is not a normal response; pass Limits({field}=...) if it is genuine",
            source=source,
        )


__all__ = [
    "DEFAULT_LIMITS",
    "NO_DEADLINE",
    "Deadline",
    "Limits",
    "check_decompressed",
    "check_depth",
    "check_size",
]
