"""Table-driven: date text -> the date it states (UK day-month order), or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from foiparse.extract.dates import find_dates, parse_date, parse_partial_date
from foiparse.models import PartialDate

FULL_DATES = [
    ("31 August 2022", dt.date(2022, 8, 31)),
    ("31st August 2022", dt.date(2022, 8, 31)),
    ("1st of March, 2024", dt.date(2024, 3, 1)),
    ("31/08/2022", dt.date(2022, 8, 31)),
    ("06/10/2025", dt.date(2025, 10, 6)),  # day first: 6 October, not June 10
    ("31.08.22", dt.date(2022, 8, 31)),
    ("05/11/25", dt.date(2025, 11, 5)),
    ("Wednesday 24 April 2024", dt.date(2024, 4, 24)),
    ("Wednesday, 22 August, 2018", dt.date(2018, 8, 22)),
    ("Thu 13 March 2025", dt.date(2025, 3, 13)),
    ("Monday 26 January 2009", dt.date(2009, 1, 26)),
    ("Tues 30 August 2022", dt.date(2022, 8, 30)),
    ("Sat. 26 January 2008", dt.date(2008, 1, 26)),
    ("24-Apr-2024", dt.date(2024, 4, 24)),
    ("24 Sept 2023", dt.date(2023, 9, 24)),
    ("2022-08-31", dt.date(2022, 8, 31)),
    ("August 31, 2022", dt.date(2022, 8, 31)),
    (
        "Date:April 20th 2011",
        dt.date(2011, 4, 20),
    ),  # the month first, the day's ordinal, no comma (West Dunbartonshire)
    ("Responded Thu 13 March 2025I would like", dt.date(2025, 3, 13)),  # flattened HTML glues words on
    ("Responded Thu 14 November 20191. Do you conduct", dt.date(2019, 11, 14)),  # ... and the first question
    ("Responded Fri 16 August 20191- The total number", dt.date(2019, 8, 16)),  # ... its number and a dash (Hastings)
    ("which we received 30, January 2018", dt.date(2018, 1, 30)),  # a comma after the day (Leeds City Council)
    ("Date: 01/July/2016", dt.date(2016, 7, 1)),  # slashes round the month's name (HM Courts & Tribunals Service)
    ("01/Jul/2016", dt.date(2016, 7, 1)),
    # Welsh, from bilingual letters of Welsh public bodies
    ("3 Mawrth 2023", dt.date(2023, 3, 3)),
    ("1af Ionawr 2024", dt.date(2024, 1, 1)),
    ("21ain Medi 2022", dt.date(2022, 9, 21)),
    ("5 Mai 2021", dt.date(2021, 5, 5)),
    ("30 Rhagfyr 2024 / 30 December 2024", dt.date(2024, 12, 30)),
]
NOT_DATES = [
    "section 12(4)(b)",
    "31/02/2022",  # no such day
    "FOI2023/93842",
    "may we ask",
    "on 1st",
    "£1,234.56",
    "0303 123 1113",
    "13/13/2022",
    "14 November 20191",
    "3 Mawrthiau 2023",
    "Mai 2023",
    "questions 3, May and June",  # a comma after a number is no date without its year
    # a weekday the date does not fall on: one of them is a slip (Elmbridge Borough Council, "formally received on
    # Monday 26 January 2008" in a reply of 29 January 2009; 26 January 2008 was a Saturday)
    "Monday 26 January 2008",
    "Tue, 31/08/2022",
    "1 July/20 August",  # a slash between two months is no year's
]


@pytest.mark.parametrize(("text", "expected"), FULL_DATES, ids=[t for t, _ in FULL_DATES])
def test_full_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


def test_day_month_without_year_is_found_but_has_no_value() -> None:
    (found,) = find_dates("received on 1 November. relating to")
    assert (found.day, found.month, found.value) == (1, 11, None)


PARTIAL = [
    ("March 2028.", PartialDate(year=2028, month=3)),
    ("Since December 2013.", PartialDate(year=2013, month=12)),
    ("since 2013", PartialDate(year=2013)),
    ("01/04/2019", PartialDate(year=2019, month=4, day=1)),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL, ids=[t for t, _ in PARTIAL])
def test_partial_dates(text: str, expected: PartialDate) -> None:
    value = parse_partial_date(text)
    assert value == expected


def test_partial_date_iso_keeps_precision() -> None:
    assert PartialDate(year=2028, month=3).iso == "2028-03"
    assert PartialDate(year=2013).precision == "year"
    assert parse_partial_date("no date here") is None
