"""Integrity of the reviewed data under patterns/: every file validates, ids are unique, references resolve,
and no surface form is claimed by two entries unless the file marks it ambiguous."""

from __future__ import annotations

from collections import defaultdict

import pytest

from foiparse.catalogue import Catalogue, _first_chars, compile_lowered, patterns_dir


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue()


def test_patterns_folder_is_found() -> None:
    assert (patterns_dir() / "header.yaml").is_file()


def test_authority_ids_are_unique_across_files(catalogue: Catalogue) -> None:
    seen: dict[str, str] = {}
    for file_name, data in catalogue.authority_files.items():
        for entry in data.authorities:
            assert entry.id not in seen, f"{entry.id} in {file_name} and {seen[entry.id]}"
            seen[entry.id] = file_name
    assert len(seen) > 400


def test_authority_successors_exist(catalogue: Catalogue) -> None:
    for entry in catalogue.authorities.values():
        if entry.successor is not None:
            assert entry.successor in catalogue.authorities, entry.id
            assert entry.status == "abolished", entry.id


def test_no_authority_form_is_claimed_twice_unless_marked_ambiguous(catalogue: Catalogue) -> None:
    claims: dict[str, set[str]] = defaultdict(set)
    for entry in catalogue.authorities.values():
        for form in (entry.name, *entry.aliases, *entry.abbreviations):
            claims[form.casefold()].add(entry.id)
    clashes = {form: ids for form, ids in claims.items() if len(ids) > 1}
    unmarked = {form: ids for form, ids in clashes.items() if form not in catalogue.ambiguous_authority_forms}
    assert not unmarked
    for form in catalogue.ambiguous_authority_forms:
        assert len(claims.get(form, set())) >= 2, f"{form} is marked ambiguous but claimed once"


def test_authority_domains_are_unique(catalogue: Catalogue) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for entry in catalogue.authorities.values():
        for domain in entry.domains:
            assert domain == domain.lower() and not domain.startswith("www."), domain
            owners[domain].append(entry.id)
    assert {d: ids for d, ids in owners.items() if len(ids) > 1} == {}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("our ref|your ref", {"o", "y"}),
        ("(?:information )?requested on", {"i", "r"}),
        ("[a-c]x|d", {"a", "b", "c", "d"}),
        (".*anything", None),
    ],
)
def test_first_character_prefilter(pattern: str, expected: set[str] | None) -> None:
    assert _first_chars(pattern) == expected


def test_lowered_patterns_keep_escapes_and_group_names() -> None:
    regex = compile_lowered(r"(?P<FOISA>Freedom of Information \(Scotland\) Act)\s+\d{4}")
    m = regex.search("under the freedom of information (scotland) act 2002")
    assert m is not None and m.lastgroup == "FOISA"
