"""OCR for PDFs without a text layer (scanned letters): ocrmypdf, with tesseract, in a subprocess.

Optional: the ``ocr`` extra (``pip install 'foiparse[ocr]'``, the ocrmypdf Python package) or Debian's
``ocrmypdf`` package, plus the Debian packages ``tesseract-ocr`` and ``tesseract-ocr-eng``. When neither an
``ocrmypdf`` program nor the module is found, a scanned PDF stays a :class:`~foiparse.errors.ScannedDocument`
whose hint says what to install. Setting the environment variable ``FOIPARSE_OCR=0`` turns OCR off.

ocrmypdf runs in a temporary folder with the document's remaining time (:class:`~foiparse.limits.Deadline`) as
its timeout; past it, its process group is killed and the document is a ``ParseTimeout``. The OCR'd PDF is
read by the normal PDF reader, and the document carries the warning ``ocr``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import ParseTimeout, ScannedDocument
from ..limits import Deadline
from ..models import ParseWarning

INSTALL_HINT = (
    "install the `ocr` extra (pip install 'foiparse[ocr]') and the Debian packages tesseract-ocr, "
    "tesseract-ocr-eng and ocrmypdf so foiparse can OCR it, or run `ocrmypdf in.pdf out.pdf` and parse out.pdf"
)
_OFF = {"0", "off", "no", "false"}


def ocr_warning() -> ParseWarning:
    return ParseWarning(code="ocr", message="text recognised by OCR; check values against the image")


def ocr_command() -> list[str] | None:
    """How to run ocrmypdf here (its program on PATH, else ``python -m ocrmypdf``), or None without it."""
    if os.environ.get("FOIPARSE_OCR", "").strip().lower() in _OFF:
        return None
    program = shutil.which("ocrmypdf")
    if program:
        return [program]
    if importlib.util.find_spec("ocrmypdf") is not None:
        return [sys.executable, "-m", "ocrmypdf"]
    return None


def _child_setup() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the OCR process is killed with the worker that started it (a batch kills workers past --timeout)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError, AttributeError):  # no process groups on Windows
        os.killpg(process.pid, signal.SIGKILL)  # ocrmypdf and the tesseract processes it started
    with contextlib.suppress(OSError):
        process.kill()
    process.wait()


def ocr_pdf(data: bytes, command: list[str], *, deadline: Deadline, source: str | None = None) -> bytes:
    """The PDF ``data`` with a text layer recognised by ocrmypdf (``command`` from :func:`ocr_command`)."""
    deadline.check("starting OCR")
    timeout = deadline.remaining()
    with tempfile.TemporaryDirectory(prefix="foiparse-ocr-") as folder:
        given, made = Path(folder, "in.pdf"), Path(folder, "out.pdf")
        given.write_bytes(data)
        args = [*command, "--force-ocr", "-l", "eng", "--output-type", "pdf", str(given), str(made)]
        process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=folder,
            start_new_session=True,
            preexec_fn=_child_setup if sys.platform.startswith("linux") else None,  # only prctl: no locks
        )
        try:
            _, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            deadline.check("running OCR")
            raise ParseTimeout(
                f"OCR took longer than the limit of {deadline.seconds:g} s",
                hint="pass Limits(max_seconds=...) to allow more time",
                source=source,
            ) from None
        except BaseException:
            _kill(process)
            raise
        if process.returncode != 0 or not made.is_file():
            lines = [line for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
            detail = lines[-1].strip() if lines else "no message"
            raise ScannedDocument(
                f"the PDF has no text layer and OCR failed (ocrmypdf exit status {process.returncode}: {detail})",
                hint="check that the Debian packages tesseract-ocr and tesseract-ocr-eng are installed, or OCR "
                "it by hand with `ocrmypdf in.pdf out.pdf` and parse out.pdf",
                source=source,
            )
        return made.read_bytes()


__all__ = ["INSTALL_HINT", "ocr_command", "ocr_pdf", "ocr_warning"]
