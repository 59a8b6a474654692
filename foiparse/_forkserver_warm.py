"""Imported by the batch's forkserver process only (see ``foiparse.batch._context``), never by user code.

Imports the pipeline and the readers and builds the per-process caches (catalogue, matchers, tokenizer,
compiled scanners) once in the server, so every worker forked from it starts warm: a worker otherwise spends
some 2 s of CPU on them before its first document, and pays that again each time it is replaced (after
``MAX_TASKS_PER_WORKER`` documents, a timeout or a crash).

The cyclic garbage collector is off meanwhile: the imports and caches make over a hundred thousand objects
that live as long as the process, and each collection on the way walked them all again (0.5 s of the server's
4.5 s, measured). ``gc.freeze()`` then moves them out of the collector's sight for good, in the server and so
in every worker forked from it: a worker's collections no longer walk them (some 3% of a text's parse time).
"""

from __future__ import annotations

import contextlib
import gc
import importlib

gc.disable()
try:
    # A failure here must not take the forkserver down with it: each worker warms up again anyway (cheaply
    # when this has run), and reports its own error if the pipeline cannot start.
    with contextlib.suppress(Exception):
        for module in ("foiparse.batch", "foiparse.pipeline", "foiparse.readers.pdf", "foiparse.readers.docx"):
            importlib.import_module(module)
        from foiparse.batch import _warm_up

        _warm_up()
finally:
    gc.enable()
    gc.freeze()
