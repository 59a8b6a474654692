"""The schema of a survey definition (``patterns/surveys/*.yaml``), validated when the file is loaded.

A survey is data: the question intents a round-robin request asks, the phrasings that identify each one, the
reader that turns an intent's answers into a value, and the vocabularies those readers classify text with.
A broken file raises :class:`~foiparse.errors.PatternDataError` naming it, like every other pattern file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..catalogue import patterns_dir, read_data_file
from ..errors import PatternDataError

_INTENT_ID = r"^[a-z][a-z0-9_]*$"
_SURVEY_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# Placeholders a vocabulary regex may use; expanded per response (see foiparse.surveys.engine.Vocabulary).
PLACEHOLDERS = ("{council}", "{supplier}")

Reader = Literal["system", "vocabulary", "choice", "date", "money", "hours", "text"]


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_regex(pattern: str, where: str) -> None:
    """Raise ValueError when ``pattern`` (placeholders filled) is not a valid regular expression."""
    filled = pattern
    for placeholder in PLACEHOLDERS:
        filled = filled.replace(placeholder, "(?:x)")
    try:
        re.compile(filled, re.I)
    except re.error as exc:
        raise ValueError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc


class Intent(_Data):
    """One thing the round robin asks ("when does the contract expire"), however a response words it."""

    id: str = Field(pattern=_INTENT_ID)
    reader: Reader
    label: str
    phrasings: list[str] = Field(min_length=2, description="ways the question is worded; matched fuzzily")
    cues: list[str] = Field(default_factory=list, description="regexes marking the intent inside a merged question")
    answer_cues: list[str] = Field(
        default_factory=list,
        description="regexes marking a sentence of a merged question's answer as this intent's",
    )
    vocabulary: str | None = Field(default=None, description="for vocabulary and choice readers")
    direction: Literal["since", "expiry"] | None = Field(default=None, description="for date readers")

    @model_validator(mode="after")
    def _reader_settings(self) -> Intent:
        if self.reader in {"vocabulary", "choice"} and self.vocabulary is None:
            raise ValueError(f"intent {self.id}: a {self.reader} reader needs a vocabulary")
        if self.reader == "date" and self.direction is None:
            raise ValueError(f"intent {self.id}: a date reader needs a direction (since or expiry)")
        for cue in [*self.cues, *self.answer_cues]:
            check_regex(cue, f"intent {self.id} cue")
        return self


class Thresholds(_Data):
    match: float = Field(default=72, ge=0, le=100, description="fuzzy score for a question to take an intent")
    merged: float = Field(default=45, ge=0, le=100, description="score for a second intent with its cue present")


class DateCues(_Data):
    """Words before a date that say what it is: the start of use, an end, an extension, an option."""

    since: list[str] = Field(min_length=1)
    expiry: list[str] = Field(min_length=1)
    extended: list[str] = Field(default_factory=list)
    option: list[str] = Field(default_factory=list)


Vocabulary = dict[str, list[str]]


class SurveyDefinition(_Data):
    id: str = Field(pattern=_SURVEY_ID)
    title: str
    description: str = ""
    profile: Literal["system_profile", "generic"] = "generic"
    thresholds: Thresholds = Thresholds()
    topic: list[str] = Field(
        default_factory=list, description="regexes saying a refusal without listed questions is about this survey"
    )
    directorates: dict[str, list[str]] = Field(default_factory=dict, description="kind -> regexes in running text")
    intents: list[Intent] = Field(min_length=1)
    vocabularies: dict[str, Vocabulary | list[str]] = Field(default_factory=dict)
    dates: DateCues | None = None

    @model_validator(mode="after")
    def _consistent(self) -> SurveyDefinition:
        ids = [intent.id for intent in self.intents]
        duplicated = sorted({i for i in ids if ids.count(i) > 1})
        if duplicated:
            raise ValueError(f"intent ids used twice: {duplicated}")
        for intent in self.intents:
            if intent.vocabulary is not None:
                vocabulary = self.vocabularies.get(intent.vocabulary)
                if not isinstance(vocabulary, dict):
                    raise ValueError(f"intent {intent.id}: no vocabulary {intent.vocabulary!r} with values")
        if any(intent.reader == "date" for intent in self.intents) and self.dates is None:
            raise ValueError("a survey with date readers needs `dates` cues")
        for name, vocabulary in self.vocabularies.items():
            patterns = [p for ps in vocabulary.values() for p in ps] if isinstance(vocabulary, dict) else vocabulary
            for pattern in patterns:
                check_regex(pattern, f"vocabulary {name}")
        for kind, patterns in self.directorates.items():
            for pattern in patterns:
                check_regex(pattern, f"directorate {kind}")
        for pattern in self.topic:
            check_regex(pattern, "topic")
        if self.dates is not None:
            for pattern in [*self.dates.since, *self.dates.expiry, *self.dates.extended, *self.dates.option]:
                check_regex(pattern, "dates")
        return self

    def intent(self, intent_id: str) -> Intent:
        for intent in self.intents:
            if intent.id == intent_id:
                return intent
        raise KeyError(intent_id)

    def vocabulary(self, name: str) -> Vocabulary:
        value = self.vocabularies.get(name, {})
        return value if isinstance(value, dict) else {name: value}

    def patterns(self, name: str) -> list[str]:
        value = self.vocabularies.get(name, [])
        return [p for ps in value.values() for p in ps] if isinstance(value, dict) else value


def surveys_dir(root: Path | None = None) -> Path:
    return (root or patterns_dir()) / "surveys"


def survey_files(root: Path | None = None) -> dict[str, Path]:
    """Survey id -> its definition file, for every ``*.yaml`` under ``patterns/surveys``."""
    found: dict[str, Path] = {}
    folder = surveys_dir(root)
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        found[path.stem.replace("_", "-")] = path
    return found


def load_survey_file(path: Path) -> SurveyDefinition:
    """Load one survey definition and validate it; a broken file raises PatternDataError naming it."""
    data = read_data_file(path)
    try:
        definition = SurveyDefinition.model_validate(data)
    except ValidationError as exc:
        raise PatternDataError(f"{path.name} does not match its schema", hint=str(exc), source=str(path)) from exc
    if path.stem.replace("_", "-") != definition.id:
        raise PatternDataError(
            f"{path.name} declares survey id {definition.id!r}",
            hint=f"name the file {definition.id.replace('-', '_')}.yaml or fix its id",
            source=str(path),
        )
    return definition


@lru_cache(maxsize=16)
def load_survey(survey_id: str, root: Path | None = None) -> SurveyDefinition:
    """The validated definition of ``survey_id`` ("social-care-systems")."""
    files = survey_files(root)
    path = files.get(survey_id) or files.get(survey_id.replace("_", "-"))
    if path is None:
        raise PatternDataError(
            f"no survey called {survey_id!r}",
            hint=f"known surveys: {', '.join(sorted(files)) or 'none'}",
            source=str(surveys_dir(root)),
        )
    return load_survey_file(path)
