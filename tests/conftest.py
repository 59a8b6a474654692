from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_49d9ea610e9b2aec.txt"
DEV_CORPUS = SHARED / "corpus" / "dev"
FIXTURES = REPO / "fixtures"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not present")
    return SEED


@pytest.fixture(scope="session")
def seed_record(seed_path: Path):  # type: ignore[no-untyped-def]
    import foiparse

    return foiparse.parse(seed_path)
