from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_49d9ea610e9b2aec.txt"
DEV_CORPUS = SHARED / "corpus" / "dev"
FIXTURES = REPO / "fixtures"

# OCR off for the suite (worker processes inherit it): the scanned fixture stays a ScannedDocument whatever is
# installed, so batch counts do not depend on the machine. The OCR tests turn it back on for themselves.
os.environ.setdefault("FOIPARSE_OCR", "0")


def load_script(name: str) -> ModuleType:
    """A script under scripts/ (a file, not a package) imported as a module, once per test session."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not present")
    return SEED


@pytest.fixture(scope="session")
def seed_record(seed_path: Path):  # type: ignore[no-untyped-def]
    import foiparse

    return foiparse.parse(seed_path)


CHROMIUM = Path("/usr/bin/chromium")
# Flags for headless Chromium here: without the background-networking ones it keeps trying this closed
# network (see the workplace env notes).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_context(tmp_path_factory: pytest.TempPathFactory, *, width: int) -> Iterator[Any]:
    """A Playwright browser context in Debian's Chromium; skips without it (fails instead when CI requires it)."""
    required = os.environ.get("FOIPARSE_REQUIRE_BROWSER") == "1"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            pytest.fail("playwright is not installed")
        pytest.skip("playwright is not installed")
    if not CHROMIUM.is_file():
        if required:
            pytest.fail(f"{CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_FLAGS,
            headless=True,
            viewport={"width": width, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
