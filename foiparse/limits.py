"""Safe defaults for how much input foiparse accepts; every limit can be raised by the caller."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    # A two-page reply is ~6 kB of text; the largest real FOI bundles run to a few MB. Past these sizes a
    # file is almost always a mistake (a database dump, a log) and parsing it would only burn time.
    max_bytes: int = 50_000_000
    max_chars: int = 2_000_000


DEFAULT_LIMITS = Limits()
