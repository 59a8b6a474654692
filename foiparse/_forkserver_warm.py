"""Imported by the batch's forkserver process only (see ``foiparse.batch._context``), never by user code.

Builds the per-process caches (catalogue, matchers, tokenizer, compiled scanners) once in the server, so every
worker forked from it starts warm: a worker otherwise spends some 2 s of CPU on them before its first document,
and pays that again each time it is replaced (after ``MAX_TASKS_PER_WORKER`` documents, a timeout or a crash).
"""

from __future__ import annotations

import contextlib

from .batch import _warm_up

# A failure here must not take the forkserver down with it: each worker warms up again anyway (cheaply when
# this has run), and reports its own error if the pipeline cannot start.
with contextlib.suppress(Exception):
    _warm_up()
