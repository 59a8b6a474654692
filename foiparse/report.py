"""A self-contained HTML report over a batch's output: charts and the sortable tables behind them.

``foiparse report RESULTS --html OUT [--png DIR]``. RESULTS is what ``foiparse batch`` wrote: a SQLite file
(the tables of :mod:`foiparse.sql_schema`), a JSONL file of records (also what ``foiparse parse --format
jsonl`` prints; error lines count as errors), or the per-table files of a CSV or Parquet output. Everything is
first brought to the rows of the schema's tables (JSONL records through :func:`foiparse.sql_schema.record_rows`,
the function the tabular sinks use), so every figure means the same over every kind of output and can be
checked with plain SQL over a SQLite output: each :class:`Figure` says which query gives its numbers.

Charts are Vega-Lite specifications built with altair, rendered in the page by vega-embed. The JavaScript of
Vega, Vega-Lite and vega-embed comes from the ``vl-convert-python`` package and is inlined, so the page needs no
network; vl-convert also writes the PNG files (``--png``). Survey figures (contract expiries, in use since,
hosting) come from survey profiles: the output's ``survey_profiles`` rows, or for records (JSONL) the profiles
``foiparse.surveys`` extracts where that layer is installed; without any, those figures are left out with a
note saying why.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .show import _json_for_script

Row = dict[str, Any]
TABLES = ("responses", "questions", "answers", "exemptions", "systems", "survey_profiles", "errors")
UNKNOWN_SUPPLIER = "(supplier unknown)"
NONE_LABEL = "(none)"
# Fields counted for completeness: the responses column (or test) that says the field was found.
COMPLETENESS_FIELDS: dict[str, str] = {
    "reference": "reference",
    "response_date": "response_date",
    "received_date": "received_date",
    "authority": "authority_name",
    "requester": "requester_name",
    "officer": "officer_name",
    "subject": "subject",
    "legislation": "legislation",
    "doc_type": "doc_type",
    "outcome": "outcome",
    "questions": "question_count",
    "answers": "answer_count",
}
_COUNT_FIELDS = {"questions", "answers"}


class ReportError(Exception):
    """RESULTS cannot be read as a batch output."""


@dataclass
class Corpus:
    """A batch output brought to the rows of the schema's tables."""

    kind: str
    source: str
    tables: dict[str, list[Row]]
    notes: list[str] = field(default_factory=list)

    def rows(self, table: str) -> list[Row]:
        return self.tables.get(table, [])


@dataclass
class Figure:
    """One chart (or table only) with the rows behind it."""

    id: str
    title: str
    description: str
    columns: list[str]
    rows: list[Row]
    chart: dict[str, Any] | None = None
    note: str | None = None
    sql: str | None = None


@dataclass
class Report:
    source: str
    kind: str
    documents: int
    errors: int
    figures: list[Figure]
    notes: list[str]
    generated: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))

    def figure(self, figure_id: str) -> Figure:
        for fig in self.figures:
            if fig.id == figure_id:
                return fig
        raise KeyError(figure_id)


# --- reading a batch output -------------------------------------------------------------------------------


def load_results(path: str | Path) -> Corpus:
    """Read a batch output (SQLite, JSONL/JSON records, or CSV/Parquet table files) into schema rows."""
    p = Path(path)
    if p.is_file():
        with p.open("rb") as fh:
            head = fh.read(16)
        if head.startswith(b"SQLite format 3\x00"):
            return _load_sqlite(p)
        suffix = p.suffix.lower()
        if suffix in {".jsonl", ".ndjson", ".json"}:
            return _load_json_records(p)
        if suffix == ".parquet":
            return _load_table_files(p, "parquet")
        if suffix == ".csv":
            return _load_table_files(p, "csv")
        raise ReportError(f"{p}: not a SQLite file, and not .jsonl, .json, .csv or .parquet")
    if p.suffix.lower() in {".csv", ".parquet"}:
        return _load_table_files(p, p.suffix.lower()[1:])
    if p.is_dir():
        for ext in ("parquet", "csv"):
            if (p / f"responses.{ext}").is_file():
                return _load_table_files(p, ext)
    raise ReportError(f"{p}: no such batch output (a .sqlite, .jsonl, .csv or .parquet output)")


def _load_sqlite(path: Path) -> Corpus:
    tables: dict[str, list[Row]] = {}
    notes: list[str] = []
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ReportError(f"{path}: {exc}") from exc
    try:
        conn.row_factory = sqlite3.Row
        present = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
        if "responses" not in present:
            raise ReportError(f"{path}: a SQLite file without a responses table is not a foiparse batch output")
        for table in TABLES:
            if table in present:
                tables[table] = [dict(r) for r in conn.execute(f'select * from "{table}"')]
            else:
                tables[table] = []
                notes.append(f"the output has no {table} table")
    except sqlite3.Error as exc:
        raise ReportError(f"{path}: {exc}") from exc
    finally:
        conn.close()
    return Corpus("sqlite", str(path), tables, notes)


def _iter_json_records(path: Path) -> Iterator[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" and stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = None
        if data is not None:
            yield from (data if isinstance(data, list) else [data])
            return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ReportError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        yield item


def _load_json_records(path: Path) -> Corpus:
    from .keys import doc_id
    from .models import FOIResponse
    from .sql_schema import record_rows

    tables: dict[str, list[Row]] = {t: [] for t in TABLES}
    notes: list[str] = []
    when = dt.datetime.now(dt.timezone.utc)
    records: list[tuple[str, FOIResponse]] = []
    seen: dict[str, int] = {}
    for item in _iter_json_records(path):
        if not isinstance(item, dict):
            raise ReportError(f"{path}: each line must be a JSON object")
        source = item.get("source") or {}
        src_path = str(source.get("path") or "")
        sha = str(source.get("sha256") or "")
        key = doc_id(sha, src_path)
        if key in seen:  # the last line of an input wins, as in the JSONL sink
            _drop_doc(tables, key)
            records = [(k, r) for k, r in records if k != key]
        seen[key] = 1
        if "error" in item and "parser_version" not in item:
            error = item.get("error") or {}
            tables["errors"].append(
                {
                    "doc_id": key,
                    "sha256": sha,
                    "path": src_path,
                    "error_type": error.get("type") or error.get("error_type") or "Error",
                    "error_code": error.get("code"),
                    "message": error.get("message"),
                    "hint": error.get("hint"),
                }
            )
            continue
        data = dict(item)
        data.setdefault("text", "")
        try:
            record = FOIResponse.model_validate(data)
        except ValueError as exc:
            raise ReportError(f"{path}: a line is neither a record nor an error object: {exc}") from exc
        for table, rows in record_rows(record, path=src_path, sha256=sha, seconds=None, parsed_at=when).items():
            tables.setdefault(table, []).extend(rows)
        records.append((key, record))
    if not tables["survey_profiles"]:
        profiles, survey_notes = _profiles_from_records(records)
        tables["survey_profiles"] = profiles
        notes.extend(survey_notes)
    return Corpus("jsonl", str(path), tables, notes)


def _drop_doc(tables: dict[str, list[Row]], key: str) -> None:
    for table, rows in tables.items():
        tables[table] = [r for r in rows if r.get("doc_id") != key]


def _profiles_from_records(records: list[tuple[str, Any]]) -> tuple[list[Row], list[str]]:
    """Survey profile rows extracted from records by ``foiparse.surveys`` (an optional layer)."""
    if not records:
        return [], []
    try:
        from . import surveys
    except ImportError:
        return [], ["survey layer (foiparse.surveys) not installed: no survey profiles"]
    extract = getattr(surveys, "extract", None)
    available = getattr(surveys, "available", None)
    if extract is None or available is None:
        return [], ["survey layer (foiparse.surveys) has no extract(): no survey profiles"]
    rows: list[Row] = []
    notes: list[str] = []
    try:
        survey_ids = sorted(available())
    except Exception as exc:  # an optional layer: say what failed, keep the rest of the report
        return [], [f"surveys: {type(exc).__name__}: {exc}"]
    failures: Counter[str] = Counter()
    for key, record in records:
        index = 0
        for survey_id in survey_ids:
            try:
                profiles = extract(record, survey_id)
            except Exception as exc:  # as above: one bad record must not sink the report
                failures[f"{survey_id}: {type(exc).__name__}: {exc}"] += 1
                continue
            for profile in profiles:
                data = profile.model_dump(mode="json")
                system = data.get("system") or {}
                rows.append(
                    {
                        "doc_id": key,
                        "p_index": index,
                        "survey": survey_id,
                        "directorate": data.get("directorate"),
                        "system_id": system.get("id"),
                        "system_name": system.get("name"),
                        "supplier": system.get("supplier"),
                        "profile": json.dumps(data, ensure_ascii=False),
                    }
                )
                index += 1
    notes.append(f"survey profiles extracted from the records by foiparse.surveys ({', '.join(survey_ids)})")
    notes.extend(f"{n} record(s): {msg}" for msg, n in failures.items())
    return rows, notes


def _table_file(base: Path, table: str, ext: str) -> Path:
    if base.is_dir():
        return base / f"{table}.{ext}"
    return base.parent / f"{base.stem}.{table}.{ext}"


def _load_table_files(base: Path, ext: str) -> Corpus:
    from .sql_schema import metadata

    if not _table_file(base, "responses", ext).is_file():
        raise ReportError(f"{base}: no {_table_file(base, 'responses', ext).name} beside it (a {ext} batch output)")
    tables: dict[str, list[Row]] = {}
    notes: list[str] = []
    for table in TABLES:
        file = _table_file(base, table, ext)
        if not file.is_file():
            tables[table] = []
            notes.append(f"the output has no {file.name}")
            continue
        if ext == "parquet":
            try:
                import pyarrow.parquet as pq
            except ImportError as exc:
                raise ReportError("reading Parquet needs pyarrow (pip install pyarrow)") from exc
            tables[table] = list(pq.read_table(file).to_pylist())
        else:
            columns = metadata.tables[table].columns if table in metadata.tables else None
            kinds = {c.name: c.type.python_type for c in columns} if columns is not None else {}
            with file.open(encoding="utf-8", newline="") as fh:
                csv.field_size_limit(2**31 - 1)
                tables[table] = [_typed(row, kinds) for row in csv.DictReader(fh)]
    return Corpus(ext, str(base), tables, notes)


def _typed(row: dict[str, str], kinds: dict[str, type]) -> Row:
    """A CSV row with its empty cells as None and numbers and booleans as such (types from the schema)."""
    out: Row = {}
    for key, value in row.items():
        if value == "" or value is None:
            out[key] = None
            continue
        kind = kinds.get(key)
        try:
            if kind is bool:
                out[key] = value.lower() in {"true", "1", "t", "yes"}
            elif kind is int:
                out[key] = int(value)
            elif kind is float:
                out[key] = float(value)
            else:
                out[key] = value
        except ValueError:
            out[key] = value
    return out


# --- the figures ------------------------------------------------------------------------------------------


def _authority_key(response: Row) -> str:
    return str(response.get("authority_id") or response.get("authority_name") or f"doc:{response['doc_id']}")


def _count_rows(counter: Counter[Any], key_name: str, value_name: str = "documents") -> list[Row]:
    return [{key_name: k, value_name: n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def _profile(row: Row) -> dict[str, Any]:
    raw = row.get("profile")
    if isinstance(raw, dict):
        return raw
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (TypeError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _year(value: Any) -> int | None:
    """The year of a partial date as stored (``{"year": 2028, ...}``)."""
    if isinstance(value, dict) and isinstance(value.get("year"), int):
        return int(value["year"])
    return None


def _found(response: Row, column: str) -> bool:
    value = response.get(column)
    if column in {"question_count", "answer_count"}:
        return int(value or 0) > 0
    return value is not None and value != ""


def build_report(corpus: Corpus) -> Report:
    """Every figure of the report, computed from the corpus' rows."""
    responses = corpus.rows("responses")
    errors = corpus.rows("errors")
    systems = corpus.rows("systems")
    exemptions = corpus.rows("exemptions")
    profiles = corpus.rows("survey_profiles")
    by_doc = {r["doc_id"]: r for r in responses}
    figures: list[Figure] = []

    authorities = {r.get("authority_id") or r.get("authority_name") for r in responses} - {None, ""}
    figures.append(
        Figure(
            "overview",
            "Overview",
            "What the output holds.",
            ["measure", "count"],
            [
                {"measure": "documents parsed", "count": len(responses)},
                {"measure": "documents that failed", "count": len(errors)},
                {"measure": "authorities named", "count": len(authorities)},
                {"measure": "questions", "count": len(corpus.rows("questions"))},
                {"measure": "answers", "count": len(corpus.rows("answers"))},
                {"measure": "exemptions cited", "count": len(exemptions)},
                {"measure": "system mentions", "count": len(systems)},
                {"measure": "survey profiles", "count": len(profiles)},
            ],
            sql="select count(*) from responses; select count(*) from errors; "
            "select count(distinct coalesce(authority_id, authority_name)) from responses; ...",
        )
    )

    # Systems and suppliers.
    mentions: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    auths: dict[str, set[str]] = defaultdict(set)
    by_system: Counter[tuple[str, str]] = Counter()
    system_docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_directorate: Counter[tuple[str, str]] = Counter()
    for row in systems:
        supplier = row.get("supplier") or UNKNOWN_SUPPLIER
        mentions[supplier] += 1
        docs[supplier].add(row["doc_id"])
        response = by_doc.get(row["doc_id"])
        auths[supplier].add(_authority_key(response) if response else f"doc:{row['doc_id']}")
        name = str(row.get("name") or "")
        by_system[(name, supplier)] += 1
        system_docs[(name, supplier)].add(row["doc_id"])
        directorates = [d for d in str(row.get("directorates") or "").split(",") if d] or ["unspecified"]
        for directorate in directorates:
            by_directorate[(supplier, directorate)] += 1
    total_mentions = sum(mentions.values())
    total_auths = len(set().union(*auths.values())) if auths else 0
    supplier_rows = [
        {
            "supplier": s,
            "mentions": n,
            "documents": len(docs[s]),
            "authorities": len(auths[s]),
            "share_of_mentions_pct": round(100 * n / total_mentions, 1) if total_mentions else 0.0,
            "share_of_authorities_pct": round(100 * len(auths[s]) / total_auths, 1) if total_auths else 0.0,
        }
        for s, n in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    figures.append(
        Figure(
            "systems_by_supplier",
            "Systems by supplier (market share)",
            "System mentions per supplier; authorities = distinct authorities naming one of the supplier's "
            "systems, as a share of all authorities naming any system.",
            [
                "supplier",
                "mentions",
                "documents",
                "authorities",
                "share_of_mentions_pct",
                "share_of_authorities_pct",
            ],
            supplier_rows,
            chart=_bar_chart(
                supplier_rows,
                "supplier",
                "mentions",
                "Supplier",
                "System mentions",
                tooltip_extra=["authorities:Q", "share_of_mentions_pct:Q"],
            )
            if supplier_rows
            else None,
            note=None if supplier_rows else "No systems were found in this output.",
            sql=f"select coalesce(supplier, '{UNKNOWN_SUPPLIER}') as supplier, count(*) as mentions, "
            "count(distinct doc_id) as documents from systems group by 1",
        )
    )
    directorate_rows = [
        {"supplier": s, "directorate": d, "mentions": n}
        for (s, d), n in sorted(by_directorate.items(), key=lambda kv: (-mentions[kv[0][0]], kv[0][0], kv[0][1]))
    ]
    figures.append(
        Figure(
            "systems_by_supplier_directorate",
            "Systems by supplier and directorate",
            "System mentions per supplier, split by the directorates the mention is tied to "
            "(a mention tied to two directorates counts in each; 'unspecified' where none is stated).",
            ["supplier", "directorate", "mentions"],
            directorate_rows,
            chart=_stacked_chart(directorate_rows, "supplier", "mentions", "directorate", "Supplier", "Mentions")
            if directorate_rows
            else None,
            note=None if directorate_rows else "No systems were found in this output.",
            sql="select supplier, directorates, count(*) from systems group by 1, 2  -- directorates split on ','",
        )
    )
    system_rows = [
        {"system": name, "supplier": supplier, "mentions": n, "documents": len(system_docs[(name, supplier)])}
        for (name, supplier), n in sorted(by_system.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    figures.append(
        Figure(
            "systems_by_name",
            "Systems named",
            "Each system (or supplier-only mention) and how often it is named.",
            ["system", "supplier", "mentions", "documents"],
            system_rows,
            note=None if system_rows else "No systems were found in this output.",
            sql="select name, supplier, count(*), count(distinct doc_id) from systems group by 1, 2",
        )
    )

    # Survey figures.
    figures.extend(_survey_figures(profiles, corpus))

    # Exemptions.
    uses: Counter[str] = Counter()
    ex_docs: dict[str, set[str]] = defaultdict(set)
    ex_kind: dict[str, str] = {}
    for row in exemptions:
        key = f"{row.get('act')} s{row.get('section')}"
        uses[key] += 1
        ex_docs[key].add(row["doc_id"])
        ex_kind.setdefault(key, str(row.get("kind") or ""))
    ex_rows = [
        {"exemption": k, "kind": ex_kind[k], "citations": n, "documents": len(ex_docs[k])}
        for k, n in sorted(uses.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    figures.append(
        Figure(
            "exemptions_by_section",
            "Exemptions used, by section",
            "Each exemption (act and section) with the number of times it is cited and the documents citing it.",
            ["exemption", "kind", "citations", "documents"],
            ex_rows,
            chart=_bar_chart(
                ex_rows, "exemption", "documents", "Exemption", "Documents", tooltip_extra=["citations:Q", "kind:N"]
            )
            if ex_rows
            else None,
            note=None if ex_rows else "No exemptions were cited in this output.",
            sql="select act || ' s' || section, count(*) as citations, count(distinct doc_id) as documents "
            "from exemptions group by 1",
        )
    )

    # Outcomes and document types.
    for column, fig_id, title in (
        ("outcome", "outcomes", "Outcomes"),
        ("doc_type", "doc_types", "Document types"),
    ):
        counts: Counter[str] = Counter(str(r.get(column) or NONE_LABEL) for r in responses)
        rows = _count_rows(counts, column)
        figures.append(
            Figure(
                fig_id,
                title,
                f"Documents by {column.replace('_', ' ')}.",
                [column, "documents"],
                rows,
                chart=_bar_chart(rows, column, "documents", title[:-1], "Documents") if rows else None,
                note=None if rows else "No documents were parsed.",
                sql=f"select coalesce({column}, '{NONE_LABEL}'), count(*) from responses group by 1",
            )
        )

    # Completeness.
    field_rows = []
    for name, column in COMPLETENESS_FIELDS.items():
        found = sum(1 for r in responses if _found(r, column))
        field_rows.append(
            {
                "field": name,
                "documents_with_it": found,
                "pct": round(100 * found / len(responses), 1) if responses else 0.0,
            }
        )
    figures.append(
        Figure(
            "completeness_by_field",
            "Response completeness: how often each field is found",
            "Documents in which each field was found (questions and answers: at least one).",
            ["field", "documents_with_it", "pct"],
            field_rows,
            chart=_bar_chart(
                field_rows, "field", "pct", "Field", "% of documents", sort=False, x_max=100, integer=False
            )
            if responses
            else None,
            sql="select sum(reference is not null), sum(response_date is not null), ..., "
            "sum(question_count > 0), sum(answer_count > 0) from responses",
        )
    )
    per_doc: list[Row] = []
    for r in responses:
        found_fields = [n for n, c in COMPLETENESS_FIELDS.items() if _found(r, c)]
        per_doc.append(
            {
                "path": r.get("path") or "",
                "authority": r.get("authority_name") or "",
                "fields_found": len(found_fields),
                "missing": ", ".join(n for n in COMPLETENESS_FIELDS if n not in found_fields),
            }
        )
    per_doc.sort(key=lambda row: (row["fields_found"], row["path"]))
    distribution: Counter[int] = Counter(int(row["fields_found"]) for row in per_doc)
    dist_rows = [{"fields_found": k, "documents": distribution.get(k, 0)} for k in range(len(COMPLETENESS_FIELDS) + 1)]
    figures.append(
        Figure(
            "fields_found_per_document",
            f"Response completeness: fields found per document (of {len(COMPLETENESS_FIELDS)})",
            "How many documents have each number of fields found; the table lists every document with what it lacks.",
            ["path", "authority", "fields_found", "missing"],
            per_doc,
            chart=_histogram_chart(dist_rows) if per_doc else None,
            sql="select (reference is not null) + (response_date is not null) + ... + (answer_count > 0) as k, "
            "count(*) from responses group by k",
        )
    )

    if errors:
        err_rows = _count_rows(Counter(str(r.get("error_type") or "Error") for r in errors), "error_type")
        figures.append(
            Figure(
                "errors_by_type",
                "Documents that failed, by error",
                "Inputs recorded as errors instead of records.",
                ["error_type", "documents"],
                err_rows,
                chart=_bar_chart(err_rows, "error_type", "documents", "Error", "Documents"),
                sql="select error_type, count(*) from errors group by 1",
            )
        )
    return Report(
        source=corpus.source,
        kind=corpus.kind,
        documents=len(responses),
        errors=len(errors),
        figures=figures,
        notes=list(corpus.notes),
    )


def _survey_figures(profiles: list[Row], corpus: Corpus) -> list[Figure]:
    figures: list[Figure] = []
    parsed = [(row, _profile(row)) for row in profiles]
    no_profiles = "No survey profiles in this output" + (
        " (the survey layer is not installed, or no response matched a survey)."
        if corpus.kind != "sqlite"
        else " (its survey_profiles table is empty)."
    )
    for key, fig_id, title, what in (
        ("contract_expiry", "contract_expiry_by_year", "Contract expiries by year", "contract expires"),
        ("in_use_since", "in_use_since_by_year", "Systems in use since, by year", "system has been in use since"),
    ):
        counter: Counter[tuple[int, str]] = Counter()
        for row, data in parsed:
            year = _year((data.get(key) or {}).get("value"))
            if year is not None:
                counter[(year, str(row.get("supplier") or UNKNOWN_SUPPLIER))] += 1
        rows = [{"year": y, "supplier": s, "profiles": n} for (y, s), n in sorted(counter.items())]
        note = None
        if not profiles:
            note = no_profiles
        elif not rows:
            note = f"No survey profile states when the {what}."
        figures.append(
            Figure(
                fig_id,
                title,
                f"Survey profiles (authority x directorate x system) by the year the {what}, by supplier.",
                ["year", "supplier", "profiles"],
                rows,
                chart=_year_chart(rows) if rows else None,
                note=note,
                sql=f"select json_extract(profile, '$.{key}.value.year') as year, supplier, count(*) "
                f"from survey_profiles where year is not null group by 1, 2",
            )
        )
    hosting: Counter[str] = Counter()
    for _row, data in parsed:
        value = (data.get("hosting") or {}).get("value")
        if value:
            hosting[str(value)] += 1
    rows = _count_rows(hosting, "hosting", "profiles")
    figures.append(
        Figure(
            "hosting_models",
            "Hosting models",
            "Survey profiles by who hosts the system.",
            ["hosting", "profiles"],
            rows,
            chart=_bar_chart(rows, "hosting", "profiles", "Hosting", "Profiles") if rows else None,
            note=(no_profiles if not profiles else None if rows else "No survey profile states the hosting."),
            sql="select json_extract(profile, '$.hosting.value'), count(*) from survey_profiles "
            "where json_extract(profile, '$.hosting.value') is not null group by 1",
        )
    )
    return figures


# --- charts (Vega-Lite through altair) --------------------------------------------------------------------

_PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#9d755d", "#bab0ac"]


def _alt() -> Any:
    try:
        import altair as alt
    except ImportError as exc:
        raise ReportError("charts need the report extra: pip install 'foiparse[report]'") from exc
    return alt


def _count_axis(alt: Any, maximum: float) -> Any:
    """An axis of whole counts up to ``maximum``: integer ticks only, at most about ten of them."""
    top = max(1, int(-(-maximum // 1)))
    step = max(1, -(-top // 8))
    return alt.Axis(values=list(range(0, top + step, step)), format="d")


def _sums(rows: list[Row], key: str, value: str) -> float:
    totals: dict[Any, float] = defaultdict(float)
    for row in rows:
        totals[row[key]] += float(row[value])
    return max(totals.values(), default=0.0)


def _bar_chart(
    rows: list[Row],
    category: str,
    value: str,
    category_title: str,
    value_title: str,
    *,
    sort: bool = True,
    x_max: float | None = None,
    integer: bool = True,
    tooltip_extra: Iterable[str] = (),
) -> dict[str, Any]:
    alt = _alt()
    scale = alt.Scale(domain=[0, x_max]) if x_max is not None else alt.Undefined
    # An explicit order (the rows' own, or by value) keeps the bar and label layers' sorts identical.
    ordered = sorted(rows, key=lambda r: -float(r[value])) if sort else rows
    order = list(dict.fromkeys(str(r[category]) for r in ordered))
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar(color=_PALETTE[0])
        .encode(
            y=alt.Y(f"{category}:N", title=category_title, sort=order),
            x=alt.X(
                f"{value}:Q",
                title=value_title,
                scale=scale,
                axis=_count_axis(alt, _sums(rows, category, value)) if integer else alt.Undefined,
            ),
            tooltip=[f"{category}:N", f"{value}:Q", *(f"{t}" for t in tooltip_extra)],
        )
        .properties(width=560)
    )
    text = chart.mark_text(align="left", dx=3, color="#333").encode(text=f"{value}:Q")
    return dict((chart + text).to_dict())


def _stacked_chart(
    rows: list[Row], category: str, value: str, color: str, category_title: str, value_title: str
) -> dict[str, Any]:
    alt = _alt()
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            y=alt.Y(f"{category}:N", title=category_title, sort="-x"),
            x=alt.X(f"sum({value}):Q", title=value_title, axis=_count_axis(alt, _sums(rows, category, value))),
            color=alt.Color(f"{color}:N", title=color.capitalize(), scale=alt.Scale(range=_PALETTE)),
            tooltip=[f"{category}:N", f"{color}:N", f"{value}:Q"],
        )
        .properties(width=560)
    )
    return dict(chart.to_dict())


def _year_chart(rows: list[Row]) -> dict[str, Any]:
    alt = _alt()
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="Year", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("sum(profiles):Q", title="Profiles", axis=_count_axis(alt, _sums(rows, "year", "profiles"))),
            color=alt.Color("supplier:N", title="Supplier", scale=alt.Scale(range=_PALETTE)),
            tooltip=["year:O", "supplier:N", "profiles:Q"],
        )
        .properties(width=alt.Step(44), height=240)
    )
    return dict(chart.to_dict())


def _histogram_chart(rows: list[Row]) -> dict[str, Any]:
    alt = _alt()
    chart = (
        alt.Chart(alt.Data(values=rows))
        .mark_bar(color=_PALETTE[2])
        .encode(
            x=alt.X("fields_found:O", title="Fields found", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("documents:Q", title="Documents", axis=_count_axis(alt, _sums(rows, "fields_found", "documents"))),
            tooltip=["fields_found:O", "documents:Q"],
        )
        .properties(width=alt.Step(40), height=200)
    )
    return dict(chart.to_dict())


@lru_cache(maxsize=1)
def _vl_version() -> str | None:
    try:
        import altair as alt
        import vl_convert as vlc
    except ImportError:
        return None
    wanted = ".".join(str(alt.SCHEMA_VERSION).lstrip("v").split(".")[:2])
    return wanted if wanted in vlc.get_vegalite_versions() else None


_BUNDLE_SNIPPET = "window.vegaEmbed = vegaEmbed; window.vega = vega; window.vegaLite = vegaLite;"


@lru_cache(maxsize=1)
def javascript_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one classic script (sets ``window.vegaEmbed``), from vl-convert."""
    try:
        import vl_convert as vlc
    except ImportError as exc:
        raise ReportError("charts need the report extra: pip install 'foiparse[report]'") from exc
    version = _vl_version()
    bundle = vlc.javascript_bundle(_BUNDLE_SNIPPET, vl_version=version)
    # Never let the bundle close its own <script> element early.
    return str(bundle).replace("</script", "<\\/script").replace("<!--", "<\\!--")


def write_pngs(report: Report, folder: str | Path, *, scale: float = 2.0) -> list[Path]:
    """Each chart of ``report`` as ``FOLDER/<figure id>.png`` (rendered offline by vl-convert)."""
    try:
        import vl_convert as vlc
    except ImportError as exc:
        raise ReportError("PNG output needs the report extra: pip install 'foiparse[report]'") from exc
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    version = _vl_version()
    written: list[Path] = []
    for fig in report.figures:
        if fig.chart is None:
            continue
        spec = dict(fig.chart)
        spec.setdefault("title", fig.title)
        spec.setdefault("background", "white")
        png = (
            vlc.vegalite_to_png(spec, vl_version=version, scale=scale)
            if version
            else vlc.vegalite_to_png(spec, scale=scale)
        )
        path = out / f"{fig.id}.png"
        path.write_bytes(png)
        written.append(path)
    return written


# --- the page ---------------------------------------------------------------------------------------------

_CSS = """
* { box-sizing:border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif; color:#1d1d1f;
  background:#f7f7f5; }
header { background:#fff; border-bottom:1px solid #e2e2e6; padding:16px 28px 12px; }
header h1 { margin:0 0 4px; font-size:22px; }
header .meta { color:#6b6b70; font-size:13px; }
nav { margin-top:8px; font-size:13px; display:flex; flex-wrap:wrap; gap:4px 14px; }
nav a { color:#1a5fb4; text-decoration:none; } nav a:hover { text-decoration:underline; }
main { padding:8px 28px 60px; max-width:1200px; }
.tiles { display:flex; flex-wrap:wrap; gap:10px; margin:16px 0; }
.tile { background:#fff; border:1px solid #e2e2e6; border-radius:6px; padding:8px 14px; min-width:130px; }
.tile .n { font-size:24px; font-weight:600; } .tile .l { color:#6b6b70; font-size:12.5px; }
section.fig { background:#fff; border:1px solid #e2e2e6; border-radius:6px; padding:12px 18px 16px; margin:16px 0; }
section.fig h2 { font-size:17px; margin:2px 0 4px; }
section.fig p.desc { margin:0 0 8px; color:#444; font-size:13.5px; }
.note { background:#fff4e5; border:1px solid #f0c36d; border-radius:4px; padding:6px 10px; margin:6px 0;
  font-size:13.5px; }
.chart { margin:6px 0 10px; min-height:40px; }
details.table > summary { cursor:pointer; color:#1a5fb4; font-size:13.5px; margin:4px 0; }
table.sortable { border-collapse:collapse; font-size:13px; margin-top:6px; }
table.sortable th, table.sortable td { border:1px solid #e2e2e6; padding:3px 8px; text-align:left; vertical-align:top; }
table.sortable th { background:#f2f2f5; cursor:pointer; user-select:none; white-space:nowrap; }
table.sortable th[aria-sort="ascending"]::after { content:" \\25B2"; font-size:10px; }
table.sortable th[aria-sort="descending"]::after { content:" \\25BC"; font-size:10px; }
table.sortable td.num { text-align:right; font-variant-numeric:tabular-nums; }
code.sql { display:block; font-size:11.5px; color:#555; margin-top:6px; white-space:pre-wrap; }
"""

_SORT_JS = """
(function () {
  "use strict";
  function key(cell, numeric) {
    var t = cell.getAttribute("data-v"); if (t === null) { t = cell.textContent; }
    if (numeric) { var n = parseFloat(t); return isNaN(n) ? -Infinity : n; }
    return t.toLowerCase();
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th").forEach(function (th, col) {
      th.addEventListener("click", function () {
        var numeric = th.getAttribute("data-type") === "num";
        var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        table.querySelectorAll("th").forEach(function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir);
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return dir === "ascending" ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _table_html(fig: Figure) -> str:
    numeric = [bool(fig.rows) and all(_is_number(r.get(c)) for r in fig.rows) for c in fig.columns]
    num_attr = ' data-type="num"'
    head = "".join(
        f'<th scope="col"{num_attr if num else ""}>{_e(c)}</th>' for c, num in zip(fig.columns, numeric, strict=True)
    )
    body = []
    for row in fig.rows:
        cells = []
        for column, num in zip(fig.columns, numeric, strict=True):
            value = row.get(column)
            cells.append(f'<td class="num">{_e(value)}</td>' if num else f"<td>{_e(value)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table class="sortable" id="table-{_e(fig.id)}" data-figure="{_e(fig.id)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def render_report_html(report: Report, *, charts: bool = True) -> str:
    """The report as one self-contained HTML page (inline CSS, inline Vega JavaScript; no network)."""
    specs: dict[str, dict[str, Any]] = {}
    sections: list[str] = []
    for fig in report.figures:
        if fig.id == "overview":
            continue
        parts = [f'<section class="fig" id="fig-{_e(fig.id)}"><h2>{_e(fig.title)}</h2>']
        parts.append(f'<p class="desc">{_e(fig.description)}</p>')
        if fig.note:
            parts.append(f'<div class="note">{_e(fig.note)}</div>')
        if fig.chart is not None and charts:
            specs[fig.id] = fig.chart
            parts.append(f'<div class="chart" id="chart-{_e(fig.id)}" role="img" aria-label="{_e(fig.title)}"></div>')
        if fig.rows:
            open_attr = " open" if fig.chart is None or len(fig.rows) <= 12 else ""
            parts.append(
                f'<details class="table"{open_attr}><summary>Table ({len(fig.rows)} rows; click a heading to sort)'
                f"</summary>{_table_html(fig)}"
            )
            if fig.sql:
                parts.append(f'<code class="sql">SQL: {_e(fig.sql)}</code>')
            parts.append("</details>")
        parts.append("</section>")
        sections.append("".join(parts))
    overview = report.figure("overview")
    tiles = "".join(
        f'<div class="tile" data-measure="{_e(r["measure"])}"><div class="n">{_e(r["count"])}</div>'
        f'<div class="l">{_e(r["measure"])}</div></div>'
        for r in overview.rows
    )
    nav = "".join(f'<a href="#fig-{_e(f.id)}">{_e(f.title)}</a>' for f in report.figures if f.id != "overview")
    notes = "".join(f'<div class="note">{_e(n)}</div>' for n in report.notes)
    scripts = ""
    if specs:
        scripts = (
            f"<script>{javascript_bundle()}</script>"
            f'<script type="application/json" id="specs">{_json_for_script(specs)}</script>'
            "<script>(function () { var specs = JSON.parse(document.getElementById('specs').textContent);"
            " var pending = Object.keys(specs).map(function (id) {"
            " return vegaEmbed('#chart-' + id, specs[id], {actions: false, renderer: 'svg'})"
            ".catch(function (err) { document.getElementById('chart-' + id).textContent = 'chart failed: ' + err;"
            " console.error(err); }); });"
            " Promise.all(pending).then(function () { document.body.setAttribute('data-charts', 'ready'); });"
            " })();</script>"
        )
    else:
        scripts = "<script>document.body.setAttribute('data-charts', 'ready');</script>"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline' 'unsafe-eval'; img-src data: blob:\">"
        f"<title>foiparse report — {_e(Path(report.source).name)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>foiparse report</h1>"
        f'<div class="meta">{_e(report.source)} ({_e(report.kind)}) · {report.documents} documents · '
        f"{report.errors} failed · generated {_e(report.generated)} by foiparse {_e(__version__)}</div>"
        f"<nav>{nav}</nav></header>"
        f'<main><div class="tiles" id="overview">{tiles}</div>{notes}{"".join(sections)}</main>'
        f"<script>{_SORT_JS}</script>{scripts}</body></html>\n"
    )


def figure_numbers(report: Report) -> dict[str, list[Row]]:
    """Every figure's rows by id (what the tests compare with SQL counts)."""
    return {fig.id: fig.rows for fig in report.figures}
