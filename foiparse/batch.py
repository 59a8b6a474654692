"""Bulk parsing: a whole download of responses into one table, in parallel, resumably, losing nothing.

Three layers, each usable alone:

- :func:`discover` turns files, folders (walked recursively, hidden files skipped) and ZIP archives (each
  member an input, named ``archive.zip!/member``) into :class:`Item` s.
- :func:`parse_one` parses one item and always returns a :class:`Result`: a record, or an error row (type,
  code, message, hint) with the source path and the content's sha256. It never raises for a bad document, so
  any engine can map it: this module's process pool, Dask (``--engine dask``), Spark or Ray.
- :class:`WorkerPool` runs ``parse_one`` in worker processes, each document under a time limit and a memory
  limit. The memory limit is ``RLIMIT_AS`` in the worker (an allocation past it fails with ``MemoryError``);
  the time limit is a watchdog in the parent that kills (``SIGKILL``) a worker still busy past the deadline and
  starts a new one, because a loop inside a C extension cannot be interrupted from within its own process.

:func:`iter_parse` yields results in input order; :func:`run_batch` (``foiparse batch``) writes them to a
sink (:mod:`foiparse.sinks`), skipping inputs whose content hash and path are already there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import io
import math
import multiprocessing
import os
import signal
import sys
import time
import zipfile
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import errors as _errors
from .errors import CorruptDocument, DocumentTooLarge, EmptyDocument, EncryptedDocument, FoiParseError, ParseTimeout
from .errors import UnsupportedFormat as _UnsupportedFormat
from .keys import doc_id as _doc_id
from .limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from .models import FOIResponse
    from .sinks import Sink

#: A parse function: (the document's bytes, its source path, limits) -> record. The default reads the bytes
#: with :func:`foiparse.readers.read_bytes` and runs the pipeline; pass another to wrap or replace it.
Parser = Callable[[bytes, str, Limits], "FOIResponse"]
Task = tuple[int, "Item", str]  # (input index, item, sha256 as hashed by the parent or "")

ARCHIVE_SEP = "!/"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 2048
DEFAULT_CHUNK = 100
# A worker is replaced after this many documents, or when its resident memory has grown this much.
MAX_TASKS_PER_WORKER = 1000
RECYCLE_GROWTH_KB = 1024 * 1024
_FLUSH_SECONDS = 2.0
_CHUNK_BYTES = 1 << 20


class WorkerCrashed(FoiParseError):
    """The worker process parsing a document died (a crash in a C extension, killed from outside)."""

    code = "worker_crashed"


# --- inputs ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One input: a file, or a member of a ZIP archive (``path`` is then ``archive.zip!/member``)."""

    path: str
    file: str
    member: str | None = None
    # Bytes already in hand: members of an archive inside an archive, unpacked while the archive was walked.
    data: bytes | None = field(default=None, repr=False)
    # Why the input cannot be read (an archive that is damaged, a bomb, empty...): (error type, message, hint).
    problem: tuple[str, str, str | None] | None = None

    def error(self) -> FoiParseError:
        """The error this item's ``problem`` stands for, as the exception type it names."""
        assert self.problem is not None
        name, message, hint = self.problem
        cls = getattr(_errors, name, None)
        if not (isinstance(cls, type) and issubclass(cls, FoiParseError)):
            cls = CorruptDocument
        return cls(message, hint=hint, source=self.path)

    @classmethod
    def of(cls, value: Item | str | os.PathLike[str]) -> Item:
        """An item from a path; ``archive.zip!/member`` names a member of an archive."""
        if isinstance(value, Item):
            return value
        text = os.fspath(value)
        if ARCHIVE_SEP in text:
            archive, member = text.split(ARCHIVE_SEP, 1)
            if Path(archive).is_file() and not Path(text).exists():
                return cls(path=text, file=archive, member=member)
        return cls(path=text, file=text)

    def read(self, limits: Limits = DEFAULT_LIMITS) -> bytes:
        """The item's bytes, refusing more than ``limits.max_bytes`` (also for a member that lies about it)."""
        if self.data is not None:
            return self.data
        if self.member is None:
            size = os.stat(self.file).st_size
            if size > limits.max_bytes:
                raise DocumentTooLarge(
                    f"file is {size:,} bytes, over the limit of {limits.max_bytes:,}",
                    hint="pass Limits(max_bytes=...) to raise the limit",
                    source=self.path,
                )
            with open(self.file, "rb") as fh:
                return fh.read()
        archive = _open_zip(self.file, os.stat(self.file).st_mtime_ns)
        try:
            info = archive.getinfo(self.member)
            if info.file_size > limits.max_bytes:
                raise DocumentTooLarge(
                    f"archive member is {info.file_size:,} bytes, over the limit of {limits.max_bytes:,}",
                    hint="pass Limits(max_bytes=...) to raise the limit",
                    source=self.path,
                )
            with archive.open(info) as fh:
                data = fh.read(limits.max_bytes + 1)
        except KeyError as exc:
            raise CorruptDocument("the archive has no such member", source=self.path) from exc
        except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required for extraction"
            raise EncryptedDocument(
                "the archive member is encrypted", hint="extract it with its password first", source=self.path
            ) from exc
        except NotImplementedError as exc:
            raise _UnsupportedFormat(
                f"the archive member uses an unsupported compression ({exc})",
                hint="extract the archive with another tool first",
                source=self.path,
            ) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise CorruptDocument(
                f"the archive member could not be extracted ({exc})", hint="the archive is damaged", source=self.path
            ) from exc
        if len(data) > limits.max_bytes:
            raise DocumentTooLarge(
                f"archive member expands past the limit of {limits.max_bytes:,} bytes",
                hint="pass Limits(max_bytes=...) to raise the limit",
                source=self.path,
            )
        return data

    def digest(self, limits: Limits = DEFAULT_LIMITS) -> str:
        """The sha256 of the item's bytes, read in chunks; "" when it cannot be read or is over the size limit
        (a member declaring gigabytes is never inflated just to be hashed)."""
        if self.data is not None:
            return hashlib.sha256(self.data).hexdigest()
        if self.problem is not None and self.member is not None:
            return ""
        h = hashlib.sha256()
        try:
            if self.member is None:
                if os.stat(self.file).st_size > limits.max_bytes:
                    return ""
                with open(self.file, "rb") as fh:
                    while chunk := fh.read(_CHUNK_BYTES):
                        h.update(chunk)
            else:
                archive = _open_zip(self.file, os.stat(self.file).st_mtime_ns)
                info = archive.getinfo(self.member)
                if info.file_size > limits.max_bytes:
                    return ""
                with archive.open(info) as fh:
                    while chunk := fh.read(_CHUNK_BYTES):
                        h.update(chunk)
        except (OSError, KeyError, RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error, EOFError):
            return ""
        return h.hexdigest()


@lru_cache(maxsize=4)
def _open_zip(file: str, mtime_ns: int) -> zipfile.ZipFile:
    """Archives stay open while their members are read one after another (the key includes the mtime)."""
    return zipfile.ZipFile(file)


def _hidden(parts: Iterable[str]) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


def _problem(path: str, file: str, exc: FoiParseError, member: str | None = None) -> Item:
    return Item(path=path, file=file, member=member, problem=(type(exc).__name__, exc.message, exc.hint))


def _expand(path: Path, limits: Limits) -> Iterator[Item]:
    """A file, or the members of a ZIP archive (archives inside it included, through readers.archive)."""
    if path.suffix.lower() != ".zip":
        yield Item(path=str(path), file=str(path))
        return
    from .readers.archive import check_zip, iter_zip

    name = str(path)
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= limits.max_bytes else None
        if data is not None:
            check_zip(data, name=name, limits=limits)  # a bomb or too many members: one error row for the archive
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as archive:
            infos = [
                info
                for info in archive.infolist()
                if not info.filename.endswith("/") and not _hidden(info.filename.split("/"))
            ]
            if not infos:
                yield _problem(name, name, EmptyDocument("the archive holds no files", hint="check the download"))
                return
            for info in infos:
                member = f"{name}{ARCHIVE_SEP}{info.filename}"
                if not info.filename.lower().endswith(".zip"):
                    yield Item(path=member, file=name, member=info.filename)
                    continue
                # An archive inside the archive: its members are the inputs (readers.archive limits depth and size).
                try:
                    if info.file_size > limits.max_bytes:
                        raise DocumentTooLarge(
                            f"archive member is {info.file_size:,} bytes, over the limit of {limits.max_bytes:,}",
                            hint="pass Limits(max_bytes=...) to raise the limit",
                        )
                    members = list(iter_zip(archive.read(info), name=member, limits=limits))
                except FoiParseError as exc:
                    yield _problem(member, name, exc, info.filename)
                    continue
                except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
                    yield _problem(
                        member, name, CorruptDocument(f"the archive member is damaged ({exc})"), info.filename
                    )
                    continue
                for inner in members:
                    if inner.error is not None:
                        yield _problem(inner.path, name, inner.error, info.filename)
                    else:
                        yield Item(path=inner.path, file=name, member=info.filename, data=inner.data)
    except FoiParseError as exc:
        yield _problem(name, name, exc)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        yield _problem(name, name, CorruptDocument(f"not a readable ZIP archive ({exc})", hint="download it again"))


def discover(inputs: Iterable[str | os.PathLike[str] | Item], *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Files as given, folders walked recursively in sorted order (hidden files skipped), ZIPs member by member
    (``archive.zip!/member``; the members of an archive inside it as ``archive.zip!/inner.zip/member``).

    A path that does not exist is still yielded, so that parsing it records the error. An archive that cannot
    be listed (damaged, empty, a decompression bomb) is one item whose parsing records why.
    """
    for value in inputs:
        if isinstance(value, Item):
            yield value
            continue
        path = Path(value)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not _hidden(child.relative_to(path).parts):
                    yield from _expand(child, limits)
        elif path.is_file():
            yield from _expand(path, limits)
        else:
            yield Item.of(value)


# --- one document --------------------------------------------------------------------------------------------


@dataclass
class Result:
    """What became of one input: ``record`` when it parsed, otherwise the error's type, code and message."""

    path: str
    sha256: str
    record: FOIResponse | None = None
    error_type: str | None = None
    error_code: str | None = None
    message: str | None = None
    hint: str | None = None
    size: int | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the parse in its process (wall time is ``seconds``)
    index: int = -1
    peak_rss_kb: int | None = None  # the worker's peak resident memory so far (process pool only)

    @property
    def ok(self) -> bool:
        return self.record is not None

    @property
    def doc_id(self) -> str:
        return _doc_id(self.sha256, self.path)

    @property
    def pages(self) -> int:
        return (self.record.source.pages or 0) if self.record is not None else 0

    @classmethod
    def failure(
        cls,
        item: Item,
        sha256: str,
        exc: BaseException,
        *,
        size: int | None = None,
        seconds: float = 0.0,
        index: int = -1,
    ) -> Result:
        if isinstance(exc, FoiParseError):
            code, message, hint = exc.code, exc.message, exc.hint
        elif isinstance(exc, OSError):
            code, message, hint = "unreadable", str(exc), "check the file exists and can be read"
        else:
            code = "internal_error"
            message = f"unexpected {type(exc).__name__}: {exc}"
            hint = "this is a bug in foiparse; please report it with the file"
        return cls(
            path=item.path,
            sha256=sha256,
            error_type=type(exc).__name__,
            error_code=code,
            message=message,
            hint=hint,
            size=size,
            seconds=seconds,
            index=index,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the record's JSON, or ``{"source": ..., "error": ...}`` like ``foiparse parse``."""
        if self.record is not None:
            return self.record.model_dump(mode="json")
        return {
            "source": {"path": self.path, "sha256": self.sha256, "size": self.size},
            "error": {"type": self.error_type, "code": self.error_code, "message": self.message, "hint": self.hint},
        }


def default_parser(data: bytes, path: str, limits: Limits) -> FOIResponse:
    """Read the bytes (format sniffed from the content) and run the pipeline."""
    from .pipeline import parse_document
    from .readers import read_bytes

    return parse_document(read_bytes(data, name=path, limits=limits), limits=limits)


def parse_one(
    item: Item | str | os.PathLike[str],
    *,
    data: bytes | None = None,
    limits: Limits = DEFAULT_LIMITS,
    parser: Parser | None = None,
) -> Result:
    """Parse one input; never raises for a bad document (an error row comes back instead).

    ``item`` is an :class:`Item` or a path (``archive.zip!/member`` for an archive member); pass ``data`` when
    the bytes are already in hand (Ray's ``read_binary_files``, an object store). Runs in the calling thread
    with no time or memory limit of its own: :class:`WorkerPool` adds them.
    """
    item = Item.of(item)
    start, cpu = time.perf_counter(), time.process_time()
    sha = ""
    size: int | None = None
    try:
        if item.problem is not None:
            if item.member is None:  # an archive that failed as a whole: its own hash keys the error row
                data = item.read(limits)
                size, sha = len(data), hashlib.sha256(data).hexdigest()
            raise item.error()
        if data is None:
            data = item.read(limits)
        size = len(data)
        sha = hashlib.sha256(data).hexdigest()
        record = (parser or default_parser)(data, item.path, limits)
    except MemoryError:
        exc = DocumentTooLarge(
            "parsing ran out of memory",
            hint="raise the memory limit (--memory-mb) or split the file",
            source=item.path,
        )
        result = Result.failure(item, sha, exc, size=size, seconds=time.perf_counter() - start)
        result.error_code = "out_of_memory"
    except Exception as exc:  # RecursionError included: a bug, recorded as such
        result = Result.failure(item, sha, exc, size=size, seconds=time.perf_counter() - start)
    else:
        result = Result(path=item.path, sha256=sha, record=record, size=size, seconds=time.perf_counter() - start)
    result.cpu_seconds = time.process_time() - cpu
    return result


# --- the process pool ----------------------------------------------------------------------------------------


def _status_kb(field_name: str) -> int:
    """A memory figure of this process from /proc (KiB); 0 where /proc is not available."""
    return _status_figures_kb(field_name)[0]


def _status_figures_kb(*field_names: str) -> list[int]:
    """Several memory figures of this process (KiB, in the order asked) from one read of /proc/self/status;
    0 for each where /proc is not available."""
    wanted = {name + ":": position for position, name in enumerate(field_names)}
    figures = [0] * len(field_names)
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                position = wanted.get(line[: line.find(":") + 1])
                if position is not None:
                    figures[position] = int(line.split()[1])
    except OSError:
        pass
    return figures


def _record_as_json(record: FOIResponse | None) -> bytes | None:
    """The record as JSON for the trip from a worker to the parent, or None to send it pickled instead.

    Pickling a nested pydantic model costs about three times its JSON (model_dump_json), and unpickling it
    more than rebuilding it from that JSON (model_validate_json); the round trip gives an equal record. Not
    used for a custom parser's subclass (JSON would rebuild the base class) nor for a score that is not finite
    (JSON writes NaN and infinities as null, which would not validate).
    """
    from .models import FOIResponse

    if type(record) is not FOIResponse or not all(math.isfinite(system.score) for system in record.systems):
        return None
    return record.model_dump_json().encode("utf-8")


# A short reply touching every stage, parsed by each worker before it says it is ready.
_WARM_UP_LETTER = """From: Information Governance <foi@kent.gov.uk>
Sent: 31 August 2022 10:00

Our ref: FOI/2022/001
Date: 31 August 2022

Dear Mr Smith,

Thank you for your request under the Freedom of Information Act 2000, received on 3 August 2022.

1. Which case management system do you use for children's social care?
Children's Social Care response: Liquidlogic LCS, supplied by System C.
Adults' Social Care response: Mosaic.

2. What is the annual cost of the contract?
The information is exempt under section 43(2) (commercial interests). The public interest in
maintaining the exemption outweighs the public interest in disclosure.

If you are unhappy with this response, you may ask for an internal review.

Yours sincerely,
Jane Doe
Information Governance Officer
"""


def _warm_up() -> None:
    """Build the per-process caches before the first document's clock starts: the catalogue, matchers and
    tokenizer, and what the stages build at their first use (scanners, compiled regexes, validators). A first
    parse in a fresh process takes some 400 ms; paid here, it is neither charged to a document's time limit
    nor to its figures."""
    from .catalogue import get_catalogue
    from .nlp import get_nlp
    from .pipeline import parse_text

    get_catalogue()
    get_nlp()
    parse_text(_WARM_UP_LETTER)


def _limit_memory(memory_mb: int | None) -> None:
    """Cap this process's address space at its current size plus ``memory_mb`` (soft limit, RLIMIT_AS)."""
    if not memory_mb:
        return
    try:
        import resource
    except ImportError:  # not POSIX
        return
    base = _status_kb("VmSize") * 1024
    limit = base + memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _die_with_parent() -> None:
    """Linux: have the kernel SIGKILL this worker when the process that forked it exits.

    Workers fork from the forkserver, which exits when the batch's process does (even on ``kill -9``), so an
    orphaned worker, even one stuck in a loop that ignores signals, does not outlive the batch.
    """
    # A forkserver child inherits the server's "alive" pipe (for children that fork in turn): holding it would
    # keep the server, and so this worker, alive after the batch's process is gone. Workers never fork.
    try:
        from multiprocessing import forkserver

        server: Any = getattr(forkserver, "_forkserver", None)
        fd = getattr(server, "_forkserver_alive_fd", None)
        if isinstance(fd, int):
            os.close(fd)
            server._forkserver_alive_fd = None
    except (ImportError, OSError):
        pass
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent is already gone
        os._exit(1)


def _worker_main(
    conn: Connection, limits: Limits, parser: Parser | None, memory_mb: int | None, max_tasks: int
) -> None:
    """A worker: parse what the parent sends, one document at a time, until told to stop or retired."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    _die_with_parent()
    _warm_up()
    # What warming up built lives as long as the worker: out of the collector's sight, its collections stay
    # short (in a forkserver's worker this only adds what the server did not build; see _forkserver_warm).
    gc.freeze()
    _limit_memory(memory_mb)
    baseline_rss = _status_kb("VmRSS")
    try:
        conn.send(("ready", os.getpid()))
    except (OSError, EOFError):
        return
    done = 0
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, item, sha = task
        result = parse_one(item, limits=limits, parser=parser)
        result.index = index
        if not result.sha256:
            result.sha256 = sha
        peak_rss_kb, rss_kb = _status_figures_kb("VmHWM", "VmRSS")
        result.peak_rss_kb = peak_rss_kb or None
        done += 1
        retire = done >= max_tasks or result.error_code == "out_of_memory" or rss_kb - baseline_rss > RECYCLE_GROWTH_KB
        record_json = _record_as_json(result.record)
        if record_json is not None:
            result.record = None  # travels as JSON; the parent puts it back
        try:
            conn.send(("result", result, retire, record_json))
        except (OSError, EOFError):  # the parent is gone
            return
        except Exception as exc:  # a record that cannot be pickled (a custom parser's)
            failed = Result.failure(item, result.sha256, exc, size=result.size, index=index)
            with contextlib.suppress(OSError, EOFError):
                conn.send(("result", failed, True, None))
            return
        if retire:
            return


def _context() -> Any:
    """forkserver where there is one: workers fork from a clean server that has foiparse imported and warmed
    up already (``foiparse._forkserver_warm``), so a new or replacement worker is ready at once."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["foiparse._forkserver_warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def _start_forkserver() -> None:
    """Start the forkserver now, without waiting for it: it imports and warms up (some 5 s of CPU) on another
    core while this process walks the inputs and opens the sink, instead of after."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    tasks: deque[Task] = field(default_factory=deque)  # handed to the worker, in order; it parses the first
    deadline: float = 0.0
    started: float = field(default_factory=time.monotonic)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class WorkerPool:
    """Worker processes that parse one document at a time each, under a time and a memory limit.

    A worker still busy ``timeout`` seconds after it was handed a document is killed and replaced, and the
    document becomes a ``ParseTimeout`` error row; a worker that dies mid-document yields a ``WorkerCrashed``
    (or, killed by the system, ``DocumentTooLarge``) row. Workers are replaced after ``max_tasks`` documents or
    once their memory has grown by 1 GiB, whichever comes first.

    Each worker is handed up to ``prefetch`` documents at a time: it parses the first while the next waits in
    its pipe, so that it goes straight on from one document to the next instead of waiting for the parent to
    receive its result, store it and send another (with one document at a time, a text batch on 2 cores kept
    the workers idle a third of the time). A document's time limit starts when the worker reaches it.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        memory_mb: int | None = DEFAULT_MEMORY_MB,
        limits: Limits = DEFAULT_LIMITS,
        parser: Parser | None = None,
        max_tasks: int = MAX_TASKS_PER_WORKER,
        startup_timeout: float = 120.0,
        prefetch: int = 2,
    ) -> None:
        self.workers = workers if workers and workers > 0 else default_workers()
        self.timeout = timeout if timeout and timeout > 0 else None
        self.memory_mb = memory_mb
        self.limits = limits
        self.parser = parser
        self.max_tasks = max(1, max_tasks)
        self.startup_timeout = startup_timeout
        self.prefetch = max(1, prefetch)
        self._ctx = _context()

    def _spawn(self) -> _Slot:
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=_worker_main,
            args=(child_conn, self.limits, self.parser, self.memory_mb, self.max_tasks),
            name="foiparse-worker",
            daemon=True,
        )
        process.start()
        child_conn.close()
        return _Slot(process=process, conn=parent_conn)

    @staticmethod
    def _stop(slot: _Slot, *, kill: bool) -> None:
        if kill:
            with contextlib.suppress(OSError):
                slot.process.kill()
        else:
            with contextlib.suppress(OSError, ValueError):
                slot.conn.send(None)
        slot.process.join(timeout=5)
        if slot.process.is_alive():
            slot.process.kill()
            slot.process.join(timeout=5)
        slot.conn.close()

    def imap_unordered(self, tasks: Iterable[Task], *, window: int | None = None) -> Iterator[Result]:
        """Results as they complete. With ``window``, no task is started more than ``window`` positions ahead
        of the oldest unfinished one (so that a consumer restoring input order buffers at most that many)."""
        from .models import FOIResponse  # (not at the module's import: see foiparse.__getattr__)

        source = iter(tasks)
        first = next(source, None)
        if first is None:
            return  # nothing to do: no worker started
        # Tasks drawn from the source and not yet handed out, with in front those taken back from a worker that
        # stopped before starting them (retired, killed, crashed).
        pending: deque[Task] = deque([first])

        def upcoming() -> Task | None:
            if not pending:
                task = next(source, None)
                if task is None:
                    return None
                pending.append(task)
            return pending[0]

        def take_back(slot: _Slot) -> None:
            for task in reversed(slot.tasks):
                outstanding.discard(task[0])
                pending.appendleft(task)
            slot.tasks.clear()

        outstanding: set[int] = set()
        slots = [self._spawn() for _ in range(self.workers)]
        failed_starts = 0
        try:
            while True:
                # Hand a document to every idle worker, then one more to each to queue behind the one it parses.
                for depth in range(1, self.prefetch + 1):
                    for slot in slots:
                        if not slot.ready or len(slot.tasks) >= depth:
                            continue
                        task = upcoming()
                        if task is None or (
                            window is not None and outstanding and task[0] >= min(outstanding) + window
                        ):
                            break
                        # Only a task that is a path goes in a queue: one carrying its bytes (an archive's member)
                        # could fill the pipe while the worker blocks sending its result, and both would wait.
                        if slot.tasks and task[1].data is not None:
                            continue
                        pending.popleft()
                        if not slot.tasks:
                            self._start_clock(slot)
                        slot.tasks.append(task)
                        outstanding.add(task[0])
                        with contextlib.suppress(OSError, ValueError):  # a dead worker is noticed below
                            slot.conn.send(task)
                busy = [slot for slot in slots if slot.tasks]
                if not busy and upcoming() is None:
                    return
                now = time.monotonic()
                next_deadline = min((slot.deadline for slot in busy), default=now + 1.0)
                waitables: list[Any] = [slot.conn for slot in slots] + [slot.process.sentinel for slot in slots]
                ready = set(wait(waitables, timeout=max(0.0, min(next_deadline - now, 1.0))))
                for i, slot in enumerate(slots):
                    replace = retired = False
                    exited = slot.process.sentinel in ready
                    if slot.conn in ready or exited:
                        try:
                            # One message per wake-up from a live worker (another one waiting keeps the
                            # connection ready for the next wait()); a worker that exited is drained.
                            unread = slot.conn in ready
                            while unread or (exited and slot.conn.poll()):
                                unread = False
                                message = slot.conn.recv()
                                if message[0] == "ready":
                                    slot.ready = True
                                    failed_starts = 0
                                elif message[0] == "result":
                                    result, retire, record_json = message[1], message[2], message[3]
                                    if record_json is not None:
                                        result.record = FOIResponse.model_validate_json(record_json)
                                    if slot.tasks:
                                        outstanding.discard(slot.tasks.popleft()[0])
                                        self._start_clock(slot)  # the worker goes straight on to the queued one
                                    retired = retired or retire
                                    yield result
                        except (EOFError, OSError):
                            replace = True
                        if not slot.process.is_alive():
                            replace = True
                    now = time.monotonic()
                    if slot.tasks and now >= slot.deadline and not (replace or retired):
                        late = slot.tasks.popleft()
                        outstanding.discard(late[0])
                        take_back(slot)
                        self._stop(slot, kill=True)
                        yield self._timeout_result(late, now - slot.started)
                        slots[i] = self._spawn()
                        continue
                    if not slot.ready and not replace and now - slot.started > self.startup_timeout:
                        replace = True
                    if replace or retired:
                        # A worker that retired after its result never started what was queued behind it; one
                        # that died did so parsing the first of its tasks, and never started the rest.
                        lost = slot.tasks.popleft() if slot.tasks and not retired else None
                        take_back(slot)
                        self._stop(slot, kill=True)
                        if not slot.ready:
                            failed_starts += 1
                            if failed_starts > 3:
                                raise RuntimeError(
                                    f"foiparse worker processes keep failing to start (exit code "
                                    f"{slot.process.exitcode}); a script that runs a batch must start it under "
                                    "`if __name__ == '__main__':`; otherwise run with workers=0 (--workers 0) to "
                                    "see the error"
                                )
                        if lost is not None:
                            outstanding.discard(lost[0])
                            yield self._crash_result(lost, slot.process.exitcode, time.monotonic() - slot.started)
                        slots[i] = self._spawn()
        finally:
            for slot in slots:
                self._stop(slot, kill=bool(slot.tasks) or not slot.ready)

    def _start_clock(self, slot: _Slot) -> None:
        """The time limit starts for the first of ``slot``'s tasks: handed to an idle worker, or next in its queue."""
        slot.started = time.monotonic()
        slot.deadline = slot.started + self.timeout if self.timeout else float("inf")

    def _timeout_result(self, task: Task, seconds: float) -> Result:
        index, item, sha = task
        exc = ParseTimeout(
            f"parsing took longer than {self.timeout:g} s and was stopped",
            hint="raise the time limit (--timeout) if the document is just long; otherwise report the file",
            source=item.path,
        )
        return Result.failure(item, sha, exc, seconds=seconds, index=index)

    def _crash_result(self, task: Task, exitcode: int | None, seconds: float) -> Result:
        index, item, sha = task
        exc: FoiParseError
        if exitcode == -signal.SIGKILL:
            exc = DocumentTooLarge(
                "the worker parsing this document was killed from outside, most likely for using too much memory",
                hint="lower --workers or --memory-mb, or split the file",
                source=item.path,
            )
        else:
            how = f"signal {signal.Signals(-exitcode).name}" if exitcode and exitcode < 0 else f"exit code {exitcode}"
            exc = WorkerCrashed(
                f"the worker parsing this document died ({how})",
                hint="a reader's native library crashed on this file; please report it with the file",
                source=item.path,
            )
        result = Result.failure(item, sha, exc, seconds=seconds, index=index)
        if isinstance(exc, DocumentTooLarge):
            result.error_code = "out_of_memory"
        return result


# --- engines ------------------------------------------------------------------------------------------------


def _serial(tasks: Iterable[Task], limits: Limits, parser: Parser | None) -> Iterator[Result]:
    for index, item, sha in tasks:
        result = parse_one(item, limits=limits, parser=parser)
        result.index = index
        if not result.sha256:
            result.sha256 = sha
        yield result


def _dask(
    tasks: Iterable[Task],
    scheduler: Any,
    *,
    timeout: float | None,
    limits: Limits,
    parser: Parser | None,
) -> Iterator[Result]:
    """Map :func:`parse_one` over a Dask distributed cluster (``scheduler``: an address or a ``Client``).

    The time limit is soft here: a document past it is recorded as ``ParseTimeout`` and its task cancelled,
    but a thread already running it cannot be stopped; the cluster's own memory limits (the nanny's) apply.
    """
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("--engine dask needs Dask: pip install 'foiparse[dask]'") from exc
    client_class: Any = distributed.Client
    dask_wait: Any = distributed.wait

    own = not isinstance(scheduler, client_class)
    client = client_class(scheduler) if own else scheduler
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = max(4, 2 * threads)
        inflight: dict[Any, tuple[Task, float]] = {}
        source = iter(tasks)
        exhausted = False
        while True:
            while not exhausted and len(inflight) < limit:
                pending = next(source, None)
                if pending is None:
                    exhausted = True
                    break
                future = client.submit(parse_one, pending[1], limits=limits, parser=parser, pure=False)
                inflight[future] = (pending, time.monotonic())
            if not inflight:
                return
            try:
                finished = dask_wait(list(inflight), timeout=0.5, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                finished = set()
            for future in finished:
                (index, item, sha), started = inflight.pop(future)
                try:
                    result = future.result()
                except Exception as exc:
                    result = Result.failure(item, sha, exc, seconds=time.monotonic() - started)
                result.index = index
                if not result.sha256:
                    result.sha256 = sha
                yield result
            now = time.monotonic()
            for future, ((index, item, sha), started) in list(inflight.items()):
                if timeout and now - started > timeout:
                    future.cancel()
                    del inflight[future]
                    late = ParseTimeout(
                        f"parsing took longer than {timeout:g} s on the cluster and was abandoned",
                        hint="raise the time limit (--timeout) if the document is just long",
                        source=item.path,
                    )
                    yield Result.failure(item, sha, late, seconds=now - started, index=index)
    finally:
        if own:
            client.close()


def _results(
    tasks: Iterable[Task],
    *,
    engine: str,
    workers: int | None,
    timeout: float | None,
    memory_mb: int | None,
    limits: Limits,
    parser: Parser | None,
    scheduler: Any,
    window: int | None = None,
) -> Iterator[Result]:
    # The readers' own deadline (checked between pages and stages) stops a slow document a little before the
    # watchdog would kill its worker; the kill is left for code that never comes back to Python.
    in_process = None if not timeout else (max(0.5, 0.9 * timeout) if engine == "local" and workers != 0 else timeout)
    limits = dataclasses.replace(limits, max_seconds=in_process)
    if engine == "dask":
        if scheduler is None:
            raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://scheduler:8786)")
        return _dask(tasks, scheduler, timeout=timeout, limits=limits, parser=parser)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: use local or dask")
    if workers == 0:
        return _serial(tasks, limits, parser)
    pool = WorkerPool(workers, timeout=timeout, memory_mb=memory_mb, limits=limits, parser=parser)
    return pool.imap_unordered(tasks, window=window)


def iter_parse(
    paths: Iterable[str | os.PathLike[str] | Item],
    workers: int | None = None,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_mb: int | None = DEFAULT_MEMORY_MB,
    limits: Limits = DEFAULT_LIMITS,
    parser: Parser | None = None,
) -> Iterator[Result]:
    """Parse files, folders and ZIPs in worker processes, yielding one :class:`Result` per input in input order.

    ``workers`` defaults to all cores; ``workers=0`` parses in this process (no time or memory limit).
    """
    if workers != 0:
        _start_forkserver()
    items = list(discover(paths, limits=limits))
    tasks = ((index, item, item.digest(limits)) for index, item in enumerate(items))
    count = workers if workers and workers > 0 else default_workers()
    pending: dict[int, Result] = {}
    position = 0
    for result in _results(
        tasks,
        engine="local",
        workers=workers,
        timeout=timeout,
        memory_mb=memory_mb,
        limits=limits,
        parser=parser,
        scheduler=None,
        window=64 * count,
    ):
        pending[result.index] = result
        while position in pending:
            yield pending.pop(position)
            position += 1


# --- the batch job ---------------------------------------------------------------------------------------------


@dataclass
class Summary:
    """What a batch did; ``format()`` is what ``foiparse batch`` prints at the end."""

    dest: str
    inputs: int = 0
    parsed: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    skipped: int = 0
    duplicates: int = 0
    pages: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time spent parsing, summed over the workers
    workers: int = 0
    engine: str = "local"
    peak_rss_kb: int = 0
    interrupted: bool = False

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    @property
    def processed(self) -> int:
        return self.parsed + self.failed_total

    @property
    def docs_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def add(self, result: Result) -> None:
        if result.ok:
            self.parsed += 1
            self.pages += result.pages
        else:
            self.failed[result.error_type or "Error"] += 1
        self.cpu_seconds += result.cpu_seconds
        if result.peak_rss_kb:
            self.peak_rss_kb = max(self.peak_rss_kb, result.peak_rss_kb)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dest": self.dest,
            "inputs": self.inputs,
            "parsed": self.parsed,
            "failed": dict(sorted(self.failed.items())),
            "failed_total": self.failed_total,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "pages": self.pages,
            "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "docs_per_second": round(self.docs_per_second, 1),
            "workers": self.workers,
            "engine": self.engine,
            "peak_rss_mb_per_worker": round(self.peak_rss_kb / 1024, 1) if self.peak_rss_kb else None,
            "interrupted": self.interrupted,
        }

    def format(self) -> str:
        failed = ", ".join(f"{name} {n:,}" for name, n in self.failed.most_common())
        if self.engine != "local":
            where = self.engine
        elif self.workers == 0:
            where = "in-process"
        else:
            where = f"{self.workers} worker{'s' if self.workers != 1 else ''}"
        lines = [
            f"foiparse batch -> {self.dest}" + ("  (interrupted: run again to resume)" if self.interrupted else ""),
            f"  inputs   {self.inputs:>8,}  files and archive members",
            f"  parsed   {self.parsed:>8,}  ({self.pages:,} pages)",
            f"  failed   {self.failed_total:>8,}" + (f"  {failed}" if failed else ""),
            f"  skipped  {self.skipped:>8,}  already in the output (--force redoes them)",
        ]
        if self.duplicates:
            lines.append(f"  repeated {self.duplicates:>8,}  the same file given twice")
        rss = f", peak {self.peak_rss_kb / 1024:.0f} MB per worker" if self.peak_rss_kb else ""
        lines.append(f"  time     {self.seconds:>8.1f}s {self.docs_per_second:,.1f} docs/s, {where}{rss}")
        return "\n".join(lines)


class _Reporter:
    """A rich progress bar on a terminal; otherwise a log line every ``every`` seconds."""

    def __init__(self, total: int, mode: str, stream: IO[str] | None, every: float) -> None:
        from rich.console import Console

        self.total = total
        self.every = every
        self.stream = stream or sys.stderr
        console = Console(file=self.stream)
        on_terminal = console.is_terminal and sys.stdout.isatty()
        self.mode = mode if mode != "auto" else ("bar" if on_terminal else "log")
        self.start = time.monotonic()
        self.last_log = self.start
        self.progress: Any = None
        if self.mode == "bar":
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.progress = Progress(
                TextColumn("[bold]foiparse batch[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TextColumn("{task.fields[eta]}"),
                TextColumn("{task.fields[status]}"),
                console=console,
                transient=False,
            )
            self.task = self.progress.add_task("parse", total=total, rate="", eta="", status="")
            self.progress.start()

    def _figures(self, summary: Summary) -> tuple[int, str, str, str]:
        done = summary.processed + summary.skipped + summary.duplicates
        elapsed = time.monotonic() - self.start
        rate = summary.processed / elapsed if elapsed > 0 else 0.0
        left = self.total - done
        eta = time.strftime("%H:%M:%S", time.gmtime(left / rate)) if rate > 0 else "--:--:--"
        status = f"{summary.failed_total:,} failed, {summary.skipped:,} skipped"
        return done, f"{rate:,.1f} docs/s", f"ETA {eta}", status

    def update(self, summary: Summary, *, force: bool = False) -> None:
        if self.mode == "none":
            return
        done, rate, eta, status = self._figures(summary)
        if self.progress is not None:
            self.progress.update(self.task, completed=done, rate=rate, eta=eta, status=status)
            return
        now = time.monotonic()
        if force or now - self.last_log >= self.every:
            self.last_log = now
            pct = 100.0 * done / self.total if self.total else 100.0
            print(f"foiparse batch: {done:,}/{self.total:,} ({pct:.0f}%) {rate}, {eta}, {status}", file=self.stream)
            self.stream.flush()

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def run_batch(
    inputs: Iterable[str | os.PathLike[str] | Item],
    out: str | os.PathLike[str] | Sink,
    *,
    workers: int | None = None,
    force: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
    memory_mb: int | None = DEFAULT_MEMORY_MB,
    engine: str = "local",
    scheduler: Any = None,
    chunk_size: int = DEFAULT_CHUNK,
    limits: Limits = DEFAULT_LIMITS,
    parser: Parser | None = None,
    progress: str = "auto",
    log_every: float = 10.0,
    stream: IO[str] | None = None,
) -> Summary:
    """Parse every input into ``out`` (a path or URL, see :func:`foiparse.sinks.open_sink`) and summarise.

    Inputs whose (content hash, path) is already in ``out`` are skipped unless ``force``. Results are written
    in chunks of ``chunk_size`` (and at least every 2 s), each chunk atomically, so a run stopped by Ctrl-C or
    ``kill -9`` loses at most the chunk in flight and a rerun picks up where it stopped. Ctrl-C writes what
    is finished and returns a summary with ``interrupted=True``.
    """
    start = time.monotonic()
    if engine == "local" and workers != 0:
        _start_forkserver()  # first: the sinks' imports (SQLAlchemy) then overlap its warm-up
    from .sinks import Sink, open_sink

    items = list(discover(inputs, limits=limits))
    sink = out if isinstance(out, Sink) else open_sink(out)
    summary = Summary(
        dest=sink.dest,
        inputs=len(items),
        workers=(workers if workers is not None else default_workers()) if engine == "local" else 0,
        engine=engine,
    )
    reporter = _Reporter(len(items), progress, stream, log_every)
    buffer: list[Result] = []
    try:
        done = set() if force else sink.done_ids()
        seen: set[str] = set()

        def tasks() -> Iterator[Task]:
            for index, item in enumerate(items):
                sha = item.digest(limits)
                key = _doc_id(sha, item.path)
                if sha and key in done:
                    summary.skipped += 1
                    reporter.update(summary)
                    continue
                if key in seen:
                    summary.duplicates += 1
                    continue
                seen.add(key)
                yield index, item, sha

        last_flush = time.monotonic()
        results = _results(
            tasks(),
            engine=engine,
            workers=workers,
            timeout=timeout,
            memory_mb=memory_mb,
            limits=limits,
            parser=parser,
            scheduler=scheduler,
        )
        try:
            for result in results:
                summary.add(result)
                buffer.append(result)
                reporter.update(summary)
                if len(buffer) >= chunk_size or time.monotonic() - last_flush >= _FLUSH_SECONDS:
                    sink.write(buffer)
                    buffer.clear()
                    last_flush = time.monotonic()
        except KeyboardInterrupt:
            summary.interrupted = True
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
        if buffer:
            sink.write(buffer)
            buffer.clear()
    except KeyboardInterrupt:
        summary.interrupted = True
        if buffer:
            sink.write(buffer)
    finally:
        reporter.update(summary, force=True)
        reporter.close()
        if not isinstance(out, Sink):
            sink.close()
    summary.seconds = time.monotonic() - start
    return summary


__all__ = [
    "Item",
    "Parser",
    "Result",
    "Summary",
    "WorkerCrashed",
    "WorkerPool",
    "default_parser",
    "default_workers",
    "discover",
    "iter_parse",
    "parse_one",
    "run_batch",
]
