"""Accuracy against gold labels, measured the way GROBID reports it.

A folder holds ``raw/NAME.json`` (field ``text``) or ``raw/NAME.<ext>`` (any file foiparse reads), and
``gold/NAME.json`` in the format of the corpus LABELLING.md. For every field: precision, recall, F1 and
support, under strict matching (exact) and soft matching (case, spacing and punctuation folded); micro
and macro averages; doc_type and outcome accuracy; and the documents that crashed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import FoiParseError
from .models import FOIResponse
from .pipeline import parse, parse_text

SCALAR_FIELDS = ("reference", "response_date", "received_date", "authority", "requester", "officer")
LIST_FIELDS = ("legislation", "questions", "exemptions", "systems")
LABEL_FIELDS = ("doc_type", "outcome")


def soft(value: str) -> str:
    """Fold case, accents, spacing and punctuation: "Our Ref FOI/13-1981." ~ "foi 13 1981"."""
    # An apostrophe is dropped, not spaced: "children’s" and "children's" both fold to "childrens".
    value = re.sub(r"['\u2019\u2018`]", "", value)
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[\W_]+", " ", value.casefold()).strip()


def strict(value: str) -> str:
    return value.strip()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Miss:
    doc: str
    field: str
    gold: Any
    predicted: Any


@dataclass
class Report:
    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)  # mode -> field -> counts
    label_hits: dict[str, list[bool]] = field(default_factory=dict)
    crashes: list[tuple[str, str]] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    documents: int = 0

    def field_counts(self, mode: str, name: str) -> Counts:
        return self.counts.setdefault(mode, {}).setdefault(name, Counts())

    def micro(self, mode: str) -> Counts:
        total = Counts()
        for counts in self.counts.get(mode, {}).values():
            total.add(counts)
        return total

    def macro_f1(self, mode: str) -> float:
        fields = [c for c in self.counts.get(mode, {}).values() if c.support or c.fp]
        return sum(c.f1 for c in fields) / len(fields) if fields else 0.0

    def accuracy(self, name: str) -> float:
        hits = self.label_hits.get(name, [])
        return sum(hits) / len(hits) if hits else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "crashes": len(self.crashes),
            "fields": {
                mode: {
                    name: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "support": c.support}
                    for name, c in fields.items()
                }
                for mode, fields in self.counts.items()
            },
            "micro_f1": {mode: self.micro(mode).f1 for mode in self.counts},
            "macro_f1": {mode: self.macro_f1(mode) for mode in self.counts},
            "accuracy": {name: self.accuracy(name) for name in self.label_hits},
        }


# ------------------------------------------------------------------------------------- value projection
def _scalar(record: FOIResponse, name: str) -> str | None:
    value: Any = getattr(record, name)
    if value is None:
        return None
    if name in {"authority", "requester", "officer"}:
        return str(value.name)
    return str(value)


def _items(record: FOIResponse | None, gold: dict[str, Any] | None, name: str) -> list[tuple[str, ...]]:
    """A list field as comparable tuples, from a record or from a gold dict."""
    if gold is not None:
        raw = gold.get(name) or []
        if name == "legislation":
            return [(str(v),) for v in raw]
        if name == "questions":
            return [(str(q["number"]), str(q["text"])) for q in raw]
        if name == "exemptions":
            return [(str(e["act"]), str(e["section"])) for e in raw]
        return [(str(s["name"]),) for s in raw]
    assert record is not None
    if name == "legislation":
        return [(v,) for v in record.legislation]
    if name == "questions":
        return [(q.number, q.text) for q in record.questions]
    if name == "exemptions":
        return [(e.act, e.section) for e in record.exemptions]
    # Products and supplier-only mentions both count, by name: the gold lists a product named only by its maker
    # under the maker's name ({"name": "OLM", "supplier": "OLM"}) and foiparse reports it the same way (kind
    # "supplier", supplier = that company). Office and collaboration tools (Microsoft Teams, Excel) are reported
    # with their category but never count: the gold does not list them (LABELLING: generic tools are not systems).
    return [(s.name,) for s in record.systems if s.category not in {"collaboration_tool", "office_suite"}]


def _match_lists(gold: list[tuple[str, ...]], predicted: list[tuple[str, ...]], fold: Callable[[str], str]) -> Counts:
    remaining = [tuple(fold(part) for part in item) for item in predicted]
    tp = 0
    for item in gold:
        key = tuple(fold(part) for part in item)
        if key in remaining:
            remaining.remove(key)
            tp += 1
    return Counts(tp=tp, fp=len(remaining), fn=len(gold) - tp)


def score_document(report: Report, name: str, gold: dict[str, Any], record: FOIResponse) -> None:
    report.documents += 1
    for mode, fold in (("strict", strict), ("soft", soft)):
        for field_name in SCALAR_FIELDS:
            if field_name not in gold:
                continue
            expected, got = gold[field_name], _scalar(record, field_name)
            counts = report.field_counts(mode, field_name)
            if expected is not None and got is not None and fold(str(expected)) == fold(got):
                counts.tp += 1
                continue
            if got is not None:
                counts.fp += 1
            if expected is not None:
                counts.fn += 1
            if mode == "soft" and (expected is not None or got is not None):
                report.misses.append(Miss(name, field_name, expected, got))
        for field_name in LIST_FIELDS:
            if field_name not in gold:
                continue
            expected_items = _items(None, gold, field_name)
            got_items = _items(record, None, field_name)
            counts = _match_lists(expected_items, got_items, fold)
            report.field_counts(mode, field_name).add(counts)
            if mode == "soft" and (counts.fp or counts.fn):
                report.misses.append(Miss(name, field_name, expected_items, got_items))
    for label in LABEL_FIELDS:
        if label in gold:
            hit = gold[label] == getattr(record, label)
            report.label_hits.setdefault(label, []).append(hit)
            if not hit:
                report.misses.append(Miss(name, label, gold[label], getattr(record, label)))


def iter_examples(folder: Path) -> Iterable[tuple[str, Path, Path]]:
    """(name, raw path, gold path) for every gold file with a raw document beside it."""
    raw_dir, gold_dir = folder / "raw", folder / "gold"
    for gold_path in sorted(gold_dir.glob("*.json")):
        name = gold_path.stem
        candidates = sorted(raw_dir.glob(f"{name}.*"))
        if candidates:
            yield name, candidates[0], gold_path


def parse_example(raw_path: Path) -> FOIResponse:
    if raw_path.suffix == ".json":
        data = json.loads(raw_path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "text" in data:
            return parse_text(str(data["text"]))
    return parse(raw_path)


def evaluate(folder: str | Path) -> Report:
    folder = Path(folder)
    report = Report()
    for name, raw_path, gold_path in iter_examples(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            record = parse_example(raw_path)
        except FoiParseError as exc:
            report.crashes.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        except Exception as exc:  # an evaluation counts crashes rather than stopping at the first
            report.crashes.append((name, f"UNHANDLED {type(exc).__name__}: {exc}"))
            continue
        score_document(report, name, gold, record)
    return report


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines = [f"documents: {report.documents}   crashes: {len(report.crashes)}", ""]
    header = f"{'field':<15}" + "".join(f"{m + ' ' + k:>13}" for m in ("strict", "soft") for k in ("P", "R", "F1"))
    lines += [header + f"{'support':>9}", "-" * len(header + " " * 9)]
    names = list(report.counts.get("soft", {}))
    for name in names:
        row = f"{name:<15}"
        for mode in ("strict", "soft"):
            c = report.field_counts(mode, name)
            row += f"{c.precision:>13.3f}{c.recall:>13.3f}{c.f1:>13.3f}"
        lines.append(row + f"{report.field_counts('soft', name).support:>9}")
    for label, fn in (("micro avg", report.micro), ("macro avg", None)):
        row = f"{label:<15}"
        for mode in ("strict", "soft"):
            if fn is not None:
                c = fn(mode)
                row += f"{c.precision:>13.3f}{c.recall:>13.3f}{c.f1:>13.3f}"
            else:
                row += f"{'':>13}{'':>13}{report.macro_f1(mode):>13.3f}"
        lines.append(row)
    lines.append("")
    for label in report.label_hits:
        lines.append(f"{label} accuracy: {report.accuracy(label):.3f} ({len(report.label_hits[label])} documents)")
    for name, error in report.crashes:
        lines.append(f"CRASH {name}: {error}")
    if verbose:
        lines.append("")
        for miss in report.misses:
            lines.append(f"MISS {miss.doc} {miss.field}: gold={miss.gold!r} predicted={miss.predicted!r}")
    return "\n".join(lines)
