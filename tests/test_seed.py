"""The reference example: Kent County Council's reply about its social-care systems."""

from __future__ import annotations

import datetime as dt


def test_seed_header(seed_record) -> None:  # type: ignore[no-untyped-def]
    r = seed_record
    assert r.reference == "31213209"
    assert r.response_date == dt.date(2022, 8, 31)
    assert r.received_date is None  # the letter never says when the request arrived
    assert r.legislation == ["FOIA"]
    assert r.requester is not None and r.requester.name == "Mr Williams"
    assert r.officer is not None and r.officer.name == "Mollie Thorne"
    assert r.subject == "Children's and Adult's Social Care"


def test_seed_spans_point_at_the_text(seed_record) -> None:  # type: ignore[no-untyped-def]
    r = seed_record
    assert r.provenance["reference"][0].text == "31213209"
    assert r.provenance["response_date"][0].text == "31 August 2022"
    for spans in r.provenance.values():
        for span in spans:
            assert r.text[span.start : span.end] == span.text


def test_seed_json_round_trip(seed_record) -> None:  # type: ignore[no-untyped-def]
    from foiparse.models import FOIResponse

    data = seed_record.model_dump(mode="json")
    assert data["response_date"] == "2022-08-31"
    assert FOIResponse.model_validate_json(seed_record.model_dump_json()) == seed_record
