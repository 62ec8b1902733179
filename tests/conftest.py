"""Shared fixtures: where the seed articles and the peers' fixtures live.

The seed articles, the real posts and the peers' fixtures stay outside this
repository. Tests find them in ``../shared`` next to the checkout, or where the
``DOINGOAI_SEEDS``, ``DOINGOAI_REALDATA``, ``DOINGOAI_DEVSET`` and
``DOINGOAI_PEERS`` environment variables say. When a folder is absent the
tests that need it are skipped with the reason, unless ``DOINGOAI_REQUIRE_SHARED``
is set (as CI does), which turns the skip into a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("default", max_examples=150)
# `pytest --hypothesis-profile=thorough` before a release, or after touching a parser.
settings.register_profile("thorough", max_examples=3000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _shared_folder(variable: str, default: Path, what: str) -> Path:
    folder = Path(os.environ.get(variable) or default)
    if not folder.is_dir():
        message = f"{what} not found at {folder} (set {variable} to their folder)"
        if os.environ.get("DOINGOAI_REQUIRE_SHARED"):
            pytest.fail(message)
        pytest.skip(message)
    return folder


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The folder of the five real seed articles (``../shared/seeds``)."""
    return _shared_folder("DOINGOAI_SEEDS", SHARED / "seeds", "seed articles")


@pytest.fixture(scope="session")
def peers_dir() -> Path:
    """The folder of the peers' fixtures (``../shared/peers``)."""
    return _shared_folder("DOINGOAI_PEERS", SHARED / "peers", "peer fixtures")


@pytest.fixture(scope="session")
def realdata_dir() -> Path:
    """The 3,000 real Jekyll posts of a news aggregator (``../shared/realdata``)."""
    return _shared_folder("DOINGOAI_REALDATA", SHARED / "realdata", "real posts")


@pytest.fixture(scope="session")
def devset_dir() -> Path:
    """The 60 real pages with hand-checked facts (``../shared/devset``)."""
    return _shared_folder("DOINGOAI_DEVSET", SHARED / "devset", "the development set")


@pytest.fixture(scope="session")
def seed(seeds_dir: Path):
    """Look up a seed file by its number prefix: ``seed("003")``."""

    def find(prefix: str) -> Path:
        matches = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
        assert len(matches) == 1, f"expected one seed {prefix}_*.txt in {seeds_dir}"
        return matches[0]

    return find
