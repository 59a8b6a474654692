"""Survey rows as one table: flat columns per profile, written as CSV, Parquet, SQLite or JSON Lines.

CSV, Parquet and SQLite get the flat row of :func:`profile_row` (one column per value, lists joined with
"; "); JSON Lines gets each profile whole, with every span. :func:`summary` says what the table covers.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from ..errors import FoiParseError
from .models import Amount, GenericProfile, SurveyProfile, SystemProfile, TrainingItem

ColumnType = Literal["text", "real", "integer", "boolean"]
Scalar = str | float | int | bool | None

# (name, type) of each column of a system-profile row, in order.
SYSTEM_COLUMNS: list[tuple[str, ColumnType]] = [
    ("survey", "text"),
    ("authority", "text"),
    ("authority_id", "text"),
    ("reference", "text"),
    ("response_date", "text"),
    ("source", "text"),
    ("directorate", "text"),
    ("directorate_label", "text"),
    ("status", "text"),
    ("system", "text"),
    ("system_id", "text"),
    ("supplier", "text"),
    ("supplier_stated", "boolean"),
    ("in_house", "boolean"),
    ("system_text", "text"),
    ("related_systems", "text"),
    ("uses", "text"),
    ("uses_text", "text"),
    ("in_use_since", "text"),
    ("in_use_since_relation", "text"),
    ("in_use_years", "real"),
    ("in_use_text", "text"),
    ("contract_expiry", "text"),
    ("contract_expiry_year", "integer"),
    ("contract_expiry_relation", "text"),
    ("contract_extension_option", "text"),
    ("contract_terms", "text"),
    ("contract_text", "text"),
    ("hosting", "text"),
    ("hosting_organisations", "text"),
    ("hosting_text", "text"),
    ("support_model", "text"),
    ("support_organisations", "text"),
    ("support_parts", "text"),
    ("support_text", "text"),
    ("annual_cost", "real"),
    ("annual_cost_currency", "text"),
    ("annual_cost_period", "text"),
    ("annual_cost_vat", "text"),
    ("annual_cost_amounts", "text"),
    ("annual_cost_shared", "boolean"),
    ("annual_cost_financial_year", "text"),
    ("annual_cost_withheld", "boolean"),
    ("annual_cost_exemptions", "text"),
    ("annual_cost_not_held", "boolean"),
    ("annual_cost_text", "text"),
    ("training_total_hours", "real"),
    ("training_per_role", "text"),
    ("training_items", "text"),
    ("training_delivery", "text"),
    ("training_platforms", "text"),
    ("training_text", "text"),
    ("referrals", "text"),
    ("refusal_exemptions", "text"),
    ("inconsistencies", "text"),
    ("questions", "text"),
]
BASE_COLUMNS: list[tuple[str, ColumnType]] = SYSTEM_COLUMNS[:8]


def _join(values: Iterable[object]) -> str | None:
    joined = "; ".join(str(v) for v in values if v not in (None, ""))
    return joined or None


def _hours(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


def _amount(amount: Amount) -> str:
    symbol = {"GBP": "£", "EUR": "€", "USD": "$"}[amount.currency]
    text = f"{symbol}{amount.amount:,.2f}".replace(".00", "")
    if amount.label:
        text = f"{amount.label}: {text}"
    if amount.period:
        text += f" per {amount.period}" if amount.period in {"year", "month", "quarter"} else f" ({amount.period})"
    if amount.vat:
        text += f" ({amount.vat} VAT)"
    return text


def _item(item: TrainingItem) -> str:
    size = f"{_hours(item.hours)}h" if item.hours is not None else f"{item.amount:g} {item.unit}(s)"
    if item.hours_max is not None:
        size = f"{_hours(item.hours)}-{_hours(item.hours_max)}h"
    if item.approximate:
        size = "~" + size
    label = item.role or item.kind
    delivery = f" {'+'.join(item.delivery)}" if item.delivery else ""
    return f"{label} {size}{delivery}"


def _base_row(profile: SurveyProfile) -> dict[str, Scalar]:
    return {
        "survey": profile.survey,
        "authority": profile.authority,
        "authority_id": profile.authority_id,
        "reference": profile.reference,
        "response_date": profile.response_date.isoformat() if profile.response_date else None,
        "source": profile.source,
        "directorate": profile.directorate,
        "directorate_label": profile.directorate_label,
    }


def profile_row(profile: SurveyProfile) -> dict[str, Scalar]:
    """The flat row of one profile (keys in column order)."""
    if isinstance(profile, SystemProfile):
        return _system_row(profile)
    row = _base_row(profile)
    if isinstance(profile, GenericProfile):
        for name, value in profile.values.items():
            found: list[object] = [t.value for t in value.tags] or [a.amount for a in value.amounts]
            found = found or list(value.systems)
            row[name] = _join(found) if found else (value.date.iso if value.date else value.text)
    return row


def _system_row(p: SystemProfile) -> dict[str, Scalar]:
    row = _base_row(p)
    since, expiry, hosting, support = p.in_use_since, p.contract_expiry, p.hosting, p.support
    cost, training = p.annual_cost, p.training
    single = cost.amounts[0] if cost and len(cost.amounts) == 1 else None
    row.update(
        {
            "status": p.status,
            "system": p.system.name if p.system else None,
            "system_id": p.system.id if p.system else None,
            "supplier": p.supplier,
            "supplier_stated": p.system.supplier_stated if p.system else None,
            "in_house": p.in_house,
            "system_text": p.system_text,
            "related_systems": _join(f"{r.name} ({r.relation})" for r in p.related_systems),
            "uses": _join(p.uses.values) if p.uses else None,
            "uses_text": p.uses.text if p.uses else None,
            "in_use_since": since.value.iso if since and since.value else None,
            "in_use_since_relation": since.relation if since else None,
            "in_use_years": since.years if since else None,
            "in_use_text": since.text if since else None,
            "contract_expiry": expiry.value.iso if expiry and expiry.value else None,
            "contract_expiry_year": expiry.value.year if expiry and expiry.value else None,
            "contract_expiry_relation": expiry.relation if expiry else None,
            "contract_extension_option": (expiry.extension_option.iso if expiry and expiry.extension_option else None),
            "contract_terms": _join(t.value for t in expiry.terms) if expiry else None,
            "contract_text": expiry.text if expiry else None,
            "hosting": hosting.value if hosting else None,
            "hosting_organisations": _join(o.name for o in hosting.organisations) if hosting else None,
            "hosting_text": hosting.text if hosting else None,
            "support_model": support.model if support else None,
            "support_organisations": _join(support.organisations) if support else None,
            "support_parts": _join(f"{x.model}/{x.role or '-'}" for x in support.parts) if support else None,
            "support_text": support.text if support else None,
            "annual_cost": single.amount if single else None,
            "annual_cost_currency": single.currency if single else None,
            "annual_cost_period": single.period if single else None,
            "annual_cost_vat": single.vat if single else None,
            "annual_cost_amounts": _join(_amount(a) for a in cost.amounts) if cost else None,
            "annual_cost_shared": cost.shared if cost else None,
            "annual_cost_financial_year": cost.financial_year if cost else None,
            "annual_cost_withheld": cost.withheld if cost else None,
            "annual_cost_exemptions": _join(cost.exemptions) if cost else None,
            "annual_cost_not_held": cost.not_held if cost else None,
            "annual_cost_text": cost.text if cost else None,
            "training_total_hours": training.total_hours if training else None,
            "training_per_role": (
                _join(f"{i.role} {_hours(i.hours)}h" for i in training.items if i.kind == "per_role")
                if training
                else None
            ),
            "training_items": _join(_item(i) for i in training.items) if training else None,
            "training_delivery": _join(training.delivery) if training else None,
            "training_platforms": _join(t.value for t in training.platforms) if training else None,
            "training_text": training.text if training else None,
            "referrals": _join(f"{r.target} <{r.link}>" if r.link else r.target for r in p.referrals),
            "refusal_exemptions": _join(p.refusal.exemptions) if p.refusal else None,
            "inconsistencies": " | ".join(f"{i.field}: {i.message}" for i in p.inconsistencies) or None,
            "questions": _join(f"{k}={','.join(v)}" for k, v in p.intents.items()),
        }
    )
    return row


def columns_for(rows: Sequence[dict[str, Scalar]]) -> list[tuple[str, ColumnType]]:
    """The table's columns: the system-profile columns, or the base ones plus any a generic survey adds."""
    if rows and "status" in rows[0]:
        return SYSTEM_COLUMNS
    extra: list[str] = []
    for row in rows:
        extra += [k for k in row if k not in extra and all(k != name for name, _ in BASE_COLUMNS)]
    return BASE_COLUMNS + [(name, "text") for name in extra]


def write_table(profiles: Sequence[SurveyProfile], path: Path, *, table: str = "profiles") -> None:
    """Write the profiles to ``path``; the format follows the suffix (.csv, .parquet, .sqlite/.db, .jsonl)."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for profile in profiles:
                fh.write(json.dumps(profile.model_dump(mode="json"), ensure_ascii=False) + "\n")
        return
    rows = [profile_row(p) for p in profiles]
    columns = columns_for(rows)
    if suffix == ".csv":
        path.write_text(to_csv(rows, columns), encoding="utf-8", newline="")
    elif suffix in {".sqlite", ".sqlite3", ".db"}:
        _write_sqlite(rows, columns, path, table)
    elif suffix == ".parquet":
        _write_parquet(rows, columns, path)
    else:
        raise FoiParseError(
            f"cannot write a {suffix or 'suffix-less'} file", hint="use .csv, .parquet, .sqlite or .jsonl"
        )


def to_csv(rows: Sequence[dict[str, Scalar]], columns: Sequence[tuple[str, ColumnType]] | None = None) -> str:
    columns = columns or columns_for(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[name for name, _ in columns], extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue()


_SQLITE_TYPES = {"text": "TEXT", "real": "REAL", "integer": "INTEGER", "boolean": "INTEGER"}


def _write_sqlite(
    rows: Sequence[dict[str, Scalar]], columns: Sequence[tuple[str, ColumnType]], path: Path, table: str
) -> None:
    if not table.replace("_", "").isalnum():
        raise FoiParseError(f"bad table name {table!r}", hint="use letters, digits and underscores")
    names = [name for name, _ in columns]
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(f'DROP TABLE IF EXISTS "{table}"')
            definition = ", ".join(f'"{name}" {_SQLITE_TYPES[kind]}' for name, kind in columns)
            connection.execute(f'CREATE TABLE "{table}" ({definition})')
            placeholders = ", ".join("?" for _ in names)
            connection.executemany(
                f'INSERT INTO "{table}" VALUES ({placeholders})', [[row.get(n) for n in names] for row in rows]
            )
    finally:
        connection.close()


def _write_parquet(rows: Sequence[dict[str, Scalar]], columns: Sequence[tuple[str, ColumnType]], path: Path) -> None:
    try:
        import pyarrow as pa  # type: ignore[import-not-found, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise FoiParseError("writing Parquet needs pyarrow", hint="pip install pyarrow, or write .csv/.sqlite") from exc
    types = {"text": pa.string(), "real": pa.float64(), "integer": pa.int64(), "boolean": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    data = {name: [row.get(name) for row in rows] for name, _ in columns}
    pq.write_table(pa.Table.from_pydict(data, schema=schema), path)


def summary(profiles: Sequence[SurveyProfile], *, responses: int, failures: int = 0) -> str:
    """Authorities covered, systems by supplier, contracts expiring by year, refusals and flags."""
    survey = profiles[0].survey if profiles else "survey"
    lines = [
        f"{survey}: {len(profiles)} profile(s) from {responses} response(s)"
        + (f", {failures} failed" if failures else "")
    ]
    authorities = sorted({p.authority or "(authority not identified)" for p in profiles})
    lines.append(f"Authorities covered ({len(authorities)}): {', '.join(authorities) if authorities else '-'}")
    systems = [p for p in profiles if isinstance(p, SystemProfile)]
    if systems:
        by_supplier: dict[str, Counter[str]] = defaultdict(Counter)
        unnamed = 0
        for p in systems:
            if p.system is None:
                unnamed += 1
                continue
            by_supplier[p.supplier or "(supplier unknown)"][p.system.name] += 1
        lines.append("Systems by supplier:")
        for supplier in sorted(by_supplier, key=lambda s: (-sum(by_supplier[s].values()), s)):
            listed = ", ".join(f"{name} ({count})" for name, count in sorted(by_supplier[supplier].items()))
            lines.append(f"  {supplier}: {listed}")
        if unnamed:
            lines.append(f"  (no catalogue system named): {unnamed}")
        expiring: Counter[str] = Counter()
        for p in systems:
            expiry = p.contract_expiry.value if p.contract_expiry and p.contract_expiry.value else None
            expiring[str(expiry.year) if expiry else "not stated"] += 1
        lines.append("Contracts expiring by year:")
        for year in sorted(expiring, key=lambda y: (not y.isdigit(), y)):
            lines.append(f"  {year}: {expiring[year]}")
        refused = sum(1 for p in systems if p.status == "refused")
        flagged = sum(len(p.inconsistencies) for p in systems)
        lines.append(f"Refused in full: {refused}; inconsistencies flagged: {flagged}")
    return "\n".join(lines)
