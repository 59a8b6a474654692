"""Integrity of the reviewed data under patterns/: every file validates, ids are unique, references resolve,
and no surface form is claimed by two entries unless the file marks it ambiguous."""

from __future__ import annotations

import json
import re
import sys
import types
from collections import defaultdict
from pathlib import Path

import pytest

from foiparse.catalogue import (
    COMPILED_NAME,
    Catalogue,
    SuppliersFile,
    SystemsFile,
    compile_data_files,
    letter_words,
    load_file,
    patterns_dir,
    read_data_file,
)
from foiparse.scan import _first_chars, _lower_pattern, alternation, compile_lowered, first_chars_lookahead


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue()


def test_patterns_folder_is_found() -> None:
    assert (patterns_dir() / "header.yaml").is_file()


def test_the_compiled_patterns_match_their_yaml() -> None:
    # patterns/compiled.json is what start-up reads; it must be made from the YAML as it is now.
    committed = json.loads((patterns_dir() / COMPILED_NAME).read_text(encoding="utf-8"))
    assert committed == compile_data_files(patterns_dir()), "run: python scripts/compile_patterns.py"


def test_a_data_file_edited_since_it_was_compiled_is_read_from_its_yaml(tmp_path: Path) -> None:
    (tmp_path / "authorities").mkdir()
    source = tmp_path / "authorities" / "extra.yaml"
    source.write_text("names: [Northby Council]\n", encoding="utf-8")
    (tmp_path / COMPILED_NAME).write_text(json.dumps(compile_data_files(tmp_path)), encoding="utf-8")
    assert read_data_file(source) == {"names": ["Northby Council"]}
    source.write_text("names: [Northby Borough Council]\n", encoding="utf-8")
    assert read_data_file(source) == {"names": ["Northby Borough Council"]}


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


def test_authority_signatures_are_sentences_of_one_body_each(catalogue: Catalogue) -> None:
    seen: dict[str, str] = {}
    for entry in catalogue.authorities.values():
        for signature in entry.signatures:
            assert len(signature.split()) >= 6, (entry.id, signature)  # a sentence, not a name
            assert signature.lower() not in seen, (entry.id, seen.get(signature.lower()))
            seen[signature.lower()] = entry.id


def test_authority_parts_belong_to_bodies_in_the_catalogue(catalogue: Catalogue) -> None:
    for entry in catalogue.authorities.values():
        if entry.part_of is not None:
            assert entry.part_of in catalogue.authorities, entry.id
            assert catalogue.authorities[entry.part_of].part_of is None, entry.id  # one level only


def test_complaint_bodies_exist(catalogue: Catalogue) -> None:
    assert catalogue.regulator_ids >= {"information-commissioners-office", "scottish-information-commissioner"}
    assert catalogue.regulator_ids <= set(catalogue.authorities)


def test_no_authority_form_is_claimed_twice_unless_marked_ambiguous(catalogue: Catalogue) -> None:
    claims: dict[str, set[str]] = defaultdict(set)
    for entry in catalogue.authorities.values():
        for form in (*entry.names, *entry.abbreviations):
            claims[form.casefold()].add(entry.id)
    clashes = {form: ids for form, ids in claims.items() if len(ids) > 1}
    unmarked = {form: ids for form, ids in clashes.items() if form not in catalogue.ambiguous_authority_forms}
    assert not unmarked
    for form in catalogue.ambiguous_authority_forms:
        assert len(claims.get(form, set())) >= 2, f"{form} is marked ambiguous but claimed once"


def test_self_reference_types_exist(catalogue: Catalogue) -> None:
    types = {entry.type for entry in catalogue.authorities.values()}
    for word, kinds in catalogue.header.self_reference.items():
        assert kinds and set(kinds) <= types, (word, set(kinds) - types)


def test_authority_domains_are_unique(catalogue: Catalogue) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for entry in catalogue.authorities.values():
        for domain in entry.domains:
            assert domain == domain.lower() and not domain.startswith("www."), domain
            owners[domain].append(entry.id)
    assert {d: ids for d, ids in owners.items() if len(ids) > 1} == {}


def test_trust_names_shortened_to_a_university_name_stay_the_trusts(catalogue: Catalogue) -> None:
    """A trust whose name, without "NHS (Foundation) Trust", still holds a university's name ("Oxford University
    Hospitals") claims that short form too, so the longer trust name wins where a reply shortens it."""
    universities = {
        form.casefold()
        for entry in catalogue.authorities.values()
        if entry.type == "university"
        for form in entry.names
    }
    assert len(universities) > 150
    missing = []
    for entry in catalogue.authorities.values():
        forms = {form.casefold() for form in entry.names}
        for form in forms:
            short = re.sub(r" nhs (?:foundation )?trust$", "", form)
            if short == form or short in forms:
                continue
            missing += [
                (entry.id, short, name)
                for name in universities
                if short != name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", short)
            ]
    assert missing == []


# Names a "<Place> University" alias would not read as: a place with "the", or a Welsh university's long name.
_NOT_WRITTEN_PLACE_FIRST = {"University of South Wales", "University of Wales Trinity Saint David"}


def test_a_university_of_a_place_is_also_written_place_first(catalogue: Catalogue) -> None:
    """ "University of Roehampton" is also "Roehampton University" (its former name, and how replies and requests
    write most of them, the University of Roehampton's own reply among them): each "University of <Place>" lists the
    "<Place> University" form."""
    missing = []
    for entry in catalogue.authorities.values():
        place = entry.name.removeprefix("University of ")
        if entry.type != "university" or place == entry.name or place.startswith("the "):
            continue
        if entry.name not in _NOT_WRITTEN_PLACE_FIRST and f"{place} University" not in entry.names:
            missing.append(entry.name)
    assert missing == []


def test_letter_words_compile_and_start_with_known_letters() -> None:
    """patterns/letter.yaml: every phrase compiles, and the letters each can start with are known, so the salutation
    and sign-off patterns keep the look-ahead that fails most lines at once."""
    words = letter_words()
    for phrase in (*words.greetings, *words.closings):
        re.compile(phrase, re.I)
        assert _first_chars(_lower_pattern(phrase)), phrase
    assert first_chars_lookahead(alternation(words.greetings)) == "(?=[adghmt])"


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


# ----------------------------------------------------------------------------------------------- systems, suppliers
@pytest.fixture(scope="module")
def gazetteers() -> tuple[SystemsFile, SuppliersFile]:
    root = patterns_dir()
    return load_file(root / "systems.yaml", SystemsFile), load_file(root / "suppliers.yaml", SuppliersFile)


def test_system_and_supplier_ids_are_unique(gazetteers: tuple[SystemsFile, SuppliersFile]) -> None:
    systems, suppliers = gazetteers
    for entries in (systems.systems, suppliers.suppliers):
        ids = [entry.id for entry in entries]
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert len(systems.systems) >= 100 and len(suppliers.suppliers) >= 50


def test_system_and_supplier_references_exist(gazetteers: tuple[SystemsFile, SuppliersFile]) -> None:
    systems, suppliers = gazetteers
    system_ids = {entry.id for entry in systems.systems}
    supplier_ids = {entry.id for entry in suppliers.suppliers}
    for system in systems.systems:
        assert system.supplier is None or system.supplier in supplier_ids, system.id
        assert system.part_of is None or system.part_of in system_ids, system.id
        assert system.part_of != system.id
    for supplier in suppliers.suppliers:
        assert supplier.parent is None or supplier.parent in supplier_ids, supplier.id
        for step in supplier.lineage:
            assert step.acquired_by in supplier_ids, (supplier.id, step.acquired_by)
        assert supplier.parent != supplier.id


def test_supplier_parents_do_not_loop(gazetteers: tuple[SystemsFile, SuppliersFile]) -> None:
    parents = {entry.id: entry.parent for entry in gazetteers[1].suppliers}
    for start in parents:
        seen, current = {start}, parents[start]
        while current is not None:
            assert current not in seen, f"parent loop through {start}"
            seen.add(current)
            current = parents[current]


def test_no_system_or_supplier_form_is_claimed_twice_unless_marked_ambiguous(
    gazetteers: tuple[SystemsFile, SuppliersFile],
) -> None:
    systems, suppliers = gazetteers
    claims: dict[str, set[str]] = defaultdict(set)
    for system in systems.systems:
        for form in {
            system.name,
            *([system.full_name] if system.full_name else []),
            *system.aliases,
            *system.misspellings,
            *system.ambiguous_names,
        }:
            claims[form.casefold()].add(f"system:{system.id}")
    for supplier in suppliers.suppliers:
        for form in {supplier.name, *supplier.legal_names, *supplier.aliases, *supplier.ambiguous_names}:
            claims[form.casefold()].add(f"supplier:{supplier.id}")
    marked = {form.casefold() for form in (*systems.ambiguous, *suppliers.ambiguous)}
    clashes = {form: ids for form, ids in claims.items() if len(ids) > 1}
    assert {form: ids for form, ids in clashes.items() if form not in marked} == {}


def test_ambiguous_lists_cover_every_ambiguous_name(gazetteers: tuple[SystemsFile, SuppliersFile]) -> None:
    systems, suppliers = gazetteers
    for data, entries in ((systems, systems.systems), (suppliers, suppliers.suppliers)):
        listed = set(data.ambiguous)
        for entry in entries:
            assert set(entry.ambiguous_names) <= listed, entry.id


def test_generic_acronyms_are_capitals_listed_once_and_name_no_product(
    gazetteers: tuple[SystemsFile, SuppliersFile],
) -> None:
    systems, _suppliers = gazetteers
    acronyms = systems.generic_acronyms
    assert acronyms and len(acronyms) == len(set(acronyms))
    assert all(a.isupper() and a.isalpha() for a in acronyms)
    forms = {
        form
        for entry in systems.systems
        for form in (entry.name, *entry.aliases, *entry.ambiguous_names, *entry.misspellings)
    }
    assert sorted(set(acronyms) & forms) == []


def test_not_products_are_listed_once_and_name_no_product(gazetteers: tuple[SystemsFile, SuppliersFile]) -> None:
    systems, suppliers = gazetteers
    words = systems.not_products
    assert words and len(words) == len(set(words))
    assert all(word.strip() == word and " " not in word for word in words)
    forms = {form for entry in systems.systems for form in (entry.name, *entry.aliases, *entry.ambiguous_names)}
    forms |= {form for entry in suppliers.suppliers for form in (entry.name, *entry.aliases, *entry.ambiguous_names)}
    assert sorted(set(words) & forms) == []


def test_cues_are_lower_case(gazetteers: tuple[SystemsFile, SuppliersFile]) -> None:
    for system in gazetteers[0].systems:
        assert all(cue == cue.lower() and cue.strip() == cue for cue in system.cues), system.id
        if system.ambiguous_names:
            assert system.cues, f"{system.id} has ambiguous names but no cues"


def test_welsh_words_are_listed_once_and_each_counts_as_a_whole_word_only(catalogue: Catalogue) -> None:
    words = catalogue.language.welsh
    assert len(words) == len(set(words))
    for word in words:
        # "eich" never counted while the regex's first-letter filter left out "e" (found rewriting it for speed).
        assert catalogue.welsh_words.pattern.findall(f"({word}) {word}, x{word} {word}x") == [word, word]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mae'r Cyngor yn cadarnhau", ["Cyngor", "yn"]),  # "Mae" capitalised is not in the list
        ("Deddf Rhyddid Gwybodaeth 2000", ["Deddf", "Rhyddid", "Gwybodaeth"]),
        ("nid yw ddim ar gael i chi", ["ddim", "chi"]),
        ("eich cais, gyda diolch", ["eich", "gyda"]),  # the first-letter class once left out "e"
        ("synonym, children, beyond, respond, yr1, _yn", ["yr", "yn"]),  # only a letter joins a word
        ("yné éyn yn", ["yn"]),  # accented letters are letters
    ],
)
def test_welsh_word_regex_matches_whole_words(catalogue: Catalogue, text: str, found: list[str]) -> None:
    assert catalogue.welsh_words.pattern.findall(text) == found
    assert catalogue.welsh_words.count(text) == len(found)


def _regexes_reachable_from(roots: list[object]) -> list[re.Pattern[str]]:
    """Every compiled regex held by the roots, through containers and foiparse's own objects."""
    found: list[re.Pattern[str]] = []
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, re.Pattern):
            found.append(obj)
        elif isinstance(obj, dict):
            stack.extend(obj.values())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
        elif isinstance(obj, types.ModuleType):
            if obj.__name__.startswith("foiparse"):
                stack.extend(vars(obj).values())
        elif type(obj).__module__.startswith("foiparse"):
            stack.extend(getattr(obj, "__dict__", {}).values())
            stack.extend(getattr(obj, name) for name in getattr(type(obj), "__slots__", ()) if hasattr(obj, name))
    return found


def test_no_regex_needs_a_python_newer_than_the_oldest_supported() -> None:
    """Possessive quantifiers (``++``) and atomic groups (``(?>...)``) compile from Python 3.11 on only, and
    foiparse supports 3.10: every regex of foiparse's modules and of the catalogue (after parsing the fixtures,
    so that what is built at first use is built) is checked for them. Two crept in while tuning for speed;
    3.10 failed at import."""
    try:
        from re import _parser as regex_parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as regex_parser

    import foiparse
    from foiparse.extract.systems import system_matcher

    for path in sorted((Path(__file__).resolve().parents[1] / "fixtures").rglob("*")):
        if path.suffix in {".txt", ".md", ".html", ".eml"}:
            foiparse.parse(path)
    modules = [module for name, module in sys.modules.items() if name.startswith("foiparse")]
    from foiparse.catalogue import get_catalogue

    catalogue = get_catalogue()
    regexes = _regexes_reachable_from([*modules, catalogue, system_matcher(catalogue)])
    assert len(regexes) > 100
    newer = [
        pattern.pattern
        for pattern in regexes
        if isinstance(pattern.pattern, str)
        and any(name in repr(regex_parser.parse(pattern.pattern, pattern.flags)) for name in ("POSSESSIVE", "ATOMIC"))
    ]
    assert newer == []
