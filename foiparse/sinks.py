"""Where a batch writes: JSONL, CSV, Parquet, SQLite or PostgreSQL, chosen from the destination's name.

Every sink upserts by ``doc_id`` (the content hash and source path, see :mod:`foiparse.sql_schema`), writes
each chunk atomically, and reports which inputs it already holds (:meth:`Sink.done_ids`) so that a rerun
skips them:

- SQL (``.sqlite``/``.db``, ``sqlite:///...``, ``postgresql://...``): one transaction per chunk that deletes
  the chunk's ``doc_id`` s from every table and inserts their rows.
- ``.jsonl``: one line per input (the record's JSON, or ``{"source": ..., "error": ...}``); each chunk is one
  write followed by flush and fsync; a torn last line left by ``kill -9`` is cut off when the file is reopened.
  Lines rewritten with ``--force`` are compacted (last one wins) when the sink is closed.
- ``.csv`` / ``.parquet``: one file per table. ``out/name.csv`` gives ``out/name.responses.csv``,
  ``out/name.questions.csv``, ...; an existing folder named ``out.csv`` gives ``out.csv/responses.csv``, ....
  While a batch runs, each chunk is committed as a set of part files plus a marker in a hidden ``.parts``
  folder beside them; closing the sink merges the parts into the table files (the newest row set of each
  input wins) and removes them. An interrupted run leaves committed parts behind; the next run with the same
  destination reads them back (resume) and merges them at its end.
"""

from __future__ import annotations

import abc
import csv
import datetime as dt
import json
import operator
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .keys import doc_id
from .sql_schema import (
    DONE_TABLES,
    SCHEMA_VERSION,
    TABLE_NAMES,
    TABLES,
    Row,
    error_row,
    meta,
    metadata,
    record_counts,
    record_rows,
)

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Dialect, Engine

    from .batch import Result

_SQL_URL_RE = re.compile(r"^(?:postgres(?:ql)?|sqlite)(?:\+\w+)?://", re.I)
_DELETE_BATCH = 500


def rows_of(results: Sequence[Result], parsed_at: dt.datetime | None = None) -> dict[str, list[Row]]:
    """The rows of a chunk of results, table by table."""
    when = parsed_at or dt.datetime.now(dt.timezone.utc)
    out: dict[str, list[Row]] = {name: [] for name in TABLE_NAMES}
    for result in results:
        if result.record is not None:
            for name, rows in record_rows(
                result.record, path=result.path, sha256=result.sha256, seconds=result.seconds, parsed_at=when
            ).items():
                out[name].extend(rows)
        else:
            out["errors"].append(
                error_row(
                    path=result.path,
                    sha256=result.sha256,
                    error_type=result.error_type or "Error",
                    error_code=result.error_code,
                    message=result.message,
                    hint=result.hint,
                    size=result.size,
                    parser_version=__version__,
                    seconds=result.seconds,
                    parsed_at=when,
                )
            )
    return out


class Sink(abc.ABC):
    """A destination for results. Use as a context manager, or call :meth:`close` when done."""

    def __init__(self, dest: str) -> None:
        self.dest = dest

    @abc.abstractmethod
    def done_ids(self) -> set[str]:
        """The ``doc_id`` of every input already stored (as a record or as an error)."""

    @abc.abstractmethod
    def write(self, results: Sequence[Result]) -> None:
        """Store a chunk of results atomically, replacing earlier rows of the same inputs."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Rows per table (``responses``, ``questions``, ..., ``errors``) as a reader of the output sees them."""

    def close(self) -> None:  # noqa: B027 - most sinks have nothing to do
        """Finish the output (merge parts, compact, release connections)."""

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_sink(dest: str | os.PathLike[str]) -> Sink:
    """The sink for ``dest``: a SQL URL, or a path ending ``.sqlite``/``.db``, ``.jsonl``, ``.csv``, ``.parquet``."""
    text = os.fspath(dest)
    if _SQL_URL_RE.match(text):
        return SQLSink(text)
    suffix = Path(text).suffix.lower()
    if suffix in {".sqlite", ".sqlite3", ".db"}:
        return SQLSink(text)
    if suffix in {".jsonl", ".ndjson"}:
        return JSONLSink(text)
    if suffix == ".csv":
        return CSVSink(text)
    if suffix == ".parquet":
        return ParquetSink(text)
    raise ValueError(
        f"cannot tell what to write from {text!r}: end it with .sqlite, .jsonl, .csv or .parquet, "
        "or give a postgresql://user:password@host/db URL"
    )


class _Lock:
    """An exclusive advisory lock on a file beside the output: two batches never write one output at once."""

    def __init__(self, path: Path, dest: str) -> None:
        self.path = path
        self._fh = open(path, "a+b")  # noqa: SIM115 - held for the sink's lifetime
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        try:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._fh.close()
            raise RuntimeError(
                f"another foiparse batch is writing to {dest}; wait for it or choose another output"
            ) from exc

    def release(self) -> None:
        if not self._fh.closed:
            self._fh.close()  # closing drops the lock
            self.path.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- SQL (SQLite, PostgreSQL) ------------------------------------------------------------------------------


def sql_url(dest: str) -> str:
    """A SQLAlchemy URL: file paths become SQLite URLs; ``postgresql://`` is read with psycopg (3)."""
    if not _SQL_URL_RE.match(dest):
        path = Path(dest).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    scheme, rest = dest.split("://", 1)
    if scheme.lower() in {"postgres", "postgresql"}:
        return f"postgresql+psycopg://{rest}"
    return dest


def _no_nul(rows: list[Row]) -> list[Row]:
    """PostgreSQL text cannot hold NUL characters."""
    for row in rows:
        for key, value in row.items():
            if isinstance(value, str) and "\x00" in value:
                row[key] = value.replace("\x00", "\ufffd")
    return rows


@dataclass(frozen=True)
class _SQLiteInsert:
    """A table's INSERT as SQL for the SQLite driver, and how to turn a row dict into its parameters.

    ``conn.execute(table.insert(), rows)`` builds and converts a parameter dict per row through SQLAlchemy's
    compiler, which costs more than the insert itself. The SQL and the conversions are prepared once here
    instead: the same bind processors SQLAlchemy applies (dates to ISO text, booleans to 0/1...), so the rows
    stored are the same.
    """

    sql: str
    values: Callable[[Row], tuple[Any, ...]]  # the row's values in the order of the statement's ``?``s
    conversions: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, bind processor) where there is one

    @classmethod
    def of(cls, table: Table, dialect: Dialect) -> _SQLiteInsert:
        compiled = table.insert().compile(dialect=dialect)
        names = list(compiled.positiontup or [])
        processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
        getter = operator.itemgetter(*names)
        return cls(
            sql=str(compiled),
            values=(lambda row: (getter(row),)) if len(names) == 1 else getter,
            conversions=tuple((i, convert) for i, convert in enumerate(processors) if convert is not None),
        )

    def params(self, row: Row) -> tuple[Any, ...]:
        values = self.values(row)
        if not self.conversions:
            return values
        converted = list(values)
        for position, convert in self.conversions:
            converted[position] = convert(converted[position])
        return tuple(converted)


class SQLSink(Sink):
    """SQLite or PostgreSQL through SQLAlchemy Core, with the tables of :mod:`foiparse.sql_schema`."""

    def __init__(self, dest: str) -> None:
        from sqlalchemy import create_engine, event, select
        from sqlalchemy.engine import make_url

        self.url = sql_url(dest)
        super().__init__(make_url(self.url).render_as_string(hide_password=True) if "@" in dest else dest)
        self.engine: Engine = create_engine(self.url)
        self.sqlite = self.engine.dialect.name == "sqlite"
        if self.sqlite:

            @event.listens_for(self.engine, "connect")
            def _pragmas(dbapi_connection: Any, _record: Any) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.execute("PRAGMA busy_timeout=30000")
                cursor.close()

        metadata.create_all(self.engine)
        self._sqlite_inserts = {t.name: _SQLiteInsert.of(t, self.engine.dialect) for t in TABLES} if self.sqlite else {}
        with self.engine.begin() as conn:
            if conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).first() is None:
                conn.execute(meta.insert(), [{"key": "schema_version", "value": str(SCHEMA_VERSION)}])

    def done_ids(self) -> set[str]:
        from sqlalchemy import select, union_all

        from .sql_schema import errors, responses

        query = union_all(select(responses.c.doc_id), select(errors.c.doc_id))
        with self.engine.connect() as conn:
            return {row[0] for row in conn.execute(query)}

    def write(self, results: Sequence[Result]) -> None:
        if not results:
            return
        rows = rows_of(results)
        ids = [result.doc_id for result in results]
        with self.engine.begin() as conn:
            for table in reversed(TABLES):
                for start in range(0, len(ids), _DELETE_BATCH):
                    conn.execute(table.delete().where(table.c.doc_id.in_(ids[start : start + _DELETE_BATCH])))
            for table in TABLES:
                batch = rows[table.name]
                if not batch:
                    continue
                if self.sqlite:
                    insert = self._sqlite_inserts[table.name]
                    conn.exec_driver_sql(insert.sql, [insert.params(row) for row in batch])
                else:
                    conn.execute(table.insert(), _no_nul(batch))

    def counts(self) -> dict[str, int]:
        from sqlalchemy import func, select

        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in TABLES}

    def close(self) -> None:
        if self.sqlite:
            # Leave a plain single-file database (no -wal/-shm beside it) for whoever opens it next. That needs
            # the only connection to the file: if another program has it open (a sqlite3 shell, Datasette),
            # the data is committed all the same and the file simply stays in WAL mode.
            from sqlalchemy.exc import OperationalError

            self.engine.dispose()
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA busy_timeout=200")
                    conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
            except OperationalError:
                pass
        self.engine.dispose()


# --- JSONL ---------------------------------------------------------------------------------------------------


def _line_id(line: bytes) -> tuple[str, dict[str, Any]]:
    data = json.loads(line)
    source = data.get("source") or {}
    return doc_id(source.get("sha256") or "", source.get("path") or ""), data


class JSONLSink(Sink):
    """One JSON object per line: a record (``FOIResponse`` JSON) or ``{"source": ..., "error": ...}``."""

    def __init__(self, dest: str) -> None:
        super().__init__(dest)
        self.path = Path(dest)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = _Lock(self.path.with_name(f".{self.path.name}.lock"), dest)
        self._repair()
        self._before: set[str] = set()
        self._needs_compaction = False
        if self.path.exists():
            for key, _ in self._lines():
                if key in self._before:
                    self._needs_compaction = True
                self._before.add(key)
        self._written: set[str] = set()
        self._fh = open(self.path, "ab")  # noqa: SIM115 - kept open across chunks

    def _repair(self) -> None:
        """Cut off a torn last line (a write interrupted by kill -9)."""
        if not self.path.exists():
            return
        with open(self.path, "rb+") as fh:
            size = fh.seek(0, os.SEEK_END)
            if size == 0:
                return
            fh.seek(size - 1)
            if fh.read(1) == b"\n":
                return
            pos = size
            while pos > 0:
                step = min(1 << 16, pos)
                fh.seek(pos - step)
                block = fh.read(step)
                cut = block.rfind(b"\n")
                if cut >= 0:
                    fh.truncate(pos - step + cut + 1)
                    return
                pos -= step
            fh.truncate(0)

    def _lines(self) -> Iterator[tuple[str, dict[str, Any]]]:
        with open(self.path, "rb") as fh:
            for line in fh:
                if line.strip():
                    yield _line_id(line)

    def done_ids(self) -> set[str]:
        return set(self._before)

    def write(self, results: Sequence[Result]) -> None:
        if not results:
            return
        lines = []
        for result in results:
            record = result.record
            if record is not None and (record.source.path != result.path or record.source.sha256 != result.sha256):
                source = record.source.model_copy(update={"path": result.path, "sha256": result.sha256})
                record = record.model_copy(update={"source": source})
            if record is not None:
                lines.append(record.model_dump_json().encode("utf-8") + b"\n")
            else:
                lines.append(json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8") + b"\n")
        size = self._fh.tell()
        try:
            self._fh.write(b"".join(lines))
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except BaseException:
            # Ctrl-C or a full disk mid-write: take the partial chunk back out so no line is torn.
            self._fh.truncate(size)
            self._fh.seek(size)
            raise
        for result in results:
            key = result.doc_id
            if key in self._before or key in self._written:
                self._needs_compaction = True
            self._written.add(key)

    def _compact(self) -> None:
        """Keep only the last line of each input (after --force rewrote some)."""
        last: dict[str, int] = {}
        for n, (key, _) in enumerate(self._lines()):
            last[key] = n
        keep = set(last.values())
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(self.path, "rb") as src, open(tmp, "wb") as dst:
            n = 0
            for line in src:
                if not line.strip():
                    continue
                if n in keep:
                    dst.write(line)
                n += 1
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)

    def close(self) -> None:
        if self._fh.closed:
            return
        self._fh.close()
        if self._needs_compaction:
            self._compact()
            self._needs_compaction = False
        self._lock.release()

    def counts(self) -> dict[str, int]:
        latest: dict[str, dict[str, Any]] = {}
        if self.path.exists():
            if not self._fh.closed:
                self._fh.flush()
            for key, data in self._lines():
                latest[key] = data
        totals = dict.fromkeys(TABLE_NAMES, 0)
        for data in latest.values():
            if "error" in data and "text" not in data:
                totals["errors"] += 1
                continue
            totals["responses"] += 1
            for name, n in record_counts(data).items():
                totals[name] += n
        return totals


# --- one file per table (CSV, Parquet) ---------------------------------------------------------------------


class _TableFilesSink(Sink):
    """One file per table once closed; committed staging chunks while running (see the module doc)."""

    ext = ""

    def __init__(self, dest: str) -> None:
        super().__init__(dest)
        path = Path(dest)
        if path.is_dir():
            self.folder, self.prefix = path, ""
        else:
            self.folder, self.prefix = path.parent, path.stem + "."
        self.folder.mkdir(parents=True, exist_ok=True)
        self.parts = self.folder / f".{self.prefix}{self.ext}.parts"
        self._lock = _Lock(self.folder / f".{self.prefix}{self.ext}.lock", dest)
        self.parts.mkdir(exist_ok=True)
        for stale in self.parts.glob("*.tmp"):  # a chunk being written when the last run was killed
            stale.unlink()
        self._next = max((int(p.stem) for p in self._chunks()), default=0) + 1

    def table_path(self, table: str) -> Path:
        return self.folder / f"{self.prefix}{table}.{self.ext}"

    def _chunks(self) -> list[Path]:
        """Committed chunks in order: ``NNNNNNNN.json``, line 1 the inputs' ids, line 2 the rows by table."""
        if not self.parts.is_dir():
            return []
        return sorted(p for p in self.parts.glob("*.json") if p.stem.isdigit())

    @staticmethod
    def _chunk_ids(path: Path) -> list[str]:
        with open(path, "rb") as fh:
            ids: list[str] = json.loads(fh.readline())
        return ids

    @staticmethod
    def _chunk_rows(path: Path) -> dict[str, list[Row]]:
        with open(path, "rb") as fh:
            fh.readline()
            rows: dict[str, list[Row]] = json.loads(fh.readline())
        for table, table_rows in rows.items():
            _decode(table, table_rows)
        return rows

    def _winners(self) -> dict[str, int]:
        """For each input, the source holding its newest rows: 0 for the table files, n for the n-th chunk."""
        winners: dict[str, int] = {}
        for table in DONE_TABLES:
            if self.table_path(table).exists():
                for key in self._read_ids(self.table_path(table)):
                    winners[key] = 0
        for n, chunk in enumerate(self._chunks(), 1):
            for key in self._chunk_ids(chunk):
                winners[key] = n
        return winners

    def done_ids(self) -> set[str]:
        return set(self._winners())

    def write(self, results: Sequence[Result]) -> None:
        if not results:
            return
        rows = rows_of(results)
        ids = [row["doc_id"] for table in DONE_TABLES for row in rows[table]]
        final = self.parts / f"{self._next:08d}.json"
        tmp = final.with_name(final.name + ".tmp")
        with open(tmp, "wb") as fh:
            fh.write(json.dumps(ids).encode() + b"\n")
            fh.write(json.dumps(rows, default=_json_default, ensure_ascii=False).encode("utf-8") + b"\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)  # the commit
        _fsync_dir(self.parts)
        self._next += 1

    def close(self) -> None:
        try:
            self._finish()
        finally:
            self._lock.release()

    def _finish(self) -> None:
        if not self.parts.is_dir():
            return
        chunks = self._chunks()
        if chunks or any(not self.table_path(t).exists() for t in TABLE_NAMES):
            winners = self._winners()
            tmps = {t: self.table_path(t).with_name(self.table_path(t).name + ".tmp") for t in TABLE_NAMES}
            writers = {t: self._writer(tmps[t], t) for t in TABLE_NAMES}
            try:
                for table, writer in writers.items():
                    if self.table_path(table).exists():
                        writer.copy(self.table_path(table), winners)
                for n, chunk in enumerate(chunks, 1):
                    for table, table_rows in self._chunk_rows(chunk).items():
                        writer = writers[table]
                        writer.add([row for row in table_rows if winners.get(row["doc_id"]) == n])
            finally:
                for writer in writers.values():
                    writer.close()
            for table in TABLE_NAMES:
                os.replace(tmps[table], self.table_path(table))
            _fsync_dir(self.folder)
            # Every table file now holds the chunks; a kill from here on leaves chunks that the next run merges
            # again, the newest rows of each input still winning.
            for chunk in chunks:
                chunk.unlink()
        shutil.rmtree(self.parts, ignore_errors=True)

    def counts(self) -> dict[str, int]:
        winners = self._winners()
        totals = dict.fromkeys(TABLE_NAMES, 0)
        for table in TABLE_NAMES:
            if self.table_path(table).exists():
                totals[table] += sum(1 for key in self._read_ids(self.table_path(table)) if winners.get(key) == 0)
        for n, chunk in enumerate(self._chunks(), 1):
            for table, table_rows in self._chunk_rows(chunk).items():
                totals[table] += sum(1 for row in table_rows if winners.get(row["doc_id"]) == n)
        return totals

    @abc.abstractmethod
    def _read_ids(self, path: Path) -> list[str]:
        """The doc_id of every row of a table file, in order."""

    @abc.abstractmethod
    def _writer(self, path: Path, table: str) -> _TableWriter: ...


class _TableWriter(abc.ABC):
    @abc.abstractmethod
    def copy(self, path: Path, winners: dict[str, int]) -> None:
        """Copy the rows of an existing table file whose input's newest rows are in it (source 0)."""

    @abc.abstractmethod
    def add(self, rows: list[Row]) -> None: ...

    @abc.abstractmethod
    def close(self) -> None: ...


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a chunk")


def _decode(table: str, rows: list[Row]) -> None:
    """Dates back from a chunk's JSON (ISO strings) to date and datetime objects."""
    from sqlalchemy import Date, DateTime

    for column in metadata.tables[table].columns:
        parse: Any = None
        if isinstance(column.type, DateTime):
            parse = dt.datetime.fromisoformat
        elif isinstance(column.type, Date):
            parse = dt.date.fromisoformat
        if parse is not None:
            for row in rows:
                value = row.get(column.name)
                if isinstance(value, str):
                    row[column.name] = parse(value)


def _columns(table: str) -> list[str]:
    return [c.name for c in metadata.tables[table].columns]


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _raise_csv_field_limit() -> None:
    # The normalised text of a long response is a single field far past csv's default 128 KiB.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _csv_rows(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        yield from reader


class _CSVWriter(_TableWriter):
    def __init__(self, path: Path, table: str) -> None:
        self.columns = _columns(table)
        self.fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
        self.writer = csv.writer(self.fh)
        self.writer.writerow(self.columns)

    def copy(self, path: Path, winners: dict[str, int]) -> None:
        self.writer.writerows(row for row in _csv_rows(path) if row and winners.get(row[0]) == 0)

    def add(self, rows: list[Row]) -> None:
        self.writer.writerows([_csv_value(row.get(c)) for c in self.columns] for row in rows)

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()


class CSVSink(_TableFilesSink):
    """One CSV file per table (UTF-8, header row, ``doc_id`` first); booleans as true/false, dates ISO 8601."""

    ext = "csv"

    def __init__(self, dest: str) -> None:
        _raise_csv_field_limit()
        super().__init__(dest)

    def _read_ids(self, path: Path) -> list[str]:
        return [row[0] for row in _csv_rows(path) if row]

    def _writer(self, path: Path, table: str) -> _TableWriter:
        return _CSVWriter(path, table)


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of a table, from its SQLAlchemy column types."""
    import pyarrow as pa
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer

    fields = []
    for column in metadata.tables[table].columns:
        kind = column.type
        if isinstance(kind, Boolean):
            arrow = pa.bool_()
        elif isinstance(kind, Integer):
            arrow = pa.int64()
        elif isinstance(kind, Float):
            arrow = pa.float64()
        elif isinstance(kind, DateTime):
            arrow = pa.timestamp("us", tz="UTC")
        elif isinstance(kind, Date):
            arrow = pa.date32()
        else:
            arrow = pa.string()
        fields.append(pa.field(column.name, arrow, nullable=not column.primary_key))
    return pa.schema(fields)


class _ParquetWriter(_TableWriter):
    """Rows buffered into row groups of about ``group`` rows."""

    group = 20_000

    def __init__(self, path: Path, table: str) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema(table)
        self.fh = open(path, "wb")  # noqa: SIM115 - closed in close()
        self.writer = pq.ParquetWriter(self.fh, self.schema, compression="zstd")
        self.buffer: list[Row] = []

    def copy(self, path: Path, winners: dict[str, int]) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        keep = pa.array([key for key, n in winners.items() if n == 0], type=pa.string())
        for batch in pq.ParquetFile(path).iter_batches(batch_size=self.group):
            rows = pa.Table.from_batches([batch]).cast(self.schema)
            rows = rows.filter(pc.is_in(rows["doc_id"], value_set=keep))
            if rows.num_rows:
                self.writer.write_table(rows)

    def add(self, rows: list[Row]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self.group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()


class ParquetSink(_TableFilesSink):
    """One Parquet file per table (pyarrow, zstd), column types from the SQL schema."""

    ext = "parquet"

    def __init__(self, dest: str) -> None:
        import pyarrow  # noqa: F401 - fail early with ImportError when it is missing

        super().__init__(dest)

    def _read_ids(self, path: Path) -> list[str]:
        import pyarrow.parquet as pq

        ids: list[str] = pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()
        return ids

    def _writer(self, path: Path, table: str) -> _TableWriter:
        return _ParquetWriter(path, table)


def read_table(dest: str | os.PathLike[str], table: str) -> list[dict[str, Any]]:
    """All rows of one table of a finished CSV/Parquet/SQL output (for tests and small outputs)."""
    sink = open_sink(dest)
    try:
        if isinstance(sink, SQLSink):
            from sqlalchemy import select

            with sink.engine.connect() as conn:
                return [dict(row._mapping) for row in conn.execute(select(metadata.tables[table]))]
        if isinstance(sink, CSVSink):
            path = sink.table_path(table)
            with open(path, encoding="utf-8", newline="") as fh:
                return list(csv.DictReader(fh))
        if isinstance(sink, ParquetSink):
            import pyarrow.parquet as pq

            rows: list[dict[str, Any]] = pq.read_table(sink.table_path(table)).to_pylist()
            return rows
        raise ValueError(f"read_table reads tabular outputs, not {sink.dest!r}")
    finally:
        sink.close()


__all__ = ["CSVSink", "JSONLSink", "ParquetSink", "SQLSink", "Sink", "open_sink", "read_table", "rows_of", "sql_url"]
