"""Surveys (issue 6): the social-care-systems survey definition, the engine's readers, the profiles of the Kent
seed and of the fixtures under fixtures/surveys, and the `foiparse survey` command.

The fixture tests put each fixture's catalogue system mentions on the record by hand (`systems` in its expected
file; see `with_systems`) so that they test the survey layer alone. The `*_with_the_pipeline_matcher`
tests use `record.systems` as the pipeline's catalogue matcher fills it, end to end.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import foiparse
import foiparse.surveys as surveys
from foiparse.errors import PatternDataError
from foiparse.models import FOIResponse, Span, SystemMention
from foiparse.surveys.engine import (
    DateReader,
    SurveyContext,
    find_hours,
    find_partial_dates,
    intent_scores,
    match_intents,
)
from foiparse.surveys.models import SystemProfile
from foiparse.surveys.schema import load_survey, load_survey_file, survey_files
from foiparse.surveys.social_care_systems import check_definition

REPO = Path(__file__).resolve().parents[1]
SURVEY_FIXTURES = REPO / "fixtures" / "surveys"
SURVEY = "social-care-systems"
SEED_EXPECTED = SURVEY_FIXTURES / "seed" / "000_49d9ea610e9b2aec.json"


# ------------------------------------------------------------------------------------------ helpers
def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SURVEY_FIXTURES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    return data


def fixture_names() -> list[str]:
    return sorted(p.stem for p in (SURVEY_FIXTURES / "raw").glob("*.txt"))


def mentions(text: str, specs: list[dict[str, Any]]) -> list[SystemMention]:
    """SystemMentions for ``specs`` ({name, id, supplier, kind, category, surface: [...]}) found in ``text``."""
    taken: list[tuple[int, int]] = []
    forms = sorted(
        ((surface, i) for i, spec in enumerate(specs) for surface in spec["surface"]), key=lambda f: -len(f[0])
    )
    spans: dict[int, list[Span]] = {}
    for surface, i in forms:
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            spans.setdefault(i, []).append(Span(start=m.start(), end=m.end(), text=m.group()))
    found = []
    for i, spec in enumerate(specs):
        if i not in spans:
            raise AssertionError(f"fixture system {spec['name']!r}: none of {spec['surface']} is in the text")
        ordered = sorted(spans[i], key=lambda s: s.start)
        found.append(
            SystemMention(
                name=spec["name"],
                id=spec.get("id"),
                supplier=spec.get("supplier"),
                kind=spec.get("kind", "system"),
                category=spec.get("category"),
                surface=sorted({s.text for s in ordered}),
                spans=ordered,
            )
        )
    return found


def with_systems(record: FOIResponse, specs: list[dict[str, Any]]) -> FOIResponse:
    """The record with the fixture's system mentions in place of whatever the pipeline found."""
    return record.model_copy(update={"systems": mentions(record.text, specs)})


def project(profile: Any) -> dict[str, Any]:
    """The comparable essentials of a SystemProfile (the expected files state a subset of these keys)."""
    p = profile
    cost = p.annual_cost
    training = p.training
    return {
        "directorate": p.directorate,
        "status": p.status,
        "system": p.system.name if p.system else None,
        "supplier": p.supplier,
        "supplier_stated": p.system.supplier_stated if p.system else None,
        "system_text": p.system_text,
        "in_house": p.in_house,
        "related": [f"{r.name} ({r.relation})" for r in p.related_systems],
        "related_uses": {r.name: r.use_values for r in p.related_systems if r.uses},
        "uses": p.uses.values if p.uses else None,
        "in_use_since": p.in_use_since.value.iso if p.in_use_since and p.in_use_since.value else None,
        "in_use_relation": p.in_use_since.relation if p.in_use_since else None,
        "in_use_years": p.in_use_since.years if p.in_use_since else None,
        "contract_expiry": p.contract_expiry.value.iso if p.contract_expiry and p.contract_expiry.value else None,
        "contract_relation": p.contract_expiry.relation if p.contract_expiry else None,
        "contract_option": (
            p.contract_expiry.extension_option.iso if p.contract_expiry and p.contract_expiry.extension_option else None
        ),
        "contract_terms": [t.value for t in p.contract_expiry.terms] if p.contract_expiry else None,
        "hosting": p.hosting.value if p.hosting else None,
        "hosting_organisations": [f"{o.name} ({o.kind})" for o in p.hosting.organisations] if p.hosting else None,
        "support": p.support.model if p.support else None,
        "support_parts": [f"{x.model}/{x.role}" for x in p.support.parts] if p.support else None,
        "support_organisations": p.support.organisations if p.support else None,
        "annual_cost": (
            [[a.amount, a.currency, a.period, a.vat] for a in cost.amounts] if cost and cost.amounts else None
        ),
        "cost_withheld": cost.exemptions if cost and cost.withheld else None,
        "cost_shared": cost.shared if cost else None,
        "cost_not_held": cost.not_held if cost else None,
        "financial_year": cost.financial_year if cost else None,
        "training_total": training.total_hours if training else None,
        "training_delivery": sorted(training.delivery) if training else None,
        "training_platforms": [t.value for t in training.platforms] if training else None,
        "training": (
            [
                [i.kind, i.role, i.hours if i.hours is not None else f"{i.amount:g} {i.unit}", sorted(i.delivery)]
                for i in training.items
            ]
            if training
            else None
        ),
        "referrals": [f"{r.target} <{r.link}>" if r.link else r.target for r in p.referrals],
        "refusal": p.refusal.exemptions if p.refusal else None,
        "inconsistencies": [i.code for i in p.inconsistencies],
    }


NAMES = fixture_names()


def _profiles(record: FOIResponse) -> list[SystemProfile]:
    found = surveys.extract(record, SURVEY)
    assert all(isinstance(p, SystemProfile) for p in found)
    return [p for p in found if isinstance(p, SystemProfile)]


def _fixture_profiles(name: str) -> tuple[FOIResponse, list[SystemProfile]]:
    record = with_systems(foiparse.parse(SURVEY_FIXTURES / "raw" / f"{name}.txt"), expected(name)["systems"])
    return record, _profiles(record)


def _compare(got: list[SystemProfile], wanted: list[dict[str, Any]]) -> None:
    projected = [project(p) for p in got]
    assert len(projected) == len(wanted), [(p["directorate"], p["system"]) for p in projected]
    for actual, expect in zip(projected, wanted, strict=True):
        for key, value in expect.items():
            assert actual[key] == value, f"{expect['directorate']} / {expect['system']}: {key}"


def _spans(value: Any) -> list[dict[str, Any]]:
    """Every span object (start, end, text) inside a dumped model."""
    found = []
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            found.append(value)
        for item in value.values():
            found += _spans(item)
    elif isinstance(value, list):
        for item in value:
            found += _spans(item)
    return found


# ------------------------------------------------------------------------------------------ definition
def test_survey_definition_loads_and_meets_the_builder() -> None:
    assert SURVEY in surveys.available()
    definition = load_survey(SURVEY)
    assert check_definition(definition) == []
    assert [i.id for i in definition.intents] == [
        "system_and_supplier",
        "uses",
        "in_use_since",
        "contract_expiry",
        "hosting",
        "support_model",
        "annual_cost",
        "training",
    ]
    for intent in definition.intents:
        assert len(intent.phrasings) >= 5, intent.id
        assert intent.cues and intent.answer_cues, intent.id
    assert set(definition.vocabulary("hosting")) == {"on_premise", "supplier_hosted", "third_party_hosted", "hybrid"}
    assert {"case_management", "finance", "provider_payments", "direct_payments", "personal_health_budgets"} <= set(
        definition.vocabulary("uses")
    )
    assert {"financial_assessments", "document_management"} <= set(definition.vocabulary("uses"))
    assert set(definition.vocabulary("training_delivery")) == {"in_person", "remote", "e_learning"}


def test_every_phrasing_is_closest_to_its_own_intent() -> None:
    definition = load_survey(SURVEY)
    for intent in definition.intents:
        for phrasing in intent.phrasings:
            scores = intent_scores(definition, phrasing)
            best = max(scores, key=lambda i: scores[i])
            assert scores[intent.id] == scores[best], f"{phrasing!r} scores higher for {best}"


def test_survey_files_are_named_after_their_ids() -> None:
    for survey_id, path in survey_files().items():
        assert load_survey_file(path).id == survey_id


def _write_survey(folder: Path, data: dict[str, Any], name: str = "tiny_survey") -> Path:
    (folder / "surveys").mkdir(exist_ok=True)
    path = folder / "surveys" / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _tiny_survey() -> dict[str, Any]:
    return {
        "id": "tiny-survey",
        "title": "Council website platforms",
        "profile": "generic",
        "intents": [
            {
                "id": "platform",
                "reader": "vocabulary",
                "vocabulary": "platforms",
                "label": "Platform",
                "phrasings": ["Which content management system runs your website", "Website CMS"],
            },
            {
                "id": "cost",
                "reader": "money",
                "label": "Annual cost",
                "phrasings": ["What is the annual cost of the website", "Annual website cost"],
            },
        ],
        "vocabularies": {"platforms": {"drupal": ["\\bdrupal\\b"], "wordpress": ["\\bwordpress\\b"]}},
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"intents": []}, "intents"),
        ({"id": "Bad Id"}, "id"),
        ({"vocabularies": {"platforms": {"drupal": ["(unclosed"]}}}, "bad regular expression"),
        ({"intents": [{**_tiny_survey()["intents"][0], "vocabulary": "missing"}]}, "no vocabulary"),
        ({"intents": [{**_tiny_survey()["intents"][1], "reader": "date"}]}, "direction"),
    ],
)
def test_a_broken_survey_file_is_refused_when_loaded(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    path = _write_survey(tmp_path, {**_tiny_survey(), **change})
    with pytest.raises(PatternDataError) as info:
        load_survey_file(path)
    assert message in str(info.value)


def test_a_survey_file_must_carry_its_own_id(tmp_path: Path) -> None:
    path = _write_survey(tmp_path, _tiny_survey(), name="other_name")
    with pytest.raises(PatternDataError, match="declares survey id"):
        load_survey_file(path)


def test_a_survey_defined_only_as_data_gives_generic_rows(tmp_path: Path) -> None:
    definition = load_survey_file(_write_survey(tmp_path, _tiny_survey()))
    record = foiparse.parse_text(
        "Our ref: WEB/1\nDate: 3 May 2024\n\nDear Mr Hale\n\n"
        "1. Which content management system runs your website?\n\nThe website runs on Drupal.\n\n"
        "2. What is the annual cost of the website?\n\n£18,500 per annum.\n\nYours sincerely\n\nAnn Lee\n"
    )
    (row,) = surveys.extract(record, definition)
    assert row.survey == "tiny-survey" and row.reference == "WEB/1"
    values = row.model_dump()["values"]
    assert [t["value"] for t in values["platform"]["tags"]] == ["drupal"]
    assert values["cost"]["amounts"][0]["amount"] == 18500 and values["cost"]["amounts"][0]["period"] == "year"


def test_an_unknown_survey_is_an_error() -> None:
    with pytest.raises(PatternDataError, match="no survey called"):
        surveys.definition("no-such-survey")


# ------------------------------------------------------------------------------------------ intent matching
@pytest.mark.parametrize(
    ("question", "intents"),
    [
        ("Name of system and supplier (or if built in-house)", ["system_and_supplier"]),
        ("Which case management system does the council use, and who supplies it?", ["system_and_supplier"]),
        ("Please describe what the system is used for.", ["uses"]),
        ("How long have you used the system?", ["in_use_since"]),
        ("When did the council start using this system?", ["in_use_since"]),
        ("Date of implementation", ["in_use_since"]),
        ("When does your current contract end?", ["contract_expiry"]),
        ("Is the system hosted on the council's servers, by the supplier, or by a third party?", ["hosting"]),
        ("Who supports the system: the service, IT, an outsourced provider or another arrangement?", ["support_model"]),
        ("How much does the council pay annually for support and maintenance of the system?", ["annual_cost"]),
        ("How much training do users get each year, and how is it delivered?", ["training"]),
        ("Name of the system, the supplier and what it is used for", ["system_and_supplier", "uses"]),
        (
            "When did you begin using the system and when does the current contract expire?",
            ["contract_expiry", "in_use_since"],
        ),
        ("Hosting and support arrangements", ["support_model", "hosting"]),
        ("Annual support cost and training hours per user", ["annual_cost", "training"]),
        ("Does the council use any artificial intelligence tools?", []),
    ],
)
def test_questions_match_intents_however_worded(question: str, intents: list[str]) -> None:
    record = foiparse.parse_text(f"Dear Sir\n\n1. {question}\n\nAnswer text.\n\nYours faithfully\n")
    ctx = SurveyContext(record=record, survey=load_survey(SURVEY))
    assert [m.intent for m in match_intents(ctx)] == intents


# ------------------------------------------------------------------------------------------ readers
def _dates(text: str) -> list[tuple[str, str]]:
    from foiparse.surveys.engine import Block, Segment

    reader = DateReader(load_survey(SURVEY))
    question = foiparse.models.Question(
        number="1", text="q", span=foiparse.models.Span(start=0, end=len(text), text=text)
    )
    segment = Segment(Block("x", question, 0, len(text)), 0, len(text), text, None, [], [], [])
    return [(d.found.value.iso, d.kind) for d in reader.dates(text, [segment])]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Since December 2013.", [("2013-12", "since")]),
        ("March 2028.", [("2028-03", "stated")]),
        ("Since 01/04/2019.", [("2019-04-01", "since")]),
        ("It went live on 01/04/2019", [("2019-04-01", "since")]),
        ("The contract runs from 01/04/2019 until 31/03/2027.", [("2019-04-01", "since"), ("2027-03-31", "expiry")]),
        ("It expires on 31 March 2026", [("2026-03-31", "expiry")]),
        ("It has been extended to 31 March 2025.", [("2025-03-31", "extended")]),
        ("with an option to extend until 31/03/2029.", [("2029-03-31", "option")]),
        ("The council moved to WCCIS in 2016.", [("2016", "stated")]),
        ("£2,019 for the 2021/22 financial year", []),
    ],
)
def test_dates_are_read_with_the_word_before_them(text: str, dates: list[tuple[str, str]]) -> None:
    assert _dates(text) == dates


def test_partial_dates_keep_their_precision() -> None:
    text = "since December 2013, expiring 31/03/2026, reviewed 2024."
    assert [f.value.iso for f in find_partial_dates(text, 0, len(text))] == ["2013-12", "2026-03-31", "2024"]


@pytest.mark.parametrize(
    ("text", "expected_hours"),
    [
        ("Social Worker: 6.5 hours", [(6.5, None, "hour", False)]),
        ("the average is about 3 hours", [(3.0, None, "hour", True)]),
        ("between 3 and 4 hours of remote training", [(3.0, 4.0, "hour", False)]),
        ("Half a day in person", [(0.5, None, "day", False)]),
        ("90 minutes of e-learning", [(90.0, None, "minute", False)]),
        ("bespoke 1:1 sessions for Managers", []),
    ],
)
def test_training_figures(text: str, expected_hours: list[tuple[float, float | None, str, bool]]) -> None:
    found = find_hours(text, 0, len(text))
    assert [(h.amount, h.amount_max, h.unit, h.approximate) for h in found] == expected_hours


# ------------------------------------------------------------------------------------------ the Kent seed
def test_seed_profiles_match_the_issue(seed_record: FOIResponse) -> None:
    data = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    profiles = _profiles(with_systems(seed_record, data["systems"]))
    _compare(profiles, data["profiles"])


def test_seed_acceptance_in_detail(seed_record: FOIResponse) -> None:
    data = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    children, adults = _profiles(with_systems(seed_record, data["systems"]))
    text = seed_record.text
    # Children: Liquidlogic LCS with ContrOCC as its linked finance system.
    assert children.directorate == "children" and children.system is not None
    assert children.system.name == "Liquidlogic LCS" and children.system.spans[0].text == "Liquidlogic LCS"
    (controcc,) = children.related_systems
    assert (controcc.name, controcc.relation) == ("ContrOCC", "linked")
    assert {"finance", "provider_payments", "direct_payments"} <= set(controcc.use_values)
    assert children.uses is not None and children.uses.values == ["case_management", "document_management"]
    assert children.in_use_since is not None and children.in_use_since.value is not None
    assert (children.in_use_since.value.iso, children.in_use_since.relation) == ("2013-12", "since")
    assert children.contract_expiry is not None and children.contract_expiry.value is not None
    assert children.contract_expiry.value.iso == "2028-03"
    hosting = children.hosting
    assert hosting is not None and hosting.value == "on_premise"
    assert [(o.name, o.kind) for o in hosting.organisations] == [
        ("KCC", "council"),
        ("Cantium Business Solutions", "organisation"),
    ]
    support = children.support
    assert support is not None and support.model == "outsourced"
    assert support.organisations == ["Cantium Business Solutions"]
    assert [(p.model, p.role) for p in support.parts] == [
        ("outsourced", "administration"),
        ("within_service", "training"),
    ]
    cost = children.annual_cost
    assert cost is not None and cost.withheld and cost.exemptions == ["FOIA 43(2)"] and not cost.amounts
    training = children.training
    assert training is not None
    assert [(i.role, i.hours, i.delivery) for i in training.items if i.kind == "per_role"] == [
        ("Social Worker", 6.5, ["remote"]),
        ("Social Work Assistant", 3.0, ["remote"]),
        ("Admin", 3.5, ["remote"]),
    ]
    (elearning,) = [i for i in training.items if i.kind == "other"]
    assert (elearning.hours, elearning.approximate, elearning.delivery) == (3.0, True, ["e_learning"])
    assert [t.value for t in training.platforms] == ["Microsoft Teams"]
    assert children.inconsistencies == []
    # Adults: the system referred to the contract register.
    assert adults.directorate == "adults" and adults.system is None and adults.status == "referred"
    (referral,) = adults.referrals
    assert (referral.target, referral.link) == ("our Contract Register", "https://due-north.com")
    assert referral.intents == ["system_and_supplier", "uses", "in_use_since", "contract_expiry"]
    assert adults.hosting is not None and adults.hosting.value == "supplier_hosted"
    assert adults.support is not None and adults.support.model == "mixed"
    assert [(p.model, p.role) for p in adults.support.parts] == [
        ("outsourced", "support"),
        ("within_service", "configuration"),
    ]
    assert adults.annual_cost is not None and adults.annual_cost.exemptions == ["FOIA 43(2)"]
    assert adults.training is not None and adults.training.total_hours == 10
    parts = [(i.hours, i.delivery) for i in adults.training.items if i.kind == "part"]
    assert parts == [(2.0, ["e_learning"]), (7.0, ["remote"])]
    (flag,) = adults.inconsistencies
    assert flag.field == "training" and flag.code == "total_differs_from_parts"
    assert "10 hours" in flag.message and "2 + 7 = 9" in flag.message
    assert [s.text for s in flag.spans] == ["10 Hours", "2 hours", "7 hours"]
    assert [r.name for r in adults.related_systems] == ["Mosaic"]
    for profile in (children, adults):
        assert profile.authority == "Kent County Council" and profile.reference == "31213209"
        assert profile.response_date is not None and profile.response_date.isoformat() == "2022-08-31"
        for span in _spans(profile.model_dump(mode="json")):
            assert text[span["start"] : span["end"]] == span["text"]


def test_seed_profiles_with_the_pipeline_matcher(seed_record: FOIResponse) -> None:
    data = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    _compare(_profiles(seed_record), data["profiles"])


# ------------------------------------------------------------------------------------------ fixtures
def test_there_are_at_least_eight_fixtures() -> None:
    assert len(NAMES) >= 8
    for name in NAMES:
        assert (SURVEY_FIXTURES / "expected" / f"{name}.json").is_file(), name


@pytest.mark.parametrize("name", NAMES)
def test_fixture_profiles(name: str) -> None:
    _, profiles = _fixture_profiles(name)
    _compare(profiles, expected(name)["profiles"])


@pytest.mark.parametrize("name", NAMES)
def test_fixture_spans_point_at_the_text(name: str) -> None:
    record, profiles = _fixture_profiles(name)
    for profile in profiles:
        for span in _spans(profile.model_dump(mode="json")):
            assert record.text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize("name", NAMES)
def test_fixture_profiles_with_the_pipeline_matcher(name: str) -> None:
    profiles = _profiles(foiparse.parse(SURVEY_FIXTURES / "raw" / f"{name}.txt"))
    _compare(profiles, expected(name)["profiles"])


def test_profiles_without_system_mentions_still_give_one_row_per_directorate() -> None:
    record = foiparse.parse(SURVEY_FIXTURES / "raw" / "surrey-cc-table-per-directorate.txt")
    profiles = _profiles(record.model_copy(update={"systems": []}))
    assert [(p.directorate, p.system, p.system_text) for p in profiles] == [
        ("children", None, "Liquidlogic LCS, supplied by System C"),
        ("adults", None, "Liquidlogic LAS, supplied by System C"),
    ]
    assert [p.annual_cost.amounts[0].amount for p in profiles if p.annual_cost] == [123456.0, 98750.0]


def test_a_reply_to_another_request_gives_no_profiles() -> None:
    record = foiparse.parse_text(
        "Dear Ms Shah\n\n1. How many potholes were repaired in 2023?\n\n4,512 potholes.\n\nYours sincerely\n"
    )
    assert surveys.extract(record, SURVEY) == []


# ------------------------------------------------------------------------------------------ command line
@pytest.fixture()
def survey_cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """The CLI with each fixture's system mentions put on its record (until the matcher is wired)."""
    import foiparse.pipeline

    real_parse = foiparse.pipeline.parse

    def parse(source: Any, **kwargs: Any) -> FOIResponse:
        record = real_parse(source, **kwargs)
        name = Path(str(source)).stem
        if not record.systems and (SURVEY_FIXTURES / "expected" / f"{name}.json").is_file():
            record = with_systems(record, expected(name)["systems"])
        return record

    monkeypatch.setattr(foiparse.pipeline, "parse", parse)
    return CliRunner()


def _expected_rows() -> list[tuple[str, str, str | None, str | None]]:
    rows = []
    for name in NAMES:
        for profile in expected(name)["profiles"]:
            rows.append((name, profile["status"], profile["directorate"], profile["system"]))
    return rows


def test_survey_command_writes_csv(survey_cli: CliRunner, tmp_path: Path) -> None:
    from foiparse.cli import app

    out = tmp_path / "table.csv"
    result = survey_cli.invoke(app, ["survey", SURVEY, str(SURVEY_FIXTURES / "raw"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(Path(r["source"]).stem, r["status"], r["directorate"] or None, r["system"] or None) for r in rows] == (
        _expected_rows()
    )
    kent_like = {(Path(r["source"]).stem, r["directorate"], r["system"]): r for r in rows}
    lancs = kent_like[("lancashire-cc-several-systems", "children", "Liquidlogic EHM")]
    assert lancs["authority"] == "Lancashire County Council" and lancs["reference"] == "LCC-FOI-5517"
    assert lancs["response_date"] == "2024-02-02" and lancs["supplier"] == "System C"
    assert (lancs["annual_cost"], lancs["annual_cost_period"], lancs["annual_cost_vat"]) == (
        "41800.0",
        "year",
        "excluded",
    )
    assert (lancs["in_use_since"], lancs["contract_expiry"], lancs["contract_expiry_year"]) == (
        "2018-04-01",
        "2026-08-31",
        "2026",
    )
    essex = kent_like[("essex-cc-s43-refusal", "", "")]
    assert essex["status"] == "refused" and essex["refusal_exemptions"] == "FOIA 43(2)"
    hampshire = kent_like[("hampshire-cc-renumbered-merged", "children", "Mosaic")]
    assert hampshire["training_total_hours"] == "8.0" and "8 hours in total" in hampshire["inconsistencies"]
    assert "Authorities covered (9)" in result.output
    assert "System C: Liquidlogic EHM (1), Liquidlogic LAS (3), Liquidlogic LCS (2)" in result.output
    assert "The Access Group: Mosaic (4)" in result.output
    assert "2026: 11" in result.output and "not stated: 4" in result.output


def test_survey_command_writes_sqlite(survey_cli: CliRunner, tmp_path: Path) -> None:
    from foiparse.cli import app

    out = tmp_path / "table.sqlite"
    for _ in range(2):  # a second run replaces the table
        result = survey_cli.invoke(app, ["survey", SURVEY, str(SURVEY_FIXTURES / "raw"), "--out", str(out)])
        assert result.exit_code == 0, result.output
    connection = sqlite3.connect(out)
    try:
        rows = connection.execute(
            "SELECT source, status, directorate, system, annual_cost, contract_expiry_year, in_house FROM profiles"
        ).fetchall()
        types = {name: kind for _, name, kind, *_ in connection.execute("PRAGMA table_info(profiles)")}
    finally:
        connection.close()
    assert [(Path(r[0]).stem, r[1], r[2], r[3]) for r in rows] == _expected_rows()
    assert types["annual_cost"] == "REAL" and types["contract_expiry_year"] == "INTEGER"
    by_key = {(Path(r[0]).stem, r[2], r[3]): r for r in rows}
    assert by_key[("norfolk-cc-both-directorates", "both", "Mosaic")][4:6] == (286300.0, 2026)
    assert by_key[("cornwall-council-in-house", "children", None)][6] == 1


def test_survey_command_writes_jsonl_and_parquet(survey_cli: CliRunner, tmp_path: Path) -> None:
    from foiparse.cli import app

    out = tmp_path / "table.jsonl"
    result = survey_cli.invoke(
        app, ["survey", SURVEY, str(SURVEY_FIXTURES / "raw" / "norfolk-cc-both-directorates.txt"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    (line,) = out.read_text(encoding="utf-8").splitlines()
    profile = SystemProfile.model_validate_json(line)
    assert profile.system is not None and profile.system.name == "Mosaic" and profile.directorate == "both"
    pyarrow = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "table.parquet"
    result = survey_cli.invoke(app, ["survey", SURVEY, str(SURVEY_FIXTURES / "raw"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pyarrow.read_table(out)
    assert table.num_rows == len(_expected_rows())
    assert table.schema.field("annual_cost").type == "double"


def _unboxed(output: str) -> str:
    """Click/rich error text with the box drawing and line wrapping taken out.

    The error box wraps at the terminal width, so a message that names a long install path (CI installs into a
    fresh venv under /tmp) breaks "no survey called" across two lines.
    """
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", output).split())


def test_survey_command_refuses_an_unknown_survey_or_format(tmp_path: Path) -> None:
    from foiparse.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["survey", "no-such-survey", str(tmp_path)])
    assert result.exit_code != 0 and "no survey called 'no-such-survey'" in _unboxed(result.output)
    raw = SURVEY_FIXTURES / "raw" / "essex-cc-s43-refusal.txt"
    result = runner.invoke(app, ["survey", SURVEY, str(raw), "--out", str(tmp_path / "table.xlsx")])
    assert result.exit_code != 0 and ".xlsx" in _unboxed(result.output)


def test_profiles_survive_a_json_round_trip(seed_record: FOIResponse) -> None:
    data = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    for profile in _profiles(with_systems(seed_record, data["systems"])):
        again = SystemProfile.model_validate_json(profile.model_dump_json())
        assert again == profile
        assert again.model_dump(mode="json")["supplier"] == profile.supplier
