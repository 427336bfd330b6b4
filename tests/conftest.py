import csv
import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def gazetteer():
    from timeline.extraction.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def seed_manifest():
    with open(SEEDS / "manifest.csv", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh)}


def manifest_date(row):
    return dt.date.fromisoformat(row["published"]) if row.get("published") else None


@pytest.fixture
def seeded(db):
    """The five seed articles ingested into the test database."""
    from articles.services import ingest_paths

    report = ingest_paths([SEEDS])
    assert report.failed == 0, report.problems
    return report


# Fuzz tests explore at random on a developer's machine; CI replays a fixed sequence so that a
# landing never depends on luck (new failures found locally become regular tests).
try:
    import os as _os

    from hypothesis import settings as _hsettings

    _hsettings.register_profile("ci", derandomize=True, print_blob=True)
    if _os.environ.get("CI"):
        _hsettings.load_profile("ci")
except ImportError:  # pragma: no cover
    pass
