"""The hand-written fixtures under fixtures/ with their gold labels: the header fields must hold.

Figures are floors measured when each field was built; a change that lowers one is a regression.
"""

from __future__ import annotations

import pytest
from conftest import DEV_CORPUS, FIXTURES

from foiparse.evaluate import evaluate

FIXTURE_FLOORS = {
    "reference": 1.0,
    "response_date": 1.0,
    "received_date": 0.9,
    "requester": 1.0,
    "officer": 1.0,
    "legislation": 0.95,
    "authority": 0.9,
    "questions": 0.9,
    "exemptions": 0.95,
    "systems": 0.85,
}
# shared/corpus/dev: the acceptance figures of the foundation issue.
DEV_FLOORS = {"reference": 0.9, "response_date": 0.9, "received_date": 0.9, "legislation": 0.9}


def test_fixture_gold_holds() -> None:
    report = evaluate(FIXTURES)
    assert report.documents >= 12 and not report.crashes
    for name, floor in FIXTURE_FLOORS.items():
        assert report.field_counts("soft", name).f1 >= floor, name


def test_dev_corpus_figures() -> None:
    if not (DEV_CORPUS / "gold").is_dir():
        pytest.skip("../shared/corpus is not present")
    report = evaluate(DEV_CORPUS)
    assert not report.crashes
    for name, floor in DEV_FLOORS.items():
        assert report.field_counts("soft", name).f1 >= floor, name
