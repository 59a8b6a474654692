"""The key of one input in bulk output, shared by the batch and the sinks' schema.

Its own module, with nothing but the standard library, so that the batch (and every worker forked for it)
can key inputs without importing SQLAlchemy, which only the process that writes to a sink needs.
"""

from __future__ import annotations

import hashlib


def doc_id(sha256: str, path: str) -> str:
    """The key of one input: the same content at the same path always gets the same id."""
    return hashlib.sha256(f"{sha256}\x00{path}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
