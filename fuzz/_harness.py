"""Shared atheris harness: bytes -> one foiparse reader -> the rest of the pipeline.

The contract (as pdfminer.six's fuzzers): a :class:`foiparse.FoiParseError` is an expected outcome, any other
exception is a bug. By default the first bug stops the fuzzer and libFuzzer writes ``crash-<sha1>``; with
``FOIPARSE_FUZZ_KEEP_GOING=DIR`` each *distinct* bug (exception type + the innermost foiparse frame) is saved
once as ``DIR/<target>-<Type>-<module>-<line>.bin`` with its traceback beside it, and fuzzing goes on, so a
bounded run reports every crash class it met rather than the first. Inputs slower than ``SLOW_S`` are saved the
same way (``slow-...``); libFuzzer's ``-timeout`` still catches a true hang (``timeout-<sha1>``).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

with atheris.instrument_imports(include=["foiparse"]):
    import foiparse.clean
    import foiparse.extract
    import foiparse.pipeline
    import foiparse.readers
    import foiparse.readers.docx
    import foiparse.readers.email
    import foiparse.readers.html
    import foiparse.readers.pdf
    import foiparse.readers.text
    import foiparse.segment  # noqa: F401
    from foiparse.document import Document
    from foiparse.errors import FoiParseError
    from foiparse.limits import Limits
    from foiparse.pipeline import parse_document
    from foiparse.readers import read_bytes

# Small enough that one input cannot stall the fuzzer for long; the in-process deadline is well under
# libFuzzer's -timeout, so a ParseTimeout is an expected outcome and a libFuzzer timeout is a real hang.
FUZZ_LIMITS = Limits(
    max_bytes=4_000_000,
    max_chars=400_000,
    max_pages=50,
    max_decompressed_bytes=64_000_000,
    max_seconds=8.0,
)
SLOW_S = 12.0
_seen: set[str] = set()


def _signature(exc: BaseException) -> tuple[str, str]:
    frames = traceback.extract_tb(exc.__traceback__)
    inner = next((f for f in reversed(frames) if "/foiparse/" in f.filename), frames[-1] if frames else None)
    if inner is None:
        return type(exc).__name__, "unknown"
    module = Path(inner.filename).stem
    return type(exc).__name__, f"{module}-{inner.lineno}"


def _save(kind: str, target: str, data: bytes, detail: str) -> None:
    out = Path(os.environ["FOIPARSE_FUZZ_KEEP_GOING"])
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"{kind}-{target}"
    stem.with_suffix(".bin").write_bytes(data)
    stem.with_suffix(".txt").write_text(detail, encoding="utf-8")


def run_document(target: str, read: Callable[[bytes], Document]) -> Callable[[bytes], None]:
    """A libFuzzer entry point: read ``data`` with ``read``, then run the pipeline on the document."""
    keep_going = bool(os.environ.get("FOIPARSE_FUZZ_KEEP_GOING"))

    def test_one_input(data: bytes) -> None:
        started = time.monotonic()
        try:
            document = read(data)
            parse_document(document, limits=FUZZ_LIMITS)
        except FoiParseError:
            pass
        except Exception as exc:
            if not keep_going:
                raise
            kind, where = _signature(exc)
            key = f"{kind}-{where}"
            if key not in _seen:
                _seen.add(key)
                _save("crash", f"{target}-{key}", data, "".join(traceback.format_exception(exc)))
                print(f"\n== {target}: new crash class {key}: {exc!r}"[:400], file=sys.stderr, flush=True)
        elapsed = time.monotonic() - started
        if keep_going and elapsed > SLOW_S:
            digest = hashlib.sha1(data).hexdigest()[:12]
            _save("slow", f"{target}-{digest}", data, f"{elapsed:.1f} s\n")

    return test_one_input


def read_as(media_type: str, name: str) -> Callable[[bytes], Document]:
    def read(data: bytes) -> Document:
        return read_bytes(data, name=name, limits=FUZZ_LIMITS, media_type=media_type)

    return read


def main(test_one_input: Callable[[bytes], None]) -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
